import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file e3: a Debian Wiki page (MoinMoin with the Debian theme): the header with logo, "Wiki" section
 * link, login and search (Titles / Text), the navibar, the page location, the edit bar with "Immutable Page", "Info",
 * "Attachments" and the "More Actions:" select, the "Translation(s)" line, the table of contents, code blocks, a note
 * box, the category line after the rule, the page info line with the last-modified time and the footer.
 */
const dwTitle = 'Tidewatch';
const dwTrans = 'Translation(s): English - Français - Italiano';
const dwH1 = 'Introduction';
const dwP1 = [
  'Tidewatch is a small daemon that follows system log files and sends a notification when lines matching a set of rules appear. ' +
    'It is written in Python, has no dependencies outside the standard library, and is meant for single servers and home machines ' +
    'where a full log management stack would be overkill.',
  'Tidewatch has been packaged in Debian since Bookworm. The version in Trixie adds support for reading from the systemd journal ' +
    'directly, so most users no longer need to configure file paths at all.',
];
const dwH2 = 'Installation';
const dwP2 = ['Install the package from the main archive:'];
const dwP2b = [
  'The package installs a systemd service, <tt>tidewatch.service</tt>, which is enabled and started automatically. It runs as the ' +
    'unprivileged user <tt>_tidewatch</tt>, which is added to the <tt>adm</tt> and <tt>systemd-journal</tt> groups so it can read logs.',
];
const dwH3 = 'Configuration';
const dwP3 = [
  'The main configuration file is <tt>/etc/tidewatch/tidewatch.conf</tt>. Rules live in separate files under ' +
    '<tt>/etc/tidewatch/rules.d/</tt>, one rule per file, which makes it easy to ship rules in other packages. A rule needs a name, ' +
    'a pattern and an action:',
];
const dwP3b = ['The following actions are available:'];
const dwActions = [
  '<tt>mail</tt> – send an email through the local MTA to the address given in <tt>mail_to</tt>.',
  '<tt>exec</tt> – run a command, with the matching line passed on standard input.',
  '<tt>log</tt> – write a summary line to the journal, useful for testing rules.',
];
const dwNote =
  'If you upgrade from Bookworm, rules using the old <tt>file=</tt> key keep working, but a deprecation warning is written to the ' +
  'journal at every start. Run <tt>tidewatch --migrate-rules</tt> once to convert them.';
const dwH4 = 'Troubleshooting';
const dwP4 = [
  'If no notifications arrive, first check that the service is running with <tt>systemctl status tidewatch</tt>, then test a rule ' +
    'with <tt>tidewatch --dry-run</tt>, which prints every match without performing the action.',
  'Rate limiting is on by default: a rule fires at most once every five minutes. Set <tt>min_interval = 0</tt> in a rule to turn it ' +
    'off for that rule only. Please report bugs with <tt>reportbug tidewatch</tt>.',
];
const dwH5 = 'See also';
const dwSee = ['Logcheck', 'SystemdJournal', 'Upstream project page'];
const dwNav = ['FrontPage', 'RecentChanges', 'FindPage', 'HelpContents', 'Tidewatch'];
const dwEdit = ['Immutable Page', 'Comments', 'Info', 'Attachments'];
const dwMore = [
  'More Actions:',
  'Raw Text',
  'Print View',
  'Render as Docbook',
  'Delete Cache',
  'Check Spelling',
  'Like Pages',
  'Local Site Map',
  'Rename Page',
  'Delete Page',
  'Subscribe User',
  'Remove Spam',
  'Revert to this revision',
  'Package Pages',
  'Sync Pages',
  'Load',
  'Save',
  'SlideShow',
];
const dwCats = ['CategorySoftware', 'CategorySystemAdministration'];
const dwInfo = 'Tidewatch (last modified 2026-08-14 09:31:07)';
const dwFoot = [
  'Debian privacy policy, Wiki team, bugs and config.',
  'Powered by MoinMoin and Python, with hosting provided by the Norrland Research Network.',
];
const dwCode1 = '<pre><span class="anchor" id="line-9"></span>sudo apt install tidewatch</pre>';
const dwCode2 = `<pre><span class="anchor" id="line-16"></span># /etc/tidewatch/rules.d/ssh-failures.conf
[rule]
name = ssh-failures
pattern = Failed password for .* from (?P&lt;host&gt;\\S+)
action = mail
mail_to = root</pre>`;
const dwP = (a: readonly string[], line: number): string =>
  a.map((p, i) => `<span class="anchor" id="line-${line + i}"></span><p class="line874">${p} </p>`).join('\n');
