import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 47, file b2: a Pagure 5 issue on a public instance (masthead with Projects/Users/Groups and Log In, the
 * project header with its icon, description, Fork and Watch buttons and tabs, the issue heading with the Closed badge and
 * "Opened ... by", the comment cards with avatars, relative times and reply buttons, "Metadata Update" notices, a pull-request
 * reference, the metadata sidebar, the "Log in to comment" box and the Pagure footer).
 */
const pgTitle = "Award e-mails are sent in English even when the recipient's account locale is set";
const pgDesc1 = [
  'When a badge is awarded, the notification e-mail always uses the English template, even for people whose account locale is ' +
    'set to another language. I noticed because my own account is set to Russian, and both the Czech and the Russian ' +
    'translations on Weblate are at 100%.',
  'The locale is read from the message payload in <code>mailer/render.py</code>, but the message the badges backend publishes ' +
    'has no locale field, so the lookup always falls back to the default. The account system does return the locale when asked ' +
    "for the user's profile, so the fix is probably to look it up there before rendering.",
];
const pgStepsH = 'Steps to reproduce';
const pgSteps = [
  'Set your account locale to anything other than English.',
  'Have any badge awarded to you, for example by scanning the test QR code on the staging instance.',
  'The e-mail arrives in English.',
];
const pgExpH = 'Expected result';
const pgExp = 'The e-mail, subject line included, arrives in the language of the account.';
type PgComment = { id: number; who: string; name: string; ago: string; at: string; paras: string[] };
const pgComments: PgComment[] = [
  {
    id: 912377,
    who: 'pkasprzak',
    name: 'Piotr Kasprzak',
    ago: '3 months ago',
    at: '2025-09-08 10:14:02',
    paras: [
      'Thanks for the analysis, that matches what I see. Asking the account system for every award would add a request per ' +
        'e-mail, which is fine on a normal day but not after Flock, when a few thousand badges go out within an hour. I would ' +
        'rather cache the locale for each user for a day.',
      '<a href="/user/katyaz">@katyaz</a> would you like to take this one? The tests for render.py already mock the account ' +
        "client, so you won't need a staging account to work on it.",
    ],
  },
  {
    id: 912590,
    who: 'katyaz',
    name: 'Katya Zorina',
    ago: '3 months ago',
    at: '2025-09-08 17:40:51',
    paras: ["Sure, I'll send a pull request this week. A cache for a day sounds fine to me, nobody changes their locale that often."],
  },
  {
    id: 918841,
    who: 'pkasprzak',
    name: 'Piotr Kasprzak',
    ago: '2 months ago',
    at: '2025-09-25 09:02:17',
    paras: [
      "Merged #42, thank you! It goes out with Thursday's deployment. I tried it on staging with a Czech account and the e-mail " +
        'now arrives in Czech, subject line included, which I had not expected to work without more changes.',
    ],
  },
  {
    id: 918903,
    who: 'katyaz',
    name: 'Katya Zorina',
    ago: '2 months ago',
    at: '2025-09-25 11:26:40',
    paras: [
      'The subject comes from the same template file, so it was translated all along and simply never rendered in anything ' +
        'but English. Thanks for the quick review.',
    ],
  },
];
const pgMeta = (who: string, ago: string, items: string[]) => `<div class="card mb-3 border-0 bg-light issue_comment notification">
<div class="card-body py-2 px-3 small text-muted"><span>Metadata Update from <a href="/user/${who}">@${who}</a>:</span>
<ul class="mb-0">${items.map((t) => `<li>${t}</li>`).join('')}</ul><a class="notblue float-right" href="#">${ago}</a></div></div>`;
const pgCard = (c: PgComment, body: string) => `<div class="card mb-3" id="comment-${c.id}">
<div class="card-header bg-light d-flex align-items-center px-3 py-2"><div>
<img class="avatar circle" src="https://seccdn.libravatar.org/avatar/5e0c${c.id}?s=64&amp;d=retro" alt="" width="20" height="20">
<a href="/user/${c.who}" data-toggle="tooltip" title="${c.name}" class="ml-1 font-weight-bold">${c.who}</a>
<a class="notblue" href="#comment-${c.id}"><small class="text-muted">commented <span data-toggle="tooltip" title="${c.at} UTC">${c.ago}</span></small></a>
</div><div class="mr-auto"></div><div class="issue_actions ml-auto"><div class="issue_action icon">
<a class="reply btn btn-sm btn-outline-secondary border-0" data-toggle="tooltip" title="Reply to this comment - lose formatting">
<i class="fa fa-share-square-o text-muted"></i></a></div></div></div>
<div class="card-body pb-1"><div class="comment_body">${body}</div></div></div>`;
const pgTabs = ['Overview', 'Files', 'Commits', 'Branches', 'Forks', 'Releases'];
const pgTab = (t: string) =>
  `<li class="nav-item mr-2 text-dark"><a class="nav-link" href="/tahrir-mailer/${t.toLowerCase()}">` + `<span class="d-none d-md-inline">${t}</span></a></li>`;
