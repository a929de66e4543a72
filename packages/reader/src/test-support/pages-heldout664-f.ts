import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr, tidy } from './pages-heldout664-kit.js';

/**
 * Held-out batch 664, file f: a knitting guild's news article on Drupal 10 with the Olivero theme (breadcrumb, tags, a comment),
 * and a small yarn shop's classes page in an old table layout (font tags, image-free text nav, marquee, hit counter).
 */
const dTitle = 'Fibre Fair 2027: call for stallholders';
const dBody = [
  j(
    'The Marrowby Fibre Fair returns to the Corn Exchange on Saturday 12 June 2027, and stall applications are now open. Last year',
    'more than 1,800 visitors came through the doors, and we would love this year to be our biggest fair yet.',
  ),
  j(
    'We welcome applications from independent dyers, spinners, mills, pattern designers, makers of tools and notions, and small',
    'farms selling their own fleece and fibre. Priority goes to businesses within 60 miles of Marrowby and to first-time traders.',
  ),
  'Stall fees',
  'Table stall (6 ft table and two chairs): £45',
  'Double stall: £80',
  'Guild members receive a £10 discount on either stall.',
  'How to apply',
  j(
    'Fill in the online application form by 31 March. Tell us what you make, include three photos of your stall or products and',
    'let us know if you need a power socket. The fair committee will reply to everyone by the end of April.',
  ),
  j(
    'We are also looking for volunteers to help with setting up, the raffle and the tea room on the day. If you can spare two hours,',
    'please contact the guild secretary at any meeting.',
  ),
];
const dNav = ['Home', 'About the guild', 'Meetings', 'News', 'Fibre Fair', 'Contact'];
const dComment = 'Will there be space for spinning demonstrations again? Happy to bring my wheel.';
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://marrowbyknitters.org.uk/news/fibre-fair-2027-call-stallholders">
<title>${dTitle} | Marrowby Guild of Knitters</title><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Olv3.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"user":{"uid":0}}</script>
</head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Marrowby Guild of Knitters</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"
data-drupal-selector="mobile-buttons"><button class="mobile-nav-button"
data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav"
aria-expanded="false"><span class="mobile-nav-button__label">Menu</span>
<span class="mobile-nav-button__icon"></span></button></div><div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow"
role="search"><div class="content">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search
form-item-keys js-form-item-keys form-no-label"><label for="edit-keys"
class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element"></div>
<div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit"
type="submit"
id="edit-submit" value="Search"><span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title"
id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span>
</a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system
block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/"
class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="214"
class="node node--type-article node--promoted node--view-mode-full"><header class=""><div class="node__meta">
<div class="node__author-info"><span class="node__author">By
<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Hettie Garside</span></span>
</span>, <span class="node__pubdate">20 February, 2027</span></div></div></header><div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/2027-02/fair.jpg"
width="1200" height="675"
alt="Stalls at last year's fair"></div><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 2))}<h2>${dBody[2]}</h2><ul>${lis(dBody.slice(3, 5))}</ul>${ps([dBody[5] ?? ''])}<h2>${dBody[6]}</h2>${ps(dBody.slice(7))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/3"
hreflang="en">Fibre Fair</a></li><li class="field--tags__item">
<a href="/taxonomy/term/7" hreflang="en">Events</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><article data-comment-user-id="0" id="comment-12"
class="comment js-comment
by-anonymous"><span class="hidden" data-comment-timestamp="1803544500"></span><div class="comment__picture-wrapper"><div class="comment__picture"></div></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>Ada Penrose (not verified)</span></p>
<p class="comment__time">Sun, 02/21/2027 - 09:15</p>
</footer><div class="comment__content"><h3><a href="/comment/12#comment-12" class="permalink" rel="bookmark"
hreflang="en">Spinning demos</a></h3><div class="clearfix text-formatted
field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${dComment}</p></div></div></div></article>
<ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/node/214%23comment-form">Log in</a> or
<a href="/user/register?destination=/node/214%23comment-form">register</a>
to post comments</li></ul></section></div></article></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block">
<div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block block-system
block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Olv3.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout664-drupal-olivero-fibre-fair',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dBody[2] ?? '', dBody[6] ?? ''],
  body: texts(dBody.filter((_, i) => i !== 2 && i !== 6)),
  bylines: ['By Hettie Garside', '20 February, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Marrowby Guild of Knitters', 'Menu', ...dNav, 'Tags', 'Events', 'Comments', 'Ada Penrose (not verified)',
    'Sun, 02/21/2027 - 09:15',
    'Spinning demos', dComment, 'Log in or register to post comments', 'RSS feed', 'Powered by Drupal',
  ],
};

