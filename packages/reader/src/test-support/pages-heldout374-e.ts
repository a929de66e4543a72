import { links, ps, type TestPage, texts } from './page-kit.js';
import { type Hours, hoursText, lis, paras } from './pages-heldout374-kit.js';

/**
 * Held-out batch 374, file e: a restaurant chain's location page on Yext Pages (Hero, Core, Nap and c-hours components,
 * the "Today" hours status, a Teaser promo, a nearby-locations rail and Yext analytics attributes) and a hospital site page
 * on an NHS trust website built with nhsuk-frontend (header, breadcrumb, inset text, care card, "Page last reviewed" and
 * the footer).
 */
const rTitle = 'Pepperwell Kitchen Oakfield Square';
const rIntro = paras(`
Pepperwell Kitchen Oakfield Square opened in 2019 in the former corn exchange, and the long wooden tables under the glass roof have
been busy ever since. The menu is the same flame-grilled chicken and seasonal sides you will find at every Pepperwell, with a few
dishes that only this kitchen makes, such as the smoked corn fritters.

We take bookings for groups of six or more. Smaller tables are kept for walk-ins, and on most weekday lunchtimes you will be seated
within ten minutes.

The restaurant has a step-free entrance on the square and an accessible toilet on the ground floor. High chairs and a small
children’s menu are available, and dogs are welcome on the terrace.
`);
const rHours: Hours = [
  ['Monday', '11:30 AM - 10:00 PM'],
  ['Tuesday', '11:30 AM - 10:00 PM'],
  ['Wednesday', '11:30 AM - 10:00 PM'],
  ['Thursday', '11:30 AM - 10:30 PM'],
  ['Friday', '11:30 AM - 11:00 PM'],
  ['Saturday', '11:00 AM - 11:00 PM'],
  ['Sunday', '11:00 AM - 9:30 PM'],
];
const rFeatures = ['Dine-in', 'Takeaway', 'Delivery', 'Outdoor seating', 'Wheelchair accessible', 'Baby changing'];
const rAbout = paras(`
Our chefs marinate the chicken for twenty-four hours in the same peri-peri and lemon blend we have used since the first Pepperwell
opened. Everything else, from the slaw to the spiced rice, is made in the kitchen each morning.

Allergen information for every dish is available from your server and on our website. If you have a serious allergy, please tell
us when you order so that the kitchen can prepare your food separately.
`);
const rParking = paras(`
Oakfield Square is pedestrianised, so the closest parking is the Oakfield Centre car park on Dyer Street, which offers two hours
free with a validated receipt. The 5, 17 and 40 buses stop on Corn Street, a minute’s walk away.
`);
const rNav = ['Menu', 'Locations', 'Order Online', 'Gift Cards', 'Catering'];
const rNearby = ['Pepperwell Kitchen Riverside Walk', 'Pepperwell Kitchen Hatton Street', 'Pepperwell Kitchen Eastgate Retail Park'];
const rNearbyMeta = ['1.2 mi', '2.6 mi', '4.9 mi'];
const rFoot = ['Our Story', 'Careers', 'Nutrition & Allergens', 'Contact Us', 'Privacy Policy', 'Terms of Use'];
const rHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pepperwell Kitchen Oakfield Square | Flame-Grilled Chicken in Oakfield</title><meta name="description" content="Visit Pepperwell Kitchen at
Oakfield Square for flame-grilled chicken. Opening hours, directions and menu.">
<link rel="canonical" href="https://locations.pepperwell.example/oakfield/oakfield-square"><meta name="generator" content="Yext Pages">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Restaurant","@id":"https://locations.pepperwell.example/oakfield/oakfield-square",
"name":"Pepperwell Kitchen Oakfield Square","servesCuisine":"Chicken","telephone":"+44 20 7946 0312","openingHours":["Mo-We 11:30-22:00"]}</script>
<script>window.Yext = (function(Yext){Yext.BaseUrl = "../"; Yext.Analytics = {"pageSetId":"locationEntity",
"entityId":"1207"}; return Yext;})(window.Yext || {});</script>
<link rel="stylesheet" href="../assets/static/main-Bz7xQ1a2.css"></head>
<body class="Location-page"><div class="Main"><header class="Header"><div class="Header-container"><a class="Header-logo" href="https://www.pepperwell.example"
data-ya-track="logo">Pepperwell</a><nav class="Header-nav"><ul class="Header-menu">${links(rNav, 'Header-menuItem')}</ul></nav></div></header>
<nav class="Breadcrumbs" aria-label="Breadcrumb"><ol class="Breadcrumbs-list"><li class="Breadcrumbs-item"><a class="Breadcrumbs-link" href="../index.html"
data-ya-track="breadcrumbs">All Locations</a></li><li class="Breadcrumbs-item"><a class="Breadcrumbs-link" href="../oakfield.html">Oakfield</a></li>
<li class="Breadcrumbs-item"><span class="Breadcrumbs-current">Oakfield Square</span></li></ol></nav>
<main class="Main-content" id="main"><div class="Hero"><div class="Hero-container"><h1 class="Hero-title"><span class="Hero-brand">Pepperwell Kitchen</span>
<span class="Hero-geomodifier">Oakfield Square</span></h1>
<div class="Hero-hoursToday"><span class="c-hours-today js-hours-today"><span class="c-hours-today-details-row is-today"><span class="HoursToday-status">Open
Now</span> <span class="HoursToday-closesAt">Closes at 10:00 PM</span></span></span></div>
<div class="Hero-ctas"><a class="Button Button--primary" href="https://order.pepperwell.example/1207" data-ya-track="order">Order Now</a>
<a class="Button Button--secondary" href="https://maps.example/?q=Oakfield+Square" data-ya-track="directions">Get Directions</a></div></div></div>
<div class="Core"><div class="Core-container"><div class="Core-nap"><div class="Core-address"><address class="c-address" itemprop="address">
<div class="c-AddressRow"><span class="c-address-street-1">14 Oakfield Square</span></div><div class="c-AddressRow"><span class="c-address-city">Oakfield</span>
<span class="c-address-postal-code">OK1 3SQ</span></div></address></div>
<div class="Core-phone"><span class="c-phone-number-span c-phone-main-number-span">020 7946 0312</span></div></div>
<div class="Core-hours"><h2 class="Core-title">Hours</h2><div class="c-hours"><table class="c-hours-details"><tbody>
${rHours
  .map(
    ([d, t]) => `<tr class="c-hours-details-row"><td class="c-hours-details-row-day">${d}</td> <td class="c-hours-details-row-intervals">${t}</td>
</tr>`,
  )
  .join('\n')}
