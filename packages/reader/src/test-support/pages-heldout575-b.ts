import { ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout575-kit.js';

/**
 * Held-out batch 575, file b: a Record Store Day post on a Squarespace 7.1 blog.
 */
const qTitle = 'Record Store Day 2027 at Marsh Street: everything you need to know';
const qLead = [
  j(
    'It is that time again. Record Store Day falls on Saturday 17 April this year, and for the ninth year running we will be',
    'opening early with the full list of exclusive releases racked up in the back room. Here is how the day will work, so',
    'nobody spends three hours in the queue for a record we never received.',
  ),
];
const qDoors = [
  j(
    'Doors open at 8am. The queue usually starts forming around 5am, and last year the first person arrived at ten to four',
    'with a camping chair and a flask. Please keep the pavement clear for our neighbours at the bakery, who open at seven.',
  ),
  'We will hand out numbered tickets from 7.30am. Your number is your place, so you are free to go and get a coffee.',
];
const qList = [
  'Halden Moss – Live at the Corn Exchange (2LP, 1,500 copies)',
  'The Vireo Sisters – Paper Kites (7", picture disc)',
  'Otis Varga – Night Bus Dub (12", first time on vinyl)',
  'Various – Marsh Street Soul Club Vol. 2 (LP, our own shop compilation)',
  'Bryony Lusk – Greenhouse Demos (LP, orange vinyl)',
];
const qListNote = j(
  'We have ordered at least five copies of almost everything on the official list, but allocations are never confirmed until the',
  'boxes land on the Wednesday before. We will post the final list on Instagram on Thursday night.',
);
const qRules = [
  'One copy of each title per person.',
  'Releases are behind the counter: bring us your list and we will fetch them.',
  'No holds, no phone orders and no online sales until Sunday at 6pm.',
  'Card or cash, both fine.',
];
const qAfter = [
  j(
    'Anything left over goes on the website on Sunday evening at the official price. We never put Record Store Day releases',
    'up for more than the sticker price, and we will not sell to anyone we think is buying to resell.',
  ),
  'Thank you, as always, for keeping a small shop going. See you in the queue. Bring a flask.',
];
const qNav = ['Shop', 'Events', 'Journal', 'Sell Your Records', 'Visit'];
const qShare = ['Facebook', 'Twitter', 'LinkedIn', 'Tumblr'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${esc(qTitle)} &mdash; Marsh Street Records</title><link rel="canonical" href="https://www.marshstreetrecords.com/journal/rsd-2027">
<meta property="og:site_name" content="Marsh Street Records"><meta property="og:type" content="article">
<meta itemprop="author" content="Marsh Street Records"><meta itemprop="datePublished" content="2027-03-30T09:00:00+0100">
<script type="text/javascript" crossorigin="anonymous" defer="defer" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime.js">
</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1c","siteTitle":"Marsh Street Records"},"collectionId":"60aa","itemId":"65d1"};</script>
<script type="application/ld+json">{"url":"https://www.marshstreetrecords.com","name":"Marsh Street Records","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f1c/44/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65d1" class="collection-type-blog-basic-grid view-item tweak-blog-item-width-medium primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Marsh Street Records</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<span class="sqs-cart-quantity">0</span></span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65d1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-nell-okafor post-type-text article-index-1 tag-record-store-day" data-item-id="65d1">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${esc(qTitle)}</h1></div><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date">
<time class="dt-published date-highlight" datetime="2027-03-30" pubdate="">March 30, 2027</time></div><div class="blog-meta-item blog-meta-item--author">
<span class="blog-author-label">Written By</span> <a href="/journal?author=5f1d" class="blog-author-name">Nell Okafor</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="body"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" id="item-65d1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(qLead, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content"><div class="image-block-outer-wrapper
layout-caption-below design-layout-inline combination-animation-none individual-animation-none" data-test="image-block-inline-outer-wrapper">
<figure class="sqs-block-image-figure intrinsic" style="max-width:2000px;"><div class="image-block-wrapper" data-animation-role="image">
<div class="sqs-image-shape-container-element">
<img data-src="https://images.squarespace-cdn.com/content/v1/5f1c/queue.jpg" alt="" loading="lazy"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">The queue at 6.40am last April. Photo: Ade Sorensen</p>
</div></figcaption></figure></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">What time do the doors open?</h2>${ps(qDoors, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">A few of the releases we are most excited about</h2>
<ul data-rte-list="default">${lis(qList.map((t) => `<p class="" style="white-space:pre-wrap;">${esc(t)}</p>`))}</ul>
<p class="" style="white-space:pre-wrap;">${qListNote}</p>
<h2 style="white-space:pre-wrap;">Rules on the day</h2>
<ol data-rte-list="default">${lis(qRules.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ol>
<h2 style="white-space:pre-wrap;">After the day</h2>${ps(qAfter, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
</div></div></div></div></div>
<div class="blog-item-comments"></div><section class="blog-item-footer"><div class="blog-meta-item blog-meta-item--tags"><a href="/journal?tag=Record+Store+Day"
class="blog-item-tag">Record Store Day</a><a href="/journal?tag=Shop+News" class="blog-item-tag">Shop News</a></div>
<div class="blog-item-author-profile-wrapper"><div class="author-name">Nell Okafor</div><div class="author-bio">
<p>Nell runs the shop floor and the Saturday soul club.</p></div></div>
<div class="blog-share-wrapper"><div class="sqs-share-buttons"><div class="sqs-share-label">Share</div>
${qShare
  .map(
    (t) => `<a class="ss-social-button" href="#" data-service="${t.toLowerCase()}"><span class="ss-social-button-icon">
</span>${t}</a>`,
  )
  .join('\n')}</div></div></section>
<section class="item-pagination item-pagination--prev-next" data-item-pagination="">
<a class="item-pagination-link item-pagination-link--prev" href="/journal/easter-hours">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Easter opening hours</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/halden-moss-signing"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Halden Moss signing on 2 March</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections=""><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><h3>Marsh Street Records</h3><p>21 Marsh Street, Bristol BS1 4AX</p>
<p>Tuesday to Saturday 10–6, Sunday 12–4</p></div></div></div></div><div class="col sqs-col-6 span-6">
<div class="sqs-block newsletter-block sqs-block-newsletter">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Sign up for new arrivals</h2>
<div class="newsletter-form-header-description"><p>One email a week, every Friday. No spam.</p></div></div>
<form class="newsletter-form" data-form-id="61b0" autocomplete="on" method="POST" novalidate><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper
form-fields"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to understand how visitors use the shop.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout575-squarespace-rsd-post',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: ['What time do the doors open?', 'A few of the releases we are most excited about', 'Rules on the day', 'After the day'],
  body: texts([...qLead, ...qDoors, ...qList, qListNote, ...qRules, ...qAfter]),
  bylines: ['March 30, 2027', 'Written By', 'Nell Okafor'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Marsh Street Records', ...qNav.slice(1), '0', 'The queue at 6.40am last April. Photo: Ade Sorensen', 'Shop News',
    'Nell runs the shop floor and the Saturday soul club.', 'Share', ...qShare, 'Previous', 'Easter opening hours', 'Next', 'Halden Moss signing on 2 March',
    '21 Marsh Street, Bristol BS1 4AX', 'Tuesday to Saturday 10–6, Sunday 12–4', 'Sign up for new arrivals', 'One email a week, every Friday. No spam.',
    'Email Address', 'Sign Up', 'We respect your privacy.',
    'This website uses cookies to improve your experience and to understand how visitors use the shop.', 'Decline', 'Accept',
  ],
};

export const HELDOUT575_B: readonly TestPage[] = [squarespace];
