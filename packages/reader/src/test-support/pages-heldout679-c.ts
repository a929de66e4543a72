import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout679-kit.js';

/**
 * Held-out batch 679, file c: a silver dealer's "selling to us" page built with Wix (rich-text components, top / bottom of
 * page anchors, contact form strip) and an auction house press release on Drupal 10 (Olivero theme, tags, comment login link).
 */
const wTitle = 'Selling your silver to Ashby Tull';
const wIntro = j(
  'We have bought antique and vintage silver from private owners for over forty years. Whether you have a single spoon or a',
  'whole canteen, we will give you an honest opinion and, if we can, a fair cash offer on the spot.',
);
const wH = ['What we buy', 'How it works'];
const wBuy = [
  'Georgian and Victorian tea and coffee services',
  'Flatware and canteens, including incomplete sets',
  'Provincial and Scottish silver, especially with rare town marks',
  'Small silver: vinaigrettes, card cases, vesta cases and snuff boxes',
];
const wHow = [
  j(
    'Email us photographs of your silver showing the hallmarks, or bring it to the shop on Lansdowne Arcade any weekday. We will',
    'explain what you have, what it is worth and why. There is no charge and no obligation to sell.',
  ),
  j(
    'If you accept our offer, we pay by bank transfer the same day. We do not buy silver for its scrap value unless it is',
    'beyond repair, and we will always tell you if a piece would do better at auction.',
  ),
];
const wNav = ['Home', 'Shop', 'Selling to us', 'About', 'Contact'];
const wFoot = ['Ashby Tull Silver', '7 Lansdowne Arcade, Bath BA1 2QT', 'Tel. 01225 448 219', '© 2027 by Ashby Tull Silver.'];
const rt = (id: string, inner: string): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text" style="line-height:1.7em;"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">${t}</span></h2>`;
const wBuyHtml = wBuy.map((b) => `<li class="wixui-rich-text__text">${wp(b)}</li>`).join('');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Selling to us | Ashby Tull Silver</title>
<meta name="description" content="We buy antique and vintage silver from private owners. Honest opinions and fair cash offers.">
<link rel="canonical" href="https://www.ashbytullsilver.co.uk/selling-to-us"><meta property="og:site_name" content="Ashby Tull Silver">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager","headerContainer"],
"site":{"metaSiteId":"2b1e7d44-1f2b-4c6f-9f1e-0a7d1b2c3d4e","isPremium":true},"requestUrl":"https://www.ashbytullsilver.co.uk/selling-to-us"}</script>
<style id="css_masterPage">#comp-lq1x9b2a{--rd:0px;--brw:0px}.font_8{font:normal normal normal 16px/1.7em raleway,sans-serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mrxN6">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${rt('lq1x9b2a', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="/">Ashby Tull Silver</a></span></p>')}
<wix-dropdown-menu id="comp-lq1xa7n4" class="XRwtpn NHM1d1 comp-lq1xa7n4 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr">
<nav class="StylableHorizontalMenu3372578893__root" aria-label="Site"><ul class="ItUGH9" data-testid="dropdownMenu" role="list">
${wNav
  .map(
    (n) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/" class="UiHgGh"><div class="yRj2ms"><div class="">
<p class="zKbzSQ">${n}</p></div></div></a></li>`,
  )
  .join('\n')}</ul></nav></wix-dropdown-menu></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX">
<div id="c1dmp" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<section id="comp-lq2b8k1f" tabindex="-1" class="Oqnisf comp-lq2b8k1f wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lq2b8k1finlineContent" data-testid="inline-content" class="">
${rt('lq2b8k1g', `<h1 class="font_0 wixui-rich-text__text" style="font-size:44px;"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt('lq2b8k1h', wp(wIntro))}
<div class="MazNVa comp-lq2b9m0d wixui-image" id="comp-lq2b9m0d"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq2b9m0d"
class="HlRz5e BI8PVQ" data-image-info="{}"><img src="https://static.wixstatic.com/media/9a1c2b_teapot~mv2.jpg/v1/fill/w_620,h_420/teapot.jpg"
alt="George III silver teapot" style="width:620px;height:420px;object-fit:cover"></wow-image></div></div>
${rt('lq2b8k1i', `${wh(wH[0] ?? '')}<ul class="font_8 wixui-rich-text__text">${wBuyHtml}</ul>`)}
${rt('lq2b8k1j', `${wh(wH[1] ?? '')}${wHow.map(wp).join('')}`)}
<div class="comp-lq2bc3x1 R6ex7N wixui-button" id="comp-lq2bc3x1" aria-disabled="false"><a data-testid="linkElement" href="mailto:silver@ashbytull.co.uk"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Email us your photos</span></a></div>
</div></section>
<section id="comp-lq2bf0aa" tabindex="-1" class="Oqnisf comp-lq2bf0aa wixui-section"><div data-testid="inline-content">
${rt('lq2bf0ab', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Get in touch</span></h2>')}
<form id="comp-lq2bf0ac" class="JVi7i2 comp-lq2bf0ac wixui-form"><div class="comp-lq2bf0ad wixui-text-input"><label for="input_comp-lq2bf0ad"
class="wPeA6j wixui-text-input__label">Name</label><input type="text" id="input_comp-lq2bf0ad" class="KvoMHf has-custom-focus wixui-text-input__input"></div>
<div class="comp-lq2bf0ae wixui-text-input"><label for="input_comp-lq2bf0ae" class="wPeA6j wixui-text-input__label">Email</label>
<input type="email" id="input_comp-lq2bf0ae" class="KvoMHf has-custom-focus wixui-text-input__input"></div><div class="comp-lq2bf0af wixui-button">
<button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">Send</span></button></div>
</form>
</div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8"><div data-testid="inline-content">
${rt('lq1xfoot', wFoot.map((f) => `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">${f}</span></p>`).join(''))}
</div></div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="qhwIj ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mrxN6">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.2b9f5e4a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout679-wix-selling-silver',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: [wIntro, ...wBuy, ...wHow],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Ashby Tull Silver', ...wNav.filter((n) => n !== 'Shop'), 'Email us your photos', 'Get in touch',
    'Name', 'Send', ...wFoot.slice(1), 'bottom of page',
  ],
};

