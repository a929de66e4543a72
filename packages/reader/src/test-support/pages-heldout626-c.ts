import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout626-kit.js';

/**
 * Held-out batch 626, file c: a miniatures shop's painting tutorial on Ghost (Casper theme) with a callout card, an image card,
 * the members sign-up box and read-more cards.
 */
const hTitle = 'Painting faces at 28 mm: three layers, no more';
const hDek = 'Most faces on our painting table are overworked. Here is the quick method we teach on Thursday nights.';
const hHeads = ['The base layer', 'The shade', 'The highlight', 'Eyes, or not'];
const hBody = [
  [
    j(
      'A 28 mm figure has a face about the size of a grain of rice. You will not paint every feature of it, and you should not try.',
      'Three layers are enough to make it read as a face from arm\u2019s length, which is how anyone will ever look at it.',
    ),
  ],
  [
    j(
      'Start with a mid skin tone over a brown undercoat. Thin it with a drop of water per brush-load and give it two coats rather',
      'than one thick one. Leave the eye sockets and the line under the nose a little darker; that is the shade half done already.',
    ),
  ],
  [
    j(
      'Mix a wash from the base colour and a red-brown, about one to one, with plenty of water. Run it into the eye sockets, under',
      'the cheekbones and along the jaw. If it pools on the forehead, wick it away with a dry brush.',
    ),
  ],
  [
    j(
      'Add a little white to the base colour and pick out only the raised points: the bridge of the nose, the cheekbones, the top',
      'of the brow and the chin. That is the whole method.',
    ),
    j('If the highlight looks chalky, glaze it back with a very thin coat of the base colour. Glazing is more forgiving than', 'repainting.'),
  ],
  [
    j(
      'At this scale a painted eye is usually a mistake. A dark line in the socket, with no white at all, looks more natural from',
      'a metre away than the most careful pupil.',
    ),
  ],
];
const hCallout = j(
  'Bring a figure along on Thursday and we will paint one face together. Brushes and paints are on the table; there is no',
  'charge for shop customers.',
);
const hNav = ['Home', 'Tutorials', 'New releases', 'Painting nights', 'Shop'];
const hCards = [
  ['Painting', 'Basing in ten minutes', 'Sand, a wash and two tufts. Our quickest base for a whole regiment.', 'Dec 9, 2025', '4 min read'],
  ['News', 'Thursday painting nights are back', 'From 15 January, 6pm until 9pm, upstairs at the shop.', 'Jan 8, 2026', '1 min read'],
];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>${hTitle}</title><meta name="HandheldFriendly" content="True" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="stylesheet" type="text/css" href="https://marrowgate.example/assets/built/screen.css?v=4a1c2d9e" />
<meta name="description" content="${hDek}"><link rel="canonical" href="https://marrowgate.example/painting-faces-28mm/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Marrowgate Miniatures">
<meta property="og:type" content="article"><meta property="og:title" content="${hTitle}"><meta property="article:published_time"
content="2026-01-22T18:30:00.000Z">
<meta property="article:tag" content="Painting"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Marrowgate Miniatures"},
"author":{"@type":"Person","name":"Ines Marlow"},"headline":"${hTitle}","datePublished":"2026-01-22T18:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Marrowgate Miniatures"
href="https://marrowgate.example/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://marrowgate.example/"
data-key="7c1e0a" data-api="https://marrowgate.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{background-color:#15212A;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="7c1e0a"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css"
data-sodo-search="https://marrowgate.example/" crossorigin="anonymous"></script></head>
<body class="post-template tag-painting tag-tutorials is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://marrowgate.example">
Marrowgate Miniatures</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg"
fill="none"
viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21
21l-6-6"></path></svg>
</button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(hNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-painting tag-tutorials ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/painting/">Painting</a></span></div>
<h1 class="article-title">${hTitle}</h1><p class="article-excerpt">${hDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ines/" class="author-avatar" aria-label="Read more of Ines Marlow"><img class="author-profile-image"
src="/content/images/size/w100/2025/05/ines.jpg"
alt="Ines Marlow" /></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Ines Marlow</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-01-22">Jan 22, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span>
5 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/01/faces.jpg 300w, /content/images/size/w600/2026/01/faces.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/01/faces.jpg" alt="Three painted heads on a cork" />
<figcaption><span style="white-space: pre-wrap;">Base, shade, highlight: the same head at each stage.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(hBody[0] ?? [])}
<h2 id="the-base-layer">${hHeads[0]}</h2>
${ps(hBody[1] ?? [])}
<h2 id="the-shade">${hHeads[1]}</h2>
${ps(hBody[2] ?? [])}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/01/wash.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="800">
<figcaption><span style="white-space: pre-wrap;">Wick the wash away from the forehead before it dries.</span></figcaption></figure>
<h2 id="the-highlight">${hHeads[2]}</h2>
${ps(hBody[3] ?? [])}
<h2 id="eyes-or-not">${hHeads[3]}</h2>
${ps(hBody[4] ?? [])}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🖌️</div><div class="kg-callout-text">${hCallout}</div></div>
</section>
<section class="article-comments gh-canvas"></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${hCards
  .map(
    ([tag = '', t = '', ex = '', d = '', len = '']) => `<article class="post-card post">
<a class="post-card-image-link" href="/${t.length}/"><img class="post-card-image" src="/content/images/size/w600/2025/12/card.jpg" alt="${t}" loading="lazy"
/></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-01">${d}</time><span class="post-card-meta-length">${len}</span></footer>
</div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://marrowgate.example">Marrowgate Miniatures</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up nav-current" role="menuitem"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://marrowgate.example/assets/built/casper.js?v=4a1c2d9e"></script>
<script>document.documentElement.classList.add('has-js');</script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout626-ghost-painting-faces',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [hDek, ...texts(hBody.flat()), hCallout],
  bylines: ['Ines Marlow', 'Jan 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Marrowgate Miniatures', ...hNav.filter((t) => t !== 'Shop'), 'Sign in', 'Subscribe', '•', '5 min read',
'Base, shade, highlight: the same head at each stage.',
    'Wick the wash away from the forehead before it dries.', '🖌️', 'Sign up for more like this.', 'Enter your email', ...hCards.flat().filter((t) => t !==
'Painting'),
    '© 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT626_C: readonly TestPage[] = [ghostPost];
