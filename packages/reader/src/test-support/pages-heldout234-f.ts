import { links, type TestPage, texts } from './page-kit.js';
import { FISHING_PAGE } from './pages-heldout234-f2.js';

/**
 * Held-out batch 234, file f: a cycling route post on a Ghost blog with the Casper theme (site nav with Sign in /
 * Subscribe, primary tag, excerpt, byline with reading time, feature image caption, a bookmark card and a members CTA
 * inside the content, a toggle card, the comments CTA, "Read more" cards, portal footer) and, from f2, a Shopify tackle
 * shop's fishing report.
 */
const cyTitle = 'The Three Reservoirs loop: 84 km of quiet lanes west of Hallam';
const cyExcerpt = 'A big day out with three long climbs, two cafés and hardly any traffic. Here is how to ride it.';
const cyH = ['The route', 'Where to eat', 'Practical notes'];
const cyP1 = [
  'I have ridden this loop maybe forty times now and it still surprises me how empty the lanes are, given that it starts ' +
    'twenty minutes from the city centre. It links the Redbrook, Ulley and Dale Dyke reservoirs on back roads that most ' +
    'drivers have no reason to use.',
];
const cyP2 = [
  'Head out of Hallam on the Rivelin valley road and take the first left after the garden centre. The climb to Redbrook is ' +
    'the longest of the day, 6 km at around 5%, and it is worth riding steadily because the next two come soon after.',
  'From Ulley the route drops fast to the dam. The descent has a sharp left-hander at the bottom with gravel on the apex, so ' +
    'take it carefully. The last climb, up Dale Dyke Lane, is short but steep, with a section at 15% past the old quarry.',
];
const cyP3 = [
  'The Mill Race café at Ulley is the obvious stop at 38 km: big cakes, a bike rack, and a tap outside for bottles. Later on, ' +
    'the Dale Dyke kiosk sells coffee and toasties at weekends only, from April to October.',
];
const cyList = [
  'Distance 84 km, climbing about 1,450 m.',
  'There are no shops between the Mill Race café and the edge of Hallam, so carry food.',
  'The Dale Dyke dam road is closed to cars but open to bikes; dismount on the dam wall itself as the signs ask.',
  'Lights are useful in the lanes between Ulley and Dale Dyke, which are narrow and shaded even in summer.',
];
const cyNav = ['Home', 'Routes', 'Kit', 'About'];
const cyHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${cyTitle}</title>
<meta name="description" content="${cyExcerpt}"><meta name="generator" content="Ghost 5.96"><link rel="stylesheet" href="/assets/built/screen.css?v=6c2a">
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"Article",
"publisher":{"@type":"Organization","name":"Spoke &amp; Lane"},
"author":{"@type":"Person","name":"Hattie Brennan"},"headline":"${cyTitle}"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.43/umd/portal.min.js" data-ghost="https://spokeandlane.blog/"></script></head>
<body class="post-template tag-routes is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="/">Spoke &amp; Lane</a></div><nav class="gh-head-menu"><ul class="nav">${links(cyNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-routes"><header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/routes/">Routes</a></span></div>
<h1 class="article-title">${cyTitle}</h1><p class="article-excerpt">${cyExcerpt}</p>
<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/hattie/">Hattie Brennan</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-10-04">Oct 4, 2026</time><span class="byline-reading-time">
<span class="bull">•</span> 4 min read</span></div></div></div></div>
<figure class="article-image"><img src="/content/images/2026/10/dale-dyke.jpg" alt=""><figcaption>
<span style="white-space: pre-wrap;">Looking back over Dale Dyke from the quarry bend</span></figcaption></figure></header>
<section class="gh-content gh-canvas"><p>${cyP1[0]}</p><h2 id="the-route">${cyH[0]}</h2>${cyP2.map((p) => `<p>${p}</p>`).join('')}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://ridewithgps.com/routes/1"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Three Reservoirs loop | Ride with GPS</div><div class="kg-bookmark-description">84.1 km, 1,452 m elevation gain</div></div>
</a></figure>
<h2 id="where-to-eat">${cyH[1]}</h2><p>${cyP3[0]}</p>
<div class="kg-card kg-cta-card"><p>Enjoying the routes? Subscribers get the GPX files for every ride.</p><a href="#/portal/signup">Subscribe for free</a></div>
<h2 id="practical-notes">${cyH[2]}</h2><ul>${cyList.map((l) => `<li>${l}</li>`).join('')}</ul></section></article>
<section class="article-comments gh-canvas"><p>Join the discussion: become a member of Spoke &amp; Lane to start commenting.</p>
<a href="#/portal/signup">Sign up now</a><p>Already a member? <a href="#/portal/signin">Sign in</a></p></section></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Read more</h3>${[
  'Fixing a slow puncture on the road',
  'Winter gloves, tested on the Snake Pass',
  'A gentle 40 km for new riders',
]
  .map((t) => `<article class="post-card"><a class="post-card-content-link" href="/p"><h2 class="post-card-title">${t}</h2></a></article>`)
  .join('')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Spoke &amp; Lane</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(['Sign up', 'Privacy'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a>
</div></div></footer></div>
<script src="/assets/built/casper.js?v=6c2a"></script></body></html>`;

const CYCLING_PAGE: TestPage = {
  name: 'heldout234-ghost-cycling-route-blog',
  kind: 'blog',
  html: cyHtml,
  title: cyTitle,
  headings: cyH,
  // the excerpt (dek) is body
  body: texts([cyExcerpt, ...cyP1, ...cyP2, ...cyP3, ...cyList]),
  bylines: ['Hattie Brennan', 'Oct 4, 2026', '4 min read'],
  // biome-ignore format: packed
  furniture: [
    'Spoke & Lane', ...cyNav, 'Sign in', 'Subscribe', 'Looking back over Dale Dyke from the quarry bend',
    'Three Reservoirs loop | Ride with GPS', '84.1 km, 1,452 m elevation gain', 'Enjoying the routes? Subscribers get the GPX files for every ride.',
    'Subscribe for free', 'Join the discussion: become a member of Spoke & Lane to start commenting.', 'Sign up now', 'Already a member?',
    'Read more', 'Fixing a slow puncture on the road', 'Winter gloves, tested on the Snake Pass', 'A gentle 40 km for new riders',
    'Spoke & Lane © 2026', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT234_F: readonly TestPage[] = [CYCLING_PAGE, FISHING_PAGE];
