import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout249-kit.js';
import { telehealthHelp } from './pages-heldout249-f2.js';

/**
 * Held-out batch 249, file f: a care-home group's blog post on Squarespace 7.1 (the announcement bar, the header with
 * navigation and "Arrange a visit" button, `sqs-block` content blocks inside the blog item, the meta line with date and
 * author, image-block caption, a quote block, the Squarespace share buttons, the category and tag links, the
 * previous / next pagination, the newsletter block, the footer and the cookie banner).
 */
const sTitle = 'Bringing the garden indoors: our winter planting project';
const sP1 = [
  j(
    'When the weather turned cold in November, our residents at Willowmere House were not ready to give up on the garden.',
    'So, with the help of our activities coordinator, Bea Lindqvist, the garden came inside instead.',
  ),
  j(
    'Over eight weeks, residents sowed herbs, forced hyacinth and narcissus bulbs and grew trays of microgreens on the',
    'sunny windowsills of the lounge and conservatory. Every Tuesday afternoon became “potting hour”.',
  ),
];
const sH = ['Why gardening matters', 'What we grew', 'What comes next'];
const sP2 = [
  j(
    'Many of our residents were keen gardeners for most of their lives. Handling soil and seeds brings back memories and',
    'gives people something to look after and look forward to. For residents living with dementia, the smell of fresh mint or',
    'the feel of a bulb in the hand can spark conversation in a way that little else does.',
  ),
];
const sQuote = 'I had an allotment for forty years. I didn’t think I’d get my hands dirty again, and here I am.';
const sP3 = ['By the end of the project the lounge windows held:'];
const sList = [
  'basil, parsley and chives, which the kitchen team used in the Sunday lunches',
  'pea shoots and radish microgreens, grown in just ten days',
  'forty pots of hyacinths, given to families as Christmas gifts',
  'an amaryllis named “Big Bertha” that flowered on Christmas Eve',
];
const sP4 = [
  j(
    'In the spring we will move the seedlings out to the new raised beds, built at wheelchair height by volunteers from',
    'the Fenwick Rotary Club. Families are welcome to join us at potting hour on Tuesdays from 2pm.',
  ),
];
const sNav = ['Our Homes', 'Care We Offer', 'Life at Willowmere', 'Careers', 'Blog', 'Contact'];
const sFoot = ['Privacy Policy', 'Complaints Procedure', 'Modern Slavery Statement'];
const blk = (type: string, inner: string): string =>
  `<div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="${type === 'html' ? 2 : 44}"><div class="sqs-block-content">${inner}</div></div>`;
const sHtml = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${sTitle} — Willowmere Care Group</title>
<meta property="og:site_name" content="Willowmere Care Group"><meta property="og:type" content="article"><meta itemprop="author"
content="Willowmere Care Group"><meta itemprop="datePublished" content="2026-01-22T10:00:00+0000"><meta name="generator" content="Squarespace">
<script type="application/ld+json">{"url":"https://www.willowmerecare.example/blog/winter-planting","name":"Willowmere Care Group","@context":
"http://schema.org","@type":"WebSite"}</script><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting",
"headline":"${sTitle}","datePublished":"2026-01-22T10:00:00+0000","author":"Willowmere Care Group"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Willowmere Care Group"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/site.css"></head>
<body id="item-65ae1f" class="collection-type-blog-basic view-item tweak-blog-item-width-medium"><div class="sqs-announcement-bar-dropzone">
<div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>We are welcoming new residents at Willowmere House. Call 01632
960 552.</p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title"><div class="header-title-text">
<a href="/">Willowmere Care Group</a></div></div><div class="header-nav"><nav class="header-nav-list">${sNav
  .map(
    (n) => `<div class="header-nav-item
header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`,
  )
  .join('\n')}</nav></div>
