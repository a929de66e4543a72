import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout506-kit.js';

/**
 * Held-out batch 506, file e2: an artists' collective article on a MediaWiki community wiki (Vector 2022 skin with an infobox).
 */
const mTitle = 'Gannet Row Collective';
const mLead = j(
  'The <b>Gannet Row Collective</b> is an artist-run studio and exhibition space in the former rope store on Gannet Row,',
  'Skerrisford. It was founded in 1998 by five graduates of the Skerrisford College of Art and has around thirty members.',
);
const mInfo: [string, string][] = [
  ['Founded', '1998'],
  ['Location', 'Gannet Row, Skerrisford'],
  ['Members', 'c. 30'],
  ['Type', 'Artist-run space'],
];
const mS1 = 'History';
const mP1 = [
  j(
    'The rope store had stood empty since the closure of the Skerrisford ropeworks in 1971. In 1997 the harbour board offered',
    'it on a peppercorn lease to any group that would repair the roof. The founding members, among them the painter Aileen',
    'Vost and the sculptor Rab Kinnaird, spent their first winter replacing slates and glazing the loft.',
  ),
  j(
    'The first exhibition, <i>Twelve Fathoms</i>, opened in May 1998 and was reviewed in the <i>Skerrisford Courier</i> as',
    '"the most ambitious thing to happen on the harbour since the lifeboat station was built".',
  ),
];
const mS2 = 'Studios and gallery';
const mP2 = [
  j(
    'The ground floor holds a gallery of about 90 square metres and a shared workshop. The loft is divided into fourteen',
    "studios, let at below-market rents and allocated by a members' vote every three years.",
  ),
];
const mS3 = 'Open Studios';
const mP3 = ['Since 2004 the collective has held an open studios weekend each September, which now draws around 3,000 visitors.'];
const mSee = ['Skerrisford ropeworks', 'Artist-run spaces in the Northern Isles'];
const mCats = ['Categories', 'Artist-run spaces', 'Organisations established in 1998', 'Skerrisford'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Northern Isles Arts Wiki', 'Disclaimers'];
const mHead = (id: string, t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Gannet_Row_Collective&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mPerma = 'https://wiki.northernislesarts.example/index.php?title=Gannet_Row_Collective&amp;oldid=48213';
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Northern Isles Arts Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Gannet_Row_Collective","wgTitle":"Gannet Row Collective","wgCurRevisionId":48213,"wgArticleId":1122};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.northernislesarts.example/wiki/Gannet_Row_Collective"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Gannet_Row_Collective
rootpage-Gannet_Row_Collective
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"><input type="checkbox" id="vector-main-menu-dropdown-checkbox"
role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div
class="vector-menu-heading">Navigation</div><div
class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Northern Isles Arts Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--weight-quiet search-toggle" title="Search Northern
Isles Arts Wiki
[f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div
class="vector-menu-content"><ul
class="vector-menu-content-list">${links(['Create account', 'Log in'], 'user-links-collapsible-item mw-list-item')}</ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div
id="vector-toc"
class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2
class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>${[mS1, mS2, mS3, 'See also']
  .map(
    (t, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu-tabs
mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(['Page', 'Discussion'], 'vector-tab-noicon mw-list-item')}</ul></div></div></nav>
<nav aria-label="Views"><div id="p-views" class="vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(
  ['Read', 'Edit', 'View history'],
  'vector-tab-noicon mw-list-item',
)}</ul></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub" class="noprint">From
Northern Isles Arts
Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span
typeof="mw:File"><img src="/images/thumb/4/4c/Rope_store.jpg/220px-Rope_store.jpg" decoding="async" width="220" height="147"></span><div
class="infobox-caption">The rope store
from the harbour, 2019</div></td></tr>${mInfo
  .map(
    ([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td
class="infobox-data">${v}</td></tr>`,
  )
  .join('')}
</tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc">
${mHead('History', mS1)}
${ps(mP1)}
${mHead('Studios_and_gallery', mS2)}
${ps(mP2.map(esc))}
${mHead('Open_Studios', mS3)}
${ps(mP3)}
${mHead('See_also', 'See also')}
<ul>${mSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('')}</ul>
<!-- NewPP limit report Parsed by mw-web.eqiad.main CPU time usage: 0.084 seconds -->
</div><noscript><img src="/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.northernislesarts.example/index.php?title=Gannet_Row_Collective&amp;oldid=48213">${mPerma}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">${mCats[0]}</a>:
<ul>${mCats
  .slice(1)
  .map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`)
  .join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2
March 2027, at
14:06.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout506-mediawiki-collective',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [mS1, mS2, mS3, 'See also'],
  body: texts([...mInfo.map(([, v]) => v), mLead, ...mP1, ...mP2, ...mP3, ...mSee]),
  bylines: ['This page was last edited on 2 March 2027, at 14:06.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Northern Isles Arts Wiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)',
    '1', '2', '4', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Northern Isles Arts Wiki', 'The rope store from the harbour, 2019', '[', ']',
    ...mCats.filter((c) => c !== 'Skerrisford'),
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT506_E2: readonly TestPage[] = [mediawiki];
