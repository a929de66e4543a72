import { links, ps, type TestPage, texts } from './page-kit.js';
import { held, j, lis } from './pages-heldout677-kit.js';

/** Held-out batch 677, file c2: a return-to-running guide on a physiotherapy clinic's Ghost (Casper) blog. */
const gTitle = 'Running again after knee surgery: the milestones we look for';
const gDek = 'Time since the operation matters less than what your knee can do. Here is how we decide when you are ready.';
const gSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        '“When can I run?” is the first question almost every patient asks after a knee operation, whether it was a cartilage repair,',
        'a ligament reconstruction or a clean-up. The honest answer is that the calendar is only a rough guide. Two people with the same',
        'operation on the same day can be ready months apart.',
      ),
      j(
        'Instead of dates, we use a short set of tests. When you pass them, running is very likely to go well. When you do not, we',
        'know exactly what to work on.',
      ),
    ],
  ],
  [
    '1. A quiet knee',
    [
      j(
        'Before any impact, the knee should have little or no swelling after a normal day, straighten fully and bend at least 120',
        'degrees. Running on a knee that still swells after a walk tends to make it swell more, and progress stalls.',
      ),
    ],
  ],
  [
    '2. Strength you can measure',
    [
      j(
        'We test the thigh and hip muscles on a machine or with a handheld dynamometer and compare the operated leg with the other',
        'side. We are looking for at least 70 to 80 percent before a first run. Most people are surprised by how weak the leg still',
        'is at three months, even when walking feels normal.',
      ),
    ],
  ],
  [
    '3. Control on one leg',
    [
      'stand on the operated leg for 30 seconds without wobbling or the knee falling inwards',
      'do 20 slow single-leg squats to a chair, with the knee staying over the foot',
      'hop on the spot 20 times without pain, then land a small forward hop and hold it',
    ],
  ],
  [
    'Your first runs',
    [
      j(
        'We like the first sessions to be walk–run intervals on a flat, even surface: one minute of easy running and one minute of',
        'walking, repeated five to eight times, every other day. If the knee is no more swollen the next morning, the next session can',
        'be a little longer.',
      ),
      j(
        'Hills, trails, speed work and running on consecutive days come later, usually over another six to ten weeks. Keep up the',
        'strength work through this stage: it is the part most people drop, and the part that protects the knee most.',
      ),
      j(
        'If you have had knee surgery and are not sure where you are on this list, a single assessment is usually enough to map out',
        'the next few months. You can book one with any of our physios.',
      ),
    ],
  ],
];
const gNav = ['Home', 'Treatments', 'Team', 'Pricing', 'Articles'];
const gMore: [string, string, string][] = [
  ['Patellar tendon pain in runners', 'Why rest alone rarely fixes it, and what to do instead.', 'Apr 11, 2026'],
  ['How to choose a running shoe after injury', 'Comfort first, then everything else.', 'Mar 28, 2026'],
  ['Strength work for runners over 50', 'Two short sessions a week that make a real difference.', 'Mar 2, 2026'],
];
const gSecHtml = gSecs
  .map(([h, paras]) => {
    const hh = h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${h}</h2>\n`;
    return h.startsWith('3.') ? `${hh}<p>You should be able to:</p><ul>${lis(paras)}</ul>` : `${hh}${ps(paras)}`;
  })
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Running again after knee surgery: the milestones we
look for</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://kineticline.physio/assets/built/screen.css?v=8c3b1d7e2a"><link rel="canonical"
href="https://kineticline.physio/running-after-knee-surgery/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Kinetic Line Physio"><meta property="og:type"
content="article">
<meta property="article:published_time" content="2026-05-02T07:30:00.000Z"><meta property="article:tag" content="Running">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Kinetic Line Physio"},
"author":{"@type":"Person","name":"Jonah Treadwell"},"headline":"${gTitle}","datePublished":"2026-05-02T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://kineticline.physio/"
data-key="8f1c2a7e4d" data-api="https://kineticline.physio/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-running is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://kineticline.physio">Kinetic Line Physio</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24
24" stroke="currentColor"
stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114
0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-running">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/running/">Running</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/jonah/"
class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/09/jonah.jpg" alt="Jonah Treadwell"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/jonah/">Jonah Treadwell</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-02">May 2, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min
read</span></div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w300/2026/05/track.jpg 300w, /content/images/size/w2000/2026/05/track.jpg 2000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/05/track.jpg" alt="A runner on an athletics track"><figcaption><span
style="white-space: pre-wrap;">
Gradual returns beat heroic ones.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gSecHtml}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([t, e, d]) => `<article class="post-card post tag-running keep-ratio">
<a class="post-card-image-link" href="/${t.length}/"><img class="post-card-image" src="/content/images/${t.length}.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">Running</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026">${d}</time><span class="post-card-meta-length">4 min
read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://kineticline.physio">Kinetic Line Physio</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy', 'Contact'], 'nav-item')}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://kineticline.physio/assets/built/casper.js?v=8c3b1d7e2a"></script></body></html>`;
const ghost: TestPage = held({
  name: 'heldout677-ghost-running-after-knee-surgery',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts([gDek, ...gSecs.flatMap(([h, p]) => (h.startsWith('3.') ? ['You should be able to:', ...p] : p))]),
  bylines: ['Jonah Treadwell', 'May 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kinetic Line Physio', ...gNav, 'Sign in', 'Subscribe', 'Running', '• 5 min read', 'Gradual returns beat heroic ones.', 'Sign up for more like this.',
    'Enter your email', ...gMore.flat(), '4 min read', 'Kinetic Line Physio © 2026', 'Sign up', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
});

export const HELDOUT677_C2: readonly TestPage[] = [ghost];
