import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout616-kit.js';

/**
 * Held-out batch 616, file a: a saddlery's saddle fitting service page built with Elementor (Hello Elementor theme, CookieYes
 * banner, price list and testimonial widgets).
 */
const eTitle = 'Saddle Fitting Service';
const eDek = 'Independent fitting for every make of saddle, at the workshop in Wendlebury Cross or on your own yard.';
const eBlocks: Block[] = [
  { p: eDek },
  {
    p: j(
      'A saddle that fitted last spring may not fit this spring. Horses change shape with work, age, feed and the seasons, and a tree',
      'that pinches or bridges often shows up first as a sour face at girthing, a shortened stride or a reluctance to go forward.',
      'Our qualified fitters check the saddle you already have before suggesting anything new.',
    ),
  },
  { h: 2, t: 'What happens at a fitting' },
  { p: 'Allow about ninety minutes for a first appointment. Your fitter will:' },
  {
    ul: [
      'look at your horse standing square and assess the back, withers and shoulders',
      "take a wither tracing and keep it on your horse's file",
      'check tree width, panel contact and balance, first unmounted and then ridden',
      'watch you ride in walk, trot and canter on both reins',
      'adjust the flocking on the spot where that is all the saddle needs',
    ],
  },
  { p: 'You will receive a written report by email within two days, with the measurements taken and anything we recommend.' },
  { h: 2, t: 'Fees' },
];
const ePrices = [
  ['Workshop fitting', '£45', 'Bring your horse to the covered arena behind the shop. Tea and biscuits included.'],
  ['Yard visit within 20 miles', '£65', 'We come to you with a van of demonstration saddles in the common widths.'],
  ['Each extra horse on the same yard', '£30', 'Booked on the same visit, one after another.'],
  ['Flocking adjustment', 'from £25', 'Carried out on the day where time allows, otherwise collected and returned.'],
] as const;
const eAfter: Block[] = [
  { h: 2, t: 'Before we visit' },
  {
    p: j(
      'Please have your horse caught, brushed off and dry, with a level, hard standing where we can see him walk and trot up.',
      'If your horse has had back, dental or physio treatment in the last month, let us know when you book.',
    ),
  },
  { p: 'Every saddle we sell is rechecked free of charge after six weeks, and we recommend a check every six months after that.' },
];
const eW = (type: string, id: string, inner: string): string =>
  j(
    `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}"`,
    `data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`,
  );
const eSec = (id: string, inner: string): string =>
  j(
    `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed`,
    `elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">`,
    `<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">`,
    `<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`,
  );
const eOpts = {
  h: (n: number, t: string) => `<h${n} class="elementor-heading-title elementor-size-default">${t}</h${n}>`,
  wrap: (html: string, b: Block) => eW('h' in b ? 'heading' : 'text-editor', 'h' in b ? '5b1e2a9' : '8c03d4f', html),
};
const ePriceHtml = ePrices
  .map(([t, p, d]) =>
    j(
      `<li class="elementor-price-list-item"><div class="elementor-price-list-text"><div class="elementor-price-list-header">`,
      `<span class="elementor-price-list-title">${t}</span> <span class="elementor-price-list-separator"></span>`,
      `<span class="elementor-price-list-price">${p}</span></div><p class="elementor-price-list-description">${d}</p></div></li>`,
    ),
  )
  .join('\n');