const pgHtml = `<!DOCTYPE html>
<html lang='en'>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Issue #41: ${pgTitle} - tahrir-mailer - Pagure.io</title>
<link rel="shortcut icon" type="image/vnd.microsoft.icon" href="/static/favicon.ico?version=5.14.1"/>
<link href="/static/vendor/bootstrap/bootstrap.min.css?version=5.14.1" rel="stylesheet" />
<link href="/static/vendor/font-awesome/font-awesome.css?version=5.14.1" rel="stylesheet" />
<link href="/static/pagure.css?version=5.14.1" rel="stylesheet" />
<link href="/static/vendor/emojione/emojione.sprites.css?version=5.14.1" rel="stylesheet" />
</head>
<body id="home">
<!-- start navbar -->
<div class="masthead"><nav class="navbar navbar-expand-md navbar-light"><div class="container">
<a href="/" class="navbar-brand"><img height="40" src="/theme/static/pagure-logo.png?version=5.14.1" alt="pagure Logo" id="pagureLogo"/></a>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarSupportedContent" aria-controls="navbarSupportedContent"
aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarSupportedContent"><ul class="navbar-nav mr-auto">
<li class="nav-item"><a class="nav-link" href="/browse/projects/">Projects</a></li>
<li class="nav-item"><a class="nav-link" href="/browse/users/">Users</a></li>
<li class="nav-item"><a class="nav-link" href="/browse/groups/">Groups</a></li></ul>
<ul class="navbar-nav ml-auto"><li class="nav-item ml-3">
<a class="btn btn-primary" href="/login/?next=https://pagure.io/tahrir-mailer/issue/41">Log In</a></li></ul></div></div></nav></div>
<!-- end navbar -->
<div class="bodycontent">
<div class="bg-light border border-top-0 pt-2"><div class="container"><div class="row mb-1"><div class="col-6"><div class="row">
<div class="col-auto pr-0"><img class="projecticon" src="/static/images/default-project-icon.png" width="40" height="40" alt=""/></div>
<div class="col pl-2"><h3 class="mb-0"><a href="/tahrir-mailer"><strong>tahrir-mailer</strong></a></h3>
<small class="text-muted">Sends notification e-mails for badge awards</small></div></div></div>
<div class="col-6 text-right"><div class="btn-group"><a class="btn btn-outline-primary btn-sm" href="/login/?next=/tahrir-mailer">
<i class="fa fa-clone fa-fw"></i> <span>Fork</span></a></div>
<div class="btn-group"><button class="btn btn-sm btn-outline-primary disabled" type="button">
<i class="fa fa-clock-o fa-fw"></i> <span class="font-weight-bold">Watch Issues</span></button></div></div></div>
<ul class="nav nav-tabs nav-small border-bottom-0">
${pgTabs.map(pgTab).join('\n')}
<li class="nav-item mr-2 text-dark"><a class="nav-link active" href="/tahrir-mailer/issues"><span class="d-none d-md-inline">Issues&nbsp;</span>
<span class="badge badge-secondary py-0 d-none d-md-inline">6</span></a></li>
<li class="nav-item mr-2 text-dark"><a class="nav-link" href="/tahrir-mailer/pull-requests"><span class="d-none d-md-inline">Pull Requests&nbsp;</span>
<span class="badge badge-secondary py-0 d-none d-md-inline">2</span></a></li>
<li class="nav-item mr-2 text-dark"><a class="nav-link" href="/tahrir-mailer/stats"><span class="d-none d-md-inline">Stats</span></a></li>
</ul></div></div>
<div class="container pt-4"><div class="row"><div class="col-md-8">
<h4 class="mb-1"><span class="badge badge-danger font-weight-normal"><i class="fa fa-fw fa-exclamation-circle"></i> Closed: Fixed</span>
<span class="text-muted">#41</span> <span class="font-weight-bold" id="issuetitle">${pgTitle}</span></h4>
<div class="mb-3 small">Opened <span data-toggle="tooltip" title="2025-09-08 07:55:31 UTC">3 months ago</span> by
<a href="/user/katyaz">katyaz</a>. Modified <span data-toggle="tooltip" title="2025-09-25 11:27:02 UTC">2 months ago</span></div>
<section class="issue_comment">
${pgCard(
  { id: 0, who: 'katyaz', name: 'Katya Zorina', ago: '3 months ago', at: '2025-09-08 07:55:31', paras: [] },
  `${pgDesc1.map((p) => `<p>${p}</p>`).join('\n')}\n<h3>${pgStepsH}</h3>\n<ol>\n${pgSteps.map((s) => `<li>${s}</li>`).join('\n')}\n</ol>\n` +
    `<h3>${pgExpH}</h3>\n<p>${pgExp}</p>`,
)}
${pgMeta('pkasprzak', '3 months ago', ['Issue tagged with: bug, easyfix'])}
${pgCard(pgComments[0]!, pgComments[0]!.paras.map((p) => `<p>${p}</p>`).join('\n'))}
${pgCard(pgComments[1]!, `<p>${pgComments[1]!.paras[0]}</p>`)}
${pgMeta('pkasprzak', '3 months ago', ['Issue assigned to katyaz'])}
<div class="card mb-3 border-0 bg-light issue_comment notification"><div class="card-body py-2 px-3 small text-muted">
<a href="/user/katyaz">@katyaz</a> referenced the pull-request <a href="/tahrir-mailer/pull-request/42">tahrir-mailer#42</a>
<a class="notblue float-right" href="#">2 months ago</a></div></div>
${pgCard(pgComments[2]!, `<p>${pgComments[2]!.paras[0]}</p>`)}
${pgMeta('pkasprzak', '2 months ago', ['Issue close_status updated to: Fixed', 'Issue status updated to: Closed (was: Open)'])}
${pgCard(pgComments[3]!, `<p>${pgComments[3]!.paras[0]}</p>`)}
</section>
<div class="card"><div class="card-body text-center">
<a href="/login/?next=https://pagure.io/tahrir-mailer/issue/41">Log in</a> to comment on this ticket.</div></div>
</div>
<div class="col-md-4"><div class="card mb-3"><div class="card-header"><strong>Metadata</strong></div>
<div class="list-group list-group-flush">
<div class="list-group-item"><label class="font-weight-bold mb-0">Assignee:</label> <a href="/user/katyaz">katyaz</a></div>
<div class="list-group-item"><label class="font-weight-bold mb-0">Tags:</label>
<a href="/tahrir-mailer/issues?tags=bug"><span class="badge badge-info">bug</span></a>
<a href="/tahrir-mailer/issues?tags=easyfix"><span class="badge badge-info">easyfix</span></a></div>
<div class="list-group-item"><label class="font-weight-bold mb-0">Milestone:</label> 2025.3</div>
<div class="list-group-item"><label class="font-weight-bold mb-0">Priority:</label> Normal</div>
<div class="list-group-item"><label class="font-weight-bold mb-0">Related Pull Requests</label>
<div><a href="/tahrir-mailer/pull-request/42">#42</a> <span class="badge badge-success">Merged</span> 2 months ago</div></div>
<div class="list-group-item"><label class="font-weight-bold mb-0">Depending on</label></div>
<div class="list-group-item"><label class="font-weight-bold mb-0">Blocking</label></div>
</div></div>
<div class="card mb-3"><div class="card-header"><strong>Attachments</strong></div><div class="card-body small text-muted">No attachments</div></div>
</div></div></div></div>
<div class="footer py-3 bg-light border-top text-center"><div class="container">
<p class="text-muted credit">Powered by <a href="https://pagure.io/pagure">Pagure</a> 5.14.1</p>
<p><a href="https://docs.pagure.org/pagure/usage/index.html">Documentation</a> •
<a href="https://pagure.io/pagure/new_issue">File an Issue</a> • <a href="https://pagure.io/about">About this Instance</a> •
<a href="https://pagure.io/ssh_info">SSH Hostkey/Fingerprint</a></p></div></div>
<script type="text/javascript" src="/static/vendor/jquery/jquery.min.js?version=5.14.1"></script>
<script type="text/javascript" src="/static/vendor/bootstrap/bootstrap.bundle.min.js?version=5.14.1"></script>
<script type="text/javascript">$(function () { $('[data-toggle="tooltip"]').tooltip({placement : 'bottom'}); });</script>
</body>
</html>`;
export const pagureIssue: TestPage = {
  html: pgHtml,
  name: 'heldout47-pagure-issue',
  kind: 'forum',
  // title: the issue title; headings: the two h3s inside the opening post; body: the opening post (paragraphs, the steps
  // as items, the expected result) and the four comments; bylines: the poster names and the relative times of posts and
  // of the "Opened ... by"/"Modified" line ("3 months ago" and "2 months ago" once each); furniture: masthead, project
  // header, tabs and counters, the Closed badge, "#41", reply buttons, the "Metadata Update" and pull-request notices
  // (automatic, not posts), the sidebar, "Log in to comment" and the footer; "Normal" and the sidebar's "Merged" are body words: left out
  title: pgTitle,
  headings: [pgStepsH, pgExpH],
  body: [...texts(pgDesc1), ...pgSteps, pgExp, ...pgComments.flatMap((c) => texts(c.paras))],
  bylines: ['katyaz', 'pkasprzak', '3 months ago', '2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Projects', 'Users', 'Groups', 'Log In', 'tahrir-mailer', 'Sends notification e-mails for badge awards', 'Fork',
    'Watch Issues', ...pgTabs, 'Issues', 'Pull Requests', 'Stats', 'Closed: Fixed', '#41', 'Opened', 'Modified', 'Metadata Update from @pkasprzak:',
    'Issue tagged with: bug, easyfix', 'Issue assigned to katyaz', '@katyaz referenced the pull-request tahrir-mailer#42',
    'Issue close_status updated to: Fixed', 'Issue status updated to: Closed (was: Open)', 'to comment on this ticket.', 'Metadata', 'Assignee:',
    'Tags:', 'bug', 'easyfix', 'Milestone:', '2025.3', 'Priority:', 'Related Pull Requests', 'Depending on', 'Blocking',
    'Attachments', 'No attachments', 'Powered by Pagure 5.14.1', 'Documentation', 'File an Issue', 'About this Instance', 'SSH Hostkey/Fingerprint',
  ],
};
