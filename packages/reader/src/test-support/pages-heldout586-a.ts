import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page, rowText, trs } from './pages-heldout586-kit.js';

/**
 * Held-out batch 586, file a: a blacksmith's commission page on Squarespace 7.1 with an enquiry form block, and a forge
 * course page on WordPress (Astra theme) with a dates table, a sidebar and a booking box.
 */
const sTitle = 'Commissions';
const sIntro = j(
  'Every gate, rail and fire basket that leaves the Ashgrove Forge is made to order, by hand, at the anvil in our yard',
  'outside Kellow Bridge. If you have a piece in mind, this is how a commission works from the first sketch to fitting day.',
);
const sSteps = [
  j(
    '<strong>Conversation.</strong> Tell us about the space, the style of the house and what the piece must do. A photograph',
    'and a few rough measurements are enough to begin.',
  ),
  j(
    '<strong>Site visit and drawings.</strong> For gates and balustrades we visit, measure and return a scaled drawing within',
    'three weeks. The design fee of £180 is taken off the final price if you go ahead.',
  ),
  j(
    '<strong>Making.</strong> Forging takes between four and twelve weeks depending on size. You are welcome to visit the',
    'forge and see the work in progress.',
  ),
  j(
    '<strong>Finishing and fitting.</strong> Pieces are hot-dip galvanised and painted, or left with a waxed black finish for',
    'indoor work. We fit everything we make within forty miles of the forge.',
  ),
];
const sMore = [
  j(
    'We do not work from catalogues, and we rarely make the same design twice. Prices start at around £650 for a fire basket and',
    '£2,400 for a single garden gate; a pair of drive gates is usually between £7,000 and £14,000.',
  ),
  'Our waiting list is currently about five months for larger pieces.',
];
const sNav = ['Work', 'Commissions', 'Courses', 'About', 'Journal', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Privacy'];
const sFormLabels = ['Name', 'First Name', 'Last Name', 'Email', 'Phone', 'Tell us about your project', 'Send enquiry'];
const sNavHtml = sNav
  .map((t) => {
    const active = t === 'Commissions' ? ' header-nav-item--active' : '';
    return `<div class="header-nav-item header-nav-item--collection${active}"><a href="/${t.toLowerCase()}"
 data-animation-role="header-element">${t}</a></div>`;
  })
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Commissions &mdash; Ashgrove Forge</title>
<link rel="shortcut icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/5f2a/favicon.ico?format=100w">
<link rel="canonical" href="https://www.ashgroveforge.co.uk/commissions"><meta property="og:site_name" content="Ashgrove Forge">
<meta property="og:title" content="Commissions &mdash; Ashgrove Forge"><meta property="og:type" content="website">
<meta name="description" content="Hand-forged gates, railings and fire baskets made to order.">
<script type="text/javascript" src="//use.typekit.net/ik/fk3.js" async></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a1c","siteTitle":"Ashgrove Forge"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.ashgroveforge.co.uk","name":"Ashgrove Forge","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f2a1c/12/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-5f2a1c9e" class="header-width-full tweak-transparent-header primary-button-style-solid form-field-style-solid
 collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Ashgrove Forge</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNavHtml}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Get in touch</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title
 visually-hidden">Close Menu</span>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64ab21">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed
 section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="64ab21a1">
<div class="section-background"><img alt="Sparks from the anvil" data-src="https://images.squarespace-cdn.com/content/v1/5f2a/forge.jpg" src=""></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64ab21a1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
<p class="sqs-block-html-subtitle" style="text-align:center;white-space:pre-wrap;">${sIntro}</p></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--small"
 data-section-id="64ab21a2"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="row sqs-row"><div class="col sqs-col-7 span-7"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">How it works</h2>
