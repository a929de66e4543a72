import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout386-kit.js';

/**
 * Held-out batch 386, file e: a Docusaurus 3 docs page holding the changelog of pricing changes (navbar, docs sidebar,
 * breadcrumbs, an admonition, "Edit this page" and "Last updated" row, previous / next pagination, the table of contents
 * and the footer), and a Ghost (Source theme) blog post rounding up alternatives to a competitor (tag, author, date and
 * reading time, feature image with caption, a bookmark card, a signup CTA, "Read more" posts and the Portal button).
 */
const dTitle = 'Pricing changelog';
const dLead = [
  j(
    'Every change to Wirebolt plans, limits and prices is recorded here. We announce increases at least 60 days ahead by email to',
    'account owners; reductions and new allowances take effect on the date shown.',
  ),
];
const dNote = ['Prices on this page are list prices in USD before tax. Customers on annual contracts keep their rate until renewal.'];
const dEntries: [string, string[], string[]][] = [
  [
    'March 1, 2026: request allowance raised on Developer',
    ['The free Developer plan now includes 250,000 requests a month, up from 100,000. No action is needed.'],
    [],
  ],
  [
    'January 15, 2026: new Growth plan',
    [
      j(
        'We added a Growth plan between Starter and Business for teams that need more gateways but not the Business support terms.',
        'Existing Starter customers can switch from the billing page at any time.',
      ),
    ],
    ['$149 per month, billed monthly or annually', '10 gateways and 20 million requests a month', 'Overage at $4 per million requests'],
  ],
  [
    'October 1, 2025: overage price change on Starter',
    [
      j(
        'Starter overage rose from $5 to $6 per million requests, the first change since launch. Customers were told on July 28,',
        'and anyone who had exceeded their allowance in the previous three months received a one-off credit of $20.',
      ),
    ],
    [],
  ],
  [
    'June 2, 2025: seats removed from all plans',
    [
      j(
        'Wirebolt stopped charging for team seats. Every plan now includes unlimited members, and prices are based only on gateways',
        'and request volume. Invoices from June onward no longer show a seat line.',
      ),
    ],
    ['Starter went from $29 plus $8 per seat to a flat $39 a month', 'Business went from $299 plus $15 per seat to a flat $349 a month'],
  ],
  ['February 10, 2025: annual billing discount', ['Annual billing became available on every paid plan, priced at ten times the monthly rate.'], []],
];
const dNav = ['Docs', 'API', 'Guides', 'Blog', 'Pricing', 'Status'];
const dSide = ['Plans and limits', 'How usage is metered', 'Invoices and receipts', 'Taxes', 'Pricing changelog'];
const dFoot = ['Getting started', 'API reference', 'Discord', 'GitHub', 'Trust center', 'Terms'];
const dSlug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const dHtml = `<!doctype html><html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.7.0">
<title data-rh="true">Pricing changelog | Wirebolt Docs</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docsearch:docusaurus_tag" content="docs-default-current">
<link data-rh="true" rel="canonical" href="https://docs.wirebolt.example/billing/pricing-changelog"><link rel="stylesheet" href="/assets/css/styles.4e2a1b.css">
<script>!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script></head>
<body class="navigation-with-keyboard"><div id="__docusaurus"><div role="region" aria-label="Skip to main content">
<a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">Wirebolt 4.0 is out. Read the
upgrade guide.</div></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/">
<b class="navbar__title text--truncate">Wirebolt</b></a><ul class="navbar__items-list">${links(dNav, 'navbar__item navbar__link')}</ul></div>
<div class="navbar__items navbar__items--right"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Ctrl+K)">
<span class="DocSearch-Button-Placeholder">Search</span></button></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">
<ul class="theme-doc-sidebar-menu menu__list"><li class="theme-doc-sidebar-item-category menu__list-item"><div class="menu__list-item-collapsible">
<a class="menu__link menu__link--sublist" href="/billing">Billing</a></div><ul class="menu__list">${links(dSide.slice(0, 4), 'menu__list-item')}
<li class="menu__list-item"><a class="menu__link menu__link--active" aria-current="page" href="/billing/pricing-changelog">${dSide[4]}</a></li></ul></li>
</ul></nav></aside><main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row">
<div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs">
<li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/">🏠</a></li>
<li class="breadcrumbs__item"><span class="breadcrumbs__link">Billing</span></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">Pricing changelog</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo">
<button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${dTitle}</h1></header>${ps(dLead)}
<div class="theme-admonition theme-admonition-note admonition_xJq3 alert alert--secondary"><div class="admonitionHeading_Gvgb">note</div>
<div class="admonitionContent_BuS1">${ps(dNote)}</div></div>
${dEntries
  .map(
    ([h, p, l]) => `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${dSlug(h)}">${h}<a href="#${dSlug(h)}" class="hash-link"
