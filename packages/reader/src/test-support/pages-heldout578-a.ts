import { links, type TestPage } from './page-kit.js';
import { type Block, gold, j, lis } from './pages-heldout578-kit.js';

/**
 * Held-out batch 578, file a: a chimney sweep's service page built with Elementor on the Hello Elementor theme (hero, icon
 * boxes, testimonials, call-to-action), and a stove buying guide on a Shopify store blog (Dawn theme).
 */
const eTitle = 'Chimney Sweeping in Harrowford &amp; the Vale';
const eBlocks: Block[] = [
  j(
    'Ashgrove Sweeps has been cleaning chimneys across Harrowford, Little Denning and the villages of the Vale since 2009.',
    'Every sweep is carried out by a qualified, insured sweep using power rods, brushes and an industrial vacuum,',
    'so the only thing we leave behind is a clean flue.',
  ),
  { h: 'What’s included in every sweep' },
  {
    ul: [
      'Dust sheets laid from the door to the fireplace and a sealed vacuum at the opening',
      'Sweeping of the flue from the bottom up with brushes sized to your liner',
      'A smoke draw test once the flue is clear',
      'Inspection of the pot, cowl and visible brickwork with a CCTV camera where needed',
      'A sweep certificate for your insurer or landlord, emailed the same day',
    ],
  },
  { h: 'How often should my chimney be swept?' },
  j(
    'It depends on what you burn. Dry, seasoned wood should be swept at least twice a year while the stove is in use; smokeless coal at least once a year;',
    'oil and gas flues once a year. If you only light an open fire at Christmas, once a year is usually enough.',
  ),
  j(
    'The best time to book is the end of summer, before the first cold spell. From October our diary fills quickly,',
    'so we keep a few slots each week for customers whose fire has started smoking into the room.',
  ),
  { h: 'Prices' },
  j(
    'A standard sweep of a stove or open fire is £75, and £60 for each additional flue at the same address.',
    'Bird nest removal starts at £95. There is no call-out charge within ten miles of Harrowford.',
  ),
  { h: 'Before we arrive' },
  j(
    'Please let the fire go out the night before and clear the hearth and the area in front of it.',
    'We need about a metre of space and access to the loft if your flue has a bend there.',
  ),
];
const eNav = ['Home', 'Chimney Sweeping', 'Stove Installation', 'Bird Guards &amp; Cowls', 'CCTV Surveys', 'About', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms of Service', 'Areas We Cover'];
const eQuotes = [
  '“Tidy, quick and explained everything about our liner. Will book again next year.”',
  '“Arrived on time and left the room cleaner than he found it.”',
];
const eFurn = [
  'Skip to content',
  'Call 01632 960 418',
  'Book a Sweep',
  ...eNav,
  'Fully insured',
  'Certificate issued',
  'No mess guarantee',
  'What our customers say',
  ...eQuotes,
  '— Helen, Little Denning',
  '— Marcus, Harrowford',
  'Ready to book your sweep?',
  'Pick a date online or give us a call. We reply within one working day.',
  'Book Online',
  'Ashgrove Sweeps',
  '14 Mill Lane, Harrowford HF3 2QT',
  ...eFoot,
  '© 2026 Ashgrove Sweeps. All rights reserved.',
  'We use cookies to improve your experience.',
  'Accept',
  'Settings',
].map((t) => t.replace(/&amp;/g, '&'));
const w = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget" ` +
  `data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eBody = eBlocks
  .map((b, i) =>
    typeof b === 'object' && 'h' in b
      ? w('heading', `h${i}`, `<h2 class="elementor-heading-title elementor-size-default">${b.h}</h2>`)
      : typeof b === 'object' && 'ul' in b
        ? w(
            'icon-list',
            `l${i}`,
            `<ul class="elementor-icon-list-items">${lis(
              b.ul.map((t) => `<span class="elementor-icon-list-text">${t}</span>`),
              'elementor-icon-list-item',
            )}</ul>`,
          )
        : w('text-editor', `t${i}`, `<p>${b as string}</p>`),
  )
  .join('\n');
const box = (t: string): string =>
  w(
    'icon-box',
    t.length.toString(16),
    `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content">
<h3 class="elementor-icon-box-title"><span>${t}</span></h3></div></div>`,
  );
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chimney Sweeping in Harrowford – Ashgrove Sweeps</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="https://ashgrovesweeps.example/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-post-212-css" href="https://ashgrovesweeps.example/wp-content/uploads/elementor/css/post-212.css?ver=1719" media="all">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Chimney Sweeping in Harrowford",
"isPartOf":{"@id":"https://ashgrovesweeps.example/#website"}},{"@type":"LocalBusiness","name":"Ashgrove Sweeps","telephone":"01632 960418"}]}</script>
<style id="elementor-frontend-inline-css">.elementor-212 .elementor-element.elementor-element-hero{--min-height:420px;}</style></head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="30" class="elementor elementor-30 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${w('theme-site-logo', 'logo', '<a href="https://ashgrovesweeps.example"><img src="/wp-content/uploads/2023/02/ashgrove-logo.png" alt="Ashgrove Sweeps"></a>')}
${w(
  'nav-menu',
  'nav',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-nav" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}
${w(
  'button',
  'call',
  '<a class="elementor-button elementor-button-link" href="tel:01632960418">' + '<span class="elementor-button-text">Call 01632 960 418</span></a>',
)}
${w('button', 'book', '<a class="elementor-button elementor-button-link" href="/book/"><span class="elementor-button-text">Book a Sweep</span></a>')}
</div></div></div>
<main id="content" class="site-main post-212 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212">
<div class="elementor-element elementor-element-hero e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${w('heading', 'title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
</div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent">
<div class="e-con-inner">${box('Fully insured')}${box('Certificate issued')}${box('No mess guarantee')}</div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
${eBody}
</div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
${w('heading', 'tst', '<h2 class="elementor-heading-title elementor-size-default">What our customers say</h2>')}
${w(
  'testimonial-carousel',
  'car',
  `<div class="elementor-swiper"><div class="swiper-wrapper">
<div class="swiper-slide"><div class="elementor-testimonial__text">${eQuotes[0]}</div><cite class="elementor-testimonial__cite">
<span class="elementor-testimonial__name">— Helen, Little Denning</span></cite></div>
<div class="swiper-slide"><div class="elementor-testimonial__text">${eQuotes[1]}</div><cite class="elementor-testimonial__cite">
<span class="elementor-testimonial__name">— Marcus, Harrowford</span></cite></div></div></div>`,
)}
</div></div>
<div class="elementor-element elementor-element-cta e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
${w(
  'call-to-action',
  'cta',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__content-item">Ready to book
your sweep?</h2><div class="elementor-cta__description elementor-cta__content-item">Pick a date online or give us a call. We reply within one working day.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/book/">Book Online</a></div></div></div>`,
)}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="41" class="elementor elementor-41 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
${w('text-editor', 'addr', '<p><strong>Ashgrove Sweeps</strong><br>14 Mill Lane, Harrowford HF3 2QT</p>')}
${w('nav-menu', 'fnav', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${w('text-editor', 'copy', '<p>© 2026 Ashgrove Sweeps. All rights reserved.</p>')}
</div></div></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to improve your experience.
<a role="button" class="cli_action_button cli-accept-button" data-cli_action="accept">Accept</a>
<a role="button" class="cli_settings_button">Settings</a></span></div>
<script src="https://ashgrovesweeps.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout578-elementor-sweeping',
  kind: 'docs',
  html: eHtml,
  title: 'Chimney Sweeping in Harrowford & the Vale',
  ...gold(eBlocks),
  bylines: [],
  furniture: eFurn,
};

export const HELDOUT578_A: readonly TestPage[] = [elementor];
