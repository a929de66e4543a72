import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout684-kit.js';

/** Held-out batch 684, file d2: a storage and moving newsletter's article on Ghost (Casper) with a callout card and a bookmark card. */
const gTitle = 'Do You Really Need Climate-Controlled Storage?';
const gExcerpt = 'Storage firms charge up to a third more for it. For most of what people store, it makes no difference at all.';
const gCallout = j(
  'Short answer: only for wooden furniture you care about, musical instruments, paper archives, photographs, wine and anything',
  'with a battery or a circuit board that will sit for more than a winter.',
);
const gIntro = [
  j(
    'Walk round any storage centre and you will be offered two kinds of unit: the ordinary one, and the climate-controlled one for',
    'twenty to thirty per cent more. The sales pitch is about damp and mould. The truth is that most modern storage buildings are',
    'already dry, and the difference between the two is smaller than the price suggests.',
  ),
];
const gH1 = 'What "climate-controlled" actually means';
const gMeans = [
  j(
    'There is no industry standard. At some sites it means the building is heated so the temperature never drops below about 5°C.',
    'At others it means full air handling that holds the temperature between 10 and 25°C and the relative humidity under 60 per',
    'cent all year.',
  ),
  'Ask the site which one they mean, and ask to see the readings. A good operator logs them and will show you without a fuss.',
];
const gH2 = 'What is fine in a standard unit';
const gFine = [
  'Clothes and bedding, in plastic boxes rather than cardboard',
  'Most upholstered furniture, wrapped in breathable covers, not plastic',
  'Kitchenware, tools, garden furniture and bikes',
  'Books for a few months, kept off the floor on a pallet',
];
const gH3 = 'When it is worth paying more';
const gWorth = [
  j(
    'Solid wood moves as the humidity rises and falls. A dining table or a piano that spends a winter in a cold unit can crack or',
    'split along the grain, and the damage often shows only months later, after it has been moved back into a warm house.',
  ),
  j(
    'The same goes for anything you could not replace: family photographs, letters, artworks and vinyl records. If a whole unit',
    'of climate control is more than you need, some sites rent small climate-controlled lockers for exactly these things.',
  ),
  j(
    'Whatever you choose, never store anything in a unit that is damp when you first open it, and check the insurance: many',
    'policies exclude damage caused by gradual damp, whichever kind of unit it happens in.',
  ),
];
const gNav = ['Home', 'Moving', 'Storage', 'Newsletter archive', 'About'];
const gMore = [
  ['Pallets, Shelves and Pathways: Packing a Storage Unit Properly', 'Mar 3, 2026', '4 min read'],
  ['The Hidden Fees in Self-Storage Contracts', 'Feb 17, 2026', '6 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://boxedin.news/assets/built/screen.css?v=d2f8a1c4b5">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://boxedin.news/climate-controlled-storage/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Boxed In"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-04-07T06:00:00.000Z"><meta property="article:tag" content="Storage tips">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Boxed In"},
"author":{"@type":"Person","name":"Tomasz Rebane"},"headline":"${gTitle}","datePublished":"2026-04-07T06:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Boxed In" href="https://boxedin.news/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://boxedin.news/" data-key="7b2f1c9d3e"
data-api="https://boxedin.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<link rel="stylesheet" type="text/css" href="https://boxedin.news/public/cards.min.css?v=d2f8a1c4b5"></head>
<body class="post-template tag-storage-tips is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://boxedin.news">Boxed In</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}">
<a href="https://boxedin.news/${t === 'Home' ? '' : `${t.toLowerCase().replace(/ /g, '-')}/`}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-storage-tips featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/storage-tips/">Storage tips</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none" xmlns="http://www.w3.org/2000/svg"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tomasz/" class="author-avatar" aria-label="Read more of Tomasz Rebane">
<img class="author-profile-image" src="/content/images/size/w100/2025/09/tomasz.jpg" alt="Tomasz Rebane"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tomasz/">Tomasz Rebane</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-04-07">Apr 7, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w600/2026/04/units-corridor.jpg 600w, /content/images/size/w1200/2026/04/units-corridor.jpg 1200w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/04/units-corridor.jpg" alt="A corridor of storage units">
<figcaption><span style="white-space: pre-wrap;">A heated corridor at a storage site in Northfold. Photo: Boxed In</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
${ps(gIntro)}
<h2 id="what-climate-controlled-actually-means">${gH1}</h2>
${ps(gMeans)}
<h2 id="what-is-fine-in-a-standard-unit">${gH2}</h2>
<ul>${lis(gFine)}</ul>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://boxedin.news/self-storage-insurance/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Is Your Stuff Actually Insured in Storage?</div>
<div class="kg-bookmark-description">Most people assume their home policy covers it. Most of the time it does not.</div>
<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/icon/boxed-in.png" alt=""><span class="kg-bookmark-author">Boxed In</span>
<span class="kg-bookmark-publisher">Tomasz Rebane</span></div></div><div class="kg-bookmark-thumbnail"><img src="/content/images/2025/11/insurance.jpg" alt="">
</div></a></figure>
<h2 id="when-it-is-worth-paying-more">${gH3}</h2>
${ps(gWorth)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([t, d, l]) => `<article class="post-card post tag-storage-tips keep-ratio"><a class="post-card-image-link" href="/">
<img class="post-card-image" src="/content/images/size/w600/2026/03/card.jpg" alt="" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-03-03">${d}</time><span class="post-card-meta-length">${l}</span></footer>
</div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://boxedin.news">Boxed In</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
</div>
<script src="https://boxedin.news/assets/built/casper.js?v=d2f8a1c4b5"></script>
<script>document.documentElement.classList.add('js');</script>
</body></html>`;
const ghost: TestPage = {
  name: 'heldout684-ghost-climate-storage',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([gExcerpt, gCallout, ...gIntro, ...gMeans, ...gFine, ...gWorth]),
  bylines: ['Tomasz Rebane', 'Apr 7, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Boxed In', ...gNav.filter((t) => t !== 'Storage' && t !== 'About'), 'Sign in', 'Subscribe', 'Storage tips', 'Featured', '5 min read',
    'A heated corridor at a storage site in Northfold. Photo: Boxed In', 'Is Your Stuff Actually Insured in Storage?',
    'Most people assume their home policy covers it. Most of the time it does not.', 'Sign up for more like this.', 'Enter your email',
    ...gMore.flat(), '© 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT684_D2: readonly TestPage[] = [ghost];
