import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout554-kit.js';

/**
 * Held-out batch 554, file b: a gold buyer's price guide page on a Shopify store (Dawn theme) with a karat price table, and a
 * phone buyback price guide on Next.js (pages router, Tailwind) with price tables and a quote widget beside the article.
 */
const sTitle = 'Gold Price Guide';
const sIntro = [
  j(
    'This guide shows what Sterling Fox pays for gold jewelry, coins and dental gold by the gram. Our prices follow the London',
    'afternoon fix and are updated every weekday at 10am Eastern.',
  ),
];
const sH = ['What we pay for gold today', 'How we calculate your offer', 'Silver and platinum'];
const sRows = [
  ['10K', '41.7%', '$31.40'],
  ['14K', '58.5%', '$44.10'],
  ['18K', '75.0%', '$56.50'],
  ['22K', '91.6%', '$69.00'],
  ['24K', '99.9%', '$75.20'],
];
const sAfterTable = ['Prices are per gram of gold alloy and are based on a spot price of $2,410 per troy ounce. Items under 2 grams are paid at a flat $20.'];
const sCalc = [
  j(
    'When your package arrives, it is opened on camera and every piece is tested with an XRF analyzer. We weigh each karat group',
    'separately and multiply the weight by the rate above for the day your items were tested, not the day you shipped.',
  ),
  j(
    'Stones, clasps made of base metal and watch movements are removed before weighing. Diamonds over a quarter carat are returned',
    'to you or, if you ask, appraised separately.',
  ),
  'You receive an email with your offer and the test results within two business days. You then have three choices:',
];
const sChoices = [
  'accept and be paid by direct deposit, PayPal or check',
  'ask for a review by a second appraiser',
  'decline and have your items shipped back free and insured',
];
const sSilver = [
  j(
    'Sterling silver (92.5%) is paid at $0.71 per gram and platinum jewelry (95%) at $26.80 per gram. Silver-plated flatware',
    'and gold-filled items have little metal value and are not accepted.',
  ),
];
const sNav = ['Home', 'Sell Gold', 'Price Guide', 'Get a Free Kit', 'Reviews', 'FAQ'];
const sQuick = ['Search', 'About us', 'Shipping and insurance', 'Contact'];
const sPol = ['Refund policy', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://sterlingfoxgold.com/pages/gold-price-guide"><title>Gold Price Guide &ndash; Sterling Fox Gold Buyers</title>
<meta name="description" content="What Sterling Fox pays per gram for 10K to 24K gold, updated every weekday.">
<meta property="og:site_name" content="Sterling Fox Gold Buyers"><meta property="og:type" content="website">
<script>var Shopify = Shopify || {};Shopify.shop = "sterling-fox-gold.myshopify.com";Shopify.theme = {"name":"Dawn","id":139871223,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Sterling Fox Gold Buyers",
"url":"https://sterlingfoxgold.com"}</script>
<link href="//sterlingfoxgold.com/cdn/shop/t/4/assets/base.css?v=12" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1588__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-2 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free insured mail-in kit with every order &ndash; paid within 24 hours</span></p></div></div></div>
<div id="shopify-section-sections--1588__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link
focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//sterlingfoxgold.com/cdn/shop/files/fox.png"
alt="Sterling Fox Gold Buyers" width="150" height="48" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text
focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary
link"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"
aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1588__main" class="shopify-section section"><div class="page-width page-width--narrow
section-template--1588__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1><div class="rte">
${ps(sIntro)}
<h2>${sH[0]}</h2><table><thead><tr><th>Karat</th><th>Gold content</th><th>We pay per gram</th></tr></thead><tbody>${trs(sRows)}</tbody></table>
<p><em>${sAfterTable[0]}</em></p>
<h2>${sH[1]}</h2>${ps(sCalc)}<ul>${lis(sChoices)}</ul>
<h2>${sH[2]}</h2>${ps(sSilver)}
<p><a href="/products/free-mail-in-kit" class="button">Order your free kit</a></p>
</div></div></section></main>
<div id="shopify-section-sections--1588__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--1588__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Licensed and insured</h2><div class="footer-block__details-content rte">
<p>Sterling Fox is a licensed precious metals dealer, New Jersey License No. PMD-20418. Every kit is insured up to $5,000.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type"
value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--1588__footer" type="email" name="contact[email]"
class="field__input"
placeholder="Email" required><label class="field__label" for="NewsletterForm--sections--1588__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon
icon-arrow"></svg></button></div></div>
</form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">© 2026, <a href="/" title="">Sterling Fox Gold Buyers</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify">Powered by
Shopify</a></small>
<ul class="policies list-unstyled">${links(sPol)}</ul></div></div></div></footer></div>
<script src="//sterlingfoxgold.com/cdn/shop/t/4/assets/global.js?v=9" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout554-shopify-gold-price-guide',
  kind: 'docs',
  html: sHtml.replace(/&ndash;/g, '–'),
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...rowTexts(sRows), ...sAfterTable, ...sCalc, ...sChoices, ...sSilver]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free insured mail-in kit with every order – paid within 24 hours', ...sNav.filter((t) => t !== 'Price Guide'), 'Cart',
    'Order your free kit', 'Quick links', ...sQuick, 'Licensed and insured',
    'Sterling Fox is a licensed precious metals dealer, New Jersey License No. PMD-20418. Every kit is insured up to $5,000.', 'Subscribe to our emails',
    '© 2026, Sterling Fox Gold Buyers', 'Powered by Shopify', ...sPol,
  ],
};

