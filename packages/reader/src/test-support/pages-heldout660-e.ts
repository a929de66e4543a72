import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout660-kit.js';

/**
 * Held-out batch 660, file e: a content agency's blog post on HubSpot CMS with its subscribe form and CTA, and a freelance
 * editor's packages page built with Elementor (Hello theme) with pricing boxes and an FAQ accordion.
 */
const bTitle = 'Why your landing page copy needs a proofread after it goes live';
const bBody = [
  j(
    'Landing pages rarely fail at the draft stage. They fail later, when a developer pastes the copy into a template, a designer',
    'shortens a headline to fit a button, and a marketer swaps the offer a week before launch.',
  ),
  j(
    'By the time the page is live, the words have passed through four pairs of hands and none of them belonged to an editor.',
    'That is why we proofread in the browser, not in the document.',
  ),
  'What breaks between the doc and the page',
  'Truncated headlines that now end mid-phrase',
  'Curly quotes turned into straight ones, or into question marks',
  'Form labels and error messages nobody wrote, left as “Field 1” and “Error”',
  'Prices and dates that changed in one place but not in another',
  'Our live-page checklist',
  j(
    'We read the page on a phone first, then on a desktop, then with the browser zoomed to 200%. We submit every form with a',
    'wrong answer to see the error text. And we read the page title and meta description, because that is what people see first.',
  ),
];
const bHeads = [2, 7];
const bList = [3, 4, 5, 6];
const bNav = ['Services', 'Work', 'Insights', 'About us', 'Careers'];
const bTags = ['Proofreading', 'Landing pages'];
const bHtml = `<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><title>${bTitle}</title>
<link rel="shortcut icon" href="https://www.northlightcontent.co.uk/hubfs/favicon.png">
<meta name="description" content="Copy breaks between the doc and the page.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:type" content="article">
<link rel="canonical" href="https://www.northlightcontent.co.uk/insights/landing-page-proofread">
<link rel="stylesheet" href="https://www.northlightcontent.co.uk/hubfs/hub_generated/template_assets/1/6611/1712/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person",
"name":"Hannah Colquhoun"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-1488 hs-blog-post hs-blog-id-6612"><div data-global-resource-path="northlight/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="container-fluid"><div class="row-fluid-wrapper">
<div class="row-fluid">
<div class="span12 widget-span widget-type-cell" data-widget-type="cell"><div class="header__container content-wrapper">
<div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget widget-type-logo">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="/hubfs/northlight-logo.svg" alt="Northlight Content" class="hs-image-widget"></a></span></div></div>
<div class="header__menu header__menu--desktop"><nav aria-label="Main menu" class="navigation-primary">
<ul class="submenu level-1">${links(bNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-input">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search-input" placeholder="Search"></form></div></div></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${bTitle}</span></h1>
<div class="blog-post__meta"><a href="/insights/author/hannah-colquhoun">Hannah Colquhoun</a>
<time datetime="2026-04-08 09:00:00" class="blog-post__timestamp">Apr 8, 2026 9:00:00 AM</time></div>
<div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="rich_text">
${ps(bBody.slice(0, 2))}<!--more--><h2>${at(bBody, 2)}</h2><ul>${lis(bList.map((i) => at(bBody, i)))}</ul><h2>${at(bBody, 7)}</h2>${ps([at(bBody, 8)])}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8f1a"><span class="hs-cta-node hs-cta-8f1a" id="hs-cta-8f1a">
<a href="https://cta-redirect.hubspot.com/cta/redirect/6612/8f1a" class="cta_button">Book a live-page proofread</a></span></span>
<!-- end HubSpot Call-to-Action Code --></p>
</span></div><div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g>
<path d="M0 252.118V48C0"></path></g></svg>
${bTags.map((t) => `<a class="blog-post__tag-link" href="/insights/tag/${t.toLowerCase().replace(' ', '-')}" rel="tag">${t}</a>`).join(',\n')}</div></article>
<section class="blog-subscribe"><h3>Subscribe to Insights</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form" novalidate>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-6612"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-6612" name="email" type="email" class="hs-input"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></section></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Northlight Content Ltd, Unit 9, The Printworks, Castlegate</p>
<p>© 2026 Northlight Content Ltd. All rights reserved.</p></div></footer></div>
<script src="https://static.hsappstatic.net/content-cdn-prod/public-common.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/6612.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout660-hubspot-live-proofread',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bHeads.map((i) => at(bBody, i)),
  body: bBody.filter((_, i) => !bHeads.includes(i)),
  bylines: ['Hannah Colquhoun', 'Apr 8, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bNav, 'Search', 'Book a live-page proofread', ...bTags, 'Subscribe to Insights', 'Email',
    'Northlight Content Ltd, Unit 9, The Printworks, Castlegate', '© 2026 Northlight Content Ltd. All rights reserved.',
  ],
};

const eTitle = 'Editing packages for self-publishing authors';
const eIntro = j(
  'Whether your book is a first draft or ready for print, there is a package that fits. All prices are for manuscripts up to 90,000',
  'words; longer books are quoted individually.',
);
const ePacks = [
  ['Polish', '£450', ['Line edit of one full pass', 'Tracked changes and comments', 'Style sheet']],
  ['Refine', '£850', ['Everything in Polish', 'Second pass after your revisions', 'One 45-minute video call']],
  ['Print-ready', '£1,150', ['Everything in Refine', 'Proofread of the typeset PDF', 'Blurb and back-cover copy edit']],
] as const;
const eFaq = [
  ['How soon can you start?', 'I usually book six to eight weeks ahead. A £100 deposit holds your slot.'],
  ['Do you edit non-fiction?', 'Yes: memoir, travel and popular history. I do not edit academic or technical books.'],
] as const;
const eNav = ['Home', 'Packages', 'Testimonials', 'Blog', 'Contact'];
const eBox = (
  p: (typeof ePacks)[number],
): string => `<div class="elementor-element elementor-widget elementor-widget-price-table" data-widget_type="price-table.default">
<div class="elementor-widget-container"><div class="elementor-price-table"><div class="elementor-price-table__header">
<h3 class="elementor-price-table__heading">${p[0]}</h3></div>
<div class="elementor-price-table__price"><span class="elementor-price-table__integer-part">${p[1]}</span></div>
<ul class="elementor-price-table__features-list">
${p[2]
  .map(
    (f) => `<li class="elementor-repeater-item-a1"><div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="fas fa-check">
</i><span>${f}</span></div></li>`,
  )
  .join('\n')}
