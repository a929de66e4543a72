import { links, ps, type TestPage, texts } from './page-kit.js';
import { foodWine } from './pages-heldout317-b2.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file b: a RetailMeNot store coupon page built with Next.js (hashed utility classes, __NEXT_DATA__, offer
 * cards with "Show Code" / "Get Deal" buttons, "Verified" and use counts, store sidebar with rating and "Similar stores", the
 * how-to and FAQ text, app promo, footer) and, from file b2, a Food & Wine gift guide on the Dotdash Meredith template.
 */
const rTitle = 'Fernhollow Outfitters Coupons & Promo Codes';
const rOffers: [string, string, string][] = [
  ['20% Off', '20% off your first order with email sign-up', 'Code'],
  ['$15 Off', '$15 off orders of $100 or more on rain shells and insulated jackets', 'Code'],
  ['Free Shipping', 'Free standard shipping on every order over $49', 'Sale'],
  ['Up to 40% Off', 'Up to 40% off last season’s hiking boots in the Trail Outlet', 'Sale'],
];
const rIntro = [
  j(
    'Fernhollow Outfitters sells its own line of hiking, camping and rain gear from a workshop in Bellmoor, and it rarely runs',
    'sitewide sales outside of its spring and autumn events. The codes above are the ones our team has checked this month.',
  ),
];
const rHowH = 'How to use a Fernhollow Outfitters promo code';
const rHow = [
  'Add the items you want to your bag and select the bag icon at the top of the page.',
  'On the checkout page, find the box labelled “Promo or gift card” under the order summary.',
  'Paste the code, select Apply, and check that the discount appears before you pay.',
  j(
    'Only one code can be used per order, and codes do not apply to gift cards or to items already marked down in the Trail',
    'Outlet. If a code is rejected, check the minimum spend first; most Fernhollow codes need a basket of at least $75.',
  ),
];
const rFaqH = 'Fernhollow Outfitters FAQs';
const rFaq: [string, string][] = [
  ['Does Fernhollow Outfitters have a student discount?', 'Yes. Students who verify with a school email get 15% off full-price gear, once every three months.'],
  [
    'When is the best time to shop at Fernhollow Outfitters?',
    'The Autumn Gear Swap in late October has brought the deepest discounts in each of the past three years, followed by the March clearance.',
  ],
];
const rNav = ['Coupons', 'Cash Back', 'Gift Card Deals', 'Categories', 'Holiday Deals'];
const rSimilar = ['Ridgeway Supply Co. coupons', 'Blue Tarn Camping coupons', 'Northcut Apparel coupons'];
const rFoot = ['About Us', 'Careers', 'Press', 'Help Center', 'Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Information'];
const offer = (o: [string, string, string], i: number): string => `<div class="OfferCard_root__x7Gq2" data-offer-uuid="F${i}Q9" role="listitem">
<div class="OfferCard_badge__k2LmP"><span class="text-xl font-bold">${o[0]}</span><span class="text-xs uppercase">${o[2]}</span></div>
<div class="OfferCard_body__9dPzA"><h3 class="OfferCard_title__3Rw1z">${o[1]}</h3>
<div class="OfferCard_meta__Lq0bB"><span class="text-green-700">Verified</span><span>${(i + 2) * 57} uses today</span></div></div>
<button class="Button_primary__u2D7x" type="button">${o[2] === 'Code' ? 'Show Code' : 'Get Deal'}</button></div>`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>20% Off Fernhollow Outfitters Promo Codes | RetailMeNot</title>
<meta name="description" content="Save with 4 Fernhollow Outfitters coupons and promo codes verified by RetailMeNot.">
<meta name="next-head-count" content="9"><link rel="canonical" href="https://www.retailmenot.com/view/fernhollow.com">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Fernhollow
Outfitters","aggregateRating":{"@type":"AggregateRating",
"ratingValue":"4.6","ratingCount":"311"}}</script>
<link rel="preload" href="/_next/static/css/4f1e2a.css" as="style"><link rel="stylesheet" href="/_next/static/css/4f1e2a.css"></head>
<body><div id="__next"><div class="min-h-screen bg-white">
<header class="Header_root__2p1cA sticky top-0 z-40"><a href="/" class="Header_logo__9aB1c" aria-label="RetailMeNot home">RetailMeNot</a>
<nav class="hidden md:flex"><ul class="flex gap-6">${links(rNav, 'text-sm font-semibold')}</ul></nav>
<form class="Search_root__Pq2aZ" role="search"><input type="search" placeholder="Search stores, brands and more"></form>
<a class="Header_signin__zW3eQ" href="/login">Sign In</a></header>
<div class="mx-auto max-w-screen-xl px-4"><nav aria-label="breadcrumb" class="Breadcrumbs_root__c4Nn8"><ol class="flex text-xs">
<li><a href="/">Home</a></li><li><a href="/coupons/sportinggoods">Sporting Goods</a></li><li aria-current="page">Fernhollow Outfitters</li></ol></nav>
<div class="grid grid-cols-12 gap-8"><main class="col-span-12 lg:col-span-8">
<div class="StoreHeader_root__pT4nD"><img src="https://img.rmn.example/fernhollow.png" alt="Fernhollow Outfitters logo" width="96" height="96">
<h1 class="StoreHeader_title__Vb8kL text-2xl font-bold">${rTitle.replace('&', '&amp;')}</h1>
<p class="StoreHeader_sub__Hc3Tt">4 verified offers for November 2026</p></div>
<div class="OfferList_root__mE8sQ" role="list">${rOffers.map(offer).join('\n')}</div>
<section class="StoreContent_root__r1Xx0 prose"><h2>About Fernhollow Outfitters</h2>${ps(rIntro)}
<h2>${rHowH}</h2><ol>${rHow
  .slice(0, 3)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ol>${ps(rHow.slice(3))}
<h2>${rFaqH}</h2>${rFaq.map(([q, a]) => `<div class="Faq_item__Ks0d1"><h3>${q}</h3><p>${a}</p></div>`).join('\n')}</section></main>
<aside class="col-span-12 lg:col-span-4"><div class="StoreSidebar_rating__W0y3f"><span>4.6</span><span>311 ratings</span>
<button type="button">Rate this store</button></div><div class="StoreSidebar_similar__3zKmB"><h4>Similar stores</h4><ul>${links(rSimilar)}</ul></div>
<div class="AppPromo_root__Hn5dS"><p>Get the RetailMeNot app for deals on the go.</p><a href="/app">Download the app</a></div></aside></div></div>
<footer class="Footer_root__sA7q1"><ul class="grid grid-cols-2">${links(rFoot)}</ul><p>©2026 RetailMeNot, Inc.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner"><p id="onetrust-policy-text">We use cookies to personalize content and ads and to
analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"store":{"domain":"fernhollow.com","offerCount":4}}},
"page":"/view/[domain]","buildId":"b7c1e0"}</script><script src="/_next/static/chunks/pages/view/%5Bdomain%5D-2a9f.js" defer></script></body></html>`;
const rmn: TestPage = {
  name: 'heldout317-retailmenot-coupons',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [...rOffers.map((o) => o[1]), 'About Fernhollow Outfitters', rHowH, rFaqH, ...rFaq.map((f) => f[0])],
  body: texts([...rIntro, ...rHow, ...rFaq.map((f) => f[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'RetailMeNot', ...rNav, 'Sign In', 'Sporting Goods', '20% Off', '$15 Off', 'Free Shipping', 'Up to 40% Off', 'Verified', '114 uses today',
    '171 uses today', '228 uses today', '285 uses today', 'Show Code', 'Get Deal', '4 verified offers for November 2026', '311 ratings', 'Rate this store',
    'Similar stores', ...rSimilar, 'Get the RetailMeNot app for deals on the go.', 'Download the app', ...rFoot, '©2026 RetailMeNot, Inc.',
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT317_B: readonly TestPage[] = [rmn, foodWine];
