import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout355-kit.js';

/**
 * Held-out batch 355, file a: a Google Patents granted-patent page (search header, metadata column with inventors, assignee,
 * dates and the events timeline, abstract, description with its heading elements, claims, citation and similar-document tables,
 * footer) and an Espacenet classic bibliographic-data page (short main text: title and abstract among the biblio table).
 */
const gTitle = 'US11902514B2 - Modular seed tray with capillary wicking base - Google Patents';
const gAbstract = [
  j(
    'A modular seed tray includes a cell plate with a plurality of growing cells and a separable base reservoir. Each cell has a',
    'tapered floor with a wicking aperture, and a fibrous wick strip held in a channel of the base draws water upward into the cells',
    'so that seedlings are watered from below without flooding the upper surface of the growing medium.',
  ),
];
const gDesc: [string, string[]][] = [
  [
    'TECHNICAL FIELD',
    [
      j(
        '[0001] The present disclosure relates generally to horticultural containers and, more particularly, to seed trays in which',
        'water is supplied to the growing medium from a reservoir located beneath the cells.',
      ),
    ],
  ],
  [
    'BACKGROUND',
    [
      j(
        '[0002] Seed trays are commonly watered from above with a can or a mist nozzle. Overhead watering tends to wash fine seed out',
        'of position, compacts the surface of the medium and keeps the stems of young plants wet, which encourages damping-off disease.',
      ),
      j(
        '[0003] Bottom-watering trays are known in which a solid tray stands in a shallow pan. Such trays either dry out unevenly,',
        'because the medium in the corner cells loses contact with the water, or they remain saturated and starve the roots of air.',
      ),
    ],
  ],
  [
    'SUMMARY',
    [
      j(
        '[0004] In one aspect, a modular seed tray comprises a cell plate and a base reservoir that nests beneath it. The floor of',
        'each cell slopes towards a central wicking aperture, and a continuous wick strip runs along a channel in the base so that',
        'every aperture sits directly above a portion of the strip.',
      ),
      j(
        '[0005] Because the wick, rather than the medium, is in contact with the water, the rate of supply is governed by the',
        'capillary properties of the strip and is largely the same for every cell in the plate.',
      ),
    ],
  ],
  [
    'DETAILED DESCRIPTION',
    [
      j(
        '[0006] Referring to FIG. 1, the cell plate 10 is moulded from recycled polypropylene and includes twenty-four cells 12',
        'arranged in four rows. Each cell 12 has a tapered floor 14 and a wicking aperture 16 approximately four millimetres across.',
      ),
      j(
        '[0007] The base reservoir 20 includes a pair of parallel channels 22 that receive the wick strip 30. In the illustrated',
        'embodiment the wick strip 30 is a needle-punched felt of recycled polyester about three millimetres thick. Ribs 24 on the',
        'floor of the reservoir hold the strip clear of sediment.',
      ),
      j(
        '[0008] An overflow notch 26 in the side wall of the reservoir limits the depth of water to fifteen millimetres, so that the',
        'floors 14 of the cells never stand in free water. A grower may separate the cell plate from the base to inspect the roots',
        'without disturbing the seedlings.',
      ),
    ],
  ],
];
const gClaims = [
  j(
    '1. A modular seed tray comprising: a cell plate having a plurality of growing cells, each cell having a tapered floor and a',
    'wicking aperture; a base reservoir configured to nest beneath the cell plate; and a wick strip received in a channel of the base',
    'reservoir such that each wicking aperture is positioned above a portion of the wick strip.',
  ),
  '2. The modular seed tray of claim 1, wherein the wick strip comprises a needle-punched felt of recycled polyester.',
  '3. The modular seed tray of claim 1, wherein the base reservoir comprises ribs that support the wick strip above a floor of the reservoir.',
  '4. The modular seed tray of claim 1, wherein a side wall of the base reservoir defines an overflow notch limiting a depth of water.',
  '5. The modular seed tray of claim 4, wherein the depth of water is limited to below the tapered floors of the growing cells.',
  j(
    '6. A method of germinating seed comprising: filling the cells of the modular seed tray of claim 1 with a growing medium;',
    'sowing seed in the medium; and supplying water only to the base reservoir.',
  ),
];
const gNav = ['Patents', 'Scholar', 'Advanced Search', 'Sign in'];
const gCited = [
  ['US9403122B1', '2013-02-11', '2016-08-02', 'Greenway Trays Inc.', 'Self-watering nursery flat'],
  ['US10334511B2', '2016-09-30', '2019-07-02', 'Harrow Polymer Works', 'Plant propagation tray with drainage lattice'],
];
const gSimilar = ['Sub-irrigated planter with removable wick cartridge', 'Capillary mat for greenhouse benches and method of making the same'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${gTitle}</title>
<meta name="description" content="A modular seed tray includes a cell plate with a plurality of growing cells and a separable base reservoir.">
<meta name="DC.type" content="patent"><meta name="DC.title" content="Modular seed tray with capillary wicking base">
<meta name="DC.contributor" content="Marisol Quenby" scheme="inventor"><meta name="DC.contributor" content="Fernhollow Growers Supply LLC"
scheme="assignee"><meta name="citation_patent_number" content="US:11902514"><meta name="citation_pdf_url"
content="https://patentimages.storage.example/5e/41/US11902514.pdf"><link rel="canonical" href="https://patents.google.com/patent/US11902514B2/en">
<link rel="stylesheet" href="//fonts.googleapis.example/css?family=Roboto:400,400italic,500"><script>window.WebComponents=window.WebComponents||{};</script>
</head><body unresolved><search-app><header class="style-scope search-app"><div id="appbar" class="style-scope search-app">
<a href="/" id="logo" class="style-scope search-app" aria-label="Google Patents home"></a>
<nav class="style-scope search-app"><ul>${links(gNav, 'style-scope search-app')}</ul></nav></div></header>
<article class="result style-scope patent-result" itemscope itemtype="http://schema.org/ScholarlyArticle">
<h1 itemprop="pageTitle">${gTitle}</h1>
<span itemprop="title">Modular seed tray with capillary wicking base
</span>
<a href="https://patentimages.storage.example/5e/41/US11902514.pdf" itemprop="pdfLink">Download PDF</a>
<a href="https://worldwide.espacenet.example/publicationDetails/biblio?CC=US&amp;NR=11902514B2">Find Prior Art</a>
<a href="/similar?q=US11902514B2">Similar</a>
<dl><dt>Inventor</dt><dd itemprop="inventor" repeat>Marisol Quenby</dd><dd itemprop="inventor" repeat>Tobiah Linscott</dd>
<dt>Current Assignee</dt><dd itemprop="assigneeCurrent" repeat>Fernhollow Growers Supply LLC</dd>
<dt>Worldwide applications</dt><dd><a href="/patent/US11902514B2/en">2022 US</a></dd>
<dt>Application US17/839,205 events</dt>
<dd itemprop="events" itemscope repeat><time itemprop="date" datetime="2021-06-14">2021-06-14</time>
<span itemprop="title">Priority to US202163210345P</span></dd>
<dd itemprop="events" itemscope repeat><time itemprop="date" datetime="2022-06-13">2022-06-13</time>
<span itemprop="title">Application filed by Fernhollow Growers Supply LLC</span></dd>
<dd itemprop="events" itemscope repeat><time itemprop="date" datetime="2024-02-20">2024-02-20</time>
<span itemprop="title">Application granted</span></dd>
<dd itemprop="events" itemscope repeat><span itemprop="title">Status</span> <span itemprop="description">Active</span></dd>
<dd itemprop="events" itemscope repeat><time itemprop="date" datetime="2042-07-09">2042-07-09</time>
<span itemprop="title">Adjusted expiration</span></dd></dl>
<section itemprop="abstract" itemscope><h2>Abstract</h2>
<div itemprop="content" html><abstract mxw-id="PA512230918" lang="EN" load-source="patent-office">
<div class="abstract">${gAbstract.join('')}</div></abstract></div></section>
<section itemprop="images"><figure itemprop="images" itemscope repeat><img itemprop="thumbnail"
src="https://patentimages.storage.example/US11902514-D00001.png"
alt="Figure US11902514-D00001"><figcaption>Figure US11902514-D00001</figcaption></figure>
<span itemprop="full">Images (4)</span></section>
<section><h2>Classifications</h2><ul><li itemprop="cpcs" itemscope repeat><span itemprop="Code">A01G9/029</span>
<span itemprop="Description">Receptacles for seedlings</span></li></ul></section>
<section itemprop="description" itemscope><h2>Description</h2>
<div itemprop="content" html><div mxw-id="PDES389102145" lang="EN" load-source="patent-office" class="description">
${gDesc
  .map(
    ([h, ps], i) => `<heading id="h-000${i + 1}">${h}</heading>
${ps.map((p, k) => `<div id="p-000${i + k + 1}" num="000${i + k + 1}" class="description-paragraph">${p}</div>`).join('\n')}`,
  )
  .join('\n')}
</div></div></section>
<section itemprop="claims" itemscope><h2>Claims (<span itemprop="count">6</span>)</h2>
<div itemprop="content" html><div mxw-id="PCLM66102831" lang="EN" load-source="patent-office" class="claims">
${gClaims.map((c, i) => `<div id="CLM-0000${i + 1}" num="0000${i + 1}" class="claim"><div class="claim-text">${c}</div></div>`).join('\n')}
</div></div></section>
<section><h2>Patent Citations (2)</h2><table><thead><tr><th>Publication number</th><th>Priority date</th><th>Publication date</th><th>Assignee</th>
<th>Title</th></tr></thead><tbody>
${gCited.map((r) => `<tr itemprop="backwardReferences" itemscope repeat>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table><p>* Cited by examiner, † Cited by third party</p></section>
<section><h2>Similar Documents</h2><table><tbody>
${gSimilar.map((t) => `<tr itemprop="similarDocuments" itemscope repeat><td><span itemprop="title">${t}</span></td></tr>`).join('\n')}
</tbody></table></section>
</article><footer class="style-scope search-app"><a href="https://policies.example/privacy">Privacy Policy</a>
<a href="https://policies.example/terms">Terms</a><a href="/feedback">Send feedback</a>
<span>Data provided by IFI CLAIMS Patent Services</span></footer></search-app>
<script src="/static/js/search-app.min.js"></script></body></html>`;
const googlePatents: TestPage = {
  name: 'heldout355-google-patents-patent',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Abstract', 'Description', ...gDesc.map(([h]) => h), 'Claims (6)'],
  body: texts([...gAbstract, ...gDesc.flatMap(([, ps]) => ps), ...gClaims]),
  bylines: ['Marisol Quenby', 'Tobiah Linscott', '2021-06-14', '2022-06-13', '2024-02-20', '2042-07-09'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Download PDF', 'Find Prior Art', 'Similar', 'Inventor', 'Current Assignee',
    'Fernhollow Growers Supply LLC', 'Worldwide applications', '2022 US', 'Application US17/839,205 events', 'Priority to US202163210345P',
    'Application filed by Fernhollow Growers Supply LLC', 'Application granted', 'Active', 'Adjusted expiration', 'Figure US11902514-D00001',
    'Images (4)', 'Classifications', 'A01G9/029', 'Receptacles for seedlings', 'Patent Citations (2)', 'Publication number', 'Priority date',
    'Publication date', ...gCited.flat(), '* Cited by examiner, † Cited by third party', 'Similar Documents', ...gSimilar, 'Privacy Policy',
    'Terms', 'Send feedback', 'Data provided by IFI CLAIMS Patent Services',
  ],
};

const eTitle = 'Folding bicycle hinge with self-centring locking cam';
const eAbstract = [
  j(
    'A hinge for the main tube of a folding bicycle comprises two hinge halves joined by a pivot pin and a locking cam mounted on',
    'one half. When the frame is unfolded, a tapered nose of the cam enters a matching recess in the other half and draws the two',
    'faces together, so that small manufacturing tolerances are taken up and the joint remains free of play.',
  ),
  j(
    'A spring-loaded safety catch prevents the cam from opening while the rider is seated, and a wear indicator on the cam lever',
    'shows when the nose should be replaced. (Fig. 2)',
  ),
];
const eNav = ['Search', 'Results', 'My patents list', 'Query history', 'Settings', 'Help'];
const eTabs = ['Bibliographic data', 'Description', 'Claims', 'Mosaics', 'Original document', 'Cited documents', 'Citing documents', 'INPADOC legal status'];
const eRows: [string, string][] = [
  ['Applicant(s):', 'VELOKANT GMBH [DE]'],
  ['Classification:', 'B62K15/00; B62K15/006'],
  ['Application number:', 'EP20230187744 20230905'],
  ['Priority number(s):', 'DE20221023417 20220906'],
  ['Also published as:', 'DE102022123417 (A1) CN117622281 (A)'],
];
const eHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Espacenet - Bibliographic data</title><meta name="description" content="${eTitle}" />
<link rel="stylesheet" type="text/css" href="/publicationDetails/css/espacenet.css" />
<script type="text/javascript">var ops={"cc":"EP","nr":"4339107","kc":"A1","lang":"en"};</script></head>
<body class="publicationDetails"><div id="skipLinks"><a href="#pagebody">Skip to content</a></div>
<div id="header"><div id="logoEPO"><a href="https://www.epo.example/"><img src="/images/epo-logo.gif" alt="European Patent Office" /></a></div>
<div id="logoEspacenet">Espacenet</div><ul id="globalNavigation">${links(eNav)}</ul></div>
<div id="cookieBanner" class="epoCookieBanner"><p>We use cookies to make this site work and to measure how it is used.</p>
<a href="#" class="button">Accept</a> <a href="/help?topic=cookies">More information</a></div>
<div id="pagebody"><div id="contentNavigation"><ul class="tabs">${links(eTabs, 'tab')}</ul></div>
<div id="contentHeader"><p class="backToResults"><a href="/searchResults">Back to results list</a></p>
<h3>Bibliographic data: EP4339107 (A1) ― 2024-03-20</h3>
<div class="publicationTools"><a href="/favorites/add">In my patents list</a> <a href="/reportError">Report data error</a>
<a href="/print">Print</a></div></div>
<div id="publicationInfoColumn"><h1 class="printTitle">${eTitle}</h1>
<table class="tableType3"><tbody>
<tr><th>Page bookmark</th><td><a href="/publicationDetails/biblio?CC=EP&amp;NR=4339107A1">EP4339107 (A1) - ${eTitle}</a></td></tr>
<tr><th>Inventor(s):</th><td><span class="inventors">HOLLSTEDT MAREIKE [DE]; ANDRESEN PIM [NL]</span></td></tr>
${eRows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('\n')}
</tbody></table>
<div id="biblio-abstract-content" class="application-content"><h3>Abstract of EP4339107 (A1)</h3>
${eAbstract.map((p) => `<p class="printAbstract" lang="en">${p}</p>`).join('\n')}
</div></div>
<div id="rightColumn"><div class="box"><h4>Quick help</h4><ul><li><a href="/help?topic=biblio">What does A1, A2, A3 and B stand for?</a></li>
<li><a href="/help?topic=inpadoc">What is the INPADOC legal status?</a></li></ul></div></div></div>
<div id="footer"><ul>${links(['Legal notice', 'Accessibility', 'Privacy statement'])}</ul>
<p>Espacenet: free access to millions of patent documents</p></div></body></html>`;
const espacenet: TestPage = {
  name: 'heldout355-espacenet-biblio',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Abstract of EP4339107 (A1)'],
  body: texts(eAbstract),
  bylines: ['HOLLSTEDT MAREIKE [DE]; ANDRESEN PIM [NL]', 'Bibliographic data: EP4339107 (A1) ― 2024-03-20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Espacenet', ...eNav, 'We use cookies to make this site work and to measure how it is used.', 'Accept', 'More information',
    ...eTabs, 'Back to results list', 'In my patents list', 'Report data error', 'Print', 'Page bookmark', `EP4339107 (A1) - ${eTitle}`,
    'Inventor(s):', ...eRows.flat(), 'Quick help', 'What does A1, A2, A3 and B stand for?',
    'What is the INPADOC legal status?', 'Legal notice', 'Accessibility', 'Privacy statement', 'Espacenet: free access to millions of patent documents',
  ],
};

export const HELDOUT355_A: readonly TestPage[] = [googlePatents, espacenet];
