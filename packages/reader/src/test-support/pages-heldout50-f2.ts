import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 50, file f2: a ticket on SourceHut's todo.sr.ht (the server-rendered template: the sr.ht navbar with the
 * service links and "Log in / Register", the tracker header with its tabs, the ticket title with its id, the details list
 * (status, submitter, assignee, submitted, updated, labels), the markdown description with a code block, the event list
 * mixing four comments with status, label and reference events, the "Register here or Log in to comment, or comment via email"
 * notice and the sr.ht footer).
 */
const shTitle = 'Parser hangs on an unterminated raw string at end of file';
const shDesc = [
  'When a file ends inside a raw string literal, <code>lattice check</code> never returns. It uses one core at 100% until ' +
    'it is killed. A normal unterminated string gives the expected "unterminated string" error with a line number.',
  'Smallest input I could find:',
  'Run <code>lattice check repro.lat</code> on it. I see this with 0.9.2 built from the release tarball on Alpine 3.21 and ' +
    'with the current tip of the main branch on Arch. It does not happen if there is any character, even a newline, after ' +
    'the last hash.',
  'I noticed it because my editor integration runs the checker on every save, and saving halfway through typing a raw ' + 'string froze the language server.',
];
const shCode = ['key = r#"some text', 'with no end #'];
type ShComment = { who: string; when: string; paras: string[] };
const shComments: ShComment[] = [
  {
    who: '~tmueller',
    when: '2 months ago',
    paras: [
      'Thanks, reproduced. The raw string scanner looks for a closing quote followed by the right number of hashes, and when ' +
        'it reaches the end of the input while counting hashes it rewinds one character and tries again, forever.',
      'The same loop exists in the lexer used by the formatter, so <code>lattice fmt</code> should hang on the same input. ' +
        'Could you check that on your side?',
    ],
  },
  {
    who: '~ksato',
    when: '2 months ago',
    paras: [
      'Confirmed, <code>lattice fmt</code> hangs as well. I also tried a few variants and it only happens when the file ends ' +
        'with one or more hashes after the last quote-less line, which matches your explanation.',
    ],
  },
  {
    who: '~tmueller',
    when: '1 month ago',
    paras: [
      'Fixed in both lexers, with a regression test that feeds every prefix of a raw string to the scanner and checks that it ' +
        'returns. The fix will be in 0.9.3, which I plan to tag this weekend. Thanks for the small reproducer, it made this easy.',
    ],
  },
  {
    who: '~ksato',
    when: '3 weeks ago',
    paras: [
      'Verified with 0.9.3 from the release tarball: both <code>check</code> and <code>fmt</code> now stop with "unterminated ' +
        'raw string" and the right line number, and the language server no longer freezes while I type. Thank you!',
    ],
  },
];
const shNav = ['meta', 'git', 'hg', 'builds', 'todo', 'lists', 'man', 'paste', 'chat'];
const shTabs = ['tickets', 'labels', 'mailing list'];
const shDetails = ['Status', 'RESOLVED FIXED', 'Submitter', '~ksato', 'Assigned to', 'No-one', 'Submitted', '2 months ago', 'Updated', '1 month ago', 'Labels'];
const comment = (c: ShComment, id: number): string => `<div class="event" id="event-${id}"><h4 class="event-header">
<a href="/~${c.who.slice(1)}">${c.who}</a> <small class="pull-right"><a href="#event-${id}">${c.when}</a></small></h4>
<div class="comment">${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div>`;
const shHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>~tmueller/lattice#214: ${shTitle} — sourcehut todo</title>
<link rel="stylesheet" href="/static/main.min.css?cache-bust=0f8a1c"><meta name="description" content="${shTitle}"></head>
<body><nav class="container navbar navbar-light navbar-expand-sm"><span class="navbar-brand"><span class="icon icon-circle"></span>
<a href="https://sr.ht">sourcehut</a></span><ul class="navbar-nav">\
${shNav.map((n) => `<li class="nav-item${n === 'todo' ? ' active' : ''}"><a class="nav-link" href="https://${n}.sr.ht">${n}</a></li>`).join('')}</ul>
<div class="login"><span class="navbar-text"><a href="https://meta.sr.ht/login?return_to=https://todo.sr.ht/~tmueller/lattice/214">Log in</a>
— <a href="https://meta.sr.ht">Register</a></span></div></nav>
<div class="header-tabbed"><div class="container"><h2><a href="/~tmueller">~tmueller</a>/<wbr>lattice</h2>
<ul class="nav nav-tabs">${shTabs
  .map(
    (t) => `<li class="nav-item"><a class="nav-link" href="/~tmueller/lattice/${t.replace(' ', '-')}">${t}</a>\
</li>`,
  )
  .join('')}
