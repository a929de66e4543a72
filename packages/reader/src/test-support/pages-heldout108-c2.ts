import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 108, file c2: an AWS documentation page (docs.aws.amazon.com) for an invented service: the cookie
 * preferences banner, the awsdocs header with "Contact Us", language and console links, the left table of contents, the
 * breadcrumbs, the "PDF" and "RSS" links, the topic with a procedure (its h6 title), a note and a table, the noscript
 * "Javascript is disabled" box, the thumbs feedback with its hidden messages, "Document Conventions", the previous and next
 * topic links, the "Need help?" box and the footer.
 */
const awTitle = 'Setting a retention period for an archive';
const awIntro = [
  'A retention period controls how long Amazon Harborline keeps the messages in an archive. When a message is older than the ' +
    'retention period, Harborline deletes it automatically during the next daily cleanup. You can set a retention period when you ' +
    'create an archive, and change it at any time afterward.',
  'New archives keep messages for 90 days unless you choose a different period. The shortest period you can set is 1 day and the ' +
    'longest is 3,650 days (10 years). To keep messages indefinitely, choose <b>No expiration</b>.',
];
const awH1 = 'How retention periods work';
const awP1 = [
  'Harborline measures a message’s age from the time it was written to the archive, not from the time it was originally sent. ' +
    'Messages that you replay from the archive into a queue are not rewritten, so replaying does not reset their age.',
  'When you shorten a retention period, messages that are older than the new period are deleted during the next cleanup, usually ' +
    'within 24 hours. When you lengthen a period, messages that have already been deleted cannot be recovered.',
];
const awNote =
  'If the archive has an active legal hold, Harborline does not delete any messages until the hold is removed, regardless of the ' + 'retention period.';
