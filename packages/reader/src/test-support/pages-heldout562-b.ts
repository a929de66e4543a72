import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, settle, trs, uniq } from './pages-heldout562-kit.js';

/**
 * Held-out batch 562, file b: a competition results post on Drupal 10 (Olivero) with a results table, a sidebar of fixtures and
 * a comment, and a short driving range prices page built with Wix (Thunderbolt renderer).
 */
const rTitle = 'Autumn Foursomes: Hallam and Okafor win by two points';
const rLead = j(
  'Forty-two pairs teed off in a stiff westerly on Saturday for the last foursomes of the season, and the scores show it:',
  'only five pairs beat 30 points, and the winners were the only pair to reach 36.',
);
const rBody1 = [
  j(
    'Greg Hallam and Tunde Okafor were level par for their round after a birdie at the 14th, where Okafor holed a putt of',
    'some 30 feet across the top tier. They closed with four pars in a row to finish two points clear of the field.',
  ),
  j(
    'Second place went to Maureen Pike and Alison Brandt on countback from the Dunmore brothers, who had led for most of the',
    'afternoon until a lost ball at the 16th.',
  ),
];
const rRows = [
  ['1', 'G. Hallam / T. Okafor', '36'],
  ['2', 'M. Pike / A. Brandt', '34'],
  ['3', 'R. Dunmore / S. Dunmore', '34'],
  ['4', 'P. Varga / L. Whitcombe', '32'],
  ['5', 'J. Ellery / D. Mahon', '31'],
  ['6', 'K. Osei / B. Friel', '29'],
];
const rTwos = ['Hole 5: K. Osei', 'Hole 12: M. Pike', 'Hole 17: no twos'];
const rBody2 = [
  j(
    'Prizes will be presented at the end-of-season dinner on 14 November. Thank you to the greens team, who had the course in',
    'superb order despite the weather, and to everyone who stayed for the supper afterwards.',
  ),
  'The winter league begins on 2 November. Entry sheets are on the board in the locker room.',
];
const rNav = ['Home', 'Course', 'Membership', 'Competitions', 'Results', 'Juniors', 'Contact'];
const rCrumbs = ['Home', 'Results'];
const rSide = ['Winter League round 1 – 2 November', "Captain's Turkey Trot – 7 December", 'New Year Texas Scramble – 1 January'];
const rComment = 'Well played both. The 14th putt was the shot of the year!';
const rHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:140;--color--primary-saturation:45%;--color--primary-lightness:30"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.ashcombegolf.org.uk/news/autumn-foursomes-results">
<title>${rTitle} | Ashcombe Golf Club</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_olivero_Zp3.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"},"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial">
<button class="sticky-header-toggle" aria-expanded="false"><span class="visually-hidden">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container"><div id="block-olivero-site-branding"
class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Ashcombe Golf Club</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="button button--icon
mobile-nav-button" aria-label="Main Menu" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(rNav, 'primary-nav__menu-item primary-nav__menu-item--link')}</ul></nav>
<div class="search-block-form block block-search-narrow" role="search"><form action="/search/node" method="get"><div class="form-item">
<label for="edit-keys" class="visually-hidden">Search</label><input placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys">
</div><div class="form-actions"><input class="button js-form-submit" type="submit" value="Search"></div></form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div class="region region--breadcrumb grid-full
layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${links(rCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string
field--label-hidden">${rTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="412" class="node node--type-article
node--promoted node--view-mode-full"><header class=""><div class="node__meta"><article class="profile"></article><div><span>By <span class="field
field--name-uid field--type-entity-reference field--label-hidden"><span>compsec</span></span></span>, <span class="node__meta__date">
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-10-12T18:40:11+01:00">Sun, 12 Oct 2026 - 18:40</time>
</span></span></div></div></header><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary
field--label-hidden field__item"><p><strong>${rLead}</strong></p>
${ps(rBody1)}
<h2>Leading pairs</h2><table><thead><tr><th>Pos</th><th>Pair</th><th>Points</th></tr></thead><tbody>${trs(rRows)}</tbody></table>
<h2>Twos</h2><ul>${lis(rTwos)}</ul>
${ps(rBody2)}</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label
field--tags__label">Tags</h3><ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/3"
hreflang="en">Results</a></li><li class="field--tags__item"><a href="/taxonomy/term/9" hreflang="en">Foursomes</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><article data-comment-user-id="37" id="comment-88"
class="comment js-comment by-anonymous"><div class="comment__picture-wrapper"><div class="comment__picture"></div></div><div class="comment__text-content">
<div class="comment__text-wrapper"><footer class="comment__meta"><div class="comment__author"><span>jellery</span></div><div class="comment__time">Mon, 13 Oct
2026 - 08:12</div></footer><div class="comment__content"><p>${rComment}</p></div></div></div></article></section></div></article></div></div></main>
<div class="region region--sidebar grid-full layout--pass--content-medium"><div class="views-element-container block block-views"><h2 class="block__title">
Upcoming competitions</h2><div><div class="view view-fixtures"><div class="view-content"><ul>${links(rSide)}</ul></div></div></div></div></div></div>
</div></div></div></div><div class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div></div></div></div></div></div></div>
<script src="/sites/default/files/js/js_olivero_4kq.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalResults: TestPage = {
  name: 'heldout562-drupal-foursomes-results',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: ['Leading pairs', 'Twos'],
  body: texts([rLead, ...rBody1, ...rRows.map(rowText), ...rTwos, ...rBody2]),
  bylines: ['By compsec', 'Sun, 12 Oct 2026 - 18:40', 'jellery', 'Mon, 13 Oct 2026 - 08:12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Ashcombe Golf Club', 'Menu', ...rNav, 'Tags', 'Foursomes', 'Comments', rComment, 'Upcoming competitions', ...rSide,
    'Powered by Drupal',
  ]),
};

