import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 198, page 5: a Dawn (Pakistan) story page (h2 story title, "Published in Dawn" line, in-text "Read:" link, comments). */
const title = 'Karachi water board to install meters at 40,000 bulk connections';
const p1 = [
  'KARACHI: The Karachi Water and Sewerage Corporation (KWSC) has decided to install electronic meters at around 40,000 bulk and ' +
    'commercial connections across the city by the end of the year in an attempt to curb theft and recover unpaid bills.',
  'The decision was taken at a meeting of the corporation’s board of directors on Wednesday, chaired by Mayor Shahid Mehmood, ' + 'officials said.',
  'According to a presentation given to the board, the utility receives about 580 million gallons of water a day from the Indus ' +
    'and Hub sources, but bills less than half of it. Officials estimated that around 35 per cent of supply was lost to leakages ' +
    'and illegal connections, many of them feeding tanker hydrants and industrial units.',
];
const readLink = 'Read: Sindh govt approves plan to shut illegal hydrants in Karachi';
const p2 = [
  'KWSC chief executive Asad Zaidi told the board that the first phase would cover 8,500 industrial connections in Site, Korangi ' +
    'and North Karachi, where consumption was highest and recovery was weakest.',
  '“At the moment, most of our commercial consumers pay a flat rate that has nothing to do with how much water they use. Meters ' +
    'will bring fairness for consumers and revenue for the corporation,” he said.',
  'The meters, which can be read remotely, will be procured through an open tender, with the first 10,000 units expected to arrive ' +
    'by June. The cost of the project was put at Rs2.4 billion, to be met partly from a World Bank-funded water services improvement ' +
    'programme.',
  'Board members raised concerns about tampering and asked how the corporation would prevent meters from being bypassed. Officials ' +
    'said each meter would be fitted with a sealed casing and an alarm that would alert the control room if the flow stopped ' +
    'suddenly or the unit was opened.',
  'The mayor directed the corporation to launch a simultaneous drive against illegal connections and to publish the names of ' +
    'defaulters with outstanding dues of more than Rs5 million.',
  '“We cannot ask citizens to pay their bills on time while large consumers take water for free,” he said.',
  'The board also approved the recruitment of 120 meter readers and technicians and the creation of a complaint centre where ' +
    'consumers could dispute their bills.',
];
const pubLine = 'Published in Dawn, March 13th, 2025';
const nav = ['Home', 'Latest', 'Pakistan', 'Opinion', 'Business', 'World', 'Sport', 'Magazines', 'Tech', 'Prism', 'Videos', 'E-Paper'];
const caption = 'A KWSC pumping station in Karachi. — White Star/File';
const share = ['Facebook', 'Twitter', 'WhatsApp', 'Email'];
const comments = [
  { name: 'Asif Raza', when: 'Mar 13, 2025 09:12am', text: 'Start with the hydrants first. Everybody knows where they are.', votes: 'Recommend 14' },
  { name: 'Karachiite', when: 'Mar 13, 2025 10:47am', text: 'Meters are fine but first give us water in the taps.', votes: 'Recommend 9' },
];
const latest = [
  'Govt notifies new gas prices for fertiliser plants',
  'PSX gains 900 points as investors eye IMF review',
  'Traffic diverted on Sharea Faisal for Green Line works',
  'Sindh cabinet approves new schools in Thar',
];
const popular = ['Heatwave warning issued for southern Sindh', 'Over 200 flights delayed as fog lingers in Lahore'];
const foot = ['About Us', 'Contact Us', 'Advertise', 'Careers', 'Code of Ethics', 'Terms of Use', 'Privacy Policy', 'Comments Policy'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title} - Pakistan - DAWN.COM</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Project aims to curb theft and recover unpaid bills.">
<meta property="og:site_name" content="DAWN.COM"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta property="article:section" content="Pakistan"><link rel="canonical" href="https://www.dawn.com/news/1897231">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-13T07:01:25+05:00",
"author":[{"@type":"Person","name":"Faiza Ilyas"}],"publisher":{"@type":"Organization","name":"DAWN.COM"}}</script>
<link rel="stylesheet" href="https://www.dawn.com/_css/dawn/styles.css?v=1741701234"><script async src="https://www.dawn.com/_js/dawn/ads.js"></script></head>
<body class="story-page"><div class="ad ad--leaderboard" data-layout="desktop"><span class="ad__label">Advertisement</span></div>
<header class="header"><div class="header__top"><a class="logo" href="https://www.dawn.com/"><img alt="DAWN.COM" src="/_img/logo.svg"></a>
<div class="header__date">EPAPER LATEST NEWS</div><a class="header__cta" href="/subscribe">Subscribe</a></div>
<nav class="nav nav--main"><ul>${links(nav, 'nav__item')}</ul></nav></header>
<main class="container"><div class="flex flex-wrap"><div class="w-full sm:w-8/12">
<article class="story box mb-4 pb-4 border-b border-gray-300 story--single" data-id="1897231" data-layout="story">
<div class="story__badges"><a class="badge" href="/pakistan">Pakistan</a></div>
<h2 class="story__title text-6 sm:text-8 font-bold font-georgia mb-2" data-layout="story"><a class="story__link"
href="https://www.dawn.com/news/1897231">${title}</a></h2>
<div class="story__byline__wrapper text-3 mt-1"><span class="story__byline"><a href="https://www.dawn.com/authors/4417/faiza-ilyas"
class="story__byline__link">Faiza Ilyas</a></span>
<span class="story__time"><span class="timestamp--label">Published</span> <span class="timestamp--date">March 13, 2025</span></span>
<span class="story__time--updated"><span class="timestamp--label">Updated</span> <span class="timestamp--time">13 Mar, 2025 09:41am</span></span></div>
<div class="social social--story">${share
  .map(
    (s) => `<a class="social__item social__item--${s.toLowerCase()}" href="#"><span
class="sr-only">${s}</span></a>`,
  )
  .join('')}
