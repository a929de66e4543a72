import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, mwH } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file a2: a Gentoo wiki package page on the Tyrian skin (site header with the Gentoo logo and "Wiki"
 * label, the Bootstrap navbar, page tabs, the Resources infobox, an Important and a Note box, the USE flags table from the
 * package database, command boxes, categories and the Tyrian footer with its sites menu).
 */
const gTitle = 'Tallowmail';
const gIntro = [
  j(
    '<b>Tallowmail</b> is a local mail indexer and search tool. It reads Maildir folders, builds a full-text index in a single',
    'SQLite file and answers queries from the command line or from mail clients through a small plugin interface.',
  ),
  j(
    'It is meant for people who keep years of mail on their own disk and want fast search without running a server. Tallowmail',
    'never modifies the mail files themselves; tags are kept in the index only.',
  ),
];
const gUse = [
  ['+crypt', 'Index the headers of encrypted messages and, when a key is available, their decrypted body'],
  ['doc', 'Build and install the HTML manual'],
  ['+notify', 'Send a desktop notification when new mail matching a saved search arrives'],
  ['test', 'Enable dependencies and/or preparations necessary to run tests'],
];
const gInstall = ['The package lives in the main repository. After setting the USE flags you need, install it with:'];
const gImportant = j(
  'Versions before 0.9 used a different index format. After upgrading from an older release, run',
  '<code>tallowmail rebuild</code> once before the first search, otherwise queries return nothing.',
);
const gFiles = [
  j(
    'The per-user configuration lives in <code>~/.config/tallowmail/config.toml</code>. A system-wide default is installed',
    'as <code>/etc/tallowmail/config.toml</code> and is read first, so users only need to set what differs.',
  ),
  'The settings most people change are:',
];
const gKeys = [
  '<code>maildir</code> – the root of the Maildir tree to index; subfolders are followed.',
  '<code>index</code> – where the index file is kept, by default under <code>~/.local/share</code>.',
  '<code>exclude</code> – a list of folder names never to index, such as Spam or Trash.',
  '<code>language</code> – the stemming language used for the body text.',
];
const gNote = j(
  'The index can grow to about a fifth of the size of the mail it covers. Keep it on a local disk: placing it on a network',
  'share makes every search several times slower because of the file locking.',
);
const gUsage = [
  j(
    'The first run indexes everything and can take a while on a large archive. Later runs only look at new and changed files',
    'and usually finish in a few seconds, so it is common to run the indexer from a timer or from the mail fetcher’s hook.',
  ),
  j(
    'Queries use a simple syntax: words are searched in the subject and body, and prefixes such as <code>from:</code>,',
    '<code>to:</code> and <code>date:</code> narrow the search. Results are printed one message a line with their folder.',
  ),
];
const gRemoval = ['To remove the package, unmerge it. The index files in users’ home directories are not removed and can be deleted by hand.'];
const gSeeAlso = [
  '<a href="/wiki/Mail_filtering">Mail filtering</a> — sorting incoming mail into folders before it is indexed.',
  '<a href="/wiki/Maildir">Maildir</a> — the mail storage format Tallowmail reads.',
];
const gHeads = ['Installation', 'USE flags', 'Emerge', 'Configuration', 'Files', 'Usage', 'Removal', 'Unmerge', 'See also'];
const gNav = ['Home', 'Getting started', 'Installation', 'Recent changes', 'Help', 'Portals', 'Random page'];
const gSites = ['Gentoo Linux home', 'Get Gentoo!', 'Packages', 'Forums', 'Bugs', 'Planet', 'Archives', 'Gentoo Wiki'];
const gRes = ['Home', 'Package information', 'GitHub', 'Man page'];
const gFoot = ['Privacy policy', 'About Gentoo Wiki', 'Disclaimers'];
const cmd = (prompt: string, c: string) =>
  `<div class="cmd-box"><div class="cmd-box-code"><span class="cmd-box-prompt">${prompt}</span><code>${c}</code></div></div>`;
const gHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Tallowmail - Gentoo wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Tallowmail","wgTitle":"Tallowmail","wgCurRevisionId":1290344,
"wgCategories":["Mail clients","Search"],"wgPageContentLanguage":"en"};RLSTATE={"skins.tyrian.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.tyrian.styles&amp;only=styles&amp;skin=tyrian">
<meta name="generator" content="MediaWiki 1.39.10"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="theme-color" content="#54487a"><link rel="icon" href="https://assets.gentoo.example/tyrian/site-logo.svg">
<link rel="canonical" href="https://wiki.gentoo.org/wiki/Tallowmail"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tallowmail rootpage-Tallowmail skin-tyrian action-view">
<header><div class="site-title"><div class="container"><div class="row justify-content-between"><div class="logo">
<a href="/" title="Back to the homepage" class="site-logo"><img src="https://assets.gentoo.example/tyrian/site-logo.png" alt="Gentoo" srcset="x 2x"></a>
<span class="site-label">Wiki</span></div>
<div class="site-title-buttons"><div class="btn-group btn-group-sm"><a href="https://get.gentoo.example/" role="button" class="btn get-gentoo">
<span class="fa fa-fw fa-download"></span> <strong>Get Gentoo!</strong></a>
<div class="btn-group btn-group-sm"><a class="btn gentoo-org-sites dropdown-toggle" data-toggle="dropdown" href="#">
<span class="fa fa-fw fa-map-o"></span> <span class="d-none d-sm-inline">gentoo.org sites</span> <span class="caret"></span></a>
<ul class="dropdown-menu dropdown-menu-right">${links(gSites)}</ul></div></div></div></div></div></div>
<nav class="tyrian-navbar navbar navbar-dark navbar-expand-lg bg-primary" role="navigation"><div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggler" data-toggle="collapse" data-target="#navbar-main-collapse"
aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button></div>
<div class="collapse navbar-collapse navbar-main-collapse" id="navbar-main-collapse"><ul class="navbar-nav mr-auto">${links(gNav, 'nav-item')}</ul>
<ul class="navbar-nav ml-auto"><li class="nav-item dropdown"><a href="#" class="nav-link dropdown-toggle" data-toggle="dropdown">Account</a>
<ul class="dropdown-menu"><li><a href="/index.php?title=Special:UserLogin">Log in</a></li><li><a href="/index.php?title=Special:CreateAccount">Request
account</a></li></ul></li></ul>
<form class="form-inline" action="/index.php" id="searchform"><input type="search" name="search" placeholder="Search" class="form-control"
id="searchInput"></form></div></div></nav></header>
<main><div class="container"><div class="row"><div id="content" class="mw-body col-md-12" role="main">
<div id="mw-head"><ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link active" href="/wiki/Tallowmail">Page</a></li>
<li class="nav-item"><a class="nav-link" href="/wiki/Talk:Tallowmail">Discussion</a></li>
<li class="nav-item ml-auto"><a class="nav-link active" href="/wiki/Tallowmail">Read</a></li>
<li class="nav-item"><a class="nav-link" href="/index.php?title=Tallowmail&amp;action=edit">View source</a></li>
<li class="nav-item"><a class="nav-link" href="/index.php?title=Tallowmail&amp;action=history">View history</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">More</a></li></ul></div>
<h1 id="firstHeading" class="first-header"><span class="mw-page-title-main">${gTitle}</span></h1>
<div id="bodyContent" class="mw-body-content"><div id="siteSub">From Gentoo Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<div class="infobox" style="float:right"><table class="table table-condensed"><tr><th colspan="2">Resources</th></tr>
${gRes
  .map(
    (r) => `<tr><td><span class="fa fa-fw fa-link"></span></td><td>
<a rel="nofollow" class="external text" href="https://tallowmail.example/">${r}</a></td></tr>`,
  )
  .join('\n')}
</table></div>
${ps(gIntro)}
${mwH(2, 'Installation', 'Tallowmail', 1)}
${mwH(3, 'USE flags', 'Tallowmail', 2)}
<div class="use-flags-table"><p class="use-flags-header"><span class="fa fa-fw fa-flag"></span> <b>USE flags for</b> <a
href="https://packages.gentoo.example/packages/mail-client/tallowmail">mail-client/tallowmail</a> <small>Local full-text mail indexer</small></p>
<table class="table table-condensed table-striped"><tbody>
${gUse.map(([f, d]) => `<tr><th class="use-flag"><code>${f}</code></th><td>${d}</td></tr>`).join('\n')}
</tbody></table><p class="use-flags-footer"><small><a href="/wiki/Handbook:AMD64/Working/USE">USE flags</a> data provided by the package database. Last
update: 2026-03-09</small></p></div>
${mwH(3, 'Emerge', 'Tallowmail', 3)}
${ps(gInstall)}
${cmd('root #', 'emerge --ask mail-client/tallowmail')}
<div class="alert alert-warning gw-box" role="note"><div class="gw-box-title"><strong><span class="fa fa-fw fa-exclamation-triangle"></span>
Important</strong></div>${gImportant}</div>
${mwH(2, 'Configuration', 'Tallowmail', 4)}
${mwH(3, 'Files', 'Tallowmail', 5)}
${ps(gFiles)}
<ul>${lis(gKeys)}</ul>
<div class="alert alert-info gw-box" role="note"><div class="gw-box-title"><strong><span class="fa fa-fw fa-info-circle"></span>
Note</strong></div>${gNote}</div>
${mwH(2, 'Usage', 'Tallowmail', 6)}
${ps(gUsage)}
${cmd('user $', 'tallowmail search from:harriet date:2025 invoice')}
${mwH(2, 'Removal', 'Tallowmail', 7)}
${mwH(3, 'Unmerge', 'Tallowmail', 8)}
${ps(gRemoval)}
${cmd('root #', 'emerge --ask --depclean --verbose mail-client/tallowmail')}
${mwH(2, 'See also', 'Tallowmail', 9)}
<ul>${gSeeAlso.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Mail_clients">Mail clients</a></li><li><a href="/wiki/Category:Search">Search</a></li></ul></div></div>
</div></div></div></div></main>
<footer><div class="container"><div class="row"><div class="col-12 offset-md-2 col-md-7"><div class="spacer"></div>
<ul class="list-inline">${links(gFoot)}</ul>
<div id="footer-info-lastmod">This page was last edited on 9 March 2026, at 17:41.</div></div>
<div class="col-12 col-md-3"><h3 class="footerhead">Questions or comments?</h3>Please feel free to <a
href="https://www.gentoo.example/inside-gentoo/contact/">contact
us</a>.</div></div>
<div class="row"><div class="col-12 col-md-10"><p class="copyright">© 2001–2026 Gentoo Authors</p>
<p>Gentoo is a trademark of the Gentoo Foundation, Inc. The contents of this document, unless otherwise expressly stated, are licensed under the
CC-BY-SA-4.0 license.</p>
</div></div></div></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":201});});</script></body></html>`;
export const gentoo: TestPage = {
  name: 'heldout279-gentoo-wiki-package',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [...texts(gIntro), ...gUse.flat(), ...texts([...gInstall, gImportant, ...gFiles, ...gKeys, gNote, ...gUsage, ...gRemoval, ...gSeeAlso])],
  bylines: ['This page was last edited on 9 March 2026, at 17:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Get Gentoo!', 'gentoo.org sites', ...gSites, ...gNav.filter((n) => n !== 'Installation'), 'Account', 'Log in', 'Request account', 'Page',
    'Discussion', 'Read', 'View source', 'View history', 'More', 'From Gentoo Wiki', 'Resources', ...gRes,
    'USE flags for mail-client/tallowmail Local full-text mail indexer', 'USE flags data provided by the package database. Last update: 2026-03-09',
    'Categories', 'Mail clients', ...gFoot, 'Questions or comments?', 'Please feel free to contact us.', '© 2001–2026 Gentoo Authors',
    j(
      'Gentoo is a trademark of the Gentoo Foundation, Inc. The contents of this document, unless otherwise',
      'expressly stated, are licensed under the CC-BY-SA-4.0 license.',
    ),
  ],
};
