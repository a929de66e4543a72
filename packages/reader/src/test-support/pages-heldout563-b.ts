import { type TestPage } from './page-kit.js';
import { type Block, j, page, render } from './pages-heldout563-kit.js';

/**
 * Held-out batch 563, file b: a kids' club page on a Wix site (rich-text elements, free-plan Wix banner, booking button) and
 * a gym's blog post on Ghost with the Casper theme (feature image caption, subscribe box, read-more cards).
 */
const xTitle = 'Little Crimpers Kids’ Club';
const xWix = { p: 'class="font_8 wixui-rich-text__text"', h: 'class="font_2 wixui-rich-text__text"', list: 'class="font_8 wixui-rich-text__text"' };
const xParts = [
  render(
    [
      { p: 'Saturday mornings for climbers aged 5 to 11. Small groups, patient coaches and plenty of games on the low wall.' },
      { h: 'How it works' },
      {
        p: j(
          'Each session lasts 90 minutes. Children warm up together, then split into groups of six with one coach. We mix',
          'bouldering on the kids’ wall with rope climbing on the auto-belays, and finish with a game of climbing twister.',
        ),
      },
    ] satisfies Block[],
    xWix,
  ),
  render(
    [
      { h: 'Times and price' },
      { ul: ['9:00 to 10:30 for ages 5 to 7', '10:45 to 12:15 for ages 8 to 11', '£48 for a block of six weeks, siblings £40'] },
      { h: 'What parents need to know' },
      {
        p: j(
          'Please stay in the building during the session; the café overlooks the kids’ wall. Children should wear trainers and',
          'comfy clothes. We provide shoes and harnesses. Tell us about any medical needs on the booking form.',
        ),
      },
    ] satisfies Block[],
    xWix,
  ),
];
const xNav = ['Home', 'Book', 'Kids Club', 'Parties', 'Contact'];
const rich = (id: string, inner: string): string =>
  `<div id="${id}" class="wixui-rich-text" data-testid="richTextElement"><div data-testid="richTextElement" class="wixui-rich-text__text">${inner}</div></div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Kids Club | Gritstone Barn Climbing</title>
<meta name="description" content="Saturday kids club for climbers aged 5 to 11 at Gritstone Barn."><link rel="canonical"
href="https://gritstonebarn.wixsite.com/climb/kids-club">
<meta property="og:title" content="Kids Club | Gritstone Barn Climbing"><meta property="og:site_name" content="Gritstone Barn Climbing">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager","dynamicPages","tpaCommons"],
"site":{"metaSiteId":"7a4c"},"language":{"userLanguage":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#fff}.font_2{font:normal normal bold 34px/1.3em 'avenir-lt-w01_85-heavy1475544',sans-serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="WIX_ADS" class="MW5IWV ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" rel="nofollow" class="zS4IpK">
<span class="jW9Qm0">This site was designed with the <span class="VkgQUb">Wix</span> website builder. Create your website today.</span>
<span class="BzmTEA">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-kx1" class="BaOVQ8 wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">GRITSTONE BARN</span></p></div>
<nav id="comp-kx2" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/climb/${t.toLowerCase().replace(' ', '-')}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__label">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-kx3" class="comp-kx3 wixui-button"><a data-testid="linkElement" href="/climb/book" class="uDW_Qe wixui-button"
aria-disabled="false"><span class="l7_2fn wixui-button__label">Book a Session</span></a></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wN7EiH">
<section id="comp-ky1" class="comp-ky1 wixui-section"><div id="bgLayers_comp-ky1" class="MW5IWV"><div class="LWbAav Kv1aVt"></div></div>
<div data-mesh-id="comp-ky1inlineContent" class="wixui-section__inline-content">
${rich('comp-ky2', `<h1 class="font_0 wixui-rich-text__text" style="font-size:52px;"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rich('comp-ky3', xParts[0]?.html ?? '')}
<div id="comp-ky4" class="comp-ky4 wixui-image"><img src="https://static.wixstatic.com/media/7a4c_kids.jpg/v1/fill/w_480,h_320/kids.jpg" alt="kids climbing">
</div>
${rich('comp-ky5', xParts[1]?.html ?? '')}
<div id="comp-ky6" class="comp-ky6 wixui-button"><a data-testid="linkElement" href="/climb/book-kids" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Book a block</span></a></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${rich(
  'comp-kz1',
  `<p class="font_9 wixui-rich-text__text">Gritstone Barn, Low Fold Lane, Netherby Bridge</p>
<p class="font_9 wixui-rich-text__text">© 2027 by Gritstone Barn Climbing. Proudly created with Wix.com</p>`,
)}
<ul class="wixui-social-bar"><li><a href="https://www.facebook.com/gritstonebarn" aria-label="Facebook"><img src="https://static.wixstatic.com/media/fb.png"
alt="Facebook"></a></li></ul>
</div></footer></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js"></script></body></html>`;
const wix: TestPage = page(
  { name: 'heldout563-wix-kids-club', kind: 'docs', html: xHtml, title: xTitle },
  xParts,
  [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'GRITSTONE BARN', ...xNav,
    'Book a Session', 'Book a block', 'Gritstone Barn, Low Fold Lane, Netherby Bridge', '© 2027 by Gritstone Barn Climbing. Proudly created with Wix.com',
    'bottom of page',
  ],
);

