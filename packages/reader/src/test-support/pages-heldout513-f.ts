import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout513-kit.js';

/**
 * Held-out batch 513, file f: a sheet-music shop's blog article for teachers on Shopify (Dawn: announcement bar, share
 * button, comment form, newsletter footer), and a study centre's summer school page in an old table layout.
 */
const sTitle = 'Choosing exam pieces your student will still love in week ten';
const sBody = [
  j(
    'Every teacher has seen it: a student picks the bright, fast piece in September and by November cannot bear to play it.',
    'Exam preparation is long, and the piece that sounds best on the first play-through is not always the one that survives',
    'ten weeks of slow practice.',
  ),
  'We asked six of the teachers who buy from us how they guide the choice. Their advice came down to three questions.',
  'Does it have a part the student cannot wait to play?',
  j(
    'A single passage the student loves, a big chord, a tune in the left hand, a dramatic ending, carries them through the dull',
    'weeks of fixing the rest. If they cannot point to one, look again.',
  ),
  'Is the hard bit really hard, or just unfamiliar?',
  j(
    'Play the hardest four bars together in the first lesson. If the difficulty is reading, it will fade; if it is a stretch the',
    'student’s hand cannot yet make, it will still be there in week ten.',
  ),
  'Do the three pieces sound different from each other?',
  j(
    'Examiners enjoy contrast and so do students. A set of three pieces in different moods and tempos is easier to practise,',
    'because it never feels like the same half hour three times over.',
  ),
  'One teacher, Moira Lessing of Alderby, puts it simply:',
  'Let them choose between two pieces you would both be happy with. Then it is their piece, not yours.',
  j(
    'All the current syllabus books are in stock, and we post within one working day. If you teach, ask about our studio account:',
    'ten percent off every order and termly invoicing.',
  ),
];
const sQIdx = [2, 4, 6];
const sNav = ['Home', 'Piano', 'Strings', 'Woodwind', 'Exam books', 'Teachers', 'Blog'];
const sFootMenu = ['Delivery', 'Returns', 'Studio accounts', 'Contact'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://cadencesheetmusic.co.uk/blogs/for-teachers/choosing-exam-pieces">
<title>${sTitle} &ndash; Cadence Sheet Music</title><meta name="description"
content="Every teacher has seen it: a student picks the bright, fast piece in September.">
<meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "cadence-sheet-music.myshopify.com";Shopify.theme = {"name":"Dawn"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"Every teacher has seen it","headline":"${sTitle}",
"author":{"@type":"Person","name":"Hal Brennan"},"datePublished":"2027-01-18T10:00:00Z"}</script>
<link href="//cadencesheetmusic.co.uk/cdn/shop/t/4/assets/base.css?v=1509" rel="stylesheet" type="text/css" media="all" />
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £30</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Cadence Sheet Music</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (n) => `<li><a href="/collections/${n.toLowerCase().replace(' ', '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${n}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg><span
class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main-article"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-adapt media" itemprop="image" style="padding-bottom: 56.25%;"><img
srcset="//cadencesheetmusic.co.uk/cdn/shop/articles/scores.jpg?v=1&amp;width=1100 1100w"
src="//cadencesheetmusic.co.uk/cdn/shop/articles/scores.jpg?v=1&amp;width=1100" loading="eager" width="1100" height="619" alt="Exam books open on a piano">
</div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
datetime="2027-01-18T10:00:00Z">January 18, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Hal Brennan</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${ps(sBody.slice(0, 2))}
${[2, 4, 6].map((i) => `<h3>${sBody[i]}</h3><p>${sBody[i + 1]}</p>`).join('\n')}<p>${sBody[8]}</p><blockquote><p>${sBody[9]}</p></blockquote><p>${sBody[10]}</p>
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main-article" class="share-button"><button
class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-share-template--main-article"><summary
class="share-button__button">
<svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field"><span
id="ShareMessage-template--main-article"
class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="ShareUrl-template--main-article"
value="https://cadencesheetmusic.co.uk/blogs/for-teachers/choosing-exam-pieces" placeholder="Link" readonly><label class="field__label"
for="ShareUrl-template--main-article">Link</label><button class="share-button__copy no-js-hidden"><svg class="icon icon-clipboard"></svg>
<span class="visually-hidden">Copy link</span></button></div><button class="share-button__close hidden no-js"><span
class="visually-hidden">Close share</span></button></div></details>
</share-button></div><div class="article-template__back element-margin-top center"><a href="/blogs/for-teachers"
class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2>Leave a comment</h2>
<form method="post" action="/blogs/for-teachers/choosing-exam-pieces/comments" id="CommentForm" class="comment-form"><div
class="article-template__comment-fields">
<div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name"><label
class="field__label"
for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div class="field"><input type="email" name="comment[email]"
id="CommentForm-email" class="field__input"
placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field">
<textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea><label
class="form__label field__label"
for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div><p
class="article-template__comment-warning caption">Please note, comments need to be approved before
they are published.</p><input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul
class="footer-block__details-content list-unstyled">
${links(sFootMenu)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">
<svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div><div class="footer__content-bottom"><div
class="footer__content-bottom-wrapper page-width">
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/" title="">Cadence Sheet Music</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></div></footer>
<ul hidden><li id="a11y-refresh-page-message">Choosing a selection results in a full page refresh.</li><li
id="a11y-new-window-message">Opens in a new window.</li></ul>
<script src="//cadencesheetmusic.co.uk/cdn/shop/t/4/assets/global.js?v=1403" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout513-shopify-exam-pieces',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sQIdx.map((i) => sBody[i] ?? ''),
  body: texts(sBody.filter((_, i) => !sQIdx.includes(i))),
  bylines: ['January 18, 2027', 'Hal Brennan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £30', 'Cadence Sheet Music', ...sNav, 'Log in', 'Cart', 'Share',
    'Back to blog', 'Leave a comment', 'Name *', 'Email *', 'Comment *', 'Please note, comments need to be approved before they are published.', 'Help',
    ...sFootMenu, 'Subscribe to our emails', 'Email', '© 2027, Cadence Sheet Music', 'Powered by Shopify',
  ],
};

const oTitle = 'Summer School 2027 - Timetable and Fees';
const oIntro = [
  j(
    'Our summer school runs for four weeks from Monday 26th July to Friday 20th August 2027 for children in Years 3 to 8.',
    'Children can come for one week or all four. Each morning has a maths session and an English session with a break in between,',
    'and the afternoon is optional.',
  ),
];
const oRows = [
  ['9.15 - 10.30', 'Maths (small groups of 6)'],
  ['10.30 - 10.50', 'Break and snack'],
  ['10.50 - 12.05', 'English: reading, spelling and writing'],
  ['12.05 - 12.45', 'Lunch (bring a packed lunch)'],
  ['12.45 - 2.30', 'Afternoon club: chess, science experiments or art'],
];
const oFees = [
  'Mornings only: £135 per week',
  'Full day: £185 per week',
  'Brothers and sisters: 10% off the second child',
  'Book all four weeks before 31st May: one week free',
];
const oNote = [
  j(
    'Please note: places are limited to 36 children a week and are given in order of booking. A deposit of £50 per week is',
    'needed to hold a place and the balance is due two weeks before the start date.',
  ),
  'To book, fill in the booking form and return it to the office or telephone us on 01632 960 552.',
];
const oNav = ['Home', 'About the Centre', 'Maths Tuition', 'English Tuition', '11+ Preparation', 'Summer School', 'Fees', 'Contact Us'];
const oFoot = ['Home', 'Contact Us', 'Privacy'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Westgate Study Centre - Summer School 2027</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="tuition, maths tutor, english tutor, summer school, 11 plus, Westgate"><link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/header.jpg" width="780" height="120"
alt="Westgate Study Centre - Helping children achieve since 1994"></td></tr>
<tr><td colspan="2" bgcolor="#003366" height="24"><marquee scrollamount="3"><font face="Verdana, Arial, Helvetica, sans-serif" size="2"
color="#FFFF00"><b>Now taking
bookings for Summer School 2027!</b></font></marquee></td></tr>
<tr><td width="170" valign="top" bgcolor="#E6EEF7"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${oNav
  .map(
    (n) => `<tr><td class="navlink"><font face="Verdana" size="2"><a
href="${n.toLowerCase().replace(/[^a-z0-9]+/g, '')}.htm">${n.replace('&', '&amp;')}</a></font></td></tr>`,
  )
  .join('\n')}
</table><br><div align="center"><font face="Verdana"
size="1">Westgate Study Centre<br>41 Church Street<br>Westgate WG1 4AR<br>Tel: 01632 960 552</font></div></td>
<td width="610" valign="top" class="content"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<h1><font face="Verdana, Arial, Helvetica, sans-serif" color="#003366">${oTitle}</font></h1>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${ps(oIntro)}
<h3>Daily Timetable</h3><table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999">
<tr bgcolor="#003366"><td><font color="#FFFFFF"><b>Time</b></font></td><td><font color="#FFFFFF"><b>Activity</b></font></td></tr>
${trs(oRows)}</table>
<h3>Fees</h3><ul>${lis(oFees.map((f) => f.replace('&', '&amp;')))}</ul>
<h3>Booking</h3><p><b>Please note:</b>${oNote[0]?.slice('Please note:'.length)}</p><p>${oNote[1]}</p>
<p align="center"><a href="downloads/summer2027_booking.pdf"><img src="images/pdf.gif" width="16" height="16" border="0"
alt="PDF"> Download the booking form (PDF, 84kb)</a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">
${oFoot.map((f) => `<a href="${f.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${f}</font></a>`).join(' | ')}<br>
&copy; Westgate Study Centre 1998-2027. All rights reserved.<br>Page last updated: 14/03/2027</font></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana" size="1" color="#999999">You are visitor number <img src="/cgi-bin/counter.pl?page=summer"
alt="counter"> | Best viewed at 1024 x 768</font></td></tr></table></body></html>`;
const tables: TestPage = {
  name: 'heldout513-table-layout-summer-school',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['Daily Timetable', 'Fees', 'Booking'],
  body: texts([...oIntro, ...rowText(oRows), ...oFees, ...oNote]),
  bylines: ['Page last updated: 14/03/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now taking bookings for Summer School 2027!', ...oNav.filter((n) => n !== 'Fees'), 'Westgate Study Centre', '41 Church Street', 'Westgate WG1 4AR',
    'Tel: 01632 960 552', 'Download the booking form (PDF, 84kb)', 'Privacy', '© Westgate Study Centre 1998-2027. All rights reserved.',
    'You are visitor number | Best viewed at 1024 x 768',
  ],
};

export const HELDOUT513_F: readonly TestPage[] = [shopify, tables];
