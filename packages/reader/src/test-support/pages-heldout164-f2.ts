import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 164, file f2: a Debian mailing-list archive message page as MHonArc writes it on lists.debian.org (the
 * Debian header banner, the MHonArc comment markers, the top [Date Prev] [Date Next] [Thread Prev] [Thread Next] [Date Index]
 * [Thread Index] bar, the h1 subject, the header list with To / Subject / From / Date / Message-id / In-reply-to /
 * References, the plain-text body in a pre block with quoted lines, the "Reply to:" box, Follow-Ups and References lists,
 * the Prev / Next by date and by thread lines, the "Index(es)" line and the footer).
 */
const dbTitle = 'Re: Bookworm to Trixie upgrade left the system without network';
const dbQuote = '> After apt full-upgrade and a reboot, none of the interfaces come\n> up. ip link shows them, but they never get an address.';
const dbParas = [
  'This sounds like the interface naming change that catches a lot of people on this upgrade. On some hardware the predictable ' +
    'names changed between the two kernels, so the names in /etc/network/interfaces no longer match anything, and ifupdown ' +
    'quietly gives up.',
  'Compare the names in "ip -br link" with the ones in /etc/network/interfaces. If, say, the file says enp3s0 and the system now ' +
    'calls the card enp3s0f0, edit the file to match and run "systemctl restart networking". That was the whole fix on two of my ' +
    'machines.',
  'If you would rather have names that never change again, you can pin them with a .link file under /etc/systemd/network, ' +
    'matching on the MAC address. Something like 10-lan0.link with a [Match] section giving the MAC and a [Link] section with ' +
    'Name=lan0, then use lan0 in the interfaces file. Rebuild the initramfs afterwards so the rename happens early in boot.',
  'The release notes cover this in the section on network interface names, and it is worth reading the rest of that chapter ' +
    'before you upgrade any other machines. There are a couple of other surprises in there, including the change to the default ' +
    'NTP client and the removal of some old firmware packages from the main installer image.',
  'One more thing to check while you are there: if the machine uses a bridge for virtual machines, the bridge_ports line ' +
    'needs the new name as well. It is easy to fix the main stanza and forget the bridge, and then the host comes up but every ' +
    'guest is offline.',
  'If none of this matches what you see, please post the output of "ip -br link", the contents of /etc/network/interfaces and ' +
    '"journalctl -b -u networking" and someone on the list will take a look at it.',
  'Regards,\nTobias',
];
const wrap = (t: string): string => t.replace(/(.{1,70})(\s+|$)/g, '$1\n').trim();
const dbHead: [string, string][] = [
  ['To', 'debian-user@lists.debian.org'],
  ['Subject', dbTitle],
  ['From', 'Tobias Engström &lt;tobias.engstrom@fjordmail.example&gt;'],
  ['Date', 'Wed, 15 Oct 2025 21:07:33 +0200'],
  ['Message-id', '&lt;aO7xQ2c1Kp9mTn@fjordmail.example&gt;'],
  ['In-reply-to', '&lt;20251015183012.4a7c@kestrelhost.example&gt;'],
  ['References', '&lt;20251015183012.4a7c@kestrelhost.example&gt;'],
];
const dbNav = ['Date Prev', 'Date Next', 'Thread Prev', 'Thread Next', 'Date Index', 'Thread Index'];
const dbBar = `<!--X-TopPNI-->\n<hr>\n${dbNav.map((t) => `[<a href="msg0041${t.length}.html">${t}</a>]`).join('\n')}\n<!--X-TopPNI-End-->`;
const dbHtml = `<!DOCTYPE html>
<html lang="en"><head><!-- MHonArc v2.6.19+ -->
<!--X-Subject: Re: Bookworm to Trixie upgrade left the system without network -->
<!--X-From-R13: Gbovnf Ratf=?hgs-8?d?g=P3=O6z?= <gbovnf.ratfgebz@swbeqznvy.rknzcyr> -->
<!--X-Date: Wed, 15 Oct 2025 19:07:51 +0000 (UTC) -->
<!--X-Message-Id: aO7xQ2c1Kp9mTn@fjordmail.example -->
<!--X-Content-Type: text/plain -->
<!--X-Reference: 20251015183012.4a7c@kestrelhost.example -->
<!--X-Head-End--><meta charset="utf-8"><title>${dbTitle}</title>
<link href="/stylesheets/mhonarc.css" rel="stylesheet" type="text/css"></head>
<body><!--X-Body-Begin--><!--X-User-Header-->
<div id="header"><div id="upperheader"><div id="logo"><a href="https://www.debian.org/" title="Debian Home">
<img src="https://www.debian.org/Pics/openlogo-50.png"
alt="Debian" width="50" height="61"></a></div><p class="section"><a href="/">Mailing Lists</a></p></div></div>
<!--X-User-Header-End-->
${dbBar}
<!--X-MsgBody-->
<!--X-Subject-Header-Begin-->
<h1>${dbTitle}</h1>
<hr>
<!--X-Subject-Header-End-->
<!--X-Head-of-Message-->
<ul>
${dbHead.map(([k, v]) => `<li><em>${k}</em>: ${k === 'To' ? `<a href="mailto:${v}">${v}</a>` : v}</li>`).join('\n')}
</ul>
<!--X-Head-of-Message-End-->
<!--X-Head-Body-Sep-Begin-->
<hr>
<!--X-Head-Body-Sep-End-->
<!--X-Body-of-Message-->
<pre>On Wed, Oct 15, 2025 at 08:30:12PM +0200, Greta Lindahl wrote:
${dbQuote.replace(/>/g, '&gt;')}

${dbParas.map(wrap).join('\n\n')}
</pre>

<!--X-Body-of-Message-End-->
<!--X-MsgBody-End-->
<!--X-Follow-Ups-->
<hr>
<div class="reply-to"><strong>Reply to:</strong>
<ul><li><a href="mailto:debian-user@lists.debian.org">debian-user@lists.debian.org</a></li>
<li><a href="mailto:tobias.engstrom@fjordmail.example">Tobias Engström (on-list)</a></li>
<li><a href="mailto:tobias.engstrom@fjordmail.example">Tobias Engström (off-list)</a></li></ul></div>
<hr><ul><li><strong>Follow-Ups</strong>:
<ul><li><strong><a name="00433" href="msg00433.html">Re: Bookworm to Trixie upgrade left the system without network</a></strong>
<ul><li><em>From:</em> Greta Lindahl &lt;greta@kestrelhost.example&gt;</li></ul></li></ul></li></ul>
<!--X-Follow-Ups-End-->
<!--X-References-->
<ul><li><strong>References</strong>:
<ul><li><strong><a name="00419" href="msg00419.html">Bookworm to Trixie upgrade left the system without network</a></strong>
<ul><li><em>From:</em> Greta Lindahl &lt;greta@kestrelhost.example&gt;</li></ul></li></ul></li></ul>
<!--X-References-End-->
<!--X-BotPNI-->
<ul>
<li>Prev by Date:
<strong><a href="msg00420.html">Re: Which firmware package for an Intel AX211?</a></strong>
</li>
<li>Next by Date:
<strong><a href="msg00422.html">Re: cron job runs twice after DST change</a></strong>
</li>
<li>Previous by thread:
<strong><a href="msg00419.html">Bookworm to Trixie upgrade left the system without network</a></strong>
</li>
<li>Next by thread:
<strong><a href="msg00433.html">Re: Bookworm to Trixie upgrade left the system without network</a></strong>
</li>
<li>Index(es):
<ul>
<li><a href="maillist.html#00421"><strong>Date</strong></a></li>
<li><a href="threads.html#00421"><strong>Thread</strong></a></li>
</ul>
</li>
</ul>
<!--X-BotPNI-End-->
<!--X-User-Footer-->
<!--X-User-Footer-End-->
</body></html>`;
export const debianListMessage: TestPage = {
  html: dbHtml,
  name: 'heldout164-debian-mhonarc-list-message',
  kind: 'forum',
  // the message text, although MHonArc puts it in a pre block, is the body, one entry a paragraph (hard-wrapped lines
  // joined); the attribution line and the "&gt;" quoted lines are in neither list; the From and Date header lines are
  // bylines; the other header lines, navigation, reply-to box, follow-ups, references and index lines are furniture
  title: dbTitle,
  headings: [],
  body: texts(dbParas.map(wrap)),
  bylines: ['From: Tobias Engström <tobias.engstrom@fjordmail.example>', 'Date: Wed, 15 Oct 2025 21:07:33 +0200'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mailing Lists', ...dbNav.map((t) => `[${t}]`), 'To: debian-user@lists.debian.org', 'Message-id: <aO7xQ2c1Kp9mTn@fjordmail.example>',
    'In-reply-to: <20251015183012.4a7c@kestrelhost.example>', 'Reply to:', 'Tobias Engström (on-list)', 'Tobias Engström (off-list)', 'Follow-Ups:',
    'From: Greta Lindahl <greta@kestrelhost.example>', 'References:', 'Prev by Date:', 'Re: Which firmware package for an Intel AX211?', 'Next by Date:',
    'Re: cron job runs twice after DST change', 'Previous by thread:', 'Next by thread:', 'Index(es):', 'Date', 'Thread',
  ],
};
