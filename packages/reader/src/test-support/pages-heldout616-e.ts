import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout616-kit.js';

/**
 * Held-out batch 616, file e: a saddler's newsletter essay on Ghost (Casper theme: excerpt, byline, feature image with caption,
 * subscribe call-out and read-more cards); file e2 holds the second page.
 */
const hTitle = 'Why we still stitch by hand';
const hExcerpt = 'A machine is faster, neater and cheaper. So why does every saddle that leaves the bench still take two days of hand stitching?';
const hBlocks: Block[] = [
  {
    p: j(
      'People who visit the workshop are often surprised that the big industrial machine in the corner is mostly used for rugs and',
      'numnahs. The saddles themselves, and every strap that takes a load, are stitched by hand with two needles and a waxed linen',
      'thread, the same way my master taught me and his master taught him.',
    ),
  },
  { p: 'This is not nostalgia. There are three practical reasons, and one that is less practical.' },
  { h: 2, t: 'The saddle stitch does not unravel' },
  {
    p: j(
      'A lockstitch machine makes each stitch by looping the top thread round a bobbin thread. If one stitch breaks, the thread can',
      'pull out along the seam, stitch after stitch. A hand saddle stitch passes two needles through each hole from opposite sides,',
      'so each stitch is locked on its own. Cut one and the rest stay put. On a girth strap, that is the whole argument.',
    ),
  },
  { h: 2, t: 'The thread goes where the leather wants it' },
  {
    p: j(
      'Leather is not an even material. It is thicker over the backbone of the hide and looser at the belly, and a good stitcher',
      'feels that through the awl and adjusts the tension stitch by stitch. A machine pulls every stitch the same, which looks tidy',
      'on day one and puckers after a wet winter.',
    ),
  },
  { h: 2, t: 'It can be repaired by anyone with an awl' },
  {
    p: j(
      'Hand-stitched seams can be picked out and restitched in the same holes, again and again, for the life of the saddle. Machine',
      'seams with their closer stitch spacing often cannot: the holes run into each other and the leather tears along the line.',
    ),
  },
  {
    q: j(
      'I have restitched the flaps on saddles older than I am, in holes that were pricked before the war, and they will take another',
      'fifty years of stitching yet.',
    ),
  },
  { h: 2, t: 'And the less practical reason' },
  {
    p: j(
      'Stitching by hand is slow, and slowness is when you notice things. A nick in the flesh side, a soft patch in the hide, a',
      'tree point sitting a fraction high. Half the quality control in this workshop happens with a needle in each hand and the',
      'radio on, and I do not think we would catch those things at a thousand stitches a minute.',
    ),
  },
  {
    p: j(
      'Next month I will write about the thread itself: why we went back to linen after ten years of polyester, and what it costs',
      'us. If there is anything you would like me to cover, reply to this email and tell me.',
    ),
  },
];
const hCaption = 'Eight stitches to the inch, pricked by hand on a girth strap.';
const hNav = ['Home', 'Workshop diary', 'Saddles for sale', 'About'];
const hMore = [
  [
    'Choosing a hide: what we look for at the tannery',
    'Every hide that comes into the workshop is checked by hand, on both sides, before a single pattern is laid on it.',
  ],
  ['Ten things I wish owners knew about flocking', 'Wool moves. That is its great virtue and its great problem, and it is why your saddle needs checking.'],
] as const;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${hTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://awlandthread.com/assets/built/screen.css?v=8a1b2c3d4e">
<meta name="description" content="${hExcerpt}"><link rel="canonical" href="https://awlandthread.com/why-we-still-stitch-by-hand/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Awl &amp; Thread"><meta property="og:type"
content="article">
<meta property="article:published_time" content="2026-02-11T08:30:00.000Z"><meta property="article:tag" content="Workshop diary">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Awl &amp; Thread"},
"author":{"@type":"Person","name":"Ned Cawley"},"headline":"${hTitle}","datePublished":"2026-02-11T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="The Awl &amp; Thread" href="https://awlandthread.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://awlandthread.com/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;}</style></head>
<body class="post-template tag-workshop-diary is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://awlandthread.com">
The Awl &amp; Thread</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(hNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button><div
class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-workshop-diary image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/workshop-diary/">Workshop diary</a></span>
</div><h1 class="article-title">${hTitle}</h1><p class="article-excerpt">${hExcerpt}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/ned/" class="author-avatar" aria-label="Read more of Ned Cawley">
<img class="author-profile-image" src="/content/images/size/w100/2024/01/ned.jpg" alt="Ned Cawley"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/ned/">Ned Cawley</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2026-02-11">Feb 11, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/02/stitching.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/02/stitching.jpg" alt="Hand stitching a girth strap"><figcaption>${hCaption}</figcaption></figure></header>
<section class="gh-content gh-canvas">
${render(hBlocks)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${hMore
  .map(([t, x]) =>
    j(
      `<article class="post-card post tag-workshop-diary keep-ratio"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/c.jpg"
alt=""`,
      `loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><div
class="post-card-tags">`,
      `</div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${x}</div></a><footer class="post-card-meta">`,
      `<time class="post-card-meta-date" datetime="2026-01-20">Jan 20, 2026</time><span
class="post-card-meta-length">3 min read</span></footer></div></article>`,
    ),
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://awlandthread.com">The Awl &amp; Thread</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://awlandthread.com/assets/built/casper.js?v=8a1b2c3d4e"></script></body></html>`;
const ghostStitch: TestPage = {
  name: 'heldout616-ghost-casper-hand-stitching',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: headingsOf(hBlocks),
  body: [hExcerpt, ...bodyOf(hBlocks)],
  bylines: ['Ned Cawley', 'Feb 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Awl & Thread', 'Home', 'Workshop diary', 'Saddles for sale', 'Sign in', 'Subscribe', '4 min read', hCaption, 'Sign up for more like this.',
    'Enter your email',
    ...hMore.flat(), 'Jan 20, 2026', '3 min read', 'The Awl & Thread © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT616_E: readonly TestPage[] = [ghostStitch];
