import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j } from './pages-heldout713-kit.js';

/**
 * Held-out batch 713, file e: a Wikipedia article on a nineteenth-century riot (Vector 2022, hatnote, infobox, "Main
 * article" hatnote inside a section, a thumbnail figure, citation and explanatory-note markers, a "citation needed" tag, See
 * also, Notes, References, Sources and External links sections, a navbox and categories), and a local history wiki's page on
 * a chapel in MediaWiki's MonoBook skin (maintenance box, simple infobox, old-style table of contents, ministers table,
 * reference list, categories, the column-one portlets and the MonoBook footer).
 */
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const efn = (l: string): string =>
  `<sup id="cite_ref-note-${l}" class="reference"><a href="#cite_note-note-${l}"><span class="cite-bracket">&#91;</span>${l}<span
class="cite-bracket">&#93;</span></a></sup>`;
const cn = `<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">&#91;<i><a href="/wiki/Wikipedia:Citation_needed"
title="Wikipedia:Citation needed"><span title="This claim needs references to reliable sources. (January 2027)">citation needed</span></a></i>&#93;</sup>`;
const wTitle = 'Orrin Valley tithe riots';
const wLead = [
  j(
    'The <b>Orrin Valley tithe riots</b> were a series of disturbances in the Orrin Valley of Lesser Harth in October 1836, provoked by',
    'the commutation of the grain tithe owed to the parish clergy into a fixed money payment. Over sixteen days, crowds of smallholders',
    'and labourers blocked the collection of tithe rents at fairs and markets, confronted the yeomanry in the market square at Cullen,',
    `and burned the tithe barn at Pellow Green.${ref(1)} Three people were killed at Cullen on 11 October.`,
  ),
  j(
    'The riots led to the trial of 64 people at the winter assizes in Harnholm and to the Tithe Commutation (Amendment) Act 1838, which',
    `allowed the rent to be paid in two instalments and exempted holdings of less than five acres.${ref(2)} They are remembered locally`,
    'as the Barn Burning.',
  ),
];
type WSec = { h: string; level: 2 | 3; paras: string[]; main?: string };
const wSecs: WSec[] = [
  {
    h: 'Background',
    level: 2,
    main: 'Tithe Commutation Act 1834 (Lesser Harth)',
    paras: [
      j(
        'Under the Tithe Commutation Act 1834, the tithe of one-tenth of the harvest, which had been collected in kind by the parish',
        'clergy or their agents, was replaced by a rent charge calculated on the average price of grain over the previous seven',
        `years.${ref(3)} In the Orrin Valley, where most holdings were small and much of the grain was grown to be eaten rather than sold,`,
        `the change meant that farmers had to raise cash at the worst time of year.${efn('a')}`,
      ),
      j(
        'The first rent charges were due at Michaelmas 1836. The harvest that year was poor, and grain prices at Cullen market had fallen',
        `by almost a third since the averages were set.${ref(4)}`,
      ),
    ],
  },
  { h: 'Riots', level: 2, paras: [] },
  {
    h: 'Cullen fair',
    level: 3,
    paras: [
      j(
        'On 3 October, the opening day of Cullen’s autumn fair, a crowd of several hundred gathered outside the Crown inn, where the',
        'tithe agent for the parish, Matthias Dorne, had set up a table to receive the rent. Contemporary accounts agree that the crowd',
        `was orderly at first. Dorne was persuaded to leave after about an hour, and no rent was collected that day.${ref(5)}`,
      ),
      j(
        'Over the following week, similar crowds turned away tithe agents at four other markets in the valley. On 11 October, when Dorne',
        'returned to Cullen with a troop of the Harnholm Yeomanry, stones were thrown and the yeomanry cleared the market square with',
        `drawn sabres. Two men and a woman, Sarah Keel, were killed.${ref(6)}${efn('b')}`,
      ),
    ],
  },
  {
    h: 'Burning of the tithe barn',
    level: 3,
    paras: [
      j(
        'On the night of 15 October the tithe barn at Pellow Green, which still held grain from the previous year’s collection in kind,',
        'was set on fire and the grain inside was largely destroyed. Although no one was ever convicted of the burning, it became the',
        `event most closely associated with the riots in later memory.${cn}`,
      ),
    ],
  },
  {
    h: 'Trials',
    level: 2,
    paras: [
      j(
        'Sixty-four people were tried at the Harnholm winter assizes in January 1837. Forty-one were convicted, most of them of riotous',
        'assembly. Seven were sentenced to transportation, though the sentences of five were later commuted after a petition signed by',
        `more than 3,000 people, including two of the valley’s clergy.${ref(7)}`,
      ),
    ],
  },
  {
    h: 'Aftermath',
    level: 2,
    paras: [
      j(
        'The Amendment Act of 1838 allowed the rent charge to be paid in two instalments, at Michaelmas and Lady Day, and exempted',
        `holdings of under five acres.${ref(8)} Historians have debated how far the riots were responsible. Corvin argues that the act`,
        'was already being drafted in the summer of 1836, while Ashdown points to the speed with which it passed after the',
        `trials.${ref(9)}${ref(10)}`,
      ),
    ],
  },
  {
    h: 'Legacy',
    level: 2,
    paras: [
      j(
        'A memorial to Sarah Keel and the two men killed at Cullen was unveiled in the market square in 1936, on the centenary of the',
        'riots. The burning of the Pellow Green barn is marked with a bonfire on the green every October, a custom first recorded in',
        `1881.${ref(11)}`,
      ),
    ],
  },
];
const wInfo = [
  'Date',
  '3–19 October 1836',
  'Location',
  'Orrin Valley, Lesser Harth',
  'Caused by',
  'Commutation of the grain tithe',
  'Methods',
  'Crowd actions, boycotts, arson',
  'Resulted in',
  'Tithe Commutation (Amendment) Act 1838',
  'Deaths',
  '3',
  'Arrested',
  '64',
];
const wCaption = 'The memorial to the dead of 11 October 1836 in Cullen market square, unveiled in 1936';
const wSeeAlso = ['Tithe War of Nethermoor', 'Yeomanry of Lesser Harth'];
const wNotes = [
  'In the valley parishes of Cullen and Orrin Magna, more than half of all holdings were under ten acres in the survey of 1831.',
  'Some accounts give four deaths; the fourth, a boy named in the Harnholm Courier, appears to have survived his injuries.',
];
const wRefs = [
  'Ashdown 2003, p. 1.',
  'Corvin 1974, pp. 88–91.',
  'Corvin 1974, pp. 12–15.',
  'Ashdown 2003, p. 34.',
  '"The Fair at Cullen". Harnholm Courier. 8 October 1836. p. 2.',
  'Ashdown 2003, pp. 51–58.',
  'Corvin 1974, p. 77.',
  'Corvin 1974, pp. 88–89.',
  'Corvin 1974, p. 92.',
  'Ashdown 2003, pp. 140–146.',
  'Penfold, Ada (1994). "Bonfires and memory in the Orrin Valley". Wolds Folklore. 22: 41–49.',
];
const wSources = [
  'Ashdown, Leonie (2003). Sabres in the Square: The Orrin Valley Riots of 1836. Harnholm: Wolds Press. ISBN 978-0-9512034-4-1.',
  'Corvin, Edgar (1974). Tithe and Tumult in Lesser Harth, 1830–1840. Brenford: University of Brenford Press.',
];
const wExt = ['The Barn Burning – Cullen Heritage Trust', 'Trial records of the 1837 winter assizes – Harnholm Archives'];
const wNavbox = ['Popular unrest in Lesser Harth', 'Wendle Moor enclosure riots (1799)', 'Orrin Valley tithe riots (1836)', 'Harnholm bread riots (1847)'];
const wNavbox2 = ['Tithe Commutation Act 1834', 'Tithe Commutation (Amendment) Act 1838', 'Poor Law (Lesser Harth) Act 1841'];
const wCats = ['1836 riots', 'Conflicts in 1836', 'History of the Orrin Valley', 'Tithes', 'Protests in Lesser Harth'];
const wMenu = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wContrib = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file'];
const wTools = ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Cite this page'];
const anchor = (t: string): string => t.replace(/ /g, '_');
const wEdit = (t: string): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Orrin_Valley_tithe_riots&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span>`;
const wHead = (t: string, level: 2 | 3 = 2): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${anchor(t)}">${t}</h${level}>${wEdit(t)}</div>`;
const wToc: [string, string][] = [
  ['1', 'Background'],
  ['2', 'Riots'],
  ['2.1', 'Cullen fair'],
  ['2.2', 'Burning of the tithe barn'],
  ['3', 'Trials'],
  ['4', 'Aftermath'],
  ['5', 'Legacy'],
  ['6', 'See also'],
  ['7', 'Notes'],
  ['8', 'References'],
  ['9', 'Sources'],
  ['10', 'External links'],
];
const wSec = (s: WSec): string =>
  `${wHead(s.h, s.level)}\n${
    s.main
      ? `<div role="note" class="hatnote navigation-not-searchable">Main article: <a href="/wiki/${anchor(s.main)}" title="${s.main}">${s.main}</a></div>\n`
      : ''
  }${ps(s.paras)}${
    s.h === 'Legacy'
      ? `\n<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Cullen_memorial.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/4/4e/Cullen_memorial.jpg/250px-Cullen_memorial.jpg" decoding="async" width="250" height="188"
