import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts } from './pages-heldout561-kit.js';

/**
 * Held-out batch 561, file e: a wiki article on relay interpreting on MediaWiki with the Vector 2022 skin (infobox, pinned
 * main menu and contents, edit links, references, categories).
 */
const mTitle = 'Relay interpreting';
const mInfo: readonly (readonly string[])[] = [
  ['Also called', 'Pivot interpreting'],
  ['Mode', 'Consecutive or simultaneous'],
  ['Languages involved', 'Three or more'],
  ['Common settings', 'Conferences, courts, deaf-blind events'],
];
const mLead = [
  j(
    '<b>Relay interpreting</b> (also <b>pivot interpreting</b>) is a form of interpreting in which a message is interpreted',
    'from the source language into a third language, the <i>pivot</i>, and then from the pivot into the target language by a',
    'second interpreter.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> It is used when no',
    'interpreter is available who works directly between the two languages.',
  ),
];
const mHistH = 'History';
const mHist = [
  j(
    'Relay was common at early multilingual conferences, where interpreters for smaller languages worked through French or',
    'English. Its use grew with the enlargement of regional assemblies, where the number of language pairs rises much faster',
    'than the number of languages: twenty languages produce 380 possible directions.',
  ),
];
const mSignH = 'In sign language interpreting';
const mSign = [
  j(
    'In sign language settings, relay usually involves a deaf interpreter working alongside a hearing interpreter. The hearing',
    'interpreter renders speech into a national sign language, and the deaf interpreter adapts it for a deaf person who uses',
    'a different sign language, home signs or tactile signing.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
];
const mRiskH = 'Risks';
const mRisks = [
  'Errors made by the first interpreter are passed on to every relay.',
  'Each step adds a delay, which can reach several seconds in simultaneous work.',
  'Jokes, wordplay and register are often lost at the pivot.',
];
const mRefH = 'References';
const mRefs = [
  'Halvorsen, Eira (2019). <i>Working through a Pivot</i>. Nordmark University Press. p. 14.',
  'Duret, Anselme (2022). "Deaf interpreters in relay teams". <i>Journal of Signed Language Practice</i>. 7 (2): 41–58.',
];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mCats = ['Interpreting modes', 'Conference interpreting'];
const mTocLi = (id: string, n: string, t: string): string => `<li id="toc-${id}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${id}"><div class="vector-toc-text"><span class="vector-toc-numb">${n}</span><span>${t}</span></div></a></li>`;
const mH2 = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Relay_interpreting&amp;action=edit&amp;section=1" title="Edit section: ${t}">
<span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-feature-toc-pinned-clientpref-1
vector-feature-limited-width-clientpref-1"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - LinguaWiki</title>
<script>document.documentElement.className="client-js vector-feature-main-menu-pinned-enabled vector-feature-toc-pinned-clientpref-1";
RLCONF={"wgPageName":"Relay_interpreting",
"wgTitle":"Relay interpreting","wgCurRevisionId":18422,"wgArticleId":2311,"wgIsArticle":true,"wgAction":"view"};
RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Relay_interpreting&amp;action=edit"><link rel="canonical"
href="https://linguawiki.example/wiki/Relay_interpreting"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Relay_interpreting
rootpage-Relay_interpreting skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown
vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label
cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container"
class="vector-unpinned-container">
</div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/resources/assets/linguawiki.png" alt="" aria-hidden="true"
height="50"
width="50"><span class="mw-logo-container"><strong class="mw-logo-wordmark">LinguaWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><a
href="/wiki/Special:Search"
class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search LinguaWiki [f]" accesskey="f"><span
class="vector-icon mw-ui-icon-search"></span>
<span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search"><form action="/index.php" id="searchform"
class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search LinguaWiki" aria-label="Search LinguaWiki" autocapitalize="sentences"
id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div
class="vector-menu-content"><ul
class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span>
</a></li></ul></div></div>
</nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-main-menu.unpin">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul
class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></nav></div></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a>
</li>${mTocLi('History', '1', mHistH)}${mTocLi('In_sign_language_interpreting', '2', mSignH)}${mTocLi('Risks', '3', mRiskH)}
${mTocLi('References', '4', mRefH)}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div
id="left-navigation">
<nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div
class="vector-menu-content"><ul
class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Relay_interpreting"
title="View the content page [c]"
accesskey="c"><span>Page</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Relay_interpreting" rel="discussion">
<span>Discussion</span>
</a></li></ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views"
class="vector-menu vector-menu-tabs mw-portlet
mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Relay_interpreting"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Relay_interpreting&amp;action=edit"
accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Relay_interpreting&amp;action=history"
accesskey="h"><span>View history</span></a></li></ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div class="mw-indicators"></div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mH2(mHistH)}${ps(mHist)}${mH2(mSignH)}${ps(mSign)}${mH2(mRiskH)}<ul>${lis(mRisks)}</ul>
${mH2(mRefH)}<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a
href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260512091401 CPU time usage: 0.041 seconds --></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://linguawiki.example/index.php?title=Relay_interpreting&amp;oldid=18422"
>https://linguawiki.example/index.php?title=Relay_interpreting&amp;oldid=18422</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 12 May 2026, at 09:14.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a
href="/wiki/LinguaWiki:Privacy_policy">Privacy policy</a>
</li><li id="footer-places-about"><a href="/wiki/LinguaWiki:About">About LinguaWiki</a></li><li id="footer-places-disclaimers"><a
href="/wiki/LinguaWiki:General_disclaimer">
Disclaimers</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout561-mediawiki-relay-interpreting',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [mHistH, mSignH, mRiskH, mRefH],
  body: [...rowTexts(mInfo), ...texts([...mLead, ...mHist, ...mSign, ...mRisks, ...mRefs])],
  bylines: ['This page was last edited on 12 May 2026, at 09:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'LinguaWiki', 'Search', 'Create account', 'Log in', 'hide', ...mMenu, 'Contents', '(Top)', 'Page', 'Discussion', 'Read',
    'Edit', 'View history', 'Categories',
    ...mCats, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About LinguaWiki', 'Disclaimers',
  ],
};

export const HELDOUT561_E: readonly TestPage[] = [mediawiki];
