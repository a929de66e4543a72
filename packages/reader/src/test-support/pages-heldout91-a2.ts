import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 91, file a2: an AWS documentation page (developer guide topic) for an invented service, as saved after the
 * docs scripts ran (the cookie preferences banner, the docs header with "Contact Us", "Preferences" and "Create an AWS
 * Account", the guide search, the left table of contents, breadcrumbs, the topic title, a note and an "Important" box with
 * h6 labels, a procedure with its h6 title, code blocks with copy buttons, a table, the hidden "Javascript is disabled"
 * noscript text, "Document Conventions", previous and next topic links, the thumbs feedback and its hidden replies, the
 * "On this page" rail and the footer).
 */
const awTitle = 'Managing vault lifecycle rules in Amazon Tessera';
const awIntro = [
  'A lifecycle rule tells Amazon Tessera when to move archives in a vault to a colder storage tier and when to delete them. You can add up ' +
    'to 50 rules to each vault. Each rule applies to the archives whose tags or key prefix match its filter.',
  'Rules run once a day. An archive that matches a rule moves on the first run after it reaches the age you set, so an archive can stay in ' +
    'its current tier for up to 24 hours longer than the rule says.',
];
const awNote = [
  'Lifecycle rules don’t apply to archives that are under a legal hold or in a vault with Vault Lock enabled in compliance mode. Tessera ' +
    'skips those archives and records the skip in the vault’s event log.',
];
const awH1 = 'Storage tiers and minimum durations';
const awTiersIntro = ['Each tier has a minimum storage duration. If you delete or move an archive before that time, you pay for the remaining days.'];
const awTiers = [
  ['Warm', 'None', 'Milliseconds'],
  ['Cool', '30 days', 'Milliseconds'],
  ['Deep', '180 days', '3 to 12 hours'],
];
const awH2 = 'Creating a lifecycle rule';
const awProcTitle = 'To create a lifecycle rule (console)';
const awSteps = [
  'Sign in to the AWS Management Console and open the Amazon Tessera console.',
  'In the navigation pane, choose <b>Vaults</b>, and then choose the name of the vault.',
  'On the <b>Management</b> tab, choose <b>Create lifecycle rule</b>.',
  'Enter a name for the rule and choose a filter. To apply the rule to every archive in the vault, choose <b>All archives</b>.',
  'Under <b>Transitions</b>, add one or more transitions, and optionally set an expiration. Then choose <b>Create rule</b>.',
];
const awCliIntro = [
  'To create the same rule with the AWS CLI, save the rule as JSON and pass it to the <code class="code">put-vault-lifecycle</code> command. The ' +
    'following rule moves archives tagged <code class="code">project=harbor</code> to the Cool tier after 30 days, to the Deep tier after 180 ' +
    'days, and deletes them after seven years.',
];
const awJson = `{
  "Rules": [
    {
      "Id": "harbor-archives",
      "Status": "Enabled",
      "Filter": { "Tag": { "Key": "project", "Value": "harbor" } },
      "Transitions": [
        { "Days": 30, "StorageTier": "COOL" },
        { "Days": 180, "StorageTier": "DEEP" }
      ],
      "Expiration": { "Days": 2555 }
    }
  ]
}`;
const awCli = `aws tessera put-vault-lifecycle \\
    --vault-name records-2025 \\
    --lifecycle-configuration file://lifecycle.json`;
