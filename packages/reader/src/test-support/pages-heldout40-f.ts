import { links, type TestPage } from './page-kit.js';
import { launchpadAnswers } from './pages-heldout40-f2.js';

/**
 * Held-out batch 40, file f: an IETF mail archive message in a thread (mailarchive.ietf.org/arch/msg/<list>/<hash>/: the dark
 * navbar with search and "Sign In", the date / thread navigation bars above and below, the list aside, the subject, the
 * "From" and "Date" line, the hidden raw headers, the plain-text body in <pre class="wordwrap"> with quoted text, a signature
 * and the list's footer, the thread snippet of the other messages, "Hide Navigation Bar", the Reply / header buttons and the
 * footer).
 */
const ieSubject = 'Re: [DNSOP] Call for Adoption: draft-haldane-dnsop-negative-cache-hints';
const ieFrom = 'Lena Marchetti';
const ieDate = 'Tue, 11 March 2025 16:02 UTC';
/** A paragraph hard-wrapped at 72 columns, as a mail client sends it. */
const wrap = (t: string, prefix = ''): string => {
  const out: string[] = [];
  let line = '';
  for (const w of t.split(' ')) {
    if (line !== '' && prefix.length + line.length + 1 + w.length > 72) {
      out.push(prefix + line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  out.push(prefix + line);
  return out.join('\n');
};
const ieBody = [
  'Dear chairs, WG,',
  'I support adoption of draft-haldane-dnsop-negative-cache-hints and am willing to review it.',
  'The problem is real. We run a mid-sized public resolver, and a noticeable share of our upstream queries are repeats of names ' +
    'that were NXDOMAIN a few seconds earlier, because the SOA minimum on the negative answer is shorter than the outage that caused ' +
    'it. A signal from the authoritative side saying that a name will not exist for at least the next hour would let us keep those ' +
    'answers longer without guessing.',
  'We have run a prototype of the option between our resolver and two test zones since January. The hint was honoured in about ' +
    '97 percent of the cases where it was present, and the remaining queries came from clients that cache on their own, so the ' +
    'numbers in Section 6 of the draft look about right to me.',
  'Two concerns I would like the WG to work through after adoption:',
  '1. The option should be advisory only. Section 4 currently says resolvers SHOULD honour the hint, and I think that is too ' +
    'strong; a resolver must remain free to cap the value at its own maximum, as it does for positive TTLs.',
  '2. The interaction with aggressive NSEC caching (RFC 8198) needs a paragraph. When both apply it is not clear which lifetime ' +
    'wins, and implementers will otherwise choose differently.',
  'Neither of these is a reason to delay adoption. They are exactly the kind of thing a working group document is for, and I am ' +
    'happy to send text for the second one.',
  'Best regards,\nLena',
];
const ieQuoted = [
  'Dear WG,',
  'This starts a two-week call for adoption for draft-haldane-dnsop-negative-cache-hints. The draft defines a new EDNS option ' +
    'carrying a suggested lifetime for negative answers.',
  'Please reply to the list saying whether you support adoption and whether you are willing to review. The call ends on 24 March.',
  'Thanks,\nDNSOP chairs',
];
const iePre = [
  ...ieBody.map((p) => (/^\d\. /.test(p) ? wrap(p).replace(/\n/g, '\n   ') : p.includes('\n') ? p : wrap(p))),
  '-- \nLena Marchetti\nResolver Operations, Northgate Networks',
  'On Mon, 10 Mar 2025 at 09:30, DNSOP Chairs &lt;dnsop-chairs@ietf.org&gt; wrote:',
]
  .join('\n\n')
  .concat(
    `\n${ieQuoted
      .map((p) => (p.includes('\n') ? p.replace(/^/gm, '&gt; ') : wrap(p, '&gt; ')))
      .join(
        '\n&gt;\n',
      )}\n_______________________________________________\nDNSOP mailing list -- dnsop@ietf.org\nTo unsubscribe send an email to dnsop-leave@ietf.org`,
  );
const ieThread = [
  ['[DNSOP] Call for Adoption: draft-haldane-dnsop-negative-cache-hints', 'DNSOP Chairs'],
  [ieSubject, 'Arvid Lindgren'],
  [ieSubject, ieFrom],
  [ieSubject, 'Mei-Ling Sato'],
  [ieSubject, 'Arvid Lindgren'],
  [ieSubject, 'Tomasz Wierzba'],
];
const ieNav = (
  where: string,
): string => `<nav class="navbar navbar-expand navbar-light bg-light navbar-msg-detail" aria-label="Message navigation ${where}"><div
class="container-fluid"><ul class="navbar-nav"><li class="nav-item" title="Previous by date"><a class="nav-link"
href="/arch/msg/dnsop/Xb2c9RrjE0vKQm1Pq5nT_a8sL3w/"
aria-label="previous in list"><i class="bi bi-chevron-left"></i></a></li><li class="nav-item" title="Date Index"><a class="nav-link"
href="/arch/browse/dnsop/?index=Hq7Yt1">Date</a></li><li class="nav-item" title="Next by date"><a class="nav-link" href="/arch/msg/dnsop/Lm4rZ9/"
aria-label="next in
list"><i class="bi bi-chevron-right"></i></a></li><li class="nav-item" title="Previous in thread"><a class="nav-link" href="/arch/msg/dnsop/Ar8Vd0/"
aria-label="previous
in thread"><i class="bi bi-chevron-left"></i></a></li><li class="nav-item" title="Thread Index"><a class="nav-link"
href="/arch/browse/dnsop/?gbt=1&amp;index=Hq7Yt1">Thread</a></li><li class="nav-item" title="Next in thread"><a class="nav-link" href="/arch/msg/dnsop/Ms1Ql6/"
aria-label="next in thread"><i class="bi bi-chevron-right"></i></a></li></ul></div></nav>`;
const ieHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ieSubject}</title><link rel="icon" href="https://static.ietf.org/fonts/ietf-favicon.ico">
<link rel="stylesheet" href="https://static.ietf.org/mailarchive/3.12.4/css/mlarchive.css"><link rel="stylesheet"
href="https://static.ietf.org/mailarchive/3.12.4/css/bootstrap-icons.min.css"></head>
<body><header><nav class="navbar navbar-expand-lg navbar-dark bg-dark" id="navbar-main"><div class="container-fluid"><a class="navbar-brand" href="/"><img
src="https://static.ietf.org/mailarchive/3.12.4/images/ietflogo-small-transparent.png" alt="IETF" height="30"> Mail Archive</a><button class="navbar-toggler"
type="button" data-bs-toggle="collapse" data-bs-target="#navbar-collapse"><span class="visually-hidden">Toggle navigation</span></button><div class="collapse
navbar-collapse" id="navbar-collapse"><ul class="navbar-nav me-auto">${links(['Search', 'Advanced Search', 'Browse', 'Help'], 'nav-item')}</ul><form
class="d-flex"
action="/arch/search/" role="search"><input class="form-control me-2" type="search" name="q" placeholder="Search" aria-label="Search"></form><ul
class="navbar-nav"><li
class="nav-item"><a class="nav-link" href="/accounts/login/?next=/arch/msg/dnsop/Qf3kPZ0w8vY_hC7aN2uXe5iLmR4/">Sign In</a></li></ul></div></div></nav></header>
<div class="container-fluid">${ieNav('top')}
<div class="row"><div id="msg-aside" class="col-md-4 order-md-2"><div class="card"><div class="card-body"><h5 class="card-title"><a
href="/arch/browse/dnsop/">dnsop</a></h5>
<p class="card-text small">IETF DNSOP WG mailing list</p><a class="btn btn-sm btn-outline-secondary"
href="https://mailman3.ietf.org/mailman3/lists/dnsop.ietf.org/">List
Info</a></div></div></div>
<div id="msg-detail" class="col-md-8 order-md-1" data-date-index-url="/arch/browse/dnsop/?index=Hq7Yt1"
data-thread-index-url="/arch/browse/dnsop/?gbt=1&amp;index=Hq7Yt1">
<div id="msg-body"><h2 class="msg-subject">${ieSubject}</h2><p id="msg-info" class="darkgray"><span id="msg-from" class="pipe">${ieFrom}
&lt;lena.marchetti@northgate.example&gt;</span> <span id="msg-date" class="pipe">${ieDate}</span></p><div id="msg-header" class="darkgray" style="display:none">
Return-Path: &lt;lena.marchetti@northgate.example&gt;<br />X-Original-To: dnsop@ietf.org<br />Message-ID:
&lt;CAHx7q3Lw9vKp2mN0yR8sT5e@mail.northgate.example&gt;<br />In-Reply-To: &lt;174159780412.55102.1840@ietfa.amsl.com&gt;<br />List-Id: IETF DNSOP WG mailing
list &lt;dnsop.ietf.org&gt;<br /></div><div id="msg-payload" class="msg-payload"><pre class="wordwrap">${iePre}</pre></div></div>
<div id="message-thread"><ul class="thread-snippet">${ieThread
  .map(
    ([s, f], i) =>
      `<li class="depth-${i === 0 ? 0 : i === 3 ? 2 : 1}${i === 2 ? ' fw-bold' : ''}"><a href="/arch/msg/dnsop/T${i}k9/">${s}</a> <span
class="thread-snippet-from">${f}</span></li>`,
  )
  .join('\n')}</ul></div>
<div id="nav-outer"><div id="nav-inner"><ul id="navigation"><li><a id="toggle-nav" class="toggle js-off" href="#">Hide Navigation Bar</a></li></ul></div></div>
</div></div>
<div class="btn-toolbar msg-detail-buttons" role="toolbar"><a class="btn btn-sm btn-outline-primary" id="reply-link"
href="mailto:dnsop@ietf.org?subject=Re%3A%20Call%20for%20Adoption&amp;In-Reply-To=%3CCAHx7q3Lw9vKp2mN0yR8sT5e%40mail.northgate.example%3E">Reply</a><button
type="button" class="btn btn-sm btn-outline-secondary" id="toggle-msg-header">Show header</button></div>
${ieNav('bottom')}</div>
<footer class="footer scrolling"><div class="container small text-center"><a href="https://www.ietf.org/">IETF</a> | <a
href="https://github.com/ietf-tools/mailarchive/issues">Report a bug</a> | <a
href="https://www.ietf.org/privacy-statement/">Privacy Statement</a> | <span>Mail Archive
3.12.4</span></div></footer>
<script src="https://static.ietf.org/mailarchive/3.12.4/js/jquery.cookie.js"></script><script
src="https://static.ietf.org/mailarchive/3.12.4/js/detail.js"></script>
</body></html>`;
const ietfMessage: TestPage = {
  html: ieHtml,
  name: 'heldout40-ietf-mailarchive',
  kind: 'forum',
  // the single message is the article: its subject (the h2, "Re: [DNSOP]" and all) is the title, its own paragraphs with the
  // 72-column wraps undone are body (the greeting, the two numbered concerns and the "Best regards, Lena" sign-off too); the
  // quoted chairs' message below it, with its "On … wrote:" line, is in neither list; the sender's name and the date are
  // bylines ("<address>" after the name in neither), and so are the names in the thread snippet (the author lines of the
  // thread's other messages); the snippet's subjects repeat the title: in neither list; the "-- " signature, the list's
  // footer, the hidden raw headers, both navigation bars, the list aside, "Hide Navigation Bar", "Reply", "Show header", the
  // navbar and the footer are furniture; the aside's list name "dnsop" is a word of the body (the draft's name): left out
  title: ieSubject,
  headings: [],
  body: ieBody,
  bylines: [ieFrom, ieDate, 'DNSOP Chairs', 'Arvid Lindgren', 'Mei-Ling Sato', 'Tomasz Wierzba'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mail Archive', 'Toggle navigation', 'Search', 'Advanced Search', 'Browse', 'Help', 'Sign In', 'Date', 'Thread', 'IETF DNSOP WG mailing list',
    'List Info', 'Return-Path: <lena.marchetti@northgate.example>', 'X-Original-To: dnsop@ietf.org', 'List-Id: IETF DNSOP WG mailing list <dnsop.ietf.org>',
    'Resolver Operations, Northgate Networks', 'DNSOP mailing list -- dnsop@ietf.org', 'To unsubscribe send an email to dnsop-leave@ietf.org',
    'Hide Navigation Bar', 'Reply', 'Show header', 'IETF', 'Report a bug', 'Privacy Statement', 'Mail Archive 3.12.4',
  ],
};

export const HELDOUT40_F: readonly TestPage[] = [ietfMessage, launchpadAnswers];
