import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 6 (forum), written in session 10 without reading the reader's rules: an
 * "Ask HN" thread on Hacker News' table layout (toptext, nested comments marked only by the
 * indent spacer's width, first paragraph of each comment as a bare text node), and a GitHub
 * issue thread (issue-form h3 sections, comment headers in h3s, badges, reactions, timeline
 * events, linked pull request, sidebar).
 */
const askTitle = 'Ask HN: How do you keep a paper notebook useful after the first year?';
const toptext = [
  "I've kept paper notebooks for work for about six years now. Writing things down helps me think, and I don't want to stop. The problem is that " +
    "after a year or so the old notebooks become write-only: I know I solved some problem in 2021, but I can't find where, so in practice I solve " +
    'it again.',
  "I've tried numbering pages and keeping an index at the front, but I never keep the index up to date. For those of you who use paper seriously, " +
    'what actually works over several years?',
];
type Comment = { id: number; user: string; age: string; indent: number; paras: string[] };
const cm = (id: number, user: string, age: string, indent: number, paras: string[]): Comment => ({ id, user, age, indent, paras });
const comments: Comment[] = [
  cm(43112402, 'marlowe_k', '8 hours ago', 0, [
    'Index at the back, not the front, and only index things you would search for later. Most of what goes into a notebook is scratch work that ' +
      'nobody will ever need again, and trying to index all of it is why the habit dies.',
    "I write the index entries at the end of each day, which takes about two minutes. Anything I'd be annoyed to lose gets an entry: a decision, " +
      'a command I had to look up, a phone number.',
  ]),
  cm(43112590, 'tgoodwin', '8 hours ago', 1, [
    "Same here. The daily review is the whole trick. Once it's a ritual it stops feeling like overhead, and it doubles as a check on what I " +
      'actually got done.',
  ]),
  cm(43112233, 'ferrous', '9 hours ago', 0, [
    "I photograph every page at the end of the week and drop the images into a folder that my phone's OCR indexes. Handwriting recognition is " +
      'good enough now that searching for a word finds the page most of the time. The notebook stays a thinking tool and the search happens ' +
      'somewhere else.',
  ]),
  cm(43113020, 'nn2', '7 hours ago', 1, [
    "This is what I do too, but I'd add: put the date on every page in the same corner. When the OCR misses, the date at least gets you to the right week.",
  ]),
  cm(43112871, 'oldgreycells', '7 hours ago', 0, [
    "Unpopular answer: I accepted that most of it is write-only, and that's fine. The value was in writing it. The handful of things I really " +
      'need to keep get copied into a text file the same day.',
    'Six years of notebooks sit on a shelf and I open maybe one a year, usually out of nostalgia.',
  ]),
  cm(43113115, 'kestrelnotes', '7 hours ago', 1, ["That's a fair point, and probably true for most of mine. It's the occasional hard-won fix I want back."]),
  cm(43113478, 'pbj_sandwich', '6 hours ago', 0, [
    "Separate notebooks per project. When a project ends, the notebook ends, and the spine gets a label with the project name and dates. It's " +
      'crude, but I can find almost anything in a minute because I only have to remember which project it was.',
  ]),
];
const comtr = (c: Comment): string =>
  `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr><td class="ind" indent="${c.indent}"><img src="s.gif" height="1" width="${c.indent * 40}">` +
  `</td><td valign="top" class="votelinks"><center><a id="up_${c.id}" href="vote?id=${c.id}&amp;how=up&amp;goto=item%3Fid%3D43112001">` +
  `<div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;">\n` +
  `<span class="comhead"><a href="user?id=${c.user}" class="hnuser">${c.user}</a> <span class="age" title="2025-05-12T10:02:11">` +
  `<a href="item?id=${c.id}">${c.age}</a></span> <span id="unv_${c.id}"></span><span class="navs"> | ` +
  `${c.indent > 0 ? '<a href="#" class="clicky">parent</a> | ' : ''}<a href="#" class="clicky" aria-hidden="true">next</a> ` +
  `<a class="togg clicky" id="${c.id}" n="3" href="javascript:void(0)">[–]</a></span></span></div><br>\n` +
  `<div class="comment"><div class="commtext c00">${c.paras[0]}${c.paras
    .slice(1)
    .map((p) => `<p>${p}</p>`)
    .join('')}</div>\n` +
  `<div class="reply"><p><font size="1"><u><a href="reply?id=${c.id}&amp;goto=item%3Fid%3D43112001">reply</a></u></font></p></div></div>` +
  '</td></tr></table></td></tr>';
