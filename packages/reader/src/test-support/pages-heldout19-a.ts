import { links, type TestPage, texts } from './page-kit.js';
import { wapo } from './pages-heldout19-a2.js';

/**
 * Held-out batch 19, file a: a CNN-style article (zone/container classes, header nav, "ad-feedback" labels, a video player
 * placeholder, an inline "Related article" card between paragraphs, byline with "Updated" time, "Editor's Note", "Paid Partner
 * Content" rail and footer). The Washington Post-style opinion column of this file is in pages-heldout19-a2.ts.
 */
const cnTitle = 'A lighthouse keeper’s logbooks are rewriting the storm history of Lake Superior';
const cnBody1 = [
  'Marquette, Michigan (CNN) — For 41 years, a keeper at the Granite Point light station wrote down the wind, the waves and every ' +
    'ship that passed. Now a team of climate scientists says those handwritten pages hold the longest storm record on the Great Lakes.',
  'The 63 logbooks, kept between 1881 and 1922 and found in a church basement in 2023, record more than 1,900 gales, including ' +
    'dozens of autumn storms that appear in no official weather archive.',
  'Researchers at the Northern Lakes Climate Lab spent two years typing the entries into a database, line by line, with the help of ' +
    '340 volunteers who joined the project online.',
];
const cnBody2 = [
  'The results suggest that the strongest November storms on Lake Superior were about as frequent a century ago as they are now, ' +
    'but that they now arrive later in the season, often in the first weeks of December.',
  '“The keeper was not trying to do science, he was trying to keep ships off the rocks,” said Dr. Amira Castellano, who led the ' +
    'study. “But he was careful, and he was there every single day.”',
  'The shift matters for shipping companies, which plan their last iron ore runs of the year around the storm season, and for ' +
    'harbors that schedule winter repairs once the gales are expected to be over.',
  'The team plans to publish the full logbook database next spring and hopes other keepers’ records, scattered in museums and ' +
    'family attics around the lakes, will turn up once people know what to look for.',
];
const cnRelated = 'Great Lakes ice cover hits a record low for the second winter running';
const cnVideo = 'Video: Watch waves crash over a Lake Superior breakwall during a November gale';
const cnNav = ['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Style', 'Travel', 'Sports', 'Science', 'Climate', 'Weather'];
const cnMore = [
  'Scientists find a lost shipwreck in 600 feet of water off Whitefish Point',
  'Why the Great Lakes are warming faster than the oceans',
  'A town on Lake Erie is moving its water intake a mile offshore',
];
const cnPaid = ['This credit card has no annual fee and 0% intro APR until 2027', 'Homeowners are trading in their doorbell cams for this'];
const cnFoot = [
  'Terms of Use',
  'Privacy Policy',
  'Manage Cookies',
  'Ad Choices',
  'Accessibility & CC',
  'About',
  'Newsletters',
  'Transcripts',
  '© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.',
];
const cnFeedback = (n: number): string =>
  `<div class="ad-slot-header__wrapper" data-zjs-component="ad-slot-${n}"><div class="ad-feedback-link-container"><div class="ad-feedback-link">
<button class="ad-feedback-link__label" type="button">Ad Feedback</button></div></div><div class="ad-slot" id="ad_rect_${n}"></div></div>`;
const cnPara = (t: string, i: number): string =>
  `<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" id="paragraph-${i}" data-editable="text">${t}</p>`;
