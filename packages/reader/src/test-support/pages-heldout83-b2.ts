import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 83, file b2: a personal astrophotography blog on Ghost 5 with the Casper theme (gh-head with the site
 * title, nav, search button and the members "Sign in" / "Subscribe" links, the primary tag, title, custom excerpt, the
 * author byline with date and reading time, the feature image caption, kg cards in the content (an image card with caption,
 * a callout card, a bookmark card), the comments root, the footer call to action, the "read more" post cards and the
 * footer with "Powered by Ghost").
 */
const ghTitle = 'My first good Moon mosaic, and the three mistakes that came before it';
const ghExcerpt =
  'It took four clear nights, one dew-soaked laptop and a lot of patience with stacking software before I got a full-disc Moon I actually ' +
  'wanted to print.';
const ghP1 = [
  'I bought my little planetary camera last winter, mostly because everyone on the forum said it was the cheapest way to get serious about ' +
    'the Moon. They were right about the cheap part. It took me until September to get a picture I was proud of, and most of that time was ' +
    'spent learning things that seem obvious now.',
  'This post is the write-up I wish I had read in January. It is not a full tutorial, and there are better guides for the software. It is ' +
    'just what went wrong for me, in order, and what fixed it.',
];
const ghH1 = 'The setup';
const ghP2 = [
  'For anyone curious, here is what I was working with. Nothing here is expensive by the standards of the hobby, and most of it was bought ' + 'secondhand.',
];
const ghList = [
  'A 127 mm Maksutov on a simple alt-azimuth go-to mount',
  'A small colour planetary camera with a 1/2.8 inch sensor',
  'An old laptop with a USB 3 port and a very tired battery',
  'A red-light head torch and far too many flasks of tea',
];
const ghH2 = 'Mistake one: chasing the whole disc';
const ghP3 = [
  'The Moon is bigger in my telescope than the camera sensor can see, so a single frame only ever catches part of it. For months I kept ' +
    'trying to fit the whole thing in by pulling the camera back with spacers, which made everything soft and small. The answer was to stop ' +
    'fighting it and shoot a mosaic: overlapping sections, each stacked separately, stitched together afterwards.',
  'My first mosaic had nine panels and two obvious gaps near the southern limb where I had nudged the mount too far. I now overlap each ' +
    'panel by roughly a third and take an extra row along the edges, which costs five minutes and has saved me every time since.',
];
const ghCallout =
  'If you are starting out, do a four-panel mosaic along the terminator first. It teaches you everything about overlap without the ' +
  'pressure of covering the whole disc.';
