import { links, ps, type TestPage, texts } from './page-kit.js';
import { kvrNews } from './pages-heldout223-d2.js';

/**
 * Held-out batch 223, file d: a Reverb.com listing page (site header with search, "Sell Your Gear" and sign-in, category
 * menu, breadcrumbs, the listing title with condition, price, shipping line and the buy / offer / watch buttons, the image
 * gallery, the "About This Listing" seller description, the product specs table, the shop card with ratings, Reverb's
 * buyer-protection box, "Similar listings", "Price guide" rail, the newsletter signup, the cookie banner and the footer)
 * and, from file d2, a KVR Audio news item.
 */
const rvTitle = '1978 Kitamura TE-400 Tape Echo, serviced, new tape';
const rvP = [
  'This is a fully working TE-400 from 1978 that has just come back from a complete service by Marsh Lane Electronics in Kettlebrook. ' +
    'Receipt included. The work done was:',
];
const rvList = [
  'New tape loop fitted and tape path cleaned.',
  'Pinch roller replaced and capstan motor serviced.',
  'All electrolytic capacitors in the power supply replaced.',
  'Pots and switches cleaned, mode selector now clicks cleanly through all 12 positions.',
  'Spring reverb tank checked and re-mounted on new grommets.',
];
const rvP2 = [
  'It sounds fantastic. The wow and flutter are where they should be for one of these, enough to give that classic warble without ' +
    'going seasick, and the spring reverb is quiet. The preamp is clean with a guitar or at line level.',
  'Cosmetically it is in good shape for its age. There is some wear on the vinyl covering at the corners, a small dent on the back ' +
    'panel near the power cable and the usual fading on the front panel lettering. All knobs are original. See photos.',
  'A bit of history for anyone new to these: the TE-400 was the top of the range of the tape echoes Kitamura built in the ' +
    'seventies, with three playback heads that can be combined in twelve ways, a spring reverb and a preamp that a lot of people ' +
    'use on its own just to warm up a signal. Dub engineers loved them, and it is easy to hear why the first time you turn the ' +
    'intensity up and let it run away into a long, dark feedback swell.',
  'I have used this one in my home studio for about eight months since the service, mostly on vocals and a Rhodes, and it has ' +
    'never missed a beat. I am only selling because I am moving to a smaller flat and something has to go. It comes with the ' +
    'original footswitch, which works, a spare tape loop and a photocopy of the service manual.',
  'Ships in a double box with plenty of foam, and the tape is removed for transit with instructions for putting it back. Local ' +
    'pickup in Ashcombe is also fine. Please ask any questions before buying; I am happy to send a video of it running.',
];
const rvSpecs = [
  ['Brand', 'Kitamura'],
  ['Model', 'TE-400 Tape Echo'],
  ['Categories', 'Delay, Tape Echo'],
  ['Year', '1978'],
  ['Made In', 'Japan'],
];
const rvHeader = ['Sell Your Gear', 'Sign Up', 'Log In', 'Cart'];
const rvCats = ['Electric Guitars', 'Amps', 'Effects and Pedals', 'Keyboards and Synths', 'Drums', 'Pro Audio', 'Deals'];
const rvCrumbs = ['Effects and Pedals', 'Delay', 'Tape Echo'];
const rvSimilar = ['Kitamura TE-400 Tape Echo 1980 Black', 'Kitamura TE-150 Tape Echo 1970s', 'Kitamura TE-20 Twin Echo Pedal', 'Kitamura TE-301 Chorus Echo'];
const rvSimilarPrices = ['£1,350', '£980', '£175', '£1,650'];
const rvFoot = ['Reverb Gives', 'Reverb for Business', 'Help Center', 'Careers', 'Terms and Policies', 'Privacy Policy', 'Your Privacy Choices'];
const rvHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${rvTitle} | Reverb UK</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="This is a fully working TE-400 from 1978 that has just come back from a complete service.">
<meta property="og:type" content="product">
<meta property="og:title" content="${rvTitle}"><meta property="og:site_name" content="Reverb"><meta property="product:price:amount" content="1495.00">
<meta property="product:price:currency" content="GBP"><link rel="canonical" href="https://reverb.com/uk/item/91327706-1978-kitamura-te-400-serviced-new-tape">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Product","name":"${rvTitle}","brand":{"@type":"Brand","name":"Kitamura"},
"offers":{"@type":"Offer","price":"1495.00","priceCurrency":"GBP","itemCondition":"http://schema.org/UsedCondition",
"availability":"http://schema.org/InStock"}}</script>
<link rel="stylesheet" href="https://static.reverb-assets.example/assets/application-8c1d.css">
<script>window.__INITIAL_STATE__ = {"listing":{"id":91327706,"state":"live"},"currency":"GBP"};</script></head>
<body class="rc-root">
<div id="app"><header class="site-header"><a class="site-header__logo" href="/uk/" aria-label="Reverb Home"></a>
<form class="site-search" role="search"><input type="search" aria-label="Search" placeholder="What are you looking for?"></form>
<ul class="site-header__nav">${links(rvHeader)}</ul>
<nav class="category-nav"><ul>${links(rvCats, 'category-nav__item')}</ul></nav></header>
<main class="item2"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>${links(rvCrumbs)}</ol></nav>
<div class="item2-top"><div class="item2-gallery"><div class="lightbox-image"><img alt="${rvTitle}" src="https://rvb-img.example/image/upload/1.jpg"></div>
<div class="item2-gallery__thumbs"><span>1 / 9</span></div></div>
<div class="item2-summary"><h1 class="item2-title__inner">${rvTitle}</h1>
<div class="item2-condition"><span class="condition-display__label">Used – Very Good</span></div>
<div class="item2-price"><span class="price-display">£1,495</span><span class="item2-shipping">+ £45 Shipping</span></div>
<div class="item2-buttons"><button class="rc-button rc-button--filled">Buy It Now</button><button class="rc-button rc-button--outlined">Add to Cart</button>
<button class="rc-button rc-button--outlined">Make an Offer</button><button class="watch-button">Watch</button></div>
<p class="item2-watchers">14 people are watching this</p>
<div class="shop-card"><a href="/uk/shop/northmoor-vintage" class="shop-card__name">Northmoor Vintage</a>
<span class="shop-card__location">Ashcombe, United Kingdom</span>
<span class="shop-card__rating">(214) ★★★★★</span><span class="shop-card__since">Joined Reverb 2017</span>
<a href="#" class="shop-card__contact">Message Seller</a></div>
<div class="buyer-protection"><h4>Reverb Protection</h4><p>If it's not as described, we'll make it right.</p></div></div></div>
<section class="item2-description" id="item-description"><h2 class="item2-description__heading">About This Listing</h2>
<div class="item2-description__content">
${ps(rvP)}
<ul>${rvList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(rvP2)}
</div><p class="item2-description__meta">Published 6 days ago</p></section>
<section class="item2-specs"><h2>Product Specs</h2><table class="spec-list"><tbody>
${rvSpecs.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('\n')}
<tr><th>Condition</th><td>Used – Very Good</td></tr></tbody></table></section>
<section class="item2-shipping-details"><h2>Shipping</h2><p>Ships from Ashcombe, United Kingdom. Estimated delivery 3–5 business days.</p>
<p>Return Policy: 14-day return window. Buyer pays return shipping.</p></section>
<section class="similar-listings"><h2>Similar Listings</h2><ul>${rvSimilar
  .map((t, i) => `<li class="csp-card"><a href="/uk/item/${i}">${t}</a><span class="price-display">${rvSimilarPrices[i]}</span></li>`)
  .join('\n')}</ul></section>
