import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, settle } from './pages-heldout572-kit.js';

/**
 * Held-out batch 572, file e: a "properties to let" list on an old table-layout agency site (spacer GIFs, font tags, a left
 * menu column, a hit counter), and a tenant guide to deposit protection on Drupal 10 with the Olivero theme (tags, comments).
 */
const tTitle = 'Properties to Let';
const tIntro = 'All rents are per calendar month. Please ring the office to arrange a viewing. Properties are let unfurnished unless stated.';
const tProps: readonly (readonly [string, string, string])[] = [
  [
    '14a Tanner Street, Westmoor',
    '£695 pcm',
    'First floor flat above a shop in the town centre. One double bedroom, lounge, kitchen and shower room. Electric heating. Available now.',
  ],
  [
    '3 Millbrook Cottages, Little Hendon',
    '£925 pcm',
    j(
      'Two bedroom end of terrace cottage with a small garden and off road parking for one car. Oil fired central heating.',
      'Pets considered. Available early March.',
    ),
  ],
  [
    '27 Stanhope Road, Westmoor',
    '£1,100 pcm',
    'Three bedroom semi detached house close to the primary school. Gas central heating, garage and enclosed rear garden. Available now.',
  ],
  [
    'Flat 2, The Old Maltings, Westmoor',
    '£780 pcm',
    'Ground floor flat in a converted maltings with an allocated parking space. One bedroom, open plan living area. Part furnished.',
  ],
];
const tMenu = ['Home', 'Properties for Sale', 'Properties to Let', 'Landlord Services', 'Tenant Information', 'Contact Us'];
const tRow = ([addr, rent, desc]: readonly [string, string, string], n: number): string => `<tr>
<td width="160" valign="top"><a href="details.asp?id=${3140 + n}">
<img src="photos/${3140 + n}_1.jpg" width="150" height="112" border="0" alt="${addr}"></a></td>
<td valign="top"><font face="Verdana, Arial" size="2"><b>${addr}</b><br>
<font color="#990000"><b>${rent}</b></font><br>
${desc}<br>
<a href="details.asp?id=${3140 + n}">Full Details</a> | <a href="viewing.asp?id=${3140 + n}">Arrange Viewing</a></font></td></tr>
<tr><td colspan="2"><img src="images/spacer.gif" width="1" height="8" alt=""><hr size="1" color="#CCCCCC"></td></tr>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Pickering &amp; Lowe - Properties to Let</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="westmoor letting agents, houses to rent westmoor, flats to let, pickering lowe">
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Pickering &amp; Lowe Estate Agents"></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="right"><font face="Verdana, Arial" size="1" color="#FFFFFF">Westmoor 01632 960 390
&nbsp;|&nbsp; Open Mon-Fri 9-5.30, Sat 9-1&nbsp;&nbsp;</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#E8EEF4"><table width="170" border="0" cellspacing="0" cellpadding="6">
${tMenu
  .map(
    (m) => `<tr><td><font face="Verdana, Arial" size="2">
