import type { TestPage } from './page-kit.js';
import { recipePost } from './pages-heldout80-f2.js';

/**
 * Held-out batch 80, file f: a Squarespace 7.1 travel blog post (the announcement bar, the header with site title, nav and
 * social icon and the hidden mobile menu copy, the title with date and author, the post body as Squarespace blocks: html
 * blocks with headings, captioned image blocks and a newsletter block with its reCAPTCHA notice and hidden thank-you text,
 * the categories and tags, the share buttons with "0 Likes", the previous/next pagination with h2 titles, comments, the
 * footer sections and the cookie banner), and a recipe blog on WordPress with the Tasty Recipes card (files f2, f3).
 */
const sqTitle = 'Three days on Fennick Island, slowly';
const sqBlock = (
  id: string,
  inner: string,
): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;
&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content">
${inner}
</div></div></div>`;
const sqP = (a: readonly string[]): string => a.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n');
const sqImage = (id: string, caption: string): string => `<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_${id}">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none
individual-animation-none individual-text-animation-none" data-test="image-block-inline-outer-wrapper"><figure class="sqs-block-image-figure intrinsic"
style="max-width:2500px;"><div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio"
style="position: relative;padding-bottom:66.66%;overflow: hidden;-webkit-mask-image: -webkit-radial-gradient(white, black);"><img data-stretch="false"
data-src="https://images.squarespace-cdn.com/content/v1/61f2a9/${id}/IMG_${id}.jpg" data-image-dimensions="2500x1667" data-image-focal-point="0.5,0.5" alt=""
data-load="false" src="https://images.squarespace-cdn.com/content/v1/61f2a9/${id}/IMG_${id}.jpg?format=1000w" width="2500" height="1667"
sizes="(max-width: 640px) 100vw, (max-width: 767px) 100vw, 100vw" style="display:block;object-fit: cover; width: 100%; height: 100%;" loading="lazy"
decoding="async" data-loader="sqs"></div></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">${caption}</p>
</div></figcaption></figure></div></div></div>`;
const sq1 = [
  'Fennick is the kind of island people visit for an afternoon. The first ferry from Carrach gets in at ten, the last one leaves at ' +
    'half past four, and in between most visitors walk to the lighthouse, eat a crab sandwich at the pier café and go home. We ' +
    'stayed for three days, and I think we saw a different island.',
  'There are forty-one permanent residents, one shop, one church that shares its minister with two other islands, and a guesthouse ' +
    'with four rooms run by a retired schoolteacher called Agnes Rennie. There is no bank, no petrol station and, for most of the ' +
    'north shore, no phone signal. Book ahead, bring cash, and tell someone where you are walking.',
];
const sqH1 = 'Day one: the north shore';
const sq2 = [
  'We left our bags with Agnes and walked the north shore path, which most day visitors never reach because it starts on the far ' +
    'side of the island from the pier. It is about nine kilometres round, mostly on short turf above low cliffs, and we did not ' +
    'see another person for three hours.',
  'Halfway along there is a ruined kelp-burners’ hut with a stone bench inside, out of the wind. We ate our sandwiches there and ' +
    'watched a pair of gannets work the same patch of water for twenty minutes.',
];
const sqCap1 = 'The north shore path above Skellan Bay, late afternoon.';
const sqH2 = 'Day two: after the last ferry';
const sq3 = [
  'The island changes completely once the 16:30 ferry leaves. The pier café closes, the two cars on the island go home, and the ' +
    'only sound in the village is the generator behind the shop. We walked up to the lighthouse again at nine in the evening, ' +
    'with the sun still well above the horizon, and had it entirely to ourselves.',
  'Agnes cooks dinner for guests if you ask by lunchtime. We had mackerel caught that morning, potatoes from her garden and a ' +
    'rhubarb crumble that I am still thinking about.',
];
const sqH3 = 'Practical notes';
const sqList = [
  'The ferry runs daily from April to October and three days a week in winter. Check the timetable the night before; it changes with the weather.',
  'The guesthouse has no website. Write to Agnes or phone the shop, which takes messages.',
  'Bring waterproof boots. The paths are well marked but the ground between them is often boggy, even in summer.',
];
const sqCap2 = 'Fennick lighthouse at ten in the evening, after the day visitors had gone.';
const sq4 = [
  'We left on the morning ferry of the third day with a bag of Agnes’s rhubarb and a strong feeling that we had only just arrived. ' +
    'If you go, stay at least one night. The island you find after half past four is worth the trouble.',
];
const sqNews = ['Letters from the road', 'One short email a month with new stories, ferry timetables and the occasional recipe. No spam, ever.'];
const sqNav = ['Journal', 'Destinations', 'Guides', 'About', 'Shop'];
const sqHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${sqTitle} — Juniper &amp; Salt</title>
<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/61f2a9/favicon.ico?format=100w">
<link rel="canonical" href="https://www.juniperandsalt.co.uk/journal/three-days-on-fennick-island"><meta property="og:site_name" content="Juniper &amp; Salt">
<meta property="og:title" content="${sqTitle} — Juniper &amp; Salt"><meta property="og:type" content="article">
<meta itemprop="author" content="Maren Holloway"><meta itemprop="datePublished" content="2025-05-18T10:00:00+0100">
<script type="application/ld+json">{"url":"https://www.juniperandsalt.co.uk","name":"Juniper &amp;
Salt","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"url":"https://www.juniperandsalt.co.uk/journal/three-days-on-fennick-island","name":"${sqTitle}",
"datePublished":"2025-05-18T10:00:00+0100",
"dateModified":"2025-05-20T08:12:41+0100","headline":"${sqTitle}","author":"Maren Holloway","publisher":{"name":"Juniper &amp; Salt","@type":"Organization"},
"@context":"http://schema.org","@type":"Article"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"61f2a9","siteTitle":"Juniper &
Salt"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-b4d1c9e2.css" rel="stylesheet" type="text/css">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/61f2a9/42/5c5a519771c10ba3470d8101/site.css"></head>
<body id="item-64f8e1c2a7" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-alignment-center
tweak-blog-item-meta-position-above-title
tweak-blog-item-show-author-profile tweak-blog-item-delimiter-dot view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one"
tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
<div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<svg class="icon icon--cart" viewBox="0 0 31 24"><g class="svg-icon cart-icon--odd"><circle fill="none" cx="12" cy="21" r="2"></circle></g></svg>
<div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></span></a></div>
<header data-test="header" id="header" class="black header theme-col--primary" data-section-theme="black" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar-custom-location"><div class="yui3-widget sqs-widget sqs-announcement-bar">
<div class="sqs-announcement-bar-content"><a class="sqs-announcement-bar-url" href="/shop" aria-label="Announcement bar link"></a><div
class="sqs-announcement-bar-text">
<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span><div id="announcement-bar-text-inner-id"
class="sqs-announcement-bar-text-inner"><p>New: the Northern Isles pocket guide is out now. Free UK postage this month.</p></div></div></div></div></div></div>
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout-nav-center" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Juniper &amp; Salt</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sqNav
  .map(
    (t, i) => `<div class="header-nav-item header-nav-item--collection${i === 0 ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase()}"${
      i === 0 ? ' aria-current="page"' : ''
    }
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--social">
<a class="icon icon--fill header-icon header-icon-border-shape-none header-icon-border-style-outline" href="https://instagram.com/juniperandsalt"
target="_blank"
aria-label="Instagram"><svg viewBox="23 23 64 64"><use xlink:href="#instagram-unauth-icon" width="110"
height="110"></use></svg></a></div></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="black" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div
class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">${sqNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase()}">
<div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}</div></div></div></nav></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f8e1c2a7">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64f8e1c2a8"><div class="content-wrapper"><div
class="content">
<div class="blog-item-wrapper"><article class="entry h-entry post-type-text author-maren-holloway article-index-1 tag-scotland tag-islands
category-scotland" id="article-64f8e1c2a7"
data-item-id="64f8e1c2a7"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper">
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2025-05-18" pubdate=""
data-content-field="published-on">May 18</time></div><span class="blog-meta-delimiter"></span><div class="blog-meta-item blog-meta-item--author">
<a href="/journal?author=5f2e1d" class="blog-author">Maren Holloway</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sqTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" data-updated-on="1747728761000"
id="item-64f8e1c2a7"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-layout-label="Post Body" data-updated-on="1747728761000"
id="item-64f8e1c2a7"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sqBlock('a7c21', sqP(sq1))}
${sqBlock('b31f0', `<h2 style="white-space:pre-wrap;">${sqH1}</h2>\n${sqP(sq2)}`)}
${sqImage('1684401', sqCap1)}
${sqBlock('c8e44', `<h2 style="white-space:pre-wrap;">${sqH2}</h2>\n${sqP(sq3)}`)}
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1684402"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64f8e3"
autocomplete="on" method="POST" novalidate onsubmit="return (function (form) { Y.use('squarespace-form-submit', function(Y){ }); return false; })(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">${sqNews[0]}</h2><div class="newsletter-form-header-description">
<p style="white-space:pre-wrap;">${sqNews[1]}</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1_1684402"><label class="newsletter-form-field-label title"
for="email-yui_3_17_2_1_1684402-field">Email Address</label><input id="email-yui_3_17_2_1_1684402-field" class="newsletter-form-field-element field-element"
name="email" type="email" autocomplete="email" spellcheck="false" placeholder="Email Address" aria-required="true"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span>
<span class="newsletter-form-button-label">Sign Up</span><span class="newsletter-form-button-icon"></span></button></div>
<div class="captcha-container-wrapper"><div class="captcha-container rendered" data-widget-id="0"></div><div
class="newsletter-form-captcha-disclaimer">This site
is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</div></div></div>
<div class="newsletter-form-footnote"><p style="white-space:pre-wrap;" class="newsletter-form-footnote-text">We respect your privacy.</p></div>
<div class="hidden form-submission-text">Thank you!</div><div class="hidden form-submission-html" data-submission-html=""></div></form></div></div></div>
${sqBlock(
  'd0a19',
  `<h3 style="white-space:pre-wrap;">${sqH3}</h3>\n<ul data-rte-list="default">${sqList
    .map(
      (t) => `<li><p class=""
style="white-space:pre-wrap;">${t}</p></li>`,
    )
    .join('\n')}</ul>`,
)}
${sqImage('1684403', sqCap2)}
${sqBlock('e6b27', sqP(sq4))}
</div></div></div></div></div>
<div class="blog-item-meta-wrapper blog-item-meta-wrapper--bottom"><div class="blog-meta-section"><span class="blog-categories-list">
<a href="/journal/category/Scotland" class="blog-categories">Scotland</a></span><span class="blog-tags-list"><a href="/journal/tag/islands"
class="blog-tags">islands</a>
<a href="/journal/tag/ferries" class="blog-tags">ferries</a><a href="/journal/tag/slow+travel" class="blog-tags">slow travel</a></span></div></div>
<div class="blog-share-like"><span class="squarespace-social-buttons inline-style" data-system-data-id="64f8e1c2a7" data-asset-url="" data-record-type=""
data-full-url="/journal/three-days-on-fennick-island" data-title="${sqTitle}"><span class="ss-social-button-wrapper">${[
  'Facebook',
  'X',
  'LinkedIn',
  'Pinterest',
]
  .map(
    (s) => `<div class="ss-social-button-container"><div class="ss-social-button ${s.toLowerCase()}"><div class="ss-social-button-icon"></div>
<span class="ss-social-button-text">${s}</span></div></div>`,
  )
  .join('')}</span></span><span class="sqs-simple-like" tabindex="0" role="button" data-item-id="64f8e1c2a7" data-like-count="0"><span class="like-icon"></span>
