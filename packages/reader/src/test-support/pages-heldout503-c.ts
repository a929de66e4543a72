import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, settle, trs } from './pages-heldout503-kit.js';

/**
 * Held-out batch 503, file c: a bowling and arcade venue's opening-hours notice as a Shopify blog article (Dawn theme), and an
 * escape room company's FAQ page on HubSpot CMS with an accordion.
 */
const hTitle = 'Christmas and New Year opening hours';
const hDate = 'December 1, 2026';
const hIntro = [
  j(
    'Our lanes, arcade and diner will be open for most of the holidays, but our hours change for a few days at the end of the',
    'month. Please check the times below before you travel.',
  ),
];
const hRows = [
  ['Monday 21 to Tuesday 23 December', '10am to 11pm'],
  ['Wednesday 24 December', '10am to 4pm'],
  ['Thursday 25 December', 'Closed'],
  ['Friday 26 December', '12pm to 10pm'],
  ['Saturday 27 to Tuesday 30 December', '10am to 11pm'],
  ['Wednesday 31 December', '10am to 6pm'],
  ['Thursday 1 January', '12pm to 8pm'],
];
const hH1 = 'Booking over the holidays';
const hBook = [
  j(
    'Lanes on Boxing Day and between Christmas and New Year sell out quickly, so we strongly recommend booking online. Walk-ins are',
    'welcome, but we cannot promise a lane.',
  ),
  j(
    'Our festive bowling package (two games, a main course and a dessert) runs from 1 to 24 December. Gift cards bought in our',
    'online shop before 18 December will be posted in time for Christmas; e-gift cards can be sent right up to the day.',
  ),
];
const hH2 = 'Last games';
const hLast = ['The last game on every lane starts one hour before closing. The arcade closes 30 minutes before the building.'];
const hSign = 'Happy holidays from all the team at Pinfall Social!';
const hAuthor = 'Pinfall Social';
const hMenu = ['Home', 'Book a lane', 'Gift cards', 'Merch', 'News', 'Contact'];
const hFootQ = ['Search', 'Gift card balance', 'Refund policy', 'Terms of service'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://pinfallsocial.co.uk/blogs/news/christmas-and-new-year-opening-hours">
<title>Christmas and New Year opening hours &ndash; Pinfall Social</title>
<meta name="description" content="Our lanes, arcade and diner will be open for most of the holidays.">
<meta property="og:site_name" content="Pinfall Social"><meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<script src="//pinfallsocial.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceId":604221}};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//pinfallsocial.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on gift cards over £30</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container">
<summary class="header__icon header__icon--menu" aria-label="Menu"><span><svg class="icon icon-hamburger"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Pinfall Social</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${hMenu
  .map((m) => `<li><a href="/" class="header__menu-item list-menu__item link link--text focus-inset"><span>${m}</span></a></li>`)
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-label="Search">
<span><svg class="icon icon-search"></svg></span></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--article__main" class="shopify-section section"><article class="article-template">
<div class="article-template__hero-container"><div class="article-template__hero-medium media"><img src="//pinfallsocial.co.uk/cdn/shop/articles/lanes-xmas.jpg"
alt="Lanes decorated for Christmas" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${hTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-12-01T10:00:00Z">${hDate}</time></span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details><summary class="share-button__button">
<svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback"><label class="field__label">Link</label>
<input type="text" class="field__input" value="https://pinfallsocial.co.uk/blogs/news/christmas-and-new-year-opening-hours" readonly>
<button class="share-button__close hidden"><span class="visually-hidden">Close share</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte">
${ps(hIntro)}
<table><thead><tr><th>Day</th><th>Opening hours</th></tr></thead><tbody>${trs(hRows)}</tbody></table>
<h3>${hH1}</h3>${ps(hBook)}
<h3>${hH2}</h3>${ps(hLast)}
<p><strong>${hSign}</strong></p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/news/christmas-and-new-year-opening-hours/comments" id="CommentForm" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field"><input type="email" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label>
</div></div><div class="field"><textarea id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"${hAuthor}"}}</script>
</section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(hFootQ, 'list-menu__item link link--text')}</ul></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Pinfall Social</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div></div></footer></div>
<script src="//pinfallsocial.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopifyHours: TestPage = {
  name: 'heldout503-shopify-holiday-hours',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2],
  body: texts([...hIntro, ...rowTexts(hRows), ...hBook, ...hLast, hSign]),
  bylines: [hDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on gift cards over £30', 'Pinfall Social', ...hMenu, 'Share', 'Link', 'Back to blog', 'Leave a comment',
    'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Quick links', ...hFootQ,
    'Subscribe to our emails', '© 2026, Pinfall Social', 'Powered by Shopify',
  ],
};