const cnHtml = `<!DOCTYPE html>
<html lang="en" data-uri="cms.cnn.example/_pages/lighthouse-logbooks"><head><meta charset="utf-8"><title>${cnTitle} | CNN</title>
<meta name="author" content="Dana Whitford"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${cnTitle}",
"datePublished":"2025-11-19T09:00:31.000Z","author":[{"@type":"Person","name":"Dana Whitford"}]}</script></head>
<body class="layout layout-with-rail__body"><div class="header__wrapper-outer"><header class="header" data-editable="header">
<a class="header__logo" href="/" aria-label="CNN logo"></a><nav class="header__nav"><ul class="header__nav-list">${links(cnNav, 'header__nav-item')}</ul></nav>
<div class="header__right"><a class="header__watch" href="/live-tv">Watch</a><a class="header__listen" href="/audio">Listen</a>
<a class="header__live-tv" href="/live-tv">Live TV</a><button class="header__search">Search</button><a href="/account/log-in">Sign In</a></div></header></div>
${cnFeedback(0)}
<section class="layout__wrapper layout-with-rail__wrapper"><div class="layout__main-wrapper layout-with-rail__main-wrapper">
<div class="headline headline--has-lowertext"><div class="headline__wrapper"><div class="headline__sub-container">
<h1 class="headline__text inline-placeholder vossi-headline-text" id="maincontent" data-editable="headlineText">${cnTitle}</h1></div>
<div class="headline__footer"><div class="headline__byline-sub-text"><div class="byline vossi-byline"><div class="byline__names">
<span class="byline__name">By <a href="/profiles/dana-whitford" class="byline__link">Dana Whitford</a>, CNN</span></div></div>
<div class="timestamp vossi-timestamp">Updated 9:04 AM EST, Wed November 19, 2025</div></div>
<div class="headline__social-share"><button class="social-share__button" aria-label="Share on Facebook">Facebook</button>
<button class="social-share__button">Tweet</button><button class="social-share__button">Email</button><button>Link Copied!</button></div></div></div></div>
<div class="article__content-container"><div class="image__lede article__lede-wrapper"><div class="video-resource" data-zjs-component="video">
<div class="video-resource__wrapper"><div class="video-resource__image" role="button" aria-label="Play video"></div>
<div class="video-resource__details"><span class="video-resource__headline">${cnVideo}</span><span class="video-resource__duration">01:12</span>
<span class="video-resource__source">Source: CNN</span></div></div></div></div>
<main class="article__main"><div class="article__content" data-editable="content" itemprop="articleBody">
<div class="source inline-placeholder"><cite class="source__cite"><span class="source__location">Marquette, Michigan</span>
<span class="source__text">CNN</span></cite></div>
${cnBody1.map(cnPara).join('\n')}
<div class="related-content related-content--article" data-component-name="related-content"><span class="related-content__kicker">Related article</span>
<a class="related-content__link" href="/2025/02/us/great-lakes-ice-cover"><span class="related-content__headline">${cnRelated}</span></a></div>
${cnBody2.map((t, i) => cnPara(t, i + 3)).join('\n')}
<div class="footnote footnote--article"><p>CNN’s Miguel Ortega contributed to this report.</p></div>
</div></main></div></div>
<div class="layout-with-rail__rail"><div class="zone zone--t-light" data-zone-label="More from CNN"><h2 class="zone__title">More from CNN</h2>
<div class="container container_list-headlines"><ul class="container__field-links">${links(cnMore, 'card container__item')}</ul></div></div>
${cnFeedback(1)}
<div class="zone zone--paid-partner"><h2 class="container__title-text">Paid Partner Content</h2><ul>${links(cnPaid, 'card')}</ul></div></div></section>
<div class="onetrust-banner" id="onetrust-banner-sdk" role="dialog"><p>We use cookies and similar technologies to personalise content and ads and to
analyse our traffic.</p><button id="onetrust-accept-btn-handler">Accept All</button><button>Cookie Settings</button></div>
<footer class="footer"><div class="footer__inner"><ul class="footer__links">${links(cnFoot, 'footer__link')}</ul></div></footer>
<script src="https://edition.cnn.example/assets/wbd-ads.js" async></script></body></html>`;
const cnn: TestPage = {
  html: cnHtml,
  name: 'heldout19-cnn-article',
  kind: 'news',
  // the dateline "Marquette, Michigan (CNN) —" is written into the first paragraph and stays body; the separate source cite
  // ("Marquette, Michigan" / "CNN") above it is word-for-word part of that paragraph: in neither list; the story has no
  // headings; "Dana Whitford" and the "Updated" line are bylines ("By", ", CNN" in neither); "Ad Feedback" (twice, once),
  // the video placeholder headline, duration and source, "Related article" card, the contributor footnote, nav, header
  // links, share buttons, rail zones, the cookie banner and footer are furniture; the nav's "Climate", "Science" and "Weather" and the
  // footer's "About" are words of the body: left out
  title: cnTitle,
  headings: [],
  body: [...texts(cnBody1), ...texts(cnBody2)],
  bylines: ['Dana Whitford', 'Updated 9:04 AM EST, Wed November 19, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cnNav.filter((t) => !['Climate', 'Science', 'Weather'].includes(t)), 'Watch', 'Listen', 'Live TV', 'Search', 'Sign In', 'Ad Feedback',
    'Facebook', 'Tweet', 'Email',
    'Link Copied!', cnVideo, '01:12', 'Source: CNN', 'Related article', cnRelated, 'CNN’s Miguel Ortega contributed to this report.',
    'More from CNN', ...cnMore, 'Paid Partner Content', ...cnPaid,
    'We use cookies and similar technologies to personalise content and ads and to analyse our traffic.', 'Accept All', 'Cookie Settings',
    ...cnFoot.filter((t) => t !== 'About'),
  ],
};

export const HELDOUT19_A: readonly TestPage[] = [cnn, wapo];
