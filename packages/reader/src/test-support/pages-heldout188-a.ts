import { links, ps, type TestPage, texts } from './page-kit.js';
import { ebayListing } from './pages-heldout188-a2.js';

/**
 * Held-out batch 188, file a: a Gumroad product page on a creator's subdomain (the profile header with the email "Follow"
 * form and cart, the preview carousel with its hidden slide labels, price tag, seller link and rating in the product head,
 * the rich-text description, the purchase column with "I want this!", pay-what-you-want input, wishlist, the size/length
 * details, the ratings breakdown, share buttons and the "Powered by Gumroad" footer, plus the react_on_rails props script)
 * and, from file a2, an eBay item page with the seller's description.
 */
const gmTitle = 'Field Sketching in Watercolour: A 60-Page Workbook for Beginners';
const gmP1 = [
  'This is the workbook I wish I had when I first started carrying a paint box on walks. It is a printable PDF with sixty pages of ' +
    'short exercises, each one designed to be finished in fifteen minutes or less, sitting on a bench, a wall or the back step.',
  'I have taught outdoor sketching classes around the Severn estuary for nine years, and the same thing happens every spring. ' +
    'People arrive with beautiful paper and expensive brushes, and then freeze, because a whole landscape is too much to begin with. ' +
    'This workbook breaks it down into small, winnable pieces.',
];
const gmH1 = 'What’s inside';
const gmList = [
  '<strong>Twelve warm-up pages</strong> for mixing greens, greys and skies from a basic six-colour palette.',
  '<strong>Twenty single-subject exercises</strong>: one gate, one tree, one boat, one cloud, with a worked example beside each.',
  '<strong>Eighteen “ten-minute scenes”</strong> that put two or three of those subjects together.',
  '<strong>Ten blank journal spreads</strong> with a light grid, for the day you feel ready to go it alone.',
  'A two-page colour chart you can fill in with your own paints and tape inside the lid of your box.',
];
const gmH2 = 'Who it’s for';
const gmP2 = [
  'Complete beginners, and people who painted years ago and want a gentle way back in. You do not need to be able to draw. Every ' +
    'exercise starts with shapes, not outlines, and I show you where to put the first wash before you worry about any detail.',
  'If you already keep a sketchbook and fill it every week, this is probably too basic for you, and I would rather you kept your money.',
];
const gmH3 = 'How the exercises work';
const gmP3 = [
  'Each page has a small reference photo I took myself, a finished version in my own hand, and a box to paint your attempt in. ' +
    'Underneath there are three short notes: what to look for, which mix to use, and the one mistake almost everyone makes the first ' +
    'time. Work through them in order if you can, because the later scenes lean on the mixes from the early pages.',
  'The pages are sized so you can print them on ordinary A4 or US Letter cartridge paper. For the painting boxes I recommend 300gsm ' +
    'watercolour paper cut to size and clipped over the page, so the workbook itself stays clean and you can repeat an exercise.',
];
const gmH4 = 'Format and printing';
const gmList2 = [
  'One PDF, 60 pages, A4 and US Letter versions included.',
  'A separate low-ink version with the worked examples in greyscale.',
  'Lifetime updates: when I add pages, you get them free.',
];
const gmP4 = [
  'Because it is a digital download there are no refunds once the files have been opened, but if something is wrong with your copy, ' +
    'write to me and I will sort it out. Happy painting, and send me what you make.',
];
const gmNav = ['Products', 'Posts', 'Subscribe'];
const gmSlides = ['Show slide 1', 'Show slide 2', 'Show slide 3', 'Show slide 4'];
const gmStars = ['5 stars', '4 stars', '3 stars', '2 stars', '1 star'];
const gmPct = ['91%', '7%', '2%', '0%', '0%'];
const gmDetails = [
  ['Size', '38.4 MB'],
  ['Length', '60 pages'],
  ['Format', 'PDF'],
] as const;
const gmFoot = ['Powered by', 'Gumroad', 'Terms', 'Privacy', 'Report'];
const gmItems = (a: readonly string[]): string => a.map((t) => `<li>${t}</li>`).join('\n');
const gmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gmTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="csrf-param" content="authenticity_token">
<meta name="description" content="A printable workbook of sixty short watercolour sketching exercises for beginners.">
<meta property="og:site_name" content="Gumroad"><meta property="og:type" content="gumroad:product"><meta property="og:title" content="${gmTitle}">
<meta property="og:image" content="https://public-files.gumroad.example/9x2kq1/cover.png"><meta property="product:price:amount" content="18.0">
<meta property="product:price:currency" content="USD"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@gumroad">
<link rel="canonical" href="https://tamsinrook.gumroad.example/l/field-sketching">
<link rel="stylesheet" href="https://assets.gumroad.example/packs/css/design-7a2b1e4c.css" media="screen">
<script src="https://assets.gumroad.example/packs/js/runtime-3f1a5c.js" defer></script>
<script src="https://assets.gumroad.example/packs/js/product_page-91be2d.js" defer></script></head>
<body id="product_page" class="custom-domain" style="--accent: 255 144 232; --contrast-accent: 0 0 0; --font-family: &quot;ABC Favorit&quot;">
<div id="ProductPage-react-component-5a1c9e2f" data-rendered="true"><main class="custom-sections">
<header class="profile-header"><div class="wrapper"><section class="user"><a href="https://tamsinrook.gumroad.example" class="user-link">
<img class="user-avatar" src="https://public-files.gumroad.example/avatar/tr.jpg" alt="Profile Picture">Tamsin Rook</a></section>
<nav aria-label="Profile navigation" class="tab-buttons small">${gmNav.map((t) => `<a role="tab" href="/${t.toLowerCase()}">${t}</a>`).join('')}</nav>
<form class="follow-form" action="/follow_from_embed_form" method="post"><fieldset><input type="email" name="email" placeholder="Your email address"
aria-label="Your email address"><button class="button primary" type="submit">Follow</button></fieldset></form>
<a class="button cart-button" href="/checkout" aria-label="Cart"><span class="icon icon-cart3-fill"></span>0</a></div></header>
<section class="product-section"><article class="product"><figure class="carousel" aria-label="Product preview">
<div class="items" style="transform: translateX(0%)"><img src="https://public-files.gumroad.example/9x2kq1/cover.png" alt="">
<img src="https://public-files.gumroad.example/9x2kq1/p2.png" alt=""><img src="https://public-files.gumroad.example/9x2kq1/p3.png" alt=""></div>
<div role="tablist" aria-label="Select a cover">${gmSlides
  .map(
    (t) => `<button role="tab" aria-label="${t}"><span
class="sr-only">${t}</span></button>`,
  )
  .join('')}
