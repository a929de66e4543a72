import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout642-kit.js';

/**
 * Held-out batch 642, file a: a ghost walk's route and meeting point page on WordPress (Astra theme, block editor, Complianz
 * cookie banner, a map embed, a captioned figure and block buttons).
 */
const aTitle = 'The Old Town Lantern Walk: route and meeting point';
const aIntro = [
  j(
    'The Lantern Walk is our original tour: ninety minutes on foot through the oldest streets of Merrowby, told by lantern light.',
    'It runs every evening from March to November and on Fridays and Saturdays through the winter.',
  ),
  j(
    'This page tells you where to find us, which way we walk and what to bring. If you have booked, you do not need to print',
    'anything: your guide will have your name on the list.',
  ),
];
const aMeet = [
  j(
    'We meet at the foot of the <strong>Butter Cross</strong> in Cornhill Square, on the side facing the old Corn Exchange.',
    'Look for the guide in the long black coat holding a brass lantern.',
  ),
  j(
    'Please arrive ten minutes before the start. We leave on time, and because the first stop is down a narrow passage,',
    'latecomers find it hard to catch us up.',
  ),
  'The nearest car park is Tanner Street (pay and display, free after 6pm). Cornhill Square is a four minute walk from the bus station.',
];
const aStops = [
  '<strong>The Butter Cross</strong> – where the market hangings took place until 1790, and where our walk begins.',
  '<strong>Gallows Passage</strong> – a covered alley barely a metre wide, where footsteps are heard when nobody is there.',
  '<strong>St Wilfrid’s churchyard</strong> – the grave of the bell-ringer who would not stop ringing.',
  '<strong>The Old Gaol</strong> – now a bookshop, once the county lock-up, and home to the “knocking cell”.',
  '<strong>Cooper’s Yard</strong> – the site of the cholera pit of 1849.',
  '<strong>The Swan and Mitre</strong> – the coaching inn with a room that guests refuse to sleep in.',
  '<strong>The Water Stairs</strong> – down to the river, where the walk ends with the tale of the ferryman’s daughter.',
];
const aBring = [
  'Shoes with a good grip: the Water Stairs are uneven and can be wet.',
  'A torch if you like, although the lanterns give enough light.',
  'A coat. Most of the walk is outdoors and the river is always colder than you expect.',
];
const aBody = [
  j(
    'The route is about 1.6 kilometres and mostly flat, apart from the steps down to the river at the end. There is a step-free',
    'alternative for the last stop; tell your guide at the start and they will show you the way round by Bridge Street.',
  ),
  j(
    'The walk ends at the Water Stairs, five minutes from Cornhill Square. Several guests stay on for a drink at the Swan and',
    'Mitre, which gives Lantern Walk guests ten per cent off on the night.',
  ),
];
const aNav = ['Home', 'Tours', 'Private Groups', 'Gift Vouchers', 'Blog', 'Contact'];
const aFootLinks = ['Terms and Conditions', 'Privacy Policy', 'Accessibility'];
const aCookie = ['Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences', 'Cookie Policy'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} &#8211; Merrowby Lantern Walks</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://merrowbylanternwalks.co.uk/lantern-walk-route/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${aTitle}",
"isPartOf":{"@id":"https://merrowbylanternwalks.co.uk/#website"}},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://merrowbylanternwalks.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all'>
<style id='astra-theme-css-inline-css'>:root{--ast-container-default-xlg-padding:6.67em;}.ast-page-builder-template .entry-header{margin-top:2em;}</style>
<link rel='stylesheet' id='cmplz-general-css' href='https://merrowbylanternwalks.co.uk/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css'
media='all'>
<script src="https://merrowbylanternwalks.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="page-template-default page page-id-42 wp-custom-logo ast-desktop
ast-page-builder-template ast-no-sidebar astra-4.6.4 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header cmplz-functional">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header
class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"
data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left site-header-section
ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img">
<a href="https://merrowbylanternwalks.co.uk/" class="custom-logo-link" rel="home"><img width="180" height="60" src="/wp-content/uploads/2024/02/logo.png"
class="custom-logo" alt="Merrowby Lantern Walks"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop"
aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" data-section="section-hb-button-1"><div
class="ast-builder-button-wrap
ast-builder-button-size-"><a class="ast-custom-button-link" href="/book/" target="_self" role="button"><div class="ast-custom-button">Book
Now</div></a></div></div>
</div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${aTitle}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading" id="where-to-meet">Where to meet</h2>
${ps(aMeet)}
<figure class="wp-block-embed is-type-rich is-provider-google-maps"><div class="wp-block-embed__wrapper"><iframe title="Cornhill Square meeting point"
src="https://www.google.com/maps/embed?pb=!1m18" width="600" height="400" loading="lazy"></iframe></div></figure>
<h2 class="wp-block-heading" id="the-route">The route</h2>
<ol class="wp-block-list">${lis(aStops)}</ol>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2025/09/water-stairs-1024x683.jpg"
alt="Lantern light on the Water Stairs" class="wp-image-311"><figcaption class="wp-element-caption">The Water Stairs after dark. Photo: Jonah
Tebbit</figcaption></figure>
${ps(aBody)}
<h2 class="wp-block-heading" id="before-you-come">Before you come</h2>
<ul class="wp-block-list">${lis(aBring)}</ul>
<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/book/">Book tickets</a></div><div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button"
href="/private-groups/">Ask about
a private walk</a></div></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-primary-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-3-equal ast-footer-row-stack" data-section="section-primary-footer-builder"><div
class="ast-builder-grid-row-container-inner">
<div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner"
data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="block-7" class="widget widget_block">
<h2 class="wp-block-heading">Find us</h2><p>Merrowby Lantern Walks<br>Cornhill Square, Merrowby</p><p>07700 900 418</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area" aria-label="Footer Widget 2">
<section class="widget widget_nav_menu"><nav class="menu-footer-container" aria-label="Menu"><ul id="menu-footer"
class="menu">${links(aFootLinks, 'menu-item')}</ul>
</nav></section></aside></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full" data-section="section-below-footer-builder">
<div class="ast-footer-copyright"><p>Copyright © 2026 Merrowby Lantern Walks | Powered by <a href="https://wpastra.com/" rel="nofollow noopener"
target="_blank">Astra
WordPress Theme</a></p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">${aCookie[0]}</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${aCookie[1]}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${aCookie[2]}</button><button class="cmplz-btn cmplz-deny">${aCookie[3]}</button>
<button class="cmplz-btn cmplz-view-preferences">${aCookie[4]}</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">${aCookie[5]}</a></li></ul></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://merrowbylanternwalks.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
const astra: TestPage = settle({
  name: 'heldout642-astra-route-meeting-point',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['Where to meet', 'The route', 'Before you come'],
  body: texts([...aIntro, ...aMeet, ...aStops, ...aBody, ...aBring]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Book Now', 'The Water Stairs after dark. Photo: Jonah Tebbit', 'Book tickets', 'Ask about a private walk', 'Find us',
    'Merrowby Lantern Walks', 'Cornhill Square, Merrowby', '07700 900 418', ...aFootLinks,
    'Copyright © 2026 Merrowby Lantern Walks | Powered by Astra WordPress Theme', ...aCookie,
  ],
});

export const HELDOUT642_A: readonly TestPage[] = [astra];
