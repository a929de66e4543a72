import { plain, type TestPage } from './page-kit.js';
import { fandomArticle } from './pages-heldout63-e2.js';
import { li, pin, portlet, wpContribute, wpFootPlaces, wpMenu, wpPrint, wpRefs, wpTools } from './pages-heldout63-e3.js';

/**
 * Held-out batch 63, file e: a Wikipedia article on the Vector 2022 skin (RLCONF script, jump link, the header with the
 * main-menu dropdown and its pinnable header, logo, Codex search, user links, the sticky header, the sidebar table of
 * contents with "(Top)" and numbered entries, the title bar with the language button, the Article/Talk and Read/Edit/View
 * history tabs, the Tools and Appearance menus, "From Wikipedia, the free encyclopedia", the hidden short description,
 * coordinates, an infobox, a thumbnail with caption, `mw-heading` section heads with `[edit]` links, citation marks and a
 * "citation needed" tag, See also, References with backlinks and cs1 citations, External links, a navbox with its TemplateStyles,
 * category links with hidden categories, and the footer with its last-edited line).
 */
const wpTitle = 'Saltcote Tide Mill';
const cite = (...ns: number[]): string =>
  ns
    .map(
      (n) =>
        `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`,
    )
    .join('');
const cn =
  '<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">&#91;<i><a href="/wiki/Wikipedia:Citation_needed" ' +
  'title="Wikipedia:Citation needed"><span title="This claim needs references to reliable sources. (March 2024)">citation needed</span></a></i>&#93;</sup>';
