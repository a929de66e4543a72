import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout612-kit.js';

/**
 * Held-out batch 612, file e: a plasterer's blog post on Ghost (Casper theme with Koenig image and callout cards, members
 * Portal buttons, read-more cards and footer CTA); the HubSpot page of the pair is in file e2.
 */
const gTitle = 'Why Is My New Plaster Cracking?';
const gDek = 'Fine cracks in a new skim are common and usually harmless. Here is how to tell the harmless ones from the ones that need a plasterer back.';
const gHeads = ['Shrinkage cracks', 'Cracks along board joints', 'Cracks at corners and around doors', 'When to call us back'];
const gIntro = j(
  'Every week or two I get a message with a photo of a hairline crack and the words "is this normal?". Most of the time the',
  'answer is yes. Plaster is a wet material drying out on a building that moves a little every day, and it takes a few weeks',
  'for both to settle down. Where and how a crack appears tells you a lot about why it is there.',
);
const gShrink = [
  j(
    'Short, random, spidery cracks that appear in the first few days are usually shrinkage. They happen when the plaster dries',
    'too quickly: heating turned up high, a fan heater pointed at the wall, or a hot sunny window on a fresh ceiling.',
  ),
  'Shrinkage cracks are only in the surface. Once the wall is dry, a mist coat and a light fill with a fine surface filler will hide them for good.',
];
const gBoard = j(
  'Straight cracks that follow a line across a ceiling, often 1.2 metres apart, are board joints. If the joints were not taped',
  'with scrim before skimming, or the boards were not screwed tightly to the joists, the movement of the ceiling shows up as a',
  'crack along the edge of each board. On a new ceiling I always tape every joint, but on an old ceiling the boards may have',
  'been nailed decades ago and can move whatever the skim is like.',
);
const gCorner = [
  j(
    'Diagonal cracks from the corners of doors and windows, and cracks where a wall meets the ceiling, are where the building',
    'moves most. Doors slamming, timber lintels drying out and floors flexing as you walk on them all concentrate stress here.',
  ),
  j(
    'Corner cracks between a wall and a ceiling can usually be cured with a flexible decorators caulk rather than filler,',
    'because caulk stretches when the joint moves.',
  ),
];
const gCallout = 'Rule of thumb: if you can fit the edge of a bank card into a crack, or it keeps getting wider, it is not a plaster problem.';
const gBack = [
  'Let us know if you see any of these in the first three months and we will come back and look at it free of charge:',
  'cracks wider than 2 mm, or that open and close with the seasons',
  'plaster that sounds hollow or has started to bulge',
  'cracks that come back straight away after filling',
  j(
    'Wider or growing cracks can point to movement in the structure, such as a failed lintel or settlement, and are worth a',
    'look from a surveyor before anyone fills them.',
  ),
];
const gNav = ['Home', 'Advice', 'Projects', 'Prices', 'About'];
const gMore = [
  ['Skimming over Artex: what to expect', '4 min read'],
  ['How long should new plaster dry before painting?', '3 min read'],
  ['Bonding, hardwall or browning? Undercoats explained', '6 min read'],
];
const gFoot = ['Privacy', 'Contact', 'RSS'];
const gHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://trowel-diaries.co.uk/assets/built/screen.css?v=2a8e6b4d1f">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://trowel-diaries.co.uk/why-is-my-new-plaster-cracking/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-11T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Trowel Diaries"},
"author":{"@type":"Person","name":"Nico Brandt"},"headline":"${gTitle}","datePublished":"2026-02-11T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96">
<link rel="alternate" type="application/rss+xml" title="The Trowel Diaries" href="https://trowel-diaries.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://trowel-diaries.co.uk/"
data-key="3c1a9f2e7b" data-api="https://trowel-diaries.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;flex-direction:column}</style>
<link href="https://trowel-diaries.co.uk/webmentions/receive/" rel="webmention"></head>
<body class="post-template tag-advice is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://trowel-diaries.co.uk">The Trowel Diaries</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24">
</svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="https://trowel-diaries.co.uk/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-advice">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/advice/">Advice</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/nico/" class="author-avatar author-profile-image">
<img class="author-profile-image" src="/content/images/size/w100/2024/01/nico.jpg" alt="Nico Brandt">
</a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nico/">Nico Brandt</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-11">11 Feb 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div><figure class="article-image">
<img srcset="/content/images/size/w300/2026/02/ceiling.jpg 300w" src="/content/images/2026/02/ceiling.jpg"
alt="${gTitle}"><figcaption><span style="white-space: pre-wrap;">A freshly skimmed ceiling in Lowther Street, two days in</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body"><p>${gIntro}</p><h2 id="shrinkage-cracks">${gHeads[0]}</h2>${ps(gShrink)}
<figure class="kg-card kg-image-card kg-card-hascaption">
<img src="/content/images/2026/02/shrinkage.jpg" class="kg-image" alt="" loading="lazy" width="1200" height="800">
<figcaption><span style="white-space: pre-wrap;">Typical shrinkage crazing on a ceiling dried with a fan heater</span></figcaption></figure>
<h2 id="cracks-along-board-joints">${gHeads[1]}</h2><p>${gBoard}</p><h2 id="cracks-at-corners-and-around-doors">${gHeads[2]}</h2>${ps(gCorner)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="when-to-call-us-back">${gHeads[3]}</h2><p>${gBack[0]}</p><ul>${lis(gBack.slice(1, 4))}</ul><p>${gBack[4]}</p></section>
<section class="article-comments gh-canvas">
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.21/umd/comments-ui.min.js" data-ghost-comments="true"
data-title="" data-count="true" data-post-id="65c8a4f1b2"></script></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([t, r]) => `<article class="post-card post">
<a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content">
<a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Advice</span>
</div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><span class="post-card-meta-length">${r}</span></footer></div>
</article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://trowel-diaries.co.uk">The Trowel Diaries</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="https://trowel-diaries.co.uk/assets/built/casper.js?v=2a8e6b4d1f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout612-ghost-casper-plaster-cracks',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [gDek, gIntro, ...gShrink, gBoard, ...gCorner, gCallout, ...gBack],
  bylines: ['Nico Brandt', '11 Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Trowel Diaries', ...gNav, 'Sign in', 'Subscribe', '5 min read', 'A freshly skimmed ceiling in Lowther Street, two days in',
    'Typical shrinkage crazing on a ceiling dried with a fan heater', ...gMore.flat(), 'The Trowel Diaries © 2026', ...gFoot, 'Powered by Ghost',
  ],
};

export const HELDOUT612_E: readonly TestPage[] = [ghost].map(finish);
