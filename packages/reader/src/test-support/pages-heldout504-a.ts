import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout504-kit.js';

/**
 * Held-out batch 504, file a: a grooming salon's price list on Squarespace 7.1 (fluid-engine sections, announcement bar,
 * cookie banner), and a boarding kennel's vaccination policy on WordPress with the Astra theme and Elementor sections.
 */
const sTitle = 'Grooming Prices';
const sIntro = j(
  'Every groom at Suds &amp; Scissors includes a hand-scissored finish, nail trim, ear cleaning and a blueberry facial.',
  'Prices depend on size, coat condition and temperament, and are confirmed at drop-off.',
);
const sSections: [string, string[]][] = [
  ['Full Groom', ['Small (up to 20 lb) — $68', 'Medium (21–50 lb) — $84', 'Large (51–80 lb) — $102', 'Giant (81 lb and up) — from $125']],
  ['Bath &amp; Tidy', ['Small — $48', 'Medium — $58', 'Large — $72', 'Includes a face, feet and sanitary trim, but no full haircut.']],
  ['Add-Ons', ['De-shedding treatment — $18', 'Teeth brushing — $10', 'Paw balm — $6', 'Dematting — $15 per 15 minutes']],
];
const sAfter = [
  j(
    'Matted coats: if your dog\u2019s coat is matted close to the skin we will shave it short rather than brush out the mats.',
    'This is kinder to the dog, and we will always call you before we start.',
  ),
  'We ask for 24 hours\u2019 notice to cancel. Late cancellations and no-shows are charged half the groom price.',
];
const sNav = ['Services', 'Prices', 'Our Groomers', 'Gallery', 'Contact'];
const sFoot = ['Suds &amp; Scissors Dog Grooming', '418 Larkspur Avenue, Fenwick Falls', 'Tue–Sat 8am–5pm', '(555) 014-2290'];
const sSecHtml = sSections
  .map(([h, items]) => `<h3 style="white-space:pre-wrap;">${h}</h3>\n${ps(items, ' class="" style="white-space:pre-wrap;"')}`)
  .join('\n');
