import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout460-kit.js';

/**
 * Held-out batch 460, file a2: a reptile breeder's species profile built with Elementor (Pro theme builder header and footer)
 * on Hello Elementor, with a Complianz cookie banner.
 */
const eTitle = 'Banded Dune Skink';
const eDek = 'A hardy, day-active burrower from the red-sand country, and one of the easiest skinks for a first-time keeper.';
const eBody = [
  j(
    'The banded dune skink (<em>Eremiascincus vittatus</em>) grows to about 20 cm and spends most of the day just under the surface of',
    'warm sand, coming up to bask in the morning and late afternoon. The copper body crossed by eight to eleven dark bands makes',
    'each animal easy to tell apart.',
  ),
  'Temperament',
  j(
    'Captive-bred dune skinks settle quickly and tolerate gentle handling once they are past six months old. Wild-caught animals',
    'were common in the trade twenty years ago; all of our stock is now at least fourth generation captive bred.',
  ),
  'Housing at a glance',
  'Enclosure: 90 × 45 × 45 cm for one adult or a pair',
  'Substrate: 12–15 cm of washed sand mixed with a third topsoil, damp at the bottom',
  'Basking spot: 38–40 °C, cool end 24–26 °C',
  'UVB: a T5 6% tube over two thirds of the length',
  'Diet',
  j(
    'Offer gut-loaded crickets, roaches and the occasional waxworm three times a week to adults, daily to juveniles. Dust with',
    'calcium at most feeds and with a multivitamin once a week. A small dish of mashed fruit is taken eagerly but should stay a treat.',
  ),
  j(
    'Our hatchlings are sold from ten weeks, once they have shed twice and are feeding on their own. Every animal leaves with a care',
    'card and a week of feeder insects.',
  ),
];
const eNav = ['Home', 'Available Animals', 'Species Profiles', 'Care Guides', 'About', 'Contact'];
const eFoot = ['Shipping & Collection', 'Terms', 'Privacy Policy'];
const ew = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget" ` +
  `data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const esec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed
elementor-section-height-default" ` +
  `data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 ` +
  `elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>
</div></section>`;
const eIcons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const eH2 = (t: string): string => `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Redgum Reptiles</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1716" media="all">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle} – Redgum Reptiles",
"datePublished":"2025-08-11T02:10:44+00:00"}]}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-template-full-width elementor-kit-6
elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="20" class="elementor elementor-20 elementor-location-header" data-elementor-post-type="elementor_library">
${esec(
  '5c1e0a2',
  ew('theme-site-logo', '2b7d1f3', `<a href="/"><img src="/wp-content/uploads/2024/02/redgum-logo.png" alt="Redgum Reptiles" width="180" height="60"></a>`) +
    ew(
      'nav-menu',
      '7a9e4c1',
      `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-7a9e4c1" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
<span class="elementor-screen-only">Menu</span></div>`,
    ),
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${esec(
  'a31f9d0',
  ew('heading', 'c8d2e11', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) +
    ew('text-editor', 'e0b4a27', `<p><strong>${eDek}</strong></p>`) +
    ew(
      'image',
      'f77e3a9',
      `<figure class="wp-caption"><img src="/wp-content/uploads/2025/08/dune-skink-adult.jpg" alt="Banded dune skink on red sand" width="900"
height="600"><figcaption class="widget-image-caption wp-caption-text">Adult female from our 2024 clutch</figcaption></figure>`,
    ),
)}
${esec(
  'b42c7e5',
  ew('text-editor', '0d9a6b2', ps(at(eBody, 0))) + ew('heading', '6e1c8f4', eH2(eBody[1] ?? '')) + ew('text-editor', '9b3d0c7', ps(at(eBody, 2))),
)}
${esec('d5e8a13', ew('heading', '4f2b9d6', eH2(eBody[3] ?? '')) + ew('icon-list', '8c7f1e0', eIcons(at(eBody, 4, 5, 6, 7))))}
${esec(
  'e61b2f8',
  ew('heading', '1a6d3c9', eH2(eBody[8] ?? '')) +
    ew('text-editor', '3e9f7a4', ps(at(eBody, 9, 10))) +
    ew(
      'button',
      '5d0e2b8',
      `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/available-animals/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">See available hatchlings</span></span></a></div>`,
    ),
)}
${esec(
  'f0c3d47',
  ew('heading', '2c8e5a1', `<h3 class="elementor-heading-title elementor-size-default">More species profiles</h3>`) +
    ew('icon-list', '7b4f0d2', eIcons(['Centralian Knob-tail Gecko', 'Pilbara Ridge-tailed Monitor', 'Painted Dragon'])),
)}
</div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
${esec(
  '9e2a4b1',
  ew('text-editor', '0a7c3e5', `<p>Licensed keeper and dealer, licence no. RD 40118. Animals are sold to licence holders only.</p>`) +
    ew(
      'nav-menu',
      '3d6b8f2',
      `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`,
    ) +
    ew('text-editor', '6f1e9c0', `<p>© 2025 Redgum Reptiles. All rights reserved.</p>`),
)}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig =
{"environmentMode":{"edit":false},"post":{"id":412,"title":"Banded Dune Skink"}};</script>
</body></html>`;
const redgum: TestPage = {
  name: 'heldout460-elementor-skink-profile',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: at(eBody, 1, 3, 8),
  body: texts([eDek, ...eBody.filter((_, i) => ![1, 3, 8].includes(i))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Menu', 'Adult female from our 2024 clutch', 'See available hatchlings', 'More species profiles',
    'Centralian Knob-tail Gecko', 'Pilbara Ridge-tailed Monitor', 'Painted Dragon',
    'Licensed keeper and dealer, licence no. RD 40118. Animals are sold to licence holders only.', ...eFoot,
    '© 2025 Redgum Reptiles. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
  ],
};

export const HELDOUT460_A2: readonly TestPage[] = [redgum];
