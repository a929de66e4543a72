import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout581-kit.js';

/** Held-out batch 581, file a2: an airport transfer firm's step-by-step booking guide built with Wix. */
const lTitle = 'How to Book Your Airport Transfer';
const lIntro = [
  j(
    'Booking a transfer with Lumen takes about three minutes, and once it is done there is nothing left to think about until you',
    'land. This guide walks you through each step, explains what we need from you and what happens on the day.',
  ),
  j(
    'Most of our customers book online, but you can also book by phone or by email if you prefer to speak to someone. Whichever way',
    'you book, you get the same fixed price and the same confirmation.',
  ),
];
const lNeed = [
  'your flight number and the date you land or take off',
  'the full address you are travelling from or to, including the postcode',
  'how many passengers are travelling, including children and babies',
  'how many large cases, golf bags, ski bags or pushchairs you are bringing',
  'a mobile number that will work when you land',
];
const lVehicles = [
  '<strong>Saloon</strong> – up to 3 passengers and 3 large cases',
  '<strong>Estate</strong> – up to 4 passengers and 4 large cases',
  '<strong>Executive</strong> – up to 3 passengers in a Mercedes E-Class, with water and phone chargers',
  '<strong>Minibus</strong> – up to 8 passengers and 8 large cases, ideal for families and groups',
];
const lCancel = [
  'Changes to time, date or address are free up to 12 hours before pick-up.',
  'Cancel more than 24 hours before pick-up for a full refund.',
  'Cancel between 24 and 6 hours before pick-up and we refund half the fare.',
  'Cancellations within 6 hours of pick-up are not refunded.',
];
const lSec: [string, string[]][] = [
  ['Before you book', [j('Have these details to hand. They help us send the right vehicle and a driver who knows where to wait for you:')]],
  [
    'Step 1: Get a quote',
    [
      j(
        'Enter your pick-up point and destination in the quote box on our home page. You can type an airport name, a hotel or any',
        'address. Choose the date and time, and the number of passengers, then press the quote button.',
      ),
      j(
        'The price you see is the full price for the vehicle, not per person. It includes tolls, airport drop-off and pick-up charges,',
        'and 45 minutes of free waiting time after your flight lands.',
      ),
    ],
  ],
  ['Step 2: Choose your vehicle', [j('We show you every vehicle that fits your group and luggage. If you are not sure, pick the larger one:')]],
  [
    'Step 3: Add your flight details',
    [
      j(
        'For pick-ups from the airport, add your flight number rather than your landing time. Our office tracks every flight, so if',
        'you land early or late the driver adjusts the pick-up time for you at no extra cost.',
      ),
      j(
        'For drop-offs at the airport, tell us your departure time and we will suggest a pick-up time. We allow at least two and a',
        'half hours before long-haul flights and two hours before short-haul flights, plus the journey time at that hour.',
      ),
    ],
  ],
  [
    'Step 4: Pay and confirm',
    [
      j(
        'Pay by card, Apple Pay or Google Pay. Your booking is confirmed straight away and we send a confirmation email with a',
        'booking reference. Keep this email: you will need the reference to make changes.',
      ),
    ],
  ],
  [
    'On the day',
    [
      j(
        'The evening before a pick-up we send a text with your driver’s name and the vehicle registration. On the day, you receive',
        'another text when the driver is on the way, with a link to follow the car on a map.',
      ),
      j('If you cannot find your driver, call the 24-hour number at the bottom of your confirmation email. Please do not leave with another firm.'),
    ],
  ],
  [
    'Meeting your driver',
    [
      j(
        'At Castleford Airport the driver waits in the arrivals hall, opposite the café, holding a Lumen board with your name. At',
        'Northgate International, drivers are not allowed in the terminal, so the driver will meet you at the short-stay car park',
        'pay machines on level 0. We send you a photo of the meeting point with your confirmation.',
      ),
      j(
        'Your free waiting time starts when your flight lands. If baggage reclaim is slow, send us a text and we will tell the',
        'driver. We only start charging for waiting after 45 minutes, at £5 for each further 15 minutes.',
      ),
    ],
  ],
  ['Changes and cancellations', [j('You can change or cancel from the link in your confirmation email, or by calling us:')]],
];
const lOutro = j(
  'That is all there is to it. If something in this guide does not cover your journey, for example a very early flight, a wheelchair',
  'or a large group, email bookings@lumentransfers.example and one of the team will reply within the hour during office hours.',
);
const lNav = ['Home', 'Airports', 'Fleet', 'Prices', 'Booking Guide', 'Contact'];
const lFoot = ['Terms & Conditions', 'Privacy Policy', 'Accessibility Statement'];
const wixRt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wixP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const lSections = lSec
  .map(([h, paras], i) => {
    const extra = i === 0 ? `<ul class="font_8 wixui-rich-text__text">${lis(lNeed, 'wixui-rich-text__text')}</ul>` : '';
    const more =
      i === 2
        ? `<ul class="font_8 wixui-rich-text__text">${lis(lVehicles, 'wixui-rich-text__text')}</ul>`
        : i === 7
          ? `<ul class="font_8 wixui-rich-text__text">${lis(lCancel, 'wixui-rich-text__text')}</ul>`
          : '';
    const inner = `<h2 class="font_2 wixui-rich-text__text">${h}</h2>${paras.map(wixP).join('\n')}${extra}${more}`;
    return wixRt(`lq8x${i}k2`, inner);
  })
  .join('\n');
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Booking Guide | Lumen Transfers</title>
<meta name="description" content="Step-by-step guide to booking an airport transfer with Lumen Transfers."><meta property="og:site_name"
content="Lumen Transfers">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Lumen Transfers","telephone":"01632 960 877"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"3f1c0a2e","siteId":"a81b"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_CONTAINER{background:#fff}.KcpHeO{word-wrap:break-word}.font_2{font:normal normal bold 32px/1.3em 'dm sans',sans-serif}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mStkhj">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div class="Xl7tn0"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-lq7hd1l0" class="KcpHeO tz5f0K comp-lq7hd1l0 wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><a href="https://www.lumentransfers.example">LUMEN TRANSFERS</a></p></div>
<nav aria-label="Site" id="comp-lq7hd1m5" class="StylableHorizontalMenu3372578893__root comp-lq7hd1m5 wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">${lNav
  .map(
    (t) =>
      `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"><div
data-testid="linkElementText">${t}</div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-lq7hd1n2" class="comp-lq7hd1n2 wixui-button"><a data-testid="linkElement" href="/quote" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">
Get a Quote</span></a></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="p7kzr" class="dBAkHi theme-vars"><section id="comp-lq8x0a11" class="comp-lq8x0a11 wixui-section"><div data-testid="columns" class="V5AUxf">
${wixRt('lq8x0a2h', `<h1 class="font_0 wixui-rich-text__text">${lTitle}</h1>`)}
${wixRt('lq8x0a3c', lIntro.map(wixP).join('\n'))}
<div id="comp-lq8x0a4d" class="MazNVa comp-lq8x0a4d wixui-image"><div data-testid="linkElement" class="j7pOnl"><img src="https://static.wixstatic.example/media/
7ab3_arrivals.jpg/v1/fill/w_980,h_420/arrivals.jpg" alt="Driver holding a name board in an arrivals hall" width="980" height="420"></div></div>
${lSections}
${wixRt('lq8x9z01', wixP(lOutro))}
</div></section>
<section id="comp-lq8xcta1" class="comp-lq8xcta1 wixui-section"><div data-testid="columns" class="V5AUxf">
${wixRt('lq8xcta2', '<h2 class="font_2 wixui-rich-text__text">Ready when you are</h2>')}
${wixRt('lq8xcta3', wixP('Fixed prices, flight tracking and 45 minutes of free waiting on every airport pick-up.'))}
<div class="comp-lq8xcta4 wixui-button"><a data-testid="linkElement" href="/quote" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">
Book Your Transfer</span></a></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${wixRt(
  'lq7hf0a1',
  `${wixP('Lumen Transfers Ltd')}${wixP('Unit 4, Ferrers Court, Castleford CF7 2LN')}
${wixP('01632 960 877 · bookings@lumentransfers.example')}`,
)}
<ul class="footer-links">${links(lFoot)}</ul>
${wixRt('lq7hf0a3', wixP('© 2026 by Lumen Transfers. Proudly created with Wix.com'))}</div></footer></div></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div class="banner-wrapper" role="region" aria-label="Cookie banner">
<p data-hook="ccsu-banner-text">This website uses cookies. We use cookies to improve your experience and for marketing. <a href="/cookie-policy">Read our Cookie
Policy</a>.</p><div class="buttons"><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wixGuide: TestPage = {
  name: 'heldout581-wix-airport-booking-guide',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lSec.map(([h]) => h),
  body: texts([...lIntro, ...lSec.flatMap(([, p], i) => [...p, ...(i === 0 ? lNeed : i === 2 ? lVehicles : i === 7 ? lCancel : [])]), lOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'LUMEN TRANSFERS', ...lNav.slice(1), 'Ready when you are',
    'Fixed prices, flight tracking and 45 minutes of free waiting on every airport pick-up.', 'Book Your Transfer', 'Lumen Transfers Ltd',
    'Unit 4, Ferrers Court, Castleford CF7 2LN', '01632 960 877 · bookings@lumentransfers.example', ...lFoot,
    '© 2026 by Lumen Transfers. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience and for marketing. Read our Cookie Policy.', 'Settings', 'Decline All',
    'Accept',
  ],
};

export const HELDOUT581_A2: readonly TestPage[] = [wixGuide];
