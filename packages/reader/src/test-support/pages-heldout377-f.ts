import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout377-kit.js';

/**
 * Held-out batch 377, file f: a HathiTrust-style full catalog record (a data page whose main text is short: website header,
 * search bar, "Full view" item table, export and share tools, feedback and footer) and an oral history interview in an
 * OHMS-style viewer (site header, interview header with interviewer and date, audio player, search box, Transcript / Index
 * tabs, time stamps beside the transcript lines, rights statement, footer).
 */
const hTitle = 'Report on the condition of the glass works of the Tamsin Valley / by the Inspector of Factories.';
const hNotes = [
  j(
    'Report presented to the county council in 1911 after a season of inspections prompted by complaints from the Ashcombe',
    'Trades Council. The inspector visited fourteen works and describes, for each, the number of furnaces, the hours worked,',
    'the employment of boys under fourteen and the state of ventilation in the batch houses and lehr rooms.',
  ),
  j(
    'The report\u2019s recommendations, including a limit of ten hours on night work for boys and the fitting of hoods over',
    'the glory holes, were adopted in part in the bylaws of 1913.',
  ),
  'Includes tables of wages by trade and a folded map of the works.',
  'Issued also as a supplement to the Carrow Gazette, 4 August 1911.',
];
const hNav = ['Home', 'About', 'Collections', 'Help', 'Feedback'];
const hFoot = ['Privacy', 'Contact', 'Accessibility', 'Take-Down Policy', 'Collections Policy'];
const hHtml = `<!DOCTYPE html><html lang="en" data-analytics-code="UA-954893-23"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>Catalog Record: Report on the condition of the glass works of the Tamsin Valley | Shared Digital Trust</title>
<link rel="canonical" href="https://catalog.shareddigitaltrust.example/Record/104418872"><link rel="stylesheet" href="/common/firebird/dist/css/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"Report on the condition of the glass works of the Tamsin Valley",
"datePublished":"1911"}</script><script>window.HT = window.HT || {}; HT.params = {"id":"104418872"};</script></head>
<body class="apps"><a class="skip-link" href="#maincontent">Skip to main</a><div id="root"><header class="site-navigation">
<nav aria-label="About Shared Digital Trust">
<a href="/" class="home-link">Shared Digital Trust</a><ul class="navbar-nav">${links(hNav, 'nav-item')}</ul>
<a href="/login" class="btn btn-primary">Log in</a></nav>
<div class="search-bar"><form id="ht-search-form"><input type="search" aria-label="Search full text" placeholder="Search words about or within the items">
<div class="search-options"><label><input type="radio" name="target" checked> Full-text</label><label><input type="radio" name="target"> Catalog</label></div>
<button type="submit" class="btn">Search</button></form></div></header>
<main class="main-container" id="maincontent"><div class="container container-medium flex-container"><div class="sidebar-container" id="sidebar">
<h2 class="offscreen">Tools</h2><ul class="list-unstyled"><li><a href="/Record/104418872.marc">View MARC record</a></li><li><a href="#">Cite this</a></li>
<li><a href="#">Export citation file</a></li><li><a href="#">Share</a></li></ul></div>
<section class="section-container" id="section"><article class="record" vocab="http://schema.org/" typeof="Book">
<h1 class="title" property="name">${hTitle}</h1>
<dl class="metadata"><div class="grid"><dt>Main Author:</dt><dd><a href="#">Tamsin County. Inspector of Factories.</a></dd></div>
<div class="grid"><dt>Language(s):</dt><dd>English</dd></div><div class="grid"><dt>Published:</dt><dd>Carrow : County Printing Office, 1911.</dd></div>
<div class="grid"><dt>Subjects:</dt><dd><a href="#">Glass industry -- Safety measures.</a><br><a href="#">Child labor.</a></dd></div>
<div class="grid"><dt>Note:</dt><dd>${hNotes.map((n) => `<p>${n}</p>`).join('\n')}</dd></div>
<div class="grid"><dt>Physical Description:</dt><dd>96 p. : tables, fold. map ; 25 cm.</dd></div></dl>
<h2 class="viewability">Viewability</h2><table class="viewability-table"><thead><tr><th>Item Link</th><th>Original Source</th></tr></thead><tbody>
<tr><td><a href="https://babel.shareddigitaltrust.example/cgi/pt?id=carr.31822" class="rights-pd">Full view</a></td><td>Carrow University</td></tr>
</tbody></table></article></section></div></main>
<div class="feedback"><button class="btn">Get help or report an issue</button></div>
<footer class="site-footer"><ul>${links(hFoot)}</ul><p>Shared Digital Trust is a partnership of research libraries.</p></footer></div>
<script src="/common/firebird/dist/js/main.js"></script></body></html>`;
const hathi: TestPage = {
  name: 'heldout377-hathitrust-record',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts(hNotes),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main', 'Shared Digital Trust', ...hNav, 'Log in', 'Full-text', 'Catalog', 'Tools', 'View MARC record', 'Cite this', 'Export citation file',
    'Share', 'Viewability', 'Item Link', 'Original Source', 'Full view', 'Carrow University', 'Get help or report an issue', ...hFoot,
    'Shared Digital Trust is a partnership of research libraries.',
  ],
};

