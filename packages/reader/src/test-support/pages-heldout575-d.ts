import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, rowText } from './pages-heldout575-kit.js';

/**
 * Held-out batch 575, file d: a local history wiki's page on a record shop (MediaWiki 1.41, Vector 2022 skin, with an
 * infobox, citation markers and references), and a grading guide in a mail-order vinyl dealer's Zendesk Help Center
 * (Copenhagen theme).
 */
const mTitle = 'Spindle & Groove';
const mInfo = [
  ['Type', 'Independent record shop'],
  ['Founded', '1987'],
  ['Founders', 'Raymond Okoro, Celia Dunn'],
  ['Location', '7 Weaver Row, Dunmere'],
  ['Specialty', 'Reggae, soul and second-hand jazz'],
];
const mLead = [
  j(
    '<b>Spindle &amp; Groove</b> is an independent record shop on Weaver Row in Dunmere. It opened in 1987 and is the oldest',
    'record shop still trading in the town.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
];
const mHist = [
  j(
    'The shop was opened by Raymond Okoro and Celia Dunn in a former bicycle repair workshop, selling reggae and soul imports',
    'alongside second-hand stock bought at house clearances. In its first years it also ran a small sound system that played at',
    'the Weaver Row street fair.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  j(
    'During the 2000s the shop survived by selling mainly through online marketplaces. Dunn retired in 2012 and the shop was',
    'taken over by Okoro’s niece, Adaeze Okoro, who moved it back towards in-store sales and started a monthly listening night.',
  ),
];
const mToday = [
  j(
    'The shop has taken part in Record Store Day every year since 2009. In 2025 it was named Dunmere’s business of the year',
    'by the town’s chamber of trade.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup>',
  ),
];
const mRefs = [
  '↑ "Thirty years on Weaver Row". Dunmere Gazette. 14 May 2017.',
  '↑ Pell, Harriet (2004). Street Fairs of Dunmere. Dunmere Local History Society. p. 88.',
  '↑ "Chamber of trade awards 2025". Dunmere Chamber of Trade. Retrieved 2 February 2027.',
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mCats = ['Record shops', 'Weaver Row', 'Businesses established in 1987'];
const mFoot = ['Privacy policy', 'About Dunmere Wiki', 'Disclaimers'];
const mH = (id: string, t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Spindle_%26_Groove&amp;action=edit&amp;section=1" title="Edit section: ${t}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${esc(mTitle)} - Dunmere Wiki</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";RLCONF={"wgPageName":"Spindle_\\u0026_Groove",
"wgTitle":"Spindle \\u0026 Groove","wgCurRevisionId":4410,"wgRevisionId":4410,"wgArticleId":612,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.dunmere.org.uk/wiki/Spindle_%26_Groove"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Spindle_Groove rootpage-Spindle_Groove
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Dunmere Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Dunmere Wiki" aria-label="Search Dunmere Wiki" id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item
mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${['History', 'Today', 'References']
  .map(
    (t, i) => `<li id="toc-${t}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${esc(mTitle)}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Spindle_%26_Groove" title="View the content page [c]"><span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item">
<a href="/index.php?title=Talk:Spindle_%26_Groove&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Spindle_%26_Groove"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon
mw-list-item"><a href="/index.php?title=Spindle_%26_Groove&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item">
<a href="/index.php?title=Spindle_%26_Groove&amp;action=history"><span>View history</span></a></li></ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Dunmere Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${esc(mTitle)}</th></tr>
${mInfo.map(([a, b]) => `<tr><th scope="row" class="infobox-label">${a}</th><td class="infobox-data">${b}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
${mH('History', 'History')}
${ps(mHist)}
${mH('Today', 'Today')}
${ps(mToday)}
${mH('References', 'References')}
<div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a>
</span> <span class="reference-text">${r.slice(2)}</span></li>`,
  )
  .join('\n')}
</ol></div></div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.dunmere.org.uk/index.php?title=Spindle_%26_Groove&amp;oldid=4410">
https://wiki.dunmere.org.uk/index.php?title=Spindle_%26_Groove&amp;oldid=4410</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited
on 3 March 2027, at 10:12.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy">
</a></li>
</ul></footer></div></div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout575-mediawiki-record-shop',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: ['History', 'Today', 'References'],
  body: texts([...mInfo.map(rowText), ...mLead, ...mHist, ...mToday, ...mRefs]),
  bylines: ['This page was last edited on 3 March 2027, at 10:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Dunmere Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page',
    'Discussion', 'Read', 'Edit', 'View history', 'Tools', ...mTools, 'From Dunmere Wiki', 'Categories:', 'Record shops',
    'Businesses established in 1987', ...mFoot,
  ],
};

const zTitle = 'How we grade used records';
const zLead = [
  j(
    'Every used record we sell is played through before it is listed, and graded by ear as well as by eye. We use the Goldmine',
    'scale. When we are unsure between two grades, we always choose the lower one.',
  ),
];
const zVinylH = 'Vinyl grades';
const zGrades = [
  ['Mint (M)', 'Never played, often still sealed. We almost never use this grade for used stock.'],
  ['Near Mint (NM or M-)', 'Looks and plays as new. No marks visible under a bright light.'],
  ['Very Good Plus (VG+)', 'A few light marks that do not affect play. Faint surface noise on quiet passages at most.'],
  ['Very Good (VG)', 'Visible marks and light surface noise throughout, but no skips or jumps. The music is never drowned out.'],
  ['Good (G)', 'Plays through, with constant noise and occasional clicks. Priced as a filler copy.'],
] as const;
const zSleeveH = 'Sleeves and inserts';
const zSleeve = [
  j(
    'Sleeves are graded separately, on the same scale. We note ring wear, seam splits, writing and stickers in the listing.',
    'Inserts, posters and obi strips are listed only if they are present.',
  ),
];
const zIssue = j(
  'If a record does not match its grade when it reaches you, send us a message within 14 days and we will refund it in full,',
  'including return postage.',
);
const zSide = ['Shipping costs and times', 'Packing: how your records travel', 'Returns and refunds', 'Cleaning and play-testing'];
const zRel = ['Do you ship outside the UK?', 'Can I reserve a record?'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><meta content="width=device-width, initial-scale=1.0" name="viewport">
<title>${zTitle} &ndash; Boxwood Records Help</title><meta content="Every used record we sell is played through before it is listed." name="description">
<meta property="og:type" content="website"><meta property="og:site_name" content="Boxwood Records Help">
<link rel="stylesheet" media="all" href="//static.zdassets.com/hc/assets/application-7e6a.css">
<link rel="stylesheet" media="all" href="https://boxwoodrecords.zendesk.com/hc/theming_assets/01HQ/style.css?digest=2611">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"boxwoodrecords"}; HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb">
<img src="//theme.zdassets.com/theme_assets/1/logo.png" alt="Boxwood Records Help Centre home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin"
title="Opens a dialogue" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs"><li title="Boxwood Records Help"><a href="/hc/en-gb">Boxwood Records Help</a></li><li title="Buying records">
<a href="/hc/en-gb/categories/1">Buying records</a></li><li title="Condition and grading"><a href="/hc/en-gb/sections/2">Condition and grading</a></li></ol>
</nav>
<div class="search-container"><svg class="search-icon"></svg><form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8"
method="get"><input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
</button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
<li><a href="/hc/en-gb/articles/3" class="sidenav-item current-article" aria-current="page">${zTitle}</a></li>
${zSide.map((t) => `<li><a href="/hc/en-gb/articles/4" class="sidenav-item">${t}</a></li>`).join('\n')}</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar">
<img src="https://boxwoodrecords.zendesk.com/system/photos/priya.png" alt="" class="user-avatar"></div>
<div class="article-meta"><span title="Priya Halloran">Priya Halloran</span><ul class="meta-group"><li class="meta-data"><time datetime="2026-11-02T14:10:00Z"
title="2026-11-02 14:10" data-datetime="relative">2 November 2026 14:10</time></li><li class="meta-data">Updated</li></ul></div></div>
<div class="article-subscribe"><a class="button" role="button" rel="nofollow" href="/hc/en-gb/articles/3/subscription.html">Follow</a></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zLead)}
<h2>${zVinylH}</h2><dl>${zGrades.map(([g, d]) => `<dt>${g}</dt><dd>${d}</dd>`).join('\n')}</dl>
<h2>${zSleeveH}</h2>${ps(zSleeve)}
<div class="callout"><p>${zIssue}</p></div></div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li>
<a href="https://www.facebook.com/share.php?title=x" class="share-facebook">
Facebook</a></li><li><a href="https://twitter.com/share?lang=en" class="share-twitter">X Corp</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group">
<button type="button" class="button article-vote article-vote-up" aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down"
aria-pressed="false">No</button></div><small class="article-votes-count"><span class="article-vote-label">2 out of 2 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div><div class="article-return-to-top">
<a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles></div><div class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRel, 'related-article-item')}</ul></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Boxwood Records</a><div class="footer-language-selector"></div></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.co.uk/service/help-center/" target="_blank" rel="nofollow">Powered by Zendesk</a></div></footer>
<script src="https://boxwoodrecords.zendesk.com/hc/theming_assets/01HQ/script.js?digest=2611"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout575-zendesk-grading-guide',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zVinylH, zSleeveH],
  body: texts([...zLead, ...zGrades.flat(), ...zSleeve, zIssue]),
  bylines: ['Priya Halloran', '2 November 2026 14:10', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Boxwood Records Help', 'Buying records', 'Condition and grading', 'Articles in this section',
    ...zSide, 'Follow', 'Facebook', 'X Corp', 'Was this article helpful?', 'Yes', 'No',
    '2 out of 2 found this helpful', 'Have more questions? Submit a request',
    'Return to top', 'Related articles', ...zRel, 'Boxwood Records', 'Powered by Zendesk',
  ],
};

export const HELDOUT575_D: readonly TestPage[] = [mediawiki, zendesk];
