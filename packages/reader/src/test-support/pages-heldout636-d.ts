import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, row } from './pages-heldout636-kit.js';

/**
 * Held-out batch 636, file d: a natural dyer's newsletter post on Ghost with the Casper theme (feature image with caption,
 * callout and bookmark cards, member sign-up box, "read more" cards).
 */
const gTitle = 'Notes from the Indigo Vat: A Winter of Fermentation';
const gExcerpt = 'Three months, one bucket of madder bran and a great deal of patience: what I learned keeping a fermentation vat alive through the cold.';
const gStart = [
  j(
    'I have kept chemical indigo vats for years, reduced with thiox or spectralite and ready in an hour. This winter I wanted to',
    'try the old way: a vat reduced by bacteria, fed on bran and madder, kept warm and stirred once a day. People told me it would',
    'take a fortnight to wake up. Mine took nineteen days.',
  ),
  j(
    'I started with 50 g of ground indigo, 100 g of wheat bran, 100 g of madder root and 50 g of soda ash in a 30 litre bucket,',
    'standing in an old fish tank with a heater to keep it near 35 °C.',
  ),
];
const gCallout = 'The most useful tool turned out to be a cheap aquarium heater with a thermostat. Below 30 °C nothing happens at all.';
const gFeed = [
  j(
    'For the first week I stirred it every morning and smelt it every evening. The smell tells you almost everything: sweet and',
    'sour like silage means the bacteria are working, and a sharp, rotten smell means something else has taken over.',
  ),
  j(
    'On day nine a coppery skin appeared on the surface and the liquid underneath turned yellow-green. I dipped a test strip of',
    'wool, and it came out green and turned blue in the air. It was faint, but it was blue.',
  ),
];
const gQuote = 'A fermentation vat is not a recipe, it is a pet. You feed it, you keep it warm and you learn its moods.';
const gWrong = j(
  'In late January the heater failed overnight and the vat dropped to 18 °C. It took a week of warmth, two feeds of bran and a',
  'spoonful of soda ash to bring it back, and the first dips afterwards were a dull grey. Since then I check the thermometer',
  'before I go to bed.',
);
const gNext = [
  'Start in autumn, when the kitchen is warm anyway, not in December.',
  'Keep a notebook by the vat with the date, temperature, pH and smell, every day.',
  'Make the vat bigger than you think. Thirty litres only dyes about 300 g before it needs a rest.',
];
const gEnd = 'The vat is still going. If you want to see it, come to the open studio on the first Saturday of March.';
const gHeads = ['Starting the vat', 'Feeding and waiting', 'When it goes wrong', 'What I would do differently'];
const gNav = ['Home', 'Dye recipes', 'Workshops', 'About'];
const gMore: readonly [string, string, string, string][] = [
  ['Weld', 'Growing weld from seed', 'It sulks for a year and then gives you the brightest yellow in the garden.', 'Nov 12, 2026'],
  ['Madder', 'Harvesting three-year-old madder', 'Digging, washing and drying the roots, and how much dye you can expect.', 'Oct 28, 2026'],
  ['Mordants', 'Tannin from oak galls', 'A gentler mordant for cellulose fibres, made from galls collected on a winter walk.', 'Oct 3, 2026'],
];
const gCard = ([tag, title, excerpt, date]: readonly [string, string, string, string]): string => `<article class="post-card post">
<a class="post-card-image-link" href="/${title.toLowerCase().replace(/ /g, '-')}/"><img class="post-card-image"
src="/content/images/size/w300/2026/${tag}.jpg" alt="${title}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${title.toLowerCase().replace(/ /g, '-')}/">
<header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${title}</h2></header>
<div class="post-card-excerpt">${excerpt}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-11-12">${date}</time>
<span class="post-card-meta-length">4 min read</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=b2c4d1e9a0"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://woadandwether.com/notes-from-the-indigo-vat/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Woad &amp; Wether"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-12-01T09:30:00.000Z"><meta property="article:tag" content="Indigo">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Woad &amp; Wether"},
"author":{"@type":"Person","name":"Morwenna Quayle"},"headline":"${gTitle}","datePublished":"2026-12-01T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" title="Woad &amp; Wether" href="https://woadandwether.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://woadandwether.com/"
data-key="5a1c0e2f9b" data-api="https://woadandwether.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/sodo-search.min.js" data-key="5a1c0e2f9b" data-styles="" crossorigin="anonymous">
</script>
<link href="https://woadandwether.com/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=b2c4d1e9a0"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=b2c4d1e9a0"></head>
<body class="post-template tag-indigo tag-dye-diary is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://woadandwether.com">Woad &amp; Wether</a><button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg>
</button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-indigo tag-dye-diary image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/indigo/">Indigo</a></span>
</div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/morwenna/" class="author-avatar" aria-label="Read more of Morwenna Quayle"><img class="author-profile-image"
src="/content/images/size/w100/2026/01/morwenna.jpg" alt="Morwenna Quayle"></a></li></ul><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/morwenna/">Morwenna Quayle</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-12-01">Dec 1, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/12/vat.jpg 300w, /content/images/size/w600/2026/12/vat.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/12/vat.jpg" alt="An indigo vat with a coppery skin on the surface">
<figcaption><span style="white-space: pre-wrap;">The vat on day nine, with its coppery flower</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps([gStart[0] ?? ''])}
<h2 id="starting-the-vat">${gHeads[0]}</h2>
${ps([gStart[1] ?? ''])}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="feeding-and-waiting">${gHeads[1]}</h2>
${ps(gFeed)}
<blockquote>${gQuote}</blockquote>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://woadandwether.com/keeping-a-woad-vat/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Keeping a woad vat through the winter</div>
<div class="kg-bookmark-description">Last year's experiment with a smaller vat, and why it
died in February.</div><div class="kg-bookmark-metadata">
<img class="kg-bookmark-icon" src="/content/images/icon/favicon.png" alt=""><span class="kg-bookmark-author">
Woad &amp; Wether</span><span class="kg-bookmark-publisher">Morwenna Quayle</span></div></div><div class="kg-bookmark-thumbnail">
<img src="/content/images/thumbnail/woad.jpg" alt="" onerror="this.style.display = 'none'"></div></a></figure>
<h2 id="when-it-goes-wrong">${gHeads[2]}</h2>
${ps([gWrong])}
<h2 id="what-i-would-do-differently">${gHeads[3]}</h2>
<ul>${gNext.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps([gEnd])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://woadandwether.com">Woad &amp; Wether</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar">
<div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="/assets/built/casper.js?v=b2c4d1e9a0"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout636-ghost-indigo-vat',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gExcerpt, ...gStart, gCallout, ...gFeed, gQuote, gWrong, ...gNext, gEnd]),
  bylines: ['Morwenna Quayle', 'Dec 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Woad & Wether', ...gNav.filter((t) => t !== 'About'), 'Sign in', 'Subscribe', '• 6 min read', 'The vat on day nine, with its coppery flower',
    'Keeping a woad vat through the winter', "Last year's experiment with a smaller vat, and why it died in February.", 'Sign up for more like this.',
    'Enter your email', ...gMore.flat().filter((t) => t !== 'Madder'), '4 min read', 'Woad & Wether © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const hTitle = 'Importing WIF drafts';
const hLead = 'Open weaving drafts saved by other programs in the Weaving Information File format.';
const hIntro = j(
  'Treadle can open drafts in WIF 1.1, the plain-text format most weaving programs use to exchange drafts. A WIF file holds the',
  'threading, tie-up, treadling or liftplan, and the colours of warp and weft.',
);
const hBefore = 'Check which version of Treadle you have by choosing <strong>Help › About</strong>. WIF import needs version 2.4 or later.';
const hSteps = [
  'Choose <strong>File › Import › WIF draft</strong>.',
  'Select the <code>.wif</code> file and click <strong>Open</strong>.',
  'Check the summary of shafts, treadles and colours, then click <strong>Import</strong>.',
];
const hCli = 'To convert a whole folder of drafts at once, use the <code>treadle-cli</code> tool:';
const hCliAfter = j(
  'Each draft is saved as a <code>.tdl</code> file with the same name. Files that cannot be read are listed at the end of the run',
  'with the reason.',
);
const hRows: readonly [string, string][] = [
  ['[NOTES]', 'Kept as the draft description'],
  ['[PRIVATE …] sections', 'Ignored'],
  ['[BITMAP IMAGE]', 'Ignored'],
  ['Both a liftplan and a treadling', 'The treadling is used and the liftplan is dropped'],
];
const hNote = 'Colour palettes with more than 256 entries are reduced to the 256 colours used most often in the draft.';
const hHeads = ['Before you start', 'Open a WIF file', 'Import from the command line', 'What is not imported'];
const hTop = ['Documentation', 'Blog', 'Community', 'Releases'];
const hSide = ['Getting started', 'Guides', 'Printing drafts', 'Reference', 'Contributing'];
const hMeta = ['Edit this page', 'Create child page', 'Create documentation issue', 'Print entire section'];
const hH2 = (i: number): string => `<h2 id="${(hHeads[i] ?? '').toLowerCase().replace(/ /g, '-')}">${hHeads[i]}</h2>`;
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.139.3">
<link rel="canonical" type="text/html" href="https://treadle.dev/docs/guides/import-wif/"><title>${hTitle} | Treadle</title>
<meta name="description" content="${hLead}"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="docs"><meta property="article:modified_time" content="2026-11-20T14:02:11+01:00">
<link rel="preload" href="/scss/main.min.3f1c.css" as="style"><link href="/scss/main.min.3f1c.css" rel="stylesheet" integrity="">
<script src="/js/jquery-3.7.1.min.js" integrity="sha512-v2CJ7UaYy4JwqLDIrZUI" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar navbar-dark js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"><svg viewBox="0 0 64 64" aria-hidden="true"></svg></span>
<span class="navbar-brand__name">Treadle</span></a><div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
${hTop
  .map(
    (t) => `<li class="nav-item"><a class="nav-link${t === 'Documentation' ? ' active' : ''}" href="/${t.toLowerCase()}/"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}
