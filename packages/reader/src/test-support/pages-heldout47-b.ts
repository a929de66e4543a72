import { type TestPage, texts } from './page-kit.js';
import { pagureIssue } from './pages-heldout47-b2.js';

/**
 * Held-out batch 47, file b: a Roundup issue on a bugs.python.org-style tracker, as it is served read-only after the move
 * to GitHub (the python.org-style header with search box and skip links, the left menu, the "migrated to GitHub" notices, the
 * field tables, the "Created on ... by ..." line, the Pull Requests table, the Messages table with pre bodies, a quoted line
 * and a code sample, a bot's changeset message, the History table and the PSF footer).
 */
const rtTitle = "gzip.open() in text mode ignores newline='' when given a path-like object";
const rtMsgs: { id: string; who: string; star: boolean; when: string; pre: string; paras: string[] }[] = [
  {
    id: '395811',
    who: 'Dolan Price (dolan.price)',
    star: false,
    when: '2021-06-14 09:51',
    paras: [
      "On Windows, text written through gzip.open(out, 'wt', newline='') still has every LF turned into CRLF in the decompressed " +
        'data. The same call with the built-in open() leaves the line endings alone, which is what the io.TextIOWrapper ' +
        "documentation promises for newline=''.",
      "This matters for CSV: the csv module documentation asks for newline='' so that the writer's own CRLF line endings are " +
        'not translated a second time. With gzip every row ends in CR CR LF instead, and Excel shows an empty row between the records.',
      'Reading the file back on Linux shows the doubled carriage returns, so it is the writing side.',
    ],
    pre: '',
  },
  {
    id: '395830',
    who: 'Tomáš Kašpárek (tkasparek)',
    star: false,
    when: '2021-06-14 14:22',
    paras: [
      'I can reproduce this with 3.9 and 3.10. The text-mode branch of gzip.open() builds the TextIOWrapper itself and passes ' +
        'encoding, errors and newline through, but only when the first argument is a str or bytes. A path-like object goes ' +
        'through the branch meant for file objects first, and that branch wraps the result without the newline argument.',
      'Dolan, does it go away if you pass str(out) instead of the Path?',
    ],
    pre: '',
  },
  {
    id: '395833',
    who: 'Dolan Price (dolan.price)',
    star: false,
    when: '2021-06-14 15:05',
    paras: ['Yes. With a plain string every row ends in a single CRLF and Excel is happy. That is an easy workaround for us until ' + 'there is a fix.'],
    pre: '&gt; Dolan, does it go away if you pass str(out) instead of the Path?\n\n',
  },
  {
    id: '395902',
    who: 'Mira Hollis (mhollis)',
    star: true,
    when: '2021-06-15 12:31',
    paras: [
      'The path-like handling was added when gzip learned about os.PathLike, and it copied the argument list from an older ' +
        'version of the function, from before newline was passed through. PR 26718 sends both cases through the same code and ' +
        'adds a test that passes newline explicitly and checks the raw bytes, so the failure shows on every platform and not ' +
        'only on Windows.',
    ],
    pre: '',
  },
];
const rtCode = `    import csv, gzip, pathlib
    out = pathlib.Path('report.csv.gz')
    with gzip.open(out, 'wt', newline='') as f:
        csv.writer(f).writerow(['a', 'b'])`;
const rtBot =
  "New changeset 2c7d4f1a9e by Miss Islington (bot) in branch '3.10':\nbpo-44421: Pass newline to TextIOWrapper for path-like " +
  'gzip.open() (GH-26718)\n<a href="https://github.com/python/cpython/commit/2c7d4f1a9e6b">https://github.com/python/cpython/commit/2c7d4f1a9e6b</a>';
const rtLast =
  'Merged, with backports to 3.10 and 3.9. 3.8 only takes security fixes now, so passing a str remains the workaround there. ' +
  'Thanks for the clear report, Dolan, and Tomáš for finding the cause.';
