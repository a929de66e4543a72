import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout318-kit.js';

/**
 * Held-out batch 318, file c2: a Postman public documentation page (a React app: top bar with the workspace badge,
 * "Run in Postman", environment and language pickers and layout switch, sidebar with folders and method-tagged requests,
 * the collection introduction written in markdown with a list and an error table, a folder and two requests with their
 * authorization, headers, params and body blocks, the example pane with request and response code, and a OneTrust
 * cookie banner).
 */
const pTitle = 'Fernhill Payroll API';
const pIntro = [
  j(
    'Fernhill runs payroll for small employers in Ireland and Northern Ireland. This collection covers everything an',
    'accounting package needs to run a pay period end to end: adding employees, creating a pay run, checking the figures',
    'and approving it so that payslips go out and the revenue submission is filed.',
  ),
  'To try the requests, fork the collection and set the <code>baseUrl</code> and <code>apiKey</code> variables in an environment of your own.',
];
const pAuth = [
  j(
    'Every request is authenticated with a bearer token. Create a key under Settings, then Developer access, in the Fernhill',
    'web app. A key can only see the employers it was created for.',
  ),
];
const pAuthList = [
  'Sandbox keys begin with <code>fh_sbx_</code> and work against test employers only.',
  'Live keys begin with <code>fh_live_</code> and must never be shared with a browser.',
  'Keys expire after a year; the app emails the owner a month before.',
];
const pErrIntro = 'Errors come back as JSON with a <code>code</code> and a human-readable <code>message</code>. The most common ones are:';
const pErrRows: [string, string][] = [
  ['400', 'The body failed validation; the message names the field.'],
  ['409', 'A pay run already exists for that employer and period.'],
  ['423', 'The pay run is approved and can no longer be changed.'],
];
const pFolder = [
  j(
    'A pay run holds the pay of every employee of one employer for one period. It moves from draft to calculated to',
    'approved; only an approved pay run produces payslips.',
  ),
];
const pCreate = [
  j(
    'Creates a draft pay run for the period and fills it with every active employee, using their standing pay, hours and',
    'deductions. The totals are calculated straight away, so the response already holds gross pay, tax and net pay for',
    'each line.',
  ),
  'Overtime, bonuses and unpaid leave are added afterwards with the pay run lines requests before the run is approved.',
];
const pCreateHeader = 'Any unique string. A retried request with the same key returns the first pay run instead of creating another.';
const pList = ['Lists the pay runs of one employer, newest first, twenty at a time.'];
const pListParams = ['Filter by status: draft, calculated or approved.', 'The cursor returned as next_cursor by the previous page.'];
const pSide = ['Introduction', 'Employees', 'Pay runs', 'Approve a pay run', 'Payslips'];
const pErrTable = `<table><thead><tr><th>Status</th><th>Meaning</th></tr></thead><tbody>
${pErrRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>`;
const kv = (key: string, val: string, desc: string): string => `<div class="request-params-table__row"><div class="request-params-table__key">${key}</div>
<div class="request-params-table__value">${val}</div><div class="request-params-table__description"><div class="markdown-content"><p>${desc}</p></div></div>
</div>`;
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fernhill Payroll API</title><meta name="description" content="Payroll runs, employees and payslips for Fernhill employers.">
<meta property="og:title" content="Fernhill Payroll API"><meta property="og:site_name" content="Postman">
<meta property="og:image" content="https://documenter-assets.pstmn.example/og-image.png"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://documenter-assets.pstmn.example/documenter.css">
<script>window.__INITIAL_STATE__={"collection":{"id":"31877215-5b0a","name":"Fernhill Payroll API"},"environment":null,"language":"curl"};</script>
<script src="https://documenter-assets.pstmn.example/documenter.js" defer></script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0a8f4c"></script></head>
<body><div id="root" class="documentation-root"><div class="documentation-header"><div class="documentation-header__left">
<a class="pm-logo" href="https://www.postman.example" aria-label="Postman home"><svg width="28" height="28"></svg></a>
<span class="documentation-header__badge">Public</span><span class="documentation-header__name">Fernhill Payroll API</span></div>
<div class="documentation-header__right"><div class="environment-picker"><span class="label">ENVIRONMENT</span>
<button class="dropdown-button">No Environment</button></div><div class="language-picker"><span class="label">LANGUAGE</span>
<button class="dropdown-button">cURL - cURL</button></div><button class="layout-toggle" aria-label="Layout">Double Column</button>
<a class="btn btn-primary run-in-postman" href="https://app.getpostman.example/run-collection/31877215-5b0a">Run in Postman</a></div></div>
<div class="documentation-body"><aside class="documentation-sidebar"><div class="sidebar-search"><input type="search" placeholder="Search"></div>
<ul class="sidebar-tree">${links(pSide.slice(0, 3), 'sidebar-tree__item')}
<li class="sidebar-tree__item is-nested"><span class="request-method request-method--POST">POST</span><a href="#create">Create a pay run</a></li>
<li class="sidebar-tree__item is-nested"><span class="request-method request-method--GET">GET</span><a href="#list">List pay runs</a></li>
<li class="sidebar-tree__item is-nested"><span class="request-method request-method--POST">POST</span><a href="#approve">${pSide[3]}</a></li>
${links(pSide.slice(4), 'sidebar-tree__item')}</ul></aside>
<main class="documentation-core"><section class="documentation-intro"><div class="documentation-intro__title"><h1>${pTitle}</h1></div>
<div class="documentation-description markdown-content">${ps(pIntro)}
<h2 id="authentication">Authentication</h2>${ps(pAuth)}<ul>${pAuthList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h2 id="errors">Errors</h2><p>${pErrIntro}</p>${pErrTable}</div>
<div class="documentation-auth"><div class="documentation-auth__label">AUTHORIZATION</div><div class="documentation-auth__type">Bearer Token</div>
<div class="request-params-table">${kv('Token', '{{apiKey}}', '')}</div></div></section>
<section class="folder" id="payruns"><h2 class="folder__name"><svg width="16" height="16"></svg>Pay runs</h2>
<div class="markdown-content">${ps(pFolder)}</div>
<div class="request" id="create"><div class="request__column request__column--info"><h3 class="request__name"><span
class="request-method request-method--POST">POST</span>Create a pay run</h3><div class="request__url"><code>{{baseUrl}}/v1/employers/:employerId/payruns</code>
</div><div class="request__description markdown-content">${ps(pCreate)}</div>
<div class="request-params"><div class="request-params__title">HEADERS</div>
<div class="request-params-table">${kv('Idempotency-Key', '{{$guid}}', pCreateHeader)}</div></div>
<div class="request-params"><div class="request-params__title">Body<span class="request-params__subtitle">raw (json)</span></div>
<pre class="code-block"><code class="language-json">{"period": "2026-03", "payDate": "2026-03-27"}</code></pre></div></div>
<div class="request__column request__column--examples"><div class="example-picker"><span class="label">Example</span>
<button class="dropdown-button">Pay run created</button></div><div class="example-block"><div class="example-block__title">Request</div>
<pre class="code-block"><code class="language-bash">curl --location '{{baseUrl}}/v1/employers/em_2210/payruns' \\
--header 'Idempotency-Key: 1f0c' --data '{"period": "2026-03"}'</code></pre><button class="copy-button" aria-label="Copy to clipboard">Copy</button></div>
<div class="example-block"><div class="example-block__title">Response</div><div class="example-block__status">201 Created</div>
<div class="tabs"><button class="tab is-active">Body</button><button class="tab">Headers (6)</button></div>
<pre class="code-block"><code class="language-json">{"id": "pr_9081", "status": "calculated", "gross": 48210.55}</code></pre></div></div></div>
<div class="request" id="list"><div class="request__column request__column--info"><h3 class="request__name"><span
class="request-method request-method--GET">GET</span>List pay runs</h3><div class="request__url"><code>{{baseUrl}}/v1/employers/:employerId/payruns</code>
</div><div class="request__description markdown-content">${ps(pList)}</div>
<div class="request-params"><div class="request-params__title">PARAMS</div><div class="request-params-table">${kv('status', 'approved', pListParams[0] ?? '')}
${kv('cursor', '', pListParams[1] ?? '')}</div></div></div>
<div class="request__column request__column--examples"><div class="example-picker"><span class="label">Example</span>
<button class="dropdown-button">This request does not have any examples defined</button></div></div></div></section></main></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies to give you the best experience on our website, to analyse traffic
and to personalise content. <a href="https://www.postman.example/legal/cookie-policy/">Cookie Notice</a></div></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></body></html>`;
export const postman: TestPage = {
  name: 'heldout318-postman-documenter-collection',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Authentication', 'Errors', 'Pay runs', 'Create a pay run', 'List pay runs'],
  body: texts([...pIntro, ...pAuth, ...pAuthList, pErrIntro, ...pErrRows.flat(), ...pFolder, ...pCreate, pCreateHeader, ...pList, ...pListParams]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Public', 'ENVIRONMENT', 'No Environment', 'LANGUAGE', 'cURL - cURL', 'Double Column', 'Run in Postman', 'Introduction', 'Employees',
    'Approve a pay run', 'Payslips', 'AUTHORIZATION', 'Bearer Token', 'HEADERS', 'raw (json)', 'PARAMS', 'Pay run created', 'Copy', '201 Created',
    'Headers (6)', 'This request does not have any examples defined',
    'We use cookies to give you the best experience on our website, to analyse traffic and to personalise content. Cookie Notice', 'Cookie Settings',
    'Reject All', 'Accept All Cookies',
  ],
};
