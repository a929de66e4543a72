import { links } from './page-kit.js';
import { anchor } from './pages-heldout126-kit.js';

/** Held-out batch 126, file d3: the devsite chrome (head, header, book navigation, footer) of the Google Cloud page of file d. */
const upper: [string, string[]][] = [
  [
    'Technology areas',
    [
      'AI and ML',
      'Application development',
      'Application hosting',
      'Compute',
      'Data analytics and pipelines',
      'Databases',
      'Networking',
      'Security',
      'Storage',
    ],
  ],
  ['Cross-product tools', ['Access and resources management', 'Costs and usage management', 'Infrastructure as code', 'Migration']],
  ['Related sites', ['Google Cloud Home', 'Free Trial and Free Tier', 'Architecture Center', 'Blog', 'Contact Sales', 'Google Cloud Marketplace']],
];
const langs = ['English', 'Deutsch', 'Español – América Latina', 'Français', 'Português – Brasil', '中文 – 简体', '日本語', '한국어'];
const top = ['Documentation', 'Contact Us', 'Start free', 'Sign in', 'Relay Queues'];
const lower = ['Guides', 'Reference', 'Samples', 'Resources'];
const book: [string, string[]][] = [
  ['Discover', ['Product overview', 'Pricing']],
  ['Get started', ['Quickstart: Publish and receive messages', 'Client libraries']],
  ['Configure subscriptions', ['Delivery retry policies', 'Handle undeliverable messages', 'Replay messages', 'Message ordering']],
  ['Monitor', ['Monitor queues', 'Quotas and limits']],
];
const cookie = [
  'cloud.google.com uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.',
  'Learn more',
  'OK, got it',
];
const boxes: [string, string[]][] = [
  ['Products and pricing', ['See all products', 'See all pricing', 'Offers', 'Google Cloud Marketplace']],
  ['Support', ['Google Cloud Community', 'Release Notes', 'System status']],
  ['Resources', ['GitHub', 'Getting Started with Google Cloud', 'Code samples', 'Cloud Architecture Center', 'Training and Certification']],
  ['Engage', ['Events', 'X (Twitter)', 'Google Cloud on YouTube', 'Google Cloud Tech on YouTube', 'Become a Partner', 'Press Corner']],
];
const utility = ['About Google', 'Privacy', 'Site terms', 'Google Cloud terms', 'Manage cookies', 'Sign up for the Google Cloud newsletter', 'Subscribe'];
export const gcFurniture = {
  crumbs: ['Home', 'Documentation', 'Application development', 'Relay Queues', 'Guides'],
  helpful: 'Was this helpful?',
  feedback: 'Send feedback',
  tooltip: ['Stay organized with collections', 'Save and categorize content based on your preferences.'],
  licence: `Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License, and code samples
are licensed under the Apache 2.0 License. For details, see the Google Developers Site Policies.`,
  updated: 'Last updated 2025-03-11 UTC.',
  all: [] as string[],
};
gcFurniture.all = [
  ...new Set([
    'Skip to main content',
    ...cookie,
    ...top,
    ...upper.flat(2),
    ...langs,
    ...lower,
    ...book.flat(2),
    'On this page',
    ...gcFurniture.crumbs,
    gcFurniture.helpful,
    gcFurniture.feedback,
    ...gcFurniture.tooltip,
    gcFurniture.licence,
    ...boxes.flat(2),
    ...utility,
  ]),
];
export const gcHead = (
  title: string,
): string => `<head><meta name="google-signin-client-id" content="721724668570-nbkv1cfusk7kk4eni4pjvepaus73b13t.apps.example">
<meta name="google-signin-scope" content="profile email https://www.googleapis.com/auth/developerprofiles"><meta property="og:site_name" content="Google Cloud">
<meta property="og:type" content="website"><meta name="theme-color" content="#1a73e8"><meta charset="utf-8"><meta content="IE=Edge"
http-equiv="X-UA-Compatible">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="manifest" href="/_pwa/cloud/manifest.json" crossorigin="use-credentials">
<link rel="preconnect" href="//www.gstatic.com" crossorigin><link rel="stylesheet"
href="https://fonts.googleapis.com/css?family=Google+Sans:400,500|Roboto:400,500,700&display=swap">
<link rel="stylesheet" href="https://www.gstatic.com/devrel-devsite/prod/v0e1a5/cloud/css/app.css"><link rel="canonical"
href="https://cloud.google.com/relay-queues/docs/dead-letter-topics">
<link rel="search" type="application/opensearchdescription+xml" title="Google Cloud" href="https://cloud.google.com/s/opensearch.xml">
<title>${title} &nbsp;|&nbsp; Relay Queues &nbsp;|&nbsp; Google Cloud</title><meta property="og:title" content="${title} &nbsp;|&nbsp; Relay
Queues &nbsp;|&nbsp; Google Cloud">
<meta name="description" content="Forward undeliverable Relay Queues messages to a dead-letter topic."><meta property="og:url"
content="https://cloud.google.com/relay-queues/docs/dead-letter-topics">
<meta property="og:image" content="https://cloud.google.com/_static/cloud/images/social-icon-google-cloud-1200-630.png"><meta property="og:locale" content="en">
<meta name="twitter:card" content="summary_large_image"><script type="application/ld+json">{"@context": "https://schema.org", "@type":
"Article", "headline": "${title}"}</script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1,
"name": "Application development", "item": "https://cloud.google.com/docs/application-development"},
{"@type": "ListItem", "position": 2, "name": "Relay Queues",
"item": "https://cloud.google.com/relay-queues/docs"}, {"@type": "ListItem", "position": 3, "name": "${title}"}]}</script>
<link rel="stylesheet" href="/extras.css"></head>`;
export const gcHeader = `<devsite-progress type="indeterminate" id="app-progress"></devsite-progress>
<a href="#main-content" class="skip-link button">Skip to main content</a><section class="devsite-wrapper"><devsite-cookie-notification-bar><div
class="devsite-snackbar" role="alert"><div class="devsite-snackbar-message">${cookie[0]}</div><a class="devsite-snackbar-action"
href="https://policies.google.com/technologies/cookies">${cookie[1]}</a><button class="devsite-snackbar-action
devsite-snackbar-dismiss">${cookie[2]}</button></div>
</devsite-cookie-notification-bar><devsite-header role="banner" keep-tabs-visible><div class="devsite-header--inner nocontent"><div
class="devsite-top-logo-row-wrapper-wrapper">
<div class="devsite-top-logo-row-wrapper"><div class="devsite-top-logo-row"><button type="button" id="devsite-hamburger-menu" class="devsite-header-icon-button
button-flat material-icons gc-analytics-event" data-category="Site-Wide Custom Events"
data-label="Navigation menu button" visually-hidden aria-label="Open menu">
</button><div class="devsite-product-name-wrapper"><a href="/" class="devsite-site-logo-link gc-analytics-event" track-type="globalNav"
track-name="googleCloudLogo">
<img src="https://www.gstatic.com/devrel-devsite/prod/v0e1a5/cloud/images/cloud-logo.svg" class="devsite-site-logo" alt="Google Cloud"></a></div>
<div class="devsite-top-logo-row-middle"><div class="devsite-header-upper-tabs"><devsite-tabs class="upper-tabs"><nav
class="devsite-tabs-wrapper" aria-label="Upper tabs">
<tab class="devsite-dropdown devsite-active"><a href="https://cloud.google.com/docs" class="devsite-tabs-content gc-analytics-event"
track-type="nav">${top[0]}</a>
<div class="devsite-tabs-dropdown" role="menu" aria-label="submenu" hidden>${upper
  .map(
    ([h, items]) => `<div class="devsite-tabs-dropdown-column"><ul class="devsite-tabs-dropdown-section"><li class="devsite-nav-title" role="heading"
