import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file a2: a Cloudflare blog-style Ghost post on the Casper theme (gh-head navigation with Subscribe, the
 * article tag, custom excerpt, author byline with date and reading time, feature image with caption, Koenig image and callout
 * cards, the member sign-up CTA, "Read more" cards, the site footer and a consent banner).
 */
const gTitle = 'How we cut cold-start latency for edge functions in half';
const gExcerpt = j(
  'Edge functions that have not run for a while used to take up to 40 milliseconds to wake. A new snapshot format and a smarter',
  'placement policy brought the slowest starts under 20.',
);
const g1 = [
  j(
    'When a request reaches one of our data centers and the function it needs is not already loaded, the runtime has to fetch the',
    'code, compile it and set up a fresh isolate before it can answer. For most customers this cold start is invisible. For the ones',
    'whose functions run rarely but must answer quickly, such as webhook handlers and login callbacks, it was the slowest part of',
    'every request.',
  ),
  j(
    'In the first quarter of this year the Runtime team set out to halve the slowest one percent of cold starts. We measured them',
    'across every location in our network, and found that almost all of the time went to two things.',
  ),
];
const gH1 = 'Where the time went';
const g2 = [
  j(
    'The first was compilation. Each location compiled the function from source the first time it saw it, even though the same',
    'bytes had already been compiled hundreds of times elsewhere. The second was distance: code that lived in a central store had',
    'to travel to small locations on the far side of an ocean.',
  ),
];
const gL = [
  'Compilation: about 55 percent of the time in a slow cold start.',
  'Fetching the code from central storage: about 30 percent.',
  'Creating the isolate and running top-level code: the remaining 15 percent.',
];
const gH2 = 'Compiled snapshots';
const g3 = [
  j(
    'We now compile each deployed version once, in the region where it was uploaded, and store a snapshot of the compiled code',
    'alongside the source. Locations load the snapshot directly. Because a snapshot is tied to the exact runtime build, every',
    'location keeps the source as a fallback and recompiles only when its runtime is newer than the one that made the snapshot.',
  ),
  j(
    'Snapshots are larger than the source, roughly three times on average, so this change on its own made fetching slower. That',
    'is why it had to ship together with the second change.',
  ),
];
const gCallout = j(
  'No action is needed from customers. Snapshots are built automatically for every deployment made after March 2, and older',
  'versions are converted the first time they are requested.',
);
const gH3 = 'Placing code before it is asked for';
const g4 = [
  j(
    'Every location already keeps a record of which functions it has served recently. We now share a summary of that record between',
    'neighboring locations, and a location that sees a function become popular next door fetches the snapshot before its first',
    'request arrives. The summaries are small, a few kilobytes an hour, and the prefetched snapshots are evicted like any other cached',
    'object.',
  ),
  j(
    'Together the two changes brought the slowest one percent of cold starts from 41 milliseconds to 18. The median barely moved,',
    'which is what we expected: most starts were already fast.',
  ),
  j(
    'There is more to do. Top-level code that opens connections or reads large configuration files still runs on every cold start, and',
    'we are experimenting with letting customers mark such work as safe to snapshot. If you would like to try it early, tell us in the',
    'community forum.',
  ),
];
const gCap0 = 'Illustration: Maren Quist';
const gCap1 = 'Slowest one percent of cold starts per week, before and after the rollout.';
const gNav = ['Product News', 'Speed & Reliability', 'Security', 'Developers', 'AI', 'Policy', 'Partners', 'Life at Lattice'];
const gMore = [
  'Durable queues are now generally available',
  'A faster path for TLS session resumption',
  'What we learned running a global cache for image resizing',
];
const gFoot = ['Sign up', 'Data & Privacy', 'Contact', 'Careers', 'Status'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3d4e5"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://blog.latticeedge.example/edge-functions-cold-start/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Lattice Edge Blog"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-03-04T14:00:00.000Z"><meta property="article:tag" content="Developers">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Tomasz Behrendt"><meta name="twitter:label2" content="Filed under">
<meta name="twitter:data2" content="Developers, Speed &amp; Reliability">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Lattice Edge Blog"},
"author":{"@type":"Person","name":"Tomasz Behrendt"},"headline":"${gTitle}","datePublished":"2026-03-04T14:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" title="The Lattice Edge Blog"
href="https://blog.latticeedge.example/rss/">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://blog.latticeedge.example/"
data-key="3f1e8a0c2b" data-api="https://blog.latticeedge.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-developers tag-speed-reliability is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://blog.latticeedge.example">
<img src="/content/images/2025/11/lattice-logo.svg" alt="The Lattice Edge Blog"></a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions">
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-developers tag-speed-reliability">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/developers/">Developers</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tomasz/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/08/tomasz.jpg"
alt="Tomasz Behrendt"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tomasz/">Tomasz Behrendt</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-04">Mar 4, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/03/cold-start.png 300w" src="/content/images/size/w2000/2026/03/cold-start.png"
alt="${gTitle}"><figcaption>${gCap0}</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(g1)}
<h2 id="where-the-time-went">${gH1}</h2>
${ps(g2)}
<ul>${lis(gL)}</ul>
<h2 id="compiled-snapshots">${gH2}</h2>
${ps(g3)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/03/p99-chart.png" class="kg-image" alt="" loading="lazy" width="1600"
height="900"><figcaption><span style="white-space: pre-wrap;">${gCap1}</span></figcaption></figure>
<h2 id="placing-code-before-it-is-asked-for">${gH3}</h2>
${ps(g4)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><h2 class="post-card-title">Read more</h2>
<ul class="post-card-list">${links(gMore, 'post-card')}</ul></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.latticeedge.example">The Lattice Edge Blog</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.example/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div id="consent-banner" class="cookie-consent" role="dialog"><p>We use cookies to measure how our blog is read and to improve it. You can change your
choice at any time.</p><button class="cookie-accept">Accept cookies</button><button class="cookie-reject">Reject non-essential</button></div>
<script src="/assets/built/casper.js?v=a1b2c3d4e5"></script>
<script>document.querySelectorAll('.gh-burger').forEach(function(b){
b.addEventListener('click',function(){document.body.classList.toggle('gh-head-open');});});</script>
</body></html>`;
export const ghost: TestPage = {
  name: 'heldout266-ghost-casper-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([gExcerpt, ...g1, ...g2, ...gL, ...g3, gCallout, ...g4]),
  bylines: ['Tomasz Behrendt', 'Mar 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav.filter((t) => t.length > 2), 'Subscribe', '5 min read', gCap0, gCap1, 'Sign up for more like this.', 'Enter your email', 'Read more', ...gMore,
    'The Lattice Edge Blog', ...gFoot, 'Powered by Ghost',
    'We use cookies to measure how our blog is read and to improve it. You can change your choice at any time.', 'Accept cookies', 'Reject non-essential',
  ],
};
