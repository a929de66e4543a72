import { links, type TestPage, texts } from './page-kit.js';
import { quoraQuestion } from './pages-heldout22-f2.js';

/**
 * Held-out batch 22, file f: a Wikinews article on the Vector 2022 skin, logged out (header with the logo and tagline, search,
 * Donate / Create account / Log in, the main-menu sidebar with the Wikinews links, Article/Opinions and Read/View source/View
 * history tabs, "From Wikinews, the free news source you can write!", the dateline paragraph, the "Related news", "Share this
 * story" and sister-project boxes floated right, the article, the "Sources" section, the archive notice, the category bar and
 * the Wikimedia footer). The Quora page is in pages-heldout22-f2.ts.
 */
const wnTitle = 'Island ferry operator begins trials of hydrogen-powered passenger vessel in Orkney';
const wnDate = 'Tuesday, April 15, 2025';
const wnBody = [
  'On Monday, North Isles Ferries began sea trials of the <i>Skerry Dawn</i>, a 24-metre passenger vessel powered by hydrogen ' +
    'fuel cells, on the route between Kirkwall and the island of Shapinsay in <a href="/wiki/Orkney" title="Orkney">Orkney</a>, ' +
    'Scotland. The company says the vessel will carry fare-paying passengers from the summer if the trials succeed.',
  'The vessel carries up to 90 passengers but no vehicles. Its two fuel cells produce electricity for the electric motors, and ' +
    'a battery bank stores energy for manoeuvring in harbour. The hydrogen is produced on the island of Eday with electricity ' +
    'from local wind turbines and tidal generators, then shipped to Kirkwall in pressurised containers.',
  "Speaking to reporters at the pier, the company's operations director, Fiona Rendall, said the first week of trials would " +
    'test the vessel at low speed inside the harbour before it moved to the open crossing. "We want to see how the fuel cells ' +
    'behave in a real swell and in cold air, not just in a test tank," she said.',
  'The project has cost £11.2 million, of which £7.5 million came from a government fund for zero-emission shipping. Some ' +
    'islanders have questioned the cost. Local councillor Magnus Isbister said the money could have paid for two conventional ' +
    'ferries, and that island residents needed more reliable sailings rather than new technology.',
  'Ferry links are a long-running concern in the islands. Several of the council-owned ferries serving the smaller ' +
    'islands are more than 30 years old, and breakdowns last winter left some communities without a sailing for up to four ' +
    'days. Mr Isbister said islanders would judge the trial "on whether the boat turns up, not on what it runs on".',
  'The company expects to decide on a permanent service by the end of August. If the trials succeed, it plans to convert two ' +
    'of its larger vehicle ferries to hydrogen by 2030.',
];
const wnSources = [
  'Fiona Rendall. "Skerry Dawn begins sea trials" — North Isles Ferries, April 14, 2025',
  'Ewan Flett. "Hydrogen ferry trial starts amid cost questions" — The Orcadian Courier, April 14, 2025',
  '"Zero-emission shipping fund: projects awarded" — Maritime Transport Agency, November 2, 2023',
];
const wnRelated = ['Scottish island gets first tidal-powered electric bus service', 'Norwegian hydrogen ferry completes first winter season'];
const wnShare = ['Facebook', 'X', 'Reddit', 'LinkedIn', 'Email'];
const wnMenu = ['Main page', 'Help', 'Random article', 'Write an article', 'Newsroom', 'Water cooler', 'Recent changes'];
const wnCats = ['April 15, 2025', 'Scotland', 'United Kingdom', 'Europe', 'Transport', 'Environment', 'Published', 'Archived'];
const wnFoot = ['Privacy policy', 'About Wikinews', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wnArchive =
  'This page is archived, and is no longer publicly editable. Articles on Wikinews reflect the time at which they were written ' +
  'and published, and are not updated afterwards.';
const wnShareLinks = wnShare.map((t) => `<li><a class="external text" rel="nofollow" href="https://share.example/${t.toLowerCase()}">${t}</a></li>`).join('');
const wnSourceList = wnSources
  .map((s) => s.replace(/"(.+)"/, '"<a class="external text" rel="nofollow" href="https://news.example/a">$1</a>"'))
  .map((s) => `<li><span class="sourceTemplate">${s}</span></li>`)
  .join('\n');
const wnHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-not-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wnTitle} - Wikinews, the free news source</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"${wnTitle.replace(/ /g, '_')}","wgTitle":"${wnTitle}","wgIsArticle":true,"wgAction":"view",
"wgCategories":${JSON.stringify(wnCats)}};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta property="og:title" content="${wnTitle} - Wikinews, the free news source"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Island_ferry
 rootpage-Island_ferry
 skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<label class="vector-dropdown-label cdx-button" aria-label="Main menu"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div><button
 class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(wnMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Wikinews</strong>
<span class="mw-logo-tagline">The free news source</span></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box"><a
 href="/wiki/Special:Search"
 class="cdx-button cdx-button--fake-button cdx-button--weight-quiet search-toggle" title="Search Wikinews [f]" accesskey="f"><span>Search</span></a>
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
 name="search" placeholder="Search Wikinews" aria-label="Search Wikinews"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-sitesupport-2" class="mw-list-item">
<a href="https://donate.wikimedia.example/"><span>Donate</span></a></li><li id="pt-createaccount-2" class="mw-list-item"><a
 href="/w/index.php?title=Special:CreateAccount"
 title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create account</span></a></li>
<li id="pt-login-2" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin"
 accesskey="o"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span
 class="mw-page-title-main">${wnTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul>
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="#"><span>Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Comments:Island_ferry" rel="discussion"><span>Opinions</span></a></li></ul></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="#">
<span>Read</span></a></li><li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="#"><span>View source</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="#"><span>View history</span></a></li></ul></nav>
<div class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"><span
 class="vector-dropdown-label-text">Tools</span></label></div></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div id="siteSub" class="noprint">From Wikinews, the free
 news source you can write!</div><div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
 lang="en" dir="ltr">
<p><strong class="published"><span id="publishDate" class="value-title" title="2025-04-15"></span>${wnDate}</strong>&#160;</p>
<div class="infobox noprint" style="float:right; clear:right; width:250px; margin:0 0 1em 1em; border:1px solid #aaa;">
<div class="infobox-title" style="background:#cedff2; font-weight:bold; text-align:center">Related news</div><ul>${links(wnRelated)}</ul></div>
<div class="infobox noprint sharethis" style="float:right; clear:right; width:250px; margin:0 0 1em 1em;"><div
 class="infobox-title"><b>Share this story</b></div>
<ul class="share-links">${wnShareLinks}</ul></div>
<div class="noprint" style="float:right; clear:right; width:250px; border:1px solid #aaa; margin:0 0 1em 1em;"><span class="sisterproject">
<a href="https://en.wikipedia.example/wiki/Fuel_cell" title="w:Fuel cell"><img alt="" src="/static/images/wikipedia-logo.png" width="40" height="40"></a>
<b>Wikipedia</b> has more about this subject: <b><a class="extiw" href="https://en.wikipedia.example/wiki/Fuel_cell">Fuel cell</a></b></span></div>
${wnBody.map((p) => `<p>${p}</p>`).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="Sources">Sources</h2></div>
<ul>${wnSourceList}</ul>
<div class="archived-notice"
 style="border:1px solid #aaa; background:#f0f0ff; padding:4px; clear:both"><b>${wnArchive.slice(0, 57)}</b>${wnArchive.slice(57)}</div>
</div><noscript><img src="https://en.wikinews.example/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1"
 style="border: none;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "https://en.wikinews.example/w/index.php?title=Island_ferry&amp;oldid=4877210"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
 href="/wiki/Special:Categories">Categories</a>:
<ul>${links(wnCats)}</ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
 id="footer-info-lastmod"> This page was last edited on 17 April 2025, at 09:12.</li>
<li id="footer-info-copyright">Text is available under the <a class="external" rel="nofollow"
 href="https://creativecommons.org/licenses/by/2.5/">Creative Commons Attribution
 2.5 License</a>; additional terms may apply.</li></ul><ul id="footer-places">${links(wnFoot)}</ul></footer></div></div></body></html>`;
const wikinews: TestPage = {
  html: wnHtml,
  name: 'heldout22-wikinews-article',
  kind: 'news',
  // the six paragraphs are the article: body; the dateline paragraph ("Tuesday, April 15, 2025") is the byline (Wikinews
  // names no author), and the footer's "last edited" line a dateline too; "Sources" with its list, the Related news,
  // Share this story and Wikipedia boxes, "From Wikinews, the free news source you can write!", the archive notice, the
  // "Retrieved from" print footer, the category bar (its first category is the dateline's date in another form: kept),
  // tabs, header, main menu and footer are furniture; the share link "X" is a lone letter: left out
  title: wnTitle,
  headings: [],
  body: texts(wnBody),
  bylines: [wnDate, 'This page was last edited on 17 April 2025, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wnMenu, 'Wikinews', 'The free news source', 'Search', 'Donate',
    'Create account', 'Log in', 'Article', 'Opinions', 'Read', 'View source', 'View history', 'Tools', 'From Wikinews, the free news source you can write!',
    'Related news', ...wnRelated, 'Share this story', ...wnShare.filter((t) => t !== 'X'), 'Wikipedia has more about this subject: Fuel cell', 'Sources',
    ...wnSources, wnArchive, 'Retrieved from "https://en.wikinews.example/w/index.php?title=Island_ferry&oldid=4877210"', 'Categories', ...wnCats,
    'Text is available under the Creative Commons Attribution 2.5 License; additional terms may apply.', ...wnFoot,
  ],
};

export const HELDOUT22_F: readonly TestPage[] = [wikinews, quoraQuestion];
