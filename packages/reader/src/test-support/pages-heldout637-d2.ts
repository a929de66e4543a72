import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout637-kit.js';

/** Held-out batch 637, file d2: a smallholding newsletter's article on Ghost (Casper theme) with a callout card, sign-up box and read-more cards. */
const gTitle = 'Ducks in a wet winter: housing, feet and feed';
const gExcerpt = 'Ducks love rain. What they do not love is a muddy house, frozen water and a keeper who forgets about their feet.';
const gH = ['The house', 'Water, even when it freezes', 'Feet', 'Feed and laying'];
const gIntro = [
  j(
    'Most duck keepers notice the problem in December. The run that was green in September is a brown soup, the straw in the house',
    'is wet by morning, and the ducks are standing in the one dry corner looking sorry for themselves.',
  ),
];
const gHouse = [
  j(
    'Ducks breathe out a great deal of moisture at night and do not perch, so a duck house needs more ventilation than a hen house',
    'and a floor that stays dry. Raise it 15 cm off the ground on slabs or bearers, keep the vents high up under the roof, and use a',
    'deep layer of chopped straw or hemp rather than shavings, which soak up water and turn to paste.',
  ),
  'A ramp with cross-battens every 10 cm helps: ducks struggle with slippery wood far more than chickens do.',
];
const gWater = [
  j(
    'Ducks must be able to dip their whole head in water to clear their eyes and nostrils. Through a freeze that means breaking ice',
    'twice a day or bringing a bucket out warm in the morning. A black rubber trug thaws faster in weak sun than a plastic bowl.',
  ),
  'Keep drinking water away from the house door. The wettest patch of any duck run is wherever the water bucket stands.',
];
const gFeet = [
  'Wet, stony mud is hard on webbed feet. Once a week, pick a duck up and look at the underside of each foot for:',
  'small cuts between the toes',
  'hard, raised swellings on the pad, the start of bumblefoot',
  'ice balls or mud packed around the claws',
  'Laying down a path of bark chippings from the house to the water does more to prevent bumblefoot than any cream.',
];
const gFeed = [
  j(
    'Layers pellets are fine for adult ducks, but the pellet needs to be wetted or fed beside water, as ducks swallow dry food in',
    'gulps and can choke on it. Many breeds stop laying in the shortest weeks; Campbells and Runners often keep going if the house',
    'is dry and they are fed well.',
  ),
];
const gCallout = 'Reader tip from Anneka in Felbridge: a sheet of old carpet under the straw soaks up the wet and lifts out in one piece at cleaning time.';
const gNav = ['Home', 'Poultry', 'Pigs', 'Growing', 'About'];
const gCards = [
  ['Geese', 'Choosing a goose breed for a small paddock', 'Oct 27, 2026', '6 min read'],
  ['Poultry', 'Red mite in winter: is it really possible?', 'Oct 13, 2026', '4 min read'],
  ['Growing', 'What to grow for the hens over winter', 'Sep 29, 2026', '5 min read'],
];
const gCard = ([tag, title, date, len]: readonly string[]): string => `<article class="post-card post tag-${(tag ?? '').toLowerCase()}">
<a class="post-card-image-link" href="/${(title ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image" sizes="(max-width: 1000px) 400px, 800px"
src="/content/images/size/w600/2026/10/card.jpg" alt="${title}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${(title ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${title}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-10-27">${date}</time><span class="post-card-meta-length">${len}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4f1c2a9b3d"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://smallholdersalmanac.com/ducks-in-a-wet-winter/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Smallholder’s Almanac"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-11-03T07:30:00.000Z"><meta property="article:tag" content="Ducks">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Smallholder’s Almanac"},
"author":{"@type":"Person","name":"Maren Tuckett"},"headline":"${gTitle}","datePublished":"2026-11-03T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://smallholdersalmanac.com/"
data-key="8c1e0b7a2f" data-api="https://smallholdersalmanac.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;flex-direction:column;}</style></head>
<body class="post-template tag-ducks is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://smallholdersalmanac.com">The Smallholder’s Almanac</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20">
<path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-ducks tag-winter image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/ducks/">Ducks</a></span>
</div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/maren/" class="author-avatar" aria-label="Read more of Maren Tuckett">
<img class="author-profile-image" src="/content/images/size/w100/2025/02/maren.jpg"
alt="Maren Tuckett"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/maren/">Maren Tuckett</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-03">Nov 3, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span>
5 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/11/runner-ducks.jpg 300w, /content/images/size/w600/2026/11/runner-ducks.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/11/runner-ducks.jpg" alt="Runner ducks in the rain">
<figcaption><span style="white-space: pre-wrap;">Indian Runners at Pelham Farm, where the run is moved every six weeks in winter.</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
<h2 id="the-house">${gH[0]}</h2>${ps(gHouse)}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="water-even-when-it-freezes">${gH[1]}</h2>${ps(gWater)}
<h2 id="feet">${gH[2]}</h2><p>${gFeet[0]}</p><ul>${lis(gFeet.slice(1, 4))}</ul><p>${gFeet[4]}</p>
<h2 id="feed-and-laying">${gH[3]}</h2>${ps(gFeed)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://smallholdersalmanac.com">The Smallholder’s Almanac</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="/assets/built/casper.js?v=4f1c2a9b3d"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout637-ghost-casper-ducks-winter',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gExcerpt, ...gIntro, ...gHouse, gCallout, ...gWater, ...gFeet, ...gFeed]),
  bylines: ['Maren Tuckett', 'Nov 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'The Smallholder’s Almanac', 'Home', 'Pigs', 'Sign in', 'Subscribe', '5 min read',
    'Indian Runners at Pelham Farm, where the run is moved every six weeks in winter.', 'Sign up for more like this.', 'Enter your email',
    ...gCards.flatMap((c) => c), 'The Smallholder’s Almanac © 2026', 'Sign up', 'Contact', 'Privacy', 'Powered by Ghost',
  ])],
};

export const HELDOUT637_D2: readonly TestPage[] = [ghost];
