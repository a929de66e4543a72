import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout255-kit.js';

/**
 * Held-out batch 255, file c2: a message in a HyperKitty (Mailman 3) archive (navbar with the list switcher and sign-in
 * links, "Back to the thread" link, email header with gravatar, author, date and time, the email body with a quoted
 * paragraph and a signature, the like / reply tools, the thread navigation and the footer).
 */
const kTitle = '[kestrel-dev] Proposal: drop 32-bit ARM builds in 3.0';
const kQuote = j(
  'We still publish armv7 binaries for every release, but the download counter says they account for 0.3 per cent of',
  'downloads, and the CI runners for them fail about one build in five.',
);
const kBody = [
  'Hi all,',
  j(
    'Picking up the thread from last week’s call. Ines summarised the situation well, and I want to turn it into something we',
    'can decide before the 3.0 branch is cut on 14 April.',
  ),
  j(
    'I went through the issue tracker for the last twelve months. There were four bug reports that only affected armv7, and',
    'all four came from the same two users, both running Kestrel on older network appliances. Both of them have told me they',
    'are happy to build from source if we stop publishing binaries, as long as the build itself keeps working.',
  ),
  j(
    'So my proposal is narrower than "drop 32-bit ARM". For 3.0 we stop publishing armv7 release binaries and stop running',
    'the armv7 jobs on every pull request. We keep one nightly armv7 build on main, so we notice if it breaks, and we keep',
    'accepting patches that fix it. We say all this in the release notes and in the platform table in the docs.',
  ),
  j(
    'That saves roughly a third of our CI minutes, and it removes the flaky runner that has been blocking merges. If nobody',
    'objects by 31 March I will open the pull request and ask the steering council to confirm it at the next meeting.',
  ),
  j(
    'Two open questions I would like opinions on. First, do we need a deprecation release, where 2.9 prints a warning on armv7,',
    'or is a line in the release notes enough? Second, the container images: the Helm chart still lists armv7, and I have not',
    'looked at who pulls those images. If anyone has numbers from the registry, please share them.',
  ),
  'Thanks,',
  'Tomasz',
];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="ROBOTS" content="INDEX, FOLLOW"><title>${kTitle} - kestrel-dev - Kestrel mailing lists</title>
<meta name="author" content=""><meta name="dc.language" content="en"><link rel="shortcut icon" href="/static/hyperkitty/img/favicon.ico">
<link rel="stylesheet" href="/static/CACHE/css/output.f8b3c1a2.css" type="text/css" media="all"><link rel="alternate" type="application/rss+xml"
title="kestrel-dev" href="/archives/list/kestrel-dev@lists.kestrel.dev/feed/"></head>
<body><nav class="navbar sticky-top navbar-light bg-light navbar-expand-md"><div class="container"><div class="navbar-header col-md">
<a class="navbar-brand" href="/archives/">Kestrel mailing lists</a></div><div class="collapse navbar-collapse justify-content-end" id="navbarCollapse">
<ul class="nav navbar-nav"><li class="nav-item"><a class="nav-link" href="/accounts/login/?next=/archives/">Sign In</a></li>
<li class="nav-item"><a class="nav-link" href="/accounts/signup/?next=/archives/">Sign Up</a></li></ul>
<form name="search" method="get" action="/archives/search" class="form-inline my-2 my-lg-0" role="search"><input type="hidden" name="mlist"
value="kestrel-dev@lists.kestrel.dev"><div class="input-group"><input name="q" type="text" class="form-control rounded-4 search" placeholder="Search this list"
aria-label="Search this list"></div></form>
<ul class="nav navbar-nav"><li class="dropdown nav-item"><a href="#" class="nav-link dropdown-toggle" data-toggle="dropdown">Manage this list</a>
<div class="dropdown-menu dropdown-menu-right"><a class="dropdown-item" href="/postorius/lists/kestrel-dev.lists.kestrel.dev/">List info</a></div></li></ul>
</div></div></nav>
<div class="modal fade" tabindex="-1" role="dialog" id="keyboard-shortcuts"><div class="modal-dialog" role="document"><div class="modal-content">
<div class="modal-header"><h4 class="modal-title">Keyboard Shortcuts</h4></div></div></div></div>
<div class="container"><div class="row"><div class="d-none d-md-block col-sm-2"><div class="row"><div class="col-12 accordion" id="months-list">
<div class="card"><div class="card-header"><h3 class="card-title btn btn-link"><a href="#">2026</a></h3></div><div class="card-body"><ul class="list-unstyled">
<li><a href="/archives/list/kestrel-dev@lists.kestrel.dev/2026/3/">March</a></li><li><a
href="/archives/list/kestrel-dev@lists.kestrel.dev/2026/2/">February</a></li>
</ul></div></div></div></div></div>
<div class="col-sm-12 col-md-10"><div class="message-header row"><div class="col-tn-2 message-back">
<a href="/archives/list/kestrel-dev@lists.kestrel.dev/thread/QX7TJ3M/#R4KD2"><i class="fa fa-chevron-left"></i>
<span class="d-none d-md-inline">Back to the thread</span></a></div>
<div class="col-tn-10"><h1>${kTitle}</h1></div></div>
<div class="row"><div class="col-sm-9"><section id="thread-content"><div class="email email-first"><div id="R4KD2" class="email-header">
<div class="gravatar-wrapper"><div class="gravatar"><img class="gravatar" src="https://secure.gravatar.example/avatar/3f1b?s=120&amp;d=mm&amp;r=g"
width="120" height="120" alt=""></div><div class="email-author"><span class="name">
<a href="/archives/users/112/" title="See the profile for Tomasz Rydel">Tomasz Rydel</a></span></div></div>
<div class="email-date right"><span class="date d-none d-sm-inline">Wednesday, 4 March 2026</span>
<div class="time"><span title="Sender's time: March 4, 2026, 11:02 a.m.">10:02 a.m.</span></div></div>
<div class="messagelink right"><a href="/archives/list/kestrel-dev@lists.kestrel.dev/message/R4KD2/" title="Permalink for this message"><i
class="fa fa-link"></i></a></div></div>
<div class="email-body">
<p>${kBody[0]}</p>
<p>${kBody[1]}</p>
<blockquote><p>${kQuote}</p></blockquote>
${kBody
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="email-signature">-- <br>Tomasz Rydel · release manager, Kestrel · he/him</div>
</div>
<div class="email-info"><div class="likeform-wrapper right"><div class="messagelink pull-right"><span class="fa fa-font cursor-pointer toggle-font"
data-toggle="tooltip" data-placement="bottom" title="Display in fixed font"></span></div>
<form method="post" class="likeform" action="/archives/list/kestrel-dev@lists.kestrel.dev/message/R4KD2/vote"><a class="youlike vote disabled"
title="You must be logged-in to vote." href="#like" data-vote="1">Like <span class="likestatus">3</span></a>
<a class="youdislike vote disabled" title="You must be logged-in to vote." href="#dislike" data-vote="-1">Dislike <span
class="likestatus">0</span></a></form></div>
<div class="reply-tools"><a class="reply reply-mailto" title="Sign in to reply online" href="mailto:kestrel-dev@lists.kestrel.dev?Subject=Re%3A">Reply</a>
<a class="toggle-font">Display in fixed font</a></div></div></div></section></div>
<div class="col-sm-3"><section id="message-overview-info"><p><a href="/archives/list/kestrel-dev@lists.kestrel.dev/thread/QX7TJ3M/#R4KD2">
<i class="fa fa-fw fa-comments"></i><span class="hidden-tn hidden-xs">thread</span></a></p>
<p><a href="/archives/list/kestrel-dev@lists.kestrel.dev/"><i class="fa fa-fw fa-envelope-o"></i><span class="hidden-tn hidden-xs">list</span></a></p>
<div class="tags"><h3>Tags</h3><p class="text-muted">No tags</p></div>
<div class="participants"><h3>Participants (5)</h3><ul class="list-unstyled"><li><a href="/archives/users/112/">Tomasz Rydel</a></li>
<li><a href="/archives/users/47/">Ines Barroso-Whitlock</a></li><li><a href="/archives/users/230/">Gwen Adebayo-Hart</a></li></ul></div>
</section></div></div>
<div class="row thread-nav"><div class="col-6 text-left"><a href="/archives/list/kestrel-dev@lists.kestrel.dev/thread/VK2P9/">
<span class="text-muted">Older thread</span> Nightly builds failing on the macOS runner since Friday</a></div>
<div class="col-6 text-right"><a href="/archives/list/kestrel-dev@lists.kestrel.dev/thread/MM81Q/"><span class="text-muted">Newer thread</span>
Reminder: maintainer summit call for talks</a></div></div></div></div></div>
<footer class="footer"><div class="container"><p class="text-muted"><a href="https://www.list.org">Powered by HyperKitty</a> version 1.3.12.</p></div></footer>
<script src="/static/CACHE/js/output.91c0e2a1.js"></script><script>$(function(){setup_emails_list();});</script></body></html>`;
export const hyperkitty: TestPage = {
  name: 'heldout255-hyperkitty-mailing-list-message',
  kind: 'forum',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: [kBody[0] ?? '', kBody[1] ?? '', kQuote, ...kBody.slice(2)],
  bylines: ['Tomasz Rydel', 'Wednesday, 4 March 2026', '10:02 a.m.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel mailing lists', 'Sign In', 'Sign Up', 'Manage this list', 'List info', 'Keyboard Shortcuts', '2026', 'February', 'Back to the thread',
    '-- Tomasz Rydel · release manager, Kestrel · he/him', 'Like 3', 'Dislike 0', 'Reply', 'Display in fixed font', 'Tags', 'No tags',
    'Participants (5)', 'Ines Barroso-Whitlock', 'Gwen Adebayo-Hart', 'Older thread', 'Nightly builds failing on the macOS runner since Friday',
    'Newer thread', 'Reminder: maintainer summit call for talks', 'Powered by HyperKitty version 1.3.12.',
  ],
};
