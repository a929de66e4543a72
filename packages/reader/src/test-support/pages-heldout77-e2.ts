import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 77, file e2: a distribution wiki page shaped like the ArchWiki (MediaWiki with Vector 2022 under the
 * project's own top bar: the distribution nav, "Jump to content", "Main menu", the wiki logo, search, "Create account"
 * and "Log in", the pinned "Contents" sidebar with "hide" and "(Top)", the page tabs "Page", "Discussion", "Read", "View
 * source", "View history", "Tools" and its menu, "From CinderWiki", the floated "Related articles" box as the first thing
 * in the content, Note/Tip/Warning template boxes, an "out of date" status box at the top of a section, package links
 * with an "AUR"-style superscript, code blocks, the printfooter, the category line, and the footer with the last-edited
 * line and licence).
 */
const cwTitle = 'Thermd';
const cwRelated = ['CPU frequency scaling', 'Power management', 'Lm_sensors', 'Laptop'];
const cwLead = [
  '<a href="https://codeberg.org/thermd/thermd" class="external text" rel="nofollow">Thermd</a> is a small daemon that ' +
    'watches the temperature sensors of a machine and lowers the maximum CPU frequency before the hardware starts to ' +
    'throttle on its own. It is mainly useful on thin laptops whose firmware lets the CPU run very hot before acting.',
  'Unlike a full power-management tool, thermd only changes the frequency ceiling. It does not touch governors, fan ' +
    'curves or device power states, so it can run alongside other tools without conflict.',
];
const cwH = ['Installation', 'Configuration', 'Choosing the sensor', 'Usage', 'Troubleshooting', 'Frequency stays low after the machine cools'];
const cwInstall = [
  'Install the <a href="/packages/?name=thermd" class="external text" rel="nofollow">thermd</a><sup><small>CUR</small></sup> package. ' +
    'Thermd reads sensors through the kernel’s hwmon interface, so no extra driver is needed on most hardware.',
];
const cwConf = [
  'The configuration file is <code>/etc/thermd.conf</code>. The defaults are conservative: thermd starts reducing the ' +
    'frequency ceiling at 85 °C and restores it once the temperature has stayed below 75 °C for thirty seconds.',
  'Each option can also be set per power source. Options in a <code>[battery]</code> section override the defaults while ' +
    'the machine runs on battery, which is useful for keeping a laptop cooler and quieter away from the desk.',
];
const cwNote = '<strong>Note:</strong> The temperatures are read from the sensor set in <code>sensor=</code>, not from the hottest core.';
const cwSensor = [
  'List the available sensors with <code>thermd --list-sensors</code>. On most Intel laptops the right choice is the ' +
    'package sensor of <code>coretemp</code>; on AMD machines it is <code>Tctl</code> from <code>k10temp</code>.',
];
const cwTip = '<strong>Tip:</strong> If the sensor numbering changes between boots, refer to the sensor by its name instead of its ' + 'hwmon number.';
const cwUsage = [
  'Enable and start <code>thermd.service</code>. To check what the daemon is doing, follow its journal:',
  'Each time the ceiling changes, thermd logs the temperature and the new maximum frequency.',
];
const cwTrouble = [
  'If the frequency ceiling is never restored, the <code>recover</code> temperature is probably set higher than the idle ' +
    'temperature of the machine. Lower it, or increase the <code>hysteresis</code> value.',
  'Some firmware reports a sensor value of 0 °C for a few seconds after resuming from suspend. Thermd ignores readings ' +
    'below 10 °C since version 0.8, but older versions did not; upgrade if the ceiling jumps to the maximum after a resume.',
];
const cwWarn =
  '<strong>Warning:</strong> Do not set <code>limit</code> above the temperature at which your CPU throttles by itself. ' +
  'Thermd would then never act, and the hardware limit would be the only protection left.';
