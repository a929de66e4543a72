import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 30, file d2: a fan wiki's location page on a Miraheze-hosted MediaWiki 1.43 with the Vector 2022 skin (the
 * client-nojs class list and RLQ config script, the jump link, the header with the main-menu dropdown, logo, Codex search and
 * the anonymous user links, the sticky header copy of the title, the local site notice, the pinned sidebar table of
 * contents, the title bar with its TOC toggle, the namespace, views and tools menus, "From Lanternfall Wiki", an infobox,
 * edit-section links, reference marks and list, a navbox, the NewPP limit report comment, the print footer, categories and
 * the footer with "Hosted by Miraheze").
 */
const mwTitle = 'Saltmarsh Lighthouse';
const mwLeadRest =
  ' is a location in Lanternfall, found at the southern tip of the Drowned Coast. It is the first ' +
  'lighthouse the player relights in Act II, and the place where the keeper Odessa Vane is met for the first time.';
const mwLead2 =
  'The lighthouse was added in the game’s second major update, replacing an unfinished cliff area that had been visible but unreachable since launch.';
const mwLead = [mwTitle + mwLeadRest, mwLead2];
const mwH1 = 'Layout';
const mwBody1 = [
  'The lighthouse stands on a tidal island that can only be reached on foot at low tide. At high tide the causeway floods and ' +
    'the player must use the rowing boat moored below the keeper’s cottage. The tower has four floors, connected by a spiral ' +
    'stair that is partly collapsed between the second and third.',
  'The keeper’s cottage at the foot of the tower serves as a save point, and Odessa can be found there at night once the ' + 'lamp has been lit.',
];
const mwH2 = 'Puzzles';
const mwH3 = 'The lamp room';
const mwBody2 = [
  'The lamp cannot be lit until all three lenses have been recovered from the island. Each lens must be fitted in the ' +
    'correct frame, which is shown by the colour of the glass; fitting one in the wrong frame throws the beam onto the ' +
    'rocks and resets the puzzle.',
];
const mwH4 = 'The tide gauge';
const mwBody3 = [
  'A brass tide gauge on the causeway can be wound forward to bring on low tide early. Winding it three times in a row ' +
    'without waiting causes the gauge to jam until the next in-game day.',
];
const mwH5 = 'Trivia';
const mwTrivia = [
  'The lighthouse is modelled on a real nineteenth-century light on the Northumberland coast, according to the developers.',
  'Odessa’s cottage contains a framed photograph of the game’s art director as a child.',
  'Speedrunners skip the tide gauge entirely by swimming the causeway, which costs a third of the player’s stamina.',
];
const mwRefs = [
  '↑ “Patch notes 1.2: The Drowned Coast”. Brightwater Games. 14 March 2025.',
  '↑ Interview with Sam Oduya, lead designer, Pixel Harbour Podcast, episode 88.',
];
const mwInfobox = ['Region', 'The Drowned Coast', 'Act', 'II', 'Keeper', 'Odessa Vane', 'Unlocks', 'Tidewalker boots', 'Added in', 'Update 1.2'];
const mwNavbox = ['Drowned Coast', 'Saltmarsh Lighthouse', 'Wreckers’ Cove', 'The Sunken Chapel', 'Gullrock', 'Harbour of Bells'];
const mwNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mwTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const ref = (i: number): string =>
  `<sup id="cite_ref-${i}" class="reference"><a href="#cite_note-${i}"><span class="cite-bracket">[</span>${i}<span class="cite-bracket">]</span></a></sup>`;
