import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout532-kit.js';

/**
 * Held-out batch 532, file b: a freelance brand designer's journal post on Squarespace 7.1 (author profile, prev / next
 * pagination, cookie banner), and a freelance developer's blog post on Ghost (Casper theme) with a code card, a callout and
 * a members sign-up box.
 */
const sTitle = 'Why I stopped sending three logo concepts';
const sBody = [
  j(
    'For my first six years as a freelancer, every identity project ended the same way: three logo concepts in a PDF, one safe,',
    'one bold and one somewhere in between. Clients liked having a choice. I thought it was good service.',
  ),
  j(
    'It wasn’t. The safe option won almost every time, and when it didn’t, the client asked for the bold mark in the colours of the',
    'safe one. I was spending two thirds of the concept budget on work I knew would be thrown away.',
  ),
  'Now I send one direction, and I spend the time I saved on three things instead:',
  'a longer discovery workshop, so the brief is sharp before I draw anything;',
  'showing the mark in use (a shop sign, an invoice, a social post) rather than floating on white;',
  'a written rationale that ties every choice back to something the client told me.',
  j(
    'Since the change, nine out of eleven clients have approved the first direction with small edits. The other two needed a second',
    'round, which the proposal already allows for. Nobody has asked where the other two concepts went.',
  ),
  j(
    'If you are a freelancer thinking about doing the same, tell clients up front, in the proposal, not at the presentation. It',
    'sounds like less, so explain what they get in its place.',
  ),
];
const sNav = ['Work', 'About', 'Journal', 'Contact'];
const sFoot = ['Instagram', 'Behance', 'Email'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${sTitle} — Ines Vahl Design</title>
<link rel="canonical" href="https://www.inesvahl.design/journal/three-logo-concepts"><meta property="og:site_name" content="Ines Vahl Design">
<meta property="og:type" content="article"><meta itemprop="author" content="Ines Vahl"><meta itemprop="datePublished" content="2026-03-04T09:30:00+0000">
<script type="application/ld+json">{"url":"https://www.inesvahl.design","name":"Ines Vahl Design","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":{"@type":"Person",
"name":"Ines Vahl"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63a1f0b2c0d5e91f2a4b7c10/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head><body id="item-65e5c0a1f3b2d14a6c9e0f27" class="header--menu-open-false tweak-blog-item-width-narrow tweak-blog-item-show-author-profile
tweak-blog-item-pagination-title-and-thumbnail view-item collection-type-blog-basic collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Ines Vahl Design</a></div></div><div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Journal' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase()}" data-animation-role="header-element"${t === 'Journal' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book an intro call</a></div></div></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder">
<div class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase()}">
<div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('')}</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e5c0a1f3b2d14a6c9e0f10">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-ines-vahl post-type-text
article-index-1 tag-process category-notes" data-item-id="65e5c0a1f3b2d14a6c9e0f27" id="article-65e5c0a1f3b2d14a6c9e0f27">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-meta-primary"><span class="blog-author"><a href="/journal?author=5c5a5197">Ines Vahl</a></span><time class="blog-date" pubdate=""
datetime="2026-03-04">4 Mar</time></span><span class="blog-meta-delimiter"></span><span class="blog-meta-secondary"><span class="blog-categories-list">
<a href="/journal/category/Notes" class="blog-categories">Notes</a></span></span></div></div><div class="blog-item-title">
<h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1772616600000" id="item-65e5c0a1f3b2d14a6c9e0f27"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="{}" id="block-8f2a4e1c9d7b3a605e11"><div class="sqs-block-content">
<div class="sqs-html-content">${ps(sBody.slice(0, 3), ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${sBody
  .slice(3, 6)
  .map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`)
  .join('')}</ul>
${ps(sBody.slice(6), ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5c5a5197" class="author-avatar content-fill"><img data-src="/static/ines.jpg"
alt="Ines Vahl"></a><div class="author-profile"><a href="/journal?author=5c5a5197" class="author-name">Ines Vahl</a>
<div class="author-bio"><p>Ines is an independent brand designer in Gloucester, working with small food and drink businesses.</p></div></div></div>
<section class="blog-item-comments"><div class="squarespace-comments" id="squarespace-comments-65e5c0a1"><div class="comments-content">
<div class="header-controls">
<span class="comment-count">0 Comments</span></div></div></div></section></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic" aria-label="Pagination">
<a href="/journal/pricing-by-the-day" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-icon icon icon--stroke">
<svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Pricing by the day, not the logo</h2></a>
<a href="/journal/a-year-of-bakery-brands" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">A year of bakery brands</h2></a></section></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">
Ines Vahl Design · Gloucester, UK</p></div></div></div><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2">
<div class="sqs-block-content">
<nav class="sqs-svg-icon--list">${links(sFoot)}</nav></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary" type="button">Accept</button>
<button class="sqs-cookie-banner-v2-decline" type="button">Decline</button>
</div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519cf4e5b7091f6e3ba1/scripts/site-bundle.js"></script></body></html>`;
const squarespacePost: TestPage = {
  name: 'heldout532-squarespace-freelance-journal',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: ['Ines Vahl', '4 Mar'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Ines Vahl Design', ...sNav.filter((t) => t !== 'Work' && t !== 'About'), 'Book an intro call', 'Notes',
    'Ines is an independent brand designer in Gloucester, working with small food and drink businesses.', '0 Comments', 'Previous',
    'Pricing by the day, not the logo', 'Next', 'A year of bakery brands', 'Ines Vahl Design · Gloucester, UK', ...sFoot,
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const gTitle = 'Moving a client from WordPress to Astro without losing their search traffic';
const gDek = 'A checklist from the migration of a twelve-year-old plumbing supplier site: 1,400 URLs, two languages and no drop in rankings.';
const gIntro = [
  j(
    'Last winter a plumbing wholesaler in Harwick asked me to move their catalogue site off a WordPress install that had been',
    'patched by four different agencies. It was slow, it broke every time a plugin updated, and nobody wanted to touch it. It also',
    'brought in about 60 percent of their trade enquiries through search, so “just rebuild it” was not an option.',
  ),
  'Here is what I did, in the order I did it, and what I would do differently.',
];
const gSec: readonly (readonly [string, readonly string[]])[] = [
  [
    'Crawl everything first',
    [
      j(
        'Before writing a line of code I crawled the old site and exported every URL that returned a 200, along with its title,',
        'canonical and the number of internal links pointing at it. I also pulled twelve months of landing pages from Search Console,',
        'because the crawl only shows what is linked, not what Google still sends people to.',
      ),
      j(
        'The two lists did not match. Around 180 pages had no internal links at all but still got visits, mostly old product pages',
        'that suppliers had linked to years ago. Those would have been the first casualties of a clean rebuild.',
      ),
    ],
  ],
  [
    'Keep the URLs, or redirect every one',
    [
      j(
        'Astro let me keep most of the old paths exactly, trailing slashes included. For the rest, I generated a redirect map from',
        'the crawl and checked it in as a plain file, so the client can read it and the host applies it at the edge:',
      ),
      j('Every old URL in the crawl is tested against this file in CI. If a path returns a 404 or a redirect chain longer than one hop,', 'the build fails.'),
    ],
  ],
  [
    'Move the content, not the markup',
    [
      j(
        'The product descriptions had years of inline styles, empty paragraphs and shortcodes from page builders nobody remembered.',
        'I exported the posts through the REST API, converted them to Markdown with a small script, and reviewed the 40 most visited',
        'pages by hand. The long tail got an automated pass and a spot check of one page in twenty.',
      ),
    ],
  ],
  [
    'Launch on a Tuesday, watch for a month',
    [
      j(
        'We switched DNS on a Tuesday morning, submitted the new sitemap, and I checked Search Console daily for three weeks.',
        'Impressions dipped by about 8 percent in the first ten days, then came back. By week six, clicks were 14 percent above the',
        'same period the year before, and the site loads in under a second on a phone.',
      ),
      'What I would do differently: agree the redirect map with the client before the build starts, not during it.',
    ],
  ],
];
const gCallout = 'If you only do one thing: export your landing pages from Search Console before you touch anything. The crawl will not show you everything.';
const gCode = `/product/copper-elbow-15mm/   /fittings/copper/elbow-15mm/   301
/category/valves/*            /valves/:splat                  301
/shop/                        /catalogue/                     301`;
const gNav = ['Home', 'Writing', 'Work with me', 'About'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://plass.dev/assets/built/screen.css?v=8b1d4f2c3a"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://plass.dev/wordpress-to-astro-seo/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Plass.dev"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-05-12T07:40:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Plass.dev"},
"author":{"@type":"Person","name":"Teodor Plass"},"headline":"${gTitle}","datePublished":"2026-05-12T07:40:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Plass.dev" href="https://plass.dev/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://plass.dev/"
data-key="3f0c2a9e1b7d4c5a8e6f0b1d2c" data-api="https://plass.dev/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="3f0c2a9e1b7d4c5a8e6f0b1d2c"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://plass.dev/" crossorigin="anonymous"></script>
<link href="https://plass.dev/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=8b1d4f2c3a"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=8b1d4f2c3a"></head>
<body class="post-template tag-migrations tag-astro is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://plass.dev">
Plass.dev</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z">
</path></svg></button><button class="gh-burger" aria-label="Main menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions">
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-migrations tag-astro">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/migrations/">Migrations</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/teodor/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/01/teodor.jpg" alt="Teodor Plass"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/teodor/">Teodor Plass</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-12">May 12, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span>
</div></div></section></div><figure class="article-image">
<img srcset="/content/images/size/w600/2026/05/crates.jpg 600w" src="/content/images/2026/05/crates.jpg"
alt="Pallets of copper fittings in a warehouse"><figcaption><span style="white-space: pre-wrap;">Photo by Ola Brekke / Unsplash</span></figcaption></figure>
</header><section class="gh-content gh-canvas">
${ps(gIntro)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
${gSec
  .map(
    ([h, paras], i) =>
      `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n${
        i === 1
          ? `<p>${paras[0]}</p><pre><code class="language-text">${gCode}</code></pre>
<p>${paras[1]}</p>`
          : ps(paras)
      }`,
  )
  .join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/fixed-price-quotes/">
<img class="post-card-image" src="/content/images/2026/04/quote.jpg" alt="" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/fixed-price-quotes/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Freelancing</span>
</div><h2 class="post-card-title">Why I quote fixed prices for small sites</h2></header><div class="post-card-excerpt">Day rates punish you for getting faster.
Here is how I price instead.</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-04-20">Apr 20, 2026</time>
<span class="post-card-meta-length">5 min read</span></footer></div></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://plass.dev">Plass.dev</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['RSS', 'Mastodon', 'GitHub'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button><div class="pswp__counter"></div></div></div></div>
<script src="https://plass.dev/assets/built/casper.js?v=8b1d4f2c3a"></script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout532-ghost-freelance-dev-post',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSec.map(([h]) => h),
  body: texts([gDek, ...gIntro, gCallout, ...gSec.flatMap(([, p]) => p)]),
  bylines: ['Teodor Plass', 'May 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Plass.dev', ...gNav.filter((t) => t !== 'Writing' && t !== 'About'), 'Sign in', 'Subscribe', 'Migrations', '7 min read',
    'Photo by Ola Brekke / Unsplash', 'Sign up for more like this.',
    'Enter your email', 'Freelancing', 'Why I quote fixed prices for small sites', 'Day rates punish you for getting faster. Here is how I price instead.',
    'Apr 20, 2026', '5 min read', 'Plass.dev © 2026', 'RSS', 'Mastodon', 'GitHub', 'Powered by Ghost',
  ],
};

export const HELDOUT532_B: readonly TestPage[] = [squarespacePost, ghostPost];
