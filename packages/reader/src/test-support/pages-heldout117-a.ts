import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghostPost } from './pages-heldout117-a2.js';

/**
 * Held-out batch 117, file a: a Squarespace 7.0 (Brine family) blog post on a florist's site (announcement bar, header
 * with nav, search and cart, the hidden mobile overlay menu that repeats the nav, the BlogItem meta with author, date and
 * category, HTML, image and quote blocks, the share buttons and "Like" count, "Tagged:" list, prev/next pagination,
 * Squarespace comments with sort controls, footer blocks with a newsletter form, address, hours and footer nav, and the
 * cookie banner) and, from file a2, a Ghost (Source theme) post on a personal cycling site.
 */
const title = 'How to keep cut tulips standing tall in the vase';
const p1 = [
  'Tulips are the one flower customers bring back to the shop to complain about. They look perfect on the counter, and by the next ' +
    'morning they have flopped over the side of the vase as if they have given up on life. It is not you, and it is not a bad batch. ' +
    'Tulips keep growing after they are cut, sometimes by three centimetres or more, and they bend towards the light as they go.',
  'After twelve springs of selling them, here is what actually works, and a couple of popular tricks that <em>do not</em>.',
];
const h1 = 'Start with the right stems';
const p2 = [
  'Buy tulips while the buds are still closed and slightly green at the tip. They will open over two or three days at home and last ' +
    'far longer than ones that are already showing full colour. Squeeze the base of the bud gently; it should feel firm, not papery.',
  'If you are buying from us, ask for stems from the cold room rather than the display bucket. We keep them wrapped and chilled until ' +
    'they go out for exactly that reason.',
];
const h2 = 'Condition them before they go in the vase';
const p3 = ['Conditioning is the step most people skip, and it makes the biggest difference. When you get them home:'];
const list = [
  'Leave them in their paper wrap and trim about two centimetres off each stem with a sharp knife, cutting straight across.',
  'Stand the wrapped bunch upright in a jug of cool water, deep enough to reach halfway up the stems, for two hours.',
  'Keep the jug somewhere cool and away from the fruit bowl, because ripening fruit gives off ethylene, which makes flowers age faster.',
  'Unwrap them only once the stems feel firm and straight.',
];
const p4 = [
  'The paper holds the stems straight while they drink, so they set in that shape. Tulips that are put straight into a vase drink ' +
    'while leaning, and they stay leaning.',
];
const quote = 'A tulip that goes into the vase straight usually stays straight. One that goes in thirsty never quite recovers.';
const h3 = 'Tricks that do and don’t work';
const p5 = [
  'The pin through the stem is the trick everyone asks about. The idea is that a pinprick just below the flower head releases an air ' +
    'bubble and stops the stem bending. We have tried it side by side with untreated stems several times and never seen a ' +
    'difference, so we no longer recommend it.',
  'A copper coin in the water does not help either. What does help is a tall, narrow vase that supports the stems for most of their ' +
    'length, water only a few centimetres deep, and topping it up every day rather than filling it to the brim.',
  'Finally, turn the vase a quarter turn each morning. Tulips follow the light, and turning them keeps them from all leaning towards ' + 'the window at once.',
  'If you try all of this and still have droopy stems after a day, bring them back in and tell us. We would rather hear about it than ' +
    'have you give up on tulips altogether.',
];
const nav = ['Shop', 'Weddings', 'Workshops', 'Journal', 'About', 'Contact'];
const caption = 'Conditioning a bunch of ‘Ballerina’ tulips in their paper wrap before arranging.';
const share = ['Facebook', 'Twitter', 'Pinterest'];
const tags = ['tulips', 'flower care', 'spring'];
const comments = [
  {
    name: 'Harriet Lowe',
    when: '2 days ago',
    text: 'The paper wrap trick worked! First time my tulips have lasted a full week without flopping. Thank you.',
  },
  {
    name: 'Dev Raman',
    when: '5 days ago',
    text: 'I had always heard the pin trick was the answer. Glad to know I can stop stabbing my flowers.',
  },
  { name: 'Bramblewick Flowers', when: '5 days ago', text: 'Ha! Save the pins for the buttonholes, Dev.' },
];
const news = [
  'Join our mailing list',
  'Seasonal flower notes and workshop dates, once a month.',
  'Email Address',
  'Sign Up',
  'We respect your privacy.',
  'Thank you!',
];
const footInfo = ['Bramblewick Flowers', '4 Tanner’s Yard, Kelsford', 'Tuesday to Saturday, 9am to 5:30pm', 'hello@bramblewick.example'];
const footNav = ['Delivery information', 'Terms of sale', 'Privacy policy', 'Instagram'];
const cookie = 'We use cookies to give you the best experience on our website and to understand how it is used.';
const block = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_${id}">
<div class="sqs-block-content">${inner}</div></div>`;
const comment = (c: (typeof comments)[number], i: number): string => `<div class="comment-wrapper depth-${i === 2 ? 2 : 1}" data-comment-id="64f${i}">
<div class="comment${i === 2 ? ' by-author' : ''}"><div class="comment-header"><img class="avatar" src="//static1.squarespace.example/avatar-${i}.png" alt="">
<div class="comment-meta"><span class="author-name">${c.name}</span><span class="timestamp">${c.when}</span></div></div>
<div class="comment-body"><p>${c.text}</p></div><div class="comment-actions"><span class="like-button" role="button">Like</span>
<span class="reply-button" role="button">Reply</span></div></div></div>`;
const html = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta charset="utf-8">
<title>How to keep cut tulips standing tall in the vase — Bramblewick Flowers</title>
<link rel="canonical" href="https://www.bramblewick.example/journal/keep-cut-tulips-standing-tall">
<meta property="og:site_name" content="Bramblewick Flowers"><meta property="og:title" content="${title} — Bramblewick Flowers">
<meta property="og:type" content="article"><meta property="og:image" content="https://images.squarespace-cdn.example/content/v1/5e1/tulips.jpg">
<meta itemprop="author" content="Ines Calloway"><meta itemprop="datePublished" content="2025-03-18T08:40:12+0000">
<meta name="description" content="Tulips keep growing after they are cut. Here is how we condition them so they stay straight.">
<script type="text/javascript" src="//assets.squarespace.example/universal/scripts-compressed/common-vendors-stable-3f1e2b-min.en-US.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"templateId":"52a74dafe4b073a80cd253c5","templateVersion":"7","pageFeatures":[1,2,4],
"showAnnouncementBar":true,"collectionId":"5e1a0","itemId":"67d93","pageType":50};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${title}","author":"Ines Calloway",
"datePublished":"2025-03-18T08:40:12+0000","publisher":{"@type":"Organization","name":"Bramblewick Flowers"}}</script>
<link href="//static1.squarespace.example/static/sitecss/5e1a0/41/52a74dafe4b073a80cd253c5/5e1a0b/7/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-67d93a0c5b1e4f7a2c9d3e10" class="header--menu-center header-nav--primary-underline show-category-navigation event-show-past-events
gallery-design-grid blog-layout-center blog-list-pagination--simple hide-blog-sidebar blog-item-show-author-profile banner-alignment--center
ancillary-post-byline-position-top ancillary-post-sharing-position-bottom ancillary-post-tags-position-bottom ancillary-post-pagination-position-bottom
collection-type-blog collection-layout-default view-item" data-controller="HashManager, Parallax, SiteLoader, MobileClassname">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/shop" class="sqs-announcement-bar-url" target="_self">
<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><p>Mother’s Day orders close on Thursday at 4pm.</p></div></div></a>
<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span></div></div>
<div class="Mobile" data-nc-base="mobile-bar" data-controller="AncillaryLayout"><div class="Mobile-bar Mobile-bar--top" data-nc-group="top">
<div data-nc-container="top-left"><a href="/" class="Mobile-bar-branding" data-nc-element="branding" data-content-field="site-title">
<img src="//images.squarespace-cdn.example/content/v1/5e1/logo.png?format=750w" alt="Bramblewick Flowers" class="Mobile-bar-branding-logo"></a></div>
<div data-nc-container="top-right"><button class="Mobile-bar-menu" data-nc-element="menu-icon" data-controller-overlay="menu"
data-controller="MobileOverlayToggle"
aria-label="Open navigation menu"><svg class="Icon Icon--hamburger" viewBox="0 0 24 18"><use xlink:href="#hamburger"></use></svg></button></div></div>
<div class="Mobile-overlay"><div class="Mobile-overlay-menu" data-controller="MobileOverlayFolders"><div class="Mobile-overlay-menu-main">
<nav class="Mobile-overlay-nav Mobile-overlay-nav--primary" data-content-field="navigation">
${nav.map((t) => `<a href="/${t.toLowerCase()}" class="Mobile-overlay-nav-item">${t}</a>`).join('\n')}</nav></div></div>
<button class="Mobile-overlay-close" data-controller="MobileOverlayToggle" aria-label="Close navigation menu"><svg class="Icon Icon--close" viewBox="0 0 16 16">
<use xlink:href="#close"></use></svg></button><div class="Mobile-overlay-back" data-controller="MobileOverlayToggle"></div></div></div>
<div class="Site" data-nc-base="header" data-controller="AncillaryLayout"><div class="sqs-announcement-bar-dropzone"></div>
<header class="Header Header--top"><div class="Header-inner Header-inner--top" data-nc-group="top"><div data-nc-container="top-left">
<a href="/" class="Header-branding" data-nc-element="branding" data-content-field="site-title"><img
src="//images.squarespace-cdn.example/content/v1/5e1/logo.png"
alt="Bramblewick Flowers" class="Header-branding-logo"></a></div><div data-nc-container="top-center">
<nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav" data-content-field="navigation"><div class="Header-nav-inner">
${nav
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="Header-nav-item${t === 'Journal' ? ' Header-nav-item--active' : ''}">${t}</a>`,
  )
  .join('\n')}</div></nav></div>
