import { ps, type TestPage, texts } from './page-kit.js';
import { wikiEntry } from './pages-heldout348-e2.js';
import { paras } from './pages-heldout348-kit.js';

/**
 * Held-out batch 348, file e: a houseplant blog post on Squarespace 7.1 (header with nav and cart, blog-item-wrapper with
 * categories, date, author and share buttons, sqs-block html/image/quote/newsletter blocks, item pagination, Squarespace
 * comments, footer sections and the cookie banner) and, from file e2, a plant database entry on MediaWiki.
 */
const qTitle = 'How I finally stopped killing calatheas';
const q1 = paras(`
I have a confession: before this year I had killed four calatheas. Crispy brown edges, leaves curling into tubes, then the slow
collapse. Each time I blamed the plant. This spring I decided to treat the fifth one as an experiment instead.

Calatheas come from the forest floor, where the air is humid, the light is dappled and the water that reaches them is soft. A
centrally heated flat with hard tap water is about as far from that as you can get, so the fixes are mostly about closing that gap.
`);
const q2 = paras(`
The single biggest change was the water. Where I live the tap water is hard, and the brown tips started within weeks of every
new plant arriving. Now I use rainwater from a bucket on the balcony, or filtered water left to stand overnight, and the new
leaves have come through clean.
`);
const q3 = paras(`
I tried misting first, which did nothing except leave water marks. What worked was grouping plants together on a tray of wet
gravel, and moving the calathea away from the radiator. My little hygrometer reads 55 to 60% on that shelf, against about 40%
in the rest of the room.
`);
const qList = [
  'Water when the top 2cm of compost is dry, never letting it dry out fully',
  'Bright, indirect light: a metre back from an east window works for me',
  'Feed at half strength once a month from April to September',
  'Cut off brown leaves at the base; they will not recover',
];
const qQuote = 'Stop fighting the plant, and start changing the room.';
const q4 = paras(`
Seven months in, my Calathea orbifolia has put out nine new leaves and not one crispy edge. I am not claiming to be an expert,
but I am no longer afraid of the prayer plant family. After that, a stromanthe, which I am told is even fussier.
`);
const qNav = ['Blog', 'Shop', 'Plant clinic', 'About'];
const qComments = [
  ['Yusra', 'The rainwater tip changed everything for me too. My maranta is finally happy.'],
  ['Dominic F.', 'Does the gravel tray attract fungus gnats? I have had trouble with them.'],
] as const;
const qHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${qTitle} — Leaf &amp; Lantern</title>
<link rel="canonical" href="https://www.leafandlantern.example/blog/calatheas"><meta property="og:site_name" content="Leaf &amp; Lantern">
<meta property="og:title" content="${qTitle} — Leaf &amp; Lantern"><meta property="og:type" content="article"><meta itemprop="author" content="Tamsin Oduya">
<meta itemprop="datePublished" content="2026-10-12T10:15:00+0100"><meta itemprop="headline" content="${qTitle}">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js">
</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","website":{"id":"5f1c0a","siteTitle":"Leaf & Lantern"},
"collection":{"title":"Blog","typeName":"blog"},"item":{"title":"${qTitle}","author":{"displayName":"Tamsin Oduya"}}};</script>
<script type="application/ld+json">{"url":"https://www.leafandlantern.example","name":"Leaf & Lantern","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${qTitle}","@context":"http://schema.org","@type":"BlogPosting","author":{"@type":"Person",
"name":"Tamsin Oduya"}}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/5f1c0a/14/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6523f0" class="primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-show-author-name collection-type-blog
view-item collection-layout-default mobile-style-available sqs-seven-one"><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" role="banner"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/"
id="site-title">Leaf &amp; Lantern</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop">
<div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="icon-cart-quantity">0</div>
</span></a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6523ef"><section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide"><div class="content-wrapper">
<div class="content">
<article class="entry h-entry hentry author-tamsin-oduya post-type-text article-index-1 category-care-guides">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-category-wrapper">
<div class="blog-meta-item blog-meta-item--categories">
<a href="/blog?category=Care+Guides" class="blog-item-category">Care Guides</a></div></div><div class="blog-item-title"><h1 class="entry-title
entry-title--large p-name" data-content-field="title">${qTitle}</h1></div><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date">
<time class="dt-published date-highlight" datetime="2026-10-12">12 October</time></div><div class="blog-meta-item blog-meta-item--author">
<a href="/blog?author=6523" class="blog-author-name">Tamsin Oduya</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" data-updated-on="1760260500000">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6523f0"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(q1, ' class="" style="white-space:pre-wrap;"')}<h2 style="white-space:pre-wrap;">Change the water</h2>${ps(q2, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content"><figure class="sqs-block-image-figure
intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example/content/v1/orbifolia.jpg" alt=""></div>
<figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">The orbifolia on its gravel tray, October.</p></div>
</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Humidity without the misting</h2>${ps(q3, ' class="" style="white-space:pre-wrap;"')}<h3>My routine now</h3>
<ul data-rte-list="default">${qList.map((l) => `<li><p class="" style="white-space:pre-wrap;">${l}</p></li>`).join('\n')}</ul></div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-a4"><div class="sqs-block-content"><figure><blockquote
data-animation-role="quote"><span>“</span>${qQuote}<span>”</span></blockquote></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a5"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Seven months on</h2>${ps(q4, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-a6"><div class="sqs-block-content">
<div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the Leaf Letter</h2><div class="newsletter-form-header-description">
<p>One email a month with care tips and new arrivals in the shop.</p></div></div><form class="newsletter-form"><div class="newsletter-form-field-wrapper">
<label class="newsletter-form-field-label title" for="email-yui">Email Address</label><input class="newsletter-form-field-element field-element" name="email"
type="email" id="email-yui"></div><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span>
</button></form></div></div></div></div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><div class="blog-item-share-wrapper"><div class="blog-share-buttons"><div class="blog-share-button">Share</div>
<a href="https://www.facebook.example/sharer" class="blog-share-button blog-share-button--facebook">Facebook</a><a href="https://x.example/intent/tweet"
class="blog-share-button blog-share-button--x">X</a><a href="https://pinterest.example/pin/create" class="blog-share-button">Pinterest</a></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/blog?author=6523" class="blog-item-author-profile-name">Tamsin Oduya</a>
<div class="author-bio"><p>Tamsin runs Leaf &amp; Lantern, a tiny plant shop and repotting studio in Bristol.</p></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev" href="/blog/pothos">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Pothos propagation in water, week by week</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/blog/soil"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Mixing your own aroid soil</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments"><div class="comments-header">2 Comments</div>
${qComments
  .map(
    ([n, c]) => `<div class="comment"><div class="comment-author"><span class="author-name">${n}</span></div><div class="comment-body"><p>${c}</p></div>
<div class="comment-controls"><a class="reply">Reply</a></div></div>`,
  )
  .join('\n')}</div></div></div></div></article></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Leaf &amp; Lantern, 14 Colston Yard, Bristol</p><p class="" style="white-space:pre-wrap;">Open Thursday to Sunday,
11am to 5pm</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.example/static/vta/5c5a519771b2/scripts/site-bundle.js"></script></body></html>`;
const squarespacePost: TestPage = {
  name: 'heldout348-squarespace-blog',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: ['Change the water', 'Humidity without the misting', 'My routine now', 'Seven months on'],
  body: [...texts(q1), ...texts(q2), ...texts(q3), ...qList, qQuote, ...texts(q4)],
  bylines: ['12 October', 'Tamsin Oduya'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Leaf & Lantern', ...qNav, 'Care Guides', 'The orbifolia on its gravel tray, October.', 'Join the Leaf Letter',
    'One email a month with care tips and new arrivals in the shop.', 'Email Address', 'Sign Up', 'Share', 'Facebook', 'Pinterest',
    'Tamsin runs Leaf & Lantern, a tiny plant shop and repotting studio in Bristol.', 'Previous', 'Pothos propagation in water, week by week', 'Next',
    'Mixing your own aroid soil', '2 Comments', ...qComments.flatMap((c) => [c[0], c[1]]), 'Reply', 'Leaf & Lantern, 14 Colston Yard, Bristol',
    'Open Thursday to Sunday, 11am to 5pm', 'This website uses cookies to improve your experience.', 'Accept all', 'Manage cookies',
  ],
};

export const HELDOUT348_E: readonly TestPage[] = [squarespacePost, wikiEntry];