tooltip>${h}</li>${links(items, 'devsite-nav-item')}</ul></div>`,
  )
  .join(
    '\n',
  )}</div></tab></nav></devsite-tabs></div><devsite-search enable-signin enable-search enable-suggestions enable-query-completion project-name="Relay Queues"
tenant-name="Google Cloud"><form class="devsite-search-form" action="https://cloud.google.com/s/results" method="GET"><div class="devsite-search-container">
<button type="button" search-open class="devsite-search-button devsite-header-icon-button button-flat material-icons" aria-label="Open search"></button>
<div class="devsite-searchbox"><input aria-label="Search" class="devsite-search-field devsite-search-query" name="q" placeholder="Search" type="text" value="">
<div class="devsite-search-image material-icons" aria-hidden="true"></div><span class="devsite-search-shortcut">/</span></div></div></form>
<button type="button" search-close class="devsite-search-button devsite-header-icon-button button-flat material-icons" aria-label="Close search"></button>
</devsite-search></div><devsite-language-selector><ul role="presentation">${langs
  .map((t) => `<li role="presentation"><a role="menuitem" lang="${anchor(t) || 'x'}">${t}</a></li>`)
  .join('')}</ul></devsite-language-selector><a class="devsite-header-link devsite-top-button button gc-analytics-event" href="//cloud.google.com/contact"
track-type="nav">${top[1]}</a><a class="devsite-header-link devsite-top-button button button-primary gc-analytics-event"
href="//console.cloud.google.com/freetrial"
track-type="nav">${top[2]}</a><devsite-user enable-profiles id="devsite-user"><span class="button devsite-top-button" aria-hidden="true"
visually-hidden>${top[3]}</span>
</devsite-user></div></div></div><div class="devsite-collapsible-section"><div class="devsite-header-background"><div class="devsite-product-id-row">
<div class="devsite-product-description-row"><ul class="devsite-breadcrumb-list"><li class="devsite-breadcrumb-item"><a
href="https://cloud.google.com/relay-queues"
class="devsite-breadcrumb-link gc-analytics-event">${top[4]}</a></li></ul></div></div><div class="devsite-doc-set-nav-row"><devsite-tabs class="lower-tabs">
<nav class="devsite-tabs-wrapper" aria-label="Lower tabs">${lower
  .map(
    (t, i) => `<tab${i === 0 ? ' class="devsite-active"' : ''}><a href="https://cloud.google.com/relay-queues/docs/${anchor(t)}" class="devsite-tabs-content
