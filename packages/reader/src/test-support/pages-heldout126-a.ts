import type { TestPage } from './page-kit.js';
import { mdnArt, mdnLegend, mdnTitle } from './pages-heldout126-a3.js';
import { pythonPage } from './pages-heldout126-a2.js';

/**
 * Held-out batch 126, file a: an MDN Web Docs API reference page for a method (the yari template as saved: skip links, the
 * top navigation with its mega-menus, the article actions bar with breadcrumbs and language switcher, the filterable API
 * sidebar, "In this article" table of contents, the side ad placement, the Baseline "Limited availability" widget and the
 * secure-context and experimental notecards at the top of the article, the rendered compatibility table with its legend, the
 * "Help improve MDN" box with the last-modified line, and the Mozilla footer) and, from file a2, a Python standard library
 * module page.
 */
const menus: [string, [string, string][]][] = [
  [
    'References',
    [
      ['Overview / Web Technology', 'Web technology reference for developers'],
      ['HTML', 'Structure of content on the web'],
      ['CSS', 'Code used to describe document style'],
      ['JavaScript', 'General-purpose scripting language'],
      ['HTTP', 'Protocol for transmitting web resources'],
      ['Web APIs', 'Interfaces for building web applications'],
      ['Web Extensions', 'Developing extensions for web browsers'],
    ],
  ],
  [
    'Learn',
    [
      ['Overview / MDN Learning Area', 'Learn web development'],
      ['Accessibility', 'Learn to make the web accessible to all'],
    ],
  ],
  [
    'Plus',
    [
      ['Overview', 'A customized MDN experience'],
      ['AI Help', 'Get real-time assistance and support'],
      ['Updates', 'All browser compatibility updates at a glance'],
    ],
  ],
  [
    'Tools',
    [
      ['Playground', 'Write, test and share your code'],
      ['HTTP Observatory', 'Scan a website for free'],
    ],
  ],
];
const menuText = menus.flatMap(([t, items]) => [t, ...items.flat()]);
const topLinks = ['Curriculum', 'Blog'];
const crumbs = ['Web APIs', 'Clipboard', 'readFormats()'];
const langs = ['English (US)', 'Remember language', 'Deutsch', 'Français', '日本語', '中文 (简体)'];
const sidebar: [string, string[]][] = [
  ['Interfaces', ['Clipboard', 'ClipboardEvent', 'ClipboardItem']],
  ['Instance methods', ['read()', 'readText()', 'write()', 'writeText()']],
  ['Properties', ['Navigator.clipboard']],
  ['Events', ['copy', 'cut', 'paste']],
];
const ad = ['Ship faster with Lintwell: catch broken builds before anyone reviews them.', 'Mozilla ads', 'Don\u2019t want to see ads?'];
const baseline = [
  'Limited availability',
  'This feature is not Baseline because it does not work in some of the most widely-used browsers.',
  'Learn more',
  'See full compatibility',
  'Report feedback',
];
const notes = [
  'Secure context: This feature is available only in secure contexts (HTTPS), in some or all supporting browsers.',
  'Experimental: This is an experimental technology',
  'Check the Browser compatibility table carefully before using this in production.',
];
const help = ['Help improve MDN', 'Was this page helpful to you?', 'Yes', 'No', 'Learn how to contribute'];
const modified = 'This page was last modified on Mar 14, 2025 by MDN contributors.';
const github = ['View this page on GitHub', 'Report a problem with this content'];
const social = ['MDN on Mastodon', 'MDN on X (formerly Twitter)', 'MDN on Bluesky', 'MDN on GitHub', 'MDN Blog RSS Feed'];
const footCols: [string, string[]][] = [
  ['MDN', ['About', 'Careers', 'Advertise with us']],
  ['Support', ['Product help', 'Report an issue']],
  ['Our communities', ['MDN Community', 'MDN Forum', 'MDN Chat']],
  ['Developers', ['Web Technologies', 'Learn Web Development', 'MDN Plus', 'Hacks Blog']],
];
const moz = ['Website Privacy Notice', 'Cookies', 'Legal', 'Community Participation Guidelines'];
const legal = [
  'Visit Mozilla Corporation\u2019s not-for-profit parent, the Mozilla Foundation.',
  'Portions of this content are ©1998–2025 by individual mozilla.org contributors. Content available under a Creative Commons license.',
];
const btn = (t: string, cls: string): string =>
  `<button type="button" class="button action has-icon ${cls}"><span class="button-wrap"><span class="icon icon-${cls} "></span>${t}</span></button>`;
