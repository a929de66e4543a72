import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout298-kit.js';

/**
 * Held-out batch 298, file a: a Hearst-style car magazine road test (emotion css- classes, highs / lows / verdict box,
 * specifications table embed, "Advertisement" slots, related-story rail, newsletter embed, footer) and a car dealer's blog
 * post built with Elementor on WordPress (dealer header with phone and hours, inventory mega menu, post-info widget,
 * share buttons, related posts grid, chat widget, footer with addresses).
 */
const hTitle = 'Tested: 2026 Corvana Estro GT Turns the Family Hatch into a Back-Road Accomplice';
const hBox = [
  '<strong>Highs:</strong> Eager turbo four, telepathic steering, a back seat that actually fits adults.',
  '<strong>Lows:</strong> Firm ride on broken pavement, touchscreen climate controls, thirsty when driven as intended.',
  j('<strong>Verdict:</strong> The Estro GT is the rare practical hatchback that makes every errand feel like a detour', 'worth taking.'),
];
const hP1 = [
  j(
    'Corvana has spent a decade building sensible hatchbacks for people who read warranty booklets for pleasure. The Estro GT is',
    'the company admitting that some of those people also own driving gloves. It keeps the five doors, the 22 cubic feet of cargo',
    'space and the upright seating position, then adds a 2.0-liter turbocharged four, adaptive dampers and a limited-slip',
    'differential that the standard Estro does not offer at any price.',
  ),
  j(
    'On paper the recipe is familiar. On the road the GT feels more finished than its rivals, and at an as-tested price of $38,450',
    'it undercuts the segment favorites by a few thousand dollars.',
  ),
];
const hP2 = [
  j(
    'The engine makes 268 horsepower and 280 pound-feet of torque, sent to the front wheels through a six-speed manual or the',
    'seven-speed dual-clutch automatic fitted to our test car. The dual-clutch is quick and mostly smooth, though it hesitates',
    'when asked to creep forward in a parking garage.',
  ),
  j(
    'At our test track the Estro GT reached 60 mph in 5.4 seconds and ran the quarter-mile in 13.9 seconds at 102 mph. Braking',
    'from 70 mph took 158 feet, a good figure for a car on all-season tires.',
  ),
];
const hP3 = [
  j(
    'The steering is the star. It is quick without being nervous, and it loads up naturally as cornering forces build. The',
    'differential lets you feed in power early on corner exit without the inside wheel spinning away the torque, which is more',
    'than we can say for several pricier rivals.',
  ),
  j(
    'The price for that composure is a firm ride. In Comfort mode the dampers round off most bumps, but sharp expansion joints',
    'still thump through the cabin, and the optional 19-inch wheels do it no favors.',
  ),
];
const hP4 = [
  j(
    'Inside, the GT gets bolstered seats trimmed in cloth and faux suede, red stitching and a flat-bottomed wheel. The back seat',
    'offers 37 inches of legroom, and the cargo floor folds flat with the rear seats down. Our one real complaint is the climate',
    'control, which lives in a submenu of the 10.3-inch touchscreen.',
  ),
  'We averaged 26 mpg over 600 miles of mixed driving, three short of the EPA combined estimate.',
];
const hSpecs: [string, string][] = [
  ['Vehicle type', 'front-engine, front-motor, 5-passenger, 4-door hatchback'],
  ['Price as tested', '$38,450'],
  ['Engine', 'turbocharged DOHC 16-valve inline-4, 268 hp, 280 lb-ft'],
  ['Transmission', '7-speed dual-clutch automatic'],
  ['Curb weight', '3,241 lb'],
  ['60 mph', '5.4 sec'],
  ['Braking, 70–0 mph', '158 ft'],
  ['Observed fuel economy', '26 mpg'],
];
const hNav = ['Cars', 'Reviews', "Buyer's Guide", 'Car Culture', 'EV Hub', 'Subscribe'];
const hRelated = [
  'The Best Hot Hatchbacks You Can Buy Right Now',
  'Corvana Confirms a Hybrid Estro for 2027',
  'Long-Term Test Wrap-Up: Our Hatchback After 40,000 Miles',
];
const hFoot = ['About Motorline', 'Newsletter', 'Contact Us', 'Media Kit', 'Privacy Notice', 'Terms of Use', 'Your Privacy Choices'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>2026 Corvana Estro GT Test: Review, Pricing, and Specs</title>
<meta name="description" content="The Estro GT is the rare practical hatchback that makes every errand feel like a detour.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Motorline"><meta name="auth:content-type" content="review">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","headline":"Tested: 2026 Corvana Estro GT",
"author":[{"@type":"Person","name":"Hollis Prent"}],"datePublished":"2026-03-11T12:00:00Z",
"itemReviewed":{"@type":"Car","name":"2026 Corvana Estro GT"}}</script>
<script>window.__HEARST_CONFIG__={"site":"motorline","section":"reviews","ads":{"enabled":true}};</script></head>
<body class="css-1x7gbke"><div id="__next"><div class="css-0 e1b5wm0"><header class="css-t0lc6q e1gs4pk0"><a class="css-1r5ydpy" href="/">
<span class="css-1ob7ui4">Motorline</span></a>
<nav class="css-1r0ryvf e1gs4pk1" aria-label="Main"><ul class="css-10tl8a0">${links(hNav, 'css-1qnkcf3')}</ul></nav>
<button class="css-1m1vf7a" aria-label="Search">Search</button><a class="css-19nds0k" href="/account/signin">Sign In</a></header>
<div class="ad-container css-1y6ttql" data-ad-slot="leaderboard"><span class="css-1k3e8nx">Advertisement - Continue Reading Below</span></div>
<main class="css-1wk3ymx"><div class="content-header css-k0fz9p"><div class="css-1b5c4bz"><a class="css-1p7xt3v" href="/reviews">Car Reviews</a></div>
<h1 class="css-1ljdrpu e1u2jlg40" data-testid="ContentHeaderHed">${hTitle}</h1>
<p class="css-1n1lkhv e1u2jlg41" data-testid="ContentHeaderDek">Corvana's hot hatch finally has the chassis to match its turbo four.</p>
<div class="css-1t5f8bp"><address class="css-1a2oe0g"><span class="byline-name css-8f8s8k">By <a href="/author/hollis-prent">Hollis Prent</a></span>
</address><time class="css-1ovzt4q" datetime="2026-03-11T12:00:00Z">Published: Mar 11, 2026</time></div>
<div class="css-9ah9xr" data-journey-hook="share-bar"><button class="css-q3c3ax">Share</button><a class="css-1x0c3z" href="#">Facebook</a>
<a class="css-1x0c3z" href="#">Pinterest</a><a class="css-1x0c3z" href="#">Email</a></div></div>
<figure class="content-lede-image css-12ogfsu"><img src="/images/estro-gt-lede.jpg" alt="2026 corvana estro gt">
<figcaption class="css-1oz6xz5"><span class="css-bljgu5">The Estro GT on a mountain road outside Tellerby.</span>
<span class="image-photo-credit css-4d2nrn">Mara Quist | Motorline</span></figcaption></figure>
<div class="article-body-content standard-body-content css-1ctlnt3" data-journey-content="true">
<div data-embed="embed-highs-lows" class="css-1h3n6tw">${ps(hBox, ' class="css-1l5lb6m et3p2gv0"')}</div>
${ps(hP1, ' class="body-text css-1l5lb6m et3p2gv0"')}
<div class="ad-container css-1y6ttql" data-ad-slot="midarticle"><span class="css-1k3e8nx">Advertisement - Continue Reading Below</span></div>
<h2 class="body-h2 css-15v6kpx">Powertrain and Performance</h2>
${ps(hP2, ' class="body-text css-1l5lb6m et3p2gv0"')}
<div class="css-1wbgnq1" data-embed="embed-editorial-links"><p class="css-5h2dmv">Related Story</p>
<a href="/reviews/hot-hatch-comparison">The Best Hot Hatchbacks You Can Buy Right Now</a></div>
<h2 class="body-h2 css-15v6kpx">Chassis and Ride</h2>
${ps(hP3, ' class="body-text css-1l5lb6m et3p2gv0"')}
<h2 class="body-h2 css-15v6kpx">Interior and Practicality</h2>
${ps(hP4, ' class="body-text css-1l5lb6m et3p2gv0"')}
<h2 class="body-h2 css-15v6kpx">Specifications</h2>
<div data-embed="embed-table" class="embed-table css-m2dk9n"><table class="css-1s4ajvh"><thead><tr><th colspan="2">2026 Corvana Estro GT</th></tr></thead>
<tbody>${hSpecs.map(([k, v]) => `<tr><td>${k}</td>\n<td>${v}</td></tr>`).join('\n')}</tbody></table></div>
<div class="newsletter-embed css-2nnfq1" data-embed="newsletter"><p class="css-1b0o2tc">Get the Motorline Weekly</p>
<p class="css-9tk0dq">Road tests, first drives and buying advice, every Friday.</p><form><input type="email" placeholder="Email address">
<button class="css-1smj1zq">Sign Up</button></form></div></div>
<section class="css-1cpu9x6" data-journey-hook="related-content"><h2 class="css-a1d6a2">More From Car Reviews</h2>
<ul class="css-1dmkq1p">${links(hRelated, 'css-8qzs1b')}</ul></section></main>
<footer class="css-1r3w93b"><p class="css-1ftw9rs">Motorline</p><ul class="css-10b0uz7">${links(hFoot, 'css-1u6dcn3')}</ul>
<p class="css-y5v4nx">Motorline participates in various affiliate marketing programs, which means we may get paid commissions on editorially chosen
products purchased through our links to retailer sites.</p><p class="css-1x1s3h">©2026 Pellworth Media, Inc. All Rights Reserved.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="alertdialog"><p id="onetrust-policy-text">We and our partners use cookies to
personalize content and ads and to analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept All</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":"a61234877"}},"page":"/[...slug]"}</script></body></html>`;
const hearst: TestPage = {
  name: 'heldout298-hearst-roadtest-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: ['Powertrain and Performance', 'Chassis and Ride', 'Interior and Practicality', 'Specifications'],
  body: texts([...hBox, ...hP1, ...hP2, ...hP3, ...hP4, ...hSpecs.flat()]),
  bylines: ['Hollis Prent', 'Published: Mar 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'Search', 'Sign In', 'Advertisement - Continue Reading Below', 'Car Reviews',
    "Corvana's hot hatch finally has the chassis to match its turbo four.", 'Share', 'Facebook', 'Pinterest', 'Email',
    'The Estro GT on a mountain road outside Tellerby.', 'Mara Quist | Motorline', 'Related Story', 'Get the Motorline Weekly',
    'Road tests, first drives and buying advice, every Friday.', 'Sign Up', 'More From Car Reviews', ...hRelated, ...hFoot,
    'Motorline participates in various affiliate marketing programs, which means we may get paid commissions',
    '©2026 Pellworth Media, Inc. All Rights Reserved.', 'We and our partners use cookies to personalize content and ads and to analyze our traffic.',
    'Accept All', 'Cookie Settings',
  ],
};

