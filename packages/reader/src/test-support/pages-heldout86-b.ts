import { links, type TestPage, texts } from './page-kit.js';
import { mozillaSupport } from './pages-heldout86-b2.js';

/**
 * Held-out batch 86, file b: a Shopify Help Center manual article (skip link, the help header with search, "Log in" and
 * "Start free trial", the manual's side nav, breadcrumbs, the plan-availability callout under the h1, "On this page",
 * Desktop / iPhone / Android tabs whose hidden panels hold the app steps, a note callout, the "Can't find the answers"
 * support box, the free-trial promo band, the Shopify footer and the cookie banner) and, from file b2, a Mozilla
 * Support (SUMO) knowledge-base article.
 */
const shTitle = 'Scheduling price changes';
const shPlan = [
  'Scheduled price changes are available on the <b>Grow</b>, <b>Advanced</b>, and <b>Plus</b> plans.',
  'You need the <b>Products</b> permission and the <b>Edit product price</b> permission to create or edit a scheduled price change.',
];
const shIntro = [
  'You can schedule a price change for one or more products so that new prices go live at a set date and time, and optionally ' +
    'switch back later. This is useful for planned sales, seasonal pricing, or a price increase that you’ve already announced.',
  'Scheduled price changes apply to the price and compare-at price in your online store and in any other sales channel that uses ' +
    'your default prices. Prices that are set in a market-specific price list aren’t changed.',
];
const shH = [
  'Considerations for scheduling price changes',
  'Schedule a price change',
  'Edit or cancel a scheduled price change',
  'Troubleshooting scheduled price changes',
];
const shConsider = [
  'You can include up to 500 variants in one scheduled price change.',
  'Each variant can belong to only one scheduled price change at a time.',
  'Start and end times use your store’s time zone, which you can change on the <b>General</b> page of your settings.',
  'If you edit a variant’s price manually while a scheduled price change is active, then the manual price is kept and the variant ' +
    'is removed from the schedule.',
];
const shNote =
  'Scheduled price changes don’t update the prices in draft orders that were created before the change started. Recalculate those ' +
  'draft orders if you want them to use the new prices.';
const shDesktop = [
  'From your Shopify admin, go to <b>Products</b> &gt; <b>Price changes</b>.',
  'Click <b>Schedule price change</b>.',
  'Enter a name for the price change. Customers don’t see this name.',
  'Click <b>Add products</b>, and then select the products or variants that you want to include.',
  'For each variant, enter the new price and, optionally, a new compare-at price. To change many variants at once, click ' + '<b>Adjust by percentage</b>.',
  'In the <b>Start</b> section, set the date and time when the new prices take effect.',
  'Optional: To restore the original prices later, check <b>Revert prices</b>, and then set an end date and time.',
  'Click <b>Schedule</b>.',
];
const shApp = [
  'From the Shopify app, tap <b>Products</b>.',
  'Tap <b>Price changes</b>, and then tap <b>+</b>.',
  'Enter a name, add the products, set the new prices and the start time, and then tap <b>Schedule</b>.',
];
const shEdit = ['You can edit a scheduled price change until its start time. After it starts, you can change only its end time or end it early.'];
const shEditSteps = [
  'From your Shopify admin, go to <b>Products</b> &gt; <b>Price changes</b>.',
  'Click the price change that you want to edit.',
  'Make your changes and click <b>Save</b>, or click <b>End price change</b>.',
];
const shEdit2 = ['When you end a price change early, the original prices are restored immediately if you set the price change to revert.'];
const shTrouble = [
  'If a price didn’t change at the start time, then check whether the variant has a market-specific price or was edited manually ' +
    'after you created the schedule. Both cases remove the variant from the schedule, and the price change’s timeline shows the reason.',
  'If the prices changed but your theme still shows the old price, then clear any caching app that you use and reload the page.',
];
const shTop = ['Help Center', 'Community', 'Academy', 'Developer docs'];
const shSide: [string, string[]][] = [
  ['Getting started', []],
  ['Your account', []],
  ['Products', ['Adding and updating products', 'Variants', 'Pricing', 'Inventory', 'Collections', 'Gift cards']],
  ['Orders', []],
  ['Customers', []],
  ['Discounts', []],
  ['Markets', []],
  ['Shipping and delivery', []],
  ['Payments', []],
  ['Settings', []],
];
const shTabs = ['Desktop', 'iPhone', 'Android'];
const shHelp = ['Can’t find the answers you’re looking for?', 'We’re here to help you.', 'Log in to get help'];
const shPromo = [
  'Start your business journey with Shopify',
  'Try Shopify for free, and explore all the tools and services you need to start, run, and grow your business.',
];
const shFoot: [string, string[]][] = [
  ['Shopify', ['About', 'Careers', 'Investors', 'Press and Media', 'Partners', 'Legal', 'Service status']],
  ['Support', ['Merchant Support', 'Hire a Partner', 'Shopify Academy', 'Shopify Community']],
  ['Developers', ['Shopify.dev', 'API Documentation', 'Dev Degree']],
  ['Products', ['Shop', 'Shopify Plus', 'Shopify for Enterprise']],
];
const shLegal = ['Terms of Service', 'Privacy Policy', 'Sitemap', 'Privacy Choices'];
const shCookie =
  'We use cookies and similar technologies to run this site, analyse how it is used and show you relevant content. You can ' +
  'accept all cookies, decline the ones we don’t need, or choose your settings.';
