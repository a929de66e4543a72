import { links, type TestPage, texts } from './page-kit.js';
import { wix } from './pages-heldout424-e2.js';
import { j } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file e: a riding school's lesson programme page built with Elementor on the Hello Elementor theme
 * (Elementor Pro header template with nav menu and "Book a lesson" button, a hero section with the h1 and subtitle, text
 * editor widgets, icon lists, price tables with buttons, a testimonial carousel, a call-to-action section, a form widget, the
 * footer template and a CookieYes banner).
 */
const rTitle = 'Lessons and Courses at Fernhill Riding School';
const rSub = 'Riding for every age and level, on safe and well-schooled horses';
const rIntro = [
  j(
    'Whether you have never sat on a horse or you are preparing for your first competition, we have a lesson to suit you.',
    'All lessons are taught by qualified instructors in our floodlit outdoor arena or, in bad weather, the covered school.',
    'Riders of all ages from five upwards are welcome.',
  ),
];
const rH1 = 'Beginner lessons';
const rBeginner = [
  j(
    'Our beginner programme starts with a 30 minute private lesson on the lead rein, so your instructor can get to know you',
    'and match you with the right pony or horse. Most riders move to small group lessons after four to six weeks.',
  ),
];
const rBegList = [
  'Mounting, dismounting and the correct position in the saddle',
  'Walk and trot on the lead rein, then on your own',
  'Steering, halting and riding simple school figures',
  'Grooming and tacking up, taught in every lesson',
];
const rH2 = 'Group and private lessons';
const rGroup = [
  j(
    'Group lessons have a maximum of five riders of similar ability and last 45 minutes. Private lessons can be booked for',
    '30 or 45 minutes and are the best choice for nervous riders or anyone working towards a specific goal.',
  ),
];
const rH3 = 'Pony Club Saturdays';
const rPony = [
  j(
    'Every Saturday morning in term time, children aged seven to fourteen can spend three hours at the yard. Each session',
    'includes a riding lesson, a stable management workshop and time helping with the ponies. It is a great way to build',
    'confidence and make friends who share the same interest.',
  ),
];
const rH4 = 'What to wear';
const rWear = [
  'A riding hat to current safety standard (hats can be borrowed for your first three lessons)',
  'Boots with a small heel, or jodhpur boots',
  'Comfortable trousers or jodhpurs, never shorts',
  'Gloves in cold weather',
];
const rH5 = 'Booking and cancellations';
const rBook = [
  j(
    'Lessons can be booked online, by phone or at the office. We ask for 24 hours notice if you need to cancel; lessons',
    'cancelled with less notice are charged in full. If we cancel because of weather, you will be offered another slot free.',
  ),
];
const rMenu = ['Home', 'Riding Lessons', 'Livery', 'Holiday Camps', 'Our Horses', 'Contact'];
const rPrices = ['Private lesson, 30 minutes', '£38', 'Group lesson, 45 minutes', '£32', 'Pony Club Saturday', '£55'];
const rFoot = ['Fernhill Riding School, Oak Lane, Little Bramford', 'Open Tuesday to Sunday, 8 am to 7 pm', 'BHS Approved Centre'];
const w = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string, cls = ''): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default ${cls}" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${inner}</div></div></div></section>`;
const head = (id: string, t: string, tag = 'h2'): string => w(id, 'heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const text = (id: string, paras: readonly string[]): string => w(id, 'text-editor', paras.map((p) => `<p>${p}</p>`).join('\n'));
const icons = (id: string, items: readonly string[]): string =>
  w(
    id,
    'icon-list',
    `<ul class="elementor-icon-list-items">${items
      .map(
        (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
      )
      .join('\n')}</ul>`,
  );
const price = (id: string, name: string, amount: string): string =>
  w(
    id,
    'price-table',
    `<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">${name}</h3></div>
<div class="elementor-price-table__price"><span class="elementor-price-table__integer-part">${amount}</span></div>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/book">Book now</a></div></div>`,
  );
const bookBtn = `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/book">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a lesson</span></span></a></div>`;
const rHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>Lessons &#8211; Fernhill Riding School</title>
<meta name="description" content="Beginner, group and private riding lessons and Pony Club Saturdays at Fernhill Riding School.">
<link rel="stylesheet" id="elementor-frontend-css" href="https://fernhillriding.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4"
media="all">
<link rel="stylesheet" id="elementor-post-118-css" href="https://fernhillriding.example/wp-content/uploads/elementor/css/post-118.css?ver=1714" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Lessons","isPartOf":{"@type":"WebSite",
"name":"Fernhill Riding School"}}</script>
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.example/client_data/8a1f/script.js"></script></head>
<body class="page-template page-template-elementor_header_footer page page-id-118 elementor-default elementor-template-full-width elementor-kit-6 elementor-page
elementor-page-118"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="52" class="elementor elementor-52 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  'hd1',
  `${w('logo1', 'theme-site-logo', '<a href="/"><img src="/wp-content/uploads/fernhill-logo.png" alt="Fernhill Riding School"></a>')}
${w(
  'nav1',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-nav1"
class="elementor-nav-menu">
${links(rMenu, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}
${w('btn1', 'button', bookBtn)}`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="118" class="elementor elementor-118" data-elementor-post-type="page">
${sec('a1', `${head('a2', rTitle, 'h1')}\n${w('a3', 'text-editor', `<p class="hero-subtitle">${rSub}</p>`)}`, 'elementor-section-height-min-height hero')}
${sec('b1', `${text('b2', rIntro)}\n${head('b3', rH1)}\n${text('b4', rBeginner)}\n${icons('b5', rBegList)}`)}
${sec(
  'c1',
  `${head('c2', rH2)}\n${text('c3', rGroup)}
${price('c4', rPrices[0] ?? '', rPrices[1] ?? '')}\n${price('c5', rPrices[2] ?? '', rPrices[3] ?? '')}`,
)}
${sec('d1', `${head('d2', rH3)}\n${text('d3', rPony)}\n${price('d4', rPrices[4] ?? '', rPrices[5] ?? '')}`)}
${sec('e1', `${head('e2', rH4)}\n${icons('e3', rWear)}\n${head('e4', rH5)}\n${text('e5', rBook)}`)}
${sec(
  'f1',
  `${head('f2', 'What our riders say', 'h3')}
${w(
  'f3',
  'testimonial-carousel',
  `<div class="elementor-testimonial__content">
<div class="elementor-testimonial__text">My daughter went from nervous to cantering in one
summer. The instructors are patient and kind.</div><cite class="elementor-testimonial__cite"><span class="elementor-testimonial__name">Joanne P.</span>
<span class="elementor-testimonial__title">Parent</span></cite></div>`,
)}`,
  'testimonials',
)}
${sec(
  'g1',
  `${head('g2', 'Ready to ride?', 'h3')}
${w(
  'g3',
  'form',
  `<form class="elementor-form" method="post"
name="Lesson enquiry"><div class="elementor-form-fields-wrapper"><div class="elementor-field-group">
<label for="form-field-name" class="elementor-field-label">Your name</label><input type="text" name="form_fields[name]" id="form-field-name"
class="elementor-field"></div>
<div class="elementor-field-group"><label for="form-field-email" class="elementor-field-label">Email</label><input type="email" id="form-field-email"></div>
<button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-text">Send enquiry</span></button></div></form>`,
)}`,
  'cta',
)}</div>
<div data-elementor-type="footer" data-elementor-id="61" class="elementor elementor-61 elementor-location-footer">
${sec('ft1', `${text('ft2', rFoot)}\n${w('ft3', 'text-editor', '<p>© 2026 Fernhill Riding School. Website by Bramford Web Co.</p>')}`)}</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script src="https://fernhillriding.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4"
id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout424-elementor-riding-school-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [rH1, rH2, rH3, rH4, rH5],
  body: texts([rSub, ...rIntro, ...rBeginner, ...rBegList, ...rGroup, ...rPony, ...rWear, ...rBook]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...rMenu, 'Book a lesson', ...rPrices, 'Book now', 'What our riders say',
    'My daughter went from nervous to cantering in one summer. The instructors are patient and kind.', 'Joanne P.', 'Parent', 'Ready to ride?',
    'Your name', 'Email', 'Send enquiry', ...rFoot, '© 2026 Fernhill Riding School. Website by Bramford Web Co.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic.', 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT424_E: readonly TestPage[] = [elementor, wix];
