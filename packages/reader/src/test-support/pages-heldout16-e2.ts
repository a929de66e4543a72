import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 16, file e2: a readme.io-style API reference page (hub header with Guides / API Reference / Changelog
 * tabs, sidebar of endpoints with method badges, h1 with the method and path badge, excerpt, markdown description with a
 * callout, path / body / header params with names, types, "required" and descriptions, response picker, the right-hand
 * request panel with language tabs, credentials, code sample and example responses, "Updated ..." and the page-help vote).
 */
const rdTitle = 'Create a label';
const rdExcerpt = 'Buys postage for an existing shipment and returns a printable shipping label.';
const rdIntro = [
  'Creating a label charges the rate quoted for the shipment’s selected service to your account balance. The label is ' +
    'generated within a few seconds and stays available to download for 90 days.',
  'A shipment can have only one active label. If you need to change the service or the parcel dimensions after a label ' +
    'has been created, void the label first and then create a new one; voided labels are refunded to your balance within ' +
    'three business days.',
];
const rdFormats = [
  '<code>pdf</code> is the default and suits desktop and laser printers.',
  '<code>png</code> returns a 300 dpi image, useful for showing the label in your own interface.',
  '<code>zpl</code> is for Zebra and other thermal label printers and only supports the 4x6 size.',
];
const rdCallout = 'Test mode';
const rdCalloutText =
  'Labels created with a test API key are free and are printed with a VOID watermark. They cannot be used to send parcels and are ' +
  'never sent to the carrier.';
const rdIdem = [
  'Network errors can leave you unsure whether a label was created. Send an <code>Idempotency-Key</code> header with every ' +
    'request, and if you retry with the same key within 24 hours you will receive the original label instead of being charged twice.',
];
const rdParams: { group: string; name: string; type: string; req: boolean; desc: string }[] = [
  { group: 'Path Params', name: 'shipment_id', type: 'string', req: true, desc: 'The ID of the shipment, as returned when you created it.' },
  { group: 'Body Params', name: 'format', type: 'string', req: false, desc: 'File format of the label. One of pdf, png or zpl.' },
  { group: '', name: 'size', type: 'string', req: false, desc: 'Paper size of the label, either 4x6 or A6. Ignored for letter-size sheets.' },
  { group: '', name: 'reference', type: 'string', req: false, desc: 'Your own order number or note, printed in small type beside the barcode.' },
  {
    group: '',
    name: 'insurance_amount',
    type: 'number',
    req: false,
    desc: 'Declared value to insure, in the currency of your account. Leave it out if you do not want cover.',
  },
  { group: 'Headers', name: 'Idempotency-Key', type: 'string', req: false, desc: 'A unique value you generate, such as a UUID, to make retries safe.' },
];
const rdSidebar = ['Introduction', 'Authentication', 'Errors', 'Create a shipment', 'Retrieve a shipment', 'Void a label', 'List carriers'];
const rdLangs = ['Shell', 'Node', 'Ruby', 'PHP', 'Python'];
const rdResponses = ['201', 'Label created', '402', 'Account balance is too low', '422', 'The shipment has no selected rate'];
const rdMethod = (t: string): string => (t.startsWith('Void') ? 'del' : t.startsWith('Create') ? 'post' : 'get');
const rdParam = (
  p: (typeof rdParams)[number],
): string => `${p.group ? `</div><div class="rm-ParamContainer"><header class="ParamContainer-header">${p.group}</header>` : ''}
<div class="Param" id="${p.name}"><div class="Param-header"><label class="Param-name" for="${p.name}">${p.name}</label><span class="Param-type">${p.type}</span>
${p.req ? '<span class="Param-required">required</span>' : ''}</div><div class="Param-description"><div class="markdown-body"><p>${p.desc}</p></div></div>
<div class="Param-form"><input id="${p.name}" type="text"></div></div>`;
const rdCurl = `curl --request POST \\
     --url https://api.parcelwise.example/v2/shipments/shipment_id/labels \\
     --header 'accept: application/json' \\
     --header 'content-type: application/json' \\
     --data '{"format": "pdf", "size": "4x6"}'`;
