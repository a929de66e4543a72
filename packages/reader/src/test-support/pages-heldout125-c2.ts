import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 125, file c2: a Ghost 5 post on the Casper theme (the gh-head header with logo text, menu, search buttons
 * and the Portal "Sign in"/"Subscribe" links, the primary tag above the title, the custom excerpt, the author byline with
 * date and reading time, the feature image with its Unsplash credit, content cards: a callout, an image card with caption and
 * a bookmark card, the comments-ui script section, the "Sign up for more like this." footer CTA, the read-more post cards,
 * the site footer and the PhotoSwipe markup).
 */
const ghTitle = 'Why we stopped hosting our own email';
const ghExcerpt = 'Eight years, one server, and the week in January that finally changed our minds.';
const ghCallout = `Short version: we moved our nine mailboxes to a hosted provider in February. It costs us about £40 a month and has given us back
roughly a day of work every month.`;
const ghP1 = [
  `Fernhill has run its own mail server since 2017. At the time it made sense. We were four people, we already had a server in a rack in
Bristol for client staging sites, and the hosted options we looked at were either expensive or hard to configure for the odd way we
wanted to route project mail.`,
  `Eight years later we had nine people, the same server, and a growing list of small jobs that only one of us knew how to do.`,
];
const ghH1 = 'What self-hosting actually cost us';
const ghP2 = [
  `Nobody had ever sat down and added it up, so in January I went back through our tickets and calendars. Over 2024, keeping mail working
took roughly 100 hours of Tomasz’s time. Some of that was planned, such as operating system upgrades and certificate renewals. Most of it
was not:`,
];
const ghL1 = [
  'Chasing delivery problems when one of the big providers decided our messages looked suspicious.',
  'Getting us removed from two blocklists after a client’s compromised laptop sent spam through our server.',
  'Restoring a mailbox from backup after a disk failure in May.',
  'Answering questions about why a message had gone to someone’s junk folder.',
];
const ghP3 = ['A hundred hours is two and a half weeks of a senior developer’s time, spent on something none of our clients pay us for.'];
const ghH2 = 'The week that changed our minds';
const ghP4 = [
  `In the second week of January, our server’s IP address landed on a major blocklist again. This time it was not our fault: another
customer of our hosting company had been sending spam from a neighbouring address. It took four days to get delisted, during which
about a third of our outgoing mail quietly failed to arrive, including two invoices and a signed contract.`,
  'That was the moment. Losing mail we know about is annoying. Losing mail we do not know about is a business risk.',
];
const ghH3 = 'How the move went';
const ghP5 = [
  `We chose a hosted provider, set up the domain, and moved the mailboxes over a weekend using their import tool. The awkward parts were
the forwarding rules, which we rebuilt by hand, and a shared project inbox that three people used in three different ways.`,
  `We kept the old server running in read-only mode for a month in case anything had been missed. Nothing had, and we switched it off on
the first of March.`,
];
const ghH4 = 'Would we recommend it?';
const ghP6 = [
  `For a small studio, yes. Running your own mail teaches you a great deal, and I do not regret the years we did it. But the internet has
changed, and a small server on its own now spends much of its life trying to prove it is not a spammer. That is a fight we no longer
need to have.`,
];
const ghNav = ['Home', 'Work', 'Notes', 'About', 'Contact'];
const ghCredit = 'Photo by Lena Brisk / Unsplash';
const ghCaption = 'The old mail server, second from the top, on the day we switched it off.';
const ghBookmark = [
  'How we run staging sites for thirty clients on one box',
  'A tour of the small, boring setup that hosts every client preview we build.',
  'Fernhill Notes',
  'Tomasz Wrona',
];
const ghCards = [
  [
    'Infrastructure',
    'Backups we actually test',
    'Once a quarter we restore something at random. Here is what went wrong the last three times.',
    'Mar 11, 2025',
    '4 min read',
  ],
  ['Studio', 'Nine people, one shared calendar', 'The rules we use so that nobody double-books the meeting room or the intern.', 'Feb 20, 2025', '3 min read'],
  [
    'Infrastructure',
    'Retiring our last PHP 7 site',
    'A client site from 2016, a framework nobody remembers and a very careful migration.',
    'Jan 30, 2025',
    '6 min read',
  ],
];
const ghPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ghH = (t: string): string =>
  `<h2 id="${t
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/-$/, '')}">${t}</h2>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why we stopped hosting our own email</title>
<link rel="stylesheet" type="text/css" href="https://notes.fernhill.example/assets/built/screen.css?v=2f8c1b1a09">
<link rel="icon" href="https://notes.fernhill.example/content/images/size/w256h256/2023/02/favicon.png" type="image/png">
<link rel="canonical" href="https://notes.fernhill.example/why-we-stopped-hosting-our-own-email/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Fernhill Notes"><meta property="og:type" content="article"><meta property="og:title" content="${ghTitle}">
<meta property="og:description" content="${ghExcerpt}"><meta property="article:published_time" content="2025-04-08T08:30:00.000Z">
<meta property="article:modified_time" content="2025-04-09T10:11:52.000Z"><meta property="article:tag" content="Infrastructure">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Nadia Osei"><meta name="twitter:label2" content="Filed under">
<meta name="twitter:data2" content="Infrastructure">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fernhill Notes",
"url":"https://notes.fernhill.example/"},"author":{"@type":"Person","name":"Nadia Osei","url":"https://notes.fernhill.example/author/nadia/"},
"headline":"${ghTitle}","url":"https://notes.fernhill.example/why-we-stopped-hosting-our-own-email/","datePublished":"2025-04-08T08:30:00.000Z",
"dateModified":"2025-04-09T10:11:52.000Z","keywords":"Infrastructure","description":"${ghExcerpt}"}</script>
<meta name="generator" content="Ghost 5.115">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="https://notes.fernhill.example/"
data-key="8a1c0e3f5b" data-api="https://notes.fernhill.example/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<script defer src="https://cdn.jsdelivr.example/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="8a1c0e3f5b" data-styles="" data-sodo-search=""
crossorigin="anonymous"></script>
<style>:root {--ghost-accent-color: #2f6f5e;}</style>
</head>
<body class="post-template tag-infrastructure is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://notes.fernhill.example">Fernhill Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z">
</path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button>
</div>
<nav class="gh-head-menu">
<ul class="nav">
${ghNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}${t === 'Notes' ? ' nav-current-parent' : ''}"><a
href="https://notes.fernhill.example/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}
</ul>
</nav>
<div class="gh-head-actions">
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div>
</div>
</div>
</header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-infrastructure image-small">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags">
<span class="post-card-primary-tag"><a href="/tag/infrastructure/">Infrastructure</a></span>
</div>
<h1 class="article-title">${ghTitle}</h1>
<p class="article-excerpt">${ghExcerpt}</p>
<div class="article-byline">
<section class="article-byline-content">
<ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/nadia/" class="author-avatar" aria-label="Read more of Nadia Osei"><img class="author-profile-image"
src="/content/images/size/w100/2023/02/nadia.jpg" alt="Nadia Osei" /></a></li>
</ul>
<div class="article-byline-meta">
<h4 class="author-name"><a href="/author/nadia/">Nadia Osei</a></h4>
<div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-04-08">Apr 8, 2025</time>
<span class="byline-reading-time"><span class="bull">•</span> 5 min read</span>
</div>
</div>
</section>
</div>
<figure class="article-image">
<img srcset="/content/images/size/w300/2025/04/rack.jpg 300w, /content/images/size/w600/2025/04/rack.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2025/04/rack.jpg" alt="Server rack with blinking lights" />
<figcaption><span style="white-space: pre-wrap;">Photo by </span><a href="https://unsplash.example/@lenabrisk"><span
style="white-space: pre-wrap;">Lena Brisk</span></a>
<span style="white-space: pre-wrap;"> / </span><a href="https://unsplash.example/"><span style="white-space: pre-wrap;">Unsplash</span></a></figcaption>
</figure>
</header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">📬</div><div class="kg-callout-text">${ghCallout}</div></div>
${ghPs(ghP1)}
${ghH(ghH1)}
${ghPs(ghP2)}
<ul>${ghL1.map((t) => `<li>${t}</li>`).join('')}</ul>
${ghPs(ghP3)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://notes.fernhill.example/content/images/2025/04/old-server.jpg" class="kg-image" alt=""
loading="lazy" width="1600" height="1067" srcset="https://notes.fernhill.example/content/images/size/w600/2025/04/old-server.jpg 600w"
sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">${ghCaption}</span></figcaption></figure>
${ghH(ghH2)}
${ghPs(ghP4)}
${ghH(ghH3)}
${ghPs(ghP5)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://notes.fernhill.example/staging-sites-one-box/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">${ghBookmark[0]}</div><div class="kg-bookmark-description">${ghBookmark[1]}</div>
<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://notes.fernhill.example/content/images/size/w256h256/2023/02/favicon.png" alt="">
<span class="kg-bookmark-author">${ghBookmark[2]}</span><span class="kg-bookmark-publisher">${ghBookmark[3]}</span></div></div>
<div class="kg-bookmark-thumbnail"><img src="https://notes.fernhill.example/content/images/2024/09/staging.jpg" alt=""
onerror="this.style.display = 'none'"></div>
</a></figure>
${ghH(ghH4)}
${ghPs(ghP6)}
</section>
<section class="article-comments gh-canvas">
<script defer src="https://cdn.jsdelivr.example/ghost/comments-ui@~1.0/umd/comments-ui.min.js" data-ghost-comments="https://notes.fernhill.example/"
data-api="https://notes.fernhill.example/ghost/api/content/" data-key="8a1c0e3f5b" data-title="" data-count="true" data-post-id="67f4d8a1c2b3e40001a9f0d2"
data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#2f6f5e" data-comments-enabled="all" data-publication="Fernhill Notes"
crossorigin="anonymous"></script>
</section>
</article>
</main>
<section class="footer-cta outer">
<div class="inner">
<h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a>
</div>
</section>
<aside class="read-more-wrap outer">
<div class="read-more inner">
${ghCards
  .map(
    ([tag, t, ex, d, len]) => `<article class="post-card post">
