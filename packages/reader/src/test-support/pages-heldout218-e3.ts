import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file e3: a Tindie product page (Bootstrap template, "What is it?" description sections, shipping table, seller card, reviews). */
const title = 'Loomwise: Stepper Driver Board for Tablet Weaving Looms';
const hWhat = 'What is it?';
const what = [
  'Loomwise is a small driver board that turns a stepper motor into a card-turning and warp-advance controller for DIY tablet ' +
    'weaving looms. It takes two NEMA 17 motors, a rotary encoder and a footswitch, and runs open firmware on an RP2040.',
  'You program your weaving draft on a computer, load it over USB, and then step through the pattern one pick at a time with the ' +
    'footswitch. The board turns the cards, advances the warp and shows the current row on a small OLED screen.',
];
const hWhy = 'Why did you make it?';
const why = [
  'I weave bands for historical reenactment groups, and complicated patterns mean keeping track of dozens of card turns per pick. ' +
    'After losing my place one too many times halfway through a three-metre belt, I built a motorised loom. Friends asked for the ' +
    'electronics, so I turned my prototype into a proper board.',
  'The first version was a tangle of jumper wires on a breadboard taped to the loom frame. This board puts the motor drivers, the ' +
    'footswitch input and the display connector in one place, with proper current limiting so the motors stay cool during a long ' +
    'weaving session. I have woven more than forty metres of band on it so far without a single missed turn.',
];
const hSpecial = 'What makes it special?';
const special = [
  'Designed for looms, not 3D printers: the firmware understands tablet weaving drafts directly.',
  'Footswitch input with debounce, so your hands stay on the weaving.',
  'Open hardware and firmware under the CERN-OHL-S and MIT licences.',
  'Screw terminals for everything, so no soldering is needed to get started.',
];
const hBox = 'What’s in the box';
const box = ['1 x Loomwise driver board, assembled and tested', '1 x 0.96 inch OLED display with cable', '4 x M3 standoffs and screws'];
const note = [
  'Motors, power supply and the loom frame are not included. Any 12 V supply of at least 2 A will do. Printable frame files and ' +
    'wiring diagrams are on the project repository linked below.',
  'Each board is assembled and tested in my workshop before it ships. If something does not work, send me a message and I will ' +
    'help you get it running or replace the board.',
];
const nav = ['Browse', 'Sell on Tindie', 'Blog', 'Log In', 'Sign Up', 'Cart'];
const crumbs = ['Tools', 'Robotics'];
const price = ['$48.00', 'Free shipping over $150', 'Quantity', 'Add to Cart', 'In stock', '37 sold', 'Ships from', 'United Kingdom'];
const opts = ['Options', 'Board only', 'Board + OLED'];
const tabs = ['Description', 'Documentation', 'Shipping', 'Feedback (9)'];
const docs = ['Project repository', 'Wiring guide (PDF)', 'Firmware releases'];
const ship = [
  ['United Kingdom', '$6.00', '2-4 days'],
  ['Europe', '$11.00', '5-9 days'],
  ['United States', '$14.00', '7-12 days'],
  ['Rest of the world', '$18.00', '10-20 days'],
];
const shipHead = ['Destination', 'Cost', 'Estimated delivery'];
const seller = ['Seller', 'Oxbow Bench', 'Member since 2021', 'Ships within 2 business days', '100% positive feedback', 'Ask a Question', 'View Store'];
const reviews = [
  ['★★★★★', 'Hannelore V.', 'Feb 2, 2026', 'Arrived quickly and worked first time with my printed loom. The draft import is brilliant.'],
  ['★★★★★', 'Mike Drummond', 'Jan 18, 2026', 'Solid board, clear documentation, and the seller answered my wiring question within a day.'],
];
const also = ['You might also like', 'Inkle Counter Display Kit', 'Bobbin Winder Controller', 'USB Footswitch for Makers'];
const foot = ['About Tindie', 'Help Center', 'Seller Guidelines', 'Privacy Policy', 'Terms of Service', 'Contact Us', '© 2026 Tindie'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>${title} from Oxbow Bench on Tindie</title>
<meta name="description" content="A stepper driver board for DIY tablet weaving looms, with footswitch input and an OLED row display.">
<meta property="og:title" content="${title}"><meta property="og:type" content="product"><meta property="og:site_name" content="Tindie">
<meta property="product:price:amount" content="48.00"><meta property="product:price:currency" content="USD">
<link rel="canonical" href="https://www.tindie.com/products/oxbowbench/loomwise-stepper-driver-board/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${title}","brand":{"@type":"Brand","name":"Oxbow Bench"},
"offers":{"@type":"Offer","price":"48.00","priceCurrency":"USD","availability":"https://schema.org/InStock"},
"aggregateRating":{"@type":"AggregateRating","ratingValue":"5","reviewCount":"9"}}</script>
<link rel="stylesheet" href="https://d2ss6ovg47m0r5.cloudfront.example/static/css/tindie.min.css?v=9c21"></head>
<body class="product-page"><nav class="navbar navbar-expand-lg navbar-light bg-white fixed-top" id="navbar-main"><div class="container">
<a class="navbar-brand" href="/"><img src="/static/img/tindie-logo.svg" alt="Tindie" height="28"></a>
<form class="form-inline navbar-search" action="/search/" role="search"><input class="form-control" type="search" name="q" placeholder="Search for products"
aria-label="Search"></form><ul class="navbar-nav ml-auto">${links(nav, 'nav-item')}</ul></div></nav>
<div class="container product-container" itemscope itemtype="https://schema.org/Product"><nav aria-label="breadcrumb"><ol class="breadcrumb">
${crumbs.map((c) => `<li class="breadcrumb-item"><a href="/browse/${c.toLowerCase()}/">${c}</a></li>`).join('')}</ol></nav>
<div class="row"><div class="col-md-7"><div id="product-carousel" class="carousel slide" data-ride="carousel"><div class="carousel-inner">
<div class="carousel-item active"><img class="d-block w-100" src="https://cdn.tindiemedia.example/images/resize/loomwise-1.jpg" alt="${title}"
itemprop="image"></div>
</div></div></div>
<div class="col-md-5 product-info"><h1 class="product-title" itemprop="name">${title}</h1>
<p class="product-seller">by <a href="/stores/oxbowbench/" class="store-link">Oxbow Bench</a></p>
<div class="product-price"><span class="price" itemprop="price" content="48.00">${price[0]}</span><small class="text-muted d-block">${price[1]}</small></div>
<form class="add-to-cart-form" method="post" action="/cart/add/"><div class="form-group"><label for="id_option">${opts[0]}</label><select class="form-control"
id="id_option"><option>${opts[1]}</option><option>${opts[2]}</option></select></div><div class="form-group"><label for="id_qty">${price[2]}</label>
<input type="number" class="form-control" id="id_qty" value="1"></div><button type="submit" class="btn btn-primary btn-lg btn-block">${price[3]}</button></form>
<ul class="list-unstyled product-stats"><li><span class="badge badge-success">${price[4]}</span></li><li>${price[5]}</li>
<li>${price[6]} <strong>${price[7]}</strong></li></ul></div></div>
<ul class="nav nav-tabs product-tabs" role="tablist">${tabs
  .map(
    (t, i) => `<li class="nav-item"><a class="nav-link${i === 0 ? ' active' : ''}" data-toggle="tab"
href="#tab-${i}" role="tab">${t}</a></li>`,
  )
  .join('')}</ul>
