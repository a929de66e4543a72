import { links, type TestPage, texts } from './page-kit.js';
import { rtdPage } from './pages-heldout102-b2.js';

/**
 * Held-out batch 102, file b: an MDN Web Docs reference page for a Web API method (the top navigation with AI Help, Play,
 * search, theme and log-in, the breadcrumbs and language switcher, the left sidebar of the interface's members, the
 * "Limited availability" Baseline box, the experimental notecard at the top of the content, the syntax block with its
 * parameter definition list, examples with code, the specifications and browser-compatibility tables, "See also", the "In
 * this article" table of contents, the side ad placement, the "Help improve MDN" box with "last modified", and the footer)
 * and, from file b2, a Sphinx page on Read the Docs.
 */
const mdTitle = 'Element: scrollSnapIntoView() method';
const mdIntro = [
  'The <strong><code>scrollSnapIntoView()</code></strong> method of the <code>Element</code> interface scrolls the element’s nearest ' +
    'scroll-snap container so that the element comes to rest on one of its snap positions, as if the user had scrolled there and let go.',
  'Unlike <code>scrollIntoView()</code>, which aligns the element to the edge of the scroll container, this method respects the ' +
    'container’s <code>scroll-snap-type</code> and the element’s own <code>scroll-snap-align</code> value.',
];
const mdH = ['Syntax', 'Parameters', 'Return value', 'Exceptions', 'Description', 'Examples', 'Snapping a carousel card into view', 'Specifications'] as const;
const mdH2 = ['Browser compatibility', 'See also'] as const;
const mdParams = [
  'An object with the following properties:',
  'Either <code>"smooth"</code> or <code>"instant"</code>. Defaults to <code>"auto"</code>, which follows the computed ' +
    '<code>scroll-behavior</code> of the container.',
  'A string naming the axis to snap on: <code>"block"</code>, <code>"inline"</code> or <code>"both"</code>. Defaults to <code>"both"</code>.',
];
const mdReturn = ['A <code>Promise</code> that fulfills with <code>undefined</code> once the scroll has come to rest on the snap position.'];
const mdExc = ['Thrown if the element is not inside a scroll container whose <code>scroll-snap-type</code> is something other than <code>none</code>.'];
const mdDesc = [
  'When called, the browser finds the nearest ancestor that is a scroll-snap container and computes the snap position the element ' +
    'defines along the requested axis. If the element has no <code>scroll-snap-align</code> of its own, the container’s nearest snap ' +
    'position to the element is used instead.',
  'The returned promise settles after any smooth scrolling animation has finished, which makes it convenient to chain focus changes ' +
    'or announcements for assistive technology after the scroll.',
  'Calling the method again before the previous scroll has finished cancels the first scroll; its promise still fulfills, but at the ' +
    'position reached when it was interrupted.',
];
const mdEx = [
  'In this example, a row of cards scrolls horizontally and snaps to the start of each card. Clicking a dot below the row brings ' +
    'the matching card into view and then moves focus to it.',
  'Because the promise waits for the smooth scroll to finish, focus moves only once the card is fully in place, and screen readers ' +
    'announce the card the user can actually see.',
];
const mdSeeAlso = [
  '<a href="/en-US/docs/Web/API/Element/scrollIntoView"><code>Element.scrollIntoView()</code></a>',
  '<a href="/en-US/docs/Web/CSS/scroll-snap-type"><code>scroll-snap-type</code></a>',
  '<a href="/en-US/docs/Web/CSS/CSS_scroll_snap">CSS scroll snap</a> module',
];
const mdTop = ['References', 'Guides', 'Plus', 'Curriculum', 'Blog', 'Tools'];
const mdSide = ['Element', 'Constructor', 'Instance properties', 'Instance methods', 'after()', 'animate()', 'scrollBy()', 'scrollIntoView()', 'scrollTo()'];
const mdBaseline = 'This feature is not Baseline because it does not work in some of the most widely-used browsers.';
const mdExperimental = 'Experimental: This is an experimental technology Check the Browser compatibility table carefully before using this in production.';
const mdBrowsers = ['Chrome', 'Edge', 'Firefox', 'Opera', 'Safari', 'Chrome Android', 'Firefox for Android', 'Safari on iOS'];
const mdFootCols = ['About', 'Blog', 'Careers', 'Advertise with us', 'Product help', 'Report an issue', 'MDN Community', 'MDN Forum', 'MDN Chat'];
const mdLegal = ['Website Privacy Notice', 'Cookies', 'Legal', 'Community Participation Guidelines'];
const mdHead = (t: string, level = 2): string =>
  `<h${level} id="${t.toLowerCase().replace(/ /g, '_')}"><a href="#${t.toLowerCase().replace(/ /g, '_')}">${t}</a></h${level}>`;
