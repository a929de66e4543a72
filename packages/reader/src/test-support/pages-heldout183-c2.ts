import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 183, file c2: a PLOS ONE article page (the journal header and menus, the "Open Access" and "Peer-reviewed"
 * badges, the article tabs, the h1 and author list with hidden affiliation and role popups, the published date and DOI,
 * the abstract, the article info block (citation, editor, dates, copyright, data availability, funding, competing
 * interests), body sections with a figure whose caption and "Download:" links sit inside the text, the references, the
 * right rail with download, metrics, "Subject Areas" and its feedback text, and the footer).
 */
const plTitle = 'Hedgerow age predicts wild bee diversity on mixed farms in the Harwick lowlands';
const plAbstract = [
  'Hedgerows provide nesting sites and forage for wild bees in farmland, but not all hedgerows are equal. We surveyed bees along ' +
    '64 hedgerows on 22 mixed farms and dated each hedgerow from historical maps. Older hedgerows supported more bee species and ' +
    'more ground-nesting bees than recently planted ones, even when flower cover was similar. Keeping old hedgerows may matter more ' +
    'for bee diversity than planting new ones.',
];
const plH1 = 'Introduction';
const plP1 = [
  'Agri-environment schemes in many countries pay farmers to plant new hedgerows. The schemes are usually judged by length ' +
    'planted, yet the value of a hedgerow for wildlife may depend on features that take decades to develop, such as a varied ' +
    'woody structure, a deep litter layer and bare, sunny banks.',
  'We asked whether hedgerow age, independent of its current flowers, explains differences in the wild bee communities found ' +
    'along hedgerows on lowland mixed farms.',
];
const plH2 = 'Materials and methods';
const plP2 = [
  'Between April and August 2022 we walked a 100 m transect along each hedgerow six times, recording every bee seen within 2 m of ' +
    'the hedge base and netting those that could not be identified in the field. Flower cover was estimated in ten quadrats per ' +
    'transect on each visit.',
  'Hedgerows were assigned to three age classes from the 1840s tithe maps, 1950s Ordnance Survey maps and recent aerial ' +
    'photographs: more than 170 years old, 70 to 170 years old, and less than 30 years old.',
];
const plH3 = 'Results';
const plP3 = [
  'We recorded 3,911 bees of 71 species. Species richness was 38% higher on the oldest hedgerows than on the youngest ' +
    '(generalised linear mixed model, p &lt; 0.001), and the difference held after flower cover was included as a covariate.',
  'Ground-nesting mining bees accounted for most of the difference. Nest aggregations were found on 19 of the 23 oldest ' +
    'hedgerows and on only 2 of the 20 youngest, almost always on south-facing banks with sparse vegetation.',
];
const plH4 = 'Discussion';
const plP4 = [
  'Our results suggest that old hedgerows offer bees something that flowers alone do not: stable, sunny nesting ground. ' +
    'Schemes that pay for new planting could add value by also protecting old hedgerow banks from ploughing and spraying.',
  'Because our study is observational, we cannot rule out that old hedgerows differ from new ones in ways we did not measure, ' +
    'such as soil type or the surrounding landscape. A long-term study of newly planted hedgerows would help answer this.',
];
const plFig = 'Fig 1. Wild bee species richness by hedgerow age class.';
const plFigNote = 'Points show transects; bars show model estimates with 95% confidence intervals.';
const plAuthors = ['Rosalind Achterberg', 'Dafydd Penhale', 'Nkechi Obiora-Lund'];
const plInfo = [
  'Citation: Achterberg R, Penhale D, Obiora-Lund N (2025) Hedgerow age predicts wild bee diversity on mixed farms in the Harwick ' +
    'lowlands. PLoS ONE 20(4): e0318844. https://doi.org/10.1371/journal.pone.0318844',
  'Editor: Ines Carvalho-Reyes, University of Lusitania, PORTUGAL',
  'Received: October 14, 2024; Accepted: March 2, 2025; Published: April 9, 2025',
  'Copyright: © 2025 Achterberg et al. This is an open access article distributed under the terms of the Creative Commons ' +
    'Attribution License, which permits unrestricted use, distribution, and reproduction in any medium, provided the original ' +
    'author and source are credited.',
  'Data Availability: All survey data are available from the Harwick Data Archive (doi: 10.5555/hda.2291).',
  'Funding: This work was funded by the Lowland Farming Trust (grant LFT-2021-118 to RA). The funder had no role in study design, ' +
    'data collection and analysis, decision to publish, or preparation of the manuscript.',
  'Competing interests: The authors have declared that no competing interests exist.',
];
const plNav = [
  'Publish',
  'Submissions',
  'Getting Started',
  'Submission Guidelines',
  'Figures',
  'Tables',
  'About',
  'Journal Information',
  'Editorial Board',
  'Browse',
];
const plTabs = ['Article', 'Authors', 'Metrics', 'Comments', 'Media Coverage', 'Peer Review'];
const plRail = ['Download PDF', 'Citation', 'XML', 'Print', 'Share', 'Reddit', 'Facebook', 'LinkedIn', 'Mendeley', 'Twitter', 'Email'];
const plSubjects = ['Bees', 'Hedgerows', 'Agricultural land', 'Species diversity', 'Farms', 'Flowering plants', 'Pollinators', 'Nesting habits'];
const plFeedback =
  'We want your feedback. Do these Subject Areas make sense for this article? Click the target next to the incorrect Subject Area ' +
  'and let us know. Thanks for your help!';
