import { links, ps, type TestPage, texts } from './page-kit.js';
import { cardList } from './pages-heldout296-c2.js';
import { j, lis } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file c: a tax authority's guidance page on the GOV.UK frontend (cookie banner, crown header,
 * phase banner, breadcrumbs, "From / Published / Last updated" metadata, contents list, "Is this page useful?" feedback,
 * related-content sidebar, "Explore the topic" links and the GOV.UK footer) and, from file c2, a credit-card comparison
 * listing built with Next.js.
 */
const gTitle = 'Claim tax relief for your job expenses';
const gLead = 'You might be able to claim tax relief if you use your own money for things that you must buy for your job.';
const gH = ['Overview', 'Working from home', 'Uniforms, work clothing and tools', 'How to claim', 'If you’ve already claimed'];
const gOverview = [
  j(
    'You can only claim tax relief if you paid tax in the year you made the purchase, and you cannot claim for anything your',
    'employer has already paid back to you.',
  ),
  'You will get relief at your highest rate of tax. For example, if you pay basic rate tax at 20% and claim £100, you will pay £20 less tax.',
];
const gHome = [
  j(
    'You may be able to claim tax relief for additional household costs if you have to work at home on a regular basis, either',
    'for all or part of the week. This includes if you have to work from home because:',
  ),
];
const gHomeList = [
  'your job requires you to live far away from your employer’s office',
  'your employer does not have an office',
  'your contract says you must work from home',
];
const gHomeAfter = [
  'You cannot claim tax relief if you choose to work from home, for example because your employer’s office is sometimes full.',
  'You can claim £6 a week from 6 April 2026 without keeping evidence of your extra costs. For larger amounts you must keep records.',
];
const gUniform = j(
  'You may be able to claim tax relief on the cost of repairing or replacing small tools you need to do your job, or cleaning,',
  'repairing or replacing specialist clothing such as a uniform or protective boots. You cannot claim for the initial cost of',
  'buying clothing.',
);
const gClaim = [
  'You can claim online if you’ve paid for these expenses and your claim is for £2,500 or less.',
  'You need a Government Gateway user ID and password. If you do not have one, you can create one when you start.',
  'If you fill in a Self Assessment tax return, you must claim on your return instead.',
];
const gAlready = j(
  'Once your claim is accepted, your tax code will usually be changed so that you get the relief through your wages for the',
  'rest of the year. You do not need to claim again each year unless your costs change.',
);
const gRelated = ['Tax codes', 'Check your Income Tax for the current year', 'Self Assessment tax returns'];
const gExplore = ['Income Tax', 'Employment expenses'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Government Digital Service'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${gTitle}: Working from home - GOV.UK</title>
<meta name="govuk:format" content="guide"><meta name="govuk:primary-publishing-organisation" content="Revenue and Duties Office">
<meta property="og:title" content="${gTitle}"><link rel="canonical" href="https://www.gov.uk/tax-relief-for-employees">
<link rel="stylesheet" href="/assets/static/application-4b2c.css"><script type="application/ld+json">{"@context":"http://schema.org",
"@type":"Article","headline":"${gTitle}","publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
<script type="module" src="/assets/static/govuk_publishing_components/load-analytics.js"></script></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner__message govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
<button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="govuk-width-container"><a href="/" class="govuk-header__link--homepage">
<span class="govuk-visually-hidden">GOV.UK</span></a><nav aria-label="Menu"><ul>
<li><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button></li>
<li><button class="gem-c-layout-super-navigation-header__search-toggle-button">Search GOV.UK</button></li></ul></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-phase-banner govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This part of GOV.UK is being
rebuilt – find out what beta means</span></p></div>
<nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/browse/tax">Money and tax</a></li>
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/browse/tax/income-tax">Income Tax</a></li></ol></nav>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><h1 class="gem-c-heading__text govuk-heading-xl">${gTitle}</h1></div>
<div class="gem-c-metadata" data-module="metadata"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">
<a href="/government/organisations/revenue-and-duties-office" class="govuk-link">Revenue and Duties Office</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">3 June 2019</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">14 April 2026</dd></dl></div>
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">${links(gH, 'gem-c-contents-list__list-item')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<p class="govuk-body-l">${gLead}</p>
<h2 id="overview">${gH[0]}</h2>
${ps(gOverview)}
<h2 id="working-from-home">${gH[1]}</h2>
${ps(gHome)}
<ul>${lis(gHomeList)}</ul>
${ps(gHomeAfter)}
<div role="note" aria-label="Information" class="application-notice info-notice"><p>Rules are different if you are self-employed. Read
<a href="/expenses-if-youre-self-employed">expenses if you’re self-employed</a>.</p></div>
<h2 id="uniforms">${gH[2]}</h2>
${ps([gUniform])}
<h2 id="how-to-claim">${gH[3]}</h2>
${ps(gClaim)}
<p><a href="/claim-tax-relief-job-expenses/start" role="button" class="govuk-button govuk-button--start">Start now</a></p>
<h2 id="already-claimed">${gH[4]}</h2>
${ps([gAlready])}
</div></div>
<div class="gem-c-print-link"><button class="govuk-link gem-c-print-link__button">Print this page</button></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary">
<h2 class="gem-c-related-navigation__main-heading">Related content</h2><ul>${links(gRelated, 'gem-c-related-navigation__link')}</ul>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul>${links(gExplore)}</ul></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><button class="govuk-button">Maybe</button>
<button class="govuk-button">Yes this page is useful</button><button class="govuk-button">No this page is not useful</button>
<button class="govuk-button gem-c-feedback__prompt-link">Report a problem with this page</button></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise
stated</span><a class="govuk-footer__copyright-logo" href="/crown-copyright">© Crown copyright</a></div></footer>
<script src="/assets/static/application-9e0f.js" type="module"></script></body></html>`;
const govUk: TestPage = {
  name: 'heldout296-govuk-guide-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gLead, ...gOverview, ...gHome, ...gHomeList, ...gHomeAfter, gUniform, ...gClaim, gAlready]),
  bylines: ['Published', '3 June 2019', 'Last updated', '14 April 2026', 'Revenue and Duties Office'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.', 'Accept additional cookies', 'Reject additional cookies',
    'View cookies', 'Skip to main content', 'Menu', 'Search GOV.UK', 'Beta', 'This part of GOV.UK is being rebuilt – find out what beta means',
    'Home', 'Money and tax', 'From:', 'Contents', 'Rules are different if you are self-employed.', 'Start now', 'Print this page',
    'Related content', ...gRelated, 'Explore the topic', ...gExplore, 'Is this page useful?', 'Maybe', 'Yes this page is useful',
    'No this page is not useful', 'Report a problem with this page', ...gFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT296_C: readonly TestPage[] = [govUk, cardList];
