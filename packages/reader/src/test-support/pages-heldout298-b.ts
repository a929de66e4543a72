import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout298-kit.js';

/**
 * Held-out batch 298, file b: a car maker's safety-recall notice on Adobe Experience Manager core components (aem-Grid,
 * cmp-breadcrumb, cmp-title, cmp-text, a VIN look-up form, a short notice, owner-support teasers, a disclaimer footer) and an
 * EV charging guide on a charging network's Next.js site (__next root, CSS-module class names, app download banner,
 * "Was this helpful?" feedback, related guides, __NEXT_DATA__).
 */
const rTitle = 'Safety Recall 26V-118: Second-Row Seat Belt Buckle';
const rFacts = [
  '<strong>Recall number:</strong> 26V-118 (Halden campaign H47)',
  '<strong>Models affected:</strong> 2024–2025 Halden Tamsin and Tamsin Hybrid',
  '<strong>Vehicles involved:</strong> approximately 41,300',
];
const rSec: [string, string[]][] = [
  [
    'What is the issue?',
    [
      j(
        'On some vehicles, the second-row center seat belt buckle may have been assembled with a latch spring that does not fully',
        'engage. The belt may appear to be latched but can release under load in a crash, increasing the risk of injury to the',
        'occupant of that seat.',
      ),
    ],
  ],
  [
    'What will Halden do?',
    [
      j(
        'Halden dealers will inspect the second-row center buckle and replace the buckle assembly if it comes from the affected',
        'production lot. The inspection takes about 30 minutes and the repair, if needed, about one hour. All work is free of charge.',
      ),
      j('Owner notification letters will be mailed beginning April 20, 2026. You do not need to wait for your letter to schedule', 'an appointment.'),
    ],
  ],
  [
    'What should I do until my vehicle is repaired?',
    [
      'Until the inspection is complete, Halden recommends that no one sits in the second-row center seat.',
      j(
        'If you have already paid for a repair to this buckle, you may be eligible for reimbursement. Keep your receipt and contact',
        'Halden Owner Relations.',
      ),
    ],
  ],
];
const rCrumbs = ['Home', 'Owners', 'Safety Recalls'];
const rNav = ['All Vehicles', 'Shopping Tools', 'Owners', 'Electrified', 'Find a Dealer'];
const rTeasers = ['Schedule Service', "Owner's Manuals", 'Warranty Coverage'];
const rFoot = ['Contact Us', 'Careers', 'Privacy', 'Legal', 'Accessibility', 'Do Not Sell or Share My Personal Information'];
const rHtml = `<!DOCTYPE HTML><html lang="en-US"><head><meta charset="UTF-8"><title>Safety Recall 26V-118 | Halden Owners</title>
<meta name="template" content="recall-detail-page"><meta name="description" content="Second-row seat belt buckle recall for 2024–2025 Halden Tamsin.">
<link rel="stylesheet" href="/etc.clientlibs/halden/clientlibs/clientlib-site.lc-7f3a-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Safety Recall 26V-118","publisher":{"@type":"Organization",
"name":"Halden Motor Company"}}</script><script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({"page":{"template":"recall"}});</script>
</head><body class="page basicpage" id="page-0c1b9e3a4f"><div class="root container responsivegrid"><div class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12"><div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<header class="cmp-experiencefragment cmp-experiencefragment--header">
<div class="cmp-image"><a href="/"><img alt="Halden" src="/content/dam/logo.svg"></a></div>
<nav class="cmp-navigation" role="navigation"><ul class="cmp-navigation__group">${links(rNav, 'cmp-navigation__item')}</ul></nav></header></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(rCrumbs, 'cmp-breadcrumb__item')}<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active">Recall 26V-118</li></ol></nav></div>
<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">${rTitle}</h1></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text recall-meta"><p>Date issued: March 30, 2026</p></div></div>
<div class="vinlookup aem-GridColumn aem-GridColumn--default--4"><div class="cmp-vin-lookup"><p class="cmp-vin-lookup__title">Check your vehicle</p>
<form><label for="vin">Enter your 17-character VIN</label><input id="vin" maxlength="17"><button type="submit">Search</button></form>
<p class="cmp-vin-lookup__hint">Your VIN is on your registration and at the base of the windshield.</p></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text"><ul>${rFacts.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
${rSec
  .map(
    ([h, p]) => `<div class="title aem-GridColumn aem-GridColumn--default--8"><div class="cmp-title"><h2 class="cmp-title__text">${h}</h2></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text">${ps(p)}</div></div>`,
  )
  .join('\n')}
