import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout641-kit.js';

/**
 * Held-out batch 641, file c: a detecting club's code of conduct on Wix (free-plan ad banner, consent banner, rich text components),
 * and a rock shop's long care guide on Ghost (Casper theme) with a feature image caption, read-more cards and a Portal sign-up box.
 */
const wTitle = 'Club Code of Conduct';
const wIntro = j(
  'Tamberley and District Detectorists exists because local farmers trust us on their land. Every member agrees to this code when',
  'they join and again at each renewal. Breaking it can mean losing your membership.',
);
const wRules = [
  'Always carry your membership card and the written permission for the land you are on.',
  'Fill every hole you dig, and leave the ground as you found it. Use a trowel or a spade with a small blade, never a fork.',
  'Close every gate you open. Keep off growing crops unless the farmer has said otherwise.',
  'Take all rubbish home, including the ring pulls and foil you dig up.',
  'Report your finds as set out in the finds guide, and never sell a find from a club permission without telling the committee.',
  'Do not detect on scheduled monuments, and leave the field at once if you are asked to by the landowner or a steward.',
];
const wEnd = 'Questions about the code can be put to any committee member at the monthly meeting.';
const wNav = ['Home', 'About Us', 'Join', 'Club Digs', 'Finds', 'Contact'];
const wComp = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wSpan = (t: string): string => `<span style="font-family:raleway,sans-serif;" class="wixui-rich-text__text">${t}</span>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator"
content="Wix.com Website Builder">
<title>Code of Conduct | Tamberley Detectorists</title><link rel="canonical" href="https://tamberleydetectorists.wixsite.example/tdd/code-of-conduct">
<meta property="og:title" content="Code of Conduct | Tamberley Detectorists"><meta property="og:site_name" content="Tamberley Detectorists">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","consentPolicy"],"site":{"metaSiteId":"a1f0"}}</script>
<style>#comp-lq2x8 { --min-height:52px; } .font_0 { font: normal normal bold 40px/1.2em raleway,sans-serif; }</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="uUxqWY ku3DBC"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" class="Gwbfyb"><span
class="bXcAVX">
This site was designed with the <span class="fJkkHu">Wix</span>.com website builder. Create your website today.</span><span class="bXcAVX sGvsnY">Start
Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER
wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${wComp(
  'lq2x8',
  `<p class="font_6 wixui-rich-text__text"><a href="https://tamberleydetectorists.wixsite.example/tdd" class="wixui-rich-text__text">
