import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file c2: an architect-and-builder practice's project page on Squarespace 7.1 (announcement bar, header
 * with nav and "Start a project" button, page sections of fluid-engine blocks, a project-facts block, a gallery with captions,
 * a pagination block to the next project, the footer with address and Instagram link, and the Squarespace cookie banner).
 * The page's main text is short.
 */
const sTitle = 'The Kiln House';
const sStand = 'A derelict brick kiln shed on the edge of Hollins Wood, rebuilt as a three-bedroom family home.';
const sBody = [
  j(
    'The clients came to us with a listed agricultural shed that had stood empty for thirty years, a tight budget and a wish to keep as much',
    'of the original fabric as possible. The walls were sound but the roof had collapsed at the north end, and the floor was bare earth.',
  ),
  j(
    'We designed and built the house as a single contract, which let us make decisions on site as the building revealed itself. Where the',
    'old brick was too soft to carry new loads, we inserted a slim steel frame inside the walls rather than rebuilding them, so the patched',
    'and weathered outer faces survive untouched.',
  ),
  j(
    'The new roof is a timber cassette system, prefabricated in our workshop and craned into place in two days. It is insulated with wood',
    'fibre and finished in reclaimed clay tiles salvaged from the collapsed section. Inside, the old kiln chamber has become a double-height',
    'living room, lit from above by a long rooflight set into the ridge.',
  ),
  j(
    'Heating comes from an air source heat pump feeding underfloor pipes in a lime screed, and airtightness testing at completion gave a result',
    'of 2.8 m³/h·m² at 50 Pa, remarkable for a building of this age.',
  ),
  j(
    'The planning officer and the conservation team visited four times during the build. Their main request, that the blocked-up firing',
    'arches on the south wall stay visible, shaped the plan: two of them now frame the kitchen windows, and the third houses the wood store.',
  ),
];
const sFacts = ['Location: Hollins Wood, Derbyshire', 'Status: Completed 2025', 'Role: Architect and main contractor', 'Area: 164 m²'];
const sHead2 = 'Design and build';
const sCaptions = ['The north gable after the new roof went on', 'The kiln chamber, now the living room', 'Reclaimed tiles sorted for reuse'];
const sNav = ['Projects', 'Practice', 'Process', 'Journal', 'Contact'];
const block = (id: string, inner: string, type = '2'): string => `<div class="fe-block fe-block-${id}"><div class="sqs-block html-block sqs-block-html"
data-blend-mode="NORMAL" data-block-type="${type}" data-border-radii="{}" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div></div>`;
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${sTitle} — Ashby Wren Build</title>
<link rel="canonical" href="https://www.ashbywren.example/projects/the-kiln-house"><meta property="og:site_name" content="Ashby Wren Build">
<meta property="og:title" content="${sTitle} — Ashby Wren Build"><meta property="og:type" content="website"><meta itemprop="name" content="${sTitle}">
<script type="text/javascript" crossorigin="anonymous" nomodule="nomodule" src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1a2","siteTitle":"Ashby Wren
Build"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.ashbywren.example","name":"Ashby Wren Build","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/63f1a2/21/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63f1a2c4" class="header-width-full tweak-transparent-header primary-button-style-outline form-use-theme-colors view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text-inner">
<p>We are now taking enquiries for projects starting in autumn 2026.</p></div></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header"
data-current-styles='{"layout":"navRight"}'>
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Ashby Wren Build</a></div>
</div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Start a project</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1a2d0">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium"
data-section-id="63f1a2d1"><div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-63f1a2d1">
${block('a1', `<h1 style="white-space:pre-wrap;">${sTitle}</h1>`)}
${block('a2', `<p class="sqsrte-large" style="white-space:pre-wrap;">${sStand}</p>`)}
${block('a3', `<ul data-rte-list="default">${sFacts.map((f) => `<li><p class="" style="white-space:pre-wrap;">${f}</p></li>`).join('')}</ul>`)}
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section" data-section-id="63f1a2d2"><div class="content-wrapper">
<div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-63f1a2d2">
${block('b1', `<h3 style="white-space:pre-wrap;">${sHead2}</h3>`)}
${block('b2', sBody.map((p) => `<p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n'))}
</div></div></div></div></section>
<section data-test="page-section" class="page-section gallery-section" data-section-id="63f1a2d3"><div class="section-border"></div>
<div class="content-wrapper">
<div class="gallery-grid gallery-grid--layout-grid" data-controller="GalleryGrid"><div class="gallery-grid-wrapper">
${sCaptions
  .map(
    (c, i) => `<figure class="gallery-grid-item"><div class="gallery-grid-item-wrapper"><a data-title="" data-description="${c}" data-lightbox-theme=""
href="/projects/the-kiln-house?itemId=k${i}"><img data-src="https://images.squarespace-cdn.example/kiln-${i}.jpg" alt="" loading="lazy"></a></div>
<figcaption class="gallery-caption gallery-caption-grid-simple"><div class="gallery-caption-wrapper"><p class="gallery-caption-content">${c}</p></div>
</figcaption></figure>`,
  )
  .join('\n')}
</div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section" data-section-id="63f1a2d4"><div class="content-wrapper">
<div class="sqs-block summary-v2-block"><nav class="item-pagination item-pagination--prev-next" data-collection-type="portfolio-grid-overlay">
<a href="/projects/orchard-barn" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Orchard Barn</h2></a></nav></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section" data-section-id="f1">
<div class="content-wrapper"><div class="fluid-engine fe-f1">
${block('f1', '<p class="">Ashby Wren Build Ltd</p><p class="">The Old Forge, Mill Lane, Bakewell DE45 1HR</p>')}
${block('f2', '<p class=""><a href="mailto:studio@ashbywren.example">studio@ashbywren.example</a></p>')}
<div class="fe-block fe-block-f3"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content">
<div class="sqs-svg-icon--outer social-icon-alignment-left social-icons-color-"><nav class="sqs-svg-icon--list"><a href="https://instagram.example/ashbywren"
class="sqs-svg-icon--wrapper instagram-unauth" target="_blank" aria-label="Instagram"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div>
</a>
</nav></div></div></div></div>
${block('f4', '<p class="sqsrte-small">© 2026 Ashby Wren Build. RIBA Chartered Practice.</p>')}
</div></div></section></footer>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 BOTTOM" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="true" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const squarespace: TestPage = {
  name: 'heldout439-squarespace-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sHead2],
  body: texts([sStand, ...sFacts, ...sBody]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We are now taking enquiries for projects starting in autumn 2026.', 'Ashby Wren Build', ...sNav, 'Start a project', 'Open Menu', 'Close Menu',
    ...sCaptions, 'Next', 'Orchard Barn', 'Ashby Wren Build Ltd', 'The Old Forge, Mill Lane, Bakewell DE45 1HR', 'studio@ashbywren.example',
    '© 2026 Ashby Wren Build. RIBA Chartered Practice.', 'This website uses cookies to improve your experience.', 'Accept', 'Decline', 'Manage cookies',
  ],
};
