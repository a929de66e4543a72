import { links, type TestPage, texts } from './page-kit.js';
import { minecraftWiki } from './pages-heldout58-b2.js';

/**
 * Held-out batch 58, file b: a local-history MediaWiki site on the Timeless skin (the header with "Not logged in" and its
 * personal-tools dropdown, the wiki-title banner, search with Search/Go buttons, the colour-bar hack divs, the Page/Discussion
 * tabs, the More dropdown, Read/Edit/History, "From Whitlow History Wiki", the old-style toggleable table of contents,
 * section headings with edit links, a gallery with captions, a Sources list, categories twice (under the text and in the
 * right rail), the left site-navigation rail with the logo, the page-tools rail, the CookieWarning bar and the footer with
 * "last edited" and "accessed" lines and the Powered by MediaWiki badge).
 */
const edit = (n: number, t: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a \
href="/index.php?title=Whitlow_Corn_Exchange&amp;action=edit&amp;section=${n}" ` +
  `title="Edit section: ${t}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const hd = (lv: number, n: number, t: string): string =>
  `<div class="mw-heading mw-heading${lv}"><h${lv} id="${t.replace(/ /g, '_')}">${t}</h${lv}>${edit(n, t)}</div>`;
const tmTitle = 'Whitlow Corn Exchange';
const tmLead = [
  'The <b>Whitlow Corn Exchange</b> is a former trading hall on the north side of the <a href="/wiki/Market_Place">Market Place</a> in Whitlow. It was ' +
    'built in 1857 to a design by the Leeds architect <a href="/wiki/Samuel_Oddie">Samuel Oddie</a> and was used for the weekly corn market until 1931. ' +
    "Since 1989 it has housed the town's library and the Whitlow Museum.",
];
const tmH = ['History', 'Before the Exchange', 'Building the Exchange', 'Later uses', 'The building today'] as const;
const tmBefore = [
  'Until the 1850s corn was sold in the open around the market cross, with farmers setting out sample bags on trestles every Thursday. A petition of ' +
    '1851, signed by 212 merchants and farmers, complained that grain was spoiled by rain in winter and that buyers were leaving for the covered ' +
    'exchange at Brackley, eight miles away.',
];
const tmBuild = [
  'The Whitlow Corn Exchange Company was formed in 1855 with a capital of £4,000 raised in £10 shares. Oddie’s design, chosen from five entries, was a ' +
    'single hall lit from above by a glazed roof, with a classical front of local sandstone facing the Market Place.',
  'The foundation stone was laid by the lord of the manor, <a href="/wiki/Henry_Carrow">Henry Carrow</a>, on 3 May 1856, and the hall opened on ' +
    '12 November 1857 with a dinner for 300 guests. The <i>Whitlow Advertiser</i> reported that the roof “let in so much light that the samples could ' +
    'be judged as well as in the open field”.',
];
const tmLater = [
  'As the corn trade declined the hall was let more and more often for other purposes. It was used for concerts, auctions and roller skating in the ' +
    '1880s, as a drill hall during the First World War and as a cinema, the Exchange Picture House, from 1931 to 1962.',
  'The building then stood empty for many years. Plans to demolish it for a supermarket were dropped after a public inquiry in 1974, and the council ' +
    'bought it in 1985 for a nominal sum.',
];
const tmToday = [
  'The conversion, by the county architect’s department, kept the open hall and its roof but inserted a mezzanine for the library’s reference ' +
    'collection. The museum occupies the former merchants’ offices along the east side. Features worth looking for include:',
];
const tmList = [
  'the carved wheatsheaf and sickle above the main door',
  'the original cast-iron roof trusses, made at the Carrow Foundry in 1857',
  'the merchants’ numbered stands, still painted on the floor beneath the library shelves',
  'a brass plate by the south door recording the flood of 1872, which reached 14 inches above the floor',
];
const tmCaps = ['The Exchange in about 1905, from the Market Place', 'Programme for the Exchange Picture House, 1936', 'The library mezzanine in 2019'];
const tmSources = [
  'Whitlow Corn Exchange Company, minute book 1855–1904 (Whitlow Museum, WM/CE/1)',
  'Whitlow Advertiser, 14 November 1857',
  'M. Ellery, The Buildings of Whitlow (Whitlow Civic Society, 1996), pp. 33–41',
];
const tmCats = ['Buildings', 'Market Place', 'Listed buildings', 'Entertainment'];
const tmPersonal = ['Talk', 'Contributions', 'Create account', 'Log in'];
const tmNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const tmExplore = ['Streets A–Z', 'Pubs and inns', 'Photographs', 'Oral histories', 'Ask a question'];
const tmTools = ['What links here', 'Related changes', 'Printable version', 'Permanent link', 'Page information', 'Page logs'];
const tmFoot = ['Privacy policy', 'About Whitlow History Wiki', 'Disclaimers'];
const tmCookie = 'Cookies help us deliver our services. By using our services, you agree to our use of cookies.';
const tmHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en-GB" dir="ltr"><head><meta charset="UTF-8"><title>${tmTitle} - Whitlow History Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgCanonicalNamespace":"",\
"wgPageName":"Whitlow_Corn_Exchange","wgTitle":"Whitlow Corn Exchange","wgCurRevisionId":4821,"wgRevisionId":4821,"wgArticleId":612,"wgIsArticle":true,\
"wgAction":"view","wgUserName":null,"wgCategories":["Buildings","Market Place","Listed buildings","Entertainment"],\
"wgRelevantPageName":"Whitlow_Corn_Exchange","wgCookieWarningEnabled":true};RLSTATE={"site.styles":"ready","user.styles":"ready","skins.timeless":"ready",\
"ext.CookieWarning.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","mediawiki.toc","skins.timeless.js","ext.CookieWarning"];</script>
<link rel="stylesheet" \
href="/load.php?lang=en-gb&amp;modules=ext.CookieWarning.styles%7Cmediawiki.page.gallery.styles%7Cskins.timeless&amp;only=styles&amp;skin=timeless">
<meta name="generator" content="MediaWiki 1.43.3"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, \
maximum-scale=5.0">
<link rel="search" type="application/opensearchdescription+xml" href="/rest.php/v1/search" title="Whitlow History Wiki (en-gb)"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Whitlow_Corn_Exchange rootpage-Whitlow_Corn_Exchange skin-timeless action-view \
skin--responsive"><div id="mw-wrapper"><div id="mw-header-container" class="ts-container"><div id="mw-header" class="ts-inner"><div id="user-tools"><div \
id="personal"><h2><span>Not logged in</span></h2><div id="personal-inner" class="dropdown"><div role="navigation" class="mw-portlet" id="p-personal" \
title="User menu" aria-labelledby="p-personal-label"><h3 id="p-personal-label" lang="en-GB" dir="ltr">Not logged in</h3><div class="mw-portlet-body"><ul \
lang="en-GB" dir="ltr">${links(tmPersonal, 'mw-list-item')}</ul></div></div></div></div></div>
<div id="p-logo-text" class="mw-portlet" role="banner"><a id="p-banner" class="mw-wiki-title" href="/wiki/Main_Page">Whitlow History Wiki</a></div>
<div class="mw-portlet" id="p-search"><h3 lang="en-GB" dir="ltr"><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform"><div \
id="simpleSearch"><div id="searchInput-container"><input type="search" name="search" placeholder="Search Whitlow History Wiki" aria-label="Search Whitlow \
History Wiki" autocapitalize="sentences" title="Search Whitlow History Wiki [f]" accesskey="f" id="searchInput"></div><input type="hidden" \
value="Special:Search" name="title"><input class="searchButton mw-fallbackSearchButton" type="submit" name="fulltext" title="Search the pages for this text" \
id="mw-searchButton" value="Search"><input class="searchButton" type="submit" name="go" title="Go to a page with this exact name if it exists" \
id="searchButton" value="Go"></div></form></div>
</div><div class="visualClear"></div></div>
<div id="mw-header-hack" class="color-bar"><div class="color-middle-container"><div class="color-middle"></div></div><div class="color-left"></div><div \
class="color-right"></div></div>
<div id="mw-header-nav-hack"><div class="color-bar"><div class="color-middle-container"><div class="color-middle"></div></div><div class="color-left"></div>\
<div class="color-right"></div></div></div>
<div id="menus-cover"></div>
<div id="mw-content-container" class="ts-container"><div id="mw-content-block" class="ts-inner"><div id="mw-content-wrapper"><div id="mw-content"><div \
id="content" class="mw-body" role="main"><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${tmTitle}</span></h1><div id="bodyContentOuter"><div \
id="siteSub">From Whitlow History Wiki</div>
<div id="mw-page-header-links"><div role="navigation" class="mw-portlet tools-inline" id="p-namespaces" aria-labelledby="p-namespaces-label"><h3 \
id="p-namespaces-label" lang="en-GB" dir="ltr">Namespaces</h3><div class="mw-portlet-body"><ul lang="en-GB" dir="ltr"><li id="ca-nstab-main" class="selected \
mw-list-item"><a href="/wiki/Whitlow_Corn_Exchange" title="View the content page [c]" accesskey="c"><span>Page</span></a></li><li id="ca-talk" class="new \
mw-list-item"><a href="/index.php?title=Talk:Whitlow_Corn_Exchange&amp;action=edit&amp;redlink=1" rel="discussion" class="new" title="Discussion about the \
content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li></ul></div></div>
<div role="navigation" class="mw-portlet tools-inline" id="p-more" aria-labelledby="p-more-label"><h3 id="p-more-label" lang="en-GB" dir="ltr">More</h3><div \
class="mw-portlet-body"><ul lang="en-GB" dir="ltr"><li id="ca-more" class="dropdown-toggle mw-list-item"><span>More</span></li><li id="ca-languages" \
class="dropdown-toggle mw-list-item"><span>Languages</span></li></ul></div></div>
<div role="navigation" class="mw-portlet tools-inline" id="p-views" aria-labelledby="p-views-label"><h3 id="p-views-label" lang="en-GB" dir="ltr">Page \
actions</h3><div class="mw-portlet-body"><ul lang="en-GB" dir="ltr"><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Whitlow_Corn_Exchange"><span>\
Read</span></a></li><li id="ca-edit" class="mw-list-item"><a href="/index.php?title=Whitlow_Corn_Exchange&amp;action=edit" title="Edit this page [e]" \
accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="mw-list-item"><a href="/index.php?title=Whitlow_Corn_Exchange&amp;action=history" \
title="Past revisions of this page [h]" accesskey="h"><span>History</span></a></li></ul></div></div></div>
<div class="visualClear"></div><div id="bodyContent"><div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" \
class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en-GB" dir="ltr">
<figure class="mw-default-size mw-halign-right" typeof="mw:File/Thumb"><a href="/wiki/File:Corn_Exchange_c1905.jpg" class="mw-file-description"><img \
src="/images/thumb/3/3e/Corn_Exchange_c1905.jpg/300px-Corn_Exchange_c1905.jpg" decoding="async" width="300" height="196" class="mw-file-element"></a>\
<figcaption>${tmCaps[0]}</figcaption></figure>
${tmLead.map((p) => `<p>${p}\n</p>`).join('')}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" \
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en-GB" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">\
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul><li class="toclevel-1 tocsection-1"><a href="#History"><span class="tocnumber">1</span> <span class="toctext">History</span></a><ul><li class="toclevel-2 \
tocsection-2"><a href="#Before_the_Exchange"><span class="tocnumber">1.1</span> <span class="toctext">Before the Exchange</span></a></li><li class="toclevel-2 \
tocsection-3"><a href="#Building_the_Exchange"><span class="tocnumber">1.2</span> <span class="toctext">Building the Exchange</span></a></li><li \
class="toclevel-2 tocsection-4"><a href="#Later_uses"><span class="tocnumber">1.3</span> <span class="toctext">Later uses</span></a></li></ul></li>
<li class="toclevel-1 tocsection-5"><a href="#The_building_today"><span class="tocnumber">2</span> <span class="toctext">The building today</span></a></li><li \
class="toclevel-1 tocsection-6"><a href="#Gallery"><span class="tocnumber">3</span> <span class="toctext">Gallery</span></a></li><li class="toclevel-1 \
tocsection-7"><a href="#Sources"><span class="tocnumber">4</span> <span class="toctext">Sources</span></a></li></ul></div>
${hd(2, 1, tmH[0])}
${hd(3, 2, tmH[1])}
${tmBefore.map((p) => `<p>${p}\n</p>`).join('')}
${hd(3, 3, tmH[2])}
${tmBuild.map((p) => `<p>${p}\n</p>`).join('')}
${hd(3, 4, tmH[3])}
${tmLater.map((p) => `<p>${p}\n</p>`).join('')}
${hd(2, 5, tmH[4])}
${tmToday.map((p) => `<p>${p}\n</p>`).join('')}
<ul>${tmList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hd(2, 6, 'Gallery')}
<ul class="gallery mw-gallery-traditional">${tmCaps
  .slice(1)
  .map(
    (c, i) =>
      `<li class="gallerybox" style="width: 155px"><div class="thumb" style="width: 150px; height: 150px;"><span typeof="mw:File"><a \
href="/wiki/File:CE_${i + 2}.jpg" class="mw-file-description"><img src="/images/thumb/CE_${i + 2}.jpg/120px-CE_${i + 2}.jpg" decoding="async" loading="lazy" \
width="120" height="90" class="mw-file-element"></a></span></div><div class="gallerytext">${c}</div></li>`,
  )
  .join('\n')}</ul>
