import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout336-kit.js';

/**
 * Held-out batch 336, file f2: a small charity's fundraising story page on Squarespace 7.1 (cookie banner, header nav with
 * a "Donate" button, blog item title, author and date meta, a category link, html and image blocks with a caption, a quote
 * block, a button block, share links, a newsletter block, the previous / next item pagination and the footer sections).
 */
const sTitle = 'Why Callum ran 100 miles in a week for Harbour Minds';
const sHeads = ['A promise to his brother', 'Training through the winter', 'Where the money goes'];
const sS0 = [
  j(
    'Last October, Callum Reyes set himself a challenge that most of his friends thought was slightly mad: to run 100 miles in',
    'seven days, around the lanes and sea paths of the Tarran peninsula, and to raise £5,000 for our peer-support groups.',
  ),
];
const sS1 = [
  j(
    'Callum’s younger brother Jamie came to our Tuesday evening group two years ago, after a long period of anxiety that had',
    'kept him indoors for most of a year. “He was the quietest person in the room at first,” says group facilitator Bethan Lusk.',
    '“Now he makes the tea and welcomes the new people.”',
  ),
  j(
    'When Jamie told his brother that the group had been the first place he felt he could talk honestly, Callum decided he',
    'wanted to do something to keep it running for the next person who needs it.',
  ),
];
const sS2 = [
  j(
    'Callum was not a runner. He started in November with short loops of the harbour, building up slowly with help from a',
    'local running club, and posting updates and a weekly photo of his muddy trainers for his supporters.',
  ),
  j(
    'The week itself was tougher than he expected. Storm Imelda arrived on day three, and he ran twenty miles in rain so heavy',
    'he could barely see the path. Jamie joined him on a bike for the final eight miles, and about forty people were waiting',
    'at the harbour wall when he finished.',
  ),
];
const sQuote = '“I just wanted the group to still be there for whoever walks through the door next. That is all it is really.”';
const sS3 = [
  j(
    'Callum raised £7,412, almost fifty per cent more than his target. That is enough to run our Tuesday group for a full year,',
    'including the hall hire, refreshments and training for two new volunteer facilitators.',
  ),
  j(
    'Thank you to Callum, to Jamie, and to everyone who sponsored, cheered or lent a dry pair of socks. If his story has',
    'inspired you, we would love to help you plan a challenge of your own.',
  ),
];
const sNav = ['About', 'Our groups', 'Get involved', 'Stories', 'Contact'];
const sShare = ['Facebook', 'LinkedIn', 'Email'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why Callum ran 100 miles in a week for Harbour Minds — Harbour Minds</title>
<meta property="og:site_name" content="Harbour Minds"><meta property="og:title" content="Why Callum ran 100 miles in a week for Harbour Minds">
<meta property="og:type" content="article"><meta itemprop="datePublished" content="2026-02-05T10:15:00+0000"><meta itemprop="author" content="Hannah Moy">
<link rel="canonical" href="https://www.harbourminds.example/stories/callum-100-miles">
<script type="application/ld+json">{"url":"https://www.harbourminds.example","name":"Harbour Minds","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${sTitle}","author":"Hannah Moy",
"datePublished":"2026-02-05"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Harbour Minds"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/site.css"></head>
<body id="item-65c0f2a1" class="tweak-blog-item-width-medium tweak-blog-item-show-author-profile primary-button-style-solid">
<div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your
experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner">
<div class="header-title"><div class="header-title-text"><a href="/">Harbour Minds</a></div></div>
<nav class="header-nav-list">${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${n.length}">${n}</a></div>`,
  )
  .join('\n')}</nav>
<div class="header-actions-action header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/donate">Donate</a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65c0f2a1"><section class="page-section">
<div class="content-wrapper"><div class="content"><article class="entry h-entry blog-item hentry category-fundraising author-hannah-moy post-type-text">
<div class="blog-item-top-wrapper"><div class="blog-item-category-wrapper"><a href="/stories?category=Fundraising" class="blog-item-category">Fundraising</a>
</div><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/stories?author=5f1e">Hannah Moy</a></div>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-02-05" pubdate data-content-field="published-on">5 February 2026</time>
</div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content">
<div class="sqs-html-content">${ps(sS0, ' class="" style="white-space:pre-wrap;"')}
<h2>${sHeads[0]}</h2>${ps(sS1)}<h2>${sHeads[1]}</h2>${ps(sS2)}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/content/v1/callum-finish.jpg" alt=""
src="https://images.squarespace-cdn.example/content/v1/callum-finish.jpg">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Callum and Jamie at the finish on the harbour wall. Photo: Priya Tanaka</p></div>
</figcaption></figure></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure><blockquote>
<span>“</span>${sQuote.slice(1, -1)}<span>”</span>
</blockquote><figcaption class="source">— Callum Reyes</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${sHeads[2]}</h2>${ps(sS3)}
</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/fundraise" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Start your own challenge</a></div>
</div></div>
</div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-social-buttons inline-style"><span class="ss-social-label">Share</span>
${sShare.map((s) => `<a href="#" class="ss-social-button" data-service="${s.toLowerCase()}"><span class="ss-social-button-text">${s}</span></a>`).join('')}
</div></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination>
<a class="item-pagination-link item-pagination-link--prev" href="/stories/quiz">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Our winter quiz night raised £1,180</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/stories/volunteers"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Meet the volunteers behind our Tuesday group</h2></a></section></article></div></div></section></article>
<section class="page-section newsletter-section"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hear about new groups and events</h2>
<div class="newsletter-form-header-description"><p>One email a month. No spam, ever.</p></div></div><form class="newsletter-form">
<input type="email" aria-label="Email Address"><button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button>
</form></div></div></section></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content"><p>Harbour Minds, The Old Chandlery,
Quay Street, Tarran</p><p>Registered charity in Scotland SC049871</p><p><a href="/privacy">Privacy policy</a></p></div></section></footer></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;

export const squarespace: TestPage = {
  name: 'heldout336-squarespace-fundraising-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sS0, ...sS1, ...sS2, sQuote, ...sS3]),
  bylines: ['Hannah Moy', '5 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience.', 'Accept', 'Decline', 'Harbour Minds', ...sNav, 'Donate', 'Fundraising',
    'Callum and Jamie at the finish on the harbour wall. Photo: Priya Tanaka', '— Callum Reyes', 'Start your own challenge', 'Share',
    ...sShare, 'Previous', 'Our winter quiz night raised £1,180', 'Next', 'Meet the volunteers behind our Tuesday group',
    'Hear about new groups and events', 'One email a month. No spam, ever.', 'Sign Up', 'Harbour Minds, The Old Chandlery, Quay Street, Tarran',
    'Registered charity in Scotland SC049871', 'Privacy policy',
  ],
};
