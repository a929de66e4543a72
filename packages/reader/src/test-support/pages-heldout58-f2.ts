import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 58, file f2: a MoinMoin 1.9 page in the style of wiki.python.org (HTML 4.01 doctype, the header with the
 * Python logo, the Titles/Text search form and its init script, the page-location line, the left sidebar with the navibar,
 * the "Page" panel with "Immutable Page", Info, Attachments and the "More Actions:" select, the "User" panel with Login,
 * content wrapped in MoinMoin's line anchors and "line867"/"line874" paragraphs, the TableOfContents macro box, a
 * highlighted code block with its "Toggle line numbers" link, a "See also" list, category links, the pageinfo line and the
 * footer with the MoinMoin/Python/GPL badges).
 */
let line = 0;
/** MoinMoin's line anchor, scattered through the rendered page. */
const a = (): string => `<span class="anchor" id="line-${++line}"></span>`;
const p874 = (ps: readonly string[]): string => ps.map((p) => `${a()}<p class="line874">${p.replace(/\. /g, () => `. ${a()}`)} ${a()}</p>`).join('\n');
const mmTitle = 'Python for Archivists';
const mmLead = [
  'This page collects tools, libraries and tips for archivists, records managers and digital preservation staff who use Python. It was started ' +
    'after the 2024 archives sprint and is kept up to date by volunteers, so please add what you know.',
];
const mmH = ['Why Python?', 'Useful libraries', 'Example: checking fixity', 'Training and community'];
const mmWhy = [
  'Archives hold huge numbers of files in many formats, and much of the daily work is repetitive: checking fixity, renaming scans, extracting ' +
    'metadata and building finding aids. Python is already installed on most Linux and macOS machines, it is easy to read for staff who are not ' +
    'programmers, and it has good libraries for the formats archivists meet most often.',
];
const mmLibs = [
  '<a class="http" href="https://pypi.org/project/bagit/">bagit</a> – create and validate BagIt packages for transfers between institutions.',
  '<a class="http" href="https://pypi.org/project/lxml/">lxml</a> – read and write EAD and METS records.',
  '<a class="http" href="https://pypi.org/project/openpyxl/">openpyxl</a> – work with the spreadsheets that donors and depositors send.',
  '<a class="http" href="https://pypi.org/project/pillow/">Pillow</a> – check and convert TIFF and JPEG image masters.',
];
const mmFix1 = [
  'The script below recomputes SHA-256 checksums for every file listed in a manifest and reports any file that has changed or gone missing. It ' +
    'reads each file in chunks, so it works on collections too large to fit in memory.',
];
const mmFix2 = [
  'Run it from the top folder of the collection. On a typical office PC it checks about 40 GB an hour, limited mostly by the speed of the disk. ' +
    'Keep the manifest itself on a different drive from the files it describes.',
];
const mmTrain = [
  'The Archives and Records Python group meets online on the second Tuesday of each month. Beginners are welcome, and each session starts with a ' +
    'short worked example from a real collection. Notes from past sessions are on <a href="/moin/ArchivesPythonGroup">ArchivesPythonGroup</a>.',
];
const mmSeeAlso = ['PythonForLibrarians', 'DigitalHumanities', 'BeginnersGuide'];
const mmCats = ['CategoryApplications', 'CategoryDocumentation'];
const KW = new Set(['import', 'def', 'with', 'as', 'for', 'in', 'lambda', 'return', 'if', 'None']);
/** A line of Python as MoinMoin's highlighter colours it (strings, numbers, reserved words, names; the rest escaped). */
const hl = (src: string): string =>
  src
    .split(/(b?"[^"]*"|\b\d+\b|\b[A-Za-z_]\w*\b)/)
    .map((t, i) => {
      if (i % 2 === 0) return t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const cls = /^b?"/.test(t) ? 'String' : /^\d/.test(t) ? 'Number' : KW.has(t) ? 'ResWord' : 'ID';
      return `<span class="${cls}">${t}</span>`;
    })
    .join('');
const code = [
  'import hashlib, sys',
  '',
  'def sha256(path):',
  '    h = hashlib.sha256()',
  '    with open(path, "rb") as f:',
  '        for chunk in iter(lambda: f.read(1 << 20), b""):',
  '            h.update(chunk)',
  '    return h.hexdigest()',
  '',
  'for row in open(sys.argv[1]):',
  '    digest, name = row.split(None, 1)',
  '    if sha256(name.strip()) != digest:',
  '        print("CHANGED", name.strip())',
];
const mmActions = ['Raw Text', 'Print View', 'Delete Cache', 'Check Spelling', 'Like Pages', 'Local Site Map', 'Rename Page', 'Delete Page', 'Subscribe User'];
const mmHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html;charset=utf-8">
<meta name="robots" content="index,nofollow">
<title>PythonForArchivists - Python Wiki</title>
<script type="text/javascript" src="/wiki/europython/common/js/common.js"></script>
<script type="text/javascript">
<!--
var search_hint = "Search";
//-->
</script>
<link rel="stylesheet" type="text/css" charset="utf-8" media="all" href="/wiki/europython/css/common.css">
<link rel="stylesheet" type="text/css" charset="utf-8" media="screen" href="/wiki/europython/css/screen.css">
<link rel="stylesheet" type="text/css" charset="utf-8" media="print" href="/wiki/europython/css/print.css">
<link rel="alternate" title="Python Wiki: PythonForArchivists" href="/moin/PythonForArchivists?diffs=1&amp;show_att=1&amp;action=rss_rc&amp;unique=0&amp;\
page=PythonForArchivists&amp;ddiffs=1" type="application/rss+xml">
<link rel="Start" href="/moin/FrontPage">
<link rel="Alternate" title="Wiki Markup" href="/moin/PythonForArchivists?action=raw">
<link rel="Alternate" media="print" title="Print View" href="/moin/PythonForArchivists?action=print">
<link rel="Search" href="/moin/FindPage">
<link rel="Index" href="/moin/TitleIndex">
<link rel="Glossary" href="/moin/WordIndex">
<link rel="Help" href="/moin/HelpOnFormatting">
</head>
<body  lang="en" dir="ltr">
<div id="wrapper">
<div id="header">
<div id="logo"><a href="/moin/FrontPage"><img src="/wiki/europython/img/python-logo.gif" alt="Python Logo"></a></div>
<div id="searchbox">
<form id="searchform" method="get" action="/moin/PythonForArchivists">
<div>
<input type="hidden" name="action" value="fullsearch">
<input type="hidden" name="context" value="180">
<label for="searchinput">Search:</label>
<input id="searchinput" type="text" name="value" value="" size="20"
    onfocus="searchFocus(this)" onblur="searchBlur(this)"
    onkeyup="searchChange(this)" onchange="searchChange(this)" alt="Search">
<input id="titlesearch" name="titlesearch" type="submit"
    value="Titles" alt="Search Titles">
<input id="fullsearch" name="fullsearch" type="submit"
    value="Text" alt="Search Full Text">
</div>
</form>
<script type="text/javascript">
<!--// Initialize search form
var f = document.getElementById('searchform');
f.getElementsByTagName('label')[0].style.display = 'none';
var e = document.getElementById('searchinput');
searchChange(e);
searchBlur(e);
//-->
</script>
</div>
<div id="locationline">
<ul id="pagelocation">
<li><a class="backlink" href="/moin/PythonForArchivists?action=fullsearch&amp;context=180&amp;value=linkto%3A%22PythonForArchivists%22" rel="nofollow" \
title="Click to do a full-text search for this title">PythonForArchivists</a></li>
</ul>
</div>
</div>
<div id="sidebar">
<div class="sidepanel">
<h1>Python Wiki</h1>
<ul id="navibar">
<li class="wikilink"><a href="/moin/FrontPage">FrontPage</a></li><li class="wikilink"><a href="/moin/RecentChanges">RecentChanges</a></li><li class="wikilink">\
<a href="/moin/FindPage">FindPage</a></li><li class="wikilink"><a href="/moin/HelpContents">HelpContents</a></li><li class="current"><a \
href="/moin/PythonForArchivists">PythonForArchivists</a></li>
</ul>
</div>
<div class="sidepanel">
<h1>Page</h1>
<ul class="editbar"><li><span class="disabled">Immutable Page</span></li><li class="toggleCommentsButton" style="display:none;"><a href="#" class="nbcomment" \
onClick="toggleComments();return false;">Comments</a></li><li><a class="nbinfo" href="/moin/PythonForArchivists?action=info" rel="nofollow">Info</a></li><li>\
<a class="nbattachments" href="/moin/PythonForArchivists?action=AttachFile" rel="nofollow">Attachments</a></li><li>
<form class="actionsmenu" method="GET" action="/moin/PythonForArchivists">
<div>
    <label>More Actions:</label>
    <select name="action"
        onchange="if ((this.selectedIndex != 0) &&
                      (this.options[this.selectedIndex].disabled == false)) {
                this.form.submit();
            }
            this.selectedIndex = 0;">
        ${mmActions.map((t) => `<option value="${t.replace(/ /g, '')}">${t}</option>`).join('\n')}
    </select>
    <input type="submit" value="Do">
