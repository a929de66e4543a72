import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout696-kit.js';

/**
 * Held-out batch 696, file e: a sailing school's long blog post on Ghost (Casper theme: tag, excerpt, byline, feature image with
 * caption, callout card, subscribe band, read-more cards); file e2 holds the second page of the pair.
 */
const hTitle = 'Why we teach reefing on the first morning';
const hDek = 'Most students expect to learn to go faster. We start by teaching them to slow down, and here is why it works.';
const hA = [
  j(
    'Ask a new student what they hope to learn on a five-day course and the answers are nearly always about speed: how to get the boat',
    'heeling, how to trim the sails, how to overtake the boat in front. Nobody has ever told me they came to learn how to make the sail',
    'smaller. And yet that is the first thing we do, on the first morning, before we have even left the mooring.',
  ),
  j(
    'It started as a safety decision. Twelve years ago one of our instructors was out with three students when a squall came through the',
    'estuary faster than anyone expected. The boat was fine and so were the crew, but it took far too long to get the first reef in,',
    'because nobody aboard except the instructor had ever done it. We changed the syllabus that winter.',
  ),
];
const hB = [
  j(
    'Reefing on a modern cruising yacht is not complicated. Depending on the boat it means easing the kicker and mainsheet, lowering the',
    'halyard to a mark, hooking or pulling down the tack, hauling in the reefing line at the clew and hoisting again. Written down it is',
    'six steps. Done for the first time, with the boat moving and the sail flogging, it feels like twenty.',
  ),
  j(
    'That is exactly why we do it at the mooring, in flat water, with nothing at stake. Students take turns at each job: one at the',
    'mast, one on the halyard, one on the reefing line, one at the helm keeping the boat head to wind. Then they swap. By coffee time',
    'everyone has done every job at least twice.',
  ),
];
const hC = [
  'The crew who can reef quickly reefs early, because it is no longer a chore.',
  'The boat is easier to steer, so the helm stays relaxed and learns faster.',
  'Nobody is frightened, which means nobody stops listening.',
  'On a long passage, the skipper can sleep knowing the watch will reef without waking her.',
];
const hD = [
  j(
    'The most common mistake is waiting. There is an old saying that the time to reef is when you first think about it, and in our',
    'experience it is true about nine times out of ten. Students often feel that reefing is an admission of defeat, and that a good',
    'sailor carries full sail until the last moment. The opposite is the case. The good sailor is the one whose boat is still upright,',
    'comfortable and under control when the wind drops again an hour later.',
  ),
  j(
    'The second mistake is forgetting the kicker. If the kicker is still tight when you lower the halyard, the boom cannot drop and the',
    'luff will not come down far enough to hook the cringle. We spend a few minutes on this, and then we spend a few more.',
  ),
  j(
    'The third is losing track of the lines. On a busy cockpit there may be eight or nine ropes led aft, and under pressure it is',
    'very easy to ease the wrong one. We ask students to say out loud which line they are about to ease before they touch it. It feels',
    'silly for about an hour, and then it becomes a habit that most of them keep for the rest of their sailing lives.',
  ),
];
const hE = [
  j(
    'By the Wednesday of a typical course the crew will reef and shake out a reef under way, without being asked, in under two minutes.',
    'On the Friday passage back from Gwennol Roads last September, a crew of four complete beginners put two reefs in before a',
    'forecast front arrived, and were drinking tea in the cockpit while a larger boat nearby struggled with a full main.',
  ),
  j(
    'We still teach sail trim, of course, and we still race on Thursday afternoons. But the students who go on to own their own boats',
    'tell us, again and again, that the lesson they remember best is the one from the first morning.',
  ),
];
const hCallout = 'Our five-day Competent Crew course runs every week from April to October. Reefing is on the first morning, always.';
const hHeads = ['Six steps at the mooring', 'What changes when the crew can reef', 'The three mistakes we see most', 'How it pays off'];
const hNav = ['Home', 'Courses', 'Blog', 'About'];
const hMore = [
  ['Night sailing for the nervous', 'A gentle introduction to your first night passage, from someone who was terrified of hers.', '28 Apr 2026', '5 min read'],
  ['What to pack for a week aboard', 'Less than you think, and definitely not a hard suitcase.', '14 Apr 2026', '3 min read'],
  ['Meet the instructors: Col Hendra', 'Thirty years on the water and still learning every week.', '2 Apr 2026', '4 min read'],
];
const hMoreHtml = hMore
  .map(
    ([t, x, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2026/04/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}/">
<header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${x}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-04-01">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${hTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f2c1d0e4b">
<meta name="description" content="${hDek}"><link rel="canonical" href="https://blog.saltmarshsailing.co.uk/why-we-teach-reefing-first/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Saltmarsh Sailing School">
<meta property="og:type" content="article"><meta property="og:title" content="${hTitle}"><meta property="article:published_time"
content="2026-05-09T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Saltmarsh Sailing School"},
"author":{"@type":"Person","name":"Maeve Orrin"},"headline":"${hTitle}","datePublished":"2026-05-09T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Saltmarsh Sailing School" href="/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://blog.saltmarshsailing.co.uk/"
 data-key="0f3a2c1b9d" data-api="https://blog.saltmarshsailing.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="0f3a2c1b9d"
 data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://blog.saltmarshsailing.co.uk/"
crossorigin="anonymous"></script>
<style>:root {--ghost-accent-color: #1a6f8c;}</style>
</head>
<body class="post-template tag-teaching tag-seamanship is-head-left-logo has-serif-body has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.saltmarshsailing.co.uk">Saltmarsh Sailing School</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
 stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(hNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-teaching tag-seamanship image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/teaching/">Teaching</a></span></div>
<h1 class="article-title">${hTitle}</h1><p class="article-excerpt">${hDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/maeve/" class="author-avatar" aria-label="Read more of Maeve Orrin"><img class="author-profile-image" src="/content/images/2025/11/maeve.jpg"
 alt="Maeve Orrin"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/maeve/">Maeve Orrin</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-05-09">9 May 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/05/reefing.jpg 300w, /content/images/size/w1000/2026/05/reefing.jpg 1000w"
 sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/05/reefing.jpg" alt="Students putting a reef in at the mooring">
<figcaption><span style="white-space: pre-wrap;">First reef, first morning: a Competent Crew group on the Saltmarsh mooring.</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${ps(hA)}
<h2 id="six-steps-at-the-mooring">${hHeads[0]}</h2>
${ps(hB)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">⛵</div><div class="kg-callout-text">${hCallout}</div></div>
<h2 id="what-changes-when-the-crew-can-reef">${hHeads[1]}</h2>
<ul>${lis(hC)}</ul>
<h2 id="the-three-mistakes-we-see-most">${hHeads[2]}</h2>
${ps(hD)}
<blockquote>The good sailor is the one whose boat is still upright when the wind drops again.</blockquote>
<h2 id="how-it-pays-off">${hHeads[3]}</h2>
${ps(hE)}
</section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${hMoreHtml}
</div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.saltmarshsailing.co.uk">Saltmarsh Sailing School</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui
pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close
(Esc)"></button></div></div></div></div>
<script src="/assets/built/casper.js?v=8f2c1d0e4b"></script>
<script>$(document).ready(function () { var $postContent = $(".post-full-content"); $postContent.fitVids(); });</script>
</body></html>`;
const ghost: TestPage = {
  name: 'heldout696-ghost-reefing',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hDek, ...hA, ...hB, hCallout, ...hC, ...hD, 'The good sailor is the one whose boat is still upright when the wind drops again.', ...hE]),
  bylines: ['Maeve Orrin', '9 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltmarsh Sailing School', ...hNav, 'Sign in', 'Subscribe', 'Teaching', '• 6 min read',
    'First reef, first morning: a Competent Crew group on the Saltmarsh mooring.', 'Sign up for more like this.', 'Enter your email', ...hMore.flat(),
    'Saltmarsh Sailing School © 2026', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT696_E: readonly TestPage[] = [ghost];
