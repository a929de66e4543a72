import { links, type TestPage, texts } from './page-kit.js';
import { intercomArticle } from './pages-heldout118-c2.js';

/**
 * Held-out batch 118, file c: a Shopify Help Center manual page (help.shopify.com: the help header with search, "Log in"
 * and "Start free trial", the manual's left nav, the breadcrumb, the Desktop / iPhone / Android step tabs whose inactive
 * panels are hidden with a class, "Steps:" labels, a note callout, the "On this page" rail, the "Was this page helpful?"
 * widget, the "Still need help?" box, the big footer with its region picker, and the privacy banner) and, from file c2,
 * an article of a help center hosted by Intercom.
 */
const shTitle = 'Offering pickup time slots';
const shP1 = [
  'With pickup time slots, customers choose when they’ll collect their order from your location during checkout. You decide how ' +
    'long each slot is, how many orders a slot can hold, and how far ahead customers can book.',
  'Pickup time slots are available for locations that have local pickup turned on. If you haven’t set up local pickup yet, then ' + 'do that first.',
];
const shH1 = 'Set up pickup time slots';
const shDesk = [
  'From your Shopify admin, go to <strong>Settings</strong> &gt; <strong>Shipping and delivery</strong>.',
  'In the <strong>Local pickup</strong> section, click the location that you want to edit.',
  'In the <strong>Time slots</strong> section, check <strong>Let customers choose a pickup time</strong>.',
  'Set the slot length, the number of orders for each slot, and the opening hours for each day.',
  'Optional: In <strong>Order preparation time</strong>, enter how long your staff need before the first slot can be booked.',
  'Click <strong>Save</strong>.',
];
const shPhone = [
  'From the Shopify app, tap the <strong>…</strong> button.',
  'In the <strong>Settings</strong> section, tap <strong>Shipping and delivery</strong>.',
  'In the <strong>Local pickup</strong> section, tap the location that you want to edit.',
  'Turn on <strong>Let customers choose a pickup time</strong>, and then set the slot length, the orders for each slot, and the opening hours.',
  'Tap <strong>Save</strong>.',
];
const shDroid = [
  'From the Shopify app, tap <strong>Settings</strong>.',
  'Tap <strong>Shipping and delivery</strong>, and then tap <strong>Local pickup</strong>.',
  'Select the location that you want to edit.',
  'Turn on <strong>Let customers choose a pickup time</strong>, and then set the slot details for each day.',
  'Tap the <strong>✓</strong> button to save.',
];
const shH2 = 'How slots appear at checkout';
const shP2 = [
  'At checkout, customers who choose local pickup see the days that still have free slots, and then the slots for the day that they ' +
    'pick. Full slots aren’t shown. The chosen slot is added to the order confirmation email and to the order page in your Shopify admin.',
  'If you change your opening hours, then existing bookings aren’t moved. Contact the customer if a booked slot falls outside your new hours.',
];
const shNote =
  'Pickup time slots use the time zone of the location, not the time zone of your store. If slot times look wrong, then check the ' + 'location’s address.';
