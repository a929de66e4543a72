import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import { j, pre, quoted, quotedText } from './pages-heldout280-kit.js';

/**
 * Held-out batch 280, file a: a Mailman 2 Pipermail message page (h1 subject, sender line with the obfuscated address, date
 * in italics, the previous / next / "Messages sorted by" lists above and below, the message in a `<pre>` with a quoted
 * earlier message and a signature, the "More information about the list" link) and a Mailman 3 HyperKitty thread (navbar
 * with Postorius, sign-in links and search, the month list, thread header with newer / older links, three e-mails with
 * author cards, dates, a collapsed quote and like / reply actions, the thread overview sidebar and the footer).
 */
const pTitle = '[Fernbrook-dev] Re: Proposal: freeze the config format for 3.0';
const pQuote = j(
  'I would like us to freeze the configuration format now, before the 3.0 beta, so that theme authors have a stable target.',
  'Anything we cannot settle in two weeks moves to 3.1.',
);
const pBody = [
  j(
    'I agree with the freeze in principle, but two weeks is too short for the key binding section. That is the part of the',
    'format that theme authors touch least and users touch most, and it still has the old modifier names from the 1.x days.',
  ),
  j(
    'Here is what I would propose instead. We freeze everything except the bindings table on the date you suggested. The',
    'bindings get one more week, during which we rename the modifiers to match the names the input layer already uses',
    'internally, and we add an alias table so existing files keep loading with a warning rather than an error.',
  ),
  j(
    'I went through the issue tracker last night and counted the open reports that touch the config parser. There are',
    'eleven. Seven of them are about bindings, two are about colour values written as names instead of hex, and two are',
    'about include paths on systems where the home directory is a symlink. The colour and include bugs are small and do',
    'not change the format, so they can land after the freeze as ordinary fixes.',
  ),
  j(
    'The one thing I would not do is freeze with the current error messages. When a file fails to parse we print the byte',
    'offset and nothing else. Ruth has a branch that prints the line, the column and the name of the section, and it has',
    'been sitting in review since January. If we merge it before the freeze, every theme author who hits a problem in the',
    'beta will be able to tell us where it is, which is worth more than any amount of documentation.',
  ),
  j(
    'If people are happy with that, I can write the alias table this weekend and post a patch for review on Monday. I will',
    'also update the sample config in the repository so that it only uses the new names, since that is the file most',
    'people copy when they start a theme.',
  ),
];
const pAttr = 'On Mon, Mar 2, 2026 at 09:14, Ezra Pell wrote:';
const pSig = '-- Mara Quint Fernbrook maintainer, input and keyboard handling';
const pPrev = '[Fernbrook-dev] Proposal: freeze the config format for 3.0';
const pNext = '[Fernbrook-dev] Re: Proposal: freeze the config format for 3.0';
const pNav = (pos: string): string => `<P><UL>${pos}
        <LI>Previous message (by thread): <A HREF="004211.html">${pPrev}
</A></li>
        <LI>Next message (by thread): <A HREF="004213.html">${pNext}
</A></li>
         <LI> <B>Messages sorted by:</B> 
              <a href="date.html#4212">[ date ]</a>
              <a href="thread.html#4212">[ thread ]</a>
              <a href="subject.html#4212">[ subject ]</a>
              <a href="author.html#4212">[ author ]</a>
         </LI>
       </UL>`;
const pHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
 <HEAD>
   <TITLE> ${pTitle}
   </TITLE>
   <LINK REL="Index" HREF="index.html" >
   <LINK REL="made" HREF="mailto:fernbrook-dev%40lists.fernbrook.example?Subject=Re%3A%20%5BFernbrook-dev%5D%20Proposal&In-Reply-To=%3C87h6k2%40pell%3E">
   <META NAME="robots" CONTENT="index,nofollow">
   <style type="text/css">
       pre {
           white-space: pre-wrap;       /* css-2.1, curent FF, Opera, Safari */
           }
   </style>
   <META http-equiv="Content-Type" content="text/html; charset=utf-8">
   <LINK REL="Previous"  HREF="004211.html">
   <LINK REL="Next"  HREF="004213.html">
 </HEAD>
 <BODY BGCOLOR="#ffffff">
   <H1>${pTitle}</H1>
    <B>Mara Quint</B> 
    <A HREF="mailto:fernbrook-dev%40lists.fernbrook.example?Subject=Re%3A%20%5BFernbrook-dev%5D%20Proposal" TITLE="${pTitle}">mquint at fernbrook.example
       </A><BR>
    <I>Tue Mar  3 14:02:11 UTC 2026</I>
    ${pNav('')}
    <HR>  
<!--beginarticle-->
<PRE>${pAttr}
${quoted(pQuote)}

${pre(pBody)}

-- 
Mara Quint
Fernbrook maintainer, input and keyboard handling
</PRE>

<!--endarticle-->
    <HR>
    ${pNav('\n        <!--threads-->')}

<hr>
<a href="https://lists.fernbrook.example/mailman/listinfo/fernbrook-dev">More information about the Fernbrook-dev
mailing list</a><br>
</body></html>
`;
const pipermail: TestPage = {
  name: 'heldout280-pipermail-message-forum',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['Mara Quint', 'mquint at fernbrook.example', 'Tue Mar 3 14:02:11 UTC 2026'],
  furniture: [
    pAttr,
    quotedText(pQuote),
    pSig,
    'Previous message (by thread):',
    pPrev,
    'Next message (by thread):',
    pNext,
    'Messages sorted by:',
    '[ date ]',
    '[ thread ]',
    '[ subject ]',
    '[ author ]',
    'More information about the Fernbrook-dev mailing list',
  ],
};

const hTitle = 'Tile cache grows without bound on 2.4';
const hMsgs = [
  [
    j(
      'Since upgrading Quillmap from 2.3 to 2.4 on our field laptops, the offline tile cache keeps growing until the disk is',
      'full. On 2.3 it stayed at about four gigabytes, which is the limit we set in the preferences.',
    ),
    j(
      'This week one machine reached 61 GB after a single survey trip along the river valley. Deleting the cache folder by hand',
      'fixes it for a few days. Has anyone else seen this, and is there a setting that changed names in the new version?',
    ),
  ],
  [
    j(
      'Yes, we hit the same thing. The limit moved from the general preferences into the storage section in 2.4, and the',
      'migration does not carry the old value across, so the new setting starts at "unlimited".',
    ),
    j(
      'Open Preferences, then Storage, and set "Maximum offline cache" again. After a restart the cleaner runs and trims the',
      'folder back down, oldest tiles first. On our machines it took about ten minutes for a 40 GB cache.',
    ),
    j(
      'The tiles you have pinned for offline areas are never removed by the cleaner, so if a pinned area is larger than the',
      'limit, the folder will stay above it. Check the list under Offline Areas if the size does not come down.',
    ),
  ],
  [
    j(
      'Thanks, that was it. Setting the limit again brought the folder back to just under four gigabytes after the restart.',
      'I have also filed the migration problem on the tracker so the upgrade path keeps the value for other users.',
    ),
    j(
      'For anyone deploying to many machines: the new key in the profile file is storage.cache_max_mb, and you can set it',
      'there before the first launch. We pushed it to all twelve laptops with our usual configuration script.',
    ),
    j(
      'One thing to know if you do that: the value is in megabytes, not gigabytes as the old setting was, so our first',
      'attempt set a limit of four megabytes and the maps went blank as soon as we zoomed in. Writing 4096 fixed it.',
    ),
  ],
];
// the quote spans the end of one paragraph and the start of the next, so it is not part of any one body text
const hQuote = j(
  'On 2.3 it stayed at about four gigabytes, which is the limit we set in the preferences. This week one machine reached 61 GB',
  'after a single survey trip along the river valley.',
);
const hAuthors = [
  ['Tobias Rell', '2 posts', 'Tuesday, 3 March 2026', '2:02 p.m.'],
  ['Sunniva Akerlund', '118 posts', 'Tuesday, 3 March 2026', '4:47 p.m.'],
  ['Tobias Rell', '2 posts', 'Wednesday, 4 March 2026', '9:15 a.m.'],
];
const hMonths = ['March', 'February', 'January'];
const email = (i: number, inner: string, first: boolean): string => {
  const [name, rank, date, time] = hAuthors[i] ?? [];
  return `<div class="email${first ? ' email-first' : ''}"><div id="${i}QXK7" class="email-header">
