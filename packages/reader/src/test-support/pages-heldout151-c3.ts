import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes } from './pages-heldout151-a2.js';

/**
 * Held-out batch 151, file c3: a Gentoo Wiki page on an (invented) package in the Tyrian skin: the site title bar with
 * "Get Gentoo!" and the gentoo.org sites dropdown, the Tyrian navbar, the page tabs and tools, the translation language
 * bar, the "Resources" infobox, a USE flags table, command and file boxes, note/important boxes, "See also" and
 * "External resources" sections, categories and the Tyrian footer.
 */
const title = 'Ferrule';
const lead = [
  '<b>Ferrule</b> is a small daemon that collects desktop notifications over D-Bus and shows them as stacked pop-ups. It has no dependencies on a ' +
    'particular desktop environment and is often used with tiling window managers.',
  'This article covers installing and configuring Ferrule on Gentoo.',
];
const flags: [string, string][] = [
  ['+dbus', 'Listen for notifications on the session bus'],
  ['wayland', 'Enable the native Wayland backend (layer-shell)'],
  ['X', 'Enable the X11 backend'],
  ['doc', 'Build and install the manual pages'],
];
const hInstall = 'Installation';
const hUse = 'USE flags';
const hEmerge = 'Emerge';
const emergeP = ['Install the package:'];
const noteInstall = 'At least one of the wayland or X flags must be enabled, or the daemon will refuse to start.';
const hConfig = 'Configuration';
const hFiles = 'Files';
const configP = [
  'Ferrule reads its settings from a per-user file. A commented example is installed to /usr/share/ferrule/ferrule.conf.example; copy it to your ' +
    'home directory to start:',
  'The most useful options are the screen corner, the maximum number of pop-ups on screen at once, and the timeout after which ordinary ' +
    'notifications disappear. Urgent notifications stay until dismissed unless the urgent timeout is set.',
];
const hService = 'Starting the daemon';
const serviceP = [
  'Ferrule is a user service and should not be started as root. Most users start it from the window manager&#39;s startup file. On systems with ' +
    'systemd, a user unit is also installed:',
];
const important =
  'Only one notification daemon can own the bus name at a time. Stop any other daemon, such as the one started by a desktop ' +
  'environment, before starting Ferrule.';
