import { links, type TestPage, texts } from './page-kit.js';
import { portalListing } from './pages-heldout365-c2.js';
import { j } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file c: a supplier guidance page built with Elementor on WordPress (Elementor Pro header and footer
 * templates, the CookieYes banner, heading / text-editor / icon-list / toggle / call-to-action widgets, a "Download the guide"
 * button box and a contact form widget) and, from file c2, a tender portal's opportunity listing.
 */
const eTitle = 'Selling to the Trust: a guide for suppliers';
const eHeads = ['How we buy', 'Before you bid', 'Writing a good tender response', 'Getting paid'];
const eHow = [
  j(
    'Northmere Community Health Trust spends around £180 million a year with outside suppliers, on everything from clinical',
    'consumables and laboratory services to building repairs, software and patient transport. We want more of that money to reach',
    'small firms, social enterprises and businesses based in the communities we serve.',
  ),
  j(
    'How we buy depends on the value of the contract. For purchases under £25,000 we ask for at least three written quotes. Between',
    '£25,000 and the public procurement thresholds we run an open quotation on our e-tendering portal. Above the thresholds we',
    'follow the full procedures in procurement law and advertise the opportunity nationally.',
  ),
];
const eBefore = [
  'Register on our e-tendering portal and choose the categories you supply, so you receive alerts for new opportunities.',
  'Check our published pipeline, which lists the contracts we expect to tender over the next eighteen months.',
  'Make sure your insurance, health and safety policy and accounts are up to date, as we ask for them at the selection stage.',
  'Come to one of our quarterly “meet the buyer” sessions, held online and at our headquarters in Castlegate.',
];
const eWrite = [
  j(
    'Read the whole tender pack before you start writing, and answer the question that is asked. Evaluators score each answer',
    'against the published criteria, and they can only score what is on the page. Generic marketing text rarely earns marks.',
  ),
  j(
    'Use evidence. If you say you respond to urgent call-outs within four hours, tell us how often you met that target for another',
    'customer last year. Keep within the word limits; text beyond the limit is not read.',
  ),
  j(
    'Social value is worth at least ten percent of the marks on every contract over £100,000. Tell us what you will actually do',
    'for the local area during the contract, such as jobs, training places or volunteering, and how you will report on it.',
  ),
];
const ePaid = [
  j(
    'We pay undisputed invoices within 30 days, and we aim to pay small local suppliers within 10 days. Every invoice must quote a',
    'valid purchase order number, or it will be returned to you. Invoices should be emailed to our accounts payable team as PDF',
    'files, one invoice per file.',
  ),
  j(
    'If you have a problem with a late payment, contact the procurement team first. We publish our payment performance every',
    'quarter and take complaints about late payment seriously.',
  ),
];
const eToggles: [string, string][] = [
  ['Can we bid as a consortium?', 'Yes. Tell us at the selection stage who the lead partner is and what each member will deliver.'],
  ['Do you accept late tenders?', 'No. The portal closes at the deadline and we cannot accept responses sent by email.'],
];
const eNav = ['About us', 'Our services', 'Working with us', 'Careers', 'News', 'Contact'];
const eFoot = ['Privacy notice', 'Accessibility statement', 'Freedom of information', 'Modern slavery statement'];
const el = (
  id: string,
  widget: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${widget}"
data-id="${id}" data-element_type="widget" data-widget_type="${widget}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const h2 = (id: string, t: string): string => el(id, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const te = (id: string, pars: string[]): string => el(id, 'text-editor', pars.map((p) => `<p>${p}</p>`).join('\n'));
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const eHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Northmere Community Health Trust</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-2291-css" href="/wp-content/uploads/elementor/css/post-2291.css?ver=1719302211" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"datePublished":"2025-11-04T09:12:40+00:00","dateModified":"2026-05-19T15:02:11+00:00"}]}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","is_rtl":false};</script>
</head><body class="page-template-default page page-id-2291 elementor-default elementor-kit-7 elementor-page elementor-page-2291">
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking “Accept All”, you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">${sec(
  '5c1d0e2',
  `${el('a31b7c9', 'theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2024/02/nchT-logo.svg" alt="Northmere Community Health Trust"></a>')}
${el(
  'b7e20f4',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul
class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
)}`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="2291" class="elementor elementor-2291"><div id="content">${sec(
  '1f0a9d3',
  `${el(
    'c90ad14',
    'breadcrumbs',
    '<p id="breadcrumbs"><span><a href="/">Home</a> » <a href="/working-with-us/">Working with us</a> » ' + '<span>Supplier guide</span></span></p>',
  )}
${el('d2e4a11', 'heading', `<h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1>`)}
${el(
  'e51f3b0',
  'post-info',
  '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">' +
    '<li class="elementor-icon-list-item">Last updated: 19 May 2026</li></ul>',
)}`,
)}
${sec('2a7b6e1', `${h2('f3c8b72', eHeads[0] ?? '')}${te('0b9d2c4', eHow)}`)}
${sec(
  '3b1c5d8',
  `${h2('1a2b3c4', eHeads[1] ?? '')}${el(
    '7d6e5f4',
    'icon-list',
    `<ul class="elementor-icon-list-items">${eBefore
      .map(
        (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
      )
      .join('\n')}</ul>`,
  )}`,
)}
${sec(
  '4c2d6e9',
  `${el(
    '8e7f6a5',
    'call-to-action',
    `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Download the guide</h3>
<div class="elementor-cta__description">A printable version of this guide, with our standard terms, as a PDF (412 KB).</div>
<a class="elementor-cta__button elementor-button" href="/wp-content/uploads/2026/05/supplier-guide.pdf">Download PDF</a></div></div>`,
  )}`,
)}
${sec('5d3e7f0', `${h2('9f8a7b6', eHeads[2] ?? '')}${te('2c3d4e5', eWrite)}${h2('3d4e5f6', eHeads[3] ?? '')}${te('4e5f6a7', ePaid)}`)}
${sec(
  '6e4f8a1',
  `${h2('5f6a7b8', 'Frequently asked questions')}${el(
    '6a7b8c9',
    'toggle',
    `<div class="elementor-toggle" role="tablist">${eToggles
      .map(
        (
          [q, a],
          i,
        ) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-${i}" class="elementor-tab-title" role="tab"><a class="elementor-toggle-title"
tabindex="0">${q}</a></div><div class="elementor-tab-content elementor-clearfix" role="region"><p>${a}</p></div></div>`,
      )
      .join('\n')}</div>`,
  )}`,
)}
${sec(
  '7f5a9b2',
  `${h2('7b8c9d0', 'Contact the procurement team')}${el(
    '8c9d0e1',
    'form',
    `<form class="elementor-form" method="post" name="Supplier enquiry">
<label for="form-field-name" class="elementor-field-label">Name</label><input type="text" id="form-field-name" class="elementor-field">
<label for="form-field-email" class="elementor-field-label">Email address</label><input type="email" id="form-field-email" class="elementor-field">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Send enquiry</span></button></form>`,
  )}`,
)}</div></div>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">${sec(
  '9a7b1c4',
  `${el('9d0e1f2', 'nav-menu', `<ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul>`)}
${el('0e1f2a3', 'text-editor', '<p>© 2026 Northmere Community Health Trust. Registered office: Castlegate House, Northmere NM2 8PL.</p>')}`,
)}</div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const elementorGuide: TestPage = {
  name: 'heldout365-elementor-supplier-guide-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...eHeads, 'Frequently asked questions'],
  body: texts([...eHow, ...eBefore, ...eWrite, ...ePaid, ...eToggles.flat()]),
  bylines: ['Last updated: 19 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking “Accept All”, you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All', 'Skip to content', ...eNav, 'Supplier guide', 'Download the guide',
    'A printable version of this guide, with our standard terms, as a PDF (412 KB).', 'Download PDF', 'Contact the procurement team', 'Name', 'Email address',
    'Send enquiry', ...eFoot, '© 2026 Northmere Community Health Trust. Registered office: Castlegate House, Northmere NM2 8PL.',
  ],
};

export const HELDOUT365_C: readonly TestPage[] = [elementorGuide, portalListing];
