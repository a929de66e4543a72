import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout598-kit.js';

/** Held-out batch 598, file a: a drain unblocking price page built with Elementor (Hello Elementor theme, Elementor Pro header and footer). */
const eTitle = 'Drain Unblocking Prices';
const eDek = 'Fixed prices for blocked drains, toilets and sinks across Harwick and the Tenby Vale. No call-out charge, no hidden extras.';
const eIntro = [
  j(
    'We price every unblocking job before we start. The price you see below is the price you pay for the first hour on site,',
    'whatever we find, and it includes a camera check of the pipe once the blockage has cleared.',
  ),
  j(
    'If the job needs more than an hour, our engineer will tell you the extra cost before carrying on. Most domestic blockages',
    'are cleared in under 45 minutes.',
  ),
];
const eH2Table = 'Our fixed prices';
const eRows = [
  ['Blocked sink, bath or shower', '£85', '£120'],
  ['Blocked toilet', '£95', '£130'],
  ['Blocked outside drain or gully', '£110', '£150'],
  ['Blocked main drain (manhole access)', '£145', '£190'],
  ['High-pressure jetting, per extra hour', '£90', '£120'],
];
const eNote = 'Evening and weekend prices apply from 6pm to 8am and all day on Saturdays, Sundays and bank holidays. All prices include VAT.';
const eH2Inc = 'What is included';
const eInc = [
  'Arrival within two hours for emergencies, or a booked slot the same day',
  'Rods, plungers and a mains-powered jetter on every van',
  'A quick CCTV look down the pipe after clearing',
  'Before and after photos sent to your phone',
  'A 30-day guarantee: if the same drain blocks again, we come back free',
];
const eH2Not = 'When the price can change';
const eNot = [
  j(
    'If the camera shows a collapsed or root-filled pipe, no amount of rodding will keep it clear. In that case we stop, show you',
    'the footage and give you a written quote for the repair. You only pay for the hour we have already spent.',
  ),
  j(
    'Blockages in shared drains are usually the water company’s responsibility. If we find the problem is in a sewer rather than',
    'your own pipe, we will tell you and help you report it, and we will not charge for the visit.',
  ),
];
const eNav = ['Home', 'Blocked Drains', 'CCTV Surveys', 'Drain Repairs', 'Prices', 'Areas We Cover', 'Contact'];
const eReviews = [
  '“Turned up in an hour on a Sunday and had the toilet flowing in twenty minutes.” – Sandra, Harwick',
  '“Clear price on the phone and that is exactly what we paid.” – Owen, Little Tenby',
];
// menu and badge texts that also occur in the title or body are left out of the furniture
const eNavF = ['Home', 'CCTV Surveys', 'Drain Repairs', 'Areas We Cover', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms of Service', 'Cookie Policy'];
const eTrust = ['No call-out charge', 'Fixed prices', '30-day guarantee', 'Fully insured'];
const w = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string, cls = ''): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed ${cls}" data-id="${id}"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div>
</section>`;
const icons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${lis(
    items.map(
      (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Drain Unblocking Prices | Fixed Price Blocked Drains Harwick | Brookline Drainage</title>
<meta name="description" content="Fixed drain unblocking prices in Harwick. No call-out charge.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Drain Unblocking Prices"},
{"@type":"Plumber","name":"Brookline Drainage","telephone":"01632 960 418","areaServed":"Harwick"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://brooklinedrainage.example/wp-content/plugins/elementor/assets/css/frontend.min.css"
media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="https://brooklinedrainage.example/wp-content/uploads/elementor/css/post-412.css" media="all">
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<style>.elementor-412 .elementor-element.elementor-element-7c1d0e2{background-color:#0B3C5D;}</style></head>
<body class="page-template-default page page-id-412 wp-custom-logo hello-elementor elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="23" class="elementor elementor-23 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  '5a0f3c1',
  `${w(
    'icon-list',
    '2b9e7d4',
    `<ul class="elementor-icon-list-items elementor-inline-items"><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">24/7 Emergency Line: 01632 960 418</span></li><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">Gas Safe and WaterSafe approved</span></li></ul>`,
  )}`,
  'elementor-hidden-mobile',
)}
${sec(
  '1c44a09',
  `${w('theme-site-logo', '6d1a2e0', '<a href="/"><img src="/wp-content/uploads/2024/02/brookline-logo.svg" alt="Brookline Drainage"></a>')}