const mdSec = (t: string, inner: string, level = 2): string => `<section aria-labelledby="${t.toLowerCase().replace(/ /g, '_')}">${mdHead(t, level)}
<div class="section-content">${inner}</div></section>`;
const mdPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mdPre = (c: string, lang: string): string => `<div class="code-example"><div class="example-header"><span class="language-name">${lang}</span></div>
<pre class="brush: ${lang} notranslate"><code>${c}</code></pre></div>`;
const mdHtml = `<!DOCTYPE html>
<html lang="en-US" data-theme="light dark" data-renderer="Doc"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="https://developer.mozilla.org/favicon-48x48.png"><link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml"
title="MDN Web Docs">
<title>Element: scrollSnapIntoView() method - Web APIs | MDN</title>
<link rel="alternate" title="Element: scrollSnapIntoView() method" href="https://developer.mozilla.org/ja/docs/Web/API/Element/scrollSnapIntoView"
hreflang="ja">
<meta name="robots" content="index, follow"><meta name="description"
content="The scrollSnapIntoView() method of the Element interface scrolls the element's nearest
scroll-snap container so that the element comes to rest on one of its snap positions.">
<meta property="og:url" content="https://developer.mozilla.org/en-US/docs/Web/API/Element/scrollSnapIntoView"><meta property="og:title"
content="${mdTitle} - Web APIs | MDN">
<meta property="og:locale" content="en_US"><meta name="twitter:card" content="summary_large_image"><link rel="canonical"
href="https://developer.mozilla.org/en-US/docs/Web/API/Element/scrollSnapIntoView">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${mdTitle}",
"inLanguage":"en-US","dateModified":"2025-09-14"}</script>
<script defer src="/static/js/main.f2a7b1c0.js"></script><link href="/static/css/main.0d3c9a4e.css" rel="stylesheet"></head>
<body><script>if(document.body.addEventListener("load",
(t=>{t.target.classList.contains("interactive")&&t.target.setAttribute("data-readystate","complete")}),{capture:!0}),
window&&document.documentElement){const t={light:"#ffffff",dark:"#1b1b1b"};try{const e=window.localStorage.getItem("theme")}catch(t){}}</script>
<div id="root"><ul id="nav-access" class="a11y-nav"><li><a id="skip-main" href="#content">Skip to main content</a></li><li><a id="skip-search"
href="#top-nav-search-input">Skip to search</a></li></ul><div class="page-wrapper category-api document-page"><div class="top-banner loading">
<section class="place top container"></section></div><div class="sticky-header-container"><header class="top-navigation"><div class="container">
<div class="top-navigation-main"><a href="/en-US/" class="logo" aria-label="MDN homepage"><svg id="mdn-docs-logo" x="0" y="0"
viewBox="0 0 694.9 104.4"></svg></a>
<button title="Open main menu" type="button" class="button action has-icon main-menu-toggle" aria-haspopup="menu" aria-label="Open main menu"
aria-expanded="false"><span class="button-wrap"><span class="icon icon-menu"></span><span class="visually-hidden">Open main menu</span></span></button>
<nav class="main-nav" aria-label="Main menu"><ul class="main-menu nojs">${mdTop
  .map((t) => `<li class="top-level-entry-container"><button type="button" class="top-level-entry menu-toggle" aria-controls="${t}-menu">${t}</button></li>`)
  .join('')}</ul></nav><div class="header-search"><form action="/en-US/search" class="search-form search-widget" role="search">
<label id="top-nav-search-label" for="top-nav-search-input" class="visually-hidden">Search MDN</label><input aria-autocomplete="list"
id="top-nav-search-input" class="search-input-field" name="q" placeholder="   " required type="search"></form></div>
<div class="theme-switcher-menu"><button type="button" class="button action has-icon theme-switcher-menu small"><span class="button-wrap">
<span class="icon icon-theme-os-default"></span>Theme</span></button></div><ul class="auth-container"><li><a href="/users/fxa/login/authenticate/?next=%2F"
class="login-link" rel="nofollow">Log in</a></li><li><a href="/users/fxa/login/authenticate/?next=%2Fen-US%2Fplus" target="_self" rel="nofollow"
class="button primary mdn-plus-subscribe-link"><span class="button-wrap">Sign up for free</span></a></li></ul></div></div></header>
<div class="article-actions-container"><div class="container"><button type="button" class="button action has-icon sidebar-button" aria-label="Expand sidebar"
aria-expanded="false" aria-controls="sidebar-quicklinks"><span class="button-wrap"><span class="icon icon-sidebar"></span></span></button>
<nav class="breadcrumbs-container" aria-label="Breadcrumb"><ol typeof="BreadcrumbList" vocab="https://schema.org/" aria-label="breadcrumbs">
<li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web" class="breadcrumb" property="item" typeof="WebPage"><span
property="name">Web</span></a></li>
<li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web/API" class="breadcrumb" property="item" typeof="WebPage"><span property="name">Web
APIs</span></a></li>
<li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web/API/Element" class="breadcrumb" property="item" typeof="WebPage"><span
property="name">Element</span></a></li>
<li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web/API/Element/scrollSnapIntoView" class="breadcrumb-current-page" property="item"
typeof="WebPage"><span property="name">scrollSnapIntoView()</span></a></li></ol></nav><div class="article-actions"><ul class="article-actions-entries">
<li class="article-actions-entry"><div class="languages-switcher-menu"><button type="button" class="button action small has-icon languages-switcher-menu"
aria-label="Change language"><span class="button-wrap"><span class="icon icon-language"></span>English
(US)</span></button></div></li></ul></div></div></div></div>
<div class="main-wrapper"><div class="sidebar-container"><aside id="sidebar-quicklinks" class="sidebar" data-macro="DefaultAPISidebar"><button type="button"
class="button primary backdrop" aria-label="Collapse sidebar"></button><nav aria-label="Related Topics" class="sidebar-inner"><header class="sidebar-actions">
<section class="sidebar-filter-container"><div class="sidebar-filter"><label id="sidebar-filter-label" class="sidebar-filter-label"
for="sidebar-filter-input">Filter sidebar</label></div></section></header><div class="sidebar-inner-nav"><div class="in-nav-toc"></div>
<div class="sidebar-body"><ol><li class="section"><a href="/en-US/docs/Web/API/Element"><code>Element</code></a></li>
<li class="toggle"><details open><summary>Constructor</summary><ol><li><code>Element()</code></li></ol></details></li>
<li class="toggle"><details><summary>Instance properties</summary><ol><li><code>Element.ariaLabel</code></li></ol></details></li>
<li class="toggle"><details open><summary>Instance methods</summary><ol>${links(mdSide.slice(4))}</ol></details></li></ol></div></div></nav></aside>
<div class="toc-container"><aside class="toc"><nav aria-labelledby="on-this-page-toc"><h2 id="on-this-page-toc" class="document-toc-heading">In this
article</h2>
<ul class="document-toc-list">${[mdH[0], mdH[4], mdH[5], mdH[7], ...mdH2]
  .map((t) => `<li class="document-toc-item"><a class="document-toc-link" href="#${t.toLowerCase().replace(/ /g, '_')}">${t}</a></li>`)
  .join('')}</ul></nav></aside><div class="side"><section class="place side"><p class="pong-box"><a class="pong" href="/pong/click?code=Q1k3">
<img src="https://developer.mozilla.org/pimg/aHR0cHM6" alt="Ad for Lattice Hosting" height="100" width="130"><span>Deploy your front end to 300 edge
locations in one command. Try Lattice free for 30 days.</span></a><a href="/en-US/advertising" class="pong-note">Mozilla ads</a></p>
<a class="no-pong" href="/en-US/plus?ref=nope">Don't want to see ads?</a></section></div></div>
<main id="content" class="main-content"><article class="main-page-content" lang="en-US"><header><h1>${mdTitle}</h1>
<details class="baseline-indicator limited"><summary><span class="indicator" role="img" aria-label="Baseline Cross"></span><div class="status-title">
Limited availability</div></summary><div class="extra"><p>${mdBaseline}</p><ul><li><a href="/en-US/docs/Glossary/Baseline/Compatibility">Learn more</a></li>
<li><a href="#browser_compatibility">See full compatibility</a></li><li><a href="https://survey.alchemer.com/s3/7634825/MDN-baseline-feedback">Report
feedback</a></li></ul></div></details></header>
<div class="section-content"><div class="notecard experimental"><p><strong>Experimental:</strong> <strong>This is an
<a href="/en-US/docs/MDN/Writing_guidelines/Experimental_deprecated_obsolete#experimental">experimental technology</a></strong><br>
Check the
<a href="#browser_compatibility">Browser compatibility table</a> carefully before using this in production.</p></div>
${mdPs(mdIntro)}</div>
${mdSec(mdH[0], mdPre('scrollSnapIntoView()\nscrollSnapIntoView(options)', 'js'))}
${mdSec(
  mdH[1],
  `<dl><dt id="options"><code>options</code> <span class="badge inline optional">Optional</span></dt><dd><p>${mdParams[0]}</p><dl>
