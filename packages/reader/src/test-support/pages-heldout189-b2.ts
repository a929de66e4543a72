import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 189, file b2: a third-round report on a European golf tour's site (the partner strip, the main nav with
 * the "Tickets" button, the breadcrumb, the "Round Report" label, the hero caption, the share links, an "Also read" box and
 * a pull quote inside the text, the live leaderboard widget in the sidebar with its positions and scores, the "Latest News"
 * cards, the newsletter sign-up, the partner logos, the footer and the Didomi consent notice).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const gfTitle = 'Lindgren moves three clear at Carrick Bay with bogey-free 65';
const gfP1 = paras(`
Sweden's Anders Lindgren will take a three-stroke lead into the final round of the Carrick Bay Open after a bogey-free
seven-under-par 65 on a breezy Saturday on the Antrim coast.

The 31-year-old, who has not won since the Lakeshore Classic four seasons ago, made seven birdies in his last 12 holes and
finished at 15 under par, three ahead of England's Callum Reeve and South Africa's Dewald Botha.

Lindgren's round started slowly, with six straight pars as the wind swung round to the north-west and made the long 4th
play almost 40 yards longer than on Friday. But a wedge to two feet at the 7th began a run of four birdies in five holes,
and he added three more on the back nine, including a 30-foot putt across the 16th green that drew the loudest cheer of
the day.`);
const gfAlso = 'Also read: Reeve eyes Ryder Cup points after strong week at Carrick Bay';
const gfQuote = 'I have been playing nicely for a few weeks without getting much out of it. Today the putts finally went in.';
const gfP2 = paras(`
"I have been patient all week," said Lindgren. "The course gives you chances if you keep it on the fairway, and with this
wind you just have to take your medicine on the tough holes and wait for the ones you can attack. Tomorrow will be the same.
It is not over by any means."`);
const gfH1 = 'Reeve and Botha give chase';
const gfP3 = paras(`
Reeve, playing in only his second season on the tour, matched Lindgren's 65 to climb 11 places. The 24-year-old from
Cheshire eagled the par-five 12th after hitting a three-wood to eight feet, and his only dropped shot of the day came at the
last, where he found a greenside bunker.

Botha had led overnight but could manage only a 70, his round held together by a series of fine up-and-downs on the
front nine. He three-putted the 15th for bogey before bouncing back with a birdie at the 17th to stay in the final group.`);
const gfH2 = 'Moves on moving day';
const gfP4 = paras(`
Further down the leaderboard, Ireland's Niamh Corrigan, playing on a sponsor's invitation, shot 67 to reach nine under and
a tie for seventh, the best performance by an amateur at the event since it returned to the schedule in 2019.

Defending champion Pablo Echeverria slipped back with a 74 that included a double bogey at the 9th, where his approach
found the burn. He sits at four under and said afterwards that he would need "something very low" to defend his title.

Sunday's final round starts at 8am, with the leaders due off at 1.40pm. Forecasters expect the wind to ease in the
afternoon, which could open the door to a low score from the chasing pack.`);
const gfPartners = ['Official Partners', 'Harbourline', 'Vellmar Watches', 'Orison Bank'];
const gfNav = ['Schedule', 'Leaderboard', 'Players', 'Stats', 'Order of Merit', 'Video', 'News', 'Shop'];
const gfCrumbs = ['Home', 'News', 'Carrick Bay Open'];
const gfCaption = 'Anders Lindgren celebrates his birdie on the 16th hole during the third round of the Carrick Bay Open';
const gfCredit = 'Photo by Kieran Doyle/Links Tour via Getty Images';
const gfShare = ['Share this article', 'Facebook', 'X', 'WhatsApp', 'Email'];
const gfBoard = [
  'Live Leaderboard',
  'Carrick Bay Open',
  'Round 3 - Completed',
  'Pos',
  'Player',
  'To Par',
  'Thru',
  'A. Lindgren',
  'T2',
  'C. Reeve',
  'D. Botha',
  'Full Leaderboard',
];
const gfNews = [
  'Tee times for the final round of the Carrick Bay Open',
  'Watch: Reeve holes out for eagle on the 12th',
  'Corrigan relishing the chance to play with her heroes',
  'Course guide: the closing stretch at Carrick Bay',
];
const gfNewsletter = ['Sign up to our newsletter', 'Get the latest news, tickets and offers straight to your inbox.', 'Sign up'];
const gfFoot = ['About Us', 'Careers', 'Media Centre', 'Contact', 'Privacy Policy', 'Cookie Policy', 'Terms & Conditions', 'Modern Slavery Statement'];
const gfConsent = [
  'We use cookies and similar technologies to help the site work, to measure performance and to personalise advertising.',
  'Agree and close',
  'Learn more',
  'Disagree',
];
const gfBoardHtml = `<aside class="sidebar"><div class="leaderboard-widget" data-tournament-id="2026109" data-live="true">
<h3 class="leaderboard-widget__title">${gfBoard[0]}</h3><p class="leaderboard-widget__event">${gfBoard[1]}</p>
<p class="leaderboard-widget__status">${gfBoard[2]}</p>
<table class="leaderboard-widget__table"><thead><tr><th>${gfBoard[3]}</th><th>${gfBoard[4]}</th><th>${gfBoard[5]}</th><th>${gfBoard[6]}</th></tr></thead>
<tbody><tr><td>1</td><td>${gfBoard[7]}</td><td>-15</td><td>F</td></tr><tr><td>${gfBoard[8]}</td><td>${gfBoard[9]}</td><td>-12</td><td>F</td></tr>
<tr><td>T2</td><td>${gfBoard[10]}</td><td>-12</td><td>F</td></tr></tbody></table>
<a href="/en/tournaments/carrick-bay-open/leaderboard" class="btn btn--secondary">${gfBoard[11]}</a></div></aside>`;
const gfHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gfTitle} | Links Tour</title><meta name="description" content="Anders Lindgren will take a three-stroke lead into the final round.">
<meta property="og:title" content="${gfTitle}"><meta property="og:type" content="article"><meta property="article:section" content="Round Report">
<link rel="canonical" href="https://www.linkstour.example/en/news/lindgren-moves-three-clear-at-carrick-bay">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gfTitle}",
"datePublished":"2026-08-29T18:20:00+01:00","author":{"@type":"Person","name":"Gareth Mullan"},
"publisher":{"@type":"Organization","name":"Links Tour"}}</script>
<script src="https://sdk.privacy-center.example/loader.js" async></script><link rel="stylesheet" href="/static/css/site.min.css?v=8.4.1"></head>
<body class="page-news-article">
<div class="partner-strip"><span class="partner-strip__label">${gfPartners[0]}</span><ul>${links(gfPartners.slice(1))}</ul></div>
<header class="site-header"><a class="site-header__logo" href="/en"><span class="visually-hidden">Links Tour</span></a>
<nav class="site-nav" aria-label="Primary"><ul>${links(gfNav, 'site-nav__item')}</ul></nav>
<a href="/en/tickets" class="btn btn--primary site-header__tickets">Tickets</a></header>
<main id="main" class="page-content"><div class="container">
<ol class="breadcrumb" aria-label="Breadcrumb">${links(gfCrumbs, 'breadcrumb__item')}</ol>
<div class="layout layout--sidebar"><article class="news-article">
<header class="news-article__header"><span class="news-article__label">Round Report</span>
<h1 class="news-article__title">${gfTitle}</h1>
<div class="news-article__meta"><span class="news-article__author">Gareth Mullan</span>
<time class="news-article__date" datetime="2026-08-29T18:20:00+01:00">29 August 2026</time></div></header>
<figure class="news-article__hero"><picture><img src="/images/news/2026/08/lindgren-r3.jpg" alt="Anders Lindgren"></picture>
<figcaption><span class="caption">${gfCaption}</span> <span class="credit">${gfCredit}</span></figcaption></figure>
<div class="share-links"><span class="share-links__title">${gfShare[0]}</span><ul>${links(gfShare.slice(1), 'share-links__item')}</ul></div>
<div class="news-article__body rich-text">
${ps(gfP1)}
<div class="related-inline"><a href="/en/news/reeve-eyes-ryder-cup-points">${gfAlso}</a></div>
<blockquote class="pull-quote"><p>${gfQuote}</p></blockquote>
${ps(gfP2)}
<h2>${gfH1}</h2>
${ps(gfP3)}
<h2>${gfH2}</h2>
${ps(gfP4)}
</div></article>
${gfBoardHtml}</div>
<section class="news-rail"><h2 class="news-rail__title">Latest News</h2><ul class="card-list">${links(gfNews, 'card')}</ul></section>
</div></main>
<section class="newsletter-signup"><h2>${gfNewsletter[0]}</h2><p>${gfNewsletter[1]}</p>
<form><label for="nl-email" class="visually-hidden">Email address</label><input id="nl-email" type="email"><button>${gfNewsletter[2]}</button></form></section>
<footer class="site-footer"><ul>${links(gfFoot)}</ul><p class="site-footer__copy">© Links Tour 2026</p></footer>
<div id="didomi-host"><div class="didomi-popup-notice" role="dialog"><p class="didomi-notice-text">${gfConsent[0]}</p>
<button id="didomi-notice-agree-button">${gfConsent[1]}</button><button id="didomi-notice-learn-more-button">${gfConsent[2]}</button>
<button id="didomi-notice-disagree-button">${gfConsent[3]}</button></div></div>
</body></html>`;

export const golfPage: TestPage = {
  name: 'heldout189-linkstour-round-report',
  kind: 'news',
  html: gfHtml,
  title: gfTitle,
  headings: [gfH1, gfH2],
  body: texts([...gfP1, gfQuote, ...gfP2, ...gfP3, ...gfP4]),
  bylines: ['Gareth Mullan', '29 August 2026'],
  furniture: [
    ...new Set([
      ...gfPartners,
      ...gfNav,
      'Tickets',
      ...gfCrumbs,
      'Round Report',
      gfCaption,
      gfCredit,
      ...gfShare,
      gfAlso,
      ...gfBoard.filter((t) => t !== 'Carrick Bay Open'),
      'Latest News',
      ...gfNews,
      ...gfNewsletter,
      'Email address',
      ...gfFoot,
      '© Links Tour 2026',
      ...gfConsent,
    ]),
  ],
};
