import { type TestPage, texts } from './page-kit.js';
import { marcMessage, wrapText } from './pages-heldout44-f2.js';

/**
 * Held-out batch 44, file f: a message page on lore.kernel.org (public-inbox), a review reply in a docs RFC thread: the
 * search form with help/color/mirror/Atom links, the message in a pre with its From/To/Cc/Subject/Date/Message-ID/In-Reply-To
 * header, the attribution line and interleaved quotes in "q" spans, an Acked-by tag and the sign-off, then the next/prev/
 * reply links, the thread overview with dates, subjects and names ("[this message]"), the reply instructions with the
 * git-send-email example, and the "This is a public inbox" footer.
 */
const lkTitle = 'Re: [RFC PATCH 0/3] docs: process: add guidance for replying to bisection reports';
const lkAttribution = 'On Mon, Mar 10, 2025 at 01:03:12PM +0100, Lena Hofmann wrote:';
const lkQ1 =
  'This series adds a short section to the process documentation describing what a developer should do when an automated ' +
  'bisection report names one of their commits.';
const lkR1 = [
  'Thanks for picking this up, it is long overdue. Every few weeks somebody new asks on the list whether they are expected to ' +
    'reply to these reports at all, and the answers they get depend on who happens to be awake.',
];
const lkQ2 = 'The proposed text says a developer should acknowledge the report within a week, even if only to say it is being looked at.';
const lkR2 = [
  'I like the principle, but a fixed week will read as a rule, and people will then argue about whether a report that arrived ' +
    'during the merge window counts. I would rather say "as soon as you reasonably can" and explain why an early reply helps: the ' +
    'bot owners can stop re-testing, and other developers know not to bisect the same failure again.',
];
const lkQ3 = 'Patch 3 documents the Reported-by and Closes tags for fixes that resolve a bot report.';
const lkR3 = [
  "Patch 3 is fine as it is. One small thing: please mention that the Closes tag should point to the report on lore, not to the bot's " +
    'own dashboard, because the dashboards tend to expire after a few months while the archive stays.',
  'More generally, I think the new section should also say what to do when the bisection is wrong. It happens more often than ' +
    'people admit, usually with flaky tests or with boots that fail for reasons unrelated to the commit. A short reply saying "I do ' +
    'not think this is my commit, and here is why" is far more useful than silence, and it is fine to ask the bot owners to re-run ' +
    'the test.',
  'I would also move the new text out of submitting-patches and into a file of its own under process/. It is advice for the time ' +
    'after a patch has been merged, and people looking for it will not think of the submission guide.',
  'With the wording about the week softened, feel free to add this to the whole series:',
];
const lkAcked = 'Acked-by: Marek Vrána <marek.vrana@example.cz>';
const lkFrom = 'Marek Vrána <marek.vrana@example.cz>';
const lkTo = 'To: Lena Hofmann <lena.hofmann@example.de>';
const lkCc = 'Cc: linux-doc@vger.kernel.org, workflows@vger.kernel.org, Tomasz Wierzba <tomasz.wierzba@example.pl>';
const lkMsgId = 'Z9FqQk3xLr2m0c1d@example.cz';
const lkRoot = '20250310120312.4418-1-lena.hofmann@example.de';
const lkThread: [string, string, string, string][] = [
  ['2025-03-10 12:03', '', '[RFC PATCH 0/3] docs: process: add guidance for replying to bisection reports', 'Lena Hofmann'],
  ['2025-03-10 12:03', '` ', '[RFC PATCH 1/3] docs: process: add a section on bisection reports', 'Lena Hofmann'],
  ['2025-03-10 12:03', '` ', '[RFC PATCH 2/3] docs: process: explain how to ask for a re-test', 'Lena Hofmann'],
  ['2025-03-10 12:03', '` ', '[RFC PATCH 3/3] docs: submitting-patches: document Reported-by and Closes for bot reports', 'Lena Hofmann'],
  ['2025-03-11 16:52', '` ', '', 'Tomasz Wierzba'],
  ['2025-03-12  9:41', '` ', '', 'Marek Vrána'],
  ['2025-03-12 14:20', '  ` ', '', 'Lena Hofmann'],
];
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const q = (s: string): string => `<span class="q">${esc(wrapText(s, 72, '> '))}\n</span>`;
const paras = (ps: readonly string[]): string => ps.map((p) => esc(wrapText(p))).join('\n\n');
const threadLine = ([when, mark, subject, who]: [string, string, string, string]): string => {
  const self = who === 'Marek Vrána';
  const href = self ? `../${lkMsgId}/` : `../${lkRoot.replace('-1-', `-${when.slice(-2)}-`)}/`;
  const link = `<a href="${href}">${subject === '' ? who : subject}</a>${subject === '' ? '' : ` ${who}`}`;
  return `${when} ${mark}${self ? `<b>${who}</b> [this message]` : link}`;
};

