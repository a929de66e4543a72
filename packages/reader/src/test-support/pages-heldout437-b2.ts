import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout437-kit.js';

/**
 * Held-out batch 437, file b2: a medical device maker's product page on HubSpot CMS (hs-menu-wrapper, drag-and-drop sections of
 * hs_cos_wrapper modules, hero with a demo button, feature list, a specifications table, a quote card, a resources row, a demo
 * request form, the Rx-only caution line, footer and the HubSpot cookie banner).
 */
const hTitle = 'ThermaSense CT2 Continuous Core Temperature Monitor';
const hIntro = [
  j(
    'ThermaSense CT2 measures core body temperature through the skin, continuously and without a probe. A single adhesive sensor on the',
    'forehead gives perioperative and critical care teams a reading every minute, from pre-op holding through the recovery room.',
  ),
  j(
    'Unplanned hypothermia remains common during surgery and is linked to wound infection, blood loss and longer stays. Intermittent',
    'oral or tympanic readings can miss a drift of a degree or more. CT2 was designed to close that gap without adding steps for nurses.',
  ),
];
const hFeat = [
  'Zero-heat-flux sensing that tracks pulmonary artery temperature within ±0.2 °C in clinical validation.',
  'Readings every 60 seconds, with trend arrows and configurable high and low alarms.',
  'Single-patient sensor stays on for up to 72 hours and moves with the patient between departments.',
  'HL7 and FHIR output to the electronic health record through the Corrix Link gateway.',
  'Compact bedside monitor that mounts on a standard IV pole or anesthesia machine rail.',
];
const hWork = [
  j(
    'The sensor creates a thermally neutral zone under the skin so that heat stops flowing outward. Once the skin under the sensor',
    'reaches equilibrium with deeper tissue, usually within three to five minutes, the reading reflects core temperature.',
  ),
  j(
    'Because no probe enters the body, CT2 can be used on awake patients before induction and after extubation, which is when',
    'temperature is most often left unmeasured.',
  ),
];
type Spec = readonly [label: string, value: string];
const hSpecs: readonly Spec[] = [
  ['Measurement range', '25 °C to 43 °C'],
  ['Accuracy', '±0.2 °C (34 °C to 40 °C)'],
  ['Update interval', '60 seconds'],
  ['Sensor wear time', 'Up to 72 hours'],
  ['Display', '7-inch color touchscreen'],
  ['Connectivity', 'Ethernet, Wi-Fi, HL7 v2.6, FHIR R4'],
];
const hQuote = j(
  '“We used to find out a patient was cold when they were already shivering in recovery. With continuous readings we start warming',
  'earlier, and our post-op hypothermia rate has dropped by more than half.”',
);
const hNav = ['Products', 'Clinical Evidence', 'Education', 'Support', 'About Corrix'];
const hRes = ['CT2 Product Brochure', 'Clinical Validation Summary', 'Instructions for Use'];
const hFoot = ['Privacy Policy', 'Terms of Use', 'Quality Policy', 'Report an Adverse Event', 'Careers'];
const mod = (id: string, inner: string, cls = ''): string => `<div class="row-fluid-wrapper row-depth-1 dnd-section${cls}"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget"><div id="hs_cos_wrapper_widget_${id}"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module">
${inner}</div></div></div></div>`;
const rich = (id: string, inner: string): string =>
  `<span id="hs_cos_wrapper_widget_${id}_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">
${inner}</span>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ThermaSense CT2 | Corrix Medical</title>
<meta name="description" content="ThermaSense CT2 continuous core temperature monitor for perioperative and critical care.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="ThermaSense CT2 | Corrix Medical">
<meta name="generator" content="HubSpot"><link rel="stylesheet"
href="https://www.corrixmedical.example/hs-fs/hub/4410982/hub_generated/template_assets/main.min.css">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"ThermaSense CT2","brand":{"@type":"Brand","name":"Corrix"}}</script>
<script>var hsVars={render_id:"7f3c",ticks:1771400000,page_id:98123311,content_group_id:0,portal_id:4410982};</script></head>
<body><div class="body-wrapper hs-content-id-98123311 hs-site-page page"><div data-global-resource-path="corrix/templates/partials/header.html">
<header class="header"><div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="/hubfs/corrix-logo.svg"
alt="Corrix Medical"></a></div>
<div id="hs_cos_wrapper_main_nav" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><nav class="navigation-primary"
aria-label="Main menu"><div class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal"><ul role="menu">
${links(hNav, 'hs-menu-item hs-menu-depth-1')}</ul></div></nav></div>
<a class="button header__cta" href="/request-a-demo">Request a Demo</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--product">
${mod(
  'hero',
  `<div class="hero-banner"><p class="hero-banner__eyebrow">Patient Monitoring</p><h1>${hTitle}</h1>
