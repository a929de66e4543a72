import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout458-kit.js';

/**
 * Held-out batch 458, file b: a small foundry's font licence (EULA) page on Squarespace 7.1 and an open-source font
 * project's release notes on Hugo with the Docsy theme.
 */
const tTitle = 'Font Licence Agreement';
const tIntro = j(
  'This agreement is between you and Tern Type Co. (“we”) and covers every font you buy or download from ternty.pe. By installing',
  'a font you accept these terms. If you do not accept them, do not install the font and write to us for a refund within 30 days.',
);
const tSections: [string, string[]][] = [
  [
    '1. What you are buying',
    [
      j(
        'You are buying a licence to use the font software, not the font software itself. We keep the copyright and all other rights',
        'in the fonts, including the right to sell them to others.',
      ),
    ],
  ],
  [
    '2. Desktop use',
    [
      'A desktop licence lets the number of people named on your invoice install the fonts on their own computers. You may:',
      'make artwork, documents, logos and printed goods with the fonts, for yourself or for clients;',
      'send a PDF with the fonts embedded to a printer, as long as the fonts are subset and cannot be extracted;',
      'keep one backup copy of the font files.',
    ],
  ],
  [
    '3. Web use',
    [
      j(
        'A web licence lets you serve the fonts as WOFF or WOFF2 files from your own server to the number of monthly page views on',
        'your invoice. You must take reasonable steps to stop others from downloading the files, such as not listing them in a public folder.',
      ),
    ],
  ],
  [
    '4. What you may not do',
    [
      'share the font files with anyone who is not covered by your licence;',
      'change the fonts, convert them to another format or rename them, except to subset them for the web;',
      'use the fonts in a product that lets its users set their own text, such as a template or a custom-print shop, without an app licence.',
    ],
  ],
  [
    '5. Trial fonts',
    [
      j(
        'Trial fonts are free for testing, pitches and layouts that are not published. They have a limited character set and may not be',
        'used in anything you sell or show to the public.',
      ),
    ],
  ],
  [
    '6. Ending the licence',
    [
      j(
        'The licence ends if you break any of these terms. When it ends you must delete the fonts from every computer and server. Work',
        'you made before the licence ended may stay in use.',
      ),
    ],
  ],
  ['7. Law', ['This agreement is governed by the law of New Zealand and the courts of Wellington.']],
];
const tNav = ['Fonts', 'Trials', 'Licensing', 'About', 'Cart'];
const tFoot = ['Terms of Sale', 'Privacy', 'Contact'];
const tBlocks = tSections
  .map(([h, paras], i) => {
    const list = i === 1 || i === 3;
    const inner = list
      ? `${i === 1 ? ps(paras.slice(0, 1)) : ''}<ul data-rte-list="default">${lis(paras.slice(i === 1 ? 1 : 0).map((p) => `<p>${p}</p>`))}</ul>`
      : ps(paras);
    return `<h3 style="white-space:pre-wrap;">${h}</h3>${inner}`;
  })
  .join('\n');
const tHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-NZ"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Licence — Tern Type Co.</title>
<link rel="canonical" href="https://ternty.pe/licence"><meta property="og:site_name" content="Tern Type Co.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","rollups":{},"pageType":2,
"website":{"id":"5f1e2d3c4b5a6978","siteTitle":"Tern Type Co.","cookieBannerEnabled":true},"collectionId":"5f1e2d3c4b5a6a01"};</script>
<script type="application/ld+json">{"url":"https://ternty.pe","name":"Tern Type Co.","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f1e2d3c4b5a6978/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head><body id="collection-5f1e2d3c4b5a6a01" class="primary-button-style-solid tweak-global-animations-enabled header-width-full
tweak-blog-alternating-side-by-side-width-full form-use-theme-colors view-item collection-type-page collection-layout-default mobile-style-available">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Tern Type Co.</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${tNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('')}
</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="5f1e2d3c4b5a6a02">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow horizontal-alignment--center vertical-alignment--middle white" data-section-id="5f1e2d3c4b5a6a03">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-5f1e2d3c">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${tTitle}</h1>
<p class="sqsrte-small" style="white-space:pre-wrap;"><em>Last revised 3 March 2026</em></p>
<p style="white-space:pre-wrap;">${tIntro}</p>
${tBlocks}
<p style="white-space:pre-wrap;">Questions about licensing? Email
<a href="mailto:licensing@ternty.pe">licensing@ternty.pe</a> and we will answer within two working days.</p>
</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_2"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/s/tern-eula-2026.pdf" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Download as PDF</a></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section section-height--small">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="sqsrte-small">Tern Type Co. · Te Aro, Wellington</p><ul>${links(tFoot)}</ul></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Release notes by email</h2><form class="newsletter-form" data-form-id="5f1e2d3c4b5a6a09">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to keep your cart and to see which fonts people look at.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const tern: TestPage = settle({
  name: 'heldout458-squarespace-licence',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tSections.map(([h]) => h),
  body: texts([tIntro, ...tSections.flatMap(([, p]) => p), 'Questions about licensing? Email licensing@ternty.pe and we will answer within two working days.']),
  bylines: ['Last revised 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Tern Type Co.', ...tNav, 'Download as PDF', 'Tern Type Co. · Te Aro, Wellington', ...tFoot, 'Release notes by email',
    'Email Address', 'Sign Up', 'We use cookies to keep your cart and to see which fonts people look at.', 'Accept', 'Decline',
  ],
});

const lTitle = 'Release notes';
const lLead = 'Changes to the Larkspur Mono font files, newest first. Version numbers follow the font’s own versioning, not the website’s.';
const lRel: { v: string; date: string; parts: [string, string[]][] }[] = [
  {
    v: 'Larkspur Mono 3.2.0',
    date: 'Released 28 October 2026',
    parts: [
      [
        'New',
        [
          'Box-drawing and block elements now join seamlessly at every line height from 1.0 to 1.6.',
          'Added Greek Extended and the Georgian Mkhedruli script, drawn by Nino Abashidze.',
          'New stylistic set <code>ss04</code> with a dotted zero in place of the slashed zero.',
        ],
      ],
      [
        'Fixed',
        [
          'The <code>-&gt;</code> and <code>=&gt;</code> ligatures no longer fire inside URLs in most terminals.',
          'Hinting of the lowercase <em>g</em> at 11 px on Windows no longer drops the lower bowl.',
        ],
      ],
    ],
  },
  {
    v: 'Larkspur Mono 3.1.1',
    date: 'Released 2 August 2026',
    parts: [
      [
        'Fixed',
        [
          'The variable font reported the wrong weight range (100–800 instead of 200–800) to some design apps.',
          'Restored the missing <code>U+2E3A</code> two-em dash.',
        ],
      ],
    ],
  },
  {
    v: 'Larkspur Mono 3.1.0',
    date: 'Released 14 June 2026',
    parts: [
      [
        'Changed',
        [
          j(
            'The italic is now a separate variable file instead of a <code>slnt</code> axis, because several editors could not pick the',
            'italic from a single file. If you install the fonts by hand, remove the old file before installing the new ones.',
          ),
        ],
      ],
    ],
  },
];
const lNav = ['Docs', 'Specimen', 'Download', 'Community', 'GitHub'];
const lSide = ['Getting started', 'Installing the fonts', 'Terminal setup', 'Editor setup', 'Stylistic sets', 'Building from source', 'Release notes'];
const lCrumbs = ['Documentation', 'Release notes'];
const lToc = lRel.map((r) => r.v);
const lNote = j(
  'Version 3.2.0 is the last release that ships TTF files without hinting instructions for Windows; from 4.0 the unhinted files',
  'move to a separate download.',
);
const lBody = lRel
  .map((r, i) => {
    const id = r.v.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const parts = r.parts.map(([h, items]) => `<h3 id="${id}-${h.toLowerCase()}">${h}</h3>\n<ul>\n${lis(items)}\n</ul>`).join('\n');
    return `<h2 id="${id}">${r.v}<a class="td-heading-self-link" href="#${id}" aria-label="Heading self-link"></a></h2>
<p><em>${r.date}</em></p>\n${parts}${i === 0 ? `\n<div class="alert alert-primary" role="alert"><h4 class="alert-heading">Note</h4>${lNote}</div>` : ''}`;
  })
  .join('\n');
const lHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no"><meta name="generator" content="Hugo 0.136.5">
<link rel="canonical" type="text/html" href="https://larkspur.dev/docs/release-notes/"><title>Release notes | Larkspur Mono</title>
<meta name="description" content="${lLead}"><meta property="og:title" content="Release notes"><meta property="og:type" content="article">
<meta itemprop="dateModified" content="2026-11-04T09:12:40+01:00"><link rel="preload" href="/scss/main.min.4c1ad2f0.css" as="style">
<link href="/scss/main.min.4c1ad2f0.css" rel="stylesheet" integrity=""><script src="/js/jquery-3.7.1.min.js" integrity="" crossorigin="anonymous"></script>
<script src="https://cdn.jsdelivr.net/npm/lunr@2.3.9/lunr.min.js" integrity="" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Larkspur Mono</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${lNav
  .map(
    (t) => `<li class="nav-item">
<a class="nav-link" href="/${t.toLowerCase()}/"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.json"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner">
<nav class="td-sidebar-nav foldable-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title">
<a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root">Documentation</a></li>
${lSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-item">
<a href="/docs/${t.toLowerCase().replace(/ /g, '-')}/" class="td-sidebar-link td-sidebar-link__page"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/larkspur-type/larkspur-mono/tree/main/site/content/en/docs/release-notes.md" class="td-page-meta--view"
target="_blank">View page source</a>
<a href="https://github.com/larkspur-type/larkspur-mono/edit/main/site/content/en/docs/release-notes.md" class="td-page-meta--edit"
target="_blank">Edit this page</a>
<a href="https://github.com/larkspur-type/larkspur-mono/issues/new?title=Release%20notes" class="td-page-meta--issue"
target="_blank">Create documentation issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${links(lToc)}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item active" aria-current="page">Release notes</li></ol></nav>
<div class="td-content"><h1>${lTitle}</h1><div class="lead">${lLead}</div>
<header class="article-meta"></header>
${lBody}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button></div>
<div class="td-page-meta__lastmod">Last modified November 4, 2026:
<a href="https://github.com/larkspur-type/larkspur-mono/commit/9e1f2ab">Add 3.2.0 notes (9e1f2ab)</a></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item">
<a target="_blank" rel="noopener" href="https://github.com/larkspur-type" aria-label="GitHub">
<i class="fab fa-github"></i></a></li></ul></div><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">© 2026 The Larkspur Mono Authors. Fonts under the SIL Open Font License 1.1.</span></div></div></div></footer></div>
<script src="/js/main.min.8a2e1f.js" integrity="" crossorigin="anonymous"></script></body></html>`;
const larkspur: TestPage = settle({
  name: 'heldout458-hugo-docsy-release-notes',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lRel.flatMap((r, i) => [r.v, ...r.parts.map(([h]) => h), ...(i === 0 ? ['Note'] : [])]),
  body: texts([lLead, ...lRel.flatMap((r, i) => [...r.parts.flatMap(([, items]) => items), ...(i === 0 ? [lNote] : [])])]),
  bylines: [...lRel.map((r) => r.date), 'Last modified November 4, 2026: Add 3.2.0 notes (9e1f2ab)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Larkspur Mono', ...lNav, 'Documentation', ...lSide, 'View page source', 'Edit this page', 'Create documentation issue', ...lToc, ...lCrumbs,
    'Feedback', 'Was this page helpful?', 'Yes', 'No', '© 2026 The Larkspur Mono Authors. Fonts under the SIL Open Font License 1.1.',
  ],
});

export const HELDOUT458_B: readonly TestPage[] = [tern, larkspur];
