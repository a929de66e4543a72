import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file d2: a logistics startup's blog post on Ghost with the Casper theme (gh-head navigation with the
 * portal buttons, article tag, title, custom excerpt, byline with author avatar, date and reading time, feature image with
 * caption, kg cards: callout, bookmark and image, the footer CTA, "Read more" post cards and the "Powered by Ghost" footer).
 */
const hTitle = 'Why we stopped promising "real-time" ETAs';
const hExcerpt = 'Our customers wanted certainty. What they needed was honesty about uncertainty.';
const hP1 = [
  j(
    'When we launched Loadstar two years ago, our landing page promised real-time arrival times for every truck on the platform.',
    'It was the feature every shipper asked about in demos, and it was the one that generated most of our support tickets.',
  ),
  j(
    'The problem was never the GPS. We knew where the trucks were to within a few metres. The problem was everything that',
    'happens between a truck\u2019s position and the moment the goods are on the dock: queues at the gate, a driver taking a',
    'legal rest, a warehouse that only unloads two vehicles at a time.',
  ),
];
const hH = ['A single number hides the risk', 'What we show instead', 'What happened next'];
const hP2 = [
  j(
    'A single ETA of 14:20 reads as a promise. When the truck arrives at 15:05, the customer feels let down, even though',
    'forty-five minutes is well within the normal spread for a 400-kilometre run. We were creating disappointment by being',
    'precise about something that is not precise.',
  ),
];
const hP3 = [
  'Since January every shipment page shows an arrival window instead of a time. The window is built from three inputs:',
  'the truck\u2019s live position and the remaining route;',
  'historical dwell times at the destination site, by hour and weekday;',
  'the driver\u2019s remaining driving time under the hours-of-service rules.',
  j(
    'We also show how confident the window is. A green window means nine out of ten similar trips arrived inside it. An amber',
    'window means the data is thin, usually because we have not delivered to that site before.',
  ),
];
const hP4 = [
  j(
    'Support tickets about late trucks fell by 41 per cent in the first two months. More surprisingly, warehouse customers',
    'started to use the windows to plan labour, calling in an extra unloading crew when three amber windows overlapped.',
  ),
  j('We still get asked for "the exact time". Our answer now is that we will tell them the moment we know it, and not a', 'minute before.'),
];
const hCallout = 'Loadstar customers can switch arrival windows on for their whole account under Settings, then Notifications.';
const hCaption = 'The new shipment page, with the arrival window and its confidence band.';
const hMore = [
  ['Product', 'Pallet exchange without the paperwork', 'Feb 3, 2026', '5 min read'],
  ['Company', 'We raised our seed round. Here is what it is for', 'Jan 14, 2026', '3 min read'],
  ['Engineering', 'Geofences that understand loading bays', 'Dec 9, 2025', '7 min read'],
] as const;
const hNav = ['Home', 'Product updates', 'Engineering', 'Company', 'Careers'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${hTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8d1c2e33a4"><meta name="description" content="${hExcerpt}">
<link rel="canonical" href="https://blog.loadstar.example/real-time-etas/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Loadstar Blog"><meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<meta property="article:published_time" content="2026-02-24T09:00:00.000Z"><meta property="article:tag" content="Product">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Loadstar Blog"},
"author":{"@type":"Person","name":"Noor Halvard"},"headline":"${hTitle}","datePublished":"2026-02-24T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://blog.loadstar.example/" data-key="3f1c9a" data-api="https://blog.loadstar.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:20px}</style></head>
<body class="post-template tag-product is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Loadstar
Blog</a></div><nav class="gh-head-menu"><ul class="nav">${hNav
  .map((n) => `<li class="nav-${n.toLowerCase().replace(/ /g, '-')}"><a href="/${n.toLowerCase()}/">${n}</a></li>`)
  .join('\n')}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-product">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/product/">Product</a>
</span></div><h1 class="article-title">${hTitle}</h1><p class="article-excerpt">${hExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/noor/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/04/noor.jpg" alt="Noor Halvard"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/noor/">Noor Halvard</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-24">Feb 24, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min
read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/02/eta-window.png 600w" src="/content/images/size/w2000/2026/02/eta-window.png"
alt="${hTitle}"><figcaption><span style="white-space: pre-wrap;">${hCaption}</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(hP1)}
<h2 id="a-single-number-hides-the-risk">${hH[0]}</h2>
${ps(hP2)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://blog.loadstar.example/dwell-times/"><div
class="kg-bookmark-content"><div class="kg-bookmark-title">What 1.2 million deliveries taught us about dwell time</div><div
class="kg-bookmark-description">The data behind our arrival windows, site by site.</div><div class="kg-bookmark-metadata"><span
class="kg-bookmark-author">Loadstar Blog</span></div></div></a></figure>
<h2 id="what-we-show-instead">${hH[1]}</h2>
<p>${hP3[0]}</p>
<ul>${hP3
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<p>${hP3[4]}</p>
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${hCallout}</div></div>
<h2 id="what-happened-next">${hH[2]}</h2>
${ps(hP4)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${hMore
  .map(
    (m) => `<article class="post-card post"><a class="post-card-image-link" href="/p/"><img class="post-card-image" src="/content/images/p.png" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">${m[0]}</span></div><h2 class="post-card-title">${m[1]}</h2></header></a><footer class="post-card-meta"><time
class="post-card-meta-date">${m[2]}</time><span class="post-card-meta-length">${m[3]}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Loadstar Blog</a> © 2026</section><nav
class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-loadstar-com"><a
href="https://loadstar.example/">loadstar.example</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/casper.js?v=8d1c2e33a4"></script></body></html>`;
export const ghostPost: TestPage = {
  name: 'heldout438-ghost-casper-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hP1, ...hP2, ...hP3, ...hP4]),
  bylines: ['Noor Halvard', 'Feb 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Loadstar Blog', ...hNav, 'Sign in', 'Subscribe', 'Product', hExcerpt, '6 min read', hCaption, 'What 1.2 million deliveries taught us about dwell time',
    'The data behind our arrival windows, site by site.', hCallout, 'Sign up for more like this.', 'Enter your email', ...hMore.flat(), 'Sign up',
    'loadstar.example', 'Powered by Ghost',
  ],
};
