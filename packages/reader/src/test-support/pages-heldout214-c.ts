import { links, type TestPage, texts } from './page-kit.js';
import { wineNotes } from './pages-heldout214-c2.js';

/**
 * Held-out batch 214, file c: a Zomato restaurant page (the header with "Get the App", "Add restaurant", "Log in" and "Sign
 * up", the location search, the breadcrumb, the name, cuisines, locality and opening-time line, dining and delivery ratings,
 * the "Direction", "Bookmark" and "Share" buttons, the section tabs, "About this place" with the restaurant's description,
 * the menu card, cuisines, popular dishes and "known for" chips, average cost with its notes, the "More Info" amenity list,
 * the side card with phone and address, "Similar restaurants", the "Explore options near me" rail and the footer with its
 * legal line) and, from file c2, a wine merchant's tasting-notes blog post.
 */
const zoTitle = 'Kesari Table';
const zoHead = 'About this place';
const zoP = [
  'Kesari Table began as a six-table dhaba run by the Bhandari family on the old Hosur Road in 1998. Today it is a two-storey ' +
    'restaurant on 12th Main, but the kitchen still follows the recipes Kamala Bhandari brought with her from Amritsar, and she ' +
    'still tastes every batch of dal makhani before service.',
  'The dal is the heart of the menu. Whole black urad is soaked overnight and then cooked for eighteen hours over a low charcoal ' +
    'fire, finished only with white butter and a little cream. Alongside it you will find tandoori dishes marinated for a full day, ' +
    'Amritsari fish fried in a gram-flour batter with carom seeds, and a rotating selection of home-style sabzis that change with ' +
    'what the vegetable market has that week.',
  'Breads are made to order in a clay tandoor that the family had shipped from Punjab when they moved to the new premises: try the ' +
    'stuffed kulcha with potato and pomegranate seeds, or the layered lachha paratha. For dessert, the phirni is set in small clay ' +
    'pots and served cold, and the gulab jamun are fried fresh each evening.',
  'Upstairs, the terrace seats forty under a canopy of bougainvillea and is open from October to May. The ground floor is ' +
    'air-conditioned and better suited to families, with high chairs available on request. We do not serve alcohol, but our ' +
    'lassi, jaljeera and seasonal sherbets are made in house, and the masala chai is brewed the slow way, in milk, on the stove.',
  'Everything that leaves the kitchen for delivery is packed in compostable containers, and the dal and curries travel in ' +
    'sealed clay-lined tubs that keep them hot for longer. Leftover bread at the end of each night goes to a community kitchen ' +
    'in Shivajinagar that the family has supported since the early days.',
  'For parties of more than twelve, or for our Sunday thali lunch, please call ahead so that we can hold a table for you.',
];
const zoNav = ['Get the App', 'Investor Relations', 'Add restaurant', 'Log in', 'Sign up'];
const zoCrumbs = ['Home', 'India', 'Bengaluru', 'Indiranagar'];
const zoInfo = ['North Indian, Punjabi, Mughlai, Desserts, Beverages', 'Indiranagar, Bangalore', 'Open now', '12noon – 11:30pm (Today)'];
const zoRatings = ['4.4', 'Dining Ratings', '3,218', '4.1', 'Delivery Ratings', '21.4K'];
const zoButtons = ['Direction', 'Bookmark', 'Share'];
const zoTabs = ['Overview', 'Order Online', 'Reviews', 'Photos', 'Menu', 'Book a Table'];
const zoMenu = ['See all menus', 'Food Menu', '14 pages', 'Bar Menu', '2 pages'];
const zoCuisines = ['North Indian', 'Punjabi', 'Mughlai', 'Desserts', 'Beverages'];
const zoDishes = 'Dal Makhani, Amritsari Fish, Stuffed Kulcha, Butter Chicken, Phirni, Masala Chai';
const zoKnown = 'Slow-cooked dal, Family dining, Rooftop seating, Quick service, Value for money';
const zoCost = [
  '₹1,200 for two people (approx.)',
  'Exclusive of applicable taxes and charges, if any',
  'How do we calculate cost for two?',
  'Cash and Cards accepted',
  'Digital payments accepted',
];
const zoMore = ['Home Delivery', 'Vegetarian Friendly', 'Indoor Seating', 'Outdoor Seating', 'Wheelchair Accessible', 'Kid Friendly'];
const zoSide = ['Call', '+918041125577', 'Direction', '781, 12th Main Road, HAL 2nd Stage, Indiranagar, Bangalore', 'Copy'];
const zoSimilar = [
  ['Punjab Grill House', 'North Indian, Mughlai', '4.2'],
  ['Amritsari Kulcha Co.', 'North Indian, Street Food', '4.0'],
  ['Daawat-e-Khaas', 'Mughlai, Biryani', '4.3'],
];
const zoExplore = ['Popular cuisines near me', 'Popular restaurant types near me', 'Top Restaurant Chains', 'Cities We Deliver To'];
const zoFoot = ['Who We Are', 'Blog', 'Work With Us', 'Investor Relations', 'Report Fraud', 'Contact Us', 'Privacy', 'Security', 'Terms', 'Sitemap'];
const zoFootHead = ['About Zomato', 'Zomaverse', 'For Restaurants', 'Learn More'];
const zoLegal =
  'By continuing past this page, you agree to our Terms of Service, Cookie Policy, Privacy Policy and Content Policies. All trademarks ' +
  'are properties of their respective owners. 2008-2026 © Zomato™ Ltd. All rights reserved.';
