import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file c2: a Food Standards Agency allergy alert on the food.gov.uk Drupal template (cookie banner,
 * header with the nations switcher and menu, breadcrumbs, the alert label, the summary and reference number, product
 * details table, the Allergens / Risk statement / Action taken by the company / Our advice to consumers sections, the
 * "About allergy alerts" boilerplate, the subscribe box, share links, "Was this page useful?" and the footer).
 */
const aTitle = 'Holtbury Foods recalls Chicken Tikka Wraps because of undeclared milk';
const aSummary = [
  j(
    'Holtbury Foods is recalling its Chicken Tikka Wraps because they contain milk, which is not mentioned on the label. This means',
    'the product is a possible health risk for anyone with an allergy or intolerance to milk or milk constituents.',
  ),
];
const aDetails: [string, string][] = [
  ['Pack size', '210g'],
  ['Use by', '18 March 2026, 19 March 2026 and 20 March 2026'],
  ['Batch code', 'HT0611, HT0612, HT0613'],
];
const aAllergens = ['Milk'];
const aRisk = [
  j(
    'The product contains milk, which is not mentioned on the label. The yoghurt marinade used on the chicken was changed by a',
    'supplier in early March and the new recipe was not reflected on the packaging.',
  ),
];
const aCompany = [
  j(
    'Holtbury Foods is recalling the above product. Point of sale notices will be displayed in all retail stores that are selling',
    'this product. These notices explain to customers why the product is being recalled and tell them what to do if they have',
    'bought it. The wraps were sold in convenience stores and petrol station shops in the north of England and in Scotland.',
  ),
  'The company has also told the retailers it supplies directly, and has removed the affected batches from its own warehouse.',
];
const aAdvice = [
  j(
    'If you have bought the above product and have an allergy or intolerance to milk or milk constituents, do not eat it. Instead,',
    'return it to the store from where it was bought for a full refund, with or without a receipt.',
  ),
  j(
    'If you do not have an allergy or intolerance to milk, the product is safe for you to eat. If you have already eaten the wraps',
    'and feel unwell, contact your GP or call NHS 111.',
  ),
];
const aAbout = [
  j(
    'Sometimes there will be a problem with a food product that means it should not be sold. Then it might be ‘withdrawn’ (taken',
    'off the shelves) or ‘recalled’ (when customers are asked to return the product).',
  ),
  j(
    'The FSA issues Allergy Alerts to let people with allergies and intolerances know about any issues with foods in which an',
    'allergen is not mentioned on the label, or is mentioned incorrectly.',
  ),
];
const aNav = ['Food alerts', 'Food safety and hygiene', 'Allergens', 'Business guidance', 'News and updates', 'Research', 'About us'];
const aFoot = ['Accessibility', 'Cookies', 'Privacy', 'Terms and conditions', 'Modern slavery statement', 'Jobs', 'Contact us', 'Welsh language'];
const aCookie = j(
  'We’d like to use analytics cookies to collect information about how you use food.gov.uk. This information will help us',
  'improve the website.',
);
const sec = (id: string, title: string, inner: string): string => `<section class="alert-section" id="${id}">
<h2 class="alert-section__title">${title}</h2><div class="alert-section__content text-formatted">${inner}</div></section>`;
const aHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${aTitle} | Food Standards Agency</title>
<meta name="description" content="${aSummary[0] ?? ''}"><meta property="og:site_name" content="Food Standards Agency">
<meta property="og:type" content="article"><meta name="twitter:site" content="@foodgov">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${aTitle}",
"datePublished":"2026-03-11T16:02:00+0000","publisher":{"@type":"GovernmentOrganization","name":"Food Standards Agency"}}]}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"content_type":"alert","alert_type":"AA"});</script>
<link rel="stylesheet" href="/themes/custom/fsa/dist/css/fsa.css"></head>
<body class="page-node-type-alert"><div id="sliding-popup" class="cookie-banner" role="region" aria-label="Cookie banner">
<h2 class="cookie-banner__title">Cookies on food.gov.uk</h2><p class="cookie-banner__text">${aCookie}</p>
<button class="agree-button">Accept analytics cookies</button><button class="decline-button">Reject analytics cookies</button>
<a href="/cookies" class="cookie-banner__link">View cookie settings</a></div>
<a href="#main-content" class="skip-link">Skip to main content</a>
<header class="header" role="banner"><div class="header__nations"><span class="header__nations-label">Showing information for:</span>
<button class="header__nations-toggle">England, Wales and Northern Ireland</button></div>
<a class="header__logo" href="/"><span class="visually-hidden">Food Standards Agency</span></a>
<button class="header__menu-toggle" aria-expanded="false">Menu</button><form class="header__search" role="search">
<label for="edit-keywords" class="visually-hidden">Search this site</label><input id="edit-keywords" type="search"></form>
<nav class="navigation" aria-label="Main"><ul class="navigation__list">${links(aNav, 'navigation__item')}</ul></nav></header>
<main id="main-content" class="main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/">Home</a></li><li class="breadcrumb__item"><a href="/news-alerts/search/alerts">Alerts</a></li></ol></nav>
<article class="alert alert--allergy"><header class="alert__header"><p class="alert__type"><span class="alert-tag alert-tag--allergy">Allergy alert</span></p>
<h1 class="alert__title">${aTitle}</h1>
<div class="alert__meta"><p class="alert__updated">Last updated: <time datetime="2026-03-11T16:02:00Z">11 March 2026</time></p></div></header>
<div class="alert__summary">${ps(aSummary, ' class="alert__summary-text"')}
<p class="alert__reference"><span class="alert__reference-label">Reference number:</span> FSA-AA-19-2026</p></div>
${sec(
  'product-details',
  'Product details',
  `<h3 class="product-name">Holtbury Foods Chicken Tikka Wrap</h3><table class="product-details"><tbody>
${aDetails.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table>`,
)}
${sec('allergens', 'Allergens', `<ul class="allergen-list">${aAllergens.map((a) => `<li>${a}</li>`).join('')}</ul>`)}
${sec('risk', 'Risk statement', ps(aRisk))}
${sec('action-taken', 'Action taken by the company', ps(aCompany))}
${sec('advice', 'Our advice to consumers', ps(aAdvice))}
<aside class="alert__about"><h2 class="alert__about-title">About allergy alerts</h2>${ps(aAbout)}</aside>
<div class="alert__subscribe"><h2>Subscribe to alerts</h2><p>Get food and allergy alerts by email or SMS.</p>
<a class="button button--secondary" href="/subscribe">Sign up</a></div>
<div class="share"><h2 class="share__title">Share this page</h2>
<ul class="share__list">${links(['Share on Facebook', 'Share on X', 'Share by email'], 'share__item')}</ul>
</div></article>
<div class="feedback"><p class="feedback__question">Was this page useful?</p><button>Yes</button><button>No</button>
<button class="feedback__report">Report a problem with this page</button></div></main>
<footer class="footer" role="contentinfo"><ul class="footer__links">${links(aFoot, 'footer__item')}</ul>
<p class="footer__licence">All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
<p class="footer__copyright">© Crown copyright</p></footer>
<script src="/themes/custom/fsa/dist/js/fsa.js"></script></body></html>`;
export const fsaAlert: TestPage = {
  name: 'heldout411-food-standards-allergy-alert',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: ['Product details', 'Holtbury Foods Chicken Tikka Wrap', 'Allergens', 'Risk statement', 'Action taken by the company', 'Our advice to consumers'],
  body: texts([...aSummary, 'FSA-AA-19-2026', ...aDetails.map(([, v]) => v), ...aAllergens, ...aRisk, ...aCompany, ...aAdvice]),
  bylines: ['Last updated:', '11 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on food.gov.uk', aCookie, 'Accept analytics cookies', 'Reject analytics cookies', 'View cookie settings', 'Skip to main content',
    'Showing information for:', 'England, Wales and Northern Ireland', 'Food Standards Agency', 'Menu', 'Search this site',
    ...aNav.filter((n) => n !== 'Allergens'),
    'Home', 'Alerts', 'Allergy alert', 'Reference number:', 'About allergy alerts', ...aAbout, 'Subscribe to alerts',
    'Get food and allergy alerts by email or SMS.',
    'Sign up', 'Share this page', 'Share on Facebook', 'Share on X', 'Share by email', 'Was this page useful?', 'Report a problem with this page', ...aFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};
