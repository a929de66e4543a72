import { ps, type TestPage } from './page-kit.js';
import { esc, j } from './pages-heldout502-kit.js';

/**
 * Held-out batch 502, file b: a bakery's menu page built with Elementor Pro on the Hello Elementor theme (price list widgets,
 * theme-builder header and footer, Complianz cookie banner).
 */
const eTitle = 'Our Menu';
const eIntro = j(
  'Everything on the counter is baked downstairs, most of it before seven in the morning. The menu changes a little with the',
  'seasons and a lot with the weather, so if you are after something in particular, ring ahead and we will put one aside.',
);
type Item = readonly [string, string, string];
const eSecs: readonly (readonly [string, readonly Item[]])[] = [
  [
    'Bread',
    [
      ['Country sourdough (VG)', '£4.80', 'Our everyday loaf: white and wholemeal flour, a 36-hour ferment and a dark, blistered crust.'],
      ['Seeded rye (VG)', '£5.20', 'Dense and moist, with sunflower, pumpkin and linseed. Keeps for a week wrapped in a cloth.'],
      ['Milk loaf', '£3.90', 'Soft white tin loaf for toast and sandwiches. Made with milk and butter.'],
      ['Focaccia slab', '£3.50', 'Olive oil, rosemary and flaky salt. Friday and Saturday only.'],
    ],
  ],
  [
    'Viennoiserie',
    [
      ['Butter croissant', '£2.60', 'Laminated over three days with cultured butter.'],
      ['Pain au chocolat', '£2.90', 'Two batons of dark chocolate in the same dough.'],
      ['Cardamom knot', '£3.10', 'Swedish-style bun with freshly ground cardamom and pearl sugar.'],
    ],
  ],
  [
    'Cakes by the slice',
    [
      ['Lemon drizzle', '£3.40', 'Made with ground almonds. Gluten-free on request for whole cakes.'],
      ['Chocolate and olive oil cake (VG)', '£3.80', 'Rich, not too sweet, served with oat crème fraîche on the tables.'],
      ['Bakewell slice', '£3.20', 'Shortcrust, raspberry jam from the market and frangipane.'],
    ],
  ],
];
const eDrinksH = 'Drinks';
const eDrinks = j(
  'Filter coffee £2.40, flat white £3.20, pot of tea £2.60, hot chocolate £3.30. Oat and soya milk at no extra charge.',
  'Coffee is roasted for us by Hollin Mill Roasters, four miles up the valley.',
);
const eAllergy = j(
  'Our kitchen handles wheat, nuts, sesame, eggs and milk. (V) vegetarian, (VG) vegan. Please ask a member of staff about allergens',
  'before you order; we keep a full allergen book at the till.',
);
const eNav = ['Home', 'Menu', 'Celebration Cakes', 'Wholesale', 'Visit Us', 'Order Online'];
const eCookie = [
  'Manage Cookie Consent',
  'We use cookies to optimise our website and our service.',
  'Deny',
  'View preferences',
  'Save preferences',
  'Cookie Policy',
];
const eFoot = [
  'Ember Street Bakehouse',
  '22 Ember Street, Wyndale WY3 8LN',
  'Tuesday to Saturday 7.30am to 3pm',
  'Sunday 8am to 1pm',
  '© 2026 Ember Street Bakehouse. All rights reserved.',
];
const priceItem = ([n, p, d]: Item): string => `<li class="elementor-price-list-item"><div class="elementor-price-list-text">
<div class="elementor-price-list-header"><span class="elementor-price-list-title">${n}</span><span class="elementor-price-list-separator"></span>
<span class="elementor-price-list-price">${p}</span></div><p class="elementor-price-list-description">${esc(d)}</p></div></li>`;
const widget = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type.split('.')[0]}" data-id="${id}" data-element_type="widget"
 data-widget_type="${type}"><div class="elementor-widget-container">${inner}</div></div>`;
const section = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
 elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const menuSections = eSecs
  .map(([h, items], i) =>
    section(
      `7a1c${i}e2`,
      widget(`3b9${i}d10`, 'heading.default', `<h2 class="elementor-heading-title elementor-size-default">${h}</h2>`) +
        widget(`4c2${i}a77`, 'price-list.default', `<ul class="elementor-price-list">${items.map(priceItem).join('\n')}</ul>`),
    ),
  )
  .join('\n');
const navMenu = (cls: string, hidden: string): string =>
  `<nav class="elementor-nav-menu--${cls} elementor-nav-menu__container"${hidden}><ul id="menu-1-${cls}" class="elementor-nav-menu sm sm-vertical">
