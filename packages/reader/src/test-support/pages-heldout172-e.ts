import { links, ps, type TestPage, texts } from './page-kit.js';
import { crikey } from './pages-heldout172-e2.js';

/**
 * Held-out batch 172, file e: a The Tyee (Canada) story on its own site (the "Tyee Builders" bar, section menu with the
 * hidden mobile drawer, section label, deck, byline with the "TheTyee.ca" dateline, the lead image caption and credit, the
 * italic author note as the last paragraph of the content, the "Read more:" topic line, the Builders ask, the "Tyee
 * Commenting Guidelines" comment box with two reader comments, the "Most Popular" rail and the footer) and, from file e2,
 * a Crikey story.
 */
const tyTitle = 'Island Towns Say Ferry Cancellations Are Costing Them Nurses';
const tyDeck = 'Health workers who commute by boat are quitting after a year of missed sailings, local clinics say.';
const tyP1 = [
  'When the 6:10 a.m. sailing from Cordell Island was cancelled for the ninth time in a month last winter, Priya Sandhu ' +
    'decided she had had enough. The licensed practical nurse had been commuting by ferry to a care home on the mainland ' +
    'for four years. In March she took a job in Nanaimo and moved off the island.',
  '“I loved that job,” Sandhu told The Tyee. “But I was getting written up for being late, and it was never my fault.”',
  'Her story is becoming common, according to clinic managers and local officials on three small islands served by the ' +
    'province’s minor ferry routes. They say repeated cancellations, mostly caused by crew shortages, are driving away ' +
    'health workers in both directions: those who live on the islands and work on the mainland, and those who commute out ' +
    'to island clinics.',
];
const tyP2 = [
  'Data obtained through a freedom of information request shows that the three routes had 412 cancelled sailings in ' +
    'the 12 months ending in September, more than double the year before. About two-thirds were blamed on a lack of crew.',
  'The Cordell Island health centre has had a nursing vacancy since June. Its manager, Gord Whitlock, said two ' +
    'candidates turned the job down after learning how often the morning ferry is cancelled. “You cannot run a clinic on ' +
    '‘maybe the boat will come,’” he said.',
  'The provincial ferry corporation said in a statement that it has hired 180 new crew members this year and expects ' +
    'cancellations to fall by spring. It said minor routes are given priority for relief crews when staff call in sick.',
];
const tyP3 = [
  'Islands Trust trustee Marion Achterberg said that is not soon enough. She wants the province to guarantee a first ' +
    'sailing each morning on routes where health workers commute, even if later sailings have to be cancelled.',
  'The Ministry of Transportation said it is “reviewing service standards” on minor routes and would share more details in the new year.',
];
const tyNote = 'Hannah Okonkwo-Reid reports on rural British Columbia for The Tyee.';
const tyNav = ['News', 'Analysis', 'Opinion', 'Culture', 'Podcasts', 'Series', 'Events'];
const tyCaption = 'A minor-route ferry approaches the Cordell Island terminal.';
const tyCredit = 'Photo by Devon Marchetti.';
const tyRead = ['Read more:', 'Health', 'Transportation', 'BC Politics'];
const tyAsk = ['Support independent journalism', 'The Tyee is free to read because thousands of Tyee Builders chip in. Join them today.', 'Become a Builder'];
const tyComm = [
  'Tyee Commenting Guidelines',
  'Comments that violate guidelines risk being deleted, and violations may result in a temporary or permanent user ban.',
  'Do: Be thoughtful about how your words may affect the communities you are addressing.',
  'Do not: Use sexist, classist, racist, homophobic or transphobic language.',
];
const tyComments = [
  { who: 'salish_sea_sailor', text: 'Same story on our island. The morning boat is a coin flip.' },
  { who: 'R. Tennant', text: 'Guaranteeing the first sailing seems like the least they could do.' },
];
const tyPopular = ['Most Popular', 'How BC’s Rent Registry Would Work', 'The Quiet Collapse of Rural Pharmacies', 'Why the Herring Fishery Closed Early'];
const tyFoot = ['About Us', 'Contact Us', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Tyee Builders'];
const tyHtml = `<!DOCTYPE html>
<html lang="en-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Island Towns Say Ferry Cancellations Are Costing Them Nurses | The Tyee</title>
<meta name="description" content="${tyDeck}"><meta property="og:type" content="article"><meta property="og:title" content="${tyTitle}">
<meta property="og:site_name" content="The Tyee"><meta property="article:published_time" content="2025-11-21T14:00:00-08:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tyTitle}","description":"${tyDeck}",
"datePublished":"2025-11-21T14:00:00-08:00","author":[{"@type":"Person","name":"Hannah Okonkwo-Reid"}],
"publisher":{"@type":"Organization","name":"The Tyee"}}</script>
<link rel="stylesheet" href="https://thetyee.example/static/dist/css/main.4f1c2b.css">
<script defer src="https://thetyee.example/static/dist/js/main.4f1c2b.js"></script></head>
<body class="page--story">
<div class="builders-bar"><p>Tyee Builders make our journalism possible. <a href="/builders">Join them</a></p></div>
<header class="site-header"><a class="site-header__logo" href="/"><img src="/static/img/tyee-logo.svg" alt="The Tyee"></a>
<nav class="site-nav" aria-label="Main"><ul class="site-nav__list">${links(tyNav, 'site-nav__item')}</ul></nav>
<button class="site-header__menu" aria-controls="drawer">Menu</button><a class="site-header__search" href="/search">
<span class="visually-hidden">Search</span></a></header>
<div id="drawer" class="drawer" aria-hidden="true" style="display:none"><ul class="drawer__list">${links(tyNav, 'drawer__item')}</ul></div>
<main class="main"><article class="story"><header class="story__header"><div class="story__section"><a href="/News">News</a></div>
<h1 class="story__title">${tyTitle}</h1><p class="story__deck">${tyDeck}</p>
<div class="story__byline"><span class="story__author"><a href="/Author/Hannah-Okonkwo-Reid/">Hannah Okonkwo-Reid</a></span>
<span class="story__dateline">21 Nov 2025 | TheTyee.ca</span></div></header>
<figure class="story__lead-image"><img src="https://thetyee.example/images/2025/11/21/ferry-1200.jpg" alt="">
<figcaption class="story__caption">${tyCaption} <span class="story__credit">${tyCredit}</span></figcaption></figure>
<div class="story__body">
${ps(tyP1)}
${ps(tyP2)}
${ps(tyP3)}
<p><em>${tyNote}</em></p>
</div>
<p class="story__topics"><strong>${tyRead[0]}</strong> ${tyRead
  .slice(1)
  .map((t) => `<a href="/Topic/${t}/">${t}</a>`)
  .join(', ')}</p>
</article>
<aside class="builders-ask"><h2>${tyAsk[0]}</h2><p>${tyAsk[1]}</p><a class="button" href="/builders">${tyAsk[2]}</a></aside>
<section class="comments"><h2 class="comments__title">Join the conversation</h2><details class="comments__guidelines"><summary>${tyComm[0]}</summary>
<p>${tyComm[1]}</p><ul><li>${tyComm[2]}</li><li>${tyComm[3]}</li></ul></details><ol class="comments__list">
${tyComments
  .map(
    (c) => `<li class="comment"><span class="comment__author">${c.who}</span>
<p class="comment__text">${c.text}</p></li>`,
  )
  .join('\n')}</ol></section>
<aside class="rail"><h2 class="rail__title">${tyPopular[0]}</h2><ol>${links(tyPopular.slice(1))}</ol></aside></main>
<footer class="site-footer"><ul class="site-footer__links">${links(tyFoot)}</ul><p class="site-footer__copy">© 2025 The Tyee</p></footer>
</body></html>`;
const tyee: TestPage = {
  name: 'heldout172-the-tyee-news',
  kind: 'news',
  html: tyHtml,
  // the deck is body; the italic author note closing the content is furniture, as is the "Read more:" topic line
  title: tyTitle,
  headings: [],
  body: texts([tyDeck, ...tyP1, ...tyP2, ...tyP3]),
  bylines: ['Hannah Okonkwo-Reid', '21 Nov 2025 | TheTyee.ca'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Tyee Builders make our journalism possible. Join them', 'Menu', 'Search', ...tyNav, tyCaption, tyCredit, tyNote, ...tyRead, ...tyAsk,
    'Join the conversation', ...tyComm, ...tyComments.flatMap((c) => [c.who, c.text]), ...tyPopular, ...tyFoot, '© 2025 The Tyee',
  ])],
};

export const HELDOUT172_E: readonly TestPage[] = [tyee, crikey];