const head = (level: number, t: string, section: number): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}><span class="mw-editsection"><span
class="mw-editsection-bracket">[` +
  `</span><a href="/w/index.php?title=Saltmarsh_Lighthouse&amp;action=edit&amp;section=${section}" title="Edit section: ${t}"><span>edit</span></a>` +
  `<span class="mw-editsection-bracket">]</span></span></div>`;
const menuList = (items: readonly string[], ids: readonly string[]): string =>
  items.map((t, i) => `<li id="${ids[i]}" class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`).join('');
const toc = [mwH1, mwH2, mwH5, 'References'];
const mwHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled
vector-feature-page-tools-pinned-disabled
 vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-feature-limited-width-content-enabled
 vector-feature-appearance-pinned-clientpref-1 skin-theme-clientpref-day vector-sticky-header-enabled vector-toc-available" lang="en" dir="ltr">
<head> <meta charset="UTF-8">
<title>Saltmarsh Lighthouse - Lanternfall Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";var cookie=document.cookie.match(/(?:^|;
)lanternfallwikimwclientpreferences=([^;]+)/);
if(cookie){cookie[1].split('%2C').forEach(function(pref){className=className.replace(new RegExp('(^|
)'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');});}
document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgCanonicalNamespace":"","wgPageName":"Saltmarsh_Lighthouse",
"wgTitle":"Saltmarsh Lighthouse","wgCurRevisionId":4122,"wgCategories":["Locations","Drowned Coast","Act II"],"wgPageContentModel":"wikitext",
"wgRelevantPageName":"Saltmarsh_Lighthouse","wgIsProbablyEditable":true,"wgServer":"https://lanternfall.miraheze.org","wgDBname":"lanternfallwiki"};
RLSTATE={"ext.cite.styles":"ready","skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready"};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.icons%2Cstyles%7Cskins.vector.search.codex.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.43.1"> <meta name="viewport" content="width=1120">
<link rel="icon" href="https://static.wikitide.net/lanternfallwiki/favicon.ico">
<link rel="canonical" href="https://lanternfall.miraheze.org/wiki/Saltmarsh_Lighthouse">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"> </head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
page-Saltmarsh_Lighthouse
 rootpage-Saltmarsh_Lighthouse skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"> <header class="vector-header mw-header"> <div class="vector-header-start">
			<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu">
	<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
	<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
	  cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label> <div class="vector-dropdown-content">
		<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
		<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
	<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-unpinned" data-feature-name="main-menu-pinned">
	<div class="vector-pinnable-header-label">Main menu</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button> </div>
	<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
	<div class="vector-menu-heading">Navigation</div>
	<div class="vector-menu-content"><ul
class="vector-menu-content-list">${menuList(mwNav, ['n-mainpage-description', 'n-recentchanges', 'n-randompage', 'n-help-mediawiki'])}</ul></div>
</div> </div> </div> </div> </div> </nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="https://static.wikitide.net/lanternfallwiki/c/c9/Logo.png" alt="" aria-hidden="true"
height="50" width="50">
	<span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Lanternfall Wiki</strong></span></a> </div>
		<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width
vector-search-box">
	<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search
Lanternfall Wiki [f]"
	  accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
	<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
		<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
			<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon">
				<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Lanternfall Wiki" aria-label="Search Lanternfall Wiki"
				  autocapitalize="sentences" title="Search Lanternfall Wiki [f]" accesskey="f" id="searchInput"><span class="cdx-text-input__icon
cdx-text-input__start-icon"></span>
			</div><input type="hidden" name="title" value="Special:Search"></div>
			<button class="cdx-button cdx-search-input__end-button">Search</button> </form></div></div> </div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main">
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet mw-portlet-vector-user-menu-overflow"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a data-mw="interface"
href="/w/index.php?title=Special:CreateAccount&amp;returnto=Saltmarsh+Lighthouse"
  title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a data-mw="interface"
href="/w/index.php?title=Special:UserLogin&amp;returnto=Saltmarsh+Lighthouse"
  title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o"><span>Log in</span></a></li>
</ul></div></div></div></nav> </div> </header> </div>
<div class="mw-page-container">
	<div class="mw-page-container-inner">
		<div class="vector-sitenotice-container">
			<div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="anonnotice" lang="en" dir="ltr"><p>Lanternfall Wiki is a fan project and is not
			  affiliated with Brightwater Games. Spoilers for Act II and later are not marked.</p></div></div></div> </div>
		<div class="vector-column-start">
			<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
				<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
	<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned">
	<h2 class="vector-pinnable-header-label">Contents</h2>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button> </div>
	<ul class="vector-toc-contents" id="mw-panel-toc-list">
		<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li> ${toc
  .map(
    (t, i) => `		<li id="toc-${t}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t}"><div class="vector-toc-text">
			<span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a><ul id="toc-${t}-sublist" class="vector-toc-list"></ul></li>`,
  )
  .join('\n')} </ul> </div></div> </nav> </div>
		<div class="mw-content-container">
			<main id="content" class="mw-body">
				<header class="mw-body-header vector-page-titlebar">
					<nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc
vector-button-flush-left">
	<input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Toggle the
table of contents">
	<label id="vector-page-titlebar-toc-label" for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--icon-only"
	  aria-hidden="true"><span class="vector-icon mw-ui-icon-listBullet"></span><span class="vector-dropdown-label-text">Toggle the table of
contents</span></label>
	<div class="vector-dropdown-content"><div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container"></div></div>
</div></nav>
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mwTitle}</span></h1> </header>
				<div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
					<div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet
mw-portlet-associated-pages">
	<div class="vector-menu-content"><ul class="vector-menu-content-list">
	<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Saltmarsh_Lighthouse" title="View the content page [c]"
accesskey="c"><span>Page</span></a></li>
	<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Talk:Saltmarsh_Lighthouse&amp;action=edit&amp;redlink=1"
rel="discussion"
	  class="new" title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li></ul></div>
</div></nav></div>
					<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet
mw-portlet-views">
	<div class="vector-menu-content"><ul class="vector-menu-content-list">
	<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Saltmarsh_Lighthouse"><span>Read</span></a></li>
	<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Saltmarsh_Lighthouse&amp;action=edit" title="Edit this page [e]"
accesskey="e"><span>Edit</span></a></li>
	<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Saltmarsh_Lighthouse&amp;action=history" title="Past revisions of this
page [h]"
	  accesskey="h"><span>View history</span></a></li></ul></div> </div></nav>
					<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
	<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools">
	<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button"
aria-hidden="true">
	  <span class="vector-dropdown-label-text">Tools</span></label>
	<div class="vector-dropdown-content"><div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"><div id="vector-page-tools"
class="vector-page-tools">
	<div class="vector-pinnable-header vector-page-tools-pinnable-header vector-pinnable-header-unpinned"><div
class="vector-pinnable-header-label">Tools</div></div>
	<div id="p-cactions" class="vector-menu mw-portlet mw-portlet-cactions emptyPortlet" title="More options"><div class="vector-menu-heading">Actions</div></div>
	<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div>
	<div class="vector-menu-content"><ul class="vector-menu-content-list">${menuList(
    mwTools,
    mwTools.map((_, i) => `t-${i}`),
  )}</ul></div></div>
	</div></div></div> </div></nav> </div> </div></div>
				<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
					<div class="vector-body-before-content"><div class="mw-indicators"></div>
						<div id="siteSub" class="noprint">From Lanternfall Wiki</div> </div>
					<div id="contentSub"><div id="mw-content-subtitle"></div></div>
					<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><table class="infobox">
<tbody><tr><th colspan="2" class="infobox-title">${mwTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Saltmarsh_Lighthouse.png" class="mw-file-description"><img
  src="https://static.wikitide.net/lanternfallwiki/thumb/4/4e/Saltmarsh_Lighthouse.png/250px-Saltmarsh_Lighthouse.png" decoding="async" width="250" height="180"
  class="mw-file-element"></a></span><div class="infobox-caption">The lighthouse at low tide</div></td></tr>
${[0, 2, 4, 6, 8].map((i) => `<tr><th scope="row">${mwInfobox[i]}</th><td>${mwInfobox[i + 1]}</td></tr>`).join('\n')} </tbody></table>
<p><b>${mwTitle}</b>${mwLeadRest}</p> <p>${mwLead2}${ref(1)}</p>
<meta property="mw:PageProp/toc"> ${head(2, mwH1, 1)}
${mwBody1.map((p) => `<p>${p}</p>`).join('\n')} ${head(2, mwH2, 2)} ${head(3, mwH3, 3)} <p>${mwBody2[0]}</p> ${head(3, mwH4, 4)} <p>${mwBody3[0]}</p>
${head(2, mwH5, 5)}
<ul><li>${mwTrivia[0]}${ref(2)}</li> <li>${mwTrivia[1]}</li> <li>${mwTrivia[2]}</li></ul> ${head(2, 'References', 6)}
<div class="mw-references-wrap"><ol class="references"> ${mwRefs
  .map(
    (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span
class="reference-text">${t.slice(2)}</span></li>`,
  )
  .join('\n')} </ol></div>
