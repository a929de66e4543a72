import { links, ps, type TestPage, texts } from './page-kit.js';
import { gentoo } from './pages-heldout279-a2.js';
import { j, lis, mwH } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file a: an ArchWiki article on the Vector 2022 skin with the Arch navbar, the Related articles box,
 * Tip and Note boxes, a sidebar table of contents, categories and the MediaWiki footer; from file a2, a Gentoo wiki page.
 */
const aTitle = 'Quillshade';
const aIntro = [
  j(
    '<a href="https://quillshade.example/">Quillshade</a> is a small daemon that shifts the colour temperature of the screen',
    'according to the time of day. It talks to the compositor through a colour management protocol on Wayland and falls back',
    'to gamma ramps on Xorg, so the same configuration works on both.',
  ),
  j(
    'Unlike most tools of its kind it does not poll a location service: the sunrise and sunset times are computed locally from a',
    'latitude and longitude that you write into the configuration file once.',
  ),
];
const aInstall = [
  j(
    '<a href="/title/Install">Install</a> the <span class="plainlinks archwiki-template-pkg"><a href="#">quillshade</a></span>',
    'package. For the optional tray indicator, also install <span class="plainlinks archwiki-template-pkg"><a href="#">quillshade-tray</a></span>.',
  ),
];
const aTipInstall = j(
  'If you only want a fixed warm setting in the evening and no daemon at all, the one-shot command',
  '<code>quillshade --once 3400</code> applies a temperature and exits.',
);
const aConfig = [
  j(
    'The daemon reads <code>~/.config/quillshade/quillshade.conf</code>, falling back to <code>/etc/quillshade.conf</code>.',
    'The file uses a plain key and value format; every key is optional and the defaults are listed in the man page.',
  ),
  'The most commonly changed settings are:',
];
const aKeys = [
  '<code>day-temp</code> – colour temperature in kelvin used during daylight, 6500 by default.',
  '<code>night-temp</code> – temperature used after sunset, 3700 by default.',
  '<code>transition</code> – length of the fade between the two, in minutes.',
  '<code>location</code> – latitude and longitude separated by a comma, for example <code>48.1,11.6</code>.',
];
const aNoteConfig = j(
  'Values below 2500 K make most panels look noticeably orange, and some drivers clamp the gamma ramp so that the change is',
  'not visible at all below a certain point.',
);
const aAutostart = [
  j(
    'Quillshade ships a <a href="/title/Systemd/User">systemd user unit</a>. Enable and start',
    '<code>quillshade.service</code> with the <code>--user</code> flag so that it runs inside your graphical session.',
  ),
  j(
    'The unit is bound to <code>graphical-session.target</code>. If your window manager does not activate that target, start',
    'the daemon from its autostart file instead, or the service will sit in the inactive state without any error.',
  ),
];
const aTable = [
  ['Compositor', 'Backend', 'Notes'],
  ['wlroots-based', 'wlr-gamma-control', 'Works out of the box'],
  ['KWin', 'colour management', 'Needs Plasma 6.2 or later'],
  ['Mutter', 'none', 'Use the built-in night light instead'],
  ['Xorg', 'RandR gamma', 'One ramp per output'],
];
const aTrouble = [
  j(
    'If the screen flickers back to the daytime colour for a moment every few minutes, another program is also writing the gamma',
    'ramp. Common culprits are the desktop environment’s own night light and screen recorders. Disable the other one.',
  ),
  j(
    'On laptops with two GPUs, the external monitor may stay at full temperature. Set <code>outputs=all</code> in the',
    'configuration so that the daemon enumerates every connector and not only the primary one.',
  ),
];
const aTipTrouble = 'Run quillshade -v in a terminal to see which backend was chosen and the temperature it applies each minute.';
const aSeeAlso = ['Quillshade project page', 'Upstream issue tracker', 'Colour temperature explained in the project handbook'];
const aTh = (r: string[]) => `<tr>${r.map((c) => `<th>${c}</th>`).join('')}</tr>`;
const aTr = (r: string[]) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const aCells = aTable.slice(1).flat();
const aRelated = ['Backlight', 'Display calibration', 'Power management', 'Screen locking'];
const aNavbar = ['Home', 'Packages', 'Forums', 'Wiki', 'GitLab', 'Security', 'AUR', 'Download'];
const aNav = ['Main page', 'Getting involved', 'Wiki news', 'Random page'];
const aInteract = ['Help', 'Contributing', 'Recent changes', 'Recent talks', 'New pages', 'Statistics', 'Requests'];
const aTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const aFoot = ['Privacy policy', 'About ArchWiki', 'Disclaimers', 'Code of conduct', 'Mobile view'];
const aHeads = ['Installation', 'Configuration', 'Autostart', 'Supported compositors', 'Troubleshooting', 'See also'];
const aToc = aHeads.map(
  (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
);
const box = (kind: 'tip' | 'note', text: string) =>
  `<div role="note" class="archwiki-template-box archwiki-template-box-${kind}"><strong>${kind === 'tip' ? 'Tip' : 'Note'}:</strong> ${text}</div>`;
const aHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-pinned-clientpref-1" lang="en"
dir="ltr"><head>
<meta charset="UTF-8"><title>Quillshade - ArchWiki</title>
<script>(function(){var className="client-js vector-toc-pinned-clientpref-1";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Quillshade","wgTitle":"Quillshade","wgCurRevisionId":812204,"wgArticleId":30417,"wgIsArticle":true,
"wgCategories":["Display","Eye care"],"wgPageContentLanguage":"en","wgRelevantPageName":"Quillshade"};
RLSTATE={"skins.vector.styles":"ready","site.styles":"ready","ext.archwiki.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.archwiki.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.43.1"><meta name="viewport" content="width=1120">
<meta property="og:title" content="Quillshade - ArchWiki"><meta property="og:type" content="website">
<link rel="search" type="application/opensearchdescription+xml" href="/rest.php/v1/search" title="ArchWiki (en)">
<link rel="canonical" href="https://wiki.archlinux.org/title/Quillshade"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Quillshade rootpage-Quillshade skin-vector-2022 action-view">
<div id="archnavbar" class="noprint"><div id="archnavbarlogo"><p><a id="logo" href="https://archlinux.org/"></a></p></div>
<div id="archnavbarmenu"><ul id="archnavbarlist">${links(aNavbar)}</ul></div></div>
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<label class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(aNav, 'mw-list-item')}</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction"><div class="vector-menu-heading">Interaction</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(aInteract, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/title/Main_page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">ArchWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search ArchWiki" aria-label="Search ArchWiki" id="searchInput"><button class="cdx-button">Search</button>
</form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount-2"><a href="/index.php?title=Special:CreateAccount">Create
account</a></li><li id="pt-login-2"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${aToc.join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${aTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/title/Quillshade" title="View the content page">Page</a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/title/Talk:Quillshade" rel="discussion">Discussion</a></li></ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/title/Quillshade">Read</a></li>
<li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Quillshade&amp;action=edit">View source</a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Quillshade&amp;action=history">View history</a></li></ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content">
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(aTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content"><div class="mw-indicators"></div><div id="siteSub" class="noprint">From ArchWiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="archwiki-template-meta-related-articles-start"><p><strong>Related articles</strong></p><ul>
${links(aRelated)}</ul></div>
${ps(aIntro)}
<meta property="mw:PageProp/toc">
${mwH(2, 'Installation', 'Quillshade', 1)}
${ps(aInstall)}
${box('tip', aTipInstall)}
${mwH(2, 'Configuration', 'Quillshade', 2)}
${ps(aConfig)}
<ul>${lis(aKeys)}</ul>
${box('note', aNoteConfig)}
${mwH(3, 'Autostart', 'Quillshade', 3)}
${ps(aAutostart)}
${mwH(3, 'Supported compositors', 'Quillshade', 4)}
<table class="wikitable">${aTh(aTable[0] ?? [])}${aTable.slice(1).map(aTr).join('\n')}</table>
${mwH(2, 'Troubleshooting', 'Quillshade', 5)}
${ps(aTrouble)}
${box('tip', `Run <code>quillshade -v</code> in a terminal to see which backend was chosen and the temperature it applies each minute.`)}
${mwH(2, 'See also', 'Quillshade', 6)}
<ul>${aSeeAlso.map((t) => `<li><a rel="nofollow" class="external text" href="https://quillshade.example/">${t}</a></li>`).join('\n')}</ul>
<!-- NewPP limit report Parsed by mw-web.archlinux.org Cached time: 20260314091201 -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.archlinux.org/index.php?title=Quillshade&amp;oldid=812204"
>https://wiki.archlinux.org/index.php?title=Quillshade&amp;oldid=812204</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/title/Special:Categories">Category</a>:
<ul><li><a href="/title/Category:Display">Display</a></li><li><a href="/title/Category:Eye_care">Eye care</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 14 March 2026, at 09:12.</li>
<li id="footer-info-copyright">Content is available under <a class="external" href="https://www.gnu.org/copyleft/fdl.html">GNU Free Documentation License 1.3
or later</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(aFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142,"wgPageParseReport":{"limitreport":{"cputime":"0.061"}}});});</script>
</body></html>`;
const archWiki: TestPage = {
  name: 'heldout279-archwiki-article',
  kind: 'wiki',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: [
    ...texts([...aIntro, ...aInstall, aTipInstall, ...aConfig, ...aKeys, aNoteConfig, ...aAutostart]),
    ...aCells,
    ...texts([...aTrouble, aTipTrouble, ...aSeeAlso]),
  ],
  bylines: ['This page was last edited on 14 March 2026, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNavbar, 'Jump to content', 'Main menu', ...aNav, 'Interaction', ...aInteract, 'Create account', 'Log in', 'Contents', '(Top)',
    'Discussion', 'Read', 'View source', 'View history', 'Tools', 'General', ...aTools, 'From ArchWiki', 'Related articles', ...aRelated,
    'Retrieved from "https://wiki.archlinux.org/index.php?title=Quillshade&oldid=812204"', 'Category', 'Display', 'Eye care',
    'Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.', ...aFoot,
  ],
};

export const HELDOUT279_A: readonly TestPage[] = [archWiki, gentoo];
