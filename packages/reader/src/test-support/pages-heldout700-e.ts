import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout700-kit.js';

/**
 * Held-out batch 700, file e: a Wikipedia article about a market town (Vector 2022: sticky header, sidebar table of
 * contents, language button, page tabs and tools, hatnote, settlement infobox with image and coordinates, a section
 * maintenance box, a thumbnail with caption, a population table, reference markers and list, external links, a navbox,
 * categories and the footer), and a local history society's page on DokuWiki (default template: logo and tagline, user and
 * site tools, "You are here" and trace breadcrumbs, sidebar, page id, TOC, wrap-plugin info box, footnotes, a table, tags,
 * docInfo line, page tools and licence footer).
 */
const wTitle = 'Hollinsford';
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span
class="cite-bracket">]</span></a></sup>`;
const wLead = [
  j(
    '<b>Hollinsford</b> is a market town and civil parish in the East Fendale district of Fendale, England. It lies on the',
    `River Lamb, 11 miles (18&nbsp;km) north-east of the county town of Bramcaster. At the 2021 census the parish had a population of 14,212.${ref(1)}`,
  ),
  j(
    'The town grew up around a ford on the road between Bramcaster and the coast and received a market charter in 1227. It was',
    'a centre of the wool trade in the late Middle Ages and of boot and shoe making in the 19th century.',
  ),
];
const wSecs: [string, string[]][] = [
  [
    'History',
    [
      j(
        'A settlement at Hollinsford is recorded in the Domesday Book of 1086 as <i>Holesforde</i>, with 23 households and a',
        `mill.${ref(2)} The market charter of 1227 allowed a weekly market on Thursdays and an annual fair in July, both of which`,
        'are still held.',
      ),
      j(
        'The arrival of the Bramcaster and Eastern Railway in 1851 brought the boot and shoe industry to the town. By 1901 eleven',
        'factories employed more than 1,600 people. The last of them, Pargeter &amp; Sons, closed in 1987; its building on Tanner',
        `Street is now the Hollinsford Museum.${ref(3)}`,
      ),
    ],
  ],
  [
    'Geography',
    [
      j(
        'Hollinsford stands on a low gravel terrace on the north bank of the River Lamb, between 18 and 35 metres above sea',
        'level. The Lamb floods regularly; the town’s flood defences were raised after the floods of January 2014, when 140',
        'homes were flooded.',
      ),
    ],
  ],
  [
    'Demographics',
    [j('The population of the parish has grown steadily since the late 20th century, mostly through new housing on the east', 'side of the town.')],
  ],
  [
    'Economy',
    [
      j(
        'The largest employers are a food distribution centre on the Lamb Valley industrial estate and the district council.',
        'The Thursday market has about 40 stalls, and a farmers’ market is held on the first Saturday of each month.',
      ),
    ],
  ],
  [
    'Governance',
    [
      j(
        'Hollinsford Town Council has 15 councillors elected from three wards, and meets at the Corn Hall on Market Square. The',
        `town is part of the East Fendale district and the Bramcaster and Hollinsford parliamentary constituency.${ref(4)}`,
      ),
    ],
  ],
  [
    'Transport',
    [
      j(
        'Hollinsford railway station is on the Bramcaster–Saltby line, with an hourly service to Bramcaster. The town’s bypass,',
        'opened in 1994, took through traffic out of the town centre.',
      ),
    ],
  ],
  ['Notable people', []],
];
const wPop = [
  ['Year', 'Population'],
  ['1801', '2,104'],
  ['1901', '7,932'],
  ['1951', '9,410'],
  ['2001', '12,877'],
  ['2021', '14,212'],
];
const wPeople = [
  '<a href="/wiki/Agnes_Pargeter" title="Agnes Pargeter">Agnes Pargeter</a> (1849–1921), shoe manufacturer and philanthropist',
  '<a href="/wiki/Thomas_Wilde_(engineer)" title="Thomas Wilde (engineer)">Thomas Wilde</a> (1902–1977), aircraft engineer',
  '<a href="/wiki/Corinne_Baptiste" title="Corinne Baptiste">Corinne Baptiste</a> (born 1978), Olympic rower',
];
const wRefs = [
  '“Hollinsford parish: population 2021”. Fendale Observatory. Retrieved 2 March 2027.',
  'Palmer, J. (2009). Fendale in Domesday. Bramcaster: Lamb Valley Press. p. 114.',
  '“History of the museum”. Hollinsford Museum. Retrieved 2 March 2027.',
  '“Town Council”. Hollinsford Town Council. Retrieved 2 March 2027.',
];
const wInfo = [
  ['Population', '14,212 (2021 census)'],
  ['OS grid reference', 'TL412689'],
  ['Civil parish', 'Hollinsford'],
  ['District', 'East Fendale'],
  ['Shire county', 'Fendale'],
  ['Country', 'England'],
  ['Sovereign state', 'United Kingdom'],
  ['Post town', 'HOLLINSFORD'],
  ['Postcode district', 'HL4'],
  ['Dialling code', '01632'],
];
const wCaption = 'Population of Hollinsford parish';
const wNavbox = ['Bramcaster', 'Hollinsford', 'Saltby', 'Wenham Market', 'Upper Dray'];
const wCats = ['Market towns in Fendale', 'Civil parishes in Fendale', 'Towns in Fendale'];
const wMain = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wTools = ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL'];
const wFoot = [
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Contact Wikipedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
const wBox = j(
  'This section <b>does not cite any sources</b>. Please help improve this section by adding citations to reliable sources.',
  'Unsourced material may be challenged and removed.',
);
const wId = (h: string): string => h.replace(/ /g, '_');
const wHead = (h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${wId(h)}">${h}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Hollinsford&amp;action=edit&amp;section=1" title="Edit section:
${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const wSection = ([h, ps_]: [string, string[]]): string => {
  let out = wHead(h);
  if (h === 'History')
    out += `\n<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Hollinsford_Tanner_Street.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/a/a1/Hollinsford_Tanner_Street.jpg/250px-Hollinsford_Tanner_Street.jpg" decoding="async" width="250"
