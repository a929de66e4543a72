import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout272-kit.js';

/**
 * Held-out batch 272, file b2: a Bugzilla bug page in the bugzilla.mozilla.org template (header links and quick search, the
 * summary container with bug number, status and h1, the Categories / Tracking / People / References / Details modules with
 * their field labels and values, comments with the commenter's vcard, "Comment N" links and times, a change set of field
 * changes, the "Attach File" bar and the footer).
 */
const zTitle = 'Printed tables repeat the sticky header over the first row of every page';
const z0 = [
  j(
    'When a page with a sticky table header is printed, the header is drawn at the top of every printed page, which is the',
    'intended behaviour, but it is drawn on top of the first data row instead of above it. On a long report the first row of each',
    'page is hidden completely.',
  ),
  j(
    'Steps: open the attached test case, choose Print, pick any paper size and look at page two of the preview. The row for',
    'Tuesday is covered by the repeated header. The same file prints correctly in the previous release.',
  ),
];
const z1 = [
  j(
    'Regression range points at the change that moved sticky positioning into the layer tree. Before that change, sticky elements',
    'were laid out as ordinary table headers when paginating, so the fragmentation code reserved space for them on each page.',
  ),
];
const z2 = [
  j(
    'Here is a reduced test case with a ten-row table and a forced page break after row five. It shows the overlap without any',
    'of the styling from the original report. Printing to a PDF file reproduces it on every platform I tried.',
  ),
  j('Setting position: static on the thead in a print stylesheet works around the problem, which fits the regression range.'),
];
const z3 = [
  j(
    'Patch posted for review. When fragmenting a table for print, a sticky thead is now treated as a repeated header group and',
    'gets its space reserved before the rows are placed. The reduced test case has been added as a reftest.',
  ),
];
const z4 = [
  j('Landed in the nightly build. Verified with the original report and the reduced test case on the latest nightly.'),
  j(
    'I also tried a few real-world documents from the original thread, including a bank statement with a sticky header and a shipping',
    'manifest spanning eleven pages. Every printed page now starts with the header followed by the correct first row, and the',
    'table borders line up across page breaks as well.',
  ),
];
const zHead = ['Home', 'New', 'Browse', 'Advanced Search', 'Reports', 'Help', 'Log In'];
const zFoot = ['Bugzilla User Guide', 'Etiquette', 'Privacy Notice', 'Report a security bug'];
const fld = (label: string, value: string): string =>
  `<div class="field"><div class="name">${label}:</div><div class="value"><span class="field-value">${value}</span></div></div>`;
