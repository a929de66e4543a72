import { j } from './pages-heldout231-kit.js';
import { links, type TestPage, texts } from './page-kit.js';
import { zhihuStyle } from './pages-heldout231-f2.js';

/**
 * Held-out batch 231, file f: a state revenue department's FAQ answer page on the U.S. Web Design System (the "An official
 * website of the State of Ridgefield" banner with its hidden "Here's how you know" panel, the header with the agency name and
 * the mega-menu nav, the alert about office closures, breadcrumbs, the side navigation of FAQ categories, the question as
 * h1 with the answer's own h2 sections, a table of deadlines, a summary box, the "Last reviewed" date, the "Was this page
 * helpful?" form, the "Related questions" box, the return-to-top link, and the footer with the agency identifier) and, from
 * file f2, a Zhihu-style English Q&amp;A question.
 */
const gTitle = 'Do I need to file a Ridgefield return if I work remotely for an out-of-state employer?';
const gIntro = [
  j(
    'Usually, yes. If you live in Ridgefield for the whole year, all of your income is taxable here, wherever your employer is',
    'based and wherever the wages are paid from. Working from home for a company in another state does not change where you',
    'are a resident.',
  ),
];
const gH = ['Full-year residents', 'If the other state also taxed your wages', 'Part-year residents and non-residents', 'Key dates'];
const gP1 = [
  j(
    'You must file Form RT-1 if your Ridgefield gross income is more than the filing threshold for your filing status. Include',
    'your wages from the out-of-state employer on line 1, even if no Ridgefield tax was withheld from them.',
  ),
  j(
    'If your employer did not withhold Ridgefield tax, you may owe tax when you file. To avoid a large bill and an underpayment',
    'penalty, you can ask your employer to withhold Ridgefield tax voluntarily or make quarterly estimated payments.',
  ),
];
const gP2 = [
  j(
    'Some states tax non-residents who work remotely for an employer located there. If you paid tax to another state on the same',
    'wages, you can usually claim a credit on Schedule OC so that the same income is not taxed twice. You will need:',
  ),
];
const gList = [
  'a copy of the return you filed with the other state,',
  'your Form W-2 showing the state wages and tax withheld, and',
  'the amount of tax you actually owed to the other state, not the amount withheld.',
];
const gP3 = [
  j(
    'If you moved into or out of Ridgefield during the year, file Form RT-1NR and report only the income you received while you',
    'were a resident, plus any income from Ridgefield sources while you were not. Wages for work physically performed in',
    'Ridgefield are Ridgefield-source income even if you live elsewhere.',
  ),
];
const gTable = [
  ['First quarter estimated payment', 'April 15'],
  ['Annual return (Form RT-1 or RT-1NR)', 'April 15'],
  ['Second quarter estimated payment', 'June 15'],
  ['Extended return deadline', 'October 15'],
];
const gCaption = 'Deadlines for the 2025 tax year. If a date falls on a weekend or holiday, the deadline moves to the next business day.';
const gSummary = [
  'Residents are taxed on all income, wherever the employer is based.',
  'A credit is available for tax paid to another state on the same wages.',
  'Ask your employer to withhold Ridgefield tax, or make estimated payments.',
];
const gNav = ['Individuals', 'Businesses', 'Tax professionals', 'Forms', 'Payments', 'About us'];
const gCrumbs = ['Home', 'Individuals', 'Frequently asked questions', 'Residency'];
const gSide = ['Filing and residency', 'Refunds', 'Payments and penalties', 'Credits and deductions', 'Identity protection', 'Contact us'];
const gRelated = ['Who is considered a Ridgefield resident?', 'How do I make an estimated payment?', 'What is Schedule OC?'];
const gFoot = ['Accessibility', 'Privacy policy', 'Public records requests', 'Website feedback', 'Site map'];
const gHelpful = ['Was this page helpful?', 'Yes', 'No', 'This form is for feedback on the website only. Do not include personal or tax information.'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Remote work for an out-of-state employer | Ridgefield Department of Revenue</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Usually, yes. If you live in Ridgefield for the whole year, all of your income is taxable.">
<meta property="og:title" content="${gTitle}"><meta property="og:site_name" content="Ridgefield Department of Revenue"><meta name="dcterms.modified"
content="2026-01-28">
<link rel="canonical" href="https://revenue.ridgefield.example/individuals/faq/remote-work"><link rel="stylesheet" href="/assets/uswds/css/styles.css">
<script src="/assets/uswds/js/uswds-init.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"${gTitle}","acceptedAnswer":{"@type":"Answer","text":"Usually, yes. If you live in Ridgefield for the whole year, all of your income is taxable
here."}}]}</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-RDOR"></script></head><body><a class="usa-skipnav"
href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the State of Ridgefield"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
<p class="usa-banner__header-text">An official website of the State of
Ridgefield</p><p class="usa-banner__header-action">Here’s how you know</p></div><button type="button" class="usa-accordion__button usa-banner__button"
aria-expanded="false" aria-controls="gov-banner-default"><span class="usa-banner__button-text">Here’s how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg">
<div class="usa-banner__guidance tablet:grid-col-6">
<div class="usa-media-block__body"><p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong>
website belongs to an official government organization in
the United States.</p></div></div><div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p>
<strong>Secure .gov websites use HTTPS</strong><br>
A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.</p></div></div></div>
</div></div></section>
<div class="usa-overlay"></div><header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text">
<a href="/" title="Ridgefield Department of Revenue">Ridgefield Department of Revenue</a></em></div><button type="button" class="usa-menu-btn">Menu</button>
</div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><button type="button" class="usa-nav__close">
<img src="/assets/uswds/img/usa-icons/close.svg"
role="img" alt="Close"></button><ul class="usa-nav__primary usa-accordion">${links(gNav, 'usa-nav__primary-item')}</ul><div class="usa-nav__secondary">
<ul class="usa-nav__secondary-links"><li class="usa-nav__secondary-item"><a href="/myrevenue">Sign in to MyRevenue</a></li><li class="usa-nav__secondary-item">
<a href="/es">Español</a></li></ul><section aria-label="Search component"><form class="usa-search usa-search--small" role="search"><label class="usa-sr-only"
for="search-field">Search</label><input class="usa-input" id="search-field" type="search" name="search"><button class="usa-button" type="submit">
<img src="/assets/uswds/img/usa-icons-bg/search--white.svg" class="usa-search__submit-icon" alt="Search"></button></form></section></div></div></nav></header>
<div class="usa-site-alert usa-site-alert--info" aria-label="Site alert"><div class="usa-alert"><div class="usa-alert__body">
<p class="usa-alert__text">Our taxpayer
service centers will be closed on Monday, February 16, for Presidents’ Day.</p></div></div></div>
<div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${gCrumbs.map((c) => `<li class="usa-breadcrumb__list-item"><a href="/${c.length}" class="usa-breadcrumb__link"><span>${c}</span></a></li>`).join('\n')}
</ol></nav><div class="grid-row grid-gap"><div class="usa-layout-docs__sidenav desktop:grid-col-3"><nav aria-label="FAQ categories"><ul class="usa-sidenav">
${links(gSide, 'usa-sidenav__item')}</ul></nav></div>
<main class="usa-layout-docs__main desktop:grid-col-9 usa-prose" id="main-content"><h1>${gTitle}</h1>
${gIntro.map((p) => `<p class="usa-intro">${p}</p>`).join('\n')}
<div class="usa-summary-box" role="region" aria-labelledby="summary-box-key-information"><div class="usa-summary-box__body">
<h2 class="usa-summary-box__heading" id="summary-box-key-information">Key information</h2><div class="usa-summary-box__text"><ul class="usa-list">
${gSummary.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div></div>
<h2>${gH[0]}</h2>
${gP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${gH[1]}</h2>
${gP2.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="usa-list">${gList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${gH[2]}</h2>
${gP3.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${gH[3]}</h2>
<table class="usa-table usa-table--borderless"><caption>${gCaption}</caption>
<thead><tr><th scope="col">What is due</th><th scope="col">Deadline</th></tr></thead><tbody>
${gTable.map(([a, b]) => `<tr><th scope="row">${a}</th><td>${b}</td></tr>`).join('\n')}
</tbody></table>
<p class="last-reviewed text-base font-sans-3xs">Last reviewed: January 28, 2026</p>
<div class="rdor-feedback usa-form"><fieldset class="usa-fieldset"><legend class="usa-legend">${gHelpful[0]}</legend><div class="usa-radio">
<input class="usa-radio__input" id="fb-yes"
type="radio" name="helpful"><label class="usa-radio__label" for="fb-yes">${gHelpful[1]}</label></div><div class="usa-radio"><input class="usa-radio__input"
id="fb-no" type="radio"
name="helpful"><label class="usa-radio__label" for="fb-no">${gHelpful[2]}</label></div></fieldset><p class="usa-hint">${gHelpful[3]}</p>
<button class="usa-button usa-button--outline" type="submit">Submit feedback</button></div>
<aside class="usa-card rdor-related"><div class="usa-card__container"><h2 class="usa-card__heading">Related questions</h2>
<ul class="usa-list usa-list--unstyled">
${links(gRelated)}</ul></div></aside></main></div></div>
<footer class="usa-footer usa-footer--slim"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation">
<ul class="grid-row grid-gap">${links(gFoot, 'usa-footer__primary-content')}</ul>
</nav><address class="usa-footer__address"><div class="usa-footer__contact-info">Taxpayer assistance: (555) 014-2290</div></address></div>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
<p class="usa-identifier__identity-domain">
revenue.ridgefield.example</p><p class="usa-identifier__identity-disclaimer">An official website of the Ridgefield Department of Revenue</p></section>
<section class="usa-identifier__section usa-identifier__section--usagov" aria-label="State government information and services">
<div class="usa-identifier__usagov-description">
Looking for state government information and services?</div><a href="https://ridgefield.example" class="usa-link">Visit Ridgefield.gov</a></section></div>
</footer>
<script src="/assets/uswds/js/uswds.min.js"></script></body></html>`;
const govFaq: TestPage = {
  name: 'heldout231-state-revenue-faq',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  // the summary box ("Key information") is the page's own summary of the answer: its items are body, its label neither;
  // the deadline table's caption and data cells are body, its column and row header cells in neither list
  body: texts([...gIntro, ...gSummary, ...gP1, ...gP2, ...gList, ...gP3, gCaption, ...gTable.map((r) => r[1] ?? '')]),
  bylines: ['Last reviewed: January 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the State of Ridgefield', 'Here’s how you know', 'Official websites use .gov',
    'A .gov website belongs to an official government organization in the United States.', 'Secure .gov websites use HTTPS',
    'A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
    'Ridgefield Department of Revenue', 'Menu', ...gNav, 'Sign in to MyRevenue', 'Español',
    'Our taxpayer service centers will be closed on Monday, February 16, for Presidents’ Day.', ...gCrumbs, ...gSide, ...gHelpful, 'Submit feedback',
    'Related questions', ...gRelated, 'Return to top', ...gFoot, 'Taxpayer assistance: (555) 014-2290', 'revenue.ridgefield.example',
    'An official website of the Ridgefield Department of Revenue', 'Looking for state government information and services?', 'Visit Ridgefield.gov',
  ],
};

export const HELDOUT231_F: readonly TestPage[] = [govFaq, zhihuStyle];
