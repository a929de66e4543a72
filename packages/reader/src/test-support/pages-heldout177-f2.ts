import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 177, file f2: an Etsy product listing page as a signed-out visitor saves it (the header with "Categories",
 * the search box, "Sign in" and cart, the category nav, the image carousel, the "Only 3 left" and price block with its
 * hidden screen-reader price text, the long listing h1, shop name and Star Seller badge, quantity select, "Add to cart",
 * the "Star Seller" explainer, the Item details accordion with highlights and the description (line breaks, no paragraphs)
 * and "Learn more about this item", shipping and return policies, "Meet your sellers", the reviews with "Reviews for this
 * item", "More from this shop", "You may also like", the breadcrumb of related categories, the newsletter footer, the
 * renewable electricity line and the legal footer).
 */
const etTitle = 'Hand-thrown Stoneware Mug, Speckled Oatmeal Glaze, 14 oz Coffee Cup with Thumb Rest, Handmade Pottery Gift';
const etDesc = [
  'Every mug in this listing is thrown by hand on the wheel in my studio in the hills above Mossford, trimmed, pulled a handle ' +
    'for, and glazed in our speckled oatmeal glaze. Because each one is made individually, sizes and speckles vary a little from ' +
    'mug to mug and yours will not be identical to the photos. I think that is the best part.',
  'The mug holds about 14 oz (415 ml) filled to the brim, which is a generous coffee with room for milk. It stands roughly 10 cm ' +
    'tall and 9 cm across. The handle is pulled rather than moulded and has a small thumb rest at the top, which several customers ' +
    'tell me they now cannot live without.',
  'The clay is a mid-fire stoneware with iron speckles that bloom through the glaze in the kiln. The inside is a glossy oatmeal and ' +
    'the outside is a softer satin, with the foot left unglazed so you can feel the raw clay.',
  'CARE',
  'Dishwasher and microwave safe. Like all handmade ceramics it will not enjoy sudden changes of temperature, so please do not ' +
    'pour boiling water into a mug straight from the fridge or put it in a hot oven.',
  'SHIPPING',
  'Every mug is wrapped in recycled paper and packed in a double box with plenty of padding. In seven years of posting mugs all ' +
    'over the world, only a handful have ever arrived broken, and if yours does I will replace it at no cost. Just send me a photo.',
  'Orders are made and posted within five working days. Around the holidays I fire the kiln twice a week, so the listing may ' +
    'show fewer mugs for a day or two while the next batch cools; it is always worth checking back.',
  'If you would like a set of matching mugs, message me before ordering and I will pick a group from the same firing so they are ' +
    'as close as possible in size and colour.',
];
const etNav = ['Gifts', 'Holiday Shop', 'Home Favorites', 'Fashion Finds', 'Registry'];
const etCats = [
  'Jewelry & Accessories',
  'Clothing & Shoes',
  'Home & Living',
  'Wedding & Party',
  'Toys & Entertainment',
  'Art & Collectibles',
  'Craft Supplies & Tools',
  'Vintage',
];
const etHigh = ['Handmade', 'Materials: Ceramic, Stoneware', 'Capacity: 14 fluid ounces', 'Gift wrapping available'];
const etReviews = [
  ['Hannah', 'Oct 28, 2025', 'Even nicer in person. The thumb rest is genius and it keeps coffee hot for ages.'],
  ['Gregor', 'Oct 12, 2025', 'Arrived beautifully packed and perfectly safe. Bought a second one for my sister.'],
];
const etMore = [
  ['Speckled Oatmeal Dinner Plate, 26 cm', '$54.00'],
  ['Stoneware Bud Vase, Moss Green Glaze', '$32.00'],
  ['Handmade Espresso Cup and Saucer', '$41.00'],
];
const etAlso = [
  ['Tall Latte Mug with Blue Drip Glaze', 'Ad by Etsy seller', '$46.00'],
  ['Rustic Pottery Mug, Charcoal Glaze', 'Ad by Etsy seller', '$39.50'],
];
const etCrumbs = ['Homepage', 'Home & Living', 'Kitchen & Dining', 'Drink & Barware', 'Drinkware', 'Mugs'];
const etFoot = [
  'Shop',
  'Gift cards',
  'Etsy Registry',
  'Sitemap',
  'Etsy blog',
  'Sell',
  'Sell on Etsy',
  'Teams',
  'Forums',
  'Affiliates & Creators',
  'About',
  'Etsy, Inc.',
  'Policies',
  'Investors',
  'Careers',
  'Press',
  'Impact',
  'Help',
  'Help Center',
  'Privacy settings',
];
const etLegal = ['© 2025 Etsy, Inc.', 'Terms of Use', 'Privacy', 'Interest-based ads', 'Local Shops', 'Regions'];
const etNews = 'Yes! Send me exclusive offers, unique gift ideas, and personalized tips for shopping and selling on Etsy.';
const etHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class="no-js"><head><meta charset="utf-8"><title>Hand-thrown Stoneware Mug, Speckled Oatmeal Glaze, 14 oz Coffee Cup
- Etsy</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="This Mugs item is sold by MossfordPottery. Ships from United Kingdom. Listed on Nov 2, 2025">
<meta property="og:title" content="Hand-thrown Stoneware Mug, Speckled Oatmeal Glaze, 14 oz Coffee Cup"><meta property="og:type" content="product">
<meta property="etsymarketplace:item" content="1789234561"><link rel="canonical" href="https://www.etsy.com/listing/1789234561/hand-thrown-stoneware-mug">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${etTitle}","brand":{"@type":"Brand","name":"MossfordPottery"},
"offers":{"@type":"Offer","price":"48.00","priceCurrency":"USD"},
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"1186"}}</script>
<link rel="stylesheet" href="https://www.etsy.example/ac/evergreenVendor/css/base.2c8.css"></head>
<body class="ui-toolkit en-US USD US" data-language="en-US"><div id="gnav-header"><header id="gnav-header-inner" class="wt-display-flex-xs">
<a class="wt-screen-reader-only" href="#content">Skip to Content</a><a href="https://www.etsy.com/?ref=lgo" class="logo">
<span class="wt-screen-reader-only">Etsy</span></a>
<button class="wt-btn" data-id="gnav-categories-button">Categories</button><form role="search"><input id="global-enhancements-search-query"
placeholder="Search for anything" aria-label="Search"></form><nav><ul class="wt-list-inline">${links(etNav, 'wt-list-inline__item')}</ul></nav>
<button class="signin-header-action select-signin">Sign in</button><a href="/cart" aria-label="Cart"><span class="wt-screen-reader-only">Cart</span></a>
</header>
<nav aria-label="Categories" class="wt-hide-xs"><ul>${links(etCats, 'top-nav-item')}</ul></nav></div>
<main id="content"><div class="listing-page wt-grid"><div class="image-col wt-grid__item-md-7"><div class="listing-page-image-carousel-component">
<ul class="carousel-pane-list"><li class="carousel-pane"><img alt="Hand-thrown Stoneware Mug" src="https://i.etsystatic.example/il_794xN.jpg"></li></ul>
<button aria-label="Next image">›</button></div></div>
<div class="listing-page-info-col wt-grid__item-md-5" data-buy-box-region="true"><div data-appears-component-name="price">
<p class="wt-text-title-01 wt-text-brick">Only 3 left</p><div class="wt-display-flex-xs"><p class="wt-text-title-larger">
<span class="wt-screen-reader-only">Price:</span>$48.00</p></div><p class="wt-text-caption">Local taxes included (where applicable)</p></div>
<h1 class="wt-text-body-01 wt-line-height-tight wt-break-word wt-mt-xs-1" data-buy-box-listing-title="true">${etTitle}</h1>
<div class="shop-name-and-title-container"><a class="wt-text-link-no-underline" href="https://www.etsy.com/shop/MossfordPottery">MossfordPottery</a>
<span class="star-seller-badge">Star Seller</span><span class="wt-screen-reader-only">4.9 out of 5 stars</span> <span>(1.2k)</span></div>
<div class="wt-select"><label for="variation-selector-0">Quantity</label><select id="variation-selector-0"><option>1</option><option>2</option></select></div>
<div class="wt-mt-xs-2"><button class="wt-btn wt-btn--filled wt-width-full">Add to cart</button></div>
<div class="star-seller-explainer"><p><strong>Star Seller.</strong> This seller consistently earned 5-star reviews, shipped on time, and replied quickly to any
messages they received.</p></div>
<div id="product-details-content-toggle" class="wt-content-toggle"><h2 class="wt-text-body-bold">Item details</h2><h3>Highlights</h3><ul>
${etHigh.map((t) => `<li class="wt-list-unstyled">${t}</li>`).join('')}</ul>
<div class="wt-content-toggle__body"><p class="wt-text-body-01 wt-break-word" data-product-details-description-text-content>
${etDesc.join('<br>\n<br>\n')}</p></div><button class="wt-content-toggle__trigger">Learn more about this item</button></div>
<div id="shipping-and-returns-div"><h2>Shipping and return policies</h2><p>Order today to get by Nov 18-25</p><p>Returns &amp; exchanges accepted
within 30 days</p><p>Cost to ship: $12.40</p><p>Ships from: United Kingdom</p></div>
<div class="meet-your-sellers"><h2>Meet your sellers</h2><p>Ffion Greaves</p><p>Owner of MossfordPottery</p><button>Message Ffion</button></div></div></div>
<div id="reviews" class="reviews-section"><h2>Reviews for this item <span>214</span></h2><p>Buyers are raving! Multiple people gave 5-star reviews to this
shop in the past 7 days.</p>${etReviews
  .map(
    (r) => `<div class="review-card"><p class="wt-text-caption">${r[0]}</p><p class="wt-text-caption">${r[1]}</p>
<p class="wt-text-truncate--multi-line">${r[2]}</p></div>`,
  )
  .join('\n')}<button>View all reviews for this item</button></div>
