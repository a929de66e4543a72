import { type TestPage, texts } from './page-kit.js';
import { swaggerUi } from './pages-heldout196-c2.js';
import { paras, uniq } from './pages-heldout196-kit.js';

/**
 * Held-out batch 196, file c: a Redoc / Redocly API reference page as saved after render (styled-components class names,
 * the left menu with its search box, tag groups and HTTP verb labels, "API docs by Redocly", the info block with the
 * "Download OpenAPI specification" line, e-mail, license and terms, the description with its own h2s, tag sections and
 * operations with "Authorizations:", request body schema tables, "Responses" buttons, the right-hand panel with the
 * endpoint, server list, "Request samples" / "Response samples" tabs and the JSON viewer's "Copy", "Expand all" and
 * "Collapse all") and, from file c2, a saved Swagger UI page.
 */
const rdTitle = 'Packwell Shipping API (2.1.0)';
const rdIntro = paras(`
  The Packwell Shipping API lets you create shipments, buy labels and follow parcels from the warehouse door to the
  recipient. It is a JSON API over HTTPS; every request and response body is UTF-8 encoded JSON.

  All timestamps are ISO 8601 in UTC. Weights are in grams and dimensions in millimetres, whatever the destination country.
`);
const rdAuthH = 'Authentication';
const rdAuth = paras(`
  Send your secret key as a bearer token in the <code>Authorization</code> header. Keys that start with <code>pk_test_</code>
  only reach the sandbox, where no labels are billed and no carrier is contacted.

  A key can be limited to read-only access in the dashboard. Read-only keys receive <code>403</code> on any request that
  creates or changes a shipment.
`);
const rdLimitsH = 'Rate limits';
const rdLimits = paras(`
  Each key may make 20 requests per second, with short bursts up to 50. When you go over, the API answers
  <code>429</code> with a <code>Retry-After</code> header giving the number of seconds to wait.
`);
const rdTagH = 'Shipments';
const rdTag = paras(`
  A shipment is one parcel travelling from one address to another. It starts as a draft, becomes purchased when a label is
  bought, and is closed by the carrier's final tracking event.
`);
const rdOp1H = 'Create a shipment';
const rdOp1 = paras(`
  Creates a draft shipment and returns the rates that carriers offer for it. Nothing is billed until you buy a label with
  the rate you choose.

  Rates expire after 24 hours. Buying with an expired rate fails with <code>rate_expired</code>; create the shipment again to
  get fresh rates.
`);
const rdOp1Fields = [
  'Who receives the parcel: name, address and an optional phone number for the courier.',
  'Where the parcel is collected from. Defaults to the account\u2019s primary warehouse.',
  'The parcel\u2019s weight in grams and its dimensions in millimetres.',
  'Your own reference, printed on the label and returned in webhooks. Up to 64 characters.',
];
const rdOp1Resp = ['Shipment created, with rates', 'The request body failed validation'];
const rdOp2H = 'Retrieve a shipment';
const rdOp2 = paras(`
  Returns a shipment with its current status, its label if one was bought, and every tracking event received so far, newest
  first.
`);
const rdOp2Fields = ['The shipment\u2019s identifier, starting with shp_.'];
const rdOp2Resp = ['The shipment', 'No shipment with this identifier exists'];
const rdMenuTags = ['Shipments', 'Labels', 'Tracking', 'Webhooks'];
const rdMenuOps = [
  ['post', 'Create a shipment'],
  ['get', 'Retrieve a shipment'],
  ['get', 'List shipments'],
  ['post', 'Cancel a shipment'],
];
const rdSc = (n: number): string => `sc-${['kAyceB', 'fvtFIe', 'jEACwC', 'dcJsrY', 'lcIPJg', 'gVJvzJ', 'dAbbOL', 'eldPxv'][n % 8]}`;
const rdMd = (ps: readonly string[]): string => `<div class="${rdSc(4)} ${rdSc(5)} redoc-markdown">${ps.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
const rdH2 = (id: string, t: string): string => `<h2 class="sc-jXbUNg iKrYxS"><a class="sc-dhKdcB fhFGzF" href="#${id}" aria-label="${id}"></a>${t}</h2>`;
const rdField = (name: string, type: string, desc: string, req: boolean): string => `<tr><td kind="field" title="${name}"
class="sc-dLMFU sc-eDPEul"><span class="sc-ePDLzJ"></span><span class="property-name">${name}</span>${req ? '<div class="sc-jMakVo">required</div>' : ''}</td>
<td class="sc-gFVvzn"><div><div><span class="sc-eDvSVe"></span><span class="sc-fbYMXx">${type}</span></div>
<div><div class="${rdSc(4)} ${rdSc(5)} sc-fhzFiK redoc-markdown"><p>${desc}</p></div></div></div></td></tr>`;
const rdResp = (code: string, d: string): string => `<div><button class="sc-bDpDS ${code.startsWith('2') ? 'ffNnkn' : 'iqrjDl'}"
aria-expanded="false"><svg class="sc-cwHptR" version="1.1" viewBox="0 0 24 24"></svg><strong class="sc-iHbSHJ">${code} </strong>
<div class="${rdSc(4)} ${rdSc(5)} sc-fhzFiK redoc-markdown"><p>${d}</p></div></button></div>`;
const rdReq = `<div><h3 class="sc-eKuVYC">Request samples</h3><ul class="react-tabs__tab-list" role="tablist">
<li class="react-tabs__tab react-tabs__tab--selected" role="tab">Payload</li></ul>
<div class="react-tabs__tab-panel react-tabs__tab-panel--selected" role="tabpanel"><div class="sc-lnPyaJ"><span class="sc-dycYrt">Content type</span>
<div class="sc-cWSHoV">application/json</div></div><div class="sc-gFAWRd"><button><div class="sc-jlZhew">Copy</div></button>
<button> Expand all </button><button> Collapse all </button></div><div class="redoc-json"><code>{ "recipient": { "name": "Ada Moss" } }</code></div>
</div></div>`;
const rdRight = (verb: string, path: string, tabs: readonly string[]): string => `<div class="sc-jCbFiK sc-cBYhjr">
<div class="sc-jdUcAg"><button class="sc-hJRrWL"><span type="${verb}" class="sc-eMwmJz http-verb ${verb}">${verb}</span>
<span class="sc-cbDaQy">${path}</span><svg class="sc-cwHptR" viewBox="0 0 24 24"></svg></button>
<div aria-hidden="true" class="sc-cyZbeP"><div class="sc-cOxWqc"><div class="sc-dkmUuB">Production</div><div tabindex="0" role="button">
<div class="sc-dRHutB"><span>https://api.packwell.example/v2</span>${path}</div></div></div>
<div class="sc-cOxWqc"><div class="sc-dkmUuB">Sandbox</div><div tabindex="0" role="button"><div class="sc-dRHutB">
<span>https://sandbox.packwell.example/v2</span>${path}</div></div></div></div></div>
${verb === 'post' ? rdReq : ''}
<div><h3 class="sc-eKuVYC">Response samples</h3><ul class="react-tabs__tab-list" role="tablist">
${tabs
  .map(
    (t, i) => `<li class="react-tabs__tab${i === 0 ? ' react-tabs__tab--selected' : ''} tab-${t.startsWith('2') ? 'success' : 'error'}"
role="tab">${t}</li>`,
  )
  .join('')}
