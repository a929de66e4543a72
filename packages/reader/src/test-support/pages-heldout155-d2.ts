import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 155, file d2: a Squarespace 7.0 blog post (Brine family template) with a right sidebar (the header
 * branding and nav, the mobile overlay nav that repeats it, the blog item meta with author, date and category, the post
 * body in layout blocks with an image caption and a quote block, the share buttons, tags, the classic comments block with
 * sort options, the prev/next pagination, the sidebar with an about block, newsletter block, recent posts summary and
 * archive, the footer and the cookie banner).
 */
const sqTitle = 'Three days on the Kellmoor Ridge, with a tent and too much bread';
const sqP1 = [
  'I had wanted to walk the whole of the Kellmoor Ridge since I first saw it from the valley road as a teenager: a long, ' +
    'broken line of crags and saddles running north for nearly forty kilometres. In late September I finally did it, over ' +
    'three days, carrying everything and wild camping twice.',
];
const sqH1 = 'Day one: Ashgill to Raven Tarn';
const sqP2 = [
  'The climb out of Ashgill is the steepest part of the whole route and it comes first, which is either cruel or kind depending ' +
    'on how you look at it. After two hours I was on the ridge, and for the rest of the afternoon the walking was easy, grassy and ' +
    'high, with the lake shining on the left the whole way.',
  'I camped by Raven Tarn, which is small, sheltered and, in September at least, completely empty. I ate far too much of the ' +
    'bread I had bought in Ashgill because I did not want to carry it any further.',
];
const sqH2 = 'Day two: the crags';
const sqP3 = [
  'The middle section is rockier and slower. There is one short scramble below Hob Crag that I had worried about for weeks. In ' +
    'the dry it was fine, with good holds and not much exposure, but I would take the path round the east side in wind or rain.',
  'The second camp was on a flat shelf below the summit of Black Fell. It was windier than I would have liked, and I slept badly, ' +
    'but I woke to a clear sky and a view across three counties that made up for it.',
];
const sqQuote = 'The best hour of the whole trip was sitting on Hob Crag at six in the evening, watching the cloud fill the valley below.';
const sqH3 = 'Day three: down to Kellby';
const sqP4 = [
  'The last day is mostly downhill, through heather and then forestry, and finishes at the pub in Kellby, which opens at noon. ' + 'I was there at five past.',
  'If you are planning it yourself, allow three days rather than two, carry more water than you think for day two, where there ' +
    'are no streams on the tops, and check the bus times back from Kellby before you start, as there are only three a day.',
];
const sqNav = ['Journal', 'Routes', 'Prints', 'About'];
const sqCaption = 'Looking north along the ridge from above Raven Tarn on the first evening.';
const sqTags = ['wild camping', 'ridge walks', 'Kellmoor'];
const sqAbout = 'I am Ffion, a photographer and walker based in the north. This is where I write up the routes I have loved and the ones I got lost on.';
const sqNews = ['Sign up for new routes by email', 'First Name', 'Email Address', 'Sign Up', 'Thank you!'];
const sqRecent = ['A winter night on Blea Moss', 'Repairing an old down jacket', 'Five valley walks for a wet weekend'];
const sqArchive = ['September 2025', 'August 2025', 'July 2025'];
const sqCookie = 'This site uses cookies to help it work and to understand how it is used.';
const block = (
  inner: string,
  id: string,
): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content">
${inner}</div></div>`;
const sqPs = (a: readonly string[]): string => a.map((p) => `<p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n');
const sqHtml = `<!DOCTYPE html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"><head><meta http-equiv="X-UA-Compatible"
content="IE=edge,chrome=1">
<meta name="viewport" content="initial-scale=1"><base href=""><meta charset="utf-8"><title>${sqTitle} — Hill and Hollow</title>
<link rel="canonical" href="https://www.hillandhollow.example/journal/kellmoor-ridge"><meta property="og:site_name" content="Hill and Hollow">
<meta property="og:title" content="${sqTitle} — Hill and Hollow"><meta property="og:type" content="article"><meta itemprop="author" content="Ffion Rowe">
<meta itemprop="datePublished"
content="2025-10-06T09:00:00+0100"><script type="application/ld+json">{"url":"https://www.hillandhollow.example","name":"Hill and Hollow",
"@context":"http://schema.org","@type":"WebSite"}</script><script type="application/ld+json">{"name":"${sqTitle}","headline":"${sqTitle}","author":"Ffion Rowe",
"datePublished":"2025-10-06T09:00:00+0100","@context":"http://schema.org","@type":"BlogPosting"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"templateId":"52a74dafe4b073a80cd253c5","collectionId":"5f0c","itemId":"6523"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/sitecss/5f0c/site.css?&filterFeatures=false"></head>
<body id="item-6523" class="header-overlay-alignment-center header-width-full tweak-social-icons-style-regular blog-sidebar-position-right
tweak-blog-item-width-full
tweak-blog-item-pagination-style-adjacent show-category-navigation event-thumbnails ancillary-header-branding-position-top-left collection-type-blog
view-item collection-5f0c mobile-style-available has-sidebar">
<div class="Mobile" data-nc-base="mobile-bar" data-controller="AncillaryLayout"><div class="Mobile-bar Mobile-bar--top" data-nc-group="top"><a href="/"
class="Mobile-bar-branding"
data-nc-element="branding">Hill and Hollow</a><button class="Mobile-bar-menu" data-controller-overlay="menu" data-controller="MobileOverlayToggle"
aria-label="Menu"><svg viewBox="0 0 22 22"></svg></button></div><div class="Mobile-overlay"><div class="Mobile-overlay-menu"
data-controller="MobileOverlayFolders">
<div class="Mobile-overlay-menu-main"><nav class="Mobile-overlay-nav Mobile-overlay-nav--primary" data-content-field="navigation">
${sqNav.map((t) => `<a href="/${t.toLowerCase()}" class="Mobile-overlay-nav-item">${t}</a>`).join('\n')}</nav></div></div>
<button class="Mobile-overlay-close" data-controller="MobileOverlayToggle" aria-label="Close Menu"><svg viewBox="0 0 28 28"></svg></button></div></div>
<div class="Site" data-nc-base="header" data-controller="AncillaryLayout"><div class="sqs-announcement-bar-dropzone"></div>
<header class="Header Header--bottom" data-test="header" id="header"><div class="Header-inner Header-inner--bottom" data-nc-group="bottom">
<div data-nc-container="bottom-left"><a href="/" class="Header-branding" data-nc-element="branding" data-content-field="site-title">Hill and Hollow</a></div>
<div data-nc-container="bottom-right"><nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav" data-content-field="navigation"><div
class="Header-nav-inner">
${sqNav
  .map(
    (t, i) => `<a href="/${t.toLowerCase()}" class="Header-nav-item${i === 0 ? ' Header-nav-item--active' : ''}"
