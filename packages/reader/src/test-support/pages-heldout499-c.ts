import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout499-kit.js';

/**
 * Held-out batch 499, file c: a dental practice's FAQ on WordPress with Elementor (Pro header and footer templates, accordion
 * widgets, a Complianz cookie banner), and a hearing clinic's "what happens at a hearing test" page on Webflow.
 */
const eTitle = 'Frequently Asked Questions';
const eLead = 'Can’t find what you are looking for? Call reception on 01632 960231 and we will be happy to help.';
type Qa = readonly [q: string, a: readonly string[]];
const eGroups: readonly (readonly [string, readonly Qa[]])[] = [
  [
    'Appointments and fees',
    [
      ['Are you taking on new NHS patients?', ['Not at the moment. We are taking on new private patients and children under 18 on the NHS.']],
      [
        'How much is a check-up?',
        [
          j(
            'A private check-up with the dentist is £58 and a hygiene appointment is £72. Members of our Brookfield Care Plan pay a',
            'monthly fee from £17.95 that covers two check-ups and two hygiene visits a year.',
          ),
        ],
      ],
      [
        'What if I need to cancel?',
        ['Please give us at least 24 hours’ notice so we can offer the time to another patient.', 'Appointments missed without notice may be charged at £30.'],
      ],
      ['Do you offer finance?', ['Yes, treatment over £500 can be spread over 6 to 24 months, subject to status.']],
    ],
  ],
  [
    'Treatment and care',
    [
      [
        'I am nervous about the dentist. Can you help?',
        [
          j(
            'Many of our patients feel the same. Tell us when you book and we will give you a longer first appointment, explain each',
            'step before we do it and agree a stop signal with you. We also offer sedation for longer treatments.',
          ),
        ],
      ],
      [
        'How often should I see the hygienist?',
        ['Most adults benefit from a visit every six months. If you have gum disease we may recommend every three months.'],
      ],
      [
        'Is teeth whitening safe?',
        [
          j(
            'Yes, when it is carried out or prescribed by a dentist. Your teeth may feel sensitive for a day or two. Whitening does not',
            'change the colour of fillings or crowns.',
          ),
        ],
      ],
      ['What should I do in a dental emergency?', ['Call us as soon as we open at 8am. Outside our hours, call NHS 111 for advice.']],
    ],
  ],
];
let tabId = 1470;
const accItem = ([q, a]: Qa): string => {
  tabId++;
  return `<div class="elementor-accordion-item"><div id="elementor-tab-title-${tabId}" class="elementor-tab-title" data-tab="${tabId % 10}" role="button"
aria-controls="elementor-tab-content-${tabId}" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-right" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-accordion-icon-opened"><i class="fas fa-minus"></i>
</span></span>
<a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-${tabId}" class="elementor-tab-content elementor-clearfix" data-tab="${tabId % 10}" role="region"
aria-labelledby="elementor-tab-title-${tabId}">${ps(a)}</div></div>`;
};
const widget = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eGroup = ([h, qas]: readonly [string, readonly Qa[]], i: number): string =>
  `${widget(`4c1${i}a2`, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${h}</h2>`)}