<div data-nc-container="top-right"><div class="Header-search" data-nc-element="search"><form class="Header-search-form" action="/search" method="get">
<input class="Header-search-form-input" type="text" spellcheck="false" value="" aria-label="Search" placeholder="Search" name="q"></form></div>
<div class="Cart Header-cart" data-nc-element="cart"><a href="/cart" class="Cart-inner"><svg class="Icon Icon--cart" viewBox="0 0 31 24"><use
xlink:href="#cart"></use>
</svg><div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></a></div></div></div></header>
<div class="Content-outer"><main class="Main Main--blog-item"><section class="Main-content" data-content-field="main-content">
<article class="BlogItem hentry author-ines-calloway post-type-text article-index-1 tag-tulips tag-flower-care tag-spring category-flower-care"
id="article-67d93a0c5b1e4f7a2c9d3e10" data-item-id="67d93a0c5b1e4f7a2c9d3e10">
<div class="Blog-meta BlogItem-meta"><a href="/journal?author=5e1a0c" class="Blog-meta-item Blog-meta-item--author">Ines Calloway</a>
<time class="Blog-meta-item Blog-meta-item--date" datetime="2025-03-18">March 18, 2025</time><span class="Blog-meta-item Blog-meta-item--categories">
<a href="/journal?category=Flower+Care" class="Blog-meta-item-category">Flower Care</a></span></div>
<h1 class="BlogItem-title" data-content-field="title">${title}</h1>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1742288412000" id="item-67d93a0c5b1e4f7a2c9d3e10"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
${block('1742287', ps(p1))}
<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-yui_3_17_2_1_1742288"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none"
data-test="image-block-inline-outer-wrapper">
<figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;"><div class="image-block-wrapper" data-animation-role="image">
<div class="sqs-image-shape-container-element has-aspect-ratio" style="position: relative; padding-bottom:66.6%; overflow: hidden;">
<img class="thumb-image" data-src="https://images.squarespace-cdn.example/content/v1/5e1/conditioning.jpg" data-image-dimensions="1500x1000"
data-image-focal-point="0.5,0.5" alt="" data-load="false" data-image-id="67d93b" data-type="image"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>${caption}</p></div></figcaption></figure></div></div></div>
${block(
  '1742289',
  `<h2>${h1}</h2>\n${ps(p2)}\n<h2>${h2}</h2>\n${ps(p3)}\n<ul
data-rte-list="default">\n${list.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>\n${ps(p4)}`,
)}
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_3_17_2_1_1742290"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>${quote}<span>”</span></blockquote><figcaption class="source">— Ines
Calloway</figcaption></figure></div></div>
${block('1742291', `<h2>${h3}</h2>\n${ps(p5)}`)}
</div></div></div>
<div class="BlogItem-share"><div class="squarespace-social-buttons inline-style" data-system-data-id="67d93b"
data-asset-url="https://images.squarespace-cdn.example/t.jpg"
data-record-type="1" data-full-url="/journal/keep-cut-tulips-standing-tall" data-title="${title}">
${share
  .map(
    (t) => `<a class="ss-social-button" href="#" data-service="${t.toLowerCase()}"><span
class="ss-social-button-icon"></span><span>${t}</span></a>`,
  )
  .join('\n')}
