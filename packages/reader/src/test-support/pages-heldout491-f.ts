import { ps, type TestPage } from './page-kit.js';
import { gold, j, lis } from './pages-heldout491-kit.js';

/**
 * Held-out batch 491, file f: an old table-layout scout group page (FrontPage era, font tags, spacer GIFs, hit counter)
 * carrying a short camp report, and a scout shop's blog post on sewing badges on a uniform on Shopify (Dawn theme).
 */
const oTitle = 'Whitsun Camp at Brackenfold';
const oParas = [
  j(
    'Eighteen Scouts and four leaders spent the Whitsun bank holiday weekend at Brackenfold Farm. The weather was kind to us for',
    'once, and the new patrol tents passed their first test.',
  ),
  j(
    'On Saturday the patrols built camp gadgets and cooked their own dinners on open fires. Badger patrol won the cooking',
    'competition with a stew and dumplings, though Otter patrol’s apple crumble came a close second.',
  ),
  j(
    'Sunday was the hike to Crag Top and back, 12 miles in all, followed by a wide game in the woods. Thank you to Mr and Mrs',
    'Ferris for letting us use their field again, and to the parents who helped with transport.',
  ),
];
const oNav = ['Home', 'About Us', 'Beavers', 'Cubs', 'Scouts', 'Camp Reports', 'Photo Album', 'Links', 'Guestbook'];
const oHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>12th Ashworth Scouts - Camp Reports</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" text="#000000" link="#006633" vlink="#336633" topmargin="0" leftmargin="0">
<table border="0" width="760" cellspacing="0" cellpadding="0" align="center"><tr>
<td colspan="2" bgcolor="#006633"><img src="images/banner.gif" width="760" height="90" alt="12th Ashworth Scout Group"></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99"><font face="Verdana, Arial" size="1">&nbsp;<marquee scrollamount="3">Next jumble sale: Saturday 14th October in
the Scout HQ
- all donations welcome!</marquee></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#E8E8D0"><img src="images/spacer.gif" width="150" height="10"><br>
${oNav.map((t) => `<font face="Verdana, Arial" size="2">&nbsp;<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font><br>`).join('\n')}
<br><center><font face="Verdana" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?df=scouts.dat" alt="counter"></font></center></td>
<td width="610" valign="top"><table border="0" width="100%" cellpadding="12"><tr><td>
<p><font face="Verdana, Arial" size="5" color="#006633"><b>${oTitle}</b></font></p>
<p><font face="Verdana, Arial" size="1"><i>Report by Skip, posted 3rd June 2006</i></font></p>
${ps(oParas.map((p) => `<font face="Verdana, Arial" size="2">${p}</font>`))}
<p align="center"><img src="images/whitsun06.jpg" width="400" height="300" border="0"><br><font face="Verdana" size="1">Otter patrol at the
gateway</font></p>
<p><font face="Verdana, Arial" size="2"><a href="campreports.htm">&lt;&lt; Back to Camp Reports</a></font></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#006633" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; 12th Ashworth Scout Group 2006 |
Best viewed in Internet Explorer at 800x600 | <a href="mailto:webmaster@12thashworth.org.uk"><font color="#FFFFFF">Email the webmaster</font></a>
</font></td></tr>
</table></body></html>`;
const oldTable: TestPage = gold({
  name: 'heldout491-table-layout-camp-report',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: oParas,
  bylines: ['Report by Skip, posted 3rd June 2006'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Next jumble sale: Saturday 14th October in the Scout HQ - all donations welcome!', ...oNav, 'You are visitor number', 'Otter patrol at the gateway',
    '<< Back to Camp Reports', '© 12th Ashworth Scout Group 2006 | Best viewed in Internet Explorer at 800x600 | Email the webmaster',
  ],
});

const sTitle = 'How to sew badges on a scout uniform (and where they go)';
const sIntro = j(
  'A new term means a pile of new badges, and every year we get the same question at the counter: where does this one go?',
  'Here is our guide to placing badges on the uniform shirt or blouse, and three ways to get them on so they stay on.',
);
const sPlaces = [
  'Left chest: the membership badge, with the group name tape above the pocket line.',
  'Right chest: the section badge and, below it, any joining-in awards in a row.',
  'Left sleeve: the county or district badge at the top, then the group badge.',
  'Right sleeve: the patrol badge and any staged activity badges.',
  'Activity badges go on the camp blanket or, for Scouts, on the right arm in rows of three.',
];
const sMethods: readonly (readonly [string, string])[] = [
  [
    'Hand sewing',
    j(
      'Use a thread that matches the badge border and a small running stitch just inside the edge. Pin the badge first and',
      'check the placement with the shirt on. It takes about ten minutes a badge, and it will outlast the shirt.',
    ),
  ],
  [
    'Iron-on backing',
    j(
      'Fusible web is quick, but it will lift after a few washes unless you add a few stitches at the corners. Do not iron',
      'directly on the badge; use a cloth, and keep the iron off the polyester of the shirt.',
    ),
  ],
  [
    'Badge magic',
    j(
      'Adhesive badge sheets are the easiest of all and can be peeled off again when your child moves up a section. They',
      'do not like tumble dryers, so wash the shirt at 30°C and hang it to dry.',
    ),
  ],
];
const sEnd = 'Still not sure? Bring the shirt in to the shop on a Saturday and we will show you where everything goes.';
const sNav = ['Uniform', 'Badges', 'Camping kit', 'Books', 'Gifts', 'Blog'];
const sFoot = ['Search', 'Delivery and returns', 'Contact us', 'Opening hours', 'Terms of service', 'Refund policy'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://pinewoodscoutshop.co.uk/blogs/news/how-to-sew-badges">
<title>${sTitle} &ndash; Pinewood Scout Shop</title><meta name="description" content="Where each badge goes on the uniform, and three ways to attach them.">
<meta property="og:site_name" content="Pinewood Scout Shop"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//pinewoodscoutshop.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta =
{"page":{"pageType":"article","resourceType":"article","resourceId":5566778899}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-09-02T09:00:00Z",
"author":{"@type":"Person","name":"Jen Aldous"},"publisher":{"@type":"Organization","name":"Pinewood Scout Shop"}}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--color-base-text:18,18,18;}</style>
<link href="//pinewoodscoutshop.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message center h5"><span>Free UK delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section shopify-section-header-sticky"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details
id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span>
<svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Pinewood Scout Shop</span></a></h1>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span>
</summary></details>
</details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main-article"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;"><img
srcset="//pinewoodscoutshop.co.uk/cdn/shop/articles/badges.jpg?v=1&width=350 350w"
src="//pinewoodscoutshop.co.uk/cdn/shop/articles/badges.jpg?v=1&width=1100" alt="" width="1100" height="619" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-09-02T09:00:00Z">September
2, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Jen Aldous</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main-article" class="share-button">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-share-template--main-article">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--main-article" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--main-article" value="https://pinewoodscoutshop.co.uk/blogs/news/how-to-sew-badges" readonly>
<label class="field__label" for="ShareUrl-template--main-article">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${sIntro}</p>
<h2>Where each badge goes</h2><ul>${lis(sPlaces)}</ul>
<h2>Three ways to attach them</h2>
${sMethods.map(([h, p]) => `<h3>${h}</h3>\n<p>${p}</p>`).join('\n')}
<p>${sEnd}</p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" focusable="false" class="icon icon-arrow"></svg></span>Back to blog</a></div></article></section>
<section id="shopify-section-template--featured-collection" class="shopify-section section"><div class="collection page-width">
<h2 class="title inline-richtext h2">Badge sewing kits</h2><ul class="grid product-grid" role="list">
${['Badge Magic sheets (pack of 5)', 'Green thread and needle set', 'Scarf woggle, leather']
  .map(
    (t, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper">
<div class="card__content"><h3 class="card__heading h5"><a href="/products/item-${i}" class="full-unstyled-link">${t}</a></h3>
<div class="price"><span class="price-item price-item--regular">£${4 + i}.50</span></div></div></div></li>`,
  )
  .join('\n')}