const hnHtml = `<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?abc123"><title>${askTitle} | Hacker News</title></head>
<body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr>
<td style="width:18px;padding-right:4px"><a href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18"></a></td>
<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
<a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="show">show</a> |
 <a href="jobs">jobs</a> | <a href="submit" rel="nofollow">submit</a></span></td>
<td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D43112001">login</a></span></td>
</tr></table></td></tr><tr id="pagespace" title="${askTitle}" style="height:10px"></tr><tr><td>
<table class="fatitem" border="0"><tr class="athing submission" id="43112001"><td align="right" valign="top" class="title"><span class="rank"></span></td>
<td valign="top" class="votelinks"><center><a id="up_43112001" href="vote?id=43112001&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="title"><span class="titleline"><a href="item?id=43112001">${askTitle}</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_43112001">214 points</span> by
 <a href="user?id=kestrelnotes" class="hnuser">kestrelnotes</a> <span class="age" title="2025-05-12T08:14:03"><a href="item?id=43112001">9 hours ago</a></span>
 <span id="unv_43112001"></span> | <a href="hide?id=43112001">hide</a> | <a href="https://hn.algolia.com/?query=paper%20notebook">past</a> |
 <a href="fave?id=43112001">favorite</a> | <a href="item?id=43112001">131&nbsp;comments</a></span></td></tr>
<tr><td colspan="2"></td><td><div class="toptext">${toptext[0]}<p>${toptext[1]}</p></div></td></tr>
<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="43112001">
<textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table>
<br><br><table border="0" class="comment-tree">
${comments.map(comtr).join('\n')}
</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a> |
 <a href="https://github.com/HackerNews/API">API</a> | <a href="security.html">Security</a> | <a href="https://www.ycombinator.com/legal/">Legal</a> |
 <a href="https://www.ycombinator.com/apply/">Apply to YC</a> | <a href="mailto:hn@ycombinator.com">Contact</a></span><br><br>
<form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" autocomplete="off"></form></center>
</td></tr></table></center><script type="text/javascript" src="hn.js?abc123"></script></body></html>`;
const hn: TestPage = {
  name: 'heldout6-hn-discussion',
  kind: 'forum',
  // gold: the Ask HN title, its text and every comment's paragraphs (a discussion page's posts
  // are its body); the points/by/age line and each comment's "user age" head are bylines;
  // vote arrows, nav, "parent | next [–]", "reply", the comment form and footer are furniture
  title: askTitle,
  headings: [],
  body: [...toptext, ...comments.flatMap((c) => c.paras)],
  bylines: ['214 points by kestrelnotes 9 hours ago', ...comments.map((c) => `${c.user} ${c.age}`)],
  furniture: [
    'Hacker News',
    'new | past | comments | ask | show | jobs | submit',
    'login',
    'hide',
    'favorite',
    '131 comments',
    'parent',
    'next',
    '[–]',
    'reply',
    'past',
    'submit',
    'Guidelines',
    'FAQ',
    'Apply to YC',
    'Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact',
    'Search:',
  ],
  html: hnHtml,
};

const issueTitle = 'Watcher stops reporting changes on SMB network drives after upgrading to 4.2';
const bug = [
  'Since upgrading from 4.1.3 to 4.2.0, Driftwatch no longer reports changes to files on a mounted SMB share. The watcher starts without errors ' +
    'and reports the initial scan, but edits made afterwards, either locally or from another machine, never produce events. Local folders on the ' +
    'same machine still work.',
];
const repro = [
  'Mount an SMB share (we use a Windows Server 2019 share mounted with <code>cifs</code> on Ubuntu 22.04).',
  'Start a watcher on a folder in the share with the default options.',
  'Edit or create a file in that folder.',
  'No change event is emitted. With 4.1.3 the same steps produce an event within a second or two.',
];
const expected = ['Change events for files on network drives, as in 4.1.3, or at least an error or warning saying that the folder can’t be watched.'];
const env = ['Driftwatch 4.2.0', 'Node.js 20.11.1', 'Ubuntu 22.04, kernel 5.15'];
const reply1 = [
  'Thanks for the detailed report. I can reproduce this with a Samba share on a Linux VM, so it isn’t specific to Windows servers.',
  'The cause is almost certainly the new native backend in 4.2. It uses inotify on Linux, and inotify never sees changes that arrive over the ' +
    'network, because they don’t pass through the local kernel’s file system layer. 4.1 fell back to polling for any path on a network file ' +
    'system; the new backend skips that check.',
  'As a workaround until there’s a fix, you can force polling for the affected watcher:',
];
const code = "const watcher = watch('/mnt/share/reports', { usePolling: true, interval: 1000 });";
const reply2 = [
  'Same here with an NFS mount on Debian 12. The polling workaround works for us, though CPU use goes up noticeably on a folder with about 40,000 ' +
    'files. Would it be possible to poll only the network paths when a watcher covers both?',
];
const reply3 = [
  'Good question. The fix I’m working on restores the old behaviour: on startup we check the file system type of each watched root, and any root ' +
    'on a network or FUSE file system gets polled while local roots keep the native backend. So yes, mixed watchers will only poll what they need ' +
    'to.',
];
const reply4 = ['Thanks, the workaround is fine for us in the meantime. Happy to test a prerelease build on our setup when there is one.'];
const ghComment = (user: string, date: string, badge: string, body: string, reactions = ''): string =>
  `<div class="TimelineItem js-comment-container"><div class="timeline-comment-group"><div class="timeline-comment timeline-comment--caret">\n` +
  `<div class="timeline-comment-header clearfix"><div class="timeline-comment-actions"><span class="Label Label--secondary">${badge}</span></div>\n` +
  `<h3 class="timeline-comment-header-text f5 text-normal"><strong><a class="author Link--primary text-bold" href="/${user}">${user}</a></strong>` +
  ` commented <a href="#" class="Link--secondary js-timestamp"><relative-time datetime="${new Date(`${date} 09:00 UTC`).toISOString()}">` +
  `${date}</relative-time></a></h3></div>\n<task-lists><table class="d-block user-select-contain"><tbody class="d-block"><tr class="d-block">` +
  '<td class="d-block comment-body markdown-body js-comment-body">\n' +
  `${body}\n</td></tr></tbody></table></task-lists>${reactions}</div></div></div>`;
