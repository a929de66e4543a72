import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout413-kit.js';

/**
 * Held-out batch 413, file f2: a LoveCrafts-style free pattern page built with Next.js (styled-components class names,
 * promo strip, header with search, account and basket, mega-menu, breadcrumbs, pattern hero with designer, rating and
 * "Download free pattern" button, the pattern's description as the article, a "Yarn used in this pattern" product
 * carousel with prices, reviews, "You might also like", a newsletter band, the footer, the OneTrust banner and the
 * `__NEXT_DATA__` script).
 */
const lTitle = 'Marram Beach Bag Crochet Pattern';
const lAboutH = 'About this pattern';
const lAbout = [
  `Marram is a roomy market bag crocheted in the round from a flat oval base, with an open mesh body that stretches to carry a
towel, a book and a picnic for two. The handles are worked in solid rows of single crochet so they don't dig into your shoulder.`,
  `The mesh is a simple repeat of chains and double crochet, so once the base is done you can settle into it without watching
the pattern. It is a perfect holiday project, small enough to pack and easy to pick up and put down.`,
  `Juno designed Marram after years of carrying damp towels home from the beach in plastic bags. Cotton dries quickly, and the
open mesh lets the sand fall straight through, so you can shake the bag out at the top of the dunes before you get back to
the car. The pattern includes photo tutorials for the oval base and for joining the handles.`,
];
const lNeedH = "What you'll need";
const lNeed = ['3 balls of a DK cotton, 50 g and 125 m each, shown in shade Driftwood', '4 mm crochet hook', 'Stitch markers and a tapestry needle'];
const lSizeH = 'Size and tension';
const lSize = [
  `The finished bag is 34 cm wide and 38 cm tall without the handles. Tension is 18 stitches and 10 rows of double crochet to 10
cm, but an exact tension isn't essential for a bag; a tighter tension will simply make it a little smaller.`,
];
const lNoteH = 'Pattern notes';
const lNote = [
  'The pattern is written in UK crochet terms, with a table of US equivalents on the first page.',
  'Each round is joined with a slip stitch and begins with a turning chain that does not count as a stitch.',
  `To make the bag sturdier for heavier loads, work the base with two strands held together and a 5 mm hook; you will need an
extra ball.`,
];
const lNav = ['Yarn', 'Patterns', 'Needles & Hooks', 'Kits', 'Sale', 'Community'];
const lCrumbs = ['Home', 'Crochet Patterns', 'Bags & Purses'];
const lYarn = ['Coastline Cotton DK', '£3.49', 'Coastline Cotton DK 10-ball pack', '£31.40'];
const lRevs = ['Worked up in a weekend. I added a lining and it looks shop-bought.', 'Great pattern, very clear. My mesh stretched a lot when full.'];
const lLike = ['Tidepool Tote Crochet Pattern', 'Harbour Market Bag Knitting Pattern', 'Shoreline Granny Square Bag'];
const lFoot = ['Help & FAQs', 'Delivery', 'Returns', 'Gift Vouchers', 'Affiliates', 'Careers', 'Terms & Conditions', 'Privacy Policy'];
const lHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marram Beach Bag Crochet Pattern | Free Crochet Pattern | Wooldrift</title>
<meta name="description" content="Free crochet pattern for a roomy mesh beach bag in DK cotton."><meta property="og:type" content="product">
<link rel="canonical" href="https://www.wooldrift.example/en-GB/p/marram-beach-bag-crochet-pattern-downloadable-pdf"><meta name="next-head-count" content="9">
<link rel="preload" href="/_next/static/css/8c2f1e.css" as="style"><link rel="stylesheet" href="/_next/static/css/8c2f1e.css" data-n-g="">
<style data-styled="active" data-styled-version="5.3.11">.sc-1x0mk2c-0{display:flex}.hQeLrT{font-weight:700}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${lTitle}","brand":{"@type":"Brand","name":"Wooldrift"},
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","reviewCount":"38"},"offers":{"@type":"Offer","price":"0.00","priceCurrency":"GBP"}}</script>
</head>
<body><div id="__next"><div class="sc-promo-strip sc-1q3d2b-0 kVxTfa"><p class="sc-1q3d2b-1 jXbYpL">Free UK delivery on yarn orders over £30</p></div>
<header class="sc-8m1f2a-0 eDkWqP" data-testid="header"><a href="/en-GB" class="sc-8m1f2a-1 bnUxQa" aria-label="Wooldrift home"><span class="sc-8m1f2a-2
hQeLrT">Wooldrift</span></a><form role="search" class="sc-8m1f2a-3 fYtRcm"><input type="search" placeholder="Search yarn, patterns and more"
aria-label="Search"></form>
<div class="sc-8m1f2a-4 gHqLpS"><a href="/en-GB/account" class="sc-8m1f2a-5 cMtWnE">Account</a><a href="/en-GB/basket" class="sc-8m1f2a-5 cMtWnE">Basket
(0)</a></div>
<nav class="sc-mega-menu sc-4h7k1n-0 ePzLqR" aria-label="Main"><ul class="sc-4h7k1n-1 hWcDvN">${links(lNav, 'sc-4h7k1n-2 kDxQwR')}</ul></nav></header>
<main class="sc-1x0mk2c-0 cHcGbX"><nav aria-label="Breadcrumb" class="sc-6p2v1r-0 dDfXbN"><ol class="sc-6p2v1r-1
fQbXtZ">${links(lCrumbs, 'sc-6p2v1r-2 jRmVqS')}</ol></nav>
<section class="sc-pattern-hero sc-9b1x4c-0 kLwQzT" data-testid="pattern-hero"><div class="sc-9b1x4c-1 gYpTcR"><img
src="https://images.wooldrift.example/marram-bag.jpg"
alt="Cream mesh crochet bag on sand" class="sc-9b1x4c-2 bKsVhN"></div><div class="sc-9b1x4c-3 dNqRmH"><h1 class="sc-9b1x4c-4 hQeLrT">${lTitle}</h1>
<p class="sc-9b1x4c-5 fWgJnT">by <a href="/en-GB/designers/juno-farrant">Juno Farrant</a></p><div class="sc-rating sc-3c8n2d-0 iRzNpV"><span class="sc-3c8n2d-1
bLqWvc">4.7</span><span class="sc-3c8n2d-2 cPmRkd">(38 reviews)</span></div><p class="sc-9b1x4c-6 eXbNqW">FREE</p><button class="sc-button sc-2m5k8p-0
jTzXnB" type="button">Download free pattern</button><button class="sc-2m5k8p-0 kQxVbF" type="button">Add to wishlist</button>
<ul class="sc-9b1x4c-7 hNcRtP">${lis(['Skill level: Easy', 'Craft: Crochet', 'Format: PDF download'], 'sc-9b1x4c-8 dPkWnM')}</ul></div></section>
<section class="sc-pattern-description sc-7v2q9x-0 bHsLmN" data-testid="pattern-description"><h2 class="sc-7v2q9x-1 gKfTqB">${lAboutH}</h2>
<div class="sc-7v2q9x-2 cRxWnP">${ps(lAbout, ' class="sc-7v2q9x-3 fMkLtV"')}</div>
<h2 class="sc-7v2q9x-1 gKfTqB">${lNeedH}</h2><ul class="sc-7v2q9x-4 eNvBzS">${lis(lNeed)}</ul>
<h2 class="sc-7v2q9x-1 gKfTqB">${lSizeH}</h2>${ps(lSize, ' class="sc-7v2q9x-3 fMkLtV"')}
<h2 class="sc-7v2q9x-1 gKfTqB">${lNoteH}</h2><ul class="sc-7v2q9x-4 eNvBzS">${lis(lNote)}</ul></section>
<section class="sc-yarn-carousel sc-5t1k3m-0 hRbLwX" data-testid="yarn-used"><h2 class="sc-5t1k3m-1 dMxQpK">Yarn used in this pattern</h2><ul
class="sc-5t1k3m-2 kTqBwZ">
<li class="sc-5t1k3m-3"><a href="#">${lYarn[0] ?? ''}</a><span class="sc-price">${lYarn[1] ?? ''}</span></li><li class="sc-5t1k3m-3"><a
href="#">${lYarn[2] ?? ''}</a><span
class="sc-price">${lYarn[3] ?? ''}</span></li></ul></section>
<section class="sc-reviews sc-1n7w3d-0 gTmQrZ" data-testid="reviews"><h2 class="sc-1n7w3d-1 bQwZnX">Customer reviews</h2>${lRevs
  .map(
    (r, i) => `<div class="sc-1n7w3d-2
eLkMqP"><p class="sc-1n7w3d-3 cNpXtR">${r}</p><span class="sc-1n7w3d-4 hPmVbQ">${i === 0 ? 'Verified buyer, Sheffield' : 'Verified buyer, Truro'}</span></div>`,
  )
  .join('\n')}
