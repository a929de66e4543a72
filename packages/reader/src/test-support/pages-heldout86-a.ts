import { links, type TestPage, texts } from './page-kit.js';
import { azureLearn } from './pages-heldout86-a2.js';

/**
 * Held-out batch 86, file a: a Google Cloud documentation page on the devsite template (cookie notification bar, "Skip to
 * main content", the upper tabs with the language selector, "Console" and "Sign in", the product row with its lower tabs,
 * the book nav, the "On this page" table of contents, breadcrumbs, "Send feedback", the "Preview" launch-stage notice at
 * the top of the article body, "Before you begin", a Console / gcloud / REST selector whose tab labels are h3s, note and
 * caution asides, code blocks, the "Was this helpful?" rating, the licence line with "Last updated", and the big footer)
 * and, from file a2, a Microsoft Learn (Azure) article.
 */
const gcTitle = 'Create and restore table snapshots';
const gcPreview = [
  'Preview',
  'This feature is subject to the "Pre-GA Offerings Terms" in the General Service Terms section of the Service Specific Terms. ' +
    'Pre-GA features are available "as is" and might have limited support. For more information, see the launch stage descriptions.',
];
const gcIntro = [
  'This page describes how to create a snapshot of a Cloud Cairn table, list the snapshots in an instance, and restore a table ' +
    'from a snapshot. A snapshot is a read-only, point-in-time copy of a table’s rows and schema that is stored in the same ' +
    'region as the source instance.',
  'Snapshots are useful before a schema migration or a bulk delete, when you want a quick way back if something goes wrong. ' +
    'They are not a replacement for scheduled backups; for long-term retention, see <a href="/cairn/docs/backups">Back up and ' +
    'restore an instance</a>.',
];
const gcH = ['Before you begin', 'Required roles', 'Limitations', 'Create a snapshot', 'Console', 'gcloud', 'REST', 'Restore a table from a snapshot'] as const;
const gcHNext = 'What’s next';
const gcBegin = [
  'Make sure that billing is enabled for your Google Cloud project.',
  'Enable the Cloud Cairn Admin API.',
  'Make sure that you have a Cloud Cairn instance with at least one table. To create one, see <a href="/cairn/docs/create-instance">Create ' +
    'an instance</a>.',
  'If you plan to use the gcloud CLI, <a href="/sdk/docs/install">install</a> it, and then initialize it by running the following command:',
];
const gcRoles = [
  'To get the permissions that you need to create and restore snapshots, ask your administrator to grant you the Cloud Cairn ' +
    'Snapshot Admin (<code translate="no" dir="ltr">roles/cairn.snapshotAdmin</code>) IAM role on the instance. For more information ' +
    'about granting roles, see <a href="/iam/docs/granting-changing-revoking-access">Manage access to projects, folders, and organizations</a>.',
  'You might also be able to get the required permissions through custom roles or other predefined roles.',
];
const gcLimits = [
  'A table can have at most 50 snapshots at a time.',
  'Snapshots expire after 7 days by default. You can set an expiration of up to 90 days.',
  'You can’t create a snapshot of a table while a schema change on that table is in progress.',
  'Restoring a snapshot always creates a new table; you can’t overwrite the source table in place.',
];
const gcCreate = [
  'When you create a snapshot, Cloud Cairn records the table’s state at the moment the request is accepted. Writes that arrive ' +
    'after that point aren’t included. Creating a snapshot doesn’t block reads or writes on the source table.',
];
const gcConsole = [
  'In the Google Cloud console, go to the Cloud Cairn <b>Instances</b> page.',
  'Click the instance that contains the table.',
  'In the navigation menu, click <b>Tables</b>, and then click the name of the table.',
  'Click <b>Create snapshot</b>.',
  'Enter a snapshot ID and, optionally, an expiration time.',
  'Click <b>Create</b>.',
];
const gcGcloud = ['Use the <code translate="no" dir="ltr">gcloud cairn snapshots create</code> command:', 'Replace the following:'];
const gcVars = [
  '<code translate="no" dir="ltr"><var translate="no">SNAPSHOT_ID</var></code>: an ID for the snapshot, unique within the instance.',
  '<code translate="no" dir="ltr"><var translate="no">INSTANCE_ID</var></code>: the ID of the instance.',
  '<code translate="no" dir="ltr"><var translate="no">TABLE_ID</var></code>: the ID of the source table.',
  '<code translate="no" dir="ltr"><var translate="no">DURATION</var></code>: how long to keep the snapshot, for example ' +
    '<code translate="no" dir="ltr">72h</code>. The maximum is <code translate="no" dir="ltr">2160h</code>.',
];
const gcRest = [
  'Send a <code translate="no" dir="ltr">POST</code> request to the <code translate="no" dir="ltr">snapshots.create</code> method:',
  'If the request succeeds, the response body contains a long-running operation that you can poll until the snapshot is ready.',
];
const gcNote =
  '<strong>Note:</strong> A snapshot is billed for the storage that it holds beyond what the source table still shares with it. A ' +
  'snapshot of a table that rarely changes costs very little.';
