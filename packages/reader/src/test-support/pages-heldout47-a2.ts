import { type TestPage, texts } from './page-kit.js';
import { dbClose, dbFollow, dbQuote, dbReply, dbReport, dbSig, dbSysinfo, dbTitle, wrap } from './pages-heldout47-a3.js';

/**
 * Held-out batch 47, file a2: a Debian BTS bug log as bugreport.cgi serves it (the h1 with the bug number and subject, the
 * version graph, package and maintainer line, the bug info block, mbox links, "Toggle useless messages", the control and
 * forwarding notices between the mails, four mails with their header blocks and pre bodies, a quoted reply, reportbug's
 * pseudo-headers and system information, an attachment line, a signature, the spam link and the debbugs footer).
 */
const maint = 'Ewan Tavish &lt;ewan@tavish.example&gt;';
const lucia = 'Lucía Ferreyra &lt;lucia.ferreyra@example.cl&gt;';
const links = (n: number, reply = false) =>
  `(<a href="bugreport.cgi?bug=1098231;msg=${n}">full text</a>, <a href="bugreport.cgi?bug=1098231;mbox=yes;msg=${n}">mbox</a>, ` +
  `<a href="#${n}">link</a>${reply ? `, <a href="mailto:1098231@bugs.debian.org">reply</a>` : ''})`;
const inf = (n: number, what: string, when: string) =>
  `<div class="infmessage"><hr>\n<p class="msgreceived"><a name="${n}"></a>\n<a name="msg${n}"></a>\n${what}\n (<code>${when}</code>) ${links(n)}.</p>\n</div>`;
const hdrs = (rows: [string, string][]) =>
  `<div class="headers">${rows.map(([k, v]) => `<div class="header"><span class="headerfield">${k}:</span> ${v}</div>`).join('\n')}</div>`;
const mail = (n: number, at: string, rows: [string, string][], pre: string, extra = '') =>
  `<div class="incoming"><hr>\n<p class="msgreceived"><a name="${n}"></a><a name="msg${n}"></a>` +
  `<a href="bugreport.cgi?bug=1098231;msg=${n}">Message #${n}</a> received at ${at} ${links(n, true)}:</p>\n${hdrs(rows)}\n` +
  `<pre class="message">${pre}</pre>${extra}\n</div>`;
