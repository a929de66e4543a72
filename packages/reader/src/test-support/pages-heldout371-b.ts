import { links, ps, type TestPage, texts } from './page-kit.js';
import { transparencyReport } from './pages-heldout371-b2.js';
import { j, lis } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file b: a GOV.UK-style disclosure log entry, an "FOI release" publication (cookie banner, header, the
 * phase banner, breadcrumbs, the title block with "From" / "Published" metadata, the attachment card, the Details text with
 * a table, the "Explore the topic" sidebar, the "Is this page useful?" feedback bar and the footer) and, from file b2, a
 * technology company's transparency report page built with a JavaScript framework.
 */
const gTitle = 'Correspondence with ferry operators on winter timetable reductions';
const gIntro = [
  j(
    'This is a release of information under the Freedom of Information Act 2000. The request asked for correspondence between',
    'this department and the three contracted ferry operators about reductions to winter timetables on the',
    'Kestrel Sound and Orran Isles routes between 1 September and 30 November 2025.',
  ),
];
const gHeld = [
  j(
    'We hold 38 emails and 4 meeting notes within the scope of the request. We have released 31 emails and all 4 meeting notes',
    'in full or in part. Seven emails have been withheld in full.',
  ),
  j(
    'The released documents show that operators first raised crewing shortages in mid-September and proposed dropping the',
    'first and last sailings on weekdays. The department asked each operator to publish revised timetables at least six',
    'weeks before they took effect and to keep one morning and one evening sailing for island residents with medical appointments.',
  ),
];
const gRows: [string, string, string][] = [
  ['Kestrel Sound', '14 daily sailings', '11 daily sailings'],
  ['Orran Isles north', '6 daily sailings', '5 daily sailings'],
  ['Orran Isles south', '4 daily sailings', '4 daily sailings'],
];
const gWithheld = [
  j(
    'Some information has been withheld under section 43(2) of the Act, which covers information whose release would be likely',
    'to prejudice the commercial interests of any person. This applies to operators’ cost figures and to draft contract variations',
    'that are still under negotiation.',
  ),
  j(
    'Names and contact details of junior officials and of operators’ staff have been redacted under section 40(2), because they',
    'are personal data and releasing them would breach the data protection principles.',
  ),
  'In applying section 43(2) we considered the public interest. In favour of release:',
  'the public has a strong interest in understanding why lifeline services were reduced',
  'transparency about how the department oversees subsidised contracts supports confidence in public spending',
  j(
    'Against release, disclosing cost figures during live negotiations would weaken the department’s position and could lead to',
    'higher costs for taxpayers. We concluded that the balance favours withholding the figures at this time.',
  ),
];
const gReview = [
  j(
    'If you are dissatisfied with the handling of a request you may ask for an internal review. Requests should be sent within',
    '40 working days of the response to the Freedom of Information team at the address given in the attached letter.',
  ),
];
const gCrumbs = ['Home', 'Transport', 'Maritime and shipping', 'Ferries'];
const gTopic = ['Maritime and shipping', 'Ferries', 'Island transport'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const gFoot1 = ['Benefits', 'Births, death, marriages and care', 'Business and self-employed', 'Childcare and parenting', 'Driving and transport'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title lang="en">${gTitle} - GOV.UK</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#1d70b8"><link rel="canonical" href="https://www.gov.uk/government/publications/ferry-winter-timetables-foi">
<meta name="govuk:format" content="foi_release"><meta name="govuk:schema-name" content="publication">
<meta name="govuk:primary-publishing-organisation" content="Department for Coastal Transport">
<meta property="og:site_name" content="GOV.UK"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gTitle}","datePublished":"2026-02-18T09:30:00+00:00",
"publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
<link rel="stylesheet" href="/assets/static/application.css"></head>
<body class="gem-c-layout-for-public govuk-template__body"><script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region"><div class="govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
</div><div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading"><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-phase-banner govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This part of GOV.UK is being rebuilt –
<a class="govuk-link" href="/help/beta">find out what beta means</a></span></p></div>
<div class="gem-c-contextual-breadcrumbs"><nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb">
<ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row gem-print-columns-none">
<div class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">
FOI release</span><h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div>
<p class="gem-c-lead-paragraph">Information released in response to a request about winter ferry timetables.</p></div></div>
<div class="gem-c-metadata" data-module="metadata"><dl class="gem-c-metadata__list">
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/dct" class="govuk-link">
Department for Coastal Transport</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">18 February 2026</dd></dl></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<section id="documents"><h2 class="gem-c-heading__text govuk-heading-l">Documents</h2>
<section class="gem-c-attachment govuk-!-display-none-print"><div class="gem-c-attachment__thumbnail"></div><div class="gem-c-attachment__details">
<h3 class="gem-c-attachment__title"><a class="govuk-link gem-c-attachment__link" href="/media/foi-26-0093.pdf">FOI 26/0093 response letter and annex</a></h3>
<p class="gem-c-attachment__metadata"><span class="gem-c-attachment__attribute">PDF</span>, <span class="gem-c-attachment__attribute">2.4 MB</span>,
<span class="gem-c-attachment__attribute">57 pages</span></p>
<p class="gem-c-attachment__metadata">This file may not be suitable for users of assistive technology.</p></div></section></section>
<section id="details"><h2 class="gem-c-heading__text govuk-heading-l">Details</h2>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${ps(gIntro)}
<h3 id="what-we-hold">What we hold</h3>
${ps(gHeld)}
<table><thead><tr><th scope="col">Route</th><th scope="col">Summer 2025</th><th scope="col">Winter 2025-26</th></tr></thead>
<tbody>${gRows.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('\n')}</tbody></table>
<h3 id="information-withheld">Information withheld</h3>
${ps(gWithheld.slice(0, 3))}
<ul>${lis(gWithheld.slice(3, 5))}</ul>
${ps(gWithheld.slice(5))}
<h3 id="internal-review">Internal review</h3>
${ps(gReview)}
</div></div></section>
<div class="gem-c-published-dates"><h2 class="govuk-visually-hidden">Updates to this page</h2>Published 18 February 2026</div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation">
<h2 class="gem-c-related-navigation__main-heading">Explore the topic</h2><ul class="gem-c-related-navigation__link-list">
${links(gTopic, 'gem-c-related-navigation__link')}</ul></div></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><button class="govuk-button">Yes</button><button class="govuk-button">No</button>
<button class="govuk-button gem-c-feedback__prompt-link">Report a problem with this page</button></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__navigation">
<div class="govuk-footer__section"><h2 class="govuk-footer__heading govuk-heading-m">Services and information</h2>
<ul class="govuk-footer__list">${links(gFoot1, 'govuk-footer__list-item')}</ul></div></div>
<div class="govuk-footer__meta"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">
${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="/copyright">© Crown copyright</a></div></div></footer>
<script src="/assets/static/application.js" type="module"></script></body></html>`;
const govUk: TestPage = {
  name: 'heldout371-govuk-foi-release',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Details', 'What we hold', 'Information withheld', 'Internal review'],
  body: texts([...gIntro, ...gHeld, ...gRows.flat(), ...gWithheld, ...gReview]),
  bylines: ['Department for Coastal Transport', '18 February 2026', 'Published 18 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Menu', 'Search GOV.UK', 'Beta',
    'This part of GOV.UK is being rebuilt – find out what beta means', ...gCrumbs, 'FOI release',
    'Information released in response to a request about winter ferry timetables.', 'From:', 'Documents', 'FOI 26/0093 response letter and annex',
    'PDF', '2.4 MB', '57 pages', 'This file may not be suitable for users of assistive technology.', 'Updates to this page', 'Explore the topic',
    'Island transport', 'Is this page useful?', 'Yes', 'Report a problem with this page', 'Services and information', ...gFoot1,
    'Support links', ...gFoot, 'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT371_B: readonly TestPage[] = [govUk, transparencyReport];
