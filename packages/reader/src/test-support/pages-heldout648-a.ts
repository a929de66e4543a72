import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout648-kit.js';

/**
 * Held-out batch 648, file a: a ballet school's class timetable on WordPress (Astra theme, Gutenberg tables, CookieYes banner).
 */
const bTitle = 'Class Timetable 2026–27';
const bIntro = [
  j(
    'Our autumn term runs from Monday 7 September to Saturday 12 December 2026. All classes take place at the Old Chapel studios',
    'on Mercer Lane unless marked otherwise. Please arrive ten minutes early so that dancers can change and warm up.',
  ),
  j(
    'New pupils are welcome to join any Pre-Primary, Primary or Grade 1 class part way through the term. For Grade 2 and above,',
    'please contact Miss Averill so that she can place your child in the right group.',
  ),
];
const bWeekCells = [
  ['Monday', '4.15–5.00pm', 'Primary Ballet', '5–6 years', 'Studio 1'],
  ['Monday', '5.00–6.00pm', 'Grade 3 Ballet', '9–11 years', 'Studio 1'],
  ['Tuesday', '4.30–5.30pm', 'Grade 1 Ballet', '6–8 years', 'Studio 2'],
  ['Tuesday', '6.00–7.15pm', 'Intermediate Foundation', '12+ years', 'Studio 1'],
  ['Wednesday', '5.30–6.30pm', 'Pointe and Conditioning', 'by invitation', 'Studio 1'],
  ['Thursday', '7.30–8.45pm', 'Adult Ballet (open level)', '16+ years', 'Studio 2'],
];
const bSatCells = [
  ['9.00–9.30am', 'Baby Ballet', '2½–3 years', 'with a parent or carer'],
  ['9.40–10.25am', 'Pre-Primary Ballet', '3–5 years', ''],
  ['10.30–11.30am', 'Grade 2 Ballet', '7–9 years', ''],
  ['11.45am–1.00pm', 'Grade 4 and 5 Ballet', '10–13 years', 'includes character work'],
];
const bHeads = ['Weekday classes', 'Saturday classes', 'Term dates', 'Fees and uniform'];
const bTerms = [
  'Autumn term: 7 September – 12 December 2026 (half term 26–31 October)',
  'Spring term: 4 January – 27 March 2027 (half term 15–20 February)',
  'Summer term: 19 April – 17 July 2027 (half term 31 May – 5 June)',
];
const bFees = [
  j(
    'Fees are charged by the term and are due before the first class. A 30-minute class costs £72 a term and a one-hour class',
    '£118. Families with two or more children in the school receive a 10% discount on the second and later children.',
  ),
  j(
    'Uniform is required from Primary upwards and can be ordered through the office. Hair must be tied back in a bun for all',
    'graded classes. Exam candidates will be told about extra coaching sessions in the spring term.',
  ),
];
const bNav = ['Home', 'About Us', 'Timetable', 'Exams & Shows', 'Gallery', 'Contact'];
const bFoot = ['Privacy Policy', 'Safeguarding'];
const bHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Class Timetable 2026–27 – Linden Row School of Ballet</title><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://lindenrowballet.co.uk/timetable/"><meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="astra-theme-css-css" href="https://lindenrowballet.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.7.3"
media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}.entry-title{font-size:40px;}</style>
<link rel="stylesheet" id="cookie-law-info-css" href="https://lindenrowballet.co.uk/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css"
media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${bTitle}",
"url":"https://lindenrowballet.co.uk/timetable/","datePublished":"2024-08-20T10:02:11+00:00","dateModified":"2026-08-14T16:40:09+00:00"}]}</script>
<script id="cookie-law-info-js-extra">var _ckyConfig={"_ipData":[],"_assetsURL":"","_publicURL":"https:\\/\\/lindenrowballet.co.uk"};</script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope"
class="page-template-default page page-id-212 wp-custom-logo ast-desktop ast-plain-container ast-no-sidebar astra-4.7.3 ast-single-post
ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div
class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div
class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div
class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a
href="https://lindenrowballet.co.uk/" class="custom-logo-link" rel="home"><img width="220" height="64"
src="https://lindenrowballet.co.uk/wp-content/uploads/2024/05/linden-row-logo.png" class="custom-logo" alt="Linden Row School of Ballet"></a></span></div>
</div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div
class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav
class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(bNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-212 page type-page status-publish ast-article-single" id="post-212" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">${bTitle}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(bIntro)}
<h2 class="wp-block-heading">${at(bHeads, 0)}</h2>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Day</th><th>Time</th><th>Class</th><th>Age</th><th>Studio</th>
</tr></thead>
<tbody>${trs(bWeekCells)}</tbody></table><figcaption class="wp-element-caption">Studio 2 is the upstairs room, reached by the side door.</figcaption></figure>
<h2 class="wp-block-heading">${at(bHeads, 1)}</h2>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Time</th><th>Class</th><th>Age</th><th>Notes</th></tr></thead>
<tbody>${trs(bSatCells)}</tbody></table></figure>
<h2 class="wp-block-heading">${at(bHeads, 2)}</h2>
<ul class="wp-block-list">${lis(bTerms)}</ul>
<h2 class="wp-block-heading">${at(bHeads, 3)}</h2>
${ps(bFees)}
<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://lindenrowballet.co.uk/contact/">Book a free trial class</a></div></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal
ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-primary-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1"><aside
class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1"
aria-label="Footer Widget 1">
<section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Find us</h2><p>The Old Chapel, Mercer Lane, Ashby Wells AW4 2JT</p>
<p>01632 960 418</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><aside class="footer-widget-area widget-area site-footer-focus-item"
data-section="sidebar-widgets-footer-widget-2" aria-label="Footer Widget 2">
<section id="block-9" class="widget widget_block"><p>Registered with the Royal Academy of Dance and Imperial Society of Teachers of Dancing.</p></section>
</aside></div>
<div class="site-footer-primary-section-3 site-footer-section site-footer-section-3"><div
class="footer-widget-area widget-area site-footer-focus-item ast-footer-html-1" data-section="section-fb-html-1">
<div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><ul>${links(bFoot)}</ul></div></div></div></div></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full
ast-builder-grid-row-mobile-full ast-footer-row-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div
class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div
class="ast-footer-copyright">
<p>Copyright &copy; 2026 Linden Row School of Ballet | Powered by <a href="https://wpastra.com" rel="nofollow noopener"
target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div>
</footer></div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"
style="border-color:#f4f4f4;background-color:#FFFFFF">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div
class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise"
data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button><button class="cky-btn cky-btn-accept"
aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra={"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":""};</script>
<script src="https://lindenrowballet.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.7.3" id="astra-theme-js-js"></script>
</body></html>`;
const astraTimetable: TestPage = {
  name: 'heldout648-ballet-timetable-astra',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: [...texts(bIntro), ...rowTexts(bWeekCells), ...rowTexts(bSatCells), ...texts(bTerms), ...texts(bFees)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'About Us', 'Exams & Shows', 'Gallery', 'Studio 2 is the upstairs room, reached by the side door.',
    'Book a free trial class', 'Find us', 'The Old Chapel, Mercer Lane, Ashby Wells AW4 2JT', '01632 960 418',
    'Registered with the Royal Academy of Dance and Imperial Society of Teachers of Dancing.', ...bFoot,
    'Copyright © 2026 Linden Row School of Ballet | Powered by Astra WordPress Theme', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT648_A: readonly TestPage[] = [astraTimetable];