<a class="button" href="#demo">Request a Demo</a><a class="button button--secondary" href="#specs">View Specifications</a></div>`,
)}
${mod('intro', rich('intro', ps(hIntro)))}
${mod('feat', rich('feat', `<h2>Key Features</h2><ul>${hFeat.map((t) => `<li>${t}</li>`).join('\n')}</ul>`))}
${mod('work', rich('work', `<h2>How It Works</h2>${ps(hWork)}`))}
${mod(
  'specs',
  `<div id="specs" class="spec-table"><h2>Specifications</h2><table><tbody>
${hSpecs.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join('\n')}</tbody></table></div>`,
)}
${mod(
  'quote',
  `<blockquote class="testimonial"><p>${hQuote}</p><footer class="testimonial__author">Dana Whitcombe, RN, Perioperative Nurse Manager,
Larkfield Regional Medical Center</footer></blockquote>`,
  ' dnd-section--grey',
)}
${mod('res', `<div class="resource-cards"><h3>Resources</h3><ul>${links(hRes, 'resource-card')}</ul></div>`)}
${mod(
  'form',
  `<div id="demo" class="form-wrapper"><h3 class="form-title">See ThermaSense CT2 in your OR</h3>
<p>Tell us about your facility and a clinical specialist will contact you within two business days.</p>
<div class="hbspt-form"><form class="hs-form stacked" novalidate><div class="hs_firstname hs-form-field"><label>First Name<span
class="hs-form-required">*</span></label>
<input name="firstname" class="hs-input" type="text"></div><div class="hs_company hs-form-field"><label>Hospital or Facility</label><input name="company"
class="hs-input" type="text"></div><div class="hs_submit hs-submit"><input type="submit" value="Submit" class="hs-button primary large"></div>
</form></div></div>`,
)}
${mod('rx', '<p class="rx-caution">Caution: Federal law (USA) restricts this device to sale by or on the order of a physician.</p>')}
</div></main>
<footer class="footer"><div class="footer__container content-wrapper"><ul class="footer__menu">${links(hFoot)}</ul>
<p class="footer__address">Corrix Medical, Inc. · 1150 Technology Drive, Eden Prairie, MN 55344</p>
<p class="footer__copyright">© 2026 Corrix Medical, Inc. ThermaSense and Corrix are trademarks of Corrix Medical, Inc.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies
on your computer. These cookies are used to improve your website experience and provide more personalized services to you.</p>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script id="hs-script-loader" async defer
src="/hs/scriptloader/4410982.js"></script></body></html>`;
export const hubspotDevice: TestPage = {
  name: 'heldout437-hubspot-device-product',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Key Features', 'How It Works', 'Specifications'],
  body: texts([...hIntro, ...hFeat, ...hWork, ...hSpecs.flatMap(([l, v]) => [l, v]), hQuote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'Request a Demo', 'Patient Monitoring', 'View Specifications',
    'Dana Whitcombe, RN, Perioperative Nurse Manager, Larkfield Regional Medical Center',
    'Resources', ...hRes, 'See ThermaSense CT2 in your OR', 'Tell us about your facility and a clinical specialist will contact you within two business days.',
    'First Name', 'Hospital or Facility', 'Caution: Federal law (USA) restricts this device to sale by or on the order of a physician.', ...hFoot,
    'Corrix Medical, Inc. · 1150 Technology Drive, Eden Prairie, MN 55344',
    '© 2026 Corrix Medical, Inc. ThermaSense and Corrix are trademarks of Corrix Medical, Inc.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};
