import { links, type TestPage, texts } from './page-kit.js';
import { vimeoPage } from './pages-heldout171-d2.js';

/**
 * Held-out batch 171, file d: a podcast episode page on a Transistor-hosted podcast website (the site header with the show
 * name and "Episodes", "About", "Subscribe"; the episode header with the season and episode label, the date and the length;
 * the embedded player iframe; the "Show Notes" tab bar with "Transcript" and "Chapters"; the show notes with a list of
 * topics and a list of links; "Creators & Guests"; "What is The Workbench Hour?"; the subscribe links; the "Share" box;
 * the footer with "Powered by Transistor") and, from file d2, a Vimeo video page.
 */
const trTitle = 'Bringing a 1940s Jack Plane Back to Life, with Margit Olsen';
const trP1 = [
  'This week Margit Olsen joins us from her workshop in Duluth to talk about the hand plane she found in a barn sale for ' +
    'six dollars, rusted solid and missing its tote. Margit has restored more than two hundred planes over twenty years, ' +
    'and she walks us through how she brought this one back to working order over three evenings, without a single power tool.',
  'We also talk about why she refuses to repaint old planes, the one chemical she will never use on cast iron, and how ' +
    'to tell in thirty seconds at a flea market whether a plane is worth buying or only worth looking at.',
];
const trH1 = 'In this episode';
const trTopics = [
  'How Margit got started with a box of her grandfather’s tools',
  'Soaking off rust with citric acid, and why she stopped using electrolysis',
  'Flattening the sole on sandpaper and glass: how flat is flat enough?',
  'Making a replacement tote from a scrap of cherry',
  'Honing the original iron versus buying a thicker modern blade',
  'What the casting marks tell you about when a plane was made',
];
const trP2 = [
  'Margit’s advice for anyone starting out is simple: buy a plane that is rusty but complete, and leave the cracked ones on ' +
    'the table. A missing tote can be made in an afternoon. A cracked casting cannot be fixed, however cheap it was.',
  'Thanks as always to everyone who sent in questions for this episode. If you have restored a plane yourself, we would love ' +
    'to see it. Send us a photo and a few lines about it, and we may read it out in a future episode.',
];
const trH2 = 'Links from the show';
const trLinks = [
  'Margit’s restoration notes and photographs on her website, Plane Truths',
  'The Lake Superior Tool Collectors’ Society, which holds a swap meet every June',
  'Our episode 41 on sharpening, for more on honing angles',
];
const trNav = ['Episodes', 'About', 'Subscribe'];
const trSubs = ['Apple Podcasts', 'Spotify', 'Overcast', 'Pocket Casts', 'YouTube', 'RSS Feed'];
const trPeople: [string, string][] = [
  ['Desmond Achterberg', 'Host'],
  ['Margit Olsen', 'Guest'],
];
const trAbout =
  'The Workbench Hour is a weekly conversation about hand tools, old techniques and the people who keep them alive. Hosted by ' +
  'Desmond Achterberg from a drafty garage in Eau Claire, Wisconsin.';
const trHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bringing a 1940s Jack Plane Back to Life, with Margit Olsen | The Workbench Hour</title>
<meta name="description" content="Margit Olsen joins us from her workshop in Duluth to talk about the hand plane she found in a barn sale for six dollars.">
<meta property="og:title" content="${trTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="The Workbench Hour">
<meta property="og:audio" content="https://media.transistor.example/4c1e2a9f/episode-58.mp3"><meta name="twitter:card" content="player">
<meta name="twitter:player" content="https://share.transistor.example/e/4c1e2a9f"><link rel="alternate" type="application/rss+xml"
title="The Workbench Hour" href="https://feeds.transistor.example/the-workbench-hour"><link rel="canonical" href="https://workbenchhour.example/58">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"${trTitle}","episodeNumber":58,
"datePublished":"2025-10-21","timeRequired":"PT54M","partOfSeries":{"@type":"PodcastSeries","name":"The Workbench Hour"},
"associatedMedia":{"@type":"MediaObject","contentUrl":"https://media.transistor.example/4c1e2a9f/episode-58.mp3"}}</script>
<link rel="stylesheet" href="https://assets.transistor.example/assets/website-dc7a1c.css"></head>
<body class="website-theme-1 episode-page"><header class="site-header"><div class="container"><a class="site-title" href="/">
<img class="site-artwork" alt="The Workbench Hour artwork"><span>The Workbench Hour</span></a><nav class="site-nav" aria-label="Site">
<ul>${links(trNav, 'site-nav-item')}</ul></nav></div></header>
<main class="container"><section class="episode-header"><div class="episode-meta"><span class="episode-number">Season 3 · Episode 58</span></div>
<h1 class="episode-title">${trTitle}</h1><div class="episode-meta"><time datetime="2025-10-21">October 21, 2025</time>
<span class="episode-duration">54 min</span></div>
<div class="episode-embed"><iframe width="100%" height="180" frameborder="no" scrolling="no" seamless title="${trTitle}"
src="https://share.transistor.example/e/4c1e2a9f"></iframe></div></section>
<nav class="episode-tabs" role="tablist"><a role="tab" class="active" aria-selected="true" href="#show-notes">Show Notes</a>
<a role="tab" href="/58/transcript">Transcript</a><a role="tab" href="#chapters">Chapters</a></nav>
<section class="episode-content" id="show-notes"><div class="episode-description rich-text">${trP1.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${trH1}</h3><ul>${trTopics.map((t) => `<li>${t}</li>`).join('\n')}</ul>${trP2.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${trH2}</h3><ul>${trLinks.map((t) => `<li><a href="https://example.com/${t.length}" rel="nofollow">${t}</a></li>`).join('\n')}</ul></div></section>
<section class="episode-chapters hidden" id="chapters"><h2>Chapters</h2><ol><li><span>00:00</span> Intro</li><li><span>03:18</span> Finding the plane</li>
<li><span>21:40</span> Rust removal</li><li><span>38:05</span> The new tote</li></ol></section>
<section class="episode-people"><h2>Creators &amp; Guests</h2><ul class="people-list">
${trPeople
  .map(
    ([n, r]) => `<li class="person"><img alt="${n}"><div><span class="person-name">${n}</span><span
class="person-role">${r}</span></div></li>`,
  )
  .join('\n')}
</ul></section>
<section class="show-about"><h2>What is The Workbench Hour?</h2><p>${trAbout}</p></section>
<section class="episode-share"><h2>Share this episode</h2><button class="copy-link">Copy link</button><a href="#">Share on X</a>
<a href="#">Share on Facebook</a><a href="#">Embed</a></section>
<section class="subscribe-links"><h2>Listen on</h2><ul>${links(trSubs, 'subscribe-link')}</ul></section></main>
<footer class="site-footer"><p>© 2025 The Workbench Hour</p><p class="powered-by"><a href="https://transistor.example">Powered by Transistor</a></p></footer>
<script src="https://assets.transistor.example/assets/website-0e4b.js" defer></script></body></html>`;
const transistor: TestPage = {
  html: trHtml,
  name: 'heldout171-transistor-podcast-episode',
  kind: 'blog',
  // the show notes (with their topic and link lists) are the body; "Show Notes" is a tab label (furniture); the date is
  // the byline and the length ("54 min") a byline too; the season/episode label, hidden chapters, people, show blurb,
  // share box, subscribe links and footer are furniture
  title: trTitle,
  headings: [trH1, trH2],
  body: [...texts(trP1), ...trTopics, ...trP2, ...trLinks],
  bylines: ['October 21, 2025', '54 min'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'The Workbench Hour', ...trNav, 'Season 3 · Episode 58', 'Show Notes', 'Transcript', 'Chapters', '00:00 Intro', '03:18 Finding the plane',
    '21:40 Rust removal', '38:05 The new tote', 'Creators & Guests', ...trPeople.flat(), 'What is The Workbench Hour?', trAbout, 'Share this episode',
    'Copy link', 'Share on X', 'Share on Facebook', 'Embed', 'Listen on', ...trSubs, '© 2025 The Workbench Hour', 'Powered by Transistor',
  ])],
};

export const HELDOUT171_D: readonly TestPage[] = [transistor, vimeoPage];
