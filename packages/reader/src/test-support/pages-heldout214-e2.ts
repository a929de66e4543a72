import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 214, file e2: a food-safety agency's product recall notice on a GOV.UK Design System template (the cookie
 * banner with its accept / reject buttons and hidden confirmation, "Skip to main content", the header with the service
 * navigation, the phase banner, breadcrumbs, the caption above the title, the notice metadata (type, reference, dates), the
 * product details tables with row headers, the risk, company action and consumer advice sections, the boilerplate "About
 * product recalls" text, the alert sign-up box, share links, the "Is this page useful?" feedback block and the footer).
 */
const fsTitle = 'Greyfriars Kitchen recalls Chicken & Leek Pies because of undeclared mustard';
const fsSummary = [
  'Greyfriars Kitchen is recalling two sizes of its Chicken & Leek Pies because they contain mustard, which is not mentioned on ' +
    'the label. This means the products are a possible health risk for anyone with an allergy to mustard.',
];
const fsH1 = 'Product details';
const fsProducts = [
  {
    name: 'Greyfriars Kitchen Chicken & Leek Pie',
    rows: [
      ['Pack size', '200g'],
      ['Use by', '18 March 2026, 21 March 2026 and 24 March 2026'],
      ['Batch code', 'L6061, L6064, L6067'],
    ],
  },
  {
    name: 'Greyfriars Kitchen Chicken & Leek Family Pie',
    rows: [
      ['Pack size', '550g'],
      ['Use by', '20 March 2026 and 23 March 2026'],
      ['Batch code', 'L6063, L6066'],
    ],
  },
];
const fsH2 = 'Allergens';
const fsAllergen = ['Mustard'];
const fsH3 = 'Risk statement';
const fsRisk = [
  'The products listed above contain mustard, which is not mentioned on the label. This makes the products a possible health risk ' +
    'for anyone with an allergy to mustard. The mustard was present in a new batch of seasoning supplied to the manufacturer, whose ' +
    'ingredient specification had changed without the change being passed on.',
];
const fsH4 = 'Action taken by the company';
const fsAction = [
  'Greyfriars Kitchen is recalling the above products from customers and has contacted the relevant allergy support organisations, ' +
    'which will tell their members about the recall. The company has also issued point-of-sale notices to its customers. These ' +
    'notices explain to customers why the products are being recalled and tell them what to do if they have bought the products.',
  'The products were sold through independent butchers, farm shops and delicatessens in Yorkshire, Lancashire and Cumbria, and ' +
    'through the company’s own website. Other pies and products made by Greyfriars Kitchen are not affected.',
];
const fsH5 = 'Our advice to consumers';
const fsAdvice = [
  'If you have bought any of the above products and have an allergy to mustard, do not eat them. Instead, return them to the store ' +
    'from where they were bought for a full refund, with or without a receipt.',
  'For online orders, contact Greyfriars Kitchen customer services on 01423 555 019 or at recalls@greyfriarskitchen.example, ' + 'quoting your order number.',
  'If you have eaten one of these products and feel unwell, contact your GP or call NHS 111. In an emergency, call 999.',
];
const fsH6 = 'About product recalls and withdrawals';
const fsAbout = [
  'If there is a problem with a food product that means it should not be sold, then it might be ‘withdrawn’ (taken off the shelves) ' +
    'or ‘recalled’ (when customers are asked to return the product). The agency issues Product Withdrawal Information Notices and ' +
    'Product Recall Information Notices to let local authorities know about the problem, and it also issues Allergy Alerts where ' +
    'a product is wrongly labelled and a food allergen is not mentioned on the label.',
];
const fsCookie = [
  'Cookies on the National Food Safety Agency website',
  'We use some essential cookies to make this website work.',
  'We’d like to set additional cookies to understand how you use the website, remember your settings and improve our services.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
  'You’ve accepted additional cookies. You can change your cookie settings at any time.',
  'Hide cookie message',
];
const fsNav = ['Business guidance', 'Consumer advice', 'News and alerts', 'Research', 'About us'];
const fsPhase = 'This is a new service. Help us improve it and give your feedback (opens in new tab).';
const fsCrumbs = ['Home', 'News and alerts', 'Food alerts'];
const fsCaption = 'Allergy alert';
const fsMeta = [
  ['Alert type', 'Allergy alert: action'],
  ['Reference', 'NFSA-AA-19-2026'],
];
const fsDates = ['Published: 11 March 2026', 'Last updated: 11 March 2026'];
const fsSubscribe = ['Get alerts by email or text', 'Sign up to receive food and allergy alerts by email or SMS, free of charge.', 'Subscribe to alerts'];
const fsShare = ['Share this page', 'Facebook', 'LinkedIn', 'Email', 'Print this page'];
const fsFeedback = ['Is this page useful?', 'Yes', 'No', 'Report a problem with this page'];
const fsFootHead = 'Support links';
const fsFoot = ['Accessibility statement', 'Cookies', 'Privacy', 'Contact us', 'Complaints', 'Welsh language'];
const fsLicence = 'All content is available under the Open Government Licence v3.0, except where otherwise stated';
const fsAmp = (t: string): string => t.replace(/&/g, '&amp;');
const fsPs = (a: readonly string[]): string => a.map((p) => `<p class="govuk-body">${p}</p>`).join('\n');
const fsH = (t: string): string => `<h2 class="govuk-heading-m" id="${t.toLowerCase().replace(/\W+/g, '-')}">${t}</h2>`;
const fsTable = (p: (typeof fsProducts)[number]): string => `<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--s">
${fsAmp(p.name)}</caption><tbody class="govuk-table__body">
${p.rows
  .map(
    ([k, v]) => `<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${k}</th><td