</ul><div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/contact">Book now</a>
</div></div></div></div>`;
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Packages – Fenwick Editorial</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='https://fenwickeditorial.com/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://fenwickeditorial.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.3'
media='all'>
<link rel='stylesheet' id='elementor-post-58-css' href='https://fenwickeditorial.com/wp-content/uploads/elementor/css/post-58.css?ver=1712' media='all'>
<meta name="generator" content="Elementor 3.20.3; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-58 elementor-default
 elementor-template-full-width elementor-kit-5 elementor-page elementor-page-58">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-title elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default"><a href="https://fenwickeditorial.com">Fenwick Editorial</a></h2></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-6a1" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav></div></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="58" class="elementor elementor-58" data-elementor-post-type="page">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${eIntro}</p></div></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container">
<div class="e-con-inner">${ePacks.map(eBox).join('\n')}</div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading">
<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Questions</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-accordion"><div class="elementor-widget-container"><div class="elementor-accordion">
${eFaq
  .map(
    (q, i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button">
<a class="elementor-accordion-title" tabindex="0">${q[0]}</a></div>
<div id="elementor-tab-content-${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"><p>${q[1]}</p></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent">
<div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Fenwick Editorial is a member of the Chartered Institute of Editing and Proofreading.</p><p>© 2026 Fenwick Editorial. All rights reserved.</p></div>
</div></div></div></div>
<script src='https://fenwickeditorial.com/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3' id='elementor-frontend-js'></script></body>
</html>`;
const elementor: TestPage = {
  name: 'heldout660-elementor-packages',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...ePacks.map((p) => p[0]), 'Questions'],
  body: texts([eIntro, ...ePacks.flatMap((p) => [p[1], ...p[2]]), ...eFaq.flatMap((q) => [q[0], q[1]])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fenwick Editorial', ...eNav.filter((t) => t !== 'Packages'), 'Book now',
    'Fenwick Editorial is a member of the Chartered Institute of Editing and Proofreading.',
    '© 2026 Fenwick Editorial. All rights reserved.',
  ],
};

export const HELDOUT660_E: readonly TestPage[] = [hubspot, elementor];
