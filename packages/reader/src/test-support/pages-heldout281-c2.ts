import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout281-kit.js';

/**
 * Held-out batch 281, file c2: an EUR-Lex-style regulation text (site header with language menu, the document number
 * h1, the text tabs, "Languages, formats and link to OJ" table, the Official Journal text in oj- classes where the
 * document title and the article numbers and titles are paragraphs, the ELI line, footer).
 */
const rTitle = 'Regulation (EU) 2025/1187 on the labelling of reusable transport crates';
const rHeads = ['Article 1', 'Subject matter', 'Article 2', 'Definitions', 'Article 3', 'Labelling requirements', 'Article 4', 'Entry into force'];
const rDocTi = j(
  'REGULATION (EU) 2025/1187 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 2 April 2025 on the labelling of reusable',
  'transport crates used for fresh produce',
);
const rRecitals = [
  j(
    '(1) Reusable plastic and wooden crates are widely used to carry fruit and vegetables between growers, wholesalers and',
    'retailers. Crates often cross several borders in their working life, and the information marked on them varies between Member States.',
  ),
  j(
    '(2) Differences in marking make it harder to return crates to their owners, to trace produce in the event of a food safety',
    'incident, and to recycle crates at the end of their life. Common rules are therefore needed.',
  ),
  j(
    '(3) Since the objectives of this Regulation cannot be sufficiently achieved by the Member States acting alone, the Union',
    'may adopt measures in accordance with the principle of subsidiarity.',
  ),
];
const rArts = [
  'This Regulation lays down rules on the information to be marked on reusable transport crates placed on the Union market.',
  'For the purposes of this Regulation, the following definitions apply:',
  '(a) ‘reusable transport crate’ means a rigid container designed to carry fresh produce and to be used at least 20 times;',
  '(b) ‘pool operator’ means a person who owns crates and makes them available to others against a fee;',
  '(c) ‘placing on the market’ means the first supply of a crate for distribution or use in the course of a commercial activity.',
  '1. Every reusable transport crate shall bear, in a permanent and legible form:',
  '(a) the name or registered trade mark of the pool operator or owner;',
  '(b) a unique serial number;',
  '(c) the month and year of manufacture;',
  '(d) the material code set out in Annex I.',
  j(
    '2. The information referred to in paragraph 1 may in addition be held in a machine-readable carrier, provided that the',
    'carrier can be read with equipment that is openly available.',
  ),
  '3. Crates placed on the market before 1 January 2027 may continue to be used until the end of their working life.',
  j(
    'This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of',
    'the European Union. It shall apply from 1 January 2027.',
  ),
  'This Regulation shall be binding in its entirety and directly applicable in all Member States.',
];
const rSign = ['Done at Brussels, 2 April 2025.'];
const oj = (cls: string, t: string): string => `<p class="${cls}">${t}</p>`;
const rNav = ['EU law', 'EU case-law', 'Summaries of EU legislation', 'National law', 'Browse the Official Journal', 'Advanced search', 'My EUR-Lex'];
const rTabs = ['Text', 'Document information', 'Procedure', 'National transposition', 'Summary'];
const rFoot = ['Contact', 'Sitemap', 'Legal notice', 'Cookies policy', 'Accessibility', 'Privacy statement'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Regulation - 2025/1187 - EN - EUR-Lex</title>
<meta name="WT.z_docType" content="REG"><meta property="eli:date_document" content="2025-04-02">
<script>var EURLEX = { celex: '32025R1187', lang: 'EN' };</script></head><body>
<div id="cookie-consent-banner" class="wt-cck--container"><p>This site uses cookies to offer you a better browsing experience.</p>
<a href="#accept" class="wt-cck--actions-button">Accept all cookies</a><a href="#refuse" class="wt-cck--actions-button">Accept only essential cookies</a></div>
<header class="EurlexHeader"><a href="/homepage.html" class="EurlexLogo">EUR-Lex</a><p class="EurlexTagline">Access to European Union law</p>
<div class="languageSelector"><button>English (en)</button></div><nav id="mainMenu"><ul>${links(rNav)}</ul></nav></header>
<div id="MainContent"><div class="DocumentTitle"><h1 class="DocumentTitleTitle">${rTitle}</h1>
<p class="DocumentTitleNumber">Document 32025R1187</p><p class="forceIndicator">In force</p></div>
<ul class="nav nav-tabs" id="tabs">${links(rTabs)}</ul>
<div class="PanelLanguages"><h2>Languages, formats and link to OJ</h2><table class="table"><tr><th>HTML</th><th>PDF</th><th>Link to OJ</th></tr>
<tr><td><a href="#">English</a></td><td><a href="#">English PDF</a></td><td><a href="#">Authentic language</a></td></tr></table></div>
<div class="ExpandCollapse"><a href="#" id="expandAll">Expand all</a> <a href="#" id="collapseAll">Collapse all</a></div>
<div id="document1" class="tabContent"><div id="textTabContent"><div class="eli-container">
<table class="oj-table"><tr><td><p class="oj-hd-date">14.4.2025</p></td><td><p class="oj-hd-lg">EN</p></td>
<td><p class="oj-hd-ti">Official Journal of the European Union</p></td><td><p class="oj-hd-oj">L 2025/1187</p></td></tr></table>
${oj('oj-doc-ti', rDocTi)}
${oj('oj-normal', 'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,')}
${oj('oj-normal', 'Whereas:')}
${rRecitals.map((t) => oj('oj-normal', t)).join('\n')}
${oj('oj-normal', 'HAVE ADOPTED THIS REGULATION:')}
<div class="eli-subdivision" id="art_1">${oj('oj-ti-art', rHeads[0] ?? '')}${oj('oj-sti-art', rHeads[1] ?? '')}${oj('oj-normal', rArts[0] ?? '')}</div>
<div class="eli-subdivision" id="art_2">${oj('oj-ti-art', rHeads[2] ?? '')}${oj('oj-sti-art', rHeads[3] ?? '')}
${rArts
  .slice(1, 5)
  .map((t) => oj('oj-normal', t))
  .join('\n')}</div>
<div class="eli-subdivision" id="art_3">${oj('oj-ti-art', rHeads[4] ?? '')}${oj('oj-sti-art', rHeads[5] ?? '')}
${rArts
  .slice(5, 12)
  .map((t) => oj('oj-normal', t))
  .join('\n')}</div>
<div class="eli-subdivision" id="art_4">${oj('oj-ti-art', rHeads[6] ?? '')}${oj('oj-sti-art', rHeads[7] ?? '')}
${rArts
  .slice(12)
  .map((t) => oj('oj-normal', t))
  .join('\n')}</div>
${oj('oj-normal', rSign[0] ?? '')}
<table class="oj-signatory"><tr><td><p class="oj-signatory">For the European Parliament</p><p class="oj-signatory">The President</p>
<p class="oj-signatory">A. VELLANI</p></td><td><p class="oj-signatory">For the Council</p><p class="oj-signatory">The President</p>
<p class="oj-signatory">K. DORSMAN</p></td></tr></table>
<p class="oj-normal">ELI: http://data.europa.example/eli/reg/2025/1187/oj</p><p class="oj-normal">ISSN 1977-0677 (electronic edition)</p>
</div></div></div>
<a href="#" class="linkToTop">Top</a></div>
<footer class="EurlexFooter"><ul>${links(rFoot)}</ul><p>Publications Office of the European Union</p></footer>
<script src="/revamp-components-assets/js/eurlex.js"></script></body></html>`;
export const eurlex: TestPage = {
  name: 'heldout281-eurlex-regulation-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: texts([
    rDocTi,
    'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
    'Whereas:',
    ...rRecitals,
    'HAVE ADOPTED THIS REGULATION:',
    ...rArts,
    ...rSign,
  ]),
  bylines: ['14.4.2025', 'A. VELLANI', 'K. DORSMAN'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to offer you a better browsing experience.', 'Accept all cookies', 'Accept only essential cookies', 'EUR-Lex',
    'Access to European Union law', 'English (en)', ...rNav, 'Document 32025R1187', 'In force', ...rTabs, 'Languages, formats and link to OJ',
    'HTML', 'PDF', 'English PDF', 'Authentic language', 'Expand all', 'Collapse all', 'L 2025/1187', 'For the European Parliament',
    'The President', 'For the Council', 'ELI: http://data.europa.example/eli/reg/2025/1187/oj', 'ISSN 1977-0677 (electronic edition)', 'Top',
    ...rFoot, 'Publications Office of the European Union',
  ],
};
