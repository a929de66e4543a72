import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout401-kit.js';
import { uscis } from './pages-heldout401-a2.js';

/**
 * Held-out batch 401, file a: a GOV.UK mainstream service start page (cookie banner, header with the menu and search toggles,
 * breadcrumbs, the green "Start now" button, the "Related content" and "Explore the topic" side navigation, the "Is this page
 * useful?" bar and the GOV.UK footer) and, from file a2, a USCIS-style form page.
 */
const gTitle = 'Apply for a temporary street trading consent';
const gIntro = [
  j(
    'You need a temporary street trading consent to sell goods or food from a stall, van or cart on a public street for up to 28 days.',
    'This includes one-off events such as a summer fair, a Christmas market or a match day.',
  ),
  'You can use this service to:',
];
const gUse = ['apply for a new temporary consent', 'add a second pitch to a consent you already hold', 'change the dates of an event you applied for'];
const gCost = [
  j(
    'It costs £42 for each day you want to trade, up to a maximum of £560 for a single consent. You pay by debit or credit card at the end of the',
    'application. If your application is refused, £30 of the fee is kept to cover the cost of checking it.',
  ),
  'You will usually get a decision within 10 working days. Apply at least 3 weeks before the first day you want to trade.',
];
const gBefore = ['You will need:'];
const gNeed = [
  'the address or a description of where you want to trade, such as the name of the street and the nearest building',
  'the dates and times you want to trade',
  'a list of what you will sell',
  'a photo of your stall, van or cart',
  'your public liability insurance certificate, with cover of at least £5 million',
  'a food hygiene registration number, if you sell food',
];
const gOther = [
  j(
    'You can also apply by post. Download and fill in form STC1 and send it with a cheque to the street trading team at your local council.',
    'Postal applications take up to 20 working days.',
  ),
  j(
    'You do not need a consent if you trade on private land with the owner’s permission, or if you are a pedlar moving from place to place',
    'with a pedlar’s certificate.',
  ),
];
const gHeadings = ['Before you start', 'Other ways to apply'];
const gRelated = ['Street trading licences', 'Register a food business', 'Apply for a pavement licence', 'Pedlar’s certificate'];
const gExplore = ['Licences and licence applications', 'Food and farming: registration and licences'];
const gFoot = [
  'Help',
  'Privacy',
  'Cookies',
  'Accessibility statement',
  'Contact',
  'Terms and conditions',
  'Rhestr o Wasanaethau Cymraeg',
  'Government Digital Service',
];
const gFoot2 = [
  'Departments',
  'Worldwide',
  'Services',
  'Guidance and regulation',
  'News and communications',
  'Research and statistics',
  'Policy papers and consultations',
  'Transparency',
  'How government works',
  'Get involved',
];
const gCrumbs = ['Home', 'Business and self-employed', 'Licences and licence applications'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title lang="en">${gTitle} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<link rel="icon" sizes="48x48" href="/assets/static/favicon.ico"><link rel="stylesheet" href="/assets/frontend/application.css">
<meta name="govuk:format" content="transaction"><meta name="govuk:schema-name" content="transaction">
<meta name="govuk:content-id" content="a3f0e9b6-1d2c-4c7e-9d1e-55e0c8e0aa41"><meta name="govuk:rendering-app" content="frontend">
<meta property="og:site_name" content="GOV.UK"><meta property="og:title" content="${gTitle}">
<meta name="description" content="Apply for consent to trade from a stall, van or cart on a public street for up to 28 days - cost, what you need.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"GovernmentService","name":"${gTitle}",
"provider":{"@type":"GovernmentOrganization","name":"Local councils"},"url":"https://www.gov.uk/temporary-street-trading-consent"}</script>
<script>document.documentElement.className += ' js-enabled govuk-frontend-supported';</script></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK"><div
class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
</div></div></div><div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner" data-module="ga4-event-tracker">
<div class="gem-c-layout-super-navigation-header__container govuk-width-container"><a class="gem-c-layout-super-navigation-header__header-logo"
href="https://www.gov.uk/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button aria-controls="super-navigation-menu" aria-expanded="false" class="gem-c-layout-super-navigation-header__navigation-top-toggle-button"
type="button">Menu</button>
<button aria-controls="super-search-menu" aria-expanded="false" class="gem-c-layout-super-navigation-header__search-toggle-button"
type="button"><span class="govuk-visually-hidden">Search GOV.UK</span></button>
<div id="super-navigation-menu" hidden class="gem-c-layout-super-navigation-header__navigation-dropdown-menu"><ul>${links(gFoot2)}</ul></div>
</nav></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="ga4-link-tracker">
<ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en">
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8">
<h1 class="gem-c-heading__text govuk-heading-xl">${gTitle}</h1></div>
<div class="article-container"><section class="intro"><div class="get-started-intro">
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">${ps(gIntro)}
<ul>${lis(gUse)}</ul>
${ps(gCost)}</div></div>
<p id="get-started" class="get-started group"><a href="https://apply-street-trading.service.gov.uk/start" role="button" draggable="false"
class="gem-c-button govuk-button govuk-button--start" data-module="govuk-button">Start now<svg class="govuk-button__start-icon"
xmlns="http://www.w3.org/2000/svg"
width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg></a></p>
</section><section class="more"><div class="gem-c-govspeak govuk-govspeak">
<h2 id="before-you-start">${gHeadings[0] ?? ''}</h2>${ps(gBefore)}<ul>${lis(gNeed)}</ul>
<h2 id="other-ways-to-apply">${gHeadings[1] ?? ''}</h2>${ps(gOther)}</div></section></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-related-navigation" data-module="gem-toggle">
<h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2>
<nav role="navigation" class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items">
<ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul></nav>
<nav class="gem-c-related-navigation__nav-section"><h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3>
<ul class="gem-c-related-navigation__link-list">${links(gExplore, 'gem-c-related-navigation__link')}</ul></nav></div></div></div></main>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt gem-c-feedback__js-show">
<div class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul class="gem-c-feedback__option-list">
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link">Yes <span class="govuk-visually-hidden">this page is
useful</span></button></li>
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link">No <span class="govuk-visually-hidden">this page is not
useful</span></button></li></ul></div>
<div class="gem-c-feedback__prompt-questions"><button class="govuk-button gem-c-feedback__prompt-link">Report a problem with this
page</button></div></div></div></div></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__navigation">
<div class="govuk-grid-column-two-thirds"><h2 class="govuk-footer__heading govuk-heading-m">Topics</h2><ul class="govuk-footer__list">${links(
  gFoot2,
  'govuk-footer__list-item',
)}</ul></div></div>
<div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link"
href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise
stated</span></div>
<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo"
href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">©
Crown copyright</a></div></div></div></footer>
<script src="/assets/static/application.js" type="module"></script></body></html>`;
const govukStart: TestPage = {
  name: 'heldout401-govuk-start-page',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeadings,
  body: texts([...gIntro, ...gUse, ...gCost, ...gBefore, ...gNeed, ...gOther]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Navigation menu', 'Menu', 'Search GOV.UK',
    ...gCrumbs, 'Start now', 'Related content', ...gRelated, 'Explore the topic', ...gExplore, 'Is this page useful?', 'this page is useful',
    'this page is not useful', 'Report a problem with this page', 'Topics', ...gFoot2, 'Support links', ...gFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT401_A: readonly TestPage[] = [govukStart, uscis];
