import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout401-kit.js';
import { canadaPassport } from './pages-heldout401-b2.js';

/**
 * Held-out batch 401, file b: a DVLA-style vehicle service page built on the GOV.UK service template (cookie banner, service
 * header with the service name and "Sign in" link, the beta phase banner, the back link, a registration-number form with its
 * label, hint, details toggle and "Continue" button, the "Help us improve" link and the service footer) and, from file b2, a
 * Canada.ca passport renewal page.
 */
const dTitle = 'Get a vehicle keeper history letter';
const dIntro = [
  j(
    'Use this service to get a letter that lists the registered keepers of a vehicle and the dates each of them kept it. You can only',
    'ask for the history of a vehicle you are the current registered keeper of.',
  ),
  'You might need a keeper history letter if you are:',
];
const dWhy = [
  'selling a classic or collectable vehicle and the buyer wants proof of its history',
  'applying to keep an age-related number plate',
  'disputing a parking or toll charge issued to a previous keeper',
];
const dNeed = ['the vehicle registration number', 'the 11-digit reference number from your vehicle log book (V5C)', 'a debit or credit card to pay the £6 fee'];
const dAfter = [
  j(
    'The letter will be posted to the address on the log book within 10 working days. If you want it sent by email as a PDF, you can',
    'choose this before you pay.',
  ),
  j(
    'The letter shows the first part of each previous keeper’s postcode and the dates they kept the vehicle. It does not show their',
    'names or full addresses.',
  ),
];
const dHeadings = ['What you need', 'After you apply'];
const dFoot = ['Help', 'Cookies', 'Accessibility statement', 'Privacy notice', 'Contact', 'Terms and conditions'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${dTitle} – Driver and Vehicle Licensing Agency – GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#0b0c0c">
<link rel="icon" sizes="48x48" href="/public/images/favicon.ico"><link href="/public/stylesheets/application.css" rel="stylesheet">
<meta property="og:image" content="/public/images/govuk-opengraph-image.png">
<script nonce="c8f2d1">window.dataLayer=window.dataLayer||[];function
gtag(){dataLayer.push(arguments)}gtag('consent','default',{analytics_storage:'denied'});</script>
</head>
<body class="govuk-template__body"><script nonce="c8f2d1">document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ?
' govuk-frontend-supported' : '');</script>
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Get a vehicle keeper history letter">
<div class="govuk-cookie-banner__message govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Get a vehicle keeper history letter</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this service work.</p>
<p class="govuk-body">We’d also like to use analytics cookies so we can understand how you use the service and make improvements.</p></div></div></div>
<div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button">Accept analytics cookies</button>
<button type="button" class="govuk-button" data-module="govuk-button">Reject analytics cookies</button>
<a class="govuk-link" href="/cookies">View cookies</a></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo">
<a href="https://www.gov.uk" class="govuk-header__link govuk-header__link--homepage"><svg focusable="false" role="img" class="govuk-header__logotype"
aria-label="GOV.UK" viewBox="0 0 148 30" height="30" width="148"><title>GOV.UK</title></svg></a></div>
<div class="govuk-header__content"><a href="/" class="govuk-header__link govuk-header__service-name">${dTitle}</a>
<nav aria-label="Menu" class="govuk-header__navigation"><ul id="navigation" class="govuk-header__navigation-list">
<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/sign-in">Sign in</a></li></ul></nav></div></div></header>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service. Help us improve it and
<a class="govuk-link" href="/feedback">give your feedback (opens in new tab)</a>.</span></p></div>
<a href="https://www.gov.uk/vehicle-keeper-history" class="govuk-back-link">Back</a>
<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-l">Driver and Vehicle Licensing Agency</span><h1 class="govuk-heading-l">${dTitle}</h1>
${ps(dIntro, ' class="govuk-body"')}
<ul class="govuk-list govuk-list--bullet">${lis(dWhy)}</ul>
<h2 class="govuk-heading-m">${dHeadings[0] ?? ''}</h2><ul class="govuk-list govuk-list--bullet">${lis(dNeed)}</ul>
<h2 class="govuk-heading-m">${dHeadings[1] ?? ''}</h2>${ps(dAfter, ' class="govuk-body"')}
<form method="post" action="/registration-number" novalidate><input type="hidden" name="csrf" value="b61f0a2e">
<div class="govuk-form-group"><h2 class="govuk-label-wrapper"><label class="govuk-label govuk-label--m" for="vrm">What is the vehicle’s registration
number?</label></h2>
<div id="vrm-hint" class="govuk-hint">For example, CU57 ABC</div>
<input class="govuk-input govuk-input--width-10 govuk-input--extra-letter-spacing" id="vrm" name="vrm" type="text" spellcheck="false"
aria-describedby="vrm-hint"
autocomplete="off"></div>
<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">I do not have the log book
(V5C)</span></summary>
<div class="govuk-details__text">Apply for a replacement log book first. You cannot use this service without the reference number.</div></details>
<div class="govuk-button-group"><button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Continue</button></div>
</form></div></div></main></div>
<footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta"><div
class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${links(dFoot, 'govuk-footer__inline-list-item')}</ul>
<div class="govuk-footer__meta-custom">Built by the <a href="https://www.gov.uk/dvla" class="govuk-footer__link">Driver and Vehicle Licensing Agency</a></div>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link"
href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise
stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="#">© Crown copyright</a></div>
</div></div></footer>
<script type="module" src="/public/javascripts/application.js" nonce="c8f2d1"></script></body></html>`;
const dvla: TestPage = {
  name: 'heldout401-dvla-service-page',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeadings,
  body: texts([...dIntro, ...dWhy, ...dNeed, ...dAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on Get a vehicle keeper history letter', 'We use some essential cookies to make this service work.',
    'We’d also like to use analytics cookies so we can understand how you use the service and make improvements.', 'Accept analytics cookies',
    'Reject analytics cookies', 'View cookies', 'Skip to main content', 'Sign in', 'Beta',
    'This is a new service. Help us improve it and give your feedback (opens in new tab).',
    'Back', 'Driver and Vehicle Licensing Agency', 'What is the vehicle’s registration number?', 'For example, CU57 ABC', 'I do not have the log book (V5C)',
    'Apply for a replacement log book first. You cannot use this service without the reference number.', 'Continue', 'Support links', ...dFoot,
    'Built by the Driver and Vehicle Licensing Agency',
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT401_B: readonly TestPage[] = [dvla, canadaPassport];
