import { links, type TestPage, texts } from './page-kit.js';
import { wikigg } from './pages-heldout56-c2.js';

/**
 * Held-out batch 56, file c: a Gentoo Wiki page on the Tyrian skin (site title bar with "Get Gentoo!" and the gentoo.org
 * sites dropdown, the blue main navbar, the grey page-action bar with tabs and search, "Other languages:" translation bar, the
 * "Resources" infobox, the generated USE flags table, root-prompt command boxes, FILE boxes, Note / Important / Tip alert
 * boxes, "[edit]" links, "See also" and "External resources", categories and the Gentoo footer). The package is invented.
 */
const gtTitle = 'Kestrel';
const gtLangs = ['Deutsch', 'English', 'español', 'français', '日本語', 'русский'];
const gtRes = ['Home', 'Package information', 'GitHub', 'Official documentation'];
const gtIntro = [
  '<a rel="nofollow" class="external text" href="https://kestrel-bar.example.org/">Kestrel</a> is a lightweight status bar for Wayland ' +
    'compositors based on wlroots, such as <a href="/wiki/Sway" title="Sway">Sway</a> and <a href="/wiki/Hyprland" title="Hyprland">Hyprland</a>. ' +
    'It is configured with a single INI-style file and draws its modules, such as the clock, battery level and workspace list, with very little CPU time.',
];
const gtH = [
  'Installation',
  'USE flags',
  'Emerge',
  'Configuration',
  'Files',
  'Modules',
  'Usage',
  'Troubleshooting',
  'Icons are shown as empty boxes',
  'Removal',
  'Unmerge',
] as const;
const gtUse: [string, string][] = [
  ['+battery', 'Build the battery module, which reads charge levels from UPower'],
  ['man', 'Build and install the man pages'],
  ['pulseaudio', 'Build the volume module with PulseAudio support'],
  ['tray', 'Enable the system tray using the StatusNotifierItem protocol'],
];
const gtEmerge = ['Install the package:'];
const gtFiles = [
  '<code>~/.config/kestrel/config.ini</code> \u2013 the per-user configuration file.',
  '<code>/etc/xdg/kestrel/config.ini</code> \u2013 the system-wide default, used when no user file exists.',
];
const gtFiles2 = ['Copy the system-wide file to the user directory as a starting point:'];
const gtModules = [
  'Modules are listed in the order in which they appear on the bar. Each module has its own section, and any setting not given in the file ' +
    'falls back to the default described in <code>man 5 kestrel</code>.',
];
const gtNote = ['Kestrel reloads its configuration automatically when the file is saved, so there is no need to restart the bar after a change.'] as const;
const gtUsage = [
  'To start Kestrel together with Sway, add an <code>exec</code> line to the Sway configuration file and reload Sway. On Hyprland, use an ' +
    '<code>exec-once</code> line in <code>hyprland.conf</code> instead.',
  'Running <code>kestrel --check</code> reads the configuration without starting the bar and reports any unknown options together with the ' +
    'line on which they appear, which is useful after an upgrade.',
];
const gtImportant = [
  'Versions before 0.7 used the section name <code>[power]</code> for the battery module. Configuration files written for older versions ' +
    'must be updated by hand, or the battery module will be silently skipped.',
] as const;
const gtIcons = [
  'Kestrel draws its icons with glyphs from patched fonts. If the icons in the bar show up as empty rectangles, install a font that ' +
    'includes them, for example <a rel="nofollow" class="external text" href="https://packages.gentoo.org/packages/media-fonts/symbols-nerd-font">' +
    'media-fonts/symbols-nerd-font</a>, and name it in the <code>font</code> option of the <code>[bar]</code> section.',
];
const gtTip = ['Running <code>fc-list | grep -i nerd</code> shows whether the font has been picked up by fontconfig.'] as const;
const gtUnmerge = ['Remove the package and any dependencies that are no longer needed:'];
const gtSee = [
  'Sway \u2014 an i3-compatible Wayland compositor.',
  'Hyprland \u2014 a dynamic tiling Wayland compositor.',
  'Waybar \u2014 a highly customizable status bar.',
];
const gtExt = ['Kestrel on GitHub', 'Kestrel configuration reference'];
const gtCats = ['Window managers', 'Wayland'];
const gtLast = 'This page was last edited on 18 August 2025, at 06:40.';
const gtSites = ['gentoo.org', 'Wiki', 'Bugs', 'Forums', 'Packages', 'Planet', 'Archives', 'Sources', 'Infra Status'];
const gtNav = ['Home', 'Handbook', 'FAQ', 'Resources', 'Help', 'Recent changes'];
const gtTabs = ['Page', 'Discussion', 'Read', 'View source', 'View history'];
const gtTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const gtCopy = '© 2001–2025 Gentoo Authors';
const gtTm =
  'Gentoo is a trademark of the Gentoo Foundation, Inc. and of Förderverein Gentoo e.V. The contents of this document, unless otherwise expressly ' +
  'stated, are licensed under the CC-BY-SA-4.0 license. The Gentoo Name and Logo Usage Guidelines apply.';
