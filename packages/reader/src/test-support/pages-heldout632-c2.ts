import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout632-kit.js';

/**
 * Held-out batch 632, file c2: a city farm's lambing diary on Ghost 5 (Casper theme), with a feature image caption, image and
 * callout cards, a members sign-up box and "read more" cards.
 */
const gTitle = 'Lambing diary: the week the triplets arrived';
const gExcerpt = 'Eleven ewes, nineteen lambs, one very long Wednesday night and a lot of tea. Here is how our second week of lambing went.';
const gHeads = ['Monday: a slow start', 'Wednesday night', 'The bottle-feeding rota', 'What visitors can see', 'How you can help'];
const g1 = [
  j(
    'If you came to the farm last weekend you will have seen the lambing pen in the big barn, with its heat lamps and its row of',
    'very patient ewes. Our flock is small, twenty-six Jacob and Shetland ewes, but lambing still takes over the whole farm for three',
    'weeks every spring, and this year we have kept a diary so you can follow along.',
  ),
  j('Week one brought seven lambs from four ewes, all straightforward, all up and feeding within the hour. Week two was a different', 'story.'),
];
const g2 = [
  j(
    'Monday was quiet, which on a farm in lambing season always makes you nervous. Two of the Shetlands, Moss and Heather, had been',
    'restless since Sunday afternoon, pawing at the straw and getting up and down. Our farm manager, Bethan, checked them every two',
    'hours through the day and the volunteers on the evening shift did the same.',
  ),
  j(
    'Heather finally lambed at ten past nine that evening: a single ram lamb, large and very loud, who was on his feet before she had',
    'finished licking him clean. The volunteers named him Foghorn, and the name has stuck.',
  ),
];
const g3 = [
  j(
    'Wednesday is the night everyone will remember. Moss, a first-time mother, started lambing just after eleven. The first lamb',
    'came quickly, but after forty minutes with no sign of a second, Bethan scrubbed up and found two more lambs tangled together,',
    'one with a leg back.',
  ),
  j(
    'It took nearly an hour of careful work to sort out which legs belonged to which lamb. Both were delivered alive, but the smallest',
    'weighed just 1.9 kg and was too weak to stand. We dried her off, gave her colostrum by stomach tube, and put her under a heat',
    'lamp in a box by the office radiator.',
  ),
  j(
    'By six in the morning all three triplets were feeding, though Moss only has milk enough for two. The smallest, now called Pip,',
    'has become our bottle lamb.',
  ),
];
const gQuote = '"In twelve years of lambing I have never had three lambs arrive in such a muddle. Moss was a star. She never gave up." – Bethan';
const g4 = [
  j(
    'Pip needs a bottle every four hours at the moment, stepping down to every six hours from next week. Our volunteers have drawn up',
    'a rota, and Pip now has a fan club of about fifteen people who argue over the 2am slot.',
  ),
  'Bottle lambs are fed warm ewe milk replacer, made up fresh for every feed.',
  "The bottle and teat are sterilised after each feed, just like a baby's bottle.",
  'Every feed is written on the board in the barn, so we know exactly how much she has taken.',
  j(
    'Because Pip is being hand-reared, we will be careful to keep her with the flock as much as possible so that she grows up',
    'knowing she is a sheep and not a person.',
  ),
];
const gCallout = 'Lambing weekends run on 21-22 and 28-29 March, from 10am to 3pm. Entry is free; we suggest a donation of £3.';
const g5 = [
  j(
    'The lambing pen is open to visitors during normal opening hours. Please keep your voices low in the barn, do not lean over the',
    'hurdles and do not feed the ewes. If a ewe is lambing when you arrive, a volunteer will let you know whether it is OK to watch.',
  ),
  j(
    'Pregnant visitors should not handle sheep or lambs, or touch anything in the lambing area, because of the risk of infections',
    'that can pass from sheep to people. Please speak to a member of staff if you are unsure.',
  ),
];
const g6 = [
  j(
    'Lambing is the most expensive time of our year. Heat lamps, straw, colostrum, milk powder and vet visits add up to around',
    '£2,400 in a normal spring, and this has not been a normal spring. If you would like to help, you can sponsor a lamb for £15,',
    'and we will send you a photo and a certificate.',
  ),
  j(
    'We also need evening volunteers for the last week of lambing. No experience is needed, just warm clothes and a willingness to',
    'sit very still in a cold barn for a couple of hours. We will keep you supplied with tea.',
  ),
  'Next week: tails, tags and the first trip out to the paddock.',
];
const gCaptions = ['Moss with two of her triplets on Thursday morning. Photo: Ferndale Community Farm', 'Pip, four days old, waiting for her 10am bottle.'];
const gNav = ['Home', 'Visit', 'Animals', 'Volunteer', 'Sponsor a lamb'];
const gRead = [
  ['Lambing diary: week one', 'Seven lambs, four ewes and a new heat lamp.', 'Mar 8, 2026', '4 min read'],
  ['Meet the Jacobs', 'Why our spotted, four-horned sheep are a rare breed worth saving.', 'Feb 22, 2026', '5 min read'],
  ['Volunteer spotlight: the evening shift', 'What happens on the farm after the gates close.', 'Feb 9, 2026', '3 min read'],
];
const card = (r: readonly string[]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${r[0]?.length}/">
<img class="post-card-image" src="/content/images/size/w600/2026/02/card.jpg" alt="${r[0]}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${r[0]?.length}/"><header class="post-card-header"><h2 class="post-card-title">${r[0]}</h2></header>
<div class="post-card-excerpt">${r[1]}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-02-01">${r[2]}</time>
<span class="post-card-meta-length">${r[3]}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8b2c1a"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://blog.ferndalefarm.org.uk/lambing-diary-week-two/"><meta property="og:site_name" content="The Barn Door">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-15T09:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Barn Door"},
"author":{"@type":"Person","name":"Gwen Tallis"},"headline":"${gTitle}","datePublished":"2026-03-15T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://blog.ferndalefarm.org.uk/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:4vmin}</style></head>
<body class="post-template tag-lambing tag-diary is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://blog.ferndalefarm.org.uk">The Barn Door</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"><path d="M14.949 14.949a1 1 0 0 1 1.414 0l6.344 6.344"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((n) => `<li class="nav-${n.toLowerCase().replace(/ /g, '-')}"><a href="/${n.toLowerCase()}/">${n}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-lambing tag-diary ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/lambing/">Lambing</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/gwen/" class="author-avatar"><img class="author-profile-image" src="/content/images/2025/09/gwen.jpg" alt="Gwen Tallis"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/gwen/">Gwen Tallis</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-15">Mar 15, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/03/moss.jpg 600w" src="/content/images/size/w2000/2026/03/moss.jpg" alt="Moss">
<figcaption><span style="white-space: pre-wrap;">${gCaptions[0]}</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(g1)}
<h2 id="monday-a-slow-start">${gHeads[0]}</h2>${ps(g2)}
<h2 id="wednesday-night">${gHeads[1]}</h2>${ps(g3)}
<blockquote>${gQuote}</blockquote>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/03/pip.jpg" class="kg-image" alt="Pip" loading="lazy" width="1200"
height="800"><figcaption><span style="white-space: pre-wrap;">${gCaptions[1]}</span></figcaption></figure>
<h2 id="the-bottle-feeding-rota">${gHeads[2]}</h2>${ps([g4[0] ?? ''])}<ul>${g4
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>${ps([g4[4] ?? ''])}
<h2 id="what-visitors-can-see">${gHeads[3]}</h2>
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🐑</div><div class="kg-callout-text">${gCallout}</div></div>
${ps(g5)}
<h2 id="how-you-can-help">${gHeads[4]}</h2>${ps(g6)}
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
data-ghost-comments="https://blog.ferndalefarm.org.uk/" data-post-id="65f3a2c1"></script></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2>${gRead.map(card).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.ferndalefarm.org.uk">The Barn Door</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sitemap', 'Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8b2c1a"></script></body></html>`;
const barnDoor: TestPage = {
  name: 'heldout632-ghost-lambing-diary',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gExcerpt, ...g1, ...g2, ...g3, gQuote, ...g4, gCallout, ...g5, ...g6]),
  bylines: ['Gwen Tallis', 'Mar 15, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Barn Door', ...gNav, 'Sign in', 'Subscribe', 'Lambing', '• 7 min read', ...gCaptions, 'Sign up for more like this.', 'Enter your email',
    'Read more', ...gRead.flat(), 'The Barn Door © 2026', 'Sitemap', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT632_C2: readonly TestPage[] = [settle(barnDoor)];
