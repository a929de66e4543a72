import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout318-kit.js';

/**
 * Held-out batch 318, file b2: a Swagger UI page (React-rendered markup) with the POST operation of one tag expanded: top
 * bar with the definition picker, info block with version stamps, terms / contact / licence links, servers picker and
 * Authorize button, tag sections with collapsed operations, the expanded operation's parameters table, request body
 * with example / schema tabs, responses table with media type and "No links", and the Schemas section.
 */
const wTitle = 'Harbourline Parcel API';
const wInfo = [
  j(
    'The Parcel API lets shops and marketplaces book Harbourline collections, print labels and follow a parcel until it is',
    'delivered. All requests use JSON over HTTPS and are authenticated with an API key sent as a bearer token.',
  ),
  j(
    'Sandbox keys start with <code>hl_test_</code> and never trigger a real collection. Rate limits are 20 requests per second',
    'per key; responses over the limit carry status 429 and a <code>Retry-After</code> header.',
  ),
];
const wTagShip = 'Create, track and cancel shipments';
const wOpCreate = 'Create a shipment';
const wOpDesc = [
  j(
    'Books a collection for one or more parcels and returns the shipment with its labels. The shipment starts in the',
    'status <code>booked</code>; it moves to <code>collected</code> when the driver scans the first parcel.',
  ),
  j(
    'Collections booked before 14:00 local time are picked up the same working day. Later bookings are scheduled for the',
    'next working day unless <code>collection_date</code> asks for a later one.',
  ),
];
const wParam = j(
  'A unique value, such as a UUID, that identifies this request. Retrying with the same key within 24 hours returns the',
  'original shipment instead of booking a second collection.',
);
const wBodyDesc = 'The sender, the recipient and the parcels to collect. Weights are in grams and dimensions in millimetres.';
const wResp = [
  'Shipment booked. The body holds the shipment and a label URL for each parcel.',
  'The request body is invalid. The <code>errors</code> array names each field that failed validation.',
  'The Idempotency-Key was reused with a different request body.',
];
const wOpsShip = ['Retrieve a shipment', 'Cancel a shipment'];
const wTagRates = 'Quote prices before booking';
const wTagHooks = 'Subscribe to tracking events';
const wSchemas = ['Address', 'Parcel', 'ShipmentRequest', 'Shipment', 'ValidationError'];
const svgArrow = '<svg class="arrow" width="20" height="20" aria-hidden="true" focusable="false"><use href="#large-arrow-up"></use></svg>';
const op = (method: string, path: string, id: string, summary: string, open = false): string => `<div class="opblock opblock-${method.toLowerCase()}${
  open ? ' is-open' : ''
}" id="operations-${id}"><div class="opblock-summary opblock-summary-${method.toLowerCase()}"><button aria-expanded="${open}"
class="opblock-summary-control"><span class="opblock-summary-method">${method}</span><div class="opblock-summary-path-description-wrapper">
<span class="opblock-summary-path" data-path="${path}"><a class="nostyle" href="#/${id.replace('-', '/')}"><span>${path}</span></a></span>
<div class="opblock-summary-description">${summary}</div></div></button><div class="view-line-link copy-to-clipboard" title="Copy to clipboard">
<button></button></div><button class="authorization__btn unlocked" aria-label="authorization button unlocked"></button>${svgArrow}</div>`;
const tag = (name: string, desc: string, open: boolean): string => `<h3 class="opblock-tag" id="operations-tag-${name}" data-tag="${name}"
data-is-open="${open}"><a class="nostyle" href="#/${name}"><span>${name}</span></a><small><div class="markdown"><p>${desc}</p></div></small>
<button aria-expanded="${open}" class="expand-operation" title="${open ? 'Collapse operation' : 'Expand operation'}">${svgArrow}</button></h3>`;
const row = (code: string, desc: string, media: boolean): string => `<tr class="response " data-code="${code}"><td class="response-col_status">${code}</td>
<td class="response-col_description"><div class="response-col_description__inner"><div class="renderedMarkdown"><p>${desc}</p></div></div>${
  media
    ? `<section class="response-controls"><div class="response-control-media-type"><small class="response-control-media-type__title">Media type</small>