const eTitle = 'Five Things to Check Before a Winter Road Trip';
const eP1 = [
  j(
    'Every January our service lane fills up with the same story: a family heads north for a ski weekend, the temperature drops',
    'overnight, and the car that felt fine on Friday refuses to cooperate on Sunday morning. Most of those breakdowns are avoidable',
    'with fifteen minutes of checking before you leave.',
  ),
  'Here is the list our technicians at Lakeshore Valmont run through on their own cars before a long winter drive.',
];
const eS = [
  [
    '1. Battery health',
    j(
      "Cold weather cuts a battery's cranking power by a third or more, and a battery that is already four or five years old may",
      'not survive the first frosty morning. A load test takes a few minutes and tells you far more than the voltage on a cheap meter.',
    ),
  ],
  [
    '2. Tires and pressures',
    j(
      'Tire pressure falls about one psi for every ten degrees of temperature drop. Check pressures cold, set them to the figure on',
      "the driver's door jamb, and look for at least 5/32 of an inch of tread if you expect snow.",
    ),
  ],
  [
    '3. Washer fluid and wipers',
    j(
      'Summer washer fluid freezes in the lines. Swap it for a winter mix rated well below zero, and replace wiper blades that',
      'streak or chatter. Salt spray on a highway will empty a reservoir faster than you expect.',
    ),
  ],
  ['4. Coolant strength', 'A simple hydrometer check confirms your coolant will not freeze. If the mix looks rusty or cloudy, book a flush before the trip.'],
  ['5. An emergency kit', 'Keep these in the cargo area for the whole season:'],
];
const eKit = [
  'A blanket and a spare pair of gloves',
  'Jumper cables or a charged jump pack',
  'A small shovel and a bag of sand or cat litter',
  'Water, snacks and a phone charging cable',
];
const eP2 = [
  j(
    'If you would rather have a professional look things over, our Winter Ready inspection covers all of the above plus brakes and',
    'belts, and most visits take under an hour. You can book it online or call the service desk.',
  ),
  'Safe travels, and see you in the spring.',
];
const eMenu = ['New Inventory', 'Used Inventory', 'Specials', 'Finance', 'Service & Parts', 'About Us'];
const eRelated = ['When Should You Replace Your Brake Pads?', 'Leasing vs. Buying: A Plain-English Guide', 'Meet Our Service Team'];
const eFoot = ['Sales: (555) 201-7740', 'Service: (555) 201-7741', '4410 Lakeshore Drive, Port Alder', 'Privacy Policy', 'Sitemap'];
const eHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${eTitle} - Lakeshore Valmont</title>
<meta name="generator" content="Elementor 3.24.5; features: e_font_icon_svg; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${eTitle}",
"datePublished":"2026-01-08T09:00:00-05:00","author":{"@type":"Person","name":"Renata Obi"}},{"@type":"AutoDealer","name":"Lakeshore Valmont"}]}</script>
</head><body class="post-template-default single single-post postid-2214 elementor-default elementor-kit-6 elementor-page-1890">
<div data-elementor-type="header" data-elementor-id="14" class="elementor elementor-14 elementor-location-header">
<div class="elementor-element elementor-element-3c1a e-flex e-con-boxed e-con e-parent" data-element_type="container">
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">Open today: 8:00 AM – 7:00 PM</div></div>
<div class="elementor-widget elementor-widget-icon-list"><ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Sales: (555) 201-7740</span></li></ul></div></div>
<div class="elementor-element e-con e-parent"><div class="elementor-widget elementor-widget-theme-site-logo"><a href="/">
<img src="/wp-content/uploads/lakeshore-logo.svg" alt="Lakeshore Valmont"></a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-5a2" class="elementor-nav-menu">${links(eMenu, 'menu-item menu-item-type-custom')}</ul></nav></div>
<div class="elementor-widget elementor-widget-button"><a class="elementor-button" href="/schedule-service/"><span class="elementor-button-text">Schedule
Service</span></a></div></div></div>
<div data-elementor-type="single-post" data-elementor-id="1890" class="elementor elementor-1890 elementor-location-single post-2214 post type-post">
<div class="elementor-element e-con-boxed e-con e-parent"><div class="elementor-widget elementor-widget-theme-post-title elementor-page-title">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div>
<div class="elementor-widget elementor-widget-post-info"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Renata Obi</span></li>
<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>January 8, 2026</time></span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__terms-list"><a href="/category/service-tips/"
class="elementor-post-info__terms-list-item">Service Tips</a></span></li></ul></div>
<div class="elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image"><figure class="wp-caption">
<img src="/wp-content/uploads/2026/01/winter-trip.jpg" alt=""><figcaption class="widget-image-caption wp-caption-text">Our technicians
load-test every battery that comes through the service lane in winter.</figcaption></figure></div>
<div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${ps(eP1)}
${eS.map(([h, p]) => `<h3 class="wp-block-heading">${h}</h3>\n<p>${p}</p>`).join('\n')}
<ul>${eKit.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(eP2)}
</div></div>
<div class="elementor-widget elementor-widget-share-buttons"><div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_facebook">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Share on Facebook</span></span></div>
<div class="elementor-share-btn elementor-share-btn_x-twitter"><span class="elementor-share-btn__title">Share on X</span></div></div></div>
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title elementor-size-default">You Might Also Like</h2></div>
<div class="elementor-widget elementor-widget-posts"><div class="elementor-posts-container elementor-posts elementor-grid">
${eRelated
  .map(
    (t) => `<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a
href="#">${t}</a></h3><a class="elementor-post__read-more" href="#">Read More »</a></div></article>`,
  )
  .join('\n')}
