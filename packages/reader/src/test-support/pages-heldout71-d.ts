import { links, type TestPage, texts } from './page-kit.js';
import { reactRef } from './pages-heldout71-d2.js';

/**
 * Held-out batch 71, file d: a cloud vendor's tutorial in the shape of the AWS documentation site (the rendered
 * awsdocs-header with "Documentation" menu, search, "Contact Us" and account links, the left table of contents of the
 * guide, the hidden "Open PDF" link, breadcrumbs, the hidden #page-toc-src list of the page's sections, the page header
 * with "PDF", "RSS" and "Focus mode", "Important" and "Note" boxes, procedures with h6 titles, code, the noscript
 * "Javascript is disabled" message, "Document Conventions", previous/next topic links, the thumb feedback widget with the
 * hidden quick-feedback texts, the "On this page" tools rail, the cookie banner and the legal footer), and (file d2) a
 * JavaScript framework's API reference page.
 */
const awTitle = 'Tutorial: Hosting a static website on Cirrus Object Storage';
const aw1 = [
  'This tutorial shows you how to host a static website on Cirrus Object Storage (COS). You create a bucket, turn on static ' +
    'website hosting, upload an index page and test the website endpoint. A static website serves HTML, CSS, images and ' +
    'client-side scripts; it cannot run server-side code.',
];
const awImportant = [
  'Website endpoints serve content over HTTP only. To serve your site over HTTPS, put a Cirrus Edge distribution in front of ' +
    'the bucket after you finish this tutorial.',
];
const awH = [
  'Prerequisites',
  'Step 1: Create a bucket',
  'Step 2: Turn on static website hosting',
  'Step 3: Upload an index document',
  'Step 4: Test your website endpoint',
  'Clean up',
];
const awPre = [
  'Before you begin, make sure that you have a CWS account and a user with permission to create buckets and change bucket ' +
    'policies. If you use the command line, install and configure version 2 of the CWS CLI.',
];
const awProc1 = 'To create a bucket';
const awS1 = [
  'Sign in to the CWS Management Console and open the Cirrus Object Storage console.',
  'Choose <b>Create bucket</b>.',
  'For <b>Bucket name</b>, enter a name for your bucket, for example <code>example-garden-club</code>. Bucket names must be unique across all of CWS.',
  'Choose the Region where you want to create the bucket. Choose a Region close to most of your visitors.',
  'Clear <b>Block all public access</b>, and then confirm that you understand the bucket will be public.',
  'Choose <b>Create bucket</b>.',
];
const awProc2 = 'To turn on static website hosting';
const awS2 = [
  'In the <b>Buckets</b> list, choose the name of your bucket.',
  'Choose <b>Properties</b>.',
  'Under <b>Static website hosting</b>, choose <b>Edit</b>, and then choose <b>Enable</b>.',
  'For <b>Index document</b>, enter <code>index.html</code>. Optionally, enter <code>404.html</code> for <b>Error document</b>.',
  'Choose <b>Save changes</b>. COS shows the website endpoint for your bucket at the bottom of the section.',
];
const awNote = ['The bucket policy below makes every object in the bucket readable by anyone. Don’t store private files in a website bucket.'];
const aw3 = [
  'Next, add a bucket policy that lets visitors read your objects, and upload an index document. The following policy grants ' +
    'read access to everyone. Replace <code>example-garden-club</code> with the name of your bucket.',
  'Create a file named <code>index.html</code> with any content you like, and upload it to the root of the bucket with the console ' +
    'or with the following command:',
];
const aw4 = [
  'Open the website endpoint from step 2 in a browser. If you see your index page, your site is working. If you get a ' +
    '<code>403 Forbidden</code> error, check that you cleared <b>Block all public access</b> and that the bucket policy names ' +
    'your bucket correctly.',
  'Website endpoints have the form <code>http://<i>bucket-name</i>.cos-website.<i>region</i>.cirrusws.example</code>.',
];
const aw5 = [
  'If you created the bucket only for this tutorial, delete it so that you are no longer charged for storage. Empty the bucket ' +
    'first, and then choose <b>Delete</b> in the <b>Buckets</b> list.',
];
const awToc = [
  'What is Cirrus Object Storage?',
  'Getting started',
  'Working with buckets',
  'Hosting a static website',
  awTitle,
  'Configuring an index document',
  'Using a custom domain',
  'Security',
  'Quotas',
];
const awHeader = ['Documentation', 'Cirrus Object Storage', 'User Guide', 'Contact Us', 'Create a CWS Account', 'Sign In to the Console'];
const awUtil = ['PDF', 'RSS', 'Focus mode'];
const awJs = [
  'Javascript is disabled or is unavailable in your browser.',
  'To use the Cirrus Web Services Documentation, Javascript must be enabled. Please refer to your browser’s Help pages for instructions.',
];
const awPrev = 'Hosting a static website';
const awNext = 'Configuring an index document';
const awQuick = [
  'Did this page help you? - Yes',
  'Thanks for letting us know we’re doing a good job!',
  'If you’ve got a moment, please tell us what we did right so we can do more of it.',
  'Did this page help you? - No',
  'Thanks for letting us know this page needs work. We’re sorry we let you down.',
  'If you’ve got a moment, please tell us how we can make the documentation better.',
];
const awCookie = [
  'Select your cookie preferences',
  'We use essential cookies and similar tools that are necessary to provide our site and services. We use performance cookies to collect anonymous statistics.',
  'Accept',
  'Decline',
  'Customize',
];
const awFoot = ['Privacy', 'Site terms', 'Cookie preferences', '© 2025, Cirrus Web Services, Inc. or its affiliates. All rights reserved.'];
const ids = ['prereqs', 'step1-create-bucket', 'step2-enable-hosting', 'step3-index-document', 'step4-test-endpoint', 'cleanup'];
const ol = (a: readonly string[]): string => `<ol>${a.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const note = (kind: string, title: string, a: readonly string[]): string => `<div class="awsdocs-note awsdocs-${kind}"><div class="awsdocs-note-title">
<awsui-icon name="status-${kind === 'note' ? 'info' : 'warning'}"></awsui-icon><h6>${title}</h6></div><div class="awsdocs-note-text">${ps(a)}</div></div>`;
const h2 = (i: number): string => `<h2 id="${ids[i]}">${awH[i]}</h2>`;
const awHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US"><head><title>${awTitle} - Cirrus Object Storage</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Host a static website on Cirrus Object Storage.">
<meta name="guide-name" content="User Guide"><meta name="service-name" content="Cirrus Object Storage"><meta name="this_doc_guide" content="User Guide">
<script type="text/javascript" src="/assets/js/awsdocs-boot.js"></script>
<link rel="canonical" href="https://docs.cirrusws.example/cos/latest/userguide/HostingWebsiteTutorial.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"CWS","item":"https://cirrusws.example"},{"@type":"ListItem","position":2,"name":"Cirrus Object Storage"},{"@type":"ListItem","position":3,
"name":"User Guide"}]}</script></head>
<body class="awsdocs awsui"><div class="awsdocs-container"><awsdocs-header><header class="awsdocs-header" role="banner">
<a href="https://cirrusws.example" class="awsdocs-logo" aria-label="Cirrus Web Services home"></a>
<nav aria-label="Documentation"><button type="button" class="awsdocs-menu-button">${awHeader[0]}</button>
<a href="/cos/index.html">${awHeader[1]}</a><a href="/cos/latest/userguide/Welcome.html">${awHeader[2]}</a></nav>
<div class="awsdocs-search"><input type="search" placeholder="Search in this guide" aria-label="Search in this guide"></div>
<div class="awsdocs-header-links"><a href="/contact-us/">${awHeader[3]}</a><a href="https://portal.cirrusws.example/signup">${awHeader[4]}</a>
<a href="https://console.cirrusws.example">${awHeader[5]}</a></div></header></awsdocs-header>
<awsui-app-layout id="app-layout" class="awsui-util-no-gutters" ng-controller="ContentController as $ctrl" header-selector="awsdocs-header"
navigation-hide="false" tools-hide="$ctrl.hideTools"><div id="guide-toc" dom-region="navigation"><awsdocs-toc><nav class="awsdocs-toc"
aria-label="Table of contents">
<ul>${links(awToc, 'awsui-expandable-section')}</ul></nav></awsdocs-toc></div>
<div id="main-column" dom-region="content" tabindex="-1"><awsdocs-view class="awsdocs-view"><div id="awsdocs-content"><div id="main">
<div style="display: none"><a href="/pdfs/cos/latest/userguide/cos-userguide.pdf#HostingWebsiteTutorial" target="_blank" rel="noopener noreferrer"
title="Open PDF"></a></div>
<div id="breadcrumbs" class="breadcrumb"><a href="/index.html">Documentation</a><a href="/cos/index.html">Cirrus Object Storage</a>
<a href="Welcome.html">User Guide</a></div>
<div id="page-toc-src">${awH.map((t, i) => `<a href="#${ids[i]}">${t}</a>`).join('')}</div>
<div id="main-content" class="awsui-util-container"><div id="main-col-body"><awsdocs-language-banner data-service="$ctrl.pageService"></awsdocs-language-banner>
<h1 class="topictitle" id="HostingWebsiteTutorial">${awTitle}</h1><div class="awsdocs-page-header-container"><awsdocs-page-header>
<div class="awsdocs-page-utilities">${awUtil
  .map(
    (t) => `<button type="button"