const sub = ([h, d]: [string, string]): string => `<li><a href="/en-US/docs/${h.replace(/\W+/g, '_')}" class="submenu-item "><div class="submenu-icon"></div>
<div class="submenu-content-container"><div class="submenu-item-heading">${h}</div><p class="submenu-item-description">${d}</p></div></a></li>`;
const html = `<!DOCTYPE html>
<html lang="en-US" data-renderer="Doc" data-theme="light dark"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="https://developer.mozilla.org/favicon-48x48.bc390275e955dacb2e65.png"><link rel="apple-touch-icon" href="/apple-touch-icon.6803c6f0.png">
<meta name="theme-color" content="#ffffff"><link rel="manifest" href="/manifest.f42880861b394dd4dc9b.json">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="MDN Web Docs">
<title>${mdnTitle} - Web APIs | MDN</title><link rel="alternate" title="Clipboard: readFormats()"
href="https://developer.mozilla.org/ja/docs/Web/API/Clipboard/readFormats" hreflang="ja">
<link rel="alternate" title="${mdnTitle}" href="https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/readFormats" hreflang="en">
<meta name="robots" content="index, follow"><meta name="description" content="The readFormats() method of the Clipboard interface returns a Promise
that resolves
with the list of data formats currently held on the system clipboard, without reading the data itself.">
<meta property="og:url" content="https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/readFormats"><meta property="og:title"
content="${mdnTitle} - Web APIs | MDN">
<meta property="og:type" content="website"><meta property="og:locale" content="en_US"><meta property="og:image"
content="https://developer.mozilla.org/mdn-social-share.cd6c4a5a.png">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/readFormats">
<style media="print">.article-actions-container,.document-toc-container,.language-menu,.main-menu-toggle,.on-github,.place,.sidebar,
.top-banner{display:none!important}</style>
<script src="/static/js/gtag.js" defer></script><script defer src="/static/js/main.9a7c41f2.js"></script><link href="/static/css/main.c1b2f3a0.css"
rel="stylesheet">
</head><body><script>if(document.body.addEventListener("load",(t=>
{t.target.classList.contains("interactive")&&t.target.setAttribute("data-readystate","complete")}),
{capture:!0}),window&&document.documentElement){const t={light:"#ffffff",dark:"#1b1b1b"};try{const e=window.localStorage.getItem("theme");}catch(t){}}</script>
<div id="root"><ul id="nav-access" class="a11y-nav"><li><a id="skip-main" href="#content">Skip to main content</a></li>
<li><a id="skip-search" href="#top-nav-search-input">Skip to search</a></li></ul>
<div class="page-wrapper category-api document-page"><div class="top-banner loading"><section class="place top container"></section></div>
<div class="sticky-header-container"><header class="top-navigation"><div class="container "><div class="top-navigation-wrap">
<a href="/en-US/" class="logo" aria-label="MDN homepage"><svg id="mdn-docs-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 694.9 104.4"
role="img"><title>MDN Web Docs</title><path d="M40.3 0 11.7 92.1H0L28.5 0h11.8z"></path></svg></a>
<button title="Open main menu" type="button" class="button action has-icon main-menu-toggle" aria-haspopup="menu" aria-label="Open main menu"
aria-expanded="false"><span class="button-wrap"><span class="icon icon-menu "></span><span class="visually-hidden">Open main menu</span></span></button></div>
<div class="top-navigation-main"><nav class="main-nav" aria-label="Main menu"><ul class="main-menu nojs">
${menus
  .map(
    ([t, items]) => `<li class="top-level-entry-container ${t === 'References' ? 'active' : ''}"><button type="button" id="${t.toLowerCase()}-button"