const gTitle = 'Why we stopped putting grades on the circuit board';
const gDek = 'Colours, not numbers: what changed when we took the V-grades off, and what members told us six months on.';
const gPart = render([
  {
    p: j(
      'Last autumn we took the V-grades off every problem in the centre and went back to colour circuits. Each colour covers a',
      'band of difficulty, and the board by the door says roughly what each band means. It was not a popular decision at first.',
    ),
  },
  {
    p: j(
      'The argument for numbers is simple: people like to know where they stand. But we found that the numbers were changing how',
      'people climbed. Members would skip problems they thought were beneath them, or walk away from a problem after one try because',
      'the number looked too big. The grade had become the point, not the climb.',
    ),
  },
  { h: 'What we changed' },
  {
    p: j(
      'There are now seven circuit colours, from white to black. Setters still grade each problem privately so the bands stay',
      'consistent, but that grade is not shown. Setters also agree a colour as a pair, which has cut down the arguments about',
      '“soft” and “sandbagged” problems a great deal.',
    ),
  },
  { h: 'What members told us' },
  {
    p: j(
      'We ran a short survey in March and 212 members answered. Most said they now try more problems in a session, and more than',
      'half said they had climbed a colour they would have avoided before. A smaller group still wanted numbers, mostly people who',
      'train for outdoor grades.',
    ),
  },
  { q: '“I used to avoid anything marked V4. Now it’s just a purple, and I’ve done half of them.”' },
  { h: 'Where we go from here' },
  {
    p: j(
      'The colours are staying. For members who want a number, the setters’ grades will go into the app from next month, hidden',
      'by default and shown only if you switch them on. That seems a fair middle way: the wall stays about the climbing, and the',
      'numbers are there for anyone who wants them.',
    ),
  },
]);
const gNav = ['Home', 'Setting', 'Events', 'Membership'];
const gMore = ['The slab is back', 'How we wash holds', 'Summer opening hours'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7e0d1b7c5c"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.limestonehall.com/why-we-stopped-grades/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-05-12T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Limestone Hall Journal"},
"author":{"@type":"Person","name":"Morwenna Teague"},"headline":"${gTitle}","datePublished":"2027-05-12T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Limestone Hall Journal"
href="https://journal.limestonehall.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://journal.limestonehall.com/"
data-key="5b1b0d" data-api="https://journal.limestonehall.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:32px}</style></head>
<body class="post-template is-head-left-logo has-serif-title"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://journal.limestonehall.com">Limestone Hall Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a>
</li>`,
  )
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-setting tag-members image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/setting/">Setting</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/morwenna/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/02/morwenna.jpg"
alt="Morwenna Teague"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/morwenna/">Morwenna Teague</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-05-12">May 12, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2027/05/colours.jpg 600w" src="/content/images/size/w2000/2027/05/colours.jpg" alt="">
<figcaption><span style="white-space: pre-wrap;">The colour board by the entrance.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gPart.html}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/ /g, '-')}/">
<img class="post-card-image" src="/content/images/${t.length}.jpg" alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link"
href="/${t.toLowerCase().replace(/ /g, '-')}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div>
</article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.limestonehall.com">Limestone Hall Journal</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"></div><script src="/assets/built/casper.js?v=7e0d1b7c5c"></script></body></html>`;
const ghost: TestPage = page(
  { name: 'heldout563-ghost-grades', kind: 'blog', html: gHtml, title: gTitle },
  [{ html: '', headings: [], body: [gDek] }, gPart],
  ['Morwenna Teague', 'May 12, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    'Limestone Hall Journal', ...gNav, 'Subscribe', 'Setting', '• 4 min read', 'The colour board by the entrance.', 'Sign up for more like this.',
    'Enter your email', ...gMore, 'Limestone Hall Journal © 2027', 'Sign up', 'Powered by Ghost',
  ],
);

export const HELDOUT563_B: readonly TestPage[] = [wix, ghost];
