import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout524-kit.js';

/** Held-out batch 524, file a2: a food co-op's AGM notice on a Squarespace 7.1 blog, with prev / next links and a newsletter block. */
const sTitle = 'Notice of Annual General Meeting 2026';
const sIntro = [
  j(
    'Notice is given that the ninth Annual General Meeting of Hollins Bank Food Co-operative Limited will be held on Saturday',
    '21 November 2026 at 10.30am in the upstairs room of the Weavers Institute, Mill Lane, Hollins Bank.',
  ),
  j(
    'All members are welcome and entitled to vote. Doors open at 10am, there will be tea and a crèche, and the meeting will also',
    'be streamed for members who cannot come in person. Please bring your membership card or know your member number.',
  ),
];
const sAgenda = [
  'Welcome and apologies',
  'Minutes of the 2025 Annual General Meeting',
  'Report of the board and presentation of the accounts for the year to 31 July 2026',
  'Appointment of the independent examiner',
  'Election of directors',
  'Resolution 1: to change the rules on the use of surpluses',
  'Resolution 2: to raise the member discount to 7%',
  'Questions from members',
];
const sRes = [
  j(
    'Resolution 1 is a special resolution and needs two thirds of the votes cast to pass. It would let the board put up to a',
    'fifth of any surplus into a community fund for local food projects instead of paying it all back as dividend.',
  ),
  j(
    'Resolution 2 is an ordinary resolution proposed by a group of members. The board does not support it this year because',
    'the shop made a small loss in the winter months, and has set out its reasons in the annual report.',
  ),
];
const sBoard = j(
  'Three directors retire by rotation this year. Two are standing again and there is one vacancy. Nominations, signed by',
  'two members, must reach the secretary by 5pm on Friday 6 November.',
);
const sProxy = j(
  'If you cannot attend, you may appoint another member or the chair of the meeting as your proxy. Proxy forms are on the',
  'counter in the shop and must be returned by 5pm on Thursday 19 November.',
);
const sHeads = ['Agenda', 'Resolutions', 'Board elections', 'Proxy votes'];
const sSign = 'Marguerite Ellery, Secretary';
const sNav = ['Shop', 'Membership', 'News', 'About us', 'Find us'];
const sPrev = 'October opening hours and the apple day';
const sNext = 'Our new bulk refill wall is here';
const sFoot = ['Hollins Bank Food Co-operative Limited', 'Registered society no. 7712', 'Unit 3, Weavers Yard, Hollins Bank'];
const sNews = 'Sign up with your email address to receive news and updates.';
const sCookie = 'This website uses cookies to improve your experience.';
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle} &mdash; Hollins Bank Food Co-op</title>
<link rel="canonical" href="https://www.hollinsbankfood.coop/news/agm-2026"><meta property="og:site_name" content="Hollins Bank Food Co-op">
<meta itemprop="datePublished" content="2026-10-16T09:00:00+0100"><meta itemprop="author" content="Tamsin Okafor">
<script type="application/ld+json">{"url":"https://www.hollinsbankfood.coop","name":"Hollins Bank Food Co-op",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-10-16"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1e2d3c","siteTitle":"Hollins Bank Food Co-op"}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f1e2d3c/12/site.css"></head>
<body id="item-6529a" class="primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-show-date tweak-blog-item-show-author
header-overlay-alignment-center view-item collection-type-blog-basic-grid collection-layout-default mobile-style-available">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a id="site-title" href="/" data-animation-role="header-element">Hollins Bank Food Co-op</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><span
class="sqs-cart-quantity">0</span></span></a>
</div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f0a1">
<section data-test="page-section" data-section-theme="white" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid"
data-section-id="64f0a2"><div class="section-background"></div><div class="content-wrapper"><div class="content"><div class="blog-basic-grid
collection-content-wrapper"
data-controller="BlogImageLoader"><article class="entry h-entry hentry category-agm author-tamsin-okafor post-type-text" data-item-id="6529a">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-meta-primary"><span class="blog-author"><span class="blog-meta-item blog-meta-item--author"
data-content-field="author">Tamsin Okafor</span></span>
<time class="blog-meta-item blog-meta-item--date" datetime="2026-10-16">October 16, 2026</time></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6529a">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1">
<div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<h3>${sHeads[0]}</h3><ol data-rte-list="default">${lis(sAgenda.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ol>
<h3>${sHeads[1]}</h3>${ps(sRes, ' class="" style="white-space:pre-wrap;"')}
<h3>${sHeads[2]}</h3><p class="" style="white-space:pre-wrap;">${sBoard}</p>
<h3>${sHeads[3]}</h3><p class="" style="white-space:pre-wrap;">${sProxy}</p>
<p class="" style="white-space:pre-wrap;"><em>${sSign}</em></p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/s/annual-report-2026.pdf" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Read the annual report</a>
</div></div></div></div></div></div></div>
<div class="blog-item-comments"></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a href="/news/october-hours" class="item-pagination-link
item-pagination-link--prev">
<div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline points="8,1 1,8
8,15"></polyline></svg></div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">${sPrev}</h2></a>
<a href="/news/refill-wall" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">${sNext}</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2><div
class="newsletter-form-header-description"><p>${sNews}</p></div></div>
<form class="newsletter-form" data-form-id="64f0a9"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input class="newsletter-form-field-element field-element"
name="email"
type="email" autocomplete="email" placeholder="Email Address"></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-editable-button sqs-button-element--primary" type="submit"><span class="newsletter-form-spinner sqs-spin light
large"></span>
<span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div><div class="form-submission-text
hidden">Thank you!</div></form></div></div></div></div>
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sFoot)}</div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>${sCookie}</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button><button class="sqs-cookie-banner-v2-cta
sqs-cookie-banner-v2-accept">Accept</button>
</div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const sArticle = [sTitle, ...sHeads, ...sIntro, ...sAgenda, ...sRes, sBoard, sProxy];
const squarespace: TestPage = {
  name: 'heldout524-squarespace-food-coop-agm',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sIntro, ...sAgenda, ...sRes, sBoard, sProxy]),
  bylines: ['Tamsin Okafor', 'October 16, 2026', sSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(sArticle, [
    'Skip to Content', 'Hollins Bank Food Co-op', ...sNav, '0', 'Read the annual report', 'Previous', sPrev, 'Next', sNext, 'Stay in the loop',
    sNews, 'Email Address', 'Sign Up', 'We respect your privacy.', ...sFoot, sCookie, 'Decline', 'Accept',
  ]),
};

export const HELDOUT524_A2: readonly TestPage[] = [squarespace];