const gcRestore = [
  'Restoring creates a new table in the same instance with the rows and schema that the snapshot holds. The new table is available ' +
    'for reads and writes as soon as the operation finishes, which usually takes a few minutes for tables under 100 GB.',
  'After you check the restored table, you can point your application at it or copy the rows that you need back to the original table.',
];
const gcCaution =
  '<strong>Caution:</strong> Deleting the source table doesn’t delete its snapshots, but deleting the instance does. Restore or ' +
  'export any snapshots that you want to keep before you delete an instance.';
const gcNext = [
  'Learn how to <a href="/cairn/docs/backups">back up and restore an instance</a>.',
  'Read about <a href="/cairn/pricing">Cloud Cairn pricing</a> for snapshot storage.',
  'See the <a href="/cairn/docs/reference/rest/v1/projects.instances.snapshots">snapshots REST reference</a>.',
];
const gcCookie = 'cloud.google.com uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.';
const gcUpper = ['Overview', 'Solutions', 'Products', 'Pricing', 'Resources', 'Docs', 'Support'];
const gcLangs = ['English', 'Deutsch', 'Español – América Latina', 'Français', 'Italiano', 'Português – Brasil'];
gcLangs.push('中文 – 简体', '日本語', '한국어');
const gcLower = ['Guides', 'Reference', 'Samples'];
const gcBook: [string, string[]][] = [
  ['Discover', ['Product overview', 'Concepts', 'Locations']],
  ['Get started', ['Create an instance', 'Connect a client', 'Quickstart: write and read rows']],
  ['Manage data', ['Design a schema', 'Import data', 'Table snapshots', 'Back up and restore']],
  ['Monitor', ['View metrics', 'Audit logging']],
];
const gcCrumbs = ['Home', 'Documentation', 'Databases', 'Cloud Cairn'];
const gcLicence =
  'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License, and code ' +
  'samples are licensed under the Apache 2.0 License. For details, see the Google Developers Site Policies. Java is a registered ' +
  'trademark of Oracle and/or its affiliates.';
const gcFoot: [string, string[]][] = [
  ['Why Google', ['Choosing Google Cloud', 'Trust and security', 'Global infrastructure', 'Customers and case studies', 'Analyst reports']],
  ['Products and pricing', ['See all products', 'Google Cloud for Startups', 'Google Cloud Marketplace', 'Google Cloud pricing', 'Contact sales']],
  ['Support', ['Community forums', 'Release Notes', 'System status']],
  ['Engage', ['Find a Partner', 'Become a Partner', 'Events', 'Podcasts', 'Developer Center', 'Press Corner']],
];
const gcUtility = ['About Google', 'Privacy', 'Site terms', 'Google Cloud terms', 'Manage cookies', 'Our third decade of climate action: join us'];
const gcCode = (syntax: string, code: string): string => `<devsite-code><pre class="devsite-click-to-copy" translate="no" dir="ltr" is-upgraded
syntax="${syntax}"><button class="devsite-icon devsite-icon-code-copy" aria-label="Copy code sample" data-title="Copy code sample"></button><code
translate="no" dir="ltr">${code}</code></pre></devsite-code>`;
const gcHead = (lvl: 2 | 3, t: string): string => `<h${lvl} id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}" data-text="${t}" tabindex="-1">${t}</h${lvl}>`;
const gcPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const gcLis = (a: readonly string[]): string => a.map((p) => `<li>${p}</li>`).join('\n');
const gcTab = (t: string): string =>
  `<tab${t === 'Guides' ? ' class="devsite-active"' : ''}><a href="/cairn/docs/${t.toLowerCase()}" class="devsite-tabs-content">${t}</a></tab>`;
