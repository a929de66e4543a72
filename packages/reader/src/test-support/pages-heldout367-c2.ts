import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file c2: a mountain hut's page built with Elementor on WordPress (Elementor Pro header template with
 * nav menu and a "Book now" button, sections and columns of heading, text editor, icon list, counter, price table,
 * testimonial and button widgets, the booking call-to-action section, the Elementor footer template, and a Complianz
 * cookie banner). The page builder markup wraps every paragraph in several divs.
 */
const hTitle = 'Welcome to the Brenna Hut';
const hAbout = [
  j(
    'The Brenna Hut stands at 2,412 metres on a rock shoulder above the Vallis glacier, a three-hour walk from the village of',
    'Sant Orvo. It was built by the Orvo Alpine Club in 1931 and rebuilt after the avalanche of 1986, and today it is run by our',
    'family as a guarded hut for hikers, climbers and ski tourers.',
  ),
  j(
    'We have 46 places in five dormitories and two small rooms for families. Blankets and pillows are provided; please bring your',
    'own sleeping-bag liner. There are no showers, but there is warm water for washing in the evening, and a drying room for wet',
    'boots and clothes.',
  ),
];
const hSeason = [
  j(
    'The hut is guarded from mid-June to the third weekend of September, and at weekends from March to May for ski tourers. Outside',
    'these times the winter room is open, with 8 places, blankets and a wood stove. There is no food in the winter room.',
  ),
];
const hAccess = [
  'From Sant Orvo (1,380 m): trail 412 through the larch forest and over the Pra Brenna meadows, 3 h, easy hiking trail.',
  'From the Vallis lift top station (2,050 m): trail 415 along the moraine, 1 h 30 min, some exposed sections with fixed cables.',
  'From the Cabane d\u2019Arlen over the Col de Vallis (2,890 m): 4 h, glacier crossing, only for experienced parties with equipment.',
];
const hPrices: [string, string][] = [
  ['Half board (dinner, bed, breakfast)', '78 €'],
  ['Half board for Alpine Club members', '62 €'],
  ['Children under 14, half board', '45 €'],
  ['Overnight stay only', '32 €'],
  ['Packed lunch', '12 €'],
];
const hBooking = [
  j(
    'Bookings are essential in July and August and at weekends. Please book through the online form or call us at the hut; we',
    'answer the phone between 8 and 10 in the morning and 5 and 7 in the evening. If you cannot come, please cancel, even at short',
    'notice, so that we can give your place to someone else.',
  ),
  'We accept cash and cards, but the signal is weak, so please have cash with you in case the card reader cannot connect.',
];
const hNav = ['Home', 'Our hut', 'Routes', 'Prices', 'Gallery', 'Contact'];
const hFoot = ['Imprint', 'Privacy policy', 'Cookie policy'];
const heading = (id: string, tag: string, text: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-heading" data-id="${id}" data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container">
<${tag} class="elementor-heading-title elementor-size-default">${text}</${tag}></div></div>`;
const textEd = (id: string, html: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-text-editor"
data-id="${id}" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${html}</div></div>`;
const section = (id: string, cols: readonly string[]): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-element-${id} elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">${cols
  .map(
    (c, i) => `<div class="elementor-column elementor-col-${Math.round(100 / cols.length)} elementor-top-column elementor-element
elementor-element-${id}${i}" data-id="${id}${i}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${c}</div></div>`,
  )
  .join('\n')}</div></section>`;
const counter = (n: string, label: string): string => `<div class="elementor-widget elementor-widget-counter"><div class="elementor-widget-container">
<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-to-value="${n}">${n}</span>
</div><div class="elementor-counter-title">${label}</div></div></div></div>`;
const hHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The hut – Brenna Hut 2,412 m</title><link rel="canonical" href="https://brennahut.example/the-hut/">
<meta name="description" content="Guarded mountain hut at 2,412 m above the Vallis glacier. Opening times, access routes, prices and booking.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Brenna Hut 2,412 m">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LodgingBusiness","name":"Brenna Hut","address":{"addressLocality":"Sant Orvo"},
"priceRange":"32 € - 78 €"}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://brennahut.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.1">
<link rel="stylesheet" id="elementor-post-12-css" href="https://brennahut.example/wp-content/uploads/elementor/css/post-12.css?ver=1739270000">
<script>var ElementorProFrontendConfig = {"nonce":"4e1b2f","urls":{"assets":"https:\\/\\/brennahut.example\\/wp-content\\/plugins\\/elementor-pro\\/"}};
</script>
</head><body class="page-template page-template-elementor_header_footer page page-id-12 elementor-default elementor-template-full-width elementor-kit-5
elementor-page elementor-page-12">
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
${section('1a2b3c', [
  `<div class="elementor-widget elementor-widget-theme-site-logo"><div class="elementor-widget-container"><a href="/"><img src="/wp-content/uploads/logo.png"
