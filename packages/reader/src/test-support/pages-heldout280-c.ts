import type { TestPage } from './page-kit.js';
import { j, pre, quoted, quotedText, wrap } from './pages-heldout280-kit.js';
import { gnuLists } from './pages-heldout280-c2.js';

/**
 * Held-out batch 280, file c: a MARC-style archive message (the prev / next in list and thread bar above and below, the
 * List / Subject / From / Date / Message-ID header block in bold labels, the "Download RAW message or body" link, the
 * message with a quoted question on top, numbered steps and a signature, and the Configure / About / News / Add a list
 * footer) and, from file c2, a GNU lists.gnu.org (MHonArc) release announcement.
 */
const mSubject = 'Re: Upgrading from 5.x: index rebuild takes 14 hours';
const mQuote = j(
  'We are moving our Corvid server from 5.8 to 6.1 this month. In the test run the full-text index rebuild took fourteen',
  'hours, during which search was unavailable. Is there a way to do this without the downtime?',
);
const mIntro = [
  j(
    'There is, and we did exactly this migration in January with a repository of about 2.3 million documents. The rebuild',
    'is slow because 6.x changed the tokenizer, so every document has to be read again, but nothing forces you to run',
    'it while the old index is offline.',
  ),
  'What worked for us, in order:',
];
const mSteps = [
  '1. Upgrade a copy of the server on a second machine and start the rebuild there, pointed at a snapshot of the document store.',
  '2. Keep the production server on 5.8 and leave it answering searches while the copy works through the backlog.',
  '3. When the copy finishes, replay the documents changed since the snapshot with the corvid-admin reindex --since option.',
  '4. Stop production, move the new index directory across, upgrade the binaries, and start it again.',
];
const mOutro = [
  j(
    'Our outage in step four was eleven minutes, most of it spent copying the index over the network. The catch-up in step',
    'three covered about nine thousand documents and took under twenty minutes, so it is worth running it twice: once to',
    'catch up on the bulk, and once more just before the switch.',
  ),
  j(
    'Two things to watch. First, the second machine needs as much memory as production, or the rebuild will run even',
    'slower than your test. Second, the 6.x index is roughly a third larger on disk than the 5.x one, so check the free',
    'space on the production volume before the switch rather than during it.',
  ),
  j(
    'If you cannot spare a second machine, the rebuild can also run on the production host under a different data',
    'directory, as long as you throttle it with the indexer.threads setting so that searches on the old index stay usable.',
    'We tried that first and found two threads to be the most the host could take during working hours.',
  ),
];
const mAttr = 'On Mon, 2 Mar 2026 at 17:20, Gwen Tarrant <gwen () tarrant ! example> wrote:';
const mBar = (prevThread: string): string => `<b><font size="+1">
[<a href="?l=corvid-users&amp;m=177254001112&amp;w=2">prev in list</a>] [<a href="?l=corvid-users&amp;m=177254102293&amp;w=2">next in list</a>] ${prevThread}
[<a href="?l=corvid-users&amp;m=177254211004&amp;w=2">next in thread</a>] 
</font></b>`;
const mHtml = `<html>
<head>
<title>'corvid-users' - ${mSubject} - MARC</title>
<link rel="shortcut icon" href="/favicon.ico">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noarchive">
</head>
<body bgcolor="#ffffff" text="#000000" link="#0000c0" vlink="#800080" alink="#ff0000">
<pre>${mBar('[<a href="?l=corvid-users&amp;m=177246003217&amp;w=2">prev in thread</a>]')}
<b>List:       </b><a href="?l=corvid-users&amp;r=1&amp;w=2">corvid-users</a>
<b>Subject:    </b><a href="?t=177246003300001&amp;r=1&amp;w=2">${mSubject}</a>
<b>From:       </b><a href="?a=17725400110004&amp;r=1&amp;w=2">Halvard Stroem &lt;halvard () stroem ! example&gt;</a>
<b>Date:       </b><a href="?l=corvid-users&amp;r=1&amp;w=2&amp;b=202603">2026-03-03 14:02:11</a>
<b>Message-ID: </b><a href="?i=CAK4wz8p%2B2vT%40mail.stroem.example">CAK4wz8p+2vT () mail ! stroem ! example</a>
[<a href="?l=corvid-users&amp;m=177254002110&amp;q=raw">Download RAW message or body</a>]

${mAttr.replace(/</g, '&lt;').replace(/>/g, '&gt;')}
${quoted(mQuote)}

${pre(mIntro)}

${mSteps.map((s) => wrap(s)).join('\n')}

${pre(mOutro)}

Halvard

-- 
Halvard Stroem, systems group, Tarnby Municipal Archive

${mBar('[<font color="#c0c0c0">prev in thread</font>]')}</pre>
<br><center>
<a href="?q=configure">Configure</a> | 
<a href="?q=about">About</a> | 
<a href="?q=news">News</a> | 
<a href="mailto:webguy@marc.example?subject=Add%20a%20list%20to%20MARC">Add a list</a> | 
Sponsored by <a href="https://www.tallyforge.example/">Tallyforge</a>
</center>
</body>
</html>`;
export const marc: TestPage = {
  name: 'heldout280-marc-archive-message-forum',
  kind: 'forum',
  html: mHtml,
  title: mSubject,
  headings: [],
  body: [...mIntro, ...mSteps, ...mOutro],
  bylines: ['From: Halvard Stroem <halvard () stroem ! example>', 'Date: 2026-03-03 14:02:11', 'Halvard'],
  furniture: [
    '[prev in list]',
    '[next in list]',
    '[prev in thread]',
    '[next in thread]',
    'List: corvid-users',
    'Message-ID: CAK4wz8p+2vT () mail ! stroem ! example',
    '[Download RAW message or body]',
    mAttr,
    quotedText(mQuote),
    '-- Halvard Stroem, systems group, Tarnby Municipal Archive',
    'Configure | About | News | Add a list | Sponsored by Tallyforge',
  ],
};

export const HELDOUT280_C: readonly TestPage[] = [marc, gnuLists];
