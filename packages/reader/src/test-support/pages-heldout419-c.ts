import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout419-kit.js';

/**
 * Held-out batch 419, file c: a returns portal page of a Shopify store on the Dawn theme (announcement bar, header menu, the
 * main-page section with the returns start form, a rich-text "need help" section, newsletter sign-up, footer with payment
 * icons) and a post office's service-update notice on an Atlassian Statuspage incident page (subscribe button, incident
 * updates with their status labels and timestamps, affected components, "Powered by Atlassian Statuspage").
 */
const sTitle = 'Start a return';
const sBody = [
  j(
    'We want you to love what you ordered from Fernhollow. If something is not right, you can return unused items within 30 days of',
    'delivery for a refund to your original payment method, or within 60 days for store credit.',
  ),
  'Enter your order number and the email address you used at checkout below. You will then be able to:',
];
const sList = [
  'choose the items you want to send back and tell us why',
  'print a prepaid label, or show a QR code at any Linnet Post counter',
  'choose a refund, an exchange for another size, or store credit',
];
const sBody2 = [
  j(
    'Returns are free for orders delivered in the mainland. For the islands and overseas addresses we deduct £4.95 from your refund to',
    'cover the label. Sale items marked final sale, gift cards and opened candles cannot be returned.',
  ),
  j(
    'Once your parcel reaches our workshop in Tamsworth we check it within three working days. Refunds can take another five days to',
    'appear on your statement, depending on your bank.',
  ),
];
const sExH = 'Exchanges';
const sEx = [
  j(
    'If you would like a different size or colour, choose an exchange in the portal. We reserve the new item as soon as you print',
    'your label, so it cannot sell out while your return is on its way, and we send it the day your parcel is scanned at the counter.',
  ),
  j(
    'Exchanges are always free, including for island addresses. If the new item costs more, we will email you a link to pay the',
    'difference; if it costs less, we refund the difference to your original payment method.',
  ),
];
const sHelpH = 'Need a hand?';
const sHelp = ['If your item arrived damaged or faulty, please do not use the portal. Email us a photo instead and we will send a replacement first.'];
const sMenu = ['Shop all', 'Home & kitchen', 'Candles', 'Gifts', 'Journal'];
const sFootA = ['Search', 'Delivery', 'Returns policy', 'Contact', 'Wholesale'];
const sHtml = `<!doctype html><html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://fernhollow.example/pages/returns">
<title>Start a return – Fernhollow Goods</title><meta name="description" content="Return unused items within 30 days.">
<meta property="og:site_name" content="Fernhollow Goods"><meta property="og:type" content="website">
<script>var Shopify = Shopify || {};Shopify.shop = "fernhollow.myshopify.com";Shopify.theme = {"name":"Dawn","id":1357,"role":"main"};</script>
<link href="//fernhollow.example/cdn/shop/t/8/assets/base.css?v=1441" rel="stylesheet" type="text/css" media="all" />
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Free mainland delivery on orders over £50</span></p>
</div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Fernhollow Goods</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sMenu, 'header__menu-item list-menu__item link')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1738__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--1738__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1><div class="rte">
${ps(sBody)}
<ul>${sList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<form class="returns-lookup" action="/apps/returns/lookup" method="post"><div class="field"><input class="field__input" id="ret-order" name="order"
placeholder="Order number"><label class="field__label" for="ret-order">Order number</label></div><div class="field">
<input class="field__input" id="ret-email" type="email" name="email" placeholder="Email"><label class="field__label" for="ret-email">Email address</label></div>
<button type="submit" class="button button--primary">Find my order</button></form>
${ps(sBody2)}
<h2>${sExH}</h2>
${ps(sEx)}
</div></div></section>
<section id="shopify-section-template--1738__rich_text" class="shopify-section section"><div class="rich-text content-container color-background-2">
<div class="rich-text__wrapper rich-text__wrapper--center page-width"><div class="rich-text__blocks center">
<h2 class="rich-text__heading rte inline-richtext h1">${sHelpH}</h2><div class="rich-text__text rte">${ps(sHelp)}</div>
<div class="rich-text__buttons"><a href="mailto:care@fernhollow.example" class="button button--secondary">Email our care team</a></div>
</div></div></div></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-accent-2 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sFootA)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Our mission</h2>
<div class="footer-block__details-content rte"><p>Small-batch homeware, made by twelve people in a converted mill.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Your email</label><button type="submit" class="newsletter-form__button field__button"
aria-label="Subscribe"></button></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization">
<h2 class="caption-large text-body">Country/region</h2><button class="disclosure__button">United Kingdom | GBP £</button></div>
<div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/" title="">Fernhollow Goods</a></small>
<small class="copyright__content"><a href="https://www.shopify.example" rel="nofollow">Powered by Shopify</a></small></div></div></div></div></footer></div>
<script src="//fernhollow.example/cdn/shop/t/8/assets/global.js?v=1441" defer="defer"></script></body></html>`;
const fernhollow: TestPage = {
  name: 'heldout419-shopify-dawn-returns-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sExH, sHelpH],
  body: texts([...sBody, ...sList, ...sBody2, ...sEx, ...sHelp]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free mainland delivery on orders over £50', 'Fernhollow Goods', ...sMenu, 'Log in', 'Cart', 'Order number', 'Email address',
    'Find my order', 'Email our care team', 'Quick links', ...sFootA, 'Our mission', 'Small-batch homeware, made by twelve people in a converted mill.',
    'Subscribe to our emails', 'Your email', 'Country/region', 'United Kingdom | GBP £', 'Payment methods', '© 2026,', 'Powered by Shopify',
  ],
};