const qTitle = 'Frequently Asked Questions';
const qIntro = 'Everything you need to know before your first escape. Can’t find your answer? Call us on 0161 555 0199.';
const qAll: readonly (readonly [string, string])[] = [
  ['How many people do I need?', 'Most rooms take 2 to 6 players. Vault 13 takes up to 8. We find 4 is the sweet spot for a first game.'],
  [
    'Is it scary?',
    'No. None of our rooms have actors or jump scares. The Ward is darker than the others and has some eerie sounds, so we suggest it for 14s and over.',
  ],
  [
    'Will we be locked in?',
    j(
      'Never. The door to every room stays unlocked and you can leave at any time, for example to use the toilet. Your game',
      'clock keeps running while you are out.',
    ),
  ],
  ['What if we get stuck?', 'Your games master watches the game and will send a hint on the screen when you ask for one. There is no limit on hints.'],
  [
    'Can I bring my phone?',
    'Phones, bags and coats go in our free lockers before the game. Photos inside the rooms are not allowed, but we take a team photo at the end.',
  ],
  ['Do you do gift vouchers?', 'Yes, for any amount from £20, valid for 12 months. They can be used for any room and for our party packages.'],
];
const qNav = ['Rooms', 'Pricing', 'Gift Vouchers', 'Team Building', 'FAQ'];
const qCta = 'Still have a question?';
const qFoot = ['Clue Street Escape Rooms', '27 Tib Lane, Manchester M2 4JB', 'Privacy', 'Cookie settings', 'Terms', '© 2026 Clue Street Ltd'];
const qItem = (q: readonly [string, string], i: number): string => `<div class="accordion__item" data-index="${i}">
<button class="accordion__toggle" aria-expanded="${i === 0 ? 'true' : 'false'}" aria-controls="faq-panel-${i}"><h3 class="accordion__title">${q[0]}</h3>
<span class="accordion__icon" aria-hidden="true">+</span></button>
<div class="accordion__panel" id="faq-panel-${i}" role="region"><div class="accordion__content"><p>${q[1]}</p></div></div></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FAQ | Clue Street Escape Rooms Manchester</title>
<link rel="shortcut icon" href="https://www.cluestreet.co.uk/hubfs/favicon.png">
<meta name="description" content="Answers to common questions about our escape rooms.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:url" content="https://www.cluestreet.co.uk/faq">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.cluestreet.co.uk/hubfs/hub_generated/template_assets/1/81234567/1705000000000/template_main.min.css">
<link rel="stylesheet" href="https://www.cluestreet.co.uk/hubfs/hub_generated/module_assets/1/81234600/1705000000000/module_accordion.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"How many people do I need?"}]}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-81234999 hs-site-page page">
<div data-global-resource-path="cluestreet-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo">
<a href="/" id="hs-link-site_logo"><img src="https://www.cluestreet.co.uk/hubfs/logo.svg" class="hs-image-widget" alt="Clue Street Escape Rooms"></a>
</span></div>
<div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(qNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></span></div>
<div class="header__button"><a class="button" href="/book">Book Now</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--faq">
<div class="row-fluid-wrapper"><div class="row-fluid"><div class="span12 widget-span widget-type-cell" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column">
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1705000111" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text">
<span id="hs_cos_wrapper_widget_1705000111_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text">
<h1 style="text-align: center;">${qTitle}</h1><p style="text-align: center;">${qIntro}</p></span></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1705000222" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="accordion">
${qAll.map(qItem).join('\n')}</div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="cta-banner"><h2 class="cta-banner__title">${qCta}</h2>
<p class="cta-banner__text">Our team answers emails within a day.</p>
<span class="hs-cta-wrapper" id="hs-cta-wrapper-4a7b"><span class="hs-cta-node hs-cta-4a7b" id="hs-cta-4a7b">
<a href="https://cta-redirect.hubspot.com/cta/redirect/81234/4a7b"
class="cta_button">Contact us</a></span><script>hbspt.cta.load(81234, '4a7b', {"useNewLoader":"true"});</script></span></div></div></div></div></div>
</div></div></div></div></div></div></div></main>
<div data-global-resource-path="cluestreet-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p class="footer__brand">${qFoot[0]}</p><p class="footer__address">${qFoot[1]}</p><ul class="footer__links">${links(qFoot.slice(2, 5))}</ul>
<p class="footer__copyright">${qFoot[5]}</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="eu">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to
improve your website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.3/embed.js"></script>
<script async defer src="//js.hs-scripts.com/81234.js" id="hs-script-loader"></script></body></html>`;
const hubspotFaq: TestPage = {
  name: 'heldout503-hubspot-escape-faq',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qAll.map((q) => q[0]),
  body: texts([qIntro, ...qAll.map((q) => q[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...qNav, 'Book Now', qCta, 'Our team answers emails within a day.', 'Contact us', ...qFoot,
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT503_C: readonly TestPage[] = [shopifyHours, hubspotFaq].map(settle);
