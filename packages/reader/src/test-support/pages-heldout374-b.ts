import { links, ps, type TestPage, texts } from './page-kit.js';
import { type Hours, hoursText, lis, paras } from './pages-heldout374-kit.js';

/**
 * Held-out batch 374, file b: a pharmacy branch page rendered by Nuxt (the __nuxt root, data-v- scoped attributes,
 * Storyblok rich text, a services grid, an NHS services note and the window.__NUXT__ payload) and a public library branch
 * page built with Elementor on WordPress (elementor-section / widget wrappers, an icon list, a "What's on" events rail
 * with dates, a newsletter form and a Complianz cookie banner).
 */
const pTitle = 'Hollins Chemists, Abbey Parade';
const pIntro = paras(`
Hollins Chemists on Abbey Parade is a community pharmacy in the heart of Wexcombe village. Our pharmacists, Tomasz and Ruth, have
looked after local families for more than fifteen years, and the whole team knows most of our regulars by name.

We dispense NHS and private prescriptions, and if you nominate us as your pharmacy your GP can send your prescriptions to us
electronically. Most items are ready within two hours; if something is out of stock we will tell you when it is expected and
offer to deliver it once it arrives.
`);
const pHours: Hours = [
  ['Monday to Friday', '8:30am – 6:30pm'],
  ['Saturday', '9:00am – 5:00pm'],
  ['Sunday', 'Closed'],
];
const pLunch = paras(`
The pharmacist takes a lunch break between 1pm and 1:20pm. The shop stays open, but we cannot hand out prescriptions during
those twenty minutes.
`);
const pServices = [
  'NHS Pharmacy First consultations for seven common conditions, including earache and urinary tract infections',
  'Blood pressure checks for adults aged 40 and over',
  'Flu and COVID-19 vaccinations in season, with or without an appointment',
  'New Medicine Service support when you start a medicine for a long-term condition',
  'Emergency contraception, free of charge and in a private room',
  'Travel health advice and malaria prevention',
];
const pDelivery = paras(`
If you cannot get to us, we deliver prescriptions free of charge to addresses in Wexcombe, Lower Ashby and Fenny Cross on
Tuesday and Friday afternoons. Someone will need to sign for controlled drugs.

Our consultation room is on the ground floor and is big enough for a wheelchair and a companion. Ask at the counter if you would
like to speak to the pharmacist somewhere private; you do not need to say why.
`);
const pAfter = paras(`
When we are closed, call NHS 111 or use the online service for urgent advice. In an emergency, call 999.
`);
const pNav = ['Prescriptions', 'Health services', 'Find a pharmacy', 'Shop', 'Health advice'];
const pOther = ['Hollins Chemists, Market Street, Lower Ashby', 'Hollins Chemists, Station Road, Fenny Cross'];
const pFoot = ['About Hollins', 'Jobs', 'Complaints', 'Accessibility statement', 'Privacy policy', 'Cookies'];
const pHtml = `<!DOCTYPE html><html lang="en-GB" data-n-head="%7B%22lang%22:%7B%221%22:%22en-GB%22%7D%7D"><head>
<title>Hollins Chemists, Abbey Parade, Wexcombe | Hollins Chemists</title><meta data-n-head="ssr" charset="utf-8">
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="Opening times and services at Hollins Chemists, Abbey Parade, Wexcombe.">
<link data-n-head="ssr" rel="canonical" href="https://www.hollinschemists.example/pharmacies/wexcombe-abbey-parade">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"Pharmacy","name":"Hollins Chemists Abbey Parade",
"telephone":"01452 730 019","address":{"streetAddress":"7 Abbey Parade","addressLocality":"Wexcombe","postalCode":"GL9 3AP"}}</script>
<link rel="preload" href="/_nuxt/app.4c1e2b9.js" as="script"><link rel="stylesheet" href="/_nuxt/css/7d2e1f0.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-6b1d0c2e class="layout">
<header data-v-1f8a2c4d data-v-6b1d0c2e class="site-header"><a data-v-1f8a2c4d href="/" class="site-header__logo">Hollins Chemists</a>
<nav data-v-1f8a2c4d class="site-header__nav"><ul data-v-1f8a2c4d>${links(pNav, 'site-header__item')}</ul></nav>
<a data-v-1f8a2c4d href="/account" class="site-header__account">My account</a></header>
<main data-v-6b1d0c2e class="page page--pharmacy"><nav data-v-3e7c1b90 class="breadcrumbs" aria-label="Breadcrumb"><ol data-v-3e7c1b90>
<li data-v-3e7c1b90><a data-v-3e7c1b90 href="/">Home</a></li><li data-v-3e7c1b90><a data-v-3e7c1b90 href="/pharmacies">Find a branch</a></li>
<li data-v-3e7c1b90 aria-current="page">Wexcombe</li></ol></nav>
<div data-v-9a44e1f2 class="pharmacy-hero"><h1 data-v-9a44e1f2 class="pharmacy-hero__title">${pTitle}</h1>
<p data-v-9a44e1f2 class="pharmacy-hero__address">7 Abbey Parade, Wexcombe, GL9 3AP</p><p data-v-9a44e1f2 class="pharmacy-hero__phone">01452 730 019</p>
<div data-v-9a44e1f2 class="pharmacy-hero__actions"><a data-v-9a44e1f2 class="btn btn--primary" href="/prescriptions/nominate?branch=FQ412">Nominate this
pharmacy</a><a data-v-9a44e1f2 class="btn btn--outline" href="tel:01452730019">Call the pharmacy</a></div>
<span data-v-9a44e1f2 class="pharmacy-hero__status is-open">Open today until 6:30pm</span></div>
<div data-v-2c0b7e11 class="sb-richtext">${ps(pIntro)}</div>
<section data-v-5d9f3a08 class="opening-times"><h2 data-v-5d9f3a08>Opening hours</h2><dl data-v-5d9f3a08 class="opening-times__list">
${pHours.map(([d, t]) => `<div data-v-5d9f3a08 class="opening-times__row"><dt data-v-5d9f3a08>${d}</dt> <dd data-v-5d9f3a08>${t}</dd></div>`).join('\n')}
</dl><div data-v-2c0b7e11 class="sb-richtext">${ps(pLunch)}</div></section>
<section data-v-7e1d2f33 class="service-grid"><h2 data-v-7e1d2f33>Services at this pharmacy</h2>
<ul data-v-7e1d2f33 class="service-grid__list">${lis(pServices, 'service-grid__card')}</ul>
<a data-v-7e1d2f33 class="service-grid__more" href="/health-services">See all health services</a></section>
<div data-v-4a6b8c01 class="promo-banner"><p data-v-4a6b8c01 class="promo-banner__eyebrow">Winter vaccinations</p><p data-v-4a6b8c01>Book your flu
jab online in under two minutes.</p><a data-v-4a6b8c01 href="/vaccinations/flu">Book now</a></div>
<section data-v-2c0b7e11 class="sb-richtext"><h2>Delivery and accessibility</h2>${ps(pDelivery)}</section>
<section data-v-2c0b7e11 class="sb-richtext"><h2>When we are closed</h2>${ps(pAfter)}</section>
<aside data-v-8b3d1c70 class="nearby"><h2 data-v-8b3d1c70 class="nearby__title">Other Hollins pharmacies near you</h2>
<ul data-v-8b3d1c70>${links(pOther, 'nearby__item')}</ul></aside></main>
<footer data-v-0c6d2e9a data-v-6b1d0c2e class="site-footer"><ul data-v-0c6d2e9a>${links(pFoot, 'site-footer__item')}</ul>
<p data-v-0c6d2e9a class="site-footer__reg">Hollins Chemists Ltd is registered with the General Pharmaceutical Council, premises no. 1129044.</p>
<p data-v-0c6d2e9a class="site-footer__copy">© 2026 Hollins Chemists Ltd</p></footer>
<div data-v-e1f0a3b7 class="cookie-bar"><p data-v-e1f0a3b7>We would like to set analytics cookies to help us improve this website.</p>
<button data-v-e1f0a3b7>Accept analytics cookies</button><button data-v-e1f0a3b7>Reject analytics cookies</button></div></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{story:{name:"Abbey Parade",slug:"wexcombe-abbey-parade",branch:a}}],
fetch:{},error:b,state:{basket:{items:[]}},serverRendered:true,routePath:"/pharmacies/wexcombe-abbey-parade"}}("FQ412",null));</script>
<script src="/_nuxt/app.4c1e2b9.js" defer></script></body></html>`;
const pharmacy: TestPage = {
  name: 'heldout374-nuxt-pharmacy-branch',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Opening hours', 'Services at this pharmacy', 'Delivery and accessibility', 'When we are closed'],
  body: ['7 Abbey Parade, Wexcombe, GL9 3AP', '01452 730 019', ...texts([...pIntro, ...hoursText(pHours), ...pLunch, ...pServices, ...pDelivery, ...pAfter])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pNav, 'My account', 'Home', 'Find a branch', 'Nominate this pharmacy', 'Call the pharmacy', 'Open today until 6:30pm',
    'See all health services', 'Winter vaccinations', 'Book your flu jab online in under two minutes.', 'Book now', 'Other Hollins pharmacies near you',
    ...pOther, ...pFoot, 'Hollins Chemists Ltd is registered with the General Pharmaceutical Council, premises no. 1129044.', '© 2026 Hollins Chemists Ltd',
    'We would like to set analytics cookies to help us improve this website.', 'Accept analytics cookies', 'Reject analytics cookies',
  ],
};

