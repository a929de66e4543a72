import { type TestPage, texts } from './page-kit.js';
import { rtdPage } from './pages-heldout92-d2.js';

/**
 * Held-out batch 92, file d: an API reference page on a ReadMe developer hub (the hub header with its section links, search
 * and "Log In", the reference sidebar with method badges and a deprecated endpoint, the endpoint title with method and URL,
 * the description, the body-parameter and header lists with "required" and "Deprecated" badges, the responses list, the
 * "Updated" line and "Did this page help you?", and the right-hand "Try It!" console with language tabs, credentials,
 * request sample and response panel); and, from file d2, a Read the Docs (Sphinx) page.
 */
const rmTitle = 'Create a shipment';
const rmIntro = [
  'Creates a shipment and buys a label for it in one call. The response includes a link to the label as a PDF, the tracking number and the price ' +
    'charged to your account.',
  'Labels are charged when the shipment is created. If you do not use a label, cancel the shipment within 14 days to get a refund.',
];
const rmH = ['Choosing a service', 'Idempotency'];
const rmService = [
  'Pass <code>service</code> to choose the carrier service yourself. If you leave it out, Parcelyard quotes every service available on the route and picks ' +
    'the cheapest one that arrives by <code>delivery_by</code>, or the cheapest overall when no date is given.',
];
const rmIdem = [
  'Network errors can leave you unsure whether a shipment was created. Send an <code>Idempotency-Key</code> header with every request and retry with the ' +
    'same key; you will never be charged twice for the same label.',
];
type Param = { name: string; type: string; required?: boolean; deprecated?: boolean; desc: string };
const rmBody: Param[] = [
  {
    name: 'to_address',
    type: 'object',
    required: true,
    desc: 'The address the parcel is going to. Addresses are validated when the shipment is created; an address that cannot be matched returns a 422 error.',
  },
  { name: 'from_address', type: 'object', desc: "The address the parcel is collected from. Defaults to your account's main warehouse if omitted." },
  { name: 'parcel', type: 'object', required: true, desc: 'Weight in grams and dimensions in centimetres. Parcels over 30 kg must use a freight service.' },
  {
    name: 'service',
    type: 'string',
    desc: 'The carrier service to use, such as tracked_48 or next_day_noon. If omitted, a service is chosen for you as described above.',
  },
  {
    name: 'service_code',
    type: 'string',
    deprecated: true,
    desc: "Use service instead. Numeric service codes are accepted until 31 December 2025 but are not checked against the carrier's current list.",
  },
  { name: 'insurance_amount', type: 'integer', deprecated: true, desc: 'Cover in pence. Replaced by the insurance object, which also takes a currency.' },
  { name: 'reference', type: 'string', desc: 'Your own reference, printed on the label and returned in webhooks. Up to 35 characters.' },
];
const rmHeaders: Param[] = [
  {
    name: 'Idempotency-Key',
    type: 'string',
    desc: 'A unique key for this request. Repeating a request with the same key within 24 hours returns the original shipment instead of creating a new one.',
  },
];
const rmResponses = [
  ['201', 'Shipment created and label purchased.'],
  ['400', 'The request body is malformed or a required field is missing.'],
  ['422', 'An address could not be validated.'],
];
const rmHeader = ['Home', 'Guides', 'API Reference', 'Changelog', 'Discussions', 'Log In'];
const rmSidebar: [string, [string, string, boolean?][]][] = [
  [
    'Shipments',
    [
      ['get', 'List shipments'],
      ['post', rmTitle],
      ['get', 'Retrieve a shipment'],
      ['del', 'Cancel a shipment'],
      ['post', 'Create a label (legacy)', true],
    ],
  ],
  [
    'Tracking',
    [
      ['get', 'Get tracking events'],
      ['post', 'Subscribe to tracking updates'],
    ],
  ],
  ['Webhooks', [['get', 'List webhook endpoints']]],
];
const rmConsole = [
  'Language',
  'Shell',
  'Node',
  'Ruby',
  'PHP',
  'Python',
  'Credentials',
  'Bearer',
  'Request',
  'Copy',
  'Try It!',
  'Response',
  'Click Try It! to start a request and see the response here! Or choose an example:',
  'application/json',
];
const rmUpdated = 'Updated 3 months ago';
const rmHelp = ['Did this page help you?', 'Yes', 'No'];
const rmBadge = (p: Param): string =>
  (p.required ? '<span class="APIParam-required">required</span>' : '') +
  (p.deprecated ? '<span class="APIParam-deprecated Badge Badge_deprecated" role="status">Deprecated</span>' : '');
