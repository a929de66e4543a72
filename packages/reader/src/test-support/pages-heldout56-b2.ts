import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 56, file b2: an ArchWiki page on its Vector 2022 theme (the archnavbar across the top, the skin's header,
 * main menu and user links, the sidebar TOC, title bar with languages, tabs, the "Related articles" box, package links with
 * "AUR" marks, Note / Tip / Warning template boxes, an "out of date" status box, code blocks and file listings, "[edit]"
 * links, "See also", categories and the footer with the GFDL line). The program it documents is invented.
 */
const awTitle = 'Quillsync';
const awRelated = ['Syncthing', 'rsync', 'Unison', 'systemd/User'];
const awIntro = [
  '<a rel="nofollow" class="external text" href="https://quillsync.example.org/">Quillsync</a> is a peer-to-peer file synchronization daemon ' +
    'written in Rust. It watches a set of directories and keeps them identical across machines, using content-defined chunking so that only ' +
    'the changed parts of large files are sent over the network.',
];
const awH = [
  'Installation',
  'Configuration',
  'Adding peers',
  'Ignoring files',
  'Usage',
  'Troubleshooting',
  'Synchronization stalls on large directories',
  'Conflicting copies',
] as const;
const awInstall = [
  '<a href="/title/Install" class="mw-redirect" title="Install">Install</a> the <a rel="nofollow" class="external text" ' +
    'href="https://archlinux.org/packages/?name=quillsync">quillsync</a> package. For the development version, install ' +
    '<a rel="nofollow" class="external text" href="https://aur.archlinux.org/packages/quillsync-git/">quillsync-git</a><sup><small>AUR</small></sup> instead.',
];
const awConf1 = [
  'Quillsync reads its settings from <code>~/.config/quillsync/config.toml</code>, which is created with default values the first time the ' +
    'daemon starts. A minimal configuration names the local device and lists the folders to share:',
];
const awConf2 = [
  'Each folder needs an <code>id</code> that is the same on every machine sharing it; the local <code>path</code> may differ from one machine to the next.',
];
const awNote = ['Paths in the configuration file are not expanded by a shell, so use absolute paths or the <code>~</code> shorthand only.'] as const;
const awPeers1 = [
  'Every device has an identity key, printed by <code>quillsync id</code>. To pair two machines, add each one\u2019s key to the other\u2019s ' +
    'configuration under <code>[[peer]]</code>, together with an address where it can be reached:',
];
const awTip = [
  'If both machines are on the same local network, leave out <code>address</code> and Quillsync will find the peer by multicast discovery.',
] as const;
const awIgnore = [
  'Files matching the patterns in a <code>.quillignore</code> file at the root of a shared folder are never sent. The syntax is the same ' +
    'as for <code>.gitignore</code>, and the file itself is synchronized, so the rules apply on every machine.',
];
const awUsage = [
  'Quillsync runs as a <a href="/title/Systemd/User" title="Systemd/User">systemd user unit</a>. <a href="/title/Start/enable" ' +
    'class="mw-redirect" title="Start/enable">Start/enable</a> <code>quillsync.service</code> with the <code>--user</code> flag.',
  'The state of all folders and peers can then be checked with <code>quillsync status</code>, which shows the number of files still waiting ' +
    'to be sent and the time of the last successful exchange with each peer.',
];
const awWarn = [
  'Deleting a file in a shared folder deletes it on every peer. Quillsync keeps no copies of removed files unless versioning is enabled for the folder.',
] as const;
const awStalls = [
  'On folders with many thousands of subdirectories the daemon may run out of inotify watches and stop noticing changes. The journal then ' +
    'shows <code>inotify watch limit reached</code>. Raise the limit with a <a href="/title/Sysctl" title="Sysctl">sysctl</a> drop-in file:',
];
const awConflict = [
  'When the same file is changed on two machines before they exchange data, Quillsync keeps both versions and renames the older one to ' +
    '<code>name.conflict-<i>date</i>-<i>device</i>.ext</code>. Compare the two files by hand, keep the right one and delete the other; ' +
    'the deletion is then synchronized like any other change.',
];
const awSee = ['Quillsync documentation', 'Quillsync issue tracker', 'Comparison of file synchronization software'];
const awCats = ['File synchronization', 'Peer-to-peer'];
const awLast = 'This page was last edited on 7 October 2025, at 19:32.';
const awGfdl = 'Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.';
const awNavbar = ['Home', 'Packages', 'Forums', 'Wiki', 'GitLab', 'Security', 'AUR', 'Download'];
const awMenu: [string, string[]][] = [
  ['Navigation', ['Main page', 'Table of contents', 'Getting involved', 'Wiki news', 'Random page']],
  ['Interaction', ['Help', 'Contributing', 'Recent changes', 'Recent talks', 'New pages', 'Statistics', 'Requests']],
];
const awTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const awLangs = ['Deutsch', 'Español', '日本語', '中文（简体）'];
const awFoot = ['Privacy policy', 'About ArchWiki', 'Disclaimers', 'Code of conduct', 'Mobile view'];
const box = (kind: string, label: string, t: string): string =>
  `<div class="archwiki-template-box archwiki-template-box-${kind}"><strong>${label}</strong> ${t}</div>`;
