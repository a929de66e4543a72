import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout669-kit.js';

/** Held-out batch 669, file c2: a long shearing-day diary post on Ghost with the Casper theme (members CTA, read-more cards). */
const gTitle = 'Shearing day, and what the fleeces told us';
const gDek = 'Ninety-one sheep, two shearers, one very wet Saturday, and a year of the flock’s health written into the wool.';
const gIntro = [
  j(
    'Every June I say the same thing: this year we will be ready. Every June the shearers ring on a Thursday to say they can come',
    'on Saturday, the forecast turns, and we spend Friday evening trying to get ninety-one sheep under cover. This year was no',
    'different, except that for the first time I kept notes on every fleece as it came off, and I want to share what they showed.',
  ),
];
const gSec = [
  {
    h: 'Before the shearers came',
    ps: [
      j(
        'Sheep have to be dry to be shorn. A damp fleece sweats in the sack and goes yellow, and a wet one is unpleasant and',
        'dangerous to handle on a shearing board. So on Friday we gathered the whole flock off the intake land and packed them',
        'into the old bank barn and the two pole sheds, with hurdles across every doorway.',
      ),
      j(
        'They were also kept off grass for about twelve hours. A sheep with an empty stomach is more comfortable being turned on',
        'her back, and the shearers appreciate a board that is not covered in muck. The Herdwicks complained loudly all night;',
        'the Swaledales sulked in silence, which is more or less their character.',
      ),
    ],
  },
  {
    h: 'The shearing',
    ps: [
      j(
        'Dai and his nephew Callum arrived at seven with their trailer, their own board and a generator. Between them they',
        'sheared all ninety-one in a little under five hours, stopping only for bacon rolls and a long argument about rugby.',
        'A good shearer takes the fleece off in one piece, in a set pattern of long blows, so that it comes away like a blanket.',
      ),
      j(
        'My job was the wrapping table. Each fleece was thrown skin side down, the edges were picked over, and then it was',
        'rolled and tied with its own neck wool. Our neighbour Bethan kept the tally and wrote the ewe’s tag number on every',
        'sack, which is the only reason the notes below exist.',
      ),
    ],
  },
  {
    h: 'Skirting and sorting',
    ps: [
      j(
        'Skirting means taking off the dirty and short edges: the belly wool, the britch (the coarse wool at the back of the',
        'legs) and anything full of hay or dags. For the wool board these go in a separate sack. For our spinners, we skirt',
        'much harder, because a hand spinner pays for every gram and should not be paying for muck.',
      ),
      'I sorted each fleece into one of four piles:',
    ],
    list: [
      'Spinning grade: sound, clean, good colour, sold to hand spinners by the fleece',
      'Blending grade: sound but with some vegetable matter or a weak tip, sent to the mill for our own yarn',
      'Wool board: the Swaledale fleeces and anything coarse, sold through the national marketing scheme',
      'Compost: belly wool, dags and the skirtings, which go round the rhubarb',
    ],
  },
  {
    h: 'What the fleeces told us',
    ps: [
      j(
        'A fleece is a record of the year. Wool grows all the time, so any period of stress, illness or poor feeding shows as',
        'a thin place in the staple, a “break”. If you hold a lock by both ends and pull, a healthy staple twangs, while a',
        'tender one snaps at the weak point.',
      ),
      j(
        'Of the forty-four Herdwick and Herdwick-cross ewes, thirty-one had a clear break about two-thirds of the way down the',
        'staple. Counting back from the tip, that puts the stress in late February, which is exactly when we had the ten days',
        'of snow and the hay ran short. The ewes that lambed early had the worst breaks; the shearlings, which were not in',
        'lamb, had almost none.',
      ),
      j(
        'It is one thing to know the winter was hard. It is another to see it in the wool of nearly every ewe that was',
        'carrying twins. The lesson is simple and a little embarrassing: we need to buy more hay in the autumn, and we need to',
        'start feeding the twin-bearing ewes earlier, whatever the weather is doing.',
      ),
    ],
    quote: j(
      'The fleece doesn’t lie. It tells you what you did in February, whether you want to hear it or not. –',
      'Dai, leaning on the trailer at lunchtime',
    ),
  },
  {
    h: 'What happens next',
    ps: [
      j(
        'Twenty-six fleeces made spinning grade, which is fewer than last year. They will go on the shop on the first of July,',
        'with a note on each one saying whether it has a break and where. A spinner can work round a tender tip if they know',
        'it is there, and several of you have told me you would rather have the honest note than a discount.',
      ),
      j(
        'The blending fleeces went to the mill in Kendal on Tuesday, and we should have the new season’s yarn back in',
        'September. The Swaledale wool is sheeted up in the barn waiting for the wool board lorry.',
      ),
      j(
        'And the sheep? They went back up onto the intake on Sunday morning looking about half their size, very pleased',
        'with themselves, and promptly lay down in the only patch of mud on the hill.',
      ),
    ],
  },
];
const gRead = [
  { t: 'Why we stopped dipping', d: 'Apr 28, 2026', m: '5 min read' },
  { t: 'A year of natural dyes from the farm hedges', d: 'Mar 9, 2026', m: '8 min read' },
  { t: 'Lambing notes, week three', d: 'Apr 14, 2026', m: '3 min read' },
];
const gNav = ['Home', 'Farm diary', 'Fleece shop', 'About'];
const gSecHtml = gSec
  .map(
    (s) => `<h2 id="${s.h.toLowerCase().replace(/[^a-z]+/g, '-')}">${s.h}</h2>
${ps(s.ps)}${s.list ? `\n<ul>${s.list.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}${s.quote ? `\n<blockquote>${s.quote}</blockquote>` : ''}`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://tarnhowefibre.com/assets/built/screen.css?v=3f5c1d2a7b">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://tarnhowefibre.com/shearing-day/">
<meta property="og:site_name" content="Tarn Howe Fibre"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-06-21T17:42:00.000Z"><meta property="article:tag" content="Farm diary">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tarn Howe Fibre"},
"author":{"@type":"Person","name":"Ffion Alder"},"headline":"${gTitle}","datePublished":"2026-06-21T17:42:00.000Z"}</script>
<meta name="generator" content="Ghost 5.87"><link rel="alternate" type="application/rss+xml" title="Tarn Howe Fibre" href="https://tarnhowefibre.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.40/umd/portal.min.js" data-i18n="true" data-ghost="https://tarnhowefibre.com/"
 crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;flex-direction:column;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-sodo-search="https://tarnhowefibre.com/"></script></head>
<body class="post-template tag-farm-diary is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://tarnhowefibre.com">Tarn Howe Fibre</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="https://tarnhowefibre.com/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}
</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-farm-diary image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/farm-diary/">Farm diary</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ffion/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/01/ffion.jpg"
 alt="Ffion Alder"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ffion/">Ffion Alder</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-06-21">Jun 21, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/06/shearing-board.jpg 300w"
 src="/content/images/size/w2000/2026/06/shearing-board.jpg"
 alt="A shearer holding a ewe on the board"><figcaption><span style="white-space: pre-wrap;">Callum on the board, fleece number forty-eight.</span></figcaption>
</figure></header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
${gSecHtml}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-title">Read more</div>
${gRead
  .map(
    (r, i) => `<article class="post-card post"><a class="post-card-image-link" href="/post-${i}/"><img class="post-card-image" src="/content/images/p${i}.jpg"
 alt="${r.t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/post-${i}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Farm diary</span></div><h2 class="post-card-title">${r.t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026">${r.d}</time><span class="post-card-meta-length">${r.m}</span></footer>
</div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://tarnhowefibre.com">Tarn Howe Fibre</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-contact"><a
 href="/contact/">Contact</a></li>
</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar">
<div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="https://tarnhowefibre.com/assets/built/casper.js?v=3f5c1d2a7b"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout669-ghost-shearing-diary',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSec.map((s) => s.h),
  body: texts([gDek, ...gIntro, ...gSec.flatMap((s) => [...s.ps, ...(s.list ?? []), ...(s.quote ? [s.quote] : [])])]),
  bylines: ['Ffion Alder', 'Jun 21, 2026', ...gRead.map((r) => r.d)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tarn Howe Fibre', ...gNav.filter((t) => t !== 'About'), 'Sign in', 'Farm diary', 'Subscribe', '7 min read',
    'Callum on the board, fleece number forty-eight.',
    'Sign up for more like this.', 'Enter your email', 'Read more', ...gRead.flatMap((r) => [r.t, r.m]), 'Tarn Howe Fibre © 2026', 'Sign up', 'Contact',
    'Powered by Ghost',
  ],
};

export const HELDOUT669_C2: readonly TestPage[] = [ghost];