const gcNavItem = (t: string): string =>
  `<li class="devsite-nav-item"><a href="/cairn/docs/${t.length}" class="devsite-nav-title gc-analytics-event${
    t === 'Table snapshots' ? ' devsite-nav-active' : ''
  }"><span class="devsite-nav-text" tooltip>${t}</span></a></li>`;
const gcNavGroup = ([h, items]: [string, string[]]): string => `<li class="devsite-nav-item devsite-nav-heading"><div class="devsite-nav-title
devsite-nav-title-no-path"><span class="devsite-nav-text" tooltip>${h}</span></div></li>
${items.map(gcNavItem).join('\n')}`;
const gcTocItem = (t: string): string =>
  `<li class="devsite-nav-item"><a href="#x" class="devsite-nav-title"><span class="devsite-nav-text">${t}</span></a></li>`;
const gcHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta name="google-signin-client-id" content="721724668570-nbkv1cfusk7kk4eni4pjvepaus73b13t.apps.googleusercontent.com">
<meta name="google-signin-scope" content="profile email https://www.googleapis.com/auth/developerprofiles">
<meta property="og:site_name" content="Google Cloud"><meta property="og:type" content="website"><meta name="theme-color" content="#1a73e8">
<meta charset="utf-8"><meta content="IE=Edge" http-equiv="X-UA-Compatible"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.gstatic.example/devrel-devsite/prod/v0e0f5ba2/cloud/css/app.css">
<link rel="canonical" href="https://cloud.google.example/cairn/docs/snapshots"><title>${gcTitle}  |  Cloud Cairn  |  Google Cloud</title>
<meta property="og:title" content="${gcTitle}  |  Cloud Cairn  |  Google Cloud">
<meta name="description" content="Create and restore Cloud Cairn table snapshots.">
<meta property="og:locale" content="en"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context": "https://schema.org","@type": "BreadcrumbList","itemListElement": [{"@type": "ListItem",
"position": 1,"name": "Databases","item": "https://cloud.google.example/docs/databases"},{"@type": "ListItem","position": 2,"name": "Cloud Cairn",
"item": "https://cloud.google.example/cairn/docs"}]}</script>
<script>(function(d,e,v,s,i,t,E){d['GoogleDevelopersObject']=i;t=e.createElement(v);t.async=1;t.src=s;E=e.getElementsByTagName(v)[0];
E.parentNode.insertBefore(t,E);})(window, document, 'script', 'https://www.gstatic.example/devrel-devsite/prod/v0e0f5ba2/cloud/js/app_loader.js',
'[15,"en",null,"/js/devsite_app_module.js","https://www.gstatic.example/devrel-devsite/prod/v0e0f5ba2","cloud"]');</script></head>
<body class="color-scheme--light" template="page" theme="cloud-theme" type="article" layout="docs" display-toc ready>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress>
<a href="#main-content" class="skip-link button">Skip to main content</a>
<section class="devsite-wrapper"><devsite-cookie-notification-bar><div class="devsite-snackbar" role="alert">
<div class="devsite-snackbar-message">${gcCookie}</div>
<a class="devsite-snackbar-action devsite-snackbar-info" href="https://policies.google.example/technologies/cookies">Learn more</a>
<button class="devsite-snackbar-action devsite-snackbar-dismiss">OK, got it</button></div></devsite-cookie-notification-bar>
<devsite-header role="banner" keep-tabs-visible><div class="devsite-header--inner nocontent"><div class="devsite-top-logo-row-wrapper-wrapper">
<div class="devsite-top-logo-row-wrapper"><div class="devsite-top-logo-row"><button type="button" id="devsite-hamburger-menu"
class="devsite-header-icon-button button-flat material-icons gc-analytics-event" aria-label="Open menu"></button>
<div class="devsite-product-name-wrapper"><a href="/" class="devsite-site-logo-link gc-analytics-event"><img
src="https://www.gstatic.example/devrel-devsite/prod/v0e0f5ba2/cloud/images/cloud-logo.svg" class="devsite-site-logo" alt="Google Cloud"></a></div>
<div class="devsite-top-logo-row-middle"><div class="devsite-header-upper-tabs"><devsite-tabs class="upper-tabs"><nav class="devsite-tabs-wrapper"
aria-label="Upper tabs">
${gcUpper
  .map(
    (t) => `<tab class="devsite-dropdown${t === 'Docs' ? ' devsite-active' : ''}"><a href="/${t.toLowerCase()}" class="devsite-tabs-content gc-analytics-event">
${t}</a></tab>`,
  )
  .join('\n')}</nav></devsite-tabs></div>
