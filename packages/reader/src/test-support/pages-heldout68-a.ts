import { links, type TestPage, texts } from './page-kit.js';
import { australianNews } from './pages-heldout68-a2.js';

/**
 * Held-out batch 68, file a: a regional US daily on the BLOX (TownNews) CMS (breaking-news skyline bar, Bootstrap navbar
 * with e-Edition and log-in links, breadcrumb, headline and subheadline, byline with title, posted and updated times and the
 * read time, share bar, lead photo with caption and credit, an in-story ad slot and newsletter card, a subhead, tags, the
 * author card, "Related to this story" cards, the comments box, the paywall modal left hidden in the DOM, the "Most Popular"
 * rail with its tabs and the footer with the paper's address).
 */
const bxTitle = 'Linwood County commissioners approve $18.4 million bond for new water plant';
const bxDek = 'Rates for most households will rise about $6 a month starting next July';
const bxBody1 = [
  'Linwood County commissioners voted 4-1 Tuesday night to borrow $18.4 million for a new water treatment plant, ending nearly ' +
    'three years of debate over how to replace the aging facility on River Road that has served the county since 1968.',
  'The vote came after more than two hours of public comment, much of it from residents of the Millbrook and Cedar Hollow ' +
    'subdivisions, where a string of boil-water notices last summer left some families buying bottled water for weeks at a time.',
  '“We have patched that plant for as long as anyone in this room has been alive,” said Commissioner Darlene Huff, who chairs ' +
    'the board. “At some point you stop patching and you build.”',
  'Under the plan, the county will issue revenue bonds over 25 years and repay them through water fees. Utilities director ' +
    'Marcus Oyelaran told commissioners the average household, using about 5,000 gallons a month, would see its bill rise by ' +
    'roughly $6, from $41.20 to $47.35.',
  'Commissioner Ray Tolliver cast the lone vote against the bond. He said he supported a new plant but wanted the county to ' +
    'apply again for a low-interest state revolving loan before committing to the open market.',
  '“Every point of interest we can shave off is money that stays in people’s pockets,” Tolliver said. “I don’t think we ' + 'tried hard enough.”',
  'Oyelaran said the county had applied for the state loan twice and been placed on a waiting list both times. Delaying again, ' +
    'he said, would expose the project to rising construction costs, which have climbed by about 11 percent since the first ' +
    'engineering estimate in 2023.',
];
const bxH1 = 'What happens next';
const bxBody2 = [
  'Design work by the Knoxville firm Barrow &amp; Keane is expected to be finished by spring, with construction starting in the ' +
    'fall of 2026. The new plant, to be built on county-owned land next to the existing one, is designed to treat up to 6 ' +
    'million gallons a day, double the current capacity.',
  'The old plant will stay in service until the new one is running, then be demolished. Officials said they expect the ' + 'switchover in early 2028.',
  'Residents can review the full engineering report at the county administration building on Depot Street or on the ' +
    'county’s website. A second public hearing on the new rate schedule is set for Nov. 18 at 6 p.m. in the courthouse annex.',
];
const bxBio =
  'Kendra Whitlock covers Linwood County government and schools for the Courier-Ledger. She joined the paper in 2021 after ' +
  'four years at the Cumberland Times.';
