import { type TestPage, texts } from './page-kit.js';
import { guidePortal } from './pages-heldout445-b2.js';
import { j, lis } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file b: a self-storage facility page built with Next.js (App Router markup with hashed CSS-module classes,
 * the __next_f flight scripts, a sticky booking bar, unit-size cards with prices and "Reserve" buttons, an opening-hours table,
 * a map embed, nearby-facility links, a OneTrust banner and the footer), a product / data page, and, from file b2, a city
 * relocation guide on a property portal.
 */
const sTitle = 'Self storage in Millbrook Quay';
const sIntro = [
  j(
    'Our Millbrook Quay store sits two minutes from the ring road on Tannery Street, with drive-up loading bays, wide lifts to',
    'every floor and trolleys waiting at the door. Rooms are clean, dry and heated above 5°C all year, so sofas and paperwork',
    'come out the way they went in.',
  ),
  j(
    'Prices below are per week for new customers and include the first month at half price. There is no deposit and you only',
    'need to give seven days’ notice to leave.',
  ),
];
const sH = ['Unit sizes and prices', 'What fits in each size', 'Access and security', 'Good to know'];
const sUnits: [string, string, string][] = [
  ['10 sq ft', 'Locker', '£9.50 a week'],
  ['25 sq ft', 'Small', '£17.25 a week'],
  ['50 sq ft', 'Medium', '£29.00 a week'],
  ['75 sq ft', 'Large', '£39.75 a week'],
  ['100 sq ft', 'Extra large', '£48.50 a week'],
  ['150 sq ft', 'Warehouse', '£66.00 a week'],
];
const sFits = [
  '25 sq ft: the contents of a student room, or around 30 boxes and a bike.',
  '50 sq ft: a one-bedroom flat without white goods, about the load of a small van.',
  '100 sq ft: a three-bedroom house, including a fridge-freezer and a washing machine.',
  '150 sq ft: a four-bedroom house or a small shop’s stock on pallets.',
];
const sAccess = [
  j(
    'Customers have their own PIN for the gate and the building, and can get to their room from 6am to 10pm every day of the',
    'year. Every corridor is covered by CCTV recorded for 30 days, each room is individually alarmed, and the store is',
    'monitored overnight by a security company.',
  ),
];
const sKnow = [
  j(
    'You will need photo ID and a proof of address when you move in. Goods must be insured, either on your home policy or',
    'through our cover, which starts at £2.10 a week for £2,000 of goods. We cannot store food, plants, paint, fuel or gas bottles.',
  ),
  j(
    'If you are not sure of the size, our team can talk you through it on the phone or show you the rooms: most people',
    'overestimate by one size, and we will happily move you down if it turns out you have space to spare.',
  ),
];
const sHours: [string, string, string][] = [
  ['Monday to Friday', '8:30am – 6pm', '6am – 10pm'],
  ['Saturday', '9am – 5pm', '6am – 10pm'],
  ['Sunday', '10am – 4pm', '6am – 10pm'],
];
const sNav = ['Find a store', 'Storage sizes', 'Business storage', 'Boxes & packing', 'Help'];
const sNear = ['Self storage in Ashcombe', 'Self storage in Brackenford East', 'Self storage in Hollins Park'];
const sFoot = ['About Stowhaus', 'Careers', 'Press', 'Storage guides', 'Terms of storage', 'Privacy notice', 'Cookie preferences', 'Modern slavery statement'];
const card = (u: [string, string, string]): string => `<li class="UnitCard_card__Xw2bQ"><div class="UnitCard_size__p9LcT">${u[0]}</div>
<div class="UnitCard_label__k1VdM">${u[1]}</div><div class="UnitCard_price__3mZtS"><span class="UnitCard_was__vG7sN">Was ${u[2].replace(
  /£([\d.]+)/,
  (_, n: string) => `£${(Number(n) * 2).toFixed(2)}`,
)}</span> <span class="UnitCard_now__Lk0aP">${u[2]}</span></div><button type="button" class="Button_button__Rp1hx
Button_primary__cK8ex">Reserve</button></li>`;
const sHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_next/static/css/7b1e2f4c9a0d3e11.css" data-precedence="next">
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-3f1a9c2e7b5d4a60.js">
<script src="/_next/static/chunks/main-app-91c2e6b7d8f0a3c4.js" async=""></script>
<title>Self Storage Millbrook Quay | Units from £9.50 a week | Stowhaus</title>
<meta name="description" content="Clean, secure self storage at Stowhaus Millbrook Quay. Drive-up bays, 6am to 10pm access, half price for your first month.">
<link rel="canonical" href="https://www.stowhaus.example/stores/millbrook-quay"><meta property="og:title" content="Self Storage Millbrook Quay | Stowhaus">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SelfStorage","name":"Stowhaus Millbrook Quay","address":{"@type":"PostalAddress",
"streetAddress":"14 Tannery Street","addressLocality":"Millbrook","postalCode":"MB4 2TR"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7",
"reviewCount":"512"}}</script></head>
<body class="__variable_5c1a2b __variable_9e0d3f"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region"
aria-label="Cookie banner"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We use cookies to
make our site work and, with your consent, to measure how it is used and to personalise offers.</p></div><div id="onetrust-button-group"><button
id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Cookie
settings</button></div></div></div>
<header class="Header_header__aZ3kq"><div class="Header_inner__tW8mB"><a class="Header_logo__Qm2sD" href="/" aria-label="Stowhaus home"><svg width="132"
height="28"
aria-hidden="true"></svg></a><nav class="Header_nav__Fe5yR" aria-label="Main"><ul>${sNav
  .map((t) => `<li><a class="Header_link__Vb7nC" href="/${encodeURI(t)}">${t.replace(/&/g, '&amp;')}</a></li>`)
  .join('')}</ul></nav><a class="Header_phone__Jr4uL" href="tel:01632960552">01632 960 552</a></div></header>