<dt id="behavior"><code>behavior</code></dt><dd><p>${mdParams[1]}</p></dd><dt id="axis"><code>axis</code></dt><dd><p>${mdParams[2]}</p></dd></dl></dd></dl>`,
  3,
)}
${mdSec(mdH[2], mdPs(mdReturn), 3)}
${mdSec(mdH[3], `<dl><dt id="notsupportederror"><code>NotSupportedError</code> <code>DOMException</code></dt><dd><p>${mdExc[0]}</p></dd></dl>`, 3)}
${mdSec(mdH[4], mdPs(mdDesc))}
${mdSec(mdH[5], '')}
${mdSec(
  mdH[6],
  `${mdPs(mdEx.slice(0, 1))}${mdPre(
    'dot.addEventListener("click", async () =&gt; {\n  await card.scrollSnapIntoView({ behavior: "smooth", axis: "inline" });\n' +
      '  card.focus({ preventScroll: true });\n});',
    'js',
  )}${mdPs(mdEx.slice(1))}`,
  3,
)}
${mdSec(
  mdH[7],
  `<table class="standard-table"><thead><tr><th scope="col">Specification</th></tr></thead><tbody><tr><td><a
href="https://drafts.csswg.example/css-scroll-snap-2/#dom-element-scrollsnapintoview">CSS Scroll Snap Module Level 2<br><small>#
dom-element-scrollsnapintoview</small></a></td>
</tr></tbody></table>`,
)}
${mdSec(
  mdH2[0],
  `<div class="bc-table-wrapper"><table class="bc-table bc-table-web"><thead><tr class="bc-platforms"><td></td><th class="bc-platform-desktop" colspan="5">
