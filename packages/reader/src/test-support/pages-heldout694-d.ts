import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout694-kit.js';

/**
 * Held-out batch 694, file d: a caravan dealer's blog article on its Shopify accessories shop (Dawn theme, announcement bar,
 * share button, comment form, newsletter footer), and a motorhome hire firm's hire terms page on Webflow.
 */
const sTitle = 'What happens in our pre-delivery inspection';
const sIntro = j(
  'Before any caravan leaves Glenside, new or used, it goes through a four-hour pre-delivery inspection (PDI) in our workshop.',
  'Customers often ask what that actually involves, so we asked our workshop manager, Callum, to walk us through it.',
);
const sChecks = [
  'A full damp survey with a calibrated meter at more than 40 points, with the readings written on your handover sheet.',
  'A gas tightness test and a check of every appliance: hob, oven, fridge, heater and water heater.',
  'A test of the 230V and 12V systems, including an RCD trip test and a check of the leisure battery charger.',
  'Road gear checks: brakes adjusted, wheel bearings checked, tyre pressures set and wheel nuts torqued.',
  'Running gear, lights, jockey wheel and corner steadies lubricated and tested.',
];
const sMore = [
  j(
    '"The damp test is the one people care about most," says Callum, "and quite rightly. A van that reads dry at handover and',
    'has a service record behind it holds its value far better."',
  ),
  j(
    'Once the checks are done the caravan is valeted inside and out and the water system is sanitised. We then book you in for a',
    'handover of about an hour and a half, where we show you how everything works, hitch up with you and check your towing mirrors.',
  ),
];
const sEnd = 'The PDI is included in the price of every caravan we sell. There is nothing extra to pay.';
const sCheckH = 'What we check';
const sHandH = 'Valeting and handover';
const sNav = ['Shop all', 'Awnings', 'Leisure batteries', 'Water and waste', 'Caravans for sale', 'Blog'];
const sFootLinks = ['Search', 'Delivery information', 'Refund policy', 'Privacy policy', 'Terms of service', 'Contact us'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://shop.glensidecaravans.co.uk/blogs/news/what-happens-in-our-pre-delivery-inspection">
<title>${sTitle} &ndash; Glenside Caravans</title><meta name="description" content="${sIntro.slice(0, 150)}">
<meta property="og:site_name" content="Glenside Caravans"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//shop.glensidecaravans.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712228511" defer="defer"></script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "glenside-caravans.myshopify.com"; Shopify.theme = {"name":"Dawn","id":136612151421,
"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2025-02-18T09:30:00Z"}</script>
<link href="//shop.glensidecaravans.co.uk/cdn/shop/t/4/assets/base.css?v=127867003511637661291712228511" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17012345__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on accessory orders over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--17012345__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header class="header-wrapper
color-scheme-1 gradient"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu"
aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Glenside Caravans</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, '')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17012399__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-adapt media">
<img srcset="//shop.glensidecaravans.co.uk/cdn/shop/articles/pdi.jpg?v=1708248600&amp;width=1100 1100w"
src="//shop.glensidecaravans.co.uk/cdn/shop/articles/pdi.jpg?v=1708248600&amp;width=1100" loading="eager" width="1100" height="733"
alt="Callum with a damp meter"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2025-02-18T09:30:00Z">February 18, 2025</time></span>
<span itemprop="author">Sian Morgan</span></header>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--17012399__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-share-template--17012399__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--17012399__main" class="share-button__message hidden" role="status">
</span><input type="text" class="field__input" value="https://shop.glensidecaravans.co.uk/blogs/news/what-happens-in-our-pre-delivery-inspection" readonly>
<label class="field__label">Link</label><button class="share-button__close hidden no-js-hidden"><span class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody"><p>${sIntro}</p>
<h2>${sCheckH}</h2><ol>${lis(sChecks)}</ol><h2>${sHandH}</h2>${ps(sMore)}<p><strong>${sEnd}</strong></p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/news/what-happens-in-our-pre-delivery-inspection/comments#comment_form" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span>
</label></div>
<div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div>
<div class="field field--with-error"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" placeholder="Comment">
</textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--17012346__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div>
<div class="footer-block__details-content"><ul class="list-unstyled">${links(sFootLinks, '')}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2025, <a href="/" title="">Glenside Caravans</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></footer>
<script>window.shopUrl = 'https://shop.glensidecaravans.co.uk'; window.routes = {cart_add_url: '/cart/add'};</script></body></html>`;
const pdi: TestPage = page({
  name: 'heldout694-shopify-pdi-article',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sCheckH, sHandH],
  body: [sIntro, ...sChecks, ...sMore, sEnd],
  bylines: ['February 18, 2025', 'Sian Morgan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on accessory orders over £60', 'Glenside Caravans', ...sNav, 'Log in', 'Cart', 'Share',
    'Back to blog', 'Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.',
    'Subscribe to our emails', ...sFootLinks, '© 2025, Glenside Caravans', 'Powered by Shopify',
  ],
});

const fTitle = 'Hire terms and conditions';
const fDek = 'The short version of what you are agreeing to when you hire a campervan or motorhome from Roamwild.';
const fSecs: [string, string[], string[]][] = [
  [
    'Who can drive',
    [j('All drivers must be aged between 25 and 75 and have held a full UK or EU driving licence for at least three years.')],
    [
      'No more than 6 penalty points and no driving convictions in the last five years',
      'A DVLA check code, generated no more than 21 days before collection',
      'Drivers of our 4.25 tonne coachbuilts need a C1 entitlement if they passed their test after 1 January 1997',
    ],
  ],
  [
    'Deposit and payment',
    [
      j(
        'A booking deposit of 25% secures your dates. The balance is due 42 days before collection. A refundable security deposit',
        'of £1,250 is taken by card on the day and released within 7 days of return, once the van has been checked.',
      ),
    ],
    [],
  ],
  [
    'Insurance and excess',
    [
      j(
        'Fully comprehensive insurance is included for named drivers, with an excess of £1,250 per claim. You can reduce the',
        'excess to £250 by adding Excess Cover for £15 per night when you book.',
      ),
    ],
    [],
  ],
  [
    'Mileage, fuel and pets',
    [
      'Every hire includes 200 miles per night. Extra miles are charged at 25p per mile.',
      'Vans are handed over with a full tank of diesel and AdBlue and must be returned full, or we charge £2.50 per litre.',
      'Up to two dogs are welcome in our pet-friendly vans for a £60 cleaning fee. Please bring their own bedding.',
    ],
    [],
  ],
  [
    'Cancellations',
    [
      j(
        'If you cancel more than 60 days before collection we refund everything except a £150 admin fee. Between 60 and 21 days',
        'we keep the booking deposit, and within 21 days the full hire charge is payable unless we can re-let the dates.',
      ),
    ],
    [],
  ],
];
const fNav = ['Our Vans', 'Prices', 'Where to Go', 'FAQs', 'Book Now'];
const fFoot = ['Hire Terms', 'Privacy', 'Cookies', 'Instagram'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Mon Feb 03 2025 10:14:52 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.roamwildcampers.co.uk" data-wf-page="65b7a2c91f0e3d0012ab44c1" data-wf-site="65b7a2c91f0e3d0012ab4410" lang="en"><head>
<meta charset="utf-8">
<title>Hire Terms | Roamwild Campervan &amp; Motorhome Hire</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b7a2c91f0e3d0012ab4410/css/roamwild.webflow.a1b2c3d4e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65b7a2c91f0e3d0012ab4410/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext ol li{margin-bottom:.5rem}</style></div>
<div data-animation="default" class="navbar_component w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-no-scroll="1"
data-duration="400"><div class="navbar_container"><a href="/" class="navbar_logo-link w-nav-brand">
<img src="https://assets-global.website-files.com/65b7a2c91f0e3d0012ab4410/logo.svg"
loading="lazy" alt="Roamwild" class="navbar_logo"></a><nav role="navigation" class="navbar_menu w-nav-menu"><div class="navbar_menu-links">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="navbar_link w-nav-link">${t}</a>`).join('\n')}</div></nav>
<div class="navbar_menu-button w-nav-button"><div class="menu-icon"><div class="menu-icon_line-top"></div><div class="menu-icon_line-bottom"></div></div>
</div></div></div>
<main class="main-wrapper"><header class="section_legal-header"><div class="padding-global"><div class="container-small"><div class="padding-section-medium">
<div class="text-size-small text-weight-semibold">Legal</div><h1 class="heading-style-h2">${fTitle}</h1><p class="text-size-medium">${fDek}</p>
<div class="legal-updated"><div class="text-size-small">Last updated:</div><div class="text-size-small">3 February 2025</div></div></div></div></div></header>
<section class="section_legal-content"><div class="padding-global"><div class="container-small"><div class="padding-section-small">
<div class="text-rich-text w-richtext">${fSecs.map(([h, p, l]) => `<h2>${h}</h2>\n${ps(p)}${l.length > 0 ? `<ul role="list">${lis(l)}</ul>` : ''}`).join('\n')}
<p>‍</p></div>
<div class="legal-download">
<a href="https://assets-global.website-files.com/65b7a2c91f0e3d0012ab4410/roamwild-hire-terms-2025.pdf" class="button is-secondary w-button">
Download full terms (PDF)</a></div></div></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="container-large"><div class="cta_component">
<h2 class="heading-style-h3">Ready to hit the road?</h2>
<a href="/book-now" class="button w-button">Check availability</a></div></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="footer_top-wrapper"><div class="footer_left-wrapper">
<div class="text-size-small">Roamwild Ltd, Unit 4 Haddon Yard, Bakewell Road, Ashford DE45 1QT</div></div>
<div class="w-layout-grid footer_menu-wrapper">${fFoot
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="footer_link">${t}</a>`,
  )
  .join('\n')}</div></div>
<div class="footer_credit-text">© 2025 Roamwild Ltd. All rights reserved.</div></div></footer></div>
<div class="cookie-popup" fs-cc="banner">
<div class="cookie-popup_text">We use cookies to see how people use our site. <a href="/cookies" class="text-link">Find out more</a></div>
<div class="cookie-popup_buttons"><a fs-cc="deny" href="#" class="button is-small is-secondary w-button">Decline</a>
<a fs-cc="allow" href="#" class="button is-small w-button">Accept</a>
</div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b7a2c91f0e3d0012ab4410" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65b7a2c91f0e3d0012ab4410/js/webflow.3f5c1a2b.js" type="text/javascript"></script></body></html>`;
const hireTerms: TestPage = page({
  name: 'heldout694-webflow-hire-terms',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fSecs.map(([h]) => h),
  body: [fDek, ...fSecs.flatMap(([, p, l]) => [...p, ...l])],
  bylines: ['Last updated:', '3 February 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Legal', 'Download full terms (PDF)', 'Ready to hit the road?', 'Check availability',
    'Roamwild Ltd, Unit 4 Haddon Yard, Bakewell Road, Ashford DE45 1QT',
    ...fFoot, '© 2025 Roamwild Ltd. All rights reserved.', 'We use cookies to see how people use our site.', 'Find out more', 'Decline', 'Accept',
  ],
});

export const HELDOUT694_D: readonly TestPage[] = [pdi, hireTerms];
