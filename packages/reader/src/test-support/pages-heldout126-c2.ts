import type { TestPage } from './page-kit.js';
import { Art, anchor } from './pages-heldout126-kit.js';

/**
 * Held-out batch 126, file c2: an AWS documentation user-guide page (the awsdocs template after its scripts ran, as saved:
 * the rendered header with guide title, search and preferences, the table-of-contents panel, breadcrumbs, the nested
 * <head> and <body> the content view really carries, the inline "Topics" list, a procedure, an "Important" note, the page
 * utilities (PDF, RSS, focus mode), the thumb feedback widget, the hidden "Did this page help you?" texts, the noscript
 * message, "Document Conventions" and previous/next links, the cookie preference banner and the footer).
 */
const title = 'Creating a retrieval job';
const h2 = (t: string): string => `<h2 id="${anchor(t)}">${t}</h2>`;
const lit = (s: string): string => `<code class="code">${s}</code>`;
const art = new Art()
  .p([
    `Archives in Amazon Quarry are stored offline and can't be downloaded directly. To read an archive, you first create a
<em>retrieval job</em>. When the job completes, Quarry copies the archive to a staging bucket in your account, where it stays available for the
number of days you specify.`,
    'You can create a retrieval job from the Amazon Quarry console, with the AWS CLI, or with the AWS SDKs.',
  ])
  .raw(
    `<div class="highlights" id="inline-topiclist"><h6>Topics</h6><ul><li><a href="#retrieval-tiers">Retrieval tiers</a></li>
<li><a href="#retrieval-jobs-console">Create a retrieval job (console)</a></li><li><a href="#retrieval-jobs-cli">Create a retrieval job (AWS CLI)</a></li>
<li><a href="#retrieval-job-states">Retrieval job states</a></li></ul></div>`,
  )
  .h('Retrieval tiers', h2)
  .p([
    `Each retrieval job uses one of three tiers. The tier determines how quickly the archive is staged and how much the retrieval costs. You
can't change the tier of a job after you create it, but you can cancel the job and create a new one.`,
  ])
  .raw(
    `<div class="table-container"><div class="table-contents"><table id="w82aab9c11b7"><thead><tr><th>Tier</th><th>Typical completion
time</th><th>Price per GB</th></tr></thead>`,
  )
  .raw('<tr>')
  .p(['Expedited', '1–5 minutes', '$0.030'], (t) => `<td tabindex="-1">${t}</td>`)
  .raw('</tr><tr>')
  .p(['Standard', '3–5 hours', '$0.010'], (t) => `<td tabindex="-1">${t}</td>`)
  .raw('</tr><tr>')
  .p(['Bulk', '5–12 hours', '$0.0025'], (t) => `<td tabindex="-1">${t}</td>`)
  .raw('</tr></table></div></div>')
  .h('Create a retrieval job (console)', (t) => h2(t).replace(/id="[^"]+"/, 'id="retrieval-jobs-console"'))
  .h('To create a retrieval job', (t) => `<div class="procedure"><h6>${t}</h6>`)
  .list(
    [
      `Sign in to the AWS Management Console and open the Amazon Quarry console at
<a href="https://console.aws.amazon.com/quarry/" rel="noopener noreferrer" target="_blank"><span>https://console.aws.amazon.com/quarry/</span></a>.`,
      'In the navigation pane, choose <b>Vaults</b>, and then choose the vault that contains the archive.',
      'On the <b>Archives</b> tab, select the archive, and then choose <b>Retrieve</b>.',
      'For <b>Retrieval tier</b>, choose <b>Expedited</b>, <b>Standard</b>, or <b>Bulk</b>.',
      `For <b>Staging bucket</b>, choose an Amazon S3 bucket in the same Region as the vault. For <b>Keep staged copy for</b>, enter a number
of days from 1 to 30.`,
      'Choose <b>Create retrieval job</b>.',
    ],
    '<ol>',
    '</ol></div>',
    (t) => `<li><p>${t}</p></li>`,
  )
  .h('Create a retrieval job (AWS CLI)', (t) => h2(t).replace(/id="[^"]+"/, 'id="retrieval-jobs-cli"'))
  .p([`Use the ${lit('create-retrieval-job')} command. The following example stages an archive with the Standard tier for seven days.`])
  .raw(`<pre class="programlisting"><div class="code-btn-container"><div class="btn-copy-code" title="Copy"><awsui-icon
name="copy"></awsui-icon></div></div><code
class="nohighlight">aws quarry create-retrieval-job \\
    --vault-name <code class="replaceable">finance-2019</code> \\
    --archive-id <code class="replaceable">a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code> \\
    --tier Standard \\
    --staging-bucket <code class="replaceable">amzn-s3-demo-bucket</code> \\
    --retention-days 7</code></pre>`)
  .p([`The command returns the job ID. Use ${lit('describe-retrieval-job')} with that ID to check the job's progress.`])
  .p(
    [
      `Expedited retrievals depend on available capacity. If capacity isn't available when you create the job, the request fails with an
${lit('InsufficientCapacityException')}. To guarantee capacity, purchase provisioned retrieval units for the vault.`,
    ],
    (t) => `<div class="awsdocs-note awsdocs-important"><div class="awsdocs-note-title"><awsui-icon name="status-warning" variant="error"></awsui-icon>
<h6>Important</h6></div><div class="awsdocs-note-text"><p>${t}</p></div></div>`,
  )
  .h('Retrieval job states', h2)
  .p(['A retrieval job moves through the following states:'])
  .raw('<div class="itemizedlist"><ul class="itemizedlist">')
  .list(
    [
      `${lit('PENDING')} – Quarry has accepted the job and is waiting for capacity in the chosen tier.`,
      `${lit('STAGING')} – The archive is being copied to the staging bucket.`,
      `${lit('COMPLETED')} – The staged copy is available until the retention period ends.`,
      `${lit('FAILED')} – The job could not finish. The ${lit('StatusReason')} field explains why.`,
    ],
    '',
    '</ul></div>',
    (t) => `<li class="listitem"><p>${t}</p></li>`,
  );
const header = ['Documentation', 'Amazon Quarry', 'User Guide', 'Contact us', 'Preferences', 'English'];
const crumbs = ['AWS', 'Documentation', 'Amazon Quarry', 'User Guide'];
const toc = [
  'What is Amazon Quarry?',
  'Setting up',
  'Getting started',
  'Working with vaults',
  'Working with archives',
  'Retrieval jobs',
  'Monitoring retrieval jobs',
  'Security',
  'Quotas',
  'Document history',
];
const utilities = ['PDF', 'RSS', 'Focus mode'];
const thumbs = ['Did this page help you?', 'Yes', 'No', 'Provide feedback'];
const hidden = [
  'Did this page help you? - Yes',
  'Thanks for letting us know we\u2019re doing a good job!',
  'If you\u2019ve got a moment, please tell us what we did right so we can do more of it.',
  'Did this page help you? - No',
  'Thanks for letting us know this page needs work. We\u2019re sorry we let you down.',
  'If you\u2019ve got a moment, please tell us how we can make the documentation better.',
];
const noscript = [
  'Javascript is disabled or is unavailable in your browser.',
  'To use the Amazon Web Services Documentation, Javascript must be enabled. Please refer to your browser\u2019s Help pages for instructions.',
];
const footerNav = ['Document Conventions', 'Retrieval jobs', 'Monitoring retrieval jobs'];
const cookie = [
  'Select your cookie preferences',
  `We use essential cookies and similar tools to run this site. With your permission we also use performance cookies to count visits and
see which pages are used, so we can improve them.`,
  'Essential cookies cannot be turned off. Choose Customize to review each category, or Decline to refuse the optional ones.',
  'Accept',
  'Decline',
  'Customize',
];
const footer = ['Privacy', 'Site terms', 'Cookie preferences', '© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.'];
const feedbackBox = (
  yes: boolean,
): string => `<div id="quick-feedback-${yes ? 'yes' : 'no'}" style="display: none;"><div class="title">${hidden[yes ? 0 : 3]}</div>
<div class="content"><p>${hidden[yes ? 1 : 4]}</p><p>${hidden[yes ? 2 : 5]}</p><p><awsui-button id="fblink" rel="noopener noreferrer" target="_blank"
text="Feedback" click="linkClick($event)" href="https://docs.aws.amazon.com/forms/aws-doc-feedback?hidden_service_name=Quarry"></awsui-button></p></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>${title} - Amazon Quarry</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="assets_root" content="/assets"><meta name="target_state"
content="retrieval-jobs-create">
<meta name="default_state" content="retrieval-jobs-create"><link rel="icon" type="image/ico" href="/assets/images/favicon.ico">
<link rel="canonical" href="https://docs.aws.amazon.com/quarry/latest/userguide/retrieval-jobs-create.html"><meta name="description" content="Create a retrieval
job to stage an Amazon Quarry archive in Amazon S3, choose a retrieval tier, and follow the job through its states.">
<meta name="deployment_region" content="IAD"><meta name="product" content="Amazon Quarry"><meta name="guide" content="User Guide">
<meta name="abstract" content="Stage archives for reading with retrieval jobs."><meta name="guide-locale" content="en_us"><meta name="tocs"
content="toc-contents.json">
<meta name="feedback-item" content="Quarry"><meta name="this_doc_product" content="Amazon Quarry"><meta name="this_doc_guide" content="User Guide">
<script defer src="/assets/r/vendor4.js?version=2021.12.02"></script><script defer src="/assets/r/awsdocs-doc-page.2.0.0.js?version=2021.12.02"></script>
<link href="/assets/r/awsdocs-doc-page.2.0.0.css?version=2021.12.02" rel="stylesheet"><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"AWS","item":"https://aws.amazon.com"},{"@type":"ListItem","position":2,
"name":"Amazon Quarry","item":"https://docs.aws.amazon.com/quarry/index.html"},{"@type":"ListItem","position":3,"name":"User Guide",
"item":"https://docs.aws.amazon.com/quarry/latest/userguide"},{"@type":"ListItem","position":4,"name":"${title}"}]}</script></head>
<body class="awsdocs awsui"><div class="awsdocs-container"><awsdocs-header><header class="awsdocs-header" role="banner"><div class="awsdocs-header-logo">
<a href="https://aws.amazon.com" aria-label="AWS"><span class="aws-logo"></span></a><a class="awsdocs-header-docs" href="/index.html">${header[0]}</a></div>
<div class="awsdocs-header-title"><a href="/quarry/index.html">${header[1]}</a><span class="awsdocs-header-guide">${header[2]}</span></div>
<div class="awsdocs-header-search"><input type="search" placeholder="Search in this guide" aria-label="Search in this guide"></div><div
class="awsdocs-header-links">
<a href="https://aws.amazon.com/contact-us/">${header[3]}</a><button class="awsdocs-header-preferences" type="button">${header[4]}</button>
<button class="awsdocs-header-language" type="button">${header[5]}</button></div></header></awsdocs-header>
<awsui-app-layout id="app-layout" class="awsui-util-no-gutters" ng-controller="ContentController as $ctrl" header-selector="awsdocs-header"
navigation-hide="false" navigation-width="$ctrl.navWidth" navigation-open="$ctrl.navOpen" tools-hide="$ctrl.hideTools" tools-open="$ctrl.toolsOpen">
<div id="guide-toc" dom-region="navigation"><awsdocs-toc><nav class="awsdocs-toc" aria-label="Table of contents"><div
class="awsdocs-toc-title">${header[1]}</div>
<div class="awsdocs-toc-subtitle">${header[2]}</div><ul>${toc
  .map(
    (t) =>
      `<li class="awsdocs-toc-item${t === 'Retrieval jobs' ? ' awsdocs-toc-item--expanded' : ''}"><a href="./${anchor(t)}.html">${t}</a>${
        t === 'Retrieval jobs' ? `<ul><li class="awsdocs-toc-item awsdocs-toc-item--active"><a href="./retrieval-jobs-create.html">${title}</a></li></ul>` : ''
      }</li>`,
  )
  .join('\n')}</ul></nav></awsdocs-toc></div>
<div id="main-column" dom-region="content" tabindex="-1"><awsdocs-view class="awsdocs-view"><div id="awsdocs-content"><head><title>${title}
- Amazon Quarry</title>
<meta name="pdf" content="/pdfs/quarry/latest/userguide/quarry-ug.pdf#retrieval-jobs-create"><meta name="rss" content="quarry-ug-history.rss">
<meta name="forums" content="https://repost.aws/tags/TA4Quarry"><meta name="feedback"
content="https://docs.aws.amazon.com/forms/aws-doc-feedback?hidden_service_name=Quarry">
<meta name="keywords" content="Amazon Quarry,retrieval job,archive,staging"></head><body><div id="main"><div style="display: none"><a
href="/pdfs/quarry/latest/userguide/quarry-ug.pdf#retrieval-jobs-create" target="_blank" rel="noopener noreferrer" title="Open PDF"></a></div>
<div id="breadcrumbs" class="breadcrumb">
${crumbs.map((t, i) => `<a href="${i === 0 ? 'https://aws.amazon.com' : `/${anchor(t)}/index.html`}">${t}</a>`).join('')}</div>
<div id="main-content" class="awsui-util-container"><div id="main-col-body"><awsdocs-language-banner data-service="$ctrl.pageService"></awsdocs-language-banner>
<h1 class="topictitle" id="retrieval-jobs-create">${title}</h1><div class="awsdocs-page-header-container"><awsdocs-page-header><div
class="awsdocs-page-utilities">
${utilities.map((t) => `<a class="awsdocs-page-utility" href="#">${t}</a>`).join('')}</div></awsdocs-page-header>
<awsdocs-filter-selector id="awsdocs-filter-selector"></awsdocs-filter-selector></div>
${art.html}
<awsdocs-copyright class="copyright-print"></awsdocs-copyright><awsdocs-thumb-feedback right-edge="{{$ctrl.thumbFeedbackRightEdge}}"><div
class="awsdocs-thumb-feedback">
<span>${thumbs[0]}</span><button type="button">${thumbs[1]}</button><button type="button">${thumbs[2]}</button><a href="#">${thumbs[3]}</a></div>
</awsdocs-thumb-feedback></div><noscript><div><div><div><div id="js_error_message"><p><img
src="https://d1ge0kk1l5kms0.cloudfront.net/images/G/01/webservices/console/warning.png"
alt="Warning"> <strong>${noscript[0]}</strong></p><p>${noscript[1]}</p></div></div></div></div></noscript><div id="main-col-footer"
class="awsui-util-font-size-0">
<div id="doc-conventions"><a target="_top" href="/general/latest/gr/docconventions.html">${footerNav[0]}</a></div><div
class="prev-next"><div id="previous" class="prev-link"
accesskey="p" href="./retrieval-jobs.html">${footerNav[1]}</div><div id="next" class="next-link" accesskey="n"
href="./retrieval-jobs-monitor.html">${footerNav[2]}</div>
</div></div><awsdocs-page-utilities></awsdocs-page-utilities></div>${feedbackBox(true)}${feedbackBox(false)}</div></body></div></awsdocs-view>
<div class="page-loading-indicator" id="page-loading-indicator"><awsui-spinner size="large"></awsui-spinner></div></div><div
id="tools-panel" dom-region="tools">
<awsdocs-tools-panel id="awsdocs-tools-panel"></awsdocs-tools-panel></div></awsui-app-layout><awsdocs-cookie-consent-container><div id="awsccc-cb-c"
data-id="awsccc-cb" class="awsccc-u-cb awsccc-u-cb-show" role="region" aria-label="${cookie[0]}"><div class="awsccc-cs-container"><div
class="awsccc-cs-container-inner">
<h2 class="awsccc-cs-header">${cookie[0]}</h2><div class="awsccc-cs-text"><p>${cookie[1]}</p><p>${cookie[2]}</p></div></div><div
class="awsccc-cs-btn-container">
${cookie
  .slice(3)
  .map((t) => `<button type="button" class="awsccc-u-btn" data-id="awsccc-cb-btn-${t.toLowerCase()}"><span>${t}</span></button>`)
  .join('')}</div></div></div></awsdocs-cookie-consent-container>
<footer class="awsdocs-footer"><ul>${footer
  .slice(0, 3)
  .map((t) => `<li><a href="https://aws.amazon.com/${anchor(t)}/">${t}</a></li>`)
  .join('')}</ul><span class="awsdocs-footer-copyright">${footer[3]}</span></footer></div>
<div id="js_error_message" style="display: none"><p>${noscript[0]}</p></div>
<script type="text/javascript">window.awsdocs = window.awsdocs || {}; awsdocs.pageMeta = {"guide":"User Guide","service":"Amazon
Quarry"};</script></body></html>`;
export const awsPage: TestPage = {
  name: 'heldout126-aws-userguide-docs',
  kind: 'docs',
  html,
  // the procedure title (h6) is a heading; the inline "Topics" list repeats the headings and is left out; the table's data
  // cells are body; the note label "Important" and the CLI example are in neither list; the page has no byline
  title,
  headings: art.headings,
  body: art.body,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([...header, 'AWS', ...toc, ...utilities, 'Topics', ...thumbs, ...hidden, ...noscript, ...footerNav, ...cookie, ...footer]),
  ],
};
