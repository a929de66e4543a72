import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, gold, j, lis, rowTexts, trs } from './pages-heldout540-kit.js';

/**
 * Held-out batch 540, file a: a board game café's cover charge and house rules page on Squarespace 7.1, and a comic shop's
 * pull-list page on Shopify (Dawn theme).
 */
const sTitle = 'Cover Charge & House Rules';
const sIntro = j(
  'The Meeple Lantern is a games café first and a café second. Your cover charge keeps our library of more than 700 games',
  'on the shelves, sleeved and complete, and pays the game guides who teach you the rules at your table.',
);
const sCover = [
  ['Weekdays before 5 pm', '£4 per person', 'No time limit'],
  ['Weekday evenings', '£6 per person', 'Tables for 3 hours when booked'],
  ['Saturdays and Sundays', '£7 per person', 'Tables for 3 hours when booked'],
  ['Under 12s', '£3', 'Must be with a paying adult'],
];
const sCoverNote = j(
  'Cover is paid once at the counter when you arrive. If you leave and come back on the same day, show your wristband and',
  'there is nothing more to pay. Lantern Club members play free on weekdays.',
);
const sRules = [
  'Please order something from the counter within your first hour: a drink counts.',
  'Ask a game guide before you take a game marked with a red dot. These are fragile or have many small parts.',
  'Keep drinks on the side tables, not on the game board. We provide a drinks ledge at every table for this reason.',
  'Put every piece back in its bag and the box back on the shelf it came from, or leave it on the returns trolley.',
  'If a piece goes missing, tell us. Nobody is charged for a lost meeple; we just want to know.',
  'Outside games are welcome on weekdays. The cover charge still applies.',
];
const sFood = j(
  'Hot food is served until 8 pm. Greasy fingers and cards do not mix, so we bring a finger bowl with every plate of wings',
  'and ask you to finish eating before you shuffle.',
);
const sBook = j(
  'Tables can be booked online for groups of up to eight. Walk-ins are always welcome, but on Friday and Saturday evenings',
  'we are often full from 7 pm.',
);
const sNav = ['Games Library', 'Menu', 'Events', 'Book a Table', 'Lantern Club', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'TikTok'];
const sHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(sTitle)} &mdash; The Meeple Lantern</title><base href=""><link rel="canonical" href="https://www.meeplelantern.co.uk/house-rules">
<meta property="og:site_name" content="The Meeple Lantern"><meta property="og:title" content="${esc(sTitle)} &mdash; The Meeple Lantern">
<meta itemprop="name" content="${esc(sTitle)} — The Meeple Lantern"><meta name="twitter:card" content="summary">
<script type="application/ld+json">{"url":"https://www.meeplelantern.co.uk","name":"The Meeple Lantern",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"The Meeple Lantern Ltd","address":"14 Coopers Row, Harrowgate Cross","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","websiteId":"61c2f0b7a9"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61c2f0b7a9/14/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-61c2f2d4e8" class="tweak-global-animations-enabled header-width-full tweak-transparent-header primary-button-style-solid
 form-field-style-solid collection-type-page collection-layout-default view-item">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar" data-test="announcement-bar"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text"><p>Closed Monday 25 May for a stocktake. Open as usual from Tuesday.</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title">The Meeple Lantern</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${n.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book-a-table">Book Now</a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items">
<button class="header-burger-btn burger" aria-label="Open Menu" aria-expanded="false">
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="bottom-bun"></div></div></div>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61c2f2d4e8a1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="61c2f2d4e8a2">
<div class="section-background"></div><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"
 id="page-section-61c2f2d4e8a2"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1640"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${esc(sTitle)}</h1><p class="" style="white-space:pre-wrap;">${sIntro}</p>
<h2 style="white-space:pre-wrap;">What the cover charge costs</h2></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_1_1641"><div class="sqs-block-content">
<table class="lantern-prices"><thead><tr><th>When</th><th>Cover</th><th>Table time</th></tr></thead><tbody>
${trs(sCover)}
</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1642"><div class="sqs-block-content">
<div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">${sCoverNote}</p>
<h2 style="white-space:pre-wrap;">House rules</h2>
<ol data-rte-list="default">${lis(sRules.map((r) => `<p class="" style="white-space:pre-wrap;">${r}</p>`))}</ol>
<h3 style="white-space:pre-wrap;">Food at the table</h3><p class="" style="white-space:pre-wrap;">${sFood}</p>
<h3 style="white-space:pre-wrap;">Booking</h3><p class="" style="white-space:pre-wrap;">${sBook}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/book-a-table" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a table</a></div></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed dark">
<div class="content-wrapper">
<div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="61c2f3">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">The Lantern Letter</h2>
<div class="newsletter-form-header-description"><p>New games, event nights and the odd free cover, once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email"
 type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button
 sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
<div class="form-submission-text hidden">Thank you!</div></form></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section black">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;"><strong>The Meeple Lantern</strong></p>
<p class="" style="white-space:pre-wrap;">14 Coopers Row, Harrowgate Cross HG4 7TT</p>
<p class="" style="white-space:pre-wrap;">Tue–Thu 11–10 · Fri–Sat 11–midnight · Sun 11–8</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav class="sqs-svg-icon--list">
${sFoot
  .map(
    (f) => `<a href="https://${f.toLowerCase()}.com/meeplelantern" class="sqs-svg-icon--wrapper" aria-label="${f}">
<span class="sqs-svg-icon--social"></span></a>`,
  )
  .join('')}
</nav></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">© 2026 The Meeple Lantern Ltd. Company no. 13800417</p></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to understand how visitors use our site and to remember your preferences.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline" type="button">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept" type="button">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout540-games-cafe-cover-charge',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['What the cover charge costs', 'House rules', 'Food at the table', 'Booking'],
  body: [sIntro, ...rowTexts(sCover), sCoverNote, ...texts(sRules), sFood, sBook],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Closed Monday 25 May for a stocktake. Open as usual from Tuesday.', 'The Meeple Lantern', ...sNav, 'Book Now', 'Book a table',
    'The Lantern Letter', 'New games, event nights and the odd free cover, once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    '14 Coopers Row, Harrowgate Cross HG4 7TT', 'Tue–Thu 11–10 · Fri–Sat 11–midnight · Sun 11–8', '© 2026 The Meeple Lantern Ltd. Company no. 13800417',
    'We use cookies to understand how visitors use our site and to remember your preferences.', 'Decline', 'Accept',
  ],
};