const rmParam = (p: Param): string => `<div class="rm-APIParam APIParam${p.deprecated ? ' APIParam_deprecated' : ''}" data-testid="param-${p.name}">
<div class="APIParam-info"><label class="APIParam-name" for="body-${p.name}">${p.name}</label><span class="APIParam-type">${p.type}</span>${rmBadge(p)}</div>
<div class="APIParam-description markdown-body"><p>${p.desc}</p></div><div class="APIParam-input">
<input class="Input Input_sm" id="body-${p.name}" type="text" aria-label="${p.name}"></div></div>`;
const rmSection = (h: string, ps: readonly Param[]): string => `<section class="rm-ParamContainer ParamContainer"><header class="ParamContainer-header">
<h3 class="ParamContainer-header-title">${h}</h3></header><div class="ParamContainer-body">${ps.map(rmParam).join('\n')}</div></section>`;
const rmMd = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rmHd = (
  t: string,
): string => `<h2 class="heading heading-2 header-scroll" align=""><div class="heading-anchor anchor waypoint" id="${t.toLowerCase().replace(/ /g, '-')}">
</div><div class="heading-text">${t}</div><a aria-label="Skip link to ${t}" class="heading-anchor-icon fa fa-anchor"
href="#${t.toLowerCase().replace(/ /g, '-')}"></a></h2>`;
const rmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Create a shipment</title><meta name="readme-deploy" content="5.298.0"><meta name="readme-subdomain"
content="parcelyard">
<meta name="readme-version" content="2.1"><meta name="description" content="Creates a shipment and buys a label for it in one call.">
<meta property="og:title" content="Create a shipment"><meta property="og:site_name" content="Parcelyard API"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://developers.parcelyard.example/reference/create-shipment"><link rel="stylesheet"
href="https://cdn.readme.io/public/hub/web/ssr-main.3f1a9c2b.css">
<script id="config" type="application/json"
data-json="{&quot;algoliaIndex&quot;:&quot;readme_search_v2&quot;,&quot;asset_url&quot;:&quot;https://cdn.readme.io&quot;}"></script>
<script src="https://cdn.readme.io/public/hub/web/ssr-main.8b7c6d5e.js" defer></script></head>
<body class="body-none theme-line header-solid header-bg-size-auto header-bg-pos-tl header-overlay-triangles
reference-layout-row lumosity-normal hub-full-width">
<div id="ssr-top"></div><div id="ssr-main"><div class="App ThemeContext ThemeContext_light ThemeContext_line"
style="--color-primary:#0e6b5c;--color-link-primary:#0e6b5c">
<div class="headertop"><header class="rm-Header" id="hub-header"><div class="rm-Header-top"><div class="rm-Container rm-Container_flex"><a class="rm-Logo"
href="/">
<img alt="Parcelyard" class="rm-Logo-img" src="https://files.readme.io/5a1c3e7-parcelyard-logo.svg"></a><a
class="Button Button_md rm-Header-link rm-Header-top-link
Button_slate_text" href="https://parcelyard.example" target="_self">${rmHeader[0]}</a><div class="rm-Header-left"></div><div class="rm-Header-right">
<a class="Button Button_md rm-Header-link rm-Header-top-link Button_slate_text rm-Header-top-link_login" href="/login?redirect_uri=/reference/create-shipment">
${rmHeader[5]}</a></div></div></div><div class="rm-Header-bottom"><div class="rm-Container rm-Container_flex"><nav aria-label="Primary navigation"
class="rm-Header-left"
role="navigation">${rmHeader
  .slice(1, 5)
  .map(
    (t) => `<a class="Button Button_md rm-Header-link rm-Header-bottom-link Button_slate_text${t === 'API Reference' ? ' active' : ''}"
href="/${t.toLowerCase().replace(/ /g, '-')}">
<span>${t}</span></a>`,
  )
  .join('\n')}</nav><div class="rm-Header-right"><button aria-label="Search" class="rm-SearchToggle" data-symbol="⌘"><div
