import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, tidy, trs } from './pages-heldout552-kit.js';

/**
 * Held-out batch 552, file e: a cue shop's blog post on its pool room's new Tuesday league, on Shopify with the Dawn theme
 * (announcement bar, share button, newsletter footer), and a county darts league's weekly results page made in FrontPage
 * with a table layout, font tags and a hit counter.
 */
const pTitle = 'Our pool room gets its own Tuesday league';
const pIntro = [
  j(
    'When we opened the back room of the shop as a pool room two years ago, it was meant to be a place to try a cue before you',
    'bought it. It has turned into something else. Most evenings all four tables are busy, and on Tuesdays there is a queue.',
  ),
  j(
    'So from 7 October the Tuesday crowd gets a league of its own: the Pocket &amp; Cushion Tuesday League, eight teams of four,',
    'playing on our tables and nowhere else.',
  ),
];
const pHow = [
  j(
    'Each week every team plays one match of eight singles frames. Two matches run at once, on tables one and two, and the other',
    'two tables stay open for practice and casual games. Matches start at 7.30pm and should be finished by 10.',
  ),
  'We use the standard Blackball rules, with one house rule: the loser of each frame racks for the next one.',
];
const pCosts = [
  'team entry: £40 for the season, which covers all table time on match nights',
  'a free season ticket for practice on Tuesday afternoons for every registered player',
  'a trophy and a £150 shop voucher for the winning team, and £50 for the runners-up',
];
const pWhy = [
  j(
    'Honestly, we wanted to keep the room friendly. The town leagues are good, but they are a big step for a player who has only',
    'ever played in the shop. A league on four tables, with the same faces every week, is a gentler start.',
  ),
  j(
    'We have also seen how much players improve when they play the same opponents for a season. Several of the regulars have',
    'asked about coaching, and Jordan, who runs the room, will be on hand on league nights to help anyone who wants it.',
  ),
  j(
    'If the first season goes well, we will add a second night in the new year. Tell us at the counter, or by replying to our',
    'newsletter, which night suits you.',
  ),
];
const pSign = [
  j(
    'Four teams have already entered, so there are four places left. Pick up an entry form at the counter or email the shop.',
    'Entries close on Saturday 27 September, and the fixtures will be posted in the room the following Tuesday.',
  ),
];
const pHeads = ['How it works', 'What it costs', 'Why a league of our own?', 'How to sign up'];
const pNav = ['Home', 'Cues', 'Cases', 'Chalk and accessories', 'Pool room', 'Blog'];
const pQuick = ['Search', 'Delivery and returns', 'Contact', 'Terms of service', 'Refund policy'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://pocketandcushion.co.uk/blogs/news/our-pool-room-gets-its-own-tuesday-league">
<title>${pTitle} &ndash; Pocket &amp; Cushion</title><meta name="description" content="From 7 October the Tuesday crowd gets a league of its own.">
<meta property="og:site_name" content="Pocket &amp; Cushion"><meta property="og:type" content="article">
<script src="//pocketandcushion.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771714060817" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "pocket-and-cushion.myshopify.com";Shopify.locale = "en";
Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":163514302771,"schema_name":"Dawn","schema_version":"15.0.0","theme_store_id":887,"role":"main"};</script>
<script id="web-pixels-manager-setup">(function e(e,d,r,n,o){var i=e.webPixelsManager||{};})(self,document,"https://pocketandcushion.co.uk");</script>
<link href="//pocketandcushion.co.uk/cdn/shop/t/4/assets/base.css?v=144968985024194912401714060817" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--21983409455411__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar"
role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on cues over £75</span></p></div></div>
</div></div></div>
<div id="shopify-section-sections--21983409455411__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Pocket &amp; Cushion</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(pNav, 'header__menu-item list-menu__item link link--text')}</ul>
</nav>
<div class="header__icons header__icons--localization header-localization"><a href="/account/login" class="header__icon header__icon--account link focus-inset
small-hide"><svg class="icon icon-account" aria-hidden="true"></svg><span class="visually-hidden">Log in</span></a><a href="/cart"
class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--21983409619251__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div class="article-template__hero-adapt media" itemprop="image"
style="padding-bottom: 56.25%;"><img srcset="//pocketandcushion.co.uk/cdn/shop/articles/pool-room.jpg?v=1726150000&amp;width=750 750w"
sizes="(min-width: 1200px)
1100px, 100vw" src="//pocketandcushion.co.uk/cdn/shop/articles/pool-room.jpg?v=1726150000&amp;width=1100" loading="eager" width="1100" height="619"
alt="The four tables in the Pocket &amp; Cushion pool room"></div></div><header class="page-width page-width--narrow">
<h1 class="article-template__title" itemprop="headline">${pTitle}</h1><span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate
datePublished"><time datetime="2025-09-12T09:00:00Z">September 12, 2025</time></span><span class="caption-with-letter-spacing"
itemprop="author">Ellie Brannock</span>
</header><div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--21983409619251__main"
class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg width="13" height="12" class="icon icon-share" aria-hidden="true">
</svg>Share
</button><details id="Details-share-template--21983409619251__main"><summary class="share-button__button"><svg width="13" height="12" class="icon icon-share"
aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field"><span
id="ShareMessage-template--21983409619251__main"
class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="ShareUrl-template--21983409619251__main"
value="https://pocketandcushion.co.uk/blogs/news/our-pool-room-gets-its-own-tuesday-league" placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--21983409619251__main">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(pIntro)}
<h2>${pHeads[0]}</h2>${ps(pHow)}
<h2>${pHeads[1]}</h2><ul>${lis(pCosts)}</ul>
<h2>${pHeads[2]}</h2>${ps(pWhy)}
<h2>${pHeads[3]}</h2>${ps(pSign)}
</div><div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div></article></section></main>
<div id="shopify-section-sections--21983409488179__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div
class="footer-block grid__item
footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">
${links(pQuick, 'link link--text list-menu__item list-menu__item--link')}</ul></div></div><div class="footer-block--newsletter"><div
class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter"
accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer"><input type="hidden"
name="contact[tags]"
value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--21983409488179__footer" type="email"
name="contact[email]" class="field__input" value="" aria-required="true" autocomplete="email" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--21983409488179__footer">Email</label><button type="submit"
class="newsletter-form__button field__button"
name="commit" id="Subscribe" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, <a href="/" title="">Pocket &amp; Cushion</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify">Powered by
Shopify</a></small></div></div></div></div></footer></div>
<script src="//pocketandcushion.co.uk/cdn/shop/t/4/assets/share.js?v=13024540447964430191714060817" defer="defer"></script></body></html>`;
const shopifyBlog: TestPage = tidy({
  name: 'heldout552-shopify-dawn-pool-room-league',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([...pIntro, ...pHow, ...pCosts, ...pWhy, ...pSign]),
  bylines: ['September 12, 2025', 'Ellie Brannock'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on cues over £75', 'Pocket & Cushion', ...pNav, 'Log in', 'Cart', 'Share', 'Link', 'Back to blog', 'Quick links',
    ...pQuick, 'Subscribe to our emails', 'Email', 'Payment methods', '© 2025, Pocket & Cushion', 'Powered by Shopify',
  ],
});

const rTitle = 'Week 12 Results';
const rIntro = 'A good week for the Greyhound, who won 7-2 at the Eagle and go three points clear at the top of the Premier Division.';
const rPrem = [
  ['Eagle', '2', '7', 'Greyhound'],
  ['Kings Arms', '5', '4', 'Vale Club'],
  ['Royal Oak', '6', '3', 'Tithe Barn'],
  ['Station Hotel', '4', '5', 'Bowling Green'],
];
const rHigh = [
  '180s: K. Dobbs (Greyhound) 2, S. Rae (Kings Arms), P. Lund (Royal Oak)',
  'Highest finish: 161, T. Hollis (Bowling Green)',
  'Ton-plus finishes: J. Kerr (Vale Club) 120, M. Ince (Greyhound) 104',
];
const rNote = 'Captains: please check the fixture list. The Tithe Barn v Eagle match on 4th December has been moved to Thursday 5th.';
const rNav = ['Home', 'Fixtures', 'Results', 'League Tables', 'Averages', 'Knockout Cups', 'Rules', 'Links'];
const rHtml = `<html>

<head>
<meta http-equiv="Content-Language" content="en-gb">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>Weekly Results</title>
<style>
<!--
a:link { color: #FFFF00 }
.resulttable td { font-family: Arial; font-size: 10pt }
-->
</style>
</head>

<body bgcolor="#003300" text="#FFFFFF" link="#FFFF00" vlink="#FFCC00" topmargin="0" leftmargin="0">

<div align="center">
<table border="0" width="780" cellspacing="0" cellpadding="0" id="table1">
<tr><td colspan="2"><img border="0" src="images/banner.jpg" width="780" height="110" alt="Thornbury Vale Darts League"></td></tr>
<tr><td width="150" valign="top" bgcolor="#006600"><p>&nbsp;</p>
<!--webbot bot="Navigation" S-Type="top" S-Orientation="vertical" S-Rendering="text" B-Include-Home="TRUE" B-Include-Up="FALSE" U-Page S-Target -->
<p><font face="Arial" size="2">${rNav.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a>`).join('<br>\n')}</font></p>
<!--webbot bot="Navigation" i-checksum="39552" endspan -->
<p>&nbsp;</p><p align="center"><font face="Arial" size="1">Visitors since March 2004:<br>
<img border="0" src="/cgi-bin/counter.pl?df=results.dat&amp;dd=B" alt="Hit counter"></font></p></td>
<td width="630" valign="top"><p align="center"><font face="Arial" size="5"><b>${rTitle}</b></font></p>
<p align="center"><font face="Arial" size="2"><i>Premier Division, Wednesday 19th November</i></font></p>
<p><font face="Arial" size="2">${rIntro}</font></p>
<div align="center"><table border="1" cellpadding="3" cellspacing="0" width="90%" bordercolor="#669966" class="resulttable">
<tr><td bgcolor="#006600"><b>Home</b></td><td bgcolor="#006600" colspan="2" align="center"><b>Score</b></td><td bgcolor="#006600"><b>Away</b></td></tr>
${trs(rPrem)}
</table></div>
<p><font face="Arial" size="2"><b>Highlights</b></font></p>
<ul>${lis(rHigh.map((t) => `<font face="Arial" size="2">${t}</font>`))}</ul>
<p><font face="Arial" size="2" color="#FFFF00">${rNote}</font></p>
<p><font face="Arial" size="1">Results to Dave on 01632 960772 by 10am Thursday please.</font></p>
<hr color="#669966" size="1">
<p align="center"><font face="Arial" size="1">Page last updated 20/11/2025<br>
&copy; Thornbury Vale Darts League 2004-2025<br><a href="mailto:webmaster@thornburyvaledarts.co.uk">Email the webmaster</a></font></p>
</td></tr></table></div>

</body>

</html>`;
const frontpageResults: TestPage = tidy({
  name: 'heldout552-frontpage-darts-weekly-results',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: ['Highlights'],
  body: [rIntro, ...rowTexts(rPrem), ...rHigh, rNote],
  bylines: ['Premier Division, Wednesday 19th November', 'Page last updated 20/11/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, 'Visitors since March 2004:', 'Results to Dave on 01632 960772 by 10am Thursday please.', '© Thornbury Vale Darts League 2004-2025',
    'Email the webmaster',
  ],
});

export const HELDOUT552_E: readonly TestPage[] = [shopifyBlog, frontpageResults];
