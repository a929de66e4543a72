import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file e2: a cleaning company's FAQ page built with Elementor Pro on the Hello Elementor theme (an
 * Elementor header and footer template, flex containers, heading widgets, accordion widgets whose question rows are
 * div.elementor-tab-title, FAQPage JSON-LD, an icon list, a call-to-action and a Complianz cookie banner).
 */
const cTitle = 'Frequently Asked Questions';
const cIntro = 'Can’t find your answer here? Call the office on 01632 960719 between 8am and 6pm and we’ll be glad to help.';
const cGroups: [string, [string, string][]][] = [
  [
    'Booking and prices',
    [
      [
        'How much does a regular clean cost?',
        j(
          'Weekly and fortnightly cleans are charged at £19 an hour with a two-hour minimum. We will visit first to see the house',
          'and agree how long a clean should take, so the price is fixed before we start.',
        ),
      ],
      [
        'Do I need to be at home?',
        j(
          'No. Around two thirds of our customers give us a key, which is coded and kept in a locked safe at the office. It is',
          'never labelled with your address.',
        ),
      ],
      [
        'What is your cancellation policy?',
        'Please give us 48 hours’ notice. Cancellations with less notice are charged at half the usual price, except in an emergency.',
      ],
    ],
  ],
  [
    'On the day',
    [
      [
        'Will I have the same cleaner each time?',
        j(
          'Yes, wherever we can. Each customer has a named cleaner and a named stand-in who covers holidays and sickness, so you',
          'will only ever see two faces.',
        ),
      ],
      [
        'Do you bring your own products and equipment?',
        j(
          'We bring everything, including a HEPA-filter vacuum. Our standard products are plant-based and unperfumed. If you',
          'prefer your own, just leave them out and we will use those instead.',
        ),
      ],
    ],
  ],
  [
    'Pets, insurance and end-of-tenancy',
    [
      ['Are you insured?', 'Yes. We hold £5 million public liability insurance and every cleaner is DBS checked before their first visit.'],
      ['Is it all right if I have pets?', 'Of course. Let us know about them when you book, and tell us if any rooms should stay closed.'],
      [
        'Do you do end-of-tenancy cleans?',
        j(
          'Yes, priced by the number of bedrooms and including the inside of the oven, fridge and windows. If your letting agent',
          'flags anything we missed within 72 hours, we come back and put it right free of charge.',
        ),
      ],
    ],
  ],
];
const cNav = ['Home', 'Regular Cleaning', 'Deep Cleans', 'FAQs', 'Get a Quote'];
let tab = 1840;
const el = (type: string, inner: string, id = (tab++).toString(16)): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div
class="elementor-widget-container">${inner}</div></div>`;
const con = (inner: string, id = (tab++).toString(16)): string => `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent"
data-id="${id}" data-element_type="container"><div class="e-con-inner">${inner}</div></div>`;
const acc = (items: [string, string][]): string =>
  `<div class="elementor-accordion">${items
    .map((q) => {
      const id = tab++;
      return `<div class="elementor-accordion-item"><div id="elementor-tab-title-${id}" class="elementor-tab-title" data-tab="1" role="button"
aria-controls="elementor-tab-content-${id}" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-right" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-accordion-icon-opened"><i class="fas
fa-minus"></i></span>
</span><a class="elementor-accordion-title" tabindex="0">${q[0]}</a></div><div id="elementor-tab-content-${id}" class="elementor-tab-content elementor-clearfix"
data-tab="1" role="region" aria-labelledby="elementor-tab-title-${id}"><p>${q[1]}</p></div></div>`;
    })
    .join('\n')}</div>`;
const faqLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  mainEntity: cGroups.flatMap((g) => g[1].map((q) => ({ '@type': 'Question', name: q[0] }))),
});
const cHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>FAQs – Brightside Home Cleaning</title><meta name="description" content="Prices, keys, products, pets and insurance: your questions answered.">
<link rel="stylesheet" id="elementor-frontend-css" href="https://brightside.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<script type="application/ld+json">${faqLd}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","is_static":false};</script>
</head><body class="page-template-default page page-id-210 wp-custom-logo hello-elementor elementor-default elementor-kit-6 elementor-page elementor-page-210">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
${con(`${el('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2023/08/brightside-logo.svg" alt="Brightside Home Cleaning"></a>')}
${el(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade">
<ul id="menu-1-4f2a1b3" class="elementor-nav-menu">${cNav
    .map((t) => `<li class="menu-item menu-item-type-post_type"><a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item">${t}</a></li>`)
    .join('')}</ul></nav>`,
)}`)}
</header>
<main id="content" class="site-main post-210 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="210" class="elementor elementor-210" data-elementor-post-type="page">
${con(`${el('heading', `<h1 class="elementor-heading-title elementor-size-default">${cTitle}</h1>`)}
${el('text-editor', `<p>${cIntro}</p>`)}`)}
${cGroups
  .map((g) => con(`${el('heading', `<h2 class="elementor-heading-title elementor-size-default">${g[0]}</h2>`)}\n${el('accordion', acc(g[1]))}`))
  .join('\n')}
${con(`${el('heading', '<h3 class="elementor-heading-title elementor-size-default">Ready for a cleaner home?</h3>')}
${el(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/get-a-quote/"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a free home visit</span></span></a></div>`,
)}`)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer"
data-elementor-post-type="elementor_library">
${con(`${el(
  'icon-list',
  `<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Covering Ravensby,
Colton and Nethermoor</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">hello@brightside.example</span></li></ul>`,
)}
${el('text-editor', '<p>© 2026 Brightside Home Cleaning Ltd. Company no. 11873204.</p>')}`)}
</footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or
access device information.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><a href="/cookie-policy-uk/" class="cmplz-link cookie-statement">Cookie Policy</a></div></div></div>
</body></html>`;
export const elementorFaq: TestPage = {
  name: 'heldout314-elementor-cleaning-faq',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cGroups.flatMap((g) => [g[0], ...g[1].map((q) => q[0])]),
  body: texts([cIntro, ...cGroups.flatMap((g) => g[1].map((q) => q[1]))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Regular Cleaning', 'Deep Cleans', 'FAQs', 'Get a Quote', 'Ready for a cleaner home?', 'Book a free home visit',
    'Covering Ravensby, Colton and Nethermoor', 'hello@brightside.example', '© 2026 Brightside Home Cleaning Ltd. Company no. 11873204.',
    'Manage Cookie Consent', 'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept',
    'Deny', 'View preferences', 'Cookie Policy',
  ],
};
