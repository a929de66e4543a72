import { type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout633-kit.js';

/** Held-out batch 633, file a2: a hand-painted sign case study on a Squarespace 7.1 blog. */
const sTitle = 'Case Study: The Corn Exchange Café Fascia';
const sBody = [
  j(
    'When the new owners of the Corn Exchange Café in Market Weldon asked us to replace a tired vinyl fascia, they wanted',
    'something that looked as if it had always been there. The building dates from 1861 and sits in a conservation area, so the',
    'design also had to pass the district council’s shopfront guidance.',
  ),
  'The brief',
  j(
    'Eight metres of timber fascia, a projecting hanging sign and gilded lettering on the two front windows. The owners chose',
    'Brunswick green for the ground, which matched the colour found under four layers of paint when we stripped a test patch.',
  ),
  'Layout and lettering',
  j(
    'We drew the lettering full size on lining paper, based on a Victorian grotesque with slightly condensed proportions so the',
    'name would fit without crowding the console brackets at each end. The pattern was pounced onto the board with chalk, then',
    'painted freehand in one-shot enamel with a shadow in a darker green.',
  ),
  j(
    'The window gilding was done in reverse on the inside of the glass using 23.5 carat gold leaf, water gilded for a mirror',
    'finish, with a matt centre line burnished through and an outline in black japan.',
  ),
  'Timeline',
  'Week 1: survey, colour tests and council pre-application advice',
  'Week 2: full-size drawings approved by the client',
  'Weeks 3–4: fascia stripped, primed and lettered on site',
  'Week 5: window gilding and hanging sign installed',
  j(
    'The café reopened in April. The council’s conservation officer has since used the fascia as an example in its updated',
    'shopfront design guide, which is probably the nicest thing anyone has said about our work.',
  ),
];
const sNav = ['Work', 'Journal', 'Workshops', 'About', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Newsletter'];
const sHeadIdx = [1, 3, 6];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Case Study: The Corn Exchange Café Fascia — Harlow &amp; Finch Signwriters</title>
<meta property="og:site_name" content="Harlow &amp; Finch Signwriters"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.harlowandfinch.co.uk",
"name":"Harlow & Finch Signwriters","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting",
"headline":"Case Study: The Corn Exchange Café Fascia","author":{"@type":"Person","name":"Tamsin Rook"},"datePublished":"2024-05-09T10:12:00+0100"}</script>
<script>Static=window.Static||{};Static.SQUARESPACE_CONTEXT={"website":{"siteTitle":"Harlow & Finch
Signwriters"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6412ab/17/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-663c9a" class="header-layout-nav-right header-width-full tweak-blog-item-width-medium primary-button-style-solid
ancillary-header-right-layout-horizontal view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Harlow &amp; Finch</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span class="js-header-burger-open-title visually-hidden">Open Menu</span><span class="js-header-burger-close-title visually-hidden" hidden>Close Menu</span>
</button></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="663c9a">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-tamsin-rook post-type-text article-index-1 tag-shopfronts tag-gilding category-case-studies" data-item-id="663c9a">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper">
<div class="blog-meta-item blog-meta-item--categories"><a href="/journal?category=Case+Studies" class="blog-item-category">Case Studies</a></div>
<time class="dt-published date-highlight blog-meta-item blog-meta-item--date" datetime="2024-05-09">9 May 2024</time></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><span>Written By </span>
<a href="/journal?author=5f1b" class="blog-item-author-profile-link"><span class="author">Tamsin Rook</span></a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1715249520000" id="item-663c9a"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1f0"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">${sBody[0]}</p>
<h2 style="white-space:pre-wrap;">${sBody[1]}</h2><p class="" style="white-space:pre-wrap;">${sBody[2]}</p>
<h2 style="white-space:pre-wrap;">${sBody[3]}</h2><p class="" style="white-space:pre-wrap;">${sBody[4]}</p></div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-b2e1"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image">
<div class="sqs-image-shape-container-element has-aspect-ratio">
<img data-src="https://images.squarespace-cdn.com/content/v1/5f1b/1715249/fascia-gilding.jpg" alt="" data-image-dimensions="2500x1667" loading="lazy"></div>
</div>
<figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">Laying the gold: water gilding the window lettering from inside the café.</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-c3d2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">${sBody[5]}</p>
<h2 style="white-space:pre-wrap;">${sBody[6]}</h2>
<ul data-rte-list="default">${lis(sBody.slice(7, 11).map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<p class="" style="white-space:pre-wrap;">${sBody[11]}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-d4c3"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Commission a sign</a></div></div></div>
</div></div></div></div>
<div class="blog-item-meta-wrapper blog-item-meta-wrapper--bottom"><div class="blog-item-tags"><a href="/journal/tag/shopfronts">Shopfronts</a>
<a href="/journal/tag/gilding">Gilding</a></div>
<div class="blog-share-wrapper"><div class="blog-share-button"><a href="#" class="blog-share-link">Share</a></div></div></div></div>
<section class="blog-item-author-profile-wrapper"><a href="/journal?author=5f1b" class="author-avatar">
<img src="https://images.squarespace-cdn.com/content/v1/5f1b/tamsin.jpg" alt=""></a>
<div class="author-info"><a href="/journal?author=5f1b" class="author-name">Tamsin Rook</a>
<div class="author-bio"><p>Tamsin trained as a signwriter in Bristol and has run the Harlow &amp; Finch workshop since 2011.</p></div></div></section>
<section class="item-pagination item-pagination--prev-next" data-item-pagination>
<a href="/journal/shutters-at-aldmoor" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Painted shutters for the Aldmoor Bakery</h2></a>
<a href="/journal/mixing-one-shot-colours" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Mixing colours in one-shot enamel</h2></a></section>
</article></div></div></div></section></article>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">Harlow &amp; Finch Signwriters · The Old Forge, Mill Lane, Market Weldon</p>
<p style="white-space:pre-wrap;">${sFoot.map((t) => `<a href="#">${t}</a>`).join(' · ')}</p></div></div></div></div></div></section></footer></main></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespaceSign: TestPage = {
  name: 'heldout633-squarespace-sign-case-study',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeadIdx.map((i) => sBody[i] ?? ''),
  body: texts(sBody.filter((_, i) => !sHeadIdx.includes(i))),
  bylines: ['9 May 2024', 'Written By', 'Tamsin Rook'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Harlow & Finch', ...sNav, 'Open Menu', 'Case Studies', 'Laying the gold: water gilding the window lettering from inside the café.',
    'Commission a sign', 'Shopfronts', 'Gilding', 'Share',
    'Tamsin trained as a signwriter in Bristol and has run the Harlow & Finch workshop since 2011.', 'Previous',
    'Painted shutters for the Aldmoor Bakery', 'Next', 'Mixing colours in one-shot enamel',
    'Harlow & Finch Signwriters · The Old Forge, Mill Lane, Market Weldon', ...sFoot,
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT633_A2: readonly TestPage[] = [squarespaceSign];
