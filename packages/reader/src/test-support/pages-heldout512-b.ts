import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout512-kit.js';

/**
 * Held-out batch 512, file b: an airport transfer booking page on a Next.js app (Tailwind, Radix accordion, OneTrust banner,
 * `__NEXT_DATA__`) with a booking form and vehicle cards, and a borough council's public notice of taxi fare changes on
 * LocalGov Drupal with an alert banner, Civic Cookie Control and a related-links sidebar.
 */
const hTitle = 'Harwick Airport transfers';
const hDek = 'Fixed-price taxis and minibuses between Harwick Airport and anywhere within 80 miles, booked in two minutes and met in arrivals.';
const hSteps = [
  'Enter your flight number and we track it, so your driver waits if you land late.',
  'Your driver meets you in the arrivals hall holding a sign with your name on it.',
  'Pay now or on the day. Cancel free of charge up to 24 hours before pick-up.',
];
const hCars: [string, string, string][] = [
  ['Standard saloon', 'Up to 3 passengers and 3 suitcases', 'From £41'],
  ['Estate', 'Up to 4 passengers and 4 suitcases', 'From £48'],
  ['Minibus', 'Up to 8 passengers and 8 suitcases', 'From £79'],
];
const hMeet = [
  j(
    'Drivers wait beside the information desk in the arrivals hall of the North Terminal. If you are arriving at the South',
    'Terminal, your driver meets you at the exit from customs, next to the bureau de change.',
  ),
  j(
    'Waiting is free for 60 minutes after your flight lands. After that we charge £5 for every 15 minutes, and we always call',
    'you before any charge is added.',
  ),
];
const hQs = ['What happens if my flight is delayed?', 'Can I book a child seat?', 'Do prices include parking and drop-off fees?'];
const hA1 = 'We track every flight and move the pick-up time for you. There is no charge for delays, however long they are.';
const hRoutes = ['Harwick Airport to Marlbridge', 'Harwick Airport to Castlebury', 'Harwick Airport to Wenford', 'Harwick Airport to Oldbury Cross'];
const hNav = ['Airports', 'Business', 'Help', 'Manage booking'];
const hFoot = ['About us', 'Careers', 'Press', 'Help centre', 'Contact us', 'Terms and conditions', 'Privacy notice', 'Cookie policy'];
const hBtn = 'inline-flex items-center justify-center rounded-full bg-emerald-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-emerald-700';
const hField = (id: string, label: string, input: string): string =>
  `<div class="flex flex-col gap-1"><label for="${id}" class="text-xs font-medium uppercase tracking-wide text-slate-500">${label}</label>${input}</div>`;
const hPax = '<option>1</option><option selected>2</option><option>3</option><option>4</option>';
const hFaq = hQs
  .map((q, i) => {
    const open = i === 0 ? 'open' : 'closed';
    const body = i === 0 ? `<div class="pb-4 text-slate-600"><p>${hA1}</p></div>` : '';
    return `<div data-state="${open}" data-orientation="vertical" class="border-b border-slate-200"><h3 data-orientation="vertical" data-state="${open}"
class="flex"><button type="button" aria-controls="radix-:r${i}:" aria-expanded="${i === 0}" data-state="${open}" data-orientation="vertical"
id="radix-:q${i}:" class="flex flex-1 items-center justify-between py-4 text-left font-medium">${q}<svg width="15" height="15" viewBox="0 0 15 15"
aria-hidden="true"><path d="M3.1 5.8 7.5 10l4.4-4.2"></path></svg></button></h3><div data-state="${open}" id="radix-:r${i}:" role="region"
aria-labelledby="radix-:q${i}:" data-orientation="vertical" class="overflow-hidden text-sm"${i === 0 ? '' : ' hidden=""'}>${body}</div></div>`;
  })
  .join('\n');
