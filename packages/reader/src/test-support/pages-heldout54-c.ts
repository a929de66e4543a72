import { links, type TestPage, texts } from './page-kit.js';
import { mediumPreview } from './pages-heldout54-c2.js';

/**
 * Held-out batch 54, file c: a post on a Ghost site with the Headline theme (ghost_head output with JSON-LD, the portal,
 * search and members scripts and styles, the stacked head with logo, menu, search and "Sign in"/"Subscribe", the tag,
 * title, custom excerpt, author and reading time, a feature image with caption, Koenig cards in the content: an image card with
 * caption, a callout card and a blockquote, the comments-ui script, "Read more" cards and the footer with its signup box).
 */
const ghTitle = 'Riverside Night Bus Pilot Gets the Green Light, With a Catch';
const ghExcerpt = 'The county will fund late buses on the 7 route for six months, but only if ridership reaches 120 passengers a night by March.';
const ghIntro = [
  'Millbrook&#39;s long-promised night bus is finally coming, at least for a while. On Tuesday the county transport board voted ' +
    '5&#8211;2 to fund a six-month trial of late services on the 7 route, which links the Riverside estate with the town centre and ' +
    'the hospital.',
  'From October 6, buses will run every 40 minutes between 11 pm and 2 am on Thursdays, Fridays and Saturdays. Fares will be the ' +
    'same as in the daytime, and day passes bought before 11 pm will still be valid.',
];
const ghH1 = 'Why now';
const ghWhy = [
  'Residents of Riverside have asked for a night service for most of the last decade. The estate has no late-opening shop and ' +
    'no taxi rank, and the last bus currently leaves the town centre at 10:47 pm. Shift workers at Millbrook General told the board ' +
    'last month that some of them walk the two miles home along an unlit stretch of the ring road.',
];
const ghQuote =
  '&#8220;People have been asking for this since before I was elected,&#8221; said councillor Aisha Brennan, who represents the ' +
  'ward. &#8220;It is not perfect, but it is a start.&#8221;';
const ghH2 = 'The catch';
const ghCatch = [
  'The trial comes with a condition that some of its own supporters call unrealistic. If the late buses do not average at least ' +
    '120 passengers a night by the end of March, the service will end and the money will return to the general transport budget.',
  'Board member Colin Tate, who voted against, said the figure had been chosen to match the cost per passenger of existing rural ' +
    'routes. Supporters argue that a service people do not yet know about cannot fairly be judged on its first few months.',
];
const ghCallout = 'The transport board will publish ridership figures every month. We will report them here as they come in.';
const ghH3 = 'What happens next';
const ghNext = [
  'The operator, Valley Coaches, says it needs to hire four more drivers before the start date and has begun recruiting. The ' +
    'Ledger will ride the first night bus on October 9 and report back.',
];
const ghNav = ['News', 'Transport', 'Schools', 'Planning', 'Opinion', 'About'];
const ghCap1 = 'The 7 bus at the Riverside turning circle, where the new late services will end. Photo: Sam Ortiz';
const ghCap2 = 'The unlit stretch of the ring road between Riverside and Millbrook General.';
const ghMore = [
  ['Schools', 'Parents Push Back on Plan to Merge Two Village Primaries', 'A packed meeting at Ashby Hall heard the case against the merger.', 'Sep 9, 2025'],
  ['Planning', 'What the New Local Plan Means for the Old Mill Site', 'Four hundred homes, a school and a lot of unanswered questions.', 'Sep 4, 2025'],
  ['Transport', 'The 12 Bus Is Getting Slower. We Timed It.', 'A month of journeys shows the route losing six minutes since spring.', 'Aug 28, 2025'],
] as const;
const ghFootNav = ['Sign up', 'Advertise', 'Contact', 'Privacy'];
const ghDesc = 'Independent local news for Millbrook and the valley, in your inbox every weekday morning.';
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${ghTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://millbrookledger.example/assets/built/screen.css?v=8ad2c1e0f1">
<meta name="description" content="${ghExcerpt}"><link rel="canonical" href="https://millbrookledger.example/riverside-night-bus-pilot/">
<meta property="og:site_name" content="The Millbrook Ledger"><meta property="og:type" content="article"><meta property="og:title" content="${ghTitle}">
<meta property="article:published_time" content="2025-09-12T06:30:00.000Z"><meta property="article:tag" content="Transport">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Dana Whitlock">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Millbrook Ledger"},
"author":{"@type":"Person","name":"Dana Whitlock","url":"https://millbrookledger.example/author/dana/"},"headline":"${ghTitle}",
"datePublished":"2025-09-12T06:30:00.000Z","description":"${ghExcerpt}"}</script>
<meta name="generator" content="Ghost 5.118"><link rel="alternate" type="application/rss+xml" title="The Millbrook Ledger"
 href="https://millbrookledger.example/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="https://millbrookledger.example/"
 data-key="9f3b1c2d7e6a5b4c3d2e1f0a9b" data-api="https://millbrookledger.example/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;text-align:center}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="9f3b1c2d7e6a5b4c3d2e1f0a9b"
 data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="https://millbrookledger.example/" data-locale="en"
 crossorigin="anonymous"></script>
