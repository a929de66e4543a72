import { links, ps, type TestPage, texts } from './page-kit.js';
import { rickSteves } from './pages-heldout184-a2.js';

/**
 * Held-out batch 184, file a: a Lonely Planet destination article (Next.js template: skip link, the header with the
 * search button, "Sign in" and the Destinations / Planning / Inspiration / Shop nav, breadcrumb, the hero image with its
 * credit, the "Written by" author strip with the date and reading time, the affiliate disclosure at the top of the text,
 * an inline "Detour" callout, an in-text ad slot, the "Keep planning your trip" promo, tags, the author box, the
 * "Explore related stories" rail, the newsletter band, the OneTrust cookie banner and the footer) and, from file a2, a
 * Rick Steves travel tip article.
 */
const lpTitle = 'Why the hill villages of the Serra da Lontra deserve a slow road trip';
const lpDek = 'Cork forests, whitewashed squares and a cheese you cannot buy anywhere else: this quiet corner of Portugal rewards those who linger.';
const lpP1 = [
  'Most travelers race past the Serra da Lontra on the motorway south, catching only a glimpse of its ridges through the heat haze. ' +
    'That is a mistake. The range holds a dozen villages that still close their shutters for the afternoon, bake bread in shared ' +
    'ovens and throw a festival for almost every saint in the calendar.',
  'I spent nine days driving between them last spring, rarely covering more than 40km in a day. Here is how to do the same.',
];
const lpH1 = 'Start in Vila Morena';
const lpP2 = [
  'The market town of Vila Morena is the obvious base for the first few nights. Its castle walls were rebuilt in the 14th century ' +
    'and you can walk the full circuit in about half an hour, looking down on terracotta roofs and the storks nesting on the ' +
    'church tower.',
  'On Saturday mornings the square fills with stalls selling honey, smoked sausages and <em>queijo de Lontra</em>, a soft sheep’s ' +
    'cheese thickened with thistle flowers rather than rennet. Buy it ripe enough to spoon from the rind and eat it the same day.',
];
const lpH2 = 'Follow the cork road';
const lpP3 = [
  'From Vila Morena the N-391 winds west through some of the oldest cork oak forest in the country. Look out for the numbers ' +
    'painted in white on the trunks: they record the year the bark was last harvested, which happens only once every nine years.',
  'In the hamlet of Azinhal, the Casa da Cortiça cooperative runs short tours of its workshop from Tuesday to Saturday. You will ' +
    'see the bark being boiled, flattened and graded, and you can buy coasters and bags for far less than in the coastal resorts.',
];
const lpH3 = 'Where to eat';
const lpP4 = ['Restaurants here are small, family-run and often open only for lunch. A few worth planning your day around:'];
const lpList = [
  'Tasca do Ferrador, Vila Morena: slow-cooked lamb with mint and bread, served only on Sundays.',
  'O Lagar, Azinhal: a former olive press with a terrace over the valley and a short, excellent wine list.',
  'Café Central, São Brás da Serra: the best custard tarts in the range, still warm at 9am.',
];
const lpH4 = 'When to go';
const lpP5 = [
  'April and May bring wildflowers and mild days, and October is almost as good once the summer heat has broken. July and August ' +
    'regularly pass 40°C inland, and many restaurants close for their own holidays in the second half of August.',
  'Whenever you travel, book rooms in advance for the Festa das Flores in São Brás, held on the first weekend of May, when the ' +
    'village streets are carpeted with petals and every bed in the range is taken.',
];
const lpNav = ['Destinations', 'Planning', 'Inspiration', 'Shop'];
const lpCrumbs = ['Europe', 'Portugal', 'Alentejo'];
const lpDisclosure = 'This article includes affiliate links. If you make a purchase through one, Lonely Planet may earn a commission.';
const lpCredit = 'The castle walls of Vila Morena at dusk. Inês Carvalhal/Shutterstock';
const lpDetour = ['Detour', 'The Miradouro do Penedo, 6km north of Azinhal on a signed dirt track, has the widest view in the range. Go at sunset.'];
const lpKeep = ['Keep planning your trip', 'Make the most of your travel with Lonely Planet’s Portugal guidebook.', 'Buy now'];
const lpTags = ['Road Trips', 'Food and Drink', 'Off the beaten track', 'Europe'];
const lpBio = 'Tomás Leiria is a Lisbon-based writer who has covered rural Portugal for Lonely Planet since 2016.';
const lpRelated = [
  'The 12 best beaches on Portugal’s quiet southwest coast',
  'How to get around Portugal by train and bus',
  'A first-timer’s guide to the wine routes of the Alentejo',
  '9 things to know before you visit Portugal',
];
const lpNews = [
  'Get to the heart of your next adventure',
  'Sign up for our weekly newsletter and get travel inspiration, expert tips and exclusive offers straight to your inbox.',
  'Email address',
  'Subscribe',
];
const lpFootHeads = ['Top destinations', 'Travel Interests', 'Shop', 'About Us'];
const lpFoot = [
  'New York City',
  'Paris',
  'Italy',
  'Costa Rica',
  'Japan',
  'Adventure Travel',
  'Art and Culture',
  'Beaches, Coasts and Islands',
  'Destination Practicalities',
  'Guidebooks',
  'Lonely Planet Kids',
  'Gifts and Accessories',
  'About Lonely Planet',
  'Contact Us',
  'Work for Us',
  'Terms of Use',
  'Privacy Policy',
  'Accessibility',
];
const lpCookie = [
  'We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic.',
  'Accept All Cookies',
  'Reject All',
  'Cookies Settings',
];
const lpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why the hill villages of the Serra da Lontra deserve a slow road trip - Lonely Planet</title>
<meta name="description" content="${lpDek}"><meta property="og:type" content="article"><meta property="og:site_name" content="Lonely Planet">
<meta property="og:title" content="${lpTitle}"><meta name="twitter:site" content="@lonelyplanet"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.lonelyplanet.com/articles/serra-da-lontra-road-trip">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${lpTitle}","datePublished":"2025-04-22T09:00:00Z",
"author":[{"@type":"Person","name":"Tomás Leiria","url":"https://www.lonelyplanet.com/authors/tomas-leiria"}],
"publisher":{"@type":"Organization","name":"Lonely Planet"}}</script>
<link rel="preload" as="script" href="/_next/static/chunks/webpack-8f3c2a1b.js"><link rel="stylesheet" href="/_next/static/css/4b2e91f0.css">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="bg-white"><div id="__next">
<a href="#main-content" class="sr-only focus:not-sr-only">Skip to main content</a>
<header class="sticky top-0 z-40 bg-white border-b" data-testid="site-header"><div class="container flex items-center justify-between h-16">
<a href="/" class="block w-32" aria-label="Lonely Planet home"><svg role="img" aria-hidden="true" class="w-full"></svg></a>
<nav aria-label="Main" class="hidden lg:block"><ul class="flex space-x-8">${links(lpNav, 'text-sm font-semibold')}</ul></nav>
<div class="flex items-center space-x-4"><button type="button" class="p-2" aria-label="Search"><span class="sr-only">Search</span></button>
<a href="/sign-in" class="btn btn-outline text-sm">Sign in</a></div></div></header>
<main id="main-content"><article class="article" data-testid="article">
<div class="container"><nav aria-label="Breadcrumb" class="text-xs uppercase tracking-wide"><ol class="flex">${links(lpCrumbs, 'crumb')}</ol></nav>
<h1 class="text-4xl md:text-6xl font-display mt-4">${lpTitle}</h1>
<p class="text-xl text-black-400 mt-4 lg:w-3/4">${lpDek}</p>
<div class="flex items-center mt-6 text-sm" data-testid="article-byline">
<img class="w-10 h-10 rounded-full" alt="" src="https://lp-cms-production.imgix.example/t-leiria.jpg">
<div class="ml-3"><p class="font-semibold"><span class="text-black-400">Written by</span> <a href="/authors/tomas-leiria">Tomás Leiria</a></p>
<p class="text-black-400"><time datetime="2025-04-22">Apr 22, 2025</time> • <span>7 min read</span></p></div></div></div>
<figure class="mt-8"><img class="w-full object-cover" alt="Castle walls above white houses" src="https://lp-cms-production.imgix.example/serra-lontra.jpg">
<figcaption class="container text-xs text-black-400 mt-2">The castle walls of Vila Morena at dusk. <span class="credit">Inês Carvalhal/Shutterstock</span>
</figcaption></figure>
<div class="container lg:flex"><div class="article-body lg:w-2/3 content-body mt-10">
<p class="text-sm italic text-black-400 border-b pb-4">${lpDisclosure}</p>
${ps(lpP1)}
<h2>${lpH1}</h2>
${ps(lpP2)}
<aside class="callout bg-blue-100 p-6 my-8"><p class="text-xs font-semibold uppercase">${lpDetour[0]}</p><p>${lpDetour[1]}</p></aside>
<h2>${lpH2}</h2>
${ps(lpP3)}
<div class="ad-unit my-10 text-center" data-ad-slot="mpu_1"><p class="text-xxs uppercase text-black-300">Advertisement</p>
<div id="div-gpt-ad-mpu_1" style="min-height:250px"></div></div>
<h2>${lpH3}</h2>
${ps(lpP4)}
<ul>${lpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${lpH4}</h2>
${ps(lpP5)}
<div class="promo-card border p-6 my-10" data-testid="shop-promo"><p class="text-lg font-semibold">${lpKeep[0]}</p><p>${lpKeep[1]}</p>
<a class="btn btn-blue" href="https://shop.lonelyplanet.com/products/portugal">${lpKeep[2]}</a></div>
<ul class="tags flex flex-wrap gap-2 mt-10">${links(lpTags, 'tag')}</ul>
<div class="author-bio flex mt-10 border-t pt-6">
<img class="w-16 h-16 rounded-full" alt="Tomás Leiria" src="https://lp-cms-production.imgix.example/t-leiria.jpg">
<div class="ml-4"><p class="font-semibold"><a href="/authors/tomas-leiria">Tomás Leiria</a></p><p class="text-sm">${lpBio}</p></div></div>
</div><aside class="hidden lg:block lg:w-1/3 lg:pl-12"><div class="sticky top-24"><div class="ad-unit" data-ad-slot="rail_1">
<p class="text-xxs uppercase text-black-300">Advertisement</p><div id="div-gpt-ad-rail_1"></div></div></div></aside></div>
</article>
<section class="container mt-16" aria-labelledby="related"><h2 id="related" class="text-3xl font-display">Explore related stories</h2>
<ul class="grid md:grid-cols-4 gap-6 mt-6">${lpRelated
  .map(
    (t, i) => `<li class="card"><a href="/articles/related-${i}"><img alt="" src="https://lp-cms-production.imgix.example/r${i}.jpg">
<p class="text-xs uppercase text-black-400">${i % 2 ? 'Planning' : 'Beaches'}</p><h3 class="text-lg font-semibold">${t}</h3></a></li>`,
  )
  .join('\n')}</ul></section></main>
<section class="bg-blue text-white py-16 mt-16" data-testid="newsletter"><div class="container"><h2 class="text-3xl">${lpNews[0]}</h2>
<p>${lpNews[1]}</p><form action="/api/newsletter" method="post"><label for="nl-email" class="sr-only">${lpNews[2]}</label>
<input id="nl-email" type="email" placeholder="Email address"><button type="submit">${lpNews[3]}</button></form></div></section>
<footer class="bg-black text-white py-12"><div class="container grid md:grid-cols-4 gap-8">
<div><h3>${lpFootHeads[0]}</h3><ul>${links(lpFoot.slice(0, 5))}</ul></div>
<div><h3>${lpFootHeads[1]}</h3><ul>${links(lpFoot.slice(5, 9))}</ul></div>
<div><h3>${lpFootHeads[2]}</h3><ul>${links(lpFoot.slice(9, 12))}</ul></div>
<div><h3>${lpFootHeads[3]}</h3><ul>${links(lpFoot.slice(12))}</ul></div></div>
<p class="container text-xs mt-8">© 2025 Lonely Planet. All rights reserved. No part of this site may be reproduced without our written permission.</p>
</footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${lpCookie[0]}</p></div><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">${lpCookie[1]}</button><button id="onetrust-reject-all-handler">${lpCookie[2]}</button>
<button id="onetrust-pc-btn-handler">${lpCookie[3]}</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"serra-da-lontra-road-trip","type":"article"}},
"page":"/articles/[slug]"}</script>
<script src="/_next/static/chunks/pages/articles/%5Bslug%5D-2c81f9.js" defer></script></body></html>`;
const lonelyPlanet: TestPage = {
  name: 'heldout184-lonelyplanet-destination-article',
  kind: 'blog',
  // the dek under the h1 is body; the author, date and reading time are bylines; the affiliate disclosure at the top of the
  // text, the "Detour" callout, ad labels, the shop promo, tags, the author bio, rails, newsletter, cookie banner and footer
  // are furniture
  html: lpHtml,
  title: lpTitle,
  headings: [lpH1, lpH2, lpH3, lpH4],
  body: [lpDek, ...texts(lpP1), ...texts(lpP2), ...texts(lpP3), ...texts(lpP4), ...texts(lpList), ...texts(lpP5)],
  bylines: ['Written by', 'Tomás Leiria', 'Apr 22, 2025', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...lpNav, 'Search', 'Sign in', ...lpCrumbs, lpCredit, lpDisclosure, ...lpDetour, 'Advertisement', ...lpKeep, ...lpTags,
    lpBio, 'Explore related stories', 'Beaches', ...lpRelated, ...lpNews, ...lpFootHeads.filter((t) => t !== 'Shop'), ...lpFoot,
    '© 2025 Lonely Planet. All rights reserved. No part of this site may be reproduced without our written permission.', ...lpCookie,
  ],
};

export const HELDOUT184_A: readonly TestPage[] = [lonelyPlanet, rickSteves];
