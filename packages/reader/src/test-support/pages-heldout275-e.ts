import { ps, type TestPage, texts } from './page-kit.js';
import { bloggerPhones } from './pages-heldout275-e2.js';
import { j, lis } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file e: a short wine review on a Squarespace blog (7.1 template: header with nav and cart, blog item
 * top with category and date, a score badge, tasting notes as a small list, a "Buy this wine" product block, the share
 * buttons, blog item pagination, the newsletter block, the "Age verification" and cookie banners and the footer), a page whose
 * main text is short; and, from file e2, a smartphone comparison on Blogger with a comparison table.
 */
const wTitle = 'Quinta do Vale Alto Reserva Tinto 2021';
const wIntro = [
  j(
    'Every so often a bottle arrives in a mixed case and quietly outshines everything around it. This Douro-style red from a',
    'small family estate in the hills above Lamego was that bottle this month, and at under thirty pounds it is a steal.',
  ),
];
const wNotes = [
  'Nose: black cherry, violets, a little cedar and a hint of rockrose.',
  'Palate: ripe plum and bramble, fine, slightly dusty tannins, fresh acidity.',
  'Finish: long and savoury, with a touch of liquorice.',
];
const wBody = [
  j(
    'The blend is mostly Touriga Nacional with Tinta Roriz and a little Sousão, foot-trodden in granite lagares and aged for',
    'eighteen months in used French oak. The oak is there to frame the fruit rather than to show off, and after an hour open',
    'the wine settles into something supple and surprisingly elegant for its 14% alcohol.',
  ),
  j('Drink now with roast lamb or a mushroom pie, or keep it for another five to eight years. I would decant it for an hour if', 'you open it this year.'),
];
const wScore = '93 points';
const wNav = ['Reviews', 'Journal', 'Wine Club', 'Shop', 'About'];
const wHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8"><title>${wTitle} — The Cellar Slate</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="The Cellar Slate"><meta property="og:title" content="${wTitle}"><meta property="og:type" content="article">
<meta itemprop="author" content="Fenella Roos"><meta itemprop="datePublished" content="2026-03-06T10:00:00+0000">
<script type="application/ld+json">{"url":"https://www.thecellarslate.example","name":"The Cellar Slate",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Fenella Roos"},"datePublished":"2026-03-06T10:00:00+0000"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","websiteSettings":{"storeSettings":{}}};</script>
<link href="//static1.squarespace.example/static/versioned-site-css/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65e8a1" class="header-overlay-alignment-center tweak-blog-item-width-narrow primary-button-style-solid view-item collection-type-blog-basic">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">
<div class="header-inner container--fluid"><div class="header-title"><div class="header-title-text"><a href="/">The Cellar Slate</a></div></div>
<div class="header-nav"><nav class="header-nav-list">
${wNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`).join('\n')}
</nav></div>
<div class="header-actions">
<div class="showOnDesktop"><a href="/cart" class="cart-link"><span class="sqs-cart-quantity">0</span> Cart</a></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e8a1">
<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories"><a href="/reviews?category=Red"
class="blog-item-category">Red</a></div><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight"
datetime="2026-03-06">6 March 2026</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${wTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author">Written by <a href="/reviews?author=5f1" class="blog-author-name">Fenella
Roos</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="score-badge" style="white-space:pre-wrap;"><strong>${wScore}</strong></p>
${ps(wIntro, ' style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">Tasting notes</h3><ul data-rte-list="default">${lis(wNotes)}</ul>
${ps(wBody, ' style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block product-block" data-block-type="12"><div class="sqs-block-content"><div class="product-block-wrapper"><p class="product-title">Buy this
wine</p><div class="product-price"><span class="sqs-money-native">£28.50</span></div><div class="sqs-add-to-cart-button-wrapper"><div
class="sqs-add-to-cart-button sqs-suppress-edit-mode sqs-editable-button" role="button"><div class="sqs-add-to-cart-button-inner">Add To Cart</div></div>
</div></div></div></div></div></div></div></div>
<div class="blog-item-share">
<div class="sqs-share-buttons"><a href="#" class="ss-social-button facebook"><span class="ss-social-button-text">Facebook</span></a><a
href="#" class="ss-social-button twitter"><span class="ss-social-button-text">Twitter</span></a><a href="#" class="ss-social-button pinterest"><span
class="ss-social-button-text">Pinterest</span></a></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a class="item-pagination-link
item-pagination-link--prev" href="#"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Bodega Larraz Garnacha
Blanca 2023</h2></a><a class="item-pagination-link item-pagination-link--next" href="#"><div class="item-pagination-prev-next">Next</div><h2
class="item-pagination-title">Domaine des Sorbiers Chinon 2020</h2></a></section></article></div></div></div></section>
<section class="page-section newsletter-section"><div class="sqs-block newsletter-block"><div class="newsletter-form-header"><h2
class="newsletter-form-header-title">The Monthly Case</h2><div class="newsletter-form-header-description"><p>Six bottles we loved, in your inbox on the
first Friday of the month.</p></div></div><form class="newsletter-form"><input type="email" placeholder="Email Address"><button type="submit"
class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content"><p>You must be 18 or over to buy alcohol.
Please drink responsibly.</p><p>© 2026 The Cellar Slate, Bristol</p></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><p class="sqs-cookie-banner-v2-cookiePolicy">This website uses cookies to
improve your experience.</p><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-deny">Decline</button></div></div>
<div class="age-gate" aria-hidden="true"><p class="age-gate-title">Age verification</p><p>Are you over 18?</p><button>Yes</button></div>
<script defer src="//assets.squarespace.example/universal/scripts-compressed/performance.js"></script></body></html>`;
const squarespaceWine: TestPage = {
  name: 'heldout275-squarespace-wine-review',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Tasting notes'],
  body: texts([...wIntro, ...wNotes, ...wBody]),
  bylines: ['6 March 2026', 'Written by Fenella Roos'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Cellar Slate', ...wNav, 'Cart', 'Red', wScore, 'Buy this wine', '£28.50', 'Add To Cart', 'Facebook', 'Twitter', 'Pinterest', 'Previous',
    'Bodega Larraz Garnacha Blanca 2023', 'Next', 'Domaine des Sorbiers Chinon 2020', 'The Monthly Case',
    'Six bottles we loved, in your inbox on the first Friday of the month.', 'Sign Up', 'You must be 18 or over to buy alcohol. Please drink responsibly.',
    '© 2026 The Cellar Slate, Bristol', 'This website uses cookies to improve your experience.', 'Accept', 'Decline', 'Age verification', 'Are you over 18?',
  ],
};

export const HELDOUT275_E: readonly TestPage[] = [squarespaceWine, bloggerPhones];
