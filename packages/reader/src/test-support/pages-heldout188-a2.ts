import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 188, file a2: an eBay item page (signed out) for a used portable typewriter: the gh header with
 * "Hi! Sign in or register", the search bar and category select, the breadcrumb, the title, price, condition, buy buttons,
 * shipping, returns and payment rows, the seller card, the "About this item" tabs with the item specifics and the seller's
 * description (the desc_ifr frame's document stored in place, as a saved copy that flattens frames keeps it, with the seller's
 * own shop header and sign-off), the seller feedback block, a sponsored "Similar items" rail and the footer.
 */
const ebTitle = 'Marlowe Scout 3 Portable Typewriter 1961 Serviced New Ribbon Elite Type With Case';
const ebShop = ['Harrow Lane Finds', 'Vintage typewriters and office curios, serviced in our own workshop'];
const ebH1 = 'About this typewriter';
const ebP1 = [
  'This is a Marlowe Scout 3 in the pale seafoam green that the factory in Coventry used from 1959 to 1963. The serial number under ' +
    'the carriage dates it to the spring of 1961. It came to us from a house clearance in Ludlow, where it had spent most of its life ' +
    'in the hard case in a wardrobe, which is why the paint is so good.',
  'It types an Elite face (12 characters to the inch), which gives a neat, small letter that suits letters and journals. All keys ' +
    'strike cleanly and the type slugs have been scrubbed, so the o and e no longer fill in.',
];
const ebH2 = 'What we did';
const ebList = [
  'Full clean of the type basket and segment with naphtha, then a light oil on the pivots only.',
  'New feet cut from rubber sheet to replace the originals, which had gone hard and flat.',
  'Platen and feed rollers resurfaced, so the paper grips and lines up again.',
  'Drawband replaced and mainspring tension adjusted for an even carriage return.',
  'New black and red nylon ribbon fitted on the original metal spools.',
];
const ebH3 = 'Faults and wear';
const ebP2 = [
  'We would rather tell you now than have you disappointed. There is a small chip to the paint on the left of the paper table, ' +
    'shown in the seventh photo, and the chrome on the carriage return lever has light pitting. The margin bell is quiet but works. ' +
    'The case has scuffs at the corners and the lining is faded, but the clasp and handle are sound.',
  'The back space occasionally skips two spaces if you press it hard. A light touch cures it.',
];
const ebH4 = 'Postage';
const ebP3 = [
  'We pack every machine in a double-walled box with the carriage locked and foam on every side. We have sent more than four hundred ' +
    'typewriters by courier and had two damaged, both of which were put right. Collection from our workshop in Church Stretton is ' +
    'welcome; please message first so someone is here.',
  'Thanks for looking, and have a browse through our other items: we list three or four serviced machines every week.',
];
const ebSign = 'Harrow Lane Finds · Church Stretton, Shropshire';
const ebNav1 = ['Daily Deals', 'Brand Outlet', 'Gift Cards', 'Help & Contact'];
const ebNav2 = ['Ship to', 'Sell', 'Watchlist', 'My eBay'];
const ebCrumbs = ['Collectibles', 'Vintage, Retro, Mid-Century', 'Office Equipment', 'Typewriters'];
const ebSpecs = [
  ['Condition', 'Used: An item that has been used previously. See the seller’s listing for full details and description of any imperfections.'],
  ['Brand', 'Marlowe'],
  ['Model', 'Scout 3'],
  ['Typeface', 'Elite'],
  ['Colour', 'Seafoam Green'],
  ['Year Manufactured', '1961'],
  ['Country/Region of Manufacture', 'United Kingdom'],
] as const;
const ebFeedback = [
  ['g***n (312)', 'Past month', 'Beautifully packed and exactly as described. Types like a dream. Thank you!'],
  ['m***a (48)', 'Past 6 months', 'Second machine from this seller and just as good as the first. Quick to answer questions too.'],
] as const;
const ebSimilar = ['Vintage Olympic Traveller Portable Typewriter Red Serviced', 'Imperial Good Companion 5 Typewriter 1950s with Case'];
const ebSimPrice = ['US $129.00', 'US $98.50'];
const ebFoot = ['About eBay', 'Announcements', 'Community', 'Security Center', 'Seller Center', 'Policies', 'Affiliates', 'Help & Contact', 'Site Map'];
const ebLegal = 'Copyright © 1995-2025 eBay Inc. All Rights Reserved.';
const ebLegal2 = ['Accessibility', 'User Agreement', 'Privacy', 'Consumer Health Data', 'Payments Terms of Use', 'Cookies', 'Your Privacy Choices', 'AdChoice'];
const ebRow = (
  label: string,
  value: string,
): string => `<div class="ux-layout-section__row"><div class="ux-labels-values__labels"><span class="ux-textspans">${label}
</span></div><div class="ux-labels-values__values"><span class="ux-textspans">${value}</span></div></div>`;
const ebHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ebTitle} | eBay</title><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Marlowe Scout 3 portable typewriter from 1961, fully serviced with a new ribbon. Elite typeface, original case.">
<meta property="og:type" content="ebay-objects:item"><meta property="og:title" content="${ebTitle} | eBay"><meta property="og:site_name" content="eBay">
<link rel="canonical" href="https://www.ebay.example/itm/396812440573"><link rel="stylesheet" href="https://ir.ebaystatic.example/rs/c/vi-evo.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${ebTitle}","brand":{"@type":"Brand","name":"Marlowe"},
"offers":{"@type":"Offer",
"price":"145.0","priceCurrency":"USD","itemCondition":"https://schema.org/UsedCondition","availability":"https://schema.org/InStock"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Collectibles","item":"https://www.ebay.example/b/Collectibles/1"}]}</script>
<script>window.$MC=[];window.SRP={"pageId":4429486};</script></head>
<body class="vi-evo"><div id="gh-gb" tabindex="-1"></div><header id="gh" class="gh-flex" role="banner"><a href="#mainContent" class="gh-skip">Skip to main
content</a>
<div class="gh-top"><nav class="gh-nav" aria-label="Account"><span class="gh-identity">Hi! <a href="https://signin.ebay.example">Sign in</a> or
<a href="https://signup.ebay.example">register</a></span><ul class="gh-nav-left">${links(ebNav1, 'gh-nav-link')}</ul><ul class="gh-nav-right">
${links(ebNav2, 'gh-nav-link')}</ul><a class="gh-cart" href="https://cart.ebay.example"><span class="clipped">Your shopping cart</span></a></nav></div>
<div class="gh-search"><a href="https://www.ebay.example" id="gh-la"><span class="clipped">eBay Home</span></a><button id="gh-shop" type="button">Shop by
category
</button><form id="gh-f" action="https://www.ebay.example/sch/i.html" role="search"><input type="text" id="gh-ac" placeholder="Search for anything"
aria-label="Search for anything"><select id="gh-cat" aria-label="Select a category for search"><option>All Categories</option><option>Collectibles</option>
</select><input type="submit" id="gh-btn" value="Search"><a id="gh-as-a" href="https://www.ebay.example/sch/ebayadvsearch">Advanced</a></form></div></header>
<div id="mainContent" class="vim d-vi-evo-region"><nav class="breadcrumbs" aria-labelledby="bc-heading"><h2 id="bc-heading" class="clipped">breadcrumb</h2>
<a href="#" class="back-to-prev">Back to previous page</a><span class="seo-breadcrumb-text">Listed in
category:</span><ul>${links(ebCrumbs, 'breadcrumbs__item')}</ul></nav>
<div class="vim x-evo-atf-left-river"><div class="ux-image-carousel" aria-label="Picture 1 of 12"><img src="https://i.ebayimg.example/images/g/1.jpg"
alt="${ebTitle} - Picture 1 of 12"><span class="ux-image-carousel__counter">Picture 1 of 12</span></div></div>
<div class="vim x-evo-atf-right-river"><div class="x-item-title" data-testid="x-item-title"><h1 class="x-item-title__mainTitle">
<span class="ux-textspans ux-textspans--BOLD">${ebTitle}</span></h1></div>
<div class="x-sellercard-atf" data-testid="x-sellercard-atf"><a href="https://www.ebay.example/str/harrowlanefinds"><span class="ux-textspans
ux-textspans--BOLD">
harrow_lane_finds</span></a> <span class="ux-textspans ux-textspans--PSEUDOLINK">(1,482)</span>
<span class="ux-textspans ux-textspans--SECONDARY">99.8% positive</span><a href="#">Seller's other items</a><a href="#">Contact seller</a></div>
<div class="x-price-primary" data-testid="x-price-primary"><span class="ux-textspans">US $145.00</span></div>
<div class="x-item-condition"><span class="ux-textspans ux-textspans--SECONDARY">Condition:</span><span class="ux-textspans">Used</span></div>
<div class="x-buybox-cta"><a class="ux-call-to-action fake-btn--primary" href="#">Buy It Now</a><a class="ux-call-to-action fake-btn--secondary" href="#">
Add to cart</a><a class="ux-call-to-action fake-btn--secondary" href="#">Add to Watchlist</a></div>
<div class="x-ebay-plus"><span class="ux-textspans ux-textspans--BOLD">Breathe easy.</span> <span class="ux-textspans">Returns accepted.</span></div>
<div class="ux-layout-section-evo">${ebRow('Shipping:', 'US $38.00 International Shipping. See details')}
${ebRow('Located in:', 'Church Stretton, United Kingdom')}${ebRow('Delivery:', 'Estimated between Tue, Nov 25 and Wed, Dec 3')}
${ebRow('Returns:', '30 days returns. Buyer pays for return shipping.')}${ebRow('Payments:', 'PayPal, Visa, Mastercard')}</div>
<div class="x-ebay-money-back"><span class="ux-textspans ux-textspans--BOLD">Shop with confidence</span><span class="ux-textspans">eBay Money Back
Guarantee</span>
<span class="ux-textspans">Get the item you ordered or your money back.</span><a href="#">Learn more</a></div></div>
<div class="tabs x-evo-tabs" data-testid="d-vi-evo-region-tabs"><div class="tabs__items" role="tablist"><div class="tabs__item" role="tab" aria-selected="true">
<span>About this item</span></div><div class="tabs__item" role="tab"><span>Shipping, returns, and payments</span></div></div>
<div class="tabs__content" role="tabpanel"><div class="ux-layout-section ux-layout-section--disclaimer">
<span class="ux-textspans ux-textspans--SECONDARY">Seller assumes all responsibility for this listing.</span></div>
<div class="ux-layout-section__textual-display--itemId"><span class="ux-textspans ux-textspans--SECONDARY">eBay item number:</span>
<span class="ux-textspans ux-textspans--BOLD">396812440573</span></div><div class="ux-layout-section__textual-display--revisionHistory">
<span class="ux-textspans ux-textspans--SECONDARY">Last updated on Nov 14, 2025 09:41:07 PST</span> <a href="#">View all revisions</a></div>
<section class="x-about-this-item"><h2 class="section-title">Item specifics</h2><div class="ux-layout-section-evo ux-layout-section--features">
${ebSpecs
  .map(
    ([k, v]) => `<dl class="ux-labels-values"><dt><span class="ux-textspans">${k}</span></dt><dd><span
class="ux-textspans">${v}</span></dd></dl>`,
  )
  .join('\n')}
</div></section>
<section class="x-item-description" data-testid="x-item-description"><h2 class="section-title">Item description from the seller</h2>
<div class="x-item-description-child" id="desc_div" data-src="https://vi.vipr.ebaydesc.example/ws/eBayISAPI.dll?ViewItemDescV4&amp;item=396812440573">
<div id="ds_div" style="font-family: Georgia, serif; max-width: 860px; margin: 0 auto"><div class="hl-shop-header" style="text-align:center">
<font size="6" color="#2f5d50"><b>${ebShop[0]}</b></font><br><i>${ebShop[1]}</i></div><hr>
<h2 style="color:#2f5d50">${ebH1}</h2>${ps(ebP1)}<h2 style="color:#2f5d50">${ebH2}</h2><ul>${ebList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 style="color:#2f5d50">${ebH3}</h2>${ps(ebP2)}<h2 style="color:#2f5d50">${ebH4}</h2>${ps(ebP3)}
<hr><p style="text-align:center;font-size:small">${ebSign}</p></div></div></section></div></div>
<section class="x-store-information"><h2 class="section-title">About this seller</h2><div class="x-store-information__header">
<a href="https://www.ebay.example/str/harrowlanefinds">harrow_lane_finds</a><span>99.8% positive feedback</span><span>4.7K items sold</span>
<span>Joined Mar 2014</span></div><a class="fake-btn" href="#">Visit store</a><a class="fake-btn" href="#">Contact</a><a class="fake-btn" href="#">Save
seller</a>
</section><section class="x-feedback"><h2 class="section-title">Seller feedback (1,204)</h2><ul class="fdbk-detail-list">
${ebFeedback
  .map(
    ([u, d, t]) => `<li class="fdbk-container"><div class="fdbk-container__details__info__username"><span>${u}</span></div>
<div class="fdbk-container__details__info__divide__time"><span>${d}</span></div><div class="fdbk-container__details__comment"><span>${t}</span></div>
<div class="fdbk-container__details__verified__purchase">Verified purchase</div></li>`,
  )
  .join('\n')}
</ul><a href="#" class="fdbk-seller-rating__see-all">See all feedback</a></section>
<section class="x-evo-merch" data-testid="x-evo-merch"><h2 class="section-title">Similar items</h2><span class="ux-textspans--SECONDARY">Sponsored</span>
<ul class="x-evo-merch__carousel">${ebSimilar
  .map(
    (t, i) => `<li class="card"><a href="#"><img alt=""><h3 class="card__title">${t}</h3></a>
<span class="card__price">${ebSimPrice[i]}</span><span class="card__shipping">Free shipping</span></li>`,
  )
  .join('\n')}</ul>
<button class="carousel__control--next" aria-label="Next - Carousel">Next</button></section></div>
<footer id="glbfooter" role="contentinfo"><h2 class="gf-clipped">Additional site navigation</h2><ul class="gf-flex">${links(ebFoot, 'gf-li')}</ul>
<div class="gf-legal">${ebLegal} <span>${links(ebLegal2)}</span></div></footer>
<script src="https://ir.ebaystatic.example/rs/c/vi-evo-bundle.js" async></script></body></html>`;
export const ebayListing: TestPage = {
  html: ebHtml,
  name: 'heldout188-ebay-listing-blog',
  kind: 'blog',
  // the seller's description is the article (its h2s the headings); the seller's own shop banner and sign-off in the description
  // are furniture, as are the price, buy box, shipping rows, item specifics, seller card, feedback and rails; the seller's user
  // name and the "Last updated" line are bylines
  title: ebTitle,
  headings: [ebH1, ebH2, ebH3, ebH4],
  body: [...ebP1, ...texts(ebList), ...ebP2, ...ebP3],
  bylines: ['harrow_lane_finds', 'Last updated on Nov 14, 2025 09:41:07 PST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Hi!', 'Sign in', 'register', ...ebNav1, ...ebNav2, 'Shop by category', 'All Categories', 'Advanced', 'Back to previous page',
    'Listed in category:', ...ebCrumbs, 'Picture 1 of 12', '(1,482)', '99.8% positive', "Seller's other items", 'Contact seller', 'US $145.00',
    'Condition:', 'Used', 'Buy It Now', 'Add to cart', 'Add to Watchlist', 'Breathe easy.', 'Returns accepted.', 'Shipping:',
    'US $38.00 International Shipping. See details', 'Located in:', 'Church Stretton, United Kingdom', 'Delivery:',
    'Estimated between Tue, Nov 25 and Wed, Dec 3', 'Returns:', '30 days returns. Buyer pays for return shipping.', 'Payments:',
    'PayPal, Visa, Mastercard', 'Shop with confidence', 'eBay Money Back Guarantee', 'Get the item you ordered or your money back.', 'Learn more',
    'About this item', 'Shipping, returns, and payments', 'Seller assumes all responsibility for this listing.', 'eBay item number:', '396812440573',
    'View all revisions', 'Item specifics', ...ebSpecs.flat(), 'Item description from the seller', ...ebShop, ebSign, 'About this seller',
    '99.8% positive feedback', '4.7K items sold', 'Joined Mar 2014', 'Visit store', 'Contact', 'Save seller', 'Seller feedback (1,204)',
    ...ebFeedback.flat(), 'Verified purchase', 'See all feedback', 'Similar items', 'Sponsored', ...ebSimilar, ...ebSimPrice, 'Free shipping', 'Next',
    ...ebFoot, ebLegal, ...ebLegal2,
  ],
};
