import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 205, file e2: a walking club's Mailman 2.1 digest as the list's pipermail archive stores it, one static
 * page per message (the h1 subject, the sender and date, the previous / next / "Messages sorted by" links above and below,
 * and the whole digest in one <pre>: the Mailman preamble, "Today's Topics", four messages with their headers, quoted
 * text and a signature, the digest footer and "End of ... Digest").
 */
const title = '[Fellwalkers] Fellwalkers Digest, Vol 18, Issue 42';
const wrap = (t: string, w = 70): string => {
  const out: string[] = [];
  let line = '';
  for (const word of t.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > w) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...out, line].join('\n');
};
interface Msg {
  n: number;
  from: string;
  date: string;
  subject: string;
  quote?: string[];
  paras: string[];
  signoff: string;
  sig?: string;
}
const msgs: Msg[] = [
  {
    n: 1,
    from: 'From: Judith Carr &lt;judith.carr at fellmail.example&gt;',
    date: 'Date: Mon, 13 Oct 2025 18:02:41 +0100',
    subject: 'Subject: Re: [Fellwalkers] Path closure at Stonebeck',
    quote: ['Does anyone know how long the bridge at Stonebeck will be shut? We', 'had planned the 25th around it.'],
    paras: [
      'The notice on the gate says until the end of November, but the ranger I spoke to on Saturday thought it could be ' +
        'Christmas. They found more rot in the beams once the decking was up.',
      'There is a signed diversion over the footbridge at Low Garth. It adds about a mile and a steep bit of bracken, and ' +
        'it was very muddy at the bottom last week. Fine for the 25th if people are warned.',
    ],
    signoff: 'Judith',
  },
  {
    n: 2,
    from: 'From: Tom Ashby &lt;tom at ashby-family.example&gt;',
    date: 'Date: Mon, 13 Oct 2025 21:15:09 +0100',
    subject: 'Subject: Re: [Fellwalkers] Path closure at Stonebeck',
    paras: [
      'I volunteer with the footpath group and can confirm the end of November is optimistic. The new beams are on order ' +
        'but the contractor cannot start until the river drops.',
      'One thing to add to what Judith said: the Low Garth footbridge has a weight limit sign for livestock, and the gate ' +
        'on the far side sticks. It opens if you lift it. Please close it behind you, there are sheep in that field until ' +
        'the end of the month.',
    ],
    signoff: 'Tom',
    sig: 'Tom Ashby, Stonebeck Footpath Volunteers. Bridges, stiles and the odd fallen tree.',
  },
  {
    n: 3,
    from: 'From: Priya Nair &lt;pnair at coldmail.example&gt;',
    date: 'Date: Tue, 14 Oct 2025 07:48:22 +0100',
    subject: 'Subject: [Fellwalkers] Lost: blue rucksack cover near High Raise',
    paras: [
      'On Sunday’s walk I lost the rain cover from my rucksack somewhere between High Raise and the top of the descent to ' +
        'the tarn. It is bright blue with a reflective strip and my initials, P.N., written inside in marker.',
      'If anyone from the Wednesday group is up there this week and spots it on a fence or under a rock, I would be very ' +
        'grateful. Happy to buy the finder a pint at the Drovers.',
    ],
    signoff: 'Thanks, Priya',
  },
  {
    n: 4,
    from: 'From: Colin Ferrier &lt;programme at fellwalkers.example&gt;',
    date: 'Date: Tue, 14 Oct 2025 09:30:57 +0100',
    subject: 'Subject: [Fellwalkers] Winter programme draft',
    paras: [
      'The draft winter programme is now on the club website under Walks. There are twelve walks from November to February, ' +
        'with shorter routes in December and January and a start time of 9.30 instead of 9.00 so nobody drives over the pass ' +
        'in the dark.',
      'Two walks still need leaders: the Boxing Day stroll round the reservoir and the February walk from Kettlesett. If ' +
        'you can lead either, or would like to co-lead with someone more experienced, please reply to me off the list by ' +
        'the end of the month.',
      'Comments on the draft are welcome at the committee meeting on 4 November.',
    ],
    signoff: 'Colin (walks secretary)',
  },
];
const preamble = [
  'Send Fellwalkers mailing list submissions to fellwalkers at lists.fellwalkers.example',
  'To subscribe or unsubscribe via the World Wide Web, visit https://lists.fellwalkers.example/mailman/listinfo/fellwalkers or, ' +
    "via email, send a message with subject or body 'help' to fellwalkers-request at lists.fellwalkers.example",
  'You can reach the person managing the list at fellwalkers-owner at lists.fellwalkers.example',
  'When replying, please edit your Subject line so it is more specific than "Re: Contents of Fellwalkers digest..."',
];
const topics = [
  "Today's Topics:",
  '1. Re: Path closure at Stonebeck (Judith Carr)',
  '2. Re: Path closure at Stonebeck (Tom Ashby)',
  '3. Lost: blue rucksack cover near High Raise (Priya Nair)',
  '4. Winter programme draft (Colin Ferrier)',
];
const footer = [
  'Subject: Digest Footer',
  'Fellwalkers mailing list',
  'fellwalkers at lists.fellwalkers.example',
  'https://lists.fellwalkers.example/mailman/listinfo/fellwalkers',
  'End of Fellwalkers Digest, Vol 18, Issue 42',
];
const links = [
  'Previous message (by thread):',
  '[Fellwalkers] Path closure at Stonebeck',
  'Next message (by thread):',
  '[Fellwalkers] Lift share for Saturday?',
  'Messages sorted by:',
  '[ date ]',
  '[ thread ]',
  '[ subject ]',
  '[ author ]',
];
const more = 'More information about the Fellwalkers mailing list';
const linkify = (t: string): string => t.replace(/https:\/\/\S+fellwalkers(?=\s|$)/, (u) => `<A HREF="${u}">${u}</A>`);
const msgText = (m: Msg): string =>
  [
    `Message: ${m.n}`,
    m.date,
    m.from,
    m.subject,
    `Message-ID: &lt;${m.n}a7c${m.n}e0f-2b1d-4c8e@fellwalkers.example&gt;`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...(m.quote ? [...m.quote.map((q) => `&gt; ${q}`), ''] : []),
    ...m.paras.flatMap((p) => [wrap(p), '']),
    m.signoff,
    ...(m.sig ? ['', '-- ', wrap(m.sig)] : []),
    '',
    '',
    '------------------------------',
    '',
  ].join('\n');
