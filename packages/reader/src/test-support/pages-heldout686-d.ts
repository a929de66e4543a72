import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows, rowTexts } from './pages-heldout686-kit.js';

/**
 * Held-out batch 686, file d: a bakery's newsletter post on Ghost (Casper theme) with a callout card, and a fishmonger's Christmas
 * opening hours and order deadlines page built with Elementor (Hello Elementor theme, Elementor Pro header and footer, Complianz banner).
 */
const gTitle = 'Why our croissants take three days';
const gDek = 'People ask why we cannot just bake more on a Saturday. The short answer is butter, cold and time.';
const gBody = [
  j(
    'A croissant from our counter is started on Wednesday for a Saturday morning. That sounds like a lot of fuss for something',
    'you eat in four bites, so this month we want to show you where the days go.',
  ),
  'Day one: the dough',
  j(
    'The détrempe, the plain dough, is mixed with a little of the previous batch and left in the fridge overnight. Cold, slow',
    'fermentation gives it flavour, and a cold dough is the only kind that will take a sheet of butter without going greasy.',
  ),
  'Day two: the lamination',
  j(
    'Next morning we lock in a slab of cultured butter and roll and fold it three times, resting the dough in the fridge for',
    'forty minutes between each turn. Every fold doubles the layers. By the end there are 81 of them, each thinner than a page.',
  ),
  j(
    'If the bakehouse gets too warm, the butter melts into the dough and the layers are lost. In summer we start at five in',
    'the morning to finish before the ovens are lit.',
  ),
  'Day three: shaping and baking',
  j(
    'The sheets are cut into long triangles, rolled by hand and left to prove for two and a half hours until they wobble when',
    'you nudge the tray. They bake for eighteen minutes and are on the counter by half past seven.',
  ),
  'A note on Saturdays: we make 400 croissants and they usually sell out by eleven. You can reserve a box of six by email until Thursday noon.',
  j(
    'Could we make them faster? Yes, with a dough improver and a machine laminator. We tried it once, in our first year, and',
    'nobody complained. But we could taste the difference, and so, we think, could you.',
  ),
];
const gNav = ['Home', 'Bakehouse Notes', 'Recipes', 'About the bakery'];
const gMore = [
  ['The rye starter that came from Tallin Street', 'How a jar of sourdough starter found its way to us from a closing bakery.', 'Sep 30, 2026', '3 min read'],
  ['Our new oven, and why it took a crane', 'Two tonnes of stone, a narrow lane and a very patient neighbour.', 'Sep 9, 2026', '5 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://flourishandcrumb.com/assets/built/screen.css?v=2b3c4d5e6f"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://flourishandcrumb.com/why-our-croissants-take-three-days/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Flourish &amp; Crumb"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-10-14T06:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Flourish & Crumb"},
"author":{"@type":"Person","name":"Ines Farrow"},"headline":"${gTitle}","datePublished":"2026-10-14T06:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://flourishandcrumb.com/" data-key="8a9b0c1d2e3f" data-api="https://flourishandcrumb.ghost.io/ghost/api/content/" crossorigin="anonymous">
</script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="8a9b0c1d2e3f"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css"
data-sodo-search="https://flourishandcrumb.ghost.io/" crossorigin="anonymous"></script></head>
<body class="post-template tag-bakehouse-notes has-serif-title has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://flourishandcrumb.com">Flourish &amp; Crumb</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}">
<a href="https://flourishandcrumb.com/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div
class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-bakehouse-notes image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/bakehouse-notes/">Bakehouse
Notes</a>
</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ines/" class="author-avatar" aria-label="Read more of Ines Farrow"><img class="author-profile-image" src="/content/images/size/w100/ines.jpg"
alt="Ines Farrow"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Ines Farrow</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-10-14">Oct 14, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span>
4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/10/croissants.jpg 300w, /content/images/size/w600/2026/10/croissants.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/10/croissants.jpg" alt="Trays of croissants cooling">
<figcaption><span style="white-space: pre-wrap;">Saturday's first trays, 7.15am.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([gBody[0] ?? ''])}
<h2 id="day-one-the-dough">${gBody[1]}</h2>${ps([gBody[2] ?? ''])}
<h2 id="day-two-the-lamination">${gBody[3]}</h2>${ps(gBody.slice(4, 6))}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/10/lamination.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="800"><figcaption><span style="white-space: pre-wrap;">The third fold. The dough rests for forty minutes after this.</span></figcaption></figure>
<h2 id="day-three-shaping-and-baking">${gBody[6]}</h2>${ps([gBody[7] ?? ''])}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🥐</div><div class="kg-callout-text">${gBody[8]}</div></div>
${ps([gBody[9] ?? ''])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([
      t,
      x,
      d,
      m,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t?.length}/"><img class="post-card-image" src="/content/images/r.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t?.length}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Bakehouse Notes</span></div><h2 class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${x}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-09-30">${d}</time>
<span class="post-card-meta-length">${m}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://flourishandcrumb.com">Flourish &amp; Crumb</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="https://flourishandcrumb.com/assets/built/casper.js?v=2b3c4d5e6f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout686-ghost-casper-croissants',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[3] ?? '', gBody[6] ?? ''],
  body: [gDek, ...gBody.filter((_, i) => ![1, 3, 6].includes(i))],
  bylines: ['Ines Farrow', 'Oct 14, 2026', ...gMore.map((m) => m[2] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Flourish & Crumb', ...gNav, 'Sign in', 'Subscribe', 'Bakehouse Notes', '• 4 min read', "Saturday's first trays, 7.15am.",
    'The third fold. The dough rests for forty minutes after this.', 'Sign up for more like this.', 'Enter your email',
    ...gMore.flatMap((m) => [m[0] ?? '', m[1] ?? '', m[3] ?? '']), 'Flourish & Crumb © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const eTitle = 'Christmas & New Year at the Fish Counter';
const eIntro = j(
  'The boats land their last catch before Christmas on Monday 21 December. Here is when we are open, and when you need to',
  'order by if you want lobster, oysters or a whole salmon for the holidays.',
);
const eHours = [
  ['Monday 21 December', '7am – 4pm'],
  ['Tuesday 22 December', '7am – 5pm'],
  ['Wednesday 23 December', '6am – 5pm'],
  ['Christmas Eve', '6am – 1pm (collections only)'],
  ['25 – 28 December', 'Closed'],
  ['New Year’s Eve', '7am – 1pm'],
  ['1 – 4 January', 'Closed'],
];
const eOrder = [
  'Whole dressed salmon and sea trout: order by Friday 11 December',
  'Cooked lobster and dressed crab: order by Thursday 17 December',
  'Oysters and langoustines: order by Saturday 19 December',
];
const eNote = 'Christmas Eve collections run in half-hour slots. We will text you your slot when we confirm your order.';
const eNav = ['Home', 'Our Fish', 'Smokehouse', 'Christmas', 'Find Us'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle.replace('&', '&amp;')} &#8211; Pellow Brothers</title><meta name='robots' content='index, follow'>
<link rel='stylesheet' id='hello-elementor-css' href='https://pellowbrothers.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://pellowbrothers.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all'>
<link rel='stylesheet' id='elementor-post-1207-css' href='https://pellowbrothers.co.uk/wp-content/uploads/elementor/css/post-1207.css?ver=1730000000'
media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Christmas & New Year"}]}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-1207 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-1207">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-1b2c3d e-flex e-con-boxed e-con e-parent" data-id="1b2c3d" data-element_type="container"><div
class="e-con-inner">
<div class="elementor-element elementor-element-2c3d4e elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="2c3d4e"
data-element_type="widget" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://pellowbrothers.co.uk">
<img width="220" height="60" src="https://pellowbrothers.co.uk/wp-content/uploads/2024/02/pellow-logo.svg" class="attachment-full size-full" alt="Pellow
Brothers"></a>
</div></div><div class="elementor-element elementor-element-3d4e5f elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet elementor-widget
elementor-widget-nav-menu" data-id="3d4e5f" data-element_type="widget" data-widget_type="nav-menu.default"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
<ul id="menu-1-3d4e5f" class="elementor-nav-menu">${eNav
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t.toLowerCase()}/"
class="elementor-item">${t}</a></li>`,
  )
  .join('\n')}</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"
aria-expanded="false"><i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-3d4e5f" class="elementor-nav-menu">
${eNav.map((t) => `<li class="menu-item"><a href="/${t.toLowerCase()}/" class="elementor-item" tabindex="-1">${t}</a></li>`).join('\n')}</ul></nav></div></div>
</div></div></header>
<main id="content" class="site-main post-1207 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="1207" class="elementor elementor-1207" data-elementor-post-type="page">
<div class="elementor-element elementor-element-5a6b7c e-flex e-con-boxed e-con e-parent" data-id="5a6b7c" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
<div class="elementor-element elementor-element-6b7c8d elementor-widget elementor-widget-heading" data-id="6b7c8d" data-element_type="widget"
data-widget_type="heading.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title
elementor-size-default">${eTitle.replace('&', '&amp;')}</h1>
</div></div><div class="elementor-element elementor-element-7c8d9e elementor-widget elementor-widget-text-editor" data-id="7c8d9e" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>${eIntro}</p></div></div>
<div class="elementor-element elementor-element-8d9e0f elementor-align-center elementor-widget elementor-widget-button" data-id="8d9e0f"
data-element_type="widget"
data-widget_type="button.default"><div class="elementor-widget-container"><div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link
elementor-size-sm" href="/christmas-order-form/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Place your order</span>
</span></a>
</div></div></div></div></div>
<div class="elementor-element elementor-element-9e0f1a e-flex e-con-boxed e-con e-parent" data-id="9e0f1a" data-element_type="container"><div
class="e-con-inner">
<div class="elementor-element elementor-element-a1b2c3 elementor-widget elementor-widget-heading" data-id="a1b2c3" data-element_type="widget"
data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Opening hours</h2></div>
</div>
<div class="elementor-element elementor-element-b2c3d4 elementor-widget elementor-widget-text-editor" data-id="b2c3d4" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><table><thead><tr><th>Day</th><th>Hours</th></tr></thead><tbody>
${rows(eHours)}</tbody></table></div></div>
<div class="elementor-element elementor-element-c3d4e5 elementor-widget elementor-widget-heading" data-id="c3d4e5" data-element_type="widget"
data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Order deadlines</h2>
</div></div>
<div class="elementor-element elementor-element-d4e5f6 elementor-icon-list--layout-traditional elementor-list-item-link-full_width elementor-widget
elementor-widget-icon-list" data-id="d4e5f6" data-element_type="widget" data-widget_type="icon-list.default"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${eOrder
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="elementor-element elementor-element-e5f6a7 elementor-widget elementor-widget-text-editor" data-id="e5f6a7" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><p><em>${eNote}</em></p></div></div></div></div></div></div></main>
<footer data-elementor-type="footer" data-elementor-id="92" class="elementor elementor-92 elementor-location-footer"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-f6a7b8 e-flex e-con-boxed e-con e-parent" data-id="f6a7b8" data-element_type="container"><div
class="e-con-inner">
<div class="elementor-element elementor-element-a7b8c9 elementor-widget elementor-widget-text-editor" data-id="a7b8c9" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>Pellow Brothers, The Slipway, Porthennick</p><p>Tel: 01632 960 772</p></div>
</div>
<div class="elementor-element elementor-element-b8c9d0 elementor-widget elementor-widget-text-editor" data-id="b8c9d0" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>© 2026 Pellow Brothers Fishmongers. All rights reserved.</p></div></div>
</div></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://pellowbrothers.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body>
</html>`;
const elementor: TestPage = {
  name: 'heldout686-elementor-christmas-hours',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['Opening hours', 'Order deadlines'],
  body: texts([eIntro, ...rowTexts(eHours), ...eOrder, eNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Our Fish', 'Smokehouse', 'Find Us', 'Place your order', 'Pellow Brothers, The Slipway, Porthennick', 'Tel: 01632 960 772',
    '© 2026 Pellow Brothers Fishmongers. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT686_D: readonly TestPage[] = [ghost, elementor];