</ul></div></div>
<div class="container"><div class="row"><div class="col-md-12"><h2 class="ticket-title">#214 <span>${shTitle}</span></h2></div></div>
<div class="row"><div class="col-md-6"><dl class="row">${shDetails
  .slice(0, 10)
  .map((d, i) => (i % 2 === 0 ? `<dt class="col-md-3">${d}</dt>` : `<dd class="col-md-9">${d.startsWith('~') ? `<a href="/${d}">${d}</a>` : d}</dd>`))
  .join('\n')}
<dt class="col-md-3">Labels</dt><dd class="col-md-9">\
<a class="label" href="/~tmueller/lattice?search=label:%22bug%22" style="background-color: #e60000; color: #fff">\
bug</a> <a class="label" href="/~tmueller/lattice?search=label:%22lexer%22" style="background-color: #0e6e3a; color: #fff">lexer</a></dd></dl></div>
<div class="col-md-6"><div class="ticket-body"><p>${shDesc[0]}</p><p>${shDesc[1]}</p><pre><code>${shCode.join('\n')}
</code></pre>${shDesc
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}</div></div></div>
<div class="row"><div class="col-md-12 event-list">
<div class="event" id="event-88121"><h4 class="event-header"><a href="/~tmueller">~tmueller</a> added <span class="label">bug</span> \
<small class="pull-right"><a href="#event-88121">2 months ago</a></small></h4></div>
${comment(shComments[0]!, 88122)}
${comment(shComments[1]!, 88140)}
<div class="event" id="event-88179"><h4 class="event-header"><a href="/~tmueller">~tmueller</a> added <span class="label">lexer</span> \
<small class="pull-right"><a href="#event-88179">2 months ago</a></small></h4></div>
<div class="event" id="event-90344"><h4 class="event-header"><a href="/~tmueller">~tmueller</a> referenced this ticket in commit \
<a href="https://git.sr.ht/~tmueller/lattice/commit/4f2a91c">4f2a91c</a>. <small class="pull-right"><a href="#event-90344">1 month ago</a></small></h4></div>
<div class="event" id="event-90345"><h4 class="event-header"><a href="/~tmueller">~tmueller</a> <strong>REPORTED</strong> → <strong>RESOLVED FIXED</strong> \
<small class="pull-right"><a href="#event-90345">1 month ago</a></small></h4></div>
${comment(shComments[2]!, 90346)}
${comment(shComments[3]!, 91502)}
</div></div>
<div class="row"><div class="col-md-12"><div class="alert alert-info"><a href="https://meta.sr.ht">Register here</a> or
<a href="https://meta.sr.ht/login">Log in</a> to comment, or <a href="mailto:~tmueller/lattice/214@todo.sr.ht">comment via email</a>.</div></div></div></div>
<footer class="container text-center"><small>Copyright © 2018-2025 The SourceHut contributors. Source code licensed under the
<a href="https://git.sr.ht/~sircmpwn/todo.sr.ht/tree/master/item/LICENSE">GNU AGPL</a>.<br>
<a href="https://sourcehut.org">About this site</a> — <a href="https://man.sr.ht/privacy.md">Privacy policy</a> —
<a href="https://man.sr.ht/terms.md">Terms of use</a> — <a href="https://status.sr.ht">Status</a></small></footer></body></html>`;
export const sourcehutTicket: TestPage = {
  html: shHtml,
  name: 'heldout50-sourcehut-todo-ticket',
  kind: 'forum',
  // an issue-tracker page: the ticket's description and the four comments are body; the reproducer in <pre><code> is code
  // (neither); the title is the ticket title without "#214"; the ~user names and times on comments and events are bylines,
  // and so are the submitter and the Submitted / Updated times in the details list (the same strings); the label, reference
  // and status events' texts ("added bug", "referenced this ticket in commit", "REPORTED → RESOLVED FIXED") are furniture,
  // with the details labels, the status and assignee values, the label chips, the navbar, tracker header and tabs, the
  // sign-in notice and the footer; the label "lexer" is a word of the body ("the lexer used by the formatter"): left out
  title: shTitle,
  headings: [],
  body: [...texts(shDesc), ...shComments.flatMap((c) => texts(c.paras))],
  bylines: ['~tmueller', '~ksato', '2 months ago', '1 month ago', '3 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'sourcehut', ...shNav, 'Log in', 'Register', '~tmueller/lattice', ...shTabs, '#214', 'Status', 'RESOLVED FIXED', 'Submitter', 'Assigned to',
    'No-one', 'Submitted', 'Updated', 'Labels', 'bug', 'added', 'referenced this ticket in commit', '4f2a91c', 'REPORTED → RESOLVED FIXED',
    'Register here', 'to comment, or', 'comment via email', 'Copyright © 2018-2025 The SourceHut contributors. Source code licensed under the',
    'GNU AGPL', 'About this site', 'Privacy policy', 'Terms of use',
  ],
};
