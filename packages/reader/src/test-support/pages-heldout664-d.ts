import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout664-kit.js';

/**
 * Held-out batch 664, file d: a knitting and crochet club's "About the club" page built with Wix (free-plan Wix ad banner), and a
 * crochet designer's newsletter post on Ghost with the Casper theme (excerpt, callout card, bookmark card, read-more cards).
 */
const xTitle = 'Tuesday Stitch Club';
const xBody = [
  j(
    'We are a friendly group of knitters and crocheters who have met every week in Pellowe since 2011. Some of us have been',
    'stitching for sixty years and some picked up their first hook last month. Nobody minds which you are.',
  ),
  'Who we are',
  j(
    'Most weeks there are between ten and twenty of us. We knit blankets for the neonatal unit at Pellowe General, run a yarn swap',
    'each spring and spend far too long discussing the best way to weave in ends.',
  ),
  'When and where',
  "Every Tuesday, 7 pm to 9 pm, in the small hall at St Aldwyn's Church, Quay Street. There is step-free access from the car park.",
  'We take a break in August and over Christmas.',
  'What to bring',
  'Your own project and tools, or ask us to lend you some needles and yarn to start.',
  'A mug, if you like your tea in something bigger than a church hall cup.',
  '£2 towards the hall, which includes tea, coffee and biscuits.',
];
const xNav = ['Home', 'About the club', 'Projects', 'Gallery', 'Contact'];
const xNavHtml = xNav
  .map(
    (
      t,
      i,
    ) => `<li data-testid="comp-kx${i}" class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://tuesdaystitchclub.wixsite.com/home/${i}"
class="UiHgGh wixui-horizontal-menu__item-link"><div class="itemDepth02233374943__itemWrapper"><p class="zanzibar">${t}</p></div></a></li>`,
  )
  .join('\n');
