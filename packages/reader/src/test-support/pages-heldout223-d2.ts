import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 223, file d2: a KVR Audio news item (top bar with "Login" / "Register", the site menu, the "Deals" strip,
 * the news headline with "by" line and posted date, the product box with formats and price, the story text with a feature
 * list, the "Links" lines, "Discuss in the forum", the developer's other news, "Latest News" and "Most Read" rails, the
 * marketplace promo, the newsletter box, ad labels and the footer).
 */
const kvTitle = 'Calder Sound releases Ferrous, a transformer and tape saturation plug-in';
const kvP1 = [
  'Calder Sound has released Ferrous, a saturation plug-in that models the input transformers and tape stages of three classic ' +
    'studio signal paths. It runs in VST3, AU and AAX hosts on macOS and Windows, and is available now at an introductory price.',
  'Ferrous splits saturation into two stages that can be used on their own or together. The transformer stage adds low-frequency ' +
    'weight and gentle odd harmonics, while the tape stage adds compression, head bump and high-frequency softening, with separate ' +
    'controls for tape speed and bias.',
];
const kvH1 = 'Features';
const kvList = [
  'Three transformer models: Nickel, Steel and Iron, based on measurements of vintage console input stages.',
  'Tape stage with 7.5, 15 and 30 ips speeds and adjustable bias.',
  'Auto gain so that changing the drive does not change the perceived level.',
  'Mid/side mode with separate drive for mid and sides.',
  'Oversampling up to 16x, with a low-CPU mode for tracking.',
  'Resizable interface and 60 factory presets by mix engineers.',
];
const kvP2 = [
  '“We kept hearing from engineers that they were stacking two or three plug-ins to get the sound of a real console and tape ' +
    'machine,” says Calder Sound founder Imogen Vasquez. “Ferrous puts both stages in one place, in the right order, with the ' +
    'interaction between them modelled as a whole.”',
  'In a short demo shared with KVR, the Nickel model was noticeably the cleanest of the three, adding a little thickness to ' +
    'a bass guitar without obvious distortion, while Iron was closer to a pushed broadcast console and clearly audible on drums. ' +
    'The tape stage at 7.5 ips rounds off cymbals in a way that will suit anyone chasing a late-sixties sound.',
  'Vasquez says the team spent most of the last two years on measurements rather than on the interface. Every model was ' +
    'captured at several drive levels and frequencies, and the plug-in switches between those measurements as the input level ' +
    'changes rather than relying on a single fixed curve.',
  'A free 21-day trial is available from the Calder Sound website. Owners of the company’s Bandstand channel strip can upgrade ' + 'at a reduced price.',
];
const kvH2 = 'Price & Availability';
const kvP3 = ['Ferrous is available for $79 USD, with an introductory price of $49 USD until 15th December 2025.'];
const kvMenu = ['News', 'Products', 'Developers', 'Forum', 'Marketplace', 'Deals', 'Videos', 'Audio Plugin Deals', 'KVR Developer Challenge'];
const kvLatest = [
  'Mirelle Audio updates Granary to v2.1',
  'Oxbow Instruments launches Saltmarsh drum sampler',
  'Free plug-in: Hollin Echo by Tarn Labs',
  'Pentire Audio announces Black Friday sale',
];
const kvMostRead = ['Northgate Synths Atlas soft synth now free', 'Calder Sound Bandstand v1.4 released', 'Vellum Software ships Scriptorium 3'];
const kvFoot = ['About KVR', 'Advertise', 'Developer Resources', 'Privacy Policy', 'Terms of Use', 'Contact Us'];
const kvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Calder Sound releases Ferrous, a transformer and tape saturation plug-in - KVR Audio</title>
<meta name="description" content="Calder Sound has released Ferrous, a saturation plug-in that models input transformers and tape.">
<meta property="og:type" content="article">
<meta property="og:title" content="${kvTitle}"><meta property="og:site_name" content="KVR Audio"><meta name="twitter:site" content="@kvraudio">
<link rel="canonical" href="https://www.kvraudio.com/news/calder-sound-releases-ferrous-a-transformer-and-tape-saturation-plug-in-63412">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${kvTitle}","datePublished":"2025-11-20T10:12:00+00:00",
"author":{"@type":"Organization","name":"KVR Audio"},"publisher":{"@type":"Organization","name":"KVR Audio"}}</script>
<link rel="stylesheet" href="/css/kvr-2025.min.css?v=118"><script src="/js/kvr.min.js?v=118" defer></script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="kvr-news-item">
<div class="kvr-topbar"><a href="/login">Login</a> / <a href="/register">Register</a></div>
<header class="kvr-header"><a class="kvr-logo" href="/"><img src="/images/kvr-logo.svg" alt="KVR Audio"></a>
<nav class="kvr-menu" role="navigation"><ul>${links(kvMenu)}</ul></nav>
<form class="kvr-search" action="/q.php"><input name="search" placeholder="Search KVR" aria-label="Search KVR"></form></header>
<div class="kvr-deals-strip"><span class="kvr-deals-strip__label">Deals</span><a href="/deals">Save up to 70% on effects plug-ins this week</a></div>
<div class="kvr-ad kvr-ad--billboard"><span class="kvr-ad__label">Advertisement</span><div id="div-gpt-ad-billboard"></div></div>
<div class="kvr-page"><main class="kvr-main"><article class="kvr-newsitem" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="kvr-newsitem__title" itemprop="headline">${kvTitle}</h1>
<div class="kvr-newsitem__byline">by <a href="/member/kvraudio">KVR Audio</a> · <time datetime="2025-11-20">20th November 2025</time></div>
<div class="kvr-productbox"><img src="/images/products/ferrous_thumb.jpg" alt="Ferrous"><dl><dt>Product</dt><dd>
<a href="/product/ferrous-by-calder-sound">Ferrous</a></dd>
<dt>Developer</dt><dd><a href="/developer/calder-sound">Calder Sound</a></dd><dt>Formats</dt><dd>VST3 · AU · AAX</dd><dt>OS</dt><dd>Mac · Win</dd></dl>
<a class="kvr-button" href="/product/ferrous-by-calder-sound">View Product</a></div>
<div class="kvr-newsitem__body" itemprop="articleBody">
${ps(kvP1)}
<h3>${kvH1}</h3>
<ul>${kvList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(kvP2)}
<h3>${kvH2}</h3>
${ps(kvP3)}
<p class="kvr-newsitem__links">Links: <a href="https://caldersound.example">Calder Sound</a> · <a href="https://caldersound.example/ferrous">Ferrous</a></p>
</div>
<div class="kvr-newsitem__discuss"><a href="/forum/viewtopic.php?t=611203">Discuss in the forum (12 replies)</a></div>
<div class="kvr-newsitem__share"><span>Share:</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Reddit</a></div>
<section class="kvr-morenews"><h2>More from Calder Sound</h2>
<ul>${links(['Calder Sound Bandstand v1.4 released', 'Calder Sound launches with Bandstand channel strip'])}
</ul></section></article></main>
<aside class="kvr-sidebar"><div class="kvr-ad kvr-ad--mpu"><span class="kvr-ad__label">Advertisement</span></div>
<section class="kvr-box"><h2>Latest News</h2><ul>${links(kvLatest)}</ul><a href="/news">More News</a></section>
<section class="kvr-box"><h2>Most Read</h2><ol>${links(kvMostRead)}</ol></section>
<section class="kvr-box kvr-box--marketplace"><h2>KVR Marketplace</h2><p>Buy plug-ins and sample libraries directly from developers.</p>
<a href="/marketplace">Browse the Marketplace</a></section>
<section class="kvr-box kvr-box--newsletter"><h2>KVR Newsletter</h2><p>Get the week's news, deals and free plug-ins every Friday.</p>
<form><input type="email" placeholder="Email" aria-label="Email"><button>Sign Up</button></form></section></aside></div>
<footer class="kvr-footer"><ul>${links(kvFoot)}</ul><p>Copyright © 2002-2025 KVR Audio Inc. All rights reserved.</p></footer>
<script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-billboard');});</script></body></html>`;
export const kvrNews: TestPage = {
  html: kvHtml,
  name: 'heldout223-kvraudio-news',
  kind: 'news',
  // the product box, the "Links:" line, share and forum lines are furniture; product names in it are words of the story
  title: kvTitle,
  headings: [kvH1, kvH2],
  body: [...texts(kvP1), ...kvList, ...texts(kvP2), ...texts(kvP3)],
  bylines: ['by KVR Audio · 20th November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Login', 'Register', ...kvMenu, 'Save up to 70% on effects plug-ins this week', 'Advertisement', 'Product', 'Developer', 'Formats',
    'VST3 · AU · AAX', 'OS', 'Mac · Win', 'View Product', 'Links: Calder Sound · Ferrous', 'Discuss in the forum (12 replies)', 'Share:', 'Facebook',
    'Reddit', 'More from Calder Sound', 'Calder Sound launches with Bandstand channel strip', 'Latest News', ...kvLatest, 'More News', 'Most Read',
    ...kvMostRead, 'KVR Marketplace', 'Buy plug-ins and sample libraries directly from developers.', 'Browse the Marketplace', 'KVR Newsletter',
    "Get the week's news, deals and free plug-ins every Friday.", 'Sign Up', ...kvFoot, 'Copyright © 2002-2025 KVR Audio Inc. All rights reserved.',
  ],
};
