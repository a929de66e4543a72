import { links, ps, type TestPage, texts } from './page-kit.js';
import { mdn } from './pages-heldout264-b2.js';
import { j, lis, uniq } from './pages-heldout264-kit.js';

/**
 * Held-out batch 264, file b: a Google Cloud documentation-style page on DevSite (devsite-header with tabs, the book nav,
 * breadcrumbs, "Send feedback", the "Before you begin" section, a note aside, a table, devsite-toc "On this page",
 * the thumb rating, the licence and "Last updated" footer, the footer link boxes and the cookie snackbar) and, from
 * file b2, an MDN-style JavaScript reference page.
 */
const gTitle = 'Schedule recurring table exports';
const gIntro = [
  j(
    'This page shows you how to schedule recurring exports of a table to a storage bucket. A scheduled export writes',
    'a consistent snapshot of the table in Parquet or Avro format at the interval you set, and keeps a manifest so that',
    'downstream jobs can tell when a snapshot is complete.',
  ),
];
const gH = ['Before you begin', 'Required roles', 'Create a scheduled export', 'Choose a format', 'Monitor export runs', "What's next"] as const;
const gBefore = [
  'Enable the Table Export API for your project.',
  'Create a storage bucket in the same location as the dataset that holds the table. Cross-location exports are not supported.',
  'Make sure the table has a primary key. Exports of tables without a key are rejected at scheduling time.',
];
const gRoles = [
  j(
    'To get the permissions that you need to create a scheduled export, ask your administrator to grant you the Table Export',
    'Admin role on the project and the Storage Object Creator role on the bucket.',
  ),
];
const gCreate = ['To create a scheduled export, use the console or the command-line tool:'];
const gSteps = [
  'In the console, go to the <b>Tables</b> page.',
  'In the <b>Explorer</b> pane, expand your dataset and select the table.',
  'Click <b>Export</b> and then <b>Schedule export</b>.',
  'Enter the bucket path, choose a format, and set the schedule, for example <code translate="no" dir="ltr">every 6 hours</code>.',
  'Click <b>Create</b>.',
];
const gNote = j(
  '<strong>Note:</strong> The first run starts at the next interval boundary, not when you click <b>Create</b>. To export',
  'immediately, click <b>Run now</b> on the schedule details page.',
);
const gFormat = ['The format you choose affects file size and which tools can read the snapshot without conversion.'];
const gRows = [
  ['Parquet', 'Columnar; best for analytics engines that read a few columns'],
  ['Avro', 'Row-based; keeps the full schema and suits streaming consumers'],
];
const gMonitor = [
  j(
    'Each run writes a file named <code translate="no" dir="ltr">_MANIFEST</code> after all data files are written. Jobs that',
    'read the snapshot should wait for the manifest instead of polling for data files.',
  ),
  j(
    'The schedule details page lists the last 50 runs with their status, the number of rows exported and the duration. A run',
    'that fails three times in a row pauses the schedule and sends a notification to the project\u2019s alert channel.',
  ),
];
const gNext = ['Learn how to load a snapshot into another project.', 'Read about the quotas that apply to exports.'];
const gTabs = ['Overview', 'Guides', 'Reference', 'Samples', 'Resources'];
const gBook = ['Introduction', 'Load data', 'Query data', 'Export data', 'Scheduled export jobs', 'Quotas and limits'];
const gCrumbs = ['Lumen Cloud', 'Documentation', 'Data analytics', 'Tidewater', 'Guides'];
const gToc = ['Before you begin', 'Create a scheduled export', 'Choose a format', 'Monitor export runs'];
const gFootBoxes = ['Products and pricing', 'See all products', 'Lumen Cloud pricing', 'Support', 'Community forums', 'Support plans'];
const gFoot = ['About Lumen', 'Privacy', 'Site terms', 'Lumen Cloud terms', 'Sign up for the Lumen Cloud newsletter', 'Subscribe'];
const gHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta name="google-signin-client-id" content="721724668570.apps.example">
<meta name="google-signin-scope" content="profile email"><meta property="og:site_name" content="Lumen Cloud">
<meta property="og:type" content="website"><meta name="theme-color" content="#1a73e8"><meta charset="utf-8">
<meta content="IE=Edge" http-equiv="X-UA-Compatible"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.gstatic.example/devrel-devsite/prod/v1/lumen/css/app.css">
<title>${gTitle}  |  Tidewater  |  Lumen Cloud</title><meta property="og:title" content="${gTitle}  |  Tidewater  |  Lumen Cloud">
<meta name="description" content="Schedule recurring exports of a Tidewater table to a storage bucket.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Tidewater","item":"https://cloud.lumen.example/tidewater/docs"},{"@type":"ListItem","position":2,"name":"${gTitle}"}]}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script></head>
<body type="article" theme="lumen-cloud-theme" class="" layout="docs" display-toc pending>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress><section class="devsite-wrapper">
<devsite-cookie-notification-bar><div class="devsite-snackbar" role="alert"><div class="devsite-snackbar-message">Lumen uses cookies from Lumen to
deliver and enhance the quality of its services and to analyze traffic.</div><a class="devsite-snackbar-action"
href="https://policies.lumen.example/technologies/cookies">Learn more</a><button class="devsite-snackbar-action">OK, got it</button></div>
</devsite-cookie-notification-bar>
<devsite-header role="banner"><div class="devsite-header--inner"><div class="devsite-top-logo-row-wrapper-wrapper"><div class="devsite-top-logo-row">
<a class="devsite-site-logo-link" href="https://cloud.lumen.example/"><span class="devsite-product-name">Lumen Cloud</span></a>
<devsite-search><form class="devsite-search-form" action="/s/results"><input type="text" class="devsite-search-field devsite-search-query"
placeholder="Search" aria-label="Search"></form></devsite-search>
<a class="button button-primary" href="https://console.cloud.lumen.example/freetrial">Start free</a>
<devsite-user><a class="button devsite-top-button" href="/_d/signin">Sign in</a></devsite-user></div></div>
<div class="devsite-collapsible-section"><div class="devsite-header-background"><div class="devsite-product-id-row"><div
class="devsite-product-description-row">
<ul class="devsite-breadcrumb-list"><li class="devsite-breadcrumb-item"><a href="/tidewater/docs" class="devsite-breadcrumb-link">Tidewater</a></li></ul></div>
</div><div class="devsite-doc-set-nav-row"><devsite-tabs class="lower-tabs"><nav class="devsite-tabs-wrapper" aria-label="Lower tabs">
<ul>${links(gTabs, 'devsite-tabs-item')}</ul></nav></devsite-tabs></div></div></div></div></devsite-header>
<devsite-book-nav scrollbars><nav class="devsite-book-nav devsite-nav nocontent" aria-label="Side menu"><ul class="devsite-nav-list" menu="_book">
${links(gBook, 'devsite-nav-item')}</ul></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" class="devsite-main-content" has-book-nav has-toc><devsite-toc class="devsite-nav" role="navigation"
aria-label="On this page"><ul class="devsite-nav-list"><li class="devsite-nav-item devsite-nav-heading devsite-toc-toggle"><span
class="devsite-nav-title">On this page</span></li>${links(gToc, 'devsite-nav-item')}</ul></devsite-toc>
<devsite-content><article class="devsite-article"><div class="devsite-article-meta nocontent" role="navigation">
<ul class="devsite-breadcrumb-list" aria-label="Breadcrumb">${links(gCrumbs, 'devsite-breadcrumb-item')}</ul>
<devsite-thumb-rating position="header"><div class="devsite-thumb-rating"><span class="devsite-thumb-rating-label">Was this helpful?</span></div>
</devsite-thumb-rating></div><devsite-feedback position="header" class="nocontent"><button class="devsite-feedback-button">Send feedback</button>
</devsite-feedback><h1 class="devsite-page-title" tabindex="-1">${gTitle}</h1>
<devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded></devsite-toc>
<div class="devsite-article-body clearfix">
${ps(gIntro)}
<h2 id="before-you-begin" data-text="${gH[0]}" tabindex="-1">${gH[0]}</h2>
<ol>${lis(gBefore)}</ol>
<h3 id="required-roles" data-text="${gH[1]}" tabindex="-1">${gH[1]}</h3>
${ps(gRoles)}
<h2 id="create" data-text="${gH[2]}" tabindex="-1">${gH[2]}</h2>
${ps(gCreate)}
<div class="ds-selector-tabs"><section><h3 id="console" data-text="Console" tabindex="-1">Console</h3><ol>${lis(gSteps)}</ol></section>
<section><h3 id="cli" data-text="CLI" tabindex="-1">CLI</h3><devsite-code><pre class="devsite-click-to-copy" translate="no" dir="ltr"
is-upgraded syntax="Bash">lumen tidewater exports schedule --table=sales.orders --destination=lm://exports-orders --format=parquet
--every=6h</pre></devsite-code></section></div>
<aside class="note">${gNote}</aside>
<h2 id="format" data-text="${gH[3]}" tabindex="-1">${gH[3]}</h2>
${ps(gFormat)}
<div class="devsite-table-wrapper"><table><thead><tr><th>Format</th><th>When to use it</th></tr></thead>
<tbody>${gRows.map((r) => `<tr><td><code translate="no" dir="ltr">${r[0]}</code></td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table></div>
<h2 id="monitor" data-text="${gH[4]}" tabindex="-1">${gH[4]}</h2>
${ps(gMonitor)}
<h2 id="whats-next" data-text="${gH[5]}" tabindex="-1">${gH[5]}</h2>
<ul>${lis(gNext)}</ul>
</div><devsite-thumb-rating position="footer"><div class="devsite-thumb-rating"><span class="devsite-thumb-rating-label">Was this helpful?</span>
</div></devsite-thumb-rating><devsite-feedback position="footer"><button class="devsite-feedback-button">Send feedback</button></devsite-feedback>
<div class="devsite-floating-action-buttons"></div></article><devsite-content-footer class="nocontent"><p>Except as otherwise noted, the content of
this page is licensed under the Creative Commons Attribution 4.0 License, and code samples are licensed under the Apache 2.0 License.</p>
<p>Last updated 2026-03-03 UTC.</p></devsite-content-footer></devsite-content></main>
<devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent"><nav class="devsite-footer-linkboxes-list">
<ul class="devsite-footer-linkbox-list">${links(gFootBoxes, 'devsite-footer-linkbox-item')}</ul></nav></devsite-footer-linkboxes>
<devsite-footer-utility class="devsite-footer-utility nocontent"><ul class="devsite-footer-utility-list">${links(gFoot, 'devsite-footer-utility-item')}</ul>
<devsite-language-selector><select aria-label="Select your language preference."><option value="en" selected>English</option>
<option value="de">Deutsch</option><option value="ja">日本語</option></select></devsite-language-selector></devsite-footer-utility></section></section>
<script>(function(d,e,v,s,i,t,E){d['DevsiteObject']=i;d[i]=d[i]||function(){(d[i].q=d[i].q||[]).push(arguments)}})(window,document,
'v','script','devsite');</script></body></html>`;
const gcloud: TestPage = {
  name: 'heldout264-google-cloud-devsite-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [gH[0], gH[1], gH[2], 'Console', 'CLI', gH[3], gH[4], gH[5]],
  body: texts([...gIntro, ...gBefore, ...gRoles, ...gCreate, ...gSteps, gNote, ...gFormat, ...gRows.flat(), ...gMonitor, ...gNext]),
  bylines: ['Last updated 2026-03-03 UTC.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Lumen uses cookies from Lumen to deliver and enhance the quality of its services and to analyze traffic.', 'Learn more', 'OK, got it',
    'Start free', 'Sign in', ...gTabs, ...gBook, ...gCrumbs, 'On this page', 'Was this helpful?', 'Send feedback',
    'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License',
    ...gFootBoxes, ...gFoot, 'English', 'Deutsch',
  ]),
};

export const HELDOUT264_B: readonly TestPage[] = [gcloud, mdn];
