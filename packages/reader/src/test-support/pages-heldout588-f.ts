import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page, rows, rowText } from './pages-heldout588-kit.js';

/**
 * Held-out batch 588, file f: a family fishmonger's Christmas price list on an old table layout (FrontPage, font tags, a left
 * menu column and a hit counter), and a seafood wholesaler's buying guide on HubSpot CMS with a cookie banner and subscribe form.
 */
const oTitle = 'Christmas Fish &amp; Shellfish Order List 2026';
const oIntro = [
  j(
    'Orders for Christmas must be placed by <b>Saturday 19th December</b>. Please fill in the form below, or copy it out, and hand',
    'it in at the shop with a deposit of £10. We will ring you if anything is not available because of the weather.',
  ),
  'All prices are per pound unless shown. Collection on the 23rd or 24th December only.',
];
const oPrices = [
  ['Fresh salmon, whole (6-10lb)', '£6.40'],
  ['Smoked salmon, sliced', '£11.50'],
  ['Lobster, cooked', '£18.00 each'],
  ['Dressed crab', '£7.25 each'],
  ['Prawns in shell, cooked', '£9.80'],
  ['Oysters (native)', '£1.60 each'],
  ['Turbot, whole', '£14.00'],
];
const oOutro = 'We wish all our customers a Happy Christmas and thank you for your custom during the year. – John, Maureen &amp; Paul';
const oNav = ['Home', 'About Us', 'Fresh Today', 'Christmas Orders', 'Recipes', 'Find Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>J. Tregarth &amp; Son - Christmas Orders</title>
<meta name="keywords" content="fishmonger, fresh fish, Christmas, lobster, smoked salmon"><script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="images/header.jpg" width="760" height="120"
alt="J. Tregarth &amp; Son - Fishmongers - Est. 1921"></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
<marquee scrollamount="3">Fresh fish landed daily at Polcarrow Quay * Christmas order list now available *</marquee></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#CCE0F0"><br><table width="140" border="0" cellspacing="2" cellpadding="2" align="center">
${oNav
  .map(
    (t) => `<tr><td><font face="Verdana, Arial" size="2"><b>
<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></b></font></td></tr>`,
  )
  .join('\n')}
</table><br><center><font face="Verdana" size="1">Open Mon - Sat<br>7.00am - 4.30pm</font></center><br>
<center><img src="images/counter.gif" alt=""><br><font face="Verdana" size="1">You are visitor no. 0041237</font></center></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="10"><tr><td>
<p align="center"><font face="Georgia, Times New Roman" size="5" color="#003366"><b>${oTitle}</b></font></p>
<font face="Verdana, Arial" size="2">${ps(oIntro)}
<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#003366" align="center">
<tr bgcolor="#003366"><td><font color="#FFFFFF" face="Verdana" size="2"><b>Item</b></font></td>
<td><font color="#FFFFFF" face="Verdana" size="2"><b>Price</b></font></td><td><font color="#FFFFFF" face="Verdana" size="2"><b>Quantity</b></font></td></tr>
${rows(oPrices.map((r) => [...r, '&nbsp;']))}
</table><p>Name: ______________________ Tel: ______________</p><p>${oOutro}</p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">J. Tregarth &amp; Son, 12 Fore Street, Polcarrow
&nbsp;|&nbsp; Tel. 01632 960 115<br>&copy; 2003-2026 J. Tregarth &amp; Son. Site by Pendeen Web Design.</font></td></tr></table></body></html>`;
const oldTable = page({
  name: 'heldout588-table-layout-christmas-fish',
  kind: 'blog',
  html: oHtml,
  title: 'Christmas Fish & Shellfish Order List 2026',
  headings: [],
  body: [...oIntro.map((t) => t.replace(/<\/?b>/g, '')), ...oPrices.map(rowText), oOutro.replace('&amp;', '&')],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fresh fish landed daily at Polcarrow Quay * Christmas order list now available *', ...oNav, 'Open Mon - Sat', '7.00am - 4.30pm',
    'You are visitor no. 0041237', 'Name: ______________________ Tel: ______________', 'J. Tregarth & Son, 12 Fore Street, Polcarrow | Tel. 01632 960 115',
    '© 2003-2026 J. Tregarth & Son. Site by Pendeen Web Design.',
  ],
});

const hTitle = 'How to Buy Day-Boat Fish: A Guide for Chefs';
const hBody = [
  j(
    'Day-boat fish is landed within twenty-four hours of being caught, by small boats that go out and come back on the same tide.',
    'For a kitchen it means better texture and longer shelf life. It also means less certainty, and that is what this guide is about.',
  ),
  j(
    'We supply around ninety restaurants along the coast from our unit at Caddon Bay. These are the questions our buyers are asked',
    'most often, and the habits of the chefs who get the best out of us.',
  ),
  'Write a menu that can move',
  j(
    'The single most useful thing a kitchen can do is describe dishes by type rather than species: "white fish of the day" or',
    '"roast flat fish", not "halibut". A menu that names one species ties you to whatever that species costs on the day.',
  ),
  j(
    'Chefs who work this way usually pay less per kilo across the year, because they can take whatever is plentiful, and they',
    'waste less, because they are not holding stock in case a favourite turns up.',
  ),
  'Learn to judge a fish in ten seconds',
  'Eyes should be bright and domed, not sunken or cloudy.',
  'Gills should be red to burgundy and smell of the sea, not of ammonia.',
  'The flesh should spring back when pressed and the skin should have a clear slime, not a sticky one.',
  'Order with the landing, not against it',
  j(
    'Most of our boats land in the early afternoon. Orders placed by 4pm go out on the next morning’s van; orders placed later',
    'are picked from what is left. On Mondays and after bad weather there is simply less fish, so order lightly on Sundays and',
    'expect substitutions.',
  ),
  j('We will always ring before we substitute. If you would rather we did not, tell us when you open your account and we will', 'short the order instead.'),
  'Ask for the whole fish',
  j(
    'Whole fish travel better and keep longer than fillets, and a kitchen that can fillet its own saves around a fifth of the cost.',
    'Bones and heads go into stock. We are happy to run a filleting session for your brigade at our unit, free for account customers.',
  ),
];
const hHeads = [2, 5, 9, 12];
const hBlock = (t: string, i: number): string => (hHeads.includes(i) ? `<h2>${t}</h2>` : i >= 6 && i <= 8 ? `<li>${t}</li>` : `<p>${t}</p>`);
const hInner = hBody
  .map(hBlock)
  .join('\n')
  .replace('<li>', '<ul>\n<li>')
  .replace(/(<li>(?:(?!<li>).)*<\/li>)\n<h2>/s, '$1\n</ul>\n<h2>');
const hNav = ['Products', 'For Restaurants', 'For Retailers', 'Our Fleet', 'Blog', 'Contact'];
const hRel = ['Five Underused Fish for Your Winter Menu', 'What Storm Season Means for Your Orders', 'Shellfish Storage: A Quick Guide'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="How chefs can buy day-boat fish well: flexible menus, quality checks and ordering with the landing.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.1/jquery/jquery-1.7.1.js"></script>
<link rel="stylesheet" href="https://www.caddonbayseafood.example/hubfs/hub_generated/template_assets/1/9733/main.min.css">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.caddonbayseafood.example/blog/how-to-buy-day-boat-fish">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Fern Attwood"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-1822 hs-blog-post hs-blog-id-1120">
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom"
role="region" aria-label="Cookie banner" data-hs-target-wrapper="hs-eu-cookie-confirmation"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<div data-global-resource-path="caddon-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="/hubfs/logo.svg" alt="Caddon Bay Seafood"></a></div>
<nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul>
</nav><a class="button header__button" href="/open-an-account">Open an account</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/fern-attwood">Fern Attwood</a>
<time datetime="2026-10-08 09:30:00" class="blog-post__timestamp">October 8, 2026</time></div><div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="rich_text">${hInner}</span></div><div class="blog-post__tags"><svg class="blog-post__tags-icon"></svg>
<a class="blog-post__tag-link" href="/blog/tag/chefs">Chefs</a>, <a class="blog-post__tag-link" href="/blog/tag/buying">Buying</a></div>
<div class="blog-post__share"><span>Share this article</span><a href="https://www.linkedin.com/shareArticle">LinkedIn</a></div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>${hRel
  .map((t) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/blog/x">${t}</a></h3></article>`)
  .join('\n')}</div></section>