const ohTitle = 'Amos Brook interview, June 12, 1974';
const ohLines = [
  ['00:00:08', 'OSTROW: This is Lena Ostrow with Amos Brook at his home in Ashcombe. Mr. Brook, when did you first go into the glassworks?'],
  [
    '00:00:21',
    j(
      'BROOK: I was thirteen. My father was a blower at Brenner\u2019s and he took me in the week after I left school. I swept',
      'round the glory hole and carried the finished chimneys to the lehr. You did not touch a pipe for two years.',
    ),
  ],
  ['00:01:02', 'OSTROW: What did you learn in those two years?'],
  [
    '00:01:06',
    j(
      'BROOK: Everything, really, only you did not know you were learning it. You watched how the gaffer turned the pipe, how',
      'long he held the gather in the mould, what he did when the glass came out cold. When they finally let me gather, my',
      'hands already knew what to do. That was how it went in every family I knew.',
    ),
  ],
  ['00:02:15', 'OSTROW: The works became a cooperative in 1919. How did that change things on the floor?'],
  [
    '00:02:24',
    j(
      'BROOK: We had meetings. Lots of meetings. Before, the manager said what was made and at what price, and you made it.',
      'After, every man had a vote, and you had to listen to the packers and the mould makers as well as the blowers. Some',
      'of the old hands hated it. I was young enough that I liked it, mostly.',
    ),
  ],
  ['00:03:40', 'OSTROW: And the pearl tops? The museum has several.'],
  [
    '00:03:45',
    j(
      'BROOK: The pearl top was our pride. Every bead was put on by hand with a pair of tongs while the rim was still soft.',
      'A good crew could do four hundred in a shift. People copied them, of course, but theirs clicked when you tapped them.',
      'Ours rang.',
    ),
  ],
  ['00:04:31', 'OSTROW: Why did the cooperative close?'],
  [
    '00:04:35',
    j(
      'BROOK: Electric light, mostly. And the railway orders. We fought among ourselves over the price, and by the time we',
      'agreed, the railway had gone elsewhere. Then the furnace needed relining and there was no money. We voted to close.',
      'I remember that vote. Nobody spoke.',
    ),
  ],
] as const;
const ohNav = ['Collections', 'Interviews', 'Browse by Topic', 'About the Project'];
const ohIndex = ['Starting at the works', 'Learning the trade', 'The cooperative', 'Pearl top chimneys', 'Closure'];
const ohHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Amos Brook interview, June 12, 1974 | Ashcombe Oral History Group</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Oral history interview with glassworker Amos Brook.">
<link rel="stylesheet" href="/ohms-viewer/css/viewer.css"><link rel="stylesheet" href="/ohms-viewer/skin/jplayer.blue.monday.css">
<script>var cachefile = "brook_1974.xml"; var ohmsViewerVersion = "3.8.4";</script></head>
<body><div id="site-header"><a href="/" class="site-name">Ashcombe Oral History Group</a><ul class="site-nav">${links(ohNav)}</ul></div>
<div id="headerwrapper"><div id="header"><div class="center"><h1>${ohTitle}</h1>
<h2 id="secondaryMetaData"><div><strong>Brook, Amos (interviewee)</strong></div><div>Interviewer: Lena Ostrow</div><div>Collection: Glassworkers of the Tamsin
Valley</div><div>Series: Brenner Cooperative</div></h2></div></div><div id="audio-panel"><div id="jp_container_1" class="jp-audio" role="application"
aria-label="media player"><div class="jp-controls"><button class="jp-play" role="button">play</button><button class="jp-stop" role="button">stop</button></div>
<div class="jp-time-holder"><div class="jp-current-time" role="timer">00:00</div><div class="jp-duration" role="timer">52:17</div></div></div></div></div>
<div id="main"><div id="searchbox-panel"><form id="search-form"><label for="kw">Search this Transcript</label><input type="text" id="kw" name="kw">
<button id="submit-btn" type="submit">Search</button><button id="clear-btn" type="button">Clear</button></form>
<div id="toggle-switch"><a href="#" id="toggle-transcript" class="active">Transcript</a><a href="#" id="toggle-index">Index</a></div></div>
<div id="content-panel"><div id="transcript-panel" class="transcript-panel"><div class="transcript-line-container">
${ohLines
  .map(
    ([t, l]) => `<div class="transcript-line">
<a href="#" class="jumpLink" data-timestamp="${t}">${t}</a>\n<span class="transcript-text">${l}</span></div>`,
  )
  .join('\n')}
</div></div><div id="index-panel" class="index-panel" style="display:none"><div id="accordionHolder">
${ohIndex.map((s) => `<h3><a href="#">${s}</a></h3>`).join('')}</div></div></div></div>
<div id="footer"><p class="rights"><strong>Rights Statement:</strong> Copyright Ashcombe Oral History Group. Used with permission for educational purposes.</p>
<p><span>Powered by OHMS</span> | <a href="/usage">Usage statement</a></p></div>
<script src="/ohms-viewer/js/jquery.jplayer.min.js"></script><script src="/ohms-viewer/js/viewer_init.js"></script></body></html>`;
const ohms: TestPage = {
  name: 'heldout377-ohms-oral-history',
  kind: 'forum',
  html: ohHtml,
  title: ohTitle,
  headings: [],
  body: texts(ohLines.map((l) => l[1])),
  bylines: ['Interviewer: Lena Ostrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ashcombe Oral History Group', ...ohNav, 'Brook, Amos (interviewee)', 'Collection: Glassworkers of the Tamsin Valley', 'Series: Brenner Cooperative',
    'play', 'stop', '52:17', 'Search this Transcript', 'Clear', 'Transcript', 'Index', ...ohLines.map((l) => l[0]), ...ohIndex,
    'Rights Statement:', 'Copyright Ashcombe Oral History Group. Used with permission for educational purposes.', 'Powered by OHMS', 'Usage statement',
  ],
};

export const HELDOUT377_F: readonly TestPage[] = [hathi, ohms];