</ul><div class="center collection__view-all"><a href="/collections/badges" class="button">View all</a></div></div></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-sections--footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--menu"><h2
class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${sFoot
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}"
class="link link--text list-menu__item list-menu__item--link">${t}</a></li>`,
  )
  .join('\n')}</ul></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026,
<a href="/" title="">Pinewood Scout Shop</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div>
</footer></div>
<script src="//pinewoodscoutshop.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = gold({
  name: 'heldout491-shopify-dawn-badges',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Where each badge goes', 'Three ways to attach them', ...sMethods.map(([h]) => h)],
  body: [sIntro, ...sPlaces, ...sMethods.map(([, p]) => p), sEnd],
  bylines: ['September 2, 2026', 'Jen Aldous'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Pinewood Scout Shop', ...sNav, 'Log in', 'Cart', 'Share', 'Link', 'Back to blog',
    'Badge sewing kits', 'Badge Magic sheets (pack of 5)', '£4.50', 'Green thread and needle set', '£5.50', 'Scarf woggle, leather', '£6.50', 'View all',
    'Quick links', ...sFoot, 'Subscribe to our emails', 'Email', '© 2026, Pinewood Scout Shop', 'Powered by Shopify',
  ],
});

export const HELDOUT491_F: readonly TestPage[] = [oldTable, shopify];
