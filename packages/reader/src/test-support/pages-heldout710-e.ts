import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout710-kit.js';

/**
 * Held-out batch 710, file e: a Wikipedia article on a university (Vector 2022: main menu, sidebar contents, page tabs,
 * hatnote, a vcard infobox with former names, motto and student numbers, citation markers, a subsection, a rankings table,
 * references, external links, two navboxes, categories, footer), and a school district's staff wiki page on Wiki.js 2 (Vuetify
 * app bar, navigation drawer, breadcrumbs, the page title and description as styled divs, the "Last edited by", contents and
 * tags cards, headings with a "¶" anchor before the text, info and warning blockquotes, a table, "Powered by Wiki.js").
 */
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const uTitle = 'Ostmere University';
const uLead = [
  j(
    '<b>Ostmere University</b> is a public research university in Calderbridge, the capital of the province of Westhallow. Founded',
    'in 1887 as the Westhallow Normal School, a college for training teachers, it became a university in 1961 and is now the',
    `province’s second-largest institution of higher education, with about 24,000 students.${ref(1)}`,
  ),
  j(
    'The university is organised into six faculties and is known in particular for its Faculty of Education, which trains about a',
    `third of the province’s new teachers each year.${ref(2)} Its main campus lies on the north bank of the River Orle, with a`,
    'second campus for health sciences at Fenwick.',
  ),
];
const uSecs: [string, 'h2' | 'h3', string[]][] = [
  [
    'History',
    'h2',
    [
      j(
        'The Westhallow Normal School opened in September 1887 in a former wool exchange on Market Street, with 46 students and a',
        `staff of five.${ref(3)} Its founding principal, Harriet Ashdown, insisted on admitting women on equal terms, and by 1900`,
        'they made up the majority of its students.',
      ),
      j(
        'The school moved to its present site at Orle Park in 1912 and was renamed Westhallow Teachers’ College in 1923. After the',
        'Second World War it added degree programmes in the sciences and humanities, and the provincial government granted it a',
        `university charter under its current name in 1961.${ref(4)}`,
      ),
      `In 2009 the university merged with the Fenwick School of Nursing, which became the core of its Faculty of Health Sciences.${ref(5)}`,
    ],
  ],
  [
    'Campus',
    'h2',
    [
      j(
        'The Orle Park campus covers about 60 hectares. Its oldest building, Ashdown Hall (1912), still houses the Faculty of',
        'Education and the university’s archive of school textbooks, one of the largest in the country with more than 90,000',
        `volumes.${ref(6)} The Riverside Library, designed by the architect Miriam Okonjo, opened in 2004.`,
      ),
    ],
  ],
  ['Organisation and academics', 'h2', ['The university is made up of six faculties:']],
  [
    'Teacher education',
    'h3',
    [
      j(
        'The Faculty of Education runs undergraduate and postgraduate teacher training programmes with a network of 140 partner',
        'schools across Westhallow, where student teachers spend at least 24 weeks on placement. Since 2018 it has also run the',
        `Ostmere Lab School, a state primary school on the Orle Park campus that serves as a training and research site.${ref(7)}`,
      ),
    ],
  ],
  ['Rankings', 'h3', []],
  [
    'Student life',
    'h2',
    [
      j(
        'The Ostmere University Students’ Union runs more than 150 clubs and societies. The student newspaper, <i>The Orle</i>, has',
        `been published weekly since 1931.${ref(8)} The university’s sports teams compete as the Ostmere Herons.`,
      ),
    ],
  ],
  ['Notable alumni', 'h2', []],
];
const uFaculties = [
  'Faculty of Arts and Humanities',
  'Faculty of Education',
  'Faculty of Health Sciences',
  'Faculty of Law',
  'Faculty of Science and Engineering',
  'Faculty of Social Sciences and Business',
];
const uRank = [
  ['Ranking', '2025', '2026', '2027'],
  ['National (Courier University Guide)', '14', '12', '11'],
  ['Education (subject table)', '3', '2', '2'],
];
const uAlumni = [
  'Daniel Ferrow, Premier of Westhallow from 2011 to 2019',
  'Imogen Raskin, children’s author',
  'Tobias Nkemelu, mathematician',
  'Ruth Adebayo-Lind, founder of the Reading Bridges literacy charity',
];
const uInfo = [
  'Former names',
  'Westhallow Normal School (1887–1923) Westhallow Teachers’ College (1923–1961)',
  'Motto',
  'Docendo discimus (Latin)',
  'Motto in English',
  'By teaching, we learn',
  'Type',
  'Public research university',
  'Established',
  '1887',
  'Chancellor',
  'Dame Eleanor Pryce',
  'Vice-Chancellor',
  'Samuel Achterberg',
  'Academic staff',
  '1,620 (2026)',
  'Students',
  '24,310 (2026)',
  'Undergraduates',
  '18,940',
  'Postgraduates',
  '5,370',
  'Location',
  'Calderbridge, Westhallow',
  'Campus',
  'Urban, 60 hectares',
  'Colours',
  'Heron blue and gold',
  'Website',
  'ostmere.ac.wh',
];
const uRefs = [
  '"Facts and figures 2026". Ostmere University. Retrieved 14 January 2027.',
  'Pell, Jonathan (12 May 2024). "Where Westhallow’s teachers come from". The Calderbridge Herald. Retrieved 2 February 2027.',
  'Ashdown, Harriet (1912). Twenty-five Years of the Normal School. Calderbridge: Orle Press. p. 9.',
  '"Ostmere University Act 1961". Westhallow Provincial Statutes. Retrieved 14 January 2027.',
  '"Nursing school joins Ostmere". The Calderbridge Herald. 3 August 2009.',
  'Marsh, Clara (2018). "A textbook archive and what it tells us". Journal of Westhallow History. 41 (2): 77–95.',
  '"About the Lab School". Ostmere University Faculty of Education. Retrieved 20 February 2027.',
  '"The Orle at ninety". The Orle. 10 October 2021.',
];
const uExt = ['Official website', 'Ostmere University Students’ Union'];
const uMenu = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const uContrib = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file'];
const uNav1: [string, string[]][] = [
  ['Public', ['Ostmere University', 'University of Calderbridge', 'Fenwick Institute of Technology', 'Westhallow Open University']],
  ['Private', ['St Aldric’s College', 'Harrow Vale University']],
];
const uNav2: [string, string[]][] = [
  ['International', ['ISNI', 'VIAF']],
  ['National', ['Germany', 'United States']],
];
const uCats = ['Ostmere University', 'Universities in Westhallow', 'Educational institutions established in 1887', 'Teachers colleges'];
const uEdit = (t: string, n: number): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Ostmere_University&amp;action=edit&amp;section=${n}" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span>`;
const uHead = (t: string, level: 'h2' | 'h3', n: number): string =>
  `<div class="mw-heading mw-heading${level.slice(1)}"><${level} id="${t.replace(/ /g, '_')}">${t}</${level}>${uEdit(t, n)}</div>`;
