import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout444-kit.js';

/**
 * Held-out batch 444, file a2: a Medicare-style explainer on a state agency site built with the U.S. Web Design System (the
 * "An official website" banner with its "Here's how you know" panel, usa-header with the mega menu, usa-breadcrumb, a
 * usa-sidenav, a usa-summary-box "Key takeaways", usa-prose with a usa-alert, the "Was this page helpful?" form, the
 * "Page last reviewed" line, the usa-footer and the identifier).
 */
const bTitle = 'Medicare Part B late enrollment: when the penalty applies and how to avoid it';
const bKey = [
  'Most people should sign up for Part B during the seven months around their 65th birthday.',
  'The penalty is 10% of the standard premium for each full 12-month period you could have had Part B but did not.',
  'Coverage through your own or your spouse’s current job can let you delay without a penalty.',
];
const bIntro = [
  j(
    'Medicare Part B helps pay for doctor visits, outpatient care, lab tests and medical equipment. Unlike Part A, which most people get',
    'without a premium, Part B has a monthly cost, and that leads some people to put off enrolling. Waiting can be expensive if you do not',
    'have other coverage that counts.',
  ),
];
const bWindow = [
  j(
    'Your Initial Enrollment Period starts three months before the month you turn 65, includes your birthday month, and ends three months',
    'after it. If you sign up in the first three months, coverage starts the month you turn 65. If you sign up later, coverage starts the',
    'month after you enroll.',
  ),
  j(
    'If you miss that window, you can sign up during the General Enrollment Period from January 1 to March 31 each year. Coverage then',
    'begins the month after you sign up, and a late enrollment penalty may apply.',
  ),
];
const bCalc = [
  j(
    'The penalty is added to your monthly premium for as long as you have Part B, in most cases for the rest of your life. It is based on',
    'how many full 12-month periods passed between the end of your Initial Enrollment Period and the date you signed up.',
  ),
  j(
    'For example, Rosalind waited 2 years and 7 months to enroll and had no job-based coverage in that time. Only the two full 12-month',
    'periods count, so her premium is 20% higher than the standard premium. If the standard premium is $192 a month, she pays $230.40.',
  ),
];
const bAlert = j(
  'Retiree coverage, COBRA and individual marketplace plans do not count as coverage based on current employment. If you rely on them',
  'past your Initial Enrollment Period, you can still be charged the penalty.',
);
const bSep = [
  j(
    'If you or your spouse are still working and have group health coverage through that job, you can usually delay Part B. When the job',
    'or the coverage ends, whichever comes first, you have an 8-month Special Enrollment Period to sign up without a penalty.',
  ),
  'To use this period, you will need to show that you had qualifying coverage. Have these ready:',
];
const bDocs = [
  'Form CMS-L564, Request for Employment Information, completed by your employer',
  'A letter from the plan or employer showing your coverage start and end dates',
  'Copies of health insurance cards or W-2 forms if your employer has closed',
];
const bHelp = [
  j(
    'The State Health Insurance Assistance Program offers free, unbiased counseling by phone and in person. A counselor can check whether',
    'your coverage qualifies and help you file an appeal if you think the penalty was applied in error.',
  ),
];
const bNav = ['Get Coverage', 'Medicare Basics', 'Costs & Savings', 'Forms', 'Get Help'];
const bCrumb = ['Home', 'Medicare Basics', 'Signing up'];
const bSide = ['Signing up', 'When coverage starts', 'Late enrollment penalties', 'Special Enrollment Periods', 'Working past 65'];
const bFoot = ['About us', 'Accessibility support', 'FOIA requests', 'No FEAR Act data', 'Privacy policy', 'Viewers & players'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Part B late enrollment penalty | Northmere Department of Aging</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="When the Part B late enrollment penalty applies.">
<meta property="og:type" content="article"><meta name="dcterms.modified" content="2026-09-14">
<link rel="stylesheet" href="/assets/uswds/css/styles.css"><script src="/assets/uswds/js/uswds-init.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${bTitle}","dateModified":"2026-09-14"}</script>
<script async src="https://dap.digitalgov.example/Universal-Federated-Analytics-Min.js?agency=NDA"></script></head>
<body><a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the State of Northmere"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
<p class="usa-banner__header-text">An official website of the State of Northmere</p>
<p class="usa-banner__header-action">Here’s how you know</p></div>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default">
<span class="usa-banner__button-text">Here’s how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="usa-banner__guidance tablet:grid-col-6">
<p><strong>Official websites use .gov</strong><br>A .gov website belongs to an official government organization in the United States.</p></div>
<div class="usa-banner__guidance tablet:grid-col-6"><p><strong>Secure .gov websites use HTTPS</strong><br>A lock or https:// means you’ve safely
connected to the .gov website.</p></div></div></div></section>
<div class="usa-overlay"></div><header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo">
<em class="usa-logo__text"><a href="/" title="Northmere Department of Aging">Northmere Department of Aging</a></em></div>
<button type="button" class="usa-menu-btn">Menu</button></div><nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner">
<ul class="usa-nav__primary usa-accordion">${links(bNav, 'usa-nav__primary-item')}</ul>
<div class="usa-nav__secondary"><form class="usa-search usa-search--small" role="search"><input class="usa-input" id="search-field" type="search"
name="search"><button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button></form></div></div></nav></header>
<div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${links(bCrumb, 'usa-breadcrumb__list-item')}<li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>Late enrollment penalties</span></li>
</ol></nav>
<div class="grid-row grid-gap"><aside class="desktop:grid-col-3"><nav aria-label="Secondary navigation"><ul class="usa-sidenav">
${links(bSide, 'usa-sidenav__item')}</ul></nav></aside>
<main class="desktop:grid-col-9 usa-prose" id="main-content"><h1>${bTitle}</h1>
<div class="usa-summary-box" role="region" aria-labelledby="summary-box-key-information"><div class="usa-summary-box__body">
<h2 class="usa-summary-box__heading" id="summary-box-key-information">Key takeaways</h2><div class="usa-summary-box__text">
<ul class="usa-list">${lis(bKey)}</ul></div></div></div>
${ps(bIntro)}
<h2 id="window">When you can sign up</h2>
${ps(bWindow)}
<h2 id="calc">How the penalty is calculated</h2>
${ps(bCalc)}
<div class="usa-alert usa-alert--warning usa-alert--slim"><div class="usa-alert__body"><p class="usa-alert__text">${bAlert}</p></div></div>
<h2 id="sep">Delaying Part B while you work</h2>
${ps(bSep)}
<ul class="usa-list">${lis(bDocs)}</ul>
<h2 id="help">Getting help</h2>
${ps(bHelp)}
<div class="page-feedback margin-top-5 border-top-1px border-base-lighter padding-top-2"><form class="usa-form" action="/feedback">
<fieldset class="usa-fieldset"><legend class="usa-legend">Was this page helpful?</legend>
<div class="usa-radio"><input class="usa-radio__input" id="fb-yes" type="radio" name="helpful" value="yes"><label class="usa-radio__label"
for="fb-yes">Yes</label></div>
<div class="usa-radio"><input class="usa-radio__input" id="fb-no" type="radio" name="helpful" value="no"><label class="usa-radio__label"
for="fb-no">No</label></div></fieldset><button class="usa-button usa-button--outline" type="submit">Send feedback</button></form></div>
<p class="page-reviewed text-base font-sans-3xs">Page last reviewed: September 14, 2026</p></main></div></div>
<footer class="usa-footer usa-footer--slim"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">
${links(bFoot, 'usa-footer__primary-content')}</ul></nav></div>
<div class="usa-footer__secondary-section"><p class="usa-footer__logo-heading">Northmere Department of Aging</p>
<p class="usa-footer__contact-info">Medicare helpline: (555) 014-2200</p></div></footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
<p class="usa-identifier__identity-disclaimer">An official website of the State of Northmere</p></section></div>
<script src="/assets/uswds/js/uswds.min.js"></script></body></html>`;
export const medicareGov: TestPage = {
  name: 'heldout444-uswds-medicare-explainer-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['Key takeaways', 'When you can sign up', 'How the penalty is calculated', 'Delaying Part B while you work', 'Getting help'],
  body: texts([...bKey, ...bIntro, ...bWindow, ...bCalc, bAlert, ...bSep, ...bDocs, ...bHelp]),
  bylines: ['Page last reviewed: September 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the State of Northmere', 'Here’s how you know', 'Official websites use .gov',
    'A .gov website belongs to an official government organization in the United States.', 'Secure .gov websites use HTTPS',
    'Northmere Department of Aging', 'Menu', ...bNav, ...bCrumb, 'Late enrollment penalties', ...bSide.filter((s) => s !== 'Signing up'),
    'A lock or https:// means you’ve safely connected to the .gov website.', 'Was this page helpful?', 'Send feedback', 'Return to top', ...bFoot,
    'Medicare helpline: (555) 014-2200',
  ],
};