class="rm-SearchToggle-icon icon-search"></div>
<div class="rm-SearchToggle-placeholder">Search</div><div class="rm-SearchToggle-shortcut">⌘K</div></button></div></div></div></header></div>
<main class="rm-ReferenceMain rm-Container rm-Container_flex"><nav aria-label="Secondary navigation" class="rm-Sidebar hub-sidebar reference-redesign"
id="reference-sidebar"
role="navigation"><div class="hub-sidebar-content">${rmSidebar
  .map(
    ([sec, items]) =>
      `<section class="Sidebar-listWrapper"><h2 class="Sidebar-heading">${sec}</h2><ul class="Sidebar-list" role="tree">${items
        .map(
          ([m, t, dep]) => `<li class="Sidebar-item"><a aria-current="${t === rmTitle ? 'page' : 'false'}" class="Sidebar-link${t === rmTitle ? ' active' : ''}
${dep ? ' Sidebar-link_deprecated' : ''}" href="/reference/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"><span class="Sidebar-link-text"><span>${t}</span></span>
${dep ? '<span class="Sidebar-link-deprecated Badge Badge_deprecated">Deprecated</span>' : ''}<span
class="rm-APIMethod APIMethod APIMethod_fixedWidth APIMethod_${m}">${m}</span></a></li>`,
        )
        .join('\n')}</ul></section>`,
  )
  .join('\n')}</div><a class="PoweredBy rm-PoweredBy" href="https://readme.com?ref_src=hub&amp;project=parcelyard"><span class="PoweredBy-text">Powered by
ReadMe</span></a></nav>
<article class="rm-Article" id="content"><header class="rm-Article-header"><div class="rm-Article-header-title"><h1 class="rm-Article-title">${rmTitle}</h1>
<div class="rm-APIHeader"><span class="rm-APIMethod APIMethod APIMethod_post">post</span><span class="rm-APIHeader-url"><span class="rm-APIHeader-url-server">
https://api.parcelyard.example/v2</span><span class="rm-APIHeader-url-path">/shipments</span></span></div></div>
<div class="rm-Article-excerpt markdown-body excerpt"><p>${rmIntro[0]}</p></div></header>
<div class="rm-Article-body"><div class="rm-Markdown markdown-body" data-testid="RDMD">${rmMd(rmIntro.slice(1))}
${rmHd(rmH[0]!)}
${rmMd(rmService)}
${rmHd(rmH[1]!)}
${rmMd(rmIdem)}</div>
<form class="rm-APIForm" id="form-create-shipment">${rmSection('Body Params', rmBody)}
${rmSection('Headers', rmHeaders)}</form>
<section class="rm-Responses"><header class="Responses-header"><h3>Responses</h3></header><ul class="Responses-list">${rmResponses
  .map(
    ([
      c,
      d,
    ]) => `<li class="rm-Response Response"><button class="Response-button" type="button"><span class="Response-status Response-status_${c![0]}xx">${c}</span>
<span class="Response-description markdown-body"><p>${d}</p></span></button></li>`,
  )
  .join('\n')}</ul></section>
