import { links, ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout547-kit.js';

/**
 * Held-out batch 547, file a: a surf school's beginner lesson booking page on WordPress (Astra theme with Elementor sections, price table
 * widgets and FareHarbor buttons).
 */
const eTitle = 'Beginner Surf Lessons at Penhallow Bay';
const eIntro = [
  j(
    'Our two-hour beginner lessons are the easiest way to stand up on your first wave. Every lesson starts on the sand with',
    'a warm-up and a board safety talk before we head into waist-deep water with one of our qualified coaches.',
  ),
  j(
    'We run lessons every day from April to October, timed around the tide so that the sandbanks give small, clean waves.',
    'Groups are never bigger than eight students to one coach, and all wetsuits, boards and boots are included.',
  ),
];
const eCards = [
  { name: 'Group Lesson', price: '£45', period: 'per person', feats: ['2 hours in the water', 'Max 8 students per coach', 'Ages 8 and up'] },
  { name: 'Private Lesson', price: '£95', period: 'per person', feats: ['2 hours, one to one', 'Video feedback after the session', 'Any age or level'] },
  { name: 'Family Lesson', price: '£160', period: 'up to 4 people', feats: ['2 hours for one family', 'Children from age 6 with an adult', 'Your own coach'] },
];
const eBring = ['Swimwear to wear under the wetsuit', 'A towel and warm clothes for afterwards', 'Sun cream and a bottle of water'];
const eFaq = [
  { q: 'Do I need to be able to swim?', a: 'Yes. Every student must be able to swim 50 metres and be comfortable in the sea.' },
  {
    q: 'What happens if the surf is too big or too flat?',
    a: j(
      'We check the forecast the evening before. If conditions are unsafe we will move your lesson to another day or give you',
      'a full refund. Flat days are rare at Penhallow, but if it happens we will offer a paddleboard session instead.',
    ),
  },
  { q: 'Where do we meet?', a: 'Meet at the blue surf hut at the bottom of the slipway, 20 minutes before your lesson starts.' },
];
const eNav = ['Home', 'Lessons', 'Surf Camps', 'Hire', 'Conditions', 'About', 'Contact'];
const eFoot = ['Booking terms', 'Privacy Policy', 'Cookie Policy'];
const eBtn = (label: string, flow: string): string =>
  `<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md"
href="https://fareharbor.com/embeds/book/saltfleetsurf/items/${flow}/?full-items=yes">${label}</a></div>`;
const eCard = (
  c: (typeof eCards)[number],
  flow: string,
): string => `<div class="elementor-column elementor-col-33 elementor-inner-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element
elementor-widget elementor-widget-price-table" data-widget_type="price-table.default">
<div class="elementor-widget-container"><div class="elementor-price-table"><div class="elementor-price-table__header"><h3
class="elementor-price-table__heading">${c.name}</h3></div>
<div class="elementor-price-table__price"><span class="elementor-price-table__currency">£</span><span
class="elementor-price-table__integer-part">${c.price.slice(1)}</span>
<span class="elementor-price-table__period elementor-typo-excluded">${c.period}</span></div>
<ul class="elementor-price-table__features-list">${c.feats
  .map(
    (f) => `<li class="elementor-repeater-item"><div class="elementor-price-table__feature-inner"><i
aria-hidden="true" class="fas fa-check"></i><span>${f}</span></div></li>`,
  )
  .join('\n')}</ul>
${eBtn('Book Now', flow)}</div></div></div></div></div>`;
const eW = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default"><div
class="elementor-widget-container">${inner}</div></div>`;
const eSec = (inner: string, id: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">${inner}</div></section>`;
const eCol = (inner: string): string =>
  `<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Saltfleet Surf School</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Two-hour beginner surf lessons at Penhallow Bay. All equipment included. Book online.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"${eTitle} – Saltfleet Surf School"},{"@type":"LocalBusiness","name":"Saltfleet Surf School"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title{display:none}</style>
<script src="https://fareharbor.com/embeds/api/v1/?autolightframe=yes"></script></head>
<body class="page-template-default page page-id-42 wp-custom-logo ast-page-builder-template ast-no-sidebar astra-4.6.4 elementor-default elementor-kit-6
elementor-page elementor-page-42">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile"
id="masthead">
<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header
main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row
ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element
ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="180" height="60"
src="/wp-content/uploads/2024/02/saltfleet-logo.png" class="custom-logo" alt="Saltfleet Surf School"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu
ast-flex ast-builder-menu-1-focus-item">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation"
itemtype="https://schema.org/SiteNavigationElement">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex
submenu-with-border stack-on-mobile">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" data-section="section-hb-button-1"><div
class="ast-builder-button-wrap ast-builder-button-size-"><a class="ast-custom-button-link" href="/book/"><div class="ast-custom-button">Book a Lesson</div></a>
</div></div>
</div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-title ast-header-without-markup"></header><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42">
${eSec(eCol(eW('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) + eW('text-editor', ps(eIntro))), '3f2a1b9')}
${eSec(eCol(eW('heading', `<h2 class="elementor-heading-title elementor-size-default">Prices</h2>`)), '7c1d0e2')}
${eSec(eCards.map((c, i) => eCard(c, String(410200 + i))).join('\n'), '5b0e8a4')}
${eSec(
  eCol(
    eW('heading', `<h2 class="elementor-heading-title elementor-size-default">What to bring</h2>`) +
      eW(
        'icon-list',
        `<ul
class="elementor-icon-list-items">${eBring
          .map(
            (b) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-water"></i></span><span class="elementor-icon-list-text">${b}</span></li>`,
          )
          .join('\n')}</ul>`,
      ),
  ),
  '2e9f6c3',
)}
${eSec(
  eCol(
    eW('heading', `<h2 class="elementor-heading-title elementor-size-default">Frequently asked questions</h2>`) +
      eFaq
        .map(
          (f) =>
            eW(
              'heading',
              `<h3
class="elementor-heading-title elementor-size-small">${f.q}</h3>`,
            ) + eW('text-editor', ps([f.a])),
        )
        .join('\n'),
  ),
  '9a4b2d7',
)}
${eSec(
  eCol(
    eW(
      'call-to-action',
      `<div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__item">Ready to catch your first wave?</h2>
<div class="elementor-cta__description elementor-cta__item">Lessons sell out fast in August. Grab your spot now.</div><div
class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-" href="/book/">Check availability</a></div>
</div>`,
    ),
  ),
  'c0ffee1',
)}
</div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter"><div class="site-primary-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-3-equal">
<div class="ast-builder-grid-row"><div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area
widget-area site-footer-focus-item" aria-label="Footer Widget 1">
<section id="text-2" class="widget widget_text"><h2 class="widget-title">Find us</h2><div class="textwidget"><p>The Surf Hut, Slipway Road, Penhallow Bay</p>
<p>Call 01736 480 221</p></div></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><div class="footer-widget-area"><ul id="astra-footer-menu"
class="ast-nav-menu">${links(eFoot, 'menu-item')}</ul></div></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container"><div class="ast-footer-copyright"><p>Copyright © 2027 Saltfleet Surf School | Powered by
Saltfleet Surf School</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true"
role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button
class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.1" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout547-elementor-lessons',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Prices', ...eCards.map((c) => c.name), 'What to bring', 'Frequently asked questions', ...eFaq.map((f) => f.q)],
  body: [...eIntro, ...eCards.flatMap((c) => [`${c.price} ${c.period}`, ...c.feats]), ...eBring, ...eFaq.map((f) => f.a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Lessons' && t !== 'Conditions'), 'Book a Lesson', 'Book Now', 'Ready to catch your first wave?',
    'Lessons sell out fast in August. Grab your spot now.', 'Check availability', 'Find us', 'The Surf Hut, Slipway Road, Penhallow Bay',
    'Call 01736 480 221', ...eFoot, 'Copyright © 2027 Saltfleet Surf School | Powered by Saltfleet Surf School', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT547_A: readonly TestPage[] = [elementor];
