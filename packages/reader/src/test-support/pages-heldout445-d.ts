import { links, ps, type TestPage, texts } from './page-kit.js';
import { vanZendesk } from './pages-heldout445-d2.js';
import { j, lis } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file d: a "change your address" service page of an invented national government, built with the GOV.UK
 * Design System (cookie banner, the govuk-header, the phase banner, breadcrumbs, a start button, the contents list, inset text,
 * a details component, the "Is this page useful?" feedback, the related-content sidebar and the govuk-footer), and, from file
 * d2, a van-hire FAQ article on a Zendesk Help Center.
 */
const gTitle = 'Tell us you have moved house';
const gLead = [
  j('You must tell the Residents Registry within 28 days of moving to a new permanent address. You can do it online in about 10', 'minutes and it is free.'),
  'Updating the registry changes your address for:',
];
const gFor = ['your tax account', 'your driving licence and vehicle record', 'your health card', 'the electoral register, if you are registered to vote'];
const gH = ['Before you start', 'What happens next', 'If you cannot use the online service'];
const gNeed = ['your Residents Registry number (on your health card or last tax letter)', 'your new address and the date you moved', 'a valid email address'];
const gBefore = [
  'You’ll need:',
  j(
    'If more than one adult has moved, each person must tell us separately. You can include children under 16 in the application',
    'of one parent or guardian.',
  ),
];
const gInset = j('You can be fined up to 250 crowns if you do not tell us about a change of address without a good reason.');
const gNext = [
  j(
    'We will email you a reference number straight away. Your records are usually updated within 5 working days, and you will get',
    'a new driving licence by post within 3 weeks. Keep using your old licence until the new one arrives.',
  ),
  'You do not need to tell your local council separately. The registry shares your new address with them.',
];
const gPaper = [
  j(
    'You can ask for a paper form by calling the registry helpline on 0300 555 0172, Monday to Friday, 8am to 6pm. Return the',
    'form within 28 days of your move.',
  ),
];
const gNav = ['Benefits', 'Housing and local services', 'Driving and transport', 'Tax'];
const gRelated = ['Register to vote', 'Council tax bands', 'Renew your health card', 'Moving abroad: what to tell government'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'];
const gHtml = `<!DOCTYPE html><html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title>Tell us you have moved house - Residents Registry - GOV.AL</title><meta name="viewport" content="width=device-width, initial-scale=1,
viewport-fit=cover">
<meta name="theme-color" content="#1d70b8"><link rel="icon" sizes="48x48" href="/assets/images/favicon.ico"><meta name="govuk:format" content="transaction">
<meta name="govuk:schema-name" content="transaction"><meta name="description" content="Tell the Residents Registry about your new address online.">
<link rel="stylesheet" href="/assets/frontend/application-8f1d3a72.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"GovernmentService","name":"Tell us you have moved house","provider":
{"@type":"GovernmentOrganization","name":"Residents Registry"}}</script></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ?
' govuk-frontend-supported' : '');
</script><div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.AL">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.AL"><div class="gem-c-cookie-banner__message
govuk-cookie-banner__message
govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on
GOV.AL</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p><p
class="govuk-body">We’d
like to set additional cookies to understand how you use GOV.AL, remember your settings and improve government services.</p></div></div></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button><button
class="govuk-button"
type="submit" data-reject-cookies="true">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner" data-module="super-navigation-mega-menu"><div
class="gem-c-layout-super-navigation-header__container
govuk-width-container"><div class="gem-c-layout-super-navigation-header__header-logo"><a class="govuk-header__link govuk-header__link--homepage" href="/"><span
class="govuk-header__logotype-text">GOV.AL</span></a></div><nav aria-labelledby="super-navigation-menu-heading"
class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2><ul class="gem-c-layout-super-navigation-header__navigation-items">
${links(gNav, 'gem-c-layout-super-navigation-header__navigation-item')}</ul></nav></div></header>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag
govuk-phase-banner__content__tag">Beta
</strong><span class="govuk-phase-banner__text">This is a new service. Help us improve it and <a class="govuk-link" href="/feedback">give your
feedback</a>.</span></p>
</div><div class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="ga4-link-tracker"><ol class="govuk-breadcrumbs__list">
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a
class="govuk-breadcrumbs__link" href="/browse/housing-local-services">Housing and local services</a></li><li class="govuk-breadcrumbs__list-item"><a
class="govuk-breadcrumbs__link" href="/browse/housing-local-services/moving">Moving home</a></li></ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en"><div class="govuk-grid-row"><div
class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8"><h1 class="gem-c-heading__text govuk-heading-xl">${gTitle}</h1></div>
<section class="article-container"><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">${ps(gLead)}
<ul>${lis(gFor)}</ul></div></div>
<p class="gem-c-button__info-text"><a href="https://moving.registry.example/start" role="button" draggable="false" class="gem-c-button govuk-button
govuk-button--start" data-module="govuk-button">Start now<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19"
aria-hidden="true" focusable="false"></svg></a></p>
<section id="before-you-start" class="gem-c-govspeak govuk-govspeak"><h2 id="before">${gH[0]}</h2>${ps(gBefore.slice(0, 1))}<ul>${lis(gNeed)}</ul>
${ps(gBefore.slice(1))}<div class="application-notice help-notice"><p>${gInset}</p></div>
<h2 id="next">${gH[1]}</h2>${ps(gNext)}
<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">${gH[2]}</span></summary><div
class="govuk-details__text">${ps(gPaper)}</div></details></section></section>
<div class="gem-c-metadata"><p class="gem-c-metadata__term">Last updated</p><p class="gem-c-metadata__definition">9 January 2026</p></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 id="related-nav-related_items"
class="gem-c-related-navigation__main-heading">Related content</h2><nav role="navigation" class="gem-c-related-navigation__nav-section"><ul
class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul></nav><h3 class="gem-c-related-navigation__sub-heading">
Explore the topic</h3><ul><li><a href="/browse/housing-local-services/moving">Moving home</a></li></ul></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><div
class="gem-c-feedback__prompt-content"><div
class="gem-c-feedback__prompt-questions js-prompt-questions"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul
class="gem-c-feedback__option-list">
<li><button class="govuk-button">Yes<span class="govuk-visually-hidden">this page is useful</span></button></li><li><button class="govuk-button">No<span
class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div><button class="govuk-button govuk-button--secondary">Report a problem with
this page</button></div></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta"><div
class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">
${links(gFoot, 'govuk-footer__inline-list-item')}</ul><span class="govuk-footer__licence-description">All content is available under the Open Government Licence
v3.0, except where otherwise stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo"
href="/copyright">© Crown copyright</a></div></div></div></footer>
<script type="module" src="/assets/frontend/application-1c9e2b44.js"></script></body></html>`;
const govAddress: TestPage = {
  name: 'heldout445-govuk-frontend-change-address-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gLead, ...gFor, gBefore[0] ?? '', ...gNeed, ...gBefore.slice(1), gInset, ...gNext, ...gPaper]),
  bylines: ['9 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.AL', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.AL, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'GOV.AL', 'Navigation menu', ...gNav, 'Beta',
    'This is a new service. Help us improve it and give your feedback.', 'Home', 'Moving home', 'Start now', 'Last updated', 'Related content', ...gRelated,
    'Explore the topic', 'Is this page useful?', 'this page is useful', 'this page is not useful', 'Report a problem with this page', 'Support links', ...gFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT445_D: readonly TestPage[] = [govAddress, vanZendesk];
