import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, tr } from './pages-heldout422-kit.js';

/**
 * Held-out batch 422, file c2: a supermarket's product page in the style of a large UK grocer's React storefront (ddsweb
 * design-system classes, delivery-slot banner, breadcrumbs, price and unit price, loyalty price badge, quantity and "Add"
 * button, product description, features, nutrition table, ingredients, allergy advice, storage, reviews and a "You may also
 * like" carousel, footer).
 */
const gTitle = 'Fernhill Wholemeal Seeded Sourdough Loaf 600g';
const gNav = ['Groceries', 'Favourites', 'Special Offers', 'Recipes', 'Delivery Saver'];
const gCrumbs = ['Bakery', 'Bread & Rolls', 'Sourdough Bread'];
const gDesc = [
  j(
    'A slow-fermented wholemeal sourdough studded with linseed, sunflower and pumpkin seeds. Our bakers leave the dough to rise for',
    '18 hours, which gives the crumb its gentle tang and the crust its deep, crackly bake.',
  ),
];
const gFeat = ['Baked in store daily', 'Slow fermented for 18 hours', 'High in fibre', 'Suitable for vegans'];
const gHead = ['Typical Values', 'Per 100g', 'Per slice (50g)'];
const gRows: readonly (readonly string[])[] = [
  ['Energy', '1037kJ / 247kcal', '519kJ / 124kcal'],
  ['Fat', '5.8g', '2.9g'],
  ['Saturates', '0.7g', '0.4g'],
  ['Carbohydrate', '36.1g', '18.1g'],
  ['Sugars', '2.4g', '1.2g'],
  ['Fibre', '7.9g', '4.0g'],
  ['Protein', '10.2g', '5.1g'],
  ['Salt', '0.98g', '0.49g'],
];
const gRef = 'Reference intake of an average adult (8400kJ / 2000kcal). Pack contains 12 servings.';
const gIngr = [
  j(
    'Wholemeal <strong>Wheat</strong> Flour (43%), Water, Mixed Seeds (12%) [Linseed, Sunflower Seeds, Pumpkin Seeds],',
    '<strong>Wheat</strong> Flour, Sourdough Culture [<strong>Rye</strong> Flour, Water], Salt, Rapeseed Oil.',
  ),
];
const gAllergy = [
  'For allergens, including cereals containing gluten, see ingredients in bold.',
  'Not suitable for customers with an allergy to sesame due to manufacturing methods.',
];
const gStore = ['Store in a cool, dry place. Once opened, eat within 3 days. Suitable for home freezing; freeze on day of purchase and use within one month.'];
const gReviews = ['Lovely tangy flavour and the seeds stay crunchy. Makes great toast.', 'A bit denser than I expected but really filling. Would buy again.'];
const gAlso = ['Fernhill White Sourdough Bloomer 800g', 'Fernhill Rye & Caraway Loaf 500g', 'Lurpak Style Salted Spread 250g', 'Fernhill Seeded Rolls 4 Pack'];
const gFoot = ['Help & FAQs', 'Contact Us', 'Store Locator', 'Product Recalls', 'Privacy & Cookies', 'Terms & Conditions', 'Accessibility'];
const sec = (id: string, title: string, inner: string): string => `<div class="ddsweb-accordion__item" id="accordion-${id}">
<h3 class="ddsweb-heading ddsweb-heading--h4 product-info-block__title">${title}</h3><div class="product-info-block__content">${inner}</div></div>`;
const gHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${gTitle} - Broadwell's Groceries</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Shop for ${gTitle} at Broadwell's.">
<link rel="canonical" href="https://www.broadwells.example/groceries/en-GB/products/318442107">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Product","name":"${gTitle}","sku":"318442107",
"offers":{"@type":"Offer","price":"2.15","priceCurrency":"GBP"}}</script>
<link rel="stylesheet" href="/groceries/static/css/ddsweb.9c1e2.css"></head>
<body><div id="asparagus-root"><a class="ddsweb-skip-link" href="#main">Skip to main content</a>
<div class="ddsweb-notification ddsweb-notification--info slot-banner" role="status"><p>Book a delivery slot to see prices for your area</p>
<a href="/groceries/en-GB/slots">Book a slot</a></div>
<header class="ddsweb-global-header"><a class="ddsweb-logo" href="/groceries/en-GB/">Broadwell's</a><form class="ddsweb-search" role="search"><input
aria-label="Search" placeholder="Search Broadwell's"></form><nav class="ddsweb-navigation" aria-label="Primary">
<ul>${links(gNav, 'ddsweb-navigation__item')}</ul>
</nav><a class="ddsweb-link" href="/account/login">Sign in</a> <a class="ddsweb-link" href="/groceries/en-GB/basket">Basket £0.00</a></header>
<main id="main" class="product-details-page"><nav class="ddsweb-breadcrumb" aria-label="breadcrumb"><ol>${links(gCrumbs, 'ddsweb-breadcrumb__item')}</ol></nav>
<section class="product-details-tile"><div class="product-image__container"><img class="product-image" src="/img/318442107.jpeg" alt="${gTitle}"></div>
<div class="product-details-tile__main"><h1 class="ddsweb-heading ddsweb-heading--h2 product-details-tile__title">${gTitle}</h1>
<div class="ddsweb-rating"><span class="ddsweb-rating__hint">4.5 out of 5 stars</span> <a href="#review-data">(38 reviews)</a></div>
<div class="ddsweb-value-bar"><p class="ddsweb-price__text">£2.15</p><p class="ddsweb-price__subtext">£0.36/100g</p></div>
<div class="ddsweb-value-bar__promotions">
<span class="offer-text">£1.80 Club Price</span> <span class="dates">Offer valid for delivery until 24/03/2026</span></div>
<form class="ddsweb-quantity-controls"><label for="qty">Quantity</label><input id="qty" value="1"><button class="ddsweb-button" type="submit">Add</button>
</form>
</div></section>
<section class="product-info-block"><h2 class="ddsweb-heading ddsweb-heading--h3">Product Description</h2>
${ps(gDesc)}
<ul class="product-info-block__features">${gFeat.map((f) => `<li>${f}</li>`).join('\n')}</ul>
${sec(
  'nutrition',
  'Nutrition',
  `<table class="product__info-table"><thead>${tr(gHead, 'th')}</thead><tbody>${gRows.map((r) => tr(r)).join('\n')}</tbody></table>
<p class="product-info-block__ri">${gRef}</p>`,
)}
${sec('ingredients', 'Ingredients', ps(gIngr))}
${sec('allergy', 'Allergy Information', `<ul>${gAllergy.map((a) => `<li>${a}</li>`).join('')}</ul>`)}
${sec('storage', 'Storage', ps(gStore))}
<p class="product-info-message">Product information is supplied by our suppliers and may change. Always read the label before use.</p></section>
<section id="review-data" class="reviews"><h2 class="ddsweb-heading">Reviews</h2><p class="reviews__summary">Average rating 4.5 out of 5 from 38 reviews</p>
<ul class="reviews__list">${gReviews
  .map(
    (r, i) => `<li class="review"><p class="review__title">${['Really good', 'Filling'][i] ?? ''}</p>
<p class="review__text">${r}</p><p class="review__meta">${['Jo_in_Leeds, 2 March 2026', 'breadfan77, 11 February 2026'][i] ?? ''}</p></li>`,
  )
  .join('\n')}</ul>