const awH2 = 'Changing the retention period';
const awProc = 'To change the retention period (console)';
const awSteps = [
  'Open the Amazon Harborline console at <a href="https://console.aws.amazon.com/harborline/">https://console.aws.amazon.com/harborline/</a>.',
  'In the navigation pane, choose <b>Archives</b>.',
  'Choose the name of the archive that you want to change.',
  'On the <b>Configuration</b> tab, in the <b>Retention</b> section, choose <b>Edit</b>.',
  'Enter the number of days to keep messages, or choose <b>No expiration</b>.',
  'Choose <b>Save changes</b>.',
];
const awP2 = [
  'To change the retention period with the AWS CLI, use the <code class="code">update-archive</code> command with the ' +
    '<code class="code">--retention-days</code> option.',
];
const awCode = 'aws harborline update-archive --archive-name orders-archive --retention-days 180';
const awH3 = 'Retention and storage costs';
const awP3 = [
  'You pay for each gigabyte stored in an archive per month. The following table shows how the retention period affects storage for ' +
    'an archive that receives 5 GB of messages a day.',
];
const awRows = [
  ['30 days', '150 GB'],
  ['90 days', '450 GB'],
  ['365 days', '1,825 GB'],
];
const awP4 = [
  'To keep costs down for archives that you rarely replay, consider exporting older messages to Amazon S3 and setting a shorter ' +
    'retention period on the archive itself.',
];
const awToc = [
  'What is Amazon Harborline?',
  'Setting up',
  'Getting started',
  'Working with archives',
  'Creating an archive',
  'Replaying messages',
  'Security',
  'Quotas',
  'Document history',
];
const awCookie = [
  'Select your cookie preferences',
  'We use essential cookies and similar tools that are necessary to provide our site and services. We use performance cookies to ' +
    'collect anonymous statistics so we can understand how customers use our site and make improvements.',
  'To accept or decline all non-essential cookies, choose “Accept” or “Decline.” To make more detailed choices, choose “Customize.”',
];
const awFeedback = [
  'Did this page help you? - Yes',
  'Thanks for letting us know we\u2019re doing a good job!',
  'If you\u2019ve got a moment, please tell us what we did right so we can do more of it.',
  'Did this page help you? - No',
  'Thanks for letting us know this page needs work. We\u2019re sorry we let you down.',
  'If you\u2019ve got a moment, please tell us how we can make the documentation better.',
];
const awHelp = ['Need help?', 'Try AWS re:Post', 'Connect with an AWS IQ expert'];
const awFoot = ['Privacy', 'Site terms', 'Cookie preferences', '© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.'];
const awHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Setting a retention period for an archive - Amazon Harborline</title><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="assets_root" content="/assets"><meta name="target_state" content="archive-retention"><meta name="default_state" content="archive-retention">
<link rel="icon" type="image/ico" href="/assets/images/favicon.ico"><link rel="canonical"
href="https://docs.aws.amazon.com/harborline/latest/dg/archive-retention.html">
<meta name="description" content="Set how long Amazon Harborline keeps the messages in an archive."><meta name="deployment_region" content="IAD">
<meta name="product" content="Amazon Harborline"><meta name="guide" content="Developer Guide"><meta name="abstract"
content="Set how long Harborline keeps messages.">
<meta name="guide-locale" content="en_us"><meta name="tocs" content="toc-contents.json"><link rel="stylesheet" href="/assets/css/awsdocs.css">
<script defer src="/assets/r/vendor4.js?version=2021.12.02"></script><script defer src="/assets/r/awsdocs-doc-page.js?version=2021.12.02"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"AWS","item":"https://aws.amazon.com"},{"@type":"ListItem","position":2,"name":"Amazon Harborline"},
{"@type":"ListItem","position":3,"name":"Developer Guide"}]}</script>
</head><body class="awsdocs awsui"><div id="awsccc-cb-c" class="awsccc-cs-container" data-id="awsccc-cb" role="region" aria-label="Cookie banner">
<div class="awsccc-cs-text-container"><h2 id="awsccc-cb-title" class="awsccc-cs-title">${awCookie[0]}</h2><p>${awCookie[1]}</p><p>${awCookie[2]}</p></div>
<div class="awsccc-cs-btn-container"><button data-id="awsccc-cb-btn-accept" class="awsccc-u-btn awsccc-u-btn-primary">Accept</button>
<button data-id="awsccc-cb-btn-decline" class="awsccc-u-btn awsccc-u-btn-secondary">Decline</button>
<button data-id="awsccc-cb-btn-customize" class="awsccc-u-btn awsccc-u-btn-secondary">Customize</button></div></div>
<div id="main"><div style="display:none"><a href="archive-retention.pdf#archive-retention" rel="nofollow">View this page in PDF</a></div>
<div id="awsdocs-header" class="awsdocs-header"><a href="https://aws.amazon.com" class="awsdocs-logo" aria-label="Amazon Web Services homepage"></a>
<nav class="awsdocs-header-links"><a href="https://aws.amazon.com/contact-us/">Contact Us</a><button class="awsdocs-language"
aria-haspopup="true">English</button>
<a href="https://console.aws.amazon.com/">Sign In to the Console</a><a class="awsdocs-header-cta"
href="https://portal.aws.amazon.com/billing/signup">Create an AWS Account</a>
</nav></div><div id="left-column" class="awsdocs-toc" role="navigation" aria-label="Table of contents"><div class="awsdocs-toc-title">
<a href="index.html">Developer Guide</a></div><ul class="awsdocs-toc-list">${links(awToc, 'awsdocs-toc-item')}
<li class="awsdocs-toc-item awsdocs-toc-item--active"><a href="archive-retention.html" aria-current="page">${awTitle}</a></li></ul></div>
<div id="breadcrumbs" class="breadcrumb"><a href="/index.html">Documentation</a><span class="breadcrumb-separator"> </span><a
href="/harborline/index.html">Amazon Harborline</a>
<span class="breadcrumb-separator"> </span><a href="index.html">Developer Guide</a></div>
<div id="main-content" class="awsui-util-container"><div id="main-col-body"><awsdocs-language-banner data-service="$('meta[name=product]').attr('content')">
</awsdocs-language-banner>
<div class="awsdocs-page-utilities"><a class="awsdocs-pdf" href="/pdfs/harborline/latest/dg/harborline-dg.pdf#archive-retention">PDF</a>
<a class="awsdocs-rss" href="harborline-dg-updates.rss">RSS</a><button class="awsdocs-focus-mode" aria-pressed="false">Focus mode</button></div>
<h1 class="topictitle" id="archive-retention">${awTitle}</h1><div class="awsdocs-page-header-container"><awsdocs-page-header></awsdocs-page-header>
<awsdocs-filter-selector id="awsdocs-filter-selector"></awsdocs-filter-selector></div>${ps(awIntro)}
<h2 id="retention-how">${awH1}</h2>${ps(awP1)}
<div class="awsdocs-note"><div class="awsdocs-note-title"><awsui-icon name="status-info" variant="link"></awsui-icon><h6>Note</h6></div>
<div class="awsdocs-note-text"><p>${awNote}</p></div></div>
<h2 id="retention-change">${awH2}</h2><div class="procedure"><h6>${awProc}</h6><ol>${awSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol></div>
${ps(awP2)}<pre class="programlisting"><div class="code-btn-container"></div><!--DEBUG: cli ()--><code class="nohighlight">${awCode}</code></pre>
<h2 id="retention-costs">${awH3}</h2>${ps(awP3)}<div class="table-container"><div class="table-contents"><table id="w113aab9b9c11">
<tr><th>Retention period</th><th>Approximate storage</th></tr>${awRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</table></div></div>
${ps(awP4)}<awsdocs-copyright class="copyright-print"></awsdocs-copyright><awsdocs-thumb-feedback right-edge="{{RIGHT_EDGE}}"></awsdocs-thumb-feedback></div>
<noscript><div><div><div><div id="js_error_message"><p><img src="https://d1ge0kk1l5kms0.cloudfront.example/images/warning.png" alt="Warning">
<strong>Javascript is disabled or is unavailable in your browser.</strong></p><p>To use the Amazon Web Services Documentation, Javascript must be enabled.
Please refer to your browser\u2019s Help pages for instructions.</p></div></div></div></div></noscript>
<div id="main-col-footer" class="awsui-util-font-size-0"><div id="doc-conventions"><a target="_top"
href="/general/latest/gr/docconventions.html">Document Conventions</a></div>
<div class="prev-next"><div id="previous" class="prev-link" accesskey="p" href="./archive-create.html">Creating an archive</div>
<div id="next" class="next-link" accesskey="n" href="./replay.html">Replaying messages</div></div></div>
<awsdocs-doc-page-banner class="feedback-banner"><div class="feedback-yes" hidden><p>${awFeedback[0]}</p><p>${awFeedback[1]}</p><p>${awFeedback[2]}</p>
<a href="/forms/aws-doc-feedback">Feedback</a></div><div class="feedback-no" hidden><p>${awFeedback[3]}</p><p>${awFeedback[4]}</p><p>${awFeedback[5]}</p></div>
</awsdocs-doc-page-banner><div class="awsdocs-need-help"><h3>${awHelp[0]}</h3><ul><li><a href="https://repost.aws/">${awHelp[1]}</a></li>
<li><a href="https://iq.aws.amazon.com/">${awHelp[2]}</a></li></ul></div></div>
<footer id="awsdocs-footer" class="awsdocs-footer"><ul>${links(awFoot.slice(0, 3))}</ul><span class="copyright">${awFoot[3]}</span></footer></div>
</body></html>`;
export const awsDocs: TestPage = {
  html: awHtml,
  name: 'heldout108-aws-docs',
  kind: 'docs',
  // the procedure's h6 title is a heading; the note's text is body and its "Note" label in neither list; table data cells
  // are body and header cells in neither list; the code block is in neither list; the left table of contents (with the
  // current topic, which repeats the title), the hidden feedback messages, the noscript box and the prev/next links are furniture
  title: awTitle,
  headings: [awH1, awH2, awProc, awH3],
  body: [...texts([...awIntro, ...awP1, awNote, ...awSteps, ...awP2, ...awP3]), ...awRows.flat(), ...texts(awP4)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...awCookie, 'Accept', 'Decline', 'Customize', 'View this page in PDF', 'Contact Us', 'English', 'Sign In to the Console', 'Create an AWS Account',
    'Developer Guide', ...awToc, 'Documentation', 'Amazon Harborline', 'PDF', 'RSS', 'Focus mode', 'Javascript is disabled or is unavailable in your browser.',
    'To use the Amazon Web Services Documentation, Javascript must be enabled. Please refer to your browser’s Help pages for instructions.',
    'Document Conventions', ...awFeedback, 'Feedback', ...awHelp, ...awFoot,
  ],
};