class="mw-file-element"></a><figcaption>${wCaption}</figcaption></figure>`
      : ''
  }`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-main-menu-pinned-disabled vector-feature-appearance-pinned-clientpref-1 skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta
charset="UTF-8"><title>Orrin Valley tithe riots - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Orrin_Valley_tithe_riots","wgTitle":"Orrin Valley tithe riots","wgCurRevisionId":1281120473,"wgArticleId":60214478,"wgIsArticle":true,
"wgCategories":["1836 riots","Conflicts in 1836","History of the Orrin Valley","Tithes","Protests in Lesser Harth"],
"wgRelevantPageName":"Orrin_Valley_tithe_riots"};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.search.codex.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.21"><meta property="og:title" content="Orrin Valley tithe riots - Wikipedia"><meta property="og:type"
content="website"><link rel="canonical" href="https://en.wikipedia.org/wiki/Orrin_Valley_tithe_riots">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Orrin Valley tithe riots",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Orrin_Valley_tithe_riots","publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2019-02-11T20:41:05Z","headline":"1836 unrest in the Orrin Valley of Lesser Harth"}</script>
</head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
page-Orrin_Valley_tithe_riots rootpage-Orrin_Valley_tithe_riots skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div
id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header vector-main-menu-pinnable-header"><div
class="vector-pinnable-header-label">Main menu</div><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to
sidebar</button><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wMenu, 'mw-list-item')}</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction"><div class="vector-menu-heading">Contribute</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wContrib, 'mw-list-item')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"
width="117" height="13"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only
search-toggle" title="Search Wikipedia [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper"><div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input"
type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" id="searchInput"></div></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-sitesupport-2"
class="user-links-collapsible-item
mw-list-item"><a href="https://donate.wikimedia.org/"><span>Donate</span></a></li><li id="pt-createaccount-2" class="user-links-collapsible-item
mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=Orrin+Valley+tithe+riots"><span>Create account</span></a></li><li
id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Orrin+Valley+tithe+riots"><span>Log
in</span></a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div
id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2
class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wToc
  .map(
    ([n, t]) => `<li id="toc-${anchor(t)}" class="vector-toc-list-item vector-toc-level-${n.includes('.') ? 2 : 1}"><a class="vector-toc-link"
href="#${anchor(t)}"><div class="vector-toc-text"><span class="vector-toc-numb">${n}</span>
<span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 3 languages"><label
id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive
mw-portlet-lang-heading-3" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">3
languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li
id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Orrin_Valley_tithe_riots" title="View the content page [c]"
accesskey="c"><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Orrin_Valley_tithe_riots"
rel="discussion" title="Discuss improvements to the content page [t]" accesskey="t"><span>Talk</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div
class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Orrin_Valley_tithe_riots"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=Orrin_Valley_tithe_riots&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-history"
class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Orrin_Valley_tithe_riots&amp;action=history" title="Past revisions of this page [h]"
accesskey="h"><span>View history</span></a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><input
type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools"><label
id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div
class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element"><div class="vector-pinnable-header
vector-page-tools-pinnable-header"><div class="vector-pinnable-header-label">Tools</div><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-pin-button">move to sidebar</button></div><div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div
class="vector-menu-heading">General</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(wTools, 'mw-list-item')}</ul></div></div>
</div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">1836 unrest in the Orrin Valley of Lesser Harth</div>
<div role="note" class="hatnote navigation-not-searchable">For the disturbances of 1851, see <a href="/wiki/Orrin_Valley_bread_riots"
title="Orrin Valley bread riots">Orrin Valley bread riots</a>.</div>
<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary">${wTitle}</th></tr>
${[0, 2, 4, 6, 8].map((i) => `<tr><th scope="row" class="infobox-label">${at(wInfo, i)}</th><td class="infobox-data">${at(wInfo, i + 1)}</td></tr>`).join('\n')}
<tr><th colspan="2" class="infobox-header">Casualties</th></tr>
${[10, 12].map((i) => `<tr><th scope="row" class="infobox-label">${at(wInfo, i)}</th><td class="infobox-data">${at(wInfo, i + 1)}</td></tr>`).join('\n')}
</tbody></table>
${ps(wLead)}
<meta property="mw:PageProp/toc">
${wSecs.map(wSec).join('\n')}
${wHead('See also')}
<ul>${links(wSeeAlso)}</ul>
${wHead('Notes')}
<div class="reflist reflist-lower-alpha"><div class="mw-references-wrap"><ol class="references">${wNotes
  .map(
    (r, i) => `<li id="cite_note-note-${'ab'[i]}"><span class="mw-cite-backlink"><b><a href="#cite_ref-note-${'ab'[i]}">^</a></b></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div></div>
${wHead('References')}
<div class="reflist"><div class="mw-references-wrap mw-references-columns"><ol class="references">${wRefs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div></div>
${wHead('Sources')}
<div class="refbegin" style=""><ul>${wSources.map((s) => `<li><cite class="citation book cs1">${s}</cite></li>`).join('\n')}</ul></div>
${wHead('External links')}
<ul>${links(wExt)}</ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Popular_unrest_in_Lesser_Harth" style="padding:3px"><table
class="nowraplinks mw-collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col"
class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a href="/wiki/Template:Lesser_Harth_unrest"><abbr
title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:Lesser_Harth_unrest"><abbr title="Discuss this
template">t</abbr></a></li><li class="nv-edit"><a href="/wiki/Special:EditPage/Template:Lesser_Harth_unrest"><abbr title="Edit this
template">e</abbr></a></li></ul></div><div id="Popular_unrest_in_Lesser_Harth" style="font-size:114%;margin:0 4em">${at(wNavbox, 0)}</div></th></tr><tr><th
scope="row" class="navbox-group" style="width:1%">Riots</th><td class="navbox-list-with-group navbox-list navbox-odd hlist"><div style="padding:0
0.25em"><ul>${links(wNavbox.slice(1))}</ul></div></td></tr><tr><th scope="row" class="navbox-group" style="width:1%">Legislation</th><td
class="navbox-list-with-group navbox-list navbox-even hlist"><div style="padding:0 0.25em"><ul>${links(wNavbox2)}</ul></div></td></tr></tbody></table></div>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Orrin_Valley_tithe_riots&amp;oldid=1281120473"
>https://en.wikipedia.org/w/index.php?title=Orrin_Valley_tithe_riots&amp;oldid=1281120473</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${links(wCats)}</ul></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 21
January 2027, at 08:17<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="license"
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons
Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a
href="https://foundation.wikimedia.org/wiki/Policy:Terms_of_Use">Terms of Use</a> and <a
href="https://foundation.wikimedia.org/wiki/Policy:Privacy_policy">Privacy
Policy</a>. Wikipedia® is a registered trademark of the <a href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit
organization.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy
policy</a></li><li id="footer-places-about"><a href="/wiki/Wikipedia:About">About Wikipedia</a></li><li id="footer-places-disclaimers"><a
href="/wiki/Wikipedia:General_disclaimer">Disclaimers</a></li><li id="footer-places-contact"><a href="//en.wikipedia.org/wiki/Wikipedia:Contact_us">Contact
Wikipedia</a></li><li id="footer-places-developers"><a href="https://developer.wikimedia.org">Developers</a></li><li id="footer-places-mobileview"><a
href="//en.m.wikipedia.org/w/index.php?title=Orrin_Valley_tithe_riots&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">Mobile
view</a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-6b7f","wgBackendResponseTime":211});});</script></body></html>`;
const wikipedia: TestPage = gold({
  name: 'heldout713-wikipedia-tithe-riots',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map((s) => s.h),
  body: texts([...wLead, ...wSecs.flatMap((s) => s.paras)]),
  bylines: ['This page was last edited on 21 January 2027, at 08:17 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wMenu, 'Contribute', ...wContrib, 'Search', 'Donate', 'Create account',
    'Log in', 'Contents', '(Top)', ...wToc.map(([n, t]) => `${n} ${t}`), 'Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools', 'General', ...wTools,
    'From Wikipedia, the free encyclopedia', 'For the disturbances of 1851, see Orrin Valley bread riots.', wTitle, ...wInfo, 'Casualties', 'edit',
    'Main article: Tithe Commutation Act 1834 (Lesser Harth)', wCaption, 'See also', ...wSeeAlso, 'Notes', ...wNotes, 'References', ...wRefs, 'Sources',
    ...wSources, 'External links', ...wExt, ...wNavbox, ...wNavbox2, 'v', 't', 'e', 'Riots', 'Legislation',
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Orrin_Valley_tithe_riots&oldid=1281120473"', 'Categories:', ...wCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the '
      + 'Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.',
    'Privacy policy', 'About Wikipedia', 'Disclaimers', 'Contact Wikipedia', 'Developers', 'Mobile view',
  ],
});

const mbTitle = 'Providence Chapel, Fennick';
const mbRef = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const mbLead = j(
  '<b>Providence Chapel</b> was an Independent (Congregational) chapel on Ropewalk Lane, Fennick, which stood from 1821 until its',
  'demolition in 1979. For most of the nineteenth century it was the largest nonconformist congregation in the town, and its Sunday',
  'school, opened in 1826, was the first in Fennick to teach writing as well as reading.',
);
const mbSecs: [string, string[]][] = [
  [
    'History',
    [
      j(
        'The congregation grew out of a group of about twenty households who met for prayer in the sail loft of the ropemaker Josiah',
        'Tull from 1809. Tull and four others bought the Ropewalk Lane site in 1820 for £140, and the chapel was opened on 11 July 1821 by',
        `the Rev. Amos Clare of Harnholm.${mbRef(1)}`,
      ),
      j(
        'Attendance peaked at the religious census of 1851, when the minister recorded 412 people at the morning service and 536 in the',
        `evening, against 388 and 190 at the parish church of St Hadwin.${mbRef(2)} The chapel was enlarged in 1858 with galleries on`,
        'three sides.',
      ),
      j(
        'The congregation declined steadily after the First World War. By 1970 it had 23 members, and services ended in 1976. The',
        'building was sold to the borough council and demolished in 1979 to make way for the Ropewalk car park.',
      ),
    ],
  ],
  [
    'Building',
    [
      j(
        'The 1821 chapel was a plain brick box of three bays with a hipped roof and two tall round-headed windows in the front wall. The',
        'enlargement of 1858 added a pedimented front with the inscription PROVIDENCE CHAPEL 1821 ENLARGED 1858, which was saved at the',
        'demolition and is now set into the wall of the car park beside the pay machines.',
      ),
    ],
  ],
  ['Ministers', []],
  [
    'Burial ground',
    [
      j(
        'A small burial ground behind the chapel was used from 1822 until 1855, when burials in the town centre were stopped. About 180',
        'people are thought to have been buried there. The remains were moved to Fennick cemetery before the demolition, and the',
        `register of burials is kept by the Fennick History Society.${mbRef(3)}`,
      ),
    ],
  ],
];
const mbTable = [
  ['Minister', 'Years', 'Notes'],
  ['Amos Clare', '1821–1834', 'Also minister at Harnholm'],
  ['Joseph Wrenn', '1834–1862', 'Opened the British School, 1841'],
  ['Silas Penfold', '1863–1901', 'Longest-serving minister'],
  ['Ernest Dale', '1902–1937', 'Died in office'],
  ['Visiting ministers', '1937–1976', 'Shared with Harnholm'],
];
const mbRefs = [
  'Fennick History Society, Providence Chapel church book 1809–1840 (transcript).',
  'Religious census returns for Fennick, 1851, as printed in the Fennick Gazette, 4 April 1851.',
  'Fennick History Society, Providence Chapel burial register, 1822–1855.',
];
const mbInfo = ['Denomination', 'Independent (Congregational)', 'Built', '1821', 'Enlarged', '1858', 'Closed', '1976', 'Demolished', '1979'];
const mbNav = ['Main page', 'Recent changes', 'Random page', 'Streets A–Z', 'Churches and chapels', 'Help'];
const mbTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mbCats = ['Chapels', 'Demolished buildings', 'Ropewalk Lane', 'Nonconformity'];
const mbEdit = (t: string, n: number): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Providence_Chapel,_Fennick&amp;action=edit&amp;section=${n}" title="Edit section: ${t}">edit</a><span
class="mw-editsection-bracket">]</span></span>`;
const mbHead = (t: string, n: number): string => `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span>${mbEdit(t, n)}</h2>`;
const mbHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en-GB" dir="ltr"><head><meta charset="UTF-8"><title>Providence Chapel, Fennick - Fennick History Wiki</title>
<script>document.documentElement.className="client-js";
RLCONF={"wgBreakFrames":false,"wgPageName":"Providence_Chapel,_Fennick","wgTitle":"Providence Chapel, Fennick",
"wgCurRevisionId":6120,"wgArticleId":388,"wgIsArticle":true,"wgCategories":["Chapels","Demolished buildings","Ropewalk Lane","Nonconformity"],
"wgPageContentModel":"wikitext"};RLSTATE={"site.styles":"ready","skins.monobook.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en-gb&amp;modules=site.styles%7Cskins.monobook.styles&amp;only=styles&amp;skin=monobook">
<meta name="generator" content="MediaWiki 1.39.10"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes, minimum-scale=0.25,
maximum-scale=5.0"><link rel="icon" href="/favicon.ico"><link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php"
title="Fennick History Wiki (en-gb)"><link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Providence_Chapel_Fennick rootpage-Providence_Chapel_Fennick skin-monobook
action-view skin--responsive"><div id="globalWrapper"><div id="column-content"><div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mbTitle}</span></h1>
<div id="bodyContent" class="monobook-body"><div id="siteSub">From Fennick History Wiki</div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="jump-to-nav"></div><a href="#column-one" class="mw-jump-link">Jump to navigation</a><a href="#searchInput" class="mw-jump-link">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en-GB" dir="ltr"><div class="mw-parser-output">
<table class="ambox ambox-content" role="presentation"><tbody><tr><td class="mbox-image"><img alt="" src="/images/4/4d/Camera_icon.png" width="40"
height="40"></td><td class="mbox-text">This page needs photographs of the chapel before 1979. If you have any, please <a href="/wiki/Special:Upload"
title="Special:Upload">upload them</a>.</td></tr></tbody></table>
<table class="infobox" style="float:right;width:22em;border:1px solid #aaa;background:#f9f9f9"><tbody><tr><th colspan="2"
style="text-align:center;font-size:125%">Providence
Chapel</th></tr><tr><td colspan="2" style="text-align:center"><a href="/wiki/File:Providence_Chapel_1905.jpg" class="image"><img alt=""
src="/images/thumb/8/8a/Providence_Chapel_1905.jpg/220px-Providence_Chapel_1905.jpg" width="220" height="160"></a><br>The chapel front in about 1905</td></tr>
${[0, 2, 4, 6, 8].map((i) => `<tr><th style="text-align:left">${at(mbInfo, i)}</th><td>${at(mbInfo, i + 1)}</td></tr>`).join('\n')}</tbody></table>
<p>${mbLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en-GB" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span
class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${[...mbSecs.map(([t]) => t), 'References']
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${mbSecs
  .map(([t, p], i) =>
    t === 'Ministers'
      ? `${mbHead(t, i + 1)}\n<table class="wikitable"><tbody><tr>${(mbTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${mbTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>`
      : `${mbHead(t, i + 1)}\n${ps(p)}`,
  )
  .join('\n')}
${mbHead('References', 5)}
<div class="mw-references-wrap"><ol class="references">${mbRefs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.fennickhistory.org.uk/index.php?title=Providence_Chapel,_Fennick&amp;oldid=6120"
>https://wiki.fennickhistory.org.uk/index.php?title=Providence_Chapel,_Fennick&amp;oldid=6120</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mbCats)}</ul></div></div>
<div class="visualClear"></div></div></div></div>
<div id="column-one" lang="en-GB" dir="ltr"><h2>Navigation menu</h2>
<div role="navigation" class="portlet" id="p-cactions" aria-labelledby="p-cactions-label"><h3 id="p-cactions-label">Page actions</h3><div class="pBody"><ul>
<li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Providence_Chapel,_Fennick" title="View the content page [c]" accesskey="c">Page</a></li>
<li id="ca-talk" class="new mw-list-item"><a href="/index.php?title=Talk:Providence_Chapel,_Fennick&amp;action=edit&amp;redlink=1" rel="discussion"
title="Discussion about the content page (page does not exist) [t]" accesskey="t">Discussion</a></li>
<li id="ca-edit" class="mw-list-item"><a href="/index.php?title=Providence_Chapel,_Fennick&amp;action=edit" title="Edit this page [e]"
accesskey="e">Edit</a></li>
<li id="ca-history" class="mw-list-item"><a href="/index.php?title=Providence_Chapel,_Fennick&amp;action=history" title="Past revisions of this page [h]"
accesskey="h">History</a></li></ul></div></div>
<div role="navigation" class="portlet" id="p-personal" aria-labelledby="p-personal-label"><h3 id="p-personal-label">Personal tools</h3><div class="pBody"><ul>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin&amp;returnto=Providence+Chapel%2C+Fennick"
title="You are encouraged to log in;
however, it is not mandatory [o]" accesskey="o">Log in</a></li></ul></div></div>
<div class="portlet" id="p-logo" role="banner"><a href="/wiki/Main_Page" class="mw-wiki-logo" title="Visit the main page"></a></div>
<div id="sidebar"><div role="navigation" class="portlet generated-sidebar" id="p-navigation" aria-labelledby="p-navigation-label"><h3
id="p-navigation-label">Navigation</h3><div class="pBody"><ul>${links(mbNav, 'mw-list-item')}</ul></div></div>
<div role="search" class="portlet" id="p-search"><h3 id="p-search-label"><label for="searchInput">Search</label></h3><div class="pBody" id="searchBody"><form
action="/index.php" id="searchform"><input type="hidden" value="Special:Search" name="title"><input type="search" name="search" placeholder="Search Fennick
History Wiki" aria-label="Search Fennick History Wiki" autocapitalize="sentences" title="Search Fennick History Wiki [f]" accesskey="f" id="searchInput"><input
type="submit" name="go" value="Go" title="Go to a page with this exact name if it exists" id="searchButton" class="searchButton"> <input type="submit"
name="fulltext" value="Search" title="Search the pages for this text" id="mw-searchButton" class="searchButton"></form></div></div>
<div role="navigation" class="portlet" id="p-tb" aria-labelledby="p-tb-label"><h3 id="p-tb-label">Tools</h3><div class="pBody"><ul>${links(
  mbTools,
  'mw-list-item',
)}</ul></div></div></div></div>
<div class="visualClear"></div>
<div id="footer" class="mw-footer" role="contentinfo" lang="en-GB" dir="ltr"><div id="f-copyrightico" class="footer-icons"><a
href="https://creativecommons.org/licenses/by-sa/4.0/"><img src="/resources/assets/licenses/cc-by-sa.png" alt="Creative Commons Attribution-ShareAlike"
width="88" height="31" loading="lazy"></a></div><div id="f-poweredbyico" class="footer-icons"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></div>
<ul id="f-list"><li id="lastmod"> This page was last edited on 9 January 2027, at 16:40.</li><li id="copyright">Content is available under <a
class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise
noted.</li><li id="privacy"><a href="/wiki/Fennick_History_Wiki:Privacy_policy" title="Fennick History Wiki:Privacy policy">Privacy policy</a></li><li
id="about"><a href="/wiki/Fennick_History_Wiki:About" title="Fennick History Wiki:About">About Fennick History Wiki</a></li><li id="disclaimers"><a
href="/wiki/Fennick_History_Wiki:General_disclaimer" title="Fennick History Wiki:General disclaimer">Disclaimers</a></li></ul></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":64});});</script></body></html>`;
const monobook: TestPage = gold({
  name: 'heldout713-monobook-chapel',
  kind: 'wiki',
  html: mbHtml,
  title: mbTitle,
  headings: mbSecs.map(([t]) => t),
  body: texts([mbLead, ...mbSecs.flatMap(([t, p]) => (t === 'Ministers' ? mbTable.map((r) => r.join(' ')) : p))]),
  bylines: ['This page was last edited on 9 January 2027, at 16:40.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Fennick History Wiki', 'Jump to navigation', 'Jump to search',
    'This page needs photographs of the chapel before 1979. If you have any, please upload them.',
    'Providence Chapel', 'The chapel front in about 1905', ...mbInfo, 'Contents', '1 History', '2 Building', '3 Ministers', '4 Burial ground', '5 References',
    'edit', 'References', ...mbRefs,
    'Retrieved from "https://wiki.fennickhistory.org.uk/index.php?title=Providence_Chapel,_Fennick&oldid=6120"', 'Categories:', ...mbCats,
    'Navigation menu', 'Page actions', 'Page', 'Discussion', 'Edit', 'History', 'Personal tools', 'Log in', 'Navigation', ...mbNav, 'Search', 'Tools',
    ...mbTools, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy',
    'About Fennick History Wiki', 'Disclaimers',
  ],
});

export const HELDOUT713_E: readonly TestPage[] = [wikipedia, monobook];
