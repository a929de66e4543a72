import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout551-kit.js';

/**
 * Held-out batch 551, file a2: a blind maker's made-to-measure guide built with Elementor (Hello Elementor theme) with an FAQ
 * toggle and a CookieYes banner.
 */
const eTitle = 'Made-to-measure Roman blinds: how it works';
const eDek = 'From your first swatch to fitting day, this is what happens when you order a blind from our Harrowgate workroom.';
const eSteps: readonly (readonly [string, string])[] = [
  [
    '1. Choose your fabric',
    j(
      'Order up to six free swatches and look at them in the room, at different times of day. Colours change a lot between',
      'morning light and lamplight, so do not decide from a screen.',
    ),
  ],
  [
    '2. Measure your window',
    j(
      'Decide whether the blind will sit inside the recess or outside it, then measure the width in three places and the drop in',
      'three places. Our measuring guide explains each step, or we can send a fitter to measure for you.',
    ),
  ],
  [
    '3. Choose a lining and a control',
    j(
      'Every blind is lined. You can choose a standard cotton lining, a thermal lining or a blackout lining, and a cord, chain',
      'or motorised control. For children’s rooms we fit a chain with a safety breakaway as standard.',
    ),
  ],
  [
    '4. We make your blind',
    j(
      'Each blind is cut, sewn and fitted with its rods by one maker, by hand. Most blinds are ready within 12 working days of',
      'your order. We will email you when yours goes into the workroom.',
    ),
  ],
  [
    '5. Delivery and fitting',
    j(
      'Blinds arrive on their headrail, ready to hang, with fixings and simple instructions. If you prefer, our fitters cover',
      'most of North Yorkshire and can fit the blind for you.',
    ),
  ],
];
const eIncH = 'Every blind includes';
const eInc = [
  'Hand-sewn pockets and rods',
  'An aluminium headrail with Velcro fixing',
  'Brackets, screws and a cord cleat',
  'A five-year workmanship guarantee',
];
const eFaqH = 'Questions we are often asked';
const eFaq: readonly (readonly [string, string])[] = [
  [
    'Can you make a blind for a very narrow window?',
    'Yes. The narrowest blind we make is 30 cm wide, though below 45 cm we recommend a cord rather than a chain.',
  ],
  [
    'What if I measure wrongly?',
    j(
      'If the mistake is ours, we remake the blind free of charge. If the measurements were wrong, we can usually alter a blind',
      'that is too long; a blind that is too narrow has to be remade, and we offer this at half price.',
    ),
  ],
  ['Do you make blinds from customers’ own fabric?', 'Yes, as long as it is no heavier than 400 grams a square metre. We charge a making-up fee instead.'],
];
const eNav = ['Roman Blinds', 'Roller Blinds', 'Curtains', 'Fabrics', 'Measuring Guide', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms of Sale', 'Delivery'];
const eStepHtml = eSteps
  .map(
    ([
      h,
      p,
    ]) => `<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">${h}</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${p}</p></div></div>`,
  )
  .join('\n');
const eFaqHtml = eFaq
  .map(
    ([q, a], i) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-21${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-21${i}" aria-expanded="false"><span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true">
<span class="elementor-toggle-icon-closed"><i class="fas fa-plus"></i></span></span><a class="elementor-toggle-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-21${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"
aria-labelledby="elementor-tab-title-21${i}"><p>${a}</p></div></div>`,
  )
  .join('\n');
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Made-to-measure Roman blinds: how it works - Tallis &amp; Reed Blinds</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://tallisandreed.co.uk/made-to-measure-roman-blinds/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css"
href="https://tallisandreed.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-42-css" href="https://tallisandreed.co.uk/wp-content/uploads/elementor/css/post-42.css?ver=1718" media="all">
<style id="cky-style-inline">.cky-consent-container{position:fixed;width:440px;box-sizing:border-box;z-index:9999999;}</style></head>
<body class="page-template-default page page-id-42 wp-custom-logo elementor-default elementor-kit-7 elementor-page elementor-page-42">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  '3f2a1b',
  `<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://tallisandreed.co.uk"><img width="240" height="60" src="/wp-content/uploads/2024/02/logo.svg" alt="Tallis and Reed Blinds"></a></div></div>
<div class="elementor-element elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"
data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container
elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-5c1d" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/free-swatches/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Order free swatches</span></span></a></div></div></div>`,
)}</div>
<main id="content" class="site-main post-42 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42" data-elementor-post-type="page">
${sec(
  '7c11e0',
  `<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${eDek}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="/wp-content/uploads/2025/03/workroom-bench.jpg" alt="Blind on the workroom bench"><figcaption class="widget-image-caption wp-caption-text">
Every blind is cut on our 6-metre bench</figcaption></figure></div></div>`,
)}
${sec('a90e4d', eStepHtml)}
${sec(
  'b2d81c',
  `<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eIncH}</h2></div></div>
<div class="elementor-element elementor-icon-list--layout-traditional elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${eInc
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul></div></div>`,
)}
${sec(
  'c4f7aa',
  `<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eFaqH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-toggle" data-widget_type="toggle.default"><div class="elementor-widget-container">
<div class="elementor-toggle">${eFaqHtml}</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-widget-container"><div class="elementor-cta">
<div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Not sure where to start?</h3>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">Book a free home visit and we will bring the swatches to you.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-" href="/home-visit/">Book a home visit</a></div>
</div></div></div></div>`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
${sec(
  'f0e3c2',
  `<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Tallis &amp; Reed Blinds, Unit 4 Mill Yard, Harrowgate HG9 2TY</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Tallis &amp; Reed Blinds Ltd. All rights reserved.</p></div></div>`,
)}</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to improve your browsing experience and to analyse our traffic.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button><button class="cky-btn cky-btn-reject"
data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://tallisandreed.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout551-elementor-roman-guide',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...eSteps.map(([h]) => h), eIncH, eFaqH],
  body: [eDek, ...eSteps.map(([, p]) => p), ...eInc, ...eFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Roller Blinds', 'Curtains', 'Fabrics', 'Contact', 'Order free swatches',
    'Every blind is cut on our 6-metre bench', 'Not sure where to start?',
    'Book a free home visit and we will bring the swatches to you.', 'Book a home visit', 'Tallis & Reed Blinds, Unit 4 Mill Yard, Harrowgate HG9 2TY',
    'Privacy Policy', 'Terms of Sale', '© 2026 Tallis & Reed Blinds Ltd. All rights reserved.', 'We value your privacy',
    'We use cookies to improve your browsing experience and to analyse our traffic.', 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT551_A2: readonly TestPage[] = [elementor];
