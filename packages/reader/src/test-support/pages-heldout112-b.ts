import { links, ps, type TestPage, texts } from './page-kit.js';
import { mediumPage } from './pages-heldout112-b2.js';

/**
 * Held-out batch 112, file b: an Ars Technica story (the header with sections and "Subscribe", the dek, the byline with the
 * author link and the time, the comments count, the "Text settings" popover, the lead image with caption and credit, the
 * article body with a pull quote and an ad slot, the author card, the "Prev story / Next story" links, the "Most Read" rail,
 * the cookie banner and the footer) and, from file b2, a Medium post.
 */
const title = 'Startup’s thermal battery keeps a steel mill running through the night';
const dek = 'Crushed-rock storage bricks heated to 1,500°C could cut a mill’s gas use by a third.';
const p1 = [
  'A pilot plant in northern Ohio has been doing something that sounds simple and has proven stubbornly hard: storing cheap ' +
    'daytime solar power as heat and releasing it overnight to run an industrial furnace.',
  'Kestrel Thermal, a four-year-old company spun out of a university materials lab, says its 40 megawatt-hour system has run a ' +
    'reheating furnace at the Brennan Steel mill for 11 weeks without interruption, replacing about 34 percent of the natural ' +
    'gas the furnace would normally burn.',
];
const h1 = 'Bricks, not lithium';
const p2 = [
  'The system is essentially a very large, very well-insulated box of bricks. Resistive heaters, powered by electricity bought ' +
    'when prices are lowest, heat the bricks to around 1,500°C. When the mill needs heat, fans blow air through channels in ' +
    'the stack, and the hot air is piped into the furnace.',
  'Heat storage has a long history, from night-storage heaters in British homes to the molten salt tanks at concentrated solar ' +
    'plants. What makes industrial use harder is temperature. Most of the heat a steel mill uses is far hotter than molten salt ' +
    'can handle, and ordinary refractory bricks crack after repeated heating and cooling.',
  'Kestrel’s bricks are made from a crushed basalt blend with a small amount of alumina. The company says they have survived ' +
    'more than 2,000 full cycles in lab tests with less than 2 percent loss of strength.',
];
const quote = 'The physics was never the hard part. The hard part was a brick that lasts 20 years.';
const h2 = 'Costs and caveats';
const p3 = [
  'Kestrel says the heat costs the mill about $18 per megawatt-hour, roughly in line with what it paid for gas last winter. ' +
    'That number depends heavily on access to cheap off-peak electricity, which Ohio’s grid has had in abundance this spring.',
  'Independent analysts are cautious. "Round-trip efficiency is very good for heat, around 90 percent, but the economics live ' +
    'and die on the electricity price," said Priya Raman, an energy analyst at Gridline Research. "A summer heat wave could make ' +
    'this a lot less attractive for a few weeks a year."',
  'The company also has not said what the system cost to build. It plans to release full figures when a second, larger unit ' +
    'comes online at a cement plant in Indiana next year.',
  'Still, the pilot is one of the first real-world demonstrations that heat storage can cope with the temperatures heavy industry ' +
    'needs, and industrial heat accounts for roughly a fifth of global energy use.',
];
const nav = ['AI', 'Biz & IT', 'Cars', 'Culture', 'Gaming', 'Health', 'Policy', 'Science', 'Security', 'Space', 'Tech', 'Feature', 'Reviews'];
const caption = 'The Kestrel storage unit at the Brennan Steel mill.';
const credit = 'Credit: Kestrel Thermal';
const textSettings = ['Text settings', 'Story text', 'Size', 'Small', 'Standard', 'Large', 'Width', 'Minimal to the max'];
const bio = 'Jordan Ellery is a senior science reporter at Ars Technica, covering energy and climate technology.';
const mostRead = [
  'Most Read',
  'New Linux kernel drops support for decades-old chips',
  'The weird science of why cats purr',
  'Appeals court weighs the future of repair rights',
];
const cookie = ['We use cookies and similar technologies to give you a better experience.', 'Accept', 'Manage Settings'];
const footer = [
  'About Us',
  'Staff Directory',
  'Newsletters',
  'Ars Videos',
  'General FAQ',
  'RSS Feeds',
  'Contact us',
  'Advertise with us',
  'Reprints',
  'Do Not Sell My Personal Information',
];
const html = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><title>${title} - Ars Technica</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:site_name" content="Ars Technica"><meta property="og:type" content="article"><meta name="parsely-title" content="${title}">
<link rel="canonical" href="https://arstechnica.com/science/2025/04/thermal-battery-steel-mill/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-04-09T15:12:44+00:00",
"author":[{"@type":"Person","name":"Jordan Ellery","url":"https://arstechnica.com/author/jordanellery/"}],"publisher":{"@type":"Organization",
"name":"Ars Technica"}}</script>
<script>var ars = {"ADS":{"site":"ars","zone":"science"}};</script><script src="https://cdn.arstechnica.net/wp-content/themes/ars-v9/dist/app.js" defer>
</script></head>
<body class="single single-post postid-2091733 single-format-standard">
<header class="site-header"><a href="/" class="site-logo" aria-label="Ars Technica home"></a>
<nav class="site-nav" aria-label="Sections"><ul>${links(nav, 'menu-item')}</ul></nav><a class="subscribe-btn" href="/store/product/subscriptions/">Subscribe</a>
<button class="search-btn" aria-label="Search"></button><a class="signin" href="/civis/login">Sign In</a></header>
<main id="main"><article class="double-column h-entry post-2091733 post type-post status-publish"><header class="article-header">
<div class="article-section"><a href="/science/">Science</a></div><h1 class="dusk:text-gray-100">${title}</h1><p class="dek">${dek}</p>
<div class="post-meta"><span class="byline">Jordan Ellery</span> &ndash; <time class="date" datetime="2025-04-09T15:12:44+00:00">Apr 9, 2025 3:12 pm</time>
<a class="comment-count" href="#comments"><span class="comment-count-number">142</span></a></div>
<div class="text-settings-popover" x-data="{ open: false }"><button>${textSettings[0]}</button><div class="popover" x-show="open" style="display:none">
${textSettings
  .slice(1)
  .map((t) => `<span>${t}</span>`)
  .join('')}</div></div></header>
