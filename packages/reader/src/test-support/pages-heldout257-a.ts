import { links, ps, type TestPage, texts } from './page-kit.js';
import { fandom } from './pages-heldout257-a2.js';
import { j, tds } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file a: a Wikipedia article on MediaWiki's Vector 2022 skin (main menu, page toolbar, hatnote,
 * infobox, figure, wikitable, references, navbox, categories, fundraising banner, footer) and, from file a2, a Fandom
 * character page.
 */
const wTitle = 'Varnholt Viaduct';
const wLead = [
  j(
    'The <b>Varnholt Viaduct</b> is a disused railway viaduct of twenty-three brick arches that carries the former Essling Valley',
    'line across the river Maar near the village of Varnholt. Completed in 1871, it was for several decades the longest masonry',
    'viaduct in the province of Ostmark.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  j(
    'The line closed to passengers in 1968 and to goods in 1974. After a long campaign by local residents the viaduct was restored',
    'between 2015 and 2019 and now carries a footpath and cycle route between Varnholt and the market town of Kessel.',
  ),
];
const wHist = [
  j(
    'The Essling Valley Railway Company obtained its act in 1864 and engaged the engineer Aurel Denmark, who had previously built',
    'short branch lines in the coal country to the south. His first survey proposed an embankment across the valley floor, but the',
    'landowners on the east bank objected to the loss of their water meadows, and a viaduct was chosen instead.',
  ),
  j(
    'Construction began in the spring of 1867. Around nine hundred labourers were employed at the peak of the work, most of them',
    'housed in a temporary camp on the Kessel road. Two arches collapsed during a flood in October 1869 and had to be rebuilt on',
    'deeper footings, which delayed the opening by almost a year.<sup class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
];
const wDesign = [
  j(
    'Each arch has a span of about fifteen metres. The piers are faced with blue engineering brick below the flood line and with',
    'local red brick above it, a contrast that gives the viaduct its striped appearance from the valley floor.',
  ),
];
const wTable = [
  ['Length', '412 metres'],
  ['Greatest height', '31 metres above the river'],
  ['Bricks used', 'about 11 million'],
];
const wRest = [
  j(
    'By 2010 the parapets had partly fallen and vegetation had taken root in the deck. The Varnholt Viaduct Trust, founded in 2011,',
    'raised money from the regional heritage fund and from several thousand small donors.',
  ),
  j(
    'The restoration replaced the drainage of the deck, repointed the piers and rebuilt the parapets with reclaimed bricks. The trust',
    'records that the work took four years, rather than the two that were planned, because a colony of bats had to be moved to new',
    'roosts in the abutments before the main work could begin.<sup class="reference"><a href="#cite_note-3">[3]</a></sup>',
  ),
  'Today the viaduct is used by about 140,000 walkers and cyclists a year. Annual events held on it include:',
];
const wList = ['a lantern walk on the last Saturday of November', 'the Maar Valley half marathon, which crosses it twice'];
const wMenu = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wBox = ['Coordinates', 'Locale', 'Heritage status', 'Pedestrians and cyclists', 'Maar valley floor', 'Listed monument, grade II'];
const wRefs = [
  'Halberg, Ottilie (1998). Railways of the Ostmark Valleys. Kessel: Maar Press. p. 112.',
  '"Flood damage at Varnholt". The Kessel Courier. 23 October 1869. p. 3.',
  'Varnholt Viaduct Trust (2020). Annual report 2019 (Report). pp. 4–6.',
];
const wNav = ['Varnholt Viaduct', 'Essling Bridge', 'Kessel Road Bridge', 'Maarfurt Tunnel', 'Lindow Swing Bridge'];
const wCats = ['Railway viaducts in Ostmark', 'Bridges completed in 1871', 'Rail trails in Ostmark'];
const wFoot = ['Privacy policy', 'About Wikipedia', 'Disclaimers', 'Contact Wikipedia', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement'];
const wHead = (id: string, text: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id}">${text}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/w/index.php?title=Varnholt_Viaduct&amp;action=edit" title="Edit section: ${text}"><span>edit</span></a>` +
  `<span class="mw-editsection-bracket">]</span></span></div>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${wTitle} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Varnholt_Viaduct","wgTitle":"Varnholt Viaduct","wgCurRevisionId":1211840027,"wgArticleId":4412093,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.46.0-wmf.12"><meta property="og:title" content="${wTitle} - Wikipedia">
<meta property="og:type" content="website"><link rel="canonical" href="https://en.wikipedia.org/wiki/Varnholt_Viaduct">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Varnholt Viaduct",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Varnholt_Viaduct","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},
"datePublished":"2009-05-14T08:12:40Z","dateModified":"2026-03-02T11:04:51Z","headline":"railway viaduct in Ostmark"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Varnholt_Viaduct
rootpage-Varnholt_Viaduct skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div id="p-navigation"
class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia"
src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<form action="/w/index.php" id="searchform" class="cdx-search-input"><input type="search" name="search" placeholder="Search Wikipedia"
aria-label="Search Wikipedia" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-item">
<a href="https://donate.wikimedia.org/"><span>Donate</span></a></li><li id="pt-createaccount-2"><a href="/w/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li><li id="pt-login-2"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div>
</header></div>
<div id="siteNotice"><div id="centralNotice"><div class="cn-fundraising frb frb-main"><p class="frb-message">Please don't skip this 1-minute read.
This Tuesday, we ask you to protect Wikipedia's independence.</p><button class="frb-submit">Give once</button>
<button class="frb-dismiss">Maybe later</button></div></div></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc">
<div class="vector-pinnable-header-label">Contents</div><ul id="mw-panel-toc-list" class="vector-toc-contents">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#History"><div class="vector-toc-text">
<span class="vector-toc-numb">1</span><span>History</span></div></a></li>
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#Design"><div class="vector-toc-text">
<span class="vector-toc-numb">2</span><span>Design</span></div></a></li></ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label mw-interlanguage-selector">
<span class="vector-dropdown-label-text">7 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Varnholt_Viaduct"><span>Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Varnholt_Viaduct"><span>Talk</span></a></li></ul></nav>
<nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected"><a href="/wiki/Varnholt_Viaduct"><span>Read</span></a></li>
<li id="ca-edit"><a href="/w/index.php?title=Varnholt_Viaduct&amp;action=edit"><span>Edit source</span></a></li>
<li id="ca-history"><a href="/w/index.php?title=Varnholt_Viaduct&amp;action=history"><span>View history</span></a></li></ul></nav>
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">Tools</span></label></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">For the road crossing at Kessel, see Kessel Road Bridge.</div>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><img src="//upload.wikimedia.org/varnholt.jpg"
class="mw-file-element" width="250" height="166"></span><div class="infobox-caption">The viaduct from the east bank in 2021</div></td></tr>
<tr><th scope="row" class="infobox-label">Coordinates</th><td class="infobox-data"><span class="geo-dec">51.412°N 9.877°E</span></td></tr>
<tr><th scope="row" class="infobox-label">Carries</th><td class="infobox-data">Pedestrians and cyclists</td></tr>
<tr><th scope="row" class="infobox-label">Crosses</th><td class="infobox-data">Maar valley floor</td></tr>
<tr><th scope="row" class="infobox-label">Locale</th><td class="infobox-data">Ostmark</td></tr>
<tr><th scope="row" class="infobox-label">Heritage status</th><td class="infobox-data">Listed monument, grade II</td></tr></tbody></table>
${ps(wLead)}
<meta property="mw:PageProp/toc">
${wHead('History', 'History')}
${ps(wHist)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Varnholt_1905.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/varnholt-1905.jpg" class="mw-file-element" width="220" height="150"></a>
<figcaption>A goods train crossing the viaduct, c. 1905</figcaption></figure>
${wHead('Design', 'Design')}
${ps(wDesign)}
<table class="wikitable"><tbody><tr><th>Dimension</th><th>Value</th></tr>
${wTable.map(tds).join('\n')}</tbody></table>
${wHead('Restoration_and_current_use', 'Restoration and current use')}
${ps(wRest)}
<ul>${wList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${wHead('References', 'References')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div></div>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Bridges_of_the_Maar" style="padding:3px">
<table class="nowraplinks hlist navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2">
<div id="Bridges_of_the_Maar">Bridges of the Maar</div></th></tr><tr><td class="navbox-list navbox-odd"><div><ul>${links(wNav)}</ul></div></td></tr>
</tbody></table></div></div>
<noscript><img src="https://login.wikimedia.org/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "https://en.wikipedia.org/w/index.php?title=Varnholt_Viaduct&amp;oldid=1211840027"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>:
<ul>${links(wCats)}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 2 March 2026, at 11:04<span class="anonymous-show">&nbsp;(UTC)</span>.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":141,"wgHostname":"mw-web.eqiad.main-7d9f"});});</script>
</body></html>`;
const wikipedia: TestPage = {
  name: 'heldout257-mediawiki-wikipedia-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: ['History', 'Design', 'Restoration and current use'],
  body: texts([...wLead, ...wHist, ...wDesign, ...wTable.flat(), ...wRest, ...wList]),
  bylines: ['This page was last edited on 2 March 2026, at 11:04 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...wMenu, 'Search', 'edit', 'Donate', 'Create account', 'Log in',
    "Please don't skip this 1-minute read. This Tuesday, we ask you to protect Wikipedia's independence.", 'Give once', 'Maybe later',
    '(Top)', '7 languages', 'Article', 'Talk', 'Read', 'Edit source', 'View history', 'Tools', 'From Wikipedia, the free encyclopedia',
    'For the road crossing at Kessel, see Kessel Road Bridge.', 'The viaduct from the east bank in 2021', ...wBox, '51.412°N 9.877°E',
    'A goods train crossing the viaduct, c. 1905', 'References', ...wRefs, 'Bridges of the Maar', 'Essling Bridge', 'Maarfurt Tunnel',
    'Lindow Swing Bridge', 'Retrieved from "https://en.wikipedia.org/w/index.php?title=Varnholt_Viaduct&oldid=1211840027"', 'Categories', ...wCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.', ...wFoot,
  ],
};

export const HELDOUT257_A: readonly TestPage[] = [wikipedia, fandom];
