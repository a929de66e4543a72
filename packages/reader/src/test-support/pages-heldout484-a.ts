import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, page } from './pages-heldout484-kit.js';

/**
 * Held-out batch 484, file a: a clinic's services page built with Elementor (Hello Elementor theme, Complianz banner); the
 * file's second page, a vet's advice article on WordPress (GeneratePress), is in file a2.
 */
const eTitle = 'Veterinary Services';
const eDek = 'From first vaccines to senior care, everything your pet needs under one roof in Kestrel Bay.';
const eIntro = j(
  'Our clinic has cared for the dogs, cats and small pets of Kestrel Bay since 1994. Our four vets and nine nurses work from a fully',
  'equipped hospital on Quarry Lane, with on-site X-ray, ultrasound and a laboratory that returns most blood results within the hour.',
);
const eH2 = ['Preventive care', 'Diagnostics &amp; surgery', 'Care for every stage of life'];
const ePrev: [string, string][] = [
  ['Wellness exams', 'A nose-to-tail check once a year, or twice a year for pets over eight. We check teeth, eyes, ears, heart and joints.'],
  [
    'Vaccinations',
    "Core vaccines for dogs, cats and rabbits, with text reminders. Non-core vaccines such as kennel cough are tailored to your pet's lifestyle.",
  ],
  ['Parasite control', 'Flea, tick and worm plans priced by weight and paid monthly, so you never miss a dose.'],
];
const eSurg: [string, string][] = [
  ['Digital X-ray and ultrasound', 'Images are ready in minutes and can be shared with specialists the same day when a second opinion helps.'],
  ['Soft tissue surgery', 'Neutering, lump removals, wound repairs and abdominal surgery, with a nurse dedicated to monitoring every anaesthetic.'],
  ['Dentistry', 'Scale and polish, dental X-rays and extractions under general anaesthetic, and a written home-care plan for every dental patient.'],
];
const eStage = [
  j(
    'Puppies and kittens join our Healthy Start club, which covers their first vaccines, microchip and two nurse clinics. Older pets can join',
    'Golden Years, with six-monthly checks, blood and urine screening and a discount on pain relief.',
  ),
  j('We also see rabbits, guinea pigs and ferrets. For birds and reptiles we refer to our partners at the Saltmarsh Exotic Practice in', 'Penrith Cove.'),
];
const eNav = ['Home', 'About Us', 'Services', 'Our Team', 'New Clients', 'Emergency', 'Contact'];
const eQuick = ['Book an appointment', 'Pet health plans', 'Careers', 'Privacy Policy', 'Complaints procedure'];
const eCookie = ['Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences', 'Cookie Policy'];
let eId = 0x3f2a10;
const eWidget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${(eId++).toString(16)} elementor-widget elementor-widget-${type}" data-element_type="widget" ` +
  `data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eBox = ([t, d]: [string, string]): string =>
  `<div class="elementor-column elementor-col-33 elementor-inner-column elementor-element" data-element_type="column">` +
  `<div class="elementor-widget-wrap elementor-element-populated">${eWidget(
    'icon-box',
    `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-grow">` +
      `<i aria-hidden="true" class="fas fa-paw"></i></span></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title">` +
      `<span>${t}</span></h3><p class="elementor-icon-box-description">${d}</p></div></div>`,
  )}</div></div>`;
const eSection = (inner: string, cls = ''): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed ${cls}" data-element_type="section">` +
  `<div class="elementor-container elementor-column-gap-default">${inner}</div></section>`;
