import { links, ps, type TestPage, texts } from './page-kit.js';
import { govWales } from './pages-heldout199-f2.js';

/**
 * Held-out batch 199, file f: a UK district council service page on LocalGov Drupal (the Civic Cookie Control banner, skip
 * link, header with logo, search and the "Report it", "Pay for it", "Apply for it" utility links, the breadcrumb, the
 * service page with its summary, call-to-action button and a fees table, the "Related links" sidebar, "Last updated", the
 * "Was this page helpful?" form, the "Is there anything wrong with this page?" link and the footer with social links and
 * address) and, from file f2, a Welsh Government (GOV.WALES) guidance page.
 */
const ccTitle = 'Garden waste collections';
const ccSummary = 'Subscribe to our fortnightly garden waste collection service for the year from April 2026 to March 2027.';
const ccP1 = [
  'Our garden waste service is a paid-for subscription. Once you have subscribed, we will collect your brown garden waste bin every ' +
    'other week from April to November and once a month from December to March.',
  'You can subscribe online using your council account. You will need your address, the number of bins you want and a debit or ' +
    'credit card. If you cannot use the online form, call our customer services team on 01632 960 214.',
];
const ccH1 = 'How much it costs';
const ccRows = [
  ['First bin', '£52'],
  ['Each additional bin (up to 3)', '£40'],
  ['Concession rate for residents receiving Council Tax Reduction', '£26'],
];
const ccP2 = [
  'Subscriptions run from 1 April to 31 March. If you subscribe after 1 July, the price will be reduced by a quarter for each full ' +
    'quarter that has passed.',
];
const ccH2 = 'What you can put in your garden waste bin';
const ccL2 = ['grass cuttings', 'leaves, plants and flowers', 'hedge trimmings and small branches up to 10cm thick', 'weeds'];
const ccP2b = [
  'Please do not put food waste, soil, rubble, plastic bags or pet waste in your garden waste bin. We will not empty bins that contain ' +
    'these items, and you will need to remove them before the next collection.',
];
const ccH3 = 'When you will get your bin';
const ccP3 = [
  'If you are a new subscriber, we will deliver your bin within 15 working days of your payment. Existing subscribers who renew ' +
    'will receive a new permit sticker by post in March. Stick the permit on the lid of your bin so our crews can see it.',
  'Collections are made on the same day as your recycling. Put your bin out by 7am on your collection day with the lid closed.',
];
const ccH4 = 'Cancelling your subscription';
const ccP4 = [
  'You can cancel at any time, but we can only give a refund if you cancel within 14 days of subscribing and before your first ' +
    'collection. We will collect the bin from your property within four weeks.',
  'If you move house within the district, let us know your new address and we will transfer your subscription. Please leave the ' +
    'bin at your old property for the new occupiers, and we will deliver a bin to your new home.',
];
const ccCookie = [
  'This site uses cookies to store information on your computer.',
  'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.',
  'Accept recommended settings',
  'Reject all',
  'Cookie preferences',
];
const ccUtil = ['Report it', 'Pay for it', 'Apply for it'];
const ccCrumbs = ['Home', 'Bins, recycling and waste'];
const ccRelated = ['Find your bin collection day', 'Report a missed bin', 'Household waste recycling centres', 'Compost bins'];
const ccHelpful = ['Was this page helpful?', 'Yes', 'No', 'Is there anything wrong with this page?'];
const ccFoot = ['Contact us', 'Accessibility statement', 'Privacy notice', 'Cookies', 'Jobs', 'Modern slavery statement'];
const ccSocial = ['Facebook', 'Instagram', 'YouTube'];
const ccAddr = 'Eastmere District Council, Council Offices, Brook Street, Eastmere, EM4 2PX';
const ccHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="description" content="${ccSummary}">
<link rel="canonical" href="https://www.eastmere.gov.uk/bins-recycling-and-waste/garden-waste-collections">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${ccTitle} | Eastmere District Council</title><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Lk2e8Q.css">
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script>
<script>var config = {apiKey: 'a1b2c3', product: 'PRO_MULTISITE', initialState: 'NOTIFY', text: {}};CookieControl.load(config);</script></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page"><header class="lgd-header" role="banner">
<div class="lgd-container padding-horizontal"><div class="lgd-header__inner"><div class="lgd-header__logo"><a href="/" rel="home">
<img src="/themes/custom/eastmere/logo.svg" alt="Eastmere District Council home"></a></div><div class="lgd-header__search">
<form class="localgov-search" action="/search" method="get" role="search"><label for="edit-s" class="visually-hidden">Search this site</label>
<input type="text" id="edit-s" name="s" class="form-text" placeholder="Search"><button type="submit" class="lgd-header__search-btn">
<span class="visually-hidden">Submit search</span></button></form></div><nav class="lgd-header__nav" aria-label="Quick links"><ul>
${links(ccUtil, 'lgd-header__nav-item')}</ul></nav></div></div></header>
<div class="lgd-region lgd-region--breadcrumb"><div class="lgd-container padding-horizontal"><nav role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="lgd-breadcrumb">${links(ccCrumbs, 'lgd-breadcrumb__item')}</ol></nav></div></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<article role="article" class="localgov-services-page localgov-services-page--full"><h1 class="lgd-page-title-block__title">${ccTitle}</h1>
<div class="localgov-services-page__summary"><p>${ccSummary}</p></div><div class="localgov-services-page__body">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(ccP1)}
<p><a class="button button--action" href="https://myaccount.eastmere.gov.uk/service/garden_waste">Subscribe to garden waste collections</a></p>
<h2>${ccH1}</h2><table class="table"><thead><tr><th scope="col">Number of bins</th><th scope="col">Price per year</th></tr></thead><tbody>
${ccRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>${ps(ccP2)}<h2>${ccH2}</h2>
<ul>${ccL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(ccP2b)}<h2>${ccH3}</h2>${ps(ccP3)}<h2>${ccH4}</h2>${ps(ccP4)}</div></div>
<div class="lgd-page-meta"><p>Last updated: <time datetime="2025-10-14T09:21:04Z">14 October 2025</time></p></div></article>
<section class="lgd-feedback"><form class="webform-submission-form" action="/webform/feedback" method="post"><fieldset>
<legend>${ccHelpful[0]}</legend><div class="form-radios"><input type="radio" id="fb-yes" name="helpful" value="yes"><label for="fb-yes">${ccHelpful[1]}</label>
<input type="radio" id="fb-no" name="helpful" value="no"><label for="fb-no">${ccHelpful[2]}</label></div></fieldset></form>
<p><a href="/report-problem-page">${ccHelpful[3]}</a></p></section></div>
<aside class="lgd-row__one-third lgd-sidebar"><div class="block block-localgov-services-related-links"><h2 class="block__title">Related links</h2>
<ul class="localgov-related-links">${links(ccRelated)}</ul></div></aside></div></div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-container padding-horizontal"><div class="lgd-footer__inner">
<nav aria-label="Footer"><ul class="lgd-footer__links">${links(ccFoot, 'lgd-footer__item')}</ul></nav>
<div class="lgd-footer__social"><h2 class="visually-hidden">Follow us</h2><ul>${links(ccSocial, 'lgd-footer__social-item')}</ul></div>
<address class="lgd-footer__address">${ccAddr}</address><p class="lgd-footer__copyright">© 2025 Eastmere District Council</p></div></div></footer></div></div>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify ccc-notify__bottom" role="dialog">
<div class="ccc-notify-text"><h3>${ccCookie[0]}</h3><p>${ccCookie[1]}</p></div><div class="ccc-notify-buttons">
<button id="ccc-recommended-settings" class="ccc-notify-button ccc-button--accept"><span>${ccCookie[2]}</span></button>
<button id="ccc-reject-settings" class="ccc-notify-button ccc-button--reject"><span>${ccCookie[3]}</span></button>
<button class="ccc-notify-link">${ccCookie[4]}</button></div></div></div>
<script src="/sites/default/files/js/js_9pQ1xe.js"></script></body></html>`;
const council: TestPage = {
  html: ccHtml,
  name: 'heldout199-localgov-council-service-page',
  kind: 'docs',
  // the service summary and the table data cells are body (header cells in neither list); the call-to-action button is in
  // neither list; "Last updated" with its date is a byline; breadcrumb, utility links, feedback, related links, cookie
  // banner and footer are furniture
  title: ccTitle,
  headings: [ccH1, ccH2, ccH3, ccH4],
  body: texts([ccSummary, ...ccP1, ...ccRows.flat(), ...ccP2, ...ccL2, ...ccP2b, ...ccP3, ...ccP4]),
  bylines: ['Last updated: 14 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search this site', 'Search', 'Submit search', ...ccUtil, 'Breadcrumb', ...ccCrumbs, ...ccHelpful, 'Related links', ...ccRelated,
    ...ccFoot, 'Follow us', ...ccSocial, ccAddr, '© 2025 Eastmere District Council', ...ccCookie,
  ],
};

export const HELDOUT199_F: readonly TestPage[] = [council, govWales];
