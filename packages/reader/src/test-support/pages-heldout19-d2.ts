import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 19, file d2: an Arch-wiki-style MediaWiki page of a project (the project's own top bar, the MediaWiki
 * tabs, the "Related articles" box floated right, the TOC, a "Note:" box and a "Tip:" box, code blocks with commands,
 * "Troubleshooting" section, the "Retrieved from" line, categories, the sidebar tools and the footer).
 */
const awTitle = 'Quayside sync daemon';
const awLead = [
  'Quayside is a small daemon that keeps a folder in sync between machines over SSH, using file change notifications ' +
    'instead of periodic scans. This article covers installing it, configuring a pair of hosts and the most common problems.',
];
const awH1 = 'Installation';
const awInst = ['Install the quayside package. The daemon runs as a user service, so no system service needs to be enabled.'];
const awH2 = 'Configuration';
const awConf = [
  'Each synced folder is described by one file in ~/.config/quayside/, named after the folder. A file needs at least the local ' +
    'path, the remote host and the remote path.',
  'Start and enable the user service for each folder with the folder name as the instance name.',
];
const awNote = 'Note: Both hosts must run the same major version of Quayside; the protocol changed in version 3.';
const awTip = 'Tip: Set the batch delay to a few seconds on laptops, so that a burst of saves is sent as one transfer.';
const awH3 = 'Troubleshooting';
const awH4 = 'Changes are not picked up';
const awTrouble = [
  'The kernel limits how many files one user can watch. On large folders raise the limit of inotify watches, or the daemon will ' +
    'silently stop noticing changes deep in the tree.',
];
const awRelated = ['Related articles', 'Syncthing', 'rsync', 'OpenSSH', 'inotify-tools'];
const awTop = ['Home', 'Packages', 'Forums', 'Wiki', 'GitLab', 'Security', 'AUR', 'Download'];
const awSide = [
  'Main page',
  'Table of contents',
  'Getting involved',
  'Wiki news',
  'Random page',
  'Help',
  'Contributing',
  'Recent changes',
  'Recent talks',
  'New pages',
  'Statistics',
  'Requests',
  'What links here',
  'Related changes',
  'Special pages',
  'Printable version',
  'Permanent link',
  'Page information',
];
const awFoot = [
  'This page was last edited on 28 September 2025, at 19:44.',
  'Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.',
  'Privacy policy',
  'About ArchWiki',
  'Disclaimers',
];
const awPerm = 'https://wiki.archlinux.example/index.php?title=Quayside_sync_daemon&amp;oldid=843021';
const h = (lvl: number, id: string, t: string): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${id}">${t}</h${lvl}><span class="mw-editsection">[<a href="?action=edit">edit</a>]</span></div>`;
const awHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${awTitle} - ArchWiki</title></head>
<body class="skin-vector-legacy mediawiki ltr ns-0 page-Quayside_sync_daemon action-view">
<div id="archnavbar" class="noprint"><div id="archnavbarlogo"><a href="https://archlinux.example/" title="Return to the main page">Arch Linux</a></div>
<div id="archnavbarmenu"><ul id="archnavbarlist">${links(awTop, 'anb')}</ul></div></div>
<div id="mw-page-base" class="noprint"></div><div id="mw-head" class="noprint"><nav id="p-personal"><ul><li><a href="?action=login">Log in</a></li></ul></nav>
<nav id="p-namespaces"><ul><li class="selected"><a href="/title/Quayside_sync_daemon">Page</a></li><li><a href="/title/Talk:Quayside">Discussion</a>
</li></ul></nav>
<nav id="p-views"><ul><li class="selected"><a href="/title/Quayside_sync_daemon">Read</a></li><li><a href="?action=edit">View source</a></li>
<li><a href="?action=history">View history</a></li></ul></nav><div id="p-search"><input placeholder="Search ArchWiki"><button>Go</button></div></div>
<div id="content" class="mw-body" role="main"><h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">${awTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub">From ArchWiki</div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><div class="archwiki-template-meta-related-articles-start"><p><b>${awRelated[0]}</b></p>
<ul>${links(awRelated.slice(1))}</ul></div>
${awLead.map((p) => `<p>${p}</p>`).join('\n')}
<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul>
<li class="toclevel-1"><a href="#Installation"><span class="tocnumber">1</span> <span class="toctext">Installation</span></a></li>
<li class="toclevel-1"><a href="#Configuration"><span class="tocnumber">2</span> <span class="toctext">Configuration</span></a></li>
<li class="toclevel-1"><a href="#Troubleshooting"><span class="tocnumber">3</span> <span class="toctext">Troubleshooting</span></a></li></ul></div>
${h(2, 'Installation', awH1)}
${awInst.map((p) => `<p>${p}</p>`).join('\n')}
<pre># pacman -S quayside</pre>
${h(2, 'Configuration', awH2)}
<p>${awConf[0]}</p>
<div class="archwiki-template-box archwiki-template-box-note">
<strong>Note:</strong> Both hosts must run the same major version of Quayside; the protocol changed in version 3.</div>
<p>${awConf[1]}</p>
<pre>$ systemctl --user enable --now quayside@photos.service</pre>
<div class="archwiki-template-box archwiki-template-box-tip">
<strong>Tip:</strong> Set the batch delay to a few seconds on laptops, so that a burst of saves is sent as one transfer.</div>
${h(2, 'Troubleshooting', awH3)}
${h(3, 'Changes_are_not_picked_up', awH4)}
${awTrouble.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="printfooter">Retrieved from "<a dir="ltr" href="${awPerm}">${awPerm}</a>"</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/title/Special:Categories">Category</a>: <ul><li>
<a href="/title/Category:File_synchronization">File synchronization</a></li></ul></div></div>
</div></div>
<div id="mw-panel" class="noprint"><nav class="portal"><ul>${links(awSide)}</ul></nav></div>
<footer id="footer" class="mw-footer"><ul id="footer-info">${awFoot
  .slice(0, 2)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<ul id="footer-places">${links(awFoot.slice(2))}</ul></footer></body></html>`;
export const archwiki: TestPage = {
  html: awHtml,
  name: 'heldout19-archwiki-page',
  kind: 'wiki',
  // the lead, section paragraphs and the Note and Tip boxes are the page's text: body (their "Note:"/"Tip:" labels stay in
  // them); the code blocks are neither paragraphs nor list items: in no list; the h2s and the h3 are the headings; the
  // "Related articles" box, the TOC (its entries repeat the headings word for word: in neither list), "From ArchWiki", "[edit]",
  // the "Retrieved from" line, the category, tabs, project top bar, sidebar and footer are furniture; no bylines; the related
  // link "inotify-tools" and the top bar's "Wiki" are no words of the body ("inotify" is, "tools" is not)
  title: awTitle,
  headings: [awH1, awH2, awH3, awH4],
  body: [...texts(awLead), ...texts(awInst), awConf[0] ?? '', awNote, awConf[1] ?? '', awTip, ...texts(awTrouble)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Arch Linux', ...awTop, 'Log in', 'Page', 'Discussion', 'Read', 'View source', 'View history', 'Go', 'From ArchWiki', ...awRelated, 'Contents',
    'edit', 'Retrieved from "https://wiki.archlinux.example/index.php?title=Quayside_sync_daemon&oldid=843021"', 'Category', 'File synchronization',
    ...awSide, ...awFoot,
  ],
};
