import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout370-kit.js';

/**
 * Held-out batch 370, file b2: a campus news site on Squarespace 7.1, its blog item built from layout blocks (HTML, image
 * and quote blocks), with the announcement bar, header nav, blog meta, summary block of recent stories, newsletter block,
 * item pagination, footer blocks and cookie banner.
 */
const qTitle = 'Evening shuttle cut leaves west campus night students without a ride';
const qBody1 = [
  j(
    'Students who take night classes at Alder Bay Community College’s west campus lost their last shuttle option this month',
    'when the college ended the 9:40 p.m. run of the Green Loop, the free bus that links the two campuses and the Harbor Street',
    'transit center.',
  ),
  j(
    'The college announced the change in a two-line notice on its transportation page on Feb. 20. The final evening run left the',
    'west campus on Feb. 27. Facilities staff said ridership on the late run had averaged nine people a night in the fall.',
  ),
  j(
    'For the students on that bus, the numbers miss the point. Ten evening courses meet at the west campus this semester, most of',
    'them in the nursing assistant and welding programs, and many of the students in them work during the day.',
  ),
];
const qQuote = j(
  '“I get out of lab at 9:30. The city bus stops running past the west campus at nine. Without the shuttle I am walking two',
  'miles along a road with no sidewalk, in the dark, in February.”',
);
const qQuoteBy = '— Renata Obuya, welding student';
const qH = 'What the college says';
const qBody2 = [
  j(
    'Vice president for operations Curtis Whelan said in an email that the shuttle contract was rebid in January and the new',
    'price for evening service came in 38 percent higher. “With nine riders, we could not justify the cost per trip,” he wrote.',
  ),
  j(
    'Whelan said students who need a ride can request a voucher for a ride-hailing service through the dean of students office.',
    'The vouchers cover up to 12 rides a month. As of last week, the office had issued four.',
  ),
  j(
    'Several students said they did not know the vouchers existed. The notice on the transportation page does not mention them,',
    'and the voucher request form is only available in person during office hours, which end at 5 p.m.',
  ),
  j(
    'Student government president Lila Haverkamp said she has asked the college to post the voucher information online and to',
    'bring the question of the evening run to the board of trustees at its April meeting. The board sets the transportation',
    'budget for the next year in May.',
  ),
  j(
    'The Dispatch asked the college for the new contract price and for the number of students enrolled in evening courses at the',
    'west campus. The college said it would respond to the records request within ten business days.',
  ),
];
const qNav = ['News', 'Features', 'Voices', 'Photo', 'About', 'Tips'];
const qRecent = ['Board approves new nursing lab', 'Food pantry expands Saturday hours', 'Q&A with the new athletics director'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${qTitle} — The Pinecrest Dispatch</title>
<base href=""><meta charset="utf-8"><meta property="og:site_name" content="The Pinecrest Dispatch"><meta property="og:title" content="${qTitle}">
<meta property="og:type" content="article"><meta itemprop="author" content="The Pinecrest Dispatch"><meta itemprop="datePublished"
content="2026-03-06T08:00:00-0800">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","website":{"siteTitle":"The Pinecrest Dispatch"},
"collectionId":"63f1a0b2c4e5d6f7a8b9c0d1","itemId":"65e7f8a9b0c1d2e3f4a5b6c7"};</script>
<script type="application/ld+json">{"url":"https://pinecrestdispatch.example","name":"The Pinecrest Dispatch","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${qTitle}","author":"Tomasz Wren",
"datePublished":"2026-03-06T08:00:00-0800"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/63f1a0b2/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65e7f8a9b0c1d2e3f4a5b6c7" class="primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-alignment-center
header-width-full view-item collection-type-blog-basic collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>We are hiring student reporters for spring. <a href="/join">Apply by March 15</a></p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid"><div class="header-title-logo"><a href="/" data-animation-role="header-element">The Pinecrest Dispatch</a></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e7f8a9b0c1d2e3f4a5b6c8">
<section class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide" data-section-theme="white">
<div class="content-wrapper"><div class="content"><article class="entry h-entry blog-item hentry author-tomasz-wren post-type-text article-index-1">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${qTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-item-author-date-wrapper"><div class="blog-author-name"><span>Written By</span>
<a href="/news?author=tomasz-wren" class="blog-author-name">Tomasz Wren</a></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-03-06">March 6, 2026</time></div></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-updated-on="1741276800000" id="item-65e7f8a9b0c1d2e3f4a5b6c7"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1741270000_4211"><div class="sqs-block-content">
<div class="sqs-html-content">
${ps(qBody1, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1741270000_5530"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image"><img
data-src="https://images.squarespace-cdn.example/shuttle.jpg"
alt="An empty bus shelter at night" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>The Green Loop stop at the west campus, photographed at 9:45 p.m. on March 3.
Photo by Aiko Brandt.</p></div></figcaption></figure></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_3_17_2_1_1741270000_6012"><div class="sqs-block-content">
<figure><blockquote data-animation-role="quote"><span>“</span>${qQuote.slice(1)}</blockquote>
<figcaption class="source">${qQuoteBy}</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1741270000_7114"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${qH}</h2>
${ps(qBody2, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-yui_3_17_2_1_1741270000_8450"><div class="sqs-block-content">
<div class="summary-block-header"><h3 class="summary-heading">More from the Dispatch</h3></div><div class="summary-item-list">
${qRecent
  .map(
    (t) => `<div class="summary-item"><div class="summary-title"><a href="/news/x"
class="summary-title-link">${t.replace('&', '&amp;')}</a></div></div>`,
  )
  .join('\n')}
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1741270000_9102"><div class="sqs-block-content">
<div class="newsletter-form-wrapper"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Get the Dispatch on Fridays</h2>
<div class="newsletter-form-header-description"><p>One email a week with the stories we published. No spam.</p></div></div>
<form class="newsletter-form"><input type="email" name="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div>
</div></div></div></div></div>
<section class="blog-item-pagination" data-content-field="pagination"><div class="item-pagination-link item-pagination-link--prev">
<a href="/news/nursing-lab"><span class="item-pagination-icon"></span><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Board approves new nursing lab</h2></a></div>
<div class="item-pagination-link item-pagination-link--next"><a href="/news/pantry"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Food pantry expands Saturday hours</h2></a></div></section>
</article></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content">
<div class="sqs-block html-block"><div class="sqs-html-content"><p>The Pinecrest Dispatch is an independent, student-run news site serving
Alder Bay Community College.</p><p>${links(['Contact', 'Corrections', 'Support our work'])}</p></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-cta-container" role="dialog"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><button class="sqs-cookie-banner-v2-accept">Accept</button></div>
<script defer="true" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d80ee/scripts/site-bundle.js"></script></body></html>`;
export const squarespace: TestPage = {
  name: 'heldout370-squarespace-news',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: [qH],
  body: texts([...qBody1, qQuote, ...qBody2]),
  bylines: ['Written By', 'Tomasz Wren', 'March 6, 2026'],
  furniture: [
    'We are hiring student reporters for spring.',
    'Apply by March 15',
    'The Pinecrest Dispatch',
    ...qNav,
    'The Green Loop stop at the west campus, photographed at 9:45 p.m. on March 3. Photo by Aiko Brandt.',
    qQuoteBy,
    'More from the Dispatch',
    ...texts(qRecent),
    'Get the Dispatch on Fridays',
    'One email a week with the stories we published. No spam.',
    'Sign Up',
    'Previous',
    'Next',
    'The Pinecrest Dispatch is an independent, student-run news site serving Alder Bay Community College.',
    'Contact',
    'Corrections',
    'Support our work',
    'This website uses cookies to improve your experience.',
    'Accept',
  ],
};