const nTitle = 'What is my phone worth? Buyback prices for December 2026';
const nDek = 'Our top cash offers for used iPhones and Samsung Galaxy phones, checked against the market every Monday.';
const nH = ['iPhone buyback prices', 'Samsung Galaxy buyback prices', 'How we grade your phone'];
const nIph = [
  ['iPhone 17 Pro Max 256GB', '$742', '$655', '$410'],
  ['iPhone 17 Pro 128GB', '$618', '$540', '$335'],
  ['iPhone 17 128GB', '$455', '$398', '$240'],
  ['iPhone 16 Pro 128GB', '$430', '$372', '$215'],
  ['iPhone 15 128GB', '$236', '$204', '$105'],
];
const nSam = [
  ['Galaxy S26 Ultra 256GB', '$690', '$602', '$350'],
  ['Galaxy S25 128GB', '$310', '$268', '$140'],
  ['Galaxy Z Flip7 256GB', '$402', '$330', '$150'],
];
const nP1 = [
  j(
    'Prices are for unlocked phones or phones on any carrier that have been paid off. A phone still on a payment plan, reported',
    'lost or stolen, or locked to an iCloud or Google account cannot be accepted.',
  ),
];
const nP2 = ['Samsung trade-in values drop faster than Apple&rsquo;s, so we recommend selling within a month of upgrading.'];
const nGrade = [
  'Like new: no scratches you can see at arm&rsquo;s length, battery health 85% or more.',
  'Good: light scratches or scuffs, every button, camera and speaker works.',
  'Cracked: cracked front or back glass, but the phone turns on and the touch screen responds.',
];
const nP3 = [
  j(
    'If the phone we receive is in a different condition from the one you chose, we send a revised offer. You can accept it or',
    'have the phone returned free within three business days.',
  ),
];
const nNav = ['Sell your phone', 'How it works', 'Prices', 'Business', 'Help'];
const nFootCols: [string, string[]][] = [
  ['Sell', ['iPhone', 'Samsung', 'Google Pixel', 'iPad', 'MacBook']],
  ['Company', ['About Kestrel', 'Press', 'Careers', 'Recycling']],
  ['Support', ['Track my order', 'Shipping', 'Contact us']],
];
const nTable = (rows: string[][]): string => `<div class="overflow-x-auto rounded-lg border border-slate-200"><table class="min-w-full text-sm">
<thead class="bg-slate-50"><tr><th class="px-4 py-2 text-left">Model</th><th class="px-4 py-2">Like new</th><th class="px-4 py-2">Good</th>
<th class="px-4 py-2">Cracked</th></tr></thead><tbody class="divide-y divide-slate-100">${trs(rows, 'odd:bg-white even:bg-slate-50')}</tbody></table></div>`;
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Phone Buyback Prices December 2026 | Kestrel</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://kestrelbuyback.com/prices"/><meta name="next-head-count" content="5"/>
<link rel="preload" href="/_next/static/css/8f2c1d7e0b4a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f2c1d7e0b4a.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-4f1b2a.js" defer=""></script><script src="/_next/static/chunks/pages/prices-6c0e9d.js" defer=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","dateModified":"2026-12-01"}</script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<div class="bg-emerald-700 py-2 text-center text-sm text-white">Get paid 24 hours after your phone arrives. Free prepaid shipping label.</div>
<header class="sticky top-0 z-40 border-b bg-white"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a href="/" class="flex items-center gap-2 font-bold text-emerald-800"><svg aria-hidden="true" class="h-7 w-7"></svg><span>Kestrel</span></a>
<nav aria-label="Main" class="hidden gap-6 md:flex"><ul class="flex gap-6 text-sm font-medium">${links(nNav, 'hover:text-emerald-700')}</ul></nav>
<a href="/account/login" class="rounded-full border px-4 py-1.5 text-sm">Log in</a></div></header>
<main id="main" class="mx-auto grid max-w-6xl gap-10 px-4 py-10 lg:grid-cols-[1fr_320px]"><article class="prose prose-slate max-w-none">
<nav aria-label="Breadcrumb" class="not-prose mb-4 text-xs text-slate-500"><ol class="flex gap-1"><li><a href="/">Home</a></li><li>/</li>
<li><a href="/prices">Prices</a></li></ol></nav>
<h1>${nTitle}</h1><p class="lead">${nDek}</p>
<p class="not-prose text-xs text-slate-500">Prices last checked <time dateTime="2026-12-01">December 1, 2026</time></p>
<h2 id="iphone">${nH[0]}</h2>${nTable(nIph)}${ps(nP1)}
<h2 id="samsung">${nH[1]}</h2>${nTable(nSam)}${ps(nP2)}
<h2 id="grading">${nH[2]}</h2><ul>${lis(nGrade.map((g) => g.replace(/^(\w+):/, '<strong>$1:</strong>')))}</ul>${ps(nP3)}
</article><aside class="space-y-6"><div class="rounded-xl border bg-white p-5 shadow-sm lg:sticky lg:top-24"><p class="text-lg font-semibold">Get an instant
quote</p>
<form action="/quote" class="mt-3 space-y-3"><label for="model" class="block text-sm">Your phone</label><select id="model" name="model" class="w-full rounded
border">
<option>Choose a model</option><option>iPhone 17 Pro Max</option><option>Galaxy S26 Ultra</option></select>
<button type="submit" class="w-full rounded-full bg-emerald-700 py-2 text-white">See my price</button></form></div>
<div class="rounded-xl bg-slate-50 p-5 text-sm"><p class="font-semibold">Excellent</p><p>4.8 out of 5 based on 2,140 reviews</p></div></aside></main>
<footer class="border-t bg-slate-900 text-slate-300"><div class="mx-auto grid max-w-6xl grid-cols-2 gap-8 px-4 py-12 md:grid-cols-4">
${nFootCols.map(([h, l]) => `<div><h3 class="mb-3 text-sm font-semibold text-white">${h}</h3><ul class="space-y-2 text-sm">${links(l)}</ul></div>`).join('\n')}
</div><p class="border-t border-slate-800 py-6 text-center text-xs">© 2026 Kestrel Device Exchange LLC. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"updated":"2026-12-01","models":8}},
"page":"/prices","query":{},"buildId":"k3Vq9sTz"}</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout554-nextjs-phone-prices',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([nDek, ...rowTexts(nIph), ...nP1, ...rowTexts(nSam), ...nP2, ...nGrade, ...nP3]),
  bylines: ['Prices last checked December 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Get paid 24 hours after your phone arrives. Free prepaid shipping label.', 'Kestrel',
    ...nNav.filter((t) => t !== 'Prices' && t !== 'Business'), 'Log in', 'Home',
    'Get an instant quote', 'Your phone', 'See my price', 'Excellent', '4.8 out of 5 based on 2,140 reviews',
    ...nFootCols.flatMap(([h, l]) => [h, ...l]).filter((t) => !['iPhone', 'Samsung'].includes(t)),
    '© 2026 Kestrel Device Exchange LLC. All rights reserved.',
  ],
};

export const HELDOUT554_B: readonly TestPage[] = [shopify, nextjs];
