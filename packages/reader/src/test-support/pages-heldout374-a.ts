import { links, ps, type TestPage, texts } from './page-kit.js';
import { type Hours, hoursText, lis, paras } from './pages-heldout374-kit.js';

/**
 * Held-out batch 374, file a: a bank branch page on Adobe Experience Manager (responsive grid, cmp- components, OneTrust
 * banner, branch hours table, "Book an appointment" teaser, rate disclaimer, mega footer) and a supermarket store page
 * built with Next.js (the __next root, CSS-module class names, store header with hours, services, nearby stores rail and
 * the __NEXT_DATA__ script).
 */
const bTitle = 'Dunmore Kestrel Street branch';
const bIntro = paras(`
Our Kestrel Street branch sits at the top of the pedestrian precinct, opposite the clock tower, and has served customers in
Dunmore since 1962. The counter team can help with everyday banking, and our mortgage and savings specialists are in the branch
on set days each week.

The branch was refitted in the autumn. There is now a quiet room for private conversations, a hearing loop at every counter and
a lowered desk for wheelchair users. Step-free access is through the side entrance on Mercer Lane.
`);
const bHours: Hours = [
  ['Monday', '9:00am to 4:30pm'],
  ['Tuesday', '9:30am to 4:30pm'],
  ['Wednesday', '9:00am to 4:30pm'],
  ['Thursday', '9:00am to 4:30pm'],
  ['Friday', '9:00am to 5:00pm'],
  ['Saturday', '9:00am to 12:30pm'],
  ['Sunday', 'Closed'],
];
const bHoursNote = paras(`
On Tuesdays we open half an hour later so that the team can take part in training. The branch is closed on bank holidays;
the cash machines on the front of the building are available at all times.
`);
const bServices = [
  'Paying in cash and cheques at the counter or at the deposit machine',
  'Withdrawing cash, including larger amounts ordered two working days ahead',
  'Foreign currency to order, collected from the branch the next working day',
  'Opening current accounts, savings accounts and children’s accounts',
  'Mortgage appointments on Tuesdays and Thursdays',
  'Help setting up the mobile app and online banking',
];
const bAppoint = paras(`
You do not need an appointment for everyday banking. For a mortgage, a business account or a conversation about bereavement, it
helps to book so that a specialist can set aside time and have your details ready. Appointments last between thirty minutes and
an hour and can also be held by video call.

If you are coming in to open an account, bring one form of photo identification, such as a passport or a driving licence, and a
proof of address dated within the last three months. A utility bill, a council tax bill or a tenancy agreement will do.
`);
const bAccess = paras(`
The nearest parking is the Mercer Lane car park, about two minutes’ walk away, which has six blue badge spaces and charges after
the first hour. Buses 14, 22 and 31 stop outside the clock tower.

If you find it hard to get to a branch, our Community Banker visits Dunmore Library every other Wednesday morning and can help with
most things a branch counter can.
`);
const bNav = ['Personal', 'Premier', 'Business', 'Corporate'];
const bNav2 = ['Current accounts', 'Savings', 'Mortgages', 'Loans', 'Credit cards', 'Insurance', 'Help & support'];
const bCrumbs = ['Home', 'Branch finder', 'Dunmore'];
const bNearby = ['Castleford Bridge Street branch (4.2 miles)', 'Oldmoor Market Place branch (6.8 miles)', 'Wendham High Street branch (9.1 miles)'];
const bFoot = ['About us', 'Careers', 'Investor relations', 'Accessibility', 'Privacy notice', 'Cookie policy', 'Security centre', 'Modern slavery statement'];
const bHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Dunmore Kestrel Street branch | Opening times | Harrowgate Mutual</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Find opening times, services and
accessibility information for the Harrowgate Mutual branch on Kestrel Street, Dunmore.">
<meta property="og:title" content="Dunmore Kestrel Street branch"><meta name="template" content="branch-page">
<link rel="canonical" href="https://www.harrowgatemutual.example/branch-finder/dunmore-kestrel-street">
<link rel="stylesheet" href="/etc.clientlibs/hgm/clientlibs/clientlib-site.lc-5a0c1e-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BankOrCreditUnion","name":"Harrowgate Mutual Dunmore Kestrel Street",
"address":{"@type":"PostalAddress","streetAddress":"41 Kestrel Street","addressLocality":"Dunmore","postalCode":"DN4 7QT"},"telephone":"0345 600 2210"}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"pageInfo":{"pageName":"branch:dunmore-kestrel-street"}}});</script>
<script src="https://assets.adobedtm.example/launch-EN4f1b.min.js" async></script></head>
<body class="page basicpage" id="page-8f31c2a7b4"><div class="root container responsivegrid"><div id="container-1" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-header" class="cmp-experiencefragment
cmp-experiencefragment--header"><header class="hgm-header"><a class="hgm-skip" href="#main">Skip to content</a>
<div class="hgm-header__segments"><ul class="cmp-navigation__group">${links(bNav, 'cmp-navigation__item')}</ul></div>
<div class="hgm-header__logo"><a href="/"><img src="/content/dam/hgm/logo.svg" alt="Harrowgate Mutual home"></a></div>
<nav class="cmp-navigation" aria-label="Main"><ul class="cmp-navigation__group">${links(bNav2, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav>
<div class="hgm-header__actions"><a class="cmp-button cmp-button--secondary" href="/search"><span class="cmp-button__text">Search</span></a>
<a class="cmp-button cmp-button--primary" href="https://online.harrowgatemutual.example/login"><span class="cmp-button__text">Log on</span></a></div>
</header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav id="breadcrumb-1" class="cmp-breadcrumb" aria-label="Breadcrumb">
<ol class="cmp-breadcrumb__list">${links(bCrumbs, 'cmp-breadcrumb__item')}<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active">Kestrel Street</li>
</ol></nav></div>
<main id="main" class="container responsivegrid aem-GridColumn aem-GridColumn--default--12"><div class="cmp-container">
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${bTitle}</h1></div></div>
<div class="text"><div class="cmp-text hgm-branch-address"><p>41 Kestrel Street, Dunmore, DN4 7QT</p><p>Telephone 0345 600 2210</p></div></div>
<div class="button"><a class="cmp-button cmp-button--ghost" href="https://maps.example/?q=DN4+7QT"><span class="cmp-button__text">Get directions</span></a>
</div>
<div class="text"><div class="cmp-text">${ps(bIntro)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Opening times</h2></div></div>
<div class="table"><div class="cmp-table"><table class="hgm-hours"><tbody>
${bHours.map(([d, t]) => `<tr class="hgm-hours__row"><th scope="row">${d}</th> <td>${t}</td></tr>`).join('\n')}
</tbody></table></div></div>
<div class="text"><div class="cmp-text">${ps(bHoursNote)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">What you can do in this branch</h2></div></div>
<div class="text"><div class="cmp-text"><ul>${lis(bServices)}</ul></div></div>
<div class="teaser hgm-teaser--promo"><div class="cmp-teaser"><div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">Save time</p>
<h3 class="cmp-teaser__title">Most things can be done in the app</h3><div class="cmp-teaser__description"><p>Pay in a cheque with your camera,
freeze a lost card or order currency in a few taps.</p></div>
<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/ways-to-bank/app">Download the app</a></div></div></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Appointments</h2></div></div>
<div class="text"><div class="cmp-text">${ps(bAppoint)}</div></div>
<div class="button"><a class="cmp-button cmp-button--primary" href="/book?branch=4471"><span class="cmp-button__text">Book an appointment</span></a></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Getting here</h2></div></div>
<div class="text"><div class="cmp-text">${ps(bAccess)}</div></div>
<div class="list hgm-nearby"><h2 class="hgm-nearby__title">Other branches nearby</h2><ul class="cmp-list">${links(bNearby, 'cmp-list__item')}</ul></div>
<div class="text hgm-disclaimer"><div class="cmp-text"><p>Calls may be recorded for training and monitoring purposes.</p></div></div>
</div></main>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="hgm-footer"><ul class="hgm-footer__links">${links(bFoot)}</ul>
<p class="hgm-footer__legal">Harrowgate Mutual Bank plc. Registered in England and Wales no. 0087712. Authorised by the Prudential Regulation Authority.</p>
<p class="hgm-footer__copy">© Harrowgate Mutual Bank plc 2026</p></footer></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to make our website work and to understand how you use it. Choose which ones we may use.</p>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-reject-all-handler">Reject optional</button>
<button id="onetrust-pc-btn-handler">Manage cookies</button></div></div></div>
<script src="/etc.clientlibs/hgm/clientlibs/clientlib-site.lc-77b2e0-lc.min.js"></script></body></html>`;
const bank: TestPage = {
  name: 'heldout374-aem-bank-branch',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['Opening times', 'What you can do in this branch', 'Appointments', 'Getting here'],
  body: [
    '41 Kestrel Street, Dunmore, DN4 7QT',
    'Telephone 0345 600 2210',
    ...texts([...bIntro, ...hoursText(bHours), ...bHoursNote, ...bServices, ...bAppoint, ...bAccess]),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bNav, ...bNav2, 'Search', 'Log on', 'Home', 'Branch finder', 'Get directions', 'Save time',
    'Most things can be done in the app', 'Pay in a cheque with your camera, freeze a lost card or order currency in a few taps.', 'Download the app',
    'Book an appointment', 'Other branches nearby', ...bNearby, 'Calls may be recorded for training and monitoring purposes.', ...bFoot,
    'Harrowgate Mutual Bank plc. Registered in England and Wales no. 0087712. Authorised by the Prudential Regulation Authority.',
    '© Harrowgate Mutual Bank plc 2026', 'We use cookies to make our website work and to understand how you use it. Choose which ones we may use.',
    'Accept all', 'Reject optional', 'Manage cookies',
  ],
};

const sTitle = 'Fairbarrow Linley Road';
const sHours: Hours = [
  ['Mon', '7am – 10pm'],
  ['Tue', '7am – 10pm'],
  ['Wed', '7am – 10pm'],
  ['Thu', '7am – 10pm'],
  ['Fri', '7am – 10pm'],
  ['Sat', '7am – 9pm'],
  ['Sun', '10am – 4pm'],
];
const sAbout = paras(`
Linley Road is one of our larger stores, with a full bakery, a fish counter and a pharmacy run by our partner Hollins Chemists.
The car park has 240 spaces, including twelve parent and child bays and eight electric vehicle chargers, and is free for up to
three hours while you shop.

Sunday trading hours apply on Sundays, so the checkouts open at 10am, but you are welcome to browse from 9:30am. Click and Collect
orders can be picked up from the lockers by the main entrance from 8am every day.
`);
const sServices = [
  'Bakery, baked fresh through the day',
  'Fish counter, Tuesday to Saturday',
  'Hollins Chemists pharmacy',
  'Click and Collect lockers',
  'Cash machine, free to use',
  'Recycling point for soft plastics and batteries',
  'Customer toilets and baby changing',
];
const sHoliday = paras(`
Over the Easter weekend the store closes at 8pm on Good Friday, opens 10am to 4pm on Easter Sunday and returns to normal hours on
Easter Monday. The pharmacy keeps its own hours over bank holidays, so please call it before you travel.

Our community champion, Priya, runs the food bank collection point by the exit and organises the store’s summer litter pick
along the canal towpath. If your group would like to take part, ask at the customer service desk.
`);
const sAccess = paras(`
Every entrance is step-free, and there are wheelchairs and adapted trolleys by the customer service desk. A quieter hour runs
every Wednesday from 2pm, when we lower the music and dim the lights along the main aisles.

Assistance dogs are always welcome. If you would like a colleague to help you shop, press the call button at the entrance or ring
the store before your visit and we will have someone ready to meet you.
`);
const sNav = ['Groceries', 'Offers', 'Recipes', 'Delivery saver', 'Store locator'];
const sNearby = ['Fairbarrow Local Canal Street (0.8 miles)', 'Fairbarrow Hanbury Retail Park (3.4 miles)', 'Fairbarrow Local Station Approach (4.1 miles)'];
const sFoot = ['Help centre', 'Contact us', 'Product recalls', 'Careers', 'Gift cards', 'Terms and conditions', 'Privacy', 'Cookie preferences'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Fairbarrow Linley Road | Opening Times &amp; Services | Fairbarrow</title>
<meta name="description" content="Opening times, services and directions for Fairbarrow Linley Road, Brackley."/>
<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="stylesheet" href="/_next/static/css/7c1f2b0e9d3a1c55.css" data-precedence="next"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GroceryStore","name":"Fairbarrow Linley Road","openingHours":
["Mo-Fr 07:00-22:00","Sa 07:00-21:00","Su 10:00-16:00"],"address":{"streetAddress":"Linley Road","addressLocality":"Brackley","postalCode":"BK7 2LR"}}</script>
<script src="/_next/static/chunks/webpack-3f1c0b7e41a2d9c8.js" defer=""></script><noscript data-n-css=""></noscript></head>
<body><div id="__next"><div class="Layout_wrapper__Tq7xP"><div class="GlobalBanner_banner__y2ZkA" role="status"><p>Free delivery on your first
three orders over £40. <a href="/delivery-saver">Find out more</a></p></div>
<header class="Header_header__3kP0r"><a class="Header_logo__Q0e1n" href="/" aria-label="Fairbarrow home"><svg class="Logo_svg__1a"></svg></a>
<nav class="Header_nav__bS9x2" aria-label="Primary"><ul class="Header_list__P7w2d">${links(sNav, 'Header_item__m8Q3c')}</ul></nav>
<div class="Header_actions__Vv5kR"><button class="Button_root__x1 Button_ghost__9K" type="button">Sign in</button>
<a class="Basket_link__c0f2" href="/basket"><span class="Basket_label__Dd1">Basket</span><span class="Basket_total__Aa2">£0.00</span></a></div></header>
<main class="StorePage_main__pW6sE"><nav class="Breadcrumbs_root__q9Zc" aria-label="Breadcrumb"><ol class="Breadcrumbs_list__u3">
<li class="Breadcrumbs_item__z1"><a href="/">Fairbarrow</a></li><li class="Breadcrumbs_item__z1"><a href="/stores">Stores</a></li>
<li class="Breadcrumbs_item__z1"><a href="/stores/brackley">Brackley</a></li></ol></nav>
<section class="StoreHeader_root__8mJtL"><div class="StoreHeader_badge__k2Px">Superstore</div><h1 class="StoreHeader_title__XvY1b">${sTitle}</h1>
<div class="StoreHeader_status__0dRk"><span class="StatusPill_open__r5">Open now</span> <span class="StatusPill_until__t2">until 10pm</span></div>
<address class="StoreHeader_address__Bw4x"><p>Linley Road, Brackley, BK7 2LR</p><p>01865 448 120</p></address>
<div class="StoreHeader_ctas__g7"><a class="Button_root__x1 Button_primary__2M" href="https://maps.example/?q=BK7+2LR">Directions</a>
<button class="Button_root__x1 Button_secondary__Lp" type="button">Set as my store</button></div></section>
<div class="StorePage_grid__H1nQ"><section class="OpeningHours_root__eC2W" aria-labelledby="hours">
<h2 id="hours" class="OpeningHours_title__jj8">Opening times</h2>
<ul class="OpeningHours_list__t0Q">${sHours
  .map(([d, t]) => `<li class="OpeningHours_row__6VbX"><span class="OpeningHours_day__pK">${d}</span> <span class="OpeningHours_time__b3">${t}</span></li>`)
  .join('\n')}</ul></section>
<section class="RichText_root__Zz8y"><h2 class="RichText_h2__n1">About this store</h2>${ps(sAbout)}</section>
<section class="Services_root__Gb3e"><h2 class="Services_title__m4">Services at this store</h2><ul class="Services_list__Rr5">
${lis(sServices, 'Services_item__Yh0')}</ul></section>
<section class="RichText_root__Zz8y"><h2 class="RichText_h2__n1">Holiday opening and community</h2>${ps(sHoliday)}</section>
<section class="RichText_root__Zz8y"><h2 class="RichText_h2__n1">Accessibility</h2>${ps(sAccess)}</section></div>
<aside class="NearbyStores_root__4sPq"><h2 class="NearbyStores_title__Kt">Nearby stores</h2><ul>${links(sNearby, 'NearbyStores_item__c9')}</ul>
<a class="NearbyStores_all__x0" href="/stores">View all stores</a></aside>
<section class="PromoCard_root__Q2w"><span class="PromoCard_tag__e6">Sponsored</span><p class="PromoCard_copy__0p">Half price on Brightfield coffee pods
this week</p></section></main>
<footer class="Footer_root__M1t5"><ul class="Footer_links__tT">${links(sFoot, 'Footer_item__x4')}</ul>
<p class="Footer_legal__pQ">© 2026 Fairbarrow Stores Limited. Registered office: 1 Harvest Way, Brackley.</p></footer></div></div>
<div id="consent-root"><div class="CookieBanner_root__fL2" role="dialog" aria-label="Cookies"><p class="CookieBanner_text__u7">We use cookies to
personalise offers and measure our site.</p><button class="Button_root__x1">Accept cookies</button><button class="Button_root__x1">Cookie settings</button>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"store":{"id":"0412","name":"Fairbarrow Linley Road","format":"superstore"}}},
"page":"/stores/[region]/[slug]","query":{"region":"brackley","slug":"linley-road"},"buildId":"q8TzA1mCk2","isFallback":false,"gsp":true}</script>
</body></html>`;
const supermarket: TestPage = {
  name: 'heldout374-nextjs-supermarket-store',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Opening times', 'About this store', 'Services at this store', 'Holiday opening and community', 'Accessibility'],
  body: ['Linley Road, Brackley, BK7 2LR', '01865 448 120', ...texts([...hoursText(sHours), ...sAbout, ...sServices, ...sHoliday, ...sAccess])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free delivery on your first three orders over £40. Find out more', ...sNav, 'Sign in', 'Basket', '£0.00', 'Stores',
    'Superstore', 'Open now', 'until 10pm', 'Directions', 'Set as my store', 'Nearby stores', ...sNearby, 'View all stores', 'Sponsored',
    'Half price on Brightfield coffee pods this week', ...sFoot, '© 2026 Fairbarrow Stores Limited. Registered office: 1 Harvest Way, Brackley.',
    'We use cookies to personalise offers and measure our site.', 'Accept cookies', 'Cookie settings',
  ],
};

export const HELDOUT374_A: readonly TestPage[] = [bank, supermarket];
