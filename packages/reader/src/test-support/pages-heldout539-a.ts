import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout539-kit.js';

/**
 * Held-out batch 539, file a: a mortgage broker's fees service page built with Elementor on Hello Elementor (price tables,
 * testimonial, call-to-action box, Complianz cookie banner); the Squarespace page is in file a2.
 */
const w = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string, cls = ''): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed
elementor-section-height-default ${cls}"
data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
type Plan = { h: string; sub: string; price: string; feats: string[]; note: string };
const plan = (p: Plan, id: string): string =>
  w(
    id,
    'price-table',
    `<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">${p.h}</h3>
<span class="elementor-price-table__subheading">${p.sub}</span></div><div class="elementor-price-table__price">
<span class="elementor-price-table__currency">£</span><span class="elementor-price-table__integer-part">${p.price}</span></div>
<ul class="elementor-price-table__features-list">${p.feats
      .map(
        (f) => `<li class="elementor-repeater-item-${id}"><div
class="elementor-price-table__feature-inner"><i aria-hidden="true" class="fas fa-check"></i><span>${f}</span></div></li>`,
      )
      .join('\n')}</ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/book">Book a call</a>
<div class="elementor-price-table__additional_info"><p>${p.note}</p></div></div></div>`,
  );

const hTitle = 'Our fees, explained';
const hDek = 'No surprises. You will know exactly what you pay us, and when, before we start any work on your mortgage.';
const hIntro = [
  j(
    'Most lenders pay us a procuration fee when your mortgage completes, usually between 0.35% and 0.5% of the loan. We tell you',
    'the amount in writing before you apply. On top of that we charge a broker fee, which depends on how much work your case needs.',
  ),
  j('We never charge anything for the first conversation, and if we cannot find you a mortgage we will not charge you a broker', 'fee at all.'),
];
const hPlans: Plan[] = [
  {
    h: 'Purchase or remortgage',
    sub: 'Employed applicants with a standard income',
    price: '495',
    feats: ['Whole-of-market search', 'Application managed to completion', 'Protection review included'],
    note: 'Payable when you receive a mortgage offer.',
  },
  {
    h: 'Complex income',
    sub: 'Self-employed, contractors, company directors',
    price: '795',
    feats: ['Specialist and private bank lenders', 'Help preparing accounts and SA302s', 'Underwriter liaison'],
    note: 'Half on application, half on offer.',
  },
  {
    h: 'Buy-to-let',
    sub: 'Single lets, HMOs and limited companies',
    price: '895',
    feats: ['Portfolio landlord assessment', 'Rental stress tests modelled', 'SPV structure introductions'],
    note: 'Payable when you receive a mortgage offer.',
  },
];
const hRefundH = 'Refunds';
const hRefund = [
  j(
    'If the lender declines your application for a reason we should have spotted, we refund the broker fee in full. If you',
    'decide not to go ahead after an offer has been issued, the fee is not refundable.',
  ),
];
const hWarn = 'Your home may be repossessed if you do not keep up repayments on your mortgage.';
const hTesti = ['“Clear about costs from day one. We knew the fee before we had even sent a payslip.”', 'Priya and Tom, first-time buyers in Kettlebrook'];
const hNav = ['Home', 'Mortgages', 'Remortgage', 'Buy-to-let', 'Protection', 'Fees', 'About us', 'Contact'];
const hFoot = ['Privacy policy', 'Complaints', 'Cookie policy', 'Terms of business'];
const hFca = j(
  'Harbourline Mortgages Ltd is an appointed representative of Coastway Financial Network Ltd, which is authorised and',
  'regulated by the Financial Conduct Authority. FCA number 700144.',
);
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mortgage Broker Fees | Harbourline Mortgages</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="${hDek}"><link rel="canonical" href="https://harbourlinemortgages.co.uk/fees/">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Mortgage Broker Fees"},{"@type":"FinancialService",
"name":"Harbourline Mortgages"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-214-css" href="/wp-content/uploads/elementor/css/post-214.css?ver=1730990211" media="all">
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{display:none}.cmplz-show{display:grid}</style></head>
<body class="page-template-default page page-id-214 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
${sec(
  '1c0d9e',
  `${w('5a7b21', 'theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2024/02/harbourline-logo.svg" alt="Harbourline Mortgages"></a>')}
${w(
  '8e2f10',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Menu"><ul id="menu-1-8e2f10"
class="elementor-nav-menu">${links(hNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"></div>`,
)}
${w(
  '2b9c44',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960418">
<span class="elementor-button-text">01632 960418</span></a>`,
)}`,
)}
</div>
<main id="content" class="site-main post-214 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214">
${sec(
  '3f1a2c',
  `${w('6d3e01', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${hTitle}</h1>`)}
${w('7a9f02', 'text-editor', `<p>${hDek}</p>`)}`,
  'hero',
)}
${sec('4b2e8d', w('9c1a03', 'text-editor', ps(hIntro)))}
<section class="elementor-section elementor-top-section elementor-element elementor-element-a11f20 elementor-section-boxed" data-id="a11f20"
data-element_type="section">
<div class="elementor-container elementor-column-gap-wide">${hPlans
  .map(
    (p, i) => `<div
class="elementor-column elementor-col-33 elementor-top-column elementor-element" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">${plan(p, `c0ff0${i}`)}</div></div>`,
  )
  .join('\n')}</div></section>
${sec(
  'b71d55',
  `${w('0e4b10', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${hRefundH}</h2>`)}
${w('0e4b11', 'text-editor', ps(hRefund))}
${w('0e4b12', 'alert', `<div class="elementor-alert elementor-alert-warning" role="alert"><span class="elementor-alert-description">${hWarn}</span></div>`)}`,
)}
${sec(
  'd20e77',
  w(
    '5f5f13',
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${hTesti[0]}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div
class="elementor-testimonial-name">${hTesti[1]}</div></div></div></div>`,
  ),
  'testimonials',
)}
${sec(
  'e93c88',
  `${w(
    '61aa14',
    'call-to-action',
    `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__content-item">Ready to talk?</h2>
<div class="elementor-cta__description elementor-cta__content-item">A free 20-minute call with an adviser, by phone or video.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item"><a class="elementor-cta__button elementor-button elementor-size-md"
href="/book">Book your free call</a></div></div></div>`,
  )}`,
  'cta',
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="58" class="elementor elementor-58 elementor-location-footer">
${sec(
  'f00a01',
  `${w('f00a02', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(hFoot, 'menu-item')}</ul></nav>`)}
${w('f00a03', 'text-editor', `<p>${hFca}</p><p>© 2026 Harbourline Mortgages Ltd. Registered in England No. 11824093.</p>`)}`,
)}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4"};</script>
</body></html>`;
const harbourline: TestPage = settle({
  name: 'heldout539-elementor-broker-fees',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...hPlans.map((p) => p.h), hRefundH],
  body: texts([hDek, ...hIntro, ...hPlans.flatMap((p) => [p.sub, `£${p.price}`, ...p.feats, p.note]), ...hRefund, hWarn]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, '01632 960418', 'Book a call', ...hTesti, 'Ready to talk?',
    'A free 20-minute call with an adviser, by phone or video.', 'Book your free call', ...hFoot, hFca,
    '© 2026 Harbourline Mortgages Ltd. Registered in England No. 11824093.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
});

export const HELDOUT539_A: readonly TestPage[] = [harbourline];
