import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 103, file e2: an ArchWiki article in the MediaWiki Vector 2022 skin (the archnavbar with "Home",
 * "Packages", "Forums" and the rest, "Jump to content", the main menu and tools, "Page" / "Discussion" / "Read" / "View
 * source" / "View history" tabs, "From ArchWiki", the floated "Related articles" box inside the content, the "[edit]" links
 * beside each heading, Note and Tip template boxes, code blocks, the "Retrieved from" line, the categories, the "last
 * edited" line and the footer links).
 */
const awTitle = 'Tidewatch';
const awIntro = [
  '<a href="https://tidewatch.example">Tidewatch</a> is a lightweight daemon that watches directories and mirrors changes to ' +
    'a remote host over SSH. Unlike full synchronisation tools, it only ever copies in one direction and keeps no database of ' +
    'its own, which makes it well suited to backing up working directories to a server.',
];
const awIntro2 = [
  'Tidewatch is configured per user and runs without root privileges. It uses inotify to notice changes and hands the actual ' +
    'copying to rsync, so the remote host needs rsync installed as well as a working SSH login.',
];
const awH1 = 'Installation';
const awP1 = ['<a href="/title/Install">Install</a> the <a href="https://archlinux.org/packages/?name=tidewatch">tidewatch</a> package.'];
const awH2 = 'Configuration';
const awP2 = [
  'Tidewatch reads its configuration from <code>~/.config/tidewatch/config.toml</code>. Each <code>[[watch]]</code> table ' +
    'names a local directory and a destination:',
];
const awCode1 = `[[watch]]
source = "~/projects"
dest = "backup@nas.local:/srv/backup/projects"
exclude = ["node_modules", "*.tmp"]`;
const awNote = '<strong>Note:</strong> The destination is passed to ssh as written, so host aliases from <code>~/.ssh/config</code> can be used.';
const awH3 = 'Starting the daemon';
const awP3 = [
  'Tidewatch ships a <a href="/title/Systemd/User">systemd user unit</a>. <a href="/title/Start/enable">Start/enable</a> ' +
    '<code>tidewatch.service</code> as your user.',
  'To check what it would copy without transferring anything, run it once in the foreground:',
];
const awCode2 = '$ tidewatch --dry-run --verbose';
const awP3b = [
  'The daemon logs to the journal. Use <code>journalctl --user -u tidewatch</code> to see which files were copied and any ' +
    'errors from ssh or rsync. Increase the detail with <code>log_level = "debug"</code> in the configuration file while you ' +
    'are setting up a new watch, and set it back afterwards, because debug output lists every file event.',
];
const awH4 = 'Tips and tricks';
const awH41 = 'Limiting bandwidth';
const awP4 = ['Set <code>bwlimit</code> in a watch table to a rate in KiB/s to avoid saturating a slow uplink.'];
const awTip = '<strong>Tip:</strong> Combine a low <code>bwlimit</code> with <code>batch_delay = 30</code> so that bursts of small writes are grouped.';
const awH5 = 'Troubleshooting';
const awH51 = 'Changes are not detected on network filesystems';
const awP5 = [
  'Tidewatch relies on inotify, which does not report changes made on other machines to NFS or SMB mounts. Set ' +
    '<code>poll_interval</code> for such directories to fall back to periodic scanning.',
];
const awH52 = 'Transfers fail with "too many open files"';
const awP6 = [
  'Watching a large tree needs one inotify watch per directory. If the journal shows errors about watches or open files, raise ' +
    'the <code>fs.inotify.max_user_watches</code> <a href="/title/Sysctl">sysctl</a> value, for example to 524288, and restart ' +
    'the service. Excluding build and cache directories in the watch table also reduces the number of watches needed.',
];
const awH6 = 'See also';
const awSee = ['<a href="https://tidewatch.example/docs">Official documentation</a>', '<a href="/title/Rsync">rsync</a>'];
const awBar = ['Home', 'Packages', 'Forums', 'Wiki', 'GitLab', 'Security', 'AUR', 'Download'];
const awMenu = [
  'Main page',
  'Table of contents',
  'Getting involved',
  'Wiki news',
  'Random page',
  'Interaction',
  'Help',
  'Contributing',
  'Recent changes',
  'Recent talks',
  'New pages',
  'Statistics',
  'Requests',
];
const awTabs = ['Page', 'Discussion', 'Read', 'View source', 'View history'];
const awTools = ['Tools', 'What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const awRelated = ['Related articles', 'rsync', 'Synchronization and backup programs', 'inotify'];
const awCats = ['Categories:', 'Backup', 'File synchronization'];
const awFoot = ['Privacy policy', 'About ArchWiki', 'Disclaimers', 'Code of conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const awFootText = 'Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.';
const awEdit = (
  t: string,
): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Tidewatch&amp;action=edit&amp;section=${t}"
title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const awH = (n: 2 | 3, t: string): string => {
  const id = t.replace(/ /g, '_');
  return `<div class="mw-heading mw-heading${n}"><h${n} id="${id}">${t}</h${n}>${awEdit(id)}</div>`;
};
const awBox = (kind: string, t: string): string => `<div class="archwiki-template-box archwiki-template-box-${kind}">${t}</div>`;
const awPre = (t: string): string => `<pre>${t}</pre>`;
const awHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Tidewatch - ArchWiki</title><script>(function(){var className="client-js";document.documentElement.className=className;})();
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Tidewatch","wgTitle":"Tidewatch","wgCurRevisionId":812344,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator" content="MediaWiki
1.43.1">
<meta name="viewport" content="width=1120"><link rel="canonical" href="https://wiki.archlinux.org/title/Tidewatch"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tidewatch rootpage-Tidewatch
skin-vector-2022 action-view"><div id="archnavbar" class="noprint"><div id="archnavbarlogo"><p><a id="logo" href="https://archlinux.org/"></a></p></div>
<div id="archnavbarmenu"><ul id="archnavbarlist">${links(awBar, 'anb-item')}</ul></div></div>
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown"><span
class="vector-dropdown-label-text">Main menu</span>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><ul class="vector-menu-content-list">${links(
  awMenu,
  'mw-list-item',
)}</ul>
</div></div></div></nav><div id="p-search"><form action="/index.php" id="searchform"><input type="search" name="search" placeholder="Search ArchWiki"
aria-label="Search ArchWiki"><button class="cdx-button">Search</button></form></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span
class="mw-page-title-main">${awTitle}</span></h1>
</header><div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(awTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(awTabs.slice(2), 'vector-tab-noicon mw-list-item')}</ul></nav>
<div class="vector-dropdown vector-page-tools-dropdown"><span class="vector-dropdown-label-text">${awTools[0]}</span><div class="vector-dropdown-content">
<ul>${links(awTools.slice(1), 'mw-list-item')}</ul></div></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From ArchWiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="archwiki-template-box archwiki-template-box-related-articles
noprint"><p><strong>${awRelated[0]}</strong></p><ul>${links(awRelated.slice(1))}</ul></div>
${ps(awIntro)}
${ps(awIntro2)}
${awH(2, awH1)}
${ps(awP1)}
${awH(2, awH2)}
${ps(awP2)}
${awPre(awCode1)}
${awBox('note', awNote)}
${awH(2, awH3)}
${ps(awP3)}
${awPre(awCode2)}
${ps(awP3b)}
${awH(2, awH4)}
${awH(3, awH41)}
${ps(awP4)}
${awBox('tip', awTip)}
${awH(2, awH5)}
${awH(3, awH51)}
${ps(awP5)}
${awH(3, awH52)}
${ps(awP6)}
${awH(2, awH6)}
<ul>${awSee.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="/index.php?title=Tidewatch&amp;oldid=812344">https://wiki.archlinux.org/index.php?title=Tidewatch&amp;oldid=812344</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/title/Special:Categories">${awCats[0]}</a>
<ul>${links(awCats.slice(1))}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2
November 2025,
at 14:05.</li><li id="footer-info-copyright">${awFootText.replace(
  'GNU Free Documentation License 1.3 or later',
  '<a href="https://www.gnu.org/copyleft/fdl.html">GNU Free Documentation License 1.3 or later</a>',
)}</li></ul>
<ul id="footer-places">${links(awFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;

export const archWiki: TestPage = {
  html: awHtml,
  name: 'heldout103-archwiki-wiki',
  kind: 'wiki',
  // h2 and h3 section titles are headings in order; the Note and Tip boxes (with their labels) are body, the floated
  // "Related articles" box is furniture (its "rsync", also a "See also" item, is left out); code blocks are in neither list; "edit" section links are furniture
  title: awTitle,
  headings: [awH1, awH2, awH3, awH4, awH41, awH5, awH51, awH52, awH6],
  body: texts([...awIntro, ...awIntro2, ...awP1, ...awP2, awNote, ...awP3, ...awP3b, ...awP4, awTip, ...awP5, ...awP6, ...awSee]),
  bylines: ['This page was last edited on 2 November 2025, at 14:05.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...awBar, 'Jump to content', 'Main menu', ...awMenu, 'Search', ...awTabs, ...awTools, 'From ArchWiki', ...awRelated.filter((t) => t !== 'rsync'), 'edit',
    'Retrieved from "https://wiki.archlinux.org/index.php?title=Tidewatch&oldid=812344"', ...awCats, awFootText, ...awFoot,
  ],
};