</div>
<script type="text/javascript">
<!--// Init menu
actionsMenuInit('More Actions:');
//-->
</script>
</form>
</li></ul>
</div>
<div class="sidepanel">
<h1>User</h1>
<ul id="username"><li><a href="/moin/PythonForArchivists?action=login" id="login" rel="nofollow">Login</a></li></ul>
</div>
</div>
<div id="page" lang="en" dir="ltr">
<div dir="ltr" id="content" lang="en"><span class="anchor" id="top"></span>
${a()}<p class="line867">
<h1 id="Python_for_Archivists">${mmTitle}</h1>
${p874(mmLead)}
${a()}<p class="line867"><div class="table-of-contents"><p class="table-of-contents-heading">Contents<ol><li>
<a href="#Why_Python.3F">Why Python?</a></li><li>
<a href="#Useful_libraries">Useful libraries</a></li><li>
<a href="#Example:_checking_fixity">Example: checking fixity</a></li><li>
<a href="#Training_and_community">Training and community</a></li></ol></p></div>
${a()}<p class="line867">
<h2 id="Why_Python.3F">${mmH[0]}</h2>
${p874(mmWhy)}
${a()}<p class="line867">
<h2 id="Useful_libraries">${mmH[1]}</h2>
${a()}<ul>${mmLibs.map((t) => `<li><p class="line862">${t} ${a()}</li>`).join('')}</ul>${a()}<p class="line867">
<h2 id="Example:_checking_fixity">${mmH[2]}</h2>
${p874(mmFix1)}
${a()}<p class="line867"><div class="highlight python"><div class="codearea" dir="ltr" lang="en">
<script type="text/javascript">
function isnumbered(obj) {
  return obj.childNodes.length && obj.firstChild.childNodes.length && obj.firstChild.firstChild.className == 'LineNumber';
}
</script>
<a href="#" onclick="return togglenumber('CA-4f1e0b2a', 1, 1);" class="codenumbers">Toggle line numbers</a>
<pre dir="ltr" id="CA-4f1e0b2a" lang="en">${code
  .map(
    (c, i) => `<span class="line"><span class="LineNumber">${String(i + 1).padStart(4)} </span>\
${hl(c)}</span>`,
  )
  .join('\n')}
