import { links, type TestPage, texts } from './page-kit.js';
import { zillow } from './pages-heldout282-b2.js';
import { pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file b: an Etsy-style handmade listing (global header with category menu, buy box with the shop name,
 * price and "Star Seller" badge, listing images, "Item details" with highlights, the description as Etsy saves it: one
 * paragraph cut by line breaks, shipping and returns, "Meet your seller", reviews, "Explore related searches", footer and
 * the consent banner) and, from file b2, a Zillow-style home listing.
 */
const eTitle = 'Handwoven Wool Table Runner in Herringbone, Undyed Shetland and Oatmeal, 14 x 72 inches';
const eDesc = pp(`
Woven slowly on my eight-shaft floor loom in a stone cottage at the edge of the moor, this table runner is made from undyed
Shetland wool in its natural shades: a warm oatmeal warp and a soft moorit brown weft.

The herringbone pattern changes direction every four inches, so the runner catches the light differently from each end of the
table. It is dense enough to protect the wood from warm dishes and soft enough to drape over the edges.

Each runner is wet-finished by hand after it comes off the loom. This fulls the wool slightly, closes up the weave and gives it
a gentle halo. Because every piece is woven one at a time, yours may differ a little in length and tone from the photos.

DETAILS

- 100% Shetland wool, spun in a small mill on the island of Stennay

- Finished size about 14 x 72 inches, not including the twisted fringe

- Fringe of about 3 inches at each end, knotted and twisted by hand

CARE

Spot clean where you can. If it needs a proper wash, hand wash in cool water with a little wool wash, roll in a towel and dry
flat. Please do not tumble dry.

A note on colour: undyed wool varies from fleece to fleece and season to season. The browns in this batch came from a
flock of Shetland ewes on a croft I visit each spring, and the next batch may be a shade lighter or darker.

Every runner is sent wrapped in tissue and brown paper with a card describing the sheep and the mill. If you would like a gift
note included, just add it in the personalisation box.

I am happy to weave a custom length for longer tables. Send me a message with your measurements before you order.
`);
const eNav = ['Gifts', 'Home Favorites', 'Fashion Finds', 'Registry'];
const eCats = ['Home & Living', 'Kitchen & Dining', 'Table Linens', 'Table Runners'];
const eHigh = ['Handmade', 'Materials: Wool', 'Width: 14 Inches', 'Length: 72 Inches'];
const eRel = ['wool table runner', 'herringbone throw', 'scottish wool blanket', 'handwoven placemats'];
const eFoot = ['Shop', 'Sell', 'About', 'Help', 'Gift cards', 'Etsy Registry', 'Sitemap', 'Etsy blog', 'Etsy United Kingdom'];
const eRevs = [
  ['Hattie', 'Oct 2, 2026', 'Even more beautiful in person. It arrived wrapped in brown paper with a little sprig of heather.'],
  ['Orrin', 'Sep 18, 2026', 'Perfect weight, no shedding at all, and the custom length fit our oak table exactly.'],
];
const eHtml = `<!DOCTYPE html><html lang="en-GB" class="no-touch en-GB GBP GB" dir="ltr"><head><meta charset="utf-8">
<title>Handwoven Wool Table Runner in Herringbone - Etsy UK</title>
<meta name="description" content="This Table Runners item by FernleighLoom has 84 favourites from Etsy shoppers.">
<meta property="og:title" content="Handwoven Wool Table Runner in Herringbone"><meta property="og:type" content="product">
<link rel="canonical" href="https://www.etsy.example/uk/listing/1638820417/handwoven-wool-table-runner">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Handwoven Wool Table Runner",
"brand":{"@type":"Brand","name":"FernleighLoom"},"offers":{"@type":"Offer","price":"96.00","priceCurrency":"GBP"}}</script>
<script>window.Etsy = window.Etsy || {}; Etsy.Context = {"data":{"listing_id":1638820417,"shop_id":30915522}};</script></head>
<body class="is-responsive no-touch ui-toolkit" data-nav-version="global-nav-2024"><div id="gnav-header" class="wt-z-index-5">
<header id="gnav-header-inner" class="wt-display-flex-xs wt-align-items-center wt-pt-xs-1" data-gnav-header>
<a class="wt-skip-link" href="#content">Skip to content</a><div id="logo" class="wt-display-flex-xs"><a href="https://www.etsy.example/uk/"
class="wt-text-link-no-underline"><span class="wt-screen-reader-only">Etsy</span></a></div>
<button class="wt-btn wt-btn--transparent cat-nav-btn">Categories</button><form id="gnav-search" role="search"><input id="global-enhancements-search-query"
type="text" name="search_query" placeholder="Search for anything" class="wt-input"></form>
<ul class="wt-display-flex-xs"><li><a class="wt-btn wt-btn--small" href="/signin">Sign in</a></li><li><a href="/cart" class="wt-tooltip__trigger"
aria-label="Cart"><span class="wt-screen-reader-only">Cart</span></a></li></ul></header>
<div class="wt-display-flex-xs wt-justify-content-center"><ul class="wt-list-inline">${links(eNav, 'wt-pr-xs-2')}</ul></div></div>
<div id="content" class="wt-position-relative"><div class="listing-page wt-body-max-width wt-pl-md-4 wt-pr-md-4" data-selector="listing-page">
<div class="wt-text-caption"><ul class="wt-action-group wt-list-inline wt-mb-xs-2">${links(eCats, 'wt-action-group__item-container')}</ul></div>
<div class="wt-grid wt-position-relative wt-pl-xs-0"><div class="image-col wt-col-md-8 wt-order-xs-1"><div data-component="listing-page-image-carousel"
class="image-carousel-container wt-position-relative"><ul class="carousel-pane-list"><li class="wt-position-absolute carousel-pane"
data-index="0"><img data-index="0" src="https://i.etsystatic.example/30915522/r/il/7c1d0a/fullxfull.jpg"
class="wt-max-width-full wt-horizontal-center carousel-image" alt="Handwoven wool table runner on an oak table, image 1"></li></ul></div></div>
<div class="wt-col-md-4 wt-order-xs-2 body-wrap wt-body-max-width" data-selector="listing-page-cart"><div data-buy-box-region="price"
class="wt-mb-xs-3"><p class="wt-text-title-larger wt-mr-xs-1"><span class="wt-screen-reader-only">Price:</span>£96.00</p>
<p class="wt-text-caption wt-text-gray">VAT included (where applicable), plus delivery</p></div>
<h1 class="wt-text-body-01 wt-line-height-tight wt-break-word wt-mt-xs-1" data-buy-box-listing-title="true">
${eTitle}
</h1><div class="wt-display-flex-xs wt-align-items-center" data-buy-box-region="shop-info"><a class="wt-text-link-no-underline"
href="https://www.etsy.example/uk/shop/FernleighLoom"><span class="wt-text-title-small">FernleighLoom</span></a>
<span class="star-seller-badge wt-text-caption">Star Seller</span><span class="wt-screen-reader-only">5 out of 5 stars</span>
<span class="wt-text-caption">(1,206)</span></div>
<p class="wt-text-caption wt-text-black">Only 2 left and in 6 baskets</p>
<div data-selector="listing-page-cart-button"><button class="wt-btn wt-btn--filled wt-width-full" type="submit">Add to basket</button></div>
<button class="wt-btn wt-btn--outline favorite-listing-button-wrapper" type="button">Add to collection</button>
<div id="product-details-content-toggle" class="wt-pt-xs-3"><h2 class="wt-text-body-01 wt-text-left-xs wt-flex-xs-auto">Item details</h2>
<div class="wt-content-toggle"><p class="wt-text-title-small">Highlights</p><ul class="wt-block-grid-xs-1">${eHigh
  .map((h) => `<li class="wt-block-grid__item wt-display-flex-xs"><div class="wt-ml-xs-2">${h}</div></li>`)
  .join('\n')}</ul>
<div data-id="description-text" class="wt-content-toggle--truncated-inline-multi"><p class="wt-text-body-01 wt-break-word"
data-product-details-description-text-content>${eDesc.join('<br>\n<br>\n')}</p></div>
<button class="wt-btn wt-btn--secondary wt-btn--small wt-content-toggle__trigger" type="button">Learn more about this item</button></div></div>
<div id="shipping-variant-div" class="wt-pt-xs-3"><h2 class="wt-text-body-01">Delivery and return policies</h2><ul class="wt-list-unstyled">
<li>Order today to get by Oct 21-29</li><li>Returns accepted within 30 days</li><li>Cost to deliver: £6.50</li><li>Dispatched from: Fernleigh Combe, United
Kingdom</li>
</ul></div>
<div class="wt-pt-xs-3" data-selector="meet-your-seller"><h2 class="wt-text-body-01">Meet your seller</h2><p class="wt-text-title-small">Morwenna Trist</p>
<p class="wt-text-caption">Owner of FernleighLoom</p><button class="wt-btn wt-btn--outline">Message Morwenna</button>
<p class="wt-text-caption">This seller usually responds within a few hours.</p></div></div></div>
<div id="reviews" class="wt-mt-xs-6"><h2 class="wt-text-heading">Reviews for this item (318)</h2><div class="wt-grid">
${eRevs
  .map(
    (r) => `<div class="review-card wt-grid__item-xs-12" data-review-region><p class="wt-text-body">${r[2]}</p>
<div class="wt-display-flex-xs"><a class="wt-text-link" href="/people/x">${r[0]}</a> <p class="wt-text-caption">${r[1]}</p></div></div>`,
  )
  .join('\n')}</div><button class="wt-btn wt-btn--secondary">View all reviews for this item</button></div>
<div class="wt-mt-xs-6" data-related-searches><h2 class="wt-text-heading">Explore related searches</h2><ul class="wt-list-inline">${links(
  eRel,
  'wt-action-group__item',
)}</ul></div></div></div>
<footer class="wt-bg-blue-dark wt-text-white" id="footer"><div class="wt-grid"><p class="wt-text-heading">Etsy is powered by 100% renewable electricity.</p>
<form class="email-subscribe"><p>Yes! Send me exclusive offers, unique gift ideas, and personalised tips for shopping and selling on Etsy.</p>
<button class="wt-btn">Subscribe</button></form><ul class="wt-list-unstyled">${links(eFoot, '')}</ul></div>
<p class="wt-text-caption">© 2026 Etsy, Inc.</p><ul class="wt-list-inline"><li>Terms of Use</li><li>Privacy</li><li>Interest-based ads</li></ul></footer>
<div id="gdpr-single-choice-overlay" class="wt-overlay"><div class="wt-overlay__modal" role="dialog"><h2>Etsy uses cookies and similar technologies</h2>
<p>We use them to give you a personalised experience, to show you relevant ads and to understand how you use Etsy.</p>
<button class="wt-btn wt-btn--filled" data-gdpr-single-choice-accept>Accept</button><button class="wt-btn">Update settings</button></div></div>
<script src="https://www.etsy.example/ac/evergreenVendor/js/en-GB/listing-page.js"></script></body></html>`;
const etsy: TestPage = {
  name: 'heldout282-etsy-listing',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts(eDesc),
  bylines: ['FernleighLoom'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Etsy', 'Categories', 'Sign in', 'Cart', ...eNav, ...eCats, 'Price:', '£96.00', 'VAT included (where applicable), plus delivery',
    'Star Seller', '5 out of 5 stars', '(1,206)', 'Only 2 left and in 6 baskets', 'Add to basket', 'Add to collection', 'Item details', 'Highlights',
    ...eHigh, 'Learn more about this item', 'Delivery and return policies', 'Order today to get by Oct 21-29', 'Returns accepted within 30 days',
    'Cost to deliver: £6.50', 'Dispatched from: Fernleigh Combe, United Kingdom', 'Meet your seller', 'Morwenna Trist', 'Owner of FernleighLoom',
    'Message Morwenna', 'This seller usually responds within a few hours.', 'Reviews for this item (318)', ...eRevs.flat(),
    'View all reviews for this item', 'Explore related searches', ...eRel, 'Etsy is powered by 100% renewable electricity.',
    'Yes! Send me exclusive offers, unique gift ideas, and personalised tips for shopping and selling on Etsy.', 'Subscribe',
    ...eFoot.filter((t) => t !== 'Etsy Registry'), '© 2026 Etsy, Inc.', 'Terms of Use', 'Privacy', 'Interest-based ads',
    'Etsy uses cookies and similar technologies',
    'We use them to give you a personalised experience, to show you relevant ads and to understand how you use Etsy.', 'Accept', 'Update settings',
  ],
};

export const HELDOUT282_B: readonly TestPage[] = [etsy, zillow];
