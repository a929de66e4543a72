import { links, ps, type TestPage, texts } from './page-kit.js';
import { head, lis } from './pages-heldout410-kit.js';

/**
 * Held-out batch 410, file c: a city's open-data portal map view on the Socrata template (site chrome, map card with legend
 * and controls, the view's description, "About this View" metadata table, tags, action buttons and the city footer) and an
 * OpenStreetMap wiki tag page on MediaWiki's Vector skin (language bar, infobox, table of contents, edit links, categories,
 * sidebar, personal tools and footer).
 */
const soTitle = 'Street Tree Inventory Map';
const soDesc = [
  `This map shows every tree that the City of Harlow Bay maintains along streets, in medians and on the edges of city-owned
parking lots. It does not include trees in parks or on private land. Each point is one tree, coloured by its condition at the
most recent inspection.`,
  `The inventory was first compiled in 2019 by a contracted survey crew and is now kept up to date by the Urban Forestry division.
When a tree is planted, pruned, inspected or removed, the crew records the change on a tablet in the field, and the map refreshes
overnight.`,
  `Condition ratings follow the city's four-step scale. Trees rated poor are scheduled for a second inspection within six months;
trees rated dead are placed on the removal list and usually taken down within ninety days.`,
];
const soList = [
  'Good: healthy crown, no visible defects.',
  'Fair: minor dieback or damage that does not need action.',
  'Poor: major defects, decay or a lean that needs a closer look.',
  'Dead: no live growth; scheduled for removal.',
];
const soDesc2 = [
  `Species names use the common name first and the botanical name in a separate column. Diameter is measured at breast height, 1.37
metres above the ground, and rounded to the nearest centimetre. Planting sites that are empty are shown as hollow circles so that
residents can request a tree through the city's 311 service.`,
  `Please note that locations are recorded with consumer-grade GPS and may be off by up to five metres. Do not use this map to
settle property line questions.`,
];
const soNav = ['Home', 'Catalog', 'Maps', 'Developers', 'Help', 'Sign In'];
const soMeta = ['Data Provided by', 'Parks and Trees Department', 'Category', 'Environment', 'License', 'Open Data Commons Attribution License'];
const soTags = ['street-trees', 'urban-forestry', 'tree-canopy', 'environment'];
const soFoot = ['Harlow Bay City Hall', 'Open Data Policy', 'Terms of Use', 'Accessibility', 'Contact the Open Data Team'];
const soHtml = `<!DOCTYPE html><html lang="en">${head(
  soTitle,
  'City of Harlow Bay Open Data',
  'Every street tree the city maintains, coloured by condition.',
  `{"@context":"https://schema.org","@type":"Dataset","name":"${soTitle}","creator":{"@type":"Organization","name":"City of Harlow Bay"},
"dateModified":"2026-03-02","license":"https://opendatacommons.example/licenses/by/"}`,
  `<script>window.socrataConfig={"domain":"data.harlowbay.example","locale":"en","featureFlags":{"enable_new_maps":true}};
