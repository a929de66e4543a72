import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout576-kit.js';

/**
 * Held-out batch 576, file a: a touring park's pitch prices page built with Elementor (Hello theme, Elementor Pro header and
 * footer, TablePress tables, Complianz banner); its second page is in file a2.
 */
const fTitle = 'Pitch Prices 2027';
const fIntro = j(
  'All prices are per pitch, per night, and include two adults, one car and an electric hook-up. We do not charge a booking fee,',
  'and there is no minimum stay outside the school holidays.',
);
const fTour = [
  ['Low season (1 Mar – 23 May, 8 Sep – 31 Oct)', '£24', '£28', '£34'],
  ['Mid season (24 May – 18 Jul)', '£30', '£34', '£40'],
  ['High season (19 Jul – 7 Sep)', '£38', '£43', '£49'],
  ['Bank holiday weekends', '£40', '£45', '£52'],
];
const fTourNote = j(
  'Fully serviced pitches have their own water tap, grey-water drain and TV hook-up. Hardstandings are 12 metres long and take',
  'twin-axle caravans and most motorhomes; please tell us the length of your unit when you book.',
);
const fTent = [
  ['Small tent (1–2 people)', '£18', '£22'],
  ['Family tent (up to 6 people)', '£26', '£32'],
  ['Electric hook-up', '£5', '£5'],
];
const fTentNote = 'Tent pitches are in the Orchard Field, a short walk from the car park. Cars cannot be parked beside tents.';
const fExtras = [
  'Additional adult: £6 per night',
  'Child (4–15): £3 per night, under 4s free',
  'Dog: £2 per night (two dogs at most)',
  'Awning, gazebo or extra pup tent: free',
  'Visitor day pass: £4 per person',
];
const fDeposit = [
  j(
    'We take a deposit of £40 per pitch when you book, and the balance is paid on arrival. If you cancel more than 14 days before',
    'arrival we will refund your deposit less a £10 administration charge.',
  ),
  j(
    'Cancellations within 14 days of arrival lose the deposit, but we are always happy to move your booking to another date in the',
    'same season if we have space.',
  ),
];
const fHeads = ['Touring caravans & motorhomes', 'Tent pitches', 'Extras', 'Deposits and cancellations'];
const fNav = ['Home', 'Touring', 'Camping', 'Holiday Homes', 'Local Area', 'Contact'];
const fFoot = ['Pitch Prices', 'Park Facilities', 'Getting Here', 'Site Rules', 'Privacy Policy'];
const fCookie = ['Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences'];
const el = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div>
</div></div></section>`;
const tp = (id: number, head: string[], rows: string[][]): string =>
  `<table id="tablepress-${id}" class="tablepress tablepress-id-${id}"><thead>
<tr class="row-1">${head.map((h, i) => `<th class="column-${i + 1}">${h}</th>`).join('')}
</tr></thead><tbody class="row-striping row-hover">${trs(rows)}</tbody></table>`;
const fHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pitch Prices 2027 – Fernbrook Farm Caravan Park</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.fernbrookfarmpark.co.uk/pitch-prices/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Pitch Prices
2027"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4" media="all">
<link rel="stylesheet" id="tablepress-default-css" href="/wp-content/plugins/tablepress/css/build/default.css?ver=2.4" media="all">
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;right:10px;z-index:99999}</style></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  '5c1e0a2',
  `${el(
    '9a1b2c3',
    'icon-list',
    `<ul class="elementor-icon-list-items elementor-inline-items"><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">Call us on 01632 960418</span></li><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">Open 1 March – 31 October</span></li></ul>`,
  )}`,
)}
${sec(
  '71bd0f4',
  `${el(
    '2d44e1a',
    'theme-site-logo',
    `<a href="/">
<img width="220" height="80" src="/wp-content/uploads/2024/02/fernbrook-logo.png" alt="Fernbrook Farm Caravan Park"></a>`,
  )}
${el(
  '6f0c9b1',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container
elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-6f0c9b1" class="elementor-nav-menu">${links(fNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${el(
  '0e7d3aa',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book Now</span></span></a></div>`,
)}`,
)}
</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry">
<div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${sec(
  '3f2a1b8',
  `${el('a81c07e', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${fTitle}</h1>`)}