alt="Brenna Hut"></a></div></div>`,
  `<div class="elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main
elementor-nav-menu__container"><ul id="menu-1-1a2b3c" class="elementor-nav-menu">${links(hNav, 'menu-item')}</ul></nav></div></div>
<div class="elementor-widget elementor-widget-button"><div class="elementor-widget-container"><a class="elementor-button elementor-button-link
elementor-size-sm" href="/booking/"><span class="elementor-button-text">Book now</span></a></div></div>`,
])}</div>
<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12" data-elementor-post-type="page">
${section('4d5e6f', [`${heading('h1a', 'h1', hTitle)}${heading('h1b', 'p', 'Guarded mountain hut at 2,412 m · Vallis glacier')}`])}
${section('7a8b9c', [
  `${heading('h2a', 'h2', 'About the hut')}${textEd('t2a', ps(hAbout))}`,
  `<div class="elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption"><img
src="/wp-content/uploads/2025/07/brenna-hut-evening.jpg" alt=""><figcaption class="widget-image-caption wp-caption-text">The hut in the evening light,
July 2025. Photo: Lea Montagnoli</figcaption></figure></div></div>`,
])}
${section('1c2d3e', [counter('2,412', 'metres above sea level'), counter('46', 'places to sleep'), counter('1931', 'year the first hut was built')])}
${section('4f5a6b', [`${heading('h2b', 'h2', 'Opening season')}${textEd('t2b', ps(hSeason))}`])}
${section('7c8d9e', [
  `${heading('h2c', 'h2', 'How to get here')}<div class="elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${hAccess
    .map(
      (a) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-hiking"></i></span><span
class="elementor-icon-list-text">${a}</span></li>`,
    )
    .join('\n')}</ul></div></div>`,
])}
${section('1e2f3a', [
  `${heading('h2d', 'h2', 'Prices 2026')}<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<table><tbody>${hPrices.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table></div></div>`,
])}
${section('4b5c6d', [`${heading('h2e', 'h2', 'Booking')}${textEd('t2e', ps(hBooking))}`])}
${section('7e8f9a', [
  `<div class="elementor-widget elementor-widget-testimonial"><div class="elementor-widget-container"><div class="elementor-testimonial-wrapper">
<div class="elementor-testimonial-content">The best polenta in the whole valley, and a sunrise I will never forget.</div>
<div class="elementor-testimonial-meta">
<div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Marco and Giulia</div><div class="elementor-testimonial-job">Guests,
August 2025</div></div></div></div></div></div>`,
])}
${section('1a3c5e', [
  `${heading('h2f', 'h3', 'Ready for a night in the mountains?')}<div class="elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<a class="elementor-button elementor-button-link elementor-size-lg" href="/booking/"><span class="elementor-button-text">Book your place</span></a></div>
</div>`,
])}</div>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer">
${section('2b4d6f', [
  `${heading('f1', 'h4', 'Brenna Hut 2,412 m')}${textEd('f1t', '<p>Family Dalmasso · 11029 Sant Orvo · Hut phone +39 0165 555 0192</p>')}`,
  `<div class="elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><ul class="elementor-nav-menu">${links(hFoot)}</ul>
</div></div>${textEd('f2t', '<p>© 2026 Rifugio Brenna. All rights reserved.</p>')}`,
])}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to
optimize our website and our service.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button
class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://brennahut.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.1" id="elementor-frontend-js"></script>
</body></html>`;
export const hut: TestPage = {
  name: 'heldout367-elementor-mountain-hut',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['About the hut', 'Opening season', 'How to get here', 'Prices 2026', 'Booking'],
  body: texts([...hAbout, ...hSeason, ...hAccess, ...hPrices.flat(), ...hBooking]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'Book now', 'Guarded mountain hut at 2,412 m · Vallis glacier', 'The hut in the evening light, July 2025. Photo: Lea Montagnoli',
    'metres above sea level', 'places to sleep', 'year the first hut was built',
    'The best polenta in the whole valley, and a sunrise I will never forget.', 'Marco and Giulia', 'Guests, August 2025',
    'Ready for a night in the mountains?', 'Book your place', 'Brenna Hut 2,412 m', 'Family Dalmasso · 11029 Sant Orvo · Hut phone +39 0165 555 0192',
    ...hFoot, '© 2026 Rifugio Brenna. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimize our website and our service.', 'Accept',
    'Deny', 'View preferences',
  ],
};
