import { links, ps, type TestPage, texts } from './page-kit.js';
import { fandom } from './pages-heldout270-a2.js';
import { j } from './pages-heldout270-kit.js';

/**
 * Held-out batch 270, file a: an English Wikipedia article in the mobile (Minerva) skin, with the main-menu drawer, the
 * page-actions menu, collapsible sections, a hatnote, an infobox, a maintenance box, the last-edited bar and the mobile
 * footer; and, from file a2, a Fandom wiki character page in the mobile-wiki layout.
 */
const wTitle = 'Lake Vessany';
const wLead = [
  j(
    '<b>Lake Vessany</b> is a glacial lake in the Orrin Uplands of the fictional province of Caldermark. With a surface area of',
    'about 14 square kilometres it is the largest body of fresh water in the uplands, and it drains northward through the',
    '<a href="/wiki/Tessel_River">Tessel River</a> into the Marrow Firth.',
  ),
  j(
    'The lake lies in a basin carved by the retreating Orrin ice sheet and is held back by a moraine ridge at its northern',
    'end. Its cold, clear water supports a small population of landlocked char, and its shores have been settled since the',
    'early medieval period.',
  ),
];
const wGeo = [
  j(
    'Lake Vessany is long and narrow, stretching about 9.5 kilometres from south to north and never more than 2 kilometres',
    'across. The deepest point, sounded in 1911 by the surveyor Halvard Enge, lies 71 metres below the surface near the western shore.',
  ),
  j(
    'Five streams feed the lake, the largest of which is the Brannock Beck, which enters at the southern end through a wide',
    'delta of gravel and reed beds. The lake is usually frozen from late December until the middle of March.',
  ),
];
const wHist = [
  j(
    'A crannog, an artificial island built of timber and stone, stands about 200 metres off the eastern shore. Timbers from',
    'its foundation have been dated to the ninth century, and it is thought to have served as a fortified farmstead.',
  ),
  j(
    'In the eighteenth century the lake became a source of ice for the towns of the Marrow coast. Ice was cut in blocks each',
    'February and carried by sledge to storehouses at Pell, where it was packed in straw and shipped south.',
  ),
  j(
    'A small hydroelectric scheme was proposed for the northern outflow in 1958, but it was abandoned after a public',
    'campaign led by the Orrin Walking Society, and the lake remains unregulated.',
  ),
];
const wEco = [
  'The lake supports a number of species that are rare elsewhere in Caldermark:',
  'Arctic char, isolated in the lake since the end of the last glaciation',
  'Quillwort and water lobelia in the shallow sandy bays',
  'Breeding black-throated divers, which nest on the two small islands',
  'The otter, which returned to the lake in the 1990s',
];
const wRec = [
  j(
    'Swimming and canoeing are popular in summer. A footpath of 24 kilometres circles the lake and is waymarked with the',
    'symbol of a char. Motorised boats have been banned on the lake since 1987.',
  ),
];
const wMenu = ['Home', 'Random', 'Nearby', 'Log in', 'Settings', 'Donate'];
const wMenu2 = ['About Wikipedia', 'Disclaimers'];
const wFoot = [
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Terms of Use',
  'Desktop',
];
const sec = (n: number, id: string, h: string, inner: string): string => `<div class="mw-heading mw-heading2 section-heading"
onclick="mfTempOpenSection(${n})"><span class="indicator mf-icon mf-icon-expand mf-icon--small"></span><h2 id="${id}">${h}</h2>
<span class="mw-editsection"><a role="button" href="/w/index.php?title=Lake_Vessany&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"
class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet">
<span class="minerva-icon minerva-icon--edit"></span><span>edit</span></a></span></div>
<section class="mf-section-${n} collapsible-block" id="mf-section-${n}">
${inner}
</section>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs skin-theme-clientpref-day mf-expand-sections-clientpref-0 mf-font-size-clientpref-small" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wTitle} - Wikipedia</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());</script>
<script>RLCONF={"wgPageName":"Lake_Vessany","wgTitle":"Lake Vessany","wgArticleId":71233904,"wgMFMode":"stable","wgMinervaMenuData":[]};
RLSTATE={"skins.minerva.styles":"ready","mobile.init.styles":"ready"};RLPAGEMODULES=["mobile.init","skins.minerva.scripts"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.minerva.base.styles&amp;only=styles&amp;skin=minerva">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, maximum-scale=5.0">
<meta property="og:title" content="Lake Vessany - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Lake_Vessany">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Lake Vessany",
"url":"https://en.wikipedia.org/wiki/Lake_Vessany","publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2009-05-14T08:11:20Z","dateModified":"2026-03-03T10:12:44Z","headline":"glacial lake in Caldermark"}</script></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Lake_Vessany rootpage-Lake_Vessany stable skin-minerva action-view">
<div id="mw-mf-viewport"><div id="mw-mf-page-center"><a class="mw-mf-page-center__mask" href="#"></a>
<div class="header-container header-chrome"><div class="minerva-header">
<nav class="navigation-drawer toggle-list view-border-box"><input type="checkbox" id="main-menu-input" class="toggle-list__checkbox" role="button"
aria-haspopup="true" aria-expanded="false" aria-labelledby="mw-mf-main-menu-button">
<label role="button" for="main-menu-input" id="mw-mf-main-menu-button" aria-hidden="true" data-event-name="ui.mainmenu"
class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet toggle-list__toggle">
<span class="minerva-icon minerva-icon--menu"></span><span></span></label>
<div id="mw-mf-page-left" class="menu view-border-box"><ul id="p-navigation" class="toggle-list__list">${links(wMenu, 'toggle-list-item')}</ul>
<ul class="hlist">${links(wMenu2)}</ul></div><label class="main-menu-mask" for="main-menu-input"></label></nav>
<div class="branding-box"><a href="/wiki/Main_Page"><span><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" alt="Wikipedia"
width="120" height="18"></span></a></div>
<form action="/w/index.php" method="get" class="minerva-search-form"><div class="search-box"><input type="hidden" name="title" value="Special:Search">
<input class="search skin-minerva-search-trigger" type="search" name="search" id="searchInput" autocomplete="off" placeholder="Search Wikipedia"
aria-label="Search Wikipedia"></div><button id="searchIcon" class="cdx-button cdx-button--icon-only cdx-button--weight-quiet skin-minerva-search-trigger">
<span class="minerva-icon minerva-icon--search"></span><span>Search</span></button></form>
<nav class="minerva-user-navigation" aria-label="User navigation"></nav></div></div>
<main id="content" class="mw-body"><div class="banner-container"><div id="siteNotice"></div></div>
<div class="pre-content heading-holder"><div class="page-heading"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${wTitle}</span></h1><div class="tagline"></div></div>
<nav class="page-actions-menu"><ul id="p-views" class="page-actions-menu__list">
<li id="language-selector" class="page-actions-menu__list-item"><a role="button" href="#p-lang" data-mw="interface"
class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet language-selector">
<span class="minerva-icon minerva-icon--language"></span><span>Language</span></a></li>
<li id="page-actions-watch" class="page-actions-menu__list-item"><a role="button" id="ca-watch" href="/w/index.php?title=Special:UserLogin"
class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet menu__item--page-actions-watch">
<span class="minerva-icon minerva-icon--star"></span><span>Watch</span></a></li>
<li id="page-actions-edit" class="page-actions-menu__list-item"><a role="button" id="ca-edit" href="/w/index.php?title=Lake_Vessany&amp;action=edit"
class="edit-page cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet">
<span class="minerva-icon minerva-icon--edit"></span><span>Edit</span></a></li></ul></nav></div>
<div id="bodyContent" class="content"><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<section class="mf-section-0" id="mf-section-0"><div role="note" class="hatnote navigation-not-searchable">For the village on its shore, see
<a href="/wiki/Vessany_(village)">Vessany (village)</a>.</div>
<div class="box-More_citations_needed plainlinks metadata ambox ambox-content" role="presentation"><div class="mbox-text-span">This article
<b>needs additional citations for verification</b>. Please help improve this article by adding citations to reliable sources.</div></div>
<table class="infobox vcard"><caption class="infobox-title fn org">Lake Vessany</caption><tbody>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Vessany_north.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/vessany_north.jpg/250px-vessany_north.jpg"
class="mw-file-element" width="250" height="166"></a></span><div class="infobox-caption">The northern end from the moraine, 2019</div></td></tr>
<tr><th scope="row" class="infobox-label">Location</th><td class="infobox-data">Orrin Uplands, Caldermark</td></tr>
<tr><th scope="row" class="infobox-label">Max. depth</th><td class="infobox-data">71 m (233 ft)</td></tr>
<tr><th scope="row" class="infobox-label">Surface area</th><td class="infobox-data">14.2 km<sup>2</sup></td></tr></tbody></table>
${ps(wLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div></div>
</section>
${sec(1, 'Geography', 'Geography', ps(wGeo))}
${sec(
  2,
  'History',
  'History',
  `<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Vessany_crannog.jpg" class="mw-file-description">
