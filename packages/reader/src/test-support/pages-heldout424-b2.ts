import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file b2: a fly-fishing guide service's blog post on Squarespace 7.1 (announcement bar, header with
 * navigation and a "Book a Trip" button, blog item meta with category, date and author, image block with caption, a button
 * block, share buttons, item pagination, Squarespace comments, a newsletter block in a page section, the footer and the
 * cookie banner).
 */
const sTitle = 'Reading the Water on the Upper Sallow in Late Summer';
const sIntro = [
  j(
    'By the middle of August the Upper Sallow looks nothing like the river our guests fish in May. Flows drop to a third of',
    'their spring level, the riffles thin out, and the trout that were spread across every seam are suddenly packed into a',
    'handful of places. If you learn to find those places, late summer can be the best fishing of the year.',
  ),
];
const sH1 = 'Follow the oxygen';
const sOxygen = [
  j(
    'Warm, low water holds less oxygen, and trout move to wherever the river is being stirred up. That means the heads of',
    'riffles, the tail-outs just above a drop, and anywhere a spring seeps in from the bank. On a hot afternoon we will often',
    'walk past long, slow pools that held fish in June and go straight to a twenty-yard riffle that most people ignore.',
  ),
  j(
    'A cheap stream thermometer is the most useful thing you can carry this time of year. If the water at midday reads above',
    '68 degrees, we stop fishing and come back at first light. Fish caught in that heat often do not recover after release.',
  ),
];
const sH2 = 'Shade, depth and cover';
const sShade = [
  j(
    'The second thing we look for is overhead cover. Undercut banks on the outside of bends, alder branches hanging low over the',
    'water and the shadow of the county road bridge all hold fish through the day. Cast tight to the cover and let the fly',
    'drift under it rather than pulling it out after a foot.',
  ),
];
const sList = [
  'Riffle heads in the first two hours of light',
  'Spring seeps below the Halvorsen ranch fence line',
  'Undercut banks on the long bend above Kettle Flats',
  'Bridge shade from late morning onward',
];
const sH3 = 'Flies that earn their place';
const sFlies = [
  j(
    'Terrestrials do most of the work in August. A foam hopper with a small beadhead nymph dropped eighteen inches below it',
    'covers both the fish looking up and the ones holding deep. Ants in size 16 are deadly along grassy banks in the evening.',
  ),
  j(
    'Keep your tippet light and long, 5X at least, and slow down. These fish have seen a lot of flies by now, and a clumsy',
    'first cast is often the only one you get.',
  ),
];
const sQuote = 'Low water does not mean bad fishing. It means you have to earn every fish, and that is half the fun.';
const sOutro = [
  j(
    'We still have a few half-day evening trips open through September. They are the best way to learn the summer river with',
    'someone who fishes it every day.',
  ),
];
const sNav = ['Guided Trips', 'Rates', 'Fishing Report', 'Blog', 'About', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Privacy', 'Licensed outfitter #OG-2210'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} &#8212; Sallow River Fly Co.</title><link rel="canonical" href="https://www.sallowriverfly.example/blog/reading-the-water-late-summer">
<meta property="og:site_name" content="Sallow River Fly Co."><meta property="og:title" content="Reading the Water on the Upper Sallow in Late Summer">
<meta property="og:type" content="article"><meta itemprop="author" content="Cody Rasmussen"><meta itemprop="datePublished" content="2026-08-14T08:00:00-0600">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1a","siteTitle":"Sallow River Fly Co."},"templateId":"5c5a519771c10ba3470d8101","pageType":1};</script>
<script type="application/ld+json">{"url":"https://www.sallowriverfly.example","name":"Sallow River Fly Co.","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"Reading the Water on the Upper Sallow in Late Summer",
"author":"Cody Rasmussen","datePublished":"2026-08-14T08:00:00-0600"}</script></head>
<body id="item-64f1a2b3c" class="primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-show-author-profile view-item collection-type-blog
collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>Fall trip dates are live.
<a href="/rates">See rates and availability</a></p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Sallow River Fly Co.</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Trip</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-cody-rasmussen
post-type-text article-index-1 category-river-notes" data-item-id="64f1a2b3c" id="article-64f1a2b3c">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-meta-primary"><span class="blog-categories-list"><a href="/blog?category=River+Notes" class="blog-categories">River Notes</a></span>
<time class="dt-published date-highlight blog-meta-item blog-meta-item--date" datetime="2026-08-14">8/14/26</time></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/blog?author=5f1b" class="blog-author">
<span class="author-name">Cody Rasmussen</span></a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-64f1a2b3c"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<h2>${sH1}</h2>
${ps(sOxygen, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"
id="block-a2"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example/riffle.jpg" alt=""
src="https://images.squarespace-cdn.example/riffle.jpg?format=1000w">
</div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>A guest works the head of the Kettle Flats riffle at 6:30 am.</p></div>
</figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${sH2}</h2>
${ps(sShade, ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">
${sList.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}
</ul>
<h2>${sH3}</h2>
${ps(sFlies, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-a4"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>${sQuote}<span>”</span></blockquote>
<figcaption class="source">— Head guide Tess Holloway</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a5"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sOutro, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-a6"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Check evening trip dates</a></div></div></div>
</div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><div class="blog-meta-item--tags"><span class="blog-item-tag-label">Tagged:</span>
<a href="/blog?tag=trout" class="blog-item-tag">trout</a>, <a href="/blog?tag=low+water" class="blog-item-tag">low water</a>,
<a href="/blog?tag=terrestrials" class="blog-item-tag">terrestrials</a></div>
<div class="blog-item-share"><div class="sqs-share-buttons"><span class="ss-social-button-list"><a class="ss-social-button" href="#"
data-service="facebook"><span class="ss-social-button-text">Facebook</span></a><a class="ss-social-button" href="#" data-service="twitter">
<span class="ss-social-button-text">Twitter</span></a><a class="ss-social-button" href="#"
data-service="email"><span class="ss-social-button-text">Email</span></a>
</span></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/blog?author=5f1b" class="author-name">Cody Rasmussen</a>
<div class="author-bio"><p>Cody has guided the Sallow and its tributaries since 2011 and runs the shop in Kettle Falls.</p></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/blog/hopper-season"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Hopper Season Starts Early This Year</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/blog/tying-the-kettle-ant"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Tying the Kettle Ant</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments"
id="comments-64f1a2b3c"><div class="comment-header"><h3 class="comment-count">2 Comments</h3></div>
<div class="comment-list"><div class="comment" data-comment-id="c1"><div class="comment-body"><div class="header"><span class="author">Lena Brightwater</span>
<span class="timesince">August 15, 2026</span></div><div class="body"><p>Fished the bridge shade last week on your advice and it saved the day. Thanks!</p>
</div>
<div class="actions"><a class="like">Like</a><a class="reply">Reply</a></div></div></div>
<div class="comment" data-comment-id="c2"><div class="comment-body"><div class="header"><span class="author">Paul Ostrander</span>
<span class="timesince">August 17, 2026</span></div><div class="body"><p>What size hopper do you start with in September?</p></div></div></div></div>
<div class="new-comment-area"><a class="comment-btn">Comment</a></div></div></div></div></div></article></div></div></div></section>
<section class="page-section newsletter-section"
data-section-theme="dark"><div class="content-wrapper"><div class="sqs-block newsletter-block sqs-block-newsletter">
<div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Get the weekly river report</h2>
<p class="newsletter-form-header-description">Flows, hatches and open trip dates, every Friday.</p>
<form class="newsletter-form"><input type="email"
placeholder="Email Address"><button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span>
</button></form><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-html-content"><p>Sallow River Fly Co. · 212 Main Street, Kettle Falls</p><p>(555) 014-7781 · trips@sallowriverfly.example</p></div>
<ul class="footer-links">${links(sFoot)}</ul></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-cta-bottom" role="dialog" aria-label="Cookie banner">
<p class="sqs-cookie-banner-v2-text">This site uses cookies to improve your experience. By using the site you accept our use of cookies.</p>
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-settings">Manage cookies</button></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const squarespace: TestPage = {
  name: 'heldout424-squarespace-guide-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts([...sIntro, ...sOxygen, ...sShade, ...sList, ...sFlies, sQuote, ...sOutro]),
  bylines: ['8/14/26', 'Cody Rasmussen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fall trip dates are live. See rates and availability', 'Sallow River Fly Co.', ...sNav, 'Book a Trip', 'River Notes',
    'A guest works the head of the Kettle Flats riffle at 6:30 am.', '— Head guide Tess Holloway', 'Check evening trip dates', 'Tagged:',
    'terrestrials', 'Facebook', 'Twitter', 'Email', 'Cody has guided the Sallow and its tributaries since 2011 and runs the shop in Kettle Falls.',
    'Previous', 'Hopper Season Starts Early This Year', 'Next', 'Tying the Kettle Ant', '2 Comments', 'Lena Brightwater', 'August 15, 2026',
    'Fished the bridge shade last week on your advice and it saved the day. Thanks!', 'Like', 'Reply', 'Paul Ostrander', 'August 17, 2026',
    'What size hopper do you start with in September?', 'Comment', 'Get the weekly river report', 'Flows, hatches and open trip dates, every Friday.',
    'Sign Up', 'We respect your privacy.', 'Sallow River Fly Co. · 212 Main Street, Kettle Falls', '(555) 014-7781 · trips@sallowriverfly.example',
    ...sFoot, 'This site uses cookies to improve your experience. By using the site you accept our use of cookies.', 'Accept', 'Manage cookies',
  ],
};
