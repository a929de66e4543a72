import { type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file c2: a sewing pattern company's sewalong post on a Squarespace 7.1 blog. */
const title = 'Marlow Shirt Sewalong, Day 4: Setting In the Sleeves';
const p1 = [
  'Welcome back to the Marlow Shirt sewalong! Yesterday we attached the yoke using the burrito method, so you should now have a shirt ' +
    'body with both fronts, the back and a clean yoke. Today we are setting in the sleeves, which is the step more of you have ' +
    'emailed us about than any other.',
  'The Marlow sleeve is drafted to be set in flat, before the side seams are sewn. That makes it much easier than the set-in sleeve ' +
    'on a jacket, because you are sewing two gentle curves together rather than easing a tube into a hole.',
];
const h1 = 'Step 1: Mark the notches';
const p2 = [
  'Check that the single notch at the front of the sleeve cap and the double notch at the back are clearly marked, along with the ' +
    'shoulder dot at the top of the cap. If you cut your notches as tiny snips, go over them with a washable marker now. You will be ' +
    'matching them with the shirt right side up and it is easy to lose track.',
];
const h2 = 'Step 2: Pin the sleeve to the armhole';
const p3 = [
  'Lay the shirt body flat, right side up. Place the sleeve on top, right side down, and match the shoulder dot to the yoke seam. ' +
    'Then match the single notch to the front armhole and the double notch to the back. Pin at these three points first.',
  'Work outwards from each pin, matching the raw edges as you go. The sleeve cap is slightly longer than the armhole, by about 1 cm ' +
    'in size 10, so you will need to spread that little bit of extra length evenly between the notches.',
];
const h3 = 'Step 3: Sew and finish';
const steps = [
  'Sew the sleeve to the armhole with a 1.5 cm seam allowance, with the sleeve on the bottom so the feed dogs help ease in the fullness.',
  'Press the seam allowances together towards the body.',
  'Finish the seam with an overlocker or a zigzag, or trim one side to 5 mm and fold the other over it for a flat-felled finish.',
  'Topstitch 6 mm from the seam on the body side if you chose the flat-felled finish.',
];
const quote = 'Ease is not the same as gathers. If you can see tiny tucks in the seam line, unpick that section and spread the fullness out a little more.';
const p4 = [
  'Repeat for the second sleeve, and remember to check that you have a left and a right. We have all sewn two left sleeves at least once.',
  'Tomorrow we will sew the side seams and sleeve seams in one go and add the cuffs. Share your progress with #marlowsewalong, and as ' +
    'always, leave any questions in the comments and we will answer them before the next post goes up.',
];
const announce = 'Free UK shipping on paper patterns over £30';
const nav = ['Patterns', 'Sewalongs', 'Blog', 'Stockists', 'About', 'Help'];
const cap = 'The sleeve pinned flat to the armhole, with the three matching points marked in chalk.';
const meta = ['Sewalongs', 'Marlow Shirt', 'Tutorials'];
const pager = ['Previous', 'Marlow Shirt Sewalong, Day 3: The Burrito Yoke', 'Next', 'Marlow Shirt Sewalong, Day 5: Side Seams and Cuffs'];
const shop = ['Buy the Marlow Shirt pattern', 'Shop Now'];
const news = ['Join the Thimble Row newsletter', 'Be the first to hear about new releases and sewalongs.', 'Email Address', 'Sign Up', 'Thank you!'];
const foot = ['Thimble Row Patterns', 'Unit 4, Calder Works, Todmorden', 'hello@thimblerow.example', 'Instagram', 'Pinterest', 'YouTube'];
const cookie = ['This website uses cookies to improve your experience.', 'Accept', 'Decline', 'Manage cookies'];
const block = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const pp = (a: readonly string[]): string => a.map((p) => `<p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n');
const html = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta charset="utf-8"><title>${title} — Thimble Row Patterns</title>
<link rel="canonical" href="https://www.thimblerow.example/blog/marlow-sewalong-day-4"><meta property="og:site_name" content="Thimble Row Patterns">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta itemprop="datePublished" content="2026-02-19T09:00:00+0000">
<script type="application/ld+json">{"url":"https://www.thimblerow.example","name":"Thimble Row Patterns",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${title}","headline":"${title}","datePublished":"2026-02-19T09:00:00+0000","author":"Ines Carrow",
"@context":"http://schema.org","@type":"BlogPosting"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"61a0c3","siteTitle":"Thimble Row Patterns"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.example/static/versioned-site-css/61a0c3/15/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65d3" class="collection-type-blog-basic-grid view-item tweak-blog-item-width-medium
tweak-blog-item-show-author-name header-overlay-alignment-center">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<div class="sqs-announcement-bar-text-inner"><p>${announce}</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""><div class="header-inner container--fluid">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace.example/logo.png"
alt="Thimble Row Patterns"></a></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${nav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}"
data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div><div class="header-actions-action header-actions-action--cart"><a href="/cart" class="cart-style-icon header-icon show-empty-cart-state">
<span class="sqs-cart-quantity">0</span></a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65d3">
<section class="page-section content-collection full-bleed-section collection-type-blog-basic-grid"><div class="content-wrapper"><div class="content">
<div class="blog-basic-grid collection-content-wrapper"><article class="entry h-entry blog-item hentry author-ines-carrow post-type-text article-index-1
category-sewalongs tag-marlow-shirt tag-tutorials">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${title}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-author">Ines Carrow</span>
<time class="blog-date" pubdate data-animation-role="date">February 19, 2026</time></span></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" id="item-65d3"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${block('a1', pp(p1))}
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="//images.squarespace.example/sleeve-pinned.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">${cap}</p></div></figcaption></figure></div></div>
${block('a3', `<h2 style="white-space:pre-wrap;">${h1}</h2>\n${pp(p2)}\n<h2 style="white-space:pre-wrap;">${h2}</h2>\n${pp(p3)}`)}
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-a4"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>${quote}<span>”</span></blockquote></figure></div></div>
${block(
  'a5',
  `<h2 style="white-space:pre-wrap;">${h3}</h2>\n<ol data-rte-list="default">${steps
    .map(
      (s) => `<li><p class=""
style="white-space:pre-wrap;">${s}</p></li>`,
    )
    .join('\n')}</ol>\n${pp(p4)}`,
)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-a6"><div class="sqs-block-content">
<p class="sqs-block-button-caption">${shop[0]}</p><div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button">
<a href="/shop/p/marlow-shirt" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">${shop[1]}</a></div></div></div>
</div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/blog?category=Sewalongs"
class="blog-categories">${meta[0]}</a></span>
<span class="blog-tags-list">${meta
  .slice(1)
  .map((t) => `<a href="/blog?tag=${t}" class="blog-item-tag">${t}</a>`)
  .join(', ')}</span></div>
<div class="blog-item-author-profile-wrapper"><a href="/blog?author=61a0c3" class="author-avatar"><img src="//images.squarespace.example/ines.jpg" alt=""></a>
<div class="author-name"><a href="/blog?author=61a0c3">Ines Carrow</a></div>
<div class="author-bio"><p>Ines is the founder and pattern cutter at Thimble Row, and writes every sewalong herself.</p></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-65d3"><div class="comment-header"><span
class="comment-count">3 Comments</span></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
<a href="/blog/marlow-sewalong-day-3" class="item-pagination-link item-pagination-link--prev"><div class="pagination-title-wrapper">
<div class="item-pagination-prev-next">${pager[0]}</div><h2 class="item-pagination-title">${pager[1]}</h2></div></a>
<a href="/blog/marlow-sewalong-day-5" class="item-pagination-link item-pagination-link--next"><div class="pagination-title-wrapper">
<div class="item-pagination-prev-next">${pager[2]}</div><h2 class="item-pagination-title">${pager[3]}</h2></div></a></section></div>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">${news[0]}</h2>
<div class="newsletter-form-header-description"><p>${news[1]}</p></div></header><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui">${news[2]}</label><input class="newsletter-form-field-element field-element" name="email"
type="email">
</div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit"><span
class="newsletter-form-button-label">
${news[3]}</span></button></div><div class="newsletter-form-footnote hidden"></div><div
class="form-submission-text hidden">${news[4]}</div></form></div></div></div>
${block(
  'f1',
  `<p class="" style="white-space:pre-wrap;"><strong>${foot[0]}</strong></p><p class="" style="white-space:pre-wrap;">${foot[1]}</p>
<p class="" style="white-space:pre-wrap;"><a href="mailto:hello@thimblerow.example">${foot[2]}</a></p>`,
)}
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><nav class="sqs-svg-icon--list">
${foot
  .slice(3)
  .map((s) => `<a href="#" class="sqs-svg-icon--wrapper"><div><span class="sqs-svg-icon--social-label">${s}</span></div></a>`)
  .join('')}</nav></div>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-cta-type--accept-decline" role="region"
aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>${cookie[0]}</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">${cookie[1]}</button><button class="sqs-cookie-banner-v2-decline">${cookie[2]}</button>
<button class="sqs-cookie-banner-v2-manage">${cookie[3]}</button></div></div></div>
<script defer src="//assets.squarespace.example/universal/scripts-compressed/website-component-definition.js"></script></body></html>`;

export const sewalongPost: TestPage = {
  name: 'heldout218-squarespace-sewalong-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, quote, ...steps, ...p4]),
  bylines: ['Ines Carrow', 'February 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    announce, 'Skip to Content', ...nav, cap, ...shop, ...meta, 'Ines is the founder and pattern cutter at Thimble Row, and writes every sewalong herself.',
    '3 Comments', ...pager, ...news, ...foot, ...cookie,
  ],
};