const rtHist: [string, string, string, string][] = [
  ['2022-04-11 14:59:46', 'admin', 'set', 'github: 88587'],
  ['2021-06-21 16:10:12', 'mhollis', 'set', 'status: open -&gt; closed; resolution: fixed; stage: patch review -&gt; resolved'],
  ['2021-06-21 15:58:40', 'miss-islington', 'set', 'messages: + msg396255'],
  ['2021-06-15 12:31:02', 'mhollis', 'set', 'keywords: + patch; stage: patch review; pull_requests: + 25301'],
  ['2021-06-14 15:05:37', 'dolan.price', 'set', 'messages: + msg395833'],
  ['2021-06-14 14:22:18', 'tkasparek', 'set', 'nosy: + tkasparek; messages: + msg395830'],
  ['2021-06-14 09:51:23', 'dolan.price', 'create', ''],
];
const rtMenu = ['Python Home', 'Tracker Home', 'Search', 'Random Issue', 'Issues with patch', 'Easy issues', 'Stats'];
const rtHelp = ['Tracker Documentation', 'Tracker Development', 'Report Tracker Problem'];
const msgRow = (id: string, who: string, star: boolean, when: string, pre: string) => `<tr>
<th><a href="#msg${id}" id="msg${id}">msg${id}</a> - <a href="msg${id}">(view)</a></th>
<th>Author: <a href="user${id.slice(0, 4)}">${who}</a>${star ? ' *' : ''}</th>
<th>Date: ${when}</th>
</tr>
<tr><td colspan="4" class="content"><pre>${pre}</pre></td></tr>`;
const rtHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Issue 44421: ${rtTitle} - Python tracker</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link rel="stylesheet" type="text/css" href="@@file/style.css">
<link rel="stylesheet" type="text/css" media="screen" href="@@file/styles/screen-switcher-default.css" title="default">
<link rel="alternate stylesheet" type="text/css" media="screen" href="@@file/styles/largestyles.css" title="large">
<link rel="shortcut icon" href="@@file/favicon.ico">
<script type="text/javascript" src="@@file/help_controls.js"></script>
<script type="text/javascript" src="@@file/jquery.js"></script>
<script type="text/javascript" src="@@file/issue.item.js"></script>
</head>
<body>
<div id="body-main">
<div id="page-header">
<div id="searchbox">
<form name="searchform" method="get" action="issue" id="cse-search-box"><div>
<input type="hidden" name="@columns" value="id,title,type,stage,creator,activity,status">
<input type="hidden" name="@sort" value="-activity"><input type="hidden" name="@action" value="search">
<input id="search-text" name="@search_text" size="10" title="Search the tracker">
<input type="submit" id="submit" value="search" name="submit">
</div></form>
</div>
<div id="logoheader"><a href="/" id="logolink" accesskey="1"><img id="logo" src="@@file/python-logo.gif" alt="homepage" border="0"></a></div>
<div id="utility-menu">
<div id="skiptonav"><a href="#left-hand-navigation" accesskey="2">Skip to Navigation</a></div>
<div id="skiptocontent"><a href="#content-body" accesskey="3">Skip to Content</a></div>
</div>
</div>
<div id="left-hand-navigation">
<div id="menu">
<ul class="level-one">
<li><a href="https://www.python.org/" title="Python Homepage">${rtMenu[0]}</a></li>
<li><a href="/" title="Issue Tracker home">${rtMenu[1]}</a></li>
<li><span>Issues</span><ul class="level-two">
${rtMenu
  .slice(2)
  .map((t) => `<li><a href="issue?@template=${t.toLowerCase().replace(/ /g, '')}">${t}</a></li>`)
  .join('\n')}