${w(
  'nav-menu',
  '3e7b9f2',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal" aria-label="Menu">
<ul id="menu-1-3e7b9f2" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-3e7b9f2" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav>`,
)}
${w(
  'button',
  '0f8c2a7',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960418">
<span class="elementor-button-text">Call Now</span></a>`,
)}`,
)}
</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${sec(
  '7c1d0e2',
  `${w('heading', '4a2b1c3', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${w('text-editor', '9d8e7f6', `<p>${eDek}</p>`)}
${w(
  'icon-list',
  '1e2f3a4',
  `<ul class="elementor-icon-list-items elementor-inline-items">${lis(
    eTrust.map((t) => `<span class="elementor-icon-list-text">${t}</span>`),
    'elementor-icon-list-item',
  )}</ul>`,
)}`,
)}
${sec(
  '2f3e4d5',
  `${w('text-editor', '8a9b0c1', ps(eIntro))}
${w('heading', '3c4d5e6', `<h2 class="elementor-heading-title elementor-size-default">${eH2Table}</h2>`)}
${w(
  'text-editor',
  '5e6f7a8',
  `<table class="price-table"><thead>${trs([['Job', 'Daytime', 'Evenings and weekends']], 'th')}</thead><tbody>${trs(eRows)}</tbody></table>
<p><em>${eNote}</em></p>`,
)}
${w('heading', '6f7a8b9', `<h2 class="elementor-heading-title elementor-size-default">${eH2Inc}</h2>`)}
${w('icon-list', '7a8b9c0', icons(eInc))}
${w('heading', '8b9c0d1', `<h2 class="elementor-heading-title elementor-size-default">${eH2Not}</h2>`)}
${w('text-editor', '9c0d1e2', ps(eNot))}`,
)}
${sec(
  '0d1e2f3',
  `${w('heading', 'a1b2c3d', '<h3 class="elementor-heading-title elementor-size-default">Blocked right now?</h3>')}
${w('text-editor', 'b2c3d4e', '<p>Our engineers are on the road 24 hours a day. Call and we will give you an arrival time straight away.</p>')}
${w(
  'button',
  'c3d4e5f',
  `<a class="elementor-button elementor-button-link elementor-size-lg" href="tel:01632960418">
<span class="elementor-button-text">Call 01632 960 418</span></a>`,
)}`,
  'cta-band',
)}
${sec(
  '1e2f3a4',
  `${w('heading', 'd4e5f6a', '<h2 class="elementor-heading-title elementor-size-default">What our customers say</h2>')}
${w(
  'reviews',
  'e5f6a7b',
  `<div class="elementor-swiper"><div class="swiper-wrapper">${eReviews
    .map(
      (r) => `<div class="swiper-slide"><div
class="elementor-testimonial__content"><div class="elementor-testimonial__text">${r}</div></div></div>`,
    )
    .join('\n')}</div></div>`,
)}
${w('text-editor', 'f6a7b8c', '<p>Rated 4.9 out of 5 from 612 reviews</p>')}`,
  'reviews-band',
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer">
${sec(
  '3a4b5c6',
  `${w('text-editor', '4b5c6d7', '<p>Brookline Drainage Ltd, Unit 4 Marsh Lane Trading Estate, Harwick HW3 7QD</p>')}
${w('nav-menu', '5c6d7e8', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${w('text-editor', '6d7e8f9', '<p>© 2025 Brookline Drainage Ltd. Company No. 08814527</p>')}`,
)}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://brooklinedrainage.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout598-elementor-drain-prices',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eH2Table, eH2Inc, eH2Not],
  body: texts([eDek, ...eIntro, ...rowTexts(eRows), eNote, ...eInc, ...eNot]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', '24/7 Emergency Line: 01632 960 418', 'Gas Safe and WaterSafe approved', ...eNavF, 'Call Now', 'Fully insured',
    'Blocked right now?', 'Our engineers are on the road 24 hours a day. Call and we will give you an arrival time straight away.', 'Call 01632 960 418',
    'What our customers say', ...eReviews, 'Rated 4.9 out of 5 from 612 reviews', 'Brookline Drainage Ltd, Unit 4 Marsh Lane Trading Estate, Harwick HW3 7QD',
    ...eFoot, '© 2025 Brookline Drainage Ltd. Company No. 08814527', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT598_A: readonly TestPage[] = [elementor];
