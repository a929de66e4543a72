import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout697-kit.js';

/**
 * Held-out batch 697, file e: a seed company's journal post on Ghost (Casper theme) with a feature image, member sign-up and
 * read-more cards (file e2 holds the Hugo guide).
 */
const gTitle = 'What to sow in March';
const gDek = 'The light is back and the propagator is full. Here is what we are sowing this month, and what can wait.';
const gBody = [
  j(
    'March is the month when it is easiest to sow too much too soon. The days lengthen quickly, but the soil outside is still cold,',
    'and seedlings raised indoors can get leggy waiting for the weather to catch up.',
  ),
  'Indoors',
  j(
    'Tomatoes, peppers and aubergines want a long season, so they go into the heated propagator in the first week of the month.',
    'Sow thinly in small pots and prick out as soon as the first true leaf shows.',
  ),
  j('Celeriac is slow to germinate and hates drying out. We sow it on the surface of damp compost and cover the tray with glass.'),
  'Outdoors, under cover',
  j(
    'Under a cloche or fleece, broad beans, early peas and the first radishes can go straight into the ground once it has dried',
    'enough to rake. Warm the soil first by putting the cloche in place a week before sowing.',
  ),
  'What can wait',
  'Squash, courgettes and sweetcorn: sow in late April.',
  'French and runner beans: sow in May, or direct in June.',
  'Most half-hardy annual flowers: April is soon enough.',
  j('Whatever you sow, label it. Every spring we promise ourselves we will remember which tray is which, and every spring we do not.'),
];
const gNav = ['Home', 'Shop', 'Sowing guides', 'Journal', 'About'];
const gCards: [string, string, string, string][] = [
  ['Chitting potatoes without a windowsill', 'Egg boxes, a cool shed and a little patience.', 'Feb 12, 2027', '4 min read'],
  ['Our 2027 seed list is out', 'Forty new varieties, and a few old friends back in stock.', 'Jan 20, 2027', '3 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=0b28d4f5e4"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.littlefurrowseeds.co.uk/what-to-sow-in-march/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Little Furrow Seeds"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2027-02-26T08:00:00.000Z"><meta property="article:tag" content="Sowing">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Little Furrow Seeds"},
"author":{"@type":"Person","name":"Rosalind Teague"},"headline":"${gTitle}","datePublished":"2027-02-26T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Little Furrow Seeds"
href="https://journal.littlefurrowseeds.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://journal.littlefurrowseeds.co.uk/"
data-key="5c1e7c2b0d" data-api="https://journal.littlefurrowseeds.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column}</style></head>
<body class="post-template tag-sowing is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://journal.littlefurrowseeds.co.uk">Little Furrow Seeds</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}">
<a href="https://journal.littlefurrowseeds.co.uk/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-sowing image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/sowing/">Sowing</a></span>
</div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rosalind/" class="author-avatar" aria-label="Read more of Rosalind Teague"><img class="author-profile-image"
src="/content/images/size/w100/rosalind.jpg"
alt="Rosalind Teague"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/rosalind/">Rosalind Teague</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2027-02-26">Feb 26, 2027</time><span class="byline-reading-time">
<span class="bull">&bull;</span>
6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/02/propagator.jpg 300w, /content/images/size/w600/2027/02/propagator.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/02/propagator.jpg" alt="Seed trays on a bench">
<figcaption><span style="white-space: pre-wrap;">Tomato seedlings in the potting shed, second week of March.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps([gBody[0] ?? ''])}
<h2 id="indoors">${gBody[1]}</h2>
${ps(gBody.slice(2, 4))}
<h2 id="outdoors-under-cover">${gBody[4]}</h2>
${ps([gBody[5] ?? ''])}
<h2 id="what-can-wait">${gBody[6]}</h2>
<ul>${lis(gBody.slice(7, 10))}</ul>
${ps([gBody[10] ?? ''])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gCards
  .map(
    ([t, e, d, r]) => `<article class="post-card post tag-sowing"><a class="post-card-image-link" href="/x/"><img class="post-card-image"
src="/content/images/x.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header">
<div class="post-card-tags"></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2027-02-12">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.littlefurrowseeds.co.uk">Little Furrow Seeds</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=0b28d4f5e4"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout697-ghost-casper-march-sowing',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[4] ?? '', gBody[6] ?? ''],
  body: [gDek, ...gBody.filter((_, i) => ![1, 4, 6].includes(i))],
  bylines: ['Rosalind Teague', 'Feb 26, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Little Furrow Seeds', 'Home', 'Shop', 'Sowing guides', 'Journal', 'About', 'Sign in', 'Subscribe', '6 min read',
    'Tomato seedlings in the potting shed, second week of March.', 'Sign up for more like this.', 'Enter your email', ...gCards.flat(),
    'Little Furrow Seeds © 2027', 'Sign up', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT697_E: readonly TestPage[] = [ghost];
