import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file a: a concert review on a music magazine built on the PMC WordPress theme (consent banner, mega
 * menu, breadcrumbs, byline with the author's card, share bar, lead figure with caption and credit, an inline "Related"
 * promo, a newsletter box, the "More From" and "Trending" rails, an ad slot and the footer).
 */
const title = 'Marrow Lanterns Turn a Rainy Harbour Night Into a Three-Hour Seance';
const dek = 'The Glasgow quartet played every song from their flooded-church album, and then kept going until the ferry crew asked them to stop';
const p1 = [
  j(
    'There is a moment about forty minutes into a Marrow Lanterns show when the drummer, Fenella Quarry, puts down her sticks and picks up',
    'a pair of knitting needles. She plays the ride cymbal with them for the whole of "Salt in the Organ Pipes," and on Thursday night at',
    'the Custom House Shed in Port Ellery the room went so quiet you could hear the rain on the corrugated roof keeping time with her.',
  ),
  j(
    'It was the first of two sold-out nights closing the band\u2019s spring run, and the set leaned hard on Vestry, the record they made',
    'last winter in a half-flooded Methodist chapel on the Ayrshire coast. Singer Callum Brisk told the crowd the chapel organ had been',
    'underwater to its second rank of pipes, and that they had recorded it anyway, bubbles and all.',
  ),
];
const h1 = 'A slow start, then a flood';
const p2 = [
  j(
    'The opening half hour was almost too careful. "Lantern Weather" and "The Harbourmaster\u2019s Daughter" were played close to the',
    'record, with Brisk hunched over a pedal board the size of a kitchen table, and a few people near the bar drifted towards the exits',
    'for cigarettes. Then bassist Oona Leckie stepped up for "Bilge Hymn," the only song she sings, and the whole thing loosened.',
  ),
  j(
    'From there the band stopped treating the album as a script. "Nave" stretched to eleven minutes, built on a two-note bass figure and a',
    'tape loop of the chapel\u2019s dripping roof. "Tide Tables" became a call-and-response with the front rows, who had clearly learned',
    'the harmonies from the live session the band posted in February.',
  ),
];
const quote = j('We wrote most of these songs with our boots wet. It feels right to play them somewhere that smells of the sea.');
const h2 = 'The setlist, in short';
const list = [
  'Thirteen songs from Vestry, played in a different order from the record',
  'Three older songs, including a rare "Cinder Parish" from the first EP',
  'A cover of a Shetland fiddle tune, arranged for guitar feedback and knitting needles',
  'Two encores, the second one unplanned',
];
const h3 = 'The encore nobody expected';
const p3 = [
  j(
    'The band left the stage at a quarter to eleven and came back for a tidy two-song encore. That should have been it. Instead, as the',
    'house lights came up, Quarry sat back down at the kit and started the slow pulse of "Drowned Choir," a song they have not played',
    'live since 2022. The others followed one by one, Leckie still holding her coat.',
  ),
  j(
    'It ran long enough that a member of the ferry company that owns the shed walked on with a clipboard and a polite shrug. Brisk',
    'laughed, thanked him into the microphone and let the final chord ring out for what felt like a full minute.',
  ),
  j(
    'Not every idea lands. The visuals, projected onto a sail hung behind the drum riser, were hard to read from the back, and the',
    'middle section sagged under three mid-tempo songs in a row. But when Marrow Lanterns find the tide, few bands on these islands',
    'can match them, and the second night is already being resold at twice the face value.',
  ),
];
const nav = ['Music', 'Film', 'Television', 'Live Reviews', 'Features', 'Interviews', 'Charts', 'Video', 'Newsletters'];
const more = [
  'Hollow Tarn Announce a Lighthouse Tour for the Autumn',
  'The 30 Best Folk-Noise Records of the Decade So Far',
  'Inside the Studio Where Every Song Was Recorded Underwater',
  'Fenella Quarry on Knitting, Cymbals and Patience',
];
const trending = ['Festival Lineups Ranked by Heat Tolerance', 'Why Vinyl Pressing Plants Are Booked Until 2028', 'The Reunion Nobody Asked For'];
const foot = ['About Us', 'Advertise', 'Careers', 'Contact', 'Accessibility', 'Privacy Policy', 'Terms of Use', 'Your Privacy Choices'];
const html = `<!doctype html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marrow Lanterns Live in Port Ellery: Concert Review - Reverb Tide</title>
<meta name="description" content="${dek}"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2026-03-13T09:40:00-05:00"><meta name="author" content="Odile Ferrante">
<link rel="canonical" href="https://reverbtide.example/music/live-reviews/marrow-lanterns-port-ellery-review-1235049981/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","headline":"${title}","author":{"@type":"Person",
"name":"Odile Ferrante"},"datePublished":"2026-03-13T09:40:00-05:00","publisher":{"@type":"Organization","name":"Reverb Tide"},
"itemReviewed":{"@type":"MusicEvent","name":"Marrow Lanterns at the Custom House Shed"}}</script>
<script>var pmc_meta = {"env":"desktop","primary-category":"Live Reviews","page-type":"article","omni_visit_id":""};
window.pmc_ad_lazy = true;</script><link rel="stylesheet" id="pmc-core-css" href="/wp-content/themes/vip/pmc-reverbtide/assets/build/css/main.css">
</head><body class="single single-post postid-1235049981 pmc-reverbtide lrv-u-background-color-white">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We and our partners use cookies to personalise content and ads and to analyse our traffic.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Preferences</button></div></div>
<header class="pmc-header lrv-a-glue-parent"><div class="o-nav__header lrv-u-flex"><a class="c-logo" href="/">Reverb Tide</a>
<a class="c-button c-button--subscribe" href="/subscribe/">Subscribe</a></div>
<nav class="o-nav o-nav--mega-menu" aria-label="Main"><ul class="o-nav__list lrv-a-unstyle-list lrv-u-flex">${links(nav, 'o-nav__list-item')}</ul></nav>
</header><div class="pmc-adm-goog-pub-div admz" id="adm-leaderboard-1"><p class="a-ad-label">Advertisement</p></div>
<main id="main-wrapper" class="lrv-a-wrapper"><div class="article-header">
<nav class="c-breadcrumbs" aria-label="Breadcrumb"><ol class="lrv-a-unstyle-list lrv-u-flex">${links(['Music', 'Live Reviews'], 'c-breadcrumbs__item')}</ol>
</nav><h1 class="c-title a-font-primary-bold-l">${title}</h1><h2 class="c-dek a-font-secondary-m">${dek}</h2>
<div class="article-meta lrv-u-flex"><div class="c-byline"><span class="c-byline__label">By </span><a class="c-byline__link"
href="/t/odile-ferrante/">Odile Ferrante</a></div><time class="c-timestamp" datetime="2026-03-13T09:40:00-05:00">March 13, 2026 9:40AM ET</time>
<span class="c-reading-time">5 min read</span></div>
<div class="c-social-bar"><span class="c-social-bar__label">Share this article</span><ul class="lrv-a-unstyle-list lrv-u-flex">
${links(['Share on Facebook', 'Share on X', 'Email', 'Copy Link'], 'c-social-bar__item')}</ul></div></div>
<div class="lrv-a-grid lrv-a-cols3@desktop"><article class="a-span2@desktop">
<figure class="c-figure o-figure"><img class="c-lazy-image__img" src="/wp-content/uploads/2026/03/marrow-lanterns-live.jpg" alt="">
<figcaption class="c-figcaption"><span class="c-figcaption__caption">Callum Brisk of Marrow Lanterns at the Custom House Shed, Port Ellery.</span>
<cite class="c-figcaption__credit">Ines Calder for Reverb Tide</cite></figcaption></figure>
<div class="a-content pmc-paywall">
${ps(p1)}
<div class="related-link-inline"><span class="related-link-inline__label">Related</span>
<a href="/music/news/marrow-lanterns-vestry-chapel-1234999920/">How Marrow Lanterns Recorded an Album in a Flooded Chapel</a></div>
<h2 id="section-1">${h1}</h2>
${ps(p2)}
<blockquote class="wp-block-quote"><p>${quote}</p></blockquote>
<h2 id="section-2">${h2}</h2>
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="admz" id="adm-inarticle-1"><p class="a-ad-label">Advertisement</p></div>
<h2 id="section-3">${h3}</h2>
${ps(p3)}
</div>
<div class="c-author-card"><p class="c-author-card__name">Odile Ferrante</p>
<p class="c-author-card__bio">Odile Ferrante covers live music in Scotland and the north of England for Reverb Tide.</p></div>
<div class="c-newsletter-box"><h3 class="c-newsletter-box__title">Get the Reverb Tide Weekly</h3>
<p class="c-newsletter-box__text">The week in music, straight to your inbox every Friday.</p>
<form><input type="email" placeholder="Enter your email"><button type="submit">Sign Up</button></form></div>
<section class="more-from"><h2 class="c-heading">More From Reverb Tide</h2><ul class="o-tease-list">${links(more, 'o-tease-list__item')}</ul></section>
</article><aside class="a-span1@desktop pmc-sidebar"><section class="trending-widget"><h3 class="c-heading">Trending</h3>
<ol class="o-tease-list">${links(trending, 'o-tease-list__item')}</ol></section>
<div class="admz" id="adm-right-rail-1"><p class="a-ad-label">Advertisement</p></div></aside></div></main>
<footer class="pmc-footer"><ul class="lrv-a-unstyle-list">${links(foot, 'pmc-footer__item')}</ul>
<p class="pmc-footer__copyright">Reverb Tide is a part of Harrowgate Media. © 2026 Reverb Tide Media, LLC. All Rights Reserved.</p></footer>
<script>window.pmc_piano_paywall = {"enabled":false}; document.documentElement.classList.remove("no-js");</script></body></html>`;

export const reverbTide: TestPage = {
  name: 'heldout307-pmc-music-magazine-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([dek, ...p1, ...p2, quote, ...list, ...p3]),
  bylines: ['By Odile Ferrante', 'March 13, 2026 9:40AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'Accept All', 'Cookie Preferences', 'Subscribe',
    ...nav, 'Advertisement', '5 min read', 'Share this article', 'Share on Facebook', 'Share on X', 'Email', 'Copy Link',
    'Callum Brisk of Marrow Lanterns at the Custom House Shed, Port Ellery.', 'Ines Calder for Reverb Tide', 'Related',
    'How Marrow Lanterns Recorded an Album in a Flooded Chapel',
    'Odile Ferrante covers live music in Scotland and the north of England for Reverb Tide.', 'Get the Reverb Tide Weekly',
    'The week in music, straight to your inbox every Friday.', 'Sign Up', 'More From Reverb Tide', ...more, 'Trending', ...trending, ...foot,
    'Reverb Tide is a part of Harrowgate Media. © 2026 Reverb Tide Media, LLC. All Rights Reserved.',
  ],
};