<aside class="price-guide-cta"><h3>Price Guide</h3><p>See what a Kitamura TE-400 Tape Echo sold for recently.</p>
<a href="/uk/price-guide">Explore Price Guide</a></aside></main>
<section class="newsletter-signup"><h3>Get the latest gear news and deals</h3><form><label for="nl-email">Email address</label>
<input id="nl-email" type="email">
<button>Subscribe</button></form></section>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies and similar technologies to
run our site, to analyse how it is used and to show you relevant ads.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<footer class="site-footer"><ul>${links(rvFoot)}</ul><p class="site-footer__copyright">© 2025 Reverb.com LLC</p></footer></div>
<script src="https://static.reverb-assets.example/assets/item-page-3e2f.js" defer></script></body></html>`;
const reverb: TestPage = {
  html: rvHtml,
  name: 'heldout223-reverb-listing',
  kind: 'blog',
  // the seller's description is the article; its heading "About This Listing" is a platform label (furniture); the product
  // specs table is in neither list; price, condition, shipping, shop card, protection box and rails are furniture
  title: rvTitle,
  headings: [],
  body: [...texts(rvP), ...rvList, ...texts(rvP2)],
  bylines: ['Published 6 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rvHeader, ...rvCats, ...rvCrumbs, '1 / 9', 'Used – Very Good', '£1,495', '+ £45 Shipping', 'Buy It Now', 'Add to Cart', 'Make an Offer', 'Watch',
    '14 people are watching this', 'Northmoor Vintage', 'Ashcombe, United Kingdom', '(214) ★★★★★', 'Joined Reverb 2017', 'Message Seller',
    'Reverb Protection', "If it's not as described, we'll make it right.", 'About This Listing', 'Product Specs', 'Shipping',
    'Ships from Ashcombe, United Kingdom. Estimated delivery 3–5 business days.', 'Return Policy: 14-day return window. Buyer pays return shipping.',
    'Similar Listings', ...rvSimilar, ...rvSimilarPrices, 'Price Guide', 'See what a Kitamura TE-400 Tape Echo sold for recently.', 'Explore Price Guide',
    'Get the latest gear news and deals', 'Email address', 'Subscribe',
    'We use cookies and similar technologies to run our site, to analyse how it is used and to show you relevant ads.', 'Accept All Cookies',
    'Cookie Settings', ...rvFoot, '© 2025 Reverb.com LLC',
  ],
};

export const HELDOUT223_D: readonly TestPage[] = [reverb, kvrNews];
