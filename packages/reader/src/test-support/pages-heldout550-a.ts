import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout550-kit.js';

/**
 * Held-out batch 550, file a: a kitchen showroom page built with Elementor (Hello Elementor theme, Elementor Pro header
 * and footer, CookieYes banner) and, in file a2, a bathroom fitter's fitting process page on Squarespace 7.1.
 */
const hTitle = 'Our Kelby Bridge Showroom';
const hDek = 'Twelve working kitchens under one roof, ten minutes from the ring road.';
const hHeads = ['Come and see it for real', 'What you will find', 'Book a design appointment', 'Opening hours', 'Finding us'];
const hIntro = [
  j(
    'Brochures only get you so far. At Kelby Bridge you can open the drawers, lean on the worktops and feel how a handleless door',
    'closes before you spend a penny. The showroom sits in the old Marlow printing works on Canal Street, and every display has been',
    'fitted by the same team who will fit your kitchen.',
  ),
  j(
    'We change three or four displays each spring, so there is always something new to look at, from painted shaker cabinets to',
    'slab doors in a matt lacquer finish.',
  ),
];
const hFind = [
  'Twelve full-size kitchen displays, each with working appliances',
  'A worktop wall with 40 samples of quartz, granite, oak and compact laminate',
  'A sink and tap bar where you can run the water',
  'A quiet design room with a large screen for 3D plans',
  'Free parking for eight cars at the back of the building',
];
const hBook = j(
  'Walk-ins are always welcome, but a booked appointment gives you an hour with one of our designers and a first 3D plan to take',
  'home. Bring your room measurements and a few photos of the space if you can.',
);
const hHours = ['Monday to Friday: 9am – 5.30pm', 'Saturday: 10am – 4pm', 'Sunday and bank holidays: closed'];
const hWhere = j(
  'Harwood and Pike, The Old Print Works, 14 Canal Street, Kelby Bridge KB4 2RT. The entrance is on the canal side of the',
  'building, opposite the lock keeper’s cottage.',
);
const hNav = ['Our Work', 'Fitting Service', 'Meet the Team', 'Contact'];
const hMenu = ['Kitchens', 'Showroom', ...hNav];
const hQuotes = [
  '“From the first visit to the last cupboard handle, nothing was too much trouble.”',
  '“We saw our worktop in the showroom and it looks even better at home.”',
];
const hFoot = ['Privacy Policy', 'Terms of Business', 'Cookie Policy', 'Careers'];
const icon = (t: string): string =>
  `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`;
