import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 60, file d2: a Shopify Help Center article (help.shopify.com manual page: the skip link, the Help Center
 * header with search, "Start free trial" and "Log in", the manual sidebar with its open section, breadcrumbs, the "On this
 * page" list, a "Steps:" tab set for Desktop / iPhone / Android with all panels in the DOM, a Note box, the feedback widget,
 * the "Can't find answers" box, the footer columns with language and social links, and the cookie banner).
 */
const shTitle = 'Setting up local pickup';
const shIntro =
  'Local pickup lets customers collect online orders from your store, warehouse, or another location that you manage, instead of ' +
  'paying for shipping. You can turn it on for any location that stocks inventory and give each location its own pickup instructions.';
const shH1 = 'Considerations for local pickup';
const shCons = [
  'Local pickup is available only for locations that have a physical address and that fulfill online orders.',
  'Customers see the pickup option at checkout only when every item in their cart is in stock at a pickup location.',
  'Pickup orders are taken from the inventory of the location that the customer chooses, not from your default location.',
  'If you sell with Shopify POS, staff can mark orders as picked up in the POS app as well as in the Shopify admin.',
];
const shH2 = 'Set up local pickup for a location';
const shDesk = [
  'From your Shopify admin, go to <strong>Settings</strong> &gt; <strong>Shipping and delivery</strong>.',
  'In the <strong>Local pickup</strong> section, click the location that you want to offer pickup from.',
  'Check <strong>This location offers local pickup</strong>.',
  'Under <strong>Expected pickup time</strong>, select how soon orders are usually ready.',
  'Optional: In <strong>Order ready for pickup notification</strong>, enter any instructions that customers need, such as where ' +
    'to park or which door to use.',
  'Click <strong>Save</strong>.',
];
const shIos = [
  'From the Shopify app, tap <strong>…</strong> &gt; <strong>Settings</strong>.',
  'In the <strong>Store settings</strong> section, tap <strong>Shipping and delivery</strong>.',
  'Tap the location under <strong>Local pickup</strong>, and then turn on <strong>This location offers local pickup</strong>.',
  'Choose an expected pickup time, add your instructions, and then tap <strong>Save</strong>.',
];
const shAndroid = [
  'From the Shopify app, tap the <strong>⋮</strong> menu and then <strong>Settings</strong>.',
  'Tap <strong>Shipping and delivery</strong>, and then tap the pickup location that you want to change.',
  'Turn on local pickup for the location, set the expected pickup time and instructions, and then tap <strong>✓</strong>.',
];
const shNote =
  'If a location is deactivated or stops fulfilling online orders, local pickup is turned off for it automatically. After you ' +
  'reactivate the location, you need to turn local pickup on again.';
