import { links, ps, type TestPage, texts } from './page-kit.js';
import { omnivore } from './pages-heldout451-e2.js';
import { j, lis } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file e: a government guide's printable version on the GOV.UK frontend (the cookie banner, skip link,
 * header, phase banner, the guide title with the "Print this page" link, each numbered part as a section, an inset text, a
 * warning text, the "Is this page useful?" feedback bar and the footer with its licence and Crown copyright lines) and, from
 * file e2, an article saved in Omnivore.
 */
const gTitle = 'Register a private water supply';
const gH = ['1. Overview', '2. Who must register', '3. How to register', '4. After you register'] as const;
const gP1 = [
  j(
    'You must register a private water supply with your local council if it provides drinking water to more than one household',
    'or to any commercial or public building. A private water supply is any supply not provided by a water company, such as a',
    'borehole, well, spring or stream.',
  ),
  'Registration is free. The council uses the register to plan risk assessments and to contact owners if there is a problem.',
];
const gInset = 'If your supply only serves your own home and nobody else uses it, you do not need to register it.';
const gP2 = ['You need to register if your supply serves any of the following:'];
const gWho = [
  'two or more homes, including holiday cottages you rent out',
  'a business, such as a farm shop, café, campsite or bed and breakfast',
  'a public building, such as a village hall, school or place of worship',
  'a food production business that uses the water in its products',
];
const gP3 = [
  j(
    'If you share a supply with neighbours, only one person needs to register it. You should agree between you who this will be',
    'and tell the council the names of the other users.',
  ),
];
const gP4 = ['To register, you’ll need:'];
const gNeed = [
  'the address of each property the supply serves',
  'the type of source, for example borehole or spring, and its location',
  'any treatment you use, such as filters or ultraviolet lamps',
  'the approximate number of people who drink the water each day',
];
const gP5 = [
  j('You can register online through your council’s website or by post using form PWS1. Most councils confirm registration', 'within 20 working days.'),
];
const gWarn = 'You can be fined up to £1,000 if you do not register a supply that serves other households or a business.';
const gP6 = [
  j(
    'The council will arrange a risk assessment of your supply within 5 years, or sooner if it serves a business or a public',
    'building. An officer will visit the source, look at how the water reaches each property and may take samples.',
  ),
  j(
    'You must tell the council within 28 days if you change the source, add treatment or start supplying another property.',
    'Sampling charges depend on the tests needed and are set by each council.',
  ),
];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title lang="en">${gTitle}: Print entire guide - GOV.UK</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#1d70b8"><meta name="robots" content="noindex, nofollow">
<meta name="govuk:format" content="guide"><meta name="govuk:content-id" content="7c1e2a90-51b4-4f3e-9d0a-2b6c8e1f4a33">
<link rel="stylesheet" href="/assets/frontend/application-5a1b2c.css"><link rel="stylesheet" media="print" href="/assets/frontend/print-8d9e0f.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gTitle}","publisher":{"@type":"Organization",
"name":"GOV.UK"},"datePublished":"2019-06-03T09:30:00+01:00","dateModified":"2026-01-20T14:12:00+00:00"}</script></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
</div><div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.uk/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-label="Menu"><ul>${links(['Services and information', 'Government activity'], 'gem-c-layout-super-navigation-header__navigation-item')}</ul>
</nav></div></header>
<div class="govuk-width-container"><div class="gem-c-phase-banner govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
<span class="govuk-phase-banner__text">This part of GOV.UK is being rebuilt</span></p></div>
<main class="govuk-main-wrapper" id="content" role="main" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<article class="gem-c-govspeak-html-publication"><header class="gem-c-title govuk-!-margin-bottom-8">
<h1 class="gem-c-title__text govuk-heading-xl">${gTitle}</h1>
</header>
<div class="gem-c-print-link govuk-!-display-none-print">
<button class="govuk-link gem-c-print-link__button" onclick="window.print()">Print this page</button></div>
<section id="overview"><h2 class="part-title govuk-heading-l">${gH[0]}</h2><div class="gem-c-govspeak govuk-govspeak"><div class="govspeak">
${ps(gP1)}
<div class="application-notice help-notice"><p>${gInset}</p></div></div></div></section>
<section id="who-must-register"><h2 class="part-title govuk-heading-l">${gH[1]}</h2><div class="gem-c-govspeak govuk-govspeak"><div class="govspeak">
${ps(gP2)}
<ul>
${lis(gWho)}
</ul>
${ps(gP3)}
</div></div></section>
<section id="how-to-register"><h2 class="part-title govuk-heading-l">${gH[2]}</h2><div class="gem-c-govspeak govuk-govspeak"><div class="govspeak">
${ps(gP4)}
<ul>
${lis(gNeed)}
</ul>
${ps(gP5)}
<div role="note" aria-label="Warning" class="application-notice help-notice"><p>${gWarn}</p></div></div></div></section>
<section id="after-you-register"><h2 class="part-title govuk-heading-l">${gH[3]}</h2><div class="gem-c-govspeak govuk-govspeak"><div class="govspeak">
${ps(gP6)}
</div></div></section></article>
<p class="govuk-body-s gem-c-metadata__definition">Last updated 20 January 2026</p></div></div></main>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
<button class="govuk-button gem-c-feedback__prompt-link">Yes</button><button class="govuk-button gem-c-feedback__prompt-link">No</button>
<button class="govuk-button gem-c-feedback__prompt-link">Report a problem with this page</button></div></div></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<p class="govuk-footer__meta-custom">Built by the <a href="/gds" class="govuk-footer__link">Government Digital Service</a></p>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="/ogl">Open Government
Licence v3.0</a>, except where otherwise stated</span></div>
<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="/crown-copyright">© Crown copyright</a></div>
</div></div></footer>
<script src="/assets/frontend/application-2e3f4a.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout451-govuk-print-guide-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [...gH],
  body: texts([...gP1, gInset, ...gP2, ...gWho, ...gP3, ...gP4, ...gNeed, ...gP5, gWarn, ...gP6]),
  bylines: ['Last updated 20 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Services and information',
    'Government activity', 'Beta', 'This part of GOV.UK is being rebuilt', 'Print this page', 'Is this page useful?',
    'Report a problem with this page', 'Support links', ...gFoot, 'Built by the Government Digital Service',
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT451_E: readonly TestPage[] = [govuk, omnivore];
