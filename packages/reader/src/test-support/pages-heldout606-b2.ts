import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout606-kit.js';

/**
 * Held-out batch 606, file b2: a clockmaker's how-to post on Squarespace 7.1 (blog item with image captions, author profile,
 * pagination and a newsletter block).
 */
const qTitle = 'How to put a mantel clock in beat';
const qIntro = [
  j(
    'A clock that is out of beat ticks unevenly, like a limping horse: tick … tock, tick … tock. It may run for a day or two after',
    'you wind it and then stop, and most of the clocks brought to us as “broken” after a house move have nothing wrong with them',
    'except this.',
  ),
  j(
    'Putting a clock in beat means making the tick and the tock evenly spaced. On most mantel clocks you can do it yourself in a',
    'few minutes, with no tools.',
  ),
];
const qHeads = ['Before you start', 'Setting the beat', 'When to call us'];
const qStart = j(
  'Put the clock where it is going to live, on a firm, level surface. Moving it afterwards will undo your work. Wind the going',
  'side (usually the right-hand winding hole) a few turns so that the clock has power.',
);
const qSteps = [
  'Start the pendulum swinging gently and listen for a minute with your ear close to the case.',
  'If the tick and the tock are uneven, stop the pendulum and look at the crutch, the thin arm behind the movement that drives the pendulum.',
  'Bend the crutch very slightly towards the side of the longer gap. Hold the top of the crutch still with one hand and move the bottom with the other.',
  'Start the pendulum again and listen. Repeat with smaller and smaller movements until the beat is even.',
];
const qTip = j(
  'Many French clocks made after about 1880 have a friction-fitted crutch. On these you simply push the pendulum further to',
  'one side than it wants to go, and the crutch slips to a new position by itself.',
);
const qCall = j(
  'If the clock still stops after it is in beat, or if it ticks evenly but stops at the same time each day, the movement needs',
  'cleaning or has a worn part. Book it in and we will give you a free estimate.',
);
const qCaps = ['Listening for the beat on an oak mantel clock.', 'The crutch sits behind the movement, just above the pendulum.'];
const qNav = ['Home', 'Services', 'Journal', 'About', 'Contact'];
const qImg = (src: string, cap: string): string => `<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5">
<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;"><div class="image-block-outer-wrapper
layout-caption-below design-layout-inline"><div class="intrinsic"><div class="image-block-wrapper" data-animation-role="image">
<div class="sqs-image-shape-container-element
has-aspect-ratio">
<img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/63b2/${src}" alt="" class="thumb-image" loading="lazy"></div>
</div></div></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${cap}</p></div>
</figcaption></figure>
</div></div>`;
const qHtml_ = (inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const qP = (t: readonly string[]): string => ps(t, ' class="" style="white-space:pre-wrap;"');
const qBody = [
  qHtml_(qP(qIntro)),
  qImg('beat-listen.jpg', at(qCaps, 0)),
  qHtml_(`<h2>${at(qHeads, 0)}</h2>${qP([qStart])}<h2>${at(qHeads, 1)}</h2><ol data-rte-list="default">${lis(qSteps.map((s) => qP([s])))}</ol>`),
  qImg('crutch.jpg', at(qCaps, 1)),
  qHtml_(`<blockquote><p class="" style="white-space:pre-wrap;">${qTip}</p></blockquote><h2>${at(qHeads, 2)}</h2>${qP([qCall])}`),
].join('\n');
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${qTitle} — Kessock Clockworks</title>
<link rel="canonical" href="https://www.kessockclockworks.example/journal/mantel-clock-in-beat"><meta property="og:site_name" content="Kessock Clockworks">
<meta property="og:type" content="article"><meta itemprop="datePublished" content="2026-02-11T09:30:00+0000"><meta itemprop="author" content="Morag Tulloch">
<script type="application/ld+json">{"url":"https://www.kessockclockworks.example","name":"Kessock Clockworks","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${qTitle}","author":"Morag Tulloch",
"datePublished":"2026-02-11"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/63b2/12/5c5a/63b2/1598/site.css">
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"63b2","siteTitle":"Kessock Clockworks"},"templateId":"5c5a519771c10ba3470d8101"};</script></head>
<body id="item-65c8a" class="header-overlay-alignment-center tweak-blog-item-width-narrow tweak-blog-item-alignment-left primary-button-style-solid
view-item collection-type-blog-basic collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Kessock
Clockworks</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection${t === 'Journal' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase()}">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a repair</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="patty"></div><div
class="bottom-bun"></div></div></div></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65c8a"><section data-test="page-section"
data-section-theme="" class="page-section content-width--wide full-bleed-section collection-type-blog-basic"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-morag-tulloch post-type-text article-index-1" data-item-id="65c8a"><div
class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-02-11"
pubdate data-animation-role="date">February 11, 2026</time></div><div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=5f2e"
class="blog-author">Morag Tulloch</a></div></div></div><div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1707643800000" id="item-65c8a"><div class="row sqs-row">
<div class="col sqs-col-12
span-12">${qBody}</div></div></div></div></div><div class="blog-item-bottom-wrapper"><div class="blog-item-author-profile-wrapper"><a
href="/journal?author=5f2e" class="blog-item-author-profile-link"><div class="author-name">Morag Tulloch</div><div class="author-bio"><p>Morag trained at the
bench of her grandfather’s shop and has run Kessock Clockworks since 2011.</p></div></a></div><div class="blog-item-comments"></div></div></article></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic" aria-label="Previous and next posts"><a
class="item-pagination-link item-pagination-link--prev" href="/journal/winding-an-eight-day-clock"><div class="item-pagination-icon icon icon--stroke">
<svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" points="7.3,14.7 2.5,8 7.3,1.2"/></svg></div><div
class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Winding an eight-day clock</h2></a><a class="item-pagination-link
item-pagination-link--next" href="/journal/cuckoo-clock-chains"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Tangled cuckoo
clock chains</h2></a></section></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section content-width--wide"><div
class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="65a0" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {Y.use('squarespace-form-submit', 'node', function(Y){(new
Y.Squarespace.FormSubmit(form)).submit({formId: '65a0', collectionId: '', objectName: 'page-section-65a1'});});return false;})(this);"><header
class="newsletter-form-header"><h2 class="newsletter-form-header-title">Notes from the bench</h2><div class="newsletter-form-header-description"><p>A short
letter every month or so, with whatever is on the bench.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper
form-fields"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2">Email
Address</label>
<input id="email-yui_3_17_2" class="newsletter-form-field-element field-element" name="email" autocomplete="email" type="email" spellcheck="false"
placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button
sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span>
</button></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div><div class="newsletter-form-submission-message"
style="display:none;"><p>Thank you!</p></div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:
pre-wrap;">Kessock Clockworks · 7 Harbour Lane, Ardmore Ferry · Open Wednesday to Saturday</p></div></div></div></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout606-squarespace-mantel-clock-beat',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qHeads,
  body: texts([...qIntro, qStart, ...qSteps, qTip, qCall]),
  bylines: ['February 11, 2026', 'Morag Tulloch'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Kessock Clockworks', ...qNav.filter((t) => t !== 'About'), 'Book a repair', ...qCaps,
    'Morag trained at the bench of her grandfather’s shop and has run Kessock Clockworks since 2011.',
    'Previous', 'Winding an eight-day clock', 'Next', 'Tangled cuckoo clock chains', 'Notes from the bench',
    'A short letter every month or so, with whatever is on the bench.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Kessock Clockworks · 7 Harbour Lane, Ardmore Ferry · Open Wednesday to Saturday',
  ],
};

export const HELDOUT606_B2: readonly TestPage[] = [squarespace];
