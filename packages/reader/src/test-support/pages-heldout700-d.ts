import { links, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout700-kit.js';

/**
 * Held-out batch 700, file d: a city council's open-data API reference rendered by Redoc (redoc-cli static build:
 * styled-components class names, side menu with verb badges, API info with download link and contact / licence line,
 * markdown sections, tag and operation sections with parameter tables, response buttons and the right-hand panel of
 * endpoint, tabs and JSON response samples), and a borough council's guidance page built on the GOV.UK Design System
 * (cookie banner, phase banner, breadcrumbs, caption, lead paragraph, metadata, contents list, inset and warning text, a
 * details component, a start button, related links, print link, "Is this page useful?" and the licence footer).
 */
const rTitle = 'Kestlemere Open Data API (1.4.0)';
const rIntro = [
  j(
    'The Kestlemere Open Data API gives read-only access to datasets published by Kestlemere City Council: planning',
    'applications, bin collection days, councillors and ward boundaries, and the results of local elections since 2010.',
  ),
  j(
    'All data is published under the Open Government Licence v3.0. You may copy, publish and adapt it, including for',
    'commercial use, as long as you credit Kestlemere City Council.',
  ),
  'The base URL for version 1 is:',
];
const rBase = 'https://api.kestlemere.gov.uk/v1';
const rAuth = [
  j(
    'Most endpoints can be called without a key. If you expect to make more than 1,000 requests a day, register for a free',
    'key on the open data portal and send it in the <code>X-Api-Key</code> header:',
  ),
];
const rCurl = 'curl -H "X-Api-Key: YOUR_KEY" https://api.kestlemere.gov.uk/v1/planning/applications';
const rRate = [
  j(
    'Requests without a key are limited to 60 a minute per IP address, and requests with a key to 600 a minute. When you',
    'exceed the limit the API returns <code>429 Too Many Requests</code> with a <code>Retry-After</code> header giving the',
    'number of seconds to wait.',
  ),
  'Data is refreshed at these times:',
];
const rRateList = [
  'Planning applications: every night at 02:00',
  'Bin collection days: every Monday',
  'Election results: within two working days of the count',
];
type Param = { name: string; required?: boolean; type: string; extra?: string; desc: string };
type Op = {
  id: string;
  title: string;
  path: string;
  desc: string;
  where: string;
  params: Param[];
  responses: [string, string][];
  sample: string[];
};
const rOps: [string, string, Op[]][] = [
  [
    'Planning',
    'Planning applications received since 1 January 2010, with their status and decision.',
    [
      {
        id: 'listApplications',
        title: 'List planning applications',
        path: '/planning/applications',
        desc: j('Returns planning applications, newest first, 50 to a page. Use the filters to narrow the list down to a ward, a', 'status or a date range.'),
        where: 'query',
        params: [
          { name: 'ward', type: 'string', desc: 'Nine-character ward code, for example <code>E05011234</code>.' },
          {
            name: 'status',
            type: 'string',
            extra: 'Enum: "received" "validated" "decided" "withdrawn"',
            desc: 'Where the application is in the process.',
          },
          { name: 'received_after', type: 'string &lt;date&gt;', desc: 'Only applications received on or after this date, as YYYY-MM-DD.' },
          { name: 'page', type: 'integer &gt;= 1', extra: 'Default: 1', desc: 'Page number.' },
        ],
        responses: [
          ['200', 'A page of applications'],
          ['400', 'A query parameter was not valid'],
        ],
        sample: [
          '{',
          '"total": 1842,',
          '"page": 1,',
          '"results": [',
          '{',
          '"reference": "27/00412/FUL",',
          '"address": "14 Orchard Row, Kestlemere KM4 2DL",',
          '"ward": "E05011234",',
          '"status": "validated",',
          '"received": "2027-02-26"',
          '}',
          ']',
          '}',
        ],
      },
      {
        id: 'getApplication',
        title: 'Get a planning application',
        path: '/planning/applications/{reference}',
        desc: 'Returns one application with its documents and the decision notice, if there is one.',
        where: 'path',
        params: [{ name: 'reference', required: true, type: 'string', desc: 'The application reference, for example <code>27/00412/FUL</code>.' }],
        responses: [
          ['200', 'The application'],
          ['404', 'No application with this reference'],
        ],
        sample: ['{', '"reference": "27/00412/FUL",', '"decision": "approved",', '"decided": "2027-04-09"', '}'],
      },
    ],
  ],
  [
    'Waste',
    'Bin and recycling collections for addresses in the city.',
    [
      {
        id: 'getCollections',
        title: 'Bin collection days for an address',
        path: '/waste/collections/{uprn}',
        desc: j(
          'Returns the next collection date for each bin at an address. Addresses are identified by their Unique Property',
          'Reference Number (UPRN), which you can look up with the <code>/addresses</code> search.',
        ),
        where: 'path',
        params: [{ name: 'uprn', required: true, type: 'string', desc: 'Unique Property Reference Number of the address.' }],
        responses: [
          ['200', 'Collection days'],
          ['404', 'No address with this UPRN'],
        ],
        sample: ['{', '"uprn": "100090412233",', '"collections": [', '{', '"bin": "recycling",', '"next": "2027-03-16"', '}', ']', '}'],
      },
    ],
  ],
];
const rSections: [string, string][] = [
  ['Authentication', `${rAuth.map((t) => `<p>${t}</p>`).join('')}<pre><code>${rCurl.replace(/"/g, '&quot;')}</code></pre>`],
  ['Rate limits', `${rRate.map((t) => `<p>${t}</p>`).join('\n')}<ul>${lis(rRateList)}</ul>`],
];
/** A styled-components class name, as Redoc's build gives each styled element (a fixed sequence, so the page is stable). */
let scSeed = 42;
const sc = (): string => {
  const a = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  scSeed = (scSeed * 48271 + 7) % 2147483647;
  let s = 'sc-';
  let v = scSeed;
  for (let i = 0; i < 6; i++) {
    s += a[v % 52] ?? 'a';
    v = Math.floor(v / 52) + i * 7;
  }
  return s;
};
const md = (html: string): string => `<div class="${sc()} ${sc()} redoc-markdown">${html}</div>`;
const jsonLine = (t: string): string => {
  const m = /^("[^"]+"): (.*?)(,?)$/.exec(t);
  if (m === null) return `<span class="token punctuation">${t}</span>`;
  const v = m[2] ?? '';
  const cls = v.startsWith('"') ? 'string' : /^\d/.test(v) ? 'number' : 'punctuation';
  return `<span class="property token string">${m[1]}</span>: <span class="token
${cls}">${v}</span>${m[3] === '' ? '' : '<span class="token punctuation">,</span>'}`;
};
const jsonHtml = (lines: string[]): string =>
  `<div class="redoc-json"><code>\n${lines.map((t) => `<div class="hoverable">${jsonLine(t)}</div>`).join('\n')}\n</code></div>`;
const paramRow = (p: Param): string => `<tr><td kind="field" title="${p.name}" class="${sc()} ${sc()}"><span class="${sc()}"></span>
<span class="property-name">${p.name}</span>${p.required === true ? `\n<div class="${sc()}">required</div>` : ''}</td>
<td class="${sc()}"><div>
<div><span class="${sc()}"></span><span class="${sc()}">${p.type}</span></div>
${p.extra === undefined ? '' : `<div><span class="${sc()}">${p.extra}</span></div>\n`}<div>${md(`<p>${p.desc}</p>`)}</div>
</div></td></tr>`;
const paramText = (p: Param): string => [p.name, p.required === true ? 'required' : '', p.type, p.extra ?? '', p.desc].filter((t) => t !== '').join(' ');
const opHtml = (tag: string, o: Op): string => `<div id="tag/${tag}/operation/${o.id}" data-section-id="tag/${tag}/operation/${o.id}" class="${sc()}">
<div data-section-id="tag/${tag}/operation/${o.id}" class="${sc()}"><div class="${sc()}">
<h2 class="${sc()} ${sc()}"><a class="${sc()}" href="#tag/${tag}/operation/${o.id}" aria-label="tag/${tag}/operation/${o.id}"></a>${o.title}</h2>
${md(`<p>${o.desc}</p>`)}
<div><h5 class="${sc()}">${o.where} Parameters</h5><table class="${sc()}"><tbody>
${o.params.map(paramRow).join('\n')}
</tbody></table></div>
<div><h3 class="${sc()}">Responses</h3>
${o.responses
  .map(
    ([code, text]) => `<div><button class="${sc()}" aria-expanded="false"><svg class="${sc()}" viewBox="0 0 24 24" aria-hidden="true"><polygon
points="17.3 8.3 12 13.6 6.7 8.3 5.3 9.7 12 16.4 18.7 9.7 "></polygon></svg><strong class="${sc()}">${code} </strong>
${md(`<p>${text}</p>`)}</button></div>`,
  )
  .join('\n')}</div></div>
<div class="${sc()} ${sc()}"><div class="${sc()}"><button class="${sc()}"><span type="get" class="${sc()} http-verb get">get</span>
<span class="${sc()}">${o.path}</span><svg class="${sc()}" aria-hidden="true"></svg></button>
<div aria-hidden="true" class="${sc()}"><div class="${sc()}"><div class="${sc()}"><span>https://api.kestlemere.gov.uk/v1</span>${o.path}</div></div></div></div>
<div><h3 class="${sc()}"> Response samples </h3><div class="${sc()}" data-rttabs="true"><ul class="react-tabs__tab-list" role="tablist">
${o.responses
  .map(
    ([code], i) => `<li class="react-tabs__tab${i === 0 ? ' react-tabs__tab--selected' : ''} tab-${code === '200' ? 'success' : 'error'}" role="tab"
id="tab:R${o.id}:${i}" aria-selected="${i === 0}" aria-disabled="false" aria-controls="panel:R${o.id}:${i}" tabindex="${i === 0 ? 0 : -1}"
data-rttab="true">${code}</li>`,
  )
  .join('\n')}</ul>
<div class="react-tabs__tab-panel react-tabs__tab-panel--selected" role="tabpanel" id="panel:R${o.id}:0" aria-labelledby="tab:R${o.id}:0"><div>
<div class="${sc()}"><span class="${sc()}">Content type</span><div class="${sc()}">application/json</div></div>
<div class="${sc()}"><div class="${sc()}"><div class="${sc()}"><button><div class="${sc()}">Copy</div></button>
<button> Expand all </button><button> Collapse all </button></div>
<div class="${sc()} ${sc()}">${jsonHtml(o.sample)}</div></div></div></div></div>
<div class="react-tabs__tab-panel" role="tabpanel" id="panel:R${o.id}:1" aria-labelledby="tab:R${o.id}:1"></div></div></div></div></div></div>`;
const menuItem = (id: string, label: string, depth: number, verb = ''): string => `<li tabindex="0" depth="${depth}" data-item-id="${id}" class="${sc()}">
<label class="${sc()} -depth${depth}" role="menuitem">${verb === '' ? '' : `<span type="${verb}" class="${sc()} ${sc()} operation-type ${verb}">${verb}</span>`}
<span title="${label}" width="calc(100% - 38px)" class="${sc()} ${sc()}">${label}</span></label></li>`;
const rHtml = `<!DOCTYPE html>
<html><head><meta charset="utf8"><title>Kestlemere Open Data API</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Reference for the Kestlemere City Council open data API">
<style>body { padding: 0; margin: 0; }</style>
<script src="https://cdn.redoc.ly/redoc/v2.1.5/bundles/redoc.standalone.js"></script>
<style data-styled="true" data-styled-version="6.1.8">.bYSUyh{width:calc(100% - 260px);padding:0 40px;}/*!sc*/
.fcAqoX{width:260px;background-color:#fafafa;overflow:hidden;display:flex;flex-direction:column;backface-visibility:hidden;height:100vh;position:sticky;}/*!sc*/
data-styled.g1[id="sc-eDPEul"]{content:"fcAqoX,"}/*!sc*/</style>
<link href="https://fonts.googleapis.com/css?family=Montserrat:300,400,700|Roboto:300,400,700" rel="stylesheet"></head>
<body><div id="redoc"><div class="${sc()} ${sc()} redoc-wrap"><div class="${sc()} menu-content" style="top:0px;height:calc(100vh - 0px)">
<div role="search" class="${sc()}"><svg class="${sc()} search-icon" version="1.1" viewBox="0 0 1000 1000" x="0px" y="0px"></svg>
<input placeholder="Search..." aria-label="Search" type="text" class="${sc()} search-input" value=""></div>
<div class="${sc()} scrollbar-container undefined"><ul role="menu" class="${sc()}">
${menuItem('section/Authentication', 'Authentication', 1)}
${menuItem('section/Rate-limits', 'Rate limits', 1)}
${rOps
  .map(
    ([tag, , ops]) => `<li tabindex="0" depth="1" data-item-id="tag/${tag}" class="${sc()}"><label class="${sc()} -depth1" role="menuitem"><span
title="${tag}" class="${sc()}">${tag}</span><svg class="${sc()}" viewBox="0 0 24 24" aria-hidden="true"><polygon points="17.3 8.3 12 13.6 6.7 8.3 5.3 9.7 12
16.4 18.7 9.7 ">
</polygon></svg></label><ul class="${sc()}">
${ops.map((o) => menuItem(`tag/${tag}/operation/${o.id}`, o.title, 2, 'get')).join('\n')}</ul></li>`,
  )
  .join('\n')}
</ul><div class="${sc()}"><a target="_blank" rel="noopener noreferrer" href="https://redocly.com/redoc/">API docs by Redocly</a></div></div></div>
<div class="${sc()}"><div class="${sc()}"><svg class="" style="transform:translate(2px, -4px) rotate(180deg);transition:transform 0.2s ease"
viewBox="0 0 926.23699 573.74994" version="1.1" x="0px" y="0px" width="15" height="15"></svg></div></div>
<div class="${sc()} api-content"><div class="${sc()}"><div class="${sc()}"><div class="${sc()} ${sc()} api-info">
<h1 class="${sc()} ${sc()}">Kestlemere Open Data API<!-- --> <span>(<!-- -->1.4.0<!-- -->)</span></h1>
<p>Download OpenAPI specification<!-- -->:<a download="openapi.json" target="_blank" class="${sc()}">Download</a></p>
<div class="${sc()} ${sc()}"><div class="${sc()}"><span>Contact: <a href="mailto:opendata@kestlemere.gov.uk">Open Data Team</a></span>
<span>URL: <a href="https://data.kestlemere.gov.uk">https://data.kestlemere.gov.uk</a></span></div>
<span>License: <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a></span></div>
<div data-role="redoc-summary" class="${sc()} ${sc()}"></div>
<div data-role="redoc-description" class="${sc()} ${sc()}">${rIntro.map((t) => `<p>${t}</p>`).join('\n')}
<pre><code>${rBase}</code></pre></div></div></div></div>
${rSections
  .map(
    ([h, body]) => `<div id="section/${h.replace(/ /g, '-')}" data-section-id="section/${h.replace(/ /g, '-')}" class="${sc()}"><div class="${sc()}">
<div class="${sc()}"><h1 class="${sc()}"><a class="${sc()}" href="#section/${h.replace(/ /g, '-')}" aria-label="section/${h.replace(/ /g, '-')}"></a>${h}</h1>
</div></div><div class="${sc()}">${md(body)}</div></div>`,
  )
  .join('\n')}
${rOps
  .map(
    ([tag, desc, ops]) => `<div id="tag/${tag}" data-section-id="tag/${tag}" class="${sc()}"><div class="${sc()}"><div class="${sc()}">
<h1 class="${sc()} ${sc()}"><a class="${sc()}" href="#tag/${tag}" aria-label="tag/${tag}"></a>${tag}</h1></div></div>
<div class="${sc()}">${md(`<p>${desc}</p>`)}</div></div>
${ops.map((o) => opHtml(tag, o)).join('\n')}`,
  )
  .join('\n')}
</div><div class="${sc()}"></div></div></div>
<script>const __redoc_state = {"menu":{"activeItemIdx":-1},"spec":{"data":{"openapi":"3.0.3","info":{"title":"Kestlemere Open Data API","version":"1.4.0"}}},
"options":{"hideDownloadButton":false,"expandResponses":""}};
var container = document.getElementById('redoc'); Redoc.hydrate(__redoc_state, container);</script></body></html>`;
const rOpsAll = rOps.flatMap(([, , ops]) => ops);
const redoc: TestPage = gold({
  name: 'heldout700-redoc-open-data-api',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Authentication', 'Rate limits', ...rOps.flatMap(([tag, , ops]) => [tag, ...ops.map((o) => o.title)])],
  body: texts([
    ...rIntro,
    rBase,
    ...rAuth,
    rCurl,
    ...rRate,
    ...rRateList,
    ...rOps.flatMap(([, desc, ops]) => [
      desc,
      ...ops.flatMap((o) => [o.desc, ...o.params.map(paramText), ...o.responses.map(([c, t]) => `${c} ${t}`), o.sample.join(' ')]),
    ]),
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'get', 'API docs by Redocly', 'Download OpenAPI specification:', 'Download', 'Contact: Open Data Team', 'URL: https://data.kestlemere.gov.uk',
    'License: Open Government Licence v3.0', 'query Parameters', 'path Parameters', 'Responses', ...rOpsAll.map((o) => o.path),
    ...rOpsAll.map((o) => `https://api.kestlemere.gov.uk/v1${o.path}`), 'Response samples', '200', '400', '404', 'Content type', 'application/json',
    'Copy', 'Expand all', 'Collapse all',
  ],
});

const uTitle = 'Apply to close a road for a street party';
const uLead = j(
  'You can ask the council to close your road for a few hours so that you and your neighbours can hold a street party. It is',
  'free if you apply at least 6 weeks before the party.',
);
const uSecs: [string, string, string[]][] = [
  [
    'who-can-apply',
    'Who can apply',
    [
      'p:Any resident can apply to close the road they live on. You will need to:',
      'li:be 18 or over',
      'li:live on the road you want to close',
      'li:tell everyone who lives on the part of the road you want to close, and give them at least 2 weeks to object',
      'p:You can only close a quiet residential road.',
      'sum:What counts as a quiet residential road',
      j(
        'det:A quiet residential road is one that is not a bus route, does not give the only access to a hospital, fire station',
        'or care home, and is not used as a through route between 2 main roads. If you are not sure, contact the Highways and',
        'Events team before you apply.',
      ),
    ],
  ],
  [
    'when-to-apply',
    'When to apply',
    [
      'p:Apply at least 6 weeks before the date of the party. We cannot accept applications more than 6 months in advance.',
      j(
        'inset:For parties on the late May and August bank holiday weekends, apply at least 10 weeks before. We get many more',
        'applications for those dates.',
      ),
    ],
  ],
  [
    'what-it-costs',
    'What it costs',
    [
      'p:There is no charge for a street party road closure on a quiet residential road if you apply in time.',
      'p:If you apply less than 6 weeks before the party, there is a late fee of £45. We cannot guarantee to process late applications.',
    ],
  ],
  [
    'how-to-apply',
    'How to apply',
    [
      'p:You’ll need:',
      'li:the name of the road and the house numbers at each end of the closure',
      'li:the date, and the start and finish times (closures can run between 10am and 9pm)',
      'li:the name and phone number of someone who will be at the party all day',
      'start:',
      j(
        'p:You can also apply by post using the <a class="govuk-link" href="/documents/street-party-form.pdf">paper application form',
        '(PDF, 212 KB)</a>. Send it to Highways and Events, Ambersea Borough Council, Civic Centre, Ambersea AM1 1AA.',
      ),
    ],
  ],
  [
    'on-the-day',
    'Closing the road on the day',
    [
      'warn:You must not close the road until you have received your closure notice from us. You could be fined if you put up barriers without one.',
      j(
        'p:We will lend you road closure signs and 4 barriers free of charge. You must collect them from the Ambersea depot on',
        'Quarry Lane on the working day before the party and return them on the next working day.',
      ),
      'p:Keep a clear route at least 3.5 metres wide so that emergency vehicles can get through at all times.',
    ],
  ],
  [
    'insurance',
    'Insurance',
    [
      j(
        'p:You do not need public liability insurance for a small party that only residents attend. If you are planning bouncy',
        'castles, a barbecue or a stage, we recommend that you get it. Some community groups can arrange cover for around £60 a day.',
      ),
    ],
  ],
];
const kind = (t: string): [string, string] => {
  const i = t.indexOf(':');
  return [t.slice(0, i), t.slice(i + 1)];
};
const uRender = (items: string[]): string => {
  const out: string[] = [];
  let list: string[] = [];
  let details = '';
  for (const item of items) {
    const [k, t] = kind(item);
    if (k !== 'li' && list.length > 0) {
      out.push(`<ul class="govuk-list govuk-list--bullet">${lis(list)}</ul>`);
      list = [];
    }
    if (k === 'p') out.push(`<p class="govuk-body">${t}</p>`);
    else if (k === 'li') list.push(t);
    else if (k === 'sum') details = t;
    else if (k === 'det')
      out.push(`<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">${details}</span>
</summary><div class="govuk-details__text">${t}</div></details>`);
    else if (k === 'inset') out.push(`<div class="govuk-inset-text">${t}</div>`);
    else if (k === 'warn')
      out.push(`<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text">
<span class="govuk-visually-hidden">Warning</span>${t}</strong></div>`);
    else
      out.push(`<a href="/street-party/apply" role="button" draggable="false" class="govuk-button govuk-button--start" data-module="govuk-button">Start
now<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true"
focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg></a>`);
  }
  if (list.length > 0) out.push(`<ul class="govuk-list govuk-list--bullet">${lis(list)}</ul>`);
  return out.join('\n');
};
const uNav = ['Bins and recycling', 'Council tax', 'Housing', 'Parking', 'Planning', 'Roads and travel'];
const uCrumbs = ['Home', 'Roads, travel and parking', 'Road closures'];
const uRelated = ['Hire a community hall', 'Apply for a temporary event notice', 'Report a problem with a road'];
const uFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact'];
const uHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${uTitle} - Ambersea Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<link rel="icon" sizes="48x48" href="/assets/rebrand/images/favicon.ico"><link rel="manifest" href="/assets/rebrand/manifest.json">
<link rel="stylesheet" href="/assets/application-4f8e1d.css"><meta property="og:title" content="${uTitle}">
<meta name="description" content="How to ask Ambersea Borough Council to close your road for a street party, and what it costs.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${uTitle}","datePublished":"2027-03-04T09:00:00+00:00",
"dateModified":"2027-03-18T11:30:00+00:00","publisher":{"@type":"GovernmentOrganization","name":"Ambersea Borough Council"}}</script></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled' +
('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Ambersea Borough Council"><div class="govuk-cookie-banner__message
govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies
on Ambersea Borough Council</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use the site and improve our services.</p></div></div></div>
<div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button">Accept additional cookies</button>
<button type="button" class="govuk-button" data-module="govuk-button">Reject additional cookies</button>
<a class="govuk-link" href="/cookies">View cookies</a></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo"><a href="/"
class="govuk-header__link govuk-header__link--homepage"><span class="govuk-header__logotype-text">Ambersea Borough Council</span></a></div>
<div class="govuk-header__content"><nav aria-label="Menu" class="govuk-header__navigation"><button type="button" class="govuk-header__menu-button
govuk-js-header-toggle" aria-controls="navigation" hidden>Menu</button><ul id="navigation" class="govuk-header__navigation-list">${uNav
  .map((t) => `<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('\n')}</ul></nav></div></div></header>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag
govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service. Help us improve it and <a class="govuk-link"
href="/feedback" target="_blank">give your feedback (opens in new tab)</a>.</span></p></div>
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">${uCrumbs
  .map((t) => `<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></li>`)
  .join('\n')}</ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-xl">Guidance</span><h1 class="govuk-heading-xl">${uTitle}</h1><p class="govuk-body-l">${uLead}</p>
<div class="gem-c-metadata" data-module="metadata"><dl class="gem-c-metadata__list"><dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a class="govuk-link" href="/council/highways-and-events">Highways and Events team</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">4 March 2027</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">18 March 2027 <span class="gem-c-metadata__definition-link"><a
href="#full-publication-update-history" class="govuk-link">— See all updates</a></span></dd></dl></div>
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">${uSecs
  .map(
    ([id, h]) => `<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><span class="gem-c-contents-list__list-item-dash"
aria-hidden="true"></span><a class="gem-c-contents-list__link govuk-link" href="#${id}">${h}</a></li>`,
  )
  .join('\n')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">
${uSecs.map(([id, h, items]) => `<h2 id="${id}" class="govuk-heading-l">${h}</h2>\n${uRender(items)}`).join('\n')}
</div>
<div class="gem-c-published-dates" id="full-publication-update-history" lang="en"><p class="gem-c-published-dates__text">Published 4 March 2027<br>
Last updated 18 March 2027 <a href="#full-history" class="govuk-link gem-c-published-dates__toggle">+ show all updates</a></p>
<div class="gem-c-published-dates__change-history" id="full-history"><ol class="gem-c-published-dates__list"><li class="gem-c-published-dates__change-item">
<time class="gem-c-published-dates__change-date" datetime="2027-03-18T11:30:00.000+00:00">18 March 2027</time>
<p class="gem-c-published-dates__change-note">Added the deadline for bank holiday parties.</p></li><li class="gem-c-published-dates__change-item">
<time class="gem-c-published-dates__change-date" datetime="2027-03-04T09:00:00.000+00:00">4 March 2027</time>
<p class="gem-c-published-dates__change-note">First published.</p></li></ol></div></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this
page</button></div></div>
<div class="govuk-grid-column-one-third"><aside class="app-related-items" role="complementary"><h2 class="govuk-heading-m" id="subsection-title">Related
content</h2><nav role="navigation" aria-labelledby="subsection-title"><ul class="govuk-list
govuk-!-font-size-16">${links(uRelated)}</ul></nav></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt"
tabindex="-1"><div class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions"><div
class="gem-c-feedback__prompt-question-answer"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul class="gem-c-feedback__option-list">
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-page-is-useful">Yes <span
class="govuk-visually-hidden">this page is useful</span></button></li><li class="gem-c-feedback__option-list-item"><button class="govuk-button
gem-c-feedback__prompt-link js-page-is-not-useful">No <span class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div></div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-success js-prompt-success" role="alert" hidden>Thank you for your feedback</div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-questions--something-is-wrong js-prompt-questions"><button class="govuk-button
govuk-button--secondary gem-c-feedback__prompt-link js-something-is-wrong" aria-expanded="false">Report a problem with this
page</button></div></div></div></div>
</main></div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item
govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${uFoot
  .map((t) => `<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('\n')}</ul><svg aria-hidden="true" focusable="false" class="govuk-footer__licence-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 483.2 195.7"
height="17" width="41"></svg><span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link"
href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise
stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="/council">© Ambersea Borough
Council</a></div></div></div></footer>
<script type="module" src="/assets/govuk-frontend.min.js"></script>
<script type="module">import { initAll } from '/assets/govuk-frontend.min.js'; initAll()</script>
</body></html>`;
const uItems = uSecs.flatMap(([, , items]) => items.map(kind).filter(([k]) => k !== 'start'));
const govuk: TestPage = gold({
  name: 'heldout700-govuk-street-party',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uSecs.map(([, h]) => h),
  body: texts([uLead, ...uItems.map(([, t]) => t)]),
  bylines: ['From: Highways and Events team', 'Published 4 March 2027', 'Last updated 18 March 2027', '18 March 2027', '4 March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on Ambersea Borough Council', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use the site and improve our services.', 'Accept additional cookies',
    'Reject additional cookies', 'View cookies', 'Skip to main content', 'Ambersea Borough Council', ...uNav, 'Beta',
    'This is a new service. Help us improve it and give your feedback (opens in new tab).', ...uCrumbs, 'Guidance', '— See all updates', 'Contents',
    ...uSecs.map(([, h]) => h), 'Warning', 'Start now', '+ show all updates', 'Added the deadline for bank holiday parties.', 'First published.',
    'Print this page', 'Related content', ...uRelated, 'Is this page useful?', 'Yes this page is useful', 'No this page is not useful',
    'Report a problem with this page', 'Support links', ...uFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated',
    '© Ambersea Borough Council',
  ],
});

export const HELDOUT700_D: readonly TestPage[] = [redoc, govuk];
