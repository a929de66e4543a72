import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout596-kit.js';

/**
 * Held-out batch 596, file d: a shooting ground's gun shop blog post on Shopify (Dawn) with comments, and a clay club's
 * Sunday results page in an old FrontPage table layout.
 */
const pTitle = 'New high tower layout opens at Brackenfield';
const pParas = [
  j(
    'After a winter of building work, the new high tower layout on the east field is finally open. The steel tower is 28 metres',
    'tall, eight metres higher than the old wooden one, and carries four traps on two platforms, so we can now throw driven',
    'pheasant, crossing partridge and incoming teal from the same structure.',
  ),
  j(
    'The layout has six stands arranged in a horseshoe around the tower, each with its own cage and a view of at least two traps.',
    'Stands one and six sit under the oak trees at the edge of the field and give a real sense of shooting over a hedge line.',
  ),
  j(
    'All the traps are fully automatic and released from the new voice-release boxes, so squads of up to six can shoot without',
    'a trapper. The layout takes about 25 minutes for a squad of four shooting 50 targets.',
  ),
  j(
    'We are running an opening shoot on Saturday 18 April with 60 targets over the six stands, £38 a card including',
    'breakfast. Entries from 8.30am, last card out at 1pm. Prizes for high gun and for each class.',
  ),
  j(
    'The new tower also means the old tower layout is closing for good. Its traps have been moved to the flush stand on the',
    'west field, which reopens in May with a new grouse butt.',
  ),
];
const pHd = ['The stands', 'Opening shoot'] as const;
const pComments = [
  { text: 'Shot it on Sunday. Stand four is a proper test, well done to the team.', by: 'Mark Ellery', at: 'April 5, 2026' },
  { text: 'Will there be a ladies’ prize at the opening shoot?', by: 'Carys Hepworth', at: 'April 6, 2026' },
];
const pNav = ['Shotguns', 'Cartridges', 'Clothing', 'Accessories', 'Shooting Ground', 'Blog'];
const pQuick = ['Search', 'Delivery and returns', 'Firearms policy', 'Contact'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://brackenfieldguns.co.uk/blogs/news/new-high-tower-layout-opens-at-brackenfield">
<title>${pTitle} &ndash; Brackenfield Guns</title><meta name="description" content="After a winter of building work, the new high tower layout is open.">
<meta property="og:site_name" content="Brackenfield Guns"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<script src="//brackenfieldguns.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771713183046" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "brackenfield-guns.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP"};
Shopify.theme = {"name":"Dawn","id":136018739362,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${pTitle}","author":{"@type":"Person",
"name":"Rob Castell"}}</script>
<link href="//brackenfieldguns.co.uk/cdn/shop/t/4/assets/base.css?v=88290808517547527771713183044" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on non-licensed orders over £75</span></p></div></div></div></div>
<div id="shopify-section-sections--17__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details>
</details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Brackenfield Guns</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${pNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase()}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image"><img src="//brackenfieldguns.co.uk/cdn/shop/articles/tower.jpg?v=1712&amp;width=1100"
alt="The new 28-metre steel tower" width="1100" height="733" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${pTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-04-02T09:00:00Z">April 2, 2026</time>
</span><span class="caption-with-letter-spacing" itemprop="author">By Rob Castell</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--17__main" class="share-button quick-add-hidden">
<details id="Details-share-template--17__main"><summary class="share-button__button">Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><input type="text" class="field__input" id="url" value="https://brackenfieldguns.co.uk/blogs/news/new-high-tower" placeholder="Link"
readonly>
<label class="field__label" for="url">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(pParas.slice(0, 1))}<h2>${pHd[0]}</h2>${ps(pParas.slice(1, 3))}
<p><img src="//brackenfieldguns.co.uk/cdn/shop/files/stand4.jpg?v=1712" alt="Stand four"></p><p><em>Stand four looks straight up at the top platform.</em></p>
<h2>${pHd[1]}</h2>${ps(pParas.slice(3))}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-17" class="h2">2 comments</h2><ul class="article-template__comments">
${pComments
  .map(
    (c) => `<li class="article-template__comments-comment"><article class="comment"><div class="comment__content rte" itemprop="text"><p>${c.text}</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">${c.by}</span><span class="caption-with-letter-spacing">${c.at}</span></footer>
</article></li>`,
  )
  .join('\n')}</ul>
<form method="post" action="/blogs/news/new-high-tower-layout-opens-at-brackenfield/comments" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field"><textarea rows="5" id="CommentForm-body"
class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--17__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(pQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit us</h2><div class="footer-block__details-content rte">
<p>Brackenfield Shooting Ground, Moor Road, Brackenfield. RFD 4/1187.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--17__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--17__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Brackenfield Guns</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div>
</footer><script src="//brackenfieldguns.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741713183044" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout596-shopify-high-tower',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [...pHd],
  body: texts(pParas),
  bylines: ['April 2, 2026', 'By Rob Castell', ...pComments.flatMap((c) => [c.by, c.at])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on non-licensed orders over £75', 'Brackenfield Guns', ...pNav, 'Share', 'Link',
    'Stand four looks straight up at the top platform.', 'Back to blog', '2 comments', ...pComments.map((c) => c.text), 'Leave a comment', 'Name', 'Email',
    'Comment', 'Please note, comments need to be approved before they are published.', 'Quick links', ...pQuick, 'Visit us',
    'Brackenfield Shooting Ground, Moor Road, Brackenfield. RFD 4/1187.', 'Subscribe to our emails', '© 2026, Brackenfield Guns', 'Powered by Shopify',
  ],
};