const lTitle = 'Marlow Heath Library';
const lIntro = paras(`
Marlow Heath Library reopened in January after a year-long refurbishment funded by the town council and the Friends of Marlow Heath
Library. The building now has a larger children’s library on the ground floor, a study room with twenty bookable desks and a
small makerspace with two 3D printers and a sewing machine.

Anyone who lives, works or studies in the county can join for free. Bring something with your name and address on it, and you
can start borrowing straight away.
`);
const lHours: Hours = [
  ['Monday', '10am – 6pm'],
  ['Tuesday', '10am – 7pm'],
  ['Wednesday', 'Closed'],
  ['Thursday', '10am – 7pm'],
  ['Friday', '10am – 5pm'],
  ['Saturday', '9:30am – 4pm'],
];
const lOpenPlus = paras(`
Members aged 16 and over can also use the library with their card and PIN between 8am and 8pm every day, including Wednesdays and
Sundays, when no staff are on site. Ask at the desk for a short induction before your first visit.
`);
const lFacilities = [
  'Twelve public computers with free printing of up to ten pages a day',
  'Free wifi throughout the building',
  'Study room with bookable desks and power sockets',
  'Makerspace, open on Thursdays and Saturdays',
  'Local history collection and microfilm reader',
  'Accessible toilet and baby changing on the ground floor',
];
const lGroups = paras(`
Rhymetime for babies and toddlers runs every Monday and Friday at 10:30am and does not need booking. The Thursday evening
reading group meets on the first Thursday of the month; this term it is reading novels set on islands.

Volunteers from the Digital Buddies scheme are on hand on Tuesday afternoons to help with phones, tablets and online forms.
Sessions are one to one and last up to forty-five minutes.
`);
const lQuote = 'We wanted the library to feel like the town’s front room again, somewhere anybody can come in and stay a while.';
const lQuoteBy = 'Hannah Stott, branch manager';
const lTravel = paras(`
The library is on Mill Lane, next to the health centre. There is no car park, but the Mill Lane pay and display car park is a
short walk away and the 8 and 8A buses stop outside. There are cycle racks by the main door.
`);
const lNav = ['Libraries', 'Borrow', 'eLibrary', 'Events', 'Join', 'Contact'];
const lEvents = ['Family Lego club', 'Local history talk: the mills of the Heath', 'Job club drop-in'];
const lEventDates = ['Sat 14 March', 'Wed 18 March', 'Tue 24 March'];
const lFoot = ['Accessibility', 'Privacy', 'Terms of use', 'Site map'];
const lHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marlow Heath Library – Wendshire Libraries</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="elementor-frontend-css"
href="https://libraries.wendshire.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6"
media="all"><link rel="stylesheet" id="elementor-post-412-css" href="https://libraries.wendshire.example/wp-content/uploads/elementor/css/post-412.css"
media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Marlow Heath Library",
"datePublished":"2025-12-18T10:04:11+00:00","dateModified":"2026-02-27T09:12:40+00:00"},{"@type":"Library","name":"Marlow Heath Library"}]}</script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1","version":"7.2.0"};</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3b1a2c4 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo"
data-widget_type="theme-site-logo.default"><a href="https://libraries.wendshire.example/"><img src="/wp-content/uploads/2025/01/wl-logo.svg"
alt="Wendshire Libraries"></a></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default"><nav class="elementor-nav-menu--main
elementor-nav-menu__container"><ul id="menu-1-5e1a3f2" class="elementor-nav-menu">${links(lNav, 'menu-item menu-item-type-post_type')}</ul></nav></div>
</div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-element-9c0d7e1 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-66 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-breadcrumbs" data-widget_type="breadcrumbs.default"><p id="breadcrumbs"><span><span>
<a href="/">Home</a></span> » <span><a href="/libraries/">Our libraries</a></span> » <span class="breadcrumb_last" aria-current="page">Marlow
Heath</span></span></p></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><h1 class="elementor-heading-title
elementor-size-default">${lTitle}</h1></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">${ps(lIntro)}</div>
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title elementor-size-default">Opening hours</h2></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><table><tbody>
${lHours.map(([d, t]) => `<tr><td>${d}</td> <td>${t}</td></tr>`).join('\n')}</tbody></table>${ps(lOpenPlus)}</div>
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title elementor-size-default">Facilities</h2></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default"><ul class="elementor-icon-list-items">
${lFacilities
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title elementor-size-default">Regular groups</h2></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor">${ps(lGroups)}</div>
<div class="elementor-element elementor-widget elementor-widget-blockquote" data-widget_type="blockquote.default"><blockquote class="elementor-blockquote">
<p class="elementor-blockquote__content">${lQuote}</p><footer><cite class="elementor-blockquote__author">${lQuoteBy}</cite></footer></blockquote></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title elementor-size-default">Getting here</h2></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor">${ps(lTravel)}</div>
<div class="elementor-element elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link elementor-size-sm"
href="/join/"><span class="elementor-button-text">Join the library online</span></a></div>
</div></div>
<div class="elementor-column elementor-col-33 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-text-editor wl-contact"><p>Mill Lane, Marlow Heath, WN6 1ML</p><p>0300 123 8841</p></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><h3 class="elementor-heading-title">What’s on at Marlow Heath</h3></div>
<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-posts-container">
${lEvents
  .map(
    (t, i) => `<article class="elementor-post type-tribe_events"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/events/${i}">
${t}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">${lEventDates[i] ?? ''}</span></div></div></article>`,
  )
  .join('\n')}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-form"><h3 class="elementor-heading-title">Library news by email</h3>
<form class="elementor-form">
<input type="email" placeholder="Your email address"><button type="submit" class="elementor-button"><span class="elementor-button-text">Subscribe</span>
</button>
</form></div></div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="21" class="elementor elementor-21 elementor-location-footer"><section class="elementor-section">
<ul class="elementor-nav-menu">${links(lFoot, 'menu-item')}</ul><p>© 2026 Wendshire Council. Wendshire Libraries is a service of Wendshire Council.</p>
</section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage cookie consent</div></div>
<div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to remember your settings and count visits to the site.</p></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.6" id="elementor-frontend-js"></script></body></html>`;
const library: TestPage = {
  name: 'heldout374-elementor-library-branch',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ['Opening hours', 'Facilities', 'Regular groups', 'Getting here'],
  body: texts([
    ...lIntro,
    ...hoursText(lHours),
    ...lOpenPlus,
    ...lFacilities,
    ...lGroups,
    lQuote,
    ...lTravel,
    'Mill Lane, Marlow Heath, WN6 1ML',
    '0300 123 8841',
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lNav, 'Home', 'Our libraries', lQuoteBy, 'Join the library online', 'What’s on at Marlow Heath', ...lEvents, ...lEventDates,
    'Library news by email', 'Subscribe', ...lFoot, '© 2026 Wendshire Council. Wendshire Libraries is a service of Wendshire Council.',
    'Manage cookie consent', 'We use cookies to remember your settings and count visits to the site.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT374_B: readonly TestPage[] = [pharmacy, library];
