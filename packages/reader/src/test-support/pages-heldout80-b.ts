import { links, ps, type TestPage, texts } from './page-kit.js';
import { wpcomPost } from './pages-heldout80-b2.js';

/**
 * Held-out batch 80, file b: a Ghost blog on the Edition theme (the navbar with its menu and the off-canvas copy of it,
 * the meta line with date, reading time and primary tag above the title, the custom excerpt, the feature image with its
 * caption, an image card, a Ghost signup card with its own h2 inside the post content, the "Published by:" footer with
 * the author only as an avatar, previous/next arrows, the comments embed, "You might also like..." and the footer), and a
 * WordPress.com hosted blog post (file b2).
 */
const ghTitle = 'Setting type by hand, again';
const ghExcerpt =
  'After eight years of polymer plates, the workshop went back to metal type for a whole season. ' + 'Here is what it cost us and what it gave back.';
const gh1 = [
  'The cases came out of the loft in February. Thirty-one of them, mostly Caslon and Gill, with a few drawers of wood type that had ' +
    'not been touched since the last owner of the press retired in 1994. We had kept them for sentimental reasons, and because ' +
    'nobody could face carrying them down the ladder.',
  'For most of the last eight years, everything that left Quoin &amp; Chase was printed from photopolymer plates. You design on a ' +
    'screen, send a file to the platemaker, and a few days later a thin sheet arrives that prints beautifully and never runs out of ' +
    'lowercase e. It is a good way to work and I am not here to argue against it.',
  'But this spring we took a commission for a run of poetry broadsides, and the poet asked, a little shyly, whether they could be set ' +
    'from metal. So we tried it. One season, every job by hand, no plates.',
];
const ghH1 = 'Learning the lay of the case';
const gh2 = [
  'The first fortnight was humbling. A compositor who knows the lay of the case picks letters without looking, the way a typist ' +
    'finds keys. I had to look at every compartment, and I kept reaching for the lowercase n where the u lives, because they sit ' +
    'next to each other and the sorts look identical upside down.',
  'Speed came back slowly. By April I could set a fourteen-line poem in a little over an hour, including the spacing, which is where ' +
    'most of the time really goes. Justifying a line by hand means trying thin spaces and hair spaces until the line is tight in the ' +
    'stick, and no software does that for you.',
];
const ghQuote = 'You are not setting words, you are setting the white around them.';
const gh3 = [
  'That line came from Evert Halloran, who taught me to set type thirty years ago and who came in one Thursday to watch. He said it ' +
    'while picking a broken lowercase g out of my stick, which took some of the poetry out of it.',
];
const ghH2 = 'Why slow is the point';
const gh4 = [
  'Hand setting forces decisions that a screen lets you postpone. You cannot try four typefaces in a minute. You pick one, because you ' +
    'only have so much of each, and then you live with its quirks: the Caslon italic that is a touch too narrow, the Gill that runs out ' +
    'of capital M on any line with more than two of them.',
  'The broadsides took roughly three times as long as they would have from plates. We charged for about half of that difference and ' +
    'absorbed the rest. The poet was delighted, and two other customers have since asked for metal, so the cases are staying downstairs.',
  'Next month I will write about distributing type back into the cases, which is the part nobody photographs.',
];
const ghCaption = 'The Caslon cases back on the frame, with the wood type drawers stacked underneath.';
const ghCaption2 = 'A proof of the first broadside, before the spacing was fixed.';
const ghSignup = ['Sign up for Quoin &amp; Chase', 'Occasional notes from a small letterpress workshop in Ludlow.'];
const ghMenu = ['Home', 'Workshop notes', 'Commissions', 'About'];
const ghRelated: [string, string, string, string][] = [
  ['Sep', '21', 'Buying a second-hand Adana without regret', '5 min read'],
  ['Aug', '30', 'The ink drawer: what we actually use', '4 min read'],
  ['Jul', '12', 'Damping paper for deep impressions', '6 min read'],
];
const ghFoot = ['Sign up', 'Contact', 'Privacy'];
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${ghTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="preload" as="style" href="https://quoinandchase.com/assets/built/screen.css?v=6a9e81c4f2">
<link rel="stylesheet" type="text/css" href="https://quoinandchase.com/assets/built/screen.css?v=6a9e81c4f2">
<meta name="description" content="${ghExcerpt}"><link rel="canonical" href="https://quoinandchase.com/setting-type-by-hand-again/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Quoin &amp; Chase"><meta property="og:type" content="article">
<meta property="og:title" content="${ghTitle}"><meta property="article:published_time" content="2025-10-03T08:12:40.000Z">
<meta property="article:tag" content="Workshop notes"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Maud Ferreira-Lind">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Quoin &amp; Chase",
"url":"https://quoinandchase.com/"},"author":{"@type":"Person","name":"Maud Ferreira-Lind","url":"https://quoinandchase.com/author/maud/"},
"headline":"${ghTitle}","url":"https://quoinandchase.com/setting-type-by-hand-again/","datePublished":"2025-10-03T08:12:40.000Z",
"dateModified":"2025-10-04T10:01:12.000Z","keywords":"Workshop notes","description":"${ghExcerpt}"}</script>
<meta name="generator" content="Ghost 5.105">
<link rel="alternate" type="application/rss+xml" title="Quoin &amp; Chase" href="https://quoinandchase.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.48/umd/portal.min.js" data-i18n="true" data-ghost="https://quoinandchase.com/"
data-key="5b2e0f6a9c1d3e7f8a4b2c6d10" data-api="https://quoinandchase.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="5b2e0f6a9c1d3e7f8a4b2c6d10"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="https://quoinandchase.ghost.io/" crossorigin="anonymous"></script>
<link href="https://quoinandchase.com/webmentions/receive/" rel="webmention">
<link rel="stylesheet" type="text/css" href="https://cdn.jsdelivr.net/ghost/cards@~0.1/cards.min.css">
<style>:root {--ghost-accent-color: #b03a2e;}</style></head>
<body class="post-template tag-workshop-notes"><div class="site">
<header class="site-header"><div class="navbar container"><div class="navbar-left"><div class="burger hidden-lg hidden-xl"><div class="burger-bar"></div>
<div class="burger-bar"></div></div><div class="site-brand"><a class="logo" href="https://quoinandchase.com">Quoin &amp; Chase</a></div></div>
<nav class="main-menu hidden-xs hidden-sm hidden-md"><ul class="nav-list u-plain-list">${links(ghMenu, 'menu-item')}</ul></nav>
<div class="navbar-right"><div class="social"><a class="social-item social-item-instagram" href="https://instagram.com/quoinandchase" target="_blank"
rel="noopener noreferrer" aria-label="Instagram"><i class="icon icon-instagram"></i></a></div>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0"></path>
</svg></button></div></div></header>
<div class="site-content"><div class="content-area"><main class="site-main">
<article class="single post tag-workshop-notes">
<header class="single-header gh-canvas"><div class="single-meta">
<span class="single-meta-item single-meta-date"><time datetime="2025-10-03">Oct 3, 2025</time></span>
<span class="single-meta-item single-meta-length">6 min read</span>
<span class="single-meta-item single-meta-tag"><a class="post-tag post-tag-workshop-notes" href="/tag/workshop-notes/">Workshop notes</a></span></div>
<h1 class="single-title">${ghTitle}</h1><div class="single-excerpt">${ghExcerpt}</div></header>
<figure class="single-media kg-width-wide"><div class="u-placeholder horizontal"><a class="post-image-link" href="/setting-type-by-hand-again/">
<img class="u-object-fit" sizes="(min-width: 1200px) 920px, 92vw" srcset="/content/images/size/w400/2025/10/cases.jpg 400w,
/content/images/size/w750/2025/10/cases.jpg 750w, /content/images/size/w960/2025/10/cases.jpg 960w"
src="/content/images/size/w960/2025/10/cases.jpg" alt="${ghTitle}"></a></div><figcaption>${ghCaption}</figcaption></figure>
<div class="single-content gh-content gh-canvas">
${ps(gh1)}
<h2 id="learning-the-lay-of-the-case">${ghH1}</h2>
${ps(gh2)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://quoinandchase.com/content/images/2025/10/proof.jpg" class="kg-image" alt=""
loading="lazy" width="1600" height="1067" srcset="https://quoinandchase.com/content/images/size/w600/2025/10/proof.jpg 600w,
https://quoinandchase.com/content/images/size/w1000/2025/10/proof.jpg 1000w" sizes="(min-width: 720px) 720px">
<figcaption><span style="white-space: pre-wrap;">${ghCaption2}</span></figcaption></figure>
<blockquote><p>${ghQuote}</p></blockquote>
${ps(gh3)}
<div class="kg-card kg-signup-card kg-width-regular " data-lexical-signup-form="" style="background-color: #F3EEE6; display: none;">
<div class="kg-signup-card-content"><div class="kg-signup-card-text "><h2 class="kg-signup-card-heading" style="color: #1B1B1B;">
<span style="white-space: pre-wrap;">${ghSignup[0]}</span></h2>
<p class="kg-signup-card-subheading" style="color: #1B1B1B;"><span style="white-space: pre-wrap;">${ghSignup[1]}</span></p>
<form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields">
<input class="kg-signup-card-input" id="email" data-members-email="" type="email" required="true" placeholder="Your email">
<button class="kg-signup-card-button kg-style-accent" style="color: #FFFFFF;" type="submit"><span class="kg-signup-card-button-default">Subscribe</span>
<span class="kg-signup-card-button-loading"><svg xmlns="http://www.w3.org/2000/svg" height="24" width="24" viewBox="0 0 24 24"><g stroke-linecap="round"
stroke-width="2" fill="currentColor" stroke="none"><g class="nc-loop-dots-4-24-icon-o"><circle cx="4" cy="12" r="3"></circle></g></g></svg></span></button>
</div><div class="kg-signup-card-success" style="color: #1B1B1B;">Email sent! Check your inbox to complete your signup.</div>
<div class="kg-signup-card-error" style="color: #1B1B1B;" data-members-error=""></div></form>
<p class="kg-signup-card-disclaimer" style="color: #1B1B1B;"><span style="white-space: pre-wrap;">No spam. Unsubscribe anytime.</span></p></div></div></div>
<h2 id="why-slow-is-the-point">${ghH2}</h2>
${ps(gh4)}
</div>
<footer class="single-footer gh-canvas"><div class="single-footer-left"><div class="navigation navigation-previous">
<a class="navigation-link" href="/buying-a-second-hand-adana/" aria-label="Previous post"><span class="navigation-icon"><i class="icon icon-arrow-left">
</i></span></a></div></div>
<div class="single-footer-middle"><div class="single-footer-top"><h3 class="single-footer-title">Published by:</h3><div class="author-list">
<div class="author-image-placeholder u-placeholder square"><a href="/author/maud/" title="Maud Ferreira-Lind">
<img class="author-image u-object-fit" src="/content/images/size/w150/2024/03/maud.jpg" alt="Maud Ferreira-Lind" loading="lazy"></a></div></div></div></div>
<div class="single-footer-right"><div class="navigation navigation-next"><a class="navigation-link" href="/the-ink-drawer/" aria-label="Next post">
<span class="navigation-icon"><i class="icon icon-arrow-right"></i></span></a></div></div></footer>
<div class="comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.20/umd/comments-ui.min.js"
data-ghost-comments="https://quoinandchase.com/" data-api="https://quoinandchase.ghost.io/ghost/api/content/" data-admin="https://quoinandchase.ghost.io/ghost/"
data-key="5b2e0f6a9c1d3e7f8a4b2c6d10" data-title="Member discussion" data-count="true" data-post-id="66fe1b2a9c0d4e0001a3f7c2" data-color-scheme="auto"
data-avatar-saturation="60" data-accent-color="#b03a2e" data-comments-enabled="all" data-publication="Quoin &amp; Chase" crossorigin="anonymous"></script>
<iframe title="comments-frame" style="width: 100%; height: 412px; border: 0px;"></iframe></div>
</article>
<section class="related-wrapper gh-canvas"><h3 class="related-title">You might also like...</h3><div class="related-feed">
${ghRelated
  .map(
    ([m, d, t, l]) => `<article class="feed post"><div class="feed-calendar"><div class="feed-calendar-month">${m}</div><div
class="feed-calendar-day">${d}</div>
</div><h2 class="feed-title">${t}</h2><div class="feed-length">${l}</div><i class="feed-icon icon icon-arrow-right"></i>
<a class="u-permalink" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/" aria-label="${t}"></a></article>`,
  )
  .join('\n')}</div></section>
</main></div></div>
<footer class="site-footer container"><nav class="footer-nav"><ul class="nav-list u-plain-list">${links(ghFoot, 'menu-item')}</ul></nav>
<div class="copyright">Quoin &amp; Chase © 2025. <a href="https://ghost.org/" target="_blank" rel="noopener noreferrer">Powered by Ghost</a></div></footer>
</div>
<div class="dimmer"></div><div class="off-canvas"><div class="canvas-close"><i class="icon icon-window-close"></i></div>
<div class="mobile-menu"><nav class="main-menu"><ul class="nav-list u-plain-list">${links(ghMenu, 'menu-item')}</ul></nav></div></div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://quoinandchase.com/assets/built/main.min.js?v=6a9e81c4f2"></script>
</body></html>`;
const ghost: TestPage = {
  html: ghHtml,
  name: 'heldout80-ghost-edition-blog',
  kind: 'blog',
  // the custom excerpt under the title is in neither list; the blockquote is body; the signup card inside the content
  // (its h2, subheading, button, hidden success text and disclaimer) is furniture, not a heading; the author shows only
  // as an avatar (alt text) under "Published by:"; date and reading time are bylines, the primary tag is furniture
  title: ghTitle,
  headings: [ghH1, ghH2],
  body: [...texts(gh1), ...gh2, ghQuote, ...gh3, ...gh4],
  bylines: ['Oct 3, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quoin & Chase', ...ghMenu, ghCaption, ghCaption2, ...texts(ghSignup), 'Subscribe', 'Email sent! Check your inbox to complete your signup.',
    'No spam. Unsubscribe anytime.', 'Published by:', 'You might also like...', ...ghRelated.flatMap((r) => r.slice(0, 3)), '5 min read',
    '4 min read', ...ghFoot, 'Quoin & Chase © 2025.', 'Powered by Ghost',
  ],
};

export const HELDOUT80_B: readonly TestPage[] = [ghost, wpcomPost];