aria-label="Direct link to ${h}">​</a></h2>${ps(p)}${l.length > 0 ? `<ul>${lis(l)}</ul>` : ''}`,
  )
  .join('\n')}</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col">
<a href="https://github.example/wirebolt/docs/edit/main/docs/billing/pricing-changelog.md" target="_blank" class="theme-edit-this-page">Edit this page</a></div>
<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated on <b><time datetime="2026-03-01T09:02:11.000Z">Mar 1, 2026</time></b>
</span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/billing/taxes">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Taxes</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${dEntries.map(([h]) => `<li><a href="#${dSlug(h)}" class="table-of-contents__link toc-highlight">${h}</a></li>`).join('\n')}</ul></div></div></div></div>
</main></div></div></div><footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
<ul class="footer__items clean-list">${links(dFoot, 'footer__item')}</ul></div><div class="footer__bottom text--center">
<div class="footer__copyright">Copyright © 2026 Wirebolt Systems GmbH. Built with Docusaurus.</div></div></div></footer></div>
<script src="/assets/js/runtime~main.9c0e1f.js"></script><script src="/assets/js/main.7a3b2d.js"></script></body></html>`;
const docusaurus: TestPage = {
  name: 'heldout386-docusaurus-pricing-changelog',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dEntries.map(([h]) => h),
  body: texts([...dLead, ...dNote, ...dEntries.flatMap(([, p, l]) => [...p, ...l])]),
  bylines: ['Last updated on Mar 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Wirebolt 4.0 is out. Read the upgrade guide.', ...dNav, 'Search', 'Billing', ...dSide.slice(0, 4), 'On this page',
    'Edit this page', 'Previous', ...dFoot, 'Copyright © 2026 Wirebolt Systems GmbH. Built with Docusaurus.',
  ],
};

const gTitle = '5 Inkpost alternatives for small newsletter teams in 2026';
const gExcerpt = 'Inkpost raised its prices again in January. We tried seven other newsletter tools with a real 8,000-reader list.';
const gIntro = [
  j(
    'When Inkpost moved its Creator plan from $29 to $45 a month, a lot of our readers asked what else is out there. We run a',
    'weekly newsletter with about 8,000 subscribers, so we moved a copy of the list to seven tools and sent the same four issues',
    'from each. Here is what we found, with prices for a list of that size.',
  ),
  'We were not paid by any of these companies, and none of the links are affiliate links.',
];
const gTools: [string, string[]][] = [
  [
    '1. Quillcast',
    [
      j(
        'The closest like-for-like replacement. The editor feels almost identical, imports from Inkpost keep your tags, and paid',
        "subscriptions take a 4% fee instead of Inkpost's 6%. At 8,000 subscribers it costs $34 a month.",
      ),
    ],
  ],
  [
    '2. Letterfold',
    [
      j(
        'Letterfold is the cheapest option we tried at $19 a month for up to 10,000 subscribers. The trade-off is design: there are',
        'only three templates, and custom CSS needs the $39 plan.',
      ),
    ],
  ],
  [
    '3. Pennyroyal Mail',
    [
      j(
        'Best for teams. Up to five editors can draft and comment on an issue together, and there is a proper approval step before',
        'sending. It starts at $49 a month, so it only makes sense if more than one person writes.',
      ),
    ],
  ],
  [
    '4. Hearthletter',
    [
      j(
        'A free plan up to 2,500 subscribers and a generous growth tier at $29. Deliverability was the best in our test: 97% of',
        'our seed inboxes received the issue in the primary tab.',
      ),
    ],
  ],
  ['5. Sendloft', ['Aimed at shops rather than writers, but the automation builder is excellent if you sell a course or a print edition.']],
];
const gTable = [
  '<strong>Quillcast</strong>: $34 a month, 4% on paid subscriptions',
  '<strong>Letterfold</strong>: $19 a month, no paid subscriptions',
  '<strong>Pennyroyal Mail</strong>: $49 a month, 5 editors included',
  '<strong>Hearthletter</strong>: $29 a month, free up to 2,500',
  '<strong>Sendloft</strong>: $42 a month, 2% on sales',
];
const gQuote = ['“The cheapest tool is rarely the cheapest move. Count the hours you will spend rebuilding templates.”'];
const gEnd = [
  j(
    'We moved our own newsletter to Quillcast because the import was painless and the fee on paid subscriptions saves us about',
    '$600 a year. If you write alone and do not charge readers, Letterfold is hard to beat on price.',
  ),
];
const gNav = ['Home', 'Reviews', 'Guides', 'Tools', 'About'];
const gNext = ['How we test email deliverability', 'The real cost of a paid newsletter in 2026', 'Moving 20,000 subscribers without losing one'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle}</title><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9f3a2c1b0d">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://thesendingpost.example/inkpost-alternatives/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-19T07:30:00.000Z">
<meta property="article:tag" content="Reviews"><meta name="generator" content="Ghost 5.109">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${gTitle}","author":{"@type":"Person",
"name":"Tamsin Oyelaran"},"datePublished":"2026-02-19T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.48/umd/portal.min.js" data-i18n="true" data-ghost="https://thesendingpost.example/"
data-key="1c2b3a" data-api="https://thesendingpost.example/ghost/api/content/" crossorigin="anonymous"></script></head>
<body class="post-template tag-reviews has-sans-title has-sans-body"><div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">
<a class="gh-navigation-logo is-title" href="https://thesendingpost.example">The Sending Post</a></div><nav class="gh-navigation-menu">
<ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-navigation-actions"><div class="gh-navigation-members">
<a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div>
</div></header>
<main class="gh-main"><article class="gh-article post tag-reviews"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://thesendingpost.example/tag/reviews/">Reviews</a><h1 class="gh-article-title is-title">${gTitle}</h1>
<p class="gh-article-excerpt is-body">${gExcerpt}</p><div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">
<a href="/author/tamsin/"><img class="author-profile-image" src="/content/images/2025/tamsin.jpg" alt="Tamsin Oyelaran"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/tamsin/">Tamsin Oyelaran</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2026-02-19">Feb 19, 2026</time>
<span class="gh-article-meta-length"><span class="bull">—</span> 6 min read</span></div></div></div>
<figure class="gh-article-image"><img src="/content/images/2026/02/desk.jpg" alt="A laptop showing a newsletter editor">
<figcaption><span style="white-space: pre-wrap;">Our test list lived in seven tools for a month. Photo by Ruben Kasparian</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">${ps(gIntro)}
${gTools
  .slice(0, 2)
  .map(([h, p]) => `<h2 id="${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${h}</h2>${ps(p)}`)
  .join('\n')}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://thesendingpost.example/deliverability-test/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">How we test email deliverability</div><div class="kg-bookmark-description">Seed inboxes,