${eNav
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t.toLowerCase().replace(/ /g, '-')}/"
class="elementor-item">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Menu &#8211; Ember Street Bakehouse</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="canonical" href="https://emberstreetbakehouse.co.uk/menu/"><meta property="og:title" content="Menu - Ember Street Bakehouse">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://emberstreetbakehouse.co.uk/menu/",
"name":"Menu - Ember Street Bakehouse","datePublished":"2024-03-02T09:14:11+00:00","dateModified":"2026-09-21T16:40:03+00:00"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://emberstreetbakehouse.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css'
href='https://emberstreetbakehouse.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.4' media='all'>
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;right:10px}.cmplz-hidden{display:none!important}</style>
<meta name="generator" content="Elementor 3.24.4; features: e_font_icon_svg; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header"
data-elementor-post-type="elementor_library">
${section(
  '2e61f0a',
  widget(
    '51d0b8e',
    'theme-site-logo.default',
    '<a href="https://emberstreetbakehouse.co.uk"><img width="240" height="80" src="/wp-content/uploads/2024/02/ember-logo.png" alt=""></a>',
  ) +
    widget(
      '6f3aa19',
      'nav-menu.default',
      `${navMenu('main', '')}<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
${navMenu('dropdown', ' aria-hidden="true"')}`,
    ),
)}</header>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${section(
  '1a0b3c4',
  widget(
    '0c3e2d1',
    'heading.default',
    `<h1
class="elementor-heading-title elementor-size-default">${eTitle}</h1>`,
  ) + widget('a81f220', 'text-editor.default', `<p>${eIntro}</p>`),
)}
${menuSections}
${section(
  '9d8e7f6',
  widget('c0ffee1', 'heading.default', `<h2 class="elementor-heading-title elementor-size-default">${eDrinksH}</h2>`) +
    widget('c0ffee2', 'text-editor.default', `<p>${eDrinks}</p>`) +
    widget('c0ffee3', 'text-editor.default', `<p><em>${eAllergy}</em></p>`) +
    widget(
      'c0ffee4',
      'button.default',
      `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/order-online/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Order for collection</span></span></a></div>`,
    ),
)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer"
data-elementor-post-type="elementor_library">
${section(
  '5b5b5b5',
  widget('e1e1e1e', 'heading.default', `<h4 class="elementor-heading-title elementor-size-default">${eFoot[0]}</h4>`) +
    widget('e2e2e2e', 'text-editor.default', ps(eFoot.slice(1, 4))) +
    widget('e3e3e3e', 'text-editor.default', `<p>${eFoot[4]}</p>`),
)}</footer>
<div id="cmplz-cookiebanner-container"><div
class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences"
 aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">${eCookie[0]}</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${eCookie[1]}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">${eCookie[2]}</button>
<button class="cmplz-btn cmplz-view-preferences">${eCookie[3]}</button><button class="cmplz-btn cmplz-save-preferences">${eCookie[4]}</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">${eCookie[5]}</a></li></ul></div></div></div>
<script src="https://emberstreetbakehouse.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout502-elementor-bakery-menu',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...eSecs.map((s) => s[0]), eDrinksH],
  body: [eIntro, ...eSecs.flatMap((s) => s[1].flatMap((it) => [...it])), eDrinks, eAllergy],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['Skip to content', ...eNav.filter((t) => t !== 'Menu'), 'Order for collection', ...eFoot, ...eCookie, 'Accept'],
};

export const HELDOUT502_B: readonly TestPage[] = [elementor];