const wl = (t: string, target = t): string => `<a href="/wiki/${target.replace(/ /g, '_')}" title="${target}">${t}</a>`;
const wpLead = [
  `<b>Saltcote Tide Mill</b> is a Grade II* listed ${wl('tide mill')} on the ${wl('Blackwater estuary', 'River Blackwater')} near the ` +
    'village of Saltcote in Essex, England. Built in 1791 for the miller and grain merchant Josiah Pell, it ground wheat using ' +
    `water stored in a millpond at high tide until 1957, and is one of only three tide mills in England that can still be worked.${cite(1, 2)}`,
  'The mill was bought by the Saltcote Mill Trust in 1984 and restored to working order between 2009 and 2013. It is open to ' +
    `visitors on summer weekends, when it produces flour for sale on site.${cite(3)}`,
];
const wpH1 = 'History';
const wpHistory = [
  `A mill on the site is recorded in a survey of 1608, but nothing of it survives.${cite(4)} The present building was put up in ` +
    "1791 by Josiah Pell, who also built the granary and the miller's house that stand beside it. Pell's account books, now in " +
    `the Essex Record Office, show that the mill cost £1,460 to build, including the sea wall that encloses the eight-acre millpond.${cite(5)}`,
  'The mill stayed in the Pell family until 1888, when it was sold to the Colchester firm of Harwood &amp; Sons, who installed a ' +
    `${wl('roller mill', 'Roller mill')} in an extension on the landward side in 1902.${cite(6)} Stone grinding continued for animal ` +
    `feed. Commercial milling ended in 1957, after the sea wall was breached in the ${wl('North Sea flood of 1953')} and the ` +
    `millpond silted up.${cn}`,
];
const wpH2 = 'Design';
const wpDesign = [
  'The mill is a three-storey timber-framed building on a brick base, weatherboarded and painted white, with a mansard roof. ' +
    `The undershot ${wl('waterwheel', 'Water wheel')}, 5.2 metres (17&#160;ft) in diameter, is inside the building and drove three ` +
    `pairs of millstones through a wooden pit wheel and an iron great spur wheel.${cite(7)}`,
  'Water entered the millpond through sluice gates on the rising tide and was held back by the gates as the tide fell. The ' +
    'miller could work for around four hours on each ebb, so the working day moved forward by about fifty minutes every day ' +
    `with the tides.${cite(2)}`,
];
const wpH3 = 'Restoration';
const wpRestoration = [
  'By the 1970s the building was derelict and the wheel had collapsed. The Saltcote Mill Trust, formed by local residents in ' +
    `1981, bought the mill for a nominal sum three years later and carried out emergency repairs to the roof and base.${cite(8)}`,
  `A grant of £1.2 million from the ${wl('National Lottery Heritage Fund')} in 2008 paid for the full restoration, which ` +
    'included a new wheel built to the dimensions of the original, the rebuilding of the sluice gates and the dredging of the ' +
    `millpond. The mill ground its first flour for 56 years in May 2013.${cite(9, 10)}`,
];
const wpSeeAlso = ['List of tide mills', 'List of watermills in Essex'];
const wpExternal = 'Saltcote Mill Trust, official website';
const wpCats = ['Tide mills in England', 'Grade II* listed buildings in Essex', 'Watermills in Essex', 'Buildings and structures completed in 1791'];
const wpHiddenCats = ['Articles with short description', 'All articles with unsourced statements', 'Articles with unsourced statements from March 2024'];
const wpNavbox = ['Bourne Mill', 'Saltcote Tide Mill', 'Thorrington Tide Mill', 'Beeleigh Mill', 'Alderford Mill', 'Writtle Mill'];
const wpInfobox = [
  ['Location', 'Saltcote, Essex, England'],
  ['Built', '1791'],
  ['Type', 'Tide mill'],
  ['Restored', '2009–2013'],
  ['Owner', 'Saltcote Mill Trust'],
  ['Listed building', 'Grade II*'],
];
const head = (id: string, t: string, n: number): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Saltcote_Tide_Mill&amp;action=edit&amp;section=${n}" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const tocItems = [wpH1, wpH2, wpH3, 'See also', 'References', 'External links'];
const wpHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available skin-theme-clientpref-day"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${wpTitle} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgCanonicalNamespace":"","wgPageName":"Saltcote_Tide_Mill","wgTitle":"Saltcote Tide Mill","wgCurRevisionId":1255011234,
"wgCategories":["Tide mills in England","Watermills in Essex"],"wgIsArticle":true,"wgAction":"view"};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject mw-editable
page-Saltcote_Tide_Mill skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown"
title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span
class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">
${pin('Main menu')}${portlet('navigation', 'Navigation', wpMenu)}${portlet('interaction', 'Contribute', wpContribute)}</div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><form action="/w/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocomplete="off">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul
class="vector-menu-content-list">
<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item"><a href="https://donate.wikimedia.org/"><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu" title="Log in and more options"><input type="checkbox"
class="vector-dropdown-checkbox"
aria-label="Personal tools"><label class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-ellipsis"></span><span
class="vector-dropdown-label-text">Personal tools</span></label>
<div class="vector-dropdown-content"><div id="p-user-menu-anon-editor" class="vector-menu mw-portlet"><div class="vector-menu-heading">Pages for logged out
editors
<a href="/wiki/Help:Introduction" aria-label="Learn more about editing"><span>learn more</span></a></div><div class="vector-menu-content"><ul
class="vector-menu-content-list">
${li(['Contributions', 'Talk'])}</ul></div></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice
--></div></div>
<div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc"
class="vector-toc">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${tocItems
  .map(
    (t, i) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span>\n<span>${t}</span></div></a><ul class="vector-toc-list"></ul></li>`,
  )
  .join('\n')}
</ul></div></nav></div><div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc"><input
type="checkbox"
class="vector-dropdown-checkbox" aria-label="Toggle the table of contents"><label class="vector-dropdown-label" aria-hidden="true"><span
class="vector-icon mw-ui-icon-listBullet"></span>
<span class="vector-dropdown-label-text">Toggle the table of contents</span></label></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wpTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" class="vector-dropdown-checkbox mw-interlanguage-selector"
aria-label="Go to an article in another language. Available in 2 languages"><label class="vector-dropdown-label" aria-hidden="true"><span
class="vector-icon mw-ui-icon-language-progressive"></span>
<span class="vector-dropdown-label-text">2 languages</span></label><div class="vector-dropdown-content"><ul class="vector-menu-content-list">
<li class="interlanguage-link interwiki-de mw-list-item"><a href="https://de.wikipedia.example/wiki/Gezeitenm%C3%BChle_Saltcote" lang="de"
hreflang="de"><span>Deutsch</span></a></li>
<li class="interlanguage-link interwiki-nl mw-list-item"><a href="https://nl.wikipedia.example/wiki/Getijdenmolen_van_Saltcote" lang="nl"
hreflang="nl"><span>Nederlands</span></a></li>
</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a
href="https://www.wikidata.example/wiki/Special:EntityPage/Q98765432#sitelinks-wikipedia"
class="wbc-editpage">Edit links</a></span></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs">
<ul class="vector-menu-content-list">${li(['Article', 'Talk'])}</ul></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav
aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">${li(['Read', 'Edit', 'View history'])}</ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><input
type="checkbox"
class="vector-dropdown-checkbox" aria-label="Tools"><label class="vector-dropdown-label" aria-hidden="true"><span
class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">${pin('Tools')}
${portlet('cactions', 'Actions', ['Read', 'Edit', 'View history'])}${portlet('tb', 'General', wpTools)}${portlet('coll-print_export', 'Print/export', wpPrint)}
${portlet('wikibase-otherprojects', 'In other projects', ['Wikimedia Commons', 'Wikidata item'])}</div></div></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-appearance-landmark" aria-label="Appearance"><div
id="vector-appearance"
class="vector-appearance vector-pinnable-element">${pin('Appearance')}<div class="vector-menu-heading">Text</div><ul>${li(['Small', 'Standard', 'Large'])}</ul>
<div class="vector-menu-heading">Width</div><ul>${li(['Standard', 'Wide'])}</ul><div class="vector-menu-heading">Color
(beta)</div><ul>${li(['Automatic', 'Light', 'Dark'])}</ul>
</div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Tide mill in Essex, England</div>
<span id="coordinates"><a href="/wiki/Geographic_coordinate_system">Coordinates</a>: <span class="plainlinks nourlexpansion"><a class="external text"
href="https://geohack.toolforge.example/geohack.php?params=51.733_N_0.867_E"><span class="geo-dms"><span class="latitude">51°44′N</span> <span
class="longitude">0°52′E</span></span></a></span></span>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${wpTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Saltcote_tide_mill_2015.jpg" class="mw-file-description"><img
src="//upload.wikimedia.example/saltcote.jpg"
class="mw-file-element" width="250" height="188" alt=""></a></span><div class="infobox-caption">The mill from the millpond in 2015</div></td></tr>
${wpInfobox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(wpLead)}
<meta property="mw:PageProp/toc">
${head(wpH1, wpH1, 1)}
${ps(wpHistory)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Saltcote_mill_wheel_2011.jpg" class="mw-file-description"><img
src="//upload.wikimedia.example/wheel.jpg"
class="mw-file-element" width="220" height="165" alt=""></a><figcaption>The new undershot wheel being fitted in 2011</figcaption></figure>
${head(wpH2, wpH2, 2)}
${ps(wpDesign)}
${head(wpH3, wpH3, 3)}
${ps(wpRestoration)}
${head('See also', 'See also', 4)}<ul>${wpSeeAlso.map((t) => `<li>${wl(t)}</li>`).join('')}</ul>
${head('References', 'References', 5)}<div class="reflist"><div class="mw-references-wrap mw-references-columns"><ol class="references">
${wpRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text"><cite class="citation cs1">${r}</cite></span></li>`,
  )
  .join('\n')}
