import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file f2: a gear-list post on Squarespace 7.1 (announcement bar, header with nav and cart, the blog
 * item's title, author and date, the content blocks: html blocks, an image block with caption, a code block holding the
 * weight table, a button block and a newsletter block, the affiliate note, share buttons, "Tagged" and category links,
 * previous / next pagination, the Squarespace comments and the footer with social links).
 */
const sTitle = 'My three-season hiking gear list for 2026';
const sIntro = [
  j(
    'Every spring I lay everything out on the living room floor, weigh it again, and ask whether each thing earned its place last',
    'year. This is the result for 2026: the kit I carry on two- to five-night trips between April and October, with a base weight',
    'of 5.9 kg. It is not the lightest list you will find, but everything on it has been used hard for at least one season.',
  ),
];
const sBigThree = [
  'Shelter: Tarnfell Duo, a single-wall tent pitched with trekking poles. Roomy for one, tight for two.',
  'Sleep: Loftwell 20 quilt with a foam pad under an inflatable pad on cold nights.',
  'Pack: Cairnline 45, frameless, with hip belt pockets I use constantly.',
];
const sKitchen = [
  j(
    'I switched from a gas canister to a small alcohol stove two years ago and have not looked back for summer trips. It is',
    'slower, but it is silent, cannot break, and fuel is available in any hardware store. For trips in October I still take gas,',
    'because alcohol struggles when the temperature drops towards freezing.',
  ),
];
const sClothing = [
  'Rain jacket and rain trousers, both worn more often as windproofs than in the rain.',
  'A light fleece for walking in the cold and a synthetic puffy for camp.',
  'Two pairs of wool socks, one pair kept dry for sleeping only.',
];
const sTable: [string, string][] = [
  ['Shelter', '890 g'],
  ['Sleep system', '1,320 g'],
  ['Pack', '720 g'],
  ['Kitchen and water', '610 g'],
  ['Clothing carried', '1,480 g'],
  ['Electronics, first aid and other', '880 g'],
  ['Base weight', '5,900 g'],
];
const sChanges = [
  j(
    'The biggest change this year is dropping the second inflatable pad for the foam one. It is bulkier, but I punctured two',
    'inflatable pads in one summer on rocky ground, and the foam pad doubles as a sit pad at lunch.',
  ),
  'If you have questions about any item, leave a comment below and I will do my best to answer.',
];
const sNav = ['Trips', 'Gear', 'Journal', 'About'];
const sTags = ['gear lists', 'lightweight', 'three-season'];
const sFoot = ['Instagram', 'YouTube', 'Strava'];
const sComments: [string, string, string][] = [
  ['Jules P.', 'March 3, 2026', 'Which alcohol stove do you use? Thinking of switching too.'],
  ['Anouk', 'March 5, 2026', 'Love that you list weights by category. Mine is nearly the same except for the chair I cannot give up.'],
];
const block = (type: string, inner: string): string => `<div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="2"><div
class="sqs-block-content">${inner}</div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>My three-season hiking gear list for 2026 — Margin Walks</title><link rel="canonical" href="https://www.marginwalks.example/journal/gear-list-2026">
<meta property="og:site_name" content="Margin Walks"><meta property="og:title" content="${sTitle} — Margin Walks"><meta property="og:type" content="article">
<meta itemprop="author" content="Saskia Rhee"><meta itemprop="datePublished" content="2026-03-01T09:00:00+0000">
<script type="application/ld+json">{"url":"https://www.marginwalks.example","name":"Margin Walks","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${sTitle}","datePublished":"2026-03-01T09:00:00+0000","author":{"@type":"Person","name":"Saskia Rhee"},
"@context":"http://schema.org","@type":"BlogPosting"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f0e2a","siteTitle":"Margin Walks"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.example/static/versioned-site-css/5f0e2a/12/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65e1" class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-show-author-name tweak-blog-item-show-date
header-overlay-alignment-center view-item collection-type-blog">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>New: the printable gear checklist
is now free for newsletter subscribers.</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner
container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a
href="/">Margin Walks</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a></div>`)
  .join('')}</nav></div></div></div><div class="header-actions"><div class="showOnDesktop"><a href="/cart" class="cart-link"><span
