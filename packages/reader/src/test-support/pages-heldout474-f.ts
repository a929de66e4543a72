import { type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout474-kit.js';

/**
 * Held-out batch 474, file f: a hostel's blog post on Ghost (Casper theme, with a callout card, a feature image caption,
 * member signup CTA and read-more cards); the XenForo inn review thread (bbWrapper posts with a quote,
 * user info panels, reactions and a cookie notice) is in file f2.
 */
const gTitle = 'A night-owl\u2019s guide to the Lantern Quarter';
const gDek = 'Where our night staff go after their shift ends at midnight: late kitchens, a bathhouse and the best bakery at 5am.';
const gBlocks: [string, string][] = [
  [
    'p',
    j(
      'Most guides to Velgrad stop at ten in the evening. The Lantern Quarter, five minutes from our front door, is only getting started then.',
      'We asked our night receptionists, Tomas and Ines, where they go when the desk closes.',
    ),
  ],
  ['h2', 'Eat late'],
  [
    'p',
    j(
      'Kuhinja Sedam on Rope Street serves its full menu until 2am; the pork dumplings are the reason to go. For something quicker,',
      'the burek counter under the railway arch never closes.',
    ),
  ],
  ['h2', 'Soak'],
  [
    'p',
    j(
      'The old municipal bathhouse on Fountain Square reopened last year with a late session on Fridays and Saturdays, 10pm to 1am.',
      'Bring flip-flops, and book ahead: it sells out by Thursday.',
    ),
  ],
  ['callout', 'Show your Northlight key card at the bathhouse desk for 15% off the late session.'],
  ['h2', 'Breakfast before bed'],
  [
    'p',
    j(
      'Pekara Zora opens its side hatch at 4:30am for the market traders. By 5am the first poppy-seed rolls are out of the oven,',
      'and a bag of six costs less than a coffee.',
    ),
  ],
  ['p', 'Walk back along the river as the trams start running. Just keep it down on the stairs; other guests are still asleep.'],
];
const gHtmlBody = gBlocks
  .map(([t, s]) =>
    t === 'h2'
      ? `<h2 id="${s.toLowerCase().replace(/[^a-z]+/g, '-')}">${s}</h2>`
      : t === 'callout'
        ? `<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🗝️</div><div class="kg-callout-text">${s}</div></div>`
        : `<p>${s}</p>`,
  )
  .join('\n');
const gNav = ['Home', 'Rooms', 'Neighbourhood', 'About'];
const gMore: [string, string, string][] = [
  ['Five free things to do in Velgrad this winter', 'Museums with free Sundays, a rooftop garden and the longest bench in the country.', 'Nov 2, 2026'],
  ['Meet the team: Ines, night reception', 'Ines has worked nights at Northlight since we opened. She has stories.', 'Sep 14, 2026'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5b1e9a3c2d"><link rel="canonical"
href="https://blog.northlighthostel.example/night-owls-guide/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-20T18:02:00.000Z"><meta property="article:tag"
content="Neighbourhood">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Northlight Hostel"},
"author":{"@type":"Person","name":"Petra Vuković"},"headline":"${gTitle}","datePublished":"2026-11-20T18:02:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://blog.northlighthostel.example/"
data-key="a1b2c3d4e5" data-api="https://blog.northlighthostel.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style><link rel="stylesheet" type="text/css"
href="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/main.css">
</head><body class="post-template tag-neighbourhood is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://blog.northlighthostel.example">
Northlight Hostel</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg>
</button><button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav
  .map(
    (n) => `<li class="nav-${n.toLowerCase()}${n === 'Neighbourhood' ? ' nav-current-parent' : ''}"><a
href="/${n === 'Home' ? '' : `${n.toLowerCase()}/`}">${n}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div
class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-neighbourhood "><header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/neighbourhood/">Neighbourhood</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/petra/"
class="author-avatar" aria-label="Read more of Petra Vuković"><img class="author-profile-image" src="/content/images/size/w100/2025/04/petra.jpg"
alt="Petra Vuković"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/petra/">Petra Vuković</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-11-20">Nov 20, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 3 min read</span></div></div>
</section></div><figure class="article-image"><img
srcset="/content/images/size/w300/2026/11/lantern-quarter.jpg 300w, /content/images/size/w2000/2026/11/lantern-quarter.jpg 2000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/11/lantern-quarter.jpg" alt="Rope Street after midnight">
<figcaption><span style="white-space: pre-wrap;">Rope Street after midnight. Photo: Tomas Brajković</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${gHtmlBody}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([
      t,
      e,
      d,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"><img class="post-card-image"
src="/content/images/size/w600/2026/11/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Neighbourhood</span></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2026-11-02">${d}</time><span class="post-card-meta-length">2 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://blog.northlighthostel.example">Northlight Hostel</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-book-a-bed"><a
href="https://northlighthostel.example/book">Book
a bed</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="/assets/built/casper.js?v=5b1e9a3c2d"></script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout474-ghost-hostel-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gBlocks.filter(([t]) => t === 'h2').map(([, s]) => s),
  body: [gDek, ...texts(gBlocks.filter(([t]) => t !== 'h2').map(([, s]) => s))],
  bylines: ['Petra Vuković', 'Nov 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Northlight Hostel', ...gNav, 'Sign in', 'Subscribe', '3 min read', 'Rope Street after midnight. Photo: Tomas Brajković', 'Sign up for more like this.',
    'Enter your email', ...gMore.flat(), '2 min read', 'Northlight Hostel © 2026', 'Sign up', 'Book a bed', 'Powered by Ghost',
  ]),
};

export const HELDOUT474_F: readonly TestPage[] = [ghostPost];