<select aria-label="Media Type"><option value="application/json">application/json</option></select>
<small class="response-control-media-type__accept-message">Controls <code>Accept</code> header.</small></div></section>`
    : ''
}</td><td class="response-col_links"><i>No links</i></td></tr>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Harbourline Parcel API - Swagger UI</title>
<link rel="stylesheet" type="text/css" href="./swagger-ui.css" /><link rel="icon" type="image/png" href="./favicon-32x32.png" sizes="32x32" />
<script src="./swagger-ui-bundle.js" charset="UTF-8"></script><script src="./swagger-ui-standalone-preset.js" charset="UTF-8"></script>
<script>window.onload = function() { window.ui = SwaggerUIBundle({ url: "/v2/openapi.json", dom_id: '#swagger-ui', deepLinking: true,
presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout" }); };</script></head>
<body><div id="swagger-ui"><section class="swagger-ui swagger-container"><div class="topbar"><div class="wrapper"><div class="topbar-wrapper">
<a rel="noopener noreferrer" class="link" href="https://developer.harbourline.example"><svg height="40" width="160"><title>Swagger UI</title></svg></a>
<form class="download-url-wrapper"><label class="select-label" for="select"><span>Select a definition</span><select id="select">
<option value="/v2/openapi.json">Parcel API v2</option><option value="/v1/openapi.json">Parcel API v1 (deprecated)</option></select></label></form>
</div></div></div><div class="swagger-ui"><div><div class="wrapper"><section class="block col-12 block-desktop col-12-desktop"><div></div></section></div>
<div class="information-container wrapper"><section class="block col-12"><div class="info"><hgroup class="main">
<h2 class="title">${wTitle}<span><small><pre class="version"> 2.3.0 </pre></small><small class="version-stamp"><pre class="version">OAS 3.0</pre>
</small></span></h2><a target="_blank" href="/v2/openapi.json" rel="noopener noreferrer" class="link"><span class="url">/v2/openapi.json</span></a>
</hgroup><div class="description"><div class="renderedMarkdown">${ps(wInfo)}</div></div>
<div class="info__tos"><a target="_blank" href="https://harbourline.example/terms" rel="noopener noreferrer" class="link">Terms of service</a></div>
<div class="info__contact"><div>
<a href="https://developer.harbourline.example/support" target="_blank" class="link">Harbourline developer support - Website</a></div>
<a href="mailto:api@harbourline.example" class="link">Send email to Harbourline developer support</a></div>
<div class="info__license"><a target="_blank" rel="noopener noreferrer" class="link" href="https://harbourline.example/api-licence">Harbourline API licence</a>
</div></div></section></div><div class="scheme-container"><section class="schemes wrapper block col-12"><div><span class="servers-title">Servers</span>
<div class="servers"><label for="servers"><select><option value="https://api.harbourline.example/v2">https://api.harbourline.example/v2 - Production</option>
<option value="https://sandbox.harbourline.example/v2">https://sandbox.harbourline.example/v2 - Sandbox</option></select></label></div></div>
<div class="auth-wrapper"><button class="btn authorize unlocked"><span>Authorize</span><svg width="20" height="20"></svg></button></div></section></div>
<div class="wrapper"><section class="block col-12 block-desktop col-12-desktop"><div><span><div class="opblock-tag-section is-open">
${tag('Shipments', wTagShip, true)}<div class="no-margin"><div class="operation-tag-content"><span>
${op('POST', '/shipments', 'Shipments-createShipment', wOpCreate, true)}<div class="no-margin"><div class="opblock-body">
<div class="opblock-description-wrapper"><div class="opblock-description"><div class="renderedMarkdown">${ps(wOpDesc)}</div></div></div>
<div class="opblock-section"><div class="opblock-section-header"><div class="tab-header"><div class="tab-item active"><h4 class="opblock-title">
<span>Parameters</span></h4></div></div><div class="try-out"><button class="btn try-out__btn">Try it out </button></div></div>
<div class="parameters-container"><div class="table-container"><table class="parameters"><thead><tr><th class="col_header parameters-col_name">Name</th>
<th class="col_header parameters-col_description">Description</th></tr></thead><tbody><tr data-param-name="Idempotency-Key" data-param-in="header">
<td class="parameters-col_name"><div class="parameter__name required">Idempotency-Key<span>&nbsp;*</span></div><div class="parameter__type">string($uuid)</div>
<div class="parameter__deprecated"></div><div class="parameter__in">(header)</div></td><td class="parameters-col_description"><div class="renderedMarkdown">
<p>${wParam}</p></div><input type="text" class="" title="" placeholder="Idempotency-Key" value="" disabled></td></tr></tbody></table></div></div>
<div class="opblock-section opblock-section-request-body"><div class="opblock-section-header"><h4 class="opblock-title parameter__name required">Request body
<span>&nbsp;*</span></h4><label><div class="content-type-wrapper body-param-content-type"><select aria-label="Request content type" class="content-type">
<option value="application/json">application/json</option></select></div></label></div><div class="opblock-description-wrapper"><div>
<div class="renderedMarkdown"><p>${wBodyDesc}</p></div></div><div class="model-example"><ul class="tab" role="tablist">
<li class="tabitem active" role="presentation"><button class="tablinks" data-name="example" role="tab">Example Value</button></li>
<li class="tabitem" role="presentation"><button class="tablinks" data-name="model" role="tab">Schema</button></li></ul><div class="highlight-code">
<pre class="body-param__example microlight"><code class="language-json">{
  "sender": { "name": "Pell &amp; Daughters", "postcode": "HX4 9QT" },
  "parcels": [ { "weight_g": 1200, "length_mm": 300, "width_mm": 200, "height_mm": 90 } ]
}</code></pre><div class="copy-to-clipboard"><button></button></div></div></div></div></div>
<div class="execute-wrapper"></div><div class="responses-wrapper"><div class="opblock-section-header"><h4>Responses</h4></div><div class="responses-inner">
<table aria-live="polite" class="responses-table" role="region"><thead><tr class="responses-header"><td class="col_header response-col_status">Code</td>
<td class="col_header response-col_description">Description</td><td class="col col_header response-col_links">Links</td></tr></thead><tbody>
${row('201', wResp[0] ?? '', true)}${row('400', wResp[1] ?? '', false)}${row('409', wResp[2] ?? '', false)}</tbody></table></div></div></div></div></div>
${op('GET', '/shipments/{shipmentId}', 'Shipments-getShipment', wOpsShip[0] ?? '')}</div>
${op('DELETE', '/shipments/{shipmentId}', 'Shipments-cancelShipment', wOpsShip[1] ?? '')}</div>
</span></div></div></div><div class="opblock-tag-section">${tag('Rates', wTagRates, false)}</div>
<div class="opblock-tag-section">${tag('Webhooks', wTagHooks, false)}</div></span></div></section></div>
<div class="wrapper"><section class="block col-12 block-desktop col-12-desktop"><section class="models is-open"><h4><button aria-expanded="true"
class="models-control"><span>Schemas</span>${svgArrow}</button></h4><div class="no-margin">${wSchemas
  .map(
    (s) => `<div id="model-${s}" class="model-container" data-name="${s}"><span class="models-jump-to-path"></span><span class="model-box">
<button aria-expanded="false" class="model-box-control"><span class="pointer"><span class="model-box"><span class="model model-title">${s}</span></span>
</span><span class="model-toggle collapsed"></span></button></span></div>`,
  )
  .join('\n')}</div></section></section></div></div></section></div></body></html>`;
export const swagger: TestPage = {
  name: 'heldout318-swagger-ui-operation',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Shipments', 'Rates', 'Webhooks'],
  body: texts([...wInfo, wTagShip, wOpCreate, ...wOpDesc, wParam, wBodyDesc, ...wResp, ...wOpsShip, wTagRates, wTagHooks]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Select a definition', 'Parcel API v2', 'Parcel API v1 (deprecated)', 'OAS 3.0', 'Terms of service', 'Harbourline developer support - Website',
    'Send email to Harbourline developer support', 'Harbourline API licence', 'Servers', 'https://api.harbourline.example/v2 - Production',
    'https://sandbox.harbourline.example/v2 - Sandbox', 'Authorize', 'Try it out', 'Example Value', 'Media type', 'Controls Accept header.', 'No links',
    'Schemas', 'ShipmentRequest', 'ValidationError',
  ],
};