<span class="like-count">0 Likes</span></span></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f2e1d" class="blog-item-author-profile-link"><div class="author-name">Maren
Holloway</div></a>
<div class="author-bio"><p>Maren writes about the smaller islands of the north and how to reach them without a car.</p></div></div>
<section id="itemPagination" class="item-pagination item-pagination--prev-next" data-collection-type="blog-side-by-side"><a
class="item-pagination-link item-pagination-link--prev" href="/journal/a-wet-week-in-ullapool"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">A wet week in Ullapool (and why I would go back)</h2></a><a class="item-pagination-link item-pagination-link--next"
href="/journal/packing-for-the-ferry"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Packing for a week of
ferries</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-64f8e1c2a7"><div class="comments-header"><span
class="comment-count">Comments (0)</span>
<div class="comment-sort"><span class="sort-newest active">Newest First</span> <span class="sort-oldest">Oldest First</span></div></div>
<div class="new-comment-area"><span class="preview">Preview</span> <span class="post-button">Post Comment…</span></div></div></div>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Juniper &amp; Salt is slow travel writing from the northern edges of Britain.</p>
<p class="" style="white-space:pre-wrap;"><a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/work-with-us">Work with us</a></p>
<p class="" style="white-space:pre-wrap;">© 2025 Maren Holloway. All photographs by the author unless
stated.</p></div></div></div></div></div></div></section></footer>
</div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 BOTTOM_BAR" role="dialog" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text">
<p>We use cookies to count visits and to remember your preferences. Read our cookie policy to learn more.</p></div><div
class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-cta
sqs-cookie-banner-v2-decline">Decline
</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer src="https://assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script>Squarespace.afterBodyLoad(Y);</script>
</body></html>`;
const squarespace: TestPage = {
  html: sqHtml,
  name: 'heldout80-squarespace-travel-blog',
  kind: 'blog',
  // the short date ("May 18") and the author above the title are bylines; image captions, the newsletter block inside the
  // post body (its h2, text, label, button, reCAPTCHA notice, footnote and hidden "Thank you!"), categories, tags, share
  // buttons, "0 Likes", the author profile, the pagination with its h2 titles, the comments bar, the announcement bar,
  // header nav (and its hidden mobile copy), footer and cookie banner are furniture
  title: sqTitle,
  headings: [sqH1, sqH2, sqH3],
  body: [...sq1, ...sq2, ...sq3, ...sqList, ...sq4],
  bylines: ['May 18', 'Maren Holloway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New: the Northern Isles pocket guide is out now. Free UK postage this month.', 'Juniper & Salt', ...sqNav, sqCap1, sqCap2, ...sqNews, 'Email Address',
    'Sign Up', 'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.', 'We respect your privacy.', 'Thank you!',
    'Scotland', 'islands', 'ferries', 'slow travel', 'Facebook', 'X', 'LinkedIn', 'Pinterest', '0 Likes',
    'Maren writes about the smaller islands of the north and how to reach them without a car.', 'Previous', 'A wet week in Ullapool (and why I would go back)',
    'Next', 'Packing for a week of ferries', 'Comments (0)', 'Newest First', 'Oldest First', 'Preview', 'Post Comment…',
    'Juniper & Salt is slow travel writing from the northern edges of Britain.', 'Contact', 'Privacy', 'Work with us',
    '© 2025 Maren Holloway. All photographs by the author unless stated.',
    'We use cookies to count visits and to remember your preferences. Read our cookie policy to learn more.', 'Accept', 'Decline', 'Manage cookies',
  ],
};

export const HELDOUT80_F: readonly TestPage[] = [squarespace, recipePost];
