import { type TestPage, texts } from './page-kit.js';
import { fandom } from './pages-heldout61-e2.js';

/**
 * Held-out batch 61, file e: a MediaWiki 1.43 article on the Citizen skin, on a Miraheze-hosted transport wiki (RLCONF script,
 * the Citizen header with the drawer menu and its portlets, search, preferences and personal menus as details/summary, the
 * dismissable site notice, the page header with the tagline and page actions, the sticky table of contents, the infobox,
 * collapsible sections with edit links, citation marks, the references list, "Retrieved from", the category links with a
 * hidden category, the Citizen footer with site description, last-edited line, licence and footer links, and the
 * CookieWarning banner).
 */
const mhTitle = 'Route 14';
const mhIntro = [
  '<b>Route 14</b> is a bus route in Kettleby operated by Kettleby City Transport (KCT). It runs between Kettleby Interchange and ' +
    'Hollins Park by way of Westgate, St Anne’s Hospital and the university’s north campus, and is one of the busiest routes on ' +
    'the network, carrying around 9,000 passengers on a typical weekday.',
];
const mhH1 = 'History';
const mhHistory = [
  'The route was introduced in 1974, when the city’s tram replacement services were reorganised, and at first ran only as far ' +
    'as Westgate. It was extended to Hollins Park in 1988, after the second phase of the estate was finished.',
  'In 2019 the route was converted to double-deck operation and given a ten-minute daytime frequency. A planned extension to the ' +
    'new Fairfield Quarter was postponed in 2023 because of the cost of rebuilding the Fairfield Road bridge.',
];
const mhH2 = 'Route description';
const mhRoute =
  'Buses leave Kettleby Interchange from stand C4 and follow Market Street and Westgate Road to the Westgate shops. The route ' +
  'then serves St Anne’s Hospital, where buses enter the hospital grounds during the day, and the university’s north entrance ' +
  'before terminating at the Hollins Park turning circle. On Sunday mornings, while the market is set up on Market Street, buses ' +
  'are diverted along Castle Row and do not serve the Corn Exchange stop.';
const mhH3 = 'Vehicles';
const mhFleet =
  'The route is worked from Brookside depot by a batch of fourteen Alexander Dennis Enviro400 buses delivered in 2019, with ' +
  'fleet numbers 401 to 414. They were the first buses in the KCT fleet with USB charging and audio-visual next-stop announcements.';
const mhH4 = 'Earlier vehicles';
const mhEarlier =
  'Before 2019 the route was worked by single-deck Wright StreetLite buses, several of which moved to route 22 and still carry ' + 'the old green livery.';
const mhH5 = 'Frequency';
const mhFreq = ['Monday to Saturday daytime: every 10 minutes', 'Evenings: every 20 minutes until 23:30', 'Sundays and public holidays: every 15 minutes'];
const mhRefs = [
  '“Passenger numbers by route, 2024”. Kettleby City Transport. Retrieved 12 March 2025.',
  'Harding, Paul (14 June 2023). “Fairfield bus link shelved as bridge costs soar”. Kettleby Evening Post.',
];
const mhInfobox = [
  ['Operator', 'Kettleby City Transport'],
  ['Garage', 'Brookside'],
  ['Vehicle', 'Alexander Dennis Enviro400'],
  ['Start', 'Kettleby Interchange'],
  ['End', 'Hollins Park'],
  ['Length', '9.6 km'],
  ['Journey time', '38 minutes'],
];
const mhNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mhNet = ['Bus routes', 'Depots', 'Fleet lists', 'Timetable changes'];
const mhTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information', 'Cite this page'];
const mhFoot = ['Privacy policy', 'About Kettleby Transit Wiki', 'Disclaimers', 'Terms of Use', 'Donate to Miraheze'];
const mhCats = ['Bus routes in Kettleby', 'Kettleby City Transport routes'];
const mhRef = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const mhSec = (h: string, n: number, level = 2): string =>
  `<div class="mw-heading
mw-heading${level}${level === 2 ? ' citizen-section-heading' : ''}">${level === 2 ? '<span class="citizen-section-indicator"></span>' : ''}` +
  `<h${level} id="${h.replace(/ /g, '_')}">${h}</h${level}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a ` +
  `href="/w/index.php?title=Route_14&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"><span>edit</span></a><span ` +
  `class="mw-editsection-bracket">]</span></span></div>`;
