import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout527-kit.js';

/**
 * Held-out batch 527, file c: a roaster's long origin-trip post on Ghost (Casper theme) with a feature image, Koenig cards
 * (image, callout, alternative blockquote), the member sign-up CTA and the "read more" cards.
 */
const gTitle = 'Ten days in San Isidro: notes from the harvest';
const gExcerpt = 'We went to meet the growers behind three of our coffees, and came back with more questions than answers.';
const gP1 = [
  j(
    'The road up to San Isidro leaves the valley at a petrol station with a painted bull on its wall and climbs for two hours through',
    'switchbacks so tight that the pickup has to reverse twice on some of them. By the time we reached the plaza it was dark, it was',
    'raining, and Doña Rufina Castaño was waiting under the church porch with a flask of agua de panela and a list.',
  ),
  j(
    'The list was of everyone we were going to see. There were nineteen names on it. We had planned to visit six farms.',
    'That, more or less, set the tone for the next ten days.',
  ),
  j(
    'We have bought coffee from the San Isidro association for four harvests now, through the same importer, and this was the first',
    'time any of us had been there. This post is long, and it is a set of notes rather than a story. We wanted to write them down',
    'before the details blurred.',
  ),
];
const gH1 = 'The association';
const gP2 = [
  j(
    'The association has 112 members. Most farms are between one and three hectares, planted on slopes that would be called cliffs',
    'anywhere else, between 1,650 and 2,050 metres. Almost everyone grows Castillo and Caturra; a handful of younger members have',
    'planted Pink Bourbon in the last five years, and those trees are only now giving a full crop.',
  ),
  j(
    'Members pick and process at home. Cherries are pulped in the evening on small hand-cranked or diesel pulpers, fermented',
    'overnight in tiled tanks or plastic drums, washed in the morning and dried on the roof of the house under a sliding plastic',
    'cover they call an elba. The dry parchment comes down to the association\u2019s warehouse in the plaza on market days.',
  ),
  j(
    'What struck us first was how different two neighbours\u2019 coffee could be. Two farms that share a fence, a variety and a',
    'picking crew can land ten points apart on the cupping table, and in most cases the difference comes down to the fermentation',
    'tank and the roof.',
  ),
];
const gCap1 = 'Parchment drying under an elba on the Castaño family\u2019s roof.';
const gH2 = 'Fermentation, by feel';
const gP3 = [
  j(
    'Nobody we met measured the pH or the temperature of a fermentation. People judged it by hand: you push a stick into the mass,',
    'pull it out, and if the hole stays open and the beans feel gritty rather than slippery, it is ready. Some people ferment for',
    'fourteen hours, some for thirty-six, depending on the weather and on what their parents did.',
  ),
  j(
    'Doña Rufina\u2019s son Esteban is the exception. He keeps a notebook with the start and end time of every tank, the weather and',
    'the score his lots get from the association\u2019s cupper, and he has been doing it for three harvests. His lots have scored',
    'above 86 every year. He shared the notebook with anyone who asked, and several of the younger members have started their own.',
  ),
];
const gQuote = j(
  '\u201cMy father said the coffee tells you when it is ready. It does, but it tells you more quietly at two in the morning,',
  'so I write it down.\u201d',
);
const gP4 = [
  j(
    'We cupped thirty-one lots with the association\u2019s quality team over two afternoons. The best of them were clean and bright,',
    'with red apple, panela and a floral note that reminded us of the Pink Bourbon we bought last year. The weakest were not',
    'defective, just tired: flat, woody, with none of the sweetness we know the place can give.',
  ),
];
const gH3 = 'Drying is the bottleneck';
const gP5 = [
  j(
    'If there was one problem everyone agreed on, it was drying. The harvest here runs through the rainy season, and roofs are',
    'small. In a wet week, parchment that should dry in twelve days takes twenty, and some of it starts to go musty before it is',
    'done. Several families told us they sell part of their harvest wet to local buyers at a lower price, simply because they run',
    'out of space.',
  ),
  j(
    'The association has a plan for a shared drying house with raised beds and a solar dryer at the edge of the plaza. It would',
    'hold about a fifth of the harvest at peak. The land is donated and the design is done; what is missing is the money for the',
    'structure, roughly 38 million pesos.',
  ),
];
const gCallout = j(
  'From this harvest on, we will pay an extra 20 cents a pound on every San Isidro lot we buy, ring-fenced for the drying house.',
  'Our importer is matching it. We will report back on how the build goes.',
);
const gH4 = 'What we are changing';
const gP6 = [
  j(
    'The trip changed how we think about buying from here. Until now we have bought the association\u2019s top blend every year',
    'and a single-farm lot if one stood out. Next year we want to buy smaller lots from more families, and to give cupping',
    'feedback to each of them rather than to the association as a whole.',
  ),
  j(
    'We also want to be honest about what we do not know. We spent ten days in a place where people have grown coffee for four',
    'generations. We came home with a notebook full of observations and no real expertise. The growers are the experts; our job',
    'is to pay properly, to be consistent and to tell you, the people drinking it, where it comes from.',
  ),
  j('The first of the new lots, from Esteban Castaño, lands in April. We will roast it light and we will tell you about the tank', 'it came from.'),
];
const gNav = ['Home', 'Origins', 'Brewing', 'Roastery', 'About'];
const gMore = [
  ['Brewing', 'Why we changed our espresso recipe', 'Longer shots, lower temperatures and a happier bar team.', 'Jan 28, 2026', '5 min read'],
  ['Origins', 'Pink Bourbon, explained', 'The variety everyone is planting, and why it tastes the way it does.', 'Dec 9, 2025', '6 min read'],
  ['Roastery', 'Our 2025 transparency report', 'Every green coffee we bought last year, with the prices we paid.', 'Nov 14, 2025', '9 min read'],
];
const gFoot = ['Sitemap', 'Wholesale', 'Shop'];
const moreCard = ([tag, t, ex, date, len]: string[]): string => `<article class="post-card post">
<a class="post-card-image-link" href="/${(t ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><img class="post-card-image"
src="/content/images/size/w600/card.jpg" alt="${t}"
 loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-01">${date}</time><span
class="post-card-meta-length">${len}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5a8e3d1c2f"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://journal.ridgeback.coffee/ten-days-in-san-isidro/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Ridgeback Coffee Journal"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-02-11T08:30:00.000Z"><meta property="article:tag" content="Origins">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Ridgeback Coffee Journal"},
"author":{"@type":"Person","name":"Sol Amaranto"},"headline":"${gTitle}","datePublished":"2026-02-11T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Ridgeback Coffee Journal"
href="https://journal.ridgeback.coffee/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
 data-i18n="false" data-ghost="https://journal.ridgeback.coffee/" data-key="9f1e2d"
 data-api="https://journal.ridgeback.coffee/ghost/api/content/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{
border-radius:3px;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="9f1e2d" data-styles="x" crossorigin="anonymous"></script>
<link href="https://journal.ridgeback.coffee/webmentions/receive/" rel="webmention"><style>:root {--ghost-accent-color: #8a4b2a;}</style></head>
<body class="post-template tag-origins tag-harvest is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
 href="https://journal.ridgeback.coffee">Ridgeback Coffee Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-origins tag-harvest ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/origins/">Origins</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/sol/" class="author-avatar" aria-label="Read more of Sol Amaranto"><img class="author-profile-image"
src="/content/images/size/w100/2024/05/sol.jpg"
 alt="Sol Amaranto"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/sol/">Sol Amaranto</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-11">Feb 11, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span>
 8 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/02/plaza.jpg 300w, /content/images/size/w600/2026/02/plaza.jpg 600w"
 sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/02/plaza.jpg" alt="${gTitle}"><figcaption>The plaza in San Isidro on a market
day.
 Photo: Sol Amaranto</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gP1)}
<h2 id="the-association">${gH1}</h2>
${ps(gP2)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/02/elba.jpg" class="kg-image" alt="" loading="lazy" width="2000"
height="1333"
 srcset="/content/images/size/w600/2026/02/elba.jpg 600w, /content/images/2026/02/elba.jpg 2000w" sizes="(min-width: 720px) 720px"><figcaption>
<span style="white-space: pre-wrap;">${gCap1}</span></figcaption></figure>
<h2 id="fermentation-by-feel">${gH2}</h2>
${ps(gP3)}
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
${ps(gP4)}
<hr>
<h2 id="drying-is-the-bottleneck">${gH3}</h2>
${ps(gP5)}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="what-we-are-changing">${gH4}</h2>
${ps(gP6)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore.map(moreCard).join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.ridgeback.coffee">Ridgeback Coffee Journal</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a>
</div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui
pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close
(Esc)"></button></div></div></div></div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script><script src="/assets/built/casper.js?v=5a8e3d1c2f"></script>
<script>$(document).ready(function () { $('.gh-burger').click(function () { $('body').toggleClass('gh-head-open'); }); });</script>
</body></html>`;
const ghost: TestPage = {
  name: 'heldout527-ghost-origin-trip',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3, gH4],
  body: texts([gExcerpt, ...gP1, ...gP2, ...gP3, gQuote, ...gP4, ...gP5, gCallout, ...gP6]),
  bylines: ['Sol Amaranto', 'Feb 11, 2026', '\u2022 8 min read', ...gMore.flatMap((m) => [m[3] ?? '', m[4] ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ridgeback Coffee Journal', ...gNav, 'Sign in', 'Subscribe', 'The plaza in San Isidro on a market day. Photo: Sol Amaranto', gCap1,
    'Sign up for more like this.', 'Enter your email', ...gMore.flatMap((m) => [m[1] ?? '', m[2] ?? '']), 'Ridgeback Coffee Journal \u00a9 2026', ...gFoot,
    'Powered by Ghost',
  ],
};

export const HELDOUT527_C: readonly TestPage[] = [tidy(ghost)];