</tbody></table></div></div>
<div class="Core-services"><h2 class="Core-title">Services</h2><ul class="Core-servicesList">${lis(rFeatures, 'Core-servicesItem')}</ul></div></div></div>
<div class="About"><div class="About-container"><h2 class="About-title">About Pepperwell Kitchen Oakfield Square</h2>
<div class="About-description">${ps(rIntro)}</div>
</div></div>
<div class="Teaser"><div class="Teaser-container"><span class="Teaser-eyebrow">New on the menu</span><h3 class="Teaser-title">The Firecracker Wrap</h3>
<p class="Teaser-description">Three heat levels, one very good lunch.</p><a class="Teaser-cta" href="/menu/wraps" data-ya-track="teaser">See the menu</a>
</div></div>
<div class="Content"><h2 class="Content-title">From Our Kitchen</h2>${ps(rAbout)}<h2 class="Content-title">Parking &amp; Transit</h2>${ps(rParking)}</div>
<div class="Nearby"><h2 class="Nearby-title">Nearby Locations</h2><ul class="Nearby-list">${rNearby
  .map(
    (t, i) =>
      `<li class="Nearby-item"><a class="Nearby-link" href="../${i}.html" data-ya-track="nearby#${i}">${t}</a> <span class="Nearby-distance">${
        rNearbyMeta[i] ?? ''
      }</span></li>`,
  )
  .join('\n')}</ul></div></main>
