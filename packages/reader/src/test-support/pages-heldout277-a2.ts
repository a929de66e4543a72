import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout277-kit.js';

/** Held-out batch 277, file a2: the USA.gov benefits page (see file a). */
const uTitle = 'Help paying your home heating and cooling bills';
const uHeads = ['Who can get help', 'How to apply', 'Emergency help if your power is about to be shut off', 'Other ways to lower your energy costs'];
const uLede = [
  j(
    'The Household Energy Assistance Program (HEAP) gives grants to help families with low incomes pay heating and cooling bills,',
    'make small energy repairs and weatherize their homes. The federal government funds the program, but each state, territory or',
    'tribe runs it and sets its own rules.',
  ),
];
const uWho = [
  j(
    'Eligibility is based mainly on your household income and size. In most states, you can qualify if your income is below',
    '60 percent of the state median income. Some states give priority to:',
  ),
];
const uPriority = ['Older adults', 'People with disabilities', 'Families with children under age 6'];
const uWho2 = [
  j(
    'You may automatically qualify if someone in your household gets Supplemental Security Income (SSI), food assistance or',
    'certain veterans benefits. You do not have to be behind on your bills to apply.',
  ),
];
const uApply = [
  j(
    'Contact your local energy assistance office to apply. Many states take applications only during certain months, often',
    'starting in October for heating help and in May for cooling help, so check the dates early.',
  ),
  'When you apply, you will usually need:',
];
const uDocs = [
  'Proof of income for everyone in your household for the last 30 days',
  'A recent utility bill or a statement from your fuel supplier',
  'Identification and Social Security numbers for household members',
];
const uApply2 = ['Your state will tell you how much help you can get. Payments usually go straight to your utility company or fuel supplier.'];
const uEmergency = [
  j(
    'If you have received a shut-off notice or you are almost out of heating fuel, ask your local office about crisis assistance.',
    'Most programs must act within 48 hours, or within 18 hours if your life is at risk.',
  ),
  j(
    'Many states also stop utility companies from cutting off power to some households during very cold or very hot weather.',
    'Your state public utility commission can tell you the rules where you live.',
  ),
];
const uOther = [
  j(
    'The Weatherization Assistance Program can pay for insulation, sealing drafts and repairing furnaces. Your utility company may',
    'also offer budget billing, which spreads your costs evenly across the year, or discounts for customers with low incomes.',
  ),
];
const uNav = ['All topics and services', 'About the U.S. and its government', 'Complaints', 'Disability services', 'Government benefits', 'Housing help'];
const uFoot = ['About us', 'Accessibility support', 'FOIA requests', 'No FEAR Act data', 'Office of the Inspector General', 'Privacy policy'];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${uTitle} | USAGov</title>
<meta name="description" content="Find out if you can get help paying your energy bills through the Household Energy Assistance Program.">
<link rel="canonical" href="https://www.usa.gov/help-with-energy-bills"><meta property="og:site_name" content="USAGov">
<meta property="og:type" content="website"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentService","name":"${uTitle}",
"provider":{"@type":"GovernmentOrganization","name":"USAGov"}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home","item":"https://www.usa.gov/"}]}]}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"nodeID":"41876","contentType":"basic_page","language":"en"});</script>
<link rel="stylesheet" media="all" href="/themes/custom/usagov/assets/css/styles.css?t7s1qv"></head>
<body class="path-node page-node-type-basic-page"><a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion">
<header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag"
src="/themes/custom/usagov/images/us_flag_small.png" alt=""></div><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
<p class="usa-banner__header-text">An official website of the United States government</p></div>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default">
<span class="usa-banner__button-text">Here’s how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg">
<div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Official websites use .gov</strong><br>
A <strong>.gov</strong> website belongs to an official government organization in the United States.</p></div></div>
<div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Secure .gov websites use HTTPS</strong><br>
A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.</p></div></div>
</div></div></div></section>
<header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo" id="extended-logo">
<a href="/" title="Home" aria-label="USAGov Logo"><img src="/themes/custom/usagov/images/Logo_USAGov.png" alt="USAGov Logo"></a></div>
<button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><button type="button" class="usa-nav__close">Close</button>
<ul class="usa-nav__primary usa-accordion">${links(uNav, 'usa-nav__primary-item')}</ul>
<div class="usa-nav__secondary"><div class="usa-nav__secondary-links"><a href="/es/ayuda-facturas-energia" lang="es" xml:lang="es"
class="language-link">Español</a></div>
<form class="usa-search usa-search--small" role="search" action="https://search.usa.gov/search"><label class="usa-sr-only"
for="search-field-small">Search</label>
<input class="usa-input" id="search-field-small" type="search" name="query"><button class="usa-button" type="submit">
<span class="usa-sr-only">Search</span></button></form></div></div></nav></header>
<main id="main-content" class="main-content usa-layout-docs" role="main"><div class="grid-container">
<nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${links(['Home', 'Government benefits', 'Housing help'], 'usa-breadcrumb__list-item')}</ol></nav>
<div class="grid-row grid-gap"><div class="usa-layout-docs__main desktop:grid-col-9 usa-prose"><article data-history-node-id="41876" class="usagov-basic-page">
<h1 id="page-heading">${uTitle}</h1>
${ps(uLede, ' class="usa-intro"')}
<aside class="usa-in-page-nav-container" aria-label="On this page"><nav class="usa-in-page-nav"><h4 class="usa-in-page-nav__heading">On this page</h4>
<ul class="usa-in-page-nav__list">
${uHeads.map((h, i) => `<li class="usa-in-page-nav__item"><a href="#sec-${i}" class="usa-in-page-nav__link">${h}</a></li>`).join('\n')}
</ul></nav></aside>
<div class="field field--name-body usa-prose">
<h2 id="sec-0">${uHeads[0]}</h2>
${ps(uWho)}
<ul>${lis(uPriority)}</ul>
${ps(uWho2)}
<h2 id="sec-1">${uHeads[1]}</h2>
${ps(uApply)}
<ul>${lis(uDocs)}</ul>
${ps(uApply2)}
<h2 id="sec-2">${uHeads[2]}</h2>
${ps(uEmergency)}
<h2 id="sec-3">${uHeads[3]}</h2>
${ps(uOther)}
</div>
<div class="usagov-last-updated"><p class="font-sans-3xs">LAST UPDATED: March 4, 2026</p></div>
<div class="usa-social-media"><span class="share-this-page">Share this page:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.usa.gov/help-with-energy-bills"><span class="usa-sr-only">Facebook</span></a>
<a href="https://twitter.com/intent/tweet?url=https://www.usa.gov/help-with-energy-bills"><span class="usa-sr-only">Twitter</span></a>
<a href="mailto:?subject=${uTitle}"><span class="usa-sr-only">Email</span></a></div></article>
<section class="usa-summary-box" aria-labelledby="ask-question"><div class="usa-summary-box__body">
<h2 class="usa-summary-box__heading" id="ask-question">Do you have a question?</h2><div class="usa-summary-box__text">
<p>Ask a real person any government-related question for free. They will get you the answer or let you know where to find it.</p>
<p><a href="/phone">Call USAGov</a> · <a href="/chat">Chat with USAGov</a></p></div></div></section>
<div id="page-helpful" class="usagov-survey"><h2 class="survey-question">Was this page helpful?</h2>
<button class="usa-button usa-button--outline" data-helpful="yes">Yes</button><button class="usa-button usa-button--outline" data-helpful="no">No</button>
<p class="survey-privacy">Please do not include personal information in your feedback.</p></div></div></div></div></main>
<footer class="usa-footer usa-footer--big"><div class="grid-container usa-footer__return-to-top"><a href="#">Back to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">
${links(uFoot, 'usa-footer__primary-content')}</ul></nav></div>
<div class="usa-footer__secondary-section"><div class="usa-footer__contact-links"><h3 class="usa-footer__contact-heading">Contact USAGov</h3>
<p>1-844-872-4681</p></div></div>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
<p class="usa-identifier__identity-disclaimer">USAGov is the official guide to government information and services</p></section>
<section class="usa-identifier__section usa-identifier__section--required-links"><p>An official website of the General Services Administration</p>
</section></div></footer><script src="/themes/custom/usagov/scripts/uswds.min.js"></script></body></html>`;
export const usagov: TestPage = {
  name: 'heldout277-usagov-benefits-docs',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uHeads,
  body: texts([...uLede, ...uWho, ...uPriority, ...uWho2, ...uApply, ...uDocs, ...uApply2, ...uEmergency, ...uOther]),
  bylines: ['LAST UPDATED: March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'Official websites use .gov',
    'A .gov website belongs to an official government organization in the United States.', 'Secure .gov websites use HTTPS',
    'A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
    'Menu', 'Close', ...uNav, 'Español', 'Search', 'Home', 'On this page', 'Share this page:', 'Facebook', 'Twitter', 'Email', 'Do you have a question?',
    'Ask a real person any government-related question for free. They will get you the answer or let you know where to find it.', 'Call USAGov',
    'Chat with USAGov', 'Was this page helpful?', 'Yes', 'Please do not include personal information in your feedback.', 'Back to top', ...uFoot,
    'Contact USAGov', '1-844-872-4681', 'USAGov is the official guide to government information and services',
    'An official website of the General Services Administration',
  ],
};
