import { links, type TestPage } from './page-kit.js';
import { type Block, flow, gold, j, rows, rowTexts } from './pages-heldout569-kit.js';

/**
 * Held-out batch 569, file f: a physio-run shop's blog article on Shopify (Dawn theme) with share button, comment form and
 * footer newsletter, and an osteopaths' fees page from an old Dreamweaver table layout with a fees table and a hit counter.
 */
const sTitle = 'How to foam roll your calves: a physiotherapist’s guide';
const sBlocks: Block[] = [
  j(
    'Tight calves are one of the most common complaints we hear from runners, walkers and anyone who spends the day on their feet. A foam',
    'roller will not lengthen your muscles, but used well it can ease stiffness and make your calves feel ready to move.',
  ),
  { h: 2, t: 'What you need' },
  j(
    'A firm roller about 30 to 45 centimetres long and a clear patch of floor. If you are new to rolling, start with a smooth roller rather',
    'than one with ridges; you can move on to a firmer or textured one later.',
  ),
  { h: 2, t: 'How to do it' },
  {
    ol: true,
    ul: [
      j(
        'Sit on the floor with the roller under one calf, just above the ankle. Cross the other leg over the top for more pressure, or keep',
        'both legs on the roller for less.',
      ),
      'Lift your bottom off the floor with your hands and slowly roll from the ankle to just below the knee. Take about five seconds each way.',
      'When you find a tender spot, pause for 20 to 30 seconds and let it ease. Circle your ankle slowly while you wait.',
      'Turn your leg slightly inwards and then outwards to reach both sides of the calf.',
      'Spend one to two minutes on each leg, then stand up and walk around.',
    ],
  },
  { h: 2, t: 'How often?' },
  j(
    'Once a day is plenty, and it works best before a run as part of your warm-up or in the evening after a long day. Rolling should feel',
    'like firm pressure, not pain. If you are wincing, ease off.',
  ),
  { h: 2, t: 'When not to foam roll' },
  {
    ul: [
      'Over a fresh calf strain in the first few days after injury',
      'If your calf is hot, swollen or red, which needs checking by a doctor',
      'Over varicose veins or if you have a history of blood clots',
    ],
  },
];
const sBio = 'Ellis Varga is a physiotherapist and the co-founder of Fettle Recovery Co. She has worked with club runners for twelve years.';
const sNav = ['Shop all', 'Massage tools', 'Braces and supports', 'Exercise bands', 'The Physio Desk'];
const sFoot = ['Search', 'Shipping', 'Returns', 'Contact us'];
const sPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy', 'Contact information'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://fettlerecovery.co.uk/blogs/the-physio-desk/foam-roll-calves-guide">
<title>${sTitle} – Fettle Recovery Co.</title><meta name="description" content="Step-by-step calf foam rolling from a physiotherapist.">
<meta property="og:site_name" content="Fettle Recovery Co."><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//fettlerecovery.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712345678" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"currency":"GBP","page":{"pageType":"article",
"resourceType":"article","resourceId":558012345678}};</script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "fettle-recovery.myshopify.com"; Shopify.locale = "en"; Shopify.currency = {"active":"GBP",
"rate":"1.0"}; Shopify.theme = {"name":"Dawn","id":139876543210,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<style data-shopify>:root { --font-body-family: Assistant, sans-serif; --page-width: 120rem; } body { font-family: var(--font-body-family); }</style>
<link href="//fettlerecovery.co.uk/cdn/shop/t/4/assets/base.css?v=16534392784228263581712345678" rel="stylesheet" type="text/css" media="all">
<link href="//fettlerecovery.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=168760412356412345678" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17098765432101__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border">
<div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free UK delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--17098765432101__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span>
<svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container">
<div class="menu-drawer__navigation-container"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(sNav)}</ul></nav></div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//fettlerecovery.co.uk/cdn/shop/files/fettle-logo.png?v=1699&amp;width=600" alt="Fettle Recovery Co." width="600" height="180"
class="header__heading-logo motion-reduce">
</div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li>
<a href="/collections/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"${t === 'The Physio Desk' ? ' aria-current="page"' : ''}>
<span${t === 'The Physio Desk' ? ' class="header__active-menu-item"' : ''}>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span>
<svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<svg class="icon icon-account" aria-hidden="true" focusable="false"></svg><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true" focusable="false"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header>
</div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17098765432102__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image">
<img srcset="//fettlerecovery.co.uk/cdn/shop/articles/calf-roll.jpg?v=1709&amp;width=1100 1100w" sizes="(min-width: 1200px) 1100px, 100vw"
src="//fettlerecovery.co.uk/cdn/shop/articles/calf-roll.jpg?v=1709&amp;width=1100" loading="eager" fetchpriority="high" width="1100" height="733"
alt="Foam rolling the calf">
</div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-03-02T09:00:00Z">March 2, 2026</time></span>
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Ellis Varga</span></span></header>
<div class="page-width page-width--narrow"><div class="article-template__social-sharing">
<share-button id="Share-template--17098765432102__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden">
<svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share" fill="none" aria-hidden="true" focusable="false"></svg>Share</button>
<details id="Details-share-template--17098765432102__main"><summary class="share-button__button">
<svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share" fill="none" aria-hidden="true" focusable="false"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--17098765432102__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--17098765432102__main"
value="https://fettlerecovery.co.uk/blogs/the-physio-desk/foam-roll-calves-guide" placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--17098765432102__main">Link</label></div>
<button class="share-button__close hidden no-js-hidden"><svg class="icon icon-close" aria-hidden="true" focusable="false"></svg>
<span class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden"><svg class="icon icon-clipboard" aria-hidden="true" focusable="false"></svg>
<span class="visually-hidden">Copy link</span></button></div></details></share-button></div></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${flow(sBlocks)}
<p><em>${sBio}</em></p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/the-physio-desk" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true" focusable="false"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/the-physio-desk/foam-roll-calves-guide/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<input type="hidden" name="form_type" value="new_comment"><h2>Leave a comment</h2><div class="article-template__comment-fields">
<div class="article-template__comment-fields">
<div class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" value="" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field field--with-error">
<input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" value="" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div>
<div class="field field--with-error"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" placeholder="Comment">
</textarea><label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--17098765432103__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--17098765432103__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true"
autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--17098765432103__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true" focusable="false"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2>
<div class="disclosure">
<button type="button" class="disclosure__button localization-form__select localization-selector link link--text caption-large" aria-expanded="false"
aria-controls="FooterCountryList" aria-describedby="FooterCountryLabel">
<span>United Kingdom | GBP £</span></button></div></div>
<div class="footer__column footer__column--info"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Fettle Recovery Co.</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a>
</small>
<ul class="policies list-unstyled">${sPol
  .map(
    (t) => `<li><small class="copyright__content"><a href="/policies/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>
</small></li>`,
  )
  .join('')}</ul></div></div></div></div></footer>