const tTitle = 'Classes for Spring 2027';
const tIntro = j(
  'All our classes are held in the back room of the shop, around the big table, with a maximum of six students so that everyone',
  'gets plenty of help. Tea and biscuits are included. Materials are not included unless we say so below, but you get 10% off',
  'anything you buy in the shop on the day of your class.',
);
const tRows = [
  ['Learn to Knit (4 weeks)', 'Tuesdays 2, 9, 16, 23 March, 7-9pm', '£48'],
  ['Learn to Crochet (3 weeks)', 'Wednesdays 3, 10, 17 March, 10am-12', '£36'],
  ['Socks on Two Circulars', 'Saturday 10 April, 10am-4pm', '£40 incl. yarn'],
  ['Fair Isle Hat', 'Saturdays 8 and 15 May, 10am-1pm', '£38'],
  ['Fix It! Mending Mistakes', 'Thursday 20 May, 7-9pm', '£15'],
];
const tBook = [
  j(
    'Call in at the shop or phone us on 01632 960 418 during opening hours. We ask for full payment when you book. If you cannot',
    'come, let us know a week ahead and we will refund you or move you to the next class.',
  ),
  'Gift vouchers for classes make lovely presents and can be bought in the shop for any amount.',
];
const tNote = j(
  'Please bring your glasses if you need them for close work! Beginners do not need to bring anything, we will lend you needles or',
  'a hook and some practice yarn for the first week.',
);
const tNav = ['Home', 'Our Yarns', 'Classes', 'Knit Night', 'Find Us', 'Guestbook'];
const font = (t: string, size = '2'): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="${size}">${t}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>The Wool Cupboard - Classes</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="wool shop, yarn, knitting classes, crochet classes, Stanlow"><meta name="description"
content="The Wool Cupboard, yarn shop in Stanlow.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style type="text/css"><!-- a:link { color: #663366; } .small { font-size: 10px; } --></style></head>
<body bgcolor="#F3EEF5" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td colspan="2"><img src="images/header.jpg" width="760"
height="120"
alt="The Wool Cupboard - Yarns, Patterns and Classes"></td></tr>
<tr><td colspan="2" bgcolor="#663366"><marquee scrollamount="3">
${font('<font color="#FFFFFF"><b>NEW! Our sock yarn club is open for 2027 - ask in the shop</b></font>', '1')}
</marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#E6D9EC"><table width="150" border="0" cellspacing="0" cellpadding="6">${tNav
  .map((t) => `<tr><td>${font(`<a href="${t.toLowerCase().replace(/ /g, '')}.htm"><b>${t}</b></a>`)}</td></tr>`)
  .join('\n')}<tr><td><img src="images/spacer.gif" width="1" height="20"></td></tr><tr><td>${font(
  '<b>Opening hours</b><br>Tues - Sat<br>9.30 - 5.00<br>Closed Sun &amp; Mon',
  '1',
)}</td></tr></table></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
${font(`<font size="4" color="#663366"><b>${tTitle}</b></font>`)}<br><br>
${font(tIntro)}<br><br>
<table width="100%" border="1" cellspacing="0" cellpadding="4"
bordercolor="#CC99CC"><tr bgcolor="#CC99CC"><td>${font('<b>Class</b>')}</td><td>${font('<b>When</b>')}</td>
<td>${font('<b>Cost</b>')}</td></tr>
${tRows.map((r) => tr(r.map((c) => font(c)))).join('\n')}</table><br>
${font(`<font size="3" color="#663366"><b>How to book</b></font>`)}<br>
${tBook.map((p) => `<p>${font(p)}</p>`).join('\n')}
${font(`<font size="3" color="#663366"><b>Please note</b></font>`)}<br>
<p>${font(tNote)}</p>
<p align="center"><img src="images/knitting_divider.gif" width="300" height="20"></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#663366" align="center">${font(
  `<font color="#FFFFFF">The Wool Cupboard, 7 Church Row, Stanlow | Tel 01632 960 418<br>
&copy; The Wool Cupboard 2002-2027 | Last updated 3 January 2027</font>`,
  '1',
)}</td></tr>
<tr><td colspan="2" align="center">
${font('You are visitor number <img src="cgi-bin/counter.gif" alt="004127"> | Best viewed at 1024 x 768', '1')}</td></tr></table>
</body></html>`;
const tableLayout: TestPage = {
  name: 'heldout664-table-layout-classes',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['How to book', 'Please note'],
  body: texts([tIntro, ...tRows.map(rowText), ...tBook, tNote]),
  bylines: ['Last updated 3 January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NEW! Our sock yarn club is open for 2027 - ask in the shop', ...tNav, 'Opening hours', 'Tues - Sat', '9.30 - 5.00',
    'Closed Sun & Mon', 'The Wool Cupboard, 7 Church Row, Stanlow | Tel 01632 960 418', '© The Wool Cupboard 2002-2027', 'You are visitor number',
    'Best viewed at 1024 x 768',
  ],
};

export const HELDOUT664_F: readonly TestPage[] = [drupal, tableLayout].map(tidy);
