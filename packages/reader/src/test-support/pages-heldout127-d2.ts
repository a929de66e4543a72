import { type TestPage, texts } from './page-kit.js';
import { type VectorPage, type VectorSite, vectorPage, vh } from './pages-heldout127-a3.js';
import { notGold, vectorEdited, vectorFurniture } from './pages-heldout127-a4.js';

/**
 * Held-out batch 127, file d2: an ArchWiki page in the Vector 2022 skin (from file a3) under the Arch Linux "archnavbar", with the
 * floating "Related articles" box, an "expansion" maintenance box, Note / Tip / Warning boxes, package links with their "AUR"
 * marks, file and command blocks, a "See also" list and the single category.
 */
const title = 'Quillsync';
const slug = 'Quillsync';
const navbar = ['Home', 'Packages', 'Forums', 'Wiki', 'GitLab', 'Security', 'AUR', 'Download'];
const site: VectorSite = {
  name: 'ArchWiki',
  host: 'wiki.archlinux.org',
  siteSub: 'From ArchWiki',
  menus: [
    { id: 'p-navigation', heading: 'Navigation', items: ['Main page', 'Table of contents', 'Getting involved', 'Wiki news', 'Random page'] },
    { id: 'p-interaction', heading: 'Interaction', items: ['Help', 'Contributing', 'Recent changes', 'Recent talks', 'New pages', 'Statistics', 'Requests'] },
  ],
  userLinks: ['Create account', 'Log in'],
  anonMenu: true,
  tools: ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information'],
  print: ['Printable version'],
  projects: [],
  copyright:
    'Content is available under <a class="external" rel="nofollow" href="https://www.gnu.org/copyleft/fdl.html">GNU Free Documentation License 1.3 ' +
    'or later</a> unless otherwise noted.',
  places: ['Privacy policy', 'About ArchWiki', 'Disclaimers', 'Code of conduct', 'Terms of service', 'Mobile view'],
  top: `<div id="archnavbar" class="noprint"><div id="archnavbarlogo"><p><a id="logo" href="https://archlinux.org/"></a></p></div><div id="archnavbarmenu">
<ul id="archnavbarlist">${navbar
    .map(
      (t) => `<li id="anb-${t.toLowerCase()}"${t === 'Wiki' ? ' class="anb-selected"' : ''}><a href="https://archlinux.org/${t.toLowerCase()}/">${t}</a></li>`,
    )
    .join('')}</ul></div></div>`,
  topTexts: navbar,
};
const related = ['Related articles', 'Synchronization and backup programs', 'systemd/User', 'inotify'];
const pkg = (name: string, aur = false): string =>
  `<span class="plainlinks archwiki-template-pkg"><a rel="nofollow" class="external text" href="https://${aur ? 'aur.' : ''}archlinux.org/packages/` +
  `?name=${name}">${name}</a></span>${aur ? '<sup><small>AUR</small></sup>' : ''}`;
const box = (kind: string, label: string, text: string): string =>
  `<div class="archwiki-template-box archwiki-template-box-${kind}"><strong>${label}:</strong> ${text}</div>`;
