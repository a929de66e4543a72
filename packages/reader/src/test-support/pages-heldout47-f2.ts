import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 47, file f2: a Mailman 2 (pipermail) archive page of a list that receives another list's digest, so the
 * archived message is a digest holding a short thread (the h1 subject, the sender in bold with the mailto link, the date in
 * italics, the previous/next and "Messages sorted by" lists above and below, and the pre body: the digest's instructions,
 * "Today's Topics", four messages with their header blocks, a reply with italic quoted lines, a signature, the digest
 * footer and "End of ... Digest", then "More information about the ... mailing list").
 */
const mmTitle = 'Hive-talk Digest, Vol 38, Issue 12';
/** Hard-wraps a paragraph at `width` columns, as a mail client does. */
const wrap = (s: string, width = 72): string => {
  const lines: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  return [...lines, line].join('\n');
};
const list = 'hive-talk at lists.wessexbees.example';
const url = 'https://lists.wessexbees.example/mailman/listinfo/hive-talk';
const link = `<A HREF="${url}">${url}</A>`;
type MmMsg = { n: number; date: string; who: string; mail: string; subj: string; id: string; reply?: string; quote?: string; paras: string[]; sig?: string };
const mmMsgs: MmMsg[] = [
  {
    n: 1,
    date: 'Mon, 10 Mar 2025 17:04:19 +0000',
    who: 'Harold Venn',
    mail: 'hvenn at example.net',
    subj: '[Hive-talk] Queen cells in March?',
    id: 'CAF3x9k2QvTm0W8p at mail.gmail.com',
    paras: [
      'I opened my strongest colony yesterday afternoon, the first proper inspection of the year, and found three sealed queen ' +
        'cells along the bottom bars of the brood box. It is only the tenth of March. The colony is on a brood and a half and ' +
        'was bursting with bees, but I have never seen them build cells this early.',
      'Are they about to swarm, or could this be supersedure? The queen is from 2023 and was laying well in the autumn. I saw ' +
        'eggs yesterday but did not spot her.',
    ],
    sig: 'Harold',
  },
  {
    n: 2,
    date: 'Mon, 10 Mar 2025 19:31:02 +0000',
    who: 'Meg Thornbury',
    mail: 'meg.thornbury at example.co.uk',
    subj: 'Re: [Hive-talk] Queen cells in March?',
    id: '5e1d0a7c-88f4-4b2e at example.co.uk',
    reply: 'CAF3x9k2QvTm0W8p at mail.gmail.com',
    quote: 'On 10/03/2025 17:04, Harold Venn wrote:\n&gt; Are they about to swarm, or could this be supersedure?',
    paras: [
      'Cells along the bottom bars of a crowded box at this time of year are usually swarm preparations, and an early spring ' +
        'like this one brings everything forward. Supersedure cells tend to be fewer and on the face of the comb, often in the ' +
        'middle of the frame.',
      'If the cells are sealed you have very little time. I would do an artificial swarm today: move the old queen with a frame ' +
        'of brood to a new box on the original site, and leave the cells with the rest of the brood on a new stand. You do need ' +
        'to find her first, though.',
    ],
    sig: '-- \nMeg Thornbury\nSeasonal bee inspector, South West (retired)',
  },
  {
    n: 3,
    date: 'Mon, 10 Mar 2025 21:15:48 +0000',
    who: 'Anil Desai',
    mail: 'anil.desai at example.org',
    subj: 'Re: [Hive-talk] Queen cells in March?',
    id: 'f0c2a9e1b7d64e21 at example.org',
    reply: 'CAF3x9k2QvTm0W8p at mail.gmail.com',
    paras: [
      'Before doing anything drastic, check whether any of the cells are open at the tip. If one has hatched, the old queen may ' +
        'already have gone with a swarm, and the eggs you saw could be from her last day or two in the hive. Splitting a colony ' +
        'that has already swarmed will leave both halves too weak.',
      'Also worth remembering that there are hardly any drones flying yet, so a virgin queen from those cells may not get ' +
        'mated at all if the weather turns cold again.',
    ],
  },
  {
    n: 4,
    date: 'Tue, 11 Mar 2025 07:52:30 +0000',
    who: 'Harold Venn',
    mail: 'hvenn at example.net',
    subj: 'Re: [Hive-talk] Queen cells in March?',
    id: 'CAF3x9k0Lr8s4Yq1 at mail.gmail.com',
    reply: '5e1d0a7c-88f4-4b2e at example.co.uk',
    paras: [
      'Thank you both. I went back this morning and found the queen on the fourth frame, so they had not gone, and none of ' +
        "the cells was open. I've done the split as Meg described and left two of the best cells in the queenless half. I'll " +
        "take Anil's point and keep an eye on the weather: if the virgin does not get mated I can always unite them again in April.",
    ],
  },
];
const mmHead = (m: MmMsg) =>
  [
    `Message: ${m.n}`,
    `Date: ${m.date}`,
    `From: ${m.who} &lt;${m.mail}&gt;`,
    `To: ${list}`,
    `Subject: ${m.subj}`,
    `Message-ID: &lt;${m.id}&gt;`,
    ...(m.reply ? [`In-Reply-To: &lt;${m.reply}&gt;`] : []),
    'Content-Type: text/plain; charset="utf-8"',
  ].join('\n');