const shH3 = 'Limits for pickup time slots';
const shLimits = ['Slots can be 15, 30, 60, or 120 minutes long.', 'Each location can take bookings up to 14 days ahead.', 'A slot can hold up to 200 orders.'];
const shH4 = 'Managing pickup orders';
const shP3 = [
  'Orders with a pickup slot are listed in the <strong>Local pickup</strong> view of your <strong>Orders</strong> page, sorted by ' +
    'slot. When an order is ready, mark it as ready for pickup as usual. The customer receives the ready-for-pickup notification ' +
    'with their slot time.',
];
const shHead = ['Shopify Help Center', 'Log in', 'Start free trial'];
const shSide = ['Start', 'Your account', 'Online store', 'Inventory', 'Orders', 'Checkout', 'Payments', 'Markets', 'Taxes', 'Customers', 'Marketing'];
const shShip = ['Shipping and delivery', 'Setting up shipping', 'Shipping rates', 'Local delivery', 'Local pickup', 'Shipping labels'];
const shCrumbs = ['Help Center', 'Shipping and delivery', 'Local pickup'];
const shHelpful = ['Was this page helpful?', 'Yes', 'No', 'Thanks for your feedback!'];
const shStill = ['Still need help?', 'Our support team is available 24/7 to answer your questions.', 'Contact Shopify Support'];
const shFootCols: [string, string[]][] = [
  ['Shopify', ['About', 'Careers', 'Investors', 'Press and Media', 'Partners', 'Affiliates', 'Legal', 'Service status']],
  ['Support', ['Merchant Support', 'Shopify Community', 'Hire a Partner', 'Shopify Academy']],
  ['Developers', ['Shopify.dev', 'API Documentation', 'Dev Degree']],
  ['Products', ['Shop', 'Shopify Plus', 'Shopify for enterprise']],
];
const shLegal = ['Terms of Service', 'Privacy Policy', 'Sitemap', 'Privacy Choices'];
const shPrivacy = [
  'We use cookies and similar technologies to run this site, remember your choices, and measure how the Help Center is used.',
  'Accept',
  'Decline',
  'Manage preferences',
];
const shId = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const shOl = (items: readonly string[]): string =>
  `<p class="heading--5 section-heading">Steps:</p><ol class="ol-steps">${items.map((t) => `<li>${t}</li>`).join('\n')}</ol>`;
const shTab = (name: string, items: readonly string[], on: boolean): string =>
  `<div class="tabs__panel${on ? ' is-active' : ' hide'}" role="tabpanel" id="${shId(name)}" aria-labelledby="tab-${shId(name)}">${shOl(items)}</div>`;
const shH = (t: string): string => `<h2 id="${shId(t)}" class="heading--2"><a class="anchor-link" href="#${shId(t)}" aria-hidden="true"></a>${t}</h2>`;
const shHtml = `<!DOCTYPE html>
<html lang="en" class="no-js" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shopify Help Center | Offering pickup time slots</title>
<meta name="description" content="Let customers choose when they collect their order from your location at checkout.">
<meta property="og:site_name" content="Shopify Help Center"><meta property="og:title" content="${shTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://help.shopify.com/en/manual/fulfillment/setup/delivery-methods/pickup-in-store/time-slots">
<link rel="stylesheet" href="https://cdn.shopify.example/shopifycloud/help/assets/application-3f2b1c9e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Help Center","item":"https://help.shopify.com/en"},{"@type":"ListItem","position":2,"name":"Shipping and delivery"}]}</script>
<script>window.analytics={pageType:"manual",locale:"en"};</script></head>
<body class="page--manual" data-controller="page"><a class="skip-to-content-link" href="#PageContent">Skip to content</a>
<header class="header" role="banner" data-header><div class="page-width header__inner"><a class="header__logo" href="/en">
<img src="https://cdn.shopify.example/help/assets/shopify-logo.svg" alt="Shopify" width="32"><span class="header__logo-text">${shHead[0]}</span></a>
<form class="header__search" action="/en/search" role="search"><label for="HeaderSearch" class="visuallyhidden">Search the Help Center</label>
<input type="search" id="HeaderSearch" name="q" placeholder="Search the Help Center"></form><nav class="header__actions" aria-label="Account">
<a class="marketing-button marketing-button--secondary" href="https://accounts.shopify.example/store-login">${shHead[1]}</a>
<a class="marketing-button" href="https://www.shopify.example/signup">${shHead[2]}</a></nav></div></header>
<div class="page-width page-content"><nav class="sidebar sidebar--manual" aria-label="Manual"><ul class="sidebar__list">
${links(shSide, 'sidebar__item')}
<li class="sidebar__item sidebar__item--open"><a href="/en/manual/shipping">${shShip[0]}</a><ul class="sidebar__sublist">
${links(shShip.slice(1), 'sidebar__item')}</ul></li></ul></nav>
<main id="PageContent" class="main-content" role="main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list">
${shCrumbs.map((t) => `<li class="breadcrumb__item"><a href="/en/${shId(t)}">${t}</a></li>`).join('\n')}</ol></nav>
<article class="article" itemscope itemtype="https://schema.org/TechArticle"><h1 class="heading--1" itemprop="headline">${shTitle}</h1>
<div class="article__body" itemprop="articleBody">
${shP1.map((p) => `<p>${p}</p>`).join('\n')}
${shH(shH1)}
<div class="tabs" data-tabs><ul class="tabs__list" role="tablist">
${['Desktop', 'iPhone', 'Android']
  .map(
    (t, i) =>
      `<li class="tabs__item" role="presentation"><a id="tab-${shId(t)}" class="tabs__link${i === 0 ? ' is-active' : ''}" role="tab" href="#${shId(t)}"
