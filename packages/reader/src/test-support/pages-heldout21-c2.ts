import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 21, file c2: an AWS documentation user-guide page (awsdocs header with search and "Sign in to console", the
 * guide's left TOC, breadcrumbs, PDF/RSS/"Focus mode", the topic with a note box, a function list, a rule expression, a
 * console procedure, the custom awsdocs elements, the noscript warning, "Document Conventions" and Previous/Next, the hidden
 * "Did this page help you? - Yes/No" feedback blocks, the right column with "On this page", the thumbs widget, next and
 * previous topic and "Need help?", the cookie-preferences banner and the footer).
 */
const awTitle = 'Create a composite alarm';
const awIntro = [
  'A composite alarm watches the states of other alarms and goes into <code class="code">ALARM</code> only when a rule expression ' +
    'that you write is true. Use composite alarms to reduce alarm noise: instead of paging an operator each time one of several ' +
    'related metrics crosses a threshold, you can notify them once, when the combination of alarms shows that something is really wrong.',
  'For example, a web service might have separate alarms for high latency, a high rate of 5xx errors and a low healthy host count. ' +
    'Any one of these can breach briefly during a deployment. A composite alarm that requires both the latency alarm and the error ' +
    'alarm to be in <code class="code">ALARM</code> at the same time gives a much clearer signal.',
];
const awNote = 'A composite alarm can refer to up to 100 underlying alarms, and those alarms must be in the same account and Region as the composite alarm.';
const awH1 = 'Writing the rule expression';
const awRule =
  'The rule expression combines alarm states with the Boolean operators <code class="code">AND</code>, <code class="code">OR</code> ' +
  'and <code class="code">NOT</code>. Each alarm is referred to by a function that names the state to test and the alarm’s name or ARN.';
const awFns = [
  '<code class="code">ALARM("name")</code> is TRUE when the named alarm is in the <code class="code">ALARM</code> state.',
  '<code class="code">OK("name")</code> is TRUE when the named alarm is in the <code class="code">OK</code> state.',
  '<code class="code">INSUFFICIENT_DATA("name")</code> is TRUE when the named alarm doesn’t have enough data to be evaluated.',
];
const awGroup =
  'You can group parts of an expression with parentheses. The following expression goes into <code class="code">ALARM</code> when ' +
  'the error alarm fires together with either of the two latency alarms:';