<div role="navigation" class="navbox" aria-labelledby="Drowned_Coast"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col" class="navbox-title"
colspan="2">
<div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Drowned_Coast" title="Template:Drowned Coast"><abbr
title="View this template">v</abbr></a></li>
<li class="nv-edit"><a href="/w/index.php?title=Template:Drowned_Coast&amp;action=edit"><abbr title="Edit this template">e</abbr></a></li></ul></div>
<div id="Drowned_Coast">${mwNavbox[0]}</div></th></tr><tr><td class="navbox-list navbox-odd hlist" style="width:100%;padding:0"><div style="padding:0
0.25em"><ul> ${mwNavbox
  .slice(1)
  .map((t) => (t === mwTitle ? `<li><a class="mw-selflink selflink">${t}</a></li>` : `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`))
  .join('\n')}
</ul></div></td></tr></tbody></table></div> <!-- NewPP limit report
Parsed by mw-mh-152
Cached time: 20251103191244 Cache expiry: 86400 CPU time usage: 0.094 seconds Real time usage: 0.131 seconds
Preprocessor visited node count: 488/1000000
-->
</div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://lanternfall.miraheze.org/w/index.php?title=Saltmarsh_Lighthouse&amp;oldid=4122"
  >https://lanternfall.miraheze.org/w/index.php?title=Saltmarsh_Lighthouse&amp;oldid=4122</a>"</div></div>
					<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
					  title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Locations">Locations</a></li><li><a href="/wiki/Category:Drowned_Coast"
					  >Drowned Coast</a></li><li><a href="/wiki/Category:Act_II">Act II</a></li></ul></div></div> </div> </main> </div>
		<div class="mw-footer-container">