const mhPortlet = (id: string, label: string, items: readonly string[]): string =>
  `<div class="mw-portlet citizen-menu mw-portlet-${id}" id="p-${id}" role="navigation"><div class="citizen-menu__heading">${label}</div><div ` +
  `class="citizen-menu__content"><ul class="citizen-menu__content-list">${items
    .map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span class="citizen-ui-icon"></span><span>${t}</span></a></li>`)
    .join('')}</ul></div></div>`;
const mhTocItem = (h: string, n: string, level = 1): string =>
  `<li id="toc-${h.replace(/ /g, '_')}" class="citizen-toc-list-item citizen-toc-level-${level}"><a class="citizen-toc-link" href="#${h.replace(/ /g, '_')}">` +
  `<div class="citizen-toc-indicator"></div><div class="citizen-toc-content"><div class="citizen-toc-numb">${n}</div><div class="citizen-toc-text">${h}</div>` +
  `</div></a></li>`;
const mhHtml = `<!DOCTYPE html>
<html class="client-nojs skin-theme-clientpref-day citizen-feature-autohide-navigation-clientpref-1 citizen-feature-pure-black-clientpref-0
 citizen-feature-custom-font-size-clientpref-standard citizen-feature-custom-width-clientpref-standard" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>${mhTitle} - Kettleby Transit Wiki</title>
