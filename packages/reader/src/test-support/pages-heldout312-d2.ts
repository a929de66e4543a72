import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file d2: a city's budget explainer on WordPress built with Elementor Pro (theme-builder header with
 * the nav menu widget, the page as nested sections, columns and widgets: heading, text editor, counters, icon list,
 * image box, button and call-to-action widgets; the "Budget documents" sidebar column, a Complianz cookie banner and the
 * theme-builder footer). The page has no byline; its "Posted" line is in a post-info widget.
 */
const bTitle = 'Where your money goes: the 2026 Budget explained';
const bIntro = [
  j(
    'Every year, the Town of Ferrisburgh Council adopts a budget that sets out how much money the town will spend, on what, and',
    'where the money will come from. The 2026 budget was adopted on February 24 and totals $148.6 million.',
  ),
  'This page explains the budget in plain language. For the full detail, see the budget documents listed on this page.',
];
const bH1 = 'Where the money comes from';
const bP1 = [
  j(
    'Property taxes pay for just under half of the budget. The rest comes from water and sewer charges, grants from the province,',
    'and fees for services such as recreation programs and building permits.',
  ),
];
const bSources = [
  'Property taxes: $71.2 million (48%)',
  'Water and sewer charges: $38.9 million (26%)',
  'Provincial grants: $19.4 million (13%)',
  'User fees and other revenue: $19.1 million (13%)',
];
const bH2 = 'What it pays for';
const bP2 = [
  j(
    'The largest single item is water and wastewater, which includes the treatment plant, 480 kilometres of pipes and the',
    'staff who maintain them. Police and fire services together make up about a fifth of the budget.',
  ),
  j(
    'This year’s budget adds $4.2 million for road resurfacing, the biggest increase in a decade, after a survey found that a',
    'third of town roads were in poor condition.',
  ),
];
const bH3 = 'What it means for your tax bill';
const bP3 = [
  j(
    'The town portion of the property tax rate will rise by 3.4 percent. For a home assessed at the town’s average value of',
    '$412,000, that is an increase of about $96 a year, or $8 a month.',
  ),
  j(
    'Your total bill also includes the school board and the regional levy, which are set by other bodies. The town collects',
    'those amounts but does not decide them.',
  ),
];
const bQuote = '“We kept the increase below inflation while finally catching up on roads. That was the council’s priority.”';
const bQuoteBy = 'Mayor Odile Brassard';
const bH4 = 'Have your say on next year’s budget';
const bP4 = [
  j(
    'Public consultation on the 2027 budget opens in September. You can take part online, at a drop-in session at the Civic',
    'Centre, or by writing to the Treasury department.',
  ),
];
const bNav = ['Residents', 'Business', 'Your Council', 'Town Hall', 'Events', 'Contact Us'];
const bDocs = ['2026 Adopted Budget (PDF)', 'Capital Plan 2026–2035 (PDF)', 'Budget presentation to Council (PDF)', 'Past budgets'];
const bFoot = ['Accessibility', 'Privacy', 'Careers', 'Sitemap'];
const el = (id: string, widget: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${widget}" data-id="${id}" data-element_type="widget" data-widget_type="${widget}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const head = (id: string, t: string): string => el(id, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const text = (id: string, p: string[]): string => el(id, 'text-editor', p.map((x) => `<p>${x}</p>`).join('\n'));
const counter = (id: string, n: string, label: string): string =>
  el(
    id,
    'counter',
    `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number-prefix">$</span>
<span class="elementor-counter-number" data-duration="2000" data-to-value="${n}" data-from-value="0">${n}</span>
<span class="elementor-counter-number-suffix">M</span></div><div class="elementor-counter-title">${label}</div></div>`,
  );
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
${inner}</div></section>`;
const col = (id: string, n: number, inner: string): string => `<div class="elementor-column elementor-col-${n} elementor-top-column elementor-element
elementor-element-${id}" data-id="${id}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>`;
const bHtml = `<!DOCTYPE html><html lang="en-CA"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bTitle} – Town of Ferrisburgh</title><meta name='robots' content='index, follow, max-image-preview:large' />
<meta property="og:title" content="${bTitle}" />
<meta name="generator" content="Elementor 3.27.4; features: e_font_icon_svg; settings: css_print_method-external" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${bTitle}"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://ferrisburgh.example/wp-content/plugins/elementor/assets/css/frontend.min.css' media='all' />
<link rel='stylesheet' id='elementor-post-512-css' href='https://ferrisburgh.example/wp-content/uploads/elementor/css/post-512.css' media='all' />
</head><body class="page-template-default page page-id-512 elementor-default elementor-kit-6 elementor-page elementor-page-512">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">${sec(
  '1c0e4f2',
  col(
    '5d2a9b1',
    100,
    el(
      '2b7e0c3',
      'nav-menu',
      `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-2b7e0c3"
class="elementor-nav-menu">${links(bNav, 'menu-item')}</ul></nav>`,
    ),
  ),
)}</div>
<main id="content" class="site-main post-512 page type-page status-publish"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="512" class="elementor elementor-512">
${sec(
  '7a41c0e',
  col(
    '90e1f3a',
    100,
    `${el('4e5b6c7', 'heading', `<h1 class="elementor-heading-title elementor-size-xl">${bTitle}</h1>`)}
${el(
  'c3d2e1f',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li
class="elementor-icon-list-item">Posted February 27, 2026</li></ul>`,
)}`,
  ),
)}
${sec(
  '0f9e8d7',
  `${col(
    'a1b2c3d',
    66,
    `${text('11aa22b', bIntro)}${head('22bb33c', bH1)}${text('33cc44d', bP1)}
${el(
  '44dd55e',
  'icon-list',
  `<ul class="elementor-icon-list-items">${bSources
    .map(
      (s) => `<li class="elementor-icon-list-item"><span
class="elementor-icon-list-icon"></span><span class="elementor-icon-list-text">${s}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${head('55ee66f', bH2)}<div class="elementor-element elementor-element-66ff770 e-flex e-con-boxed e-con e-child" data-element_type="container">
${counter('77a0b1c', '41.3', 'Water and wastewater')}${counter('88b1c2d', '29.8', 'Police and fire')}${counter('99c2d3e', '22.5', 'Roads and transport')}</div>
${text('aad3e4f', bP2)}${head('bbe4f50', bH3)}${text('ccf5061', bP3)}
${el(
  'dd06172',
  'testimonial',
  `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${bQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-name">${bQuoteBy}</div></div></div>`,
)}
${head('ee17283', bH4)}${text('ff28394', bP4)}
${el(
  '0a394a5',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm"
href="/budget/consultation"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Join the mailing
list</span></span></a></div>`,
)}`,
  )}
${col(
  'b4c5d6e',
  33,
  `${el('1b4a5b6', 'heading', '<h3 class="elementor-heading-title elementor-size-default">Budget documents</h3>')}
${el('2c5b6c7', 'icon-list', `<ul class="elementor-icon-list-items">${links(bDocs, 'elementor-icon-list-item')}</ul>`)}
${el(
  '3d6c7d8',
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title">Questions about
your tax bill?</h2><div class="elementor-cta__description">Call the Tax Office at 555-0190, Monday to Friday, 8:30 to 4:30.</div></div></div>`,
)}`,
)}`,
)}</div></div></main>
<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer">${sec(
  '4e7d8e9',
  col(
    '5f8e9fa',
    100,
    `${el('6a9fab0', 'text-editor', `<p>Town of Ferrisburgh, 12 Mill Street, Ferrisburgh ON</p>`)}${el(
      '7bab0c1',
      'nav-menu',
      `<ul
class="elementor-nav-menu">${links(bFoot, 'menu-item')}</ul>`,
    )}
${el('8cb1d2e', 'text-editor', `<p>© 2026 Town of Ferrisburgh. All rights reserved.</p>`)}`,
  ),
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right"
role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body">
<div class="cmplz-message">We
use cookies to optimize our website and our service.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src='https://ferrisburgh.example/wp-content/plugins/elementor/assets/js/frontend.min.js' id='elementor-frontend-js'></script></body></html>`;
export const budget: TestPage = {
  name: 'heldout312-elementor-city-budget-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2, bH3, bH4],
  body: texts([...bIntro, ...bP1, ...bSources, ...bP2, ...bP3, bQuote, ...bP4]),
  bylines: ['Posted February 27, 2026'],
  furniture: [
    'Skip to content',
    ...bNav,
    'Join the mailing list',
    'Budget documents',
    ...bDocs,
    'Questions about your tax bill?',
    'Call the Tax Office at 555-0190, Monday to Friday, 8:30 to 4:30.',
    'Town of Ferrisburgh, 12 Mill Street, Ferrisburgh ON',
    ...bFoot,
    '© 2026 Town of Ferrisburgh. All rights reserved.',
    'Manage Cookie Consent',
    'We use cookies to optimize our website and our service.',
    'Accept',
    'Deny',
    'View preferences',
  ],
};