<script src="//fettlerecovery.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741712345678" defer="defer"></script></body></html>`;
const fettle: TestPage = {
  name: 'heldout569-shopify-foam-roll-calves',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  ...gold(sBlocks),
  bylines: ['March 2, 2026', 'Ellis Varga'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', ...sNav, 'Log in', 'Cart', 'Share', sBio, 'Back to blog', 'Leave a comment', 'Name',
    'Comment', 'Please note, comments need to be approved before they are published.', 'Help', ...sFoot, 'Subscribe to our emails', 'Email', 'Country/region',
    'United Kingdom | GBP £', '© 2026, Fettle Recovery Co.', 'Powered by Shopify', ...sPol,
  ],
};

const oTitle = 'Fees & Insurance';
const oIntro = j(
  'We keep our fees as low as we can and we do not ask you to sign up to a course of treatment. You pay for each visit as you go. Fees are',
  'the same for both of our osteopaths.',
);
const oRows = [
  ['Initial consultation and treatment', '45 - 60 minutes', '£48'],
  ['Follow-up treatment', '30 minutes', '£38'],
  ['Follow-up treatment (over 65s and students)', '30 minutes', '£32'],
  ['Home visit (within 5 miles of Brackley Green)', '45 minutes', '£60'],
];
const oH = ['Paying for your treatment', 'Cancellations', 'Private health insurance'];
const oPay = 'Please pay at the end of each session by cash or cheque. We are sorry that we cannot take credit or debit cards at present.';
const oCancel = j(
  'If you cannot keep an appointment, please give us at least 24 hours notice so that we can offer the time to someone else. We may charge',
  'the full fee for appointments missed without notice.',
);
const oIns = [
  j(
    'Mr Whitlow and Mrs Brandt are recognised by most private medical insurers. We are registered with the following companies, and can give',
    'you our provider numbers when you book:',
  ),
  'Orchard Health Cover',
  'Castleway Assurance',
  'Lindum Mutual',
  j(
    'Most policies need a referral from your GP before your first visit. Please check with your insurer before booking. We ask you to pay us',
    'at each visit and we will give you a receipt so that you can claim the fee back.',
  ),
];
const oNav = ['Home', 'About Osteopathy', 'Our Practitioners', 'Conditions Treated', 'Fees & Insurance', 'Find Us', 'Links'];
const font = (t: string, size = '2'): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="${size}">${t}</font>`;
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Whitlow &amp; Brandt Osteopaths - Brackley Green - Fees &amp; Insurance</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="osteopath, osteopathy, brackley green, back pain, fees, insurance">
<meta name="description" content="Fees for osteopathic treatment at Whitlow &amp; Brandt, Brackley Green.">
<link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0;
i<a.length; i++) if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}} }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_fees_on.gif')">
<table width="770" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.jpg" width="770" height="120" alt="Whitlow &amp; Brandt Osteopaths" border="0"></td></tr>
<tr><td colspan="2" bgcolor="#2E5C8A" height="24" align="right">${font(`<b><font color="#FFFFFF">Telephone: 01632 960384</font></b>&nbsp;&nbsp;`, '1')}</td>
</tr>
<tr><td width="170" valign="top" bgcolor="#E8EEF4" class="nav"><br>
${oNav
  .map(
    (t) => `&nbsp;&nbsp;<a href="${t === oTitle ? 'fees.htm' : `${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm`}"
class="navlink">${t.replace('&', '&amp;')}</a>
<br><img src="images/spacer.gif" width="1" height="8"><br>`,
  )
  .join('\n')}
<br><br><table width="150" border="0" align="center" cellpadding="4" cellspacing="0" bgcolor="#FFFFFF"><tr>
<td>${font(`<b>Opening Times</b><br>Mon - Fri 8.30am - 7pm<br>Sat 9am - 12.30pm`, '1')}</td></tr></table><br></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<h1 class="pagetitle">${oTitle.replace('&', '&amp;')}</h1>
<p>${font(oIntro)}</p>
<table width="95%" border="0" cellpadding="6" cellspacing="1" bgcolor="#9FB4CC">
<tr bgcolor="#DCE5EF"><td>${font(`<b>Treatment</b>`)}</td><td>${font(`<b>Length</b>`)}</td><td>${font(`<b>Fee</b>`)}</td></tr>
${rows(oRows, ' class="body"', ' bgcolor="#FFFFFF"')}
</table>
<h2 class="subhead">${oH[0]}</h2><p>${font(oPay)}</p>
<h2 class="subhead">${oH[1]}</h2><p>${font(oCancel)}</p>
<h2 class="subhead">${oH[2]}</h2><p>${font(oIns[0] ?? '')}</p>
<ul>${oIns
  .slice(1, 4)
  .map((t) => `<li>${font(t)}</li>`)
  .join('')}</ul>
<p>${font(oIns[4] ?? '')}</p>
<p align="right">${font(`<a href="javascript:window.print()">Print this page</a> | <a href="#top">Back to top</a>`, '1')}</p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2E5C8A" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">
14 Station Road, Brackley Green, BG7 3LP | Telephone: 01632 960384<br>&copy; 2004-2009 Whitlow &amp; Brandt Osteopaths. All rights reserved.<br>
Page last updated: 12 January 2009</font></td></tr>
<tr><td colspan="2" align="center">
<br>${font('You are visitor number <img src="cgi-bin/counter.gif" alt="" align="absmiddle"> 004211 since March 2004', '1')}<br>
${font('Site by <a href="http://www.hillcrestweb.example">Hillcrest Web Design</a>', '1')}</td></tr></table></body></html>`;
const whitlow: TestPage = {
  name: 'heldout569-table-layout-fees',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: [oIntro, ...rowTexts(oRows), oPay, oCancel, ...oIns],
  bylines: ['Page last updated: 12 January 2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Telephone: 01632 960384', ...oNav.filter((t) => t !== oTitle && t !== 'Home'), 'Opening Times', 'Mon - Fri 8.30am - 7pm', 'Sat 9am - 12.30pm',
    'Print this page',
    'Back to top', '14 Station Road, Brackley Green, BG7 3LP | Telephone: 01632 960384', '© 2004-2009 Whitlow & Brandt Osteopaths. All rights reserved.',
    'You are visitor number 004211 since March 2004', 'Site by Hillcrest Web Design',
  ],
};

export const HELDOUT569_F: readonly TestPage[] = [fettle, whitlow];
