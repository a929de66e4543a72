import { type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout570-kit.js';

/** Held-out batch 570, file d2: a local history wiki's MediaWiki page (Vector 2022 skin) about an old chemist's shop. */
const mTitle = 'Tabard and Sons, Chemists';
const mBody = [
  j(
    '<b>Tabard and Sons</b> was a dispensing chemist&#39;s shop at 22 Market Row, Wexcombe, which traded from 1871 until 1979. Its',
    'mahogany shop fittings and carboys are now displayed at the Wexcombe Town Museum.',
    '<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'History',
  j(
    'The shop was opened by Edwin Tabard, who had trained as an apprentice in Bristol. Besides dispensing doctors&#39; prescriptions',
    'he sold photographic chemicals, cattle medicines and a cough linctus of his own recipe, sold as &quot;Tabard&#39;s Balsam&quot;.',
  ),
  j(
    'His sons Arthur and Walter took over in 1903. During the First World War the shop made up field dressings for the local',
    'Red Cross hospital. The last member of the family to run it, Margaret Tabard, qualified as a pharmacist in 1938 and was one of the',
    'first women in the county to own a pharmacy.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  'The building',
  j(
    'The shop occupies the ground floor of a three-storey brick building with a bow window. The painted fascia, restored in 1996,',
    'still carries the words &quot;Dispensing Chemists&quot; in gilt letters.',
  ),
  'References',
  'Wexcombe Town Museum, Guide to the Collections (2004), p. 31.',
  'Wexcombe Gazette, 14 June 1938.',
];
const mBox = ['Tabard and Sons, Chemists', 'Address', '22 Market Row, Wexcombe', 'Opened', '1871', 'Closed', '1979', 'Founder', 'Edwin Tabard'];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Wexcombe History Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Tabard_and_Sons,_Chemists","wgTitle":"${mTitle}","wgCurRevisionId":4812,"wgArticleId":377,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Tabard_and_Sons,_Chemists&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tabard_and_Sons_Chemists
rootpage-Tabard_and_Sons_Chemists
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"><input type="checkbox" id="vector-main-menu-dropdown-checkbox"
role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${mNav.map((t, i) => `<li id="n-${i}" class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`).join('\n')}</ul></div></div>
</div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Wexcombe History Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wexcombe History Wiki [f]"
accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login"
class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a>
</li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2>
</div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${[1, 4, 6]
  .map(
    (i, n) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#h${i}"><div class="vector-toc-text">
<span class="vector-toc-numb">${n + 1}</span><span>${mBody[i]}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main"
class="selected vector-tab-noicon
mw-list-item"><a href="/wiki/Tabard_and_Sons,_Chemists" title="View the content page [c]" accesskey="c"><span>Page</span></a></li><li id="ca-talk" class="new
vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Tabard_and_Sons,_Chemists&amp;action=edit&amp;redlink=1"
rel="discussion"><span>Discussion</span></a></li>
</ul></nav><nav aria-label="Views"><ul><li id="ca-view"
class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Tabard_and_Sons,_Chemists"><span>Read</span></a>
</li><li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Tabard_and_Sons,_Chemists&amp;action=edit">
<span>View source</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Tabard_and_Sons,_Chemists&amp;action=history"><span>View history</span>
</a></li>
</ul></nav></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wexcombe History Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mBox[0]}</th></tr>
<tr><td colspan="2"><span typeof="mw:File"><a href="/wiki/File:Tabard_shopfront_1910.jpg"
class="mw-file-description"><img src="/images/thumb/a/a4/Tabard_shopfront_1910.jpg/220px-Tabard_shopfront_1910.jpg"
width="220" height="160" class="mw-file-element"></a></span><div class="infobox-caption">The shop front in about 1910</div></td></tr>
${[1, 3, 5, 7]
  .map(
    (i) => `<tr><th scope="row"
class="infobox-label">${mBox[i]}</th><td class="infobox-data">${mBox[i + 1]}</td></tr>`,
  )
  .join('\n')}</tbody></table>
<p>${mBody[0]}</p>
<div class="mw-heading mw-heading2"><h2 id="h1">${mBody[1]}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Tabard_and_Sons,_Chemists&amp;action=edit&amp;section=1" title="Edit section: History"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>
<p>${mBody[2]}</p>
<p>${mBody[3]}</p>
<div class="mw-heading mw-heading2"><h2 id="h4">${mBody[4]}</h2></div>
<p>${mBody[5]}</p>
<div class="mw-heading mw-heading2"><h2 id="h6">${mBody[6]}</h2></div>
<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span>
<span class="reference-text">${mBody[7]}</span></li><li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span>
<span class="reference-text">${mBody[8]}</span></li></ol></div>
<!-- NewPP limit report Cached time: 20250203141201 CPU time usage: 0.031 seconds --></div>
<div class="printfooter" data-nosnippet="">Retrieved from &quot;<a dir="ltr"
href="https://wiki.wexcombehistory.org.uk/index.php?title=Tabard_and_Sons,_Chemists&amp;oldid=4812"
>https://wiki.wexcombehistory.org.uk/index.php?title=Tabard_and_Sons,_Chemists&amp;oldid=4812</a>&quot;</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks"
class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul>
<li><a href="/wiki/Category:Shops">Shops</a></li><li><a href="/wiki/Category:Market_Row">Market Row</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer"
class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 February 2025,
at 14:12.</li><li id="footer-info-copyright">Content is available under
<a href="/wiki/Wexcombe_History_Wiki:Copyrights">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Project:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/wiki/Project:About">About Wexcombe History Wiki</a></li><li id="footer-places-disclaimers">
<a href="/wiki/Project:General_disclaimer">
Disclaimers</a></li></ul><ul id="footer-icons"
class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":88});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout570-mediawiki-old-chemist',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [mBody[1] ?? '', mBody[4] ?? '', mBody[6] ?? ''],
  body: texts(mBody.filter((_, i) => ![1, 4, 6].includes(i))),
  bylines: ['This page was last edited on 3 February 2025, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mNav, 'Wexcombe History Wiki', 'Search', 'Log in', 'Contents', '(Top)', '1', '2', '3', 'Page', 'Discussion', 'Read',
    'View source', 'View history', 'From Wexcombe History Wiki', ...mBox, 'The shop front in about 1910', 'edit', '^',
    'Retrieved from "https://wiki.wexcombehistory.org.uk/index.php?title=Tabard_and_Sons,_Chemists&oldid=4812"', 'Categories', 'Shops', 'Market Row',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About Wexcombe History Wiki',
    'Disclaimers',
  ],
};

export const HELDOUT570_D2: readonly TestPage[] = [tidy(wiki)];
