import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout419-kit.js';

/**
 * Held-out batch 419, file a: a courier's parcel tracking result page built with Next.js (the app shell, tracking search box,
 * status card, event timeline, delivery options widget, chat launcher, app promo, cookie banner, __NEXT_DATA__) and a national
 * postal service's rates page on Drupal 10 with the Olivero theme (header, breadcrumb, rates table, sidebar block, footer).
 */
const bTitle = 'Tracking number BX4471930825';
const bIntro = [
  j(
    'Your parcel was delivered on Saturday 14 March 2026 at 11:42 and signed for by a neighbour at number 12. A photo of the',
    'doorstep is kept for 30 days and can be requested from our support team.',
  ),
  'If you do not recognise the name on the signature, report it within 7 days and we will open an investigation with the depot.',
];
const bEvents = [
  '14 Mar 2026, 11:42 – Parcel handed over and signed for by neighbour (No. 12) – Calder Vale',
  '14 Mar 2026, 07:55 – Loaded onto van for driver route 38 – Calder Vale delivery office',
  '13 Mar 2026, 22:10 – Arrived at local delivery office – Calder Vale',
  '13 Mar 2026, 16:31 – Departed regional hub – Wexley hub',
  '12 Mar 2026, 19:04 – Cleared customs, no duty to pay – Wexley international gateway',
  '11 Mar 2026, 09:18 – Electronic information received from the sender – Online',
];
const bHelp = [
  j(
    'Tracking events usually appear within two hours of each scan. Weekend scans at smaller delivery offices can take until the',
    'next working morning to show.',
  ),
];
const bNav = ['Send a parcel', 'Track a parcel', 'Business', 'Help', 'Find a ParcelPoint'];
const bFoot = ['About Brightlane', 'Careers', 'Press', 'Accessibility', 'Privacy notice', 'Terms and conditions', 'Modern slavery statement'];
const bHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Track your parcel BX4471930825 | Brightlane Express</title><meta name="description" content="Track your Brightlane parcel in real time."/>
<meta name="robots" content="noindex"/><meta property="og:title" content="Track your parcel | Brightlane Express"/>
<link rel="preload" href="/_next/static/media/inter.woff2" as="font" crossorigin=""/>
<link rel="stylesheet" href="/_next/static/css/2f1c0a7be1d3.css" data-precedence="next"/>
<script src="/_next/static/chunks/webpack-8a1b2c.js" async=""></script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"event":"tracking_view","status":"delivered"});</script></head>
<body><div id="__next"><a class="skip-link_skip__a1Xf2" href="#main">Skip to content</a>
<header class="Header_header__Q3xZc"><div class="Header_inner__kd81P"><a class="Header_logo__2bK9s" href="/" aria-label="Brightlane Express home">
<svg class="Logo_svg__x81" width="132" height="28"></svg></a>
<nav class="Header_nav__7Rtyu" aria-label="Main"><ul class="Header_list__0pLq1">${links(bNav, 'Header_item__m2Wd0')}</ul></nav>
<div class="Header_actions__Lp2vF"><a class="Button_button__s7Hh1 Button_secondary__X2b9a" href="/account/login">Log in</a></div></div></header>
<main id="main" class="TrackingPage_main__8uJkX"><section class="TrackingSearch_wrap__3kPqa">
<form class="TrackingSearch_form__n8Z2c" action="/track" method="get"><label class="TrackingSearch_label__F1g0o" for="tn">Tracking or reference number</label>
<input id="tn" name="tn" class="Input_input__q0Ut4" value="BX4471930825"/><button class="Button_button__s7Hh1" type="submit">Track another parcel</button>
</form></section>
<section class="StatusCard_card__Jf92x" data-status="delivered"><div class="StatusCard_badge__L1m8q"><span>Delivered</span></div>
<h1 class="StatusCard_title__V0pqs">${bTitle}</h1>
<button class="CopyButton_copy__9Hx2r" type="button" aria-label="Copy tracking number">Copy</button>
<div class="StatusCard_meta__c3Rtz"><span class="StatusCard_from__w8eD1">From: Hollins &amp; Fray Ltd</span>
<span class="StatusCard_service__kP0s7">Service: Tracked 48</span></div>
<div class="StatusCard_summary__Yx4aB">${ps(bIntro, ' class="Text_body__a7Nf1"')}</div>
<div class="ProgressBar_bar__1pTzc" role="progressbar" aria-valuenow="4" aria-valuemax="4"><ol class="ProgressBar_steps__Qm2x0">
<li>Sent</li><li>In transit</li><li>With driver</li><li>Delivered</li></ol></div></section>
<section class="Timeline_section__h7Wc2" aria-labelledby="timeline-h"><h2 id="timeline-h" class="Timeline_heading__zK1aP">Tracking history</h2>
<ol class="Timeline_list__R9bvE">${bEvents.map((e) => `<li class="Timeline_event__5sLpD"><span class="Timeline_dot__d0v2x"></span>${e}</li>`).join('\n')}</ol>
${ps(bHelp, ' class="Timeline_note__aQ2cW"')}</section>
<aside class="DeliveryOptions_panel__Kx8rT"><h2 class="DeliveryOptions_title__n0Bq9">Not expecting this?</h2>
<ul class="DeliveryOptions_list__p8Hc3"><li><a href="/help/report-a-problem">Report a problem with this delivery</a></li>
<li><a href="/help/proof-of-delivery">Request proof of delivery</a></li></ul></aside>
<aside class="AppPromo_promo__Z3s1F"><p class="AppPromo_text__2Ye7u">Get live updates and a one-hour delivery window in the Brightlane app.</p>
<a class="AppPromo_store__r4Kp1" href="https://apps.example/brightlane">Download the app</a></aside></main>
<button class="ChatLauncher_launcher__Ys0qP" type="button">Chat with Bea, our virtual assistant</button>
<footer class="Footer_footer__xE2Qm"><ul class="Footer_links__u3Xn1">${links(bFoot)}</ul>
<p class="Footer_legal__0zT4b">© 2026 Brightlane Express Ltd. Registered in Calder Vale, company no. 04418823.</p></footer>
<div class="CookieBanner_banner__Ga7Pw" role="dialog" aria-label="Cookies"><p>We use cookies to remember your parcels and to measure how our site is used.</p>
<button type="button">Accept all</button><button type="button">Reject non-essential</button><a href="/cookies">Cookie settings</a></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"tn":"BX4471930825","status":"DELIVERED","events":6}},"page":"/track",
"query":{"tn":"BX4471930825"},"buildId":"k2Pq9sXv1","isFallback":false,"gssp":true}</script></body></html>`;
const brightlane: TestPage = {
  name: 'heldout419-nextjs-tracking-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['Tracking history'],
  body: texts([...bIntro, ...bEvents, ...bHelp]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bNav, 'Log in', 'Tracking or reference number', 'Track another parcel', 'Delivered', 'Copy', 'From: Hollins & Fray Ltd',
    'Service: Tracked 48', 'Sent', 'In transit', 'With driver', 'Not expecting this?', 'Report a problem with this delivery', 'Request proof of delivery',
    'Get live updates and a one-hour delivery window in the Brightlane app.', 'Download the app', 'Chat with Bea, our virtual assistant', ...bFoot,
    '© 2026 Brightlane Express Ltd. Registered in Calder Vale, company no. 04418823.',
    'We use cookies to remember your parcels and to measure how our site is used.', 'Accept all', 'Reject non-essential', 'Cookie settings',
  ],
};

const vTitle = 'UK and international letter and parcel prices from 6 April 2026';
const vIntro = [
  j(
    'Post Velmar sets its prices once a year. The prices below apply to items posted at a post office counter, bought online or',
    'printed at home from Monday 6 April 2026. Stamps bought before that date remain valid, whatever the price printed on them.',
  ),
  j(
    'Most first class and second class letter prices stay the same this year. Large letters and small parcels go up by between',
    '10p and 40p, mainly because of higher fuel and air freight costs on the routes to the islands.',
  ),
];
const vRatesH = 'Letters and large letters';
const vRows: [string, string, string][] = [
  ['Letter up to 100g', '£0.95', '£0.78'],
  ['Large letter up to 250g', '£1.60', '£1.25'],
  ['Large letter up to 750g', '£2.35', '£1.90'],
  ['Small parcel up to 2kg', '£4.40', '£3.60'],
];
const vParcelH = 'Parcels sent abroad';
const vParcel = [
  j(
    'International prices are grouped into three zones. Zone 1 covers the neighbouring mainland countries, zone 2 the rest of the',
    'continent and zone 3 everywhere else. Tracked international parcels now include compensation up to £50 as standard.',
  ),
  'To work out the price of a parcel abroad you need:',
];
const vNeed = ['its weight, rounded up to the next 100g', 'its longest side, which must not exceed 60cm', 'the destination zone'];
const vSizeH = 'Size and weight limits';
const vSize = [
  j(
    'A letter can be up to 24cm long, 16.5cm wide and 5mm thick. Anything thicker, or heavier than 100g, is a large letter, which can',
    'be up to 35.3cm by 25cm and 2.5cm thick. Items bigger than that are priced as parcels, even if they are soft or flexible.',
  ),
  j(
    'If an item is posted with too little postage, the person receiving it pays the missing amount plus a fee of £2.50 before it is',
    'delivered. Items without any stamp at all are returned to the sender where there is a return address on the back.',
  ),
];
const vConcH = 'Concessions';
const vConc = [
  j(
    'Registered charities and people sending articles for the blind keep free postage. Members of the armed forces posting to a',
    'forces address abroad pay the inland price. Concessions must be claimed at the counter and are not available for home printing.',
  ),
];
const vNav = ['Personal', 'Business', 'Stamps and postage', 'Track an item', 'Find a post office'];
const vCrumb = ['Home', 'Stamps and postage', 'Prices'];
const vSide = ['Buy stamps online', 'Price finder', 'Print postage at home', 'Size and weight guide'];
const vFoot = ['Contact us', 'Accessibility', 'Privacy', 'Cookies', 'Sitemap'];
const vHtml = `<!DOCTYPE html><html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<meta name="description" content="Post Velmar letter and parcel prices from 6 April 2026." />
<link rel="canonical" href="https://www.postvelmar.example/prices" />
<title>${vTitle} | Post Velmar</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t0k2a" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/418"},"user":{"uid":0}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${vTitle}","dateModified":"2026-03-02"}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable">
<div class="site-branding"><a href="/" rel="home" class="site-branding__name">Post Velmar</a></div>
<nav class="primary-nav" aria-labelledby="block-olivero-main-menu-menu"><h2 class="visually-hidden" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(vNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
</div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(vCrumb, 'breadcrumb__item')}</ol></nav></div>
<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium">
<div class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title">${vTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full" id="content">
<article data-history-node-id="418" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field__item">
${ps(vIntro)}
<h2>${vRatesH}</h2>
<table><caption>Inland prices from 6 April 2026</caption><thead><tr><th>Item</th><th>First class</th><th>Second class</th></tr></thead><tbody>
${vRows.map(([a, b, c]) => `<tr><td>${a}</td><td>${b}</td><td>${c}</td></tr>`).join('\n')}
</tbody></table>
<h2>${vParcelH}</h2>
${ps(vParcel)}
<ul>${vNeed.map((n) => `<li>${n}</li>`).join('')}</ul>
<h2>${vSizeH}</h2>
${ps(vSize)}
<h2>${vConcH}</h2>
${ps(vConc)}
</div><div class="field field--name-field-last-reviewed"><span class="field__label">Last reviewed</span> <time datetime="2026-03-02">2 March 2026</time></div>
</div></article></div></main>
<aside class="region region--sidebar" role="complementary"><div class="block block-menu"><h2 class="block__title">Postage tools</h2>
<ul class="menu">${links(vSide, 'menu__item')}</ul></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full">
<nav class="block block-menu"><ul class="menu">${links(vFoot)}</ul></nav>
<div class="block"><p>Post Velmar is the trading name of Velmar Postal Services plc.</p></div></div></div></footer></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const velmar: TestPage = {
  name: 'heldout419-drupal-olivero-rates-docs',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [vRatesH, vParcelH, vSizeH, vConcH],
  body: texts([...vIntro, 'Inland prices from 6 April 2026', ...vRows.flat(), ...vParcel, ...vNeed, ...vSize, ...vConc]),
  bylines: ['2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main navigation', ...vNav, 'Breadcrumb', 'Home', 'Prices', 'Last reviewed', 'Postage tools', ...vSide, ...vFoot,
    'Post Velmar is the trading name of Velmar Postal Services plc.',
  ],
};

export const HELDOUT419_A: readonly TestPage[] = [brightlane, velmar];
