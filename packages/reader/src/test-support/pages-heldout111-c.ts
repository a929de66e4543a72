import { links, ps, type TestPage, texts } from './page-kit.js';
import { videoPage } from './pages-heldout111-c2.js';

/**
 * Held-out batch 111, file c: a podcast episode page on a Transistor.fm-style show website (the show header with the cover art
 * and "Subscribe" menu, the season and episode label, the episode title, the date and duration line, the embedded player,
 * the "Listen on" buttons for Apple Podcasts, Spotify, Overcast, Pocket Casts and RSS, the show notes with a "Links from
 * this episode" list and chapter markers, the host cards, the "More episodes" list and the "Powered by Transistor" footer)
 * and, from file c2, a YouTube-style video page with its description and "Show more" / "Show less".
 */
const tfTitle = 'Why every village hall needs a repair café (with Ines Obradović)';
const tfP1 = [
  'This week Rosa and Dev talk to Ines Obradović, who started the first repair café in the Marden valley in a church hall with two ' +
    'trestle tables, a box of screwdrivers and a sign on the noticeboard. Four years on, it runs on the first Saturday of every ' +
    'month and has fixed more than 2,300 things that would otherwise have gone to landfill.',
  'We talk about what breaks most often (kettles, lamps and the zips on children’s coats), why the volunteers insist on fixing ' +
    'things with the owner sitting next to them rather than taking them away, and how the café pays for its insurance. Ines also ' +
    'explains the one rule she will never bend: nobody opens a microwave.',
  'If you have ever wanted to start something similar where you live, this is the episode for you. Ines has shared the checklist ' +
    'she wishes someone had given her, and it is linked below.',
  'Later in the episode, Rosa admits to the lamp she has been meaning to rewire since 2019, and Dev finally brings in the radio ' +
    'that has sat on his kitchen windowsill, silent, for most of this show’s run. Ines gives them both homework.',
];
const tfH1 = 'Links from this episode';
const tfLinks = [
  'Marden Valley Repair Café, opening times and how to volunteer',
  'The starter checklist for new repair cafés (PDF)',
  'Our earlier episode on the right to repair, with Callum Reid',
  'The Restart Toolkit, a free guide to running a fixing event',
];
const tfH2 = 'Chapters';
const tfChapters = [
  '(00:00) Introduction',
  '(02:14) Two trestle tables and a screwdriver',
  '(11:40) What breaks, and why',
  '(23:05) Fixing with people, not for them',
  '(34:52) Insurance, money and the microwave rule',
  '(46:18) How to start one where you live',
];
const tfP2 = [
  'Small Fixes is an independent show made by two neighbours in a spare bedroom. If you enjoyed this episode, the best way to help ' +
    'is to tell one friend about it.',
];
const tfListen = ['Apple Podcasts', 'Spotify', 'Overcast', 'Pocket Casts', 'YouTube', 'RSS Feed'];
const tfMore = [
  'The toaster that outlived three owners',
  'Right to repair, explained (with Callum Reid)',
  'Sewing machines, sharpening and second chances',
  'Our first year of Small Fixes',
];
const tfMoreDates = ['March 26, 2026', 'March 12, 2026', 'February 26, 2026', 'February 12, 2026'];
const tfHosts = [
  ['Rosa Lindqvist', 'Host'],
  ['Dev Chaudhary', 'Host'],
  ['Ines Obradović', 'Guest'],
];
const tfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Small Fixes | Why every village hall needs a repair café (with Ines Obradović)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="This week Rosa and Dev talk to Ines Obradović.">
<meta property="og:type" content="article"><meta property="og:title" content="${tfTitle}"><meta property="og:audio"
content="https://media.transistor.example/8c1f2a7e.mp3">
<meta name="twitter:card" content="player"><meta name="twitter:player" content="https://share.transistor.example/e/8c1f2a7e">
<link rel="alternate" type="application/rss+xml" title="Small Fixes" href="https://feeds.transistor.example/small-fixes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"${tfTitle}","datePublished":"2026-04-09",
"timeRequired":"PT52M","episodeNumber":47,"partOfSeries":{"@type":"PodcastSeries","name":"Small Fixes","url":"https://smallfixes.example"}}</script>
<link rel="stylesheet" href="https://smallfixes.example/assets/website-7e5a1b.css"></head>
<body class="episode-page theme-lighthouse"><header class="site-header"><div class="site-header__inner"><a class="site-header__title" href="/">Small Fixes</a>
<nav class="site-header__nav"><ul>${links(['Episodes', 'About', 'Support the show'], 'nav-item')}</ul></nav>
<div class="subscribe-dropdown" data-controller="dropdown"><button class="subscribe-dropdown__button" type="button">Subscribe</button>
<ul class="subscribe-dropdown__menu" hidden>${links(tfListen, 'subscribe-dropdown__item')}</ul></div></div></header>
<main class="site-main"><article class="episode"><div class="episode__header"><img class="episode__artwork" alt="Small Fixes artwork"
src="https://img.transistor.example/small-fixes-cover.jpg"><div class="episode__meta"><p class="episode__number">Season 3 · Episode 47</p>
<h1 class="episode__title">${tfTitle}</h1><p class="episode__date"><time datetime="2026-04-09">April 9, 2026</time> · 52:07</p>
<p class="episode__people">Rosa Lindqvist, Dev Chaudhary and Ines Obradović</p></div></div>
<div class="episode__player"><iframe title="Transistor Embed Player" src="https://share.transistor.example/e/8c1f2a7e" width="100%" height="180"
frameborder="0" scrolling="no" seamless></iframe><noscript><audio controls src="https://media.transistor.example/8c1f2a7e.mp3"></audio></noscript></div>
<div class="episode__listen"><h2 class="episode__listen-title">Listen on</h2><ul class="listen-buttons">${tfListen
  .map((t) => `<li><a class="listen-button" href="https://smallfixes.example/subscribe/${t.length}"><span class="listen-button__label">${t}</span></a></li>`)
  .join('\n')}</ul></div>
