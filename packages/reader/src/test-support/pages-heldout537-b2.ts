import { links, type TestPage } from './page-kit.js';
import { j, type Sec, secBody, secHeads, secHtml } from './pages-heldout537-kit.js';

/** Held-out batch 537, file b2: a private parking operator's blog post on Squarespace 7.1 (split from file b for length). */
const nTitle = 'Got a parking charge notice at one of our car parks? Here’s how appeals work';
const nSecs: Sec[] = [
  {
    p: [
      j(
        'Nobody likes finding a ticket on the windscreen, and we know a lot of the charges we issue go to people who simply',
        'made a mistake. This post explains what a parking charge notice is, how to appeal one of ours and what we look at when we decide.',
      ),
    ],
  },
  {
    h: 'A charge notice is not a fine',
    p: [
      j(
        'Our car parks are private land. When you park you agree to the terms on the signs at the entrance, and a parking charge',
        'notice (PCN) is a claim for breaking those terms. It is not a criminal penalty and it will not go on your licence.',
      ),
    ],
  },
  {
    h: 'How to appeal',
    p: [
      j(
        'Use the appeal form on our website within 28 days of the date on the notice. You will need the notice number and your',
        'registration. Tell us what happened in your own words and attach anything that helps, such as a till receipt or a screenshot of a payment.',
      ),
      j('While we look at your appeal the charge is put on hold, so it will not go up. We reply within 14 days, usually much sooner.'),
    ],
  },
  {
    h: 'What we usually accept',
    ul: [
      'You paid, but entered the wrong registration by one or two characters',
      'You were a customer of a shop on the site and can show a receipt from the same day',
      'You were delayed leaving by a medical emergency or a breakdown',
    ],
  },
  {
    h: 'If we say no',
    p: [
      j(
        'If we reject your appeal we will give you a code for the independent appeals service for private parking. You then have',
        '28 days to appeal to them, and we will accept their decision.',
      ),
      j('We would always rather sort things out early, so if you are unsure whether to appeal, send us a message through the', 'contact page first.'),
    ],
  },
];
const nNav = ['Our car parks', 'Pay for parking', 'Appeal a charge', 'Blog', 'Contact'];
const nTags = ['Appeals', 'Guides'];
const nHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>${nTitle} — Northgate Parking</title><link rel="canonical" href="https://www.northgateparking.example/blog/how-appeals-work">
<meta property="og:site_name" content="Northgate Parking"><meta property="og:type" content="article">
<script type="text/javascript" crossorigin="anonymous" defer="defer" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64f1c0","siteTitle":"Northgate Parking"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.northgateparking.example","name":"Northgate Parking","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${nTitle}",
"datePublished":"2026-08-12T10:03:11+0100"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f1c0/12/5c5a519771c10ba3470d8101/64f1c1/1571/site.css" rel="stylesheet" type="text/css">
</head><body id="item-66b9e1" class="header-overlay-alignment-center tweak-blog-item-width-narrow tweak-blog-item-show-author-profile
primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Northgate Parking</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${nNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="66b9e0">
<section class="page-section content-collection full-bleed-section collection-type-blog-basic-grid"><div class="content-wrapper"><div class="content">
<div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader"><article class="entry h-entry hentry author-tom-akers post-type-text
article-index-1 tag-appeals category-guides" data-item-id="66b9e1" id="article-66b9e1">
<div class="blog-item-wrapper"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper">
<div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-author">Tom Akers</span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-08-12">August 12, 2026</time></span></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${nTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
id="item-66b9e1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-3a2f">
<div class="sqs-block-content"><div class="sqs-html-content">
${secHtml(nSecs, 'h3', '', ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-9c1e"><div class="sqs-block-content">
<div class="newsletter-form-wrapper"><div class="newsletter-form-header"><h2>Parking news, now and then</h2><div class="newsletter-form-header-description">
<p>Price changes and new sites, a few times a year.</p></div></div><form class="newsletter-form"><div class="newsletter-form-field-wrapper">
<label class="newsletter-form-field-label" for="email-yui_3_17_2">Email Address</label><input class="newsletter-form-field-element" id="email-yui_3_17_2"
type="email" placeholder="Email Address"></div><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form>
<div class="form-submission-text hidden">Thank you!</div></div></div></div></div></div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories">Posted in <a href="/blog?category=Guides">Guides</a></div>
<div class="blog-meta-item blog-meta-item--tags">${nTags.map((t) => `<a href="/blog?tag=${t}" class="blog-item-tag">${t}</a>`).join(', ')}</div>
<div class="blog-share-like"><a class="share-button" href="#">Share</a></div></div>
<div class="blog-item-author-profile-wrapper"><a class="author-name" href="/blog?author=tom">Tom Akers</a>
<div class="author-bio"><p>Tom runs customer services at Northgate and answers most of the appeals himself.</p></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination=""><a class="item-pagination-link item-pagination-link--prev"
href="/blog/new-car-park-hollins-lane"><div class="item-pagination-prev-next">Previous</div><h2
class="item-pagination-title">Our new car park on Hollins Lane</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/blog/pay-by-plate"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Pay by plate is coming to all our sites</h2></a></section></div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p>Northgate Parking Management Ltd, 4 Canal Wharf, Stenbury ST2 8PW</p><p>© 2026 Northgate Parking · <a href="/privacy">Privacy</a> · <a
href="/terms">Terms</a></p>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-ANIMATION-IN" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-cta-container"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div>
</div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const northgate: TestPage = {
  name: 'heldout537-northgate-appeals-blog',
  kind: 'blog',
  html: nHtml,
  title: 'Got a parking charge notice at one of our car parks? Here’s how appeals work',
  headings: secHeads(nSecs),
  body: secBody(nSecs),
  bylines: ['Tom Akers', 'August 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Northgate Parking', 'Pay for parking', 'Appeal a charge', 'Blog',
    'Parking news, now and then', 'Price changes and new sites, a few times a year.', 'Email Address',
    'Sign Up', 'We respect your privacy.', 'Posted in Guides', 'Guides', 'Share',
    'Tom runs customer services at Northgate and answers most of the appeals himself.',
    'Previous', 'Our new car park on Hollins Lane', 'Next', 'Pay by plate is coming to all our sites',
    'Northgate Parking Management Ltd, 4 Canal Wharf, Stenbury ST2 8PW', '© 2026 Northgate Parking · Privacy · Terms',
    'This website uses cookies to improve your experience.', 'Decline',
  ],
};

export const HELDOUT537_B2: readonly TestPage[] = [northgate];
