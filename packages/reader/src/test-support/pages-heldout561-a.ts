import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout561-kit.js';

/**
 * Held-out batch 561, file a: a certified translation service page built with Elementor on the Hello Elementor theme (Elementor
 * Pro header and footer, testimonial carousel, accordion, Complianz cookie banner).
 */
const eTitle = 'Certified Translation Services';
const eDek = 'Official translations of your personal, legal and academic documents, accepted by courts, universities and immigration offices.';
const eWhatH = 'What is a certified translation?';
const eWhat = [
  j(
    'A certified translation is a complete translation of a document that comes with a signed statement from the translator or',
    'agency confirming that it is a true and accurate rendering of the original. Each page is stamped, and the statement gives',
    'the translator&rsquo;s name, qualifications and contact details so that the receiving office can check it.',
  ),
  j(
    'All our certified translations are produced by members of the Institute of Linguists and Translators of Kestrel Bay and',
    'checked by a second linguist before they are signed. If an office asks for a notarised copy, we can arrange that too.',
  ),
];
const eDocsH = 'Documents we translate';
const eDocs = [
  'Birth, marriage and death certificates',
  'Divorce decrees and adoption papers',
  'Degree certificates, diplomas and transcripts',
  'Driving licences and police clearance certificates',
  'Bank statements, payslips and tax returns',
  'Medical records and vaccination cards',
];
const eHowH = 'How it works';
const eSteps: readonly (readonly [string, string])[] = [
  ['1. Send us a scan', 'Upload a clear photo or scan of every page, including stamps and the back of the document if anything is written there.'],
  ['2. Get a fixed quote', 'We reply within one working hour with a fixed price and a delivery date. There are no extra charges later.'],
  ['3. Receive your translation', 'You get a signed PDF by email, and the stamped paper copy is posted to you by tracked mail the same day.'],
];
const ePriceH = 'Turnaround and pricing';
const ePrice = [
  j(
    'Standard certificates cost £35 a page and are ready in two working days. Longer documents are priced by the word, from',
    '£0.09 a word for common languages. An express service, delivered the next working day, adds 50% to the price.',
  ),
];
const eFaqH = 'Frequently asked questions';
const eFaq: readonly (readonly [string, string])[] = [
  [
    'Will my translation be accepted by the immigration office?',
    'Yes. Our certified translations meet the requirements of the Kestrel Bay Immigration Service and of most embassies.',
  ],
  ['Do you need the original document?', 'No. A good scan is enough. We never ask you to post the original.'],
  ['Can you translate a document that is handwritten?', 'Yes, as long as the writing is legible. We will tell you in the quote if any part cannot be read.'],
];
const eTestimonials = [
  '“My degree certificate was translated in a day and the university accepted it without a question.”',
  'Tomasz W., Kestrel Bay',
  '“Clear price, quick answers and a very neat stamped copy.”',
  'Adaeze O., Harrowgate',
];
const eNav = ['Services', 'Languages', 'Interpreting', 'About Us', 'Contact'];
const eFootA = ['Certified Translation', 'Legal Translation', 'Medical Translation', 'Website Localisation'];
const eFootB = ['About Us', 'Careers', 'Cookie Policy', 'Privacy Statement'];
const eW = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget" ` +
  `data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eSec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed ` +
  `elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">` +
  `<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">` +
  `<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eH2 = (id: string, t: string): string => eW(id, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const eBoxes = eSteps
  .map(([h, p], i) =>
    eW(
      `5c1${i}`,
      'icon-box',
      `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-">
<i aria-hidden="true" class="fas fa-file-upload"></i></span></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span>${h}</span>
</h3><p class="elementor-icon-box-description">${p}</p></div></div>`,
    ),
  )
  .join('\n');
const eAcc = eFaq
  .map(
    ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-217${i + 1}" class="elementor-tab-title" data-tab="${i + 1}"
role="button" aria-controls="elementor-tab-content-217${i + 1}" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-right"
aria-hidden="true"><i class="fas fa-plus"></i></span><a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-217${i + 1}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"
aria-labelledby="elementor-tab-title-217${i + 1}"><p>${a}</p></div></div>`,
  )
  .join('\n');