class="govuk-table__cell">${v}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`;
const fsHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>Greyfriars Kitchen recalls Chicken &amp; Leek Pies because of undeclared mustard |
National Food Safety Agency</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color"
content="#0b0c0c">
<meta name="description" content="Greyfriars Kitchen is recalling two sizes of its Chicken &amp; Leek Pies because they contain mustard.">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.nfsa.example/news-alerts/alert/nfsa-aa-19-2026">
<link rel="stylesheet" href="/assets/stylesheets/application-4f2a1c.css"><script
type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Greyfriars Kitchen recalls Chicken & Leek Pies because of undeclared mustard","datePublished":"2026-03-11T15:40:00+00:00",
"publisher":{"@type":"GovernmentOrganization","name":"National Food Safety Agency"}}</script></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? '
govuk-frontend-supported' : '');</script>
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="${fsCookie[0]}"><div class="govuk-cookie-banner__message govuk-width-container">
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">${fsCookie[0]}</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">${fsCookie[1]}</p><p class="govuk-body">${fsCookie[2]}</p></div></div></div>
<div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button" value="accept">${fsCookie[3]}</button>
<button type="button" class="govuk-button" data-module="govuk-button" value="reject">${fsCookie[4]}</button><a class="govuk-link"
href="/cookies">${fsCookie[5]}</a>
</div></div><div class="govuk-cookie-banner__message govuk-width-container" role="alert" hidden><p class="govuk-body">${fsCookie[6]}</p>
<button class="govuk-button" data-module="govuk-button">${fsCookie[7]}</button></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo">
<a href="/" class="govuk-header__link govuk-header__link--homepage"><span class="govuk-header__logotype-text">National Food Safety
Agency</span></a></div></div></header>
<section aria-label="Service information" class="govuk-service-navigation" data-module="govuk-service-navigation"><div class="govuk-width-container">
<nav aria-label="Menu" class="govuk-service-navigation__wrapper"><button type="button" class="govuk-service-navigation__toggle
govuk-js-service-navigation-toggle"
aria-controls="navigation" hidden>Menu</button><ul class="govuk-service-navigation__list" id="navigation">${links(fsNav, 'govuk-service-navigation__item')}</ul>
</nav></div></section>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag
govuk-phase-banner__content__tag">
Beta</strong><span class="govuk-phase-banner__text">This is a new service. Help us improve it and <a class="govuk-link" href="/feedback"
target="_blank">give your
feedback (opens in new tab)</a>.</span></p></div>
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
${fsCrumbs.map((t) => `<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="#">${t}</a></li>`).join('\n')}</ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-l">${fsCaption}</span><h1 class="govuk-heading-xl">${fsAmp(fsTitle)}</h1>
<dl class="govuk-summary-list govuk-summary-list--no-border app-alert-meta">
${fsMeta
  .map(
    ([k, v]) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${k}</dt><dd
class="govuk-summary-list__value">${v}</dd></div>`,
  )
  .join('\n')}
