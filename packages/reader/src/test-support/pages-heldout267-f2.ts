import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file f2: an OpenStreetMap Wiki-style key page, a short data page (the language bar, the key
 * description box with group, element icons, useful combinations, status and taginfo counts, the values table, "How to
 * map", "Examples", "See also", the "Public-images" and "Tools for this tag" links, categories, the left panel and footer).
 */
const oTitle = 'Key:reed_cutting';
const oIntro = [
  j(
    'The key <code>reed_cutting=*</code> describes how a reed bed is harvested. Use it together with',
    '<code>natural=wetland</code> + <code>wetland=reedbed</code> on the area that is cut.',
  ),
];
const oHow = [
  j(
    'Draw the outline of the harvested reed bed as a closed way or multipolygon, tag it as a reed bed, and add',
    '<code>reed_cutting=*</code> with one of the values below. If only part of a reed bed is cut, map that part as its own area.',
  ),
  'Add <code>reed_cutting:season=*</code> when the cutting season is known, for example <code>reed_cutting:season=winter</code>.',
];
const oValues = [
  'rotational',
  'The bed is cut in sections, each one every few years.',
  'annual',
  'The whole bed is cut every year, usually in winter.',
  'abandoned',
  'Cutting has stopped, but the bed and its channels are still visible.',
];
const oExamples = [
  'A reed bed cut by the Varnholt thatchers every winter: natural=wetland + wetland=reedbed + reed_cutting=annual.',
  'A nature reserve cut in a four-year rotation: reed_cutting=rotational + reed_cutting:season=winter.',
];
const oSeeAlso = ['Tag:wetland=reedbed', 'Key:harvest', 'Key:landuse'];
const oLangs = ['Deutsch', 'English', 'français', 'Nederlands', 'polski', 'svenska'];
const oPanel = ['Main Page', 'The map', 'Getting help', 'Browse map features', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const oFoot = ['Privacy policy', 'About OpenStreetMap Wiki', 'Disclaimers', 'Mobile view'];
const oHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Key:reed_cutting - OpenStreetMap Wiki</title>
<script>RLCONF={"wgPageName":"Key:reed_cutting","wgTitle":"Key:reed_cutting","wgNamespaceNumber":0,"wgWikibaseItemId":"Q24112"};</script>
<meta name="generator" content="MediaWiki 1.43.1"><link rel="canonical" href="https://wiki.openstreetmap.example/wiki/Key:reed_cutting">
</head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Key_reed_cutting rootpage-Key_reed_cutting skin-vector-legacy action-view">
<div id="content" class="mw-body" role="main"><div id="siteNotice"><div class="osmwiki-notice">Join the State of the Map conference in Orlen!</div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${oTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub">From OpenStreetMap Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="languages noprint navigation-not-searchable"><table class="languages-box"><tbody><tr><th>Other languages</th><td>
<ul>${links(oLangs)}</ul></td></tr></tbody></table></div>
<table class="description" style="float:right;"><tbody><tr><th colspan="2" class="d_head"><a href="#">reed_cutting</a></th></tr>
<tr><td colspan="2" class="d_image"><img src="/w/images/reed_cutting.jpg" width="200" height="150" alt=""></td></tr>
<tr><th colspan="2">Description</th></tr><tr><td colspan="2" class="d_desc">Harvesting method of a reed bed</td></tr>
<tr><th>Group:</th><td>Properties</td></tr><tr><th colspan="2">Used on these elements</th></tr>
<tr><td colspan="2"><span title="may be used on areas">may be used on areas</span>
<span title="should not be used on nodes">should not be used on nodes</span></td></tr>
<tr><th colspan="2">Useful combination</th></tr><tr><td colspan="2"><ul><li>natural=wetland</li><li>reed_cutting:season=*</li></ul></td></tr>
<tr><th>Status:</th><td>in use</td></tr>
<tr><td colspan="2" class="d_tools"><b>Tools for this tag</b><ul><li>taginfo</li><li>overpass-turbo</li><li>OSM Tag History</li></ul>
<div class="taginfo-count">1 218 areas</div></td></tr></tbody></table>
${ps(oIntro)}
<div id="toc" class="toc"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div></div>
<h2><span class="mw-headline" id="How_to_map">How to map</span></h2>
${ps(oHow)}
<h2><span class="mw-headline" id="Values">Values</span></h2>
<table class="wikitable"><tbody><tr><th>Value</th><th>Description</th></tr>
<tr><td><code>${oValues[0]}</code></td><td>${oValues[1]}</td></tr>
<tr><td><code>${oValues[2]}</code></td><td>${oValues[3]}</td></tr>
<tr><td><code>${oValues[4]}</code></td><td>${oValues[5]}</td></tr></tbody></table>
<h2><span class="mw-headline" id="Examples">Examples</span></h2>
<ul>${oExamples.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2><span class="mw-headline" id="See_also">See also</span></h2>
<ul>${links(oSeeAlso)}</ul>
</div></div><div id="catlinks" class="catlinks">Categories: <ul><li>Key descriptions</li><li>Key descriptions with status "in use"</li>
<li>Properties</li></ul></div></div></div>
<div id="mw-navigation"><div id="mw-head"><div id="p-personal"><ul>${links(['Log in'])}</ul></div>
<div id="left-navigation"><ul>${links(['Key', 'Discussion'])}</ul></div>
<div id="right-navigation"><ul>${links(['Read', 'Edit', 'View history'])}</ul></div></div>
<div id="mw-panel"><div id="p-logo"><a class="mw-wiki-logo" href="/wiki/Main_Page"></a></div><nav id="p-navigation" class="vector-menu-portal portal">
<h3>Navigation</h3><ul>${links(oPanel, 'mw-list-item')}</ul></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 12 January 2026,
at 07:55.</li><li id="footer-info-copyright">Content is available under Creative Commons Attribution-ShareAlike 2.0 license unless otherwise noted.</li></ul>
<ul id="footer-places">${links(oFoot)}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":97});});</script></body></html>`;
export const osm: TestPage = {
  name: 'heldout267-openstreetmap-wiki-key-wiki',
  kind: 'wiki',
  html: oHtml,
  title: oTitle,
  headings: ['How to map', 'Values', 'Examples', 'See also'],
  body: texts([...oIntro, ...oHow, ...oValues, ...oExamples]),
  bylines: ['This page was last edited on 12 January 2026, at 07:55.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Join the State of the Map conference in Orlen!', 'From OpenStreetMap Wiki', 'Other languages', ...oLangs, 'Harvesting method of a reed bed', 'Group:',
    'Properties', 'Used on these elements', 'may be used on areas', 'should not be used on nodes', 'Useful combination', 'Status:', 'Tools for this tag',
    'taginfo', 'overpass-turbo', 'OSM Tag History', '1 218 areas', 'Contents', ...oSeeAlso, 'Categories:', 'Key descriptions',
    'Key descriptions with status "in use"', 'Log in', 'Discussion', 'View history', 'Navigation', ...oPanel,
    'Content is available under Creative Commons Attribution-ShareAlike 2.0 license unless otherwise noted.', ...oFoot,
  ],
};
