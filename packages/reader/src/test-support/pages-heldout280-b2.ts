import type { TestPage } from './page-kit.js';
import { j, pre, quoted, quotedText } from './pages-heldout280-kit.js';

/**
 * Held-out batch 280, file b2: a public-inbox message page in the style of a kernel list archive (search form and links on
 * top, the message headers and an interleaved reply in `<pre id=b>`, the next / prev / reply line, the reply instructions
 * with the git send-email command, and the thread overview tree).
 */
const iSubject = 'Re: [RFC PATCH 0/2] kestrel: defer inode writeback under memory pressure';
const iQuotes = [
  j(
    'The idea is simple: when the allocator reports pressure, we stop starting new inode writeback for up to two seconds and',
    'let the data writeback drain first.',
  ),
  'On my test box this cut the 99th percentile fsync latency from 410 ms to 95 ms under the mixed workload.',
  'I have not tested on rotating disks yet.',
];
const iReplies = [
  [
    j(
      'I like the direction, but two seconds is a long time to hold back metadata on a journalled filesystem. If a transaction',
      'commit lands inside that window, the journal can fill with dirty inode blocks that we are refusing to write, and then',
      'the commit thread has to force them out anyway, at the worst possible moment.',
    ),
    j(
      'Could the deferral be bounded by the journal instead of by the clock? Something like: defer while the journal is less',
      'than half full, and stop deferring as soon as it crosses that line. That keeps the benefit for the common case and',
      'removes the cliff.',
    ),
  ],
  [
    j(
      'That is a good result, but the mixed workload in the cover letter is mostly small random writes. I ran the series on',
      'a machine with a large sequential writer and a database doing fsync every few milliseconds, and the picture was',
      'different:',
    ),
    j(
      'baseline: p99 fsync 180 ms, throughput 1.9 GB/s; with the series: p99 fsync 140 ms, throughput 1.4 GB/s. So we win on',
      'latency but lose a quarter of the streaming throughput, because the sequential writer stalls behind the deferred inodes',
      'when the deferral window ends.',
    ),
  ],
  [
    j(
      'I can run it on the old array in the lab this week. It has twelve spinning disks behind a controller with a write cache,',
      'which is exactly the kind of setup where I would expect the deferral to interact badly with the cache flushes.',
    ),
    j(
      'If you can send a v2 with the journal-based bound, I will test both versions side by side and post the numbers here.',
      'Please also add a tracepoint when deferral starts and stops; without it, it is very hard to tell from the outside',
      'whether the behaviour we measure is caused by the patch.',
    ),
    j(
      'One more small thing: the second patch adds a sysctl without documenting it. Even for an RFC, a line in the admin',
      'guide helps reviewers see what the knob is supposed to mean.',
    ),
  ],
];
const iAttr = 'On Mon, Mar 02, 2026 at 10:41:07AM +0100, Lis Damgaard wrote:';
const iSig = '-- Oren';
const iFrom = 'From: Oren Halvik <oren@halvik.example>';
const iDate = 'Date: Tue, 3 Mar 2026 14:02:11 +0100';
const iTree = [
  '2026-03-02 9:41 [RFC PATCH 0/2] kestrel: defer inode writeback under memory pressure Lis Damgaard',
  '2026-03-02 9:41 ` [RFC PATCH 1/2] kestrel: add a pressure hook to the inode writeback path Lis Damgaard',
  '2026-03-02 9:41 ` [RFC PATCH 2/2] kestrel: defer inode writeback while the allocator reports pressure Lis Damgaard',
  '2026-03-03 13:02 ` Oren Halvik [this message]',
  '2026-03-03 16:30 ` Lis Damgaard',
];
const treeHtml = [
  '2026-03-02  9:41 <a href="../20260302094107.1121-1-lis@damgaard.example/">[RFC PATCH 0/2] kestrel: defer inode writeback under memory pressure</a>',
  'Lis Damgaard',
  '2026-03-02  9:41 ` <a href="../20260302094107.1121-2-lis@damgaard.example/">[RFC PATCH 1/2] kestrel: add a pressure hook to the inode writeback',
  'path</a> Lis Damgaard',
  '2026-03-02  9:41 ` <a href="../20260302094107.1121-3-lis@damgaard.example/">[RFC PATCH 2/2] kestrel: defer inode writeback while the allocator',
  'reports pressure</a> Lis Damgaard',
  '2026-03-03 13:02   ` <b>Oren Halvik [this message]</b>',
  '2026-03-03 16:30     ` <a href="../20260303163012.GB77@damgaard.example/">Lis Damgaard</a>',
].join('\n');
const iHtml = `<html><head><title>${iSubject} - Oren Halvik</title><link
rel=alternate
title="Atom feed"
href="../new.atom"
type="application/atom+xml"/><style>pre{white-space:pre-wrap}*{font-size:100% !important;font-family:monospace}</style><meta
name=viewport
content="width=device-width, initial-scale=1"/></head><body><form
action="../"><pre><a
href="../?t=20260303130211">kestrel-devel.lists.kestrel.example archive mirror</a>
<input
name=q
type=text
value=""/><input
type=submit
value=search /> <a
href="../_/text/help/">help</a> / <a
href="../_/text/color/">color</a> / <a
id=mirror
href="../_/text/mirror/">mirror</a> / <a
href="../new.atom">Atom feed</a></pre></form><pre
id=b>From: Oren Halvik &lt;oren@halvik.example&gt;
To: Lis Damgaard &lt;lis@damgaard.example&gt;
Cc: kestrel-devel@lists.kestrel.example, Piet Arnesen &lt;piet@arnesen.example&gt;
Subject: <a
href="#r">${iSubject}</a>
Date: Tue, 3 Mar 2026 14:02:11 +0100	[<a
href="#r">thread overview</a>]
Message-ID: &lt;<a
href="https://lore.kestrel.example/kestrel-devel/20260303130211.GA4412@halvik.example/">20260303130211.GA4412@halvik.example</a>&gt; (<a
href="raw">raw</a>)
In-Reply-To: &lt;<a
href="../20260302094107.1121-1-lis@damgaard.example/">20260302094107.1121-1-lis@damgaard.example</a>&gt;

${iAttr}
${quoted(iQuotes[0] ?? '')}

${pre(iReplies[0] ?? [])}

${quoted(iQuotes[1] ?? '')}

${pre(iReplies[1] ?? [])}

${quoted(iQuotes[2] ?? '')}

${pre(iReplies[2] ?? [])}

-- 
Oren
</pre><hr><pre
id=r><b>next</b> <a
href="../20260303163012.GB77@damgaard.example/">prev</a> <a
href="../20260302094107.1121-1-lis@damgaard.example/">parent</a> <a
href="#R">reply</a> other threads:[<a
href="../?t=20260303130211">~2026-03-03 13:02 UTC|newest</a>]

<a
id=R>Reply</a> instructions:

You may reply publicly to <a
href=#t>this message</a> via plain-text email
using any one of the following methods:

* Save the following mbox file, import it into your mail client,
  and reply-to-all from there: <a
href=raw>mbox</a>

  Avoid top-posting and favor interleaved quoting:
  <a
href="https://en.wikipedia.example/wiki/Posting_style#Interleaved_style">https://en.wikipedia.example/wiki/Posting_style#Interleaved_style</a>

* Reply using the <b>--to</b>, <b>--cc</b>, and <b>--in-reply-to</b>
  switches of git-send-email(1):

  git send-email \\
    --in-reply-to=20260303130211.GA4412@halvik.example \\
    --to=oren@halvik.example \\
    --cc=kestrel-devel@lists.kestrel.example \\
    /path/to/YOUR_REPLY

* If your mail client supports setting the <b>In-Reply-To</b> header
  via mailto: links, try the <a
href="mailto:oren@halvik.example?In-Reply-To=%3C20260303130211.GA4412@halvik.example%3E">mailto: link</a>
</pre><hr><pre
id=t>Be sure your reply has a <b>Subject:</b> header at the top and a blank line before the message body.
</pre><hr><pre>Thread overview: 5+ messages / expand[<a
href="T/#u">flat</a>|<a
href="t/#u">nested</a>]  <a
href="t.mbox.gz">mbox.gz</a>  <a
href="t.atom">Atom feed</a>  <a
href="#r">top</a>
${treeHtml}
</pre><hr><pre>This is a public inbox, see <a
href="../_/text/mirror/">mirroring instructions</a>
for how to clone and mirror all data and code used for this inbox</pre></body></html>`;
export const publicInbox: TestPage = {
  name: 'heldout280-public-inbox-message-forum',
  kind: 'forum',
  html: iHtml,
  title: iSubject,
  headings: [],
  body: [...iReplies.flat()],
  bylines: [iFrom, iDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'kestrel-devel.lists.kestrel.example archive mirror', 'help / color / mirror / Atom feed',
    'To: Lis Damgaard <lis@damgaard.example>', 'Cc: kestrel-devel@lists.kestrel.example, Piet Arnesen <piet@arnesen.example>',
    '[thread overview]', 'Message-ID: <20260303130211.GA4412@halvik.example> (raw)',
    'In-Reply-To: <20260302094107.1121-1-lis@damgaard.example>', iAttr, ...iQuotes.map(quotedText), iSig,
    'next prev parent reply other threads:[~2026-03-03 13:02 UTC|newest]', 'Reply instructions:',
    'You may reply publicly to this message via plain-text email using any one of the following methods:',
    'Avoid top-posting and favor interleaved quoting:', 'switches of git-send-email(1):',
    'If your mail client supports setting the In-Reply-To header via mailto: links, try the mailto: link',
    'Be sure your reply has a Subject: header at the top and a blank line before the message body.',
    'Thread overview: 5+ messages / expand[flat|nested] mbox.gz Atom feed top', ...iTree,
    'This is a public inbox, see mirroring instructions for how to clone and mirror all data and code used for this inbox',
  ],
};
