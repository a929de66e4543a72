import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rows } from './pages-heldout606-kit.js';

/**
 * Held-out batch 606, file a: a watch servicing price page built with Elementor (Hello theme, Complianz banner); the
 * longcase clock restoration story on GeneratePress is in file a2.
 */
const eTitle = 'Watch Servicing Prices';
const eIntro = j(
  'Every watch that comes into our Kettleby workshop is inspected by a qualified watchmaker before we quote. The prices below are',
  'our starting prices for a full service; we confirm the final figure in writing before any work begins.',
);
const eHeads = ['Mechanical watches', 'What a full service includes', 'Quartz watches', 'Estimates and guarantee'];
const eMech = [
  ['Manual-wind, time only', '£195', '3 to 4 weeks'],
  ['Automatic, time and date', '£245', '4 weeks'],
  ['Automatic chronograph', '£395', '5 to 6 weeks'],
  ['Vintage (pre-1970), any type', '£285', '6 to 8 weeks'],
];
const eIncl = [
  'Complete strip-down of the movement and ultrasonic cleaning of every part',
  'Replacement of the mainspring, gaskets and any worn wheels or pinions',
  'Lubrication with modern synthetic oils and greases',
  'Regulation on a timing machine in six positions',
  'Pressure test to the rated depth (where the case allows)',
  'Light case and bracelet clean; polishing on request',
];
const eQuartzP = j(
  'A quartz service is more than a battery change. We clean the movement, check the coil and circuit, replace the seals and test',
  'the water resistance before the watch goes back to you.',
);
const eQuartz = [
  ['Quartz, time and date', '£95', '1 to 2 weeks'],
  ['Quartz chronograph', '£145', '2 weeks'],
];
const eEnd = [
  j(
    'Estimates are free if you go ahead with the work and £25 if you decline, which covers the time to open and assess the movement.',
    'Parts that have to be made or ordered from the maker are quoted separately.',
  ),
  j(
    'Every full service carries a 24-month guarantee against defects in our workmanship. The guarantee does not cover damage from',
    'knocks, water getting in after the case has been opened elsewhere, or a broken crystal.',
  ),
];
const eNav = ['Home', 'Watch Servicing', 'Clock Repairs', 'Batteries & Straps', 'About Us', 'Contact'];
const eBoxes = [
  ['Insured postal service', 'Send your watch to us in our padded, fully insured box.'],
  ['Free local collection', 'We collect and return within ten miles of Kettleby.'],
  ['Two-year guarantee', 'On every full service carried out in our workshop.'],
];
const eFootLinks = ['Privacy Policy', 'Cookie Policy (UK)', 'Terms of Business'];
const th = (cols: readonly string[]): string => `<thead><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
const el = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed" data-id="${id}"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eCols = ['Service', 'Price from', 'Typical turnaround'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Watch Servicing Prices – Harrow &amp; Finch Watchmakers</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Prices for mechanical and quartz watch servicing at our Kettleby workshop.">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-112-css" href="/wp-content/uploads/elementor/css/post-112.css?ver=1714052231" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Watch Servicing Prices",
"isPartOf":{"@id":"https://harrowandfinch.example/#website"}},{"@type":"LocalBusiness","name":"Harrow & Finch Watchmakers"}]}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_css_loading; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-112 elementor-default elementor-template-full-width elementor-kit-6
elementor-page elementor-page-112"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="20" class="elementor elementor-20 elementor-location-header" data-elementor-post-type="elementor_library">
${sec('5c1e0a2', el('text-editor', '<p>Open Tuesday to Saturday, 9.30am – 5pm · 01632 960 418</p>', '7d2b1f0'))}
${sec(
  '2f8a9c4',
  `${el('theme-site-logo', '<a href="/"><img width="220" height="64" src="/wp-content/uploads/2024/02/hf-logo.svg" alt="Harrow &amp; Finch"></a>', '91e3a7b')}
