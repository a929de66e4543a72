import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout584-kit.js';

/**
 * Held-out batch 584, file c2: a stone carver's slate plaque process post on Ghost (Casper theme, with read-more cards).
 */
const gTitle = 'Cutting a slate house-name plaque by hand, start to finish';
const gExcerpt = 'Five working days, one piece of Cumbrian slate and about four hundred chisel strokes a letter.';
const gH = ['The stone', 'Drawing out', 'Cutting', 'Finishing and fixing'];
const gStone = [
  j(
    'This commission came from a couple who had restored an old mill cottage and wanted its name back above the door. The plaque',
    'is 600 by 200 millimetres, 25 millimetres thick, in a blue-grey slate from a small quarry that still splits by hand.',
  ),
  j(
    'I choose each piece at the quarry. Slate can hide faults that only show when the chisel goes in, so I look along the edge',
    'for any fine lines and ring it with a knuckle. A sound piece rings; a flawed one thuds.',
  ),
];
const gDraw = [
  j(
    'The name, HOLLOW MILL, is eleven letters including the space. I drew a Roman capital at 60 millimetres, spaced by eye rather',
    'than by measurement, because letters like O and L need very different room around them to look evenly set.',
  ),
  j(
    'The drawing is done on tracing paper, then transferred to the slate with a sheet of white carbon. I go over the transfer with a',
    'white pencil, correcting curves as I go. This is the last point at which the client sees the work before cutting, and I send',
    'a photograph for approval.',
  ),
];
const gCut = [
  j(
    'Each letter is cut as a V in section. I start with a stop cut down the centre line, then work in from each edge with a',
    'quarter-inch chisel and a small dummy mallet, keeping the angle of the walls the same so that light falls evenly into',
    'every stroke.',
  ),
  j(
    'Slate is kind to a sharp chisel and cruel to a blunt one. I stop to hone the edge every twenty minutes or so. Curves are cut',
    'in short overlapping strokes, turning the chisel as the line turns; serifs are finished last, with the corner of the blade.',
  ),
  'The order I follow on every plaque:',
];
const gSteps = [
  'Stop cut down the centre of every stem.',
  'Rough out the straight letters first, then the rounds.',
  'Clean up the walls of each letter with a fresh edge.',
  'Cut the serifs and check the whole line from across the room.',
];
const gFinish = [
  j(
    'Slate needs no paint: the fresh cut shows pale grey against the darker face, and the letters will read clearly for a very long',
    'time. I oil the face lightly with a little linseed to deepen the colour, and wipe off the excess after an hour.',
  ),
  j(
    'The plaque is fixed with four stainless steel pins set into the wall with resin, so nothing shows on the face. From first',
    'sketch to fixing, the job took five working days, two of them spent on the drawing.',
  ),
];
const gCaption = 'The finished plaque, oiled and ready to fix. Photo: Tomos Gwyn';
const gNav = ['Home', 'Work', 'Journal', 'Commissions', 'About'];
const gMore: [string, string, string, string][] = [
  ['Why I sharpen by hand', 'A waterstone, a strop and ten minutes before each day of cutting.', 'Jan 9, 2025', '5 min read'],
  ['A visit to the slate quarry', 'Splitting blocks the old way, with wedges and patience.', 'Nov 22, 2024', '6 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=c8e1a0d5b2"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://rookandchisel.co.uk/slate-house-name-plaque/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Rook &amp; Chisel"><meta property="og:type" content="article"><meta property="article:published_time"
 content="2025-02-18T09:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Rook &amp; Chisel"},
"author":{"@type":"Person","name":"Tomos Gwyn"},"headline":"${gTitle}","datePublished":"2025-02-18T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.80"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
 data-ghost="https://rookandchisel.co.uk/"
 data-key="2b6b0d1c4a" data-api="https://rookandchisel.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-process has-sans-title has-serif-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://rookandchisel.co.uk">Rook &amp; Chisel</a><button class="gh-search gh-icon-btn" aria-label="Search this site"
 data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20">
</svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map((n) => `<li class="nav-${n.toLowerCase()}${n === 'Journal' ? ' nav-current' : ''}"><a href="/${n.toLowerCase()}/">${n}</a></li>`)
  .join('\n')}</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-process featured image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/process/">Process</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/tomos/" class="author-avatar" aria-label="Read more of Tomos Gwyn">
<img class="author-profile-image" src="/content/images/size/w100/2024/06/tomos.jpg" alt="Tomos Gwyn"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/tomos/">Tomos Gwyn</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
 datetime="2025-02-18">Feb 18, 2025</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2025/02/hollow-mill.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw"
 src="/content/images/size/w2000/2025/02/hollow-mill.jpg" alt="Slate plaque reading Hollow Mill"><figcaption><span
 style="white-space: pre-wrap;">${gCaption}</span></figcaption>
</figure></header><section class="gh-content gh-canvas is-body">
<h2 id="the-stone">${gH[0]}</h2>
${ps(gStone)}
<h2 id="drawing-out">${gH[1]}</h2>
${ps(gDraw)}
<h2 id="cutting">${gH[2]}</h2>
${ps(gCut)}
<ol>${lis(gSteps)}</ol>
<h2 id="finishing-and-fixing">${gH[3]}</h2>
${ps(gFinish)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
 href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([
      t,
      e,
      d,
      r,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/${d.length}/"><img class="post-card-image" src="/content/images/c.jpg"
 alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${d.length}/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2025-01-09">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
 href="https://rookandchisel.co.uk">Rook &amp; Chisel</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-privacy"><a
 href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
 class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
</div>
<script src="/assets/built/casper.js?v=c8e1a0d5b2"></script></body></html>`;
const ghost: TestPage = page({
  name: 'heldout584-ghost-slate-plaque',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gExcerpt, ...gStone, ...gDraw, ...gCut, ...gSteps, ...gFinish]),
  bylines: ['Tomos Gwyn', 'Feb 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rook & Chisel', ...gNav, 'Sign in', 'Subscribe', 'Process', 'Featured', '• 7 min read', gCaption, 'Sign up for more like this.', 'Enter your email',
    ...gMore.flat(), 'Rook & Chisel © 2025', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
});

export const HELDOUT584_C2: readonly TestPage[] = [ghost];
