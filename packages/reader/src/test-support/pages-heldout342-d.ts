import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghost } from './pages-heldout342-d2.js';
import { j, type Row, rowTexts, trs } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file d: a racehorse's profile page on a MediaWiki racing wiki with the Vector 2022 skin (header, sidebar
 * table of contents, page tools, "From Turfpedia" tagline, infobox, sections with edit links, a race record table, navbox,
 * categories and footer) and, from file d2, a football predictions listicle on Ghost's Casper theme.
 */
const wTitle = 'Ferrydown Lass';
const wH = ['Background', 'Racing career', '2024–25 season', '2025–26 season', 'Race record', 'Racing style'];
const wLead = [
  j(
    '<b>Ferrydown Lass</b> (foaled 14 April 2019) is a chestnut mare who races in steeplechases. Trained by Hetty Morrow at',
    'Ashgrove Stables, she has won four of her sixteen starts under rules and is best known for her win in the Tolland Novices&#39; Chase.',
  ),
];
const wBg = [
  j(
    'Ferrydown Lass was bred by Maura and Declan Ferris at their stud near Kilbraddan and is by the stallion Harbour Signal out of',
    'the unraced mare Lass of the Ferry. She was bought as a three-year-old for 18,000 guineas by the Ferrydown Partnership, a',
    'syndicate of twelve owners from the Ravensmoor area who named her after the village where most of them live.',
  ),
];
const wC1 = [
  j(
    'After two runs in bumpers, Ferrydown Lass was sent straight over fences. She fell at the third on her chase debut at Kelbury,',
    'but won at the second attempt and then took the Tolland Novices&#39; Chase by eleven lengths on heavy ground in February 2025.',
  ),
  'She finished the season with a remote fourth in a graded novice event, after which her trainer said the ground had been too quick.',
];
const wC2 = [
  j(
    'Switched to handicaps, she won over two and a half miles at Ravensmoor in November 2025 and was then placed three times,',
    'including a short-head second at Kelbury in January 2026 off a mark of 131.',
  ),
];
const wRows: Row[] = [
  ['9 Nov 2024', 'Kelbury', 'Novice chase', 'Fell'],
  ['7 Dec 2024', 'Sallow Downs', 'Novice chase', '1st'],
  ['15 Feb 2025', 'Tolland', 'Tolland Novices&#39; Chase', '1st'],
  ['22 Nov 2025', 'Ravensmoor', 'Handicap chase', '1st'],
  ['24 Jan 2026', 'Kelbury', 'Handicap chase', '2nd'],
];
const wStyle = [
  j(
    'Ferrydown Lass is usually ridden close to the pace and is regarded as a bold, accurate jumper once she has settled. She has',
    'shown her best form on soft or heavy ground, and her connections have said they will not run her on going faster than good.',
  ),
];
const wTools = ['Main page', 'Recent changes', 'Random horse', 'Help'];
const wNav = ['Harbour Signal', 'Quillan Bay', 'Master Tolliver', 'Kittiwake Gold', 'Lanterns Edge'];
const wCats = ['2019 racehorse births', 'Racehorses trained in the Northmarch', 'Thoroughbred family 9-c'];
const wFoot = ['Privacy policy', 'About Turfpedia', 'Disclaimers', 'Code of Conduct', 'Mobile view'];
const edit = `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#" title="Edit section">edit</a><span
class="mw-editsection-bracket">]</span></span>`;
const h = (level: number, i: number): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${(wH[i] ?? '').replace(/ /g, '_')}">${wH[i] ?? ''}</h${level}>${edit}</div>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available skin-theme-clientpref-day" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>Ferrydown Lass - Turfpedia</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Ferrydown_Lass","wgNamespaceNumber":0,
"wgTitle":"Ferrydown Lass","wgCategories":["2019 racehorse births"]};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><meta property="og:title" content="Ferrydown Lass - Turfpedia"><link rel="canonical"
href="https://turfpedia.example/wiki/Ferrydown_Lass">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Ferrydown_Lass rootpage-Ferrydown_Lass skin-vector-2022
action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"><div class="vector-dropdown-content"><div id="p-navigation"
class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list">${links(wTools, 'mw-list-item')}</ul></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Turfpedia</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Turfpedia" aria-label="Search Turfpedia" id="searchInput"></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="#"><span>Create account</span></a></li><li
id="pt-login"><a href="#">
<span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice" data-nosnippet=""><p>Turfpedia is a volunteer project. Race results are
checked against official sources each week.</p></div></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2
class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item"><a class="vector-toc-link" href="#"><div
class="vector-toc-text">(Top)</div></a></li>
${wH
  .map(
    (t, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#"><div class="vector-toc-text"><span
class="vector-toc-numb">${i + 1}</span>
<span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li class="selected"><a href="#"><span>Article</span></a></li><li><a
href="#"><span>Talk</span></a></li></ul></nav>
<nav aria-label="Views"><ul><li class="selected"><a href="#"><span>Read</span></a></li><li><a href="#"><span>Edit source</span></a></li><li><a
href="#"><span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Turfpedia, the racing encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">Ferrydown Lass</th></tr>
<tr><th scope="row" class="infobox-label">Sire</th><td class="infobox-data">Harbour Signal</td></tr><tr><th scope="row" class="infobox-label">Sex</th><td
class="infobox-data">Mare</td></tr>
<tr><th scope="row" class="infobox-label">Trainer</th><td class="infobox-data">Hetty Morrow</td></tr><tr><th scope="row"
class="infobox-label">Record</th><td class="infobox-data">16: 4-5-2</td></tr>
</tbody></table>
${ps(wLead)}
${h(2, 0)}
${ps(wBg)}
${h(2, 1)}
${h(3, 2)}
${ps(wC1)}
${h(3, 3)}
${ps(wC2)}
${h(2, 4)}
<table class="wikitable sortable"><tbody><tr><th>Date</th><th>Course</th><th>Race</th><th>Result</th></tr>
${trs(wRows)}
</tbody></table>
${h(2, 5)}
${ps(wStyle)}
<div role="navigation" class="navbox" aria-labelledby="Ashgrove_Stables_chasers"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col"
class="navbox-title" colspan="2">
<div id="Ashgrove_Stables_chasers">Ashgrove Stables chasers</div></th></tr><tr><td class="navbox-list"><ul>${links(wNav)}</ul></td></tr></tbody></table></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul>${links(wCats)}</ul></div></div></div></main></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 February 2026, at
18:22.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout342-mediawiki-vector-racehorse-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wLead, ...wBg, ...wC1, ...wC2, ...rowTexts(wRows), ...wStyle]),
  bylines: ['This page was last edited on 3 February 2026, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...wTools, 'Turfpedia', 'Create account', 'Log in',
    'Turfpedia is a volunteer project. Race results are checked against official sources each week.', 'Contents', '(Top)', 'Article', 'Talk', 'Read',
    'Edit source', 'View history', 'From Turfpedia, the racing encyclopedia', 'edit', 'Ashgrove Stables chasers', 'Quillan Bay', 'Master Tolliver',
    'Kittiwake Gold', 'Lanterns Edge', 'Categories', ...wCats,
    'Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.', ...wFoot,
  ],
};

export const HELDOUT342_D: readonly TestPage[] = [mediawiki, ghost];
