import { type TestPage, texts } from './page-kit.js';
import { loreMessage } from './pages-heldout229-d2.js';

/**
 * Held-out batch 229, file d: a lists.debian.org message page (MHonArc: the X-Subject-Header comments, the h1 subject, the
 * Date / Thread Prev-Next-Index bar, the header list with To / Subject / From / Date / Message-id, the text/plain body in a
 * <pre> with hard-wrapped lines, quoted lines and a "-- " signature, the "Reply to:" block, the Follow-Ups / References and
 * Prev / Next by date and thread lists, and the site footer) and, from file d2, a lore.kernel.org (LKML) message.
 */
const wrap = (p: string, q = ''): string =>
  p
    .split(' ')
    .reduce<string[]>((ls, w) => {
      const last = ls[ls.length - 1];
      if (last !== undefined && (last + w).length < 70) ls[ls.length - 1] = `${last} ${w}`;
      else ls.push(`${q}${w}`);
      return ls;
    }, [])
    .join('\n');
const dbTitle = 'Re: Proposal: drop the i386 live images for trixie point releases';
const dbP1 = ['Hi Anselm,'];
const dbQ1 = 'I would like to stop building the i386 live images from the next point release onwards.';
const dbP2 = [
  'I agree with the direction, but I think we should be careful about the timing. The point release announcement is the first ' +
    'place many people will learn about it, and a sudden removal in the middle of a stable cycle is a surprise we usually try to avoid.',
  'Looking at the download logs for the last three point releases, the i386 live images account for a little under 0.4% of live ' +
    'image downloads. That is small, but it is not zero, and the people using them are probably the people least able to move to ' +
    'something else: old netbooks in schools and community centres, mostly.',
  'Two suggestions:',
  '1. Announce the change in the next point release notes and in debian-live-announce, and actually stop building them in the ' +
    'point release after that. That gives people two months.',
  '2. Keep the netinst i386 images, which are much cheaper to build and test, so there is still a documented install path for ' +
    'those machines until the end of the release.',
  'If we do both, I am happy to help with the wording of the announcement and to update the live image wiki pages.',
];
const dbQ2 = 'Does anyone on the release team object?';
const dbP3 = ['Not from me, with the above. I have copied debian-release so they see it.', 'Cheers,', 'Rhiannon'];
const dbSig = ['Rhiannon Tegwen', 'Debian Developer · live-build team', 'GPG: 4A1F 9C20 77BE 3D51 0E8A  6F44 C2D9 71B0 55E3 19AC'];
const dbNav = ['Date Prev', 'Date Next', 'Thread Prev', 'Thread Next', 'Date Index', 'Thread Index'];
const dbPre = [
  ...dbP1.map((p) => wrap(p)),
  `On Mon, Nov 03, 2025 at 10:41:22AM +0100, Anselm Vogt wrote:\n${wrap(dbQ1, '> ')}`,
  ...dbP2.map((p) => wrap(p)),
  wrap(dbQ2, '> '),
  ...dbP3.map((p) => wrap(p)),
  `-- \n${dbSig.join('\n')}`,
].join('\n\n');
const dbHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><!-- MHonArc v2.6.19+ --><title>Re: Proposal: drop the i386 live images for trixie point releases</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><link rel="stylesheet" href="/debian.css" type="text/css">
<link rel="author" href="mailto:debian-devel%40lists.debian.org"><link rel="canonical" href="https://lists.debian.org/debian-devel/2025/11/msg00042.html">
<meta name="Author" content="Debian Listmaster"></head>
<body><div id="header"><div id="upperheader"><div id="logo"><a href="https://www.debian.org/" title="Debian Home"><img src="/openlogo-50.png"
alt="Debian" width="50" height="61"></a></div><p class="section"><a href="/">Lists</a></p></div></div>
<div id="content">
<!--X-Body-Begin--><!--X-User-Header--><!--X-User-Header-End--><!--X-TopPNI-->
<hr>${dbNav.map((n) => `[<a href="msg0004${n.length}.html">${n}</a>]`).join('')}
<!--X-TopPNI-End--><!--X-MsgBody--><!--X-Subject-Header-Begin--><h1>${dbTitle}</h1><hr><!--X-Subject-Header-End-->
<!--X-Head-of-Message--><ul><li><em>To</em>: <a href="mailto:debian-devel%40lists.debian.org">debian-devel@lists.debian.org</a></li>
<li><em>Cc</em>: <a href="mailto:debian-release%40lists.debian.org">debian-release@lists.debian.org</a></li>
<li><em>Subject</em>: ${dbTitle}</li><li><em>From</em>: Rhiannon Tegwen &lt;<a href="mailto:rhiannon%40debian.org">rhiannon@debian.org</a>&gt;</li>
<li><em>Date</em>: Mon, 3 Nov 2025 14:07:55 +0000</li>
<li><em>Message-id</em>: &lt;<a href="msg00042.html">aQi3bW9kZXJu@barn.tegwen.example</a>&gt;</li>
<li><em>In-reply-to</em>: &lt;<a href="msg00031.html">20251103094122.GA11820@larix.example</a>&gt;</li></ul>
<!--X-Head-of-Message-End--><!--X-Head-Body-Sep-Begin--><hr><!--X-Head-Body-Sep-End--><!--X-Body-of-Message-->
<pre>${dbPre}</pre>
<!--X-Body-of-Message-End--><!--X-MsgBody-End--><!--X-Follow-Ups--><hr><strong>Reply to:</strong><ul>
<li><a href="mailto:debian-devel@lists.debian.org?in-reply-to=aQi3bW9kZXJu">debian-devel@lists.debian.org</a></li>
<li><a href="mailto:rhiannon@debian.org?in-reply-to=aQi3bW9kZXJu">Rhiannon Tegwen (on-list)</a></li>
<li><a href="mailto:rhiannon@debian.org?in-reply-to=aQi3bW9kZXJu">Rhiannon Tegwen (off-list)</a></li></ul><hr>
<ul><li><strong>Follow-Ups</strong>:<ul><li><strong><a href="msg00047.html">Re: Proposal: drop the i386 live images for trixie point
releases</a></strong><ul><li><em>From:</em> Anselm Vogt &lt;anselm@debian.org&gt;</li></ul></li></ul></li></ul>
<ul><li><strong>References</strong>:<ul><li><strong><a href="msg00031.html">Proposal: drop the i386 live images for trixie point releases</a></strong>
<ul><li><em>From:</em> Anselm Vogt &lt;anselm@debian.org&gt;</li></ul></li></ul></li></ul>
<!--X-Follow-Ups-End--><!--X-References--><!--X-References-End--><!--X-BotPNI--><ul>
<li>Prev by Date: <strong><a href="msg00041.html">Bug#1117702: ITP: python-tidewater -- tide table calculations for Python</a></strong></li>
<li>Next by Date: <strong><a href="msg00043.html">Re: Reviving the debian-women mentoring rota</a></strong></li>
<li>Previous by thread: <strong><a href="msg00031.html">Proposal: drop the i386 live images for trixie point releases</a></strong></li>
<li>Next by thread: <strong><a href="msg00047.html">Re: Proposal: drop the i386 live images for trixie point releases</a></strong></li>
<li>Index(es):<ul><li><a href="maillist.html#00042"><strong>Date</strong></a></li><li><a href="threads.html#00042"><strong>Thread</strong></a></li></ul></li>
</ul><!--X-BotPNI-End--><!--X-User-Footer--><!--X-User-Footer-End--></div>
<div id="footer"><hr class="hidecss"><p>Debian mailing lists are hosted by <a href="https://www.debian.org/">Debian</a>.
<a href="/privacy">Privacy policy</a> · <a href="https://www.debian.org/contact">Contact</a></p></div></body></html>`;
const debian: TestPage = {
  html: dbHtml,
  name: 'heldout229-lists-debian-message-forum',
  kind: 'forum',
  // one message; its hard-wrapped paragraphs (in the <pre>) are body, the quoted "> " lines and the attribution line are in
  // neither list; the typed greeting and sign-off are body; the signature after "-- " is furniture
  title: dbTitle,
  headings: [],
  body: texts([...dbP1, ...dbP2, ...dbP3]),
  bylines: ['Rhiannon Tegwen <rhiannon@debian.org>', 'Mon, 3 Nov 2025 14:07:55 +0000', 'Anselm Vogt <anselm@debian.org>'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lists', ...dbNav, 'To', 'debian-devel@lists.debian.org', 'Cc', 'debian-release@lists.debian.org', 'Subject', 'From', 'Date',
    'Message-id', 'In-reply-to', ...dbSig.slice(1), 'Reply to:', 'Rhiannon Tegwen (on-list)', 'Rhiannon Tegwen (off-list)', 'Follow-Ups',
    'References', 'Prev by Date:', 'Bug#1117702: ITP: python-tidewater -- tide table calculations for Python', 'Next by Date:',
    'Re: Reviving the debian-women mentoring rota', 'Previous by thread:', 'Next by thread:', 'Index(es):', 'Thread',
    'Debian mailing lists are hosted by Debian.', 'Privacy policy', 'Contact',
  ],
};

export const HELDOUT229_D: readonly TestPage[] = [debian, loreMessage];
