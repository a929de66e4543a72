import { links, type TestPage } from './page-kit.js';
import { j, lis, row, rowText } from './pages-heldout591-kit.js';

/**
 * Held-out batch 591, file a: an adult evening-course timetable and fees page on WordPress (Hello Elementor theme with
 * Elementor Pro header, footer and price tables, CookieYes banner); the Squarespace page is in file a2.
 */
const kTitle = 'Evening and weekend courses for adults: timetable and fees';
const kDek = j(
  'Spring term 2027 runs from 11 January to 26 March. All courses are taught in groups of six to ten at our studio on Tanner Street,',
  'a five-minute walk from Varnholm Central.',
);
const kIntro = j(
  'Courses meet twice a week for ten weeks, or once a week on Saturday mornings for the same number of hours. Levels follow the six',
  'steps from A1 to C2; if you are not sure of your level, take the free placement test before you enrol.',
);
const kRows = [
  ['Spanish', 'A1', 'Mon & Wed', '18:30–20:00', '11 Jan'],
  ['Spanish', 'B1', 'Tue & Thu', '18:30–20:00', '12 Jan'],
  ['Italian', 'A2', 'Mon & Wed', '20:10–21:40', '11 Jan'],
  ['Portuguese', 'A1', 'Saturday', '09:30–12:30', '16 Jan'],
  ['German', 'B2', 'Tue & Thu', '20:10–21:40', '12 Jan'],
  ['French', 'A2', 'Saturday', '13:00–16:00', '16 Jan'],
];
const kFees = j(
  'Fees cover 30 hours of teaching, course books in PDF and access to our online practice room. Printed books can be bought at reception',
  'for €24.',
);
const kPlans = [
  {
    h: 'Standard evening course',
    sub: 'Two evenings a week, ten weeks',
    price: '420',
    feats: ['30 hours of classes', 'Groups of six to ten', 'Certificate of attendance'],
  },
  {
    h: 'Saturday intensive',
    sub: 'One morning a week, ten weeks',
    price: '395',
    feats: ['30 hours of classes', 'Coffee break included', 'Certificate of attendance'],
  },
];
const kDisc = ['10% off for students and people over 65', '€30 off when you enrol before 15 December', 'Pay in two instalments at no extra cost'];
const kCancel = j(
  'Places are confirmed when we receive the first payment. If you cancel more than seven days before the course starts we refund the full',
  'fee less a €25 administration charge; after that, we can move you to the next term but cannot refund.',
);
const kNav = ['Courses', 'Private lessons', 'Placement test', 'Teachers', 'Contact'];
const kFootNav = ['Privacy policy', 'Terms of enrolment', 'Imprint'];
const widget = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const plan = (p: (typeof kPlans)[number], id: string): string =>
  widget(
    'price-table',
    `<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">${p.h}</h3>
<span class="elementor-price-table__subheading">${p.sub}</span></div><div class="elementor-price-table__price">
<span class="elementor-price-table__currency">€</span><span class="elementor-price-table__integer-part">${p.price}</span>
<span class="elementor-price-table__period elementor-typo-excluded">per term</span></div><ul class="elementor-price-table__features-list">
${p.feats
  .map(
    (f) => `<li class="elementor-repeater-item-${id}"><div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="fas fa-check">
</i><span>${f}</span></div></li>`,
  )
  .join('\n')}
</ul><div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/enrol/">Enrol now</a></div>
</div>`,
    id,
  );
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Timetable &amp; fees &#8211; Kestrel Language Studio</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="https://kestrelstudio.eu/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://kestrelstudio.eu/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7"
media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="https://kestrelstudio.eu/wp-content/uploads/elementor/css/post-412.css?ver=1733912201" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://kestrelstudio.eu/timetable-fees/",
"name":"Timetable &amp; fees - Kestrel Language Studio","datePublished":"2024-08-02T10:11:40+00:00","dateModified":"2026-12-01T09:02:13+00:00"}]}</script>
<script src="https://kestrelstudio.eu/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="38" class="elementor elementor-38 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-5c1d2e0 e-flex e-con-boxed e-con e-parent" data-id="5c1d2e0" data-element_type="container">
<div class="e-con-inner">
${widget(
  'theme-site-logo',
  `<a href="https://kestrelstudio.eu">
<img width="180" height="48" src="/wp-content/uploads/2024/07/kestrel-logo.svg" class="attachment-full size-full" alt="Kestrel Language Studio">
</a>`,
  '2b7a9f1',
)}
${widget(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-2b8c" class="elementor-nav-menu">${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" class="eicon-menu-bar"></i>
</div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-2b8c" class="elementor-nav-menu">${links(kNav)}</ul>
</nav>`,
  '9e0c4d2',
)}
${widget(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/trial/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Book a free trial</span></span></a>`,
  'a41f3c7',
)}
</div></div></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<div class="elementor-element elementor-element-71d0b3e e-flex e-con-boxed e-con e-parent" data-id="71d0b3e" data-element_type="container">
<div class="e-con-inner">
${widget('heading', `<h1 class="elementor-heading-title elementor-size-default">${kTitle}</h1>`, '3f8e2a1')}
${widget('text-editor', `<p>${kDek}</p>`, 'c5a7d09')}
</div></div>
<div class="elementor-element elementor-element-0b2e6f4 e-flex e-con-boxed e-con e-parent" data-id="0b2e6f4" data-element_type="container">
<div class="e-con-inner">
${widget('heading', '<h2 class="elementor-heading-title elementor-size-default">Timetable</h2>', '6d1c8e5')}
${widget(
  'text-editor',
  `<p>${kIntro}</p>
<table style="width: 100%;"><tbody><tr><td><strong>Course</strong></td><td><strong>Level</strong></td><td><strong>Days</strong></td><td><strong>Time</strong>
</td>
<td><strong>Start</strong></td></tr>
${kRows.map((r) => row(r)).join('\n')}
</tbody></table>`,
  'e92f7a0',
)}
</div></div>
<div class="elementor-element elementor-element-8a3b1f2 e-flex e-con-boxed e-con e-parent" data-id="8a3b1f2" data-element_type="container">
<div class="e-con-inner">
${widget('heading', '<h2 class="elementor-heading-title elementor-size-default">Fees</h2>', '1e4d7b9')}
${widget('text-editor', `<p>${kFees}</p>`, 'f0c2a63')}
<div class="elementor-element elementor-element-4d7e0a1 e-con-full e-flex e-con e-child" data-id="4d7e0a1" data-element_type="container">
${plan(kPlans[0]!, 'b1e9f04')}
${plan(kPlans[1]!, 'c7a3e52')}
</div>
${widget('heading', '<h2 class="elementor-heading-title elementor-size-default">Discounts and payment</h2>', '2a9c5d8')}
${widget('text-editor', `<ul>${lis(kDisc)}</ul>\n<p>${kCancel}</p>`, '7b3f1e6')}
</div></div>
<div class="elementor-element elementor-element-d3e4f5a e-flex e-con-boxed e-con e-parent elementor-section-cta" data-id="d3e4f5a" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${widget('heading', '<h2 class="elementor-heading-title elementor-size-default">Not sure which level you are?</h2>', '5f6a7b8')}
${widget(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-md" href="/placement-test/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Take the placement test</span></span></a>`,
  '9c0d1e2',
)}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-e1f2a3b e-flex e-con-boxed e-con e-parent" data-id="e1f2a3b" data-element_type="container">
<div class="e-con-inner">
${widget('text-editor', '<p>Kestrel Language Studio<br>Tanner Street 41, 4820 Varnholm</p><p>hello@kestrelstudio.eu</p>', '0a1b2c3')}
${widget(
  'icon-list',
  `<ul class="elementor-icon-list-items">${kFootNav
    .map(
      (t) => `<li class="elementor-icon-list-item">
<a href="/${t.toLowerCase().replace(/ /g, '-')}/"><span class="elementor-icon-list-text">${t}</span></a></li>`,
    )
    .join('\n')}</ul>`,
  '4d5e6f7',
)}
${widget(
  'social-icons',
  `<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item">
<a class="elementor-icon elementor-social-icon elementor-social-icon-instagram" href="https://instagram.com/kestrelstudio" target="_blank">
<span class="elementor-screen-only">Instagram</span><i class="fab fa-instagram"></i></a></span></div>`,
  '8a9b0c1',
)}
${widget('text-editor', '<p>© 2027 Kestrel Language Studio. All rights reserved.</p>', 'd2e3f4a')}
</div></div></div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div>
</div></div></div></div>
<script src="https://kestrelstudio.eu/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=3.24.3" id="elementor-pro-webpack-runtime-js">
</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":412,"title":"Timetable%20%26%20fees"}};
</script>
</body></html>`;
const kestrel: TestPage = {
  name: 'heldout591-kestrel-timetable-fees',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Timetable', 'Fees', ...kPlans.map((p) => p.h), 'Discounts and payment'],
  body: [kDek, kIntro, ...kRows.map(rowText), kFees, ...kPlans.flatMap((p) => [p.sub, `€${p.price} per term`, ...p.feats]), ...kDisc, kCancel],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Private lessons', 'Teachers', 'Contact', 'Book a free trial', 'Enrol now', 'Not sure which level you are?', 'Take the placement test',
    'Kestrel Language Studio', 'Tanner Street 41, 4820 Varnholm', 'hello@kestrelstudio.eu', ...kFootNav,
    '© 2027 Kestrel Language Studio. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT591_A: readonly TestPage[] = [kestrel];
