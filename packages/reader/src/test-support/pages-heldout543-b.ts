import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page, rowTexts, trs } from './pages-heldout543-kit.js';

/**
 * Held-out batch 543, file b: a sweet shop's allergen page on Wix (free-plan site with the Wix ad banner), and an ice cream
 * parlour's menu and prices on WordPress (Astra with Elementor, a price-list widget, a TablePress table and a Complianz banner).
 */
const wTitle = 'Allergen Information';
const wIntro = [
  j(
    'We weigh out loose sweets from jars, so we want you to know exactly what is in them before you choose. This page lists the',
    'allergens in our most popular sweets. The full ingredients for every jar are in the folder on the counter, and we are always',
    'happy to read a label out to you.',
  ),
  j(
    'Please note that all our loose sweets are handled in the same shop with the same scoops and scales, so we cannot promise that',
    'any loose sweet is free from traces of milk, nuts, gluten or soya.',
  ),
];
const wMilk = ['Rhubarb and custards', 'Milk bottles', 'Chocolate limes', 'Clotted cream fudge', 'Cola cubes (made in a factory that uses milk)'];
const wNuts = ['Peanut brittle', 'Coconut ice (may contain almonds)', 'Nougat with hazelnuts'];
const wGluten = ['Liquorice wheels', 'Liquorice allsorts', 'Chocolate-coated honeycomb'];
const wVegan = ['Sherbet lemons', 'Pear drops', 'Aniseed balls', 'Fizzy cola bottles (gelatine-free recipe)', 'Barley sugar twists'];
const wHeads = ['Contain milk', 'Contain nuts or peanuts', 'Contain gluten (wheat)', 'Vegan and free from the 14 major allergens by recipe'];
const wOutro = [
  'Sweets with gelatine are marked with a green dot on the jar lid. Most of our jellies contain pork gelatine.',
  j(
    'Our pre-packed gift bags have a printed label with the full ingredients and allergens in bold. If you have a severe allergy,',
    'we recommend the sealed bags over loose sweets.',
  ),
  'Last checked against our suppliers’ specifications in March 2026.',
];
const wNav = ['Home', 'Shop', 'Pick & Mix', 'Allergens', 'Contact'];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wl = (items: readonly string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${items
    .map(
      (t) => `<li class="wixui-rich-text__text"><p
class="font_8 wixui-rich-text__text">${t}</p></li>`,
    )
    .join('')}</ul>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/favicon.png">
<title>Allergens | Pennywhistle Sweets</title><meta name="description" content="Allergens in the loose sweets at Pennywhistle Sweets, Cobble Row.">
<link rel="canonical" href="https://pennywhistlesweets.wixsite.com/shop/allergens"><meta property="og:title" content="Allergens | Pennywhistle Sweets">
<meta property="og:site_name" content="Pennywhistle Sweets"><meta name="twitter:card" content="summary_large_image">
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"6d1c","isResponsive":false},"language":{"userLanguage":"en"}};</script>
<script type="application/json" id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[]}}</script>
<style id="css_masterPage">#SITE_CONTAINER{--wix-ads-height:50px}
.font_8{font:normal normal normal 16px/1.6em 'avenir-lt-w01_35-light1475496',sans-serif}</style></head>
<body class="device-desktop responsive-desktop"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"
role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope"><div id="WIX_ADS" class="MW5IWV"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral"
target="_blank" class="Xi2cjG"><span class="tFSuYg"><span class="xdLBvx">This site was designed with the </span><span class="Hu2eS5">Wix</span><span
class="xdLBvx">.com </span><span class="xdLBvx">website builder. Create your website today.</span></span><span class="eBFbbL">Start Now</span></a></div>
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-hdr1" class="comp-hdr1 wixui-rich-text"
data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">Pennywhistle Sweets</span></p></div>
<nav id="comp-menu1" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-menu1 wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="itemDepth02233374943__itemWrapper"><a data-testid="linkElement" href="https://pennywhistlesweets.wixsite.com/shop"
class="itemDepth02233374943__container"><div class="itemDepth02233374943__label">${t.replace(/&/g, '&amp;')}</div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-cart1" class="comp-cart1"><a href="/cart-page" aria-label="Cart with 0 items"><span class="count">0</span></a></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="aLrg3" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp">
<section id="comp-sec1" tabindex="-1" class="Oqnisf comp-sec1 wixui-section" data-block-level-container="ClassicSection"><div
data-mesh-id="comp-sec1inlineContent"
class="comp-sec1inlineContent">
${rt('h1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
<div id="comp-img1" class="comp-img1 wixui-image"><wow-image id="img_comp-img1" class="HlRz5e"><img src="https://static.wixstatic.com/media/jars.jpg"
alt="Sweet jars on shelves"></wow-image></div>
${rt('t1', wIntro.map(wp).join(''))}
${rt('t2', `${wh(wHeads[0] ?? '')}${wl(wMilk)}${wh(wHeads[1] ?? '')}${wl(wNuts)}`)}
${rt('t3', `${wh(wHeads[2] ?? '')}${wl(wGluten)}${wh(wHeads[3] ?? '')}${wl(wVegan)}`)}
${rt('t4', wOutro.map(wp).join(''))}
<div id="comp-btn1" class="comp-btn1 wixui-button"><a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">
Ask us about a sweet</span></a></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${rt('ft1', wp('22 Cobble Row, Askerby · 01632 960 418'))}
${rt('ft2', wp('© 2026 by Pennywhistle Sweets. Proudly created with <a href="https://www.wix.com" target="_blank">Wix.com</a>'))}
</div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wixAllergens = page({
  name: 'heldout543-wix-sweet-allergens',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: [...wIntro, ...wMilk, ...wNuts, ...wGluten, ...wVegan, ...wOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    'Pennywhistle Sweets', ...wNav, '0', 'Ask us about a sweet', '22 Cobble Row, Askerby · 01632 960 418',
    '© 2026 by Pennywhistle Sweets. Proudly created with Wix.com', 'bottom of page',
  ],
});

const aTitle = 'Menu & Prices';
const aDek = 'Prices from 1 April 2026. Everything is made on the premises in Ravenholt.';
const aScoops: readonly (readonly [string, string, string])[] = [
  ['Single scoop', '£3.20', 'In a cup or a plain cone. Waffle cone 60p extra.'],
  ['Double scoop', '£5.10', 'Two flavours of your choice.'],
  ['Triple scoop', '£6.80', 'Served in a tub with a wafer.'],
  ['Kids’ scoop', '£2.20', 'A small scoop with sprinkles, for under tens.'],
];
const aSundaes: readonly (readonly [string, string, string])[] = [
  ['Knickerbocker glory', '£8.50', 'Vanilla, strawberry, jelly, peaches, cream and a cherry, in the tall glass.'],
  ['Banana split', '£7.90', 'Three scoops, a whole banana, hot fudge sauce and toasted almonds.'],
  ['Parlour brownie', '£6.40', 'Warm chocolate brownie with a scoop of fior di latte and salted caramel.'],
  ['Affogato', '£4.60', 'A scoop of vanilla drowned in a double espresso.'],
];
const aTubs = [
  ['500 ml', '3 to 4', '£7.50'],
  ['1 litre', '6 to 8', '£13.00'],
  ['2.5 litre catering tub', '20', '£29.00'],
];
const aHeads = ['Scoops & cones', 'Sundaes', 'Tubs to take home', 'Allergies'];
const aAllergy = j(
  'Our menu changes with the seasons. Please tell us about any allergy before you order; our allergen folder lists every',
  'flavour and topping, and we keep a separate scoop for nut-free orders.',
);
const aTubNote = 'Tubs are packed to order. Please allow ten minutes, or ring ahead on 01632 960 733.';
const aNav = ['Home', 'Menu & Prices', 'Parties', 'About Us', 'Contact'];
const aFoot = ['Privacy Policy', 'Cookie Policy (UK)', 'Accessibility'];
const aCookie = j(
  'To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to these',
  'technologies will allow us to process data such as browsing behaviour or unique IDs on this site.',
);
const el = (
  id: string,
  type: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const priceList = (items: readonly (readonly [string, string, string])[]): string =>
  `<ul class="elementor-price-list">${items
    .map(
      ([t, p, d]) => `<li class="elementor-price-list-item"><div class="elementor-price-list-text"><div class="elementor-price-list-header">
<span class="elementor-price-list-title">${t}</span> <span class="elementor-price-list-separator"></span> <span
class="elementor-price-list-price">${p}</span></div>
<p class="elementor-price-list-description">${d}</p></div></li>`,
    )
    .join('\n')}</ul>`;
const hd = (id: string, tag: string, t: string): string => el(id, 'heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>Menu &amp; Prices &#8211; Dolcezza Ice Cream Parlour</title>
<meta name="robots" content="max-image-preview:large"><link rel='stylesheet' id='astra-theme-css-css'
href='https://dolcezzaparlour.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://dolcezzaparlour.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1'
media='all'>
<style id='astra-theme-css-inline-css'>:root{--ast-container-default-xlg-padding:6.67em;}
.ast-page-builder-template .site-content > .ast-container{max-width:100%;}</style>
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Menu &amp; Prices"}]}</script>
<meta name="generator" content="Elementor 3.20.1; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope'
class="page-template-default page page-id-42 wp-custom-logo ast-page-builder-template ast-no-sidebar
 astra-4.6.4 ast-single-post ast-hfb-header elementor-default elementor-kit-6 elementor-page elementor-page-42">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header
class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"
data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
 site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization"
itemscope="itemscope">
<span class="site-logo-img"><a href="https://dolcezzaparlour.co.uk/" class="custom-logo-link" rel="home"><img width="180" height="72"
src="https://dolcezzaparlour.co.uk/wp-content/uploads/2024/03/logo.png" class="custom-logo" alt="Dolcezza Ice Cream Parlour"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
 ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${aNav
  .map(
    (t, i) => `<li id="menu-item-${20 + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${20 + i}"><a
href="https://dolcezzaparlour.co.uk/"
class="menu-link">${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-header-without-markup"></header><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42"><section
class="elementor-section elementor-top-section elementor-element
 elementor-element-3f2a1b elementor-section-boxed elementor-section-height-default" data-id="3f2a1b" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element
 elementor-element-8c1d" data-id="8c1d" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${hd('5e1', 'h1', 'Menu &amp; Prices')}
${el('5e2', 'text-editor', `<p>${aDek}</p>`)}
${hd('5e3', 'h2', 'Scoops &amp; cones')}
${el('5e4', 'price-list', priceList(aScoops))}
${hd('5e5', 'h2', aHeads[1] ?? '')}
${el('5e6', 'price-list', priceList(aSundaes))}
${hd('5e7', 'h2', aHeads[2] ?? '')}
${el(
  '5e8',
  'text-editor',
  `<table id="tablepress-3" class="tablepress tablepress-id-3"><thead><tr class="row-1"><th class="column-1">Size</th>
<th class="column-2">Serves</th><th class="column-3">Price</th></tr></thead><tbody
class="row-striping row-hover">${trs(aTubs)}</tbody></table><p>${aTubNote}</p>`,
)}
${hd('5e9', 'h2', aHeads[3] ?? '')}
${el('5ea', 'text-editor', `<p>${aAllergy}</p>`)}
${el(
  '5eb',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/allergens">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Download the allergen folder (PDF)</span></span></a></div>`,
)}
</div></div></div></section></div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-primary-footer-wrap
 ast-builder-grid-row-container site-footer-focus-item ast-footer-row-stack"><div class="ast-builder-grid-row-container-inner"><div
class="site-footer-primary-section-1
 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner"
data-section="sidebar-widgets-footer-widget-1"
aria-label="Footer Widget 1"><section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Opening hours</h2>
<p>Daily 11am – 9pm (April to September)<br>Weekends only 12 – 6pm (October to March)</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><div class="footer-bar-navigation"><nav class="site-navigation"
id="footer-site-navigation"
aria-label="Site Navigation: Footer Menu"><div class="footer-navigation"><ul id="astra-footer-menu" class="ast-nav-menu ast-flex astra-footer-horizontal-menu">
${links(aFoot, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div
class="ast-footer-copyright"><p>Copyright &copy; 2026 Dolcezza Ice Cream
Parlour | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div
class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${aCookie}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<a id="ast-scroll-top" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">Scroll to Top</span></a>
<script src="https://dolcezzaparlour.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4"
id="astra-theme-js-js"></script></body></html>`;
const astraMenu = page({
  name: 'heldout543-astra-elementor-parlour-menu',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['Scoops & cones', ...aHeads.slice(1)],
  body: [aDek, ...aScoops.map((r) => r.join(' ')), ...aSundaes.map((r) => r.join(' ')), ...rowTexts(aTubs), aTubNote, aAllergy],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Download the allergen folder (PDF)', 'Opening hours', 'Daily 11am – 9pm (April to September)',
    'Weekends only 12 – 6pm (October to March)', ...aFoot, 'Copyright © 2026 Dolcezza Ice Cream Parlour | Powered by Astra WordPress Theme',
    'Manage Cookie Consent', aCookie, 'Accept', 'Deny', 'View preferences', 'Scroll to Top',
  ],
});

export const HELDOUT543_B: readonly TestPage[] = [wixAllergens, astraMenu];