<div class="episode__notes content"><h2 class="episode__notes-title">Show Notes</h2>
${ps(tfP1)}
<h3>${tfH1}</h3><ul>${tfLinks.map((t, i) => `<li><a href="https://smallfixes.example/l/${i}">${t}</a></li>`).join('\n')}</ul>
<h3>${tfH2}</h3><ul>${tfChapters.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(tfP2)}
</div>
<div class="episode__share"><span>Share this episode</span><a href="#">Copy link</a><a href="#">Embed</a><a href="#">Download MP3</a></div>
<section class="episode__people-cards"><h2>Creators and Guests</h2>${tfHosts
  .map(
    ([n, r]) => `<div class="person-card"><img alt="" src="https://img.transistor.example/p/${r}.jpg"><span class="person-card__role">${r}</span>
<span class="person-card__name">${n}</span></div>`,
  )
  .join('\n')}</section></article>
<section class="more-episodes"><h2 class="more-episodes__title">More episodes</h2><ul>${tfMore
  .map(
    (t, i) => `<li class="episode-row"><a href="/episodes/${46 - i}"><span class="episode-row__title">${t}</span></a>
<span class="episode-row__date">${tfMoreDates[i]}</span></li>`,
  )
  .join('\n')}</ul><a class="more-episodes__all" href="/episodes">View all episodes</a></section></main>
<footer class="site-footer"><p>© 2026 Small Fixes</p><a class="site-footer__powered" href="https://transistor.example">Powered by Transistor</a></footer>
<script src="https://smallfixes.example/assets/website-7e5a1b.js" defer></script></body></html>`;
const transistor: TestPage = {
  html: tfHtml,
  name: 'heldout111-transistor-podcast-episode',
  kind: 'blog',
  // the show notes are the article: their h3s are headings, the link list and the chapter markers are body; "Show Notes" is a
  // label (furniture); the episode label, "Listen on" buttons, the share links, host card labels and the episode list are
  // furniture; the date and duration line, the people line and the host card names are bylines
  title: tfTitle,
  headings: [tfH1, tfH2],
  body: [...tfP1, ...texts(tfLinks), ...tfChapters, ...tfP2],
  bylines: ['April 9, 2026 · 52:07', 'Rosa Lindqvist, Dev Chaudhary and Ines Obradović', 'Rosa Lindqvist', 'Dev Chaudhary', 'Ines Obradović'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Small Fixes', 'Episodes', 'About', 'Support the show', 'Subscribe', ...tfListen, 'Season 3 · Episode 47', 'Listen on', 'Show Notes',
    'Share this episode', 'Copy link', 'Embed', 'Download MP3', 'Creators and Guests', 'Host', 'Guest',
    'More episodes', ...tfMore, ...tfMoreDates, 'View all episodes', '© 2026 Small Fixes', 'Powered by Transistor',
  ],
};

export const HELDOUT111_C: readonly TestPage[] = [transistor, videoPage];
