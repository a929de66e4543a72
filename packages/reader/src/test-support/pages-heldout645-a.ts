import { links, ps, type TestPage } from './page-kit.js';
import { gold, j, lis, rowTexts, trs } from './pages-heldout645-kit.js';

/**
 * Held-out batch 645, file a: a heritage railway's timetable and fares page on WordPress (Hello Elementor theme, Elementor Pro
 * header and footer, TablePress tables, CookieYes banner).
 */
const tTitle = 'Timetable & Fares 2027';
const tIntro = j(
  'Our trains run between Hollin Bridge and Scarth Moor on selected days from March to December. Each running day follows one of',
  'three timetables, shown by colour on the calendar, so check the calendar first and then find your timetable below.',
);
const tH = ['Which timetable is running?', 'Green timetable', 'Red timetable', 'Fares', 'Concessions and family tickets', 'Dogs, bikes and prams'];
const tWhich = [
  j(
    'Green days are our quieter days, with two steam trains in service. Red days, mostly in school holidays, add a third train',
    'and an extra late-afternoon departure. Gold days are special events and have their own timetables on the event pages.',
  ),
  'Trains are steam hauled unless a diesel substitute is shown on the day. Journey time from end to end is about 35 minutes.',
];
const tHead = ['Hollin Bridge', 'Corby Lane', 'Ellerbeck Halt', 'Scarth Moor'];
const tGreen = [
  ['10:15', '10:27', '10:36', '10:50'],
  ['12:00', '12:12', '12:21', '12:35'],
  ['14:00', '14:12', '14:21', '14:35'],
];
const tRed = [
  ['09:45', '09:57', '10:06', '10:20'],
  ['11:15', '11:27', '11:36', '11:50'],
  ['13:00', '13:12', '13:21', '13:35'],
  ['14:45', '14:57', '15:06', '15:20'],
  ['16:15', '16:27', '16:36', '16:50'],
];
const tNote = 'Return trains leave Scarth Moor 25 minutes after each arrival. The last train of the day waits for connecting buses at Corby Lane.';
const tFareHead = ['Ticket', 'Adult', 'Child (5–15)', 'Senior (65+)'];
const tFares = [
  ['Full line return', '£18.50', '£9.00', '£16.50'],
  ['Single, any distance', '£11.00', '£5.50', '£10.00'],
  ['Hollin Bridge to Ellerbeck Halt return', '£12.00', '£6.00', '£11.00'],
  ['Rover (all day, unlimited travel)', '£24.00', '£12.00', '£22.00'],
];
const tConc = [
  'Children under five travel free with a paying adult.',
  'A family ticket (two adults and up to three children) costs £48 for a full line return.',
  'Carers of disabled passengers travel free; please show proof of eligibility at the booking office.',
  'Members of the Hollin Vale Railway Supporters’ Association get 20% off on presentation of a valid card.',
];
const tDogs = j(
  'Well-behaved dogs are welcome on a lead for £2 each. Folding bikes and prams can travel in the guard’s van free of charge,',
  'but space is limited on Red days, so please ask the guard before boarding.',
);
const tNav = ['Plan Your Visit', 'Timetable', 'Events', 'Driver Experiences', 'Support Us', 'Volunteer', 'Shop', 'Contact'];
const tFoot = ['Accessibility', 'Privacy Policy', 'Terms of Carriage', 'Lost Property'];
const tCookie = j(
  'We use cookies to help you navigate efficiently and perform certain functions. You will find detailed information about all cookies',
  'under each consent category below.',
);
const el = (id: string, w: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${w}" data-id="${id}" data-element_type="widget"
data-widget_type="${w}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const tpress = (id: number, head: readonly string[], rows: readonly (readonly string[])[]): string =>
  `<table id="tablepress-${id}" class="tablepress tablepress-id-${id}"><thead><tr class="row-1">${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody class="row-striping row-hover">${trs(rows)}</tbody></table>`;
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Timetable &amp; Fares 2027 – Hollin Vale Railway</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.hollinvalerailway.org.uk/timetable/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Timetable & Fares 2027",
"isPartOf":{"@id":"https://www.hollinvalerailway.org.uk/#website"}},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css"
href="https://www.hollinvalerailway.org.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="tablepress-default-css" href="https://www.hollinvalerailway.org.uk/wp-content/plugins/tablepress/css/build/default.css?ver=2.3">
<style id="elementor-post-412">.elementor-412 .elementor-element.elementor-element-5c2e8a1{--padding-top:40px;}
.tablepress thead th{background:#1d3b2a;color:#fff}</style>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/8e1f0c/script.js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-1a2b3c4 e-flex e-con-boxed e-con e-parent" data-id="1a2b3c4" data-element_type="container"><div
class="e-con-inner">
${el(
  '7d1e2f3',
  'theme-site-logo',
  `<a href="https://www.hollinvalerailway.org.uk"><img width="220" height="80" src="/wp-content/uploads/2023/02/hvr-logo.png"
alt="Hollin Vale Railway"></a>`,
)}
${el(
  'b4c5d6e',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-b4c5d6e" class="elementor-nav-menu">${links(tNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><span
class="elementor-screen-only">Menu</span></div>`,
)}
${el(
  'c9d0e1f',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/book/"><span
class="elementor-button-text">Book Tickets</span></a></div>`,
)}
</div></div></header>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<div class="elementor-element elementor-element-5c2e8a1 e-flex e-con-boxed e-con e-parent" data-id="5c2e8a1" data-element_type="container"><div
class="e-con-inner">
${el('0f9e8d7', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${tTitle.replace('&', '&amp;')}</h1>`)}
${el('1e2d3c4', 'text-editor', `<p>${tIntro}</p>`)}
${el(
  '2a3b4c5',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-md" href="/calendar/"><span
class="elementor-button-text">View the running calendar</span></a></div>`,
)}
${el('3b4c5d6', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${tH[0]}</h2>`)}
${el('4c5d6e7', 'text-editor', ps(tWhich))}
${el('5d6e7f8', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${tH[1]}</h2>`)}
${el('6e7f8a9', 'shortcode', `<div class="elementor-shortcode">${tpress(3, tHead, tGreen)}</div>`)}
${el('7f8a9b0', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${tH[2]}</h2>`)}
${el('8a9b0c1', 'shortcode', `<div class="elementor-shortcode">${tpress(4, tHead, tRed)}</div>`)}
${el('9b0c1d2', 'text-editor', `<p><em>${tNote}</em></p>`)}
</div></div>
<div class="elementor-element elementor-element-a0b1c2d e-flex e-con-boxed e-con e-parent" data-id="a0b1c2d" data-element_type="container"><div
class="e-con-inner">
${el('b1c2d3e', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${tH[3]}</h2>`)}
${el('c2d3e4f', 'shortcode', `<div class="elementor-shortcode">${tpress(5, tFareHead, tFares)}</div>`)}
${el('d3e4f5a', 'heading', `<h3 class="elementor-heading-title elementor-size-default">${tH[4]}</h3>`)}
${el('e4f5a6b', 'text-editor', `<ul>${lis(tConc)}</ul>`)}
${el('f5a6b7c', 'heading', `<h3 class="elementor-heading-title elementor-size-default">${tH[5]}</h3>`)}
${el('a6b7c8d', 'text-editor', `<p>${tDogs}</p>`)}
${el(
  'b7c8d9e',
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-content-item">Save 10% online</h3>
<div class="elementor-cta__description elementor-content-item">Book in advance and skip the queue at the booking office.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item"><a class="elementor-cta__button elementor-button elementor-size-"
href="/book/">Buy tickets online</a></div></div></div>`,
)}
</div></div></div></div></main>
<footer data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-91aa01 e-flex e-con-boxed e-con e-parent" data-id="91aa01" data-element_type="container"><div
class="e-con-inner">
${el('91aa02', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Find us</h4>')}
${el('91aa03', 'text-editor', '<p>Hollin Bridge Station, Station Road, Hollin Bridge, HV7 3QS</p><p>Booking office: 01632 960 418</p>')}
${el('91aa04', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Useful links</h4>')}
${el('91aa05', 'icon-list', `<ul class="elementor-icon-list-items">${links(tFoot, 'elementor-icon-list-item')}</ul>`)}
${el('91aa06', 'text-editor', '<p>© 2027 Hollin Vale Railway Trust. Registered charity no. 1098765.</p>')}
</div></div></footer>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>${tCookie}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://www.hollinvalerailway.org.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2"
id="elementor-pro-frontend-js"></script>
</body></html>`;
const timetable: TestPage = gold({
  name: 'heldout645-elementor-timetable-fares',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: [tIntro, ...tWhich, ...rowTexts(tGreen), ...rowTexts(tRed), tNote, ...rowTexts(tFares), ...tConc, tDogs],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...tNav, 'Menu', 'Book Tickets', 'View the running calendar', 'Save 10% online',
    'Book in advance and skip the queue at the booking office.', 'Buy tickets online', 'Find us',
    'Hollin Bridge Station, Station Road, Hollin Bridge, HV7 3QS', 'Booking office: 01632 960 418', 'Useful links', ...tFoot,
    '© 2027 Hollin Vale Railway Trust. Registered charity no. 1098765.', 'We value your privacy', tCookie, 'Customise', 'Reject All', 'Accept All',
  ],
});

export const HELDOUT645_A: readonly TestPage[] = [timetable];
