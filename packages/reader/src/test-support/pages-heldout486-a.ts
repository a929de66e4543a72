import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText } from './pages-heldout486-kit.js';

/**
 * Held-out batch 486, file a: a resort snow report on WordPress with Elementor (Hello theme, Complianz cookie banner) and a
 * lift and trail status page on a Next.js resort site.
 */
const sTitle = 'Snow Report: Thursday, February 11';
const sStats = [
  ['New snow (24 hrs)', '18 cm'],
  ['New snow (48 hrs)', '27 cm'],
  ['Base depth', '142 cm'],
  ['Summit temperature', '-11°C'],
  ['Lifts open', '9 of 11'],
  ['Runs open', '63 of 71'],
];
const sIntro = [
  j(
    'Good morning from the top of Karnhollow! The storm that moved in after lunch yesterday kept going well past midnight and left',
    '18 centimetres of light, dry snow on the upper mountain. Winds stayed out of the southwest at 15 to 25 km/h, so expect some',
    "deeper pockets on the skier's left of Raven Bowl and along the Ridgeline traverse.",
  ),
  j(
    'Patrol is doing avalanche control on the Cornice Chutes this morning. Cornice Chair will open on a delayed schedule once that',
    'work is done, most likely around 10:30. Please respect all closed signs and ropes.',
  ),
];
const sGroomHead = 'Grooming';
const sGroom = [
  j(
    'Our cats worked through the night on 24 runs, including Lower Fawn, Timber Trail, Big Easy and the full length of',
    "Sawmill. Hawk's Glide was groomed top to bottom and should be ripping first thing.",
  ),
];
const sGroomList = ['Lower Fawn', 'Timber Trail', 'Big Easy', 'Sawmill (top to bottom)', "Hawk's Glide", 'Meadowlark Terrain Park approach'];
const sTodayHead = 'Around the mountain today';
const sToday = [
  'Ski school meeting area has moved to the Fireside Lodge deck while we repair the carpet lift.',
  'Live music on the Summit Lodge patio from 1 to 4 pm with the Blue Tarp String Band.',
  'Night skiing runs from 4 to 8 pm on Lower Fawn and Timber Trail.',
];
const sRoadHead = 'Road conditions';
const sRoad = [
  j(
    'The access road was ploughed and sanded by 6 am. Chains or winter tires are required above the Cedar Flats parking lot.',
    'Lot C is full, so follow the attendants to the overflow lot and catch the shuttle.',
  ),
];
const sSign = 'See you on the hill, Marta (Snow Reporter)';
const sNav = ['Tickets and Passes', 'Mountain Info', 'Lessons', 'Rentals', 'Dining', 'Lodging', 'Events'];
const sMtn = ['Snow Report', 'Lift Status', 'Trail Map', 'Webcams', 'Parking'];
const sFoot = ['Careers', 'Contact Us', 'Accessibility', 'Privacy Policy', 'Mountain Safety'];
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Snow Report – Karnhollow Mountain Resort</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://karnhollow.ca/snow-report/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Snow Report"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://karnhollow.ca/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.18.3">
<link rel="stylesheet" id="hello-elementor-css" href="https://karnhollow.ca/wp-content/themes/hello-elementor/style.min.css?ver=3.0.0">
<style id="elementor-frontend-inline-css">.elementor-kit-7{--e-global-color-primary:#0B3A5B;}</style>
<script src="https://karnhollow.ca/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-7 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-element-1a2b3c4 elementor-section-full_width" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>Lifts open 8:30 am – 4:00 pm · Night skiing Thu–Sat</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-5d6e7f8" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-25"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://karnhollow.ca"><img src="/wp-content/uploads/2023/09/karnhollow-logo.svg" alt="Karnhollow Mountain Resort"></a></div></div></div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-nav-menu">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Menu">
<ul id="menu-1-5d6e7f8" class="elementor-nav-menu">${links(sNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"><span class="elementor-screen-only">Menu</span></div>
</div></div></div></div><div class="elementor-column elementor-col-25"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/tickets/"><span class="elementor-button-text">Buy Lift Tickets</span></a>
</div></div></div></div></div></div></section></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-element-aa11bb2"><div class="elementor-container">
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${sTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor snow-updated"><div class="elementor-widget-container">
<p>Updated 6:45 AM by the Karnhollow Snow Team</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-html"><div class="elementor-widget-container"><div class="kh-stats">
${sStats.map(([l, v]) => `<div class="kh-stat"><span class="kh-stat__label">${l}</span><span class="kh-stat__value">${v}</span></div>`).join('\n')}
</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(sIntro)}
<h2>${sGroomHead}</h2>${ps(sGroom)}<ul>${lis(sGroomList)}</ul>
<h2>${sTodayHead}</h2><ul>${lis(sToday)}</ul>
<h2>${sRoadHead}</h2>${ps(sRoad)}
<p><em>${sSign}</em></p></div></div></div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title">Mountain Info</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${links(sMtn, 'elementor-icon-list-item')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="/wp-content/uploads/2026/02/summit-cam.jpg" alt="Summit webcam">
<figcaption class="widget-image-caption wp-caption-text">Summit cam, 6:30 am</figcaption>
</figure></div></div>
<div class="elementor-element elementor-widget elementor-widget-form"><div class="elementor-widget-container"><h4>Get the snow report by email</h4>
<form class="elementor-form" method="post" name="Snow alerts"><input type="email" name="form_fields[email]" placeholder="Email">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Sign Up</span></button></form></div></div>
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="96" class="elementor elementor-96 elementor-location-footer"><section class="elementor-section">
<div class="elementor-container"><div class="elementor-widget-container"><p>Karnhollow Mountain Resort · 1 Summit Road, Cedar Flats</p>
<ul class="elementor-icon-list-items elementor-inline-items">${links(sFoot, 'elementor-icon-list-item elementor-inline-item')}</ul>
<p>© 2026 Karnhollow Mountain Resort. All rights reserved.</p></div></div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">We use cookies to optimize our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://karnhollow.ca/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.18.3" id="elementor-frontend-js"></script>
</body></html>`;
const snowReport: TestPage = {
  name: 'heldout486-snow-report-elementor',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [sGroomHead, sTodayHead, sRoadHead],
  body: texts([...sStats.map((c) => rowText(c)), ...sIntro, ...sGroom, ...sGroomList, ...sToday, ...sRoad]),
  bylines: ['Updated 6:45 AM by the Karnhollow Snow Team', sSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Lifts open 8:30 am – 4:00 pm · Night skiing Thu–Sat', ...sNav, 'Menu', 'Buy Lift Tickets',
    ...sMtn.filter((t) => t !== 'Snow Report' && t !== 'Parking'),
    'Summit cam, 6:30 am', 'Get the snow report by email', 'Sign Up', 'Karnhollow Mountain Resort · 1 Summit Road, Cedar Flats', ...sFoot,
    '© 2026 Karnhollow Mountain Resort. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimize our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};

const lTitle = 'Lift and Trail Status';
const lDek = 'Live status from Ski Patrol and Lift Operations. Statuses refresh every five minutes during operating hours.';
const lNotice = j(
  'Wind hold: Tamarack Quad is on hold because of gusts over 70 km/h at the top terminal. Operations will reassess at 11:00.',
  'Use Bearpaw Six to reach the Tamarack runs from the south side.',
);
const lAreas: [string, string[][]][] = [
  [
    'Village Base',
    [
      ['Bearpaw Six', 'Open', '8:30 am – 4:00 pm'],
      ['Gondola One', 'Open', '8:15 am – 4:30 pm'],
      ['Beginner Carpet', 'Open', '9:00 am – 3:30 pm'],
    ],
  ],
  [
    'Tamarack Basin',
    [
      ['Tamarack Quad', 'Wind Hold', '9:00 am – 3:45 pm'],
      ['Larch Triple', 'Open', '9:00 am – 3:30 pm'],
    ],
  ],
  [
    'Alpine',
    [
      ['Summit T-Bar', 'Closed', 'Avalanche control'],
      ['Glacier Express', 'Scheduled', 'Opens 10:30 am'],
    ],
  ],
];
const lNote = j(
  'Trail grooming and terrain park features are listed on the Grooming Report. Uphill travel on groomed runs is allowed only before',
  '8:00 am and after 5:00 pm, on Homestead and Wagon Road.',
);
const lNav = ['Plan Your Trip', 'Lift Tickets', 'Season Passes', 'Ski and Ride School', 'Rentals', 'Stay'];
const lTabs = ['All', 'Lifts', 'Trails', 'Terrain Parks'];
const lLegend = ['Open', 'Closed', 'Wind Hold', 'Scheduled'];
const lFoot = ['About Sawtell Peak', 'Careers', 'Press', 'Terms of Use', 'Privacy Notice', 'Do Not Sell or Share My Personal Information'];
const liftRow = (c: string[]): string =>
  `<div class="LiftRow_row__3kq9Z" role="row"><span class="LiftRow_name__Fq2aL" role="cell">${c[0]}</span>` +
  `<span class="StatusBadge_badge__p0wXe StatusBadge_${(c[1] ?? '').replace(' ', '')}__x1" role="cell">${c[1]}</span>` +
  `<span class="LiftRow_hours__aa0Xr" role="cell">${c[2]}</span></div>`;
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Lift and Trail Status | Sawtell Peak</title><meta name="description" content="Real-time lift and trail status at Sawtell Peak."/>
<meta name="next-head-count" content="4"/><link rel="preload" href="/_next/static/css/7f1c0d2e9a0b.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/7f1c0d2e9a0b.css" data-n-g=""/>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4d2bb9a0d21e.js" defer=""></script>
<script src="/_next/static/chunks/pages/lift-status-93ae11b0.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__Lr1qX" href="#main">Skip to main content</a>
<div class="AlertBar_bar__2gYtL" role="region" aria-label="Alert"><p>Tamarack Quad on wind hold. See details below.</p></div>
<header class="Header_header__Y5sUe"><a class="Header_logo__vQ1jx" href="/"><svg aria-label="Sawtell Peak" role="img"></svg></a>
<nav class="Header_nav__pZ7wc" aria-label="Primary"><ul>${links(lNav, 'Header_item__Wd0Qa')}</ul></nav>
<div class="Header_utility__k3E2s"><button class="Header_search__x8Fh1" aria-label="Search"><svg></svg></button>
<a class="Button_primary__1cS9o" href="/lift-tickets">Buy Tickets</a></div></header>
<main id="main" class="LiftStatus_main__0eGh7"><div class="Container_container__vGq7e">
<h1 class="LiftStatus_title__nQ3mH">${lTitle}</h1><p class="LiftStatus_dek__Bn1Pz">${lDek}</p>
<p class="LiftStatus_updated__Qa9dZ">Last updated 9:42 AM</p>
<div class="Notice_notice__rT8Yc Notice_warning__j1Mbb" role="status"><p>${lNotice}</p></div>
<div class="Tabs_tabs__b2GxF" role="tablist">${lTabs.map((t, i) => `<button role="tab" aria-selected="${i === 0}">${t}</button>`).join('')}</div>
<ul class="Legend_legend__R4o2N">${lLegend.map((t) => `<li>${t}</li>`).join('')}</ul>
${lAreas
  .map(
    ([a, rows]) => `<section class="LiftArea_area__x0Qm3"><h2 class="LiftArea_title__Kk7pV">${a}</h2>
<div class="LiftArea_count__h9xYt">${rows.filter((r) => r[1] === 'Open').length} of ${rows.length} open</div><div role="table">
${rows.map(liftRow).join('\n')}</div></section>`,
  )
  .join('\n')}
<p class="LiftStatus_note__Uo7hS">${lNote}</p></div></main>
<footer class="Footer_footer__m9QzR"><ul class="Footer_links__j6VvE">${links(lFoot, 'Footer_link__p2bXe')}</ul>
<p class="Footer_copy__wQ0kZ">© 2026 Sawtell Peak Mountain Resort LLC</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"updated":"2026-01-22T09:42:00-07:00","areas":3}},"page":"/lift-status",
"query":{},"buildId":"kq0s7B1d2uXy","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const liftStatus: TestPage = {
  name: 'heldout486-lift-status-nextjs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lAreas.map(([a]) => a),
  body: [lDek, lNotice, ...lAreas.flatMap(([, rows]) => rows.map((r) => rowText(r))), lNote],
  bylines: ['Last updated 9:42 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tamarack Quad on wind hold. See details below.', ...lNav, 'Buy Tickets', ...lTabs,
    ...lAreas.map(([, rows]) => `${rows.filter((r) => r[1] === 'Open').length} of ${rows.length} open`), ...lFoot,
    '© 2026 Sawtell Peak Mountain Resort LLC',
  ],
};

export const HELDOUT486_A: readonly TestPage[] = [snowReport, liftStatus];