data-test="template-nav">${t}</a>`,
  )
  .join('\n')}
</div></nav></div></div></header>
<div class="Site-inner Site-inner--index"><div class="Content-outer"><main class="Main Main--blog-item"><section class="Main-content"
data-content-field="main-content">
<article class="BlogItem hentry category-walks tag-wild-camping author-ffion-rowe post-type-text article-index-1" data-item-id="6523" id="article-6523">
<div class="BlogItem-meta"><a href="/journal?author=5f0d" class="Blog-meta-item Blog-meta-item--author">Ffion Rowe</a><time class="Blog-meta-item
Blog-meta-item--date"
datetime="2025-10-06">October 6, 2025</time><span class="Blog-meta-item Blog-meta-item--categories"><a href="/journal?category=Walks"
class="Blog-meta-item-category">Walks</a>
</span></div><h1 class="BlogItem-title" data-content-field="title">${sqTitle}</h1>
<div class="sqs-layout sqs-grid-12 columns-12" data-layout-label="Post Body" data-type="item" data-updated-on="1759738000000" id="item-6523"><div class="row
sqs-row">
<div class="col sqs-col-12 span-12">
${block(sqPs(sqP1), 'a1')}
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content"><div class="image-block-outer-wrapper
layout-caption-below
design-layout-inline"><figure class="sqs-block-image-figure intrinsic" style="max-width:2500px;"><div class="image-block-wrapper has-aspect-ratio"
data-animation-role="image"><noscript><img src="https://images.squarespace-cdn.example/content/v1/5f0c/ridge.jpg" alt="Looking north along the
ridge"></noscript>
<img class="thumb-image" data-src="https://images.squarespace-cdn.example/content/v1/5f0c/ridge.jpg" data-image-dimensions="2500x1667" alt="Looking north along
the ridge"
data-load="false" data-type="image"></div><figcaption class="image-caption-wrapper"><div
class="image-caption"><p>${sqCaption}</p></div></figcaption></figure></div></div></div>
${block(`<h2>${sqH1}</h2>\n${sqPs(sqP2)}\n<h2>${sqH2}</h2>\n${sqPs(sqP3)}`, 'a3')}
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-a4"><div class="sqs-block-content"><figure><blockquote
data-animation-role="quote">
<span>“</span>${sqQuote}<span>”</span></blockquote></figure></div></div>
${block(`<h2>${sqH3}</h2>\n${sqPs(sqP4)}`, 'a5')}
</div></div></div></article>
<div class="BlogItem-share"><div class="squarespace-social-buttons inline-style" data-system-data-id="6523"
data-asset-url="https://www.hillandhollow.example/journal/kellmoor-ridge"
data-record-type="1" data-full-url="/journal/kellmoor-ridge" data-title="${sqTitle}"><div class="ss-social-button facebook"><span
class="ss-social-button-icon"></span>
<span class="ss-social-button-text">Facebook</span></div><div class="ss-social-button pinterest"><span class="ss-social-button-icon"></span><span
class="ss-social-button-text">
Pinterest</span></div><div class="ss-social-button email"><span class="ss-social-button-icon"></span><span
class="ss-social-button-text">Email</span></div></div></div>
<div class="BlogItem-meta BlogItem-meta--tags"><span class="BlogItem-meta-label">Tags:</span>
${sqTags.map((t) => `<a href="/journal?tag=${t.length}" class="BlogItem-meta-tag" rel="tag">${t}</a>`).join(', ')}</div>
<div class="BlogItem-comments"><div class="squarespace-comments" id="comments-6523"><div class="comments-header"><div class="comment-count">0 Comments</div>
<div class="comment-sort"><span class="comment-sort-label">Newest First</span><ul class="comment-sort-options hidden"><li>Newest First</li><li>Oldest First</li>
<li>Most Liked</li><li>Least Liked</li></ul></div></div><div class="comment-btn-wrapper"><div class="comment-btn">Post a comment…</div></div></div></div>
<nav class="BlogItem-pagination clear"><a href="/journal/repairing-down-jacket" class="BlogItem-pagination-link BlogItem-pagination-link--prev"><svg viewBox="0
0 23 48">
</svg><div class="BlogItem-pagination-link-content"><div class="BlogItem-pagination-link-label">Previous</div><h4
class="BlogItem-pagination-link-title">${sqRecent[1]}</h4>
</div></a><a href="/journal/blea-moss" class="BlogItem-pagination-link BlogItem-pagination-link--next"><div class="BlogItem-pagination-link-content">
<div class="BlogItem-pagination-link-label">Next</div><h4 class="BlogItem-pagination-link-title">${sqRecent[0]}</h4></div><svg viewBox="0 0 23
48"></svg></a></nav>
</section>
<aside class="Main-sidebar sqs-layout sqs-grid-12 columns-12" data-content-field="sidebar" data-type="sidebar" data-layout-label="Sidebar Content"
id="sidebarBlocks">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">${block(`<h3>About</h3>\n<p>${sqAbout}</p>`, 's1')}
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-s2"><div class="sqs-block-content"><div
class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="5f0e" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header"><h2
class="newsletter-form-header-title">
${sqNews[0]}</h2></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper
form-item field">
<label class="newsletter-form-field-label title" for="fn">${sqNews[1]}</label><input id="fn" class="newsletter-form-field-element field-element"
type="text"></div>
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="em">${sqNews[2]}</label><input
id="em"
class="newsletter-form-field-element field-element" type="email"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button
sqs-system-button" type="submit"><span class="newsletter-form-button-label">${sqNews[3]}</span></button></div></div>
<div class="hidden form-submission-text">${sqNews[4]}</div></form></div></div></div>
<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-s3"><div class="sqs-block-content"><div class="summary-block-wrapper
summary-block-collection-type-blog-basic-grid"><div class="summary-heading"><span>Recent Posts</span></div><div class="summary-item-list-container
sqs-gallery-container">
<div class="summary-item-list">${sqRecent
  .map(
    (t) => `<div class="summary-item summary-item-record-type-text"><div class="summary-content"><div class="summary-title">