<devsite-search enable-signin enable-search enable-suggestions project-name="Cloud Cairn" tenant-name="Google Cloud"><form class="devsite-search-form"
action="/s/results" method="GET"><div class="devsite-search-container"><input type="text" name="q" value="" class="devsite-search-field
devsite-search-query" placeholder="Search" aria-label="Search"><div class="devsite-search-image material-icons" aria-hidden="true"></div>
<kbd class="devsite-search-shortcut-key">/</kbd></div></form></devsite-search></div>
<devsite-language-selector><ul role="presentation">
${gcLangs.map((t) => `<li role="presentation"><a role="menuitem" lang="${t.slice(0, 2)}">${t}</a></li>`).join('\n')}</ul></devsite-language-selector>
<a class="devsite-header-link devsite-top-button button gc-analytics-event" href="//console.cloud.google.example/">Console</a>
<devsite-user id="devsite-user" enable-profiles><span class="devsite-top-button button">Sign in</span></devsite-user></div></div></div>
<div class="devsite-collapsible-section"><div class="devsite-header-background"><div class="devsite-product-id-row">
<div class="devsite-product-description-row">
<ul class="devsite-breadcrumb-list devsite-breadcrumb-list--product"><li class="devsite-breadcrumb-item"><a class="devsite-breadcrumb-link"
href="/cairn/docs">Cloud Cairn</a></li></ul></div></div>
<div class="devsite-doc-set-nav-row"><devsite-tabs class="lower-tabs"><nav class="devsite-tabs-wrapper" aria-label="Lower tabs">
${gcLower.map(gcTab).join('\n')}
<tab><a href="/cairn/docs/resources" class="devsite-tabs-content">Resources</a></tab></nav></devsite-tabs>
<div class="devsite-product-button-row"><a class="cloud-button cloud-button--primary" href="/contact">Contact Us</a>
<a class="cloud-button cloud-button--secondary" href="https://console.cloud.google.example/freetrial">Start free</a></div></div></div></div></div>
</devsite-header>
<devsite-book-nav scrollbars><div class="devsite-book-nav-filter"><span class="filter-list-icon material-icons" aria-hidden="true"></span>
<input type="text" placeholder="Filter" aria-label="Type to filter" role="searchbox"></div>
<nav class="devsite-book-nav devsite-nav nocontent" aria-label="Side menu"><div class="devsite-mobile-header"><button type="button"
id="devsite-close-nav" class="devsite-header-icon-button button-flat material-icons" aria-label="Close navigation"></button></div>
<ul class="devsite-nav-list" menu="_book">
${gcBook.map(gcNavGroup).join('\n')}</ul></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" id="main-content" class="devsite-main-content" has-book-nav has-sidebar>
<div class="devsite-sidebar"><div class="devsite-sidebar-content"><devsite-toc class="devsite-nav" role="navigation" aria-label="On this page"
visible><ul class="devsite-nav-list"><li class="devsite-nav-item devsite-nav-heading devsite-toc-toggle"><span class="devsite-nav-title"
role="heading" aria-level="2"><span class="devsite-nav-text">On this page</span></span></li>
${[gcH[0], gcH[1], gcH[2], gcH[3], gcH[7], gcHNext].map(gcTocItem).join('\n')}
</ul></devsite-toc></div></div>
<devsite-content><article class="devsite-article"><div class="devsite-article-meta nocontent" role="navigation">
<ul class="devsite-breadcrumb-list">
${gcCrumbs
  .map(
    (t, i) => `<li class="devsite-breadcrumb-item"><a href="/${i}" class="devsite-breadcrumb-link gc-analytics-event" data-category="Site-Wide Custom Events"
data-label="Breadcrumbs" data-value="${i + 1}">${t}</a></li>`,
  )
  .join('\n')}
