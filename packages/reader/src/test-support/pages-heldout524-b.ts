import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside, row, trs } from './pages-heldout524-kit.js';

/**
 * Held-out batch 524, file b: a building society's annual report summary on Drupal 10 (Olivero theme) with a key figures
 * table, and a community shop's short volunteer call built with Wix, with its sign-up form.
 */
const dTitle = 'Our year in brief: annual report and accounts 2026';
const dDek = 'A summary of how Tarnbrook Building Society did for its members in the year to 30 September 2026.';
const dHigh = [
  j(
    'Tarnbrook has been owned by its members since 1868. We have no shareholders to pay, so every decision we make is about',
    'how best to look after the people who save and borrow with us. This summary sets out what that meant in a difficult year.',
  ),
  j(
    'We helped 1,412 households buy a home, 38% of them for the first time, and we kept our standard variable rate below the',
    'market average for all twelve months. Savers earned an average of 3.41% on their balances against a market average of 2.87%.',
  ),
  j(
    'Profit before tax fell to £9.8 million from £11.2 million, because we chose to pass more of the rise in interest rates on to',
    'savers. Our capital remains strong, at 17.9% of risk-weighted assets.',
  ),
];
const dHeadRow = ['Measure', '2026', '2025'];
const dRows = [
  ['Members', '61,240', '58,905'],
  ['Mortgage balances', '£1.62bn', '£1.55bn'],
  ['Savings balances', '£1.71bn', '£1.63bn'],
  ['Profit before tax', '£9.8m', '£11.2m'],
  ['Branches', '14', '14'],
];
const dRewards = [
  j(
    'We estimate that members received £6.1 million more in interest than they would have earned at the market average rate.',
    'Our member grant fund gave £180,000 to 64 local groups, chosen by members in a vote at the branches.',
  ),
  j('We kept every branch open and added Saturday opening in Kirkby Tarn and Ellerside. Over half of new mortgages were still', 'arranged face to face.'),
];
const dAhead = j(
  'In 2027 we will replace our savings system, open a mortgage service for people building their own homes, and ask members',
  'at the AGM to approve a new policy on the pay of our directors. The AGM will be held on 23 January 2027 in Kirkby Tarn.',
);
const dHeads = ['Highlights', 'Key figures', 'Member rewards', 'Looking ahead'];
const dNav = ['Mortgages', 'Savings', 'Branches', 'Membership', 'About us'];
const dCrumbs = ['Home', 'About us', 'News and results'];
const dTags = ['Annual report', 'Results'];
const dFoot = ['Accessibility', 'Complaints', 'Cookie policy', 'Privacy notice', 'Contact us'];
const dReg = j(
  'Tarnbrook Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct',
  'Authority and the Prudential Regulation Authority. Firm reference number 206118.',
);
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${dTitle} | Tarnbrook Building Society</title><link rel="canonical" href="https://www.tarnbrook.co.uk/news/annual-report-2026">
<meta property="og:title" content="${dTitle}"><meta property="article:published_time" content="2026-12-04T10:00:00+00:00">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/118"}}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t2k9x1"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Tarnbrook Building Society</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button"
data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span
class="mobile-nav-button__label">Menu</span>
</button></div><div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul>
</nav><div class="search-block-form block block-search" data-drupal-selector="search-block-form" role="search"><form action="/search/node" method="get">
<label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys"><input data-drupal-selector="edit-submit" type="submit" value="Search"></form></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div class="region region--breadcrumb grid-full
layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div>
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="118" class="node node--type-article
node--view-mode-full">
<header class="node__header"><div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden">
<a title="View user profile." href="/user/12" class="username">Communications team</a></span></span><span class="node__meta-date"><time
datetime="2026-12-04T10:00:00Z">4 December 2026</time>
</span></div></header><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden
field__item">
<p class="lead"><strong>${dDek}</strong></p>
<h2>${dHeads[0]}</h2>${ps(dHigh)}
<h2>${dHeads[1]}</h2><table class="table"><thead><tr>${dHeadRow
  .map(
    (c) => `<th
scope="col">${c}</th>`,
  )
  .join('')}</tr></thead><tbody>${trs(dRows)}</tbody></table>
<h2>${dHeads[2]}</h2>${ps(dRewards)}
<h2>${dHeads[3]}</h2><p>${dAhead}</p>
<p><a href="/sites/default/files/2026-12/annual-report-accounts-2026.pdf" class="file-link">Download the full annual report and accounts (PDF, 2.4 MB)</a></p>
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label
field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div></div></article></div></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden"
id="block-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-regulatory" class="block block-block-content"><div class="text-content field
field--name-body">
<p>${dReg}</p><p>© Tarnbrook Building Society 2026</p></div></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?t2k9x1"></script></body></html>`;
const dBody = texts([dDek, ...dHigh, ...dRows.map(row), ...dRewards, dAhead]);
const drupal: TestPage = {
  name: 'heldout524-drupal-building-society-annual-report',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: dBody,
  bylines: ['By Communications team', '4 December 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([dTitle, ...dHeads, ...dBody], [
    'Skip to main content', 'Tarnbrook Building Society', 'Menu', ...dNav, ...dCrumbs,
    'Download the full annual report and accounts (PDF, 2.4 MB)', 'Tags', ...dTags, ...dFoot, dReg, '© Tarnbrook Building Society 2026',
  ]),
};

