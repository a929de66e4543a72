import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout591-kit.js';

/**
 * Held-out batch 591, file c2: an FAQ page for online German classes on HubSpot CMS (drag-and-drop page, accordion module
 * with closed `<details>`, HubSpot cookie banner and CTA).
 */
const fTitle = 'Online German classes: frequently asked questions';
const fIntro = j(
  'Our live online classes follow the same levels and books as the courses at our school in Kellbach. If your question is not answered',
  'here, write to us and a member of the course office will reply within one working day.',
);
const fGroups: { h: string; qa: [string, string][] }[] = [
  {
    h: 'Booking',
    qa: [
      [
        'Do I need to take a placement test?',
        j(
          'Only if you have studied German before. Complete beginners can book an A1.1 course straight away. Everyone else takes our',
          'free 30-minute online test and gets a level recommendation by email.',
        ),
      ],
      [
        'Can I join a course that has already started?',
        'Yes, up to the end of the second week, if there is a free place. We will send you the recordings of the lessons you missed.',
      ],
    ],
  },
  {
    h: 'Classes',
    qa: [
      [
        'How big are the groups?',
        'Between four and nine learners. If fewer than four people book, we either move the course by a week or offer you a place in another group.',
      ],
      [
        'Which video platform do you use?',
        j(
          'We teach in our own virtual classroom in the browser, so you do not need to install anything. A laptop or desktop computer with a',
          'headset works best; tablets are fine, phones are too small for the shared whiteboard.',
        ),
      ],
      [
        'Are the lessons recorded?',
        j(
          'Recordings are kept for 14 days and can only be seen by members of your group. You can ask the teacher to switch recording off for',
          'a lesson at the start of class.',
        ),
      ],
    ],
  },
  {
    h: 'Payment and certificates',
    qa: [
      ['How do I pay?', 'By card or bank transfer when you book. Companies can ask for an invoice with their VAT number on it.'],
      [
        'Do I get a certificate?',
        j(
          'You receive a certificate of attendance if you attend at least 80% of the lessons. It states the level and the number of teaching',
          'units, but it is not an official exam certificate.',
        ),
      ],
    ],
  },
];
const fNav = ['German courses', 'Online classes', 'Exams', 'Accommodation', 'About us'];
const fFoot = ['Imprint', 'Privacy', 'Terms and conditions', 'Cookie settings'];
const fAcc = (qa: [string, string]): string => `<details class="accordion__item"><summary class="accordion__summary" role="button">
<h3 class="accordion__title">${qa[0]}</h3><span class="accordion__icon" aria-hidden="true"></span></summary>
<div class="accordion__content"><p>${qa[1]}</p></div></details>`;
const fMod = (
  id: string,
  type: string,
  inner: string,
): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${id.slice(-1)} dnd-row"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module${
  type === 'rich_text' ? ' widget-type-rich_text' : ''
}" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="module">${inner}</div></div></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FAQ: Online German Classes | Rheinblick Sprachschule</title>
<link rel="shortcut icon" href="https://www.rheinblick-sprachschule.de/hubfs/favicon-rb.png">
<meta name="description" content="Answers to common questions about booking, classes and payment.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:url" content="https://www.rheinblick-sprachschule.de/en/online-classes/faq">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Do I need to take a placement test?"}]}</script>
<link rel="stylesheet" href="https://www.rheinblick-sprachschule.de/hubfs/hub_generated/template_assets/1/98765432101/1704201000000/template_main.min.css">
<link rel="stylesheet" href="https://www.rheinblick-sprachschule.de/hubfs/hub_generated/module_assets/1/123456789012/1704201000000/module_accordion.min.css">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-112233445566 hs-site-page page ">
<div data-global-resource-path="rheinblick-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/en" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;">
<img src="https://www.rheinblick-sprachschule.de/hs-fs/hubfs/rheinblick-logo.png" class="hs-image-widget " alt="Rheinblick Sprachschule" width="200"
height="56"></a></span></div></div>
<div class="header__column"><div class="header__row-1"><div class="header__language-switcher header--element"><div class="header__language-switcher--label">
<a class="header__language-switcher--label-current" href="/de/online-kurse/faq" lang="de">Deutsch</a></div></div>
<div class="header__search header--element"><div class="hs-search-field"><div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/en/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="site-search-input">Search</label>
<input type="text" class="hs-search-field__input" name="term" autocomplete="off"
aria-label="Search" placeholder="Search"><button class="hs-search-field__button" aria-label="Search"><svg class="hs-search-field__icon" viewBox="0 0 24 24">
</svg></button></form></div></div></div></div>
<div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(fNav, 'has-submenu menu-item hs-skip-lang-url-rewrite')}</ul></nav>
</div></div></div></div>
</header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--faq">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid ">
<div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="0" data-w="12">
${fMod(
  '1704201123451',
  'rich_text',
  `<span id="hs_cos_wrapper_widget_1704201123451_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text"><h1>${fTitle}</h1><p>${fIntro}</p></span>`,
)}
${fGroups
  .map((g, i) =>
    fMod(
      `170420112346${i + 2}`,
      'accordion',
      `<div class="accordion"><h2 class="accordion__heading">${g.h}</h2>
${g.qa.map(fAcc).join('\n')}</div>`,
    ),
  )
  .join('\n')}
${fMod(
  '1704201123469',
  'cta',
  `<div class="cta-band"><h2 class="cta-band__title">Try a lesson first</h2>
<p class="cta-band__text">Join any beginners' group for one free lesson before you book.</p>
<span class="hs-cta-wrapper" id="hs-cta-wrapper-4f1e2d3c-5b6a-7980-a1b2-c3d4e5f60718">
<span class="hs-cta-node hs-cta-4f1e2d3c-5b6a-7980-a1b2-c3d4e5f60718" id="hs-cta-4f1e2d3c-5b6a-7980-a1b2-c3d4e5f60718">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4561237/4f1e2d3c-5b6a-7980-a1b2-c3d4e5f60718" class="cta_button">Book a free trial lesson</a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script>
<script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(4561237, '4f1e2d3c-5b6a-7980-a1b2-c3d4e5f60718', {"useNewLoader":"true",
"region":"eu1"});</script></span></div>`,
)}
</div></div></div></div></main>
<div data-global-resource-path="rheinblick-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__address"><p>Rheinblick Sprachschule GmbH<br>Uferstraße 9, 56299 Kellbach</p><p>+49 2631 000 4711</p></div>
<nav class="footer__menu" aria-label="Legal"><ul>${links(fFoot)}</ul></nav><p class="footer__copyright">© 2027 Rheinblick Sprachschule GmbH</p></div></footer>
</div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-region="hs_region_eu">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to collect information about
how you interact with our website and allow us to remember you.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4561237.js"></script></body></html>`;
const rheinblick: TestPage = {
  name: 'heldout591-rheinblick-hubspot-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fGroups.flatMap((g) => [g.h, ...g.qa.map((q) => q[0])]),
  body: [fIntro, ...fGroups.flatMap((g) => g.qa.map((q) => q[1]))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Deutsch', 'German courses', 'Online classes', 'Exams', 'Accommodation', 'About us', 'Try a lesson first',
    "Join any beginners' group for one free lesson before you book.", 'Book a free trial lesson', 'Rheinblick Sprachschule GmbH',
    'Uferstraße 9, 56299 Kellbach', '+49 2631 000 4711', ...fFoot, '© 2027 Rheinblick Sprachschule GmbH',
    'This website stores cookies on your computer. These cookies are used to collect information about how you interact with ' +
      'our website and allow us to remember you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT591_C2: readonly TestPage[] = [rheinblick];
