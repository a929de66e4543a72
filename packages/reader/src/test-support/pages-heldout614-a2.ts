import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout614-kit.js';

/** Held-out batch 614, file a2: a conservation framing explainer on a Squarespace 7.1 blog (newsletter block, cookie banner). */
const sTitle = 'What “conservation framing” actually means';
const sDek = 'A plain-language guide to the materials we use, and why they matter more than the moulding.';
const sH = ['Everything touching the art is reversible', 'The board is acid-free and buffered', 'The glazing blocks ultraviolet light', 'The back is sealed'];
const sParas = [
  [
    j(
      'You will see the phrase on almost every framer’s website, including ours. It is not a protected term, so it is worth knowing',
      'what we mean by it before you pay extra for it.',
    ),
    j(
      'Put simply, a conservation frame is one that does no harm to the artwork over decades and can be taken apart without',
      'leaving a trace. Nothing more mysterious than that.',
    ),
  ],
  [
    j(
      'We never dry-mount or spray-mount original work. Paper is hung from the back board with small hinges of Japanese tissue',
      'and wheat starch paste, which can be released with a little moisture if the piece ever needs to come out.',
    ),
  ],
  [
    j(
      'Cheap mount board is made from wood pulp and turns yellow, then brown, along the bevel within a few years. The acid',
      'migrates into the paper it touches. Our mounts are cotton rag or alpha-cellulose board with a calcium carbonate buffer.',
    ),
  ],
  [
    j(
      'Light fades watercolours, inks and photographs faster than anything else. Conservation glass filters out about 99% of UV;',
      'it will not stop damage from strong daylight entirely, so we still advise against a south-facing wall.',
    ),
  ],
  [
    j(
      'Finally, the back of the frame is closed with a moisture barrier and sealed with gummed linen tape, which keeps out dust',
      'and the small insects that like to eat paper. It also slows the changes in humidity that make paper cockle.',
    ),
    'If you are unsure whether your piece needs all of this, bring it in and we will tell you honestly.',
  ],
];
const sNav = ['Framing', 'Restoration', 'Journal', 'About', 'Visit'];
const sFoot = ['Instagram', 'Facebook', 'Privacy Policy'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>What “conservation framing” actually means — Tarn &amp; Gesso Framing</title>
<link rel="canonical" href="https://www.tarnandgesso.com/journal/conservation-framing-explained">
<meta property="og:site_name" content="Tarn &amp; Gesso Framing"><meta property="og:title" content="What “conservation framing” actually means">
<meta itemprop="datePublished" content="2025-10-14T09:00:00+0100"><meta itemprop="author" content="Ines Harrow">
<script type="application/ld+json">{"url":"https://www.tarnandgesso.com","name":"Tarn & Gesso Framing","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"What “conservation framing” actually means",
"datePublished":"2025-10-14T09:00:00+0100","author":{"@type":"Person","name":"Ines Harrow"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6512a0c1f4/styles.css" type="text/css" rel="stylesheet">
</head>
<body id="item-6529ff10"
class="collection-type-blog-basic-grid view-item tweak-blog-item-width-medium tweak-blog-item-alignment-center primary-button-style-solid">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">Tarn &amp; Gesso Framing</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`).join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/visit">Book a visit</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6529ff0e">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide">
<div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry post-type-text author-ines-harrow" data-item-id="6529ff10">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories">
<a href="/journal?category=Conservation" class="blog-categories">Conservation</a></div>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2025-10-14">October 14, 2025</time></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author">
<a href="/journal?author=6529fe" class="blog-author-name">Ines Harrow</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1697270400000" id="item-6529ff10"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-large" style="white-space:pre-wrap;">${sDek}</p>
${ps(sParas[0] ?? [], ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/hinge.jpg"
alt="" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>A T-hinge of kozo tissue, ready for paste.</p></div>
</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
${sH.map((h, i) => `<h3 style="white-space:pre-wrap;">${h}</h3>\n${ps(sParas[i + 1] ?? [], ' style="white-space:pre-wrap;"')}`).join('\n')}
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-a4"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form"><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">The Tarn &amp; Gesso letter</h2><div class="newsletter-form-header-description"><p>Four emails a year, no offers.</p>
</div></header>
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-inner-wrapper"><footer class="blog-item-footer"><div class="blog-share-like">
<div class="blog-meta-item blog-meta-item--share">
<div class="squarespace-social-buttons inline-style" data-system-data-id="6529ff10" data-asset-url="/journal/conservation-framing-explained"></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination="">
<a class="item-pagination-link item-pagination-link--prev" href="/journal/regilding-a-mirror">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Regilding a Victorian mirror</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/mount-colours"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Choosing a mount colour</h2></a></section></footer></div></article></div>
</div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small">14 Weir Lane, Kendrew, KW4 2PL</p><p class="sqsrte-small">Open Wednesday to Saturday</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav><ul class="sqs-svg-icon--list">
${sFoot
  .slice(0, 2)
  .map(
    (t) =>
      `<li><a href="https://example.com/${t.toLowerCase()}" target="_blank" class="sqs-svg-icon--wrapper" aria-label="${t}"><div>
<svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div></a></li>`,
  )
  .join('')}
</ul></nav></div></div><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small"><a href="/privacy">${sFoot[2]}</a></p></div></div></div></div></div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout614-squarespace-conservation',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([sDek, ...sParas.flat()]),
  bylines: ['October 14, 2025', 'Ines Harrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Tarn & Gesso Framing', ...sNav, 'Book a visit', 'Conservation', 'A T-hinge of kozo tissue, ready for paste.',
    'The Tarn & Gesso letter', 'Four emails a year, no offers.', 'Email Address', 'Sign Up', 'Previous', 'Regilding a Victorian mirror', 'Next',
    'Choosing a mount colour', '14 Weir Lane, Kendrew, KW4 2PL', 'Open Wednesday to Saturday', 'Privacy Policy',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT614_A2: readonly TestPage[] = [squarespace];