</ol></div></div>
${head('External links', 'External links', 6)}<ul><li><a rel="nofollow" class="external text" href="https://saltcotemill.example">${wpExternal}</a></li></ul>
<div class="navbox-styles"><style data-mw-deduplicate="TemplateStyles:r1129693374">.mw-parser-output .hlist dl,.mw-parser-output .hlist
ol{margin:0;padding:0}</style></div>
<div role="navigation" class="navbox" aria-labelledby="Watermills_in_Essex"><table class="nowraplinks mw-collapsible autocollapse navbox-inner"><tbody><tr><th
scope="col" class="navbox-title" colspan="2">
<div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Watermills_in_Essex"><abbr
title="View this template">v</abbr></a></li>
<li class="nv-talk"><a href="/wiki/Template_talk:Watermills_in_Essex"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a
href="/wiki/Special:EditPage/Template:Watermills_in_Essex">
<abbr title="Edit this template">e</abbr></a></li></ul></div><div id="Watermills_in_Essex">Watermills in Essex</div></th></tr><tr><th scope="row"
class="navbox-group">Mills</th>
<td class="navbox-list navbox-odd hlist"><div><ul>${wpNavbox
  .map(
    (t) =>
      `<li>${
        t === wpTitle
          ? `<a
class="mw-selflink selflink">${t}</a>`
          : wl(t)
      }</li>`,
  )
  .join('')}</ul></div></td></tr></tbody></table></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Help:Category">Categories</a>:
