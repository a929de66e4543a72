import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 115, file a2: a Ghost 5 blog post on the Casper theme, whose content opens with an italic "This post was
 * originally published on ... and has been updated" line (site header nav with "Sign in" / "Subscribe", the primary tag,
 * the excerpt, the byline with reading time, a feature image caption, the members CTA inside the content, "Read more" cards,
 * the Portal popup frame and the footer).
 */
const t = 'A beginner’s guide to overwintering dahlias in a cold garden';
const dek = 'Lifting, drying and storing tubers so they come back stronger next spring, even if your soil stays wet all winter.';
const upd = 'This post was originally published on 4 October 2022 and has been updated for the 2025 season.';
const pA = [
  'Every autumn the same question arrives in my inbox: do I have to dig up my dahlias? The honest answer is that it depends on ' +
    'your soil more than your winter. Dahlia tubers can survive a few degrees of frost if the ground is well drained. What kills ' +
    'them is sitting cold and wet for months, when they rot from the neck down.',
  'My garden is heavy clay at the bottom of a slope, so I lift everything. If yours is light and sandy, a thick mulch may be all ' +
    'you need. Here is how I do it.',
];
const hA = 'When to lift';
const pB = [
  'Wait until the first frost has blackened the foliage. That tells the plant to stop growing and sends the last of the sugars ' +
    'down into the tubers. Cut the stems to about fifteen centimetres and leave them for a week or so before digging, so the ' +
    'skins toughen.',
  'Lift on a dry day with a fork, working in a wide circle well away from the stem. Tubers snap easily at the neck, and a ' +
    'broken neck means no shoots next year.',
];
const hB = 'Drying and cleaning';
const pC = [
  'Shake off the loose soil and turn the clumps upside down in a frost-free shed so water drains out of the hollow stems. After ' +
    'a few days, brush off the rest of the soil. I no longer wash them, since I found that washed tubers shrivelled more over ' +
    'winter.',
  'This is also the time to label them. I write the variety on the stem stump with a paint pen, because plastic labels always ' + 'fall out.',
];
const hC = 'Storing them';
const lA = [
  'Pack the clumps into crates of barely damp compost or vermiculite, with the necks just showing.',
  'Keep the crates somewhere cool and dark, between five and ten degrees.',
  'Check them once a month and cut away any soft or mouldy parts with a clean knife.',
  'If a tuber looks badly shrivelled, mist the compost lightly.',
];
const pD = [
  'In March I pot the clumps up in the greenhouse and start them into growth, then divide them once the eyes are visible. They ' +
    'go back in the ground after the last frost, usually in mid May here.',
  'Since I updated this guide I have lost only two tubers in three winters, both to a leaking shed roof rather than the method.',
];
const nav = ['Home', 'Growing', 'Cut Flowers', 'Garden Diary', 'About'];
const caption = 'Dahlia clumps drying upside down in the potting shed.';
const cta = ['This post is for subscribers', 'Sign up for free to get new posts in your inbox each week.', 'Subscribe now'];
const more = ['How to take dahlia cuttings in spring', 'Five cut flowers for a clay soil', 'Building a cold frame from old windows'];
const foot = ['Sign up', 'Privacy', 'Contact'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${t}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://thewetbed.example/assets/built/screen.css?v=4f1c2a9b1e">
<meta name="description" content="${dek}"><link rel="canonical" href="https://thewetbed.example/overwintering-dahlias/">
<meta property="og:site_name" content="The Wet Bed"><meta property="og:type" content="article"><meta property="og:title" content="${t}">
<meta property="article:published_time" content="2022-10-04T08:00:00.000Z"><meta property="article:modified_time" content="2025-10-01T16:21:09.000Z">
<meta property="article:tag" content="Growing"><meta name="generator" content="Ghost 5.115">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Wet Bed"},
"author":{"@type":"Person","name":"Isobel
Marsh"},"headline":"${t}","datePublished":"2022-10-04T08:00:00.000Z","dateModified":"2025-10-01T16:21:09.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="https://thewetbed.example/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:32px}</style>
</head>
<body class="post-template tag-growing is-head-left-logo has-serif-body">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://thewetbed.example">The Wet Bed</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(nav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-growing">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/growing/">Growing</a></span></div>
<h1 class="article-title">${t}</h1><p class="article-excerpt">${dek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/isobel/" class="author-avatar"><img class="author-profile-image"
src="/content/images/size/w100/isobel.jpg" alt="Isobel Marsh"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/isobel/">Isobel Marsh</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-10-01">Oct 1, 2025</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/09/dahlias.jpg 300w" src="/content/images/size/w2000/2025/09/dahlias.jpg"
alt="${caption}">
<figcaption>${caption}</figcaption></figure></header>
<section class="gh-content gh-canvas">
<p><em>${upd}</em></p>
${ps(pA)}
<h2 id="when-to-lift">${hA}</h2>
${ps(pB)}
<h2 id="drying-and-cleaning">${hB}</h2>
${ps(pC)}
<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><div class="kg-cta-text"><p><strong>${cta[0]}</strong></p><p>${cta[1]}</p></div>
<a href="#/portal/signup" class="kg-cta-button">${cta[2]}</a></div></div>
<h2 id="storing-them">${hC}</h2>
<ul>${lA.map((x) => `<li>${x}</li>`).join('\n')}</ul>
${ps(pD)}
</section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${more
  .map(
    (m, i) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/"></a><div class="post-card-content"><a
class="post-card-content-link" href="/p${i}/">
<header class="post-card-header"><h2 class="post-card-title">${m}</h2></header></a><footer class="post-card-meta"><span
class="post-card-meta-date">Sep ${i + 2}, 2025</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://thewetbed.example">The Wet Bed</a> &#169; 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(foot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.example/" target="_blank"
rel="noopener">Powered by Ghost</a></div>
</div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui"><button class="pswp__button pswp__button--close" title="Close
(Esc)"></button></div></div>
<div id="ghost-portal-root"><div><iframe title="portal-trigger" class="gh-portal-triggerbtn-iframe" style="display:none"></iframe></div></div>
<script src="https://thewetbed.example/assets/built/casper.js?v=4f1c2a9b1e"></script>
</body></html>`;

export const ghostPost: TestPage = {
  name: 'heldout115-ghost-casper-updated-blog',
  kind: 'blog',
  html,
  title: t,
  headings: [hA, hB, hC],
  body: texts([dek, ...pA, ...pB, ...pC, ...lA, ...pD]),
  bylines: [upd, 'Isobel Marsh', 'Oct 1, 2025', '4 min read'],
  furniture: [
    'The Wet Bed',
    ...nav,
    'Sign in',
    'Subscribe',
    caption,
    ...cta,
    'Read more',
    ...more,
    'Sep 2, 2025',
    'Sep 3, 2025',
    'Sep 4, 2025',
    '© 2025',
    ...foot,
    'Powered by Ghost',
  ],
};