const ghH3 = 'Mistake two: dew, and then more dew';
const ghP4 = [
  'The second problem was the kind you only get in a garden next to a river. On two of my first four good nights the corrector plate fogged ' +
    'up within forty minutes, and I did not notice until I looked at the files the next morning. Every frame after that point was a grey smear.',
  'A cheap dew heater strap and a small power bank fixed it. I also started checking a single frame at full size every quarter of an hour ' +
    'rather than trusting the preview window.',
];
const ghH4 = 'Mistake three: sharpening until it hurt';
const ghP5 = [
  'Stacking turned a few thousand noisy frames into one clean one, and then I ruined it. Wavelet sharpening is addictive. Each slider makes ' +
    'the craters pop a little more, until the whole picture has dark rings around every edge and looks like an old newspaper photo.',
  'The rule I follow now is to sharpen until it looks good, then back every slider off by a quarter. It always looks a bit soft on the ' +
    'screen at midnight. It always looks right in the morning.',
];
const ghH5 = 'The one I printed';
const ghP6 = [
  'The mosaic at the top of this post is fifteen panels taken on the night of 14 September, a day and a half after first quarter. Each panel ' +
    'is the best 20 percent of 3,000 frames. It is not perfect: there is a faint seam across one of the big dark maria if you know where to ' +
    'look. But it is on the wall in the hallway now, and I still stop to look at it.',
  'Next up is trying the same thing with a monochrome camera and a red filter, which I am told cuts through poor seeing. I will report back, ' +
    'probably with a list of new mistakes.',
];
const ghNav = ['Home', 'Gear', 'Guides', 'Gallery', 'About'];
const ghFeatureCap = 'Fifteen-panel mosaic of the waxing gibbous Moon, 14 September 2025.';
const ghCap = 'Panel seven of the September mosaic, straight out of the stacking software.';
const ghBookmark = [
  'Stacking planetary video: a beginner’s walkthrough',
  'From raw capture to a sharpened stack in four steps, with the settings that work for the Moon and the bright planets.',
  'Seeing Conditions',
  'Tomasz Wrona',
];
const ghCta = ['Sign up for more like this.', 'Enter your email'];
const ghMore = [
  ['Lunar', 'Why I stopped buying eyepieces', 'Three years, eleven eyepieces, and the two I actually use.', 'Oct 2, 2025', '5 min read'],
  ['Gear', 'A dew shield from a camping mat', 'Twenty minutes, one roll of tape, no more fogged corrector plates.', 'Sep 18, 2025', '3 min read'],
  ['Planets', 'Jupiter at 30 degrees altitude: is it worth it?', 'Low in the sky and boiling, but still fun.', 'Aug 30, 2025', '6 min read'],
];
const ghFootNav = ['Sign up', 'Privacy', 'Contact'];
const ghH = (t: string): string => `<h2 id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</h2>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${ghTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://backyardphotons.example/assets/built/screen.css?v=2f1e0a9c4b">
<meta name="description" content="${ghExcerpt}"><link rel="canonical" href="https://backyardphotons.example/first-good-moon-mosaic/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Backyard Photons"><meta property="og:type" content="article">
<meta property="og:title" content="${ghTitle}"><meta property="article:published_time" content="2025-10-26T19:14:02.000Z">
<meta property="article:tag" content="Lunar"><meta property="article:tag" content="Beginners"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Backyard Photons",
"url":"https://backyardphotons.example/"},"author":{"@type":"Person","name":"Rhiannon Pell","url":"https://backyardphotons.example/author/rhiannon/"},
"headline":"${ghTitle}","url":"https://backyardphotons.example/first-good-moon-mosaic/","datePublished":"2025-10-26T19:14:02.000Z",
"keywords":"Lunar, Beginners","description":"${ghExcerpt}"}</script>
<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" title="Backyard Photons"
href="https://backyardphotons.example/rss/">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://backyardphotons.example/"
data-key="3f1c0a1b7e0d9a2c4e5f6a7b8c" data-api="https://backyardphotons.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}.gh-post-upgrade-cta a.gh-btn{text-decoration:none}</style>
<script defer src="https://cdn.jsdelivr.example/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="3f1c0a1b7e0d9a2c4e5f6a7b8c"
data-styles="https://cdn.jsdelivr.example/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://backyardphotons.example/"
crossorigin="anonymous"></script>
<link href="https://backyardphotons.example/webmentions/receive/" rel="webmention"></head>
<body class="post-template tag-lunar tag-beginners is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://backyardphotons.example">Backyard Photons</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20" fill="none"
viewBox="0 0 24 24"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(ghNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-lunar tag-beginners">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/lunar/">Lunar</a></span></div>
<h1 class="article-title">${ghTitle}</h1>
<p class="article-excerpt">${ghExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rhiannon/" class="author-avatar" aria-label="Read more of Rhiannon Pell"><img class="author-profile-image"
src="/content/images/size/w100/2024/02/rhiannon.jpg" alt="Rhiannon Pell"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/rhiannon/">Rhiannon Pell</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-10-26">Oct 26, 2025</time>
<span class="byline-reading-time"><span class="bull">•</span> 7 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/10/mosaic.jpg 300w, /content/images/size/w2000/2025/10/mosaic.jpg 2000w"
src="/content/images/size/w2000/2025/10/mosaic.jpg" alt="${ghFeatureCap}"><figcaption><span
style="white-space: pre-wrap;">${ghFeatureCap}</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${ps(ghP1)}
${ghH(ghH1)}
${ps(ghP2)}
<ul>${ghList.map((t) => `<li>${t}</li>`).join('')}</ul>
${ghH(ghH2)}
${ps(ghP3)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${ghCallout}</div></div>
${ghH(ghH3)}
${ps(ghP4)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/10/panel-7.jpg" class="kg-image" alt="" loading="lazy" width="1600"
height="1200"><figcaption><span style="white-space: pre-wrap;">${ghCap}</span></figcaption></figure>
${ghH(ghH4)}
${ps(ghP5)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://seeingconditions.example/stacking-walkthrough/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">${ghBookmark[0]}</div><div class="kg-bookmark-description">${ghBookmark[1]}</div>
<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://seeingconditions.example/favicon.png" alt="">
<span class="kg-bookmark-author">${ghBookmark[2]}</span><span class="kg-bookmark-publisher">${ghBookmark[3]}</span></div></div>
<div class="kg-bookmark-thumbnail"><img src="https://seeingconditions.example/cover.jpg" alt=""></div></a></figure>
${ghH(ghH5)}
${ps(ghP6)}
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.example/ghost/comments-ui@~0.20/umd/comments-ui.min.js"
data-ghost-comments="https://backyardphotons.example/" data-api="https://backyardphotons.example/ghost/api/content/" data-post-id="671d3a0e2c"
data-count-only="false" crossorigin="anonymous"></script><div id="ghost-comments-root"></div></section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">${ghCta[0]}</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">${ghCta[1]}</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">
${ghMore
  .map(
    (m, i) => `<article class="post-card post"><a class="post-card-image-link" href="/post-${i}/"><img class="post-card-image" src="/content/images/${i}.jpg"
alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/post-${i}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">${m[0]}</span></div><h2 class="post-card-title">${m[1]}</h2></header>
<div class="post-card-excerpt">${m[2]}</div></a><footer class="post-card-meta"><time class="post-card-meta-date">${m[3]}</time>
<span class="post-card-meta-length">${m[4]}</span></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://backyardphotons.example">Backyard Photons</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(ghFootNav)}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://code.jquery.example/jquery-3.5.1.min.js" crossorigin="anonymous"></script>
<script src="https://backyardphotons.example/assets/built/casper.js?v=2f1e0a9c4b"></script></body></html>`;

export const ghostPost: TestPage = {
  name: 'heldout83-ghost-casper-blog',
  kind: 'blog',
  html: ghHtml,
  // the custom excerpt under the title and the callout card are body; the bookmark card, captions, tag, read-more cards
  // and the footer call to action are furniture; the author name, date and reading time are bylines
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3, ghH4, ghH5],
  body: [ghExcerpt, ...ghP1, ...ghP2, ...ghList, ...ghP3, ghCallout, ...ghP4, ...ghP5, ...ghP6],
  bylines: ['Rhiannon Pell', 'Oct 26, 2025', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Backyard Photons', ...ghNav, 'Sign in', 'Subscribe', 'Lunar', ghFeatureCap, ghCap, ...ghBookmark, ...ghCta, 'Planets',
    ...ghMore.flatMap((m) => m.slice(1)), 'Backyard Photons © 2025', ...ghFootNav, 'Powered by Ghost',
  ],
};
