import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout616-kit.js';

/**
 * Held-out batch 616, file c: a bespoke saddler's blog post on Squarespace 7.1 (cookie banner, image block with caption, author
 * profile, previous / next pagination); file c2 holds the second page.
 */
const qTitle = "Restoring an old saddle: what we can and can't do";
const qBlocks: Block[] = [
  {
    p: j(
      'Most weeks a saddle arrives at the workshop in a bin bag. Sometimes it has been in a barn for twenty years, sometimes it belonged',
      "to someone's grandmother, and nearly always the owner wants to know one thing: can it be ridden in again?",
    ),
  },
  { p: 'The honest answer depends almost entirely on what is under the leather.' },
  { h: 2, t: 'Start with the tree' },
  {
    p: j(
      'The tree is the frame the whole saddle is built on. We check it before anything else by flexing the pommel and the cantle and',
      'listening. A clicking or grinding sound, or movement where there should be none, means the tree is broken or twisted. A broken',
      'spring tree can occasionally be replaced, but the cost usually runs past the value of the saddle.',
    ),
  },
  { h: 2, t: 'What we can usually put right' },
  {
    ul: [
      'dry, hard leather that has not yet cracked through',
      'worn or rotten stitching on the flaps, seat and billets',
      'compressed or lumpy flocking',
      'missing or perished D-rings, staples and keepers',
      'worn knee rolls and a tired seat, which can be re-covered',
    ],
  },
  { h: 2, t: "What we won't take on" },
  {
    p: j(
      'We will not restore a saddle for riding if the tree is broken, if the leather has cracked right through at the stirrup bars,',
      'or if the panels have rotted from the inside. We are happy to clean and feed a saddle like that for display, and several now',
      'sit on saddle racks in farmhouse kitchens, which is a fine retirement.',
    ),
  },
  {
    q: j(
      'A restored saddle should be judged on the same terms as a new one: does it fit the horse in front of you? Old saddles were',
      'made for a different type of horse, and that is often the real problem.',
    ),
  },
  {
    p: j(
      'If you have an old saddle you would like us to look at, bring it into the workshop on a Thursday or Friday afternoon. An',
      'assessment takes about twenty minutes and costs nothing.',
    ),
  },
];
const qCaption = 'A 1960s spring-tree saddle before and after reflocking and new billets.';
const qNav = ['Bespoke Saddles', 'Restoration', 'Journal', 'About', 'Contact'];
const qCookie = 'This website uses cookies to improve your experience. By using this site you agree to our use of cookies.';
const qBio = 'Maud Penhallow has been making saddles in Porthvean since 1998 and trained as a master saddler at the Cordwainers Hall.';
const qPrev = 'Choosing leather for a bespoke saddle';
const qNext = 'Why we still cut every panel by hand';
const qBlock = (type: number, id: string, inner: string): string =>
  j(
    `<div class="sqs-block ${type === 5 ? 'image-block sqs-block-image' : 'html-block sqs-block-html'}" data-block-type="${type}" id="block-${id}">`,
    `<div class="sqs-block-content">${inner}</div></div>`,
  );
