import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file f2: a Fandom wiki page about a fault line (global navigation, community header with wiki name,
 * page counts and local nav, page header with "Edit" / "History" tools, portable infobox, table of contents, thumb figure
 * with caption, section headings with edit links, references, categories, "Community content is available under..." line,
 * right rail with "Popular pages" and an ad slot, Fandom footer).
 */
const wTitle = 'Brenmore Fault';
const wIntro = [
  j(
    'The <b>Brenmore Fault</b> is a major strike-slip fault zone that runs for about 310 km across the northern Teslin mainland,',
    'from the Ardal estuary in the west to the Korrin uplands in the east. It separates the Halden terrane to the north from',
    'the Corran arc terrane to the south and is one of the most studied faults in the region.<sup class="reference">[1]</sup>',
  ),
];
const wGeo = [
  j(
    'Along most of its length the fault is marked by a straight valley up to 2 km wide, filled with glacial deposits. Where it',
    'is exposed, in the gorge of the Skell river, it consists of a zone of crushed and sheared rock about 400 m wide, with',
    'bands of fault gouge and cataclasite.',
  ),
  j(
    'Rocks on either side do not match. Granites of the Halden terrane have no equivalent south of the fault for at least 90 km,',
    'which is taken as the minimum sinistral (left-lateral) displacement.<sup class="reference">[2]</sup>',
  ),
];
const wHist = ['Most of the movement on the fault took place in two phases:'];
const wPhases = [
  'Late Silurian to Early Devonian: sinistral displacement of 90 to 150 km during oblique collision of the terranes',
  'Carboniferous: a smaller dextral reactivation of a few kilometres, which bent the earlier fold axes',
];
const wSeis = [
  j(
    'The Brenmore Fault is not considered active. Small earthquakes of magnitude 2 to 3 are recorded near it every few years,',
    'but they are scattered and not aligned with the fault trace. No offset of the glacial deposits has been found.',
  ),
];
const wRefs = [
  'Vance, E. (2004). The Brenmore Fault and the assembly of the Teslin mainland. Teslin Journal of Geology 31: 201-233.',
  'Ferrier, C. and Tarrant, H. (2017). Matching granites across the Brenmore Fault. Northern Geoscience 9: 77-95.',
];
const wInfo = ['Type', 'Strike-slip fault', 'Length', 'c. 310 km', 'Movement', 'Sinistral, later dextral', 'Status', 'Inactive'];
const wGlobal = ['Explore', 'Fan Central', 'Current', 'Start a Wiki'];
const wLocal = ['Explore', 'Regions', 'Rock types', 'Structures', 'Community'];
const wCats = ['Faults', 'Structures of the Teslin mainland', 'Silurian structures'];
const wPopular = ['Korrin uplands granite', 'Skell gorge', 'Teslin mainland geology', 'Ordovician volcanoes'];
const wFoot = ['About', 'Careers', 'Press', 'Contact', 'Terms of Use', 'Privacy Policy', 'Global Sitemap', 'Local Sitemap'];
const wHtml = `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${wTitle} | Teslin Geology Wiki | Fandom</title>
<meta name="generator" content="MediaWiki 1.39.7"><meta property="og:site_name" content="Teslin Geology Wiki"><meta property="og:title" content="${wTitle}">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">
<link rel="stylesheet" href="https://teslin-geology.fandom.example/load.php?lang=en&amp;modules=site.styles&amp;only=styles">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${wTitle}","about":{"@type":"Thing","name":"${wTitle}"},
"author":{"@type":"Organization","name":"Teslin Geology Wiki Community"}}</script>
<script>var wgPageName="Brenmore_Fault";var wgCityId="2418077";var ads={context:{targeting:{wikiVertical:"other"}}};</script></head>
<body class="skin-fandomdesktop mediawiki ltr ns-0 ns-subject page-Brenmore_Fault rootpage-Brenmore_Fault theme-fandomdesktop-light">
<div class="global-navigation"><a class="global-navigation__logo" href="https://www.fandom.example/">Fandom</a><nav class="global-navigation__links">
<ul>${links(wGlobal, 'global-navigation__link')}</ul></nav><a class="global-navigation__signin" href="/signin">Sign In</a></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__community-name" href="/wiki/Teslin_Geology_Wiki">Teslin Geology Wiki</a>
<div class="fandom-community-header__top-container"><span class="wiki-tools">212 pages</span></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(wLocal, 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in:</span> ${wCats
  .map((c) => `<a href="/wiki/Category:${c}">${c}</a>`)
  .join(', ')}</div></div><div class="page-header__actions"><a id="ca-edit" class="wds-button" href="?action=edit">Edit</a>
<a id="ca-history" href="?action=history">History</a></div></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${wTitle}</span></h1></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-title">${wTitle}</h2>
${[0, 2, 4, 6]
  .map(
    (i) => `<div class="pi-item pi-data pi-item-spacing pi-border-color"><h3 class="pi-data-label pi-secondary-font">${wInfo[i] ?? ''}</h3>