const awImportant = [
  'A new lifecycle configuration replaces the existing one. To add a rule, first get the current rules with ' +
    '<code class="code">get-vault-lifecycle</code>, add the new rule to the list, and then put the whole list back.',
];
const awH3 = 'Checking which rules apply to an archive';
const awCheck = [
  'Run <code class="code">describe-archive</code> with the archive ID. The <code class="code">LifecycleRules</code> field in the response lists ' +
    'the rules that match the archive and the date of its next transition. If the field is empty, no rule matches.',
  'Changes to a rule take effect on the next daily run. Archives that have already moved stay in their new tier; Tessera never moves an ' +
    'archive back to a warmer tier because a rule changed.',
];
const awCrumbs = ['Documentation', 'Amazon Tessera', 'Developer Guide'];
const awHead = ['Contact Us', 'Feedback', 'Preferences', 'English', 'Create an AWS Account', 'Sign In to the Console'];
const awToc = [
  'What is Amazon Tessera?',
  'Getting started',
  'Working with vaults',
  'Vault access policies',
  'Vault lifecycle rules',
  'Retrieving archives',
  'Security',
  'Monitoring',
  'Quotas',
  'Document history',
];
const awCookie = [
  'Select your cookie preferences',
  'We use essential cookies and similar tools that are necessary to provide our site and services. We use performance cookies to collect ' +
    'anonymous statistics so we can understand how customers use our site and make improvements.',
  'If you agree, AWS and approved third parties will also use cookies to provide useful site features, remember your preferences, and ' +
    'display relevant content, including relevant advertising.',
];
const awFeedback = [
  'Thanks for letting us know we\u2019re doing a good job!',
  'If you\u2019ve got a moment, please tell us what we did right so we can do more of it.',
  'Thanks for letting us know this page needs work. We\u2019re sorry we let you down.',
  'If you\u2019ve got a moment, please tell us how we can make the documentation better.',
];
const awFoot = ['Privacy', 'Site terms', 'Cookie preferences', '© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.'];
const awCode = (cls: string, code: string): string => `<pre class="programlisting"><div class="code-btn-container"><div class="btn-copy-code" title="Copy">
<awsui-icon name="copy"></awsui-icon></div></div><!--DEBUG: cli ()--><code class="${cls}">${code}</code></pre>`;
const awBox = (kind: 'note' | 'important', label: string, body: readonly string[], icon: string): string => `<div class="awsdocs-${kind}">
<div class="awsdocs-${kind}-title"><awsui-icon name="${icon}" variant="${kind === 'note' ? 'link' : 'error'}"></awsui-icon><h6>${label}</h6></div>
<div class="awsdocs-${kind}-text">${ps(body)}</div></div>`;
const awHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Managing vault lifecycle rules in Amazon Tessera - Amazon Tessera</title><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="assets_root" content="/assets"><meta name="target_state" content="vault-lifecycle"><meta name="default_state" content="vault-lifecycle">
<link rel="icon" type="image/ico" href="/assets/images/favicon.ico"><link rel="canonical"
href="https://docs.aws.amazon.com/tessera/latest/dg/vault-lifecycle.html">
<meta name="description" content="Use lifecycle rules to move Amazon Tessera archives between storage tiers and to delete them when they expire.">
<meta name="deployment_region" content="IAD"><meta name="product" content="Amazon Tessera"><meta name="guide" content="Developer Guide">
<meta name="abstract" content="Archive storage for long-term records."><meta name="guide-locale" content="en_us"><meta name="tocs" content="toc-contents.json">
<meta name="this_doc_product" content="Amazon Tessera"><meta name="this_doc_guide" content="Developer Guide">
<script defer src="/assets/r/vendor4.js?version=2021.12.02"></script><script defer src="/assets/r/awsdocs-doc-page.2.0.0.js"></script>
<link href="/assets/r/awsdocs-doc-page.2.0.0.css" rel="stylesheet">
<script async id="awsc-panorama-bundle" type="text/javascript" src="https://prod.pa.cdn.uis.awsstatic.com/panorama-nav-init.js" data-config="{'appEntity':
'aws-documentation','region':'us-east-1','service':'tessera'}"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"AWS","item":"https://aws.amazon.com"},{"@type":"ListItem","position":2,"name":"Amazon Tessera","item":"https://docs.aws.amazon.com/tessera/index.html"},
{"@type":"ListItem","position":3,"name":"Developer Guide","item":"https://docs.aws.amazon.com/tessera/latest/dg"},{"@type":"ListItem","position":4,
"name":"Managing vault lifecycle rules","item":"https://docs.aws.amazon.com/tessera/latest/dg/vault-lifecycle.html"}]}</script></head>
<body class="awsdocs awsui"><div id="awsccc-cb-content" class="awsccc-cs-container" role="region" aria-label="Cookie banner">
<div class="awsccc-cs-content"><h2 id="awsccc-cb-title" class="awsccc-cs-title">${awCookie[0]}</h2><p class="awsccc-cs-text">${awCookie[1]}</p>
<p class="awsccc-cs-text">${awCookie[2]}</p></div><div class="awsccc-cs-actions"><button data-id="awsccc-cb-btn-accept" class="awsccc-u-btn-primary">
<span>Accept</span></button><button data-id="awsccc-cb-btn-decline" class="awsccc-u-btn-secondary"><span>Decline</span></button>
<button data-id="awsccc-cb-btn-customize" class="awsccc-u-btn-secondary"><span>Customize</span></button></div></div>
<div id="main"><header id="aws-docs-header" class="awsdocs-header" role="banner"><a href="https://aws.amazon.com" class="awsdocs-header-logo"
aria-label="Amazon Web Services Home Page"><svg viewBox="0 0 50 30"><path d="M14.09 10.85c0 .3.03.55.1.73"></path></svg></a>
<a class="awsdocs-header-docs" href="/index.html">Documentation</a><ul class="awsdocs-header-links">${links(awHead)}</ul>
<form class="awsdocs-search" role="search"><input type="search" aria-label="Search in this guide" placeholder="Search in this guide"></form></header>
<div id="left-column" class="awsdocs-toc"><nav aria-label="Table of contents" class="awsdocs-toc-nav"><div class="toc-title">Amazon Tessera</div>
<div class="toc-subtitle">Developer Guide</div><ul class="awsdocs-toc-list">${links(awToc, 'awsdocs-toc-item')}</ul></nav></div>
<div style="display:none"><a href="/pdfs/tessera/latest/dg/tessera-dg.pdf#vault-lifecycle" target="_blank" rel="noopener noreferrer"
title="Open PDF"></a></div>
<div id="breadcrumbs" class="breadcrumb">${awCrumbs.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</div>
<div id="main-content" class="awsui-util-container"><div id="main-col-body">
<awsdocs-language-banner data-service="$('meta[name=&#34;product&#34;]').attr('content')"></awsdocs-language-banner>
<h1 class="topictitle" id="vault-lifecycle">${awTitle}</h1><div class="awsdocs-page-header-container"><awsdocs-page-header></awsdocs-page-header>
<awsdocs-filter-selector id="awsdocs-filter-selector"></awsdocs-filter-selector></div>
<div class="awsdocs-page-actions"><button class="awsdocs-focus-mode" type="button">Focus mode</button><a href="/pdfs/tessera/latest/dg/tessera-dg.pdf">PDF</a>
<a href="https://github.com/awsdocs/tessera-dg/blob/main/vault-lifecycle.md">RSS</a></div>
${ps(awIntro)}
${awBox('note', 'Note', awNote, 'status-info')}
<h2 id="lifecycle-tiers">${awH1}</h2>
${ps(awTiersIntro)}
<div class="table-container"><div class="table-contents disable-scroll"><table id="w199aac15c17b9"><thead><tr><th>Storage tier</th>
<th>Minimum duration</th><th>First-byte latency</th></tr></thead>
${awTiers.map((r) => `<tr>${r.map((c) => `<td tabindex="-1">${c}</td>`).join('')}</tr>`).join('\n')}</table></div></div>
<h2 id="lifecycle-create">${awH2}</h2>
<div class="procedure"><h6>${awProcTitle}</h6><ol>${awSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol></div>
${ps(awCliIntro)}
${awCode('json ', awJson)}
${awCode('nohighlight', awCli)}
${awBox('important', 'Important', awImportant, 'status-warning')}
<h2 id="lifecycle-check">${awH3}</h2>
${ps(awCheck)}
<awsdocs-copyright class="copyright-print"></awsdocs-copyright><awsdocs-thumb-feedback right-edge="{{this.isRightEdge}}"></awsdocs-thumb-feedback></div>
<noscript><div><div><div><div id="js_error_message"><p><img src="https://d1ge0kk1l5kms0.cloudfront.net/images/G/01/webservices/console/warning.png"
alt="Warning"> <strong>Javascript is disabled or is unavailable in your browser.</strong></p><p>To use the Amazon Web Services Documentation, Javascript
must be enabled. Please refer to your browser's Help pages for instructions.</p></div></div></div></div></noscript>
<div id="main-col-footer" class="awsui-util-font-size-0"><div id="doc-conventions"><a target="_top" href="/general/latest/gr/docconventions.html">Document
Conventions</a></div><div class="prev-next"><div id="previous" class="prev-link" accesskey="p" href="./vault-policies.html">Vault access policies</div>
<div id="next" class="next-link" accesskey="n" href="./retrieval.html">Retrieving archives</div></div></div>
<div class="awsdocs-thumb-feedback"><span class="awsdocs-thumb-feedback-title">Did this page help you?</span><button type="button">Yes</button>
<button type="button">No</button><a href="https://docs.aws.amazon.com/forms/aws-doc-feedback?hidden_service_name=Tessera">Provide feedback</a></div>
<awsdocs-page-utilities></awsdocs-page-utilities></div>
<div id="quick-feedback-yes" style="display: none;"><div class="title">Did this page help you? - Yes</div><div class="content">
<p>${awFeedback[0]}</p><p>${awFeedback[1]}</p><p><awsui-button id="fblink" rel="noopener noreferrer" target="_blank" text="Feedback"
click="linkClick($event)" href="https://docs.aws.amazon.com/forms/aws-doc-feedback?hidden_service_name=Tessera"></awsui-button></p></div></div>
<div id="quick-feedback-no" style="display: none;"><div class="title">Did this page help you? - No</div><div class="content">
<p>${awFeedback[2]}</p><p>${awFeedback[3]}</p><p><awsui-button id="fblink" rel="noopener noreferrer" target="_blank" text="Feedback"
click="linkClick($event)" href="https://docs.aws.amazon.com/forms/aws-doc-feedback?hidden_service_name=Tessera"></awsui-button></p></div></div>
<aside id="awsdocs-right-rail" class="awsdocs-page-toc" aria-label="On this page"><h2 class="awsdocs-page-toc-title">On this page</h2>
<ul>${links([awH1, awH2, awH3])}</ul></aside>
<footer id="awsdocs-footer" class="awsdocs-footer"><ul>${links(awFoot.slice(0, 3))}</ul><span class="copyright">${awFoot[3]}</span></footer></div>
<script type="text/javascript">if (typeof AWSC !== 'undefined') { AWSC.Clog.bindDefaultEvents(); }</script></body></html>`;
export const awsDocsPage: TestPage = {
  html: awHtml,
  name: 'heldout91-aws-docs-guide',
  kind: 'docs',
  // the h6 alert labels ("Note", "Important") and the code blocks are in neither list, the procedure title is a heading, the
  // table's data cells are body; the guide has no byline; the noscript text and the hidden feedback replies are furniture
  title: awTitle,
  headings: [awH1, awH2, awProcTitle, awH3],
  body: [...awIntro, ...texts(awNote), ...awTiersIntro, ...awTiers.flat(), ...texts(awSteps), ...texts(awCliIntro), ...texts(awImportant), ...texts(awCheck)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...awCookie, 'Accept', 'Decline', 'Customize', ...awHead, ...awCrumbs, ...awToc, 'Focus mode', 'PDF', 'RSS',
    'Javascript is disabled or is unavailable in your browser.',
    "To use the Amazon Web Services Documentation, Javascript must be enabled. Please refer to your browser's Help pages for instructions.",
    'Document Conventions', 'Did this page help you?', 'Yes', 'No', 'Provide feedback', 'Did this page help you? - Yes', 'Did this page help you? - No',
    ...awFeedback, 'On this page', ...awFoot,
  ])],
};
