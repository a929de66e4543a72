import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout419-kit.js';

/**
 * Held-out batch 419, file f: a local newspaper's delivery-delay story on BLOX CMS (TownNews: top bar, weather widget,
 * section navigation, asset header with kicker, byline card and dates, share tools, photo with caption and credit, inline
 * "Read more" promo, ad slot, tags, newsletter box, comments, "Most popular" rail, footer) and a courier's sustainability page
 * on Adobe Experience Manager (core components: cmp-title, cmp-text, cmp-teaser, cmp-image with caption, breadcrumb, footer).
 */
const lTitle = 'Christmas parcels still stuck as Wexley sorting hub clears backlog';
const lBody = [
  j(
    'WEXLEY — Thousands of parcels posted before Christmas are still waiting to be delivered across the county, more than two weeks',
    'after a fault in the conveyor system at the Wexley sorting hub brought it to a halt for three days.',
  ),
  j(
    'Isles Post said on Monday that about 40,000 items remained in the building, down from a peak of 210,000 on Dec. 23. The company',
    'expects to clear the backlog by the end of next week and has brought in staff from two other hubs to work overnight shifts.',
  ),
  j(
    '“We know how frustrating this has been, especially for people waiting for presents and for small businesses that rely on us,”',
    'said regional operations manager Colm Aberline. “Every parcel will be delivered, and none has been lost.”',
  ),
];
const lImpactH = 'Small firms count the cost';
const lImpact = [
  j(
    'For Hettie Saltash, who sells knitted toys from her home in Brackenford, the delay meant refunding 31 orders. “Customers see',
    'my name on the order, not the courier’s,” she said. “I have paid for postage twice on some of them.”',
  ),
  j(
    'The Wexley Chamber of Commerce has asked members to keep records of lost sales. Its chair, Ros Delane, said the chamber would',
    'ask Isles Post for a compensation scheme similar to the one it offered after the floods of 2023.',
  ),
];
const lWhatH = 'What customers can do';
const lWhat = [
  j(
    'Isles Post said tracked items would show a "Delayed in our network" status and asked customers not to call unless a parcel',
    'had shown no movement for ten working days. Claims for late delivery can be made online once the item arrives.',
  ),
  'Customers sending items this week have been told to allow two extra days for delivery within the county.',
];
const lNav = ['News', 'Sports', 'Opinion', 'Obituaries', 'Business', 'Events', 'Classifieds', 'e-Edition'];
const lPop = ['Council approves new car park at Brackenford station', 'Bakery on Mill Street to close after 60 years', 'High school team reaches final'];
const lFoot = ['Contact us', 'Advertise', 'Terms of use', 'Privacy policy', 'Accessibility'];
const lCap = 'Vans wait to load at the Wexley sorting hub on Monday. Staff from two other hubs have been brought in to clear the backlog.';
const lComment = 'Still waiting on a parcel posted Dec. 18 in Ardrain. Tracking has not changed in 12 days.';
const lHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${lTitle} | Local News | harrowgateledger.example</title>
<meta name="description" content="About 40,000 items remain at the Wexley hub after a conveyor fault."><meta property="og:type" content="article">
<meta name="author" content="Marta Quill"><meta property="article:section" content="Local News"><meta name="keywords" content="isles post, wexley, delivery">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${lTitle}",
"author":[{"@type":"Person","name":"Marta Quill"}],"datePublished":"2026-01-05T17:40:00-05:00","dateModified":"2026-01-06T09:12:00-05:00"}</script>
<link rel="stylesheet" href="https://bloximages.example/townnews/tncms/assets/v3/editorial/css/tncms.min.css">
<script>var __tnt = __tnt || {}; __tnt.client = {"site":"harrowgateledger.example","asset":{"uuid":"5a1c-9e2b","type":"article"}};</script>
</head><body class="fixed-header layout-asset asset-article"><div id="site-top-nav-container" class="hidden-print">
<div id="site-top-nav" class="container"><ul class="nav navbar-nav"><li><a href="/eedition">Today’s e-Edition</a></li></ul>
<div class="weather-current"><span class="tnt-weather-temp">34°F</span> <span class="tnt-weather-desc">Light snow</span></div>
<a href="/users/login" class="btn btn-link tnt-signin">Sign In</a><a href="/subscribe" class="btn btn-primary">Subscribe</a></div></div>
<header id="site-navbar-container"><nav id="main-navigation" class="navbar navbar-default"><a class="navbar-brand" href="/">The Harrowgate Ledger</a>
<ul class="nav navbar-nav">${links(lNav, 'dropdown')}</ul></nav></header>
<div id="main-page-container" class="container"><div class="row"><div class="col-md-8 main-content"><article class="tnt-asset-type-article">
<header class="asset-header"><div class="asset-kicker"><a href="/news/local">Local News</a></div><h1 class="headline"><span
class="tnt-headline">${lTitle}</span></h1>
<div class="asset-byline"><ul class="list-inline"><li><span class="tnt-byline">By <a href="/users/profile/mquill">Marta Quill</a></span>
<span class="tnt-byline-role">Staff writer</span></li></ul></div>
<ul class="list-inline asset-date"><li><time datetime="2026-01-05T17:40:00-05:00" class="tnt-date">Jan 5, 2026</time></li>
<li><span class="asset-date-updated">Updated <time datetime="2026-01-06T09:12:00-05:00">Jan 6, 2026</time></span></li></ul>
<div class="share-container"><ul class="list-inline share-list"><li><a class="tnt-share-facebook" href="#">Facebook</a></li>
<li><a class="tnt-share-twitter" href="#">Twitter</a></li><li><a class="tnt-share-email" href="#">Email</a></li>
<li><a class="tnt-share-print" href="#">Print</a></li><li><a class="tnt-save" href="#">Save</a></li></ul></div></header>
<div class="asset-photo"><figure class="photo"><img src="https://bloximages.example/wexley-hub.jpg" alt="Vans at the Wexley hub">
<figcaption class="caption-container"><div class="caption-text"><p>${lCap}</p></div><div class="caption-credit">Tobias Renn/The Ledger</div>
</figcaption></figure></div>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
${ps(lBody.slice(0, 2))}
<div class="tnt-ads-container"><div class="tnt-ads fixed-300x250"><span class="advertisement-label">Advertisement</span></div></div>
${ps(lBody.slice(2))}
<div class="inline-editorial-ad"><p><strong>Read more:</strong> <a href="/news/local/isles-post-floods">Isles Post pays out after 2023 floods</a></p></div>
<h3>${lImpactH}</h3>
${ps(lImpact)}
<h3>${lWhatH}</h3>
${ps(lWhat)}
</div>
<div class="asset-tags"><h4>Tags</h4><ul class="list-inline"><li><a href="/search/?k=isles+post">Isles Post</a></li>
<li><a href="/search/?k=wexley">Wexley</a></li><li><a href="/search/?k=small+business">Small business</a></li></ul></div>
<div class="tnt-newsletter-signup"><h4>Morning Briefing</h4><p>Get the day’s local headlines in your inbox at 6 a.m.</p>
<button class="btn btn-primary">Sign up</button></div>
<section id="comments" class="asset-comments"><h4 class="block-title">Comments</h4><ul class="comments-list"><li class="comment">
<span class="comment-author">lennox_w</span> <span class="comment-date">Jan 6, 2026 8:02am</span><p class="comment-text">${lComment}</p></li></ul>
<p class="comments-login">Log In to comment or create an account.</p></section></article></div>
<aside class="col-md-4 sidebar"><div class="tnt-ads fixed-300x600"><span class="advertisement-label">Advertisement</span></div>
<div class="block-title"><h3>Most Popular</h3></div><ol class="tnt-popular">${links(lPop)}</ol></aside></div></div>
<footer id="site-footer"><div class="container"><ul class="list-inline">${links(lFoot)}</ul>
<p class="copyright">© 2026 The Harrowgate Ledger. Powered by BLOX Content Management System from TownNews.</p></div></footer>
<script src="https://bloximages.example/townnews/tncms/assets/v3/editorial/js/tncms.min.js"></script></body></html>`;
const ledger: TestPage = {
  name: 'heldout419-blox-delivery-delay-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [lImpactH, lWhatH],
  body: texts([...lBody, ...lImpact, ...lWhat]),
  bylines: ['By Marta Quill', 'Staff writer', 'Jan 5, 2026', 'Updated Jan 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Today’s e-Edition', '34°F', 'Light snow', 'Sign In', 'Subscribe', 'The Harrowgate Ledger', ...lNav, 'Local News', 'Facebook', 'Twitter',
    'Email', 'Print', 'Save', lCap, 'Tobias Renn/The Ledger', 'Advertisement', 'Read more: Isles Post pays out after 2023 floods', 'Tags',
    'Small business', 'Morning Briefing', 'Get the day’s local headlines in your inbox at 6 a.m.', 'Sign up', 'Comments', 'lennox_w',
    'Jan 6, 2026 8:02am', lComment, 'Log In to comment or create an account.', 'Most Popular', ...lPop, ...lFoot,
    '© 2026 The Harrowgate Ledger. Powered by BLOX Content Management System from TownNews.',
  ],
};

const aTitle = 'Delivering with a lighter footprint';
const aIntro = [
  j(
    'Aldmoor Parcel moves around 900,000 parcels a day. Every one of them uses fuel, packaging and space in a building that needs',
    'heating and light. Our plan is to halve the emissions from each parcel by 2030, compared with 2022, and to reach net zero across',
    'our own operations by 2040.',
  ),
];
const aFleetH = 'An electric fleet';
const aFleet = [
  j(
    'At the end of 2025, 41% of our delivery vans were fully electric, up from 12% two years earlier. In city centres we also use',
    'cargo bikes, which now carry one in five parcels in Harrowgate and Tamsworth.',
  ),
  j(
    'Charging is the hardest part. We have installed 1,260 chargers at 38 depots and agreed a contract for renewable electricity that',
    'covers all of them. Long-distance trunking between hubs still relies on diesel lorries, and we are trialling two hydrogen',
    'trucks on the Wexley to Calder Vale route.',
  ),
];
const aBuildH = 'Buildings and packaging';
const aBuild = [
  'Solar panels on the roofs of our six largest hubs, producing about a quarter of their electricity',
  'LED lighting with motion sensors in every depot',
  'Reusable tote bags for business customers, used on average 40 times before recycling',
];
const aNumsH = 'Progress so far';
const aNums: [string, string, string][] = [
  ['Grams of CO2e per parcel', '412', '318'],
  ['Share of electric vans', '12%', '41%'],
  ['Waste recycled at hubs', '68%', '86%'],
];
const aQuote = j(
  '“Customers choose us on price and speed, but more and more of them also ask what a delivery costs the planet. We want to give',
  'them a straight answer.”',
);
const aQuoteBy = 'Ines Carrow, Head of Sustainability';
const aMore = [
  j(
    'We publish our full emissions figures each spring in our annual sustainability report, checked by an independent auditor. The',
    'figures include the parcels our subcontractors deliver on our behalf.',
  ),
];
const aNav = ['Sending', 'Receiving', 'Business', 'About us', 'Sustainability'];
const aCrumb = ['Home', 'About us', 'Sustainability'];
const aTeasers = ['Read the 2025 sustainability report', 'How cargo bikes work in our city depots'];
const aFoot = ['Contact us', 'Careers', 'Investors', 'Press centre', 'Privacy', 'Cookie settings', 'Legal'];
const aCap = 'A cargo bike rider loads parcels at the Harrowgate city depot.';
const aHtml = `<!DOCTYPE HTML><html lang="en-GB"><head><meta charset="UTF-8"/><title>Sustainability | Aldmoor Parcel</title>
<meta name="description" content="Our plan to halve emissions per parcel by 2030."/><meta name="template" content="content-page"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><meta property="og:title" content="${aTitle}"/>
<link rel="stylesheet" href="/etc.clientlibs/aldmoor/clientlibs/clientlib-site.lc-5e1c2f-lc.min.css" type="text/css">
<script>window.adobeDataLayer = window.adobeDataLayer || [];window.adobeDataLayer.push({"page":{"template":"content-page","lang":"en-GB"}});</script>
</head><body class="page basicpage" id="page-8f1c2b"><div class="root container responsivegrid"><div id="container-1a2b" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12"><header class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div class="cmp-experiencefragment cmp-experiencefragment--header"><div class="cmp-container"><a class="cmp-image__link" href="/en"><img
class="cmp-image__image" src="/content/dam/aldmoor/logo.svg" alt="Aldmoor Parcel"></a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">
${links(aNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav></div></div></header>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb">
<ol class="cmp-breadcrumb__list">${links(aCrumb, 'cmp-breadcrumb__item')}</ol></nav></div>
<main class="container responsivegrid aem-GridColumn aem-GridColumn--default--12"><div class="cmp-container">
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${aTitle}</h1></div></div>
<div class="text"><div class="cmp-text">${ps(aIntro)}</div></div>
<div class="image"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img src="/content/dam/aldmoor/cargo-bike.jpg"
class="cmp-image__image" itemprop="contentUrl" alt="Cargo bike"/><span class="cmp-image__title" itemprop="caption">${aCap}</span></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${aFleetH}</h2></div></div>
<div class="text"><div class="cmp-text">${ps(aFleet)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${aBuildH}</h2></div></div>
<div class="text"><div class="cmp-text"><ul>${aBuild.map((b) => `<li>${b}</li>`).join('\n')}</ul></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${aNumsH}</h2></div></div>
<div class="text"><div class="cmp-text"><table><thead><tr><th>Measure</th><th>2022</th><th>2025</th></tr></thead><tbody>
${aNums.map(([a, b, c]) => `<tr><td>${a}</td><td>${b}</td><td>${c}</td></tr>`).join('\n')}</tbody></table></div></div>
<div class="quote"><blockquote class="cmp-quote"><p class="cmp-quote__text">${aQuote}</p><cite class="cmp-quote__author">${aQuoteBy}</cite>
</blockquote></div>
<div class="text"><div class="cmp-text">${ps(aMore)}</div></div>
<div class="teaser-list"><div class="cmp-container">${aTeasers
  .map(
    (t) => `<div class="teaser"><div class="cmp-teaser"><div class="cmp-teaser__content"><h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link"
href="/en/about/${t.length}">${t}</a></h3><div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="#">Find out more</a></div>
</div></div></div>`,
  )
  .join('\n')}</div></div></div></main>
<footer class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer">
<ul class="cmp-list">${links(aFoot, 'cmp-list__item')}</ul><p class="cmp-text">© Aldmoor Parcel Ltd 2026</p></div></footer></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to improve your experience and to measure our advertising.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>
<script src="/etc.clientlibs/aldmoor/clientlibs/clientlib-site.lc-0a9d1e-lc.min.js"></script></body></html>`;
const aldmoor: TestPage = {
  name: 'heldout419-aem-sustainability-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [aFleetH, aBuildH, aNumsH],
  body: texts([...aIntro, ...aFleet, ...aBuild, ...aNums.flat(), aQuote, ...aMore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Home', aCap, aQuoteBy, ...aTeasers, 'Find out more', ...aFoot, '© Aldmoor Parcel Ltd 2026',
    'We use cookies to improve your experience and to measure our advertising.', 'Accept All Cookies', 'Cookies Settings',
  ],
};

export const HELDOUT419_F: readonly TestPage[] = [ledger, aldmoor];