<a href="/journal/${t.length}" class="summary-title-link">${t}</a></div></div></div>`,
  )
  .join('\n')}</div></div></div></div></div>
<div class="sqs-block archive-block sqs-block-archive" data-block-type="16" id="block-s4"><div class="sqs-block-content"><div class="archive-block-wrapper">
<h3>Archive</h3><ul class="archive-group-list">${links(sqArchive, 'archive-group')}</ul></div></div></div></div></div></aside></main></div></div>
<footer class="Footer" role="contentinfo" data-controller="FooterBreakpoints"><div class="Footer-inner clear"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="block-field" id="footerBlocksBottom">${block('<p>© 2025 Ffion Rowe. All photographs are my own; please ask before using them.</p>', 'f1')}</div>
<nav class="Footer-nav">${links(['Instagram', 'Prints', 'Contact'], 'Footer-nav-item')}</nav></div></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 BOTTOM_BAR" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text">
<p>${sqCookie}</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button><button
class="sqs-cookie-banner-v2-deny">
Decline</button></div></div></div>
<script src="https://static1.squarespace.example/static/ta/5c5a/1234/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
export const squarespaceSidebarPost: TestPage = {
  html: sqHtml,
  name: 'heldout155-squarespace-sidebar-blog',
  kind: 'blog',
  // the quote block is part of the post (body, without its curly quotes); the author and date are bylines; the category,
  // caption, share buttons, tags, comments block, pagination, the sidebar blocks, nav (and its mobile copy), footer and
  // cookie banner are furniture
  title: sqTitle,
  headings: [sqH1, sqH2, sqH3],
  body: [...sqP1, ...sqP2, ...sqP3, sqQuote, ...sqP4],
  bylines: ['Ffion Rowe', 'October 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hill and Hollow', ...sqNav, 'Walks', sqCaption, 'Facebook', 'Pinterest', 'Email', 'Tags:', ...sqTags, '0 Comments', 'Newest First', 'Oldest First',
    'Most Liked', 'Least Liked', 'Post a comment…', 'Previous', 'Next', sqAbout, ...sqNews, 'Recent Posts', ...sqRecent, 'Archive', ...sqArchive,
    '© 2025 Ffion Rowe. All photographs are my own; please ask before using them.', 'Instagram', sqCookie, 'Accept', 'Decline',
  ],
};