aria-selected="${i === 0}">${t}</a></li>`,
  )
  .join('\n')}</ul>
${shTab('Desktop', shDesk, true)}
${shTab('iPhone', shPhone, false)}
${shTab('Android', shDroid, false)}</div>
${shH(shH2)}
${shP2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="note note--info"><p class="note__heading heading--5">Note</p><p>${shNote}</p></div>
${shH(shH3)}
<ul>${shLimits.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${shH(shH4)}
${shP3.map((p) => `<p>${p}</p>`).join('\n')}
</div></article>
<section class="feedback" data-feedback><h2 class="heading--4 feedback__title">${shHelpful[0]}</h2><div class="feedback__buttons">
<button class="marketing-button marketing-button--small" type="button" data-value="yes">Yes</button>
<button class="marketing-button marketing-button--small" type="button" data-value="no">No</button></div>
<p class="feedback__thanks hide" aria-live="polite">${shHelpful[3]}</p></section>
<section class="contact-support"><h2 class="heading--3">${shStill[0]}</h2><p>${shStill[1]}</p>
<a class="marketing-button" href="/en/questions">${shStill[2]}</a></section></main>
<aside class="on-this-page" aria-labelledby="OnThisPage"><p id="OnThisPage" class="heading--5">On this page</p><ul>
${[shH1, shH2, shH3, shH4].map((t) => `<li><a href="#${shId(t)}">${t}</a></li>`).join('\n')}</ul></aside></div>
<footer class="footer" role="contentinfo"><div class="page-width footer__inner"><div class="footer__columns">
${shFootCols.map(([h, items]) => `<div class="footer__column"><h2 class="footer__heading">${h}</h2><ul>${links(items, 'footer__item')}</ul></div>`).join('\n')}
</div><div class="footer__bottom"><button class="footer__region" type="button" aria-haspopup="dialog">USA | English</button>
<ul class="footer__legal">${links(shLegal, 'footer__legal-item')}</ul></div></div></footer>
<div class="privacy-banner" role="dialog" aria-label="Privacy" data-privacy-banner><p class="privacy-banner__text">${shPrivacy[0]}</p>
<div class="privacy-banner__actions"><button class="marketing-button" type="button">${shPrivacy[1]}</button>
<button class="marketing-button marketing-button--secondary" type="button">${shPrivacy[2]}</button>
<button class="privacy-banner__link" type="button">${shPrivacy[3]}</button></div></div>
<script src="https://cdn.shopify.example/shopifycloud/help/assets/application-3f2b1c9e.js" defer></script></body></html>`;

const shopify: TestPage = {
  html: shHtml,
  name: 'heldout118-shopify-help-docs',
  kind: 'docs',
  // the step lists of all three platform tabs are body (the iPhone and Android panels are only hidden with a class); the
  // tab names, the "Steps:" labels and the note's "Note" label are in neither list; "On this page" links are left out
  title: shTitle,
  headings: [shH1, shH2, shH3, shH4],
  body: texts([...shP1, ...shDesk, ...shPhone, ...shDroid, ...shP2, shNote, ...shLimits, ...shP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...shHead, 'Search the Help Center', ...shSide, ...shShip, 'Help Center', ...shHelpful, ...shStill, 'On this page',
    ...shFootCols.flatMap(([h, items]) => [h, ...items]), 'USA | English', ...shLegal, ...shPrivacy,
  ],
};

export const HELDOUT118_C: readonly TestPage[] = [shopify, intercomArticle];