class="awsdocs-page-utility">${t}</button>`,
  )
  .join('')}</div></awsdocs-page-header>
<awsdocs-filter-selector id="awsdocs-filter-selector"></awsdocs-filter-selector></div>
${ps(aw1)}
${note('important', 'Important', awImportant)}
${h2(0)}
${ps(awPre)}
${h2(1)}
<div class="procedure"><h6>${awProc1}</h6>${ol(awS1)}</div>
${h2(2)}
<div class="procedure"><h6>${awProc2}</h6>${ol(awS2)}</div>
${h2(3)}
${ps(aw3.slice(0, 1))}
${note('note', 'Note', awNote)}
<pre class="programlisting"><div class="code-btn-container"></div><!--DEBUG: cli ()--><code class="json ">{
  "Version": "2012-10-17",
  "Statement": [{ "Sid": "PublicReadGetObject", "Effect": "Allow", "Principal": "*",
    "Action": "cos:GetObject", "Resource": "crn:cws:cos:::example-garden-club/*" }]
}</code></pre>
${ps(aw3.slice(1))}
<pre class="programlisting"><div class="code-btn-container"></div><code
class="nohighlight ">cws cos cp index.html cos://example-garden-club/index.html</code></pre>
${h2(4)}
${ps(aw4)}
${h2(5)}
${ps(aw5)}
<awsdocs-copyright class="copyright-print"></awsdocs-copyright><awsdocs-thumb-feedback><div class="awsdocs-thumb-feedback">
<span>Did this page help you?</span><button type="button">Yes</button><button type="button">No</button>
<a href="https://docs.cirrusws.example/forms/feedback">Provide feedback</a></div></awsdocs-thumb-feedback></div>
<noscript><div><div><div><div id="js_error_message"><p><img src="/images/warning.png" alt="Warning"> <strong>${awJs[0]}</strong></p>
<p>${awJs[1]}</p></div></div></div></div></noscript>
<div id="main-col-footer" class="awsui-util-font-size-0"><div id="doc-conventions"><a target="_top" href="/general/latest/gr/docconventions.html">Document
Conventions</a></div><div class="prev-next"><div id="previous" class="prev-link" accesskey="p" href="./HostingWebsite.html">${awPrev}</div>
<div id="next" class="next-link" accesskey="n" href="./IndexDocumentSupport.html">${awNext}</div></div></div>
<awsdocs-page-utilities></awsdocs-page-utilities></div>
<div id="quick-feedback-yes" style="display: none;"><div class="title">${awQuick[0]}</div><div class="content"><p>${awQuick[1]}</p><p>${awQuick[2]}</p>
<p><awsui-button id="fblink" rel="noopener noreferrer" target="_blank" text="Feedback"></awsui-button></p></div></div>
<div id="quick-feedback-no" style="display: none;"><div class="title">${awQuick[3]}</div><div class="content"><p>${awQuick[4]}</p><p>${awQuick[5]}</p>
<p><awsui-button id="fblink" rel="noopener noreferrer" target="_blank" text="Feedback"></awsui-button></p></div></div></div></div></awsdocs-view>
<div class="page-loading-indicator" id="page-loading-indicator"><awsui-spinner size="large"></awsui-spinner></div></div>
<div id="tools-panel" dom-region="tools"><awsdocs-tools-panel id="awsdocs-tools-panel"><div class="awsdocs-page-toc"><h3>On this page</h3>
<ul>${awH.map((t, i) => `<li><a href="#${ids[i]}">${t}</a></li>`).join('\n')}</ul></div></awsdocs-tools-panel></div></awsui-app-layout>
<awsdocs-cookie-consent-container><div class="awsccc-cs-container" role="dialog" aria-label="Cookie banner"><h2>${awCookie[0]}</h2><p>${awCookie[1]}</p>
<button type="button">${awCookie[2]}</button><button type="button">${awCookie[3]}</button><button type="button">${awCookie[4]}</button></div>
</awsdocs-cookie-consent-container></div>
<div id="awsdocs-legal-zone-copyright"><footer class="awsdocs-legal-zone"><ul>${awFoot.map((t) => `<li>${t}</li>`).join('')}</ul></footer></div>
</body></html>`;
const cirrus: TestPage = {
  html: awHtml,
  name: 'heldout71-cirrus-awsdocs-tutorial-docs',
  kind: 'docs',
  // the procedures' h6 titles are headings (after their step's h2); the "Important" and "Note" box texts are body and their
  // labels furniture; the policy and CLI blocks are in neither list; the hidden #page-toc-src and the "On this page" rail
  // repeat the headings (not listed); the previous/next links are entries of the guide's table of contents (listed there,
  // but "Hosting a static website" is words of the title: left out)
  title: awTitle,
  headings: [awH[0]!, awH[1]!, awProc1, awH[2]!, awProc2, awH[3]!, awH[4]!, awH[5]!],
  body: [
    ...texts(aw1),
    ...texts(awImportant),
    ...texts(awPre),
    ...texts(awS1),
    ...texts(awS2),
    ...texts(aw3.slice(0, 1)),
    ...texts(awNote),
    ...texts(aw3.slice(1)),
    ...texts(aw4),
    ...texts(aw5),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...awHeader, ...awToc.filter((t) => t !== awTitle && t !== awPrev), ...awUtil,
    'Important', 'Note', 'Did this page help you?', 'Yes', 'No', 'Provide feedback',
    ...awJs, 'Document Conventions', ...awQuick, 'On this page', ...awCookie, ...awFoot,
  ],
};

export const HELDOUT71_D: readonly TestPage[] = [cirrus, reactRef];
