import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout407-kit.js';

/**
 * Held-out batch 407, file f: a county animal services news release in a CivicPlus CivicEngage "News Flash" module (the
 * county header, Google Translate widget, mega menu, breadcrumb, "Posted on" line, "Tools" print and share links, the
 * "Other News in Animal Services" rail, the "Notify Me" box and the government footer) and a horse rescue's story on
 * Squarespace 7.1 (announcement bar, header, a blog item with its date and categories, image block caption, "Newer/Older"
 * pagination, a newsletter block and the site footer).
 */
const cpTitle = 'Animal Services Waives Adoption Fees for Spring Clear the Kennels Weekend';
const cpBody = [
  j(
    'Marlow County Animal Services will waive all adoption fees on Saturday, April 11 and',
    'Sunday, April 12, as the county shelter reaches capacity for the third time this year.',
  ),
  j(
    'The shelter on Bellamy Road currently houses 164 dogs in 120 kennels, with some dogs sharing runs and others housed in',
    'crates in the intake hallway. Cat intake is also climbing ahead of the spring kitten season.',
  ),
  j(
    '"We have a building designed for about a hundred and twenty dogs, and we have had more than that every day since February,"',
    'said Animal Services Director Paulette Ng. "A free adoption weekend is one of the fastest ways we have to get dogs into homes."',
  ),
  'During the event, every adopted animal will go home spayed or neutered, vaccinated and microchipped at no cost. Adopters must:',
];
const cpReqs = [
  'Be at least 18 years old and show a photo ID',
  'Provide landlord approval if renting',
  'Bring any resident dogs for a meet-and-greet if adopting a large dog',
];
const cpBody2 = [
  j(
    'The shelter will be open from 10 a.m. to 5 p.m. both days. Residents who cannot adopt can still help by fostering a dog for two',
    'weeks, which frees a kennel immediately. Foster supplies and veterinary care are provided by the county.',
  ),
  'For more information, call Marlow County Animal Services at 555-0187 or visit the shelter at 7700 Bellamy Road.',
];
const cpNav = ['Government', 'Departments', 'Community', 'Online Services', 'How Do I...'];
const cpCrumbs = ['Home', 'News Flash'];
const cpOther = ['Dog Licenses Due by May 1', 'Free Rabies Clinic at the Fairgrounds', 'Animal Services Seeks Volunteer Dog Walkers'];
const cpFoot = [
  'Marlow County Government Center',
  '200 Courthouse Square, Marlow, NC 27501',
  'Phone: 555-0100',
  'Contact Us',
  'Site Map',
  'Accessibility',
  'Copyright Notices',
];
const cpHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${cpTitle} | Marlow County, NC</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${cpTitle}">
<link rel="stylesheet" href="/-1284477411.css"><script src="/Assets/Scripts/jQuery/jquery-3.6.0.min.js"></script>
<script>var intCountyID = 2; var googleAnalyticsTrackingCode = "UA-0000000-2"; $(document).ready(function(){ NewsFlash.init(); });</script></head>
<body class="wide" id="mainBody"><a id="skipToContentLink" class="skipToContentLink" href="#cc5f8c90dc">Skip to Main Content</a>
<div id="divBanner" class="banner"><p>Create a Website Account - Manage notification subscriptions, save form progress and more.</p>
<a href="/MyAccount" class="siteButton">Website Sign In</a></div>
<div id="google_translate_element" class="google-translate"><span class="goog-te-menu-value">Select Language</span></div>
<header id="bannerContainer"><div id="bannerSizingOverlay"><a href="/" id="logo"><img src="/ImageRepository/Document?documentID=1" alt="Home Page"></a></div>
<nav id="mainNavMenu" class="mainNavMenu"><ol class="nav">${links(cpNav, 'topMenuItem')}</ol></nav></header>
<div id="contentarea" class="contentarea"><div class="breadCrumbs"><ol>${links(cpCrumbs)}</ol></div>
<div id="cc5f8c90dc" class="moduleContentNew"><div class="layoutArea"><div class="news"><div class="detail"><h1 class="headline">${cpTitle}</h1>
<div class="date">Posted on: April 2, 2026</div><div class="intro">
${ps(cpBody)}
<ul>${cpReqs.map((r) => `<li>${r}</li>`).join('\n')}</ul>
${ps(cpBody2)}
</div><div class="newsImage"><img src="/ImageRepository/Document?documentID=8841" alt="Dogs at the county shelter"><p class="caption">Volunteers walk
adoptable dogs outside the Bellamy Road shelter. Photo: Marlow County</p></div></div>
<div class="moduleContent"><div class="tools"><h3>Tools</h3><ol><li><a href="#" class="rss">RSS</a></li><li><a href="#" class="notifyMe">Notify Me</a></li>
<li><a href="#" class="print">Print</a></li><li><a href="#" class="share">Share &amp; Bookmark</a></li><li><a href="#" class="fontSize">Font Size:</a></li>
</ol></div>
</div></div><div class="relatedItems"><h3>Other News in Animal Services</h3><ul>${links(cpOther)}</ul><a href="/CivicAlerts.aspx?CID=7"
class="viewAll">View All</a></div></div></div></div>
<footer id="footer"><div class="footerInfo">${ps(cpFoot.slice(0, 3))}</div><ul class="footerLinks">${links(cpFoot.slice(3))}</ul>
<p class="poweredBy">Government Websites by CivicPlus®</p></footer><script src="/Assets/Scripts/CivicAlerts.js"></script></body></html>`;
const civicplus: TestPage = {
  name: 'heldout407-civicplus-county-news-release',
  kind: 'news',
  html: cpHtml,
  title: cpTitle,
  headings: [],
  body: texts([...cpBody, ...cpReqs, ...cpBody2]),
  bylines: ['Posted on: April 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Create a Website Account - Manage notification subscriptions, save form progress and more.', 'Website Sign In',
    'Select Language', ...cpNav, ...cpCrumbs, 'Volunteers walk adoptable dogs outside the Bellamy Road shelter. Photo: Marlow County', 'Tools', 'RSS',
    'Notify Me', 'Print', 'Share & Bookmark', 'Font Size:', 'Other News in Animal Services', ...cpOther, 'View All', ...cpFoot,
    'Government Websites by CivicPlus®',
  ],
};

const sqTitle = 'Juniper Ridge and the Long Road Back';
const sqBody = [
  j(
    'Ridge came off a trailer at the Gallion livestock auction in November looking like a coat rack with a blanket thrown over it. He',
    'was a seventeen-year-old Quarter Horse gelding, a body score of two out of nine, with overgrown feet and rain rot down his back.',
  ),
  j(
    'We bid on him because the kill buyer in the next row already had. He cost us $475, which is about what a horse that thin is',
    'worth to someone who is paid by the pound. On the ride home he stood perfectly still and ate every scrap of hay in the net.',
  ),
];
const sqRefeed = [
  j(
    'A starved horse cannot simply be given all the food he wants. Too much grain too fast can kill him, so our vet put Ridge on a',
    'slow refeeding plan: small meals of soaked alfalfa every four hours, day and night, for the first ten days.',
  ),
  j(
    'Our volunteers took the night shifts in pairs. There is a notebook in the barn aisle from those weeks, full of feeding times',
    'and small notes: "Ate all of it." "Nickered at me." "Lay down and got up again on his own."',
  ),
];
const sqNow = [
  j(
    'Four months on, Ridge has gained about 260 pounds. His feet have been trimmed five times and his coat has come in a deep bay',
    'that nobody knew he had. He is sound at the walk and trot, and our trainer thinks he was a ranch horse once: he steps up to a',
    'gate to open it and turns his head to watch cattle in the next field.',
  ),
  j(
    'He is not ready for adoption yet, and he may end up as one of our permanent residents. Either way, he will never stand in a',
    'sale ring again. If you would like to help with his care, his hay and farrier costs come to about $210 a month.',
  ),
];
const sqNav = ['Our Horses', 'Adopt', 'Volunteer', 'Stories', 'Donate'];
const sqCats = ['Rescue Stories', 'Auction Horses'];
const sqFoot = [
  'Second Wind Horse Rescue',
  '11820 County Road 40, Gallion, TX 76528',
  'info@secondwindhorses.example',
  'Second Wind Horse Rescue is a 501(c)(3)',
  'nonprofit organization.',
];
const sqHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${sqTitle} &mdash; Second Wind Horse Rescue</title>
<meta property="og:site_name" content="Second Wind Horse Rescue"><meta property="og:type" content="article"><meta itemprop="datePublished"
content="2026-03-06T10:30:00-0600"><link rel="canonical" href="https://www.secondwindhorses.example/stories/juniper-ridge">
<script type="application/ld+json">{"url":"https://www.secondwindhorses.example","name":"Second Wind Horse Rescue","@context":"http://schema.org",
"@type":"WebSite"}</script><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sqTitle}",
"author":"Kelsey Dunbar","datePublished":"2026-03-06T10:30:00-0600"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1a2b3c4d5e6f7a8b9c0d1","siteTitle":"Second Wind Horse Rescue"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/63f1a2/site.css"></head>
<body id="item-6405f1" class="tweak-global-animations-enabled header-width-full primary-button-style-solid view-item collection-type-blog-basic-grid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Spring open barn day is April 25.
Come meet the herd!</p></div><a class="sqs-announcement-bar-close" aria-label="Close Announcement"></a></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title"><div class="header-title-text"><a
href="/">Second Wind</a></div></div><div class="header-nav"><nav class="header-nav-list">
${sqNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`).join('\n')}
</nav></div><div class="header-actions"><a href="/donate" class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary">Donate Now</a></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6405f1"><section class="page-section"><div
class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-kelsey-dunbar post-type-text">
<div class="blog-item-top-wrapper"><div class="blog-item-category-date-wrapper"><div class="blog-meta-item blog-meta-item--categories">
${sqCats.map((c) => `<a href="/stories?category=${c.replace(/ /g, '+')}" class="blog-item-category">${c}</a>`).join('\n')}</div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-03-06">March 6, 2026</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sqTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><span>Written By </span><a href="/stories?author=5f1a"
class="blog-author-name">Kelsey Dunbar</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div
class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">${ps(sqBody)}</div></div></div>
<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><img
data-src="https://images.squarespace-cdn.example/content/v1/63f1a2/ridge-arrival.jpg" alt=""><figcaption class="image-caption-wrapper"><div
class="image-caption"><p>Ridge on his first morning at the rescue, November 2025.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h2>Slow food</h2>
${ps(sqRefeed)}
<h2>Where he is now</h2>
${ps(sqNow)}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><div
class="newsletter-form-header"><h2 class="newsletter-form-header-title">Follow Ridge's progress</h2><div class="newsletter-form-header-description"><p>One email
a month with news from the barn. No spam, ever.</p></div></div><form class="newsletter-form"><input type="email" placeholder="Email Address"><button
class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-comments"></div><section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a
class="item-pagination-link item-pagination-link--prev" href="/stories/clover-and-bean"><div class="item-pagination-prev-next">Previous</div><h2
class="item-pagination-title">Clover and Bean Go Home Together</h2></a><a class="item-pagination-link item-pagination-link--next"
href="/stories/hay-drive-2026"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Thank You for the Winter Hay
Drive</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
${ps(sqFoot.slice(0, 3))}
<p>${sqFoot[3] ?? ''} ${sqFoot[4] ?? ''}</p></div></div></section></footer>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout407-squarespace-horse-rescue-story',
  kind: 'blog',
  html: sqHtml,
  title: sqTitle,
  headings: ['Slow food', 'Where he is now'],
  body: texts([...sqBody, ...sqRefeed, ...sqNow]),
  bylines: ['March 6, 2026', 'Written By', 'Kelsey Dunbar'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring open barn day is April 25. Come meet the herd!', 'Second Wind', ...sqNav, 'Donate Now', ...sqCats,
    'Ridge on his first morning at the rescue, November 2025.', "Follow Ridge's progress", 'One email a month with news from the barn. No spam, ever.',
    'Sign Up', 'Previous', 'Clover and Bean Go Home Together', 'Next', 'Thank You for the Winter Hay Drive', 'Second Wind Horse Rescue',
    '11820 County Road 40, Gallion, TX 76528', 'info@secondwindhorses.example', 'Second Wind Horse Rescue is a 501(c)(3) nonprofit organization.',
  ],
};

export const HELDOUT407_F: readonly TestPage[] = [civicplus, squarespace];
