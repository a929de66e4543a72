import { links, ps, type TestPage, texts } from './page-kit.js';
import { googleSites } from './pages-heldout415-b2.js';

/**
 * Held-out batch 415, file b: a day camp's FAQ page on HubSpot CMS (HubSpot theme header and mega menu, a drag-and-drop
 * page with an accordion module of questions and answers, a CTA module, a HubSpot form for questions, the HubSpot cookie
 * banner and footer) and, from file b2, a scout troop's site on Google Sites.
 */
const hTitle = 'Day Camp FAQ';
const hIntro = `Answers to the questions parents ask us most often about Brightfield Day Camp. If your question is not here, use the form at
the bottom of the page and our camp office will reply within one working day.`;
type Qa = readonly [q: string, a: readonly string[]];
const faq: readonly Qa[] = [
  [
    'What ages do you take?',
    [
      `Brightfield Day Camp is for children who have finished kindergarten up to those entering seventh grade. Campers are grouped by
the grade they will enter in the fall, so friends of the same age usually end up together.`,
    ],
  ],
  [
    'What are the camp hours?',
    [
      `Camp runs from 9:00 a.m. to 3:30 p.m., Monday to Friday. Early care starts at 7:30 a.m. and extended care runs until 6:00 p.m.;
both can be added by the week when you register.`,
      `Please sign your child in and out with a counsellor at the welcome tent every day. We release children only to adults listed on
the pick-up form, and we will ask for photo ID the first time we meet you.`,
    ],
  ],
  [
    'Is lunch provided?',
    [
      `Campers bring a packed lunch and two snacks. We are a nut-aware camp, so please do not send peanuts or tree nuts. Fresh fruit and
water are available all day, and on Fridays we hold a camp cookout for everyone.`,
    ],
  ],
  [
    'Do campers swim?',
    [
      `Yes. Every group swims once a day in the Brightfield School pool with certified lifeguards. On the first Monday each camper takes a
short swim check, and children who are still learning wear a coloured band and stay in the shallow end with an instructor.`,
    ],
  ],
  [
    'What if my child needs medication?',
    [
      `Our camp nurse can give prescription and over-the-counter medicine with a signed medication form. Inhalers and auto-injectors travel
with your child's group in a labelled pouch. Please hand all medicine to the nurse at drop-off rather than packing it in a bag.`,
    ],
  ],
  [
    'Can I get a refund if plans change?',
    [
      `Weeks cancelled more than 30 days before they start are refunded in full, less a $50 deposit. Within 30 days we offer a credit
towards another week this summer instead. We do not refund for days missed because of illness or holidays.`,
    ],
  ],
  [
    'How do you handle homesickness and behaviour?',
    [
      `Counsellors are trained to spot a camper who is struggling and to help them join in. If a problem continues, the group leader
will call you the same day so we can make a plan together. We very rarely need to ask a camper to leave camp.`,
    ],
  ],
];
const hNav = ['Programs', 'Dates & Rates', 'Our Team', 'FAQ', 'Careers'];
const hFoot = ['Contact Us', 'Employment', 'Privacy Policy', 'Accessibility Statement'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Day Camp FAQ | Brightfield Day Camp</title><meta name="description" content="Frequently asked questions about Brightfield Day Camp.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Day Camp FAQ">
<link rel="stylesheet" href="https://www.brightfieldcamp.example/hubfs/hub_generated/template_assets/1/10422/main.min.css">
<link rel="stylesheet" href="/hs/hsstatic/AsyncSupport/static-1.501/sass/projects_assets.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","name":"Day Camp FAQ"}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-88120417 hs-site-page page">
<div data-global-resource-path="@marketplace/Brightfield/Theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="https://www.brightfieldcamp.example" id="hs-link-site_logo">
<img src="https://www.brightfieldcamp.example/hubfs/logo.svg" alt="Brightfield Day Camp" class="hs-image-widget"></a></span></div>
<div class="header__navigation header--element"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__button"><a class="button" href="/register">Register Now</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--faq">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column">
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1690" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text">
<span id="hs_cos_wrapper_widget_1690_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text">
<h1>${hTitle}</h1>
<p>${hIntro}</p></span></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1691" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<div class="accordion"><div class="accordion__items">
${faq
  .map(
    ([q, a], i) => `<details class="accordion__item" ${i === 0 ? 'open' : ''}><summary class="accordion__summary">
<h3 class="accordion__title">${q}</h3><span class="accordion__icon" aria-hidden="true"></span></summary>
<div class="accordion__content">${ps(a)}</div></details>`,
  )
  .join('\n')}
</div></div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-row"><div class="row-fluid"><div class="span6 widget-span widget-type-custom_widget dnd-module">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="cta-banner"><h2 class="cta-banner__title">Summer 2027 is filling
fast</h2><p class="cta-banner__text">Save $75 per child when you register before March 1.</p><span class="hs-cta-wrapper" id="hs-cta-wrapper-3c1e">
<a class="cta_button" href="https://cta-redirect.hubspot.example/cta/redirect/10422/3c1e">See dates and rates</a></span></div></div></div>
<div class="span6 widget-span widget-type-custom_widget dnd-module"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-form"><h3 class="form-title">Still have a question?</h3><div id="hs_form_target_widget_1692"><form novalidate
class="hs-form stacked hs-custom-form" id="hsForm_5d2a"><div class="hs_firstname hs-form-field"><label for="firstname-5d2a"><span>First name</span></label>
<input id="firstname-5d2a" name="firstname" type="text"></div><div class="hs_email hs-form-field"><label for="email-5d2a"><span>Email</span></label>
<input id="email-5d2a" name="email" type="email"></div><div class="hs_message hs-form-field"><label for="message-5d2a"><span>Your question</span></label>
<textarea id="message-5d2a" name="message"></textarea></div><div class="hs_submit hs-submit"><input type="submit" class="hs-button primary large"
value="Send"></div></form></div></div></div></div></div>
</div></div></div></div></main>
<div data-global-resource-path="@marketplace/Brightfield/Theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container
content-wrapper"><ul class="footer__links">${links(hFoot)}</ul>
<p class="footer__address">Brightfield Day Camp · 48 Orchard Lane, Brightfield, OH 44011 · (555) 017-3300</p>
<p class="footer__copyright">© 2027 Brightfield Day Camp. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience and to understand how visitors use it.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.example/10422.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout415-hubspot-day-camp-faq',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: faq.map(([q]) => q),
  body: texts([hIntro, ...faq.flatMap(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Register Now', 'Summer 2027 is filling fast', 'Save $75 per child when you register before March 1.', 'See dates and rates',
    'Still have a question?', 'First name', 'Email', 'Your question', ...hFoot,
    'Brightfield Day Camp · 48 Orchard Lane, Brightfield, OH 44011 · (555) 017-3300', '© 2027 Brightfield Day Camp. All rights reserved.',
    'This website stores cookies on your computer to improve your experience and to understand how visitors use it.', 'Accept', 'Decline',
  ],
};

export const HELDOUT415_B: readonly TestPage[] = [hubspot, googleSites];