const uToc: [string, string][] = [
  ['1', 'History'],
  ['2', 'Campus'],
  ['3', 'Organisation and academics'],
  ['3.1', 'Teacher education'],
  ['3.2', 'Rankings'],
  ['4', 'Student life'],
  ['5', 'Notable alumni'],
  ['6', 'References'],
  ['7', 'External links'],
];
const uNavbox = (id: string, title: string, groups: [string, string[]][], cls = ''): string => `<div role="navigation" class="navbox ${cls}"
aria-labelledby="${id}" style="padding:3px"><table class="nowraplinks mw-collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;
color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a
href="/wiki/Template:${id}" title="Template:${id}"><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:${id}"
title="Template talk:${id}"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a
href="/wiki/Special:EditPage/Template:${id}" title="Special:EditPage/Template:${id}"><abbr title="Edit this template">e</abbr></a></li></ul></div><div
id="${id}" style="font-size:114%;margin:0 4em">${title}</div></th></tr>
${groups
  .map(
    ([g, items], i) => `<tr><th scope="row" class="navbox-group" style="width:1%">${g}</th><td
class="navbox-list-with-group navbox-list navbox-${i % 2 === 0 ? 'odd' : 'even'}
hlist" style="width:100%;padding:0"><div style="padding:0 0.25em"><ul>${items
      .map((t) => (t === uTitle ? `<li><a class="mw-selflink selflink">${t}</a></li>` : `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`))
      .join('\n')}</ul></div></td></tr>`,
  )
  .join('\n')}</tbody></table></div>`;
const uHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-page-tools-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${uTitle} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Ostmere_University","wgTitle":"Ostmere University","wgCurRevisionId":1281407733,"wgArticleId":4419082,"wgIsArticle":true,
"wgCategories":${JSON.stringify(uCats)},"wgRelevantPageName":"Ostmere_University","wgWikibaseItemId":"Q7110982"};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.search.codex.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.21"><meta property="og:title" content="${uTitle} - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Ostmere_University">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Ostmere University",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Ostmere_University","publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2006-02-11T09:14:52Z","headline":"public research university in Calderbridge, Westhallow"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Ostmere_University
rootpage-Ostmere_University skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(uMenu, 'mw-list-item')}</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction"><div class="vector-menu-heading">Contribute</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(uContrib, 'mw-list-item')}</ul></div></div></div></div></div></nav>
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
mw-list-item"><a href="https://donate.wikimedia.org/"><span>Donate</span></a></li><li id="pt-createaccount-2"
class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount&amp;returnto=Ostmere+University"><span>Create account</span></a></li><li id="pt-login-2"
class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Ostmere+University"><span>Log
in</span></a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${uToc
  .map(
    ([n, t]) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-${n.includes('.') ? 2 : 1}"><a class="vector-toc-link"
href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${n}</span>
<span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${uTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 6 languages"><label
id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive
mw-ui-progressive mw-portlet-lang-heading-6" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive"></span><span
class="vector-dropdown-label-text">6 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected
vector-tab-noicon mw-list-item"><a href="/wiki/Ostmere_University" title="View the content page [c]" accesskey="c"><span>Article</span></a></li><li
id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Ostmere_University" rel="discussion" title="Discuss improvements to the content page
[t]" accesskey="t"><span>Talk</span></a></li></ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div
id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view"
class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Ostmere_University"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon
mw-list-item"><a href="/w/index.php?title=Ostmere_University&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li
id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Ostmere_University&amp;action=history" title="Past revisions of this page
[h]" accesskey="h"><span>View history</span></a></li></ul></div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div
id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><input type="checkbox" id="vector-page-tools-dropdown-checkbox"
role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools"><label id="vector-page-tools-dropdown-label"
for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--weight-quiet" aria-hidden="true"><span
class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Public university in Westhallow</div>
<div role="note" class="hatnote navigation-not-searchable">"Westhallow Normal School" redirects here. For the secondary school in Fenwick, see <a
href="/wiki/Fenwick_Normal_School" title="Fenwick Normal School">Fenwick Normal School</a>.</div>
<table class="infobox vcard"><caption class="infobox-title fn org">${uTitle}</caption><tbody><tr><td colspan="2" class="infobox-image"><span
class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Ostmere_University_arms.svg" class="mw-file-description"><img alt="Coat of arms of
Ostmere University" src="//upload.wikimedia.org/wikipedia/en/thumb/4/4e/Ostmere_University_arms.svg/150px-Ostmere_University_arms.svg.png" width="150"
height="180" class="mw-file-element"></a></span><div class="infobox-caption">Coat of arms</div></td></tr>
${[0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28]
  .map((i) => {
    const v = at(uInfo, i + 1);
    const val =
      i === 0
        ? 'Westhallow Normal School (1887–1923)<br>\nWesthallow Teachers’ College (1923–1961)'
        : i === 2
          ? '<i lang="la">Docendo discimus</i> (Latin)'
          : i === 28
            ? `<span class="url"><a rel="nofollow" class="external text" href="https://www.ostmere.ac.wh">${v}</a></span>`
            : v;
    return `<tr><th scope="row" class="infobox-label">${at(uInfo, i)}</th><td class="infobox-data">${val}</td></tr>`;
  })
  .join('\n')}</tbody></table>
${ps(uLead)}
<meta property="mw:PageProp/toc">
${uSecs
  .map(([t, level, p], i) => {
    let extra = '';
    if (t === 'Organisation and academics') extra = `\n<ul>${lis(uFaculties)}</ul>`;
    if (t === 'Rankings') {
      extra = `<table class="wikitable"><tbody><tr>${(uRank[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${uRank
  .slice(1)
  .map((r) => `<tr>${r.map((c, k) => (k === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
  .join('\n')}</tbody></table>`;
    }
    if (t === 'Notable alumni') {
      extra = `<ul><li>Harriet Ashdown (1851–1929), educator and the school’s founding principal</li>
${lis(uAlumni)}</ul>`;
    }
    return `${uHead(t, level, i + 1)}\n${ps(p)}${extra}`;
  })
  .join('\n')}
${uHead('References', 'h2', 8)}
<style data-mw-deduplicate="TemplateStyles:r1239543626">.mw-parser-output .reflist{margin-bottom:0.5em;list-style-type:decimal}</style><div class="reflist"><div
class="mw-references-wrap"><ol class="references">${uRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite
class="citation web cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${uHead('External links', 'h2', 9)}
<ul><li><span class="official-website"><span class="url"><a rel="nofollow" class="external text"
href="https://www.ostmere.ac.wh">Official website</a></span></span></li>
<li><a rel="nofollow" class="external text" href="https://www.ostmeresu.org.wh">Ostmere University Students’ Union</a></li></ul>
<div class="navbox-styles"></div>${uNavbox('Universities_in_Westhallow', 'Universities in Westhallow', uNav1)}
<div class="navbox-styles"></div>${uNavbox('Authority_control', 'Authority control databases', uNav2, 'authority-control')}
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Ostmere_University&amp;oldid=1281407733"
>https://en.wikipedia.org/w/index.php?title=Ostmere_University&amp;oldid=1281407733</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${links(uCats)}</ul></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 26 February
2027, at 08:37<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="license"
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons
Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a
href="https://foundation.wikimedia.org/wiki/Policy:Terms_of_Use">Terms of Use</a> and <a
href="https://foundation.wikimedia.org/wiki/Policy:Privacy_policy">Privacy
Policy</a>. Wikipedia® is a registered trademark of the <a href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit
organization.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy
policy</a></li><li id="footer-places-about"><a href="/wiki/Wikipedia:About">About Wikipedia</a></li><li id="footer-places-disclaimers"><a
href="/wiki/Wikipedia:General_disclaimer">Disclaimers</a></li><li id="footer-places-contact"><a href="//en.wikipedia.org/wiki/Wikipedia:Contact_us">Contact
Wikipedia</a></li><li id="footer-places-wm-codeofconduct"><a
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Universal_Code_of_Conduct">Code
of Conduct</a></li><li id="footer-places-mobileview"><a href="//en.m.wikipedia.org/w/index.php?title=Ostmere_University&amp;mobileaction=toggle_view_mobile"
class="noprint stopMobileRedirectToggle">Mobile view</a></li></ul></footer></div></div></div></body></html>`;
const wikipedia: TestPage = gold({
  name: 'heldout710-wikipedia-university',
  kind: 'wiki',
  html: uHtml,
  title: uTitle,
  headings: uSecs.map(([t]) => t),
  body: texts([
    ...uLead,
    ...uSecs.flatMap(([t, , p]) => [
      ...p,
      ...(t === 'Organisation and academics' ? uFaculties : []),
      ...(t === 'Rankings' ? uRank.map((r) => r.join(' ')) : []),
      ...(t === 'Notable alumni' ? ['Harriet Ashdown (1851–1929), educator and the school’s founding principal', ...uAlumni] : []),
    ]),
  ]),
  bylines: ['This page was last edited on 26 February 2027, at 08:37 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...uMenu, 'Contribute', ...uContrib, 'Search', 'Donate', 'Create account',
    'Log in', 'Contents', '(Top)', ...uToc.map(([n, t]) => `${n} ${t}`), '6 languages', 'Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools',
    'From Wikipedia, the free encyclopedia',
    '"Westhallow Normal School" redirects here. For the secondary school in Fenwick, see Fenwick Normal School.', 'Coat of arms',
    ...uInfo.filter((_, i) => i !== 1), 'Westhallow Normal School (1887–1923)', 'Westhallow Teachers’ College (1923–1961)', 'edit',
    'References', ...uRefs, 'External links', ...uExt,
    'v', 't', 'e', 'Universities in Westhallow', ...uNav1.flatMap(([g, l]) => [g, ...l]),
    'Authority control databases', ...uNav2.flatMap(([g, l]) => [g, ...l]),
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Ostmere_University&oldid=1281407733"', 'Categories', ...uCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the '
      + 'Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.',
    'Privacy policy', 'About Wikipedia', 'Disclaimers', 'Contact Wikipedia', 'Code of Conduct', 'Mobile view',
  ],
});

const kTitle = 'Reporting on the proficiency scale (grades 3–5)';
const kDesc = 'How to choose and explain scores on the 4-point proficiency scale used on elementary report cards.';
const kSecs: [string, string[]][] = [
  [
    'Overview',
    [
      j(
        'Since the 2025–26 school year, report cards in grades 3 to 5 use a 4-point proficiency scale for each standard instead of',
        'letter grades. This page explains what each level means, how to decide on a score at the end of a grading period, and how',
        'to write comments that families can understand.',
      ),
    ],
  ],
  ['The scale', []],
  [
    'Deciding on a score',
    [
      j(
        'Base the score on the most recent, consistent evidence, not an average of the whole grading period. A student who',
        'struggled in September but has shown the skill reliably since October should receive a 3.',
      ),
    ],
  ],
  [
    'Writing comments',
    [
      j(
        'Comments should tell families what their child can do, what they are working on next, and how they can help at home. Keep',
        'them to two or three sentences and avoid jargon such as “standard 4.NF.2”.',
      ),
      j(
        '<strong>Example:</strong> Leo can add and subtract fractions with like denominators. Next, we are working on comparing',
        'fractions with different denominators. At home, try asking him which is bigger: half a pizza or three eighths of one?',
      ),
    ],
  ],
  [
    'Questions',
    ['Contact the instructional coach at your building, or email <a href="mailto:assessment@kestrelhill.k12.wh.us">assessment@kestrelhill.k12.wh.us</a>.'],
  ],
];
const kInfo = j(
  'The scale applies to academic standards only. Work habits (“Completes work on time”, “Works well with others”) are still',
  'reported as Consistently, Usually or Rarely.',
);
const kTable = [
  ['Score', 'Level', 'What it means'],
  ['4', 'Exceeds', 'Applies the skill in new or more complex situations without support'],
  ['3', 'Meets', 'Shows the skill independently and consistently. This is the goal for every student'],
  ['2', 'Approaching', 'Shows parts of the skill, or shows it with support'],
  ['1', 'Beginning', 'Shows little of the skill yet, even with support'],
];
const kList = [
  'Use at least three pieces of evidence for each standard.',
  'Give more weight to independent work than to work done in small groups.',
  'Do not lower a score for late or missing work. Report that under work habits instead.',
];
const kWarn = j(
  'A 4 is not extra credit. Only give a 4 when you have seen the student go beyond the standard, not because they completed every',
  'assignment.',
);
const kNav = ['Home', 'Curriculum', 'Assessment', 'Technology', 'Special Education', 'HR & Payroll'];
const kCrumbs = ['assessment', 'report-cards'];
const kTags = ['report cards', 'grading', 'elementary'];
const kId = (h: string): string => h.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const kH = (h: string): string => `<h2 class="toc-header" id="${kId(h)}"><a href="#${kId(h)}" class="toc-anchor">¶</a> ${h}</h2>`;
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta charset="UTF-8"><meta name="viewport"
content="user-scalable=yes, width=device-width,
initial-scale=1, maximum-scale=5"><meta name="theme-color" content="#1976D2"><meta name="msapplication-TileColor" content="#1976D2">
<title>${kTitle} | Kestrel Hill Staff Wiki</title><meta property="og:title" content="${kTitle}"><meta property="og:type" content="website">
<meta property="og:description" content="${kDesc}"><meta property="og:site_name" content="Kestrel Hill Staff Wiki">
<link href="/_assets/css/app.4e2a1c9b0f.css" rel="stylesheet">
<script>var siteConfig = {"title":"Kestrel Hill Staff Wiki","theme":{"dark":false,"colorPrimary":"#1976D2","colorSecondary":"#2196F3"},
"lang":"en","rtl":false,"company":"Kestrel Hill School District","contentLicense":""};</script>
<script type="text/javascript" src="/_assets/js/runtime.js?1712840532"></script><script type="text/javascript"
src="/_assets/js/app.js?1712840532"></script></head>
<body><div id="root"><div data-app="true" class="v-application v-application--is-ltr theme--light" id="app" lang="en"><div class="v-application--wrap">
<nav class="v-navigation-drawer v-navigation-drawer--clipped v-navigation-drawer--fixed v-navigation-drawer--is-mobile v-navigation-drawer--open theme--dark"
data-booted="true" style="height: calc(100% - 64px); margin-top: 64px; max-height: calc(100% - 64px); transform: translateX(0%); width: 256px;"><div
class="v-navigation-drawer__content"><div class="v-list py-2 v-sheet theme--dark v-list--dense" role="list">${kNav
  .map(
    (t) => `<a href="/${kId(t)}" tabindex="0" class="v-list-item v-list-item--link theme--dark" role="listitem"><div class="v-list-item__avatar"><i
aria-hidden="true" class="v-icon notranslate mdi mdi-folder theme--dark"></i></div><div class="v-list-item__title">${t.replace('&', '&amp;')}</div></a>`,
  )
  .join('\n')}</div></div><div class="v-navigation-drawer__border"></div></nav>
<header class="nav-header v-sheet theme--dark v-toolbar v-toolbar--dense v-app-bar v-app-bar--clipped v-app-bar--fixed" data-booted="true" style="height: 64px;
margin-top: 0px; transform: translateY(0px); left: 0px; right: 0px;"><div class="v-toolbar__content" style="height: 64px;"><div class="row no-gutters
align-center"><div class="col"><button type="button" class="v-btn v-btn--icon v-btn--round theme--dark v-size--default" aria-label="Toggle navigation"><span
class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-menu theme--dark"></i></span></button><div class="v-toolbar__title
mx-3"><span class="subheading">Kestrel Hill Staff Wiki</span></div></div><div class="col"><div class="v-input v-input--hide-details v-input--dense
theme--dark v-text-field v-text-field--single-line v-text-field--solo v-text-field--solo-inverted v-text-field--is-booted"><div class="v-input__control"><div
class="v-input__slot"><div class="v-input__prepend-inner"><i aria-hidden="true" class="v-icon notranslate mdi mdi-magnify theme--dark"></i></div><div
class="v-text-field__slot"><input placeholder="Search..." type="text" autocomplete="off" id="input-12"></div></div></div></div></div><div class="col
text-right"><a href="/login" class="v-btn v-btn--flat v-btn--text theme--dark v-size--default"><span class="v-btn__content"><i aria-hidden="true" class="v-icon
notranslate mdi mdi-account-circle theme--dark"></i><span class="ml-2">Login</span></span></a></div></div></div></header>
<main class="v-main" style="padding: 64px 0px 0px 256px;"><div class="v-main__wrap"><div class="v-toolbar breadcrumbs-nav v-toolbar--dense v-toolbar--flat
v-sheet theme--light grey lighten-4"><div class="v-toolbar__content" style="height: 48px;"><ul class="v-breadcrumbs breadcrumbs-nav pl-0 theme--light"><li><a
href="/" class="v-breadcrumbs__item"><i aria-hidden="true" class="v-icon notranslate mdi mdi-home theme--light"></i></a></li>${kCrumbs
  .map(
    (c) => `<li class="v-breadcrumbs__divider"><i aria-hidden="true" class="v-icon notranslate mdi mdi-chevron-right theme--light"></i></li><li><a
href="/${c}" class="v-breadcrumbs__item">${c}</a></li>`,
  )
  .join('')}</ul></div></div>
<div class="page-header-section"><div class="container pt-6 pb-0 px-4"><div class="row no-gutters align-center"><div class="page-col-content col-md-8
col-lg-9"><div class="headline grey--text text--darken-3">${kTitle}</div><div class="caption grey--text text--darken-1">${kDesc}</div></div></div></div></div>
<div class="container pl-5 pt-4"><div class="row no-gutters align-start"><div class="page-col-sd col-md-4 col-lg-3"><div class="v-card v-sheet theme--light
rounded-lg mb-5"><div class="v-card__text pa-5"><div class="overline pb-1 grey--text">Last edited by</div><div class="body-2 grey--text text--darken-3">Marisa
Quintanilla</div><div class="caption grey--text text--darken-1">3/1/2027</div></div></div>
<div class="v-card v-sheet theme--light rounded-lg mb-5"><div class="v-card__text pa-5"><div class="overline pb-1 grey--text">Table of Contents</div><div
class="v-list v-sheet theme--light v-list--dense" role="list">${kSecs
  .map(
    ([
      h,
    ]) => `<a href="#${kId(h)}" tabindex="0" class="v-list-item v-list-item--link theme--light" role="listitem"><i aria-hidden="true" class="v-icon notranslate
mdi mdi-chevron-right theme--light"></i><div class="v-list-item__title px-3">${h}</div></a>`,
  )
  .join('\n')}</div></div></div>
<div class="v-card v-sheet theme--light rounded-lg mb-5"><div class="v-card__text pa-5"><div class="overline pb-2 grey--text">Tags</div>${kTags
  .map(
    (t) =>
      `<a href="/t/${kId(t)}" class="v-chip v-chip--clickable v-chip--label v-chip--link theme--light v-size--small"><span
class="v-chip__content">${t}</span></a>`,
  )
  .join('\n')}</div></div></div>
<div class="page-col-content col-md-8 col-lg-9"><div class="v-card v-sheet theme--light"><div class="v-card__text"><div class="contents"><div>
${kH(
  at(
    kSecs.map(([h]) => h),
    0,
  ),
)}
${ps(kSecs[0]?.[1] ?? [])}
<blockquote class="is-info">
<p>${kInfo}</p>
</blockquote>
${kH(
  at(
    kSecs.map(([h]) => h),
    1,
  ),
)}
<table>
<thead><tr>${(kTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody>
${kTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}
</tbody></table>
${kH(
  at(
    kSecs.map(([h]) => h),
    2,
  ),
)}
${ps(kSecs[2]?.[1] ?? [])}
<ul>
${lis(kList)}
</ul>
<blockquote class="is-warning">
<p>${kWarn}</p>
</blockquote>
${kSecs
  .slice(3)
  .map(([h, p]) => `${kH(h)}\n${ps(p)}`)
  .join('\n')}
</div></div></div></div></div></div></div>
<footer class="v-footer justify-center v-sheet theme--light v-footer--absolute grey lighten-3" style="left: 256px; right: 0px; bottom: 0px;"><div
class="caption grey--text text--darken-1"><span>Powered by <a href="https://wiki.js.org">Wiki.js</a></span></div></footer></div></main>
<button type="button" class="v-btn v-btn--bottom v-btn--fab v-btn--fixed v-btn--right v-btn--round theme--dark v-size--small primary"
aria-label="Return to top" style="display: none;"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-arrow-up
theme--dark"></i></span></button></div></div></div></body></html>`;
const wikijs: TestPage = gold({
  name: 'heldout710-wikijs-proficiency-scale',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: kSecs.map(([h]) => h),
  body: texts([
    kDesc,
    ...(kSecs[0]?.[1] ?? []),
    kInfo,
    ...kTable.map((r) => r.join(' ')),
    ...(kSecs[2]?.[1] ?? []),
    ...kList,
    kWarn,
    ...kSecs.slice(3).flatMap(([, p]) => p),
  ]),
  bylines: ['Last edited by', 'Marisa Quintanilla', '3/1/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...kNav, 'Kestrel Hill Staff Wiki', 'Login', ...kCrumbs, 'Table of Contents', 'Tags', ...kTags, 'Powered by Wiki.js'],
});

export const HELDOUT710_E: readonly TestPage[] = [wikipedia, wikijs];