<div class="teaser aem-GridColumn aem-GridColumn--default--12"><div class="cmp-container owner-support"><p class="cmp-teaser__pretitle">Owner Support</p>
<ul>${links(rTeasers, 'cmp-teaser')}</ul><p class="cmp-text">Halden Owner Relations: 1-800-555-0188, Monday–Friday, 8 a.m.–8 p.m. ET</p></div></div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="cmp-experiencefragment--footer">
<ul class="cmp-list">${links(rFoot, 'cmp-list__item')}</ul><p class="cmp-text">©2026 Halden Motor Company. Vehicles shown may include optional
equipment.</p></footer></div>
<div id="consent-banner" class="cmp-consent"><p>This site uses cookies to improve your experience and for marketing.</p><button>Accept Cookies</button>
<button>Manage Preferences</button></div></div></div></div>
<script src="/etc.clientlibs/halden/clientlibs/clientlib-site.lc-91b2-lc.min.js"></script></body></html>`;
const aem: TestPage = {
  name: 'heldout298-aem-recall-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rSec.map(([h]) => h),
  body: texts([...rFacts, ...rSec.flatMap(([, p]) => p)]),
  bylines: ['Date issued: March 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, ...rCrumbs, 'Recall 26V-118', 'Check your vehicle', 'Enter your 17-character VIN', 'Search',
    'Your VIN is on your registration and at the base of the windshield.', 'Owner Support', ...rTeasers,
    'Halden Owner Relations: 1-800-555-0188, Monday–Friday, 8 a.m.–8 p.m. ET', ...rFoot,
    '©2026 Halden Motor Company. Vehicles shown may include optional equipment.', 'This site uses cookies to improve your experience and for marketing.',
    'Accept Cookies', 'Manage Preferences',
  ],
};

const vTitle = 'How to Charge at a Voltway Fast Charger';
const vIntro = [
  j(
    'Fast charging is simpler than it looks. Most drivers are plugged in and charging within a minute of parking, and the whole',
    'stop usually takes 20 to 40 minutes. This guide walks you through a first visit, from finding a stall to unplugging.',
  ),
];
const vSec: [string, string[], string[]][] = [
  [
    'Before you arrive',
    [
      j(
        'Check the station status in the Voltway app or on the map. Each stall shows as available, in use or out of service, and',
        'the app also shows the maximum power each charger can deliver.',
      ),
    ],
    [
      'Precondition your battery if your car offers it: a warm battery accepts charge much faster.',
      'Arrive with 10 to 20 percent charge left so you are not stressed if a stall is busy.',
      'Add a payment method in the app, or bring a contactless card.',
      'Check which connector your car uses: most newer cars use CCS1 or NACS, and every stall is labelled with the connectors it offers.',
    ],
  ],
  [
    'Starting a session',
    [
      j(
        'Park so the cable reaches your charge port without stretching. Choose the connector that matches your car, plug it in',
        'firmly, then start the session by tapping your card on the reader, scanning the QR code on the screen, or choosing the',
        'stall number in the app.',
      ),
      j(
        'The screen shows the charging power, the energy delivered and the cost so far. You can leave the car while it charges;',
        'we will send a notification when it reaches your set limit.',
      ),
    ],
    [],
  ],
  [
    'Why charging slows down',
    [
      j(
        'Charging is fastest between about 10 and 60 percent. Above 80 percent the car itself reduces the power to protect the',
        'battery, so the last 20 percent can take as long as the first 60. On a road trip it is usually quicker to stop twice',
        'for a short charge than once for a full one.',
      ),
      j(
        'An idle fee of $0.40 per minute applies if your car stays plugged in more than five minutes after charging ends, so',
        'other drivers can use the stall.',
      ),
    ],
    [],
  ],
];
const vNav = ['Find a Charger', 'Pricing', 'For Business', 'Help Center'];
const vRelated = ['Understanding charging speeds and kW', 'What to do if a charger will not start', 'Membership plans compared'];
const vFoot = ['About Voltway', 'Careers', 'Newsroom', 'Status', 'Privacy Policy', 'Terms', '© 2026 Voltway Networks, Inc.'];
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>How to Charge at a Voltway Fast Charger | Voltway Help Center</title>
<meta name="viewport" content="width=device-width"/><meta name="description" content="A first visit to a Voltway fast charger, step by step."/>
<link rel="preload" href="/_next/static/css/4b7c8e21d3.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b7c8e21d3.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"How to Charge at a Voltway Fast Charger"}</script>
<noscript data-n-css=""></noscript></head><body><div id="__next"><div class="Layout_root__xK3pQ">
<div class="AppBanner_banner__9fGh2" role="region"><p class="AppBanner_text__Lr1aZ">Get the Voltway app for live stall status</p>
<a class="AppBanner_cta__b2N0q" href="/app">Download</a></div>
<header class="Header_header__Zp8Ty"><a class="Header_logo__j1ZkP" href="/" aria-label="Voltway home">Voltway</a>
<nav class="Header_nav__2uNcV"><ul>${links(vNav, 'Header_item__f8Qe1')}</ul></nav><a class="Button_primary__T6vJq" href="/account">Sign in</a></header>
<main class="HelpArticle_main__pL7sx"><nav class="Breadcrumbs_root__9QdsE" aria-label="breadcrumb"><a href="/help">Help Center</a><span>/</span>
<a href="/help/charging">Charging basics</a></nav><article class="HelpArticle_article__c4Wm1">
<h1 class="HelpArticle_title__Kf0aR">${vTitle}</h1><p class="HelpArticle_meta__uB7nN">Updated February 2, 2026 · 4 min read</p>
<div class="RichText_root__Yh2Qs">${ps(vIntro)}
${vSec
  .map(
    ([h, p, l]) => `<h2 id="${h.toLowerCase().replace(/\W+/g, '-')}">${h}</h2>
