import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout534-kit.js';

/** Held-out batch 534, file d2: the second page of file d, split off to keep the files under 300 lines. */
const hTitle = 'Accessibility on board';
const hIntro = [
  j(
    'We want everyone to be able to travel with Harrowgate Sound Ferries. All four of our vessels have step-free access from the',
    'car deck to the passenger lounge, accessible toilets and priority seating near the exits.',
  ),
  'If you need help on your journey, tell us when you book or call our Assistance Line at least 24 hours before you travel.',
];
const hFaq = [
  [
    'Can I stay in my car during the crossing?',
    j(
      'No. For safety reasons, nobody may remain on the car deck once the ship has left port. Our crew will help you to the lift,',
      'and disabled drivers are parked beside the lift doors.',
    ),
  ],
  [
    'Do you carry mobility scooters?',
    j(
      'Yes, free of charge. Scooters must be no wider than 70 cm to fit the lifts. Please let us know in advance so that we can',
      'reserve space for charging.',
    ),
  ],
  ['Are assistance dogs welcome?', 'Registered assistance dogs may travel in all passenger areas, including the lounge and the café.'],
  [
    'What if the lift is out of service?',
    j(
      'If a lift is not working we will tell you before you sail and offer you a later crossing or a full refund. On the <em>Isle of',
      'Marra</em> there is a second lift at the stern.',
    ),
  ],
] as const;
const hNav = ['Routes', 'Timetables', 'Fares', 'Travel Info', 'Freight'];
const hFoot = ['About us', 'Careers', 'Accessibility statement', 'Modern slavery statement', 'Privacy', 'Cookie settings'];
const hFields = ['First name', 'Email', 'Date of travel', 'How can we help?'];
const hw = (
  id: string,
  type: string,
  inner: string,
): string => `<div id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-${type}" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">${inner}</div>`;
const hSection = (n: number, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">${inner}</div></div>
</div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Accessibility on board | Harrowgate Sound Ferries</title>
<link rel="shortcut icon" href="https://www.harrowgateferries.com/hubfs/hsf-favicon.png">
<meta name="description" content="Help and facilities for disabled passengers.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:url" content="https://www.harrowgateferries.com/travel-info/accessibility">
<link rel="canonical" href="https://www.harrowgateferries.com/travel-info/accessibility">
<link rel="stylesheet" href="https://www.harrowgateferries.com/hubfs/hub_generated/template_assets/1/11223344/1703/template_main.min.css">
<style>#hs_cos_wrapper_widget_1702 .accordion__content { padding: 0 24px; }</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Can I stay in my car during the crossing?"}]}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-118822 hs-site-page page "><div data-global-resource-path="harrowgate-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__top"><div class="content-wrapper">
<p class="header__alert">Freight bookings: call 0141 900 3320</p></div></div><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;">
<img src="https://www.harrowgateferries.com/hubfs/hsf-logo.svg" class="hs-image-widget"
alt="Harrowgate Sound Ferries"></a></span></span></div><div class="header__search"><form class="hs-search-field__form" action="/hs-search-results">
<label class="show-for-sr" for="term">Search</label><input type="text" class="hs-search-field__input" name="term" placeholder="Search"></form></div>
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'hs-menu-item hs-menu-depth-1')}</ul></nav>
<a class="button header__button" href="/book">Book now</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--page"><div class="row-fluid-wrapper">
<div class="row-fluid">
<div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">
${hSection(
  1,
  hw(
    'widget_1701',
    'rich_text',
    `<span id="hs_cos_wrapper_widget_1701_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><h1>${hTitle}</h1>${ps(hIntro)}<h2>Frequently asked questions</h2></span>`,
  ),
)}
${hSection(
  2,
  hw(
    'widget_1702',
    'accordion',
    `<div class="accordion">${hFaq
      .map(
        ([q, a], i) => `<div class="accordion__item"><button class="accordion__button"
aria-expanded="false" aria-controls="accordion-1702-${i}"><h3 class="accordion__title">${q}</h3><span class="accordion__icon"></span></button>
<div class="accordion__content" id="accordion-1702-${i}"><p>${a}</p></div></div>`,
      )
      .join('\n')}</div>`,
  ),
)}
${hSection(
  3,
  hw(
    'widget_1703',
    'form',
    `<h3 class="form-title">Need help planning your journey?</h3><span id="hs_cos_wrapper_widget_1703_form" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_form" data-hs-cos-general-type="widget" data-hs-cos-type="form"><div id="hs_form_target_widget_1703"><form novalidate
accept-charset="UTF-8" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/11223344/5d7c"
class="hs-form-private hsForm_5d7c hs-form stacked">
${hFields
  .map(
    (
      f,
      i,
    ) => `<div class="hs_field${i} hs-form-field"><label for="f${i}-5d7c"><span>${f}</span></label><div class="input"><input id="f${i}-5d7c" class="hs-input"
type="text" name="f${i}"></div></div>`,
  )
  .join('\n')}<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Send">
</div></div></form></div></span>`,
  ),
)}
</div></div></div></div></main>
<div data-global-resource-path="harrowgate-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<nav aria-label="Footer"><ul class="no-list">${links(hFoot, 'hs-menu-item hs-menu-depth-1')}</ul></nav>
<p class="footer__copyright">© 2027 Harrowgate Sound Ferries Ltd,
Ferry Terminal, Harrowgate KA27 8BN</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-not-tracked="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalised services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a aria-label="Accept" id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a aria-label="Decline" id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/11223344.js"></script></body></html>`;
const harrowgate: TestPage = {
  name: 'heldout534-hubspot-ferry-accessibility',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Frequently asked questions', ...hFaq.map(([q]) => q)],
  body: texts([...hIntro, ...hFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Freight bookings: call 0141 900 3320', 'Search', ...hNav, 'Book now', 'Need help planning your journey?', ...hFields, ...hFoot,
    '© 2027 Harrowgate Sound Ferries Ltd, Ferry Terminal, Harrowgate KA27 8BN',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT534_D2: readonly TestPage[] = [harrowgate].map(gold);