${wSpan('TAMBERLEY and DISTRICT DETECTORISTS')}</a></p>`,
)}
<nav aria-label="Site" id="comp-lq2y0" class="XwCBRN comp-lq2y0 wixui-horizontal-menu"><ul class="_YhcY _WBHu wixui-horizontal-menu__container">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItemDepth0"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh"><div class="yRj2ms"><div class="" data-testid="menuItemContent"><p
class="zKbzSQ wixui-horizontal-menu__item-label">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="kdl91"
class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerkdl91" class="Containerkdl91 SPY_vo"><div
data-mesh-id="Containerkdl91inlineContent">
<section id="comp-lq3a1" tabindex="-1" class="Oqnisf comp-lq3a1 wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf">
<div id="comp-lq3a2" class="comp-lq3a2 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq3a2inlineContent" data-testid="inline-content" class="">
${wComp('lq3b0', `<h1 class="font_0 wixui-rich-text__text">${wSpan(wTitle)}</h1>`)}
${wComp('lq3b1', `<p class="font_8 wixui-rich-text__text">${wSpan(wIntro)}</p>`)}
${wComp('lq3b2', `<ol class="font_8 wixui-rich-text__text">${lis(wRules.map(wSpan), 'wixui-rich-text__text')}</ol>`)}
${wComp('lq3b3', `<p class="font_8 wixui-rich-text__text">${wSpan(wEnd)}</p>`)}
<div class="comp-lq3b4 R6ex7N" id="comp-lq3b4" aria-disabled="false"><a data-testid="linkElement" href="/join" class="wixui-button PlZyDq"
aria-disabled="false">
<span class="w4Vxx6 wixui-button__label">Become a Member</span></a></div></div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content">
${wComp('lq2z1', `<p class="font_9 wixui-rich-text__text">${wSpan('© 2026 by Tamberley and District Detectorists. Proudly created with Wix.com')}</p>`)}
</div></div></footer></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner-root" role="region" aria-label="Cookie banner">
<div data-hook="consent-banner-content" class="Q1vJ5"><p data-hook="consent-banner-text">This website uses cookies. By accepting, you agree to our use of such
cookies.</p><a href="/privacy-policy" data-hook="consent-banner-policy-link">Privacy Policy</a></div><div class="KhvlD"><button
data-hook="consent-banner-settings-button"
class="ZWqnw">Settings</button><button data-hook="consent-banner-decline-button" class="ZWqnw">Decline All</button>
<button data-hook="consent-banner-apply-button" class="ZWqnw Jv9Rq">Accept</button></div></div></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.4a2f.bundle.min.js" async></script></body></html>`;
const tamberley: TestPage = {
  name: 'heldout641-wix-code-of-conduct',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: [wIntro, ...wRules, wEnd],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
    'TAMBERLEY and DISTRICT DETECTORISTS', 'About Us', 'Club Digs', 'Contact', 'Become a Member',
    '© 2026 by Tamberley and District Detectorists. Proudly created with Wix.com',
    'This website uses cookies. By accepting, you agree to our use of such cookies.', 'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

const gTitle = 'How We Clean Quartz Clusters Without Acid';
const gDek = j(
  'Most of the quartz that comes into the shop is caked in clay and iron.',
  'Here is the slow, safe routine we use before anything goes on the shelf.',
);
const gHeads = ['Start with a long soak', 'Brushing and picking', 'Dealing with iron stains', 'What we never do', 'Drying and display'];
const gSoak = [
  j(
    'A cluster straight from the field is usually wrapped in a skin of red or yellow clay. The temptation is to attack it at once,',
    'but clay that has dried hard into the gaps between crystals will snap the points if you force it. So everything starts in a',
    'bucket of cold tap water, with a squeeze of washing-up liquid, for at least three days.',
  ),
  j(
    'Change the water every day. By the third change most of the loose clay will have slumped off on its own, and what is left will',
    'be soft enough to move with a brush. Very heavy pieces from the quarry benches can take two weeks.',
  ),
];
const gCallout = 'Never move a cluster straight from hot water to cold or the other way round. A sudden change in temperature can crack quartz.';
const gBrush = [
  j(
    'Once the clay is soft we work over the piece with a soft toothbrush, then a stiffer nylon brush for the base. For the deep',
    'pockets between crystals we use wooden cocktail sticks and a dental pick, always pushing along the length of a crystal rather',
    'than across it.',
  ),
  j(
    'A garden hose on a gentle jet setting is useful for flushing out the pockets, but keep it at arm\u2019s length. Our rule is that',
    'if the water is strong enough to sting your hand, it is strong enough to chip a termination.',
  ),
  'For stubborn patches we go back to soaking rather than scrubbing harder. Patience costs nothing; a broken point costs the sale.',
];
const gIron = [
  j(
    'Brown and orange staining is iron oxide, and it is the part people ask about most. Plenty of collectors like it: it shows where the',
    'piece came from, and some of our best sellers are heavily stained. We only remove it when a customer asks, or when it hides the',
    'crystal faces completely.',
  ),
  j(
    'When we do remove it, we use a soak in a warm solution of oxalic acid sold for cleaning wood, never anything stronger,',
    'and we do it outdoors with gloves and goggles.',
  ),
  j(
    'We know the title says without acid, and for nine pieces in ten that is true. Oxalic acid is the exception, and we only reach for',
    'it after everything on this page has been tried.',
  ),
];
const gQuote = 'Clean the crystal, not the history. If the stain tells you where it grew, think twice before you take it away.';
const gNever = [
  'put quartz in a dishwasher or ultrasonic cleaner if it has any cracks or inclusions',
  'use bleach, which leaves a white film on clay and does nothing for iron',
  'use a wire brush or steel pick, which leaves grey metal streaks on the crystal faces',
  'heat a piece to dry it quickly, in an oven or with a hair dryer',
];
const gDry = [
  j(
    'After a final rinse in clean water the cluster sits on a folded towel, points up, somewhere out of the sun for two days. Water',
    'trapped in the base can take a surprisingly long time to work out.',
  ),
  j(
    'For display we dust each piece with a soft make-up brush once a month. A cluster that is handled often can be given a quick',
    'rinse in lukewarm water, but there is no need to oil or wax quartz. It looks its best clean and dry.',
  ),
  'If you have a piece you are not sure about, bring it into the shop on a Saturday morning and we will take a look with you.',
];
const gNav = ['Home', 'Shop', 'Care Guides', 'Field Trips', 'About'];
const gRead = [
  ['Care Guides', 'Storing Pyrite So It Doesn\u2019t Rot', 'Jan 8, 2026', '4 min read'],
  ['Field Trips', 'A Day on the Spoil Heaps at Kelling Moor', 'Dec 19, 2025', '7 min read'],
  ['Care Guides', 'Labelling Your Collection the Old-Fashioned Way', 'Nov 30, 2025', '5 min read'],
] as const;
const gCard = ([tag, t, d, len]: (typeof gRead)[number]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/">
<img class="post-card-image" src="/content/images/size/w600/2026/01/card-${t.length}.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">${tag}</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-01">${d}</time>
<span class="post-card-meta-length">${len}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9d1e2c"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://geodecellar.example/clean-quartz-without-acid/"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Geode Cellar"},
"author":{"@type":"Person","name":"Priya Oakes"},"headline":"${gTitle}","datePublished":"2026-02-11T10:02:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://geodecellar.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-care-guides is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://geodecellar.example">The Geode Cellar</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul
class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-care-guides">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/care-guides/">Care
Guides</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/priya/"
class="author-avatar author-profile-image"><img class="author-profile-image" src="/content/images/2025/03/priya.jpg" alt="Priya Oakes"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/priya/">Priya Oakes</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-11">Feb 11, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min
read</span></div></div>
</section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/02/quartz-bucket.jpg 600w"
src="/content/images/size/w2000/2026/02/quartz-bucket.jpg"
alt="Quartz clusters soaking in a bucket"><figcaption>Three days in, and the clay is finally starting to let go.</figcaption></figure></header>
<section class="gh-content gh-canvas">
<h2 id="start-with-a-long-soak">${gHeads[0]}</h2>
${ps(gSoak)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">\u26a0\ufe0f</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="brushing-and-picking">${gHeads[1]}</h2>
${ps(gBrush)}
<h2 id="dealing-with-iron-stains">${gHeads[2]}</h2>
${ps(gIron)}
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
<h2 id="what-we-never-do">${gHeads[3]}</h2><p>We never:</p><ul>${lis(gNever)}</ul>
<h2 id="drying-and-display">${gHeads[4]}</h2>
${ps(gDry)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://geodecellar.example">The Geode Cellar</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-privacy"><a
href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="/assets/built/casper.js?v=9d1e2c"></script></body></html>`;
const geodeCellar: TestPage = {
  name: 'heldout641-ghost-quartz-cleaning',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [gDek, ...gSoak, gCallout, ...gBrush, ...gIron, gQuote, 'We never:', ...gNever, ...gDry],
  bylines: ['Priya Oakes', 'Feb 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Geode Cellar', 'Home', 'Field Trips', 'Sign in', 'Subscribe', 'Care Guides', '• 6 min read',
    'Three days in, and the clay is finally starting to let go.', 'Sign up for more like this.', 'Enter your email',
    ...gRead.flatMap(([, t, d, len]) => [t, d, len]), 'The Geode Cellar © 2026', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT641_C: readonly TestPage[] = [tamberley, geodeCellar];
