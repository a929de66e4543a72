import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout686-kit.js';

/**
 * Held-out batch 686, file f: a baking wiki's article on a regional lardy cake on MediaWiki (legacy Vector skin, infobox, table of
 * contents, references, categories).
 */
const mTitle = 'Ambleford lardy cake';
const mBody = [
  j(
    '<b>Ambleford lardy cake</b> is an enriched yeasted bread from the market town of Ambleford, made by folding lard, sugar and',
    'dried fruit into white bread dough and baking it in a square tin so that the sugar caramelises on the base.<sup id="cite_ref-1"',
    'class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'History',
  j(
    'The cake is first recorded in the accounts of the Ambleford Corn Exchange in 1841, when bakers were allowed to sell it at the',
    'Thursday market. It was baked at the end of the day in the cooling bread oven, using dough left over from the morning loaves.',
  ),
  j(
    'Sales fell after the Second World War, when lard was rationed, and by 1970 only two bakeries in the town still made it.',
    'A revival began in the 1990s after the cake was served at the reopening of the market hall.<sup id="cite_ref-2" class="reference">',
    '<a href="#cite_note-2">[2]</a></sup>',
  ),
  'Preparation',
  j(
    'Bread dough is rolled into a rectangle and spread with lard, brown sugar, currants and mixed spice, then folded in three',
    'and rolled again. The process is repeated two or three times. The dough is pressed into a greased tin, scored in a',
    'diamond pattern and left to rise before baking.',
  ),
  j(
    'Local bakers turn the cake out upside down while it is still hot so that the syrup from the base soaks back into the',
    'layers. It is eaten warm, in squares, without butter.',
  ),
  'Variations',
  'A version with chopped candied peel is sold at Christmas.',
  'Some bakeries use butter instead of lard, though purists say the result is a different cake.',
];
const mInfo = ['Type', 'Enriched bread', 'Place of origin', 'Ambleford', 'Main ingredients', 'Bread dough, lard, sugar, currants, mixed spice'];
const mRefs = ['Perrin, J. (1988). Breads of the Vale. Ambleford: Corn Exchange Press. p. 41.', '"Market hall reopens". Ambleford Courier. 4 June 1994.'];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const sec = (id: string, n: number): string =>
  `<h2><span class="mw-headline" id="${id}">${id}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Ambleford_lardy_cake&amp;action=edit&amp;section=${n}" title="Edit section: ${id}">edit</a><span
class="mw-editsection-bracket">]</span></span></h2>`;
const portal = (id: string, label: string, items: readonly string[]): string =>
  `<nav id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id} vector-menu-portal portal" aria-labelledby="p-${id}-label" role="navigation">
<h3 id="p-${id}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">${label}</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${items
    .map(
      (t) => `<li class="mw-list-item">
<a href="/wiki/Special:${t.replace(/ /g, '')}"><span>${t}</span></a></li>`,
    )
    .join('')}
</ul></div></nav>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Breadpedia</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Ambleford_lardy_cake","wgTitle":"Ambleford lardy cake",
"wgCurRevisionId":20417,"wgArticleId":1184,"wgIsArticle":true,"wgAction":"view","wgCategories":["Regional cakes","Yeasted cakes"]};
RLSTATE={"site.styles":"ready","skins.vector.styles.legacy":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.legacy.js"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://breadpedia.org/wiki/Ambleford_lardy_cake"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ambleford_lardy_cake rootpage-Ambleford_lardy_cake skin-vector action-view
skin-vector-legacy vector-feature-language-in-header-enabled"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Breadpedia, the baking encyclopedia anyone can edit</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr">
<div class="mw-parser-output"><table class="infobox hrecipe"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Lardy_cake_squares.jpg"
class="mw-file-description"><img src="/w/images/thumb/a/a3/Lardy_cake_squares.jpg/220px-Lardy_cake_squares.jpg" decoding="async" width="220" height="165"
class="mw-file-element"></a></span><div class="infobox-caption">Squares of lardy cake from a Thursday market stall</div></td></tr>
${[0, 2, 4].map((i) => `<tr><th scope="row" class="infobox-label">${mInfo[i]}</th><td class="infobox-data">${mInfo[i + 1]}</td></tr>`).join('\n')}</tbody>
</table>
<p>${mBody[0]}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>
${['History', 'Preparation', 'Variations', 'References']
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${sec('History', 1)}<p>${mBody[2]}</p><p>${mBody[3]}</p>
${sec('Preparation', 2)}<p>${mBody[5]}</p><p>${mBody[6]}</p>
${sec('Variations', 3)}<ul><li>${mBody[8]}</li><li>${mBody[9]}</li></ul>
${sec('References', 4)}<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (
      r,
      i,
    ) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">${r}</span>
</li>`,
  )
  .join('\n')}</ol></div></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20261103142211 Preprocessor visited node count: 412/1000000 -->
