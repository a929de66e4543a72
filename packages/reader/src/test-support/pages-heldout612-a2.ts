import { ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout612-kit.js';

/**
 * Held-out batch 612, file a2: a heritage tiler's project case study (a Victorian hallway floor) as a Squarespace 7.1 blog post
 * with an image block and caption, author profile, previous / next pagination and the Squarespace cookie banner.
 */
const sTitle = 'Project: a Victorian hallway floor brought back to life on Pellham Road';
const sHeads = ['Project at a glance', 'What we found', 'Lifting, sorting and cleaning', 'Relaying on a new base', 'The finished floor'];
const sFacts = ['Location: Pellham Road, Ostley', 'Time on site: 9 working days', 'Area: 7.4 square metres', 'Tiles: original encaustic, plus 38 reclaimed'];
const sIntro = j(
  'When the new owners of a bay-fronted terrace on Pellham Road pulled up the hallway carpet, they found the floor every',
  'Victorian house owner hopes for and dreads at the same time: a geometric encaustic pattern, almost complete, but cracked,',
  'sunk in places and stained with a century of bitumen adhesive.',
);
const sFound = [
  j(
    'About a fifth of the tiles had lifted or broken where the joists had been notched for a gas pipe in the 1970s. The pipe',
    'run had been filled with a sand and cement mix that never bonded to the old lime screed, so the tiles above it rocked',
    'underfoot.',
  ),
  j('The border was in better shape. Only the threshold row by the front door had to come up, because the doormat well had', 'been cut straight through it.'),
];
const sLift = [
  j(
    'We lifted the loose areas by hand, numbering every tile on the back with chalk and photographing each section so the',
    'pattern could go back exactly as it was. In total 214 tiles came up, and 181 of them were sound enough to reuse.',
  ),
  j(
    'Each tile was soaked and scraped, then cleaned with a low-alkaline stripper to shift the adhesive. We matched the missing',
    'pieces from our stock of reclaimed tiles from the same maker, which meant a morning at the yard with the client choosing',
    'between three slightly different reds.',
  ),
];
const sRelay = [
  j(
    'The failed patch was broken out and replaced with a lime-based screed so that the floor can still breathe. Once it had',
    'cured we relaid the tiles on a flexible lime adhesive and grouted with a fine lime mortar tinted to match the old joints.',
  ),
  j(
    '<blockquote><p>We could have levelled the whole hall with a modern compound, but that would have trapped damp and pushed it',
    'into the walls.</p></blockquote>',
  ),
];
const sDone = [
  j(
    'After two coats of a breathable impregnating sealer, the floor has a soft sheen rather than a plastic shine. The owners',
    'kept a small box of spare tiles in the understairs cupboard, and we left them a care sheet for cleaning with a pH-neutral',
    'soap.',
  ),
  'If you have an old floor under your carpet, <a href="/contact">send us a photo</a> before you start scraping.',
];
const sNav = ['Services', 'Projects', 'Heritage Floors', 'About', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Houzz'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Project: a Victorian hallway floor brought back to life on Pellham Road — Quarry &amp; Kiln Tiling</title>
<link rel="canonical" href="https://www.quarryandkiln.co.uk/projects/pellham-road-hallway"><meta property="og:site_name" content="Quarry &amp; Kiln Tiling">
<meta itemprop="datePublished" content="2026-09-14T10:05:00+0100"><meta itemprop="author" content="Dara Quill">
<script type="application/ld+json">{"url":"https://www.quarryandkiln.co.uk","name":"Quarry & Kiln Tiling",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}",
"author":{"@type":"Person","name":"Dara Quill"}}</script>
<script>Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","collectionId":"64b0c2e1a9f3","itemId":"6501f0d6e2b7"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64b0c2/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6501f0d6e2b7" class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-show-author-profile
tweak-blog-item-show-date header-overlay-alignment-center view-item collection-type-blog collection-layout-default mobile-style-available">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/qk-logo.png"
alt="Quarry &amp; Kiln Tiling"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a survey</a></div></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-folder="" data-controller="MenuOverlay" aria-hidden="true">
<div class="header-menu-nav"><nav class="header-menu-nav-list">
${sNav.map((t) => `<div class="container header-menu-nav-item"><a href="/">${t}</a></div>`).join('')}
</nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64b0c2e1a9f4">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-dara-quill post-type-text" data-item-id="6501f0d6e2b7">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-meta-primary"><span class="blog-author" data-content-field="author"><a href="/projects?author=5f2a">Dara Quill</a></span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-09-14">14 September 2026</time></span>
<span class="blog-meta-secondary"><span class="blog-categories-list"><a href="/projects?category=Heritage" class="blog-categories">Heritage</a></span></span>
</div></div><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-updated-on="1694685900000" id="item-6501f0d6e2b7"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content><p class="">${sIntro}</p><h3>${sHeads[0]}</h3><ul data-rte-list="default">
${lis(sFacts.map((f) => `<p class="">${f}</p>`))}</ul></div></div></div>
<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-a2"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;"><div class="image-block-wrapper" data-animation-role="image">
<div class="sqs-image-shape-container-element has-aspect-ratio">
<img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/hall-before.jpg"
data-image-dimensions="1500x1000" alt="" loading="lazy" decoding="async"></div></div><figcaption class="image-caption-wrapper">
<div class="image-caption"><p class="" data-rte-preserve-empty="true">Before: the hallway with the carpet and gripper rods removed.</p></div>
</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${sHeads[1]}</h3>${ps(sFound, ' class=""')}<h3>${sHeads[2]}</h3>${ps(sLift, ' class=""')}<h3>${sHeads[3]}</h3>
<p class="">${sRelay[0]}</p>${sRelay[1]}<h3>${sHeads[4]}</h3>${ps(sDone, ' class=""')}</div></div></div>
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/projects?author=5f2a" class="author-avatar">
<img data-src="//static1.squarespace.com/dara.jpg" alt=""></a>
<div class="author-name">Dara Quill</div>
<div class="author-bio"><p>Dara runs Quarry &amp; Kiln with her brother and has restored period floors for 22 years.</p></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid" aria-label="Previous and next">
<a href="/projects/kingsmere-wetroom" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">A walk-in wet room in Kingsmere</h2></a>
<a href="/projects/ostley-terracotta" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Terracotta kitchen floor, Ostley Green</h2></a></section></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="sqs-html-content"><h4>Quarry &amp; Kiln Tiling</h4><p class="">Heritage and contemporary tiling across Ostley and the Wend valley.</p>
<p class="">hello@quarryandkiln.co.uk · 01632 960775</p></div><nav class="sqs-svg-icon--list">${sFoot.map((t) => `<a href="#">${t}</a>`).join(' ')}</nav>
<p class="">© 2026 Quarry &amp; Kiln Tiling</p></div></section></footer></div>
<div class="sqs-cookie-banner-v2-accept-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-white" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience.</p></div>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout612-squarespace-hallway-case-study',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([sIntro, ...sFacts, ...sFound, ...sLift, ...sRelay, ...sDone]),
  bylines: ['Dara Quill', '14 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav, 'Book a survey', 'Heritage', 'Before: the hallway with the carpet and gripper rods removed.',
    'Dara runs Quarry & Kiln with her brother and has restored period floors for 22 years.', 'Previous', 'A walk-in wet room in Kingsmere',
    'Next', 'Terracotta kitchen floor, Ostley Green', 'Quarry & Kiln Tiling', 'Heritage and contemporary tiling across Ostley and the Wend valley.',
    'hello@quarryandkiln.co.uk · 01632 960775', ...sFoot, '© 2026 Quarry & Kiln Tiling', 'This site uses cookies to give you the best experience.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT612_A2: readonly TestPage[] = [squarespace].map(finish);
