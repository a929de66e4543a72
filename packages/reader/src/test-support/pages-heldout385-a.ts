import { links, ps, type TestPage, texts } from './page-kit.js';
import { usState } from './pages-heldout385-a2.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file a: a GOV.UK foreign travel advice page in its print-all-parts view (cookie banner, header,
 * breadcrumbs, the "Foreign travel advice" caption, contents list, "Get email alerts" link, feedback component, footer) and,
 * from file a2, a US State Department-style travel advisory.
 */
const gTitle = 'Velmora travel advice';
const gSummary = [
  j(
    'The Foreign, Commonwealth &amp; Development Office (FCDO) provides advice about risks of travel to help British nationals make',
    'informed decisions. Your own research and the advice of your tour operator should be part of your planning.',
  ),
  j(
    'Most visits to Velmora are trouble-free. Demonstrations have taken place in the capital, Port Aster, since February. They have',
    'mostly been peaceful, but police have used tear gas near the Old Customs House on two occasions.',
  ),
];
const gSafety1 = [
  j(
    'Protests can happen at short notice, usually on Fridays and near government buildings on Liberty Avenue. Avoid large gatherings,',
    'follow the instructions of the local authorities and monitor local media.',
  ),
  'Roads into the centre of Port Aster may be closed during protests. Allow extra time to reach the airport.',
];
const gSafety2 = [
  j(
    'Bag snatching and pickpocketing happen in busy markets and on the coastal tram. Thieves on scooters target pedestrians carrying',
    'phones near the seafront. Keep valuables out of sight and use hotel safes where you can.',
  ),
  'If you are a victim of crime, report it to the tourist police at any police station and get a copy of the report for your insurer.',
];
const gEntry1 = [
  j(
    'Every country or territory decides who can enter or leave through its borders. The Velmoran Directorate of Migration sets and',
    'enforces entry rules. If you are not sure how the rules apply to you, contact the Velmoran embassy in the UK.',
  ),
];
const gEntry2 = [
  'If you are visiting Velmora, your passport must:',
  'be valid for at least 6 months from the date you arrive',
  'have at least 2 blank pages',
  'not be damaged, including water damage or a missing page',
  'The date your passport was issued must be less than 10 years before the day you arrive.',
];
const gEntry3 = [
  j(
    'You can visit Velmora without a visa for up to 60 days in any 180-day period. From 1 June, you must also register online with',
    'the Velmoran Electronic Travel Authorisation (VETA) system at least 72 hours before you travel. Registration costs 15 euros and',
    'lasts for 2 years or until your passport expires.',
  ),
  j(
    'Border officers may ask to see a return or onward ticket and proof that you can support yourself during your stay. Make sure you',
    'get your passport stamped when you enter and leave.',
  ),
];
const gEntry4 = [
  j(
    'You must declare cash over 10,000 euros when you arrive. You cannot bring in fresh meat, dairy products or plants without a',
    'phytosanitary certificate.',
  ),
];
const gBody = [...gSummary, ...gSafety1, ...gSafety2, ...gEntry1, ...gEntry2, ...gEntry3, ...gEntry4];
const gParts = [
  'Summary',
  'Warnings and insurance',
  'Entry requirements',
  'Safety and security',
  'Terrorism',
  'Local laws and customs',
  'Health',
  'Getting help',
];
const gNav = ['Benefits', 'Births, death, marriages and care', 'Business and self-employed', 'Citizenship and living in the UK'];
const gNav2 = ['Departments', 'News', 'Guidance and regulation', 'Research and statistics', 'Policy papers and consultations'];
const gCrumbs = ['Home', 'Passports, travel and living abroad', 'Travel abroad'];
const gRelated = ['Travel abroad from England', 'Get help abroad if something goes wrong', 'Foreign travel insurance'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title lang="en">${gTitle} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<link rel="canonical" href="https://www.gov.uk/foreign-travel-advice/velmora/print">
<meta name="govuk:content-id" content="4f8a21c0-7d3e-4b5a-9e11-2f6c0d8b3a77"><meta name="govuk:format" content="travel_advice">
<meta name="govuk:schema-name" content="travel_advice"><meta name="govuk:rendering-app" content="frontend">
<meta property="og:site_name" content="GOV.UK"><meta property="og:title" content="${gTitle}">
<meta name="description" content="FCDO travel advice for Velmora. Includes safety and security, insurance, entry requirements and legal differences.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://www.gov.uk/foreign-travel-advice/velmora"},"headline":"${gTitle}","datePublished":"2024-11-02T09:14:00+00:00",
"dateModified":"2026-03-12T16:02:11+00:00","publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
<script nonce="q8Yw">document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
</head>
<body class="govuk-template__body gem-c-layout-for-public"><script>document.body.className += ' js-enabled';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
</div><div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header" data-module="super-navigation-mega-menu">
<div class="gem-c-layout-super-navigation-header__container govuk-width-container"><a class="govuk-header__link" href="/">GOV.UK</a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" aria-controls="super-navigation-menu">Menu</button>
<div id="super-navigation-menu" hidden><h3 class="govuk-heading-m">Services and information</h3><ul class="govuk-list">${links(gNav)}</ul>
<h3 class="govuk-heading-m">Government activity</h3><ul class="govuk-list">${links(gNav2)}</ul></div>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" aria-controls="super-search-menu">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="gem-track-click">
<ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Foreign travel advice</span>
<h1 class="gem-c-heading__text govuk-heading-xl">${gTitle}</h1></div>
<nav class="gem-c-contents-list" aria-label="Pages in this guide" role="navigation" data-module="gem-track-click">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">${links(gParts, 'gem-c-contents-list__list-item')}</ol></nav>
<div class="gem-c-single-page-notification-button" data-module="single-page-notification-button">
<a class="govuk-link" href="/email-signup?link=/foreign-travel-advice/velmora">Get email alerts</a></div>
<div class="govuk-body"><p class="govuk-body-s">Updated 12 March 2026</p>
<p class="govuk-body-s">Latest update: Information on the new Velmoran Electronic Travel Authorisation (‘Entry requirements’ page).</p></div>
<section id="summary"><h2 class="govuk-heading-l part-title">Summary</h2>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">${ps(gSummary)}</div></section>
<section id="safety-and-security"><h2 class="govuk-heading-l part-title">Safety and security</h2>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><h3 id="protests">Protests</h3>${ps(gSafety1)}
<h3 id="crime">Crime</h3>${ps(gSafety2)}</div></section>
<section id="entry-requirements"><h2 class="govuk-heading-l part-title">Entry requirements</h2>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">${ps(gEntry1)}
<h3 id="passport-validity-requirements">Passport validity requirements</h3><p>${gEntry2[0]}</p>
<ul>${gEntry2
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><p>${gEntry2[4]}</p>
<h3 id="visa-requirements">Visa requirements</h3>${ps(gEntry3)}
<div class="call-to-action"><p>Check the <a href="/veta">VETA registration guide</a> before you book.</p></div>
<h3 id="customs-rules">Customs rules</h3>${ps(gEntry4)}</div></section>
<a href="#contents" class="govuk-link gem-c-back-to-top-link">Contents</a>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button">Print this page</button></div>
</div><div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary">
<h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2>
<ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><button class="govuk-button gem-c-feedback__prompt-link">Yes</button>
<button class="govuk-button gem-c-feedback__prompt-link">No</button>
<button class="govuk-button gem-c-feedback__prompt-link">Report a problem with this page</button></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/">© Crown copyright</a></div></footer>
<script src="/assets/frontend/application-8c1d2e.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout385-govuk-travel-advice-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [
    'Summary',
    'Safety and security',
    'Protests',
    'Crime',
    'Entry requirements',
    'Passport validity requirements',
    'Visa requirements',
    'Customs rules',
  ],
  body: texts(gBody),
  bylines: ['Updated 12 March 2026', 'Latest update: Information on the new Velmoran Electronic Travel Authorisation (‘Entry requirements’ page).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.', 'Accept additional cookies', 'Reject additional cookies',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'View cookies', 'Skip to main content', 'Navigation menu', 'Services and information', ...gNav, 'Government activity', ...gNav2, 'Search GOV.UK',
    ...gCrumbs, 'Foreign travel advice', 'Contents', 'Warnings and insurance', 'Terrorism', 'Local laws and customs', 'Getting help',
    'Get email alerts', 'Check the VETA registration guide before you book.', 'Print this page', 'Related content', ...gRelated,
    'Is this page useful?', 'Report a problem with this page', 'Support links', ...gFoot.filter((t) => t !== 'Help' && t !== 'Contact'),
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT385_A: readonly TestPage[] = [govuk, usState];
