import { type TestPage, texts } from './page-kit.js';
import { bloggerContempoPost } from './pages-heldout66-f2.js';

/**
 * Held-out batch 66, file f: a Ghost 5 post on the default Source theme (Ghost's JSON-LD and generator meta, the
 * gh-navigation header with logo, search and burger buttons, menu and the members "Sign in"/"Subscribe" links, the article
 * header with the primary tag, title, custom excerpt, author avatar, name, date and reading time, the feature image with an
 * Unsplash-style credit caption, the Lexical content with a callout card, a blockquote and a bookmark card, the members CTA,
 * the comments-ui script, "Read more" cards with authors and dates, the footer bar and the footer signup, and Portal,
 * Sodo search and card scripts).
 */
const ghSite = 'The Long Table';
const ghTitle = 'The Quiet Economics of the Village Bakery';
const ghExcerpt = 'Why a bakery that sells out by eleven every morning still only just breaks even, and what its owners are trying instead.';
const ghIntro = [
  'The bakery in Aldwick Green opens at half past seven and is usually sold out by eleven. There is a queue on Saturdays that ' +
    'reaches the war memorial. By any visible measure it is a success, and yet when I sat down with its owners, Rosa and Tom ' +
    'Kettering, in the back room among the flour sacks, the first thing Rosa said was that they had come within a month of ' +
    'closing last winter.',
];
const ghH = ['Where the money goes', 'Selling out is not the goal', 'What they are trying instead'];
const ghMoney = [
  'A large sourdough loaf sells for £4.20. Rosa walked me through what that pays for: the flour, from a mill in Wiltshire, is ' +
    'about forty pence; energy for the oven, since the price rises of 2022, is nearly as much again; and the rest goes on rent, ' +
    'wages, packaging, card fees and the van.',
  'What is left at the end, on a good loaf, is around twenty pence. On the small loaves and the pastries it is less, and on ' +
    'anything that does not sell by closing time it is a loss.',
];
const ghCallout = 'The Ketterings shared their figures on the condition that I round them. The proportions are theirs; the pennies are approximate.';
const ghGoal = [
  'The counter-intuitive problem is that selling out early means turning customers away. Every person who arrives at half past ' +
    'eleven to an empty shelf is a sale lost and, Tom suspects, sometimes a customer lost for good, because they go to the ' +
    'supermarket instead and get out of the habit.',
  'Baking more is not simple either. The oven is full from four in the morning, and a second oven would cost more than the ' + 'bakery made last year.',
];
const ghTrying = [
  'This spring the Ketterings started a bread subscription. For a fixed monthly sum, customers get a loaf a week set aside in ' +
    'their name, to collect any time before two. It has more than a hundred members already, and it has changed the shape of ' +
    'the business: Rosa now knows on Monday how much she needs to bake on Saturday, and waste has almost disappeared.',
];
const ghQuote = '“It’s the first time in six years I’ve known what next month looks like,” Rosa said.';
const ghEnd = [
  'Whether it is enough remains to be seen. Energy prices are still high, and the lease comes up for renewal next year. But the ' +
    'queue on Saturday was as long as ever, and this time nobody at the back went home empty-handed.',
];
const ghBookmark = ['Bread Club – Aldwick Green Bakery', 'A loaf a week, set aside in your name. Collect any time before 2pm.', 'Aldwick Green Bakery'];
const ghNav = ['Home', 'Archive', 'About', 'Recipes'];
const ghMore = [
  { t: 'Who Still Buys a Whole Side of Beef?', e: 'The farm shops selling freezers full of meat, and the customers who keep coming back.', d: 'Mar 25, 2025' },
  { t: 'A Mill That Grinds to Order', e: 'The Wiltshire miller supplying forty bakeries from one water-powered stone.', d: 'Mar 11, 2025' },
  { t: 'The Pub That Became a Shop', e: 'When the last pub in Hollins closed, the village bought it and opened a shop.', d: 'Feb 25, 2025' },
];
const searchBtn = `<button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
 viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
 d="M21 21l-6-6"></path></svg></button>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ghTitle}</title>
<link rel="stylesheet" type="text/css" href="https://thelongtable.example/assets/built/screen.css?v=9b1c0a2e7f">
<style>:root {--background-color: #ffffff}</style>
<script>/* The script for calculating the color contrast has been taken from
https://gomakethings.com/dynamically-changing-the-text-color-based-on-background-color-contrast-with-vanilla-js/ */
var accentColor = getComputedStyle(document.documentElement).getPropertyValue('--background-color');</script>
<meta name="description" content="${ghExcerpt}">
<link rel="canonical" href="https://thelongtable.example/the-quiet-economics-of-the-village-bakery/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="${ghSite}"><meta property="og:type" content="article"><meta property="og:title" content="${ghTitle}">
<meta property="article:published_time" content="2025-04-08T07:00:00.000Z"><meta property="article:tag" content="Local Business">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Hannah Cole">
<meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="Local Business">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"${ghSite}",
"url":"https://thelongtable.example/"},"author":{"@type":"Person","name":"Hannah Cole","url":"https://thelongtable.example/author/hannah/"},
"headline":"${ghTitle}","url":"https://thelongtable.example/the-quiet-economics-of-the-village-bakery/","datePublished":"2025-04-08T07:00:00.000Z",
"keywords":"Local Business, Food","description":"${ghExcerpt}"}</script>
<meta name="generator" content="Ghost 5.116">
<link rel="alternate" type="application/rss+xml" title="${ghSite}" href="https://thelongtable.example/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="https://thelongtable.example/"
 data-key="3b7e1c9a0f2d4e6b8a1c5d7e9f" data-api="https://thelongtable.example/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;text-align:center}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="3b7e1c9a0f2d4e6b8a1c5d7e9f"
 data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css"
 data-sodo-search="https://thelongtable.example/" data-locale="en" crossorigin="anonymous"></script>
<link href="https://thelongtable.example/webmentions/receive/" rel="webmention">
<script defer src="/public/cards.min.js?v=9b1c0a2e7f"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=9b1c0a2e7f">
<script defer src="/public/member-attribution.min.js?v=9b1c0a2e7f"></script>
<style>:root {--ghost-accent-color: #b5651d;}</style>
</head>
<body class="post-template tag-local-business tag-food has-sans-title has-serif-body">
<div class="gh-site">
<header id="gh-navigation" class="gh-navigation is-left-logo has-accent-color gh-outer"><div class="gh-navigation-inner gh-inner">
<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://thelongtable.example">${ghSite}</a>${searchBtn}
<button class="gh-burger gh-icon-button" aria-label="Menu"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="currentColor"
 viewBox="0 0 256 256">
<path d="M224,128a8,8,0,0,1-8,8H40a8,8,0,0,1,0-16H216A8,8,0,0,1,224,128Z"></path></svg></button></div>
<nav class="gh-navigation-menu"><ul class="nav">
${ghNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a
 href="https://thelongtable.example/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav>
<div class="gh-navigation-actions">${searchBtn}<div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main">
<article class="gh-article post tag-local-business tag-food">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="https://thelongtable.example/tag/local-business/">Local Business</a>
<h1 class="gh-article-title is-title">${ghTitle}</h1>
<p class="gh-article-excerpt is-body">${ghExcerpt}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/hannah/"><img class="author-profile-image"
 src="/content/images/size/w160/2024/01/hannah.jpg" alt="Hannah Cole"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/hannah/">Hannah Cole</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2025-04-08">Apr 8, 2025</time><span class="gh-article-meta-length"><span
 class="bull">—</span> 6 min read</span></div></div></div>
<figure class="gh-article-image"><img srcset="/content/images/size/w320/2025/04/bakery.jpg 320w, /content/images/size/w1200/2025/04/bakery.jpg 1200w"
 sizes="(max-width: 1200px) 100vw, 1120px" src="/content/images/size/w1200/2025/04/bakery.jpg" alt="${ghTitle}"><figcaption><span
 style="white-space: pre-wrap;">Rosa
 Kettering shaping loaves at five in the morning. Photo by </span><a href="https://example-photos.com/@samward"><span style="white-space: pre-wrap;">Sam
 Ward</span></a>
</figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ghIntro.map((p) => `<p>${p}</p>`).join('')}<h2 id="where-the-money-goes">${ghH[0]}</h2>${ghMoney.map((p) => `<p>${p}</p>`).join('')}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${ghCallout}</div></div>
<h2 id="selling-out-is-not-the-goal">${ghH[1]}</h2>${ghGoal.map((p) => `<p>${p}</p>`).join('')}<h2 id="what-they-are-trying-instead">${ghH[2]}</h2>
${ghTrying.map((p) => `<p>${p}</p>`).join('')}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://aldwickgreenbakery.example/bread-club"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">${ghBookmark[0]}</div><div class="kg-bookmark-description">${ghBookmark[1]}</div><div class="kg-bookmark-metadata"><img
 class="kg-bookmark-icon" src="https://aldwickgreenbakery.example/favicon.png" alt=""><span class="kg-bookmark-author">${ghBookmark[2]}</span></div></div>
<div class="kg-bookmark-thumbnail"><img src="https://aldwickgreenbakery.example/og.jpg" alt="" onerror="this.style.display = 'none'"></div></a></figure>
<blockquote>${ghQuote}</blockquote>${ghEnd.map((p) => `<p>${p}</p>`).join('')}
</section>
</article>
<section class="gh-cta gh-outer"><div class="gh-cta-inner gh-inner"><div class="gh-cta-content"><h2 class="gh-cta-title is-title">Subscribe to ${ghSite}</h2>
<p class="gh-cta-description is-body">Don’t miss out on the latest issues. Sign up now to get access to the library of members-only issues.</p></div>
<form class="gh-form" data-members-form><input class="gh-form-input" id="cta-email" name="email" type="email" placeholder="jamie@example.com" required
 data-members-email><button class="gh-button" type="submit" aria-label="Subscribe"><span><span>Subscribe</span></span></button></form></div></section>
<div class="gh-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.0/umd/comments-ui.min.js"
 data-ghost-comments="https://thelongtable.example/"
 data-api="https://thelongtable.example/ghost/api/content/" data-count="true" data-post-id="67f3a1c0b2e4d5f6a7b8c9d0" data-color-scheme="auto"
 data-comments-enabled="all" crossorigin="anonymous"></script></div>
</main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><div class="gh-feed">
${ghMore
  .map(
    (m, i) => `<article class="gh-card post"><a class="gh-card-link" href="https://thelongtable.example/p${i}/"><figure class="gh-card-image"><img
 src="/content/images/size/w600/2025/03/c${i}.jpg" alt="${m.t}" loading="lazy"></figure><div class="gh-card-wrapper"><h3
 class="gh-card-title is-title">${m.t}</h3>
