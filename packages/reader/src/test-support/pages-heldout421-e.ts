import { links, ps, type TestPage, texts } from './page-kit.js';
import { avalanche } from './pages-heldout421-e2.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file e: a via ferrata guide page on a MediaWiki site (Vector 2022 skin: header, search, the table of
 * contents, edit-section links, an infobox whose cells are in neither list, a thumbnail caption, categories, the "last edited"
 * line, the footer places and icons) and, from file e2, an avalanche bulletin page.
 */
const vfTitle = 'Via ferrata Rotwand';
const vfHeads = ['Overview', 'Approach', 'Route', 'Descent', 'Equipment'];
const vfOver = [
  j(
    'The <b>Via ferrata Rotwand</b> is a moderately difficult protected climbing route on the south face of the Rotwand above the',
    'village of Sankt Anselm. It was built by the local mountain rescue team in 1987 and re-equipped with new cable and stemples',
    'in 2019. The route is popular as a first "real" via ferrata after the easier training routes in the valley.',
  ),
  j(
    'The face is in the sun from mid-morning, which makes it pleasant in spring and autumn but very hot on summer afternoons.',
    'The route should not be climbed in thunderstorms: the steel cable runs continuously up the face and there is no easy escape.',
  ),
];
const vfAppr = [
  j(
    'From the car park at the Anselmhof (fee), follow waymark 12 north across meadows and into the forest. After about',
    '45 minutes a signed path branches left to the foot of the face, where there is a bench and an information board.',
  ),
];
const vfRoute = [
  j(
    'The first section climbs a steep slab on stemples and follows a ramp rightwards to a small ledge. A short overhanging',
    'step, the crux of the route, leads to the "Kanzel", a grassy terrace that is the only escape point. From here an easier',
    'series of ledges and a chimney lead to the suspension bridge across the Rotwand gully.',
  ),
  j(
    'After the bridge, a long exposed traverse on good footholds brings you to the final wall, which is climbed directly on',
    'iron pegs to the summit cross. Allow 2 to 3 hours for the climb itself.',
  ),
];
const vfDesc = [
  j(
    'From the summit follow the ridge path east to the Rotwand hut (45 minutes), then waymark 14 back down to the Anselmhof.',
    'The path is steep and slippery after rain.',
  ),
];
const vfEquip = [
  'A harness, helmet and via ferrata set with energy absorber that meets the current standard',
  'Gloves, as the cable is rough in places',
  'A short sling and carabiner for resting on the overhanging step',
  'For children or less experienced climbers, a separate rope for belaying on the crux',
];
const vfInfo: [string, string][] = [
  ['Difficulty', 'C/D'],
  ['Height gain', '450 m (climb)'],
  ['Time', '5 hours in total'],
  ['Built', '1987, renewed 2019'],
];
const vfNav = ['Main page', 'Recent changes', 'Random route', 'Help', 'Donate'];
const vfTools = ['Read', 'Edit', 'View history', 'Talk'];
const vfCats = ['Via ferratas', 'Routes in the Anselm valley', 'Grade C/D'];
const vfFoot = ['Privacy policy', 'About Klettersteig Wiki', 'Disclaimers', 'Mobile view'];
const edit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a>' +
  '<span class="mw-editsection-bracket">]</span></span>';
const h2 = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t}">${t}</h2>${edit}</div>`;
const vfHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-language-in-header-enabled skin-theme-clientpref-day" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>Via ferrata Rotwand - Klettersteig Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Via_ferrata_Rotwand","wgTitle":"Via ferrata Rotwand",
"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><meta property="og:title" content="Via ferrata Rotwand - Klettersteig Wiki"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 page-Via_ferrata_Rotwand action-view skin-vector-2022">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Klettersteig Wiki</span></a></div>
<div id="p-search" class="vector-search-box"><form action="/index.php" id="searchform"><input type="search" name="search" placeholder="Search Klettersteig Wiki"
aria-label="Search Klettersteig Wiki"></form></div></header></div>
<div class="mw-page-container"><div class="vector-main-menu-container"><nav id="p-navigation" class="vector-menu mw-portlet" aria-label="Navigation">
<div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list">${links(vfNav, 'mw-list-item')}</ul></nav></div>
<div class="vector-column-start"><nav id="vector-toc" class="vector-toc" aria-label="Contents"><div class="vector-toc-header">Contents</div>
<ul class="vector-toc-contents">${vfHeads
  .map(
    (h, i) => `<li class="vector-toc-list-item"><a href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span>${h}</div></a></li>`,
  )
  .join('')}</ul></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${vfTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Views"><ul>${links(vfTools, 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Klettersteig Wiki, the free via ferrata guide</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Via ferrata Rotwand</th></tr>
${vfInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${h2(vfHeads[0] ?? '')}${ps(vfOver)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Rotwand_bridge.jpg" class="mw-file-description"><img
src="/images/thumb/rotwand_bridge.jpg/250px-rotwand_bridge.jpg" class="mw-file-element" width="250" height="188"></a>
<figcaption>The suspension bridge across the Rotwand gully</figcaption></figure>
${h2(vfHeads[1] ?? '')}${ps(vfAppr)}${h2(vfHeads[2] ?? '')}${ps(vfRoute)}${h2(vfHeads[3] ?? '')}${ps(vfDesc)}
${h2(vfHeads[4] ?? '')}<ul>${vfEquip.map((e) => `<li>${e}</li>`).join('\n')}</ul></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(vfCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
4 May 2026, at 17:22.</li><li id="footer-info-copyright">Content is available under CC BY-SA 4.0 unless otherwise noted.</li></ul>
<ul id="footer-places">${links(vfFoot)}</ul><ul id="footer-icons"><li id="footer-poweredbyico"><a href="https://www.mediawiki.example/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout421-mediawiki-via-ferrata-wiki',
  kind: 'wiki',
  html: vfHtml,
  title: vfTitle,
  headings: vfHeads,
  body: texts([...vfOver, ...vfAppr, ...vfRoute, ...vfDesc, ...vfEquip]),
  bylines: ['This page was last edited on 4 May 2026, at 17:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Klettersteig Wiki', 'Navigation', ...vfNav, 'Contents', ...vfTools, 'From Klettersteig Wiki, the free via ferrata guide',
    'The suspension bridge across the Rotwand gully', 'Categories', ...vfCats, 'Content is available under CC BY-SA 4.0 unless otherwise noted.',
    ...vfFoot,
  ],
};

export const HELDOUT421_E: readonly TestPage[] = [mediawiki, avalanche];
