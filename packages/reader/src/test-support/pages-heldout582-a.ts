import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout582-kit.js';

/**
 * Held-out batch 582, file a: a six-day coach tour itinerary on WordPress with the WP Travel Engine plugin (Travel Monster
 * theme), with its trip facts, tab bar, booking widget and reviews, and a short departure-day guide on the same site.
 */
const tTitle = 'Islands of the West: 6-Day Coach Tour';
const tIntro = [
  j(
    'Six days, three islands and not a single suitcase to carry up a ferry ramp. This tour follows the western coast from',
    'Port Ardly to the far end of the Isle of Tarsa, with two nights in the same hotel so you can unpack properly.',
  ),
  j(
    'Our driver-guides have run this route for more than a decade. They know which ferry has the better café, where the',
    'otters come down to the slipway at Kelloch and which distillery still lets you taste straight from the cask.',
  ),
];
const tDays = [
  'Day 1: Glasgow to Port Ardly',
  j(
    'We leave from the Buchan Street coach station at 08:30 and travel north along the loch shore, stopping for coffee at',
    'Tarbet Mill. After lunch in Inverlochan we continue to Port Ardly, where you check in at the Harbour Hotel for two nights.',
  ),
  'Day 2: The Isle of Tarsa',
  j(
    'A morning ferry takes us to Tarsa. We drive the single-track road to Kelloch Bay, visit the weaving shed at Ballagan and',
    'finish with a walk to the lighthouse for those who want one. The coach waits at the bottom of the hill for everyone else.',
  ),
  'Day 3: Port Ardly at leisure',
  j(
    'A free day in town. You can join the optional boat trip to the seal colony (paid locally, about £28) or simply take the',
    'harbour path to the old fort. Dinner tonight is a three-course ceilidh supper with a local band.',
  ),
  'Day 4: Across to Carrick and Glen Morvish',
  j(
    'We cross to Carrick on the 10:15 sailing and follow the glen road through Morvish, with a stop at the Falls of Aird. Our',
    'last two nights are at the Morvish Lodge, a Victorian shooting lodge with views down the loch.',
  ),
  'Day 5: Distillery and gardens',
  j(
    'A morning tour of the Callan distillery, with a dram or a soft drink, then an afternoon at the walled garden of',
    'Dunmore House. The garden is at its best in late May, when the rhododendrons flower along the burn.',
  ),
  'Day 6: Homeward',
  'After breakfast we return south by the loch road, with a lunch stop in Inverlochan, and arrive back in Glasgow at about 17:30.',
];
const tIncl = [
  'Travel by executive coach with a driver-guide throughout',
  'Five nights in en-suite rooms with breakfast and dinner',
  'All ferry crossings for passengers and the coach',
  'Entry to the Callan distillery and Dunmore House gardens',
  'Ceilidh supper on day 3',
];
const tExcl = ['Lunches and drinks', 'Optional boat trip to the seal colony', 'Travel insurance', 'Single room supplement of £165'];
const tFaq = [
  'How much walking is involved?',
  j(
    'Very little is required. The lighthouse walk on day 2 and the garden paths on day 5 are optional, and the coach parks',
    'close to every stop. Please tell us when you book if you use a wheelchair or walking frame.',
  ),
  'Can I join the tour from Edinburgh?',
  'Yes. A feeder coach leaves Edinburgh at 07:00 on day 1 and meets the main coach in Glasgow. There is no extra charge.',
  'What happens if a ferry is cancelled?',
  j(
    'Our guides change the order of the days so the crossing can be made later in the week. If a crossing cannot be made at',
    'all, we refund the entry fees for the missed visits.',
  ),
];
const tNav = ['Home', 'Coach Tours', 'Day Trips', 'Pickup Points', 'Travel Info', 'About Us', 'Contact'];
const tCrumbs = ['Home', 'Destinations', 'Scotland'];
const tFacts = ['Duration', '6 Days - 5 Nights', 'Transportation', 'Executive coach', 'Accommodation', '3-star hotels', 'Max. Altitude', 'Group Size', '44'];
const tRev = [
  ['Margaret L.', 'April 2026', 'The best tour we have done with Corrie Bay. Our driver Euan made the whole week.'],
  ['Tom and Jean', 'June 2025', 'Lovely hotels and plenty of time at each stop. The ceilidh was a highlight.'],
];
const tRel = ['Highland Railways and Lochs', 'The Northern Coast Road', 'Autumn Gardens of Argyll'];
const tFoot = ['Booking Conditions', 'Privacy Policy', 'Accessibility', 'Careers', 'Sitemap'];
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tTitle} - Corrie Bay Coaches</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.corriebaycoaches.co.uk/trip/islands-of-the-west/">
<meta property="og:type" content="article"><meta property="og:title" content="${tTitle}">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${tTitle}"},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${tTitle}",
"offers":{"@type":"Offer","price":"985","priceCurrency":"GBP"}}</script>
<link rel="stylesheet" id="wp-travel-engine-css" href="/wp-content/plugins/wp-travel-engine/dist/public/wte-public.min.css?ver=6.2.1" media="all">
<link rel="stylesheet" id="travel-monster-style-css" href="/wp-content/themes/travel-monster/style.css?ver=1.2.4" media="all">
<style id="travel-monster-dynamic-css">:root{--tm-primary-color:#1d6a5a;--tm-secondary-color:#f2a541}</style>
<script>var wte_strings={"bookNow":"Book Now","required":"This field is required"};var WTEAjaxData={"ajaxurl":"/wp-admin/admin-ajax.php"};</script>
</head><body class="wp-travel-engine-template-default single single-trip postid-2281 wp-embed-responsive rightsidebar">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header style-one" itemscope itemtype="https://schema.org/WPHeader"><div class="header-t"><div class="container">
<div class="header-contact"><span class="phone"><a href="tel:01631560200">01631 560 200</a></span><span class="email">
<a href="mailto:tours@corriebaycoaches.co.uk">tours@corriebaycoaches.co.uk</a></span></div></div></div>
<div class="header-m"><div class="container"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Corrie Bay Coaches</a></p>
<p class="site-description">Coach holidays and day trips since 1974</p></div>
<nav id="site-navigation" class="main-navigation"><button class="toggle-btn" aria-label="Toggle menu"><span class="toggle-bar"></span></button>
<div class="menu-primary-container"><ul id="primary-menu" class="nav-menu">${links(tNav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
<div class="header-search"><button class="search-toggle" aria-label="Open search"></button><div class="header-search-form" style="display:none">
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" name="s"></label>
<input type="submit" class="search-submit" value="Search"></form></div></div>
</div></div></header>
<div id="content" class="site-content"><div class="page-header"><div class="container">
<div class="breadcrumb-wrapper"><div id="crumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${tCrumbs
  .map(
    (c) =>
      `<span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
<a itemprop="item" href="/"><span itemprop="name">${c}</span></a></span>`,
  )
  .join('<span class="separator">›</span>')}<span class="separator">›</span><span class="current">${tTitle}</span></div></div></div></div>
<div class="container"><div id="primary" class="content-area"><main id="main" class="site-main">
<div class="entry-content"><div id="wte-crumbs"></div><div class="wpte-single-trip-header">
<h1 class="entry-title" itemprop="name">${tTitle}</h1><div class="wpte-trip-review-stars"><span class="wte-star-rating">4.9</span>
<span class="wpte-review-count">(38 Reviews)</span></div></div>
<div class="wpte-gallery-wrapper"><div class="splide wpte-trip-feat-img-gallery"><img src="/wp-content/uploads/2026/01/tarsa-ferry.jpg"
alt="The ferry arriving at Tarsa"></div></div>
<div class="secondary-trip-info"><div class="wte-trip-facts"><h2 class="widget-title">Trip Facts</h2><ul class="trip-facts-value">
${[0, 2, 4].map((i) => `<li><span class="trip-facts-title">${at(tFacts, i)}</span><span class="value">${at(tFacts, i + 1)}</span></li>`).join('\n')}
<li style="display:none"><span class="trip-facts-title">${at(tFacts, 6)}</span><span class="value"></span></li>
<li><span class="trip-facts-title">${at(tFacts, 7)}</span><span class="value">${at(tFacts, 8)}</span></li></ul></div></div>
<div id="tabs-container" class="clearfix"><div class="nav-tab-wrapper"><div class="tab-inner-wrapper">
${['Overview', 'Itinerary', 'Cost', 'FAQs', 'Map']
  .map(
    (t, i) => `<div class="tab-anchor-wrapper"><a href="javascript:void(0)"
class="nb-tab-trip-${i}${i === 0 ? ' nav-tab-active' : ''}"><span class="tab-label">${t}</span></a></div>`,
  )
  .join('\n')}
</div></div>
<div class="tab-content"><div id="nb-1-configurations" class="nb-1-configurations nb-configurations" style="display:block">
<h2 class="wpte-trip-tab-title">Overview</h2><div class="post-data overview">${ps(tIntro)}</div></div>
<div id="nb-2-configurations" class="nb-2-configurations nb-configurations"><h2 class="wpte-trip-tab-title">Itinerary</h2>
<div class="post-data itinerary">
${[0, 2, 4, 6, 8, 10]
  .map(
    (i, n) => `<div class="itinerary-row"><div class="title">${n + 1}</div><div class="itinerary-content"><div class="title">
<h3 class="itinerary-title">${at(tDays, i)}</h3></div><div class="content"><p>${at(tDays, i + 1)}</p></div></div></div>`,
  )
  .join('\n')}
</div></div>
<div id="nb-3-configurations" class="nb-3-configurations nb-configurations"><h2 class="wpte-trip-tab-title">Cost</h2>
<div class="wpte-cost-includes"><h3 class="cost-title">The Cost Includes</h3><ul id="include-result">${lis(tIncl)}</ul></div>
<div class="wpte-cost-excludes"><h3 class="cost-title">The Cost Excludes</h3><ul id="exclude-result">${lis(tExcl)}</ul></div></div>
<div id="nb-4-configurations" class="nb-4-configurations nb-configurations"><h2 class="wpte-trip-tab-title">FAQs</h2>
<div class="wte-faq-accordion">${[0, 2, 4]
  .map(
    (i, n) => `<div class="faq-row"><a class="accordion-tabs-toggle" href="javascript:void(0);"><span class="dashicons dashicons-arrow-down"></span>
<div class="faq-title">${at(tFaq, i)}</div></a><div class="faq-content" id="faq-${n}"><p>${at(tFaq, i + 1)}</p></div></div>`,
  )
  .join('\n')}</div></div>
<div id="nb-5-configurations" class="nb-5-configurations nb-configurations"><h2 class="wpte-trip-tab-title">Map</h2>
<div class="trip-map"><img src="/wp-content/uploads/2026/01/islands-map.png" alt="Route map"></div></div></div></div>
<div class="wpte-trip-reviews"><h2 class="review-title">Traveller Reviews</h2>
${tRev.map((r) => `<div class="review-wrap"><div class="reviewer-name">${r[0]}</div><div class="review-date">${r[1]}</div><p>${r[2]}</p></div>`).join('\n')}
<a class="wpte-write-review" href="#review-form">Write a Review</a></div>
<div class="related-trips"><h2 class="section-title">Related Trips</h2><ul>${links(tRel, 'related-trip')}</ul></div>
</div></main></div>
<aside id="secondary" class="widget-area"><div class="wpte-booking-area"><div class="wpte-bf-outer"><div class="wpte-bf-price-wrap">
<span class="wpte-bf-price-from">From</span><span class="wpte-bf-price"><ins><span class="wpte-currency-code">£</span>
<span class="wpte-price">985</span></ins></span><span class="wpte-bf-pqty">/ Person</span></div>
<div class="wpte-bf-btn-wrap"><button class="wpte-bf-btn wte-check-availability">Check Availability</button></div>
<div class="wpte-bf-help-block"><span>Need help with booking?</span><a href="/contact/">Send Us A Message</a></div></div></div>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Why book with us</h2><div class="textwidget"><ul>
<li>ABTA and ATOL protected</li><li>Local pickups across the west</li><li>No booking fees</li></ul></div></section></aside></div></div>
<footer id="colophon" class="site-footer"><div class="footer-t"><div class="container"><ul class="footer-menu">${links(tFoot)}</ul></div></div>
<div class="footer-b"><div class="container"><div class="copyright">© Copyright 2026 Corrie Bay Coaches Ltd. All Rights Reserved.</div>
<div class="author-link">Travel Monster | Developed By WP Travel Engine</div></div></div></footer>
<button aria-label="go to top" class="back-to-top"><span>↑</span></button></div>
<script src="/wp-content/plugins/wp-travel-engine/dist/public/wte-public.min.js?ver=6.2.1" id="wp-travel-engine-js"></script>
</body></html>`;
const tour: TestPage = {
  name: 'heldout582-wp-travel-engine-itinerary',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Overview', 'Itinerary', ...[0, 2, 4, 6, 8, 10].map((i) => at(tDays, i)), 'Cost', 'The Cost Includes', 'The Cost Excludes', 'FAQs', 'Map'],
  body: texts([...tIntro, ...[1, 3, 5, 7, 9, 11].map((i) => at(tDays, i)), ...tIncl, ...tExcl, ...tFaq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', '01631 560 200', 'tours@corriebaycoaches.co.uk', 'Corrie Bay Coaches', 'Coach holidays and day trips since 1974', ...tNav,
    'Search for:', ...tCrumbs.slice(1), '4.9', '(38 Reviews)', 'Trip Facts', ...tFacts.slice(0, 6), ...tFacts.slice(7), '1', '2', '3', '4', '5', '6',
    'Traveller Reviews', ...tRev.flat(), 'Write a Review', 'Related Trips', ...tRel, 'From', '£', '985', '/ Person', 'Check Availability',
    'Need help with booking?', 'Send Us A Message', 'Why book with us', 'ABTA and ATOL protected', 'Local pickups across the west', 'No booking fees',
    ...tFoot, '© Copyright 2026 Corrie Bay Coaches Ltd. All Rights Reserved.', 'Travel Monster | Developed By WP Travel Engine', '↑',
  ],
};

const wTitle = 'Pickup Points';
const wIntro = [
  j(
    'All of our day trips start from one of the pickup points below. The time shown is the earliest pickup on each route; your',
    'ticket gives the exact time for your trip. Please wait at the stop itself, not in a nearby shop or café.',
  ),
  'Free parking is available at the points marked (P). Please leave your car in the long-stay bays only.',
];
const wRoutes: [string, string[]][] = [
  ['Route A – North', ['07:10 Hadleigh Bridge, outside the Co-op (P)', '07:25 Brackley Bus Station, Stand 4', '07:40 Swanmore, The Green bus shelter']],
  ['Route B – Coast', ['07:05 Selbury Harbour car park (P)', '07:20 Kingsmere, opposite the Anchor Inn', '07:35 Fenton Cross, Station Road']],
  [
    'Route C – Town',
    ['07:30 Marlowe Depot, Unit 6 Wharf Lane (P)', '07:45 Marlowe Railway Station, front entrance', '07:55 St Anne\u2019s Church, High Street'],
  ],
];
const wOutro = j(
  'Can\u2019t see a stop near you? For groups of eight or more we can add an extra pickup within three miles of any route.',
  'Ask when you book.',
);
const wNav = ['Home', 'Day Trips', 'Holidays', 'Pickup Points', 'Gift Vouchers', 'Contact'];
const wFoot = ['Marlowe Day Trips Ltd', 'Unit 6, Wharf Lane, Marlowe MW4 2JD', 'Tel: 01842 771 930', 'Terms & Conditions', 'Privacy Policy'];
const wRich = (id: string, inner: string): string => `<div id="comp-${id}" class="wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<title>Pickup Points | Marlowe Day Trips</title><meta name="description" content="Where to catch your Marlowe Day Trips coach.">
<link rel="canonical" href="https://www.marlowedaytrips.co.uk/pickup-points"><meta property="og:site_name" content="Marlowe Day Trips">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["cookieConsent","dynamicPages"],"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255}.font_0{font:normal normal bold 44px/1.3em raleway}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lk3a1" class="wixui-image">
<img src="https://static.wixstatic.com/media/a1b2c3_logo.png" alt="Marlowe Day Trips logo"></div>
<nav id="comp-lk3a2" aria-label="Site" class="wixui-dropdown-menu"><ul class="QJ7I3U">
${wNav
  .map(
    (n) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase().replace(/ /g, '-')}"><p
class="zKbzSQ">${n}</p></a></li>`,
  )
  .join('\n')}
</ul></nav><a id="comp-lk3a3" class="wixui-button" href="/book-online" aria-disabled="false"><span class="w4Vxx6 wixui-button__label">Book Now</span></a>
</div></header><main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="wixui-page">
<section id="comp-lm8x1" class="wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lm8x2" class="wixui-column-strip__column">
${wRich('lm8x3', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('lm8x4', wIntro.map(wP).join('\n'))}
${wRoutes
  .map(
    ([h, items], n) =>
      `${wRich(
        `lm8y${n}`,
        `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h2>
<ul class="font_8 wixui-rich-text__text">${items
          .map(
            (t) => `<li class="wixui-rich-text__text"><p class="font_8
wixui-rich-text__text">${t}</p></li>`,
          )
          .join('')}</ul>`,
      )}`,
  )
  .join('\n')}
${wRich('lm8x9', wP(wOutro))}
<div id="comp-lm8z1" class="wixui-image"><img src="https://static.wixstatic.com/media/a1b2c3_coach.jpg" alt="Marlowe coach at Selbury Harbour"></div>
</div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer" tabindex="-1">${wRich(
  'lk3f1',
  wFoot
    .slice(0, 3)
    .map((t) => wP(t))
    .join('\n'),
)}
${wRich(
  'lk3f2',
  wFoot
    .slice(3)
    .map((t) => wP(`<a href="/${t.slice(0, 5).toLowerCase()}">${t.replace('&', '&amp;')}</a>`))
    .join('\n'),
)}
${wRich('lk3f3', wP('© 2026 by Marlowe Day Trips. Proudly created with Wix.com'))}</footer></div>
<div id="WIX_ADS" class="ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" class="kCb4rB">
<span class="JSfrP7"><span>This site was designed with the </span><span>Wix</span><span> website builder. Create your website today.</span>
<span class="gQ6RGk">Start Now</span></span></a></div></div>
<div id="ccsu-banner" class="consent-banner" role="dialog" aria-label="Cookie settings"><p>This website uses cookies. By accepting, you agree to our use of
such cookies.</p><a href="/privacy">Privacy Policy</a><button>Settings</button><button>Accept</button></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.9d1c0a4e.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout582-wix-pickup-points',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wRoutes.map((r) => r[0]),
  body: texts([...wIntro, ...wRoutes.flatMap((r) => r[1]), wOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', ...wNav.filter((n) => n !== wTitle), 'Book Now', ...wFoot, '© 2026 by Marlowe Day Trips. Proudly created with Wix.com',
    'This site was designed with the', 'Wix', 'website builder. Create your website today.', 'Start Now',
    'This website uses cookies. By accepting, you agree to our use of such cookies.', 'Settings', 'Accept',
  ],
};

export const HELDOUT582_A: readonly TestPage[] = [tour, wix];
