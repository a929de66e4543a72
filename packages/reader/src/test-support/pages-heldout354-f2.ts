import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file f2: a public-sector planned-maintenance notice on GOV.UK (the cookie banner with its two buttons,
 * the skip link, the govuk-header with the crown logo and menu, the phase banner, breadcrumbs, the "News story" document
 * type, the title and lead paragraph, the metadata block with "From" and "Published", the share links, the notification
 * banner, the "Related content" and "Explore the topic" sidebar, "Is this page useful?" and the footer with the licence).
 */
const uTitle = 'Vehicle licensing online services unavailable for planned maintenance on 21 and 22 March';
const uLead = 'Online services for taxing a vehicle, making a SORN and changing vehicle details will be offline overnight while we upgrade our systems.';
const uH = ['Services affected', 'What you can do', 'Why we are doing this work'];
const uAffected = [
  'tax your vehicle',
  'make a SORN (Statutory Off Road Notification)',
  'view or share your vehicle record',
  'change the address on your vehicle log book (V5C)',
];
const uS: readonly string[][] = [
  [
    j(
      'The agency will carry out planned maintenance on its online services from 8pm on Saturday',
      '21 March until 6am on Sunday 22 March. During this time, you will not be able to:',
    ),
  ],
  [
    j(
      'If your vehicle tax runs out on 21 or 22 March, you can tax your vehicle before the work starts or after the services come',
      'back online on Sunday morning. You will not be fined for driving an untaxed vehicle during the maintenance if you tax it by',
      'midnight on 22 March.',
    ),
    j(
      'You can still use the 24-hour automated phone service to tax your vehicle, but only if you have a reference number from a V11',
      'reminder letter. Post Office branches that offer vehicle tax will not be able to process applications during the same hours.',
    ),
    'Direct Debit payments for vehicle tax that are due during the maintenance will be taken as normal.',
  ],
  [
    j(
      'We are moving our vehicle record systems to a new data centre. This will make our services faster and more reliable, and it',
      'will let us add new features, such as telling you by text message when your vehicle tax is about to run out.',
    ),
    j('We have chosen the time of the week when the fewest people use our services. We are sorry for any inconvenience this causes.'),
    j(
      'This is the second of three planned maintenance periods this spring. The last one is expected in late April, and we will',
      'publish the dates at least two weeks in advance on this page and on our service status page.',
    ),
  ],
];
const uCrumb = ['Home', 'Driving and transport', 'Vehicle tax, MOT and insurance'];
const uRel = ['Vehicle tax: ways to pay', 'SORN guidance', 'Vehicle tax rates', 'Check if a vehicle is taxed'];
const uTopic = ['Driving and transport'];
const uFoot = [
  'Help',
  'Privacy',
  'Cookies',
  'Accessibility statement',
  'Contact',
  'Terms and conditions',
  'Rhestr o Wasanaethau Cymraeg',
  'Government Digital Service',
];
const uHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${uTitle} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<meta name="govuk:format" content="news_story"><meta name="govuk:schema-name" content="news_article">
<meta name="govuk:primary-publishing-organisation" content="Driver and Vehicle Records Agency"><meta property="og:site_name" content="GOV.UK">
<meta property="og:type" content="article"><meta property="og:title" content="${uTitle}"><meta name="description" content="${uLead}">
<link rel="canonical" href="https://www.gov.uk/government/news/vehicle-licensing-online-services-unavailable-21-22-march">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${uTitle}","datePublished":"2026-03-10T09:30:00+00:00",
"publisher":{"@type":"Organization","name":"GOV.UK"},"author":{"@type":"Organization","name":"Driver and Vehicle Records Agency"}}</script>
<link rel="stylesheet" href="/assets/frontend/application-5c1e.css"></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled' +
('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.uk/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content"><h2 id="super-navigation-menu-heading"
class="govuk-visually-hidden">Navigation menu</h2><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-phase-banner govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service. Help us
improve it and <a class="govuk-link" href="/contact/govuk">give your feedback</a>.</span></p></div>
<div class="gem-c-contextual-breadcrumbs"><nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
<ol class="govuk-breadcrumbs__list">${links(uCrumb, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">News story</span>
<h1 class="gem-c-heading__text govuk-heading-l">${uTitle}</h1></div><p class="gem-c-lead-paragraph">${uLead}</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/dvra" class="govuk-link">Driver and
Vehicle Records Agency</a></dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">10 March 2026</dd></dl></div>
<div class="gem-c-notification-banner govuk-notification-banner" role="region" aria-label="Important"><div class="govuk-notification-banner__header">
<h2 class="govuk-notification-banner__title">Important</h2></div><div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading">Check our service status page before you start an application.</p></div></div>
<div class="govuk-govspeak gem-c-govspeak direction-ltr"><h2 id="services-affected">${uH[0]}</h2>${ps(uS[0] ?? [])}
<ul>${uAffected.map((a) => `<li>${a}</li>`).join('\n')}</ul>
<h2 id="what-you-can-do">${uH[1]}</h2>${ps(uS[1] ?? [])}<h2 id="why">${uH[2]}</h2>${ps(uS[2] ?? [])}</div>
<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">Share this page</h2><ul class="gem-c-share-links__list">
<li><a class="govuk-link" href="#">Facebook</a></li><li><a class="govuk-link" href="#">Twitter</a></li></ul></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading">Related
content</h2><ul class="gem-c-related-navigation__link-list">${links(uRel, 'gem-c-related-navigation__link')}</ul>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul>${links(uTopic)}</ul></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
<button class="govuk-button" type="button">Yes</button><button class="govuk-button" type="button">No</button>
<button class="govuk-button" type="button">Report a problem with this page</button></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(uFoot, 'govuk-footer__inline-list-item')}</ul>
<p class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
<a class="govuk-footer__copyright-logo" href="https://www.nationalarchives.example/">© Crown copyright</a></div></footer>
<script type="module" src="/assets/frontend/application-9f2b.js"></script></body></html>`;
export const govukNotice: TestPage = {
  name: 'heldout354-govuk-maintenance-notice',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: uH,
  body: texts([uLead, ...(uS[0] ?? []), ...uAffected, ...(uS[1] ?? []), ...(uS[2] ?? [])]),
  bylines: ['From:', 'Driver and Vehicle Records Agency', 'Published', '10 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.', 'Accept additional cookies', 'Reject additional cookies', 'View cookies',
    'Skip to main content', 'Menu', 'Search GOV.UK', 'Beta', 'This is a new service. Help us improve it and give your feedback.', ...uCrumb, 'News story',
    'Important', 'Check our service status page before you start an application.', 'Share this page', 'Facebook', 'Twitter', 'Related content', ...uRel,
    'Explore the topic', 'Is this page useful?', 'Yes', 'Report a problem with this page', ...uFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};
