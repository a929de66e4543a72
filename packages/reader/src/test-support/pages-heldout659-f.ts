import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout659-kit.js';

/**
 * Held-out batch 659, file f: a will-kit shop's journal article on Shopify (Dawn theme), and a country solicitor's probate
 * fees page in an old table layout.
 */
const sTitle = 'What to put in a letter of wishes';
const sParas = [
  j(
    'A letter of wishes sits alongside your will. It is not legally binding, which is exactly why it is useful: you can say',
    'things in your own words, change them whenever you like and explain the reasons behind your choices.',
  ),
  'Things people often include',
  'who should have particular pieces of jewellery, books or tools',
  'how you would like your pets to be cared for, and by whom',
  'passwords managers, online accounts and what should happen to your photos',
  'the kind of funeral you would like, or would hate',
  'Keep it with your will',
  j(
    'Tell your executors where it is. Our Will Kit folder has a pocket at the back for exactly this. If you write a new letter,',
    'destroy the old one so that nobody has to work out which is the latest.',
  ),
];
const sHeads = [sParas[1] ?? '', sParas[6] ?? ''];
const sProducts = ['The Will Kit — £24.00', 'Letter of Wishes Notebook — £12.00'];
const sNav = ['Shop', 'Will Kits', 'Journal', 'About'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://inkandoak.co.uk/blogs/journal/what-to-put-in-a-letter-of-wishes">
<title>${sTitle} &ndash; Ink &amp; Oak</title><meta name="description" content="A letter of wishes sits alongside your will.">
<meta property="og:site_name" content="Ink &amp; Oak"><meta property="og:type" content="article">
<script>var Shopify = Shopify || {};Shopify.shop = "ink-and-oak.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":138412048511,"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2024-11-06T09:00:00Z",
"author":"Lowri Penn"}</script>
<link href="//inkandoak.co.uk/cdn/shop/t/4/assets/base.css?v=16283712038812645431" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16920712118399__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free UK delivery on orders over £30</span></p></div></div></div>
<div id="shopify-section-sections--16920712118399__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width">
<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Ink &amp; Oak</span></a></h1>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) =>
      `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--16920712446079__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media"
itemprop="image"><img srcset="//inkandoak.co.uk/cdn/shop/articles/letter.jpg?v=1730883600&amp;width=750 750w" alt="A handwritten letter on a desk"
width="1500" height="1000"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"
itemprop="dateCreated pubdate datePublished"><time datetime="2024-11-06T09:00:00Z">November 6, 2024</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Lowri Penn</span>
</header><div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--16920712446079__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><span>Share</span></button><details id="Details-share-template--16920712446079__main">
<summary class="share-button__button">Share</summary>
</details></share-button></div><div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps([sParas[0] ?? ''])}<h2>${sHeads[0]}</h2><ul>${lis(sParas.slice(2, 6))}</ul><h2>${sHeads[1]}</h2>${ps([sParas[7] ?? ''])}
</div><div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"></span>Back to blog</a></div></article></div>
<div id="shopify-section-template--16920712446079__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collection section-template--16920712446079__featured_collection-padding"><div class="collection__title title-wrapper page-width">
<h2 class="title inline-richtext h2">From the shop</h2></div><ul class="grid product-grid" role="list">${sProducts
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5"><a href="/products/x"
class="full-unstyled-link">${t.split(' — ')[0]}</a></h3><div class="price"><span class="price-item price-item--regular">${t.split(' — ')[1]}</span></div>
</div></div></li>`,
  )
  .join('')}</ul></div></div></div></main>
<div id="shopify-section-sections--16920712151167__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Join our list</h2>
<form method="post" action="/contact#contact_form" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div><div class="footer__content-bottom">
<div class="footer__copyright caption">
<small class="copyright__content">&copy; 2024, <a href="/" title="">Ink &amp; Oak</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer></div>
<script src="//inkandoak.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout659-shopify-letter-of-wishes',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: sParas.filter((p) => !sHeads.includes(p)),
  bylines: ['November 6, 2024', 'Lowri Penn'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £30', 'Ink & Oak', ...sNav, 'Log in', 'Cart', 'Share', 'Back to blog', 'From the shop',
    ...sProducts.flatMap((t) => t.split(' — ')), 'Join our list', 'Email', '© 2024, Ink & Oak', 'Powered by Shopify',
  ],
};

