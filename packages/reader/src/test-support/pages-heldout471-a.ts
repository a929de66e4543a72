import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, esc, j, lis } from './pages-heldout471-kit.js';

/**
 * Held-out batch 471, file a: a plumber's water-heater service page on WordPress (Hello Elementor theme, Elementor Pro header
 * and footer, testimonial carousel, FAQ toggle).
 */
const eTitle = 'Water Heater Repair & Replacement in Cedar Hollow';
const eIntro = [
  j(
    'No hot water at 6 a.m. is the kind of problem that cannot wait until next week. Brightwater Plumbing repairs and replaces',
    'tank and tankless water heaters across Cedar Hollow, Dunmore Springs and the west side of Pell County, usually on the same day you call.',
  ),
  j(
    'Our technicians carry common thermostats, heating elements, gas valves and anode rods on every van, so most repairs are',
    'finished on the first visit. When a heater is past saving, we will tell you straight',
    'and give you a written price for a replacement before we touch anything.',
  ),
];
const eH = ['Signs your water heater needs attention', 'Repair or replace?', 'Tank and tankless installation', 'Frequently asked questions'];
const eSigns = [
  'Water that runs lukewarm or turns cold after a few minutes',
  'Rusty or cloudy water from the hot tap only',
  'Popping or rumbling sounds from the tank while it heats',
  'Water pooling around the base of the heater',
  'A pilot light that keeps going out',
];
const eRepair = [
  j(
    'A standard tank heater lasts 8 to 12 years in Pell County, where the water is hard. If yours is younger than that and the tank itself',
    'is not leaking, a repair is almost always the better deal. A leaking tank cannot be repaired;',
    'the steel has corroded through and the only fix is a new heater.',
  ),
  j(
    'As a rule of thumb, if a repair would cost more than half the price of a new heater, or the unit is over ten years old, we recommend',
    'replacing it. We will show you the rating plate and explain how we got to our recommendation.',
  ),
];
const eInstall = [
  j(
    'We install 40, 50 and 75 gallon gas and electric tank heaters, heat pump water heaters and wall-hung tankless units. Every installation',
    'includes a new expansion tank where code requires one, a new drain pan, haul-away of the old heater and the county permit.',
  ),
];
const eInstallList = [
  'Same-day installation on most 40 and 50 gallon tanks',
  'Tankless installs scheduled within 3 working days',
  'Six-year parts and labor warranty on installations',
];
const eFaq = [
  'How much does a new water heater cost?',
  j(
    'Most 50 gallon gas tank replacements in Cedar Hollow come to between $1,650 and $2,300 installed, depending on venting and the',
    'expansion tank. Tankless units start at around $3,900. You get a fixed price before work starts.',
  ),
  'Do you flush water heaters?',
  'Yes. We recommend an annual flush in our area to clear sediment. It takes about 45 minutes and costs $129, or is free with our Comfort Club plan.',
  'Can you replace my tank with a tankless heater?',
  j(
    'Usually, yes. Tankless gas heaters often need a larger gas line and new venting, so we will check both at the estimate visit',
    'and include them in the price if needed.',
  ),
];
const eNav = ['Home', 'Plumbing', 'Drains', 'Water Heaters', 'Service Areas', 'About Us', 'Reviews', 'Contact'];
const eTrust = ['Licensed & insured, TX M-40218', 'Upfront, flat-rate pricing', 'Family owned since 1994'];
const eFootServices = ['Leak Detection', 'Drain Cleaning', 'Sewer Line Repair', 'Water Softeners', 'Gas Line Repair'];
const eFootCo = ['Our Team', 'Careers', 'Financing', 'Privacy Policy'];
const eWidget = (t: string, body: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${t}" data-id="${id}" data-element_type="widget"
data-widget_type="${t}.default"><div class="elementor-widget-container">${body}</div></div>`;
const eHead = (h: string, id: string, tag = 'h2'): string =>
  eWidget('heading', `<${tag} class="elementor-heading-title elementor-size-default">${esc(h)}</${tag}>`, id);
const eIcons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true"
class="e-font-icon-svg e-fas-check" viewBox="0 0 512 512"><path d="M173.9 439.4"></path></svg></span><span class="elementor-icon-list-text">${esc(t)}</span>
</li>`,
    )
    .join('\n')}</ul>`;
const eBtn = (href: string, label: string, size: string): string =>
  `<a class="elementor-button elementor-button-link elementor-size-${size}" href="${href}"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">${label}</span></span></a>`;
