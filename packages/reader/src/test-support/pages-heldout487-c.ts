import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout487-kit.js';

/**
 * Held-out batch 487, file c: a work-party report on a Squarespace 7.1 blog (image blocks with captions, item pagination);
 * the batch's phpBB forum thread is in file c2.
 */
const sTitle = 'Work party report: the boundary hedge, the pond and forty-one bags of bramble';
const sBody = [
  j(
    'Twenty-three of us turned out on Saturday for the first work party of the year, plus six children, two dogs and a very',
    'determined robin that followed the hedge-laying crew all morning. The rain held off until the soup, which is all anyone can ask.',
  ),
  'The hedge',
  j(
    'The big job was the western boundary hedge along Cobb’s Lane, which has not been touched since before the pandemic. Under the',
    'eye of Roisin from plot 7, who learned hedge-laying in Herefordshire, the crew laid about thirty metres in the Midland style,',
    'cutting each stem most of the way through and bending it over along the line of stakes. It looks brutal now. By June it will',
    'be a thick green wall, and the deer that have been coming through the gap at the bottom should find it much harder going.',
  ),
  j(
    'We also planted 150 whips of hawthorn, hazel and field maple in the gaps, which came free from the Tree Council scheme. Each',
    'one has a spiral guard and a cane. If you walk past and see one blown over, please push it back in.',
  ),
  'The pond',
  j(
    'The second team cleared about half the reedmace from the wildlife pond and left it on the bank for a couple of days so that',
    'anything living in it can crawl back into the water. Please leave the piles alone until next weekend. We found newts, a great',
    'many dragonfly larvae and, less happily, a shopping trolley, which the council has promised to collect.',
  ),
  'Bramble, bramble, bramble',
  j(
    'Everyone else worked on the vacant plots at the far end, which are being got ready for new tenants from the waiting list.',
    'Forty-one bags of bramble root later, plots 52 and 53 are clear and have been covered with membrane. Plot 54 needs one more',
    'session. A big thank you to the Year 10 students from Cobb’s Lane Academy, who did more than their share.',
  ),
  'Next time',
  j(
    'The next work party is on Saturday 14 March, 10am to 1pm, meeting at the main shed. We will finish plot 54, mend the',
    'fence by the car park and start on the new compost bays. Gloves and tools are provided; soup is, as ever, provided by Gwen.',
  ),
];
const sHeads = [1, 4, 6, 8];
const sCaps = ['The laid hedge on Cobb’s Lane, with the new whips in the gaps.', 'Some of the forty-one bags, waiting for the skip.'];
const sNav = ['About', 'Plots', 'News', 'Events', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Work party report: the boundary hedge, the pond and forty-one bags of bramble — Cobb’s Lane Allotments</title>
<link rel="canonical" href="https://www.cobbslaneallotments.org.uk/news/work-party-february"><meta property="og:site_name" content="Cobb’s Lane Allotments">
<meta itemprop="author" content="Cobb’s Lane Allotments"><meta itemprop="datePublished" content="2026-02-23T19:04:27+0000">
<script type="application/ld+json">{"url":"https://www.cobbslaneallotments.org.uk","name":"Cobb’s Lane Allotments","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-02-23T19:04:27+0000"}
</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"website":{"id":"63f1d0a2","siteTitle":"Cobb’s Lane Allotments"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1d0a2/23/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65d8ef" class="header-width-full tweak-blog-item-width-narrow tweak-blog-item-show-author-profile primary-button-style-solid">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Cobb’s Lane Allotments</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" aria-label="Open Menu"
aria-expanded="false"><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"></div></div></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65d8ee">
<section data-test="page-section" class="page-section
layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-gwen-hallett post-type-text"
data-item-id="65d8ef"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper">
<div class="blog-meta-item blog-meta-item--categories"><a href="/news?category=Work+parties" class="blog-item-category">Work parties</a></div>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-02-23">23 Feb</time></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author">
<a href="/news?author=5e2a" class="blog-author-name">Gwen Hallett</a>
</div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-65d8ef">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1">
<div class="sqs-block-content">
<div class="sqs-html-content">${ps([sBody[0] ?? ''], ' class="" style="white-space:pre-wrap;"')}
<h3>${sBody[1]}</h3>${ps(sBody.slice(2, 4), ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-b2"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper has-aspect-ratio"><img data-src="https://images.squarespace-cdn.com/content/v1/63f1d0a2/hedge.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCaps[0]}</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-c3"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${sBody[4]}</h3>${ps([sBody[5] ?? ''], ' class="" style="white-space:pre-wrap;"')}
<h3>${sBody[6]}</h3>${ps([sBody[7] ?? ''], ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-d4"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/63f1d0a2/bags.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCaps[1]}</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-e5"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${sBody[8]}</h3>${ps([sBody[9] ?? ''], ' class="" style="white-space:pre-wrap;"')}</div></div></div>
</div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><div class="blog-item-author-profile-wrapper"><a href="/news?author=5e2a" class="author-name">Gwen Hallett</a>
<div class="author-bio"><p>Gwen is the society’s volunteer coordinator and has run the soup pot at every work party since 2011.</p></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link item-pagination-link--prev"
href="/news/seed-swap-2026"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Seed swap: record numbers at the village hall</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/news/autumn-show-results"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Autumn show results 2025</h2></a></section></div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Cobb’s Lane Allotment Society · Cobb’s Lane, Hembury HB2 9TA</p>
<p class="" style="white-space:pre-wrap;"><a href="/privacy">Privacy</a> · <a href="/contact">Email the committee</a></p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>We use cookies to improve your experience on our website.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-deny">Decline all</button><button class="sqs-cookie-banner-v2-accept">Accept all</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const workParty: TestPage = {
  name: 'heldout487-squarespace-work-party',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads.map((i) => sBody[i] ?? ''),
  body: sBody.filter((_, i) => !sHeads.includes(i)),
  bylines: ['23 Feb', 'Gwen Hallett'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Cobb’s Lane Allotments', 'News', 'Events', 'Contact', 'Work parties', ...sCaps,
    'Gwen is the society’s volunteer coordinator and has run the soup pot at every work party since 2011.', 'Previous',
    'Seed swap: record numbers at the village hall', 'Autumn show results 2025', 'Cobb’s Lane Allotment Society · Cobb’s Lane, Hembury HB2 9TA',
    'Privacy · Email the committee', 'We use cookies to improve your experience on our website.', 'Decline all', 'Accept all',
  ],
};

export const HELDOUT487_C: readonly TestPage[] = [workParty];
