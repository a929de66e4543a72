import { ps, texts, type TestPage } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout547-kit.js';

/** Held-out batch 547, file e2: a local surf wiki's page on a surf break on MediaWiki (Vector 2022) with an infobox, a table and references. */
const mTitle = 'Kennack Reef';
const mLead = `${j(
  '<b>Kennack Reef</b> is a left-hand reef break at the eastern end of Kennack Bay on the Lizard coast. It works on big',
  'west and south-west swells that are too large for the beach breaks nearby, and is best from mid to high tide.',
)}<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>`;
const mSecs: { h: string; paras: string[]; rows?: string[][] }[] = [
  {
    h: 'The wave',
    paras: [
      j(
        'The reef is a shelf of flat slate that runs out from the foot of the cliff. Waves wrap around the point and peel left',
        'for up to 150 metres over the shelf. At low tide the inside section dries and the wave closes out on the rocks.',
      ),
      'It is not a wave for beginners. The take-off is steep, and there are rocks just under the surface on the inside.',
    ],
  },
  {
    h: 'Seasons',
    paras: ['Typical conditions through the year:'],
    rows: [
      ['Autumn', '1.5–3 m', 'North-east', 'Most consistent'],
      ['Winter', '2–4 m', 'North', 'Crowded on good days'],
      ['Spring', '1–2 m', 'North-east', 'Inconsistent'],
      ['Summer', 'Rarely breaks', '–', 'Use the beach instead'],
    ],
  },
  {
    h: 'Access and hazards',
    paras: [
      j(
        'Park at the Kennack Sands car park and walk east along the coast path for ten minutes. The path down to the reef is steep',
        'and slippery after rain. Paddle out from the small cove to the north of the point rather than over the rocks.',
      ),
      j(
        'There is no lifeguard cover at the reef. Local surf schools do not take lessons there, and the nearest hire is at the',
        'beach café at Kennack Sands.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
      ),
    ],
  },
];
const mInfo = ['Location', 'Kennack Bay, Lizard', 'Type', 'Reef', 'Direction', 'Left', 'Best tide', 'Mid to high', 'Level', 'Experienced'];
const mRefs = ['Cornish Surf Atlas, 4th edition, p. 112.', 'Kennack Sands Beach Café, hire prices 2027.'];
const mHead = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Kennack_Reef&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mSec = (s: (typeof mSecs)[number]): string =>
  `${mHead(s.h)}\n${ps(s.paras)}${
    s.rows
      ? `<table class="wikitable"><tbody><tr><th>Season</th><th>Swell</th><th>Wind</th><th>Notes</th>
</tr>${s.rows.map((r) => tr(r)).join('')}</tbody></table>`
      : ''
  }`;
const mPortlet = (id: string, label: string, items: string[]): string =>
  `<div id="${id}" class="vector-menu mw-portlet mw-portlet-${id}"><div class="vector-menu-heading">${label}</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${items
    .map(
      (t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a>
</li>`,
    )
    .join('')}</ul></div></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Kernow Surf Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Kennack_Reef","wgTitle":"Kennack Reef","wgCurRevisionId":4412,"wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://kernowsurf.wiki/wiki/Kennack_Reef"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0
ns-subject page-Kennack_Reef rootpage-Kennack_Reef skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header"><div
class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown
vector-button-flush-left vector-button-flush-right">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span
class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content">${mPortlet('p-navigation', 'Navigation', ['Main Page', 'Recent changes', 'Random page', 'Help'])}</div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Kernow Surf Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet
cdx-button--icon-only search-toggle" title="Search Kernow Surf Wiki [f]" accesskey="f"><span class="vector-icon
mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input
class="cdx-text-input__input" type="search" name="search" placeholder="Search Kernow Surf Wiki" aria-label="Search Kernow Surf Wiki" autocapitalize="sentences"
title="Search Kernow Surf Wiki [f]" accesskey="f" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div
class="vector-user-links-main">${mPortlet('p-vector-user-menu-overflow', '', ['Create account', 'Log in'])}</div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice"
data-nosnippet><div class="sitenotice" lang="en" dir="ltr"><p>The winter break atlas is being updated. <a href="/wiki/Project:Atlas_2027">Help check the breaks
near you.</a></p></div></div></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${[...mSecs.map((s) => s.h), 'References']
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a
class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a>
</li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav
aria-label="Namespaces">${mPortlet('p-associated-pages', '', ['Page', 'Discussion'])}</nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">${mPortlet('p-views', '', ['Read', 'Edit', 'View history'])}</nav></div></div>
</div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Kernow Surf Wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>${Array.from(
  { length: mInfo.length / 2 },
  (_, i) => `<tr><th
scope="row" class="infobox-label">${mInfo[2 * i]}</th><td class="infobox-data">${mInfo[2 * i + 1]}</td></tr>`,
).join('')}</tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc">
${mSecs.map(mSec).join('\n')}
${mHead('References')}<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span
class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('')}</ol></div>
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Reef_breaks">Reef breaks</a></li><li><a href="/wiki/Category:The_Lizard">The
Lizard</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last
edited on 2 March 2027, at 18:22.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Project:Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a
href="/wiki/Project:About">About Kernow Surf Wiki</a></li><li id="footer-places-disclaimers"><a href="/wiki/Project:General_disclaimer">Disclaimers</a></li>
</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout547-mediawiki-surf-break',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map((s) => s.h),
  body: texts([mLead, ...mSecs.flatMap((s) => [...s.paras, ...(s.rows ?? []).map(rowText)])]),
  bylines: ['This page was last edited on 2 March 2027, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', 'Main Page', 'Recent changes', 'Random page', 'Help', 'Kernow Surf Wiki', 'Search',
    'Create account', 'Log in',
    'The winter break atlas is being updated. Help check the breaks near you.', 'Contents', 'hide', '(Top)', 'Page', 'Discussion', 'Read',
    'Edit', 'View history', 'From Kernow Surf Wiki', '^',
    ...mInfo.filter((t) => !['Reef', 'Left', 'Mid to high'].includes(t)), 'References', ...mRefs, 'Categories', 'Reef breaks',
    'The Lizard', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About Kernow Surf Wiki',
    'Disclaimers',
  ],
};

export const HELDOUT547_E2: readonly TestPage[] = [mediawiki];