<span>desktop</span></th><th class="bc-platform-mobile" colspan="3"><span>mobile</span></th></tr><tr class="bc-browsers"><td></td>
${mdBrowsers.map((b) => `<th class="bc-browser"><div class="bc-head-txt-label">${b}</div></th>`).join('')}</tr></thead><tbody><tr><th class="bc-feature"><code>
scrollSnapIntoView</code><div class="bc-icons"><abbr class="only-icon" title="Experimental. Expect behavior to change in the future."><span>Experimental</span>
</abbr></div></th>${mdBrowsers
    .map(
      (_, i) => `<td class="bc-support bc-supports-${i < 2 ? 'yes' : 'no'}"><span
class="bc-version-label">${i < 2 ? '138' : 'No'}</span></td>`,
    )
    .join('')}
</tr></tbody></table></div><section class="bc-legend"><h3 class="visually-hidden" id="Legend">Legend</h3><p class="bc-legend-tip">Tip: you can click/tap on a
cell
for more information.</p><dl class="bc-legend-items-container"><dt class="bc-legend-item-dt"><span class="bc-supports-yes bc-supports"></span></dt>
<dd class="bc-legend-item-dd">Full support</dd><dt class="bc-legend-item-dt"></dt><dd class="bc-legend-item-dd">No support</dd><dt></dt>
<dd class="bc-legend-item-dd">Experimental. Expect behavior to change in the future.</dd></dl></section>`,
)}
${mdSec(mdH2[1], `<ul>${mdSeeAlso.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
</article><aside class="article-footer"><div class="article-footer-inner"><div class="svg-container"></div><h2>Help improve MDN</h2>
<fieldset class="feedback"><label>Was this page helpful to you?</label><div class="button-container"><button type="button" class="button primary has-icon yes">
<span class="button-wrap">Yes</span></button><button type="button" class="button primary has-icon no"><span
class="button-wrap">No</span></button></div></fieldset>
<a class="contribute" href="https://github.com/mdn/content/blob/main/CONTRIBUTING.md" title="This will take you to our contribution guidelines on GitHub."
target="_blank" rel="noopener noreferrer">Learn how to contribute</a><p class="last-modified-date">This page was last modified on
<time datetime="2025-09-14T03:08:51.000Z">Sep 14, 2025</time> by <a href="/en-US/docs/Web/API/Element/scrollSnapIntoView/contributors.txt" rel="nofollow">MDN
contributors</a>.</p><div id="on-github" class="on-github"><a
href="https://github.com/mdn/content/blob/main/files/en-us/web/api/element/scrollsnapintoview/index.md"
title="Folder: en-us/web/api/element/scrollsnapintoview (Opens in a new tab)" target="_blank" rel="noopener noreferrer">View this page on GitHub</a> •
<a href="https://github.com/mdn/content/issues/new" target="_blank" rel="noopener noreferrer">Report a problem with this content</a></div></div></aside></main>
</div></div><footer id="nav-footer" class="page-footer"><div class="page-footer-grid"><div class="page-footer-logo-col"><a href="/" class="mdn-footer-logo"
aria-label="MDN homepage"></a><p>Your blueprint for a better internet.</p><ul class="social-icons"><li><a class="icon icon-mastodon"
href="https://mozilla.social/@mdn"
target="_blank" rel="me noopener noreferrer"><span class="visually-hidden">MDN on Mastodon</span></a></li></ul></div><div class="page-footer-nav-col-1">
<h2 class="footer-nav-heading">MDN</h2><ul class="footer-nav-list">${links(mdFootCols.slice(0, 4), 'footer-nav-item')}</ul></div>
<div class="page-footer-nav-col-2"><h2 class="footer-nav-heading">Support</h2><ul
class="footer-nav-list">${links(mdFootCols.slice(4, 6), 'footer-nav-item')}</ul></div>
<div class="page-footer-nav-col-3"><h2 class="footer-nav-heading">Our communities</h2><ul
class="footer-nav-list">${links(mdFootCols.slice(6), 'footer-nav-item')}</ul></div>
<div class="page-footer-moz"><a href="https://www.mozilla.org/" class="footer-moz-logo-link" target="_blank" rel="noopener noreferrer"></a>
<ul class="footer-moz-list">${links(mdLegal, 'footer-moz-item')}</ul></div><div class="page-footer-legal"><p id="license" class="page-footer-legal-text">Visit
<a href="https://www.mozilla.org" target="_blank" rel="noopener noreferrer">Mozilla Corporation’s</a> not-for-profit parent, the
<a target="_blank" rel="noopener noreferrer" href="https://foundation.mozilla.org/">Mozilla Foundation</a>.</p></div></div></footer></div></div></body></html>`;
const mdn: TestPage = {
  html: mdHtml,
  name: 'heldout102-mdn-api-reference-docs',
  kind: 'docs',
  // the Baseline box and the experimental notecard (template banners), the parameter and exception names (dt), the
  // "Optional" badge, the specification and compatibility tables, the TOC and the ad are furniture or neither; the
  // "Examples" heading has no text of its own but is kept as a heading; "last modified" is a byline
  title: mdTitle,
  headings: [...mdH, ...mdH2],
  body: texts([...mdIntro, ...mdParams, ...mdReturn, ...mdExc, ...mdDesc, ...mdEx, ...mdSeeAlso]),
  bylines: ['This page was last modified on Sep 14, 2025 by MDN contributors.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to search', 'Open main menu', ...mdTop, 'Search MDN', 'Theme', 'Log in', 'Sign up for free', 'Web', 'Web APIs',
    'English (US)', 'Filter sidebar', 'Constructor', 'Instance properties', 'Instance methods', 'after()', 'animate()', 'scrollBy()', 'scrollTo()',
    'In this article', 'Deploy your front end to 300 edge locations in one command. Try Lattice free for 30 days.', 'Mozilla ads',
    "Don't want to see ads?", 'Limited availability', mdBaseline, 'Learn more', 'See full compatibility', 'Report feedback', mdExperimental, 'Optional',
    'Specification', 'CSS Scroll Snap Module Level 2', 'desktop', 'mobile', ...mdBrowsers, 'Tip: you can click/tap on a cell for more information.',
    'Full support', 'No support', 'Experimental. Expect behavior to change in the future.', 'Help improve MDN', 'Was this page helpful to you?', 'Yes', 'No',
    'Learn how to contribute', 'View this page on GitHub', 'Report a problem with this content', 'Your blueprint for a better internet.', 'MDN on Mastodon',
    'MDN', ...mdFootCols, 'Support', 'Our communities', ...mdLegal, 'Visit Mozilla Corporation’s not-for-profit parent, the Mozilla Foundation.',
  ],
};

export const HELDOUT102_B: readonly TestPage[] = [mdn, rtdPage];