<div class="pi-data-value pi-font">${wInfo[i + 1] ?? ''}</div></div>`,
  )
  .join('\n')}</aside>
${ps(wIntro)}
<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul>
<li class="toclevel-1"><a href="#Geology"><span class="tocnumber">1</span> <span class="toctext">Geology</span></a></li>
<li class="toclevel-1"><a href="#History_of_movement"><span class="tocnumber">2</span> <span class="toctext">History of movement</span></a></li>
<li class="toclevel-1"><a href="#Seismicity"><span class="tocnumber">3</span> <span class="toctext">Seismicity</span></a></li>
<li class="toclevel-1"><a href="#References"><span class="tocnumber">4</span> <span class="toctext">References</span></a></li></ul></div>
<h2><span class="mw-headline" id="Geology">Geology</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="?action=edit&amp;section=1"
>edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<figure class="thumb tright show-info-icon" typeof="mw:File/Thumb"><a href="/wiki/File:Skell_gorge.jpg" class="image">
<img src="https://static.wikia.example/skell.jpg"
width="220" height="160"></a><figcaption class="thumbcaption">Sheared rocks of the fault zone in the Skell gorge</figcaption></figure>
${ps(wGeo)}
<h2><span class="mw-headline" id="History_of_movement">History of movement</span></h2>
${ps(wHist)}
<ul>${lis(wPhases)}</ul>
<h2><span class="mw-headline" id="Seismicity">Seismicity</span></h2>
${ps(wSeis)}
<h2><span class="mw-headline" id="References">References</span></h2>
<div class="mw-references-wrap"><ol class="references">${lis(wRefs)}</ol></div></div></div>
<div class="page-footer"><div class="page-footer__categories"><span>Categories</span><ul>${links(wCats, 'category')}</ul></div>
<div class="license-description">Community content is available under CC-BY-SA unless otherwise noted.</div></div></div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper"><div id="WikiaRailTop" class="top-ads-container">
<div class="ad-slot-placeholder">Advertisement</div>
</div><section class="rail-module"><h2 class="rail-module__header">Popular pages</h2><ul>${links(wPopular)}</ul></section></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><ul class="global-footer__links">${links(wFoot)}</ul>
<p class="global-footer__bottom">Teslin Geology Wiki is a Fandom Lifestyle Community.</p></div></footer></body></html>`;
export const fandom: TestPage = {
  name: 'heldout434-fandom-fault-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: ['Geology', 'History of movement', 'Seismicity', 'References'],
  body: texts([...wIntro, ...wGeo, ...wHist, ...wPhases, ...wSeis, ...wRefs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fandom', ...wGlobal, 'Sign In', 'Teslin Geology Wiki', '212 pages', ...wLocal.slice(1), 'in:', ...wCats, 'Edit', 'History', ...wInfo, 'Contents',
    'Sheared rocks of the fault zone in the Skell gorge', 'Categories', 'Community content is available under CC-BY-SA unless otherwise noted.',
    'Advertisement', 'Popular pages', ...wPopular, ...wFoot, 'Teslin Geology Wiki is a Fandom Lifestyle Community.',
  ],
};