const sec = (lvl: number, n: number, h: string): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${h.replace(/ /g, '_')}">${h}</h${lvl}><span class="mw-editsection"><span
class="mw-editsection-bracket">[` +
  `</span><a href="/index.php?title=Quillsync&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const menu = (h: string, xs: string[]): string =>
  `<div id="p-${h.toLowerCase()}" class="vector-menu mw-portlet"><div class="vector-menu-heading">${h}</div><div class="vector-menu-content">` +
  `<ul class="vector-menu-content-list">${links(xs, 'mw-list-item')}</ul></div></div>`;
const awOutOfDate =
  '<strong>This article or section is out of date.</strong><br><strong>Reason:</strong> Since version 0.9 peers can also be added with ' +
  '<code>quillsync peer add</code>; the manual method below still works. (Discuss in <a href="/title/Talk:Quillsync">Talk:Quillsync</a>)';
const awHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 vector-feature-limited-width-clientpref-1
 skin-theme-clientpref-os vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${awTitle} - ArchWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 skin-theme-clientpref-os";
document.documentElement.className=className;}());RLCONF={"wgPageName":"Quillsync","wgTitle":"Quillsync","wgCurRevisionId":845117,"wgArticleId":31884,
"wgCategories":["File synchronization","Peer-to-peer"],"wgRelevantPageName":"Quillsync"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles%7Czzz.ext.archLinux.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.43.3"><link rel="icon" href="/favicon.ico"><link rel="search" type="application/opensearchdescription+xml"
 href="/rest.php/v1/search" title="ArchWiki (en)"><link rel="canonical" href="https://wiki.archlinux.org/title/Quillsync"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Quillsync
 rootpage-Quillsync skin-vector-2022
action-view"><div id="archnavbar" class="noprint"><div id="archnavbarlogo"><p><a id="logo" href="https://archlinux.org/"></a></p></div>
<div id="archnavbarmenu"><ul id="archnavbarlist">${awNavbar
  .map((t) => `<li id="anb-${t.toLowerCase()}"${t === 'Wiki' ? ' class="anb-selected"' : ''}><a href="https://archlinux.org/${t.toLowerCase()}/">${t}</a></li>`)
  .join('')}</ul></div></div>
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown"
title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Main menu"><label
 for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon
 mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
 class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div><button
 class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button
 class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
${awMenu.map(([h, xs]) => menu(h, xs)).join('\n')}
</div></div></div></nav><a href="/" class="mw-logo"><img class="mw-logo-icon" src="/images/archlogo.svg" alt="" aria-hidden="true" height="50" width="50"><span
 class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">ArchWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses"><a href="/title/Special:Search"
 class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search ArchWiki [f]" accesskey="f"><span class="vector-icon
 mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search"><form action="/index.php"
 id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper"><div
 class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search ArchWiki"
 aria-label="Search ArchWiki" id="searchInput"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title"
 value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(
  ['Create account', 'Log in'],
  'mw-list-item ' + 'user-links-collapsible-item',
)}</ul></div>
</div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc"
class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2><button
 class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button
 class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div>
