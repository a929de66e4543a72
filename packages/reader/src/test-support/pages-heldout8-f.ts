import { wrap } from './heldout8-kit.js';
import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 8, file f (forum): a Pipermail (Mailman 2) archive message, the whole message in one
 * `<pre>`, and a Google Groups conversation page with three messages.
 */
const reply = [
  'Copper tape has never lasted more than a season for me either. What has worked on our allotment for three years now ' +
    'is a ring of coarse grit, the sharp horticultural kind, about two inches wide and an inch deep around each bed.',
  'The trick is to keep it dry. Once it is wet and packed down the slugs cross it happily, so I put a short strip of ' +
    'plastic edging on the outside to stop soil washing in, and rake it loose again after heavy rain.',
  'I also stopped watering in the evening. Watering in the morning means the surface is dry by dusk, when the slugs ' +
    'come out, and that alone made a bigger difference than any barrier.',
  'For the lettuces I still go out with a torch twice a week in May. It is not glamorous, but fifty slugs collected is ' +
    'fifty slugs that will not lay eggs.',
  'Happy to bring a bag of the grit to the April meeting if anyone wants to try it.',
];
const pipeHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">
<HTML><HEAD><TITLE> [Allotments-l] Re: Slug barriers that actually work?</TITLE>
<LINK REL="Index" HREF="index.html"><LINK REL="made" HREF="mailto:allotments-l%40lists.growers.example">
<META NAME="robots" CONTENT="index,nofollow"><META http-equiv="Content-Type" content="text/html; charset=utf-8">
<LINK REL="Previous" HREF="004211.html"><LINK REL="Next" HREF="004213.html"></HEAD>
<BODY BGCOLOR="#ffffff">
<H1>[Allotments-l] Re: Slug barriers that actually work?</H1>
<B>Marion Teague</B>
<A HREF="mailto:allotments-l%40lists.growers.example?Subject=Re%3A%20Slug%20barriers&In-Reply-To=%3C1@example%3E"
TITLE="[Allotments-l] Re: Slug barriers that actually work?">marion.teague at fernleigh.example</A><BR>
<I>Tue Mar 11 09:42:17 GMT 2025</I>
<P><UL>
<LI>Previous message: <A HREF="004211.html">[Allotments-l] Slug barriers that actually work?</A></li>
<LI>Next message: <A HREF="004213.html">[Allotments-l] Seed swap list for April</A></li>
<LI> <B>Messages sorted by:</B> <a href="date.html#4212">[ date ]</a> <a href="thread.html#4212">[ thread ]</a>
<a href="subject.html#4212">[ subject ]</a> <a href="author.html#4212">[ author ]</a></LI></UL>
<HR><!--beginarticle-->
<PRE>On 10/03/2025 21:05, Owen Pryce wrote:
<I>&gt; I tried copper tape around the raised beds last year and it peeled off
</I><I>&gt; after the first frost. Has anyone found something that lasts?
</I>
${reply.map((p) => wrap(p)).join('\n\n')}

Marion
(plot 14, Fernleigh Road)

</PRE>

<!--endarticle-->
<HR><P><UL><!--threads-->
<LI>Previous message: <A HREF="004211.html">[Allotments-l] Slug barriers that actually work?</A></li>
<LI>Next message: <A HREF="004213.html">[Allotments-l] Seed swap list for April</A></li>
</UL><hr><a href="https://lists.growers.example/mailman/listinfo/allotments-l">More information about the Allotments-l mailing list</a><br>
</body></html>`;
const pipermail: TestPage = {
  html: pipeHtml,
  name: 'heldout8-pipermail-message',
  kind: 'forum',
  // hard calls: the whole message sits in one <pre> wrapped at 72 columns, and its paragraphs are body (not code);
  // the quoted lines of the earlier message and their "wrote:" line are furniture; the sender's sign-off
  // name and plot are furniture; the sender line, address and date are bylines
  title: '[Allotments-l] Re: Slug barriers that actually work?',
  headings: [],
  body: texts(reply),
  bylines: ['Marion Teague', 'marion.teague at fernleigh.example', 'Tue Mar 11 09:42:17 GMT 2025'],
  furniture: [
    'Previous message:',
    'Next message:',
    '[Allotments-l] Seed swap list for April',
    'Messages sorted by:',
    '[ date ]',
    '[ thread ]',
    '[ subject ]',
    '[ author ]',
    'On 10/03/2025 21:05, Owen Pryce wrote:',
    'I tried copper tape around the raised beds last year and it peeled off',
    'after the first frost. Has anyone found something that lasts?',
    '(plot 14, Fernleigh Road)',
    'More information about the Allotments-l mailing list',
    '[Allotments-l] Slug barriers that actually work?',
    'Marion',
  ],
};

const question = [
  'We run the club’s timing system on a Raspberry Pi at the finish line, and twice this season it has lost about four ' +
    'seconds over a two-hour event. The clock is set by NTP when the Pi boots at home, but there is no network at the course.',
  'Is there a sensible way to keep the time accurate offline? We only need the finish times to be right relative to the ' +
    'start gun, but it would be nice if they matched the official clock too.',
];
const answer1 = [
  'A Pi has no real-time clock, so once it loses NTP it drifts at whatever rate its crystal runs, and a few seconds over ' +
    'two hours is typical. A cheap RTC module on the I2C header holds time while powered off but drifts almost as much.',
  'The proper fix is a GPS receiver with a PPS output. With gpsd and chrony the Pi will lock to GPS time within a minute ' +
    'of getting a fix, and you will be accurate to well under a millisecond with no network at all.',
];
const answer2 = [
  'Seconding the GPS suggestion. We use a USB puck for about twenty pounds and it has been fine even under trees, although ' +
    'the USB ones without PPS are only good to a few tens of milliseconds.',
  'If you cannot add hardware, record the start gun on the same Pi. Then every finish time is measured against the same ' +
    'clock and the drift mostly cancels out over a single race.',
];
const msg = (name: string, date: string, paras: string[]): string =>
  `<div class="ptW7te" role="listitem"><div class="LgTg2b"><span class="s1f8Zd"><h3 class="s1f8Zd">${name}</h3></span>