const thumbs = (n: number): string =>
  `<div class="comment-reactions"><button class="social-reaction-summary-item"><g-emoji alias="+1">👍</g-emoji> <span>${n}</span></button></div>`;
const event = (text: string): string =>
  `<div class="TimelineItem TimelineItem--condensed"><div class="TimelineItem-body">${text}` +
  ` <a href="#" class="Link--secondary"><relative-time datetime="2025-03-04T10:00:00Z">Mar 4, 2025</relative-time></a></div></div>`;
const issueBody =
  `<h3 dir="auto">Describe the bug</h3>\n${ps(bug, ' dir="auto"')}\n<h3 dir="auto">Steps to reproduce</h3>\n` +
  `<ol dir="auto">${repro.map((r) => `<li>${r}</li>`).join('\n')}</ol>\n<h3 dir="auto">Expected behavior</h3>\n${ps(expected, ' dir="auto"')}\n` +
  `<h3 dir="auto">Environment</h3>\n<ul dir="auto">${env.map((e) => `<li>${e}</li>`).join('\n')}</ul>`;
const codeBlock = `<div class="highlight highlight-source-js notranslate position-relative overflow-auto" dir="auto"><pre>${code}</pre>
<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn js-clipboard-copy"></clipboard-copy></div></div>`;
const ghHtml = `<!DOCTYPE html><html lang="en" data-color-mode="auto"><head><meta charset="utf-8">
<title>${issueTitle} · Issue #2817 · tidewater-dev/driftwatch · GitHub</title>
<meta name="description" content="Since upgrading from 4.1.3 to 4.2.0, Driftwatch no longer reports changes to files on a mounted SMB share.">
<meta property="og:site_name" content="GitHub"><meta name="route-pattern" content="/:user_id/:repository/issues/:id(.:format)"></head>
<body class="logged-out env-production page-responsive"><div class="position-relative js-header-wrapper">
<a href="#start-of-content" class="p-3 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out"><nav aria-label="Global"><ul><li><button class="HeaderMenu-link">Product</button></li>
<li><button class="HeaderMenu-link">Solutions</button></li><li><a class="HeaderMenu-link" href="/pricing">Pricing</a></li></ul></nav>
<a href="/login" class="HeaderMenu-link">Sign in</a><a href="/signup" class="HeaderMenu-link HeaderMenu-button">Sign up</a></header></div>
<div id="start-of-content" class="show-on-focus"></div><main id="js-repo-pjax-container"><div id="repository-container-header">
<strong itemprop="name"><a href="/tidewater-dev">tidewater-dev</a> / <a href="/tidewater-dev/driftwatch">driftwatch</a></strong>
<span class="Label Label--secondary">Public</span><nav class="UnderlineNav js-repo-nav" aria-label="Repository"><ul class="UnderlineNav-body">
<li><a class="UnderlineNav-item" href="#">Code</a></li><li><a class="UnderlineNav-item selected" href="#">Issues <span class="Counter">214</span></a></li>
<li><a class="UnderlineNav-item" href="#">Pull requests <span class="Counter">31</span></a></li><li><a class="UnderlineNav-item" href="#">Actions</a></li>
<li><a class="UnderlineNav-item" href="#">Insights</a></li></ul></nav></div>
<div class="container-xl clearfix new-discussion-timeline px-3 px-md-4 px-lg-5"><div id="partial-discussion-header" class="gh-header js-details-container">
<div class="gh-header-actions"><a href="/tidewater-dev/driftwatch/issues/new/choose" class="btn btn-sm btn-primary">New issue</a></div>
<h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><bdi class="js-issue-title markdown-title">${issueTitle}</bdi>
 <span class="f1-light color-fg-muted">#2817</span></h1><div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta">
<span title="Status: Open" class="State State--open">Open</span><div class="flex-auto min-width-0 mb-2"><a class="author Link--secondary text-bold"
 href="/ansel-r">ansel-r</a> opened this issue <relative-time datetime="2025-03-03T14:22:10Z">Mar 3, 2025</relative-time> · 6 comments</div></div></div>
<div id="discussion_bucket" class="gutter-condensed gutter-lg flex-column flex-md-row d-flex"><div class="flex-shrink-0 col-12 col-md-9 mb-4 mb-md-0">
<div class="js-discussion js-socket-channel ml-0 pl-0 ml-md-6 pl-md-3">
${ghComment('ansel-r', 'Mar 3, 2025', 'Author', issueBody, thumbs(7))}
${event('<a class="author Link--primary text-bold" href="/mkovac">mkovac</a> added the <a class="IssueLabel" href="#">regression</a> label')}
${ghComment('mkovac', 'Mar 4, 2025', 'Member', `${ps(reply1, ' dir="auto"')}\n${codeBlock}`, thumbs(4))}
${ghComment('lucia-fern', 'Mar 5, 2025', 'Contributor', ps(reply2, ' dir="auto"'))}
${ghComment('mkovac', 'Mar 6, 2025', 'Member', ps(reply3, ' dir="auto"'))}
${event('<a class="author Link--primary text-bold" href="/mkovac">mkovac</a> linked a pull request that will close this issue')}
<div class="TimelineItem TimelineItem--condensed"><a href="/tidewater-dev/driftwatch/pull/2824">Fall back to polling on network file systems</a>
 <span class="color-fg-muted">#2824</span></div>
${ghComment('ansel-r', 'Mar 6, 2025', 'Author', ps(reply4, ' dir="auto"'))}
<div class="flash flash-warn mt-3"><a href="/signup" class="btn btn-primary">Sign up for free</a> <strong>to join this conversation on GitHub</strong>.
 Already have an account? <a href="/login">Sign in to comment</a></div></div></div>
<div id="partial-discussion-sidebar" class="col-12 col-md-3 flex-shrink-0">
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Assignees</div>
<a class="assignee" href="/mkovac"><span class="css-truncate-target">mkovac</span></a></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Labels</div><a class="IssueLabel" href="#">regression</a></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Projects</div>None yet</div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Milestone</div>No milestone</div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Development</div><a href="#">Fall back to polling on network file systems</a></div>
<div class="discussion-sidebar-item"><div class="participation"><div class="text-bold">3 participants</div></div></div></div></div></div></main>
<footer class="footer pt-8 pb-6"><p>© 2025 GitHub, Inc.</p><ul><li><a href="#">Terms</a></li><li><a href="#">Privacy</a></li><li><a href="#">Status</a></li>
<li><a href="#">Docs</a></li></ul></footer></body></html>`;
const issue: TestPage = {
  name: 'heldout6-github-issue',
  kind: 'forum',
  // gold: issue title (without its #number), the issue body with its issue-form h3 sections,
  // lists and every comment (the code block in the maintainer's reply included); comment
  // headers are bylines even though they sit in h3s; badges, reactions, timeline events,
  // the linked pull request, the sign-up box and the sidebar are furniture
  title: issueTitle,
  headings: ['Describe the bug', 'Steps to reproduce', 'Expected behavior', 'Environment'],
  // code out of the gold (session 10): every earlier batch counts code as neither gold nor furniture, as the README's contract does
  body: texts([...bug, ...repro, ...expected, ...env, ...reply1, ...reply2, ...reply3, ...reply4]),
  bylines: [
    'ansel-r opened this issue Mar 3, 2025',
    'ansel-r commented Mar 3, 2025',
    'mkovac commented Mar 4, 2025',
    'lucia-fern commented Mar 5, 2025',
    'mkovac commented Mar 6, 2025',
    'ansel-r commented Mar 6, 2025',
  ],
  furniture: [
    'Skip to content',
    'Sign in',
    'Sign up',
    'Pricing',
    'Public',
    'Pull requests',
    'Insights',
    'New issue',
    '#2817',
    'Open',
    '6 comments',
    'Author',
    'Member',
    'Contributor',
    '👍',
    'mkovac added the regression label',
    'mkovac linked a pull request that will close this issue',
    'Fall back to polling on network file systems',
    '#2824',
    'Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment',
    'Assignees',
    'Labels',
    'None yet',
    'No milestone',
    '3 participants',
    '© 2025 GitHub, Inc.',
  ],
  html: ghHtml,
};

export const HELDOUT6_F: readonly TestPage[] = [hn, issue];
