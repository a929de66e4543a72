import { links, ps, type TestPage, texts } from './page-kit.js';
import { elw, j, lis } from './pages-heldout633-kit.js';

/**
 * Held-out batch 633, file a: a drone survey service page built with Elementor (Pro theme builder) on WordPress.
 */
const eTitle = 'Drone Topographic &amp; Roof Surveys';
const eDek = 'Accurate survey data from the air, delivered in days rather than weeks.';
const eIntro = [
  j(
    'Fellgate Aerial Surveys flies fully insured, CAA-authorised drones to capture measured data for architects, engineers,',
    'land agents and building surveyors across Cumbria and the North East. A site that would take a two-person ground team three',
    'days to walk can usually be flown in a single morning.',
  ),
  j(
    'Every survey is processed in-house by our chartered surveyor and checked against ground control points fixed with',
    'RTK GNSS, so the drawings you receive are tied to Ordnance Survey grid and height datum.',
  ),
];
const eH2 = ['What we capture', 'How a survey works', 'Accuracy you can build on'];
const eCapture = [
  'Topographic surveys with spot levels and 0.25 m contours',
  'Orthomosaic maps at 2 cm ground resolution',
  'Roof condition surveys with close-up inspection photographs',
  'Stockpile and earthworks volume calculations',
  '3D point clouds and textured mesh models for BIM',
];
const eSteps = [
  j('<strong>Scoping call.</strong> We agree the boundary, the deliverables and any airspace or landowner permissions before', 'we quote.'),
  '<strong>Site visit.</strong> Our pilot sets out ground control, completes a risk assessment and flies the mission.',
  '<strong>Processing.</strong> Images are processed into a point cloud and checked against independent check points.',
  '<strong>Delivery.</strong> You receive DWG, PDF and LAS files, usually within five working days of the flight.',
];
const eAcc = [
  j(
    'On open ground our topographic surveys achieve a vertical accuracy of ±30 mm and a horizontal accuracy of ±20 mm. We publish',
    'the check point report with every job, so your design team can see exactly how the model performs.',
  ),
  j(
    'Drones cannot see beneath dense tree cover or inside buildings. Where a site needs both, we combine the flight with a',
    'traditional total station survey and deliver a single merged drawing.',
  ),
];
const eNav = ['Home', 'Services', 'Case Studies', 'About', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms of Business', 'Operator ID: GBR-OP-7XK2Q9'];
const eTesti = j(
  '"Fellgate surveyed a twelve-hectare housing site for us in a morning and the drawings were on my desk by Friday."',
  '— Project Manager, Eden Valley Homes',
);
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Drone Topographic &amp; Roof Surveys | Fellgate Aerial Surveys</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://fellgateaerial.co.uk/drone-surveys/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Drone Topographic & Roof Surveys"},
{"@type":"Organization","name":"Fellgate Aerial Surveys"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://fellgateaerial.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-412-css" href="https://fellgateaerial.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1716380211">
<style id="hello-elementor-inline-css">.site-header{display:none}</style></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 wp-custom-logo elementor-default elementor-template-full-width
elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5c1a2e7 elementor-section-boxed" data-id="5c1a2e7"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap
elementor-element-populated">${elw(
  'theme-site-logo',
  '2b9d',
  `<a href="/">
<img src="/wp-content/uploads/2023/02/fellgate-logo.svg" alt="Fellgate Aerial Surveys"></a>`,
)}</div></div>
<div class="elementor-column elementor-col-66 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${elw(
  'nav-menu',
  '7e4f',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-7e4f" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"></div>`,
)}
${elw(
  'button',
  '1d0c',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/contact/">
<span class="elementor-button-text">Get a Quote</span></a>`,
)}
</div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-a81f3c0 elementor-section-height-min-height" data-id="a81f3c0"
data-element_type="section"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-background-overlay"></div>
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${elw('heading', '4c0e', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${elw('text-editor', '9a2d', `<p>${eDek}</p>`)}
${elw(
  'button',
  '66fa',
  `<a class="elementor-button elementor-button-link elementor-size-md" href="/contact/">
<span class="elementor-button-text">Request a Survey</span></a>`,
)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-0b7e2d1 elementor-section-boxed" data-id="0b7e2d1"
data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${elw('text-editor', 'c3e1', ps(eIntro))}
${elw('heading', 'd11b', `<h2 class="elementor-heading-title elementor-size-default">${eH2[0]}</h2>`)}
${elw(
  'icon-list',
  'f03a',
  `<ul class="elementor-icon-list-items">${eCapture
    .map(
      (t) =>
        `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<svg aria-hidden="true" class="e-font-icon-svg e-fas-check" viewBox="0 0 512 512"></svg></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
</div></div><div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${elw(
  'image',
  '8e77',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2024/03/orthomosaic-penrith.jpg" alt="Orthomosaic of a quarry">
<figcaption class="widget-image-caption wp-caption-text">Orthomosaic of a working quarry near Penrith, flown at 60 m.</figcaption></figure>`,
)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-77b1aa0 elementor-section-boxed" data-id="77b1aa0"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${elw('heading', '2f5a', `<h2 class="elementor-heading-title elementor-size-default">${eH2[1]}</h2>`)}
${elw('text-editor', '3a6b', `<ol>${lis(eSteps)}</ol>`)}
${elw('heading', '4b7c', `<h2 class="elementor-heading-title elementor-size-default">${eH2[2]}</h2>`)}
${elw('text-editor', '5c8d', ps(eAcc))}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-e9d0f12" data-id="e9d0f12" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${elw('testimonial', '6d9e', `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eTesti}</div></div>`)}
${elw(
  'call-to-action',
  '7eaf',
  `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Planning a site survey?</h3>
<div class="elementor-cta__description">Send us a site plan and we will reply with a fixed quote within one working day.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/contact/">Get a Quote</a></div></div>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="58" class="elementor elementor-58 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-19aa2c3" data-id="19aa2c3" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${elw(
  'text-editor',
  '8f01',
  `<p>Fellgate Aerial Surveys Ltd, Unit 4, Gilwilly Industrial Estate, Penrith CA11 9BN</p>
<p>01768 555 014 · hello@fellgateaerial.co.uk</p>`,
)}
${elw(
  'nav-menu',
  '9012',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`,
)}
${elw('text-editor', 'a123', `<p>© 2024 Fellgate Aerial Surveys Ltd. Registered in England No. 13384021.</p>`)}
</div></div></div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to optimise our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://fellgateaerial.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":412,"title":"Drone Topographic & Roof Surveys"}};</script>
</body></html>`;
const elementorDrone: TestPage = {
  name: 'heldout633-elementor-drone-survey',
  kind: 'docs',
  html: eHtml,
  title: 'Drone Topographic & Roof Surveys',
  headings: eH2,
  body: texts([eDek, ...eIntro, ...eCapture, ...eSteps, ...eAcc]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Get a Quote', 'Request a Survey', 'Orthomosaic of a working quarry near Penrith, flown at 60 m.', eTesti,
    'Planning a site survey?', 'Send us a site plan and we will reply with a fixed quote within one working day.',
    'Fellgate Aerial Surveys Ltd, Unit 4, Gilwilly Industrial Estate, Penrith CA11 9BN', '01768 555 014 · hello@fellgateaerial.co.uk', ...eFoot,
    '© 2024 Fellgate Aerial Surveys Ltd. Registered in England No. 13384021.',
  ],
};

export const HELDOUT633_A: readonly TestPage[] = [elementorDrone];
