import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, row } from './pages-heldout629-kit.js';

/**
 * Held-out batch 629, file e: a lye calculator's documentation page on Hugo with the Docsy theme (left section nav, right
 * "on this page" TOC, alert shortcode, feedback widget), and a perfume house's journal post on Webflow (CMS collection template).
 */
const hTitle = 'Setting superfat and water';
const hLead = 'Tune how much oil is left unsaponified and how much water goes into the lye solution.';
const hBody = [
  j(
    'After you add your oils, Lyeworks works out the lye for a full reaction and then takes the superfat off it. The two',
    'settings on the <strong>Recipe</strong> tab that change the result most are <strong>Superfat</strong> and <strong>Water</strong>.',
  ),
  'Superfat',
  j(
    'Superfat is the percentage of oils left unreacted in the finished bar. Enter a value from 0 to 20. The default is 5%,',
    'which suits most bar soap. For salt bars and cleansing bars with a lot of coconut oil, 15 to 20% is common.',
  ),
  'Lyeworks applies the superfat to the total lye, not to individual oils. You cannot choose which oil stays unsaponified.',
  'Water',
  'There are three ways to set the water in the lye solution. Pick one in the Water method list:',
  'Water as % of oils: the traditional setting; 38% is the default.',
  'Lye concentration: the lye as a percentage of the lye solution, usually between 28% and 40%.',
  'Water to lye ratio: for example 2:1 means two parts water to one part lye.',
  'The three methods give the same result when they describe the same amount of water:',
  'Example',
  'For 1,000 g of oils with 5% superfat and a lye concentration of 33%, Lyeworks reports:',
];
const hTable = [
  ['NaOH', '139.8 g'],
  ['Water', '283.8 g'],
  ['Lye solution', '423.6 g'],
];
const hNote = j(
  'Changing the water does not change the amount of lye. Less water speeds up trace and shortens curing time, but it also',
  'makes the batter harder to work with swirls.',
);
const hWarn = j('A superfat of 0% leaves no margin for error in your scale or in the SAP values.', 'We do not recommend it for soap used on skin.');
const hNav = ['Documentation', 'Blog', 'Calculator', 'Community'];
const hSide = ['Getting started', 'Adding oils', 'Setting superfat and water', 'Fragrance and additives', 'Printing a recipe', 'Saving and sharing'];
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Hugo 0.125.4"><link rel="canonical" type="text/html" href="https://docs.lyeworks.example/docs/recipes/superfat-and-water/">
<title>${hTitle} | Lyeworks</title><meta name="description" content="${hLead}"><meta property="og:title" content="${hTitle}">
<meta property="og:type" content="article">
<meta property="article:section" content="docs"><meta property="article:modified_time" content="2026-08-14T10:21:07+01:00">
<link rel="preload" href="/scss/main.min.4c6b1e.css" as="style"><link href="/scss/main.min.4c6b1e.css" rel="stylesheet" integrity="">
<script src="https://code.jquery.com/jquery-3.7.1.min.js"
integrity="sha512-v2CJ7UaYy4JwqLDIrZUI/4hqeoQieOmAZNXBeQyjo21dadnwR+8ZaIJVT8EE2iyI61OV8e6M8PP2/4hpQINQ/g==" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Lyeworks</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
${hNav
  .map(
    (t) => `<li class="nav-item"><a class="nav-link${t === 'Documentation' ? ' active' : ''}" href="/${t.toLowerCase()}/"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}
<li class="nav-item dropdown d-none d-lg-block"><div class="dropdown">
<a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">Release v3.2</a>
<ul class="dropdown-menu"><li><a class="dropdown-item" href="https://v2.docs.lyeworks.example">v2.x</a></li></ul></div></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.json"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav collapse foldable-nav" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path">
<a href="/docs/recipes/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root"><span>Recipes</span></a>
<ul class="ul-1">${hSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child">
<a href="/docs/recipes/${t.length}/" class="align-left ps-0${t === hTitle ? ' active' : ''} td-sidebar-link td-sidebar-link__page"><span class="${
      t === hTitle ? 'td-sidebar-nav-active-item' : ''
    }">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/lyeworks/docs/tree/main/content/en/docs/recipes/superfat-and-water.md" class="td-page-meta--view" target="_blank"
rel="noopener"><i class="fa-solid fa-file-lines fa-fw"></i> View page source</a>
<a href="https://github.com/lyeworks/docs/edit/main/content/en/docs/recipes/superfat-and-water.md" class="td-page-meta--edit" target="_blank"
rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/lyeworks/docs/issues/new?title=Setting%20superfat%20and%20water" class="td-page-meta--issue" target="_blank" rel="noopener"><i
class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul><li><a href="#superfat">${hBody[1]}</a></li><li><a href="#water">${hBody[4]}</a><ul><li>
<a href="#example">${hBody[10]}</a></li></ul></li></ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item"><a href="/docs/recipes/">Recipes</a></li>
<li class="breadcrumb-item active" aria-current="page">${hTitle}</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>
${ps([at(hBody, 0)])}<h2 id="superfat">${hBody[1]}</h2>${ps(hBody.slice(2, 4))}
<div class="alert alert-warning" role="alert">
<h4 class="alert-heading">Warning</h4>${ps([hWarn])}</div>
<h2 id="water">${hBody[4]}</h2>${ps([at(hBody, 5)])}<ul>${lis(hBody.slice(6, 9))}</ul>${ps([at(hBody, 9)])}
<h3 id="example">${hBody[10]}</h3>${ps([at(hBody, 11)])}<table><thead><tr><th>Ingredient</th><th>Amount</th></tr></thead>
<tbody>${hTable.map(row).join('\n')}</tbody></table>
${ps([hNote])}<div class="td-page-meta__lastmod">Last modified August 14, 2026: <a href="https://github.com/lyeworks/docs/commit/4f1a2b3">Clarify water
methods (4f1a2b3)</a></div>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes" style="display:none">Glad to hear it! Please <a href="https://github.com/lyeworks/docs/issues/new">tell
us how we can improve</a>.</p></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list">
<li class="td-footer__links-item" data-bs-toggle="tooltip" title="Forum" aria-label="Forum">
<a target="_blank" rel="noopener" href="https://community.lyeworks.example" aria-label="Forum"><i class="fa fa-comments"></i></a></li></ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">Lyeworks Ltd.</span> | <span class="td-footer__license">Documentation
Distributed under CC BY 4.0</span></span>
<span class="td-footer__all_rights_reserved">All Rights Reserved</span><span class="ms-2"><a href="/privacy/" target="_blank" rel="noopener">Privacy
Policy</a></span></div></div></div></footer></div>
<script src="/js/main.min.38a2b1.js" integrity="sha256-x" crossorigin="anonymous"></script><script src="/js/tabpane-persist.js"></script></body></html>`;
const hugo: TestPage = {
  name: 'heldout629-hugo-docsy-superfat-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [at(hBody, 1), at(hBody, 4), 'Warning', at(hBody, 10)],
  // biome-ignore format: the body order follows the page
  body: texts([hLead, at(hBody, 0), ...hBody.slice(2, 4),
hWarn,
    ...hBody.slice(5, 10), at(hBody, 11), ...hTable.flat(), hNote]),
  bylines: ['Last modified August 14, 2026: Clarify water methods (4f1a2b3)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lyeworks', ...hNav, 'Release v3.2', 'v2.x', 'Recipes', ...hSide.filter((t) => t !== hTitle), 'View page source', 'Edit this page',
    'Create documentation issue', 'Feedback', 'Was this page helpful?', 'Yes', 'No', '© 2026 Lyeworks Ltd. | Documentation Distributed under CC BY 4.0',
    'All Rights Reserved', 'Privacy Policy',
  ],
};

const fTitle = 'Inside the Vetiver Harvest at Ambohima';
const fBody = [
  j(
    'Every August our perfumer, Sola Venterra, flies out for the vetiver harvest on the terraced farms above Ambohima. The roots',
    'are dug by hand once the plants are eighteen months old, washed in the river and dried in the shade for two weeks before they',
    'go to the still.',
  ),
  j(
    'The farm we buy from is run by a cooperative of thirty-one families. They distil in small copper stills over wood fires, which',
    'gives the oil a smoky edge that you do not find in steam-distilled vetiver from larger estates.',
  ),
  'Why the roots matter',
  j(
    'Older roots give a deeper, earthier oil with more of the nutty, grapefruit-peel facets perfumers prize. Younger roots smell',
    'greener and thinner. This year’s rains were late, and the roots were smaller than usual, so the yield fell by about a fifth.',
  ),
  '“A good vetiver smells of the ground it grew in. You should be able to hear the rain in it.” — Sola Venterra',
  'What it means for Terre Basse',
  j(
    'Vetiver is the base of Terre Basse, our best-selling eau de parfum. We have bought enough oil to keep it in stock until next',
    'summer, and we are paying the cooperative the same price per kilo as last year despite the smaller harvest.',
  ),
];
const fNav = ['Fragrances', 'Discovery', 'Journal', 'Stockists', 'About'];
const fMore = ['How We Choose a Bottle', 'Orris: The Six-Year Ingredient'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Sep 08 2026 10:14:52 GMT+0000
(Coordinated Universal Time) -->
<html data-wf-domain="www.maisonventerra.example" data-wf-page="66b1f0a2c3d4e5f6a7b8c9d0" data-wf-site="66b1f0a2c3d4e5f6a7b8c9a1"
data-wf-collection="66b1f0a2c3d4e5f6a7b8c9b2" data-wf-item-slug="vetiver-harvest-ambohima" lang="en">
<head><meta charset="utf-8"><title>${fTitle} | Maison Venterra</title><meta content="Our perfumer visits the vetiver harvest in Ambohima." name="description">
<meta content="${fTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/66b1f0a2c3d4e5f6a7b8c9a1/css/maison-venterra.webflow.8f2e1d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fTitle}","author":{"@type":"Person","name":"Elodie
Marchetti"}}</script></head>
<body><div class="fs-cc-components"><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.
View our <a href="/privacy" class="fs-cc-banner_text-link">Privacy Policy</a> for more information.</div>
<div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/66b1f0a2c3d4e5f6a7b8c9a1/logo.svg" loading="lazy" alt="Maison Venterra" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link${t === 'Journal' ? ' w--current' : ''}">${t}</a>`)
  .join('')}</nav>
<a href="#" data-node-type="commerce-cart-open-link" class="w-commerce-commercecartopenlink cart-button w-inline-block" role="button" aria-haspopup="dialog"
aria-label="Open cart"><div class="w-inline-block">Bag</div><div class="w-commerce-commercecartopenlinkcount cart-quantity">0</div></a>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-journal-hero"><div class="container-large"><a href="/journal" class="back-link w-inline-block"><div>← All stories</div></a>
<div class="journal-meta"><div class="journal-category">Sourcing</div><div class="meta-dot">·</div><div class="journal-date">September 8, 2026</div></div>
<h1 class="heading-journal">${fTitle}</h1><div class="journal-author-wrap"><div class="text-small">Words by</div>
<div class="text-small text-weight-medium">Elodie Marchetti</div></div>
<img src="https://assets-global.website-files.com/66b1f0a2c3d4e5f6a7b8c9a1/roots.jpg" loading="eager" alt="Bundles of vetiver roots drying"
sizes="(max-width: 991px) 100vw, 90vw" class="journal-hero-image">
<div class="caption-text">Vetiver roots drying in the shade, Ambohima. Photo: Rian Todd</div></div></section>
<section class="section-journal-body"><div class="container-small"><div class="rich-text-journal w-richtext">
${ps(fBody.slice(0, 2))}<h2>${fBody[2]}</h2>${ps([at(fBody, 3)])}<blockquote>${fBody[4]}</blockquote>
<figure style="max-width:1200pt" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/66b1f0a2c3d4e5f6a7b8c9a1/still.jpg" loading="lazy" alt="Copper still"></div>
<figcaption>A wood-fired copper still at the cooperative.</figcaption></figure>
<h2>${fBody[5]}</h2>${ps([at(fBody, 6)])}</div>
<div class="w-embed"><a href="/fragrances/terre-basse" class="button-primary">Discover Terre Basse</a></div></div></section>
<section class="section-more-stories"><div class="container-large"><h2 class="heading-medium">More from the journal</h2><div class="w-dyn-list">
<div role="list" class="more-stories-grid w-dyn-items">
${fMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/${t.length}" class="story-card w-inline-block">
<img src="https://assets-global.website-files.com/66b1f0a2c3d4e5f6a7b8c9a1/${t.length}.jpg" loading="lazy" alt="" class="story-card-image">
<div class="journal-category">Craft</div><h3 class="heading-card">${t}</h3></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<footer class="footer"><div class="container-large"><div class="footer-grid"><div id="w-node-_1a2b" class="footer-newsletter">
<div class="text-large">Letters from the studio</div>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get">
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Email address" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button-submit w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! You are on the list.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div>
<div class="footer-links">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}<a href="/shipping"
class="footer-link">Shipping &amp; Returns</a><a href="/contact" class="footer-link">Contact</a></div></div>
<div class="footer-bottom"><div class="text-small">© 2026 Maison Venterra. All rights reserved.</div>
<a href="https://www.instagram.com/" target="_blank" class="text-small">Instagram</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=66b1f0a2c3d4e5f6a7b8c9a1" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/66b1f0a2c3d4e5f6a7b8c9a1/js/webflow.4b3a2c1d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout629-webflow-vetiver-journal',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [at(fBody, 2), at(fBody, 5)],
  body: texts(fBody.filter((_, i) => ![2, 5].includes(i))),
  bylines: ['September 8, 2026', 'Words by', 'Elodie Marchetti'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    j('By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.',
      'View our Privacy Policy for more information.'),
    'Preferences', 'Deny', 'Accept', ...fNav, 'Bag', '0', '← All stories', 'Sourcing', 'Vetiver roots drying in the shade, Ambohima. Photo: Rian Todd',
    'A wood-fired copper still at the cooperative.', 'Discover Terre Basse', 'More from the journal', 'Craft', ...fMore, 'Letters from the studio',
    'Shipping & Returns', 'Contact', '© 2026 Maison Venterra. All rights reserved.', 'Instagram',
  ],
};

export const HELDOUT629_E: readonly TestPage[] = [hugo, webflow];
