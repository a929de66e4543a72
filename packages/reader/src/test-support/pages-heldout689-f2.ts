import { type TestPage, texts } from './page-kit.js';
import { type Block, bodyOf, heads, j } from './pages-heldout689-kit.js';

/** Held-out batch 689, file f2: a community wiki's heat pump commissioning checklist on MediaWiki 1.41 (Vector 2022 skin). */
const mTitle = 'Heat pump commissioning checklist';
const mBlocks: Block[] = [
  {
    p: [
      j(
        'This checklist covers the commissioning of a domestic air-to-water <a href="/wiki/Heat_pump" title="Heat pump">heat pump</a> on',
        'a wet central heating system. It is written by and for installers, and is meant to be used alongside the manufacturer&#39;s',
        'own commissioning sheet, not instead of it.',
      ),
    ],
  },
  {
    h: 'Before switching on',
    ul: [
      'Confirm the system has been flushed and cleaned, and that inhibitor has been added at the correct dose.',
      'Check the magnetic filter and strainers are fitted and accessible.',
      'Fill to the pressure shown on the design sheet and bleed all radiators and the outdoor unit.',
      'Check that the outdoor unit has at least the clearances given in the manual and that condensate can drain freely.',
    ],
  },
  {
    h: 'Electrical checks',
    ul: [
      'Verify the supply cable and protective device match the rating plate.',
      'Test insulation resistance and earth continuity, and record the results.',
      'Confirm the network operator has been notified where the unit needs it.',
    ],
  },
  {
    h: 'Flow rate and temperatures',
    p: [
      j(
        'Run the heat pump in heating mode with all zones open and let it settle for at least 20 minutes. Then record the readings below',
        'on the commissioning sheet.',
      ),
    ],
    th: ['Reading', 'Typical target', 'Notes'],
    rows: [
      ['Flow rate', 'As design, usually 12 to 20 l/min', 'Measured at the unit, not the pump setting'],
      ['Flow to return difference', '5 °C', 'Wider means the flow rate is too low'],
      ['Design flow temperature', '45 °C or below', 'Must match the heat loss design'],
    ],
  },
  {
    h: 'Controls',
    lvl: 3,
    p: [
      j(
        'Set the weather compensation curve to the design flow temperature at the design outdoor temperature, then set the cylinder',
        'temperature and the legionella cycle. Explain to the customer which settings they can change and which they should leave alone.',
      ),
    ],
  },
  {
    h: 'Handover',
    p: [
      j(
        'Leave the commissioning sheet, the manuals and the benchmark record with the customer, and register the installation with the',
        'certification body within 10 days.',
      ),
    ],
  },
];
const mCats = ['Heat pumps', 'Commissioning', 'Installer guides'];
const mFoot = ['Privacy policy', 'About OpenHeat Wiki', 'Disclaimers', 'Mobile view'];
const mLast = 'This page was last edited on 4 March 2026, at 18:22.';
const mId = (t: string): string => t.replace(/ /g, '_');
const mContent = mBlocks
  .map((b) =>
    [
      b.h === undefined
        ? ''
        : `<div class="mw-heading mw-heading${b.lvl ?? 2}"><h${b.lvl ?? 2} id="${mId(b.h)}">${b.h}</h${b.lvl ?? 2}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Heat_pump_commissioning_checklist&amp;action=edit&amp;section=1" title="Edit section:
${b.h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`,
      ...(b.p ?? []).map((t) => `<p>${t}\n</p>`),
      b.ul === undefined ? '' : `<ul>${b.ul.map((t) => `<li>${t}</li>`).join('\n')}</ul>`,
      b.rows === undefined
        ? ''
        : `<table class="wikitable"><tbody><tr>${(b.th ?? []).map((c) => `<th>${c}\n</th>`).join('')}</tr>\n${b.rows
            .map((r) => `<tr>${r.map((c) => `<td>${c}\n</td>`).join('')}</tr>`)
            .join('\n')}</tbody></table>`,
    ].join('\n'),
  )
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - OpenHeat Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Heat_pump_commissioning_checklist","wgTitle":"${mTitle}","wgCurRevisionId":18342,"wgCategories":["Heat pumps","Commissioning"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><meta name="viewport" content="width=1120"><link rel="edit" title="Edit"
href="/index.php?title=Heat_pump_commissioning_checklist&amp;action=edit"><link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Heat_pump_commissioning_checklist
rootpage-Heat_pump_commissioning_checklist skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">OpenHeat Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search OpenHeat
Wiki [f]"
accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu"><div class="vector-menu-content"><ul
class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"
title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create account</span></a></li><li id="pt-login-2"
class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin" title="You are encouraged to log in; however, it is not mandatory"
accesskey="o"><span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc"
aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div
id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2
class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>${heads(mBlocks)
  .map(
    (t, i) => `<li id="toc-${mId(t)}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${mId(t)}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected
vector-tab-noicon mw-list-item"><a href="/wiki/Heat_pump_commissioning_checklist" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Heat_pump_commissioning_checklist&amp;action=edit&amp;redlink=1"
rel="discussion" title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div
class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Heat_pump_commissioning_checklist"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Heat_pump_commissioning_checklist&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Heat_pump_commissioning_checklist&amp;action=history"
title="Past revisions of this page [h]" accesskey="h"><span>View history</span></a></li></ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From OpenHeat Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="plainlinks metadata ambox ambox-content" role="presentation"><tbody><tr><td class="mbox-image"><div style="width:52px"><img alt=""
src="/images/thumb/b/b4/Ambox_important.svg/40px-Ambox_important.svg.png" decoding="async" width="40" height="40"></div></td><td class="mbox-text"><div
class="mbox-text-span">This page may not reflect the 2026 edition of the installation standard. Please help <a href="/index.php?action=edit">update
it</a>.</div>
</td></tr></tbody></table>
${mContent}
<!-- NewPP limit report Cached time: 20260304182211 Cache expiry: 86400 CPU time usage: 0.041 seconds --></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.openheat.org/index.php?title=Heat_pump_commissioning_checklist&amp;oldid=18342">
https://wiki.openheat.org/index.php?title=Heat_pump_commissioning_checklist&amp;oldid=18342</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${mCats.map((c) => `<li><a href="/wiki/Category:${mId(c)}" title="Category:${c}">${c}</a></li>`).join('')}</ul>
</div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${mLast}</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${mFoot
  .map((t) => `<li id="footer-places-${t.split(' ')[0]?.toLowerCase()}"><a href="/wiki/Project:${mId(t)}">${t}</a></li>`)
  .join('')}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112,"wgHostname":"mw1"});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout689-mediawiki-commissioning',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: heads(mBlocks),
  body: texts(bodyOf(mBlocks)),
  bylines: [mLast],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'OpenHeat Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'From OpenHeat Wiki', 'This page may not reflect the 2026 edition of the installation standard. Please help update it.',
    'Categories:', ...mCats.filter((t) => t !== 'Commissioning'), 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    ...mFoot,
  ],
};

export const HELDOUT689_F2: readonly TestPage[] = [mediawiki];