<li class="devsite-breadcrumb-item"><a href="/cairn/docs/guides" class="devsite-breadcrumb-link">Guides</a></li></ul>
<devsite-thumb-rating position="header"><div class="devsite-thumb-rating" role="form" aria-labelledby="devsite-thumb-label-header">
<div class="devsite-thumbs-label" id="devsite-thumb-label-header">Was this helpful?</div></div></devsite-thumb-rating></div>
<devsite-actions data-nosnippet><devsite-feedback position="header" project-name="Cloud Cairn" context="" track-type="pageFeedback"><button>
<span class="devsite-feedback-button-text">Send feedback</span></button></devsite-feedback></devsite-actions>
<h1 class="devsite-page-title" tabindex="-1">${gcTitle}</h1>
<devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded></devsite-toc>
<div class="devsite-article-body clearfix">
<aside class="preview"><p><strong>${gcPreview[0]}</strong></p><p>This feature is subject to the "Pre-GA Offerings Terms" in the General Service
Terms section of the <a href="/terms/service-terms#1">Service Specific Terms</a>. Pre-GA features are available "as is" and might have limited
support. For more information, see the <a href="/products#product-launch-stages">launch stage descriptions</a>.</p></aside>
${gcPs(gcIntro)}
${gcHead(2, gcH[0])}
<ol>${gcLis(gcBegin)}</ol>
${gcCode('Bash', 'gcloud init')}
${gcHead(3, gcH[1])}
${gcPs(gcRoles)}
${gcHead(2, gcH[2])}
<ul>${gcLis(gcLimits)}</ul>
${gcHead(2, gcH[3])}
${gcPs(gcCreate)}
<div class="ds-selector-tabs"><devsite-selector active="console"><devsite-tabs class="devsite-tabs-wrapper" role="tablist">
${[gcH[4], gcH[5], gcH[6]].map((t) => `<tab role="tab"><a href="#${t.toLowerCase()}">${t}</a></tab>`).join('')}</devsite-tabs>
<section active>${gcHead(3, gcH[4])}
<ol>${gcLis(gcConsole)}</ol></section>
<section>${gcHead(3, gcH[5])}
<p>${gcGcloud[0]}</p>
${gcCode(
  'Bash',
  `gcloud cairn snapshots create <var translate="no">SNAPSHOT_ID</var> \\
    --instance=<var translate="no">INSTANCE_ID</var> \\
    --table=<var translate="no">TABLE_ID</var> \\
    --expiration=<var translate="no">DURATION</var>`,
)}
<p>${gcGcloud[1]}</p>
<ul>${gcLis(gcVars)}</ul></section>
<section>${gcHead(3, gcH[6])}
<p>${gcRest[0]}</p>
${gcCode('HTTP', 'POST https://cairn.googleapis.example/v1/projects/PROJECT_ID/instances/INSTANCE_ID/snapshots?snapshotId=SNAPSHOT_ID')}
<p>${gcRest[1]}</p></section></devsite-selector></div>
<aside class="note">${gcNote}</aside>
${gcHead(2, gcH[7])}
<p>${gcRestore[0]}</p>
${gcCode('Bash', 'gcloud cairn tables restore NEW_TABLE_ID --instance=INSTANCE_ID --snapshot=SNAPSHOT_ID')}
<p>${gcRestore[1]}</p>
<aside class="caution">${gcCaution}</aside>
${gcHead(2, gcHNext)}
<ul>${gcLis(gcNext)}</ul>
</div>
<devsite-thumb-rating position="footer"><div class="devsite-thumb-rating" role="form"><div class="devsite-thumbs-label">Was this helpful?</div>
<div class="devsite-thumbs"><button class="devsite-thumb devsite-thumb-up" aria-label="Helpful"></button><button class="devsite-thumb devsite-thumb-down"
aria-label="Not helpful"></button></div></div></devsite-thumb-rating>
<devsite-feedback position="footer"><button><span class="devsite-feedback-button-text">Send feedback</span></button></devsite-feedback>
<div class="devsite-floating-action-buttons"></div></article>
<devsite-content-footer class="nocontent"><p>${gcLicence}</p><p>Last updated 2025-11-18 UTC.</p></devsite-content-footer></devsite-content>
</main>
<devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent"><nav class="devsite-footer-linkboxes-list">
${gcFoot
  .map(
    ([h, items]) => `<div class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">${h}</h3>
<ul class="devsite-footer-linkbox-list">${links(items, 'devsite-footer-linkbox-item')}</ul></div>`,
  )
  .join('\n')}</nav></devsite-footer-linkboxes>