<div class="more-from-shop"><h2>More from this shop</h2><a href="/shop/MossfordPottery">Visit shop</a><ul>
${etMore.map((m) => `<li><h3 class="v2-listing-card__title">${m[0]}</h3><span class="currency-value">${m[1]}</span></li>`).join('')}</ul></div>
<div class="recs"><h2>You may also like</h2><ul>${etAlso
  .map(
    (m) => `<li><h3 class="v2-listing-card__title">${m[0]}</h3><p>${m[1]}</p>
<span class="currency-value">${m[2]}</span></li>`,
  )
  .join('')}</ul></div>
<nav aria-label="Breadcrumb" class="wt-action-group"><h2>Explore related categories</h2><ul>${links(etCrumbs)}</ul></nav></main>
<footer class="wt-bg-denim wt-text-white"><div class="newsletter"><p>${etNews}</p><label for="email-list-signup-email-input">Enter your email</label>
<input id="email-list-signup-email-input" type="email"><button>Subscribe</button></div><p>Etsy is powered by 100% renewable electricity.</p>
<ul>${links(etFoot)}</ul><div class="legal"><ul>${links(etLegal)}</ul></div></footer>
<script src="https://www.etsy.example/ac/primary/js/listing.ee6.js" async></script></body></html>`;
export const etsyListing: TestPage = {
  html: etHtml,
  name: 'heldout177-etsy-product-listing',
  kind: 'blog',
  // the listing h1 is the title; the description (lines split by <br>, its upper-case labels body lines as they are plain
  // text) is the article; the shop name is a byline; price, highlights, policies, seller card, reviews and rails are furniture
  title: etTitle,
  headings: [],
  body: texts(etDesc),
  bylines: ['MossfordPottery'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Categories', ...etNav, 'Sign in', 'Cart', ...etCats, '›', 'Only 3 left', 'Price:', '$48.00',
    'Local taxes included (where applicable)',
    'Star Seller', '4.9 out of 5 stars', '(1.2k)', 'Quantity', 'Add to cart',
    'This seller consistently earned 5-star reviews, shipped on time, and replied quickly to any messages they received.', 'Item details', 'Highlights',
    ...etHigh, 'Learn more about this item', 'Shipping and return policies', 'Order today to get by Nov 18-25',
    'Returns & exchanges accepted within 30 days', 'Cost to ship: $12.40', 'Ships from: United Kingdom', 'Meet your sellers', 'Ffion Greaves',
    'Owner of MossfordPottery', 'Message Ffion', 'Reviews for this item 214',
    'Buyers are raving! Multiple people gave 5-star reviews to this shop in the past 7 days.', ...etReviews.flat(), 'View all reviews for this item',
    'More from this shop', 'Visit shop', ...etMore.flat(), 'You may also like', ...etAlso.flat(), 'Explore related categories', ...etCrumbs, etNews,
    'Enter your email', 'Subscribe', 'Etsy is powered by 100% renewable electricity.', ...etFoot, ...etLegal,
  ],
};