<ol data-rte-list="default">${lis(sSteps.map((s) => `<p style="white-space:pre-wrap;">${s}</p>`))}</ol>
<h3 style="white-space:pre-wrap;">Prices and waiting times</h3>${ps(sMore, ' style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="col sqs-col-5 span-5"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline">
<img data-src="https://images.squarespace-cdn.com/content/v1/5f2a/gate.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Leaf-scroll drive gates, Fenwick Hall, 2025</p></div></figcaption>
</figure></div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section section-height--medium" data-section-id="64ab21a3">
<div class="content-wrapper"><div class="content"><div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content">
<div class="form-wrapper"><div class="form-title">Start a commission</div><div class="form-inner-wrapper"><form data-form-id="64ab21f0" autocomplete="on"
 method="POST" onsubmit="return (function (form) { Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {}); return false; })(this);">
<div class="field-list clear"><fieldset id="name-yui_3_17_2_1" class="form-item fields name required"><legend class="title">${sFormLabels[0]}
<span class="required" aria-hidden="true">*</span></legend><div class="field first-name"><label class="caption"><input class="field-element field-control"
 name="fname" type="text"><span class="caption-text">${sFormLabels[1]}</span></label></div><div class="field last-name"><label class="caption">
<input class="field-element field-control" name="lname" type="text"><span class="caption-text">${sFormLabels[2]}</span></label></div></fieldset>
<div class="form-item field email required"><label class="title" for="email-yui">${sFormLabels[3]}</label><input class="field-element" id="email-yui"
 type="email"></div>
<div class="form-item field phone"><label class="title" for="phone-yui">${sFormLabels[4]}</label><input class="field-element" id="phone-yui" type="tel"></div>
<div class="form-item field textarea required"><label class="title" for="textarea-yui">${sFormLabels[5]}</label>
<textarea class="field-element" id="textarea-yui"></textarea></div></div>
<div data-animation-role="button" class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button sqs-editable-button
 sqs-button-element--primary"
 type="submit">${sFormLabels[6]}</button></div><div class="hidden form-submission-text">Thank you! We will reply within a week.</div>
</form></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-html-content"><p style="white-space:pre-wrap;">Ashgrove Forge · Mill Lane · Kellow Bridge · KB4 7TR</p>
<p style="white-space:pre-wrap;">Open to visitors by appointment, Tuesday to Saturday</p></div>
<div class="sqs-block socialaccountlinks-v2-block"><nav class="sqs-svg-icon--list">${sFoot
  .slice(0, 2)
  .map((t) => `<a href="#" class="sqs-svg-icon--wrapper"><div><span class="sqs-svg-icon--social">${t}</span></div></a>`)
  .join('')}</nav></div>
<p><a href="/privacy">${sFoot[2]}</a> · © 2026 Ashgrove Forge</p></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-bar" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to show you relevant content.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = page({
  name: 'heldout586-squarespace-commissions',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['How it works', 'Prices and waiting times'],
  body: texts([sIntro, ...sSteps, ...sMore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Ashgrove Forge', ...sNav, 'Get in touch', 'Leaf-scroll drive gates, Fenwick Hall, 2025', 'Start a commission',
    ...sFormLabels, 'Ashgrove Forge · Mill Lane · Kellow Bridge · KB4 7TR', 'Open to visitors by appointment, Tuesday to Saturday', ...sFoot,
    '© 2026 Ashgrove Forge', 'This website uses cookies to improve your experience and to show you relevant content.', 'Accept', 'Decline',
  ],
});

const wTitle = 'Two-Day Introduction to Blacksmithing';
const wDek = 'Light the fire, learn to draw, bend and punch hot steel, and go home with a hook, a poker and a leaf of your own.';
const wBody = [
  j(
    'Our introductory course is for complete beginners. There are never more than four students at the forge, each with their',
    'own anvil, coal hearth and set of tools, and the whole weekend is spent making rather than watching.',
  ),
  j(
    'You will be taught by Tamsin Ruddle, who has run the Cinderbank workshop since 2014, or by one of our two assistant smiths.',
    'Tea, coffee and a hot lunch are included on both days.',
  ),
  'What you will make',
  'a twisted S-hook and a wall hook with a scrolled end',
  'a fire poker with a punched eye',
  'a forged leaf, which can be made into a key ring or a coat peg',
  'What to bring',
  j(
    'Wear boots with leather uppers, and long trousers and a long-sleeved top in cotton or wool: synthetic fabrics melt when a',
    'spark lands on them. We provide aprons, gloves, safety glasses and ear defenders.',
  ),
  'Dates and prices',
  'Who can come?',
  j(
    'The course is open to anyone aged 16 or over; students under 18 must be accompanied by a paying adult. Please tell us',
    'when you book if you have any condition that makes standing for long periods or lifting a 2 kg hammer difficult.',
  ),
  'Gift vouchers',
  j(
    'Vouchers for the course are valid for eighteen months and can be used for any date. They are sent by post in a card with a',
    'small forged nail, or by email if you are in a hurry.',
  ),
];
const wRows = [
  ['Sat 14 – Sun 15 March 2026', '£295', '1 place left'],
  ['Sat 18 – Sun 19 April 2026', '£295', 'Available'],
  ['Sat 16 – Sun 17 May 2026', '£295', 'Fully booked'],
  ['Sat 13 – Sun 14 June 2026', '£320 (includes a take-home hammer)', 'Available'],
];
const wNav = ['Home', 'Courses', 'Commissions', 'Gallery', 'Shop', 'Visit Us'];
const wCrumbs = ['Home', 'Courses'];
const wSide = ['Bladesmithing Weekend', 'Forge a Fire Basket', 'One-Day Taster', 'Tool Making for Smiths'];
const wFoot = ['Terms & Conditions', 'Privacy Policy', 'Cancellations'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>Two-Day Introduction to Blacksmithing &#8211; Cinderbank Forge</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical"
 href="https://cinderbankforge.co.uk/courses/introduction-to-blacksmithing/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:site_name" content="Cinderbank Forge">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${wTitle}",
"isPartOf":{"@id":"https://cinderbankforge.co.uk/#website"}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home"}]}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://cinderbankforge.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
 media='all'>
<style id='astra-theme-css-inline-css'>.ast-container{max-width:1240px;}.entry-title{font-size:2.4rem;}</style>
<script src="https://cinderbankforge.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="page-template-default page page-id-212 page-child parent-pageid-18
 ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-header-custom-item-inside">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead"
 itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
 site-header-focus-item">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img">
<a href="https://cinderbankforge.co.uk/" class="custom-logo-link" rel="home"><img width="220" height="80" src="/wp-content/uploads/2023/02/logo.png"
 class="custom-logo"
 alt="Cinderbank Forge"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
 ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
 id="primary-site-navigation-desktop"
 aria-label="Site Navigation: Main Menu"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
 class="main-header-menu ast-menu-shadow ast-nav-menu
 ast-flex submenu-with-border stack-on-mobile">${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search">
<div class="ast-search-menu-icon slide-search"><form role="search" method="get" class="search-form" action="https://cinderbankforge.co.uk/">
<label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..."
 name="s"></label><button class="search-submit ast-search-submit"
 aria-label="Search Submit"></button></form></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><div class="ast-breadcrumbs"><ul class="trail-items">
${links(wCrumbs, 'trail-item')}<li class="trail-item trail-end"><span><span>${wTitle}</span></span></li></ul></div></nav>
<main id="main" class="site-main"><article class="post-212 page type-page status-publish has-post-thumbnail ast-article-single" id="post-212"
 itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><header class="entry-header ast-header-without-markup">
<div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2024/01/course-hearth.jpg" class="attachment-large
 size-large wp-post-image" alt="Students at the coal hearths" decoding="async" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${wTitle}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<p class="has-medium-font-size"><em>${wDek}</em></p>
${ps(wBody.slice(0, 2))}
<h2 class="wp-block-heading">${wBody[2]}</h2><ul class="wp-block-list">${lis(wBody.slice(3, 6))}</ul>
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2024/01/hooks.jpg" alt="">
<figcaption class="wp-element-caption">Hooks and leaves from last month&#8217;s course</figcaption></figure>
<h2 class="wp-block-heading">${wBody[6]}</h2>${ps([wBody[7] ?? ''])}
<h2 class="wp-block-heading">${wBody[8]}</h2>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Dates</th><th>Price</th><th>Places</th></tr></thead>
<tbody>${trs(wRows)}</tbody></table></figure>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
 href="https://cinderbankforge.co.uk/book/">Book a place</a></div></div>
<h3 class="wp-block-heading">${wBody[9]}</h3>${ps([wBody[10] ?? ''])}
<h3 class="wp-block-heading">${wBody[11]}</h3>${ps([wBody[12] ?? ''])}
</div></article></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<section id="block-7" class="widget widget_block"><h2 class="widget-title">Other courses</h2><ul class="wp-block-page-list">${links(wSide)}</ul></section>
<section id="block-8" class="widget widget_block"><div class="wp-block-group has-background" style="background-color:#f3ede4">
<h3 class="wp-block-heading">Can't find a date?</h3><p>We run private courses for two to four people on weekdays.</p>
<p><a href="/contact/">Ask about a private course</a></p></div></section></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter"
 itemscope="itemscope"><div class="site-below-footer-wrap ast-builder-grid-row-container
 site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full"><div class="ast-builder-grid-row-container-inner">
<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section">
<div class="ast-footer-copyright"><p>Copyright &copy; 2026 Cinderbank Forge | Unit 3, Hollins Yard, Sedgecombe</p></div>
<div class="footer-widget-area widget-area"><ul class="menu">${links(wFoot, 'menu-item')}</ul></div></div></div></div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" style="display:block"><span>We use cookies on our website to give you the most relevant experience.
<a role="button" class="cli_settings_button">Cookie settings</a><a role="button" id="cookie_action_close_header"
 class="cli-plugin-button">ACCEPT</a></span></div>
<script src="https://cinderbankforge.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4"
 id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = page({
  name: 'heldout586-wordpress-astra-course',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wBody[2] ?? '', wBody[6] ?? '', wBody[8] ?? '', wBody[9] ?? '', wBody[11] ?? ''],
  body: texts([wDek, ...wBody.filter((_, i) => ![2, 6, 8, 9, 11].includes(i)).slice(0, 6), ...wRows.map(rowText), wBody[10] ?? '', wBody[12] ?? '']),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wNav, 'Search for:', ...wCrumbs, 'Hooks and leaves from last month’s course', 'Book a place', 'Other courses', ...wSide,
    "Can't find a date?", 'We run private courses for two to four people on weekdays.', 'Ask about a private course',
    'Copyright © 2026 Cinderbank Forge | Unit 3, Hollins Yard, Sedgecombe', ...wFoot,
    'We use cookies on our website to give you the most relevant experience.', 'Cookie settings', 'ACCEPT',
  ],
});

export const HELDOUT586_A: readonly TestPage[] = [squarespace, astra];