const eIcons = eDocs
  .map(
    (d) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${d}</span></li>`,
  )
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Certified Translation Services | Brightwater Translation Co.</title>
<meta name="description" content="Certified translations of certificates, diplomas and legal documents from £35 a page.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"isPartOf":{"@id":"https://brightwatertranslation.example/#website"}},{"@type":"Organization","name":"Brightwater Translation Co."}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://brightwatertranslation.example/wp-content/plugins/elementor/assets/css/frontend.min.css'
media='all'>
<link rel='stylesheet' id='elementor-post-412-css' href='https://brightwatertranslation.example/wp-content/uploads/elementor/css/post-412.css' media='all'>
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;right:10px;z-index:99}</style></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 wp-custom-logo elementor-default elementor-template-full-width
elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="87" class="elementor elementor-87 elementor-location-header" data-elementor-post-type="elementor_library">
${eSec('1a2b3c4', `${eW('7d1e2f3', 'text-editor', `<p>Call us: +44 1632 960 418 &nbsp;|&nbsp; Mon–Fri 8:30–18:00</p>`)}`)}
${eSec(
  '2b3c4d5',
  `${eW(
    '8e2f3a4',
    'theme-site-logo',
    `<a href="/"><img width="220" height="48" src="/wp-content/uploads/2025/02/brightwater-logo.svg"
alt="Brightwater Translation Co."></a>`,
  )}
${eW(
  '4b1e2c7',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-4b1e2c7" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-4b1e2c7"
class="elementor-nav-menu">${links(eNav)}</ul></nav>`,
)}
${eW(
  '9f3a4b5',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/quote/"><span
class="elementor-button-text">Get a Free Quote</span></a></div>`,
)}`,
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${eSec(
  '3c4d5e6',
  `${eW('a1b2c3d', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW('b2c3d4e', 'text-editor', `<p>${eDek}</p>`)}
${eW(
  'c3d4e5f',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/upload/"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Upload Your Document</span></span></a></div>`,
)}`,
)}
${eSec(
  '4d5e6f7',
  `${eH2('d4e5f6a', eWhatH)}${eW('e5f6a7b', 'text-editor', ps(eWhat))}
${eH2('f6a7b8c', eDocsH)}${eW('a7b8c9d', 'icon-list', `<ul class="elementor-icon-list-items">${eIcons}</ul>`)}`,
)}
${eSec('5e6f7a8', `${eH2('b8c9d0e', eHowH)}${eBoxes}`)}
${eSec('6f7a8b9', `${eH2('c9d0e1f', ePriceH)}${eW('d0e1f2a', 'text-editor', ps(ePrice))}`)}
${eSec(
  '7a8b9c0',
  eW(
    'e1f2a3b',
    'testimonial-carousel',
    `<div class="elementor-main-swiper swiper" role="region" aria-roledescription="carousel" aria-label="Slides">
<div class="swiper-wrapper"><div class="swiper-slide" role="group" aria-roledescription="slide"><div class="elementor-testimonial"><div
class="elementor-testimonial__content">
<div class="elementor-testimonial__text">${eTestimonials[0]}</div><cite class="elementor-testimonial__cite"><span
class="elementor-testimonial__name">${eTestimonials[1]}</span>
</cite></div></div></div><div class="swiper-slide" role="group" aria-roledescription="slide"><div class="elementor-testimonial"><div
class="elementor-testimonial__content">
<div class="elementor-testimonial__text">${eTestimonials[2]}</div><cite class="elementor-testimonial__cite"><span
class="elementor-testimonial__name">${eTestimonials[3]}</span>
</cite></div></div></div></div></div>`,
  ),
)}
${eSec('8b9c0d1', `${eH2('f2a3b4c', eFaqH)}${eW('a3b4c5d', 'accordion', `<div class="elementor-accordion">${eAcc}</div>`)}`)}
${eSec(
  '9c0d1e2',
  `${eH2('b4c5d6e', 'Need a translation today?')}${eW('c5d6e7f', 'text-editor', `<p>Send us your document now and get a fixed quote within the hour.</p>`)}
${eW(
  'd6e7f8a',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-lg" href="/quote/"><span
class="elementor-button-text">Request a Quote</span></a></div>`,
)}`,
)}
</div>
<div data-elementor-type="footer" data-elementor-id="93" class="elementor elementor-93 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSec(
  '0d1e2f3',
  `${eW('e7f8a9b', 'heading', `<h4 class="elementor-heading-title elementor-size-default">Our Services</h4>`)}
${eW('f8a9b0c', 'nav-menu', `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFootA)}</ul></nav>`)}
${eW('a9b0c1d', 'heading', `<h4 class="elementor-heading-title elementor-size-default">Company</h4>`)}
${eW('b0c1d2e', 'nav-menu', `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFootB)}</ul></nav>`)}
${eW('c1d2e3f', 'text-editor', `<p>14 Quayside Row, Kestrel Bay KB3 7QT</p>`)}
${eW('d2e3f4a', 'text-editor', `<p>© 2026 Brightwater Translation Co. All rights reserved.</p>`)}`,
)}
</div>
<div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite"
aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-title"
id="cmplz-header-1-optin">Manage Cookie Consent</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog">×</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy/">Cookie Policy</a></li>
<li><a class="cmplz-link privacy-statement" href="/privacy-statement/">Privacy Statement</a></li></ul></div></div>
<script src='https://brightwatertranslation.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js' id='elementor-pro-frontend-js'></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout561-elementor-certified-translation',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eWhatH, eDocsH, eHowH, ...eSteps.map(([h]) => h), ePriceH, eFaqH],
  body: texts([eDek, ...eWhat, ...eDocs, ...eSteps.map(([, p]) => p), ...ePrice, ...eFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call us: +44 1632 960 418 | Mon–Fri 8:30–18:00', 'Interpreting', 'About Us',
    'Get a Free Quote', 'Upload Your Document', ...eTestimonials,
    'Need a translation today?', 'Send us your document now and get a fixed quote within the hour.', 'Request a Quote', 'Our Services', ...eFootA.slice(1),
    'Company', 'Careers', 'Cookie Policy', 'Privacy Statement',
    '14 Quayside Row, Kestrel Bay KB3 7QT', '© 2026 Brightwater Translation Co. All rights reserved.',
    'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT561_A: readonly TestPage[] = [elementor];
