import { links, ps, type TestPage, texts } from './page-kit.js';
import { rakuten } from './pages-heldout317-d2.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file d: a PriceRunner product page (React markup with hashed classes, price-history chart labels, the
 * offers list with shop names, stock and prices, "Go to shop" buttons, price alert, specs, the editorial "Our take" explainer,
 * "Similar products", footer, consent dialog) and, from file d2, a Rakuten cashback blog post built with Elementor.
 */
const pTitle = 'Osterby Q7 Wireless Earbuds';
const pSum = 'Compare prices from 9 shops. Lowest price £84 today.';
const pExplH = 'Our take on the Osterby Q7';
const pExpl = [
  j(
    'The Q7 is Osterby’s second pair of noise-cancelling earbuds, and the price has fallen steadily since launch: it started at £149',
    'in March and has spent most of the autumn between £89 and £99. At £84 it is the cheapest we have seen it.',
  ),
  j(
    'Sound is warm with a slight bass lift, and the noise cancelling handles train and office hum well, though it lets more voices',
    'through than pricier rivals. Battery life is a real strength at around eight hours with cancelling switched on.',
  ),
];
const pHowH = 'How we compare prices';
const pHow = [
  j(
    'Prices are collected from each shop several times a day and include VAT. Delivery costs are shown separately where the shop',
    'charges for them, and the list is sorted by total price unless you choose otherwise. Shops pay us when you click through, but',
    'this never changes the order of the list.',
  ),
];
const pSpecs = ['Noise cancelling: Yes', 'Battery life (ANC on): 8 hours', 'Water resistance: IPX4', 'Bluetooth version: 5.3'];
const pOffers: [string, string, string][] = [
  ['Brightwell Electric', '£84.00', 'In stock'],
  ['SoundDepot', '£86.99', 'In stock'],
  ['Halloway Tech', '£89.00', '2-3 days'],
];
const pNav = ['Electronics', 'Home & Garden', 'Health & Beauty', 'Sports & Outdoors', 'Toys', 'Deals'];
const pSim = ['Tessel Buds Pro', 'Marrow Pod 3', 'Ashby ANC Mini'];
const pFoot = ['About PriceRunner', 'How we make money', 'Press', 'Careers', 'Cookie settings', 'Privacy policy', 'User terms'];
const pHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Osterby Q7 Wireless Earbuds (9 shops) • Find prices • PriceRunner</title>
<meta name="description" content="${pSum}"><link rel="canonical" href="https://www.pricerunner.com/pl/93-3301221/Headphones/Osterby-Q7">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${pTitle}","offers":{"@type":"AggregateOffer","lowPrice":"84.00",
"priceCurrency":"GBP","offerCount":9}}</script>
<script>window.__INITIAL_PROPS__={"product":{"id":"3301221","category":93},"locale":"en-GB"};</script></head>
<body><div id="root"><header class="pr-1r3k4rb"><a href="/" class="pr-1l1j5nd" aria-label="PriceRunner">PriceRunner</a>
<form role="search" class="pr-9w9kcq"><input placeholder="What are you looking for?"></form><nav><ul class="pr-5p1v7x">${links(pNav, 'pr-ne2qqb')}</ul></nav>
<a href="/login" class="pr-1vsvsg3">Log in</a></header>
<main class="pr-m7vnqk"><nav aria-label="Breadcrumbs" class="pr-1t2wf8e"><ol><li><a href="/t/1/Electronics">Electronics</a></li>
<li><a href="/cl/93/Headphones">Headphones</a></li></ol></nav>
<div class="pr-1ob5g2x" data-testid="product-header"><img src="https://www.pricerunner.example/product/3301221.jpg" alt="${pTitle}">
<h1 class="pr-1ngqhoe">${pTitle}</h1><p class="pr-4z3hpn">${pSum}</p><div class="pr-rating"><span>4.3</span><span>(212 reviews)</span></div>
<button class="pr-q0g8e3">Set price alert</button><button class="pr-q0g8e3">Save</button></div>
<section class="pr-offers" data-testid="offer-list"><h2 class="pr-1w5mhd">Shops and prices</h2><ul>${pOffers
  .map(
    (o) => `<li class="pr-1ke3oat"><span class="pr-shop">${o[0]}</span><span class="pr-stock">${o[2]}</span><span class="pr-price">${o[1]}</span>
<a class="pr-cta" href="/gotoshop/${o[0].length}" rel="nofollow">Go to shop</a></li>`,
  )
  .join('\n')}</ul><button class="pr-more">Show all 9 offers</button></section>
<section class="pr-history" data-testid="price-history"><h2>Price history</h2><div class="pr-chart" role="img" aria-label="Price chart">
<span>3 months</span><span>6 months</span><span>1 year</span></div><p class="pr-history-note">Lowest price in 3 months: £84.00</p></section>
<section class="pr-editorial" data-testid="editorial"><h2 class="pr-1w5mhd">${pExplH}</h2>${ps(pExpl)}
<h3>Key specifications</h3><ul>${pSpecs.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2 class="pr-1w5mhd">${pHowH}</h2>${ps(pHow)}</section>
<section class="pr-similar"><h2>Similar products</h2><ul>${links(pSim, 'pr-card')}</ul></section></main>
<footer class="pr-footer"><ul>${links(pFoot)}</ul><p>© 2026 PriceRunner International AB</p></footer>
<div role="dialog" aria-label="Cookie consent" class="pr-consent"><p>We use cookies to give you a better experience and to show relevant adverts.</p>
<button>Accept all</button><button>Only necessary</button></div></div>
<script src="/static/js/main.7c31d2.js" defer></script></body></html>`;
const priceRunner: TestPage = {
  name: 'heldout317-pricerunner-product',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [pExplH, 'Key specifications', pHowH],
  body: texts([pSum, ...pExpl, ...pSpecs, ...pHow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PriceRunner', ...pNav, 'Log in', 'Headphones', '(212 reviews)', 'Set price alert', 'Save', 'Shops and prices', ...pOffers.flat(),
    'Go to shop', 'Show all 9 offers', 'Price history', '3 months', '6 months', '1 year', 'Lowest price in 3 months: £84.00', 'Similar products', ...pSim,
    ...pFoot, '© 2026 PriceRunner International AB', 'We use cookies to give you a better experience and to show relevant adverts.', 'Accept all',
    'Only necessary',
  ],
};

export const HELDOUT317_D: readonly TestPage[] = [priceRunner, rakuten];
