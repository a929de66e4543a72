import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 413, file c2: an Etsy listing for a PDF cross-over cardigan pattern (global header with search and
 * categories, breadcrumbs, image carousel, buy box with price, star rating and "Add to basket", highlights, the seller's
 * description as the article, reviews, "Meet your seller", more from this shop, related searches, the footer and the
 * cookie banner). The description is one pre-line paragraph on Etsy; its paragraphs are the gold body items.
 */
const yTitle = 'Fernlea Cross-Over Cardigan Knitting Pattern, Sizes XS to 4XL, Instant PDF Download';
const yDesc = [
  `Fernlea is a cosy cross-over cardigan knitted top-down in one piece, with a wide garter-stitch band that wraps across the
front and ties at the side. There is no seaming at all: the sleeves are picked up from held stitches and worked in the round.`,
  `This is a digital pattern. You will receive a 9-page PDF in English with written instructions, a schematic, and a chart for
the lace panel at the back of the yoke. No physical item will be shipped.`,
  `SIZES: XS (S, M, L, XL, 2XL, 3XL, 4XL), for a finished bust of 86 (94, 102, 110, 118, 126, 134, 142) cm, worn with 10 to
15 cm of positive ease.`,
  `YARN: about 900 (980, 1060, 1150, 1250, 1340, 1440, 1540) m of aran-weight yarn. The sample is knitted in a wool and alpaca
blend, but any aran yarn that gives you the gauge will work.`,
  `NEEDLES: 5 mm and 4.5 mm circular needles, 80 cm long, and a set of double-pointed needles or a long circular for the sleeves.`,
  `GAUGE: 18 stitches and 26 rows to 10 cm in stocking stitch on 5 mm needles, after blocking.`,
  `SKILLS: knitting and purling, increasing and decreasing, picking up stitches, and following a simple lace chart. If you have
knitted a top-down jumper before, you will be comfortable with Fernlea.`,
  `The pattern was test-knitted by twelve knitters in every size and technically edited before release. Each size is printed in
its own colour in the PDF, so you can highlight your numbers before you start, and there is a page of notes on adjusting the
body and sleeve lengths.`,
  `Because this is a digital file, I cannot offer refunds once it has been downloaded. If anything in the pattern is unclear,
please send me a message and I will help you as quickly as I can, usually the same day.`,
];
const yNav = ['Jewellery & Accessories', 'Clothing & Shoes', 'Home & Living', 'Craft Supplies', 'Gifts & Gift Cards'];
const yCrumbs = ['Homepage', 'Craft Supplies & Tools', 'Patterns & How To', 'Knitting'];
const yHigh = ['Digital download', 'Digital file type(s): 1 PDF'];
const yRevs = [
  'Clear instructions and the sizing is spot on. My second Fernlea is already on the needles.',
  'Lovely pattern. The lace chart took me a few rows to get used to but the seller answered my question within an hour.',
];
const yMore = ['Tarnside Raglan Jumper Pattern PDF', 'Ashgrove Beanie Knitting Pattern', 'Haybarn Socks Pattern, Toe-Up'];
const ySearch = ['cardigan knitting pattern', 'wrap cardigan pattern', 'plus size knitting patterns', 'top down cardigan'];
const yFoot = ['Etsy Payments', 'Gift cards', 'Etsy Blog', 'Help Centre', 'Privacy settings', 'Terms of Use'];
const yHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js en-GB GBP" dir="ltr"><head><meta charset="utf-8">
<title>Fernlea Cross-Over Cardigan Knitting Pattern, Sizes XS to 4XL - Etsy UK</title>
<meta name="description" content="Fernlea is a cosy cross-over cardigan knitted top-down in one piece, with a wide garter-stitch band.">
<meta property="og:title" content="Fernlea Cross-Over Cardigan Knitting Pattern"><meta property="og:type" content="product">
<meta property="etsymarketplace:price_value" content="6.40"><meta property="etsymarketplace:price_currency" content="GBP">
<link rel="canonical" href="https://www.etsy.example/uk/listing/1622094417/fernlea-cross-over-cardigan-knitting">
<script type="application/ld+json">{"@type":"Product","@context":"https://schema.org","name":"Fernlea Cross-Over Cardigan Knitting Pattern",
"brand":{"@type":"Brand","name":"WillowbankKnits"},"offers":{"@type":"Offer","price":"6.40","priceCurrency":"GBP"},
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"212"}}</script>
<script>window.Etsy=window.Etsy||{};Etsy.Context={"data":{"listing_id":1622094417,"is_digital":true,"locale_settings":{"currency":"GBP"}}};</script>
<link rel="stylesheet" href="https://www.etsy.example/ac/evergreenVendor/css/base.b4c1e.css"></head>
<body class="ui-toolkit is-responsive no-touch en-GB GBP GB" data-language="en-GB">
<div id="gnav-header" class="wt-position-relative wt-z-index-5"><header id="gnav-header-inner" class="wt-display-flex-xs wt-align-items-center">
<div class="wt-flex-shrink-xs-0 wt-mr-xs-2"><a href="https://www.etsy.example/uk/" class="wt-display-inline-block"><span
class="wt-screen-reader-only">Etsy</span>
</a></div><div data-id="gnav-search-bar" class="wt-flex-grow-xs-1"><form id="gnav-search" role="search" action="/uk/search"><input
id="global-enhancements-search-query"
class="wt-input wt-input-btn-group__input" type="text" name="search_query" placeholder="Search for anything"></form></div>
<nav aria-label="Main" class="wt-display-flex-xs"><ul class="wt-list-inline"><li><a href="/signin" class="wt-btn wt-btn--transparent">Sign in</a></li>
<li><a href="/cart" class="wt-btn wt-btn--transparent" aria-label="Basket"><span class="wt-screen-reader-only">Basket</span></a></li></ul></nav></header>
<div class="wt-hide-xs wt-show-lg"><ul class="wt-list-unstyled wt-display-flex-xs" role="menubar">${links(yNav, 'wt-mr-xs-3')}</ul></div></div>
<div id="content" class="wt-body-max-width wt-pl-md-4 wt-pr-md-4"><div class="listing-page wt-grid">
<nav aria-label="Breadcrumb" class="wt-mb-xs-2"><ul class="wt-action-group wt-list-inline">${links(yCrumbs, 'wt-action-group__item-container')}</ul></nav>
<div class="wt-grid__item-xs-12 wt-grid__item-md-7 image-col"><div data-component="listing-page-image-carousel" class="image-carousel-container">
<ul class="carousel-pane-list"><li class="carousel-pane" data-index="0"><img data-src-zoom-image="https://i.etsystatic.example/il/fernlea_1.jpg"
class="wt-max-width-full wt-horizontal-center" alt="Woman wearing a grey cross-over cardigan tied at the side"></li></ul>
<button class="wt-action-group__item carousel-next" aria-label="Next image"></button></div></div>
<div id="listing-page-cart" class="wt-grid__item-xs-12 wt-grid__item-md-5"><div class="wt-mb-xs-2"><p class="wt-text-caption">
<span class="wt-badge wt-badge--statusRecentlySold">In 20+ baskets</span></p>
<div data-buy-box-region="price"><p class="wt-text-title-larger wt-mr-xs-1"><span class="wt-screen-reader-only">Price:</span>£6.40</p>
<p class="wt-text-caption wt-text-gray">Local taxes included (where applicable)</p></div>
<h1 class="wt-text-body-01 wt-line-height-tight wt-break-word wt-mt-xs-1" data-buy-box-listing-title="true">${yTitle}</h1>
<div class="wt-display-flex-xs wt-align-items-center"><a href="/shop/WillowbankKnits" class="wt-text-link-no-underline">WillowbankKnits</a>
<span class="wt-screen-reader-only">4.9 out of 5 stars</span><span class="wt-text-caption">(1,874)</span> <span class="wt-badge">Star Seller</span></div>
</div><div class="wt-mt-xs-2"><button class="wt-btn wt-btn--filled wt-width-full" type="submit"><div class="wt-btn__text">Add to basket</div></button></div>
<div id="product-details-content-toggle" class="wt-mt-xs-4"><h2 class="wt-text-body-bold">Item details</h2><h3 class="wt-text-title-small">Highlights</h3>
<ul class="wt-text-body-01">${yHigh.map((h) => `<li class="wt-mb-xs-1">${h}</li>`).join('\n')}</ul>
<h3 class="wt-text-title-small">Description</h3><div data-id="description-text" class="wt-content-toggle__body">
<p class="wt-text-body-01 wt-break-word" data-product-details-description-text-content style="white-space: pre-line">${yDesc.join('\n\n')}</p></div>
<button class="wt-btn wt-btn--secondary wt-content-toggle__trigger" aria-expanded="false">Learn more about this item</button></div>
<div class="wt-mt-xs-4" id="shop-policies"><h2 class="wt-text-body-bold">Delivery and return policies</h2><p class="wt-text-body-01">Instant download.
Your files will be available to download once payment is confirmed.</p><p class="wt-text-body-01">Returns and exchanges are not accepted for digital
items.</p></div>
<div class="wt-mt-xs-4" id="meet-your-seller"><h2 class="wt-text-body-bold">Meet your seller</h2><p class="wt-text-body-01">Ailsa Drummond</p>
<p class="wt-text-caption">Owner of WillowbankKnits</p><button class="wt-btn wt-btn--outline">Message Ailsa</button></div></div>
<div class="wt-grid__item-xs-12 wt-grid__item-md-7" id="reviews"><h2 class="wt-text-heading">Reviews for this item (212)</h2>
<div class="wt-grid wt-grid--block">${yRevs
  .map(
    (r, i) => `<div class="wt-grid__item-xs-12 review-card" data-review-region="${i}"><span class="wt-screen-reader-only">5
out of 5 stars</span><p class="wt-text-truncate--multi-line wt-break-word" id="review-preview-toggle-${i}">${r}</p><p class="wt-text-caption
wt-text-gray">${i === 0 ? 'Morag' : 'katie_knits'} <span>${i === 0 ? '12 Feb 2026' : '30 Jan 2026'}</span></p></div>`,
  )
  .join('\n')}</div></div>