</ul></li>
<li><span>Help</span><ul class="level-two">
${rtHelp.map((t) => `<li><a href="https://wiki.python.org/moin/TrackerDocs/">${t}</a></li>`).join('\n')}
</ul></li>
</ul>
</div>
</div>
<div id="content-body">
<div id="body-title"><h1 class="title">Issue<span>44421</span></h1></div>
<div class="content">
<p class="help" style="border: 1px solid #cc3; background-color: #ffc; padding: 4px;">This issue tracker <b>has been migrated to
<a href="https://github.com/python/cpython/issues">GitHub</a></b>, and is currently <b>read-only</b>.<br>
For more information, <a href="https://devguide.python.org/tracker/#github-faq-for-bpo-users">see the GitHub FAQs in the Python's Developer Guide.</a></p>
<p class="help" style="border: 1px solid #cc3; background-color: #ffc; padding: 4px;">This issue has been migrated to GitHub:
<a href="https://github.com/python/cpython/issues/88587">https://github.com/python/cpython/issues/88587</a></p>
<form method="POST" name="itemSynopsis" onSubmit="return submit_once()" enctype="multipart/form-data" action="issue44421">
<fieldset><table class="form">
<tr><th class="required"><label for="title">Title</label>:</th><td colspan="3">${rtTitle}</td></tr>
<tr><th><label for="type">Type</label>:</th><td>behavior</td><th><label for="stage">Stage</label>:</th><td>resolved</td></tr>
<tr><th><label for="components">Components</label>:</th><td>Library (Lib), Windows</td>
<th><label for="versions">Versions</label>:</th><td>Python 3.11, Python 3.10, Python 3.9</td></tr>
</table></fieldset>
<fieldset><table class="form">
<tr><th><label for="status">Status</label>:</th><td>closed</td><th><label for="resolution">Resolution</label>:</th><td>fixed</td></tr>
<tr><th><label for="dependencies">Dependencies</label>:</th><td></td><th><label for="superseder">Superseder</label>:</th><td></td></tr>
<tr><th><label for="assignee">Assigned To</label>:</th><td></td><th><label for="nosy">Nosy List</label>:</th>
<td>dolan.price, mhollis, tkasparek</td></tr>
<tr><th><label for="priority">Priority</label>:</th><td>normal</td><th><label for="keywords">Keywords</label>:</th><td>patch</td></tr>
</table></fieldset>
</form>
<p>Created on <span title="2021-06-14 09:51:23">2021-06-14 09:51</span> by <span>dolan.price</span>, last changed
<span title="2022-04-11 14:59:46">2022-04-11 14:59</span> by <span>admin</span>. This issue is now <b>closed</b>.</p>
<table class="files"><tr><th class="header" colspan="4">Pull Requests</th></tr>
<tr><th>URL</th><th>Status</th><th>Linked</th><th>Edit</th></tr>
<tr><td><a href="https://github.com/python/cpython/pull/26718">PR 26718</a></td><td>merged</td>
<td><a href="user4178">mhollis</a>, 2021-06-15 12:31</td><td></td></tr>
</table>
<table class="messages">
<tr><th colspan="4" class="header">Messages (6)</th></tr>
${msgRow('395811', rtMsgs[0]!.who, false, rtMsgs[0]!.when, `${rtMsgs[0]!.paras.slice(0, 2).join('\n\n')}\n\n${rtCode}\n\n${rtMsgs[0]!.paras[2]}`)}
${rtMsgs
  .slice(1)
  .map((m) => msgRow(m.id, m.who, m.star, m.when, m.pre + m.paras.join('\n\n')))
  .join('\n')}
