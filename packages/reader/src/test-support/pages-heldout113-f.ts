import { links, type TestPage, texts } from './page-kit.js';
import { discoursePage } from './pages-heldout113-f2.js';

/**
 * Held-out batch 113, file f: an English Wikipedia article in the Vector 2022 skin (the jump link, the main-menu and
 * personal-tools dropdowns, the search box, the sticky table of contents with "(Top)" and the headings it repeats (left out
 * of the gold), the language button, the Article / Talk / Read / Edit / View history / Tools tabs, "From Wikipedia, the free
 * encyclopedia", a hatnote, an infobox, "[edit]" section links, citation markers inside the paragraphs, the references list,
 * a navbox, the categories, "This page was last edited" and the footer) and, from file f2, a Discourse topic with replies.
 */
const wTitle = 'Corran Mill';
const wLead = [
  '<b>Corran Mill</b> is a former water-powered woollen mill on the Afon Gwyrdd near the village of Pentre Corran in Ceredigion, Wales. ' +
    'Built in 1807 and enlarged in the 1860s, it was one of the last working woollen mills in the county when it closed in 1971.' +
    '<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> The building is Grade II listed and since 2014 has ' +
    'housed a small museum and weaving workshop run by a community trust.',
];
const wH1 = 'History';
const wP1 = [
  'The first mill on the site was built by Evan Rhydderch, a local farmer, to card and spin wool from his own flock and those of ' +
    'neighbouring farms. A weaving shed was added in 1829, and by the middle of the century the mill employed about twenty people, ' +
    'most of them from Pentre Corran.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  'In 1864 the mill was bought by the brothers Dafydd and Tomos Beynon, who installed a larger waterwheel and two power looms. The ' +
    'mill specialised in flannel and in heavy blankets, which were sold at markets across west Wales and, for a time, shipped to ' +
    'Liverpool.',
  'Demand for Welsh flannel declined after the First World War. The mill survived by making tweeds and tapestry bedspreads for the ' +
    'tourist trade, but the last member of the Beynon family to run it retired in 1971 and the machinery was sold.' +
    '<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup>',
];
const wH2 = 'Building';
const wP2 = [
  'The mill is a three-storey building of local rubble stone with a slate roof. The original 1807 block stands at the northern end; ' +
    'the 1860s extension is slightly taller and has larger windows to light the looms. The waterwheel pit survives on the eastern ' +
    'side, although the wheel itself was removed for scrap in 1942.',
  'The leat that fed the wheel can still be traced for about 400 metres upstream.',
];
const wH3 = 'Museum';
const wP3 = [
  'The Corran Mill Trust bought the building in 2009 with a grant from the Heritage Lottery Fund and opened it to visitors in 2014. ' +
    'The museum displays a restored carding engine and a hand loom, and the trust runs weaving courses in the old weaving shed.' +
    '<sup id="cite_ref-4" class="reference"><a href="#cite_note-4">[4]</a></sup>',
];
const wList = ['Opening hours: April to October, Wednesday to Sunday.', 'Annual visitors: about 6,500 (2023).'];
const wH4 = 'References';
const wRefs = [
  'Jenkins, Mair (1998). The Woollen Mills of Ceredigion. Aberaeron: Gwasg Teifi. p. 112.',
  '"Corran Mill, Pentre Corran". Coflein. Royal Commission on the Ancient and Historical Monuments of Wales. Retrieved 3 March 2024.',
  'Owen, Siôn (4 June 1971). "Last shuttle falls silent at Corran". Cambrian News. p. 7.',
  '"Mill museum opens its doors". BBC News. 12 May 2014. Retrieved 3 March 2024.',
];
const wMenu = ['Main menu', 'Navigation', 'Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wContrib = ['Contribute', 'Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
const wPersonal = ['Donate', 'Create account', 'Log in', 'Personal tools'];
const wTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools'];
const wHat = 'For the mill in Powys, see Corran Mill (Llanidloes).';
const wInfo = ['Location', 'Pentre Corran, Ceredigion', 'Built', '1807', 'Listed building – Grade II'];
const wNavbox = ['Textile mills in Wales', 'Cambrian Mills', 'Dyfi Woollen Mill', 'Melin Teifi', 'Trefriw Woollen Mills'];
const wCats = ['Categories', 'Woollen mills in Wales', 'Grade II listed buildings in Ceredigion', 'Museums in Ceredigion', 'Watermills in Wales'];
const wFoot = [
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.',
  'Privacy policy',
  'Disclaimers',
  'Contact Wikipedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
const hd = (h: string) =>
  `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/w/index.php?title=Corran_Mill&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>` +
  `<span class="mw-editsection-bracket">]</span></span></div>`;
const p = (xs: string[]) => xs.map((x) => `<p>${x}\n</p>`).join('\n');
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1" lang="en" dir="ltr">
<head>
<meta charset="UTF-8"><title>Corran Mill - Wikipedia</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Corran_Mill","wgArticleId":71820345};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.20"><meta property="og:title" content="Corran Mill - Wikipedia"><link rel="canonical"
 href="https://en.wikipedia.org/wiki/Corran_Mill">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Corran Mill",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Corran_Mill",
"datePublished":"2011-02-14T09:12:55Z","headline":"former woollen mill in Ceredigion, Wales"}</script>
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Corran_Mill
 rootpage-Corran_Mill
 skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
 aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"><label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">${wMenu[0]}</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu">
<div class="vector-pinnable-header-label">${wMenu[0]}</div><button class="vector-pinnable-header-toggle-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button">hide</button><div id="p-navigation" class="vector-menu mw-portlet"><div
 class="vector-menu-heading">${wMenu[1]}</div>
<ul class="vector-menu-content-list">
${links(wMenu.slice(2), 'mw-list-item')}
</ul></div><div id="p-interaction" class="vector-menu mw-portlet"><div class="vector-menu-heading">${wContrib[0]}</div><ul class="vector-menu-content-list">
${links(wContrib.slice(1), 'mw-list-item')}
</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Wikipedia</span>
<span class="mw-logo-tagline">The Free Encyclopedia</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box"><form action="/w/index.php" id="searchform"><input type="search" name="search"
 placeholder="Search Wikipedia" aria-label="Search Wikipedia"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>
${links(wPersonal.slice(0, 3), 'mw-list-item')}
</ul><div id="vector-user-links-dropdown" class="vector-dropdown"><label class="vector-dropdown-label"><span
 class="vector-dropdown-label-text">${wPersonal[3]}</span>
</label></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header-label">Contents</div>
<button class="vector-pinnable-header-toggle-button">hide</button><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${[wH1, wH2, wH3, wH4]
  .map(
    (h, i) => `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<button class="vector-page-titlebar-toc" aria-label="Toggle the table of contents">Toggle the table of contents</button>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label"><span
 class="vector-dropdown-label-text">2 languages</span>
</label><div class="vector-dropdown-content"><ul><li class="interlanguage-link"><a href="https://cy.wikipedia.org/wiki/Melin_Corran" lang="cy">Cymraeg</a></li>
<li class="interlanguage-link"><a href="https://de.wikipedia.org/wiki/Corran_Mill" lang="de">Deutsch</a></li></ul></div></div></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(wTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(wTabs.slice(2, 5), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown"><label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">${wTabs[5]}</span></label></div></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Former woollen mill in Ceredigion, Wales</div>
<div role="note" class="hatnote navigation-not-searchable">${wHat}</div>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${wTitle}</th></tr>
<tr><th scope="row" class="infobox-label">${wInfo[0]}</th><td class="infobox-data">${wInfo[1]}</td></tr>
<tr><th scope="row" class="infobox-label">${wInfo[2]}</th><td class="infobox-data">${wInfo[3]}</td></tr>
<tr><td colspan="2" class="infobox-full-data">${wInfo[4]}</td></tr></tbody></table>
${p(wLead)}
<meta property="mw:PageProp/toc">
${hd(wH1)}
${p(wP1)}
${hd(wH2)}
${p(wP2)}
${hd(wH3)}
${p(wP3)}
<ul>${wList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${hd(wH4)}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text"><cite class="citation">${r}</cite></span></li>`,
  )
  .join('\n')}
</ol></div></div>
<div role="navigation" class="navbox" aria-labelledby="Textile_mills_in_Wales"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col"
 class="navbox-title" colspan="2"><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><abbr title="View this template">v</abbr></li>
<li class="nv-talk"><abbr title="Discuss this template">t</abbr></li><li class="nv-edit"><abbr title="Edit this template">e</abbr></li></ul></div>
<div id="Textile_mills_in_Wales">${wNavbox[0]}</div></th></tr><tr><td class="navbox-list"><div><ul>
${links(wNavbox.slice(1))}
</ul></div></td></tr></tbody></table></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">${wCats[0]}</a>:
<ul>${links(wCats.slice(1))}</ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 October
2025, at 14:11<span class="anonymous-show">&nbsp;(UTC)</span>.</li><li id="footer-info-copyright">${wFoot[0]}</li></ul><ul id="footer-places">
${links(wFoot.slice(1), 'footer-place')}
</ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script>
</body>
</html>`;

const wikiPage: TestPage = {
  name: 'heldout113-wikipedia-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3, wH4],
  body: texts([...wLead, ...wP1, ...wP2, ...wP3, ...wList]),
  bylines: ['This page was last edited on 2 October 2025, at 14:11 (UTC).'],
  furniture: [
    'Jump to content',
    ...wMenu,
    'move to sidebar',
    'hide',
    ...wContrib,
    'Wikipedia',
    'The Free Encyclopedia',
    'Search',
    ...wPersonal,
    '(Top)',
    'Toggle the table of contents',
    '2 languages',
    'Cymraeg',
    'Deutsch',
    ...wTabs,
    'From Wikipedia, the free encyclopedia',
    wHat,
    ...wNavbox,
    ...wCats,
    'edit',
    ...wFoot,
  ],
};

export const HELDOUT113_F: readonly TestPage[] = [wikiPage, discoursePage];