<span class="social__count">0 Comments</span></div>
<figure class="media media--uneven"><div class="media__item"><img alt="" src="https://i.dawn.com/primary/2025/03/13/kwsc-pumping.jpg"></div>
<figcaption class="media__caption">${caption}</figcaption></figure>
<div class="story__content overflow-hidden text-4 sm:text-4.5 pt-1 mt-1">
${ps(p1)}
<p><strong><a href="https://www.dawn.com/news/1889054">${readLink}</a></strong></p>
${ps(p2.slice(0, 3))}
<div class="ad ad--instory"><span class="ad__label">Advertisement</span><div id="div-gpt-ad-instory"></div></div>
${ps(p2.slice(3))}
<p><em>${pubLine}</em></p></div></article>
<section class="comments" id="comments"><h3 class="comments__title">Comments (2)</h3><p class="comments__closed">Closed</p><ol class="comment__list">
${comments
  .map(
    (c) => `<li class="comment"><div class="comment__meta"><span class="comment__author">${c.name}</span><span class="comment__time">${c.when}</span></div>
<div class="comment__body"><p>${c.text}</p></div><div class="comment__actions"><a class="comment__recommend" href="#">${c.votes}</a></div></li>`,
  )
  .join('\n')}</ol></section></div>
<aside class="w-full sm:w-4/12 sidebar"><div class="box"><h3 class="box__title">Latest Stories</h3><ul>${links(latest)}</ul></div>
<div class="ad ad--sidebar"><span class="ad__label">Advertisement</span></div><div class="box"><h3
class="box__title">Most Popular</h3><ol>${links(popular)}</ol></div>
</aside></div></main>
<footer class="footer"><ul class="footer__links">${links(foot)}</ul><p class="footer__copy">Copyright © 2025, Dawn</p></footer>
<div class="cookie-bar" id="cookie-bar"><p>By using this website, you agree to our use of cookies.</p><a
href="/privacy-policy">Learn more</a><button>OK</button></div>
<script src="https://www.dawn.com/_js/dawn/app.js?v=1741701234"></script></body></html>`;
export const dawn: TestPage = {
  name: 'heldout198-dawn-pk-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts([...p1, ...p2]),
  // the "Published in Dawn" line that closes the print story is a byline; the in-text "Read:" link is furniture
  bylines: ['Faiza Ilyas', 'Published March 13, 2025', 'Updated 13 Mar, 2025 09:41am', pubLine],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'EPAPER LATEST NEWS', 'Subscribe', ...nav, ...share, '0 Comments', caption, readLink, 'Comments (2)', 'Closed',
    ...comments.flatMap((c) => [c.name, c.when, c.text, c.votes]), 'Latest Stories', ...latest, 'Most Popular', ...popular, ...foot,
    'Copyright © 2025, Dawn', 'By using this website, you agree to our use of cookies.', 'Learn more', 'OK',
  ],
};
