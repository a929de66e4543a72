import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout478-kit.js';

/**
 * Held-out batch 478, file b: a short service times page built with Wix (Thunderbolt rich text components), and a ministry
 * blog post on Ghost (Casper theme) with a feature image, a members signup box and read-more cards.
 */
const wTitle = 'Service Times';
const wBlocks: Block[] = [
  'Everyone is welcome at Holy Cross. Come as you are — there is no dress code, and you do not need to know the words.',
  { h: 'Sunday' },
  '8:00 am — Said Eucharist (Book of Common Prayer), in the Lady Chapel',
  '10:00 am — Parish Eucharist with choir and Sunday school',
  '5:30 pm — Evensong on the first Sunday of each month',
  { h: 'During the week' },
  'Tuesday 9:15 am — Morning Prayer',
  'Thursday 12:00 noon — Eucharist and prayers for healing',
  { h: 'Getting here' },
  j(
    'Holy Cross is on the corner of Wendell Road and Ash Grove. There is free parking behind the church hall on Sundays, and',
    'a step-free entrance through the west door. A hearing loop covers the nave.',
  ),
];
const wNav = ['Home', 'Service Times', 'Our Clergy', 'Children & Families', 'Music', 'Weddings', 'Contact'];
const wComp = (t: string): string => t.replace(/&/g, '&amp;');
const wText = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Service Times | Holy Cross Wendell</title>
<meta name="description" content="Sunday and weekday services at Holy Cross Church, Wendell."><link rel="canonical"
href="https://www.holycrosswendell.org/service-times">
<meta property="og:title" content="Service Times | Holy Cross Wendell"><meta property="og:site_name" content="Holy Cross Wendell">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"b41c7a2e","isHttps":true},"language":{"userLanguage":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#comp-lq1b4x2k{--min-height:42px}.font_0{font:normal normal normal 46px/1.3em playfair display,serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTf"></div></div>
<div data-mesh-id="SITE_HEADERinlineContent" class="SITE_HEADERinlineContent">
${wText(
  'lq1b4x2k',
  `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.holycrosswendell.org" target="_self"
class="wixui-rich-text__text">Holy Cross Wendell</a></span></p>`,
)}
<nav id="comp-lq1b4x31" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu comp-lq1b4x31"><ul
class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement"
href="https://www.holycrosswendell.org/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__itemWrapper"><span
class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${wComp(t)}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="w3mzb" class="dBAkHi theme-vars w3mzb"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerw3mzb" class="Containerw3mzb SPY_vo"><div data-mesh-id="Containerw3mzbinlineContent" data-testid="inline-content" class="">
<section id="comp-lq1c0f9e" tabindex="-1" class="Oqnisf comp-lq1c0f9e wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lq1c0f9einlineContent" data-testid="inline-content" class="">
${wText('lq1c0f9h', `<h1 class="font_0 wixui-rich-text__text"><span style="color:#2B3A55;" class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wText(
  'lq1c0f9j',
  render(wBlocks, {
    p: (t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`,
    h: (t) => `<h2
class="font_2 wixui-rich-text__text">${t}</h2>`,
  }),
)}
<div id="comp-lq1c1a0z" class="MazNVa comp-lq1c1a0z wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq1c1a0z"
class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lq1c1a0z","displayMode":"fill"}'><img
src="https://static.wixstatic.com/media/7c1e2a_holycross~mv2.jpg/v1/fill/w_480,h_320/nave.jpg"
alt="The nave of Holy Cross" width="480" height="320"></wow-image></div></div>
</div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" class="SITE_FOOTERinlineContent">
${wText(
  'lq1b4x4r',
  `<p class="font_9 wixui-rich-text__text">Holy Cross Church, 2 Ash Grove, Wendell WN3 5RT</p><p
class="font_9 wixui-rich-text__text">office@holycrosswendell.org | 01632 960 418</p>`,
)}
${wText(
  'lq1b4x4w',
  `<p class="font_9 wixui-rich-text__text">© 2027 by Holy Cross Wendell. Proudly created with <a href="https://www.wix.com"
target="_blank">Wix.com</a></p>`,
)}
</div></footer></div></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1"
aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie consent"><p>This website uses cookies. By continuing to browse, you
agree to our use of
cookies.</p><button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.d6c3e4a2.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout478-wix-service-times',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: headingsOf(wBlocks),
  body: bodyOf(wBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Holy Cross Wendell', ...wNav.filter((t) => t !== 'Service Times'), 'Holy Cross Church, 2 Ash Grove, Wendell WN3 5RT',
    'office@holycrosswendell.org | 01632 960 418', '© 2027 by Holy Cross Wendell. Proudly created with Wix.com',
    'This website uses cookies. By continuing to browse, you agree to our use of cookies.', 'Settings', 'Accept',
  ],
};

