import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout535-kit.js';

/**
 * Held-out batch 535, file d: a float spa's guide post on Ghost (Casper theme: tag, excerpt, byline, figure with caption,
 * members signup CTA, read-more cards), and a massage therapist's service page on a Hugo site with the Ananke theme.
 */
const gTitle = 'Your first float: what to expect';
const gExcerpt = 'Ninety minutes in warm salt water, in the dark, with nothing to do. Here is how a session works, from the shower to the tea afterwards.';
const gIntro = [
  j(
    'Most people book their first float out of curiosity and arrive a little nervous. That is normal. The float room is simpler',
    'than it sounds: a large, lit tank of water about 25 centimetres deep, warmed to skin temperature, with 500 kilograms of Epsom salt',
    'dissolved in it. The salt makes the water so dense that you lie on the surface without any effort.',
  ),
];
const gSecs: [string, string[]][] = [
  [
    'Before you arrive',
    [
      'Eat a light meal an hour or two before your float, and skip coffee that afternoon if you can. Avoid shaving on the day: salt stings.',
      j(
        'If you wear contact lenses, bring your case. We provide towels, earplugs, shampoo and a hair dryer; you do not need a swimsuit,',
        'because every room is private and locks from the inside.',
      ),
    ],
  ],
  [
    'In the room',
    [
      j(
        'You shower first, to wash off oils and products, then put in the earplugs and step into the pool. Lie back slowly. Some people',
        'keep the light on for the whole session; others turn it off after a few minutes. There is a call button within reach if you',
        'need us.',
      ),
      j(
        'For the first ten minutes the mind tends to be busy. Let it be. Many floaters find that somewhere around the half-hour mark',
        'they stop noticing the edges of their body.',
      ),
    ],
  ],
  [
    'Afterwards',
    [
      'Soft music tells you when the session is over. Shower again, then take your time in the lounge, where there is tea and a journal to write in.',
      'Most people feel heavy and calm for the rest of the day. We suggest not planning anything demanding straight after.',
    ],
  ],
];
const gTips = [
  'Put a little Vaseline on any small cuts before you get in.',
  'Keep salt water out of your eyes; there is a spray bottle of fresh water by the pool.',
  'Try at least three floats before deciding whether it is for you.',
];
const gTipsH = 'Three small tips';
const gRead = ['Why we keep the water at 35.5°C', 'Floating in pregnancy: a guide', 'What Epsom salt actually is'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://stillwaterfloat.com/assets/built/screen.css?v=9a2c1b7e3f">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://stillwaterfloat.com/your-first-float/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Stillwater Float Studio"><meta property="og:type"
content="article">
<meta property="article:published_time" content="2026-01-14T09:00:00.000Z"><meta property="article:tag" content="Guides">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Stillwater Float Studio"},
"author":{"@type":"Person","name":"Priya Oduya"},"headline":"${gTitle}","datePublished":"2026-01-14T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Stillwater Float Studio"
href="https://stillwaterfloat.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://stillwaterfloat.com/"
data-key="7e4b2a" data-api="https://stillwaterfloat.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style></head>
<body class="post-template tag-guides is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://stillwaterfloat.com">
Stillwater Float Studio</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg"
fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://stillwaterfloat.com/">Home</a></li>
<li class="nav-book-a-float"><a href="https://stillwaterfloat.com/book/">Book a float</a></li><li class="nav-prices"><a
href="https://stillwaterfloat.com/prices/">Prices</a></li>
<li class="nav-guides nav-current-parent"><a href="https://stillwaterfloat.com/tag/guides/">Guides</a></li></ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-guides">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/guides/">Guides</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/priya/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/06/priya.jpg"
alt="Priya Oduya"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/priya/">Priya Oduya</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-14">Jan 14, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/01/float-room.jpg 300w, /content/images/size/w1000/2026/01/float-room.jpg 1000w"
src="/content/images/size/w2000/2026/01/float-room.jpg" alt="${gTitle}"><figcaption>Room two, with the lid-free pool and the starlight ceiling. Photo:
Stillwater</figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
${gSecs.map(([h, p]) => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>\n${ps(p)}`).join('\n')}
<h3 id="three-small-tips">${gTipsH}</h3><ul>${lis(gTips)}</ul>
<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #5b8a8a"><h2>Sign up for more like this.</h2>
<a class="gh-post-upgrade-cta-button" style="color: #5b8a8a" data-portal="signup" href="#/portal/signup">Sign up</a><p><small>Already have an account?
<a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>
</section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><div class="post-card-content"><a
class="post-card-content-link" href="/water-temperature/">
<header class="post-card-header"><h2 class="post-card-title">${gRead[0]}</h2></header></a></div></article>
${gRead
  .slice(1)
  .map(
    (r) => `<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/${r.length}/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Guides</span></div><h2
class="post-card-title">${r}</h2></header></a>
<footer class="post-card-meta"><span class="post-card-meta-length">3 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://stillwaterfloat.com">Stillwater Float Studio</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li><li class="nav-contact"><a
href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="https://stillwaterfloat.com/assets/built/casper.js?v=9a2c1b7e3f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout535-ghost-float-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [...gSecs.map(([h]) => h), gTipsH],
  body: [gExcerpt, ...gIntro, ...gSecs.flatMap(([, p]) => p), ...gTips],
  bylines: ['Priya Oduya', 'Jan 14, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stillwater Float Studio', 'Home', 'Book a float', 'Prices', 'Guides', 'Sign in', 'Subscribe',
    'Room two, with the lid-free pool and the starlight ceiling. Photo: Stillwater',
    'Sign up for more like this.', 'Sign up', 'Already have an account?', ...gRead, '3 min read', 'Stillwater Float Studio © 2026', 'Privacy', 'Contact',
    'Powered by Ghost',
  ],
};

const uTitle = 'Prenatal massage';
const uBody = [
  j(
    'Pregnancy changes how you carry your weight, how you sleep and where you ache. A prenatal massage at Linden Hands is a',
    'full-body treatment adapted to each trimester, done side-lying with plenty of pillows rather than face down.',
  ),
  'Who it is for',
  j(
    'Anyone with a healthy pregnancy, from the second trimester on. I do not treat in the first twelve weeks unless your midwife',
    'or doctor has asked for it.',
  ),
  'What I focus on',
  'lower back and hips, which take most of the extra load',
  'neck and shoulders, especially if you work at a desk',
  'swelling in the lower legs, with light, upward strokes',
  'What I avoid',
  j(
    'Deep pressure on the inner legs, strong work on the abdomen and any position you find uncomfortable. Tell me at any point if',
    'something does not feel right; we can change position or stop.',
  ),
  'Sessions are 60 minutes and cost €75. Bring a note from your midwife if your pregnancy is considered high-risk.',
];
const uHs = [1, 3, 7];
const uNav = ['Services', 'About', 'Prices', 'Book'];
const uRel = ['Sports massage', 'Massage after birth'];
const uHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>Prenatal massage | Linden Hands Massage</title><meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="A full-body massage adapted to each trimester."><meta name="generator" content="Hugo 0.124.1">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css" >
<link rel="canonical" href="https://lindenhands.de/services/prenatal-massage/"><meta property="og:title" content="Prenatal massage" />
<meta property="og:type" content="article" /><meta property="article:section" content="services" />
<meta property="article:published_time" content="2025-09-02T10:00:00+02:00" /><meta property="article:modified_time" content="2026-02-11T18:20:00+01:00" />
<meta itemprop="name" content="Prenatal massage"><meta itemprop="wordCount" content="196"></head>
<body class="ma0 avenir bg-near-white production">
<header class="cover bg-top" style="background-image: url('/images/linden-leaves.jpg');"><div class="bg-black-60"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Linden Hands Massage</a>
<div class="flex-l items-center"><ul class="pl0 mr3">${uNav
  .map(
    (n) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90"
href="/${n.toLowerCase()}/" title="${n} page">${n}</a></li>`,
  )
  .join('\n')}</ul><div class="ananke-socials"><a href="https://instagram.com/lindenhands" target="_blank"
rel="noopener" class="instagram ananke-social-link link-transition stackoverflow link dib z-999 pt3 pt0-l mr1" title="Instagram link"
aria-label="follow on Instagram——Opens in a new window">
<span class="icon"><svg style="enable-background:new 0 0 67 67;" viewBox="0 0 67 67"><path d="M42.271,26.578"/></svg></span></a></div></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">Linden Hands Massage</div><div
class="fw1 f5 f3-l white-80 measure-wide-l center lh-copy mt3 mb4">
Massage therapy in Leipzig-Gohlis</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Services</aside>
<div id="sharing" class="mt3 ananke-socials"><a href="https://www.facebook.com/sharer.php?u=https://lindenhands.de/services/prenatal-massage/"
class="ananke-social-link facebook no-underline"
aria-label="share on Facebook"><span class="icon"><svg viewBox="0 0 32 32"><path d="M28.765,50.32"/></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${uTitle}</h1>
<time class="f6 mv4 dib tracked" datetime="2025-09-02T10:00:00+02:00">September 2, 2025</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l"><p>${uBody[0]}</p>
<h2 id="who-it-is-for">${uBody[1]}</h2><p>${uBody[2]}</p><h2 id="what-i-focus-on">${uBody[3]}</h2><ul>${lis(uBody.slice(4, 7))}</ul>
<h2 id="what-i-avoid">${uBody[7]}</h2><p>${uBody[8]}</p><p>${uBody[9]}</p>
<p><em>Last updated February 11, 2026</em></p>
<ul class="pa0"></ul><div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p>
<ul class="pa0 list">${uRel.map((r) => `<li class="mb2"><a href="/services/${r.toLowerCase().replace(/ /g, '-')}/">${r}</a></li>`).join('')}</ul></div></aside>
</article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a
class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://lindenhands.de/">&copy; 2026 Linden Hands Massage</a><div><div class="ananke-socials"></div></div></div></footer>
</body></html>`;
const hugo: TestPage = {
  name: 'heldout535-hugo-ananke-prenatal',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uHs.map((i) => uBody[i] ?? ''),
  body: texts(uBody.filter((_, i) => !uHs.includes(i))),
  bylines: ['September 2, 2025', 'Last updated February 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['Linden Hands Massage', ...uNav, 'Massage therapy in Leipzig-Gohlis', 'Related', ...uRel, '© 2026 Linden Hands Massage'],
};

export const HELDOUT535_D: readonly TestPage[] = [ghost, hugo];
