import { links, ps, type TestPage, texts } from './page-kit.js';
import { haCommunity } from './pages-heldout321-e2.js';
import { j, lis } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file e: a mechanical keyboard build guide on Docusaurus (navbar, announcement bar, docs sidebar, breadcrumbs,
 * admonitions, "Edit this page" and "Last updated" lines, previous / next pagination, the table of contents column, footer) and,
 * from file e2, a Home Assistant Community (Discourse) guide topic.
 */
const kTitle = 'Soldering the Switches and Finishing the Build';
const kIntro = [
  j(
    'By now your PCB should be flashed and tested with tweezers, the stabilisers should be lubed and clipped in, and the plate should',
    'be sitting on the board. This page covers the last, most satisfying part of the Kestrel 65 build: the switches.',
  ),
];
const kSwitch = [
  'Insert the four corner switches through the plate and into the PCB first, so the plate is held square.',
  'Check from the side that each switch sits flat against the plate, with no gap under one edge.',
  'Fill in the remaining switches row by row, checking the two pins of each one before you press it home.',
  'Turn the board over and look along every row for a bent pin before you solder anything.',
];
const kSolder = [
  j(
    'Solder at around 330 °C with a chisel tip. Feed the solder to the joint, not the iron, and aim for a small shiny cone that covers',
    'the pad. Each joint should take two or three seconds; holding the iron longer can melt the switch housing from below.',
  ),
  j(
    'Solder one pin of each switch in a row, then check the row from the front before doing the second pins. A crooked switch is easy',
    'to straighten while only one pin holds it and a nuisance once both are done.',
  ),
];
const kWarn = 'Do not solder with the keycaps fitted. Heat from the joint travels up the stem and can warp the caps.';
const kTest = [
  j(
    'Plug the board in and open the tester in the configurator. Press every key once and watch it light up. If a whole row or column',
    'is dead, look for a cold joint on the diode of the first key in it; if a single key fails, reflow both of its pins.',
  ),
];
const kCase = [
  j(
    'Fit the gasket strips to the plate tabs, lower the assembly into the bottom case and fit the top case. Tighten the six screws in a',
    'cross pattern, a little at a time, so the gaskets compress evenly. Over-tightening makes the typing feel harsh, so stop as soon',
    'as the case halves meet.',
  ),
  'Finally, fit your keycaps, starting with the spacebar so you can check the stabiliser one last time.',
];
const kNav = ['Docs', 'Firmware', 'Blog', 'Store', 'GitHub'];
const kSide = ['Introduction', 'Parts list', 'Flashing the PCB', 'Stabilisers', 'Soldering the switches', 'Troubleshooting', 'FAQ'];
const kToc = ['Placing the switches', 'Soldering', 'Testing', 'Closing the case'];
const kFoot = ['Discord', 'Group buys', 'Contact', 'Copyright © 2026 Tallow Keyboards. Built with Docusaurus.'];
const kHtml = `<!doctype html><html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.7.0">
<title data-rh="true">${kTitle} | Kestrel 65 Build Guide</title><meta data-rh="true" name="viewport" content="width=device-width, initial-scale=1.0">
<meta data-rh="true" property="og:title" content="${kTitle} | Kestrel 65 Build Guide"><meta data-rh="true" name="docusaurus_version" content="current">
<link data-rh="true" rel="canonical" href="https://docs.tallowkb.example/kestrel65/soldering"><link rel="stylesheet" href="/assets/css/styles.8f2a1c.css">
<script src="/assets/js/runtime~main.4d1e.js" defer="defer"></script></head><body class="navigation-with-keyboard">
<script>!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">
Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">Round two of the Kestrel
65 group buy closes on 30 April.</div></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/">
<b class="navbar__title text--truncate">Tallow Keyboards</b>
</a>${kNav.map((n) => `<a class="navbar__item navbar__link" href="/${n.toLowerCase()}">${n}</a>`).join('')}
</div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">
<ul class="theme-doc-sidebar-menu menu__list">${kSide
  .map(
    (s) => `<li class="theme-doc-sidebar-item-link menu__list-item">
<a class="menu__link" href="#">${s}</a></li>`,
  )
  .join('\n')}
</ul></nav></aside><main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row">
<div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs">
<li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/">⌂</a></li>
<li class="breadcrumbs__item"><span class="breadcrumbs__link">Kestrel 65</span></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">Soldering the switches</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button>
</div>
<div class="theme-doc-markdown markdown"><header><h1>${kTitle}</h1></header>
${ps(kIntro)}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="placing-the-switches">Placing the switches<a href="#placing-the-switches" class="hash-link"
aria-label="Direct link to Placing the switches">​</a></h2>
<ol>${lis(kSwitch)}</ol>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="soldering">Soldering<a href="#soldering" class="hash-link" aria-label="Direct link to Soldering">​</a></h2>
${ps(kSolder)}
<div class="theme-admonition theme-admonition-warning admonition_xJq3 alert alert--warning"><div class="admonitionHeading_Gvgb">warning</div>
<div class="admonitionContent_BuS1"><p>${kWarn}</p></div></div>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="testing">Testing<a href="#testing" class="hash-link" aria-label="Direct link to Testing">​</a></h2>
${ps(kTest)}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="closing-the-case">Closing the case<a href="#closing-the-case" class="hash-link"
aria-label="Direct link to Closing the case">​</a></h2>
${ps(kCase)}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">
<a href="https://github.example/tallowkb/docs/edit/main/kestrel65/soldering.md" class="theme-edit-this-page">Edit this page</a></div>
<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated on <b><time datetime="2026-03-28T09:12:00.000Z">Mar 28, 2026</time></b>
by <b>Tomasz Rudnik</b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/kestrel65/stabilisers">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Stabilisers</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/kestrel65/troubleshooting"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">Troubleshooting</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${kToc.map((t) => `<li><a href="#" class="table-of-contents__link toc-highlight">${t}</a></li>`).join('\n')}</ul></div></div></div></div></main></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><ul class="footer__links">${links(kFoot.slice(0, 3), 'footer__item')}</ul>
<div class="footer__copyright">${kFoot[3]}</div></div></footer></div></body></html>`;
const docusaurusKb: TestPage = {
  name: 'heldout321-docusaurus-keyboard-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kToc,
  body: texts([...kIntro, ...kSwitch, ...kSolder, kWarn, ...kTest, ...kCase]),
  bylines: ['Last updated on Mar 28, 2026 by Tomasz Rudnik'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Round two of the Kestrel 65 group buy closes on 30 April.', 'Tallow Keyboards', ...kNav, 'Introduction', 'Parts list',
    'Flashing the PCB', 'Stabilisers', 'Soldering the switches', 'Troubleshooting', 'FAQ', 'On this page', 'warning', 'Edit this page',
    'Previous', 'Next', ...kFoot,
  ],
};

export const HELDOUT321_E: readonly TestPage[] = [docusaurusKb, haCommunity];