<div class="tab-content"><div class="tab-pane active product-description" id="tab-0" role="tabpanel" itemprop="description">
<h2>${hWhat}</h2>
${ps(what)}
<h2>${hWhy}</h2>
${ps(why)}
<h2>${hSpecial}</h2>
<ul>${special.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<h2>${hBox}</h2>
<ul>${box.map((s) => `<li>${s}</li>`).join('\n')}</ul>
${ps(note)}
</div>
<div class="tab-pane" id="tab-1" role="tabpanel"><ul class="list-unstyled">${links(docs)}</ul></div>
<div class="tab-pane" id="tab-2" role="tabpanel"><table
class="table table-sm shipping-table"><thead><tr>${shipHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>${ship.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
<div class="tab-pane" id="tab-3" role="tabpanel"><div class="product-reviews">
${reviews
  .map(
    ([s, n, d, t]) => `<div class="review media"><div class="media-body"><div class="review-stars" aria-label="5 out of 5 stars">${s}</div>
<h5 class="review-author">${n} <small class="text-muted">${d}</small></h5><p class="review-text">${t}</p></div></div>`,
  )
  .join('\n')}
<a href="/products/oxbowbench/loomwise-stepper-driver-board/reviews/" class="btn btn-link">See all 9 reviews</a></div></div></div>
<div class="card seller-card mt-4"><div class="card-body"><h3 class="card-title">${seller[0]}</h3><h4><a href="/stores/oxbowbench/">${seller[1]}</a></h4>
<ul class="list-unstyled">${seller
  .slice(2, 5)
  .map((s) => `<li>${s}</li>`)
  .join('')}</ul><a href="/stores/oxbowbench/contact/" class="btn btn-outline-primary">
${seller[5]}</a> <a href="/stores/oxbowbench/" class="btn btn-outline-secondary">${seller[6]}</a></div></div>
<section class="related-products mt-5"><h3>${also[0]}</h3><div class="row">${also
  .slice(1)
  .map(
    (a) => `<div class="col-md-4"><div class="card product-card">
<div class="card-body"><h5 class="card-title"><a href="#">${a}</a></h5></div></div></div>`,
  )
  .join('')}</div></section></div>
<footer class="footer bg-light mt-5"><div class="container"><ul class="list-inline">${links(foot.slice(0, 6), 'list-inline-item')}</ul>
<p class="text-muted small">${foot[6]}</p></div></footer>
<script src="https://d2ss6ovg47m0r5.cloudfront.example/static/js/tindie.min.js?v=9c21"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"view_item","product_id":"48213"});</script></body></html>`;

export const tindieProduct: TestPage = {
  name: 'heldout218-tindie-product-blog',
  kind: 'blog',
  html,
  title,
  headings: [hWhat, hWhy, hSpecial, hBox],
  body: texts([...what, ...why, ...special, ...box, ...note]),
  bylines: ['Oxbow Bench'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, ...crumbs, ...price, ...opts, ...tabs, ...docs, ...ship.flat(), ...seller.filter((s) => s !== 'Oxbow Bench'),
    ...reviews.flat(), 'See all 9 reviews', ...also, ...foot,
  ],
};
