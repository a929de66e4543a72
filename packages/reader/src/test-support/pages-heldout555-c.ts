import { links, ps, type TestPage } from './page-kit.js';
import { j, page, rowText, tr } from './pages-heldout555-kit.js';

/**
 * Held-out batch 555, file c: a short skip bag collection FAQ page on a Shopify store (Dawn theme, collapsible content), and a
 * scrap yard's daily price list on an old hand-written table layout.
 */
const hTitle = 'Bag Collection FAQ';
const hIntro = 'Bought a TipSack? Here is how collection works.';
const hQa = [
  ['How do I book a collection?', 'Fill the bag, then book online with the code printed on the handle. Collection costs £129 in most postcodes.'],
  ['How soon will you collect?', 'Usually within three working days. We will text you the day before with a two-hour window.'],
  ['Where should I leave the bag?', 'Within 4 metres of the kerb, with no cars, gates or overhead cables in the way of the crane.'],
  ['What can’t go in?', 'No plasterboard, asbestos, paint, tyres, electricals or liquids. The bag holds up to 1.5 tonnes.'],
];
const hNav = ['Shop', 'Book a Collection', 'Postcode Checker', 'FAQ'];
const hFoot = ['Search', 'Delivery', 'Refund policy', 'Terms of service', 'Contact'];
const hHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://tipsack.co.uk/pages/bag-collection-faq"><title>Bag Collection FAQ &ndash;
TipSack</title>
<meta property="og:site_name" content="TipSack"><meta property="og:type" content="website">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "tipsack-uk.myshopify.com";Shopify.theme =
{"name":"Dawn","id":1402218,"schema_name":"Dawn"};</script>
<script src="//tipsack.co.uk/cdn/shop/t/4/assets/global.js?v=8423" defer="defer"></script>
<link href="//tipsack.co.uk/cdn/shop/t/4/assets/base.css?v=1440" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1825__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-4 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free delivery on 3 or more bags</span></p></div></div></div>
<div id="shopify-section-sections--1825__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/"
class="header__heading-link link link--text focus-inset">
<span class="h2">TipSack</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(hNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1830__main" class="shopify-section section"><div
class="page-width page-width--narrow section-template--1830__main-padding">
<h1 class="main-page-title page-title h0">${hTitle}</h1><div class="rte"><p>${hIntro}</p></div></div></section>
<section id="shopify-section-template--1830__collapsible_content" class="shopify-section section"><div class="collapsible-content collapsible-none-layout">
<div class="collapsible-content__wrapper page-width"><div class="grid grid--1-col grid--2-col-tablet"><div class="grid__item">
${hQa
  .map(
    (
      [q, a],
      n,
    ) => `<div class="accordion content-container color-scheme-1 gradient"><details id="Details-collapsible-row-${n}-template--1830__collapsible_content">
<summary id="Summary-collapsible-row-${n}"><h3 class="accordion__title inline-richtext h4">${q}</h3></summary>
<div class="accordion__content rte" id="CollapsibleAccordion-collapsible-row-${n}" role="region"><p>${a}</p></div></details></div>`,
  )
  .join('\n')}
</div></div></div></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--1826__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(hFoot)}</ul></div><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--sections--1826__footer" type="email" name="contact[email]" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--1826__footer">Email</label>
</div></form></div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a
href="/">TipSack</a></small>
<small class="copyright__content"><a href="https://www.shopify.com?utm_campaign=poweredby" rel="nofollow" target="_blank">Powered by
Shopify</a></small></div></div></footer>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"page"}};</script></body></html>`;
const shopify: TestPage = page({
  name: 'heldout555-shopify-bag-faq',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hQa.map((q) => q[0] ?? ''),
  body: [hIntro, ...hQa.map((q) => q[1] ?? '')],
  bylines: [],
  furniture: [
    'Skip to content',
    'Free delivery on 3 or more bags',
    'TipSack',
    ...hNav,
    ...hFoot,
    'Quick links',
    'Subscribe to our emails',
    'Email',
    '© 2026, TipSack',
    'Powered by Shopify',
  ],
});

const tTitle = 'Todays Scrap Metal Prices';
const tIntro = j(
  'Prices below are what we pay per tonne at the gate for clean, sorted metal, updated every morning at 8am.',
  'Mixed or dirty loads are graded on the weighbridge. Trade accounts over 5 tonnes a month, phone Gary for a price.',
);
const tRows = [
  ['Copper', 'Bright & shiny wire', '£6,150'],
  ['Copper', 'No. 2 / braziery', '£5,420'],
  ['Brass', 'Clean brass', '£3,650'],
  ['Aluminium', 'Cast', '£980'],
  ['Aluminium', 'Old rolled / sheet', '£860'],
  ['Lead', 'Clean lead', '£1,290'],
  ['Stainless', '18/8 solids', '£820'],
  ['Cable', 'Mixed household cable', '£1,350'],
  ['Steel', 'Heavy steel / cast iron', '£185'],
  ['Steel', 'Light iron', '£120'],
  ['Batteries', 'Car & van', '£410'],
];
const tNotes = [
  'All payments by bank transfer only. No cash, by law.',
  'Bring photo ID (driving licence or passport) and a utility bill less than 3 months old.',
  'Vehicles: please phone for a quote with the registration number.',
];
const tNav = ['Home', 'Prices', 'What We Take', 'Car Scrapping', 'Skip Hire', 'Find Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Ashby Road Metals - Scrap Metal Prices</title>
<meta name="keywords" content="scrap metal prices, copper price, scrap yard, Kelbrook"><meta name="description"
content="Todays scrap metal prices at Ashby Road Metals, Kelbrook.">
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#333333" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Ashby Road Metals - Kelbrook"></td></tr>
<tr><td colspan="2" bgcolor="#990000" class="topbar"><font color="#FFFFFF" size="2" face="Verdana"><b>Tel: 01632 960 233 &nbsp;|&nbsp;
Open Mon-Fri 8.00-4.30 &nbsp;Sat 8.00-12.00</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#EEEEEE" class="leftnav"><table width="100%" border="0" cellspacing="0" cellpadding="4">
${tNav.map((t) => `<tr><td class="navcell"><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav">${t}</a></td></tr>`).join('\n')}
</table><br><table width="100%" border="0" cellpadding="6"><tr><td class="sidebox"><font size="1" face="Verdana"><b>WE ARE LICENSED</b><br>
Scrap Metal Dealer Site Licence No. KB/0042<br>Registered Waste Carrier</font></td></tr></table></td>
<td width="620" valign="top" class="content"><table width="100%" border="0" cellpadding="12"><tr><td>
<h1><font face="Verdana" color="#990000">${tTitle}</font></h1>
<p><font size="2" face="Verdana"><i>Last updated: Tuesday 17th March 2026</i></font></p>
<p><font size="2" face="Verdana">${tIntro}</font></p>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#999999" class="prices">
<tr bgcolor="#990000"><th><font color="#FFFFFF">Metal</font></th><th><font color="#FFFFFF">Grade</font></th><th><font color="#FFFFFF">Price per
tonne</font></th></tr>
${tRows.map(tr).join('\n')}
</table>
<p><font size="1" face="Verdana">Prices are a guide only and can change without notice.</font></p>
<p><font size="2" face="Verdana"><b>Please note:</b></font></p>
${ps(tNotes.map((n) => `<font size="2" face="Verdana">&bull; ${n}</font>`))}
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#990000" align="center"><font color="#FFFFFF" size="1" face="Verdana">&copy; 2004-2026 Ashby Road Metals Ltd, Unit 9 Ashby Road,
Kelbrook KB3 6TA<br>
<a href="sitemap.htm"><font color="#FFFFFF">Site Map</font></a> | <a href="privacy.htm"><font color="#FFFFFF">Privacy</font></a></font></td></tr>
<tr><td colspan="2" align="center"><img src="http://counter.freehitcounter.example/c.php?id=88412" alt="hit counter" width="80" height="15"></td></tr>
</table></body></html>`;
const tables: TestPage = page({
  name: 'heldout555-table-layout-scrap-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [tIntro, ...tRows.map(rowText), 'Prices are a guide only and can change without notice.', 'Please note:', ...tNotes.map((n) => `• ${n}`)],
  bylines: ['Last updated: Tuesday 17th March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tel: 01632 960 233 | Open Mon-Fri 8.00-4.30 Sat 8.00-12.00', ...tNav, 'WE ARE LICENSED', 'Scrap Metal Dealer Site Licence No. KB/0042',
    'Registered Waste Carrier',
    '© 2004-2026 Ashby Road Metals Ltd, Unit 9 Ashby Road, Kelbrook KB3 6TA', 'Site Map', 'Privacy',
  ],
});

export const HELDOUT555_C: readonly TestPage[] = [shopify, tables];