const dwHead = (t: string): string => `<span class="anchor" id="line-${t.length}"></span><h2 id="${t.replace(/ /g, '_')}">${t}</h2>`;
const dwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8"><meta name="robots" content="index,nofollow">
<title>Tidewatch - Debian Wiki</title><script type="text/javascript" src="/htdocs/common/js/common.js"></script>
<script type="text/javascript"><!--// common.js and configuration for MoinMoin
var search_hint = "Search";//--></script><link rel="stylesheet" type="text/css" charset="utf-8" media="all" href="/htdocs/debwiki/css/common.css">
<link rel="stylesheet" type="text/css" charset="utf-8" media="screen" href="/htdocs/debwiki/css/screen.css">
<link rel="alternate" title="Debian Wiki: Tidewatch" href="/Tidewatch?diffs=1&amp;show_att=1&amp;action=rss_rc&amp;unique=0&amp;page=Tidewatch"
type="application/rss+xml">
<link rel="Start" href="/FrontPage"><link rel="Search" href="/FindPage"><link rel="Help" href="/HelpOnFormatting"><link rel="shortcut icon"
href="/htdocs/favicon.ico">
</head><body lang="en" dir="ltr"><div id="logo"><a href="https://www.debian.org" title="Debian Homepage"><img src="https://www.debian.org/Pics/openlogo-50.png"
alt="Debian" width="50" height="61"></a><a href="https://www.debian.org" title="Debian Homepage"><img src="/htdocs/debwiki/img/debian.png"
alt="Debian"></a></div>
<div id="header"><div id="upperheader"><div id="logo2"></div><p class="section"><a href="/FrontPage" title="Debian Wiki Homepage">Wiki</a></p>
<div id="searchbox"><form id="searchform" method="get" action="/Tidewatch"><div><input type="hidden" name="action" value="fullsearch">
<label for="searchinput">Search:</label><input id="searchinput" type="text" name="value" value="" size="20"><input id="titlesearch" name="titlesearch"
type="submit"
value="Titles"><input id="fullsearch" name="fullsearch" type="submit" value="Text"></div></form></div>
<ul id="username"><li><a href="/Tidewatch?action=login" id="login" rel="nofollow">Login</a></li></ul></div>
<div id="navbar"><ul id="navibar">${links(dwNav, 'wikilink')}</ul></div>
<p id="breadcrumbs"><span id="pagelocation"><a href="/FrontPage">Debian Wiki</a>/<a href="/Tidewatch">${dwTitle}</a></span></p></div>
<div id="pageline"><hr style="display:none;"></div><div class="editbar"><ul><li><span class="disabled">${dwEdit[0]}</span></li>
<li class="toggleCommentsButton" style="display:none;"><a href="#" class="nbcomment" onClick="toggleComments();return false;">${dwEdit[1]}</a></li>
<li><a class="nbinfo" href="/Tidewatch?action=info" rel="nofollow">${dwEdit[2]}</a></li><li><a class="nbattachments" href="/Tidewatch?action=AttachFile"
rel="nofollow">${dwEdit[3]}</a></li><li><form class="actionsmenu" method="GET" action="/Tidewatch"><div><label>${dwMore[0]}</label><select name="action"
onchange="if ((this.selectedIndex != 0) &amp;&amp; (this.options[this.selectedIndex].disabled == false)) { this.form.submit(); }">
${dwMore
  .slice(1)
  .map((t) => `<option value="${t.replace(/ /g, '')}">${t}</option>`)
  .join('\n')}</select><input type="submit" value="Do"></div></form></li></ul></div>
<div id="page" lang="en" dir="ltr"><div dir="ltr" id="content" lang="en"><span class="anchor" id="top"></span><span class="anchor" id="line-1"></span>
<p class="line867"><small><a class="http" href="/DebianWiki/EditorGuide#translation">Translation(s)</a>: English - <a href="/fr/Tidewatch">Français</a> -
<a href="/it/Tidewatch">Italiano</a></small> </p><span class="anchor" id="line-2"></span><div><hr></div>
<div class="table-of-contents"><p class="table-of-contents-heading">Contents</p><ol>${[dwH1, dwH2, dwH3, dwH4, dwH5]
  .map((t) => `<li><a href="#${t.replace(/ /g, '_')}">${t}</a></li>`)
  .join('')}</ol></div>
${dwHead(dwH1)}
${dwP(dwP1, 5)}
${dwHead(dwH2)}
${dwP(dwP2, 8)}
${dwCode1}
${dwP(dwP2b, 11)}
${dwHead(dwH3)}
${dwP(dwP3, 14)}
${dwCode2}
${dwP(dwP3b, 22)}
<ul>${dwActions.map((t) => `<li>${t} </li>`).join('\n')}</ul>
<div class="note"><span class="anchor" id="line-27"></span><p class="line862"><strong>Note:</strong> ${dwNote} </p></div>
${dwHead(dwH4)}
${dwP(dwP4, 30)}
${dwHead(dwH5)}
<ul>${links(dwSee)}</ul>
<span class="anchor" id="line-38"></span><div><hr></div><p class="line867">${dwCats.map((t) => `<a href="/${t}">${t}</a>`).join(' | ')} </p>
<span class="anchor" id="bottom"></span></div><p id="pageinfo" class="info" lang="en" dir="ltr">${dwInfo}</p></div>
<div id="footer"><div id="pagebottom"></div><div id="footer-content"><p>${dwFoot[0]}</p><p>${dwFoot[1]}</p></div></div>
</body></html>`;

export const debianWikiPage: TestPage = {
  name: 'heldout163-debian-wiki-page',
  kind: 'wiki',
  html: dwHtml,
  // the title is the page name in the location line (MoinMoin shows no h1 here); the note box is body (part of the text,
  // with its "Note:" label); code blocks are in neither list; the "See also" links are body
  title: dwTitle,
  headings: [dwH1, dwH2, dwH3, dwH4, dwH5],
  body: texts([...dwP1, ...dwP2, ...dwP2b, ...dwP3, ...dwP3b, ...dwActions, `Note: ${dwNote}`, ...dwP4, ...dwSee]),
  bylines: [dwInfo],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wiki', 'Search:', 'Login', ...dwNav.slice(0, 4), 'Debian Wiki', ...dwEdit, ...dwMore, dwTrans, 'Contents',
    'CategorySoftware | CategorySystemAdministration',
    ...dwFoot,
  ],
};