<link href="https://millbrookledger.example/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=8ad2c1e0f1"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=8ad2c1e0f1"><script defer src="/public/member-attribution.min.js?v=8ad2c1e0f1"></script>
<style>:root {--ghost-accent-color: #d1361b;}</style></head>
<body class="post-template tag-transport is-head-stacked has-serif-title has-sans-body">
<div class="gh-site"><header id="gh-head" class="gh-head gh-outer"><div class="gh-head-inner gh-inner"><div class="gh-head-brand">
<div class="gh-head-brand-wrapper"><a class="gh-head-logo"
 href="https://millbrookledger.example"><img src="https://millbrookledger.example/content/images/2024/03/ledger-logo.png"
 alt="The Millbrook Ledger"></a></div><button class="gh-search gh-icon-btn" aria-label="Search this site"
 data-ghost-search><svg xmlns="http://www.w3.org/2000/svg"
 fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
 d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button><button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(ghNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-btn gh-btn gh-primary-btn" href="#/portal/signup"
 data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-transport"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://millbrookledger.example/tag/transport/">Transport</a><h1 class="gh-article-title is-title">${ghTitle}</h1>
<p class="gh-article-excerpt is-body">${ghExcerpt}</p><div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">
<a href="/author/dana/"><img class="author-profile-image" src="/content/images/size/w160/2024/03/dana.jpg" alt="Dana Whitlock"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/dana/">Dana Whitlock</a></h4><div class="gh-article-meta-content">
<time class="gh-article-meta-date" datetime="2025-09-12">Sep 12, 2025</time><span class="gh-article-meta-length"><span
 class="bull">&bull;</span> 4 min read</span>
</div></div></div><figure class="gh-article-image"><img srcset="/content/images/size/w300/2025/09/bus-7.jpg 300w, /content/images/size/w720/2025/09/bus-7.jpg
 720w"
 sizes="(max-width: 1200px) 100vw, 1120px" src="/content/images/size/w1200/2025/09/bus-7.jpg" alt="${ghTitle}">
<figcaption><span style="white-space: pre-wrap;">The 7 bus at the Riverside turning circle, where the new late services will end. Photo: </span>
<a href="https://millbrookledger.example/author/sam/"><span style="white-space: pre-wrap;">Sam Ortiz</span></a></figcaption></figure></header>
<section class="gh-content gh-canvas is-body drop-cap">
${ghIntro.map((p) => `<p>${p}</p>`).join('')}<h2 id="why-now">${ghH1}</h2>${ghWhy.map((p) => `<p>${p}</p>`).join('')}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://millbrookledger.example/content/images/2025/09/ring-road.jpg" class="kg-image" alt=""
 loading="lazy" width="2000" height="1333"
 sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">${ghCap2}</span></figcaption></figure>
<blockquote class="kg-blockquote-alt">${ghQuote}</blockquote><h2 id="the-catch">${ghH2}</h2>${ghCatch.map((p) => `<p>${p}</p>`).join('')}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#128161;</div><div class="kg-callout-text">${ghCallout}</div></div>
<h2 id="what-happens-next">${ghH3}</h2>${ghNext.map((p) => `<p>${p}</p>`).join('')}
</section></article>
<section class="gh-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.2/umd/comments-ui.min.js" data-locale="en"
 data-ghost-comments="https://millbrookledger.example/" data-api="https://millbrookledger.example/ghost/api/content/"
 data-admin="https://millbrookledger.example/ghost/"
 data-key="9f3b1c2d7e6a5b4c3d2e1f0a9b" data-title="" data-count="true" data-post-id="66e1f3a2c9" data-color-scheme="auto" data-avatar-saturation="60"
 data-accent-color="#d1361b" data-comments-enabled="all" data-publication="The Millbrook Ledger" crossorigin="anonymous"></script></section></main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><div class="gh-feed">
${ghMore
  .map(
    ([
      tag,
      t,
      ex,
      d,
    ]) => `<article class="gh-card post"><a class="gh-card-link" href="#"><figure class="gh-card-image"><img src="/content/images/size/w600/c.jpg"
 alt="${t}" loading="lazy"></figure><div class="gh-card-wrapper"><p class="gh-card-tag">${tag}</p><h3 class="gh-card-title is-title">${t}</h3>
<p class="gh-card-excerpt is-body">${ex}</p><footer class="gh-card-meta"><time class="gh-card-date"
 datetime="2025-09-01">${d}</time></footer></div></a></article>`,
  )
  .join('\n')}
</div></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">
<img src="https://millbrookledger.example/content/images/2024/03/ledger-logo.png" alt="The Millbrook Ledger"></span><nav class="gh-footer-menu"><ul class="nav">
${links(ghFootNav, 'nav-item')}</ul></nav><div class="gh-footer-copyright">The Millbrook Ledger &#169; 2025. Powered by
 <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div><div class="gh-footer-signup">
<h2 class="gh-footer-signup-header is-title">The Millbrook Ledger</h2><p class="gh-footer-signup-subhead is-body">${ghDesc}</p>
<form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="jamie@example.com"
 required data-members-email>
<button class="gh-button" type="submit" aria-label="Subscribe"><span><span>Subscribe</span> <svg width="32" height="32" fill="none"
 viewBox="0 0 24 24"></svg></span>
<span><svg xmlns="http://www.w3.org/2000/svg" height="24" width="24"
 viewBox="0 0 24 24"></svg></span></button><p data-members-error></p></form></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog"
 aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button>
<button class="pswp__button pswp__button--share" title="Share"></button><button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button></div>
<button class="pswp__button pswp__button--arrow--left" title="Previous (arrow left)"></button><button class="pswp__button pswp__button--arrow--right"
 title="Next (arrow right)"></button></div></div></div>
<script src="https://millbrookledger.example/assets/built/main.min.js?v=8ad2c1e0f1"></script>
</body></html>`;
export const ghostPost: TestPage = {
  html: ghHtml,
  name: 'heldout54-ghost-headline-post',
  kind: 'blog',
  // the custom excerpt under the title is the dek: body, as a dek is; the councillor's quote is a blockquote card of the story
  // (not a repeat of a body sentence): body; the callout card's text is body, its emoji in neither; the three h2 are the
  // headings; the author name and "Sep 12, 2025" are bylines, "4 min read" furniture; the tag, both captions (the credit
  // "Sam Ortiz" inside the first), the head (logo alt only, menu, "Sign in", "Subscribe"), "Read more" cards with their tags,
  // excerpts and dates, and the footer (menu, copyright, signup box) are furniture; the comments are a script: no text;
  // the menu's (and the tag's) "Transport" and the menu's "About" are words of the article text: left out
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3],
  body: texts([ghExcerpt, ...ghIntro, ...ghWhy, ghQuote, ...ghCatch, ghCallout, ...ghNext]),
  bylines: ['Dana Whitlock', 'Sep 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ghNav.filter((t) => t !== 'Transport' && t !== 'About'), 'Sign in', 'Subscribe', '4 min read', ghCap1, ghCap2, 'Read more',
    ...ghMore.flatMap(([, t, ex, d]) => [t, ex, d]), ...ghFootNav,
    'The Millbrook Ledger © 2025. Powered by Ghost', 'The Millbrook Ledger', ghDesc,
  ],
};

export const HELDOUT54_C: readonly TestPage[] = [ghostPost, mediumPreview];
