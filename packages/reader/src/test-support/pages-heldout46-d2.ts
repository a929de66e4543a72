import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 46, file d2: an Etsy listing page (header with Categories, search, sign-in and cart, the gift nav, the image
 * carousel, price with its screen-reader label, stock and basket lines, title, shop link with rating and the Star Seller
 * badge and its hidden tooltip, the variation select, quantity, buttons, delivery estimate, "Item details" with Highlights
 * and the description written with <br> lines, shipping and return policies, "Meet your seller", item reviews with their
 * sub-ratings, "More from this shop", related searches, the cookie banner and the footer). Etsy's wt- utility classes.
 */
const etTitle = 'Speckled Stoneware Pour-Over Coffee Dripper, Handmade Ceramic Coffee Cone, Oatmeal Glaze';
const etDesc1 = [
  'Every dripper in my shop is thrown by hand on the wheel in my garage studio outside Bellingham, Washington, trimmed the next day ' +
    'and fired twice. This one is finished in my oatmeal glaze, a warm cream with brown iron specks that come through from the clay ' +
    'body, so no two are quite alike. Each one is signed on the base with a small fern stamp, my mark since I opened the shop in 2019.',
  'The cone fits a standard #2 paper filter and sits steady on most mugs and carafes. Three ridges inside keep the filter from ' +
    'sticking to the wall, and a single drain hole slows the brew just enough for a full-bodied cup. The base has a thumb notch so ' +
    'you can lift it off without touching the hot rim.',
  'Size and care:',
];
const etBullets = [
  'Height: about 4 in. (10 cm)',
  'Top diameter: about 5 in. (12.5 cm)',
  'Base fits cups and carafes up to 3.5 in. (9 cm) across',
  'Dishwasher and microwave safe, but hand washing will keep the glaze bright longer',
];
const etDesc2 = [
  'Because each piece is made to order, please allow 2 to 3 weeks for me to make, fire and ship yours. If you need it by a certain ' +
    'date, send me a message before ordering and I will tell you honestly whether I can make it.',
  'A note on color: photos were taken in natural daylight, but screens vary, and the specks land differently on every piece. If ' +
    'you would like to see the exact dripper you will receive, I am happy to send a photo before it ships.',
];
const etNav = ['Gift Mode', 'Holiday Shop', 'Home Favorites', 'Fashion Finds', 'Registry'];
const etHighlights = ['Handmade', 'Materials: stoneware clay, lead-free glaze', 'Made to order'];
const etPolicies = ['Order today to get by Nov 24-Dec 2', 'Returns & exchanges accepted within 30 days', 'Cost to ship: $8.95', 'Ships from: Bellingham, WA'];
const etReviews: [string, string, string][] = [
  ['Makes a better cup than my glass dripper and looks lovely on the counter. It arrived double boxed with a handwritten note.', 'Dana K.', 'Oct 28, 2025'],
  ['Beautiful glaze, heavier than I expected but very stable on my mug.', 'marcusfromtacoma', 'Oct 2, 2025'],
];
const etSubratings = ['Item quality', 'Shipping', 'Customer service'];
const etMore = ['Stoneware Everyday Mug, Oatmeal Glaze, 12 oz', 'Handmade Ceramic Spoon Rest, Speckled White'];
const etSearches = ['pour over coffee maker', 'ceramic coffee dripper', 'pottery gifts for him', 'coffee lover gift'];
const etFootCols: [string, string[]][] = [
  ['Shop', ['Gift cards', 'Etsy Registry', 'Sitemap', 'Etsy blog']],
  ['Sell', ['Sell on Etsy', 'Teams', 'Forums', 'Affiliates & Creators']],
  ['About', ['Etsy, Inc.', 'Policies', 'Investors', 'Careers', 'Press', 'Impact']],
  ['Help', ['Help Center', 'Privacy settings']],
];
const etLegal = ['Terms of Use', 'Privacy', 'Interest-based ads', 'Local Shops', 'Regions'];
const etHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class="no-js"><head><meta charset="utf-8"><title>${etTitle} - Etsy</title>
<meta name="description" content="This Drip Coffee Makers item by FernhollowClay has 412 favorites from Etsy shoppers. Ships from Bellingham, WA.">
<script type="application/ld+json">{"@type":"Product","@context":"https://schema.org","name":"${etTitle}","sku":"1789024551",
"description":"Every dripper in my shop is thrown by hand on the wheel in my garage studio outside Bellingham, Washington...",
"brand":{"@type":"Brand","name":"FernhollowClay"},"offers":{"@type":"Offer","price":"54.00","priceCurrency":"USD","availability":"https://schema.org/InStock"},
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"86"}}</script>
<script>Etsy.Context = {"data":{"listing_id":1789024551,"shop_id":38125503,"is_made_to_order":true}};</script></head>
<body class="ui-toolkit is-responsive"><div id="gnav-header" class="wt-bg-white"><header class="wt-display-flex-xs"><a href="/" class="logo">Etsy</a>
<button class="wt-btn wt-btn--transparent" aria-haspopup="true">Categories</button><form role="search"><input type="text" placeholder="Search for anything"
aria-label="Search"></form><button class="signin-header-action wt-btn">Sign in</button><a href="/cart" aria-label="Cart">
<span class="wt-screen-reader-only">Cart</span></a>
</header><nav class="gnav-cat-nav"><ul>${links(etNav, 'wt-display-inline-block')}</ul></nav></div>
<main id="content"><div class="wt-grid wt-pl-xs-0" data-listing-page-container><div class="wt-grid__item-xs-12 wt-grid__item-md-7 image-col">
<div class="image-carousel-container" data-carousel><ul class="carousel-pane-list">${[1, 2, 3]
  .map(
    (n) =>
      `<li class="carousel-pane" data-index="${n}"><img src="https://i.etsystatic.com/38125503/r/il/5d2a1b/${n}/il_794xN.jpg" ` +
      `alt="${n === 1 ? etTitle : ''}"></li>`,
  )
  .join('')}</ul><button class="wt-action-group__item" aria-label="Previous image">‹</button><button aria-label="Next image">›</button></div></div>