<script>(function(){var className="client-js skin-theme-clientpref-day citizen-feature-autohide-navigation-clientpref-1";var cookie=document.cookie.match(
/(?:^|; )kettlebytransitwikimwclientpreferences=([^;]+)/);if(cookie){cookie[1].split('%2C').forEach(function(pref){className=className.replace(new RegExp(
'(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');});}document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April",
"May","June","July","August","September","October","November","December"],"wgRequestId":"d2a9c51e0b7f4e3a","wgCanonicalNamespace":"","wgNamespaceNumber":0,
"wgPageName":"Route_14","wgTitle":"Route 14","wgCurRevisionId":3120,"wgArticleId":218,"wgIsArticle":true,"wgAction":"view","wgUserName":null,
"wgCategories":["Bus routes in Kettleby","Kettleby City Transport routes","Pages with references"],"wgPageContentLanguage":"en","wgRelevantPageName":"Route_14",
"wgIsProbablyEditable":true,"wgCiteReferencePreviewsActive":true,"wgCitizenEnablePreferences":true,"wgCitizenSearchModule":"skins.citizen.search"};
RLSTATE={"ext.CookieWarning.styles":"ready","skins.citizen.styles":"ready","site.styles":"ready","ext.cite.styles":"ready"};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","ext.CookieWarning","skins.citizen.scripts","ext.dismissableSiteNotice"];</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.CookieWarning.styles%7Cext.cite.styles%7Cskins.citizen.styles&amp;only=styles&amp;skin=citizen">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=citizen"></script>
<meta name="generator" content="MediaWiki 1.43.1">
<meta name="theme-color" content="#0d0e12">
<link rel="icon" href="https://static.wikitide.net/kettlebytransitwiki/6/64/Favicon.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search" title="Kettleby Transit Wiki (en)">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">
<link rel="canonical" href="https://kettlebytransit.miraheze.org/wiki/Route_14">
</head>
<body class="skin--responsive skin-citizen mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Route_14 rootpage-Route_14
 skin-citizen action-view citizen-toc-enabled">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<header class="mw-header citizen-header">
<div class="citizen-header__item citizen-dropdown" id="citizen-drawer"><details class="citizen-dropdown-details"><summary class="citizen-dropdown-summary"
 title="Toggle menu"><span class="citizen-ui-icon mw-ui-icon-wikimedia-menu"></span><span>Toggle menu</span></summary></details>
<div class="citizen-drawer citizen-header__card citizen-menu__card"><header class="citizen-drawer__header"><a href="/wiki/Main_Page"
 class="mw-logo citizen-drawer__logo" title="Visit the main page"><img class="mw-logo-icon" src="https://static.wikitide.net/kettlebytransitwiki/logo.png"
 alt="" width="50" height="50"></a><div class="citizen-drawer__siteinfo"><div class="citizen-drawer__siteinfo-item"><span>Articles</span><span>412</span></div>
<div class="citizen-drawer__siteinfo-item"><span>Images</span><span>1,380</span></div></div></header>
<nav class="citizen-drawer__menu"><div id="citizen-main-menu" class="citizen-main-menu">
${mhPortlet('navigation', 'Navigation', mhNav)}
${mhPortlet('Network', 'Network', mhNet)}
${mhPortlet('tb', 'Tools', mhTools)}
</div></nav></div></div>
<div class="citizen-header__logo"><a href="/wiki/Main_Page" class="mw-logo citizen-header__button" title="Visit the main page"><img
 src="https://static.wikitide.net/kettlebytransitwiki/logo.png" alt="Kettleby Transit Wiki" width="32" height="32"></a></div>
<div class="citizen-search citizen-header__item citizen-dropdown" id="citizen-search"><details id="citizen-search-details" class="citizen-dropdown-details">
<summary class="citizen-dropdown-summary" title="Toggle search [/]"><span class="citizen-ui-icon mw-ui-icon-wikimedia-search"></span><span>Toggle
 search</span></summary></details><div class="citizen-search__card citizen-header__card"><form action="/w/index.php" id="searchform"
 class="citizen-search__form" autocomplete="off"><input type="search" name="search" placeholder="Search Kettleby Transit Wiki"
 aria-label="Search Kettleby Transit Wiki" title="Search Kettleby Transit Wiki [f]" accesskey="f" id="searchInput"><input type="hidden"
 name="title" value="Special:Search"></form></div></div>
<div class="citizen-header__end"><div class="citizen-preferences citizen-header__item citizen-dropdown"><details class="citizen-dropdown-details"><summary
 class="citizen-dropdown-summary" title="Toggle preferences menu"><span class="citizen-ui-icon"></span><span>Toggle preferences
menu</span></summary></details></div>
<div class="citizen-userMenu citizen-header__item citizen-dropdown"><details class="citizen-dropdown-details"><summary class="citizen-dropdown-summary"
 title="Toggle personal menu"><span class="citizen-ui-icon"></span><span>Toggle personal menu</span></summary></details><div
 class="citizen-userMenu__card citizen-header__card citizen-menu__card"><ul class="citizen-menu__content-list"><li id="pt-createaccount"
 class="mw-list-item"><a href="/wiki/Special:RequestWiki">Request account</a></li><li id="pt-login" class="mw-list-item"><a
 href="/w/index.php?title=Special:UserLogin&amp;returnto=Route+14">Log in</a></li></ul></div></div></div>
</header>
<div class="citizen-page-container">
<div class="citizen-sitenotice-container"><div id="siteNotice"><div id="mw-dismissablenotice-anonplace"></div><div class="mw-dismissable-notice"><div
 class="mw-dismissable-notice-close">[<a tabindex="0" role="button">dismiss</a>]</div><div class="mw-dismissable-notice-body"><div id="localNotice"
 data-nosnippet=""><div class="anonnotice" lang="en" dir="ltr"><p>Miraheze is run by volunteers. If you find this wiki useful, please consider a
 donation to keep it online.</p></div></div></div></div></div></div>
<div class="citizen-page-sidebar"><nav id="mw-panel-toc" aria-label="Contents" class="citizen-toc"><div class="citizen-toc-indicator"></div><div
 class="citizen-toc-card"><div class="citizen-toc-top">Contents</div><ul id="mw-panel-toc-list" class="citizen-toc-contents">
<li id="toc-mw-content-text" class="citizen-toc-list-item citizen-toc-level-1"><a class="citizen-toc-link" href="#"><div
class="citizen-toc-text">Beginning</div></a></li>
${mhTocItem(mhH1, '1')}${mhTocItem(mhH2, '2')}${mhTocItem(mhH3, '3')}<ul>${mhTocItem(mhH4, '3.1', 2)}</ul>${mhTocItem(mhH5, '4')}${mhTocItem('References', '5')}
</ul></div></nav></div>
<main class="mw-body citizen-body-container" id="content">
<header class="mw-body-header citizen-page-header" id="citizen-page-header"><div class="citizen-page-header-inner"><div class="citizen-page-heading">
<div class="firstHeading-container"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mhTitle}</span></h1>
<div id="siteSub">From Kettleby Transit Wiki</div><div id="citizen-tagline" class="citizen-tagline">Bus route between Kettleby Interchange and Hollins
Park</div>
<div class="mw-indicators"></div></div></div>
<div class="page-actions"><nav class="mw-portlet citizen-page-actions" id="p-views" aria-label="Views"><ul><li id="ca-edit" class="mw-list-item"><a
 href="/w/index.php?title=Route_14&amp;action=edit" accesskey="e"><span class="citizen-ui-icon mw-ui-icon-wikimedia-edit"></span><span>Edit