<footer id="footer" class="mw-footer"> <ul id="footer-info">
	<li id="footer-info-lastmod"> This page was last edited on 3 November 2025, at 19:12.</li>
	<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons
	  Attribution Share Alike</a> unless otherwise noted.</li> </ul> <ul id="footer-places">
	<li id="footer-places-privacy"><a href="https://meta.miraheze.org/wiki/Special:MyLanguage/Privacy_Policy">Privacy policy</a></li>
	<li id="footer-places-about"><a href="/wiki/Lanternfall_Wiki:About">About Lanternfall Wiki</a></li>
	<li id="footer-places-disclaimers"><a href="/wiki/Lanternfall_Wiki:General_disclaimer">Disclaimers</a></li>
	<li id="footer-places-termsofservice"><a href="https://meta.miraheze.org/wiki/Special:MyLanguage/Terms_of_Use">Terms of Use</a></li>
	<li id="footer-places-mobileview"><a href="https://lanternfall.miraheze.org/w/index.php?title=Saltmarsh_Lighthouse&amp;mobileaction=toggle_view_mobile"
	  class="noprint stopMobileRedirectToggle">Mobile view</a></li> </ul>
	<ul id="footer-icons" class="noprint">
	<li id="footer-hostedbyico"><a href="https://meta.miraheze.org"><img src="https://static.wikitide.net/commonswiki/f/ff/Powered_by_Miraheze.svg" alt="Hosted
by Miraheze"
	  width="88" height="31" loading="lazy"></a></li>
	<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large"><img
	  src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li> </ul> </footer> </div>
	</div> </div>
<div class="vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header vector-sticky-header-icon-only" aria-hidden="true"><div
  class="vector-sticky-header-start"><div class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary"
aria-hidden="true"><span
  class="mw-page-title-main">${mwTitle}</span></div></div></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142,
"wgPageParseReport":{"limitreport":{"cputime":"0.094","walltime":"0.131"}}});});</script> </body> </html>`;
export const mirahezeWiki: TestPage = {
  html: mwHtml,
  name: 'heldout30-miraheze-wiki-page',
  kind: 'wiki',
  // the lead, the section paragraphs and the trivia list are the body, without their reference marks ("[1]", as batch 5 set
  // for Wikipedia); the five section headings are the headings; the "References" section (heading and list) is the page's
  // apparatus, not its text: furniture; so are the infobox (its title repeats the page title: in neither; its caption,
  // labels and values are furniture: a data table, not prose), the navbox (whose self-link repeats the title), the TOC
  // ("Contents", "(Top)"; its items repeat the headings: in neither), edit-section links, "From Lanternfall Wiki", the site
  // notice, menus, tabs, tools, categories and footer; the last-edited line is the page's only dateline: byline
  title: mwTitle,
  headings: [mwH1, mwH2, mwH3, mwH4, mwH5],
  body: [...texts(mwLead), ...texts(mwBody1), ...texts(mwBody2), ...texts(mwBody3), ...mwTrivia],
  bylines: ['This page was last edited on 3 November 2025, at 19:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...mwNav, 'Lanternfall Wiki', 'Search', 'Create account', 'Log in',
    'Lanternfall Wiki is a fan project and is not affiliated with Brightwater Games. Spoilers for Act II and later are not marked.', 'Contents', '(Top)',
    'Toggle the table of contents', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'Actions', 'General', ...mwTools, 'From Lanternfall Wiki',
    'The lighthouse at low tide', ...mwInfobox, 'References', ...mwRefs.map((t) => t.slice(2)), 'v', 'e',
    ...mwNavbox.filter((t) => t !== mwTitle), 'Categories', 'Locations', 'Act II',
    'Content is available under Creative Commons Attribution Share Alike unless otherwise noted.', 'Privacy policy', 'About Lanternfall Wiki',
    'Disclaimers', 'Terms of Use', 'Mobile view',
  ],
};
