import { links, ps, type TestPage, texts } from './page-kit.js';
import { astraPost } from './pages-heldout85-d2.js';

/**
 * Held-out batch 85, file d: a Ghost 5 blog post on the Casper theme (the gh-head header with the search button, nav,
 * "Sign in" and "Subscribe", the primary tag above the title, the excerpt, the author byline with date and "• 8 min read",
 * the feature image caption, then in the gh-content the yellow callout card with the "This post was updated" note and the
 * grey callout card with the "Sponsored by" disclosure, headings, a bookmark card, the footer CTA "Sign up for" box, the
 * "Read more" cards with their tags, dates and reading times, the footer with "Powered by Ghost" and the PhotoSwipe shell)
 * and, from file d2, a WordPress Astra post with a newsletter popup.
 */
const ghTitle = 'Three days on the Harrow Ridge Trail: a bikepacking route for your first overnight';
const ghExcerpt = 'A 190-kilometre loop with gentle climbs, two good campsites and a bakery at exactly the right place.';
const ghUpdate =
  '<strong>This post was updated on 14 March 2025.</strong> The Kell Bridge campsite now needs booking in advance, and the ferry at ' +
  'Wenlow runs on weekends only until May. The route and distances below are unchanged.';
const ghSponsor =
  '<strong>Sponsored by Fernway Outdoor.</strong> Fernway paid for this post and lent me the bags I used. They did not see it before it ' +
  'was published, and everything below is my own opinion.';