const widget = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const heading = (id: string, tag: string, t: string): string =>
  widget(id, 'heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const section = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kitchen Showroom in Kelby Bridge | Harwood and Pike Kitchens</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Visit twelve working kitchen displays at our Kelby Bridge showroom. Free parking, walk-ins welcome.">
<link rel="canonical" href="https://harwoodandpike.co.uk/showroom/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${hTitle}"},
{"@type":"HomeAndConstructionBusiness","name":"Harwood and Pike Kitchens","telephone":"01632 960418"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.2" media="all">
<style id="elementor-post-412">.elementor-412 .elementor-element.elementor-element-5a2c1f1{--spacer-size:40px}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="58" class="elementor elementor-58 elementor-location-header" data-elementor-post-type="elementor_library">
${section(
  '3b1e7c2',
  `${widget(
    '1d4a8e0',
    'theme-site-logo',
    `<a href="https://harwoodandpike.co.uk"><img width="220" height="64" src="/wp-content/uploads/2024/02/hp-logo.svg"
alt="Harwood and Pike Kitchens"></a>`,
  )}
${widget(
  'c7f2a91',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-c7f2a91" class="elementor-nav-menu">${links(hMenu, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${widget(
  'e42b6d3',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960418"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">01632 960418</span></span></a>`,
)}`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page" id="content">
${section('5a2c1f1', `${heading('8f0d3b2', 'h1', hTitle)}\n${widget('0b9e4c7', 'text-editor', `<p>${hDek}</p>`)}`)}
${section('a61f0e8', `${heading('77c2d90', 'h2', at(hHeads, 0))}\n${widget('2e5a1b4', 'text-editor', ps(hIntro))}`)}
${section(
  'd93c5a0',
  `${heading('4c8e2f1', 'h2', at(hHeads, 1))}\n${widget('9a7b3d6', 'icon-list', `<ul class="elementor-icon-list-items">${hFind.map(icon).join('\n')}</ul>`)}`,
)}
${section(
  '1f6b9e2',
  `${heading('b28d4a5', 'h2', at(hHeads, 2))}\n${widget('60e1c3f', 'text-editor', `<p>${hBook}</p>`)}
${widget(
  'f31a7d8',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-md" href="/book/"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Book an appointment</span></span></a>`,
)}`,
)}
${section(
  'c05e8b7',
  `${heading('3d9f6a2', 'h2', at(hHeads, 3))}\n${widget('7e4c0b1', 'icon-list', `<ul class="elementor-icon-list-items">${hHours.map(icon).join('\n')}</ul>`)}
${heading('a8b5e30', 'h2', at(hHeads, 4))}\n${widget('2c7d9f4', 'text-editor', `<p>${hWhere}</p>`)}
${widget(
  '5b0a8e6',
  'google_maps',
  `<div class="elementor-custom-embed"><iframe loading="lazy"
src="https://maps.google.com/maps?q=Kelby%20Bridge&amp;output=embed" title="Kelby Bridge" aria-label="Kelby Bridge"></iframe></div>`,
)}`,
)}
${section(
  'e7d1f42',
  `${heading('91c6a0b', 'h2', 'What our customers say')}
${widget(
  '4f2e8d7',
  'testimonial-carousel',
  `<div class="elementor-swiper"><div class="elementor-main-swiper swiper"><div class="swiper-wrapper">
<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content"><div
class="elementor-testimonial__text">${at(hQuotes, 0)}</div></div>
<div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite"><span
class="elementor-testimonial__name">Gwen T., Kelby Bridge</span></cite></div></div></div>
<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content"><div
class="elementor-testimonial__text">${at(hQuotes, 1)}</div></div>
<div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite"><span
class="elementor-testimonial__name">Sam and Ade, Northholt</span></cite></div></div></div>
</div></div></div>`,
)}`,
)}</div>
<div data-elementor-type="footer" data-elementor-id="61" class="elementor elementor-61 elementor-location-footer" data-elementor-post-type="elementor_library">
${section(
  '6a3d2c9',
  `${heading('0e7f5b1', 'h4', 'Get in touch')}\n${widget('d1a9c46', 'text-editor', '<p>hello@harwoodandpike.co.uk</p>')}
${widget(
  '83b2e7f',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul
class="elementor-nav-menu">${links(hFoot, 'menu-item')}</ul></nav>`,
)}
${widget('fa6c1d0', 'text-editor', '<p>© 2026 Harwood and Pike Kitchens Ltd. Registered in England no. 08814427.</p><p>Website by Northlight Digital</p>')}`,
)}</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience, serve personalised content, and analyse our
traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.1" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":412,"title":"Showroom"}};</script>
</body></html>`;
const elementorShowroom: TestPage = {
  name: 'heldout550-elementor-showroom',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hDek, ...hIntro, ...hFind, hBook, ...hHours, hWhere]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, '01632 960418', 'Book an appointment', 'What our customers say', ...hQuotes, 'Gwen T., Kelby Bridge',
    'Sam and Ade, Northholt', 'Get in touch', 'hello@harwoodandpike.co.uk', ...hFoot,
    '© 2026 Harwood and Pike Kitchens Ltd. Registered in England no. 08814427.',
    'Website by Northlight Digital', 'We value your privacy',
    j(
      'We use cookies to enhance your browsing experience, serve personalised content, and analyse our traffic. By',
      'clicking "Accept All", you consent to our use of cookies.',
    ),
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT550_A: readonly TestPage[] = [elementorShowroom];
