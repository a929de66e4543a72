import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout348-kit.js';

/**
 * Held-out batch 348, file b2: a plant-care app's blog on Ghost (Casper theme): site header with navigation and the Portal
 * "Sign in / Subscribe" buttons, article header with tag, excerpt, byline with avatar, date and reading time, feature image with
 * caption, the gh-content body with a bookmark card ("Read more") and a callout card, the members call-to-action, the
 * "Read more" post feed, the footer and the Portal trigger.
 */
const gTitle = 'Why your watering reminders are wrong in winter';
const gExcerpt = 'Fixed schedules drown more houseplants in December than neglect ever does. Here is how to read the plant instead.';
const g1 = paras(`
Every autumn our support inbox fills with the same question: the app says it is time to water, but the soil is still damp, so what
should I do? The honest answer is that a reminder is only a guess, and in winter the guess gets much worse.

Most indoor plants slow down sharply between November and February. Light levels near a north-facing window can fall to a tenth
of their summer value, and a plant that is barely photosynthesising uses very little water. The compost stays wet for days longer,
and roots sitting in cold, wet compost begin to rot.
`);
const g2 = paras(`
Our reminders start from the species, the pot size and the season, but they cannot see the room. Two identical peace lilies, one
above a radiator and one on a cool landing, can need water eleven days apart. That is why, from version 4.2, Fernlog asks you to
confirm a check rather than tick off a watering.
`);
const g3 = paras(`
Before you water anything this winter, run through three quick checks:
`);
const gChecks = [
  'Push a finger into the compost up to the second knuckle. If it feels cool and damp, wait.',
  'Lift the pot. A dry pot is noticeably lighter; after a week or two you will know the difference by feel.',
  'Look at the leaves. Soft, yellowing lower leaves in winter more often mean too much water than too little.',
];
const g4 = paras(`
If all three say dry, water thoroughly with water at room temperature, let it drain, and empty the saucer after twenty minutes.
Then tap "Watered" in the app, and it will push the next reminder back by the number of days the plant actually took.
`);
const gQuote = 'The best watering schedule is the one your plant writes for you.';
const g5 = paras(`
Succulents and cacti are the exception to almost everything above: most want no water at all from December until the days
lengthen, and the app now pauses their reminders automatically unless you turn that off in plant settings.

Tropical plants in warm, bright bathrooms may keep growing all winter, and for those the old schedule still holds. If in doubt,
check first; a plant forgives a late drink far more readily than a soggy root ball.
`);
const gNav = ['Home', 'Plant guides', 'Product updates', 'Get the app'];
const gMore = ['Repotting without the stress: a spring checklist', 'Fernlog 4.2: light meter and smarter reminders', 'Five plants for a dark hallway'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://blog.fernlog.example/assets/built/screen.css?v=3b1a7f0c21">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://blog.fernlog.example/winter-watering-reminders/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Fernlog Journal"><meta property="og:type" content="article">
<meta property="og:title" content="${gTitle}"><meta property="article:published_time" content="2026-11-18T08:30:00.000Z">
<meta property="article:tag" content="Plant guides"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Maren Quist">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fernlog Journal"},
"author":{"@type":"Person","name":"Maren Quist"},"headline":"${gTitle}","datePublished":"2026-11-18T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://blog.fernlog.example/" data-key="8c1e2b" data-api="https://blog.fernlog.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-plant-guides is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://blog.fernlog.example">
Fernlog Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, '')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-plant-guides">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/plant-guides/">Plant
guides</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/maren/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/maren.jpg" alt="Maren Quist"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/maren/">Maren Quist</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-11-18">Nov 18, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/11/pothos.jpg 300w" src="/content/images/size/w2000/2026/11/pothos.jpg"
alt="A pothos on a windowsill with condensation on the glass"><figcaption><span style="white-space: pre-wrap;">Cold glass, short days: a pothos in
December needs a fraction of its summer water.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(g1)}
<h2 id="what-the-app-can-and-cannot-know">What the app can and cannot know</h2>
${ps(g2)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://blog.fernlog.example/fernlog-4-2/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Read more: Fernlog 4.2 brings a light meter to your phone</div><div class="kg-bookmark-description">Point your camera at a
windowsill and see how much light your plant really gets.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Fernlog Journal</span>
</div></div></a></figure>
<h2 id="check-before-you-water">Check before you water</h2>
${ps(g3)}
<ol>${lis(gChecks)}</ol>
${ps(g4)}
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
<h2 id="the-exceptions">The exceptions</h2>
${ps(g5)}
<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌱</div><div class="kg-callout-text">Fernlog Plus members can set
a separate winter profile for each room. Try it free for 14 days.</div></div>
</section>
<section class="article-comments gh-canvas"></section>
<aside class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></aside>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">
${gMore
  .map(
    (m, i) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/"><img class="post-card-image" src="/i${i}.jpg" alt="${m}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><div class="post-card-tags">
</div><h2 class="post-card-title">${m}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date">Oct ${2 + i * 9}, 2026</time>
</footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.fernlog.example">Fernlog Journal</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Terms', 'Contact'], '')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"></div>
<script src="https://blog.fernlog.example/assets/built/casper.js?v=3b1a7f0c21"></script></body></html>`;
export const ghostPost: TestPage = {
  name: 'heldout348-ghost-casper-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: ['What the app can and cannot know', 'Check before you water', 'The exceptions'],
  body: [gExcerpt, ...texts(g1), ...texts(g2), ...texts(g3), ...gChecks, ...texts(g4), gQuote, ...texts(g5)],
  bylines: ['Maren Quist', 'Nov 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernlog Journal', ...gNav, 'Sign in', 'Subscribe', 'Plant guides', '4 min read',
    'Cold glass, short days: a pothos in December needs a fraction of its summer water.', 'Read more: Fernlog 4.2 brings a light meter to your phone',
    'Point your camera at a windowsill and see how much light your plant really gets.',
    'Fernlog Plus members can set a separate winter profile for each room. Try it free for 14 days.', 'Sign up for more like this.', 'Enter your email',
    ...gMore, 'Oct 2, 2026', 'Oct 11, 2026', 'Oct 20, 2026', 'Fernlog Journal © 2026', 'Privacy', 'Terms', 'Contact', 'Powered by Ghost',
  ],
};
