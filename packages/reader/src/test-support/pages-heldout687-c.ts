import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, rowTexts, trs } from './pages-heldout687-kit.js';

/**
 * Held-out batch 687, file c: a quarterly market report with a price table on a Squarespace 7.1 blog, and a rents commentary
 * on Ghost (Casper theme) with a feature image caption, a callout card and the members sign-up box.
 */
const sTitle = 'Harlow Vale property market report: spring 2027';
const sIntro = [
  j(
    'Sales in Harlow Vale picked up in the first quarter after a slow winter. We agreed 64 sales between January and March, up from',
    '51 in the same quarter last year, and the average time from listing to offer fell from 58 days to 41.',
  ),
  j(
    'Prices have been steadier than the headlines suggest. Across the four villages we cover, the average achieved price rose by 1.8%',
    'on a year ago, with family houses doing better than flats.',
  ),
];
const sRows = [
  ['Detached', '£612,000', '+2.9%', '38'],
  ['Semi-detached', '£398,500', '+2.1%', '44'],
  ['Terraced', '£311,000', '+1.4%', '39'],
  ['Flat / maisonette', '£196,750', '-0.6%', '55'],
];
const sMore = [
  j(
    'Buyers moving out from Carrowfield made up almost a third of our applicants, most of them looking for a garden and a second',
    'reception room for home working. Well-presented three-bedroom houses near the station went to best and final offers in March.',
  ),
  j(
    'Flats are the weak spot. New-build stock on the Wharfside scheme is competing with resales, and buyers are negotiating harder on',
    'service charges. Sellers who priced realistically still found buyers within six weeks.',
  ),
  j(
    'Mortgage rates eased slightly in February, and several lenders returned to 95% products. If rates hold, we expect the spring',
    'market to stay busy into June, but we would advise sellers to price against recent sales rather than last year&rsquo;s peaks.',
  ),
];
const sNav = ['Buy', 'Sell', 'Let', 'Market Reports', 'About', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} &mdash; Marram &amp; Cole</title><link rel="canonical" href="https://www.marramcole.co.uk/market-reports/spring-2027">
<meta property="og:site_name" content="Marram &amp; Cole"><meta property="og:type" content="article"><meta itemprop="author" content="Marram &amp; Cole">
<script type="application/ld+json">{"url":"https://www.marramcole.co.uk","name":"Marram & Cole","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2027-04-07T10:00:00+0100",
"author":{"@type":"Person","name":"Gideon Marram"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a","siteTitle":"Marram & Cole"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f2a/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6612a" class="header-width-full tweak-blog-item-width-narrow tweak-blog-item-show-author-profile primary-button-style-solid view-item
collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>Thinking of selling this summer?
<a href="/valuation">Book a free valuation</a></p></div><span class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></span></div>
</div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/5f2a/logo.png?format=1500w"
alt="Marram &amp; Cole"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (n) =>
      `<div class="header-nav-item header-nav-item--collection">
<a href="/${n.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/valuation">Free valuation</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6612a"><section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle"
data-section-id="6612b"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-gideon-marram
post-type-text article-index-1 tag-market-report category-reports" data-item-id="6612c" id="article-6612c">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary">
<span class="blog-categories-list"><a href="/market-reports?category=Reports" class="blog-categories">Reports</a></span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2027-04-07">April 7, 2027</time></span></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author-profile blog-meta-item">
<a href="/market-reports?author=5f2b" class="blog-author-name">Gideon Marram</a>
</div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" data-updated-on="1807000000000">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6612c"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}<h2 style="white-space:pre-wrap;">Average prices by property type</h2></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-a2"><div class="sqs-block-content">
<table class="mc-table"><thead><tr><th>Type</th><th>Average price</th><th>Change on year</th><th>Days to offer</th></tr></thead><tbody>
${trs(sRows)}</tbody></table></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a3"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper" data-animation-role="image"><img data-src="https://images.squarespace-cdn.com/content/v1/5f2a/vale.jpg" alt=""></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">Harlow Vale from Cobb Hill, March 2027.</p>
</div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a4"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Who is buying</h2>${ps(sMore.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">The outlook for summer</h2>${ps(sMore.slice(2), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
</div></div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-item-tag-wrapper"><a href="/market-reports?tag=Harlow+Vale" class="blog-item-tag">Harlow Vale</a>
<a href="/market-reports?tag=Prices" class="blog-item-tag">Prices</a></div><div class="blog-share-container"><div class="blog-item-share">
<div class="sqs-share-buttons"><div class="ss-social-button-wrapper"><div class="ss-social-button-list"><a class="ss-social-button" data-service="facebook"
href="#"><span class="ss-social-button-icon"></span><span class="ss-social-button-text">Facebook</span></a><a class="ss-social-button" data-service="linkedin"
href="#"><span class="ss-social-button-icon"></span><span class="ss-social-button-text">LinkedIn</span></a></div></div></div></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a href="/market-reports/winter-2026"
class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Harlow Vale
property market report: winter 2026</h2></a></section></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Marram &amp; Cole, 3 Market Place, Harlow Vale HV1 4AE</p>
<p class="" style="white-space:pre-wrap;">Marram &amp; Cole is a trading name of Marram Cole Ltd, registered in England No. 10447718.</p></div></div></section>
</footer></div><script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout687-squarespace-market-report',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: ['Average prices by property type', 'Who is buying', 'The outlook for summer'],
  body: texts([...sIntro, ...rowTexts(sRows), ...sMore]),
  bylines: ['April 7, 2027', 'Gideon Marram'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thinking of selling this summer? Book a free valuation', ...sNav, 'Free valuation', 'Reports', 'Harlow Vale from Cobb Hill, March 2027.',
    'Facebook', 'LinkedIn', 'Previous', 'Harlow Vale property market report: winter 2026', 'Marram & Cole, 3 Market Place, Harlow Vale HV1 4AE',
    'Marram & Cole is a trading name of Marram Cole Ltd, registered in England No. 10447718.',
  ],
};

const gTitle = 'Why rents in the Vanner Valley stalled this winter';
const gDek = 'After three years of double-digit rises, asking rents for new lets have barely moved since October. Tenants have run out of room.';
const gBody = [
  j(
    'For most of the last three years, the question landlords in the Vanner Valley asked us was how much they could add at renewal.',
    'This winter the question changed. Average asking rents for new lets across our five offices were £1,262 a month in February,',
    'almost exactly where they were in October, and a fifth of our listings had their rent cut before they let.',
  ),
  j(
    'The simplest explanation is affordability. Rents rose by 11% in 2025 and 9% in 2026 while take-home pay in the valley grew by',
    'about half that. The average tenant household we referenced in January was spending 37% of its income on rent, against 31%',
    'three years ago. There is only so far that number can go.',
  ),
  'More homes, fewer movers',
  j(
    'Supply has also improved. The number of homes we had available to let in January was 40% higher than a year earlier, partly',
    'because a handful of stalled sales were switched to lettings, and partly because the first phase of Millrace Quay added 86',
    'build-to-rent flats in Tanford.',
  ),
  j(
    'At the same time, fewer tenants are moving. Renewals made up 68% of the tenancies we signed over the winter, the highest share',
    'we have recorded. Tenants who have a fair rent are staying put rather than testing the market.',
  ),
  j('In numbers: 412 new lets agreed between October and February; 68% of tenancies were renewals; average void period up from 9 to', '17 days.'),
  'What landlords should do now',
  j(
    'None of this is a crisis. Rents have not fallen, and a home that is well presented and sensibly priced still lets in a fortnight.',
    'But the days of listing at last month&rsquo;s record and waiting for offers are over for now. Our advice is to set rents',
    'against what let in the last eight weeks, to offer a longer tenancy to good tenants at renewal, and to spend on the small',
    'things, such as fresh paint and a deep clean, that shorten a void.',
  ),
];
const gNav = ['Home', 'Market Reports', 'Landlord Advice', 'About'];
const gRead = ['The Millrace Quay effect: build-to-rent arrives in Tanford', 'Renewal or new tenant? Running the numbers', 'Vanner Valley sales: autumn 2026'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://insight.rooksbyestates.co.uk/assets/built/screen.css?v=4b2f51aa81">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://insight.rooksbyestates.co.uk/vanner-valley-rents-stall/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Rooksby Insight"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-03-04T08:30:00.000Z"><meta property="article:tag" content="Market Reports">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Rooksby Insight"},
"author":{"@type":"Person","name":"Imogen Feld"},"headline":"${gTitle}","datePublished":"2027-03-04T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Rooksby Insight" href="https://insight.rooksbyestates.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://insight.rooksbyestates.co.uk/"
data-key="8c1d" data-api="https://insight.rooksbyestates.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column}</style>
<style>:root {--ghost-accent-color: #1f5c4a;}</style></head>
<body class="post-template tag-market-reports is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://insight.rooksbyestates.co.uk">
Rooksby Insight</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map((n) => `<li class="nav-${n.toLowerCase().replace(/ /g, '-')}"><a href="/${n.length}/">${n}</a></li>`)
  .join(
    '\n',
  )}</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-market-reports ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/market-reports/">Market Reports</a></span></div><h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/imogen/" class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/imogen.jpg" alt="Imogen Feld">
</a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/imogen/">Imogen Feld</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-03-04">Mar 4, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div><figure class="article-image">
<img srcset="/content/images/size/w300/2027/03/tanford.jpg 300w" src="/content/images/size/w2000/2027/03/tanford.jpg"
alt="${gTitle}"><figcaption><span style="white-space: pre-wrap;">To let boards on Quarry Street, Tanford. Photo: Rooksby Estates</span></figcaption>
</figure></header>
<section class="gh-content gh-canvas">${ps(gBody.slice(0, 2))}<h2 id="more-homes-fewer-movers">${at(gBody, 2)}</h2>${ps(gBody.slice(3, 5))}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📊</div><div class="kg-callout-text">${at(gBody, 5)}</div></div>
<h2 id="what-landlords-should-do-now">${at(gBody, 6)}</h2>${ps(gBody.slice(7))}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://insight.rooksbyestates.co.uk/renewal-or-new-tenant/">
<div class="kg-bookmark-content">
<div class="kg-bookmark-title">Renewal or new tenant? Running the numbers</div><div class="kg-bookmark-description">A worked example for a two-bedroom flat in
Haddon.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Rooksby Insight</span></div></div></a></figure></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>${gRead
  .map(
    (r) =>
      `<article class="post-card post"><a class="post-card-content-link" href="/${r.length}/"><header class="post-card-header">
<h2 class="post-card-title">${r}</h2></header></a></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://insight.rooksbyestates.co.uk">Rooksby Insight</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://insight.rooksbyestates.co.uk/assets/built/casper.js?v=4b2f51aa81"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout687-ghost-rents-commentary',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2), at(gBody, 6)],
  body: [gDek, ...texts(gBody.filter((_, i) => i !== 2 && i !== 6))],
  bylines: ['Imogen Feld', 'Mar 4, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rooksby Insight', ...gNav, 'Sign in', 'Subscribe', '4 min read', 'To let boards on Quarry Street, Tanford. Photo: Rooksby Estates', ...gRead,
    'A worked example for a two-bedroom flat in Haddon.', 'Sign up for more like this.', 'Enter your email', 'Read more', 'Rooksby Insight © 2027',
    'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT687_C: readonly TestPage[] = [squarespace, ghost];