height="167" class="mw-file-element"></a><figcaption>The former Pargeter &amp; Sons factory on Tanner Street, now the museum</figcaption></figure>`;
  if (h === 'Economy')
    out += `\n<table class="box-Unreferenced_section plainlinks metadata ambox ambox-content ambox-Unreferenced" role="presentation"><tbody><tr><td
class="mbox-image"><div class="mbox-image-div"><span typeof="mw:File"><span><img alt=""
src="//upload.wikimedia.org/wikipedia/en/thumb/9/99/Question_book-new.svg/50px-Question_book-new.svg.png"
width="50" height="39" class="mw-file-element"></span></span></div></td><td class="mbox-text"><div class="mbox-text-span">${wBox} <span
class="date-container"><i>(<span
class="date">March 2027</span>)</i></span><span class="hide-when-compact"><i> (<small><a href="/wiki/Help:Maintenance_template_removal">Learn how and when to
remove
this message</a></small>)</i></span></div></td></tr></tbody></table>`;
  out += `\n${ps(ps_)}`;
  if (h === 'Demographics')
    out += `\n<table class="wikitable"><caption>${wCaption}</caption><tbody>\n<tr><th>${at(wPop[0] ?? [], 0)}</th><th>${at(wPop[0] ?? [], 1)}</th></tr>
