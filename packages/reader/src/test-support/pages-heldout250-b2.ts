import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file b2: a pricing page built with Elementor Pro on WordPress (Hello theme header, elementor-section
 * and elementor-column wrappers, a monthly / yearly switch, three price-table widgets with ribbon and buttons, a comparison
 * note, an accordion FAQ, a CTA band, the Complianz cookie banner and an Elementor footer).
 */
const eTitle = 'Simple pricing for teams of every size';
const eIntro = 'Every plan includes unlimited guests, SSO-ready logins and a 14-day free trial. Change or cancel your plan at any time.';
const plans = [
  { name: 'Starter', sub: 'For small teams getting organised', cur: '$', price: '12', per: 'per user / month' },
  { name: 'Team', sub: 'For growing teams that ship every week', cur: '$', price: '24', per: 'per user / month' },
  { name: 'Enterprise', sub: 'For organisations with security reviews', cur: '', price: 'Custom', per: 'billed annually' },
];
const features = [
  ['Up to 10 active projects', 'Kanban and list views', 'Email support within two business days'],
  ['Unlimited projects', 'Timeline and workload views', 'Automations: 5,000 runs a month', 'Priority chat support'],
  ['Everything in Team', 'SAML single sign-on and SCIM provisioning', 'Audit log with 3-year retention', 'A named success manager'],
];
const eH2 = ['Frequently asked questions'];
const faq = [
  ['Who counts as a user?', 'Anyone who can create or edit tasks. Guests who only view and comment are free on every plan.'],
  [
    'Can I switch between monthly and yearly billing?',
    j('Yes. Moving to yearly billing applies the 20 percent discount from your next invoice, and we credit the unused part of the', 'current month.'),
  ],
  [
    'What happens when my trial ends?',
    'Your workspace moves to the Starter plan limits. Nothing is deleted, and you can upgrade at any point to unlock your projects.',
  ],
  ['Do you offer discounts for nonprofits?', 'Registered nonprofits and schools get 50 percent off the Team plan. Contact our sales team with your details.'],
];
const eNav = ['Features', 'Templates', 'Pricing', 'Customers', 'Sign in'];
const eFoot = ['Features', 'Integrations', 'Changelog', 'Help center', 'Status', 'Privacy notice', 'Terms'];
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default">${inner}</div></section>`;
const col = (id: string, size: number, inner: string): string => `<div class="elementor-column elementor-col-${size} elementor-top-column elementor-element
elementor-element-${id}" data-id="${id}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>`;
const widget = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const table = (i: number): string => {
  const p = plans[i] ?? plans[0]!;
  return widget(
    `pt${i}`,
    'price-table',
    `<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">${p.name}</h3>
<span class="elementor-price-table__subheading">${p.sub}</span></div><div class="elementor-price-table__price">
<span class="elementor-price-table__currency">${p.cur}</span><span class="elementor-price-table__integer-part">${p.price}</span>
<span class="elementor-price-table__period elementor-typo-excluded">${p.per}</span></div>
<ul class="elementor-price-table__features-list">${(features[i] ?? [])
      .map(
        (f, k) => `<li class="elementor-repeater-item-f${i}${k}"><div class="elementor-price-table__feature-inner"><i aria-hidden="true"
class="fas fa-check"></i><span>${f}</span></div></li>`,
      )
      .join('\n')}</ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/signup?plan=${i}">${
      i === 2 ? 'Talk to sales' : 'Start free trial'
    }</a>
${i === 2 ? '' : '<div class="elementor-price-table__additional_info"><p>No credit card required</p></div>'}</div></div>
${
  i === 1
    ? `<div class="elementor-price-table__ribbon elementor-ribbon-right">
<div class="elementor-price-table__ribbon-inner">Most popular</div></div>`
    : ''
}`,
  );
};
const eHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pricing - Tasklark</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://tasklark.example/pricing/">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="Pricing - Tasklark">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":
"https://tasklark.example/pricing/","name":"Pricing - Tasklark","isPartOf":{"@id":"https://tasklark.example/#website"}}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://tasklark.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'>
<link rel='stylesheet' id='elementor-post-412-css' href='https://tasklark.example/wp-content/uploads/elementor/css/post-412.css?ver=1772400000'>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-template-full-width elementor-page
elementor-page-412"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
${sec(
  'h1a',
  col(
    'h1b',
    100,
    widget(
      'h1c',
      'nav-menu',
      `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-h1c"
class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
    ),
  ),
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
${sec(
  'a11',
  col(
    'a12',
    100,
    `${widget('a13', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${widget('a14', 'text-editor', `<p>${eIntro}</p>`)}
${widget(
  'a15',
  'html',
  `<div class="billing-switch"><span class="billing-switch__label is-active">Monthly</span><label class="switch"><input type="checkbox"
id="billing-toggle"><span class="slider"></span></label><span class="billing-switch__label">Yearly <em>save 20%</em></span></div>`,
)}`,
  ),
)}
${sec('b21', [0, 1, 2].map((i) => col(`b2${i + 2}`, 33, table(i))).join('\n'))}
${sec(
  'c31',
  col(
    'c32',
    100,
    widget(
      'c33',
      'text-editor',
      `<p style="text-align:center">Prices in US dollars, excluding sales tax.
<a href="/compare">Compare all features</a></p>`,
    ),
  ),
)}
${sec(
  'd41',
  col(
    'd42',
    100,
    `${widget('d43', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eH2[0]}</h2>`)}
${widget(
  'd44',
  'accordion',
  `<div class="elementor-accordion">${faq
    .map(
      ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-17${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-17${i}" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span><a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-17${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"><p>${a}</p></div></div>`,
    )
    .join('\n')}</div>`,
)}`,
  ),
)}
${sec(
  'e51',
  col(
    'e52',
    100,
    `${widget('e53', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Still deciding?</h2>')}
${widget(
  'e54',
  'button',
  `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-lg" href="/demo">Book a 20-minute demo</a></div>`,
)}`,
  ),
)}
</div>
<div data-elementor-type="footer" data-elementor-id="95" class="elementor elementor-95 elementor-location-footer">
${sec(
  'f61',
  col(
    'f62',
    100,
    `${widget('f63', 'icon-list', `<ul class="elementor-icon-list-items">${links(eFoot, 'elementor-icon-list-item')}</ul>`)}
${widget('f64', 'text-editor', '<p>© 2026 Tasklark Ltd. Registered in England and Wales.</p>')}`,
  ),
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage cookie consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>We use
cookies to measure how our pricing page is used and to improve it.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.21.4",
"urls":{"assets":"https:\\/\\/tasklark.example\\/wp-content\\/plugins\\/elementor\\/assets\\/"},"post":{"id":412,"title":"Pricing"}};</script>
<script src='https://tasklark.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4' id='elementor-frontend-js'></script>
</body></html>`;
export const elementor: TestPage = {
  name: 'heldout250-elementor-pricing-page',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [...plans.map((p) => p.name), ...eH2],
  body: texts([eIntro, ...plans.flatMap((p, i) => [p.sub, `${p.cur}${p.price} ${p.per}`, ...(features[i] ?? [])]), ...faq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Monthly', 'Yearly save 20%', 'Start free trial', 'No credit card required', 'Talk to sales', 'Most popular',
    'Prices in US dollars, excluding sales tax. Compare all features', 'Still deciding?', 'Book a 20-minute demo', ...eFoot,
    '© 2026 Tasklark Ltd. Registered in England and Wales.', 'Manage cookie consent',
    'We use cookies to measure how our pricing page is used and to improve it.', 'Accept', 'Deny', 'View preferences',
  ],
};
