import { links, type TestPage, texts } from './page-kit.js';
import { wikihowPage } from './pages-heldout71-e2.js';

/**
 * Held-out batch 71, file e: a Wikipedia article on the Vector 2022 skin (skip link, the header with the main menu,
 * search, "Donate", "Create account", "Log in" and personal tools, the sticky "Contents" table of contents, the page
 * title with the languages button, the "Article"/"Talk" and "Read"/"Edit"/"View history"/"Tools" tabs, the "Appearance"
 * panel, "From Wikipedia, the free encyclopedia", a hatnote, an "additional citations" maintenance box, the infobox with
 * its image caption, reference marks, "[edit]" links on the headings, "See also", the references list, "External links",
 * a navbox, categories, and the footer), and (file e2) a wikiHow how-to article.
 */
const wkTitle = 'Harrowgate Viaduct';
const wkLead = [
  'The <b>Harrowgate Viaduct</b> is a disused railway viaduct over the valley of the River Lune Beck near Harrowgate, in the ' +
    'county of Westmarch, England. Built between 1868 and 1871 for the Westmarch and Dales Railway, it has 19 stone arches and ' +
    'is 312 metres (1,024 ft) long.<sup id="cite_ref-hist_1-0" class="reference"><a href="#cite_note-hist-1"><span class="cite-bracket">[</span>1' +
    '<span class="cite-bracket">]</span></a></sup>',
  'The line across the viaduct closed in 1966. The structure has been a Grade II* listed building since 1985 and has carried a ' +
    'footpath and cycle route since 2012.',
];
const wkH1 = 'History';
const wkHist = [
  'The Westmarch and Dales Railway was authorised by an act of Parliament in 1865 to link the quarries of the upper dales with ' +
    'the main line at Carrbridge. The engineer, Josiah Whitlow, chose a high crossing of the Lune Beck valley to avoid a long ' +
    'detour around the head of the valley.<sup class="reference"><a href="#cite_note-hist-1">[1]</a></sup>',
  'Construction began in 1868. About 600 men worked on the viaduct and the nearby cutting, many of them living in a temporary ' +
    'camp on the valley floor. Seven workers died during construction, and a memorial to them stands in the churchyard at ' +
    'Harrowgate.<sup class="reference"><a href="#cite_note-2">[2]</a></sup> The first train crossed on 14 August 1871.',
  'Quarry traffic declined after the First World War, and passenger services ended in 1954. Goods trains continued to use the ' +
    'line until it closed completely in 1966, after which the track was lifted.',
];
const wkH2 = 'Design';
const wkDesign = [
  'The viaduct is built of local gritstone with brick inner arches. Its 19 semicircular arches each span 13.7 metres (45 ft), ' +
    'and the highest pier stands 34 metres (112 ft) above the beck. Every sixth pier is thicker than the rest, so that the ' +
    'collapse of one arch would not bring down the whole structure.<sup class="reference"><a href="#cite_note-3">[3]</a></sup>',
];
const wkH3 = 'Restoration and reuse';
const wkReuse = [
  'After closure, British Railways proposed demolishing the viaduct, but a local campaign and its listing in 1985 prevented this. ' +
    'By the 2000s, water getting into the deck had damaged several arches.',
  'The Lune Beck Viaduct Trust, formed in 2006, raised money for repairs, which included a new waterproof deck, repointing ' +
    'of the piers and new parapets. The viaduct reopened as part of a walking and cycling route on 2 June 2012.',
];
const wkH4 = 'See also';
const wkSeeAlso = ['List of railway viaducts in England', 'Westmarch and Dales Railway'];
const wkRefs = [
  'Whitlow, Josiah (1872). “Account of the Harrowgate Viaduct”. <i>Minutes of Proceedings of the Institution of Engineers</i>. <b>34</b>: 112–130.',
  '“Memorial to viaduct workers restored”. <i>Westmarch Gazette</i>. 9 May 2009. Retrieved 3 March 2020.',
  'Pelling, R. (1998). <i>Stone Arches of the Northern Dales</i>. Carrbridge: Fellside Press. p. 77. ISBN 978-0-9512345-6-7.',
];
const wkMenu = [
  'Main page',
  'Contents',
  'Current events',
  'Random article',
  'About Wikipedia',
  'Contact us',
  'Help',
  'Learn to edit',
  'Community portal',
  'Recent changes',
  'Upload file',
];
const wkTools = [
  'What links here',
  'Related changes',
  'Special pages',
  'Permanent link',
  'Page information',
  'Cite this page',
  'Download as PDF',
  'Printable version',
];
const wkApp = ['Appearance', 'Text', 'Small', 'Standard', 'Large', 'Width', 'Wide', 'Color (beta)', 'Automatic', 'Light', 'Dark'];
const wkHatnote = 'Not to be confused with Harrowgate Bridge.';
const wkBox =
  'This article needs additional citations for verification. Please help improve this article by adding citations to reliable sources. ' +
  'Unsourced material may be challenged and removed.';