${wPop
  .slice(1)
  .map((r) => `<tr><td>${at(r, 0)}</td><td style="text-align:right">${at(r, 1)}</td></tr>`)
  .join('\n')}</tbody></table>`;
  if (h === 'Notable people') out += `\n<ul>${lis(wPeople)}</ul>`;
  return out;
};
const wToc = ['History', 'Geography', 'Demographics', 'Economy', 'Governance', 'Transport', 'Notable people', 'References', 'External links'];
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled
vector-feature-page-tools-pinned-disabled
vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 skin-theme-clientpref-day" lang="en"
dir="ltr"><head><meta charset="UTF-8"><title>Hollinsford - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1";
document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgCanonicalNamespace":"","wgPageName":"Hollinsford","wgTitle":"Hollinsford",
"wgCurRevisionId":1243310987,"wgArticleId":4412098,"wgIsArticle":true,"wgCategories":["Market towns in Fendale","Civil parishes in Fendale","Towns in Fendale"],
"wgRelevantPageName":"Hollinsford","wgCoordinates":{"lat":52.2341,"lon":0.6832}};RLSTATE={"ext.cite.styles":"ready","skins.vector.styles":"ready"};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cext.wikimediamessages.styles%7Cskins.vector.icons%2Cstyles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.43.0-wmf.22"><meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="Hollinsford - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Hollinsford">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Hollinsford",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Hollinsford",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"datePublished":"2006-05-14T10:22:31Z",
"headline":"town in Fendale, England"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Hollinsford
rootpage-Hollinsford skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu
mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header
vector-main-menu-pinnable-header vector-pinnable-header-unpinned"><div class="vector-pinnable-header-label">Main menu</div><button
class="vector-pinnable-header-toggle-button
vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wMain, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"
width="117" height="13" style="width: 7.3125em; height: 0.8125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled
cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search
mw-ui-icon-wikimedia-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search
cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width"><form action="/w/index.php" id="searchform" class="cdx-search-input
cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input
cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia"
autocapitalize="sentences" title="Search Wikipedia [f]" accesskey="f" id="searchInput"><span class="cdx-text-input__icon
cdx-text-input__start-icon"></span></div>
</div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences"
class="vector-menu mw-portlet emptyPortlet"></div><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a
href="https://donate.wikimedia.org/wiki/Special:FundraiserRedirector?utm_source=donate&amp;utm_medium=sidebar"><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a
href="/w/index.php?title=Special:CreateAccount&amp;returnto=Hollinsford"
title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a
href="/w/index.php?title=Special:UserLogin&amp;returnto=Hollinsford"
title="You're encouraged to log in; however, it's not mandatory. [o]" accesskey="o"><span>Log
in</span></a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><div id="centralNotice"></div>
</div></div><div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned" data-feature-name="toc-pinned" data-pinnable-element-id="vector-toc"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wToc
  .map(
    (h) => `<li id="toc-${wId(h)}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${wId(h)}"><div