const dTitle = 'Staffordshire group of a lion tamer sets auction record at Holloway Marsh';
const dBody = [
  j(
    'A rare Staffordshire pottery figure group of the lion tamer Isaac Van Amburgh has sold for £36,400 at Holloway Marsh,',
    'a record at auction for a Victorian flatback group. The figure had been estimated at £6,000 to £9,000 in the firm’s',
    '<em>British Ceramics</em> sale on 14 April.',
  ),
  j(
    'The group, modelled around 1840, shows the tamer in Roman costume reclining among a lion, a lioness and a leopard. Only three',
    'other examples are recorded, and this is the only one with its original enamel colours largely intact.',
  ),
  'Bidding',
  j(
    'Seven bidders competed on the telephone and online before the group was knocked down to a London dealer bidding on behalf',
    'of an American collector. The previous record for a Staffordshire flatback, £22,000, was set in 2019.',
  ),
  j(
    '“We knew it was special when it came in, but nobody expected this,” said ceramics specialist Rupert Anwell.',
    '“Collectors have been waiting a long time for one of these to appear in this condition.”',
  ),
  'From a farmhouse mantelpiece',
  j(
    'The figure was consigned by a family in the Peak District who had kept it on the kitchen mantelpiece for as long as anyone',
    'could remember. They brought it to a free valuation day in Leek in February, wrapped in a tea towel.',
  ),
  j('The next <em>British Ceramics</em> sale takes place on 8 September. Entries close on 31 July.'),
];
const dCap = 'The Van Amburgh group, sold for £36,400. Photo: Holloway Marsh';
const dNav = ['Home', 'Auctions', 'Results', 'Valuations', 'News', 'Contact'];
const dCrumbs = ['Home', 'News'];
const dTags = ['Ceramics', 'Records', 'Staffordshire'];
const li = (t: string): string => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase()}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<link rel="canonical" href="https://www.hollowaymarsh.co.uk/news/staffordshire-lion-tamer-record"><title>${dTitle} | Holloway Marsh</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xb9tL1k3ZYcJ2x6-JgOaa8rOqZ3nPd7GJ0i8m1x1v4Q.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412","currentPathIsAdmin":false},
"ajaxTrustedUrl":{"\\/search\\/node":true},"user":{"uid":0,"permissionsHash":"4b2f"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Holloway Marsh</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">
Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search form-element form-element--type-search"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNav.map(li).join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${dCrumbs.map((c) => `<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">${c}</a></li>`).join('')}</ol></nav>
</div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system">
<article data-history-node-id="412" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Hattie Brennand</span></span></span>
<span class="node__meta-date">Fri, 04/16/2027 - 11:30</span></div></header><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>${dBody[0]}</p><figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/van-amburgh.jpg"
alt="Staffordshire figure group" data-entity-type="file" width="800" height="600" loading="lazy"><figcaption>${dCap}</figcaption></figure>
<p>${dBody[1]}</p><h2>${dBody[2]}</h2><p>${dBody[3]}</p><blockquote><p>${dBody[4]}</p></blockquote><h3>${dBody[5]}</h3><p>${dBody[6]}</p><p>${dBody[7]}</p>
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">${dTags.map((t) => `<li><a href="/taxonomy/term/4" hreflang="en">${t}</a></li>`).join('')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><ul class="links inline"><li>
<a href="/user/login?destination=/comment/reply/node/412/comment%23comment-form">Log in</a> or
<a href="/user/register?destination=/comment/reply/node/412/comment%23comment-form">register</a> to post comments</li></ul></section>
</div></article></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full layout--pass--content-medium">
<div id="block-footerinfo" class="block block-block-content"><div class="text-content field field--name-body"><p>Holloway Marsh Auctioneers, Cattle Market Road,
Leek ST13 5AX. Regulated by RICS.</p></div></div></div><div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_o1Yb9rN2Q8c0XyWc4m7i3q5dKj1d0fC6n7u8v9w0x1A.js"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout679-drupal-record-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dBody[2] ?? '', dBody[5] ?? ''],
  body: texts(dBody.filter((_, i) => i !== 2 && i !== 5)),
  bylines: ['By Hattie Brennand', 'Fri, 04/16/2027 - 11:30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', dCap, 'Tags', 'Records', 'Comments',
    'Log in or register to post comments', 'Holloway Marsh Auctioneers, Cattle Market Road, Leek ST13 5AX. Regulated by RICS.', 'Powered by Drupal',
  ],
};

export const HELDOUT679_C: readonly TestPage[] = [wix, drupal];