const mmBody = (m: MmMsg) => [mmHead(m), ...(m.quote ? [`<I>${m.quote}\n</I>`] : []), ...m.paras.map((p) => wrap(p)), ...(m.sig ? [m.sig] : [])].join('\n\n');
const mmTopics = mmMsgs.map((m) => `   ${m.n}. ${m.subj.replace('[Hive-talk] ', '')} (${m.who})`);
const mmPre = `Send Hive-talk mailing list submissions to
	${list}

To subscribe or unsubscribe via the World Wide Web, visit
	${link}
or, via email, send a message with subject or body 'help' to
	hive-talk-request at lists.wessexbees.example

You can reach the person managing the list at
	hive-talk-owner at lists.wessexbees.example

When replying, please edit your Subject line so it is more specific
than "Re: Contents of Hive-talk digest..."


Today's Topics:

${mmTopics.join('\n')}


----------------------------------------------------------------------

${mmMsgs.map(mmBody).join('\n\n------------------------------\n\n')}

------------------------------

Subject: Digest Footer

_______________________________________________
Hive-talk mailing list
${list}
${link}


------------------------------

End of Hive-talk Digest, Vol 38, Issue 12
*****************************************
`;
const mmNav = (threads: boolean) => `<P><UL>
${threads ? '        <!--threads-->\n' : ''}	<LI>Previous message: <A HREF="004812.html">[BKA-members] Apiary rota for April
</A></li>
	<LI>Next message: <A HREF="004814.html">[BKA-members] Hive-talk Digest, Vol 38, Issue 13
</A></li>
         <LI> <B>Messages sorted by:</B> 
              <a href="date.html#4813">[ date ]</a>
              <a href="thread.html#4813">[ thread ]</a>
              <a href="subject.html#4813">[ subject ]</a>
              <a href="author.html#4813">[ author ]</a>
         </LI>
       </UL>`;
const mmMade =
  'mailto:bka-members%40lists.wessexbees.example?Subject=Re%3A%20%5BBKA-members%5D%20Hive-talk%20Digest%2C%20Vol%2038%2C%20Issue%2012' +
  '&In-Reply-To=%3Cmailman.1291.1741672802.1904.hive-talk%40lists.wessexbees.example%3E';
const mmHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
 <HEAD>
   <TITLE> [BKA-members] ${mmTitle}
   </TITLE>
   <LINK REL="Index" HREF="index.html" >
   <LINK REL="made" HREF="${mmMade}">
   <META NAME="robots" CONTENT="index,nofollow">
   <style type="text/css">
       pre {
           white-space: pre-wrap;       /* css-2.1, curent FF, Opera, Safari */
           }
   </style>
   <META http-equiv="Content-Type" content="text/html; charset=utf-8">
   <LINK REL="Previous"  HREF="004812.html">
   <LINK REL="Next"  HREF="004814.html">
 </HEAD>
 <BODY BGCOLOR="#ffffff">
   <H1>[BKA-members] ${mmTitle}</H1>
    <B>hive-talk-request at lists.wessexbees.example</B> 
    <A HREF="mailto:bka-members%40lists.wessexbees.example?Subject=Re%3A%20%5BBKA-members%5D%20Hive-talk%20Digest%2C%20Vol%2038%2C%20Issue%2012"
       TITLE="[BKA-members] ${mmTitle}">hive-talk-request at lists.wessexbees.example
       </A><BR>
    <I>Tue Mar 11 06:00:02 GMT 2025</I>
    ${mmNav(false)}
    <HR>  
<!--beginarticle-->
<PRE>${mmPre}</PRE>

<!--endarticle-->
    <HR>
    ${mmNav(true)}

<hr>
<a href="https://lists.wessexbees.example/mailman/listinfo/bka-members">More information about the BKA-members
mailing list</a><br>
</body></html>`;
export const mailmanDigest: TestPage = {
  html: mmHtml,
  name: 'heldout47-mailman-digest',
  kind: 'forum',
  // title: the digest's subject without the list tag; no headings; body: the four messages of the thread (each a post);
  // the quoted line in the second with its "On ... wrote:" line is in neither (a quoted post); bylines: the archive's sender
  // and date line and each message's From and Date (the sender's address once, as the byline, though the instructions name
  // it too); furniture: the previous/next and "Messages sorted by" lists (once), the digest's instructions, "Today's
  // Topics" and its lines, the "Message: N", To, Subject, Message-ID, In-Reply-To and Content-Type lines, "Subject: Digest
  // Footer", the footer, "End of ... Digest", the sign-off and signature ("Harold" alone: a sign-off; Meg's "-- " block)
  // and "More information about the BKA-members mailing list"
  title: mmTitle,
  headings: [],
  body: mmMsgs.flatMap((m) => texts(m.paras)),
  bylines: [
    'hive-talk-request at lists.wessexbees.example',
    'Tue Mar 11 06:00:02 GMT 2025',
    ...new Set(mmMsgs.map((m) => `From: ${m.who} <${m.mail}>`)),
    ...mmMsgs.map((m) => `Date: ${m.date}`),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Previous message: [BKA-members] Apiary rota for April', 'Next message: [BKA-members] Hive-talk Digest, Vol 38, Issue 13', 'Messages sorted by:',
    '[ date ]', '[ thread ]', '[ subject ]', '[ author ]', 'Send Hive-talk mailing list submissions to',
    'To subscribe or unsubscribe via the World Wide Web, visit', "or, via email, send a message with subject or body 'help' to",
    'You can reach the person managing the list at', 'hive-talk-owner at lists.wessexbees.example',
    'When replying, please edit your Subject line so it is more specific than "Re: Contents of Hive-talk digest..."', "Today's Topics:",
    ...mmTopics.map((t) => t.trim()), ...mmMsgs.map((m) => `Message: ${m.n}`), `To: ${list}`, ...new Set(mmMsgs.map((m) => `Subject: ${m.subj}`)),
    ...mmMsgs.map((m) => `Message-ID: <${m.id}>`), ...new Set(mmMsgs.flatMap((m) => (m.reply ? [`In-Reply-To: <${m.reply}>`] : []))),
    'Content-Type: text/plain; charset="utf-8"', 'Harold', 'Meg Thornbury Seasonal bee inspector, South West (retired)', 'Subject: Digest Footer',
    'Hive-talk mailing list', url, 'End of Hive-talk Digest, Vol 38, Issue 12', 'More information about the BKA-members mailing list',
  ],
};
