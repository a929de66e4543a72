import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 115, file c2: a documentation page on a devsite-style developer site (the custom elements devsite-header,
 * devsite-book-nav, devsite-toc and devsite-feedback, product tabs, breadcrumbs, "Send feedback", the "Important: Starting
 * on ..." aside at the top of the article body, a note aside, "Was this helpful?", the licence and last-updated footer line,
 * the footer link columns and the cookie bar).
 */
const t = 'Set up billing alerts';
const imp =
  'Important: Starting on March 1, 2026, billing alerts will be sent only to verified email addresses. Verify your billing ' +
  'contacts before that date to keep receiving alerts.';
const pA = [
  'Billing alerts tell you when your Orrery Cloud spending passes a threshold you choose. You can set alerts on a whole billing ' +
    'account or on a single project, and send them to email, a chat channel or a message topic that your own tools listen to.',
  'Alerts do not stop spending. They are a warning, not a limit. To cap usage, set quotas on the services you use.',
];
const hA = 'Before you begin';
const lA = [
  'You need the Billing Account Administrator role, or the Billing Account Costs Manager role, on the billing account.',
  'If you want alerts sent to a message topic, create the topic first in the project that will receive them.',
];
const hB = 'Create an alert';
const lB = [
  'In the console, open the Billing page and select your billing account.',
  'In the navigation menu, click Budgets and alerts, then click Create budget.',
  'Enter a name, choose the projects and services the budget covers, and set a monthly amount.',
  'Under Thresholds, add one or more percentages of the budget. The defaults are 50, 90 and 100 percent.',
  'Choose who receives the alert, then click Finish.',
];
const note = 'Note: Cost data can take up to a day to appear, so an alert may arrive several hours after the spending that triggered it.';
const hC = 'Choosing thresholds';
const pC = [
  'For most teams, a threshold at half the budget and another close to the full amount is enough. If your spending is spiky, ' +
    'for example because of monthly batch jobs, add a forecast threshold as well. Forecast alerts fire when Orrery Cloud ' +
    'predicts that the month will end above the threshold, which gives you time to act before it happens.',
  'Avoid setting many thresholds close together. People stop reading alerts that arrive every day.',
];
const hD = 'What’s next';
const lD = ['Learn how to read your cost breakdown report.', 'Export billing data to a warehouse table for your own analysis.'];
const tabs = ['Overview', 'Guides', 'Reference', 'Samples', 'Support'];
const book = ['Billing overview', 'Manage billing accounts', 'Budgets and alerts', 'View your costs', 'Export billing data'];
const crumbs = ['Orrery Cloud', 'Documentation', 'Billing'];
const foot = ['Connect', 'Blog', 'Newsletter', 'Programs', 'Startups', 'Education', 'Terms', 'Privacy', 'Sign up for the Orrery Cloud newsletter'];
const lic =
  'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License, and code ' +
  'samples are licensed under the Apache 2.0 License.';
const cookie = 'orrery.example uses cookies from Orrery to deliver and enhance the quality of its services and to analyze traffic.';
const html = `<!doctype html>
<html lang="en" dir="ltr"><head><meta name="google-signin-client-id" content="157101835696-ooapojlodmuabs2do2vuhhnf90bccmoi.apps.example">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Orrery Cloud">
<meta property="og:type" content="website"><meta name="description" content="Create budgets and billing alerts for your Orrery Cloud billing account.">
<title>${t} &nbsp;|&nbsp; Orrery Cloud Billing &nbsp;|&nbsp; Orrery Cloud</title><link rel="stylesheet"
href="https://www.gstatic.example/devrel-devsite/prod/v3/css/app.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Billing"}]}</script>
<script>(function(d,e,v,s,i,t,E){d['GoogleDevelopersObject']=i;t=e.createElement(v);t.async=1;t.src=s;E=e.getElementsByTagName(v)[0];})</script>
</head>
<body type="article" theme="orrery-cloud-theme" class="" layout="docs" pending><devsite-progress type="indeterminate" id="app-progress"></devsite-progress>
<section class="devsite-wrapper"><devsite-cookie-notification-bar><div class="devsite-snackbar" role="alert"><div
class="devsite-snackbar-message">${cookie}</div>
<a class="devsite-snackbar-action" href="/policies">Learn more</a><button class="devsite-snackbar-action">OK, got
it</button></div></devsite-cookie-notification-bar>
<devsite-header role="banner"><div class="devsite-header--inner nocontent"><div class="devsite-top-logo-row-wrapper-wrapper"><div
class="devsite-top-logo-row">
<a class="devsite-product-name-link" href="/"><span class="devsite-product-name">Orrery Cloud</span></a>
<devsite-search enable-signin="true"><form class="devsite-search-form" action="/s/results" method="GET"><input type="text"
class="devsite-search-field devsite-search-query"
name="q" placeholder="Search" aria-label="Search"></form></devsite-search>
<devsite-language-selector><ul role="presentation"><li role="presentation"><a role="menuitem" lang="en">English</a></li></ul></devsite-language-selector>
<a class="devsite-header-link button" href="/console">Console</a><devsite-user><a class="button devsite-top-button" href="#">Sign
in</a></devsite-user></div></div>
<div class="devsite-collapsible-section"><div class="devsite-header-background"><div class="devsite-product-id-row"><div
class="devsite-product-description-row">
<ul class="devsite-breadcrumb-list"><li class="devsite-breadcrumb-item"><a class="devsite-breadcrumb-link" href="/billing/docs">Orrery Cloud
Billing</a></li></ul></div></div>
<div class="devsite-doc-set-nav-row"><devsite-tabs class="lower-tabs"><nav class="devsite-tabs-wrapper" aria-label="Lower tabs">
${tabs
  .map(
    (x) => `<tab><a href="/billing/docs/${x.toLowerCase()}" class="devsite-tabs-content