<a href="/reviews/write?tpnb=318442107">Write a review</a></section>
<section class="carousel"><h2 class="ddsweb-heading">You may also like</h2><ul>${links(gAlso, 'product-list--list-item')}</ul></section></main>
<footer class="ddsweb-footer"><ul>${links(gFoot)}</ul><p>© Broadwell's Stores Ltd 2026</p></footer></div>
<script>window.__INITIAL_STATE__ = {"product":{"tpnb":"318442107","isForSale":true},"basket":{"items":[]}};</script>
<script src="/groceries/static/js/main.5f3d0.js"></script></body></html>`;
export const grocer: TestPage = {
  name: 'heldout422-supermarket-product-page',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Product Description', 'Nutrition', 'Ingredients', 'Allergy Information', 'Storage'],
  body: [...texts(gDesc), ...gFeat, ...rowTexts(gRows), gRef, ...texts(gIngr), ...gAllergy, ...gStore],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Book a delivery slot to see prices for your area', 'Book a slot', ...gNav, 'Sign in', 'Basket £0.00', ...gCrumbs,
    '4.5 out of 5 stars', '(38 reviews)', '£2.15', '£0.36/100g', '£1.80 Club Price', 'Offer valid for delivery until 24/03/2026', 'Quantity', 'Add',
    'Product information is supplied by our suppliers and may change. Always read the label before use.', 'Reviews',
    'Average rating 4.5 out of 5 from 38 reviews', 'Really good', 'Filling', ...gReviews, 'Jo_in_Leeds, 2 March 2026', 'breadfan77, 11 February 2026',
    'Write a review', 'You may also like', ...gAlso, ...gFoot, "© Broadwell's Stores Ltd 2026",
  ],
};