const eHeading = (tag: string, t: string): string => eWidget('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Veterinary Services in Kestrel Bay | Harbourview Veterinary Clinic</title>
<meta name="description" content="Wellness exams, vaccines, surgery, dentistry and diagnostics at Harbourview Veterinary Clinic, Kestrel Bay.">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4" media="all">
<link rel="stylesheet" id="elementor-post-12-css" href="/wp-content/uploads/elementor/css/post-12.css?ver=1718620001" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Veterinary Services",
"isPartOf":{"@id":"https://harbourviewvets.co.uk/#website"}},
{"@type":"VeterinaryCare","name":"Harbourview Veterinary Clinic","telephone":"01632 960418"}]}</script>
<style id="elementor-frontend-inline-css">.elementor-kit-5{--e-global-color-primary:#0E6E74;--e-global-color-accent:#F2A541;}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-12 wp-custom-logo hello-elementor elementor-default elementor-kit-5 elementor-page elementor-page-12">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
${eSection(
  `<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">${eWidget(
    'text-editor',
    '<p>Open Mon–Sat · 24-hour emergency line 01632 960 419</p>',
  )}</div></div>`,
  'top-bar',
)}
${eSection(
  `<div class="elementor-column elementor-col-25"><div class="elementor-widget-wrap">${eWidget(
    'theme-site-logo',
    `<a href="https://harbourviewvets.co.uk"><img width="220" height="64" src="/wp-content/uploads/2023/02/harbourview-logo.svg"
alt="Harbourview Veterinary Clinic"></a>`,
  )}</div></div><div class="elementor-column elementor-col-75"><div class="elementor-widget-wrap">${eWidget(
    'nav-menu',
    `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-4b2c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" class="eicon-menu-bar"></i>
<span class="elementor-screen-only">Menu</span></div>`,
  )}</div></div>`,
)}
</div>
<main id="content" class="site-main post-12 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12" data-elementor-post-type="page">
${eSection(
  `<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">${eHeading('h1', eTitle)}${eWidget(
    'text-editor',
    `<p>${eDek}</p>`,
  )}</div></div>`,
  'hero elementor-section-height-min-height',
)}
${eSection(`<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">${eWidget('text-editor', ps([eIntro]))}</div></div>`)}
${eSection(`<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">${eHeading('h2', at(eH2, 0))}</div></div>`)}
${eSection(ePrev.map(eBox).join('\n'))}
${eSection(`<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">${eHeading('h2', at(eH2, 1))}</div></div>`)}
${eSection(eSurg.map(eBox).join('\n'))}
${eSection(
  `<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">${eHeading('h2', at(eH2, 2))}${eWidget(
    'text-editor',
    ps(eStage),
  )}</div></div><div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">${eWidget(
    'image',
    '<img loading="lazy" width="800" height="600" src="/wp-content/uploads/2024/05/senior-dog-exam.jpg" alt="Vet examining an older labrador">',
  )}</div></div>`,
)}
${eSection(
  `<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">${eWidget(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">Dr. Okafor spotted Biscuit's heart murmur at a routine check.
We are so grateful.</div><div class="elementor-testimonial-meta"><div class="elementor-testimonial-details">
<div class="elementor-testimonial-name">Helen, Biscuit's owner</div><div class="elementor-testimonial-job">Client since 2011</div></div></div></div>`,
  )}</div></div>`,
  'testimonials',
)}
${eSection(
  `<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">${eHeading('h2', 'Ready to book a visit?')}${eWidget(
    'text-editor',
    '<p>New clients are always welcome.</p>',
  )}${eWidget(
    'button',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book online</span></span></a></div>`,
  )}${eWidget(
    'button',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-md" href="tel:01632960418">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Call 01632 960 418</span></span></a></div>`,
  )}</div></div>`,
  'cta',
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSection(
  `<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">${eHeading('h4', 'Harbourview Veterinary Clinic')}${eWidget(
    'text-editor',
    '<p>12 Quarry Lane, Kestrel Bay KB4 7TR</p>',
  )}</div></div><div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">${eHeading('h4', 'Opening hours')}${eWidget(
    'text-editor',
    '<p>Mon–Fri 8am–7pm</p><p>Sat 9am–1pm</p>',
  )}</div></div><div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">${eHeading('h4', 'Quick links')}${eWidget(
    'icon-list',
    `<ul class="elementor-icon-list-items">${links(eQuick, 'elementor-icon-list-item')}</ul>`,
  )}</div></div>`,
)}
${eSection(
  `<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">${eWidget(
    'text-editor',
    '<p>© 2026 Harbourview Veterinary Clinic. All rights reserved.</p>',
  )}</div></div>`,
  'copyright',
)}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true"
role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">${at(eCookie, 0)}</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${at(eCookie, 1)}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${at(eCookie, 2)}</button><button class="cmplz-btn cmplz-deny">${at(eCookie, 3)}</button>
<a class="cmplz-btn cmplz-manage-options tcf cookie-statement" href="#">${at(eCookie, 4)}</a></div>
<div class="cmplz-links cmplz-documents"><ul><li><a href="/cookie-policy-uk/"
class="cmplz-link cookie-statement">${at(eCookie, 5)}</a></li></ul></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.1" id="elementor-pro-frontend-js"></script>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":12,"title":"Veterinary%20Services"}};</script>
</body></html>`;
const elementorServices: TestPage = page({
  name: 'heldout484-elementor-clinic-services',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: texts([at(eH2, 0), ...ePrev.map((b) => b[0]), at(eH2, 1), ...eSurg.map((b) => b[0]), at(eH2, 2)]),
  body: texts([eDek, eIntro, ...ePrev.map((b) => b[1]), ...eSurg.map((b) => b[1]), ...eStage]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Open Mon–Sat · 24-hour emergency line 01632 960 419', ...eNav, 'Menu',
    "Dr. Okafor spotted Biscuit's heart murmur at a routine check. We are so grateful.", "Helen, Biscuit's owner", 'Client since 2011',
    'Ready to book a visit?', 'New clients are always welcome.', 'Book online', 'Call 01632 960 418', 'Harbourview Veterinary Clinic',
    '12 Quarry Lane, Kestrel Bay KB4 7TR', 'Opening hours', 'Mon–Fri 8am–7pm', 'Sat 9am–1pm', 'Quick links', ...eQuick,
    '© 2026 Harbourview Veterinary Clinic. All rights reserved.', ...eCookie,
  ],
});

export const HELDOUT484_A: readonly TestPage[] = [elementorServices];
