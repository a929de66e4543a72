import { links, type TestPage, texts } from './page-kit.js';
import { biorxiv } from './pages-heldout28-a2.js';

/**
 * Held-out batch 28, file a: a ScienceDirect-style journal article page, open access, in full text (the Elsevier global
 * header, the PDF access bar, the "Outline" table of contents and figure list, the journal brand block with volume line,
 * the author buttons with affiliation letters, "Show more", Mendeley/Share/Cite, DOI and "Get rights and content", licence,
 * highlights, a structured abstract, the graphical abstract, keywords, numbered sections with author-year citations and two
 * figures with their download links, the back matter (CRediT, declaration, acknowledgements, data availability, references),
 * "Cited by", recommended articles, PlumX metrics, the OneTrust cookie banner and the Elsevier footer). The bioRxiv preprint
 * page of this file is in pages-heldout28-a2.ts.
 */
const sdTitle = 'Leaking canals as unplanned aquifer recharge: three decades of dry-season groundwater levels in the Almadra valley, southern Portugal';
const sdHigh = [
  'Seepage from unlined irrigation canals supplied about a third of dry-season recharge to the valley aquifer.',
  'Wells within 500 m of a canal fell 2.1 m less over 1993–2023 than wells more than 2 km away.',
  'Lining the main canal in 2016 was followed by the fastest water-table decline of the record.',
];
const sdAbsH = ['Study region', 'Study focus', 'New hydrological insights for the region'];
const sdAbs = [
  'The Almadra valley, a 310 km² alluvial basin in southern Portugal irrigated since the 1960s by a network of mostly unlined earth canals.',
  'Canal lining is widely promoted as a water-saving measure, but the water lost from canals does not leave the basin: much of it ' +
    'recharges the aquifer that farmers pump in summer. We combined thirty years of monthly levels from 41 monitoring wells with ' +
    'canal flow records to estimate how much dry-season recharge comes from seepage and how the 2016 lining of the main canal changed it.',
  'Canal seepage supplied 29–37 % of recharge between May and September. Wells close to canals declined far less than distant ' +
    'wells, and after the main canal was lined the decline near it tripled, to 0.21 m per year. Water saved at the canal was largely ' +
    'water taken from the aquifer, and basin plans should count seepage as recharge rather than as a loss.',
];
const cite = (n: number, t: string): string =>
  `<a class="anchor anchor-primary" href="#bib${n}" name="bbib${n}" data-sd-ui-side-panel-opener="true" data-xocs-content-type="reference" ` +
  `data-xocs-content-id="bib${n}"><span class="anchor-text-container"><span class="anchor-text">${t}</span></span></a>`;