<div class="gravatar-wrapper"><div class="gravatar circle"><img class="gravatar" src="https://secure.gravatar.example/avatar/${i}?s=120&d=mm" width="120"
height="120" alt=""></div>
<div class="email-author"><span class="name"><a href="/archives/users/${i + 40}/" title="See the profile for ${name}">${name}</a></span>
<br><span class="rank">${rank}</span></div></div>
<div class="email-date right"><span class="date d-none d-sm-inline">${date}</span><div class="time"><span title="Sender's time">${time}</span></div></div>
<div class="messagelink right"><a href="/archives/list/users@lists.quillmap.example/message/${i}QXK7/" title="Permalink for this message">
<i class="fa fa-link"></i></a></div></div>
<div class="email-body">${inner}</div>
<div class="email-info"><div class="likeform-wrapper right"><div class="ml-auto"><a class="youlike vote disabled" title="You must be logged-in to vote."
href="#like"><i class="fa fa-thumbs-o-up"></i> 0</a> <a class="youdislike vote disabled" title="You must be logged-in to vote." href="#dislike">
<i class="fa fa-thumbs-o-down"></i> 0</a></div></div>
<ul class="list-unstyled list-inline email-info-actions"><li><a class="reply reply-mailto" title="Sign in to reply online"
href="mailto:users@lists.quillmap.example"><i class="fa fa-reply"></i> Reply</a></li></ul></div></div>`;
};
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="ROBOTS" content="INDEX, FOLLOW">
<title>${hTitle} - Users - lists.quillmap.example</title>
<meta name="author" content="">
<link rel="alternate" type="application/rss+xml" title="Users" href="/archives/list/users@lists.quillmap.example/feed/">
<link rel="stylesheet" href="/static/CACHE/css/output.6b1a9e.css" type="text/css" media="all">
</head>
<body>
<nav class="navbar sticky-top navbar-light bg-light navbar-expand-md"><div class="container"><div class="navbar-header col-md">
<a class="navbar-brand" href="/archives/"><img alt="Mailman" src="/static/hyperkitty/img/logo.png" height="30"></a></div>
<div class="collapse navbar-collapse" id="header-nav"><ul class="nav navbar-nav mr-auto">
<li class="nav-item"><a class="nav-link" href="/mailman3/lists/">Postorius</a></li>
<li class="nav-item"><a class="nav-link" href="/archives/">HyperKitty</a></li></ul>
<ul class="nav navbar-nav"><li class="nav-item"><a class="nav-link" href="/accounts/login/">Sign In</a></li>
<li class="nav-item"><a class="nav-link" href="/accounts/signup/">Sign Up</a></li></ul>
<form name="search" method="get" action="/archives/search" class="navbar-form navbar-right my-2 my-lg-0" role="search">
<input name="mlist" type="hidden" value="users@lists.quillmap.example"><input name="q" type="text" class="form-control" placeholder="Search this list"
aria-label="Search this list"></form></div></div></nav>
<div class="modal fade" tabindex="-1" role="dialog" id="keyboard-shortcuts"><div class="modal-dialog"><div class="modal-content"><div class="modal-header">
<h4 class="modal-title">Keyboard Shortcuts</h4></div><div class="modal-body"><h3>Thread View</h3><ul><li><code>j</code>: Next unread message</li>
<li><code>k</code>: Previous unread message</li></ul></div></div></div></div>
<div class="container"><div class="row"><div class="d-none d-md-block col-sm-2"><div class="row"><div class="col-12 accordion" id="months-list">
<div class="card"><div class="card-header"><h3 class="card-title btn btn-link">2026</h3></div><div class="card-body"><ul class="list-unstyled">
${links(hMonths)}</ul></div></div></div></div><div class="d-none d-md-inline col-12 col-md-2"><div class="row d-flex justify-content-center flex-column">
<a href="/archives/list/users@lists.quillmap.example/" class="btn btn-outline-primary p-2 m-2">List overview</a>
<a href="/archives/list/users@lists.quillmap.example/export/users.mbox.gz" class="btn btn-outline-primary p-2 m-2">Download</a></div></div></div>
<div class="col-12 col-md-10"><div class="thread-header"><div class="row"><div class="col-tn-2"><a id="next-thread" class="btn btn-sm btn-secondary"
title="Newer" href="#"><i class="fa fa-angle-left"></i> Newer</a></div>
<div class="col-tn-8"><h3>${hTitle}</h3></div>
<div class="col-tn-2"><a id="prev-thread" class="btn btn-sm btn-secondary" title="Older" href="#">Older <i class="fa fa-angle-right"></i></a></div></div></div>
<div class="row"><div class="col-sm-12 col-md-9"><div id="thread-content">
${email(0, ps(hMsgs[0] ?? []), true)}
<div class="replies"><div class="even">${email(
  1,
  `<div class="quoted-switch"><a style="font-weight:normal" href="#">...</a></div>
