import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';
import { jsonSchema } from './pages-heldout373-e2.js';

/**
 * Held-out batch 373, file e: an API reference rendered from an OpenAPI document by Redoc, a JavaScript framework's markup
 * with styled-components class names (search box and operation menu with HTTP badges, "API docs by Redocly", the info block
 * with the download link, contact and licence, operation sections with Authorizations, parameter tables, the Responses list
 * and the dark right panel of request and response samples) and, from file e2, a JSON Schema specification page.
 */
const oTitle = 'Parcelway Shipping API (2.4.0)';
const oIntro = [
  j(
    'The Parcelway Shipping API lets merchants create shipments, buy postage and follow parcels from the warehouse to the',
    'doorstep. All request and response bodies use JSON, and every timestamp is given in UTC in ISO 8601 format.',
  ),
];
const oAuth = [
  j(
    'Every request must carry an API key in the <code>Authorization</code> header. Keys are created in the merchant dashboard',
    'and can be limited to test mode, in which no postage is charged and no carrier is contacted.',
  ),
];
const oLimits = [
  j(
    'Each key may send 120 requests per minute. When the limit is reached the API answers with status 429 and a',
    '<code>Retry-After</code> header giving the number of seconds to wait.',
  ),
];
const oErrors = [
  j(
    'Errors are returned with a 4xx or 5xx status and a body holding a machine-readable <code>code</code>, a human-readable',
    '<code>message</code> and, for validation errors, a list of the fields that were rejected.',
  ),
  j(
    'Clients should retry 5xx errors with an increasing delay. A request that creates something may be retried safely when it',
    'carries an <code>Idempotency-Key</code> header, because the API returns the original result for a repeated key within',
    'twenty-four hours.',
  ),
];
const oCreate = [
  j(
    'Creates a shipment from a sender address, a recipient address and one or more parcels. The response lists the rates',
    'offered by each carrier; no postage is bought until one of the rates is selected.',
  ),
];
const oCreateParams: readonly (readonly [string, string, string])[] = [
  ['sender_id', 'string', 'The identifier of a saved sender address.'],
  ['recipient', 'object', 'The recipient’s name, street address, postcode and country code.'],
  ['parcels', 'Array of objects', 'Between one and ten parcels, each with a weight in grams and outer dimensions in millimetres.'],
];
const oGet = [
  j('Returns a shipment with its current tracking status. Tracking events are added as carriers report them, usually within', 'fifteen minutes of a scan.'),
];
const oGetParams: readonly (readonly [string, string, string])[] = [['shipment_id', 'string', 'The identifier returned when the shipment was created.']];
const oMenu = ['Overview', 'Authentication', 'Rate limits', 'Errors', 'Shipments', 'Create a shipment', 'Get a shipment', 'Webhooks'];
const param = ([n, t, d]: readonly [string, string, string], req: boolean): string => `<tr><td kind="field" title="${n}" class="sc-dcJsrY sc-jHvJLv">
<span class="sc-gjLLEI"></span><span class="property-name">${n}</span>${req ? '<div class="sc-bXCLTC sc-fhHczv">required</div>' : ''}</td>
<td class="sc-fQpRED"><div><div><span class="sc-bXCLTC sc-eyvILC"></span><span class="sc-bXCLTC sc-hjsuWn">${t}</span></div>
<div><div class="sc-eeDRCY sc-eBMEME sc-dCFHLb sc-kHNtIk hjEyOx eYeXPe redoc-markdown"><p>${d}</p></div></div></div></td></tr>`;
const op = (id: string, method: string, path: string, title: string, desc: readonly string[], params: string, code: string): string => `
<div id="tag/Shipments/operation/${id}" data-section-id="tag/Shipments/operation/${id}" class="sc-dcJsrY dOqgNE"><div class="sc-kAyceB jZfRWh">
<div class="sc-fqkvVR kahnCI">
<h2 class="sc-jXbUNg fAlEzE"><a class="sc-dAlyuH jHrYnl" href="#tag/Shipments/operation/${id}" aria-label="${id}"></a>${title}</h2>
<div class="sc-eeDRCY sc-eBMEME gTVmAo redoc-markdown">${ps(desc)}</div>
<div class="sc-dAbbOL kLiSeE"><div class="sc-xKhEK dGCbKo"><h5 class="sc-jMakVo sc-ikkxIA dfWRjI kENkFm">Authorizations:</h5>
<div class="sc-dJiZtA hQWJZr"><span class="sc-cBYhjr eHRlYa"><i>api_key</i></span></div></div></div>
<h5 class="sc-jMakVo sc-ikkxIA dfWRjI kENkFm">${params}</h5>
<div><h3 class="sc-imWYAI jjOrYR">Responses</h3><div><button class="sc-gEvEer fIbnWQ"><strong class="sc-bWOGAC dfGOLe">${code} </strong>
<div class="sc-eeDRCY sc-eBMEME sc-eDPEul gTVmAo dNAuKG sc-kbousE fQaTbr"><p>OK</p></div></button></div></div></div>
<div class="sc-iGgWBj sc-gsFSXq gatqmx dgIeEG"><div class="sc-jsJBEP sc-bBeLUv vamLB gsFOOV"><button class="sc-bDumWk kyyhvA"><span type="${method}"
class="sc-iHGNWf gaGvvw http-verb ${method}">${method}</span><span class="sc-eZYNyq cEvqfn">${path}</span></button></div>
<div><h3 class="sc-jdUcAg ksZNIo"> Request samples </h3><div class="sc-dtBdUo jdWDrP"><ul class="react-tabs__tab-list" role="tablist">
<li class="react-tabs__tab react-tabs__tab--selected tab-success" role="tab" aria-selected="true">Payload</li></ul>
<div class="react-tabs__tab-panel react-tabs__tab-panel--selected" role="tabpanel"><div class="sc-iGgWBj sc-gsFSXq"><span class="sc-cfxfcM">Content type</span>
<div class="sc-gFqAkR">application/json</div></div><div class="sc-dCFHLb"><button>Copy</button> <button>Expand all</button> <button>Collapse all</button></div>
<div class="sc-iGgWBj sc-gsFSXq redoc-json"><code><span class="token punctuation">{</span>...<span class="token punctuation">}</span></code></div></div></div>
<h3 class="sc-jdUcAg ksZNIo"> Response samples </h3><div class="sc-dtBdUo jdWDrP"><ul class="react-tabs__tab-list" role="tablist">
<li class="react-tabs__tab react-tabs__tab--selected tab-success" role="tab">${code}</li></ul></div></div></div></div></div>`;
const oHtml = `<!DOCTYPE html><html><head><meta charset="utf8"><title>Parcelway Shipping API</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>body{padding:0;margin:0}</style>
<style data-styled="true" data-styled-version="6.1.13">.dOqgNE{padding:40px 0}.http-verb.post{background-color:#186FAF}</style>
<script>window.__redoc_state = {"menu":{"activeItemIdx":-1},"spec":{"data":{"openapi":"3.1.0","info":{"title":"Parcelway Shipping API","version":"2.4.0"}}}};
</script></head><body><div id="redoc"><div class="sc-lcIPJg irovRV redoc-wrap">
<div class="sc-fHjqPf ddCbmU menu-content" style="top:0px;height:calc(100vh - 0px)">
<div role="search" class="sc-hABBmJ cIQVZa"><svg class="sc-kOPcWz ckUaoU search-icon" version="1.1" viewBox="0 0 1000 1000" x="0px"
y="0px"></svg><input placeholder="Search..." aria-label="Search" type="text" class="sc-eyvILC sc-hjsuWn dfZRLM search-input" value=""></div>
<div class="sc-fBWQRz ebyRCL scrollbar-container undefined"><ul class="sc-dChVcU kNjPIR" role="menu">
${oMenu
  .map(
    (m) => `<li tabindex="0" depth="1" class="sc-hknOHE jHeuxc">
