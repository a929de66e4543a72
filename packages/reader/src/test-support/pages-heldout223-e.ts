import { links, ps, type TestPage, texts } from './page-kit.js';
import { radioProgramme } from './pages-heldout223-e2.js';

/**
 * Held-out batch 223, file e: a podcast episode page on a Transistor.fm show site (the show header with its "Subscribe"
 * menu of podcast apps, the season and episode label, date, the embedded player with its time and speed controls, the show
 * notes with a chapter list and links, "Creators & Guests" with roles, "What is ...?" show description, the "Support the
 * show" box, the previous / next episode links, the "Powered by Transistor" footer) and, from file e2, a radio station's
 * programme page.
 */
const pcTitle = 'Mixing in a Small Room, with Priya Anand';
const pcP1 = [
  'Most of us do not mix in treated studios. We mix in spare bedrooms, under the stairs and at the kitchen table, with the washing ' +
    'machine going. This week mixing engineer Priya Anand joins us to talk about how she gets reliable mixes out of a room that is ' +
    'three metres by two and a half, and what she would spend money on first if she were starting again.',
  'We talk about why she keeps her speakers closer together than the manual says, the single piece of acoustic treatment she would ' +
    'never give up, how she uses headphones without trusting them completely, and the reference tracks she plays every morning ' +
    'before she touches a mix.',
  'Priya also explains why she stopped chasing a flat frequency response. After spending a small fortune on panels for her first ' +
    'room, she found that learning how three or four familiar records sounded in it taught her more than any measurement did. She ' +
    'still measures, but only to find the one or two problems big enough to matter, usually a dip in the low mids at the mix position.',
  'Near the end, Leah asks the question we get more than any other: is it worth mixing on headphones alone? Priya’s answer is ' +
    'more hopeful than you might expect, with one important condition.',
];
const pcH1 = 'In this episode';
const pcChapters = [
  '00:00 Introduction',
  '02:14 Priya’s first bedroom studio',
  '09:40 Speaker placement and the 38 percent rule',
  '18:05 Bass traps versus everything else',
  '27:52 Headphones: what to trust and what not to',
  '36:30 Reference tracks and listening fatigue',
  '44:18 Listener question: should I buy a sub?',
  '51:07 Priya’s one piece of advice',
];
const pcH2 = 'Links from the show';
const pcLinks = ['Priya’s studio tour video', 'The free room-measurement app we mention at 12:30', 'Our earlier episode on monitor controllers (episode 31)'];
const pcP2 = [
  'Got a question for a future episode? Send us a voice note through the website and we may play it on the show. We read every ' +
    'message, even if we do not get to all of them on air.',
  'Thanks to this episode’s supporters, and to Gwen Tolley for editing.',
];
const pcAbout = 'Home Studio Hours is a fortnightly podcast about recording and mixing at home, hosted by engineer Sam Okafor and songwriter Leah Marsh.';
const pcApps = ['Apple Podcasts', 'Spotify', 'Overcast', 'Pocket Casts', 'YouTube', 'RSS Feed'];
const pcPeople = [
  { name: 'Sam Okafor', role: 'Host' },
  { name: 'Leah Marsh', role: 'Host' },
  { name: 'Priya Anand', role: 'Guest' },
  { name: 'Gwen Tolley', role: 'Editor' },
];
const pcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Home Studio Hours | Mixing in a Small Room, with Priya Anand</title>
<meta name="description" content="Mixing engineer Priya Anand on mixing in a small room.">
<meta property="og:title" content="${pcTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="Home Studio Hours">
<meta name="twitter:card" content="player"><meta name="twitter:player" content="https://share.transistor.example/e/8f21c7a0">
<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="https://feeds.transistor.example/home-studio-hours">
<link rel="canonical" href="https://homestudiohours.example/42">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"${pcTitle}","episodeNumber":42,
"datePublished":"2025-11-12","partOfSeries":{"@type":"PodcastSeries","name":"Home Studio Hours"},"associatedMedia":{"@type":"MediaObject",
"contentUrl":"https://media.transistor.example/8f21c7a0/ep42.mp3"}}</script>
<link rel="stylesheet" href="https://assets.transistor.example/websites/themes/fresh.css?v=91"></head>
<body class="website-theme-fresh episode-page">
<header class="site-header"><div class="container"><a href="/" class="site-title">
<img src="https://img.transistor.example/cover-art.jpg" alt="Home Studio Hours">
<span>Home Studio Hours</span></a><nav class="site-nav"><ul><li><a href="/episodes">Episodes</a></li><li><a href="/people">People</a></li>
<li><a href="/about">About</a></li><li class="subscribe-menu"><button aria-haspopup="true">Subscribe</button>
<ul class="subscribe-dropdown" hidden>${links(pcApps)}</ul></li></ul></nav></div></header>
<main class="container"><article class="episode">
<div class="episode-header"><p class="episode-label">Season 3 · Episode 42</p><h1 class="episode-title">${pcTitle}</h1>
<p class="episode-date"><time datetime="2025-11-12">November 12, 2025</time> · 58:41</p></div>
<div class="episode-player"><iframe width="100%" height="180" frameborder="no" scrolling="no" seamless src="https://share.transistor.example/e/8f21c7a0"
title="${pcTitle}"></iframe><div class="player-fallback"><button class="play-button" aria-label="Play episode">Play</button>
<span class="time">00:00 / 58:41</span>
<button class="speed">1x</button><a href="https://media.transistor.example/8f21c7a0/ep42.mp3" download>Download</a></div></div>
<div class="episode-notes prose">
${ps(pcP1)}
<h3>${pcH1}</h3>
<ul>${pcChapters.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${pcH2}</h3>
<ul>${pcLinks.map((t, i) => `<li><a href="https://example.com/link${i}">${t}</a></li>`).join('\n')}</ul>
${ps(pcP2)}
</div>
<section class="episode-people"><h2>Creators &amp; Guests</h2><ul>${pcPeople
  .map(
    (p) => `<li class="person"><img src="https://img.transistor.example/p/${p.name.split(' ')[0]}.jpg" alt=""><span class="person-name">${p.name}</span>
<span class="person-role">${p.role}</span></li>`,
  )
  .join('\n')}</ul></section>
<section class="show-about"><h2>What is Home Studio Hours?</h2><p>${pcAbout}</p></section>
<div class="support-box"><h2>Support the show</h2><p>Members get ad-free episodes and a bonus mix review every month.</p>
<a href="/support">Become a member</a></div>
<nav class="episode-nav"><a href="/41" class="prev">← Previous episode: Vocal Chains That Actually Work</a>
<a href="/43" class="next">Next episode: Buying Used Microphones →</a></nav></article></main>
<footer class="site-footer"><div class="container"><p>© 2025 Home Studio Hours</p><p><a href="https://transistor.example">Powered by Transistor</a></p>
<ul class="footer-links"><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul></div></footer>
<script src="https://assets.transistor.example/websites/site.js?v=91" defer></script></body></html>`;
const podcast: TestPage = {
  html: pcHtml,
  name: 'heldout223-transistor-podcast-episode',
  kind: 'blog',
  // the show notes (with the chapter and link lists) are the article; the people list, show description, player and nav are furniture
  title: pcTitle,
  headings: [pcH1, pcH2],
  body: [...texts(pcP1), ...pcChapters, ...pcLinks, ...texts(pcP2)],
  bylines: ['November 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home Studio Hours', 'Episodes', 'People', 'About', 'Subscribe', ...pcApps, 'Season 3 · Episode 42', '58:41', 'Play', '00:00 / 58:41', '1x', 'Download',
    'Creators & Guests', ...pcPeople.map((p) => p.name), 'Host', 'Guest', 'Editor', 'What is Home Studio Hours?', pcAbout, 'Support the show',
    'Members get ad-free episodes and a bonus mix review every month.', 'Become a member', '← Previous episode: Vocal Chains That Actually Work',
    'Next episode: Buying Used Microphones →', '© 2025 Home Studio Hours', 'Powered by Transistor', 'Privacy', 'Contact',
  ],
};

export const HELDOUT223_E: readonly TestPage[] = [podcast, radioProgramme];
