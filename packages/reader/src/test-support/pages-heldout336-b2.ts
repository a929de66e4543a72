import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout336-kit.js';

/**
 * Held-out batch 336, file b2: a meditation app's blog post on Ghost (Casper theme: site header with the portal "Sign in"
 * and "Subscribe" buttons, primary tag, excerpt, author byline with date and reading time, feature image with caption,
 * a Koenig callout card with a course promo, a blockquote, the member sign-up CTA, "Read more" cards and the site footer).
 */
const gTitle = 'The three-minute breathing space, and why it works';
const gExcerpt = 'A short practice you can do at your desk, on the bus or in the middle of an argument. Here is how to start.';
const gHeads = ['Three steps, one minute each', 'Why so short?', 'Making it stick'];
const gS0 = [
  j(
    'When people first download Stillwater, they often expect meditation to mean twenty quiet minutes on a cushion. Then real life',
    'arrives, the twenty minutes never appear, and the habit slips away. The three-minute breathing space was designed for',
    'exactly that gap.',
  ),
];
const gS1 = ['The practice has a simple shape, a bit like an hourglass: wide, then narrow, then wide again.'];
const gS1List = [
  'Becoming aware. Notice what is here right now: thoughts, feelings and sensations in the body, without trying to change them.',
  'Gathering. Narrow your attention to the breath, feeling each in-breath and out-breath in the belly.',
  'Expanding. Widen your attention to the whole body, including any tension or discomfort, and carry that wider awareness on.',
];
const gQuote = 'The point is not to feel calm. The point is to step out of autopilot for long enough to choose what happens next.';
const gS2 = [
  j(
    'Short practices lower the barrier to starting. In our own app data last year, people who began with three-minute sessions',
    'were more likely to still be meditating after eight weeks than those who began with longer ones.',
  ),
  j(
    'There is also a practical reason. Stress rarely waits for a convenient moment. A practice that fits between two meetings',
    'is one you can actually reach for when your shoulders climb towards your ears.',
  ),
];
const gS3 = [
  j(
    'Link it to something you already do. Many of our teachers suggest doing a breathing space each time you sit down after',
    'making a hot drink, or before you open your email in the morning.',
  ),
  j(
    'Be kind about the wandering mind. Your attention will drift, often within a few seconds. Noticing that it has wandered and',
    'bringing it back is not a failure of the practice; it is the practice.',
  ),
  j('And if three minutes feels like too much today, try a single breath with full attention. Tomorrow you can try two.'),
];
const gCallout = 'New to meditation? Try the free Foundations course in the app, seven short sessions with our teacher Amara Lindqvist.';
const gNav = ['Home', 'Practice', 'Sleep', 'Science', 'Teachers', 'Try Stillwater'];
const gRead = [
  'How to get back to sleep at 3am',
  'Body scan for beginners: a guided walk-through',
  'What eight weeks of meditation did to our team’s meetings',
];
const gFoot = ['Sign up', 'About Stillwater', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The three-minute breathing space, and why it works</title>
<link rel="stylesheet" type="text/css" href="https://journal.stillwater.example/assets/built/screen.css?v=8b1e0d4a92">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://journal.stillwater.example/three-minute-breathing-space/">
<meta property="og:site_name" content="The Stillwater Journal"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-17T08:30:00.000Z"><meta property="article:tag" content="Practice">
<meta name="generator" content="Ghost 5.110">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Stillwater Journal"},
"author":{"@type":"Person","name":"Nadia Feraud"},"headline":"The three-minute breathing space, and why it works",
"datePublished":"2026-02-17T08:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.50/umd/portal.min.js" data-ghost="https://journal.stillwater.example/" crossorigin="anonymous">
</script></head>
<body class="post-template tag-practice tag-stress is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://journal.stillwater.example">The Stillwater Journal</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-practice tag-stress image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/practice/">Practice</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/nadia/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/04/nadia.jpg" alt="Nadia Feraud">
</a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/nadia/">Nadia Feraud</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-17">Feb 17, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/02/bench.jpg 600w" src="/content/images/size/w2000/2026/02/bench.jpg" alt="">
<figcaption>A park bench in early light. Photo by Tomasz Wielgosz</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gS0)}
<h2 id="three-steps">${gHeads[0]}</h2>
${ps(gS1)}
<ol>${lis(gS1List)}</ol>
<blockquote>${gQuote}</blockquote>
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🌿</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="why-so-short">${gHeads[1]}</h2>
${ps(gS2)}
<h2 id="making-it-stick">${gHeads[2]}</h2>
${ps(gS3)}
</section>
<section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta">
<h2>Sign up for more like this.</h2><a class="gh-btn" href="#/portal/signup" data-portal="signup">Sign up</a></div></section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">A weekly breath of fresh air</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed"><h3 class="read-more-title">Read more</h3>
${gRead
  .map(
    (t) => `<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/p/">
<header class="post-card-header"><h2 class="post-card-title">${t.replace(/&/g, '&amp;')}</h2></header></a></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Stillwater Journal</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://journal.stillwater.example/assets/built/casper.js?v=8b1e0d4a92"></script></body></html>`;

export const ghostBlog: TestPage = {
  name: 'heldout336-ghost-casper-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gExcerpt, ...gS0, ...gS1, ...gS1List, gQuote, ...gS2, ...gS3]),
  bylines: ['Nadia Feraud', 'Feb 17, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Stillwater Journal', ...gNav, 'Sign in', 'Subscribe', 'A park bench in early light. Photo by Tomasz Wielgosz',
    gCallout, 'Sign up for more like this.', 'A weekly breath of fresh air', 'Enter your email', 'Read more', ...gRead, ...gFoot, 'Powered by Ghost',
  ],
};
