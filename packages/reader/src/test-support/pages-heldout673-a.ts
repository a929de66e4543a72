import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout673-kit.js';

/**
 * Held-out batch 673, file a: a kitesurf school's beginner course page built with Elementor (Hello Elementor theme, Elementor
 * Pro header and footer, Complianz cookie banner), with a price table, an FAQ accordion and testimonials.
 */
const vTitle = 'Beginner Kitesurf Course (3 days)';
const vDek = 'Nine hours of coaching over three days, from your first kite on the sand to your first water start on the lagoon.';
const vWho = j(
  'This course is for complete beginners and for riders who tried kiting once on holiday and never got past the body drag.',
  'You need to be able to swim 50 metres and be at least 12 years old. No fitness test, no previous board sports needed.',
);
const vLearn = [
  'Setting up, launching and landing a trainer kite and a full-size kite',
  'Wind window, power zone and the safety systems on the bar',
  'Body dragging upwind to recover your board',
  'Water starts and your first short rides on the board',
  'Right of way rules on the Laguna de Sarrell',
];
const vDay = [
  j(
    'We meet at the school hut on Platja del Molí at 10:00 or 15:00, depending on the wind forecast. Each session lasts three hours,',
    'including twenty minutes of kit preparation and a short debrief at the end.',
  ),
  j(
    'The lagoon is waist deep for almost 400 metres, so your instructor stands next to you in the water during the first two days.',
    'On day three most students ride with a radio helmet while the instructor coaches from the shore or from the rescue boat.',
  ),
];
const vPrice = ['€390', 'per person', 'Kite, board, harness and wetsuit', 'Radio helmet and impact vest', 'IKO beginner card on completion'];
const vFaq = [
  ['What happens if there is no wind?', 'We move your session to the next day with wind, or refund the missing hours at the end of your stay.'],
  ['Can I book one day only?', 'Yes, a single three-hour taster costs €140 and counts towards the full course if you continue later.'],
  ['Do you teach in English?', 'All our instructors teach in English and Spanish, and two of them also teach in Dutch and German.'],
];
const vNav = ['Courses', 'Kite Hire', 'Spot & Conditions', 'About us', 'Contact'];
const vFootCourses = ['Discovery lesson', 'Beginner course', 'Private coaching', 'Foil kite'];
const vHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${vTitle} – Ventolina Kite School</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://ventolinakite.com/courses/beginner-kitesurf-course/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${vTitle}",
"isPartOf":{"@id":"https://ventolinakite.com/#website"}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home"}]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://ventolinakite.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-412-css" href="https://ventolinakite.com/wp-content/uploads/elementor/css/post-412.css?ver=1716900000">
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px}.cmplz-hidden{display:none!important}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('consent','default',{'ad_storage':'denied'});</script>
</head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="20" class="elementor elementor-20 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5d1c0e2 top-bar elementor-section-boxed" data-id="5d1c0e2"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-text-editor"
data-widget_type="text-editor.default"><div class="elementor-widget-container">Open daily 9:00–19:00 · +34 600 418 273</div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-2b7f9a1 elementor-section-boxed" data-id="2b7f9a1"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column"><div
class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-widget_type="theme-site-logo.default">
<div class="elementor-widget-container"><a href="https://ventolinakite.com"><img width="180" height="60" src="/wp-content/uploads/2024/02/ventolina-logo.svg"
alt="Ventolina Kite School"></a></div></div></div></div><div class="elementor-column elementor-col-66 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<div class="elementor-widget-container"><nav aria-label="Menu"
class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-2b7f9a1" class="elementor-nav-menu">${links(vNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true"
class="eicon-menu-bar"></i></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-2b7f9a1" class="elementor-nav-menu">
${links(vNav, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/"><span class="elementor-button-text">Book online</span></a></div></div>
</div></div></div></section></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-a31f0c7 elementor-section-height-min-height hero" data-id="a31f0c7"
data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-background-overlay"></div>
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column"><div
class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${vTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${vDek}</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-c44d1a0 elementor-section-boxed" data-id="c44d1a0"
data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-66 elementor-top-column"><div
class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2
class="elementor-heading-title elementor-size-default">Who the course is for</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${vWho}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2
class="elementor-heading-title elementor-size-default">What you will learn</h2></div></div>
<div class="elementor-element elementor-icon-list--layout-traditional elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default">
<div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${vLearn
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span
class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}
</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2
class="elementor-heading-title elementor-size-default">A typical day</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(vDay)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2
class="elementor-heading-title elementor-size-default">Frequently asked questions</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-accordion" data-widget_type="accordion.default"><div class="elementor-widget-container">
<div class="elementor-accordion">${vFaq
  .map(
    ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-181${i}" class="elementor-tab-title"
data-tab="${i + 1}" role="button" aria-controls="elementor-tab-content-181${i}" aria-expanded="false"><span
class="elementor-accordion-icon elementor-accordion-icon-right"
aria-hidden="true"><i class="fas fa-plus"></i></span><a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-181${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"
aria-labelledby="elementor-tab-title-181${i}"><p>${a}</p></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div>
<div class="elementor-column elementor-col-33 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-price-table" data-widget_type="price-table.default"><div class="elementor-widget-container">
<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">3-day course</h3></div>
<div class="elementor-price-table__price"><span class="elementor-price-table__integer-part">${at(vPrice, 0)}</span><span
class="elementor-price-table__period elementor-typo-excluded">${at(vPrice, 1)}</span></div>
<ul class="elementor-price-table__features-list">${lis(
  vPrice.slice(2).map((t) => `<div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="fas fa-check"></i><span>${t}</span></div>`),
  'elementor-repeater-item-3ac1f2e',
)}</ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/book/?course=beginner">Book this
course</a>
<div class="elementor-price-table__additional_info">Free cancellation up to 48 hours before</div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-testimonial-carousel" data-widget_type="testimonial-carousel.default"><div
class="elementor-widget-container">
<div class="elementor-swiper"><div class="elementor-main-swiper swiper"><div class="swiper-wrapper">
<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content"><div class="elementor-testimonial__text">
“Three days, zero to riding. Marta is the most patient teacher I have ever had.”</div></div><div class="elementor-testimonial__footer"><cite
class="elementor-testimonial__cite">
<span class="elementor-testimonial__name">Joris V.</span><span class="elementor-testimonial__title">Student, June 2025</span></cite></div></div></div>
</div></div></div></div></div></div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer"><section
class="elementor-section elementor-top-section">
<div class="elementor-container"><div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div
class="elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>Ventolina Kite School<br>Platja del Molí, 17480 Sarrell</p></div></div></div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-heading"><div
class="elementor-widget-container">
<h4 class="elementor-heading-title">Our courses</h4></div></div><div class="elementor-widget elementor-widget-icon-list"><ul class="elementor-icon-list-items">
${links(vFootCourses, 'elementor-icon-list-item')}</ul></div></div></div></div>
<div class="elementor-container"><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Ventolina Kite School. All rights reserved. | <a href="/privacy-policy/">Privacy policy</a></p></div></div></div></section></div>
<a href="https://wa.me/34600418273" class="wa-float" aria-label="WhatsApp"><span class="wa-float__label">Chat with us</span></a>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true"
role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://ventolinakite.com/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script src="https://ventolinakite.com/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js" id="cmplz-cookiebanner-js"></script>
</body></html>`;
const elementorCourse: TestPage = {
  name: 'heldout673-elementor-kite-course',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: ['Who the course is for', 'What you will learn', 'A typical day', 'Frequently asked questions', '3-day course'],
  body: texts([vDek, vWho, ...vLearn, ...vDay, ...vFaq.flat(), ...vPrice]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Open daily 9:00–19:00 · +34 600 418 273', ...vNav, 'Book online', 'Book this course', 'Free cancellation up to 48 hours before',
    '“Three days, zero to riding. Marta is the most patient teacher I have ever had.”', 'Joris V.', 'Student, June 2025',
    'Ventolina Kite School', 'Platja del Molí, 17480 Sarrell', 'Our courses', ...vFootCourses, '© 2026 Ventolina Kite School. All rights reserved.',
    'Privacy policy', 'Chat with us', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT673_A: readonly TestPage[] = [elementorCourse];