<devsite-footer-utility class="devsite-footer-utility nocontent"><div class="devsite-footer-utility-links"><ul class="devsite-footer-utility-list">
${links(gcUtility, 'devsite-footer-utility-item')}</ul></div><div class="devsite-footer-utility-button"><span class="devsite-footer-utility-description">
Sign up for the Google Cloud newsletter</span><a class="devsite-footer-utility-link gc-analytics-event" href="/newsletter">Subscribe</a></div>
</devsite-footer-utility></section></section>
<script src="https://www.gstatic.example/devrel-devsite/prod/v0e0f5ba2/cloud/js/devsite_app.js" async></script></body></html>`;

const googleCloud: TestPage = {
  name: 'heldout86-google-cloud-docs',
  kind: 'docs',
  // the launch-stage "Preview" notice is boilerplate (furniture); the page's own note and caution asides are body; the
  // selector's tab labels (Console, gcloud, REST) are the h3s of its sections (headings); the "On this page" entries repeat
  // the headings and are left out
  html: gcHtml,
  title: gcTitle,
  headings: [...gcH, gcHNext],
  // biome-ignore format: the body parts are packed several to a line
  body: texts([...gcIntro, ...gcBegin, ...gcRoles, ...gcLimits, ...gcCreate, ...gcConsole, ...gcGcloud, ...gcVars, ...gcRest, gcNote, ...gcRestore,
    gcCaution, ...gcNext]),
  bylines: ['Last updated 2025-11-18 UTC.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      gcCookie, 'Learn more', 'OK, got it', 'Skip to main content', ...gcUpper, ...gcLangs, 'Sign in', 'Cloud Cairn', ...gcLower, 'Resources', 'Contact Us',
      'Start free', ...gcBook.flatMap(([h, items]) => [h, ...items]), 'On this page', ...gcCrumbs, 'Was this helpful?', 'Send feedback', ...gcPreview,
      gcLicence, ...gcFoot.flatMap(([h, items]) => [h, ...items]), ...gcUtility, 'Sign up for the Google Cloud newsletter', 'Subscribe',
    ]),
  ],
};

export const HELDOUT86_A: readonly TestPage[] = [googleCloud, azureLearn];