class="vector-toc-text"><span
class="vector-toc-numb">${wToc.indexOf(h) + 1}</span><span>${h}</span></div></a><ul id="toc-${wId(h)}-sublist" class="vector-toc-list"></ul></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents"
class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left"><input type="checkbox"
id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Toggle the table of contents"><label
id="vector-page-titlebar-toc-label" for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-listBullet
mw-ui-icon-wikimedia-listBullet"></span><span class="vector-dropdown-label-text">Toggle the table of contents</span></label></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 6 languages"><label
id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled
cdx-button--weight-quiet cdx-button--action-progressive mw-portlet-lang-heading-6" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive
mw-ui-icon-wikimedia-language-progressive"></span><span class="vector-dropdown-label-text">6 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li
id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Hollinsford" title="View the content page [c]"
accesskey="c"><span>Article</span></a></li><li
id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Hollinsford" rel="discussion" title="Discuss improvements to the content page [t]"
accesskey="t"><span>Talk</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet
mw-portlet-views">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Hollinsford"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=Hollinsford&amp;action=edit"
title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=Hollinsford&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View
history</span></a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><input
type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools"><label
id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div
class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element"><div class="vector-pinnable-header
vector-page-tools-pinnable-header vector-pinnable-header-unpinned"><div class="vector-pinnable-header-label">Tools</div></div><div id="p-tb" class="vector-menu
mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(wTools, 'mw-list-item')}
</ul></div></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Town in Fendale, England</div>
<div role="note" class="hatnote navigation-not-searchable">For the hamlet near Saltby, see <a href="/wiki/Hollinsford_Green" title="Hollinsford
Green">Hollinsford
Green</a>.</div>
<p class="mw-empty-elt"></p>
<table class="infobox ib-settlement vcard"><tbody><tr><th colspan="2" class="infobox-above"><div class="fn org">Hollinsford</div></th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Hollinsford_Market_Square.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/5/5c/Hollinsford_Market_Square.jpg/250px-Hollinsford_Market_Square.jpg"
decoding="async" width="250" height="188" class="mw-file-element"></a></span><div class="infobox-caption">Market Square and the Corn Hall</div></td></tr>
${wInfo.map((r) => `<tr class="mergedrow"><th scope="row" class="infobox-label">${at(r, 0)}</th><td class="infobox-data">${at(r, 1)}</td></tr>`).join('\n')}
<tr class="mergedbottomrow"><td colspan="2" style="text-align:center"><span class="geo-inline"><span class="plainlinks nourlexpansion"><a class="external text"
href="https://geohack.toolforge.org/geohack.php?pagename=Hollinsford&amp;params=52.2341_N_0.6832_E"><span class="geo-default"><span class="geo-dms"
title="Maps, aerial photos, and other data for this location"><span class="latitude">52°14′03″N</span> <span
class="longitude">0°40′59″E</span></span></span></a>
</span></span></td></tr></tbody></table>
${ps(wLead)}
<meta property="mw:PageProp/toc">
${wSecs.map(wSection).join('\n')}
${wHead('References')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite
class="citation web cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${wHead('External links')}
<ul><li><a rel="nofollow" class="external text" href="https://www.hollinsford-tc.gov.uk/">Hollinsford Town Council</a></li>
<li><a rel="nofollow" class="external text" href="https://www.hollinsfordmuseum.org.uk/">Hollinsford Museum</a></li></ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Towns_in_Fendale" style="padding:3px"><table class="nowraplinks
mw-collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title"
colspan="2"><div class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a href="/wiki/Template:Fendale_towns"><abbr title="View this
template">v</abbr></a></li>
<li class="nv-talk"><a href="/wiki/Template_talk:Fendale_towns"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a
href="/wiki/Special:EditPage/Template:Fendale_towns"><abbr title="Edit this template">e</abbr></a></li></ul></div><div id="Towns_in_Fendale"
style="font-size:114%;margin:0 4em">Towns in Fendale</div></th></tr><tr><td colspan="2" class="navbox-list navbox-odd hlist" style="width:100%;padding:0"><div
style="padding:0 0.25em"><ul>${wNavbox
  .map((t) =>
    t === wTitle
      ? `<li><a class="mw-selflink selflink">${t}</a></li>`
      : `<li><a
href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></td></tr></tbody></table></div></div>
<noscript><img src="https://login.wikimedia.org/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1" style="border: none; position:
absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Hollinsford&amp;oldid=1243310987"
>https://en.wikipedia.org/w/index.php?title=Hollinsford&amp;oldid=1243310987</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>:
<ul>${wCats.map((t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 March
2027, at 14:51<span
class="anonymous-show">&#160;(UTC)</span>.</li>
<li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text"
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative
Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a class="external text"
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a class="external text"
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the <a
rel="nofollow"
class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://wikimediafoundation.org/"
class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><img src="/static/images/footer/wikimedia-button.svg"
width="84"
height="29" alt="Wikimedia Foundation" loading="lazy"></a></li></ul></footer></div></div></div>
<div class="vector-settings" id="p-dock-bottom"><ul></ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-7c9b7","wgBackendResponseTime":187,
"wgPageParseReport":{"limitreport":
{"cputime":"0.612","walltime":"0.790"}}});});</script></body></html>`;
const wHeadsAll = wSecs.map(([h]) => h);
const wikipedia: TestPage = gold({
  name: 'heldout700-wikipedia-hollinsford',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wHeadsAll,
  body: texts([
    ...wLead,
    ...wSecs.flatMap(([h, p]) => (h === 'Demographics' ? [...p, wCaption, ...wPop.map((r) => r.join(' '))] : h === 'Notable people' ? wPeople : p)),
  ]),
  bylines: ['This page was last edited on 2 March 2027, at 14:51 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wMain, 'Search', 'Donate', 'Create account', 'Log in', 'Contents', '(Top)',
    ...wToc, 'Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools',
    'General', ...wTools, 'From Wikipedia, the free encyclopedia', 'For the hamlet near Saltby, see Hollinsford Green.', 'Market Square and the Corn Hall',
    ...wInfo.flat(), '52°14′03″N 0°40′59″E', 'edit', 'The former Pargeter & Sons factory on Tanner Street, now the museum',
    j(
      'This section does not cite any sources. Please help improve this section by adding citations to reliable sources.',
      'Unsourced material may be challenged and removed.',
    ),
    '(March 2027)', '(Learn how and when to remove this message)', 'References', '^', ...wRefs, 'External links',
    'Hollinsford Town Council', 'Hollinsford Museum', 'v', 't', 'e', 'Towns in Fendale', ...wNavbox,
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Hollinsford&oldid=1243310987"', 'Categories:', ...wCats,
    j(
      'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree',
      'to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.',
    ),
    ...wFoot,
  ],
});

const dTitle = 'Town Hall fire, 1923';
const fn = (n: number): string => `<sup><a href="#fn__${n}" id="fnt__${n}" class="fn_top">${n})</a></sup>`;
const dInfo = j(
  'This page draws on the Society’s oral history recordings, made in 1978–1981. Transcripts can be consulted in the local',
  'studies room at Holcombe Library.',
);
const dLead = j(
  'The Holcombe Town Hall fire broke out on the night of 14 February 1923 and destroyed the Victorian town hall on Market',
  'Street, along with most of the borough’s records from before 1900. Nobody was killed, but the loss of the building left',
  'the borough council without a home for nearly six years.',
);
const dSecs: [string, string[]][] = [
  [
    'The fire',
    [
      j(
        'The fire was first seen by a tram driver, <a href="/doku.php?id=people:walter_embling" class="wikilink1" title="people:walter_embling"',
        `data-wiki-id="people:walter_embling">Walter Embling</a>, at about 11.40pm, coming from the roof above the council chamber.${fn(1)}`,
        'The town’s volunteer fire brigade arrived within fifteen minutes, but its steam pump could not raise enough pressure to reach the',
        'roof, and help had to be called from Tanbridge, nine miles away.',
      ),
      j(
        'By the time the Tanbridge engine arrived after 1am, the roof had fallen in. Crowds gathered in the market place to',
        'watch, and the borough surveyor, Frederick Crane, went into the burning building twice to carry out the town’s charters',
        'in their iron box. They survived; almost nothing else in the muniment room did.',
      ),
    ],
  ],
  [
    'Cause',
    [
      j(
        'The inquest heard that a coke stove in the committee room had been left burning after an evening meeting of the',
        'Lighting Committee. The coroner recorded that the fire was accidental and criticised the council for having no night',
        `watchman.${fn(2)}`,
      ),
    ],
  ],
  ['Losses', ['The borough treasurer’s report to the council in March 1923 listed the following losses:']],
  [
    'Rebuilding',
    [
      j(
        'The council met in the Oddfellows’ Hall on Bridge Street while it argued about whether to rebuild on the same site. A',
        'proposal to move to the old workhouse grounds was defeated by one vote in 1925. The new town hall, designed by the',
        'borough engineer in a plain neo-Georgian style, was opened on 3 October 1928.',
      ),
      j(
        'The charters rescued by Crane are now kept at the county record office. A brass plaque in the entrance hall of the',
        'present town hall records his name.',
      ),
    ],
  ],
  ['Memories', []],
];
const dRows = [
  ['Item', 'Estimated loss'],
  ['Building and fittings', '£18,400'],
  ['Furniture and portraits', '£1,150'],
  ['Records and library', '£600'],
  ['Mayoral regalia (replaced)', '£240'],
];
const dQuote = j(
  '“My father took me on his shoulders to see it. I remember the clock face glowing orange and then just going out, like a',
  'lamp.” — Edith Rowe, recorded 1979',
);
const dNotes = ['Holcombe Gazette, 16 February 1923, p. 3.', 'Report of the inquest, Holcombe Gazette, 2 March 1923, p. 5.'];
const dSide = ['Home', 'Places', 'People', 'Events', 'Photographs', 'Oral history', 'How to contribute'];
const dTags = ['fires', 'town hall', '1920s'];
const dId = (h: string): string =>
  h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js">
<head>
    <meta charset="utf-8" />
    <title>events:town_hall_fire_1923 [Holcombe Vale Local History Wiki]</title>
    <script>(function(H){H.className=H.className.replace(/\\bno-js\\b/,'js')})(document.documentElement)</script>
    <meta name="generator" content="DokuWiki"/>
<meta name="theme-color" content="#008800"/>
<meta name="robots" content="index,follow"/>
<meta name="keywords" content="events,town_hall_fire_1923"/>
<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="Holcombe Vale Local History Wiki"/>
<link rel="start" href="/"/>
<link rel="contents" href="/doku.php?id=events:town_hall_fire_1923&amp;do=index" title="Sitemap"/>
<link rel="manifest" href="/lib/exe/manifest.php"/>
<link rel="alternate" type="application/rss+xml" title="Recent Changes" href="/feed.php"/>
<link rel="canonical" href="https://wiki.holcombehistory.org.uk/doku.php?id=events:town_hall_fire_1923"/>
<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed=8f7a1c"/>
<script >var NS='events';var JSINFO = {"id":"events:town_hall_fire_1923","namespace":"events","ACT":"show",
"useHeadingNavigation":0,"useHeadingContent":0};</script>
<script src="/lib/exe/jquery.php?tseed=8a3b" defer="defer"></script>
<script src="/lib/exe/js.php?t=dokuwiki&amp;tseed=8f7a1c" defer="defer"></script>
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <link rel="shortcut icon" href="/lib/tpl/dokuwiki/images/favicon.ico" />
<link rel="apple-touch-icon" href="/lib/tpl/dokuwiki/images/apple-touch-icon.png" />
    </head>

<body>
    <div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki    showSidebar hasSidebar">

        <!-- ********** HEADER ********** -->
<header id="dokuwiki__header"><div class="pad group">

    <div class="headings group">
        <ul class="a11y skip">
            <li><a href="#dokuwiki__content">skip to content</a></li>
        </ul>

        <h1 class="logo"><a href="/doku.php?id=start"  accesskey="h" title="Home [h]"><img src="/lib/exe/fetch.php?media=wiki:logo.png" width="64" height="64"
alt="" /><span>Holcombe Vale Local History Wiki</span></a></h1>
                    <p class="claim">Places, people and events of the Holcombe valley</p>
            </div>

    <div class="tools group">
        <!-- USER TOOLS -->
                    <div id="dokuwiki__usertools">
                <h3 class="a11y">User Tools</h3>
                <ul>
                    <li class="action register"><a href="/doku.php?id=events:town_hall_fire_1923&amp;do=register" title="Register"
rel="nofollow"><span>Register</span><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"></svg></a></li><li class="action
login"><a href="/doku.php?id=events:town_hall_fire_1923&amp;do=login&amp;sectok=" title="Log In" rel="nofollow"><span>Log In</span><svg
xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"></svg></a></li>                </ul>
            </div>

        <!-- SITE TOOLS -->
        <div id="dokuwiki__sitetools">
            <h3 class="a11y">Site Tools</h3>
            <form action="/doku.php?id=start" method="get" role="search" class="search doku_form" id="dw__search" accept-charset="utf-8"><input type="hidden"
name="do" value="search" /><input type="hidden" name="id" value="events:town_hall_fire_1923" /><div class="no"><input name="q" type="text" class="edit"
title="[F]" accesskey="f" placeholder="Search" autocomplete="on" id="qsearch__in" value="" /><button value="1" type="submit"
title="Search">Search</button><div id="qsearch__out" class="ajax_qsearch JSpopup"></div></div></form>
            <div class="mobileTools">
                <form action="/doku.php" method="get" accept-charset="utf-8"><div class="no"><input type="hidden" name="id" value="events:town_hall_fire_1923"
/><select
name="do" class="edit quickselect" title="Tools"><option value="">Tools</option><optgroup label="Page Tools"><option value="revisions">Old
revisions</option><option value="backlink">Backlinks</option></optgroup><optgroup label="Site Tools"><option value="recent">Recent Changes</option><option
value="media">Media Manager</option><option value="index">Sitemap</option></optgroup><optgroup label="User Tools"><option
value="register">Register</option><option
value="login">Log In</option></optgroup></select><button type="submit">&gt;</button></div></form>            </div>
            <ul>
                <li class="action recent"><a href="/doku.php?id=events:town_hall_fire_1923&amp;do=recent" title="Recent Changes [r]" rel="nofollow"
accesskey="r">Recent Changes</a></li><li class="action media"><a href="/doku.php?id=events:town_hall_fire_1923&amp;do=media&amp;ns=events" title="Media Manager"
rel="nofollow">Media Manager</a></li><li class="action index"><a href="/doku.php?id=events:town_hall_fire_1923&amp;do=index" title="Sitemap [x]" rel="nofollow"
accesskey="x">Sitemap</a></li>            </ul>
        </div>

    </div>

    <!-- BREADCRUMBS -->
            <div class="breadcrumbs">
                            <div class="youarehere"><span class="bchead">You are here: </span><span class="home"><bdi><a href="/doku.php?id=start"
class="wikilink1"
title="start" data-wiki-id="start">Holcombe Vale</a></bdi></span> » <bdi><a href="/doku.php?id=events:start" class="wikilink1" title="events:start"
data-wiki-id="events:start">Events</a></bdi> » <bdi><span class="curid"><a href="/doku.php?id=events:town_hall_fire_1923" class="wikilink1"
title="events:town_hall_fire_1923" data-wiki-id="events:town_hall_fire_1923">Town Hall fire, 1923</a></span></bdi></div>
                                        <div class="trace"><span class="bchead">Trace:</span> <span class="bcsep">•</span> <bdi><a
href="/doku.php?id=people:frederick_crane"
class="breadcrumbs" title="people:frederick_crane">Frederick Crane</a></bdi> <span class="bcsep">•</span> <bdi><span class="curid"><a
href="/doku.php?id=events:town_hall_fire_1923" class="breadcrumbs" title="events:town_hall_fire_1923">Town Hall fire, 1923</a></span></bdi></div>
                    </div>

    <hr class="a11y" />
</div></header><!-- /header -->

        <div class="wrapper group">

                            <!-- ********** ASIDE ********** -->
                <nav id="dokuwiki__aside" aria-label="Sidebar"><div class="pad aside include group">
                    <h3 class="toggle">Sidebar</h3>
                    <div class="content"><div class="group">
                                                                        <!-- wikipage start -->
<ul>
${dSide
  .map(
    (t) => `<li class="level1"><div class="li"><a href="/doku.php?id=${dId(t)}:start" class="wikilink1"
title="${dId(t)}:start">${t}</a></div></li>`,
  )
  .join('\n')}
</ul>

<!-- wikipage stop -->
                                            </div></div>
                </div></nav><!-- /aside -->

            <!-- ********** CONTENT ********** -->
            <main id="dokuwiki__content"><div class="pad group">
                
                                    <div class="pageId"><span>events:town_hall_fire_1923</span></div>
                
                <div class="page group">
                                                            <!-- wikipage start -->
                    <!-- TOC START -->
<div id="dw__toc" class="dw__toc">
<h3 class="toggle">Table of Contents</h3>
<div>

<ul class="toc">
<li class="level1"><div class="li"><a href="#town_hall_fire_1923">${dTitle}</a></div>
<ul class="toc">
${dSecs.map(([h]) => `<li class="level2"><div class="li"><a href="#${dId(h)}">${h}</a></div></li>`).join('\n')}
</ul></li>
</ul>
</div>
</div>
<!-- TOC END -->

<h1 class="sectionedit1" id="town_hall_fire_1923">${dTitle}</h1>
<div class="level1">
<div class="wrap_info plugin_wrap">
<p>
${dInfo}
</p>
</div>
<p>
${dLead}
</p>

</div>
${dSecs
  .map(
    ([h, p], i) => `
<h2 class="sectionedit${i + 2}" id="${dId(h)}">${h}</h2>
<div class="level2">
${p.map((t) => `<p>\n${t}\n</p>`).join('\n')}${
  h === 'Losses'
    ? `<div class="table sectionedit${i + 10}"><table class="inline">
	<thead>
	<tr class="row0">
		<th class="col0">${at(dRows[0] ?? [], 0)}</th><th class="col1">${at(dRows[0] ?? [], 1)}</th>
	</tr>
	</thead>
${dRows
  .slice(1)
  .map(
    (r, k) => `	<tr class="row${k + 1}">
		<td class="col0">${at(r, 0)}</td><td class="col1 rightalign">${at(r, 1)}</td>
	</tr>`,
  )
  .join('\n')}
</table></div>`
    : ''
}${h === 'Memories' ? `<blockquote><div class="no">\n${dQuote}</div></blockquote>` : ''}
</div>`,
  )
  .join('\n')}
<div class="footnotes">
${dNotes
  .map(
    (t, i) => `<div class="fn"><sup><a href="#fnt__${i + 1}" id="fn__${i + 1}" class="fn_bot">${i + 1})</a></sup>
<div class="content">${t.replace('Holcombe Gazette', '<em>Holcombe Gazette</em>')}</div></div>`,
  )
  .join('\n')}
</div>
<div class="tags"><span>
	<a href="/doku.php?id=tag:fires&amp;do=showtag&amp;tag=fires" class="wikilink1" title="tag:fires" rel="tag">fires</a>,
	<a href="/doku.php?id=tag:town_hall&amp;do=showtag&amp;tag=town_hall" class="wikilink1" title="tag:town_hall" rel="tag">town hall</a>,
	<a href="/doku.php?id=tag:1920s&amp;do=showtag&amp;tag=1920s" class="wikilink1" title="tag:1920s" rel="tag">1920s</a>
</span></div>

                    <!-- wikipage stop -->
                                    </div>

                <div class="docInfo"><bdi>events/town_hall_fire_1923.txt</bdi> · Last modified: 2027/02/11 19:04 by <bdi>mfairlie</bdi></div>

                            </div></main><!-- /content -->

            <hr class="a11y" />

            <!-- PAGE ACTIONS -->
                            <nav id="dokuwiki__pagetools" aria-labelledby="dokuwiki__pagetools__heading">
                    <h3 class="a11y" id="dokuwiki__pagetools__heading">Page Tools</h3>
                    <div class="tools">
                        <ul>
                            <li class="source"><a href="/doku.php?id=events:town_hall_fire_1923&amp;do=edit" title="Show pagesource [v]" rel="nofollow"
accesskey="v"><span>Show pagesource</span><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"></svg></a></li><li
class="revs"><a href="/doku.php?id=events:town_hall_fire_1923&amp;do=revisions" title="Old revisions [o]" rel="nofollow" accesskey="o"><span>Old
revisions</span><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"></svg></a></li><li class="backlink"><a
href="/doku.php?id=events:town_hall_fire_1923&amp;do=backlink" title="Backlinks" rel="nofollow"><span>Backlinks</span><svg xmlns="http://www.w3.org/2000/svg"
width="24" height="24" viewBox="0 0 24 24"></svg></a></li><li class="top"><a href="#dokuwiki__top" title="Back to top [t]" rel="nofollow"
accesskey="t"><span>Back to top</span><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"></svg></a></li>                      
 </ul>
                    </div>
                </nav>
                    </div><!-- /wrapper -->

        <!-- ********** FOOTER ********** -->
<footer id="dokuwiki__footer"><div class="pad">
    <div class="license">Except where otherwise noted, content on this wiki is licensed under the following license: <bdi><a
href="https://creativecommons.org/licenses/by-sa/4.0/deed.en" rel="license" class="urlextern">CC Attribution-Share Alike 4.0 International</a></bdi></div>
    <div class="buttons">
        <a href="https://creativecommons.org/licenses/by-sa/4.0/deed.en" rel="license"><img src="/lib/images/license/button/cc-by-sa.png" width="80" height="15"
alt="CC Attribution-Share Alike 4.0 International" /></a>        <a href="https://www.dokuwiki.org/donate" title="Donate" ><img
src="/lib/tpl/dokuwiki/images/button-donate.gif" width="80" height="15" alt="Donate" /></a>
        <a href="https://php.net" title="Powered by PHP" ><img src="/lib/tpl/dokuwiki/images/button-php.gif" width="80" height="15" alt="Powered by PHP" /></a>
        <a href="https://dokuwiki.org/" title="Driven by DokuWiki" ><img src="/lib/tpl/dokuwiki/images/button-dw.png" width="80" height="15"
alt="Driven by DokuWiki" /></a>
    </div>
</div></footer>
<!-- /footer -->
    </div></div><!-- /site -->

    <div class="no"><img src="/lib/exe/taskrunner.php?id=events%3Atown_hall_fire_1923&amp;1741700000" width="2" height="1" alt="" /></div>
    <div id="screen__mode" class="no"></div></body>
</html>`;
const dokuwiki: TestPage = gold({
  name: 'heldout700-dokuwiki-town-hall-fire',
  kind: 'wiki',
  html: dHtml,
  title: dTitle,
  headings: dSecs.map(([h]) => h),
  body: texts([dInfo, dLead, ...dSecs.flatMap(([h, p]) => (h === 'Losses' ? [...p, ...dRows.map((r) => r.join(' '))] : h === 'Memories' ? [dQuote] : p))]),
  bylines: ['events/town_hall_fire_1923.txt · Last modified: 2027/02/11 19:04 by mfairlie'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'skip to content', 'Holcombe Vale Local History Wiki', 'Places, people and events of the Holcombe valley', 'User Tools', 'Register', 'Log In',
    'Site Tools', 'Search', 'Recent Changes', 'Media Manager', 'Sitemap', 'You are here: Holcombe Vale » Events » Town Hall fire, 1923',
    'Trace: • Frederick Crane • Town Hall fire, 1923', 'Sidebar', ...dSide, 'events:town_hall_fire_1923', 'Table of Contents', '1)', '2)', ...dNotes,
    ...dTags, 'Page Tools', 'Show pagesource', 'Old revisions', 'Backlinks', 'Back to top',
    'Except where otherwise noted, content on this wiki is licensed under the following license: CC Attribution-Share Alike 4.0 International',
  ],
});

export const HELDOUT700_E: readonly TestPage[] = [wikipedia, dokuwiki];
