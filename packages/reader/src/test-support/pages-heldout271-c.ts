import { links, ps, type TestPage, texts } from './page-kit.js';
import { didomiPage } from './pages-heldout271-c2.js';
import { ld, lis, paras } from './pages-heldout271-kit.js';

/**
 * Held-out batch 271, file c: a Ghost (Casper) blog post under a OneTrust banner and its open preference centre with the
 * cookie categories and the vendor list and, from file c2, a French outlet's English article under a Didomi notice.
 */
const oTitle = 'What we learned moving our build cache to a single bucket';
const oP = paras(`
  For two years our monorepo's build cache lived on four machines under a desk in the Leeds office. It was fast when it
  worked, and when one of the disks filled up every developer in the company found out at the same moment.

  In January we moved the whole thing to one object storage bucket behind a small proxy. This post is about what went better
  than we expected, what went worse, and the one setting we wish someone had told us about.

  The first surprise was that hit rates went up, not down. With four machines the cache was sharded by hash, and a machine
  that was rebooted lost its share of the entries. One bucket never forgets anything we do not ask it to forget.

  The second was that latency mattered much less than we feared. A cache hit is a download of a few megabytes; the round trip
  to the bucket adds about 40 milliseconds, which disappears next to the seconds a compile step takes.

  The cost that did hurt was listing. Our cleanup job walked the whole bucket every night to find old entries, and object
  listing is billed per request. We replaced it with a lifecycle rule and a last-access tag.

  If you are thinking of doing the same, these are the steps we would take again:

  Nobody misses the machines under the desk. The desk, it turns out, is a perfectly good desk.
`);
const oSteps = [
  'Put a proxy in front of the bucket so that clients never hold storage credentials.',
  'Turn on request metrics before you migrate, so you have a baseline to compare against.',
  'Expire entries with a lifecycle rule instead of a cleanup job that lists objects.',
  'Keep the old cache running read-only for a week as a fallback.',
];
const oHeads = ['Why hit rates went up', 'The setting we missed', 'What we would do again'];
const oNav = ['Home', 'Engineering', 'Culture', 'Open Source', 'About'];
const oVendors = ['Brightfold Analytics', 'Lumen Pixel Ltd', 'Ortega Ad Exchange', 'Quillmetrics', 'Sabre Tag Manager'];
const oCats = ['Strictly Necessary Cookies', 'Performance Cookies', 'Functional Cookies', 'Targeting Cookies'];
const oHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${oTitle}</title>
<meta name="description" content="Moving a monorepo build cache from four machines to one bucket."><meta name="generator" content="Ghost 5.82">
<meta property="og:site_name" content="Tallyweave Engineering"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-19T09:00:00.000Z"><meta property="article:tag" content="Infrastructure">
${ld({ '@context': 'https://schema.org', '@type': 'Article', publisher: { '@type': 'Organization', name: 'Tallyweave Engineering' }, headline: oTitle })}
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="5e0a91c2-7f3b-4d1e-9a6c-2b8f01d4e7aa"></script>
<script>function OptanonWrapper() { window.dataLayer.push({ event: 'OneTrustGroupsUpdated' }); }</script>
<link rel="stylesheet" href="/assets/built/screen.css?v=8c1f2e"></head>
<body class="post-template tag-infrastructure is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="/">Tallyweave Engineering</a></div><nav class="gh-head-menu"><ul class="nav">${links(oNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-infrastructure">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/infrastructure/">Infrastructure</a></span></div>
<h1 class="article-title">${oTitle}</h1>
<p class="article-excerpt">Four machines under a desk, one bucket in the cloud, and a bill we did not see coming.</p>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/priya-venkataraman/">Priya Venkataraman</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-19">Feb 19, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/02/desk-servers.jpg" alt="">
<figcaption>The old cache, in its natural habitat.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(oP.slice(0, 2))}
<h2 id="why-hit-rates-went-up">${oHeads[0]}</h2>
${ps(oP.slice(2, 4))}
<h2 id="the-setting-we-missed">${oHeads[1]}</h2>
${ps(oP.slice(4, 5))}
<h2 id="what-we-would-do-again">${oHeads[2]}</h2>
${ps(oP.slice(5, 6))}
<ol>${lis(oSteps)}</ol>
${ps(oP.slice(6))}
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/flaky-tests/">
<h2 class="post-card-title">Flaky tests are a queueing problem</h2></a></article><article class="post-card"><a class="post-card-content-link"
href="/on-call/"><h2 class="post-card-title">Our on-call rota, one year later</h2></a></article></div></aside></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Tallyweave Engineering</a> © 2026</section>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat ot-bnr-w-logo" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">We use cookies</h2><p id="onetrust-policy-text">We use cookies to understand
how you use this blog and to improve your experience. <a href="/cookie-policy" class="ot-cookie-policy-link">Cookie Policy</a></p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<div id="onetrust-pc-sdk" class="otPcCenter ot-fade-in" role="dialog" aria-modal="true"><div class="ot-pc-header">
<div class="ot-title-cntr"><h2 id="ot-pc-title">Privacy Preference Center</h2></div></div>
<div id="ot-pc-content" class="ot-pc-scrollbar"><div id="ot-pc-desc">When you visit any website, it may store or retrieve information on
your browser, mostly in the form of cookies.</div><h3 id="ot-category-title">Manage Consent Preferences</h3>
<div class="ot-cat-grp">${oCats.map((c) => `<div class="ot-cat-item ot-accordion-layout"><h4 class="ot-cat-header">${c}</h4></div>`).join('\n')}</div>
<div id="ot-pc-lst" class="ot-vnd-list-cntr"><h3 id="vendors-list-header">Vendors List</h3><ul id="ot-host-lst">
${oVendors.map((v) => `<li class="ot-host-item"><h3 class="ot-host-name">${v}</h3><a class="ot-host-expand">View Privacy Notice</a></li>`).join('\n')}
</ul></div></div><div class="ot-pc-footer"><button class="save-preference-btn-handler onetrust-close-btn-handler">Confirm My Choices</button>
<div class="ot-pc-footer-logo"><a href="https://www.onetrust.example/" target="_blank">Powered by Onetrust</a></div></div></div></div>
</body></html>`;
const onetrust: TestPage = {
  name: 'heldout271-ghost-onetrust-blog',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: oHeads,
  body: [
    'Four machines under a desk, one bucket in the cloud, and a bill we did not see coming.',
    ...texts(oP.slice(0, 6)),
    ...texts(oSteps),
    ...texts(oP.slice(6)),
  ],
  bylines: ['Priya Venkataraman', 'Feb 19, 2026'],
  furniture: [
    'Tallyweave Engineering',
    ...oNav,
    'Sign in',
    'Subscribe',
    'Infrastructure',
    '5 min read',
    'The old cache, in its natural habitat.',
    'Sign up for more like this.',
    'Enter your email',
    'Flaky tests are a queueing problem',
    'Our on-call rota, one year later',
    'Powered by Ghost',
    'We use cookies',
    'We use cookies to understand how you use this blog and to improve your experience.',
    'Cookie Policy',
    'Cookie Settings',
    'Reject All',
    'Accept All Cookies',
    'Privacy Preference Center',
    'When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies.',
    'Manage Consent Preferences',
    ...oCats,
    'Vendors List',
    ...oVendors,
    'View Privacy Notice',
    'Confirm My Choices',
    'Powered by Onetrust',
  ],
};

export const HELDOUT271_C: readonly TestPage[] = [onetrust, didomiPage];
