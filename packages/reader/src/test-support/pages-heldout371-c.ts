import { links, ps, type TestPage, texts } from './page-kit.js';
import { lobbyingReturn } from './pages-heldout371-c2.js';
import { j, lis } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file c: a council's FOI response page on a LocalGov Drupal site (alert banner, header with search,
 * the service navigation, breadcrumbs, the response's reference and date fields, the request and response text with a
 * table, the "Was this page helpful?" form, the "Related pages" block, the service sidebar, the cookie notice and the
 * footer) and, from file c2, a lobbying register entry.
 */
const cTitle = 'FOI response: temporary accommodation for families with children';
const cRequest = [
  'Please tell me:',
  'how many families with children were placed in bed and breakfast accommodation in each quarter of 2025',
  'how many of those families stayed longer than the six-week legal limit',
  'the total amount the council spent on bed and breakfast placements in the 2024-25 financial year',
];
const cResponse = [
  j(
    'We hold the information you asked for. The figures below count each family once per quarter, even if the family moved',
    'between two or more bed and breakfast properties in that quarter.',
  ),
];
const cRows: [string, string, string][] = [
  ['January to March 2025', '46', '19'],
  ['April to June 2025', '38', '12'],
  ['July to September 2025', '41', '15'],
  ['October to December 2025', '52', '23'],
];
const cSpend = [
  j(
    'In 2024-25 the council spent £3,184,600 on bed and breakfast placements for all households, of which £1,912,300 was for',
    'families with children. These figures are taken from the housing needs ledger and have not yet been audited.',
  ),
];
const cContext = [
  j(
    'The number of families placed in bed and breakfast rose in the last quarter of 2025 because two leased blocks of',
    'self-contained flats were returned to their owners in October. The council has since signed leases on 64 new flats in',
    'Wyeford and Calloway Street, the first of which are expected to be ready in May 2026.',
  ),
  j(
    'Where a family stays longer than six weeks, a housing officer reviews the placement every week and the family is offered',
    'the first suitable self-contained home that becomes available.',
  ),
  j(
    'The council publishes quarterly homelessness statistics on its open data pages. Those statistics use a different count,',
    'based on the household at the end of each quarter, so the totals will not match the table above exactly.',
  ),
];
const cRights = [
  j(
    'If you are not satisfied with this response you can ask for an internal review by writing to foi@pennbury.gov.example within',
    'two months. If you are still not satisfied after the review, you can complain to the Information Commissioner’s Office.',
  ),
];
const cCrumbs = ['Home', 'Your council', 'Freedom of information', 'Disclosure log'];
const cNav = ['Bins and recycling', 'Council tax', 'Housing', 'Planning', 'Parking', 'Your council'];
const cSide = ['Make a freedom of information request', 'Disclosure log', 'Publication scheme', 'Data protection', 'Open data'];
const cRelated = ['Homelessness: get help', 'Housing allocations policy', 'Temporary accommodation placement policy'];
const cFoot = ['Contact us', 'Accessibility', 'Cookies', 'Privacy', 'Modern slavery statement', 'Jobs'];
const cHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"/>
<title>${cTitle} | Pennbury Borough Council</title><meta name="description" content="Disclosure log entry FOI-2026-0217."/>
<link rel="canonical" href="https://www.pennbury.gov.example/foi/disclosure-log/foi-2026-0217"/>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"/>
<meta name="MobileOptimized" content="width"/><meta name="viewport" content="width=device-width, initial-scale=1.0"/>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${cTitle}","datePublished":"2026-02-27"}]}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_theme/css/base.css"/>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"drupalLanguage":"en","entityType":"node","entityBundle":"localgov_page"});</script></head>
<body class="path-node page-node-type-localgov-page"><a href="#main-content" class="skip-link visually-hidden focusable">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page">
<div class="lgd-region lgd-region--notification"><div class="localgov-alert-banner localgov-alert-banner--minor" role="alert">
<div class="localgov-alert-banner__content"><p class="localgov-alert-banner__title">Christmas bin collections</p>
<p>Collections after the bank holidays are one day later than usual.</p></div>
<button class="js-localgov-alert-banner__close">Hide alert</button></div></div>
<header class="lgd-header"><div class="lgd-container"><div class="lgd-header__inner"><a href="/" class="lgd-header__logo">Pennbury Borough Council</a>
<form class="lgd-header__search" action="/search"><label for="q">Search this site</label><input id="q" name="s" type="search"/></form>
<nav class="lgd-header__nav lgd-header__nav--primary"><ul class="lgd-header__menu">${links(cNav, 'lgd-header__menu-item')}</ul></nav></div></div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="lgd-breadcrumbs" aria-label="Breadcrumb"><ol class="lgd-breadcrumbs__items">
${links(cCrumbs, 'lgd-breadcrumbs__item')}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row">
<div class="lgd-row__two-thirds"><article role="article" class="localgov-page"><h1 class="header">${cTitle}</h1>
<div class="field field--name-field-reference"><div class="field__label">Reference</div><div class="field__item">FOI-2026-0217</div></div>
<div class="field field--name-field-date"><div class="field__label">Date of response</div><div class="field__item">
<time datetime="2026-02-27T12:00:00Z">27 February 2026</time></div></div>
<div class="field field--name-body text-with-summary field__item"><h2>Request</h2>
${ps(cRequest.slice(0, 1))}<ol>${lis(cRequest.slice(1))}</ol>
<h2>Response</h2>
${ps(cResponse)}
<table><caption>Families with children placed in bed and breakfast accommodation</caption>
<thead><tr><th>Quarter</th><th>Families placed</th><th>Stayed longer than six weeks</th></tr></thead>
<tbody>${cRows.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('\n')}</tbody></table>
${ps(cSpend)}
<h3>Background to the figures</h3>
${ps(cContext)}
<h2>Your right to ask for a review</h2>
${ps(cRights)}</div></article>
<div class="localgov-page-feedback"><h2>Was this page helpful?</h2><form><button name="helpful" value="yes">Yes</button>
<button name="helpful" value="no">No</button></form></div>
<div class="localgov-related"><h2 class="localgov-related__title">Related pages</h2><ul>${links(cRelated)}</ul></div></div>
<aside class="lgd-row__one-third lgd-sidebar"><nav class="localgov-services-sublanding-nav"><h2>Freedom of information</h2>
<ul>${links(cSide)}</ul></nav></aside></div></div></main>
<footer class="lgd-footer"><div class="lgd-container"><ul class="lgd-footer__links">${links(cFoot)}</ul>
<p class="lgd-footer__address">Pennbury Borough Council, Town Hall, Market Square, Pennbury PB1 4TH</p>
<p class="lgd-footer__copyright">© Pennbury Borough Council 2026</p></div></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner"><div class="popup-content info">
<div id="popup-text"><p>We use cookies to make this website work and to collect anonymous information about how you use it.</p></div>
<div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Essential cookies only</button></div></div></div></div>
<script src="/core/misc/drupal.js"></script></body></html>`;
const council: TestPage = {
  name: 'heldout371-localgov-drupal-foi-response',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Request', 'Response', 'Background to the figures', 'Your right to ask for a review'],
  body: texts([
    ...cRequest,
    ...cResponse,
    'Families with children placed in bed and breakfast accommodation',
    ...cRows.flat(),
    ...cSpend,
    ...cContext,
    ...cRights,
  ]),
  bylines: ['27 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Christmas bin collections', 'Collections after the bank holidays are one day later than usual.', 'Hide alert',
    'Pennbury Borough Council', 'Search this site', ...cNav.slice(0, 5), ...cCrumbs, 'Reference', 'FOI-2026-0217', 'Date of response',
    'Was this page helpful?', 'Yes', 'Related pages', ...cRelated, 'Make a freedom of information request', 'Publication scheme', 'Data protection',
    'Open data', ...cFoot, 'Pennbury Borough Council, Town Hall, Market Square, Pennbury PB1 4TH', '© Pennbury Borough Council 2026',
    'We use cookies to make this website work and to collect anonymous information about how you use it.', 'Accept all cookies',
    'Essential cookies only',
  ],
};

export const HELDOUT371_C: readonly TestPage[] = [council, lobbyingReturn];
