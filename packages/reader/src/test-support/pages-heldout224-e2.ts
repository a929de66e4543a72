import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 224, file e2: a Chewy product page (Next.js, "kib" design system: the shipping promo bar, search, "Sign In"
 * and cart, the pet-type nav, breadcrumb, the product title with "By" brand link, ratings and answered-question counts, price,
 * Autoship offer and buttons, the "Details" panel with description and key benefits, the "Specifications" table, the
 * "Questions & Answers" section, customer reviews, "Compare Similar Items" carousel, footer and the consent banner).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const wTitle = 'Tallwhisker 52-in Sisal Cat Tree with Hammock and Condo, Driftwood Grey';
const wP1 = paras(`
Give your climbers somewhere to go that is not the curtains. The Tallwhisker 52-inch cat tree has five levels, so two or three cats can each claim a
spot, from the enclosed condo at the bottom to the wide, padded perch at the top. Thick posts wrapped in natural sisal rope give your cat a
satisfying place to scratch and stretch, sparing your furniture.

The sagging hammock between the middle posts is sized for a full-grown cat and is lined with soft plush that can be brushed clean. A dangling pom-pom
toy on an elastic cord hangs from the second platform to encourage play. The wide, weighted base keeps the tree steady when cats jump on and off,
and an anti-tip strap is included for fixing the top level to a wall.

Assembly takes about 30 minutes with the included tools, and each platform is labelled so it goes together in the right order.

The neutral driftwood grey covering blends in with most living rooms, and the low first step makes it easy for kittens and senior cats to get on.
When the sisal on the main post wears down after months of happy scratching, replacement posts can be ordered separately and screwed in place, so
there is no need to replace the whole tree.`);
const wH1 = 'Key Benefits';
const wList = [
  'Five levels give multiple cats room to climb, perch, nap and play.',
  'Posts wrapped in natural sisal rope satisfy the urge to scratch.',
  'Enclosed condo with two entrances offers a private hideaway.',
  'Padded top perch and plush hammock are sized for adult cats.',
  'Weighted base and included anti-tip strap help keep the tree stable.',
];
const wH2 = 'Specifications';
const wSpecs = [
  ['Item Number', '318842'],
  ['Dimensions', '22 x 20 x 52-in'],
  ['Weight', '31.5 lbs'],
  ['Material', 'Particle board, sisal rope, plush'],
  ['Color', 'Driftwood Grey'],
  ['Number of Levels', '5'],
  ['Assembly Required', 'Yes'],
];
const wP2 = paras(`
Please supervise pets when using this product. Check the sisal and fixings regularly and tighten any loose posts. Replacement posts are available
from the manufacturer.`);
const wQa = [
  [
    'Will this hold a 20 pound Maine Coon?',
    'My Maine Coon is 18 pounds and uses the top perch every day. It wobbles a little if he jumps hard, so I used the wall strap.',
    'Rocco’s Mom',
  ],
  ['Is the hammock removable for washing?', 'It is screwed on at four corners, so it can come off, but it is easier to vacuum it in place.', 'Tallwhisker'],
];
const wReviews = [
  [
    'Sturdy and the cats love it',
    'Took me 40 minutes to build. Both cats were on it before I had finished tightening the last screw.',
    'Marisol',
    'Oct 2, 2025',
  ],
  ['Hammock is the favorite spot', 'The condo is a bit small for my big boy but he sleeps in the hammock all afternoon.', 'DaveInDenver', 'Sep 18, 2025'],
];
const wNav = ['Shop by Pet', 'Shop by Brand', 'Deals', 'Pharmacy', 'Services', 'Give Back'];
const wCrumb = ['Cat', 'Cat Furniture', 'Cat Trees & Condos'];
const wSimilar = ['Tallwhisker 34-in Cat Tree, Sand', 'Frolick Pet 60-in Cat Tower, Beige', 'Kittyloft Wall-Mounted Cat Shelves, 3 count'];
const wFoot = ['About Chewy', 'Careers', 'Help', 'Contact Us', 'Track Order', 'Terms of Use', 'Privacy Policy', 'Your Privacy Choices'];
const wCookie = 'We use cookies and similar technologies to improve your experience, analyze site traffic and personalize ads.';
const wKib = (
  label: string,
  id: string,
  inner: string,
): string => `<section class="kib-accordion-new" data-testid="${id}-section"><h2 class="kib-accordion-new__heading">
<button class="kib-accordion-new__trigger" aria-expanded="true" aria-controls="${id}"><span class="kib-accordion-new__label">${label}</span></button></h2>
<div class="kib-accordion-new__panel" id="${id}" role="region">${inner}</div></section>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TALLWHISKER 52-in Sisal Cat Tree with Hammock
and Condo, Driftwood Grey - Chewy.com</title>
<meta name="description" content="Buy Tallwhisker 52-in Sisal Cat Tree at Chewy.com. FREE shipping and the BEST customer
service!"><link rel="canonical" href="https://www.chewy.example/tallwhisker-52-in-sisal-cat-tree/dp/318842"><meta property="og:type" content="product">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${wTitle}","sku":"318842","brand":{"@type":"Brand","name":
"Tallwhisker"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.5","reviewCount":"1284"},"offers":{"@type":"Offer","price":"89.99",
"priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script><link rel="stylesheet" href="/_next/static/css/pdp-c2a1.css"></head>
<body><div id="__next"><div class="promo-bar" data-testid="promo-bar"><a href="/app/content/free-shipping">Free 1-3 day shipping on orders over $49</a></div>
<header class="chewy-header" data-testid="header"><a href="/" class="chewy-header__logo" aria-label="Chewy.com"><svg></svg></a><form role="search"
class="chewy-header__search"><label class="kib-sr-only" for="search-input">Search</label><input id="search-input" type="search" placeholder="Search"></form>
<a href="/app/login" class="chewy-header__account" data-testid="account-link">Sign In</a><a href="/app/cart" class="chewy-header__cart">
<span class="kib-sr-only">Cart
</span><span class="chewy-header__cart-count">0</span></a></header><nav class="chewy-nav" aria-label="Main"><ul>${links(wNav, 'chewy-nav__item')}</ul></nav>
<main class="pdp" id="main-content"><nav class="kib-breadcrumbs" aria-label="Breadcrumbs"><ol>${links(wCrumb, 'kib-breadcrumbs__item')}</ol></nav>
<div class="pdp__hero"><div class="pdp__gallery" data-testid="product-carousel">
<img src="https://image.chewy.example/is/image/catalog/318842_MAIN.jpg" alt="${wTitle}"
width="600" height="600"><button class="pdp__gallery-next" aria-label="Next image"></button></div><div class="pdp__buybox" data-testid="buybox">
<h1 class="styles_productName__vSdxx" data-testid="product-title-heading">${wTitle}</h1>
<a class="styles_brandLink__kjk2x" href="/brands/tallwhisker-18273">By Tallwhisker</a>
<div class="styles_ratings__z3a8B"><span class="kib-sr-only">4.5 out of 5 stars</span><a href="#reviews" data-testid="product-rating-count">1,284 Ratings</a>
<a href="#questions" data-testid="product-qa-count">87 Answered Questions</a></div><div class="kib-product-price" data-testid="advertised-price">$89.99</div>
<div class="styles_autoship__X7r4p"><span class="styles_autoshipPrice__pA0yq">$85.49</span><span>Autoship Price</span>
<p>Save 35% off your first Autoship order</p></div>
<button class="kib-button-new kib-button-new--primary" data-testid="add-to-cart">Add to Cart</button><button class="kib-button-new kib-button-new--secondary"
data-testid="add-to-autoship">Add to Autoship</button><p class="styles_shippingNote__k2r0V">Usually ships in 1 business day</p></div></div>
${wKib(
  'Details',
  'details',
  `<div class="styles_markdownTable__Mtq9f"><div class="styles_descriptionText__Ah3Yy">${wP1.map((p) => `<p>${p}</p>`).join('\n')}</div>
