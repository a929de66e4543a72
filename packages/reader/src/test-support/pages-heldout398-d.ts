import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout398-kit.js';

/**
 * Held-out batch 398, file d: a cottage rental agency's property page in the Sykes Cottages style (property reference,
 * key facts strip, "Property description", accommodation room-by-room list, "Good to know", the price and availability
 * calendar panel, "Similar cottages" rail, Feefo badge) and a hostel's own WordPress site (Astra theme markup with a
 * Cloudbeds booking widget iframe wrapper, WhatsApp button, Instagram feed widget and footer columns).
 */
const sTitle = 'Wren Cottage, Aldbury Cross';
const sDesc = [
  j(
    'Wren Cottage is a detached flint and brick cottage on the green at Aldbury Cross, a small village on the edge of the Downs with a',
    'pond, a church and a pub that still keeps its skittle alley. The cottage dates from the 1780s and was once the village wheelwright’s',
    'house; the old workshop is now a sunny garden room.',
  ),
  j(
    'Inside, the cottage mixes low beams and an inglenook fireplace with a modern kitchen and a walk-in shower. The sitting room has a',
    'wood-burning stove, deep sofas and a shelf of walking guides and board games. French doors open from the garden room onto an enclosed',
    'cottage garden with a lawn, a table and chairs and a gate straight onto the footpath to Pitstone Beacon.',
  ),
  j(
    'It is a good base for walkers and for families with older children. The village shop is a short walk away, and the market town of',
    'Wendham, with its Saturday market, supermarkets and station, is a ten-minute drive.',
  ),
  j(
    'The Bell on the green serves food every day and welcomes dogs in the bar. Walks from the door range from a gentle loop around the pond',
    'and the watercress beds to a full day on the ridge path, with views across three counties on a clear day.',
  ),
];
const sRooms = [
  'Ground floor: sitting room with wood-burning stove and TV; kitchen/diner with electric oven, dishwasher and fridge freezer; garden room',
  'First floor: bedroom 1 with a king-size bed; bedroom 2 with twin beds (can be made up as a super king on request)',
  'Bathroom with walk-in shower, basin and WC',
  'Outside: enclosed garden with furniture; off-road parking for 2 cars on the drive',
];
const sGood = [
  'Steep staircase with a handrail',
  'Fuel and logs for the stove included for the first night',
  'One well-behaved dog welcome (£30 per stay)',
  'Changeover day Friday; short breaks available outside school holidays',
];
const sNav = ['Cottages', 'Holiday ideas', 'Last minute deals', 'Dog friendly', 'Help'];
const sCrumbs = ['Home', 'England', 'Hertfordshire', 'Aldbury Cross'];
const sSim = ['Swallows Barn, Little Tring Green', 'The Old Forge, Hastoe', 'Beacon View, Ivinghoe Halt'];
const sFoot = ['About us', 'Owner login', 'Let your cottage', 'Contact us', 'Booking conditions', 'Privacy notice', 'Cookie policy'];
const sHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Wren Cottage | Aldbury Cross | Ref 1047223 | Sykes Cottages</title>
<meta name="description" content="Wren Cottage sleeps 4 in Aldbury Cross. Detached flint cottage on the village green with enclosed garden and wood burner.">
<meta property="og:type" content="product"><link rel="canonical"
href="https://www.sykescottages.example/cottage/Hertfordshire-Aldbury-Cross/Wren-Cottage-1047223.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LodgingBusiness","name":"Wren Cottage",
"address":{"addressLocality":"Aldbury Cross"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({propertyRef:"1047223",sleeps:4,pets:1});</script></head>
<body class="property-page"><header class="c-header"><div class="c-header__top"><a href="/" class="c-header__logo">Sykes Holiday Cottages</a>
<span class="c-header__phone">Call us 01244 000 000</span><a href="/my-account" class="c-header__account">My account</a></div>
<nav class="c-nav"><ul class="c-nav__list">${links(sNav, 'c-nav__item')}</ul></nav></header>
<main class="l-main"><nav class="c-breadcrumbs"><ol>${links(sCrumbs, 'c-breadcrumbs__item')}</ol></nav>
<div class="c-property-hero"><img src="https://images.sykescottages.example/images/property_images/1047223/1.jpg" alt="Wren Cottage from the green">
<button class="c-property-hero__gallery">View all 28 photos</button></div>
<div class="c-property-heading"><h1 class="c-property-heading__title">${sTitle}</h1><p class="c-property-heading__ref">Ref. 1047223</p>
<ul class="c-key-facts"><li>Sleeps 4</li><li>Bedrooms 2</li><li>Bathrooms 1</li><li>Pets 1</li></ul>
<div class="c-feefo"><span class="c-feefo__score">4.9 out of 5</span><span>Based on 38 reviews</span></div><button class="c-fav">Add to
favourites</button></div>
<div class="l-grid"><div class="l-grid__main"><section class="c-property-description"><h2>Property description</h2>${ps(sDesc)}</section>
<section class="c-accommodation"><h2>Accommodation</h2><ul class="c-accommodation__list">${lis(sRooms)}</ul></section>
<section class="c-good-to-know"><h2>Good to know</h2><ul>${lis(sGood)}</ul></section>
<section class="c-owner-note"><p class="c-owner-note__updated">Property details updated 2 February 2026</p></section>
<section class="c-reviews"><h2 class="c-reviews__title">Guest reviews</h2><blockquote class="c-review">“Perfect cottage, cosy and spotless.”
<cite>Mrs R, stayed January 2026</cite></blockquote><a href="#reviews">Read all reviews</a></section></div>
<aside class="l-grid__side"><div class="c-booking-panel"><div class="c-booking-panel__price">From £486 per week</div>
<div class="c-booking-panel__calendar" data-widget="availability">Choose your dates</div><button class="c-btn c-btn--primary">Check availability</button>
<p class="c-booking-panel__deposit">Pay a 25% deposit today</p><div class="c-booking-panel__help">Need help? Our UK team are here 7 days a
week</div></div></aside></div>
<section class="c-similar"><h2>Similar cottages</h2><ul>${links(sSim, 'c-similar__card')}</ul></section></main>
<div class="c-newsletter"><h3>Get exclusive offers</h3><p>Sign up to hear about our latest deals and new cottages first.</p><button>Sign up</button></div>
<footer class="c-footer"><ul>${links(sFoot, 'c-footer__link')}</ul><p class="c-footer__legal">© 2026 Sykes Cottages Ltd. Registered in England and
Wales.</p></footer>
<div id="cookie-consent" class="c-cookie"><p>We use cookies to give you the best experience on our website.</p><button>Accept all cookies</button>
<button>Cookie settings</button></div></body></html>`;
const sykes: TestPage = {
  name: 'heldout398-sykes-cottage',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Property description', 'Accommodation', 'Good to know'],
  body: texts([...sDesc, ...sRooms, ...sGood]),
  bylines: ['Property details updated 2 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sykes Holiday Cottages', 'Call us 01244 000 000', 'My account', ...sNav, ...sCrumbs.filter((c) => c !== 'Aldbury Cross'), 'View all 28 photos',
    'Ref. 1047223', 'Sleeps 4', 'Bedrooms 2',
    'Bathrooms 1', 'Pets 1', '4.9 out of 5', 'Based on 38 reviews', 'Add to favourites', 'Guest reviews', '“Perfect cottage, cosy and spotless.”',
    'Mrs R, stayed January 2026', 'Read all reviews', 'From £486 per week', 'Choose your dates', 'Check availability', 'Pay a 25% deposit today',
    'Need help? Our UK team are here 7 days a week', 'Similar cottages', ...sSim, 'Get exclusive offers',
    'Sign up to hear about our latest deals and new cottages first.', 'Sign up', ...sFoot, '© 2026 Sykes Cottages Ltd. Registered in England and Wales.',
    'We use cookies to give you the best experience on our website.', 'Accept all cookies', 'Cookie settings',
  ],
};

const hTitle = 'Rooms & Rates at the Lantern Yard Hostel';
const hIntro = [
  j(
    'Lantern Yard is an independent hostel in a former tram depot in the Marrow Street quarter of Kelbrook, five minutes’ walk from the',
    'central station. We have 84 beds in dorms and private rooms, a big shared kitchen, a courtyard with string lights and a bar that',
    'serves beer from the brewery across the road.',
  ),
  j(
    'Every bed has its own reading light, power socket, USB port and a curtain, and every guest gets a locker big enough for a full-size',
    'backpack. Bed linen is included in all rates; towels can be rented at reception for 2 euros.',
  ),
  j(
    'The kitchen is open around the clock and has six hobs, two ovens and labelled shelves for every room. On Thursday evenings we cook',
    'a big pot of soup for everyone, and on Sundays the courtyard hosts a small flea market run by neighbours.',
  ),
];
const hRooms: [string, string][] = [
  [
    '8-bed mixed dorm',
    j(
      'Our most popular room, on the second floor under the old depot roof lights. Sturdy wooden bunks, a shared bathroom with two showers',
      'on the same floor and a big window onto the courtyard. From 24 euros per night.',
    ),
  ],
  [
    '6-bed female dorm',
    j('A quieter dorm with its own bathroom inside the room, a mirror and hairdryer, and a small sofa by the window. From 27 euros per night.'),
  ],
  [
    'Private twin or double',
    j(
      'Private rooms sleep two in either two single beds or one double, with a washbasin in the room and shared bathrooms in the corridor.',
      'Ideal for couples and friends who want a door that locks. From 68 euros per room per night.',
    ),
  ],
];
const hGood = [
  'Check-in from 2pm, check-out by 11am; reception is open 24 hours',
  'Guests must be 18 or older to stay in the dorms; families are welcome in private rooms',
  'Free walking tour of the old town every day at 10am, leaving from the courtyard',
  'Luggage storage before check-in and after check-out is free',
];
const hQuote = 'We opened Lantern Yard because we wanted the hostel we could never find when we travelled: clean, friendly and never too loud after midnight.';
const hNav = ['Home', 'Rooms & Rates', 'The Bar', 'Kelbrook Guide', 'Groups', 'Contact'];
const hFoot = ['Marrow Street 14, 3011 Kelbrook', '+31 10 000 4411', 'hello@lanternyard.example'];
const hFoot2 = ['FAQ', 'House rules', 'Privacy policy', 'Jobs'];
const hHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rooms &amp; Rates – Lantern Yard Hostel Kelbrook</title><meta name="description"
content="Dorm beds from 24 euros and private rooms in a former tram depot.">
<link rel="stylesheet" id="astra-theme-css-css" href="https://lanternyard.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Rooms &amp; Rates"},
{"@type":"Hostel","name":"Lantern Yard Hostel","priceRange":"€€"}]}</script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":""};</script></head>
<body class="page-template-default page page-id-112 wp-custom-logo ast-page-builder-template ast-no-sidebar astra-4.6.4 ast-header-break-point">
<div class="hfeed site" id="page"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div class="ast-above-header-bar"><span class="ast-header-html-1">Free walking tour every morning · Book direct for the best price</span></div>
<div class="main-header-bar"><div class="site-branding ast-site-identity"><span class="site-title"><a href="/" rel="home">Lantern Yard Hostel</a></span></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation"><ul id="primary-menu"
class="main-header-menu ast-menu-shadow ast-nav-menu">
${links(hNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav><a href="#book"
class="ast-custom-button-link"><div class="ast-custom-button">Book now</div></a>
</div></header><div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-112 page type-page status-publish ast-article-single" id="post-112"
itemtype="https://schema.org/CreativeWork" itemscope>
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">${hTitle.replace('&', '&amp;')}</h1></header>
<div class="entry-content clear" itemprop="text"><div class="wp-block-cover alignfull"><img class="wp-block-cover__image-background" alt=""
src="https://lanternyard.example/wp-content/uploads/2025/04/courtyard.jpg">
<div class="wp-block-cover__inner-container"><p class="has-text-align-center has-large-font-size">Sleep in a tram depot</p></div></div>
${ps(hIntro)}
<div id="book" class="wp-block-group cloudbeds-widget"><div class="cb-booking-engine"
data-property="lanternyard"><h3 class="cb-title">Check availability</h3><label>Arrival</label>
<label>Departure</label><label>Adults</label><button class="cb-button">Search rooms</button><p class="cb-note">Best price guaranteed when you book on our
website</p></div></div>
<h2 class="wp-block-heading">Our rooms</h2>
${hRooms
  .map(
    ([t, d]) => `<div class="wp-block-media-text"><figure class="wp-block-media-text__media"><img
src="https://lanternyard.example/wp-content/uploads/2025/04/room.jpg" alt="">
</figure><div class="wp-block-media-text__content"><h3 class="wp-block-heading">${t}</h3><p>${d}</p><p class="room-cta"><a href="#book">Book this
room</a></p></div></div>`,
  )
  .join('\n')}
<h2 class="wp-block-heading">Good to know</h2><ul class="wp-block-list">${lis(hGood)}</ul>
<blockquote class="wp-block-quote"><p>${hQuote}</p><cite>Femke and Jonas, who run Lantern Yard</cite></blockquote>
</div></article></main></div></div></div>
<div class="elementor-widget-instagram sbi"
id="sb_instagram"><h4 class="sbi_header_text">Follow us on Instagram @lanternyard</h4><a class="sbi_load_btn">Load More</a></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap"><section class="footer-widget-area widget-area"><h2 class="widget-title">Find
us</h2>
<ul>${hFoot.map((f) => `<li>${f}</li>`).join('')}</ul></section><section class="footer-widget-area"><h2 class="widget-title">Info</h2><ul
class="menu">${links(hFoot2, 'menu-item')}</ul>
</section></div><div class="ast-small-footer"><div class="ast-footer-copyright"><p>Copyright © 2026 Lantern Yard Hostel | Powered by Astra WordPress
Theme</p></div></div></footer>
<a href="https://wa.me/31100004411" class="wa__btn_popup"><span class="wa__btn_popup_txt">Need help? Chat with us</span></a>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. We'll assume you're ok with this.</span>
<a role="button" id="cookie_action_close_header" class="cli_action_button">ACCEPT</a><a role="button"
class="cli_settings_button">Cookie settings</a></div></div>
<script src="https://lanternyard.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const hostel: TestPage = {
  name: 'heldout398-hostel-wordpress',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Our rooms', ...hRooms.map(([t]) => t), 'Good to know'],
  body: texts([...hIntro, ...hRooms.map(([, d]) => d), ...hGood, hQuote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free walking tour every morning · Book direct for the best price', ...hNav.filter((n) => n !== 'Rooms & Rates'),
    'Book now', 'Sleep in a tram depot', 'Check availability', 'Arrival', 'Departure', 'Adults', 'Search rooms',
    'Best price guaranteed when you book on our website',
    'Book this room', 'Femke and Jonas, who run Lantern Yard', 'Follow us on Instagram @lanternyard', 'Load More', 'Find us', ...hFoot, 'Info', ...hFoot2,
    'Copyright © 2026 Lantern Yard Hostel | Powered by Astra WordPress Theme', 'Need help? Chat with us',
    "This website uses cookies to improve your experience. We'll assume you're ok with this.", 'ACCEPT', 'Cookie settings',
  ],
};

export const HELDOUT398_D: readonly TestPage[] = [sykes, hostel];
