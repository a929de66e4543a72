import { links, type TestPage, texts } from './page-kit.js';
import { kitWebView } from './pages-heldout229-b2.js';

/**
 * Held-out batch 229, file b: an email in a Buttondown newsletter's web archive (the newsletter header with its
 * description and subscribe form, "Archives" link, the email's date, the email body with its h2 sections, a list and an
 * image with caption, the "Share this email" bar, the "Don't miss what's next" subscribe box, the "Powered by Buttondown"
 * footer and the hidden subscribe-confirmation text) and, from file b2, a Kit (ConvertKit) newsletter web view.
 */
const bdTitle = 'Issue #61: The seed library turns three';
const bdIntro = [
  'Hello again, and welcome to the sixty-first letter from the Ashcombe Seed Library. It is three years this month since we put a ' +
    'filing cabinet full of envelopes in the corner of the village hall, and I wanted to use this issue to look back at what has ' +
    'grown out of it.',
];
const bdH1 = 'By the numbers';
const bdP1 = ['A few figures from the logbook, which Priya has kept with more care than any of us expected:'];
const bdList = [
  '1,412 packets borrowed since we opened, and 630 returned as fresh seed at the end of a season.',
  '94 varieties on the shelves, 31 of them grown out locally for at least two years.',
  'Eleven varieties that nobody else in the county seems to keep, including the Hollins family runner bean.',
];
const bdH2 = 'What did not work';
const bdP2 = [
  'Squash. Every squash packet we have ever had back has been a cross between whatever was growing on the allotment next door. We ' +
    'have stopped asking for squash returns and buy fresh seed each spring instead.',
  'The same is true, more surprisingly, of our sweetcorn. Pollen travels further than most of us thought, and two of the three ' +
    'varieties we lent out last year came back as a single muddled population. We are keeping corn for people with isolated plots.',
];
const bdH3 = 'Saving day on 18 October';
const bdP3 = [
  'Our autumn seed saving day is on Saturday 18 October from ten until one in the village hall. Bring anything you have dried and ' +
    'cleaned, plus a label saying what it is and where it grew. We will have sieves, envelopes and tea.',
  'If you have never saved seed before, come anyway. Tomatoes and peas are the easiest place to start, and someone will show you how.',
  'Thank you for three good years. See you in the hall.',
  'Marguerite',
];
const bdCaption = 'The first shelf of returned packets, October 2022.';
const bdNews = 'Monthly notes from a seed library in a Somerset village hall.';
const bdShare = ['Share on Twitter', 'Share on LinkedIn', 'Share on Hacker News', 'Share on Reddit', 'Share via email'];
const bdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Issue #61: The seed library turns three • Ashcombe Seed Library</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${bdNews}">
<meta property="og:title" content="${bdTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Ashcombe Seed Library">
<link rel="alternate" type="application/rss+xml" href="https://buttondown.com/ashcombeseeds/rss">
<link rel="stylesheet" href="https://buttondown.com/static/css/archive.css"><script defer src="https://buttondown.com/static/js/archive.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bdTitle}",
"datePublished":"2025-10-03T07:00:00Z","author":{"@type":"Person","name":"Marguerite Ashdown"}}</script></head>
<body class="email-detail"><div class="wrapper"><header class="newsletter-header">
<a href="https://buttondown.com/ashcombeseeds" class="newsletter-header__link"><img src="https://assets.buttondown.email/icons/ashcombe.png"
alt="" class="newsletter-header__icon"><span class="newsletter-header__name">Ashcombe Seed Library</span></a>
<div class="newsletter-header__nav"><a href="https://buttondown.com/ashcombeseeds/archive">Archives</a></div></header>
<div class="subscribe-form subscribe-form--header"><p class="newsletter-description">${bdNews}</p>
<form action="https://buttondown.com/api/emails/embed-subscribe/ashcombeseeds" method="post" class="embeddable-buttondown-form">
<label for="bd-email" class="sr-only">Email address</label><input type="email" name="email" id="bd-email" placeholder="you@example.com">
<input type="submit" value="Subscribe"></form><p class="subscribe-success" hidden>Thanks for subscribing! Check your inbox to confirm.</p></div>
<main class="email"><div class="email-header"><div class="email-date"><time datetime="2025-10-03">October 3, 2025</time></div>
<h1 class="email-subject subject">${bdTitle}</h1></div>
<div class="email-body-content">${bdIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${bdH1}</h2>${bdP1.map((p) => `<p>${p}</p>`).join('\n')}<ul>${bdList.map((p) => `<li>${p}</li>`).join('\n')}</ul>
<figure><img src="https://assets.buttondown.email/images/shelf-2022.jpg" alt="Seed packets on a shelf"><figcaption>${bdCaption}</figcaption></figure>
<h2>${bdH2}</h2>${bdP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${bdH3}</h2>${bdP3.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="share-email"><span class="share-email__label">Share this email:</span>
<ul class="share-email__list">${links(bdShare, 'share-email__item')}</ul></div>
<div class="subscribe-form subscribe-form--footer"><h3>Don't miss what's next. Subscribe to Ashcombe Seed Library:</h3>
<form action="https://buttondown.com/api/emails/embed-subscribe/ashcombeseeds" method="post"><input type="email" name="email"
placeholder="you@example.com"><input type="submit" value="Subscribe"></form></div></main>
<footer class="footer"><a href="https://buttondown.com/refer/ashcombeseeds" class="powered-by">Powered by Buttondown, the easiest way to start and grow
your newsletter.</a></footer></div></body></html>`;
const buttondown: TestPage = {
  html: bdHtml,
  name: 'heldout229-buttondown-archive-email-blog',
  kind: 'blog',
  // the sign-off name typed in the email is body
  title: bdTitle,
  headings: [bdH1, bdH2, bdH3],
  body: texts([...bdIntro, ...bdP1, ...bdList, ...bdP2, ...bdP3]),
  bylines: ['October 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ashcombe Seed Library', 'Archives', bdNews, 'Email address', 'Thanks for subscribing! Check your inbox to confirm.', bdCaption,
    'Share this email:', ...bdShare, "Don't miss what's next. Subscribe to Ashcombe Seed Library:",
    'Powered by Buttondown, the easiest way to start and grow your newsletter.',
  ],
};

export const HELDOUT229_B: readonly TestPage[] = [buttondown, kitWebView];