const lkHtml = `<html><head><title>${esc(lkTitle)} - Marek Vrána</title><link
rel=alternate
title="Atom feed"
href="../new.atom"
type="application/atom+xml"/><style>pre{white-space:pre-wrap}*{font-size:100%;font-family:monospace}</style></head><body><form
action="../"><pre><a
href="../?t=20250312094122">linux-doc.vger.kernel.org archive mirror</a>
<input
name=q
type=text
value="" /><input
type=submit
value=search /> <a
href="../_/text/help/">help</a> / <a
href="../_/text/color/">color</a> / <a
id=mirror
href="../_/text/mirror/">mirror</a> / <a
href="../new.atom">Atom feed</a></pre></form><pre
id=b>From: ${esc(lkFrom)}
${esc(lkTo)}
${esc(lkCc)}
Subject: <a
href="#r"
id=t>${esc(lkTitle)}</a>
Date: Wed, 12 Mar 2025 10:41:22 +0100	[<a
href="#r">thread overview</a>]
Message-ID: &lt;<a
href="../${lkMsgId}/">${lkMsgId}</a>&gt; (<a
href="raw">raw</a>)
In-Reply-To: &lt;<a
href="../${lkRoot}/">${lkRoot}</a>&gt;

${esc(lkAttribution)}
${q(lkQ1)}
${paras(lkR1)}

${q(lkQ2)}
${paras(lkR2)}

${q(lkQ3)}
${paras(lkR3)}

${esc(lkAcked)}

Thanks,
Marek
</pre><hr><pre>next <a
href="../20250312142011.GB90@example.de/"
rel=next>reply</a> other threads:[<a
href="../?t=20250312094122">~2025-03-12  9:41 UTC</a>|<a
href="../">newest</a>]

<a
id=r
href="../${lkRoot}/T/#u"><b>Thread overview:</b></a> 7+ messages / expand[<a
href="../${lkRoot}/T/#u">flat</a>|<a
href="../${lkRoot}/t/#u">nested</a>]  <a
href="../${lkRoot}/t.mbox.gz">mbox.gz</a>  <a
href="../${lkRoot}/t.atom">Atom feed</a>  <a
href="#b">top</a>
${lkThread.map(threadLine).join('\n')}
</pre><hr><pre
id=R><b>Reply instructions:</b>

You may reply publicly to <a
href=#t>this message</a> via plain-text email
using any one of the following methods:

* Save the following mbox file, import it into your mail client,
  and reply-to-all from there: <a
href=raw>mbox</a>

  Avoid top-posting and favor interleaved quoting:
  <a
href="https://en.wikipedia.org/wiki/Posting_style#Interleaved_style">https://en.wikipedia.org/wiki/Posting_style#Interleaved_style</a>

* Reply using the <b>--to</b>, <b>--cc</b>, and <b>--in-reply-to</b>
  switches of git-send-email(1):

  git send-email \\
    --in-reply-to=${lkMsgId} \\
    --to=marek.vrana@example.cz \\
    --cc=lena.hofmann@example.de \\
    --cc=linux-doc@vger.kernel.org \\
    /path/to/YOUR_REPLY

  <a
href="https://kernel.org/pub/software/scm/git/docs/git-send-email.html">https://kernel.org/pub/software/scm/git/docs/git-send-email.html</a>

* If your mail client supports setting the <b>In-Reply-To</b> header
  via mailto: links, try the <a
href="mailto:marek.vrana@example.cz?In-Reply-To=%3C${lkMsgId}%3E&amp;Cc=lena.hofmann%40example.de&amp;Subject=Re%3A%20%5BRFC%20PATCH%200%2F3%5D"
>mailto: link</a>
</pre><hr><pre>This is a public inbox, see <a
href="../_/text/mirror/">mirroring instructions</a>
for how to clone and mirror all data and code used for this inbox;
as well as URLs for NNTP newsgroup(s).</pre></body></html>`;

export const loreMessage: TestPage = {
  html: lkHtml,
  name: 'heldout44-lore-kernel-message',
  kind: 'forum',
  // the message is the post: the writer's own paragraphs are body (hard-wrapped in the pre, gold as paragraphs); the quoted
  // lines ("> ...") are in neither list and their "On ... wrote:" attribution is an author line (byline); the "From:" value,
  // the date, the Acked-by tag (an author line under the text) and the sign-off name are bylines, "Thanks," in neither; the
  // To/Cc header lines, Message-ID, In-Reply-To, the search form links, next/reply links, the thread overview (its subjects
  // furniture, its names and dates bylines, "[this message]" furniture; the cover letter's subject is the title without "Re:",
  // so it is left out), the reply instructions and the public inbox footer are furniture; the git-send-email example is code:
  // in neither list; the thread overview's "Lena Hofmann" and "Tomasz Wierzba" are names of posts in the thread: bylines
  title: lkTitle,
  headings: [],
  body: texts([...lkR1, ...lkR2, ...lkR3]),
  bylines: [
    lkFrom,
    'Wed, 12 Mar 2025 10:41:22 +0100',
    lkAttribution,
    lkAcked,
    'Marek',
    'Lena Hofmann',
    'Tomasz Wierzba',
    '2025-03-10 12:03',
    '2025-03-11 16:52',
    '2025-03-12 9:41',
    '2025-03-12 14:20',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'linux-doc.vger.kernel.org archive mirror', 'help', 'color', 'mirror', 'Atom feed', lkTo, lkCc, 'thread overview', `Message-ID: <${lkMsgId}>`, 'raw',
    `In-Reply-To: <${lkRoot}>`, 'next', 'other threads:', 'newest', 'Thread overview:', '7+ messages / expand', 'flat', 'nested', 'mbox.gz', 'top',
    ...lkThread.slice(1, 4).map((t) => t[2]), '[this message]', 'Reply instructions:',
    'You may reply publicly to this message via plain-text email using any one of the following methods:',
    'Save the following mbox file, import it into your mail client, and reply-to-all from there:', 'mbox', 'Avoid top-posting and favor interleaved quoting:',
    'Reply using the --to, --cc, and --in-reply-to', 'switches of git-send-email(1):',
    'If your mail client supports setting the In-Reply-To header via mailto: links, try the mailto: link',
    'This is a public inbox, see mirroring instructions for how to clone and mirror all data and code used for this inbox;',
    'as well as URLs for NNTP newsgroup(s).',
  ],
};

export const HELDOUT44_F: readonly TestPage[] = [loreMessage, marcMessage];