<li class="nav-item dropdown d-none d-lg-block"><div class="dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown"
aria-haspopup="true" aria-expanded="false">v2.4</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="https://v2-3.treadle.dev">v2.3</a></li></ul>
</div></li>
</ul></div><div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.json">
</div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav collapse td-sidebar-nav--search-disabled" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path" id="m-docs-li">
<a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root" id="m-docs"><span>Documentation</span></a>
<ul class="ul-1">${hSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section${t === 'Guides' ? ' with-child active-path' : ' without-child'}">
<a href="/docs/${t.toLowerCase().replace(/ /g, '-')}/" class="align-left ps-0 td-sidebar-link td-sidebar-link__page"><span>${t}</span></a>${
      t === 'Guides'
        ? `<ul class="ul-2 foldable"><li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child"><a href="/docs/guides/import-wif/"
class="align-left ps-0 active td-sidebar-link td-sidebar-link__page"><span class="td-sidebar-nav-active-item">${hTitle}</span></a></li></ul>`
        : ''
    }</li>`,
  )
  .join('\n')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
${hMeta
  .map(
    (t) => `<a href="https://github.com/treadle-weave/docs/${t.split(' ')[0]?.toLowerCase()}" target="_blank"><i
class="fa-solid fa-pen-to-square fa-fw"></i> ${t}</a>`,
  )
  .join('\n')}
</div><div class="td-toc"><nav id="TableOfContents"><ul>${hHeads
  .map(
    (h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a>
</li>`,
  )
  .join('')}</ul></nav>
