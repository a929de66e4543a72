import { links, type TestPage } from './page-kit.js';
import { type Block, bodies, esc, heads, j, lis, render } from './pages-heldout479-kit.js';

/**
 * Held-out batch 479, file a: a wedding planner's real-wedding post on Squarespace (7.1 blog item) with captioned images and
 * a vendor credit list (the Elementor venue page of the file is in file a2).
 */
const sTitle = 'Ines &amp; Tobias: An Autumn Wedding at Fernhollow Boathouse';
const sBlocks: Block[] = [
  j(
    'Ines and Tobias first got in touch with us on a rainy Tuesday in January, with one photograph of a wooden boathouse and a',
    'very clear brief: "We want it to feel like a long lunch with everyone we love, and then a party nobody wants to leave."',
  ),
  j(
    'Fernhollow Boathouse sits right on the water at the north end of Lake Aldry, and in late October the beech woods behind it',
    'turn a colour you cannot plan for. We built the whole day around that light, starting the ceremony at two so that',
    'portraits would land in the last golden hour.',
  ),
  '## The ceremony',
  j(
    'The couple married on the jetty itself, with guests seated on the lawn that slopes down to the lake. Ines walked in with',
    'her grandmother to a string trio playing a folk tune from her home town in the Douro valley, and Tobias\u2019s brother',
    'officiated with a speech that had the whole lawn laughing before the vows.',
  ),
  j(
    'We had a marquee pre-booked as a wet-weather plan, and at nine that morning we made the call to leave it folded. It was',
    'the right call: the sun came out at half past one and stayed out.',
  ),
  '## Lunch, then the party',
  j(
    'Instead of a formal wedding breakfast, the boathouse kitchen served a long family-style lunch across three tables that ran',
    'the length of the upper room: bread baked that morning, a whole roasted trout for each table, autumn squash with brown',
    'butter and a mountain of apple galettes.',
  ),
  j(
    'Speeches were kept to three, and each one was under five minutes, which we cannot recommend enough. By six the tables',
    'were cleared, the band had set up on the lower deck and the dancing did not stop until the boathouse licence did.',
  ),
  '## Our favourite details',
  [
    'Hand-painted name tags on tiny oars, made by Tobias\u2019s sister over three weekends',
    'A late-night grilled cheese hatch run out of the boathouse kitchen window',
    'Wool blankets folded on every lawn chair for the ceremony, which guests took home',
  ],
  '## The team',
  [
    'Venue: Fernhollow Boathouse',
    'Planning and styling: Juniper &amp; Vale Events',
    'Photography: Maren Oakes Photography',
    'Flowers: The Wild Stem Co.',
    'Catering: Fernhollow Kitchen',
    'Music: The Aldry String Trio and Northlight Band',
  ],
];
const sCaps = ['The jetty ceremony, just after two o\u2019clock.', 'Lunch in the upper room. Photo: Maren Oakes Photography'];
const sNav = ['Home', 'Services', 'Real Weddings', 'Journal', 'About', 'Contact'];
const sShare = ['Facebook', 'Pinterest', 'Email'];
const sHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ines &amp; Tobias: An Autumn Wedding at Fernhollow Boathouse &mdash; Juniper &amp; Vale Events</title>
<meta property="og:site_name" content="Juniper &amp; Vale Events"><meta property="og:type" content="article">
<meta itemprop="author" content="Clara Juniper"><meta itemprop="datePublished" content="2026-11-12T09:30:00+0000">
<script type="application/ld+json">{"url":"https://www.junipervale.co.uk","name":"Juniper & Vale Events","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting",
"headline":"Ines & Tobias: An Autumn Wedding at Fernhollow Boathouse","author":{"@type":"Person","name":"Clara Juniper"},
"datePublished":"2026-11-12T09:30:00+0000"}</script>
<script>Static=window.Static||{};Static.SQUARESPACE_CONTEXT={"templateId":"5c5a519771c10ba3470d8101","collectionType":"blog","itemId":"6551c2aa"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/6551/site.css"></head>
<body id="item-6551c2aa" class="header-overlay-alignment-center tweak-blog-item-width-narrow primary-button-style-solid collection-type-blog view-item">
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/6551/logo.png" alt="Juniper &amp; Vale Events"></a></div>
</div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/enquire">Enquire</a></div></div></div></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6551c2ab">
<section class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-theme="white">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-clara-juniper post-type-text article-index-1 category-real-weddings" data-item-id="6551c2aa">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-category-date-wrapper">
<div class="blog-meta-item blog-meta-item--categories"><a href="/journal?category=Real+Weddings" class="blog-item-category">Real Weddings</a></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-11-12">November 12, 2026</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><span class="blog-author-label">Written By</span>
<a href="/journal?author=6551" class="blog-author-name">Clara Juniper</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6551c2aa"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img src="https://images.squarespace-cdn.com/content/v1/6551/jetty.jpg" alt="Couple on the jetty"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>${esc(sCaps[0] ?? '')}</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${render(sBlocks.slice(0, 6), { p: (t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`, h: (t) => `<h3>${t}</h3>` })}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img src="https://images.squarespace-cdn.com/content/v1/6551/lunch.jpg" alt="Long tables"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>${esc(sCaps[1] ?? '')}</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${render(sBlocks.slice(6), {
  p: (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  h: (t) => `<h3>${t}</h3>`,
  ul: (i) => `<ul data-rte-list="default">${lis(i.map((t) => `<p class="">${t}</p>`))}</ul>`,
})}
</div></div></div></div></div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-item-share"><span class="blog-item-share-label">Share</span>
<div class="sqs-block-share"><ul class="share-buttons">${links(sShare, 'share-button')}</ul></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
<a href="/journal/hazel-and-ro" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Hazel &amp; Ro: A Winter Chapel Wedding</h2></a>
<a href="/journal/choosing-a-lakeside-venue" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Five Questions to Ask a Lakeside Venue</h2></a></section>
</div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="dark"><div class="content-wrapper">
<div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<h2>Letters from the studio</h2><p>Seasonal notes, new real weddings and the odd venue secret, four times a year.</p>
<form class="newsletter-form"><label class="newsletter-form-field-label" for="email-yui">Email Address</label><input id="email-yui" type="email">
<button class="newsletter-form-button sqs-system-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p>Juniper &amp; Vale Events &middot; Wedding planning across the Aldry Lakes and beyond</p><p>&copy; 2026 Juniper &amp; Vale Events Ltd</p>
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-accent" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience. By continuing you agree to our use of cookies.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary">Decline</button></div></div></div>
<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout479-squarespace-real-wedding',
  kind: 'blog',
  html: sHtml,
  title: 'Ines & Tobias: An Autumn Wedding at Fernhollow Boathouse',
  headings: heads(sBlocks),
  body: bodies(sBlocks),
  bylines: ['November 12, 2026', 'Written By', 'Clara Juniper'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav.filter((t) => t !== 'Home'), 'Enquire', ...sCaps, 'Share', ...sShare, 'Previous', 'Hazel & Ro: A Winter Chapel Wedding', 'Next',
    'Five Questions to Ask a Lakeside Venue', 'Letters from the studio', 'Seasonal notes, new real weddings and the odd venue secret, four times a year.',
    'Email Address', 'Sign Up', 'We respect your privacy.', 'Juniper & Vale Events · Wedding planning across the Aldry Lakes and beyond',
    '© 2026 Juniper & Vale Events Ltd', 'This site uses cookies to give you the best experience. By continuing you agree to our use of cookies.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT479_A: readonly TestPage[] = [squarespace];