const nTitle = 'Parcel collections suspended in the Braemuir and Kilnsea areas';
const nUpdates: [string, string, string][] = [
  [
    'Resolved',
    j(
      'Collections and deliveries in both areas are back to normal. Items held at the Braemuir sorting office since Tuesday were',
      'delivered on Thursday and Friday. We are sorry for the delay and thank customers for their patience.',
    ),
    'Mar 13, 2026 - 17:05 GMT',
  ],
  [
    'Monitoring',
    j(
      'The A917 has reopened and our vans are running again. Deliveries will take priority over collections for the next two days,',
      'so business customers with scheduled collections may see them moved to Friday. Post office counters are open as usual.',
    ),
    'Mar 12, 2026 - 08:30 GMT',
  ],
  [
    'Update',
    j(
      'Flooding at the Kilnsea bridge means vehicles cannot reach the sorting office. Letters are being sorted at Ardrain instead and',
      'will be delivered on foot where it is safe. Tracked parcels will show the event "Delayed: local conditions" until they move.',
    ),
    'Mar 11, 2026 - 12:14 GMT',
  ],
  [
    'Investigating',
    j(
      'We have suspended collections from post boxes and business premises in postcode areas BR4, BR5 and KS1 because of severe',
      'weather. Please do not post items that must arrive this week. We will update this page at midday.',
    ),
    'Mar 10, 2026 - 07:48 GMT',
  ],
];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Northmere Post Status - ${nTitle}</title><meta name="description" content="Northmere Post's status page - ${nTitle}.">
<meta property="og:title" content="${nTitle}"><meta property="og:site_name" content="Northmere Post Status">
<link rel="stylesheet" media="all" href="https://dka575ofm4ao0.cloudfront.example/assets/status_manifest-8a1d.css" />
<script>var PageData = {"page":{"id":"q2r9xk1v","name":"Northmere Post"},"incident":{"id":"4n8pz0w1","impact":"major"}};</script>
</head><body class="status incident"><div class="layout-content status status-incident">
<div class="masthead-container basic"><div class="masthead has-logo"><div class="logo-container"><a href="https://status.northmerepost.example">
<img src="/logo.png" alt="Northmere Post Logo"></a></div><div class="updates-dropdown-container">
<a class="show-updates-dropdown" href="#">Subscribe to Updates</a></div></div></div>
<div class="container"><div class="page-title"><div class="incident-name impact-major">${nTitle}</div>
<div class="subheader">Incident Report for <a href="/">Northmere Post</a></div></div>
<div class="incident-updates-container">
${nUpdates
  .map(
    ([t, b, d]) => `<div class="row update-row"><div class="update-title span3 font-large">${t}</div><div class="update-body span9">
<span class="whitespace-pre-wrap">${b}</span><div class="update-timestamp font-small color-secondary">Posted <span>${d}</span></div></div></div>`,
  )
  .join('\n')}
</div><div class="components-affected font-small color-secondary border-color">This incident affected: Collections (Highlands and Islands) and
Deliveries (Highlands and Islands).</div>
<div class="row back-to-home"><a class="color-primary" href="/">← Current Status</a></div></div>
<div class="page-footer"><a href="https://www.atlassian.example/software/statuspage?utm_campaign=status.northmerepost.example" target="_blank"
rel="noopener">Powered by Atlassian Statuspage</a></div></div>
<script src="https://dka575ofm4ao0.cloudfront.example/assets/status_manifest-44fe.js"></script></body></html>`;
const northmere: TestPage = {
  name: 'heldout419-statuspage-service-update-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nUpdates.map(([, b]) => b)),
  bylines: nUpdates.map(([, , d]) => d),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe to Updates', 'Incident Report for Northmere Post', ...nUpdates.map(([t]) => t), 'Posted',
    'This incident affected: Collections (Highlands and Islands) and Deliveries (Highlands and Islands).', '← Current Status',
    'Powered by Atlassian Statuspage',
  ],
};

export const HELDOUT419_C: readonly TestPage[] = [fernhollow, northmere];