</a></li>
${[...awH, 'See also']
  .map(
    (h, i) =>
      `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div
class="vector-toc-text">` + `<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${awTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button"
 class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 4 languages"><label
 for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive"></span><span
 class="vector-dropdown-label-text">4 languages</span></label><div class="vector-dropdown-content"><div class="vector-menu-content"><ul
 class="vector-menu-content-list">${links(awLangs, 'interlanguage-link mw-list-item')}</ul></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
 class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected
 vector-tab-noicon mw-list-item"><a href="/title/Quillsync"><span>Page</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a
 href="/title/Talk:Quillsync"><span>Discussion</span></a></li></ul></div></div></nav></div><div id="right-navigation"><nav aria-label="Views"><div id="p-views"
 class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected
 vector-tab-noicon mw-list-item"><a href="/title/Quillsync"><span>Read</span></a></li><li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a
 href="/index.php?title=Quillsync&amp;action=edit"><span>View source</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a
 href="/index.php?title=Quillsync&amp;action=history"><span>View history</span></a></li></ul></div></div></nav><nav class="vector-page-tools-landmark"
 aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown"><input type="checkbox" id="vector-page-tools-dropdown-checkbox"
 role="button" class="vector-dropdown-checkbox" aria-label="Tools"><label for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button"
 aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content">${menu('Tools', awTools)}</div></div>
</nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From ArchWiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="archwiki-template-meta-related-articles-start"><h3>Related articles</h3><ul>
${awRelated.map((t) => `<li><a href="/title/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('\n')}</ul></div>
<p>${awIntro[0]}\n</p>
${sec(2, 1, awH[0])}
<p>${awInstall[0]}\n</p>
${sec(2, 2, awH[1])}
<p>${awConf1[0]}\n</p>
<div class="mw-highlight mw-highlight-lang-toml mw-content-ltr" dir="ltr"><pre><span class="err">~/.config/quillsync/config.toml</span>
[device]
name = "workstation"

[[folder]]
id = "documents"
path = "~/Documents"</pre></div>
<p>${awConf2[0]}\n</p>
${box('note', 'Note:', awNote[0])}
${sec(3, 3, awH[2])}
${box('article-status', '', awOutOfDate)}
<p>${awPeers1[0]}\n</p>
<pre>[[peer]]
key = "qs1:7f3a9c0d41e2b85f"
address = "tcp://laptop.lan:22100"</pre>
${box('tip', 'Tip:', awTip[0])}
${sec(3, 4, awH[3])}
<p>${awIgnore[0]}\n</p>
${sec(2, 5, awH[4])}
${awUsage.map((p) => `<p>${p}\n</p>`).join('\n')}
${box('warning', 'Warning:', awWarn[0])}
${sec(2, 6, awH[5])}
${sec(3, 7, awH[6])}
<p>${awStalls[0]}\n</p>
<pre><span class="archwiki-template-code-file">/etc/sysctl.d/90-inotify.conf</span>
fs.inotify.max_user_watches = 524288</pre>
${sec(3, 8, awH[7])}
<p>${awConflict[0]}\n</p>
${sec(2, 9, 'See also')}
<ul>${awSee.map((t) => `<li><a rel="nofollow" class="external text" href="https://quillsync.example.org/">${t}</a></li>`).join('\n')}</ul>
<!-- Saved in parser cache with key archwiki:pcache:31884:|#|:idhash:canonical and timestamp 20251007193215 -->
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.archlinux.org/index.php?title=Quillsync&amp;oldid=845117"
>https://wiki.archlinux.org/index.php?title=Quillsync&amp;oldid=845117</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/title/Special:Categories"
 title="Special:Categories">Categories</a>: <ul>${links(awCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${awLast}</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://www.gnu.org/copyleft/fdl.html">GNU Free Documentation
 License 1.3 or later</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(awFoot)}</ul><ul id="footer-icons" class="noprint"><li
 id="footer-copyrightico"><a href="https://www.gnu.org/copyleft/fdl.html"><img src="/resources/assets/licenses/gnu-fdl.png"
alt="GNU Free Documentation License 1.3 or later"
 width="88" height="31" loading="lazy"></a></li><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg"
 alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":96});});</script></body></html>`;
export const archwiki: TestPage = {
  html: awHtml,
  name: 'heldout56-archwiki',
  kind: 'wiki',
  // the intro and section paragraphs are the body, inline code and the "AUR" mark included (the package link's text); the
  // Note, Tip and Warning boxes are body without their label words; the code blocks and the file listings (their file names
  // too) are in neither list; the "out of date" status box (a maintenance notice), "Related articles", "See also" with its
  // links, the archnavbar, the skin's menus, TOC, tabs, categories and footer are furniture; "This page was last edited" is
  // the byline; the related article "systemd/User" and the categories "File synchronization" and "Peer-to-peer" are words of
  // the body: left out
  title: awTitle,
  headings: [...awH],
  body: texts([
    ...awIntro,
    ...awInstall,
    ...awConf1,
    ...awConf2,
    ...awNote,
    ...awPeers1,
    ...awTip,
    ...awIgnore,
    ...awUsage,
    ...awWarn,
    ...awStalls,
    ...awConflict,
  ]),
  bylines: [awLast],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...awNavbar, 'Jump to content', 'Main menu', 'move to sidebar', 'hide', ...awMenu.flat(2), 'Search', 'Create account', 'Log in', 'Contents', '(Top)',
    '4 languages', ...awLangs, 'Page', 'Discussion', 'Read', 'View source', 'View history', 'Tools', ...awTools, 'From ArchWiki', 'Related articles',
    ...awRelated, 'This article or section is out of date.', 'Reason:', 'Since version 0.9 peers can also be added with quillsync peer add; the manual ' +
      'method below still works.',
    '(Discuss in Talk:Quillsync)', 'See also', ...awSee, 'Retrieved from "https://wiki.archlinux.org/index.php?title=Quillsync&oldid=845117"', 'Categories',
    ...awCats, awGfdl, ...awFoot,
  ].filter((t, i, all) => all.indexOf(t) === i && !['systemd/User', 'File synchronization', 'Peer-to-peer'].includes(t)),
};
