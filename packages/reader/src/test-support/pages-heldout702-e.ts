import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout702-kit.js';

/**
 * Held-out batch 702, file e: an article on a distribution's wiki built like the ArchWiki (MediaWiki 1.42, Vector 2022 with the
 * distribution's navbar on top, "Related articles" box, package links with a repository superscript, Note / Tip / Warning boxes,
 * {{hc}}-style code blocks with a bold file name, sidebar contents, edit links, categories), and a page of a project's GitHub
 * wiki (logged-out repository header and tabs, "edited this page" meta, markdown alert, headings with anchor links, code blocks
 * with copy buttons, a table, the pages box, a custom sidebar and footer, the clone URL box, GitHub's footer).
 */
const aTitle = 'Gantry';
const aRelated = ['Podman', 'Buildah', 'Cgroups', 'Linux Containers'];
const aLead = j(
  '<a rel="nofollow" class="external text" href="https://gantry.example.org/">Gantry</a> is a daemonless tool for building',
  '<a href="/title/OCI" title="OCI">OCI</a> container images without root privileges. It reads a <i>Gantryfile</i>, runs each',
  'step in a user namespace and writes the result to a local image store, or pushes it straight to a registry.',
);
const pkg = (name: string, repo = ''): string =>
  `<span class="plainlinks archwiki-template-pkg"><a
rel="nofollow" class="external text" href="https://alderlinux.org/packages/?name=${name}">${name}</a></span>${
    repo === '' ? '' : `<sup><small>${repo}</small></sup>`
  }`;
const aInstall = j(
  `<a href="/title/Install" title="Install">Install</a> the ${pkg('gantry')} package. For the development version, install`,
  `${pkg('gantry-git', 'ACR')}.`,
);
const aInstall2 =
  'Gantry needs subordinate user and group IDs for your user before it can build anything; see <a href="#Subordinate_IDs">#Subordinate IDs</a>.';