const tTitle = 'Sunday Sporting Results - 15th March 2026';
const tIntro = [
  j(
    'A cold start but a bright finish for the March sporting shoot, with 41 guns through the layout. The new springing teal on',
    'stand 7 caught plenty of people out, and only three shooters managed all eight.',
  ),
];
const tHd = ['High Gun', 'Class Winners', 'Next Shoot'] as const;
const tHigh = ['Congratulations to Owen Pritchard, high gun with 91 ex 100, one clear of Bernard Kemble on 90.'];
const tHead = ['Class', 'Name', 'Score'];
const tRows = [
  ['AA', 'Owen Pritchard', '91'],
  ['A', 'Lewis Hammond', '84'],
  ['B', 'Sheila Varley', '77'],
  ['C', 'Tony Draycott', '65'],
  ['Vets', 'Bernard Kemble', '90'],
  ['Ladies', 'Sheila Varley', '77'],
  ['Juniors', 'Ellis Morgan', '71'],
];
const tNext = [
  j('The next shoot is on Sunday 19th April, 100 sporting, cards from 9.30am. Please bring your certificate. Bacon rolls and', 'tea in the hut as usual.'),
];
const tSide = ['Home', 'Shoot Dates', 'Results', 'Membership', 'How to Find Us', 'Links'];
const tUpdated = 'Page last updated 16/03/2026';
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="clay shooting, sporting, Nethercott, gun club, results">
<title>Nethercott Gun Club - Results</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" link="#003300" vlink="#336633">
<table border="0" cellpadding="0" cellspacing="0" width="760" align="center"><tr><td colspan="2" bgcolor="#336633">
<img border="0" src="images/banner.jpg" width="760" height="110" alt="Nethercott Gun Club"></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99"><marquee scrollamount="3"><font face="Verdana" size="2"><b>Annual subscriptions are now due - see the
Membership page</b></font></marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#336633"><table border="0" cellpadding="6" width="100%">
${tSide
  .map(
    (t) => `<tr><td><font face="Verdana" size="2" color="#FFFFFF"><b><a href="${t.toLowerCase().replace(/ /g, '')}.htm">
<font color="#FFFFFF">${t}</font></a></b></font></td></tr>`,
  )
  .join('\n')}
</table><p align="center"><font face="Verdana" size="1" color="#FFFFFF">CPSA affiliated ground</font></p></td>
<td width="610" valign="top"><table border="0" cellpadding="10" width="100%"><tr><td>
<p align="center"><font face="Verdana" size="4" color="#336633"><b>${tTitle}</b></font></p>
<p><font face="Verdana" size="2">${tIntro[0]}</font></p>
<p><font face="Verdana" size="3" color="#336633"><b>${tHd[0]}</b></font></p>
<p><font face="Verdana" size="2">${tHigh[0]}</font></p>
<p><font face="Verdana" size="3" color="#336633"><b>${tHd[1]}</b></font></p>
<table border="1" cellpadding="4" cellspacing="0" width="80%" bordercolor="#336633">
<tr bgcolor="#CCCC99">${tHead.map((h) => `<td><b>${h}</b></td>`).join('')}</tr>
${trs(tRows)}</table>
<p><font face="Verdana" size="3" color="#336633"><b>${tHd[2]}</b></font></p>
<p><font face="Verdana" size="2">${tNext[0]}</font></p>
<p align="center"><font face="Verdana" size="1"><a href="#top">Back to top</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633"><p align="center"><font face="Verdana" size="1" color="#FFFFFF">© Nethercott Gun Club 2003-2026<br>
${tUpdated}<br>You are visitor number <img src="/cgi-bin/counter.pl?df=results" alt="counter"> since April 2003</font></p>
<p align="center"><font face="Verdana" size="1" color="#FFFFFF">Best viewed at 1024 x 768</font></p></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout596-table-layout-results',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [...tHd],
  body: texts([...tIntro, ...tHigh, ...rowTexts(tRows), ...tNext]),
  bylines: [tUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Annual subscriptions are now due - see the Membership page', 'Home', 'Shoot Dates', 'Membership', 'How to Find Us', 'Links',
    'CPSA affiliated ground', 'Back to top', '© Nethercott Gun Club 2003-2026', 'You are visitor number since April 2003', 'Best viewed at 1024 x 768',
  ],
};

export const HELDOUT596_D: readonly TestPage[] = [shopify, tableLayout];
