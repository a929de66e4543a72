import type { TestPage } from './page-kit.js';
import { ponyMailThread } from './pages-heldout50-a2.js';

/**
 * Held-out batch 50, file a: one message of a Debian mailing list archive as MHonArc writes it on lists.debian.org (the
 * MHonArc comment markers, the "[Date Prev][Date Next]" bar, the subject h1, the header list with To, Subject, From, Date,
 * Message-id, In-reply-to and References, the text/plain body in a <pre> with a quoted part, two command lines and a
 * signature, the PGP signature attachment, the "Reply to:" box, the follow-ups and references lists and the bottom
 * "Prev by Date" navigation).
 */
const dlSubject = 'Re: Proposal: remove packages without a maintainer upload in ten years from testing';
const dlGreeting = 'Hi Marek,';
const dlAttribution = 'On Tue, Feb 11, 2025 at 09:14:52PM +0100, Marek Lindqvist wrote:';
const dlQuote = [
  '&gt; I would like to propose that packages which have not seen a maintainer',
  '&gt; upload in ten years are removed from testing automatically, unless',
  '&gt; someone files a bug asking to keep them within a month of a warning.',
  '&gt; ',
  '&gt; Thoughts?',
];
// paragraphs of the message as the writer wrapped them at 72 columns (one string a line, joined with newlines)
const dlParas = [
  [
    'I am sympathetic to the goal, but I think ten years without an upload is',
    'a poor proxy for "abandoned". Some of the packages that would match your',
    'query are small, finished tools that simply have not needed a change.',
    'They build, their tests pass, and nobody has filed a bug against them in',
    'years. Removing them would punish exactly the software we should be',
    'proud of.',
  ],
  [
    'I ran your query against the archive this morning, restricted to source',
    'packages in testing, and got 412 hits. Of those, 131 have binary-only',
    'uploads or NMUs in the last three years, which suggests somebody is',
    'still looking after them, just not the person in the Maintainer field.',
    'Another 58 are reverse dependencies of something in the standard task,',
    'so removing them would cascade in ways nobody wants during a freeze.',
  ],
  ['For reference, this is roughly what I used:'],
  [
    'A better signal, in my view, is a combination of three things: no',
    'maintainer upload in five years, at least one release-critical bug open',
    'for more than six months, and a failing autopkgtest or a failure to',
    'build from source on amd64. That gives 37 packages, and I would happily',
    'see most of them go.',
  ],
  [
    'I would also ask that any automatic removal sends its warning to the',
    'package tracker and to debian-qa, not only to the maintainer address. A',
    'lot of the maintainer addresses on old packages bounce, and the whole',
    'point of the warning is that a human gets a chance to object.',
  ],
  [
    'Finally, whatever rule we settle on, please do not start it during the',
    'freeze. The release team already has enough removals to review in the',
    'last months of a cycle, and an automatic process that adds a few hundred',
    'more would land on the same three people. Starting it right after the',
    'release gives maintainers a whole cycle to notice and to react.',
  ],
  ['If you want, I can turn the query into a small script for the QA team', 'and post the list of 37 here so people can check it before anything is', 'filed.'],
];
const dlCode = ['  $ udd-query --suite testing --no-maintainer-upload-since 2015-02-11 \\', '      --exclude-nmu --format=source &gt; stale.txt'];
const dlSignOff = ['Cheers,', 'Sigrid'];
const dlSig = ['-- ', 'Sigrid Aalto           | Debian Developer', 'GPG: 4F2A 91C3 0E7B 55D8 A0C6  2B14 9E3D 7F01 C8A2 6B90'];
const dlPre = [
  dlGreeting,
  '',
  dlAttribution,
  ...dlQuote,
  '',
  ...dlParas[0]!,
  '',
  ...dlParas[1]!,
  '',
  ...dlParas[2]!,
  '',
  ...dlCode,
  '',
  ...dlParas.slice(3).flatMap((p) => [...p, '']),
  ...dlSignOff,
  '',
  ...dlSig,
].join('\n');
const dlPrevDate = 'Re: Bug#1094417: ITP: libgrove-perl -- parse and query tree-structured log files';
const dlNextDate = 'Call for help: reproducible builds status for the forky cycle';
const dlNextThread = dlSubject;
const dlFollow = [
  [dlSubject, 'Marek Lindqvist &lt;marek.l@posteo.example&gt;'],
  [dlSubject, 'Paul Oyelaran &lt;poyelaran@debian.org&gt;'],
];
const dlHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>${dlSubject}</title>
<link rev="made" href="mailto:saalto@debian.org">
<link rel="stylesheet" href="/archive-style.css" type="text/css">
</head>
<body>
<!--X-Body-Begin-->
<!--X-User-Header-->
<!--X-User-Header-End-->
<!--X-TopPNI-->
<hr>
[<a href="msg00201.html">Date Prev</a>][<a href="msg00203.html">Date Next</a>][<a href="msg00198.html">Thread Prev</a>]\
[<a href="msg00207.html">Thread Next</a>][<a href="maillist.html#00202">Date Index</a>][<a href="threads.html#00202">Thread Index</a>]
<!--X-TopPNI-End-->
<!--X-MsgBody-->
<!--X-Subject-Header-Begin-->
<h1>${dlSubject}</h1>
<hr>
<!--X-Subject-Header-End-->
<!--X-Head-of-Message-->
<ul>
<li><em>To</em>: <a href="mailto:debian-devel%40lists.debian.org">debian-devel@lists.debian.org</a></li>
<li><em>Subject</em>: ${dlSubject}</li>
<li><em>From</em>: Sigrid Aalto &lt;<a href="mailto:saalto%40debian.org">saalto@debian.org</a>&gt;</li>
<li><em>Date</em>: Wed, 12 Feb 2025 10:37:05 +0100</li>
<li><em>Message-id</em>: &lt;<a href="/msgid-search/Z6xr0YbQw3Lk%40hollin.aalto.example">Z6xr0YbQw3Lk@hollin.aalto.example</a>&gt;</li>
<li><em>Mail-followup-to</em>: <a href="mailto:debian-devel%40lists.debian.org">debian-devel@lists.debian.org</a></li>
<li><em>In-reply-to</em>: &lt;<a href="/msgid-search/87o6z2wq1v.fsf%40lindqvist.example">87o6z2wq1v.fsf@lindqvist.example</a>&gt;</li>
<li><em>References</em>: &lt;<a href="/msgid-search/87o6z2wq1v.fsf%40lindqvist.example">87o6z2wq1v.fsf@lindqvist.example</a>&gt;</li>
</ul>
<!--X-Head-of-Message-End-->
<!--X-Head-Body-Sep-Begin-->
<hr>
<!--X-Head-Body-Sep-End-->
<!--X-Body-of-Message-->
<pre style="margin: 0em;">${dlPre}
</pre><p><strong>Attachment:
<a href="pgpP3kX2mLsQ1.pgp" ><tt>signature.asc</tt></a></strong><br>
<em>Description:</em> PGP signature</p>
<!--X-Body-of-Message-End-->
<!--X-MsgBody-End-->
<!--X-Follow-Ups-->
<hr />
<div class="replyto">
<h3>Reply to:</h3>
<ul>
<li><a href="mailto:debian-devel@lists.debian.org?in-reply-to=&lt;Z6xr0YbQw3Lk@hollin.aalto.example&gt;&amp;subject=${encodeURIComponent(dlSubject)}">\
debian-devel@lists.debian.org</a></li>
<li><a href="mailto:saalto@debian.org?in-reply-to=&lt;Z6xr0YbQw3Lk@hollin.aalto.example&gt;&amp;cc=debian-devel@lists.debian.org">\
Sigrid Aalto (on-list)</a></li>
<li><a href="mailto:saalto@debian.org?in-reply-to=&lt;Z6xr0YbQw3Lk@hollin.aalto.example&gt;">Sigrid Aalto (off-list)</a></li>
</ul>
</div>
<hr />
<ul><li><strong>Follow-Ups</strong>:
<ul>
${dlFollow
  .map(
    ([s, f], i) => `<li><strong><a name="${['00207', '00215'][i]}" href="msg${['00207', '00215'][i]}.html">${s}</a></strong>
<ul><li><em>From:</em> ${f}</li></ul></li>`,
  )
  .join('\n')}