<footer class="Footer"><ul class="Footer-links">${links(rFoot, 'Footer-link')}</ul><div class="Footer-copyright">© 2026 Pepperwell Restaurants Ltd.</div>
</footer>
</div><div class="cookie-consent" id="yext-consent"><p>We use cookies to improve your experience and for marketing.</p><button>Got it</button></div>
<script src="../assets/static/main-Cq2r8Lk1.js" type="module"></script></body></html>`;
const restaurant: TestPage = {
  name: 'heldout374-yext-restaurant-location',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Hours', 'Services', 'About Pepperwell Kitchen Oakfield Square', 'From Our Kitchen', 'Parking & Transit'],
  body: ['14 Oakfield Square', 'Oakfield OK1 3SQ', '020 7946 0312', ...texts([...hoursText(rHours), ...rFeatures, ...rIntro, ...rAbout, ...rParking])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, 'All Locations', 'Open Now', 'Closes at 10:00 PM', 'Order Now', 'Get Directions', 'New on the menu', 'The Firecracker Wrap',
    'Three heat levels, one very good lunch.', 'See the menu', 'Nearby Locations', ...rNearby, ...rNearbyMeta, ...rFoot, '© 2026 Pepperwell Restaurants Ltd.',
    'We use cookies to improve your experience and for marketing.', 'Got it',
  ],
};

const nTitle = 'St Aldric’s Community Hospital';
const nIntro = paras(`
St Aldric’s Community Hospital in Penwith Vale has 32 inpatient beds, a minor injuries unit and a range of outpatient clinics. Most
people who stay with us are recovering after treatment at Kestle General Hospital and need a little more time, therapy or
support before they go home.
`);
const nMiu = paras(`
The minor injuries unit is open from 8am to 8pm every day, including bank holidays. It is run by emergency nurse practitioners and
can treat injuries such as sprains, suspected broken bones, cuts and minor burns. You do not need an appointment.

The unit cannot treat chest pain, breathing difficulties, severe bleeding or serious head injuries. For those, call 999 or go to
the emergency department at Kestle General Hospital.
`);
const nClinics = [
  'Physiotherapy and occupational therapy',
  'Diabetes and podiatry clinics',
  'X-ray, Monday to Friday, 9am to 5pm',
  'Blood tests by appointment',
  'Memory assessment clinic',
];
const nVisiting = paras(`
Visiting on the wards is open from 11am to 8pm. We ask that no more than two people visit a patient at one time, and that children
under twelve are accompanied by an adult. Protected mealtimes run from 12pm to 1pm and 5pm to 6pm.

If you have a cold, diarrhoea or vomiting, please do not visit until you have been free of symptoms for 48 hours.