const nav = `<P><UL>
        <LI>${links[0]} <A HREF="004211.html">${links[1]}
</A></li>
        <LI>${links[2]} <A HREF="004213.html">${links[3]}
</A></li>
         <LI> <B>${links[4]}</B>
              <a href="date.html#4212">${links[5]}</a>
              <a href="thread.html#4212">${links[6]}</a>
              <a href="subject.html#4212">${links[7]}</a>
              <a href="author.html#4212">${links[8]}</a>
         </LI>
       </UL>`;
const digest = [
  'Send Fellwalkers mailing list submissions to\n\tfellwalkers at lists.fellwalkers.example',
  '',
  linkify(wrap(preamble[1] ?? '')),
  '',
  wrap(preamble[2] ?? ''),
  '',
  wrap(preamble[3] ?? '').replace(/"/g, '&quot;'),
  '',
  '',
  topics[0],
  '',
  ...topics.slice(1).map((t) => `   ${t}`),
  '',
  '',
  '----------------------------------------------------------------------',
  '',
  ...msgs.map(msgText),
  footer[0],
  'Digest-Footer: yes',
  '',
  '_______________________________________________',
  footer[1],
  footer[2],
  linkify(footer[3] ?? ''),
  '',
  '',
  '------------------------------',
  '',
  footer[4],
  '*******************************************',
].join('\n');
const html = `<!DOCTYPE html>
<html>
 <HEAD>
   <TITLE> ${title}
   </TITLE>
   <LINK REL="Index" HREF="index.html" >
   <LINK REL="made" HREF="mailto:fellwalkers%40lists.fellwalkers.example?Subject=Re%3A%20%5BFellwalkers%5D%20Fellwalkers%20Digest">
   <META NAME="robots" CONTENT="index,nofollow">
   <style type="text/css">
       pre {
           white-space: pre-wrap;       /* css-2.1, curent FF, Opera, Safari */
           }
   </style>
   <META http-equiv="Content-Type" content="text/html; charset=utf-8">
   <LINK REL="Previous"  HREF="004211.html">
   <LINK REL="Next"  HREF="004213.html">
 </HEAD>
 <BODY BGCOLOR="#ffffff">
   <H1>${title}</H1>
    <B>fellwalkers-request at lists.fellwalkers.example</B>
    <A HREF="mailto:fellwalkers%40lists.fellwalkers.example?Subject=Re%3A%20%5BFellwalkers%5D%20Fellwalkers%20Digest"
       TITLE="${title}">fellwalkers-request at lists.fellwalkers.example
       </A><BR>
    <I>Tue Oct 14 12:00:03 BST 2025</I>
    ${nav}
    <HR>
<!--beginarticle-->
<PRE>${digest}
</PRE>

<!--endarticle-->
    <HR>
    ${nav.replace('<P><UL>', '<P><UL>\n        <!--threads-->')}

<hr>
<a href="https://lists.fellwalkers.example/mailman/listinfo/fellwalkers">More information about the Fellwalkers
mailing list</a><br>
</body></html>`;
export const digestPage: TestPage = {
  html,
  name: 'heldout205-mailman-digest-forum',
  kind: 'forum',
  // every message's own text is body; "From:" and "Date:" lines, the digest's sender address and archive date are
  // bylines; "Subject:" lines, "Message-ID" and "Content-Type" headers, quoted text, the "-- " delimiter, separators and
  // the sign-off lines are in neither list; the signature block, "Message: N" labels, the Mailman preamble, "Today's
  // Topics" with its entries, the digest footer and the archive's navigation links are furniture
  title,
  headings: [],
  body: msgs.flatMap((m) => m.paras.map((p) => p.replace(/&lt;/g, '<').replace(/&gt;/g, '>'))),
  bylines: [
    'fellwalkers-request at lists.fellwalkers.example',
    'Tue Oct 14 12:00:03 BST 2025',
    ...msgs.flatMap((m) => [m.date, m.from.replace(/&lt;/g, '<').replace(/&gt;/g, '>')]),
  ],
  furniture: [
    ...links,
    ...preamble,
    ...topics,
    ...msgs.map((m) => `Message: ${m.n}`),
    'Tom Ashby, Stonebeck Footpath Volunteers. Bridges, stiles and the odd fallen tree.',
    ...footer,
    more,
  ],
};
