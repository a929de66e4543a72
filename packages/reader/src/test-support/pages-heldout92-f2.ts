import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 92, file f2: an English Wikisource page in the Vector 2022 skin: a letter transcluded from the scan of an
 * invented 1879 book (the header with the main menu, the logged-out user links, the "< work" subpage link, the title bar,
 * the tabs and tools with the Download and Display options portlets, the header template with previous / next links, the
 * work title, the author and editorial notes, page-number markers in the margin, the letter itself, the public-domain
 * licence box, categories and the "last edited" footer).
 */
const wsTitle = 'Letters from the Salt Marsh/Letter III';
const wsDateline = ['Saltings Cottage, Fenwick,<br>\n14th March 1872.'];
const wsLetter = [
  'My dear Harriet,',
  'Your parcel came on Tuesday by the carrier’s cart, and I have worn the grey shawl every evening since, for the wind off the marsh finds out every ' +
    'crack in this cottage and whistles through it like a boy who has just learned how. Tell Mother that the seeds are safely stored in the dry cupboard ' +
    'and shall go into the ground as soon as the frosts are done with us, though Mr Pardew says that may not be before Lady Day.',
  'You ask what I do with my days, and I confess that I hardly know how to answer, for they are so full and yet so little happens in them. In the ' +
    'mornings I walk out along the sea bank as far as the sluice, where the old keeper, whose name is Tobias Rede, has taken it upon himself to teach me ' +
    'the names of the birds. I now know a redshank from a greenshank, which he considers a great advance, and a curlew by its cry, which he says any ' +
    'child could tell.',
  'Last week we had the highest tide that anyone in the village can remember. It came over the bank at the north end in the night and stood a foot deep ' +
    'in the lane by the chapel. I woke to hear the church bell ringing and went out with a lantern to find half the village already at work with spades ' +
    'and sacks of sand. The Widow Sallis lost all her hens, poor creatures, and the Pardews’ pig had to be carried up into the loft, where it remained, ' +
    'very ill-tempered, for two days.',
  'You will think me foolish, but I was not frightened. There is something in the way these people meet the sea, without fuss and without complaint, ' +
    'that makes fear seem a kind of bad manners. Mrs Pardew gave me tea in her kitchen afterwards with her skirts still wet to the knee, and talked of ' +
    'nothing but the price of wool.',
  'The water went back in a day, and the marsh is green again already, as if nothing had happened. Only the line of weed along the chapel wall shows ' +
    'how high it came.',
  'I must close now, for the carrier goes at noon. Give my love to Mother and to little Ned, and tell him that I have found him a gull’s feather as ' +
    'long as his arm, which I shall bring at Easter.',
  'Your loving sister,<br>\nEliza.',
];
const wsAuthor = 'by Eliza Crane Marwood';
const wsWork = 'Letters from the Salt Marsh';
const wsPrevNext = ['Letter II', 'Letter IV'];
const wsNotes =
  'These letters were written to the author’s sister from the Fenwick marshes between 1871 and 1873, and first published in 1879. Names of some ' +
  'villagers were shortened in the printed edition.';
const wsMenu = [
  'Main Page',
  'Community portal',
  'Central discussion',
  'Recent changes',
  'Subject index',
  'Authors',
  'Random work',
  'Random author',
  'Random transclusion',
  'Help',
  'Special pages',
];
const wsUser = ['Donate', 'Create account', 'Log in'];
const wsTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const wsTools = ['Tools', 'What links here', 'Related changes', 'Permanent link', 'Page information', 'Cite this page'];
const wsDownload = ['Download', 'Download EPUB', 'Download MOBI', 'Download PDF', 'Other formats'];
const wsDisplay = ['Display options', 'Layout 1', 'Layout 2', 'Layout 3'];
const wsLicence = 'This work was published before January 1, 1930, and is in the public domain worldwide because the author died at least 100 years ago.';
const wsCats = ['1879 works', 'Epistolary works', 'Works by Eliza Crane Marwood', 'Validated texts'];
const wsEdited = 'This page was last edited on 9 October 2024, at 18:22.';
const wsFootText =
  'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply. By using this site, you agree to the ' +
  'Terms of Use and Privacy Policy.';
