import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout433-kit.js';

/**
 * Held-out batch 433, file a2: a show cave's visitor guide on WordPress built with Elementor (theme-builder header with a
 * nav menu widget, sections of heading, text-editor and icon-list widgets, a call-to-action box, a testimonial widget, an
 * Elementor footer with opening hours and a Complianz cookie banner).
 */
const gTitle = 'Visitor Guide';
const gIntro = [
  j(
    'Gallowmere Caverns are a chain of limestone chambers carved by an underground river over roughly a million years. Visits',
    'are by guided tour only, and this guide covers everything you need to know before you arrive, from what to wear to how',
    'far you will walk.',
  ),
];
const gTour = [
  j(
    'Tours leave from the visitor centre every 30 minutes from 10am, with the last tour at 4pm. Each tour lasts about',
    '50 minutes and covers just under a kilometre of paths, with 148 steps down and the same number back up.',
  ),
  j(
    'Your guide will stop in the Cathedral Chamber, where the lights are switched off for a minute of complete darkness, and',
    'at the Weeping Wall, where you can still hear the river below the walkway.',
  ),
];
const gBring = [
  'Sensible flat shoes with a good grip: the paths are damp all year round.',
  'A warm layer. The caves stay at 9°C whatever the weather outside.',
  'A small torch if you like, though all the paths are lit.',
  'Cameras are welcome, but please do not use a flash in the Cathedral Chamber.',
];
const gAccess = [
  j(
    'Because of the steps, the caves are not suitable for wheelchairs or pushchairs. Baby carriers are fine and can be borrowed',
    'free of charge from the visitor centre. Assistance dogs are welcome on every tour.',
  ),
  j(
    'If you cannot manage the steps, the Caverns Gallery in the visitor centre shows a 20-minute film of the whole tour, and',
    'entry to the gallery is free with any ticket bought for your group.',
  ),
];
const gHistory = [
  j(
    'The caverns were found in 1868 by two quarrymen who broke through into the upper chamber while blasting for stone. Within',
    'ten years Victorian visitors were being led through by candlelight, and you can still see their names scratched into the',
    'rock near the Weeping Wall. Electric lighting arrived in 1931, and the paths you walk on today were laid in the 1990s.',
  ),
  'Please do not touch the formations: the oils on your skin stop them growing, and some have taken ten thousand years to form.',
];
const gFacilities = [
  'The Riverside Café serves hot food until 3pm and cakes and drinks until we close.',
  'Free parking for cars; coaches should call ahead to book a bay.',
  'Toilets, including an accessible toilet and baby change, are in the visitor centre.',
];
const gTestimonial = 'The darkness in the big chamber was something none of us will forget. Brilliant guide, too.';
const gNav = ['Home', 'Tickets', 'Visitor Guide', 'Groups & Schools', 'Events', 'Contact'];
const gHours = ['Open daily 10am – 5pm', 'Closed 24–26 December'];
const gFootLinks = ['Privacy Policy', 'Cookie Policy', 'Terms of Booking'];
const ew = (type: string, id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">
${inner}
</div></div>`;
const heading = (id: string, text: string, tag = 'h2'): string =>
  ew('heading', id, `<${tag} class="elementor-heading-title elementor-size-default">${text}</${tag}>`);
const textEd = (id: string, paras: readonly string[]): string => ew('text-editor', id, paras.map((p) => `<p>${p}</p>`).join('\n'));
const iconList = (id: string, items: readonly string[]): string =>
  ew(
    'icon-list',
    id,
    `<ul class="elementor-icon-list-items">
${items
  .map(
    (i) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${i}</span></li>`,
  )
  .join('\n')}
</ul>`,
  );
const section = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-element-${id} elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${inner}
</div></div></div></section>`;
const gHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Visitor Guide &#8211; Gallowmere Caverns</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="elementor-frontend-css" href="https://gallowmerecaverns.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-112-css" href="https://gallowmerecaverns.example/wp-content/uploads/elementor/css/post-112.css?ver=1712001">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Visitor Guide",
"isPartOf":{"@id":"https://gallowmerecaverns.example/#website"}},{"@type":"TouristAttraction","name":"Gallowmere Caverns"}]}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.21.4"};</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_css_loading; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-112 elementor-default elementor-template-full-width elementor-page-112">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="9" class="elementor elementor-9 elementor-location-header" data-elementor-post-type="elementor_library">
${section(
  '5c1a7e2',
  `${ew(
    'theme-site-logo',
    '2b7d1f0',
    `<a href="https://gallowmerecaverns.example"><img src="/wp-content/uploads/2024/02/logo.svg"
alt="Gallowmere Caverns"></a>`,
  )}
${ew(
  'nav-menu',
  '71c0aa3',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal" aria-label="Menu">
<ul id="menu-1-71c0aa3" class="elementor-nav-menu">${links(gNav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}
${ew(
  'button',
  '8e3f4d1',
  `<a class="elementor-button elementor-button-link elementor-size-sm"
href="/tickets"><span class="elementor-button-text">Book a tour</span></a>`,
)}`,
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="112" class="elementor elementor-112" data-elementor-post-type="page">
${section('1f9b2c4', `${heading('6a2e0d1', gTitle, 'h1')}\n${textEd('4d3c9b7', gIntro)}`)}
${section('2a8e3f5', `${heading('0c7f2a9', 'Your tour')}\n${textEd('9e1d4b3', gTour)}`)}
${section('3b6f1e7', `${heading('5f8a1c2', 'What to bring')}\n${iconList('7a4e2d8', gBring)}`)}
${section('3f5a7b2', `${heading('4a9c1d3', 'A little history')}\n${textEd('5b7e2a9', gHistory)}`)}
${section('4c2a8d9', `${heading('1e6b3f4', 'Accessibility')}\n${textEd('8b2c5a6', gAccess)}`)}
${section('5d7c3a1', `${heading('2f9d6e8', 'Facilities')}\n${iconList('6c1b7f3', gFacilities)}`)}
${section(
  '6e3b9c2',
  `${ew(
    'call-to-action',
    '3a7c1e5',
    `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Save 10% online</h3>
<div class="elementor-cta__description">Tours often sell out in school holidays. Book ahead and save.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/tickets">Buy tickets</a></div></div></div>`,
  )}
${ew(
  'testimonial',
  '4b8d2f6',
  `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${gTestimonial}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">The Okonjo family</div>
<div class="elementor-testimonial-job">Visited August 2025</div></div></div></div>`,
)}`,
)}
</div>
<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer">
${section(
  '7f4c1d3',
  `${heading('9c3e7a1', 'Opening hours', 'h4')}\n${textEd('2d8f4b6', gHours)}
${heading('3e9a2c7', 'Find us', 'h4')}\n${textEd('4f1b8d2', ['Gallowmere Caverns, Quarry Lane, Hollinbeck HB4 7QT'])}
${ew('icon-list', '5a2c9e3', `<ul class="elementor-icon-list-items elementor-inline-items">${links(gFootLinks, 'elementor-icon-list-item')}</ul>`)}
${textEd('6b3d1f4', ['© 2026 Gallowmere Caverns Ltd'])}`,
)}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept cookies</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://gallowmerecaverns.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
export const elementorGuide: TestPage = {
  name: 'heldout433-elementor-visitor-guide-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Your tour', 'What to bring', 'A little history', 'Accessibility', 'Facilities'],
  body: texts([...gIntro, ...gTour, ...gBring, ...gHistory, ...gAccess, ...gFacilities]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Tickets', 'Groups & Schools', 'Events', 'Contact', 'Book a tour', 'Save 10% online',
    'Tours often sell out in school holidays. Book ahead and save.', 'Buy tickets', gTestimonial, 'The Okonjo family', 'Visited August 2025',
    'Opening hours', ...gHours, 'Find us', 'Gallowmere Caverns, Quarry Lane, Hollinbeck HB4 7QT', ...gFootLinks, '© 2026 Gallowmere Caverns Ltd',
    'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept cookies', 'Deny', 'View preferences',
  ],
};