const aSubIds = j(
  'Gantry maps the users inside a container to a range of IDs on the host. Add a range for your user to both',
  '<code>/etc/subuid</code> and <code>/etc/subgid</code>:',
);
const aSubIdsPre = '<b>/etc/subuid</b>\nalice:100000:65536';
const aSubIds2 = 'Log out and back in for the change to take effect.';
const aNote = j(
  '<strong>Note:</strong> If you use <a href="/title/Systemd-homed" title="Systemd-homed">systemd-homed</a>, ranges are',
  'assigned automatically and you can skip this step.',
);
const aStorage = j(
  'By default Gantry stores image layers with the <code>overlay</code> driver in <code>~/.local/share/gantry</code>. On file',
  'systems that do not support unprivileged overlay mounts, such as some network file systems, use the <code>vfs</code> driver',
  'instead:',
);
const aStoragePre = '<b>~/.config/gantry/gantry.conf</b>\n[storage]\ndriver = "vfs"';
const aWarn = j(
  '<strong>Warning:</strong> The <code>vfs</code> driver copies every layer in full. A large image can take several times',
  'its own size on disk.',
);
const aRegistries = j(
  'Registries to search for short image names are listed in <code>/etc/gantry/registries.conf</code>. The default list contains',
  'only <code>registry.alderlinux.org</code>; add other registries one per line.',
);
const aUsage = 'Build an image from the <i>Gantryfile</i> in the current directory and tag it:';
const aUsagePre = '$ gantry build -t myapp:latest .';
const aUsage2 = j(
  'List local images with <code>gantry images</code> and push one with',
  '<code>gantry push myapp:latest registry.example.com/myapp:latest</code>.',
);
const aCache = 'Mount a persistent cache into each build step so that package downloads are reused between builds:';
const aCachePre = '$ gantry build --cache-mount /var/cache/alp:/var/cache/alp -t myapp .';
const aTip = j(
  '<strong>Tip:</strong> Run <code>gantry prune --older-than 7d</code> from a <a href="/title/Systemd/Timers" title="Systemd/Timers">',
  'systemd user timer</a> to keep the layer store small.',
);
const aErr = 'This happens when unprivileged user namespaces are disabled. Check the value of the kernel parameter:';
const aErrPre = '$ sysctl kernel.unprivileged_userns_clone';
const aErr2 = j(
  'If it is <code>0</code>, set it to <code>1</code> with <a href="/title/Sysctl" title="Sysctl">sysctl</a> and make the change',
  'persistent in a drop-in file in <code>/etc/sysctl.d/</code>.',
);
const aSee = ['Official documentation', 'Gantryfile reference', 'Upstream issue tracker'];
type Sec = { h: string; level: number; html: string };
const aSecs: Sec[] = [
  { h: 'Installation', level: 2, html: `${ps([aInstall, aInstall2])}` },
  { h: 'Configuration', level: 2, html: '' },
  {
    h: 'Subordinate IDs',
    level: 3,
    html: `<p>${aSubIds}</p>\n<pre>${aSubIdsPre}</pre>\n<p>${aSubIds2}</p>\n<div class="archwiki-template-box archwiki-template-box-note">${aNote}</div>`,
  },
  {
    h: 'Storage driver',
    level: 3,
    html: `<p>${aStorage}</p>\n<pre>${aStoragePre}</pre>\n<div class="archwiki-template-box archwiki-template-box-warning">${aWarn}</div>`,
  },
  { h: 'Registries', level: 3, html: `<p>${aRegistries}</p>` },
  { h: 'Usage', level: 2, html: `<p>${aUsage}</p>\n<pre>${aUsagePre}</pre>\n<p>${aUsage2}</p>` },
  { h: 'Tips and tricks', level: 2, html: '' },
  {
    h: 'Caching package downloads',
    level: 3,
    html: `<p>${aCache}</p>\n<pre>${aCachePre}</pre>\n<div class="archwiki-template-box archwiki-template-box-tip">${aTip}</div>`,
  },
  { h: 'Troubleshooting', level: 2, html: '' },
  { h: 'Error: cannot set up namespace: operation not permitted', level: 3, html: `<p>${aErr}</p>\n<pre>${aErrPre}</pre>\n<p>${aErr2}</p>` },
  {
    h: 'See also',
    level: 2,
    html: `<ul>${aSee
      .map(
        (t) => `<li><a rel="nofollow" class="external text"
href="https://gantry.example.org/${t.split(' ')[0]?.toLowerCase()}">${t}</a></li>`,
      )
      .join('\n')}</ul>`,
  },
];
const aId = (h: string): string => h.replace(/ /g, '_').replace(/:/g, '.3A');
const aNums: string[] = [];
{
  let a = 0;
  let b = 0;
  for (const s of aSecs) {
    if (s.level === 2) {
      a++;
      b = 0;
      aNums.push(String(a));
    } else {
      b++;
      aNums.push(`${a}.${b}`);
    }
  }
}
const aSide = ['Main page', 'Table of contents', 'Getting involved', 'Wiki news', 'Random page'];
const aInteract = ['Help', 'Contributing', 'Recent changes', 'Recent talks', 'New pages', 'Statistics', 'Requests'];
const aTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const aBar = ['Home', 'Packages', 'Forums', 'Wiki', 'GitLab', 'Security', 'ACR', 'Download'];
const aFoot = ['Privacy policy', 'About AlderWiki', 'Disclaimers', 'Code of conduct', 'Mobile view'];
const aHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Gantry - AlderWiki</title>
<script>(function(){var className="client-js vector-feature-toc-pinned-clientpref-1";document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgCanonicalNamespace":"","wgPageName":"Gantry","wgTitle":"Gantry","wgCurRevisionId":801244,"wgArticleId":31877,
"wgCategories":["Containers","Build tools"],"wgRelevantPageName":"Gantry"};RLSTATE={"site.styles":"ready","skins.vector.styles":"ready"};
RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js","ext.checkUser.clientHints"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles%7Czzz.ext.alderLinux.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3"><meta name="viewport" content="width=1120">
<link rel="search" type="application/opensearchdescription+xml" href="/rest.php/v1/search" title="AlderWiki (en)">
<link rel="canonical" href="https://wiki.alderlinux.org/title/Gantry"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Gantry rootpage-Gantry
skin-vector-2022 action-view"><div id="archnavbar" class="noprint"><div id="archnavbarlogo"><p><a id="logo" href="https://alderlinux.org/"></a></p></div>
<div id="archnavbarmenu"><ul id="archnavbarlist">${aBar
  .map(
    (t) => `<li id="anb-${t.toLowerCase()}"${t === 'Wiki' ? ' class="anb-selected"' : ''}><a href="https://alderlinux.org/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul></div></div>
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(aSide, 'mw-list-item')}</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet"><div class="vector-menu-heading">Interaction</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(aInteract, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/title/Main_page" class="mw-logo"><img class="mw-logo-icon" src="/images/alderwiki-logo.svg" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container"><strong class="mw-logo-wordmark">AlderWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><a href="/title/Special:Search" class="cdx-button cdx-search-toggle" title="Search AlderWiki [f]" accesskey="f"><span
class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch"
class="cdx-search-input__input-wrapper">
<div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search AlderWiki"
aria-label="Search AlderWiki" autocapitalize="sentences" title="Search AlderWiki [f]" accesskey="f" id="searchInput"></div>
<input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences"
class="vector-menu mw-portlet emptyPortlet"></div><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a
href="/index.php?title=Special:CreateAccount&amp;returnto=Gantry"
title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a
href="/index.php?title=Special:UserLogin&amp;returnto=Gantry"
title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o"><span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"
data-feature-name="toc-pinned" data-pinnable-element-id="vector-toc"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${aSecs
  .map(
    (s, i) => `<li id="toc-${aId(s.h)}" class="vector-toc-list-item vector-toc-level-${s.level - 1}"><a class="vector-toc-link" href="#${aId(s.h)}">
<div class="vector-toc-text"><span class="vector-toc-numb">${aNums[i]}</span> <span>${s.h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${aTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/title/Gantry" title="View the content page [c]"
accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/title/Talk:Gantry" rel="discussion" title="Discussion about the content page [t]"
accesskey="t"><span>Discussion</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item">
<a href="/title/Gantry"><span>Read</span></a></li><li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Gantry&amp;action=edit"
title="This page is protected.&#10;You can view its source [e]" accesskey="e"><span>View source</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Gantry&amp;action=history" title="Past revisions of this page [h]"
accesskey="h"><span>View history</span></a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools">
<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true">
<span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div id="p-tb" class="vector-menu mw-portlet">
<div class="vector-menu-heading">General</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(aTools, 'mw-list-item')}</ul>
</div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From AlderWiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="archwiki-template-meta-related-articles-start"><p><strong>Related articles</strong></p><ul>${aRelated
  .map((t) => `<li><a href="/title/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`)
  .join('')}</ul></div>
<p>${aLead}</p>
${aSecs
  .map(
    (s) => `<div class="mw-heading mw-heading${s.level}"><h${s.level} id="${aId(s.h)}">${s.h}</h${s.level}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Gantry&amp;action=edit&amp;section=1" title="Edit section: ${s.h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>
${s.html}`,
  )
  .join('\n')}
</div><noscript><img src="https://wiki.alderlinux.org/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.alderlinux.org/index.php?title=Gantry&amp;oldid=801244">https://wiki.alderlinux.org/index.php?title=Gantry&amp;oldid=801244</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/title/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/title/Category:Containers" title="Category:Containers">Containers</a></li><li>
<a href="/title/Category:Build_tools" title="Category:Build tools">Build tools</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 14 February 2027, at 08:41.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://www.gnu.org/copyleft/fdl.html">GNU Free Documentation
License 1.3 or later</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(aFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":97,"wgPageParseReport":{"limitreport":{"cputime":"0.041"}}});});</script>
</body></html>`;
const alderwiki: TestPage = gold({
  name: 'heldout702-archwiki-gantry',
  kind: 'wiki',
  html: aHtml,
  title: aTitle,
  headings: aSecs.map((s) => s.h),
  // biome-ignore format: the body texts follow the page's order
  body: texts([aLead, aInstall.replace('<sup>', ' <sup>'), aInstall2, aSubIds, aSubIdsPre, aSubIds2, aNote, aStorage,
    aStoragePre, aWarn, aRegistries, aUsage, aUsagePre,
    aUsage2, aCache, aCachePre, aTip, aErr, aErrPre, aErr2, ...aSee]),
  bylines: ['This page was last edited on 14 February 2027, at 08:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aBar, 'Jump to content', 'Main menu', 'Navigation', ...aSide, 'Interaction', ...aInteract, 'AlderWiki', 'Search', 'Create account', 'Log in',
    'Contents', 'hide', '(Top)', ...aNums, 'Page', 'Discussion', 'Read', 'View source', 'View history', 'Tools', 'General', ...aTools,
    'From AlderWiki', 'Related articles', ...aRelated, 'edit',
    'Retrieved from "https://wiki.alderlinux.org/index.php?title=Gantry&oldid=801244"', 'Categories:', 'Containers', 'Build tools',
    'Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.', ...aFoot,
  ],
});

const gTitle = 'Upgrading to Ferry 3';
const gIntro = j(
  'Ferry 3 changes how migration files are named and how the configuration file is laid out. Most projects can upgrade in under',
  'an hour. This page lists every breaking change and the commands that help with each one.',
);
const gAlert = j('Upgrade the CLI on every machine and CI runner at the same time. Ferry 2 cannot read a history table that Ferry 3 has', 'written to.');
const gHeads = ['Before you upgrade', 'Breaking changes', 'Migration file names', 'The ferry.yml format', 'Removed commands', 'Rolling back'];
const gBefore = [
  'Apply all pending migrations with Ferry 2, so that the history table is up to date.',
  'Commit or stash any migration files you are still working on.',
  'Take a backup of the <code>ferry_history</code> table. Ferry 3 rewrites it once, on its first run.',
];
const gBefore2 = 'Check that nothing is pending before you switch:';
const gNames = j(
  'Ferry 2 used a numeric prefix (<code>0042_add_orders.sql</code>). Ferry 3 uses a UTC timestamp',
  '(<code>20270112T0930_add_orders.sql</code>), so that two branches no longer pick the same number. Rename existing files with:',
);
const gNames2 = 'The command records the old and new names in the history table, so migrations that were already applied are not run again.';
const gYamlIntro = 'The connection settings moved under a <code>databases</code> key, so that one project can target several databases:';
const gYaml = `<span class="pl-c"><span class="pl-c">#</span> Ferry 2</span>
<span class="pl-ent">url</span>: <span class="pl-s">postgres://localhost/shop</span>
<span class="pl-ent">dir</span>: <span class="pl-s">migrations</span>

<span class="pl-c"><span class="pl-c">#</span> Ferry 3</span>
<span class="pl-ent">databases</span>:
  <span class="pl-ent">main</span>:
    <span class="pl-ent">url</span>: <span class="pl-s">postgres://localhost/shop</span>
    <span class="pl-ent">dir</span>: <span class="pl-s">migrations</span>`;
const gYaml2 = '<code>ferry config upgrade</code> rewrites the file in place and keeps the old one as <code>ferry.yml.bak</code>.';
const gRows = [
  ['Ferry 2', 'Ferry 3'],
  ['<code>ferry up</code>', '<code>ferry apply</code>'],
  ['<code>ferry down</code>', '<code>ferry revert</code>'],
  ['<code>ferry redo</code>', '<code>ferry revert --last &amp;&amp; ferry apply</code>'],
  ['<code>ferry dump-schema</code>', 'Removed; use your database’s own dump tool'],
];
const gRollback = [
  j(
    'If something goes wrong, reinstall Ferry 2.9. It can read a history table that Ferry 3 has rewritten, as long as no Ferry 3',
    'migration has been applied yet. After that point, restore the backup you took before upgrading.',
  ),
  'Questions that this page does not answer are welcome in <a href="https://github.com/ferrydb/ferry/discussions">Discussions</a>.',
];
const gCode = (
  lang: string,
  inner: string,
  value: string,
): string => `<div class="highlight highlight-source-${lang} notranslate position-relative overflow-auto"
dir="auto"><pre>${inner}</pre><div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy
m-2 p-0 d-flex flex-justify-center flex-items-center" data-copy-feedback="Copied!" data-tooltip-direction="w" value="${value}" tabindex="0" role="button">
<svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-copy js-clipboard-copy-icon"><path
d="M0 6.75C0 5.784"></path>
</svg></clipboard-copy></div></div>`;
const gH = (h: string, level: number): string => {
  const id = h
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
  return `<div class="markdown-heading" dir="auto"><h${level} class="heading-element" dir="auto">${h}</h${level}><a id="user-content-${id}" class="anchor"
aria-label="Permalink: ${h}" href="#${id}"><svg class="octicon octicon-link" viewBox="0 0 16 16" version="1.1" width="16" height="16" aria-hidden="true"><path
d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95"></path></svg></a></div>`;
};
const gGlobal = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const gTabs: [string, string][] = [
  ['Code', ''],
  ['Issues', '58'],
  ['Pull requests', '11'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Projects', ''],
  ['Wiki', ''],
  ['Security', ''],
  ['Insights', ''],
];
const gPages = ['Home', 'Installation', 'Configuration', 'Writing migrations', 'Running in CI', gTitle, 'Troubleshooting', 'FAQ'];
const gSidebar = ['Getting started', 'Install Ferry', 'Your first migration', 'Upgrading', 'Upgrading to Ferry 3'];
const gFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const gHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head><meta charset="utf-8"><link rel="dns-prefetch" href="https://github.githubassets.com"><link crossorigin="anonymous" media="all" rel="stylesheet"
href="https://github.githubassets.com/assets/light-0eace2597ca3.css"><link crossorigin="anonymous" media="all" rel="stylesheet"
href="https://github.githubassets.com/assets/github-f3a1f8c6e9f1.css"><script crossorigin="anonymous" defer="defer" type="application/javascript"
src="https://github.githubassets.com/assets/wp-runtime-9a3c1b.js"></script><title>Upgrading to Ferry 3 · ferrydb/ferry Wiki · GitHub</title>
<meta name="description" content="Schema migrations you can read. Contribute to ferrydb/ferry development by creating an account on GitHub.">
<meta property="og:title" content="Upgrading to Ferry 3"><meta property="og:site_name" content="GitHub"><meta property="og:type" content="object">
<meta name="hostname" content="github.com"><meta name="octolytics-dimension-repository_nwo" content="ferrydb/ferry">
<link rel="canonical" href="https://github.com/ferrydb/ferry/wiki/Upgrading-to-Ferry-3" data-turbo-transient></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production page-responsive"
style="word-wrap: break-word;"><div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" data-skip-target-assigned="false"
class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner" data-color-mode="light">
<div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full position-relative z-1">
<div class="d-flex flex-justify-between flex-items-center width-full width-lg-auto"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/"
aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24" version="1.1" width="32" class="octicon octicon-mark-github"><path
d="M12 1C5.923 1 1 5.923 1 12"></path></svg></a><div class="flex-1"><a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fferrydb%2Fferry%2Fwiki"
class="d-inline-block d-lg-none flex-order-1 f5 no-underline border color-border-default rounded-2 px-2 py-1 mr-3 mr-sm-5">Sign in</a></div></div>
<div class="HeaderMenu js-header-menu height-fit position-lg-relative d-lg-flex flex-column flex-auto top-0"><div class="HeaderMenu-wrapper d-flex flex-column
flex-self-start flex-lg-row flex-auto rounded rounded-lg-0"><nav class="HeaderMenu-nav" aria-label="Global"><ul class="d-lg-flex list-style-none">${gGlobal
  .map(
    (t) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center
js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex
flex-items-center flex-justify-between js-details-target" aria-expanded="false">${t}<svg opacity="0.5" aria-hidden="true" height="16" viewBox="0 0 16 16"
class="octicon octicon-chevron-down HeaderMenu-icon ml-1"><path d="M12.78 5.22a.749.749 0 0 1 0 1.06"></path></svg></button></li>`,
  )
  .join('\n')}</ul></nav>
<div class="d-lg-flex flex-items-center mb-3 mb-lg-0 text-center text-lg-left ml-3" style=""><qbsearch-input class="search-input"
data-scope="repo:ferrydb/ferry" data-custom-scopes-path="/search/custom_scopes"><div class="search-input-container search-with-dialog position-relative d-flex
flex-row flex-items-center mr-4 rounded"><button type="button" class="header-search-button placeholder input-button form-control d-flex flex-1
flex-self-stretch flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left border-0 box-shadow-none" data-target="qbsearch-input.inputButton"
placeholder="Search or jump to..." data-hotkey="s,/"><div class="mr-2 color-fg-muted"><svg aria-hidden="true" height="16" viewBox="0 0 16 16"
class="octicon octicon-search"><path d="M10.68 11.74a6 6 0 0 1-7.922-8.982"></path></svg></div><span class="flex-1"
data-target="qbsearch-input.inputButtonText">Search or jump to...</span><div class="d-flex" data-target="qbsearch-input.hotkeyIndicator"><svg
xmlns="http://www.w3.org/2000/svg" width="22" height="20" aria-hidden="true" class="mr-1"><path fill="none" stroke="#979A9C" opacity=".4"
d="M3.5.5h12c1.7 0 3 1.3 3 3v13c0 1.7-1.3 3-3 3h-12c-1.7"></path></svg></div></button></div></qbsearch-input>
<div class="position-relative HeaderMenu-link-wrap d-lg-inline-block"><a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fferrydb%2Fferry%2Fwiki"
class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2 py-1">Sign
in</a></div><a href="/signup?ref_cta=Sign+up&amp;source=header-repo" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0
d-flex d-lg-inline-flex no-underline border color-border-default rounded px-2 py-1">Sign up</a></div></div></div></div></header></div>
<div id="start-of-content" class="show-on-focus"></div><div id="js-flash-container" class="flash-container" data-turbo-replace></div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled>
<div itemscope itemtype="http://schema.org/SoftwareSourceCode" class=""><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor, var(--color-page-header-bg));"
data-turbo-replace><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit">
<div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16"
class="octicon octicon-repo color-fg-muted mr-2"><path d="M2 2.5A2.5 2.5 0 0 1 4.5 0h8.75"></path></svg><span class="author flex-self-stretch"
itemprop="author">
<a class="url fn" rel="author" data-hovercard-type="organization" data-hovercard-url="/orgs/ferrydb/hovercard" href="/ferrydb">ferrydb</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/ferrydb/ferry">ferry</a></strong>
<span></span><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<div id="repository-details-container" class="flex-shrink-0" data-turbo-replace style="max-width: 70%;"><ul class="pagehead-actions flex-shrink-0 d-none
d-md-inline" style="padding: 2px 0;"><li><a href="/login?return_to=%2Fferrydb%2Fferry" rel="nofollow" aria-label="You must be signed in to change notification
settings" class="btn-sm btn"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" class="octicon octicon-bell mr-2"><path
d="M8 16a2 2 0 0 0 1.985-1.75"></path>
</svg>Notifications</a></li><li><a icon="repo-forked" id="fork-button" href="/login?return_to=%2Fferrydb%2Fferry" rel="nofollow" class="btn-sm btn"><svg
aria-hidden="true" height="16" viewBox="0 0 16 16" class="octicon octicon-repo-forked mr-2"><path d="M5 5.372v.878c0 .414.336.75.75.75"></path></svg>Fork
<span id="repo-network-counter" title="214" class="Counter">214</span></a></li><li><div class="BtnGroup d-flex"><a href="/login?return_to=%2Fferrydb%2Fferry"
rel="nofollow" aria-label="You must be signed in to star a repository" class="tooltipped tooltipped-sw btn-sm btn"><svg aria-hidden="true" height="16"
viewBox="0 0 16 16" class="octicon octicon-star v-align-text-bottom d-inline-block mr-2"><path d="M8 .25a.75.75 0 0 1 .673.418"></path></svg><span
class="d-inline">Star</span> <span id="repo-stars-counter-star" aria-label="3412 users starred this repository" title="3,412"
class="Counter js-social-count">3.4k</span></a></div></li></ul></div></div>
<nav aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5">
<ul class="UnderlineNav-body list-style-none">${gTabs
  .map(
    ([t, n]) => `<li class="d-inline-flex"><a id="${t.toLowerCase().replace(/ /g, '-')}-tab" href="/ferrydb/ferry/${t.toLowerCase().replace(/ /g, '')}"
class="UnderlineNav-item no-wrap js-responsive-underlinenav-item js-selected-navigation-item${t === 'Wiki' ? ' selected" aria-current="page' : ''}"><svg
aria-hidden="true" height="16" viewBox="0 0 16 16" class="octicon UnderlineNav-octicon d-none d-sm-inline"><path d="M1.75 1h12.5c.966 0 1.75.784"></path></svg>
<span data-content="${t}">${t}</span><span class="Counter"${n === '' ? ' hidden="hidden"' : ` title="${n}"`}>${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class=""><div id="repo-content-pjax-container" class="repository-content">
<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div id="wiki-wrapper" class="page"><div class="d-flex flex-column flex-md-row gh-header">
<h1 class="flex-auto min-width-0 mb-2 mb-md-0 mr-0 mr-md-2 gh-header-title">${gTitle}</h1></div>
<div class="mt-2 mt-md-1 pb-3 gh-header-meta"><a class="Link--secondary text-bold" href="/hlindqvist">Hana Lindqvist</a> edited this page
<relative-time datetime="2027-01-28T16:20:05Z" class="no-wrap">Jan 28, 2027</relative-time> · <a href="/ferrydb/ferry/wiki/Upgrading-to-Ferry-3/_history"
class="Link--muted">7 revisions</a></div>
<div id="wiki-content" class="mt-4"><div class="Layout Layout--flowRow-until-md Layout--gutter-condensed Layout--sidebarPosition-end
Layout--sidebarPosition-flowRow-end"><div class="Layout-main"><div id="wiki-body" class="gollum-markdown-content"><div class="markdown-body">
<p dir="auto">${gIntro}</p>
<div class="markdown-alert markdown-alert-important" dir="auto"><p class="markdown-alert-title" dir="auto"><svg class="octicon octicon-report mr-2"
viewBox="0 0 16 16" version="1.1" width="16" height="16" aria-hidden="true"><path d="M0 1.75C0 .784.784 0 1.75 0h12.5C15.216 0 16 .784 16 1.75v9.5A1.75"></path>
</svg>Important</p><p dir="auto">${gAlert}</p></div>
${gH(at(gHeads, 0), 2)}
<ol dir="auto">${lis(gBefore)}</ol>
<p dir="auto">${gBefore2}</p>
${gCode('shell', 'ferry status --pending', 'ferry status --pending')}
${gH(at(gHeads, 1), 2)}
${gH(at(gHeads, 2), 3)}
<p dir="auto">${gNames}</p>
${gCode('shell', 'ferry rename --to-timestamps', 'ferry rename --to-timestamps')}
<p dir="auto">${gNames2}</p>
${gH(at(gHeads, 3), 3)}
<p dir="auto">${gYamlIntro}</p>
${gCode('yaml', gYaml, '# Ferry 2&#10;url: postgres://localhost/shop')}
<p dir="auto">${gYaml2}</p>
${gH(at(gHeads, 4), 3)}
<markdown-accessiblity-table data-catalyst=""><table><thead><tr>${gRows[0]?.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${gRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></markdown-accessiblity-table>
${gH(at(gHeads, 5), 2)}
${gRollback.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
</div></div>
<div id="wiki-footer" class="mt-5 mb-0 wiki-footer gollum-markdown-content"><div class="Box Box--condensed color-bg-subtle color-shadow-small">
<div class="Box-body wiki-custom-content markdown-body"><p dir="auto">Found a mistake on this page? <a href="https://github.com/ferrydb/ferry/issues/new">Open
an issue</a>. Ferry is released under the MIT licence.</p></div></div></div></div>
<div class="Layout-sidebar"><div class="wiki-rightbar"><div class="Box Box--condensed mb-4 js-wiki-toggle-collapse wiki-pages-box"><div class="Box-header
px-2 py-2 js-wiki-toggle-collapse"><h2 class="Box-title flex-auto"><button type="button" class="btn-octicon js-wiki-sidebar-toggle-display"
aria-label="Toggle table of contents"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" class="octicon octicon-triangle-down"><path
d="m4.427 7.427"></path>
</svg></button>Pages <span title="14" class="Counter Counter--primary">14</span></h2></div><div class="filter-bar"><input type="text" id="wiki-pages-filter"
class="form-control input-sm input-block js-filterable-field" placeholder="Find a page…" aria-label="Find a page…"></div>
<ul class="m-0 p-0 list-style-none" data-filterable-for="wiki-pages-filter" data-filterable-type="substring" data-pjax>${gPages
  .map(
    (t) => `<li class="Box-row px-2 py-2"><details class="details-reset"><summary><div class="d-flex flex-items-start"><span class="Truncate"><a
class="Truncate-text text-bold py-1" href="/ferrydb/ferry/wiki/${t.replace(/ /g, '-')}">${t}</a></span></div></summary></details></li>`,
  )
  .join(
    '\n',
  )}</ul><div class="Box-footer wiki-more-pages-link"><button type="button" class="f6 Link--muted js-wiki-more-pages-link btn-link mx-auto">Show 6 more
pages…</button></div></div>
<div class="Box Box--condensed mb-4"><div class="Box-body wiki-custom-sidebar markdown-body"><p dir="auto"><strong>${at(gSidebar, 0)}</strong></p><ul
dir="auto">
${links(gSidebar.slice(1, 3))}</ul><p dir="auto"><strong>${at(gSidebar, 3)}</strong></p><ul dir="auto">${links(gSidebar.slice(4))}</ul></div></div>
<h5 class="mt-0 mb-2">Clone this wiki locally</h5><div class="width-full input-group"><input id="wiki-clone-url" type="text" data-autoselect
class="form-control input-sm input-monospace" aria-label="Clone URL for this wiki" value="https://github.com/ferrydb/ferry.wiki.git" readonly="readonly">
<span class="input-group-button"><clipboard-copy for="wiki-clone-url" aria-label="Copy to clipboard" class="btn btn-sm zeroclipboard-button"><svg
aria-hidden="true" height="16" viewBox="0 0 16 16" class="octicon octicon-copy"><path d="M0 6.75C0 5.784"></path></svg></clipboard-copy></span></div></div>
</div></div></div></div></div></div></turbo-frame></main></div></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-justify-center
flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div class="d-flex flex-items-center flex-shrink-0 mx-2"><a aria-label="Homepage"
title="GitHub" class="footer-octicon mr-2" href="https://github.com"><svg aria-hidden="true" height="24" viewBox="0 0 24 24"
class="octicon octicon-mark-github">
<path d="M12 1C5.923 1 1 5.923 1 12"></path></svg></a><span>&copy; 2027 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only"
id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">
${links(gFoot, 'mx-2')}</ul></nav></div></footer></div>
<div class="js-stale-session-flash stale-session-flash flash flash-warn flash-full" hidden="hidden"><span class="js-stale-session-flash-signed-in" hidden>You
signed in with another tab or window. Reload to refresh your session.</span></div></body></html>`;
const ghwiki: TestPage = gold({
  name: 'heldout702-github-wiki-ferry-upgrade',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  // biome-ignore format: the body texts follow the page's order
  body: texts([gIntro, 'Important', gAlert, ...gBefore, gBefore2, 'ferry status --pending', gNames, 'ferry rename --to-timestamps', gNames2, gYamlIntro,
    gYaml, gYaml2, ...gRows.map((r) => r.join(' ')), ...gRollback]),
  bylines: ['Hana Lindqvist edited this page Jan 28, 2027 · 7 revisions'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Sign in', ...gGlobal, 'Search or jump to...', 'Sign up', 'ferrydb', '/', 'ferry', 'Public', 'Notifications', 'Fork', '214', 'Star',
    '3.4k', ...gTabs.map(([t]) => t), '58', '11', 'Found a mistake on this page? Open an issue. Ferry is released under the MIT licence.', 'Pages', '14',
    ...gPages, 'Show 6 more pages…', ...gSidebar, 'Clone this wiki locally', 'Footer', '© 2027 GitHub, Inc.', 'Footer navigation', ...gFoot,
  ],
});

export const HELDOUT702_E: readonly TestPage[] = [alderwiki, ghwiki];