const shH3 = 'Mark an order as ready for pickup';
const shReady = 'When the items are packed, mark the order as ready so that the customer receives the pickup notification:';
const shReadySteps = [
  'From your Shopify admin, go to <strong>Orders</strong> and click the pickup order.',
  'Click <strong>Mark as ready for pickup</strong>.',
  'When the customer arrives, click <strong>Mark as picked up</strong>.',
];
const shEnd = 'If a customer doesn’t collect an order, you can resend the notification from the order’s timeline, or cancel and refund the order.';
const shSide = ['Getting started', 'Your account', 'Products', 'Orders', 'Payments', 'Sales channels', 'Apps', 'Online store'];
const shShip = ['Shipping settings', 'Shipping rates', 'Local delivery', 'Shipping labels', 'Fulfillment'];
const shCrumbs = ['Help Center', 'Shipping and delivery', 'Local methods'];
// biome-ignore format: the footer columns are packed a line each
const shFoot = [
  'About', 'Careers', 'Investors', 'Press and Media', 'Partners', 'Affiliates', 'Legal', 'Service status', 'Support', 'Merchant Support',
  'Hire a Partner', 'Shopify Academy', 'Shopify Community', 'Developers', 'Shopify.dev', 'API Documentation', 'Dev Degree', 'Shopify Plus',
  'Shopify for Enterprise', 'Solutions', 'Online Store Builder', 'Website Builder',
];
const shLegal = ['Terms of Service', 'Privacy Policy', 'Sitemap', 'Privacy Choices'];
const shSocial = ['Facebook', 'X', 'YouTube', 'Instagram', 'TikTok', 'LinkedIn'];
const olist = (steps: string[]): string => `<ol class="steps">${steps.map((s) => `<li>${s}</li>`).join('\n')}</ol>`;
const shHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Shopify Help Center | ${shTitle}</title>
<meta name="description" content="Let customers pick up their online orders at your store or warehouse.">
<link rel="alternate" hreflang="fr" href="https://help.shopify.com/fr/manual/fulfillment/setup/delivery-methods/pickup-in-store">
<script>document.documentElement.className=document.documentElement.className.replace("no-js","js");</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Help Center"},{"@type":"ListItem","position":2,"name":"Shipping and delivery"}]}</script></head>
<body class="page--manual" data-controller="help-center"><a class="skip-to-content" href="#Main">Skip to content</a>
<header class="marketing-nav" id="ShopifyMainNav"><a class="marketing-nav__logo" href="/en"><span class="visuallyhidden">Shopify</span>
<span class="marketing-nav__logo-text">Help Center</span></a>
<form class="search-bar" action="/en/search"><label class="visuallyhidden" for="search-q">Search the Help Center</label>
<input id="search-q" type="search" name="q" placeholder="Search"><button class="search-bar__submit" type="submit">Search</button></form>
<ul class="marketing-nav__user"><li><a class="marketing-button" href="https://www.shopify.com/free-trial">Start free trial</a></li>
<li><a href="https://accounts.shopify.com/store-login">Log in</a></li></ul></header>
<div class="page-wrapper"><nav class="sidebar" aria-label="Manual"><ul class="sidebar__list">${links(shSide.slice(0, 4), 'sidebar__item')}
<li class="sidebar__item sidebar__item--open"><a href="/en/manual/shipping">Shipping and delivery</a><ul>${links(shShip.slice(0, 3))}
<li class="sidebar__item--active"><a href="/en/manual/shipping/local-methods/local-pickup" aria-current="page">Local pickup</a></li>
${links(shShip.slice(3))}</ul></li>${links(shSide.slice(4), 'sidebar__item')}</ul></nav>
<main id="Main" class="page-content" role="main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>
${shCrumbs.map((c) => `<li class="breadcrumb__item"><a href="#">${c}</a></li>`).join('')}</ol></nav>
<article class="article"><h1 class="article__title">${shTitle}</h1><p>${shIntro}</p>
<nav class="in-page-nav" aria-labelledby="on-this-page"><h2 id="on-this-page" class="in-page-nav__title">On this page</h2><ul>
<li><a href="#considerations">${shH1}</a></li><li><a href="#set-up">${shH2}</a></li><li><a href="#mark-ready">${shH3}</a></li></ul></nav>
<h2 id="considerations">${shH1}</h2><ul>${shCons.map((c) => `<li>${c}</li>`).join('\n')}</ul>
<h2 id="set-up">${shH2}</h2>
<div class="tabs" data-tabs><p class="tabs__label"><strong>Steps:</strong></p><ul class="tabs__nav" role="tablist">
<li role="tab" aria-selected="true" aria-controls="desktop">Desktop</li><li role="tab" aria-selected="false" aria-controls="iphone">iPhone</li>
<li role="tab" aria-selected="false" aria-controls="android">Android</li></ul>
<div class="tabs__panel" id="desktop" role="tabpanel">${olist(shDesk)}</div>
<div class="tabs__panel" id="iphone" role="tabpanel" hidden>${olist(shIos)}</div>
<div class="tabs__panel" id="android" role="tabpanel" hidden>${olist(shAndroid)}</div></div>
<div class="note"><h4 class="note__heading">Note</h4><p>${shNote}</p></div>
<h2 id="mark-ready">${shH3}</h2><p>${shReady}</p>${olist(shReadySteps)}<p>${shEnd}</p></article>
<section class="feedback" data-feedback><p class="feedback__question">Was this page helpful?</p>
<button class="feedback__button" value="yes">Yes</button><button class="feedback__button" value="no">No</button>
<p class="feedback__thanks" hidden>Thanks for your feedback</p></section>
<section class="support-cta"><h2>Can’t find answers you’re looking for?</h2><p>We’re here to help.</p>
<a class="marketing-button" href="https://help.shopify.com/en/support/login">Log in to get support</a></section></main></div>
<footer class="footer"><ul class="footer__links"><li class="footer__heading">Shopify</li>${links(shFoot)}</ul><ul class="footer__legal">${links(shLegal)}</ul>
<ul class="footer__social">${shSocial.map((s) => `<li><a href="#"><span class="visuallyhidden">${s}</span></a></li>`).join('')}</ul>
<div class="footer__language"><label for="lang">Language</label><select id="lang"><option selected>English</option><option>Français</option>
<option>Deutsch</option><option>日本語</option></select></div></footer>
<div class="cookies-banner" role="dialog" aria-label="Cookie notice"><p>Shopify uses cookies to provide necessary site functionality and to improve
your experience. By using our website, you agree to our privacy policy and our cookie policy.</p><button>Accept</button><button>Decline</button>
<button>Manage</button></div></body></html>`;
export const shopifyHelp: TestPage = {
  html: shHtml,
  name: 'heldout60-shopify-help-center',
  kind: 'docs',
  // the three step lists of the Desktop / iPhone / Android tabs are all body (the page's text for each device; two are
  // hidden until chosen), their tab labels and the "Steps:" label are in neither list; the Note box is body ("Note" in
  // neither); the "On this page" entries repeat the headings (in neither) and the sidebar's current entry "Local pickup" is
  // words of the title (left out); breadcrumbs, feedback, "Can't find answers", footer, language menu and cookie banner are
  // furniture; the footer's column head and the logo's hidden "Shopify" are a word of the app steps: left out; no author or
  // date on the page: no bylines
  title: shTitle,
  headings: [shH1, shH2, shH3],
  body: [shIntro, ...shCons, ...texts(shDesk), ...texts(shIos), ...texts(shAndroid), shNote, shReady, ...texts(shReadySteps), shEnd],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Help Center', 'Search the Help Center', 'Search', 'Start free trial', 'Log in', ...shSide, 'Shipping and delivery', ...shShip,
    'Local methods', 'On this page', 'Was this page helpful?', 'Yes', 'No', 'Thanks for your feedback', 'Can’t find answers you’re looking for?',
    'We’re here to help.', 'Log in to get support', ...shFoot, ...shLegal, ...shSocial, 'Language', 'English', 'Français', 'Deutsch', '日本語',
    'Shopify uses cookies to provide necessary site functionality and to improve your experience. By using our website, you agree to our privacy ' +
      'policy and our cookie policy.',
    'Accept', 'Decline', 'Manage',
  ],
};
