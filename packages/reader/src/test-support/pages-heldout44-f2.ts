import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 44, file f2: a message on MARC (marc.info), the mailing-list archive, in its plain old layout: one pre
 * with the bold prev/next-in-list and prev/next-in-thread links, the List/Subject/From/Date/Message-ID header lines with the
 * address obfuscated as "user () host ! tld", the "Download RAW message or body" link, the message with green quoted lines and
 * its attribution line, an indented command example, the sender's signature, the list's Mailman footer, the nav links again
 * and the centred Configure/About/News/Add a list/Sponsored by footer.
 */

/** Plain text hard-wrapped at `width` columns, as a mail client sends it; each line gets `prefix`. */
export const wrapText = (p: string, width = 72, prefix = ''): string =>
  p
    .split(' ')
    .reduce<string[]>((lines, w) => {
      const last = lines[lines.length - 1];
      if (last !== undefined && prefix.length + last.length + 1 + w.length <= width) lines[lines.length - 1] = `${last} ${w}`;
      else lines.push(w);
      return lines;
    }, [])
    .map((l) => `${prefix}${l}`)
    .join('\n');
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const mcTitle = 'Re: transport map relay ignored after upgrade to 3.9';
const mcAttribution = 'On Tue, Mar 11, 2025 at 10:02:33PM +0100, Daniel Ferreira via Postfix-users wrote:';
const mcQ1 =
  'After upgrading from 3.7 to 3.9, mail for example.net no longer goes through the relay listed in my transport map. It goes ' + 'straight to the MX instead.';
const mcR1 = [
  'The transport map is still consulted, but look at how it is named in your postconf -n output: the map type is taken from ' +
    'default_database_type rather than written out. Your package changed that default from hash to lmdb in the upgrade, so Postfix ' +
    'now looks for an lmdb file that was never built, and every lookup comes back empty.',
];
const mcQ2 = 'I did not change any configuration files during the upgrade.';
const mcR2 = ['You did not have to. The default lives in the package, not in your main.cf, and your main.cf never set it. Check it like this:'];
const mcCode = ['# postconf default_database_type', 'default_database_type = lmdb'];
const mcR3 = [
  'If it says lmdb, either set it back to hash in main.cf, or better, keep the new default and run postmap on each of your maps so ' + 'the lmdb files exist.',
  'The logs would have told you this. Look for warnings about a missing transport file around the time of the first restart after ' +
    'the upgrade. A missing map is not fatal for every kind of lookup, which is why mail kept flowing but took the wrong route.',
  'If you have other maps built the same way, such as sender-dependent relay maps or a virtual alias table, rebuild those too. ' +
    'They fail in the same quiet way.',
  'For what it is worth, the release notes of your distribution do mention the change, but only in a single line near the end, ' + 'so it is easy to miss.',
  'Once the maps are rebuilt, run postfix reload and send a test message to that domain. The log line for the delivery should ' +
    'show your relay as the next hop again.',
];
const mcFrom = 'Ilse Marchetti <ilse () lindenberg-hosting ! example>';
const mcSig = ['Ilse Marchetti', 'Systems team, Lindenberg Hosting'];
const mcList = ['Postfix-users mailing list -- postfix-users@postfix.org', 'To unsubscribe send an email to postfix-users-leave@postfix.org'];
const mcNavItems = ['prev in list', 'next in list', 'prev in thread', 'next in thread'];
const mcIds = ['174177404306411', '174177615506902', '174172455201834', '174178031007212'];
const mcNav = `<b>${mcNavItems.map((t, i) => `[<a href="?l=postfix-users&amp;m=${mcIds[i]}&amp;w=2">${t}</a>]`).join(' ')} </b>`;
const q = (s: string): string => `<font color="#008800">${esc(wrapText(s, 72, '> '))}</font>`;

const mcHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>'${mcTitle}' - MARC</TITLE>
<META NAME="robots" CONTENT="noindex, nofollow"><link rel="icon" href="/favicon.ico"></HEAD>
<BODY BGCOLOR="#ffffff" TEXT="#000000" LINK="#0000c0" VLINK="#800080">
<pre>${mcNav}
<b>List:       </b><a href="?l=postfix-users&amp;r=1&amp;w=2">postfix-users</a>
<b>Subject:    </b><a href="?t=174172455300002&amp;r=1&amp;w=2">${mcTitle}</a>
<b>From:       </b><a href="?a=159847296800003&amp;r=1&amp;w=2">${esc(mcFrom)}</a>
<b>Date:       </b><a href="?l=postfix-users&amp;r=1&amp;w=2&amp;b=202503">2025-03-12 9:41:07</a>
<b>Message-ID: </b><a
href="?i=20250312094107.GA4471%20()%20mx1%20!%20lindenberg-hosting%20!%20example">20250312094107.GA4471 () mx1 ! lindenberg-hosting ! example</a>
[<a href="?l=postfix-users&amp;m=174177524206620&amp;q=raw">Download RAW message or body</a>]

<font color="#008800">${mcAttribution}</font>
${q(mcQ1)}

${mcR1.map((p) => esc(wrapText(p))).join('\n\n')}

${q(mcQ2)}

${mcR2.map((p) => esc(wrapText(p))).join('\n\n')}

${mcCode.map((l) => `    ${esc(l)}`).join('\n')}

${mcR3.map((p) => esc(wrapText(p))).join('\n\n')}

-- 
${mcSig.join('\n')}
_______________________________________________
${mcList.join('\n')}

${mcNav}
</pre>
<br><center>
<a href="?q=configure">Configure</a> | <a href="?q=about">About</a> | <a href="?q=news">News</a> |
<a href="mailto:webguy@marc.info?subject=Add%20a%20list%20to%20MARC">Add a list</a> | Sponsored by <a href="http://www.korelogic.com/">KoreLogic</a>
</center>
</BODY></HTML>`;

export const marcMessage: TestPage = {
  html: mcHtml,
  name: 'heldout44-marc-message',
  kind: 'forum',
  // the sender's own paragraphs are body (hard-wrapped in the pre, gold as paragraphs); the quoted lines ("> ...") are in
  // neither list, their "On ... wrote:" attribution is an author line (byline); the indented command example is code: in
  // neither list; the "From:" value, the date and the signature's name line (the poster's name) are bylines; the signature's
  // team line, the list's Mailman footer, the nav links, the List/Subject/From/Date/Message-ID labels, the list name, the
  // Message-ID, the raw download link and the centred footer are furniture; the "Subject:" value is the title; the footer's
  // "About" and the label "From:" are body words: left out
  title: mcTitle,
  headings: [],
  body: [...texts([...mcR1, ...mcR2, ...mcR3])],
  bylines: [mcFrom, '2025-03-12 9:41:07', mcAttribution, mcSig[0]!],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mcNavItems, 'List:', 'Subject:', 'Date:', 'Message-ID:', 'postfix-users', '20250312094107.GA4471 () mx1 ! lindenberg-hosting ! example',
    'Download RAW message or body', 'Systems team, Lindenberg Hosting', ...mcList, 'Configure', 'News', 'Add a list', 'Sponsored by', 'KoreLogic',
  ],
};
