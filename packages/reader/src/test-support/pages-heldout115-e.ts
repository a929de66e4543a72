import { links, type TestPage, texts } from './page-kit.js';
import { xenforoThread } from './pages-heldout115-e2.js';

/**
 * Held-out batch 115, file e: a MediaWiki 1.43 page on the Vector 2022 skin of a local-history wiki, opened by an "ambox"
 * cleanup notice "This page has been marked for cleanup" (the header with "Main menu", search, "Create account" and "Log in",
 * the page tabs, "Tools", the "From ..." site-sub line, [edit] section links, the sidebar contents list, categories, the
 * "This page was last edited" line and the footer) and, from file e2, a XenForo 2 forum thread opened by an old-topic notice.
 */
const t = 'Brackwater Mill';
const cleanup = 'This page has been marked for cleanup. It may need better structure, sources or wording.';
const cleanupSub = 'Please help improve this page if you can. (June 2025)';
const pA = [
  'Brackwater Mill is a former water-powered corn mill on the River Lenn, about a mile south of Ashby Parva. A mill has stood on ' +
    'the site since at least the fourteenth century. The present brick building dates from 1788 and worked until 1961.',
];
const hA = 'History';
const pB = [
  'The earliest record of a mill at Brackwater is a lease of 1342 to one Walter atte Brook, who paid twelve shillings a year and ' +
    'two capons at Christmas. The mill passed to the Harcourt family in the sixteenth century and was rebuilt at least twice.',
  'The present building was put up by Josiah Pell in 1788 after a flood destroyed the older timber mill. Pell added a second pair ' +
    'of stones and a drying kiln, and the mill supplied flour to bakers as far away as Melchester until the railway brought ' +
    'cheaper roller-milled flour in the 1880s.',
  'From 1902 the mill ground animal feed. The last miller, Edwin Crabb, stopped work in 1961 when the wheel shaft cracked.',
];
const hB = 'The building';
const pC = [
  'The mill is of three storeys in red brick with a slate roof. The undershot wheel, 4.8 metres across, survives in its pit on ' +
    'the east side, though its paddles have rotted away. Inside, the main gearing and one pair of French burr stones remain.',
];
const hC = 'Restoration';
const pD = [
  'The Brackwater Mill Trust was formed in 1994 to save the building, which had lost much of its roof. Repairs were finished in ' +
    '2003 and the mill now opens to visitors on the first Sunday of each month from April to October.',
];
const lD = ['Roof and floors repaired, 1998 to 2001.', 'Wheel pit cleared and drained, 2002.', 'New sluice gate fitted, 2019.'];
const cats = ['Watermills', 'Buildings in Ashby Parva', 'Pages needing cleanup'];
const tabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools'];
const side = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const foot = ['Privacy policy', 'About Lenn Valley Wiki', 'Disclaimers'];
const sec = (id: string, x: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${x}</h2>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Brackwater_Mill&amp;action=edit&amp;section=1"
title="Edit section: ${x}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const p = (a: readonly string[]): string => a.map((x) => `<p>${x}\n</p>`).join('');
const html = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${t} - Lenn Valley Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Brackwater_Mill","wgTitle":"Brackwater Mill","wgCategories":["Watermills","Buildings in Ashby Parva","Pages needing cleanup"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.43.1">
<meta name="viewport" content="width=1120"><meta property="og:title" content="${t} - Lenn Valley Wiki"><link rel="edit" title="Edit"
href="/index.php?title=Brackwater_Mill&amp;action=edit">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Brackwater_Mill
rootpage-Brackwater_Mill skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header"><div
class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Main
menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div
class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(side, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Lenn Valley Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php"
id="searchform" class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Lenn Valley Wiki" aria-label="Search Lenn Valley Wiki"><button
class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-createaccount" class="mw-list-item"><a
href="#"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="#" accesskey="o"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header vector-toc-pinnable-header">
<div class="vector-pinnable-header-label">Contents</div><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-hide-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item"><a class="vector-toc-link" href="#"><div
class="vector-toc-text">(Top)</div></a></li>
${[hA, hB, hC]
  .map(
    (x, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${x}"><div class="vector-toc-text"><span
class="vector-toc-numb">${i + 1}</span>
<span>${x}</span></div></a></li>`,
  )
  .join('')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${t}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul
class="vector-menu-content-list">${links(tabs.slice(0, 2), 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul class="vector-menu-content-list">${links(tabs.slice(2, 5), 'mw-list-item')}</ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">Tools</span></label></div></nav>
</div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Lenn Valley Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="plainlinks metadata ambox ambox-style ambox-Cleanup" role="presentation"><tbody><tr><td class="mbox-image"><span typeof="mw:File">
<img alt="" src="/images/thumb/broom_icon.svg/40px-broom_icon.svg.png" width="40" height="40"></span></td>
<td class="mbox-text"><div class="mbox-text-span"><b>This page has been marked for cleanup.</b> It may need better structure, sources or wording.
<span class="hide-when-compact"> Please help <a class="external text" href="/index.php?title=Brackwater_Mill&amp;action=edit">improve this page</a>
if you can.</span>
<span class="date-container"><i>(<span class="date">June 2025</span>)</i></span></div></td></tr></tbody></table>
<p><b>Brackwater Mill</b>${pA[0]!.slice('Brackwater Mill'.length)}
</p><meta property="mw:PageProp/toc">
${sec('History', hA)}${p(pB)}${sec('The_building', hB)}${p(pC)}${sec('Restoration', hC)}${p(pD)}<ul>${lD.map((x) => `<li>${x}</li>`).join('\n')}</ul>
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position:
absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://lennvalley.example/index.php?title=Brackwater_Mill&amp;oldid=8812">
https://lennvalley.example/index.php?title=Brackwater_Mill&amp;oldid=8812</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>
${links(cats)}</ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 14 June 2025, at 19:22.</li></ul>
<ul id="footer-places">${links(foot, 'mw-list-item')}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.example/" class="cdx-button">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143});});</script>
</body></html>`;

export const HELDOUT115_E: readonly TestPage[] = [
  {
    name: 'heldout115-mediawiki-vector-cleanup-wiki',
    kind: 'wiki',
    html,
    title: t,
    headings: [hA, hB, hC],
    body: texts([...pA, ...pB, ...pC, ...pD, ...lD]),
    bylines: ['This page was last edited on 14 June 2025, at 19:22.'],
    furniture: [
      'Jump to content',
      'Main menu',
      'Navigation',
      ...side,
      'Lenn Valley Wiki',
      'Search',
      'Create account',
      'Log in',
      'Contents',
      'hide',
      '(Top)',
      ...tabs,
      'From Lenn Valley Wiki',
      cleanup,
      cleanupSub,
      '[edit]',
      'Retrieved from',
      'Categories',
      ...cats,
      ...foot,
    ],
  },
  xenforoThread,
];