const sec = (lvl: number, n: number, h: string): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${h.replace(/ /g, '_')}">${h}</h${lvl}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>` +
  `<a href="/index.php?title=Kestrel&amp;action=edit&amp;section=${n}" title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span>
</span></div>`;
const alert = (cls: string, icon: string, label: string, t: string): string =>
  `<div class="alert alert-${cls} gw-box" style="padding-top: 8px; padding-bottom: 8px;"><strong><span class="fa fa-${icon}"></span>&#160;${label}</strong>
<br>${t}</div>`;
const cmd = (c: string, prompt = 'root #'): string =>
  `<div class="cmd-box"><pre style="white-space: pre-wrap;"><span class="cmd-prompt"
style="color:${prompt === 'root #' ? '#c00' : '#0a0'}">${prompt}</span>${c}</pre></div>`;
const fileBox = (path: string, title: string, body: string): string =>
  `<div class="panel panel-default gw-file-box" style="display:block"><div class="panel-heading"><strong>FILE</strong> <code>${path}</code>
<strong>${title}</strong></div>` + `<div class="panel-body" style="padding:0"><pre style="margin:0;border:none">${body}</pre></div></div>`;
const gtHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${gtTitle} - Gentoo wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Kestrel","wgTitle":"Kestrel","wgCurRevisionId":1298844,
"wgTranslatePageTranslation":"source",
"wgCategories":["Window managers","Wayland"]};RLSTATE={"skins.tyrian.styles":"ready","ext.translate":"ready"};</script>
<link rel="stylesheet" href="https://assets.gentoo.org/tyrian/v2/tyrian.min.css"><link rel="stylesheet"
href="/load.php?lang=en&amp;modules=skins.tyrian.styles&amp;only=styles">
<meta name="generator" content="MediaWiki 1.42.6"><meta name="theme-color" content="#54487a"><link rel="canonical"
href="https://wiki.gentoo.org/wiki/Kestrel"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Kestrel rootpage-Kestrel skin-tyrian action-view"><header>
<div class="site-title"><div class="container"><div class="row justify-content-between"><div class="logo"><a href="/" title="Back to the homepage"
class="site-logo">
<img src="https://assets.gentoo.org/tyrian/v2/site-logo.png" alt="Gentoo" srcset="https://assets.gentoo.org/tyrian/v2/site-logo.svg"></a><span
class="site-label">Wiki</span>
</div><div class="site-title-buttons"><div class="btn-group btn-group-sm"><a href="https://get.gentoo.org/" role="button" class="btn get-gentoo"><span
 class="fa fa-fw fa-download"></span> <strong>Get Gentoo!</strong></a><div class="btn-group btn-group-sm"><a class="btn gentoo-org-sites dropdown-toggle"
 data-toggle="dropdown" data-target="#" href="#"><span class="fa fa-fw fa-map-o"></span> <span class="d-none d-sm-inline">gentoo.org sites</span> <span
 class="caret"></span></a><div class="dropdown-menu dropdown-menu-right">
${gtSites
  .map(
    (t) => `<a class="dropdown-item" href="https://${t === 'gentoo.org' ? 'www' : t.toLowerCase().replace(/ /g, '-')}.gentoo.org/"><span
class="fa fa-fw"></span> ${t}</a>`,
  )
  .join('\n')}
</div></div></div></div></div></div></div>
<nav class="tyrian-navbar navbar navbar-dark navbar-expand-lg bg-primary" role="navigation"><div class="container"><div class="navbar-header"><button
type="button"
 class="navbar-toggler" data-toggle="collapse" data-target="#navbar-main-collapse" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span>
</button>
</div><div class="collapse navbar-collapse navbar-main-collapse" id="navbar-main-collapse"><ul class="navbar-nav mr-auto">${links(gtNav, 'nav-item')}</ul>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/index.php?title=Special:UserLogin&amp;returnto=Kestrel">Log in</a></li><li
class="nav-item"><a
 class="nav-link" href="/wiki/Project:Getting_an_account">Request account</a></li></ul></div></div></nav>
