import { links, type TestPage } from './page-kit.js';
import { bodyOf, finish, h2, headingsOf, j, p, render, table, ul } from './pages-heldout611-kit.js';

/**
 * Held-out batch 611, file a: a conveyancing fee page of a solicitors' firm built with Elementor (Hello theme, Elementor Pro
 * header and footer, CookieYes banner, quote form); the batch's second WordPress page is in file a2.
 */
const eTitle = 'Conveyancing fees for buying a home';
const eDek = 'Fixed fees, agreed before we start. This is what you pay us, and what we pay to others for you, when you buy a home in England.';
const eBlocks = [
  h2('Our legal fee'),
  p(
    j(
      'Our fee depends on the price of the property. It covers all of the legal work from the day you instruct us until the',
      'Land Registry shows you as the owner.',
    ),
  ),
  table(
    ['Purchase price', 'Legal fee', 'VAT', 'Total'],
    ['Up to £250,000', '£895', '£179', '£1,074'],
    ['£250,001 to £500,000', '£1,095', '£219', '£1,314'],
    ['£500,001 to £750,000', '£1,395', '£279', '£1,674'],
    ['£750,001 to £1,000,000', '£1,695', '£339', '£2,034'],
  ),
  p('For homes over £1 million, please call us for a quote. Leasehold purchases carry a supplement of £295 plus VAT.'),
  h2('Disbursements'),
  p('Disbursements are costs that we pay to third parties on your behalf. We pass them on at cost.'),
  ul(
    'Search pack (local authority, drainage and water, environmental): £310 including VAT',
    'Land Registry search and bankruptcy search: £14',
    'Land Registry fee: £45 to £230, depending on the price',
    'Electronic money transfer fee: £42 including VAT, for each transfer',
  ),
  h2('What could cost more'),
  p(
    j(
      'Some purchases need more work than a standard sale. We will tell you in writing before we do any extra work, and we will',
      'not charge for it unless you agree. Typical extras are a new-build purchase (£250), a Help to Buy ISA or Lifetime ISA',
      '(£75 each), a gifted deposit (£125) and a property with an unregistered title (£300).',
    ),
  ),
  h2('How long it takes'),
  p(
    j(
      'A typical purchase takes ten to fourteen weeks from the offer being accepted to completion. A chain, a leasehold title or',
      'a slow search from the local council can add several weeks. We will give you a timetable in our first letter.',
    ),
  ),
  p('Stamp Duty Land Tax is not included in these figures. We will work out what you owe and pay it to HM Revenue & Customs for you.'),
];
const eNav = ['Buying', 'Selling', 'Remortgage', 'Wills & Probate', 'Our Team', 'Contact'];
const eFoot = ['Privacy Policy', 'Complaints Procedure', 'Cookie Policy', 'Accessibility'];
const eFormLabels = ['Price of the property', 'Is the property leasehold?', 'Your email address'];
const eEsc = (s: string): string => s.replace(/&/g, '&amp;');
const ew = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Conveyancing Fees | Pennick &amp; Rowe Solicitors, Kenwith</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.pennickrowe.co.uk/conveyancing-fees/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Conveyancing Fees"},
{"@type":"LegalService","name":"Pennick & Rowe Solicitors","telephone":"01632 960 412"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://www.pennickrowe.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-412-css" href="https://www.pennickrowe.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1712044411">
<style id="cky-style-inline">.cky-consent-container{position:fixed;width:440px;box-sizing:border-box;z-index:9999999}</style>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/8f3c2e1a/script.js"></script></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-template-full-width elementor-page
elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to improve your experience and to see how visitors use our website.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-element-1b2c3d elementor-section-boxed" data-id="1b2c3d"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33
elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${ew(
  'theme-site-logo',
  '4d5e6f',
  `<a href="https://www.pennickrowe.co.uk"><img width="220" height="60"
src="/wp-content/uploads/2023/04/pennick-rowe-logo.svg" alt="Pennick &amp; Rowe Solicitors"></a>`,
)}
</div></div><div class="elementor-column elementor-col-66 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap">
${ew(
  'nav-menu',
  '7a8b9c',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-7a8b9c" class="elementor-nav-menu">${links(eNav.map(eEsc), 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${ew(
  'button',
  '0c1d2e',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960412">
<span class="elementor-button-text">Call 01632 960 412</span></a>`,
)}
</div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" id="content">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5e6f7a elementor-section-boxed" data-id="5e6f7a"
data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-background-overlay"></div>
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${ew('heading', '2f3a4b', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${ew('text-editor', '6c7d8e', `<p>${eDek}</p>`)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-9f0a1b elementor-section-boxed" data-id="9f0a1b"
data-element_type="section"><div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-66
elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${ew('text-editor', '3b4c5d', render(eBlocks, { table: ' class="fee-table" style="width:100%"' }))}
</div></div><div class="elementor-column elementor-col-33 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap">
${ew(
  'form',
  '8e9f0a',
  `<form class="elementor-form" method="post" name="Instant quote"><h3 class="quote-form-title">Get your instant quote</h3>
<div class="elementor-form-fields-wrapper elementor-labels-above">${eFormLabels
    .map(
      (l, i) => `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-col-100">
<label for="form-field-f${i}" class="elementor-field-label">${l}</label><input type="text" name="form_fields[f${i}]" id="form-field-f${i}"
class="elementor-field elementor-size-sm elementor-field-textual"></div>`,
    )
    .join('\n')}
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100"><button type="submit" class="elementor-button
elementor-size-sm"><span class="elementor-button-text">Send me my quote</span></button></div></div></form>`,
)}
${ew(
  'icon-list',
  '1a2b3c',
  `<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">No move, no
legal fee</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">CQS accredited</span></li></ul>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element elementor-element-4e5f6a" data-id="4e5f6a" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column"><div
class="elementor-widget-wrap">
${ew(
  'text-editor',
  '7b8c9d',
  `<p>Pennick &amp; Rowe Solicitors, 14 Quay Street, Kenwith KW2 4HD</p><p>Pennick &amp; Rowe Solicitors is authorised and
regulated by the Solicitors Regulation Authority (SRA number 604417).</p>`,
)}
${ew('nav-menu', '0d1e2f', `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFoot)}</ul></nav>`)}
${ew('heading', '3f4a5b', '<p class="elementor-heading-title elementor-size-default">© 2025 Pennick &amp; Rowe Solicitors. All rights reserved.</p>')}
</div></div></div></section></div>
<script src="https://www.pennickrowe.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementorFees: TestPage = finish({
  name: 'heldout611-elementor-conveyancing-fees',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: headingsOf(eBlocks),
  body: [eDek, ...bodyOf(eBlocks)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We value your privacy', 'We use cookies to improve your experience and to see how visitors use our website.', 'Customise',
    'Reject All', 'Accept All', ...eNav, 'Call 01632 960 412', 'Get your instant quote', ...eFormLabels, 'Send me my quote', 'No move, no legal fee',
    'CQS accredited', 'Pennick & Rowe Solicitors, 14 Quay Street, Kenwith KW2 4HD',
    'Pennick & Rowe Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA number 604417).', ...eFoot,
    '© 2025 Pennick & Rowe Solicitors. All rights reserved.',
  ],
});

export const HELDOUT611_A: readonly TestPage[] = [elementorFees];