const eFaqHtml = [0, 2, 4]
  .map(
    (i, n) => `<div class="elementor-toggle-item"><h3 id="elementor-tab-title-18${n}" class="elementor-tab-title" data-tab="${n + 1}" role="button"
aria-controls="elementor-tab-content-18${n}" aria-expanded="false"><span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true"></span>
<a class="elementor-toggle-title" tabindex="0">${at(eFaq, i)}</a></h3><div id="elementor-tab-content-18${n}" class="elementor-tab-content elementor-clearfix"
data-tab="${n + 1}" role="region"><p>${at(eFaq, i + 1)}</p></div></div>`,
  )
  .join('\n');
const eHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Water Heater Repair &amp; Replacement Cedar Hollow TX | Brightwater Plumbing</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Same-day water heater repair and replacement in Cedar Hollow and Pell County. Tank and tankless. Call Brightwater Plumbing.">
<link rel="canonical" href="https://brightwaterplumbingtx.com/water-heaters/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Water Heater Repair"},
{"@type":"Plumber","name":"Brightwater Plumbing","telephone":"+1-512-555-0148","areaServed":"Cedar Hollow"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" 
href="https://brightwaterplumbingtx.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-214-css" href="https://brightwaterplumbingtx.com/wp-content/uploads/elementor/css/post-214.css?ver=1716483021" 
media="all">
<style id="elementor-frontend-inline-css">.elementor-kit-6{--e-global-color-primary:#0B4F8A;--e-global-color-accent:#F28C28;}</style>
<script src="https://brightwaterplumbingtx.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8QX2KD41LM"></script></head>
<body class="page-template-default page page-id-214 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-1c0d9e2 elementor-section-full_width" data-id="1c0d9e2"
data-element_type="section"><div class="elementor-container elementor-column-gap-no"><div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">
${eWidget('text-editor', '<p>Serving Pell County 24/7 · <a href="tel:+15125550148">(512) 555-0148</a></p>', '5e6f0a1')}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-7a31bb0 elementor-section-boxed" data-id="7a31bb0"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-25 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">${eWidget(
  'theme-site-logo',
  `<a href="https://brightwaterplumbingtx.com"><img width="220" height="64"
src="/wp-content/uploads/2023/02/brightwater-logo.svg" alt="Brightwater Plumbing"></a>`,
  'b1d2c3e',
)}</div></div>
<div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
${eWidget(
  'nav-menu',
  `<nav aria-label="Menu" 
class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-4a7f2e1" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-4a7f2e1" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav>`,
  '4a7f2e1',
)}</div></div>
<div class="elementor-column elementor-col-25 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
${eWidget('button', eBtn('/contact/', 'Book Online', 'md'), '9f0e8d7')}
</div></div></div></section></div>
<main id="content" class="site-main post-214 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-2d4e6f8 elementor-section-boxed hero" data-id="2d4e6f8"
data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-background-overlay"></div>
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">${eHead(eTitle, '3a5c7e9', 'h1')}
${eWidget('icon-list', eIcons(eTrust), '6b8d0f2')}
${eWidget('button', eBtn('tel:+15125550148', 'Call (512) 555-0148', 'lg'), '8c9d0e1')}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-4f6a8b0 elementor-section-boxed" data-id="4f6a8b0"
data-element_type="section"><div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-66 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">
${eWidget('text-editor', ps(eIntro), '0a1b2c3')}
${eHead(at(eH, 0), '1b2c3d4')}${eWidget('text-editor', `<ul>${lis(eSigns)}</ul>`, '2c3d4e5')}
${eHead(at(eH, 1), '3d4e5f6')}${eWidget('text-editor', ps(eRepair), '4e5f6a7')}
${eHead(at(eH, 2), '5f6a7b8')}${eWidget('text-editor', ps(eInstall), '6a7b8c9')}${eWidget('icon-list', eIcons(eInstallList), '7b8c9d0')}
</div></div>
<div class="elementor-column elementor-col-33 elementor-top-column sidebar-cta"><div class="elementor-widget-wrap elementor-element-populated">
${eHead('Need it fixed today?', '8c9d0e2', 'h4')}${eWidget('text-editor', '<p>Most repairs finished same day. $0 trip fee with any repair.</p>', '9d0e1f3')}
${eWidget('button', eBtn('/contact/', 'Schedule Service', 'md'), 'a0e1f24')}
${eWidget('image', '<img width="360" height="240" src="/wp-content/uploads/2023/03/coupon-50-off.png" alt="$50 off any water heater installation">', 'b1f2035')}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-c2a3b4d elementor-section-boxed testimonials" data-id="c2a3b4d"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">${eHead('What Cedar Hollow homeowners say', 'd3b4c5e')}
${eWidget(
  'testimonial-carousel',
  `<div class="elementor-main-swiper swiper"><div class="swiper-wrapper"><div class="swiper-slide">
<div class="elementor-testimonial">
<div class="elementor-testimonial__content">
<div class="elementor-testimonial__text">Marcus had our new heater in and running by lunch. Clean, quick and exactly the price we were quoted.</div></div>
<div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite"><span class="elementor-testimonial__name">Dana R.</span>
<span class="elementor-testimonial__title">Cedar Hollow</span></cite></div></div></div></div>
<div class="swiper-pagination"></div></div>`,
  'e4c5d6f',
)}</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-f5d6e70 elementor-section-boxed faq" data-id="f5d6e70"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">${eHead(at(eH, 3), 'a6e7f81')}
${eWidget('toggle', `<div class="elementor-toggle">${eFaqHtml}</div>`, 'b7f8092')}</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-c80912a elementor-section-boxed" data-id="c80912a"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">${eHead('Brightwater Plumbing', 'd9123ab', 'h5')}
${eWidget('text-editor', '<p>4120 Ranch Road 12, Suite B<br>Cedar Hollow, TX 78619</p>', 'ea234bc')}</div></div>
<div class="elementor-column elementor-col-33 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">${eHead('Services', 'fb345cd', 'h5')}
${eWidget('icon-list', `<ul class="elementor-icon-list-items">${links(eFootServices, 'elementor-icon-list-item')}</ul>`, '0c456de')}</div></div>
<div class="elementor-column elementor-col-33 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">${eHead('Company', '1d567ef', 'h5')}
${eWidget('icon-list', `<ul class="elementor-icon-list-items">${links(eFootCo, 'elementor-icon-list-item')}</ul>`, '2e678f0')}</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f78901 elementor-section-full_width" data-id="3f78901"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">
${eWidget('text-editor', '<p>© 2025 Brightwater Plumbing LLC. All rights reserved. Regulated by the Texas State Board of Plumbing Examiners.</p>', '4089a12')}
</div></div></div></section></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4",
"urls":{"assets":"\\/wp-content\\/plugins\\/elementor\\/assets\\/"}};</script>
<script src="https://brightwaterplumbingtx.com/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout471-elementor-water-heaters',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [...eH.slice(0, 3), at(eH, 3), at(eFaq, 0), at(eFaq, 2), at(eFaq, 4)],
  body: texts([...eIntro, ...eSigns, ...eRepair, ...eInstall, ...eInstallList, at(eFaq, 1), at(eFaq, 3), at(eFaq, 5)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Serving Pell County 24/7 · (512) 555-0148', ...eNav.filter((t) => t !== 'Plumbing' && t !== 'Water Heaters'), 'Book Online',
    ...eTrust, 'Call (512) 555-0148', 'Need it fixed today?',
    'Most repairs finished same day. $0 trip fee with any repair.', 'Schedule Service', 'What Cedar Hollow homeowners say',
    'Marcus had our new heater in and running by lunch. Clean, quick and exactly the price we were quoted.', 'Dana R.',
    '4120 Ranch Road 12, Suite B Cedar Hollow, TX 78619', 'Services', ...eFootServices, 'Company', ...eFootCo,
    '© 2025 Brightwater Plumbing LLC. All rights reserved. Regulated by the Texas State Board of Plumbing Examiners.',
  ],
};

export const HELDOUT471_A: readonly TestPage[] = [elementor];
