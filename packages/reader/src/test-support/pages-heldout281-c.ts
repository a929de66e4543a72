import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout281-kit.js';
import { eurlex } from './pages-heldout281-c2.js';

/**
 * Held-out batch 281, file c: a terms-of-service page built with the Elementor page builder on WordPress (nested
 * elementor-section / column / widget wrappers, a header built from widgets, an icon-box promo, a popup newsletter form,
 * cookie notice, footer template) and, from file c2, an EUR-Lex-style regulation text.
 */
const tTitle = 'Terms of Service';
const tHeads = ['1. Accepting these terms', '2. Bookings and payment', '3. Cancellations by you', '4. Cancellations by us', '5. Liability', '6. Governing law'];
const t1 = [
  j(
    'These terms apply to every booking made with Saltmarsh Kayak Tours, whether on this website, by phone or in person at our',
    'boathouse in Wendle Quay. By making a booking you agree to them on behalf of yourself and everyone in your group.',
  ),
];
const t2 = [
  j(
    'A booking is confirmed when we send you a confirmation email. Tours must be paid in full at the time of booking, except group',
    'bookings of ten or more people, which need a deposit of 25% and the balance fourteen days before the tour.',
  ),
  'Prices include the guide, kayak, paddle, buoyancy aid and dry bag. Wetsuits can be hired for an extra charge.',
];
const t3 = [
  'If you cancel, we refund your payment as follows:',
  'more than 7 days before the tour: a full refund;',
  'between 2 and 7 days before the tour: a 50% refund, or a free move to another date;',
  'less than 48 hours before the tour: no refund, although we will try to move you to another date if places are free.',
];
const t4 = [
  j(
    'Paddling depends on wind and tide. If our guides decide that conditions are unsafe we will cancel the tour, and you may',
    'choose either a full refund or another date. We are not responsible for travel or accommodation costs you have paid.',
  ),
];
const t5 = [
  j(
    'Kayaking carries some risk, and you must tell us about any medical condition that may affect you on the water. You must',
    "follow your guide's instructions at all times. Nothing in these terms limits our liability for death or personal injury caused",
    'by our negligence, or any other liability that cannot be limited by law.',
  ),
  j(
    'Otherwise our total liability to you for any booking is limited to the price you paid for it. We are not liable for loss of',
    'or damage to personal items you bring on a tour, so please leave valuables in the lockers at the boathouse.',
  ),
];
const tExtra = ['By using our website you also agree to our privacy notice, which explains how we use your details.'];
const t6 = ['These terms are governed by the law of the Kingdom of Sorrel, and its courts have jurisdiction over any dispute about them.'];
const tNav = ['Our Tours', 'Private Groups', 'Gift Vouchers', 'About Us', 'FAQ', 'Contact'];
const tFoot = ['Privacy Policy', 'Terms of Service', 'Accessibility', 'Careers'];
const w = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-section-boxed" data-element_type="section"><div class="elementor-container">
<div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${inner}</div></div></div></section>`;
const h = (t: string): string => w('heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const ed = (paras: readonly string[]): string => w('text-editor', ps(paras));
const tHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Terms of Service – Saltmarsh Kayak Tours</title>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Terms of Service"}]}</script></head>
<body class="page-template-default page elementor-default elementor-kit-7 elementor-page elementor-page-412">
<div data-elementor-type="header" class="elementor elementor-location-header">${sec(
  `${w('theme-site-logo', '<a href="/">Saltmarsh Kayaks</a>')}
${w('nav-menu', `<nav class="elementor-nav-menu--main"><ul>${links(tNav, 'menu-item')}</ul></nav>`)}
${w('button', '<a class="elementor-button" href="/book"><span class="elementor-button-text">Book a Tour</span></a>')}`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">${sec(
  `${w('heading', `<h1 class="elementor-heading-title elementor-size-xl">${tTitle}</h1>`)}
${w('text-editor', '<p class="terms-updated">Effective from 1 March 2026</p>')}`,
)}
${sec(ed(t1))}
${sec(h(tHeads[0] ?? '') + ed(tExtra))}
${sec(h(tHeads[1] ?? '') + ed(t2))}
<section class="elementor-section elementor-inner-section promo-strip"><div class="elementor-container">${w(
  'icon-box',
  `<div class="elementor-icon-box-wrapper"><h3 class="elementor-icon-box-title">Looking for a gift?</h3>
<p class="elementor-icon-box-description">Our vouchers are valid for two years.</p></div>`,
)}${w('button', '<a class="elementor-button" href="/gift-vouchers"><span class="elementor-button-text">Buy a voucher</span></a>')}</div></section>
${sec(
  h(tHeads[2] ?? '') +
    w(
      'text-editor',
      `<p>${t3[0]}</p><ul>${t3
        .slice(1)
        .map((t) => `<li>${t}</li>`)
        .join('')}</ul>`,
    ),
)}
${sec(h(tHeads[3] ?? '') + ed(t4))}
${sec(h(tHeads[4] ?? '') + ed(t5))}
${sec(h(tHeads[5] ?? '') + ed(t6))}
</div>
<div data-elementor-type="footer" class="elementor elementor-location-footer">${sec(
  `${w('heading', '<h4 class="elementor-heading-title">Saltmarsh Kayak Tours, The Boathouse, Wendle Quay</h4>')}
${w('icon-list', `<ul class="elementor-icon-list-items">${links(tFoot, 'elementor-icon-list-item')}</ul>`)}
${w('text-editor', '<p>© 2026 Saltmarsh Kayak Tours. Registered in Sorrel No. 448120.</p>')}`,
)}</div>
<div data-elementor-type="popup" class="elementor elementor-location-popup" data-elementor-settings='{"triggers":{"page_load_delay":8}}'>${sec(
  `${w('heading', '<h2 class="elementor-heading-title">Get tide tables and early-bird offers</h2>')}${w(
    'form',
    `<form class="elementor-form"><input type="email" name="form_fields[email]" placeholder="Your email">
<button type="submit"><span>Subscribe</span></button></form>`,
  )}`,
)}</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to give you the best experience on our website.</span>
<a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a><a role="button" class="cli_settings_button">Cookie Settings</a></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":412,"title":"Terms of Service"}};</script></body></html>`;
const terms: TestPage = {
  name: 'heldout281-elementor-terms-of-service-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...t1, ...tExtra, ...t2, ...t3, ...t4, ...t5, ...t6]),
  bylines: ['Effective from 1 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltmarsh Kayaks', ...tNav, 'Book a Tour', 'Looking for a gift?', 'Our vouchers are valid for two years.', 'Buy a voucher',
    'Saltmarsh Kayak Tours, The Boathouse, Wendle Quay', 'Privacy Policy', 'Accessibility', 'Careers',
    '© 2026 Saltmarsh Kayak Tours. Registered in Sorrel No. 448120.', 'Get tide tables and early-bird offers', 'Subscribe',
    'We use cookies to give you the best experience on our website.', 'Accept', 'Cookie Settings',
  ],
};

export const HELDOUT281_C: readonly TestPage[] = [terms, eurlex];
