import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout557-kit.js';

/**
 * Held-out batch 557, file a: a solar installer's quote and survey page built with Elementor (Hello Elementor theme, Elementor
 * Pro header and footer, CookieYes banner, an Elementor form).
 */
const eTitle = 'Book your free solar survey and quote';
const eDek = 'One visit, one fixed price, no pressure. Most surveys are booked within ten working days of your request.';
const eSteps = [
  '<strong>Tell us about your home.</strong> Fill in the short form below with your postcode and a rough idea of your electricity bill.',
  '<strong>We check your roof remotely.</strong> Our design team looks at satellite images and shading before anyone visits.',
  '<strong>A surveyor visits.</strong> The visit takes about an hour and you do not need to go up into the loft with us.',
  '<strong>You get a fixed quote.</strong> Your quote arrives by email within three working days of the visit and is valid for 30 days.',
];
const eCheck = [
  j(
    'On the day, our surveyor measures each roof slope, checks the condition of the tiles and the rafters, and looks at where',
    'cables can run from the loft to your consumer unit. If you are thinking about a battery, we will also look for a dry, frost-free',
    'spot for it, usually a garage wall or a utility room.',
  ),
  j(
    'We take photos of your fuse board and meter so that we can apply to your network operator for permission to connect.',
    'For most homes with systems under 3.68 kW this is a simple notification; larger systems need approval first, which can add',
    'four to six weeks.',
  ),
];
const eQuote = [
  'a panel layout drawn on a photo of your roof',
  'the expected yearly generation for your address, with shading taken into account',
  'the full price including scaffolding, VAT and registration',
  'an optional battery price, shown separately',
];
const eQuoteIntro = 'Every Harlow Sun quote sets out the same things, so you can compare it fairly with anyone else\u2019s:';
const eNote = j(
  'There is no charge for the survey and no deposit until you accept the quote. If your roof turns out to be unsuitable,',
  'we will tell you why and suggest what would need to change.',
);
const eNav = ['Solar panels', 'Battery storage', 'EV chargers', 'Case studies', 'About us', 'Contact'];
const eFoot = ['Privacy policy', 'Cookie policy', 'Complaints procedure', 'Terms of business'];
const eLabels = ['Full name', 'Email', 'Phone', 'Postcode', 'Roof type', 'Interested in a battery?', 'Anything else we should know?'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Free Solar Survey &amp; Quote | Harlow Sun Energy</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Book a free home survey for solar panels and batteries. Fixed quote within three working days.">
<link rel="canonical" href="https://harlowsun.co.uk/free-survey/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://harlowsun.co.uk/free-survey/",
"name":"Free Solar Survey &amp; Quote | Harlow Sun Energy"},{"@type":"LocalBusiness","name":"Harlow Sun Energy","telephone":"01632 960 418"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://harlowsun.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://harlowsun.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-412-css" href="https://harlowsun.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1714041120">
<style id="elementor-frontend-inline-css">.elementor-kit-6{--e-global-color-primary:#F2A900;--e-global-color-secondary:#1D2B3A;}</style>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/4b1e/script.js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="23" class="elementor elementor-23 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5a1c2e0 elementor-section-boxed" data-id="5a1c2e0"
data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-1f3d" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"
data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://harlowsun.co.uk">
<img width="220" height="64" src="https://harlowsun.co.uk/wp-content/uploads/2023/02/harlow-sun-logo.svg" alt="Harlow Sun Energy"></a></div></div></div></div>
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-8b27" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"
data-widget_type="nav-menu.default"><div class="elementor-widget-container">
<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-8b27" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960418">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Call 01632 960 418</span></span></a></div></div></div></div></div>
</div></section></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f2a1b9 elementor-section-boxed elementor-section-height-default"
data-id="3f2a1b9" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-77c0e1a" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-element-0d9e4f2 elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-9a01bb3 elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container"><p>${eDek}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="#survey-form">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Start my request</span></span></a></div></div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-c41d0e2 elementor-section-boxed"
data-id="c41d0e2" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">How the survey works</h2></div></div>
<div class="elementor-element elementor-icon-list--layout-traditional elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default">
<div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${eSteps
  .map(
    (s) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check-circle"></i></span>
<span class="elementor-icon-list-text">${s}</span></li>`,
  )
  .join('\n')}</ul></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">What we check on the day</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(eCheck)}</div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-ee01f7a elementor-section-boxed"
data-id="ee01f7a" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">What your quote includes</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${eQuoteIntro}</p><ul>${lis(eQuote)}</ul><p>${eNote}</p></div></div></div></div></div></section>
<section id="survey-form" class="elementor-section elementor-top-section elementor-element elementor-element-f00b1c3 elementor-section-boxed" data-id="f00b1c3"
data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">Request your survey</h3></div></div>
<div class="elementor-element elementor-button-align-stretch elementor-widget elementor-widget-form" data-widget_type="form.default">
<div class="elementor-widget-container"><form class="elementor-form" method="post" name="Survey request">
<input type="hidden" name="post_id" value="412"><input type="hidden" name="form_id" value="b7e1d2a">
<div class="elementor-form-fields-wrapper elementor-labels-above">
${eLabels
  .map(
    (l, i) => `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-f${i} elementor-col-50">
<label for="form-field-f${i}" class="elementor-field-label">${l}</label><input type="text" name="form_fields[f${i}]" id="form-field-f${i}"
class="elementor-field elementor-size-sm elementor-field-textual"></div>`,
  )
  .join('\n')}
<div class="elementor-field-type-acceptance elementor-field-group elementor-column elementor-col-100"><div class="elementor-field-subgroup">
<span class="elementor-field-option"><input type="checkbox" name="form_fields[consent]" id="form-field-consent">
<label for="form-field-consent">I agree to Harlow Sun contacting me about my survey.</label></span></div></div>
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons">
<button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Request my survey</span></span></button></div></div></form></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-aa71c0d elementor-section-boxed"
data-id="aa71c0d" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">What our customers say</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-testimonial-carousel" data-widget_type="testimonial-carousel.default">
<div class="elementor-widget-container"><div class="elementor-main-swiper swiper"><div class="swiper-wrapper">
<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content"><div class="elementor-testimonial__text">
The surveyor was on time, explained everything and the quote matched to the penny.</div></div>
<div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite"><span class="elementor-testimonial__name">Gwen T., Stortley</span></cite>
</div></div></div>
</div></div></div></div></div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element elementor-element-2b8c" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-text-editor"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>Harlow Sun Energy Ltd, Unit 4 Marsh Lane, Stortley SG9 4QX</p>
<p>MCS certified installer. Member of the Renewable Energy Consumer Code.</p></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2027 Harlow Sun Energy Ltd. All rights reserved.</p></div></div></div></div></div></section></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic.
By clicking "Accept All", you consent to our use of cookies.</p>
</div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://harlowsun.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"i18n":{"close":"Close"},"post":{"id":412}};</script>
</body></html>`;
const elementorSurvey: TestPage = finish({
  name: 'heldout557-elementor-solar-survey',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['How the survey works', 'What we check on the day', 'What your quote includes'],
  body: texts([eDek, ...eSteps, ...eCheck, eQuoteIntro, ...eQuote, eNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Call 01632 960 418', 'Start my request', 'Request your survey', ...eLabels,
    'I agree to Harlow Sun contacting me about my survey.', 'Request my survey', 'What our customers say',
    'The surveyor was on time, explained everything and the quote matched to the penny.', 'Gwen T., Stortley',
    'Harlow Sun Energy Ltd, Unit 4 Marsh Lane, Stortley SG9 4QX', 'MCS certified installer. Member of the Renewable Energy Consumer Code.', ...eFoot,
    '© 2027 Harlow Sun Energy Ltd. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
});

export const HELDOUT557_A: readonly TestPage[] = [elementorSurvey];