<figure class="intro-image"><img src="https://cdn.arstechnica.net/wp-content/uploads/2025/04/kestrel.jpg" alt="">
<figcaption><div class="caption">${caption}</div><div class="caption-credit">${credit}</div></figcaption></figure>
<div class="post-content post-content-double">${ps(p1)}<div class="ad-wrapper"><div class="ad ad--mid-content" data-ad="mid"></div>
<span class="ad-label">Advertisement</span></div>
<h2>${h1}</h2>${ps(p2)}<blockquote class="pullquote"><p>${quote}</p></blockquote><h2>${h2}</h2>${ps(p3)}</div>
<div class="author-card"><img src="/je.jpg" alt="Photo of Jordan Ellery"><a class="author-name" href="/author/jordanellery/">Jordan Ellery</a>
<p class="author-bio">${bio}</p></div><div class="prev-next"><a href="/prev">Prev story</a><a href="/next">Next story</a></div></article>
<aside class="most-read"><h2>${mostRead[0]}</h2><ol>${links(mostRead.slice(1))}</ol></aside></main>
<footer class="site-footer"><ul>${links(footer)}</ul><p>\u00a9 2025 Condé Nast. All rights reserved.</p></footer>
<div class="cookie-banner" role="dialog"><p>${cookie[0]}</p><button>${cookie[1]}</button><button>${cookie[2]}</button></div></body></html>`;

export const arsPage: TestPage = {
  name: 'heldout112-arstechnica-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([dek, ...p1, ...p2, quote, ...p3]),
  bylines: ['Jordan Ellery', 'Apr 9, 2025 3:12 pm'],
  furniture: [
    ...nav,
    'Subscribe',
    'Sign In',
    'Science',
    ...textSettings,
    caption,
    credit,
    'Advertisement',
    bio,
    'Prev story',
    'Next story',
    ...mostRead,
    ...footer,
    '\u00a9 2025 Condé Nast. All rights reserved.',
    ...cookie,
  ],
};

export const HELDOUT112_B: readonly TestPage[] = [arsPage, mediumPage];