const fig = (n: number): string => `<a class="anchor anchor-primary" href="#fig${n}"><span class="anchor-text">Fig. ${n}</span></a>`;
const sdSec = ['1. Introduction', '2. Study area and methods', '3. Results', '4. Discussion and conclusions'] as const;
const sdIntro = [
  'Across the Mediterranean, irrigation agencies are replacing earth canals with concrete or pipes to cut conveyance losses, which ' +
    `in older systems can exceed 30 % of diverted water (${cite(4, 'Marques et al., 2021')}). The savings are usually counted at the ` +
    'canal head: less water diverted for the same delivery.',
  'At the basin scale the picture is less clear. Water that seeps from a canal is not destroyed; where the canal crosses permeable ' +
    'alluvium it reaches the water table, and in many valleys it is pumped back by the same farms a few months later ' +
    `(${cite(2, 'Holm and Otero, 2019')}). Lining a canal may therefore move a shortage from the river to the aquifer rather than remove it.`,
];
const sdMeth = [
  `The Almadra valley is filled with up to 60 m of sand and gravel over Miocene clays (${fig(1)}). Rainfall averages 540 mm a year, ` +
    'almost all between October and April, and summer irrigation relies on river water carried by 118 km of canals and on about 900 private wells.',
  'We used monthly water levels from 41 wells of the national monitoring network (1993–2023), daily flows at the head and tail of ' +
    'the three main canals, and crop water use from the regional irrigation census. Seepage was taken as the difference between head ' +
    'and tail flows minus recorded deliveries, and each well was given the distance to its nearest canal.',
];
const sdRes = [
  'Seepage losses averaged 41 million m³ per irrigation season. Levels fell in all but three wells over the record, but wells within ' +
    `500 m of a canal declined by a median of 1.4 m, against 3.5 m for wells more than 2 km away (${fig(2)}).`,
  'After the main canal was lined in 2016, the six wells closest to it went from a decline of 0.07 m per year to 0.21 m per year, ' +
    'while wells near the two unlined canals showed no change in trend.',
];
const sdDisc = [
  'In this valley, canal seepage works as an unplanned recharge scheme. The water saved by lining was real at the canal head but ' +
    'was matched by a loss of storage beneath it, and farmers near the lined reach have since deepened at least 14 wells.',
  'We do not argue against lining, which also cuts maintenance and weed growth. We argue that basin water balances should treat ' +
    'seepage as recharge, and that lining projects should be paired with deliberate recharge, for example by diverting winter flows ' +
    'into the old canal beds.',
];
const sdCaps = [
  'Fig. 1. The Almadra valley, its three main canals and the 41 monitoring wells used in this study.',
  'Fig. 2. Change in dry-season water level, 1993–2023, against distance from the nearest canal.',
];
const sdAuthors = ['Inês Carvalho', 'Rui Figueiredo', 'Hanna Lindqvist', 'Paulo Mendes Sá'];
const sdAff = [
  'Department of Earth Sciences, University of Almadra, 7800-123 Almadra, Portugal',
  'Nordic Institute for Water Research, Sölvegatan 12, 223 62 Lund, Sweden',
  'Almadra Valley Irrigation Association, Rua do Canal 4, 7800-201 Almadra, Portugal',
];
const sdDates =
  'Received 14 October 2024, Revised 22 January 2025, Accepted 3 February 2025, Available online 14 February 2025, Version of Record 20 February 2025.';
const sdKw = ['Canal seepage', 'Managed aquifer recharge', 'Groundwater decline', 'Irrigation efficiency', 'Mediterranean basins'];
const sdBack: [string, string][] = [
  [
    'CRediT authorship contribution statement',
    'Inês Carvalho: Conceptualization, Methodology, Writing – original draft. Rui Figueiredo: Data curation, Formal analysis. ' +
      'Hanna Lindqvist: Methodology, Writing – review &amp; editing. Paulo Mendes Sá: Resources, Data curation.',
  ],
  [
    'Declaration of competing interest',
    'The authors declare that they have no known competing financial interests or personal relationships that could have appeared ' +
      'to influence the work reported in this paper.',
  ],
  [
    'Acknowledgements',
    'We thank the Almadra Valley Irrigation Association for access to its canal flow records and the staff of the regional water ' +
      'authority for well data. This work was funded by the Foundation for Science and Technology (grant 2022.01457.PTDC).',
  ],
  ['Data availability', 'Data will be made available on request.'],
];
const sdRefs = [
  'K. Holm, J. Otero. Return flows and the paradox of irrigation efficiency in alluvial basins. Water Resour. Manag., 33 (2019), pp. 4121-4137',
  'A. Marques, L. Sousa, C. Pires. Conveyance losses in Iberian irrigation districts: a review. Agric. Water Manag., 252 (2021), Article 106902',
];
const sdRec = [
  'Estimating recharge from irrigation return flow with stable isotopes in a semi-arid valley',
  'Journal of Hydrology, Volume 617, Part B, 2023, Article 128990',
  'Laila Haddad, …, Omar Benali',
  'Concrete lining and groundwater storage: a modelling study of delta irrigation canals',
  'Agricultural Water Management, Volume 289, 2023, Article 108512',
  'Marta Giralt, …, Jordi Puig',
];
const sdFoot = ['About ScienceDirect', 'Remote access', 'Advertise', 'Contact and support', 'Terms and conditions', 'Privacy policy'];
const sdCopy =
  'All content on this site: Copyright © 2025 Elsevier B.V., its licensors, and contributors. All rights are reserved, including ' +
  'those for text and data mining, AI training, and similar technologies. For all open access content, the relevant licensing terms apply.';
