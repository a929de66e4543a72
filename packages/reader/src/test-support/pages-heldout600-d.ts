import { ps, type TestPage } from './page-kit.js';
import { j, outside } from './pages-heldout600-kit.js';

/**
 * Held-out batch 600, file d: a fence installation process page built with Elementor Pro on Hello Elementor (heading, text-editor,
 * icon-list, accordion, counter and testimonial widgets), and a timber price news post on HubSpot CMS with tags and related posts.
 */
const eTitle = 'How We Install Your New Fence, Step by Step';
const eHeads = ['1. Survey and quote', '2. Clearing the old fence', '3. Setting the posts', '4. Panels, gravel boards and finishing', 'Common questions'];
const eSteps = [
  j(
    'One of our surveyors walks the line with you, marks the boundary, checks for pipes and cables and talks through panel',
    'styles. You get a written, fixed quote within two working days.',
  ),
  j(
    'We take down the old panels and posts, dig out old concrete where it is in the way, and take everything away.',
    'Nothing is left in your skip or your garden.',
  ),
  'Posts go in at 1.83m centres, set 600mm deep in postcrete and checked with a string line and level at every post.',
  'We leave the postcrete to cure overnight before any panel goes in, so the line stays true.',
];
const eChecks = ['Gravel boards keep the panels clear of the soil', 'Every panel screwed, never just nailed', 'Caps fitted on all timber posts'];
const eFinish = 'On the last day we sweep up, walk the fence with you and leave you a care sheet and our 10-year workmanship guarantee.';
const eFaq = [
  ['Do I need to tell my neighbour?', 'It is polite and we recommend it, but if the fence is on your side of the boundary no permission is needed.'],
  ['How long does a typical job take?', 'Most gardens of up to 15 panels are done in two days, weather permitting.'],
];
const eNav = ['Home', 'Fencing', 'Gates', 'Decking', 'Our Process', 'Reviews', 'Contact'];
const eWidget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eHeading = (t: string, tag = 'h2'): string => eWidget('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const eText = (t: string[]): string => eWidget('text-editor', ps(t));
const eSection = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-element-${id} elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eIcons = eWidget(
  'icon-list',
  `<ul class="elementor-icon-list-items">${eChecks
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('')}</ul>`,
);
const eAcc = eWidget(
  'accordion',
  `<div class="elementor-accordion">${eFaq
    .map(
      (f, i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-19${i}" class="elementor-tab-title"
data-tab="${i + 1}" role="button" aria-controls="elementor-tab-content-19${i}" aria-expanded="false"><span class="elementor-accordion-icon
elementor-accordion-icon-left" aria-hidden="true"><i class="fas fa-plus"></i></span><a class="elementor-accordion-title" tabindex="0">${f[0]}</a></div>
<div id="elementor-tab-content-19${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"><p>${f[1]}</p></div></div>`,
    )
    .join('')}</div>`,
);
const eMenu = `<ul class="elementor-nav-menu">${eNav
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type">
<a href="/${t.length}" class="elementor-item">${t}</a></li>`,
  )
  .join('')}</ul>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Our Process - Redcap Fencing</title>
<meta name="robots" content="max-image-preview:large"><link rel="stylesheet" id="elementor-frontend-css"
href="https://redcapfencing.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-88-css" href="https://redcapfencing.co.uk/wp-content/uploads/elementor/css/post-88.css?ver=1714">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HomeAndConstructionBusiness","name":"Redcap Fencing",
"telephone":"01632 960 733"}</script>
</head><body class="page-template page-template-elementor_header_footer page page-id-88 wp-custom-logo elementor-default elementor-template-full-width
elementor-kit-5 elementor-page elementor-page-88"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
${eSection(
  '3a1b2c',
  `${eWidget('theme-site-logo', '<a href="/"><img width="180" height="60" src="/wp-content/uploads/2024/02/redcap-logo.svg" alt="Redcap Fencing"></a>')}
${eWidget(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade">${eMenu}</nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
<i aria-hidden="true"
role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div><nav
class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">${eMenu}</nav>`,
)}
${eWidget(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960733">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">01632 960 733</span></span></a>`,
)}`,
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
${eSection(
  '5d2e11',
  `${eHeading('How we work', 'p')}${eHeading(eTitle, 'h1')}${eText([
    j('From the first visit to the last sweep of the patio, this is what happens', 'when Redcap fits a fence. Most jobs take two days.'),
  ])}`,
)}
${eSection(
  '6f3a20',
  `${eHeading(eHeads[0] ?? '')}${eText([eSteps[0] ?? ''])}${eHeading(eHeads[1] ?? '')}${eText([eSteps[1] ?? ''])}${eHeading(eHeads[2] ?? '')}
${eText(eSteps.slice(2))}${eHeading(eHeads[3] ?? '')}${eIcons}${eText([eFinish])}`,
)}
${eSection(
  '7b4c31',
  `${eWidget(
    'counter',
    `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number"
data-duration="2000" data-to-value="2400">2400</span><span class="elementor-counter-number-suffix">+</span></div><div class="elementor-counter-title">Fences
fitted since 2009</div></div>`,
  )}${eWidget(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">The lads were tidy,
quick and the fence is dead straight. Would use again.</div><div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div
class="elementor-testimonial-name">Karen, Upton Moor</div></div></div></div>`,
  )}`,
)}
${eSection(
  '8c5d42',
  `${eHeading(eHeads[4] ?? '')}${eAcc}${eWidget(
    'button',
    `<a class="elementor-button elementor-button-link elementor-size-md" href="/contact/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book Your Free Survey</span></span></a>`,
  )}`,
)}
</div>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSection(
  '9d6e53',
  `${eText(['Redcap Fencing Ltd, 14 Sawmill Close, Upton Moor', 'Registered in England No. 07123456'])}${eHeading('Areas we cover', 'h4')}
${eText(['Upton Moor, Kelby, Straith and villages within 20 miles'])}${eText(['\u00a9 2026 Redcap Fencing. All rights reserved.'])}`,
)}
</div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","is_static":false};</script>
<script src="https://redcapfencing.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const eGold = [
  'From the first visit to the last sweep of the patio, this is what happens when Redcap fits a fence. Most jobs take two days.',
  ...eSteps,
  ...eChecks,
  eFinish,
  ...eFaq.flat(),
];
const elementorProcess: TestPage = {
  name: 'heldout600-elementor-install-process',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: eGold,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    'Skip to content', ...eNav, 'Menu', '01632 960 733', 'How we work', '2400', '+', 'Fences fitted since 2009',
    'The lads were tidy, quick and the fence is dead straight. Would use again.', 'Karen, Upton Moor', 'Book Your Free Survey',
    'Redcap Fencing Ltd, 14 Sawmill Close, Upton Moor', 'Registered in England No. 07123456', 'Areas we cover',
    'Upton Moor, Kelby, Straith and villages within 20 miles', '© 2026 Redcap Fencing. All rights reserved.',
  ], [eTitle, ...eHeads, ...eGold]),
};

const hTitle = 'Timber Prices Rise 9% This Spring: What It Means for Fencing Quotes';
const hBody = [
  j(
    'Wholesale prices for treated softwood rose by about 9% between January and April, according to figures published last week by',
    'the Northern Timber Buyers Group. Featheredge boards and 100mm posts saw the biggest increases, at 11% and 12% respectively.',
  ),
  j(
    'The group blames a cold winter in the Baltic states, which slowed felling, and higher shipping costs into east coast ports.',
    'It expects prices to level off by late summer but not to fall back.',
  ),
  j(
    'For homeowners the effect on a finished fence is smaller than the headline suggests, because labour, concrete and disposal',
    'make up more than half of a typical quote. On a 10-panel close board fence we estimate the increase at between £60 and £90.',
  ),
  j(
    '\u201cWe held our spring prices until the end of March, but we have had to pass some of this on,\u201d said Dale Whitcombe,',
    'who runs the yard at Brigstow Timber. \u201cAnyone with a quote from us dated before April can still book at the old price.\u201d',
  ),
  j(
    'Concrete posts and gravel boards, which are made in the UK, have not changed in price. Some customers may find a concrete post',
    'system now works out cheaper than an all-timber fence for the first time in several years.',
  ),
];
const hTags = ['Timber', 'Industry news', 'Pricing'];
const hRel = ['Concrete fence posts: a buyer\u2019s guide', 'Our 2026 trade price list is out', 'Why featheredge boards vary in thickness'];
const hNav = ['Fencing', 'Timber', 'Landscaping', 'Trade', 'Blog', 'Contact us'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="Treated softwood is up 9% since January.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<link rel="stylesheet" href="https://www.brigstowtimber.co.uk/hubfs/hub_generated/template_assets/1/98123/1714/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-04-16T08:15:00Z",
"author":{"@type":"Person","name":"Megan Pryce"}}</script>
<script>var hsVars = {"portal_id":4412093,"app_hs_base_url":"https://app-eu1.hubspot.com","language":"en","analytics_page_type":"blog-post"};</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-168231 hs-blog-post hs-blog-id-98120">
<div data-global-resource-path="brigstow-2024/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo
header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="//www.brigstowtimber.co.uk" id="hs-link-site_logo"><img src="/hubfs/brigstow-logo.png"
class="hs-image-widget" alt="Brigstow Timber"></a></span></div><div class="header__column"><div class="header__row-1">
<div class="header__search header--element">
<div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true" action="/hs-search-results"><label class="show-for-sr"
for="search-term">Search</label><input type="text" id="search-term" class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search"
placeholder="Search"><button aria-label="Search"><svg aria-hidden="true"></svg></button></form></div></div></div></div><div class="header__row-2"><div
class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element"><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${hNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1  hs-skip-lang-url-rewrite"><a class="menu__link  "
href="/${t.length}">${t}</a></li>`,
  )
  .join('')}</ul></nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta">
<a href="/blog/author/megan-pryce">Megan Pryce</a>
<time datetime="2026-04-16 08:15:00" class="blog-post__timestamp">Apr 16, 2026 9:15:00 AM</time></div><div class="blog-post__body">
<span id="hs_cos_wrapper_post_body"
class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
<p>${hBody[0]}</p><!--more-->${ps(hBody.slice(1, 3))}<blockquote><p>${hBody[3]}</p></blockquote><p>${hBody[4]}</p>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5c1d"><span class="hs-cta-node hs-cta-5c1d" id="hs-cta-5c1d"><a
href="https://cta-redirect.hubspot.com/cta/redirect/4412093/5c1d"><img class="hs-cta-img" id="hs-cta-img-5c1d" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/4412093/5c1d.png" alt="Download the 2026 trade price list"></a></span></span>
<!-- end HubSpot Call-to-Action Code --></p>
</span></div><div class="blog-post__tags"><svg aria-hidden="true"></svg>${hTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.length}"
rel="tag">${t}</a>`,
  )
  .join('')}</div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (t) => `<div
class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/blog/${t.length}"><h3>${t}</h3></a><a class="blog-related-posts__read-more"
href="/blog/${t.length}">Read more</a></div>`,
  )
  .join('')}</div></div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-blog_comments"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><div id="comments-listing" class="new-comments"></div>
<div id="hs_form_target_blog_comments"></div></div></div></div></div></div></main>
<div data-global-resource-path="brigstow-2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__row"><p>Brigstow Timber Ltd, Quay Road, Brigstow. Trade counter open 7am to 4.30pm weekdays.</p></div><div class="footer__row">
<p>\u00a9 2026 Brigstow Timber Ltd</p></div></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-banner-type="TOP_LEVEL" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><a href="javascript:void(0);"
id="hs-eu-confirmation-button" role="button">Accept</a><a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4412093.js"></script></body></html>`;
const hubspotNews: TestPage = {
  name: 'heldout600-hubspot-timber-prices',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: hBody,
  bylines: ['Megan Pryce', 'Apr 16, 2026 9:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    'Skip to content', 'Search', ...hNav, ...hTags, 'Related posts', ...hRel, 'Read more',
    'Brigstow Timber Ltd, Quay Road, Brigstow. Trade counter open 7am to 4.30pm weekdays.', '© 2026 Brigstow Timber Ltd',
    j(
      'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more',
      'personalized services to you.',
    ), 'Accept', 'Decline',
  ], [hTitle, ...hBody]),
};

export const HELDOUT600_D: readonly TestPage[] = [elementorProcess, hubspotNews];
