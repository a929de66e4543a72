import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout502-kit.js';

/**
 * Held-out batch 502, file d: a baker's newsletter post on Ghost (Casper theme: members header, byline with reading time,
 * feature image caption, callout card, "Sign up for more like this" box and read-more cards).
 */
const gTitle = 'The rye that nearly beat us';
const gDek = 'Three weeks, eleven failed bakes and one very patient miller: notes on getting a 100% rye onto the counter.';
const gOpen = [
  j(
    'When we opened, I promised myself we would never sell a loaf we did not understand. So when regulars kept asking for a proper',
    'dark rye, the sort you slice thin and eat with butter and cheese, I said yes, and then spent three weeks finding out how little I knew.',
  ),
  j(
    'Rye does not behave like wheat. It has almost no gluten to speak of, so there is no stretchy network to trap gas. What holds',
    'a rye loaf together is a gum called pentosan, and the enemy is an enzyme in the grain that breaks starch down faster than you can bake it.',
  ),
];
const gH1 = 'What went wrong';
const gWrong = [
  j(
    'The first six loaves had a gummy stripe through the middle, and the next three split along the side like a dropped melon.',
    'I blamed the oven, then the tins, then the weather. It was none of them.',
  ),
  j(
    'The flour we were using came from a mill that had just switched to a new harvest, and its falling number, a measure of how active',
    'that enzyme is, had dropped by almost half. Nobody had told me, because most bakers never ask.',
  ),
];
const gCallout = j(
  'If your rye crumb turns gummy overnight, try a more acidic sourdough: acidity slows the enzyme down. We went from a 12-hour',
  'to an 18-hour leaven and the stripe disappeared.',
);
const gH2 = 'What we do now';
const gNow = [
  'We feed the rye leaven twice a day and build it to 60% of the total flour.',
  'The dough goes into tins at 30°C and proves for no more than ninety minutes.',
  'Loaves bake for an hour and forty minutes, falling from 250°C to 190°C.',
  'Nobody cuts one for twenty-four hours. Nobody.',
];
const gClose = [
  j(
    'Alasdair at Glenmor Mill now sends the falling number with every delivery, scribbled on the sack. The rye is on the counter',
    'on Fridays and Saturdays, and so far it has sold out every week.',
  ),
];
const gNav = ['Home', 'About', 'Recipes', 'The bakery'];
const gRead: readonly (readonly [string, string, string, string])[] = [
  ['Why our croissants cost £2.80', 'Butter, time and a laminator older than the bakery.', 'Jan 28, 2026', '4 min read'],
  ['A year of Saturday queues', 'What we learned from our first twelve months.', 'Jan 9, 2026', '6 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://crumbnotes.co/assets/built/screen.css?v=6a2b1c9d0e">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://crumbnotes.co/the-rye-that-nearly-beat-us/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Crumb Notes"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-11T07:30:00.000Z"><meta property="article:tag" content="Notes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Crumb Notes"},
"author":{"@type":"Person","name":"Mairi Cowan"},"headline":"${gTitle}","datePublished":"2026-02-11T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" title="Crumb Notes" href="https://crumbnotes.co/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://crumbnotes.co/"
 data-key="5f1c2d3e4a5b6c7d8e9f0a1b2c" data-api="https://crumbnotes.co/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-notes is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://crumbnotes.co">Crumb Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-notes image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/notes/">Notes</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/mairi/" class="author-avatar" aria-label="Read more of Mairi Cowan"><img class="author-profile-image"
src="/content/images/size/w100/2025/04/mairi.jpg" alt="Mairi Cowan"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/mairi/">Mairi Cowan</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-11">Feb 11, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/02/rye-tins.jpg 300w, /content/images/size/w600/2026/02/rye-tins.jpg 600w"
 sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/02/rye-tins.jpg" alt="${gTitle}">
<figcaption><span style="white-space: pre-wrap;">Loaf number nine, with the stripe. Photo: Callum Reid</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gOpen)}
<h2 id="what-went-wrong">${gH1}</h2>
${ps(gWrong)}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="what-we-do-now">${gH2}</h2>
<ul>${gNow.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(gClose)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gRead
  .map(
    ([t, e, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/"><img class="post-card-image"
src="/content/images/${t.length}.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-01">${d}</time><span
class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://crumbnotes.co">Crumb Notes</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button><div class="pswp__caption"><div
class="pswp__caption__center"></div></div></div></div></div>
<script src="https://crumbnotes.co/assets/built/casper.js?v=6a2b1c9d0e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout502-ghost-casper-rye-notes',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2],
  body: texts([gDek, ...gOpen, ...gWrong, gCallout, ...gNow, ...gClose]),
  bylines: ['Mairi Cowan', 'Feb 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Crumb Notes', ...gNav, 'Sign in', 'Subscribe', '5 min read', 'Loaf number nine, with the stripe. Photo: Callum Reid',
    'Sign up for more like this.', 'Enter your email', ...gRead.flat().filter((t) => t !== '5 min read'), 'Crumb Notes © 2026', 'Sign up', 'Contact',
    'Powered by Ghost',
  ],
};

export const HELDOUT502_D: readonly TestPage[] = [ghost];
