import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 229, file c2: a HEY World post (the sparse header with the writer's avatar and name linking to the world's
 * index, the post's h1 and date, the trix-content body with a quote and a list, the "Subscribe to get future posts via
 * email (or grab the RSS feed)" box with its hidden confirmation text, the link back to all posts and the HEY footer).
 */
const hwTitle = 'Why our support team stopped using macros';
const hwBody1 = [
  'For six years our support team answered customers with the help of about two hundred saved replies. Type a shortcut, get a ' +
    'paragraph. It was fast, it was consistent, and last spring we switched almost all of them off.',
  'It was not a decision anyone made in a meeting. It started when Fenna, who has been on the team longest, read back through a ' +
    'week of her own replies and said she did not recognise herself in them.',
];
const hwQuote = 'Every reply was correct and none of them sounded like a person who had read the question.';
const hwBody2 = [
  'So we ran an experiment. For a month, half the team used macros as usual and half wrote every reply from scratch. We tracked ' +
    'the things we always track: time to first response, how many back-and-forths it took to close a case, and the little rating ' +
    'customers can leave at the end.',
  'Here is what changed for the people writing by hand:',
];
const hwList = [
  'First responses took about four minutes longer on average.',
  'Cases closed in fewer replies, because the first answer addressed what the customer had actually asked.',
  'Ratings went up, and the free-text comments mentioned individual names far more often.',
];
const hwBody3 = [
  'The extra four minutes worried us at first. But fewer replies per case meant the total time spent on each customer went down, ' +
    'not up. A good first answer is cheaper than a fast wrong one.',
  'We kept about a dozen macros, the ones for things that genuinely are the same every time, like how to export an invoice or ' +
    'reset two-factor sign-in. Everything else is written by a person, for a person.',
  'If you run a support team, try reading a week of your own replies out loud. It was the most useful thing we did all year.',
];
const hwSub = 'Subscribe to get future posts via email (or grab the RSS feed)';
const hwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Why our support team stopped using macros</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="Wm3k8Qp-x2">
<meta property="og:title" content="${hwTitle}"><meta property="og:site_name" content="Marit Solberg"><meta name="twitter:card" content="summary">
<link rel="alternate" type="application/atom+xml" title="Marit Solberg" href="https://world.hey.com/marit/feed.atom">
<link rel="stylesheet" href="https://production.world.assets.hey.com/assets/world-5a7c9.css" data-turbo-track="reload">
<script src="https://production.world.assets.hey.com/assets/world-91b2d.js" data-turbo-track="reload" defer></script></head>
<body class="world"><header class="world-header"><a href="https://world.hey.com/marit" class="world-header__link">
<img class="avatar" src="https://world.hey.com/marit/avatar" alt="" width="48" height="48"><span class="world-header__name">Marit Solberg</span></a></header>
<main class="world-main"><article class="post"><header class="post__header"><h1 class="post__title">${hwTitle}</h1>
<time class="post__date" datetime="2025-09-23T14:12:00Z">September 23, 2025</time></header>
<div class="post__body trix-content"><div>${hwBody1.join('<br><br>')}</div><blockquote>${hwQuote}</blockquote>
<div>${hwBody2.join('<br><br>')}</div><ul>${hwList.map((p) => `<li>${p}</li>`).join('')}</ul><div>${hwBody3.join('<br><br>')}</div></div></article>
<section class="subscribe"><form action="https://world.hey.com/marit/subscribers" method="post" class="subscribe__form">
<p class="subscribe__title"><a href="https://world.hey.com/marit/feed.atom">${hwSub}</a></p>
<label class="subscribe__label" for="subscriber_email_address">Email address</label><input type="email" id="subscriber_email_address"
name="subscriber[email_address]" placeholder="you@example.com" required><button type="submit" class="btn">Subscribe</button></form>
<p class="subscribe__confirmation" hidden>Check your inbox for a confirmation email.</p></section>
<nav class="world-nav"><a href="https://world.hey.com/marit">About Marit Solberg</a>
<p class="world-bio">Head of customer support at a small accounting software company in Bergen. Writes about support and teams.</p></nav></main>
<footer class="world-footer"><a href="https://hey.com/world/" class="world-footer__link"><img src="/hey-logo.svg" alt="">HEY World</a></footer></body></html>`;
export const heyWorldPost: TestPage = {
  html: hwHtml,
  name: 'heldout229-hey-world-post-blog',
  kind: 'blog',
  // the body is divs split by <br><br>; each break-separated paragraph is one body entry; the blockquote is the writer's
  // own pull of a colleague's words and is body
  title: hwTitle,
  headings: [],
  body: texts([...hwBody1, hwQuote, ...hwBody2, ...hwList, ...hwBody3]),
  bylines: ['Marit Solberg', 'September 23, 2025'],
  furniture: [
    hwSub,
    'Email address',
    'Subscribe',
    'Check your inbox for a confirmation email.',
    'About Marit Solberg',
    'Head of customer support at a small accounting software company in Bergen. Writes about support and teams.',
    'HEY World',
  ],
};
