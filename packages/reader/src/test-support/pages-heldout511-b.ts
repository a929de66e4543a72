import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout511-kit.js';

/**
 * Held-out batch 511, file b: a solar installer's FAQ page on Squarespace 7.1 (fluid engine sections, an accordion block whose
 * closed answers stay in the DOM, a newsletter block), and a distribution network's planned power-cut notice on Next.js
 * (CSS-module class names, a summary list, an update log, `__NEXT_DATA__`).
 */
const sTitle = 'Solar panels: your questions answered';
const sIntro = j(
  'We have fitted more than 1,800 systems across the Tamar valley since 2014. These are the questions we are asked most often',
  'on survey visits. If yours is not here, give the office a ring.',
);
const sFaq: [string, string[]][] = [
  [
    'Will panels work on a north-facing roof?',
    [
      j(
        'They will work, but a north-facing roof in Devon or Cornwall produces around 55 to 65% of what the same panels would make',
        'facing south. On a shallow roof the loss is smaller. We will model the output on your survey and tell you honestly if the',
        'payback is too long to be worth it.',
      ),
    ],
  ],
  [
    'Do I need planning permission?',
    [
      j(
        'Most homes do not. Panels on a pitched roof are permitted development as long as they do not stick out more than 20cm',
        'from the roof slope. Listed buildings and some homes in conservation areas need consent, and we will check this before we',
        'quote.',
      ),
    ],
  ],
  [
    'How long does installation take?',
    [
      'A typical 4kW system on a house takes one day with a two-person team, plus a morning for the scaffolding to go up and a morning for it to come down.',
      'A battery adds about half a day. We book the electrician for the same visit so you are not left waiting for sign-off.',
    ],
  ],
  [
    'What happens on a cloudy day?',
    [
      j(
        'Panels still generate in diffuse light, just less. A 4kW system that makes 20kWh on a bright June day might make 6kWh on an',
        'overcast one and under 2kWh on a dull day in December.',
      ),
    ],
  ],
  [
    'Can I sell the electricity I do not use?',
    [
      j(
        'Yes. Under the Smart Export Guarantee your supplier pays you for every unit you export, measured by your smart meter. Rates',
        'vary from about 4p to 15p per kWh, so it pays to compare. We register the system with the network operator for you.',
      ),
    ],
  ],
  [
    'What maintenance do the panels need?',
    ['Very little. Rain keeps most roofs clean enough. We recommend a check of the inverter and isolators every five years, which we offer for £95.'],
  ],
];
const sNav = ['Home', 'Solar', 'Batteries', 'EV chargers', 'Our work', 'FAQ', 'Contact'];
const sFoot = [
  'Kestle Solar Ltd · Unit 6, Harewood Business Park, Callington PL17 8JB',
  '01579 384 220 · hello@kestlesolar.co.uk',
  'MCS certified installer NAP-41277',
];
const acc = (q: string, a: string[], i: number): string => `<li class="accordion-item" data-is-first-item="${i === 0}">
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false"
aria-controls="accordion-${i}" id="button-accordion-${i}"><span class="accordion-item__title">${q}</span>
<div class="accordion-icon-container" aria-hidden="true"><div class="plus"><div class="line horizontal"></div><div class="line vertical"></div></div></div>
</button></h4><div class="accordion-item__dropdown" role="region" id="accordion-${i}" aria-labelledby="button-accordion-${i}">
<div class="accordion-item__description">${ps(a)}</div></div></li>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<meta charset="utf-8"><title>FAQ — Kestle Solar</title>
<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/6412ab/favicon.ico">
<link rel="canonical" href="https://www.kestlesolar.co.uk/faq"><meta property="og:site_name" content="Kestle Solar">
<meta property="og:title" content="FAQ — Kestle Solar">
<meta name="description" content="Answers to the questions we hear most about solar panels in Devon and Cornwall.">
<script type="application/ld+json">{"url":"https://www.kestlesolar.co.uk","name":"Kestle Solar","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Kestle Solar Ltd",
"address":"Unit 6, Harewood Business Park","@context":"http://schema.org","@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"6412ab","siteTitle":"Kestle Solar"},"templateVersion":"7.1"};</script>
<link href="https://static1.squarespace.com/static/versioned-site-css/6412ab/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-6412ab9c" class="header-layout-nav-right tweak-global-animations-enabled primary-button-style-solid collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Booking surveys now for September installs</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/6412ab/kestle-logo.png?format=1500w" alt="Kestle Solar"></a>
</div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'FAQ' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book-a-survey">Book a survey</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6412abd1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small"
data-section-id="6412abd2">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-6412abd3"><div class="fe-block fe-block-yui_3_17_2_1_1700000000001_4122">
<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="{}" id="block-yui_3_17_2_1_1700000000001_4122">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">${sIntro}</p>
</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium"
data-section-id="6412abd4">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6412abd5"><div class="fe-block fe-block-a91c3e">
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-a91c3e"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true" data-is-first-divider-visible="true"
data-accordion-title-alignment="left" data-accordion-icon-placement="right">
${sFaq.map(([q, a], i) => acc(q, a, i)).join('\n')}
</ul></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--small"
data-section-id="6412abd6">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6412abd7"><div class="fe-block fe-block-b2d4f6">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-b2d4f6"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="6412abe0">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Seasonal tips from the team</h2>
<div class="newsletter-form-header-description"><p>Four emails a year. No sales calls.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1-field">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email"
placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div><div class="hidden form-submission-text">Thank you!</div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6412abe1"><div class="fe-block fe-block-c3e5a7">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sFoot, ' style="white-space:pre-wrap;"')}</div></div></div></div><div class="fe-block fe-block-d4f6b8">
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54">
<div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-left social-icons-color-white"><nav class="sqs-svg-icon--list">
<a href="https://www.instagram.com/kestlesolar" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div>
<svg class="sqs-svg-icon--social" viewBox="0 0 64 64">
<use class="sqs-use--icon" href="#instagram-unauth-icon"></use></svg></div></a></nav></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-dark" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary" type="button">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary" type="button">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceFaq: TestPage = {
  name: 'heldout511-squarespace-solar-faq',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sFaq.map(([q]) => q),
  body: texts([sIntro, ...sFaq.flatMap(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Booking surveys now for September installs', 'Skip to Content', ...sNav.filter((t) => t !== 'Solar'), 'Book a survey', 'Seasonal tips from the team',
    'Four emails a year. No sales calls.', 'Email Address', 'Sign Up', 'We respect your privacy.', ...sFoot,
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const nTitle = 'Planned power cut: Millbrook Lane and Orchard Rise, Thursday 11 March';
const nFacts: [string, string][] = [
  ['Reference', 'INCD-884102-P'],
  ['Date', 'Thursday 11 March 2027'],
  ['Expected off', '09:00 to 15:30'],
  ['Postcodes', 'HX7 4PL, HX7 4PN, HX7 4QA'],
  ['Homes affected', '186'],
];
const nWhy = j(
  'Our engineers need to replace a section of underground cable that feeds the Millbrook Lane substation. The cable was laid in',
  '1968 and has failed twice this winter. To work on it safely we have to switch off the supply to the homes it serves.',
);
const nLetters =
  'Every property affected was sent a letter at least ten working days before the work. If you did not receive one, please check your postcode above.';
const nH1 = 'Getting ready for the power cut';
const nReady = [
  'Charge mobile phones, laptops and any medical equipment with a battery the night before',
  'Keep fridge and freezer doors closed: food will stay frozen for around 15 hours',
  'Switch off appliances that were on when the power went, so they do not all come back at once',
  'Have a torch ready rather than candles',
];
const nH2 = 'If you need extra help';
const nHelp = j(
  'If you rely on electricity for medical equipment, are over 60, or have young children at home, you can join our free Priority',
  'Services Register. We will contact you before planned work and can arrange a generator or a welfare visit on the day.',
);
const nH3 = 'Updates';
const nUpdates = [
  '10 Mar, 16:12 — Work confirmed for tomorrow. Weather is not expected to cause a delay.',
  '1 Mar, 11:40 — Notice published and letters posted.',
];
const nNav = ['Power cuts', 'Connections', 'Priority Services', 'Safety', 'About us'];
const nFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie settings', 'Complaints'];
const nData = JSON.stringify({
  props: { pageProps: { incident: { ref: 'INCD-884102-P', type: 'PLANNED', status: 'SCHEDULED', postcodes: ['HX7 4PL', 'HX7 4PN', 'HX7 4QA'] } } },
  page: '/power-cuts/[ref]',
  query: { ref: 'INCD-884102-P' },
  buildId: 'x7Kq2mV9rT1',
  isFallback: false,
  gssp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>${nTitle} | Pennine Grid</title>
<meta name="description" content="Planned work on the electricity network in HX7 4PL, HX7 4PN and HX7 4QA."><meta name="next-head-count" content="4">
<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust">
<link rel="preload" href="/_next/static/css/8c1e3b2b9f0e2a17.css" as="style"><link rel="stylesheet" href="/_next/static/css/8c1e3b2b9f0e2a17.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer="">
</script>
<script src="/_next/static/chunks/pages/power-cuts/%5Bref%5D-4f1d2e7a9b3c6e80.js" defer=""></script>
<script src="/_next/static/x7Kq2mV9rT1/_buildManifest.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__q2W1e" href="#main">Skip to main content</a>
<div class="AlertBanner_banner__Vx7aP" role="status"><p class="AlertBanner_text__3bYmK"><strong>Storm Freya:</strong> we are restoring supplies across the
Calder valley. <a href="/power-cuts/map">See the live power cut map</a></p></div>
<header class="Header_header__x3Gd1"><div class="Header_inner__h1JrN"><a class="Header_logo__kP0sZ" href="/">
<span class="visually-hidden">Pennine Grid home</span>
<svg aria-hidden="true" width="140" height="32"></svg></a><nav aria-label="Main" class="Nav_nav__2pQ7s">
<ul class="Nav_list__mW3cE">${links(nNav, 'Nav_item__Tr5nS')}</ul></nav>
<a class="Button_button__8Fz2c Button_emergency__fD0qk" href="tel:105">Power cut? Call 105</a></div></header>
<main id="main" class="Layout_main__Lq9Vb"><nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__e4Pzs"><ol><li><a href="/">Home</a></li>
<li><a href="/power-cuts">Power cuts</a></li><li aria-current="page">INCD-884102-P</li></ol></nav>
<div class="Incident_layout__uR6zN"><article class="Incident_article__m5KdC"><span class="Tag_tag__Jx1Qe Tag_planned__c0WvB">Planned work</span>
<h1 class="Incident_title__b8Hs2">${nTitle}</h1>
<p class="Incident_updated__Y2nVq">Last updated <time dateTime="2027-03-10T16:12:00Z">10 March 2027, 16:12</time></p>
<dl class="SummaryList_list__Nw4Ra">${nFacts
  .map(
    ([k, v]) => `<div class="SummaryList_row__sD8oX"><dt class="SummaryList_key__1cHfA">${k}</dt>