</dl><p class="govuk-body-s app-dates">${fsDates[0]}<br>${fsDates[1]}</p>
<div class="govuk-body-l app-summary">${fsPs(fsSummary).replace('govuk-body', 'govuk-body-l')}</div>
${fsH(fsH1)}
${fsProducts.map(fsTable).join('\n')}
${fsH(fsH2)}
<ul class="govuk-list govuk-list--bullet">${fsAllergen.map((a) => `<li>${a}</li>`).join('')}</ul>
${fsH(fsH3)}
${fsPs(fsRisk)}
${fsH(fsH4)}
${fsPs(fsAction)}
${fsH(fsH5)}
${fsPs(fsAdvice)}
${fsH(fsH6)}
${fsPs(fsAbout)}
<div class="govuk-inset-text app-subscribe"><h2 class="govuk-heading-s">${fsSubscribe[0]}</h2><p class="govuk-body">${fsSubscribe[1]}</p>
<a href="/alerts/subscribe" role="button" draggable="false" class="govuk-button govuk-button--secondary" data-module="govuk-button">${fsSubscribe[2]}</a></div>
<div class="app-share"><h2 class="govuk-heading-s">${fsShare[0]}</h2><ul class="govuk-list app-share__list">
${fsShare
  .slice(1, 4)
  .map((t) => `<li><a class="govuk-link" href="#">${t}</a></li>`)
  .join('')}</ul><a class="govuk-link app-print" href="javascript:window.print()">${fsShare[4]}</a></div>
</div></div></main>
<div class="govuk-!-margin-top-8 app-feedback"><div class="app-feedback__prompt"><h2 class="govuk-body app-feedback__question">${fsFeedback[0]}</h2>
<ul class="app-feedback__options"><li><button class="govuk-button">${fsFeedback[1]}</button></li><li><button
class="govuk-button">${fsFeedback[2]}</button></li></ul>
<a class="govuk-link" href="/contact/problem">${fsFeedback[3]}</a></div></div></div>
<footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item
govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">${fsFootHead}</h2><ul class="govuk-footer__inline-list">${links(fsFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">${fsLicence}</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link
govuk-footer__copyright-logo"
href="https://www.nationalarchives.example/crown-copyright/">© Crown
copyright</a></div></div></div></footer>
<script type="module" src="/assets/javascripts/govuk-frontend.min.js"></script></body></html>`;

export const recallNotice: TestPage = {
  html: fsHtml,
  name: 'heldout214-food-agency-recall-notice',
  kind: 'news',
  // the summary under the metadata and the boilerplate "About product recalls" section are body; the product tables' data
  // cells are body and their row headers and captions (which repeat the title's product) in neither list; the caption above the
  // title, the metadata list, the sign-up box and share links are furniture; the publication and update dates are bylines
  title: fsTitle,
  headings: [fsH1, fsH2, fsH3, fsH4, fsH5, fsH6],
  body: texts([...fsSummary, ...fsProducts.flatMap((p) => p.rows.map((r) => r[1] ?? '')), ...fsAllergen, ...fsRisk, ...fsAction, ...fsAdvice, ...fsAbout]),
  bylines: fsDates,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fsCookie, 'Skip to main content', 'National Food Safety Agency', ...fsNav, 'Beta', fsPhase, ...fsCrumbs.filter((c) => c !== 'News and alerts'),
    fsCaption, ...fsMeta.flat(), ...fsSubscribe, ...fsShare, ...fsFeedback, fsFootHead, ...fsFoot, fsLicence, '© Crown copyright',
  ],
};