const lead = [
  '<b>Quillsync</b> is a file synchronization daemon that keeps folders in step between machines over SSH. It watches folders with ' +
    '<a href="/title/Inotify">inotify</a>, sends only the changed blocks of each file, and keeps a short history of every version it replaces, ' +
    'so a bad sync can be undone.',
  'Unlike most synchronization programs, Quillsync has no central server and no background discovery: every peer is listed by hand in the ' +
    'configuration file.',
];
const expansion = [
  'This article or section needs expansion.',
  'Reason: Document the conflict-resolution settings added in version 2.3. (Discuss in Talk:Quillsync)',
];
const hInstall = 'Installation';
const install = [
  `<a href="/title/Install" title="Install">Install</a> the ${pkg('quillsync')} package. For the development version, install ${pkg('quillsync-git', true)}.`,
  'Quillsync must be installed on every machine that takes part in synchronization, and each machine must be able to log in to the others ' +
    'over SSH with a key.',
];
const hConfig = 'Configuration';
const config = ['The configuration file is <code>~/.config/quillsync/config.toml</code>. Run the following once to create it with a single folder:'];
const hFolders = 'Folders';
const folders = [
  'Each synchronized folder has its own section, which lists its path and the peers it is shared with. A peer is written as an SSH destination:',
];
const note = box(
  'note',
  'Note',
  'The configuration file is only read at start-up. After editing it, <a href="/title/Restart">restart</a> the daemon or send it <code>SIGHUP</code>.',
);
const hIgnore = 'Ignoring files';
const ignore = [
  'Place a <code>.quillignore</code> file at the top of a synchronized folder to exclude files. It uses the same pattern syntax as ' +
    '<code>.gitignore</code>. Editor swap files and <code>*.part</code> downloads are ignored by default.',
];
const hUsage = 'Usage';
const usage = [
  '<a href="/title/Start/enable" title="Start/enable">Start/enable</a> the <code>quillsync.service</code> ' +
    '<a href="/title/Systemd/User" title="Systemd/User">user unit</a>. To see which files are waiting to be sent, run:',
  'Earlier versions of a file are kept for 30 days under <code>.quillsync/history/</code> inside each folder and can be restored with ' +
    '<code>quillsync restore</code>.',
];
const tip = box('tip', 'Tip', 'Use <code>quillsync status --watch</code> to follow transfers as they happen.');
const hTips = 'Tips and tricks';
const hSystem = 'Run as a system service';
const system = [
  'To synchronize folders that belong to another user on a headless server, enable <code>quillsync@<i>user</i>.service</code> instead of the ' +
    'user unit. The daemon then starts at boot, without waiting for the user to log in.',
];
const hTrouble = 'Troubleshooting';
const hWatch = 'Inotify watch limit reached';
const watch = [
  'On folders with a very large number of subdirectories the daemon may log <code>inotify watch limit reached</code> and stop noticing changes. ' +
    'Raise the limit with a <a href="/title/Sysctl" title="Sysctl">sysctl</a> drop-in file:',
];
const warning = box('warning', 'Warning', 'Each watch uses about 1 KiB of kernel memory, so do not raise the limit far beyond what you need.');
const hConflict = 'Files renamed with .conflict suffix';
const conflict = [
  'When the same file is changed on two peers before they have synchronized, Quillsync keeps both copies and renames the older one with a ' +
    '<code>.conflict</code> suffix. Compare the two copies, keep the right one and delete the other.',
];
const seeAlso = ['Quillsync documentation', 'Quillsync on GitHub'];
const pre = (t: string): string => `<pre>${t}</pre>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const content = `<div class="archwiki-template-meta-related-articles-start" style="float:right;clear:right;width:25%;margin:0 0 1em 1em">
<p class="archwiki-template-meta-related-articles-title">${related[0]}</p><ul>${related
  .slice(1)
  .map((t) => `<li><a href="/title/${t}" title="${t}">${t}</a></li>`)
  .join('')}</ul></div>
${ps(lead)}
<div class="archwiki-template-box archwiki-template-box-expansion"><strong>This article or section needs expansion.</strong><div
class="archwiki-template-box-reason">
<strong>Reason:</strong> Document the conflict-resolution settings added in version 2.3. (Discuss in <a href="/title/Talk:Quillsync">Talk:Quillsync</a>)
</div></div>
<meta property="mw:PageProp/toc">
${vh(2, hInstall, slug)}
${ps(install)}
${vh(2, hConfig, slug)}
${ps(config)}
${pre('$ quillsync init ~/Documents')}
${vh(3, hFolders, slug)}
${ps(folders)}
<pre><b>~/.config/quillsync/config.toml</b>
[folder.documents]
path = "~/Documents"
peers = ["alice@desktop.lan", "alice@laptop.lan"]
history_days = 30</pre>
${note}
${vh(3, hIgnore, slug)}
${ps(ignore)}
${vh(2, hUsage, slug)}
${ps(usage.slice(0, 1))}
${pre('$ quillsync status')}
${ps(usage.slice(1))}
${tip}
${vh(2, hTips, slug)}
${vh(3, hSystem, slug)}
${ps(system)}
${vh(2, hTrouble, slug)}
${vh(3, hWatch, slug)}
${ps(watch)}
<pre><b>/etc/sysctl.d/90-quillsync.conf</b>
fs.inotify.max_user_watches = 524288</pre>
${warning}
${vh(3, hConflict, slug)}
${ps(conflict)}
${vh(2, 'See also', slug)}
<ul>${seeAlso.map((t) => `<li><a rel="nofollow" class="external text" href="https://quillsync.example/${t.length}">${t}</a></li>`).join('\n')}</ul>`;
const page: VectorPage = {
  title,
  slug,
  toc: [hInstall, hConfig, hUsage, hTips, hTrouble, 'See also'],
  langs: ['Español', '日本語', 'Русский', '中文（简体）'],
  content,
  cats: ['Synchronization and backup'],
  hidden: [],
  edited: '2 March 2025, at 11:08',
  oldid: 828144,
};
export const archwiki: TestPage = {
  name: 'heldout127-archwiki-software',
  kind: 'wiki',
  html: vectorPage(site, page),
  // Note, Tip and Warning boxes are body (with their labels); command and file blocks are in neither list, and so are "See
  // also" and its links; the "Related articles" box and the expansion box are furniture
  title,
  headings: [hInstall, hConfig, hFolders, hIgnore, hUsage, hTips, hSystem, hTrouble, hWatch, hConflict],
  body: texts([...lead, ...install, ...config, ...folders, note, ...ignore, ...usage, tip, ...system, ...watch, warning, ...conflict]),
  bylines: [vectorEdited(page)],
  furniture: notGold([...vectorFurniture(site, page), ...related, ...expansion], [title, hUsage]),
};