${msgRow('396255', 'miss-islington (miss-islington)', false, '2021-06-21 15:58', rtBot)}
${msgRow('396260', 'Mira Hollis (mhollis)', true, '2021-06-21 16:10', rtLast)}
</table>
<table class="history"><tr><th colspan="4" class="header">History</th></tr>
<tr><th>Date</th><th>User</th><th>Action</th><th>Args</th></tr>
${rtHist.map(([d, u, a, g]) => `<tr><td>${d}</td><td>${u}</td><td>${a}</td><td>${g}</td></tr>`).join('\n')}
</table>
</div>
</div>
<div id="footer">
<div id="credits">Supported by <a href="https://www.python.org/psf/" title="The Python Software Foundation">The Python Software Foundation</a>,
<br>Powered by <a href="https://www.roundup-tracker.org/" title="Roundup Issue Tracker">Roundup</a></div>
<div id="copyright">Copyright © 1990-2022, <a href="https://www.python.org/psf/">Python Software Foundation</a><br>
<a href="https://www.python.org/about/legal/">Legal Statements</a></div>
</div>
</div>
</body>
</html>`;
const roundup: TestPage = {
  html: rtHtml,
  name: 'heldout47-roundup-issue',
  kind: 'forum',
  // title: the Title field (the h1 is only "Issue44421"); no headings; body: the five messages people wrote (the report,
  // the diagnosis, the reply, the fix and the closing note, all posts); the report's code sample and the reply's quoted line
  // are in neither; bylines: the message authors and dates and the "Created on" dates and names; the bot's changeset message
  // (its author and its text: a notice, not a post) is furniture with the field tables, the migration notices, the Pull
  // Requests and History tables, the header, menu and footer; "Windows" and "merged" are words of the body: left out; the
  // history cells are listed once each
  title: rtTitle,
  headings: [],
  body: [...rtMsgs.flatMap((m) => texts(m.paras)), rtLast],
  bylines: [
    'Author: Dolan Price (dolan.price)',
    'Author: Tomáš Kašpárek (tkasparek)',
    'Author: Mira Hollis (mhollis)',
    'Date: 2021-06-14 09:51',
    'Date: 2021-06-14 14:22',
    'Date: 2021-06-14 15:05',
    'Date: 2021-06-15 12:31',
    'Date: 2021-06-21 16:10',
    'Created on 2021-06-14 09:51 by dolan.price, last changed 2022-04-11 14:59 by admin.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Navigation', 'Skip to Content', ...rtMenu, 'Issues', 'Help', ...rtHelp, 'Issue44421', 'This issue tracker has been migrated to GitHub',
    'and is currently read-only.', "see the GitHub FAQs in the Python's Developer Guide.", 'This issue has been migrated to GitHub:',
    'https://github.com/python/cpython/issues/88587', 'Title', 'Type', 'behavior', 'Stage', 'resolved', 'Components', 'Library (Lib), Windows',
    'Versions', 'Python 3.11, Python 3.10, Python 3.9', 'Status', 'Resolution', 'closed', 'Dependencies', 'Superseder', 'Assigned To', 'Nosy List',
    'dolan.price, mhollis, tkasparek', 'Priority', 'normal', 'Keywords', 'patch', 'This issue is now closed.', 'Pull Requests', 'URL', 'Linked', 'Edit',
    'mhollis, 2021-06-15 12:31', 'Messages (6)', 'msg395811', 'msg395830', 'msg395833', 'msg395902', 'msg396255', 'msg396260', '(view)',
    'Author: miss-islington (miss-islington)', 'Date: 2021-06-21 15:58', "New changeset 2c7d4f1a9e by Miss Islington (bot) in branch '3.10':",
    'bpo-44421: Pass newline to TextIOWrapper for path-like gzip.open() (GH-26718)', 'https://github.com/python/cpython/commit/2c7d4f1a9e6b',
    'History', 'Date', 'User', 'Action', 'Args', ...new Set(rtHist.flatMap(([d, , a, g]) => [d, a, ...(g === '' ? [] : [g.replace(/&gt;/g, '>')])])),
    'Supported by The Python Software Foundation,', 'Powered by Roundup', 'Copyright © 1990-2022, Python Software Foundation', 'Legal Statements',
  ],
};

export const HELDOUT47_B: readonly TestPage[] = [roundup, pagureIssue];