const wsFoot = ['Privacy policy', 'About Wikisource', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wsPortlet = (id: string, h: string, items: readonly string[]): string => `<div id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}">
<div class="vector-menu-heading">${h}</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(items, 'mw-list-item')}</ul></div></div>`;
const wsPage = (n: number): string => `<span><span class="pagenum ws-pagenum" id="${n}" data-page-number="${n}"
title="Page:Letters from the Salt Marsh (1879).djvu/${n + 12}"></span></span>`;
const wsMargin = (
  n: number,
  top: number,
): string => `<div class="pagenumber noprint" style="position:absolute;left:0;top:${top}px"><span class="pagenumber-bracket">[</span>
<a href="/wiki/Page:Letters_from_the_Salt_Marsh_(1879).djvu/${n + 12}">${n}</a><span class="pagenumber-bracket">]</span></div>`;
const wsHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-not-available skin-theme-clientpref-day"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Letters from the Salt Marsh/Letter III - Wikisource, the free online library</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";RLCONF={"wgCanonicalNamespace":"","wgPageName":
"Letters_from_the_Salt_Marsh/Letter_III","wgTitle":"Letters from the Salt Marsh/Letter III","wgArticleId":4418820,"wgIsArticle":true,"wgAction":"view",
"wgUserName":null,"prpProofreadPageBookNamespaces":[0],"prpIndexTitle":"Index:Letters from the Salt Marsh (1879).djvu","wgWikibaseItemId":"Q132871004"};
RLPAGEMODULES=["ext.proofreadpage.article","ext.wikisource.download","site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.proofreadpage.base%7Cext.wikisource.download.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.44.0-wmf.16"><meta name="referrer" content="origin"><meta name="viewport" content="width=1120">
<meta property="og:title" content="Letters from the Salt Marsh/Letter III - Wikisource, the free online library"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikisource.org/wiki/Letters_from_the_Salt_Marsh/Letter_III"><link rel="license"
href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Letters from the Salt Marsh\\/Letter III",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},
"datePublished":"2024-09-30T11:04:51Z","dateModified":"2024-10-09T18:22:40Z"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
page-Letters_from_the_Salt_Marsh_Letter_III rootpage-Letters_from_the_Salt_Marsh skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header"><div
class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"
title="Main menu">
<label class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">${wsPortlet('navigation', 'Navigation', wsMenu)}
${wsPortlet('dl', wsDownload[0]!, wsDownload.slice(1))}${wsPortlet('display', wsDisplay[0]!, wsDisplay.slice(1))}</div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikisource.svg" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikisource"
src="/static/images/mobile/copyright/wikisource-wordmark-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><a href="/wiki/Special:Search" class="cdx-button
cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikisource [f]" accesskey="f"><span>Search</span></a><form action="/w/index.php"
id="searchform"
class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikisource" aria-label="Search Wikisource">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(wsUser, 'mw-list-item user-links-collapsible-item')}</ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wsTitle}</span></h1></header><div class="vector-page-toolbar"><div
class="vector-page-toolbar-container">
<div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div
class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wsTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></div></div></nav></div><div id="right-navigation"
class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(wsTabs.slice(2), 'vector-tab-noicon mw-list-item')}</ul></div></div></nav><nav class="vector-page-tools-landmark"
aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label cdx-button"
aria-hidden="true"><span class="vector-dropdown-label-text">${wsTools[0]}</span></label><div
class="vector-dropdown-content">${wsPortlet('tb', 'General', wsTools.slice(1))}
</div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators">
<div id="mw-indicator-proofreadpage_quality" class="mw-indicator"><span class="prp-page-quality-4" title="This page has been validated."><img
alt="This page has been validated."
src="/static/images/proofreadpage/validated.svg" width="66" height="10"></span></div></div><div id="siteSub" class="noprint">From Wikisource</div></div>
<div id="contentSub"><div id="mw-content-subtitle"><div class="subpages">&lt; <bdi dir="ltr"><a href="/wiki/Letters_from_the_Salt_Marsh"
title="${wsWork}">${wsWork}</a></bdi>
</div></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="wst-header ws-header ws-noexport noprint dynlayout-exempt" id="headertemplate"><div class="wst-header-mainblock header_backlinks"><div
class="wst-header-structure">
<div class="wst-header-left header_backlink"><span class="wst-header-previous">←&#160;<a
href="/wiki/Letters_from_the_Salt_Marsh/Letter_II">${wsPrevNext[0]}</a></span></div>
<div class="wst-header-central header_title"><span id="header_title_text" class="wst-header-title"><a
href="/wiki/Letters_from_the_Salt_Marsh">${wsWork}</a></span><br>
<span id="header_author_text" class="vcard wst-header-author"><span class="fn">by <a href="/wiki/Author:Eliza_Crane_Marwood">Eliza Crane
Marwood</a></span></span><br>
<span id="header_section_text" class="header_section_text wst-header-section">Letter III</span></div><div class="wst-header-right header_forelink">
<span class="wst-header-next"><a href="/wiki/Letters_from_the_Salt_Marsh/Letter_IV">${wsPrevNext[1]}</a>&#160;→</span></div></div></div>
<div class="wst-header-notes header_notes"><div class="wst-header-notes-content">${wsNotes}</div></div></div>
<div class="prp-pages-output" lang="en">${wsPage(23)}
<p style="text-align:right">${wsDateline[0]}</p>
${wsLetter
  .slice(0, 4)
  .map((p) => `<p>${p}\n</p>`)
  .join('\n')}
${wsPage(24)}
${wsLetter
  .slice(4, 8)
  .map((p) => `<p>${p}\n</p>`)
  .join('\n')}
<p style="margin-left:50%">${wsLetter[8]}</p>
</div><div class="licenseContainer licenseBanner dynlayout-exempt" style="clear:both"><table class="wst-license ws-noexport" style="width:100%"><tbody><tr><td>
<span typeof="mw:File"><img alt="Public domain" src="//upload.wikimedia.org/wikipedia/commons/thumb/6/62/PD-icon.svg/48px-PD-icon.svg.png" width="48"
height="48"></span></td>
<td><p>${wsLicence.replace('public domain', '<a href="/wiki/Help:Public_domain">public domain</a>')}</p></td></tr></tbody></table></div>
<!-- NewPP limit report Cached time: 20241009182241 Transclusion expansion time report -->
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikisource.org/w/index.php?title=Letters_from_the_Salt_Marsh/Letter_III&amp;oldid=14610277">
https://en.wikisource.org/w/index.php?title=Letters_from_the_Salt_Marsh/Letter_III&amp;oldid=14610277</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul>${links(wsCats)}</ul></div></div>
<div id="pageContainer" class="noprint" style="position:relative">${wsMargin(23, 96)}${wsMargin(24, 812)}</div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${wsEdited}</li>
<li id="footer-info-copyright">${wsFootText}</li></ul><ul id="footer-places">${links(wsFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-5b7c6d5f4-2xqkp","wgBackendResponseTime":188});});</script>
</body></html>`;

export const wikisourcePage: TestPage = {
  html: wsHtml,
  name: 'heldout92-wikisource-letter',
  kind: 'wiki',
  // the letter's own place-and-date line, salutation and closing are body (they are the text of the work); the header
  // template's author line is a byline, its previous / next links and notes furniture, its "Letter III" section line in
  // neither list; the work title (header and "< work" link) is left out, being part of the title; the margin page
  // numbers and the proofread indicator are in neither list
  title: wsTitle,
  headings: [],
  body: texts([...wsDateline, ...wsLetter]),
  bylines: [wsAuthor, wsEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...wsMenu, ...wsDownload, ...wsDisplay, 'Search', ...wsUser, ...wsTabs, ...wsTools, 'General',
    'From Wikisource',
    ...wsPrevNext, wsNotes, wsLicence, 'Retrieved from', 'Categories', ...wsCats, wsFootText, ...wsFoot,
  ],
};
