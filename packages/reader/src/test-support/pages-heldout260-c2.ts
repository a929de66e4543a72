import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout260-kit.js';

/**
 * Held-out batch 260, file c2: a Ghost post on the Casper theme (gh-head navigation with Sign in / Subscribe, the primary
 * tag above the title, the excerpt, article-byline with author, date and reading time, a captioned feature image, Koenig
 * callout and bookmark cards, the members sign-up CTA, "Read more" cards, and the footer with "Powered by Ghost").
 */
const gTitle = 'A Field Guide to the Lichens on Our Churchyard Wall';
const gExcerpt = 'Twelve species on forty metres of old sandstone, and how to tell the common ones apart with a hand lens.';
const gH = ['Start with the colour', 'The crusts', 'The leafy ones', 'A note on care'];
const gP0 = [
  j(
    'The wall around St Brannoc’s churchyard is a little under forty metres long and about three hundred years old. Last',
    'spring the parish survey group counted twelve species of lichen on it, which is more than on any other wall in the',
    'parish, and several people asked for a simple guide. This is it.',
  ),
];
const gP1 = [
  j(
    'Most beginners try to start with shape. Colour is easier. Stand back from the wall and you will see bright orange',
    'patches, grey-green rosettes, and dark, almost black crusts that look like spilled tar.',
  ),
];
const gCallout = 'Take a hand lens with a ten-times magnification. Almost every identification on this wall depends on it.';
const gP2 = [
  j(
    'The black crust on the north face is a map lichen, named for the dark lines where one colony meets the next. Each',
    'patch is a separate individual, and the borders between them can be decades old.',
  ),
  j(
    'The orange discs on the capstones are a sunburst lichen. It loves the top of the wall because birds perch there and',
    'the droppings add nitrogen. If you see orange lichen low down, look for a gutter or a bird table nearby.',
  ),
];
const gP3 = [
  j(
    'The grey rosettes near the gate are leafy lichens, which lift at the edges like the pages of a wet book. Press gently',
    'with a fingertip: if the lobes are loose and the underside is pale, you are looking at one of the shield lichens.',
  ),
  'Three features will separate the common leafy species:',
];
const gList = [
  'Powdery edges on the lobes, which mean the lichen spreads by tiny fragments.',
  'Small cups on the upper surface, which are its fruiting bodies.',
  'A white network of fine cracks, which gives one species its name.',
];
const gP4 = [
  j(
    'Please do not scrape samples off the wall. Lichens grow a millimetre or two a year, and a thumbnail-sized patch may',
    'be older than the parish register. Photographs are enough for the survey, and we are always glad to receive them.',
  ),
];
const gNav = ['Home', 'Surveys', 'Walks', 'About the group'];
const gMore = ['Counting bats at the old mill', 'The moths of a single garden light', 'How to join the spring survey'];
const gFoot = ['Sign up', 'Contact', 'Privacy'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a61f4b2b9c"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://brannocnature.example/lichens-churchyard-wall/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-04-18T09:30:00.000Z"><meta property="article:tag" content="Surveys">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Brannoc Nature Notes"},
"author":{"@type":"Person","name":"Sefton Hale"},"headline":"${gTitle}","datePublished":"2026-04-18T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.104"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true"
data-ghost="https://brannocnature.example/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-surveys is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://brannocnature.example">Brannoc Nature Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-home')}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div>
</header><div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-surveys ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/surveys/">Surveys</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/sefton/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/01/sefton.jpg"
alt="Sefton Hale"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/sefton/">Sefton Hale</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-04-18">Apr 18, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div>
</div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/04/wall.jpg 300w, /content/images/size/w2000/2026/04/wall.jpg 2000w"
src="/content/images/size/w2000/2026/04/wall.jpg" alt="${gTitle}"><figcaption><span style="white-space: pre-wrap;">The north face of the wall in April.
Photo by Maud Penrice</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gP0)}
<h2 id="start-with-the-colour">${gH[0]}</h2>
${ps(gP1)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🔍</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="the-crusts">${gH[1]}</h2>
${ps(gP2)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://brannocnature.example/spring-survey/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">How to join the spring survey</div><div class="kg-bookmark-description">Dates, kit lists and where to meet for the 2026
season.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Brannoc Nature Notes</span></div></div></a></figure>
<h2 id="the-leafy-ones">${gH[2]}</h2>
${ps(gP3)}
<ul>${gList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="a-note-on-care">${gH[3]}</h2>
${ps(gP4)}
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal=""><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2>${gMore
  .map(
    (t) => `<article class="post-card post">
<a class="post-card-image-link" href="#"></a><div class="post-card-content"><a class="post-card-content-link" href="#"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><span class="post-card-meta-length">3 min
read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://brannocnature.example">Brannoc Nature Notes</a> ©
2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.example/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a61f4b2b9c"></script><script>document.documentElement.classList.add('has-js');</script></body></html>`;
export const ghost: TestPage = {
  name: 'heldout260-ghost-casper-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gExcerpt, ...gP0, ...gP1, gCallout, ...gP2, ...gP3, ...gList, ...gP4]),
  bylines: ['Sefton Hale', 'Apr 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brannoc Nature Notes', ...gNav, 'Sign in', 'Subscribe', 'Surveys', '4 min read', 'The north face of the wall in April. Photo by Maud Penrice',
    'How to join the spring survey', 'Dates, kit lists and where to meet for the 2026 season.', 'Sign up for more like this.', 'Enter your email',
    'Read more', ...gMore, '3 min read', 'Brannoc Nature Notes © 2026', ...gFoot, 'Powered by Ghost',
  ],
};