<p class="gh-card-excerpt is-body">${m.e}</p><footer class="gh-card-meta"><span class="gh-card-author">By Hannah Cole</span><time class="gh-card-date"
 datetime="2025">${m.d}</time></footer></div></a></article>`,
  )
  .join('\n')}
</div></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">${ghSite}</span>
<nav class="gh-footer-menu"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-contact"><a
 href="https://thelongtable.example/contact/">Contact</a></li><li class="nav-privacy"><a
 href="https://thelongtable.example/privacy/">Privacy</a></li></ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
<section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">${ghSite}</h2><p class="gh-footer-signup-subhead is-body">Food, farming and the
 economics of small places.</p><form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email"
 placeholder="jamie@example.com" required data-members-email><button class="gh-button" type="submit" aria-label="Subscribe"><span><span>Subscribe</span></span>
</button><p data-members-error></p></form></section></div></footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
 class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close"
 title="Close (Esc)"></button></div></div></div></div>
<script src="https://thelongtable.example/assets/built/source.js?v=9b1c0a2e7f"></script>
</body>
</html>`;
const ghostSource: TestPage = {
  html: ghHtml,
  name: 'heldout66-ghost-source-post',
  kind: 'blog',
  // the custom excerpt under the title is the post's dek: body; the paragraphs, the callout card's text (a callout: body,
  // its emoji in neither) and the blockquote are body, the three h2s the headings; the bookmark card is a link preview
  // (title, description, site name): furniture; "Hannah Cole" and "Apr 8, 2025" are bylines; the reading time, the primary
  // tag, the feature image caption with its photo credit, the members CTA and signup forms, "Read more" cards with their
  // "By Hannah Cole" lines and dates (other posts' bylines, kept with the list as furniture), header, menu and footer are
  // furniture; "Subscribe" (nav, CTA and footer) and the site name are listed once; the nav's "Home" and "About" are
  // words of the body: left out
  title: ghTitle,
  headings: ghH,
  body: [ghExcerpt, ...texts(ghIntro), ...texts(ghMoney), ghCallout, ...texts(ghGoal), ...texts(ghTrying), ghQuote, ...texts(ghEnd)],
  bylines: ['Hannah Cole', 'Apr 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ghSite, 'Archive', 'Recipes', 'Sign in', 'Subscribe', 'Local Business', '6 min read',
    'Rosa Kettering shaping loaves at five in the morning. Photo by Sam Ward',
    ...ghBookmark, `Subscribe to ${ghSite}`, 'Don’t miss out on the latest issues. Sign up now to get access to the library of members-only issues.',
    'Read more', ...ghMore.flatMap((m) => [m.t, m.e, m.d]), 'By Hannah Cole', 'Sign up', 'Contact', 'Privacy', 'Powered by Ghost',
    'Food, farming and the economics of small places.',
  ],
};

export const HELDOUT66_F: readonly TestPage[] = [ghostSource, bloggerContempoPost];
