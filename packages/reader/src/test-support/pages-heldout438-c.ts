import { type TestPage, texts } from './page-kit.js';
import { serviceUpdate } from './pages-heldout438-c2.js';
import { j } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file c: a warehouse-software company's customer case study on Webflow (w-nav navbar, hero with the
 * customer logo, a customer facts card, the rich-text body with a pull quote, a results list, a CTA band, "More customer
 * stories" collection list, the footer and the Finsweet cookie consent banner) and, from file c2, a parcel carrier's service
 * update page built with Next.js.
 */
const sTitle = 'How Brightwater Home cut pick errors by 62% in six months';
const sH = ['The challenge', 'The solution', 'The results', 'What comes next'];
const sChallenge = [
  j(
    'Brightwater Home sells bedding, towels and kitchen textiles to more than 300 independent retailers and through its own',
    'web shop. By 2024 its single warehouse in Wakefield was shipping 4,000 order lines a day, from 9,500 SKUs that often',
    'differ only by colour or thread count.',
  ),
  j(
    'Pickers worked from paper lists printed each morning. When an order changed after printing, the change reached the',
    'floor by word of mouth, if at all. Mis-picks ran at 1.3 per cent of lines and returns for wrong items cost the company',
    'an estimated GBP 210,000 a year.',
  ),
];
const sSolution = [
  j(
    'Brightwater chose StackPilot WMS after a three-week pilot in one aisle. Pickers now carry handheld scanners that show',
    'one task at a time and refuse a scan of the wrong barcode. Orders are released to the floor in waves every twenty',
    'minutes, so late changes are picked up before the work is assigned.',
  ),
  j(
    'The team also used StackPilot\u2019s slotting report to move the 400 fastest-moving SKUs to waist height near the packing',
    'benches, and to separate lookalike products that had been stored side by side.',
  ),
];
const sQuote = j(
  '"The scanners did not just catch mistakes, they changed how people worked. Nobody wants to hear the error beep twice in',
  'a shift." \u2014 Dana Holroyd, Operations Manager, Brightwater Home',
);
const sResults = [
  'Within six months of going live, Brightwater measured:',
  'pick errors down from 1.3 per cent to 0.5 per cent of order lines;',
  'average travel per pick route cut by 28 per cent after re-slotting;',
  'new starters picking unsupervised after two days instead of two weeks;',
  'same-day dispatch for orders received before 3 p.m., up from 1 p.m.',
];
const sNext = [
  j(
    'Brightwater is now connecting StackPilot to its carrier accounts so that labels are printed at the packing bench, and',
    'plans to open a second site near Northampton in 2027 running the same configuration from day one.',
  ),
];
const sNav = ['Product', 'Solutions', 'Pricing', 'Customers', 'Resources'];
const sFacts = [
  ['Industry', 'Home textiles'],
  ['Headquarters', 'Wakefield, UK'],
  ['Warehouse size', '14,000 m\u00b2'],
  ['Go-live', 'April 2025'],
];
const sMore = [
  'Northfield Cycles doubles peak throughput without new staff',
  'How Oakley & Fern moved to a 3PL in 90 days',
  'Riverbend Pharmacy passes its first GDP audit with zero findings',
];
const sFoot = ['Product', 'Integrations', 'Security', 'Careers', 'Privacy', 'Terms'];
const sHtml = `<!DOCTYPE html><!-- Last Published: Tue Feb 17 2026 10:22:41 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.stackpilot.example" data-wf-page="65b1f0c2e4a9d3a1c8f71a22" data-wf-site="65b1f0c2e4a9d3a1c8f719f0"
data-wf-collection="65b1f0c2e4a9d3a1c8f71a40" data-wf-item-slug="brightwater-home"><head><meta charset="utf-8">
<title>Brightwater Home case study | StackPilot WMS</title><meta content="How Brightwater Home cut pick errors by 62% with StackPilot."
name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65b1f0c2e4a9d3a1c8f719f0/css/stackpilot.webflow.shared.4a1c.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,
document);</script><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${sTitle}"}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/logo.svg" alt="StackPilot" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${sNav.map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link">${n}</a>`).join('\n')}
<a href="/demo" class="button nav-button w-button">Book a demo</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section case-hero"><div class="container w-container"><div class="case-hero-grid w-layout-grid"><div class="case-hero-content">
<a href="/customers" class="back-link w-inline-block"><div>All customer stories</div></a><div class="eyebrow">Customer story</div>
<h1 class="heading-xl">${sTitle}</h1></div><div class="case-hero-logo"><img src="https://cdn.prod.website-files.example/brightwater.svg" loading="lazy"
alt="Brightwater Home logo"></div></div></div></section>
<section class="section case-body"><div class="container w-container"><div class="case-body-grid w-layout-grid"><div class="case-sidebar">
<div class="facts-card"><div class="facts-title">At a glance</div>${sFacts
  .map(([k, v]) => `<div class="fact-row"><div class="fact-label">${k}</div>\n<div class="fact-value">${v}</div></div>`)
  .join('\n')}<div class="fact-row"><div class="fact-label">Products used</div>