const wkInfo: [string, string][] = [
  ['Coordinates', '54°21′N 2°38′W'],
  ['Carries', 'Lune Beck Trail'],
  ['Crosses', 'River Lune Beck'],
  ['Total length', '312 m (1,024 ft)'],
  ['Height', '34 m (112 ft)'],
  ['Opened', '14 August 1871'],
  ['Closed', '1966 (railway)'],
];
const wkCats = ['Disused railway bridges in England', 'Bridges completed in 1871', 'Grade II* listed bridges', 'Rail trails in England'];
const wkFoot = [
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
const wkLicense =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the ' +
  'Terms of Use and Privacy Policy.';
const ed = (id: string, t: string, n = 2): string => `<div class="mw-heading mw-heading${n}"><h${n} id="${id}">${t}</h${n}><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Harrowgate_Viaduct&amp;action=edit&amp;section=1" title="Edit section: ${t}">
<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}\n</p>`).join('\n');
const tocItem = (t: string, i: number): string => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span
class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`;
const wkHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available skin-theme-clientpref-day"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${wkTitle} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Harrowgate_Viaduct","wgTitle":"Harrowgate Viaduct","wgArticleId":48213377,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="viewport" content="width=1120"><meta property="og:title" content="${wkTitle} - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Harrowgate_Viaduct">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Harrowgate
Viaduct","url":"https://en.wikipedia.org/wiki/Harrowgate_Viaduct",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"datePublished":"2015-09-02T10:11:32Z","headline":"railway viaduct in
England"}</script>
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Harrowgate_Viaduct
rootpage-Harrowgate_Viaduct skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"><input type="checkbox"
id="vector-main-menu-dropdown-checkbox"
role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label
cdx-button" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wkMenu.slice(0, 6), 'mw-list-item')}</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction"><div class="vector-menu-heading">Contribute</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wkMenu.slice(6), 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button" title="Search Wikipedia [f]"><span>Search</span></a>
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search"
placeholder="Search Wikipedia" aria-label="Search Wikipedia"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul
class="vector-menu-content-list">
<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item"><a href="https://donate.wikimedia.org/"><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"
title="Log in and more options">
<label class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-dropdown-label-text">Personal tools</span></label></div></nav></div>
</header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents"
data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${[wkH1, wkH2, wkH3, wkH4, 'References', 'External links'].map(tocItem).join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wkTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label cdx-button"
aria-label="Go to an article in another language.
Available in 3 languages"><span class="vector-icon mw-ui-icon-language-progressive"></span><span
class="vector-dropdown-label-text">3 languages</span></label></div>
</header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Harrowgate_Viaduct" title="View the content page [c]"><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item">
<a href="/wiki/Talk:Harrowgate_Viaduct" rel="discussion"><span>Talk</span></a></li></ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Harrowgate_Viaduct"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Harrowgate_Viaduct&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Harrowgate_Viaduct&amp;action=history"><span>View history</span></a></li>
</ul></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown"
class="vector-dropdown vector-page-tools-dropdown">
<label class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div
class="vector-dropdown-content">
<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element"><div class="vector-pinnable-header-label">Tools</div>
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div><ul class="vector-menu-content-list">
${links(wkTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-appearance-landmark" aria-label="Appearance">
<div id="vector-appearance-pinned-container" class="vector-pinned-container"><div id="vector-appearance" class="vector-appearance vector-pinnable-element">
<div class="vector-pinnable-header-label">${wkApp[0]}</div><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
${wkApp
  .slice(1)
  .map((t) => `<div class="vector-menu-item"><span class="cdx-radio__label">${t}</span></div>`)
  .join('\n')}</div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content"><div class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote
navigation-not-searchable">${wkHatnote.replace('Harrowgate Bridge', '<a href="/wiki/Harrowgate_Bridge">Harrowgate Bridge</a>')}</div>
<table class="box-More_citations_needed plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr><td class="mbox-image">
<div class="mbox-image-div"><span typeof="mw:File"><img alt=""
src="//upload.wikimedia.org/wikipedia/en/thumb/9/99/Question_book-new.svg/50px-Question_book-new.svg.png"
width="50" height="39"></span></div></td><td class="mbox-text"><div class="mbox-text-span">This article <b>needs additional citations for
<a href="/wiki/Wikipedia:Verifiability" title="Wikipedia:Verifiability">verification</a></b>. Please help
<a href="/w/index.php?title=Harrowgate_Viaduct&amp;action=edit">improve this article</a> by adding citations to reliable sources. Unsourced material may be
challenged and removed.<br>
<small><span class="plainlinks"><i>Find sources:</i> “Harrowgate Viaduct” – news · newspapers · books · scholar</span></small>
<span class="date-container"><i>(<span class="date">March 2024</span>)</i></span><span class="hide-when-compact"><i> (<small>
<a href="/wiki/Help:Maintenance_template_removal">Learn how and when to remove this message</a></small>)</i></span></div></td></tr></tbody></table>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wkTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span typeof="mw:File">
<img src="//upload.wikimedia.org/wikipedia/commons/thumb/a/a1/Harrowgate_Viaduct_2014.jpg/250px-Harrowgate_Viaduct_2014.jpg" width="250" height="167"
alt=""></span>
<div class="infobox-caption">The viaduct from the valley floor in 2014</div></td></tr>
${wkInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
${ps(wkLead)}
<meta property="mw:PageProp/toc">
${ed('History', wkH1)}
${ps(wkHist)}
${ed('Design', wkH2)}
${ps(wkDesign)}
${ed('Restoration_and_reuse', wkH3)}
${ps(wkReuse)}
${ed('See_also', wkH4)}
<ul>${wkSeeAlso.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>
${ed('References', 'References')}
<div class="mw-references-wrap"><ol class="references">${wkRefs
  .map(
    (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">
<cite class="citation">${t}</cite></span></li>`,
  )
  .join('\n')}</ol></div>
