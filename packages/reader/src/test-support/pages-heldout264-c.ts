import { links, ps, type TestPage, texts } from './page-kit.js';
import { stripe } from './pages-heldout264-c2.js';
import { j, uniq } from './pages-heldout264-kit.js';

/**
 * Held-out batch 264, file c: an Apple Developer documentation-style symbol page rendered by the DocC Vue app (a page
 * whose main text is short: global nav, the documentation nav with its hierarchy, the navigator sidebar with the filter,
 * the eyebrow, availability badges, the declaration, a note aside, the generated "See Also" group and the footer)
 * and, from file c2, a Stripe docs-style integration guide.
 */
const pTitle = 'refreshInterval';
const pAbstract = ['The minimum time the system waits between two updates of a live ticket.'];
const pH = ['Declaration', 'Discussion'] as const;
const pDisc = [
  j(
    'Use this property to limit how often the system asks your app for new ticket content. The default value is',
    'five minutes. The system may wait longer than the interval you set when the device is in Low Power Mode or when the',
    'ticket is not visible on the Lock Screen.',
  ),
  j(
    'Setting a shorter interval does not make updates arrive faster than the budget allows. Each app receives a daily budget',
    'of refreshes, and the system spreads that budget across all of the app\u2019s active tickets.',
  ),
];
const pNote = j(
  'Values below 60 seconds are rounded up to 60 seconds. To push an urgent change, such as a gate change, send a priority',
  'update from your server instead.',
);
const pBadges = ['phoneOS 19.0+', 'slateOS 19.0+', 'wristOS 12.0+', 'lensOS 3.0+'];
const pSeeAlso = [
  'func requestRefresh()',
  'Requests an update of the ticket as soon as the budget allows.',
  'var lastRefreshDate: Date?',
  'The date of the most recent successful update.',
];
const pGlobal = ['Pomelo', 'Store', 'Laptops', 'Tablets', 'Phones', 'Watch', 'Support'];
const pDevNav = ['News', 'Discover', 'Design', 'Develop', 'Distribute', 'Support', 'Account'];
const pCrumbs = ['HarborKit', 'LiveTicket'];
const pTree = ['HarborKit', 'Essentials', 'Creating live tickets', 'LiveTicket', 'LiveTicketAttributes', 'TicketUpdatePolicy'];
const pFoot = ['Developer', 'Documentation', 'Terms of Use', 'Privacy Policy', 'Agreements and Guidelines'];
const pHtml = `<!doctype html><html lang="en-US" data-color-scheme="auto"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover"><link rel="icon" href="/favicon.ico">
<title>refreshInterval | Pomelo Developer Documentation</title>
<meta name="description" content="The minimum time the system waits between two updates of a live ticket.">
<meta property="og:type" content="website"><meta property="og:site_name" content="Pomelo Developer Documentation">
<meta property="og:title" content="refreshInterval | Pomelo Developer Documentation">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical"
href="https://developer.pomelo.example/documentation/harborkit/liveticket/refreshinterval">
<script>var baseUrl = "/"; window.docc = {theme: "auto", indexPath: "/index/index.json"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","name":"refreshInterval","isPartOf":"HarborKit"}</script>
<link href="/tutorials/css/documentation-topic.ee1d6a0f.css" rel="stylesheet"><script defer src="/tutorials/js/chunk-vendors.a1c2e4.js"></script>
</head><body data-color-scheme="auto"><noscript><p>This page requires JavaScript.</p><p>Please turn on JavaScript in your browser and reload the page to
view its content.</p></noscript><div id="app"><div id="app" data-v-6e6e5f04 class="fill-viewport">
<a href="#main" id="skip-nav" data-v-6e6e5f04>Skip Navigation</a>
<nav id="globalnav" aria-label="Global" class="globalnav"><div class="globalnav-content"><ul class="globalnav-list">${links(pGlobal, 'globalnav-item')}
</ul></div></nav><nav id="ac-ln-developer" class="ac-ln" role="navigation" aria-label="Developer"><div class="ac-ln-content"><div class="ac-ln-title"><a
href="/">Developer</a></div><ul class="ac-ln-menu">${links(pDevNav, 'ac-ln-menu-item')}</ul></div></nav>
<div class="router-content" data-v-6e6e5f04><div class="documentation-hero-container"><div class="documentation-layout">
<div class="adjustable-sidebar-width sidebar" data-v-4b8a2e8a><div class="aside-animated-child"><div class="navigator"><div class="navigator-card">
<div class="head-wrapper"><a href="/documentation/harborkit" class="navigator-head">HarborKit</a></div><div class="card-body"><ul class="vue-recycle-scroller">
${links(pTree.slice(1), 'navigator-card-item')}</ul></div><div class="filter-wrapper"><div class="filter"><input aria-label="Filter" placeholder="Filter"
class="filter__input"></div></div></div></div></div></div>
<div class="documentation-nav-container"><nav role="navigation" class="nav documentation-nav nav--is-sticky"><div class="nav__wrapper"><div
class="nav__content">
<div class="nav-title"><a href="/documentation" class="nav-title-link">Documentation</a></div><div class="hierarchy"><ul class="hierarchy-list">
${links(pCrumbs, 'hierarchy-item')}<li class="hierarchy-item hierarchy-item--current">refreshInterval</li></ul></div><div class="nav-menu">
<div class="language-toggle"><span class="nav-menu-setting-label">Language:</span> <a href="#" class="language-option active">Citrine</a></div></div>
</div></div></nav></div>
<main id="main" role="main" tabindex="0" class="main"><div class="doc-topic"><div class="container"><div class="topictitle"><span class="eyebrow">Instance
Property</span><h1 class="title">${pTitle}</h1></div><div class="description"><div class="abstract content">${ps(pAbstract)}</div></div>
<div class="availability" role="group" aria-label="Availability">${pBadges.map((b) => `<span class="badge" role="text">${b}</span>`).join('\n')}</div>
</div><div class="container"><div class="primary-content"><section class="declaration"><h2 id="declaration">${pH[0]}</h2>
<div class="declaration-group"><pre class="source indented"><code><span class="token-keyword">var</span> <span class="token-identifier">refreshInterval</span>:
<span class="type-identifier-link">Duration</span> { <span class="token-keyword">get</span> <span
class="token-keyword">set</span> }</code></pre></div></section>
<div class="content"><h2 id="discussion">${pH[1]}</h2>
${ps(pDisc)}
<aside aria-label="note" class="note"><p class="label">Note</p><p>${pNote}</p></aside></div></div>
<section class="topics see-also"><h2 id="see-also" class="title">See Also</h2><div class="contenttable-section"><div class="section-title">
<h3 class="title">Updating a live ticket</h3></div><div class="section-content"><div class="link-block topic"><a href="./requestrefresh()" class="link">
<code class="decorated-title">${pSeeAlso[0]}</code></a><div class="abstract"><div class="content"><p>${pSeeAlso[1]}</p></div></div></div>
<div class="link-block topic"><a href="./lastrefreshdate" class="link"><code class="decorated-title">${pSeeAlso[2]}</code></a><div class="abstract">
<div class="content"><p>${pSeeAlso[3]}</p></div></div></div></div></div></section></div></div></main></div></div></div>
<footer id="footer" class="footer"><nav class="breadcrumbs"><ol>${links(pFoot.slice(0, 2))}<li>HarborKit</li></ol></nav>
<div class="footer-mini-legal"><p class="footer-mini-legal-copyright">Copyright © 2026 Pomelo Inc. All rights reserved.</p>
<ul class="footer-mini-legal-links">${links(pFoot.slice(2))}</ul></div><div class="footer-locale"><a href="/choose-country-region">United States</a></div>
</footer></div></div></body></html>`;
const pomelo: TestPage = {
  name: 'heldout264-apple-developer-docc-symbol',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [...pH],
  body: texts([...pAbstract, ...pDisc, pNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'This page requires JavaScript.', 'Please turn on JavaScript in your browser and reload the page to view its content.', 'Skip Navigation',
    ...pGlobal, ...pDevNav, ...pFoot, ...pTree, 'Instance Property', ...pBadges, 'Language:', 'Citrine', 'See Also', 'Updating a live ticket',
    ...pSeeAlso, 'Copyright © 2026 Pomelo Inc. All rights reserved.', 'United States',
  ]),
};

export const HELDOUT264_C: readonly TestPage[] = [pomelo, stripe];
