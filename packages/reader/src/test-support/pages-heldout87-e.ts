import { links, type TestPage, texts } from './page-kit.js';
import { fandomPage } from './pages-heldout87-e2.js';
import * as w from './pages-heldout87-e3.js';

/**
 * Held-out batch 87, file e: an English Wikipedia article in the Vector 2022 skin (the "Jump to content" link, the main menu
 * with "move to sidebar" / "hide", search, "Appearance" with its options, "Donate", "Create account" and "Log in", the
 * logged-out editor menu, the sidebar table of contents with "(Top)" and toggles, the language button, the page tabs and
 * the "Tools" menu, "From Wikipedia, the free encyclopedia", a hatnote and a "needs additional citations" box at the top of
 * the parser output, the infobox with its caption, a thumbnail with caption, headings in the new mw-heading wrappers with
 * [edit] links, reference markers, the references list, a navbox, visible and hidden categories and the footer with "This
 * page was last edited on") and, from file e2, a Fandom wiki article.
 */
const edit = (h: string, n: number): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Skarvholm_Lighthouse&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span>`;
const head = (lvl: number, h: string, n: number): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${h.replace(/ /g, '_')}">${h}</h${lvl}>${edit(h, n)}</div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const tocItem = (h: string, num: string, sub = ''): string => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-${
  num.includes('.') ? 2 : 1
}"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${num}</span>
<span>${h}</span></div></a>${sub}</li>`;
const toc = [
  `<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>`,
  tocItem(
    w.wpH1,
    '1',
    `<button aria-controls="toc-History-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle"><span
class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle History subsection</span></button><ul id="toc-History-sublist"
class="vector-toc-list">${tocItem(w.wpH2, '1.1')}</ul>`,
  ),
  tocItem(w.wpH3, '2'),
  tocItem(w.wpH4, '3'),
  tocItem('References', '4'),
].join('\n');
const dropdown = (id: string, label: string, inner: string): string => `<div id="${id}" class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="${id}-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="${label}"><label
id="${id}-label" for="${id}-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button" aria-hidden="true"><span
class="vector-dropdown-label-text">${label}</span></label><div class="vector-dropdown-content">${inner}</div></div>`;
const portlet = (title: string, items: readonly string[]): string => `<div class="vector-menu mw-portlet"><div class="vector-menu-heading">${title}</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(items, 'mw-list-item')}</ul></div></div>`;
const find = w.wpAmbox.slice(3, 8).map((t) => `<a rel="nofollow" class="external text" href="https://www.google.example/search?q=${t}">${t}</a>`);
const ambox = `<table class="box-More_citations_needed plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr><td
class="mbox-image"><div class="mbox-image-div"><span typeof="mw:File"><a href="/wiki/File:Question_book-new.svg" class="mw-file-description"><img alt=""
src="//upload.wikimedia.example/Question_book-new.svg.png" decoding="async" width="50" height="39" class="mw-file-element"></a></span></div></td>
<td class="mbox-text"><div class="mbox-text-span">This article <b>needs additional citations for <a href="/wiki/Wikipedia:Verifiability">verification</a></b>.
Please help <a class="external text" href="https://en.wikipedia.example/w/index.php?title=Skarvholm_Lighthouse&amp;action=edit">improve this article</a> by
<a href="/wiki/Help:Referencing_for_beginners">adding citations to reliable sources</a>. Unsourced material may be challenged and removed.<br><small><span
class="plainlinks"><i>${w.wpAmbox[1]}</i>&nbsp;<a rel="nofollow" class="external text" href="https://www.google.example/search?q=skarvholm">${w.wpAmbox[2]}</a>
&nbsp;–&nbsp;${find.join('&nbsp;<b>·</b> ')}</span></small> <span class="date-container"><i>(<span class="date">March 2024</span>)</i></span><span
class="hide-when-compact"><i> (<small><a href="/wiki/Help:Maintenance_template_removal">Learn how and when to remove this message</a></small>)</i></span>
</div></td></tr></tbody></table>`;
const infobox = `<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${w.wpTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Skarvholm_fyr_2019.jpg" class="mw-file-description"><img alt=""
src="//upload.wikimedia.example/thumb/Skarvholm_fyr_2019.jpg/250px-Skarvholm_fyr_2019.jpg" decoding="async" width="250" height="333"
class="mw-file-element"></a></span><div class="infobox-caption">${w.wpInfoCaption}</div></td></tr>
${w.wpInfobox.map((r) => `<tr><th scope="row" class="infobox-label">${r[0]}</th><td class="infobox-data">${r[1]}</td></tr>`).join('\n')}</tbody></table>`;
const refs = w.wpRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite
class="citation cs1">${r}</cite></span>\n</li>`,
  )
  .join('\n');
const navbox = `<div role="navigation" class="navbox" aria-labelledby="Lighthouses_in_Vestmark" style="padding:3px"><table class="nowraplinks mw-collapsible
autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div
class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Lighthouses_in_Vestmark"><abbr title="View this
template">v</abbr></a>
</li><li class="nv-talk"><a href="/wiki/Template_talk:Lighthouses_in_Vestmark"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a
href="/wiki/Special:EditPage/Template:Lighthouses_in_Vestmark"><abbr title="Edit this template">e</abbr></a></li></ul></div><div id="Lighthouses_in_Vestmark"
style="font-size:114%;margin:0 4em">${w.wpNavbox[0]}</div></th></tr><tr><td colspan="2" class="navbox-list navbox-odd hlist" style="width:100%;padding:0">
<div style="padding:0 0.25em"><ul>${links(w.wpNavbox.slice(1))}</ul></div></td></tr></tbody></table></div>`;
const html = `<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-feature-appearance-pinned-clientpref-0 skin-theme-clientpref-day vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${w.wpTitle} - Wikipedia</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Skarvholm_Lighthouse","wgTitle":"Skarvholm Lighthouse","wgCurRevisionId":1255012345,"wgArticleId":73012456,"wgIsArticle":true,
"wgCategories":["Articles with short description","Lighthouses completed in 1868"],"wgPageContentLanguage":"en"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<script async src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.45.0-wmf.4"><meta name="viewport" content="width=1120"><meta property="og:title" content="${w.wpTitle} - Wikipedia">
<meta property="og:type" content="website"><link rel="canonical" href="https://en.wikipedia.example/wiki/Skarvholm_Lighthouse">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Skarvholm Lighthouse","url":
"https:\\/\\/en.wikipedia.example\\/wiki\\/Skarvholm_Lighthouse","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},
"datePublished":"2023-04-02T10:11:12Z","dateModified":"2025-11-03T14:12:40Z","headline":"lighthouse in Vestmark"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Skarvholm_Lighthouse
rootpage-Skarvholm_Lighthouse skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">${dropdown(
  'vector-main-menu-dropdown',
  'Main menu',
  `<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header vector-main-menu-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar
</button><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
${portlet(w.wpMainMenu[1] ?? '', w.wpMainMenu.slice(2, 8))}${portlet(w.wpMainMenu[8] ?? '', w.wpMainMenu.slice(9))}</div>`,
)}</nav><a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true"
height="50" width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia"
src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue
vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search"
class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f"><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools">${dropdown(
  'vector-appearance-dropdown',
  'Appearance',
  `<div class="vector-appearance">
${w.wpAppearance
  .slice(1)
  .map((t) => `<span class="cdx-radio__label">${t}</span>`)
  .join('\n')}</div>`,
)}
<ul>${links(w.wpHeader.slice(4, 7), 'mw-list-item user-links-collapsible-item')}</ul>${dropdown(
  'vector-user-links-dropdown',
  'Personal tools',
  `<ul>${links(w.wpHeader.slice(4, 7), 'mw-list-item')}</ul><div class="vector-menu-heading">${w.wpLoggedOut[0]} <a
href="/wiki/Help:Introduction" aria-label="Learn more about editing">learn more</a></div><ul>${links(w.wpLoggedOut.slice(2), 'mw-list-item')}</ul>`,
)}</nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header
vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button
vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button>
</div><ul class="vector-toc-contents" id="mw-panel-toc-list">${toc}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><button
aria-controls="vector-toc" class="cdx-button cdx-button--icon-only vector-page-titlebar-toc"><span>Toggle the table of contents</span></button>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${w.wpTitle}</span></h1>
${dropdown(
  'p-lang-btn',
  w.wpLangs[0] ?? '',
  `<ul class="vector-menu-content-list">${links(w.wpLangs.slice(1, 4), 'interlanguage-link')}</ul><div
class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a
href="https://www.wikidata.example/wiki/Special:EntityPage/Q1234567#sitelinks-wikipedia"
class="wbc-editpage">Edit links</a></span></div>`,
)}</header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul><li class="selected vector-tab-noicon
mw-list-item"><a
href="/wiki/Skarvholm_Lighthouse" title="View the content page [c]" accesskey="c"><span>Article</span></a></li><li class="vector-tab-noicon mw-list-item"><a
href="/wiki/Talk:Skarvholm_Lighthouse" rel="discussion" title="Discuss improvements to the content page [t]" accesskey="t"><span>Talk</span></a></li></ul></nav>
<nav aria-label="Views"><ul>${links(w.wpTabs.slice(1, 4), 'vector-tab-noicon mw-list-item')}</ul></nav>${dropdown(
  'vector-page-tools-dropdown',
  'Tools',
  `<div class="vector-menu-heading">${w.wpTabs[5]}</div><ul>${links(w.wpTabs.slice(1, 4), 'mw-list-item')}</ul><div class="vector-menu-heading">${w.wpTabs[6]}
</div><ul>${links([...w.wpTabs.slice(7), ...w.wpMainMenu.slice(13, 15), ...w.wpTools.slice(0, 5)], 'mw-list-item')}</ul><div class="vector-menu-heading">
${w.wpTools[5]}</div><ul>${links(w.wpTools.slice(6, 8), 'mw-list-item')}</ul><div class="vector-menu-heading">${w.wpTools[8]}</div><ul>${links(
    w.wpTools.slice(9),
    'mw-list-item wb-otherproject-link',
  )}</ul>`,
)}</div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><div class="shortdescription nomobile
noexcerpt noprint searchaux" style="display:none">Lighthouse in Vestmark</div>
<div role="note" class="hatnote navigation-not-searchable">For the islet, see <a href="/wiki/Skarvholm" title="Skarvholm">Skarvholm</a>.</div>
${ambox}
${infobox}
${ps(w.wpLead)}
<meta property="mw:PageProp/toc">
${head(2, w.wpH1, 1)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Skarvholm_1902.jpg" class="mw-file-description"><img
src="//upload.wikimedia.example/thumb/Skarvholm_1902.jpg/220px-Skarvholm_1902.jpg" decoding="async" width="220" height="147" class="mw-file-element"></a>
<figcaption>${w.wpFigCaption}</figcaption></figure>
${ps(w.wpHistory)}
${head(3, w.wpH2, 2)}
${ps(w.wpAutomation)}
${head(2, w.wpH3, 3)}
${ps(w.wpDesign)}
${head(2, w.wpH4, 4)}
${ps(w.wpPresent)}
${head(2, 'References', 5)}
<div class="mw-references-wrap"><ol class="references">${refs}</ol></div>
${navbox}
<!-- NewPP limit report Parsed by mw-api-ext.codfw.main Cached time: 20251103141240 -->
</div><noscript><img src="https://login.wikimedia.example/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.example/w/index.php?title=Skarvholm_Lighthouse&amp;oldid=1255012345">
https://en.wikipedia.example/w/index.php?title=Skarvholm_Lighthouse&amp;oldid=1255012345</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${links(w.wpCats)}</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden
categories: <ul>${links(w.wpHiddenCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3
November 2025, at 14:12<span class="anonymous-show">&nbsp;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="nofollow"
class="external text" href="https://en.wikipedia.example/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative
Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a class="external text"
href="https://foundation.wikimedia.example/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a class="external text"
href="https://foundation.wikimedia.example/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the <a
rel="nofollow" class="external text" href="https://wikimediafoundation.example/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li></ul>
<ul id="footer-places">${links(w.wpFooter)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143,"wgPageParseReport":{"limitreport":{"cputime":"0.412"}}});});</script>
</body></html>`;
const wikipedia: TestPage = {
  html,
  name: 'heldout87-wikipedia-wiki',
  kind: 'wiki',
  // reference markers stay in their paragraphs (body); the "References" heading and list, the infobox's labels and data
  // and the table of contents entries that repeat the headings are in neither list; the hatnote, the "needs additional citations"
  // box, captions, the navbox and the categories are furniture; "This page was last edited on" is a byline
  title: w.wpTitle,
  headings: [w.wpH1, w.wpH2, w.wpH3, w.wpH4],
  body: texts([...w.wpLead, ...w.wpHistory, ...w.wpAutomation, ...w.wpDesign, ...w.wpPresent]),
  bylines: [w.wpLastEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...w.wpHeader, ...w.wpMainMenu, ...w.wpLoggedOut, ...w.wpAppearance, '(Top)', 'Toggle History subsection', 'Toggle the table of contents',
    ...w.wpLangs, ...w.wpTabs, ...w.wpTools, 'From Wikipedia, the free encyclopedia', w.wpHatnote,
    ...w.wpAmbox.filter((t) => !t.includes('Skarvholm')), w.wpInfoCaption, w.wpFigCaption, 'edit',
    ...w.wpNavbox.filter((t) => t !== 'Skarvholm'), 'v', 't', 'e', 'Categories',
    ...w.wpCats.filter((t) => t !== w.wpNavbox[0]), 'Hidden categories:', ...w.wpHiddenCats,
    w.wpLicence, ...w.wpFooter.filter((t) => !w.wpMainMenu.includes(t)),
  ],
};

export const HELDOUT87_E: readonly TestPage[] = [wikipedia, fandomPage];
