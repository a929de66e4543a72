import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 228, file e2: a Lush-style product page (a bath bomb) on a headless storefront (delivery banner, nav, breadcrumb,
 * gallery, product name, tagline, price and weight, star rating, "Add to basket", "Naked" and "Vegan" badges, the product
 * story, "How to use", an ingredients accordion with a hidden panel, "Meet the maker" card, "You may also like" carousel,
 * reviews with a "Write a review" button, and the footer with the newsletter sign-up).
 */
const title = 'Sea Fog';
const tagline = 'Bath bomb';
const story = [
  'Some mornings the fog rolls in off the water so thick you can barely see the end of the pier, and the whole town goes quiet. ' +
    'Sea Fog brings that hush to your bathroom: a cloud of soft grey-blue foam, flecks of seaweed and a fresh, salty scent with ' +
    'a warm edge of vetiver.',
  'Dead Sea salt and a spoonful of kelp help soften the water, while cocoa butter melts into a silky film that leaves skin feeling ' +
    'moisturised long after you have towelled off. Close your eyes and you could be on a headland at dawn.',
  'We made Sea Fog for the evenings when the week has been too loud. The scent is deliberately quiet: no sugary top notes, just ' +
    'lemon for brightness, a little vetiver for depth and the clean mineral smell of wet rocks that the kelp brings with it.',
  'Like all our bath bombs, it is self-preserving, so there are no synthetic preservatives, and it comes without packaging. Keep ' +
    'it somewhere cool and dry and use it within three months, while the scent is at its strongest.',
];
const h1 = 'How to use';
const use = [
  'Sea Fog is big enough for one generous bath. If you prefer a gentler scent, cut it in half with a sharp knife and save the ' +
    'other half, wrapped in a cloth, for another night.',
  'Fill the bath with warm water and drop Sea Fog in. Watch it drift across the surface and release its grey-blue clouds, then ' +
    'climb in and soak for as long as you like. Rinse the bath after use to wash away any seaweed flecks.',
];
const h2 = 'Ingredients';
const ingredients = [
  'Sodium Bicarbonate, Citric Acid, Dead Sea Salt, Cream of Tartar, Cocoa Butter, Kelp Powder, Vetiver Oil, Lemon Oil, Fragrance, ' +
    'Titanium Dioxide, Colour 42090.',
];
const h3 = 'Meet the maker';
const maker = [
  'This bath bomb was hand made in Dorset by Jess, one of the compounders who press every bath bomb in two halves and sign the ' + 'label on each box.',
];
const banner = 'Free standard delivery on orders over £40';
const nav = ['Bath', 'Shower', 'Face', 'Body', 'Hair', 'Fragrance', 'Gifts', 'Naked'];
const crumbs = ['Home', 'Bath', 'Bath bombs'];
const price = '£6.50';
const weight = '200g';
const rating = '4.7 out of 5 stars';
const reviewsCount = '128 reviews';
const badges = ['Vegan', 'Self-preserving'];
const qty = ['Quantity', 'Add to basket', 'Add to wishlist'];
const also = [
  ['Tidal Pool', '£5.95'],
  ['Driftwood', '£7.00'],
  ['Salt Air Shower Gel', '£12.50'],
];
const reviews = [
  { who: 'Marisol K.', when: '12/10/2025', t: 'Smells incredible', b: 'The grey water looks stormy and amazing and the scent filled the whole flat.' },
  { who: 'Theo B.', when: '28/09/2025', t: 'Soft skin', b: 'My skin felt soft for the whole next day. Not much fizz but lovely colour.' },
];
const news = ['Sign up to our newsletter', 'Email address', 'Subscribe'];
const foot = ['Help', 'Delivery', 'Returns', 'Find a shop', 'Ethical charter', 'Careers', 'Privacy policy', 'Cookie policy'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sea Fog | Bath Bomb | Brine &amp; Bloom Fresh Handmade Cosmetics UK</title><meta name="description" content="${story[0]?.slice(0, 120)}">
<meta property="og:type" content="product"><meta property="og:title" content="Sea Fog">
<link rel="canonical" href="https://www.brinebloom.example/en-gb/p/sea-fog-bath-bomb">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Sea Fog","sku":"SEAFOG-200",
"offers":{"@type":"Offer","price":"6.50","priceCurrency":"GBP","availability":"https://schema.org/InStock"},
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","reviewCount":"128"}}</script>
<link rel="stylesheet" href="/_next/static/css/b1f0a9.css"><script defer src="/_next/static/chunks/main-4c1e.js"></script></head>
<body><div id="__next"><div class="DeliveryBanner_root__p1x0" role="region" aria-label="Delivery information"><p>${banner}</p></div>
<header class="Header_root__Zs9"><a href="/en-gb" class="Header_logo__2Kq"><span class="visually-hidden">Brine &amp; Bloom</span></a>
<nav aria-label="Main"><ul class="Nav_list__7Fx">${links(nav, 'Nav_item__a0C')}</ul></nav><div class="Header_actions__q8W">
<button aria-label="Search">Search</button><a href="/en-gb/account">Account</a><a href="/en-gb/basket">Basket</a></div></header>
<main id="main"><nav class="Breadcrumbs_root__1mZ" aria-label="Breadcrumb"><ol>${links(crumbs)}</ol></nav>
<section class="ProductHero_root__k2P"><div class="ProductGallery_root__d7H"><img alt="Sea Fog bath bomb" src="/images/sea-fog-1.jpg">
<button aria-label="Next image"></button></div><div class="ProductInfo_root__Q0e"><h1 class="ProductInfo_name__w1T">${title}</h1>
<p class="ProductInfo_tagline__6Lx">${tagline}</p><div class="ProductInfo_rating__oP3" aria-label="${rating}"><span>${rating}</span>
<a href="#reviews">${reviewsCount}</a></div><p class="ProductInfo_price__r4N"><span>${price}</span> <span class="ProductInfo_weight__8sV">${weight}</span></p>
<ul class="ProductBadges_root__m0D">${badges.map((b) => `<li>${b}</li>`).join('')}</ul>
<label for="qty">${qty[0]}</label><select id="qty"><option>1</option></select><button class="Button_primary__Y2e">${qty[1]}</button>
<button class="Button_ghost__9Jc">${qty[2]}</button></div></section>
<section class="ProductStory_root__c4E"><div class="ProductStory_text__n3B">${ps(story)}</div></section>
<section class="ProductDetails_root__g9R"><div class="Accordion_item__s3D"><h2 class="Accordion_title__u5Y"><button aria-expanded="true">${h1}</button></h2>
<div class="Accordion_panel__t2K">${ps(use)}</div></div>
<div class="Accordion_item__s3D"><h2 class="Accordion_title__u5Y"><button aria-expanded="false">${h2}</button></h2>
<div class="Accordion_panel__t2K" hidden>${ps(ingredients)}</div></div></section>
<section class="MeetTheMaker_root__v6G"><h2>${h3}</h2>${ps(maker)}</section>
<section class="Carousel_root__e8L"><h2>You may also like</h2><ul>
${also
  .map(
    (a) => `<li class="ProductCard_root__b5F"><a href="/en-gb/p/${a[1]}"><p class="ProductCard_name__x1">${a[0]}</p><p>${a[1]}</p></a>
</li>`,
  )
  .join('\n')}</ul></section>
<section id="reviews" class="Reviews_root__o2J"><h2>Reviews</h2><p class="Reviews_summary__w7Z">${rating} · ${reviewsCount}</p>
<button class="Button_secondary__h4">Write a review</button>
${reviews
  .map(
    (r) => `<article class="Review_root__z1"><h3>${r.t}</h3><p class="Review_meta__s2">${r.who} · ${r.when}</p>
<p class="Review_body__p4">${r.b}</p></article>`,
  )
  .join('\n')}
<button class="Button_link__c1">Load more reviews</button></section></main>
<footer class="Footer_root__f2Q"><div class="Newsletter_root__g3"><h2>${news[0]}</h2><label for="nl">${news[1]}</label><input id="nl" type="email">
<button>${news[2]}</button></div><ul>${links(foot)}</ul><p>© 2025 Brine &amp; Bloom Retail Ltd.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"product":{"sku":"SEAFOG-200","name":"Sea Fog"}}},"page":"/p/[slug]"}</script>
</body></html>`;
export const lushProduct: TestPage = {
  html,
  name: 'heldout228-lush-product-page',
  kind: 'blog',
  // the product story, how-to-use text, the (hidden-panel) ingredients text and the maker card are the body, the accordion
  // titles and "Meet the maker" the headings; the tagline, price, weight, rating, badges, buttons, carousel and reviews are
  // furniture
  title,
  headings: [h1, h2, h3],
  body: [...texts(story), ...texts(use), ...texts(ingredients), ...texts(maker)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    banner, 'Brine & Bloom', ...nav, 'Search', 'Account', 'Basket', 'Bath bombs', tagline, rating, reviewsCount, price, weight, ...badges, ...qty,
    'You may also like', ...also.flat(), 'Reviews', 'Write a review', ...reviews.flatMap((r) => [r.t, r.who, r.when, r.b]), 'Load more reviews',
    ...news, ...foot, '© 2025 Brine & Bloom Retail Ltd.',
  ],
};