const pTitle = 'Pull List Subscriptions';
const pIntro = j(
  'Never miss an issue again. A pull list is a standing order: tell us which series you follow and we set a copy aside for you',
  'every New Comic Day, bagged and boarded, in a box with your name on it behind the counter.',
);
const pSteps = [
  'Fill in the pull list form in store or email us the titles you want, with the publisher if you know it.',
  'Choose whether you want variant covers. We pull the main cover unless you ask otherwise.',
  'Collect your box at least once every four weeks. We hold books for 28 days.',
];
const pQs = ['Does it cost anything?', 'Can I add or drop titles?', 'What if a book is late or cancelled?', 'Can you post my comics?'];
const pAs = [
  j(
    'No. There is no sign-up fee. Pull list customers get 10% off every comic in their box, and 15% once the list reaches',
    'twelve ongoing titles. You pay when you collect.',
  ),
  j(
    'Any time. Changes made before the Friday order cut-off apply about five weeks later, since that is how far ahead we order',
    'from the distributors. Anything already ordered for you still comes in your box.',
  ),
  'We only charge for what arrives. Cancelled issues drop off your list automatically and we let you know by email.',
  j(
    'Yes, within the UK. Postage is a flat £4.50 for each monthly parcel, sent on the first Thursday of the month in a rigid',
    'mailer. Orders over £60 go free.',
  ),
];
const pOutro = 'Questions we have not answered here? Ask Dev or Rosa at the counter, or message us on Instagram.';
const pAnnounce = 'Free UK shipping on orders over £60';
const pNav = ['Home', 'New This Week', 'Graphic Novels', 'Manga', 'Pull Lists', 'Gift Cards', 'Visit Us'];
const pFootLinks = ['Search', 'Shipping Policy', 'Refund Policy', 'Contact'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://gutterspacecomics.co.uk/pages/pull-lists">
<title>${pTitle}\n&ndash; Gutter Space Comics</title><meta name="description" content="Never miss an issue again. A pull list is a standing order.">
<meta property="og:site_name" content="Gutter Space Comics"><meta property="og:type" content="website"><meta property="og:title" content="${pTitle}">
<script src="//gutterspacecomics.co.uk/cdn/shop/t/3/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; 
window.ShopifyAnalytics.meta = {"page":{"pageType":"page","resourceType":"page","resourceId":10871}};</script>
<style data-shopify>:root { --font-body-family: Assistant, sans-serif; --page-width: 120rem; }</style>
<link href="//gutterspacecomics.co.uk/cdn/shop/t/3/assets/base.css?v=14474" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--1662__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-4 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>${pAnnounce}</span></p></div></div></div></div></div>
<div id="shopify-section-sections--1662__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
 class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu"
 aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//gutterspacecomics.co.uk/cdn/shop/files/gsc-logo.png"
 alt="Gutter Space Comics" width="180" height="60" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (n) => `<li><a href="/${n.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${n}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset
 modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg>
<span class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div><!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1663__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--1663__main-padding">
<h1 class="main-page-title page-title h0 scroll-trigger animate--fade-in">${pTitle}</h1>
<div class="rte scroll-trigger animate--slide-in"><p>${pIntro}</p>
<h2>How it works</h2><ol>${lis(pSteps)}</ol>
<h2>Questions</h2>
${pQs.map((q, i) => `<h3>${q}</h3>\n<p>${pAs[i] ?? ''}</p>`).join('\n')}
<p><em>${pOutro}</em></p></div></div></section>
<section id="shopify-section-template--1663__rich_text" class="shopify-section section"><div class="isolate">
<div class="rich-text content-container color-scheme-2
 gradient rich-text--full-width content-container--full-width section-template--1663__rich_text-padding">
<div class="rich-text__wrapper rich-text__wrapper--center page-width">
<div class="rich-text__blocks center"><h2 class="rich-text__heading rte inline-richtext h1">Start your pull list</h2>
<div class="rich-text__text rte"><p>It takes two minutes at the counter.</p></div>
<div class="rich-text__buttons"><a href="/pages/contact" class="button button--primary">Email us your list</a></div></div></div></div></div></section></main>
<!-- BEGIN sections: footer-group --><div id="shopify-section-sections--1664__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--1664__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter scroll-trigger animate--slide-in"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--1664__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--1664__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
 name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div>
<div class="footer-block__details-content"><ul class="list-unstyled">${pFootLinks
  .map(
    (l) => `<li>
<a href="/pages/${l.toLowerCase()}" class="link link--text list-menu__item
 list-menu__item--link">${l}</a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Gutter Space Comics</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></div>
</footer></div><!-- END sections: footer-group -->
<script>window.shopUrl = 'https://gutterspacecomics.co.uk'; window.routes = { cart_add_url: '/cart/add' };</script></body></html>`;
const shopify: TestPage = {
  name: 'heldout540-comic-shop-pull-list',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['How it works', 'Questions', ...pQs],
  body: [pIntro, ...pSteps, ...pAs, pOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', pAnnounce, ...pNav, 'Log in', 'Cart', 'Start your pull list',
    'It takes two minutes at the counter.', 'Email us your list', 'Subscribe to our emails', 'Email', ...pFootLinks, '© 2026, Gutter Space Comics',
    'Powered by Shopify',
  ],
};

export const HELDOUT540_A: readonly TestPage[] = [gold(squarespace), gold(shopify)];
