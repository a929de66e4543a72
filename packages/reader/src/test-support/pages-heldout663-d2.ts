import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout663-kit.js';

/** Held-out batch 663, file d2: a tackle shop's how-to post on Ghost (Casper theme, members sign-up box and read-more cards). */
const gTitle = 'How to Set Up a Method Feeder (and Why It Catches)';
const gDek = 'The method feeder is the most reliable way to catch carp and bream on commercial fisheries. Here is how we rig it in the shop.';
const gSecs: { h: string; paras: string[]; list?: string[] }[] = [
  {
    h: '',
    paras: [
      j(
        'Ask any of us behind the counter what to use on a busy commercial in summer and the answer is nearly always the same:',
        'a method feeder. It puts a small, tight ball of bait right next to your hookbait, it self-hooks most fish, and it',
        'casts accurately even in a wind. It is also one of the easiest rigs to get wrong.',
      ),
      j(
        'This guide covers the tackle, the rig itself, mixing the groundbait or pellets, and how to fish it. It is written',
        'for a 9ft to 11ft feeder rod on a typical day-ticket lake with fish up to double figures.',
      ),
    ],
  },
  {
    h: 'The tackle you need',
    paras: ['You do not need anything special. A standard feeder setup will do:'],
    list: [
      'A 10ft feeder rod with a 1oz or 1.5oz tip',
      'A 4000-size reel loaded with 8lb mono or 0.12mm braid for distance',
      'An in-line flat method feeder, 20g to 30g, with a quick-change bead',
      'Pre-tied hair rigs in size 14 or 16, about 10cm long',
      'A method mould to load the feeder',
    ],
  },
  {
    h: 'Tying the rig',
    paras: [
      j(
        'Thread the feeder onto the main line, then push the quick-change bead into the end of the feeder stem. Tie the bead',
        'onto the main line with a five-turn grinner and pull it tight into the stem. That is the whole rig.',
      ),
      j(
        'Clip the hooklength into the bead. Keep hooklengths short: with a method feeder the fish should hook itself as it',
        'moves away from the bait, and a long hooklength gives it too much slack. Ten centimetres is plenty in most conditions.',
      ),
    ],
  },
  {
    h: 'Mixing the bait',
    paras: [
      j(
        'Micro pellets are the easiest option for beginners. Cover 2mm pellets with lake water for about sixty seconds, drain',
        'them, and leave them to stand for twenty minutes. They should be soft and sticky enough to squeeze into a ball without',
        'going mushy.',
      ),
      j(
        'If you prefer groundbait, add water a little at a time and keep riddling the mix. It should hold together in the',
        'mould and break up within a couple of minutes once it is in the water. If it comes back on the feeder, it is too wet.',
      ),
    ],
  },
  {
    h: 'Fishing it',
    paras: [
      j(
        'Pick a spot, cast to it, and clip the line to the reel so that every cast lands in the same place. Re-cast every five',
        'to ten minutes at first to build a bed of bait, then leave it longer once bites start.',
      ),
      j(
        'Bites on the method are usually unmistakable: the rod tip pulls right round. Do not strike hard. Lift into the fish',
        'and let the rod do the work, especially on light hooklengths.',
      ),
      j(
        'If you are getting liners and no proper bites, the fish are too far off the bottom or your hooklength is too long. Shorten',
        'it and cast a little less often to let the swim settle.',
      ),
    ],
  },
];
const gCallout = 'Most fisheries insist on a fish-safe in-line feeder. If your feeder breaks off, the fish must be able to pull free of it.';
const gNav = ['Home', 'How-to', 'Catch Reports', 'Shop Online', 'About'];
const gRead: [string, string, string, string][] = [
  ['Pole Fishing for Beginners: Your First Session', 'Everything you need for a first day on the pole.', 'Mar 20, 2026', '4 min read'],
  ['The Best Hookbaits for Spring Carp', 'Small and bright beats big and smelly while the water is cold.', 'Mar 6, 2026', '3 min read'],
];
const gSection = (s: (typeof gSecs)[number]): string =>
  `${
    s.h === ''
      ? ''
      : `<h2
id="${s.h.toLowerCase().replace(/\W+/g, '-')}">${s.h}</h2>\n`
  }${ps(s.paras)}${s.list === undefined ? '' : `<ul>${lis(s.list)}</ul>`}`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://blog.reedmacetackle.co.uk/assets/built/screen.css?v=e1c9a04a6b">
<link rel="canonical" href="https://blog.reedmacetackle.co.uk/how-to-set-up-a-method-feeder/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-04-02T09:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Reedmace Tackle Blog"},
"author":{"@type":"Person","name":"Ellis Warburton"},"headline":"${gTitle}","datePublished":"2026-04-02T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://blog.reedmacetackle.co.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-how-to tag-carp has-sans-title has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://blog.reedmacetackle.co.uk">Reedmace Tackle Blog</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-how-to tag-carp featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/how-to/">How-to</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span></div><h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/ellis/" class="author-avatar" aria-label="Read more of Ellis Warburton"><img class="author-profile-image"
src="/content/images/size/w100/2025/11/ellis.jpg" alt="Ellis Warburton"></a></li></ul><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/ellis/">Ellis Warburton</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-04-02">Apr 2, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/04/method.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/04/method.jpg" alt="${gTitle}"><figcaption><span style="white-space: pre-wrap;">A loaded 30g flat method with a
banded 8mm pellet.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${gSection(gSecs[0]!)}
${gSection(gSecs[1]!)}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">⚠️</div><div class="kg-callout-text">${gCallout}</div></div>
${gSecs
  .slice(2)
  .map((s) => gSection(s))
  .join('\n')}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/04/bream-method.jpg" class="kg-image" alt="" loading="lazy" width="1600"
height="1067"><figcaption><span style="white-space: pre-wrap;">A 7lb bream from Lakeside Pool on a 10cm hooklength.</span></figcaption></figure>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    ([t, e, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><div
class="post-card-tags">
<span class="post-card-primary-tag">How-to</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-03-20">${d}</time><span
class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.reedmacetackle.co.uk">Reedmace Tackle Blog</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up nav-current-parent"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://blog.reedmacetackle.co.uk/assets/built/casper.js?v=e1c9a04a6b"></script></body></html>`;
const ghostMethod: TestPage = {
  name: 'heldout663-ghost-method-feeder',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.filter((s) => s.h !== '').map((s) => s.h),
  body: [gDek, ...gSecs.slice(0, 2).flatMap((s) => [...s.paras, ...(s.list ?? [])]), gCallout, ...gSecs.slice(2).flatMap((s) => s.paras)],
  bylines: ['Ellis Warburton', 'Apr 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Reedmace Tackle Blog', ...gNav, 'Sign in', 'Subscribe', 'Featured', '• 6 min read', 'A loaded 30g flat method with a banded 8mm pellet.',
    'A 7lb bream from Lakeside Pool on a 10cm hooklength.', 'Sign up for more like this.', 'Enter your email', ...gRead.flat(), 'Reedmace Tackle Blog © 2026',
    'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT663_D2: readonly TestPage[] = [ghostMethod];