const plFoot = [
  'Publications',
  'PLOS Biology',
  'PLOS ONE',
  'PLOS Medicine',
  'PLOS Climate',
  'Home',
  'Blogs',
  'Collections',
  'Give feedback',
  'LOCKSS',
  'Privacy Policy',
  'Terms of Use',
  'Advertise',
  'Media Inquiries',
  'Contact',
];
const plRefs = [
  'Staley JT, Sparks TH. Hedgerow management and wildlife in lowland farmland. J Appl Ecol. 2019;56: 1021–1030.',
  'Vargas M, Lindgren E. Nesting resources limit ground-nesting bees in arable landscapes. Ecol Entomol. 2021;46: 88–97.',
];
const sec = (id: number, h: string, p: readonly string[], extra = ''): string =>
  `<div id="section${id}" class="section toc-section"><a id="sec00${id}" name="sec00${id}" data-toc="sec00${id}" class="link-target" title="${h}"></a>` +
  `<h2>${h}</h2>${ps(p)}${extra}</div>`;
const plFigHtml = `<div class="figure" data-doi="10.1371/journal.pone.0318844.g001"><div class="img-box"><a title="Click for larger image" href="#"><img
src="article/figure/image?size=inline&amp;id=10.1371/journal.pone.0318844.g001" alt="thumbnail"></a></div><div class="figure-inline-download">
Download: <ul><li><div class="definition-label"><a href="#">PPT</a></div></li><li><a href="#">PNG</a></li><li><a href="#">TIFF</a></li></ul></div>
<div class="figcaption"><span>Fig 1. </span> Wild bee species richness by hedgerow age class.</div><p class="caption_target"><a>${plFigNote}</a></p>
<p class="caption_object"><a href="https://doi.org/10.1371/journal.pone.0318844.g001">https://doi.org/10.1371/journal.pone.0318844.g001</a></p></div>`;
const plHtml = `<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"><title>${plTitle} | PLOS One</title>
<meta name="citation_title" content="${plTitle}">${plAuthors.map((a) => `<meta name="citation_author" content="${a}">`).join('')}
<meta name="citation_doi" content="10.1371/journal.pone.0318844"><meta name="citation_date" content="Apr 9, 2025"><meta name="dc.identifier"
content="10.1371/journal.pone.0318844">
<meta property="og:type" content="article"><meta property="og:title" content="${plTitle}"><meta name="twitter:site" content="plosone">
<link rel="stylesheet" href="/resource/compiled/asset_BQ3XTSTSBN3K.css"><script src="/resource/compiled/asset_WD5YL6ZQNHLP.js"></script>
<script type="text/javascript">var ambraConfig = {journalKey: 'PLoSONE'};</script></head>
<body class="article plosone"><div id="page-wrap"><div id="topslot" class="head-top"><div class="title">Advertisement</div>
<div id="div-gpt-ad-1458247671871-0" style="width:728px;height:90px;"></div></div>
<header><div id="user" class="nav"><ul class="nav-user"><li><a href="https://plos.example/">plos.org</a></li><li><a
href="/create-account">create account</a></li>
<li class="highlighted"><a href="/login">sign in</a></li></ul></div><div id="pagehdr"><nav class="nav-main"><h1 class="logo"><a
href="/plosone/.">PLOS ONE</a></h1>
<ul class="nav-elements">${links(plNav, 'menu-section-header')}</ul><div id="db"><form id="searchForm"><label for="search">Search</label>
<input id="search" type="text" placeholder="Search"><a id="advSearch" href="/search?advanced=true">advanced search</a></form></div></nav></div></header>
<main id="main-content"><div class="set-grid"><header class="title-block"><div id="articleTypeLabel" class="article-type"><p
class="type-article">Open Access</p>
<p class="peer-reviewed">Peer-reviewed</p><p id="artType">Research Article</p></div><div class="article-title-etc"><div class="title-authors">
<h1 id="artTitle">${plTitle}</h1><ul class="author-list clearfix" data-js-tooltip="tooltip_trigger">${plAuthors
  .map(
    (a, i) => `<li data-js-tooltip="tooltip_trigger"><a data-author-id="${i}" class="author-name">${a}${i < 2 ? ',' : ''}</a>
