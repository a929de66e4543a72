import { type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout285-kit.js';

/**
 * Held-out batch 285, file c2: a bookbindery's Squarespace 7.1 blog post (header with header-nav items and the "Book a class"
 * header action, blog-item wrapper with the meta section, sqs-layout rows of html, image and quote blocks, a newsletter block
 * inside the post, the share row, author profile, item pagination, Squarespace comments, footer sections and the cookie banner).
 */
const qTitle = 'Choosing thread for a Coptic stitch binding';
const qH = ['Linen or cotton?', 'Thickness and the size of your signatures', 'Waxing, and when not to'];
const qIntro = [
  j(
    'Coptic stitch is the binding most of our beginners fall for: the spine is left bare, the book opens completely flat, and the',
    'chain of stitches along the back is decorative in its own right. It is also the binding where thread choice shows most, because',
    'every stitch is on display.',
  ),
];
const qS1 = [
  j(
    'We bind almost exclusively with unbleached linen thread. Linen is stronger than cotton for its thickness, it stretches very little,',
    'and it takes wax well. Cotton embroidery floss is tempting because it comes in so many colours, but it frays as it passes back and',
    'forth through the holes, and a frayed chain stitch never looks tidy.',
  ),
  j(
    'If you want colour, look for waxed linen in the 4-ply or 3-ply weights sold for bookbinding and basket-making. The colours are',
    'more limited, but the thread will outlast the paper.',
  ),
];
const qS2 = [
  j(
    'Thread thickness should follow the thickness of your signatures, the folded groups of pages that make up the book. A signature',
    'of four sheets of 90 gsm paper is quite thin; a heavy thread will push the folds apart and leave the spine fanned out.',
  ),
  'As a starting point, we suggest:',
];
const qList = [
  '18/3 linen for signatures of three or four sheets of text-weight paper;',
  '12/3 linen for five or six sheets, or for heavier drawing paper;',
  '4-ply waxed linen for thick sketchbooks and watercolour paper.',
];
const qS3 = [
  j(
    'Unwaxed linen should be drawn across a block of beeswax two or three times before sewing. The wax stops the thread tangling and',
    'helps each stitch grip the one before it. Pre-waxed thread needs nothing more.',
  ),
  j(
    'The exception is very small books. On a book the size of a matchbox, wax builds up in the tiny sewing holes and can leave marks',
    'on the paper, so we sew those with unwaxed thread and simply keep our lengths short.',
  ),
];
const qQuote = 'A good binding thread is one you stop noticing after the first signature.';
const qNav = ['Shop', 'Classes', 'Commissions', 'Journal', 'About'];
const qShare = ['Facebook', 'Pinterest'];
const qFoot = ['Larchmere Book Bindery', '14 Cordwainer Row, Larchmere', 'Open Wednesday to Saturday'];
const block = (type: string, n: number, id: string, inner: string): string => `<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="${n}" id="block-${id}"><div class="sqs-block-content">${inner}</div></div></div></div>`;
const html = (id: string, inner: string): string => block('html', 2, id, `<div class="sqs-html-content">${inner}</div>`);
const p = (xs: readonly string[]): string => xs.map((x) => `<p class="" style="white-space:pre-wrap;">${x}</p>`).join('\n');
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${qTitle} — Larchmere Book Bindery</title>
<meta property="og:site_name" content="Larchmere Book Bindery"><meta property="og:title" content="${qTitle} — Larchmere Book Bindery">
<meta property="og:type" content="article"><meta itemprop="author" content="Larchmere Book Bindery">
<meta itemprop="datePublished" content="2026-02-26T11:15:00+0000">
<script type="application/ld+json">{"url":"https://larchmerebindery.example/journal/coptic-thread","name":"Larchmere Book Bindery",
"@context":"http://schema.org",
"@type":"WebSite"}</script><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${qTitle}",
"author":"Imogen Saltley","datePublished":"2026-02-26T11:15:00+0000"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"templateVersion":"7.1","website":{"siteTitle":"Larchmere Book Bindery"},
"collection":{"typeName":"blog-basic-grid"}};</script>
</head>
<body id="item-65dc1a2b3c4d5e6f7a8b9c0d" class="header-overlay-alignment-center header-width-full tweak-blog-item-width-medium tweak-blog-item-show-author-name
tweak-blog-item-show-date tweak-blog-item-delimiter-dash primary-button-style-solid collection-type-blog-basic-grid collection-layout-default view-item
mobile-style-available sqs-seven-one" data-controller="AnnouncementBarInitializer">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text-inner">
<p>Spring class dates are now open for booking.</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-controller="Header">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/">Larchmere Book Bindery</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/classes">Book a class</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65dc1a2b"><section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-imogen-saltley post-type-text
article-index-1 tag-techniques category-journal" data-item-id="65dc1a2b3c4d5e6f7a8b9c0d">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${qTitle}</h1></div><div class="blog-meta-section"><span class="blog-author"><a href="/journal?author=5f">Imogen Saltley</a></span>
<span class="blog-meta-delimiter"></span><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-02-26">26 Feb</time></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="body"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1708946100000" id="item-65dc1a2b3c4d5e6f7a8b9c0d">
${html('yui_3_17_2_1_1', p(qIntro))}
${block(
  'image',
  5,
  'yui_3_17_2_1_2',
  `<div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example/content/v1/5f/coptic-spine.jpg"
alt="A Coptic-bound sketchbook spine"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">Chain stitches on an eight-signature sketchbook, sewn with 12/3 linen.</p>
</div>
</figcaption></figure></div>`,
)}
${html(
  'yui_3_17_2_1_3',
  `<h2 style="white-space:pre-wrap;">${qH[0]}</h2>
${p(qS1)}
<h2 style="white-space:pre-wrap;">${qH[1]}</h2>
${p(qS2)}
<ul data-rte-list="default">${lis(qList.map((x) => `<p class="" style="white-space:pre-wrap;">${x}</p>`))}</ul>`,
)}
${block('quote', 31, 'yui_3_17_2_1_4', `<figure><blockquote data-animation-role="quote"><span>“</span>${qQuote}<span>”</span></blockquote></figure>`)}
${block(
  'newsletter',
  51,
  'yui_3_17_2_1_5',
  `<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="60a1">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">From the bench</h2><div class="newsletter-form-header-description"><p>A short
letter every season: new papers, class dates and bench notes.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></form></div>`,
)}
${html(
  'yui_3_17_2_1_6',
  `<h2 style="white-space:pre-wrap;">${qH[2]}</h2>
${p(qS3)}`,
)}
</div></div><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--tags"><a href="/journal?tag=techniques">Techniques</a></div>
<div class="blog-share-wrapper"><div class="blog-item-share"><div class="sqs-block-button-container">${qShare
  .map((s) => `<a class="share-button" data-service="${s.toLowerCase()}" href="#">${s}</a>`)
  .join('')}</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f" class="author-avatar"></a><div class="author-name">Imogen Saltley</div>
