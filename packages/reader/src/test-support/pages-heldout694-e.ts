import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page, rowText, trs } from './pages-heldout694-kit.js';

/**
 * Held-out batch 694, file e: a small farm touring park's tariff page in an old hand-written table layout (FrontPage era, spacer
 * GIFs, a hit counter), and a touring park group's dogs and site rules page on Drupal 10 (Olivero theme, EU Cookie Compliance).
 */
const tTitle = 'Tariff 2025';
const tIntro = 'All prices are per night and include one unit, car and two adults. Electric hook up is metered on long stays.';
const tRows = [
  ['Tent or trailer tent', '£16.00', '£18.00'],
  ['Caravan or motorhome', '£20.00', '£23.00'],
  ['Electric hook up (10A)', '£4.50', '£4.50'],
  ['Extra adult', '£5.00', '£5.00'],
  ['Child 3 to 14', '£2.50', '£2.50'],
  ['Dog', 'free', 'free'],
];
const tNotes = [
  'Low season is Easter to the end of June and September to October. High season is July and August and all bank holidays.',
  'We are a quiet site with no club house. Please keep noise down after 10.30pm.',
  'Payment by cash or cheque on arrival please. We are sorry but we cannot take cards.',
];
const tLinks = ['Home', 'Tariff', 'How to find us', 'Local walks', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="keywords" content="caravan site, camping, touring park, Wensford, farm site"><title>Low Fold Farm Caravan Site - Tariff</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" text="#000000" link="#006600" vlink="#336633" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2"><img src="images/header.jpg" width="760" height="120"
alt="Low Fold Farm Caravan Site"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8F0E0"><img src="images/spacer.gif" width="160" height="10"><br>
${tLinks
  .map(
    (t) => `<p style="margin-left:12px"><font face="Verdana, Arial" size="2"><b><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></b>
</font></p>`,
  )
  .join('\n')}
<p style="margin-left:12px"><font face="Verdana" size="1">Tel: 01833 650291</font></p>
<p align="center"><img src="images/cc-listed.gif" width="88" height="31" alt="Caravan Club Certificated Location"></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial" size="2"><h1><font color="#336633">${tTitle}</font></h1>
<p>${tIntro}</p>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999"><tr bgcolor="#CCDDBB"><td><b>&nbsp;</b></td><td><b>Low season</b></td>
<td><b>High season</b></td></tr>
${trs(tRows)}</table>
${ps(tNotes)}
<p><i>Open 1st April to 31st October.</i></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana" size="1" color="#FFFFFF">Low Fold Farm, Wensford, Teesdale DL12 0PJ<br>
You are visitor number <img src="/cgi-bin/Count.cgi?df=lowfold.dat" alt="counter"> since 1 March 2003<br>Page last updated 14/01/2025</font></td></tr></table>
</body></html>`;
const tariff: TestPage = page({
  name: 'heldout694-table-layout-tariff',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [tIntro, ...rowText(tRows), ...tNotes, 'Open 1st April to 31st October.'],
  bylines: ['Page last updated 14/01/2025'],
  furniture: [...tLinks, 'Tel: 01833 650291', 'Low Fold Farm, Wensford, Teesdale DL12 0PJ', 'You are visitor number', 'since 1 March 2003'],
});

const dTitle = 'Dogs on our parks';
const dIntro = j(
  'Dogs are welcome at all five Fellside Holiday Parks, and most of our touring pitches are dog friendly. To keep the parks',
  'pleasant for everyone, we ask all owners to follow a few simple rules.',
);
const dRules = [
  'A maximum of two dogs per pitch, unless you have agreed otherwise with reception when booking.',
  'Dogs must be on a short lead everywhere on the park, including on your own pitch.',
  'Please use the dog walk and pick up after your dog. Bags and bins are at each end of the walk.',
  'Dogs are not allowed in the shower blocks, the shop, the play areas or the swimming pool building.',
  'Never leave a dog alone in a caravan, motorhome or awning, or tied up outside.',
];
const dBreedH = 'Restricted breeds';
const dBreed = j(
  'In line with the law, we cannot accept any dog of a type banned under the Dangerous Dogs Act. If our staff have any concerns',
  'about a dog, they may ask you to keep it away from other guests or to leave the park.',
);
const dFacH = 'Dog facilities';
const dFac = [
  'Fenced dog exercise field at Ravenscar, Kelda Bridge and Thornby',
  'Dog wash station by the Kelda Bridge motorhome service point',
  'Dog-friendly pubs within walking distance of every park',
];
const dNav = ['Our parks', 'Touring', 'Holiday homes', 'Offers', 'Plan your stay', 'Contact'];
const dCrumbs = ['Home', 'Plan your stay'];
const dSide = ['Arriving and departing', 'Site rules', 'Accessibility', 'Dogs on our parks', 'Motorhome service points'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:152;--color--primary-saturation:40%;--color--primary-lightness:32"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${dTitle} | Fellside Holiday Parks</title>
<link rel="canonical" href="https://www.fellsideparks.co.uk/plan-your-stay/dogs"><link rel="shortlink" href="https://www.fellsideparks.co.uk/node/214">
<link rel="stylesheet" media="all"
href="/sites/default/files/css/css_9kVtUe4Tq3m0Z0qLk8H2N0.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxtjVEK">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214"},
"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"></button></div><div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
<div class="container site-header__inner__container"><div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">Fellside Holiday Parks</a></div>
</div></div></div><div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title"
class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
</div></div><div class="sidebar-grid grid-full"><main role="main" class="site-main">
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="214" class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>${dIntro}</p><ol>${lis(dRules)}</ol><h2>${dBreedH}</h2><p>${dBreed}</p><h2>${dFacH}</h2><ul>${lis(dFac)}</ul></div></div></article></div></div></main>
<aside class="region region--sidebar" role="complementary">
<nav role="navigation" aria-labelledby="block-planyourstay-menu" id="block-planyourstay" class="block block-menu
navigation menu--plan-your-stay"><h2 class="block__title" id="block-planyourstay-menu">In this section</h2>
<ul class="menu">${links(dSide, 'menu__item')}</ul></nav></aside>
</div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<div id="block-footercontact" class="block
block-block-content"><div class="block__content"><p>Central reservations: 01768 492 300</p><p>Fellside Holiday Parks Ltd, registered in England no. 04418820</p>
</div></div></div></div></footer></div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner" style="display:none">
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user
experience</h2><p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div><div id="popup-buttons"><button type="button"
class="agree-button eu-cookie-compliance-default-button">OK, I agree</button></div></div></div></div>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=10.2.4"></script><script src="/core/misc/drupal.js?v=10.2.4"></script>
</body></html>`;
const dogs: TestPage = page({
  name: 'heldout694-drupal-dogs-rules',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dBreedH, dFacH],
  body: [dIntro, ...dRules, dBreed, ...dFac],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Fellside Holiday Parks', 'Menu', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs, 'In this section', ...dSide,
    'Central reservations: 01768 492 300', 'Fellside Holiday Parks Ltd, registered in England no. 04418820',
  ],
});

export const HELDOUT694_E: readonly TestPage[] = [tariff, dogs];