${hd(2, 7, 'Sources')}
<ul>${tmSources.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<!-- NewPP limit report Cached time: 20260114210744 Cache expiry: 86400 Reduced expiry: false Complications: [show‐toc] CPU time usage: 0.031 seconds -->
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" \
href="https://wiki.whitlowhistory.org.uk/index.php?title=Whitlow_Corn_Exchange&amp;oldid=4821">\
https://wiki.whitlowhistory.org.uk/index.php?title=Whitlow_Corn_Exchange&amp;oldid=4821</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" \
title="Special:Categories">Categories</a>: <ul>${links(tmCats)}</ul></div></div></div></div></div></div>
<div id="content-bottom-stuff"></div></div>
<div id="mw-site-navigation"><div id="p-logo" class="mw-portlet" role="banner"><a class="mw-wiki-logo timeless-logo" href="/wiki/Main_Page" title="Visit the \
main page"><img src="/resources/assets/whitlow-crest.png" alt="Whitlow History Wiki" width="135" height="135"></a></div>
<div id="site-navigation" class="sidebar-chunk"><h2><span>Navigation</span></h2><div class="sidebar-inner"><div role="navigation" class="mw-portlet" \
id="p-navigation" aria-labelledby="p-navigation-label"><h3 id="p-navigation-label" lang="en-GB" dir="ltr">Navigation</h3><div class="mw-portlet-body"><ul \
lang="en-GB" dir="ltr">${links(tmNav, 'mw-list-item')}</ul></div></div>
<div role="navigation" class="mw-portlet" id="p-Explore_the_wiki" aria-labelledby="p-Explore_the_wiki-label"><h3 id="p-Explore_the_wiki-label" lang="en-GB" \
dir="ltr">Explore the wiki</h3><div class="mw-portlet-body"><ul lang="en-GB" dir="ltr">${links(tmExplore, 'mw-list-item')}</ul></div></div></div></div></div>
<div id="mw-related-navigation"><div id="page-tools" class="sidebar-chunk"><h2><span>Page tools</span></h2><div class="sidebar-inner"><div role="navigation" \
class="mw-portlet emptyPortlet" id="p-cactions" title="More options" aria-labelledby="p-cactions-label"><h3 id="p-cactions-label" lang="en-GB" dir="ltr">Page \
tools</h3><div class="mw-portlet-body"><ul lang="en-GB" dir="ltr"></ul></div></div>
<div role="navigation" class="mw-portlet" id="p-tb" aria-labelledby="p-tb-label"><h3 id="p-tb-label" lang="en-GB" dir="ltr">Wiki tools</h3><div \
class="mw-portlet-body"><ul lang="en-GB" dir="ltr"><li id="t-specialpages" class="mw-list-item"><a href="/wiki/Special:SpecialPages" title="A list of all \
special pages [q]" accesskey="q">Special pages</a></li></ul></div></div>
<div role="navigation" class="mw-portlet" id="p-pagemisc" aria-labelledby="p-pagemisc-label"><h3 id="p-pagemisc-label" lang="en-GB" dir="ltr">Page tools</h3>\
<div class="mw-portlet-body"><ul lang="en-GB" dir="ltr">${links(tmTools, 'mw-list-item')}</ul></div></div></div></div>
<div id="catlinks-sidebar" class="sidebar-chunk"><h2><span>Categories</span></h2><div class="sidebar-inner"><div role="navigation" class="mw-portlet" \
id="p-normal-catlinks" aria-labelledby="p-normal-catlinks-label"><h3 id="p-normal-catlinks-label" lang="en-GB" dir="ltr">Categories</h3><div \
class="mw-portlet-body"><ul>${links(tmCats)}</ul></div></div></div></div></div>
<div class="visualClear"></div></div></div>
<div id="mw-footer-container" class="mw-footer-container ts-container"><div id="mw-footer" class="mw-footer ts-inner" role="contentinfo" lang="en-GB" \
dir="ltr"><ul id="footer-icons"><li id="footer-poweredbyico" class="footer-icons"><a href="https://www.mediawiki.org/" class="cdx-button \
cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by \
MediaWiki" width="88" height="31" loading="lazy"></a></li></ul>
<div id="footer-list"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 14 January 2026, at 21:07.</li><li \
id="footer-info-viewcount">This page has been accessed 3,412 times.</li></ul><ul id="footer-places">${links(tmFoot)}</ul></div><div class="visualClear"></div>\
</div></div></div>
<div class="mw-cookiewarning-container"><div class="mw-cookiewarning-text"><span>${tmCookie}</span></div><form method="POST"><div class="oo-ui-widget \
oo-ui-widget-enabled oo-ui-buttonElement oo-ui-buttonElement-frameless oo-ui-labelElement oo-ui-flaggedElement-progressive oo-ui-buttonWidget"><a \
role="button" tabindex="0" href="https://wiki.whitlowhistory.org.uk/wiki/Whitlow_History_Wiki:Privacy_policy" rel="nofollow" \
class="oo-ui-buttonElement-button"><span class="oo-ui-labelElement-label">More information</span></a></div><span class="oo-ui-widget oo-ui-widget-enabled \
oo-ui-inputWidget oo-ui-buttonElement oo-ui-buttonElement-framed oo-ui-labelElement oo-ui-flaggedElement-primary oo-ui-flaggedElement-progressive \
oo-ui-buttonInputWidget"><button type="submit" tabindex="0" name="disablecookiewarning" value="OK" class="oo-ui-inputWidget-input oo-ui-buttonElement-button">\
<span class="oo-ui-labelElement-label">OK</span></button></span></form></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":96,"wgPageParseReport":{"limitreport":{"cputime":"0.031",\
"walltime":"0.040","ppvisitednodes":{"value":122,"limit":1000000},"expensivefunctioncount":{"value":0,"limit":100}}}});});</script>
</body></html>`;
const timeless: TestPage = {
  html: tmHtml,
  name: 'heldout58-mediawiki-timeless',
  kind: 'wiki',
  // body: the lead, the sections' paragraphs and the features list; headings are the article's h2/h3 ("Gallery" and "Sources"
  // are the apparatus: furniture, with the gallery captions, the lead thumbnail caption and the sources list); the TOC repeats the
  // headings (left out), its "Contents" is furniture; "This page was last edited on ..." is the page's only dateline: byline; the
  // view count, the categories (twice), the banner, menus, rails, cookie bar and footer are furniture; "History" is a heading:
  // the History tab is left out, and "Market Place" (a category) and the "More" tab are words of the body: left out (the "Go"
  // button is an input value, not text)
  title: tmTitle,
  headings: [...tmH],
  body: [...texts(tmLead), ...texts(tmBefore), ...texts(tmBuild), ...texts(tmLater), ...texts(tmToday), ...tmList],
  bylines: ['This page was last edited on 14 January 2026, at 21:07.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Not logged in', ...tmPersonal, 'Whitlow History Wiki', 'Search', 'From Whitlow History Wiki', 'Namespaces', 'Page', 'Discussion',
    'Languages', 'Page actions', 'Read', 'Edit', ...tmCaps, 'Contents', 'edit', 'Gallery', 'Sources', ...tmSources, 'Retrieved from', 'Categories',
    ...tmCats.filter((c) => c !== 'Market Place'), 'Navigation', ...tmNav, 'Explore the wiki', ...tmExplore, 'Page tools', 'Wiki tools', 'Special pages',
    ...tmTools, 'This page has been accessed 3,412 times.', ...tmFoot, tmCookie, 'More information', 'OK',
  ],
};

export const HELDOUT58_B: readonly TestPage[] = [timeless, minecraftWiki];
