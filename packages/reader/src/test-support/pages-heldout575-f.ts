import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout575-kit.js';

/**
 * Held-out batch 575, file f: a co-operative record shop's news article on Drupal 10 (Olivero theme) with tags and
 * comments, and a record fair's page on a Wix site with the free-plan ad banner and a Wix cookie banner.
 */
const dTitle = 'Halfpenny Records is moving to the Corn Exchange';
const dBody = [
  j(
    'After eleven years on Bridge Lane, the co-op has agreed a ten-year lease on the old seed merchant’s unit at the back of the',
    'Corn Exchange. The new shop is twice the size of the old one and, for the first time, has room for a small stage.',
  ),
  j(
    'Members voted 212 to 9 in favour of the move at the general meeting on 2 September. The rent is a little higher, but the',
    'landlord has agreed to a stepped increase over the first three years, and the extra space means we can finally run the',
    'listening nights and the kids’ DJ sessions in the shop rather than in the pub next door.',
  ),
];
const dWhenH = 'When is the move?';
const dWhen = [
  'The Bridge Lane shop closes for good on Saturday 30 October. We will open at the Corn Exchange on Saturday 6 November.',
  'Mail order carries on as normal throughout, with a short pause from 1 to 5 November while the stock is in boxes.',
];
const dHelpH = 'How you can help';
const dHelp = [
  'Carry boxes on Sunday 31 October (we need about twenty people and one more van)',
  'Build record racks on the weekends of 16 and 23 October',
  'Lend us a ladder',
];
const dEnd = 'Sign up for a slot on the volunteers page, or just turn up. There will be cake.';
const dNav = ['Home', 'Shop', 'Events', 'Membership', 'News', 'Volunteer'];
const dComments = [
  { who: 'Dev Kothari', when: '15 September, 2027', h: 'Brilliant', p: 'Brilliant news. Put me down for Sunday, I have a van.' },
  { who: 'marianne_b', when: '16 September, 2027', h: 'Parking?', p: 'Will there be bike parking at the new place? Bridge Lane never had any.' },
];
const dCmt = (
  c: (typeof dComments)[number],
  i: number,
): string => `<article data-comment-user-id="0" id="comment-${12 + i}" class="comment js-comment by-anonymous">
<span class="hidden" data-comment-timestamp="1789"></span><div class="comment__picture-wrapper"><div class="comment__picture"></div></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>${c.who}</span></p><p class="comment__time">${c.when}</p>
</footer>
<div class="comment__content"><h3><a href="/comment/${12 + i}#comment-${12 + i}" class="permalink" rel="bookmark" hreflang="en">${c.h}</a></h3>
<div class="text-content clearfix field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${c.p}</p></div></div>
<div class="comment__links"><ul class="links inline comment__links"><li class="comment-reply">
<a href="/comment/reply/node/41/comment_forum/${12 + i}">Reply</a></li></ul>
</div></div></article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://halfpennyrecords.coop/news/moving-corn-exchange">
<title>${dTitle} | Halfpenny Records Co-op</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olv1.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/41","isFront":false},"olivero":{}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Halfpenny Records Co-op</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" size="15" maxlength="128"
class="form-search form-element form-element--type-search">
</div><div class="form-actions js-form-wrapper form-wrapper">
<button class="button--primary search-form__submit button js-form-submit form-submit" type="submit">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list"><li class="breadcrumb__item">
<a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="41" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Ros Amadi</span></span></span>,
<span class="field field--name-created field--type-created field--label-hidden">14 September, 2027</span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2027-09/corn-exchange.jpg" width="1000" height="563" alt="The back entrance of the Corn Exchange"
class="image-style-wide">
</div><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody)}<h2>${dWhenH}</h2>${ps(dWhen)}<h2>${dHelpH}</h2><ul>${lis(dHelp)}</ul><p>${dEnd}</p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">
${links(['Shop news', 'Co-op meetings'], 'field__item')}</ul></div>
<section data-drupal-selector="comments" class="field field--name-comment field--type-comment field--label-hidden comments">
<h2 class="comments__title">Comments</h2>
${dComments.map(dCmt).join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/41/comment" method="post">
<div class="js-form-item form-item"><label for="edit-name" class="form-item__label">Your name</label>
<input type="text" id="edit-name" name="name" class="form-text"></div>
<div class="js-form-item form-item"><label for="edit-comment-body" class="form-item__label form-item__label--required">Comment</label>
<textarea id="edit-comment-body"
name="comment_body[0][value]" rows="5" class="form-textarea required"></textarea></div><div class="form-actions">
<input type="submit" id="edit-submit" value="Save"
class="button button--primary js-form-submit form-submit"></div></form></section></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate">
<div id="block-olivero-syndicate" role="complementary" class="block block-node
block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div><script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout575-drupal-olivero-move',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dWhenH, dHelpH],
  body: texts([...dBody, ...dWhen, ...dHelp, dEnd]),
  bylines: ['By Ros Amadi', '14 September, 2027', ...dComments.flatMap((c) => [c.who, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Halfpenny Records Co-op', 'Menu', 'Home', 'Events', 'Membership', 'News', 'Volunteer', 'Tags', 'Shop news', 'Co-op meetings',
    'Comments', ...dComments.flatMap((c) => [c.h, c.p]), 'Reply', 'Add new comment', 'Your name', 'Comment', 'RSS feed', 'Powered by Drupal',
  ],
};

const xTitle = 'Dunmere Spring Record Fair';
const xWhen = ['Sunday 9 May 2027, 10am to 4pm', 'The Assembly Rooms, Castle Street, Dunmere'];
const xIntro = j(
  'Forty stalls of new and second-hand vinyl, CDs, tapes and music memorabilia under one roof. Dealers are coming from',
  'as far as Glasgow and Bristol, and there will be a record-cleaning stand, a turntable repair bench and bacon rolls all day.',
);
const xEarly = 'Early bird entry from 9am costs £5. General entry from 10am is £1, and under-16s go free.';
const xStallH = 'Stallholders';
const xStall = j(
  'Tables are £30 for the day, including a chair and a power point on request. Setting up is from 7.30am. We have eight',
  'tables left at the time of writing.',
);
const xGetH = 'Getting there';
const xGet = j(
  'The Assembly Rooms are a five-minute walk from Dunmere station. The Castle Street car park is free on Sundays, and there',
  'is level access through the side door on Mill Lane.',
);
const xNav = ['Home', 'Upcoming Fairs', 'Book a Table', 'Gallery', 'Contact'];
const xRich = (tag: string, cls: string, text: string, id: string): string => `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 comp-${id} wixui-rich-text"
data-testid="richTextElement"><${tag} class="${cls} wixui-rich-text__text"><span class="wixui-rich-text__text">${esc(text)}</span></${tag}></div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/aa1b_favicon.png">
<title>Spring Fair | Dunmere Record Fairs</title><meta name="description" content="Forty stalls of new and second-hand vinyl under one roof.">
<link rel="canonical" href="https://dunmererecordfairs.wixsite.com/fairs/spring-fair"><meta property="og:title" content="Spring Fair | Dunmere Record Fairs">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Event","name":"${xTitle}","startDate":"2027-05-09T10:00",
"location":{"@type":"Place","name":"The Assembly Rooms","address":"Castle Street, Dunmere"}}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["cookieConsent","freemiumBanner"],"site":{"isWixSite":true}}</script>
<style id="css_masterPage">#comp-lq2x1{--min-height:60px;} .font_0{font: normal normal bold 54px/1.2em oswald-medium,sans-serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mStUp4">top of page</span></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<div id="WIX_ADS" class="ytGGBw ku3DBC"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow" class="zYjwan"><span class="ZZbyds">This site was designed with the <span
class="ISrsNv">Wix</span>.com website builder. Create your website today.</span>
<span class="_TM6Jj">Start Now</span></a></div>
<header id="SITE_HEADER" class="xTjc1A tj1Ajb wixui-header" tabindex="-1"><div class="Wh6OB9">
<div data-mesh-id="SITE_HEADERinlineContent" class="SITE_HEADERinlineContent">
${xRich('p', 'font_6', 'Dunmere Record Fairs', 'hdr1')}
<nav id="comp-kx1navmenu" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://dunmererecordfairs.wixsite.com/fairs/${t.toLowerCase().replace(/ /g, '-')}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__container">
<span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX">
<div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lq2x0" tabindex="-1" class="Oqnisf comp-lq2x0 wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lq2x0inlineContent">
${xRich('h1', 'font_0', xTitle, 'lq2x1')}
${xWhen.map((w, i) => xRich('p', 'font_7', w, `lq2x${2 + i}`)).join('\n')}
<div id="comp-lq2x9" class="comp-lq2x9 R6ex7N" data-semantic-classname="button">
<a data-testid="linkElement" href="https://dunmererecordfairs.wixsite.com/fairs/book-a-table"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book a Table</span></a></div></div></section>
<section id="comp-lq3a0" class="Oqnisf comp-lq3a0 wixui-section" data-block-level-container="ClassicSection"><div data-mesh-id="comp-lq3a0inlineContent">
<div id="comp-lq3a1" class="HcOXKn c9GqVL QxJLC3 comp-lq3a1 wixui-rich-text"
data-testid="richTextElement">${ps([xIntro, xEarly], ' class="font_8 wixui-rich-text__text"')}</div>
<wow-image id="img_comp-lq3a2" class="HlRz5e BI8PVQ" data-image-info="{}">
<img src="https://static.wixstatic.com/media/aa1b_stalls.jpg/v1/fill/w_940,h_520/stalls.jpg"
alt="Stalls at the autumn fair" style="width:940px;height:520px;object-fit:cover"></wow-image>
${xRich('p', 'font_9', 'The autumn fair, October 2026', 'lq3a3')}
${xRich('h2', 'font_2', xStallH, 'lq3a4')}
${xRich('p', 'font_8', xStall, 'lq3a5')}
${xRich('h2', 'font_2', xGetH, 'lq3a6')}
${xRich('p', 'font_8', xGet, 'lq3a7')}</div></section></div></div></main>
<footer id="SITE_FOOTER" class="xTjc1A tj1Ajb wixui-footer" tabindex="-1"><div class="Wh6OB9"><div data-mesh-id="SITE_FOOTERinlineContent">
${xRich('h5', 'font_5', 'Join our mailing list', 'ftr1')}
<form id="comp-ftr2" class="JVi7i2 comp-ftr2 wixui-form"><div class="wixui-text-input">
<label for="input_comp-ftr3" class="wixui-text-input__label">Email *</label>
<input type="email" id="input_comp-ftr3" class="KvoMHf has-custom-focus wixui-text-input__input" required></div>
<div class="comp-ftr4 R6ex7N" data-semantic-classname="button"><button class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Subscribe</span></button></div>
<div class="wixui-rich-text" style="visibility:hidden"><p class="font_8">Thanks for submitting!</p></div></form>
${xRich('p', 'font_9', '© 2027 by Dunmere Record Fairs. Proudly created with Wix.com', 'ftr5')}</div></div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mStUp4">bottom of page</span></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="_1vn8l" role="region" aria-label="Cookie banner">
<div data-hook="consent-banner-content-container"
class="_3Tu5S"><p data-hook="consent-banner-text" class="_2rq6y">This website uses cookies. By accepting, you agree to our use of such cookies.
<a data-hook="consent-banner-policy-link" href="/privacy-policy">Privacy Policy</a></p><div class="_2UXxq"><button data-hook="consent-banner-settings-button"
class="_1xEH8">Settings</button><button data-hook="consent-banner-decline-button" class="_3PqXH">Decline</button>
<button data-hook="consent-banner-apply-button"
class="_2-vLa">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.dcf5a7e0.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout575-wix-record-fair',
  kind: 'news',
  html: xHtml,
  title: xTitle,
  headings: [xStallH, xGetH],
  body: texts([...xWhen, xIntro, xEarly, xStall, xGet]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Dunmere Record Fairs', 'Home', 'Upcoming Fairs',
    'Book a Table', 'Gallery', 'Contact', 'The autumn fair, October 2026', 'Join our mailing list', 'Email *', 'Subscribe',
    '© 2027 by Dunmere Record Fairs. Proudly created with Wix.com',
    'This website uses cookies. By accepting, you agree to our use of such cookies. Privacy Policy',
    'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT575_F: readonly TestPage[] = [drupal, wix];
