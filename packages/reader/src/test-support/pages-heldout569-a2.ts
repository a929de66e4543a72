import type { TestPage } from './page-kit.js';
import { type Block, flow, gold, j } from './pages-heldout569-kit.js';

/** Held-out batch 569, file a2: a chiropractor's "first visit" page on Squarespace 7.1 (fluid engine), with a CTA band and a cookie banner. */

/** A Squarespace fluid-engine block holding `inner` (an HTML block unless `type` says otherwise). */
const sq = (id: string, inner: string, type = 'html-block sqs-block-html', n = 2): string =>
  j(
    `<div class="fe-block fe-block-yui_3_17_2_1_1709${id}"><div class="sqs-block ${type}" data-block-type="${n}"`,
    `id="block-yui_3_17_2_1_1709${id}"><div class="sqs-block-content">${inner}</div></div></div>`,
  );
const nTitle = 'Your First Visit';
const nBlocks: Block[] = [
  j(
    'A first visit to a chiropractor can feel like a step into the unknown. Here is what to expect, from the moment you arrive to the plan',
    'we agree together.',
  ),
  { h: 2, t: 'Before you arrive' },
  j(
    'Fill in the new patient forms we email you when you book. They ask about your health history, any medication and what brought you in.',
    'Wear loose, comfortable clothing; shorts and a T-shirt are ideal if your problem is in your lower back or legs.',
  ),
  { h: 3, t: 'What to bring' },
  {
    ul: [
      'A list of any medication you take',
      'Reports from any recent X-rays or scans',
      'Your extended health card if you want us to bill your insurer directly',
    ],
  },
  { h: 2, t: 'Your consultation' },
  j(
    'Your first appointment lasts about 50 minutes. Dr. Imogen Salter or one of our associates will talk through your history, then carry out',
    'orthopaedic and neurological tests and check how your spine and joints move.',
  ),
  'If we think you need an X-ray or a scan, we will explain why and refer you. We never X-ray routinely.',
  { h: 2, t: 'Your report of findings' },
  j(
    'Before you leave, we explain in plain language what we think is going on and what we suggest. If chiropractic care is not right for you,',
    'we will say so and point you to someone who can help. Most people have their first adjustment on the same day.',
  ),
];
const nNav = ['About', 'Services', 'Fees and Insurance', 'Contact'];
const nFoot = [
  'Northgate Family Chiropractic',
  '418 Tamarack Avenue, Northgate',
  '(555) 014-7731',
  'Mon, Wed, Fri 8am – 6pm',
  'Tue, Thu 10am – 7pm',
  'Instagram',
  'Facebook',
];
const nav = (cls: string): string =>
  `<nav class="${cls}">${[nTitle, ...nNav]
    .map(
      (t) => `<div class="header-nav-item header-nav-item--collection"><a
href="/${t.toLowerCase().replace(/ /g, '-')}"${t === nTitle ? ' aria-current="page"' : ''}>${t}</a></div>`,
    )
    .join('')}</nav>`;
const nHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Your First Visit — Northgate Family Chiropractic</title><link rel="canonical" href="https://www.northgatefamilychiro.com/your-first-visit">
<meta property="og:site_name" content="Northgate Family Chiropractic"><meta property="og:title" content="Your First Visit — Northgate Family Chiropractic">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"collectionId":"65c2a0f1e4b0","pageType":1,
"templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.northgatefamilychiro.com","name":"Northgate Family
Chiropractic","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"418 Tamarack Avenue, Northgate","name":"Northgate Family
Chiropractic","@context":"http://schema.org","@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/65c29f0e/18/5c5a519771c10ba3470d8101/65c29f0e/1509/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-65c2a0f1e4b0" class="form-use-theme-colors header-overlay-alignment-center tweak-portfolio-grid-basic primary-button-style-solid
collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header"
data-current-styles='{"layout":"navRight"}'>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Northgate Family Chiropractic</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper">${nav('header-nav-list')}</div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger"
data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close
Menu</span>
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="bottom-bun"></div></div></div>
</button></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="white" data-current-styles='{"layout":"navRight"}'><div class="header-menu-bg
theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div
class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">${nav('header-menu-nav-items')}</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65c2a0f1e4b0a1">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--narrow horizontal-alignment--center vertical-alignment--middle light" data-section-id="65c2a0f1e4b0a2">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div data-fluid-engine="true">
<div class="fluid-engine fe-65c2a0f1e4b0a3">${sq('1_4417', `<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${nTitle}</h1></div>`)}
${sq('1_5530', `<div class="sqs-html-content">${flow(nBlocks, ' class="" style="white-space:pre-wrap;"')}</div>`)}</div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--wide horizontal-alignment--center vertical-alignment--middle dark" data-section-id="65c2a0f1e4b0a4">
<div class="section-border"><div class="section-background"><img alt="" data-src="https://images.squarespace-cdn.com/content/v1/65c29f0e/treatment-room.jpg"
data-image-focal-point="0.5,0.5"></div></div>
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-65c2a0f1e4b0a5">
${sq(
  '1_7702',
  `<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">New patients are welcome. Same-week appointments are usually available.</h3>
</div>`,
)}
${sq(
  '1_8815',
  `<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center"
data-button-size="medium" data-button-type="primary"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Book your first visit</a></div>`,
  'button-block sqs-block-button',
  53,
)}</div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-65c2a0f1e4b0a6">
${sq(
  '1_9921',
  `<div class="sqs-html-content">${nFoot
    .slice(0, 5)
    .map((t, i) => (i === 0 ? `<h4 style="white-space:pre-wrap;">${t}</h4>` : `<p class="" style="white-space:pre-wrap;">${t}</p>`))
    .join('')}</div>`,
)}
${sq(
  '1_9934',
  `<nav class="sqs-svg-icon--list">${nFoot
    .slice(5)
    .map(
      (t) =>
        `<a href="https://www.${t.toLowerCase()}.com/northgatechiro" target="_blank" class="sqs-svg-icon--wrapper ${t.toLowerCase()}-unauth"
aria-label="${t}"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div></a><span class="social-label">${t}</span>`,
    )
    .join('')}</nav>`,
  'socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2',
  54,
)}</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-accept"><div class="sqs-cookie-banner-v2 CLASSIC" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-cta-container">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to give you the best experience on our website.</p></div>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-cta--secondary sqs-cookie-banner-v2-manage">Manage cookies</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const northgate: TestPage = {
  name: 'heldout569-squarespace-first-visit',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  ...gold(nBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...nNav.slice(1), 'Book Now', 'New patients are welcome. Same-week appointments are usually available.', 'Book your first visit',
    ...nFoot, 'We use cookies to give you the best experience on our website.', 'Manage cookies', 'Accept all',
  ],
};

export const HELDOUT569_A2: readonly TestPage[] = [northgate];
