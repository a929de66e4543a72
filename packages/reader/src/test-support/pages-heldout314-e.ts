import { links, ps, type TestPage, texts } from './page-kit.js';
import { elementorFaq } from './pages-heldout314-e2.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file e: a florist's flower-care guide on a Squarespace 7.0 blog (Brine family: announcement bar,
 * Header-nav, BlogItem-meta with author, date and category, sqs-block html and image blocks with a caption, BlogItem-share,
 * BlogItem-pagination, Squarespace comments and the Footer blocks) and, from file e2, a cleaning company's FAQ page built
 * with Elementor.
 */
const fTitle = 'Making Cut Flowers Last: A Care Guide';
const fIntro = [
  j(
    'A well-conditioned bouquet should give you a week at least, and many of our stems will go on for two. Most flowers that',
    'droop early have simply run out of clean water. Five minutes of care on the day they arrive makes all the difference.',
  ),
];
const fArrive = [
  'Fill a spotless vase with cool water and add the sachet of flower food that came with your bouquet.',
  'Strip any leaves that would sit below the waterline; they rot quickly and cloud the water.',
  'Cut each stem at a sharp angle, about two centimetres up, with a clean knife or secateurs.',
  'Put the flowers in water straight away, before the cut ends have a chance to seal.',
];
const fDaily = [
  j(
    'Top up the water every day, and change it completely every two or three days, recutting the stems as you go. Keep the',
    'vase away from radiators, sunny windowsills and the fruit bowl: ripening fruit gives off ethylene, which ages flowers fast.',
  ),
];
const fStems = [
  j(
    'Roses like deep water and benefit from a recut under running water if their heads begin to nod. Tulips keep growing in the',
    'vase and bend towards the light, so turn the vase daily. Hydrangeas drink through their petals as well as their stems; a',
    'wilted head will often revive after an hour submerged in a sink of cool water.',
  ),
  j(
    'Daffodils release a sap that shortens the life of other flowers. Stand them on their own for a few hours before mixing them',
    'into an arrangement, and do not recut them afterwards.',
  ),
];
const fQuote = 'Clean vase, clean water, clean cut. Everything else is a bonus.';
const fNav = ['Shop', 'Weddings', 'Subscriptions', 'Journal', 'Visit'];
const block = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content">${inner}</div></div>`;
const fHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="initial-scale=1">
<title>Making Cut Flowers Last: A Care Guide — Wren &amp; Willow Flowers</title>
<meta property="og:site_name" content="Wren &amp; Willow Flowers"><meta property="og:title" content="Making Cut Flowers Last: A Care Guide">
<meta property="og:type" content="article"><meta itemprop="author" content="Imogen Tarrant"><meta itemprop="datePublished" content="2026-02-18T09:00:00+0000">
<script type="application/ld+json">{"url":"https://www.wrenandwillow.example/journal/flower-care","name":"Making Cut Flowers Last","author":
"Imogen Tarrant","datePublished":"2026-02-18T09:00:00+0000","@context":"http://schema.org","@type":"BlogPosting"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"templateId":"52a74dafe4b073a80cd253c5","collection":{"typeName":"blog"}};</script></head>
<body id="item-65d1a9" class="announcement-bar-enabled tweak-social-icons-style-regular header--menu-open-false view-item collection-type-blog
collection-layout-default mobile-style-available">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<p>Free local delivery on orders over £40</p></div></div></div></div>
<div class="Parallax-host-outer"><div class="Parallax-host"></div></div><div class="Site" data-nc-base="header" data-controller="AncillaryLayout">
<div class="sqs-announcement-bar-dropzone"></div><header class="Header Header--top"><div class="Header-inner Header-inner--top" data-nc-group="top">
<div data-nc-container="top-left"><a href="/" class="Header-branding" data-nc-element="branding" data-content-field="site-title">Wren &amp; Willow</a></div>
<div data-nc-container="top-right"><nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav" data-content-field="navigation">
<div class="Header-nav-inner">${fNav
  .map((t) => `<a href="/${t.toLowerCase()}" class="Header-nav-item${t === 'Journal' ? ' Header-nav-item--active' : ''}">${t}</a>`)
  .join('')}</div></nav>