<div class="blog-subscribe"><h3>Get our weekly landing report</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form stacked hs-form-private" id="hsForm_7f3"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label for="email-7f3"><span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-7f3" name="email" type="email">
</div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div>
</form></div></div></div></div></main>
<div data-global-resource-path="caddon-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Caddon Bay Seafood Ltd, Unit 7, Harbour Road, Caddon Bay</p><p>Orders: 01632 960 903 · orders@caddonbayseafood.example</p>
<p>© 2026 Caddon Bay Seafood Ltd. All rights reserved.</p></div></footer></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/4410291.js"></script></body></html>`;
const hubspot = page({
  name: 'heldout588-hubspot-day-boat-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => hBody[i] ?? ''),
  body: hBody.filter((_, i) => !hHeads.includes(i)),
  bylines: ['Fern Attwood', 'October 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
    'Skip to content', ...hNav, 'Open an account', 'Chefs', 'Buying', 'Share this article', 'LinkedIn', 'Related posts', ...hRel,
    'Get our weekly landing report', 'Email*', 'Caddon Bay Seafood Ltd, Unit 7, Harbour Road, Caddon Bay',
    'Orders: 01632 960 903 · orders@caddonbayseafood.example', '© 2026 Caddon Bay Seafood Ltd. All rights reserved.',
  ],
});

export const HELDOUT588_F: readonly TestPage[] = [oldTable, hubspot];