const wTitle = 'Volunteer with us';
const wIntro = j(
  'Ashcombe Community Shop is run by 60 volunteers and two part-time staff. We are open seven days a week, and we need a few',
  'more people to keep it that way through the winter.',
);
const wRoles = [
  'Shop shifts: two or three hours on the till, once a week or once a fortnight',
  'Early deliveries: unpacking bread and milk at 7am on weekdays',
  'Home delivery drivers for customers who cannot get to the shop',
  'A volunteer treasurer to join the committee in the spring',
];
const wAsk = j(
  'No experience is needed. We give everyone a training shift with a regular volunteer, and you can choose shifts that suit you',
  'on our online rota. You need to be 16 or over to work on the till.',
);
const wHeads = ['Roles we need', 'Getting started'];
const wNav = ['Home', 'Opening Times', 'Volunteer', 'Our Suppliers', 'Contact'];
const wLabels = ['First name', 'Last name', 'Email', 'Phone', 'Which roles are you interested in?'];
const wAd = 'This site was designed with the Wix website builder. Create your website today.';
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible"
content="IE=edge">
<meta name="generator" content="Wix.com Website Builder"><title>Volunteer | Ashcombe Community Shop</title>
<meta name="description" content="Join the volunteers who run Ashcombe Community Shop."><link rel="canonical"
href="https://ashcombeshop.wixsite.com/home/volunteer">
<meta property="og:site_name" content="Ashcombe Community Shop"><meta name="fb_admins_meta_tag" content="">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"8c1a2d3e","isPremium":false},"requestUrl":"/home/volunteer"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style>#comp-lq2x1a{width:980px}#SITE_HEADER{height:120px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<div id="WIX_ADS" class="tK9DDa ytGGBw wixui-ad-banner"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live"
class="XDHq8r" target="_blank" rel="nofollow"><span class="ibzaQp">${wAd}</span><span class="ap7vG1">Start Now</span></a></div>
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div
data-mesh-id="SITE_HEADERinlineContent-gridContainer">
${rt('kx8ep1a', '<p class="font_6 wixui-rich-text__text"><span class="color_11 wixui-rich-text__text">Ashcombe Community Shop</span></p>')}
<nav id="comp-kx8ep2b" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="ItemDepth03499590574__container"
role="menu">${wNav
  .map(
    (t) => `<li class="ItemDepth03499590574__itemWrapper" role="none"><a href="https://ashcombeshop.wixsite.com/home/${t.toLowerCase().replace(/ /g, '-')}"
class="ItemDepth03499590574__root itemDepth02233374943__root" role="menuitem" data-testid="linkElement"><div
class="itemDepth02233374943__label">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content"><div data-mesh-id="Containerc1dmpinlineContent-gridContainer">
<section id="comp-lq2x1a" class="xuzjBY comp-lq2x1a wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq2x1a"
class="MW5IWV"></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lq2x1b" class="comp-lq2x1b YzqVVZ wixui-column-strip__column"><div
data-mesh-id="comp-lq2x1binlineContent">
${rt('lq2x1c', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt('lq2x1d', wp(wIntro))}
${rt(
  'lq2x1e',
  `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wHeads[0]}</span></h2>
<ul class="font_8 wixui-rich-text__text">${lis(
    wRoles.map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
${rt('lq2x1f', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wHeads[1]}</span></h2>${wp(wAsk)}`)}
<div id="comp-lq2x1g" class="wixui-image"><img src="https://static.wixstatic.com/media/8c1a2d_volunteers.jpg/v1/fill/w_480,h_320/volunteers.jpg"
alt="Volunteers at the till"></div>
</div></div><div id="comp-lq2x1h" class="comp-lq2x1h YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq2x1hinlineContent">
<form id="comp-lq2x1i" class="JVi7i2 comp-lq2x1i wixui-form" aria-label="Volunteer sign up">
${rt('lq2x1j', '<h2 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">Sign up to help</span></h2>')}
${wLabels
  .map(
    (t, i) => `<div class="wixui-text-input"><label for="input_comp-f${i}" class="wPeA6j wixui-text-input__label">${t}</label>
<input type="text" id="input_comp-f${i}" class="KvoMHf has-custom-focus wixui-text-input__input"></div>`,
  )
  .join('\n')}
<div class="wixui-button"><button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn
wixui-button__label">Submit</span>
</button></div>${rt('lq2x1k', '<p class="font_8 wixui-rich-text__text" style="display:none">Thanks for signing up! We will be in touch within a week.</p>')}
</form></div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent">
${rt('kx8ep3c', '<p class="font_9 wixui-rich-text__text">Ashcombe Community Shop Ltd, The Old Forge, Ashcombe. Registered society no. 31055R.</p>')}
${rt('kx8ep3d', '<p class="font_9 wixui-rich-text__text">© 2026 by Ashcombe Community Shop. Proudly created with Wix.com</p>')}
</div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout524-wix-community-shop-volunteers',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: [wIntro, ...wRoles, wAsk],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([wTitle, ...wHeads, wIntro, ...wRoles, wAsk], [
    wAd, 'Start Now', 'Skip to Main Content', 'Ashcombe Community Shop', ...wNav, 'Sign up to help', ...wLabels, 'Submit',
    'Ashcombe Community Shop Ltd, The Old Forge, Ashcombe. Registered society no. 31055R.', '© 2026 by Ashcombe Community Shop. Proudly created with Wix.com',
  ]),
};

export const HELDOUT524_B: readonly TestPage[] = [drupal, wix];