<div class="fact-value">StackPilot Core, Slotting Optimiser</div></div></div></div>
<div class="case-richtext w-richtext"><h2>${sH[0]}</h2>
<p>${sChallenge[0]}</p><p>${sChallenge[1]}</p>
<h2>${sH[1]}</h2>
<p>${sSolution[0]}</p><figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.example/floor.jpg"
loading="lazy" alt="Picker with handheld scanner"></div><figcaption>A picker confirms a scan in aisle 12 of the Wakefield warehouse.</figcaption></figure>
<p>${sSolution[1]}</p>
<blockquote>${sQuote}</blockquote>
<h2>${sH[2]}</h2>
<p>${sResults[0]}</p><ul role="list">${sResults
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<h2>${sH[3]}</h2>
<p>${sNext[0]}</p></div></div></div></section>
<section class="section cta-band"><div class="container w-container"><h2 class="heading-l">See StackPilot in your warehouse</h2><p class="cta-text">Get a
30-minute walkthrough tailored to your order profile.</p><a href="/demo" class="button w-button">Book a demo</a></div></section>
<section class="section more-stories"><div class="container w-container"><h2 class="heading-m">More customer stories</h2>
<div class="w-dyn-list"><div role="list" class="stories-grid w-dyn-items">${sMore
  .map(
    (t) =>
      `<div role="listitem" class="w-dyn-item"><a href="/customers/x" class="story-card w-inline-block"><div class="story-title">${t.replace(
        '&',
        '&amp;',
      )}</div><div class="story-link">Read story</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-links">${sFoot
  .map((f) => `<a href="/${f.toLowerCase()}" class="footer-link">${f}</a>`)
  .join('\n')}</div><div class="footer-copy">© 2026 StackPilot Ltd. All rights reserved.</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking "Accept", you agree
to the storing of cookies on your device to enhance site navigation and analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper"><a
fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt
w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65b1f0c2e4a9d3a1c8f719f0/js/webflow.7c1e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout438-webflow-case-study',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sChallenge, ...sSolution, sQuote, ...sResults, ...sNext]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'Book a demo', 'All customer stories', 'Customer story', 'At a glance', ...sFacts.flat(), 'Products used',
    'StackPilot Core, Slotting Optimiser', 'A picker confirms a scan in aisle 12 of the Wakefield warehouse.', 'See StackPilot in your warehouse',
    'Get a 30-minute walkthrough tailored to your order profile.', 'More customer stories', ...sMore, 'Read story', ...sFoot,
    '© 2026 StackPilot Ltd. All rights reserved.',
    'By clicking "Accept", you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.', 'Preferences',
    'Deny', 'Accept',
  ],
};

export const HELDOUT438_C: readonly TestPage[] = [webflow, serviceUpdate];
