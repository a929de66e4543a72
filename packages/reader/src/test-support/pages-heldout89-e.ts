import { type TestPage, texts } from './page-kit.js';
import { pythonDocs } from './pages-heldout89-e2.js';

/**
 * Held-out batch 89, file e: a Squarespace 7.0 blog post in the Brine template family (the announcement bar, the header with
 * the primary nav, cart and the hidden mobile overlay nav, the blog item's top meta with category and date, the author line,
 * image blocks with captions, a quote block, a button block, tags and categories at the bottom, the Share button, the native
 * Squarespace comments with two comments and the "Post Comment…" prompt, the prev/next pagination, the footer blocks with a
 * newsletter form and the cookie banner) and, from file e2, a Python standard-library documentation page.
 */
const sqTitle = 'What “natural process” really means on a bag of coffee';
const sqP1 = [
  'Every few weeks someone at the counter picks up a bag of our Ethiopian and asks the same question: what does “natural” mean here? Isn’t all ' +
    'coffee ' +
    'natural? It is a fair question, and the label does not help much. So here is the long answer.',
  'After coffee cherries are picked, the seed inside (the bit that becomes the bean you grind) has to be separated from the fruit and dried. How a ' +
    'farm does that is called processing, and it changes the taste of the cup almost as much as where the coffee was grown.',
];
const sqH1 = 'Washed, natural and honey';
const sqP2 = ['There are three main methods, and most of the bags on our shelf will say one of them:'];
const sqList = [
  '<strong>Washed.</strong> The fruit is stripped off by machine, the seeds are left to ferment in water for a day or two to loosen the sticky layer ' +
    'that remains, and then they are washed clean and dried. Washed coffees tend to taste clean and bright.',
  '<strong>Natural.</strong> The whole cherry is dried in the sun, fruit and all, for three to four weeks before the dried husk is removed. The seed ' +
    'sits inside the fruit the whole time, and it tastes like it: think blueberry, strawberry jam, sometimes a hint of wine.',
  '<strong>Honey.</strong> Somewhere in between. The skin is removed but some of the sticky fruit is left on while the seed dries. There is no actual ' +
    'honey involved; the name comes from how the coffee looks and feels while it dries.',
];
const sqQuote = 'A good natural tastes like fruit. A bad one tastes like fruit that has been left in a hot car.';
const sqH2 = 'Why naturals are hard to get right';
const sqP3 = [
  'Drying a whole cherry is slow and risky. If the fruit is piled too thick or gets caught in the rain, it can start to rot or go mouldy, and those ' +
    'flavours end up in the cup. The best farms dry their naturals on raised beds, turning them by hand several times a day and covering them at night.',
  'That is a lot of work, which is one reason good naturals cost more. It is also why we cup every lot of natural coffee we buy at least twice before ' +
    'it goes on sale.',
];
const sqH3 = 'Which one should you buy?';
const sqP4 = [
  'Honestly, it depends what you like. If you drink your coffee black and want something that tastes unmistakably fruity, try a natural. If you take ' +
    'milk, or you like a cup that is sweet and balanced, a washed coffee from Colombia or Guatemala is a safer bet.',
  'Our current natural is the Guji Hambela, and it is the most jammy coffee we have roasted this year. Come in and try a cup before you buy a bag. We ' +
    'will happily talk you through it.',
];
const sqAnnounce = 'Free UK delivery on orders over £30 — order by Thursday for weekend delivery.';
const sqNav = ['Shop', 'Subscriptions', 'Wholesale', 'Journal', 'Visit Us', 'About'];
const sqCaption = 'Natural-process cherries drying on raised beds at the Hambela washing station.';
const sqCaption2 = 'The same coffee at three stages: fresh cherry, dried cherry, green bean.';
const sqButton = 'Shop the Guji Hambela';
const sqTags = ['brewing', 'coffee basics', 'Ethiopia'];
const sqComments = [
  { name: 'Priya S', ago: '2 days ago', text: 'This is so helpful. I always thought natural meant organic!' },
  { name: 'Tom Whitlock', ago: '3 days ago', text: 'Had the Hambela as a filter on Saturday, absolutely loved it. Tastes like blueberry muffins.' },
];
const sqFooter = ['Tallow & Finch Coffee Roasters', 'Unit 4, Canal Yard, Hebden Mill', 'Mon–Fri 8am–4pm, Sat 9am–2pm', 'hello@tallowandfinch.co.uk'];
const sqNews = ['Join our mailing list', 'New coffees, brewing tips and the odd discount. No spam, ever.', 'Email Address', 'Sign Up', 'Thank you!'];
const sqCookie = 'This website uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.';
const sqBlock = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content">${inner}</div></div>`;
const sqImg = (id: string, cap: string): string => `<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-${id}">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure
intrinsic">
<div class="image-block-wrapper has-aspect-ratio" data-animation-role="image"><noscript><img src="https://images.squarespace-cdn.com/content/v1/${id}.jpg"
alt=""></noscript><img class="thumb-image" data-src="https://images.squarespace-cdn.com/content/v1/${id}.jpg" data-image-dimensions="2000x1333" alt=""></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>${cap}</p></div></figcaption></figure></div></div></div>`;
const sqHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="initial-scale=1"><base href=""><meta charset="utf-8">
<title>What “natural process” really means on a bag of coffee — Tallow &amp; Finch Coffee Roasters</title>
<link rel="canonical" href="https://www.tallowandfinch.co.uk/journal/natural-process-coffee"><meta property="og:site_name" content="Tallow &amp; Finch
Coffee Roasters">
<meta property="og:title" content="${sqTitle} — Tallow &amp; Finch Coffee Roasters"><meta property="og:type" content="article">
<meta itemprop="author" content="Tallow &amp; Finch Coffee Roasters"><meta itemprop="datePublished" content="2025-10-29T10:05:00+0000">
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/common-vendors-stable-3a6c1b0e-min.en-US.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"templateId":"52a74dafe4b073a80cd253c5","templateVersion":"7","pageType":50,"collectionId":"5e8f1",
"itemId":"6360a1","showAnnouncementBar":true};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sqTitle}","author":"Jonah Ferris",
"datePublished":"2025-10-29T10:05:00+0000","publisher":{"@type":"Organization","name":"Tallow & Finch Coffee Roasters"}}</script>
<link rel="stylesheet" type="text/css" href="//static1.squarespace.com/static/sitecss/5e8f0a/24/52a74dafe4b073a80cd253c5/5e8f0a1b/site.css"></head>
<body id="item-6360a1f4c2b8d95e1a7d3c20" class="header--fixed header-overlay-alignment-center tweak-blog-item-meta-date tweak-blog-item-meta-author
tweak-blog-item-pagination-title tweak-social-icons-style-regular show-category-navigation event-show-past-events view-item collection-type-blog
collection-layout-default mobile-style-available has-banner-image">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a class="sqs-announcement-bar-url" href="/shop"><div
class="sqs-announcement-bar-content">
<p>${sqAnnounce}</p></div></a><span class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></span></div></div>
<div class="Mobile" data-nc-base="mobile-bar" data-controller="AncillaryLayout"><div class="Mobile-bar Mobile-bar--top"><div data-nc-container="top-left"><a
href="/" class="Mobile-bar-branding" data-nc-element="branding">Tallow &amp; Finch</a></div><div data-nc-container="top-right"><button class="Mobile-bar-menu"
data-controller-overlay="menu"><span class="Mobile-bar-menu-label">Menu</span></button></div></div><div class="Mobile-overlay" hidden><div
class="Mobile-overlay-menu">
<nav class="Mobile-overlay-nav Mobile-overlay-nav--primary" data-content-field="navigation">
${sqNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="Mobile-overlay-nav-item">${t}</a>`).join('\n')}</nav></div></div></div>
<div class="Site" data-nc-base="header" data-controller="AncillaryLayout"><div class="sqs-cart-dropzone"></div>
<header class="Header Header--top" data-controller="HeaderOverlay"><div class="Header-inner Header-inner--top" data-nc-group="top"><div
data-nc-container="top-left">
<nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav" data-content-field="navigation"><div class="Header-nav-inner">
${sqNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="Header-nav-item${t === 'Journal' ? ' active' : ''}">${t}</a>`).join('\n')}
</div></nav></div><div data-nc-container="top-center"><a href="/" class="Header-branding" data-nc-element="branding" data-content-field="site-title">
<img src="//images.squarespace-cdn.com/content/v1/5e8f0a/logo.png?format=750w" alt="Tallow &amp; Finch Coffee Roasters"
class="Header-branding-logo"></a></div>
<div data-nc-container="top-right"><div class="Cart" data-nc-element="cart"><a href="/cart" class="Cart-inner"><svg class="Icon Icon--cart"></svg>
<div class="sqs-cart-quantity">0</div></a></div></div></div></header>
<div class="Content-outer"><main class="Main Main--blog-item"><section class="Main-content" data-content-field="main-content">
<article class="BlogItem hentry category-coffee-basics tag-brewing tag-coffee-basics tag-ethiopia author-jonah-ferris post-type-text article-index-1"
id="article-6360a1f4c2b8d95e1a7d3c20" data-item-id="6360a1f4c2b8d95e1a7d3c20"><div class="BlogItem-topMeta"><a href="/journal?category=Coffee+Basics"
class="Blog-meta-item Blog-meta-item--categories">Coffee Basics</a><time class="Blog-meta-item Blog-meta-item--date" datetime="2025-10-29">October 29,
2025</time></div>
<h1 class="BlogItem-title" data-content-field="title">${sqTitle}</h1>
<div class="BlogItem-meta"><a href="/journal?author=5e8f0b" class="Blog-meta-item Blog-meta-item--author">Jonah Ferris</a></div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1761732300000" id="item-6360a1f4c2b8d95e1a7d3c20"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
${sqBlock('yui_3_17_2_1_1761731_2201', sqP1.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n'))}
${sqImg('yui_3_17_2_1_1761731_3310', sqCaption)}
${sqBlock(
  'yui_3_17_2_1_1761731_4420',
  `<h2>${sqH1}</h2>\n<p class="" style="white-space:pre-wrap;">${sqP2[0]}</p>\n<ul data-rte-list="default">
${sqList.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>`,
)}
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_3_17_2_1_1761731_5530"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>${sqQuote}<span>”</span></blockquote><figcaption class="source">— Jonah Ferris, head
roaster</figcaption>
</figure></div></div>
${sqBlock('yui_3_17_2_1_1761731_6640', `<h2>${sqH2}</h2>\n${sqP3.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n')}`)}
${sqImg('yui_3_17_2_1_1761731_7750', sqCaption2)}
${sqBlock('yui_3_17_2_1_1761731_8860', `<h2>${sqH3}</h2>\n${sqP4.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n')}`)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1761731_9970"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium">
<a href="/shop/guji-hambela" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">${sqButton}</a></div></div></div>
</div></div></div>
<div class="BlogItem-meta BlogItem-meta--bottom"><div class="Blog-meta-item Blog-meta-item--tags"><span class="Blog-meta-item-label">Tags</span>
${sqTags.map((t) => `<a href="/journal?tag=${t.replace(/ /g, '+')}" class="Blog-meta-item-tag">${t}</a>`).join(', ')}</div></div>
<div class="BlogItem-share"><div class="ShareButton" data-controller="ShareButton"><div class="ShareButton-button"><span
class="ShareButton-label">Share</span></div>
<div class="ShareButton-container" hidden><a class="ShareButton-link" href="#">Facebook</a><a class="ShareButton-link" href="#">Twitter</a><a
class="ShareButton-link"
href="#">Pinterest</a></div></div></div>
<div class="BlogItem-comments"><div class="squarespace-comments" id="comments-6360a1f4c2b8d95e1a7d3c20"><div class="comments-content"><div
class="comment-header">
<span class="comment-count">2 Comments</span><div class="comment-sort"><span class="comment-sort-selected">Newest First</span><ul
class="comment-sort-options" hidden>
<li>Oldest First</li><li>Most Liked</li><li>Least Liked</li></ul></div></div><div class="new-comment-area"><div class="comment-input-placeholder">Post
Comment…</div></div>
<div class="comment-list">
${sqComments
  .map(
    (c) => `<div class="comment"><div class="comment-avatar"><img alt="" src="//static.squarespace.com/universal/images-v6/default-avatar.png"></div>
<div class="comment-body"><div class="comment-meta"><span class="comment-author">${c.name}</span><span class="comment-date">${c.ago}</span></div>
<div class="comment-text"><p>${c.text}</p></div><div class="comment-actions"><span class="comment-like">Like</span><span
class="comment-reply">Reply</span></div></div></div>`,
  )
  .join('\n')}</div></div></div></div></article>
<nav class="BlogItem-pagination clear"><a href="/journal/decaf" class="BlogItem-pagination-link BlogItem-pagination-link--prev"><span
class="BlogItem-pagination-link-label">Previous</span><h4 class="BlogItem-pagination-link-title">Decaf without the compromise</h4></a><a
href="/journal/grinders"
class="BlogItem-pagination-link BlogItem-pagination-link--next"><span class="BlogItem-pagination-link-label">Next</span><h4
class="BlogItem-pagination-link-title">The
only grinder advice you need</h4></a></nav></section></main></div>
<footer class="Footer" role="contentinfo" data-nc-group="footer" data-controller="AncillaryLayout"><div class="Footer-inner clear"><div
class="sqs-layout sqs-grid-12
columns-12" data-layout-label="Footer Content" data-type="block-field" id="footerBlocks"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${sqBlock('footer_1', sqFooter.map((t) => `<p class="" style="white-space:pre-wrap;">${t.replace(/&/g, '&amp;')}</p>`).join('\n'))}</div><div
class="col sqs-col-6 span-6">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-footer_2"><div class="sqs-block-content"><div
class="newsletter-form-wrapper">
<form class="newsletter-form"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">${sqNews[0]}</h2><div
class="newsletter-form-header-description">
<p>${sqNews[1]}</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required"><label
class="newsletter-form-field-label title" for="email-field">${sqNews[2]}</label><input id="email-field" type="email" name="email"></div><button
class="newsletter-form-button sqs-system-button" type="submit"><span class="newsletter-form-button-label">${sqNews[3]}</span></button></div>
<div class="hidden form-submission-text">${sqNews[4]}</div></form></div></div></div></div></div></div>
<div class="Footer-social"><a href="https://www.instagram.com/tallowandfinch" class="SocialLinks-link instagram" target="_blank"><div><svg
class="SocialLinks-link-svg">
</svg></div><span class="SocialLinks-link-label">Instagram</span></a></div></div></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 BOTTOM_BAR" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-content">
<div class="sqs-cookie-banner-v2-text"><p>${sqCookie}</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-accept">Accept</button>
</div></div></div></div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({},
document); }})();</script>
<script src="https://static1.squarespace.com/static/ta/52a74dafe4b073a80cd253c5/1431/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespacePost: TestPage = {
  html: sqHtml,
  name: 'heldout89-squarespace-70-blog',
  kind: 'blog',
  // the quote block is part of the post (body; its "— Jonah Ferris, head roaster" source line in neither list); the date
  // and author are bylines; category, captions, the button block, tags, Share, comments (reader comments on a blog post),
  // pagination, navs (with the hidden mobile overlay copy), footer, newsletter and cookie banner are furniture
  title: sqTitle,
  headings: [sqH1, sqH2, sqH3],
  body: texts([...sqP1, ...sqP2, ...sqList, sqQuote, ...sqP3, ...sqP4]),
  bylines: ['October 29, 2025', 'Jonah Ferris'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    sqAnnounce, 'Tallow & Finch', 'Menu', ...sqNav, 'Coffee Basics', sqCaption, sqCaption2, sqButton, 'Tags', ...sqTags, 'Share', 'Facebook', 'Twitter',
    'Pinterest', '2 Comments', 'Newest First', 'Oldest First', 'Most Liked', 'Least Liked', 'Post Comment…', ...sqComments.flatMap((c) => [c.name,
    c.ago, c.text]),
    'Like', 'Reply', 'Previous', 'Decaf without the compromise', 'Next', 'The only grinder advice you need', ...sqFooter, ...sqNews, 'Instagram',
    sqCookie, 'Accept',
  ],
};

export const HELDOUT89_E: readonly TestPage[] = [squarespacePost, pythonDocs];