const zoH3 = (t: string): string => `<h3 class="sc-1hp8d8a-0 sc-dpiBDp kKGlsB">${t}</h3>`;
const zoHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kesari Table, Indiranagar, Bangalore | Zomato</title>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"><meta name="description" content="Kesari Table Bangalore; Kesari Table,
Indiranagar; Get Menu, Reviews, Contact, Location, Phone Number, Maps and more for Kesari Table Restaurant on Zomato">
<meta property="og:title" content="Kesari Table, Indiranagar, Bangalore | Zomato"><meta property="og:site_name" content="Zomato">
<link rel="canonical" href="https://www.zomato.com/bangalore/kesari-table-indiranagar">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Restaurant","name":"Kesari Table","servesCuisine":"North Indian, Punjabi, Mughlai",
"priceRange":"₹1200 for two people (approx.)","address":{"@type":"PostalAddress","streetAddress":"781, 12th Main Road, HAL 2nd Stage, Indiranagar",
"addressLocality":"Bangalore"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.4","ratingCount":"3218"}}</script>
<script>window.__PRELOADED_STATE__ = JSON.parse("{\\"pages\\":{\\"restaurant\\":{\\"resId\\":18849302}}}");</script>
<link rel="stylesheet" href="https://b.zmtcdn.example/web_assets/css/main.9a1d.css"></head>
<body><div id="root"><div class="sc-gwVtdH dQOmKm"><header class="sc-bke1zw-0 fIuLDK"><a href="/" class="sc-bke1zw-1 ixwLLk"><img
src="https://b.zmtcdn.example/web_assets/logo.avif" alt="Zomato Logo"></a><div class="sc-18n4g8v-0 gAhmYY"><input placeholder="Bangalore" aria-label="location">
<input placeholder="Search for restaurant, cuisine or a dish" aria-label="search"></div><ul class="sc-bke1zw-3 jOSbvA">
${zoNav.map((t) => `<li class="sc-bke1zw-4 eXJiae"><a href="#">${t}</a></li>`).join('\n')}</ul></header>
<main class="sc-bZQynM gNqZXz"><nav class="sc-eXNvrr kwsNMq" aria-label="breadcrumb"><ol>
${zoCrumbs.map((t) => `<li><a class="sc-ks3f0d-0 fovVfi" href="#">${t}</a><span>/</span></li>`).join('\n')}<li><span>${zoTitle}</span></li></ol></nav>
<section class="sc-kasBVs kJFBQB"><div class="sc-iSDuPN cwtKBo"><h1 class="sc-7kepeu-0 sc-iSDuPN fwzNdh">${zoTitle}</h1>
<div class="sc-fgfRvd kIdOIB"><a class="sc-eXNvrr kFplNG" href="#">${zoInfo[0]}</a></div><div class="sc-clNaTc ckqoPM">${zoInfo[1]}</div>
<div class="sc-kEqXSa cBHhGD"><span class="sc-kasBVs dfwCXs">${zoInfo[2]}</span><span class="sc-jeCdPy bMJCRE"> - </span><span class="sc-kasBVs
dfwCXs">${zoInfo[3]}</span></div>
</div><div class="sc-kGVuwA bKrjbE"><div class="sc-1q7bklc-0 kEgyiI"><div class="sc-1q7bklc-1 cILgox">${zoRatings[0]}</div>
<div class="sc-1q7bklc-8 kEgyiI">${zoRatings[2]}</div><div class="sc-1q7bklc-9 dYrjiw">${zoRatings[1]}</div></div><div class="sc-1q7bklc-0 kEgyiI">
<div class="sc-1q7bklc-1 cILgox">${zoRatings[3]}</div><div class="sc-1q7bklc-8 kEgyiI">${zoRatings[5]}</div><div class="sc-1q7bklc-9
dYrjiw">${zoRatings[4]}</div></div></div>
<div class="sc-eUWgFQ heBmRz">${zoButtons
  .map(
    (b) => `<button class="sc-1kx5g6g-1 elxuhW"><span class="sc-1kx5g6g-3
dkwpEa">${b}</span></button>`,
  )
  .join('')}</div>
<nav class="sc-cTjmhe hLaOtf" role="tablist">${zoTabs.map((t) => `<a class="sc-jyhzxL gRjCfj" role="tab" href="#">${t}</a>`).join('')}</nav></section>
<section class="sc-bEHuBB fUBCHF"><div class="sc-hZeNU kbyIdl"><article class="sc-rbbb40-0 eGdbOH">
<h2 class="sc-7kepeu-0 sc-kafWEX kTxZkY">${zoHead}</h2>
<div class="sc-1hez2tp-0 sc-gAqISa kTmIHw">${zoP.map((p) => `<p class="sc-1hez2tp-0 sc-iwajpm gVwAqj">${p}</p>`).join('\n')}</div>
${zoH3('Menu')}<a class="sc-eJMQSu jcLVEh" href="#">${zoMenu[0]}</a><div class="sc-buiRVt fNCrCc"><p>${zoMenu[1]}</p><p>${zoMenu[2]}</p></div>
<div class="sc-buiRVt fNCrCc"><p>${zoMenu[3]}</p><p>${zoMenu[4]}</p></div>
${zoH3('Cuisines')}<div class="sc-bFADNz iuqTVf">${zoCuisines.map((c) => `<a class="sc-bFADNz dgmvFg" href="#">${c}</a>`).join(' ')}</div>
${zoH3('Popular Dishes')}<p class="sc-1hez2tp-0 fGuMeK">${zoDishes}</p>
${zoH3('People Say This Place Is Known For')}<p class="sc-1hez2tp-0 fGuMeK">${zoKnown}</p>
${zoH3('Average Cost')}${zoCost.map((c) => `<p class="sc-1hez2tp-0 cunMUz">${c}</p>`).join('\n')}
${zoH3('More Info')}<div class="sc-bke1zw-1 ixwLLk">${zoMore
  .map(
    (m) => `<div class="sc-bke1zw-0 fIuLDK"><i class="sc-rbbb40-1
iFnyeo"></i><p>${m}</p></div>`,
  )
  .join('\n')}</div>
</article></div>
<aside class="sc-jyELnb bhjFAQ"><div class="sc-dBfaGr kCNlav"><article class="sc-bdqnwn fFnvKx"><p class="sc-1hez2tp-0 clKRrC">${zoSide[0]}</p>
<p class="sc-1hez2tp-0 gdbdYr">${zoSide[1]}</p><h5 class="sc-fVzxkh">${zoSide[2]}</h5><p class="sc-1hez2tp-0 clKRrC">${zoSide[3]}</p>
<button class="sc-ezYFyw">${zoSide[4]}</button></article></div></aside></section>
<section class="sc-daBIbR fHMcWs"><h2 class="sc-7kepeu-0 sc-kafWEX gNGndP">Similar restaurants</h2><div class="sc-jRSwwt dpKOEj">
${zoSimilar
  .map(
    ([n, c, r]) => `<a class="sc-rIcnb cMbKJL" href="#"><h4 class="sc-1hp8d8a-0">${n}</h4><p>${c}</p><div
class="sc-1q7bklc-1">${r}</div></a>`,
  )
  .join('\n')}
</div></section>
<section class="sc-keqimR kJQrnQ"><h2 class="sc-7kepeu-0 sc-kafWEX gNGndP">Explore options near me</h2>
${zoExplore.map((t) => `<div class="sc-gjAXCV"><h5 class="sc-1hp8d8a-0 sc-hWxzmB">${t}</h5><i class="sc-rbbb40-1"></i></div>`).join('\n')}</section></main>
<footer class="sc-kWjgDz bqnLFJ"><div class="sc-hVWmyp"><img src="https://b.zmtcdn.example/web_assets/logo.avif" alt="Zomato logo">
<button class="sc-kNrlhg">India</button><button class="sc-kNrlhg">English</button></div><div class="sc-cCYyou">
${zoFootHead.map((h) => `<h6 class="sc-1hp8d8a-0">${h}</h6>`).join('')}<ul>${links(zoFoot)}</ul></div><p class="sc-1hez2tp-0 dRzfIJ">${zoLegal}</p></footer>
</div></div><script src="https://b.zmtcdn.example/web_assets/js/main.9a1d.js" defer></script></body></html>`;

const zomato: TestPage = {
  html: zoHtml,
  name: 'heldout214-zomato-restaurant-overview',
  kind: 'blog',
  // the restaurant's description under "About this place" is the article; the menu card, cuisine chips, dishes, "known for",
  // cost and "More Info" blocks (inside the same <article>) are furniture
  title: zoTitle,
  headings: [zoHead],
  body: texts(zoP),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...zoNav, ...zoCrumbs, ...zoInfo, ...zoRatings, ...zoButtons, ...zoTabs, ...zoMenu, 'Cuisines', ...zoCuisines, 'Popular Dishes', zoDishes,
    'People Say This Place Is Known For', zoKnown, 'Average Cost', ...zoCost, 'More Info', ...zoMore, ...zoSide, 'Similar restaurants',
    ...zoSimilar.flat(), 'Explore options near me', ...zoExplore, 'English', ...zoFootHead, ...zoFoot, zoLegal,
  ],
};

export const HELDOUT214_C: readonly TestPage[] = [zomato, wineNotes];
