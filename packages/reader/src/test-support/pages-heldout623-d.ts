import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, finish, j, lis, rowTexts, trs } from './pages-heldout623-kit.js';

/**
 * Held-out batch 623, file d: a cider makers' association guide page on Drupal 10 (Olivero theme) with a variety table, tags
 * and a sidebar block, and a small farm cider maker's price list in an old table layout (font tags, spacer gifs, hit counter).
 */
const dTitle = 'Choosing apples for a first cider: a guide for new makers';
const dH = ['Sweets, sharps, bittersweets and bittersharps', 'Varieties our members recommend', 'Blending your first batch'] as const;
const dIntro = [
  j(
    'Most of the questions our advice line gets from new makers come down to one thing: which apples should I use? This guide sets out',
    'how cider makers sort apples, names a handful of reliable varieties, and suggests a simple blend for a first batch of 25 litres.',
  ),
];
const dKinds = [
  j(
    'Cider makers sort apples by two things, acid and tannin. Acid gives freshness and protects the juice from spoilage; tannin gives',
    'body, bitterness and the drying feel on the tongue. The four traditional classes follow from these:',
  ),
];
const dClasses = [
  '<strong>Sweets</strong> are low in both and add sugar and fruitiness, but on their own make a thin cider.',
  '<strong>Sharps</strong> are high in acid and low in tannin, like most cooking and dessert apples.',
  '<strong>Bittersweets</strong> are low in acid and high in tannin, the backbone of West Country cider.',
  '<strong>Bittersharps</strong> are high in both, and a little goes a long way.',
];
const dHead = ['Variety', 'Class', 'Harvest', 'Notes'];
const dRows = [
  ['Dabinett', 'Bittersweet', 'November', 'Reliable cropper; soft tannin and good sugar'],
  ['Kingston Black', 'Bittersharp', 'October', 'Can make a balanced single-variety cider'],
  ['Yarlington Mill', 'Bittersweet', 'October', 'Aromatic; prone to scab in wet years'],
  ['Brown’s Apple', 'Sharp', 'October', 'Clean, bright acid for blending'],
  ['Sweet Coppin', 'Sweet', 'October', 'Mild and fruity; lifts a heavy blend'],
];
const dBlend = [
  j(
    'If you can only get hold of a few varieties, aim for roughly two parts bittersweet to one part sharp. Taste the juice before you',
    'ferment: it should be pleasantly sweet, clearly fruity, with enough acid that it does not taste flat, and a little grip at the end.',
  ),
  j(
    'Keep a note of what went in and in what proportions. A cider that disappoints in its first year is still useful if you know why,',
    'and most of our members say their third batch was the first they were proud of.',
  ),
];
const dNav = ['About', 'Membership', 'Advice', 'Events', 'Find a cider maker', 'Contact'];
const dCrumbs = ['Home', 'Advice', 'Orchards and fruit'];
const dTags = ['Apples', 'Beginners', 'Blending'];
const dSide = ['Pressing day checklist', 'Keeping a cider log', 'Wild or cultured yeast?'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:103;--color--primary-saturation:40%;--color--primary-lightness:32"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.marchcidermakers.org.uk/advice/choosing-apples">
<title>${dTitle} | Marches Cider Makers' Guild</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Fh2x8M1G9lQ7q7aW0Y2c3M.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/318","currentLanguage":"en"},
"olivero":{"mobileNavButton":"Main Menu"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Marches Cider Makers' Guild</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button"
aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<form action="/search/node" method="get" class="search-form search-block-form"><div class="form-item"><label for="edit-keys"
class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"></div></form></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link')}</ul></nav></div>
</div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div class="region region--breadcrumb grid-full
 layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
 block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="318" class="node node--type-article
node--promoted node--view-mode-full"><header class=""><div class="node__meta"><div class="node__author-image"></div><span>By <span class="field
field--name-uid field--type-entity-reference field--label-hidden"><span>Hetty Marwood</span></span>, <span class="field field--name-created field--type-created
field--label-hidden"><time datetime="2026-02-09T10:14:22+00:00" title="Monday, February 9, 2026 - 10:14">9 February, 2026</time></span></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>${dH[0]}</h2>${ps(dKinds)}<ul>${lis(dClasses)}</ul>
<h2>${dH[1]}</h2><table><thead><tr>${dHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${trs(dRows)}</tbody></table>
<h2>${dH[2]}</h2>${ps(dBlend)}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label
 field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div></div></article></div></div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-views-block-related-advice" class="block block-views">
<h2 class="block__title">More advice</h2><div class="block__content"><div class="item-list"><ul>${links(dSide)}</ul></div></div></div>
<div id="block-advice-line" class="block block-block-content"><h2 class="block__title">Advice line</h2><div class="block__content">
<div class="text-content clearfix field field--name-body"><p>Members can ring our volunteers on Tuesday evenings, 7pm to 9pm, on 01632 960 772.</p></div>
</div></div>
</aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2>
<ul class="menu">${links(['Privacy notice', 'Accessibility'], 'menu__item')}</ul>
</nav></div></div><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Qm1p3f6Gb2vXKgQ.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout623-drupal-olivero-apples',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...dH],
  body: texts([...dIntro, ...dKinds, ...dClasses, ...rowTexts(dRows), ...dBlend]),
  bylines: ['By Hetty Marwood, 9 February, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', "Marches Cider Makers' Guild", 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs, 'Tags', ...dTags,
    'More advice', ...dSide, 'Advice line', 'Members can ring our volunteers on Tuesday evenings, 7pm to 9pm, on 01632 960 772.', 'Footer',
    'Privacy notice', 'Accessibility', 'Powered by Drupal',
  ],
};

const tTitle = 'OUR CIDERS & PRICES';
const tBody = [
  j(
    'All our cider is made on the farm from our own apples, the old fashioned way in a twin screw press with straw and cloths.',
    'Nothing added but a little sweetening for the medium and sweet. Still, not fizzy.',
  ),
  'Please bring your own containers or buy one of ours. Sorry, no cards - cash or cheque only.',
];
const tRows = [
  ['Dry (7%)', '£2.50 per pint', '£9.00 per gallon'],
  ['Medium (6.5%)', '£2.50 per pint', '£9.00 per gallon'],
  ['Sweet (6%)', '£2.50 per pint', '£9.00 per gallon'],
  ['Scrumpy Gold (8%)', '£3.00 per pint', '£11.00 per gallon'],
  ['1 gallon plastic container', '', '£1.50'],
];
const tNote = 'We are open every day 9 till 6 except Christmas Day. Parties welcome by arrangement - ring Reg on 01632 960 233.';
const tNav = ['Home', 'The Farm', 'Ciders & Prices', 'How to Find Us', 'Guestbook'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Pencoed Farm Cider - Our Ciders</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="cider, scrumpy, farm cider, pencoed, real cider, cider farm"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#F4EBD0" text="#3B2A14" link="#6B3E12" vlink="#6B3E12" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Pencoed Farm Cider - Real Cider Since 1948"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E2D3A8"><img src="images/spacer.gif" width="160" height="10"><br>
${tNav
  .map(
    (n) => `<font face="Verdana, Arial" size="2"><b>&nbsp;&nbsp;
<a href="${n.toLowerCase().replace(/[^a-z]+/g, '')}.htm">${esc(n)}</a></b></font><br><br>`,
  )
  .join('\n')}
<br><center><img src="images/barrel.gif" width="100" height="90" alt=""></center><br></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Georgia, Times New Roman" size="5" color="#6B3E12"><b>OUR CIDERS &amp; PRICES</b></font><br><br>
<font face="Verdana, Arial" size="2">${tBody[0]}<br><br>${tBody[1]}</font><br><br>
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#C8B27A"><tr bgcolor="#E2D3A8"><td><font face="Verdana" size="2"><b>Cider</b>
</font></td><td><font face="Verdana" size="2"><b>Pint</b></font></td><td><font face="Verdana" size="2"><b>Gallon</b></font></td></tr>
${trs(tRows)}</table><br>
<font face="Verdana, Arial" size="2">${tNote}</font><br><br>
<font face="Verdana, Arial" size="1" color="#7A6A4A"><i>Prices correct as of September 2025</i></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#6B3E12" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">Pencoed Farm, Llanwern Road, Pencoed
| Tel 01632 960 233 | &copy; Pencoed Farm Cider 2003-2025<br>You are visitor number <img src="http://counter.digits.example/?id=pencoedcider&amp;style=odometer"
alt="48213"> since March 2003</font></td></tr></table></body></html>`;
const tables: TestPage = {
  name: 'heldout623-table-layout-farm-prices',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tBody, ...rowTexts(tRows), tNote]),
  bylines: ['Prices correct as of September 2025'],
  furniture: [...tNav, 'Pencoed Farm, Llanwern Road, Pencoed | Tel 01632 960 233 | © Pencoed Farm Cider 2003-2025', 'You are visitor number since March 2003'],
};

export const HELDOUT623_D: readonly TestPage[] = [finish(drupal), finish(tables)];