<dd class="SummaryList_value__zE0lT">${v}</dd></div>`,
  )
  .join('')}</dl>
<div class="RichText_rich__G7mKp"><p>${nWhy}</p><p>${nLetters}</p>
<h2>${nH1}</h2><ul>${lis(nReady)}</ul>
<h2>${nH2}</h2><p>${nHelp}</p><p><a class="Button_button__8Fz2c" href="/priority-services/register">Join the Priority Services Register</a></p></div>
<section class="Updates_updates__pH3xA"><h2 class="Updates_heading__kR2tb">${nH3}</h2>
<ol class="Updates_list__a1LmN">${lis(nUpdates, 'Updates_item__9dPfC')}</ol></section>
</article><aside class="Incident_aside__vQ4Ss"><div class="Card_card__3YtGx"><h2 class="Card_title__nF6Hu">Get text updates</h2>
<p>We will text you when work starts and when your power is back on.</p><form class="SmsForm_form__kW0pQ"><label for="sms-phone">Mobile number</label>
<input id="sms-phone" type="tel" autoComplete="tel"><button type="submit" class="Button_button__8Fz2c">Send me updates</button></form></div>
<div class="Card_card__3YtGx"><h2 class="Card_title__nF6Hu">Is your power off now?</h2>
<p>If this is not planned work, report it and we will send an engineer.</p>
<a href="/power-cuts/report" class="Button_button__8Fz2c Button_secondary__Lm2sQ">Report a power cut</a></div></aside></div></main>
<footer class="Footer_footer__hG2kT"><ul class="Footer_links__c7Dn4">${links(nFoot)}</ul>
<p class="Footer_legal__q8Rfx">Pennine Grid Distribution Ltd. Registered in England and Wales
No. 09912734.</p></footer><div class="CookieBanner_banner__tQ0fE" role="dialog" aria-label="Cookies">
<p>We use essential cookies to make this site work, and optional
analytics cookies to improve it.</p><button class="Button_button__8Fz2c">Accept all</button>
<button class="Button_button__8Fz2c Button_secondary__Lm2sQ">Essential only</button></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextPowerCut: TestPage = {
  name: 'heldout511-nextjs-planned-power-cut',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2, nH3],
  body: [...nFacts.map(([k, v]) => `${k} ${v}`), nWhy, nLetters, ...nReady, nHelp, ...nUpdates],
  bylines: ['Last updated 10 March 2027, 16:12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Storm Freya: we are restoring supplies across the Calder valley. See the live power cut map', 'Pennine Grid home',
    ...nNav.filter((t) => t !== 'Priority Services'),
    'Power cut? Call 105', 'Home', 'Planned work', 'Join the Priority Services Register', 'Get text updates',
    'We will text you when work starts and when your power is back on.', 'Mobile number', 'Send me updates', 'Is your power off now?',
    'If this is not planned work, report it and we will send an engineer.', 'Report a power cut', ...nFoot,
    'Pennine Grid Distribution Ltd. Registered in England and Wales No. 09912734.',
    'We use essential cookies to make this site work, and optional analytics cookies to improve it.', 'Accept all', 'Essential only',
  ],
};

export const HELDOUT511_B: readonly TestPage[] = [squarespaceFaq, nextPowerCut];