const hData = JSON.stringify({
  props: { pageProps: { airport: { code: 'HWK', name: 'Harwick Airport' }, faqs: hQs.map((q) => ({ q })), locale: 'en-GB' } },
  page: '/airports/[slug]',
  query: { slug: 'harwick' },
  buildId: 'k3Fq9xWm2pLr',
  isFallback: false,
});
const hHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harwick Airport Transfers | Fixed Prices, Free Cancellation | Hopline</title>
<meta name="description" content="${hDek}"><link rel="canonical" href="https://www.hopline.co.uk/airports/harwick">
<meta property="og:title" content="Harwick Airport Transfers | Hopline"><meta name="next-head-count" content="9">
<link rel="preload" href="/_next/static/media/inter-latin.woff2" as="font" type="font/woff2" crossorigin="anonymous">
<link rel="stylesheet" href="/_next/static/css/7c1d3e9a0b4f.css" data-precedence="next">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${hQs[0]}",
"acceptedAnswer":{"@type":"Answer","text":"${hA1}"}}]}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0189-hopline" async></script></head>
<body class="bg-white font-sans text-slate-900 antialiased"><div id="__next">
<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur">
<div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
<a href="/" aria-label="Hopline home" class="flex items-center gap-2"><svg class="h-7 w-7 text-emerald-600" viewBox="0 0 32 32" aria-hidden="true">
<circle cx="16" cy="16" r="14"></circle></svg><span class="text-lg font-bold tracking-tight">hopline</span></a>
<nav aria-label="Main" class="hidden gap-6 text-sm font-medium md:flex">
${hNav.map((t) => `<a class="hover:text-emerald-700" href="/${t.toLowerCase()}">${t}</a>`).join('')}
</nav><div class="flex items-center gap-3"><button type="button" class="text-sm text-slate-600">GBP £</button><a href="/account/sign-in"
class="rounded-full border border-slate-300 px-4 py-1.5 text-sm">Sign in</a></div></div></header>
<main id="main"><nav aria-label="Breadcrumb" class="mx-auto max-w-7xl px-4 pt-4 text-sm text-slate-500"><ol class="flex gap-2"><li><a href="/">Home</a></li>
<li aria-hidden="true">/</li><li><a href="/airports">Airports</a></li><li aria-hidden="true">/</li><li aria-current="page">Harwick</li></ol></nav>
<section class="bg-gradient-to-b from-emerald-50 to-white"><div class="mx-auto grid max-w-7xl gap-10 px-4 py-12 lg:grid-cols-2">
<div><h1 class="text-4xl font-extrabold tracking-tight sm:text-5xl">${hTitle}</h1><p class="mt-4 max-w-xl text-lg text-slate-600">${hDek}</p>
<p class="mt-6 flex items-center gap-2 text-sm text-slate-500"><span aria-hidden="true">★★★★★</span>Rated 4.8 out of 5 from 3,214 reviews</p></div>
<form class="rounded-2xl bg-white p-6 shadow-xl ring-1 ring-slate-200" action="/quote"><div role="tablist" class="mb-4 flex gap-2">
<button role="tab" aria-selected="true" type="button" class="rounded-full bg-slate-900 px-3 py-1 text-xs text-white">One way</button>
<button role="tab" aria-selected="false" type="button" class="rounded-full px-3 py-1 text-xs">Return</button></div><div class="grid gap-4 sm:grid-cols-2">
${hField('from', 'From', '<input id="from" name="from" value="Harwick Airport (HWK)" class="rounded-lg border px-3 py-2">')}
${hField('to', 'To', '<input id="to" name="to" placeholder="Hotel, address or postcode" class="rounded-lg border px-3 py-2">')}
${hField('date', 'Date', '<input id="date" name="date" type="date" class="rounded-lg border px-3 py-2">')}
${hField('time', 'Time', '<input id="time" name="time" type="time" class="rounded-lg border px-3 py-2">')}
${hField('pax', 'Passengers', `<select id="pax" name="pax" class="rounded-lg border px-3 py-2">${hPax}</select>`)}
</div><button type="submit" class="${hBtn} mt-6 w-full">See prices</button></form></div></section>
<section class="mx-auto max-w-7xl px-4 py-12"><h2 class="text-2xl font-bold">How it works</h2>
<ol class="mt-6 grid gap-6 md:grid-cols-3">${lis(hSteps, 'rounded-xl bg-slate-50 p-5')}</ol></section>
<section class="mx-auto max-w-7xl px-4 py-12"><h2 class="text-2xl font-bold">Choose your vehicle</h2><div class="mt-6 grid gap-6 md:grid-cols-3">
${hCars
  .map(
    ([n, c, p]) => `<div class="rounded-2xl border border-slate-200 p-6">
<img src="/_next/image?url=%2Fcars%2F${n.toLowerCase().replace(/ /g, '-')}.png&amp;w=384&amp;q=75"
alt="" width="192" height="96" loading="lazy"><h3 class="mt-4 text-lg font-semibold">${n}</h3><p class="text-sm text-slate-600">${c}</p>
<p class="mt-2 text-xl font-bold">${p}</p><a href="/quote?vehicle=${n.toLowerCase().replace(/ /g, '-')}" class="${hBtn} mt-4">Select</a></div>`,
  )
  .join('\n')}</div></section>
