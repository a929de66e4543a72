import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout259-kit.js';

/**
 * Held-out batch 259, file c: a CNN-style live updates page (a listing: the "What we're covering" summary and a stream of
 * posts, each with its own headline, byline and timestamp; header nav, "Ad Feedback" slots, video rail and footer) and a
 * Reuters-style short brief (a page whose main text is short: three paragraphs with the "(Reuters) -" dateline inside the
 * first, reading time, "Reporting by" credit line, "Our Standards" note, licensing link, suggested topics and a long rail).
 */
const cTitle = 'Storm Orlen makes landfall near Port Leland: Live updates';
const cCover = [
  'Storm Orlen came ashore near Port Leland early Thursday with sustained winds of 85 mph, the regional weather service said.',
  'More than 140,000 homes and businesses are without power across three coastal counties.',
  'Evacuation orders remain in place for the barrier islands, and officials urge residents not to return until roads are cleared.',
];
const cPosts: { h: string; by: string; time: string; body: string[] }[] = [
  {
    h: 'Bridge to Sable Key closed after storm surge damages approach ramp',
    by: 'From Nadia Ferreira',
    time: '9:42 a.m. ET, March 5, 2026',
    body: [
      j(
        'The only bridge connecting Sable Key to the mainland has been closed indefinitely after the storm surge washed out part of the',
        'eastern approach ramp, county officials said.',
      ),
      j(
        'Engineers will inspect the main span once the water recedes. Roughly 600 residents who ignored the evacuation order are believed',
        'to still be on the island, and the county has asked them to shelter in place.',
      ),
    ],
  },
  {
    h: 'Power outages climb past 140,000',
    by: 'From Gideon Marsh',
    time: '9:15 a.m. ET, March 5, 2026',
    body: [
      j(
        'The number of customers without power has climbed past 140,000, according to the regional utility, with the worst outages in',
        'Leland and Corvin counties.',
      ),
      j(
        'The utility said crews from four neighboring states were staged inland and would begin restoration work once winds drop below',
        '35 mph. It warned that some customers could be without power for a week.',
      ),
    ],
  },
  {
    h: 'Governor: “Stay where you are”',
    by: 'From Nadia Ferreira and Paulo Ranft',
    time: '8:51 a.m. ET, March 5, 2026',
    body: [
      j(
        'Governor Elena Whitcombe urged residents in the storm zone to stay indoors as the eye moved inland, saying flooding on secondary',
        'roads was more dangerous than the wind.',
      ),
      '“Most of the people we lose in storms like this are in cars,” she said at a briefing in the state capital. “Stay where you are.”',
    ],
  },
  {
    h: 'Shelters in Leland County near capacity',
    by: 'From Paulo Ranft',
    time: '8:20 a.m. ET, March 5, 2026',
    body: [
      j(
        'The seven public shelters in Leland County were holding more than 4,100 people early Thursday, close to their combined',
        'capacity, the county emergency management office said.',
      ),
      j(
        'A school gymnasium in the inland town of Mercy Flats was opened as an overflow shelter overnight. Volunteers there said they',
        'were short of cots and baby formula and asked residents who could help to bring supplies after the winds drop.',
      ),
    ],
  },
];
const cNav = ['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Style', 'Travel', 'Sports', 'Science', 'Climate', 'Weather'];
const cVideos = ['Watch: Surge floods the Port Leland waterfront', 'Meteorologist explains why Orlen strengthened overnight'];
const cFoot = ['Terms of Use', 'Privacy Policy', 'Manage Cookies+', 'Ad Choices', 'Accessibility & CC', 'About', 'Newsletters', 'Transcripts', 'Help Center'];
const post = (
  p: (typeof cPosts)[number],
  i: number,
): string => `<article class="live-story-post" data-post-id="clt${i}x9q0000" data-uri="cms.cnn.com/_components/
live-story-post/instances/clt${i}x9q0000@published"><header class="live-story-post__header"><h2 class="live-story-post__headline inline-placeholder"
data-editable="headline">${p.h}</h2><div class="live-story-post__byline"><div class="byline__names"><span class="byline__name">${p.by}</span></div>
<span class="live-story-post__timestamp timestamp vossi-timestamp" data-first-publish="2026-03-05">${p.time}</span></div></header>
<div class="live-story-post__content">${ps(p.body, ' class="paragraph inline-placeholder vossi-paragraph"')}</div>
<div class="live-story-post__share"><a class="live-story-post__link" href="#clt${i}x9q0000">Link Copied!</a></div></article>
<div class="ad-slot-rail"><div class="ad-feedback-link"><button class="ad-feedback-link__label">Ad Feedback</button></div></div>`;
const cHtml = `<!DOCTYPE html><html lang="en" data-uri="cms.cnn.com/_pages/live-story"><head><meta charset="utf-8">
<title>${cTitle} | CNN</title><meta name="description" content="Follow live updates as Storm Orlen makes landfall.">
<meta property="og:type" content="article"><meta name="template_type" content="live-story">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${cTitle}",
"coverageStartTime":"2026-03-05T06:00:00Z","liveBlogUpdate":[{"@type":"BlogPosting","headline":"${cPosts[0]?.h ?? ''}"}]}</script>
<script>window.CNN = window.CNN || {}; CNN.contentModel = {"pageType":"live-story","section":"weather"};</script></head>
<body class="layout layout-with-rail__body"><div class="header__wrapper-outer"><header class="header" data-editable="header">
<a class="header__logo" href="/" aria-label="CNN logo"><svg></svg></a><nav class="header__nav"><div class="header__nav-item">
<ul>${links(cNav, 'header__nav-item-link')}</ul></div></nav>
<div class="header__right"><a class="header__subscribe" href="/subscription">Subscribe</a><button class="header__user-account-btn">Sign in</button>
</div></header></div>
<div class="ad-slot-header"><div class="ad-feedback-link"><button class="ad-feedback-link__label">Ad Feedback</button></div></div>
<section class="layout__content-wrapper layout-with-rail__content-wrapper"><section class="layout__wrapper layout-with-rail__wrapper">
<section class="layout__main layout-with-rail__main"><div class="headline headline--has-lowertext"><div class="headline__wrapper">
<span class="headline__sub-description">Live Updates</span><h1 class="headline__text inline-placeholder" id="maincontent">${cTitle}</h1></div>
<div class="headline__footer"><div class="byline byline--live-story"><div class="byline__names">By <span class="byline__name">Nadia
Ferreira</span>, <span class="byline__name">Gideon Marsh</span> and <span class="byline__name">Paulo Ranft</span>, CNN</div></div>
<div class="timestamp vossi-timestamp">Updated 9:42 AM EST, Thu March 5, 2026</div></div></div>
<div class="live-story__whats-covered"><h2 class="live-story__whats-covered-title">What we're covering</h2>
<ul class="bullet-list">${cCover.map((t) => `<li class="bullet-list__item">${t}</li>`).join('\n')}</ul></div>
<div class="live-story__items-container">${cPosts.map(post).join('\n')}</div>
<button class="live-story__load-more">Load more</button></section>
<section class="layout__right layout-with-rail__right"><div class="video-playlist"><h3 class="video-playlist__title">Video</h3>
<ul>${links(cVideos, 'video-playlist__item')}</ul></div></section></section></section>
<footer class="footer" data-editable="footer"><ul class="footer__links">${links(cFoot, 'footer__link')}</ul>
<p class="footer__copyright-text">© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We and our partners use cookies to personalize
content and ads.</p><button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script src="https://registry.api.cnn.io/bundles/fave/latest-4.x/js"></script></body></html>`;
const cnn: TestPage = {
  name: 'heldout259-cnn-liveupdates-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ["What we're covering", ...cPosts.map((p) => p.h)],
  body: texts([...cCover, ...cPosts.flatMap((p) => p.body)]),
  bylines: ['By Nadia Ferreira, Gideon Marsh and Paulo Ranft, CNN', 'Updated 9:42 AM EST, Thu March 5, 2026', ...cPosts.flatMap((p) => [p.by, p.time])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav.filter((t) => t.length > 2), 'Subscribe', 'Sign in', 'Ad Feedback', 'Live Updates', 'Link Copied!', 'Load more', 'Video', ...cVideos, ...cFoot,
    '© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.',
    'We and our partners use cookies to personalize content and ads.', 'Accept All', 'Cookie Settings',
  ],
};

