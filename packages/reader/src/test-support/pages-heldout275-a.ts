import { links, ps, type TestPage, texts } from './page-kit.js';
import { bestOf } from './pages-heldout275-a2.js';
import { j, lis } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file a: a TechRadar-style (Future plc) product review of a robot vacuum, with the verdict box (star
 * rating, pros and cons), the hawk "Today's best deals" price widget, a specs box, a "Read more" inline promo, the share bar,
 * a figure with caption and credit, "You might also like" rail, the newsletter box, trending sidebar and the footer; and, from
 * file a2, a "best of 2026" roundup on a WordPress site built with Elementor.
 */
const tTitle = 'Brisa Vela V9 Pro review: a quiet robot vacuum that finally learns the room';
const tStrap = 'A mid-priced robot vacuum with clever mapping and a self-emptying dock that does not sound like a jet engine';
const tVerdict = j(
  'The Brisa Vela V9 Pro is the easiest robot vacuum to live with at its price. Mapping is fast and accurate, the dock is',
  'unusually quiet, and suction on hard floors is excellent, though thick rugs and the mopping pad still hold it back.',
);
const tPros = ['Mapping finished in a single run', 'Self-emptying dock is quiet', 'Strong pickup on hard floors', 'Sensible, ad-free app'];
const tCons = ['Mop pad only drags, never lifts', 'Struggles on deep-pile rugs', 'Bin bags cost more than rivals'];
const tIntro = [
  j(
    'Brisa is not a name most people know yet, but the small Lisbon company has spent three years quietly making robot vacuums',
    'for other brands. The Vela V9 Pro is the first model it has put its own badge on, and it arrives at a price that undercuts',
    'the big names by a comfortable margin.',
  ),
  j(
    'I lived with the V9 Pro for five weeks in a two-floor terraced house with a cat, a long-haired dog, wooden floors downstairs and',
    'a mixture of carpet and rugs upstairs. That is a tougher test than most show homes, and it exposed both what the robot does well',
    'and where it still cuts corners.',
  ),
];
const tDesign = [
  j(
    'The robot itself is a familiar round puck in matte grey, 9.6cm tall, which is low enough to slide under our sofa but not under',
    'the old pine wardrobe. The lidar turret sits slightly proud of the top, and there is a single physical button for start and dock.',
  ),
  j(
    'The dock is where Brisa has spent its money. It is compact for a self-emptying base, and the emptying cycle is noticeably quieter',
    'than the ones I have tested before: I measured 68 decibels at a metre, against the low to mid seventies that are typical.',
    'It no longer makes the cat leave the room.',
  ),
];
const tPerf = [
  j(
    'Mapping is the V9 Pro’s headline feature, and it lives up to it. The first run mapped both floors in one go, split the rooms',
    'correctly and only needed me to merge a hallway with the landing. Subsequent runs followed tidy, straight lines and rarely',
    'missed the corners behind doors.',
  ),
  j(
    'On hard floors the pickup is excellent. In my usual test of a spoonful of rice, a pinch of flour and a handful of cat litter,',
    'it cleared everything in a single pass. Carpets were fine too, though on the deep-pile rug in the bedroom it slowed down,',
    'lifted a corner twice and left a visible line of dog hair at the edge.',
  ),
  j(
    'The mop is the weak spot. It is a simple pad that drags behind the robot, and because it cannot lift, you have to remove it',
    'before the robot goes anywhere near a rug. Rivals at this price now raise their pads automatically, so this feels dated.',
  ),
];
const tApp = [
  j(
    'The Brisa Home app is refreshingly plain. There are no upsell banners, no account needed for basic use, and no-go zones are',
    'drawn with two fingers on the map. Scheduling by room works well, and the robot can be told to clean the kitchen twice after',
    'dinner without touching the rest of the house.',
  ),
];
const tBuy = [
  j(
    'If you mostly have hard floors and want a robot that maps quickly and empties itself without waking the household, the V9 Pro',
    'is an easy recommendation. If your home is carpeted wall to wall, or you care about mopping, spend a little more elsewhere.',
  ),
];
const tSpecs = ['Price: £449 / $499', 'Battery life: up to 170 minutes', 'Dustbin: 300ml (dock bag 2.8 litres)', 'Height: 9.6cm'];
const tNav = ['News', 'Reviews', 'Best', 'Deals', 'Computing', 'Smart Home', 'Phones', 'Streaming', 'More'];
const tCrumbs = ['Smart Home', 'Robot Vacuums'];
const tAlso = [
  'The best robot vacuum 2026: tried and tested in real homes',
  'Ardent Sweep S2 review: cheap, cheerful and surprisingly thorough',
  'I tested five self-emptying docks and only one was quiet enough',
];
const tTrend = ['Five router settings you should change today', 'The cheapest OLED TV we have ever recommended', 'Why your earbuds sound worse in winter'];
const tFoot = [
  'Contact Future experts',
  'Terms and conditions',
  'Privacy policy',
  'Cookies policy',
  'Accessibility Statement',
  'Advertise with us',
  'About us',
];
const tHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${tTitle} | TechRadar</title>
<meta name="description" content="${tStrap}"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article"><meta property="og:site_name" content="TechRadar"><meta name="parsely-type" content="review">
<meta name="pub_date" content="2026-03-11T09:00:00Z"><link rel="canonical" href="https://www.techradar.example/home/robot-vacuums/brisa-vela-v9-pro-review">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"Brisa Vela V9 Pro review","itemReviewed":{"@type":"Product",
"name":"Brisa Vela V9 Pro"},"reviewRating":{"@type":"Rating","ratingValue":4.5,"bestRating":5},"author":{"@type":"Person","name":"Imogen Tarrant"}}</script>
<script>window.ffte = {"site":"techradar","channel":"smart-home","articleType":"review"};</script>
<script async src="https://cdn.example/vanilla/hawk.js"></script></head>
<body class="page-type-article page-type-review"><div id="document">
<header class="header"><div class="header-container"><a class="header-logo" href="/" aria-label="TechRadar home"><svg class="logo"></svg></a>
<nav class="main-menu" id="main-nav"><ul class="menu-list">${links(tNav, 'menu-item')}</ul></nav>
<div class="header-sub"><a class="subscribe-link" href="/subscribe">Subscribe</a><button class="search-button" aria-label="Search">Search</button></div>
</div></header>
<div id="main" class="main-content"><article class="review-article news-article" data-id="VgH7kLqR">
<header><nav class="breadcrumb"><ol>${links(tCrumbs, 'breadcrumb__item')}</ol></nav>
<h1 class="article-name">${tTitle}</h1><p class="strapline">${tStrap}</p>
<div class="byline"><div class="author-byline"><span class="by-author">By <a href="/author/imogen-tarrant" class="author-byline__link">Imogen Tarrant</a></span>
<span class="relative-date">published <time datetime="2026-03-11T09:00:00Z">11 March 2026</time></span></div>
<div class="social-share"><ul class="social-share__list"><li><a class="social__facebook" href="#">Share on Facebook</a></li>
<li><a class="social__twitter" href="#">Share on X</a></li><li><a class="social__email" href="#">Share by Email</a></li></ul></div>
<div class="affiliate-disclaimer"><p>When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.</p></div></div>
</header>
<section class="content-wrapper"><div id="article-body" class="text-copy bodyCopy auto">
<figure class="van-image-figure inline-layout"><img src="https://cdn.example/brisa-v9-hero.jpg" alt="Brisa Vela V9 Pro on a wooden floor">
<figcaption>
<span class="caption-text">The Vela V9 Pro and its compact dock. </span><span class="credit">(Image credit: Future / Imogen Tarrant)</span></figcaption>
</figure>
<div class="verdict"><div class="pretty-verdict"><div class="pretty-verdict__heading"><h2>Brisa Vela V9 Pro: verdict</h2>
<div class="rating"><span class="chunk rating" aria-label="Rating: 4.5 out of 5">Rating: 4.5 out of 5</span></div></div>
<p class="game-verdict">${tVerdict}</p>
<div class="pretty-verdict__pros"><h4>Reasons to buy</h4><ul>${lis(tPros, 'icon icon-plus_circle')}</ul></div>
<div class="pretty-verdict__cons"><h4>Reasons to avoid</h4><ul>${lis(tCons, 'icon icon-minus_circle')}</ul></div></div></div>
<div class="hawk-wrapper" data-render-type="editorial" data-widget-type="deal"><div class="hawk-title-container"><p class="hawk-title">Today's best
Brisa Vela V9 Pro deals</p></div><div class="hawk-merchant-row"><span class="hawk-merchant-name">Brisa Direct</span><span class="hawk-price">£449.00</span>
<a class="hawk-affiliate-link" href="#" rel="sponsored">View Deal</a></div><div class="hawk-merchant-row"><span class="hawk-merchant-name">Amazon</span>
<span class="hawk-price">£429.99</span><a class="hawk-affiliate-link" href="#" rel="sponsored">View at Amazon</a></div>
<p class="hawk-disclaimer">We check over 250 million products every day for the best prices</p></div>
${ps(tIntro)}
<div class="specs-box"><h3 class="specs-box__title">Brisa Vela V9 Pro: specs</h3><ul>${lis(tSpecs)}</ul></div>
<h2 id="section-design">Design</h2>
${ps(tDesign)}
<p class="fancy-box"><strong>Read more:</strong> <a href="/best/robot-vacuums">The best robot vacuum 2026, tested in real homes</a></p>
<h2 id="section-performance">Performance</h2>
${ps(tPerf)}
<h2 id="section-app">App and features</h2>
${ps(tApp)}
<div id="slot-mpu1" class="ad-unit"><span class="ad-label">Advertisement</span></div>
<h2 id="section-should-you-buy">Should you buy the Brisa Vela V9 Pro?</h2>
${ps(tBuy)}
</div>
<div class="author-bio"><p>Imogen Tarrant is TechRadar’s smart home editor and has tested more than 60 robot vacuums.</p></div>
<div class="newsletter-signup"><p class="newsletter-title">Get the best of TechRadar in your inbox</p>
<p>Sign up for breaking news, reviews, opinion, top tech deals, and more.</p><button type="submit">Sign me up</button></div>
<div class="related-articles"><p class="related-articles__title">You might also like</p><ul>${links(tAlso)}</ul></div>
</section></article>
<aside class="sidebar"><div class="trending"><h3>Trending</h3><ol>${links(tTrend)}</ol></div></aside></div>
<footer class="footer"><ul class="footer-links">${links(tFoot)}</ul>
<p class="copyright">TechRadar is part of Future US Inc, an international media group and leading digital publisher.</p></footer>
<div class="consent-banner" id="cmp"><p>We and our partners use cookies to store and access personal data such as browsing data.</p>
<button>Accept all</button><button>Manage preferences</button></div></div>
<script>window.vanilla = window.vanilla || {}; vanilla.infiniteArticlesEnabled = false;</script></body></html>`;
const techRadar: TestPage = {
  name: 'heldout275-techradar-product-review',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [
    'Brisa Vela V9 Pro: verdict',
    'Reasons to buy',
    'Reasons to avoid',
    'Brisa Vela V9 Pro: specs',
    'Design',
    'Performance',
    'App and features',
    'Should you buy the Brisa Vela V9 Pro?',
  ],
  body: texts([tStrap, tVerdict, ...tPros, ...tCons, ...tIntro, ...tSpecs, ...tDesign, ...tPerf, ...tApp, ...tBuy]),
  bylines: ['Imogen Tarrant', 'published 11 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Subscribe', 'Search', ...tCrumbs, 'Share on Facebook', 'Share on X', 'Share by Email',
    'When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.', 'The Vela V9 Pro and its compact dock.',
    '(Image credit: Future / Imogen Tarrant)', 'Rating: 4.5 out of 5', "Today's best Brisa Vela V9 Pro deals", 'Brisa Direct', '£449.00', 'View Deal',
    '£429.99', 'View at Amazon', 'We check over 250 million products every day for the best prices', 'Read more:',
    'The best robot vacuum 2026, tested in real homes', 'Advertisement',
    'Imogen Tarrant is TechRadar’s smart home editor and has tested more than 60 robot vacuums.',
    'Get the best of TechRadar in your inbox', 'Sign up for breaking news, reviews, opinion, top tech deals, and more.', 'Sign me up', 'You might also like',
    ...tAlso, 'Trending', ...tTrend, ...tFoot, 'TechRadar is part of Future US Inc, an international media group and leading digital publisher.',
    'We and our partners use cookies to store and access personal data such as browsing data.', 'Accept all', 'Manage preferences',
  ],
};

export const HELDOUT275_A: readonly TestPage[] = [techRadar, bestOf];