<div class="wt-grid__item-xs-12 wt-grid__item-md-5" data-buy-box-region><div data-selector="price-only" class="wt-mb-xs-1">
<p class="wt-text-title-larger wt-mr-xs-1"><span class="wt-screen-reader-only">Price:</span>$54.00</p></div>
<p class="wt-text-caption wt-text-brick" data-stock-notice>Low in stock</p><p class="wt-text-caption">Only 4 left and in 12 carts</p>
<h1 class="wt-text-body-01 wt-line-height-tight wt-break-word wt-mt-xs-1" data-buy-box-listing-title="true">${etTitle}</h1>
<div class="wt-display-flex-xs shop-info">
<a href="https://www.etsy.com/shop/FernhollowClay?ref=shop-header-name" class="wt-text-link-no-underline">FernhollowClay</a>
<span class="wt-screen-reader-only">4.9 out of 5 stars</span><span aria-hidden="true">4.9</span><span class="wt-badge star-seller-badge"
data-star-seller-badge>Star Seller</span><div class="wt-popover" role="tooltip" hidden><p>Star Sellers have an outstanding track record: they earned 5-star
reviews, shipped orders on time and replied quickly to messages.</p></div></div>
<div data-selector="listing-page-variations"><label for="variation-selector-0">Glaze</label><select id="variation-selector-0">
<option value="">Select an option</option><option>Oatmeal speckle</option><option>Deep blue ($58.00)</option></select>
<label for="listing-page-quantity-select">Quantity</label><select id="listing-page-quantity-select"><option>1</option><option>2</option><option>3</option>
</select></div>
<div class="wt-mb-xs-2"><button class="wt-btn wt-btn--filled wt-width-full" type="submit">Add to cart</button>
<button class="wt-btn wt-btn--outline">Buy it now</button>
<button class="wt-btn wt-btn--icon" aria-label="Add to Favorites"><span class="wt-screen-reader-only">Add to Favorites</span></button></div>
<p class="wt-text-body-small">Arrives soon! Get it by Nov 24-Dec 2 if you order today</p><p class="wt-text-body-small">Gift wrapping available</p>
<div id="product-details-content-toggle" class="wt-content-toggle" data-appears-component-name="product_details"><h2 class="wt-text-body-bold">Item details</h2>
<h3 class="wt-text-caption">Highlights</h3><ul>${etHighlights.map((t) => `<li class="wt-list-unstyled">${t}</li>`).join('')}</ul>
<div class="wt-content-toggle--truncated-inline-multi"><p class="wt-text-body-01 wt-break-word" data-product-details-description-text-content>
${etDesc1.slice(0, 2).join('<br>\n<br>\n')}<br>
<br>
${etDesc1[2]}<br>
${etBullets.map((b) => `• ${b}`).join('<br>\n')}<br>
<br>
${etDesc2.join('<br>\n<br>\n')}</p></div><button class="wt-btn wt-btn--transparent wt-content-toggle__trigger">Learn more about this item</button></div>
<div class="shipping-and-returns"><h2 class="wt-text-body-bold">Shipping and return policies</h2>
<ul>${etPolicies.map((t) => `<li>${t.replace(/&/g, '&amp;')}</li>`).join('')}
</ul><p class="wt-text-caption">Etsy Purchase Protection: If something goes wrong with an eligible order, Etsy has your back.</p></div>
<div class="meet-your-seller"><h2 class="wt-text-body-bold">Meet your seller</h2><p class="wt-text-title-01">Ruth Okafor</p>
<p>Owner of <a href="#">FernhollowClay</a></p>
<button class="wt-btn wt-btn--secondary">Message Ruth</button><p class="wt-text-caption">This seller usually responds within a few hours.</p>
<button class="wt-btn wt-btn--outline">Follow shop</button></div></div></div>
<section id="reviews" class="reviews-section"><h2 class="wt-text-heading">Reviews for this item <span class="count">86</span></h2>
<p class="wt-text-caption">Buyers are raving! Multiple people gave 5-star reviews to this shop in the past 7 days.</p>
<label>Sort by:</label><button class="wt-menu__trigger">Suggested</button>
${etReviews
  .map(
    ([t, who, when]) =>
      `<div class="review-card" data-review-region><span class="wt-screen-reader-only">5 out of 5 stars</span><ul class="sub-ratings">` +
      `${etSubratings.map((s) => `<li>${s} <span>5</span></li>`).join('')}</ul><p class="wt-text-body" data-review-text>${t}</p>` +
      `<p class="wt-text-caption"><a href="#">${who}</a> <span>${when}</span></p><button class="wt-btn wt-btn--small">Helpful?</button></div>`,
  )
  .join('\n')}<a href="#" class="wt-btn">See all reviews</a></section>