</ul></li></ul>
<!--X-Follow-Ups-End-->
<!--X-References-->
<ul><li><strong>References</strong>:
<ul>
<li><strong><a name="00198" href="msg00198.html">Proposal: remove packages without a maintainer upload in ten years from testing</a></strong>
<ul><li><em>From:</em> Marek Lindqvist &lt;marek.l@posteo.example&gt;</li></ul></li>
</ul></li></ul>
<!--X-References-End-->
<!--X-BotPNI-->
<ul>
<li>Prev by Date:
<strong><a href="msg00201.html">${dlPrevDate}</a></strong>
</li>
<li>Next by Date:
<strong><a href="msg00203.html">${dlNextDate}</a></strong>
</li>
<li>Previous by thread:
<strong><a href="msg00198.html">Proposal: remove packages without a maintainer upload in ten years from testing</a></strong>
</li>
<li>Next by thread:
<strong><a href="msg00207.html">${dlNextThread}</a></strong>
</li>
<li>Index(es):
<ul>
<li><a href="maillist.html#00202"><strong>Date</strong></a></li>
<li><a href="threads.html#00202"><strong>Thread</strong></a></li>
</ul>
</li>
</ul>

<!--X-BotPNI-End-->
<!--X-User-Footer-->
<!--X-User-Footer-End-->
</body>
</html>
`;
const debianList: TestPage = {
  html: dlHtml,
  name: 'heldout50-mhonarc-debian-list',
  kind: 'forum',
  // one message of a thread: its own text is body (greeting and paragraphs); the subject h1 is the title; the quoted earlier
  // post ("> ...") and its "On ... wrote:" line are in neither, as quoted posts are; the two command lines are a code block
  // (neither); the sign-off "Cheers, Sigrid" is in neither (the poster's name as a closing, not a byline line nor text); the
  // From header (name and address) and the Date header are the bylines; the "-- " signature with the GPG fingerprint is
  // furniture; header labels and the other headers (To, Message-id, In-reply-to, References, Mail-followup-to), the PGP
  // attachment, "Reply to:", the Date/Thread navigation and the follow-up and reference lists are furniture; the follow-ups'
  // and "Next by thread" subjects are the title word for word and the first message's subject is the title without "Re:"
  // (all left out: they would be found inside the title); the header labels "To", "Subject", "From", "Date" and the index
  // links "Date" and "Thread" are left out (short words of the body or of other furniture)
  title: dlSubject,
  headings: [],
  body: [dlGreeting, ...dlParas.map((p) => p.join(' '))],
  bylines: ['Sigrid Aalto <saalto@debian.org>', 'Wed, 12 Feb 2025 10:37:05 +0100'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Date Prev', 'Date Next', 'Thread Prev', 'Thread Next', 'Date Index', 'Thread Index', 'debian-devel@lists.debian.org', 'Message-id',
    'Z6xr0YbQw3Lk@hollin.aalto.example', 'Mail-followup-to', 'In-reply-to', '87o6z2wq1v.fsf@lindqvist.example', 'References',
    'Sigrid Aalto | Debian Developer', 'GPG: 4F2A 91C3 0E7B 55D8 A0C6 2B14 9E3D 7F01 C8A2 6B90', 'Attachment:', 'signature.asc', 'Description:',
    'PGP signature', 'Reply to:', 'Sigrid Aalto (on-list)', 'Sigrid Aalto (off-list)', 'Follow-Ups', 'Marek Lindqvist <marek.l@posteo.example>',
    'Paul Oyelaran <poyelaran@debian.org>', 'Prev by Date:',
    dlPrevDate, 'Next by Date:', dlNextDate, 'Previous by thread:', 'Next by thread:', 'Index(es):',
  ],
};

export const HELDOUT50_A: readonly TestPage[] = [debianList, ponyMailThread];
