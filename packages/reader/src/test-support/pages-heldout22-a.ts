import type { TestPage } from './page-kit.js';
import { googleGroups } from './pages-heldout22-a2.js';

/**
 * Held-out batch 22, file a: one message of a Mailman 2 (pipermail) list archive, as the archiver writes it: the bare
 * HTML 4 page with the subject as h1, sender name, obfuscated address and date, the "Previous/Next message (by thread)"
 * and "Messages sorted by" navigation above and below, and the message itself in one <pre> with an inline reply (quoted
 * lines marked "&gt;<i>"), the signature after "-- " and the list footer the list server appended. The Google Groups
 * thread is in pages-heldout22-a2.ts.
 */
const mmList = 'Hydroflow-users';
const mmSubject = 'Mass balance drifts after switching to adaptive time steps';
const mmTitle = `[${mmList}] Re: ${mmSubject}`;
const mmNext = `[${mmList}] Snow module: degree-day factor per elevation band?`;
const mmAttrib = 'On Tue, Mar 4, 2025 at 9:12 AM Paulo Mendes <paulo.mendes at riverlab.example> wrote:';
/** Quoted lines, as the earlier message wrapped them. */
const mmQuote1 = [
  'After moving our Tagus sub-basin model from a fixed 15-minute step to the',
  'adaptive scheme in 3.2, the cumulative mass balance error creeps up to',
  'about 0.8 % over a simulated year. With fixed steps it stayed under',
  '0.05 %. Is this expected, and is there a setting we have missed?',
];
const mmReply1 = [
  'Not at that size, no. Some drift is normal with the adaptive scheme, because the routing step and the infiltration step ' +
    'are no longer always aligned, but in our own test basins it stays below 0.1 % over a year.',
  'The usual cause is the reservoir module. When the solver shortens a step in the middle of a release period, the release ' +
    'volume is still computed for the full nominal step and then clipped, and the clipped part is never written back to ' +
    'storage. We fixed that in 3.2.1, so the first thing to check is which version you are running: hydroflow --version ' +
    'prints it on the first line.',
];
const mmQuote2 = ['We also see the error jump on days with heavy rain, which made me think', 'it is the infiltration routine rather than the routing.'];
const mmReply2 = [
  "That fits the reservoir explanation as well, I'm afraid. Heavy rain is exactly when the controller shrinks the step, so " +
    'every effect of step splitting shows up on those days first. If you want to be sure, run the model once with the ' +
    'reservoirs switched off (set reservoirs.enabled = false in the run file) and compare the two balances. If the drift ' +
    'disappears, it is the release bug; if it stays, please send me the run file and one year of forcing data off-list and ' +
    'I will take a look.',
  'For what it is worth, we also recommend raising max_substeps from the default of 16 to 64 for basins with steep ' +
    'headwaters. It costs about ten per cent more run time but keeps the step controller from giving up and falling back ' +
    'to the minimum step for hours at a time.',
];
const mmSig = 'Hydroflow core team | Nordic Water Modelling Centre';
/** A paragraph hard-wrapped at 72 characters, as the mail client sent it. */
const wrap = (p: string): string => {
  const lines: string[] = [];
  let line = '';
  for (const w of p.split(' ')) {
    if (line !== '' && line.length + w.length + 1 > 72) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  return [...lines, line].join('\n');
};
const quoted = (lines: readonly string[]): string => lines.map((l) => `&gt;<i> ${l}\n</I>`).join('');
const mmMailto =
  'mailto:hydroflow-users%40lists.hydroflow.example?Subject=Re%3A%20%5BHydroflow-users%5D%20Mass%20balance%20drifts' +
  '&In-Reply-To=%3CCAJx8q2Lw%3DP0m%40mail.example%3E';
const mmListinfo = 'https://lists.hydroflow.example/mailman/listinfo/hydroflow-users';
const mmHref = (n: number): string => `0${n}.html`;
const mmNav = (where: string): string => `<P><UL>
${where}
        <LI>Previous message (by thread): <A HREF="${mmHref(18341)}">[${mmList}] ${mmSubject}
</A></li>
        <LI>Next message (by thread): <A HREF="${mmHref(18355)}">${mmNext}
</A></li>
         <LI> <B>Messages sorted by:</B> 
              <a href="date.html#18347">[ date ]</a>
              <a href="thread.html#18347">[ thread ]</a>
              <a href="subject.html#18347">[ subject ]</a>
              <a href="author.html#18347">[ author ]</a>
         </LI>
       </UL>`;
const mmHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
 <HEAD>
   <TITLE> ${mmTitle}
   </TITLE>
   <LINK REL="Index" HREF="index.html" >
   <LINK REL="made"
         HREF="${mmMailto}">
   <META NAME="robots" CONTENT="index,nofollow">
   <style type="text/css">
       pre {
           white-space: pre-wrap;       /* css-2.1, curent FF, Opera, Safari */
           }
   </style>
   <META http-equiv="Content-Type" content="text/html; charset=utf-8">
   <LINK REL="Previous"  HREF="${mmHref(18341)}">
   <LINK REL="Next"  HREF="${mmHref(18355)}">
 </HEAD>
 <BODY BGCOLOR="#ffffff">
   <H1>${mmTitle}</H1>
    <B>Ingrid Solheim</B> 
    <A HREF="${mmMailto}"
       TITLE="${mmTitle}">ingrid.solheim at nwmc.example
       </A><BR>
    <I>Wed Mar  5 08:47:19 UTC 2025</I>
    ${mmNav('')}
    <HR>  
<!--beginarticle-->
<PRE>Hi Paulo,

On Tue, Mar 4, 2025 at 9:12 AM Paulo Mendes &lt;<A HREF="${mmListinfo}">paulo.mendes at riverlab.example</A>&gt; wrote:

${quoted(mmQuote1)}
${mmReply1.map(wrap).join('\n\n')}

${quoted(mmQuote2)}
${mmReply2.map(wrap).join('\n\n')}

-- 
Ingrid Solheim
${mmSig}
_______________________________________________
${mmList} mailing list
${mmList} at lists.hydroflow.example
<A HREF="https://lists.hydroflow.example/mailman/listinfo/hydroflow-users">https://lists.hydroflow.example/mailman/listinfo/hydroflow-users</A>
</PRE>

<!--endarticle-->
    <HR>
    ${mmNav('        <!--threads-->')}

<hr>
<a href="https://lists.hydroflow.example/mailman/listinfo/hydroflow-users">More information about the ${mmList}
mailing list</a><br>
</body></html>
`;
const pipermail: TestPage = {
  html: mmHtml,
  name: 'heldout22-pipermail-message',
  kind: 'forum',
  // the page is one message, so the message is the article: the greeting and the reply paragraphs are body; the quoted
  // lines it answers inline are furniture, as the quoted earlier message is on batch 8's Pipermail page (its writer had made
  // them body; changed when batch 22 became training in session 14); the h1 subject is the title; the sender's name, address and date and the "On ...
  // wrote:" attribution line are bylines ("Ingrid Solheim" is in the signature too: counted once); the signature line, the
  // list footer the server appended inside the <pre>, both copies of the thread navigation (counted once), "Messages sorted
  // by" with its four links and "More information about ..." are furniture; the previous message's subject is the title
  // without "Re:" (kept: it is not a part of the title word for word)
  title: mmTitle,
  headings: [],
  body: ['Hi Paulo,', ...mmReply1, ...mmReply2],
  bylines: ['Ingrid Solheim', 'ingrid.solheim at nwmc.example', 'Wed Mar 5 08:47:19 UTC 2025', mmAttrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    mmQuote1.map((l) => `> ${l}`).join(' '), mmQuote2.map((l) => `> ${l}`).join(' '),
    'Previous message (by thread):', `[${mmList}] ${mmSubject}`, 'Next message (by thread):', mmNext, 'Messages sorted by:', '[ date ]', '[ thread ]',
    '[ subject ]', '[ author ]', mmSig, '_______________________________________________', `${mmList} mailing list`, `${mmList} at lists.hydroflow.example`,
    'https://lists.hydroflow.example/mailman/listinfo/hydroflow-users', `More information about the ${mmList} mailing list`,
  ],
};

export const HELDOUT22_A: readonly TestPage[] = [pipermail, googleGroups];
