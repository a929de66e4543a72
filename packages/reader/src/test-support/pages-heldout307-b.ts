import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file b: a record label's news post on a Squarespace 7.1 site (announcement bar, header with the nav and
 * cart, the blog item with its meta, image block with caption, a button block, the tags and categories, share buttons, the
 * item pagination, the newsletter block and the footer).
 */
const title = 'Signing News: Corra Vane Joins the Quillfeather Family';
const intro = [
  j(
    'We are very happy to announce that Corra Vane has signed to Quillfeather Records for her second album, Peat Smoke Sessions, which',
    'we will release on vinyl, cassette and digital in the first week of November.',
  ),
  j(
    'Many of you will know Corra from her self-released debut, Kiln, which sold out its only pressing of three hundred copies from the',
    'back of her car. We first heard her at the Ashgrove folk night two summers ago, where she played a twenty-minute song about a',
    'disused brickworks and somehow held a room of tired people completely still.',
  ),
];
const hA = 'About the record';
const pA = [
  j(
    'Peat Smoke Sessions was recorded over nine days in a cottage on the Isle of Ronsay, with Corra on guitar and shruti box and a',
    'small group of friends on clarinet, double bass and field recordings. The album was produced by Gethin Aske, who also recorded',
    'the wind on the cottage chimney for the interlude tracks.',
  ),
  j(
    'Corra describes the songs as "letters to places that do not exist any more": a closed railway halt, a drowned village under a',
    'reservoir, the school she went to before it became flats.',
  ),
];
const hB = 'Formats and pre-orders';
const formats = [
  'Black 12-inch vinyl in a reverse-board sleeve, with a 16-page lyric booklet',
  'Smoke-grey vinyl limited to 250 copies, available only from our web shop',
  'Cassette in a hand-stamped card case, with two bonus demos',
  'Digital download in lossless formats, with the booklet as a PDF',
];
const pB = [
  j(
    'Pre-orders open on Friday at noon. Everyone who pre-orders any physical format gets an instant download of the first single,',
    '"Halt at Brennock," the same day.',
  ),
];
const hC = 'Live dates';
const pC = [
  j(
    'Corra will play three album launch shows in November, in Ashgrove, Kelderby and Port Ellery, with the full band from the record.',
    'Tickets are on sale through the venues, and we will have the whole Quillfeather catalogue on the merch table at every date.',
  ),
  j('Welcome to the label, Corra. We cannot wait for everyone to hear this one.'),
];
const nav = ['Artists', 'Releases', 'News', 'Shop', 'Demos', 'About'];
const cats = ['Signings', 'Announcements'];
const tags = ['new signing', 'folk', 'vinyl releases'];
const foot = ['Quillfeather Records', '14 Tannery Lane, Ashgrove', 'hello@quillfeather.example', 'Instagram', 'Bluesky', 'Bandcamp'];
const html = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — Quillfeather Records</title>
<meta property="og:site_name" content="Quillfeather Records"><meta property="og:title" content="${title} — Quillfeather Records">
<meta property="og:type" content="article"><meta itemprop="datePublished" content="2026-08-20T10:00:00+0100">
<script type="application/ld+json">{"url":"https://www.quillfeather.example/news/corra-vane-signs","name":"${title}",
"@context":"http://schema.org","@type":"Article","author":"Quillfeather Records","datePublished":"2026-08-20T10:00:00+0100"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Quillfeather Records"},"templateId":"5c5a519771c10ba3470d8101",
"collection":{"typeName":"blog"}};</script><link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/site.css">
</head>
<body id="item-66c4b2f1" class="tweak-blog-item-width-narrow tweak-blog-item-alignment-left header-overlay-alignment-center view-item collection-type-blog">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Free UK shipping on all vinyl
orders over £40 this month</p></div><a class="sqs-announcement-bar-close" aria-label="Close Announcement"></a></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">
<div class="header-inner container--fluid"><div class="header-title"><div class="header-title-text"><a href="/">Quillfeather Records</a></div></div>
<nav class="header-nav"><div class="header-nav-list">${nav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a></div>`)
  .join('\n')}</div></nav>
<div class="header-actions"><a class="cart-link" href="/cart"><span class="cart-label">Cart</span> <span class="sqs-cart-quantity">0</span></a></div>
</div></header><main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="66c4b2f1">
<section class="page-section content-collection full-bleed-section collection-type-blog-basic-grid"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-quillfeather-records post-type-text" data-item-id="66c4b2f1">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date">
<time class="dt-published date-highlight" datetime="2026-08-20">20 Aug</time></div><div class="blog-meta-item blog-meta-item--author">
<span class="blog-author">Written By <a href="/news?author=5f6a">Quillfeather Records</a></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${title}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<div class="sqs-html-content">${ps(intro, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/content/corra-vane.jpg" alt="">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Corra Vane outside the cottage on Ronsay. Photo: Lowri Pask</p></div>
</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h2>${hA}</h2>
${ps(pA)}
<h2>${hB}</h2><ul data-rte-list="default">${formats.map((f) => `<li><p class="">${f}</p></li>`).join('\n')}</ul>
${ps(pB)}</div></div></div>
<div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/shop/peat-smoke-sessions" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Pre-order Now</a>
</div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h2>${hC}</h2>
${ps(pC)}</div></div></div></div></div></div></div></div>
<div class="blog-item-meta-wrapper blog-meta-bottom"><div class="blog-categories-list">${cats
  .map((c) => `<a href="/news?category=${c}" class="blog-categories">${c}</a>`)
  .join('\n')}</div><div class="blog-tags-list"><span class="blog-meta-tag-label">Tagged:</span>
${tags.map((t) => `<a href="/news?tag=${t}" class="blog-item-tag">${t}</a>`).join(', ')}</div></div>
<div class="blog-share-buttons"><div class="sqs-block-social-links"><a class="share-facebook" href="#">Facebook</a>
<a class="share-x" href="#">Twitter</a><a class="share-pinterest" href="#">Pinterest</a><a class="share-email" href="#">Email</a></div></div>
<section class="item-pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--prev" href="/news/autumn-reissues">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Autumn Reissues: Three Lost Tapes Back in Print</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/news/label-night">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Label Night at the Ashgrove Corn Exchange</h2></a></section>
</article></div></div></div></section>
<section class="page-section"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the Mailing List</h2>
<div class="newsletter-form-header-description"><p>New releases, secret shows and the odd recipe, once a month.</p></div></div>
<form class="newsletter-form"><input type="email" placeholder="Email Address"><button class="newsletter-form-button"
type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content">${ps(foot)}
<p>© 2026 Quillfeather Records. All rights reserved.</p></div></section></footer></div>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;

export const quillfeather: TestPage = {
  name: 'heldout307-squarespace-label-news-blog',
  kind: 'blog',
  html,
  title,
  headings: [hA, hB, hC],
  body: texts([...intro, ...pA, ...formats, ...pB, ...pC]),
  bylines: ['20 Aug', 'Written By Quillfeather Records'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free UK shipping on all vinyl orders over £40 this month', ...nav, 'Cart', 'Corra Vane outside the cottage on Ronsay. Photo: Lowri Pask',
    'Pre-order Now', ...cats, 'Tagged:', 'Facebook', 'Twitter', 'Pinterest', 'Email', 'Previous', 'Autumn Reissues: Three Lost Tapes Back in Print',
    'Next', 'Label Night at the Ashgrove Corn Exchange', 'Join the Mailing List', 'New releases, secret shows and the odd recipe, once a month.',
    'Sign Up', 'We respect your privacy.', ...foot.slice(1), '© 2026 Quillfeather Records. All rights reserved.',
  ],
};