const ghP1 = [
  'Every spring someone asks me for a route they can ride with a borrowed tent and a bike they already own. For the last three years my ' +
    'answer has been the Harrow Ridge Trail, a loop of about 190 kilometres that starts and ends at Brackwell station and never strays ' +
    'more than an hour’s ride from a road with a bus on it.',
  'It is mostly gravel, with about a quarter on quiet lanes. The biggest climb is 280 metres, spread over eight kilometres, and there is ' +
    'nothing you will need to push up unless you want to.',
];
const ghH1 = 'Day one: Brackwell to Kell Bridge (64 km)';
const ghP2 = [
  'Leave Brackwell on the old railway path and follow it north along the river for the first twenty kilometres. It is flat and shaded, ' +
    'which gives you time to notice everything that rattles. Stop and fix it now.',
  'The path ends at Ashby Mill, where the route climbs gently onto the ridge. Fill your bottles at the mill café: there is no water on ' +
    'the ridge until you drop down to Kell Bridge, where the campsite has showers, a small shop and a field by the river.',
];
const ghH2 = 'Day two: Kell Bridge to Wenlow (71 km)';
const ghP3 = [
  'The longest day, and the best. The trail follows the ridge for thirty kilometres with views across the valley on both sides, then ' +
    'drops through beech woods to the village of Orme, where the bakery opens at seven and usually sells out of pasties by noon.',
  'From Orme, lanes take you to Wenlow and the little chain ferry across the estuary. Wild camping is not allowed here, but the pub ' +
    'behind the harbour lets cyclists pitch in its garden for a small fee if you eat there.',
];
const ghH3 = 'Day three: Wenlow back to Brackwell (55 km)';
const ghP4 = ['An easy ride home along the coast path and then inland on farm tracks. Pack for:'];
const ghList = [
  'one steep, loose descent after Saltby, which is easier walked if it has rained;',
  'a long stretch without shops between Saltby and Brackwell, so carry lunch;',
  'a headwind, almost always, on the last ten kilometres.',
];
const ghP5 = [
  'If you can ride fifty kilometres on a day ride, you can do this. Take it slowly, eat more than you think you need, and enjoy the ' +
    'strange pleasure of falling asleep somewhere new.',
];
const ghNav = ['Home', 'Routes', 'Gear', 'About'];
const ghCaption = 'Morning on the ridge above Kell Bridge. Photo by the author.';
const ghBookmark = ['Harrow Ridge Trail GPX and cue sheet', 'Download the full route for your GPS or phone, with water stops marked.'];
const ghCta = ['Sign up for Slow Miles', 'Routes, kit notes and the occasional long read about riding bikes slowly.', 'Enter your email', 'Subscribe'];
const ghMore = [
  { t: 'What I carry for a summer overnight, and what I leave at home', d: 'Feb 2, 2025', r: '6 min read' },
  { t: 'Choosing a first tent without spending a fortune', d: 'Jan 11, 2025', r: '5 min read' },
  { t: 'The Fenwater Loop: a winter route for short days', d: 'Dec 8, 2024', r: '7 min read' },
];
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Three days on the Harrow Ridge Trail: a bikepacking
route for your first overnight</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2b7c11a4e1"><link rel="canonical" href="https://slowmiles.example/harrow-ridge-trail/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Slow Miles"><meta property="og:type" content="article">
<meta property="og:title" content="${ghTitle}"><meta property="og:description" content="${ghExcerpt}">
<meta property="article:published_time" content="2024-04-20T08:15:00.000Z"><meta property="article:modified_time" content="2025-03-14T10:02:31.000Z">
<meta property="article:tag" content="Routes"><meta property="article:tag" content="#sponsored">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Slow Miles"},
"author":{"@type":"Person","name":"Rosa Penhallow"},"headline":"${ghTitle}","datePublished":"2024-04-20T08:15:00.000Z",
"dateModified":"2025-03-14T10:02:31.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://slowmiles.example/" data-key="8f3a" data-api="https://slowmiles.example/ghost/api/content/" crossorigin="anonymous"></script>
<script defer src="https://cdn.jsdelivr.example/ghost/sodo-search@~1.3/umd/sodo-search.min.js" data-key="8f3a" data-styles="" crossorigin="anonymous"></script>
<link href="https://slowmiles.example/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=2b7c11a4e1"></script></head>
<body class="post-template tag-routes tag-hash-sponsored is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://slowmiles.example">Slow Miles</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(ghNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-routes tag-hash-sponsored image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/routes/">Routes</a>
</span></div><h1 class="article-title">${ghTitle}</h1><p class="article-excerpt">${ghExcerpt}</p><div class="article-byline">
<section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/rosa/" class="author-avatar"
aria-label="Read more of Rosa Penhallow"><img class="author-profile-image" src="/content/images/size/w100/2023/rosa.jpg" alt="Rosa Penhallow"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/rosa/">Rosa Penhallow</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2024-04-20">Apr 20, 2024</time><span class="byline-reading-time"><span class="bull">•</span> 8 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w300/2024/04/ridge.jpg 300w"
sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2024/04/ridge.jpg" alt="A loaded bike on a gravel track along a grassy ridge"><figcaption><span style="white-space: pre-wrap;">
${ghCaption}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">📝</div><div class="kg-callout-text">${ghUpdate}</div></div>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🤝</div><div class="kg-callout-text">${ghSponsor}</div></div>
${ps(ghP1)}
<h2 id="day-one-brackwell-to-kell-bridge-64-km">${ghH1}</h2>
${ps(ghP2)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://slowmiles.example/files/harrow-ridge.gpx"><div
class="kg-bookmark-content">
<div class="kg-bookmark-title">${ghBookmark[0]}</div><div class="kg-bookmark-description">${ghBookmark[1]}</div><div class="kg-bookmark-metadata">
<img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">Slow Miles</span></div></div></a></figure>
<h2 id="day-two-kell-bridge-to-wenlow-71-km">${ghH2}</h2>
${ps(ghP3)}
<h2 id="day-three-wenlow-back-to-brackwell-55-km">${ghH3}</h2>
${ps(ghP4)}
<ul>${ghList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(ghP5)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">${ghCta[0]}</h2><p class="footer-cta-description">${ghCta[1]}</p>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">${ghCta[2]}</div><span>${ghCta[3]}</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${ghMore
  .map(
    (m) => `<article class="post-card post"><a class="post-card-image-link" href="/p/"><img class="post-card-image" src="/content/images/x.jpg" alt="${m.t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Gear</span></div><h2 class="post-card-title">${m.t}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2025-01-01">${m.d}</time><span class="post-card-meta-length">${m.r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://slowmiles.example">Slow Miles</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Sponsorship policy', 'Privacy'], 'nav-item')}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden"><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button></div></div></body></html>`;
const ghostPost: TestPage = {
  html: ghHtml,
  name: 'heldout85-ghost-casper-blog-sponsored-updated',
  kind: 'blog',
  // the excerpt is body; the two callout cards at the top of the post content (the update note and the sponsorship
  // disclosure) are notices: furniture, as are the bookmark card, the primary tag and the read-more cards
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3],
  body: [ghExcerpt, ...ghP1, ...ghP2, ...ghP3, ...ghP4, ...ghList, ...ghP5],
  bylines: ['Rosa Penhallow', 'Apr 20, 2024', '• 8 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Slow Miles', ...ghNav, 'Sign in', 'Subscribe', 'Routes', ghCaption, ...texts([ghUpdate, ghSponsor]), ...ghBookmark, ...ghCta.slice(0, 3),
    ...ghMore.flatMap((m) => [m.t, m.d, m.r]), 'Gear', 'Slow Miles © 2025', 'Sign up', 'Sponsorship policy', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT85_D: readonly TestPage[] = [ghostPost, astraPost];
