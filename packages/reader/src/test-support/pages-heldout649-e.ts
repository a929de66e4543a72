import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowText, tr } from './pages-heldout649-kit.js';

/**
 * Held-out batch 649, file e: a Muay Thai gear shop's blog article on Shopify (Dawn theme) with announcement bar, share button,
 * approved comments, the comment form and the footer newsletter, and an aikido dojo's etiquette page in an old table layout.
 */
const sTitle = 'How to choose your first pair of Muay Thai gloves';
const sIntro = [
  j(
    'Most gyms will lend you gloves for the first few weeks, but loan gloves are usually too big, too worn or both. Once you have',
    'decided to keep training, your own pair is the first thing worth buying. Here is what we tell people who ask at the counter.',
  ),
];
const sSecs: [string, string[]][] = [
  [
    'Weight',
    [
      j(
        'Glove weight is measured in ounces and is about padding, not size. Heavier gloves protect your hands and your partner’s',
        'head better. For a first pair that will be used on pads, bags and light sparring, go by body weight:',
      ),
    ],
  ],
  [
    'Lace or hook-and-loop',
    [
      j(
        'Laces give the best fit, but you need someone to tie them for you every time. Hook-and-loop closures are quicker and',
        'you can put them on yourself, which matters in a class where you swap between pads and gloves. Buy laces later, if you',
        'start competing.',
      ),
    ],
  ],
  [
    'Muay Thai gloves versus boxing gloves',
    [
      j(
        'Muay Thai gloves have a flatter, more even padding across the back of the hand and a more flexible palm, so you can',
        'catch kicks and hold the clinch. Boxing gloves put more padding over the knuckles. Either will work for a beginner;',
        'if your gym does a lot of clinch work, the Muay Thai pattern is easier.',
      ),
    ],
  ],
  [
    'Looking after them',
    [
      'Wear hand wraps every time. They soak up sweat and keep your wrists straight.',
      'Air your gloves after every session; never leave them zipped in a bag overnight.',
      'Wipe the inside with a damp cloth and a little diluted tea tree oil once a week.',
    ],
  ],
];
const sTable = [
  ['Under 55 kg', '10 oz', '12 oz'],
  ['55 – 70 kg', '12 oz', '14 oz'],
  ['70 – 85 kg', '14 oz', '16 oz'],
  ['Over 85 kg', '16 oz', '16 oz'],
];
const sEnd = 'If in doubt, come in and try a few pairs on with your wraps. We are happy to help you find the right fit.';
const sComments: [string, string, string][] = [
  ['Dan K.', 'February 12, 2026', 'Helpful, thanks. Ended up with the 14 oz hook-and-loop pair and they are great.'],
  ['Lena', 'February 15, 2026', 'Would be good to have a section on women’s gloves too!'],
];
const sNav = ['Gloves', 'Shin guards', 'Shorts', 'Wraps', 'Blog'];
const sFoot = ['Search', 'Shipping', 'Returns', 'Contact'];
const sCom = ([who, when, text]: [string, string, string], i: number): string => `<article id="${88012 + i}" class="article-template__comments-comment">
<span class="rte"><p>${text}</p></span><footer class="right"><span class="circle-divider caption-with-letter-spacing">${who}</span>
<span class="caption-with-letter-spacing">${when}</span></footer></article>`;
const sField = (name: string, type: string, label: string): string => `<div class="field field--with-error"><input type="${type}" name="comment[${name}]"
id="CommentForm-${name}" class="field__input" placeholder="${label}">
<label class="field__label" for="CommentForm-${name}">${label} <span aria-hidden="true">*</span></label></div>`;
const sSecHtml = sSecs
  .map(([h, p], i) => {
    const blocks = i === 3 ? `<ul>${lis(p)}</ul>` : ps(p);
    const table =
      i === 0
        ? `<table><thead>${tr(['Body weight', 'Bag and pads', 'Sparring'], 'th')}</thead>
<tbody>${sTable.map((r) => tr(r)).join('')}</tbody></table>`
        : '';
    return `<h2>${h}</h2>\n${blocks}${table}`;
  })
  .join('\n');
