import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout345-kit.js';

/**
 * Held-out batch 345, file b: a Zenodo record on InvenioRDM (publication date and version labels, creatibutors with
 * affiliations, sr-only Description heading, files preview, sidebar with statistics, versions, communities, details,
 * rights, citation and export boxes, footer) and a Figshare item page built from CSS-module React markup (authors,
 * posted date, file preview, Cite / Download / Share bar, usage metrics, categories, keywords, licence, export menu).
 */
const zTitle = 'Hourly soil moisture and temperature from twelve upland peat cores, Carrow Fell, 2023-2025';
const zDesc = [
  j(
    'This record contains the raw and quality-controlled logger data from twelve peat cores installed on the blanket bog at',
    'Carrow Fell in May 2023. Each core carries capacitance moisture probes at 5, 15 and 30 cm and a thermistor string from',
    'the surface to 50 cm, read every hour by a solar-powered logger.',
  ),
  j(
    'The cores were placed in pairs across three drainage treatments: intact bog, bog with grips blocked in 2019, and bog with',
    'grips still open. The aim of the wider project is to measure how quickly rewetted peat returns to the water table regime',
    'of intact sites after dry summers.',
  ),
  '<strong>Contents of the archive</strong>',
];
const zFiles = [
  '<code>raw/</code>: one CSV per logger download, exactly as exported from the logger software.',
  '<code>qc/</code>: merged hourly series per core, with flags for sensor faults, frost and trampling by livestock.',
  '<code>sites.csv</code>: core positions, peat depth, vegetation cover and treatment.',
  '<code>README.md</code>: column definitions and the quality-control rules.',
];
const zMore = [
  j(
    'The quality-control flags follow a simple scheme: 0 for good data, 1 for values replaced by interpolation over gaps of up',
    'to six hours, 2 for suspect values kept in place, and 9 for values removed. Interpolated values should be left out of any',
    'analysis of short events such as storm responses.',
  ),
  j(
    'Version 1.2.0 adds the winter of 2024-2025 and corrects a timezone error in the files from core C07, whose logger was set to',
    'summer time for part of 2024. All timestamps are now in UTC.',
  ),
  j('The data are released under CC BY 4.0. Please cite this record rather than the project report when you reuse the series.'),
];
const zNav = ['Communities', 'My dashboard', 'Log in', 'Sign up'];
const zSide = ['Version v1.2.0', 'Version v1.1.0', 'Version v1.0.0'];
const zFoot = ['About', 'Policies', 'Infrastructure', 'Principles', 'Projects', 'Roadmap', 'Contact', 'FAQ', 'Documentation', 'Status'];
const zHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${zTitle}</title>
<meta name="citation_title" content="${zTitle}"><meta name="citation_author" content="Pellow, Morwenna">
<meta name="citation_publication_date" content="2026/02/18"><meta name="citation_doi" content="10.5281/zenodo.1480337">
<meta property="og:title" content="${zTitle}"><meta property="og:site_name" content="Zenodo">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Dataset","name":"${zTitle}","version":"v1.2.0",
"creator":[{"@type":"Person","name":"Pellow, Morwenna"},{"@type":"Person","name":"Addo, Kwesi"}]}</script>
<link rel="stylesheet" href="/static/dist/css/3526.css"></head>
<body data-invenio-config='{"isMathJaxEnabled":""}' itemscope itemtype="http://schema.org/WebPage">
<a id="skip-to-main" class="ui button primary ml-5 mt-5 skip-link" href="#main">Skip to main</a>
<header class="theme header"><div class="outer-navbar"><div class="ui container invenio-header-container"><nav id="invenio-nav"
class="ui inverted menu borderless p-0"><div class="item logo p-0"><a class="logo-link" href="/"><img class="ui image rdm-logo"
src="/static/images/invenio-rdm.svg" alt="Zenodo home"></a></div>
<div class="item p-0 search-bar"><input id="header-search" type="text" placeholder="Search records..."></div>
<div class="right menu item">${zNav.map((t) => `<a class="item" href="/${t}">${t}</a>`).join('')}</div></nav></div></div></header>
<main id="main"><div class="invenio-page-body"><section id="banners" class="banners" aria-label="Information banner"></section>
<div class="ui container"><div class="ui relaxed grid mt-5"><div class="two column row top-padded"><article
class="sixteen wide tablet eleven wide computer column main-record-content">
<section id="record-info" aria-label="Publication date and version number"><div class="ui grid middle aligned"><div class="two column row">
<div class="left floated left aligned column"><span class="ui" title="Publication date">Published February 18, 2026</span>
<span class="label text-muted"> | Version v1.2.0</span></div><div class="right floated right aligned column">
<span role="note" class="ui label horizontal small neutral mb-5" aria-label="Resource type">Dataset</span>
<span role="note" class="ui label horizontal small access-status open mb-5" title="Access status"><span>Open</span></span></div></div></div></section>
<div class="ui divider hidden"></div>
<section id="record-title-section" aria-label="Record title and creators"><h1 id="record-title" class="wrap-overflow-x">${zTitle}</h1>
<section id="creatibutors" aria-label="Creators and contributors"><div class="ui grid"><div class="row ui accordion affiliations">
<div class="sixteen wide mobile twelve wide tablet thirteen wide computer column mb-10"><h3 class="sr-only">Creators</h3>
<ul class="creatibutors">
<li class="creatibutor-wrap separated"><a class="ui creatibutor-link" href="/search?q=Pellow"><span class="creatibutor-name">Pellow, Morwenna</span><sup
class="font-tiny">1</sup></a></li>
<li class="creatibutor-wrap separated"><a class="ui creatibutor-link" href="/search?q=Addo"><span class="creatibutor-name">Addo, Kwesi</span><sup
class="font-tiny">2</sup></a></li></ul></div>
<div class="ui sixteen wide tablet three wide computer column title right aligned bottom aligned"><button class="ui affiliations-button trigger button mini"
aria-expanded="false">Show affiliations</button></div>
<section class="ui sixteen wide column content" id="affiliations-list" aria-label="Affiliations"><ul>
<li>1. Institute for Upland Hydrology, Tregarth University</li><li>2. Northmoor Peatland Partnership</li></ul></section></div></div></section></section>
<section id="description" class="rel-mt-2 rich-input-content" aria-label="Record description"><h2 id="description-heading" class="sr-only">Description</h2>
<div style="word-wrap: break-word;"><div>
${ps(zDesc)}
<ul>${lis(zFiles)}</ul>
${ps(zMore)}
</div></div></section>
<section id="record-files" class="rel-mt-2 rel-mb-3" aria-label="Files"><div class="ui accordion panel mb-10 open" href="#files-preview-accordion-panel">
<h3 class="active title panel-heading open m-0">Files</h3><div class="active content pt-0"><table class="ui striped table files fluid open">
<thead><tr><th>Name</th><th>Size</th><th class>Download all</th></tr></thead><tbody>
<tr><td class="ten wide"><a href="/records/1480337/files/carrow-peat-v1.2.0.zip">carrow-peat-v1.2.0.zip</a><br><small class="ui text-muted font-tiny">
md5:3f9a0c1e77b2d4a85e6f01b9c2d7aa41</small></td><td>48.7 MB</td><td class="right aligned"><a role="button" class="ui compact mini button"
href="#">Preview</a><a role="button" class="ui compact mini button" href="#">Download</a></td></tr></tbody></table></div></div></section>
<section id="additional-details" class="rel-mt-2" aria-label="Additional record details"><h2>Additional details</h2>
<h3>Funding</h3><ul><li>Natural Landscapes Research Fund: Rewetting trajectories of upland blanket bog (NLRF-2022-114)</li></ul></section>
</article>
<aside class="sixteen wide tablet five wide computer column sidebar" aria-label="Record details"><div class="sidebar-container">
<section id="record-statistics" aria-label="Statistics"><div class="ui segment rdm-sidebar"><div class="ui tiny two statistics rel-mt-1">
<div class="ui statistic"><div class="value">1,027</div><div class="label">Views</div></div>
<div class="ui statistic"><div class="value">388</div><div class="label">Downloads</div></div></div>
<p class="text-align-center rel-mt-1"><small><a href="/help/statistics">Show more details</a></small></p></div></section>
<div class="sidebar-container"><h2 class="ui medium top attached header mt-0">Versions</h2><div id="record-versions" class="ui segment rdm-sidebar bottom
attached"><ul class="versions">${zSide
  .map(
    (v, i) =>
      `<li class="item"><a href="/records/14803${37 - i}">${v}</a><span class="version-date"> ${
        ['Feb 18, 2026', 'Oct 2, 2025', 'Jan 30, 2025'][i] ?? ''
      }</span></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="sidebar-container"><h2 class="ui medium top attached header mt-0">Communities</h2><div class="ui segment rdm-sidebar bottom attached">
<a href="/communities/peatland-obs">Peatland Observatories</a></div></div>
<div class="sidebar-container"><h2 class="ui medium top attached header mt-0">Details</h2><div class="ui segment bottom attached rdm-sidebar"><dl
class="details-list"><dt class="ui tiny header">DOI</dt><dd><span class="get-badge">10.5281/zenodo.1480337</span></dd>
<dt class="ui tiny header">Resource type</dt><dd>Dataset</dd><dt class="ui tiny header">Publisher</dt><dd>Zenodo</dd></dl></div></div>
<div class="sidebar-container"><h2 class="ui medium top attached header mt-0">Rights</h2><div class="ui segment bottom attached rdm-sidebar">
<span class="title">Creative Commons Attribution 4.0 International</span></div></div>
<div class="sidebar-container"><h2 class="ui medium top attached header mt-0">Citation</h2><div id="recordCitation" class="ui segment bottom attached
rdm-sidebar"><div class="citation-text">Pellow, M., &amp; Addo, K. (2026). Carrow Fell peat cores (v1.2.0) [Data set]. Zenodo.</div>
<label for="citation-style">Style</label><select id="citation-style"><option>APA</option><option>Harvard</option></select></div></div>
<div class="sidebar-container"><h2 class="ui medium top attached header mt-0">Export</h2><div id="export-record" class="ui segment bottom attached
rdm-sidebar"><select id="export-format"><option>JSON</option><option>DataCite XML</option><option>BibTeX</option></select>
<button class="ui button small">Export</button></div></div></div></aside></div></div></div></div></main>
<footer id="rdm-footer-element"><div class="footer-top"><div class="ui container app-rdm-footer"><ul class="footer-links">${links(zFoot)}</ul>
<p class="footer-note">Zenodo is built and operated by a research infrastructure. Powered by InvenioRDM.</p></div></div></footer>
<script src="/static/dist/js/invenio-app-rdm-record.js"></script></body></html>`;
const zenodo: TestPage = {
  name: 'heldout345-zenodo-record',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [],
  body: texts([...zDesc, ...zFiles, ...zMore]),
  bylines: [
    'Published February 18, 2026',
    'Pellow, Morwenna',
    'Addo, Kwesi',
    'Institute for Upland Hydrology, Tregarth University',
    'Northmoor Peatland Partnership',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main', ...zNav, '| Version v1.2.0', 'Open', 'Creators', 'Show affiliations', 'Files', 'Name', 'Size', 'Download all',
    'carrow-peat-v1.2.0.zip', 'md5:3f9a0c1e77b2d4a85e6f01b9c2d7aa41', '48.7 MB', 'Preview', 'Download', 'Additional details', 'Funding',
    'Natural Landscapes Research Fund: Rewetting trajectories of upland blanket bog (NLRF-2022-114)', '1,027', 'Views', '388', 'Downloads',
    'Show more details', 'Versions', ...zSide, 'Feb 18, 2026', 'Oct 2, 2025', 'Jan 30, 2025', 'Peatland Observatories', 'Details', 'DOI',
    '10.5281/zenodo.1480337', 'Resource type', 'Publisher', 'Zenodo', 'Rights', 'Creative Commons Attribution 4.0 International', 'Citation',
    'Pellow, M., & Addo, K. (2026). Carrow Fell peat cores (v1.2.0) [Data set]. Zenodo.', 'Style', 'APA', 'Harvard', 'Export', 'JSON',
    'DataCite XML', 'BibTeX', ...zFoot, 'Zenodo is built and operated by a research infrastructure. Powered by InvenioRDM.',
  ],
};

const fTitle = 'Interview transcripts and coding frame: how small ferry operators plan around winter storms';
const fDesc = [
  j(
    'This item holds the anonymised transcripts of 31 semi-structured interviews with owners, skippers and office staff of small',
    'passenger ferry operators on the Ostren archipelago, carried out between November 2024 and April 2025, together with the',
    'coding frame used in the analysis.',
  ),
  j(
    'The interviews asked how operators decide whether to sail when a storm is forecast, who they consult, and how they tell',
    'passengers about cancellations. Most operators run one or two vessels and have no dedicated forecasting staff, so decisions',
    'rest on a mix of official marine forecasts, harbour webcams and calls between skippers.',
  ),
  'The files are:',
];
const fList = [
  'Transcripts_anonymised.zip: 31 transcripts in plain text, one file per interview, with speaker labels.',
  'Coding_frame_v3.xlsx: the final coding frame, with 14 parent codes, 52 child codes and an example quote for each.',
  'Interview_guide.pdf: the question guide in English and Ostren, with the prompts used for follow-up questions.',
  'Consent_and_anonymisation.pdf: the consent wording and the steps taken to remove names, vessels and place names.',
];
const fMore = [
  j(
    'Names of people, vessels and small harbours have been replaced with codes (for example H03 for the third harbour). Larger',
    'ports are named where participants agreed, because the routes cannot be discussed without them.',
  ),
  j(
    'The coding frame was built in two rounds. Two researchers coded six transcripts independently, compared their codes and',
    'merged them into version 2; version 3 was settled after the remaining transcripts were coded and four rarely used codes were',
    'folded into their parents. Agreement between coders on the first six transcripts is reported in the consent document.',
  ),
  j(
    'The transcripts may be reused for research and teaching. Please do not attempt to re-identify participants, and contact the',
    'authors before publishing long verbatim passages.',
  ),
];
const fCats = ['Human geography', 'Maritime transport', 'Risk analysis'];
const fKeys = ['ferries', 'storm forecasts', 'decision making', 'qualitative interviews', 'island communities'];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle}</title>
<meta name="citation_title" content="${fTitle}"><meta name="citation_author" content="Hallgren, Sigrun"><meta name="DC.publisher" content="Figshare">
<meta property="og:image" content="https://figshare.example/assets/thumb.png"><link rel="canonical" href="https://figshare.example/articles/dataset/27715340">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Dataset","name":"${fTitle}","datePublished":"2026-02-11"}</script>
<script>window.__APP_STATE__={"item":{"id":27715340,"version":1,"defined_type":"dataset"},"user":null};</script>
<link rel="stylesheet" href="/static/css/app.4e1a7c.css"></head>
<body><div id="app"><div class="_2ZkNa"><header class="_1Gq2M" role="banner"><a class="_3JvUn" href="/" aria-label="figshare homepage"></a>
<nav class="_2cA8Q"><ul class="_1w3Hx">${links(['Browse', 'Search on figshare', 'Log in', 'Sign up'], '_3qQxu')}</ul></nav></header>
<main class="_3A2Xx" role="main"><div class="_1H1xe"><div class="_2Mqzf"><div class="_3D7uK"><div class="_1JrNb" role="region" aria-label="File preview">
<div class="_1Zc8y">Transcripts_anonymised.zip</div><div class="_3t1Qm">Preview not available for this file type</div>
<div class="_2g8zL">1/4</div></div>
<div class="_2WmKj"><button class="_1dQ3n" type="button">Cite</button><button class="_1dQ3n _3rPqs" type="button">Download (12.4 MB)</button>
<button class="_1dQ3n" type="button">Share</button><button class="_1dQ3n" type="button">Embed</button><button class="_1dQ3n" type="button">+ Collect</button>
</div></div>
<div class="_2vTcQ"><div class="_1cY6p"><span class="_3kGs7">Dataset</span><span class="_2yFAp">posted on 2026-02-11, 09:14</span>
<span class="_2yFAp">authored by <a href="/authors/Sigrun_Hallgren/881" class="_3s4e1">Sigrun Hallgren</a>,
<a href="/authors/Teodor_Vass/882" class="_3s4e1">Teodor Vass</a></span></div>
<h2 class="_1vPFL" aria-level="1" role="heading">${fTitle}</h2>
<div class="_3Nfpr" itemprop="description">
${ps(fDesc)}
<ul>${lis(fList)}</ul>
${ps(fMore)}
</div>
<div class="_2rDVa"><h3 class="_2y7IL">Funding</h3><p class="_2Q3F1">Ostren Research Council: Weather, work and risk in island transport</p></div>
<div class="_2rDVa"><h3 class="_2y7IL">History</h3><dl class="_1X8yh"><dt>Ethics approval reference</dt><dd>ORC-HREC-2024-077</dd></dl></div></div>
<aside class="_3v1zy" aria-label="Item metadata"><div class="_2kTn0"><ul class="_1Ka4s"><li><span class="_3R0Pq">1,452</span> page views</li>
<li><span class="_3R0Pq">216</span> downloads</li><li><span class="_3R0Pq">3</span> citations</li></ul></div>
<div class="_2kTn0"><h3 class="_2y7IL">Categories</h3><ul>${links(fCats)}</ul></div>
<div class="_2kTn0"><h3 class="_2y7IL">Keywords</h3><ul class="_3nP2b">${links(fKeys, '_1jIuP')}</ul></div>
<div class="_2kTn0"><h3 class="_2y7IL">Licence</h3><a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div>
<div class="_2kTn0"><h3 class="_2y7IL">Exports</h3><button class="_2xjVt" type="button">Select an option</button></div></aside></div></div></main>
<footer class="_1fGv9" role="contentinfo"><ul class="_2d0cT">${links(['About', 'Blog', 'Accessibility', 'Privacy policy', 'Cookie policy'])}</ul>
<p class="_3yYH2">© 2026 Figshare. All rights reserved.</p></footer>
<div class="_1Ybha" role="dialog" aria-label="Cookies"><p>Figshare uses cookies to provide and improve our service. By using this site you agree to this.</p>
<button type="button">Accept cookies</button><button type="button">Cookie settings</button></div></div></div>
<script src="/static/js/app.8b0c2f.js"></script></body></html>`;
const figshare: TestPage = {
  name: 'heldout345-figshare-item',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fDesc, ...fList, ...fMore]),
  bylines: ['posted on 2026-02-11, 09:14', 'Sigrun Hallgren', 'Teodor Vass'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Browse', 'Search on figshare', 'Log in', 'Sign up', 'Preview not available for this file type', '1/4', 'Cite', 'Download (12.4 MB)', 'Share',
    'Embed', '+ Collect', 'authored by', 'Funding', 'Ostren Research Council: Weather, work and risk in island transport', 'History',
    'Ethics approval reference', 'ORC-HREC-2024-077', '1,452', 'page views', '216', 'downloads', 'citations', 'Categories', ...fCats, 'Keywords', ...fKeys,
    'Licence', 'CC BY 4.0', 'Exports', 'Select an option', 'About', 'Blog', 'Accessibility', 'Privacy policy', 'Cookie policy',
    '© 2026 Figshare. All rights reserved.', 'Figshare uses cookies to provide and improve our service. By using this site you agree to this.',
    'Accept cookies', 'Cookie settings',
  ],
};

export const HELDOUT345_B: readonly TestPage[] = [zenodo, figshare];
