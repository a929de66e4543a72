import { links, ps, type TestPage, texts } from './page-kit.js';
import { auRecall } from './pages-heldout411-f2.js';
import { j } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file f: a drug recall notice on a pharmacy chain's Adobe Experience Manager site (aem-Grid and cmp-*
 * component markup, OneTrust banner, promo strip, header with store finder, account and basket, mega menu, breadcrumbs, a
 * short notice built from text components with a product table, the "Talk to a pharmacist" teaser, related recalls list and
 * the footer), a page whose main text is short, and, from file f2, an Australian product safety recall page.
 */
const pTitle = 'Voluntary Recall of Norvadine (Metformin Hydrochloride) Extended-Release Tablets, 500 mg';
const pIntro = [
  j(
    'Calloway Pharmaceuticals has voluntarily recalled two lots of Norvadine extended-release tablets, 500 mg, to the retail',
    'level after testing found levels of a nitrosamine impurity above the acceptable daily intake limit. We have',
    'removed the affected lots from all stores and from home delivery.',
  ),
];
const pRows: [string, string, string, string][] = [
  ['Norvadine ER 500 mg, 90 tablets', 'NV24117', '08/2027', '0 1234-5678-90'],
  ['Norvadine ER 500 mg, 180 tablets', 'NV24121', '09/2027', '0 1234-5678-18'],
];
const pDo = [
  j(
    'Do not stop taking your medicine without talking to your pharmacist or doctor. Stopping metformin suddenly can raise blood',
    'sugar, which may be more harmful than the small risk from the impurity.',
  ),
  j(
    'If your prescription was filled with one of these lots, your Harwell pharmacist will contact you and replace it at no cost',
    'with an unaffected lot or another equivalent medicine. You can also bring your bottle to the pharmacy counter in any Harwell store.',
  ),
];
const pCheck = ['Look for the lot number on the side of your pharmacy bottle label or on the manufacturer’s bottle.'];
const pNav = ['Pharmacy', 'Health & Wellness', 'Beauty', 'Personal Care', 'Baby & Kids', 'Vitamins', 'Weekly Ad'];
const pRelated = ['Recall of Dermacalm Hydrocortisone Cream 1%', 'Recall of Kiddo Clear Children’s Cough Syrup', 'All product recalls'];
const pFoot = ['About Harwell', 'Careers', 'Store Locator', 'Pharmacy Privacy Notice', 'Terms of Use', 'Accessibility', 'Your Privacy Choices'];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${pTitle} | Harwell Pharmacy</title>
<meta name="template" content="content-page"><meta name="description" content="Calloway Pharmaceuticals has voluntarily recalled two lots of Norvadine.">
<link rel="stylesheet" href="/etc.clientlibs/harwell/clientlibs/clientlib-site.lc-9a1f3c-lc.min.css" type="text/css">
<script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({"page":{"pageInfo":{"pageName":"recalls:norvadine-er"}}});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${pTitle}","datePublished":"2026-03-06"}</script></head>
<body class="page basicpage" id="page-4a7e2b1f0c"><div class="root container responsivegrid"><div id="container-1c8d" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--header">
<div class="promo-strip"><p>Free delivery on prescriptions, every time.</p></div>
<header class="cmp-header"><a class="cmp-header__logo" href="/"><span class="sr-only">Harwell Pharmacy</span></a>
<a href="/store-finder" class="cmp-header__store">Find a Store</a><a href="/account" class="cmp-header__account">Sign In</a>
<a href="/basket" class="cmp-header__basket">Basket</a>
<nav class="cmp-navigation" role="navigation"><ul class="cmp-navigation__group">${links(pNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav>
</header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
<li class="cmp-breadcrumb__item"><a href="/" class="cmp-breadcrumb__item-link"><span>Home</span></a></li>
<li class="cmp-breadcrumb__item"><a href="/pharmacy" class="cmp-breadcrumb__item-link"><span>Pharmacy</span></a></li>
<li class="cmp-breadcrumb__item"><a href="/recalls" class="cmp-breadcrumb__item-link"><span>Product Recalls</span></a></li></ol></nav></div>
<div class="title aem-GridColumn aem-GridColumn--default--8"><div class="cmp-title"><h1 class="cmp-title__text">${pTitle}</h1></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text recall-date"><p>Posted: March 6, 2026</p></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text" data-cmp-data-layer="{}">${ps(pIntro)}</div></div>
<div class="title aem-GridColumn aem-GridColumn--default--8"><div class="cmp-title"><h2 class="cmp-title__text">Affected products</h2></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text"><table><thead><tr><th>Product</th><th>Lot</th><th>Expiration</th>
<th>NDC</th></tr></thead><tbody>${pRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps(pCheck)}</div></div>
<div class="title aem-GridColumn aem-GridColumn--default--8"><div class="cmp-title"><h2 class="cmp-title__text">What you should do</h2></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text">${ps(pDo)}</div></div>
<div class="teaser aem-GridColumn aem-GridColumn--default--4"><div class="cmp-teaser"><div class="cmp-teaser__content">
<h3 class="cmp-teaser__title">Talk to a pharmacist</h3><p class="cmp-teaser__description">Questions about your medicine? Chat with a Harwell
pharmacist 24/7.</p><a class="cmp-teaser__action-link" href="/pharmacy/chat">Start a chat</a></div></div></div>
<div class="list aem-GridColumn aem-GridColumn--default--4"><h3 class="cmp-list__heading">Related recalls</h3>
<ul class="cmp-list">${links(pRelated, 'cmp-list__item')}</ul></div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="cmp-footer"><ul>${links(pFoot, 'cmp-footer__item')}</ul>
<p class="cmp-footer__legal">© 2026 Harwell Pharmacy Co. All rights reserved.</p></footer></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies
and similar technologies to run our site, analyse traffic and personalise offers.</p><button id="onetrust-accept-btn-handler">Accept All</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script src="/etc.clientlibs/harwell/clientlibs/clientlib-site.lc-5b2e8d-lc.min.js"></script></body></html>`;
const pharmacy: TestPage = {
  name: 'heldout411-aem-pharmacy-drug-recall',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Affected products', 'What you should do'],
  body: texts([...pIntro, ...pRows.flat(), ...pCheck, ...pDo]),
  bylines: ['Posted: March 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free delivery on prescriptions, every time.', 'Harwell Pharmacy', 'Find a Store', 'Sign In', 'Basket', ...pNav, 'Home', 'Product Recalls',
    'Talk to a pharmacist', 'Questions about your medicine? Chat with a Harwell pharmacist 24/7.', 'Start a chat', 'Related recalls', ...pRelated, ...pFoot,
    '© 2026 Harwell Pharmacy Co. All rights reserved.', 'We use cookies and similar technologies to run our site, analyse traffic and personalise offers.',
    'Accept All', 'Cookie Settings',
  ],
};

export const HELDOUT411_F: readonly TestPage[] = [pharmacy, auRecall];