</ul><div class="react-tabs__tab-panel react-tabs__tab-panel--selected" role="tabpanel"><div class="sc-lnPyaJ"><span class="sc-dycYrt">Content type</span>
<div class="sc-cWSHoV">application/json</div></div><div class="sc-gFAWRd"><button><div class="sc-jlZhew">Copy</div></button>
<button> Expand all </button><button> Collapse all </button></div><div class="redoc-json"><code>{ "id": "shp_01HV3", "status": "draft" }</code></div>
</div></div></div>`;
const rdHtml = `<!DOCTYPE html>
<html><head><meta charset="utf8" /><title>Packwell Shipping API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { padding: 0; margin: 0; }</style>
<style data-styled="true" data-styled-version="6.1.8">.iKrYxS{font-family:Montserrat,sans-serif;font-weight:400;font-size:1.57143em;}</style>
<script src="https://cdn.redoc.ly/redoc/v2.1.5/bundles/redoc.standalone.js"></script>
</head><body>
<div id="redoc"><div class="sc-kAyceB redoc-wrap"><div class="sc-fqkvVR menu-content" style="top:0px;height:calc(100vh - 0px)">
<div role="search" class="sc-cHqXqK"><svg class="sc-eeDRCY search-icon" version="1.1" viewBox="0 0 1000 1000" x="0px" y="0px"></svg>
<input placeholder="Search..." aria-label="Search" type="text" class="sc-fyVfxW search-input" value=""></div>
<div class="sc-dkmUuB"><div class="scrollbar-container sc-hjsuWn ps"><ul class="sc-gHjVMF" role="menu">
<li tabindex="0" depth="1" data-item-id="section/Authentication" class="sc-hBtRBD"><label class="sc-fTFjTM -depth1" role="menuitem">
<span title="Authentication" class="sc-hzhJZQ">Authentication</span></label></li>
<li tabindex="0" depth="1" data-item-id="section/Rate-limits" class="sc-hBtRBD"><label class="sc-fTFjTM -depth1" role="menuitem">
<span title="Rate limits" class="sc-hzhJZQ">Rate limits</span></label></li>
${rdMenuTags
  .map(
    (t, i) => `<li tabindex="0" depth="1" data-item-id="tag/${t}" class="sc-hBtRBD"><label class="sc-fTFjTM -depth1" role="menuitem">
<span title="${t}" class="sc-hzhJZQ">${t}</span><svg class="sc-cwHptR" version="1.1" viewBox="0 0 24 24"></svg></label>
${
  i === 0
    ? `<ul class="sc-gHjVMF">${rdMenuOps
        .map(
          ([v, o]) => `<li tabindex="0" depth="2" class="sc-hBtRBD"><label role="menuitem" class="sc-fTFjTM -depth2">
<span type="${v}" class="sc-gFqAkR operation-type ${v}">${v}</span><span tabindex="0" width="calc(100% - 38px)" class="sc-hzhJZQ">${o}</span></label></li>`,
        )
        .join('\n')}</ul>`
    : ''
}</li>`,
  )
  .join('\n')}