const tTitle = 'Probate and Estate Administration Fees';
const tIntro = [
  j(
    'Prothero &amp; Daughters have looked after estates in the Teme valley since 1921. We publish our fees so that executors',
    'know where they stand before they instruct us.',
  ),
  'All figures below include VAT at 20%.',
];
const tRows = [
  ['Obtaining the grant of probate only', '£1,200 - £1,800'],
  ['Full administration, simple estate (one property, up to five bank accounts)', '£3,000 - £5,500'],
  ['Full administration, complex estate (farmland, business interests or trusts)', '1.5% of the gross estate, minimum £6,000'],
  ['Inheritance Tax account (IHT400)', '£900 - £2,400'],
];
const tOut = [
  'Probate Registry application fee: £300',
  'Notice in The Gazette and a local newspaper: about £180',
  'Land Registry fees and search fees where a property is sold',
];
const tTime = j(
  'A simple estate usually takes six to nine months from our first meeting to the final distribution. Where a property must be',
  'sold, or Inheritance Tax is payable, twelve to eighteen months is more likely.',
);
const tLeft = ['Home', 'About the Firm', 'Wills', 'Probate', 'Fees', 'Farms &amp; Land', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Prothero &amp; Daughters Solicitors - Probate Fees</title>
<meta name="keywords" content="probate, solicitors, tenbury, estates, wills"><link rel="stylesheet" href="styles.css" type="text/css">
<script language="JavaScript" type="text/javascript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;
i++)x.src=x.oSrc;}</script>
</head><body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_over.gif')">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#1F3A2C">
<img src="images/header.jpg" width="780" height="110"
alt="Prothero &amp; Daughters Solicitors"></td></tr>
<tr><td colspan="2" bgcolor="#D9D2B6" class="topbar" align="right">
<font size="1" face="Verdana">Teme House, Market Street, Tenbury &middot; Tel 01584 810 227</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#EFEBDD" class="leftnav"><table width="100%" border="0" cellpadding="6" cellspacing="0">${tLeft
  .map((t) => `<tr><td class="navcell"><a href="${t.toLowerCase().replace(/\W+/g, '')}.htm" class="nav">${t}</a></td></tr>`)
  .join('\n')}</table><br><p class="small" align="center">Regulated by the<br>Solicitors Regulation Authority</p></td>
<td width="610" valign="top" class="content"><table width="100%" border="0" cellpadding="12"><tr><td>
<h1 class="pagetitle">${tTitle}</h1>
${ps(tIntro, ' class="bodytext"')}
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC" class="fees"><tr bgcolor="#1F3A2C"><th>
<font color="#FFFFFF">Service</font></th>
<th><font color="#FFFFFF">Our fee</font></th></tr>
${rows(tRows)}</table>
<h2 class="subhead">Costs paid to others</h2>
<ul class="bodytext">${lis(tOut)}</ul>
<h2 class="subhead">How long will it take?</h2>
<p class="bodytext">${tTime}</p>
<p class="small"><a href="#top">Back to top</a></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#1F3A2C" align="center" class="footer"><font size="1" color="#FFFFFF" face="Verdana">&copy; 2009-2024 Prothero &amp; Daughters
| SRA number 058812 | <a href="privacy.htm" class="footlink">Privacy</a> | <a href="complaints.htm" class="footlink">Complaints</a></font></td></tr></table>
<script type="text/javascript">var gaJsHost=(("https:"==document.location.protocol)?"https://ssl.":"http://www.");</script></body></html>`;
const tables: TestPage = {
  name: 'heldout659-table-layout-probate-fees',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Costs paid to others', 'How long will it take?'],
  body: [...texts(tIntro), ...rowTexts(tRows), ...tOut, tTime],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Teme House, Market Street, Tenbury · Tel 01584 810 227', 'Home', 'About the Firm', 'Wills', 'Farms & Land', 'Contact Us',
    'Regulated by the Solicitors Regulation Authority', 'Back to top', '© 2009-2024 Prothero & Daughters', 'SRA number 058812', 'Privacy', 'Complaints',
  ],
};

export const HELDOUT659_F: readonly TestPage[] = [shopify, tables];
