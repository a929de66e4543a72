import { links, type TestPage, texts } from './page-kit.js';
import { at, but, j, lis, tidy } from './pages-heldout556-kit.js';

/**
 * Held-out batch 556, file a2: a burglar alarm installer's service page on Squarespace 7.1 (Fluid Engine sections, an accordion
 * FAQ, a quote block, a cookie banner).
 */
const bTitle = 'Burglar Alarm Installation';
const bBody = [
  j(
    'Brightwatch design and fit intruder alarms for homes and small businesses across Kelsby and the Orme valley. Every system is',
    'surveyed in person, installed by our own engineers and signed off with a certificate your insurer will accept.',
  ),
  'Wired or wireless?',
  j(
    'Wired systems are the most reliable choice when floors are up or a house is being rewired. Wireless systems go in within a',
    'day with no lifting of carpets, and the batteries in each detector last three to five years. We fit both and will tell you',
    'honestly which suits your property.',
  ),
  'Graded to the standard your insurer asks for',
  'Grade 2 systems for most homes and low-risk shops',
  'Grade 3 systems for jewellers, pharmacies and high-value stock',
  'Certificates issued under our SSAIB registration',
  j(
    'Before you choose, check your policy: some insurers ask for a monitored system above a certain contents value, and we can',
    'quote for that from the start.',
  ),
  'Monitoring options',
  '<strong>Bells-only.</strong> A loud external sounder and strobe. No monthly fee.',
  '<strong>Smart app alerts.</strong> Your phone is told the moment a detector trips, and you can set or unset the alarm from anywhere.',
  '<strong>Keyholder and police response.</strong> A staffed receiving centre checks each alarm and calls you, your keyholders or the police.',
  'Systems start from £549 fitted, including a year of servicing. Monitoring is from £14.50 a month.',
  'Frequently asked questions',
  'How long does an installation take?',
  'A typical three-bedroom house takes one day for a wireless system and two days for a wired one.',
  'Will my pets set it off?',
  'We fit pet-tolerant detectors rated for animals up to 25 kg and set them up to ignore cats on the stairs.',
  'Do you service alarms you did not fit?',
  'Yes. We take over most makes after a first inspection visit, which costs £65.',
];
const bNav = ['Alarms', 'CCTV', 'Access Control', 'About', 'Contact'];
const bFoot = ['Privacy', 'Terms', 'Instagram', 'Facebook'];
const sqHtml = (html: string): string => `<div class="fe-block"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content">${html}</div></div></div></div>`;
const sqSec = (id: string, inner: string): string => `<section data-test="page-section" data-section-theme="white" class="page-section
layout-engine-section background-width--full-bleed section-height--medium content-width--wide" data-section-id="${id}">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-${id}">${inner}</div></div></div></div></section>`;
const faq = (
  q: string,
  a: string,
  i: number,
): string => `<li class="accordion-item"><div class="accordion-divider accordion-divider--top" aria-hidden="true"></div>
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false"
aria-controls="dropdown-${i}" id="button-${i}"><span class="accordion-item__title">${q}</span>
<div class="accordion-icon-container" aria-hidden="true"><div class="plus"><div class="plus__horizontal-line"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" aria-labelledby="button-${i}" id="dropdown-${i}"><div class="accordion-item__description">
<p>${a}</p></div></div></li>`;
const sqP = (t: readonly string[]): string => t.map((x) => `<p class="" style="white-space:pre-wrap;">${x}</p>`).join('\n');
const bHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Burglar Alarm Installation — Brightwatch Security</title><link rel="canonical" href="https://www.brightwatchsecurity.example/alarms">
<meta property="og:site_name" content="Brightwatch Security"><meta property="og:title" content="Burglar Alarm Installation — Brightwatch Security">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1","siteTitle":"Brightwatch Security"},"templateId":"5c5a"};</script>
<script type="application/ld+json">{"url":"https://www.brightwatchsecurity.example","name":"Brightwatch Security",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Brightwatch Security Ltd","address":"14 Mill Lane, Kelsby",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1/12/5c5a/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a2" class="header-width-full tweak-transparent-header primary-button-style-solid sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a id="site-title" href="/" data-animation-role="header-element">Brightwatch Security</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${bNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/quote">Get a free quote</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span>
</button></div></div></div>
<div class="header-menu header-menu--folder-list" data-current-folder-id="" data-section-theme=""><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div
class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">${bNav.map((t) => `<div class="container header-menu-nav-item"><a href="/${t.toLowerCase()}">${t}</a></div>`).join('')}
</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a2f0">
${sqSec('s1', sqHtml(`<h1 style="white-space:pre-wrap;">${bTitle}</h1>${sqP(bBody.slice(0, 1))}`))}
${sqSec(
  's2',
  sqHtml(`<h2 style="white-space:pre-wrap;">${bBody[1]}</h2>${sqP(bBody.slice(2, 3))}
<h2 style="white-space:pre-wrap;">${bBody[3]}</h2><ul data-rte-list="default">${lis(bBody.slice(4, 7).map((t) => `<p class="">${t}</p>`))}</ul>
${sqP(bBody.slice(7, 8))}`),
)}
${sqSec(
  's3',
  `${sqHtml(`<h2 style="white-space:pre-wrap;">${bBody[8]}</h2>${sqP(bBody.slice(9, 13))}`)}
<div class="fe-block"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left"><a href="/quote" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Book a free survey</a></div></div></div></div>`,
)}
${sqSec(
  's4',
  `<div class="fe-block"><div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>Tidy, quick and they explained every part of the system before they left.<span>”</span></blockquote>
<figcaption class="source">— Priya M., Orme Bridge</figcaption></figure></div></div></div>`,
)}
${sqSec(
  's5',
  `${sqHtml(`<h2 style="white-space:pre-wrap;">${bBody[13]}</h2>`)}<div class="fe-block"><div class="sqs-block accordion-block
sqs-block-accordion" data-block-type="69"><div class="sqs-block-content"><ul class="accordion-items-container" data-is-divider-enabled="true">
${faq(bBody[14] ?? '', bBody[15] ?? '', 0)}${faq(bBody[16] ?? '', bBody[17] ?? '', 1)}${faq(bBody[18] ?? '', bBody[19] ?? '', 2)}</ul></div></div></div>`,
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>${sqSec(
  'f1',
  `${sqHtml(`<h3 style="white-space:pre-wrap;">Brightwatch Security</h3>
<p class="">14 Mill Lane, Kelsby KB3 9QT</p><p class="">01632 960 552 · hello@brightwatchsecurity.example</p>`)}
<div class="fe-block"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><nav>${links(bFoot)}</nav></div></div>
${sqHtml('<p class="sqsrte-small">© 2026 Brightwatch Security Ltd. SSAIB registered installer.</p>')}`,
)}</footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 TOP" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-deny">Decline</button><button class="sqs-cookie-banner-v2-accept">Accept all</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const brightwatch: TestPage = tidy({
  name: 'heldout556-squarespace-alarm-installer',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: at(bBody, [1, 3, 8, 13, 14, 16, 18]),
  body: texts(but(bBody, [1, 3, 8, 13, 14, 16, 18])),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Brightwatch Security', ...bNav, 'Get a free quote', 'Book a free survey',
    '“Tidy, quick and they explained every part of the system before they left.”', '— Priya M., Orme Bridge', '14 Mill Lane, Kelsby KB3 9QT',
    '01632 960 552 · hello@brightwatchsecurity.example', ...bFoot, '© 2026 Brightwatch Security Ltd. SSAIB registered installer.',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept all',
  ],
});

export const HELDOUT556_A2: readonly TestPage[] = [brightwatch];
