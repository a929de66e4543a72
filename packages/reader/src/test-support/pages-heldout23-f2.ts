import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 23, file f2: a Buttondown newsletter archive issue (the newsletter's header with avatar, name, description and
 * subscribe form, the "Archives" link, the issue subject and date, the email body with a greeting, h2 sections, a reading list,
 * a sign-off line and a P.S., the "Share this email" links, the comment form, the "Don't miss what's next" subscribe box, the
 * social links and the "Powered by Buttondown" footer).
 */
const bdTitle = 'No. 112: The great onion reckoning';
const bdBody1 = [
  'Hi all,',
  'It has been a strange, soft autumn on the plot. We had our first frost only last Tuesday, three weeks later than last year, ' +
    'and the nasturtiums along the fence are still flowering as if nobody told them it was November.',
];
const bdH1 = 'This week on the plot';
const bdBody2 = [
  'The big job was lifting and sorting the onions that have been curing in the shed since August. I grew four varieties this ' +
    'year, and I kept notes, so for once I can tell you something more useful than “some of them were fine.”',
  'The red onions were the disappointment. About a third had gone soft at the neck, which I’m fairly sure is my fault for ' +
    'lifting them the week of all that rain. The long white ones stored beautifully, and the small shallots from Margaret ' +
    'two plots down are, frankly, the best thing I grew all year.',
  'I’ve plaited the best of the whites and hung them in the porch, where they will look rustic and charming until the ' +
    'first person knocks one off with a bicycle.',
];
const bdH2 = 'What I’m reading';
const bdList = [
  '<a href="https://example.org/onion-storage">A county extension service’s guide to curing and storing onions</a>, which I ' + 'should have read in August.',
  '<a href="https://example.org/allotment-history">A short history of allotments in wartime</a>, full of photographs of lawns ' + 'dug up for potatoes.',
  '<a href="https://example.org/seed-swap">Notes from a seed swap in Bristol</a>, by a reader of this newsletter. Thank you, Joe!',
];
const bdH3 = 'One question';
const bdBody3 = [
  'Do any of you grow overwintering onions from sets? I’ve never had much luck with them, but Margaret swears by them and I’m ' +
    'tempted to try again. Hit reply and tell me what works for you; I’ll share the best answers next week.',
  'See you next week,',
];
const bdPs = 'P.S. The plot association’s compost delivery is on Saturday the 15th. Bring your own wheelbarrow and, ideally, a friend.';
const bdShare = [
  'Share on Twitter',
  'Share on LinkedIn',
  'Share on Hacker News',
  'Share on Reddit',
  'Share via email',
  'Share on Mastodon',
  'Share on Bluesky',
];
const bdSocial = ['Instagram', 'Bluesky', 'Website'];
const bdDesc = 'A weekly letter from a small allotment in south London: what grew, what didn’t, and what I’m reading.';
const bdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>No. 112: The great onion reckoning • Buttondown</title><meta name="description" content="It has been a strange, soft autumn on the plot.">
<meta property="og:title" content="No. 112: The great onion reckoning"><meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/rss+xml" title="Field Notes from the Allotment" href="https://buttondown.example/fieldnotes/rss">
<style>:root{--color-primary:#3d6b35}.email-body-content img{max-width:100%}</style>
<script>window.NEWSLETTER = {"username":"fieldnotes","name":"Field Notes from the Allotment","archive_theme":"modern","comments_enabled":true};</script></head>
<body class="archive-email-page"><div class="newsletter-header"><a href="/fieldnotes" class="newsletter-header__link">
<img class="newsletter-header__avatar" src="https://assets.buttondown.example/images/fieldnotes-avatar.png" alt="">
<span class="newsletter-header__name">Field Notes from the Allotment</span></a>
<p class="newsletter-header__description">${bdDesc}</p>
<form class="subscribe-form" action="https://buttondown.example/api/emails/embed-subscribe/fieldnotes" method="post">
<input type="email" name="email" placeholder="you@example.com" aria-label="Email address"><input type="submit" value="Subscribe">
</form><nav class="newsletter-header__nav"><a href="/fieldnotes/archive/">Archives</a></nav></div>
<main class="email-detail"><div class="email-detail__header"><h1 class="email-detail__subject">${bdTitle}</h1>
<div class="email-detail__date"><time datetime="2025-11-08">November 8, 2025</time></div></div>
<div class="email-body-content">
${bdBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${bdH1}</h2>
${bdBody2.map((p) => `<p>${p}</p>`).join('\n')}
<p><img src="https://assets.buttondown.example/images/onion-plaits.jpeg" alt="Plaited white onions hanging in a porch"></p>
<h2>${bdH2}</h2>
<ul>${bdList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${bdH3}</h2>
${bdBody3.map((p) => `<p>${p}</p>`).join('\n')}
<p>— Priya</p>
<p><em>${bdPs}</em></p>
</div>
<div class="email-detail__share"><p>Share this email:</p><ul>${bdShare
  .map((t) => `<li><a href="https://share.example/?u=https%3A//buttondown.example/fieldnotes/archive/no-112" aria-label="${t}">${t}</a></li>`)
  .join('')}</ul></div>
<div class="email-detail__comments"><p class="comments-heading">Add a comment:</p>
<form class="comment-form"><textarea name="text" aria-label="Comment"></textarea>
<input type="email" name="email" placeholder="you@example.com" aria-label="Email address">
<button type="submit">Comment and Subscribe</button></form></div></main>
<div class="newsletter-footer"><div class="newsletter-footer__subscribe"><p>Don’t miss what’s next. Subscribe to Field Notes from the Allotment:</p>
<form class="subscribe-form" action="https://buttondown.example/api/emails/embed-subscribe/fieldnotes" method="post"><input type="email" name="email"
placeholder="you@example.com" aria-label="Email address"><input type="submit" value="Subscribe"></form></div>
<ul class="newsletter-footer__social">${bdSocial.map((t) => `<li><a href="https://${t.toLowerCase()}.example/fieldnotes">${t}</a></li>`).join('')}</ul>
<p class="newsletter-footer__powered-by">
<a href="https://buttondown.example/refer/fieldnotes">Powered by Buttondown, the easiest way to start and grow your newsletter.</a></p></div>
</body></html>`;
export const buttondownIssue: TestPage = {
  html: bdHtml,
  name: 'heldout23-buttondown-newsletter-issue',
  kind: 'blog',
  // the email's text is the body: the greeting ("Hi all,"), paragraphs, the reading list, the closing line ("See you next
  // week,") and the P.S.; its three h2s are the headings; the signature "— Priya" is the letter's author line and the date
  // the dateline (bylines); the newsletter's name, description and subscribe form, "Archives", "Share this email" with its
  // links, the comment form, the footer subscribe box, social links and "Powered by Buttondown" are furniture; the form
  // buttons ("Subscribe") are input values, not text: left out
  title: bdTitle,
  headings: [bdH1, bdH2, bdH3],
  body: [...bdBody1, ...bdBody2, ...texts(bdList), ...bdBody3, bdPs],
  bylines: ['— Priya', 'November 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Field Notes from the Allotment', bdDesc, 'Archives', 'Share this email:', ...bdShare, 'Add a comment:', 'Comment and Subscribe',
    'Don’t miss what’s next. Subscribe to Field Notes from the Allotment:', ...bdSocial,
    'Powered by Buttondown, the easiest way to start and grow your newsletter.',
  ],
};