</div></figure><section><header><h1 itemprop="name">${gmTitle}</h1></header><section class="details">
<div itemscope itemprop="offers" itemtype="https://schema.org/Offer"><div class="has-tooltip right" aria-describedby=":R1:"><div itemprop="price"
content="18" class="price">$18<span class="plus">+</span></div><div role="tooltip" id=":R1:">Pay what you want, minimum $18</div></div>
<link itemprop="url" href="https://tamsinrook.gumroad.example/l/field-sketching"><div itemprop="availability" hidden>https://schema.org/InStock</div>
<div itemprop="priceCurrency" hidden>usd</div></div>
<div class="user"><a href="https://tamsinrook.gumroad.example" class="user-link"><img class="user-avatar" alt="Tamsin Rook" src="/avatar/tr.jpg">
Tamsin Rook</a></div><div class="rating" aria-label="Rating: 4.9 out of 5"><span class="rating-stars" aria-hidden="true">★★★★★</span>
<span class="rating-average">4.9</span><span class="rating-count">(214 ratings)</span></div></section>
<section><div class="rich-text">${ps(gmP1)}
<h2>${gmH1}</h2><ul>${gmItems(gmList)}</ul>
<figure><img src="https://public-files.gumroad.example/9x2kq1/inside.png" alt="" data-width="1600"><p class="figcaption">A spread from the ten-minute
scenes.</p></figure>
<h2>${gmH2}</h2>${ps(gmP2)}
<h2>${gmH3}</h2>${ps(gmP3)}
<h2>${gmH4}</h2><ul>${gmItems(gmList2)}</ul>${ps(gmP4)}</div></section></section>
<section class="purchase"><section><fieldset><legend><label for="pwyw">Name a fair price:</label></legend><div class="input"><div class="pill">$</div>
<input id="pwyw" type="text" inputmode="decimal" placeholder="18+" value=""></div></fieldset>
<a class="button accent" href="https://tamsinrook.gumroad.example/l/field-sketching?wanted=true" data-rel="buy">I want this!</a>
<div class="info" role="status"><strong>1,204</strong> sales</div>
<div class="combobox"><button class="button" type="button" aria-haspopup="listbox"><span class="icon icon-file-text-fill"></span>Add to wishlist</button></div>
<div class="stack">${gmDetails.map(([k, v]) => `<div><h5>${k}</h5><div>${v}</div></div>`).join('')}</div>
<details><summary>30-day money back guarantee</summary><p>Opened files are not refundable; unopened purchases can be refunded within 30 days.</p></details>
</section><section class="ratings"><header><h3>Ratings</h3><div class="rating"><span class="rating-average">4.9</span>
<span>(214 ratings)</span></div></header><div class="histogram">
${gmStars.map((s, i) => `<div class="row"><span>${s}</span><meter value="${i}" aria-label="${s}"></meter><span>${gmPct[i]}</span></div>`).join('\n')}
</div></section><section class="share"><div class="actions"><a class="button button-social-twitter" href="https://twitter.example/intent/tweet">Share on X</a>
<a class="button button-social-facebook" href="https://www.facebook.example/sharer">Share on Facebook</a>
<button class="button" type="button">Copy link</button></div></section></section></article></section>
<footer class="powered-by"><div>${gmFoot.map((t, i) => (i < 2 ? `<span>${t}</span>` : `<a href="/${t.toLowerCase()}">${t}</a>`)).join(' ')}</div></footer>
</main></div>
<script type="application/json" class="js-react-on-rails-component" data-component-name="ProductPage" data-dom-id="ProductPage-react-component-5a1c9e2f">
{"product":{"name":"${gmTitle}","price_cents":1800,"currency_code":"usd","is_tiered_membership":false,"seller":{"name":"Tamsin Rook",
"profile_url":"https://tamsinrook.gumroad.example"},"ratings":{"count":214,"average":4.9},"sales_count":1204}}</script>
<div class="toast" role="alert" hidden>Added to wishlist</div>
<ul hidden>${links(['Discover', 'Library'])}</ul></body></html>`;
const gumroad: TestPage = {
  html: gmHtml,
  name: 'heldout188-gumroad-product-blog',
  kind: 'blog',
  // the product description (rich text) is the article; the seller name in the header and the product head is the byline;
  // price, rating, carousel labels, purchase column, ratings histogram, share buttons, caption and footer are furniture
  title: gmTitle,
  headings: [gmH1, gmH2, gmH3, gmH4],
  body: [...gmP1, ...texts(gmList), ...gmP2, ...gmP3, ...gmList2, ...gmP4],
  bylines: ['Tamsin Rook'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gmNav, 'Follow', ...gmSlides, '$18+', 'Pay what you want, minimum $18', '4.9', '(214 ratings)', 'A spread from the ten-minute scenes.',
    'Name a fair price:', 'I want this!', '1,204 sales', 'Add to wishlist', ...gmDetails.flat(), '30-day money back guarantee',
    'Opened files are not refundable; unopened purchases can be refunded within 30 days.', 'Ratings', ...gmStars, '91%', '7%', '2%', '0%',
    'Share on X', 'Share on Facebook', 'Copy link', ...gmFoot, 'Added to wishlist', 'Discover', 'Library',
  ],
};

export const HELDOUT188_A: readonly TestPage[] = [gumroad, ebayListing];
