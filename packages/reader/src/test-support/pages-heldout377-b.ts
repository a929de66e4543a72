import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout377-kit.js';

/**
 * Held-out batch 377, file b: a WorldCat-style record page in Next.js / MUI markup (a data page whose main text is short:
 * header, search box, record facts, "Find a copy" panel, similar items, cookie banner, footer) and an ArcLight finding aid
 * rendered from EAD with series descriptions (masthead, breadcrumb, bookmark and request buttons, collection context tree,
 * the "Using these materials" rail, footer).
 */
const wTitle = 'The lamp-chimney trade: notes from a working life';
const wSummary = [
  j(
    'A former gaffer at the Brenner works in Ashcombe recalls forty years at the furnace mouth, from sweeping the glory hole as',
    'a boy of thirteen to training the last crew before the works closed. Written in short chapters, the memoir describes how lamp',
    'chimneys were gathered, blown into iron moulds and cracked off, and why a good chimney was judged by the ring it gave when tapped.',
  ),
  j(
    'The author is frank about injuries, strikes and the rivalries between shops, and ends with a plea for the skills of the trade',
    'to be recorded before the last workers are gone.',
  ),
];
const wNotes = ['Includes a glossary of glassmaking terms.', 'Illustrated with the author\u2019s own drawings of tools and moulds.'];
const wNav = ['Libraries', 'Lists', 'Advanced Search'];
const wSimilar = [
  'Salt and ember : glassmaking communities of the Tamsin Valley',
  'Furnace and family: a glassblower\u2019s daughter remembers',
  'Pressed glass of the northern river towns',
];
const wFoot = ['About', 'Help', 'Privacy Statement', 'Terms and Conditions', 'Cookie Notice', 'Accessibility'];
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>The lamp-chimney trade: notes from a working life | Catalogworld</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A former gaffer at the Brenner works in Ashcombe
recalls forty years at the furnace mouth."><meta property="og:title" content="The lamp-chimney trade">
<link rel="canonical" href="https://search.catalogworld.example/title/1188204731"><meta name="next-head-count" content="9">
<link rel="preload" href="/_next/static/css/8c2f1a.css" as="style"><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"Book","name":"The lamp-chimney trade","author":{"@type":"Person","name":"Dunmore, Alec"},"datePublished":"2008","inLanguage":"en"}</script></head>
<body><div id="__next"><div class="MuiBox-root css-1x5c3b"><header class="MuiPaper-root MuiAppBar-root MuiAppBar-positionSticky css-ab12cd">
<div class="MuiToolbar-root MuiToolbar-regular css-9zk2u"><a href="/" class="MuiTypography-root MuiLink-root css-logo" aria-label="Catalogworld home">
<span class="css-brand">Catalogworld</span></a><nav aria-label="main navigation"><ul class="css-1navlist">${links(wNav, 'MuiListItem-root')}</ul></nav>
<button class="MuiButtonBase-root MuiButton-root MuiButton-text css-signin" type="button">Sign In</button></div></header>
<div class="css-search"><form role="search"><input aria-label="Search" placeholder="Search libraries for books, DVDs, articles and more"
class="MuiInputBase-input css-q" type="text"><button type="submit" class="MuiButton-root">Search</button></form></div>
<main class="MuiContainer-root MuiContainer-maxWidthLg css-main"><a href="/search?q=lamp+chimney" class="MuiLink-root css-back">Back to Search Results</a>
<div class="MuiGrid-root MuiGrid-container css-rec"><div class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-8"><div class="css-format">
<span class="MuiChip-label">Print Book</span><span class="MuiChip-label">English</span><span class="MuiChip-label">2008</span></div>
<h1 class="MuiTypography-root MuiTypography-h1 css-title" data-testid="title-${'1188204731'}">${wTitle}</h1>
<div class="css-author"><span class="MuiTypography-root MuiTypography-body1">Author:</span> <a href="/search?q=au%3DDunmore">Alec Dunmore</a></div>
<div class="css-actions"><button class="MuiButton-root">Cite</button><button class="MuiButton-root">Save to list</button>
<button class="MuiButton-root">Share</button></div>
<section aria-labelledby="summary-heading"><h2 id="summary-heading" class="MuiTypography-root MuiTypography-h2">Summary</h2>
<div class="MuiTypography-root MuiTypography-body1 css-summary" data-testid="summary">${ps(wSummary)}</div></section>
<section aria-labelledby="details-heading"><h2 id="details-heading" class="MuiTypography-root MuiTypography-h2">Details</h2>
<dl class="css-details"><dt>Publisher</dt><dd>Ashcombe : Furnace Lane Books, 2008</dd><dt>Physical description</dt><dd>212 pages : illustrations ; 22 cm</dd>
<dt>ISBN</dt><dd>9780956223140</dd><dt>OCLC Number / Unique Identifier</dt><dd>1188204731</dd>
<dt>Notes</dt><dd><ul class="css-notes">${wNotes.map((n) => `<li>${n}</li>`).join('')}</ul></dd></dl></section></div>
<aside class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-4 css-holdings"><div class="MuiPaper-root MuiCard-root"><h2 class="MuiTypography-h3">Find a copy in the
library</h2><p class="css-loc">Finding libraries that hold this item...</p><ul class="css-libs"><li><span>Ashcombe Public Libraries</span>
<span>2.1 mi</span></li>
<li><span>University of Carrow Library</span><span>14 mi</span></li></ul><button class="MuiButton-root">View all 9 libraries</button></div></aside></div>
<section class="css-similar"><h2 class="MuiTypography-h3">Similar Items</h2><ul>${links(wSimilar, 'MuiListItem-root')}</ul></section></main>
<footer class="css-footer"><ul>${links(wFoot)}</ul><p>\u00a9 2026 Catalogworld Cooperative. All rights reserved.</p></footer>
<div role="dialog" aria-label="Cookie consent" class="MuiSnackbar-root css-cookie"><p>We use cookies to remember your library and to measure how the
site is used.</p><button class="MuiButton-root">Accept All Cookies</button><button class="MuiButton-root">Manage Preferences</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"oclcNumber":"1188204731","locale":"en"}},"page":"/title/[oclcNumber]",
"buildId":"r2Yv8p"}</script><script src="/_next/static/chunks/main-4f1b.js" defer></script></body></html>`;
const worldcat: TestPage = {
  name: 'heldout377-worldcat-record',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Summary', 'Details'],
  body: texts([...wSummary, ...wNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Catalogworld', ...wNav, 'Sign In', 'Back to Search Results', 'Print Book', 'English', 'Cite', 'Save to list', 'Share',
    'Find a copy in the library', 'Finding libraries that hold this item...', 'Ashcombe Public Libraries', 'University of Carrow Library',
    'View all 9 libraries', 'Similar Items', ...wSimilar, ...wFoot, '\u00a9 2026 Catalogworld Cooperative. All rights reserved.',
    'We use cookies to remember your library and to measure how the site is used.', 'Accept All Cookies', 'Manage Preferences',
  ],
};

const fTitle = 'Marrable Family Papers';
const fScope = [
  j(
    'The Marrable family papers span four generations of a family of surveyors and mapmakers in the Carrow hills. The bulk of the',
    'collection consists of field books, estate plans and correspondence from the practice founded by Josiah Marrable in 1862,',
    'with smaller groups of household accounts, diaries and photographs.',
  ),
];
const fBio = [
  j(
    'The office kept almost everything it produced, and the papers came to the university in 1972 from Leonard',
    'Marrable, who sorted them himself into the four groups that became the series described below.',
  ),
  j(
    'Josiah Marrable trained under the county surveyor before opening his own office in Carrow. His daughter Edith joined the',
    'practice in 1894 and ran it after his death, becoming one of the first women admitted to the regional Surveyors\u2019 Guild.',
    'Her nephew Leonard modernised the office in the 1930s, and the firm closed on his retirement in 1971.',
  ),
];
const fSeries = [
  [
    'Series I: Field Books, 1862-1968',
    j(
      'Two hundred and eleven field books in which the surveyors recorded chain lengths, bearings and sketches on site. Books',
      'are arranged by surveyor and then by date. Edith Marrable\u2019s books include notes on soil and drainage that are not',
      'found in the finished plans.',
    ),
  ],
  [
    'Series II: Estate Plans and Maps, 1865-1970',
    j(
      'Finished plans of farms, estates and building plots, many hand-coloured, with a card index compiled by Leonard Marrable.',
      'Large plans are stored flat and must be requested a day in advance.',
    ),
  ],
  [
    'Series III: Correspondence, 1862-1971',
    j(
      'Letters from clients, solicitors and the county council, arranged chronologically. The series records disputes over',
      'boundaries and the firm\u2019s work on the Carrow enclosure of 1877.',
    ),
  ],
  [
    'Series IV: Family Papers, 1870-1975',
    j(
      'Diaries of Edith Marrable (1889-1931), household account books, and photographs of the family and the office staff.',
      'The diaries are the best source for Edith\u2019s working methods and her dealings with the Guild.',
    ),
  ],
] as const;
const fAccess = [
  j('Open for research. Fragile field books in Series I are served as digital surrogates; originals may be consulted with the', 'permission of the curator.'),
];
const fNav = ['Repositories', 'Browse collections', 'Help', 'Bookmarks', 'History'];
const fUsing = ['Request', 'Citation', 'Location', 'Carrow University Special Collections, Level 2, Hallam Library'];
const fHtml = `<!DOCTYPE html><html class="no-js" lang="en"><head><meta charset="utf-8"><title>Marrable Family Papers - Carrow Archives Search</title>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="turbo-visit-control" content="reload">
<link rel="alternate" title="xml" type="application/xml" href="/catalog/mss0412.xml"><link rel="stylesheet" href="/assets/arclight-2c1e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ArchiveComponent","name":"Marrable Family Papers",
"dateCreated":"1862-1975"}</script>
<script src="/assets/application-91ab.js" type="module"></script></head>
<body class="blacklight-catalog blacklight-catalog-show"><nav id="skip-link" role="navigation" aria-label="Skip links">
<a class="visually-hidden-focusable rounded-bottom py-2 px-3" href="#main-container">Skip to main content</a></nav>
<header class="lux"><nav class="navbar navbar-expand-md navbar-dark bg-dark topbar" role="navigation"><div class="container">
<a class="navbar-brand navbar-logo" href="/">Carrow Archives Search</a><ul class="navbar-nav">${links(fNav, 'nav-item')}</ul></div></nav>
<div class="navbar-search navbar navbar-light bg-light" role="navigation"><form class="search-query-form" role="search" action="/catalog">
<label for="search_field" class="visually-hidden">Search in</label><select id="search_field" name="search_field"><option>All Fields</option></select>
<input type="search" name="q" placeholder="Search..." class="search-q q form-control"><button class="btn btn-primary search-btn" type="submit"
id="search">Search</button></form></div></header>
<main id="main-container" class="container" role="main"><div class="al-show-breadcrumb"><nav aria-label="breadcrumb"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/repositories/carrow">Carrow University Special Collections</a></li>
<li class="breadcrumb-item active">Marrable Family Papers</li></ol></nav></div>
<div class="row"><div id="sidebar" class="col-md-4 al-sidebar"><div class="al-collection-context"><h2 class="h5">Collection Context</h2>
<ul class="al-contents">${links(
  fSeries.map((s) => s[0]),
  'al-collection-context',
)}</ul></div>
<div class="al-sticky-sidebar al-request"><h2 class="h5">Using these materials</h2><ul>${links(fUsing)}</ul></div></div>
<div id="content" class="col-md-8 show-document"><div class="title-container"><h1 itemprop="name">${fTitle}</h1>
<div class="al-document-extent badge">Dates: 1862-1975</div><div class="al-document-extent badge">38 linear feet</div>
<div class="al-toggle-view-children"><button class="btn btn-sm btn-outline-secondary toggle-bookmark">Bookmark</button>
<a class="btn btn-sm btn-primary al-request-button" href="#">Request</a></div></div>
<div class="al-show"><div class="al-show-sub-heading-row"><h2 class="al-show-sub-heading" id="summary">Summary</h2></div>
<dl class="row dl-invert"><dt class="blacklight-creator">Creator</dt><dd>Marrable &amp; Co., Surveyors</dd><dt>Language</dt><dd>English</dd>
<dt>Physical Description</dt><dd>38 linear feet (52 boxes, 6 map drawers)</dd><dt>Collection Number</dt><dd>MSS 0412</dd></dl>
<h2 class="al-show-sub-heading" id="background">Background</h2><h3>Scope and Contents</h3>${ps(fScope)}
<h3>Biographical / Historical</h3>${ps(fBio)}
<h2 class="al-show-sub-heading" id="series">Description of Series</h2>
${fSeries.map(([h, p]) => `<section class="al-series"><h3>${h}</h3><p>${p}</p></section>`).join('\n')}
<h2 class="al-show-sub-heading" id="access">Access and Use</h2><h3>Conditions Governing Access</h3>${ps(fAccess)}
<h3>Preferred Citation</h3><p class="al-citation">[Identification of item], Marrable Family Papers (MSS 0412), Carrow University Special Collections.</p>
</div></div></div></main>
<footer class="al-footer"><div class="container"><p>Carrow University Special Collections, Hallam Library, Carrow</p>
<p><a href="/accessibility">Accessibility</a> | <a href="/takedown">Takedown policy</a> | Powered by <a href="https://arclight.example">ArcLight</a></p>
</div></footer></body></html>`;
const arclight: TestPage = {
  name: 'heldout377-arclight-finding-aid',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [
    'Summary',
    'Background',
    'Scope and Contents',
    'Biographical / Historical',
    'Description of Series',
    ...fSeries.map((s) => s[0]),
    'Access and Use',
    'Conditions Governing Access',
    'Preferred Citation',
  ],
  body: texts([
    ...fScope,
    ...fBio,
    ...fSeries.map((s) => s[1]),
    ...fAccess,
    '[Identification of item], Marrable Family Papers (MSS 0412), Carrow University Special Collections.',
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Carrow Archives Search', ...fNav, 'Search in', 'All Fields', 'Home', 'Collection Context', 'Using these materials',
    'Location', 'Carrow University Special Collections, Level 2, Hallam Library', 'Dates: 1862-1975', '38 linear feet', 'Bookmark',
    'Carrow University Special Collections, Hallam Library, Carrow', 'Accessibility', 'Takedown policy', 'Powered by ArcLight',
  ],
};

export const HELDOUT377_B: readonly TestPage[] = [worldcat, arclight];