<section class="mx-auto max-w-7xl px-4 py-12">
<h2 class="text-2xl font-bold">Meeting your driver</h2>${ps(hMeet, ' class="mt-4 max-w-3xl text-slate-700"')}</section>
<section class="mx-auto max-w-3xl px-4 py-12"><h2 class="text-2xl font-bold">Frequently asked questions</h2><div class="mt-6" data-orientation="vertical">
${hFaq}</div></section>
<section class="border-t border-slate-200 bg-slate-50"><div class="mx-auto max-w-7xl px-4 py-10"><h2 class="text-lg font-semibold">Popular routes</h2>
<ul class="mt-4 grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-4">${links(hRoutes)}</ul></div></section></main>
<footer class="bg-slate-900 text-slate-300"><div class="mx-auto grid max-w-7xl gap-8 px-4 py-12 md:grid-cols-4"><div><p class="text-white">hopline</p>
<p class="mt-2 text-sm">Airport transfers you can count on.</p></div><ul class="space-y-2 text-sm">${links(hFoot)}</ul></div>
<p class="mx-auto max-w-7xl px-4 pb-8 text-xs">© 2026 Hopline Travel Ltd. Registered in England and Wales, company number 11920455.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to make our site work, to understand how it is used and to show you relevant offers.
<a class="ot-cookie-policy-link" href="/cookie-policy" aria-label="More information about your privacy, opens in a new tab">Cookie Policy</a></p></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">${hData}</script>
<script src="/_next/static/chunks/webpack-5d1c0a2b.js" defer></script><script src="/_next/static/chunks/pages/airports/%5Bslug%5D-9e2f.js" defer></script>
</body></html>`;
const hopline: TestPage = {
  name: 'heldout512-nextjs-airport-transfer',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['How it works', 'Choose your vehicle', ...hCars.map(([n]) => n), 'Meeting your driver', 'Frequently asked questions', ...hQs],
  body: [hDek, ...hSteps, ...hCars.flatMap(([, c, p]) => [c, p]), ...hMeet, hA1],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'hopline', ...hNav, 'GBP £', 'Sign in', 'Home', 'Rated 4.8 out of 5 from 3,214 reviews', 'One way', 'Return', 'Date',
    'See prices', 'Select', 'Popular routes', ...hRoutes, 'Airport transfers you can count on.',
    ...hFoot, '© 2026 Hopline Travel Ltd. Registered in England and Wales, company number 11920455.',
    'We use cookies to make our site work, to understand how it is used and to show you relevant offers. Cookie Policy', 'Cookie Settings', 'Reject All',
    'Accept All Cookies',
  ],
};

const eTitle = 'Public notice: proposed changes to hackney carriage fares';
const eLead = j(
  'Notice is hereby given that Elmsworth Borough Council proposes to vary the table of fares for hackney carriages licensed',
  'by the council, under section 65 of the Local Government (Miscellaneous Provisions) Act 1976.',
);
const eWhen = 'If confirmed, the new fares will take effect on 1 February 2027. The main changes are shown in the table below.';
const eRows = [
  ['Flag fall, including the first 880 yards (day rate)', '£3.00', '£3.40'],
  ['Each further 176 yards or part', '£0.20', '£0.22'],
  ['Waiting time, each 40 seconds', '£0.20', '£0.25'],
  ['Night and Sunday rate', 'Meter plus 50%', 'Meter plus 50%'],
  ['Soiling charge (maximum)', '£75.00', '£90.00'],
];
const eInspect = j(
  'The full proposed table of fares may be inspected free of charge at the Civic Centre reception between 9am and 4.30pm,',
  'Monday to Friday, and a copy can be requested from the Licensing Team.',
);
const eObject = [
  j(
    'Any objection to the proposed variation must be made in writing, giving the grounds for the objection, and must reach the',
    'Licensing Team by 5pm on Monday 4 January 2027. Objections may be emailed to licensing@elmsworth.gov.uk or posted to the',
    'address at the end of this notice.',
  ),
  j(
    "If objections are made and not withdrawn, the council's Licensing Committee will consider them at a public meeting and",
    'decide whether to confirm the fares with or without changes. If no objections are made, the fares will come into force on',
    'the date given above.',
  ),
];
const eWhy = j(
  'Fares were last increased in April 2024. Since then the cost of fuel, insurance and vehicle repairs has risen, and the',
  'Elmsworth Hackney Drivers Association asked the council in September to review the table. The increase on a typical',
  'three-mile daytime journey would be 90p, from £9.40 to £10.30.',
);
const eAddr = 'Licensing Team, Civic Centre, Market Street, Elmsworth EL1 4QA';
const eNav = ['Bins and recycling', 'Council tax', 'Housing', 'Licensing', 'Parking', 'Planning and building control'];
const eRel = ['Taxi and private hire licensing', 'Hackney carriage fares table (PDF, 96KB)', 'Licensing Committee meetings'];
const eFoot = ['Contact us', 'Accessibility statement', 'Cookies', 'Privacy notice', 'Jobs'];
const eHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${eTitle} | Elmsworth Borough Council</title><link rel="canonical" href="https://www.elmsworth.gov.uk/news/proposed-changes-hackney-carriage-fares">
<meta name="description" content="The council proposes new hackney carriage fares from 1 February 2027. Objections by 4 January 2027.">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/3318","currentLanguage":"en"},
"localgov_alert_banner":{"cookiePrefix":"hide-alert-banner-token"}}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t8x2qd"><link rel="stylesheet" media="all"
href="/themes/custom/elmsworth/css/theme.css?t8x2qd">
<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script></head>
<body class="path-node page-node-type-localgov-news-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-region lgd-region--pre-header region region-pre-header">
<div class="js-localgov-alert-banner localgov-alert-banner localgov-alert-banner--minor" role="region" aria-label="Alert"
data-dismiss-alert-token="5f1c"><div class="localgov-alert-banner__content"><div class="localgov-alert-banner__title">Christmas bin collections</div>
<div class="localgov-alert-banner__body">
<p>Collections move by one day in the week after Christmas. <a href="/bins-christmas">Check your new collection day</a></p>
</div></div><button class="js-localgov-alert-banner__close localgov-alert-banner__close" aria-label="Hide alert">Hide</button></div></div>
<header class="lgd-header"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="lgd-header__logo"><img src="/themes/custom/elmsworth/logo.svg" alt="Elmsworth Borough Council home page"></a></div>
<div class="lgd-header__search"><form action="/search" method="get" class="localgov-search-block">
<label for="edit-s" class="visually-hidden">Search this site</label>
<input type="search" id="edit-s" name="s" placeholder="Search"><button type="submit" class="localgov-search-block__submit">Search</button></form></div></div>
</div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary navigation"><ul class="lgd-header__nav-list">
${links(eNav, 'lgd-header__nav-item')}</ul></nav></header>
<div class="lgd-region--breadcrumb"><div class="lgd-container padding-horizontal"><nav class="lgd-breadcrumbs" aria-label="Breadcrumb">
<ol class="lgd-breadcrumbs__items"><li class="lgd-breadcrumbs__item"><a href="/">Home</a></li><li class="lgd-breadcrumbs__item"><a href="/news">News</a></li>
</ol></nav></div></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title"><span class="field field--name-title">${eTitle}</span></h1></div>
<article role="article" class="localgov-news-article node node--type-localgov-news-article node--view-mode-full"><div class="localgov-news-article__date">
<time datetime="2026-12-03T12:00:00Z">3 December 2026</time></div>
<div class="localgov-news-article__image"><figure><img src="/sites/default/files/styles/large/public/2026-12/taxi-rank.jpg" alt="Taxis at the station rank">
<figcaption>Taxis waiting at the Elmsworth station rank</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([eLead, eWhen])}
<table><thead><tr><th>Charge</th><th>Current fare</th><th>Proposed fare</th></tr></thead><tbody>${trs(eRows)}</tbody></table>
<p>${eInspect}</p>
<h2>How to object</h2>${ps(eObject)}
<h2>Why the fares are being reviewed</h2><p>${eWhy}</p>
<p>Dated 3 December 2026</p><p>Marguerite Oduya-Fenn<br>Head of Regulatory Services</p><p>${eAddr}</p></div>
<div class="localgov-social-share"><h2 class="localgov-social-share__title">Share this page</h2><ul class="localgov-social-share__list">
<li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A//www.elmsworth.gov.uk/news/3318">Facebook</a></li>
<li><a href="https://x.com/intent/post?url=https%3A//www.elmsworth.gov.uk/news/3318">X</a></li>
<li><a href="mailto:?subject=${eTitle}">Email</a></li></ul></div></article></div>
<aside class="lgd-row__one-third sidebar"><div class="block block-localgov-news block-localgov-news-related"><h2 class="block__title">Related links</h2>
<ul>${links(eRel)}</ul></div><div class="block"><h2 class="block__title">Latest news</h2><ul>${links([
  'New opening hours for the Civic Centre',
  'Winter gritting routes published',
])}</ul></div></aside></div></div></main>
<footer class="lgd-footer"><div class="lgd-container padding-horizontal"><div class="lgd-footer__upper"><ul class="lgd-footer__nav">${links(eFoot)}</ul></div>
<div class="lgd-footer__lower"><p>© Elmsworth Borough Council 2026</p></div></div></footer></div>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify__bottom" role="dialog"><div class="ccc-notify-text">
<h3>Cookies on this site</h3><p>We use some essential cookies to make this website work. We'd also like to set optional cookies to help us improve it.</p></div>
<div class="ccc-notify-buttons"><button class="ccc-notify-button ccc-accept-button"><span>Accept</span></button>
<button class="ccc-notify-button ccc-reject-button"><span>Reject</span></button><button class="ccc-notify-button ccc-link ccc-tabbable ccc-notify-link">
<span>Cookie preferences</span></button></div></div></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script><script src="/modules/contrib/localgov_alert_banner/js/alert_banner.js?t8x2qd"></script></body></html>`;
const elmsworth: TestPage = {
  name: 'heldout512-localgov-fare-notice',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: ['How to object', 'Why the fares are being reviewed'],
  body: [eLead, eWhen, ...rowTexts(eRows), eInspect, ...eObject, eWhy, eAddr],
  bylines: ['3 December 2026', 'Dated 3 December 2026', 'Marguerite Oduya-Fenn', 'Head of Regulatory Services'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Christmas bin collections', 'Collections move by one day in the week after Christmas. Check your new collection day', 'Hide',
    'Search this site', 'Search', ...eNav.filter((t) => t !== 'Licensing'), 'Home', 'News', 'Taxis waiting at the Elmsworth station rank', 'Share this page',
    'Facebook', 'X', 'Email', 'Related links', ...eRel, 'Latest news', 'New opening hours for the Civic Centre', 'Winter gritting routes published', ...eFoot,
    '© Elmsworth Borough Council 2026', 'Cookies on this site',
    "We use some essential cookies to make this website work. We'd also like to set optional cookies to help us improve it.", 'Accept', 'Reject',
    'Cookie preferences',
  ],
};

export const HELDOUT512_B: readonly TestPage[] = [hopline, elmsworth];
