import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file b2: a dictionary entry on a MediaWiki wiki with the Vector 2022 skin (Jump to content, the main menu,
 * search, the personal tools, the sticky "Contents" sidebar that repeats the headings, the page tabs, "From Wordhoard, the free
 * dictionary", a site notice, edit section links, a collapsible translations table with its gloss bar, categories and the footer
 * with the "last edited" line).
 */
const wTitle = 'cobblewick';
const wEty = [
  j(
    'From Middle English <i>cobel-weke</i>, from <i>cobel</i> (“rounded stone, lump”) + <i>weke</i> (“wick”), perhaps from the',
    'habit of weighting the rush with a small pebble while it was dipped. First recorded in a 1612 household inventory from Garsby,',
    'Cumberland.',
  ),
];
const wPron = ['(Received Pronunciation) IPA: /ˈkɒb.əl.wɪk/', '(Northern England) IPA: /ˈkʊb.əl.wɪk/', 'Rhymes: -ɪk', 'Hyphenation: cob‧ble‧wick'];
const wHead = ['<strong class="Latn headword" lang="en">cobblewick</strong> (<i>plural</i> <b>cobblewicks</b>)'];
const wDefs = [
  '(chiefly Northern England, dialectal, historical) A cheap candle made from a peeled rush dipped several times in mutton fat.',
  '(by extension, dialectal) A thin, pale person, especially one who looks as if a draught would put them out.',
  '(figuratively) A small comfort or hope that lasts only a short time.',
];
const wUsage = [
  j(
    'In Cumbrian and Northumbrian speech the word survives mainly in sense 2, often as a mild insult between friends. Sense 1 is now',
    'met chiefly in local history writing and museum labels, where it is sometimes confused with the cheaper "farthing dip".',
  ),
];
const wTr = [
  'Danish: kuglevæge <i>c</i>',
  'Dutch: biezenkaars <i>f</i>',
  'French: chandelle de jonc <i>f</i>',
  'German: Binsenlicht <i>n</i>',
  'Icelandic: sefkerti <i>n</i>',
  'Welsh: cannwyll frwyn <i>f</i>',
];
const wDer = ['cobblewicker', 'cobblewick-thin', 'burn like a cobblewick'];
const wMenu = ['Main Page', 'Community portal', 'Recent changes', 'Random entry', 'Help', 'Donations'];
const wCats = ['English terms inherited from Middle English', 'English lemmas', 'English countable nouns', 'Northern English'];
const wFoot = ['Privacy policy', 'About Wordhoard', 'Disclaimers', 'Code of Conduct', 'Mobile view'];
const editLink = (s: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=cobblewick&amp;action=edit&amp;section=${s}"
title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const h = (lvl: number, id: string, text: string, s: string): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${id}">${text}</h${lvl}>${editLink(s)}</div>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>cobblewick - Wordhoard, the free dictionary</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"cobblewick","wgTitle":"cobblewick","wgNamespaceNumber":0,"wgAction":"view","wgIsArticle":true,"wgContentLanguage":"en"};
RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js","ext.gadget.TranslationAdder"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.19"><meta name="viewport" content="width=1120"><link rel="canonical"
href="https://en.wordhoard.example/wiki/cobblewick">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"cobblewick","dateModified":"2026-03-04T11:02:00Z"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-cobblewick
rootpage-cobblewick skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown"><label class="vector-dropdown-label" aria-label="Main menu"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${links(wMenu, 'mw-list-item')}</ul></div></div></div></nav>
<a href="/wiki/Wordhoard:Main_Page" class="mw-logo"><span class="mw-logo-container">Wordhoard</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/w/index.php"
id="searchform"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wordhoard" aria-label="Search Wordhoard"
accesskey="f" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-createaccount" class="mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc"
class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#English"><div class="vector-toc-text"><span
class="vector-toc-numb">1</span><span>English</span></div></a></li></ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list"><li
id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/cobblewick" title="View the content page">Entry</a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Talk:cobblewick&amp;action=edit&amp;redlink=1">Discussion</a></li></ul>
</nav><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="/wiki/cobblewick">Read</a></li>
<li id="ca-edit" class="mw-list-item"><a href="/w/index.php?title=cobblewick&amp;action=edit">Edit</a></li><li id="ca-history" class="mw-list-item"><a
href="/w/index.php?title=cobblewick&amp;action=history">View history</a></li></ul></nav>
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">Tools</span></label></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content"><div id="siteSub" class="noprint">From Wordhoard, the free dictionary</div></div>
<div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>Wordhoard's spring editathon on regional words
runs until 30 April. <a href="/wiki/Wordhoard:Editathon">Join in</a>.</p></div></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${h(2, 'English', 'English', '1')}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Rushlight_holder.jpg" class="mw-file-description"><img
src="//upload.wordhoard.example/thumb/Rushlight_holder.jpg/220px-Rushlight_holder.jpg" class="mw-file-element" width="220" height="293"></a>
<figcaption>A cobblewick in an iron holder, Garsby folk museum</figcaption></figure>
${h(3, 'Etymology', 'Etymology', '2')}
${ps(wEty)}
${h(3, 'Pronunciation', 'Pronunciation', '3')}
<ul>${lis(wPron)}</ul>
${h(3, 'Noun', 'Noun', '4')}
<p><span class="headword-line">${wHead[0] ?? ''}</span></p>
<ol>${lis(wDefs)}</ol>
${h(4, 'Usage_notes', 'Usage notes', '5')}
${ps(wUsage)}
${h(4, 'Derived_terms', 'Derived terms', '6')}
<div class="div-col"><ul>${wDer.map((d) => `<li><span class="Latn" lang="en"><a href="/wiki/${d.replace(/ /g, '_')}">${d}</a></span></li>`).join('\n')}
</ul></div>
${h(4, 'Translations', 'Translations', '7')}
<div class="NavFrame" id="Translations-rush_candle"><div class="NavHead" style="text-align:left">small rush candle
<span class="NavToggle">[show ▼]</span></div>
<div class="NavContent"><table class="translations" role="presentation" style="width:100%;"><tbody><tr><td class="translations-cell multicolumn-list"
style="background-color:#ffffe0;vertical-align:top;width:48%;text-align:left;"><ul>
${lis(wTr)}
</ul></td></tr></tbody></table></div></div>
</div><noscript><img src="https://login.wordhoard.example/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1"></noscript></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(wCats)}</ul></div></div></div></main></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4 March 2026, at
11:02.</li>
<li id="footer-info-copyright">Definitions and other text are available under the Creative Commons Attribution-ShareAlike License; additional terms may
apply.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":212,"wgHostname":"mw-web.codfw.main-7c9"});});</script></body></html>`;
export const wikiEntry: TestPage = {
  name: 'heldout327-mediawiki-vector2022-entry-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: ['English', 'Etymology', 'Pronunciation', 'Noun', 'Usage notes', 'Derived terms', 'Translations'],
  body: texts([...wEty, ...wPron, ...wHead, ...wDefs, ...wUsage, ...wDer, ...wTr]),
  bylines: ['This page was last edited on 4 March 2026, at 11:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...wMenu, 'Wordhoard', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', 'Entry', 'Discussion',
    'Read', 'Edit', 'edit', 'View history', 'Tools', 'From Wordhoard, the free dictionary',
    "Wordhoard's spring editathon on regional words runs until 30 April. Join in.",
    'A cobblewick in an iron holder, Garsby folk museum', 'small rush candle', '[show ▼]', 'Categories', ...wCats,
    'Definitions and other text are available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...wFoot,
  ],
};
