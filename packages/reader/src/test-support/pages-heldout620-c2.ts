import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout620-kit.js';

/** Held-out batch 620, file c2: a falconry centre's FAQ page on WordPress built with Elementor (Hello theme). */
const fTitle = 'Frequently Asked Questions';
const fIntro = 'If you can’t find the answer here, give the office a ring on 01597 823 660 between 9am and 4pm.';
type Qa = readonly [string, string];
const fGroups: readonly (readonly [string, readonly Qa[]])[] = [
  [
    'Booking',
    [
      ['Do I need to book a day visit?', 'No, day tickets are sold at the gate. Experiences and courses must be booked in advance.'],
      ['Can I change the date of my experience?', 'Yes, as long as you give us at least seven days’ notice. Changes made with less notice are charged at £15.'],
      ['Do you sell gift vouchers?', 'We do, for every experience, and they are valid for a year from the date of purchase.'],
    ],
  ],
  [
    'On the day',
    [
      [
        'What happens if it rains?',
        j(
          'We fly in most weather, and the indoor barn is used for owl sessions if it is very wet. If high winds make flying unsafe',
          'we will call you the evening before to rearrange.',
        ),
      ],
      ['What should I wear?', 'Sturdy shoes and clothes you don’t mind getting muddy. We provide gloves for flying the birds.'],
      ['Is there somewhere to eat?', 'The Perch café serves hot food from 10am to 3.30pm, and there are picnic tables by the play area.'],
    ],
  ],
  [
    'The birds',
    [
      [
        'Where do your birds come from?',
        'All of our birds were bred in captivity. None have been taken from the wild, and several came to us from other centres that closed.',
      ],
      ['Can I touch the birds?', 'Only when a falconer invites you to. Feathers are easily damaged by the oils on our hands.'],
    ],
  ],
];
const fNav = ['Home', 'Visit', 'Experiences', 'Courses', 'Our Birds', 'FAQs', 'Contact'];
const acc = (qs: readonly Qa[], id: number): string =>
  qs
    .map(
      (
        [q, a],
        i,
      ) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-${id}${i}" class="elementor-tab-title${i === 0 ? ' elementor-active' : ''}"
data-tab="${i + 1}" role="button" aria-controls="elementor-tab-content-${id}${i}" aria-expanded="${i === 0}"><span class="elementor-accordion-icon
elementor-accordion-icon-right" aria-hidden="true"><span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span>
<a class="elementor-accordion-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-${id}${i}" class="elementor-tab-content elementor-clearfix"
data-tab="${i + 1}" role="region" aria-labelledby="elementor-tab-title-${id}${i}"><p>${a}</p></div></div>`,
    )
    .join('\n');
const sec = ([h, qs]: readonly [string, readonly Qa[]], n: number): string => `<div class="elementor-element elementor-element-h${n} elementor-widget
elementor-widget-heading" data-id="h${n}" data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${h}</h2></div></div>
<div class="elementor-element elementor-element-a${n} elementor-widget elementor-widget-accordion" data-id="a${n}" data-element_type="widget"
data-widget_type="accordion.default"><div class="elementor-widget-container"><div class="elementor-accordion">${acc(qs, 1780 + n)}</div></div></div>`;
const navMenu = (cls: string, hidden: string): string => `<nav class="elementor-nav-menu--${cls} elementor-nav-menu__container"${hidden}>
<ul id="menu-1-${cls}" class="elementor-nav-menu">${fNav
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type"><a href="/${t.length}/"
class="elementor-item${t === 'FAQs' ? ' elementor-item-active' : ''}"${hidden === '' ? '' : ' tabindex="-1"'}>${t}</a></li>`,
  )
  .join('')}</ul></nav>`;
const fHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>FAQs - Cwm Gwalch Falconry</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://cwmgwalchfalconry.co.uk/faqs/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"FAQs - Cwm Gwalch Falconry",
"datePublished":"2022-03-02T10:12:44+00:00","dateModified":"2025-01-20T15:01:09+00:00"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://cwmgwalchfalconry.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://cwmgwalchfalconry.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.4"
media="all">
<style id="elementor-post-2201">.elementor-2201 .elementor-element.elementor-element-a1 .elementor-tab-title{background-color:#F4EFE6;}</style></head>
<body class="page-template-default page page-id-2201 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-2201">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="23" class="elementor elementor-23 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-5c1 e-flex e-con-boxed e-con e-parent" data-id="5c1" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://cwmgwalchfalconry.co.uk"><img width="240" height="80" src="/wp-content/uploads/2022/03/cwm-gwalch-logo.png"
alt="Cwm Gwalch Falconry"></a></div></div>
<div class="elementor-element elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"><div
class="elementor-widget-container">
${navMenu('main', '')}<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
${navMenu('dropdown', ' aria-hidden="true"')}</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/"><span class="elementor-button-content-wrapper"><span
class="elementor-button-text">Book
Now</span></span></a></div></div></div></div></div></header>
<main id="content" class="site-main post-2201 page type-page status-publish hentry"><div class="page-header"><h1 class="entry-title">${fTitle}</h1></div>
<div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="2201" class="elementor elementor-2201" data-elementor-post-type="page">
<div class="elementor-element elementor-element-1f2 e-flex e-con-boxed e-con e-parent" data-id="1f2" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${fIntro}</p></div></div>
${fGroups.map(sec).join('\n')}
</div></div>
<div class="elementor-element elementor-element-9d0 e-flex e-con-boxed e-con e-parent" data-id="9d0" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner"><div
class="elementor-element elementor-widget elementor-widget-call-to-action">
<div class="elementor-widget-container"><div class="elementor-cta"><div class="elementor-cta__content"><h3
class="elementor-cta__title elementor-cta__content-item
elementor-content-item">Still got a question?</h3><div class="elementor-cta__description elementor-cta__content-item
elementor-content-item">Send us a message and
a falconer will get back to you within two days.</div><div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item">
<a class="elementor-cta__button elementor-button elementor-size-" href="/contact/">Get in touch</a></div></div></div></div></div></div></div>
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer"><div
class="elementor-element e-flex e-con-boxed e-con
e-parent"><div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Cwm Gwalch Falconry, Pentre Farm, Llanfihangel, Powys LD1 6RB</p><p>Registered in Wales no. 09183377</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${['Privacy Policy', 'Terms & Conditions', 'Cookie Policy']
  .map(
    (t) => `<li class="elementor-icon-list-item"><a href="/${t.length}/"><span class="elementor-icon-list-text">
${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><p
class="elementor-heading-title elementor-size-default">
© 2025 Cwm Gwalch Falconry. Website by Red Kite Digital</p></div></div></div></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"></div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">
To provide the best experiences, we use technologies like cookies to store and/or access device information.</div></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View
preferences</button></div><div class="cmplz-links cmplz-documents"><a href="/cookie-policy-uk/" class="cmplz-link cookie-statement">Cookie
Policy</a></div></div></div>
<script src="https://cwmgwalchfalconry.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.4"
id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout620-elementor-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fGroups.flatMap(([h, qs]) => [h, ...qs.map(([q]) => q)]),
  body: [fIntro, ...fGroups.flatMap(([, qs]) => qs.map(([, a]) => a))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...fNav.filter((t) => !['Visit', 'Experiences', 'Courses'].includes(t)), 'Book Now', 'Still got a question?',
'Send us a message and a falconer will get back to you within two days.',
    'Get in touch', 'Cwm Gwalch Falconry, Pentre Farm, Llanfihangel, Powys LD1 6RB', 'Registered in Wales no. 09183377', 'Privacy Policy',
    'Terms & Conditions', 'Cookie Policy', '© 2025 Cwm Gwalch Falconry. Website by Red Kite Digital', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT620_C2: readonly TestPage[] = [elementor];
