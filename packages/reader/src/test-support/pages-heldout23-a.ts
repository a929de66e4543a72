import { links, type TestPage, texts } from './page-kit.js';
import { techcrunchPost } from './pages-heldout23-a2.js';

/**
 * Held-out batch 23, file a: an Ars Technica-style science story split over two pages, saved on page 1 (the post-redesign
 * header with its section nav, "Text settings" menu and sign-in, the section label, headline and dek, byline with date and
 * comment-count bubble, the lead image with its credit, an "Ars Video" interlude player dropped between paragraphs, the
 * "Page 1 of 2" pagination with "Next", the author's mini bio, the comments button, prev/next story links, "Most Read" rail
 * and the Condé Nast-style footer).
 */
const arTitle = 'A glacier-fed lake in Patagonia turned salty in a decade, and nobody noticed';
const arDek = 'Sediment cores point to a river that changed course after a 1960s earthquake.';
const arBody1 = [
  'Lago Tepuel is not the kind of lake that makes headlines. It sits in a wind-scoured basin in Argentina’s Chubut province, a ' +
    'long day’s drive from the nearest city, and for most of the last century it was known mainly to sheep farmers and a handful ' +
    'of trout anglers. So when a team of limnologists reported in 2023 that its water had become roughly three times saltier than ' +
    'it was in the 1950s, the finding drew little attention outside the field.',
  'A new paper in <em>Geophysical Research Letters</em> argues that the change was not gradual at all. According to sediment ' +
    'cores pulled from the lake bed, the shift from fresh to brackish water happened within about eight years, sometime between ' +
    '1961 and 1969—and the likely trigger was not climate but geology.',
  '“We went in expecting a slow drying story, the kind you see across the whole region,” said Lucía Ferreyra, a ' +
    'paleolimnologist at the Universidad Nacional de la Patagonia and the study’s lead author. “What we found instead was a cliff.”',
];
const arH1 = 'Reading the mud';
const arBody2 = [
  'The team drilled six cores from a floating platform in the lake’s deepest basin during the southern summer of 2024. Each core ' +
    'was a little over two meters long and covered, by the researchers’ estimate, about 600 years of accumulated sediment.',
  'The key evidence comes from diatoms, single-celled algae whose glassy shells settle to the bottom when they die. Different ' +
    'diatom species tolerate different amounts of salt, so a count of which species are present in each thin layer of mud acts ' +
    'as a rough record of the water’s chemistry at the time.',
  'For most of the record, the diatom community is dominated by freshwater species. Then, in a band of sediment less than three ' +
    'centimeters thick, those species almost vanish and are replaced by types usually found in brackish coastal lagoons. Lead-210 ' +
    'dating places that band in the 1960s.',
  'Ferreyra’s group also measured oxygen isotopes in carbonate grains from the same layers, a ratio that tracks how much of the ' +
    'lake’s water is lost to evaporation. It jumps at the same point, suggesting the lake abruptly stopped receiving as much fresh ' +
    'inflow as before.',
  'The question was why. Rainfall records kept since the 1930s at a nearby estancia show no dramatic drought in that decade, and ' +
    'the glaciers feeding the upper valley were retreating no faster than others in the range.',
];
const arNav = ['AI', 'Biz & IT', 'Cars', 'Culture', 'Gaming', 'Health', 'Policy', 'Science', 'Security', 'Space', 'Tech'];
const arSettings = ['Text settings', 'Story text', 'Size', 'Small', 'Standard', 'Large', 'Width', 'Wide', 'Links', 'Orange'];
const arMost = [
  'Microsoft’s new update tool quietly breaks printing on older laptops',
  'The first commercial fusion plant just picked a site. Here’s why it matters',
  'Review: A $299 e-reader that finally gets color right',
  'FCC moves to end rule that let renters pick their own broadband provider',
  'Why the newest Mars rover samples may never come home',
];
const arFoot = ['About Us', 'Staff Directory', 'Newsletters', 'Ars Videos', 'General FAQ', 'RSS Feeds', 'Contact us', 'Advertise with us', 'Reprints'];
const arVideo = 'How Engineers Keep Offshore Wind Turbines Standing in a Storm';
const arCaption = 'Lago Tepuel, seen from the ridge above its northern shore in February 2024.';
const arCredit = 'Credit: Tomás Ibarra / UNPA';
const arBio =
  'Marisol covers earth science, climate and the occasional volcano for Ars Technica. She previously reported from Santiago and ' +
  'holds a degree in geology from the University of Washington.';
const arHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8">
<title>A glacier-fed lake in Patagonia turned salty in a decade, and nobody noticed - Ars Technica</title>
<meta name="description" content="${arDek}"><meta property="og:site_name" content="Ars Technica">
<link rel="canonical" href="https://arstechnica.example/science/2025/11/a-glacier-fed-lake-in-patagonia-turned-salty-in-a-decade/">
<link rel="next" href="https://arstechnica.example/science/2025/11/a-glacier-fed-lake-in-patagonia-turned-salty-in-a-decade/2/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${arTitle}",
"datePublished":"2025-11-11T15:05:12-05:00","author":[{"@type":"Person","name":"Marisol Keane"}],"articleSection":"Science",
"isAccessibleForFree":true,"publisher":{"@type":"Organization","name":"Ars Technica"}}</script>
<script>window.ars = window.ars || {}; ars.ads = {"zone":"science","pageType":"article","page":1,"pages":2};</script>
<style>.ars-interlude-container{aspect-ratio:16/9}.text-settings-dropdown[hidden]{display:none}</style></head>
<body class="wp-singular post-template-default single single-post postid-2116480 single-format-standard dark:bg-gray-700">
<a class="sr-only focus:not-sr-only" href="#main">Skip to content</a>
<header class="site-header relative z-50 bg-gray-700"><div class="flex items-center justify-between px-5">
<a href="/" class="site-logo" aria-label="Ars Technica home"><svg role="img" aria-hidden="true"><use href="#ars-logo"></use></svg></a>
<nav class="main-nav hidden md:block" aria-label="Sections"><ul class="flex gap-4">${links(arNav, 'menu-item text-sm uppercase')}</ul></nav>
<div class="header-actions flex gap-2"><a class="btn-subscribe" href="/store/product/subscriptions/">Subscribe</a>
<button class="search-toggle" aria-label="Search dialog..."><svg aria-hidden="true"><use href="#search"></use></svg></button>
<a class="sign-in" href="/civis/login">Sign In</a></div></div></header>
<div class="ad_wrapper ad_xrail"><div class="ad ad_leaderboard" data-ad-slot="top"></div></div>
<main id="main" class="single-post"><article class="double-column post-2116480 post type-post status-publish category-science">
<header class="article-header mx-auto max-w-5xl"><div class="post-category-label"><a href="/science/">Science</a></div>
<h1 class="dusk:text-gray-100 mb-3 font-serif text-3xl">${arTitle}</h1>
<p class="dek text-gray-400 font-serif text-lg">${arDek}</p>
<div class="byline-area flex items-center justify-between"><div class="author-bylines text-sm">
<a href="/author/marisolkeane/" class="author-name">Marisol Keane</a>
<span class="text-gray-400"> – </span><time class="date font-impact" datetime="2025-11-11T20:05:12+00:00">Nov 11, 2025 3:05 PM</time></div>
<div class="article-actions flex gap-3"><a class="view-comments" href="#comments" title="142 comments">
<svg class="h-4 w-4" aria-hidden="true"><use href="#comment-bubble"></use></svg><span class="comment-count-number">142</span></a>
<div class="text-settings relative"><button class="text-settings-toggle" aria-expanded="false">
<svg aria-hidden="true"><use href="#text-settings"></use></svg><span class="sr-only">Text settings</span></button>
<div class="text-settings-dropdown" hidden><p class="heading">Story text</p><p>Size</p><ul><li><button>Small</button></li>
<li><button aria-pressed="true">Standard</button></li><li><button>Large</button></li></ul><p>Width</p><ul><li><button>Standard</button></li>
<li><button>Wide</button></li></ul><p>Links</p><ul><li><button>Standard</button></li><li><button>Orange</button></li></ul>
<p class="subscribers-only">* Subscribers only<br><a href="/store/product/subscriptions/">Learn more</a></p></div></div></div></div>
<figure class="intro-image"><img src="https://cdn.arstechnica.example/wp-content/uploads/2025/11/tepuel-lake-1152x648.jpg" alt=""
width="1152" height="648" loading="eager" fetchpriority="high"><figcaption class="caption"><div class="caption-content">${arCaption}</div>
<div class="caption-credit mt-2 text-xs">${arCredit}</div></figcaption></figure></header>
<div class="post-content post-content-double mx-auto max-w-5xl">
${arBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ars-interlude-container in-content-interlude my-8" data-interlude-id="cne-6741c9"><div class="ars-interlude-label">Ars Video</div>
<div class="ars-interlude-player"><div class="cne-player" data-video-id="6741c9f2e6b8"><div class="vjs-poster" aria-disabled="false"></div>
<button class="vjs-big-play-button" type="button" title="Play Video"><span class="vjs-control-text">Play Video</span></button>
<div class="vjs-title-bar"><div class="vjs-title-bar-title">${arVideo}</div></div>
<div class="vjs-control-bar"><span class="vjs-current-time-display">0:00</span> / <span class="vjs-duration-display">11:42</span>
<button class="vjs-mute-control"><span class="vjs-control-text">Mute</span></button>
<button class="vjs-fullscreen-control"><span class="vjs-control-text">Fullscreen</span></button></div></div></div></div>
<h2>${arH1}</h2>
${arBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad_wrapper ad_instream"><div class="ad ad_inline" data-ad-slot="mid1"></div></div>
</div>
<div class="page-anchor-wrapper mx-auto max-w-5xl"><nav class="page-numbers-nav" aria-label="Story pages">
<span class="page-count font-impact uppercase">Page 1 of 2</span>
<span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="/science/2025/11/a-glacier-fed-lake-in-patagonia-turned-salty-in-a-decade/2/">2</a>
<a class="next page-numbers" href="/science/2025/11/a-glacier-fed-lake-in-patagonia-turned-salty-in-a-decade/2/">Next</a></nav></div>
<div class="author-mini-bio mx-auto max-w-5xl"><img class="rounded-full" src="https://cdn.arstechnica.example/authors/mkeane.jpg" alt="Photo of Marisol Keane">
<div><a class="author-mini-bio-name" href="/author/marisolkeane/">Marisol Keane</a><p class="author-mini-bio-title">Senior Science Reporter</p>
<p class="author-mini-bio-text">${arBio}</p></div></div>
<div id="comments" class="comments-cta mx-auto max-w-5xl"><a class="button" href="/civis/threads/a-glacier-fed-lake.1509241/">
<span class="comment-count-number">142</span> Comments</a></div>
<nav class="story-nav mx-auto max-w-5xl"><a class="prev-story" href="/space/2025/11/esa-cargo/"><span>Prev story</span>
<span class="title">Europe’s cargo capsule clears its last big test before flight</span></a>
<a class="next-story" href="/health/2025/11/bird-flu-sewage/"><span>Next story</span>
<span class="title">Sewage testing finds bird flu in three more cities</span></a></nav></article>
<aside class="most-read-rail"><h2 class="uppercase">Most Read</h2><ol>${arMost
  .map((t, i) => `<li class="most-read-item"><span class="rank">${i + 1}</span><a href="/most-read/${i + 1}/">${t}</a></li>`)
  .join('\n')}</ol></aside>
<div class="ad_wrapper ad_bottom"><div class="ad ad_footer" data-ad-slot="bottom"></div></div></main>
<footer class="site-footer bg-gray-700 text-gray-300"><div class="footer-logo">Ars Technica</div>
<p class="footer-tagline">Ars Technica has been separating the signal from the noise for over 25 years.</p>
<ul class="footer-links">${links(arFoot)}</ul>
<p class="legal">© 2025 Condé Nast. All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie
Statement and Ars Technica Addendum. Ars may earn compensation on sales from links on this site.</p>
<a class="ad-choices" href="/amendment-to-conde-nast-user-agreement-privacy-policy/">Your Privacy Choices</a></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" style="display:none"><div class="ot-sdk-container">
<p id="onetrust-policy-text">We and our partners use cookies to store and access information on your device for ads, measurement and site features.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
</body></html>`;
const arsTwoPage: TestPage = {
  html: arHtml,
  name: 'heldout23-ars-two-page-article',
  kind: 'news',
  // the page holds page 1 of 2: its own paragraphs are the body (the page-2 text is not on it); the dek is body, "Reading the
  // mud" the one heading; "Marisol Keane" (byline, bio name) and the date are bylines; the
  // comment count, "Text settings" menu, the lead caption and its credit, the "Ars Video" player with its video title and
  // controls, "Page 1 of 2" with its page numbers and "Next", the mini bio with title and text, "142 Comments", prev/next
  // stories, "Most Read", the cookie banner, the header, nav and footer are furniture; the nav's "Science" is the section label
  // too (once); the settings menu's "Standard" is listed once; the page number "1" and "2" and the rank numbers are left out
  title: arTitle,
  headings: [arH1],
  body: [arDek, ...texts(arBody1), ...texts(arBody2)],
  bylines: ['Marisol Keane', 'Nov 11, 2025 3:05 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...arNav, 'Subscribe', 'Sign In', '142', ...arSettings, '* Subscribers only', 'Learn more', arCaption, arCredit,
    'Ars Video', 'Play Video', arVideo, '0:00', '11:42', 'Mute', 'Fullscreen', 'Page 1 of 2', 'Next', 'Senior Science Reporter', arBio,
    '142 Comments', 'Prev story', 'Europe’s cargo capsule clears its last big test before flight', 'Next story',
    'Sewage testing finds bird flu in three more cities', 'Most Read', ...arMost,
    'Ars Technica has been separating the signal from the noise for over 25 years.',
    ...arFoot, '© 2025 Condé Nast. All rights reserved.', 'Your Privacy Choices',
    'We and our partners use cookies to store and access information on your device for ads, measurement and site features.',
    'Accept All', 'Cookie Settings',
  ],
};

export const HELDOUT23_A: readonly TestPage[] = [arsTwoPage, techcrunchPost];
