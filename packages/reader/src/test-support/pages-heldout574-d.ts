import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout574-kit.js';

/**
 * Held-out batch 574, file d: a vintage dealer's buying-trip post on Ghost (Casper) with a feature image, an image card,
 * a subscribe box and "read more" posts, and a reclamation yard's blog post on Hugo (PaperMod) with a contents box and post nav.
 */
const gTitle = 'A week in the Loire barns: our spring buying trip';
const gDek = 'Six days, four brocantes, one van and a lot of zinc. Here is what is coming to the warehouse in May.';
const gParas = [
  j(
    'We left Dunmere on a Sunday with an empty van and a list that said, in Kit’s handwriting, “zinc, linen, enamel, anything',
    'green”. We came back the following Saturday with most of those and a few things that were on nobody’s list.',
  ),
  j(
    'The first three days were spent in the barns around Saumur, where a handful of families still clear farmhouses and sell to',
    'the trade from whatever outbuilding is to hand. Prices have risen since last year, but the quality of the linen was the best',
    'we have seen in a long time: heavy hand-loomed sheets, some with red cross-stitch monograms, and a stack of unused grain sacks.',
  ),
  j(
    'Zinc was harder to find. We bought two wash tubs, a watering can with its rose and a beautiful shop counter top, which is',
    'already spoken for. If you are after a zinc bath, we are sorry: we saw three and none of them held water.',
  ),
  j(
    'On Thursday we drove north to the Sunday-style market at Les Aubiers, which is held on Thursdays for reasons nobody could',
    'explain to us. This is where the enamel was: kitchen canisters, a set of graduated jugs and a railway station sign that needs',
    'a strong wall.',
  ),
  j(
    'Everything will be cleaned and photographed over the next three weeks. Newsletter readers see the new stock two days before',
    'it goes on the website, and the warehouse opens for the spring sale on Saturday 16 May.',
  ),
];
const gNav = ['Home', 'Shop', 'Journal', 'Warehouse days', 'About'];
const gMore = [
  ['Washing old linen without ruining it', 'Mar 2, 2026'],
  ['The autumn trip: Burgundy in the rain', 'Oct 19, 2025'],
  ['Why we do not sell reproduction enamel', 'Sep 8, 2025'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://journal.zincandlinen.co.uk/assets/built/screen.css?v=d4e1c0a3b2">
<link rel="canonical" href="https://journal.zincandlinen.co.uk/loire-barns-spring-buying-trip/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}"><meta property="article:published_time"
content="2026-04-14T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Zinc & Linen Journal"},
"author":{"@type":"Person","name":"Kit Farrant"},"headline":"${gTitle}","datePublished":"2026-04-14T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://journal.zincandlinen.co.uk/" data-key="8f2c" data-api="https://journal.zincandlinen.co.uk/ghost/api/content/" crossorigin="anonymous">
</script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-buying-trips is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://journal.zincandlinen.co.uk">
Zinc &amp; Linen Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.length}">
<a href="/${t.length}/">${t}</a></li>`,
  )
  .join('')}
</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-buying-trips image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/buying-trips/">Buying trips</a></span>
<span class="post-card-featured"><svg></svg> Featured</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/kit/"
class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/01/kit.jpg" alt="Kit Farrant"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/kit/">Kit Farrant</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-04-14">Apr 14, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w300/2026/04/barn.jpg 300w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/04/barn.jpg" alt="${gTitle}"><figcaption>Sorting linen in a barn outside Saumur</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gParas.slice(0, 2))}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/04/zinc.jpg" class="kg-image" alt="" loading="lazy" width="1600"
height="1067">
<figcaption><span style="white-space: pre-wrap;">The shop counter top, before cleaning</span></figcaption></figure>
${ps(gParas.slice(2))}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">📬</div><div class="kg-callout-text">Not on the list yet?
<a href="#/portal/signup">Join the newsletter</a> to see new stock first.</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([
      t,
      d,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/${(t ?? '').length}/"><img class="post-card-image" src="/c.jpg" alt="${t}">
</a>
<div class="post-card-content"><a class="post-card-content-link" href="/${(t ?? '').length}/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-01">${d}</time></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.zincandlinen.co.uk">Zinc &amp; Linen Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Shop', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://journal.zincandlinen.co.uk/assets/built/casper.js?v=d4e1c0a3b2"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout574-ghost-buying-trip',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [gDek, ...gParas],
  bylines: ['Kit Farrant', 'Apr 14, 2026', ...gMore.map(([, d]) => d ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Zinc & Linen Journal', ...gNav.filter((t) => t !== 'Shop'), 'Sign in', 'Subscribe', 'Buying trips', 'Featured', '• 4 min read',
    'Sorting linen in a barn outside Saumur',
    'The shop counter top, before cleaning', '📬', 'Not on the list yet? Join the newsletter to see new stock first.', 'Sign up for more like this.',
    'Enter your email', ...gMore.map(([t]) => t ?? ''), 'Zinc & Linen Journal © 2026', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
};

const hTitle = 'Matching reclaimed encaustic tiles for a Victorian hallway';
const hDesc = 'How we find, sort and lay old tiles to fill the gaps in an original floor.';
const hSecs: [string, string[]][] = [
  [
    'Start with what is left',
    [
      j(
        'Most hallway floors we are called to have lost somewhere between a tenth and a third of their tiles, usually along a wall',
        'where a radiator pipe went in or by the front door where the threshold was replaced. Before we look for a single tile we lift',
        'the loose ones, number them and draw the pattern on squared paper.',
      ),
    ],
  ],
  [
    'Sizes and thicknesses',
    [
      j(
        'Encaustic tiles from the 1870s to the 1900s came in a small set of standard sizes, but the thickness varied by maker. A',
        'reclaimed tile that is 3 mm thicker than its neighbours will rock; one that is thinner needs building up with adhesive.',
        'We sort every batch we buy by thickness with a set of calipers before it goes on the racks.',
      ),
    ],
  ],
  [
    'Colour and wear',
    [
      j(
        'The reds and buffs are easy to match; the blacks and the blues are not. Old blues faded to a grey-green where they were',
        'walked on, so a perfect tile from an attic store will look wrong beside them. We try to buy worn tiles from hallways that',
        'saw the same kind of traffic.',
      ),
      j(
        'When we cannot find a match, we would rather leave a plain black border tile in place of a missing patterned one than',
        'put in a bright new copy. Most owners agree once they see the two side by side.',
      ),
    ],
  ],
  [
    'Laying them',
    [
      j(
        'Reclaimed tiles go down on a lime mortar bed, not tile adhesive, so that the floor can be lifted again in a hundred years.',
        'We grout with a fine lime grout tinted to the old joints and finish with a breathable sealer, never a varnish.',
      ),
    ],
  ],
];
const hNav = ['Stock', 'Blog', 'Tiles', 'Visit', 'Contact'];
const hSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Brackley Lane Salvage</title><meta name="description" content="${hDesc}"><meta name="author" content="Tom Rudge">
<link rel="canonical" href="https://brackleylanesalvage.co.uk/posts/matching-encaustic-tiles/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<meta name="generator" content="Hugo 0.128.2">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-02-20T08:00:00+00:00",
"author":[{"@type":"Person","name":"Tom Rudge"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://brackleylanesalvage.co.uk/" accesskey="h"
title="Brackley Lane Salvage (Alt + H)">Brackley Lane
Salvage</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon"></svg><svg id="sun"></svg></button></div></div>
<ul id="menu">${hNav.map((t) => `<li><a href="https://brackleylanesalvage.co.uk/${hSlug(t)}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://brackleylanesalvage.co.uk/">Home</a>&nbsp;»&nbsp;<a
href="https://brackleylanesalvage.co.uk/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-description">${hDesc}</div><div class="post-meta">
<span title='2026-02-20 08:00:00 +0000 UTC'>February 20, 2026</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Tom Rudge
</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hSecs.map(([h]) => `<li><a href="#${hSlug(h)}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${hSecs
  .map(
    ([h, p]) => `<h2 id="${hSlug(h)}">${h}<a hidden class="anchor" aria-hidden="true" href="#${hSlug(h)}">#</a>
</h2>\n${ps(p)}`,
  )
  .join('\n')}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://brackleylanesalvage.co.uk/tags/tiles/">Tiles</a></li>
<li><a href="https://brackleylanesalvage.co.uk/tags/restoration/">Restoration</a></li></ul>
<nav class="paginav"><a class="prev" href="https://brackleylanesalvage.co.uk/posts/cast-iron-radiators/"><span class="title">« Prev</span><br>
<span>Buying a cast iron radiator that will not leak</span></a><a class="next" href="https://brackleylanesalvage.co.uk/posts/pitch-pine-floorboards/">
<span class="title">Next »</span><br><span>Pitch pine floorboards: sorting a lorry load</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/"><svg></svg></a>
</li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook" href="https://facebook.com/sharer/sharer.php"><svg></svg></a></li>
</ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://brackleylanesalvage.co.uk/">Brackley Lane Salvage</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position");}</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout574-hugo-papermod-tiles',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: [hDesc, ...hSecs.flatMap(([, p]) => p)],
  bylines: ['February 20, 2026', 'Tom Rudge'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brackley Lane Salvage', 'Stock', 'Blog', 'Visit', 'Contact', 'Home', 'Posts', '4 min', 'Table of Contents', 'Restoration', '« Prev',
    'Buying a cast iron radiator that will not leak', 'Next »', 'Pitch pine floorboards: sorting a lorry load', '© 2026 Brackley Lane Salvage',
    'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT574_D: readonly TestPage[] = [ghost, hugo];
