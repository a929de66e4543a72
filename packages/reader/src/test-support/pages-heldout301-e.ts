import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout301-kit.js';

/**
 * Held-out batch 301, file e: a property listing on a Rightmove-style React portal (hashed class names, the price and key
 * facts bar, key features list, long description, the agent panel, mortgage calculator and similar properties) and a council
 * planning application on Idox Public Access (the #pa layout, tabs, the simple details table, a comment call and the map link).
 */
const rTitle = 'Orchard House, Back Lane, Little Sowerby';
const rFeat = [
  'Detached Victorian farmhouse',
  'Four double bedrooms',
  'Walled garden of around a third of an acre',
  'Stone outbuilding with planning consent',
  'Oil-fired central heating',
  'No onward chain',
];
const rHead = 'Property description';
const rDesc = [
  j(
    'Orchard House is a handsome red-brick farmhouse built in 1868 and set back from a quiet lane on the edge of Little Sowerby. The house',
    'has been in the same family for over forty years and, while it would benefit from some updating, it retains many original features,',
    'including sash windows, panelled doors and two working fireplaces.',
  ),
  j(
    'The front door opens into a wide reception hall with a quarry-tiled floor and a staircase rising to the first floor. To the left is a',
    'sitting room with a bay window overlooking the front garden, and to the right a dining room with an open fire and built-in dresser.',
  ),
  j(
    'At the back of the house the farmhouse kitchen has a four-oven range cooker, a flagstone floor and a door to the garden. A utility',
    'room, a boot room and a ground-floor shower room complete the accommodation downstairs.',
  ),
  j(
    'Upstairs there are four double bedrooms, two with views across open fields towards the Sowerby hills, and a family bathroom with a',
    'roll-top bath. A loft ladder gives access to a boarded attic which could be converted, subject to the usual consents.',
  ),
  j(
    'Outside, the walled garden is laid mainly to lawn with old apple and pear trees, herbaceous borders and a vegetable plot. A gravel',
    'drive provides parking for several cars. The stone outbuilding has planning consent for conversion to a one-bedroom annexe.',
  ),
  j(
    'Little Sowerby has a village hall, a pub and a primary school rated good. The market town of Wrenby, with its shops and railway',
    'station, is four miles away.',
  ),
];
const rFacts = ['PROPERTY TYPE', 'Detached house', 'BEDROOMS', '×4', 'BATHROOMS', '×2', 'SIZE', '2,150 sq ft', 'TENURE', 'Freehold'];
const rNav = ['Buy', 'Rent', 'House Prices', 'Find Agent', 'Commercial', 'Inspire', 'Sign in'];
const rSim = ['4 bedroom detached house for sale, Church Street, Wrenby', '3 bedroom cottage for sale, The Green, Great Sowerby'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>4 bedroom detached house for sale in Back Lane, Little Sowerby</title>
<meta property="og:type" content="website"><meta name="description" content="4 bedroom detached house for sale in Back Lane, Little Sowerby for £675,000.">
<script>window.PAGE_MODEL =
{"propertyData":{"id":"148822013","bedrooms":4,"bathrooms":2,"prices":{"primaryPrice":"£675,000"}},"metadata":{"copyLinkUrl":""}};</script>
<link rel="stylesheet" href="/static/css/property-details.a1f3.css"></head><body><div id="root">
<header class="_3XnxC8cp8ZJ1pZ6aLUT6Fz"><a class="_1x3Kf6ZP8-dS9Yz5Wq0x3v"
href="/">Homefinder</a><nav><ul>${links(rNav, '_2bkcvWf4zNf2U3P2wDqKpn')}</ul></nav></header>
<main><div class="_1kck3jRw2PGQSOEy3Lihgp"><a href="/property-for-sale/find.html?searchLocation=Wrenby">Back to search results</a></div>
<div class="_2uGNfP4v5SSYyfx3rZngKM"><div class="_3vtt8Wxjq3zg2ESlgSS9Mq">Photo 1 of 24</div><button>Floorplan</button><button>Virtual tour</button></div>
<article class="_2fFy6nQs_hX4a6WEDR-B-6"><div class="_1gfnqJ3Vtd1z40MlC0MzXu"><span>£675,000</span></div><div class="_1q3dx8PQU8WWiT7uw7J9Ck">Guide Price</div>
<h1 class="_2uQQ3SV0eMHL1P6t5ZDo2q" itemprop="streetAddress">${rTitle}</h1>
<div class="_2nk2x6QhNB1UrxdI5KpvaF">Added on 12/03/2026</div>
<dl class="_3gIoc-NFXILAOZEaEjJi1n">${rFacts
  .map((t, k) =>
    k % 2 === 0
      ? `<dt class="ZBWaPR-rIda6ikyKpB_E2">${t}</dt>`
      : `<dd
class="_1hV1kqpVceE9m-QrX_hWDN">${t}</dd>`,
  )
  .join('')}</dl>
<div class="OD0O7FWw1TjbTD4sdRi1_"><h2 class="_1Ufr6dDbR8Wv7CcLVQXGRz">Key features</h2><ul class="_1uI3IvdF5sIuBtRIvKrreQ">
${rFeat.map((t) => `<li class="lIhZ24u1NHMa5Y6gDH90A">${t}</li>`).join('\n')}</ul></div>
<div class="STw8udCxUaBUMfOOZu0iL _3nPVwR0HZYQah5tkVJHFh5"><h2 class="_1Ufr6dDbR8Wv7CcLVQXGRz">${rHead}</h2><div class="_3nPVwR0HZYQah5tkVJHFh5">
<div class="STw8udCxUaBUMfOOZu0iL">${rDesc.join(`<br><br>`)}</div></div><button class="_1sbr2iq_HnJcC_3gLR2SrM">Read full description</button></div>
<div class="_2CdMEPuAVXHxzb5evl1Rb8"><h2>Council tax</h2><p>Band: F</p><h2>Energy performance certificate (EPC)</h2><p>EPC rating: E</p></div>
<div class="_3K8Ufkk7FnwHtDcaKJd5u7"><h2>Mortgage calculator</h2><p>Estimated monthly payment based on a 10% deposit over 25
years.</p><button>Calculate</button></div></article>
<aside class="_1p1JvkN8bR3XG9oRs0E4E2"><div class="_3ZDsT7V3NycDR2f4wMrwVb"><h3>Marketed by</h3><p class="_2rTPddC0YvrcYaJHg9wfTP">Fenwick &amp; Dale,
Wrenby</p>
<p>Call agent: 01632 960 418</p><button>Request details</button><button>Save</button></div>
<div><h3>Similar properties</h3><ul>${links(rSim)}</ul></div></aside></main>
<footer class="_2nVtWgxpZ1X2Dk2Qv0hjM1"><p>Homefinder Group plc. Registered in
England.</p><ul>${links(['About', 'Careers', 'Privacy policy', 'Cookies'])}</ul></footer>
<div id="cookieBanner"><p>We use cookies to show you properties you'll love.</p><button>Accept all</button><button>Manage cookies</button></div></div>
<script src="/static/js/property-details.7b2e.js"></script></body></html>`;
const listing: TestPage = {
  name: 'heldout301-homefinder-react-property-listing',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Key features', rHead],
  body: [...rFeat, ...rDesc],
  bylines: ['Added on 12/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Homefinder', ...rNav, 'Back to search results', 'Photo 1 of 24', 'Floorplan', 'Virtual tour', '£675,000', 'Guide Price',
...rFacts.filter((t) => t.length > 2), 'Read full description',
    'Council tax', 'Band: F', 'Energy performance certificate (EPC)', 'EPC rating: E', 'Mortgage calculator',
    'Estimated monthly payment based on a 10% deposit over 25 years.', 'Calculate', 'Marketed by', 'Fenwick & Dale, Wrenby', 'Call agent: 01632 960 418',
    'Request details', 'Save', 'Similar properties', ...rSim, 'Homefinder Group plc. Registered in England.', 'Careers', 'Privacy policy',
    "We use cookies to show you properties you'll love.", 'Accept all', 'Manage cookies',
  ],
};

const pTitle = 'Planning – Application Summary';
const pProposal = j(
  'Change of use of former Methodist chapel (Use Class F1) to four self-contained dwellings (Use Class C3), including insertion of',
  'conservation rooflights to the north and south roof slopes, replacement of the 1960s rear vestry with a single-storey extension,',
  'provision of cycle and refuse stores and landscaping of the former burial ground frontage.',
);
const pCells = [
  '25/01187/FUL',
  'PP-13822904',
  'Thu 18 Dec 2025',
  'Mon 05 Jan 2026',
  'Old Methodist Chapel, Tanyard Lane, Coldharbour, HX7 2QN',
  pProposal,
  'Awaiting decision',
  'Unknown',
];
const pRows = ['Reference', 'Alternative Reference', 'Application Received', 'Application Validated', 'Address', 'Proposal', 'Status', 'Appeal Status'];
const pNote = [
  j(
    'The applicant’s heritage statement says the chapel has been empty since 2019 and that the scheme keeps the gallery, the arched',
    'windows and the pulpit wall visible in the two upper flats. Amended drawings moving the refuse store away from the boundary wall',
    'were received on 24 February 2026 and a further period of consultation runs until 17 March 2026.',
  ),
];
const pTabs = ['Summary', 'Further Information', 'Contacts', 'Important Dates', 'Constraints', 'Documents (38)', 'Map'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Planning – Application Summary</title>
<meta name="description" content="Calderbrook Council Public Access"><link rel="stylesheet" href="/online-applications/css/pa.css">
<script type="text/javascript">var contextPath = '/online-applications'; var keyVal = 'S4XK1RHW0LM00';</script></head>
<body><div id="idox"><div id="header"><a href="https://www.calderbrook.example">Calderbrook Council</a><ul id="headerlinks">
${links(['Home', 'Saved Searches', 'Notified Applications', 'Register', 'Login'])}</ul></div>
<div id="pa"><div class="container"><div id="breadcrumbs"><a href="/online-applications/search.do?action=simple">Search</a> &gt; Planning Applications &gt;
Summary</div>
<div class="content"><h1>${pTitle}</h1><div id="pageheading"><div class="addressCrumb"><span class="description">${pProposal}</span>
<span class="address">${pCells[4]}</span></div></div>
<div class="tabcontainer"><ul class="tabs">${pTabs.map((t, k) => `<li${k === 0 ? ' class="active"' : ''}><a href="/t${k}">${t}</a></li>`).join('')}</ul>
<div class="tabcontainer-activity"><p class="commentsCount">Comments Received: 14</p><a class="button primary" href="/online-applications/comment">Comment on
this application</a>
<a class="button" href="/track">Track</a></div></div>
<div class="tabcontent" id="simpleDetails"><table id="simpleDetailsTable" summary="Application summary">
${pRows.map((r, k) => `<tr><th scope="row">${r}</th><td>${pCells[k]}</td></tr>`).join('\n')}</table>
<div class="officerNote"><h2>Case notes</h2>${ps(pNote)}</div></div>
<div id="applicationDetailsAction"><p>You can view the documents, plans and consultee responses on the Documents tab.</p>
<p>Comments must be received by the consultation expiry date to be taken into account.</p></div></div></div></div>
<div id="footer"><ul>${links(['Accessibility statement', 'Privacy notice', 'Disclaimer'])}</ul><p>© Calderbrook Council 2026</p>
<p>Powered by Public Access</p></div>
<div id="cookiePolicyBanner"><p>This site uses cookies to store information on your computer.</p><button>I agree</button></div></div></body></html>`;
const planning: TestPage = {
  name: 'heldout301-idox-public-access-planning-application',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Case notes'],
  body: texts([...pCells, ...pNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Calderbrook Council', 'Home', 'Saved Searches', 'Notified Applications', 'Register', 'Login', 'Search', 'Planning Applications', ...pTabs,
    'Comments Received: 14', 'Comment on this application', 'Track', 'You can view the documents, plans and consultee responses on the Documents tab.',
    'Comments must be received by the consultation expiry date to be taken into account.', 'Accessibility statement', 'Privacy notice', 'Disclaimer',
    '© Calderbrook Council 2026', 'Powered by Public Access', 'This site uses cookies to store information on your computer.', 'I agree',
  ],
};

export const HELDOUT301_E: readonly TestPage[] = [listing, planning];