const sdOt =
  'We use cookies that are necessary to make our site work. We may also use additional cookies to analyze, improve, and personalize ' +
  'our content and your digital experience. For more information, see our Cookie Policy';
const h2 = (id: string, t: string): string => `<h2 id="${id}" class="u-h4 u-margin-l-top u-margin-xs-bottom">${t}</h2>`;
const div = (paras: readonly string[], id: string): string => paras.map((p, i) => `<div class="u-margin-s-bottom" id="${id}${i}">${p}</div>`).join('\n');
const dl = `<span class="download-link"><a class="anchor anchor-primary" href="#">
<span class="anchor-text">Download: Download high-res image (412KB)</span></a></span>
<span class="download-link"><a class="anchor anchor-primary" href="#"><span class="anchor-text">Download: Download full-size image</span></a></span>`;
const figure = (n: number): string =>
  `<figure class="figure text-xs" id="fig${n}"><span><img src="https://ars.els-cdn.example/content/image/1-s2.0-S2214581825000412-gr${n}.jpg" ` +
  `alt="" aria-describedby="cap${n}" height="360"></span>${dl}\n<span class="captions text-s"><span id="cap${n}"><p>${sdCaps[n - 1]}</p>
</span></span></figure>`;
const author = (n: string, i: number): string => {
  const [given, ...sur] = n.split(' ');
  return `<button class="button-link button-link-secondary button-link-underline" data-sd-ui-side-panel-opener="true" data-xocs-content-type="author"
type="button">
<span class="button-link-text-container"><span class="button-link-text"><span class="react-xocs-alternative-link"><span class="given-name">${given}</span>
<span class="text surname">${sur.join(' ')}</span></span> <span class="author-ref" id="baff${i}"><sup>${'aabc'[i]}</sup></span></span></span></button>`;
};
const outline = ['Highlights', 'Abstract', 'Graphical abstract', 'Keywords', ...sdSec, ...sdBack.map((b) => b[0]), 'References'];
const sdHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${sdTitle} - ScienceDirect</title>
<meta name="citation_pii" content="S2214581825000412"><meta name="citation_doi" content="10.1016/j.ejrh.2025.102311">
<meta property="og:description" content="${sdAbs[0]}">
<script type="application/json" data-iso-key="_0">{"article":{"pii":"S2214581825000412","title":{"content":"${sdTitle}"},"isOA":true,
"srctitle":"Journal of Hydrology: Regional Studies","vol-first":"58","cover-date-text":"1 April 2025"},"authors":{"count":4}}</script>
<link rel="stylesheet" href="https://sdfestaticassets-eu-west-1.sciencedirectassets.example/prod/arp.css"></head>
<body><noscript>JavaScript is disabled on your browser. Please enable JavaScript to use all the features on this page.</noscript>
<div id="root"><div class="App" id="app" data-aa-name="root"><div class="page"><section><div class="sd-flex-container"><div class="sd-flex-content">
<header id="gh-cnt" class="gh-header"><div class="gh-nav-cnt"><a class="gh-logo" href="/" aria-label="ScienceDirect home page">
<span class="gh-logo-text">ScienceDirect</span></a><nav class="gh-nav-links"><ul><li><a href="/browse/journals-and-books">Journals &amp; Books</a></li></ul>
</nav>
<div class="gh-nav-action"><a class="gh-search" href="/search"><span>Search</span></a><a class="gh-register" href="/user/register">Register</a>
<a class="gh-signin" href="/user/login">Sign in</a></div></div></header>
<div class="Article" id="mathjax-container" role="main"><div class="accessbar-sticky"><div role="region" aria-label="Download options and search">
<ul aria-label="PDF Options"><li><a class="link-button accessbar-primary-link" href="/science/article/pii/S2214581825000412/pdfft">
<span class="link-button-text">View&nbsp;<strong>PDF</strong></span></a></li><li><button class="button-link" type="button">Download full issue</button></li>
</ul>
<form class="QuickSearch"><input type="search" aria-label="Search ScienceDirect" placeholder="Search ScienceDirect"></form></div></div>
<div class="article-wrapper grid row"><div role="navigation" class="u-display-block-from-lg col-lg-6 u-padding-s-top sticky-table-of-contents">
<div class="TableOfContents" lang="en"><div class="Outline" id="toc-outline"><h2 class="u-h4">Outline</h2><ol class="u-padding-xs-bottom">
${outline.map((t, i) => `<li><a class="anchor u-font-sans anchor-secondary" href="#s${i}"><span class="anchor-text">${t}</span></a></li>`).join('\n')}
</ol><button class="button-link u-font-sans" type="button">Show full outline</button></div>
<div class="Figures" id="toc-figures"><h2 class="u-h4">Figures (2)</h2><ol><li><img alt="Fig. 1" src="#"></li><li><img alt="Fig. 2" src="#"></li></ol></div>
</div></div>
<article class="col-lg-12 col-md-16 pad-left pad-right u-padding-s-top" role="main" lang="en">
<div class="Publication" id="publication"><div class="publication-brand u-display-block-from-sm"><img alt="Elsevier" src="#"></div>
<div class="publication-volume u-text-center"><h2 class="publication-title u-h3" id="publication-title"><a class="publication-title-link"
title="Go to Journal of Hydrology: Regional Studies on ScienceDirect"
href="/journal/journal-of-hydrology-regional-studies">Journal of Hydrology: Regional Studies</a></h2>
<div class="text-xs"><a href="/journal/journal-of-hydrology-regional-studies/vol/58/suppl/C">Volume 58</a>, April 2025, 102311</div></div></div>
<h1 id="screen-reader-main-title" class="Head u-font-serif u-h2 u-margin-s-ver"><span class="title-text">${sdTitle}</span></h1>
<div class="Banner" id="banner"><div class="wrapper truncated"><div class="AuthorGroups"><div class="author-group" id="author-group">
<span class="sr-only">Author links open overlay panel</span>${sdAuthors.map(author).join(', ')}</div></div></div>
<button class="show-hide-details u-font-sans" type="button" aria-expanded="false">Show more</button>
<div class="author-details" hidden><dl class="affiliation">${sdAff.map((a, i) => `<dt><sup>${'abc'[i]}</sup></dt><dd>${a}</dd>`).join('\n')}</dl>
<dl class="footnote"><dt><sup>⁎</sup></dt><dd>Corresponding author.</dd></dl>
<p class="e-address">E-mail address: ines.carvalho@ualmadra.example (I. Carvalho).</p>
<p class="u-margin-s-bottom article-dates">${sdDates}</p></div></div>
<div class="banner-options u-padding-xs-bottom"><button class="button-link add-to-mendeley" type="button">
<span class="button-link-text">Add to Mendeley</span></button>
<button class="button-link share-link" type="button"><span class="button-link-text">Share</span></button>
<button class="button-link cite-link" type="button"><span class="button-link-text">Cite</span></button></div>
<div class="ArticleIdentifierLinks u-margin-xs-bottom text-xs" id="article-identifier-links"><a class="anchor doi anchor-primary"
href="https://doi.org/10.1016/j.ejrh.2025.102311" aria-label="Persistent link using digital object identifier">
<span class="anchor-text">https://doi.org/10.1016/j.ejrh.2025.102311</span></a>
<a class="anchor rights-and-content anchor-primary" href="https://s100.copyright.example/AppDispatchServlet">
<span class="anchor-text">Get rights and content</span></a></div>
<div class="LicenseInfo"><div class="License"><span>Under a Creative Commons </span><a href="http://creativecommons.org/licenses/by/4.0/">license</a></div>
<div class="OpenAccessLabel"><span>Open access</span></div></div>
<div class="Abstracts u-font-serif" id="abstracts"><div class="abstract author-highlights" lang="en" id="ab0005">
<h2 class="section-title u-h4 u-margin-l-top u-margin-xs-bottom">Highlights</h2><div id="as0005"><ul class="list">
${sdHigh.map((t, i) => `<li class="react-xocs-list-item"><span class="list-label">•</span><span><p id="p000${i}">${t}</p></span></li>`).join('\n')}</ul></div>
</div>
<div class="abstract author" lang="en" id="ab0010"><h2 class="section-title u-h4 u-margin-l-top u-margin-xs-bottom">Abstract</h2><div id="as0010">
${sdAbsH
  .map(
    (h, i) => `<h3 class="u-h4 u-margin-m-top u-margin-xs-bottom">${h}</h3>
<div class="u-margin-s-bottom" id="sp00${i}">${sdAbs[i]}</div>`,
  )
  .join('\n')}</div></div>