<nav class="navbar navbar-grey navbar-expand-lg bg-light" role="navigation"><div class="container"><ul class="navbar-nav mr-auto"
id="ca-nav">${links(gtTabs, 'nav-item')}
<li class="nav-item dropdown"><a href="#" class="nav-link dropdown-toggle" data-toggle="dropdown">Tools <span class="caret"></span></a><div
class="dropdown-menu">
${gtTools.map((t) => `<a class="dropdown-item" href="#">${t}</a>`).join('')}</div></li></ul><form class="form-inline" action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search" class="form-control" id="searchInput"><button class="btn btn-outline-light" type="submit"><span
 class="fa fa-search"></span><span class="sr-only">Search</span></button></form></div></nav></header>
<main><div class="container"><div class="row"><div id="content" class="mw-body col-md-12" role="main"><div id="siteNotice"></div><div class="mw-indicators">
</div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${gtTitle}</span></h1><div id="bodyContent"
class="mw-body-content">
<div id="siteSub" class="noprint">From Gentoo Wiki</div><div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="jump-to-nav"></div>
<a class="mw-jump-link" href="#searchInput">Jump to search</a><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<div class="mw-pt-languages noprint navigation-not-searchable" lang="en" dir="ltr"><div class="mw-pt-languages-label">Other languages:</div><ul
class="mw-pt-languages-list">
${gtLangs
  .map((l) =>
    l === 'English'
      ? `<li><span class="mw-pt-languages-selected mw-pt-progress--complete" lang="en">${l}</span></li>`
      : `<li><a href="#"
class="mw-pt-progress">${l}</a></li>`,
  )
  .join('\n')}
