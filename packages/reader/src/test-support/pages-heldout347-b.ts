import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout347-kit.js';

/**
 * Held-out batch 347, file b: a GST/HST guide on Canada.ca (GCWeb: skip links, language toggle, search, breadcrumb,
 * "From:" line, an alert box, "Report a problem", "Share this page", "Date modified" and the two-band footer) and an
 * accountant's blog post on WordPress with the Astra theme (Complianz cookie banner, entry meta, Sassy Social Share bar,
 * post navigation, comments with the reply form, a right sidebar and the footer bar).
 */
const cTitle = 'GST/HST and short-term rentals of recreational equipment';
const cHeadings = ['Who this guide is for', 'When the rental is a taxable supply', 'Place of supply rules', 'Keeping records'];
const cFor = [
  j(
    'This guide is for businesses that rent out kayaks, bicycles, camping gear, snowshoes and similar recreational equipment for',
    'periods of less than three months. It explains when you have to charge the GST/HST and at which rate.',
  ),
];
const cTax = [
  j(
    'A rental of recreational equipment is a taxable supply of tangible personal property. If you are a GST/HST registrant, you have',
    'to collect the tax on the rental charge and on any related fees, such as delivery, cleaning or damage waiver fees.',
  ),
  j(
    'You do not have to register if you are a small supplier, meaning your taxable revenues from all sources were $30,000 or less',
    'in the last four consecutive calendar quarters. You may still choose to register so that you can claim input tax credits.',
  ),
  j(
    'If a rental agreement is renewed automatically and the total period goes beyond three months, the supply is no longer a short-term',
    'rental. Treat it as a long-term lease from the start of the renewal, and review the place of supply under the lease rules.',
  ),
];
const cPlace = [
  'For a rental of three months or less, the place of supply is generally the province where the equipment is delivered or made available to the customer.',
];
const cPlaceList = [
  'If the customer picks up a kayak at your shop in a participating province, charge the HST rate of that province.',
  'If you deliver the equipment to a campsite in a non-participating province, charge the GST only.',
  'If the equipment is shipped to the customer by courier, use the province of the delivery address.',
];
const cPlace2 = [
  j(
    'Where one rental agreement covers equipment picked up in two provinces, charge tax on each item according to where it was',
    'made available. Show the two amounts separately on the invoice.',
  ),
];
const cRec = [
  j(
    'Keep a copy of every rental agreement and invoice for six years. Each record should show the date the equipment was made',
    'available, the pickup or delivery location, the rental period and the amount of tax charged.',
  ),
];
const cAlert = 'The rules in this guide apply to rental periods that begin on or after April 1, 2026.';
const cCrumbs = ['Canada.ca', 'Taxes', 'GST/HST for businesses', 'Charge and collect the tax'];
const cFoot1 = ['Contact us', 'Departments and agencies', 'Public service and military', 'News', 'Treaties, laws and regulations', 'Government-wide reporting'];
const cFoot2 = ['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'];
const cHtml = `<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8"><title>${cTitle} - Canada.ca</title>
<meta content="width=device-width,initial-scale=1" name="viewport"><meta name="dcterms.title" content="${cTitle}">
<meta name="dcterms.creator" content="Canada Revenue Agency"><meta name="dcterms.issued" title="W3CDTF" content="2024-06-10">
<meta name="dcterms.modified" title="W3CDTF" content="2026-01-15"><meta name="dcterms.language" title="ISO639-2/T" content="eng">
<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/theme.min.css">
<script src="//assets.adobedtm.com/caacec67651710193d2331efef325107c23a0145/satelliteLib-92fcbbc24eeebb654a3dfdc2f2e7fc10c9ff2a4c.js"></script></head>
<body vocab="http://schema.org/" typeof="WebPage"><nav><ul id="wb-tphp" class="wb-init wb-disable-inited">
<li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><div class="row"><section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right">
<h2 class="wb-inv">Language selection</h2><ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr" href="/fr/agence-revenu.html">
<span class="hidden-xs">Français</span></a></li></ul></section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization"><a href="/en.html" property="url">
<img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"></a></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form action="https://www.canada.ca/en/revenue-agency/search.html" method="get" role="search"><label for="wb-srch-q" class="wb-inv">Search Canada.ca</label>
<input id="wb-srch-q" class="wb-srch-q form-control" name="q" type="search" placeholder="Search Canada.ca"></form></section></div></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><div class="container"><h2 class="wb-inv">Menu</h2>
<button type="button" aria-haspopup="true" aria-expanded="false">Main <span class="wb-inv">Menu</span></button></div></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">${links(cCrumbs)}</ol></div></nav></header>
<main property="mainContentOfPage" resource="#wb-main" class="container" typeof="WebPageElement">
<h1 property="name" id="wb-cont">${cTitle}</h1>
<p class="gc-byline"><strong>From: <a href="/en/revenue-agency.html">Canada Revenue Agency</a></strong></p>
<section class="alert alert-info"><p>${cAlert}</p></section>
<h2 id="who">${cHeadings[0] ?? ''}</h2>
${ps(cFor)}
<h2 id="taxable">${cHeadings[1] ?? ''}</h2>
${ps(cTax)}
<h2 id="place">${cHeadings[2] ?? ''}</h2>
${ps(cPlace)}
<ul class="lst-spcd">${lis(cPlaceList)}</ul>
${ps(cPlace2)}
<h2 id="records">${cHeadings[3] ?? ''}</h2>
${ps(cRec)}
<section class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><div class="col-sm-8 col-md-9 col-lg-9">
<div class="wb-disable-allow" data-ajax-replace="/etc/designs/canada/wet-boew/assets/feedback/page-feedback-en.html">
<section class="gc-pft"><a href="/en/report-problem.html" class="btn btn-default">Report a problem or mistake on this page</a></section></div></div>
<div class="col-sm-3 col-sm-offset-1 col-md-3 col-md-offset-0 col-lg-2 col-lg-offset-1"><div class="wb-share"
data-wb-share='{"lnkClass": "btn btn-default btn-block"}'>
<a href="#shr-pg0" class="shr-opn wb-lbx btn btn-default btn-block">Share this page</a></div></div></div>
<dl id="wb-dtmd"><dt>Date modified: </dt><dd><time property="dateModified">2026-01-15</time></dd></dl></section></main>
<footer id="wb-info"><div class="gc-contextual"><div class="container"><nav><h3>Canada Revenue Agency (CRA)</h3>
<ul class="list-col-xs-1 list-col-sm-2 list-col-md-3"><li><a href="/en/revenue-agency/corporate/contact-information.html">Contact the CRA</a></li>
<li><a href="/en/revenue-agency/corporate/about-canada-revenue-agency-cra.html">About the CRA</a></li></ul></nav></div></div>
<div class="gc-main-footer"><div class="container"><nav><h3>Government of Canada</h3><ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">${links(cFoot1)}</ul>
</nav></div></div><div class="gc-sub-footer"><div class="container d-flex align-items-center"><nav><h3 class="wb-inv">Government of Canada Corporate</h3>
<ul>${links(cFoot2)}</ul></nav></div></div></footer>
<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script><script>_satellite.pageBottom();</script></body></html>`;
const canada: TestPage = {
  name: 'heldout347-canada-ca-gcweb-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeadings,
  body: texts([...cFor, ...cTax, ...cPlace, ...cPlaceList, ...cPlace2, ...cRec]),
  bylines: ['Date modified: 2026-01-15'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Search Canada.ca', 'You are here:', ...cCrumbs,
    'From: Canada Revenue Agency', cAlert, 'Page details', 'Report a problem or mistake on this page', 'Share this page', 'Canada Revenue Agency (CRA)',
    'Contact the CRA', 'About the CRA', 'Government of Canada', ...cFoot1, 'Government of Canada Corporate', ...cFoot2,
  ],
};