<a class="post-card-image-link" href="/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}/"><img class="post-card-image"
src="/content/images/size/w600/2025/card.jpg"
alt="" loading="lazy" /></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025">${d}</time>
<span class="post-card-meta-length">${len}</span></footer></div></article>`,
  )
  .join('\n')}
</div>
</aside>
</div>
<footer class="site-footer outer">
<div class="inner">
<section class="copyright"><a href="https://notes.fernhill.example">Fernhill Notes</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-rss"><a
href="/rss/">RSS</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div>
</footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__container">
<div class="pswp__item"></div><div class="pswp__item"></div><div class="pswp__item"></div></div><div class="pswp__ui pswp__ui--hidden"><div
class="pswp__top-bar">
<div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button><button class="pswp__button pswp__button--share"
title="Share"></button><button class="pswp__button pswp__button--fs" title="Toggle fullscreen"></button><button class="pswp__button pswp__button--zoom"
title="Zoom in/out"></button></div></div></div></div>
<script src="https://notes.fernhill.example/assets/built/casper.js?v=2f8c1b1a09"></script>
</body>
</html>`;
export const ghostPost: TestPage = {
  html: ghHtml,
  name: 'heldout125-ghost-casper-blog',
  kind: 'blog',
  // the custom excerpt is body (the dek) and so is the callout card, which is the writer's own summary; the bookmark card
  // is a link preview and is furniture, as are the primary tag, the feature image credit, the image caption, the footer
  // CTA and the read-more cards; author, date and reading time are bylines
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3, ghH4],
  body: texts([ghExcerpt, ghCallout, ...ghP1, ...ghP2, ...ghL1, ...ghP3, ...ghP4, ...ghP5, ...ghP6]),
  bylines: ['Nadia Osei', 'Apr 8, 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernhill Notes', ...ghNav, 'Sign in', 'Subscribe', 'Infrastructure', ghCredit, ghCaption, ...ghBookmark.filter((t) => t !== 'Fernhill Notes'),
    'Sign up for more like this.', 'Enter your email', ...ghCards.flatMap((c) => c.slice(1)), 'Studio', 'Fernhill Notes © 2025', 'Sign up', 'RSS',
    'Powered by Ghost',
  ],
};