<label class="sc-gFqAkR sc-hRJfrW iJKiKK"><span title="${m}" class="sc-fYmhhH hemlpR">${m}</span></label></li>`,
  )
  .join('\n')}
</ul>
<div class="sc-iEXKAA dlpksl"><a target="_blank" rel="noopener noreferrer" href="https://github.com/Redocly/redoc">API docs by Redocly</a></div></div></div>
<div class="sc-gFAWRd sc-cEzcPc fxeiMo btqbZm api-content"><div class="sc-dcJsrY dOqgNE"><div class="sc-kAyceB jZfRWh"><div class="sc-fqkvVR kahnCI api-info">
<h1 class="sc-jlZhew sc-cwHptR fAlEzE cHzAvS">Parcelway Shipping API <span>(2.4.0)</span></h1>
<p>Download OpenAPI specification<!-- -->:<a download="openapi.json" target="_blank" class="sc-kpDqfm cTUfTv">Download</a></p>
<div class="sc-eeDRCY sc-eBMEME gTVmAo"><div class="sc-dkmUuB dcmrfF"><span>E-mail: <a href="mailto:api@parcelway.example">api@parcelway.example</a></span>
<span>License: <a href="https://www.apache.example/licenses/LICENSE-2.0">Apache 2.0</a></span>
<a href="https://parcelway.example/terms">Terms of Service</a></div></div>
<div class="sc-eeDRCY sc-eBMEME gTVmAo sc-iJnaPW gJbDmf redoc-markdown"><h2 id="section/Overview">Overview</h2>${ps(oIntro)}
<h2 id="section/Authentication">Authentication</h2>${ps(oAuth)}<h2 id="section/Rate-limits">Rate limits</h2>${ps(oLimits)}
<h2 id="section/Errors">Errors</h2>${ps(oErrors)}</div></div></div></div>
<div id="tag/Shipments" data-section-id="tag/Shipments" class="sc-dcJsrY dOqgNE"><div class="sc-kAyceB jZfRWh"><div class="sc-fqkvVR kahnCI">
<h2 class="sc-jXbUNg fAlEzE"><a class="sc-dAlyuH jHrYnl" href="#tag/Shipments" aria-label="tag/Shipments"></a>Shipments</h2></div></div></div>
${op(
  'createShipment',
  'post',
  '/v2/shipments',
  'Create a shipment',
  oCreate,
  `Request Body schema: <span class="sc-kOHTFB">application/json</span></h5>