gc-analytics-event">${x}</a></tab>`,
  )
  .join('')}</nav></devsite-tabs></div></div></div></div></devsite-header>
<devsite-book-nav scrollbars><div class="devsite-book-nav-filter"><input type="text" placeholder="Filter" aria-label="Type to filter"></div>
<nav class="devsite-book-nav devsite-nav nocontent" aria-label="Side menu"><ul class="devsite-nav-list">${links(
  book,
  'devsite-nav-item',
)}</ul></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" class="devsite-main-content" has-book-nav has-toc>
<devsite-toc class="devsite-nav" role="navigation" aria-label="On this page"><ul class="devsite-nav-list"><li class="devsite-nav-item
devsite-nav-heading">On this page</li>
${[hA, hB, hC, hD].map((x) => `<li class="devsite-nav-item"><a href="#" class="devsite-nav-title">${x}</a></li>`).join('')}</ul></devsite-toc>
<devsite-content><article class="devsite-article"><div class="devsite-article-meta nocontent" role="navigation"><ul class="devsite-breadcrumb-list"
aria-label="Breadcrumb">
${crumbs
  .map(
    (c) => `<li class="devsite-breadcrumb-item"><a href="/" class="devsite-breadcrumb-link">${c}</a><div class="devsite-breadcrumb-guillemet
material-icons" aria-hidden="true"></div></li>`,
  )
  .join('')}</ul>
<devsite-thumb-rating position="header"><div class="devsite-thumb-rating" role="form" aria-labelledby="devsite-thumb-label-header">
<div class="devsite-thumb-label" id="devsite-thumb-label-header">Was this helpful?</div></div></devsite-thumb-rating></div>
<devsite-feedback position="header" project-name="Orrery Cloud Billing"><button><span class="devsite-feedback-button-text">Send
feedback</span></button></devsite-feedback>
<h1 class="devsite-page-title" tabindex="-1">${t}</h1><devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded></devsite-toc>
<div class="devsite-article-body clearfix">
<aside class="special"><strong>Important:</strong>
Starting on March 1, 2026, billing alerts will be sent only to verified email addresses. Verify your billing
contacts before that date to keep receiving alerts.</aside>
${ps(pA)}
<h2 id="before-you-begin" data-text="${hA}" tabindex="-1">${hA}</h2>
<ul>${lA.map((x) => `<li>${x}</li>`).join('\n')}</ul>
<h2 id="create" data-text="${hB}" tabindex="-1">${hB}</h2>
<ol>${lB.map((x) => `<li>${x}</li>`).join('\n')}</ol>
<aside class="note"><strong>Note:</strong>
Cost data can take up to a day to appear, so an alert may arrive several hours after the spending that triggered it.</aside>
<h2 id="thresholds" data-text="${hC}" tabindex="-1">${hC}</h2>
${ps(pC)}
<h2 id="whats-next" data-text="${hD}" tabindex="-1">${hD}</h2>
<ul>${lD.map((x) => `<li>${x}</li>`).join('\n')}</ul>
</div>
<devsite-thumb-rating position="footer"><div class="devsite-thumb-label">Was this helpful?</div></devsite-thumb-rating>
<devsite-feedback position="footer"><button><span class="devsite-feedback-button-text">Send feedback</span></button></devsite-feedback>
<div class="devsite-floating-action-buttons"></div></article></devsite-content>
<devsite-content-footer class="nocontent"><p>${lic}</p><p>Last updated 2025-11-03 UTC.</p></devsite-content-footer>
</main><devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent"><nav class="devsite-footer-linkboxes-list">
<section class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">${foot[0]}</h3><ul>${links(foot.slice(1, 3))}</ul></section>
<section class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">${foot[3]}</h3><ul>${links(
  foot.slice(4, 6),
)}</ul></section></nav></devsite-footer-linkboxes>
<devsite-footer-utility class="devsite-footer-utility nocontent"><nav class="devsite-footer-utility-links"><ul>${links(
  foot.slice(6, 9),
)}</ul></nav></devsite-footer-utility>
</section></section><devsite-sitemask></devsite-sitemask><devsite-snackbar></devsite-snackbar>
<script src="https://www.gstatic.example/devrel-devsite/prod/v3/js/devsite_app_module.js" type="module"></script>
</body></html>`;

export const devsitePage: TestPage = {
  name: 'heldout115-devsite-important-docs',
  kind: 'docs',
  html,
  title: t,
  headings: [hA, hB, hC, hD],
  body: texts([...pA, ...lA, ...lB, note, ...pC, ...lD]),
  bylines: ['Last updated 2025-11-03 UTC.'],
  furniture: [
    cookie,
    'Learn more',
    'OK, got it',
    'Orrery Cloud',
    'English',
    'Console',
    'Sign in',
    'Orrery Cloud Billing',
    ...tabs,
    ...book,
    'On this page',
    'Documentation',
    'Billing',
    'Was this helpful?',
    'Send feedback',
    imp,
    lic,
    ...foot,
  ],
};
