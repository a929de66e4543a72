import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout255-kit.js';

/**
 * Held-out batch 255, file f2: a package page on LarkWiki, an ArchWiki-style MediaWiki 1.43 wiki with the Vector 2022 skin
 * (the distribution's own navbar, the wiki header with search and account links, main menu, the pinned table of
 * contents, page toolbar tabs, "From LarkWiki" line, the related-articles box, edit-section links, a note box, code
 * blocks, categories and the footer with the last-edited line).
 */
const aTitle = 'Tidewell';
const aH = [
  'Installation',
  'Configuration',
  'Reading the journal',
  'Disk-backed queues',
  'Running as a service',
  'Troubleshooting',
  'Memory growth with rotated files',
  'See also',
];
const aIntro = j(
  '<a href="https://tidewell.dev">Tidewell</a> is a log collector and router. It reads logs from files, the systemd journal and',
  'network sockets, transforms them and ships them to one or more destinations.',
);
const aP1 = ['Install the <code>tidewell</code> package. The optional <code>tidewell-geoip</code> package adds the GeoIP lookup transform.'];
const aP2 = [
  j(
    'The main configuration file is <code>/etc/tidewell/tidewell.yaml</code>. The package installs an example that reads the',
    'journal and prints events to standard output, which is a useful starting point for testing.',
  ),
];
const aP3 = [
  j(
    'To read the journal, the <code>tidewell</code> user needs to be in the <code>systemd-journal</code> group. The package',
    'adds it for you on installation; if you run the collector as a different user, add that user yourself.',
  ),
];
const aP4 = [
  j(
    'Since version 4.2 a pipeline can buffer to disk. Set <code>buffer.type: disk</code> and point <code>buffer.path</code>',
    'at a directory under <code>/var/lib/tidewell</code>, which the package creates with the right owner.',
  ),
];
const aNote = j(
  'The disk queue uses about eight per cent more CPU at peak. On single-board computers with SD cards, put the queue',
  'on a USB disk instead, as the constant writes will wear out the card.',
);
const aP5 = ['Start and enable <code>tidewell.service</code>. The unit runs the collector with a hardened sandbox; these settings matter:'];
const aL1 = [
  '<code>ProtectSystem=strict</code> means the collector can only write to the directories listed in <code>ReadWritePaths</code>.',
  'If you add a disk queue outside <code>/var/lib/tidewell</code>, create a drop-in file that extends <code>ReadWritePaths</code>.',
  'To reload the configuration without dropping events, send <code>SIGHUP</code> with <code>systemctl reload tidewell</code>.',
];
const aP6 = [
  j(
    'With <code>follow: name</code>, versions before 4.2 keep an entry for every rotated file and memory grows with each',
    'rotation. Switch the file source to <code>follow: inode</code>, or upgrade to 4.2, where the entry is released.',
  ),
];
const aP7 = [
  j(
    'If events stop arriving after a configuration change, run <code>tidewell validate</code> against the file first. It reports the line',
    'of the first error and refuses to start a pipeline whose sink cannot be reached, which is the most common cause of silence.',
  ),
];
const aL2 = ['Tidewell documentation', 'systemd/Journal', 'Logrotate'];
const aTop = ['Home', 'Packages', 'Forums', 'Wiki', 'Bugs', 'Security', 'Download'];
const aMenu = [
  'Main page',
  'Getting involved',
  'Wiki news',
  'Random page',
  'Help',
  'Contributing',
  'Recent changes',
  'Recent talks',
  'New pages',
  'Statistics',
];
const aFoot = ['Privacy policy', 'About LarkWiki', 'Disclaimers', 'Code of conduct', 'Terms of service', 'Mobile view'];
const h = (lvl: 2 | 3, text: string): string => {
  const id = text.replace(/ /g, '_');
  return `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${id}">${text}</h${lvl}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Tidewell&amp;action=edit&amp;section=1" title="Edit section: ${text}">edit</a><span
class="mw-editsection-bracket">]</span></span></div>`;
};
const pre = (t: string): string => `<pre>${t}</pre>`;
const aHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${aTitle} - LarkWiki</title><script>(function(){var className="client-js vector-feature-toc-pinned-clientpref-1";
document.documentElement.className=className;}());RLCONF={"wgPageName":"Tidewell","wgTitle":"Tidewell","wgCurRevisionId":812044,
"wgCategories":["Logging","System administration"],"wgIsArticle":true};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator" content="MediaWiki
1.43.0">
<link rel="canonical" href="https://wiki.larkspurlinux.org/title/Tidewell"><link rel="search" type="application/opensearchdescription+xml"
href="/rest.php/v1/search"
title="LarkWiki (en)"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Tidewell rootpage-Tidewell skin-vector-2022
action-view">
<div id="larknavbar" class="noprint"><div id="larknavbarlogo"><a href="https://larkspurlinux.org" title="Return to the main page">Larkspur Linux</a></div>
<div id="larknavbarmenu"><ul id="larknavbarlist">${links(aTop)}</ul></div></div>
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/title/Main_page" class="mw-logo"><span class="mw-logo-container">LarkWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search LarkWiki"
aria-label="Search LarkWiki"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount-2"><a
href="/index.php?title=Special:CreateAccount">Create account</a></li>
<li id="pt-login-2"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation">
<nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div></div>
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(aMenu, 'mw-list-item')}</ul></div></div>
</div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2
class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">Beginning</div></a></li>
${aH
  .map(
    (t, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span> <span>${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${aTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul>
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/title/Tidewell" title="View the content page">Page</a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/title/Talk:Tidewell" rel="discussion">Discussion</a></li></ul></nav>
<nav aria-label="Views"><ul><li id="ca-view" class="selected mw-list-item"><a href="/title/Tidewell">Read</a></li>
<li id="ca-viewsource" class="mw-list-item"><a href="/index.php?title=Tidewell&amp;action=edit">View source</a></li>
<li id="ca-history" class="mw-list-item"><a href="/index.php?title=Tidewell&amp;action=history">View history</a></li></ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From LarkWiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="larkwiki-template-meta-related-articles-start"><p>Related articles</p><ul><li><a href="/title/Systemd/Journal">systemd/Journal</a></li>
<li><a href="/title/Rsyslog">rsyslog</a></li><li><a href="/title/Syslog-ng">syslog-ng</a></li></ul></div>
<p>${aIntro}</p>
${h(2, aH[0] ?? '')}
${ps(aP1)}
${h(2, aH[1] ?? '')}
${ps(aP2)}
${h(3, aH[2] ?? '')}
${ps(aP3)}
${pre('# gpasswd -a tidewell systemd-journal')}
${h(3, aH[3] ?? '')}
${ps(aP4)}
<div class="larkwiki-template-box larkwiki-template-box-note"><strong>Note:</strong> ${aNote}</div>
${h(2, aH[4] ?? '')}
${ps(aP5)}
<ul>
${aL1.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${h(2, aH[5] ?? '')}
${ps(aP7)}
${h(3, aH[6] ?? '')}
${ps(aP6)}
${h(2, aH[7] ?? '')}
<ul>
${aL2.map((t) => `<li><a href="/title/${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}
</ul>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/title/Special:Categories">Categories</a>:
<ul><li><a href="/title/Category:Logging">Logging</a></li><li><a href="/title/Category:System_administration">System administration</a></li></ul></div></div>
</div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 2 March 2026,
at 18:40.</li><li id="footer-info-copyright">Content is available under <a class="external"
href="https://www.gnu.example/copyleft/fdl.html">GNU Free Documentation
License 1.3 or later</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(aFoot)}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142,"wgPageParseReport":{"limitreport":{"cputime":"0.031"}}});});</script>
</body></html>`;
export const larkwiki: TestPage = {
  name: 'heldout255-larkwiki-mediawiki-package',
  kind: 'wiki',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([aIntro, ...aP1, ...aP2, ...aP3, ...aP4, aNote, ...aP5, ...aL1, ...aP7, ...aP6, ...aL2]),
  bylines: ['This page was last edited on 2 March 2026, at 18:40.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Larkspur Linux', ...aTop, 'Jump to content', 'LarkWiki', 'Search', 'Create account', 'Log in', 'Main menu', ...aMenu, 'Contents', 'hide',
    'Beginning', 'Page', 'Discussion', 'View source', 'View history', 'From LarkWiki', 'Related articles', 'rsyslog', 'syslog-ng',
    'edit', 'Note:', 'Categories', 'Logging', 'System administration',
    'Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.', ...aFoot,
  ],
};