const sNavHtml = sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(' ', '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('');
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://nakmuaysupply.co.uk/blogs/news/how-to-choose-your-first-muay-thai-gloves">
<link rel="preconnect" href="https://cdn.shopify.com" crossorigin><title>${sTitle} &ndash; Nakmuay Supply Co.</title>
<meta name="description" content="Weight, closure and fit: what to look for in your first pair of Muay Thai gloves.">
<meta property="og:site_name" content="Nakmuay Supply Co."><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//nakmuaysupply.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771701234567" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "nakmuay-supply.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP",
"rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":139812345678,"schema_name":"Dawn","schema_version":"12.0.0","theme_store_id":887,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}",
"datePublished":"2026-02-10T09:00:00Z","author":{"@type":"Person","name":"Priya Saelim"}}</script>
<link href="//nakmuaysupply.co.uk/cdn/shop/t/4/assets/base.css?v=127867003511637661680" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient">
<div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK shipping on orders over £60</span></p></div></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account"><h2 class="header__heading">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Nakmuay Supply Co.</span></a></h2>
<nav class="header__inline-menu">
<ul class="list-menu list-menu--inline"
role="list">${sNavHtml}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"><use href="#icon-search"></use></svg></span></summary>
</details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image">
<img srcset="//nakmuaysupply.co.uk/cdn/shop/articles/gloves.jpg?v=1707555555&amp;width=750 750w"
src="//nakmuaysupply.co.uk/cdn/shop/articles/gloves.jpg?v=1707555555&amp;width=1100" loading="eager" width="1100" height="733" alt=""></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-02-10T09:00:00Z">February 10, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Priya Saelim</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button><details id="Details-share-template--1__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--1__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--1__main"
value="https://nakmuaysupply.co.uk/blogs/news/how-to-choose-your-first-muay-thai-gloves" placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--1__main">Link</label></div><button class="share-button__close hidden no-js-hidden">
<span class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sIntro)}
${sSecHtml}
<p>${sEnd}</p>
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-88012">2 comments</h2>
<div class="article-template-comments">${sComments.map(sCom).join('\n')}</div>
<form method="post" action="/blogs/news/how-to-choose-your-first-muay-thai-gloves/comments#comment_form" id="comment_form" accept-charset="UTF-8"
class="comment-form">
<input type="hidden" name="form_type" value="new_comment"><input type="hidden" name="utf8" value="✓"><h2>Leave a comment</h2>
<div class="article-template__comment-fields">
${sField('author', 'text', 'Name')}${sField('email', 'email', 'Email')}</div><div class="field">
<textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--1__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--1__footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--1__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment">
<span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Nakmuay Supply Co.</a></small>
<small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by
Shopify</a></small></div></div></div></div></footer>
<script src="//nakmuaysupply.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741" defer="defer"></script></body></html>`;
const shopify: TestPage = finish({
  name: 'heldout649-muay-thai-gloves-shopify',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map(([h]) => h),
  body: texts([...sIntro, ...sSecs.flatMap(([, p], i) => (i === 0 ? [...p, ...sTable.map(rowText)] : p)), sEnd]),
  bylines: ['February 10, 2026', 'by Priya Saelim'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK shipping on orders over £60', 'Nakmuay Supply Co.', ...sNav, 'Log in', 'Cart', 'Share', 'Link', 'Copy link',
    'Back to blog', '2 comments', ...sComments.flat(), 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Help', ...sFoot, 'Subscribe to our emails', 'Payment methods',
    '© 2026, Nakmuay Supply Co.', 'Powered by Shopify',
  ],
});

const oTitle = 'Dojo Etiquette';
const oIntro = j(
  'Etiquette (reigi) is part of our training, not something added to it. The points below are what we ask of everyone at',
  'Shizuka Aikikai, beginners and seniors alike. If you are unsure of anything, watch what the seniors do, or ask.',
);
const oSecs: [string, string[]][] = [
  [
    'Entering and leaving the dojo',
    [
      'Bow as you enter and leave the dojo, facing the shomen.',
      'Take your shoes off before you step on to the tatami. Leave them neatly, toes pointing out.',
      'If you arrive after class has begun, kneel at the edge of the mat and wait until the instructor invites you on.',
    ],
  ],
  [
    'On the mat',
    [
      'Keep your fingernails and toenails short and clean. Remove all watches, rings and jewellery.',
      'Sit in seiza or cross-legged, never with your legs stretched out towards the shomen.',
      'When the instructor shows a technique, sit quietly and watch. Bow to your partner before and after practising.',
      'Do not leave the mat without the instructor’s permission, except in an emergency.',
    ],
  ],
  [
    'Your keikogi',
    [
      j(
        'Your keikogi should be clean and in good repair. Hakama are worn from 1st kyu, or earlier at the instructor’s invitation.',
        'Fold your hakama after class; seniors are happy to show you how.',
      ),
    ],
  ],
];
const oEnd = 'Above all, train with care for your partner. Aikido is practised with each other, not against each other.';
const oNav = ['Home', 'About Aikido', 'Our Instructors', 'Class Times', 'Etiquette', 'Gallery', 'Links', 'Contact Us'];
const oNavHtml = oNav
  .map(
    (t) => `<tr><td height="26" class="navcell" onMouseOver="this.bgColor='#3E3E7A'" onMouseOut="this.bgColor='#2B2B55'">
