import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file a2: a groundworks contractor's project case study built with Elementor on WordPress (sticky header,
 * hero section with the project facts, icon-list widget, counter widgets, testimonial widget, image carousel with captions,
 * "Get a quote" call to action, footer columns and the Complianz cookie banner).
 */
const eTitle = 'Case Study: Basement Dig and Underpinning at Larkfield Terrace';
const eIntro = [
  j(
    'When the owners of a Victorian mid-terrace on Larkfield Terrace asked us to add a full-height basement, the brief looked simple on paper:',
    'one new room under the whole footprint, a lightwell to the garden and no disruption to the neighbours on either side.',
  ),
  j(
    'In practice the house sat on shallow brick footings over soft clay, with a party wall that had already moved once in the 1970s.',
    'This case study explains how our team planned the dig, sequenced the underpinning and handed over a dry, warm room in nineteen weeks.',
  ),
];
const eChallenge = [
  j(
    'Trial pits showed the original footings were only 450 mm deep, and the clay below was wetter than the desk study had suggested.',
    'The party wall surveyor for number 14 asked for movement monitoring before any excavation began, which we were happy to provide.',
  ),
  j(
    'Access was the other problem. The only route to the rear garden was a 900 mm side passage, so every bucket of spoil had to leave',
    'by conveyor through the front bay window and into a skip licensed for the road outside.',
  ),
];
const eApproach = [
  'Hit-and-miss underpinning in 1.2 m bays, never more than two bays open at once',
  'Reinforced concrete retaining walls cast against the underpinning, with a cavity drain membrane behind the finishes',
  'A pumped sump with a battery back-up, so the drainage keeps working through a power cut',
  'Tell-tale and laser level readings on both party walls twice a week, shared with the neighbours’ surveyors',
];
const eResult = [
  j(
    'Total movement recorded on the party walls stayed below 2 mm, well inside the trigger level of 5 mm agreed at the start.',
    'The lightwell was finished in reclaimed stock brick to match the rear elevation, and building control signed off the structure at the first inspection.',
  ),
  j(
    'The finished room now holds a playroom and a utility area, adding 38 square metres to the house. The owners stayed in the property',
    'for all but the first three weeks, when the ground floor joists were propped and the front room was closed off.',
  ),
];
const eQuote = j('Thornbury Groundworks kept us informed every single week. The neighbours even asked for their number afterwards.');
const eNav = ['Home', 'Services', 'Basements', 'Underpinning', 'Case Studies', 'About Us', 'Contact'];
const eFootServices = ['Basement Conversions', 'Underpinning', 'Drainage', 'Retaining Walls'];
const eFootLinks = ['Privacy Policy', 'Terms & Conditions', 'Careers'];
const eCaptions = ['Conveyor through the front bay during the dig', 'Underpinning bay 7 before the pour', 'The finished playroom with the lightwell'];
const heading = (id: string, tag: string, text: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-heading" data-id="${id}" data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container">
<${tag} class="elementor-heading-title elementor-size-default">${text}</${tag}></div></div>`;
const textEd = (id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-text-editor" data-id="${id}" data-element_type="widget" data-widget_type="text-editor.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const counter = (n: string, label: string): string => `<div class="elementor-widget elementor-widget-counter"><div class="elementor-widget-container">
<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-duration="2000"
data-to-value="${n}">${n}</span></div><div class="elementor-counter-title">${label}</div></div></div></div>`;
const eHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Thornbury Groundworks</title><meta name="description" content="How we dug a full basement under a Victorian terrace in nineteen weeks.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Thornbury Groundworks">
<link rel="stylesheet" id="elementor-frontend-css" href="https://thornburygroundworks.example/wp-content/plugins/elementor/assets/css/frontend.min.css">
<link rel="stylesheet" id="elementor-post-412-css" href="https://thornburygroundworks.example/wp-content/uploads/elementor/css/post-412.css">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"datePublished":"2026-01-22T09:00:00+00:00"},{"@type":"Organization","name":"Thornbury Groundworks Ltd"}]}</script>
<script>var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/thornburygroundworks.example\\/wp-admin\\/admin-ajax.php"};</script></head>
<body class="page-template-default page page-id-412 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5d2a elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-widget elementor-widget-theme-site-logo elementor-widget-image">
<a href="/"><img src="/wp-content/uploads/2024/05/thornbury-logo.svg" alt="Thornbury Groundworks"></a></div></div></div>
<div class="elementor-column elementor-col-66 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main
elementor-nav-menu__container"><ul id="menu-1-main" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" aria-label="Menu Toggle"><span class="elementor-screen-only">Menu</span></div></div></div>
<div class="elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link" href="/contact/">
<span class="elementor-button-text">Call 01632 960 418</span></a></div></div></div></div></section></div>
<main id="content" class="site-main post-412 page type-page status-publish has-post-thumbnail hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-element-7a1c elementor-section-height-min-height"
data-element_type="section"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-background-overlay"></div>
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
${heading('2b1', 'p', 'Project Spotlight')}
${heading('2b2', 'h1', eTitle)}
<div class="elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items elementor-inline-items">
${lis(['Location: Larkfield, Kent', 'Duration: 19 weeks', 'Completed: January 2026'], 'elementor-icon-list-item elementor-inline-item')}
</ul></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-9f0e" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
${textEd('3c1', ps(eIntro))}
${heading('3c2', 'h2', 'The Challenge')}
${textEd('3c3', ps(eChallenge))}
${heading('3c4', 'h2', 'Our Approach')}
${textEd('3c5', `<ul>\n${eApproach.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`)}
${heading('3c6', 'h2', 'The Result')}
${textEd('3c7', ps(eResult))}
</div></div><div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
${counter('38', 'm² of new floor space')}${counter('19', 'weeks on site')}${counter('2', 'mm max wall movement')}
<div class="elementor-widget elementor-widget-testimonial"><div class="elementor-widget-container"><div class="elementor-testimonial-wrapper">
<div class="elementor-testimonial-content">${eQuote}</div><div class="elementor-testimonial-meta"><div class="elementor-testimonial-details">
<div class="elementor-testimonial-name">Priya and Tom</div><div class="elementor-testimonial-job">Homeowners, Larkfield Terrace</div></div></div></div></div>
</div>
</div></div></div></section>
<section class="elementor-section elementor-element elementor-element-c41d" data-element_type="section"><div class="elementor-container">
<div class="elementor-widget elementor-widget-image-carousel"><div class="elementor-image-carousel-wrapper swiper" dir="ltr">
<div class="elementor-image-carousel swiper-wrapper" aria-live="polite">
${eCaptions
  .map(
    (c, i) => `<div class="swiper-slide" role="group" aria-roledescription="slide"><figure class="swiper-slide-inner"><img class="swiper-slide-image"
src="/wp-content/uploads/2026/01/larkfield-${i + 1}.jpg" alt="${c}"><figcaption class="elementor-image-carousel-caption">${c}</figcaption></figure></div>`,
  )
  .join('\n')}
</div><div class="elementor-swiper-button elementor-swiper-button-prev" role="button" tabindex="0" aria-label="Previous slide"></div>
<div class="elementor-swiper-button elementor-swiper-button-next" role="button" tabindex="0" aria-label="Next slide"></div></div></div></div></section>
<section class="elementor-section elementor-element elementor-element-e88b" data-element_type="section"><div class="elementor-container">
${heading('4d1', 'h2', 'Planning a basement of your own?')}
${textEd('4d2', '<p>Book a free site visit and we will send you a written feasibility note within ten working days.</p>')}
<div class="elementor-widget elementor-widget-button"><a class="elementor-button elementor-size-lg" href="/contact/">
<span class="elementor-button-text">Get a quote</span>
</a></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="58" class="elementor elementor-58 elementor-location-footer"><section class="elementor-section">
<div class="elementor-container"><div class="elementor-column elementor-col-33">${heading('5e1', 'h4', 'Our Services')}
<ul class="elementor-icon-list-items">${links(eFootServices, 'elementor-icon-list-item')}</ul></div>
<div class="elementor-column elementor-col-33">${heading('5e2', 'h4', 'Find Us')}
${textEd('5e3', '<p>Unit 4, Medway Trade Park, Aylesford ME20 7XT</p>')}</div>
<div class="elementor-column elementor-col-33"><ul class="elementor-icon-list-items">${links(eFootLinks, 'elementor-icon-list-item')}</ul></div></div>
<div class="elementor-container">${textEd('5e4', '<p>© 2026 Thornbury Groundworks Ltd. Registered in England No. 10482219.</p>')}</div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message">
<p>We use cookies to optimise our website and our service.</p></div></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://thornburygroundworks.example/wp-content/plugins/elementor/assets/js/frontend.min.js"></script></body></html>`;
export const elementor: TestPage = {
  name: 'heldout439-elementor-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['The Challenge', 'Our Approach', 'The Result'],
  body: texts([...eIntro, ...eChallenge, ...eApproach, ...eResult]),
  bylines: ['Completed: January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Menu', 'Call 01632 960 418', 'Project Spotlight', 'Location: Larkfield, Kent', 'Duration: 19 weeks',
    'm² of new floor space', 'weeks on site', 'mm max wall movement', eQuote, 'Priya and Tom', 'Homeowners, Larkfield Terrace', ...eCaptions,
    'Planning a basement of your own?', 'Book a free site visit and we will send you a written feasibility note within ten working days.', 'Get a quote',
    'Our Services', ...eFootServices, 'Find Us', 'Unit 4, Medway Trade Park, Aylesford ME20 7XT', ...eFootLinks,
    '© 2026 Thornbury Groundworks Ltd. Registered in England No. 10482219.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};