const rdExample = `{
  "id": "lbl_8Hq2mX4kRz",
  "shipment_id": "shp_31Ka9Vf0Qe",
  "status": "created",
  "tracking_number": "1Z999AA10123456784",
  "label_url": "https://files.parcelwise.example/labels/lbl_8Hq2mX4kRz.pdf"
}`;
const rdHtml = `<!DOCTYPE html>
<html lang="en" theme="light"><head><meta charset="utf-8"><title>Create a label</title><meta name="readme-deploy" content="5.284.0">
<meta name="description" content="${rdExcerpt}"><meta property="og:site_name" content="Parcelwise API">
<link rel="stylesheet" href="https://cdn.readme.example/public/hub/web/ssr-main.7a1f.css">
<script id="ssr-props" type="application/json">{"document":{"title":"Create a label","type":"endpoint","api":{"method":"post",
"path":"/shipments/{shipment_id}/labels"}},"version":"v2"}</script></head>
<body class="body-none"><div id="ssr-main"><div class="App ThemeContext ThemeContext_light ThemeContext_classic">
<a href="#content" target="_self" class="Button Button_md rm-JumpTo web-only Button_primary">Jump to Content</a>
<header class="rm-Header rm-Header_classic"><div class="rm-Header-top"><a class="rm-Logo" href="/"><img class="rm-Logo-img" alt="Parcelwise"
src="https://files.readme.example/parcelwise-logo.svg"></a><a class="rm-Header-link" href="https://parcelwise.example">Back to Parcelwise</a>
<a class="Button rm-Header-link rm-Header-login" href="/login">Log In</a></div><nav class="rm-Header-bottom"><a class="rm-Header-bottom-link"
href="/docs">Guides</a>
<a class="rm-Header-bottom-link active" href="/reference">API Reference</a><a class="rm-Header-bottom-link" href="/changelog">Changelog</a>
<button class="rm-SearchToggle"><span class="rm-SearchToggle-placeholder">Search</span><kbd>CTRL-K</kbd></button><button class="rm-AskAI">Ask AI</button>
</nav></header>
<div class="rm-Container rm-Container_flex"><nav class="rm-Sidebar hub-sidebar reference-redesign" aria-label="Reference sidebar">
<section class="Sidebar-listWrapper"><h2 class="Sidebar-heading">Getting started</h2><ul class="Sidebar-list">${rdSidebar
  .slice(0, 3)
  .map((t) => `<li class="Sidebar-item"><a class="Sidebar-link" href="/reference/x"><span class="Sidebar-link-text">${t}</span></a></li>`)
  .join('')}</ul></section>
<section class="Sidebar-listWrapper"><h2 class="Sidebar-heading">Shipments</h2><ul class="Sidebar-list">${[
  ...rdSidebar.slice(3, 5),
  rdTitle,
  ...rdSidebar.slice(5),
]
  .map(
    (t) => `<li class="Sidebar-item"><a class="Sidebar-link${t === rdTitle ? ' active' : ''}" href="/reference/x"><span class="Sidebar-link-text">${t}</span>
<span class="rm-APIMethod APIMethod APIMethod_fixedWidth Sidebar-method" data-testid="http-method">${rdMethod(t)}</span></a></li>`,
  )
  .join('')}</ul></section></nav>
<main class="rm-Article" id="content"><header id="content-head"><div class="Flex"><h1 class="heading-text">${rdTitle}</h1></div>
<div class="APISectionHeader"><span class="rm-APIMethod APIMethod APIMethod_post">post</span><span class="APIPathUrl" data-testid="serverurl">
https://api.parcelwise.example/v2</span><span class="APIPathUrl_path">/shipments/{shipment_id}/labels</span></div>
<div class="excerpt"><div class="markdown-body"><p>${rdExcerpt}</p></div></div></header>
<div class="rm-Markdown markdown-body" data-testid="RDMD">${rdIntro.map((t) => `<p>${t}</p>`).join('\n')}
<h2 class="heading heading-2 header-scroll" id="label-formats"><div class="heading-anchor anchor waypoint" id="label-formats"></div>
<div class="heading-text">Label formats</div><a aria-label="Skip link to Label formats" class="heading-anchor-icon fa fa-anchor" href="#label-formats"></a></h2>
<ul>${rdFormats.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<blockquote class="callout callout_info" theme="📘"><h3 class="callout-heading"><span class="callout-icon">📘</span><p>${rdCallout}</p></h3>
<p>${rdCalloutText}</p></blockquote>
<h2 class="heading heading-2 header-scroll" id="retrying-safely"><div class="heading-anchor anchor waypoint" id="retrying-safely"></div>
<div class="heading-text">Retrying safely</div><a aria-label="Skip link to Retrying safely" class="heading-anchor-icon fa fa-anchor"
href="#retrying-safely"></a></h2>
${rdIdem.map((t) => `<p>${t}</p>`).join('\n')}</div>
<section class="rm-APIRequestSection"><div class="rm-ParamContainer-intro">${rdParams.map(rdParam).join('\n')}</div></section>
<section class="rm-APIResponseSchemaPicker"><header class="APIResponseSchemaPicker-label">Responses</header>${[0, 2, 4]
  .map(
    (i) => `<button class="APIResponseSchemaPicker-option-toggle"><span class="APIResponseSchemaPicker-label-status">${rdResponses[i]}</span>
