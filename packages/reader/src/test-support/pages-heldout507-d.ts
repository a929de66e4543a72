import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout507-kit.js';

/**
 * Held-out batch 507, file d: a community-owned venue's weddings and parties hire page built with Elementor (Hello Elementor,
 * theme-builder header and footer, price tables, icon list, enquiry form), and a community centre's FAQ page on Webflow
 * (dropdown questions, navbar, Webflow badge).
 */
const eTitle = 'Weddings & Celebrations at The Old Granary';
const eIntro = [
  j(
    'The Old Granary is a restored 18th-century barn in the middle of Cotterill, owned by the village and run by a community',
    'benefit society. Its oak beams, flagstone floor and walled garden make it a favourite for weddings, birthdays and wakes.',
  ),
  j('You bring your own caterer and your own drinks, or choose from our list of local suppliers. Every penny of profit goes back', 'into village projects.'),
];
const ePacks: [string, string, string[]][] = [
  ['Afternoon', '£260 per event', ['12 noon to 6pm', 'Barn and garden', 'Tables, chairs and linen', 'Up to 80 guests']],
  ['Evening', '£450 per event', ['5pm to midnight', 'Barn, garden and bar area', 'Festoon lighting and PA', 'Up to 120 guests']],
  ['Full day', '£780 per event', ['9am to midnight', 'Whole venue and kitchen', 'Set-up the evening before', 'Up to 120 guests']],
];
const eGood = [
  'Local residents receive 20% off all packages.',
  'A deposit of £200 secures your date; the balance is due eight weeks before.',
  'Amplified music must end at 11.30pm.',
  'There is parking for 40 cars on the recreation ground.',
];
const eH = ['Our packages', 'Good to know'];
const eNav = ['Home', 'Weddings', 'Meetings', 'Events', 'The Society', 'Contact'];
const eForm = ['Your name', 'Email', 'Preferred date', 'Number of guests', 'Tell us about your event', 'Send enquiry'];
const wid = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column
elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const price = ([h, p, f]: [string, string, string[]]): string => `<div class="elementor-price-table"><div class="elementor-price-table__header">
<h3 class="elementor-price-table__heading">${h}</h3></div><div class="elementor-price-table__price">
<span class="elementor-price-table__currency">£</span>
<span class="elementor-price-table__integer-part">${p.slice(1, 4)}</span>
<span class="elementor-price-table__period elementor-typo-excluded">${p.slice(5)}</span></div>
<ul class="elementor-price-table__features-list">${f
  .map(
    (t) => `<li class="elementor-repeater-item-a1"><div class="elementor-price-table__feature-inner">
<i aria-hidden="true" class="fas fa-check"></i><span>${t}</span></div></li>`,
  )
  .join('\n')}</ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="#enquire">Enquire</a></div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Weddings &amp; Celebrations | The Old Granary, Cotterill</title><meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading">
<link rel="stylesheet" id="hello-elementor-css" href="https://oldgranarycotterill.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-post-112-css" href="https://oldgranarycotterill.co.uk/wp-content/uploads/elementor/css/post-112.css?ver=1714060231"
media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"EventVenue","name":"The Old Granary","address":"Mill Street, Cotterill"}</script>
<style id="elementor-frontend-inline-css">.elementor-kit-5{--e-global-color-primary:#6B4F2A;}</style></head>
<body class="page-template page-template-elementor_header_footer page page-id-112 wp-custom-logo elementor-default elementor-template-full-width
elementor-kit-5 elementor-page elementor-page-112">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  '3f1a2b7',
  `${wid(
    'theme-site-logo',
    '<a href="https://oldgranarycotterill.co.uk">' + '<img src="/wp-content/uploads/2023/09/granary-logo.svg" alt="The Old Granary"></a>',
    '5c1d9e0',
  )}
${wid(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline"><ul id="menu-1-7a2c"
class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><span
class="elementor-screen-only">Menu</span></div>`,
  '7a2c5d1',
)}`,
)}
</div>
<main id="content" class="site-main post-112 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="112" class="elementor elementor-112" data-elementor-post-type="page">
${sec(
  'b41c6e2',
  `${wid('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle.replace('&', '&amp;')}</h1>`, 'c9e02a4')}
