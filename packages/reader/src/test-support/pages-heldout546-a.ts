import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowText, trs } from './pages-heldout546-kit.js';

/**
 * Held-out batch 546, file a: a private investigation agency's services and fees page built with Elementor (Hello theme,
 * Elementor Pro header and footer), (the batch's file a2 holds a process server's guide on Squarespace).
 */
const hTitle = 'Investigation Services & Fees';
const hDek = 'Licensed private investigators serving Carrow County and the Upper Vell Valley since 2009.';
const hIntro = j(
  'Every case starts with a free, confidential consultation. We listen, tell you honestly whether an investigation is likely to',
  'answer your question, and give you a written estimate before any work begins. You will never be billed for hours you did not approve.',
);
const hServices = [
  ['Surveillance', 'Discreet, documented observation for insurance, custody and workplace matters. Every surveillance day ends with a timed report and video.'],
  ['Background Checks', 'Pre-employment, tenant and personal background research, including court records in all counties where the subject has lived.'],
  ['Locating People', 'Skip tracing for debtors, witnesses, heirs and lost contacts. Most locates are closed within five business days.'],
  ['Infidelity Investigations', 'Sensitive inquiries handled by a senior investigator, with findings delivered in person and never by email.'],
] as const;
const hFeeHead = 'Our fees';
const hFeeIntro = 'Rates below apply from 1 January 2026. Mileage is billed at the federal rate from our office in Dunmore.';
const hRows = [
  ['Surveillance (one investigator)', '$85 per hour', '4-hour minimum'],
  ['Surveillance (two investigators)', '$150 per hour', '4-hour minimum'],
  ['Background check, standard', '$275 flat', '3–5 business days'],
  ['Skip trace / locate', '$195 flat', 'No find, no fee'],
  ['Court testimony', '$110 per hour', 'Portal to portal'],
];
const hRetHead = 'Retainers and billing';
const hRet = [
  'Most investigations require a retainer of 50% of the estimate, paid before the work is scheduled.',
  'Unused retainer is refunded within 14 days of closing the case.',
  'We accept checks, bank transfers and all major cards. Attorneys may request monthly invoicing.',
];
const hNav = ['Home', 'About Us', 'Services', 'Fees', 'FAQ', 'Contact'];
const hTesti = ['“Thorough, calm and honest about what they could and could not find.”', '— M.R., Dunmore'];
const hFoot = ['Privacy Policy', 'Terms of Service', 'Site Map'];
const hCookie = 'We use cookies to improve your experience. By continuing, you agree to our use of cookies.';
const hHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Investigation Services &amp; Fees – Harrow &amp; Vale Investigations</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Surveillance, background checks and skip tracing in Carrow County. Transparent hourly and flat fees.">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Investigation Services & Fees",
"isPartOf":{"@id":"https://harrowvale.example/#website"}},
{"@type":"ProfessionalService","name":"Harrow & Vale Investigations","telephone":"+1-555-0142"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://harrowvale.example/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://harrowvale.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-412-css" href="https://harrowvale.example/wp-content/uploads/elementor/css/post-412.css?ver=1718030000">
<style id="elementor-frontend-inline-css">.elementor-kit-5{--e-global-color-primary:#1B2A3A;}</style>
<script src="https://harrowvale.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5c1e2a7 elementor-section-boxed" data-id="5c1e2a7"
data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-2b9d0e1" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo
elementor-widget-image" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://harrowvale.example">
<img width="240" height="64" src="/wp-content/uploads/2023/02/hv-logo.png" alt="Harrow &amp; Vale Investigations"></a></div></div></div></div>
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-8f3a6c4" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-nav-menu__align-end elementor-widget
elementor-widget-nav-menu" data-widget_type="nav-menu.default"><div class="elementor-widget-container">
<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-8f3a6c4" class="elementor-nav-menu">${links(hNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul class="elementor-nav-menu">${links(hNav, 'menu-item')}
</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:+15550142">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Call (555) 014-2200</span></span></a></div></div></div>
</div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-71d0c2f elementor-section-boxed elementor-section-height-default"
data-id="71d0c2f" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-0ab44e1" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-element-61c9e0a elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${hTitle.replace('&', '&amp;')}</h1></div></div>
<div class="elementor-element elementor-element-e1f0b77 elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container"><p>${hDek}</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-9d22b10 elementor-section-boxed" data-id="9d22b10"
data-element_type="section"><div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${hIntro}</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-c3e8a41 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
${hServices
  .map(
    (
      [t, d],
      i,
    ) => `<div class="elementor-column elementor-col-25 elementor-top-column elementor-element elementor-element-c3e8a4${i}" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-view-default elementor-position-top
elementor-widget elementor-widget-icon-box" data-widget_type="icon-box.default"><div class="elementor-widget-container"><div class="elementor-icon-box-wrapper">
<div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-"><svg aria-hidden="true" class="e-font-icon-svg e-fas-search"
viewBox="0 0 512 512"><path d="M505 442.7L405.3 343"></path></svg></span></div><div class="elementor-icon-box-content">
<h3 class="elementor-icon-box-title"><span>${t}</span></h3><p class="elementor-icon-box-description">${d}</p></div></div></div></div></div></div>`,
  )
  .join('\n')}
</div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-aa0f3d9 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${hFeeHead}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${hFeeIntro}</p>
<table style="border-collapse: collapse; width: 100%;"><tbody><tr><th>Service</th><th>Rate</th><th>Notes</th></tr>
${trs(hRows)}</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${hRetHead}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${lis(
  hRet.map(
    (t) =>
      `<span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-check" viewBox="0 0 512 512"></svg></span><span
class="elementor-icon-list-text">${t}</span>`,
  ),
  'elementor-icon-list-item',
)}</ul></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-f0e7d21 elementor-section-full_width" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget
elementor-widget-testimonial" data-widget_type="testimonial.default"><div class="elementor-widget-container"><div class="elementor-testimonial-wrapper">
<div class="elementor-testimonial-content">${hTesti[0]}</div><div class="elementor-testimonial-meta"><div class="elementor-testimonial-meta-inner">
<div class="elementor-testimonial-details"><div class="elementor-testimonial-name">${hTesti[1]}</div></div></div></div></div></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-call-to-action" data-widget_type="call-to-action.default">
<div class="elementor-widget-container"><div class="elementor-cta"><div class="elementor-cta__content">
<h2 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Free confidential consultation</h2>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">Tell us what you need to know. We reply within one business
day.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item"><a class="elementor-cta__button elementor-button
elementor-size-" href="/contact/">Request a Consultation</a></div></div></div></div></div></div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget
elementor-widget-text-editor"><div class="elementor-widget-container"><p>Harrow &amp; Vale Investigations LLC<br>214 Quarry Street, Suite 3, Dunmore</p>
<p>Agency License No. PI-0088213</p></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-vertical"><ul class="elementor-nav-menu">${links(
  hFoot,
  'menu-item',
)}
</ul></nav></div></div><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Harrow &amp; Vale Investigations. All rights reserved.</p></div></div></div></div></div></section></div>
<div id="cookie-law-info-bar" data-nosnippet="true" data-cli-style="cli-style-v2" style="background-color:#1B2A3A;color:#fff">
<span><div class="cli-bar-container cli-style-v2"><div class="cli-bar-message">${hCookie}</div><div class="cli-bar-btn_container">
<a role="button" class="cli_settings_button" style="margin:0 5px 0 0">Cookie Settings</a><a role="button" data-cli_action="accept"
id="cookie_action_close_header"
class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button wt-cli-accept-btn">Accept</a></div></div></span></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.21.4"};</script>
<script src="https://harrowvale.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const harrowVale: TestPage = {
  name: 'heldout546-elementor-pi-fees',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...hServices.map(([t]) => t), hFeeHead, hRetHead],
  body: [hDek, hIntro, ...hServices.map(([, d]) => d), hFeeIntro, ...hRows.map(rowText), ...hRet],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'Services' && t !== 'Fees'), 'Call (555) 014-2200', ...hTesti, 'Free confidential consultation',
    'Tell us what you need to know. We reply within one business day.', 'Request a Consultation', 'Harrow & Vale Investigations LLC',
    '214 Quarry Street, Suite 3, Dunmore', 'Agency License No. PI-0088213', ...hFoot, '© 2026 Harrow & Vale Investigations. All rights reserved.',
    hCookie, 'Cookie Settings',
  ],
};

export const HELDOUT546_A: readonly TestPage[] = [harrowVale];
