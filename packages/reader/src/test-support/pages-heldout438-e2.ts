import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file e2: a third-party logistics provider's services page built with Elementor on WordPress (Elementor
 * Pro theme-builder header and footer, nav menu widget, a hero section, icon-box widgets for each service, a counter row, an
 * onboarding steps list, a testimonial carousel, a CTA section, the Cookie Notice plugin banner and the Elementor frontend
 * config script). Many short blocks: each service's icon-box title is a heading and its description is body.
 */
const eTitle = 'Warehousing and fulfilment services';
const eIntro = [
  j(
    'From a single pallet to a full dedicated building, Northgate 3PL stores, picks, packs and ships for brands that would',
    'rather spend their time on products than on forklifts. Our three sites in the East Midlands reach 90 per cent of UK',
    'addresses the next working day.',
  ),
];
const eServices = [
  ['Pallet storage', 'Racked and bulk storage for ambient goods, charged per pallet per week with no minimum term.'],
  ['E-commerce fulfilment', 'Orders picked and packed the same day when received by 2 p.m., connected to Shopify, WooCommerce and Amazon.'],
  ['B2B and retail distribution', 'Retailer-compliant labelling, booking-in and full or part loads to distribution centres across the UK.'],
  ['Returns processing', 'Returned items are inspected, graded and restocked or quarantined within 48 hours, with photos for every exception.'],
  ['Kitting and co-packing', 'Gift sets, subscription boxes and promotional bundles assembled on dedicated benches.'],
  ['Container devanning', 'Loose-loaded 20ft and 40ft containers unloaded, checked against the packing list and palletised.'],
] as const;
const eStepsH = 'How onboarding works';
const eSteps = [
  'Tell us what you sell, your order volumes and your sales channels.',
  'We send a fixed quote within three working days.',
  'Our team connects your sales channels and maps your SKUs.',
  'Stock arrives, is counted and is live for orders within 24 hours.',
];
const eCounters = [
  ['3', 'warehouses'],
  ['410,000', 'sq ft of storage'],
  ['2.1m', 'orders shipped in 2025'],
  ['99.7%', 'order accuracy'],
];
const eQuotes = [
  ['"We moved 6,000 SKUs in a weekend and did not miss a single order."', 'Hollis Brandt, Founder, Kettle & Crumb'],
  ['"Their returns team found a supplier fault we had missed for a year."', 'Amaya Ruiz-Tennant, Ops Lead, Brightloom'],
] as const;
const eMenu = ['Services', 'Sectors', 'Locations', 'Technology', 'About', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms & Conditions', 'Modern Slavery Statement', 'Careers'];
const el = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type.split('.')[0]}" data-id="${id}" data-element_type="widget" data-widget_type="${type}"><div class="elementor-widget-container">
${inner}</div></div>`;
const col = (id: string, size: number, inner: string): string => `<div class="elementor-column elementor-col-${size} elementor-top-column
elementor-element elementor-element-${id}" data-id="${id}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${inner}</div></div>`;
const section = (id: string, inner: string, cls = ''): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-element-${id} elementor-section-boxed elementor-section-height-default ${cls}" data-id="${id}" data-element_type="section"><div
class="elementor-container elementor-column-gap-default">${inner}</div></section>`;
const iconBox = (s: readonly [string, string], i: number): string =>
  col(
    `c${i}`,
    33,
    el(
      `ib${i}`,
      'icon-box.default',
      `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon
elementor-animation-"><i aria-hidden="true" class="fas fa-warehouse"></i></span></div><div class="elementor-icon-box-content"><h3
class="elementor-icon-box-title"><span>${s[0]}</span></h3><p class="elementor-icon-box-description">${s[1]}</p></div></div>`,
    ),
  );
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${eTitle} | Northgate
3PL</title><meta name="description" content="Pallet storage, e-commerce fulfilment, B2B distribution and returns from three East Midlands warehouses.">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1739870011" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"}]}</script>
</head><body class="page-template page-template-elementor_header_footer page page-id-88 elementor-default elementor-template-full-width
elementor-kit-6 elementor-page elementor-page-88"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
${section(
  'h1a',
  `${col(
    'h1b',
    25,
    el(
      'h1c',
      'theme-site-logo.default',
      '<a href="/"><img width="180" height="40"' + ' src="/wp-content/uploads/2025/01/northgate-logo.svg" alt="Northgate 3PL"></a>',
    ),
  )}
${col(
  'h1d',
  50,
  el(
    'h1e',
    'nav-menu.default',
    `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline"><ul
id="menu-1-h1e" class="elementor-nav-menu">${eMenu
      .map((m) => `<li class="menu-item"><a href="/${m.toLowerCase()}/" class="elementor-item">${m}</a></li>`)
      .join('\n')}</ul></nav>`,
  ),
)}
${col(
  'h1f',
  25,
  el(
    'h1g',
    'button.default',
    '<a class="elementor-button elementor-button-link elementor-size-sm" href="/quote/">' +
      '<span class="elementor-button-content-wrapper">' +
      '<span class="elementor-button-text">Request a quote</span></span></a>',
  ),
)}`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page"><main id="content">
${section(
  'a01',
  col(
    'a02',
    100,
    `${el('a03', 'heading.default', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${el('a04', 'text-editor.default', `<p>${eIntro[0]}</p>`)}`,
  ),
  'hero-section',
)}
${section('b01', eServices.slice(0, 3).map(iconBox).join('\n'))}
${section(
  'b02',
  eServices
    .slice(3)
    .map((s, i) => iconBox(s, i + 3))
    .join('\n'),
)}
${section(
  'c01',
  eCounters
    .map((c, i) =>
      col(
        `k${i}`,
        25,
        el(
          `kc${i}`,
          'counter.default',
          `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span
class="elementor-counter-number" data-duration="2000" data-to-value="${c[0]}">${c[0]}</span></div><div class="elementor-counter-title">${c[1]}</div></div>`,
        ),
      ),
    )
    .join('\n'),
  'counters',
)}
${section(
  'd01',
  col(
    'd02',
    100,
    `${el('d03', 'heading.default', `<h2 class="elementor-heading-title elementor-size-default">${eStepsH}</h2>`)}
${el('d04', 'text-editor.default', `<ol>${eSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>`)}`,
  ),
)}
${section(
  'e01',
  col(
    'e02',
    100,
    el(
      'e03',
      'testimonial-carousel.default',
      `<div class="elementor-main-swiper swiper"><div class="swiper-wrapper">${eQuotes
        .map(
          (q) => `<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content"><div
class="elementor-testimonial__text">${q[0].replace('&', '&amp;')}</div></div>
<div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite"><span
class="elementor-testimonial__name">${q[1].replace('&', '&amp;')}</span></cite></div></div></div>`,
        )
        .join('\n')}</div></div>`,
    ),
  ),
)}
${section(
  'f01',
  col(
    'f02',
    100,
    `${el(
      'f03',
      'call-to-action.default',
      `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title">Ready to hand over
the boxes?</h2><div class="elementor-cta__description">Get a fixed quote in three working days.</div><div class="elementor-cta__button-wrapper"><a
class="elementor-cta__button elementor-button" href="/quote/">Get my quote</a></div></div></div>`,
    )}`,
  ),
)}</main></div>
<div data-elementor-type="footer" data-elementor-id="14" class="elementor elementor-14 elementor-location-footer">${section(
  'z01',
  col(
    'z02',
    100,
    `${el(
      'z03',
      'icon-list.default',
      `<ul class="elementor-icon-list-items">${eFoot
        .map((f) => `<li class="elementor-icon-list-item"><a href="/x/"><span class="elementor-icon-list-text">${f.replace('&', '&amp;')}</span></a></li>`)
        .join('\n')}</ul>`,
    )}
${el('z04', 'text-editor.default', '<p>© 2026 Northgate 3PL Ltd. Company No. 11920573. VAT GB 318 2207 41.</p>')}`,
  ),
)}</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div
class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our
website.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a><a
href="#" id="cn-refuse-cookie" class="cn-set-cookie cn-button">No</a></span></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.24.7",
"kit":{"active_breakpoints":["viewport_mobile","viewport_tablet"]},"post":{"id":88,"title":"${eTitle}"}};</script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script></body></html>`;
export const elementorServices: TestPage = {
  name: 'heldout438-elementor-3pl-services',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...eServices.map((s) => s[0]), eStepsH],
  body: texts([...eIntro, ...eServices.map((s) => s[1]), ...eSteps]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eMenu, 'Request a quote', ...eCounters.flat().filter((t) => t.length > 2), ...eQuotes.flat(), 'Ready to hand over the boxes?',
    'Get a fixed quote in three working days.', 'Get my quote', ...eFoot, '© 2026 Northgate 3PL Ltd. Company No. 11920573. VAT GB 318 2207 41.',
    'We use cookies to ensure that we give you the best experience on our website.',
  ],
};