<a href="${m.toLowerCase().replace(/ /g, '')}.asp" class="navlink">${m}</a></font></td></tr>`,
  )
  .join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20" alt=""></td></tr>
<tr><td><font face="Verdana, Arial" size="1"><b>Members of</b><br>ARLA Propertymark<br>The Property Ombudsman</font></td></tr>
</table></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td>
<h1 class="pagetitle"><font face="Georgia, Times New Roman" color="#003366">${tTitle}</font></h1>
<font face="Verdana, Arial" size="2">${tIntro}</font><br><br>
<table width="100%" border="0" cellspacing="0" cellpadding="4">
${tProps.map(tRow).join('\n')}
</table>
<font face="Verdana, Arial" size="1">Page 1 of 1</font>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
© Pickering &amp; Lowe 2003-2026 &nbsp;|&nbsp; 9 Sheep Street, Westmoor WM3 1BX &nbsp;|&nbsp;
<a href="fees.asp"><font color="#FFFFFF">Tenant Fees</font></a></font></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana, Arial" size="1" color="#999999">You are visitor number 084213</font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout572-table-layout-lettings-list',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([tIntro, ...tProps.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Westmoor 01632 960 390 | Open Mon-Fri 9-5.30, Sat 9-1', ...tMenu, 'Members of', 'ARLA Propertymark', 'The Property Ombudsman', 'Full Details',
    'Arrange Viewing', 'Page 1 of 1', '© Pickering & Lowe 2003-2026 | 9 Sheep Street, Westmoor WM3 1BX', 'Tenant Fees',
    'You are visitor number 084213',
  ],
};

const dTitle = 'Your deposit: how it is protected and how you get it back';
const dBody = [
  j(
    'When you rent a home through Corran Lettings, your tenancy deposit never sits in our own bank account. This guide explains',
    'where it goes, what we can and cannot deduct, and what to do if you disagree with us at the end of your tenancy.',
  ),
  'Where your deposit is held',
  j(
    'We register every deposit with the Tenancy Deposit Scheme within 30 days of receiving it, and send you the prescribed',
    'information and certificate by email. The money is held in our client account, which is protected by our client money',
    'protection scheme.',
  ),
  'How much we ask for',
  j('The deposit is capped at five weeks’ rent where the annual rent is under £50,000. For a home let at £1,000 a month, that is', 'a deposit of £1,153.'),
  'What can be deducted',
  'unpaid rent or bills that are your responsibility under the tenancy',
  'cleaning, if the home is less clean than it was at check-in',
  'damage beyond fair wear and tear, such as burns, stains or broken fittings',
  'missing items listed on the inventory',
  j(
    'Fair wear and tear is the ordinary decline you would expect from everyday living. Faded curtains, light scuffs on walls and',
    'worn carpet in a hallway after several years are not deductions we would propose.',
  ),
  'Getting your deposit back',
  j(
    'After the check-out inspection we will send you a list of any proposed deductions within ten working days. Once you and',
    'the landlord agree, the deposit is returned within ten days of that agreement.',
  ),
  j(
    'If you do not agree, you can ask the scheme to decide through its free dispute service. The disputed amount stays protected',
    'until the adjudicator rules, and the rest is paid back to you straight away.',
  ),
];
const dHeads = [1, 3, 5, 11];
const dList = [6, 7, 8, 9];
const dNav = ['Home', 'Find a home', 'Landlords', 'Tenant guides', 'Contact'];
const dTags = ['Deposits', 'Tenants'];
const dBlock = (t: string, i: number): string => {
  if (dHeads.includes(i)) return `<h2>${t}</h2>`;
  if (dList.includes(i)) return `${i === 6 ? '<ul>' : ''}<li>${t}</li>${i === 9 ? '</ul>' : ''}`;
  return `<p>${esc(t)}</p>`;
};
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.corranlettings.example/guides/your-deposit">
<title>${dTitle} | Corran Lettings</title><link rel="stylesheet" media="all" href="/sites/default/files/css/css_q8Zr1k0xY.css?delta=0&amp;language=en">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88"},"user":{"uid":0}}</script>
</head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" aria-expanded="false"><span class="visually-hidden">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">Corran Lettings</a></div>
</div></div></div><div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons">
<button class="mobile-nav-button" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation"
aria-labelledby="block-olivero-main-menu-menu"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link')}</ul></nav>
<div class="search-block-form block block-search-narrow" role="search"><form action="/search/node" method="get"><div class="form-item">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input placeholder="Search by keyword or phrase." type="search"
id="edit-keys" name="keys" class="form-search form-element"></div><button class="button--primary search-form__submit" type="submit">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(['Home', 'Tenant guides'], 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
</div></div><main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="88" class="node node--type-article
node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><div class="node__author-image"></div><span>By <span class="field field--name-uid field--type-entity-reference
field--label-hidden"><a title="View user profile." href="/user/7" class="username">Hannah Voss</a></span>, 22 September 2026</span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${dBody.map(dBlock).join('\n')}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div>
<div class="field__items">${dTags.map((t) => `<div class="field__item"><a href="/taxonomy/term/${t.length}" hreflang="en">${t}</a></div>`).join('')}</div></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
<article data-comment-user-id="0" id="comment-214" class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1790409600"></span>
<div class="comment__picture-wrapper"><div class="comment__picture"></div></div><div class="comment__text-wrapper"><footer class="comment__meta">
<p class="comment__author"><span>Jamie R</span></p><p class="comment__time">25 September 2026 at 19:40</p></footer><div class="comment__content">
<p>Really clear, thank you. I had no idea the disputed part stays protected while the rest comes back.</p></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/88/comment_node_article/214">Reply</a></li></ul></div></article>
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/88/comment_node_article"
method="post"><div class="form-item form-item--name"><label for="edit-name" class="form-item__label">Your name</label><input id="edit-name" name="name"
type="text" class="form-text form-element"></div><div class="form-item"><label for="edit-comment-body" class="form-item__label form-required">Comment</label>
<textarea id="edit-comment-body" name="comment_body[0][value]" rows="5"></textarea></div><div class="form-actions"><input type="submit" value="Save"
class="button button--primary form-submit"></div></form></section></div></article></div></div></main></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region__inner">
<nav class="block block-menu navigation menu--footer"><ul class="menu">
${links(['Privacy notice', 'Complaints procedure', 'Fees'], 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Vh3wR0Ta.js?scope=footer&amp;delta=0&amp;language=en"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout572-drupal-olivero-deposit-guide',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads.map((i) => dBody[i] ?? ''),
  body: texts(dBody.filter((_, i) => !dHeads.includes(i))),
  bylines: ['By Hannah Voss, 22 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Corran Lettings', 'Menu', ...dNav, 'Tags', ...dTags, 'Comments', 'Jamie R', '25 September 2026 at 19:40',
    'Really clear, thank you. I had no idea the disputed part stays protected while the rest comes back.', 'Reply', 'Add new comment', 'Your name',
    'Comment', 'Privacy notice', 'Complaints procedure', 'Fees', 'Powered by Drupal',
  ],
};

export const HELDOUT572_E: readonly TestPage[] = [settle(tableLayout), settle(drupal)];