class="top-level-entry menu-toggle" aria-controls="${t.toLowerCase()}-menu" aria-expanded="false">${t}</button>
<ul id="${t.toLowerCase()}-menu" class="submenu ${t.toLowerCase()} hidden inline-submenu-lg" aria-labelledby="${t.toLowerCase()}-button">
${items.map(sub).join('\n')}</ul></li>`,
  )
  .join('\n')}
${topLinks.map((t) => `<li class="top-level-entry-container "><a class="top-level-entry menu-link" href="/en-US/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}
</ul></nav><div class="header-search"><form action="/en-US/search" class="search-form search-widget" id="top-nav-search-form" role="search">
<label id="top-nav-search-label" for="top-nav-search-input" class="visually-hidden">Search MDN</label><input id="top-nav-search-input" aria-activedescendant=""
aria-autocomplete="list" aria-controls="top-nav-search-menu" aria-expanded="false" aria-labelledby="top-nav-search-label" autocomplete="off" type="search"
class="search-input-field" name="q" placeholder="   " required value=""><button type="submit" class="button action has-icon search-button">
<span class="button-wrap"><span class="icon icon-search "></span><span class="visually-hidden">Search</span></span></button></form></div>
<div class="theme-switcher-menu">${btn('Theme', 'theme-os-default')}</div>
<ul class="auth-container"><li><a href="/users/fxa/login/authenticate/?next=%2Fen-US%2Fdocs%2FWeb%2FAPI%2FClipboard%2FreadFormats" class="login-link"
rel="nofollow">Log in</a></li><li><a href="/users/fxa/login/authenticate/?next=%2Fen-US%2Fplus" target="_self" rel="nofollow"
class="button primary mdn-plus-subscribe-link"><span class="button-wrap">Sign up for free</span></a></li></ul></div></div></header>
<div class="article-actions-container"><div class="container"><button type="button" class="button action has-icon sidebar-button"
aria-label="Expand sidebar" aria-expanded="false" aria-controls="sidebar-quicklinks"><span class="button-wrap"><span class="icon icon-sidebar "></span>
</span></button><nav class="breadcrumbs-container" aria-label="Breadcrumb"><ol typeof="BreadcrumbList" vocab="https://schema.org/" aria-label="breadcrumbs">
<li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web" class="breadcrumb" property="item" typeof="WebPage"><span
property="name">References</span>
</a><meta property="position" content="1"></li>
${crumbs
  .map(
    (t, i) => `<li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web/API/${i}" class="breadcrumb${i === 2 ? '-current-page' : ''}"
property="item" typeof="WebPage"><span property="name">${t}</span></a><meta property="position" content="${i + 2}"></li>`,
  )
  .join('\n')}</ol></nav><div class="article-actions"><button type="button" class="button action has-icon article-actions-toggle"
aria-label="Article actions"><span class="button-wrap"><span class="icon icon-ellipses "></span><span class="article-actions-dialog-heading">Article Actions
</span></span></button><ul class="article-actions-entries"><li class="article-actions-entry"><div class="languages-switcher-menu open-on-focus-within">
${btn(langs[0] ?? '', 'language')}<div class="hidden"><ul class="submenu language-menu inline-submenu-lg" aria-labelledby="language-menu-button">
${langs
  .slice(1)
  .map((t) => `<li class="submenu-item-container"><a href="#" class="button submenu-item"><span>${t}</span></a></li>`)
  .join('\n')}</ul></div></div></li></ul></div></div></div></div>
<div class="main-wrapper"><div class="sidebar-container"><aside id="sidebar-quicklinks" class="sidebar" data-macro="DefaultAPISidebar">
<button type="button" class="button primary has-icon backdrop" aria-label="Collapse sidebar"><span class="button-wrap"><span class="icon icon-cancel "></span>
<span class="visually-hidden">Collapse sidebar</span></span></button><nav aria-label="Related Topics" class="sidebar-inner"><header class="sidebar-actions">
<section class="sidebar-filter-container"><div class="sidebar-filter "><label id="sidebar-filter-label" class="sidebar-filter-label" for="sidebar-filter-input">
<span class="icon icon-filter"></span><span class="visually-hidden">Filter sidebar</span></label><input id="sidebar-filter-input" autocomplete="off"
class="sidebar-filter-input-field false" type="text" placeholder="Filter" value=""></div></section></header><div class="sidebar-body">
<ol><li class="section"><a href="/en-US/docs/Web/API/Clipboard_API">Clipboard API</a></li>
${sidebar
  .map(
    ([s, items]) => `<li class="toggle"><details open=""><summary>${s}</summary><ol>
${items.map((t) => `<li><a href="/en-US/docs/Web/API/${t.replace(/\W+/g, '')}"><code>${t}</code></a></li>`).join('\n')}</ol></details></li>`,
  )
  .join('\n')}</ol></div></nav></aside>
