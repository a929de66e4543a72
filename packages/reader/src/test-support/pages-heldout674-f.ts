import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout674-kit.js';

/**
 * Held-out batch 674, file f: a sharpening jig's documentation page on Hugo (Docsy) with a sidebar tree, page TOC, angle
 * table and feedback box, and a knife maker's custom order FAQ on WordPress with Elementor (accordion, Pro header/footer).
 */
const hTitle = 'Setting the Edge Angle';
const hLead = 'How to set the EdgeRig clamp for the bevel angle you want, and which angle to choose for each kind of knife.';
const hBody = [
  j(
    'The angle guide on the EdgeRig Mk II sets the angle between the stone and the centre line of the blade. Each notch on the',
    'guide rod is one degree, from 12 to 30 degrees a side.',
  ),
  'Measure the blade height',
  j(
    'The angle you get depends on how far the edge sits from the clamp jaws. Measure from the jaw face to the edge at the heel',
    'and note it; the angle table assumes 20 mm.',
  ),
  'Recommended angles',
  'Japanese kitchen knives 12\u201315\u00b0 Thin, hard steel; fine stones only',
  'European kitchen knives 17\u201320\u00b0 Most stainless chef\u2019s knives',
  'Pocket and EDC knives 20\u201322\u00b0 A balance of bite and durability',
  'Axes and choppers 25\u201330\u00b0 Use the coarse stone set',
  'Correcting for blade height',
  j(
    'For every 5 mm the edge sits further from the jaws than 20 mm, move the guide one notch <em>higher</em>. For a blade that',
    'sits closer, move it one notch lower.',
  ),
  'If you are unsure, colour the bevel with a marker and take a single pass. The ink shows where the stone is touching.',
];
const hCells = [
  ['Japanese kitchen knives', '12\u201315\u00b0', 'Thin, hard steel; fine stones only'],
  ['European kitchen knives', '17\u201320\u00b0', 'Most stainless chef\u2019s knives'],
  ['Pocket and EDC knives', '20\u201322\u00b0', 'A balance of bite and durability'],
  ['Axes and choppers', '25\u201330\u00b0', 'Use the coarse stone set'],
];
const hNav = ['Documentation', 'Blog', 'Shop', 'Community'];
const hTree = ['Getting started', 'Mounting the clamp', 'Setting the Edge Angle', 'Choosing stones', 'Stropping', 'Troubleshooting'];
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.125.4">
<link rel="canonical" type="text/html" href="https://docs.edgerig.example/docs/setting-the-angle/"><title>${hTitle} | EdgeRig</title>
<meta name="description" content="${hLead}"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<link rel="preload" href="/scss/main.min.2f1b.css" as="style"><link href="/scss/main.min.2f1b.css" rel="stylesheet" integrity="">
<script src="/js/lunr.min.js" defer></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">EdgeRig</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${hNav
  .map((t) => `<li class="nav-item"><a class="nav-link" href="/${t.toLowerCase()}/"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><form class="td-sidebar__search d-flex
align-items-center"><div class="td-search td-search--offline"><input type="search" class="form-control td-search__input" placeholder="Search this site…"
aria-label="Search this site…" autocomplete="off"></div></form><nav class="td-sidebar-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">
${links(hTree, 'td-sidebar-nav__section-title td-sidebar-nav__section without-child')}</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0"><a
href="https://github.example/edgerig/docs"
class="td-page-meta--view" target="_blank" rel="noopener">View page source</a><a href="https://github.example/edgerig/docs/edit" class="td-page-meta--edit"
target="_blank" rel="noopener">Edit this page</a><a href="https://github.example/edgerig/docs/issues/new" class="td-page-meta--issue" target="_blank"
rel="noopener">Create documentation issue</a></div><div class="td-toc"><nav id="TableOfContents"><ul>${[1, 3, 8]
  .map((i) => `<li><a href="#h${i}">${at(hBody, i)}</a></li>`)
  .join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item active" aria-current="page">${hTitle}</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>
${ps([at(hBody, 0)])}<h2 id="h1">${at(hBody, 1)}</h2>${ps([at(hBody, 2)])}
<h2 id="h3">${at(hBody, 3)}</h2><table><thead><tr><th>Knife</th><th>Angle per side</th><th>Notes</th></tr></thead><tbody>
${hCells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2 id="h8">${at(hBody, 8)}</h2>${ps([at(hBody, 9)])}<div class="alert alert-info" role="alert">${at(hBody, 10)}</div>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button><button class="btn btn-primary mb-4 feedback--answer
feedback--answer-no">No</button><p class="feedback--response feedback--response-yes">Glad to hear it! Please <a
href="/issues">tell us how we can improve</a>.</p></div>
<div class="td-page-meta__lastmod">Last modified March 2, 2026: <a
href="https://github.example/edgerig/docs/commit/a1b2c3d">fix angle table typo (a1b2c3d)</a></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">EdgeRig Tools Ltd</span> | <span
class="td-footer__license">Documentation Distributed
under <a href="https://creativecommons.org/licenses/by/4.0">CC BY 4.0</a></span></span><span class="td-footer__all_rights_reserved">All Rights Reserved</span>
</div></div></div></footer></div><script src="/js/main.min.7c1e.js" integrity="" crossorigin="anonymous"></script></body></html>`;
if (hBody.slice(4, 8).join('|') !== hCells.map((r) => r.join(' ')).join('|')) throw new Error('heldout674 hugo rows');
const hugo: TestPage = {
  name: 'heldout674-hugo-docsy-angle',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [1, 3, 8].map((i) => at(hBody, i)),
  body: texts([hLead, ...hBody.filter((_, i) => ![1, 3, 8].includes(i))]),
  bylines: ['Last modified March 2, 2026: fix angle table typo (a1b2c3d)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, ...hTree.filter((t) => t !== hTitle), 'View page source', 'Edit this page', 'Create documentation issue', 'Feedback',
    'Was this page helpful?', 'Yes', 'No',
    '© 2026 EdgeRig Tools Ltd | Documentation Distributed under CC BY 4.0', 'All Rights Reserved',
  ],
};

const eTitle = 'Custom Orders: Frequently Asked Questions';
const eIntro = 'Answers to the questions we hear most often. If yours is not here, send us a message and we will get back to you within three days.';
const eQa = [
  'How long is the waiting list?',
  'At the moment about seven months from deposit to delivery. We post the current wait on our Instagram on the first of each month.',
  'Can I supply my own steel or handle material?',
  j(
    'Yes, for handle material, as long as it is stabilised or naturally dense. We do not work with customer-supplied steel because',
    'we cannot guarantee a heat treatment we have not tested.',
  ),
  'Do you ship abroad?',
  'We ship to the UK, the EU and Norway. Customs charges outside the UK are paid by the buyer on delivery.',
  'What if I am not happy with the knife?',
  j(
    'Tell us within 14 days of delivery. We will adjust the grind or handle free of charge, or refund the balance if we cannot',
    'put it right. The deposit covers design time and is not refundable once work has started.',
  ),
];
const eNav = ['Home', 'Shop', 'Custom Orders', 'FAQ', 'About'];
const eFoot = ['Terms & Conditions', 'Privacy Policy', 'Delivery'];
const eCookie =
  'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.';
const el = (
  id: string,
  widget: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${widget}"
data-id="${id}" data-element_type="widget" data-widget_type="${widget}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eItems = [0, 2, 4, 6].map(
  (q, n) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-171${n + 1}" class="elementor-tab-title"
data-tab="${n + 1}" role="button" aria-controls="elementor-tab-content-171${n + 1}" aria-expanded="false"><span class="elementor-accordion-icon
elementor-accordion-icon-right" aria-hidden="true"><span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span>
<a class="elementor-accordion-title" tabindex="0">${at(eQa, q)}</a></div><div id="elementor-tab-content-171${n + 1}" class="elementor-tab-content
elementor-clearfix" data-tab="${n + 1}" role="region" aria-labelledby="elementor-tab-title-171${n + 1}"><p>${at(eQa, q + 1)}</p></div></div>`,
);
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>FAQ &#8211; Tarn Valley Knives</title>
<meta name='robots' content='max-image-preview:large'><link rel='stylesheet' id='elementor-frontend-css'
href='https://tarnvalleyknives.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all'>
<link rel='stylesheet' id='hello-elementor-css' href='https://tarnvalleyknives.example/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","name":"${eTitle}"}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-42 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-42">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="11" class="elementor elementor-11 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5e2a elementor-section-boxed" data-id="5e2a"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${el(
  '7b1',
  'theme-site-logo',
  `<a href="/"><img src="/wp-content/uploads/logo.png"
alt="Tarn Valley Knives"></a>`,
)}
</div></div><div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">
${el(
  '7b2',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade"><ul id="menu-1-7b2" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-7b2"
class="elementor-nav-menu">${links(eNav)}</ul></nav>`,
)}
</div></div></div></section></div>
<main id="content" class="site-main post-42 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3a1f elementor-section-boxed" data-id="3a1f"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${el(
  '4c1',
  'heading',
  `<h1 class="elementor-heading-title
elementor-size-default">${eTitle}</h1>`,
)}
${el('4c2', 'text-editor', `<p>${eIntro}</p>`)}
${el('4c3', 'accordion', `<div class="elementor-accordion">${eItems.join('\n')}</div>`)}
${el(
  '4c4',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/contact/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Ask a question</span></span></a></div>`,
)}
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="14" class="elementor elementor-14 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-9d0" data-element_type="section"><div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
${el('9d1', 'nav-menu', `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFoot)}</ul></nav>`)}
${el('9d2', 'text-editor', '<p>© 2026 Tarn Valley Knives · Hand forged in Cumbria</p>')}</div></div></div></section></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"
style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text"
class="cn-text-container">${eCookie}
</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button"
aria-label="Ok">Ok</a></span></div></div>
<script src='https://tarnvalleyknives.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4'
id='elementor-frontend-js'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout674-elementor-custom-faq',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: [eIntro, ...eQa],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Custom Orders'), 'Ask a question', ...eFoot, '© 2026 Tarn Valley Knives · Hand forged in Cumbria',
    eCookie, 'Ok',
  ],
};

export const HELDOUT674_F: readonly TestPage[] = [hugo, elementor];