<div class="abstract graphical" lang="en" id="ab0015"><h2 class="section-title u-h4 u-margin-l-top u-margin-xs-bottom">Graphical abstract</h2>
<figure class="figure text-xs" id="undfig1"><span><img src="#" alt="" height="240"></span>${dl}</figure></div></div>
<div class="Keywords u-font-serif"><div id="kwrds0010" class="keywords-section"><h2 class="section-title u-h4 u-margin-l-top u-margin-xs-bottom">Keywords</h2>
${sdKw.map((k) => `<div class="keyword"><span>${k}</span></div>`).join('\n')}</div></div>
<div class="Body u-font-serif" id="body"><div>
<section id="sec1">${h2('sect0010', sdSec[0])}${div(sdIntro, 'p001')}</section>
<section id="sec2">${h2('sect0015', sdSec[1])}${div(sdMeth.slice(0, 1), 'p002')}${figure(1)}${div(sdMeth.slice(1), 'p003')}</section>
<section id="sec3">${h2('sect0020', sdSec[2])}${div(sdRes, 'p004')}${figure(2)}</section>
<section id="sec4">${h2('sect0025', sdSec[3])}${div(sdDisc, 'p005')}</section></div></div>
${sdBack.map(([h, t]) => `<section>${h2('back', h)}<div class="u-margin-s-bottom">${t}</div></section>`).join('\n')}
<div class="related-content-links u-display-none-from-md"><button class="button-link" type="button">Recommended articles</button></div>
<div class="References"><section class="bibliography u-font-serif text-s" id="cebib0010">
<h2 class="section-title u-h4 u-margin-l-top u-margin-xs-bottom">References</h2>
<ol class="references">${sdRefs
  .map(
    (r, i) => `<li><span class="label">${i + 1}</span><span class="reference" id="sref${i}">${r}</span>
<div class="ReferenceLinks u-font-sans"><a class="anchor link anchor-primary" href="#"><span class="anchor-text">Google Scholar</span></a></div></li>`,
  )
  .join('\n')}</ol></section></div>