</pre></div></div>${a()}${p874(mmFix2)}
${a()}<p class="line867">
<h2 id="Training_and_community">${mmH[3]}</h2>
${p874(mmTrain)}
${a()}<p class="line867">
<h2 id="See_also">See also</h2>
${a()}<ul>${mmSeeAlso.map((t) => `<li><p class="line891"><a href="/moin/${t}">${t}</a> ${a()}</li>`).join('')}</ul>${a()}<hr /><p class="line874">${a()}<p \
class="line867">${mmCats.map((t) => `<a href="/moin/${t}">${t}</a>`).join(' ')} ${a()}</p>
<span class="anchor" id="bottom"></span></div><p id="pageinfo" class="info" lang="en" dir="ltr">PythonForArchivists  (last edited 2025-11-19 08:41:27 by <span \
title="MartaKowalczyk @ host-81-2-145-20.example.net[81.2.145.20]"><a href="/moin/MartaKowalczyk" title="MartaKowalczyk @ \
host-81-2-145-20.example.net[81.2.145.20]">MartaKowalczyk</a></span>)</p>

<div id="pagebottom"></div>
</div>
</div>
<div id="footer">
<ul id="credits">
<li><a href="http://moinmo.in/" title="This site uses the MoinMoin Wiki software.">MoinMoin Powered</a></li>
<li><a href="http://moinmo.in/Python" title="MoinMoin is written in Python.">Python Powered</a></li>
<li><a href="http://moinmo.in/GPL" title="MoinMoin is GPL licensed.">GPL licensed</a></li>
<li><a href="http://validator.w3.org/check?uri=referer" title="Click here to validate this page.">Valid HTML 4.01</a></li>
</ul>
<p id="footer_info">Unable to edit the page? See the <a href="/moin/FrontPage#use">FrontPage</a> for instructions.</p>
</div>
</body>
</html>
`;
export const moinMoin: TestPage = {
  html: mmHtml,
  name: 'heldout58-moinmoin',
  kind: 'wiki',
  // body: the paragraphs and the library list (each item's link and description); the title is the page's own h1 ("Python for
  // Archivists"; the CamelCase page name in the location line, navibar and pageinfo is furniture); headings are its h2s up to
  // "See also" (a list of wiki links: furniture with its heading); the code block with its line numbers is in neither list,
  // its "Toggle line numbers" link is furniture; the TableOfContents box repeats the headings (left out), its "Contents" is
  // furniture; "last edited ... by MartaKowalczyk" is the byline; the sidebar panels, the "More Actions:" select, category
  // links and footer badges are furniture (the search button labels are input values, not text); the panel title "Page" is
  // a word of the body: left out
  title: mmTitle,
  headings: mmH,
  body: [...texts(mmLead), ...texts(mmWhy), ...texts(mmLibs), ...texts(mmFix1), ...texts(mmFix2), ...texts(mmTrain)],
  bylines: ['last edited 2025-11-19 08:41:27 by MartaKowalczyk'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search:', 'PythonForArchivists', 'Python Wiki', 'FrontPage', 'RecentChanges', 'FindPage', 'HelpContents', 'Immutable Page', 'Comments', 'Info',
    'Attachments', 'More Actions:', ...mmActions, 'User', 'Login', 'Contents', 'Toggle line numbers', 'See also', ...mmSeeAlso, ...mmCats, 'MoinMoin Powered',
    'Python Powered', 'GPL licensed', 'Valid HTML 4.01', 'Unable to edit the page? See the FrontPage for instructions.',
  ],
};