const bxNav = ['News', 'Sports', 'Opinion', 'Obituaries', 'Business', 'Lifestyles', 'Classifieds', 'Contact Us'];
const bxTags = ['Linwood County', 'Water Treatment', 'County Commission', 'Utilities'];
const bxRelated = [
  'Millbrook residents demand answers after third boil-water notice',
  'State loan list leaves Linwood water project waiting again',
  'Editorial: Linwood can’t afford to keep patching its water plant',
];
const bxPopular = [
  'Route 9 closed near Harlan Creek bridge after tractor-trailer crash',
  'Ashford High falls to Bradley Central in overtime thriller',
  'Obituary: Harold “Hal” Brannon, 84, longtime Ashford pharmacist',
  'New Mexican restaurant opens in former Depot Street bank',
  'Sheriff’s office warns of phone scam using deputies’ names',
];
const bxFoot = ['About Us', 'Submit News', 'Advertise', 'Place a Classified', 'Terms of Use', 'Privacy Policy', 'Manage Subscription'];
const bxCaption = 'The Linwood County water treatment plant on River Road, photographed Tuesday, has been in service since 1968.';
const bxHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bxTitle} | Local News | ashfordcourier.example</title>
<meta name="description" content="Linwood County commissioners voted 4-1 Tuesday night to borrow $18.4 million for a new water treatment plant.">
<meta property="og:type" content="article"><meta name="author" content="Kendra Whitlock">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bxTitle}",
"datePublished":"2025-10-14T22:41:00-04:00","dateModified":"2025-10-15T09:12:00-04:00","author":[{"@type":"Person","name":"Kendra Whitlock"}],
"publisher":{"@type":"Organization","name":"The Ashford Courier-Ledger"},"isAccessibleForFree":"False"}</script>
<script>var __tnt = __tnt || {}; __tnt.asset = {"uuid":"5c1e9b2a-a9d4-11f0-8d3e-2f7b6a1c0e44","type":"article","section":"news/local"};
window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"asset","assetType":"article","premium":true});</script>
<style>.tnt-ads-container{min-height:250px}#tncms-block-paywall{display:none}</style></head>
<body class="asset-article section-news-local tncms-region-layout fixed-header" data-asset-uuid="5c1e9b2a-a9d4-11f0-8d3e-2f7b6a1c0e44">
<div id="site-container"><a class="sr-only sr-only-focusable" href="#main-page-container">Skip to main content</a>
<div id="tncms-region-global-skyline" class="tncms-region"><div class="alert alert-breaking tnt-breaking-bar">
<span class="label label-danger">Breaking</span> <a href="/news/local/route-9-closed/article_88ab.html">${bxPopular[0]}</a></div></div>
<header id="site-navbar-container" class="navbar navbar-default tnt-header hidden-print">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="offcanvas"><span class="sr-only">Toggle navigation</span></button>
<a class="navbar-brand" href="/"><img alt="The Ashford Courier-Ledger" src="/content/tncms/live/global/resources/images/logo.png"></a></div>
<div class="navbar-right"><a class="btn btn-link" href="/eedition/">Today’s e-Edition</a><a class="btn btn-primary" href="/subscribe/">Subscribe</a>
<a class="btn btn-link tnt-signin" href="/users/login/">Log In</a><div class="weather-widget"><span class="temp">61°</span>
<span class="cond">Partly Cloudy</span></div></div>
<nav id="main-navigation" aria-label="Main"><ul class="nav navbar-nav">${links(bxNav, 'dropdown')}</ul></nav></header>
<div id="main-page-container" class="container-fluid main-content"><div class="row"><div class="col-md-8 col-lg-8 main-col">
<article class="asset-article"><div class="asset-masthead"><ol class="breadcrumb"><li><a href="/news/">News</a></li>
<li><a href="/news/local/">Local News</a></li></ol>
<h1 class="headline"><span class="asset-headline speakable-headline" itemprop="headline">${bxTitle}</span></h1>
<h2 class="subhead"><span class="asset-subheadline">${bxDek}</span></h2>
<div class="meta"><ul class="list-inline"><li><span class="tnt-byline"><span itemprop="author">By
<a href="/users/profile/kwhitlock" rel="author">Kendra Whitlock</a></span> <span class="text-muted">Staff Writer</span></span></li></ul>
<ul class="list-inline"><li><time datetime="2025-10-14T22:41:00-04:00" class="tnt-date asset-date text-muted">Oct 14, 2025</time></li>
<li><time datetime="2025-10-15T09:12:00-04:00" class="tnt-date asset-date text-muted">Updated Oct 15, 2025</time></li>
<li class="asset-content-readtime"><span class="fas fa-clock" aria-hidden="true"></span> 3 min to read</li></ul></div>
<div class="share-container headline-right hidden-print"><ul class="list-inline">
<li><a class="tnt-share share-facebook" href="#"><span class="sr-only">Facebook</span></a></li>
<li><a class="tnt-share share-twitter" href="#"><span class="sr-only">X</span></a></li>
<li><a class="tnt-share share-email" href="#"><span class="sr-only">Email</span></a></li>
<li><a class="tnt-share share-print" href="#"><span class="sr-only">Print</span></a></li>
<li><button class="tnt-bookmark" type="button"><span class="tnt-bookmark-label">Save</span></button></li></ul></div></div>
<div class="asset-photo"><figure class="photo layout-horizontal"><div class="image">
<img class="img-responsive lazyload" data-src="/content/tncms/assets/v3/editorial/5/c1/water-plant.jpg" alt="Water plant"></div>
<figcaption class="caption-container"><div class="caption-text"><p>${bxCaption}</p></div>
<div class="byline"><span class="tnt-byline">Jamal Reeves / The Courier-Ledger</span></div></figcaption></figure></div>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
<div class="subscriber-only encrypted-content">
${bxBody1
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"><div class="tnt-ads-container">
<span class="tnt-ads-label">Advertisement</span><div id="div-gpt-ad-instory-1"></div></div></div>
${bxBody1
  .slice(3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="inline-newsletter card hidden-print"><div class="card-body"><h4>Sign up for Morning Headlines</h4>
<p>The day’s top local stories from Ashford and Linwood County, in your inbox by 6 a.m.</p><form><input type="email" placeholder="Email address">
<button class="btn btn-primary">Sign up!</button></form></div></div>
<h3>${bxH1}</h3>
${bxBody2.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<div class="asset-tags"><ul class="list-inline"><li class="tags-label">Tags</li>${bxTags
  .map((t) => `<li><a class="tnt-tag" href="/search/?k=${encodeURIComponent(t)}">${t}</a></li>`)
  .join('')}</ul></div>
<div class="tnt-asset-author-card card"><img class="avatar" src="/users/kwhitlock.jpg" alt="">
<h5 class="author-name"><a href="/users/profile/kwhitlock">Kendra Whitlock</a></h5><p class="author-title">Staff Writer</p>
<p class="author-bio">${bxBio}</p><a class="btn btn-default btn-sm" href="mailto:kwhitlock@ashfordcourier.example">Author email</a></div>
<div class="card-grid related-content hidden-print"><h3 class="block-title">Related to this story</h3><ul>${links(bxRelated, 'card')}</ul></div>
<section id="asset-comments" class="tnt-comments hidden-print"><h3 class="block-title">Comments</h3>
<div class="vf3-comments" data-vf-container-id="5c1e9b2a"><p class="text-muted">Loading comments…</p></div>
<p class="small comment-rules">Comments are moderated. Stay on topic, use your real name and treat others with respect.</p></section>
</article></div>
<aside class="col-md-4 col-lg-4 right-rail hidden-print"><div class="tnt-ads-container"><span class="tnt-ads-label">Advertisement</span></div>
<div class="card most-popular"><h3 class="block-title">Most Popular</h3><ul class="nav nav-tabs"><li class="active"><a href="#">Articles</a></li>
<li><a href="#">Images</a></li><li><a href="#">Videos</a></li></ul><ol class="tnt-headlines">${links(bxPopular)}</ol></div>
<div class="card e-edition"><h3 class="block-title">Latest e-Edition</h3><a href="/eedition/">Read the Oct. 15 edition</a></div></aside></div></div>
<div id="tncms-block-paywall" class="modal" role="dialog" aria-hidden="true"><div class="modal-content"><h4>Thanks for reading!</h4>
<p>You’ve reached your limit of free articles this month. Subscribe for unlimited access to local news.</p>
<a class="btn btn-primary" href="/subscribe/">See subscription options</a></div></div>
<footer id="site-footer" class="hidden-print"><div class="footer-contact"><h5>The Ashford Courier-Ledger</h5>
<address>210 Market St., Ashford, TN 37801</address><p>Phone: (423) 555-0148</p></div>
<ul class="footer-links">${links(bxFoot)}</ul><p class="copyright">© 2025 The Ashford Courier-Ledger. All rights reserved.</p>
<p class="powered">Powered by BLOX Content Management System from TownNews.com.</p></footer></div></body></html>`;
const regionalNews: TestPage = {
  html: bxHtml,
  name: 'heldout68-regional-us-news',
  kind: 'news',
  // the subheadline is the dek: body; the h3 "What happens next" is the one heading; "Kendra Whitlock" (byline and author card),
  // her title "Staff Writer", both dates and the author card's bio are bylines (the bio is an author line; "By" in neither);
  // the read time, breadcrumb, share labels, caption and photo credit, ad labels, the newsletter card, tags, "Related to this
  // story", the comments box, the hidden paywall modal, the "Most Popular" rail, the breaking bar (whose story is also the
  // rail's first item: once), navbar, weather and footer are furniture; "News" and "Local News" (breadcrumb, nav) once each; the
  // tags "Linwood County", "Water Treatment" and "Utilities" are body words: left out
  title: bxTitle,
  headings: [bxH1],
  body: [bxDek, ...texts(bxBody1), ...texts(bxBody2)],
  bylines: ['Kendra Whitlock', 'Staff Writer', 'Oct 14, 2025', 'Updated Oct 15, 2025', bxBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Breaking', 'Toggle navigation', 'Today’s e-Edition', 'Subscribe', 'Log In', '61°', 'Partly Cloudy', ...bxNav,
    'Local News', '3 min to read', 'Facebook', 'X', 'Email', 'Print', 'Save', bxCaption, 'Jamal Reeves / The Courier-Ledger', 'Advertisement',
    'Sign up for Morning Headlines', 'The day’s top local stories from Ashford and Linwood County, in your inbox by 6 a.m.', 'Sign up!', 'Tags',
    'County Commission', 'Author email', 'Related to this story', ...bxRelated, 'Comments', 'Loading comments…',
    'Comments are moderated. Stay on topic, use your real name and treat others with respect.', 'Most Popular', 'Articles', 'Images', 'Videos',
    ...bxPopular, 'Latest e-Edition', 'Read the Oct. 15 edition', 'Thanks for reading!',
    'You’ve reached your limit of free articles this month. Subscribe for unlimited access to local news.', 'See subscription options',
    'The Ashford Courier-Ledger', '210 Market St., Ashford, TN 37801', 'Phone: (423) 555-0148', ...bxFoot,
    '© 2025 The Ashford Courier-Ledger. All rights reserved.', 'Powered by BLOX Content Management System from TownNews.com.',
  ],
};

export const HELDOUT68_A: readonly TestPage[] = [regionalNews, australianNews];