<table class="sc-dHMioH gMnAoL"><tbody>${oCreateParams.map((p) => param(p, true)).join('\n')}</tbody></table><h5 class="sc-jMakVo">`,
  '201',
)}
${op(
  'getShipment',
  'get',
  '/v2/shipments/{shipment_id}',
  'Get a shipment',
  oGet,
  `path Parameters</h5>
<table class="sc-dHMioH gMnAoL"><tbody>${oGetParams.map((p) => param(p, true)).join('\n')}</tbody></table><h5 class="sc-jMakVo">`,
  '200',
)}
</div><div class="sc-kYxDKI iOfFGz"></div></div></div>
<script>const __redoc_state = window.__redoc_state; Redoc.hydrate(__redoc_state, document.getElementById("redoc"));</script></body></html>`;
const redoc: TestPage = {
  name: 'heldout373-redoc-openapi-reference',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['Overview', 'Authentication', 'Rate limits', 'Errors', 'Shipments', 'Create a shipment', 'Get a shipment'],
  body: texts([...oIntro, ...oAuth, ...oLimits, ...oErrors, ...oCreate, ...oCreateParams.map((p) => p[2]), ...oGet, ...oGetParams.map((p) => p[2])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Webhooks', 'API docs by Redocly', 'Download OpenAPI specification:', 'Download', 'E-mail: api@parcelway.example', 'License: Apache 2.0',
    'Terms of Service', 'Authorizations:', 'api_key', 'Request Body schema: application/json', 'path Parameters', 'Responses', 'Request samples',
    'Response samples', 'Payload', 'Content type', 'Copy', 'Expand all', 'Collapse all', '/v2/shipments', '/v2/shipments/{shipment_id}',
  ],
};

export const HELDOUT373_E: readonly TestPage[] = [redoc, jsonSchema];