const sHtml = `<!DOCTYPE html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Grooming Prices &mdash; Suds &amp; Scissors Dog Grooming</title>
<link rel="canonical" href="https://www.sudsandscissors.example/prices"><meta property="og:site_name" content="Suds &amp; Scissors Dog Grooming">
<meta property="og:title" content="Grooming Prices &mdash; Suds &amp; Scissors Dog Grooming"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.sudsandscissors.example","name":"Suds & Scissors Dog Grooming","@context":"http://schema.org",
"@type":"WebSite"}</script><script type="application/ld+json">{"address":"418 Larkspur Avenue, Fenwick Falls","openingHours":"Tu, We, Th, Fr, Sa 08:00-17:00",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/65a1/27/5c5a519771c10ba3470d8101/site.css">
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"65a1f0c2","siteTitle":"Suds & Scissors Dog Grooming"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/commerce-7f3e-min.en-US.js" defer></script></head>
<body id="collection-65a1f3b8c0d2" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled
header-overlay-alignment-center header-width-full tweak-fixed-header-style-basic form-use-theme-colors header-button-style-solid">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar yui3-widget"><div class="sqs-announcement-bar-content">
<a href="/contact" class="sqs-announcement-bar-url" aria-label="Announcement bar link"></a><div class="sqs-announcement-bar-text">
<span class="sqs-announcement-bar-close" tabindex="0" role="button"></span><div class="sqs-announcement-bar-text-inner"><p>Now booking holiday
grooms for December — spots fill fast!</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img src="//images.squarespace-cdn.com/content/v1/65a1f0c2/logo.png?format=1500w" alt="Suds &amp; Scissors Dog Grooming"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="https://sudsandscissors.example/book">Book Now</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu"
aria-controls="header-menu" aria-expanded="false"><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"></div></div>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a1f3b8c0d2e">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed
section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle dark"><div class="section-background">
<img alt="" src="https://images.squarespace-cdn.com/content/v1/65a1f0c2/poodle-banner.jpg"></div><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section white"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">${sIntro}</p>
${sSecHtml}
${ps(sAfter, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center" data-animation-role="button"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Book an Appointment</a></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sFoot, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><div
class="sqs-svg-icon--outer social-icon-alignment-center">
<nav class="sqs-svg-icon--list"><a href="https://www.instagram.com/sudsandscissors" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth"
aria-label="Instagram">
<div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" href="#instagram-unauth-icon"></use></svg></div></a></nav></div></div>
</div>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script type="text/javascript"
data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();</script>
<script>Squarespace.afterBodyLoad(Y);</script><svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg">
<symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816c-0.073-1.597-0.326-2.687-0.697-3.641"/></symbol></svg></body></html>`;
const squarespace: TestPage = {
  name: 'heldout504-squarespace-grooming-prices',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: texts(sSections.map(([h]) => h)),
  body: texts([sIntro, ...sSections.flatMap(([, items]) => items), ...sAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Now booking holiday grooms for December — spots fill fast!', ...sNav.filter((t) => t !== 'Prices'), 'Book Now',
    'Book an Appointment', ...texts(sFoot), 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const wTitle = 'Vaccination Policy';
const wBody = [
  j(
    'To keep every guest healthy, all dogs staying at Hollowbrook Kennels must be up to date on the vaccinations below.',
    'We need proof from your veterinarian at least 48 hours before check-in. We do not accept titer tests in place of vaccines,',
    'except where a vet has written that a dog cannot be vaccinated for medical reasons.',
  ),
  'Required vaccinations',
  'Rabies, given by a licensed veterinarian',
  'DHPP (distemper, hepatitis, parainfluenza and parvovirus)',
  'Bordetella (kennel cough), given at least 7 days before the stay',
  'Canine influenza (H3N2 and H3N8), both doses of the first series completed',
  'Puppies',
  j(
    'Puppies can board from 16 weeks old once they have finished their puppy series. We ask that the last booster be given',
    'at least 14 days before the first stay.',
  ),
  'Flea and tick prevention',
  j(
    'Every dog must be on a flea and tick preventive. If we find fleas at check-in we will give a fast-acting treatment,',
    'for a $22 fee, before your dog joins the kennel.',
  ),
  'How to send records',
  j(
    'Ask your vet clinic to email records to records@hollowbrookkennels.example, or upload them in your client portal.',
    'Photos of vaccine tags are not accepted, because the tag does not show the date the vaccine expires.',
  ),
  j(
    'Kennel cough can still spread among vaccinated dogs, in the same way a flu shot does not prevent every cold. If your dog',
    'develops a cough within ten days of going home, please call us and your vet.',
  ),
];
const wNav = ['Home', 'Boarding', 'Daycare', 'Grooming', 'Policies', 'Reservations', 'Contact Us'];
const wCrumbs = ['Home', 'Policies'];
const wSide = ['Boarding Rates', 'What to Pack', 'Cancellation Policy', 'Vaccination Policy', 'Holiday Peak Dates'];
const wFoot = ['Hollowbrook Kennels · 2250 Quarry Road, Millbank', 'Check-in: Mon–Sat 7:30am–6pm, Sun 4pm–6pm'];
const wHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>Vaccination Policy - Hollowbrook Kennels</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://hollowbrookkennels.example/vaccination-policy/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":
"https://hollowbrookkennels.example/vaccination-policy/","name":"Vaccination Policy - Hollowbrook Kennels","datePublished":"2021-03-02T14:11:09+00:00",
"dateModified":"2026-09-18T10:40:51+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://hollowbrookkennels.example/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://hollowbrookkennels.example/wp-content/plugins/elementor/assets/css/frontend.min.css">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}h1.entry-title{font-size:40px;}</style>
<script src="https://hollowbrookkennels.example/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-318 wp-custom-logo ast-desktop
ast-page-builder-template ast-no-sidebar astra-4.6.4 elementor-default elementor-kit-6 elementor-page elementor-page-318">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-above-header-wrap"><div
class="ast-above-header-bar ast-above-header site-header-focus-item">
<div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-above-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element">
<p>Call us: (555) 013-7784</p></div></div></div></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row
ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div
class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity"
itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="https://hollowbrookkennels.example/"
class="custom-logo-link"
rel="home"><img width="220" height="64" src="/wp-content/uploads/2021/02/hollowbrook-logo.png" class="custom-logo" alt="Hollowbrook Kennels"></a></span></div>
</div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-318 page type-page status-publish ast-article-single" id="post-318" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-header-without-markup"></header><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="318" class="elementor elementor-318"><section class="elementor-section elementor-top-section
elementor-element elementor-element-5d1a2b0 elementor-section-boxed elementor-section-height-default" data-id="5d1a2b0" data-element_type="section"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-background-overlay"></div><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-3b7c9e1"><div
class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-element-1f2a3b4 elementor-widget elementor-widget-heading"
data-widget_type="heading.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${wTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-breadcrumbs" data-widget_type="breadcrumbs.default"><div class="elementor-widget-container">
<p id="breadcrumbs"><span><span><a href="/">${wCrumbs[0]}</a></span> » <span><a href="/policies/">${wCrumbs[1]}</a></span> » <span class="breadcrumb_last"
aria-current="page">${wTitle}</span></span></p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-8e9f0a1 elementor-section-boxed" data-id="8e9f0a1"
data-element_type="section"><div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-c4d5e6f"><div class="elementor-widget-wrap
elementor-element-populated"><div class="elementor-element elementor-element-a1b2c3d elementor-widget elementor-widget-text-editor"
data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${wBody[0]}</p>
<h2>${wBody[1]}</h2><ul>${lis(wBody.slice(2, 6))}</ul>
<h3>${wBody[6]}</h3><p>${wBody[7]}</p>
<h3>${wBody[8]}</h3><p>${wBody[9]}</p>
<h2>${wBody[10]}</h2>${ps(wBody.slice(11))}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/portal/"><span
class="elementor-button-content-wrapper">
<span class="elementor-button-text">Upload Records</span></span></a></div></div></div></div></div>
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-f7e8d9c"><div class="elementor-widget-wrap
elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h4 class="elementor-heading-title elementor-size-default">Our Policies</h4></div></div><div class="elementor-element elementor-widget
elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${wSide
  .map(
    (t) => `<li class="elementor-icon-list-item"><a href="/${t.toLowerCase().replace(/ /g, '-')}/"><span class="elementor-icon-list-text">${t}</span>
</a></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div></section></div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack"><div
class="ast-builder-grid-row-container-inner">
<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-html-1"><div class="ast-header-html inner-link-style-"><div
class="ast-builder-html-element">
${ps(wFoot.map(esc))}</div></div></div><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright"><div
class="ast-footer-copyright">
<p>Copyright &copy; 2026 Hollowbrook Kennels | Powered by Hollowbrook Kennels</p></div></div></div></div></div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" data-cli-style="cli-style-v2" style="background-color:#fff;"><span><div
class="cli-bar-container cli-style-v2">
<div class="cli-bar-message">We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.</div>
<div class="cli-bar-btn_container"><a role="button" class="cli_settings_button">Cookie Settings</a><a id="wt-cli-accept-all-btn" role="button"
class="wt-cli-element medium cli-plugin-button wt-cli-accept-all-btn cookie_action_close_header cli_action_button">Accept All</a></div></div></span></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":""};</script>
<script src="https://hollowbrookkennels.example/wp-content/themes/astra/assets/js/minified/frontend.min.js" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout504-astra-kennel-vaccination-policy',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wBody[1] ?? '', wBody[6] ?? '', wBody[8] ?? '', wBody[10] ?? ''],
  body: wBody.filter((_, i) => ![1, 6, 8, 10].includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call us: (555) 013-7784', ...wNav.filter((t) => t !== 'Home'), 'Upload Records', 'Our Policies',
    ...wSide.filter((t) => t !== wTitle), ...wFoot, 'Copyright © 2026 Hollowbrook Kennels | Powered by Hollowbrook Kennels',
    'We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.',
    'Cookie Settings', 'Accept All',
  ],
};

export const HELDOUT504_A: readonly TestPage[] = [squarespace, astra];
