import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file c2: a parcel and pallet carrier's service update page built with Next.js (the __next root with CSS
 * module class names, a status banner across the top, the header with the tracking search, breadcrumb, a status pill, the
 * "Last updated" line, a short update body with an affected-areas list, a "Was this helpful?" widget, other live updates, the
 * footer, the Cookiebot dialog and the __NEXT_DATA__ script that repeats the text).
 */
const uTitle = 'Delays to pallet deliveries in the Scottish Highlands';
const uBody = [
  j(
    'Heavy snow and the closure of the A9 between Dalwhinnie and Inverness have stopped our trunk vehicles from reaching the',
    'Inverness depot since the evening of Tuesday 10 February. Pallets and parcels for the postcode areas below are being',
    'held safely at our Perth hub.',
  ),
  'IV (Inverness and the surrounding area)',
  'KW (Caithness, Sutherland and Orkney)',
  'PH18 to PH26 (Highland Perthshire and Badenoch)',
  'HS (Outer Hebrides), also affected by ferry cancellations',
  j(
    'We expect deliveries to restart 24 hours after the road reopens. Consignments will keep their original priority, so',
    'next-day and timed services will be delivered first. You do not need to rebook, and no storage charges will be made.',
  ),
  j(
    'Collections from these areas are also suspended. If your goods are urgent, our customer service team can arrange for',
    'them to be held at Perth for you to collect.',
  ),
];
const uNav = ['Send', 'Track', 'Business', 'Help'];
const uOther = [
  'Ongoing: Reduced collection times in Greater London',
  'Resolved: Tracking updates delayed on 6 February',
  'Planned: Depot move from Swindon to Chippenham, 2 March',
];
const uFoot = ['About Brackenridge', 'Careers', 'Service updates', 'Terms and conditions', 'Privacy policy', 'Modern slavery statement'];
const nextData = JSON.stringify({
  props: { pageProps: { update: { title: uTitle, status: 'Ongoing', updatedAt: '2026-02-12T08:40:00Z', body: uBody.slice(0, 1) } } },
  page: '/service-updates/[slug]',
  query: { slug: 'highlands-snow-february-2026' },
  buildId: 'k3X9pQe2mVt7',
  isFallback: false,
  gsp: true,
});
const uHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${uTitle} |
Brackenridge Freight</title><meta name="description" content="Latest service update for pallet deliveries in the Highlands."><meta name="next-head-count"
content="6"><link rel="preload" href="/_next/static/css/8a2c1e0f4b.css" as="style"><link rel="stylesheet" href="/_next/static/css/8a2c1e0f4b.css"
data-n-g=""><noscript data-n-css=""></noscript><script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-38cee4c0e358b1a3.js" defer></script><script src="/_next/static/chunks/main-e1f8a4c2b19d7f3a.js" defer></script>
<script src="/_next/static/chunks/pages/service-updates/%5Bslug%5D-5b1f0e4c2a.js" defer></script>
<script src="/_next/static/k3X9pQe2mVt7/_buildManifest.js" defer></script></head>
<body><div id="__next"><div class="StatusBanner_banner__p2QxL StatusBanner_warning__H8d1s" role="status"><p class="StatusBanner_text__Zs7m1">Severe
weather is affecting some deliveries in Scotland. <a href="/service-updates">See all service updates</a></p></div>
<header class="Header_header__Q1fVb"><a class="Header_logo__1xAzR" href="/"><span class="visually-hidden">Brackenridge Freight home</span></a>
<nav class="Header_nav__3kLpm" aria-label="Main"><ul class="Header_list__v7TqE">${links(uNav, 'Header_item__Jw2nc')}</ul></nav>
<form class="TrackSearch_form__8rPz0" role="search"><label for="track" class="visually-hidden">Tracking number</label><input id="track"
placeholder="Enter a tracking number" class="TrackSearch_input__c4Wd9"><button class="Button_primary__u1Mxe" type="submit">Track</button></form>
<a class="Header_account__Lm0sT" href="/login">Log in</a></header>
<main class="ServiceUpdate_main__kR3sd"><nav aria-label="Breadcrumb" class="Breadcrumbs_nav__Yt6pA"><ol><li><a href="/">Home</a></li><li><a
href="/help">Help</a></li><li><a href="/service-updates" aria-current="page">Service updates</a></li></ol></nav>
<div class="ServiceUpdate_header__0nVq2"><span class="Pill_pill__Xx2t9 Pill_amber__uR4e1">Ongoing</span><h1 class="ServiceUpdate_title__dE8bU">${uTitle}</h1>
<p class="ServiceUpdate_meta__F2gk7">Last updated: 12 February 2026, 08:40</p></div>
<div class="RichText_richText__m0xH4 ServiceUpdate_body__b7Rqa"><p>${uBody[0]}</p><ul>${uBody
  .slice(1, 5)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><p>${uBody[5]}</p><p>${uBody[6]}</p></div>
<div class="Feedback_feedback__2jRnX"><p class="Feedback_question__rT5nm">Was this page helpful?</p><button class="Feedback_button__e4Aqp">Yes</button>
<button class="Feedback_button__e4Aqp">No</button></div>
<section class="OtherUpdates_section__qW8sE"><h2 class="OtherUpdates_title__vN0aL">Other service updates</h2>
<ul>${links(uOther, 'OtherUpdates_item__h2Kc5')}</ul>
</section></main>
<footer class="Footer_footer__kD9aa"><ul class="Footer_links__3jGsQ">${links(uFoot, 'Footer_link__Rq1Bc')}</ul><p class="Footer_legal__cZ2pY">Brackenridge
Freight Ltd is registered in Scotland, company number SC418820. © 2026</p></footer></div>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="Cookie consent"><div
id="CybotCookiebotDialogBodyContent"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div
id="CybotCookiebotDialogBodyContentText">We use cookies to remember your settings and to understand how our tracking pages are used.</div></div>
<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button
id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</button><button
id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div>
<script id="__NEXT_DATA__" type="application/json">${nextData}</script></body></html>`;
export const serviceUpdate: TestPage = {
  name: 'heldout438-nextjs-service-update',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts(uBody),
  bylines: ['Last updated: 12 February 2026, 08:40'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Severe weather is affecting some deliveries in Scotland.', 'See all service updates', 'Brackenridge Freight home', ...uNav, 'Tracking number',
    'Log in', 'Home', 'Service updates', 'Ongoing', 'Was this page helpful?', 'Yes', 'Other service updates', ...uOther, ...uFoot,
    'Brackenridge Freight Ltd is registered in Scotland, company number SC418820. © 2026', 'This website uses cookies',
    'We use cookies to remember your settings and to understand how our tracking pages are used.', 'Deny', 'Allow selection', 'Allow all',
  ],
};