</div></div></div></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><div class="elementor-widget elementor-widget-icon-list">
<ul class="elementor-icon-list-items">${links(eFoot, 'elementor-icon-list-item')}</ul></div>
<div class="elementor-widget elementor-widget-text-editor"><p>© 2026 Lakeshore Valmont. Prices exclude tax, title and dealer fees.</p></div></div>
<div id="chat-widget-container" class="dealer-chat"><button class="chat-launcher">Chat with us</button><p class="chat-teaser">Questions about
a vehicle? We usually reply in minutes.</p></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js" id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout298-elementor-dealer-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eS.map(([h]) => h ?? ''),
  body: texts([...eP1, ...eS.map(([, p]) => p ?? ''), ...eKit, ...eP2]),
  bylines: ['Renata Obi', 'January 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open today: 8:00 AM – 7:00 PM', ...eMenu, 'Schedule Service', 'Service Tips',
    'Our technicians load-test every battery that comes through the service lane in winter.', 'Share on Facebook', 'Share on X',
    'You Might Also Like', ...eRelated, 'Read More »', ...eFoot, '© 2026 Lakeshore Valmont. Prices exclude tax, title and dealer fees.',
    'Chat with us', 'Questions about a vehicle? We usually reply in minutes.',
  ],
};

export const HELDOUT298_A: readonly TestPage[] = [hearst, elementor];