${ps(p)}${l.length > 0 ? `\n<ul>${l.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}`,
  )
  .join('\n')}
<figure class="RichText_figure__0oPq3"><img src="/_next/image?url=%2Fimg%2Fstall.jpg&amp;w=1080&amp;q=75" alt=""/><figcaption>The stall number
is printed above each screen.</figcaption></figure></div>
<div class="Feedback_root__Vx2sL"><p class="Feedback_question__m3Nq0">Was this article helpful?</p><button>Yes</button><button>No</button></div>
</article><aside class="HelpArticle_aside__rT5gW"><h2 class="HelpArticle_asideTitle__g8Hk0">Related articles</h2>
<ul>${links(vRelated, 'HelpArticle_related__W2nC9')}</ul><div class="ContactCard_root__n0Bv4"><p>Need help at a charger?</p>
<p>Call 1-888-555-0142, open 24/7</p></div></aside></main>
<footer class="Footer_footer__hN5kA"><ul>${links(vFoot.slice(0, 6), 'Footer_link__Ce8sT')}</ul><p>${vFoot[6]}</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"how-to-charge","locale":"en-US"}},"page":"/help/[slug]",
"buildId":"w8pKq2mZ","isFallback":false,"gssp":true}</script></body></html>`;
const nextEv: TestPage = {
  name: 'heldout298-nextjs-charging-docs',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vSec.map(([h]) => h),
  body: texts([...vIntro, ...vSec.flatMap(([, p, l]) => [...p, ...l])]),
  bylines: ['Updated February 2, 2026 · 4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Get the Voltway app for live stall status', 'Download', ...vNav, 'Sign in', 'Charging basics',
    'The stall number is printed above each screen.', 'Was this article helpful?', 'Yes', 'Related articles', ...vRelated,
    'Need help at a charger?', 'Call 1-888-555-0142, open 24/7', ...vFoot,
  ],
};

export const HELDOUT298_B: readonly TestPage[] = [aem, nextEv];