<div class="author-bio"><p>Imogen founded the bindery in 2017 and teaches the beginners’ courses.</p></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/journal/paste-papers"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Making paste papers at the kitchen table</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/bone-folders"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">A short history of the bone folder</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments"><div class="comment-header-wrapper"><div class="comment-count">0 Comments</div>
<div class="comment-sort-wrapper">Newest First</div></div><div class="new-comment-area"><div class="new-comment-area-placeholder">Add a comment...</div></div>
</div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section has-background section-height--small">
<div class="content-wrapper">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${qFoot.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`).join('\n')}<p>Made with Squarespace</p></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-cta-type--BUTTON"><div class="sqs-cookie-banner-v2-text">
<p>We use cookies to understand how visitors use the site and to improve it.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button>
<button class="sqs-cookie-banner-v2-settings">Manage cookies</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const squarespace: TestPage = {
  name: 'heldout285-squarespace71-blog',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: texts([...qIntro, ...qS1, ...qS2, ...qList, qQuote, ...qS3]),
  bylines: ['Imogen Saltley', '26 Feb'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring class dates are now open for booking.', ...qNav, 'Book a class', 'Chain stitches on an eight-signature sketchbook, sewn with 12/3 linen.',
    'From the bench', 'A short letter every season: new papers, class dates and bench notes.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Techniques', ...qShare, 'Imogen founded the bindery in 2017 and teaches the beginners’ courses.', 'Previous', 'Making paste papers at the kitchen table',
    'Next', 'A short history of the bone folder', '0 Comments', 'Newest First', 'Add a comment...', ...qFoot, 'Made with Squarespace',
    'We use cookies to understand how visitors use the site and to improve it.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};
