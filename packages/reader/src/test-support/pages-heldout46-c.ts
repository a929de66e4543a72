import { links, type TestPage, texts } from './page-kit.js';
import { imdbPlot } from './pages-heldout46-c2.js';

/**
 * Held-out batch 46, file c: a EUR-Lex page of an implementing regulation (the europa.eu banner with its hidden "How do you
 * know?" panel, the cookie consent kit, EUR-Lex header, language picker and menu, breadcrumb, "Document 32025R1418", the title
 * and reference block, the collapsible "Languages, formats and link to OJ" table, the document tools, then the act-by-act OJ
 * text in eli-containers: OJ header table, title lines, citations, recitals as numbered tables, articles, final formula,
 * signature table, footnotes, ELI and ISSN, and the europa footer).
 */
const elTitle =
  'Commission Implementing Regulation (EU) 2025/1418 of 14 July 2025 approving a Union amendment to the product specification of ' +
  'a protected geographical indication (‘Kaltenberger Bergkäse’ (PGI))';
const note = (n: number): string =>
  `(<span class="oj-super oj-note-tag"><a id="ntc${n}-L_202501418EN.000101" href="#ntr${n}-L_202501418EN.000101">${n}</a></span>)`;
const elCitations = [
  'THE EUROPEAN COMMISSION,',
  'Having regard to the Treaty on the Functioning of the European Union,',
  'Having regard to Regulation (EU) 2024/1143 of the European Parliament and of the Council of 11 April 2024 on geographical ' +
    'indications for wine, spirit drinks and agricultural products, as well as traditional specialities guaranteed and optional ' +
    `quality terms for agricultural products, repealing Regulation (EU) No 1151/2012 ${note(1)}, and in particular Article 24(4) thereof,`,
  'Whereas:',
];
const elRecitals = [
  'In accordance with Article 24(1) of Regulation (EU) 2024/1143, the Commission has examined the application of Austria for the ' +
    'approval of a Union amendment to the product specification of the protected geographical indication ‘Kaltenberger Bergkäse’, ' +
    `registered under Commission Implementing Regulation (EU) No 1046/2014 ${note(2)}.`,
  'The amendment concerns the minimum ripening period, which is extended from four to six months, the addition of a smoked variant ' +
    'matured for at least eight months, and a change to the rules on the labelling of cheese cut and packed outside the defined ' +
    'geographical area.',
  `The Commission has published the application for approval of the Union amendment in the Official Journal of the European Union ${note(3)}.`,
  'On 20 January 2025 the Commission received a notice of opposition from Germany. The opposition claimed that the smoked variant ' +
    'would mislead consumers, as smoked mountain cheese of similar appearance has been produced for decades in the neighbouring ' +
    'Allgäu region without using the name.',
  'By letter of 3 March 2025, the Commission invited Austria and Germany to engage in appropriate consultations for a period of ' +
    'three months to seek agreement among themselves in accordance with their internal procedures.',
  'The parties reached an agreement. Austria agreed to require the words ‘geräuchert nach Kaltenberger Art’ to appear on the label ' +
    'of the smoked variant only together with the full name of the geographical indication, and to withdraw the proposed change to ' +
    'the rules on cutting and packing. The Commission was informed of the agreement on 28 May 2025.',
  'In the light of the above, the Union amendment to the product specification, as modified by the agreement, should be approved.',
  'The measures provided for in this Regulation are in accordance with the opinion of the Committee for Agricultural Product Quality Policy,',
];
const elAdopted = 'HAS ADOPTED THIS REGULATION:';
const elArticles: [string, string][] = [
  [
    'Article 1',
    'The Union amendment to the product specification of the protected geographical indication ‘Kaltenberger Bergkäse’ (PGI), as ' +
      'modified by the agreement referred to in recital 6, is approved.',
  ],
  ['Article 2', 'This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of the European Union.'],
];
const elFinal = 'This Regulation shall be binding in its entirety and directly applicable in all Member States.';
const elSign = ['Done at Brussels, 14 July 2025.', 'For the Commission', 'On behalf of the President,', 'Liesbeth VERMEULEN', 'Member of the Commission'];
const elNotes = [
  'OJ L, 2024/1143, 23.4.2024, ELI: http://data.europa.eu/eli/reg/2024/1143/oj.',
  'Commission Implementing Regulation (EU) No 1046/2014 of 29 September 2014 entering a name in the register of protected designations ' +
    'of origin and protected geographical indications (Kaltenberger Bergkäse (PGI)) (OJ L 290, 4.10.2014, p. 7).',
  'OJ C, C/2024/6810, 12.11.2024, ELI: http://data.europa.eu/eli/C/2024/6810/oj.',
];
const elLangs = [
  'BG',
  'ES',
  'CS',
  'DA',
  'DE',
  'ET',
  'EL',
  'EN',
  'FR',
  'GA',
  'HR',
  'IT',
  'LV',
  'LT',
  'HU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SL',
  'FI',
  'SV',
];
const elMenu = ['EU law', 'EU case-law', 'National law', 'Summaries of EU legislation', 'Browse by EuroVoc', 'Help'];
const elTools = ['Save to My items', 'Create an email alert', 'RSS', 'Permanent link', 'Print', 'Download notice'];
const elFoot = ['Contact', 'Legal notice', 'Cookies policy', 'Accessibility', 'Privacy statement', 'Languages on our websites'];
const elHtml = `<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"><title>Implementing regulation - 2025/1418 - EN - EUR-Lex</title>
<meta name="WT.z_docID" content="32025R1418"><link rel="alternate" hreflang="de" href="/legal-content/DE/TXT/?uri=CELEX:32025R1418">
<script type="application/json">{"utility":"cck","url":"https://eur-lex.europa.eu/content/legal-notice/legal-notice.html"}</script>
<script src="https://webtools.europa.eu/load.js?globan=1110" defer></script><style>.oj-super{font-size:.7em;vertical-align:super}</style></head>
<body><div id="globan" class="wt-globan"><div class="globan-center"><span>An official website of the European Union</span>
<button aria-expanded="false">How do you know?</button><div class="globan-dropdown" hidden><p>All official European Union website addresses are in the
europa.eu domain.</p>
<a href="https://european-union.europa.eu/institutions-law-budget/institutions-and-bodies/search-all-eu-institutions-and-bodies_en">See all EU
institutions and bodies</a></div></div></div>
<div id="cookie-consent-banner" class="wt-cck"><p>This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.</p>
<button>Accept all cookies</button><button>Accept only essential cookies</button></div>
<header class="Header"><a class="EurlexLogo" href="/homepage.html"><img alt="EUR-Lex home" src="/revamp/images/eurlex-logo.svg"></a>
<span class="EurlexTitle">Access to European Union law</span><div class="LanguageSelector"><button aria-haspopup="true">English (EN)</button></div>
<div class="UserMenu"><a href="/protected/homepage.html">My EUR-Lex</a><a href="/protected/login.html">Sign in</a></div>
<nav class="MainMenu"><ul>${links(elMenu, 'MenuItem')}</ul></nav>
<form class="QuickSearch"><input type="text" placeholder="Quick search" aria-label="Quick search"><button>Search</button></form></header>
<ol class="breadcrumb"><li><a href="https://european-union.europa.eu">EUROPA</a></li><li><a href="/homepage.html">EUR-Lex home</a></li>
<li class="active">EUR-Lex - 32025R1418 - EN</li></ol>
<div id="MainContent" class="row"><div class="col-md-9"><div class="PageTitle"><h1 class="DocumentTitle">Document 32025R1418</h1>
<div class="ExpandCollapse"><a href="#">Expand all</a> <a href="#">Collapse all</a></div></div>
<div class="panel-group"><div id="PP1Contents"><p id="title" lang="en">${elTitle}</p><p>C/2025/4527</p>
<p class="reference">OJ L, 2025/1418, 15.7.2025, ELI: http://data.europa.eu/eli/reg_impl/2025/1418/oj</p>
<p class="forceIndicator"><img alt="" src="/images/In_force.png"> In force</p></div>
<div class="panel" id="PP2"><h2 class="panel-title"><button aria-expanded="true">Languages, formats and link to OJ</button></h2>
<table class="table PubFormats"><thead><tr>${elLangs.map((l) => `<th><span class="lang-code" title="${l}">${l}</span></th>`).join('')}</tr></thead>
<tbody><tr><th scope="row">HTML</th>${elLangs.map(() => '<td><a href="#">html</a></td>').join('')}</tr></tbody></table>
<p class="PubFormatsOJ"><a href="#">Official Journal</a></p></div>
<div class="panel" id="PP4"><h2 class="panel-title"><button aria-expanded="true">Text</button></h2><div id="PP4Contents"><div class="tabContent">
<div id="document1"><div class="eli-container">
<table class="oj-table" width="100%"><tbody><tr><td class="oj-hd-ti">Official Journal of the European Union</td><td class="oj-hd-lg">EN</td>
<td class="oj-hd-oj">L series</td></tr><tr><td class="oj-hd-date">15.7.2025</td><td></td><td class="oj-hd-oj">2025/1418</td></tr></tbody></table>
<div class="eli-main-title" id="tit_1"><p class="oj-doc-ti">COMMISSION IMPLEMENTING REGULATION (EU) 2025/1418</p><p class="oj-doc-ti">of 14 July 2025</p>
<p class="oj-doc-ti">approving a Union amendment to the product specification of a protected geographical indication (‘Kaltenberger Bergkäse’ (PGI))</p></div>
<div class="eli-subdivision" id="pbl_1">${elCitations.map((t) => `<p class="oj-normal">${t}</p>`).join('\n')}
${elRecitals
  .map(
    (t, i) =>
      `<div class="eli-subdivision" id="rct_${i + 1}"><table width="100%"><col width="4%"><col width="96%"><tbody><tr>` +
      `<td><p class="oj-normal">(${i + 1})</p></td>` +
      `<td><p class="oj-normal">${t}</p></td></tr></tbody></table></div>`,
  )
  .join('\n')}</div>
<div class="eli-subdivision" id="enc_1"><p class="oj-normal">${elAdopted}</p>
${elArticles
  .map(([h, t], i) => `<div class="eli-subdivision" id="art_${i + 1}"><p class="oj-ti-art">${h}</p><p class="oj-normal">${t}</p></div>`)
  .join('\n')}</div>
<div class="oj-final" id="fnp_1"><p class="oj-normal">${elFinal}</p><p class="oj-normal">${elSign[0]}</p>
<div class="oj-signatory"><table width="100%"><tbody><tr><td></td><td>${elSign
  .slice(1)
  .map((t) => `<p class="oj-signatory">${t}</p>`)
  .join('')}</td></tr></tbody></table></div></div>
<hr class="oj-note">${elNotes
  .map((t, i) => `<p class="oj-note" id="ntr${i + 1}-L_202501418EN.000101">(<a href="#ntc${i + 1}">${i + 1}</a>)  ${t}</p>`)
  .join('\n')}
<hr class="oj-separator"><p class="oj-normal">ELI: http://data.europa.eu/eli/reg_impl/2025/1418/oj</p>
<p class="oj-normal">ISSN 1977-0677 (electronic edition)</p>
</div></div></div></div></div></div></div>
<div class="col-md-3"><div class="DocumentTools"><ul>${links(elTools)}</ul></div><div class="TopOfPage"><a href="#">Top</a></div></div></div>
<footer class="Footer"><p>EUR-Lex is run by the Publications Office of the European Union.</p><ul>${links(elFoot)}</ul></footer></body></html>`;
const eurLex: TestPage = {
  html: elHtml,
  name: 'heldout46-eurlex-regulation',
  kind: 'docs',
  // the act's text is body: citations ("THE EUROPEAN COMMISSION," and the "Having regard" lines), "Whereas:", the recitals
  // (their "(1)" to "(8)" numbers in neither list, the footnote marks inside them kept as the text shows them), "HAS ADOPTED
  // THIS REGULATION:", the articles and the final formula; "Article 1" and "Article 2" are the headings; the title is the
  // page's title paragraph; the act's own upper-case title lines in the text repeat it (in neither list), and so does the
  // OJ header's "Official Journal of the European Union" (words of recital 3: left out); "Done at Brussels, ..." and the
  // signature lines are bylines, with the OJ header date; the footnotes, ELI and ISSN lines, the reference block, status, the
  // language table (the code "EN" also the OJ header's language, kept once), document tools, banner, cookie kit, header, menu,
  // breadcrumb and footer are furniture
  title: elTitle,
  headings: elArticles.map(([h]) => h),
  body: [...texts(elCitations), ...texts(elRecitals), elAdopted, ...elArticles.map(([, t]) => t), elFinal],
  bylines: ['15.7.2025', ...elSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the European Union', 'How do you know?', 'All official European Union website addresses are in the europa.eu domain.',
    'See all EU institutions and bodies', 'This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.',
    'Accept all cookies', 'Accept only essential cookies', 'Access to European Union law', 'English (EN)', 'My EUR-Lex', 'Sign in', ...elMenu,
    'Search', 'EUROPA', 'EUR-Lex home', 'EUR-Lex - 32025R1418 - EN', 'Document 32025R1418', 'Expand all', 'Collapse all', 'C/2025/4527',
    'OJ L, 2025/1418, 15.7.2025, ELI: http://data.europa.eu/eli/reg_impl/2025/1418/oj', 'In force', 'Languages, formats and link to OJ',
    ...elLangs, 'HTML', 'Official Journal', 'Text', 'L series', '2025/1418', ...elNotes,
    'ELI: http://data.europa.eu/eli/reg_impl/2025/1418/oj', 'ISSN 1977-0677 (electronic edition)', ...elTools, 'Top',
    'EUR-Lex is run by the Publications Office of the European Union.', ...elFoot,
  ],
};

export const HELDOUT46_C: readonly TestPage[] = [eurLex, imdbPlot];