${wid('text-editor', eIntro.map((t) => `<p>${t}</p>`).join('\n'), 'd17f3b8')}
${wid(
  'button',
  '<div class="elementor-button-wrapper">' +
    '<a class="elementor-button elementor-button-link elementor-size-sm" href="/wp-content/uploads/2027/01/granary-brochure.pdf">' +
    '<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Download our brochure</span></span></a></div>',
  'e2a8f61',
)}`,
)}
${sec(
  'a0b3c4d',
  `${wid('heading', `<h2 class="elementor-heading-title elementor-size-default">${eH[0]}</h2>`, 'f3c7a19')}
${ePacks.map((p, i) => wid('price-table', price(p), `91b${i}e4c`)).join('\n')}`,
)}
${sec(
  '6d2e8f0',
  `${wid('heading', `<h2 class="elementor-heading-title elementor-size-default">${eH[1]}</h2>`, '1e4b7c2')}
${wid(
  'icon-list',
  `<ul class="elementor-icon-list-items">${eGood
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-leaf"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
  '2f5c8d3',
)}`,
)}
${sec(
  'enquire',
  `${wid('heading', '<h2 class="elementor-heading-title elementor-size-default">Check your date</h2>', '4a7d0e5')}
${wid(
  'form',
  `<form class="elementor-form" method="post" name="Wedding enquiry"><div class="elementor-form-fields-wrapper elementor-labels-above">
${eForm
  .slice(0, 5)
  .map(
    (t, i) => `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-f${i} elementor-col-50">
<label for="form-field-f${i}" class="elementor-field-label">${t}</label><input type="text" name="form_fields[f${i}]" id="form-field-f${i}"
class="elementor-field elementor-size-sm"></div>`,
  )
  .join('\n')}
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit"
class="elementor-button elementor-size-sm">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${eForm[5]}</span></span></button></div></div></form>`,
  '5b8e1f6',
)}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="58" class="elementor elementor-58 elementor-location-footer" data-elementor-post-type="elementor_library">
${sec(
  '8c3d1a7',
  `${wid(
    'text-editor',
    '<p>The Old Granary, Mill Street, Cotterill, Shropshire SY7 2LB</p>' + '<p>Cotterill Community Benefit Society Ltd, registered no. 8127</p>',
    '9d4e2b8',
  )}
${wid(
  'social-icons',
  '<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item">' +
    '<a class="elementor-icon elementor-social-icon elementor-social-icon-instagram" href="https://instagram.com/oldgranarycotterill">' +
    '<span class="elementor-screen-only">Instagram</span><i class="fab fa-instagram"></i></a></span></div>',
  'ae5f3c9',
)}
${wid('text-editor', '<p>© 2027 The Old Granary. All rights reserved.</p>', 'bf604da')}`,
)}
</div>
<script src="https://oldgranarycotterill.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4"
id="elementor-frontend-js"></script></body></html>`;
const elementorVenue: TestPage = {
  name: 'heldout507-elementor-venue-hire',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eH[0] ?? '', ...ePacks.map(([h]) => h), eH[1] ?? ''],
  body: [...eIntro, ...ePacks.flatMap(([, p, f]) => [p, ...f]), ...eGood],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Weddings'), 'Menu', 'Download our brochure', 'Enquire', 'Check your date', ...eForm,
    'The Old Granary, Mill Street, Cotterill, Shropshire SY7 2LB', 'Cotterill Community Benefit Society Ltd, registered no. 8127', 'Instagram',
    '© 2027 The Old Granary. All rights reserved.',
  ],
};