</div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item"><a href="/docs/guides/">Guides</a></li>
<li class="breadcrumb-item active" aria-current="page">${hTitle}</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>
<p>${hIntro}</p>
${hH2(0)}<p>${hBefore}</p>
${hH2(1)}<ol>${hSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${hH2(2)}<p>${hCli}</p>
<div class="highlight">
<pre tabindex="0" class="chroma"><code class="language-shell" data-lang="shell"><span class="line"><span class="cl">treadle-cli import --format wif \\
</span></span><span class="line"><span class="cl">  --out drafts/ old-drafts/*.wif</span></span></code></pre></div>
<p>${hCliAfter}</p>
${hH2(3)}<table><thead><tr><th>Section</th><th>What happens</th></tr></thead><tbody>
${hRows.map(([a, b]) => `<tr><td><code>${a}</code></td><td>${b}</td></tr>`).join('\n')}</tbody></table>
<div class="alert alert-info" role="alert"><h4 class="alert-heading">Note</h4>${hNote}</div>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes">Glad to hear it! Please <a
href="https://github.com/treadle-weave/docs/issues/new">tell us how we can improve</a>.</p>
<p class="feedback--response feedback--response-no">Sorry to hear that. Please <a href="https://github.com/treadle-weave/docs/issues/new">tell us how we can
improve</a>.</p></div><br><div class="td-page-meta__lastmod">Last modified November 20, 2026: <a data-proofer-ignore
href="https://github.com/treadle-weave/docs/commit/a1b2c3d">Clarify treadling import (a1b2c3d)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip" title="Forum" aria-label="Forum"><a target="_blank" rel="noopener"
href="https://forum.treadle.dev" aria-label="Forum"><i class="fa fa-envelope"></i></a></li></ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">The Treadle Authors</span> | <span class="td-footer__license">Documentation
Distributed under <a href="https://creativecommons.org/licenses/by/4.0">CC BY 4.0</a></span></span><span class="td-footer__all_rights_reserved">
All Rights Reserved</span></div></div></div></footer></div>
<script src="/js/main.min.7c2a.js" integrity="sha256-a1b2" crossorigin="anonymous"></script><script src="/js/tabpane-persist.js"></script></body></html>`;
const docsy: TestPage = {
  name: 'heldout636-hugo-docsy-wif-import',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hLead, hIntro, hBefore, ...hSteps, hCli, hCliAfter, ...hRows.map(row), hNote]),
  bylines: ['Last modified November 20, 2026: Clarify treadling import (a1b2c3d)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hTop, 'v2.4', 'v2.3', ...hSide, ...hMeta, 'Note', 'Feedback', 'Was this page helpful?', 'Yes', 'No',
    '© 2026 The Treadle Authors | Documentation Distributed under CC BY 4.0', 'All Rights Reserved',
  ],
};

export const HELDOUT636_D: readonly TestPage[] = [ghost, docsy];
