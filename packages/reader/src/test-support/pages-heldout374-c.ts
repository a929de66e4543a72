import { links, ps, type TestPage, texts } from './page-kit.js';
import { type Hours, hoursText, lis, paras } from './pages-heldout374-kit.js';

/**
 * Held-out batch 374, file c: a car dealer's location page on a Dealer.com-style platform (ddc-wrapper, page sections,
 * department hours tabs, inventory promo, disclaimer, chat widget) and a gym location page built in Webflow (w-nav,
 * w-container, collection list of classes, membership CTA, data-wf-page attributes).
 */
const dTitle = 'Visit Crestline Motors of Harlow Springs';
const dIntro = paras(`
Crestline Motors has been selling and servicing cars on Route 9 in Harlow Springs since 1987. Our showroom carries the full new
range, and our used lot usually has more than two hundred certified and budget vehicles, all of them inspected in our own
workshop before they go on sale.

The dealership is a family business. Founder Walt Dresner still stops by most Saturdays, and his daughter Carla now runs the
service department, which has twelve bays and a dedicated electric vehicle technician.
`);
const dSales: Hours = [
  ['Monday - Friday', '9:00 AM - 8:00 PM'],
  ['Saturday', '9:00 AM - 6:00 PM'],
  ['Sunday', 'Closed'],
];
const dService: Hours = [
  ['Mon - Fri', '7:00 AM - 6:00 PM'],
  ['Sat', '8:00 AM - 2:00 PM'],
];
const dDirections = paras(`
From the interstate, take exit 14 toward Harlow Springs and follow Route 9 south for two miles. We are on the right, just past the
Cedar Ridge shopping center. Customer parking is at the front of the building; service drop-off is around the left side under
the blue canopy.

Early-bird drop-off is available from 6:00 AM through the key box by the service entrance. We run a free shuttle within ten miles
of the dealership while your car is with us.

If you are collecting a new vehicle, plan on about an hour. One of our delivery specialists will pair your phone, walk you through
the safety features and answer any questions about the first service. Buyers from out of state can also arrange a pickup from
Harlow Springs regional airport, which we offer at no charge.
`);
const dWhy = [
  'Every used vehicle comes with a 150-point inspection report',
  'Free car washes with every service visit',
  'Loaner vehicles available by appointment',
  'On-site finance team who work with local credit unions',
];
const dNav = ['New Inventory', 'Used Inventory', 'Specials', 'Service & Parts', 'Financing', 'About Us'];
const dFoot = ['Contact Us', 'Hours & Directions', 'Careers', 'Privacy Policy', 'Sitemap'];
const dHtml = `<!DOCTYPE html><html lang="en_US" class="ddc-site"><head><meta charset="UTF-8"><title>Hours & Directions | Crestline Motors | Harlow
Springs</title><meta name="description" content="Get hours and directions to Crestline Motors on Route 9 in Harlow Springs.">
<link rel="stylesheet" href="https://static.dealer.example/v9/combo/app.css"><script>window.DDC = window.DDC || {}; DDC.dataLayer = {"site":{"siteId":
"crestlinemotors","pageName":"HOURS_DIRECTIONS"},"dealership":{"dealerCode":["crestline"],"address1":"2250 Route 9"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"AutoDealer","name":"Crestline Motors","telephone":"(555) 410-2200",
"address":{"streetAddress":"2250 Route 9","addressLocality":"Harlow Springs","addressRegion":"PA"}}</script></head>
<body class="ddc-page page-hours-directions"><div id="ddc-wrapper" class="ddc-wrapper"><div class="ddc-header"><div class="page-section bg-primary">
<div class="ddc-content header-contact"><span class="ddc-font-size-small">Sales: (555) 410-2200</span> <span class="ddc-font-size-small">Service: (555)
410-2288</span></div><div class="ddc-content navigation"><nav class="ddc-nav"><ul class="ddc-nav-list">${links(dNav, 'ddc-nav-item')}</ul></nav></div>
</div></div>
<div class="ddc-content content-page" id="page-body"><div class="page-section"><div class="ddc-content ddc-breadcrumbs"><ol class="breadcrumb">
<li><a href="/">Home</a></li><li class="active">Hours & Directions</li></ol></div>
<div class="ddc-content content-default"><h1 class="ddc-heading-4">${dTitle}</h1>
<address class="vcard"><span class="street-address">2250 Route 9</span>, <span class="locality">Harlow Springs</span>, <span class="region">PA</span>
<span class="postal-code">17040</span></address>
${ps(dIntro)}</div></div>
<div class="page-section"><div class="ddc-content hours-default"><h2 class="ddc-heading-3">Dealership Hours</h2><div class="ddc-tabs" role="tablist">
<button role="tab" aria-selected="true" class="ddc-tab">Sales</button><button role="tab" class="ddc-tab">Service</button></div>
<table class="ddc-hours table"><tbody>${dSales.map(([d, t]) => `<tr><th class="day">${d}</th> <td class="hours">${t}</td></tr>`).join('\n')}</tbody></table>
<table class="ddc-hours table hidden"><tbody>${dService.map(([d, t]) => `<tr><th class="day">${d}</th> <td class="hours">${t}</td></tr>`).join('\n')}
</tbody></table></div></div>
<div class="page-section"><div class="ddc-content content-default"><h2 class="ddc-heading-3">Directions and Drop-Off</h2>${ps(dDirections)}
<h2 class="ddc-heading-3">Why Drive to Crestline</h2><ul class="list-unstyled">${lis(dWhy)}</ul></div></div>
<div class="page-section"><div class="ddc-content inventory-promo"><div class="promo-card"><span class="promo-label">Limited Time</span>
<h3>0.9% APR on select certified models</h3><a class="btn btn-primary" href="/used-inventory/certified.htm">Shop Certified</a>
<p class="ddc-font-size-xsmall disclaimer">With approved credit. See dealer for details. Offer ends March 31, 2026.</p></div></div>
<div class="ddc-content contact-form"><h3>Have a question?</h3><a class="btn btn-default" href="/contact.htm">Send Us a Message</a></div></div></div>
<div class="ddc-footer"><div class="page-section"><ul class="ddc-footer-links">${links(dFoot)}</ul>
<p class="copyright">© 2026 Crestline Motors. All rights reserved. Website by Dealer.com</p></div></div></div>
<div id="chat-widget" class="ddc-chat"><button class="chat-launcher">Chat with us</button><div class="chat-teaser">Hi! Questions about a vehicle? We
reply in minutes.</div></div>
<script src="https://static.dealer.example/v9/combo/app.js"></script></body></html>`;
const dealer: TestPage = {
  name: 'heldout374-dealercom-car-dealer-location',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Dealership Hours', 'Directions and Drop-Off', 'Why Drive to Crestline'],
  body: ['2250 Route 9, Harlow Springs, PA 17040', ...texts([...dIntro, ...hoursText(dSales), ...hoursText(dService), ...dDirections, ...dWhy])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sales: (555) 410-2200', 'Service: (555) 410-2288', ...dNav, 'Home', 'Hours & Directions', 'Limited Time', '0.9% APR on select certified models',
    'Shop Certified', 'With approved credit. See dealer for details. Offer ends March 31, 2026.', 'Have a question?', 'Send Us a Message',
    ...dFoot.filter((f) => f !== 'Hours & Directions'), '© 2026 Crestline Motors. All rights reserved. Website by Dealer.com', 'Chat with us',
    'Hi! Questions about a vehicle? We reply in minutes.',
  ],
};

