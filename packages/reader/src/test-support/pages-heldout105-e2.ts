import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 105, file e2: an article on a MediaWiki 1.44 wiki with the Vector 2022 skin (the "Jump to content" link, the
 * hidden main menu, search, "Create account" and "Log in", the sticky TOC with "Contents", "(Top)" and "hide", the language
 * button, the Article/Talk and Read/Edit/View history tabs, "Tools", "From Railpedia" site sub, a hatnote, the infobox,
 * "[edit]" section links inside the mw-heading divs, citation markers, the references list, the "Retrieved from" print
 * footer, the category links and the footer with "This page was last edited on", the licence line and footer links).
 */
const mwTitle = 'Harrowgate Corporation Tramways';
const mwLead = [
  'Harrowgate Corporation Tramways operated an electric street tramway in the town of Harrowgate from 1902 until 1951. At its ' +
    'largest the system had 14.2 miles of route and a fleet of 48 cars, all built by the Kelsall Carriage Works.',
  'The tramway was owned by the town council throughout its life. It was replaced in stages by motor buses after the Second World ' +
    'War, and the last car ran on the Moor Road route on 30 September 1951.',
];
const mwH1 = 'History';
const mwHist = [
  'A horse tramway between the railway station and the market place had been run by a private company since 1879. The council ' +
    'bought the company in 1899 under the Harrowgate Improvement Act and began electrifying the line the following year.',
  'Electric services began on 3 May 1902 on two routes, to Moor Road and to Ellerby. Extensions to the cemetery and to Fennick ' +
    'Lane followed in 1905 and 1910, bringing the system to its full size. A power station beside the depot on Wharf Street ' +
    'supplied the current until 1927, when the tramway began buying electricity from the council’s new generating station.',
  'Traffic peaked in 1920, when the trams carried just over 11 million passengers. Competition from private bus operators in the ' +
    '1920s reduced receipts, and the council introduced its own buses on the Ellerby route in 1931.',
];
const mwH2 = 'Closure';
const mwClose = [
  'A report commissioned in 1946 found that much of the track needed replacing and recommended conversion to motor buses rather ' +
    'than renewal. The Fennick Lane route closed in 1948, followed by the cemetery route in 1950.',
  'Large crowds gathered for the last journey from the market place to Moor Road. Car 31, decorated with bunting, carried the ' +
    'mayor and council members, and was followed by a crowded service car.',
];
const mwH3 = 'Fleet';
const mwFleet = [
  'Cars 1–20, open-top double-deckers delivered in 1902.',
  'Cars 21–36, top-covered double-deckers delivered in 1905–1910.',
  'Cars 37–48, enclosed double-deckers delivered in 1925–1927.',
];
const mwH4 = 'Preservation';
const mwPres = [
  'The lower saloon of car 31 survived as a garden shed in Ellerby and was rescued in 1983. It has since been restored and is ' +
    'displayed at the Harrowgate Museum of Transport, alongside a section of track and a tram stop sign from Wharf Street.',
];
const mwUi = [
  'Jump to content',
  'Main menu',
  'Main page',
  'Contents',
  'Current events',
  'Random article',
  'About Railpedia',
  'Contact us',
  'Search',
  'Create account',
  'Log in',
  'Personal tools',
  '(Top)',
  'hide',
  'Toggle the table of contents',
  'Add languages',
  'Article',
  'Talk',
  'English',
  'Read',
  'Edit',
  'View history',
  'Tools',
  'From Railpedia, the free transport encyclopedia',
];
const mwHat = 'For the later bus operator, see Harrowgate Corporation Transport.';
const mwBox = [
  'Harrowgate Corporation Tramways',
  'Operation',
  'Locale',
  'Harrowgate',
  'Open',
  '3 May 1902',
  'Close',
  '30 September 1951',
  'Status',
  'Closed',
  'Infrastructure',
  'Track gauge',
  '4 ft 8½ in',
  'Route length',
  '14.2 miles',
];
const mwRefs = [
  'Pickering, Alan (1978). The Trams of Harrowgate. Dalesway Transport Histories. pp. 12–19.',
  '"Harrowgate Tramways: Report on Future of Services". Harrowgate Borough Council. 1946.',
  '"Last tram to Moor Road". Harrowgate Courier. 1 October 1951. p. 1.',
];
const mwUrl = 'https://railpedia.example/w/index.php?title=Harrowgate_Corporation_Tramways&amp;oldid=881203';
const mwRetrieved = 'Retrieved from "https://railpedia.example/w/index.php?title=Harrowgate_Corporation_Tramways&oldid=881203"';
const mwCats = ['Categories:', 'Tram transport in England', 'Defunct town tramways', '1902 establishments in England', 'Railway lines closed in 1951'];
const mwLast = 'This page was last edited on 4 March 2025, at 09:17 (UTC).';
const mwLicence = 'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.';
const mwFoot = ['Privacy policy', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const mwHd = (
  t: string,
): string => `<div class="mw-heading mw-heading2"><h2 id="${t}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Harrowgate_Corporation_Tramways&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mwRef = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
const mwPs = (a: readonly string[], ref = 0): string => a.map((t, i) => `<p>${t}${i === 0 && ref > 0 ? mwRef(ref) : ''}\n</p>`).join('\n');
const mwRow = (k: string, v: string): string => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`;
const mwHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Harrowgate Corporation Tramways - Railpedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgPageName":"Harrowgate_Corporation_Tramways","wgRevisionId":881203});});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0"><meta property="og:title" content="Harrowgate Corporation Tramways - Railpedia">
<link rel="canonical" href="https://railpedia.example/wiki/Harrowgate_Corporation_Tramways"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr 
mw-hide-empty-elt ns-0 ns-subject page-Harrowgate_Corporation_Tramways">
<a class="mw-jump-link" href="#bodyContent">${mwUi[0]}</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">${mwUi[1]}</span></label><div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet"><ul class="vector-menu-content-list">${links(mwUi.slice(2, 8), 'mw-list-item')}</ul></div></div></div>
</nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Railpedia</span></a></div><div class="vector-header-end">
<div id="p-search" class="vector-search-box-vue"><a href="/wiki/Special:Search" class="cdx-button"><span>${mwUi[8]}</span></a></div>
<nav class="vector-user-links" aria-label="${mwUi[11]}"><ul>${links(mwUi.slice(9, 11), 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="${mwUi[3]}" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">${mwUi[3]}</h2>
<button class="vector-pinnable-header-toggle-button">${mwUi[13]}</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#">
<div class="vector-toc-text">${mwUi[12]}</div></a></li>${links([mwH1, mwH2, mwH3, mwH4, 'References'], 'vector-toc-list-item vector-toc-level-1')}</ul></div>
</nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<button class="vector-page-titlebar-toc vector-button-flush-left" aria-label="${mwUi[14]}"><span>${mwUi[14]}</span></button>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mwTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">${mwUi[15]}</span>
</label></div></header><div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(mwUi.slice(16, 18), 'vector-tab-noicon mw-list-item')}</ul>
<span class="vector-dropdown-label-text" hidden>${mwUi[18]}</span></nav><nav aria-label="Views">
<ul>${links(mwUi.slice(19, 22), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav class="vector-page-tools-landmark"><span class="vector-dropdown-label-text">${mwUi[22]}</span></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">${mwUi[23]}</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">${mwHat}</div>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">${mwBox[0]}</th></tr><tr>
<th colspan="2" class="infobox-header">${mwBox[1]}</th></tr>
${mwRow(mwBox[2] ?? '', mwBox[3] ?? '')}${mwRow(mwBox[4] ?? '', mwBox[5] ?? '')}${mwRow(mwBox[6] ?? '', mwBox[7] ?? '')}${mwRow(mwBox[8] ?? '', mwBox[9] ?? '')}
<tr><th colspan="2" class="infobox-header">${mwBox[10]}</th></tr>${mwRow(mwBox[11] ?? '', mwBox[12] ?? '')}${mwRow(mwBox[13] ?? '', mwBox[14] ?? '')}</tbody>
</table>
<p><b>Harrowgate Corporation Tramways</b>${mwLead[0]?.slice('Harrowgate Corporation Tramways'.length)}${mwRef(1)}</p>
${mwPs(mwLead.slice(1))}
<meta property="mw:PageProp/toc">
${mwHd(mwH1)}
${mwPs(mwHist, 1)}
${mwHd(mwH2)}
${mwPs(mwClose, 2)}
${mwHd(mwH3)}
<ul>${mwFleet.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mwHd(mwH4)}
${mwPs(mwPres, 3)}
${mwHd('References')}
<div class="mw-references-wrap"><ol class="references">${mwRefs
  .map(
    (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span>
<span class="reference-text"><cite class="citation book cs1">${t}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="${mwUrl}">${mwUrl}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Help:Category" title="Help:Category">${mwCats[0]}</a>
<ul>${links(mwCats.slice(1))}</ul></div></div></div></main></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${mwLast}</li><li id="footer-info-copyright">${mwLicence}</li></ul>
<ul id="footer-places">${links([...mwFoot.slice(0, 1), 'About Railpedia', ...mwFoot.slice(1)])}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
export const mediawikiPage: TestPage = {
  html: mwHtml,
  name: 'heldout105-mediawiki-vector-wiki',
  kind: 'wiki',
  // the hatnote, the infobox, the "References" heading and list, "[edit]" links and the "Retrieved from", category and
  // "last edited" lines are furniture; citation markers are in neither list; the TOC entries repeating the headings are left out
  title: mwTitle,
  headings: [mwH1, mwH2, mwH3, mwH4],
  body: [...texts(mwLead), ...texts(mwHist), ...texts(mwClose), ...texts(mwFleet), ...texts(mwPres)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mwUi.filter((t) => t !== 'Personal tools'),
    mwHat, ...mwBox.slice(1), 'edit', 'References', ...mwRefs, mwRetrieved, ...mwCats, mwLast, mwLicence, ...mwFoot,
  ],
};