<span class="zX2W9c">unread,</span><span class="zX2W9c">${date}</span></div>
<div class="bDEGz" aria-label="Message body">${paras.map((p) => `<p dir="ltr">${p}</p>`).join('\n')}</div>
<div class="XqNhGe"><span role="button">Reply all</span><span role="button">Reply to author</span><span role="button">Forward</span></div></div>`;
const groupsHtml = `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>Keeping time on a Pi with no network - Google Groups</title><meta name="referrer" content="origin">
<script nonce="x">window.WIZ_global_data={"qwAQke":"GroupsFrontendUi"};</script>
<style nonce="x">.ptW7te{padding:16px}.s1f8Zd{font-weight:500}</style></head>
<body jscontroller="pjICDe" class="EIlDfe">
<div class="gb_Fa" role="banner"><a class="gb_Ed" href="https://groups.google.example/">Groups</a>
<a class="gb_ta" href="/signin">Sign in</a></div>
<div class="c3ySdf" role="navigation"><ul>${links(['Conversations', 'About'], 'DsoRMe')}</ul></div>
<div class="Qdrnqf"><div class="XnNbdf">Race Timing Volunteers</div>
<a class="ymnL0d" href="/g/race-timing">Back to Conversations</a></div>
<main class="xyZD5c" role="main"><div class="Lc6yHc">
<h1 class="KPwZRb gKR4Fb">Keeping time on a Pi with no network</h1>
<div class="U2M6hf">3 views</div><div class="dgt8tb">Skip to first unread message</div>
<div role="list">
${msg('Elspeth Varga', 'Feb 18, 2025, 8:14:03 PM', question)}
${msg('Dmitri Loukas', 'Feb 18, 2025, 9:02:47 PM', answer1)}
${msg('Harriet Sowande', 'Feb 19, 2025, 7:31:10 AM', answer2)}
</div></div></main>
<div class="gdrpdd" role="contentinfo">
<a href="https://policies.google.example/privacy">Privacy</a> • <a href="https://policies.google.example/terms">Terms</a></div>
<div class="VtDhyd">You received this message because you are subscribed to the Google Groups "Race Timing Volunteers" group.</div>
</body></html>`;
const groups: TestPage = {
  html: groupsHtml,
  name: 'heldout8-google-groups-thread',
  kind: 'forum',
  // hard calls: the question and both replies are body (a discussion page); each sender name and date is a byline;
  // "unread," markers, the per-message action buttons and the group name are furniture
  title: 'Keeping time on a Pi with no network',
  headings: [],
  body: texts([...question, ...answer1, ...answer2]),
  bylines: ['Elspeth Varga', 'Feb 18, 2025, 8:14:03 PM', 'Dmitri Loukas', 'Feb 18, 2025, 9:02:47 PM', 'Harriet Sowande', 'Feb 19, 2025, 7:31:10 AM'],
  furniture: [
    'Groups',
    'Sign in',
    'Conversations',
    'Race Timing Volunteers',
    'Back to Conversations',
    '3 views',
    'Skip to first unread message',
    'unread,',
    'Reply all',
    'Reply to author',
    'Forward',
    'Privacy',
    'Terms',
    'You received this message because you are subscribed to the Google Groups "Race Timing Volunteers" group.',
    'About',
  ],
};

export const HELDOUT8_F: readonly TestPage[] = [pipermail, groups];
