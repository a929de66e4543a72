import { links, type TestPage, texts } from './page-kit.js';
import { ghostDawnPost } from './pages-heldout155-a2.js';

/**
 * Held-out batch 155, file a: a Buttondown newsletter archive post (the newsletter header with icon, description and
 * subscribe form, the "Archives" link, the subject h1 and date, a "forwarded this?" promo the author put at the top of the
 * email, the email body with its sign-off, the "Don't miss what's next" subscribe box, the share links and the "Powered by
 * Buttondown" footer) and, from file a2, a Ghost post with the Dawn theme.
 */
const bdTitle = 'Plot notes #42: the year the leeks sulked';
const bdPromo =
  'Forwarded this by a friend? You can <a href="https://buttondown.com/plotnotes">subscribe here</a> and get it on the first Sunday of each month.';
const bdP1 = [
  'Hello from a very wet plot 14. It has rained on eleven of the last fourteen days, the path between the beds has turned into ' +
    'something closer to a stream, and I have spent more time this month bailing out the shed than growing anything.',
  'Still, there is news, most of it about leeks, so make a cup of tea.',
];
const bdH1 = 'The leek problem';
const bdP2 = [
  'If you have been reading since last spring you will remember I sowed two varieties side by side: the old reliable Musselburgh ' +
    'and a newer, taller variety a neighbour swore by. By October the Musselburgh were as thick as my wrist. The new ones were ' +
    'thin, pale and, for want of a better word, sulking.',
  'I blamed the variety at first. Then Dorothy from plot 9 walked past, looked at the bed for about four seconds and asked when I ' +
    'had last limed it. The honest answer was never. A soil test kit from the allotment shop put the pH at 5.6, which is too acid ' +
    'for leeks, and the bed the Musselburgh were in had had a barrow of old mushroom compost dug in the year before.',
  'So the lesson is not really about varieties at all. It is about testing the soil before blaming the seed.',
];
const bdH2 = 'What I am doing about it';
const bdList = [
  'Liming the two beds at the shed end this month, at the rate on the bag rather than my usual generous guess.',
  'Moving the brassicas onto the limed beds next year and leaving the potatoes where the soil is more acid.',
  'Sowing both leek varieties again in April, this time on the same bed, so I can compare them fairly.',
];
const bdH3 = 'Around the site';
const bdP3 = [
  'The committee has finally agreed to fix the north gate, which has been held shut with baler twine since the summer. Work starts ' +
    'after the frosts. The seed swap is on 8 February in the community hut, from ten until noon; bring envelopes and a pen.',
  'And a plea: if you borrowed the long-handled loppers from the tool store, please bring them back. Several people are waiting to ' +
    'cut back the brambles along the railway fence before the birds start nesting.',
  'That is all from me for now. Stay dry, and see you on the plot.',
];
const bdSign = '— Ines';
const bdShare = ['Share on Bluesky', 'Share on Mastodon', 'Share on LinkedIn', 'Share on Reddit', 'Share on Hacker News', 'Share via email'];
const bdDesc = 'Monthly letters from plot 14 at Coldharbour Lane allotments: what grew, what did not, and what the committee is arguing about.';
const bdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bdTitle} • Buttondown</title><meta name="description" content="Hello from a very wet plot 14.">
<meta property="og:title" content="${bdTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Plot Notes">
<meta property="og:image" content="https://assets.buttondown.example/images/plotnotes-og.png"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://buttondown.com/plotnotes/archive/plot-notes-42-the-year-the-leeks-sulked/">
<link rel="alternate" type="application/rss+xml" title="Plot Notes" href="https://buttondown.com/plotnotes/rss">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bdTitle}",
"datePublished":"2025-12-07T08:00:00+00:00","author":{"@type":"Person","name":"Ines Carvalho"},
"publisher":{"@type":"Organization","name":"Plot Notes"}}</script>
<link rel="stylesheet"
href="https://buttondown.com/static/archive.8c1f2e.css"><script defer data-domain="buttondown.com" src="https://plausible.example/js/script.js"></script>
</head><body class="archive-detail"><div id="app" class="theme-modern">
<header class="newsletter-header"><a href="https://buttondown.com/plotnotes" class="newsletter-icon-link"><img class="newsletter-icon" alt="Plot Notes"
src="https://assets.buttondown.example/icons/plotnotes.png" width="64" height="64"></a>
<h2 class="newsletter-name"><a href="https://buttondown.com/plotnotes">Plot Notes</a></h2><p class="newsletter-description">${bdDesc}</p>
<form action="https://buttondown.com/api/emails/embed-subscribe/plotnotes" method="post" class="subscribe-form embeddable-buttondown-form">
<label for="bd-email" class="sr-only">Email address</label><input type="email" name="email" id="bd-email" placeholder="you@example.com" required>
<input type="hidden" name="embed" value="1"><button type="submit" class="button button--primary">Subscribe</button></form>
<nav class="newsletter-nav" aria-label="Newsletter"><a href="https://buttondown.com/plotnotes/archive/">Archives</a></nav></header>
<main class="email-detail"><div class="email-detail__header"><h1 class="subject">${bdTitle}</h1>
<div class="email-detail__meta"><date class="email-detail__date" datetime="2025-12-07">December 7, 2025</date></div></div>
<div class="email-body-content"><div class="email-body"><p><em>${bdPromo}</em></p>
<hr>
${bdP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${bdH1}</h2>
${bdP2.map((p) => `<p>${p}</p>`).join('\n')}
<figure><img src="https://assets.buttondown.example/images/leeks-side-by-side.jpeg" alt="Two rows of leeks, one much thinner than the other">
<figcaption>Left: Musselburgh. Right: the sulkers.</figcaption></figure>
<h2>${bdH2}</h2>
<ul>${bdList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${bdH3}</h2>
${bdP3.map((p) => `<p>${p}</p>`).join('\n')}
<p>${bdSign}</p></div></div>
<div class="email-detail__footer"><div class="subscribe-box"><p class="subscribe-box__title">Don't miss what's next. Subscribe to Plot Notes:</p>
<form action="https://buttondown.com/api/emails/embed-subscribe/plotnotes" method="post" class="subscribe-form"><input type="email" name="email"
placeholder="you@example.com" aria-label="Email address"><button type="submit" class="button button--primary">Subscribe</button></form></div>
<div class="share-links"><span class="share-links__label">Share this email:</span>
<ul class="share-links__list">${bdShare
  .map(
    (t) => `<li><a class="share-link" href="https://buttondown.com/share?network=${t.length}"
target="_blank">${t}</a></li>`,
  )
  .join('\n')}</ul>
</div><nav class="archive-pagination" aria-label="More emails"><a href="https://buttondown.com/plotnotes/archive/plot-notes-41-garlic-and-grievances/"
class="archive-pagination__older">Older: Plot notes #41: garlic and grievances</a></nav></div></main>
<footer class="powered-by"><a href="https://buttondown.com/refer/plotnotes" target="_blank">Powered by Buttondown, the easiest way to start and grow your
newsletter.</a>
<ul class="powered-by__links">${links(['Report abuse', 'Privacy policy'])}</ul></footer></div>
<script src="https://buttondown.com/static/archive.4ad0b1.js" defer></script></body></html>`;
const buttondown: TestPage = {
  html: bdHtml,
  name: 'heldout155-buttondown-blog',
  kind: 'blog',
  // the "forwarded this?" promo at the top of the email is furniture; the "— Ines" sign-off is a byline; the figure caption,
  // subscribe boxes, share links, the older-email link and the footer are furniture
  title: bdTitle,
  headings: [bdH1, bdH2, bdH3],
  body: [...bdP1, ...bdP2, ...bdList, ...bdP3],
  bylines: ['December 7, 2025', bdSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Plot Notes', bdDesc, 'Email address', 'Subscribe', 'Archives', ...texts([bdPromo]), 'Left: Musselburgh. Right: the sulkers.',
    "Don't miss what's next. Subscribe to Plot Notes:", 'Share this email:', ...bdShare, 'Older: Plot notes #41: garlic and grievances',
    'Powered by Buttondown, the easiest way to start and grow your newsletter.', 'Report abuse', 'Privacy policy',
  ],
};

export const HELDOUT155_A: readonly TestPage[] = [buttondown, ghostDawnPost];
