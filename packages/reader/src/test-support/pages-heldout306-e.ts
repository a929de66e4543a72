import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout306-kit.js';

/**
 * Held-out batch 306, file e: a planetarium's "sky this month" page built with Squarespace's page builder (announcement
 * bar, header nav with "Buy tickets", sqs-layout rows of html, image, button, spacer and newsletter blocks, a moon-phase
 * table in a code block, a shows promo row and the footer) and a science podcast episode page on a Buzzsprout-style
 * podcast website (player, episode meta, subscribe links, show notes, support box, the full transcript with speaker
 * labels and timestamps, the episode list rail and the "Powered by" footer).
 */
const pTitle = 'The Sky This Month: April 2026';
const pIntro = j(
  'April brings the last good evening views of Jupiter, a bright pairing of the Moon and Venus before dawn, and the',
  'Lyrid meteor shower. Here is what to look for from Dunmore and anywhere else in the mid-northern latitudes.',
);
const pH1 = 'Jupiter bows out';
const pP1 = [
  j(
    'Jupiter has dominated the western sky all winter, and this is your last month to catch it well. Look west about an',
    'hour after sunset: it is the brightest point of light in that part of the sky. By the end of the month it sets',
    'less than two hours after the Sun.',
  ),
  j('A pair of binoculars held steady against a wall will show up to four of its large moons as tiny points in a line', 'on either side of the planet.'),
];
const pH2 = 'Morning Moon and Venus';
const pP2 = [
  j(
    'Early risers should look east before dawn on 14 April, when a thin crescent Moon sits just three degrees from',
    'Venus. The pair will be low, so find a spot with a clear horizon and start looking about 45 minutes before sunrise.',
  ),
];
const pH3 = 'The Lyrid meteors';
const pP3 = [
  j(
    'The Lyrids peak on the night of 22–23 April. Under a dark sky you might see 15 to 20 meteors an hour after',
    'midnight. This year the Moon sets early, so conditions are good. Lie back, let your eyes adjust for twenty',
    'minutes, and look about halfway up the sky rather than straight at the radiant near the star Vega.',
  ),
];
const pH3b = 'Where are the other planets?';
const pP3b = [
  j(
    'Mars is now a faint orange dot low in the west after dark and is hard to pick out from the glow of twilight. Saturn',
    'returns to the morning sky late in the month, rising about an hour before the Sun, but it will be a much better',
    'target in the summer. Mercury is too close to the Sun to see safely all month.',
  ),
  j(
    'If you want help finding any of them, our astronomers run free telescope evenings on the terrace every clear',
    'Friday, weather permitting. Bring warm clothes: April nights can still be cold.',
  ),
];
const pH4 = 'Moon phases';
const pPhases = [
  ['First Quarter', '5 April'],
  ['Full Moon', '12 April'],
  ['Last Quarter', '19 April'],
  ['New Moon', '27 April'],
];
const pMenu = ['Visit', 'Shows', 'Sky This Month', 'Schools', 'Events', 'About'];
const pShows = ['Planets Up Close', 'Northern Lights Live', 'Stars of the Desert Night'];
const pHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>The Sky This Month — Dunmore Planetarium</title>
<meta property="og:site_name" content="Dunmore Planetarium"><meta name="generator" content="Squarespace">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f0b2c","siteTitle":"Dunmore Planetarium"}};</script>
<link rel="stylesheet" href="https://static1.squarespace.example/static/versioned-site-css/site.css"></head>
<body class="collection-type-page header-layout-nav-right tweak-global-animations-enabled"><div class="sqs-announcement-bar-dropzone">
<div class="sqs-announcement-bar"><p>Easter holiday shows are on sale now – book early, they sell out!</p></div></div>
<header id="header" class="header theme-col--primary"><div class="header-title"><a href="/" class="header-title-text">Dunmore Planetarium</a></div>
<nav class="header-nav-list">${pMenu.map((m) => `<div class="header-nav-item"><a href="#">${m}</a></div>`).join('')}</nav>
<div class="header-actions-action--cta"><a class="btn btn--border" href="/tickets">Buy tickets</a></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6127">
<section class="page-section layout-engine-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="page" id="page-section-6127"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${pTitle}</h1><p class="sqs-block-small">Updated 28 March 2026 by Callum Ruddock, Dunmore Planetarium astronomer</p>
<p>${pIntro}</p></div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/april-sky.png" alt=""><figcaption class="image-caption-wrapper"><div class="image-caption">
<p>The western sky an hour after sunset on 10 April. Chart: Dunmore Planetarium</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${pH1}</h2>${ps(pP1, ' style="white-space:pre-wrap;"')}<h2>${pH2}</h2>${ps(pP2)}<h2>${pH3}</h2>${ps(pP3)}<h2>${pH3b}</h2>${ps(pP3b)}<h2>${pH4}</h2>
</div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content"><table class="moon-table"><tbody>
${pPhases.map(([a, b]) => `<tr><td>${a}</td>\n<td>${b}</td></tr>`).join('\n')}</tbody></table></div></div>
<div class="sqs-block spacer-block sqs-block-spacer" data-block-type="21"><div class="sqs-block-content">&nbsp;</div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/stargazing-nights" class="sqs-block-button-element--medium sqs-button-element--primary">Join a stargazing night</a></div></div></div>
</div></div></div></div></div></section>
<section class="page-section"><div class="sqs-layout"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-html-content"><h3>Now showing in the dome</h3></div></div>
<div class="sqs-block summary-v2-block sqs-block-summary-v2"><div class="summary-item-list">
${pShows.map((s) => `<div class="summary-item"><div class="summary-title"><a href="#">${s}</a></div></div>`).join('\n')}</div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Never miss a clear
night</h2><p>Get the sky guide and event news by email once a month.</p><form><input type="email" placeholder="Email Address">
<button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><div class="sqs-html-content"><p>Dunmore Planetarium, Castle Brae, Dunmore DM1 2PX</p>
<p>Open Tuesday to Sunday, 10am to 5pm</p><p>Scottish charity SC058814</p></div></footer></body></html>`;
const dunmore: TestPage = {
  name: 'heldout306-squarespace-planetarium-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2, pH3, pH3b, pH4],
  body: texts([pIntro, ...pP1, ...pP2, ...pP3, ...pP3b, ...pPhases.map(([a, b]) => `${a} ${b}`)]),
  bylines: ['Updated 28 March 2026 by Callum Ruddock, Dunmore Planetarium astronomer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Easter holiday shows are on sale now – book early, they sell out!', 'Dunmore Planetarium', ...pMenu, 'Buy tickets',
    'The western sky an hour after sunset on 10 April. Chart: Dunmore Planetarium', 'Join a stargazing night', 'Now showing in the dome', ...pShows,
    'Never miss a clear night', 'Get the sky guide and event news by email once a month.', 'Sign Up', 'We respect your privacy.',
    'Dunmore Planetarium, Castle Brae, Dunmore DM1 2PX', 'Open Tuesday to Sunday, 10am to 5pm', 'Scottish charity SC058814',
  ],
};

const cTitle = '87: Why the Sun’s corona is hotter than its surface';
const cNotes = [
  j(
    'The surface of the Sun is about 5,500 degrees. A few thousand kilometres above it, the thin outer atmosphere called',
    'the corona reaches more than a million. This week, solar physicist Dr Amara Kessington explains why that is so',
    'strange, and what the new generation of solar probes is finding out.',
  ),
  'In this episode:',
  'what the corona is and how we see it during an eclipse',
  'the two leading ideas: waves and tiny “nanoflares”',
  'what a spacecraft flying through the corona has measured',
];
const cH = 'Transcript';
const cT = [
  j(
    '[00:00:04] Joel Marsden: Welcome to Small Hours, the podcast where we ask one science question per episode and try',
    'to answer it properly. I am Joel, and today I am joined by Amara Kessington. Amara, thanks for coming on.',
  ),
  '[00:00:15] Amara Kessington: Thanks for having me. This is my favourite question in all of solar physics.',
  j('[00:00:21] Joel Marsden: So let us start with the puzzle. If I walk away from a campfire I get colder. Why does', 'that not happen with the Sun?'),
  j(
    '[00:00:29] Amara Kessington: Close to the surface it does. The temperature drops as you go up, to around 4,000',
    'degrees. Then, in a layer only a few hundred kilometres thick, it shoots up to over a million degrees. Something',
    'is carrying energy up from below and dumping it into the corona.',
  ),
  '[00:00:48] Joel Marsden: And we do not know what?',
  j(
    '[00:00:50] Amara Kessington: We have two good candidates. One is waves travelling along magnetic field lines, a bit',
    'like shaking a rope. The other is lots of very small explosions, which we call nanoflares, each one far too small',
    'to see on its own, but together adding up to a lot of heat.',
  ),
  j('[00:01:12] Joel Marsden: And the probes can tell those apart?'),
  j(
    '[00:01:15] Amara Kessington: They are starting to. When a probe flies through the young solar wind, it can measure',
    'the waves directly, and we see plenty of them. We also see sudden reversals in the magnetic field that look like',
    'the fingerprints of small reconnection events. My honest answer is that both are probably happening.',
  ),
  '[00:01:38] Joel Marsden: That is a very satisfying non-answer. Amara Kessington, thank you.',
];
const cEps = ['86: Do atoms ever really touch?', '85: How do we weigh a galaxy?', '84: What is the smallest star?'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${cTitle} - Small Hours</title>
<meta name="description" content="Solar physicist Dr Amara Kessington explains coronal heating."><meta property="og:type" content="music.song">
<link rel="alternate" type="application/rss+xml" title="Small Hours" href="https://feeds.buzzsprout.example/2291047.rss">
<link rel="stylesheet" href="https://www.buzzsprout.example/assets/podcast_sites/chord.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"${cTitle}","datePublished":"2026-02-26"}</script>
</head><body class="podcast-site episode-page theme-chord"><header class="site-header"><a class="site-title" href="/">Small Hours</a>
<nav class="site-nav"><ul>${links(['Episodes', 'About', 'Contact', 'Support the show'])}</ul></nav></header>
<main><section class="episode"><div class="episode__player"><iframe src="https://www.buzzsprout.example/2291047/14402811?client_source=small_player"
title="Small Hours episode player"></iframe><div class="player-fallback">Play episode 87 · 24:18</div></div>
<h1 class="episode__title">${cTitle}</h1><div class="episode__meta"><span class="episode__date">February 26, 2026</span>
<span class="episode__season">Season 4 · Episode 87</span><span class="episode__duration">24:18</span></div>
<div class="episode__subscribe"><span>Listen on</span><ul>${links(['Apple Podcasts', 'Spotify', 'Pocket Casts', 'RSS Feed'])}</ul></div>
<div class="episode__description show-notes">
<p>${cNotes[0]}</p><p><strong>${cNotes[1]}</strong></p><ul>${cNotes
  .slice(2)
  .map((x) => `<li>${x}</li>`)
  .join('')}</ul>
<div class="support-box"><p><a href="/support">Support the show</a></p><p>Small Hours is made by two people and a microphone. Become a supporter
for ad-free episodes.</p></div></div>
<div class="episode__transcript" id="transcript"><h2>${cH}</h2>
${ps(cT)}
<p class="transcript-disclaimer">This transcript was generated automatically and may contain errors.</p></div></section>
<aside class="episode-list"><h3>More episodes</h3><ul>${links(cEps, 'episode-list__item')}</ul><a href="/episodes">View all episodes</a></aside></main>
<footer class="site-footer"><p>© 2026 Small Hours</p><p>Powered by Buzzsprout</p><a href="/privacy">Privacy Policy</a></footer></body></html>`;
const smallHours: TestPage = {
  name: 'heldout306-buzzsprout-podcast-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [cH],
  body: texts([...cNotes, ...cT]),
  bylines: ['February 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Episodes', 'About', 'Contact', 'Support the show', 'Play episode 87 · 24:18', 'Season 4 · Episode 87', 'Listen on',
    'Apple Podcasts', 'Spotify', 'Pocket Casts', 'RSS Feed',
    'Small Hours is made by two people and a microphone. Become a supporter for ad-free episodes.',
    'This transcript was generated automatically and may contain errors.', 'More episodes', ...cEps, 'View all episodes', '© 2026 Small Hours',
    'Powered by Buzzsprout', 'Privacy Policy',
  ],
};

export const HELDOUT306_E: readonly TestPage[] = [dunmore, smallHours];