</ul></div>
<div class="gw-infobox-stack" style="float:right;clear:right;margin:0 0 1em 1em;width:270px"><div class="panel panel-default gw-infobox"><div
class="panel-heading">
<h3 class="panel-title">Resources</h3></div><ul class="list-group">${gtRes
  .map(
    (t) => `<li class="list-group-item"><span class="fa fa-fw fa-external-link">
</span> <a rel="nofollow" class="external text" href="https://kestrel-bar.example.org/">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div>
<p>${gtIntro[0]}\n</p>
${sec(2, 1, gtH[0])}
${sec(3, 2, gtH[1])}
<div class="table-responsive gw-useflag-table"><table class="table table-condensed table-striped" style="border: 1px solid #ddd"><tbody><tr><th colspan="2"
 style="background:#54487a;color:#fff"><a href="https://packages.gentoo.org/packages/gui-apps/kestrel" style="color:#fff">USE flags for</a>&#160;<a
 href="https://packages.gentoo.org/packages/gui-apps/kestrel" style="color:#fff">gui-apps/kestrel</a> <small>Lightweight status bar for wlroots-based
Wayland compositors</small></th></tr>
${gtUse
  .map(
    ([f, d]) => `<tr>\n<td><code><a href="https://packages.gentoo.org/useflags/${f.replace('+', '')}">${f}</a></code>
</td>\n<td>${d}</td>\n</tr>`,
  )
  .join('\n')}
<tr><td colspan="2" style="font-size:85%;text-align:right"><span class="text-muted">USE flags data last updated on 2025-08-17</span></td></tr></tbody>
</table></div>
${sec(3, 3, gtH[2])}
<p>${gtEmerge[0]}\n</p>
${cmd('emerge --ask gui-apps/kestrel')}
${sec(2, 4, gtH[3])}
${sec(3, 5, gtH[4])}
<ul>${gtFiles.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${gtFiles2[0]}\n</p>
${cmd('mkdir -p ~/.config/kestrel &amp;&amp; cp /etc/xdg/kestrel/config.ini ~/.config/kestrel/', 'user $')}
${sec(3, 6, gtH[5])}
<p>${gtModules[0]}\n</p>
${fileBox(
  '~/.config/kestrel/config.ini',
  'Clock, battery and workspaces on a bar at the top',
  '[bar]\nposition = top\nheight = 26\nmodules-left = ' + 'workspaces\nmodules-right = battery clock\n\n[clock]\nformat = %a %d %b %H:%M',
)}
${alert('info', 'info-circle', 'Note', gtNote[0])}
${sec(2, 7, gtH[6])}
${fileBox('~/.config/sway/config', 'Starting Kestrel with Sway', 'exec kestrel')}
${gtUsage.map((p) => `<p>${p}\n</p>`).join('\n')}
${alert('warning', 'exclamation-triangle', 'Important', gtImportant[0])}
${sec(2, 8, gtH[7])}
${sec(3, 9, gtH[8])}
<p>${gtIcons[0]}\n</p>
${alert('success', 'lightbulb-o', 'Tip', gtTip[0])}
${sec(2, 10, gtH[9])}
${sec(3, 11, gtH[10])}
<p>${gtUnmerge[0]}\n</p>
${cmd('emerge --ask --depclean --verbose gui-apps/kestrel')}
${sec(2, 12, 'See also')}
<ul>${gtSee.map((t) => `<li><a href="/wiki/${t.split(' ')[0]}">${t.split(' \u2014 ')[0]}</a> \u2014 ${t.split(' \u2014 ')[1]}</li>`).join('\n')}</ul>
${sec(2, 13, 'External resources')}
<ul>${gtExt.map((t) => `<li><a rel="nofollow" class="external text" href="https://github.com/kestrel-bar/kestrel">${t}</a></li>`).join('\n')}</ul>
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.gentoo.org/index.php?title=Kestrel&amp;oldid=1298844"
>https://wiki.gentoo.org/index.php?title=Kestrel&amp;oldid=1298844</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks"
 class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(gtCats)}</ul></div></div></div></div>
</div></div></main>
<footer><div class="container"><div class="row"><div class="col-12 offset-md-2 col-md-7"><p class="spacer">${gtLast}</p><ul class="list-inline">${links([
  'Privacy policy',
  'About Gentoo Wiki',
  'Disclaimers',
])}</ul></div><div class="col-12 col-md-3"><h3 class="footerhead">Questions or comments?</h3>Please feel free to <a
 href="https://www.gentoo.org/inside-gentoo/contact/">contact us</a>.</div></div><div class="row"><div class="col-2 col-sm-3 col-md-2"><ul
class="footerlinks three-icons">
<li><a href="https://twitter.com/gentoo" title="@Gentoo on Twitter"><span class="fa fa-twitter fa-fw"></span></a></li><li><a
href="https://www.facebook.com/gentoo.org"
 title="Gentoo on Facebook"><span class="fa fa-facebook fa-fw"></span></a></li></ul></div><div class="col-10 col-sm-9 col-md-10"><strong>${gtCopy}</strong>
<br><small>
${gtTm.replace('CC-BY-SA-4.0', '<a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">CC-BY-SA-4.0</a>')}</small></div></div></div></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":211});});</script></body></html>`;
const gentoo: TestPage = {
  html: gtHtml,
  name: 'heldout56-gentoo-wiki',
  kind: 'wiki',
  // the intro, the paragraphs, the files list and the USE flags table's rows (flag and description: the "USE flags" section's
  // only content) are body; Note, Important and Tip boxes are body without their label words; the root / user command boxes
  // and the FILE boxes (label, path, title and contents) are in neither list, as code blocks are; the USE table's caption and
  // "last updated" line, the "Resources" box, "Other languages:" bar, "See also" and "External resources" lists, the Tyrian
  // header, navbars, tabs, categories and footer are furniture (the category "Wayland", a body word, left out); "This page was
  // last edited" is the byline
  title: gtTitle,
  headings: [...gtH],
  body: [
    ...texts(gtIntro),
    ...gtUse.map(([f, d]) => `${f} ${d}`),
    ...texts([...gtEmerge, ...gtFiles, ...gtFiles2, ...gtModules, ...gtNote, ...gtUsage, ...gtImportant, ...gtIcons, ...gtTip, ...gtUnmerge]),
  ],
  bylines: [gtLast],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wiki', 'Get Gentoo!', 'gentoo.org sites', ...gtSites, ...gtNav, 'Log in', 'Request account', ...gtTabs, 'Tools', ...gtTools, 'Search', 'From Gentoo Wiki',
    'Jump to search', 'Other languages:', ...gtLangs, 'Resources', ...gtRes, 'USE flags for gui-apps/kestrel', 'Lightweight status bar for wlroots-based ' +
      'Wayland compositors',
    'USE flags data last updated on 2025-08-17', 'See also', ...gtSee, 'External resources', ...gtExt,
    'Retrieved from "https://wiki.gentoo.org/index.php?title=Kestrel&oldid=1298844"', 'Categories', ...gtCats, 'Privacy policy', 'About Gentoo Wiki',
    'Disclaimers', 'Questions or comments?', 'Please feel free to contact us.', gtCopy, gtTm,
  ].filter((t, i, all) => all.indexOf(t) === i && t !== 'Wayland'),
};

export const HELDOUT56_C: readonly TestPage[] = [gentoo, wikigg];
