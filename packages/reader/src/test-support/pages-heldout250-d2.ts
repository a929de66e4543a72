import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file d2: a startup's launch post on Ghost with the Casper theme (gh-head navigation with Portal
 * buttons, article header with primary tag, excerpt, author list and byline meta with reading time, feature image with
 * caption, kg-* cards: callout, image with caption, button and bookmark, the footer CTA, "read more" post cards and the
 * site footer with "Powered by Ghost").
 */
const gTitle = 'Meet Driftnote: meeting notes that write the follow-up for you';
const gExcerpt = 'After eighteen months in private beta with 300 teams, Driftnote is open to everyone today.';
const gH2 = ['Why we built it', 'What is in the launch', 'What comes next'];
const gWhy = [
  j(
    'Three of us met at a logistics company where we spent, by our own count, six hours a week writing up meetings. Not the',
    'meetings themselves: the recap emails, the task lists, the "as discussed" messages that nobody read until something went wrong.',
  ),
  j(
    'We started Driftnote in a shared flat in Leeds with one idea. The notes you already take in a meeting contain the follow-up;',
    'software should turn one into the other, and then get out of the way.',
  ),
];
const gLaunch = [j('Driftnote listens to nothing and records nothing. It works from the notes you type, and today it can:')];
const gList = [
  'Turn a bullet like "Mara to send pricing by Friday" into a task with an owner and a due date.',
  'Draft a recap email in your own tone, ready to send from your own account.',
  'Sync tasks to Linear, Asana and Jira, and keep them linked to the meeting they came from.',
  "Show each person, every Monday, what they promised in last week's meetings.",
];
const gLaunch2 = [
  j(
    'During the beta, teams sent 41,000 recaps through Driftnote. The number we are proudest of is smaller: the median recap went',
    'out eleven minutes after the meeting ended, down from almost a day.',
  ),
  j('Driftnote is free for individuals. Teams pay $8 per member per month, and every beta team keeps its current price for life.'),
];
const gNext = [
  j(
    'We have raised a $3.2 million seed round led by Northgate Ventures to grow the team from seven people to fifteen this year.',
    'Next on the list are a calendar integration that opens the right note when a meeting starts, and a shared view for',
    'managers that shows open commitments across a team.',
  ),
  j('If you try it, tell us what breaks. Every message to hello@driftnote.example lands in a channel all seven of us read.'),
];
const gNav = ['Home', 'Product', 'Changelog', 'About'];
const gMore = ['Why we do not record meetings', 'The beta, in numbers', 'Hiring our first designer'];
const gFoot = ['Sign up', 'Careers', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://blog.driftnote.example/assets/built/screen.css?v=1f4e2a9b3c">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://blog.driftnote.example/meet-driftnote/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Driftnote Blog"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-24T08:00:00.000Z"><meta property="article:tag" content="Launch">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Driftnote Blog"},
"author":{"@type":"Person","name":"Ayesha Trent"},"headline":"${gTitle}","datePublished":"2026-02-24T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://blog.driftnote.example/" data-key="a8c1f" data-api="https://blog.driftnote.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:28px;text-align:center}</style>
<link href="https://blog.driftnote.example/webmentions/receive/" rel="webmention"></head>
<body class="post-template tag-launch tag-company is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.driftnote.example">Driftnote Blog</a><button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search></button><button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-launch tag-company featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/launch/">Launch</a>
</span><span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ayesha/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/ayesha.jpg" alt="Ayesha Trent"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ayesha/">Ayesha Trent</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-24">Feb 24, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/02/launch.jpg 600w" src="/content/images/size/w2000/2026/02/launch.jpg"
alt="The Driftnote team"><figcaption>The Driftnote team on launch morning. <span style="white-space: pre-wrap;">Photo by Oli Barraclough</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">
<h2 id="why-we-built-it">${gH2[0]}</h2>
${ps(gWhy)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🎉</div><div class="kg-callout-text">Launch week offer: teams
that sign up before March 3 get their first three months free.</div></div>
<h2 id="what-is-in-the-launch">${gH2[1]}</h2>
${ps(gLaunch)}
<ul>${gList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/02/recap.png" class="kg-image" alt="" loading="lazy"
width="1600" height="1000"><figcaption><span style="white-space: pre-wrap;">A recap drafted from a product review meeting.</span></figcaption></figure>
${ps(gLaunch2)}
<div class="kg-card kg-button-card kg-align-center"><a href="https://driftnote.example/signup" class="kg-btn kg-btn-accent">Try Driftnote free</a></div>
<h2 id="what-comes-next">${gH2[2]}</h2>
${ps(gNext)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://blog.driftnote.example/why-we-do-not-record/"><div
class="kg-bookmark-content"><div class="kg-bookmark-title">Why we do not record meetings</div><div class="kg-bookmark-description">Recording changes
what people say. Here is how we decided to build without it.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Driftnote
Blog</span></div></div></a></figure>
</section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    (m) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg" alt="${m}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">
${m}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-02-10">Feb 10, 2026</time>
<span class="post-card-meta-length">3 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.driftnote.example">Driftnote Blog</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot, 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="https://blog.driftnote.example/assets/built/casper.js?v=1f4e2a9b3c"></script>
<script>(function () { const menuButton = document.querySelector('.gh-burger'); if (menuButton) { menuButton.addEventListener('click', function () {
document.body.classList.toggle('is-head-open'); }); } })();</script></body></html>`;
export const ghost: TestPage = {
  name: 'heldout250-ghost-casper-launch-post',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH2,
  body: texts([gExcerpt, ...gWhy, ...gLaunch, ...gList, ...gLaunch2, ...gNext]),
  bylines: ['Ayesha Trent', 'Feb 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Driftnote Blog', ...gNav, 'Sign in', 'Subscribe', 'Launch', 'Featured', '5 min read', 'The Driftnote team on launch morning. Photo by Oli Barraclough',
    'Launch week offer: teams that sign up before March 3 get their first three months free.', 'A recap drafted from a product review meeting.',
    'Try Driftnote free', 'Why we do not record meetings', 'Recording changes what people say. Here is how we decided to build without it.',
    'Sign up for more like this.', 'Enter your email', ...gMore, 'Feb 10, 2026', '3 min read', '© 2026', ...gFoot, 'Powered by Ghost',
  ],
};
