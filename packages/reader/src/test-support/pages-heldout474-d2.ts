import { ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout474-kit.js';

/** Held-out batch 474, file d2: a hotel suite page built with Elementor Pro on the Hello Elementor theme (split from file d). */
const eTitle = 'The Garden Suite';
const eDek = 'Our largest room, on the ground floor of the east wing, with French doors onto a private walled garden.';
const eParas = [
  j(
    'The Garden Suite was the estate\u2019s old orangery. We kept the tall arched windows and the stone floor, added underfloor heating,',
    'and furnished it with pieces from local makers: a bed of English oak, linen from the mill at Harcombe and a reading chair that',
    'has been reupholstered three times since 1920.',
  ),
  j(
    'The walled garden is yours alone. There is a table for breakfast outside in good weather and a copper bath under a pergola of',
    'climbing roses, filled from the house on request.',
  ),
];
const eFeatures = [
  'Super king bed (can be split into twins)',
  'Walled private garden with outdoor copper bath',
  'Log burner',
  'Walk-in shower and roll-top bath',
  'Minibar with local cider and cheeses',
  'Step-free access from the car park',
];
const eNav = ['Rooms', 'Eat', 'Spa', 'Weddings', 'Gift Vouchers', 'Contact'];
const eOther = ['The Loft Room', 'The Library Room', 'The Stable Cottage'];
const eQuote = j('"We have stayed in a lot of hotels, but never anywhere that felt so much like our own secret garden."');
const ew = (
  id: string,
  type: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, cols: string[]): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="${id}" data-element_type="section"><div
class="elementor-container
elementor-column-gap-default">${cols
  .map(
    (c, i) => `<div class="elementor-column elementor-col-${Math.round(100 / cols.length)} elementor-top-column elementor-element
elementor-element-${id}c${i}" data-id="${id}c${i}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${c}</div></div>`,
  )
  .join('')}
</div></section>`;
const icons = (items: readonly string[], icon: string): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-${icon}"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const eBtn = (
  t: string,
  href: string,
): string => `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="${href}">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${t}</span></span></a></div>`;
const eMenu = `<ul class="elementor-nav-menu">${eNav
  .map(
    (n) =>
      `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${n
        .toLowerCase()
        .replace(/ /g, '-')}/" class="elementor-item">${n}</a></li>`,
  )
  .join('')}</ul>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>The Garden Suite &#8211; Harcombe House Hotel</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1716000000" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HotelRoom","name":"The Garden Suite","bed":{"@type":"BedDetails",
"typeOfBed":"Super king"}}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-template-full-width elementor-kit-6
elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
${sec('5d21a0f', [
  ew('7c1e2b4', 'theme-site-logo', '<a href="/"><img width="200" height="64" src="/wp-content/uploads/2024/01/harcombe-logo.svg" alt="Harcombe House"></a>'),
  ew(
    '2a9f3c1',
    'nav-menu',
    `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade">${eMenu}</nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i
aria-hidden="true" role="presentation"
class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div><nav class="elementor-nav-menu--dropdown
elementor-nav-menu__container" aria-hidden="true">${eMenu.replace(/class="elementor-item"/g, 'class="elementor-item" tabindex="-1"')}</nav>`,
  ),
  ew('8b0d6e2', 'button', eBtn('Book Your Stay', 'https://booking.harcombehouse.example/')),
])}
</div>
<main id="content" class="site-main post-412 page type-page status-publish has-post-thumbnail hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${sec('3f2a1b6', [
  ew('a1b2c3d', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) +
    ew('b2c3d4e', 'text-editor', `<p>${eDek}</p>`) +
    ew('c3d4e5f', 'divider', '<div class="elementor-divider"><span class="elementor-divider-separator"></span></div>') +
    ew('d4e5f60', 'text-editor', ps(eParas)),
  ew(
    'e5f6071',
    'image',
    `<figure class="wp-caption"><img width="768" height="1024" src="/wp-content/uploads/2024/03/garden-suite-768x1024.jpg" class="attachment-medium_large"
alt="The Garden Suite"><figcaption class="widget-image-caption wp-caption-text">The copper bath in June</figcaption></figure>`,
  ),
])}
${sec('4e8c2d7', [
  ew('f607182', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Suite features</h2>') +
    ew('0718293', 'icon-list', icons(eFeatures, 'check')),
  ew('1829304', 'heading', '<h3 class="elementor-heading-title elementor-size-default">From £340 per night</h3>') +
    ew('2930415', 'text-editor', '<p>Including breakfast for two and a late check-out at noon.</p>') +
    ew('3041526', 'button', eBtn('Check Availability', '/book/?room=garden-suite')),
])}
${sec('5c9d3e8', [
  ew(
    '4152637',
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Hannah and Idris</div>
<div class="elementor-testimonial-job">Stayed in May 2026</div></div></div></div>`,
  ),
])}
${sec('6d0e4f9', [
  ew('5263748', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Other rooms you may like</h2>') +
    ew(
      '6374859',
      'icon-list',
      icons(
        eOther.map((o) => `<a href="/rooms/${o.toLowerCase().replace(/ /g, '-')}/">${o}</a>`),
        'arrow-right',
      ),
    ),
])}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer" data-elementor-post-type="elementor_library">
${sec('7e1f50a', [
  ew('7485960', 'text-editor', '<p>Harcombe House, Harcombe, Devon EX10 4QP</p><p>01632 960 390</p>'),
  ew('8596071', 'text-editor', '<p>© 2026 Harcombe House Hotel. All rights reserved.</p>'),
])}
</div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig =
{"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":412,"title":"The%20Garden%20Suite"}};</script>
</body></html>`;
const elementorSuite: TestPage = {
  name: 'heldout474-elementor-garden-suite',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['Suite features'],
  body: [eDek, ...texts(eParas), ...eFeatures],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', ...eNav, 'Menu', 'Book Your Stay', 'The copper bath in June', 'From £340 per night',
    'Including breakfast for two and a late check-out at noon.',
    'Check Availability', eQuote, 'Hannah and Idris', 'Stayed in May 2026', 'Other rooms you may like', ...eOther, 'Harcombe House, Harcombe, Devon EX10 4QP',
    '01632 960 390', '© 2026 Harcombe House Hotel. All rights reserved.',
  ]),
};

export const HELDOUT474_D2: readonly TestPage[] = [elementorSuite];
