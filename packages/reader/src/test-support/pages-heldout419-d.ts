import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout419-kit.js';

/**
 * Held-out batch 419, file d: a freight broker's shipping calculator page built with Elementor on WordPress (Hello theme
 * header, elementor sections, heading and text-editor widgets, the calculator form widget, icon list, testimonial, call to
 * action, footer template) and a courier's prohibited items article on a Freshdesk support portal (portal header, search,
 * breadcrumbs, article meta "Modified on", print link, feedback box, related articles, footer).
 */
const eTitle = 'Shipping cost calculator';
const eIntro = [
  j(
    'Get an instant estimate for sending a parcel or pallet with ShipWise. Enter where it is going, how much it weighs and its',
    'size, and we compare prices from six carriers in real time.',
  ),
];
const eHowH = 'How we work out your price';
const eHow = [
  j(
    'Carriers charge by whichever is greater: the actual weight or the volumetric weight. Volumetric weight is the length, width',
    'and height in centimetres multiplied together and divided by 5,000. A large but light box of duvets will often be priced',
    'on its size rather than its weight.',
  ),
  'The estimate includes:',
];
const eIncl = [
  'collection from your address or drop-off at a local shop',
  'fuel surcharge at this month’s rate',
  'basic cover up to £25, with extra cover available at checkout',
];
const eHow2 = [
  j(
    'It does not include import duty or taxes for parcels leaving the country. Those are paid by the receiver unless you choose',
    'delivered duty paid at checkout.',
  ),
];
const eSpeedH = 'Choosing a service';
const eSpeed = [
  j(
    'For each carrier you will see three speeds: economy, usually three to five working days; standard, one to two days; and',
    'next-day before noon. Economy services are often half the price of next-day and are a good choice for heavy items that are',
    'not urgent, such as books or garden furniture.',
  ),
  j(
    'Pallet quotes are worked out separately because they need a tail-lift lorry at both ends. If the address has no forklift or loading',
    'bay, tick the tail-lift option so the driver brings one; otherwise the carrier may refuse the collection.',
  ),
];
const eTipsH = 'Tips for an accurate quote';
const eTips = [
  'Measure the packed box, not the item inside, and round each side up to the next whole centimetre.',
  'Weigh the parcel on bathroom scales by weighing yourself with and without it.',
  'If the price at collection differs by more than 10%, the carrier may charge the difference to your card.',
];
const eNav = ['Send a parcel', 'Pallets', 'Business accounts', 'Help centre', 'Calculator'];
const eFoot = ['About us', 'Careers', 'Carrier partners', 'Privacy policy', 'Cookie policy', 'Terms of carriage'];
const eQuote = 'Saved us about a third on our weekly pallets to the coast. The quotes match the invoices.';
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shipping cost calculator – ShipWise</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Compare parcel and pallet prices from six carriers instantly."><meta property="og:locale" content="en_GB">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"datePublished":"2025-06-11T09:00:00+00:00","dateModified":"2026-02-24T15:31:02+00:00"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://shipwise.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all' /><link rel='stylesheet' id='elementor-post-88-css' href='https://shipwise.example/wp-content/uploads/elementor/css/post-88.css' media='all' />
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":88,"title":"Shipping%20cost%20calculator"}};</script>
</head><body class="page-template page-template-elementor_header_footer page page-id-88 elementor-default elementor-kit-5 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo">
<div class="elementor-widget-container"><a href="https://shipwise.example"><img src="/logo.svg" alt="ShipWise"></a></div></div></div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-nav-menu">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-a1" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav></div></div></div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f1a2b7 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-element-9a0b1c2 elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(eIntro)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-form" data-widget_type="form.default"><div class="elementor-widget-container">
<form class="elementor-form" method="post" name="Quote"><div class="elementor-form-fields-wrapper elementor-labels-above">
<div class="elementor-field-type-select elementor-field-group"><label for="form-field-from" class="elementor-field-label">Sending from</label>
<select name="form_fields[from]" id="form-field-from"><option>United Kingdom</option></select></div>
<div class="elementor-field-group"><label for="form-field-to" class="elementor-field-label">Sending to</label>
<select name="form_fields[to]" id="form-field-to"><option>Choose a country</option></select></div>
<div class="elementor-field-group"><label for="form-field-kg" class="elementor-field-label">Weight (kg)</label><input type="number" id="form-field-kg"></div>
<div class="elementor-field-group"><label for="form-field-dims" class="elementor-field-label">Length × width × height (cm)</label>
<input type="text" id="form-field-dims"></div>
<div class="elementor-field-group elementor-column elementor-field-type-submit"><button type="submit" class="elementor-button elementor-size-md">
<span class="elementor-button-text">Compare prices</span></button></div></div></form></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-7c2d3e4 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-66 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHowH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(eHow)}<ul>${eIncl.map((i) => `<li>${i}</li>`).join('')}</ul>${ps(eHow2)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eSpeedH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eSpeed)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eTipsH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${eTips
  .map((t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"></span><span class="elementor-icon-list-text">${t}</span></li>`)
  .join('\n')}</ul></div></div></div></div>
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-testimonial"><div class="elementor-widget-container">
<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Priya Lodge</div>
<div class="elementor-testimonial-job">Operations lead, Saltmarsh Ceramics</div></div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-widget-container">
<div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-cta__item">Shipping more than 50 parcels a month?</h3>
<div class="elementor-cta__description elementor-cta__item">Open a business account for volume prices and monthly invoicing.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/business">Talk to our team</a></div>
</div></div></div></div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container">
<div class="elementor-widget-container"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></div>
<div class="elementor-widget-container"><p class="elementor-heading-title">© 2026 ShipWise Freight Ltd. All rights reserved.</p></div>
</div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-message-title-optin">Manage cookie consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">We use cookies to remember your last quote and to count visits.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src='https://shipwise.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4' id='elementor-frontend-js'></script></body></html>`;
const shipwise: TestPage = {
  name: 'heldout419-elementor-calculator-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eHowH, eSpeedH, eTipsH],
  body: texts([...eIntro, ...eHow, ...eIncl, ...eHow2, ...eSpeed, ...eTips]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Sending from', 'United Kingdom', 'Sending to', 'Choose a country', 'Weight (kg)', 'Length × width × height (cm)',
    'Compare prices', eQuote, 'Priya Lodge', 'Operations lead, Saltmarsh Ceramics', 'Shipping more than 50 parcels a month?',
    'Open a business account for volume prices and monthly invoicing.', 'Talk to our team', ...eFoot, '© 2026 ShipWise Freight Ltd. All rights reserved.',
    'Manage cookie consent', 'We use cookies to remember your last quote and to count visits.', 'Accept', 'Deny', 'View preferences',
  ],
};

const fTitle = 'Prohibited and restricted items';
const fIntro = [
  j(
    'For the safety of our drivers, aircraft crews and sorting staff, some items cannot be sent with Corvid Couriers at all and',
    'others can only be sent on certain services. If we find a prohibited item in a parcel, we will hold it and may pass it to the',
    'police or the fire service. Compensation does not cover prohibited items.',
  ),
];
const fProhH = 'Items we never carry';
const fProh = [
  'Explosives, fireworks, flares and ammunition, including replicas that look real',
  'Flammable liquids and gases, including aerosols over 500ml, lighter refills and petrol',
  'Loose lithium batteries and power banks not fitted inside a device',
  'Cash, gift cards with a balance and precious stones',
  'Live animals, other than insects sent by a registered supplier',
];
const fRestH = 'Items we carry with conditions';
const fRest: [string, string][] = [
  ['Perfume and aftershave', 'Inland road services only, up to 150ml per bottle'],
  ['Alcohol', 'Inland only, sealed, receiver aged 18 or over, signature required'],
  ['Medicines', 'Prescription medicines only between pharmacies with a business account'],
  ['Phones and laptops', 'Battery must be fitted and the device switched off'],
];
const fIntH = 'Sending abroad';
const fInt = [
  j(
    'Every destination country adds its own rules. Food, plants, seeds and soil are refused by most island customs services, and',
    'some countries refuse second-hand clothing. Check the destination before you book; we cannot refund a parcel that customs',
    'destroys or returns.',
  ),
  j(
    'Business customers sending dangerous goods under a signed agreement, such as paint or small quantities of chemicals, must use',
    'the hazardous goods service, label every package with the correct class and carry the safety data sheet with the parcel.',
  ),
  'If you are not sure whether an item is allowed, contact us before you send it and describe it as fully as you can.',
];
const fRel = ['How to pack fragile items', 'Sending batteries and electronics', 'What customs information do I need?'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>${fTitle} : Corvid Couriers Support</title><meta name="keywords" content="prohibited, restricted, dangerous goods" />
<meta name="description" content="Items that cannot be sent, or can only be sent on certain services." />
<link rel="canonical" href="https://support.corvidcouriers.example/support/solutions/articles/80001234567" />
<link rel='stylesheet' href='/assets/cdn/portal/styles/theme.css?FD005' type='text/css' media='all' />
<script type="text/javascript">var portal = {"language":"en","name":"Corvid Couriers Support","current_tab":"solutions","current_page":"article_view"};
</script></head>
<body><div class="page"><header class="banner"><div class="banner-wrapper page"><div class="banner-title">
<a href="https://www.corvidcouriers.example" class="logo"><img src="/logo.png" alt="Logo"></a>
<h1 class="ellipsis heading">Corvid Couriers Support</h1></div><nav class="banner-nav"><a href="/support/login">Login</a>
<a href="/support/signup">Sign up</a></nav></div></header>
<nav class="page-tabs"><div class="nav-link" id="header-tabs"><a href="/support/home" class="">Home</a>
<a href="/support/solutions" class="active">Solutions</a><a href="/support/tickets/new" class="">New support ticket</a></div></nav>
<section class="help-center rounded-6"><div class="hc-search"><div class="hc-search-c"><h2 class="heading hide-in-mobile">How can we help you today?</h2>
<form class="hc-search-form print--remove" action="/support/search"><input placeholder="Enter your search term here..." type="text"
name="term" class="special"><button type="submit" class="hc-search-button">Search</button></form></div></div>
<div class="hc-nav"><nav><a href="/support/tickets/new" class="mobile-icon-nav-newticket">New support ticket</a>
<a href="/support/tickets" class="mobile-icon-nav-status">Check ticket status</a></nav></div></section>
<div class="c-wrapper"><section class="main content rounded-6 min-height-on-desktop fc-article-show" id="article-show-80001234567">
<div class="breadcrumb"><a href="/support/solutions">Solution home</a><a href="/support/solutions/8000012">Sending a parcel</a>
<a href="/support/solutions/folders/8000045">Packing and restrictions</a></div>
<b class="page-stamp page-stamp-article"><b class="icon-page-article"></b></b>
<h2 class="heading">${fTitle}<a href="javascript:print();" class="solution-print--icon print--remove" title="Print this Article">Print</a></h2>
<p class="help-text">Modified on: Tue, 17 Feb, 2026 at 2:41 PM</p><hr />
<article class="article-body" id="article-body" rel="image-enlarge">
${ps(fIntro)}
<h3>${fProhH}</h3>
<ul>${fProh.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h3>${fRestH}</h3>
<table style="width: 100%;"><tbody><tr><td><strong>Item</strong></td><td><strong>Allowed on</strong></td></tr>
${fRest.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}
</tbody></table>
<h3>${fIntH}</h3>
${ps(fInt)}
</article><hr />
<div id="article-vote" class="article-vote" data-user-id=""><p class="article-vote" id="voting-container">Did you find it helpful?
<span data-href="/support/solutions/articles/80001234567/thumbs_up" class="vote-up a-link">Yes</span>
<span data-href="/support/solutions/articles/80001234567/thumbs_down" class="vote-down a-link">No</span></p></div>
<div id="vote-feedback-form"><div class="lead">Send feedback</div><p>Sorry we couldn't be helpful. Help us improve this article with your feedback.</p></div>
</section>
<section class="sidebar content rounded-6 fc-related-articles"><div id="related_articles"><div class="cs-g-c"><section class="article-list">
<h3 class="list-lead">Related Articles</h3><ul>${links(fRel)}</ul></section></div></div></section></div>
<footer class="footer rounded-6"><nav class="footer-links page no-padding"><a href="/support/home">Home</a>
<a href="/support/solutions">Solutions</a><a href="/support/tickets/new">New support ticket</a></nav></footer>
<div class="copyright"><a href="https://www.freshworks.example/freshdesk/" target="_blank">Help Desk Software</a> by Freshdesk</div></div>
<script src="/assets/cdn/portal/scripts/application.js?FD005"></script></body></html>`;
const corvid: TestPage = {
  name: 'heldout419-freshdesk-prohibited-items-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fProhH, fRestH, fIntH],
  body: texts([...fIntro, ...fProh, ...fRest.flat(), ...fInt]),
  bylines: ['Modified on: Tue, 17 Feb, 2026 at 2:41 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Corvid Couriers Support', 'Login', 'Sign up', 'Home', 'Solutions', 'New support ticket', 'How can we help you today?', 'Search',
    'Check ticket status', 'Solution home', 'Sending a parcel', 'Packing and restrictions', 'Print', 'Did you find it helpful?', 'Send feedback',
    "Sorry we couldn't be helpful. Help us improve this article with your feedback.", 'Related Articles', ...fRel, 'Help Desk Software', 'by Freshdesk',
  ],
};

export const HELDOUT419_D: readonly TestPage[] = [shipwise, corvid];