<div class="wt-grid__item-xs-12" id="more-from-shop"><h2 class="wt-text-heading">More from this shop</h2><ul
class="wt-block-grid-xs-2">${links(yMore, 'wt-block-grid__item')}</ul></div>
<div class="wt-grid__item-xs-12" id="related-searches"><h2 class="wt-text-heading">Explore related searches</h2><ul
class="wt-action-group">${links(ySearch, 'wt-action-group__item-container')}</ul>
</div></div></div>
<footer id="global-enhancements-footer" class="wt-bg-blue-dark wt-text-white"><div class="wt-bg-blue wt-pt-xs-3"><p class="wt-text-title-01">Etsy is powered
by 100% renewable electricity.</p></div>
<ul class="wt-list-unstyled">${links(yFoot, 'wt-mb-xs-1')}</ul><p class="wt-text-caption">© 2026 Etsy, Inc.</p></footer>
<div class="wt-overlay wt-overlay--will-animate" id="gdpr-single-choice-overlay" role="dialog" aria-modal="true"><div class="wt-overlay__modal">
<h2 class="wt-text-title-01">Etsy uses cookies and similar technologies to give you a better experience.</h2><p class="wt-text-body-01">Some are required for
the site to work; others help us personalise content and ads.</p><button class="wt-btn wt-btn--filled" data-gdpr-single-choice-accept="true">Accept</button>
<button class="wt-btn wt-btn--secondary" data-gdpr-open-full-settings-modal="true">Update settings</button></div></div>
<script src="https://www.etsy.example/ac/evergreenVendor/js/en-GB/listing.b51e.js" defer></script></body></html>`;
export const etsy: TestPage = {
  name: 'heldout413-etsy-listing',
  kind: 'docs',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: texts(yDesc),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Etsy', 'Sign in', 'Basket', ...yNav, ...yCrumbs, 'In 20+ baskets', 'Price:', '£6.40', 'Local taxes included (where applicable)',
    'WillowbankKnits', '4.9 out of 5 stars', '(1,874)', 'Star Seller', 'Add to basket', 'Item details', 'Highlights', ...yHigh, 'Description',
    'Learn more about this item', 'Delivery and return policies', 'Instant download. Your files will be available to download once payment is confirmed.',
    'Returns and exchanges are not accepted for digital items.', 'Meet your seller', 'Ailsa Drummond', 'Owner of WillowbankKnits', 'Message Ailsa',
    'Reviews for this item (212)', '5 out of 5 stars', ...yRevs, 'Morag', '12 Feb 2026', 'katie_knits', '30 Jan 2026', 'More from this shop', ...yMore,
    'Explore related searches', ...ySearch, 'Etsy is powered by 100% renewable electricity.', ...yFoot, '© 2026 Etsy, Inc.',
    'Etsy uses cookies and similar technologies to give you a better experience.',
    'Some are required for the site to work; others help us personalise content and ads.', 'Accept', 'Update settings',
  ],
};
