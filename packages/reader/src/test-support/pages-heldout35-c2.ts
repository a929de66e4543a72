import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 35, file c2: a Mailman 3 HyperKitty thread page (the navbar with list search and Sign In / Sign Up, the list
 * sidebar, "Newer" / "Older" thread links, the thread subject, e-mails with gravatars, author links, day and time, permalink
 * icons, hard-wrapped plain-text bodies with "..." switches over quoted text, a "-- " signature, vote buttons disabled for
 * guests with their titles, reply links, nested reply levels, the thread overview (first and last post, tags, participants,
 * download) and the "Powered by HyperKitty" footer).
 */
const hkTitle = 'RFC: drop 32-bit ARM wheels in Plotwick 4.0';
const hkE1 = [
  'Hi all,',
  'I’d like to propose that we stop publishing 32-bit ARM (armv7l) wheels starting with the 4.0 release.',
  'Some numbers from the last three months of download statistics: armv7l wheels were 0.4% of all wheel downloads, and more than ' +
    'half of those came from a single CI provider that has since moved to 64-bit runners. Meanwhile the armv7l job is the slowest in ' +
    'our release pipeline by a wide margin (it runs under emulation and takes about 95 minutes), and it has failed for reasons ' +
    'unrelated to our code in four of the last six releases.',
  'People on 32-bit ARM would still be able to build from the source distribution; we would just stop testing and shipping ' +
    'binaries. I’d keep the build recipe in the repository for anyone who wants to maintain it downstream.',
  'Objections? If nobody raises a blocker by the end of the month I’ll open a PR.',
  'Cheers, Ines',
];
const hkE2 = [
  '+1 from me. The emulated job is the thing I watch nervously on every release day.',
  'One request: could we announce it in the 3.9 release notes as well, not just in 4.0? People pinning to 3.x are exactly the ones ' +
    'who won’t read the 4.0 changelog until it breaks them.',
  'Bertrand',
];
const hkE3 = [
  'I’m mostly fine with this, but I want to flag one group of users: the Raspberry Pi classroom kits that ship a 32-bit OS image ' +
    'by default. I help a school district that uses Plotwick in a data lab with about 200 of those devices, and building from source ' +
    'on a Pi 3 takes well over an hour.',
  'Would it be acceptable to keep publishing armv7l wheels for one more minor release after 4.0, marked as unsupported? That would ' +
    'give the kit vendors time to move to their 64-bit images, which I’m told is planned for this spring.',
];
const hkE4 = [
  'That’s a fair case, and 200 devices is not nothing. How about this: 4.0 ships armv7l wheels built on a best-effort basis, meaning ' +
    'a failed armv7l job won’t block the release, and we drop them in 4.1. I’ll add a deprecation warning to the 3.9 notes as ' +
    'Bertrand suggested.',
  'Cheers, Ines',
];
const hkE5 = ['That works for me, and the kit vendors will have a date to point to. Thanks, Ines.'];
/** Plain text hard-wrapped at 72 columns, as the archive shows a text/plain mail (the text is HTML-escaped). */
const wrap = (p: string): string => {
  const lines: string[] = [];
  let line = '';
  for (const w of p.split(' ')) {
    if (line !== '' && `${line} ${w}`.length > 72) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  return [...lines, line].join('\n');
};
const mail = (ps: readonly string[]): string => ps.map(wrap).join('\n\n');
const quoted = (lines: readonly string[]): string =>
  `\n\n<div class="quoted-switch"><a style="font-weight:normal" href="#">...</a></div><div class="quoted-text">${lines
    .map((l) => `&gt; ${l}`)
    .join('\n')}</div>\n\n`;
type HkMail = { id: string; user: number; name: string; day: string; time: string; sender: string; body: string; first?: boolean; likes?: number };
const hkMail = (m: HkMail): string => `<div class="email${m.first ? ' email-first' : ''}"><div id="${m.id}" class="email-header">
<div class="gravatar-wrapper"><div class="gravatar"><img class="gravatar" \
src="https://www.gravatar.com/avatar/${m.id.slice(0, 32).toLowerCase()}?s=120&amp;d=mm"
 width="120" height="120" alt="" /></div><div class="email-author"><span class="name"><a href="/archives/users/${m.user}/"
 title="See the profile for ${m.name}">${m.name}</a></span></div></div><div class="email-date right"><span class="date">${m.day}</span>
<span class="time" title="Sender's time: ${m.sender}">${m.time}</span></div><div class="messagelink right">
<a href="/archives/list/plotwick-devel@lists.plotwick.org/message/${m.id}/" title="Permalink for this message"><i class="fa fa-link"></i></a></div></div>
<div class="email-body">${m.body}</div><div class="email-info"><div class="likeform-wrapper right"><form method="post" class="likeform"
 action="/archives/list/plotwick-devel@lists.plotwick.org/message/${m.id}/vote"><a class="youlike vote disabled" title="You must be logged-in to vote."
 href="#like"><i class="fa fa-thumbs-o-up"></i> ${m.likes ?? 0}</a> <a class="youdislike vote disabled" title="You must be logged-in to vote."
 href="#dislike"><i class="fa fa-thumbs-o-down"></i> 0</a></form></div><div class="email-actions"><a class="reply reply-mailto"
 title="Sign in to reply online" href="mailto:plotwick-devel@lists.plotwick.org?In-Reply-To=${m.id}"><i class="fa fa-reply"></i> Reply</a></div></div></div>`;
const hkBase = '/archives/list/plotwick-devel@lists.plotwick.org';
const hkHtml = `<!DOCTYPE HTML>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="viewport" content="width=device-width, \
initial-scale=1.0" />
<title>${hkTitle} - Plotwick-devel - lists.plotwick.org</title><link rel="stylesheet" href="/static/CACHE/css/output.4a1d0c9e2b7f.css" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="Plotwick-devel" href="${hkBase}/feed/" /></head>
<body><nav class="navbar sticky-top navbar-light bg-light navbar-expand-md"><div class="container"><div class="navbar-header col-md">
<a class="navbar-brand" href="/archives/"><img alt="Mailman 3" src="/static/hyperkitty/img/logo.png" /> lists.plotwick.org</a></div>
<div class="navbar-collapse collapse justify-content-end" id="header-nav"><ul class="nav navbar-nav"><li class="nav-item">
<a class="nav-link" href="/mailman3/lists/"><span class="fa fa-cog"></span> Manage this list</a></li></ul>
<form name="search" method="get" action="/archives/search" class="navbar-form navbar-right my-2 my-lg-2 order-1" role="search">
<input type="hidden" name="mlist" value="plotwick-devel@lists.plotwick.org"><div class="input-group"><input name="q" type="text" class="form-control rounded-4 \
search"
 placeholder="Search this list" aria-label="Search this list"></div></form><ul class="nav navbar-nav auth order-3"><li class="nav-item">
<a class="nav-link" href="/accounts/login/?next=${hkBase}/thread/3QK5/">Sign In</a></li><li class="nav-item"><a class="nav-link" href="/accounts/signup/">Sign \
Up</a></li>
</ul></div></div></nav><div class="modal fade" tabindex="-1" role="dialog" id="keyboard-shortcuts"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h4 class="modal-title">Keyboard Shortcuts</h4></div><div class="modal-body"><h3>Thread View</h3><ul>
<li><code>j</code>: Next unread message</li><li><code>k</code>: Previous unread message</li><li><code>j a</code>: Jump to all threads</li>
<li><code>j l</code>: Jump to MailingList overview</li></ul></div></div></div></div>
<div class="container"><div class="row"><div class="d-none d-md-block col-12 col-md-2"><div class="row"><div class="col-12 accordion" id="months-list">
<div class="card"><div class="card-header"><h3 class="card-title btn btn-link"><a href="${hkBase}/">Plotwick-devel</a></h3></div></div>
<div class="card"><div class="card-header"><h3 class="card-title btn btn-link">2026</h3></div><div class="card-body"><ul class="list-unstyled">
<li><a href="${hkBase}/2026/1/">January</a></li></ul></div></div></div></div></div>
<div class="col-12 col-md-10"><div class="thread-header"><div class="row"><div class="col-tn-2"><a href="${hkBase}/thread/7ZRB/"
 title="[ANN] Plotwick 3.8.2 released" class="btn btn-sm btn-outline-secondary"><i class="fa fa-chevron-left"></i><span class="d-none d-md-inline">Newer</span>\
</a>
</div><div class="col-tn-8"><h3>${hkTitle}</h3></div><div class="col-tn-2 right"><a href="${hkBase}/thread/M2XE/"
 title="CI: pin setuptools below 81 for now" class="btn btn-sm btn-outline-secondary"><span class="d-none d-md-inline">Older</span>
<i class="fa fa-chevron-right"></i></a></div></div></div><div class="row"><div class="col-sm-12 col-md-9"><section id="thread-content">
${hkMail({
  id: 'A4F2C7Q1',
  user: 88,
  name: 'Ines Carvalho',
  day: 'Tuesday, 13 January 2026',
  time: '10:04 a.m.',
  sender: 'Jan. 13, 2026, 11:04 a.m.',
  body: mail(hkE1),
  first: true,
  likes: 3,
})}
<div class="replies"><div class="reply-level-1">${hkMail({
  id: 'B91DXN0R',
  user: 14,
  name: 'Bertrand Aubé',
  day: 'Tuesday, 13 January 2026',
  time: '11:37 a.m.',
  sender: 'Jan. 13, 2026, 12:37 p.m.',
  body: `${quoted(wrap(hkE1[1] ?? '').split('\n'))}${mail(hkE2)}`,
})}</div>
<div class="reply-level-1">${hkMail({
  id: 'C0TT8JWM',
  user: 203,
  name: 'Kwame Mensah',
  day: 'Wednesday, 14 January 2026',
  time: '8:12 p.m.',
  sender: 'Jan. 14, 2026, 8:12 p.m.',
  body: `${mail(hkE3)}\n\n-- \nKwame Mensah\nData lab volunteer, Eastfield Unified School District`,
})}</div>
<div class="reply-level-2">${hkMail({
  id: 'D5W0PLEV',
  user: 88,
  name: 'Ines Carvalho',
  day: 'Thursday, 15 January 2026',
  time: '9:20 a.m.',
  sender: 'Jan. 15, 2026, 10:20 a.m.',
  body: `${quoted(wrap(hkE3[1] ?? '').split('\n'))}${mail(hkE4)}`,
  likes: 2,
})}</div>
<div class="reply-level-3">${hkMail({
  id: 'E7HGQ3ZA',
  user: 203,
  name: 'Kwame Mensah',
  day: 'Thursday, 15 January 2026',
  time: '11:30 a.m.',
  sender: 'Jan. 15, 2026, 11:30 a.m.',
  body: mail(hkE5),
})}</div></div></section></div>
<div class="col-sm-12 col-md-3"><section id="thread-overview-info"><div id="thread-info"><p>First post: <span>Jan. 13, 2026 10:04 a.m.</span></p>
<p>Last post: <span>Jan. 15, 2026 11:30 a.m.</span></p><p><a href="${hkBase}/export/plotwick-devel@lists.plotwick.org-3QK5.mbox.gz"
 title="This thread in gzipped mbox format"><i class="fa fa-download"></i> Download</a></p></div><div id="tags"><h4>Tags (0)</h4>
<p class="text-muted">There are no tags for this thread yet.</p></div><div id="participants"><h4>Participants (3)</h4><ul class="list-unstyled">
<li>Bertrand Aubé</li><li>Ines Carvalho</li><li>Kwame Mensah</li></ul></div></section></div></div></div></div></div>
<footer class="footer"><div class="container"><p class="text-muted">Powered by <a href="http://hyperkitty.readthedocs.org">HyperKitty</a>
version 1.3.12.</p></div></footer><script src="/static/CACHE/js/output.88b2f1c0a3de.js"></script>
<script>$(document).ready(function() { setup_emails_list(); setup_thread_keyboard_shortcuts(); });</script></body></html>`;
export const hyperkittyThread: TestPage = {
  html: hkHtml,
  name: 'heldout35-hyperkitty-thread',
  kind: 'forum',
  // the five e-mails are body, with their greeting; their short sign-offs ("Cheers, Ines", "Bertrand"), which the writer had typed
  // as body, follow the earlier convention since round 33 (batch 8's Pipermail "Marion" and this batch's Groups.io sign-offs are
  // furniture): "Cheers, Ines" is furniture and "Bertrand" is left out (a word of the fourth mail); the lines quoted with "> "
  // (behind the "..." switches) are in neither; Kwame's "-- " signature is
  // furniture (his name in it is a byline); authors, days and times are bylines (the sender's time sits in a title only); the
  // navbar, sidebar, "Newer" / "Older", vote titles, reply links, thread overview, hidden shortcuts dialog and footer are
  // furniture, and so are the overview's first and last post times (thread statistics, not a post's own date); the vote counts
  // (bare numbers) and "Download" (a word of the first mail) are left out
  title: hkTitle,
  headings: [],
  body: texts([...hkE1, ...hkE2, ...hkE3, ...hkE4, ...hkE5].filter((p) => p !== 'Cheers, Ines' && p !== 'Bertrand')),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Ines Carvalho', 'Tuesday, 13 January 2026', '10:04 a.m.', 'Bertrand Aubé', '11:37 a.m.', 'Kwame Mensah', 'Wednesday, 14 January 2026',
    '8:12 p.m.', 'Thursday, 15 January 2026', '9:20 a.m.', '11:30 a.m.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cheers, Ines',
    'lists.plotwick.org', 'Manage this list', 'Sign In', 'Sign Up', 'Keyboard Shortcuts', 'Thread View', 'Next unread message',
    'Previous unread message', 'Jump to all threads', 'Jump to MailingList overview', 'Plotwick-devel', 'January', 'Newer', 'Older',
    'Data lab volunteer, Eastfield Unified School District', 'First post:', 'Jan. 13, 2026 10:04 a.m.', 'Last post:', 'Jan. 15, 2026 11:30 a.m.',
    'Reply', 'Tags (0)', 'There are no tags for this thread yet.', 'Participants (3)', 'Powered by HyperKitty version 1.3.12.',
  ],
};