spam filters and the primary tab, explained.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">The Sending Post</span></div></div></a>
</figure>${gTools
  .slice(2)
  .map(([h, p]) => `<h2 id="${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${h}</h2>${ps(p)}`)
  .join('\n')}
<h2 id="prices-at-a-glance">Prices at a glance</h2><ul>${lis(gTable)}</ul><blockquote>${gQuote[0]}</blockquote>
<h2 id="what-we-chose">What we chose</h2>${ps(gEnd)}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💌</div><div class="kg-callout-text">Found this useful? Forward it
to someone who is shopping for a newsletter tool.</div></div></section></article>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2>
<div class="gh-feed">${gNext
  .map(
    (t, i) => `<article class="gh-card post"><a class="gh-card-link" href="/p${i}/"><div class="gh-card-wrapper">
<h3 class="gh-card-title is-title">${t}</h3><footer class="gh-card-meta">
<time class="gh-card-date" datetime="2026-01-0${i + 2}">Jan ${i + 2}, 2026</time></footer>
</div></a></article>`,
  )
  .join('\n')}</div></div></section>
<section class="gh-footer-signup"><h2 class="gh-footer-signup-header">The Sending Post</h2><p class="gh-footer-signup-subhead is-body">Honest reviews of
tools for people who write newsletters.</p><form class="gh-form" data-members-form=""><input class="gh-form-input" placeholder="jamie@example.com"
type="email" required=""><button class="gh-button" type="submit"><span>Subscribe</span></button></form></section></main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar">
<span class="gh-footer-logo is-title">The Sending Post</span>
<nav class="gh-footer-menu"><ul class="nav">${links(['Sitemap', 'Privacy', 'Contact'])}</ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.example/" target="_blank" rel="noopener">Ghost</a></div></div></div></footer></div>
<div class="gh-portal-triggerbtn-wrapper"><div class="gh-portal-triggerbtn-container with-label"><span class="gh-portal-triggerbtn-label">Subscribe</span>
</div></div></body></html>`;
const ghost: TestPage = {
  name: 'heldout386-ghost-source-alternatives-roundup',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [...gTools.map(([h]) => h), 'Prices at a glance', 'What we chose'],
  body: texts([gExcerpt, ...gIntro, ...gTools.flatMap(([, p]) => p), ...gTable, ...gQuote, ...gEnd]),
  bylines: ['Tamsin Oyelaran', 'Feb 19, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Sending Post', ...gNav, 'Sign in', 'Subscribe', 'Our test list lived in seven tools for a month. Photo by Ruben Kasparian',
    'How we test email deliverability', 'Seed inboxes, spam filters and the primary tab, explained.',
    'Found this useful? Forward it to someone who is shopping for a newsletter tool.', 'Read more', ...gNext.slice(1), 'Jan 2, 2026', 'Jan 3, 2026',
    'Jan 4, 2026', 'Honest reviews of tools for people who write newsletters.', 'Sitemap', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT386_E: readonly TestPage[] = [docusaurus, ghost];