<blockquote class="blockquote quoted-text"><p>${hQuote}</p></blockquote>${ps(hMsgs[1] ?? [])}`,
  false,
)}</div>
<div class="odd">${email(2, ps(hMsgs[2] ?? []), false)}</div></div></div></div>
<div class="col-sm-12 col-md-3"><section id="thread-overview-info"><p id="thread-date-info">First post: <span title="Tuesday, 3 March 2026">3 Mar
2:02 p.m.</span><br>Last activity: <span title="Wednesday, 4 March 2026">4 Mar 9:15 a.m.</span></p>
<p class="participant-count"><i class="fa fa-user"></i> 2 participants</p><p class="comment-count"><i class="fa fa-comment"></i> 2 comments</p>
<div id="tags"><h3>Tags (0)</h3></div><a href="/archives/list/users@lists.quillmap.example/thread/QXK7/export/thread.mbox.gz">Download thread</a>
<a href="/archives/list/users@lists.quillmap.example/" class="btn btn-secondary">Back to the list</a></section></div></div></div></div></div>
<footer class="footer"><div class="container"><p class="text-muted">Powered by <a href="http://hyperkitty.readthedocs.org">HyperKitty</a> version
1.3.9.</p></div></footer>
<script src="/static/CACHE/js/output.e3b0c4.js"></script>
<script>$(document).ready(function() { setup_emails_list(); setup_thread_keyboard_shortcuts(); });</script>
</body></html>`;
const hyperkitty: TestPage = {
  name: 'heldout280-hyperkitty-thread-forum',
  kind: 'forum',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts(hMsgs.flat()),
  bylines: hAuthors.flatMap(([n, , d, t]) => [n ?? '', d ?? '', t ?? '']).filter((s, i, a) => a.indexOf(s) === i),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Postorius', 'HyperKitty', 'Sign In', 'Sign Up', 'Keyboard Shortcuts', 'Thread View', 'Next unread message', 'Previous unread message', '2026',
    ...hMonths, 'List overview', 'Download', 'Newer', 'Older', '2 posts', '118 posts', plain(hQuote), 'Reply', 'First post:', '3 Mar 2:02 p.m.',
    'Last activity:', '4 Mar 9:15 a.m.', '2 participants', '2 comments', 'Tags (0)', 'Download thread', 'Back to the list',
    'Powered by HyperKitty version 1.3.9.',
  ],
};

export const HELDOUT280_A: readonly TestPage[] = [pipermail, hyperkitty];
