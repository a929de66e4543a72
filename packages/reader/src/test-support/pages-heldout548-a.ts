import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout548-kit.js';

/**
 * Held-out batch 548, file a: a farm car boot sale's "Information for sellers" page on WordPress (Astra theme, CookieYes
 * banner, sidebar widgets), and a craft fair's stallholder application page on Squarespace 7.1 with a form block.
 */
const hTitle = 'Information for Sellers';
const hIntro = [
  j(
    'Hollins Farm Sunday Car Boot runs every Sunday from the first weekend in April to the last weekend in October, weather',
    'permitting. Sellers can arrive from 6.30am and buyers are let in from 7.30am. The gates close to sellers at 11am.',
  ),
  j(
    'You do not need to book. Pitches are given out on the day in the order that cars arrive, and our marshals will show you',
    'where to park. Please follow the one-way system in the top field and keep to 5 mph.',
  ),
];
const hPriceHead = 'Pitch prices';
const hPrices = [
  'Car: <strong>£10</strong>',
  'Car with trailer or roof box: <strong>£14</strong>',
  'Small van (up to Transit size): <strong>£15</strong>',
  'Large van or Luton: <strong>£20</strong>',
  'Traders and new goods: <strong>£25</strong>, by arrangement only',
];
const hPriceNote = j(
  'Payment is taken at the gate, cash or card. Each pitch is roughly 6 metres by 5 metres, room for your vehicle and two pasting',
  'tables. If you need a second pitch beside the first, ask the marshal when you arrive and we will do our best.',
);
const hRulesHead = 'What you can and cannot sell';
const hRules = [
  j(
    'This is a second-hand sale first and foremost. Household items, clothes, toys, books, tools and garden bits are all welcome.',
    'We do not allow the following on site:',
  ),
];
const hBanned = [
  'live animals, including fish and poultry',
  'knives, air weapons and replica firearms',
  'counterfeit goods or anything with a copied brand',
  'hot food, unless you have agreed this with us in advance',
  'medicines, tobacco and vapes',
];
const hWeatherHead = 'If the weather is bad';
const hWeather = [
  j(
    'The field is grass and turns soft after heavy rain. We post a decision on our Facebook page by 8pm on the Saturday.',
    'If we cancel, there is nothing to pay and no need to call us.',
  ),
  j('If you have to leave early because of the weather, please tell a marshal so that we can guide you out safely across the', 'lower gate.'),
];
const hLeaveHead = 'Before you go home';
const hLeave = [
  j(
    'Please take everything you bring home with you, including unsold goods, boxes and broken tables. Anyone leaving rubbish',
    'behind will not be allowed to sell again. Toilets and a burger van are by the barn.',
  ),
];
const hNav = ['Home', 'Sellers', 'Buyers', 'Dates 2026', 'Find Us', 'Contact'];
const hSide = ['Next sale: Sunday 12 April', 'Hollins Lane, Wetherfield', 'Sellers 6.30am, buyers 7.30am'];
const hRecent = ['Easter Sunday opening confirmed', 'New overflow parking in the lower field', 'Thank you for a great 2025 season'];
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle} &#8211; Hollins Farm Sunday Car Boot</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://hollinsfarmcarboot.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}.site-title{font-size:28px;}.entry-content h2{font-size:26px;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${hTitle}"}]}</script>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/4f1e2a/script.js"></script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-27 ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-hide-custom-menu-mobile" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity">
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name">
<a href="https://hollinsfarmcarboot.example/" rel="home">Hollins Farm Sunday Car Boot</a></span>
<p class="site-description" itemprop="description">Every Sunday, April to October</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(hNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div>
<div id="ast-mobile-header" class="ast-mobile-header-wrap" data-type="mobile">
<button class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal"
aria-expanded="false"><span class="screen-reader-text">Main Menu</span></button></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-27 page type-page status-publish ast-article-single" id="post-27" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${hTitle}</h1></header>
<div class="entry-content clear" itemprop="text">
${ps(hIntro)}
<h2 class="wp-block-heading">${hPriceHead}</h2><ul class="wp-block-list">${lis(hPrices)}</ul>
${ps([hPriceNote])}
<h2 class="wp-block-heading">${hRulesHead}</h2>${ps(hRules)}<ul class="wp-block-list">${lis(hBanned)}</ul>
<h2 class="wp-block-heading">${hWeatherHead}</h2>${ps(hWeather)}
<h2 class="wp-block-heading">${hLeaveHead}</h2>${ps(hLeave)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/find-us/">How to find us</a></div></div>
</div></article></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<section id="block-3" class="widget widget_block"><h2 class="widget-title">This week</h2><ul>${lis(hSide)}</ul></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Latest news</h2><ul>${links(hRecent)}</ul></section>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="ast-footer-copyright">
<p>Copyright &copy; 2026 Hollins Farm Sunday Car Boot | Powered by <a href="https://wpastra.com" rel="nofollow noopener">Astra WordPress Theme</a></p>
</div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-des"><p>We use cookies to count visitors and to show our Facebook updates. You can choose which cookies to allow.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<script src="https://hollinsfarmcarboot.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
const hHeads = [hPriceHead, hRulesHead, hWeatherHead, hLeaveHead];
const hBody = texts([...hIntro, ...hPrices, hPriceNote, ...hRules, ...hBanned, ...hWeather, ...hLeave]);
const hollins: TestPage = {
  name: 'heldout548-wp-astra-car-boot-sellers',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: hBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([hTitle, ...hHeads, ...hBody], [
    'Skip to content', 'Hollins Farm Sunday Car Boot', 'Every Sunday, April to October', ...hNav, 'Main Menu',
    'How to find us', 'This week', ...hSide, 'Latest news', ...hRecent, 'Copyright © 2026 Hollins Farm Sunday Car Boot | Powered by Astra WordPress Theme',
    'We value your privacy', 'We use cookies to count visitors and to show our Facebook updates. You can choose which cookies to allow.',
    'Customise', 'Reject All', 'Accept All',
  ]),
};

const sTitle = 'Apply for a stall';
const sBody = [
  j(
    'The Saltmarsh Makers Fair returns to the Corn Exchange on Saturday 21 and Sunday 22 November. We have room for 48 stalls over',
    'two floors, and every maker is chosen by a small panel so that the fair has a good spread of crafts and no two stalls are alike.',
  ),
  j(
    'Everything on your stall must be designed and made by you. We cannot accept resold or mass-produced goods, and we may ask to',
    'see photographs of your workspace.',
  ),
  'Stall fees',
  'Standard table (6ft), one day: £45',
  'Standard table (6ft), both days: £80',
  'Double pitch or gazebo space on the ground floor: £140 for the weekend',
  'First-time makers under 25: half price',
  j(
    'Fees include a table, two chairs, shared wifi and a listing in our printed programme. Power points are limited and cost £10',
    'extra per day. You pay only once your place is confirmed.',
  ),
  'Key dates',
  j(
    'Applications close at midnight on 30 September. We will email every applicant by 14 October, and payment is due within ten',
    'days of your offer. Set-up is from 7.30am on each fair day, and stalls must stay open until 4pm.',
  ),
];
const sNav = ['About', 'Makers', 'Visit', 'Apply', 'Journal'];
const sForm = ['Name', 'First Name', 'Last Name', 'Email', 'Business name', 'Website or Instagram', 'What do you make?', 'Which days?', 'Submit'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Apply &mdash; Saltmarsh Makers Fair</title><link rel="canonical" href="https://www.saltmarshmakers.example/apply">
<meta property="og:site_name" content="Saltmarsh Makers Fair"><meta property="og:title" content="Apply &mdash; Saltmarsh Makers Fair">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Saltmarsh Makers Fair"},"templateId":"5c5a519771c10ba3470d8101"};
</script>
<script type="application/ld+json">{"url":"https://www.saltmarshmakers.example","name":"Saltmarsh Makers Fair","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/12/5c5a519771c10ba3470d8101/site.css" type="text/css" rel="stylesheet"></head>
<body id="collection-64a1f0c2" class="primary-button-style-solid tweak-global-animations-enabled header-width-full form-use-theme-colors">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text">
<p>Applications for the November fair close on 30 September</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title">
<div class="header-title-text"><a href="/" data-animation-role="header-element">Saltmarsh Makers Fair</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu"></button></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f0c2">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-section-64a1f0c3">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1">
<div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${sBody[2]}</h3><ul data-rte-list="default">${lis(sBody.slice(3, 7).map((t) => `<p class="">${t}</p>`))}</ul>
${ps(sBody.slice(7, 8), ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${sBody[8]}</h3>${ps(sBody.slice(9), ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-yui_3_17_2_2"><div class="sqs-block-content"><div class="form-wrapper">
<div class="form-title">Application form</div><div class="form-inner-wrapper"><form autocomplete="on" action="" method="POST"><div class="field-list clear">
<fieldset class="form-item fields name required"><legend class="title">Name <span class="required">*</span></legend>
<div class="field first-name"><label class="caption"><input class="field-element field-control" name="fname" type="text">
<span class="caption-text">First Name</span></label></div>
<div class="field last-name"><label class="caption"><input class="field-element field-control" name="lname" type="text">
<span class="caption-text">Last Name</span></label></div></fieldset>
<div class="form-item field email required"><label class="title" for="email-1">Email <span class="required">*</span></label>
<input class="field-element" id="email-1" type="email"></div>
<div class="form-item field text"><label class="title" for="text-2">Business name</label><input class="field-element" id="text-2" type="text"></div>
<div class="form-item field website"><label class="title" for="text-3">Website or Instagram</label><input class="field-element" id="text-3" type="text"></div>
<div class="form-item field textarea required"><label class="title" for="textarea-4">What do you make? <span class="required">*</span></label>
<textarea class="field-element" id="textarea-4"></textarea></div>
<div class="form-item field select"><label class="title" for="select-5">Which days?</label><select id="select-5"><option>Saturday</option>
<option>Sunday</option>
<option>Both days</option></select></div></div>
<div class="form-button-wrapper form-button-wrapper--align-left"><input class="button sqs-system-button sqs-editable-button sqs-button-element--primary"
type="submit" value="Submit"></div></form></div></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="dark"><div class="content-wrapper">
<div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hear about the next fair</h2>
<div class="newsletter-form-header-description"><p>One email a season, never more.</p></div></div>
<form class="newsletter-form"><div class="newsletter-form-field-wrapper"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" id="email-yui" name="email" type="email" placeholder="Email Address"></div>
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit"><span class="newsletter-form-button-label">Sign Up</span>
</button></form>
</div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p>Corn Exchange, Market Place, Saltby</p>
<p>hello@saltmarshmakers.example</p></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-decline">Decline</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const sGoldBody = texts(sBody.filter((_, i) => i !== 2 && i !== 8));
const saltmarsh: TestPage = {
  name: 'heldout548-squarespace-craft-fair-apply',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sBody[2] ?? '', sBody[8] ?? ''],
  body: sGoldBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([sTitle, ...sBody], [
    'Applications for the November fair close on 30 September', 'Skip to Content', 'Saltmarsh Makers Fair', ...sNav,
    'Application form', ...sForm, 'Hear about the next fair', 'One email a season, never more.', 'Email Address', 'Sign Up',
    'Corn Exchange, Market Place, Saltby', 'hello@saltmarshmakers.example', 'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ]),
};

export const HELDOUT548_A: readonly TestPage[] = [hollins, saltmarsh];