</div><span class="sqs-simple-like" data-item-id="67d93a0c5b1e4f7a2c9d3e10" data-like-count="24" role="button" tabindex="0">
<span class="like-icon"></span><span class="like-count">24 Likes</span></span></div>
<div class="BlogItem-meta-item BlogItem-meta-item--tags"><span class="BlogItem-meta-item-label">Tagged:</span>
${tags.map((t) => `<a href="/journal?tag=${t.replace(' ', '+')}" class="BlogItem-meta-item-tag">${t}</a>`).join(', ')}</div>
<nav class="BlogItem-pagination clear" data-content-field="pagination">
<a href="/journal/dahlia-tubers-overwinter" class="BlogItem-pagination-link BlogItem-pagination-link--prev"><svg class="BlogItem-pagination-link-icon"
viewBox="0 0 23 48">
<use xlink:href="#arrow-left"></use></svg><div class="BlogItem-pagination-link-content"><div class="BlogItem-pagination-link-label">Previous</div>
<h4 class="BlogItem-pagination-link-title">Lifting and storing dahlia tubers over winter</h4></div></a>
<a href="/journal/wedding-buttonholes" class="BlogItem-pagination-link BlogItem-pagination-link--next"><div class="BlogItem-pagination-link-content">
<div class="BlogItem-pagination-link-label">Next</div><h4 class="BlogItem-pagination-link-title">Five buttonholes that survive a whole wedding day</h4></div>
<svg class="BlogItem-pagination-link-icon" viewBox="0 0 23 48"><use xlink:href="#arrow-right"></use></svg></a></nav>
<section id="comments-section" class="BlogItem-comments"><div class="squarespace-comments" id="comments-67d93a0c5b1e4f7a2c9d3e10"><div class="comments-content">
<div class="header-controls"><div class="comment-count">3 Comments</div><div class="sort-control"><span class="sort-label">Sort by</span>
<span class="sort-option selected" data-sort="newest">Newest</span><span class="sort-option" data-sort="oldest">Oldest</span>
<span class="sort-option" data-sort="likes">Most liked</span></div></div>
<div class="new-comment-area"><div class="comment-input" role="button" tabindex="0">Leave a comment…</div></div>
<div class="comments-list">${comments.map(comment).join('\n')}</div></div></div></section></article></section></main></div>
<footer class="Footer" role="contentinfo" data-controller="FooterBreakpoints" data-nc-group="footer"><div class="Footer-inner clear">
<div class="sqs-layout sqs-grid-12 columns-12 Footer-blocks Footer-blocks--top" data-layout-label="Footer Top Blocks" data-type="block-field"
id="footerBlocksTop">
<div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"
id="block-yui_3_17_2_1_1580"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="5e1a0f" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">${news[0]}</h2><div class="newsletter-form-header-description"><p>${news[1]}</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="5e1a0f-email-field">${news[2]}</label><input id="5e1a0f-email-field" class="newsletter-form-field-element field-element" name="email" type="email"
placeholder="Email Address"></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button"
type="submit">
<span class="newsletter-form-button-label">${news[3]}</span></button></div></div><footer class="newsletter-form-footer"><p
class="newsletter-form-footnote">${news[4]}
</p></footer><div class="hidden form-submission-text">${news[5]}</div></form></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1581"><div
class="sqs-block-content">
${footInfo.map((t) => `<p>${t}</p>`).join('\n')}</div></div></div></div></div>
<nav class="Footer-nav" data-nc-element="footer-nav"><div
class="Footer-nav-group"><ul>${links(footNav, 'Footer-nav-item')}</ul></div></nav></div></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 BOTTOM_BAR" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-content">
<div class="sqs-cookie-banner-v2-text"><p>${cookie}</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary">Decline</button></div></div></div></div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document);
}})();</script>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const squarespace: TestPage = {
  html,
  name: 'heldout117-squarespace-brine-blog-post',
  kind: 'blog',
  title,
  headings: [h1, h2, h3],
  body: [...texts(p1), ...p2, ...p3, ...list, ...p4, quote, ...p5],
  bylines: ['Ines Calloway', 'March 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Mother’s Day orders close on Thursday at 4pm.', ...nav, 'Flower Care', caption, ...share, '24 Likes', 'Tagged:', ...tags, 'Previous',
    'Lifting and storing dahlia tubers over winter', 'Next', 'Five buttonholes that survive a whole wedding day', '3 Comments', 'Sort by', 'Newest',
    'Oldest', 'Most liked', 'Leave a comment…', ...comments.flatMap((c) => [c.name, c.when, c.text]), 'Like', 'Reply', ...news, ...footInfo,
    ...footNav, cookie, 'Accept', 'Decline',
  ])],
};

export const HELDOUT117_A: readonly TestPage[] = [squarespace, ghostPost];
