import { links, ps, type TestPage, texts } from './page-kit.js';
import { arcCorrection } from './pages-heldout85-a2.js';

/**
 * Held-out batch 85, file a: a CNN-style (brand invented: MNN) live story page (the "Live Updates" label, the "This is a developing story"
 * banner, the "Updated" timestamp under the headline, the "What we're covering" summary list, three live posts with their
 * own h2s, "From MNN's" bylines and relative times, the "Ad Feedback" slots, share buttons with their hidden "Link
 * Copied!" text, "Load more updates", the right rail, the header nav, the footer and the OneTrust banner) and, from file a2,
 * an Arc XP regional paper story with a correction box at the top of the article.
 */
const cnTitle = 'Live updates: Storm Ilse floods river towns across the Carrow Valley';
const cnSummary = [
  'More than 4,000 homes in the Carrow Valley have been told to leave after the River Maddel burst its banks overnight.',
  'Rescue crews pulled 63 people from flooded houses in <strong>Port Averill</strong> before dawn, the county fire service said. No deaths have been reported.',
  'Rail services between Port Averill and Kessing are suspended until at least Thursday, and three bridges are closed.',
  'Forecasters expect another 40 millimetres of rain by Wednesday evening, with the river not due to peak until late tonight.',
];
const cnPosts = [
  {
    id: 'cm3a1',
    h: 'Evacuation centres are filling up, county officials say',
    by: 'From MNN’s Dalia Ferrante',
    ago: '18 min ago',
    ps: [
      'The two largest evacuation centres in Port Averill, at the Lindqvist Sports Hall and Carrow Valley High School, are close to full, ' +
        'county emergency manager Owen Thackery told reporters at a briefing on Tuesday afternoon.',
      'A third centre is opening at the Kessing fairground, with room for about 600 people and space for pets, Thackery said. Buses will ' +
        'run every half hour from the town hall car park.',
      '“We would rather people go to family or friends outside the valley if they can,” he said. “But nobody should stay in a house with ' +
        'water coming up the stairs because they think there is nowhere to go.”',
    ],
  },
  {
    id: 'cm3a2',
    h: 'River expected to peak late tonight at near-record level',
    by: 'From MNN’s Marcus Eyre and Priya Lal',
    ago: '1 hr 5 min ago',
    ps: [
      'The River Maddel at the Port Averill gauge stood at 6.1 metres at 2 p.m., the regional water agency said, and is expected to peak ' +
        'between 11 p.m. and 2 a.m. at around 6.8 metres.',
      'That would be the second-highest level on record, just below the 7.02 metres measured in the floods of 1987, which destroyed the old ' +
        'market bridge. Agency hydrologist Ruth Benning said the flood walls built after 1987 were designed for levels up to 7.5 metres.',
      'Benning warned that the walls do not protect the low-lying Saltings neighbourhood, where most of Tuesday’s rescues took place.',
    ],
  },
  {
    id: 'cm3a3',
    h: 'What we know about the rescues in Port Averill',
    by: 'From MNN’s Dalia Ferrante',
    ago: '3 hr 22 min ago',
    ps: [
      'Fire crews and volunteer boat teams began reaching houses in the Saltings at about 3 a.m., after water rose more than a metre in two ' +
        'hours. Many of those rescued were older residents who had stayed put after a smaller flood in the spring.',
      'Six people were taken to hospital with hypothermia, the county fire service said. All are in stable condition.',
    ],
  },
];
const cnNav = ['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Style', 'Travel', 'Sports', 'Science', 'Climate', 'Weather', 'Watch'];
const cnFoot = ['Terms of Use', 'Privacy Policy', 'Ad Choices', 'Accessibility & CC', 'About', 'Newsletters', 'Transcripts', 'Help Center', 'Cookie Settings'];
const cnCaption = 'Water surrounds houses in the Saltings neighbourhood of Port Averill on Tuesday morning.';
const cnCredit = 'Hollis Grant/Carrow Valley Courier';
const cnMore = ['Carrow Valley flood walls: what they were built to stop', 'Maps: where the River Maddel has flooded', 'Weather: more rain on the way'];
const cnShare = (id: string): string => `<div class="live-story-post__share" data-post-id="${id}"><button class="social-share__button"
data-type="facebook" aria-label="Share on Facebook"><svg></svg></button><button class="social-share__button" data-type="twitter" aria-label="Share on X">
<svg></svg></button><button class="social-share__button" data-type="link"><span class="social-share__text">Link Copied!</span></button></div>`;
const cnPost = (
  p: (typeof cnPosts)[number],
): string => `<article class="live-story-post" data-post-id="${p.id}" data-uri="cms.mnn.example/_components/live-story-post">
<header class="live-story-post__header"><div class="live-story-post__timestamp-wrapper"><span class="live-story-post__timestamp">${p.ago}</span></div>
<h2 class="live-story-post__headline inline-placeholder">${p.h}</h2><div class="live-story-post__byline">${p.by}</div></header>
<div class="live-story-post__content">${ps(p.ps, ' class="paragraph inline-placeholder vossi-paragraph"')}</div>
${cnShare(p.id)}</article>`;
const cnAd = (n: number): string => `<div class="ad-slot-rail ad-slot" data-ad-slot="ad_rect_atf_0${n}"><div class="ad-slot__wrapper" id="ad_rect_0${n}">
</div><div class="ad-feedback-link-container"><div class="ad-feedback-link"><button class="ad-feedback-link__label">Ad Feedback</button></div></div></div>`;
const cnHtml = `<!DOCTYPE html>
<html lang="en" data-uri="cms.mnn.example/_pages/live-storm-ilse@published" data-layout-uri="cms.mnn.example/_layouts/layout-with-rail/instances/live-story">
<head><meta charset="utf-8"><title>Live updates: Storm Ilse floods river towns across the Carrow Valley | MNN</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="type" content="live-story"><meta name="section" content="weather">
<meta property="og:title" content="${cnTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="MNN">
<meta name="author" content="Dalia Ferrante, Marcus Eyre, Priya Lal"><meta property="article:published_time" content="2025-11-04T08:02:11.412Z">
<meta property="article:modified_time" content="2025-11-04T21:12:40.118Z"><link rel="canonical"
href="https://www.mnn.example/weather/live-news/storm-ilse-11-04-25">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${cnTitle}",
"coverageStartTime":"2025-11-04T08:02:11Z",
"coverageEndTime":"2025-11-05T08:02:11Z","liveBlogUpdate":[{"@type":"BlogPosting","headline":"${cnPosts[0]!.h}","datePublished":"2025-11-04T20:54:00Z"}],
"author":[{"@type":"Person","name":"Dalia Ferrante"},{"@type":"Person","name":"Marcus Eyre"},{"@type":"Person","name":"Priya Lal"}]}</script>
<script>window.MNN = window.MNN || {}; MNN.contentModel = {"pageType":"live-story","section":"weather","edition":"domestic"};</script>
<link rel="stylesheet" href="/media/sites/cnn/cnn-fonts-v2.css"><script
src="https://www.mnn.example/.a/2.83.0/js/cnn-header-second-react.min.js" defer></script>
</head><body class="layout layout-with-rail__live-story layout__live-story" data-page-type="live-story">
<div class="layout__content-wrapper layout-with-rail__content-wrapper"><section class="layout__top layout-with-rail__top" data-editable="top">
<a class="header__skip-link" href="#maincontent">Skip to main content</a>
<header class="header" data-editable="header" role="banner"><div class="header__container"><nav class="header__nav" aria-label="Main navigation">
<a class="brand-logo" href="https://www.mnn.example"><span class="brand-logo__text">MNN</span></a><ul class="header__nav-list">
${links(cnNav, 'header__nav-item')}</ul><div class="header__right"><a class="header__live-tv" href="/live-tv">Live TV</a>
<a class="header__subscribe" href="/subscription">Subscribe</a><button class="userAccountButton__button">Sign in</button>
<button class="header__menu-icon" aria-label="Open Menu Icon"><span class="sr-only">Edition Menu</span></button></div></nav></div></header></section>
<section class="layout__wrapper layout-with-rail__wrapper"><section class="layout__main-wrapper"><section class="layout__main layout-with-rail__main"
data-editable="main"><div class="live-story__kicker"><span class="live-story__kicker-text">Live Updates</span></div>
<div class="headline headline--has-lowertext" data-editable="headline"><div class="headline__wrapper">
<h1 data-editable="headlineText" class="headline__text inline-placeholder" id="maincontent">${cnTitle}</h1></div>
<div class="headline__footer"><div class="headline__sub-container"><div class="headline__byline-sub-text">
<div class="byline vossi-byline" data-editable="byline"><div class="byline__names">By Dalia Ferrante, Marcus Eyre and Priya Lal, MNN</div></div>
<div class="timestamp vossi-timestamp" data-editable="settimestamp">Updated 4:12 PM EST, Tue November 4, 2025</div></div>
<div class="headline__social-share"><div class="social-share social-share--header"><button class="social-share__button" data-type="facebook"
aria-label="Share with Facebook"></button><button class="social-share__button" data-type="twitter" aria-label="Share with X"></button>
<button class="social-share__button" data-type="email" aria-label="Share with Email"></button></div></div></div></div></div>
<div class="developing-story-banner" role="status"><span class="developing-story-banner__label">Developing Story</span>
<p class="developing-story-banner__text">This is a developing story and will be updated.</p></div>
<div class="live-story__image image" data-editable="image"><div class="image__container"><picture class="image__picture"><img class="image__dam-img"
alt="${cnCaption}" src="https://media.mnn.example/api/v1/images/stellar/prod/saltings-flood.jpg?c=16x9&amp;q=w_850"></picture></div>
<div class="image__metadata"><div class="image__caption attribution"><span data-editable="metaCaption" class="inline-placeholder">${cnCaption}</span></div>
<figcaption class="image__credit">${cnCredit}</figcaption></div></div>
<section class="live-story__summary" data-editable="summary"><h3 class="live-story__summary-title">What we’re covering</h3>
<ul class="live-story__summary-list">${cnSummary.map((t) => `<li class="live-story__summary-item">${t}</li>`).join('\n')}</ul></section>
${cnAd(1)}
<div class="live-story__posts" data-editable="posts">${cnPosts.map(cnPost).join('\n')}</div>
<button class="live-story__load-more" data-editable="loadMore">Load more updates</button>
</section></section><section class="layout__right layout-with-rail__right" data-editable="right">${cnAd(2)}
<div class="container container_list-headlines" data-editable="container"><h2 class="container__title-text">More from MNN</h2>
<ul class="container__field-links">${links(cnMore, 'card container__item')}</ul></div></section></section>
<footer class="footer" data-editable="footer"><div class="footer__inner"><a class="brand-logo" href="/"><span class="brand-logo__text">MNN</span></a>
<ul class="footer__links">${links(cnFoot, 'footer__link')}</ul><p class="footer__copyright-text">© 2025 Meridian News Network. A Calder Media Company.
All Rights Reserved.</p></div></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies and similar technologies to personalise content and ads and to analyse our traffic.</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Preferences</button><button id="onetrust-accept-btn-handler">Accept All</button>
</div></div></div><script src="https://www.mnn.example/.a/2.83.0/js/cnn-footer-lib.min.js"></script></body></html>`;
const cnnLive: TestPage = {
  html: cnHtml,
  name: 'heldout85-cnn-style-live-story-summary',
  kind: 'news',
  // the summary list (under its own heading) and the live posts are the article; the posts' h2s are headings; the kicker and the
  // "Developing Story" banner are furniture; post bylines and relative times are bylines
  title: cnTitle,
  headings: ['What we’re covering', ...cnPosts.map((p) => p.h)],
  body: [...texts(cnSummary), ...cnPosts.flatMap((p) => p.ps)],
  bylines: ['By Dalia Ferrante, Marcus Eyre and Priya Lal, MNN', 'Updated 4:12 PM EST, Tue November 4, 2025', ...cnPosts.flatMap((p) => [p.by, p.ago])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...cnNav, 'Live TV', 'Subscribe', 'Sign in', 'Edition Menu', 'Live Updates', 'Developing Story',
    'This is a developing story and will be updated.', cnCaption, cnCredit, 'Ad Feedback', 'Link Copied!', 'Load more updates',
    'More from MNN', ...cnMore, ...cnFoot, '© 2025 Meridian News Network. A Calder Media Company. All Rights Reserved.',
    'We use cookies and similar technologies to personalise content and ads and to analyse our traffic.', 'Cookie Preferences', 'Accept All',
  ],
};

export const HELDOUT85_A: readonly TestPage[] = [cnnLive, arcCorrection];