const subj = 'tidemark: tide times one hour late for Chilean stations after the end of summer time';
const paras = (ps: string[]) => ps.map((p) => wrap(p)).join('\n\n');
const inf2 = inf(
  2,
  `<a href="bugreport.cgi?bug=1098231;msg=2">Report forwarded</a> ` +
    `to <code>debian-bugs-dist@lists.debian.org</code>, <code>${maint}</code>:<br>\n` +
    `<code>Bug#1098231</code>; Package <code>tidemark</code>.`,
  'Sun, 06 Apr 2025 21:40:04 GMT',
);
const inf3 = inf(
  3,
  `<a href="bugreport.cgi?bug=1098231;msg=3">Acknowledgement sent</a> ` +
    `to <code>${lucia}</code>:<br>\n` +
    `New Bug report received and forwarded. Copy sent to <code>${maint}</code>.`,
  'Sun, 06 Apr 2025 21:40:04 GMT',
);
const inf8 = inf(
  8,
  `<a href="bugreport.cgi?bug=1098231;msg=8">Added tag(s) fixed-upstream.</a> ` +
    `Request was from <code>${maint}</code>\n` +
    `to <code>control@bugs.debian.org</code>.`,
  'Mon, 07 Apr 2025 08:12:31 GMT',
);
const inf10 = inf(
  10,
  `<a href="bugreport.cgi?bug=1098231;msg=10">Information forwarded</a> ` +
    `to <code>debian-bugs-dist@lists.debian.org</code>:<br>\n` +
    `<code>Bug#1098231</code>; Package <code>tidemark</code>.`,
  'Mon, 07 Apr 2025 08:12:34 GMT',
);
const inf15 = inf(
  15,
  `<a href="bugreport.cgi?bug=1098231;msg=15">Information forwarded</a> ` +
    `to <code>debian-bugs-dist@lists.debian.org</code>, <code>${maint}</code>:<br>\n` +
    `<code>Bug#1098231</code>; Package <code>tidemark</code>.`,
  'Mon, 07 Apr 2025 14:55:20 GMT',
);
const inf20 = inf(
  20,
  `<a href="bugreport.cgi?bug=1098231;msg=20">Reply sent</a> to <code>${maint}</code>:<br>\nYou have taken responsibility.`,
  'Tue, 15 Apr 2025 19:21:07 GMT',
);
const inf21 = inf(
  21,
  `<a href="bugreport.cgi?bug=1098231;msg=21">Notification sent</a> to <code>${lucia}</code>:<br>\nBug acknowledged by developer.`,
  'Tue, 15 Apr 2025 19:21:07 GMT',
);
const inf31 = inf(
  31,
  `<a href="bugreport.cgi?bug=1098231;msg=31">Bug archived.</a> ` +
    `Request was from <code>Debbugs Internal Request &lt;owner@bugs.debian.org&gt;</code>\n` +
    `to <code>internal_control@bugs.debian.org</code>.`,
  'Wed, 14 May 2025 07:26:14 GMT',
);
const dbHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<HTML>
<HEAD>
<TITLE>#1098231 - ${dbTitle} - Debian Bug report logs</TITLE>
<link rel="stylesheet" href="/css/bugs.css" type="text/css">
<link rel="canonical" href="/cgi-bin/bugreport.cgi?bug=1098231">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<script type="text/javascript">function toggle_infmessages()
{
        allDivs=document.getElementsByTagName("div");
        for (var i = 0 ; i < allDivs.length ; i++ )
        {
                if (allDivs[i].className == "infmessage")
                {
                        allDivs[i].style.display=(allDivs[i].style.display == 'none' | allDivs[i].style.display == '') ? 'block' : 'none';
                }
        }
}
</script>
</HEAD>
<BODY>
<div class="buglist">
<h1>Debian Bug report logs - 
<a href="mailto:1098231@bugs.debian.org">#1098231</a><br>
${dbTitle}</h1>
<div class="versiongraph"><a href="version.cgi?package=tidemark;found=tidemark%2F3.4.2-1;fixed=tidemark%2F3.4.2-2;absolute=0">
<img alt="version graph" src="version.cgi?package=tidemark;found=tidemark%2F3.4.2-1;fixed=tidemark%2F3.4.2-2;width=2;height=2;collapse=1;info=0">
</a></div>
<div class="pkginfo">
<p>Package: 
<a class="submitter" href="pkgreport.cgi?package=tidemark">tidemark</a>; 
Maintainer for <a class="submitter" href="pkgreport.cgi?package=tidemark">tidemark</a> is
<a class="submitter" href="pkgreport.cgi?maint=ewan%40tavish.example">${maint}</a>; 
Source for <a class="submitter" href="pkgreport.cgi?package=tidemark">tidemark</a> is
<a class="submitter" href="pkgreport.cgi?src=tidemark">src:tidemark</a>.
</p>
</div>
<div class="buginfo">
<p>Reported by: <a class="submitter" href="pkgreport.cgi?submitter=lucia.ferreyra%40example.cl">${lucia}</a></p>
<p>Date: Sun, 6 Apr 2025 21:40:02 UTC</p>
<p>Severity: normal</p>
<p>Tags: <a href="https://www.debian.org/Bugs/Developer#tags">fixed-upstream</a>, <a href="https://www.debian.org/Bugs/Developer#tags">patch</a></p>
<p>Found in version tidemark/3.4.2-1</p>
<p>Fixed in version tidemark/3.4.2-2</p>
<p><strong>Done:</strong> ${maint}</p>
<p>Bug is archived. No further changes may be made.</p>
</div>
<p>View this report as an <a href="bugreport.cgi?bug=1098231;mbox=yes">mbox folder</a>,
<a href="bugreport.cgi?bug=1098231;mboxstatus=yes">status mbox</a>,
<a href="bugreport.cgi?bug=1098231;mboxmaint=yes">maintainer/submitter mbox</a></p>
</div>
<p><a href="javascript:toggle_infmessages();">Toggle useless messages</a></p>
${inf2}
${inf3}
${mail(
  5,
  'submit@bugs.debian.org',
  [
    ['From', lucia],
    ['To', 'Debian Bug Tracking System &lt;submit@bugs.debian.org&gt;'],
    ['Subject', subj],
    ['Date', 'Sun, 06 Apr 2025 17:38:51 -0400'],
  ],
  `Package: tidemark\nVersion: 3.4.2-1\nSeverity: normal\nTags: patch\n\n${paras(dbReport)}\n\n\n${dbSysinfo}\n`,
  `\n<pre class="mime">[<a href="bugreport.cgi?bug=1098231;msg=5;att=1" title="text/x-diff">tidemark-use-system-tzdata.patch</a>` +
    ' (text/x-diff, attachment)]</pre>',
)}
${inf8}
${inf10}
${mail(
  12,
  '1098231@bugs.debian.org',
  [
    ['From', maint],
    ['To', `${lucia}, 1098231@bugs.debian.org`],
    ['Subject', `Re: Bug#1098231: ${subj}`],
    ['Date', 'Mon, 7 Apr 2025 09:09:44 +0100'],
  ],
  `${dbReply[0]}\n\n${dbQuote}\n\n${paras(dbReply.slice(1))}\n\n${dbSig}\n`,
)}
${inf15}
${mail(
  17,
  '1098231@bugs.debian.org',
  [
    ['From', lucia],
    ['To', `${maint}, 1098231@bugs.debian.org`],
    ['Subject', `Re: Bug#1098231: ${subj}`],
    ['Date', 'Mon, 07 Apr 2025 10:54:58 -0400'],
  ],
  `${paras(dbFollow)}\n`,
)}
${inf20}
${inf21}
${mail(
  26,
  '1098231-done@bugs.debian.org',
  [
    ['From', maint],
    ['To', '1098231-done@bugs.debian.org'],
    ['Subject', `Re: Bug#1098231: ${subj}`],
    ['Date', 'Tue, 15 Apr 2025 20:19:02 +0100'],
  ],
  `Version: 3.4.2-2\n\n${paras(dbClose)}\n`,
)}
${inf31}
<hr>
<p class="msgreceived">Send a report that <a href="/cgi-bin/bugspam.cgi?bug=1098231">this bug log contains spam</a>.</p>
<hr>
<address>Debian bug tracking system administrator &lt;<a href="mailto:owner@bugs.debian.org">owner@bugs.debian.org</a>&gt;.
Last modified:
<!--timestamp-->
Thu Dec  4 12:40:11 2025;
<!--timestamp-->
Machine Name:
buxtehude</address>
<p>
<a href="https://www.debian.org/Bugs/">Debian Bug tracking system</a>
</p>
<p>
Debbugs is free software and licensed under the terms of the GNU General
Public License version 2. The current version can be obtained
from <a href="https://bugs.debian.org/debbugs-source/">https://bugs.debian.org/debbugs-source/</a>.
</p>
<p>
Copyright © 1999 Darren O. Benham,
1997,2003 nCipher Corporation Ltd,
1994-97 Ian Jackson,
2005-2017 Don Armstrong, and many other contributors.
</p>
</BODY>
</HTML>`;
export const debianBug: TestPage = {
  html: dbHtml,
  name: 'heldout47-debian-bts-bug',
  kind: 'forum',
  // title: the bug's subject (h1 second line); no headings; body: the four mails' own paragraphs, greetings included (the
  // report, the maintainer's reply, the reporter's follow-up and the closing mail, all posts); bylines: the reporter and the
  // maintainer as From lines show them, the report date and each mail's Date; furniture: the package and maintainer line,
  // the bug info labels and values, the mbox links, "Toggle useless messages", the notices between the mails (forwarded,
  // acknowledgement, tag added, reply sent, archived), the "Message #N received at" lines, the Subject headers, the To
  // lines that name no poster, the attachment line, the signature, the spam link and the debbugs footer ("Package:" is a
  // body word: left out); in neither: reportbug's pseudo-headers ("Package:", "Version:"...) and the "Version: 3.4.2-2"
  // close command (control data, as code is), the System Information block (a machine dump) and the quoted lines of the
  // reply with their "On ... wrote:" line (a quoted post)
  title: dbTitle,
  headings: [],
  body: [...texts(dbReport), ...texts(dbReply), ...dbFollow, ...dbClose],
  bylines: [
    'Lucía Ferreyra <lucia.ferreyra@example.cl>',
    'Ewan Tavish <ewan@tavish.example>',
    'Date: Sun, 6 Apr 2025 21:40:02 UTC',
    'Sun, 06 Apr 2025 17:38:51 -0400',
    'Mon, 7 Apr 2025 09:09:44 +0100',
    'Mon, 07 Apr 2025 10:54:58 -0400',
    'Tue, 15 Apr 2025 20:19:02 +0100',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Debian Bug report logs -', '#1098231', 'Maintainer for', 'src:tidemark', 'Reported by:', 'Severity: normal', 'Tags:',
    'fixed-upstream', 'Found in version tidemark/3.4.2-1', 'Fixed in version tidemark/3.4.2-2', 'Done:',
    'Bug is archived. No further changes may be made.', 'mbox folder', 'status mbox', 'maintainer/submitter mbox', 'Toggle useless messages',
    'Report forwarded', 'debian-bugs-dist@lists.debian.org', 'Bug#1098231; Package tidemark.', 'Sun, 06 Apr 2025 21:40:04 GMT',
    'full text', 'mbox', 'link', 'Acknowledgement sent', 'New Bug report received and forwarded. Copy sent to',
    'Message #5 received at submit@bugs.debian.org', 'Debian Bug Tracking System <submit@bugs.debian.org>', `Subject: ${subj}`,
    '[tidemark-use-system-tzdata.patch (text/x-diff, attachment)]', 'Added tag(s) fixed-upstream.', 'control@bugs.debian.org',
    'Mon, 07 Apr 2025 08:12:31 GMT', 'Information forwarded', 'Mon, 07 Apr 2025 08:12:34 GMT', 'Message #12 received at 1098231@bugs.debian.org',
    `Subject: Re: Bug#1098231: ${subj}`, 'GPG: 7C1E 0A43 9D2B 5F86 E311 4B0C 92A8 D5F7 1E60 3B94', 'Mon, 07 Apr 2025 14:55:20 GMT',
    'Message #17 received at 1098231@bugs.debian.org', 'Reply sent', 'You have taken responsibility.', 'Tue, 15 Apr 2025 19:21:07 GMT',
    'Notification sent', 'Bug acknowledged by developer.', 'Message #26 received at 1098231-done@bugs.debian.org', 'To: 1098231-done@bugs.debian.org',
    'Bug archived.', 'Debbugs Internal Request <owner@bugs.debian.org>', 'internal_control@bugs.debian.org', 'Wed, 14 May 2025 07:26:14 GMT',
    'Send a report that', 'this bug log contains spam', 'Debian bug tracking system administrator', 'Last modified:', 'Thu Dec 4 12:40:11 2025;',
    'Machine Name: buxtehude', 'Debian Bug tracking system',
    'Debbugs is free software and licensed under the terms of the GNU General Public License version 2.',
    'Copyright © 1999 Darren O. Benham, 1997,2003 nCipher Corporation Ltd, 1994-97 Ian Jackson, 2005-2017 Don Armstrong, and many other contributors.',
  ],
};
