import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout475-kit.js';

/**
 * Held-out batch 475, file f: a curated feature page of a Spotlight (Blacklight) digital exhibit with the exhibit masthead,
 * a sidebar of features and item blocks with captions, and a library wiki's citation style page on MediaWiki (Vector 2022)
 * with its contents sidebar, edit links, categories and "last edited" footer.
 */
const xSite = 'Salt and Iron: The Marrow Coast Shipyards';
const xTitle = 'The Launch Ways';
const xBody = [
  j(
    "A launch was the one day in a ship's life when the whole town came to the yard. Schools closed at noon, the brass band played",
    'on the slipway and families brought picnics to the sea wall to watch the hull slide into the water.',
  ),
  j(
    "The photographs in this feature come from the Renn collection, given to the library in 1988 by the grandson of the yard's",
    'last manager. They show eleven launches between 1904 and 1931, most of them trawlers and coasters built for owners along',
    'the Marrow Coast.',
  ),
  'Building the ways',
  j(
    'Before a launch the yard laid two long timber tracks, the ground ways, down the slipway to the water. A second pair, the',
    'sliding ways, was built under the hull and greased with tallow and soft soap. When the last wedges were knocked out, the',
    'hull rode down on the sliding ways and the tallow smoked from the heat.',
  ),
  j(
    "The plans in the collection show that the slipway at Renn's yard was too short for ships longer than 180 feet. For larger",
    'hulls the yard dug a channel into the slipway end and held the ship back with drag chains so that it would not cross',
    'the narrow harbour and strike the opposite quay.',
  ),
  'Naming and bottles',
  j(
    "The ship was named by a sponsor, usually the owner's wife or daughter, who broke a bottle on the bow. Yard records list the",
    'sponsors, and in two cases the bottle failed to break, which the workers took as a bad omen. One of these ships, the',
    '<em>Callie Dunmore</em>, was lost off Skerrow Head in 1926.',
  ),
];
const xCaps = ['Launch of the Ellen Harrow, 1911', 'Plan of the slipway and ground ways, about 1908', "Sponsors' party on the launch platform, 1924"];
const xFeatures = ['The Yard at Work', xTitle, 'Men of the Moulding Loft', 'Last Ships'];
const xBlock = (id: string, cap: string, side: string, text: string): string => `<div class="content-block items-block row d-block clearfix">
<div class="items-col spotlight-flexbox float-${side} col-md-6"><div class="box" data-id="${id}"><div class="contents"><a
href="/spotlight/salt-and-iron/catalog/${id}"><img class="img-thumbnail" src="/images/${id}/full/!400,400/0/default.jpg" alt=""></a>
<div class="caption">${cap}</div></div></div></div><div class="text-col col-md-6 mw-100 w-auto">${text}</div></div>`;
const xHtml = `<!DOCTYPE html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1,
shrink-to-fit=no">
<title>${xTitle} | ${xSite} | Corvale University Library Exhibits</title><meta name="csrf-param" content="authenticity_token"><meta name="csrf-token"
content="Zm9v">
<meta name="twitter:card" content="summary_large_image"><meta property="og:title" content="${xTitle}"><meta property="og:site_name" content="${xSite}">
<link rel="stylesheet" href="/assets/application-f3a9.css" media="all" data-turbolinks-track="reload"><script src="/assets/application-81c2.js"
data-turbolinks-track="reload"></script><script src="https://www.googletagmanager.com/gtag/js?id=G-CORV" async></script></head>
<body class="blacklight-spotlight-pages blacklight-spotlight-pages-show"><div id="skip-link"><a class="element-invisible element-focusable rounded-bottom py-2
px-3"
data-turbolinks="false" href="#search_field">Skip to search</a><a class="element-invisible element-focusable rounded-bottom py-2 px-3" data-turbolinks="false"
href="#main-container">Skip to main content</a></div>
<header class="lang-en"><nav class="navbar navbar-expand-md navbar-dark bg-dark topbar" role="navigation" aria-label="Utilities"><div class="container">
<a class="navbar-brand" href="/">Corvale University Library Exhibits</a><div class="collapse navbar-collapse justify-content-md-end" id="user-util-collapse">
<ul class="navbar-nav mr-auto mr-md-0"><li class="nav-item"><a class="nav-link" href="/spotlight">Home</a></li><li class="nav-item"><a class="nav-link"
href="/users/sign_in">Sign in</a></li></ul></div></div></nav>
<div class="masthead image-masthead"><span class="background-container" style="background-image: url('/uploads/spotlight/masthead/11/full.jpg')"></span>
<span class="background-container-gradient"></span><div class="navbar navbar-light"><div class="container site-title-wrapper"><div class="site-title-container">
<h1 class="site-title h2">${xSite}</h1><small class="py-2 fs-4">Photographs and plans from the Renn shipyard collection</small></div></div></div>
<div id="exhibit-navbar" class="exhibit-navbar navbar navbar-light navbar-expand-md" role="navigation" aria-label="Exhibit navigation"><div class="container
flex-column flex-md-row"><ul class="navbar-nav mr-auto"><li class="nav-item"><a class="nav-link" href="/spotlight/salt-and-iron">Exhibit home</a></li>
<li class="nav-item dropdown active"><a href="#" class="nav-link dropdown-toggle" data-toggle="dropdown">Curated features</a><div class="dropdown-menu">
${xFeatures.map((t) => `<a class="dropdown-item" href="/spotlight/salt-and-iron/feature/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</div></li>
<li class="nav-item"><a class="nav-link" href="/spotlight/salt-and-iron/about/about">About</a></li></ul>
<div class="navbar-right navbar-nav exhibit-search-form mt-3 mt-md-0"><form class="search-query-form" role="search" action="/spotlight/salt-and-iron/catalog"
method="get"><label for="search_field" class="sr-only">Search in</label><select name="search_field" id="search_field" class="custom-select search-field"><option
value="all_fields">Keyword</option></select><label for="q" class="sr-only">search for</label><input placeholder="Search..." class="search-q q form-control"
type="search" name="q" id="q"><button type="submit" class="btn btn-primary search-btn" id="search"><span
class="submit-search-text">Search</span></button></form></div>
</div></div></div></header>
<div id="main-container" class="container" role="main" aria-label="Main content"><div class="row"><div class="col-md-12"><nav aria-label="breadcrumb"><ol
class="breadcrumb"><li class="breadcrumb-item"><a href="/spotlight/salt-and-iron">Home</a></li><li class="breadcrumb-item active"
aria-current="page">${xTitle}</li></ol></nav></div></div>
<div class="row"><div id="sidebar" class="col-md-3 order-last order-md-first"><nav class="sidenav" aria-label="Curated features"><h2 class="nav-heading
h4">Curated
features</h2><ol class="nav flex-column">${links(xFeatures, 'nav-item')}</ol></nav></div>
<div id="content" class="col-md-9"><div class="page-title-container"><h1 class="page-title">${xTitle}</h1></div><div class="clearfix">
${xBlock('rn-0412', xCaps[0] ?? '', 'right', ps(xBody.slice(0, 2)))}
<div class="content-block heading-block"><h2>${xBody[2]}</h2></div>
${xBlock('rn-0077', xCaps[1] ?? '', 'left', ps(xBody.slice(3, 5)))}
<div class="content-block heading-block"><h2>${xBody[5]}</h2></div>
${xBlock('rn-0530', xCaps[2] ?? '', 'right', ps([xBody[6] ?? '']))}
</div></div></div></div>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-12"><p>Corvale University Library · Special Collections and Archives</p>
<p><a href="https://library.corvale.example/accessibility">Accessibility</a> · <a href="https://library.corvale.example/contact">Contact us</a> · <a
href="https://library.corvale.example/permissions">Permissions and reproductions</a></p></div></div></div></footer></body></html>`;
const spotlight: TestPage = {
  name: 'heldout475-spotlight-exhibit-feature',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [xBody[2] ?? '', xBody[5] ?? ''],
  body: texts(xBody.filter((_, i) => i !== 2 && i !== 5)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to search', 'Skip to main content', 'Corvale University Library Exhibits', 'Home', 'Sign in', xSite,
    'Photographs and plans from the Renn shipyard collection', 'Exhibit home', 'Curated features', ...xFeatures.filter((t) => t !== xTitle), 'About',
    'Search', ...xCaps, 'Corvale University Library · Special Collections and Archives', 'Accessibility', 'Contact us', 'Permissions and reproductions',
  ],
};

const mTitle = 'Chicago style (notes and bibliography)';
const mBody = [
  j(
    'The notes and bibliography system of the <i>Chicago Manual of Style</i> is the usual choice in history, art history and',
    'theology at Harcourt. You cite a source in a numbered footnote and list all sources in a bibliography at the end. This page',
    'is the quick version the Research Desk hands out; it follows the 18th edition.',
  ),
  'Notes',
  j(
    'Put the note number after the punctuation at the end of the clause. The first time you cite a source, give the full note;',
    "after that, use a short note with the author's surname, a short title and the page.",
  ),
  '1. Ivo Strand, <i>The Salt Roads of Harcourt</i> (Harcourt University Press, 2019), 88.',
  '2. Strand, <i>Salt Roads</i>, 91.',
  j('Do not use <i>ibid.</i> unless your department asks for it; a short note is clearer and the 18th edition discourages ibid.'),
  'Bibliography',
  j(
    "Arrange entries alphabetically by surname. Invert only the first author's name. Unlike notes, bibliography entries use full",
    'stops between the parts and a hanging indent.',
  ),
  'Strand, Ivo. <i>The Salt Roads of Harcourt</i>. Harcourt University Press, 2019.',
  'Menzies, Carla, and Oren Vale. "Tithe Maps as Evidence." <i>Journal of Regional History</i> 44, no. 2 (2022): 115–38.',
  'Common problems',
  'Give the page number in every note that refers to a specific passage.',
  'Put article titles in quotation marks and book and journal titles in italics.',
  'Include a DOI or stable URL for articles found online; leave out access dates.',
];
const mTocItems = [mBody[1] ?? '', mBody[6] ?? '', mBody[10] ?? ''];
const mSide = ['Main page', 'Research Desk', 'Recent changes', 'Random page', 'Help'];
const mH2 = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Chicago_style&amp;action=edit&amp;section=1" title="Edit section:
${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Harcourt Library Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Chicago_style","wgTitle":"${mTitle}","wgCurRevisionId":5512,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator" content="MediaWiki
1.42.1">
<link rel="edit" title="Edit" href="/index.php?title=Chicago_style&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Chicago_style rootpage-Chicago_style
skin-vector-2022
action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown"><input
type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div
class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Harcourt Library Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"><input
type="search" name="search" placeholder="Search Harcourt Library Wiki" aria-label="Search Harcourt Library Wiki" id="searchInput"><input type="submit"
name="go" value="Go" class="searchButton"></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'])}
</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice"
data-nosnippet=""><p>The Research Desk moves to the ground floor of the Vale Building from 6 January.</p></div></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item
vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mTocItems
  .map(
    (
      t,
      i,
    ) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div
class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav
aria-label="Namespaces"><ul>${links(['Page', 'Discussion'])}
</ul></nav></div><div id="right-navigation"><nav aria-label="Views"><ul>${links(['Read', 'View source', 'View history'])}</ul></nav><div
id="vector-page-tools-dropdown"
class="vector-dropdown"><label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label></div></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Harcourt Library Wiki</div><div
id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${ps([mBody[0] ?? ''])}
${mH2(mBody[1] ?? '')}${ps([mBody[2] ?? ''])}
<dl><dd>${mBody[3]}</dd><dd>${mBody[4]}</dd></dl>${ps([mBody[5] ?? ''])}
${mH2(mBody[6] ?? '')}${ps([mBody[7] ?? ''])}
<dl><dd>${mBody[8]}</dd><dd>${mBody[9]}</dd></dl>
${mH2(mBody[10] ?? '')}<ul>${lis(mBody.slice(11, 14))}</ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20261012094112 --></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.harcourt.example/index.php?title=Chicago_style&amp;oldid=5512">
https://wiki.harcourt.example/index.php?title=Chicago_style&amp;oldid=5512</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Category</a>: <ul><li><a href="/wiki/Category:Citation_guides">Citation guides</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 12
October 2026,
at 09:41.</li></ul><ul id="footer-places">${links(['Privacy policy', 'About Harcourt Library Wiki', 'Disclaimers'])}</ul><ul id="footer-icons"
class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by
MediaWiki"
width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout475-mediawiki-chicago-style',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mTocItems,
  body: texts(mBody.filter((_, i) => ![1, 6, 10].includes(i))),
  bylines: ['This page was last edited on 12 October 2026, at 09:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Harcourt Library Wiki', 'Create account',
    'Log in', 'The Research Desk moves to the ground floor of the Vale Building from 6 January.', 'Contents', 'hide', '(Top)', '3', 'Discussion',
    'Read', 'View source', 'View history', 'Tools', 'edit', 'Category', 'Citation guides', 'Privacy policy',
    'About Harcourt Library Wiki', 'Disclaimers',
  ],
};

export const HELDOUT475_F: readonly TestPage[] = [spotlight, mediawiki];
