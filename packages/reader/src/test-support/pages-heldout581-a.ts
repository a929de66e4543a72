import { links, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, rowTexts, trs } from './pages-heldout581-kit.js';

/**
 * Held-out batch 581, file a: a minicab firm's fares page on WordPress (Astra theme) with two fare tables and a CookieYes
 * banner.
 */
const kTitle = 'Fares & Prices';
const kIntro = j(
  'All our fares are fixed when you book. The price we quote is the price you pay, whatever the traffic, and there is no charge',
  'for waiting at pick-up for the first ten minutes.',
);
const kLocalP = j(
  'Journeys within Harrowfield and the surrounding villages are charged on our local tariff. Prices below are one way, for up to',
  'four passengers in a saloon, five in an estate or six in our people carriers.',
);
const kLocal = [
  ['Town centre to Harrowfield station', '£6.50', '£7.50', '£10.00'],
  ['Town centre to Millbrook Hospital', '£9.00', '£10.00', '£13.50'],
  ['Town centre to Ashcombe Retail Park', '£8.00', '£9.00', '£12.00'],
  ['Town centre to Elmstead village', '£14.00', '£15.50', '£20.00'],
];
const kAirP = j(
  'We run to all four regional airports around the clock. Airport fares include the drop-off charge at the terminal, and we track',
  'your flight so the driver is there when you land, even if you are delayed.',
);
const kAir = [
  ['Castleford Airport', '£58', '£64', '£82'],
  ['Northgate International', '£74', '£80', '£104'],
  ['Wendham Airport', '£96', '£104', '£136'],
  ['Brayport City Airport', '£112', '£120', '£158'],
];
const kExtras = [
  'Night rate (midnight to 6am): add 25%',
  "Christmas Day, Boxing Day and New Year's Day: double fare",
  'Meet and greet inside the terminal: £8',
  'Waiting after the first ten minutes: 30p a minute',
  'Child seats and booster seats: free, please ask when you book',
];
const kPay = j(
  'You can pay the driver by card or cash, or pay online when you book. Account customers receive a monthly invoice. If you need',
  "to cancel an airport booking, please give us at least two hours' notice so we can release the driver.",
);
const kHeads = ['Local journeys', 'Airport fares', 'Extras and surcharges', 'Paying for your journey'];
const kNav = ['Home', 'Book a Taxi', 'Airport Transfers', 'Account Customers', 'Contact'];
const kQuick = ['Book a Taxi', 'Airport Transfers', 'Lost Property', 'Privacy Policy'];
const kCky = j(
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking',
  '"Accept All", you consent to our use of cookies.',
);
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fares &amp; Prices &#8211; Kestrel Cars Harrowfield</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://kestrelcars.example/fares/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Fares &amp; Prices",
"isPartOf":{"@id":"https://kestrelcars.example/#website"}},{"@type":"TaxiService","name":"Kestrel Cars","telephone":"01632 960412"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://kestrelcars.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.entry-content table{border-collapse:collapse}</style>
<script src="https://kestrelcars.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-27 ast-page-builder-template ast-no-sidebar
astra-4.6.4 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon
ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-above-header-wrap"><div
class="ast-above-header-bar ast-above-header site-header-focus-item">
<div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-above-section-left site-header-section"><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1">
<div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>24 hour bookings: <a href="tel:01632960412">01632 960412</a></p>
</div></div></div></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section"><div class="ast-builder-layout-element ast-flex site-header-focus-item"
data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img">
<a href="https://kestrelcars.example/" class="custom-logo-link" rel="home"><img width="220" height="64" src="/wp-content/uploads/2024/02/kestrel-logo.png"
class="custom-logo" alt="Kestrel Cars"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility
site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}
<li class="menu-item current-menu-item page_item page-item-27 current_page_item"><a href="/fares/" aria-current="page" class="menu-link">Fares</a></li>
</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1"><div class="ast-builder-button-wrap ast-builder-button-size-">
<a class="ast-custom-button-link" href="/book-a-taxi/"><div class="ast-custom-button">Book Now</div></a></div></div></div></div></div></div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-27 page type-page status-publish ast-article-single" id="post-27" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${esc(kTitle)}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<p>${kIntro}</p>
<h2 class="wp-block-heading">${kHeads[0]}</h2><p>${kLocalP}</p>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Journey</th><th>Saloon</th><th>Estate</th><th>6-seater</th></tr></thead>
<tbody>${trs(kLocal)}</tbody></table></figure>
<h2 class="wp-block-heading">${kHeads[1]}</h2><p>${kAirP}</p>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Airport</th><th>Saloon</th><th>Estate</th><th>6-seater</th></tr></thead>
<tbody>${trs(kAir)}</tbody></table></figure>
<h2 class="wp-block-heading">${kHeads[2]}</h2><ul>${lis(kExtras)}</ul>
<h2 class="wp-block-heading">${kHeads[3]}</h2><p>${kPay}</p>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/book-a-taxi/">Get an
instant quote</a></div></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal
ast-footer-row-stack"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap
ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area site-footer-focus-item"
data-section="sidebar-widgets-footer-widget-1">
<section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Kestrel Cars</h2>
<p>Licensed private hire operator, Harrowfield District Council licence PHO 0412.</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area"><section id="nav_menu-2"
class="widget widget_nav_menu">
<h2 class="widget-title">Quick links</h2><nav class="menu-footer-container"><ul id="menu-footer" class="menu">${links(
  kQuick,
  'menu-item',
)}</ul></nav></section></aside></div>
<div class="site-footer-primary-section-3 site-footer-section"><aside class="footer-widget-area widget-area"><section id="block-9" class="widget widget_block">
<h2 class="wp-block-heading">Office hours</h2><p>Open 24 hours a day, 7 days a week, including bank holidays.</p></section></aside></div></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full"><div
class="ast-builder-footer-grid-columns">
<div class="site-footer-below-section-1 site-footer-section"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 Kestrel Cars | Powered by
<a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>${kCky}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://kestrelcars.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astraFares: TestPage = {
  name: 'heldout581-astra-minicab-fares',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: [kIntro, kLocalP, ...rowTexts(kLocal), kAirP, ...rowTexts(kAir), ...kExtras, kPay],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', '24 hour bookings: 01632 960412', ...kNav, 'Book Now',
    'Get an instant quote', 'Kestrel Cars', 'Licensed private hire operator, Harrowfield District Council licence PHO 0412.', 'Quick links',
    ...kQuick.slice(2), 'Office hours', 'Open 24 hours a day, 7 days a week, including bank holidays.',
    'Copyright © 2026 Kestrel Cars | Powered by Astra WordPress Theme', 'We value your privacy', texts([kCky])[0] ?? '', 'Customise', 'Reject All',
    'Accept All',
  ],
};

export const HELDOUT581_A: readonly TestPage[] = [astraFares];
