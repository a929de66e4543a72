import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout617-kit.js';

/**
 * Held-out batch 617, file d2: a long farm stay essay on Ghost (Casper theme, members portal links, read-more cards).
 */
const gTitle = 'Three days, forty alpacas: a farm stay at Kestrel Howe';
const gDek = 'We swapped a city break for a shepherd&#39;s hut on a hill farm, and came home knowing more about toenails than we ever expected.';
const gH = ['Arriving', 'Morning rounds', 'The walk', 'What we would tell a friend'];
const gArrive = [
  j(
    'Kestrel Howe sits at the very end of a single-track road, past a chapel, two cattle grids and a sign that says "Alpacas – slow please".',
    'We arrived on a Friday evening in June with the light still going and found our hut parked at the edge of the top field, looking down',
    'the valley towards the reservoir. The key was in the door. A note on the table told us that breakfast eggs were in the fridge, that the',
    'hot tub took two hours to warm, and that the alpacas would probably come and look at us before we had unpacked. They did.',
  ),
  j(
    'The hut is small but well thought out: a double bed across the far end, a wood burner, a two-ring hob, a shower room in a lean-to at',
    'the back. The best thing about it is the stable door. With the top half open, you can lie in bed and watch forty alpacas graze their way',
    'across the hill, and in the evening they make a soft humming noise that is surprisingly hard to describe and very easy to fall asleep to.',
  ),
];
const gMorning = [
  j(
    'Guests at Kestrel Howe are invited to join the morning rounds, and on our first day we did. Annie Strand, who runs the farm with her',
    'brother, met us at the gate at half past seven with two buckets of feed and a clipboard. Every animal is looked at every day: eyes,',
    'feet, the way it is standing, whether it comes up for food. Anything unusual goes on the clipboard.',
  ),
  j(
    'I had imagined that looking after alpacas was mostly a matter of admiring them. It is not. In forty minutes we checked water troughs,',
    'moved an electric fence, picked up a wheelbarrow of droppings from the communal dung piles (alpacas, helpfully, all use the same',
    'spot) and held a young male called Pilot while Annie trimmed his toenails. Pilot was not keen. Neither, by the end, was I.',
  ),
];
const gQuote = j(
  '"People think the fleece is the hard part," Annie told us, "but the fleece grows itself. The work is in the feet, the teeth and',
  'the worm counts. Fleece is just the part you can see."',
);
const gMorning2 = [
  j(
    'Afterwards there were bacon sandwiches in the farm kitchen and a look at the fleece room, where last month&#39;s shearing was still',
    'being sorted into bags by colour and quality. Annie sends the best of it to a mill in the next county and sells the yarn from a',
    'cupboard in the porch with an honesty box.',
  ),
];
const gWalk = [
  j(
    'The walk is the reason most people come, and it is included in a stay of two nights or more. We set off after lunch with two geldings,',
    'Drummer and Finch, and a farm helper called Ollie who has been leading walks since he was fourteen. The route climbs through a',
    'plantation of larch, crosses a stream on stepping stones (the alpacas prefer to wade) and comes out on open moor above the farm.',
  ),
  j(
    'Alpacas on a lead are not like dogs. They walk beside you rather than ahead, they stop when they want to look at something, and they',
    'will not be hurried. Finch spent a long time considering a sheep. Drummer ate most of a thistle. We took two hours over a walk that',
    'would have taken us forty minutes alone, and it was the most relaxed two hours of the year.',
  ),
];
const gTell = [
  'Book the hut for at least two nights. The first evening goes on settling in, and the walk is only included from two nights.',
  'Bring food for the first night. The nearest shop is in Wrayholm, twenty minutes away, and it shuts at six.',
  'Say yes to the morning rounds, even if you are not a morning person. It is the best way to see how the farm really works.',
  'Pack old clothes. Alpacas are clean animals, but fields are fields.',
];
const gEnd = [
  j(
    'We drove home on the Sunday with three skeins of grey yarn from the honesty box, a photo of Pilot that he would not approve of, and',
    'a firm plan to come back for shearing next year. Annie says there is always room for another pair of hands on the mat.',
  ),
  'We paid for our stay in full. Kestrel Howe did not see this piece before it was published.',
];
const gNav = ['Home', 'Farm stays', 'Walks', 'Food', 'About'];
const gMore = [
  [
    'Farm stays',
    'Goats, gorse and a glamping pod at Lower Fell',
    'A weekend on a goat dairy in the hills, with cheese for breakfast.',
    'May 30, 2026',
    '4 min read',
  ],
  ['Walks', 'The reservoir round from Wrayholm', 'Eleven miles, two pubs and one very steep stile.', 'May 12, 2026', '5 min read'],
] as const;
const gPs = (list: readonly string[]): string => ps(list);
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://theslowdale.com/assets/built/screen.css?v=6a8c1d2e3f"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://theslowdale.com/kestrel-howe-farm-stay/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Slow Dale"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-06-14T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Slow Dale"},
"author":{"@type":"Person","name":"Nell Haworth","url":"https://theslowdale.com/author/nell/"},"headline":"${gTitle}",
"datePublished":"2026-06-14T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://theslowdale.com/"
data-key="3a7c5e9b1d" data-api="https://theslowdale.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="3a7c5e9b1d" data-styles=""
data-sodo-search="https://theslowdale.com/"
crossorigin="anonymous"></script></head>
<body class="post-template tag-farm-stays tag-alpacas is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://theslowdale.com">The Slow Dale</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor"
stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a
href="https://theslowdale.com/${t === 'Home' ? '' : `tag/${t.toLowerCase().replace(/ /g, '-')}/`}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-farm-stays tag-alpacas"><header
class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/farm-stays/">Farm stays</a></span></div><h1
class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li
class="author-list-item">
<a href="/author/nell/" class="author-avatar" aria-label="Read more of Nell Haworth"><img class="author-profile-image"
src="/content/images/size/w100/2025/01/nell.jpg"
alt="Nell Haworth"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nell/">Nell Haworth</a></h4><div
class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-06-14">Jun 14, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/06/kestrel-howe.jpg 300w, /content/images/size/w2000/2026/06/kestrel-howe.jpg 2000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/06/kestrel-howe.jpg" alt="${gTitle}">
<figcaption><span style="white-space: pre-wrap;">The view from the hut door at Kestrel Howe</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
<h2 id="arriving">${gH[0]}</h2>${gPs(gArrive)}
<h2 id="morning-rounds">${gH[1]}</h2>${gPs(gMorning)}
<blockquote>${gQuote}</blockquote>
${gPs(gMorning2)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/06/pilot.jpg" class="kg-image" alt="" loading="lazy" width="2000"
height="1333">
<figcaption><span style="white-space: pre-wrap;">Pilot, unimpressed, after his pedicure</span></figcaption></figure>
<h2 id="the-walk">${gH[2]}</h2>${gPs(gWalk)}
<h2 id="what-we-would-tell-a-friend">${gH[3]}</h2><ul>${gTell.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${gPs(gEnd.slice(0, 1))}<hr><p><em>${gEnd[1]}</em></p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([
      tag,
      t,
      ex,
      d,
      len,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-05-01">${d}</time><span
class="post-card-meta-length">${len}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://theslowdale.com">The Slow Dale</a> &copy; 2026</section><nav
class="site-footer-nav">
<ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-privacy"><a href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://theslowdale.com/assets/built/casper.js?v=6a8c1d2e3f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout617-ghost-farm-stay',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gDek, ...gArrive, ...gMorning, gQuote, ...gMorning2, ...gWalk, ...gTell, ...gEnd]),
  bylines: ['Nell Haworth', 'Jun 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Slow Dale', 'Farm stays', 'Sign in', 'Subscribe', '• 6 min read',
    'The view from the hut door at Kestrel Howe', 'Pilot, unimpressed, after his pedicure', 'Sign up for more like this.', 'Enter your email',
    ...gMore.flatMap(([, t, ex, d, len]) => [t, ex, d, len]), 'The Slow Dale © 2026', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT617_D2: readonly TestPage[] = [ghost];
