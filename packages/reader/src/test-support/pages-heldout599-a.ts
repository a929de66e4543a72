import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout599-kit.js';

/**
 * Held-out batch 599, file a: a roofer's flat roof replacement service page built with Elementor (Hello Elementor theme,
 * Elementor Pro header and footer, Complianz banner).
 */
const ew = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div>
</section>`;
const fTitle = 'Flat Roof Replacement in Kettleby';
const fDek = 'GRP fibreglass, EPDM rubber and torch-on felt roofs fitted by our own team, with a 20-year guarantee.';
const fIntro = [
  j(
    'If your flat roof is ponding, blistering or letting water in around the outlets, patching it again is rarely money well spent.',
    'Most felt roofs we are called out to in Kettleby and the surrounding villages are 20 to 30 years old and the deck underneath has',
    'started to soften. A full replacement lets us check and renew the boards, add insulation and get the falls right.',
  ),
  j(
    'We have replaced more than 900 flat roofs on extensions, garages, dormers and commercial units since 2009. Every job is quoted',
    'after a free survey, and you will get a written specification so you can compare like with like.',
  ),
];
const fSysH = 'Which flat roof system is right for you?';
const fSys = [
  '<strong>GRP fibreglass</strong> – seamless, hard-wearing and ideal for roofs that double as a balcony. Expect 25 years or more.',
  '<strong>EPDM rubber</strong> – laid as a single sheet, quick to fit and very forgiving of movement. Expect 20 to 30 years.',
  '<strong>Torch-on felt</strong> – three-layer built-up system with a mineral cap sheet. The lowest cost per square metre.',
];
const fProcH = 'What happens on the day';
const fProc = [
  j(
    'A typical single garage roof takes one day and a kitchen extension two. We strip the old covering, replace any rotten decking',
    'with 18mm OSB3, fit new timber upstands and trims, lay the chosen membrane and clear every scrap of waste before we leave.',
  ),
  'If rain is forecast we will not strip more than we can make watertight the same afternoon.',
];
const fCostH = 'How much does a new flat roof cost?';
const fCost = j(
  'As a guide, replacing a 15 square metre garage roof in EPDM costs between £1,350 and £1,900 including VAT. GRP is around 15%',
  'more. Insulated warm-deck roofs cost more again, but usually pay for themselves on an extension that is heated.',
);
const fNav = ['Home', 'Pitched Roofs', 'Flat Roofs', 'Chimneys', 'Guttering', 'Gallery', 'Contact'];
const fFoot = ['Privacy Policy', 'Cookie Policy (UK)', 'Terms of Business'];
const fHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Flat Roof Replacement Kettleby | GRP, EPDM &amp; Felt | Harrowgate Roofing</title>
<meta name="description" content="Flat roof replacement in Kettleby: GRP, EPDM and felt roofs with a 20-year guarantee. Free surveys.">
<link rel="canonical" href="https://harrowgateroofing.co.uk/flat-roofs/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Flat Roof Replacement Kettleby"},
{"@type":"RoofingContractor","name":"Harrowgate Roofing","telephone":"01632 960 418"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://harrowgateroofing.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-412-css" href="https://harrowgateroofing.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1712233102">
<style id="cmplz-cookiebanner-css">.cmplz-hidden{display:none!important}</style></head>
<body class="page-template-default page page-id-412 wp-custom-logo hello-elementor elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="27" class="elementor elementor-27 elementor-location-header">
${sec(
  '5c1e0a2',
  `${ew('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2023/02/harrowgate-logo.png" alt="Harrowgate Roofing"></a>', '7aa31f0')}
