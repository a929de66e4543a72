import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout628-kit.js';

/**
 * Held-out batch 628, file a: a car valeting packages page on WordPress with Elementor Pro (Hello theme, price-table widgets,
 * testimonial carousel, CookieLawInfo banner).
 */
const vTitle = 'Valeting Packages';
const vIntro = [
  j(
    'Every Gleamworks valet is carried out by hand at our unit on Harrowfield Trading Estate or at your home with our mobile van,',
    'which carries its own water and power. Choose the package that suits your car and how long it has been since its last clean.',
  ),
  'Prices below are for small and medium cars. Large estates, SUVs and seven-seaters add £10 to any package.',
];
const vCards = [
  {
    name: 'Mini Valet',
    price: '£35',
    period: 'about 1 hour',
    feats: ['Snow foam pre-wash and two-bucket hand wash', 'Wheels and tyres cleaned and dressed', 'Interior hoovered', 'Windows cleaned inside and out'],
  },
  {
    name: 'Full Valet',
    price: '£95',
    period: 'about 3 hours',
    feats: ['Everything in the Mini Valet', 'Seats and carpets shampooed', 'Dashboard, doors and vents detailed', 'Spray sealant on paintwork'],
  },
  {
    name: 'Showroom Prep',
    price: '£180',
    period: 'a full day',
    feats: ['Everything in the Full Valet', 'Clay bar decontamination', 'Single-stage machine polish', 'Engine bay cleaned and dressed'],
  },
];
const vAddTitle = 'Add-ons';
const vAdds = ['Pet hair removal: £20', 'Leather clean and feed: £25', 'Headlight restoration: £40 a pair', 'Odour treatment with ozone: £30'];
const vHowTitle = 'Before we arrive';
const vHow = [
  j(
    'For mobile valets we need a space about two metres wider than your car on each side, and we ask that you empty the cabin and boot',
    'of personal items. If it rains we will still work under our gazebo, but machine polishing is moved to a dry day at no extra cost.',
  ),
  'A deposit of £15 holds your booking. It is returned in full if you cancel at least 48 hours ahead.',
];
const vNav = ['Home', 'Packages', 'Ceramic Coating', 'Gallery', 'Reviews', 'Contact'];
const vFoot = ['Privacy Policy', 'Terms of Booking', 'Cookie Policy'];
const el = (id: string, widget: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${widget}" data-id="${id}" data-element_type="widget"
data-widget_type="${widget}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const card = (c: (typeof vCards)[number], i: number): string => `<div class="elementor-column elementor-col-33 elementor-inner-column
elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${el(
  `7c${i}a10`,
  'price-table',
  `<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">${c.name}</h3></div>
<div class="elementor-price-table__price"><span class="elementor-price-table__integer-part">${c.price}</span>
<span class="elementor-price-table__period elementor-typo-excluded">${c.period}</span></div>
<ul class="elementor-price-table__features-list">${c.feats
    .map(
      (f) => `<li class="elementor-repeater-item-${i}f"><div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="fas fa-check">
</i><span>${f}</span></div></li>`,
    )
    .join('\n')}</ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/book/?package=${i}">Book this
valet</a></div></div>`,
)}</div></div>`;
const vHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${vTitle} – Gleamworks Valeting</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Hand car valeting packages in Harrowfield, from a £35 mini valet to a full showroom prep.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${vTitle}"},
{"@type":"AutoWash","name":"Gleamworks Valeting","telephone":"01632 960 418"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7" media="all">
<link rel="stylesheet" id="elementor-post-214-css" href="/wp-content/uploads/elementor/css/post-214.css?ver=1730112211" media="all">
<style id="hello-elementor-inline-css">.site-header{display:flex}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template page-template-elementor_header_footer page page-id-214 wp-custom-logo elementor-default elementor-kit-6 elementor-page
elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-1b2e0c4 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('5d1a7f2', 'theme-site-logo', '<a href="/"><img width="180" height="48" src="/wp-content/uploads/2024/02/gleamworks-logo.png" alt="Gleamworks"></a>')}
${el(
  '2a9c4b1',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-2a9c4b1" class="elementor-nav-menu">${links(vNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${el(
  '8e3f0a6',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm"
href="tel:01632960418"><span class="elementor-button-text">Call 01632 960 418</span></a>`,
)}
</div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-4f1c2d8 elementor-section-boxed" data-id="4f1c2d8"
data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el('6a7b8c9', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${vTitle}</h1>`)}
${el('0d1e2f3', 'text-editor', ps(vIntro))}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-9b0c1d2 elementor-section-boxed" data-id="9b0c1d2"
data-element_type="section"><div class="elementor-container elementor-column-gap-wide">
${vCards.map(card).join('\n')}
</div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-3e4f5a6 elementor-section-boxed" data-id="3e4f5a6"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el('1f2a3b4', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${vAddTitle}</h2>`)}
${el(
  '5c6d7e8',
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    vAdds.map(
      (a) => `<span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-plus"></i></span><span class="elementor-icon-list-text">${a}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
)}
</div></div><div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${el('9f0a1b2', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${vHowTitle}</h2>`)}
${el('3c4d5e6', 'text-editor', ps(vHow))}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-7a8b9c0 elementor-section-full_width" data-id="7a8b9c0"
data-element_type="section"><div class="elementor-container elementor-column-gap-no"><div class="elementor-column elementor-col-100 elementor-top-column
elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el('2d3e4f5', 'heading', '<h2 class="elementor-heading-title elementor-size-default">What our customers say</h2>')}
${el(
  '6f7a8b9',
  'testimonial-carousel',
  `<div class="elementor-main-swiper swiper"><div class="swiper-wrapper"><div class="swiper-slide"><div class="elementor-testimonial">
<div class="elementor-testimonial__content"><div class="elementor-testimonial__text">Picked up the car after a Full Valet and it smelt new again. Booked
the next one on the spot.</div></div><div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite"><span
class="elementor-testimonial__name">Hollie T.</span><span class="elementor-testimonial__title">Google review</span></cite></div></div></div></div>
<div class="swiper-pagination"></div></div>`,
)}
${el(
  '0a1b2c3',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-lg"
href="/book/"><span class="elementor-button-text">Check availability</span></a>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-c1d2e3f e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('4a5b6c7', 'text-editor', '<p>Gleamworks Valeting, Unit 7 Harrowfield Trading Estate, HR4 2QN</p><p>Open Monday to Saturday, 8am to 6pm</p>')}
${el(
  '8d9e0f1',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container">
<ul class="elementor-nav-menu">${links(vFoot)}</ul></nav>`,
)}
${el('2b3c4d5', 'text-editor', '<p>© 2026 Gleamworks Valeting. All rights reserved.</p>')}
</div></div></div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container cli-style-v2"><span>We use cookies to remember your booking details and
to see how visitors use this site.<a role="button" data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button
cli-plugin-main-button cookie_action_close_header cli_action_button wt-cli-accept-btn">Accept</a><a role="button" id="cookie_action_close_header_reject"
class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header_reject
cli_action_button wt-cli-reject-btn" data-cli_action="reject">Reject</a>
<a role="button" class="medium cli-plugin-button cli-plugin-main-button cli_settings_button">Cookie settings</a></span></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.3" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":214,"title":"${vTitle}"}};</script>
</body></html>`;
const valeting: TestPage = gold({
  name: 'heldout628-elementor-valeting-packages',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [...vCards.map((c) => c.name), vAddTitle, vHowTitle],
  body: texts([...vIntro, ...vCards.flatMap((c) => [c.price, c.period, ...c.feats]), ...vAdds, ...vHow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...vNav, 'Call 01632 960 418', 'Book this valet', 'What our customers say',
    'Picked up the car after a Full Valet and it smelt new again. Booked the next one on the spot.', 'Hollie T.', 'Google review',
    'Check availability', 'Gleamworks Valeting, Unit 7 Harrowfield Trading Estate, HR4 2QN', 'Open Monday to Saturday, 8am to 6pm', ...vFoot,
    '© 2026 Gleamworks Valeting. All rights reserved.', 'We use cookies to remember your booking details and to see how visitors use this site.',
    'Accept', 'Reject', 'Cookie settings',
  ],
});

export const HELDOUT628_A: readonly TestPage[] = [valeting];
