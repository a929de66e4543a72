import { links, type TestPage, texts } from './page-kit.js';
import { debianListMessage } from './pages-heldout164-f2.js';

/**
 * Held-out batch 164, file f: a Mailman 3 HyperKitty thread page as an anonymous visitor saves it (the Bootstrap navbar
 * with "All lists", search, "Sign In" / "Sign Up", the list's side column with its address, description, "Start a new
 * thread", thread navigation with newer / older thread links, the thread header with first / last post dates, the first
 * email and the nested replies with sender, date, "Show quoted text" quote toggles, the per-message Reply buttons, the
 * participants / tags side box and the "Powered by HyperKitty" footer) and, from file f2, a Debian list message (MHonArc).
 */
const hkTitle = 'Proposal: drop the Python 3.9 build from the release matrix';
type HkM = { name: string; when: string; quote?: string; paras: string[] };
const hkMsgs: HkM[] = [
  {
    name: 'Annika Vesterlund',
    when: '7 Oct 7:15 a.m.',
    paras: [
      'Hi all,',
      'Our release matrix still builds and tests wheels for Python 3.9, which reached end of life this month. Keeping it costs us ' +
        'about forty minutes of CI per release and has blocked two dependency updates this year, because newer versions of the ' +
        'parser library no longer support it.',
      'I propose we drop 3.9 starting with the 2.6 release in November. 2.5.x would remain available for anyone who cannot ' +
        'upgrade, and we would keep accepting security fixes on that branch until the end of March.',
      'Objections or concerns? I will wait a week before opening the pull request.',
      'Annika',
    ],
  },
  {
    name: 'Dariusz Kowalczyk',
    when: '7 Oct 9:02 a.m.',
    quote: 'I propose we drop 3.9 starting with the 2.6 release in November.',
    paras: [
      '+1 from me. The only downstream I know of that still pins 3.9 is the Fenlake distribution, and their next release moves to 3.11 anyway.',
      'Could we add a short note to the changelog and a python_requires bump so that pip on 3.9 resolves to 2.5.x automatically ' +
        'instead of failing at install time?',
      'We should also drop the 3.9 compatibility shims in the same release. There are about a dozen of them, mostly around typing ' +
        'imports, and removing them would make the codebase noticeably easier to read for new contributors.',
    ],
  },
  {
    name: 'Harriet Mbeki',
    when: '8 Oct 4:40 p.m.',
    paras: [
      'No objection, but please also update the contributor guide. It still tells people to test on the oldest supported version ' +
        'with a 3.9 example, and new contributors follow it to the letter.',
      'It would also be good to mention in the release announcement how long the 2.5 branch will get fixes, so nobody is surprised in April.',
    ],
  },
  {
    name: 'Annika Vesterlund',
    when: '14 Oct 10:21 a.m.',
    paras: [
      'Thanks, everyone. No objections in a week, so I have opened the pull request with the python_requires change, the changelog ' +
        'entry and the contributor guide update. The release announcement draft now states that 2.5 gets security fixes until 31 ' +
        'March. Reviews on the pull request are very welcome.',
    ],
  },
];
const hkSide = ['Start a new thread', 'Download', 'Threads by month', 'October 2025', 'September 2025', 'August 2025'];
const hkFoot = ['Powered by HyperKitty version 1.3.12.', 'Documentation', 'Mailman'];
const hkEmail = (m: HkM, i: number): string => `<div class="email${i === 0 ? ' email-first' : ''}" id="m${8120 + i}"><div class="email-header" id="${8120 + i}">
<div class="gravatar"><img class="gravatar" src="https://secure.gravatar.example/avatar/${i}.jpg?s=120&amp;d=mm&amp;r=g" width="120" height="120" alt=""></div>
<div class="email-author"><span class="name"><a href="/hyperkitty/users/${8120 + i}/" title="See the profile for ${m.name}">${m.name}</a></span></div>
<div class="email-date right"><span class="date d-none d-sm-inline">${m.when}</span><div class="time"><span title="Sender's time: Oct. 7, 2025, 9:15 a.m.">
${i === 0 ? 'New' : `<a href="#" class="badge text-bg-secondary">${i}</a>`}</span></div></div></div>
<div class="email-body">${
  m.quote
    ? `<div class="quoted-switch"><a href="#">...</a></div>
