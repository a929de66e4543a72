import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout653-kit.js';

/**
 * Held-out batch 653, file d: a keepers' wiki care page on MediaWiki 1.39 (legacy Vector, with infobox, maintenance box,
 * table of contents, references and categories).
 */
const mTitle = 'Hermann\u2019s tortoise';
const mLead = [
  j(
    'Hermann\u2019s tortoise (<i>Testudo hermanni</i>) is a small tortoise from southern Europe and one of the species most often kept',
    'in Britain. There are two subspecies in the hobby: the western <i>T. h. hermanni</i> and the larger eastern',
    '<i>T. h. boettgeri</i>.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
];
const mH = ['Housing', 'Outdoor pen', 'Indoor set-up', 'Diet', 'Hibernation', 'References'];
const mPen = [
  j(
    'Hermann\u2019s tortoises do best outdoors from late spring to early autumn. A pen for one adult should be at least 3 x 2 m, with',
    'walls sunk 15 cm into the ground, a sunny slope, shade from shrubs and a dry shelter or cold frame.',
  ),
];
const mIndoor = [
  j(
    'On cold days the tortoise needs a tortoise table with a basking lamp giving 30\u201335 °C under it and a UVB source. Glass',
    'vivariums are not suitable: they trap humidity and give the tortoise nowhere to go.',
  ),
];
const mDiet = [
  'Feed a varied diet of weeds and flowers, high in fibre and low in protein. Good plants include:',
  'dandelion, plantain and clover',
  'sow thistle, hawkbit and cat\u2019s ear',
  'mallow and hibiscus leaves and flowers',
  j(
    'Fruit, bread, meat and pet food should never be fed. Dust food with calcium carbonate two or three times a week.',
    '<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
];
const mHib = [
  j(
    'Healthy adults hibernate for 8\u201312 weeks. Most keepers now use a dedicated fridge held at 4\u20136 °C, since sheds and',
    'garages can freeze. Young tortoises in their first winter should hibernate for no more than 6 weeks. See',
    '<a href="/wiki/Hibernation" title="Hibernation">Hibernation</a> for weighing charts.',
  ),
];
const mRefs = ['Corran, P. (2019). <i>Mediterranean Tortoises in Captivity</i>. Fenwick Press. p. 14.', 'ShellWiki feeding survey, 2024 edition.'];
const mInfo = [
  ['Scientific name', 'Testudo hermanni'],
  ['Adult size', '15\u201320 cm'],
  ['Lifespan', '50\u201390 years'],
  ['Diet', 'Herbivore'],
  ['CITES', 'Appendix II'],
];
const mAmbox = 'This article needs more references. Please help by adding citations to reliable sources.';
const mNavSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mSec = (n: number, t: string, lvl = 2): string =>
  `<h${lvl}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Hermann%27s_tortoise&amp;action=edit&amp;section=${n}" title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span>
</span></h${lvl}>`;
const mToc = [
  [1, mH[0]],
  [1.1, mH[1]],
  [1.2, mH[2]],
  [2, mH[3]],
  [3, mH[4]],
  [4, mH[5]],
] as const;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - ShellWiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Hermann's_tortoise","wgTitle":"Hermann's tortoise","wgCurRevisionId":4821,
"wgArticleId":212,"wgIsArticle":true,"wgAction":"view","wgCategories":["Tortoises","Care sheets"]};
RLSTATE={"site.styles":"ready","user.styles":"ready","skins.vector.styles.legacy":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","mediawiki.toc",
"skins.vector.legacy.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.8"><meta name="viewport" content="width=1000"><link rel="search" type="application/opensearchdescription+xml"
href="/opensearch_desc.php" title="ShellWiki (en)">
<link rel="canonical" href="https://shellwiki.org/wiki/Hermann%27s_tortoise"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Hermann_s_tortoise rootpage-Hermann_s_tortoise skin-vector action-view
skin-vector-legacy vector-feature-language-in-header-enabled">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From ShellWiki</div><div id="contentSub"></div><div id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="plainlinks metadata ambox ambox-content" role="presentation"><tbody><tr><td class="mbox-image"><img alt=""
src="/images/thumb/b/b4/Ambox_important.svg/40px-Ambox_important.svg.png" width="40" height="40"></td>
<td class="mbox-text">${mAmbox}</td></tr></tbody></table>
<table class="infobox" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><a href="/wiki/File:Hermanni_adult.jpg" class="image"><img alt="Adult eastern Hermann's tortoise"
src="/images/thumb/3/3a/Hermanni_adult.jpg/250px-Hermanni_adult.jpg" width="250" height="188"></a></td></tr>
${mInfo
  .map(
    ([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${k === 'Scientific name' ? `<i>${v}</i>` : v}</td>
</tr>`,
  )
  .join('\n')}
</tbody></table>
${ps(mLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>
${mToc
  .map(
    ([n, t]) => `<li class="toclevel-${Number.isInteger(n) ? 1 : 2}"><a href="#${(t ?? '').replace(/ /g, '_')}"><span class="tocnumber">${n}</span>
<span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${mSec(1, mH[0] ?? '')}
${mSec(2, mH[1] ?? '', 3)}${ps(mPen)}
${mSec(3, mH[2] ?? '', 3)}${ps(mIndoor)}
${mSec(4, mH[3] ?? '')}${ps(mDiet.slice(0, 1))}<ul>${lis(mDiet.slice(1, 4))}</ul>${ps(mDiet.slice(4))}
${mSec(5, mH[4] ?? '')}${ps(mHib)}
${mSec(6, mH[5] ?? '')}<div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">\u2191</a></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div>
<!-- NewPP limit report Cached time: 20260914091211 Preprocessor visited node count: 312/1000000 -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" title="" width="1" height="1" style="border: none; position:
absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://shellwiki.org/index.php?title=Hermann%27s_tortoise&amp;oldid=4821">
https://shellwiki.org/index.php?title=Hermann%27s_tortoise&amp;oldid=4821</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Tortoises" title="Category:Tortoises">Tortoises</a></li><li><a href="/wiki/Category:Care_sheets" title="Category:Care
sheets">Care sheets</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy" aria-labelledby="p-personal-label" role="navigation"><h3
id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item">Not logged in</li><li id="pt-anontalk"
class="mw-list-item"><a href="/wiki/Special:MyTalk" title="Discussion about edits from this IP address [n]" accesskey="n"><span>Talk</span></a></li>
<li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount&amp;returnto=Hermann%27s+tortoise"><span>Create account</span>
</a></li><li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin&amp;returnto=Hermann%27s+tortoise" accesskey="o"><span>Log
in</span></a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy"
aria-labelledby="p-namespaces-label" role="navigation"><h3 id="p-namespaces-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">Namespaces</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Hermann%27s_tortoise"
title="View the content page [c]" accesskey="c"><span>Page</span></a></li><li id="ca-talk" class="new mw-list-item"><a
href="/index.php?title=Talk:Hermann%27s_tortoise&amp;action=edit&amp;redlink=1" rel="discussion" accesskey="t"><span>Discussion</span></a></li></ul></div>
</nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy"
aria-labelledby="p-views-label" role="navigation"><h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Hermann%27s_tortoise">
<span>Read</span></a></li><li id="ca-edit" class="mw-list-item"><a href="/index.php?title=Hermann%27s_tortoise&amp;action=edit" accesskey="e"><span>Edit</span>
</a></li><li id="ca-history" class="mw-list-item"><a href="/index.php?title=Hermann%27s_tortoise&amp;action=history" accesskey="h"><span>View history</span>
</a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3>Search</h3><form action="/index.php"
id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner">
<input class="vector-search-box-input" type="search" name="search" placeholder="Search ShellWiki" aria-label="Search ShellWiki" autocapitalize="sentences"
title="Search ShellWiki [f]" accesskey="f" id="searchInput"><input type="hidden" name="title" value="Special:Search">
<input class="searchButton mw-fallbackSearchButton" type="submit" name="fulltext" title="Search the pages for this text" id="mw-searchButton" value="Search">
<input class="searchButton" type="submit" name="go" title="Go to a page with this exact name if it exists" id="searchButton" value="Go"></div></form></div>
</div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation vector-menu-portal portal" aria-labelledby="p-navigation-label" role="navigation">
<h3 id="p-navigation-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Navigation</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mNavSide, 'mw-list-item')}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet mw-portlet-tb vector-menu-portal portal" aria-labelledby="p-tb-label" role="navigation"><h3 id="p-tb-label"
class="vector-menu-heading"><span class="vector-menu-heading-label">Tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 14 September 2026, at
09:12.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/ShellWiki:Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a
href="/wiki/ShellWiki:About">About ShellWiki</a></li><li id="footer-places-disclaimers"><a href="/wiki/ShellWiki:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":184});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout653-mediawiki-hermanns-tortoise',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...mLead, ...mPen, ...mIndoor, ...mDiet, ...mHib, ...mRefs]),
  bylines: ['This page was last edited on 14 September 2026, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From ShellWiki', 'Jump to navigation', 'Jump to search', mAmbox,
    ...mInfo.flat().filter((t) => t !== 'Diet' && t !== 'Testudo hermanni'), 'Contents', 'edit',
    'Categories', 'Care sheets', 'Navigation menu', 'Personal tools', 'Not logged in', 'Talk', 'Create account', 'Log in', 'Namespaces', 'Page',
    'Discussion', 'Views', 'Read', 'Edit', 'View history', 'Search', 'Navigation', ...mNavSide, 'Tools', ...mTools,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About ShellWiki', 'Disclaimers',
  ],
};

export const HELDOUT653_D: readonly TestPage[] = [mediawiki];
