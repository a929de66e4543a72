import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout598-kit.js';

/** Held-out batch 598, file f: a frozen pipe article on a Shopify store blog (Dawn theme), and a septic pumping schedule on an old table-layout site. */
const sTitle = 'Frozen Pipes: How to Thaw Them Safely (and When to Call a Plumber)';
const sBody = [
  j(
    'A cold snap can freeze the water in any pipe that runs through an unheated loft, garage or outside wall. Ice expands as it',
    'forms, and the pressure it creates is what splits pipes, often at a joint some distance from the ice itself.',
  ),
  'Signs a pipe has frozen',
  j(
    'The most obvious sign is a tap that gives a trickle or nothing at all, while other taps in the house run normally. You may also',
    'see frost on the outside of the pipe or hear no water refilling the toilet cistern.',
  ),
  'Thawing a frozen pipe step by step',
  'Turn off the water at the stopcock before you start, in case the pipe has already split.',
  'Open the tap the pipe feeds so that melting ice and steam have somewhere to go.',
  'Warm the pipe gently with a hairdryer or hot water bottle, working from the tap end back towards the frozen section.',
  'Never use a blowtorch or any naked flame. It can damage the pipe and start a fire in the loft.',
  'When to call a plumber',
  j(
    'If you cannot find the frozen section, if the pipe is hidden inside a wall, or if you see water dripping once the ice melts,',
    'leave the stopcock off and call an emergency plumber. A small split can release hundreds of litres an hour when the supply is turned back on.',
  ),
  j(
    'Prevention is cheap. Foam pipe lagging, a loft hatch that closes properly and a thermostat set no lower than 12°C while you are',
    'away will stop most pipes freezing in the first place.',
  ),
];
const sHeads = [sBody[1] ?? '', sBody[3] ?? '', sBody[8] ?? ''];
const sNav = ['Shop all', 'Pipe fittings', 'Heating', 'Tools', 'Advice', 'Trade accounts'];
const sProducts = [
  ['Foam pipe lagging 15mm, 10 pack', '£7.49'],
  ['Outdoor tap cover', '£4.99'],
];
const sFoot = ['Search', 'Delivery', 'Returns', 'Contact', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://pipeworksupply.example/blogs/advice/frozen-pipes-how-to-thaw"><title>${sTitle}
&ndash; Pipeworks Supply Co.</title><meta name="description" content="How to thaw a frozen pipe without damaging it, and when to call a plumber.">
<meta property="og:site_name" content="Pipeworks Supply Co."><meta property="og:type" content="article">
<script src="//pipeworksupply.example/cdn/shop/t/12/assets/constants.js?v=58251544750838685771710234567" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta =
{"page":{"pageType":"article","resourceType":"article","resourceId":558812344}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"A cold snap can freeze the water in any pipe",
"headline":"${sTitle}",
"datePublished":"2025-12-03T10:00:00Z","author":"Ffion Marsh","publisher":{"@type":"Organization","name":"Pipeworks Supply Co."}}</script>
<link href="//pipeworksupply.example/cdn/shop/t/12/assets/base.css?v=144997082486365258741710234567" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--18230415523__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5">
<span>Free delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-sections--18230415523__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Pipeworks Supply Co.</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li><a href="/collections/x" class="header__menu-item list-menu__item
link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span>
</span></summary>
</details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--18230415600__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div
class="article-template__hero-adapt media" itemprop="image">
<img src="//pipeworksupply.example/cdn/shop/articles/frozen-pipe.jpg?v=1701597600&amp;width=1100" alt="Frost on a copper pipe"
width="1100" height="733" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"
itemprop="dateCreated pubdate datePublished"><time datetime="2025-12-03T10:00:00Z">December 3, 2025</time></span>
<p class="caption" itemprop="author">By Ffion Marsh</p></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${sBody[0]}</p><h2>${sHeads[0]}</h2><p>${sBody[2]}</p><h2>${sHeads[1]}</h2><ol>${lis(sBody.slice(4, 8))}</ol>
<h2>${sHeads[2]}</h2>${ps(sBody.slice(9))}
<p><strong>Stock up before the frost:</strong> <a href="/collections/pipe-insulation">browse our pipe insulation range</a>.</p></div>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--18230415600__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><span>Share</span></button><details id="Details-share-template--18230415600__main">
<summary class="share-button__button">
<span>Share</span></summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--18230415600__main" class="share-button__message hidden"
role="status"></span><input type="text" class="field__input" id="ShareUrl-template--18230415600__main"
value="https://pipeworksupply.example/blogs/advice/frozen-pipes-how-to-thaw"
placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-template--18230415600__main">Link</label></div></div></details>
</share-button></div>
<div class="article-template__products page-width"><h2 class="h3">Featured in this article</h2><ul class="grid product-grid" role="list">
${sProducts
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5"><a
href="/products/x" class="full-unstyled-link">${n}</a></h3><div class="price"><span class="price-item price-item--regular">${p}</span></div></div></div></li>`,
  )
  .join('\n')}
</ul></div>
<div class="element-margin-top center"><a href="/blogs/advice" class="article-template__link link animate-arrow"><span class="icon-wrap">
</span>Back to blog</a></div>
</article></section></main>
<div id="shopify-section-sections--18230415523__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-background-1 gradient
section-sections--18230415523__footer-padding"><div class="footer__content-top page-width"><div class="footer-block--newsletter">
<div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter
newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--18230415523__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--18230415523__footer">Email</label><button type="submit"
class="newsletter-form__button field__button" aria-label="Subscribe"></button></div></div></form></div></div><div class="footer-block__details-content"><ul
class="list-unstyled">${links(sFoot, 'footer-block__item')}</ul></div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small
class="copyright__content">&copy; 2025, <a href="/" title="">Pipeworks Supply Co.</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer></div>
<script src="//pipeworksupply.example/cdn/shop/t/12/assets/share.js?v=13024540447964430191710234567" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout598-shopify-frozen-pipes',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts(sBody.filter((t) => !sHeads.includes(t))),
  bylines: ['December 3, 2025', 'By Ffion Marsh'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders over £40', 'Pipeworks Supply Co.', 'Shop all', 'Pipe fittings', 'Heating', 'Tools', 'Advice',
    'Trade accounts', 'Log in',
    'Cart', 'Stock up before the frost: browse our pipe insulation range.', 'Share', 'Link', 'Featured in this article', ...sProducts.flat(), 'Back to blog',
    'Subscribe to our emails', 'Email', 'Delivery', 'Returns', 'Contact', 'Privacy policy', 'Terms of service', '© 2025, Pipeworks Supply Co.',
    'Powered by Shopify',
  ],
};

const tTitle = 'How Often Should My Septic Tank Be Pumped?';
const tIntro = [
  j(
    'Folks ask us this more than anything else. The answer depends on two things: how big your tank is and how many people live in',
    'the house. Find your tank size in the left column and read across to the number of people in your household.',
  ),
  'The chart below gives the number of years between pumpings for a household with normal water use and no garbage disposal.',
];
const tRows = [
  ['750 gallons', '5.9', '2.6', '1.5', '1.0'],
  ['1,000 gallons', '8.0', '3.7', '2.2', '1.5'],
  ['1,250 gallons', '10.0', '4.8', '2.9', '2.0'],
  ['1,500 gallons', '12.1', '5.9', '3.5', '2.5'],
];
const tNotes = [
  'If you have a garbage disposal, shorten these times by about a third.',
  j(
    'Not sure how big your tank is? Look on your county septic permit, or give us a call with your address. We have records',
    'for most tanks in Dunmore and Pike counties going back to 1978.',
  ),
];
const tNav = ['Home', 'Septic Pumping', 'Drain Cleaning', 'Pumping Chart', 'Service Area', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Pumping Chart - Kettering Bros. Septic Service - Dunmore County</title>
<meta name="keywords" content="septic pumping, septic tank, Dunmore County, drain cleaning, septic chart">
<meta name="description" content="How often should my septic tank be pumped? Septic pumping chart by tank size and household size.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style type="text/css">
<!-- body { margin: 0; background-color: #E8E4D8; } .nav { font-family: Verdana; font-size: 11px; color: #FFFFFF; } .body { font-family: Verdana; font-size:
12px; } --></style>
</head>
<body bgcolor="#E8E4D8" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Kettering Bros. Septic Service"></td></tr>
<tr><td colspan="2" bgcolor="#2F4F2F" align="center" height="24" class="nav"><font color="#FFFF99">
<b>Family owned since 1971 &nbsp;|&nbsp; Call (555) 013-4470</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#3C5C3C"><table width="160" border="0" cellspacing="0" cellpadding="6">
${tNav.map((t) => `<tr><td class="nav"><a href="${t.toLowerCase().replace(/ /g, '')}.html"><font color="#FFFFFF">${t}</font></a></td></tr>`).join('\n')}
<tr><td class="nav"><br><img src="images/bbb.gif" width="120" height="48" alt="BBB Accredited"></td></tr>
<tr><td class="nav"><font color="#FFFF99">Emergency service<br>nights &amp; weekends</font></td></tr></table></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td class="body">
<h1><font face="Georgia" color="#2F4F2F">${tTitle}</font></h1>
<font face="Verdana" size="2">${tIntro.map((p) => `<p>${p}</p>`).join('\n')}
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999">
<tr bgcolor="#DDE8DD"><td><b>Tank size</b></td><td><b>1 person</b></td><td><b>2 people</b></td><td><b>4 people</b></td><td><b>6 people</b></td></tr>
${trs(tRows)}
</table>
${tNotes.map((p) => `<p>${p}</p>`).join('\n')}
<p align="center"><a href="contactus.html"><img src="images/schedule_btn.gif" width="220" height="40" border="0" alt="Schedule a Pumping"></a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2F4F2F" align="center" class="nav">
<font color="#FFFFFF" size="1">Kettering Bros. Septic Service &middot; 4410 County Road 9, Harlow Mills<br>
Copyright &copy; 2003-2024 Kettering Bros. All Rights Reserved.<br>This page last updated 03/14/2019</font></td></tr></table>
<script type="text/javascript">var sc_project=4417720; var sc_invisible=1;</script>
<script type="text/javascript" src="http://www.statcounter.com/counter/counter.js"></script>
</body></html>`;
const tableLayout: TestPage = {
  name: 'heldout598-table-layout-pumping-chart',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tIntro, ...rowTexts(tRows), ...tNotes]),
  bylines: ['This page last updated 03/14/2019'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Family owned since 1971 | Call (555) 013-4470', 'Home', 'Septic Pumping', 'Drain Cleaning', 'Pumping Chart', 'Service Area', 'Contact Us',
    'Emergency service', 'nights & weekends',
    'Kettering Bros. Septic Service · 4410 County Road 9, Harlow Mills', 'Copyright © 2003-2024 Kettering Bros. All Rights Reserved.',
  ],
};

export const HELDOUT598_F: readonly TestPage[] = [shopify, tableLayout];