var initialState={"view":{"id":"t7q3-x9kd","name":"${soTitle}","displayType":"map"}};</script>`,
)}
<body class="new-view map-view"><div id="site-chrome-header"><header class="site-chrome-header"><div class="site-logo">
<a href="/"><img src="/logo.png" alt="City of Harlow Bay"><span class="site-name">Harlow Bay Open Data</span></a></div>
<nav class="site-chrome-nav"><ul>${links(soNav, 'site-chrome-nav-link')}</ul></nav></header></div>
<main id="app" class="view-page"><div class="asset-breadcrumb"><a href="/browse">Catalog</a> / <a href="/d/4fkn-2c8a">Street Trees</a></div>
<section class="info-pane"><div class="info-pane-header"><h1 class="info-pane-name">${soTitle}</h1>
<div class="info-pane-badges"><span class="badge-official">Official</span></div>
<div class="btn-group"><button class="btn btn-simple btn-sm">View Data</button><button class="btn btn-simple btn-sm">Export</button>
<button class="btn btn-simple btn-sm">API</button><button class="btn btn-simple btn-sm">Share</button></div></div></section>
<div class="view-card map-card"><div class="socrata-visualization-map mapboxgl-map" role="region" aria-label="Map of street trees">
<div class="mapboxgl-ctrl-top-right"><button class="mapboxgl-ctrl-zoom-in" aria-label="Zoom in"></button>
<button class="mapboxgl-ctrl-zoom-out" aria-label="Zoom out"></button></div>
<div class="socrata-legend"><div class="legend-title">Tree condition</div><ul>${lis(['Good', 'Fair', 'Poor', 'Dead', 'Empty planting site'])}</ul></div>
<div class="mapboxgl-ctrl-attrib">© Mapbox © OpenStreetMap</div></div>
<div class="map-flyout-hint">Click a point to see the tree's species, size and last inspection.</div></div>
<section class="landing-page-section description-section"><h2 class="landing-page-section-header">Description</h2>
<div class="entry-description">${ps(soDesc)}<ul>${lis(soList)}</ul>${ps(soDesc2)}</div></section>
<section class="landing-page-section metadata-section"><h2 class="landing-page-section-header">About this View</h2>
<dl class="metadata-pair"><dt>Updated</dt><dd>March 2, 2026</dd><dt>Data Last Updated</dt><dd>March 2, 2026</dd>
<dt>Metadata Last Updated</dt><dd>January 14, 2026</dd><dt>Date Created</dt><dd>June 9, 2019</dd></dl>
<table class="metadata-table"><tbody>${[0, 2, 4].map((i) => `<tr><td class="attribute">${soMeta[i]}</td><td class="value">${soMeta[i + 1]}</td></tr>`).join('')}
</tbody></table>
<div class="tag-list"><span class="tag-list-label">Tags</span>${soTags.map((t) => `<a class="tag" href="/browse?tags=${t}">${t}</a>`).join(', ')}
</div><div class="stats"><span>Views</span> <span>18,402</span> <span>Downloads</span> <span>2,115</span></div></section></main>
<footer id="site-chrome-footer" class="site-chrome-footer"><ul>${links(soFoot)}</ul><p>Powered by Socrata</p></footer>
<div class="socrata-cookie-banner"><p>We use cookies to analyze site usage.</p><button>Got it</button></div>
<script src="/javascripts/build/view-page.js"></script></body></html>`;
const socrata: TestPage = {
  name: 'heldout410-socrata-city-map-docs',
  kind: 'docs',
  html: soHtml,
  title: soTitle,
  headings: [],
  body: texts([...soDesc, ...soList, ...soDesc2]),
  bylines: ['March 2, 2026', 'January 14, 2026', 'June 9, 2019'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harlow Bay Open Data', ...soNav, 'Street Trees', 'Official', 'View Data', 'Export', 'API', 'Share', 'Tree condition', 'Empty planting site',
    '© Mapbox © OpenStreetMap', "Click a point to see the tree's species, size and last inspection.", 'Description', 'About this View', 'Updated',
    'Data Last Updated', 'Metadata Last Updated', 'Date Created', ...soMeta, 'Tags', ...soTags, 'Views', '18,402', 'Downloads', '2,115',
    ...soFoot, 'Powered by Socrata', 'We use cookies to analyze site usage.', 'Got it',
  ],
};

