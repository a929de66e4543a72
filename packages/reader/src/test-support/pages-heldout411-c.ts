import { links, ps, type TestPage, texts } from './page-kit.js';
import { fsaAlert } from './pages-heldout411-c2.js';
import { j } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file c: an EU Safety Gate-style alert detail page, an Angular single-page app saved from the browser
 * with the Europa Component Library markup (`_ngcontent` attributes, ECL site header with language selector, cookie
 * consent kit, page header, the alert's description lists, photo gallery, "Back to search results", the ECL footer) whose
 * main text is short, and, from file c2, a Food Standards Agency allergy alert.
 */
const eTitle = 'Skin lightening cream';
const eProduct: [string, string][] = [
  ['Category', 'Cosmetics'],
  ['Product', 'Skin lightening cream'],
  ['Brand', 'Lumelle Blanc'],
  ['Name', 'Crème Éclat Intense'],
  ['Type / number of model', '50 ml jar, batch LB2411'],
  ['Barcode', '6291103571142'],
  ['Country of origin', 'United Arab Emirates'],
];
const eDesc = [
  j(
    'White cream in a white plastic jar with a gold screw lid, packed in a pink and gold cardboard box. The label lists the ingredients',
    'in two languages and claims the cream gives “visible brightening in seven days”.',
  ),
];
const eRisk = [
  j(
    'The product contains mercury (measured value: 1,480 mg/kg) and hydroquinone (measured value: 2.1 % by weight). Mercury can',
    'accumulate in the body and damage the kidneys and the nervous system; it may also harm an unborn child. Hydroquinone can',
    'cause irritation and skin discolouration.',
  ),
  'The product does not comply with the Cosmetic Products Regulation, which prohibits both substances in cosmetic products.',
];
const eMeasures = ['Withdrawal of the product from the market', 'Recall of the product from end users', 'Import rejected at border'];
const eMeta: [string, string][] = [
  ['Alert submitted by', 'Belgium'],
  ['Type of alert', 'Consumer'],
  ['Risk type', 'Chemical'],
  ['Notifying country', 'Belgium'],
  ['Compulsory measures', 'Ordered by: market surveillance authority'],
];
const eFoot = ['Contact the European Commission', 'Follow the European Commission on social media', 'Resources for partners', 'Languages on our websites'];
const eFoot2 = ['Cookies', 'Privacy policy', 'Legal notice', 'Accessibility'];
const eCookie = 'This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.';
const ng = '_ngcontent-ng-c2178436';
const row = (k: string, v: string): string => `<dt ${ng} class="ecl-description-list__term">${k}</dt>
<dd ${ng} class="ecl-description-list__definition">${v}</dd>`;
const eHtml = `<!DOCTYPE html>
<html lang="en" class="ecl-typography"><head><meta charset="utf-8"><title>Safety Gate: the EU rapid alert system for dangerous non-food products</title>
<base href="/safety-gate-alerts/"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Safety Gate alert A12/00418/26 – Skin lightening cream – Chemical risk">
<script type="application/json">{"utility":"cck","url":"https://ec.europa.eu/info/cookies_en"}</script>
<script defer src="https://webtools.europa.example/load.js?globan=1110"></script>
<style ng-app-id="ng">.alert-gallery[_ngcontent-ng-c2178436]{display:flex}</style><link rel="stylesheet" href="styles.7c2d1f.css"></head>
<body><div class="cck-container" role="region" aria-label="Cookie consent"><p class="cck-message">${eCookie}</p>
<button class="cck-actions-button" href="#accept">Accept all cookies</button>
<button class="cck-actions-button" href="#refuse">Accept only essential cookies</button></div>
<app-root ng-version="17.3.4" _nghost-ng-c1003871><header ${ng} class="ecl-site-header" data-ecl-auto-init="SiteHeader">
<div ${ng} class="ecl-site-header__header"><div class="ecl-site-header__container ecl-container"><a class="ecl-link ecl-site-header__logo-link"
href="https://commission.europa.eu/index_en"><span class="ecl-u-sr-only">European Commission</span></a>
<div class="ecl-site-header__action"><a href="#" class="ecl-link ecl-site-header__language-selector">English</a>
<button class="ecl-button ecl-site-header__search-toggle">Search</button></div></div></div>
<div class="ecl-site-header__banner"><div class="ecl-container"><p class="ecl-site-header__site-name">Safety Gate: the EU rapid alert system for
dangerous non-food products</p></div></div>
<nav class="ecl-menu" aria-label="Main navigation">
<ul class="ecl-menu__list">${links(['Home', 'Alerts', 'Weekly reports', 'Statistics', 'About Safety Gate'], 'ecl-menu__item')}</ul>
</nav></header>
<main ${ng} id="main-content"><div ${ng} class="ecl-container"><a ${ng} class="ecl-link ecl-link--standalone" href="screen/search">Back to search results</a>
<div ${ng} class="ecl-page-header"><p ${ng} class="ecl-page-header__meta">Alert number: <strong ${ng}>A12/00418/26</strong></p>
<h1 ${ng} class="ecl-page-header__title">${eTitle}</h1>
<p ${ng} class="ecl-page-header__meta">Published on <time ${ng}>13/03/2026</time> · Weekly report 11</p></div>
<div ${ng} class="alert-gallery"><figure ${ng} class="ecl-media-container"><img ${ng} src="api/download/image/418001" alt="Product photo">
<figcaption ${ng} class="ecl-media-container__caption">Photo 1 of 3 · Source: notifying authority</figcaption></figure></div>
<div ${ng} class="alert-section"><h2 ${ng} class="ecl-u-type-heading-2">Product</h2><dl ${ng} class="ecl-description-list ecl-description-list--horizontal">
${eProduct.map(([k, v]) => row(k, v)).join('\n')}
${row('Description', eDesc[0] ?? '')}</dl></div>
<div ${ng} class="alert-section"><h2 ${ng} class="ecl-u-type-heading-2">Risk</h2>
${ps(eRisk, ` ${ng} class="ecl-u-type-paragraph"`)}</div>
<div ${ng} class="alert-section"><h2 ${ng} class="ecl-u-type-heading-2">Measures</h2><ul ${ng} class="ecl-unordered-list">
${eMeasures.map((m) => `<li ${ng} class="ecl-unordered-list__item">${m}</li>`).join('\n')}</ul></div>
<div ${ng} class="alert-section"><h2 ${ng} class="ecl-u-type-heading-2">Alert details</h2><dl ${ng} class="ecl-description-list">
${eMeta.map(([k, v]) => row(k, v)).join('\n')}</dl></div>
<div ${ng} class="alert-actions"><button ${ng} class="ecl-button ecl-button--secondary">Download PDF</button>
<button ${ng} class="ecl-button ecl-button--secondary">Share alert</button></div>
<p ${ng} class="alert-disclaimer">The information in this alert is provided by the notifying national authority. The European Commission does not
guarantee its accuracy.</p></div></main>
<footer ${ng} class="ecl-site-footer"><div class="ecl-container"><p class="ecl-site-footer__description">This site is managed by the Directorate-General
for Justice and Consumers</p><ul class="ecl-site-footer__list">${links(eFoot, 'ecl-site-footer__list-item')}</ul>
<ul class="ecl-site-footer__list">${links(eFoot2, 'ecl-site-footer__list-item')}</ul></div></footer></app-root>
<script src="runtime.a81c0e.js" type="module"></script><script src="main.3fd9b2.js" type="module"></script></body></html>`;
const safetyGate: TestPage = {
  name: 'heldout411-eu-safety-gate-alert',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Product', 'Risk', 'Measures', 'Alert details'],
  body: texts([
    ...eProduct.slice(0, 1).map(([, v]) => v),
    ...eProduct.slice(2).map(([, v]) => v),
    ...eDesc,
    ...eRisk,
    ...eMeasures,
    ...eMeta.map(([, v]) => v),
  ]),
  bylines: ['Published on', '13/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    eCookie, 'Accept all cookies', 'Accept only essential cookies', 'European Commission', 'English', 'Search',
    'Safety Gate: the EU rapid alert system for dangerous non-food products', 'Home', 'Alerts', 'Weekly reports', 'Statistics', 'About Safety Gate',
    'Back to search results', 'Alert number:', 'A12/00418/26', 'Weekly report 11', 'Photo 1 of 3 · Source: notifying authority', 'Download PDF',
    'Share alert', 'The information in this alert is provided by the notifying national authority.',
    'This site is managed by the Directorate-General for Justice and Consumers', ...eFoot, ...eFoot2,
  ],
};

export const HELDOUT411_C: readonly TestPage[] = [safetyGate, fsaAlert];