<blockquote class="blockquote quoted-text">${m.quote}</blockquote>\n`
    : ''
}
${m.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="email-info"><div class="messagelink pull-right">
<span class="fa fa-font cursor-pointer toggle-font" data-bs-toggle="tooltip" title="Display in fixed font"></span>
<a href="/hyperkitty/list/devel@lists.quillstack.example/message/${8120 + i}/" data-bs-toggle="tooltip" title="Permalink for this message">
<i class="fa fa-link"></i></a></div>
<a class="reply reply-mailto btn btn-sm btn-light" title="Sign in to reply online" href="mailto:devel@lists.quillstack.example?In-Reply-To=${8120 + i}">
<i class="fa fa-reply"></i> Reply</a>
<a class="reply-tools" href="#"><i class="fa fa-share"></i> Show replies by date</a></div></div>`;
const hkHtml = `<!DOCTYPE HTML>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${hkTitle} - Devel - Quillstack mailing lists</title><meta name="ROBOTS" content="INDEX, FOLLOW">
<link rel="shortcut icon" href="/static/hyperkitty/img/favicon.ico">
<link rel="stylesheet" href="/static/CACHE/css/output.6f1b2e8e1c4a.css" type="text/css" media="all">
<link rel="alternate" type="application/rss+xml" title="devel@lists.quillstack.example" href="/hyperkitty/list/devel@lists.quillstack.example/feed/"></head>
<body><nav class="navbar sticky-top navbar-light bg-light navbar-expand-md"><div class="container"><div class="navbar-header col-md">
<a class="navbar-brand ps-3" href="/archives/"><img alt="Mailman 3 logo" src="/static/hyperkitty/img/logo.png"> Quillstack mailing lists</a></div>
<div class="collapse navbar-collapse" id="navbarCollapse"><ul class="nav navbar-nav ms-auto"><li class="nav-item">
<a class="nav-link" href="/archives/">All lists</a></li>
<li class="nav-item"><a class="nav-link" href="/accounts/login/?next=/hyperkitty/list/devel/thread/QK4Z/">Sign In</a></li>
<li class="nav-item"><a class="nav-link" href="/accounts/signup/?next=/hyperkitty/list/devel/thread/QK4Z/">Sign Up</a></li></ul>
<form name="search" method="get" action="/hyperkitty/search" class="navbar-form navbar-right my-2 my-lg-2 order-1" role="search">
<input type="hidden" name="mlist" value="devel">
<div class="input-group"><input name="q" type="text" class="form-control rounded-4 search" placeholder="Search this list" aria-label="Search this list"></div>
</form></div></div></nav>
<div class="modal fade" tabindex="-1" role="dialog" id="keyboard-shortcuts"><div class="modal-dialog" role="document"><div class="modal-content">
<div class="modal-header">
<h4 class="modal-title">Keyboard Shortcuts</h4></div><div class="modal-body"><h3>Thread View</h3><ul><li><code>j</code>: Next unread message</li>
<li><code>k</code>: Previous unread message</li></ul></div></div></div></div>
<div class="container"><div class="row"><div class="d-none d-md-block col-sm-2"><div class="row"><div class="col-12 accordion" id="months-list">
<div class="card"><h3 class="card-header">devel@lists.quillstack.example</h3><p class="list-description">Development of the Quillstack document toolkit</p>
<ul class="list-unstyled">${links(hkSide)}</ul></div></div></div></div>
<div class="col-sm-12 col-md-10"><div class="thread-header"><div class="row"><div class="col-sm-6">
<a href="/hyperkitty/list/devel/thread/QK3A/" title="Next thread">
<i class="fa fa-chevron-left"></i> Next thread</a></div><div class="col-sm-6 right"><a href="/hyperkitty/list/devel/thread/QK4A/" title="Previous thread">
Previous thread <i class="fa fa-chevron-right"></i></a></div></div>
<div class="row"><div class="col-md-9"><h2>${hkTitle}</h2></div><div class="col-md-3"><span class="thread-date">First post: Oct. 7, 2025</span><br>
<span class="thread-date">Last post: Oct. 14, 2025</span></div></div></div>
<div class="row view-thread"><div class="col-sm-10"><section id="thread-content">
${hkEmail(hkMsgs[0]!, 0)}
<div class="replies">
${hkMsgs
  .slice(1)
  .map((m, i) => `<div class="${i % 2 === 0 ? 'odd' : 'even'}">${hkEmail(m, i + 1)}</div>`)
  .join('\n')}
</div></section></div><div class="col-sm-2"><section id="thread-overview-info"><div class="thread-info"><p>4 comments</p><p>3 participants</p>
<div id="tags"><span class="fa fa-tags"></span> tags (0)</div><div class="participants"><span class="fa fa-user">
</span> participants (3)<ul class="list-unstyled">
<li>Annika Vesterlund</li><li>Dariusz Kowalczyk</li><li>Harriet Mbeki</li></ul></div></div></section></div></div></div></div></div>
<footer class="footer"><div class="container"><p class="text-muted">${hkFoot[0]} <a href="https://docs.mailman3.example/">${hkFoot[1]}</a>
<a href="https://www.list.org">${hkFoot[2]}</a></p></div></footer>
<script src="/static/CACHE/js/output.91ac22a3f0c8.js"></script><script>$('.navbar .container').append('<button class="navbar-toggler">');</script></body>
</html>`;
const hyperkitty: TestPage = {
  html: hkHtml,
  name: 'heldout164-hyperkitty-mailing-list-thread',
  kind: 'forum',
  // every message is body (greetings and sign-offs too); the quoted line is in neither list; sender names, dates and the
  // first / last post lines are bylines; list info, thread navigation, badges, Reply buttons, the participants box (its
  // names too), the keyboard-shortcuts modal and the footer are furniture
  title: hkTitle,
  headings: [],
  body: hkMsgs.flatMap((m) => texts(m.paras)),
  bylines: [...new Set(hkMsgs.map((m) => m.name)), ...hkMsgs.map((m) => m.when), 'First post: Oct. 7, 2025', 'Last post: Oct. 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quillstack mailing lists', 'All lists', 'Sign In', 'Sign Up', 'Keyboard Shortcuts', 'Thread View', ': Next unread message', ': Previous unread message',
    'devel@lists.quillstack.example', 'Development of the Quillstack document toolkit', ...hkSide, 'Next thread', 'Previous thread', 'New', 'Reply',
    'Show replies by date', '4 comments', '3 participants', 'tags (0)', 'participants (3)', ...hkFoot,
  ],
};

export const HELDOUT164_F: readonly TestPage[] = [hyperkitty, debianListMessage];