const wTitle = 'Driving Range Prices & Opening Hours';
const wBody = [
  'Our 24-bay floodlit range is open to everyone, members and visitors alike. No booking is needed; just top up a card at the kiosk.',
  'Opening hours',
  'Monday to Friday: 7am – 9pm',
  'Saturday and Sunday: 7am – 7pm',
  'Bank holidays: 8am – 6pm',
  'Ball prices',
  '40 balls: £4.50',
  '80 balls: £8',
  '150 balls: £13',
  'Top-up cards of £50 include £10 of free credit. Clubs can be borrowed from the pro shop free of charge.',
];
const wNav = ['Home', 'Range', 'Lessons', 'Shop', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1b2c3_favicon.png">
<title>Driving Range | Pinewood Golf Range</title><meta name="description" content="Prices and opening hours for the Pinewood driving range.">
<meta property="og:title" content="Driving Range | Pinewood Golf Range"><meta property="og:site_name" content="Pinewood Golf Range">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Pinewood Golf Range","telephone":"01632 960 733"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"4e5f6a7b","siteId":"8c9d0e1f"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#comp-lk2a1{--txt:#1d3b2a}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div
class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div id="comp-lk2a0" class="KcpHeO tz5f0K comp-lk2a0 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text">PINEWOOD GOLF RANGE</span></p></div>
<nav aria-label="Site" id="comp-lk2a2" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a class="StylableHorizontalMenu3372578893__menuItem" href="/${t.toLowerCase()}">
<div class="itemDepth02233374943__itemWrapper"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="lk2b0" class="dBAkHi theme-vars">
<div class="JsJXaX"><div data-mesh-id="lk2b0inlineContent" data-testid="inline-content"><section id="comp-lk2b1" class="xuzjBY comp-lk2b1 wixui-section"
tabindex="-1"><div data-mesh-id="comp-lk2b1inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lk2b1inlineContent-gridContainer">
<div id="comp-lk2b2" class="KcpHeO tz5f0K comp-lk2b2 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">
<span style="color:#1D3B2A;" class="wixui-rich-text__text">${wTitle.replace('&', '&amp;')}</span></h1></div>
<div id="comp-lk2b3" class="KcpHeO tz5f0K comp-lk2b3 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">
<span class="wixui-rich-text__text">${wBody[0]}</span></p></div>
<div id="comp-lk2b4" class="KcpHeO tz5f0K comp-lk2b4 wixui-rich-text" data-testid="richTextElement"><h2 class="font_4 wixui-rich-text__text">${wBody[1]}</h2>
<ul class="font_8 wixui-rich-text__text">${wBody
  .slice(2, 5)
  .map(
    (t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">
<span class="wixui-rich-text__text">${t}</span></p></li>`,
  )
  .join('')}</ul></div>
<div id="comp-lk2b5" class="KcpHeO tz5f0K comp-lk2b5 wixui-rich-text" data-testid="richTextElement"><h2 class="font_4 wixui-rich-text__text">${wBody[5]}</h2>
<ul class="font_8 wixui-rich-text__text">${wBody
  .slice(6, 9)
  .map(
    (t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">
<span class="wixui-rich-text__text">${t}</span></p></li>`,
  )
  .join('')}</ul><p class="font_8 wixui-rich-text__text">${wBody[9]}</p></div>
<div class="comp-lk2b6 R6ex7N" id="comp-lk2b6" aria-disabled="false"><a data-testid="linkElement" href="/lessons" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Book a lesson</span></a></div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent">
<div id="comp-lk2c1" class="KcpHeO tz5f0K comp-lk2c1 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">Pinewood Golf
Range, Moor Road, Ashby Vale</p><p class="font_9 wixui-rich-text__text">01632 960 733</p><p class="font_9 wixui-rich-text__text">© 2026 by Pinewood Golf
Range. Proudly created with Wix.com</p></div></div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner-root" role="dialog" aria-label="Cookie banner"><p>This website uses cookies. By using the website you
agree to our use of cookies.</p><button data-hook="consent-banner-apply-button">Accept</button><button
data-hook="consent-banner-settings-button">Settings</button>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wixRange: TestPage = {
  name: 'heldout562-wix-range-prices',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wBody[1] ?? '', wBody[5] ?? ''],
  body: wBody.filter((_, i) => i !== 1 && i !== 5),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'PINEWOOD GOLF RANGE', ...wNav, 'Book a lesson', 'Pinewood Golf Range, Moor Road, Ashby Vale', '01632 960 733',
    '© 2026 by Pinewood Golf Range. Proudly created with Wix.com', 'This website uses cookies. By using the website you agree to our use of cookies.',
    'Accept', 'Settings',
  ]),
};

export const HELDOUT562_B: readonly TestPage[] = [drupalResults, wixRange].map(settle);