const wTitle = 'Working from home? The three expenses our clients forget to claim every year';
const wHeadings = ['1. The business share of your broadband', '2. Professional subscriptions', '3. Small equipment you already paid for', 'What to do now'];
const wIntro = [
  j(
    'Every January our inbox fills up with the same question: "Can I claim anything for working from home?" The honest answer is',
    'usually yes, but less than people hope, and rarely the thing they ask about. Heating and a share of the rent get all the attention.',
  ),
  'The claims that actually slip through are smaller and duller. Here are the three we add to returns most often after the client thought they were done.',
];
const wB1 = [
  j(
    'If you are self-employed and use your home broadband for work, you can claim the business proportion of the monthly cost.',
    'We normally look at the hours: if the line is used for work on weekdays from nine to five and by the family in the evenings,',
    'a claim of around 40% is easy to defend.',
  ),
  'Keep one year of bills and a short note of how you worked out the percentage. That note is what an inspector will ask for first.',
];
const wB2 = [
  j(
    'Membership of a professional body, trade association fees and the subscription to the software you use to do your job are',
    'all allowable. We found four clients last year paying for a design package personally and never claiming it.',
  ),
];
const wB3 = ['Tools and equipment bought for the business can be claimed in the year you pay for them. The usual suspects are:'];
const wB3List = ['a second monitor or a docking station;', 'an office chair bought after a back complaint;', 'a printer and its ink;', 'headsets for calls.'];
const wNow = [
  j(
    'Go through your bank statements for the tax year and mark anything that fits one of the three headings. Send the list to us',
    'with the receipts you still have, and we will tell you which items can go on the return.',
  ),
  '“Small claims add up. Three or four of them can easily be worth more than the flat-rate allowance most people settle for.”',
];
const wMenu = ['About us', 'Services', 'Sectors', 'Pricing', 'Blog', 'Contact'];
const wRecent = [
  'Payments on account: why your July bill looks so big',
  'Should your side hustle become a limited company?',
  'A plain guide to the VAT flat rate',
];
const wCats = ['Self Assessment', 'Small Business', 'VAT', 'Landlords'];
const wCmt1 = 'Really useful, thank you. Does the broadband rule still apply if the contract is in my partner’s name?';
const wCmt2 = 'Good question, Priya. It can, if you pay your share of the bill. Drop us a line and we will look at your set-up.';
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} - Tennant &amp; Loh Chartered Accountants</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-02T08:00:00+00:00">
<meta name="author" content="Moira Tennant"><script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"Article","headline":"${wTitle}","author":{"name":"Moira Tennant"},"datePublished":"2026-03-02T08:00:00+00:00","wordCount":540}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://tennantloh.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.1"
media="all">
<link rel="stylesheet" id="heateor_sss_frontend_css-css"
href="https://tennantloh.example/wp-content/plugins/sassy-social-share/public/css/sassy-social-share-public.css">
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_header_footer_builder_active":"1"};</script></head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-2381 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.8.1 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope><div id="ast-desktop-header"
data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="site-branding ast-site-identity"><span class="site-title" itemprop="name"><a href="https://tennantloh.example/"
rel="home">Tennant &amp; Loh</a></span>
<p class="site-description" itemprop="description">Chartered accountants for freelancers and small firms</p></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">${links(
  wMenu,
  'menu-item menu-item-type-post_type',
)}</ul>
</nav></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2381 post type-post status-publish format-standard hentry category-self-assessment ast-article-single" id="post-2381"
itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author">
<a title="View all posts by Moira Tennant" href="https://tennantloh.example/author/moira/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Moira Tennant</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
March 2, 2026</span></span> / <span class="cat-links"><a href="/category/self-assessment/" rel="category tag">Self Assessment</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(wIntro)}
<h2 class="wp-block-heading">${wHeadings[0] ?? ''}</h2>
${ps(wB1)}
<h2 class="wp-block-heading">${wHeadings[1] ?? ''}</h2>
${ps(wB2)}
<h2 class="wp-block-heading">${wHeadings[2] ?? ''}</h2>
${ps(wB3)}
<ul class="wp-block-list">${lis(wB3List)}</ul>
<h2 class="wp-block-heading">${wHeadings[3] ?? ''}</h2>
${ps(wNow.slice(0, 1))}
<blockquote class="wp-block-quote"><p>${wNow[1] ?? ''}</p></blockquote>
<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing" data-heateor-sss-href="https://tennantloh.example/working-from-home/">
<div class="heateor_sss_sharing_title" style="font-weight:bold">Spread the love</div><div class="heateor_sss_sharing_ul">
<a aria-label="Facebook" class="heateor_sss_facebook" href="#" title="Facebook"><span class="heateor_sss_svg"></span></a>
<a aria-label="Linkedin" class="heateor_sss_button_linkedin" href="#" title="Linkedin"><span class="heateor_sss_svg"></span></a></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/vat-flat-rate/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/payments-on-account/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">
2 thoughts on “${wTitle}”</h3></div><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-412"><article id="comment-412" class="ast-comment"><div class="ast-comment-info">
<div class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Priya Lanchester</b></cite>
</div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-412"><time datetime="2026-03-03T09:12:00+00:00">March 3,
2026 at 9:12 am</time></a></span></div>
</div></div><section class="ast-comment-content comment"><p>${wCmt1}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></span></div></section>
</article><ol class="children"><li class="comment byuser bypostauthor depth-2" id="li-comment-413"><article id="comment-413" class="ast-comment">
<div class="ast-comment-meta"><div class="ast-comment-cite-wrap"><cite><b class="fn">Moira Tennant</b></cite></div>
<div class="ast-comment-time"><a href="#comment-413"><time datetime="2026-03-03T11:40:00+00:00">March 3, 2026 at 11:40 am</time></a></div></div>
<section class="ast-comment-content comment"><p>${wCmt2}</p></section></article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked *</p>
<textarea id="comment" name="comment" placeholder="Type here.."></textarea><input name="author" placeholder="Name*"><input name="email" placeholder="Email*">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope><div class="sidebar-main">
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(wRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wCats, 'cat-item')}</ul></aside>
<aside id="block-7" class="widget widget_block"><div class="wp-block-group"><p><strong>Book a free 20-minute call</strong></p>
<p>Not sure what you can claim? Talk it through with one of our team.</p></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-footer-copyright"><p>Copyright © 2026 Tennant &amp; Loh Chartered Accountants | Powered by Tennant &amp; Loh</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://tennantloh.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.1" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout347-wordpress-astra-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeadings,
  body: texts([...wIntro, ...wB1, ...wB2, ...wB3, ...wB3List, ...wNow]),
  bylines: ['Moira Tennant', 'March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tennant & Loh', 'Chartered accountants for freelancers and small firms', ...wMenu, 'Self Assessment', 'Spread the love',
    'Previous Post', 'Next Post', 'Post navigation', `2 thoughts on “${wTitle}”`, 'Priya Lanchester', 'March 3, 2026 at 9:12 am', wCmt1, 'Reply',
    'March 3, 2026 at 11:40 am', wCmt2, 'Leave a Reply', 'Cancel reply', 'Your email address will not be published. Required fields are marked *',
    'Recent Posts', ...wRecent, 'Categories', ...wCats.slice(1), 'Book a free 20-minute call',
    'Not sure what you can claim? Talk it through with one of our team.',
    'Copyright © 2026 Tennant & Loh Chartered Accountants | Powered by Tennant & Loh', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT347_B: readonly TestPage[] = [canada, astra];