<div class="Cart"><a href="/cart" class="Cart-inner"><span class="Cart-count sqs-cart-quantity">0</span></a></div></div></div></header>
<div class="Content-outer"><main class="Main Main--blog-item"><section class="Main-content" data-content-field="main-content">
<article class="BlogItem hentry category-care-guides author-imogen-tarrant post-type-text article-index-1" data-item-id="65d1a9c2">
<div class="BlogItem-meta"><div class="Blog-meta BlogItem-meta"><a href="/journal?author=5f2a" class="Blog-meta-item Blog-meta-item--author">Imogen Tarrant</a>
<time class="Blog-meta-item Blog-meta-item--date" datetime="2026-02-18">February 18, 2026</time><span class="Blog-meta-item Blog-meta-item--categories">
<a href="/journal?category=Care+Guides" class="Blog-meta-item-category">Care Guides</a></span></div></div>
<h1 class="BlogItem-title" data-content-field="title">${fTitle}</h1>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1708246800000" id="item-65d1a9c2"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
${block('yui_3_17_2_1_1708_101', ps(fIntro))}
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1708_102"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline">
<div class="intrinsic"><img data-src="https://images.squarespace-cdn.example/content/v1/ranunculus.jpg" alt="" class="thumb-image" data-load="false"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Ranunculus from our February subscription box. Photo: Tom Reyes</p></div></figcaption>
</div></figure></div></div>
${block('yui_3_17_2_1_1708_103', `<h2>On the day they arrive</h2><ol>${fArrive.map((a) => `<li><p>${a}</p></li>`).join('')}</ol>`)}
${block('yui_3_17_2_1_1708_104', `<h2>Every day after</h2>${ps(fDaily)}`)}
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_3_17_2_1_1708_105"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>${fQuote}<span>”</span></blockquote><figcaption class="source">— Our head florist,
Agnes</figcaption></figure></div></div>
${block('yui_3_17_2_1_1708_106', `<h2>Stem by stem</h2>${ps(fStems)}`)}
${block('yui_3_17_2_1_1708_107', '<p><strong><a href="/subscriptions">Fresh flowers every fortnight: see our subscriptions</a></strong></p>')}
</div></div></div>
<div class="BlogItem-share"><div class="Share"><div class="squarespace-social-buttons inline-style" data-system-data-id="65d1a9c2" data-asset-url=""
data-record-type="1" data-full-url="/journal/flower-care" data-title="Making Cut Flowers Last"><span class="ss-social-button-wrapper">
<span class="ss-social-button"><span class="ss-social-button-text">Facebook</span></span><span class="ss-social-button"><span
class="ss-social-button-text">Pinterest</span>
</span></span></div></div></div>
<nav class="BlogItem-pagination clear"><a href="/journal/wedding-buttonholes" class="BlogItem-pagination-link BlogItem-pagination-link--prev">
<div class="BlogItem-pagination-link-content"><div class="BlogItem-pagination-link-label">Previous</div>
<h2 class="BlogItem-pagination-link-title">Buttonholes That Survive the Reception</h2></div></a>
<a href="/journal/spring-bulbs" class="BlogItem-pagination-link BlogItem-pagination-link--next"><div class="BlogItem-pagination-link-content">
<div class="BlogItem-pagination-link-label">Next</div><h2 class="BlogItem-pagination-link-title">Planting Bulbs for Next Spring</h2></div></a></nav>
<div class="BlogItem-comments"><div class="squarespace-comments" id="comments-65d1a9c2"><div class="comment-header"><div class="comment-count">1 Comment</div>
<div class="comment-sort">Newest First</div></div><div class="comment-list"><div class="comment" data-comment-id="a1"><div class="comment-meta">
<span class="author-name">Hollie M.</span> <span class="comment-date">2 weeks ago</span></div><div class="comment-body">
<p>The tip about the fruit bowl explains so much. My tulips used to last three days!</p></div><div class="comment-actions"><a class="reply">Reply</a>
<a class="like">Like</a></div></div></div><div class="comment-input"><a class="preview-comment">Preview</a> <a class="post-comment">Post
Comment…</a></div></div></div>
</article></section></main></div>
<footer class="Footer" role="contentinfo" data-nc-group="footer" data-controller="FooterBreakpoints"><div class="Footer-inner clear">
<div class="sqs-layout sqs-grid-12 columns-12 Footer-blocks Footer-blocks--bottom" data-type="block-field" id="footerBlocksBottom"><div class="row sqs-row">
${block('yui_3_17_2_1_900', '<p>Wren &amp; Willow Flowers · 3 Market Arcade, Dunholm</p><p>Shop open Mon–Sat 9am–5pm</p>')}
${block('yui_3_17_2_1_901', `<ul>${links(['Delivery Information', 'Returns', 'Privacy'])}</ul>`)}
</div></div></div></footer></div>
<script src="https://static1.squarespace.example/static/ta/5c3e8e/site-bundle.js"></script></body></html>`;
const sqsFlorist: TestPage = {
  name: 'heldout314-squarespace70-florist-care-guide',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: ['On the day they arrive', 'Every day after', 'Stem by stem'],
  body: texts([...fIntro, ...fArrive, ...fDaily, fQuote, ...fStems]),
  bylines: ['Imogen Tarrant', 'February 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free local delivery on orders over £40', 'Wren & Willow', ...fNav, 'Care Guides', 'Ranunculus from our February subscription box. Photo: Tom Reyes',
    '— Our head florist, Agnes', 'Fresh flowers every fortnight: see our subscriptions', 'Facebook', 'Pinterest', 'Previous',
    'Buttonholes That Survive the Reception', 'Next', 'Planting Bulbs for Next Spring', '1 Comment', 'Newest First', 'Hollie M.', '2 weeks ago',
    'The tip about the fruit bowl explains so much. My tulips used to last three days!', 'Reply', 'Like', 'Preview', 'Post Comment…',
    'Wren & Willow Flowers · 3 Market Arcade, Dunholm', 'Shop open Mon–Sat 9am–5pm', 'Delivery Information', 'Returns', 'Privacy',
  ],
};

export const HELDOUT314_E: readonly TestPage[] = [sqsFlorist, elementorFaq];