const eNav = ['Home', 'Shop Saddles', 'Bridlework', 'Our Workshop', 'Book a Fitter', 'Contact Us'];
const eFoot = ['Delivery & Returns', 'Privacy Policy', 'Terms of Sale'];
const eCookie = j(
  'We use cookies to enhance your browsing experience, serve personalised content, and analyse our traffic.',
  'By clicking "Accept All", you consent to our use of cookies.',
);
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Saddle Fitting Service - Marrow &amp; Finch Saddlery</title>
<meta name="description" content="${eDek}"><link rel="canonical" href="https://marrowandfinch.co.uk/saddle-fitting/">
<meta property="og:type" content="article"><meta property="og:site_name" content="Marrow &amp; Finch Saddlery">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://marrowandfinch.co.uk/saddle-fitting/","name":"Saddle Fitting Service - Marrow &amp; Finch Saddlery","inLanguage":"en-GB"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1712744100" media="all">
<style id="cky-style-inline">.cky-consent-container{position:fixed;width:440px;box-sizing:border-box;z-index:9999999}</style>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/7f3a0c/script.js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="23" class="elementor elementor-23 elementor-location-header" data-elementor-post-type="elementor_library">
${eSec(
  '1f0a3c2',
  `${eW('text-editor', '2a7b9d1', '<p>Call the workshop on 01632 960 412 · Mon to Sat, 8.30am to 5pm</p>')}
${eW(
  'theme-site-logo',
  '3c81e0f',
  `<a href="https://marrowandfinch.co.uk"><img width="220" height="64" src="/wp-content/uploads/2023/02/logo.svg"
alt="Marrow &amp; Finch Saddlery"></a>`,
)}
${eW(
  'nav-menu',
  '4d2f6b8',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-4d2f6b8" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i class="eicon-menu-bar"></i></div>`,
)}`,
)}
</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry">
<div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${eSec(
  '6a0d5e3',
  `${eW('heading', '7e44c21', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${render(eBlocks, eOpts)}
${eW('price-list', '9b2e7a0', `<ul class="elementor-price-list">${ePriceHtml}</ul>`)}
${render(eAfter, eOpts)}`,
)}
${eSec(
  'a13c7f5',
  eW(
    'testimonial',
    'b52d8e6',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">"Carys spotted in five
minutes what three other fitters had missed. My mare is a different horse."</div><div class="elementor-testimonial-meta"><div
class="elementor-testimonial-details">
<div class="elementor-testimonial-name">Harriet Dane</div><div class="elementor-testimonial-job">Oxley Green</div></div></div></div>`,
  ),
)}
${eSec(
  'c60f1a8',
  `${eW('heading', 'd1e3b44', '<h2 class="elementor-heading-title elementor-size-default">Ready to book?</h2>')}
${eW('text-editor', 'e2a09c7', '<p>Call the workshop or send us a message and we will find a date that suits you.</p>')}
${eW(
  'button',
  'f7c21d0',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/contact/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a fitting</span></span></a></div>`,
)}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSec(
  '0b9e2d4',
  `${eW('text-editor', '1c4a8f2', '<p>Marrow &amp; Finch Saddlery<br>14 Tanyard Lane, Wendlebury Cross, HR9 4QT</p>')}
${eW(
  'nav-menu',
  '2d6e1b9',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul
class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`,
)}
${eW(
  'social-icons',
  '3e0f5a6',
  `<div class="elementor-social-icons-wrapper elementor-grid" role="list"><span class="elementor-grid-item" role="listitem">
<a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="#" target="_blank"><span class="elementor-screen-only">Facebook</span>
<i class="fab fa-facebook"></i></a></span><span class="elementor-grid-item" role="listitem"><a class="elementor-icon elementor-social-icon-instagram" href="#"
target="_blank"><span class="elementor-screen-only">Instagram</span><i class="fab fa-instagram"></i></a></span></div>`,
)}
${eW('text-editor', '4f7c3e1', '<p>© 2026 Marrow &amp; Finch Saddlery. All rights reserved.</p>')}`,
)}
</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description"><p>${eCookie}</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept"
aria-label="Accept All">Accept All</button>
</div></div></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4"};</script>
</body></html>`;
const elementorFitting: TestPage = {
  name: 'heldout616-elementor-saddle-fitting',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: headingsOf([...eBlocks, ...eAfter]),
  body: [...bodyOf(eBlocks), ...ePrices.flatMap(([t, p, d]) => [`${t} ${p}`, d]), ...bodyOf(eAfter)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call the workshop on 01632 960 412 · Mon to Sat, 8.30am to 5pm', ...eNav,
    '"Carys spotted in five minutes what three other fitters had missed. My mare is a different horse."', 'Harriet Dane', 'Oxley Green',
    'Ready to book?', 'Call the workshop or send us a message and we will find a date that suits you.', 'Book a fitting',
    'Marrow & Finch Saddlery', '14 Tanyard Lane, Wendlebury Cross, HR9 4QT', ...eFoot, 'Facebook', 'Instagram',
    '© 2026 Marrow & Finch Saddlery. All rights reserved.', 'We value your privacy', eCookie, 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT616_A: readonly TestPage[] = [elementorFitting];
