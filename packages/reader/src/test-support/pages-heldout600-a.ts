import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside, rowTexts, trs } from './pages-heldout600-kit.js';

/**
 * Held-out batch 600, file a: a fence panel price list on WordPress (Astra theme, Gutenberg table blocks, CookieYes banner)
 * and a decking maintenance guide on WordPress (GeneratePress) with a right sidebar and comments.
 */
const pTitle = 'Fence Panel Price List 2026';
const pIntro = [
  j(
    'All prices below are for panels collected from our yard in Thornby Lane, Ashwell Cross. Every panel is pressure treated',
    'to Use Class 3 and carries our 15-year guarantee against rot when it is fitted on concrete or timber posts clear of the soil.',
  ),
  'Prices include VAT. Trade customers with an account receive 12% off the prices shown.',
];
const pHeads = ['Close board panels', 'Lap panels', 'Posts, gravel boards and capping', 'Delivery and fitting'];
const pClose = [
  ['6ft x 3ft (1.83m x 0.91m)', '£38.50', '£36.00'],
  ['6ft x 4ft (1.83m x 1.22m)', '£42.00', '£39.50'],
  ['6ft x 5ft (1.83m x 1.52m)', '£47.50', '£44.50'],
  ['6ft x 6ft (1.83m x 1.83m)', '£52.00', '£48.50'],
];
const pLap = [
  ['6ft x 4ft', '£24.00', '£22.50'],
  ['6ft x 5ft', '£27.50', '£25.50'],
  ['6ft x 6ft', '£30.00', '£28.00'],
];
const pPosts = [
  ['Concrete slotted post, 8ft', '£21.00'],
  ['Concrete slotted post, 9ft', '£24.50'],
  ['Timber post 75mm x 75mm, 8ft', '£13.50'],
  ['Concrete gravel board, 6ft x 6in', '£17.00'],
  ['Timber capping rail, 6ft', '£6.20'],
];
const pClosePara = j(
  'Our close board panels are made in the yard from 100mm featheredge boards nailed to three rails, with a top capping and a',
  'counter rail. They are the heaviest panels we sell and the best choice for exposed gardens.',
);
const pDelivery = [
  j(
    'We deliver within 20 miles of Ashwell Cross on Tuesdays and Fridays. Delivery is free on orders over £350; below that it',
    'is a flat £35. Panels are left at the kerbside unless you ask for them to be carried through.',
  ),
  'Our fitting price depends on the ground and on how much old fence has to come out. As a guide, for a straight run:',
];
const pFit = [
  'supply and fit, close board on concrete posts: from £118 a panel',
  'supply and fit, lap panels on timber posts: from £79 a panel',
  'removal of old fencing: £15 a panel, including disposal',
];
const pLast = 'Prices are checked every quarter and may change without notice. The price charged is the price on the day you order.';
const pNav = ['Home', 'Fencing', 'Gates', 'Decking', 'Sheds & Garden Rooms', 'Price List', 'Contact'];
const pFootCols = ['Opening hours', 'Find us', 'Quick links'];
const pHours = ['Monday to Friday: 7.30am to 5pm', 'Saturday: 8am to 12.30pm', 'Sunday: closed'];
const pQuick = ['Fence Installation', 'Decking', 'Delivery Information', 'Privacy Policy'];
const pCookie = j(
  'We use cookies to help you navigate efficiently and perform certain functions. You will find detailed information about',
  'all cookies under each consent category below.',
);
const th3 = (a: string, b: string, c: string): string => `<thead><tr><th>${a}</th><th>${b}</th><th>${c}</th></tr></thead>`;
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} - Hollybank Fencing &amp; Timber</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.hollybankfencing.co.uk/price-list/">
<meta property="og:title" content="Fence Panel Price List 2026 - Hollybank Fencing &amp; Timber">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Fence Panel Price List 2026",
"datePublished":"2025-01-06T09:12:44+00:00","dateModified":"2026-01-08T16:03:10+00:00"},{"@type":"Organization","name":"Hollybank Fencing & Timber"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://www.hollybankfencing.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.entry-content table{border-collapse:collapse}</style>
<link rel="stylesheet" id="cookie-law-info-css" href="https://www.hollybankfencing.co.uk/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css">
<script src="https://www.hollybankfencing.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-214 wp-custom-logo ast-desktop
ast-plain-container ast-no-sidebar astra-4.6.4 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-above-header-wrap">
<div class="ast-above-header-bar ast-above-header site-header-focus-item">
<div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-above-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element">
<p>Call the yard: 01632 960 418</p></div></div></div></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope>
<span class="site-logo-img"><a href="https://www.hollybankfencing.co.uk/" class="custom-logo-link" rel="home"><img width="220" height="64"
src="/wp-content/uploads/2023/04/hollybank-logo.png" class="custom-logo" alt="Hollybank Fencing &amp; Timber"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu
ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility
site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu"
itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border
stack-on-mobile">${links(pNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div>
</div>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-214 page type-page status-publish ast-article-single" id="post-214" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${pTitle}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(pIntro)}
<h2 class="wp-block-heading">${pHeads[0]}</h2>${ps([pClosePara])}
<figure class="wp-block-table is-style-stripes"><table>${th3('Panel size', 'Price each', '10 or more')}<tbody>${trs(pClose)}</tbody></table></figure>
<h2 class="wp-block-heading">${pHeads[1]}</h2>
<figure class="wp-block-table is-style-stripes"><table>${th3('Panel size', 'Price each', '10 or more')}<tbody>${trs(pLap)}</tbody></table>
<figcaption class="wp-element-caption">Lap panels are supplied in a golden brown dip-treated finish.</figcaption></figure>
<h2 class="wp-block-heading">${pHeads[2]}</h2>
<figure class="wp-block-table"><table><thead><tr><th>Item</th><th>Price each</th></tr></thead><tbody>${trs(pPosts)}</tbody></table></figure>
<h2 class="wp-block-heading">${pHeads[3]}</h2>${ps(pDelivery)}<ul class="wp-block-list">${lis(pFit)}</ul>
<p><em>${pLast}</em></p>
<div class="wp-block-buttons is-content-justification-center is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/contact/">Ask for a fitting quote</a></div></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="site-primary-footer-wrap
ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal"><div class="ast-builder-grid-row-container-inner">
<div class="ast-builder-footer-grid-columns">
<div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner">
<section id="text-2" class="widget widget_text"><h2 class="widget-title">${pFootCols[0]}</h2><div class="textwidget">${ps(pHours)}</div></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area"><section id="text-3" class="widget widget_text">
<h2 class="widget-title">${pFootCols[1]}</h2><div class="textwidget"><p>Hollybank Fencing &amp; Timber<br>Thornby Lane, Ashwell Cross<br>AX4 7RJ</p></div>
</section></aside></div><div class="site-footer-primary-section-3 site-footer-section"><aside class="footer-widget-area widget-area">
<section id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">${pFootCols[2]}</h2>
<nav class="menu-footer-container" aria-label="${pFootCols[2]}">
<ul id="menu-footer" class="menu">${links(pQuick, 'menu-item')}</ul></nav></section></aside></div></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full">
<div class="ast-builder-footer-grid-columns">
<div class="site-footer-below-section-1 site-footer-section"><div class="ast-footer-copyright"><p>Copyright © 2026 Hollybank Fencing &amp; Timber | Powered by
Hollybank Fencing &amp; Timber</p></div></div></div></div></footer></div>
<div class="cky-consent-container cky-classic-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>${pCookie}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://www.hollybankfencing.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
// biome-ignore format: the body texts are packed several to a line to keep the file short
const pGold = [...texts(pIntro), pClosePara, ...rowTexts(pClose), ...rowTexts(pLap), ...rowTexts(pPosts), ...texts(pDelivery), ...texts(pFit), pLast];
const priceList: TestPage = {
  name: 'heldout600-astra-price-list',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: pGold,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    'Skip to content', 'Call the yard: 01632 960 418', ...pNav,
    'Lap panels are supplied in a golden brown dip-treated finish.', 'Ask for a fitting quote', ...pFootCols, ...pHours,
    'Hollybank Fencing & Timber', 'Thornby Lane, Ashwell Cross', 'AX4 7RJ', ...pQuick,
    'Copyright © 2026 Hollybank Fencing & Timber | Powered by Hollybank Fencing & Timber', 'We value your privacy', pCookie,
    'Customise', 'Reject All', 'Accept All',
  ], [pTitle, ...pHeads, ...pGold]),
};

export const HELDOUT600_A: readonly TestPage[] = [priceList];
