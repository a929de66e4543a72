import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, tags, trs } from './pages-heldout386-kit.js';

/**
 * Held-out batch 386, file f: a G2-style software comparison page on an invented review marketplace (product headers with
 * star ratings and review counts, "Reviewers felt..." summaries, category score rows, pricing rows, review snippets with
 * reviewer names and dates, sponsored alternatives, a sign-up prompt and the footer), and a Squarespace 7.1 partner
 * programme page (sqs-block html blocks in page sections, a button block, a newsletter block, the cookie banner and
 * the Squarespace footer sections).
 */
const cTitle = 'Ledgerlane vs. Sumcraft';
const cSummary = [
  j(
    'Reviewers felt that Ledgerlane meets the needs of their business better than Sumcraft. When comparing quality of ongoing',
    'product support, reviewers preferred Ledgerlane. For feature updates and roadmaps, reviewers preferred the direction of Sumcraft.',
  ),
  j(
    'Sumcraft is easier to set up according to reviewers, while Ledgerlane scored higher on ease of doing business with. Both',
    'products are used mostly by small businesses with 11 to 50 employees.',
  ),
];
const cRows = [
  ['Meets requirements', '9.1', '8.6'],
  ['Ease of use', '8.8', '9.0'],
  ['Ease of setup', '8.4', '8.9'],
  ['Quality of support', '9.2', '8.3'],
  ['Bank reconciliation', '9.0', '8.7'],
  ['Multi-currency', '8.5', '7.9'],
];
const cPrice = [
  ['Entry plan', '$15 per month, 1 user', '$12 per month, 1 user'],
  ['Most popular plan', '$42 per month, 5 users', '$38 per month, 3 users'],
  ['Free trial', '30 days', '14 days'],
];
const cReviews: [string, string, string][] = [
  [
    j('“Reconciliation used to take me a full day each month.', 'With Ledgerlane the bank rules match about nine in ten lines for me.”'),
    'Odile F.',
    'Jan 28, 2026',
  ],
  ['“Sumcraft was running in an afternoon, but we hit the user limit quickly and adding seats got expensive.”', 'Marcus T.', 'Feb 3, 2026'],
  ['“Support answered a VAT question on a Sunday. That alone keeps us on Ledgerlane.”', 'Hanne V.', 'Feb 11, 2026'],
];
const cNav = ['Software', 'Services', 'Write a Review', 'For Vendors', 'Log In'];
const cCrumbs = ['Home', 'Accounting Software', 'Ledgerlane vs. Sumcraft'];
const cAlt = ['Brassbook', 'Tallyfern', 'Countwise'];
const cFoot = ['About Us', 'Careers', 'Research', 'Review Guidelines', 'Trust', 'Privacy', 'Terms of Use'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Compare Ledgerlane vs. Sumcraft | ReviewGrid</title>
<meta name="description" content="Compare Ledgerlane vs. Sumcraft using real user data on pricing, features and support.">
<meta name="robots" content="index, follow">
<link rel="canonical" href="https://www.reviewgrid.example/compare/ledgerlane-vs-sumcraft">
<link rel="stylesheet" href="https://assets.reviewgrid.example/application-3c1.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"SoftwareApplication","name":"Ledgerlane",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.6","reviewCount":"1284"}},{"@type":"SoftwareApplication","name":"Sumcraft",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.4","reviewCount":"906"}}]}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"page_type":"compare","product_ids":[77120,80341]});</script></head>
<body class="compare-page"><div id="onetrust-banner-sdk" class="otFlat"><p id="onetrust-policy-text">We use cookies to personalise content and to analyse our
traffic.</p><button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<header class="header header--dark"><div class="header__logo"><a href="/">ReviewGrid</a></div><nav class="header__nav"><ul class="list--inline">${links(
  cNav,
  'header__nav-item',
)}</ul></nav><div class="header__search"><input type="search" placeholder="What are you looking for?"></div></header>
<main class="page__main"><div class="container"><nav class="breadcrumbs" aria-label="breadcrumbs">
<ol class="list--inline">${links(cCrumbs.slice(0, 2), 'breadcrumbs__item')}
<li class="breadcrumbs__item"><span>${cCrumbs[2]}</span></li></ol></nav>
<div class="paper paper--white paper--box mb-2"><h1 class="l1 text-center">${cTitle}</h1>
<div class="compare-header row">${[
  ['Ledgerlane', '4.6', '1,284'],
  ['Sumcraft', '4.4', '906'],
]
  .map(
    ([n, r, c]) => `<div class="small-6 column text-center">
<div class="product-head"><img class="product-head__logo" alt="${n}" src="/logos/${n}.png"><div class="product-head__title l3">${n}</div>
<div class="stars stars-9"><span class="fw-semibold">${r} out of 5</span></div><a class="link--reviews" href="/products/${n}/reviews">(${c} reviews)</a>
<a class="button button--small button--secondary" href="/products/${n}/pricing">View ${n} pricing</a></div></div>`,
  )
  .join('\n')}</div></div>
<div class="paper paper--white paper--box mb-2"><h2 class="l2">Reviewers' summary</h2>${ps(cSummary, ' class="compare-summary"')}
<p class="text-small color-secondary">Summary based on verified reviews from the last 24 months.</p></div>
<div class="paper paper--white paper--box mb-2"><h2 class="l2">Ratings</h2><table class="compare-table"><thead><tr><th>Category</th><th>Ledgerlane</th>
<th>Sumcraft</th></tr></thead><tbody>${trs(cRows, 'compare-table__row')}</tbody></table></div>
<div class="paper paper--white paper--box mb-2"><h2 class="l2">Pricing</h2><table class="compare-table">
<tbody>${trs(cPrice, 'compare-table__row')}</tbody></table>
<p class="text-small color-secondary">Pricing provided by the vendors and updated when they change it.</p></div>
<div class="paper paper--white paper--box mb-2"><h2 class="l2">What reviewers say</h2><div class="review-snippets">${cReviews
  .map(
    ([q, n, d]) => `<div
class="review-snippet"><blockquote class="review-snippet__quote">${q}</blockquote><div class="review-snippet__meta">
<span class="review-snippet__name">${n}</span>
<time class="review-snippet__date">${d}</time></div></div>`,
  )
  .join('\n')}</div>
<a class="link" href="/products/ledgerlane/reviews">Read all reviews</a></div>
<aside class="paper paper--gray paper--box mb-2"><div class="sponsored-label">Sponsored</div><h3 class="l4">Top alternatives to consider</h3>
<ul class="alternatives">${links(cAlt, 'alternatives__item')}</ul></aside>
<div class="paper paper--box signup-prompt"><p>Get a personalised comparison for your team</p><a class="button" href="/signup">Sign up free</a></div>
</div></main>
<footer class="footer"><ul class="footer__links list--inline">${links(cFoot)}</ul><p class="footer__copyright">© 2026 ReviewGrid, Inc. All Rights Reserved.</p>
</footer><script src="https://assets.reviewgrid.example/application-9d2.js" defer></script></body></html>`;
const grid: TestPage = {
  name: 'heldout386-reviewgrid-g2-style-comparison',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ["Reviewers' summary", 'Ratings', 'Pricing', 'What reviewers say'],
  body: texts([...cSummary, ...rowTexts(cRows), ...rowTexts(cPrice), ...cReviews.map(([q]) => q)]),
  bylines: cReviews.flatMap(([, n, d]) => [n, d]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content and to analyse our traffic.', 'Accept Cookies', 'Cookie Settings', 'ReviewGrid', ...cNav,
    ...cCrumbs.slice(0, 2), '4.6 out of 5', '4.4 out of 5', '(1,284 reviews)', '(906 reviews)', 'View Ledgerlane pricing', 'View Sumcraft pricing',
    'Summary based on verified reviews from the last 24 months.', 'Pricing provided by the vendors and updated when they change it.',
    'Read all reviews', 'Sponsored', 'Top alternatives to consider', ...cAlt, 'Get a personalised comparison for your team', 'Sign up free', ...cFoot,
    '© 2026 ReviewGrid, Inc. All Rights Reserved.',
  ],
};

const sTitle = 'The Fernbook Partner Program';
const sLead = [
  j(
    'Bookkeepers and accounting firms in our partner program look after more than 9,000 small businesses on Fernbook. Join them',
    'to get wholesale pricing for your clients, a listing in our directory and a partner manager who knows your practice.',
  ),
];
const sTiers: [string, string[]][] = [
  ['Registered', ['Free to join, no minimum number of clients', '15% off every client subscription you manage', 'Partner training course and badge']],
  [
    'Silver',
    ['From 10 active clients', '25% off client subscriptions, or a 20% revenue share if clients pay us directly', 'A listing in the partner directory'],
  ],
  ['Gold', ['From 40 active clients', '35% off client subscriptions or a 25% revenue share', 'A named partner manager and early access to new features']],
];
const sBilling = [
  j(
    'You choose, client by client, how each subscription is billed. With wholesale billing, we send you one monthly invoice for',
    'all your clients at the discounted price and you charge them whatever you like. With direct billing, clients pay us the',
    'normal price and we pay your revenue share every quarter.',
  ),
  j(
    'Tiers are reviewed every six months based on the number of clients with an active paid subscription. If you drop below a',
    'threshold, you keep your tier for one more review period before moving down.',
  ),
];
const sSteps = ['Fill in the short application below.', 'Complete the free two-hour partner course.', 'Add your first client from the partner dashboard.'];
const sNav = ['Features', 'Pricing', 'Partners', 'Help', 'Log in'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner Program — Fernbook</title><meta property="og:site_name" content="Fernbook">
<meta property="og:title" content="Partner Program — Fernbook"><meta itemprop="name" content="Partner Program — Fernbook">
<link rel="canonical" href="https://www.fernbook.example/partners"><script type="text/javascript" crossorigin="anonymous" defer="true"
src="https://assets.squarespace.example/universal/scripts-compressed/extract-css-runtime-6f2e.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"64ab12","siteTitle":"Fernbook"},"collection":{"title":"Partner Program","typeName":"page"},
"templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.fernbook.example","name":"Fernbook","@context":"http://schema.org","@type":"WebSite"}</script></head>
<body id="collection-64ab13" class="primary-button-style-solid tweak-global-animations-enabled header-width-full">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right"><div class="header-title"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.example/fernbook-logo.png" alt="Fernbook"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64ab14">
<section data-test="page-section" data-section-theme="dark" class="page-section full-bleed-section layout-engine-section" data-section-id="64ab15">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64ab15">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_01">
<div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1>${ps(sLead, ' class="sqsrte-large" style="white-space:pre-wrap;"')}
</div></div></div><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="#apply" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Become a partner</a></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section" data-section-id="64ab16"><div class="content-wrapper">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">${sTiers
  .map(
    ([h, l]) => `<div class="col sqs-col-4 span-4">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><h3>${h}</h3>
<ul data-rte-list="default">${lis(l.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul></div></div></div></div>`,
  )
  .join('\n')}</div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section" data-section-id="64ab17"><div class="content-wrapper"><div class="sqs-layout">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><h2>How billing works</h2>
${ps(sBilling, ' style="white-space:pre-wrap;"')}<h2 id="apply">How to join</h2><ol data-rte-list="default">${lis(sSteps)}</ol></div></div></div>
<div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content"><div class="form-wrapper"><form>
<div class="form-item field text required"><label class="title" for="text-f1">Firm name <span class="required">*</span></label><input id="text-f1"></div>
<div class="form-button-wrapper"><button class="button sqs-system-button sqs-editable-button" type="submit">Apply to join</button></div></form></div>
</div></div>
</div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Partner news</h2><div class="newsletter-form-header-description"><p>Product updates
for accountants, four times a year.</p></div></div><form class="newsletter-form"><input type="email" placeholder="Email Address">
<button class="newsletter-form-button sqs-system-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form></div>
</div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">${tags(
  ['Fernbook Ltd, 22 Quay Street, Galway', '© 2026 Fernbook. All rights reserved.'],
  'p',
)}</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta
sqs-cookie-banner-v2-decline">Decline</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout386-squarespace-partner-programme',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sTiers.map(([h]) => h), 'How billing works', 'How to join'],
  body: texts([...sLead, ...sTiers.flatMap(([, l]) => l), ...sBilling, ...sSteps]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'Become a partner', 'Firm name', 'Apply to join', 'Partner news', 'Product updates for accountants, four times a year.', 'Sign Up',
    'Fernbook Ltd, 22 Quay Street, Galway', '© 2026 Fernbook. All rights reserved.', 'This site uses cookies to improve your experience.', 'Decline',
    'Accept all',
  ],
};

export const HELDOUT386_F: readonly TestPage[] = [grid, squarespace];