const hUsage = 'Usage';
const usage = [
  'Test that notifications work with the notify-send command from the libnotify package. Pop-ups can be dismissed with a left click; a right ' +
    'click dismisses all of them.',
  'The ferrulectl tool can pause and resume notifications, which is handy during presentations.',
];
const hTrouble = 'Troubleshooting';
const hNoPopups = 'No pop-ups appear';
const trouble = [
  'Check that the daemon owns the bus name. If another program owns it, the log will contain a line saying that the name is already taken.',
  'On Wayland, the compositor must support the layer-shell protocol. Compositors without it, such as some older releases, can only show pop-ups ' +
    'through XWayland if the X flag is enabled.',
];
const hRemoval = 'Removal';
const removalP = ['Unmerge the package:'];
const seeAlso = ['Notification daemons — a comparison of notification daemons available in Gentoo.', 'Sway — a tiling Wayland compositor.'];
const external = ['The Ferrule project page', 'The freedesktop.org notification specification'];
const siteMenu = ['Gentoo.org', 'Wiki', 'Bugs', 'Forums', 'Packages', 'Planet', 'Archives', 'Sources', 'Infra Status'];
const navbar = ['Main page', 'Recent changes', 'Random page', 'Help', 'Gentoo Handbook'];
const tabs = ['Page', 'Discussion', 'View source', 'History'];
const tools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const langs = ['English', 'Deutsch', 'español', 'français', '日本語', 'русский'];
const resources = ['Home', 'Package information', 'GitWeb', 'Bugs', 'Wikipedia'];
const cats = ['Software', 'Desktop environment'];
const footLinks = ['Privacy policy', 'About Gentoo Wiki', 'Disclaimers'];
const footer = [
  'Questions or comments? Please feel free to contact us.',
  '© 2001–2026 Gentoo Authors',
  'Gentoo is a trademark of the Gentoo Foundation, Inc. and of Förderverein Gentoo e.V. The contents of this document, unless otherwise expressly ' +
    'stated, are licensed under the CC-BY-SA-4.0 license. The Gentoo Name and Logo Usage Guidelines apply.',
];
const hd = (lvl: number, t: string): string => `<h${lvl}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="#">edit</a><span class="mw-editsection-bracket">]</span></span></h${lvl}>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const cmd = (
  prompt: string,
  c: string,
): string => `<div class="cmd-box"><div class="alert alert-cmd"><span class="cmd-box-prompt">${prompt}</span><code>${c}</code>
</div></div>`;
const box = (kind: string, label: string, text: string): string => `<div class="alert alert-${kind} gw-box" style="padding-top: 8px; padding-bottom: 8px;">
<strong>${label}</strong><br>${text}</div>`;
const fileBox = (
  path: string,
  label: string,
  body: string,
): string => `<div class="panel panel-default gw-file"><div class="panel-heading"><strong>FILE</strong>
<code>${path}</code><strong>${label}</strong></div><div class="panel-body"><pre>${body}</pre></div></div>`;
const html = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${title} - Gentoo wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Ferrule","wgTitle":"Ferrule","wgArticleId":41207,"wgIsArticle":true,
"wgUserName":null,"wgPageContentLanguage":"en","wgTranslatePageTranslation":"source"};</script>
<link rel="stylesheet" href="/index.php?title=MediaWiki:Tyrian.css&amp;action=raw"><link rel="stylesheet"
href="https://assets.gentoo.example/tyrian/v2/tyrian.min.css">
<meta name="generator" content="MediaWiki 1.39.11"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Ferrule is a small daemon that collects desktop notifications over D-Bus."><meta name="theme-color" content="#54487a">
<link rel="canonical" href="https://wiki.gentoo.org/wiki/Ferrule"><link rel="alternate" hreflang="de" href="https://wiki.gentoo.org/wiki/Ferrule/de"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ferrule rootpage-Ferrule skin-tyrian action-view">
<header><div class="site-title"><div class="container"><div class="row justify-content-between"><div class="logo"><a href="/" title="Back to the homepage"
class="site-logo"><img src="https://assets.gentoo.example/tyrian/site-logo.png" alt="Gentoo" title="Gentoo" height="50"></a><span
class="site-label">Wiki</span></div>
<div class="site-title-buttons"><div class="btn-group btn-group-sm"><a href="https://get.gentoo.org/" role="button" class="btn get-gentoo"><span class="fa
fa-fw fa-download"></span> <strong>Get Gentoo!</strong></a><div class="btn-group btn-group-sm"><a class="btn gentoo-org-sites dropdown-toggle"
data-toggle="dropdown" data-target="#" href="#"><span class="fa fa-fw fa-map-o"></span> <span class="d-none d-sm-inline">gentoo.org sites</span>
<span class="caret"></span></a><ul class="dropdown-menu dropdown-menu-right">${siteMenu.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul>
</div></div></div></div></div></div>
<nav class="tyrian-navbar navbar navbar-dark navbar-expand-lg bg-primary" role="navigation"><div class="container"><div class="navbar-header"><button
type="button" class="navbar-toggler" data-toggle="collapse" data-target="#navbar-main-collapse" aria-label="Toggle navigation"><span
class="navbar-toggler-icon"></span></button></div><div class="collapse navbar-collapse navbar-main-collapse" id="navbar-main-collapse"><ul
class="navbar-nav mr-auto">${navbar.map((t) => `<li class="nav-item"><a class="nav-link" href="#">${t}</a></li>`).join('')}</ul><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/index.php?title=Special:UserLogin">Log in</a></li><li class="nav-item"><a class="nav-link"
href="https://wiki.gentoo.org/wiki/Project:Wiki/Account_request">Request account</a></li></ul></div></div></nav></header>
<main><div class="container"><div class="row"><div id="content" class="mw-body col-md-12" role="main"><a id="top"></a>
<div class="row"><div class="col-md-12"><ul class="nav nav-tabs">${tabs
  .map(
    (t, i) => `<li class="nav-item"><a class="nav-link${i === 0 ? ' active' : ''}"
href="#">${t}</a></li>`,
  )
  .join('')}<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">Tools</a><div
class="dropdown-menu">${tools.map((t) => `<a class="dropdown-item" href="#">${t}</a>`).join('')}</div></li></ul></div></div>
<h1 id="firstHeading" class="firstHeading"><span dir="auto">${title}</span></h1>
<div id="bodyContent" class="mw-body-content"><div id="siteSub">From Gentoo Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<div class="mw-pt-languages noprint navigation-not-searchable" lang="en" dir="ltr"><div class="mw-pt-languages-label">Other languages:</div><ul
class="mw-pt-languages-list">${langs.map((l, i) => `<li><a href="#" class="mw-pt-languages-${i === 0 ? 'selected' : 'ui'}">${l}</a></li>`).join('')}</ul></div>
<div class="infobox-wrapper" style="float:right;width:260px"><table class="table table-bordered infobox"><tbody><tr><th>Resources</th></tr>
${resources.map((r) => `<tr><td><span class="fa fa-fw fa-link"></span> <a class="external text" href="#">${r}</a></td></tr>`).join('\n')}</tbody></table></div>
${ps(lead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul>
${[hInstall, hConfig, hUsage, hTrouble, hRemoval, 'See also', 'External resources']
  .map(
    (t, i) => `<li class="toclevel-1"><a href="#${t}"><span
