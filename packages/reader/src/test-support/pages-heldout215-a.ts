import { links, ps, type TestPage, texts } from './page-kit.js';
import { railWorks } from './pages-heldout215-a2.js';

/**
 * Held-out batch 215, file a: an airline's travel advisory page on an AEM-style airline site (OneTrust cookie banner, skip
 * link, the red global alert bar, the header with booking nav and "Log in", breadcrumb, the "Last updated" line, the
 * advisory text with an FAQ accordion whose questions are h3 buttons, "Was this page helpful?", the flight-status widget
 * and "Related travel updates" in the side column, the app promo and the footer) and, from file a2, a rail operator's
 * engineering-works page.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((x) => x.replace(/\s+/g, ' '));
const aTitle = 'Storm Hedda: changes to flights in northern Europe';
const aP1 = paras(`
Storm Hedda is expected to bring winds of up to 110 km/h and heavy snow to Norway, Sweden and the north of Scotland from the
evening of Wednesday 4 March until at least midday on Friday 6 March. We have cancelled some flights in advance and expect
further delays while the storm passes.

If your flight is affected, we will contact you by email and text message using the details in your booking. Please make sure
your contact details are up to date in <a href="/manage">Manage My Booking</a> before you travel.`);
const aH1 = 'Which flights are affected';
const aP2 = ['The following airports are included in this advisory:'];
const aL1 = ['Tromvik (TMV)', 'Lunnholm (LNH)', 'Fjellstad (FJD)', 'Aberkirk (ABK)', 'Skarvik (SKV)'];
const aP3 = paras(`
Flights to and from these airports between 4 and 6 March may be cancelled, retimed or diverted at short notice. Flights on other
routes may also be delayed because aircraft and crew will be out of position after the storm.`);
const aH2 = 'If your flight is cancelled';
const aP4 = paras(`
We will rebook you automatically on the next available Aeris Atlantic flight with seats in the same cabin, and send your new
itinerary by email. If the new flight does not suit you, you can choose one of these options instead:`);
const aL2 = paras(`
Move to another Aeris Atlantic flight up to 14 days after your original date, at no extra cost.

Change your destination to another airport in the same country, subject to availability.

Cancel your trip and request a full refund to your original form of payment.`);
const aP5 = ['Refunds are processed within seven working days, although your bank may take longer to show the money in your account.'];
const aH3 = 'If your flight is still operating';
const aP6 = paras(`
You can move to a different date between 2 and 13 March without paying a change fee, as long as you travel between the same
cities. If the new fare is higher, you will not be asked to pay the difference when you rebook in the same cabin.

This waiver applies to tickets issued on or before 3 March 2026 for travel between 4 and 6 March to or from the airports listed
above. Tickets booked as part of a holiday package are covered by the same terms.`);
const aH4 = 'Frequently asked questions';
const aFaq = [
  {
    q: 'Will you pay for a hotel if I am stuck overnight?',
    a: paras(`Yes. If your flight is cancelled and you cannot travel until the next day, our airport teams will arrange a hotel and
meals. If they cannot, keep your receipts and claim reasonable costs through our website after you travel.`),
  },
  {
    q: 'Can I claim compensation for the cancellation?',
    a: paras(`Severe weather is an extraordinary circumstance, so fixed compensation is not usually payable for cancellations
caused by the storm. You are still entitled to care while you wait, and to rebooking or a refund.`),
  },
  {
    q: 'I booked through a travel agent. What should I do?',
    a: paras(`Please contact your travel agent, who can change your booking on your behalf under the same conditions. Agents can
see this waiver in their booking systems under the code WX-HEDDA.`),
  },
];
const aNav = 'Book|Manage|Check in|Flight status|Travel information|Aeris Club'.split('|');
const aCrumbs = 'Home|Help and contacts|Travel advisories'.split('|');
const aCookie = [
  'We use cookies and similar technologies to run our website, remember your preferences, measure performance and show you ' +
    'relevant offers. You can accept all cookies or choose which ones we use.',
  'Accept All Cookies',
  'Reject All',
  'Cookie Settings',
];
const aAlert = 'Storm Hedda: check your flight status before you leave for the airport.';
const aWidget = 'Check flight status|Flight number|Date of departure|Today|Tomorrow|Check status'.split('|');
const aRelated = [
  'Strike action at Port Ardmore airport, 10 March',
  'Runway works at Lunnholm: earlier check-in closing times',
  'Entry requirements for Norway and Sweden',
  'All travel advisories',
];
const aFoot = [
  'About Aeris Atlantic',
  'Careers',
  'Media centre',
  'Investor relations',
  'Contact us',
  'Accessibility',
  'Conditions of carriage',
  'Privacy policy',
  'Cookie policy',
  'Modern slavery statement',
  'Sitemap',
];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><title>Storm Hedda: changes to flights in northern Europe | Aeris Atlantic</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta
name="description" content="Storm Hedda: flight cancellations, rebooking and refunds.">
<meta property="og:title" content="${aTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="Aeris Atlantic">
<meta name="template" content="advisory-page"><link rel="canonical" href="https://www.aerisatlantic.example/en-gb/help/travel-advisories/storm-hedda">
<link rel="stylesheet" href="/etc.clientlibs/aeris/clientlibs/clientlib-site.lc-7f3a1e-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home","item":"https://www.aerisatlantic.example/en-gb"},{"@type":"ListItem","position":2,"name":"Travel advisories"}]}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"advisory","market":"gb","lang":"en"});</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="5c1e9a0f-aeris" async></script></head>
<body class="page basicpage" id="page-4f1c2a">
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat ot-bnr-w-logo" tabindex="0" role="region" aria-label="Cookie banner"><div role="alertdialog"
aria-describedby="onetrust-policy-text"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight">
<div id="onetrust-policy"><div id="onetrust-policy-text">${aCookie[0]}</div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">${aCookie[3]}</button><button id="onetrust-reject-all-handler">${aCookie[2]}</button>
<button id="onetrust-accept-btn-handler">${aCookie[1]}</button></div></div></div></div></div></div></div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="global-alert global-alert--red" role="alert" data-alert-id="hedda"><div class="global-alert__inner"><span class="icon icon-warning"
aria-hidden="true"></span><p>${aAlert} <a href="/en-gb/flight-status">Check flight status</a></p>
<button class="global-alert__close" aria-label="Close alert"><span class="visually-hidden">Close</span></button></div></div>
<header class="site-header" role="banner"><div class="site-header__top"><a class="site-header__logo" href="/en-gb"><img src="/content/dam/aeris/logo.svg"
alt="Aeris Atlantic home"></a><div class="site-header__utility"><button class="locale-selector" aria-haspopup="dialog">United Kingdom | English</button>
<a class="site-header__login" href="/en-gb/login">Log in</a><a class="site-header__join" href="/en-gb/aeris-club/join">Join Aeris Club</a></div></div>
<nav class="main-nav" aria-label="Main navigation"><ul class="main-nav__list">${links(aNav, 'main-nav__item')}</ul></nav></header>
<main id="main-content" class="main" role="main">
<div class="breadcrumb"><nav aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">${links(aCrumbs, 'cmp-breadcrumb__item')}
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page"><span>Storm Hedda</span></li></ol></nav></div>
<div class="responsivegrid container"><div class="aem-Grid aem-Grid--12"><div class="aem-GridColumn aem-GridColumn--default--8">
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${aTitle}</h1></div></div>
<div class="text advisory-meta"><div class="cmp-text"><p class="advisory-meta__updated">Last updated 14:20 GMT, Tuesday 3 March 2026</p></div></div>
<div class="text"><div class="cmp-text">
${ps(aP1)}
<h2>${aH1}</h2>
${ps(aP2)}
<ul>${aL1.map((t) => `<li>${t}</li>`).join('')}</ul>
${ps(aP3)}
<h2>${aH2}</h2>
${ps(aP4)}
<ul>${aL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(aP5)}
<h2>${aH3}</h2>
${ps(aP6)}
</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${aH4}</h2></div></div>
<div class="accordion panelcontainer"><div class="cmp-accordion" data-cmp-is="accordion" data-single-expansion="false">
${aFaq
  .map(
    (f, i) => `<div class="cmp-accordion__item" data-cmp-hook-accordion="item" id="faq-${i}"><h3 class="cmp-accordion__header">
<button class="cmp-accordion__button" aria-controls="faq-${i}-panel" aria-expanded="false" data-cmp-hook-accordion="button">
<span class="cmp-accordion__title">${f.q}</span><span class="cmp-accordion__icon"></span></button></h3>
<div data-cmp-hook-accordion="panel" id="faq-${i}-panel" class="cmp-accordion__panel cmp-accordion__panel--hidden" role="region" aria-hidden="true">
<div class="text"><div class="cmp-text">${ps(f.a)}</div></div></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="page-feedback" data-component="feedback"><p class="page-feedback__question">Was this page helpful?</p>
<button class="btn btn--secondary" data-value="yes">Yes</button><button class="btn btn--secondary" data-value="no">No</button>
<p class="page-feedback__thanks" hidden>Thank you for your feedback.</p></div>
</div><div class="aem-GridColumn aem-GridColumn--default--4"><aside class="side-rail">
<div class="flight-status-widget"><h2 class="flight-status-widget__title">${aWidget[0]}</h2><form action="/en-gb/flight-status">
<label for="fs-number">${aWidget[1]}</label><input id="fs-number" name="flightNumber" placeholder="AA1234">
<label for="fs-date">${aWidget[2]}</label><select id="fs-date"><option>${aWidget[3]}</option><option>${aWidget[4]}</option></select>
<button class="btn btn--primary" type="submit">${aWidget[5]}</button></form></div>
<div class="link-list"><h2 class="link-list__title">Related travel updates</h2><ul>${links(aRelated, 'link-list__item')}</ul></div>
</aside></div></div></div></main>
<section class="app-promo"><div class="app-promo__text"><h2>Travel with the Aeris app</h2><p>Get your boarding pass, live gate changes and rebooking
options on your phone.</p></div><a class="app-promo__badge" href="https://apps.example/aeris-ios">Download on the App Store</a>
<a class="app-promo__badge" href="https://apps.example/aeris-android">Get it on Google Play</a></section>
<footer class="site-footer" role="contentinfo"><ul class="site-footer__links">${links(aFoot, 'site-footer__item')}</ul>
<p class="site-footer__copyright">© Aeris Atlantic Ltd 2026. Registered in England No. 04418273.</p></footer>
<script src="/etc.clientlibs/aeris/clientlibs/clientlib-site.lc-91b0d4-lc.min.js"></script></body></html>`;
const airline: TestPage = {
  html: aHtml,
  name: 'heldout215-airline-advisory-news',
  kind: 'news',
  // the FAQ questions (h3 accordion buttons) are headings and their hidden panels body
  title: aTitle,
  headings: [aH1, aH2, aH3, aH4, ...aFaq.map((f) => f.q)],
  body: [...texts(aP1), ...aP2, ...aL1, ...aP3, ...aP4, ...aL2, ...aP5, ...aP6, ...aFaq.flatMap((f) => f.a)],
  bylines: ['Last updated 14:20 GMT, Tuesday 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aCookie, 'Skip to main content', aAlert, 'Close', 'United Kingdom | English', 'Log in', 'Join Aeris Club', ...aNav, ...aCrumbs, 'Storm Hedda',
    'Was this page helpful?', 'Thank you for your feedback.', ...aWidget, 'Related travel updates', ...aRelated, 'Travel with the Aeris app',
    'Get your boarding pass, live gate changes and rebooking options on your phone.', 'Download on the App Store', 'Get it on Google Play', ...aFoot,
    '© Aeris Atlantic Ltd 2026. Registered in England No. 04418273.',
  ],
};

export const HELDOUT215_A: readonly TestPage[] = [airline, railWorks];