${widget(`7e2${i}b9`, 'accordion', `<div class="elementor-accordion">${qas.map(accItem).join('\n')}</div>`)}`;
const eNav = ['Home', 'Treatments', 'Fees', 'Meet the Team', 'FAQs', 'Contact'];
const eLogo = '<a href="/"><img src="/wp-content/uploads/2024/01/brookfield-logo.svg" alt="Brookfield Family Dental"></a>';
const eBtn = `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960231">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">01632 960231</span></span></a></div>`;
const eCopy = '<p>© 2026 Brookfield Family Dental. CQC registered. <a href="/privacy/">Privacy</a> | <a href="/complaints/">Complaints policy</a></p>';
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>FAQs - Brookfield Family Dental</title><meta name="robots" content="index, follow, max-image-preview:large">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Are you taking on new NHS patients?"}]},{"@type":"Dentist","name":"Brookfield Family Dental"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://brookfielddental.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all'>
<link rel='stylesheet' id='elementor-post-88-css' href='https://brookfielddental.example/wp-content/uploads/elementor/css/post-88.css?ver=1718203340'
media='all'>
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px}</style></head>
<body class="page-template-default page page-id-88 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-1b2c3d4 elementor-section-boxed" data-id="1b2c3d4"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${widget('5a6b7c8', 'theme-site-logo', eLogo)}
</div></div><div class="elementor-column elementor-col-66 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${widget(
  '9d0e1f2',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-9d0e1f2" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><span class="elementor-screen-only">Menu</span>
</div>`,
)}
${widget('3a4b5c6', 'button', eBtn)}
</div></div></div></section></div>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-6f7a8b9 elementor-section-boxed elementor-section-height-default"
data-id="6f7a8b9" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${widget('2c3d4e5', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${widget('8f9a0b1', 'text-editor', `<p>${eLead}</p>`)}
${eGroups.map(eGroup).join('\n')}
${widget(
  '0a1b2c3',
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__item">Ready to book?</h2>
<div class="elementor-cta__description elementor-cta__item">New patients are welcome. Book online or give us a call.</div>
<div class="elementor-cta__button-wrapper elementor-cta__item">
<a class="elementor-cta__button elementor-button elementor-size-" href="/book/">Book an appointment</a></div></div></div>`,
)}
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-c4d5e6f elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${widget('d1e2f3a', 'text-editor', '<p>Brookfield Family Dental<br>3 Orchard Parade, Brookfield BF2 7HS</p><p>Monday to Friday 8:00 – 17:30</p>')}</div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${widget('e2f3a4b', 'text-editor', eCopy)}
</div></div></div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or
access device information.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://brookfielddental.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body>
</html>`;
const elementorFaq: TestPage = {
  name: 'heldout499-elementor-dental-faq',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eGroups.map(([h]) => h),
  body: texts([eLead, ...eGroups.flatMap(([, qas]) => qas.flatMap(([q, a]) => [q, ...a]))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Menu', '01632 960231', 'Ready to book?', 'New patients are welcome. Book online or give us a call.', 'Book an appointment',
    'Brookfield Family Dental', '3 Orchard Parade, Brookfield BF2 7HS', 'Monday to Friday 8:00 – 17:30', '© 2026 Brookfield Family Dental. CQC registered.',
    'Privacy', 'Complaints policy', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

const fTitle = 'What to expect at your hearing test';
const fDek = 'A full hearing assessment at Northgate Audiology takes about an hour. It is painless, and you will leave knowing exactly where you stand.';
const fSteps: readonly (readonly [string, string])[] = [
  [
    'A conversation first',
    j(
      'Your audiologist asks about your health, any ear problems in the past, your work and the situations where you struggle to',
      'hear, such as busy restaurants or the television.',
    ),
  ],
  [
    'Looking in your ears',
    'We use a video otoscope, so you can see your own ear canal and eardrum on screen. If there is wax, we can usually remove it the same day.',
  ],
  [
    'Listening for tones',
    j(
      'Wearing headphones in our sound booth, you press a button each time you hear a beep. Some are very quiet, and that is the',
      'point: we are looking for the softest sound you can hear at each pitch.',
    ),
  ],
  ['Speech in noise', 'You repeat short sentences played against background chatter. This shows how well you follow speech in real life.'],
];
const fAfter = [
  j(
    'Your results are plotted on a chart called an audiogram, and your audiologist will go through it with you line by line.',
    'If your hearing is within the normal range, we will suggest when to come back. If it is not, we will talk you through',
    'the options, which may or may not include hearing aids.',
  ),
  'There is no charge for the assessment and no obligation to buy anything.',
];
const fBring = [
  'Bring a list of any medicines you take.',
  'If you already wear hearing aids, bring them, and their charger or spare batteries.',
  'You are welcome to bring a family member or friend. A familiar voice is useful for some of the tests.',
];
const fHeads = ['The four steps', 'After the test', 'What to bring'];
const fNav = ['Hearing Tests', 'Hearing Aids', 'Tinnitus', 'Wax Removal', 'About'];
const fStep = ([h, p]: readonly [string, string], i: number): string =>
  `<div class="step-card"><div class="step-number">0${i + 1}</div><h3 class="heading-s">${h}</h3><p class="paragraph">${p}</p></div>`;
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 10 2026 09:14:22 GMT+0000 -->
<html data-wf-domain="www.northgateaudiology.example" data-wf-page="65f1c2a9b3e4d5f6a7b8c9d0" data-wf-site="65e0a1b2c3d4e5f6a7b8c9d1" lang="en">
<head><meta charset="utf-8"><title>Your hearing test | Northgate Audiology</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65e0a1b2c3d4e5f6a7b8c9d1/css/northgate-audiology.webflow.a1b2c3d4.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body">
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://cdn.prod.website-files.example/65e0a1b2/logo.svg"
loading="lazy" alt="Northgate Audiology" class="logo"></a>
<nav role="navigation"
class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/book" class="button nav-button w-button">Book a test</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="container w-container"><div class="eyebrow">Hearing tests</div><h1 class="heading-xl">${fTitle}</h1>
<p class="lead-paragraph">${fDek}</p></div></section>
<section class="section"><div class="container w-container"><h2 class="heading-l">${fHeads[0]}</h2><div class="w-layout-grid steps-grid">
${fSteps.map(fStep).join('\n')}
</div></div></section>
<section class="section bg-light"><div class="container narrow w-container"><div class="rich-text w-richtext"><h2>${fHeads[1]}</h2>${ps(fAfter)}
<h2>${fHeads[2]}</h2><ul role="list">${fBring.map((t) => `<li>${t}</li>`).join('')}</ul></div></div></section>
<section class="section cta-section"><div class="container w-container"><h2 class="heading-l white">Book your free hearing test</h2>
<div class="form-block w-form"><form id="wf-form-Booking" name="wf-form-Booking" data-name="Booking" method="get" class="booking-form">
<label for="Name" class="field-label">Name</label><input class="text-field w-input" maxlength="256" name="Name" data-name="Name" type="text" id="Name">
<label for="Phone" class="field-label">Phone</label><input class="text-field w-input" maxlength="256" name="Phone" data-name="Phone" type="tel" id="Phone">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Request a call back"></form>
<div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div><div class="footer-heading">Northgate Audiology</div>
<p class="footer-text">41 Northgate, Carrowby CB1 4NE<br>01632 960955</p></div><div><div class="footer-heading">Opening hours</div>
<p class="footer-text">Mon–Thu 9–5, Fri 9–1</p></div></div>
<div class="footer-legal">© 2026 Northgate Audiology Ltd. HCPC registered audiologists.</div></div>
</footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65e0a1b2c3d4e5f6a7b8c9d1/js/webflow.3c4d5e6f.js" type="text/javascript"></script></body></html>`;
const webflowHearingTest: TestPage = {
  name: 'heldout499-webflow-hearing-test',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fHeads[0] ?? '', ...fSteps.map(([h]) => h), fHeads[1] ?? '', fHeads[2] ?? ''],
  body: texts([fDek, ...fSteps.map(([, p]) => p), ...fAfter, ...fBring]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a test', 'Hearing tests', 'Book your free hearing test', 'Name', 'Phone', 'Northgate Audiology', '41 Northgate, Carrowby CB1 4NE',
    '01632 960955', 'Opening hours', 'Mon–Thu 9–5, Fri 9–1', '© 2026 Northgate Audiology Ltd. HCPC registered audiologists.',
  ],
};

export const HELDOUT499_C: readonly TestPage[] = [elementorFaq, webflowHearingTest].map(finish);
