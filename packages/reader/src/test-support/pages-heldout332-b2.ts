import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file b2: a startup's launch announcement on Ghost with the Casper theme (gh-head navigation with the
 * members buttons, the primary tag, custom excerpt, author byline with date and reading time, the feature image with its
 * caption, a bookmark card, the footer call to subscribe, the "Read more" post cards and the site footer).
 */
const gTitle = 'Introducing Parcelbird 1.0: returns that pay for themselves';
const gExcerpt = 'After eighteen months in private beta with forty-one online shops, Parcelbird is open to everyone today.';
const gIntro = [
  j(
    'When we started Parcelbird, we had a hunch that most online shops were treating returns as a cost to be minimised rather than a',
    'moment to keep a customer. Eighteen months and 212,000 processed returns later, we are confident the hunch was right.',
  ),
  j('Today we are launching Parcelbird 1.0 to every Shopify and WooCommerce store, with a free plan for shops handling up to fifty', 'returns a month.'),
];
const gWhat = [
  'A branded returns portal your customers open from the order email, with no account to create.',
  'Instant exchanges: the replacement ships as soon as the customer drops off the parcel, not when it reaches your warehouse.',
  'Store credit offers with a small bonus, which beta shops chose to fund at between five and ten percent.',
  'Consolidated pickups with three regional carriers, so a returned jumper no longer costs more to ship than it did to make.',
];
const gNumbers = [
  j(
    'Across our beta shops, 38 percent of return requests ended as an exchange or store credit rather than a refund, up from 14',
    'percent before they switched. The median shop recovered about 60 percent of what it used to lose in refunded revenue.',
  ),
  j(
    'Return shipping costs fell too. Consolidated pickups cut the average label price from €7.90 to €4.20, mostly because parcels',
    'travel together to a sorting hub instead of individually across the country.',
  ),
];
const gQuote = j(
  'We used to dread January. This year the returns portal handled the rush on its own and a third of those customers bought',
  'something else instead of taking the money back.',
);
const gQuoteBy = '— Hanne Vos, founder of Dune &amp; Drift outerwear';
const gNext = [
  j(
    'The launch is the start rather than the finish. Over the next two quarters we are working on returns analytics that flag',
    'products with unusual return reasons, support for marketplaces, and a carbon estimate for every parcel.',
  ),
  j(
    'We are also grateful to the forty-one shops that put up with our early bugs and told us, loudly, when something was wrong.',
    'Parcelbird exists in its current shape because of them.',
  ),
  'If you run a shop, you can install Parcelbird from your app store today. We would love to hear what you think.',
];
const gNav = ['Home', 'Product', 'Changelog', 'Customers', 'Careers'];
const gRead = ['How we cut label costs by pooling pickups', 'What forty shops taught us about exchange offers', 'Parcelbird raises a €2.4M seed round'];
const gFoot = ['Sign up', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c1a2b4f0d">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://blog.parcelbird.example/introducing-parcelbird-1-0/">
<meta property="og:site_name" content="Parcelbird Blog"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-03-05T09:00:00.000Z"><meta property="article:tag" content="Announcements">
<meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Parcelbird Blog"},
"author":{"@type":"Person","name":"Lieke Brandsma"},"headline":"Introducing Parcelbird 1.0","datePublished":"2026-03-05T09:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://blog.parcelbird.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template tag-announcements is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.parcelbird.example">Parcelbird Blog</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-announcements featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/announcements/">Announcements</a></span><span class="post-card-featured">Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/lieke/" class="author-avatar"><img class="author-profile-image" src="/content/images/lieke.jpg" alt="Lieke Brandsma"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/lieke/">Lieke Brandsma</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-03-05">Mar 5, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/03/portal.png" alt="The Parcelbird returns portal">
<figcaption>The returns portal as a customer sees it, in one of our beta shops’ colours.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
<h2 id="what-you-get">What you get</h2>
<ul>${lis(gWhat)}</ul>
<h2 id="what-the-beta-showed">What the beta showed</h2>
${ps(gNumbers)}
<blockquote>${gQuote}</blockquote><p>${gQuoteBy}</p>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://docs.parcelbird.example/pricing">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">Parcelbird pricing and plans</div>
<div class="kg-bookmark-description">Free up to fifty returns a month. Paid plans from €29.</div>
<div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Parcelbird Docs</span></div></div></a></figure>
<h2 id="whats-next">What’s next</h2>
${ps(gNext)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="#"><img class="post-card-image" src="/content/images/c.png" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="#"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><span class="post-card-meta-length">4 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.parcelbird.example">Parcelbird Blog</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8c1a2b4f0d"></script></body></html>`;
export const ghost: TestPage = {
  name: 'heldout332-ghost-casper-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: ['What you get', 'What the beta showed', 'What’s next'],
  body: texts([gExcerpt, ...gIntro, ...gWhat, ...gNumbers, gQuote, gQuoteBy, ...gNext]),
  bylines: ['Lieke Brandsma', 'Mar 5, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Parcelbird Blog', ...gNav, 'Sign in', 'Subscribe', 'Announcements', 'Featured',
    'The returns portal as a customer sees it, in one of our beta shops’ colours.', 'Parcelbird pricing and plans',
    'Free up to fifty returns a month. Paid plans from €29.', 'Parcelbird Docs', 'Sign up for more like this.', 'Enter your email', ...gRead,
    '4 min read', ...gFoot, 'Powered by Ghost',
  ],
};
