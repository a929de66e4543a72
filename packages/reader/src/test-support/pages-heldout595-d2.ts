import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout595-kit.js';

/** Held-out batch 595, file d2: a canal news story on Ghost (Casper theme) with portal buttons and read-more cards. */
const nTitle = 'Embankment breach shuts Tarrow Ring until May';
const nDek = 'Hire firms rebook dozens of spring holidays after a 40-metre section of the Stanmere embankment slipped into the valley.';
const nBody = [
  j(
    'A section of embankment on the Tarrow Canal near Stanmere gave way early on Monday, draining a two-mile pound and leaving',
    'eleven boats resting on the bed of the canal. Nobody was hurt.',
  ),
  j(
    'The Tarrow Waterways Trust said the breach, about 40 metres long, followed three weeks of heavy rain. Engineers will need',
    'to rebuild the embankment on new foundations, and the canal between Stanmere Top Lock and Oxley Wharf is expected to stay',
    'closed until the middle of May.',
  ),
  j(
    '“We know how much this matters to boaters and to the businesses along the canal,” said Priya Lanning, the trust’s area',
    'manager. “Our priority is to rebuild it properly, so that it lasts another two hundred years.”',
  ),
  'What it means for hire crews',
  j(
    'The closure cuts the Tarrow Ring, the most popular week-long route from the hire bases at Fenley Junction and Bramwell.',
    'Fenley Cruisers said it had contacted 38 crews booked for March and April and offered them out-and-back routes or a free',
    'change of dates.',
  ),
  j(
    'Crews can still reach Corley and the river from Fenley Junction, and the Aqueduct from Bramwell. The stranded boats are being',
    'moved to the next pound by crane this week.',
  ),
];
const nNav = ['Home', 'News', 'Routes', 'Stoppages', 'About'];
const nMore: readonly (readonly [string, string, string])[] = [
  ['Corley side ponds to be restored with lottery grant', 'Feb 11, 2026', '2 min read'],
  ['Record year for hire boats on the Ell', 'Feb 2, 2026', '4 min read'],
];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${nTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=6f2a1c7e30">
<meta name="description" content="${nDek}"><link rel="canonical" href="https://cutandlock.example/embankment-breach-tarrow-ring/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Cut &amp; Lock"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-18T08:02:11.000Z"><meta property="article:tag" content="News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Cut &amp; Lock"},
"author":{"@type":"Person","name":"Ruth Calloway"},"headline":"${nTitle}","datePublished":"2026-02-18T08:02:11.000Z"}</script>
<meta name="generator" content="Ghost 5.79">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://cutandlock.example/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="a41c"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://cutandlock.example/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-news has-sans-title has-sans-body"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://cutandlock.example">Cut &amp; Lock</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${nNav
  .map(
    (n) => `<li class="nav-${n.toLowerCase()}">
<a href="https://cutandlock.example/${n === 'Home' ? '' : `${n.toLowerCase()}/`}">${n}</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${nTitle}</h1><p class="article-excerpt">${nDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar author-profile-image">
<img class="author-profile-image" src="/content/images/size/w100/ruth.jpg" alt="Ruth Calloway"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Calloway</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-18">Feb 18, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w300/stanmere-breach.jpg 300w" src="/content/images/size/w2000/stanmere-breach.jpg" alt="The drained pound at Stanmere">
<figcaption><span style="white-space: pre-wrap;">Boats left on the bed of the canal below the breach. Photo: Tarrow Waterways Trust</span></figcaption>
</figure></header>
<section class="gh-content gh-canvas">
${ps(nBody.slice(0, 2))}
<blockquote>${nBody[2]}</blockquote>
<h2 id="what-it-means-for-hire-crews">${nBody[3]}</h2>
${ps(nBody.slice(4))}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">⚠️</div>
<div class="kg-callout-text">Check the Trust’s stoppage list before you set off: it is updated every morning at 8 am.</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${nMore
  .map(
    ([t, d, r]) => `<article class="post-card post tag-news no-image"><div class="post-card-content">
<a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">News</span></div><h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-02-11">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://cutandlock.example">Cut &amp; Lock</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-contact">
<a href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=6f2a1c7e30"></script></body></html>`;
const news: TestPage = {
  name: 'heldout595-ghost-breach-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nBody[3] ?? ''],
  body: [nDek, ...nBody.filter((_, i) => i !== 3), 'Check the Trust’s stoppage list before you set off: it is updated every morning at 8 am.'],
  bylines: ['Ruth Calloway', 'Feb 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cut & Lock', ...nNav.filter((n) => n !== 'Routes'), 'Sign in', 'Subscribe', '• 3 min read',
    'Boats left on the bed of the canal below the breach. Photo: Tarrow Waterways Trust',
    'Sign up for more like this.', 'Enter your email', ...nMore.flat(), 'Cut & Lock © 2026', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT595_D2: readonly TestPage[] = [news];
