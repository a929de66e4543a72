import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file b2: a Buddhist temple's teaching transcript on Ghost with the Casper theme (gh-head navigation,
 * primary tag, excerpt under the title, author byline with date and reading time, feature image with caption, the
 * gh-content body with headings, a blockquote and a bookmark card, the footer call to subscribe, the "read more" cards
 * and the site footer).
 */
const bTitle = 'Sitting with the weather of the mind';
const bExcerpt = 'A transcript of the Sunday evening Dharma talk given in the temple’s main hall during the second week of the winter retreat.';
const bP1 = [
  j(
    'Good evening, everyone. It is cold in the hall tonight, and I can hear the rain on the roof of the meditation room, so',
    'perhaps it is a good night to talk about weather.',
  ),
  j(
    'When we first sit down to meditate, many of us expect the mind to become like a clear sky. We have seen pictures of',
    'monks who look perfectly calm, and we think that calm is the goal. Then we sit, and within two minutes there is a storm:',
    'planning, worrying, replaying a conversation from the office, wondering whether we locked the car.',
  ),
];
const bH1 = 'The sky is not the clouds';
const bP2 = [
  j(
    'My own teacher, the late Venerable Kwan Ho of Seongam, used to say that the sky does not fight the clouds. It does not',
    'become less of a sky because it is raining. The clouds come and go, and the sky is still the sky.',
  ),
  j(
    'In practice, this means we do not need to push thoughts away. We notice them, we name them gently if that helps,',
    '“planning,” “remembering,” and we come back to the breath. Coming back is the practice. If you come back a hundred',
    'times in one sitting, you have practised a hundred times.',
  ),
];
const bQuote = j('Do not ask the weather to be different before you begin. Begin in the weather you have.');
const bH2 = 'Three small instructions';
const bList = [
  'Sit in a posture that is upright but not stiff, so that the body can stay awake without strain.',
  'Let the breath be natural. Do not try to make it deep or slow; only know it as it is.',
  'When the mind wanders, return without scolding. The return itself is the moment of awakening.',
];
const bH3 = 'Questions from the hall';
const bP3 = [
  j(
    'One of our retreatants asked whether it is a failure if she spends the whole sitting lost in thought. I told her what I',
    'was told at her age: the only failed sitting is the one you did not sit. Even a sitting full of thoughts teaches us',
    'how the mind moves, and that knowledge is not wasted.',
  ),
  j(
    'Another asked how to carry this into daily life. Try it at a red traffic light, or while the kettle boils. Three breaths,',
    'noticing the weather inside, without needing it to change. These small sittings add up.',
  ),
  'Let us close with five minutes of silence, and then the dedication of merit.',
];
const bNav = ['Home', 'Dharma Talks', 'Retreats', 'Visit the Temple', 'About'];
const bMore = ['Walking meditation in the temple garden', 'Why we bow: notes for newcomers', 'The first winter retreat, twenty years on'];
const bFoot = ['Sign up', 'Schedule', 'Contact', 'Donations'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${bTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9d2ab6c1f4"><meta name="description" content="${bExcerpt}">
<link rel="canonical" href="https://brightcloudtemple.example/sitting-with-the-weather-of-the-mind/">
<meta property="og:site_name" content="Bright Cloud Temple"><meta property="og:type" content="article"><meta property="og:title" content="${bTitle}">
<meta property="article:published_time" content="2026-01-18T20:05:00.000Z"><meta property="article:tag" content="Dharma Talks">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Bright Cloud Temple"},
"author":{"@type":"Person","name":"Ven. Haeun Sunim"},"headline":"${bTitle}","datePublished":"2026-01-18T20:05:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://brightcloudtemple.example/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-dharma-talks tag-winter-retreat is-head-left-logo has-cover">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://brightcloudtemple.example">Bright Cloud Temple</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(bNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-dharma-talks tag-winter-retreat ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/dharma-talks/">Dharma Talks</a>
</span></div><h1 class="article-title">${bTitle}</h1><p class="article-excerpt">${bExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/haeun/" class="author-avatar"><img class="author-profile-image" src="/content/images/2023/haeun.jpg" alt="Ven. Haeun Sunim"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/haeun/">Ven. Haeun Sunim</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-18">Jan 18, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/01/hall-rain.jpg 300w" src="/content/images/size/w2000/2026/01/hall-rain.jpg"
alt="The meditation hall at dusk"><figcaption><span style="white-space: pre-wrap;">The meditation hall during the winter retreat. Photo by Jin-seo Park</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(bP1)}
<h2 id="the-sky-is-not-the-clouds">${bH1}</h2>
${ps(bP2)}
<blockquote class="kg-blockquote-alt">${bQuote}</blockquote>
<h2 id="three-small-instructions">${bH2}</h2>
<ol>${bList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://brightcloudtemple.example/retreats/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Spring Retreat 2026: Five Days of Silence</div><div class="kg-bookmark-description">Registration opens on the first of
February. Places are limited to thirty.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Bright Cloud Temple</span></div></div></a>
</figure>
<h2 id="questions-from-the-hall">${bH3}</h2>
${ps(bP3)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Receive each Sunday talk by email.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-heading">Read more</h3>
${bMore
  .map(
    (t) => `<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/">
<header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://brightcloudtemple.example">Bright Cloud Temple</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(bFoot)}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost
</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/casper.js?v=9d2ab6c1f4"></script></body></html>`;
export const buddhist: TestPage = {
  name: 'heldout309-ghost-buddhist-temple-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2, bH3],
  body: texts([bExcerpt, ...bP1, ...bP2, bQuote, ...bList, ...bP3]),
  bylines: ['Ven. Haeun Sunim', 'Jan 18, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bright Cloud Temple', ...bNav, 'Sign in', 'Subscribe', 'The meditation hall during the winter retreat. Photo by Jin-seo Park',
    'Spring Retreat 2026: Five Days of Silence', 'Registration opens on the first of February. Places are limited to thirty.',
    'Receive each Sunday talk by email.', 'Enter your email', 'Read more', ...bMore, '© 2026', ...bFoot, 'Powered by Ghost',
  ],
};
