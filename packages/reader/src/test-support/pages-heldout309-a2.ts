import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file a2: a mosque's Friday-sermon summary on a Squarespace 7.1 blog (header nav, blog item meta with
 * author and date, HTML blocks, an image block with caption, a quote block, the share buttons, the newsletter block, item
 * pagination, Squarespace comments, the footer sections and the cookie banner).
 */
const mTitle = 'Khutbah summary: Patience that builds, not patience that waits';
const mP1 = [
  j(
    'This Friday’s khutbah was delivered by Imam Yusuf Haddar, who returned to a theme he has touched on several times this',
    'winter: the difference between patience as endurance and patience as work. What follows is a summary prepared by the',
    'education committee for those who could not attend either of the two congregations.',
  ),
  j(
    'The Imam began by noting that the word most often translated as patience carries the sense of holding firm, of binding',
    'oneself to a course. It is not, he said, the same as sitting still until hardship passes.',
  ),
];
const mH1 = 'Three kinds of steadfastness';
const mP2 = ['The Imam described three places where the community is asked to hold firm:'];
const mList = [
  'Steadfastness in doing what is right, even when it is tiring or goes unnoticed, such as keeping up the dawn prayer through the dark months.',
  'Steadfastness in holding back from what is wrong, including the small unkindnesses of speech that come easily when we are under pressure.',
  'Steadfastness in the face of loss and illness, which he called the hardest and the most honoured of the three.',
];
const mQuote = j(
  '“A farmer who plants in autumn is not idle all winter. He mends his fences, he watches the sky, he keeps the seed safe.',
  'That is the patience we are asked for.”',
);
const mH2 = 'Patience in our own neighbourhood';
const mP3 = [
  j(
    'Turning to local matters, the Imam spoke about the families on the Eastfield estate who have waited more than a year for',
    'repairs to damp flats. He asked the congregation not to confuse patience with silence, and praised the volunteers who have',
    'been helping residents write to the council and keep records of every visit.',
  ),
  j(
    'He also thanked the young people who ran the winter coat drive, which collected 640 coats in five weeks, and reminded',
    'everyone that the food bank in the lower hall now opens on Tuesday evenings as well as Saturday mornings.',
  ),
];
const mH3 = 'Points for reflection this week';
const mList2 = [
  'Choose one good habit you have let slip and return to it for seven days.',
  'Notice when you speak out of tiredness, and pause before replying.',
  'Visit or call someone who is unwell or alone.',
];
const mP4 = [
  j(
    'The second khutbah closed with a supplication for the sick of the community and for those travelling for Umrah during the',
    'half-term holiday. The audio recording will be available on the mosque’s website by Sunday evening.',
  ),
];
const mNav = ['Prayer Times', 'Khutbah Archive', 'Madrasah', 'Services', 'Community', 'Donate', 'Contact'];
const mFootNav = ['Visiting the mosque', 'Safeguarding policy', 'Room bookings', 'Volunteer with us'];
const mComment = 'JazakAllah khair for writing these up every week. My father cannot come to the masjid any more and I read them to him.';
const mHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${mTitle} — Eastfield Road Masjid</title>
<link rel="canonical" href="https://www.eastfieldmasjid.example/khutbah/patience-that-builds">
<meta property="og:site_name" content="Eastfield Road Masjid"><meta property="og:title" content="${mTitle} — Eastfield Road Masjid">
<meta property="og:type" content="article"><meta itemprop="author" content="Eastfield Road Masjid">
<meta itemprop="datePublished" content="2026-02-27T16:40:00+0000">
<script type="application/ld+json">{"url":"https://www.eastfieldmasjid.example",
"name":"Eastfield Road Masjid","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${mTitle}","author":"Safiya Rahman",
"datePublished":"2026-02-27T16:40:00+0000"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"facebookAppId":"3146985","templateId":"5c5a519771c10ba3470d8101",
"templateVersion":"7.1","pageFeatures":[1,2,4]};</script>
<link href="//assets.squarespace.example/universal/styles-compressed/commerce.css" rel="stylesheet" type="text/css"></head>
<body id="item-65de1a7c" class="primary-button-style-solid tweak-blog-item-width-medium
tweak-blog-item-alignment-center tweak-blog-item-meta-position-below-title
tweak-blog-item-show-author-name tweak-blog-item-show-date tweak-blog-item-delimiter-bullet view-item blog-item collection-type-blog">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-inner container--fluid">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" data-animation-role="header-element">Eastfield Road Masjid</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${mNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.length}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65de1a7c">
<section class="page-section content-collection full-bleed-section collection-type-blog-basic-grid"><div class="content-wrapper"><div class="content">
<div class="blog-basic-grid collection-content-wrapper"><article class="entry h-entry hentry author-safiya-rahman post-type-text" data-item-id="65de1a7c">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${mTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/khutbah?author=5f1c" class="blog-author">Safiya Rahman</a>
</div>
<span class="blog-meta-delimiter"> • </span><time class="blog-meta-item blog-meta-item--date" datetime="2026-02-27">27 February 2026</time>
<div class="blog-meta-item blog-meta-item--categories"><a href="/khutbah?category=Friday+Khutbah" class="blog-categories">Friday Khutbah</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
id="item-65de1a7c"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(mP1, ' class="" style="white-space:pre-wrap;"')}
<h3>${mH1}</h3>
${ps(mP2, ' class="" style="white-space:pre-wrap;"')}
<ol data-rte-list="default">${lis(mList)}</ol>
</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-a2"><div class="sqs-block-content"><figure class="block-animation-none">
<blockquote data-animation-role="quote" data-animation-override><span>“</span>${mQuote.slice(1, -1)}<span>”</span></blockquote>
<figcaption class="source">— Imam Yusuf Haddar</figcaption></figure></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a3"><div class="sqs-block-content"><div class="image-block-outer-wrapper
layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image">
<img data-src="https://images.squarespace-cdn.example/content/v1/coats.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">Volunteers sorting donations for the winter coat drive in the lower hall.
Photo: Adil Noor</p></div></figcaption></figure></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a4"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${mH2}</h3>
${ps(mP3, ' class="" style="white-space:pre-wrap;"')}
<h3>${mH3}</h3>
<ul data-rte-list="default">${lis(mList2)}</ul>
${ps(mP4, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-a5"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="61b2">
<header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Weekly khutbah notes</h2><div class="newsletter-form-header-description"><p>Get the summary in your inbox every
Friday evening.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper
form-item field email required"><label class="newsletter-form-field-label
title" for="email-yui">Email Address</label><input class="newsletter-form-field-element
field-element" name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">
Sign Up</span></button></div></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/khutbah?author=5f1c" class="author-name">Safiya Rahman</a>
<div class="author-bio"><p>Safiya coordinates the education committee and writes up the khutbah each week.</p></div></div>
<div class="blog-item-share"><div class="squarespace-social-buttons inline-style" data-system-data-id="65de1a7c"><span class="ss-social-button-wrapper">
<span class="ss-social-button"><span class="ss-social-button-icon"></span>Facebook</span><span class="ss-social-button"><span class="ss-social-button-icon">
</span>
X</span><span class="ss-social-button"><span class="ss-social-button-icon"></span>LinkedIn</span></span></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a href="/khutbah/rights-of-neighbours" class="item-pagination-link
item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">The rights of neighbours</h2></a>
<a href="/khutbah/gratitude-in-small-things" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Gratitude in small things</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-65de1a7c"><div class="comments-content"><div class="comment-header">
<span class="comment-count">1 Comment</span></div><div class="comment-list"><div class="comment"><div class="comment-author">Maryam Akhtar</div>
<div class="comment-time">2 days ago</div><div class="comment-body"><p>${mComment}</p></div><div class="comment-footer"><span class="reply">Reply</span>
<span class="like">Like</span></div></div></div></div></div></div>
</div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section layout-engine-section background-width--full-bleed
section-height--small"><div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block
sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p class="">Eastfield Road Masjid, 118 Eastfield Road, Harlow Green HG4 7PT</p>
<p class="">Registered charity no. 1071225</p></div></div></div></div>
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><ul>${links(mFootNav)}</ul>
</div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body></html>`;
export const mosque: TestPage = {
  name: 'heldout309-squarespace-mosque-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3],
  body: texts([...mP1, ...mP2, ...mList, mQuote, ...mP3, ...mList2, ...mP4]),
  bylines: ['Safiya Rahman', '27 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Eastfield Road Masjid', ...mNav, 'Friday Khutbah', '— Imam Yusuf Haddar',
    'Volunteers sorting donations for the winter coat drive in the lower hall. Photo: Adil Noor', 'Weekly khutbah notes',
    'Get the summary in your inbox every Friday evening.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Safiya coordinates the education committee and writes up the khutbah each week.', 'Facebook', 'LinkedIn', 'Previous',
    'The rights of neighbours', 'Next', 'Gratitude in small things', '1 Comment', 'Maryam Akhtar', '2 days ago', mComment, 'Reply', 'Like',
    'Eastfield Road Masjid, 118 Eastfield Road, Harlow Green HG4 7PT', 'Registered charity no. 1071225', ...mFootNav,
    'This website uses cookies to improve your experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};