class="sqs-cart-quantity">0</span></a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e1"><section class="page-section
layout-engine-section background-width--full-bleed section-height--medium"><div class="content-wrapper"><div class="content"><article class="entry
h-entry hentry category-gear tag-gear-lists author-saskia-rhee post-type-text article-index-1" data-item-id="65e1a7">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${sTitle}</h1></div><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a
href="/journal?author=5f0e2b" class="blog-author">Saskia Rhee</a></div><time class="dt-published date-highlight blog-meta-item blog-meta-item--date"
datetime="2026-03-01" pubdate>March 1, 2026</time></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div
class="row sqs-row"><div class="col sqs-col-12 span-12">
${block(
  'html',
  `<div class="sqs-html-content">${ps(sIntro, ' style="white-space:pre-wrap;"')}<p class="sqsrte-small">This post contains affiliate links,
marked with an asterisk.</p><h2>The big three</h2><ul data-rte-list="default">${lis(sBigThree)}</ul></div>`,
)}
${block(
  'image',
  `<figure class="sqs-block-image-figure intrinsic"><img data-src="https://images.squarespace-cdn.example/content/gear-floor.jpg"
alt="" loading="lazy"><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Everything for a five-night trip, laid out before
packing.</p></div></figcaption></figure>`,
)}
${block(
  'html',
  `<div class="sqs-html-content"><h2>Kitchen</h2>${ps(sKitchen, ' style="white-space:pre-wrap;"')}<h2>Clothing</h2><ul
data-rte-list="default">${lis(sClothing)}</ul><h2>Weights by category</h2></div>`,
)}
${block(
  'code',
  `<table class="gear-table"><thead><tr><th>Category</th><th>Weight</th></tr></thead><tbody>${sTable
    .map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`)
    .join('\n')}</tbody></table>`,
)}
${block('html', `<div class="sqs-html-content"><h2>What changed since last year</h2>${ps(sChanges, ' style="white-space:pre-wrap;"')}</div>`)}
${block(
  'button',
  `<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/checklist" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Download the printable checklist</a></div>`,
)}
${block(
  'newsletter',
  `<div class="newsletter-form-wrapper"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Trail notes, once
a month</h2><div class="newsletter-form-header-description"><p>New routes and gear reviews, straight to your inbox.</p></div></div><form
class="newsletter-form"><input type="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit"><span
class="newsletter-form-button-label">Sign Up</span></button></form></div>`,
)}
</div></div></div></div></div>
<div class="blog-item-inner-wrapper"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/journal?category=Gear"
class="blog-categories">Gear</a></span><span class="blog-tags-list">Tagged: ${sTags
  .map((t) => `<a href="/journal?tag=${t}" class="blog-item-tag">${t}</a>`)
  .join(', ')}</span></div><div class="blog-item-share"><div class="squarespace-social-buttons inline-style"><a class="ss-social-button"
href="#"><span class="ss-social-button-text">Facebook</span></a><a class="ss-social-button" href="#"><span class="ss-social-button-text">Pinterest</span></a>
<a class="ss-social-button" href="#"><span class="ss-social-button-text">Email</span></a></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link
item-pagination-link--prev" href="/journal/tarn-lakes-loop"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Three
nights around the Tarn lakes</h2></a><a class="item-pagination-link item-pagination-link--next" href="/journal/stove-test"><div
class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Alcohol stove shoot-out</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments"><div class="comment-count">2 Comments</div><ul class="comment-list">${sComments
  .map(
    ([who, when, text]) => `<li class="comment"><div class="comment-header"><span class="comment-author">${who}</span><span
class="comment-date">${when}</span></div><div class="comment-body"><p>${text}</p></div><a class="comment-reply" href="#">Reply</a></li>`,
  )
  .join('\n')}</ul></div></div></div></article></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><div class="sqs-block html-block"><p>Margin Walks ·
Walking the edges since 2017</p></div><div class="sqs-block socialaccountlinks-v2-block"><nav class="sqs-svg-icon--list">${sFoot
  .map((s) => `<a href="#" class="sqs-svg-icon--wrapper"><span class="sqs-svg-icon--social">${s}</span></a>`)
  .join('')}</nav></div><div class="sqs-block html-block"><p>© 2026 Margin Walks. All rights reserved.</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><button
class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div>
<script defer src="https://assets.squarespace.example/universal/scripts-compressed/website.js"></script></body></html>`;
export const squarespace: TestPage = {
  name: 'heldout367-squarespace-gear-list',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['The big three', 'Kitchen', 'Clothing', 'Weights by category', 'What changed since last year'],
  body: texts([...sIntro, ...sBigThree, ...sKitchen, ...sClothing, ...sTable.flat(), ...sChanges]),
  bylines: ['Saskia Rhee', 'March 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New: the printable gear checklist is now free for newsletter subscribers.', 'Margin Walks', ...sNav,
    'This post contains affiliate links, marked with an asterisk.', 'Everything for a five-night trip, laid out before packing.',
    'Download the printable checklist', 'Trail notes, once a month', 'New routes and gear reviews, straight to your inbox.', 'Sign Up',
    'Tagged:', ...sTags, 'Facebook', 'Pinterest', 'Email', 'Previous', 'Three nights around the Tarn lakes', 'Next', 'Alcohol stove shoot-out',
    '2 Comments', ...sComments.flat(), 'Reply', 'Margin Walks · Walking the edges since 2017', ...sFoot, '© 2026 Margin Walks. All rights reserved.',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};
