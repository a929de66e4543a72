import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file f2: a volunteer group's MoinMoin 1.9 page on the modernist theme (header with logo, login link
 * and search form, the location line that is itself an h1 holding the page path, the navibar, the edit bar with "More
 * Actions:" menu at top and bottom, line anchors between the lines of each paragraph, the TableOfContents macro, the pageinfo
 * line and the credits).
 */
const mTitle = 'Tide gauge maintenance';
const mIntro = [
  j(
    'The group looks after three tide gauges on the Saltings: at Pell Hard, at the old ferry steps and on the jetty at Crane Point.',
    '<span class="anchor" id="line-4"></span>The readings feed the harbour authority\'s flood warnings, so a gauge that drifts or',
    'stops is more than an inconvenience.',
  ),
];
const mMonthly = [
  j(
    'Each gauge gets one visit a month, on the lowest spring tide, so that the bottom of the stilling well can be reached.',
    '<span class="anchor" id="line-9"></span>Visits are done in pairs. The rota is on the <a href="/TideGauges/Rota">VisitRota</a>',
    'page; swap directly with another volunteer and update the rota yourself.',
  ),
];
const mClean = [
  'Photograph the gauge board and the logger display before touching anything.',
  'Lift the well cover and clear weed and silt from the intake holes with the long brush.',
  'Check the float wire for kinks and the counterweight for barnacles.',
  'Read the board and the logger at the same moment and write both down.',
  'Replace the cover and photograph the gauge again.',
];
const mFaults = [
  j(
    'If the board and the logger differ by more than two centimetres, or the logger shows a gap in its record, log the fault on the',
    '<a href="/TideGauges/FaultLog">FaultLog</a> page the same day, with the photographs attached.',
    '<span class="anchor" id="line-24"></span>Use one of the fault types below so that the harbour engineer can sort the list.',
  ),
];
const mTable = [
  ['DRIFT', 'Board and logger disagree'],
  ['SILT', 'Intake holes blocked'],
  ['GAP', 'Missing readings in the logger'],
  ['DAMAGE', 'Anything broken or bent'],
];
const mSafety = [
  j(
    'Never visit a gauge alone, and never go down the ferry steps when they are wet with weed. Wear the life jacket from the',
    'store even on the jetty. If the weather turns, leave the visit for the next tide: the gauge can wait, and nobody will',
    'thank you for a reading taken in a gale. Tell someone ashore when you set out and again when you are back on dry land.',
  ),
];
const mNavi = ['FrontPage', 'RecentChanges', 'FindPage', 'HelpContents'];
const mEdit = ['Immutable Page', 'Info', 'Attachments', 'More Actions:'];
const mOpts = ['Raw Text', 'Print View', 'Render as Docbook', 'Delete Cache', 'Like Pages', 'Local Site Map'];
const mCredits = ['MoinMoin Powered', 'Python Powered', 'GPL licensed', 'Valid HTML 4.01'];
const editbar = `<ul class="editbar"><li><span class="disabled">Immutable Page</span></li><li class="toggleCommentsButton" style="display:none;"><a href="#"
class="nbcomment" onClick="toggleComments();return false;">Comments</a></li><li><a class="nbinfo" href="/TideGauges/Maintenance?action=info"
rel="nofollow">Info</a></li><li><a class="nbattachments" href="/TideGauges/Maintenance?action=AttachFile" rel="nofollow">Attachments</a></li><li>
<form class="actionsmenu" method="GET" action="/TideGauges/Maintenance"><div><label>More Actions:</label><select name="action"
onchange="if ((this.selectedIndex != 0) &amp;&amp; (this.options[this.selectedIndex].disabled == false)) { this.form.submit(); }">
${mOpts.map((o) => `<option value="${o.toLowerCase().replace(/ /g, '')}">${o}</option>`).join('\n')}</select></div></form></li></ul>`;
const mh = (line: number, id: string, t: string): string => `<span class="anchor" id="line-${line}"></span><h2 id="${id}">${t}</h2>`;
const mHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html><head><meta http-equiv="X-UA-Compatible" content="IE=Emulate7"><meta http-equiv="Content-Type" content="text/html;charset=utf-8">
<meta name="robots" content="index,nofollow"><title>TideGauges/Maintenance - Saltings Tidewatch Wiki</title>
<script type="text/javascript" src="/moin_static1911/common/js/common.js"></script>
<script type="text/javascript"><!--
var search_hint = "Search";
//--></script>
<link rel="stylesheet" type="text/css" charset="utf-8" media="all" href="/moin_static1911/modernist/css/common.css">
<link rel="stylesheet" type="text/css" charset="utf-8" media="screen" href="/moin_static1911/modernist/css/screen.css">
<link rel="alternate" title="Saltings Tidewatch Wiki: TideGauges/Maintenance"
href="/TideGauges/Maintenance?diffs=1&amp;show_att=1&amp;action=rss_rc&amp;unique=0
&amp;page=TideGauges%2FMaintenance&amp;ddiffs=1" type="application/rss+xml"></head>
<body lang="en" dir="ltr">
<div id="header"><div id="logo"><a href="/FrontPage">Saltings Tidewatch Wiki</a></div>
<div id="username"><a href="/TideGauges/Maintenance?action=login" id="login" rel="nofollow">Login</a></div>
<form id="searchform" method="get" action="/TideGauges/Maintenance"><div><input type="hidden" name="action" value="fullsearch">
<input type="hidden" name="context" value="180"><label for="searchinput">Search:</label><input id="searchinput" type="text" name="value" value="" size="20"
onfocus="searchFocus(this)" onblur="searchBlur(this)" onkeyup="searchChange(this)" onchange="searchChange(this)" alt="Search">
<input id="titlesearch" name="titlesearch" type="submit" value="Titles" alt="Search Titles"><input id="fullsearch" name="fullsearch" type="submit" value="Text"
alt="Search Full Text"></div></form>
<h1 id="locationline"><span id="pagelocation"><span class="pagepath"><a href="/TideGauges">TideGauges</a>/</span><a class="backlink"
href="/TideGauges/Maintenance?action=fullsearch&amp;context=180&amp;value=linkto%3A%22TideGauges%2FMaintenance%22" rel="nofollow"
title="Click to do a full-text search for this title">Maintenance</a></span></h1>
<ul id="navibar">${mNavi.map((n) => `<li class="wikilink"><a href="/${n}">${n}</a></li>`).join('')}<li class="current"><a
href="/TideGauges/Maintenance">Maintenance</a>
</li></ul><div id="pageline"><hr style="display:none;"></div>
${editbar}
</div>
<div id="page" lang="en" dir="ltr"><div dir="ltr" id="content" lang="en"><span class="anchor" id="top"></span>
<span class="anchor" id="line-1"></span><h1 id="head-4c1d0b2e">${mTitle}</h1>
<span class="anchor" id="line-2"></span><p class="line874">${mIntro[0]} <span class="anchor" id="line-5"></span></p>
<div class="table-of-contents"><p class="table-of-contents-heading">Contents</p><ol><li><a href="#head-a1">The monthly visit</a></li>
<li><a href="#head-a2">Cleaning the stilling well</a></li><li><a href="#head-a3">Logging faults</a></li><li><a href="#head-a4">Safety</a></li></ol></div>
${mh(7, 'head-a1', 'The monthly visit')}
<span class="anchor" id="line-8"></span><p class="line874">${mMonthly[0]} <span class="anchor" id="line-11"></span></p>
${mh(12, 'head-a2', 'Cleaning the stilling well')}
<span class="anchor" id="line-13"></span><ol type="1">${mClean
  .map((c, i) => `<li><p class="line862">${c} <span class="anchor" id="line-${14 + i}"></span></p></li>`)
  .join('\n')}</ol>
