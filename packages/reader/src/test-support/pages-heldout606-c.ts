import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout606-kit.js';

/**
 * Held-out batch 606, file c: a carriage clock repair service page built with Wix (rich-text components, testimonial strip,
 * contact strip), and a turret clock restoration post on Ghost (Casper theme, feature image, read-more cards, Portal CTA).
 */
const wTitle = 'Carriage Clock Repairs';
const wIntro = j(
  'Carriage clocks were made to travel, but their small movements are crowded and delicate. We have repaired several hundred of',
  'them, from plain timepieces to grande sonnerie clocks with repeat work, and we treat every one as if it were our own.',
);
const wHeads = ['Common faults', 'What we do', 'Cost'];
const wFaults = [
  'The clock stops after a few hours even when fully wound',
  'The strike or repeat button does nothing',
  'A broken mainspring (you hear a loud bang inside the case)',
  'A cracked bevelled glass or missing handle',
];
const wDo = j(
  'Every movement is taken apart, cleaned and inspected. We replace worn bushes and mainsprings as a matter of course, check the',
  'platform escapement under the microscope and regulate the clock over a full week before it leaves the workshop.',
);
const wCost = j(
  'A full overhaul of a timepiece starts at £320 and of a striking and repeating clock at £480. We will always give you a written',
  'estimate first.',
);
const wNav = ['Home', 'Clock Repairs', 'Carriage Clocks', 'Barometers', 'About', 'Contact'];
const wQuote = '“Our carriage clock came back ticking and striking like new, and the glass was replaced to match perfectly.”';
const wRt = (tag: string, font: string, inner: string, id: string): string =>
  `<div id="comp-lx${id}" class="KcpHeO tz5f0K comp-lx${id} wixui-rich-text" data-testid="richTextElement">
<${tag} class="${font} wixui-rich-text__text">${inner}</${tag}></div>`;
const wSpan = (t: string): string => `<span class="wixui-rich-text__text">${t}</span>`;
const wHtml = `<!DOCTYPE html>
<html lang="en" class="mobile-menu-fix"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Carriage Clock Repairs | Tollgate Clock Workshop</title>
<meta name="description" content="Carriage clock overhaul, glass replacement and repeat work repairs.">
<meta property="og:site_name" content="Tollgate Clock Workshop">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Tollgate Clock Workshop",
"address":{"@type":"PostalAddress",
"addressLocality":"Fenwick Cross"}}</script><script>window.viewerModel = {"site":{"metaSiteId":"6b1f"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}.font_0{font:normal normal normal 44px/1.2 playfair display,serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope">
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" role="button" data-testid="skipToContentBtn">Skip to Main
Content</div><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBg"></div>
</div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div data-testid="mesh-container-content">
${wRt('p', 'font_7', `<span style="font-size:22px;" class="wixui-rich-text__text">Tollgate Clock Workshop</span>`, 'a01')}
<nav id="comp-lxa02" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.tollgateclocks.example/${t.toLowerCase().replace(/ /g, '-')}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__container">
<span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span>
</div></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="c1dmp"
class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content"><div data-testid="mesh-container-content"><section id="comp-lxb01" tabindex="-1"
class="Oqnisf comp-lxb01 wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns" class="V5AUxf">
<div id="comp-lxb02" class="comp-lxb02
YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lxb02inlineContent" data-testid="inline-content"><div data-testid="mesh-container-content">
${wRt('h1', 'font_0', wSpan(wTitle), 'b03')}
${wRt('p', 'font_8', wSpan(wIntro), 'b04')}
${wRt('h2', 'font_2', wSpan(at(wHeads, 0)), 'b05')}
<div id="comp-lxb06" class="KcpHeO tz5f0K comp-lxb06 wixui-rich-text" data-testid="richTextElement"><ul class="font_8 wixui-rich-text__text">
${lis(
  wFaults.map((t) => `<p class="font_8 wixui-rich-text__text">${wSpan(t)}</p>`),
  'wixui-rich-text__text',
)}</ul></div>
${wRt('h2', 'font_2', wSpan(at(wHeads, 1)), 'b07')}
${wRt('p', 'font_8', wSpan(wDo), 'b08')}
${wRt('h2', 'font_2', wSpan(at(wHeads, 2)), 'b09')}
${wRt('p', 'font_8', wSpan(wCost), 'b10')}
<div class="comp-lxb11 FubTgk" id="comp-lxb11" aria-disabled="false">
<a data-testid="linkElement" href="https://www.tollgateclocks.example/contact" target="_self"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Request an Estimate</span></a></div>
</div></div></div></div></section>
<section id="comp-lxc01" tabindex="-1" class="Oqnisf comp-lxc01 wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lxc02" class="comp-lxc02
YzqVVZ wixui-column-strip__column"><div data-testid="mesh-container-content">${wRt('p', 'font_7', wSpan(wQuote), 'c03')}
${wRt('p', 'font_9', wSpan('Helen Ashdown, Fenwick Cross'), 'c04')}</div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content"><div data-testid="mesh-container-content">
${wRt('p', 'font_8', wSpan('Tollgate Clock Workshop, 2 Mill Yard, Fenwick Cross FC3 8LW'), 'd01')}
${wRt('p', 'font_8', wSpan('Tel: 01632 960 771 · Thursday to Saturday, 10am – 4pm'), 'd02')}
${wRt('p', 'font_8', wSpan('© 2026 by Tollgate Clock Workshop. Proudly created with Wix.com'), 'd03')}
</div></div></div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.aa6f2ab0.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout606-wix-carriage-clock-repairs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([wIntro, ...wFaults, wDo, wCost]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Tollgate Clock Workshop', 'Home', 'Barometers', 'About', 'Contact', 'Request an Estimate', wQuote,
    'Helen Ashdown, Fenwick Cross', 'Tollgate Clock Workshop, 2 Mill Yard, Fenwick Cross FC3 8LW', 'Tel: 01632 960 771 · Thursday to Saturday, 10am – 4pm',
    '© 2026 by Tollgate Clock Workshop. Proudly created with Wix.com',
  ],
};

const hTitle = 'Forty hours inside the St Aldric’s turret clock';
const hExcerpt = 'The church clock in Wendlebury had been stopped since a lightning strike in 2019. Here is what it took to get it going again.';
const hHeads = ['A flatbed movement from 1884', 'Lifting the going train', 'The bells', 'Who winds it now'];
const hSecs: readonly (readonly string[])[] = [
  [
    j(
      'The clock sits in a wooden cupboard on the ringing floor, a flatbed movement about the size of a kitchen table, with a',
      'maker’s plate reading “Josiah Pell &amp; Sons, Derby, 1884”. It drives four dials through a long run of rods and bevel',
      'gears, and it strikes the hours on the tenor bell.',
    ),
    j(
      'When the lightning struck, the surge went down the old electric auto-winder and welded the motor solid. The clock itself',
      'was not badly hurt, but five years of pigeons and damp had done what the lightning had not.',
    ),
  ],
  [
    j(
      'The going train was lifted out in sections and carried down the tower in canvas bags. In the workshop every arbor was',
      'cleaned, the pivots polished and the brass bushes checked. Two needed replacing; the rest were within tolerance, which',
      'says a lot about how well the clock had been looked after before 2019.',
    ),
    j(
      'The pin-wheel escapement was in good order, but the pallets had rust pitting deep enough to catch. We ground and repolished',
      'them rather than making new ones, keeping the original steel.',
    ),
  ],
  [
    j(
      'The hammer that strikes the tenor was seized on its pivot and the return spring had rusted through. The bell-hangers in the',
      'parish fitted a new spring and check-stop while we worked on the clock, so that the first strike after reinstatement would',
      'not crack the bell.',
    ),
  ],
  [
    j(
      'The parish council decided against putting the auto-winder back. Instead, a rota of six volunteers climbs the tower twice a',
      'week to wind the clock by hand. Each of them was trained on the day the clock was restarted, and one of them, a retired',
      'engineer, now keeps a log of its rate.',
    ),
    j(
      'In its first month back the clock gained nine seconds in total. The tenor struck twelve at noon on Easter Sunday for the first',
      'time in five years, and, by all accounts, half the village was outside to hear it.',
    ),
  ],
];
const hQuote = 'Turret clocks are usually far tougher than the buildings they live in. Most of what goes wrong is neglect, not age.';
const hCap = 'The flatbed movement back in its cupboard, with the new pallets fitted.';
const hNav = ['Home', 'Restoration', 'Workshop Notes', 'About'];
const hCards = [
  [
    'Workshop Notes',
    'Why we still use gut lines on weight-driven clocks',
    'Steel cable is stronger, but it is not always better for an old movement.',
    'Dec 2, 2025',
    '5 min read',
  ],
  ['Restoration', 'A bracket clock that had been to sea', 'Salt, verdigris and a very stubborn fusee chain.', 'Nov 11, 2025', '7 min read'],
];
const hCard = (c: readonly string[]): string => `<article class="post-card post"><a class="post-card-image-link" href="/p/"><img class="post-card-image"
src="/content/images/size/w600/2025/card.jpg" alt="${at(c, 1)}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">${at(c, 0)}</span></div>
<h2 class="post-card-title">${at(c, 1)}</h2>
</header><div class="post-card-excerpt">${at(c, 2)}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2025-12-02">${at(c, 3)}</time>
<span class="post-card-meta-length">${at(c, 4)}</span></footer></div></article>`;
const hContent = hSecs.map((s, i) => `<h2 id="h${i}">${at(hHeads, i)}</h2>\n${ps(s)}${i === 1 ? `\n<blockquote>${hQuote}</blockquote>` : ''}`).join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${hTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c1c2a5f6b">
<link rel="canonical" href="https://escapement.example/st-aldrics-turret-clock/">
<meta name="description" content="${hExcerpt}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-04-14T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Escapement"},
"author":{"@type":"Person","name":"Gareth Lowe"},"headline":"${hTitle}","datePublished":"2026-04-14T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://escapement.example/" data-key="8d1f" data-api="https://escapement.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-restoration tag-turret-clocks is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://escapement.example">The Escapement</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg"
fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" d="M21 21l-6-6"></path>
</svg></button>
<button class="gh-burger" aria-label="Main menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(hNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-restoration tag-turret-clocks">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/restoration/">Restoration</a></span>
</div><h1 class="article-title">${hTitle}</h1><p class="article-excerpt">${hExcerpt}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/gareth/" class="author-avatar" aria-label="Read more of Gareth Lowe">
<img class="author-profile-image" src="/content/images/2024/gareth.jpg" alt="Gareth Lowe"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name">
<a href="/author/gareth/">Gareth Lowe</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-04-14">Apr 14, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/04/turret.jpg 300w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/04/turret.jpg" alt="${hTitle}"><figcaption><span style="white-space: pre-wrap;">${hCap}</span></figcaption>
</figure></header>
<section class="gh-content gh-canvas is-body">
${hContent}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${hCards.map(hCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://escapement.example">The Escapement</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact the workshop'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=9c1c2a5f6b"></script>
<script>$(document).ready(function () { $('.gh-burger').click(function () { $('body').toggleClass('gh-head-open'); }); });</script>
</body></html>`;
const ghost: TestPage = {
  name: 'heldout606-ghost-turret-clock',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hExcerpt, ...hSecs.flatMap((s, i) => (i === 1 ? [...s, hQuote] : s))]),
  bylines: ['Gareth Lowe', 'Apr 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Escapement', ...hNav.filter((t) => t !== 'About'), 'Sign in', 'Subscribe', '• 6 min read', hCap, 'Sign up for more like this.', 'Enter your email',
    ...hCards.flatMap((c) => c.slice(1)), 'The Escapement © 2026', 'Sign up', 'Contact the workshop', 'Powered by Ghost',
  ],
};

export const HELDOUT606_C: readonly TestPage[] = [wix, ghost];
