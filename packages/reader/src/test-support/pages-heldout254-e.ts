import { links, ps, type TestPage, texts } from './page-kit.js';
import { minutes } from './pages-heldout254-e2.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file e: a community foundation's press release on a Squarespace 7.1 blog (announcement bar, header
 * navigation, blog item meta with date and author, the release's dateline, media contact, "###" end mark and boilerplate,
 * share buttons, the blog pagination, a newsletter block, the cookie banner and a footer built of Squarespace blocks) and,
 * from file e2, board minutes saved as pdf2htmlEX HTML.
 */
const sTitle = 'Pinecrest Community Foundation Awards $1.2 Million to Strengthen Rural Child Care';
const sP = [
  j(
    'MILLBROOK, Ore. – Pinecrest Community Foundation today announced $1.2 million in grants to 27 child care providers and',
    'programs across Harlan, Yew and Morrow counties, the largest single investment in early childhood in the foundation’s',
    'forty-year history.',
  ),
  j(
    'The grants will add an estimated 310 licensed child care slots in communities where families currently wait a year or more',
    'for a place. Most awards fund facility repairs, wage supplements for early educators and start-up costs for home-based',
    'providers.',
  ),
  j(
    '“Parents in our small towns have been telling us for years that they cannot go back to work because there is nowhere for',
    'their children to go,” said Delphine Arkwright, the foundation’s chief executive. “These grants are a down payment on an',
    'economy that works for young families.”',
  ),
  'Among the recipients:',
];
const sList = [
  'Little Acorns Learning Center in Fossil Creek, $85,000 to reopen a classroom closed since 2020',
  'Morrow County Family Child Care Network, $140,000 for start-up grants to 20 new home providers',
  'Yew Valley School District, $60,000 for a before-and-after-school program for children ages 5 to 12',
];
const sP2 = [
  j(
    'The foundation will open a second round of early childhood grants in September, with a focus on infant and toddler care.',
    'Information sessions will be held in each county during the summer.',
  ),
];
const sAbout = j(
  'About Pinecrest Community Foundation: Founded in 1986, Pinecrest Community Foundation connects people who care with causes',
  'that matter across eastern Oregon. It manages more than 400 charitable funds and awarded $14 million in grants and',
  'scholarships in 2025.',
);
const sNav = ['Who we are', 'Give', 'Grants', 'Scholarships', 'News', 'Contact'];
const sFoot = ['Staff and board', 'Financials', 'Careers', 'Privacy'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width,initial-scale=1">
<title>${sTitle} — Pinecrest Community Foundation</title><meta property="og:site_name" content="Pinecrest Community Foundation">
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="article"><meta itemprop="author" content="Pinecrest Communications">
<script type="application/ld+json">{"url":"https://www.pinecrestcf.example","name":"Pinecrest Community Foundation","@context":"http://schema.org",
"@type":"WebSite"}</script><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}",
"datePublished":"2026-03-04T08:00:00-0800","author":"Pinecrest Communications"}</script>
<script>Static.SQUARESPACE_CONTEXT={"website":{"id":"5f2a9c","siteTitle":"Pinecrest Community Foundation"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/5f2a9c/12/site.css"></head>
<body id="item-65e5f1c" class="collection-type-blog-basic-grid view-item tweak-blog-item-width-narrow header-overlay-alignment-center">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/scholarships" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-content"><p>Scholarship applications close March 31. Apply today.</p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""><div class="header-inner container--fluid">
<div class="header-title"><div class="header-title-text"><a href="/">Pinecrest Community Foundation</a></div></div>
<div class="header-nav"><nav class="header-nav-list">${sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a></div>`)
  .join('\n')}</nav></div><div class="header-actions"><a href="/donate" class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary">Donate
</a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e5f1c">
<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry
author-pinecrest-communications post-type-text" data-item-id="65e5f1c"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper">
<div class="blog-meta-item blog-meta-item--categories"><a href="/news?category=Press+Releases" class="blog-item-category">Press Releases</a></div>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-03-04">March 4, 2026</time></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author">Written By <a href="/news?author=5f2a9d" class="blog-item-author-profile-link">Pinecrest
Communications</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div
class="sqs-layout sqs-grid-12 columns-12">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div
class="sqs-block-content">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;"><strong>FOR IMMEDIATE RELEASE</strong></p>
<p class="" style="white-space:pre-wrap;">Media contact: Quinn Halvorsen, communications director, 541-555-0187, quinn@pinecrestcf.example</p>
${ps(sP, ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${sList.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>
${ps(sP2, ' class="" style="white-space:pre-wrap;"')}
<p class="" style="white-space:pre-wrap;text-align:center;">###</p>
<p class="" style="white-space:pre-wrap;">${sAbout}</p></div></div></div></div></div></div></div>
<div class="blog-item-comments"></div><div class="blog-share"><div class="blog-share-actions"><span class="sqs-share-buttons">
<span class="share-label">Share</span> <a class="ss-social-button" href="#">Facebook</a> <a class="ss-social-button" href="#">LinkedIn</a>
<a class="ss-social-button" href="#">Email</a></span></div></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a href="/news/spring-scholarships"
class="item-pagination-link
item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Scholarship Season Opens With 60 Awards
Available</h2></a><a href="/news/new-board-members" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Three New Trustees Join Pinecrest Board</h2></a></section></div></div></div></div></section>
<section class="page-section newsletter-section"><div class="sqs-block newsletter-block"><div class="newsletter-form-wrapper"><h2
class="newsletter-form-header-title">Get
our monthly update</h2><p class="newsletter-form-header-description">Stories of local giving, straight to your inbox.</p><form class="newsletter-form">
<input type="email" placeholder="Email Address" name="email"><button type="submit" class="newsletter-form-button"><span
class="newsletter-form-button-label">Sign
Up</span></button></form></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="sqs-html-content"><p>Pinecrest Community
Foundation · 220 Depot Street, Millbrook, OR 97812</p><ul>${links(sFoot)}</ul><p>Powered by Squarespace</p></div></section></footer>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text"><p>This
website uses cookies to improve your experience.</p></div><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div>
<script src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout254-squarespace-press-release',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sP, ...sList, ...sP2, sAbout]),
  bylines: ['March 4, 2026', 'Written By Pinecrest Communications'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Scholarship applications close March 31. Apply today.', ...sNav, 'Donate', 'Press Releases', 'FOR IMMEDIATE RELEASE',
    'Media contact: Quinn Halvorsen, communications director, 541-555-0187, quinn@pinecrestcf.example', 'Share', 'Facebook', 'LinkedIn', 'Email',
    'Previous', 'Scholarship Season Opens With 60 Awards Available', 'Next', 'Three New Trustees Join Pinecrest Board', 'Get our monthly update',
    'Stories of local giving, straight to your inbox.', 'Sign Up', 'Pinecrest Community Foundation · 220 Depot Street, Millbrook, OR 97812', ...sFoot,
    'Powered by Squarespace', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT254_E: readonly TestPage[] = [squarespace, minutes];