${mh(20, 'head-a3', 'Logging faults')}
<span class="anchor" id="line-21"></span><p class="line874">${mFaults[0]} <span class="anchor" id="line-25"></span></p>
<div><table><tbody><tr><td><p class="line891"><strong>Type</strong></p></td><td><p class="line891"><strong>Meaning</strong></p></td></tr>
${mTable
  .map((r, i) => `<tr><td><span class="anchor" id="line-${27 + i}"></span><p class="line862">${r[0]}</p></td><td><p class="line862">${r[1]}</p></td></tr>`)
  .join('\n')}</tbody></table></div>
${mh(32, 'head-a4', 'Safety')}
<span class="anchor" id="line-33"></span><p class="line874">${mSafety[0]} <span class="anchor" id="bottom"></span></p>
</div><p id="pageinfo" class="info" lang="en" dir="ltr">TideGauges/Maintenance  (last edited 2026-02-28 18:03:27 by <span
title="PetraLindqvist @ cpc1-salt4-2-0-cust88.example.net[203.0.113.88]">PetraLindqvist</span>)</p>
<div id="pagebottom"></div></div>
<div id="footer">${editbar}
<ul id="credits">${mCredits.map((c) => `<li><a href="http://moinmo.in/">${c}</a></li>`).join('')}</ul></div></body></html>`;
export const moin: TestPage = {
  name: 'heldout257-moinmoin-modernist-wiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: ['The monthly visit', 'Cleaning the stilling well', 'Logging faults', 'Safety'],
  body: texts([...mIntro, ...mMonthly, ...mClean, ...mFaults, ...mTable.flat(), ...mSafety]),
  bylines: ['last edited 2026-02-28 18:03:27 by PetraLindqvist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltings Tidewatch Wiki', 'Login', 'Search:', 'TideGauges', 'Maintenance', ...mNavi, ...mEdit, ...mOpts, 'Contents', ...mCredits,
  ],
};