const fTitle = 'Frequently asked questions';
const fQs: [string, string][] = [
  [
    'Do I need to be a member to use the centre?',
    'No. Anyone can come to our activities or hire a room. Membership is £5 a year and gives you a vote at the AGM and 10% off room hire.',
  ],
  [
    'How far ahead can I book a room?',
    'Regular hirers can book up to twelve months ahead. One-off bookings open six months ahead, on the first working day of each month.',
  ],
  [
    'Is there parking?',
    'There are 18 spaces behind the centre, including two accessible bays. The spaces are shared with the surgery during weekday mornings.',
  ],
  [
    'Can we bring our own food and drink?',
    j(
      'Yes. You are welcome to use the kitchen. If you want to sell alcohol you will need a Temporary Event Notice from the council,',
      'and you must let us see it at least a week before your event.',
    ),
  ],
  ['Do you have a hearing loop?', 'Yes, in the Main Hall and at the reception desk.'],
  [
    'How do I report a problem with the building?',
    'Tell the duty manager, or email building@penningtonroad.org with a photo if you can. Urgent problems out of hours: 07700 900 418.',
  ],
];
const fNav = ['What’s on', 'Room hire', 'Café', 'Get involved', 'FAQs', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jan 18 2027 10:14:52 GMT+0000 -->
<html data-wf-domain="www.penningtonroad.org" data-wf-page="65a1f0c2d4e8b9a1c3f2e7d0" data-wf-site="65a1f0c2d4e8b9a1c3f2e6a9" lang="en"><head><meta
charset="utf-8">
<title>FAQs | Pennington Road Community Centre</title><meta content="Answers to common questions about room hire, parking, membership and more."
name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2d4e8b9a1c3f2e6a9/css/pennington-road.webflow.2f1c9a7e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Is there parking?"}]}</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar
w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/65a1f0c2d4e8b9a1c3f2e6a9/65a1f3_logo.svg" loading="lazy"
alt="Pennington Road Community Centre" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/\W+/g, '-')}" class="nav-link
w-nav-link${t === 'FAQs' ? ' w--current' : ''}"${t === 'FAQs' ? ' aria-current="page"' : ''}>${t}</a>`,
  )
  .join('\n')}
<a href="/donate" class="nav-button w-button">Donate</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="w-container"><h1 class="heading-faq">${fTitle}</h1>
<p class="paragraph-hero">Can’t find what you’re looking for? Send us a message and we’ll get back to you.</p></div></section>
<section class="section-faq"><div class="container-faq w-container">
${fQs
  .map(
    ([q, a], i) => `<div data-hover="false" data-delay="0" class="faq-dropdown w-dropdown"><div class="faq-toggle w-dropdown-toggle" id="w-dropdown-toggle-${i}"
aria-controls="w-dropdown-list-${i}" aria-haspopup="menu" aria-expanded="false" role="button" tabindex="0"><div class="faq-icon w-icon-dropdown-toggle"
aria-hidden="true"></div>
<div class="faq-question">${q}</div></div><nav class="faq-answer w-dropdown-list" id="w-dropdown-list-${i}" aria-labelledby="w-dropdown-toggle-${i}">
<p class="faq-answer-text">${a}</p></nav></div>`,
  )
  .join('\n')}
</div></section>
<section class="section-cta"><div class="w-container"><h2 class="heading-cta">Still have a question?</h2><a href="/contact" class="button-cta
w-button">Get in touch</a></div></section>
<footer class="footer"><div class="footer-container w-container"><div class="footer-col"><div class="footer-heading">Visit</div>
<div class="footer-text">Pennington Road Community Centre<br>112 Pennington Road, Leeds LS11 8QD</div></div>
<div class="footer-col"><div class="footer-heading">Follow us</div><a href="https://facebook.com/penningtonroadcc" class="footer-link">Facebook</a></div>
<div class="footer-bottom"><div class="copyright">© 2027 Pennington Road Community Centre CIC. Company no. 10482237</div></div></div></footer>
<a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs"><img
src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-icon-d2.89e12c322e.svg" alt="">
<img src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-text-d2.c82cec3b78.svg" alt="Made in Webflow"></a>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f0c2d4e8b9a1c3f2e6a9/js/webflow.8f2d1c.js" type="text/javascript"></script></body></html>`;
const webflowFaq: TestPage = {
  name: 'heldout507-webflow-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(['Can’t find what you’re looking for? Send us a message and we’ll get back to you.', ...fQs.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'Room hire'), 'Donate', 'Still have a question?', 'Get in touch', 'Visit', 'Pennington Road Community Centre',
    '112 Pennington Road, Leeds LS11 8QD', 'Follow us',
    'Facebook', '© 2027 Pennington Road Community Centre CIC. Company no. 10482237',
  ],
};

export const HELDOUT507_D: readonly TestPage[] = [elementorVenue, webflowFaq];
