import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout281-kit.js';

/**
 * Held-out batch 281, file d2: a Google Patents-style patent page, a data page (Polymer app shell, the metadata column
 * with inventors, assignee, dates and legal events, the abstract, the description with its custom <heading> elements,
 * the claims in nested claim-text divs, the "Cited By" and "Similar Documents" tables, the footer).
 */
const gTitle = 'Collapsible rain barrel with a self-draining overflow collar';
const gHeads = ['Abstract', 'Description', 'BACKGROUND', 'SUMMARY', 'DETAILED DESCRIPTION', 'Claims (6)'];
const gAbstract = [
  j(
    'A collapsible rain barrel includes a flexible wall supported by a series of hoops, a rigid base with an outlet valve,',
    'and an overflow collar near the top of the wall. The collar defines a channel that slopes toward a spout so that water above',
    'the fill line drains away from the barrel, and the collar stiffens the wall when the barrel is full.',
  ),
];
const gBack = [
  j(
    '[0001] Rain barrels collect water from a roof downspout for later use in a garden. Rigid barrels are bulky to store in the',
    'winter and to ship, while collapsible barrels made of fabric tend to bulge and sag when full and often overflow onto the',
    'ground around their base, which can undermine the surface on which they stand.',
  ),
];
const gSum = [
  j(
    '[0002] The present disclosure provides a collapsible barrel whose overflow is directed to a single spout. In one embodiment',
    'the overflow collar is formed of a semi-rigid polymer and is clipped to the uppermost hoop, so that the collar also holds the',
    'top of the wall in a round shape when the barrel is full.',
  ),
];
const gDet = [
  j(
    '[0003] Referring to FIG. 1, the barrel 10 has a wall 12 of coated polyester fabric, hoops 14a to 14d sewn into sleeves',
    'in the wall, and a base 16 moulded from polyethylene. An outlet valve 18 is threaded into the base.',
  ),
  j(
    '[0004] The overflow collar 20 has an inner lip 22 that rests on the top hoop 14d and an outer rim 24. The floor of the',
    'channel between lip and rim falls by about 2 degrees toward a spout 26, to which a hose can be fitted.',
  ),
  j(
    '[0005] When the barrel is folded for storage, the hoops nest inside one another and the collar is unclipped and laid on the',
    'base, giving a package about one fifth of the height of the filled barrel.',
  ),
];
const gClaims = [
  j(
    '1. A collapsible rain barrel comprising: a flexible wall; a plurality of hoops supporting the wall; a rigid base having an outlet;',
    'and an overflow collar attached to an uppermost hoop.',
  ),
  '2. The rain barrel of claim 1, wherein the overflow collar defines a channel that slopes toward a spout.',
  '3. The rain barrel of claim 2, wherein the channel falls by between 1 and 4 degrees.',
  '4. The rain barrel of claim 1, wherein the collar is formed of a semi-rigid polymer and holds the uppermost hoop in a round shape.',
  '5. The rain barrel of claim 1, wherein the hoops nest inside one another when the barrel is folded.',
  '6. A method of storing the rain barrel of claim 1, comprising unclipping the collar, folding the wall and laying the collar on the base.',
];
const gCited = [
  ['US12001877B2', '2022-03-14', '2024-06-04', 'Garrowby Outdoor Ltd', 'Stackable water butt with overflow diverter'],
  ['US20240188412A1', '2022-09-02', '2024-06-13', 'Petrel Home Products Inc', 'Fabric water storage container'],
  ['CN116555102A', '2023-01-20', '2023-08-08', 'Ningwu Plastics Co', 'Foldable rainwater collection bucket'],
];
const gLegal = [
  '2021-05-18',
  'Application filed by Cobble &amp; Fern LLC',
  '2022-11-24',
  'Publication of US20220370914A1',
  '2023-08-22',
  'Application granted',
  '2041-05-18',
  'Anticipated expiration',
];
const row = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>US11730655B2 - ${gTitle} - Google Patents</title>
<meta name="DC.title" content="${gTitle}"><meta name="DC.contributor" content="Hallvard Pinecrest" scheme="inventor">
<meta name="citation_patent_number" content="US:11730655"><link rel="import" href="//patentimages.example/search-app.html">
<script>window.__PATENT_ID__ = 'US11730655B2';</script></head><body unresolved>
<search-app><div id="header" class="style-scope search-app"><a class="logo style-scope search-app" href="/">Patents.example</a>
<div class="search-box style-scope search-app"><input placeholder="Search terms or patent numbers"></div>
<a href="/advanced" class="style-scope search-app">Advanced Search</a><a href="/signin" class="style-scope search-app">Sign in</a></div>
<article class="result style-scope patent-result" itemscope itemtype="http://schema.org/ScholarlyArticle">
<h1 id="title" itemprop="title">${gTitle}</h1>
<div class="knowledge-card"><h2>US11730655B2</h2><p>United States</p><a href="/download/US11730655B2.pdf" itemprop="pdfLink">Download PDF</a>
<a href="#" class="find-prior-art">Find Prior Art</a><a href="#" class="similar">Similar</a>
<dl><dt>Inventor</dt><dd itemprop="inventor">Hallvard Pinecrest</dd><dd itemprop="inventor">Ottilie Brandwyn</dd>
<dt>Current Assignee</dt><dd itemprop="assigneeCurrent">Cobble and Fern LLC</dd>
<dt>Priority date</dt><dd><time itemprop="priorityDate" datetime="2021-05-18">2021-05-18</time></dd>
<dt>Publication date</dt><dd><time itemprop="publicationDate" datetime="2023-08-22">2023-08-22</time></dd></dl>
<h3>Info</h3><ul><li>Patent citations (9)</li><li>Cited by (3)</li><li>Legal status</li></ul>
<h3>Events</h3><ol class="legal-events">${gLegal.map((t) => `<li>${t}</li>`).join('')}</ol><p class="status">Status: Active</p></div>
<section itemprop="abstract" itemscope><h2>${gHeads[0]}</h2><div itemprop="content" html><abstract><div class="abstract">${gAbstract[0]}</div></abstract></div>
</section><section itemprop="description" itemscope><h2>${gHeads[1]}</h2><div itemprop="content" html><div class="description">
<heading id="h-0001">${gHeads[2]}</heading>${gBack.map((t) => `<div class="description-paragraph">${t}</div>`).join('\n')}
<heading id="h-0002">${gHeads[3]}</heading>${gSum.map((t) => `<div class="description-paragraph">${t}</div>`).join('\n')}
<heading id="h-0003">${gHeads[4]}</heading>${gDet.map((t) => `<div class="description-paragraph">${t}</div>`).join('\n')}
</div></div></section>
<section itemprop="claims" itemscope><h2>${gHeads[5]}</h2><div itemprop="content" html><div class="claims">
${gClaims.map((t, i) => `<div class="claim" id="CLM-0000${i + 1}"><div class="claim-text">${t}</div></div>`).join('\n')}
</div></div></section>
<h2>Cited By (3)</h2><table class="responsive style-scope patent-result"><thead><tr><th>Publication number</th><th>Priority date</th>
<th>Publication date</th><th>Assignee</th><th>Title</th></tr></thead><tbody>${gCited.map(row).join('\n')}</tbody></table>
<h2>Similar Documents</h2><table class="responsive"><tbody>${row(['US9987104B1', 'Downspout diverter with debris screen'])}</tbody></table></article>
<footer class="style-scope search-app"><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/feedback">Send Feedback</a>
<p>Data provided by Patents.example and its partners</p></footer></search-app>
<script src="//patentimages.example/webcomponents-lite.min.js"></script></body></html>`;
export const patent: TestPage = {
  name: 'heldout281-google-patents-patent-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gAbstract, ...gBack, ...gSum, ...gDet, ...gClaims]),
  bylines: ['Hallvard Pinecrest', 'Ottilie Brandwyn', '2021-05-18', '2023-08-22'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Patents.example', 'Advanced Search', 'Sign in', 'US11730655B2', 'United States', 'Download PDF', 'Find Prior Art', 'Similar', 'Inventor',
    'Current Assignee', 'Cobble and Fern LLC', 'Priority date', 'Publication date', 'Info', 'Patent citations (9)', 'Cited by (3)', 'Legal status',
    'Events', ...texts(gLegal.filter((t) => !t.startsWith('20'))), 'Status: Active', 'Cited By (3)', 'Publication number', 'Assignee', 'Title',
    ...gCited.flat(), 'Similar Documents', 'US9987104B1', 'Downspout diverter with debris screen', 'Privacy', 'Terms', 'Send Feedback',
    'Data provided by Patents.example and its partners',
  ],
};
