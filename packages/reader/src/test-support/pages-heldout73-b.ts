import { links, ps, type TestPage, texts } from './page-kit.js';
import { jekyllOldPost } from './pages-heldout73-b2.js';

/**
 * Held-out batch 73, file b: a Ghost 5 (Casper) members-only post shown as a public preview, ending in the "This post is for
 * subscribers only" upgrade box (header with "Sign in" / "Subscribe", primary tag and "Featured" label, excerpt, author byline
 * with reading time, cover caption, the footer call to action, "read more" cards and the Ghost footer), and a personal Jekyll
 * (Minima) post with a "this post is over 3 years old" notice at the top of its text, code blocks, an author's own update,
 * tags, previous/next links, a Disqus noscript line and the Minima footer.
 */
const ghTitle = 'What the Tide Tables Don’t Tell You';
const ghExcerpt = 'Eleven years of walking the same estuary at low water taught me to distrust the numbers I used to plan by.';
const ghPreview = [
  'The first time I was cut off by the tide I had a printed table in my coat pocket. It said low water at Penhallow Sands was at ' +
    '14:12, height 0.9 metres, and I had done the sum everyone does: three hours either side, plenty of time to walk out to the ' +
    'mussel beds and back. At a quarter to four I was standing on a sandbank with water running fast through the channel behind me.',
  'Nothing in the table was wrong. It just described a different estuary from the one I was standing in.',
  'A tide table is a prediction for one reference point, usually a harbour with a tide gauge and a long record. Every other place ' +
    'is worked out from it by adding or subtracting a few minutes and a few centimetres. That works well on open coast. In a ' +
    'shallow estuary, with sandbanks that move every winter and a river that can double in volume overnight, the corrections are ' +
    'at best an average of conditions that never quite happen.',
];
const ghHeading = 'The river is part of the tide';
const ghPreview2 = [
  'After heavy rain on the moor, the river pushes so much fresh water into the estuary that the ebb runs longer and the flood ' +
    'arrives earlier and harder than the table says. On those days I have watched the channel start to fill forty minutes before ' +
    'predicted low water. Wind matters too: a steady south-westerly piles water into the bay and can hold the level up by a hand’s ' +
    'width, which on flat sand is the difference between a dry path and a wade.',
  'None of this is secret. The old cockle pickers knew it, and the harbour master will tell you if you ask. But the numbers are ' +
    'so precise, printed to the minute, that they feel more trustworthy than a conversation on the quay.',
  'So I started keeping my own notes. Every walk gets a line in a notebook: the predicted time and height, the wind, how much ' +
    'rain had fallen on the moor in the previous two days, and the moment the channel behind the sandbank started to run again. ' +
    'Eleven years of those lines now fill four notebooks, and they have changed how I plan every crossing.',
];
const ghNav = ['Home', 'About', 'Archive', 'Walks'];
const ghCaption = 'Low water at Penhallow Sands, looking towards the river mouth. Photo by Ruth Calloway';
const ghCta = ['This post is for subscribers only', 'Subscribe now', 'Already have an account?'];
const ghFooterCta = ['Sign up for more like this.', 'Enter your email'];
const ghReadMore = [
  { t: 'A Winter of Counting Curlews', e: 'Notes from forty mornings on the saltmarsh with a notebook and cold hands.', d: 'Mar 30, 2025', l: '6 min read' },
  { t: 'The Lost Ferry Path', e: 'Tracing a crossing that appears on every map before 1930 and none after it.', d: 'Feb 14, 2025', l: '8 min read' },
  { t: 'Reading Sand', e: 'Ripples, worm casts and the soft places that tell you where not to stand.', d: 'Jan 9, 2025', l: '5 min read' },
];
const ghLd = `{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Low Water Letter",
"url":"https://lowwater.example/"},"author":{"@type":"Person","name":"Ruth Calloway","url":"https://lowwater.example/author/ruth/"},
"headline":"${ghTitle}","url":"https://lowwater.example/tide-tables/","datePublished":"2025-04-22T07:00:00.000Z","dateModified":"2025-04-22T09:41:12.000Z",
"keywords":"Essays","description":"${ghExcerpt}"}`;
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${ghTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="preload" as="style" href="/assets/built/screen.css?v=8e1f0c2a9b"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8e1f0c2a9b">
<meta name="description" content="${ghExcerpt}"><link rel="canonical" href="https://lowwater.example/tide-tables/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Low Water Letter"><meta property="og:type"
content="article">
<meta property="og:title" content="${ghTitle}"><meta property="article:published_time" content="2025-04-22T07:00:00.000Z">
<meta property="article:tag" content="Essays"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ruth Calloway">
<script type="application/ld+json">${ghLd}</script>
<meta name="generator" content="Ghost 5.101"><link rel="alternate" type="application/rss+xml" title="The Low Water Letter" href="https://lowwater.example/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="https://lowwater.example/"
data-key="3c1b7e5a2f9d" data-api="https://lowwater.example/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;text-align:center}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="3c1b7e5a2f9d" data-styles=""
data-sodo-search="https://lowwater.example/" data-locale="en" crossorigin="anonymous"></script>
<link href="https://lowwater.example/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=8e1f0c2a9b"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=8e1f0c2a9b"><script defer src="/public/member-attribution.min.js?v=8e1f0c2a9b"></script>
<style>:root {--ghost-accent-color: #1f6f8b;}</style></head>
<body class="post-template tag-essays tag-hash-members is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://lowwater.example">The Low Water Letter</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(ghNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-essays tag-hash-members featured image-small">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/essays/">Essays</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"><path d="M4.49365 4.58752"></path></svg> Featured</span></div>
<h1 class="article-title">${ghTitle}</h1>
<p class="article-excerpt">${ghExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar" aria-label="Read more of Ruth Calloway"><img class="author-profile-image"
src="/content/images/size/w100/2023/06/ruth.jpg" alt="Ruth Calloway"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Calloway</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-04-22">Apr 22, 2025</time>
<span class="byline-reading-time"><span class="bull">•</span> 9 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2025/04/penhallow.jpg 600w, /content/images/size/w2000/2025/04/penhallow.jpg 2000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2025/04/penhallow.jpg" alt="Wet sand and a channel at low tide">
<figcaption><span style="white-space: pre-wrap;">${ghCaption}</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(ghPreview)}
<h2 id="the-river-is-part-of-the-tide">${ghHeading}</h2>
${ps(ghPreview2)}
<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #1f6f8b">
<h2>${ghCta[0]}</h2><a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#1f6f8b">${ghCta[1]}</a>
<p><small>${ghCta[2]} <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">${ghFooterCta[0]}</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">${ghFooterCta[1]}</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${ghReadMore
  .map(
    (r, i) => `<article class="post-card post tag-essays keep-ratio"><a class="post-card-image-link" href="/read-more-${i}/">
<img class="post-card-image" src="/content/images/size/w600/2025/0${i + 1}/card.jpg" alt="${r.t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/read-more-${i}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Essays</span></div><h2 class="post-card-title">${r.t}</h2></header><div class="post-card-excerpt">${r.e}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-03-30">${r.d}</time><span class="post-card-meta-length">${r.l}</span></footer>
</div></article>`,
  )
  .join('\n')}</div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://lowwater.example">The Low Water Letter</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-privacy"><a
href="/privacy/">Privacy</a></li>
</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui
pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button>
<button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button></div></div></div></div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script><script src="/assets/built/casper.js?v=8e1f0c2a9b"></script>
<script>$(document).ready(function () { $('.gh-burger').click(function () { $('body').toggleClass('gh-head-open'); }); });</script>
<div id="ghost-portal-root"></div><div id="sodo-search-root"></div>
</body></html>`;
const ghost: TestPage = {
  html: ghHtml,
  name: 'heldout73-ghost-members-preview-blog',
  kind: 'blog',
  // the public preview is the article; the "This post is for subscribers only" box that ends it is furniture; the custom
  // excerpt under the title (also the meta description) is in neither list; "Essays", "Featured", the cover caption, the
  // footer call to action, read-more cards and Ghost footer are furniture
  title: ghTitle,
  headings: [ghHeading],
  body: [...texts(ghPreview), ...texts(ghPreview2)],
  bylines: ['Ruth Calloway', 'Apr 22, 2025', '9 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Low Water Letter', ...ghNav, 'Sign in', 'Subscribe', 'Essays', 'Featured', ghCaption, ...ghCta, ...ghFooterCta,
    ...ghReadMore.flatMap((r) => [r.t, r.e, r.d, r.l]), '© 2025', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT73_B: readonly TestPage[] = [ghost, jekyllOldPost];
