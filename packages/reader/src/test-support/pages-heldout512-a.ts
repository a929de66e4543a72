import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout512-kit.js';

/**
 * Held-out batch 512, file a: a taxi firm's fares page on WordPress (Astra theme, header footer builder) with a CookieYes
 * banner, two fare tables and footer widgets.
 */
const kTitle = 'Our Fares';
const kIntro = j(
  'All Kestrel Cars vehicles are licensed by Marlbridge District Council and run on the council meter inside the district.',
  'Journeys that start or finish outside the district are charged at a price we agree with you when you book, and that price',
  'will not change on the day, even if the roads are busy.',
);
const kMeterRows = [
  ['Tariff 1', 'Monday to Saturday, 6am to 10pm', '£3.20', '£2.40'],
  ['Tariff 2', 'Every day 10pm to 6am, and all day Sunday', '£4.00', '£3.10'],
  ['Tariff 3', "Christmas Day, Boxing Day and New Year's Day", '£6.40', '£4.80'],
];
const kWait = j(
  'Waiting time is charged at 30p a minute after the first three minutes. The meter starts when you are in the car, not when',
  'the driver arrives outside. The tariff is set by the council and is the same for every licensed taxi in Marlbridge.',
);
const kFixedIntro = j(
  'These prices are for a saloon carrying up to four passengers with one large case each. Larger groups need an estate or an',
  'eight-seater, which we will send without asking if you tell us how many of you are travelling.',
);
const kFixedRows = [
  ['Harwick Airport', '£62', '£70', '£96'],
  ['Castlebury International', '£118', '£130', '£168'],
  ['Marlbridge Parkway station', '£14', '£16', '£24'],
  ['Wenford ferry port', '£85', '£94', '£128'],
];
const kExtras = [
  'Soiling charge: up to £90, only where the car has to be taken off the road for cleaning',
  'Airport parking and drop-off fees are added at cost',
  'Child seats are free, but please ask for them when you book',
  'Pets in a carrier travel free, and assistance dogs always travel free',
];
const kPay = j(
  'You can pay the driver by cash or card, or pay in advance in the Kestrel app. Business customers on account receive one',
  'invoice at the end of each month, with every journey listed by passenger and cost centre.',
);
const kHeads = ['Meter tariff inside the district', 'Fixed prices to airports and stations', 'Extras', 'Paying'];
const kNav = ['Home', 'Book Online', 'Airport Transfers', 'Business Accounts', 'Driver Jobs', 'Contact'];
const kQuick = ['Lost property', 'Complaints', 'Privacy policy', 'Terms of carriage'];
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our Fares - Kestrel Cars Marlbridge | 24 Hour Taxis</title>
<meta name="description" content="Meter tariffs and fixed airport prices for Kestrel Cars, Marlbridge's 24 hour taxi firm.">
<link rel="canonical" href="https://kestrelcars.co.uk/fares/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://kestrelcars.co.uk/fares/",
"name":"Our Fares - Kestrel Cars Marlbridge","isPartOf":{"@id":"https://kestrelcars.co.uk/#website"},"datePublished":"2024-02-11T10:02:44+00:00",
"dateModified":"2026-04-03T08:15:09+00:00"},{"@type":"TaxiService","name":"Kestrel Cars","telephone":"01632 960214"}]}</script>
<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png"};</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://kestrelcars.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<style id='astra-theme-css-inline-css'>.ast-container{max-width:1240px;}
.site-title a{color:#1d2b53;}.ast-header-break-point .main-header-bar{border-bottom-width:1px;}</style>
<link rel='stylesheet' id='cookie-law-info-css'
href='https://kestrelcars.co.uk/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css' media='all'>
</head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope'
class="page-template-default page page-id-42 wp-custom-logo ast-desktop ast-page-builder-template
ast-no-sidebar astra-4.6.4 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-builder-menu-toggle-icon ast-mobile-header-inline"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-above-header-wrap">
<div class="ast-above-header-bar ast-above-header site-above-header-wrap">
<div class="site-above-header-inner-wrap ast-builder-grid-row-container">
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1">
<div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>Open 24 hours, 365 days a year</p></div></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://kestrelcars.co.uk/" class="custom-logo-link" rel="home"><img width="180" height="60"
src="https://kestrelcars.co.uk/wp-content/uploads/2024/02/kestrel-logo.png" class="custom-logo" alt="Kestrel Cars"></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://kestrelcars.co.uk/" rel="home">Kestrel Cars</a></span></div></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility
site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(kNav.slice(0, 2), 'menu-item menu-item-type-post_type menu-item-object-page')}
<li class="menu-item menu-item-type-post_type menu-item-object-page current-menu-item page_item page-item-42 current_page_item"><a href="/fares/"
aria-current="page" class="menu-link">Fares</a></li>
${links(kNav.slice(2), 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-button-wrap ast-button-size-"><a class="ast-custom-button-link" href="tel:01632960214">
<div class="ast-custom-button">Book: 01632 960214</div></a>
</div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${kTitle}</h1></header>
<div class="entry-content clear" itemprop="text">
<p>${kIntro}</p>
<h2 class="wp-block-heading">${kHeads[0]}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Tariff</th><th>When it applies</th><th>Flag fall</th><th>Per mile</th></tr></thead>
<tbody>${trs(kMeterRows)}</tbody></table></figure>
<p>${kWait}</p>
<h2 class="wp-block-heading">${kHeads[1]}</h2>
<p>${kFixedIntro}</p>
<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>From Marlbridge to</th><th>Saloon</th><th>Estate</th><th>8-seater</th></tr>
</thead>
<tbody>${trs(kFixedRows)}</tbody></table></figure>
<h2 class="wp-block-heading">${kHeads[2]}</h2>
<ul class="wp-block-list">${lis(kExtras)}</ul>
<h2 class="wp-block-heading">${kHeads[3]}</h2>
<p>${kPay}</p>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button">
<a class="wp-block-button__link wp-element-button" href="/book-online/">Get a quote</a></div></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-footer-row-stack">
<div class="ast-builder-grid-row"><div class="site-footer-primary-section-1 site-footer-section">
<aside class="footer-widget-area widget-area site-footer-focus-item"
data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="block-7" class="widget widget_block">
<h2 class="wp-block-heading">Find us</h2><p>14 Station Approach, Marlbridge MB4 2JT</p><p>office@kestrelcars.co.uk</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area" aria-label="Footer Widget 2">
<section class="widget widget_nav_menu"><h2 class="widget-title">Useful links</h2><nav class="menu-footer-container"><ul id="menu-footer" class="menu">
${links(kQuick, 'menu-item')}</ul></nav></section></aside></div>
<div class="site-footer-primary-section-3 site-footer-section"><aside class="footer-widget-area widget-area" aria-label="Footer Widget 3">
<section class="widget widget_block"><p>Private hire operator licence PHO/0117, issued by the district council.</p></section></aside></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div class="ast-footer-copyright"><p>Copyright © 2026 Kestrel Cars |
Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="notice-title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="notice-description"><p>We use cookies to enhance your browsing experience, serve personalised ads or content, and
analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both">
<span class="screen-reader-text">Scroll to Top</span></div>
<script src="https://kestrelcars.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script id="cookie-law-info-js-extra">var _ckyConfig = {"_ipData":[],
"_assetsURL":"https:\\/\\/kestrelcars.co.uk\\/wp-content\\/plugins\\/cookie-law-info\\/lite\\/frontend\\/images\\/"};</script>
</body></html>`;
const kestrel: TestPage = {
  name: 'heldout512-astra-taxi-fares',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([kIntro, ...rowTexts(kMeterRows), kWait, kFixedIntro, ...rowTexts(kFixedRows), ...kExtras, kPay]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Open 24 hours, 365 days a year', ...kNav, 'Book: 01632 960214', 'Get a quote', 'Find us', '14 Station Approach, Marlbridge MB4 2JT',
    'office@kestrelcars.co.uk', 'Useful links', ...kQuick, 'Private hire operator licence PHO/0117, issued by the district council.',
    'Copyright © 2026 Kestrel Cars | Powered by Astra WordPress Theme', 'We value your privacy',
    'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking "Accept All",'
      + ' you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All', 'Scroll to Top',
  ],
};

export const HELDOUT512_A: readonly TestPage[] = [kestrel];
