import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout247-kit.js';
import { news } from './pages-heldout247-d2.js';

/**
 * Held-out batch 247, file d: a ferry operator's timetable-change notice built with Elementor on WordPress (Elementor
 * header and footer templates, nav menu widget, icon-list widget of contacts, button widgets, a departures table in a
 * text-editor widget, Complianz cookie banner) and, from file d2, a transport news site's article on the Newspaper theme by tagDiv
 * (top bar with date, category label, author and date, views, share bar, "Read more" inline promo, tags, prev/next,
 * related articles, comments with the reply form, sidebar with popular posts, newsletter and ad label, footer).
 */
const fTitle = 'Winter timetable changes on the Kellan Sound route from 6 January';
const fLead = [
  j(
    'From Tuesday 6 January until Sunday 29 March, sailings between Saltharbour and Kellan Island will follow our winter timetable.',
    'There will be fewer sailings on weekday evenings, and the first Sunday sailing will leave later than in autumn.',
  ),
  j(
    'We are making these changes because MV <em>Islay Rose</em> goes into dry dock at Grangemuir for her annual overhaul on',
    '8 January. While she is away, MV <em>Corran</em> will run the route on her own. She carries 36 cars, eight fewer than',
    'the <em>Islay Rose</em>, so we strongly recommend booking vehicle space in advance.',
  ),
];
const fH = ['New departure times', 'What this means for you', 'Freight and commercial vehicles'];
const fRows = [
  ['Monday to Friday', '07:10, 09:30, 12:00, 15:15, 18:00', '08:05, 10:30, 13:00, 16:15, 19:00'],
  ['Saturday', '08:30, 11:45, 15:15', '09:30, 12:45, 16:15'],
  ['Sunday', '10:30, 14:00, 17:30', '11:30, 15:00, 18:30'],
];
const fMeans = [
  'Sailings may also be cancelled at short notice in high winds. We post every change on our travel updates page and by text message.',
  'The 20:30 weekday sailing from Saltharbour and the 21:30 return from Kellan will not run.',
  'Foot passengers do not need to book, but vehicle bookings close 24 hours before each sailing.',
  'Customers already booked on a cancelled sailing have been moved to the nearest sailing and sent an email.',
  'Island residents with a resident card keep their priority booking allocation of ten car spaces per sailing.',
];
const fFreight = [
  j(
    'Vehicles over 6 metres must be booked through our freight desk. On weekdays, the 07:10 and 15:15 sailings from Saltharbour',
    'have the most deck space for lorries. Livestock lorries should book at least three days ahead and use the Saltharbour',
    'lairage, which will open 90 minutes before each sailing.',
  ),
  j(
    'The full summer timetable, with two vessels and hourly sailings at weekends, returns on Monday 30 March, subject to the',
    'Islay Rose completing her overhaul on time. We will confirm the date in early March.',
  ),
];
const fNav = ['Timetables', 'Fares', 'Routes', 'Travel updates', 'Island guide', 'Freight'];
const fContacts = ['Bookings: 01632 960 700', 'Freight desk: 01632 960 715', 'bookings@saltharbourferries.example'];
const fFoot = ['Conditions of carriage', 'Accessibility', 'Privacy policy', 'Cookie policy'];
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}"
data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const wid = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const head = (t: string, tag = 'h2'): string => wid('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const fHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fTitle} – Saltharbour Ferries</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://saltharbourferries.example/winter-timetable-kellan-sound/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${fTitle}",
"datePublished":"2025-11-18T10:12:00+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-812-css" href="/wp-content/uploads/elementor/css/post-812.css?ver=1731924000" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-812 elementor-default elementor-kit-6 elementor-page elementor-page-812">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
${sec(
  '3c1a9e',
  `${wid('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2024/02/sf-logo.svg" alt="Saltharbour Ferries"></a>')}
${wid(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-5e2" class="elementor-nav-menu">
${links(fNav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}
${wid('button', '<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/"><span class="elementor-button-text">Book now</span></a>')}`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="812" class="elementor elementor-812"><main id="content">
${sec(
  '8b20f1',
  `${head(fTitle, 'h1')}
${wid('text-editor', '<p class="sf-meta">Published 18 November 2025 · Updated 2 December 2025</p>')}
${wid('text-editor', ps(fLead))}
${head(fH[0] ?? '')}
${wid(
  'text-editor',
  `<table class="sf-timetable"><thead><tr><th>Days</th><th>Depart Saltharbour</th><th>Depart Kellan</th></tr></thead><tbody>
${rows(fRows)}
</tbody></table>`,
)}
${wid(
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2025/11/corran.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">MV Corran leaving Kellan pier. Photo: Saltharbour Ferries</figcaption></figure>`,
)}
${head(fH[1] ?? '')}
${wid('text-editor', `<ul>\n${lis(fMeans)}\n</ul>`)}
${head(fH[2] ?? '')}
${wid('text-editor', ps(fFreight))}
${wid(
  'button',
  `<a class="elementor-button elementor-size-md" href="/timetables/winter.pdf">
<span class="elementor-button-text">Download the winter timetable (PDF)</span></a>`,
)}`,
)}</main></div>
<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer">
${sec(
  '1f0e44',
  `${head('Get in touch', 'h4')}
${wid(
  'icon-list',
  `<ul class="elementor-icon-list-items">${fContacts
    .map(
      (c) => `<li class="elementor-icon-list-item"><span
class="elementor-icon-list-text">${c}</span></li>`,
    )
    .join('\n')}
</ul>`,
)}
${wid('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(fFoot, 'menu-item')}</ul></nav>`)}
${wid('text-editor', '<p>© 2025 Saltharbour Ferries Ltd. Registered in Scotland SC412877.</p>')}`,
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const ferry: TestPage = {
  name: 'heldout247-elementor-ferry-timetable-notice',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...fLead, ...fRows.flat(), ...fMeans, ...fFreight]),
  bylines: ['Published 18 November 2025 · Updated 2 December 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...fNav, 'Book now', 'MV Corran leaving Kellan pier. Photo: Saltharbour Ferries', 'Download the winter timetable (PDF)',
    'Get in touch', ...fContacts, ...fFoot, '© 2025 Saltharbour Ferries Ltd. Registered in Scotland SC412877.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT247_D: readonly TestPage[] = [ferry, news];