<img src="//upload.wikimedia.org/wikipedia/commons/thumb/crannog.jpg/220px-crannog.jpg" class="mw-file-element" width="220" height="147"></a>
<figcaption>The crannog seen from the eastern shore path</figcaption></figure>
${ps(wHist)}`,
)}
${sec(
  3,
  'Ecology',
  'Ecology',
  `<p>${wEco[0]}</p>\n<ul>${wEco
    .slice(1)
    .map((x) => `<li>${x}</li>`)
    .join('\n')}</ul>`,
)}
${sec(4, 'Recreation', 'Recreation', ps(wRec))}
${sec(
  5,
  'References',
  'References',
  `<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="reference-text">Enge, H. (1912). <i>Soundings of the
Upland Lakes</i>. Pell: Caldermark Survey Office.</span></li></ol></div>`,
)}
<div class="printfooter" data-nosnippet="">Retrieved from "https://en.wikipedia.org/w/index.php?title=Lake_Vessany&amp;oldid=1251190045"</div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"></div></div></main>
<div class="post-content" id="page-secondary-actions"></div>
<div class="mw-footer-container"><a class="last-modified-bar" href="/wiki/Special:History/Lake_Vessany"><div class="post-content last-modified-bar__content">
<span class="minerva-icon minerva-icon-size-medium minerva-icon--modified-history"></span><span class="last-modified-bar__text modified-enhancement"
data-user-name="Tarnhelm" data-user-gender="unknown" data-timestamp="1772532764"><span>Last edited on 3 March 2026, at 10:12</span></span>
<span class="minerva-icon minerva-icon-size-small minerva-icon--expand"></span></div></a>
<footer class="mw-footer minerva-footer" role="contentinfo"><div class="post-content footer-content"><div id="p-lang" class="minerva-languages">
<h4>Languages</h4><section><ul id="p-variants" class="minerva-languages"></ul><ul class="minerva-languages">
<li class="interlanguage-link"><a href="https://de.wikipedia.org/wiki/Vessanysee" lang="de">Deutsch</a></li>
<li class="interlanguage-link"><a href="https://nn.wikipedia.org/wiki/Vessanyvatnet" lang="nn">Norsk nynorsk</a></li></ul></section></div>
<div class="footer-info"><h2 class="footer-info-sitename"><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" alt="Wikipedia"
width="120" height="18"></h2>
<div class="license">Content is available under <a rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">CC BY-SA 4.0</a>
unless otherwise noted.</div></div><ul id="footer-places" class="footer-places hlist hlist-separated">${links(wFoot)}</ul></div></footer></div></div>
<div class="mw-notification-area" data-mw="interface"></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":128,"wgHostname":"mw-web.eqiad.main-5d7c"});});</script>
</body></html>`;
const wikiMobile: TestPage = {
  name: 'heldout270-wikipedia-minerva-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: ['Geography', 'History', 'Ecology', 'Recreation'],
  body: texts([...wLead, ...wGeo, ...wHist, ...wEco, ...wRec]),
  bylines: ['Last edited on 3 March 2026, at 10:12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wMenu, ...wMenu2, 'Search', 'Language', 'Watch', 'Edit', 'For the village on its shore, see Vessany (village).',
    'This article needs additional citations for verification. Please help improve this article by adding citations to reliable sources.',
    'The northern end from the moraine, 2019', 'Contents', 'The crannog seen from the eastern shore path', 'References',
    'Enge, H. (1912). Soundings of the Upland Lakes. Pell: Caldermark Survey Office.',
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Lake_Vessany&oldid=1251190045"', 'Languages', 'Deutsch', 'Norsk nynorsk',
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...wFoot.filter((x) => !wMenu2.includes(x)),
  ],
};

export const HELDOUT270_A: readonly TestPage[] = [wikiMobile, fandom];
