import { links, ps, type TestPage, texts } from './page-kit.js';
import { blogger } from './pages-heldout18-b2.js';

/**
 * Held-out batch 18, file b: a Ghost 5 newsletter post on a Casper-like theme (gh-head nav with "Sign in" / "Subscribe"
 * portal buttons, gh-article with tag, title, excerpt, author and date meta, feature image with caption, gh-content with a
 * bookmark card, the members CTA "Sign up for more like this." with its portal button, "Read more" cards, site footer).
 * The Blogger post of this file is in pages-heldout18-b2.ts.
 */
const ghTitle = 'The slow return of the hedgerow';
const ghExcerpt = 'Farmers in the Welsh Marches are planting miles of new hedges. Here is what the first ten years have taught them.';
const ghBody1 = [
  'Walk the lanes west of Knighton in early May and you will see something that was rare twenty years ago: young hedges, still in ' +
    'their plastic guards, running along field edges where there was only wire.',
  'Since 2015, farmers in the valley have planted a little over forty miles of new hedgerow, most of it hawthorn and blackthorn with ' +
    'hazel, field maple and dog rose mixed in. Some of it was paid for by grant schemes, and a surprising amount was not.',
];
const ghH1 = 'Why farmers are planting again';
const ghBody2 = [
  'The reasons people give are practical before they are ecological. A thick hedge shelters lambs from the spring wind, slows water ' +
    'running off a slope and, once it is laid, keeps sheep in better than a fence that needs replacing every fifteen years.',
  'Gareth Pryce, who farms 300 acres above the Teme, put it simply when I visited in April: “I was spending more on fencing than on ' +
    'fertiliser. A hedge you plant once.”',
];
const ghH2 = 'What the first decade shows';
const ghBody3 = [
  'The early hedges were planted too close to the field, trimmed too hard and too often, and many have gaps where whips died in the ' + 'dry summer of 2018.',
  'The better ones were cut only every second or third winter, which lets them flower and fruit. On those stretches, bird counts ' +
    'carried out by volunteers have roughly doubled, with yellowhammers and linnets returning to farms that had not recorded them in decades.',
  'Next month I will write about hedge laying itself, the winter craft that turns a line of overgrown shrubs into a living fence.',
];
const ghCaption = 'A two-year-old hawthorn hedge above the Teme valley, planted with guards in the winter of 2023.';
const ghNav = ['Home', 'About', 'Archive', 'Field notes', 'Podcast'];
const ghReadMore: [string, string][] = [
  ['What the curlew needs', 'Ground-nesting birds are vanishing from the uplands. A farmer and an ecologist walk the same field.'],
  ['A winter of hedge laying', 'Three months learning the Midland style from a man who has laid hedges for sixty years.'],
  ['The orchards nobody prunes', 'Old cider orchards are falling down across Herefordshire. Some are worth saving.'],
];
const ghFoot = ['Sign up', 'Privacy', 'Contact', 'RSS'];
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ghTitle}</title><meta name="description" content="${ghExcerpt}">
<meta name="generator" content="Ghost 5.96"><link rel="canonical" href="https://marchesletter.example/the-slow-return-of-the-hedgerow/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Marches Letter"},
"author":{"@type":"Person","name":"Elin Rhys-Morgan"},"headline":"${ghTitle}","datePublished":"2025-05-22T07:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.45/umd/portal.min.js" data-i18n="true" data-ghost="https://marchesletter.example/"
data-key="5c2f0e7a91" data-api="https://marchesletter.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;padding:40px 4vw}</style></head>
<body class="post-template tag-farming tag-hash-import has-sans-title is-head-left-logo"><div class="gh-site">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">The Marches Letter</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(ghNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main id="site-main" class="site-main"><article class="article post tag-farming featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/farming/">Farming</a></span>
<span class="post-card-featured">Featured</span></div>
<h1 class="article-title">${ghTitle}</h1><p class="article-excerpt">${ghExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/elin/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/01/elin.jpg" alt="Elin Rhys-Morgan">
</a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/elin/">Elin Rhys-Morgan</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-05-22">May 22, 2025</time>
<span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/05/hedge.jpg 300w, /content/images/size/w2000/2025/05/hedge.jpg 2000w"
src="/content/images/size/w2000/2025/05/hedge.jpg" alt="Young hawthorn hedge"><figcaption><span style="white-space: pre-wrap;">${ghCaption}</span>
</figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${ps(ghBody1)}
<h2 id="why-farmers-are-planting-again">${ghH1}</h2>
${ps(ghBody2)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://hedgelink.example/guidance/planting"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Planting a new hedge: a practical guide</div><div class="kg-bookmark-description">Site preparation, species mixes and aftercare
for the first five years.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Hedgelink</span></div></div></a></figure>
<h2 id="what-the-first-decade-shows">${ghH2}</h2>
${ps(ghBody3)}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${ghReadMore
  .map(
    ([t, e]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><h3 class="post-card-title">${t}</h3></header>
<div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><span class="post-card-meta-length">5 min read</span></footer></div>
</article>`,
  )
  .join('\n')}
</div></aside></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Marches Letter</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(ghFoot, 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://marchesletter.example/assets/built/casper.js?v=8d6a4c1f"></script></body></html>`;
const ghost: TestPage = {
  html: ghHtml,
  name: 'heldout18-ghost-newsletter',
  kind: 'blog',
  // the article-excerpt under the title is the post's standfirst: body; the two h2s in gh-content are the headings; the
  // author and "May 22, 2025" are bylines; the tag, "Featured", "6 min read", the feature image caption, the bookmark card
  // (title, description, publisher), the "Sign up for more like this." CTA and its input label, "Read more" cards (titles,
  // excerpts, "5 min read"), the portal buttons, nav, and footer are furniture; the nav's "Home" and "About" are words of the
  // body ("about forty miles", "write about"): "About" left out, "Home" kept; "Subscribe" and the site name count once
  title: ghTitle,
  headings: [ghH1, ghH2],
  body: [ghExcerpt, ...texts(ghBody1), ...texts(ghBody2), ...texts(ghBody3)],
  bylines: ['Elin Rhys-Morgan', 'May 22, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Marches Letter', ...ghNav.filter((t) => t !== 'About'), 'Sign in', 'Subscribe', 'Farming', 'Featured', '6 min read', ghCaption,
    'Planting a new hedge: a practical guide', 'Site preparation, species mixes and aftercare for the first five years.', 'Hedgelink',
    'Sign up for more like this.', 'Enter your email', 'Read more', ...ghReadMore.flat(), '5 min read', ...ghFoot, 'Powered by Ghost',
  ],
};

export const HELDOUT18_B: readonly TestPage[] = [ghost, blogger];
