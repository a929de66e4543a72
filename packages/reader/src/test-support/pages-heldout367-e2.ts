import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file e2: a Wikivoyage-style itinerary on MediaWiki with the Vector 2022 skin (header with search
 * and personal tools, main menu, the page tabs and tools, the itinerary status box and the banner, the table of contents
 * in the sidebar, section headings with [edit] links, a route map with its caption, listings with vcard markup, the
 * category links, the "last edited" line, the licence and the footer links).
 */
const yTitle = 'Kessra Ridge Trail';
const yLead = [
  j(
    'The <b>Kessra Ridge Trail</b> is a 96-km long-distance footpath in the Tarnish Hills, following the main ridge from the spa town',
    'of Bad Orlitz to the monastery at Sankt Vigil. It is usually walked in five days, sleeping in huts and village inns.',
  ),
];
const yUnderstand = [
  j(
    'The trail was waymarked by the Tarnish Hills Club in 1908 and follows an older herders\u2019 path along the watershed. It is',
    'marked throughout with a blue stripe between two white stripes. Most of it is above the tree line, on grassy ridges with',
    'long views north over the plain and south into the limestone gorges.',
  ),
];
const yPrepare = [
  j(
    'The huts are open from late May to early October. Outside this period there is nowhere to stay on the ridge itself, and',
    'late-lying snow can make the northern slopes of Hohe Warte dangerous until June.',
  ),
  'Carry enough water for a full day: there are springs at the huts but almost none between them.',
];
const yGetIn = ['Bad Orlitz has hourly trains from the regional capital, Marrau, taking about 90 minutes. Sankt Vigil is linked to Marrau by bus.'];
const yStages: [string, string[]][] = [
  ['Day 1: Bad Orlitz to Rottal Hut', ['A steady climb through beech forest, 18 km, 1,050 m up. The hut has 40 beds and serves dinner.']],
  ['Day 2: Rottal Hut to Hohe Warte', ['The best day of the trail, along the open ridge over six summits, 21 km. Exposed in bad weather.']],
  ['Day 3: Hohe Warte to Kolm', ['Down into the village of Kolm for a rest night in an inn, 17 km. Shops and a pharmacy.']],
  ['Days 4 and 5: Kolm to Sankt Vigil', ['Back up to the ridge and then a long descent through the gorge to the monastery, 40 km in all.']],
];
const yListings = [
  '<bdi class="vcard"><span class="fn org listing-name">Rottal Hut</span></bdi>, ☏ +49 1234 555 101. Open late May to early October. Dorm bed €28.',
  j(
    '<bdi class="vcard"><span class="fn org listing-name">Gasthof zum Kolm</span></bdi>, Dorfplatz 3, Kolm.',
    'Family-run inn with a hikers\u2019 menu. Double €84.',
  ),
];
const yStaySafe = [
  j(
    'Thunderstorms are common on summer afternoons. The ridge between Rottal Hut and Hohe Warte has no easy escape routes, so start',
    'early and be off the summits by early afternoon.',
  ),
];
const yGoNext = ['From Sankt Vigil, the <a href="/wiki/Vigil_Gorge_Way">Vigil Gorge Way</a> continues south to the lakes.'];
const yMenu = ['Main page', 'Travel destinations', 'Star articles', 'Recent changes', 'Random page', 'Help', 'Community portal'];
const yToc = ['(Top)', 'Understand', 'Prepare', 'Get in', 'Go', 'Sleep', 'Stay safe', 'Go next'];
const yFoot = ['Privacy policy', 'About Wikivoyage', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Mobile view'];
const h = (
  level: 2 | 3,
  text: string,
): string => `<div class="mw-heading mw-heading${level}"><h${level} id="${text.replace(/[^A-Za-z0-9]+/g, '_')}">${text}</h${level}><span
class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Kessra_Ridge_Trail&amp;action=edit">edit</a><span
class="mw-editsection-bracket">]</span></span></div>`;
const yHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Kessra Ridge Trail – Travel guide at Wikivoyage</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Kessra_Ridge_Trail","wgTitle":"Kessra Ridge Trail","wgCurRevisionId":4981227,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.kartographer.style%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.12"><meta name="viewport" content="width=1120"><meta property="og:title"
content="Kessra Ridge Trail – Travel guide at Wikivoyage"><link rel="canonical" href="https://en.wikivoyage.example/wiki/Kessra_Ridge_Trail"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr ns-0 ns-subject page-Kessra_Ridge_Trail rootpage-Kessra_Ridge_Trail
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header
class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element"><div class="vector-menu-heading">Main menu</div>
<ul class="vector-menu-content-list">${links(yMenu, 'mw-list-item')}
</ul></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Wikivoyage</span></a></div><div class="vector-header-end"><div
id="p-search" role="search" class="vector-search-box-vue"><form action="/w/index.php" id="searchform"><input type="search" name="search"
placeholder="Search Wikivoyage" aria-label="Search Wikivoyage"><button class="cdx-button">Search</button></form></div><nav class="vector-user-links"
aria-label="Personal tools"><ul><li id="pt-createaccount-2"><a href="/w/index.php?title=Special:CreateAccount">Create account</a></li><li
id="pt-login-2"><a href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2
class="vector-pinnable-header-label">Contents</h2></div><ul id="mw-panel-toc-list" class="vector-toc-contents">${links(yToc, 'vector-toc-list-item')}</ul>
</div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${yTitle}</span></h1></header><div class="vector-page-toolbar"><nav
aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected"><a href="/wiki/Kessra_Ridge_Trail">Article</a></li><li id="ca-talk"><a
href="/wiki/Talk:Kessra_Ridge_Trail">Discussion</a></li></ul></nav><nav aria-label="Views"><ul><li id="ca-view" class="selected"><a
href="/wiki/Kessra_Ridge_Trail">Read</a></li><li id="ca-edit"><a href="/w/index.php?action=edit">Edit</a></li><li id="ca-history"><a
href="/w/index.php?action=history">View history</a></li></ul></nav><div id="vector-page-tools-dropdown"><label class="vector-dropdown-label">Tools</label></div>
</div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikivoyage</div><div id="mw-content-text" class="mw-body-content"><div
class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><div class="pagebanner"><div class="wpb-banner-image"><img src="/upload/Kessra_banner.jpg"
alt=""></div><div class="wpb-name">Kessra Ridge Trail</div></div>
<div class="noprint article-status" title="This is a usable itinerary."><p>This itinerary is <b>usable</b>. It explains how to get there and touches on
all the major points along the way.</p></div>
${ps(yLead)}
<figure class="mw-default-size mw-halign-right" typeof="mw:File/Thumb"><a href="/wiki/File:Kessra_map.png" class="mw-file-description"><img
src="/upload/thumb/Kessra_map.png/300px-Kessra_map.png" class="mw-file-element" width="300" height="210" alt=""></a><figcaption>Map of the Kessra Ridge Trail
and its huts</figcaption></figure>
${h(2, 'Understand')}
${ps(yUnderstand)}
${h(2, 'Prepare')}
${ps(yPrepare)}
${h(2, 'Get in')}
${ps(yGetIn)}
${h(2, 'Go')}
${yStages.map(([t, p]) => `${h(3, t)}\n${ps(p)}`).join('\n')}
${h(2, 'Sleep')}
<ul>${lis(yListings)}</ul>
${h(2, 'Stay safe')}
${ps(yStaySafe)}
${h(2, 'Go next')}
<ul>${lis(yGoNext)}</ul>
<table class="noprint" style="width:100%"><tbody><tr><td>This itinerary to <b>Kessra Ridge Trail</b> is a <b>usable</b> article. It explains how to get
there and touches on all the major points along the way.</td></tr></tbody></table>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Usable_itineraries">Usable itineraries</a></li><li><a
href="/wiki/Category:Hiking_trails_in_the_Tarnish_Hills">Hiking trails in the Tarnish Hills</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3
January 2026, at 14:12.</li><li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms
may apply.</li></ul><ul id="footer-places">${links(yFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
export const wikivoyage: TestPage = {
  name: 'heldout367-wikivoyage-itinerary',
  kind: 'wiki',
  html: yHtml,
  title: yTitle,
  headings: ['Understand', 'Prepare', 'Get in', 'Go', ...yStages.map(([t]) => t), 'Sleep', 'Stay safe', 'Go next'],
  body: texts([...yLead, ...yUnderstand, ...yPrepare, ...yGetIn, ...yStages.flatMap(([, p]) => p), ...yListings, ...yStaySafe, ...yGoNext]),
  bylines: ['This page was last edited on 3 January 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...yMenu, 'Wikivoyage', 'Search', 'Create account', 'Log in', 'Contents', ...yToc.slice(0, 1), 'Article',
    'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'From Wikivoyage',
    'This itinerary is usable. It explains how to get there and touches on all the major points along the way.',
    'Map of the Kessra Ridge Trail and its huts', 'edit',
    'This itinerary to Kessra Ridge Trail is a usable article. It explains how to get there and touches on all the major points along the way.',
    'Categories', 'Usable itineraries', 'Hiking trails in the Tarnish Hills',
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...yFoot,
  ],
};