</ul></div></div>
<div class="sc-eulNck"><a target="_blank" rel="noopener noreferrer" href="https://redocly.com/redoc/">API docs by Redocly</a></div></div>
<div class="sc-iGgWBj api-content"><div class="${rdSc(3)}"><div class="${rdSc(0)} ${rdSc(1)}"><div class="sc-dAlyuH api-info">
<h1 class="sc-jlZhew sc-cwHptR">Packwell Shipping API <span>(2.1.0)</span></h1>
<p>Download OpenAPI specification:<a download="openapi.json" target="_blank" class="sc-uVWWZ">Download</a></p>
<div class="sc-iJQrDy sc-esYiGF sc-iiBnab"><div class="sc-biHcxG"><span>E-mail: <a href="mailto:api@packwell.example">api@packwell.example</a></span>
<span>License: <a href="https://packwell.example/legal/api">Proprietary</a></span> <a href="https://packwell.example/terms">Terms of Service</a></div></div>
<div class="${rdSc(4)} ${rdSc(5)} redoc-markdown" data-role="redoc-summary"></div>
<div class="${rdSc(4)} ${rdSc(5)} redoc-markdown" data-role="redoc-description">${rdIntro.map((p) => `<p>${p}</p>`).join('\n')}</div>
</div></div></div>
<div id="section/Authentication" data-section-id="section/Authentication" class="${rdSc(3)}"><div class="${rdSc(0)} ${rdSc(1)}">
<div class="${rdSc(0)} ${rdSc(2)}">${rdH2('section/Authentication', rdAuthH)}${rdMd(rdAuth)}</div></div></div>
<div id="section/Rate-limits" data-section-id="section/Rate-limits" class="${rdSc(3)}"><div class="${rdSc(0)} ${rdSc(1)}">
<div class="${rdSc(0)} ${rdSc(2)}">${rdH2('section/Rate-limits', rdLimitsH)}${rdMd(rdLimits)}</div></div></div>
<div id="tag/Shipments" data-section-id="tag/Shipments" class="${rdSc(3)} bBkGhy"><div class="${rdSc(0)} ${rdSc(1)}">
<div class="${rdSc(0)} ${rdSc(2)}">${rdH2('tag/Shipments', rdTagH)}</div></div>
<div class="${rdSc(0)} ${rdSc(1)}">${rdMd(rdTag)}</div></div>
<div id="tag/Shipments/operation/createShipment" data-section-id="tag/Shipments/operation/createShipment" class="${rdSc(3)}">
<div class="${rdSc(0)} ${rdSc(1)}"><div class="${rdSc(0)} ${rdSc(2)}">${rdH2('tag/Shipments/operation/createShipment', rdOp1H)}
${rdMd(rdOp1)}
<div class="sc-kpDqfm"><div class="sc-dAbbOL sc-kpDqfm"><h5 class="sc-dAbbOL">Authorizations:</h5><div class="sc-eldPxv">
<span class="sc-fHjqPf">bearerAuth</span></div></div></div>
<h5 class="sc-dAbbOL">Request Body schema: <span class="sc-eldPxv">application/json</span></h5>
<table class="sc-dAbbOL"><tbody>
${rdField('recipient', 'object', rdOp1Fields[0] as string, true)}
${rdField('origin', 'object', rdOp1Fields[1] as string, false)}
${rdField('parcel', 'object', rdOp1Fields[2] as string, true)}
${rdField('reference', 'string &lt;= 64 characters', rdOp1Fields[3] as string, false)}
</tbody></table>
<div><h3 class="sc-dAbbOL">Responses</h3>${rdResp('201', rdOp1Resp[0] as string)}${rdResp('422', rdOp1Resp[1] as string)}</div></div>
${rdRight('post', '/shipments', ['201', '422'])}</div></div>
<div id="tag/Shipments/operation/getShipment" data-section-id="tag/Shipments/operation/getShipment" class="${rdSc(3)}">
<div class="${rdSc(0)} ${rdSc(1)}"><div class="${rdSc(0)} ${rdSc(2)}">${rdH2('tag/Shipments/operation/getShipment', rdOp2H)}
${rdMd(rdOp2)}
<div class="sc-kpDqfm"><div class="sc-dAbbOL sc-kpDqfm"><h5 class="sc-dAbbOL">Authorizations:</h5><div class="sc-eldPxv">
<span class="sc-fHjqPf">bearerAuth</span></div></div></div>
<div><h5 class="sc-dAbbOL">path Parameters</h5><table class="sc-dAbbOL"><tbody>
${rdField('id', 'string', rdOp2Fields[0] as string, true)}
</tbody></table></div>
<div><h3 class="sc-dAbbOL">Responses</h3>${rdResp('200', rdOp2Resp[0] as string)}${rdResp('404', rdOp2Resp[1] as string)}</div></div>
${rdRight('get', '/shipments/{id}', ['200', '404'])}</div></div>
</div><div class="sc-fHCFno"></div></div></div>
<script>const __redoc_state = {"menu":{"activeItemIdx":-1},"spec":{"data":{"openapi":"3.1.0","info":{"title":"Packwell Shipping API"}}}};
var container = document.getElementById('redoc'); Redoc.hydrate(__redoc_state, container);</script>
</body></html>`;
const redoc: TestPage = {
  html: rdHtml,
  name: 'heldout196-redocly-api-reference',
  kind: 'docs',
  // the description's h2s, the tag and the operation h2s are headings; descriptions, schema field descriptions (table
  // data cells) and response descriptions are body; field names, types, "required", verbs, paths, status codes and JSON
  // samples are in neither list; the menu (its entries that repeat the headings are left out), search, "API docs by
  // Redocly", the info line, "Authorizations:" / schema labels, servers and the sample panels' tabs and buttons are furniture
  title: rdTitle,
  headings: [rdAuthH, rdLimitsH, rdTagH, rdOp1H, rdOp2H],
  body: [
    ...texts(rdIntro),
    ...texts(rdAuth),
    ...texts(rdLimits),
    ...texts(rdTag),
    ...texts(rdOp1),
    ...rdOp1Fields,
    ...rdOp1Resp,
    ...texts(rdOp2),
    ...rdOp2Fields,
    ...rdOp2Resp,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...rdMenuTags.slice(1), 'List shipments', 'Cancel a shipment', 'API docs by Redocly', 'Download OpenAPI specification:', 'Download',
    'E-mail: api@packwell.example', 'License: Proprietary', 'Terms of Service', 'Authorizations:', 'bearerAuth', 'Request Body schema: application/json',
    'path Parameters', 'Responses', 'Production', 'Sandbox', 'Request samples', 'Payload', 'Content type', 'Copy', 'Expand all', 'Collapse all',
    'Response samples',
  ]),
};

export const HELDOUT196_C: readonly TestPage[] = [redoc, swaggerUi];