const gTitle = 'Seven winters of the night shelter, and what the guests taught us';
const gExcerpt =
  'When we opened the church hall to rough sleepers in 2020 we thought we were running a shelter. It turned out we were learning to be a church.';
const gBlocks: Block[] = [
  j(
    'The first night, in January 2020, we had eleven camp beds, two volunteers who had done the safeguarding course and a',
    'slow cooker of lentil soup that nobody quite knew how to season. Four guests came. By the end of that winter we were',
    'full every night, with twenty-two volunteers on the rota and a waiting list for the Friday overnight shift.',
  ),
  j(
    'This spring the Ravensgate Winter Shelter closed for its seventh season. Here are a few of the things the guests taught',
    'us, which we are passing on for any church thinking about opening its doors.',
  ),
  { h: 'Beds matter less than the front door' },
  j(
    'We spent our first grant on good mattresses. They were fine. What guests talked about, years later, was who opened the door',
    'at seven o’clock and whether they knew their name. We now put our most experienced volunteer on the door every night, not',
    'in the kitchen.',
  ),
  { h: 'Eat at the same table' },
  j(
    'For two winters volunteers served and guests ate. In the third winter Tomasz, one of our regular guests, asked why we never',
    'sat down. Since then the rule is simple: whoever is not on washing-up eats with everybody else.',
  ),
  { h: 'Say what you cannot do' },
  j(
    'We are not a hostel and we have no caseworkers. Being honest about that, and having the council’s outreach team come on',
    'Tuesdays, helped more people into housing than anything we could have promised ourselves. Forty-one guests moved into',
    'their own tenancy over seven winters.',
  ),
  { h: 'If you are thinking of starting' },
  {
    ul: [
      'Talk to your local authority and to existing shelters before you buy anything.',
      'Recruit twice as many volunteers as you think you need; January is hard.',
      'Keep one quiet room with no television.',
      'Plan a proper thank-you supper in April, for guests and volunteers together.',
    ],
  },
  'If your church would like to visit us during next season, write to shelter@ravensgate.church and we will find you a night.',
];
const gNav = ['Home', 'Sundays', 'Ministries', 'Shelter', 'Stories', 'About'];
const gFoot = ['Safeguarding', 'Privacy', 'Contact'];
const gMore = ['Lent lunches are back on Wednesdays', 'A new roof for the hall: how we raised £48,000', 'Meet our youth worker, Ama Boateng'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://ravensgate.church/assets/built/screen.css?v=9b1f2d6c4e">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://ravensgate.church/seven-winters-of-the-night-shelter/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-04-02T08:30:00.000Z"><meta property="article:tag"
content="Shelter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"St Anselm’s Ravensgate"},
"author":{"@type":"Person","name":"Ruth Adeyemi"},"headline":"${gTitle}","datePublished":"2027-04-02T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://ravensgate.church/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-shelter tag-stories is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://ravensgate.church">St Anselm’s Ravensgate</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20"
height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="https://ravensgate.church/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-shelter tag-stories image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/shelter/">Shelter</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/09/ruth.jpg"
alt="Ruth Adeyemi"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Adeyemi</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-04-02">Apr 2, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/04/shelter.jpg 300w, /content/images/size/w600/2027/04/shelter.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/04/shelter.jpg" alt="Camp beds in the church hall">
<figcaption>The hall set up for the first night of the 2026–27 season.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${render(gBlocks)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Get stories from St Anselm’s in your inbox</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed"><h3 class="read-more-title outer" style="display:none">Read more</h3>
${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><img class="post-card-image"
src="/content/images/x.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><header
class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Stories</span></div><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://ravensgate.church">St Anselm’s Ravensgate</a> &copy;
2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div>
</div></footer></div></div>
<script src="https://ravensgate.church/assets/built/casper.js?v=9b1f2d6c4e"></script>
<script>document.documentElement.classList.add('js');</script></body></html>`;
const ghost: TestPage = {
  name: 'heldout478-ghost-casper-ministry-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: headingsOf(gBlocks),
  body: [gExcerpt, ...bodyOf(gBlocks)],
  bylines: ['Ruth Adeyemi', 'Apr 2, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'St Anselm’s Ravensgate', ...gNav.filter((t) => t !== 'Shelter' && t !== 'About'), 'Sign in', 'Subscribe', '• 4 min read',
'The hall set up for the first night of the 2026–27 season.',
    'Get stories from St Anselm’s in your inbox', 'Enter your email', ...gMore, 'St Anselm’s Ravensgate © 2027', ...gFoot.slice(1), 'Powered by Ghost',
  ],
};

export const HELDOUT478_B: readonly TestPage[] = [wix, ghost];