${ew(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-2b9d8c1" class="elementor-nav-menu">
${links(fNav, 'menu-item menu-item-type-post_type')}</ul></nav><div class="elementor-menu-toggle" role="button" aria-label="Menu Toggle"></div>`,
  '2b9d8c1',
)}
${ew(
  'button',
  `<a class="elementor-button elementor-button-link" href="tel:01632960418"><span class="elementor-button-text">Call 01632 960 418</span>
</a>`,
  '61f0e77',
)}`,
)}
</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
${sec(
  'd40a6b3',
  `${ew('heading', `<h1 class="elementor-heading-title elementor-size-default">${fTitle}</h1>`, '88e9c20')}
${ew('text-editor', `<p>${fDek}</p>`, '3f07d1e')}
${ew(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-md" href="/contact/"><span class="elementor-button-text">Book a Free
Survey</span></a>`,
  '4c6b2a9',
)}`,
)}
${sec(
  'a93c5e1',
  `${ew('text-editor', ps(fIntro), '0be47d2')}
${ew('heading', `<h2 class="elementor-heading-title elementor-size-default">${fSysH}</h2>`, 'c7d1f08')}
${ew(
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    fSys.map(
      (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
  '19ae4b5',
)}
${ew('heading', `<h2 class="elementor-heading-title elementor-size-default">${fProcH}</h2>`, 'e25b9a7')}
${ew('text-editor', ps(fProc), '5d8f3c6')}
${ew('heading', `<h2 class="elementor-heading-title elementor-size-default">${fCostH}</h2>`, 'b81c4e0')}
${ew('text-editor', `<p>${fCost}</p>`, '7f3a0d2')}`,
)}
${sec(
  'f6b20c8',
  `${ew('heading', '<h3 class="elementor-heading-title elementor-size-default">What our customers say</h3>', '2e7c9b1')}
${ew(
  'testimonial-carousel',
  `<div class="elementor-testimonial__text">Tidy, on time and the new roof on our extension has been bone dry through two winters.</div>
<cite class="elementor-testimonial__cite"><span class="elementor-testimonial__name">Paula R.</span><span class="elementor-testimonial__title">Kettleby</span>
</cite>`,
  '90d2e4f',
)}
${ew(
  'image-box',
  `<div class="elementor-image-box-content"><h3 class="elementor-image-box-title">20-Year Guarantee</h3><p
class="elementor-image-box-description">Insurance-backed on every GRP and EPDM roof.</p></div>`,
  '3c8f1a6',
)}
${ew(
  'call-to-action',
  `<div class="elementor-cta__content"><h2 class="elementor-cta__title">Ready for a roof that lasts?</h2><a
class="elementor-cta__button elementor-button" href="/contact/">Get My Free Quote</a></div>`,
  'ab51e27',
)}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
${sec(
  '0e9b3d4',
  `${ew('text-editor', '<p>Harrowgate Roofing Ltd, Unit 4 Mill Lane, Kettleby KE7 2RF</p><p>Registered in England No. 07123987</p>', 'd9e2c15')}
${ew('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(fFoot, 'menu-item')}</ul></nav>`, '6a0f3e8')}
${ew('text-editor', '<p>© 2026 Harrowgate Roofing. All rights reserved.</p>', '4b7d2c9')}`,
)}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog"
aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">To provide the best experiences, we use technologies like cookies to store and/or access device
information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://harrowgateroofing.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const flatRoof: TestPage = {
  name: 'heldout599-elementor-flat-roof',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fSysH, fProcH, fCostH],
  body: texts([fDek, ...fIntro, ...fSys, ...fProc, fCost]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...fNav.filter((t) => t !== 'Flat Roofs'), 'Call 01632 960 418', 'Book a Free Survey', 'What our customers say',
    'Tidy, on time and the new roof on our extension has been bone dry through two winters.', 'Paula R.',
    'Insurance-backed on every GRP and EPDM roof.', 'Ready for a roof that lasts?', 'Get My Free Quote',
    'Harrowgate Roofing Ltd, Unit 4 Mill Lane, Kettleby KE7 2RF',
    'Registered in England No. 07123987', ...fFoot, '© 2026 Harrowgate Roofing. All rights reserved.',
  ],
};

export const HELDOUT599_A: readonly TestPage[] = [flatRoof];