const cwStatus = [
  'This article or section is out of date.',
  'Reason: Thermd 0.9 renamed the option restore to recover; check the other examples. (Discuss in Talk:Thermd)',
];
const cwDistro = ['Home', 'Packages', 'Forums', 'Wiki', 'Issues', 'Security', 'CUR', 'Download'];
const cwTabs = ['Page', 'Discussion', 'Read', 'View source', 'View history'];
const cwTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const cwFoot = ['Privacy policy', 'About CinderWiki', 'Disclaimers', 'Code of conduct', 'Mobile view'];
const cwLicence = 'Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.';
const cwId = (t: string): string => t.replace(/ /g, '_');
const cwHead = (lvl: number, t: string): string => `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${cwId(t)}">${t}</h${lvl}></div>`;
const cwBox = (kind: string, p: string): string => `<div class="archwiki-template-box archwiki-template-box-${kind}">${p}</div>`;
const cwPre = (c: string): string => `<pre>${c}\n</pre>`;
const cwP = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const cwToc = (t: string, n: string, lvl: number): string => `<li id="toc-${cwId(t)}" class="vector-toc-list-item vector-toc-level-${lvl}">
<a class="vector-toc-link" href="#${cwId(t)}"><div class="vector-toc-text"><span class="vector-toc-numb">${n}</span><span>${t}</span></div></a></li>`;
const cwHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1" lang="en"
dir="ltr"><head><meta charset="UTF-8"><title>${cwTitle} - CinderWiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Thermd","wgTitle":"Thermd",
"wgCategories":["Power management","Daemons"],"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy%7Cext.archLinux.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.43.0"><meta name="viewport" content="width=1120"><link rel="canonical"
href="https://wiki.cinderlinux.org/title/Thermd">
</head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Thermd
rootpage-Thermd skin-vector-2022 action-view"><div id="archnavbar" class="noprint"><div id="archnavbarlogo"><p><a id="logo"
href="https://cinderlinux.org/"></a></p>
</div><div id="archnavbarmenu"><ul id="archnavbarlist">${cwDistro
  .map(
    (t) => `<li id="anb-${t.toLowerCase()}"${t === 'Wiki' ? ' class="anb-selected"' : ''}><a href="https://cinderlinux.org/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul></div></div>
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/title/Main_page" class="mw-logo"><span class="mw-logo-container
skin-invert"><strong class="mw-logo-wordmark">CinderWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input"
type="search" name="search" placeholder="Search CinderWiki" aria-label="Search CinderWiki" autocapitalize="sentences" id="searchInput"><button
class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences" class="vector-menu
mw-portlet emptyPortlet"></div><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log
in</span></a></li></ul></div></div></div>
</nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to
sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${cwToc(cwH[0]!, '1', 1)}${cwToc(cwH[1]!, '2', 1)}${cwToc(cwH[2]!, '2.1', 2)}${cwToc(cwH[3]!, '3', 1)}${cwToc(cwH[4]!, '4', 1)}${cwToc(cwH[5]!, '4.1', 2)}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents"
class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left"><input type="checkbox"
id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Toggle the table of
contents"></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${cwTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(cwTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></div></div></nav></div><div id="right-navigation"
class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu
vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(cwTabs.slice(2), 'vector-tab-noicon mw-list-item')}</ul>
</div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown
vector-page-tools-dropdown"><label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span
class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="p-tb" class="vector-menu mw-portlet"><div class="vector-menu-heading">General</div><div
class="vector-menu-content">
<ul class="vector-menu-content-list">${links(cwTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From CinderWiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="archwiki-template-meta-related-articles-start" role="navigation"><p><strong>Related articles</strong>
</p><ul>${cwRelated.map((t) => `<li><a href="/title/${cwId(t)}" title="${t}">${t}</a></li>`).join('\n')}</ul></div>
${cwP(cwLead)}
${cwHead(2, cwH[0]!)}
${cwP(cwInstall)}
${cwHead(2, cwH[1]!)}
${cwP(cwConf)}
${cwPre('[limits]\nlimit=85\nrecover=75\nhysteresis=30\nsensor=coretemp/package')}
${cwBox('note', cwNote)}
${cwHead(3, cwH[2]!)}
${cwP(cwSensor)}
${cwBox('tip', cwTip)}
${cwHead(2, cwH[3]!)}
${cwP(cwUsage.slice(0, 1))}
${cwPre('# journalctl -fu thermd.service')}
${cwP(cwUsage.slice(1))}
${cwHead(2, cwH[4]!)}
${cwBox('warning', cwWarn)}
${cwHead(3, cwH[5]!)}
<div class="archwiki-template-box archwiki-template-box-article-status"><strong>${cwStatus[0]}</strong><br><b>Reason:</b> Thermd 0.9 renamed the option
<code>restore</code> to <code>recover</code>; check the other examples. (Discuss in <a href="/title/Talk:Thermd" title="Talk:Thermd">Talk:Thermd</a>)</div>
${cwP(cwTrouble)}
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.cinderlinux.org/index.php?title=Thermd&amp;oldid=80412"
>https://wiki.cinderlinux.org/index.php?title=Thermd&amp;oldid=80412</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/title/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/title/Category:Power_management" title="Category:Power management">Power management</a></li>
<li><a href="/title/Category:Daemons" title="Category:Daemons">Daemons</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 March
2025, at 11:20.</li><li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://www.gnu.org/copyleft/fdl.html">GNU
Free Documentation License 1.3 or later</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(cwFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":98});});</script></body></html>`;
export const archLikePage: TestPage = {
  html: cwHtml,
  name: 'heldout77-archwiki-style-kb-wiki',
  kind: 'wiki',
  // Note/Tip/Warning boxes are body with their labels; the out-of-date status box is furniture; the package link's "CUR"
  // superscript stays in the body text it sits in; code blocks are in neither list; the TOC copies of the headings are
  // left out; the related-articles entry "Power management" is also a category
  title: cwTitle,
  headings: cwH,
  body: [
    ...texts(cwLead),
    ...texts(cwInstall),
    ...texts(cwConf),
    ...texts([cwNote]),
    ...texts(cwSensor),
    ...texts([cwTip]),
    ...texts(cwUsage),
    ...texts([cwWarn]),
    ...texts(cwTrouble),
  ],
  bylines: ['This page was last edited on 2 March 2025, at 11:20.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cwDistro, 'Jump to content', 'Main menu', 'CinderWiki', 'Search', 'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', '(Top)',
    ...cwTabs, 'Tools', 'General', ...cwTools, 'From CinderWiki', 'Related articles', ...cwRelated, ...cwStatus, 'Categories', 'Daemons', cwLicence,
    ...cwFoot, 'Retrieved from "https://wiki.cinderlinux.org/index.php?title=Thermd&oldid=80412"',
  ],
};