const rt = (id: string, inner: string): string => `<div id="comp-${id}" class="KaEeLN comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const fp = (t: string): string => `<p class="font_8 wixui-rich-text__text" style="font-size:17px;"><span class="wixui-rich-text__text">${t}</span></p>`;
const fh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text" style="font-size:32px;"><span class="wixui-rich-text__text">${t}</span></h2>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>About the club | Tuesday Stitch Club</title>
<meta name="description" content="A friendly group of knitters and crocheters who have met every week in Pellowe since 2011.">
<meta property="og:title" content="About the club | Tuesday Stitch Club"><meta property="og:site_name" content="Tuesday Stitch Club">
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"wix-thunderbolt","type":"GA","code":0},
"mode":{"qa":false}}</script>
<script>window.viewerModel = {"siteFeaturesConfigs":{"platform":{"bootstrapData":{}}},"language":{"userLanguage":"en"},"site":{"isResponsive":false}};</script>
<style id="css_c1dmp">#comp-lx2{width:620px}.font_8{font:normal normal normal 17px/1.4em avenir-lt-w01_35-light1475496,sans-serif}</style></head>
<body class="" aria-busy="false"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"
role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"
tabindex="-1"><div class="_C0cVf"><div class="_4XcTf"><div data-mesh-id="SITE_HEADERinlineContent"
class="SITE_HEADER-inlineContent"><div id="comp-kx0logo" class="KaEeLN comp-kx0logo wixui-rich-text"
data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://tuesdaystitchclub.wixsite.com/home" target="_self"
class="wixui-rich-text__text">Tuesday Stitch Club</a></span></p></div>
<nav id="comp-kx1nav" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu"
role="menubar">
${xNavHtml}</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="c1dmp"
class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent"
class="Containerc1dmp-inlineContent"><section id="comp-lx1sec" tabindex="-1" class="Oqnisf comp-lx1sec wixui-section"
data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lx1secinlineContent" class="comp-lx1sec-inlineContent">
${rt('lx2', `<h1 class="font_0 wixui-rich-text__text" style="font-size:48px;"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rt('lx3', fp(xBody[0] ?? ''))}
<div id="comp-lx4" class="MazNVa comp-lx4 wixui-image" data-testid="imageX"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lx4"
class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lx4","displayMode":"fill"}'><img src="https://static.wixstatic.com/media/7c1e2a_club.jpg/v1/fill/w_620,h_410/club.jpg"
alt="Club members knitting around a table" style="width:620px;height:410px;object-fit:cover"></wow-image></div></div>
${rt('lx5', `${fh(xBody[1] ?? '')}${fp(xBody[2] ?? '')}`)}
${rt('lx6', `${fh(xBody[3] ?? '')}${fp(xBody[4] ?? '')}${fp(xBody[5] ?? '')}`)}
${rt(
  'lx7',
  `${fh(xBody[6] ?? '')}<ul class="font_8 wixui-rich-text__text">${lis(
    xBody.slice(7).map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
<div id="comp-lx8" class="comp-lx8 wixui-form" data-testid="form"><form aria-label="Join our mailing list">${rt(
  'lx9',
  `<h2 class="font_5 wixui-rich-text__text">Join our
mailing list</h2>`,
)}<div class="field"><label for="input_comp-lx8a" class="wixui-text-input__label">Email *</label><input type="email" id="input_comp-lx8a" required></div>
<div aria-disabled="false" class="comp-lx8b wixui-button"><button data-testid="buttonElement"
class="uDW_Qe wixui-button"><span class="w4Vxx6 wixui-button__label">Subscribe
</span></button></div></form></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer"
tabindex="-1"><div class="_C0cVf"><div class="_4XcTf"><div data-mesh-id="SITE_FOOTERinlineContent"
class="SITE_FOOTER-inlineContent">${rt(
  'kxft',
  `<p class="font_9 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">© 2026 by Tuesday
Stitch Club. Proudly created with <a href="https://www.wix.com" target="_blank" class="wixui-rich-text__text">Wix.com</a></span></p>`,
)}</div></div></div></footer></div></div>
<div id="WIX_ADS" class="Hqcq9G ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live&amp;adsVersion=white"
target="_blank" rel="nofollow" class="Yw0Gfz"><span class="WV8_lZ"><span data-hook="freemium-text" class="OvZEq5">This site was designed with the </span><span
data-hook="freemium-wix-logo" class="wixLogo">Wix</span><span data-hook="freemium-text-after-logo"
class="OvZEq5">.com website builder. Create your website today.</span>
<span data-hook="freemium-button" class="Rqn0zU">Start Now</span></span></a></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.e1b2.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout664-wix-stitch-club',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [xBody[1] ?? '', xBody[3] ?? '', xBody[6] ?? ''],
  body: texts(xBody.filter((_, i) => ![1, 3, 6].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...xNav, 'Join our mailing list', 'Email *', 'Subscribe', '© 2026 by Tuesday Stitch Club. Proudly created with Wix.com',
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
  ],
};

const gTitle = 'Why I stopped blocking acrylic (mostly)';
const gExcerpt = 'Steam, pins and patience: what actually changes when you block a synthetic yarn, and when it is worth the trouble.';
const gBody = [
  j(
    'For years I blocked everything. Wool, cotton, acrylic, the lot: soak, squeeze, pin out on the foam mats, leave overnight. Then a',
    'reader asked me why her acrylic granny squares bounced straight back to their old shape the minute she unpinned them, and I',
    'realised I did not have a good answer.',
  ),
  'What blocking does to wool',
  j(
    'Wool fibres have scales and a natural crimp. When they are wet they relax, and when they dry in a new position they stay there,',
    'at least until the next wash. That is why a lace shawl opens up so dramatically and why wet blocking evens out uneven stitches.',
  ),
  'What it does to acrylic',
  j(
    'Acrylic is a plastic. Water does almost nothing to it, so a soak and pin leaves it where it started. Heat is a different story:',
    'steam softens the fibres and lets them set in a new shape. Too much heat and they set for good, with a limp, shiny drape that',
    'crocheters call "killing" the acrylic.',
  ),
  'Hold the iron a few centimetres above the fabric and never let it touch.',
  'Steam in short bursts and let each section cool completely before moving the piece.',
  'Try it on your swatch first. Some acrylics go limp after a few seconds.',
  'When I still do it',
  j(
    'I still steam acrylic squares that are going to be joined, because it makes them the same size and the joining far easier. I',
    'also gently kill the acrylic in a shawl or a cardigan when I want drape. For blankets, toys and anything that should keep its',
    'bounce, I now skip blocking altogether, and I have not missed it.',
  ),
];
const gCallout = 'Blended yarns with 20% wool or more usually block like wool. Below that, treat them like acrylic and test with steam.';
const gNav = ['Home', 'Patterns', 'Tutorials', 'About'];
const gMore = [
  [
    'Joining granny squares: five methods compared',
    'Flat slip stitch, whip stitch, join as you go and two I had never tried before.',
    'Oct 20, 2026',
    '6 min read',
  ],
  ['The slow crochet manifesto', 'On taking your time, finishing fewer things and loving them more.', 'Oct 6, 2026', '3 min read'],
];
const gFoot = ['Sign up', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://hooktheory.blog/assets/built/screen.css?v=a1f3c8"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://hooktheory.blog/why-i-stopped-blocking-acrylic/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Hook Theory"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-11-03T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Hook Theory"},
"author":{"@type":"Person","name":"Bryony Lusk"},"headline":"${gTitle}","datePublished":"2026-11-03T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.101"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true"
data-ghost="https://hooktheory.blog/"
data-key="a9c1" data-api="https://hooktheory.blog/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<link rel="stylesheet" type="text/css" href="https://hooktheory.blog/public/cards.min.css?v=a1f3c8"></head>
<body class="post-template tag-crochet tag-yarn is-head-left-logo has-cover"><div class="viewport"><header id="gh-head"
class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://hooktheory.blog">Hook Theory</a><button class="gh-search gh-icon-btn"
aria-label="Search this site"
data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20"
height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div>
</div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-crochet tag-yarn "><header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/crochet/">Crochet</a></span></div>
<h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gExcerpt}</p><div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/bryony/" class="author-avatar" aria-label="Read more of Bryony Lusk"><img class="author-profile-image"
src="/content/images/size/w100/2025/03/bryony.jpg"
alt="Bryony Lusk"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/bryony/">Bryony
Lusk</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-03">Nov 3, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 4 min read</span></div></div></section></div><figure class="article-image">
<img srcset="/content/images/size/w300/2026/11/steam.jpg 300w,
/content/images/size/w2000/2026/11/steam.jpg 2000w" sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/11/steam.jpg"
alt="${gTitle}"><figcaption><span style="white-space: pre-wrap;">Steaming a square on the ironing board. Photo: Tam Lusk</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">${ps([gBody[0] ?? ''])}<h2 id="what-blocking-does-to-wool">${gBody[1]}</h2>${ps([gBody[2] ?? ''])}
<h2 id="what-it-does-to-acrylic">${gBody[3]}</h2>${ps([gBody[4] ?? ''])}<ul>${lis(gBody.slice(5, 8))}</ul>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="when-i-still-do-it">${gBody[8]}</h2>${ps([gBody[9] ?? ''])}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container"
href="https://hooktheory.blog/joining-granny-squares/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Joining granny squares: five methods compared</div>
<div class="kg-bookmark-description">Flat slip stitch, whip stitch, join as you go and two I
had never tried before.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/size/w256h256/2025/03/icon.png" alt=""><span
class="kg-bookmark-author">Hook Theory</span><span class="kg-bookmark-publisher">Bryony Lusk</span></div></div><div class="kg-bookmark-thumbnail">
<img src="/content/images/2026/10/join.jpg"
alt=""></div></a></figure></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([
      t,
      e,
      d,
      r,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link"
href="/x/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">Crochet</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a>
<footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-10-20">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://hooktheory.blog">Hook Theory</a>
&copy; 2026</section><nav class="site-footer-nav">
<ul class="nav">${links(gFoot, 'nav-item')}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer>
</div><script src="https://hooktheory.blog/assets/built/casper.js?v=a1f3c8"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout664-ghost-blocking-acrylic',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[3] ?? '', gBody[8] ?? ''],
  body: texts([gExcerpt, ...gBody.slice(0, 8).filter((_, i) => i !== 1 && i !== 3), gCallout, gBody[9] ?? '']),
  bylines: ['Bryony Lusk', 'Nov 3, 2026', '• 4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hook Theory', ...gNav, 'Sign in', 'Subscribe', 'Crochet', 'Steaming a square on the ironing board. Photo: Tam Lusk', ...gMore.flat(),
    'Sign up for more like this.', 'Enter your email', 'Hook Theory © 2026', ...gFoot, 'Powered by Ghost',
  ],
};

export const HELDOUT664_D: readonly TestPage[] = [wix, ghost].map(tidy);