<div class="rm-UpdatedAt UpdatedAt"><span class="UpdatedAt-label">${rmUpdated}</span></div><hr class="rm-Article-divider"><div class="rm-PageVoting">
<span class="rm-PageVoting-question">${rmHelp[0]}</span><div class="rm-PageVoting-buttons"><button class="Button Button_sm Button_shale_outline" type="button">
<span class="icon-thumbs-up-2"></span><span>${rmHelp[1]}</span></button><button class="Button Button_sm Button_shale_outline" type="button"><span
class="icon-thumbs-down1"></span>
<span>${rmHelp[2]}</span></button></div></div></div></article>
<aside class="rm-Playground" id="playground"><section class="rm-LanguagePicker"><h2 class="rm-LanguagePicker-title">${rmConsole[0]}</h2><div
class="LanguagePicker-tabs"
role="tablist">${rmConsole
  .slice(1, 6)
  .map(
    (t, i) => `<button aria-selected="${i === 0}" class="LanguagePicker-tab" role="tab" type="button"><span class="LanguagePicker-icon"></span>${t}</button>`,
  )
  .join('')}</div></section><section class="rm-Playground-section rm-Auth"><header class="rm-Playground-section-title">${rmConsole[6]}</header>
<div class="rm-Auth-input"><span class="rm-Auth-scheme">${rmConsole[7]}</span><input class="Input Input_sm" type="password" aria-label="Bearer token"
placeholder="token"></div></section><section class="rm-Playground-section rm-PlaygroundRequest"><header class="rm-Playground-section-title">${rmConsole[8]}
<button class="rm-CopyButton" type="button">${rmConsole[9]}</button></header><div class="CodeSnippet"><pre class="cm-s-neo"><code class="rdmd-code lang-shell"
data-lang="shell">curl --request POST \\
     --url https://api.parcelyard.example/v2/shipments \\
     --header 'accept: application/json' \\
     --header 'content-type: application/json'</code></pre></div><div class="rm-PlaygroundRequest-footer"><button
class="rm-TryIt Button Button_primary Button_md"
type="button"><span>${rmConsole[10]}</span></button></div></section><section class="rm-Playground-section rm-PlaygroundResponse"><header
class="rm-Playground-section-title">${rmConsole[11]}</header><div class="rm-PlaygroundResponse-empty"><p>Click <code>Try It!</code> to start a request and see
the
response here! Or choose an example:</p><div class="rm-PlaygroundResponse-examples"><span
class="rm-PlaygroundResponse-mime">${rmConsole[13]}</span>${rmResponses
  .map(([c]) => `<button class="Button Button_sm rm-PlaygroundResponse-example" type="button">${c}</button>`)
  .join('')}</div></div></section></aside></main></div></div>
<script id="ssr-props" type="application/json">{"document":{"title":"${rmTitle}","type":"endpoint","api":{"method":"post","path":"/shipments"},
"updatedAt":"2025-01-07T10:12:33.000Z"},"meta":{"baseUrl":"/","version":"2.1"}}</script></body></html>`;
const readme: TestPage = {
  html: rmHtml,
  name: 'heldout92-readme-api-reference',
  kind: 'docs',
  // parameter and response descriptions are body; parameter names, types, "required", the method badge and URL at the
  // top, the response codes and the generated section titles (Body Params, Headers, Responses) are in neither list;
  // "Deprecated" badges, the sidebar (with its method badges) and the Try It! console are furniture
  title: rmTitle,
  headings: rmH,
  body: texts([...rmIntro, ...rmService, ...rmIdem, ...rmBody.map((p) => p.desc), ...rmHeaders.map((p) => p.desc), ...rmResponses.map((r) => r[1]!)]),
  bylines: [rmUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rmHeader, 'Search', '⌘K', ...rmSidebar.flatMap(([s, items]) => [s, ...items.map((i) => i[1]).filter((t) => t !== rmTitle)]), 'get', 'del',
    'Deprecated',
    'Powered by ReadMe', ...rmHelp, ...rmConsole,
  ],
};

export const HELDOUT92_D: readonly TestPage[] = [readme, rtdPage];