Relatives of patients receiving end of life care can visit at any time, and a family room with a kettle and a sofa bed is
available on Trevose ward. Please speak to the nurse in charge, who can also arrange a parking permit for longer stays.
`);
const nParking = paras(`
Parking at St Aldric’s is free. There are 140 spaces, including 14 for blue badge holders near the main entrance. The 62 bus from
Penwith Vale station stops at the hospital entrance every half hour.
`);
const nNav = ['Our hospitals', 'Services', 'Patients and visitors', 'Work for us', 'About us'];
const nCrumbs = ['Home', 'Our hospitals'];
const nRelated = ['Kestle General Hospital', 'Outpatient appointments', 'Patient transport'];
const nFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Freedom of information', 'Privacy notice'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>St Aldric’s Community Hospital - Penwith and Kestle NHS Trust</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Services, visiting times and parking at St Aldric's
Community Hospital."><link href="/static/css/nhsuk-9.3.0.min.css" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Hospital","name":"St Aldric's Community Hospital","address":{"streetAddress":
"Carn Road","addressLocality":"Penwith Vale","postalCode":"PV3 8AH"}}</script><script src="/static/js/nhsuk-9.3.0.min.js" defer></script></head>
<body class="js-enabled"><a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<div class="nhsuk-cookie-banner" id="cookiebanner"><div class="nhsuk-width-container"><h2>Cookies on our website</h2><p>We've put some small files
called cookies on your device to make our site work.</p><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">I'm OK with
analytics cookies</button><button class="nhsuk-button nhsuk-button--secondary" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button>
</div></div>
<header class="nhsuk-header nhsuk-header--organisation" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo">
<a class="nhsuk-header__link" href="/" aria-label="Penwith and Kestle NHS Trust homepage"><span class="nhsuk-organisation-name">Penwith and Kestle</span>
<span class="nhsuk-organisation-descriptor">NHS Trust</span></a></div><div class="nhsuk-header__search"><form class="nhsuk-header__search-form"
role="search"><input class="nhsuk-search__input" type="search" placeholder="Search"></form></div></div>
<nav class="nhsuk-navigation" id="header-navigation" role="navigation" aria-label="Primary navigation"><ul class="nhsuk-header__navigation-list">
${links(nNav, 'nhsuk-header__navigation-item')}</ul></nav></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container">
<ol class="nhsuk-breadcrumb__list">${links(nCrumbs, 'nhsuk-breadcrumb__item')}
</ol><p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/our-hospitals">Back to Our hospitals</a></p></div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds"><h1>${nTitle}</h1>
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>Carn Road, Penwith Vale, PV3 8AH. Switchboard: 01736 550 200.</p>
</div>
${ps(nIntro)}<h2>Minor injuries unit</h2>${ps(nMiu)}
<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent"><div class="nhsuk-card--care__heading-container"><h3 class="nhsuk-card--care__heading">
<span role="text"><span class="nhsuk-u-visually-hidden">Urgent advice: </span>Not sure where to go?</span></h3><span class="nhsuk-card--care__arrow"
aria-hidden="true"></span></div><div class="nhsuk-card__content"><p>Call 111 or visit 111.nhs.uk, and they will tell you the right place to get help.</p>
</div></div>
<h2>Outpatient clinics</h2><ul>${lis(nClinics)}</ul><h2>Visiting times</h2>${ps(nVisiting)}<h2>Parking and getting here</h2>${ps(nParking)}
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 12 January 2026<br>Next review due: 12 January 2027</p></div></div>
<div class="nhsuk-grid-column-one-third"><aside class="nhsuk-related-nav"><h2 class="nhsuk-related-nav__heading">Related information</h2>
<ul class="nhsuk-related-nav__list">${links(nRelated, 'nhsuk-related-nav__item')}</ul></aside></div></div></main></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container">
<ul class="nhsuk-footer__list">${links(nFoot, 'nhsuk-footer__list-item')}
</ul><p class="nhsuk-footer__copyright">© Penwith and Kestle NHS Trust</p></div></div></footer></body></html>`;
const hospital: TestPage = {
  name: 'heldout374-nhsuk-hospital-site',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Minor injuries unit', 'Outpatient clinics', 'Visiting times', 'Parking and getting here'],
  body: texts(['Carn Road, Penwith Vale, PV3 8AH. Switchboard: 01736 550 200.', ...nIntro, ...nMiu, ...nClinics, ...nVisiting, ...nParking]),
  bylines: ['Page last reviewed: 12 January 2026', 'Next review due: 12 January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on our website', 'We\'ve put some small files called cookies on your device to make our site work.',
    'I\'m OK with analytics cookies', 'Do not use analytics cookies', 'Penwith and Kestle', 'NHS Trust', ...nNav, 'Home', 'Back to Our hospitals',
    'Urgent advice:', 'Not sure where to go?', 'Call 111 or visit 111.nhs.uk, and they will tell you the right place to get help.', 'Related information',
    ...nRelated.filter((t) => t !== 'Kestle General Hospital'), ...nFoot, '© Penwith and Kestle NHS Trust',
  ],
};

export const HELDOUT374_E: readonly TestPage[] = [restaurant, hospital];
