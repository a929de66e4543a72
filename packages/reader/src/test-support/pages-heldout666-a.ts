import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout666-kit.js';

/**
 * Held-out batch 666, file a: a hospice's sponsored night walk page built with Elementor (Hello Elementor theme, CookieYes
 * banner), and a hospice care services page on Drupal 10 with a side menu.
 */
const mTitle = 'Moonlight Memory Walk 2027';
const mIntro = j(
  'Walk through Penmarrow under the stars on Saturday 12 June and remember someone special. Every step you take helps',
  "St Aldhelm's Hospice care for local families, day and night.",
);
const mFacts = [
  '<strong>Date:</strong> Saturday 12 June 2027, from 8.30pm',
  '<strong>Start and finish:</strong> Penmarrow Rugby Club, Quarry Lane',
  '<strong>Distances:</strong> 5km or 10km',
  '<strong>Registration:</strong> £20 adults, £10 under 16s',
  '<strong>Minimum age:</strong> 8 (under 16s must walk with an adult)',
];
const mAbout = [
  j(
    'The Moonlight Memory Walk is our biggest night of the year. Last June more than 1,100 walkers raised £142,000, enough to pay',
    'for a nurse on our ward every night for a year. This year we have added a shorter 5km route for families and anyone who',
    'would like a gentler walk.',
  ),
  j(
    'Both routes follow lit paths along the river and through Abbey Gardens, where our Memory Tree will be lit with lanterns.',
    'You can write a message to someone you are walking for and hang it on the tree before you set off.',
  ),
];
const mIncl = [
  'Your Moonlight T-shirt and flashing headband',
  'A personalised fundraising page',
  'Hot chocolate and a medal at the finish',
  'Marshals, first aid and toilets along both routes',
];
const mFund = [
  j(
    'We ask every walker to aim to raise at least £75 in sponsorship. Once you have signed up we will send you a fundraising pack',
    'with sponsor forms, tips and a poster for your workplace.',
  ),
  j(
    'Raise £150 or more and you will receive our Moonlight hoodie. Remember to ask your sponsors to add Gift Aid if they are UK',
    'taxpayers; it adds 25p to every pound at no cost to them.',
  ),
];
const mQuote = j(
  '"I walked for my dad, who was cared for on the ward in his last week. Seeing hundreds of lights along the river was the most',
  'beautiful thing. I will be back every year." Kerrin, walker since 2023',
);
const mHeads = ['About the walk', "What's included", 'Fundraising', 'Accessibility'];
const mAccess = j(
  'The 5km route is step-free and suitable for wheelchairs and pushchairs. Dogs on short leads are welcome on the 5km route only.',
  'If you have any questions about access please call our events team on 01632 960 418.',
);
const mNav = ['Our care', 'Get involved', 'Events', 'Shops', 'About us', 'Contact'];
const mFoot = ['Privacy policy', 'Cookie policy', 'Accessibility statement', 'Safeguarding'];
const mHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mTitle} - St Aldhelm&#039;s Hospice</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.staldhelms.org.uk/events/moonlight-memory-walk/">
<meta property="og:title" content="${mTitle} - St Aldhelm&#039;s Hospice"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${mTitle}"},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"${mTitle}"}]}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<style id="elementor-post-2291">.elementor-2291 .elementor-element.elementor-element-5c1a2e3{--display:flex;}</style>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/8e2f1c/script.js"></script></head>
<body class="page-template-default page page-id-2291 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-2291">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="14" class="elementor elementor-14 elementor-location-header">
<div class="elementor-element elementor-element-3f2a1b0 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://www.staldhelms.org.uk"><img width="240" height="80" src="/wp-content/uploads/2024/02/logo.svg" alt="St Aldhelm's Hospice"></a></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal" aria-label="Menu">
<ul id="menu-1-7a1d" class="elementor-nav-menu">${links(mNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"><span class="elementor-screen-only">Menu</span></div>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/donate/"><span class="elementor-button-text">Donate</span></a></div></div></div>
</div></div></div>
<main id="content" class="site-main post-2291 page type-page status-publish has-post-thumbnail hentry">
<div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="2291" class="elementor elementor-2291">
<div class="elementor-element elementor-element-5c1a2e3 e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${mTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${mIntro}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-lg" href="https://staldhelms.enthuse.com/moonlight27">
<span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Sign up now</span></span></a></div></div></div></div></div>
<div class="elementor-element elementor-element-91be0f2 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${mFacts
  .map(
    (f) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-moon"></i></span><span class="elementor-icon-list-text">${f}</span></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(mHeads, 0)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(mAbout)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img loading="lazy" src="/wp-content/uploads/2026/06/moonlight-2026-river.jpg" alt="Walkers with headtorches by the river">
<figcaption class="widget-image-caption wp-caption-text">Walkers cross Mill Bridge at last year's walk</figcaption></figure></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(mHeads, 1)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><ul>${lis(mIncl)}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(mHeads, 2)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(mFund)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-testimonial"><div class="elementor-widget-container">
<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${mQuote}</div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(mHeads, 3)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${mAccess}</p></div></div>
</div></div>
<div class="elementor-element elementor-element-c0d7e41 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">Can't make the night?</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Light a virtual lantern for someone you love and it will shine on our online Memory Tree all summer.</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/memory-tree/"><span class="elementor-button-text">Light a lantern</span></a>
</div></div></div></div></div>
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>St Aldhelm's Hospice, Quarry Lane, Penmarrow PM4 7QT</p><p>Registered charity number 1099999</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(mFoot, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2027 St Aldhelm's Hospice. All rights reserved.</p></div></div></div></div></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const moonlight: TestPage = {
  name: 'heldout666-elementor-moonlight-walk',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([mIntro, ...mFacts, ...mAbout, ...mIncl, ...mFund, mQuote, mAccess]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...mNav.filter((t) => t !== 'Events'), 'Menu', 'Donate', 'Sign up now',
    "Walkers cross Mill Bridge at last year's walk", "Can't make the night?",
    'Light a virtual lantern for someone you love and it will shine on our online Memory Tree all summer.', 'Light a lantern',
    "St Aldhelm's Hospice, Quarry Lane, Penmarrow PM4 7QT", 'Registered charity number 1099999', ...mFoot,
    "© 2027 St Aldhelm's Hospice. All rights reserved.", 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

const hTitle = 'Hospice at Home';
const hLead = j(
  'Our Hospice at Home team cares for people in the last weeks and days of life in their own homes across Kettlewick and the',
  'Upper Dove valley, so that they can stay where they feel most comfortable.',
);
const hWhat = [
  j(
    'The team is made up of registered nurses, healthcare assistants and a specialist occupational therapist. They work alongside',
    'your GP and district nurses, and can visit up to four times a day, including at night.',
  ),
  'Our nurses and healthcare assistants can help with:',
];
const hHelp = [
  'personal care, washing and changing position',
  'managing pain, breathlessness and other symptoms',
  'giving medicines through a syringe driver',
  'sitting with your loved one overnight so that you can rest',
  'emotional support for the whole family',
];
const hWho = [
  j(
    'We care for adults aged 18 and over who are registered with a GP practice in our area and who are thought to be in the last',
    'three months of life. You do not need to have cancer; about half of the people we care for have heart, lung or neurological',
    'conditions.',
  ),
];
const hRef = [
  j(
    'Most people are referred by their GP, district nurse or hospital team. Families can also call our Single Point of Access',
    'on 01632 960 722, seven days a week from 8am to 8pm, and we will talk to your GP for you.',
  ),
  j(
    'Once we receive a referral, a nurse will phone you within one working day to arrange a first visit. In urgent situations we',
    'aim to visit the same day.',
  ),
];
const hCost = 'All of our care is free. It costs us £1.9 million a year to run Hospice at Home, and most of this comes from local fundraising.';
const hHeads = ['What we do', 'Who we can help', 'How to be referred', 'Does it cost anything?'];
const hSide = ['Our care', 'Inpatient unit', 'Hospice at Home', 'Day Hospice', 'Family support and bereavement', 'Lymphoedema clinic'];
const hNav = ['Our care', 'Support us', 'Events', 'Volunteer', 'Jobs', 'News', 'Shop'];
const hCrumbs = ['Home', 'Our care'];
const hFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Complaints and compliments', 'Modern slavery statement'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${hTitle} | Dovedale Hospice</title><link rel="canonical" href="https://www.dovedalehospice.org.uk/our-care/hospice-home">
<meta name="description" content="${hLead}">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/57"},"gtag":{"tagId":"G-8KX2"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q0a9f3.css?delta=0&amp;language=en&amp;theme=dovedale"></head>
<body class="path-node page-node-type-service-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container"><header role="banner" class="site-header">
<div class="region region-header"><div id="block-dovedale-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/dovedale/logo.svg" alt="Home"></a></div>
<div class="views-exposed-form block block-views" data-drupal-selector="views-exposed-form-search-page-1" id="block-searchform">
<form action="/search" method="get" id="views-exposed-form-search-page-1"><div class="js-form-item form-item">
<label for="edit-search-api-fulltext">Search</label><input type="text" id="edit-search-api-fulltext" name="search_api_fulltext" class="form-text"></div>
<div class="form-actions"><input type="submit" value="Go" class="button js-form-submit form-submit"></div></form></div>
<div class="block block-block-content header-donate"><a href="/donate" class="button button--primary">Donate now</a></div></div>
<nav role="navigation" aria-labelledby="block-dovedale-main-menu-menu" id="block-dovedale-main-menu">
<h2 class="visually-hidden" id="block-dovedale-main-menu-menu">Main navigation</h2><ul class="menu menu--main">${links(hNav, 'menu-item')}</ul></nav></header>
<div class="region region-breadcrumb"><div id="block-dovedale-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(hCrumbs)}</ol></nav></div></div>
<div data-drupal-messages-fallback class="hidden"></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="region region-content"><div id="block-dovedale-page-title" class="block block-core block-page-title-block">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${hTitle}</span></h1></div>
<article data-history-node-id="57" class="node node--type-service-page node--view-mode-full"><div class="node__content">
<div class="clearfix text-formatted field field--name-field-summary field--type-text-long field--label-hidden field__item"><p class="lead">${hLead}</p></div>
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default">
<h2>${at(hHeads, 0)}</h2>${ps(hWhat)}<ul>${lis(hHelp)}</ul></div></div>
<div class="field__item"><div class="paragraph paragraph--type--image paragraph--view-mode--default"><figure role="group">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2025-03/hah-nurse.jpg" alt="A nurse talking with a patient at home">
<figcaption>Healthcare assistant Dorota on a morning visit in Bramcote</figcaption></figure></div></div>
<div class="field__item"><div class="paragraph paragraph--type--text"><h2>${at(hHeads, 1)}</h2>${ps(hWho)}
<h2>${at(hHeads, 2)}</h2>${ps(hRef)}<h2>${at(hHeads, 3)}</h2>${ps([hCost])}</div></div>
<div class="field__item"><div class="paragraph paragraph--type--call-to-action cta cta--green"><h3 class="cta__title">Help us reach more families</h3>
<p>£35 pays for a healthcare assistant to sit with a patient for three hours at night.</p><a href="/donate?fund=hah" class="button">Give today</a></div></div>
</div></div>
<div class="node__meta field field--name-changed"><span>Page last reviewed: 4 February 2027</span></div></article></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">
<nav role="navigation" aria-labelledby="block-section-menu" id="block-section-menu" class="block block-menu-block">
<h2 id="block-section-menu">In this section</h2><ul class="menu">${links(hSide, 'menu-item')}</ul></nav>
<div class="block block-block-content contact-card"><h2>Single Point of Access</h2><p>01632 960 722</p><p>8am to 8pm, seven days a week</p></div>
</div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer">
<nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer"><h2 class="visually-hidden" id="block-footer-menu">Footer</h2>
<ul class="menu">${links(hFoot, 'menu-item')}</ul></nav>
<div class="block block-block-content newsletter"><h2>Stay in touch</h2><p>Get news of our care, events and appeals by email.</p>
<form action="/newsletter" method="post"><label for="edit-email">Email address</label><input type="email" id="edit-email" name="email">
<input type="submit" value="Sign up" class="button"></form></div>
<p class="footer__legal">Dovedale Hospice is a registered charity (1188888) and a company limited by guarantee (05555555).</p></div></footer>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner" style="display:none"><div class="eu-cookie-compliance-banner">
<div class="popup-content info"><div id="popup-text"><p>We use cookies on this site to enhance your user experience</p></div></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/core/misc/drupal.js?v=10.2.5"></script>
</body></html>`;
const hospiceAtHome: TestPage = {
  name: 'heldout666-drupal-hospice-at-home',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hLead, ...hWhat, ...hHelp, ...hWho, ...hRef, hCost]),
  bylines: ['Page last reviewed: 4 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', 'Donate now', 'Main navigation', ...hNav, 'Breadcrumb',
    'Healthcare assistant Dorota on a morning visit in Bramcote', 'Help us reach more families',
    '£35 pays for a healthcare assistant to sit with a patient for three hours at night.', 'Give today', 'In this section',
    ...hSide.filter((t) => t !== 'Our care' && t !== hTitle), '8am to 8pm, seven days a week',
    'Footer', ...hFoot, 'Stay in touch', 'Get news of our care, events and appeals by email.', 'Email address',
    'Dovedale Hospice is a registered charity (1188888) and a company limited by guarantee (05555555).',
  ],
};

export const HELDOUT666_A: readonly TestPage[] = [moonlight, hospiceAtHome];