</div><noscript><img src="/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position:
absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://breadpedia.org/w/index.php?title=Ambleford_lardy_cake&amp;oldid=20417">
https://breadpedia.org/w/index.php?title=Ambleford_lardy_cake&amp;oldid=20417</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Regional_cakes">Regional cakes</a></li><li><a
href="/wiki/Category:Yeasted_cakes">Yeasted cakes</a>
</li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal
vector-user-menu-legacy"
aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal
tools</span>
</h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item"><span>Not logged in</span></li>
<li id="pt-createaccount" class="mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span></a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy"
role="navigation">
<h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Ambleford_lardy_cake"><span>Page</span></a></li>
<li id="ca-talk" class="new mw-list-item"><a href="/w/index.php?title=Talk:Ambleford_lardy_cake&amp;action=edit&amp;redlink=1" rel="discussion">
<span>Discussion</span></a>
</li></ul></div></nav></div><div id="right-navigation"><nav id="p-views" class="vector-menu mw-portlet mw-portlet-views vector-menu-tabs
vector-menu-tabs-legacy">
<h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Ambleford_lardy_cake"><span>Read</span></a></li>
<li id="ca-edit" class="mw-list-item"><a href="/w/index.php?title=Ambleford_lardy_cake&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="mw-list-item"><a href="/w/index.php?title=Ambleford_lardy_cake&amp;action=history"><span>View history</span></a></li></ul></div>
</nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3>Search</h3><form action="/w/index.php"
id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"><input class="vector-search-box-input" type="search"
name="search" placeholder="Search Breadpedia" aria-label="Search Breadpedia" autocapitalize="sentences" title="Search Breadpedia [f]" accesskey="f"
id="searchInput">
<input type="hidden" name="title" value="Special:Search"><input class="searchButton" type="submit" name="go" title="Go to a page with this exact name if it
exists"
id="searchButton" value="Go"></div></form></div></div></div>
<div id="mw-panel" class="vector-legacy-sidebar"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page">
</a></div>
${portal('navigation', 'Navigation', mNav)}
${portal('tb', 'Tools', mTools)}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 November 2026, at
14:22.</li>
<li id="footer-info-copyright">Content is available under <a class="external" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a
href="/wiki/Breadpedia:Privacy_policy">Privacy
policy</a></li><li id="footer-places-about"><a href="/wiki/Breadpedia:About">About Breadpedia</a></li><li id="footer-places-disclaimers"><a
href="/wiki/Breadpedia:General_disclaimer">Disclaimers</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/">
<img src="/w/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout686-mediawiki-lardy-cake',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: ['History', 'Preparation', 'Variations'],
  body: texts(mBody.filter((_, i) => ![1, 4, 7].includes(i)).map((t) => t.replace(/<sup[\s\S]*?<\/sup>/g, ''))),
  bylines: ['This page was last edited on 3 November 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Breadpedia, the baking encyclopedia anyone can edit', 'Jump to navigation', 'Jump to search', 'Squares of lardy cake from a Thursday market stall',
    'Type', 'Enriched bread', 'Place of origin', 'Main ingredients', 'Bread dough, lard, sugar, currants, mixed spice', '[1]', '[2]', 'Contents', 'edit',
    'References', ...mRefs, 'Retrieved from "https://breadpedia.org/w/index.php?title=Ambleford_lardy_cake&oldid=20417"', 'Categories:', 'Regional cakes',
    'Yeasted cakes', 'Navigation menu', 'Personal tools', 'Not logged in', 'Create account', 'Log in', 'Namespaces', 'Page', 'Discussion', 'Views', 'Read',
    'Edit', 'View history', 'Search', 'Navigation', ...mNav, 'Tools', ...mTools,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About Breadpedia', 'Disclaimers',
  ],
};

export const HELDOUT686_F: readonly TestPage[] = [mediawiki];