source</span></a></li><li
 id="ca-history" class="mw-list-item"><a href="/w/index.php?title=Route_14&amp;action=history"><span class="citizen-ui-icon"></span><span>View
 history</span></a></li></ul></nav><nav class="mw-portlet" id="p-associated-pages" aria-label="Namespaces"><ul><li id="ca-nstab-main"
 class="selected mw-list-item"><a href="/wiki/Route_14"><span>Page</span></a></li><li id="ca-talk" class="new mw-list-item"><a
 href="/w/index.php?title=Talk:Route_14&amp;action=edit&amp;redlink=1" rel="discussion"><span>Discussion</span></a></li></ul></nav></div>
</div></header>
<div id="bodyContent" class="citizen-body" aria-labelledby="firstHeading"><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><section class="citizen-section"
id="citizen-section-0">
<table class="infobox" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">${mhTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:KCT_401.jpg" class="mw-file-description"><img alt=""
src="https://static.wikitide.net/
kettlebytransitwiki/thumb/KCT_401.jpg/260px-KCT_401.jpg" width="260" height="173" class="mw-file-element"></a></span><div class="infobox-caption">Enviro400
401 at
 Westgate, May 2024</div></td></tr>
${mhInfobox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
<p>${mhIntro[0]}${mhRef(1)}
</p>
</section>${mhSec(mhH1, 1)}<section class="citizen-section" id="citizen-section-1">
<p>${mhHistory[0]}
</p><p>${mhHistory[1]}${mhRef(2)}
</p></section>${mhSec(mhH2, 2)}<section class="citizen-section" id="citizen-section-2">
<p>${mhRoute}
</p></section>${mhSec(mhH3, 3)}<section class="citizen-section" id="citizen-section-3">
<p>${mhFleet}
</p>${mhSec(mhH4, 4, 3)}
<p>${mhEarlier}
</p></section>${mhSec(mhH5, 5)}<section class="citizen-section" id="citizen-section-4">
<ul>${mhFreq.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</section>${mhSec('References', 6)}<section class="citizen-section" id="citizen-section-5">
<div class="mw-references-wrap"><ol class="references">
${mhRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></section>
<!-- NewPP limit report
Parsed by mw-mh151
Cached time: 20251102140711
Cache expiry: 86400
CPU time usage: 0.041 seconds
-->
</div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://kettlebytransit.miraheze.org/wiki/Route_14?oldid=3120">https://kettlebytransit.miraheze.org/wiki/Route_14?oldid=3120</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
 title="Special:Categories">Categories</a>: <ul>${mhCats
   .map(
     (c) => `<li><a
href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`,
   )
   .join('')}</ul></div><div
 id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden category: <ul><li><a href="/wiki/Category:Pages_with_references">Pages with
 references</a></li></ul></div></div>
</div>
<footer class="citizen-page-footer"><div id="citizen-lastmod-relative">Last edited 3 days ago</div></footer>
</main>
<footer class="mw-footer citizen-footer" role="contentinfo"><div class="citizen-footer__container"><div class="citizen-footer__siteinfo"><div
 class="citizen-footer__sitetitle">Kettleby Transit Wiki</div><div class="citizen-footer__desc">A wiki about buses, trams and trains in and around
 Kettleby, written by enthusiasts since 2021.</div></div><div class="citizen-footer__content"><div id="footer-info"><div id="footer-info-lastmod">This page
 was last edited on 2 November 2025, at 14:07.</div><div id="footer-info-copyright">Content is available under <a class="external"
 href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution Share Alike</a> unless otherwise noted.</div></div><nav
 id="footer-places"><ul>${mhFoot.map((t) => `<li><a href="https://meta.miraheze.org/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></nav><div
 id="footer-icons"><a href="https://meta.miraheze.org/wiki/"><img src="https://static.wikitide.net/commonswiki/hosted-by-miraheze.svg" alt="Hosted by
 Miraheze" width="88" height="31"></a><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by
 MediaWiki" width="88" height="31"></a></div></div></div></footer>
</div>
<div class="mw-cookiewarning-container"><div class="mw-cookiewarning-text"><span>Cookies help us deliver our services. By using our services, you agree to our
 use of cookies.</span></div><form method="POST"><div class="oo-ui-layout oo-ui-horizontalLayout"><a class="oo-ui-buttonElement-button"
 href="https://meta.miraheze.org/wiki/Special:MyLanguage/Privacy_Policy#4._Cookies">More information</a><button type="submit" name="disablecookiewarning"
 class="oo-ui-inputWidget-input oo-ui-buttonElement-button"><span class="oo-ui-labelElement-label">OK</span></button></div></form></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118,"wgHostname":"mw151"});});</script>
</body>
</html>
`;
const miraheze: TestPage = {
  html: mhHtml,
  name: 'heldout61-miraheze-citizen',
  kind: 'wiki',
  // the firstHeading is the title; the section h2s and the one h3 are the headings, "References" is not (its list of sources
  // is furniture, as the citation marks are in neither list: the body strings end before each "[n]"); the lead, section
  // paragraphs and the frequency list are body; the date of "This page was last edited on ..." and the relative "Last edited
  // 3 days ago" are bylines (the sentence's label furniture); siteSub, the tagline (a short description set by the wiki, under the
  // title), the infobox with its caption, the "edit" links (once), the Citizen TOC ("Beginning" and its label; its items are the
  // headings), the drawer portlets, header toggles, site notice, categories (hidden one included), "Retrieved from", the
  // footer and the cookie banner are furniture; infobox values that are words of the body ("Hollins Park", "Kettleby City
  // Transport", "Brookside", "Kettleby Interchange", "Alexander Dennis Enviro400") are left out; the history link "View
  // history" is kept; "Navigation" and "Tools" are labels of the drawer, its "Network" label is a word of the body: left out
  title: mhTitle,
  headings: [mhH1, mhH2, mhH3, mhH4, mhH5],
  body: [...texts(mhIntro), ...mhHistory, mhRoute, mhFleet, mhEarlier, ...mhFreq],
  bylines: ['2 November 2025, at 14:07', 'Last edited 3 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Toggle menu', 'Articles', '412', 'Images', '1,380', 'Navigation', ...mhNav, ...mhNet, 'Tools', ...mhTools,
    'Toggle search', 'Toggle preferences menu', 'Toggle personal menu', 'Request account', 'Log in', 'dismiss',
    'Miraheze is run by volunteers. If you find this wiki useful, please consider a donation to keep it online.', 'Contents', 'Beginning',
    'From Kettleby Transit Wiki', 'Bus route between Kettleby Interchange and Hollins Park', 'Edit source', 'View history', 'Page', 'Discussion',
    'Enviro400 401 at Westgate, May 2024', 'Operator', 'Garage', 'Vehicle', 'Start', 'End', 'Length', '9.6 km', 'Journey time', '38 minutes', 'edit',
    'References', ...mhRefs, 'Retrieved from', 'Categories', ...mhCats, 'Hidden category:', 'Pages with references', 'Kettleby Transit Wiki',
    'A wiki about buses, trams and trains in and around Kettleby, written by enthusiasts since 2021.', 'This page was last edited on',
    'Content is available under', 'Creative Commons Attribution Share Alike', 'unless otherwise noted.', ...mhFoot,
    'Cookies help us deliver our services. By using our services, you agree to our use of cookies.', 'More information', 'OK',
  ],
};

export const HELDOUT61_E: readonly TestPage[] = [miraheze, fandom];