const cmt = (n: number, name: string, time: string, body: string): string => `<div class="change-set" id="c${n}"><div class="comment" data-no="${n}">
<div class="comment-header"><div class="comment-avatar"><img src="https://secure.gravatar.example/avatar/${n}?d=mm" width="32" height="32" alt=""></div>
<div class="change-author"><span class="vcard vcard_${n}"><a class="email" href="#" title="${name}"><span class="fn">${name}</span></a></span></div>
<div class="comment-meta"><a href="#c${n}" class="change-name">${n === 0 ? 'Description' : `Comment ${n}`}</a> &bull;
<span class="change-time" title="${time}">${time}</span></div></div>
<div class="comment-text markdown-body" id="ct-${n}" data-comment-id="${9870000 + n}">${body}</div></div></div>`;
const zHtml = `<!DOCTYPE html>
<html lang="en"><head><title>1893301 - ${zTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="website"><meta property="og:title" content="${zTitle}">
<link rel="stylesheet" href="/static/v20260301.1/skins/standard/global.css">
<script nonce="bz4">var BUGZILLA={"param":{"maxusermatches":50},"bug_id":1893301,"user":{"login":"","is_new":false}};</script>
<script defer src="/static/v20260301.1/extensions/BugModal/web/bug_modal.js"></script></head>
<body class="bugzilla-calyx-example skin-standard bug_modal"><div id="wrapper"><header id="header" role="banner"><div class="inner">
<h1 id="header-title" class="title"><a href="./">Calyx Bugzilla</a></h1><ul class="links">${links(zHead)}</ul>
<form role="search" action="buglist.cgi"><input id="quicksearch_top" placeholder="Search Bugs" aria-label="Quick Search"></form></div></header>
<main id="bugzilla-body" tabindex="-1"><div role="status" id="persona-note" class="note">The new comment tags help you find accepted patches.
<a href="#">Learn more</a></div>
<div id="summary-container"><div id="field-value-bug_id"><a href="/show_bug.cgi?id=1893301">Bug 1893301</a></div>
<div id="field-value-status-view">RESOLVED FIXED</div><div id="field-status_summary">Opened 2 months ago Closed 9 days ago</div>
<h1 id="field-value-short_desc">${zTitle}</h1></div>
<div id="module-categories" class="module"><div class="module-header"><h2 class="module-title">Categories</h2></div><div class="module-content">
${fld('Product', 'Core')}${fld('Component', 'Layout: Printing')}${fld('Version', 'Trunk')}${fld('Platform', 'All')}${fld('Type', 'defect')}
${fld('Priority', 'P2')}${fld('Severity', 'S3')}</div></div>
<div id="module-tracking" class="module"><div class="module-header"><h2 class="module-title">Tracking</h2></div><div class="module-content">
${fld('Status', 'RESOLVED FIXED')}${fld('Target Milestone', '149 Branch')}${fld('Keywords', 'regression, testcase')}</div></div>
<div id="module-people" class="module"><div class="module-header"><h2 class="module-title">People</h2></div><div class="module-content">
${fld('Reporter', 'Ottokar Vinje')}${fld('Assignee', 'Sibyl Amankwah')}${fld('Mentors', 'Not set')}</div></div>
<div id="module-references" class="module"><div class="module-header"><h2 class="module-title">References</h2></div><div class="module-content">
${fld('Regressed by', 'bug 1871045')}${fld('See Also', 'bug 1640210')}</div></div>
<div id="module-attachments" class="module"><div class="module-header"><h2 class="module-title">Attachments</h2></div><table id="attachments">
<tr><td><a href="#">Testcase: overlapping header on page two</a></td><td>1.21 KB, text/html</td></tr><tr><td><a href="#">Bug 1893301 - Reserve space for sticky
thead when paginating tables</a></td><td>Phabricator revision</td></tr></table><button id="attachments-add-btn">Attach New File</button></div>
<div id="comments"><div class="comments-actions"><button id="collapse-all-comments">Collapse All Comments</button> <button>Expand All Comments</button></div>
${cmt(0, 'Ottokar Vinje', '2026-01-04 10:12 PST', ps(z0))}
${cmt(1, 'Sibyl Amankwah', '2026-01-05 03:47 PST', ps(z1))}
<div class="change-set" id="a1"><div class="activity"><div class="change"><span class="change-name">Flags:</span> needinfo?(ottokar) →
<span class="field-value">needinfo?(ottokar)</span></div><div class="change"><span class="change-name">Regressed by:</span> 1871045</div></div></div>
${cmt(2, 'Ottokar Vinje', '2026-01-05 09:30 PST', ps(z2))}
${cmt(3, 'Sibyl Amankwah', '2026-02-18 14:05 PST', ps(z3))}
${cmt(4, 'Linnea Goratti', '2026-02-23 01:15 PST', ps(z4))}</div>
<div id="add-comment"><p id="login-to-comment">You need to <a href="#">log in</a> before you can comment on or make changes to this bug.</p></div>
<div id="bottom-actions"><a href="#">Top ↑</a> <a href="#">Format For Printing</a> <a href="#">XML</a> <a href="#">Clone This Bug</a></div></main>
<footer id="footer"><ul class="links">${links(zFoot)}</ul><p>Calyx Bugzilla is run by the Calyx Foundation's engineering team.</p></footer></div></body>
</html>`;
export const bugzillaBug: TestPage = {
  name: 'heldout272-bugzilla-bug-forum',
  kind: 'forum',
  html: zHtml,
  title: zTitle,
  headings: [],
  body: texts([...z0, ...z1, ...z2, ...z3, ...z4]),
  bylines: [
    'Ottokar Vinje',
    '2026-01-04 10:12 PST',
    'Sibyl Amankwah',
    '2026-01-05 03:47 PST',
    '2026-01-05 09:30 PST',
    '2026-02-18 14:05 PST',
    'Linnea Goratti',
    '2026-02-23 01:15 PST',
    'Opened 2 months ago Closed 9 days ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Calyx Bugzilla', ...zHead, 'The new comment tags help you find accepted patches.', 'Learn more', 'Bug 1893301', 'RESOLVED FIXED',
    'Categories', 'Product:', 'Core', 'Component:', 'Layout: Printing', 'Version:', 'Trunk', 'Platform:', 'Type:', 'defect', 'Priority:', 'Severity:',
    'Tracking', 'Status:', 'Target Milestone:', '149 Branch', 'Keywords:', 'regression, testcase', 'People', 'Reporter:', 'Assignee:', 'Mentors:',
    'Not set', 'References', 'Regressed by:', 'bug 1871045', 'See Also:', 'bug 1640210', 'Attachments', 'Testcase: overlapping header on page two',
    '1.21 KB, text/html',
    'Bug 1893301 - Reserve space for sticky thead when paginating tables', 'Phabricator revision', 'Attach New File', 'Collapse All Comments',
    'Expand All Comments', 'Description', 'Comment 1', 'Comment 2', 'Comment 3', 'Comment 4', 'Flags:', 'needinfo?(ottokar)',
    'You need to log in before you can comment on or make changes to this bug.', 'Top ↑', 'Format For Printing', 'XML', 'Clone This Bug', ...zFoot,
    "Calyx Bugzilla is run by the Calyx Foundation's engineering team.",
  ],
};
