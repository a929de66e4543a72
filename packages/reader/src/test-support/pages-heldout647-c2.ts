import { links, type TestPage, ps } from './page-kit.js';
import { j, lis } from './pages-heldout647-kit.js';

/**
 * Held-out batch 647, file c2: a long figure skating club blog post on Ghost (Casper theme) with a feature image and caption,
 * a callout card, the member sign-up CTA and read-more cards.
 */
const gTitle = 'Your first competition: a checklist for skating parents';
const gDek = 'Entry forms, music files, blade guards and what to do with the hour before the warm-up: everything we wish we had known.';
const gHeads = ['Four weeks before', 'Music', 'What to pack', 'On the day', 'After the skate'];
const gIntro = [
  j(
    'Every season a handful of our younger skaters enter their first open competition, and every season the same questions land in',
    'the club inbox. What does "entry closes" actually mean? Who brings the music? Is it normal to feel more nervous than the skater?',
    'This checklist is our answer, put together by parents who have been through it and checked by the coaching team.',
  ),
  j(
    'None of it is compulsory and no two competitions run in quite the same way, so always read the announcement from the organising',
    'club. But if you work through the list below, you will arrive at the rink with everything you need and, we hope, a little calmer.',
  ),
];
const gBefore = [
  j(
    'Entries for most open competitions close three to four weeks before the event, and late entries are rarely accepted. Your coach',
    'will tell you which category your skater should enter, which is decided by the tests they have passed rather than by age alone.',
  ),
  j(
    'You will need the skater\u2019s membership number for the national federation, the category code and the entry fee, which is',
    'usually between £35 and £50 for a single free skate. Keep the confirmation email: some organisers ask to see it at registration.',
  ),
  j(
    'This is also the time to check skates. Blades should be sharpened at least a week before the competition, never the day before,',
    'so the skater has a few sessions to get used to the new edge. If boots are getting tight, talk to your coach now rather than',
    'on the Friday night.',
  ),
];
const gMusic = [
  j(
    'Competition music is almost always uploaded in advance as an MP3 file, named in the format the organiser asks for. Your coach',
    'will have the edited track. Upload it as soon as the portal opens and check that the length is within the limits for the category.',
  ),
  j(
    'Always bring two backup copies on the day: one on a USB stick and one on a phone that is fully charged and in flight mode.',
    'Music problems are rare, but when they happen the skater is often asked to wait at the side of the ice while someone finds a file.',
  ),
];
const gPack = [
  'Skates, blade guards and soakers, plus a soft cloth for drying the blades',
  'Competition dress or outfit, with a spare pair of tights',
  'Warm layers and gloves for the warm-up and for waiting rink-side',
  'Hair grips, hair spray and a small mirror',
  'Water, a snack that does not need a fridge and something for after the skate',
  'Plasters, a spare lace and a small pair of scissors',
  'The entry confirmation and the music backups',
];
const gCallout = j(
  'Label everything. Blade guards, gloves and water bottles all look alike in a changing room full of skaters, and the',
  'lost property box at an away rink is not where you want to end the day.',
);
const gDay = [
  j(
    'Aim to arrive at least an hour before the skater\u2019s warm-up group is called. Registration is usually in the rink foyer: you will',
    'confirm that your skater is present, and they may be given a start number. The running order and any delays are posted on a',
    'board near the entrance or on the organiser\u2019s live results page.',
  ),
  j(
    'Off-ice warm-up happens about 45 minutes before the group goes on the ice. Most coaches like skaters to do this on their own or',
    'with the coach, so this is a good moment for parents to find a seat and let the skater focus. Resist the urge to give advice.',
  ),
  j(
    'The on-ice warm-up for a group of six skaters lasts four to six minutes. After it, skaters leave the ice and wait for their name',
    'to be called. When they skate, the only thing expected of you is to clap at the start and at the end.',
  ),
  j(
    'Photography and filming rules vary. Many competitions allow parents to film their own child for personal use, but flash',
    'photography is never allowed and some events ban filming completely. Check the announcement, and if in doubt, ask at registration.',
  ),
];
const gAfter = [
  j(
    'Results are usually posted within half an hour of the last skater in a group. Score sheets, called protocols, are published',
    'online later the same day and show the level awarded for each element and the marks from each judge.',
  ),
  j(
    'Whatever the placing, the most useful thing you can do is ask your skater what they enjoyed. The coach will go through the',
    'protocol with them at the next session. First competitions are about learning the routine of the day, and almost everyone',
    'finds the second one far easier.',
  ),
  j(
    'If you have questions before your first competition, the competitions secretary is happy to help, and there is always an',
    'experienced parent at the rink on Saturday mornings who remembers exactly how it felt.',
  ),
];
const gBody = [gDek, ...gIntro, ...gBefore, ...gMusic, ...gPack, gCallout, ...gDay, ...gAfter];
const gNav = ['Home', 'About', 'Coaching', 'Competitions', 'Results'];
const gRead = [
  ['Test day: what the judges are looking for', 'A plain-English guide to the first three free skating tests.', 'Dec 2, 2025', '5 min read'],
  ['Why we warm up off the ice', 'Ten minutes on the floor before every session, and why it matters.', 'Nov 18, 2025', '3 min read'],
  ['Summer camp 2026: dates announced', 'Two weeks of ice and off-ice training in July.', 'Oct 30, 2025', '2 min read'],
];
const gCard = ([
  t,
  ex,
  d,
  len,
]: string[]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${(t ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2025/11/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link"
href="/${(t ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2025-11-01">${d}</time><span class="post-card-meta-length">${len}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c1f2e6a1d"><link rel="canonical"
href="https://news.fairholmfsc.org/first-competition-checklist/">
<meta name="description" content="${gDek}"><meta property="og:site_name" content="Fairholm Figure Skating Club">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-14T18:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Fairholm Figure Skating Club"},
"author":{"@type":"Person","name":"Helen Marchetti"},"headline":"${gTitle}","datePublished":"2026-01-14T18:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://news.fairholmfsc.org/" data-key="a61f3c0e9b" data-api="https://news.fairholmfsc.org/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:28px;text-align:center}</style></head>
<body class="post-template tag-competitions tag-parents is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://news.fairholmfsc.org">Fairholm Figure Skating Club</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20"
height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header><div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-competitions tag-parents image-small"><header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/competitions/">Competitions</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/helen/" class="author-avatar" aria-label="Read more of Helen Marchetti"><img class="author-profile-image"
src="/content/images/2025/09/helen.jpg"
alt="Helen Marchetti"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/helen/">Helen Marchetti</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-01-14">Jan 14, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/01/warmup.jpg 300w, /content/images/size/w1200/2026/01/warmup.jpg 1200w"
src="/content/images/size/w1200/2026/01/warmup.jpg" alt="Skaters in a warm-up group"><figcaption>The novice warm-up group at the Fairholm Open last spring.
<span style="white-space: pre-wrap;">Photo by Tomasz Reyes</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
<h2 id="four-weeks-before">${gHeads[0]}</h2>${ps(gBefore)}
<h2 id="music">${gHeads[1]}</h2>${ps(gMusic)}
<h2 id="what-to-pack">${gHeads[2]}</h2><ul>${lis(gPack)}</ul>
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="on-the-day">${gHeads[3]}</h2>${ps(gDay)}
<h2 id="after-the-skate">${gHeads[4]}</h2>${ps(gAfter)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.fairholmfsc.org">Fairholm Figure Skating Club</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Club website', 'Safeguarding', 'Contact'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=8c1f2e6a1d"></script><script>document.documentElement.classList.add('js');</script></body></html>`;
const ghost: TestPage = {
  name: 'heldout647-ghost-first-competition',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: gBody,
  bylines: ['Helen Marchetti', 'Jan 14, 2026', ...gRead.map((r) => r[2] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fairholm Figure Skating Club', 'Home', 'Sign in', 'Subscribe', '6 min read',
    'The novice warm-up group at the Fairholm Open last spring. Photo by Tomasz Reyes', 'Sign up for more like this.', 'Enter your email',
    ...gRead.flatMap((r) => [r[0] ?? '', r[1] ?? '', r[3] ?? '']).filter((t) => t !== '6 min read'), 'Fairholm Figure Skating Club © 2026',
    'Club website', 'Safeguarding', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT647_C2: readonly TestPage[] = [ghost];