<div id="author-meta-${i}" class="author-info" data-js-tooltip="tooltip_target"><p id="authRoles"><span
class="type">Roles</span> Conceptualization, Writing – original draft</p>
<p id="authAffiliations-${i}"><span class="type">Affiliation</span> Department of Ecology, Harwick University, Harwick, United Kingdom</p></div></li>`,
  )
  .join('\n')}</ul></div><ul class="date-doi"><li id="artPubDate">Published: April 9, 2025</li>
<li id="artDoi"><a href="https://doi.org/10.1371/journal.pone.0318844">https://doi.org/10.1371/journal.pone.0318844</a></li></ul></div></header>
<div class="article-container"><div id="nav-article"><ul class="nav-secondary">${links(plTabs, 'tab-title')}</ul></div>
<div class="article-content"><div class="amendment amendment-correction toc-section"><div
class="amendment-title">There is an updated version of this paper.</div>
<div class="amendment-body">A correction to this article was published on May 21, 2025.</div></div>
<div id="figure-carousel-section"><h2>Figures</h2></div><div class="article-text" id="artText">
<div class="abstract toc-section abstract-type-"><a id="abstract0" name="abstract0" data-toc="abstract0" class="link-target" title="Abstract"></a>
<h2>Abstract</h2><div class="abstract-content">${ps(plAbstract)}</div></div>
<div class="articleinfo">${plInfo.map((t) => `<p>${t.replace(/^([A-Za-z ]+:)/, '<strong>$1</strong>')}</p>`).join('\n')}</div>
${sec(1, plH1, plP1)}
${sec(2, plH2, plP2)}
${sec(3, plH3, plP3, plFigHtml)}
${sec(4, plH4, plP4)}
<div class="toc-section"><a id="references" name="references" class="link-target" data-toc="references" title="References"></a><h2>References</h2>
<ol class="references">${plRefs
  .map(
    (r, i) => `<li id="ref${i + 1}"><span class="order">${i + 1}. </span>${r}<ul class="reflinks"><li><a href="#">View Article</a></li>
<li><a href="#">Google Scholar</a></li></ul></li>`,
  )
  .join('\n')}</ol></div></div></div>
<aside class="article-aside"><div class="dload-menu"><div class="dload-pdf"><a href="/article/file?type=printable">Download PDF</a></div></div>
<ul class="aside-links">${links(plRail.slice(1))}</ul><div id="almSignposts"
class="signposts"><ul><li><span>14</span> Saves</li><li><span>1,902</span> Views</li>
<li><span>3</span> Citations</li><li><span>22</span> Shares</li></ul></div>
<div class="subject-areas-container"><h3>Subject Areas <div id="subjInfo">?</div></h3><div id="subjInfoText"><p>For more information about PLOS Subject Areas,
click <a href="#">here</a>.</p><p><span class="inline-intro">${plFeedback}</span></p></div><ul id="subjectList">${links(plSubjects, 'taxo-term')}</ul></div>
<div class="ad"><div class="title">Advertisement</div><div id="div-gpt-ad-1458247671871-1"></div></div></aside></div></div></main>
<footer id="pageftr"><div class="row"><img src="/resource/img/logo-plos-footer.png" alt="PLOS" class="logo-footer"><p class="nav-special"><a
href="#">Publications</a></p>
<ul class="nav-secondary">${links(plFoot.slice(1))}</ul>
<p>PLOS is a nonprofit 501(c)(3) corporation, #C2354500, based in San Francisco, California, US</p></div></footer>
</div></body></html>`;
export const plosArticle: TestPage = {
  html: plHtml,
  name: 'heldout183-plos-one-article',
  kind: 'docs',
  // the author names and "Published:" date are bylines; the correction notice, the article-info block, figure caption and
  // download links, author popups, references and the rails are furniture or in neither list (references); "Abstract" is
  // a heading
  title: plTitle,
  headings: ['Abstract', plH1, plH2, plH3, plH4],
  body: texts([...plAbstract, ...plP1, ...plP2, ...plP3, ...plP4]),
  bylines: ['Rosalind Achterberg,', 'Dafydd Penhale,', 'Nkechi Obiora-Lund', 'Published: April 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'plos.org', 'create account', 'sign in', 'PLOS ONE', ...plNav, 'advanced search', 'Open Access', 'Peer-reviewed',
    'Research Article', 'Roles Conceptualization, Writing – original draft', 'Affiliation Department of Ecology, Harwick University, Harwick, United Kingdom',
    'https://doi.org/10.1371/journal.pone.0318844', ...plTabs, 'There is an updated version of this paper.',
    'A correction to this article was published on May 21, 2025.', 'Figures', ...plInfo, 'Download:', 'PPT', 'PNG', 'TIFF', plFig, plFigNote,
    'View Article', 'Google Scholar', ...plRail, '14 Saves', '1,902 Views', '3 Citations', '22 Shares', 'Subject Areas',
    'For more information about PLOS Subject Areas, click here.', plFeedback, ...plSubjects, ...plFoot,
    'PLOS is a nonprofit 501(c)(3) corporation, #C2354500, based in San Francisco, California, US',
  ],
};
