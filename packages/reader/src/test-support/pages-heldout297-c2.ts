import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file c2: an environmental NGO's press release as a Squarespace 7.1 blog item (header nav, "Donate" button,
 * blog-item title and meta with date and author, sqs-block html blocks with the release label and dateline, an image block with
 * caption, media contact and "About" boilerplate after ###, the blog item's pagination, a newsletter block, footer and the
 * Squarespace cookie banner).
 */
const sTitle = 'Coho salmon count on the Tidewater River falls to lowest level in two decades';
const sDateline = 'PELLSTON, Ore. (March 4, 2026) –';
const sFirst = j(
  'Only 1,140 adult coho salmon returned to spawn in the Tidewater River basin last autumn, the lowest count since volunteer surveys',
  'began in 2004, according to figures released today by the river conservation group.',
);
const sBody = [
  j(
    'The count is less than half the twenty-year average of 2,600 fish and follows two summers in which water temperatures in the lower',
    'river stayed above 21°C for more than a month, a level at which young salmon struggle to survive.',
  ),
  j(
    '“These numbers are a warning, not a death sentence,” said Dr Imogen Rask, the group’s science director. “Coho have bounced back on',
    'this river before, but only when there was cold, shaded water for the young fish to grow up in. Right now there is very little of it.”',
  ),
  j(
    'Volunteers walked 86 miles of stream between October and January, counting live fish and redds, the gravel nests in which females',
    'lay their eggs. Survey teams found no spawning at all in four tributaries that held fish as recently as 2019.',
  ),
  j(
    'The Riverkeepers are asking the state to speed up the release of restoration money already approved for the basin, and to require',
    'shade buffers of at least 100 feet along salmon-bearing streams on land being replanted after logging.',
  ),
  j(
    '“We have shown that landowners will plant trees and reopen side channels when they are given help to do it,” said executive director',
    'Marcus Thielen. “What we cannot do is wait five years for the money to arrive.”',
  ),
  j(
    'Warmer water is not the only pressure. Surveyors also recorded eleven new culverts and road crossings that block fish from reaching',
    'upstream gravel, and several miles of bank where cattle have trampled the vegetation that once kept the channel cool.',
  ),
  'The full survey report, including maps of each tributary, will be published on the Riverkeepers’ website on March 18.',
];
const sAbout = j(
  'Tidewater Riverkeepers is a nonprofit founded in 1998 by fishermen and farmers to protect the rivers of the Tidewater basin.',
  'It runs volunteer monitoring, restoration and education programmes across three counties.',
);
const sNav = ['Our Work', 'Get Involved', 'News', 'About', 'Contact'];
const sHtml = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} — Tidewater Riverkeepers</title><meta property="og:site_name" content="Tidewater Riverkeepers">
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="article"><meta itemprop="author" content="Lena Castellanos">
<meta itemprop="datePublished" content="2026-03-04T07:00:00-0800"><link rel="canonical" href="https://www.tidewaterriverkeepers.example/news/coho-count-2026">
<script type="application/ld+json">{"url":"https://www.tidewaterriverkeepers.example","name":"Tidewater Riverkeepers","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${sTitle}","author":"Lena Castellanos",
"datePublished":"2026-03-04T07:00:00-0800","publisher":{"@type":"Organization","name":"Tidewater Riverkeepers"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Tidewater Riverkeepers"},"collection":{"typeName":"blog"}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/site.css"></head>
<body id="item-65e5b1a0" class="tweak-blog-item-width-medium primary-button-style-solid header-width-full">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Tidewater Riverkeepers</a></div></div>
<div class="header-nav"><nav class="header-nav-list">${sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`)
  .join('\n')}
</nav></div><div class="header-actions"><a href="/donate"
class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary">Donate</a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e5b19f"><section class="page-section">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-lena-castellanos post-type-text"
data-item-id="65e5b1a0"><div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-03-04">March 4,
2026</time></div>
<div class="blog-meta-item blog-meta-item--author"><span class="blog-author-prefix">Written By</span> <a href="/news?author=5f1" class="blog-author-name">Lena
Castellanos</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><p><strong>FOR IMMEDIATE RELEASE</strong></p>
<p><strong>${sDateline}</strong> ${sFirst}</p>
${ps(sBody.slice(0, 2))}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/coho-redd.jpg" alt="A volunteer measures a coho redd"><figcaption class="image-caption-wrapper">
<div class="image-caption"><p>A survey volunteer marks a coho redd on Alder Creek in November. Photo: Tidewater
Riverkeepers</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody.slice(2))}
<p>###</p><p><strong>Media contact:</strong> Lena Castellanos, communications manager, lena@tidewaterriverkeepers.example, (541) 555-0147</p>
<p><strong>About Tidewater Riverkeepers</strong></p><p>${sAbout}</p></div></div></div></div></div></div></div></div>
<div class="blog-item-comments"></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/news/alder-creek-culvert"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Alder Creek culvert removal finished
ahead of
schedule</h2></a><a class="item-pagination-link item-pagination-link--next" href="/news/volunteer-day-2026"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Join our spring planting days</h2></a></section></article></div></div></div></section>
<section class="page-section" data-section-theme="dark"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">River news in your inbox</h2>
<div class="newsletter-form-header-description"><p>Monthly updates on surveys, restoration and volunteer days.</p></div></div>
<form class="newsletter-form"><label class="title" for="email">Email Address</label><input type="email" name="email" placeholder="Email Address">
<button class="newsletter-form-button sqs-system-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="sqs-html-content">
<p>Tidewater Riverkeepers · PO Box 412 · Pellston, OR 97390</p><p>A 501(c)(3) nonprofit organization. EIN 93-1184520.</p></div></section></footer></div>
<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-bottom" role="dialog"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to
improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-accept">Accept</button></div></div>
<script defer src="https://assets.squarespace.example/universal/scripts-compressed/website-component-definition.js"></script></body></html>`;
export const squarespace: TestPage = {
  name: 'heldout297-squarespace-ngo-press-release',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([sFirst, ...sBody]),
  bylines: ['March 4, 2026', 'Lena Castellanos', sDateline],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewater Riverkeepers', ...sNav, 'Donate', 'Written By', 'FOR IMMEDIATE RELEASE',
    'A survey volunteer marks a coho redd on Alder Creek in November. Photo: Tidewater Riverkeepers', 'Media contact:',
    'communications manager, lena@tidewaterriverkeepers.example, (541) 555-0147', 'About Tidewater Riverkeepers', sAbout, 'Previous',
    'Alder Creek culvert removal finished ahead of schedule', 'Next', 'Join our spring planting days', 'River news in your inbox',
    'Monthly updates on surveys, restoration and volunteer days.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Tidewater Riverkeepers · PO Box 412 · Pellston, OR 97390', 'A 501(c)(3) nonprofit organization. EIN 93-1184520.',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};