gc-analytics-event">${t}</a></tab>`,
  )
  .join('')}</nav></devsite-tabs></div></div></div></div></devsite-header>
<devsite-book-nav scrollbars><div class="devsite-book-nav-filter" hidden><span class="filter-list-icon material-icons"
aria-hidden="true"></span><input type="text"
placeholder="Filter" aria-label="Type to filter" role="searchbox"><span class="filter-clear-button hidden" data-title="Clear filter" aria-label="Clear filter"
role="button" tabindex="0"></span></div><nav class="devsite-book-nav devsite-nav nocontent" aria-label="Side menu"><div class="devsite-book-nav-wrapper">
<ul class="devsite-nav-list" menu="_book">${book
  .map(
    ([h, items]) => `<li class="devsite-nav-item devsite-nav-heading"><div class="devsite-nav-title devsite-nav-title-no-path"><span class="devsite-nav-text"
tooltip>${h}</span></div></li>${items
      .map(
        (
          t,
        ) => `<li class="devsite-nav-item"><a href="/relay-queues/docs/${anchor(t)}" class="devsite-nav-title gc-analytics-event"><span class="devsite-nav-text"
tooltip>${t}</span></a></li>`,
      )
      .join('')}`,
  )
  .join('\n')}</ul></div></nav></devsite-book-nav>`;
export const gcFooter = `<devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent"><nav class="devsite-footer-linkboxes-list"
aria-label="Footer links"><ul>
${boxes
  .map(
    ([h, items]) => `<li class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">${h}</h3><ul class="devsite-footer-linkbox-list">
${links(items, 'devsite-footer-linkbox-item')}</ul></li>`,
  )
  .join('\n')}</ul></nav></devsite-footer-linkboxes><devsite-footer-utility class="devsite-footer-utility nocontent"><div class="devsite-footer-utility-links">
<ul class="devsite-footer-utility-list">${links(utility.slice(0, 5), 'devsite-footer-utility-item')}</ul></div><div class="devsite-footer-utility-button">
<span class="devsite-footer-utility-description">${utility[5]}</span><a class="button button-primary"
href="https://cloud.google.com/newsletter/">${utility[6]}</a>
</div></devsite-footer-utility>`;