const awH2 = 'Create the alarm';
const awProc = 'To create a composite alarm (console)';
const awSteps = [
  'Open the CloudWatch console at <a href="https://console.aws.amazon.com/cloudwatch/" rel="noopener noreferrer" target="_blank">' +
    '<span>https://console.aws.amazon.com/cloudwatch/</span><awsui-icon class="awsdocs-link-icon" name="external"></awsui-icon></a>.',
  'In the navigation pane, choose <b>Alarms</b>, <b>All alarms</b>.',
  'Select the check boxes of the alarms that you want to combine, and then choose <b>Create composite alarm</b>.',
  'Review the rule expression that CloudWatch wrote from your selection. Change <code class="code">AND</code> to ' +
    '<code class="code">OR</code>, or add conditions, as needed.',
  'Under <b>Actions</b>, choose the Amazon SNS topic to notify when the composite alarm changes state, and then choose <b>Next</b>.',
  'Enter a name and description for the alarm, review your choices, and choose <b>Create composite alarm</b>.',
];
const awH3 = 'Suppressing actions during maintenance';
const awSupp = [
  'You can set a composite alarm to hold back its actions while a suppressor alarm is in <code class="code">ALARM</code>. Point the ' +
    'suppressor at an alarm that you set during deployments, and the composite alarm waits for the extension period you choose ' +
    'before it notifies anyone, giving the service time to recover on its own.',
  'Actions that were suppressed are not sent later. If the composite alarm is still in <code class="code">ALARM</code> when the ' +
    'suppression ends, its actions run at that point.',
];
const awToc = [
  'What is Amazon CloudWatch?',
  'Getting set up',
  'Getting started',
  'Metrics',
  'Alarms',
  'Concepts',
  'Alarm recommendations',
  'Creating an alarm based on a static threshold',
  'Creating an alarm based on anomaly detection',
  'Editing or deleting a CloudWatch alarm',
  'Hiding Auto Scaling alarms',
  'Logs',
  'Application Signals',
  'Synthetic monitoring',
  'Security',
  'Quotas',
  'Document history',
];
const awYes = ['Thanks for letting us know we’re doing a good job!', 'If you’ve got a moment, please tell us what we did right so we can do more of it.'];
const awNo = [
  'Thanks for letting us know this page needs work. We’re sorry we let you down.',
  'If you’ve got a moment, please tell us how we can make the documentation better.',
];
const awCookie = [
  'We use essential cookies and similar tools to provide our site and services, and performance cookies to collect anonymous statistics ' +
    'about how customers use the site.',
  'Essential cookies cannot be turned off, but you can choose “Customize” or “Decline” to decline performance cookies.',
];
const awHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US"><head><title>Create a composite alarm - Amazon CloudWatch</title>
<meta name="viewport" content="width=device-width,initial-scale=1" /><meta name="assets_root" content="/assets" />
<meta name="target_state" content="Create_Composite_Alarm" /><meta name="default_state" content="Create_Composite_Alarm" />
<link rel="icon" type="image/ico" href="/assets/images/favicon.ico" /><link rel="canonical"
href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Composite_Alarm.html" />
<meta name="description" content="Create a composite alarm that combines the states of other CloudWatch alarms." />
<meta name="deployment_region" content="IAD" /><meta name="product" content="Amazon CloudWatch" /><meta name="guide" content="User Guide" />
<meta name="abstract" content="Use CloudWatch to monitor your AWS resources and applications." />
<script defer="" src="/assets/r/vendor4.js?version=2021.12.02"></script><script defer="" src="/assets/js/awsdocs-boot.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","name":"AWS",
"position":1},{"@type":"ListItem","name":"Documentation","position":2},{"@type":"ListItem","name":"Amazon CloudWatch","position":3}]}</script></head>
<body class="awsdocs awsui"><div class="awsdocs-container"><awsdocs-header></awsdocs-header><header id="aws-docs-header" class="awsdocs-header">
<a class="awsdocs-header-logo" href="https://aws.amazon.com" aria-label="AWS home">AWS</a><nav class="awsdocs-header-nav"><a href="/">Documentation</a>
<a href="https://aws.amazon.com/contact-us/">Contact us</a><button class="lang-picker">English</button><a href="https://console.aws.amazon.com/"
class="awsdocs-header-button">Sign in to console</a></nav><form class="awsdocs-search" role="search"><input type="search" placeholder="Search in this guide"
aria-label="Search in this guide"></form></header>
<awsui-app-layout id="app-layout" class="awsui-util-no-gutters" ng-controller="ContentController as $ctrl" header-selector="awsdocs-header"
navigation-hide="false" navigation-width="$ctrl.navWidth" navigation-open="$ctrl.navOpen" tools-open="$ctrl.sidebarOpen">
<div id="guide-toc" dom-region="navigation"><div class="awsdocs-toc-title"><a href="/cloudwatch/">Amazon CloudWatch</a><span>User Guide</span></div>
<ul class="awsdocs-toc">${awToc
  .slice(0, 7)
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}<li class="awsdocs-toc-current"><a href="#"
aria-current="page">Create a composite alarm</a></li>${awToc
  .slice(7)
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}</ul></div>
<div id="main-column" dom-region="content" tabindex="-1"><awsdocs-view class="awsdocs-view"><div id="awsdocs-content"><nav class="awsdocs-breadcrumbs"
aria-label="Breadcrumbs"><ol><li><a href="/">Documentation</a></li><li><a href="/cloudwatch/">Amazon CloudWatch</a></li><li><a
href="/AmazonCloudWatch/latest/monitoring/">User Guide</a></li></ol></nav>
<div id="main"><div id="main-content" class="awsui-util-container"><div id="main-col-body"><awsdocs-language-banner data-service="$ctrl.pageService">
</awsdocs-language-banner><h1 class="topictitle" id="Create_Composite_Alarm">${awTitle}</h1>
<div class="awsdocs-page-header-container"><awsdocs-page-header></awsdocs-page-header><div class="awsdocs-page-utilities"><a href="/pdfs/cloudwatch-ug.pdf"
class="awsdocs-pdf">PDF</a><a href="/AmazonCloudWatch/latest/monitoring/cloudwatch-ug.rss" class="awsdocs-rss">RSS</a><button class="awsdocs-focus">Focus
mode</button></div></div>
${awIntro.map((p) => `<p>${p}</p>`).join('\n')}
<div class="awsdocs-note"><div class="awsdocs-note-title"><awsui-icon name="status-info" variant="link"></awsui-icon><h6>Note</h6></div>
<div class="awsdocs-note-text"><p>${awNote}</p></div></div>
<h2 id="composite-rule-expression">${awH1}</h2><p>${awRule}</p><div class="itemizedlist"><ul class="itemizedlist" type="disc">
${awFns.map((t) => `<li class="listitem"><p>${t}</p></li>`).join('\n')}</ul></div><p>${awGroup}</p>
<pre class="programlisting"><div class="code-btn-container"><div class="btn-copy-code" title="Copy"><awsui-icon name="copy"></awsui-icon></div></div><code
class="nohighlight">ALARM("web-5xx-errors") AND (ALARM("web-p99-latency") OR ALARM("web-p50-latency"))</code></pre>
<h2 id="composite-create">${awH2}</h2><div class="procedure"><p class="title"><b>${awProc}</b></p><ol>
${awSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol></div>
<h2 id="composite-suppression">${awH3}</h2>${awSupp.map((p) => `<p>${p}</p>`).join('\n')}
<awsdocs-copyright class="copyright-print"></awsdocs-copyright><awsdocs-thumb-feedback right-edge="{{$ctrl.thumbFeedbackRightEdge}}"></awsdocs-thumb-feedback>
</div><noscript><div><div><div><div id="js_error_message"><p><img src="https://d1ge0kk1l5kms0.cloudfront.net/images/G/01/webservices/console/warning.png"
alt="Warning" /> <strong>Javascript is disabled or is unavailable in your browser.</strong></p><p>To use the Amazon Web Services Documentation,
Javascript must be enabled. Please refer to your browser’s Help pages for instructions.</p></div></div></div></div></noscript>
<div id="main-col-footer" class="awsui-util-font-size-0"><div id="doc-conventions"><a target="_top" href="/general/latest/gr/docconventions.html">Document
Conventions</a></div><div class="prev-next"><div id="previous" class="prev-link" accesskey="p" href="./Create_Anomaly_Detection_Alarm.html">Previous</div>
<div id="next" class="next-link" accesskey="n" href="./Edit-CloudWatch-Alarm.html">Next</div></div></div><awsdocs-page-utilities></awsdocs-page-utilities>
</div><div id="quick-feedback-yes" style="display: none;"><div class="title">Did this page help you? - Yes</div><div class="content">
${awYes.map((p) => `<p>${p}</p>`).join('')}<p><awsui-button id="fblink" rel="noopener noreferrer" target="_blank" text="Feedback"
href="https://docs.aws.amazon.com/forms/aws-doc-feedback?hidden_service_name=CloudWatch"></awsui-button></p></div></div>
<div id="quick-feedback-no" style="display: none;"><div class="title">Did this page help you? - No</div><div class="content">
${awNo.map((p) => `<p>${p}</p>`).join('')}<p><awsui-button id="fblink" rel="noopener noreferrer" target="_blank" text="Feedback"
href="https://docs.aws.amazon.com/forms/aws-doc-feedback?hidden_service_name=CloudWatch"></awsui-button></p></div></div></div></div></awsdocs-view></div>
<div id="right-column" dom-region="tools"><div class="awsdocs-toc-right"><h3>On this page</h3><ul><li><a href="#composite-rule-expression">Writing the rule
expression</a></li><li><a href="#composite-create">Create the alarm</a></li><li><a href="#composite-suppression">Suppressing actions during
maintenance</a></li></ul></div><div class="awsdocs-feedback-widget"><p class="awsdocs-feedback-question">Did this page help you?</p><button
aria-label="Yes">Yes</button><button aria-label="No">No</button><a href="https://docs.aws.amazon.com/forms/aws-doc-feedback">Provide feedback</a></div>
<div class="awsdocs-topic-nav"><p><span>Next topic:</span> <a href="./Edit-CloudWatch-Alarm.html">Editing or deleting a CloudWatch alarm</a></p>
<p><span>Previous topic:</span> <a href="./Create_Anomaly_Detection_Alarm.html">Creating an alarm based on anomaly detection</a></p></div>
<div class="awsdocs-need-help"><h3>Need help?</h3><ul><li><a href="https://repost.aws/">Try AWS re:Post</a></li><li><a href="https://iq.aws.amazon.com/">Connect
with an AWS IQ expert</a></li></ul></div></div></awsui-app-layout></div>
<div id="awsccc-cb-content" role="region" aria-label="Cookie banner"><div id="awsccc-cb-title">Select your cookie preferences</div>
${awCookie.map((p) => `<p>${p}</p>`).join('')}<div class="awsccc-cb-actions"><button data-id="awsccc-cb-btn-accept">Accept</button><button
data-id="awsccc-cb-btn-decline">Decline</button><button data-id="awsccc-cb-btn-customize">Customize</button></div></div>
<footer id="awsdocs-footer"><a href="https://aws.amazon.com/privacy">Privacy</a> | <a href="https://aws.amazon.com/terms">Site terms</a> | <a href="#"
data-id="awsccc-cb-btn-customize">Cookie preferences</a> | © 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</footer>
<script>window.awsdocs = { pageId: "Create_Composite_Alarm", guide: "monitoring", feedback: true };</script></body></html>`;
export const awsUserGuide: TestPage = {
  html: awHtml,
  name: 'heldout21-aws-user-guide',
  kind: 'docs',
  // the paragraphs, the note's text (its "Note" label in neither list), the three function items, the procedure's title line
  // (a bold <p>, not a heading element: body) and its six steps are body; the rule expression is code; the left TOC's entry for
  // this page, the breadcrumb's "Amazon CloudWatch" and "User Guide" and the "On this page" list repeat the title, guide or
  // headings ("Alarms" is a word of the steps: left out, like the step's "Next"); the header, TOC, breadcrumbs, PDF/RSS/"Focus
  // mode", the noscript warning, "Document Conventions", Previous/Next, both hidden feedback blocks, the thumbs widget, topic
  // links, "Need help?", cookie banner and footer are furniture; AWS guide pages carry no author or date
  title: awTitle,
  headings: [awH1, awH2, awH3],
  body: [...texts(awIntro), awNote, ...texts([awRule]), ...texts(awFns), ...texts([awGroup]), awProc, ...texts(awSteps), ...texts(awSupp)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'AWS', 'Documentation', 'Contact us', 'English', 'Sign in to console', ...awToc.filter((t) => t !== 'Alarms'), 'PDF', 'RSS',
    'Focus mode', 'Javascript is disabled or is unavailable in your browser.',
    'To use the Amazon Web Services Documentation, Javascript must be enabled.', 'Document Conventions', 'Previous', 'Did this page help you? - Yes',
    ...awYes, 'Did this page help you? - No', ...awNo, 'On this page', 'Did this page help you?', 'Yes', 'No', 'Provide feedback', 'Next topic:',
    'Previous topic:', 'Need help?', 'Try AWS re:Post', 'Connect with an AWS IQ expert', 'Select your cookie preferences', ...awCookie, 'Accept',
    'Decline', 'Customize', 'Privacy', 'Site terms', 'Cookie preferences', '© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.',
  ],
};