const qBody = (blocks: readonly Block[]): string =>
  qBlock(2, 'yui_3_17_2_1_1712', `<div class="sqs-html-content">${render(blocks, { p: ' class="" style="white-space:pre-wrap;"' })}</div>`);
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${qTitle} &mdash; Oriel Hart Saddlery</title><link rel="canonical" href="https://www.orielhart.co.uk/journal/restoring-an-old-saddle">
<meta property="og:site_name" content="Oriel Hart Saddlery"><meta property="og:title" content="${qTitle} &mdash; Oriel Hart Saddlery">
<meta property="og:type" content="article"><meta itemprop="author" content="Oriel Hart Saddlery"><meta itemprop="datePublished"
content="2026-05-21T10:30:00+0100">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1c0e8a",
"siteTitle":"Oriel Hart Saddlery"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.orielhart.co.uk","name":"Oriel Hart Saddlery","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f1c0e8a/42/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6648" class="header-width-full tweak-blog-item-width-medium tweak-blog-item-alignment-left tweak-blog-item-meta-position-above-title
primary-button-style-solid collection-type-blog-basic-grid view-item"><div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="{}"><div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce"
data-test="header-inner"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/5f1c0e8a/logo.png?format=1500w"
alt="Oriel Hart Saddlery"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div>
<div class="header-display-mobile" data-content-field="site-title"><div class="header-burger menu-overlay-does-not-have-visible-non-navigation-items">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div
class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="bottom-bun"></div></div></div></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6648">
<section data-test="page-section" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid"><div class="content-wrapper">
<div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader"><article class="entry h-entry BlogItem hentry
category-restoration author-maud-penhallow post-type-text article-index-1" data-item-id="6648"><div class="blog-item-wrapper"><div
class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-05-21">
21 May</time></div><div class="blog-meta-item blog-meta-item--categories"><a href="/journal?category=Restoration"
class="blog-item-category">Restoration</a></div>
</div><div class="blog-item-title"><h1 class="entry-title entry-title-wrapper" data-content-field="title">${qTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><span class="blog-author-label">Written By</span>
<a href="/journal?author=5f2a" class="blog-author-name">Maud Penhallow</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1716283800000" id="item-6648"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${qBody(qBlocks.slice(0, 4))}
${qBlock(
  5,
  'yui_3_17_2_1_1713',
  `<div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio"><img data-stretch="false"
src="https://images.squarespace-cdn.com/content/v1/5f1c0e8a/restored.jpg" alt="" loading="lazy"></div></div><figcaption class="image-caption-wrapper">
<div class="image-caption"><p class="" style="white-space:pre-wrap;">${qCaption}</p></div></figcaption></figure></div>`,
)}
${qBody(qBlocks.slice(4))}
</div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f2a" class="author-avatar content-fill"><img src="//images.squarespace-cdn.com/a.jpg"
alt=""></a>
<div class="author-name">Maud Penhallow</div><div class="author-bio"><p>${qBio}</p></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-6648" data-item-id="6648"></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid" aria-label="Previous and Next">
<a href="/journal/choosing-leather" class="item-pagination-link item-pagination-link--prev"><div
class="item-pagination-icon icon icon--stroke"><svg></svg></div>
<div class="pagination-title-wrapper"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">${qPrev}</h2></div></a>
<a href="/journal/cut-by-hand" class="item-pagination-link item-pagination-link--next"><div class="pagination-title-wrapper"><div
class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">${qNext}</h2></div><div class="item-pagination-icon icon icon--stroke"><svg></svg></div></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-5f1c0e8a"><div class="fe-block fe-block-yui_3_17"><div
class="sqs-block html-block sqs-block-html"
data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Oriel Hart Saddlery<br>
The Sail Loft, Quay Street, Porthvean</p><p class="" style="white-space:pre-wrap;">Workshop open Thursday to Saturday, 10am to 4pm</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_18"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54">
<div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-left"><nav class="sqs-svg-icon--list"><a
href="https://instagram.com/orielhart"
target="_blank" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div><svg
class="sqs-svg-icon--social"></svg></div></a></nav></div></div></div></div>
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container sqs-cookie-banner-v2-container--bottom" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2">
<div class="sqs-cookie-banner-v2-text"><p>${qCookie}</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept
sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceRestore: TestPage = {
  name: 'heldout616-squarespace-saddle-restoration',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: headingsOf(qBlocks),
  body: bodyOf(qBlocks),
  bylines: ['21 May', 'Written By', 'Maud Penhallow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...qNav.filter((t) => t !== 'About'), qCaption, qBio, 'Previous', qPrev, 'Next', qNext, 'Oriel Hart Saddlery',
    'The Sail Loft, Quay Street, Porthvean',
    'Workshop open Thursday to Saturday, 10am to 4pm', qCookie, 'Accept', 'Decline',
  ],
};

export const HELDOUT616_C: readonly TestPage[] = [squarespaceRestore];
