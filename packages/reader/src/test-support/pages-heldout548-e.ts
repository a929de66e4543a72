import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout548-kit.js';

/**
 * Held-out batch 548, file e: a flea market trader's blog post on Ghost (Casper theme) with a dek, feature image caption,
 * subscribe box and read-more cards (the batch's wiki page is in file e2).
 */
const gTitle = 'How I price a flea market stall (and why I stopped using stickers)';
const gDek = 'Eleven years of Sunday markets have taught me that pricing is half maths and half theatre. Here is how I do it now.';
const gSections: readonly (readonly [string, readonly string[]])[] = [
  [
    '',
    [
      j(
        'When I started selling at Wendlebury market I priced everything the night before with little round stickers, a pound here and',
        'three pounds there, and spent the first hour of every Sunday peeling them off and writing new ones. It was a mess.',
      ),
      j(
        'These days almost nothing on my stall has a price on it, and I sell more. That sounds like a trick, so here is the thinking,',
        'and what I would tell anyone doing their first season.',
      ),
    ],
  ],
  [
    'Know your floor before you leave the house',
    [
      j(
        'For every box I load into the van I know the lowest price I will take for each decent piece. I write it in a notebook, not on',
        'the item. Anything I would rather sell for fifty pence than carry home goes in the crate at the front, which is always',
        '"everything £1".',
      ),
      j(
        'The pitch at Wendlebury costs £18 and fuel is about £9, so the first £27 of the day is not profit. I keep that number in my',
        'head, because it changes how I feel about a £5 offer at 3pm.',
      ),
    ],
  ],
  [
    'Let people ask',
    [
      j(
        'A price that has to be asked for starts a conversation, and a conversation sells. I will say "that one is twelve, but make me',
        'an offer" far more often than I will say no. Regulars know the game and they enjoy it.',
      ),
      j(
        'The exception is anything small and cheap. Nobody wants to ask about a 50p egg cup, so those go in labelled trays: 50p, £1 and',
        '£2. Clear trays sell themselves while I am talking to someone else.',
      ),
    ],
  ],
  [
    'Bundles beat discounts',
    [
      j(
        'At the end of the day I would rather put three things together for a tenner than take a pound off each. People love a bundle',
        'and it shifts stock that would otherwise go back in the van.',
      ),
    ],
  ],
  [
    'What I still get wrong',
    [
      'Plenty. A few of my mistakes from last year:',
      'selling a box of old postcards for £5 that a dealer then priced at £60 on the next aisle',
      'bringing too much furniture on a windy day, when buyers only want things they can carry',
      'forgetting that the first hour is for dealers, who want trade prices, and the last hour is for bargain hunters',
      j(
        'None of this is a science. But if you know your floor, let people talk to you and bundle at the end, you will go home with',
        'lighter boxes and a heavier tin.',
      ),
    ],
  ],
];
const gList = new Set([1, 2, 3]);
const gSectionHtml = ([h, paras]: readonly [string, readonly string[]]): string => {
  const head = h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n`;
  if (h !== 'What I still get wrong') return head + ps(paras);
  return `${head}${ps(paras.slice(0, 1))}\n<ul>${lis(paras.filter((_, i) => gList.has(i)))}</ul>\n${ps(paras.slice(4))}`;
};
const gNav = ['Home', 'Market days', 'Finds', 'About'];
const gCards = [
  ['The Sunday I sold a chair three times', 'Feb 1, 2026', '4 min read'],
  ['A winter kit list for outdoor markets', 'Jan 18, 2026', '5 min read'],
  ['Dealers, early birds and the 6am rush', 'Jan 4, 2026', '3 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7c2f1e0a9b">
<link rel="canonical" href="https://sundaystall.example/how-i-price-a-flea-market-stall/"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Sunday Stall"},
"author":{"@type":"Person","name":"Rosalind Peverell"},"headline":"${gTitle}","datePublished":"2026-02-11T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://sundaystall.example/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:5px;}</style></head>
<body class="post-template tag-selling tag-how-to is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://sundaystall.example">The Sunday Stall</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg aria-hidden="true"></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-selling tag-how-to ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/selling/">Selling</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ros/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/03/ros.jpg" alt="Rosalind Peverell"></a>
</li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ros/">Rosalind Peverell</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-11">Feb 11, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span>
</div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w300/2026/02/stall.jpg 300w" src="/content/images/size/w2000/2026/02/stall.jpg"
alt="A flea market stall with trays of china"><figcaption><span style="white-space: pre-wrap;">The 50p, £1 and £2 trays, Wendlebury, January</span>
</figcaption></figure>
</header><section class="gh-content gh-canvas">
${gSections.map(gSectionHtml).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gCards
  .map(
    ([
      t,
      d,
      r,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/"><img class="post-card-image" src="/content/images/card.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://sundaystall.example">The Sunday Stall</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=7c2f1e0a9b"></script></body></html>`;
const gHeads = gSections.map(([h]) => h).filter((h) => h !== '');
const gBody = texts([gDek, ...gSections.flatMap(([, p]) => p)]);
const sundayStall: TestPage = {
  name: 'heldout548-ghost-casper-flea-pricing',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: gBody,
  bylines: outside([gTitle, ...gHeads, ...gBody], ['Rosalind Peverell', 'Feb 11, 2026', ...gCards.map(([, d]) => d ?? '')]),
  furniture: outside(
    [gTitle, ...gHeads, ...gBody],
    // biome-ignore format: the furniture texts are packed several to a line to keep the file short
    [
      'The Sunday Stall', ...gNav, 'Sign in', 'Subscribe', 'Selling', '• 6 min read', 'The 50p, £1 and £2 trays, Wendlebury, January',
      'Sign up for more like this.', 'Enter your email', ...gCards.flatMap(([t, , r]) => [t ?? '', r ?? '']), 'The Sunday Stall © 2026', 'Sign up', 'Contact',
      'Powered by Ghost',
    ],
  ),
};

export const HELDOUT548_E: readonly TestPage[] = [sundayStall];
