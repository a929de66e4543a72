import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout628-kit.js';

/** Held-out batch 628, file a2: a windscreen chip repair explainer on a Squarespace 7.1 blog (blog item, author profile, pagination). */
const sTitle = 'Can that chip be repaired? How we decide, and what happens next';
const sBody = [
  j(
    'Most of the calls we take start the same way: a stone flicked up on the bypass, a small star in the glass, and the question of whether',
    'the whole windscreen now has to go. More often than not it does not. Here is how our technicians decide.',
  ),
  'The size rule',
  j(
    'A chip can usually be repaired if the damage, including any short cracks running from it, fits under a £1 coin. A longer crack',
    'means a replacement, because the resin cannot bond a crack that keeps moving as the body of the car flexes.',
  ),
  'Where the chip is matters',
  j(
    'The area directly in front of the driver, roughly 29 centimetres wide and centred on the steering wheel, is treated more strictly.',
    'In that zone we only repair chips smaller than a 10p piece, because even a neat repair leaves a faint mark that can catch the light.',
  ),
  'Chips within about 5 centimetres of the edge of the glass are also hard to save, as the edge is where the windscreen is under most stress.',
  'What the repair involves',
  'The repair takes around 30 minutes and can be done on your drive or in a car park, as long as it is dry. We:',
  'clean the chip and draw out moisture and loose glass with a vacuum bridge',
  'inject a clear resin under pressure so it fills every leg of the break',
  'cure the resin with an ultraviolet lamp',
  'scrape and polish the surface until it is flush with the glass around it',
  j(
    'A good repair restores the strength of the windscreen and stops the chip spreading, but it will not make it vanish. Expect a small',
    'shadow where the impact point was, about the size of a pinhead.',
  ),
  'Act quickly',
  j(
    'Dirt and rain get into a chip within days, and cold mornings with the heater on full are the most common reason a small chip turns',
    'into a crack. If you cannot book straight away, cover the chip with clear tape to keep it clean and dry.',
  ),
];
const sHeads = [1, 3, 6, 13];
const sNav = ['Chip Repair', 'Replacement', 'Fleet', 'Journal', 'Contact'];
const sFootNav = ['Insurance claims', 'Areas we cover', 'Privacy'];
const sSec = (a: number, b: number): string => ps(sBody.slice(a, b));
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>${sTitle} — Clearline Glass</title><meta property="og:site_name" content="Clearline Glass">
<meta property="og:type" content="article"><meta itemprop="author" content="Clearline Glass">
<script type="application/ld+json">{"url":"https://www.clearlineglass.co.uk","name":"Clearline Glass","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${sTitle}",
"author":"Dev Chaudry","datePublished":"2026-10-07"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Clearline Glass"},"pageType":50,"cookieSettings":{"isCookieBannerEnabled":true}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/65ab/site.css"></head>
<body id="item-6702f1c4a9e1" class="header--menu-open-false tweak-blog-item-width-narrow tweak-blog-item-show-author-profile primary-button-style-solid
collection-type-blog-basic view-item mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Clearline Glass</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (n) =>
      `<div class="header-nav-item header-nav-item--collection">
<a href="/${n.toLowerCase().replace(' ', '-')}" data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a repair</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6702f1c4">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="6702f1c4b"><div class="content-wrapper"><div class="content">
<article class="hentry category-repairs author-dev-chaudry post-type-text article-index-1" id="article-6702f1c4a9e1" data-item-id="6702f1c4a9e1">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight"
datetime="2026-10-07">7 Oct</time></div><div class="blog-meta-item blog-meta-item--author">
<a href="/journal?author=5f8a" class="blog-author-name">Dev Chaudry</a></div>
<div class="blog-meta-item blog-meta-item--categories"><a href="/journal?category=Repairs" class="blog-categories">Repairs</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1728312001123" id="item-6702f1c4a9e1"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1b2"><div class="sqs-block-content">
<div class="sqs-html-content">${ps([at(sBody, 0)], ' class="" style="white-space:pre-wrap;"')}
<h2>${at(sBody, 1)}</h2>${sSec(2, 3)}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-c3d4">
<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper" data-animation-role="image">
<img data-src="https://images.squarespace-cdn.com/content/v1/65ab/chip.jpg" alt="A star-shaped chip"
src="https://images.squarespace-cdn.com/content/v1/65ab/chip.jpg?format=1000w" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">A bullseye chip with two short legs: a
straightforward repair.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-e5f6"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${at(sBody, 3)}</h2>${sSec(4, 6)}<h2>${at(sBody, 6)}</h2>${sSec(7, 8)}
<ol data-rte-list="default">${lis(sBody.slice(8, 12).map((t) => `<p class="">${t}</p>`))}</ol>
${sSec(12, 13)}
<h3>${at(sBody, 13)}</h3>${sSec(14, 15)}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-g7h8"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a chip
repair from £49</a></div></div></div></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f8a" class="author-name">Dev Chaudry</a><div class="author-bio"><p>Dev has repaired
windscreens around Ashcombe for eleven years and runs our mobile team.</p></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/journal/adas-cameras"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Why your new windscreen needs its camera
recalibrated</h2></a><a class="item-pagination-link item-pagination-link--next" href="/journal/frost"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Five ways to clear a frozen windscreen without damaging it</h2></a></section></div></article></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h4>Clearline Glass</h4><p>Mobile windscreen repair across Ashcombe and the Vale</p><p>Mon to Fri 7.30am to 6pm, Sat 8am to 1pm</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<ul>${links(sFootNav)}</ul><p>© 2026 Clearline Glass Ltd</p></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-cta-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = gold({
  name: 'heldout628-squarespace-chip-repair',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads.map((i) => at(sBody, i)),
  body: texts(sBody.filter((_, i) => !sHeads.includes(i))),
  bylines: ['7 Oct', 'Dev Chaudry'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Clearline Glass', ...sNav, 'Book a repair', 'Repairs', 'A bullseye chip with two short legs: a straightforward repair.',
    'Book a chip repair from £49', 'Dev has repaired windscreens around Ashcombe for eleven years and runs our mobile team.', 'Previous',
    'Why your new windscreen needs its camera recalibrated', 'Next', 'Five ways to clear a frozen windscreen without damaging it',
    'Mobile windscreen repair across Ashcombe and the Vale', 'Mon to Fri 7.30am to 6pm, Sat 8am to 1pm', ...sFootNav, '© 2026 Clearline Glass Ltd',
    'This website uses cookies to improve your experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
});

export const HELDOUT628_A2: readonly TestPage[] = [squarespace];