class="tocnumber">${i + 1}</span> <span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${hd(2, hInstall)}
${hd(3, hUse)}
<div class="table-responsive"><table class="table table-condensed table-striped"><tbody><tr><th colspan="2">USE flags for <a href="#">app-misc/ferrule</a>
<i>Lightweight notification daemon for standalone window managers</i></th></tr>
${flags.map(([f, d]) => `<tr><td><code>${f}</code></td><td>${d}</td></tr>`).join('\n')}</tbody></table></div>
${hd(3, hEmerge)}
${ps(emergeP)}
${cmd('root #', 'emerge --ask app-misc/ferrule')}
${box('info', 'Note', noteInstall)}
${hd(2, hConfig)}
${hd(3, hFiles)}
<p>${configP[0]}</p>
${cmd('user $', 'mkdir -p ~/.config/ferrule &amp;&amp; cp /usr/share/ferrule/ferrule.conf.example ~/.config/ferrule/ferrule.conf')}
<p>${configP[1]}</p>
${fileBox('~/.config/ferrule/ferrule.conf', 'Example settings', 'corner = top-right\nmax_visible = 4\ntimeout = 6\nurgent_timeout = 0')}
${hd(3, hService)}
${ps(serviceP)}
${cmd('user $', 'systemctl --user enable --now ferrule.service')}
${box('warning', 'Important', important)}
${hd(2, hUsage)}
${ps(usage)}
${cmd('user $', 'notify-send "Hello" "Ferrule is working"')}
${hd(2, hTrouble)}
${hd(3, hNoPopups)}
${ps(trouble)}
${hd(2, hRemoval)}
${ps(removalP)}
${cmd('root #', 'emerge --ask --depclean --verbose app-misc/ferrule')}
${hd(2, 'See also')}
<ul>${seeAlso.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hd(2, 'External resources')}
<ul>${external.map((t) => `<li><a class="external text" href="#">${t}</a></li>`).join('\n')}</ul>
</div></div>
<div class="printfooter">Retrieved from "<a dir="ltr"
href="https://wiki.gentoo.org/index.php?title=Ferrule&amp;oldid=1284401">https://wiki.gentoo.org/index.php?title=Ferrule&amp;oldid=1284401</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul>${cats.map((c) => `<li><a href="#">${c}</a></li>`).join('')}</ul></div></div></div></div></div></div></main>
<footer><div class="container"><div class="row"><div class="col-12 offset-md-2 col-md-7"><p class="spacer">This page was last edited on 19 February 2026, at
07:22.</p><ul class="footer-links">${footLinks.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div><div class="col-12 col-md-3"><h3
class="footerhead">Questions or comments?</h3>
Please feel free to <a href="https://www.gentoo.org/inside-gentoo/contact/">contact us</a>.</div></div>
<div class="row"><div class="col-2 col-sm-3 col-md-2"><ul class="footerlinks three-icons"><li><a href="https://twitter.example/gentoo" title="@Gentoo on
Twitter"><span class="fa fa-twitter fa-fw"></span></a></li></ul></div><div class="col-10 col-sm-9 col-md-10"><strong>${footer[1]}</strong><br><small>Gentoo is
a trademark of the Gentoo Foundation, Inc. and of Förderverein Gentoo e.V. The contents of this document, unless otherwise expressly stated, are licensed
under the <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC-BY-SA-4.0</a> license. The <a
href="https://www.gentoo.org/inside-gentoo/foundation/name-logo-guidelines.html">Gentoo
Name and Logo Usage Guidelines</a> apply.</small></div></div></div></footer>
<script src="https://assets.gentoo.example/tyrian/v2/tyrian.min.js"></script></body></html>`;

export const gentooPage: TestPage = dropClashes({
  name: 'heldout151-gentoo-wiki-page',
  kind: 'wiki',
  html,
  // note and important boxes are body (their "Note"/"Important" labels in neither list); command and file boxes are in
  // neither list; the USE flag table's data cells are body; "See also" and "External resources" (headings and link
  // lists) are furniture, as are the language bar and the Resources box
  title,
  headings: [hInstall, hUse, hEmerge, hConfig, hFiles, hService, hUsage, hTrouble, hNoPopups, hRemoval],
  body: [
    ...texts(lead),
    ...texts(flags.flat()),
    ...texts(emergeP),
    noteInstall,
    ...texts([...configP, ...serviceP]),
    important,
    ...texts([...usage, ...trouble, ...removalP]),
  ],
  bylines: ['This page was last edited on 19 February 2026, at 07:22.'],
  furniture: [
    'Get Gentoo!',
    'gentoo.org sites',
    ...siteMenu,
    ...navbar,
    'Log in',
    'Request account',
    ...tabs,
    'Tools',
    ...tools,
    'From Gentoo Wiki',
    'Other languages:',
    ...langs,
    'Resources',
    ...resources,
    'Contents',
    'edit',
    'See also',
    ...seeAlso,
    'External resources',
    ...external,
    'Retrieved from',
    'Categories',
    ...cats,
    ...footLinks,
    ...footer,
  ].map((t) => plain(t)),
});