<button class="sc-2m5k8p-0 kQxVbF">Write a review</button></section>
<section class="sc-recs sc-8z2b6n-0 jWcRxT"><h2 class="sc-8z2b6n-1 fHbNqM">You might also like</h2><ul>${links(lLike, 'sc-8z2b6n-2 gXqTvL')}</ul></section>
</main>
<section class="sc-newsletter sc-3q8v1m-0 dWpKxN"><h2 class="sc-3q8v1m-1 bTmRqZ">Get 10% off your first order</h2><p class="sc-3q8v1m-2 hLcNwP">Sign up for
new patterns,
offers and inspiration.</p><input type="email" placeholder="Enter your email"><button class="sc-2m5k8p-0 jTzXnB">Sign up</button></section>
<footer class="sc-footer sc-6k2r8w-0 kBmQzX"><ul class="sc-6k2r8w-1 gRtNvW">${links(lFoot, 'sc-6k2r8w-2 cXqLpT')}</ul><p class="sc-6k2r8w-3 dVnKsB">© 2026
Wooldrift Ltd.
All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" class="otCenterRounded" role="dialog" aria-label="Privacy"><p id="onetrust-policy-text">We and our partners use cookies to
personalise your experience and show you relevant offers.</p><button id="onetrust-accept-btn-handler">Accept cookies</button><button
id="onetrust-pc-btn-handler">Cookie preferences</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"product":{"sku":"WD-PAT-20931","name":"${lTitle}","price":0,"designer":"Juno
Farrant"}}},
"page":"/p/[slug]","query":{"slug":"marram-beach-bag-crochet-pattern-downloadable-pdf"},
"buildId":"k2Zq8xVw1","isFallback":false,"gssp":true,"locale":"en-GB"}</script>
<script src="/_next/static/chunks/pages/p/%5Bslug%5D-3d1f.js" defer></script></body></html>`;
export const nextjs: TestPage = {
  name: 'heldout413-lovecrafts-nextjs-pattern',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [lAboutH, lNeedH, lSizeH, lNoteH],
  body: texts([...lAbout, ...lNeed, ...lSize, ...lNote]),
  bylines: ['Juno Farrant'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free UK delivery on yarn orders over £30', 'Wooldrift', 'Account', 'Basket (0)', ...lNav, ...lCrumbs, '4.7', '(38 reviews)', 'FREE',
    'Download free pattern', 'Add to wishlist', 'Skill level: Easy', 'Craft: Crochet', 'Format: PDF download', 'Yarn used in this pattern', ...lYarn,
    'Customer reviews', ...lRevs, 'Verified buyer, Sheffield', 'Verified buyer, Truro', 'Write a review', 'You might also like', ...lLike,
    'Get 10% off your first order', 'Sign up for new patterns, offers and inspiration.', 'Sign up', ...lFoot, '© 2026 Wooldrift Ltd. All rights reserved.',
    'We and our partners use cookies to personalise your experience and show you relevant offers.', 'Accept cookies', 'Cookie preferences',
  ],
};