${el(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-3c4d" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
<i aria-hidden="true" class="eicon-menu-bar"></i></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
<ul id="menu-2-3c4d" class="elementor-nav-menu">${links(eNav)}</ul></nav>`,
  '3c4d5e6',
)}`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="112" class="elementor elementor-112" data-elementor-post-type="page" id="content">
${sec(
  'a1b2c3d',
  `${el('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`, 'b1c2d3e')}
${el('text-editor', `<p>${eIntro}</p>`, 'c1d2e3f')}`,
)}
${sec(
  'd4e5f6a',
  `${el('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 0)}</h2>`, 'e4f5a6b')}
${el('text-editor', `<table class="hf-prices">${th(eCols)}<tbody>${rows(eMech)}</tbody></table>`, 'f4a5b6c')}
${el('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 1)}</h2>`, 'a7b8c9d')}
${el(
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    eIncl.map(
      (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
  'b7c8d9e',
)}
${el(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/contact/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a service</span></span></a></div>`,
  'c7d8e9f',
)}`,
)}
${sec(
  'e1f2a3b',
  `${el('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 2)}</h2>`, 'f1a2b3c')}
${el('text-editor', `<p>${eQuartzP}</p><table class="hf-prices">${th(eCols)}<tbody>${rows(eQuartz)}</tbody></table>`, 'a2b3c4d')}
${el('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 3)}</h2>`, 'b2c3d4e')}
${el('text-editor', ps(eEnd), 'c2d3e4f')}`,
)}
${sec(
  'd5e6f7a',
  eBoxes
    .map(([h, p], i) =>
      el(
        'icon-box',
        `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content">
<h3 class="elementor-icon-box-title"><span>${h}</span></h3><p class="elementor-icon-box-description">${p}</p></div></div>`,
        `e5f6a7${i}`,
      ),
    )
    .join('\n'),
)}
${sec(
  'f8a9b0c',
  el(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">“They brought my father’s 1962 watch back to
life and explained every step of the work.”</div><div class="elementor-testimonial-meta"><div class="elementor-testimonial-details">
<div class="elementor-testimonial-name">Priya N.</div><div class="elementor-testimonial-job">Google review</div></div></div></div>`,
    'a9b0c1d',
  ),
)}
</div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
${sec(
  '0a1b2c3',
  `${el('heading', '<h4 class="elementor-heading-title elementor-size-default">Visit the workshop</h4>', '1a2b3c4')}
${el('text-editor', '<p>14 Mercer Row, Kettleby KT9 4HF</p><p>Tuesday to Saturday, 9.30am – 5pm</p>', '2a3b4c5')}
${el(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFootLinks)}</ul>
</nav>`,
  '3a4b5c6',
)}
${el('text-editor', '<p>© 2026 Harrow &amp; Finch Watchmakers. All rights reserved.</p>', '4a5b6c7')}`,
)}</div>
<div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true"
role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header">
<div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div>
<div class="cmplz-close" role="button" tabindex="0" aria-label="Close dialog"><svg aria-hidden="true" viewBox="0 0 352 512">
<path d="M242 256l100-100"/></svg></div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store
and/or access device information.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">Cookie Policy</a></li></ul></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},
"urls":{"assets":"\\/wp-content\\/plugins\\/elementor\\/assets\\/"}};</script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout606-elementor-watch-service-prices',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([eIntro, ...eMech.flat(), ...eIncl, eQuartzP, ...eQuartz.flat(), ...eEnd]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Open Tuesday to Saturday, 9.30am – 5pm · 01632 960 418', ...eNav.filter((t) => t !== 'Watch Servicing'), 'Book a service',
    ...eBoxes.flat(),
    '“They brought my father’s 1962 watch back to life and explained every step of the work.”', 'Priya N.', 'Google review', 'Visit the workshop',
    '14 Mercer Row, Kettleby KT9 4HF', 'Tuesday to Saturday, 9.30am – 5pm', ...eFootLinks, '© 2026 Harrow & Finch Watchmakers. All rights reserved.',
    'Manage Cookie Consent', 'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept',
    'Deny', 'View preferences', 'Cookie Policy',
  ],
};

export const HELDOUT606_A: readonly TestPage[] = [elementor];