const gTitle = 'Forge Athletic — Canal Wharf';
const gIntro = paras(`
Our Canal Wharf club takes up the whole ground floor of the old grain warehouse on Tanner’s Quay. It is the largest Forge
Athletic site so far, with a strength floor of forty racks, a conditioning zone with sleds and rowers, two studios and a
recovery suite with a sauna and cold plunge.

The club is staffed from 6am to 10pm on weekdays and from 8am to 6pm at weekends. Members can use the gym at any time with the
app, and a security team covers the building overnight.
`);
const gHours: Hours = [
  ['Weekdays', '6am – 10pm staffed'],
  ['Weekends', '8am – 6pm staffed'],
  ['Member access', '24 hours'],
];
const gFacilities = [
  'Forty squat racks and eight lifting platforms',
  'Conditioning zone with a 30-metre sled track',
  'Spin studio with fifty bikes',
  'Mind and body studio for yoga and Pilates',
  'Sauna, steam room and two cold plunge pools',
  'Secure bike storage for up to sixty bikes',
];
const gClasses = paras(`
More than ninety classes run here each week, from the 6:15am spin class to late-evening mobility sessions. Our most popular class,
Forge Strength, teaches barbell lifts in small groups of up to twelve, so coaches can correct your form.

New members get two free sessions with a coach in their first month. Use them to build a plan, learn the equipment or simply find
your way around the floor.

Personal trainers at Canal Wharf are self-employed coaches who rent space from the club. Each has a profile on the board by the
front desk listing their specialisms, from marathon preparation to training through pregnancy, and most offer a free first chat.
`);
const gParking = paras(`
There is no parking at the club itself. The Tanner’s Quay multi-storey is a three-minute walk and offers members a discounted day
rate of four pounds. The nearest tram stop is Wharf Street on the green line.
`);
const gNav = ['Locations', 'Timetable', 'Memberships', 'Personal Training', 'Free Pass'];
const gClassCards = ['Forge Strength', 'Sunrise Ride', 'Hot Flow Yoga', 'Engine Room HIIT'];
const gFoot = ['Careers', 'Corporate memberships', 'Membership terms', 'Privacy', 'Gym rules'];
const gHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 03 2026 09:41:12 GMT+0000 -->
<html data-wf-domain="www.forgeathletic.example" data-wf-page="65f1c2a9e3b0d41a7c2e9f10" data-wf-site="65a0b1c2d3e4f5a6b7c8d9e0" lang="en"><head>
<meta charset="utf-8"><title>Canal Wharf Gym | Forge Athletic</title>
<meta content="A 24-hour strength and conditioning gym on Tanner's Quay." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><link href="https://cdn.prod.website-files.example/65a0b1c2/css/forge.webflow.shared.css"
rel="stylesheet" type="text/css">
<script type="text/javascript">
!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ExerciseGym","name":"Forge Athletic Canal Wharf","address":{"streetAddress":
"Grain Warehouse, Tanner's Quay","addressLocality":"Leddington"}}</script></head>
<body class="body-location"><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img src="/images/forge-logo.svg" alt=""></a>
<nav role="navigation" class="nav-menu w-nav-menu">${gNav
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`)
  .join('\n')}
</nav><a href="/join" class="button-join w-button">Join now</a><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-hero-location"><div class="container-large w-container"><div class="location-eyebrow">Leddington</div>
<h1 class="heading-location">${gTitle}</h1><p class="location-address">Grain Warehouse, Tanner’s Quay, Leddington LD2 8TQ</p>
<div class="hero-buttons"><a href="/free-pass" class="button-primary w-button">Claim a free day pass</a><a href="#timetable"
class="button-secondary w-button">See the timetable</a></div></div></div>
<div class="section-content"><div class="container-large w-container"><div class="w-layout-grid grid-location">
<div class="rich-text-location w-richtext">${ps(gIntro)}<h2>Opening hours</h2><ul role="list">${lis(hoursText(gHours))}</ul>
<h2>What’s inside</h2><ul role="list">${lis(gFacilities)}</ul><h2>Classes and coaching</h2>${ps(gClasses)}<h2>Parking and transport</h2>${ps(gParking)}</div>
<div class="sidebar-pricing"><div class="price-card"><div class="price-label">Canal Wharf membership</div><div class="price-amount">£44/month</div>
<div class="price-note">No joining fee until 31 March</div><a href="/join?club=canal-wharf" class="button-primary w-button">Join this club</a></div></div></div>
<div id="timetable" class="section-classes"><h2 class="heading-section">Popular classes at Canal Wharf</h2><div class="w-dyn-list"><div role="list"
class="collection-list w-dyn-items">${gClassCards
  .map(
    (c) => `<div role="listitem" class="class-card w-dyn-item"><div class="class-name">${c}</div>
</div>`,
  )
  .join('\n')}
</div></div></div></div></div>
<footer class="footer"><div class="w-container"><div class="footer-links">${gFoot.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('\n')}</div>
<div class="footer-copyright">© 2026 Forge Athletic Clubs Ltd</div></div></footer>
<div class="cookie-popup"><div class="cookie-text">This site uses cookies for analytics and ads.</div><a href="#" class="cookie-accept w-button">OK</a>
<a href="/privacy" class="cookie-more">Learn more</a></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65a0b1c2/js/webflow.js" type="text/javascript"></script></body></html>`;
const gym: TestPage = {
  name: 'heldout374-webflow-gym-location',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Opening hours', 'What’s inside', 'Classes and coaching', 'Parking and transport'],
  body: ['Grain Warehouse, Tanner’s Quay, Leddington LD2 8TQ', ...texts([...gIntro, ...hoursText(gHours), ...gFacilities, ...gClasses, ...gParking])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Join now', 'Claim a free day pass', 'See the timetable', 'Canal Wharf membership', '£44/month', 'No joining fee until 31 March',
    'Join this club', 'Popular classes at Canal Wharf', 'Sunrise Ride', 'Hot Flow Yoga', 'Engine Room HIIT', ...gFoot, '© 2026 Forge Athletic Clubs Ltd',
    'This site uses cookies for analytics and ads.', 'Learn more',
  ],
};

export const HELDOUT374_C: readonly TestPage[] = [dealer, gym];