<div class="toc-container"><aside class="toc"><nav><div class="document-toc-container"><section class="document-toc"><header>
<h2 class="document-toc-heading">In this article</h2></header><ul class="document-toc-list">
${mdnArt.headings.map((t) => `<li class="document-toc-item "><a class="document-toc-link" href="#${t}">${t}</a></li>`).join('\n')}</ul></section>
</div></nav></aside>
<div class="side"><section class="place side"><div class="pong-box"><a class="pong" data-glean="pong: pong-&gt;click side" href="/pong/click?code=CKY"
target="_blank"
rel="sponsored noopener"><img src="/pimg/aHR0cHM6Ly9zcnY" aria-hidden="true" alt="" width="130" height="100"><span>${ad[0]}</span></a>
<a href="/en-US/advertising" class="pong-note" target="_blank" rel="noopener">${ad[1]}</a></div><a class="no-pong" href="/en-US/plus?ref=nope">${ad[2]}</a>
</section></div></div></div>
<main id="content" class="main-content" role="main"><article class="main-page-content" lang="en-US"><header><h1>${mdnTitle}</h1>
<details class="baseline-indicator limited"><summary><span class="indicator" role="img" aria-label="Baseline Cross"></span>
<div class="status-title">${baseline[0]}</div><div class="browsers"><span class="engine" title="Supported in Chrome and Edge"><span class="browser
chrome supported"
role="img" aria-label="Chrome check"></span><span class="browser edge supported" role="img" aria-label="Edge check"></span></span>
<span class="engine" title="Not supported in Firefox"><span class="browser firefox" role="img" aria-label="Firefox cross"></span></span>
<span class="engine" title="Not supported in Safari"><span class="browser safari" role="img" aria-label="Safari cross"></span></span></div>
<span class="icon icon-chevron "></span></summary><div class="extra"><p>${baseline[1]}</p><ul><li><a href="/en-US/docs/Glossary/Baseline/Compatibility"
data-glean="baseline_link_learn_more" target="_blank" class="learn-more">${baseline[2]}</a></li><li><a href="#browser_compatibility">${baseline[3]}</a></li>
<li><a href="https://survey.alchemer.example/s3/7634825/MDN-baseline-feedback?page=readFormats" target="_blank" rel="noreferrer">${baseline[4]}</a></li>
</ul></div></details></header>
<div class="section-content"><div class="notecard secure" id="sect1"><p><strong>Secure context:</strong> This feature is available only in
<a href="/en-US/docs/Web/Security/Secure_Contexts">secure contexts</a> (HTTPS), in some or all <a href="#browser_compatibility">supporting
browsers</a>.</p></div>
<div class="notecard experimental" id="sect2"><p><strong>Experimental:</strong> <strong>This is an
<a href="/en-US/docs/MDN/Writing_guidelines/Experimental_deprecated_obsolete#experimental">experimental technology</a></strong><br>
Check the <a href="#browser_compatibility">Browser compatibility table</a> carefully before using this in production.</p></div>
${mdnArt.html}
</article><aside class="article-footer"><div class="article-footer-inner"><div class="svg-container"></div><h2>${help[0]}</h2>
<fieldset class="feedback"><label>${help[1]}</label><div class="button-container"><button type="button" class="button primary has-icon yes">
<span class="button-wrap"><span class="icon icon-thumbs-up "></span>${help[2]}</span></button><button type="button" class="button primary has-icon no">
<span class="button-wrap"><span class="icon icon-thumbs-down "></span>${help[3]}</span></button></div></fieldset>
<a class="contribute" href="https://github.com/mdn/content/blob/main/CONTRIBUTING.md" title="This will take you to our contribution guidelines on GitHub."
target="_blank" rel="noopener noreferrer">${help[4]}</a>.<p class="last-modified-date">This page was last modified on <time
dateTime="2025-03-14T08:22:13.000Z">Mar 14,
2025</time> by <a href="/en-US/docs/Web/API/Clipboard/readFormats/contributors.txt" rel="nofollow">MDN contributors</a>.</p><div id="on-github"
class="on-github">
<a href="https://github.com/mdn/content/blob/main/files/en-us/web/api/clipboard/readformats/index.md?plain=1" title="Folder: en-us/web/api/clipboard/readformats
(Opens in a new tab)" target="_blank" rel="noopener noreferrer">${github[0]}</a> • <a
href="https://github.com/mdn/content/issues/new?template=page-report.yml"
title="This will take you to GitHub to file a new issue." target="_blank" rel="noopener noreferrer">${github[1]}</a></div></div></aside></main></div></div>
<footer id="nav-footer" class="page-footer"><div class="page-footer-grid"><div class="page-footer-logo-col"><a href="/" class="mdn-footer-logo"
aria-label="MDN homepage"><svg width="48" height="17" fill="none" xmlns="http://www.w3.org/2000/svg"><title id="mdn-footer-logo-svg">MDN logo</title></svg></a>
<p>Your blueprint for a better internet.</p><ul class="social-icons">
${social
  .map(
    (t) => `<li><a class="icon icon-${t.split(' ')[2]?.toLowerCase()}" href="https://${t.split(' ')[2]?.toLowerCase()}.example/mdn" target="_blank"
rel="noopener noreferrer"><span class="visually-hidden">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${footCols
  .map(
    ([h, items], i) => `<div class="page-footer-nav-col-${i + 1}"><h2 class="footer-nav-heading">${h}</h2><ul class="footer-nav-list">
${items.map((t) => `<li class="footer-nav-item"><a href="/en-US/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ul></div>`,
  )
  .join('\n')}
<div class="page-footer-moz"><a href="https://www.mozilla.org/" class="footer-moz-logo-link" target="_blank" rel="noopener noreferrer"><svg
width="112" height="32"
fill="none"><title id="mozilla-footer-logo-svg">Mozilla logo</title></svg></a><ul class="footer-moz-list">
${moz
  .map(
    (t) => `<li class="footer-moz-item"><a href="https://www.mozilla.org/${t.toLowerCase().replace(/ /g, '-')}/" class="footer-moz-link" target="_blank"
rel="noopener noreferrer">${t}</a></li>`,
  )
  .join('\n')}</ul></div><div class="page-footer-legal"><p id="license" class="page-footer-legal-text">Visit
<a href="https://www.mozilla.org" target="_blank" rel="noopener noreferrer">Mozilla Corporation’s</a> not-for-profit parent, the
<a target="_blank" rel="noopener noreferrer" href="https://foundation.mozilla.org/">Mozilla Foundation</a>.<br>
Portions of this content are ©1998–2025 by individual mozilla.org contributors. Content available under
<a href="/en-US/docs/MDN/Writing_guidelines/Attrib_copyright_license">a Creative Commons license</a>.</p></div></div></footer></div>
<script type="application/json" id="hydration">{"doc":{"isMarkdown":true,"isTranslated":false,"locale":"en-US",
"mdn_url":"/en-US/docs/Web/API/Clipboard/readFormats",
"modified":"2025-03-14T08:22:13.000Z","native":"English (US)","pageTitle":"${mdnTitle} - Web APIs | MDN","title":"${mdnTitle}",
"summary":"The readFormats() method of the Clipboard interface returns a Promise that resolves with the list of data formats on the clipboard.",
"baseline":{"baseline":false,"support":{"chrome":"131","edge":"131"}},"pageType":"web-api-instance-method"},
"url":"/en-US/docs/Web/API/Clipboard/readFormats"}</script>
</body></html>`;
const mdnPage: TestPage = {
  name: 'heldout126-mdn-docs',
  kind: 'docs',
  html,
  // the Baseline widget, the secure-context and experimental notecards, the compatibility table (its cells, legend and links)
  // and the "Help improve MDN" box are furniture; parameter and exception terms (dt) are body with their descriptions;
  // the specification table's data cell is body; the table of contents repeats the headings and is left out
  title: mdnTitle,
  headings: mdnArt.headings,
  body: mdnArt.body,
  bylines: [modified],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Skip to main content', 'Skip to search', 'Open main menu', ...menuText, ...topLinks, 'Search MDN', 'Theme', 'Log in', 'Sign up for free', ...crumbs,
    'Article Actions', ...langs, 'Collapse sidebar', 'Filter sidebar', 'Clipboard API', ...sidebar.flat(2), 'In this article', ...ad, ...baseline, ...notes,
    'Report problems with this compatibility data', 'View data on GitHub', 'Legend', 'Tip: you can click/tap on a cell for more information.', ...mdnLegend,
    ...help, ...github, 'Your blueprint for a better internet.', ...social, ...footCols.flat(2), ...moz, ...legal,
    ]),
  ],
};
export const HELDOUT126_A: readonly TestPage[] = [mdnPage, pythonPage];
