import { type TestPage, texts } from './page-kit.js';
import { paras, uniq } from './pages-heldout196-kit.js';

/**
 * Held-out batch 196, file c2: a Swagger UI 5 page saved from a Spring service (the top bar with the logo and "Select a
 * definition", the info block with version and OAS stamps, the spec URL, the description, terms, contact and license links,
 * the servers select and "Authorize" button, tag sections with their descriptions and the "Collapse operation" button,
 * expanded operation blocks with summaries, descriptions, "Try it out", parameter and response tables with "No links",
 * the request body with its "Example Value" / "Schema" tabs, and the "Schemas" section with model names).
 */
const swTitle = 'Larkspur Booking API';
const swIntro = paras(`
  Table bookings for restaurants on the Larkspur platform. Partners use this API to show availability on their own sites
  and to create, change and cancel reservations on behalf of guests.

  Every request needs a partner token. Tokens are issued per restaurant group and can see only that group's venues. The
  sandbox at <code>sandbox.larkspur.example</code> accepts the same requests and never sends confirmation messages to guests.

  Errors use the problem format of RFC 9457: a JSON body with a <code>type</code>, a short <code>title</code> and a
  <code>detail</code> written for people. Do not match on the detail text, which may change; match on the type.
`);
const swTag1 = 'Availability';
const swTag1Desc = 'Free tables by venue, date and party size';
const swOp1 = 'List free slots for a venue';
const swOp1Desc = paras(`
  Returns the start times at which a table for the given party size is free, in fifteen-minute steps. Slots already held by
  another guest's unfinished booking are not returned.

  Results are cached for thirty seconds, so a slot can occasionally be taken between this call and the booking. Always be
  ready for a <code>409</code> from the create call.
`);
const swOp1Params = ['Venue identifier, as returned by the venues list.', 'The day to check, in ISO 8601 format.', 'Number of guests, from 1 to 12.'];
const swOp1Resp = ['Free slots, earliest first', 'The venue does not exist or is not visible to this token'];
const swTag2 = 'Reservations';
const swTag2Desc = 'Create, change and cancel table reservations';
const swOp2 = 'Create a reservation';
const swOp2Desc = paras(`
  Books a table for a guest. The slot is held for the request only; if it was taken in the meantime the call fails with
  <code>409</code> and nothing is created.

  The guest receives a confirmation by e-mail or text, depending on which contact detail is given. Pass
  <code>notify: false</code> if your own system sends confirmations.
`);
const swOp2Resp = ['Reservation created', 'The slot is no longer free', 'The request body is not valid'];
const swOp3 = 'Cancel a reservation';
const swOp3Desc = paras(`
  Cancels a reservation and frees its table. Cancelling within two hours of the start time is allowed but is counted as a
  late cancellation in the venue's reports.
`);
const swOp3Params = ['Reservation identifier.'];
const swOp3Resp = ['Reservation cancelled', 'No reservation with this identifier'];
const swModels = ['Slot', 'ReservationRequest', 'Reservation', 'Guest', 'Problem'];
const swRow = (name: string, type: string, where: string, desc: string): string => `<tr data-param-name="${name}" data-param-in="${where}">
<td class="parameters-col_name"><div class="parameter__name required">${name}<span>&nbsp;*</span></div><div class="parameter__type">${type}</div>
<div class="parameter__deprecated"></div><div class="parameter__in">(${where})</div></td>
<td class="parameters-col_description"><div class="renderedMarkdown"><p>${desc}</p></div><input type="text" class="" title="" placeholder="${name}"
value="" disabled></td></tr>`;
const swParams = (rows: string): string => `<div class="table-container"><table class="parameters"><thead><tr>
<th class="col_header parameters-col_name">Name</th><th class="col_header parameters-col_description">Description</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
const swResps = (rows: readonly [string, string][]): string => `<div class="responses-wrapper"><div class="opblock-section-header"><h4>Responses</h4></div>
<div class="responses-inner"><table aria-live="polite" class="responses-table" role="presentation"><thead><tr class="responses-header">
<td class="col_header response-col_status">Code</td><td class="col_header response-col_description">Description</td>
<td class="col col_header response-col_links">Links</td></tr></thead><tbody>
${rows
  .map(
    ([c, d]) => `<tr class="response " data-code="${c}"><td class="response-col_status">${c}</td><td class="response-col_description">
<div class="response-col_description__inner"><div class="renderedMarkdown"><p>${d}</p></div></div>
<section class="response-controls"><div class="response-control-media-type"><small class="response-control-media-type__title">Media type</small>
<div class="content-type-wrapper"><select aria-label="Media Type" class="content-type"><option value="application/json">application/json</option>
</select></div></div></section></td><td class="response-col_links"><i>No links</i></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div>`;
const swOp = (method: string, path: string, id: string, summary: string, desc: readonly string[], inner: string): string => `<div
class="opblock opblock-${method} is-open" id="operations-${id}"><div class="opblock-summary opblock-summary-${method}">
<button aria-label="${method} ${path}" aria-expanded="true" class="opblock-summary-control"><span class="opblock-summary-method">${method.toUpperCase()}</span>
<div class="opblock-summary-path-description-wrapper"><span class="opblock-summary-path" data-path="${path}"><a class="nostyle" href="#/${id}">
<span>${path}</span></a></span><div class="opblock-summary-description">${summary}</div></div>
<svg class="arrow" width="20" height="20" aria-hidden="true" focusable="false"><use href="#large-arrow-up"></use></svg></button>
<div class="view-line-link copy-to-clipboard" title="Copy to clipboard"><svg width="15" height="16"><use href="#copy"></use></svg></div>
<button class="authorization__btn unlocked" aria-label="authorization button unlocked"><svg width="20" height="20"></svg></button></div>
<div class="no-margin"><div class="opblock-body"><div class="opblock-description-wrapper"><div class="opblock-description">
<div class="renderedMarkdown">${desc.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div>
<div class="opblock-section"><div class="opblock-section-header"><div class="tab-header"><div class="tab-item active">
<h4 class="opblock-title"><span>Parameters</span></h4></div></div><div class="try-out"><button class="btn try-out__btn">Try it out </button></div></div>
${inner}</div></div></div></div>`;
const swTag = (tag: string, desc: string, ops: string): string => `<div class="opblock-tag-section is-open">
<h3 class="opblock-tag" id="operations-tag-${tag}" data-tag="${tag}" data-is-open="true"><a class="nostyle" href="#/${tag}"><span>${tag}</span></a>
<small><div class="renderedMarkdown"><p>${desc}</p></div></small><button aria-expanded="true" class="expand-operation" title="Collapse operation">
<svg class="arrow" width="20" height="20" aria-hidden="true" focusable="false"><use href="#large-arrow-up"></use></svg></button></h3>
<div class="no-margin"><div class="operation-tag-content"><span>${ops}</span></div></div></div>`;
const swBody = `<div class="parameters-container"><div class="opblock-description-wrapper"><p>No parameters</p></div></div>
<div class="opblock-section opblock-section-request-body"><div class="opblock-section-header">
<h4 class="opblock-title parameter__name required">Request body</h4>
<label><div class="content-type-wrapper body-param-content-type"><select aria-label="Request content type" class="content-type">
<option value="application/json">application/json</option></select></div></label></div><div class="opblock-description-wrapper"><div>
<div class="model-example"><ul class="tab" role="tablist"><li class="tabitem active" role="presentation"><button aria-selected="true"
class="tablinks" data-name="example" role="tab">Example Value</button></li><li class="tabitem" role="presentation"><button aria-selected="false"
class="tablinks" data-name="model" role="tab">Schema</button></li></ul><div class="highlight-code"><pre class="body-param__example microlight">
<code class="language-json">{ "venueId": "ven_42", "start": "2025-06-14T19:30:00Z", "partySize": 4 }</code></pre></div></div></div></div></div>`;
const swHtml = `<!-- HTML for static distribution bundle build -->
<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Swagger UI</title>
<link rel="stylesheet" type="text/css" href="./swagger-ui.css" /><link rel="stylesheet" type="text/css" href="index.css" />
<link rel="icon" type="image/png" href="./favicon-32x32.png" sizes="32x32" /><link rel="icon" type="image/png" href="./favicon-16x16.png" sizes="16x16" />
</head>
<body>
<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;width:0;height:0"><defs><symbol viewBox="0 0 20 20" id="large-arrow-up">
<path d="M17.418 14.908c-.69.69-1.81.69-2.5 0L10 9.992l-4.918 4.916c-.69.69-1.81.69-2.5 0-.69-.69-.69-1.81 0-2.5L10 4.992l7.418 7.416c.69.69.69 1.81 0 2.5z">
</path></symbol></defs></svg>
<div id="swagger-ui"><section class="swagger-ui swagger-container"><div class="topbar"><div class="wrapper"><div class="topbar-wrapper">
<a rel="noopener noreferrer" class="link"><svg height="40" viewBox="0 0 407 116" width="163"><title>Swagger UI</title></svg></a>
<form class="download-url-wrapper"><label class="select-label" for="select"><span>Select a definition</span><select id="select">
<option value="/v3/api-docs/public">public</option><option value="/v3/api-docs/partner-admin">partner-admin</option></select></label></form>
</div></div></div>
<div class="swagger-ui"><div></div><div class="information-container wrapper"><section class="block col-12"><div class="info"><hgroup class="main">
<h2 class="title">${swTitle}<span><small><pre class="version"> 1.4.0 </pre></small><small class="version-stamp"><pre class="version">OAS 3.0</pre>
</small></span></h2><a target="_blank" href="/v3/api-docs/public" rel="noopener noreferrer" class="link"><span class="url">/v3/api-docs/public</span></a>
</hgroup><div class="description"><div class="renderedMarkdown">${swIntro.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="info__tos"><a target="_blank" href="https://larkspur.example/partners/terms" rel="noopener noreferrer" class="link">Terms of service</a></div>
<div class="info__contact"><div><a href="mailto:partners@larkspur.example" class="link">Contact Larkspur partner support</a></div></div>
<div class="info__license"><a target="_blank" href="https://larkspur.example/partners/licence" rel="noopener noreferrer" class="link">
Larkspur Partner Licence</a></div></div></section></div>
<div class="scheme-container"><section class="schemes wrapper block col-12"><div><span class="servers-title">Servers</span><div class="servers">
<label for="servers"><select><option value="https://api.larkspur.example">https://api.larkspur.example - Production</option>
<option value="https://sandbox.larkspur.example">https://sandbox.larkspur.example - Sandbox</option></select></label></div></div>
<div class="auth-wrapper"><button class="btn authorize unlocked"><span>Authorize</span><svg width="20" height="20"></svg></button></div>
</section></div>
<div class="wrapper"><section class="block col-12 block-desktop col-12-desktop"><div><span>
${swTag(
  swTag1,
  swTag1Desc,
  swOp(
    'get',
    '/venues/{venueId}/slots',
    'Availability/listSlots',
    swOp1,
    swOp1Desc,
    `${swParams(
      [
        swRow('venueId', 'string', 'path', swOp1Params[0] as string),
        swRow('date', 'string($date)', 'query', swOp1Params[1] as string),
        swRow('partySize', 'integer($int32)', 'query', swOp1Params[2] as string),
      ].join('\n'),
    )}
${swResps([
  ['200', swOp1Resp[0] as string],
  ['404', swOp1Resp[1] as string],
])}`,
  ),
)}
${swTag(
  swTag2,
  swTag2Desc,
  `${swOp(
    'post',
    '/reservations',
    'Reservations/createReservation',
    swOp2,
    swOp2Desc,
    `${swBody}
${swResps([
  ['201', swOp2Resp[0] as string],
  ['409', swOp2Resp[1] as string],
  ['422', swOp2Resp[2] as string],
])}`,
  )}
${swOp(
  'delete',
  '/reservations/{reservationId}',
  'Reservations/cancelReservation',
  swOp3,
  swOp3Desc,
  `${swParams(swRow('reservationId', 'string', 'path', swOp3Params[0] as string))}
${swResps([
  ['204', swOp3Resp[0] as string],
  ['404', swOp3Resp[1] as string],
])}`,
)}`,
)}
</span></div></section></div>
<div class="wrapper"><section class="block col-12 block-desktop col-12-desktop"><section class="models is-open"><h4>
<button aria-expanded="true" class="models-control"><span>Schemas</span><svg width="20" height="20" aria-hidden="true" focusable="false"></svg></button></h4>
<div class="no-margin">${swModels
  .map(
    (m) => `<div id="model-${m}" class="model-container" data-name="${m}"><span class="models-jump-to-path"></span><button aria-expanded="false"
class="model-box-control"><span class="pointer"><span class="model-box"><span class="model model-title">${m}</span></span></span>
<span class="model-toggle collapsed"></span><span> </span></button></div>`,
  )
  .join('\n')}</div></section></section></div>
</div></section></div>
<script src="./swagger-ui-bundle.js" charset="UTF-8"> </script>
<script src="./swagger-ui-standalone-preset.js" charset="UTF-8"> </script>
<script src="./swagger-initializer.js" charset="UTF-8"> </script>
</body></html>`;
export const swaggerUi: TestPage = {
  html: swHtml,
  name: 'heldout196-swagger-ui-operations',
  kind: 'docs',
  // the title is the info h2 (its version and OAS stamps are furniture); the tag h3 names and the operation summaries are
  // headings, the tag descriptions, operation descriptions, parameter and response descriptions (table data cells) body;
  // the "Reservation" model is a word of short gold lines, left out; methods, paths, parameter names and types,
  // status codes, column header cells and the JSON example are in neither list
  title: swTitle,
  headings: [swTag1, swOp1, swTag2, swOp2, swOp3],
  body: [
    ...texts(swIntro),
    swTag1Desc,
    ...texts(swOp1Desc),
    ...swOp1Params,
    ...swOp1Resp,
    swTag2Desc,
    ...texts(swOp2Desc),
    ...swOp2Resp,
    ...texts(swOp3Desc),
    ...swOp3Params,
    ...swOp3Resp,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Swagger UI', 'Select a definition', 'public', 'partner-admin', '1.4.0', 'OAS 3.0', '/v3/api-docs/public', 'Terms of service',
    'Contact Larkspur partner support', 'Larkspur Partner Licence', 'Servers', 'https://api.larkspur.example - Production',
    'https://sandbox.larkspur.example - Sandbox', 'Authorize', 'Parameters', 'Try it out', 'No parameters', 'Request body', 'Example Value', 'Schema',
    'Responses', 'Media type', 'No links', 'Schemas', ...swModels.filter((m) => m !== 'Reservation'),
  ]),
};