<div id="section-cited-by"><section class="ListArticles preview"><header><h2 class="u-h4 u-margin-l-top u-margin-xs-bottom">Cited by (0)</h2></header>
</section></div>
<p class="copyright-line u-font-sans text-s">© 2025 The Authors. Published by Elsevier B.V.</p></article>
<div class="u-padding-s-top col-lg-6 col-md-8" role="complementary" aria-label="Additional article information"><div class="RelatedContent">
<section id="recommended-articles"><header><h2 class="u-h4">Recommended articles</h2></header><ul>
${[0, 3]
  .map(
    (i) => `<li class="ListArticleItem"><a class="anchor" href="#"><span class="anchor-text">${sdRec[i]}</span></a>
<div class="source text-xs">${sdRec[i + 1]}</div><div class="authors text-xs">${sdRec[i + 2]}</div></li>`,
  )
  .join('\n')}</ul>
<button class="button-link" type="button">Show 3 more articles</button></section>
<section class="PlumX"><h2 class="u-h4">Article Metrics</h2><div class="plx-wrapping-print-link"><span class="plx-category">Captures</span>
<span class="plx-label">Readers:</span> <span class="plx-count">14</span></div>
<a href="https://plu.mx/plum/a/?doi=10.1016/j.ejrh.2025.102311">View details</a></section></div></div></div></div>
<footer role="contentinfo" class="els-footer u-bg-white text-xs u-padding-s-ver"><div class="els-footer-elsevier">
<a aria-label="Elsevier home page (opens in a new tab)"
href="https://www.elsevier.example/"><img alt="Elsevier logo with wordmark" src="#"></a></div><div class="els-footer-content"><div class="u-remove-if-print">
<ul class="els-footer-links u-margin-xs-bottom">${links(sdFoot)}</ul></div><p id="els-footer-cookie-message">Cookies are used by this site.
<button class="button-link ot-sdk-show-settings cookie-btn" type="button">Cookie Settings</button></p><p id="els-footer-copyright">${sdCopy}</p></div>
<div class="els-footer-relx"><a href="https://www.relx.example/"><img alt="RELX group home page" src="#"></a></div></footer></div></div></section></div></div>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies that are necessary to make our site work. We may also use additional cookies to analyze, improve, and personalize
our content and your digital experience. For more information, see our <a href="#">Cookie Policy</a></p></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div>
</body></html>`;
const sciencedirect: TestPage = {
  html: sdHtml,
  name: 'heldout28-sciencedirect-article',
  kind: 'docs',
  // the highlights, the three parts of the structured abstract and the numbered sections are the article: body, with the
  // author-year citations ("Marques et al., 2021") and figure calls ("Fig. 1") kept as words of their sentences; the headings
  // are "Highlights", "Abstract", the abstract's three h3s and the four numbered h2s (the Outline repeats them word for word:
  // in neither list); the back matter (CRediT, competing-interest declaration, acknowledgements, data availability) is credits
  // and form statements, furniture as a page's credits are, with its headings and the references; the four author names, their
  // affiliations, the e-mail line and the received/accepted dates line are bylines; journal name and volume line, keywords, figure
  // captions, download links (twice, once), "Graphical abstract", Outline and its other entries, access bar, Mendeley/Share/Cite,
  // DOI, licence, "Cited by", recommended articles, metrics, cookie banner ("Cookie Settings" twice, once), header and footer
  // are furniture
  title: sdTitle,
  headings: ['Highlights', 'Abstract', ...sdAbsH, ...sdSec],
  body: [...sdHigh, ...texts(sdAbs), ...texts(sdIntro), ...texts(sdMeth), ...texts(sdRes), ...texts(sdDisc)],
  bylines: [...sdAuthors, ...sdAff, 'E-mail address: ines.carvalho@ualmadra.example (I. Carvalho).', sdDates],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'JavaScript is disabled on your browser. Please enable JavaScript to use all the features on this page.', 'ScienceDirect',
    'Journals & Books', 'Search', 'Register', 'Sign in', 'View PDF', 'Download full issue', 'Outline', 'Graphical abstract', 'Keywords',
    'Show full outline', 'Figures (2)', 'Journal of Hydrology: Regional Studies', 'Volume 58, April 2025, 102311', 'Author links open overlay panel',
    'Show more', 'Corresponding author.', 'Add to Mendeley', 'Share', 'Cite', 'https://doi.org/10.1016/j.ejrh.2025.102311', 'Get rights and content',
    'Under a Creative Commons license', 'Open access', 'Download: Download high-res image (412KB)', 'Download: Download full-size image', ...sdKw,
    ...sdCaps, ...sdBack.map((b) => b[0]), ...texts(sdBack.map((b) => b[1])), 'Recommended articles', 'References', ...sdRefs, 'Google Scholar',
    'Cited by (0)', '© 2025 The Authors. Published by Elsevier B.V.', ...sdRec, 'Show 3 more articles', 'Article Metrics', 'Captures', 'Readers:',
    'View details', ...sdFoot, 'Cookies are used by this site.', 'Cookie Settings', sdCopy,
    sdOt,
    'Accept all cookies',
  ],
};

export const HELDOUT28_A: readonly TestPage[] = [sciencedirect, biorxiv];