const owTitle = 'Tag:route=heritage_walk';
const owP1 = [
  `<b>route=heritage_walk</b> is used on a route relation for a signposted walking trail whose purpose is to link places of
historic interest, such as a town trail with numbered plaques or a rural trail between old mill sites. It was proposed in 2023
and approved by vote in early 2024.`,
  `Use it instead of <code>route=hiking</code> when the trail is short, mostly in a built-up area, and is promoted as a tour of
heritage sites rather than as a walk for its own sake. Long-distance paths that happen to pass historic sites should stay
tagged as hiking routes.`,
];
const owH1 = 'How to map';
const owP2 = [
  `Create a relation with <code>type=route</code> and <code>route=heritage_walk</code>, and add the ways of the trail as members in
walking order. Add the stops along the trail (plaques, information boards, the buildings themselves) as members with the role
<code>stop</code>. If the trail is a loop, the first and last way should meet at the starting point.`,
  `Do not add the trail's number or colour to the ways themselves. Those belong on the relation, where renderers and routers can
find them.`,
];
const owH2 = 'Useful tags';
const owList = [
  '<code>name=*</code> – the name of the trail as shown on signs or leaflets',
  '<code>ref=*</code> – a short number or code, if the trail has one',
  '<code>operator=*</code> – the body that maintains the signs, often a council or a civic society',
  '<code>distance=*</code> – the length of the trail in kilometres',
  '<code>roundtrip=yes/no</code> – whether the trail returns to its start',
  '<code>website=*</code> – the page with the trail leaflet',
];
const owH3 = 'Rendering and use';
const owP3 = [
  `At the time of writing, the main map style on openstreetmap.org does not draw heritage walks. Several walking maps show them as
dashed brown lines with the stops numbered, and at least one navigation app reads the stop members to build an audio tour.`,
  `Because the tag is fairly new, expect most existing trails to be mapped as hiking or foot routes. Converting them is welcome,
but please check the trail's leaflet or signs first, and note the source in your changeset comment.`,
];
const owLangs = ['Deutsch', 'English', 'español', 'français', 'italiano', 'polski', 'русский', '日本語'];
const owInfo = ['Description', 'A signposted walking trail linking heritage sites', 'Group', 'Routes', 'Used on these elements', 'Status: approved'];
const owPanel = ['Main Page', 'The Map', 'Map Features', 'Contributors', 'Help', 'Blogs', 'Shop', 'Donations', 'Recent changes'];
const owTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const owFoot = ['Privacy policy', 'About OpenStreetMap Wiki', 'Disclaimers', 'Mobile view'];
const owHtml = `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${owTitle} - OpenStreetMap Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"${owTitle}","wgTitle":"${owTitle.slice(4)}","wgNamespaceNumber":7,
"wgRevisionId":2784113,"wgCurRevisionId":2784113,"wgIsArticle":true};RLPAGEMODULES=["ext.TemplateWizard"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.11"><link rel="canonical" href="https://wiki.openstreetmap.example/wiki/${owTitle}"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-7 ns-subject page-Tag_route_heritage_walk skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading">${owTitle}</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From OpenStreetMap Wiki</div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a> <a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="languages noprint"><tbody><tr><th>Languages:</th><td>${owLangs.map((l) => `<a href="/wiki/${l}:${owTitle}">${l}</a>`).join(' • ')}</td></tr>
</tbody></table><table class="description valuedescription"><tbody><tr><th colspan="2">Public-images-osm logo.svg <span>route</span> = heritage_walk</th></tr>
${[0, 2, 4].map((i) => `<tr><th>${owInfo[i]}</th><td>${owInfo[i + 1]}</td></tr>`).join('\n')}
<tr><td colspan="2"><a href="/wiki/Taginfo">See also taginfo</a></td></tr></tbody></table>
${ps(owP1)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2></div><ul>
${[owH1, owH2, owH3]
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${[
  [owH1, ps(owP2)],
  [owH2, `<ul>${owList.map((t) => `<li>${t}</li>`).join('\n')}</ul>`],
  [owH3, ps(owP3)],
]
  .map(
    ([h, c]) => `<h2><span class="mw-headline" id="${(h ?? '').replace(/ /g, '_')}">${h}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit" title="Edit section">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>\n${c}`,
  )
  .join('\n')}
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Tag_descriptions">Tag descriptions</a></li><li><a href="/wiki/Category:Walking">Walking</a></li>
<li><a href="/wiki/Category:Historic">Historic</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label">
<ul class="vector-menu-content-list"><li id="pt-createaccount"><a href="/w/index.php?title=Special:CreateAccount">Create account</a></li>
<li id="pt-login"><a href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul><li class="selected"><a href="#">Tag</a></li>
<li><a href="#">Discussion</a></li></ul></nav></div><div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs">
<ul><li class="selected"><a href="#">Read</a></li><li><a href="#">View source</a></li><li><a href="#">View history</a></li></ul></nav>
<div id="p-search" role="search"><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="Search OpenStreetMap Wiki"
id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu vector-menu-portal portal"><ul>${links(owPanel)}</ul></nav>
<nav id="p-tb" class="vector-menu vector-menu-portal portal"><h3 id="p-tb-label">Tools</h3><ul>${links(owTools)}</ul></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 4 March 2026, at 10:12.</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/Wiki_content_license">Creative Commons Attribution-ShareAlike 2.0</a>
license unless otherwise noted.</li></ul><ul id="footer-places">${links(owFoot)}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":212});});</script></body></html>`;
const osmWiki: TestPage = {
  name: 'heldout410-osm-wiki-wiki',
  kind: 'wiki',
  html: owHtml,
  title: owTitle,
  headings: [owH1, owH2, owH3],
  body: texts([...owP1, ...owP2, ...owList, ...owP3]),
  bylines: ['This page was last edited on 4 March 2026, at 10:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From OpenStreetMap Wiki', 'Jump to navigation', 'Jump to search', 'Languages:', ...owLangs, ...owInfo, 'See also taginfo', 'Contents',
    'Tag descriptions', 'Walking', 'Historic', 'Navigation menu', 'Create account', 'Log in', 'Discussion', 'Read', 'View source',
    'View history', ...owPanel, 'Tools', ...owTools,
    'Content is available under Creative Commons Attribution-ShareAlike 2.0 license unless otherwise noted.', ...owFoot,
  ],
};

export const HELDOUT410_C: readonly TestPage[] = [socrata, osmWiki];
