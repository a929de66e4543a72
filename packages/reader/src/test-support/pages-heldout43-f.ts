import { links, type TestPage } from './page-kit.js';
import { diseaseOverview } from './pages-heldout43-f2.js';
import { wpCats, wpFoot, wpNavContrib, wpNavMain, wpRefs, wpTools } from './pages-heldout43-f3.js';

/**
 * Held-out batch 43, file f: a Wikipedia article on the Vector 2022 skin (the header with the main menu dropdown, logo,
 * search, appearance and personal tools, the pinned table of contents with toggles, the title with the language button,
 * tabs, views and the tools menu, "From Wikipedia", coordinates, the hidden short description, a hatnote, the infobox,
 * `mw-heading` section headings with edit links, a thumbnail with caption, citation marks, "See also", the reference list,
 * external links, a navbox, categories, the sticky header and the footer with its last-edited line).
 */
const wpTitle = 'Ostby Tide Mill';
/** Paragraphs with `[n]` citation marks, each section under its heading (h2, or h3 when it starts with "- "). */
const wpSections: [string, string[]][] = [
  [
    '',
    [
      'Ostby Tide Mill is a Grade II* listed tide mill on the estuary of the River Alde at Ostby, Suffolk, England.[1] Built in 1793 on ' +
        'the site of an earlier mill, it ground grain using the power of the tide until 1957, making it one of the last commercially ' +
        'working tide mills in the country.[2] The mill was restored between 2008 and 2014 and is now open to visitors as a working museum.',
    ],
  ],
  ['History', []],
  [
    '- Construction',
    [
      'A mill at Ostby is first recorded in 1170, when it was granted to the canons of Butley Priory.[3] The present building was put up ' +
        'in 1793 by Samuel Garrod, a corn merchant from Woodbridge, who dammed a creek on the north side of the estuary to make a mill ' +
        'pond of about 3 hectares (7.4 acres).[4] Gates in the dam let the rising tide fill the pond; at high water they closed under the ' +
        'pressure of the water behind them, and the miller could then release the stored water through the wheel for up to four hours ' +
        'either side of low tide.',
    ],
  ],
  [
    '- Decline',
    [
      'The mill prospered in the first half of the 19th century, when it supplied flour to the maltings and bakeries of the Alde ' +
        'valley.[5] Competition from steam-powered roller mills at Ipswich reduced its trade after 1880, and by 1900 it ground only animal ' +
        'feed.[2] The last miller, Arthur Leech, worked the mill alone from 1931 until the wheel shaft broke in January 1957. It was not ' +
        'repaired, and the building was used as a boat store for the next forty years.[6]',
    ],
  ],
  [
    'Machinery',
    [
      'The mill is a three-storey timber-framed building on a brick base, weatherboarded and painted white. The undershot wheel, 5.5 ' +
        'metres (18 ft) in diameter and 2.1 metres (7 ft) wide, drives two pairs of millstones on the first floor through a cast-iron pit ' +
        'wheel and wallower.[7] The present wheel is a replica made in 2012; parts of the original, including six of its iron spokes, are ' +
        'displayed on the ground floor.',
    ],
  ],
  [
    'Restoration',
    [
      'The Ostby Tide Mill Trust was formed in 2003 to buy the building from the Leech family.[8] With grants from the National Lottery ' +
        'Heritage Fund and donations from local residents, the trust rebuilt the wheel, replaced the rotten sluice gates and dredged the ' +
        'mill pond. The mill ground its first flour for 57 years in May 2014, and it now runs on about 20 days a year, when the tides allow.[9]',
      'In 2021 the mill was one of eleven sites included in a study of tidal power in East Anglia, which found that its wheel produced an ' +
        'average of 4 kilowatts over a working tide.[10]',
    ],
  ],
];
const cite = (html: string): string =>
  html.replace(
    /\[(\d+)\]/g,
    (_, n: string) =>
      `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`,
  );