<h3 class="styles_keyBenefitsHeading__m7bG0">${wH1}</h3><ul class="styles_keyBenefits__Wq1Lg">${wList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${wP2.map((p) => `<p class="styles_caution__e4Q2n">${p}</p>`).join('')}</div>`,
)}
${wKib(
  wH2,
  'specifications',
  `<table class="styles_infoTable__0cb8O"><tbody>${wSpecs.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table>`,
)}
<section id="questions" class="qa-section" data-testid="qa-section"><h2 class="qa-section__title">Questions &amp; Answers</h2>
<p class="qa-section__count">87 Customer Questions</p>
<button class="kib-button-new kib-button-new--secondary">Ask a Question</button>${wQa
  .map(
    ([q, a, who]) => `<div class="qa-item"><p class="qa-item__question"><span class="qa-item__label">Q:</span> ${q}</p><p class="qa-item__answer">
<span class="qa-item__label">A:</span> ${a}</p><p class="qa-item__meta">Answer by · ${who}</p><button class="qa-item__helpful">Helpful</button></div>`,
  )
  .join('\n')}<a class="qa-section__more" href="/tallwhisker-52-in-sisal-cat-tree/product-questions/318842">View all 87 questions</a></section>
<section id="reviews" class="reviews-section" data-testid="reviews-section"><h2>Customer Reviews</h2>
<p class="reviews-section__summary">4.5 out of 5 stars based on
1,284 reviews</p><p>91% of reviewers recommend this product</p>${wReviews
  .map(
    ([t, b, who, d]) => `<div class="review"><h3 class="review__title">${t}</h3><p class="review__body">${b}</p><p class="review__meta">By ${who} on ${d}</p>
<button class="review__helpful">Helpful</button></div>`,
  )
  .join('\n')}<a href="/product-reviews/318842">See all 1,284 reviews</a></section>
<section class="carousel" data-testid="compare-similar"><h2>Compare Similar Items</h2><ul>${links(wSimilar)}</ul></section></main>
<footer class="chewy-footer"><ul>${links(wFoot)}</ul><p>Copyright © 2025, Chewy Inc.</p></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${wCookie}</p><button id="onetrust-pc-btn-handler">Cookie
Settings</button><button id="onetrust-accept-btn-handler">Accept Cookies</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"partNumber":"318842","catalogEntryId":"1029931"}},"page":"/[slug]/dp/[id]"}</script>
</body></html>`;
export const chewyProduct: TestPage = {
  html: wHtml,
  name: 'heldout224-chewy-product-page-qa',
  kind: 'blog',
  // the product description, key benefits, the caution note and the specification values (table data cells) are body,
  // "Details" is left out as a tab label and "Key Benefits" and "Specifications" are headings; customer questions, answers and
  // reviews are readers' contributions on a shop page, furniture like comments on a blog page, with the buy box, counts,
  // carousel, footer and cookie banner; the page has no byline (the "By Tallwhisker" brand link is furniture)
  title: wTitle,
  headings: [wH1, wH2],
  body: [...wP1, ...wList, ...wP2, ...wSpecs.map((s) => s[1]!)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free 1-3 day shipping on orders over $49', 'Sign In', 'Cart', ...wNav, ...wCrumb, 'By Tallwhisker', '4.5 out of 5 stars', '1,284 Ratings',
    '87 Answered Questions',
    '$89.99', '$85.49', 'Autoship Price', 'Save 35% off your first Autoship order', 'Add to Cart', 'Add to Autoship', 'Usually ships in 1 business day',
    'Details',
    'Questions & Answers', '87 Customer Questions', 'Ask a Question', ...wQa.flatMap(([q, a, w]) => [`Q: ${q}`, `A: ${a}`, `Answer by · ${w}`]), 'Helpful',
    'View all 87 questions', 'Customer Reviews', '4.5 out of 5 stars based on 1,284 reviews', '91% of reviewers recommend this product',
    ...wReviews.flatMap(([t, b, w, d]) => [t!, b!, `By ${w} on ${d}`]), 'See all 1,284 reviews', 'Compare Similar Items', ...wSimilar, ...wFoot,
    'Copyright © 2025, Chewy Inc.', wCookie, 'Cookie Settings', 'Accept Cookies',
  ],
};