const shLis = (a: readonly string[]): string => a.map((p) => `<li>${p}</li>`).join('\n');
const shId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const shSideItem = ([h, items]: [string, string[]]): string => `<li class="side-nav__item${items.length ? ' side-nav__item--open' : ''}">
<a class="side-nav__link" href="/en/manual/${shId(h)}">${h}</a>${
  items.length
    ? `<ul class="side-nav__list side-nav__list--nested">
${items.map((t) => `<li class="side-nav__item"><a class="side-nav__link${t === 'Pricing' ? ' is-active' : ''}" href="/${shId(t)}">${t}</a></li>`).join('\n')}
</ul>`
    : ''
}</li>`;
const shTab = (t: string, i: number): string => `<li class="tabs__item" role="presentation"><button class="tabs__button${i === 0 ? ' is-active' : ''}"
role="tab" aria-selected="${i === 0}" aria-controls="tab-${shId(t)}" id="tab-btn-${shId(t)}">${t}</button></li>`;
const shFootCol = ([h, items]: [string, string[]]): string => `<div class="footer__column"><h3 class="footer__heading">${h}</h3>
<ul class="footer__list">${links(items, 'footer__item')}</ul></div>`;
const shHtml = `<!DOCTYPE html>
<html lang="en" class="js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shopify Help Center | ${shTitle}</title><meta name="description" content="Schedule new prices for products and variants.">
<meta property="og:title" content="${shTitle}"><meta property="og:site_name" content="Shopify Help Center"><meta property="og:type" content="article">
<link rel="canonical" href="https://help.shopify.example/en/manual/products/pricing/scheduled-price-changes">
<link rel="alternate" hreflang="fr" href="https://help.shopify.example/fr/manuel/produits/tarification/changements-de-prix-programmes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Help Center","item":"https://help.shopify.example/en"},{"@type":"ListItem","position":2,"name":"Products"},{"@type":"ListItem",
"position":3,"name":"Pricing"}]}</script>
<script>window.analytics={pageCategory:'manual',pageSubCategory:'products',locale:'en',experimentVariants:{}};</script>
<script src="https://cdn.shopify.example/helpcenter/assets/application-6c1e2f0a.js" defer></script>
<link rel="stylesheet" href="https://cdn.shopify.example/helpcenter/assets/application-9a0d1b77.css"></head>
<body class="page--manual page--article" data-controller="tabs toc analytics">
<a class="skip-to-content-link" href="#Main">Skip to content</a>
<header class="header" role="banner" data-header><div class="header__container page-width"><a class="header__logo" href="/en"
aria-label="Shopify Help Center"><svg class="icon icon--logo" aria-hidden="true" focusable="false"></svg><span class="header__logo-text">Help Center</span></a>
<nav class="header__nav" aria-label="Main"><ul class="header__nav-list">${links(shTop, 'header__nav-item')}</ul></nav>
<form class="header__search search-form" action="/en/search" role="search"><label class="visually-hidden" for="SearchInput">Search</label>
<input id="SearchInput" class="search-form__input" type="search" name="q" placeholder="Search the Help Center" autocomplete="off"></form>
<div class="header__actions"><button class="header__locale" aria-haspopup="listbox">English</button>
<a class="header__login" href="https://accounts.shopify.example/store-login">Log in</a>
<a class="marketing-button marketing-button--small" href="https://www.shopify.example/free-trial">Start free trial</a></div></div></header>
<div class="page-container page-width"><nav class="side-nav" aria-label="Help Center manual" data-side-nav><button class="side-nav__toggle"
aria-expanded="false">Menu</button><ul class="side-nav__list">
${shSide.map(shSideItem).join('\n')}</ul></nav>
<main id="Main" class="main" role="main"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumbs__list">
<li class="breadcrumbs__item"><a href="/en">Help Center</a></li><li class="breadcrumbs__item"><a href="/en/manual/products">Products</a></li>
<li class="breadcrumbs__item"><a href="/en/manual/products/pricing">Pricing</a></li></ol></nav>
<article class="article" itemscope itemtype="https://schema.org/TechArticle"><header class="article__header">
<h1 class="article__title" itemprop="headline">${shTitle}</h1></header>
<div class="callout callout--plan-availability" role="note"><p class="callout__title">Plan availability</p>
<ul class="callout__list">${shLis(shPlan)}</ul></div>
<aside class="toc" data-toc><h2 class="toc__heading heading--5">On this page</h2><ul class="toc__list">
${shH.map((t) => `<li class="toc__item"><a class="toc__link" href="#${shId(t)}">${t}</a></li>`).join('\n')}</ul></aside>
<div class="article__body" itemprop="articleBody">
${shIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="${shId(shH[0]!)}">${shH[0]}</h2>
<ul>${shLis(shConsider)}</ul>
<div class="note note--info"><p class="note__title">Note</p><p>${shNote}</p></div>
<h2 id="${shId(shH[1]!)}">${shH[1]}</h2>
<div class="tabs" data-tabs><ul class="tabs__list" role="tablist">${shTabs.map(shTab).join('\n')}</ul>
<div class="tabs__panel is-active" role="tabpanel" id="tab-desktop" aria-labelledby="tab-btn-desktop"><h4 class="visually-hidden">Steps:</h4>
<ol class="steps">${shLis(shDesktop)}</ol></div>
<div class="tabs__panel" role="tabpanel" id="tab-iphone" aria-labelledby="tab-btn-iphone" hidden><h4 class="visually-hidden">Steps:</h4>
<ol class="steps">${shLis(shApp)}</ol></div>
<div class="tabs__panel" role="tabpanel" id="tab-android" aria-labelledby="tab-btn-android" hidden><h4 class="visually-hidden">Steps:</h4>
<ol class="steps">${shLis(shApp)}</ol></div></div>
<h2 id="${shId(shH[2]!)}">${shH[2]}</h2>
<p>${shEdit[0]}</p>
<h3 class="visually-hidden">Steps:</h3>
<ol class="steps">${shLis(shEditSteps)}</ol>
<p>${shEdit2[0]}</p>
<h2 id="${shId(shH[3]!)}">${shH[3]}</h2>
${shTrouble.map((p) => `<p>${p}</p>`).join('\n')}
</div></article>
<section class="support-box" aria-labelledby="SupportBoxHeading"><h2 id="SupportBoxHeading" class="support-box__heading">${shHelp[0]}</h2>
<p class="support-box__text">${shHelp[1]}</p><a class="marketing-button" href="https://help.shopify.example/en/questions#/login">${shHelp[2]}</a></section>
</main></div>
<section class="promo-band promo-band--trial"><div class="page-width"><h2 class="promo-band__heading">${shPromo[0]}</h2>
<p class="promo-band__text">${shPromo[1]}</p>
<a class="marketing-button marketing-button--light" href="https://www.shopify.example/free-trial">Start free trial</a>
</div></section>
<footer class="footer" role="contentinfo"><div class="footer__columns page-width">
${shFoot.map(shFootCol).join('\n')}</div><div class="footer__legal page-width"><ul class="footer__legal-list">${links(shLegal, 'footer__legal-item')}</ul>
<button class="footer__region" aria-haspopup="listbox">USA</button></div></footer>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent" data-cookie-banner><p class="cookie-banner__text">${shCookie}</p>
<div class="cookie-banner__actions"><button class="cookie-banner__button" data-accept>Accept</button><button class="cookie-banner__button"
data-decline>Decline</button><button class="cookie-banner__button cookie-banner__button--link" data-manage>Manage preferences</button></div></div>
</body></html>`;

const shopify: TestPage = {
  name: 'heldout86-shopify-help-center-docs',
  kind: 'docs',
  // the plan-availability callout states this feature's requirements: body (its "Plan availability" label is furniture);
  // the note's text is body, its "Note" label in neither list; the steps of the hidden iPhone and Android tab panels are
  // body once (the two panels hold the same steps); tab buttons and the visually hidden "Steps:" labels are furniture
  html: shHtml,
  title: shTitle,
  headings: shH,
  body: texts([...shPlan, ...shIntro, ...shConsider, shNote, ...shDesktop, ...shApp, ...shEdit, ...shEditSteps, ...shEdit2, ...shTrouble]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Skip to content', 'Help Center', ...shTop.slice(1), 'Search', 'English', 'Log in', 'Start free trial', 'Menu',
      ...shSide.flatMap(([h, items]) => [h, ...items]), 'Plan availability', 'On this page', ...shTabs, 'Steps:', ...shHelp, ...shPromo,
      ...shFoot.flatMap(([h, items]) => [h, ...items]), ...shLegal, 'USA', shCookie, 'Accept', 'Decline', 'Manage preferences',
    ]),
  ],
};

export const HELDOUT86_B: readonly TestPage[] = [shopify, mozillaSupport];
