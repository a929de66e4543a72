import { links, ps, type TestPage, texts } from './page-kit.js';
import { msLearn } from './pages-heldout264-a2.js';
import { j, lis, uniq } from './pages-heldout264-kit.js';

/**
 * Held-out batch 264, file a: an AWS documentation-style developer guide page (awsdocs custom elements, the cookie
 * preferences banner, the left TOC, breadcrumbs, the in-page "Topics" list, a note box, a table, the thumbs feedback
 * and "Document Conventions" footer) and, from file a2, a Microsoft Learn-style article.
 */
const aTitle = 'Configuring retention windows for ledger streams';
const aIntro = [
  j(
    'Every ledger stream in Ledgerline keeps its committed entries for a retention window. When an entry falls outside',
    'the window, Ledgerline moves it to cold storage and removes it from the hot journal that readers query. This page explains',
    'how to choose a window, how to change it on an existing stream, and what happens to readers while the change takes effect.',
  ),
];
const aH = ['How retention windows work', 'Choosing a window', 'Changing the window of an existing stream', 'Limits'] as const;
const aProc = 'To change the retention window (console)';
const aHow = [
  j(
    'A retention window is measured from the commit time of each entry, not from the time a reader last touched it. Ledgerline',
    'checks the window every fifteen minutes, so an entry can remain readable for up to fifteen minutes after it expires.',
  ),
  j(
    'Entries moved to cold storage are not deleted. You can still restore them to a scratch stream with the',
    '<code class="code">RestoreEntries</code> operation, but restored entries are read-only and are billed at the cold storage rate.',
  ),
];
const aNote = j(
  'If your stream has a legal hold, the retention window is ignored until the hold is lifted. Ledgerline reports',
  'such streams with the status <code class="code">HELD</code> in the console and in <code class="code">DescribeStream</code>.',
);
const aChoose = ['Pick the shortest window that still covers the longest query your readers run against the hot journal. Consider the following:'];
const aChooseList = [
  'Audit readers usually need the whole current financial quarter, so a window of 100 days is a common starting point.',
  'Streaming consumers that only read new entries can work with a window of 7 days.',
  'Each extra day of retention adds to the hot storage charge of the stream, so long windows cost more.',
];
const aTable = ['Workload', 'Suggested window', 'Reason'];
const aRows = [
  ['Payment settlement', '100 days', 'Covers a full quarter plus reconciliation'],
  ['Event fan-out', '7 days', 'Consumers read only recent entries'],
  ['Inventory snapshots', '35 days', 'Monthly reports with a short grace period'],
];
const aChange = [
  j(
    'You can change the window of a stream at any time with the console, the CLI or the API. A change to a shorter window',
    'does not move entries at once: Ledgerline spreads the move over the next six hours so that readers are not throttled.',
  ),
];
const aSteps = [
  'Open the Ledgerline console and choose <b>Streams</b> in the navigation pane.',
  'Select the stream, then choose <b>Actions</b>, <b>Edit retention</b>.',
  'Enter the new window in days, between 1 and 3650, and choose <b>Save changes</b>.',
  'Watch the <b>Retention status</b> column until it changes from <code class="code">UPDATING</code> to <code class="code">ACTIVE</code>.',
];
const aCli = ['To make the same change with the CLI, run the <code class="code">update-stream-retention</code> command, as in this example:'];
const aLimits = [
  'A stream accepts one retention change per hour. A second request within the hour fails with a throttling error.',
  j(
    'The window of a stream in a replication group must be the same in every Region of the group. Change the primary stream and',
    'Ledgerline applies the change to the replicas.',
  ),
];
const aNav = ['Arbor Ledgerline', 'Developer Guide'];
const aToc = ['What is Arbor Ledgerline?', 'Getting started', 'Working with streams', 'Managing retention', 'Readers and cursors', 'Security', 'Quotas'];
const aTopics = aH;
const aFoot = ['Privacy', 'Site terms', 'Cookie preferences'];
const aHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>${aTitle} - Arbor Ledgerline</title><meta name="viewport" content="width=device-width,initial-scale=1" />
<meta name="assets_root" content="/assets" /><meta name="target_state" content="retention-windows" />
<meta name="default_state" content="retention-windows" /><link rel="icon" type="image/ico" href="/assets/images/favicon.ico" />
<link rel="canonical" href="https://docs.arborws.example/ledgerline/latest/devguide/retention-windows.html" />
<meta name="description" content="Choose and change the retention window of a ledger stream." />
<meta name="deployment_region" content="IAD" /><meta name="product" content="Arbor Ledgerline" /><meta name="guide" content="Developer Guide" />
<meta name="abstract" content="Choose and change the retention window of a ledger stream." />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",
"position":1,"name":"Arbor","item":"https://arborws.example"},{"@type":"ListItem","position":2,"name":"Arbor Ledgerline"}]}</script>
<script defer="" src="/assets/r/awsdocs-doc-page.2.0.js"></script><link href="/assets/r/awsdocs-doc-page.2.0.css" rel="stylesheet" />
<script>window.awsdocs = window.awsdocs || {}; window.awsdocs.pageStart = Date.now();</script></head>
<body class="awsdocs awsui"><div class="awsdocs-container">
<div id="awsccc-cb-content" data-id="awsccc-cb-content" role="dialog" aria-label="Cookie banner"><div class="awsccc-cs-container">
<h2 class="awsccc-cs-title">Select your cookie preferences</h2><p class="awsccc-cs-text">We use essential cookies and similar tools that are
necessary to provide our site and services. You can choose to decline or customize your choices.</p>
<div class="awsccc-cs-btn-container"><button data-id="awsccc-cb-btn-accept">Accept</button><button data-id="awsccc-cb-btn-decline">Decline</button>
<button data-id="awsccc-cb-btn-customize">Customize</button></div></div></div>
<awsdocs-header><header id="awsdocs-header" class="awsdocs-header"><a href="https://arborws.example" class="awsdocs-logo">Arbor Web Services</a>
<a href="/" class="awsdocs-header-link">Documentation</a><a href="/ledgerline/" class="awsdocs-header-link">Arbor Ledgerline</a>
<a href="/ledgerline/latest/devguide/" class="awsdocs-header-link">Developer Guide</a>
<div class="awsdocs-search"><input type="search" placeholder="Search in this guide" /></div>
<a href="https://console.arborws.example" class="awsdocs-console-button">Sign in to console</a></header></awsdocs-header>
<div id="left-column" class="awsdocs-page-toc"><awsdocs-toc><nav class="awsui-side-navigation"><h2 class="toc-title">Arbor Ledgerline</h2>
<ul class="awsui-side-navigation-list">${links(aToc, 'awsui-side-navigation-list-item')}</ul></nav></awsdocs-toc></div>
<div id="main-column"><div id="main"><div id="main-content" class="awsui-util-container">
<awsdocs-breadcrumb><nav class="awsui-breadcrumb-group" aria-label="Breadcrumbs"><ol><li><a href="/">Documentation</a></li>
${links(aNav)}</ol></nav></awsdocs-breadcrumb>
<div class="awsdocs-page-header-container"><awsdocs-page-header><div class="awsdocs-page-utilities"><a href="/ledgerline/latest/devguide/ledgerline-dg.pdf"
class="awsdocs-pdf">PDF</a><a href="/ledgerline/latest/devguide/rss.xml">RSS</a></div></awsdocs-page-header>
<awsdocs-filter-selector id="awsdocs-filter-selector"></awsdocs-filter-selector></div>
<div id="main-col-body"><awsdocs-language-banner data-service="Ledgerline"></awsdocs-language-banner>
<h1 class="topictitle" id="retention-windows">${aTitle}</h1>
<div class="awsdocs-page-abstract">${ps(aIntro)}</div>
<div class="highlights"><p><strong>Topics</strong></p><ul>${links(aTopics)}</ul></div>
<h2 id="retention-how">${aH[0]}</h2>
${ps(aHow)}
<div class="awsdocs-note"><div class="awsdocs-note-title"><awsui-icon name="status-info"></awsui-icon><h6>Note</h6></div>
<div class="awsdocs-note-text"><p>${aNote}</p></div></div>
<h2 id="retention-choose">${aH[1]}</h2>
${ps(aChoose)}
<div class="itemizedlist"><ul class="itemizedlist" type="disc">${lis(aChooseList, ' class="listitem"')}</ul></div>
<div class="table-container"><div class="table-contents"><table id="w12aab7c11b9"><thead><tr>${aTable.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>${aRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></div>
<h2 id="retention-change">${aH[2]}</h2>
${ps(aChange)}
<div class="procedure"><h6>${aProc}</h6><ol>${lis(aSteps, ' class="listitem"')}</ol></div>
${ps(aCli)}
<pre class="programlisting"><div class="code-btn-container"><div class="btn-copy-code" title="Copy"></div></div><code class="nohighlight">arb ledgerline
update-stream-retention --stream-name settlements --retention-days 100</code></pre>
<h2 id="retention-limits">${aH[3]}</h2>
${ps(aLimits)}
<awsdocs-copyright class="copyright-print"></awsdocs-copyright>
<awsdocs-thumb-feedback right-edge="{{this.shouldHideComments}}"><div class="awsdocs-thumb-feedback"><h4>Did this page help you?</h4>
<button>Yes</button><button>No</button><a href="/forms/docs-feedback?topic=retention-windows">Provide feedback</a></div></awsdocs-thumb-feedback></div>
<noscript><div><div><div><div id="js_error_message"><p><img src="/assets/images/warning.png" alt="Warning" /> <strong>Javascript is disabled or is
unavailable in your browser.</strong></p><p>To use the Arbor Web Services Documentation, Javascript must be enabled.</p></div></div></div></div></noscript>
<div id="main-col-footer" class="awsui-util-font-size-0"><div id="doc-conventions"><a target="_top" href="/general/latest/gr/docconventions.html">Document
Conventions</a></div><div class="prev-next"><div id="previous" class="prev-link"><a href="./working-with-streams.html">Working with streams</a></div>
<div id="next" class="next-link"><a href="./readers-and-cursors.html">Readers and cursors</a></div></div></div></div></div></div>
<div id="right-column" class="awsdocs-page-right-toc"><h3>On this page</h3><ul>${links(aTopics)}</ul></div>
<footer id="awsdocs-footer"><ul>${links(aFoot)}</ul><p id="awsdocs-legal-zone-copyright">© 2026, Arbor Web Services, Inc. or its affiliates.
All rights reserved.</p></footer></div></body></html>`;
const aws: TestPage = {
  name: 'heldout264-aws-docs-devguide',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [aH[0], aH[1], aH[2], aProc, aH[3]],
  body: texts([...aIntro, ...aHow, aNote, ...aChoose, ...aChooseList, ...aRows.flat(), ...aChange, ...aSteps, ...aCli, ...aLimits]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Select your cookie preferences', 'We use essential cookies and similar tools that are necessary to provide our site and services.',
    'Accept', 'Decline', 'Customize', 'Arbor Web Services', 'Documentation', 'Sign in to console', ...aToc, ...aNav, 'PDF', 'RSS', 'Topics',
    'Did this page help you?', 'Provide feedback', 'Javascript is disabled or is unavailable in your browser.',
    'To use the Arbor Web Services Documentation, Javascript must be enabled.', 'Document Conventions', 'Working with streams',
    'Readers and cursors', 'On this page', ...aFoot, '© 2026, Arbor Web Services, Inc. or its affiliates. All rights reserved.',
  ]),
};

export const HELDOUT264_A: readonly TestPage[] = [aws, msLearn];
