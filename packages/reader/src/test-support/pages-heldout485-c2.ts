import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout485-kit.js';

/** Held-out batch 485, file c2: a brass band's contest report on Ghost (Casper theme) with a sign-up box and "read more" cards. */
const gTitle = 'Second place at the Northern Counties contest';
const gDek = 'A new test piece, a borrowed soprano cornet and our best result in eleven years.';
const gS1 = [
  j(
    'Hexham Road Band came second in the Third Section of the Northern Counties Brass Band Contest at Carrowby Civic Hall on',
    'Saturday, out of fourteen bands. It is the best placing the band has had since 2016, and it means we are promoted to the',
    'Second Section from next season.',
  ),
  j(
    'The test piece this year was Marram Grass, a new work in three movements by Isla Brennan that the adjudicator called',
    '"a real examination of a band&#39;s quiet playing". Our musical director, Gareth Lowe, took it steadily, and the slow',
    'movement, with its long flugel solo, drew the loudest applause of the afternoon.',
  ),
];
const gH1 = 'A week of surprises';
const gS2 = [
  j(
    'The result was all the more pleasing because of the week before. Our principal soprano cornet broke her wrist on the',
    'Tuesday, and Jenna Whitlow from Carrowby Town Band stepped in at three days&#39; notice. Contest rules allow one registered',
    'loan player, and we could not have asked for a better one.',
  ),
  j(
    'Then, on the morning of the contest, the coach broke down on the A68. Twenty-eight players and all their instruments',
    'reached Carrowby in a convoy of cars and one borrowed minibus, with forty minutes to spare.',
  ),
];
const gH2 = 'What the adjudicator said';
const gQuote = j(
  'A confident, well-balanced performance. The band listened to itself throughout and never forced the sound. The flugel',
  'solo was beautifully shaped. Just a little more care with the tuning of the final chord would have put this in first place.',
);
const gH3 = 'Thank you';
const gS3 = [
  j(
    'Thank you to everyone who came to the open rehearsal last week and to our supporters in the hall. We will play the test',
    'piece again at our summer concert on 27 June, with the adjudicator&#39;s notes read out between the movements.',
  ),
];
const gNav = ['Home', 'About the band', 'Join us', 'Engagements', 'Contact'];
const gFoot = ['Data and privacy', 'Contact', 'Contributor'];
const gCards: { title: string; excerpt: string; date: string; len: string }[] = [
  {
    title: 'Contest preparation: open rehearsal',
    excerpt: 'Come and hear the test piece before we take it to Carrowby.',
    date: 'Mar 2, 2027',
    len: '2 min read',
  },
  { title: 'Welcome, Jenna', excerpt: 'Our loan soprano cornet on three days of rehearsal and a lot of coffee.', date: 'Feb 26, 2027', len: '3 min read' },
  { title: 'Annual general meeting', excerpt: 'Minutes and the new committee for 2027.', date: 'Feb 10, 2027', len: '1 min read' },
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="preload" as="style" href="/assets/built/screen.css?v=9c3e8f1a2b"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c3e8f1a2b">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://hexhamroadband.org/second-place-northern-counties/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Hexham Road Band"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-03-09T20:15:00.000Z"><meta property="article:tag" content="Contests">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Hexham Road Band"},
"author":{"@type":"Person","name":"Owen Prentice"},"headline":"${gTitle}","datePublished":"2027-03-09T20:15:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://hexhamroadband.org/" data-key="4b1f0c3e2a" data-api="https://hexhamroadband.org/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="4b1f0c3e2a"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" crossorigin="anonymous"></script></head>
<body class="post-template tag-contests is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer is-header-hidden">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://hexhamroadband.org">Hexham Road Band</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20">
<path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path>
</svg></button><button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions"><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-contests featured image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/contests/">Contests</a>
</span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/owen/" class="author-avatar" aria-label="Read more of Owen Prentice">
<img class="author-profile-image" src="/content/images/size/w100/2026/owen.jpg" alt="Owen Prentice">
</a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/owen/">Owen Prentice</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-03-09">Mar 9, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div>
</section></div><figure class="article-image">
<img srcset="/content/images/size/w300/2027/03/contest-stage.jpg 300w, /content/images/size/w600/2027/03/contest-stage.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/03/contest-stage.jpg" alt="The band on stage at Carrowby Civic Hall">
<figcaption><span style="white-space: pre-wrap;">On stage at Carrowby Civic Hall. Photo by Kamala Dodd</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gS1)}
<h2 id="a-week-of-surprises">${gH1}</h2>
${ps(gS2)}
<h2 id="what-the-adjudicator-said">${gH2}</h2>
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
<h2 id="thank-you">${gH3}</h2>
${ps(gS3)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gCards
  .map(
    (c) => `<article class="post-card post"><a class="post-card-image-link" href="/${c.title.toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image"
src="/content/images/size/w600/2027/card.jpg" alt="${c.title}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link"
href="/${c.title.toLowerCase().replace(/[^a-z]+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${c.title}</h2>
</header><div class="post-card-excerpt">${c.excerpt}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2027-03-02">${c.date}</time>
<span class="post-card-meta-length">${c.len}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://hexhamroadband.org">Hexham Road Band</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot, 'nav-item')}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
</div></div>
<script src="/assets/built/casper.js?v=9c3e8f1a2b"></script></body></html>`;
const ghost: TestPage = finish({
  name: 'heldout485-ghost-contest-report',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([gDek, ...gS1, ...gS2, gQuote, ...gS3]),
  bylines: ['Owen Prentice', 'Mar 9, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hexham Road Band', ...gNav, 'Sign in', 'Subscribe', 'Contests', 'Featured', '• 3 min read', 'On stage at Carrowby Civic Hall. Photo by Kamala Dodd',
    'Sign up for more like this.', 'Enter your email', ...gCards.flatMap((c) => [c.title, c.excerpt, c.date, c.len]), 'Hexham Road Band © 2027', ...gFoot,
    'Powered by Ghost',
  ],
});

export const HELDOUT485_C2: readonly TestPage[] = [ghost];
