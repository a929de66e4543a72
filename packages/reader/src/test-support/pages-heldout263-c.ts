import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout263-kit.js';

/**
 * Held-out batch 263, file c: a Nexstar local TV station story whose main text is short (Posted / Updated lines, author
 * line, featured image caption, "Video Now" player, a "Trending Stories" list inside the article column, the Nexstar
 * copyright line, "Don't Miss" rail and the footer) and an Axios Local "smart brevity" story on Next.js markup (bold lead-ins
 * inside paragraphs, bullets, a chart with its source line, the newsletter sign-up, "Go deeper" and "More Axios Local").
 */
const nTitle = 'Boil-water advisory lifted for 3,800 homes in north Carver Falls';
const nP = [
  j(
    'CARVER FALLS, Mich. (WCFV) — A boil-water advisory for about 3,800 homes and businesses in north Carver Falls was lifted',
    'Friday morning, two days after a water main break on Ridgeway Avenue caused pressure to drop across the area.',
  ),
  j(
    "The city's utilities department said two rounds of water samples came back clean from the state lab. Residents no longer",
    'need to boil tap water before drinking it or using it to brush their teeth.',
  ),
  'Officials recommend that residents in the affected area:',
];
const nList = ['run cold water taps for two to three minutes before use;', 'throw out ice made during the advisory;', 'replace refrigerator water filters.'];
const nP2 = [
  j(
    'Crews replaced a 40-foot section of the 12-inch cast iron main, which city engineer Paul Dorsey said was installed in 1954.',
    'Ridgeway Avenue between Fourth and Seventh streets is expected to stay closed until Monday while the road is patched.',
  ),
];
const nCaption = 'Crews work on a broken water main on Ridgeway Avenue in Carver Falls on Wednesday, May 20, 2026. (WCFV photo)';
const nNav = ['News', 'Weather', 'Sports', 'Video', 'Live', 'Community Calendar', 'Contests', 'Contact Us'];
const nTrend = ['Carver Falls man charged in gas station robbery', 'Storms could bring hail to West Michigan on Sunday', 'Lakeshore ferry opens season early'];
const nMiss = ['What the new state budget means for your property taxes', 'Lowest gas prices in West Michigan this week'];
const nFoot = [
  'Sitemap',
  'Privacy Policy',
  'Terms of Use',
  'FCC Applications',
  'Public File Assistance Contact',
  'Do Not Sell or Share My Personal Information',
];
const nCopy = j('Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or', 'redistributed.');
const nHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><title>${nTitle} | WCFV 8</title>
<meta name="description" content="Two rounds of water samples came back clean, the city said Friday.">
<meta property="og:site_name" content="WCFV 8"><link rel="canonical" href="https://www.wcfv.example/news/local-news/boil-water-advisory-lifted/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2026-05-22T09:18:00-04:00","dateModified":"2026-05-22T10:02:00-04:00","author":{"@type":"Person","name":"Lucas Ferrante"}}</script>
<script>window.nxsAds = {"site":"wcfv","section":"news/local-news","postId":2331094};</script>
<link rel="stylesheet" id="nexstar-theme-css" href="https://www.wcfv.example/wp-content/themes/nexstar-wv/client/build/index.css"></head>
<body class="post-template-default single single-post postid-2331094 theme-nexstar">
<header class="site-header"><a class="site-header__logo" href="/">WCFV 8</a>
<nav class="site-header__nav" aria-label="Primary"><ul class="menu">${links(nNav, 'menu-item')}</ul></nav>
<div class="site-header__weather"><span class="weather-temp">61°</span> <span class="weather-city">Carver Falls</span></div></header>
<main id="main" class="site-main"><article class="article-wrapper"><header class="article-header">
<div class="article-eyebrow"><a href="/news/local-news/">Local News</a></div>
<h1 class="article-title">${nTitle}</h1>
<p class="article-authors">by: <a href="/author/lucas-ferrante/">Lucas Ferrante</a></p>
<div class="article-meta"><p class="article-date-published">Posted: <time datetime="2026-05-22T09:18:00-04:00">May 22, 2026 / 09:18 AM EDT</time></p>
<p class="article-date-updated">Updated: <time datetime="2026-05-22T10:02:00-04:00">May 22, 2026 / 10:02 AM EDT</time></p></div>
<div class="article-share"><button class="share-button" data-service="facebook">Share on Facebook</button>
<button class="share-button" data-service="twitter">Share on X</button><button class="share-button" data-service="email">Email</button></div></header>
<figure class="article-featured-media"><img src="https://www.wcfv.example/wp-content/uploads/sites/81/2026/05/main-break.jpg" alt="">
<figcaption class="article-featured-media__caption">${nCaption}</figcaption></figure>
<div class="article-content article-body rich-text">
${ps(nP)}
<ul>${lis(nList)}</ul>
<aside class="article-list article-list--trending"><h2 class="article-list__heading">Trending Stories</h2>
<ul>${links(nTrend, 'article-list__item')}</ul></aside>
${ps(nP2)}
<p class="article-copyright"><em>${nCopy}</em></p></div>
<div class="video-now"><h2 class="video-now__label">Video Now</h2><div class="video-now__player" data-jwplayer="wcfv-live"></div></div>
</article><aside class="sidebar"><div class="ad-unit"><span class="ad-unit__label">Advertisement</span></div>
<section class="article-list article-list--dont-miss"><h2 class="article-list__heading">Don't Miss</h2><ul>${links(nMiss, 'article-list__item')}</ul></section>
<section class="newsletter-signup"><h2>Get the Daily Digest</h2><p>Sign up for WCFV 8 newsletters and get the headlines each morning.</p>
<button>Subscribe</button></section></aside></main>
<footer class="site-footer"><ul class="menu">${links(nFoot, 'menu-item')}</ul><p class="site-footer__copyright">© 1998 - 2026 Nexstar Media Inc. |
All Rights Reserved.</p></footer></body></html>`;
const nexstar: TestPage = {
  name: 'heldout263-nexstar-local-tv-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([...nP, ...nList, ...nP2]),
  bylines: ['by: Lucas Ferrante', 'Posted: May 22, 2026 / 09:18 AM EDT', 'Updated: May 22, 2026 / 10:02 AM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'WCFV 8', ...nNav, 'Local News', 'Share on Facebook', 'Share on X', 'Email', nCaption, 'Trending Stories', ...nTrend, nCopy, 'Video Now',
    'Advertisement', "Don't Miss", ...nMiss, 'Get the Daily Digest', 'Sign up for WCFV 8 newsletters and get the headlines each morning.', 'Subscribe',
    ...nFoot, '© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.',
  ],
};

const aTitle = 'Dunmore Bay rents cool for first time since 2020';
const aP1 = [
  j(
    'Asking rents in metro Dunmore Bay fell 2.1% over the past year, the first annual decline since the pandemic, per a new',
    'report from listings firm Haverly Rentals.',
  ),
  j(
    '<strong>Why it matters:</strong> Renters here have absorbed some of the steepest increases in the Southeast, and a',
    'wave of new apartment buildings is finally giving them leverage.',
  ),
  '<strong>By the numbers:</strong> The median asking rent for a one-bedroom was $1,612 in April, down from $1,647 a year earlier.',
];
const aList1 = [
  'Two-bedroom units fell 3.4% to $1,938.',
  'Downtown and the Pier District saw the biggest drops, at more than 5% each.',
  'Rents in suburban Welch County were flat.',
];
const aP2 = [
  j(
    '<strong>Zoom in:</strong> About 6,900 new apartments opened in the metro last year, the most in a single year since at',
    'least 2000, according to the Dunmore Bay Apartment Association.',
  ),
  j(
    "Many of those buildings are offering one or two months free to fill units, which doesn't always show up in asking rent",
    'but lowers what tenants actually pay.',
  ),
  j(
    '<strong>Yes, but:</strong> Rents are still about 31% higher than in early 2020, while median household income in the',
    'metro has grown about 18% over the same stretch.',
  ),
  j(
    '<strong>What they\'re saying:</strong> "This is a breather, not a reset," Haverly economist Priya Nandakumar told Axios.',
    '"Once the construction pipeline thins out in 2027, we expect rents to start climbing again."',
  ),
  "<strong>What's next:</strong> Fewer than 2,000 units are set to break ground this year, per the association.",
];
const aChartCap = 'Data: Haverly Rentals; Chart: Axios Visuals';
const aDeeper = 'Dunmore Bay approves 400-unit apartment tower on old bus depot site';
const aMore = ['Where to get the best fish tacos in the Pier District', 'Welch County school board ends bell-time debate', "The Bay's new ferry, in photos"];
const aNav = ['Local', 'Politics', 'Tech', 'Business', 'Science', 'Health', 'Sports', 'World'];
const aFoot = ['About Axios', 'Careers', 'Advertise', 'Online Ad Choices', 'Privacy Policy', 'Terms of Use', 'Accessibility'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dunmore Bay rents cool for first time since 2020 - Axios Dunmore Bay</title>
<meta name="description" content="Asking rents in metro Dunmore Bay fell 2.1% over the past year.">
<meta property="og:site_name" content="Axios"><meta name="next-head-count" content="14">
<link rel="canonical" href="https://www.axios.example/local/dunmore-bay/2026/05/21/rents-decline-apartments">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"author":[{"@type":"Person","name":"Keisha Lamont"}],"datePublished":"2026-05-21T10:30:00.000Z"}</script>
<link rel="preload" href="/_next/static/css/4f1b0e2d7c9a.css" as="style"></head>
<body><div id="__next"><div class="flex flex-col min-h-screen">
<header class="sticky top-0 z-50 bg-white"><a href="/" aria-label="Axios homepage" class="h-6">Axios</a>
<a href="/local/dunmore-bay" class="font-bold text-sm">Axios Dunmore Bay</a>
<nav aria-label="Main navigation" class="hidden lg:flex"><ul class="flex gap-4">${links(aNav, 'text-sm')}</ul></nav>
<button class="ml-auto rounded-full px-4 py-1 text-sm font-semibold bg-blue-700 text-white">Subscribe</button></header>
<main id="main-content" class="mx-auto max-w-screen-lg"><div data-cy="story-content" class="gtm-story-text">
<h1 data-cy="StoryHeadline" class="font-serif text-3xl font-bold leading-tight">${aTitle}</h1>
<div data-cy="byline" class="flex items-center gap-2 text-sm"><img src="/images/authors/klamont.png" alt="" class="h-8 w-8 rounded-full">
<a href="/authors/klamont" class="font-semibold">Keisha Lamont</a></div>
<div class="text-sm text-gray-600"><span data-cy="time-rubric">May 21, 2026</span></div>
<div class="flex gap-3" aria-label="Share"><button aria-label="Share on Facebook" class="h-6 w-6"></button>
<button aria-label="Share on LinkedIn" class="h-6 w-6"></button><button class="text-sm">Copy link</button></div>
<div class="DraftjsBlocks_draftjs__fm3S2">
${ps(aP1)}
<ul>${lis(aList1)}</ul>
<figure class="chart"><div class="flourish-embed" data-src="visualisation/1882093"></div>
<figcaption class="text-xs text-gray-600"><p>${aChartCap}</p></figcaption></figure>
${ps(aP2)}
<p><strong>Go deeper:</strong> <a href="/local/dunmore-bay/2026/03/11/bus-depot-apartments">${aDeeper}</a></p></div>
<div class="newsletter-signup rounded border p-4"><p class="font-bold">Get more local stories in your inbox with Axios Dunmore Bay.</p>
<input type="email" placeholder="Enter your email" aria-label="Email address"><button type="submit">Sign up</button>
<p class="text-xs">By signing up you agree to our Terms and Privacy Policy.</p></div>
<section class="more-local"><h2 class="text-xl font-bold">More Axios Dunmore Bay stories</h2><ul>${links(aMore)}</ul></section></div></main>
<footer class="bg-gray-100"><ul class="flex flex-wrap gap-4">${links(aFoot)}</ul><p>© 2026 Axios Media Inc. All rights reserved.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":"c3a9","headline":"${aTitle}","wordCount":290}}},
"page":"/local/[city]/[...slug]","buildId":"axL0c4l","isFallback":false}</script></body></html>`;
const axios: TestPage = {
  name: 'heldout263-axios-local-smart-brevity-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts([...aP1, ...aList1, ...aP2]),
  bylines: ['Keisha Lamont', 'May 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Axios Dunmore Bay', ...aNav, 'Subscribe', 'Copy link', aChartCap, `Go deeper: ${aDeeper}`, 'Get more local stories in your inbox with Axios Dunmore Bay.',
    'Sign up', 'By signing up you agree to our Terms and Privacy Policy.', 'More Axios Dunmore Bay stories', ...aMore, ...aFoot,
    '© 2026 Axios Media Inc. All rights reserved.',
  ],
};

export const HELDOUT263_C: readonly TestPage[] = [nexstar, axios];
