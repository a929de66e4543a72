import { links, ps, type TestPage, texts } from './page-kit.js';
import { faBlog } from './pages-heldout421-f2.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file f: a climbing area access notice on an advocacy nonprofit's WordPress site (GeneratePress theme:
 * top bar, header with donate button, breadcrumbs, entry meta, a short notice with a closure table whose cells are in neither
 * list, the category and tag links, the "Join the coalition" box, the related notices, the sidebar widgets and the footer):
 * a page whose main text is short.
 */
const anTitle = 'Access alert: seasonal raptor closure at Kestrel Buttress begins February 1';
const anBody = [
  j(
    'Each year a pair of prairie falcons nests on the upper cliffs of Kestrel Buttress, and each year the land manager asks',
    'climbers to stay off the affected routes while the birds raise their young. The 2026 closure begins on February 1 and',
    'will be lifted as soon as the biologists confirm that the chicks have fledged, usually in mid-July.',
  ),
  'During the closure, please:',
];
const anList = [
  'Do not climb any route on the Upper Tier or the Pillar, including the approach scramble.',
  'Stay on the designated trail below the Lower Tier; no off-trail travel north of the old fence line.',
  'Report any climbing activity inside the closure to the ranger station.',
];
const anEnd = [
  j(
    'The Lower Tier and the Sunset Slabs remain open. The closure has been in place in some form since 2004 and the falcons have',
    "successfully fledged young in 17 of those years. Climbers' cooperation is the main reason the land manager has kept the",
    'closure limited to the nesting area rather than closing the whole crag.',
  ),
];
const anNav = ['Our Work', 'Access Alerts', 'Stewardship', 'Events', 'About'];
const anRelated = ['Parking changes at Redgate Canyon', 'Trail work day recap: Sunset Slabs', 'Fixed anchor replacement policy, explained'];
const anWidgets = ['Recent Alerts', 'Alert map', 'Volunteer calendar'];
const anFoot = ['Privacy Policy', 'Financials', 'Contact Us', 'Press'];
const anHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${anTitle} - High Desert Climbers Coalition</title><link rel="stylesheet" id="generate-style-css"
href="https://hdcc.example/wp-content/themes/generatepress/assets/css/main.min.css"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-01-20T16:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Access alert",
"author":{"name":"Rosa Delacroix-Ng"}},{"@type":"BreadcrumbList","itemListElement":[]}]}</script></head>
<body class="post-template-default single single-post right-sidebar nav-float-right one-container"><a class="screen-reader-text skip-link"
href="#content">Skip to content</a><div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container">
<aside class="widget inner-padding widget_text"><div class="textwidget"><p>Climb responsibly. Know before you go.</p></div></aside></div></div>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title">
<a href="/" rel="home">High Desert Climbers Coalition</a></p></div><nav id="site-navigation" class="main-navigation"><div class="inside-navigation">
<ul id="menu-primary" class="menu sf-menu">${links(anNav, 'menu-item')}<li class="menu-item donate-btn"><a href="/donate">Donate</a></li></ul></div>
</nav></div></header><div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main"><nav aria-label="Breadcrumbs" class="rank-math-breadcrumb"><p><a href="/">Home</a>
<span class="separator"> » </span><a href="/access-alerts">Access Alerts</a></p></nav>
<article id="post-3318" class="post-3318 post type-post status-publish category-access-alerts"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${anTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2026-01-20T16:00:00+00:00">January 20, 2026</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/rosa">Rosa Delacroix-Ng</a></span></span></div></header>
<div class="entry-content" itemprop="text">${ps(anBody)}<ul>${anList.map((l) => `<li>${l}</li>`).join('')}</ul>
<figure class="wp-block-table"><table><thead><tr><th>Area</th><th>Status</th></tr></thead><tbody><tr><td>Upper Tier</td><td>Closed Feb 1 to fledging</td></tr>
<tr><td>Pillar</td><td>Closed Feb 1 to fledging</td></tr><tr><td>Lower Tier</td><td>Open</td></tr></tbody></table></figure>
${ps(anEnd)}</div>
<footer class="entry-meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/access-alerts" rel="category tag">Alerts
and closures</a></span> <span class="tags-links">
<a href="/tag/raptors" rel="tag">raptors</a>, <a href="/tag/kestrel-buttress" rel="tag">kestrel-buttress</a></span>
</footer></div></article>
<div class="join-box"><h3>Join the coalition</h3><p>Members fund the trail work, anchor replacement and negotiations that keep crags open.</p>
<a href="/join" class="button">Become a member</a></div>
<div class="related-posts"><h3>More access alerts</h3><ul>${links(anRelated)}</ul></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside class="widget widget_nav_menu">
<h2 class="widget-title">On this site</h2><ul class="menu">${links(anWidgets)}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><ul class="footer-menu">${links(anFoot)}</ul>
<div class="copyright-bar">© 2026 High Desert Climbers Coalition, a 501(c)(3) nonprofit</div></div></footer></div>
<script id="generate-menu-js" src="https://hdcc.example/wp-content/themes/generatepress/assets/js/menu.min.js"></script></body></html>`;
const accessNotice: TestPage = {
  name: 'heldout421-generatepress-access-notice-news',
  kind: 'news',
  html: anHtml,
  title: anTitle,
  headings: [],
  body: texts([...anBody, ...anList, ...anEnd]),
  bylines: ['January 20, 2026', 'Rosa Delacroix-Ng'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Climb responsibly. Know before you go.', 'High Desert Climbers Coalition', ...anNav, 'Donate', 'Home', 'Alerts and closures',
    'raptors', 'kestrel-buttress', 'Join the coalition', 'Members fund the trail work, anchor replacement and negotiations that keep crags open.',
    'Become a member', 'More access alerts', ...anRelated, 'On this site', ...anWidgets, ...anFoot,
    '© 2026 High Desert Climbers Coalition, a 501(c)(3) nonprofit',
  ],
};

export const HELDOUT421_F: readonly TestPage[] = [accessNotice, faBlog];