${el('c3d91f2', 'text-editor', ps([fIntro]))}`,
)}
${sec(
  '4b7e2c0',
  `${el('b12f6d3', 'heading', `<h2 class="elementor-heading-title elementor-size-default">Touring caravans &amp; motorhomes</h2>`)}
${el('d0a4e51', 'shortcode', `<div class="elementor-shortcode">${tp(3, ['Season', 'Grass', 'Hardstanding', 'Fully serviced'], fTour)}</div>`)}
${el('e55a0c7', 'text-editor', ps([fTourNote]))}`,
)}
${sec(
  '8d3f1e6',
  `${el('f4c2b09', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${fHeads[1]}</h2>`)}
${el('17be0a4', 'shortcode', `<div class="elementor-shortcode">${tp(4, ['Tent', 'Low &amp; mid season', 'High season'], fTent)}</div>`)}
${el('2c9e7f1', 'text-editor', ps([fTentNote]))}
${el('39a0d6b', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${fHeads[2]}</h2>`)}
${el(
  '4e1bc82',
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    fExtras.map(
      (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
)}`,
)}
${sec(
  '92f0e3d',
  `${el('5a6d7e8', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${fHeads[3]}</h2>`)}
${el('6b7c8d9', 'text-editor', ps(fDeposit))}`,
)}
${sec(
  'a0b1c2d',
  `${el(
    '7c8d9e0',
    'call-to-action',
    `<div class="elementor-cta"><div class="elementor-cta__content">
<h2 class="elementor-cta__title elementor-cta__content-item">Ready to book your pitch?</h2>
<div class="elementor-cta__description elementor-cta__content-item">Check live availability and book online in a couple of minutes.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-" href="/book/">Check Availability</a>
</div></div></div>`,
  )}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer" data-elementor-post-type="elementor_library">
${sec(
  'c4d5e6f',
  `${el('8d9e0f1', 'heading', `<h4 class="elementor-heading-title elementor-size-default">Fernbrook Farm Caravan Park</h4>`)}
${el('9e0f1a2', 'text-editor', `<p>Sallow Lane, Upper Tresham, Wenmoor WM7 4QX</p>`)}
${el('0f1a2b3', 'heading', `<h4 class="elementor-heading-title elementor-size-default">Quick Links</h4>`)}
${el(
  '1a2b3c4',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-vertical">
<ul class="elementor-nav-menu sm-vertical">${links(fFoot, 'menu-item')}</ul></nav>`,
)}
${el(
  '2b3c4d5',
  'text-editor',
  `<p>© 2027 Fernbrook Farm Caravan Park. All rights reserved. | Website by <a href="https://hedgerow.example">Hedgerow
Digital</a></p>`,
)}`,
)}
</div>
<div class="cmplz-cookiebanner banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences cmplz-show"
aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">${fCookie[0]}</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"><svg aria-hidden="true" viewBox="0 0 352 512"></svg></div></div>
<div class="cmplz-divider cmplz-divider-header"></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${fCookie[1]}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">Cookie Policy</a></li>
<li><a class="cmplz-link privacy-statement" href="/privacy-statement-uk/">Privacy Statement</a></li></ul></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.2" id="elementor-pro-frontend-js"></script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","version":"7.1.0","region":"uk"};</script>
</body></html>`;
const fernbrook: TestPage = {
  name: 'heldout576-elementor-pitch-prices',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([fIntro, ...rowTexts(fTour), fTourNote, ...rowTexts(fTent), fTentNote, ...fExtras, ...fDeposit]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call us on 01632 960418', 'Open 1 March – 31 October', ...fNav, 'Book Now', 'Ready to book your pitch?',
    'Check live availability and book online in a couple of minutes.', 'Check Availability', 'Fernbrook Farm Caravan Park',
    'Sallow Lane, Upper Tresham, Wenmoor WM7 4QX', 'Quick Links', ...fFoot,
    '© 2027 Fernbrook Farm Caravan Park. All rights reserved. | Website by Hedgerow Digital',
    ...fCookie, 'Cookie Policy', 'Privacy Statement',
  ],
};

export const HELDOUT576_A: readonly TestPage[] = [fernbrook];