${ed('External_links', 'External links')}
<ul><li><a rel="nofollow" class="external text" href="https://lunebeckviaduct.example.org">Official website</a></li></ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Railway_viaducts_in_Westmarch"><table
class="nowraplinks navbox-inner"><tbody>
<tr><th scope="col" class="navbox-title" colspan="2"><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><abbr
title="View this template">v</abbr></li>
<li class="nv-talk"><abbr title="Discuss this template">t</abbr></li><li class="nv-edit"><abbr title="Edit this template">e</abbr></li></ul></div>
<div id="Railway_viaducts_in_Westmarch">Railway viaducts in Westmarch</div></th></tr><tr><td class="navbox-list navbox-odd hlist"><div><ul>
${links(['Carrbridge Viaduct', 'Dalesend Viaduct', 'Harrowgate Viaduct', 'Sallow Gill Viaduct'])}</ul></div></td></tr></tbody></table></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>:
<ul>
${links(wkCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 March 2025,
at 14:02<span class="anonymous-show">&nbsp;(UTC)</span>.</li><li
id="footer-info-copyright">${wkLicense.replace('Terms of Use', '<a href="/terms">Terms of Use</a>')}
</li></ul><ul id="footer-places">${links(wkFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-7d9c","wgBackendResponseTime":142});});</script>
</body></html>`;
const wiki: TestPage = {
  html: wkHtml,
  name: 'heldout71-wikipedia-vector2022-wiki',
  kind: 'wiki',
  // lead and section paragraphs (with their "[1]" marks) and the "See also" list are body; the infobox is a table of
  // facts in neither list except its image caption (furniture); the References and External links sections (headings
  // included) are furniture, as are "[edit]" links, the hatnote, the maintenance box, the navbox and categories; the
  // "This page was last edited" line is a byline; the table of contents repeats the headings (not listed)
  title: wkTitle,
  headings: [wkH1, wkH2, wkH3, wkH4],
  body: [...texts(wkLead), ...texts(wkHist), ...texts(wkDesign), ...texts(wkReuse), ...wkSeeAlso],
  bylines: ['This page was last edited on 3 March 2025, at 14:02 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', 'Contribute', ...wkMenu, 'Search', 'Donate', 'Create account', 'Log in',
    'Personal tools', '(Top)', '3 languages', 'Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools', 'General', ...wkTools, ...wkApp,
    'From Wikipedia, the free encyclopedia', wkHatnote, wkBox, 'Find sources:', 'March 2024', 'Learn how and when to remove this message',
    'The viaduct from the valley floor in 2014', 'edit', 'References', ...texts(wkRefs), 'External links', 'Official website',
    'Railway viaducts in Westmarch', 'Carrbridge Viaduct', 'Dalesend Viaduct', 'Sallow Gill Viaduct', 'Categories', ...wkCats,
    wkLicense, ...wkFoot.filter((t) => t !== 'About Wikipedia'),
  ],
};

export const HELDOUT71_E: readonly TestPage[] = [wiki, wikihowPage];