const rTitle = 'Veltrana central bank holds key rate at 4.25%, signals cut by summer';
const rBody = [
  j(
    'OSTRAVEN, March 5 (Reuters) - Veltrana’s central bank kept its benchmark interest rate unchanged at 4.25% on Thursday, as expected,',
    'but said inflation was cooling fast enough to allow a cut before the end of the second quarter.',
  ),
  j(
    'Governor Mirela Dascu told a news conference that consumer prices rose 3.1% in February from a year earlier, down from 3.8% in',
    'January, and that the bank’s board saw “room to ease gradually” if the currency remained stable.',
  ),
  j(
    'The Veltranan mark firmed 0.3% against the euro after the decision. All 14 economists polled by Reuters had expected the rate to be',
    'held; nine now forecast a quarter-point cut in June.',
  ),
];
const rNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations', 'More'];
const rTopics = ['Macro Matters', 'Central Banks', 'Europe'];
const rRail = [
  'Euro zone factory activity shrinks for third month',
  'Bond yields fall as traders bet on earlier rate cuts',
  'Oil steadies after two days of losses on supply worries',
  'Veltrana posts first trade surplus in six years',
];
const rFoot = [
  'Browse',
  'About Reuters',
  'Careers',
  'Reuters News Agency',
  'Brand Attribution Guidelines',
  'Reuters Leadership',
  'Cookies',
  'Terms of Use',
  'Privacy',
  'Digital Accessibility',
  'Corrections',
  'Site Feedback',
];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>${rTitle} | Reuters</title>
<meta name="description" content="Veltrana's central bank kept its benchmark interest rate unchanged at 4.25% on Thursday.">
<meta name="article:published_time" content="2026-03-05T10:14:00Z"><meta property="og:site_name" content="Reuters">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rTitle}","author":[{"@type":"Person",
"name":"Anton Velik"}],"datePublished":"2026-03-05T10:14:00Z","isAccessibleForFree":true}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";Fusion.deployment="1187";</script></head>
<body><div id="fusion-app"><div class="regular-article-layout__container__3kYlR"><a class="skip-link__skip__1Ctgq" href="#main-content">Skip
to main content</a><header class="site-header__container__2wGHv"><a href="/" aria-label="Reuters home"><svg></svg></a>
<nav class="site-header__nav__3RK8f"><ul>${links(rNav, 'nav-bar__item__2BOD8')}</ul></nav><a class="site-header__button__1pXu8"
href="/account/register/sign-up/">Register</a></header>
<main id="main-content" class="regular-article-layout__main__1tvg2"><article class="article__container__2JSEd">
<header class="article-header__header__1R10I"><nav aria-label="Tags" class="article-header__tags__2kLxQ"><a href="/markets/rates-bonds/">Rates &amp;
Bonds</a></nav><h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__heading_2__1K_hh">${rTitle}</h1>
<div class="article-header__dateline-container__1Z1Vn"><div class="info-content__toolbar__3aq0S"><span data-testid="Text">By
<a href="/authors/anton-velik/">Anton Velik</a></span></div><time data-testid="DateLineText" datetime="2026-03-05T10:14:00Z"
class="article-header__dateline__4jE04"><span class="date-line__date__23Ge-">March 5, 2026</span><span class="date-line__date__23Ge-">10:14 AM GMT</span>
<span class="date-line__date__23Ge-">Updated 2 hours ago</span></time><span class="article-header__reading-time__2zgTb">2 min read</span></div>
<div class="share-bar__container__1cHdN"><button aria-label="Share">Share</button><a class="share-bar__licensing__2Ttq6"
href="https://www.reutersagency.com/en/licensing/">Purchase Licensing Rights</a></div></header>
<div class="article-body__container__3ypuX"><div class="article-body__content__17Yit">
${rBody.map((p, i) => `<div data-testid="paragraph-${i}" class="article-body__paragraph__2-BtD text__text__1FZLe">${p}</div>`).join('\n')}
</div><p class="sign-off__text__PU3Dz" data-testid="SignOffLine">Reporting by Anton Velik; Editing by Clare Hobson</p>
<div class="trust-badge__container__3v8kc"><p class="trust-badge__text__2VYVh"><a href="/info-pages/trust/">Our Standards: The Thomson Reuters Trust
Principles.</a></p></div><div class="tags__container__3nF9u"><span class="tags__label__1cA4s">Suggested Topics:</span>
<ul>${links(rTopics, 'tags__tag__22a2W')}</ul></div></div></article>
<aside class="regular-article-layout__sidebar__3gWhd"><div data-testid="ad-slot"><span class="ad-slot__label__2nV4G">Advertisement · Scroll to
continue</span></div><section class="media-story-card__rail__3yl4k"><h2>Read Next</h2><ul>${links(rRail, 'story-card__3D9Ky')}</ul></section></aside></main>
<footer class="site-footer__container__1Gh2b"><ul>${links(rFoot, 'site-footer__link__3dkI9')}</ul><p class="site-footer__disclaimer__1xDNe">All
quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>© 2026 Reuters. All rights reserved</p></footer>
</div></div></body></html>`;
const reuters: TestPage = {
  name: 'heldout259-reuters-brief-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rBody),
  bylines: ['By Anton Velik', 'March 5, 2026', '10:14 AM GMT', 'Updated 2 hours ago', 'Reporting by Anton Velik; Editing by Clare Hobson'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...rNav, 'Register', 'Rates & Bonds', '2 min read', 'Share', 'Purchase Licensing Rights',
    'Our Standards: The Thomson Reuters Trust Principles.', 'Suggested Topics:', ...rTopics, 'Advertisement · Scroll to continue', 'Read Next', ...rRail,
    ...rFoot, 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.', '© 2026 Reuters. All rights reserved',
  ],
};

export const HELDOUT259_C: readonly TestPage[] = [cnn, reuters];