&nbsp;&nbsp;<a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav">${t}</a></td></tr>`,
  )
  .join('\n');
const oSecHtml = oSecs
  .map(([h, p]) => `<p><b><font color="#8B0000" size="3">${h}</font></b></p>\n${p.length > 1 ? `<ul>\n${lis(p)}\n</ul>` : ps(p)}`)
  .join('\n');
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Shizuka Aikikai - Dojo Etiquette</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="aikido, dojo, etiquette, reigi, Bramcote, martial arts"><link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_preloadImages() { //v3.0
  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}
}
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_over.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="120" alt="Shizuka Aikikai - Traditional Aikido in Bramcote"></td></tr>
<tr><td width="170" valign="top" bgcolor="#2B2B55"><table width="170" border="0" cellspacing="0" cellpadding="0">
${oNavHtml}
</table><br><div align="center">
<font color="#CCCCCC" size="1" face="Verdana, Arial, Helvetica, sans-serif">Member of the<br>Aikikai Foundation<br>(via BAA)</font></div><br></td>
<td width="610" valign="top" bgcolor="#FFFFFF"><table width="100%" border="0" cellspacing="0" cellpadding="14"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">
<p><font size="5" color="#2B2B55"><b>${oTitle}</b></font><br><img src="images/line.gif" width="560" height="3" alt=""></p>
<p>${oIntro}</p>
${oSecHtml}
<p><i>${oEnd}</i></p>
<p align="right"><a href="#top">Back to top</a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2B2B55" height="40"><div align="center"><font color="#FFFFFF" size="1" face="Verdana, Arial, Helvetica, sans-serif">
&copy; 2004-2026 Shizuka Aikikai | Page last updated 03/01/2026 | Best viewed at 1024x768<br>
You are visitor number <img src="/cgi-bin/Count.cgi?df=etiquette.dat" alt="counter"> <b>041873</b></font></div></td></tr></table>
</body></html>`;
const oldTable: TestPage = finish({
  name: 'heldout649-aikido-etiquette-table-layout',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oSecs.map(([h]) => h),
  body: texts([oIntro, ...oSecs.flatMap(([, p]) => p), oEnd]),
  bylines: ['Page last updated 03/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oNav, 'Member of the', 'Aikikai Foundation', '(via BAA)', 'Back to top', '© 2004-2026 Shizuka Aikikai', 'Best viewed at 1024x768',
    'You are visitor number', '041873',
  ],
});

export const HELDOUT649_E: readonly TestPage[] = [shopify, oldTable];
