import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout546-kit.js';

/** Held-out batch 546, file a2: a process server's what-to-expect blog post on Squarespace 7.1 (split from file a for length). */
const sTitle = 'What to Expect When a Process Server Comes to Your Door';
const sBody = [
  j(
    'Most people meet a process server exactly once, and it is rarely a good day. Being handed court papers can feel like an',
    'accusation, but the process server is not a police officer, not a bailiff and not on anyone’s side. Our only job is to make',
    'sure you actually receive the documents, so that the case can move forward fairly.',
  ),
  'Who we are and why we are there',
  j(
    'A process server is a private person, usually licensed by the county, who delivers legal papers such as a summons, a',
    'petition for divorce, a subpoena or an eviction notice. The law requires that you be told about a case against you before',
    'a judge can decide it, and personal delivery is the most reliable way to prove that you were told.',
  ),
  'What actually happens',
  j(
    'In most cases the visit takes less than a minute. The server will confirm your name, hand you the papers and leave. You do',
    'not have to sign anything, and you do not have to take the papers in your hand: if you refuse, the server may leave them',
    'at your feet and the service still counts.',
  ),
  'The server will confirm who you are, sometimes by asking your name or date of birth.',
  'You will be handed the documents, or they will be left near you if you refuse them.',
  'The server notes the time, place and a short description, then leaves.',
  'Within a few days the server signs an affidavit of service that is filed with the court.',
  'What we will never do',
  j(
    'We will never threaten you, force our way into your home, pretend to be a delivery driver for a company we do not work',
    'for, or discuss your case with your neighbours. If anyone claiming to be a process server asks you for money, it is a scam:',
    'no legitimate server collects payments.',
  ),
  'Can I avoid being served?',
  j(
    'Avoiding service almost never helps. If a server cannot reach you after several attempts, the court can allow substituted',
    'service, for example leaving the papers with an adult at your home, or service by publication in a newspaper. The case will',
    'go ahead either way, and you may lose time you could have used to respond.',
  ),
  'What to do after you are served',
  j(
    'Read the papers the same day. The first page tells you what kind of case it is, which court it is in and, most importantly,',
    'how many days you have to respond. In Carrow County that is usually 21 days for a civil summons and as little as 5 days for an',
    'eviction. If you are unsure what the papers mean, contact a lawyer or the court’s self-help centre straight away.',
  ),
  j(
    '<strong>We cannot give you legal advice.</strong> If you have questions about your case, please call the court clerk or an',
    'attorney rather than the process server who delivered the papers.',
  ),
];
const sLi = sBody.slice(5, 9);
const sHeads = [1, 3, 9, 11, 13];
const sNav = ['Home', 'Services', 'Pricing', 'Blog', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>${sTitle} — Ridgeback Legal Support</title><link rel="canonical" href="https://www.ridgebacklegal.example/blog/what-to-expect-process-server">
<meta property="og:site_name" content="Ridgeback Legal Support"><meta property="og:title" content="${sTitle} — Ridgeback Legal Support">
<meta property="og:type" content="article"><meta itemprop="author" content="Dana Kettering"><meta itemprop="datePublished" content="2026-03-04T09:30:00-0600">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"collectionId":"63f1a9c2"};</script>
<script type="application/ld+json">{"url":"https://www.ridgebacklegal.example","name":"Ridgeback Legal Support",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${sTitle}","datePublished":"2026-03-04T09:30:00-0600","author":{"name":"Dana Kettering"},
"@context":"http://schema.org","@type":"BlogPosting"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1a8d0/12/5c5a519771c10ba3470d8101/63f1a8d0/1579/site.css" rel="stylesheet"></head>
<body id="item-65e5a3f0c21b0e4a1d7e9a12" class="header--menu-open-false primary-button-style-solid tweak-blog-item-width-medium
tweak-blog-item-show-categories tweak-blog-item-show-date tweak-blog-item-show-author-name view-item collection-type-blog
collection-63f1a9c2 mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="{&quot;layout&quot;: &quot;navRight&quot;}"><div class="sqs-announcement-bar-dropzone"></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace-cdn.com/content/v1/63f1a8d0/ridgeback-logo.png?format=1500w" alt="Ridgeback Legal Support"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/request-service">Request Service</a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e5a3f0">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="65e5a3f0c21b0e4a1d7e9a13">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry blog-item hentry category-process-serving author-dana-kettering post-type-text article-index-1"
data-item-id="65e5a3f0c21b0e4a1d7e9a12">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-category-date-wrapper">
<div class="blog-meta-item blog-meta-item--categories"><a href="/blog?category=Process+Serving" class="blog-item-category">Process Serving</a></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-03-04">Mar 4</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author-name">Written By <a href="/blog?author=63f1a9c2d1" class="blog-item-author-profile-link">
<span>Dana Kettering</span></a></div></div></div>
<div class="blog-item-content-wrapper" data-layout-label="Post Body" data-type="item" data-updated-on="1709567400000"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1709567400000" id="item-65e5a3f0c21b0e4a1d7e9a12">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-0a1b2c3d4e5f">
<div class="sqs-block-content"><div class="sqs-html-content">
${ps([at(sBody, 0)], ' class="" style="white-space:pre-wrap;"')}
<h2>${at(sBody, 1)}</h2>${ps([at(sBody, 2)], ' class="" style="white-space:pre-wrap;"')}
<h2>${at(sBody, 3)}</h2>${ps([at(sBody, 4)], ' class="" style="white-space:pre-wrap;"')}
<ol data-rte-list="default">${lis(sLi.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ol>
<h2>${at(sBody, 9)}</h2>${ps([at(sBody, 10)], ' class="" style="white-space:pre-wrap;"')}
<h3>${at(sBody, 11)}</h3>${ps([at(sBody, 12)], ' class="" style="white-space:pre-wrap;"')}
<h2>${at(sBody, 13)}</h2>${ps([at(sBody, 14), at(sBody, 15)], ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div></div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--tags"><a href="/blog?tag=summons" class="blog-item-tag">summons</a>,
<a href="/blog?tag=your+rights" class="blog-item-tag">your rights</a></div>
<div class="blog-item-share"><div class="blog-share-container"><a href="#" class="blog-share-link">Share</a></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination=""><a class="item-pagination-link item-pagination-link--prev"
href="/blog/how-much-does-it-cost-to-serve-papers"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">How Much Does It Cost to Serve Papers in Carrow County?</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/blog/affidavit-of-service-explained"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">The Affidavit of Service, Explained</h2></a></section></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section background-width--full-bleed
section-height--small content-width--wide"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>Ridgeback Legal Support</h3><p class="" style="white-space:pre-wrap;">Registered process servers for Carrow and Linden counties.</p>
<p class="" style="white-space:pre-wrap;">Mon–Fri 8am–6pm · (555) 017-3340</p></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form"><header class="newsletter-form-header"><h2>Get our monthly court-filing tips</h2></header>
<div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label
title" for="newsletter-email">Email Address</label><input class="newsletter-form-field-element field-element" name="email" type="email"
placeholder="Email Address"></div></div><div class="newsletter-form-footer"><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div><div class="hidden form-submission-text">Thank you!</div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">© 2026 Ridgeback Legal Support LLC</p></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--fixed" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const ridgeback: TestPage = {
  name: 'heldout546-squarespace-process-server-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads.map((i) => at(sBody, i)),
  body: texts(sBody.filter((_, i) => !sHeads.includes(i))),
  bylines: ['Mar 4', 'Written By Dana Kettering'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav.filter((t) => t !== 'Contact'), 'Request Service', 'Process Serving', 'your rights', 'Share', 'Previous',
    'How Much Does It Cost to Serve Papers in Carrow County?', 'Next', 'The Affidavit of Service, Explained', 'Ridgeback Legal Support',
    'Registered process servers for Carrow and Linden counties.', 'Mon–Fri 8am–6pm · (555) 017-3340', 'Get our monthly court-filing tips',
    'Email Address', 'Sign Up', '© 2026 Ridgeback Legal Support LLC', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT546_A2: readonly TestPage[] = [ridgeback];