<section class="more-from-shop"><h2>More from this shop</h2><a href="/shop/FernhollowClay">Visit shop</a><ul>${etMore
  .map((t, i) => `<li class="listing-card"><a href="#"><h3>${t}</h3></a><span class="currency-value">${['$38.00', '$24.00'][i]}</span></li>`)
  .join('')}</ul></section>
<section class="related-searches"><h2>Explore related searches</h2><ul>${links(etSearches, 'wt-action-group__item-container')}</ul></section></main>
<div id="gdpr-single-choice-overlay" class="wt-overlay" role="dialog" aria-label="Cookie settings"><p>Etsy uses cookies and similar technologies to give you a
better experience, like basic site functions, secure transactions and personalised recommendations.</p><button>Accept</button><button>Update settings</button>
</div>
<footer class="wt-bg-denim"><p class="wt-text-title-01">Etsy is powered by 100% renewable electricity.</p>
${etFootCols.map(([h, l]) => `<div class="footer-col"><h2>${h}</h2><ul>${links(l)}</ul></div>`).join('\n')}
<button class="wt-btn">Download the Etsy App</button><button class="wt-btn">United States | English (US) | $ (USD)</button>
<p>© 2025 Etsy, Inc.</p><ul>${links(etLegal)}</ul></footer></body></html>`;
export const etsyListing: TestPage = {
  html: etHtml,
  name: 'heldout46-etsy-listing',
  kind: 'blog',
  // the seller's description is the article: its paragraphs, the "Size and care:" lead-in and the bullet lines (the "•" in
  // neither list); "Item details", the section head over it, is the heading; the shop name by the title and the seller named
  // in "Meet your seller" are bylines; price, stock lines, rating, Star Seller badge and its hidden tooltip, variation and
  // quantity selects, buttons, delivery lines, the Highlights list, shipping policies, the rest of the seller box, the item
  // reviews (reviewers and dates with them, as comments on a shop page), more from this shop, related searches, cookie
  // overlay, header, nav and footer are furniture; "Owner of FernhollowClay" repeats the byline name in a furniture line; the
  // footer's "About" is a word of a short body line (the height bullet): left out
  title: etTitle,
  headings: ['Item details'],
  body: [...etDesc1, ...etBullets, ...etDesc2],
  bylines: ['FernhollowClay', 'Ruth Okafor'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Etsy', 'Categories', 'Sign in', 'Cart', ...etNav, 'Price:', '$54.00', 'Low in stock', 'Only 4 left and in 12 carts', '4.9 out of 5 stars', 'Star Seller',
    'Star Sellers have an outstanding track record: they earned 5-star reviews, shipped orders on time and replied quickly to messages.', 'Glaze',
    'Select an option', 'Oatmeal speckle', 'Deep blue ($58.00)', 'Quantity', 'Add to cart', 'Buy it now', 'Add to Favorites',
    'Arrives soon! Get it by Nov 24-Dec 2 if you order today', 'Gift wrapping available', 'Highlights', ...etHighlights, 'Learn more about this item',
    'Shipping and return policies', ...etPolicies, 'Etsy Purchase Protection: If something goes wrong with an eligible order, Etsy has your back.',
    'Meet your seller', 'Owner of FernhollowClay', 'Message Ruth', 'This seller usually responds within a few hours.', 'Follow shop', 'Reviews for this item',
    'Buyers are raving! Multiple people gave 5-star reviews to this shop in the past 7 days.', 'Sort by:', 'Suggested', '5 out of 5 stars', ...etSubratings,
    ...etReviews.flat(), 'Helpful?', 'See all reviews', 'More from this shop', 'Visit shop', ...etMore, '$38.00', '$24.00', 'Explore related searches',
    ...etSearches,
    'Etsy uses cookies and similar technologies to give you a better experience, like basic site functions, secure transactions and ' +
      'personalised recommendations.',
    'Accept', 'Update settings', 'Etsy is powered by 100% renewable electricity.', ...etFootCols.flatMap(([h, l]) => [h, ...l]).filter((t) => t !== 'About'),
    'Download the Etsy App',
    'United States | English (US) | $ (USD)', '© 2025 Etsy, Inc.', ...etLegal,
  ],
};