<div class="header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/visit">Arrange
a visit</a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65ae1f">
<section class="page-section layout-engine-section background-width--full-bleed"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry category-life-at-willowmere author-willowmere-care-group post-type-text
article-index-1"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date">
<time class="dt-published date-highlight" datetime="2026-01-22">22 Jan</time></div><div class="blog-meta-item blog-meta-item--author">Written By
<a href="/blog?author=5f1" class="blog-author-name">Willowmere Care Group</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
${blk(
  'image',
  `<figure class="sqs-block-image-figure intrinsic"><img src="https://images.squarespace-cdn.example/content/potting.jpg"
alt="Residents potting bulbs"><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Residents Jean and Walter at Tuesday’s
potting hour.</p></div></figcaption></figure>`,
)}
${blk('html', ps(sP1))}
${blk('html', `<h2>${sH[0]}</h2>${ps(sP2)}`)}
${blk(
  'quote',
  `<figure><blockquote data-animation-role="quote"><span>“</span>${sQuote}<span>”</span></blockquote>
<figcaption class="source">— Marjorie, resident at Willowmere House</figcaption></figure>`,
)}
${blk('html', `<h2>${sH[1]}</h2>${ps(sP3)}<ul data-rte-list="default">${sList.map((l) => `<li><p>${l}</p></li>`).join('\n')}</ul>`)}
${blk('html', `<h2>${sH[2]}</h2>${ps(sP4)}`)}
</div></div></div></div>
<div class="blog-item-sharing"><div class="sqs-block-button-container"><a class="ss-social-button" data-service="facebook">
<span class="ss-social-button-icon"></span>
Facebook</a><a class="ss-social-button" data-service="twitter">Twitter</a><a class="ss-social-button" data-service="linkedin">LinkedIn</a></div></div>
<div class="blog-item-categories-tags"><span class="blog-categories-list"><a href="/blog?category=Life+at+Willowmere" class="blog-item-category">Life at
Willowmere</a></span> <span class="blog-tags-list"><a href="/blog?tag=wellbeing" class="blog-item-tag">Wellbeing</a></span></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a class="item-pagination-link item-pagination-link--prev"
href="/blog/christmas-choir"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Our Christmas choir visits the
cathedral</h2></a><a class="item-pagination-link item-pagination-link--next" href="/blog/new-chef"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Meet our new head chef</h2></a></section></article></div></div></div></section>
<section class="page-section"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in touch</h2><div class="newsletter-form-header-description">
<p>Sign up for news and events from our homes, once a month.</p></div></div><form class="newsletter-form"><input type="email" placeholder="Email
Address"><button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-block html-block"><div class="sqs-block-content">
<p>Willowmere Care Group Ltd · Registered in England No. 08811234</p><p>Willowmere House, 4 Mill Lane, Fenwick FN3 2PA</p>
<ul>${links(sFoot)}</ul></div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button><button
class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/site-bundle.js"></script></body></html>`;
const squarespaceBlog: TestPage = {
  name: 'heldout249-squarespace-care-home-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sP1, ...sP2, sQuote, ...sP3, ...sList, ...sP4]),
  bylines: ['22 Jan', 'Written By Willowmere Care Group'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We are welcoming new residents at Willowmere House. Call 01632 960 552.', ...sNav, 'Arrange a visit',
    'Residents Jean and Walter at Tuesday’s potting hour.', '— Marjorie, resident at Willowmere House', 'Facebook', 'Twitter', 'LinkedIn',
    'Life at Willowmere', 'Wellbeing', 'Previous', 'Our Christmas choir visits the cathedral', 'Meet our new head chef', 'Stay in touch',
    'Sign up for news and events from our homes, once a month.', 'Sign Up', 'We respect your privacy.',
    'Willowmere Care Group Ltd · Registered in England No. 08811234', 'Willowmere House, 4 Mill Lane, Fenwick FN3 2PA', ...sFoot,
    'This website uses cookies to improve your experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};

export const HELDOUT249_F: readonly TestPage[] = [squarespaceBlog, telehealthHelp];