<ul>${wpCats.map((t) => `<li>${wl(t, `Category:${t}`)}</li>`).join('')}</ul></div><div id="mw-hidden-catlinks"
class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories:
<ul>${wpHiddenCats.map((t) => `<li>${wl(t, `Category:${t}`)}</li>`).join('')}</ul></div></div></div></main></div></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 November 2025, at 14:22<span
class="anonymous-show">&#160;(UTC)</span>.</li>
<li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text" href="https://creativecommons.example/by-sa/4.0/">Creative
Commons
Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a href="#">Terms of Use</a> and <a href="#">Privacy
Policy</a>.
Wikipedia® is a registered trademark of the <a href="#">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li></ul>
<ul id="footer-places">${wpFootPlaces.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul><ul id="footer-icons" class="noprint"><li
id="footer-copyrightico">
<img src="/static/images/footer/wikimedia.svg" width="84" height="29" alt="Wikimedia Foundation" loading="lazy"></li></ul></footer>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header"><div
class="vector-sticky-header-context-bar-primary"
aria-hidden="true"><span class="mw-page-title-main">${wpTitle}</span></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142,"wgHostname":"mw-web.eqiad.main-6c9f"});});</script></body></html>`;
/** The plain text of paragraphs cut at their citation marks ("[4]", "[citation needed]"), which are in neither list. */
const uncited = (paragraphs: readonly string[]): string[] =>
  paragraphs.flatMap((p) =>
    plain(p)
      .split(/\[(?:\d+|citation needed)\]/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
/** Furniture texts that are words of the body or the title (infobox values, the navbox's self-link, a category). */
const wpOut = ['Built', '1791', 'Tide mill', 'Restored', 'Saltcote Mill Trust', 'Grade II*', 'Mills', wpTitle, 'Tide mills in England'];
const wikipediaArticle: TestPage = {
  html: wpHtml,
  name: 'heldout63-wikipedia-vector-2022',
  kind: 'wiki',
  // the lead and the three prose sections are the article: "History", "Design" and "Restoration" are the headings and the
  // paragraphs body, cut at the citation marks (the numeric marks are in neither list, as in batch 5; "citation needed" is a
  // maintenance tag: furniture); "See also", "References" and "External links" with their lists are furniture (See also
  // lists and reference lists are not prose), as are the infobox with its caption, the thumbnail caption, coordinates,
  // "[edit]" links, the navbox, categories, the menus, tabs, tools, appearance panel, TOC labels (its entries are the
  // headings: only "(Top)" and the three furniture sections are listed) and the footer; the last-edited line is the page's
  // date line: a byline; the hidden short description is furniture; the navbox's self-link (the title), the infobox's
  // "Built", "1791", "Tide mill", "Restored", owner and listing, the navbox group "Mills" and one category are words of the
  // body: left out (wpOut); texts that occur twice (Talk, Read, Edit, Upload file, Standard...) are listed once
  title: wpTitle,
  headings: [wpH1, wpH2, wpH3],
  body: uncited([...wpLead, ...wpHistory, ...wpDesign, ...wpRestoration]),
  bylines: ['This page was last edited on 3 November 2025, at 14:22 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wpMenu, 'Contribute', ...wpContribute, 'Search', 'Donate',
    'Create account', 'Log in', 'Personal tools', 'Pages for logged out editors', 'learn more', 'Contributions', 'Talk', '(Top)', 'See also',
    'References', 'External links', 'Toggle the table of contents', '2 languages', 'Deutsch', 'Nederlands', 'Edit links', 'Article', 'Read', 'Edit',
    'View history', 'Tools', 'Actions', 'General', ...wpTools, 'Print/export', ...wpPrint, 'In other projects', 'Wikimedia Commons', 'Wikidata item',
    'Appearance', 'Text', 'Small', 'Standard', 'Large', 'Width', 'Wide', 'Color (beta)', 'Automatic', 'Light', 'Dark',
    'From Wikipedia, the free encyclopedia', 'Tide mill in Essex, England', 'Coordinates', '51°44′N 0°52′E', 'The mill from the millpond in 2015',
    ...wpInfobox.flat(), 'citation needed', 'The new undershot wheel being fitted in 2011', 'edit', ...wpSeeAlso, ...wpRefs, '^', wpExternal,
    'Watermills in Essex', 'Mills', ...wpNavbox, 'Categories', ...wpCats, 'Hidden categories:', ...wpHiddenCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.',
    'Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.', ...wpFootPlaces,
  ].filter((t, i, all) => all.indexOf(t) === i && !wpOut.includes(t)),
};
export const HELDOUT63_E: readonly TestPage[] = [wikipediaArticle, fandomArticle];