<main class="page_main__Gx1pK"><nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__U2hTy"><ol><li><a href="/">Home</a></li><li><a
href="/stores">Stores</a></li>
<li><a href="/stores/north-vale">North Vale</a></li><li aria-current="page">Stowhaus Millbrook Quay</li></ol></nav>
<section class="StoreHero_hero__bN4xE"><div class="StoreHero_copy__sP0rW"><h1 class="StoreHero_title__Yq3Lm">${sTitle}</h1><div class="StoreHero_rating__eC6vK">
<span class="Stars_stars__Zz1qA" aria-hidden="true">★★★★★</span><span>4.7 from 512 Google reviews</span></div>
<address class="StoreHero_address__Wm9tH">14 Tannery Street, Millbrook, MB4 2TR</address><div class="Badge_badge__Hn5cD Badge_offer__rT2mQ">50% off your
first month
</div></div><div class="StoreHero_image__Kp8wE"><img alt="The Stowhaus Millbrook Quay store from Tannery Street" loading="eager" width="720" height="480"
decoding="async" src="/_next/image?url=%2Fstores%2Fmillbrook-quay.jpg&amp;w=1440&amp;q=75"></div></section>
<div class="StoreBody_layout__Lc4vB"><article class="StoreBody_article__Pe9nZ"><div class="Prose_prose__uQ8mH">${sIntro
  .map((p) => `<p>${p}</p>`)
  .join('')}</div>
<h2 class="Heading_h2__fB2kS">${sH[0]}</h2><ul class="UnitGrid_grid__t7RcJ">${sUnits.map(card).join('\n')}</ul>
<p class="UnitGrid_small__cW3dN">Prices shown include VAT. Offer ends 30 April 2026.</p>
<h2 class="Heading_h2__fB2kS">${sH[1]}</h2><ul class="Prose_list__Vn1dT">${lis(sFits)}</ul>
<h2 class="Heading_h2__fB2kS">${sH[2]}</h2><div class="Prose_prose__uQ8mH">${sAccess.map((p) => `<p>${p}</p>`).join('')}</div>
<table class="Hours_table__Ar5qS"><caption>Opening hours</caption><thead><tr><th>Day</th><th>Office</th><th>Access</th></tr></thead><tbody>
${sHours.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2 class="Heading_h2__fB2kS">${sH[3]}</h2><div class="Prose_prose__uQ8mH">${sKnow.map((p) => `<p>${p}</p>`).join('')}</div></article>
<aside class="StoreBody_aside__Ty6hF"><div class="BookingCard_card__Mu2pD"><h3 class="BookingCard_title__Xk9cE">Get a price in 30 seconds</h3><form
class="BookingCard_form__Ol3qR"><label for="move-in">Move-in date</label><input id="move-in" type="date"><button type="submit" class="Button_button__Rp1hx">See
prices</button></form></div><div class="MapEmbed_map__Bd7wS"><iframe title="Map of Stowhaus Millbrook Quay" src="https://maps.example/embed?q=MB4+2TR"
loading="lazy">
</iframe><a href="https://maps.example/dir/MB4+2TR">Get directions</a></div><div class="Nearby_nearby__Gh2jK"><h3>Nearby stores</h3><ul>${sNear
  .map((t) => `<li><a href="/stores/${t.split(' in ')[1]?.toLowerCase().replace(/ /g, '-') ?? ''}">${t}</a></li>`)
  .join('')}</ul></div></aside></div></main>
<footer class="Footer_footer__Ip4wU"><nav aria-label="Footer"><ul>${sFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></nav>
<p class="Footer_legal__Nv6hY">Stowhaus Storage Ltd is registered in England and Wales, company number 10457762.</p><p>© 2026 Stowhaus</p></footer>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/7b1e2f4c9a0d3e11.css\\",\\"style\\"]\\n2:I[\\"91c2\\",[],\\"StoreHero\\"]"])</script>
<script>self.__next_f.push([1,"3:[\\"$\\",\\"main\\",null,{\\"className\\":\\"page_main__Gx1pK\\",\\"store\\":\\"millbrook-quay\\"}]"])</script></body></html>`;
const storageNext: TestPage = {
  name: 'heldout445-nextjs-self-storage-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sUnits.flat(), ...sFits, ...sAccess, ...sHours.flat(), ...sKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy', 'We use cookies to make our site work and, with your consent, to measure how it is used and to personalise offers.', 'Accept all',
    'Reject all', 'Cookie settings', ...sNav, '01632 960 552', 'Home', 'Stores', 'North Vale', 'Stowhaus Millbrook Quay', '4.7 from 512 Google reviews',
    '14 Tannery Street, Millbrook, MB4 2TR', '50% off your first month', 'Was £19.00 a week', 'Reserve', 'Prices shown include VAT. Offer ends 30 April 2026.',
    'Opening hours', 'Get a price in 30 seconds', 'Move-in date', 'See prices', 'Get directions', 'Nearby stores', ...sNear, ...sFoot,
    'Stowhaus Storage Ltd is registered in England and Wales, company number 10457762.', '© 2026 Stowhaus',
  ],
};

export const HELDOUT445_B: readonly TestPage[] = [storageNext, guidePortal];