<span class="APIResponseSchemaPicker-description"><p>${rdResponses[i + 1]}</p></span></button>`,
  )
  .join('\n')}</section>
<div class="rm-UpdatedAt" data-testid="updated-at">Updated about 1 month ago</div>
<nav class="rm-Pagination"><a class="rm-Pagination-prev" href="/reference/retrieve-a-shipment"><span class="Pagination-label">Retrieve a shipment</span></a>
<a class="rm-Pagination-next" href="/reference/void-a-label"><span class="Pagination-label">Void a label</span></a></nav>
<div class="rm-PageFeedback"><span class="PageFeedback-title">Did this page help you?</span><button class="PageFeedback-yes">Yes</button>
<button class="PageFeedback-no">No</button></div></main>
<aside class="rm-Playground" aria-label="Try it"><section class="rm-PlaygroundCredentials"><header>Credentials</header><div class="Auth">
<span class="Auth-label">Bearer</span><input type="password" placeholder="token"></div><p class="Auth-signin">Log in to use your API keys</p></section>
<section class="rm-PlaygroundRequest"><header class="LanguagePicker-header">Language</header><div class="LanguagePicker" role="tablist">${rdLangs
  .map((l, i) => `<button role="tab" aria-selected="${i === 0}" class="LanguagePicker-tab"><span class="LanguagePicker-name">${l}</span></button>`)
  .join('')}</div><header class="rm-PlaygroundRequest-title">Request</header><div class="CodeSnippet"><pre><code class="rdmd-code lang-shell"
data-lang="shell">${rdCurl}</code></pre>
<button class="rm-CopyButton" aria-label="Copy Code">Copy</button></div><button class="rm-TryIt Button Button_primary">Try It!</button></section>
<section class="rm-PlaygroundResponse"><header class="rm-PlaygroundResponse-title">Response</header><p class="PlaygroundResponse-empty">Click
<code>Try It!</code> to start a request and see the response here! Or choose an example:</p><div class="ResponseExample-mime">application/json</div>
<div class="ResponseExample-tabs"><button>201</button><button>402</button></div><pre><code class="rdmd-code lang-json">${rdExample}</code></pre></section>
</aside></div>
<footer class="rm-Footer"><a href="https://readme.example?ref_src=hub">Powered by ReadMe</a></footer></div></div>
<script src="https://cdn.readme.example/public/hub/web/ssr-main.7a1f.js" defer></script></body></html>`;
export const readme: TestPage = {
  html: rdHtml,
  name: 'heldout16-readme-api-reference',
  kind: 'docs',
  // the excerpt, the markdown description (paragraphs, list items, the callout's text; its title "Test mode" is a label,
  // furniture) and each parameter's description are body, the two h2s the headings; parameter names and types, the
  // path/URL badges, the code sample and example response are code and in neither list, nor is the method badge; the param
  // group labels, "required", the response picker, the request panel (credentials, language tabs, buttons), pagination,
  // the feedback vote, header and sidebar are furniture; "Updated about 1 month ago" is a byline; the sidebar's "Errors" and
  // the panel title "Request" are words of the body: left out
  title: rdTitle,
  headings: ['Label formats', 'Retrying safely'],
  body: [rdExcerpt, ...rdIntro, ...texts(rdFormats), rdCalloutText, ...texts(rdIdem), ...rdParams.map((p) => p.desc)],
  bylines: ['Updated about 1 month ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to Content', 'Back to Parcelwise', 'Log In', 'Guides', 'API Reference', 'Changelog', 'Search', 'CTRL-K', 'Ask AI', 'Getting started',
    ...rdSidebar.filter((t) => t !== 'Errors'), 'Shipments', rdCallout, 'Path Params', 'Body Params', 'Headers', 'required', 'Responses',
    ...rdResponses.slice(1, 2),
    ...rdResponses.slice(3, 4), ...rdResponses.slice(5), 'Did this page help you?', 'Yes', 'No', 'Credentials', 'Bearer', 'Log in to use your API keys',
    'Language', ...rdLangs, 'Copy', 'Try It!', 'Response',
    'Click Try It! to start a request and see the response here! Or choose an example:', 'application/json', 'Powered by ReadMe',
  ],
};
