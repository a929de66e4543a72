import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tr } from './pages-heldout514-kit.js';

/**
 * Held-out batch 514, file a: a hospice charity's donation guidelines on WordPress (Astra theme, Complianz banner, sidebar
 * widgets).
 */
const hTitle = 'What we can and can&#39;t accept';
const hIntro = [
  j(
    'Every bag you bring to one of our eleven shops helps pay for nursing care at home for people in the Hollins valley. To keep',
    'our volunteers safe and make sure your donation raises as much as it can, please check the lists below before you drop off.',
  ),
  'If you are not sure about an item, ring the shop first. Our volunteers would much rather answer a question than turn you away at the door.',
];
const hWelcome = [
  'Clean clothes, shoes (tied together in pairs) and accessories',
  'Books, CDs, vinyl records and DVDs',
  'Bric-a-brac, china, glassware and kitchenware',
  'Toys and games with all their pieces, in a sealed bag',
  'Bedding, towels and curtains (our rag merchant buys anything we cannot sell)',
];
const hRefuse = [
  'Car seats, cycle helmets and motorcycle helmets',
  'Upholstered furniture without a fire safety label',
  'Paint, chemicals, gas bottles and anything with a blade longer than a butter knife',
  'Prams and pushchairs made before 2015',
  'Videotapes, cassette tapes and encyclopaedias',
];
const hElectric = [
  j(
    'Our Eastgate and Tanyard Way shops accept small electrical items, which a qualified volunteer tests before they go on sale.',
    'Please bring them with their plugs and cables. We cannot take anything that has been cut off at the mains or rewired by hand.',
  ),
  'Where to donate larger items',
];
const hTable = [
  'Sofas, beds and wardrobes',
  'Furniture store, Tanyard Way (free collection)',
  'Washing machines and fridges',
  'Not accepted: ask your council about bulky waste',
  'Bicycles',
  'Eastgate shop, weekday mornings only',
];
const hGift = [
  j(
    'If you are a UK taxpayer, sign up for Gift Aid when you donate. We sell your goods on your behalf and the government adds',
    '25p to every pound we raise, at no cost to you. You only need to sign up once and we will write to you each April with your total.',
  ),
  j(
    'Please do not leave bags outside a shop when it is closed. Donations left on the pavement are often rained on or taken, and',
    'the council can fine us for them.',
  ),
];
const hHeads = ['Things we are always glad to receive', 'Things we cannot take', 'Electrical items', 'Gift Aid your donation'];
const hNav = ['Home', 'Our care', 'Shops', 'Donate goods', 'Volunteer', 'Fundraise', 'Contact'];
const hCrumbs = ['Home', 'Shops', 'Donate goods'];
const hShops = ['Eastgate', 'Market Place, Hollins', 'Tanyard Way furniture store', 'Upper Brow', 'Wetherby Road'];
const hFootA = ['About the hospice', 'Careers', 'Privacy policy', 'Cookie policy', 'Accessibility'];
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>What we can and can't accept - Hollins Lane Hospice</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.hollinslanehospice.org.uk/shops/donate-goods/what-we-accept/">
<meta property="og:type" content="article"><meta property="og:title" content="What we can and can't accept - Hollins Lane Hospice">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"What we can and can't accept",
"isPartOf":{"@id":"https://www.hollinslanehospice.org.uk/#website"},"dateModified":"2026-09-30T10:12:44+00:00"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.hollinslanehospice.org.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all' />
<style id='astra-theme-css-inline-css'>.ast-separate-container .ast-article-single{padding:3em 4em}.site-title a{color:#6b2c74}</style>
<link rel='stylesheet' id='cmplz-general-css' href='https://www.hollinslanehospice.org.uk/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css'
media='all' />
<script src="https://www.hollinslanehospice.org.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="page-template-default page page-id-418 page-child parent-pageid-77 wp-custom-logo
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-normal-title-enabled">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div class="main-header-bar-wrap"><div class="main-header-bar">
<div class="ast-container"><div class="ast-flex main-header-container"><div class="site-branding">
<div class="ast-site-identity" itemtype="https://schema.org/Organization">
<span class="site-logo-img"><a href="https://www.hollinslanehospice.org.uk/" class="custom-logo-link" rel="home"><img width="220" height="64"
src="/wp-content/uploads/2024/02/hlh-logo.png" class="custom-logo" alt="Hollins Lane Hospice"></a></span></div></div>
<div class="ast-mobile-menu-buttons"><button class="ast-button menu-toggle main-header-menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span><span class="ast-icon icon-menu-bars"></span></button></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement"><div class="main-navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex ast-justify-content-flex-end submenu-with-border">
${links(hNav, 'menu-item menu-item-type-post_type menu-item-object-page')}
<li class="ast-masthead-custom-menu-items search-custom-menu-item"><div class="ast-search-menu-icon slide-search"><form role="search" method="get"
class="search-form" action="https://www.hollinslanehospice.org.uk/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></div></li></ul></div></nav></div></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">
<div class="ast-breadcrumbs"><ul class="trail-items">${links(hCrumbs, 'trail-item')}<li class="trail-item trail-end"><span>What we can and can't accept</span>
</li>
</ul></div></nav></div></div>
<main id="main" class="site-main"><article class="post-418 page type-page status-publish ast-article-single" id="post-418"
itemtype="https://schema.org/CreativeWork"
itemscope="itemscope"><header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${hTitle}</h1></header>
<div class="entry-content clear" itemprop="text">
${ps(hIntro)}
<h2 class="wp-block-heading">${hHeads[0]}</h2><ul class="wp-block-list">${lis(hWelcome)}</ul>
<h2 class="wp-block-heading">${hHeads[1]}</h2><ul class="wp-block-list">${lis(hRefuse)}</ul>
<h2 class="wp-block-heading">${hHeads[2]}</h2>${ps([hElectric[0] ?? ''])}
<h3 class="wp-block-heading">${hElectric[1]}</h3>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Item</th><th>Where to take it</th></tr></thead><tbody>
${tr(hTable.slice(0, 2))}${tr(hTable.slice(2, 4))}${tr(hTable.slice(4, 6))}</tbody></table></figure>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/shops/furniture-collection/">Book a furniture collection</a></div></div>
<h2 class="wp-block-heading">${hHeads[3]}</h2>${ps(hGift)}
</div></article></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main" role="complementary">
<aside id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Find your nearest shop</h2><ul class="wp-block-list">${links(hShops)}</ul></aside>
<aside id="block-9" class="widget widget_block"><div class="wp-block-group has-background"><h2 class="wp-block-heading">Can&#39;t get to a shop?</h2>
<p>Donate online and your gift goes straight to the nursing team.</p><div class="wp-block-buttons"><div class="wp-block-button">
<a class="wp-block-button__link" href="/donate/">Donate online</a></div></div></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter"><div class="site-primary-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides"><div class="site-footer-primary-section-1 site-footer-section">
<aside class="footer-widget-area widget-area"><section class="widget widget_block">
<p>Hollins Lane Hospice is a registered charity in England and Wales, number 1098421.</p>
</section></aside></div><div class="site-footer-primary-section-2 site-footer-section">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility footer-navigation"
aria-label="Site Footer Navigation"><div class="footer-nav-wrap"><ul id="astra-footer-menu" class="ast-nav-menu ast-flex astra-footer-horizontal-menu">
${links(hFootA, 'menu-item')}</ul></div></nav></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 Hollins Lane Hospice</p></div>
</div></footer></div>
<div id="cmplz-cookiebanner-container"><div
class="cmplz-cookiebanner cmplz-show banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div><div class="cmplz-close" tabindex="0" role="button"
aria-label="Close dialog"></div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use
technologies like cookies to store and/or access device information.</div></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div><div class="cmplz-links cmplz-documents"><ul>
<li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">Cookie Policy</a></li></ul></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":""};</script>
<script src="https://www.hollinslanehospice.org.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
const hospice: TestPage = {
  name: 'heldout514-astra-hospice-donation-guidelines',
  kind: 'docs',
  html: hHtml,
  title: "What we can and can't accept",
  headings: [...hHeads.slice(0, 3), hElectric[1] ?? '', hHeads[3] ?? ''],
  body: texts([...hIntro, ...hWelcome, ...hRefuse, hElectric[0] ?? '', ...hTable, ...hGift]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Main Menu', 'Our care', 'Donate goods', 'Fundraise', 'Contact', 'Search for:', 'Book a furniture collection',
    'Find your nearest shop', ...hShops.filter((t) => t !== 'Eastgate'), "Can't get to a shop?",
    'Donate online and your gift goes straight to the nursing team.',
    'Donate online', 'Hollins Lane Hospice is a registered charity in England and Wales, number 1098421.', ...hFootA, 'Copyright © 2026 Hollins Lane Hospice',
    'Manage Cookie Consent', 'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Deny',
    'View preferences', 'Cookie Policy',
  ],
};

export const HELDOUT514_A: readonly TestPage[] = [hospice];