const edit = (h: string, i: number): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Ostby_Tide_Mill&amp;action=edit&amp;section=${i}" ` +
  `title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const heading = (h: string, i: number): string => {
  const [lvl, text] = h.startsWith('- ') ? [3, h.slice(2)] : [2, h];
  return `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${text.replace(/ /g, '_')}">${text}</h${lvl}>${edit(text, i)}</div>`;
};
const wpBody = wpSections
  .map(([h, ps], i) => `${h === '' ? '' : heading(h, i)}\n${ps.map((p) => `<p>${cite(p)}\n</p>`).join('\n')}`)
  .join('\n')
  .replace(
    '<p>The mill is a',
    `<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Ostby_tide_mill_wheel_2014.jpg" class="mw-file-description">
<img src="//upload.wikimedia.org/wikipedia/commons/thumb/4/4e/Ostby_tide_mill_wheel_2014.jpg/250px-Ostby_tide_mill_wheel_2014.jpg" decoding="async" width="250"
height="188" class="mw-file-element"></a><figcaption>The replica wheel, turning on an ebb tide in 2014</figcaption></figure>\n<p>The mill is a`,
  );
const wpInfobox: [string, string][] = [
  ['Type', 'Tide mill'],
  ['Location', 'Ostby, Suffolk, England'],
  ['Built', '1793'],
  ['Restored', '2008–2014'],
  ['Owner', 'Ostby Tide Mill Trust'],
  ['Designated', '12 March 1951'],
  ['Reference no.', '1031877'],
];
const wpHeadings = wpSections.map(([h]) => h.replace(/^- /, '')).filter((h) => h !== '');
const tocToggle =
  '<button aria-controls="toc-History-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">' +
  '<span>Toggle History subsection</span></button>';
const tocItem = (h: string, n: string): string =>
  `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-${n.includes('.') ? 2 : 1}"><a class="vector-toc-link" href="#${h}"><div
class="vector-toc-text">` +
  `<span class="vector-toc-numb">${n}</span><span>${h}</span></div></a>` +
  `${h === 'History' ? tocToggle : ''}</li>`;
const dropdown = (label: string, body: string): string =>
  `<div class="vector-dropdown"><input type="checkbox" class="vector-dropdown-checkbox" aria-label="${label}"><label class="vector-dropdown-label"
aria-hidden="true">` +
  `<span class="vector-dropdown-label-text">${label}</span></label><div class="vector-dropdown-content"><div class="vector-pinnable-header">` +
  `<div class="vector-pinnable-header-label">${label}</div><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to
sidebar</button>` +
  `<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>${body}</div></div>`;
const portlet = (title: string, items: string[]): string =>
  `<div class="vector-menu mw-portlet"><div class="vector-menu-heading">${title}</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(items, 'mw-list-item')}</ul></div></div>`;
const wpHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-page-tools-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wpTitle} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Ostby_Tide_Mill",
"wgTitle":"${wpTitle}","wgCurRevisionId":1273311842,"wgArticleId":18822931,"wgIsArticle":true,"wgAction":"view",
"wgCategories":${JSON.stringify(wpCats)}};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta property="og:title" content="${wpTitle} - Wikipedia"><link rel="canonical" href="https://en.wikipedia.org/wiki/Ostby_Tide_Mill"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ostby_Tide_Mill
rootpage-Ostby_Tide_Mill skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
${dropdown('Main menu', portlet('Navigation', wpNavMain) + portlet('Contribute', wpNavContrib))}</nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button search-toggle" title="Search Wikipedia [f]"><span>Search</span></a>
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search"
placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences" title="Search Wikipedia [f]" accesskey="f" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools">${dropdown('Appearance', '<div id="vector-appearance"></div>')}
<div class="vector-menu vector-user-menu-links"><ul class="vector-menu-content-list"><li id="pt-sitesupport-2"><a
href="https://donate.wikimedia.org/"><span>Donate</span></a></li>
<li id="pt-createaccount-2"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=Ostby+Tide+Mill"><span>Create account</span></a></li>
<li id="pt-login-2"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Ostby+Tide+Mill"><span>Log in</span></a></li></ul></div>
${dropdown(
  'Personal tools',
  `<ul><li><a href="/wiki/Help:Introduction"><span>Pages for logged out editors</span> <span>learn
more</span></a></li>${links(['Contributions', 'Talk'])}</ul>`,
)}
</nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice
--></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2
class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${tocItem('History', '1')}${tocItem('Construction', '1.1')}${tocItem('Decline', '1.2')}${tocItem('Machinery', '2')}${tocItem(
  'Restoration',
  '3',
)}${tocItem('See_also', '4')}
${tocItem('References', '5')}${tocItem('External_links', '6')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wpTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" class="vector-dropdown-checkbox mw-interlanguage-selector"
aria-label="Go to an article in another language. Available in 2 languages">
<label class="vector-dropdown-label mw-ui-button" aria-hidden="true"><span class="vector-dropdown-label-text">2 languages</span></label><div
class="vector-dropdown-content">
<ul class="vector-menu-content-list"><li class="interlanguage-link interwiki-de"><a href="https://de.wikipedia.org/wiki/Gezeitenm%C3%BChle_Ostby" lang="de"
hreflang="de">Deutsch</a></li>
<li class="interlanguage-link interwiki-nl"><a href="https://nl.wikipedia.org/wiki/Getijdenmolen_van_Ostby" lang="nl" hreflang="nl">Nederlands</a></li></ul>
<div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a
href="https://www.wikidata.org/wiki/Special:EntityPage/Q7108842#sitelinks-wikipedia" class="wbc-editpage">Edit links</a></span></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul>${links(
  ['Article', 'Talk'],
  'vector-tab-noicon mw-list-item',
)}</ul></nav></div>
<div id="right-navigation"><nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools">${dropdown(
  'Tools',
  portlet('Actions', ['Read', 'Edit', 'View history']) + portlet('General', wpTools),
)}</nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Grade II* listed tide mill in Suffolk, England</div>
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Ostby_Windmill" title="Ostby Windmill">Ostby
Windmill</a>.</div>
<p><span class="plainlinks nourlexpansion" id="coordinates"><a href="/wiki/Geographic_coordinate_system" title="Geographic coordinate system">Coordinates</a>:
<span class="geo-dms" title="Maps, aerial photos, and other data for this location"><span class="latitude">52°08′N</span> <span
class="longitude">1°33′E</span></span></span></p>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${wpTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span class="mw-default-size" typeof="mw:File/Frameless"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/9/9a/Ostby_Tide_Mill_2019.jpg/260px-Ostby_Tide_Mill_2019.jpg" width="260"
height="173" class="mw-file-element"></span><div class="infobox-caption">The mill from the south-east in 2019</div></td></tr>
${wpInfobox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
<tr><th colspan="2" class="infobox-header">Listed Building – Grade II*</th></tr></tbody></table>
<meta property="mw:PageProp/toc">
${wpBody}
${heading('See also', 6)}<ul><li><a href="/wiki/List_of_tide_mills" title="List of tide mills">List of tide mills</a></li>
<li><a href="/wiki/Woodbridge_Tide_Mill" title="Woodbridge Tide Mill">Woodbridge Tide Mill</a></li></ul>
${heading('References', 7)}<div class="reflist"><div class="mw-references-wrap mw-references-columns"><ol class="references">
${wpRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text"><cite class="citation cs1">${r}</cite></span></li>`,
  )
  .join('\n')}
</ol></div></div>
${heading('External links', 8)}<ul><li><a rel="nofollow" class="external text" href="https://www.ostbytidemill.example">Ostby Tide Mill Trust official
website</a></li></ul>
<div role="navigation" class="navbox" aria-labelledby="Tide_mills_in_England"><table class="nowraplinks mw-collapsible autocollapse
navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2">
<div class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a href="/wiki/Template:Tide_mills_in_England"><abbr title="View this
template">v</abbr></a></li>
<li class="nv-talk"><a href="/wiki/Template_talk:Tide_mills_in_England"><abbr title="Discuss this template">t</abbr></a></li>
<li class="nv-edit"><a href="/wiki/Special:EditPage/Template:Tide_mills_in_England"><abbr title="Edit this template">e</abbr></a></li></ul></div>
<div id="Tide_mills_in_England">Tide mills in England</div></th></tr><tr><th scope="row" class="navbox-group">Working</th><td class="navbox-list hlist"><ul>
${links(['Eling', 'Ostby', 'Woodbridge'])}</ul></td></tr><tr><th scope="row" class="navbox-group">Preserved</th><td class="navbox-list
hlist"><ul>${links(['Three Mills', 'Thorrington'])}</ul>
</td></tr></tbody></table></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>:
<ul>${links(wpCats)}</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>
${links(['Articles with short description', 'Short description is different from Wikidata', 'Coordinates on Wikidata'])}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3
February 2026, at 14:22<span
class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text"
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons
Attribution-ShareAlike 4.0 License</a>;
additional terms may apply. By using this site, you agree to the <a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms
of Use</a> and
<a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the
<a rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li></ul>
<ul id="footer-places">${links(wpFoot)}</ul></footer></div></div></div>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header"><div
class="vector-sticky-header-start">
<div class="vector-sticky-header-context-bar-primary" aria-hidden="true">${wpTitle}</div></div><div class="vector-sticky-header-end" aria-hidden="true">
<span class="vector-sticky-header-icons">${links(['Talk', 'History', 'Edit'])}</span></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143,"wgPageParseReport":{"limitreport":{"cputime":"0.412"}}});});
</script></body></html>`;
const wikipedia: TestPage = {
  html: wpHtml,
  name: 'heldout43-wikipedia-vector-2022',
  kind: 'wiki',
  // the lead and section paragraphs are the body, cut at each citation mark ("[1]" in neither, as batch 5 keeps them out);
  // the h2/h3 section headings are the headings ("See also", "References" and "External links" go with their lists:
  // furniture); the last-edited line is the byline (the page's only date line); the hidden short description, the hatnote,
  // coordinates, the infobox with its caption, the thumbnail caption, "[edit]" links, the reference list, see-also and
  // external links, the navbox, categories, the TOC (its entries repeat the headings: in neither), the menus, tabs, tools,
  // sticky header (its title copy in neither) and footer are furniture; infobox labels and values that are body words
  // ("Tide mill", "Built", "Restored", "1793", the location, the trust's name), the navbox's "Working", "Ostby" and
  // "Woodbridge" and the sticky header's "History" are left out
  title: wpTitle,
  headings: wpHeadings,
  body: wpSections.flatMap(([, ps]) => ps.flatMap((p) => p.split(/\[\d+\]/).map((s) => s.trim()))).filter((s) => s !== ''),
  bylines: ['This page was last edited on 3 February 2026, at 14:22 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wpNavMain.filter((t) => t !== 'Contents'), 'Contribute', ...wpNavContrib,
    'Search', 'Appearance', 'Donate', 'Create account', 'Log in', 'Personal tools', 'Pages for logged out editors', 'learn more', 'Contributions', 'Talk',
    'Contents', '(Top)', 'Toggle History subsection', '2 languages', 'Deutsch', 'Nederlands', 'Edit links', 'Article', 'Read', 'Edit', 'View history',
    'Tools', 'Actions', 'General', ...wpTools, 'From Wikipedia, the free encyclopedia', 'Grade II* listed tide mill in Suffolk, England',
    'Not to be confused with Ostby Windmill.', 'Coordinates', '52°08′N 1°33′E', 'The mill from the south-east in 2019', 'Type', 'Location',
    '2008–2014', 'Owner', 'Designated', '12 March 1951', 'Reference no.', '1031877',
    'Listed Building – Grade II*', 'The replica wheel, turning on an ebb tide in 2014', 'edit', 'See also', 'List of tide mills', 'Woodbridge Tide Mill',
    'References', ...wpRefs, 'External links', 'Ostby Tide Mill Trust official website', 'Tide mills in England', 'Preserved', 'Eling',
    'Three Mills', 'Thorrington', 'Categories', ...wpCats.filter((t) => t !== 'Tide mills in England'), 'Hidden categories:', 'Articles with short description',
    'Short description is different from Wikidata', 'Coordinates on Wikidata',
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License;',
    'additional terms may apply.', 'Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.',
    ...wpFoot.filter((t) => t !== 'About Wikipedia'),
  ],
};

export const HELDOUT43_F: readonly TestPage[] = [wikipedia, diseaseOverview];
