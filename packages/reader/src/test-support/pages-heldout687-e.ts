import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout687-kit.js';

/**
 * Held-out batch 687, file e: a tenant move-in guide on a Webflow CMS template (rich text, hidden form states, related guides)
 * and a landlord services page built with Elementor on WordPress (price tables, counters, testimonials, CookieYes banner).
 */
const fTitle = 'Moving in: your first week as a tenant';
const fDek = 'What to check, who to call and which forms to send back in the first seven days of your tenancy.';
const fBody = [
  j('The first week of a tenancy sets the tone for the rest of it. A few careful checks now will protect your deposit and save you', 'phone calls later.'),
  'Check the inventory against the flat',
  j(
    'You will receive the check-in inventory by email on the day you collect your keys. Walk round every room with it, note anything',
    'that is missing or damaged, and take dated photos. Send your comments back within seven days; after that we treat the inventory',
    'as agreed.',
  ),
  'Set up your utilities',
  'Take meter readings for gas, electricity and water on the day you move in.',
  'Tell the suppliers named in your welcome pack that you are the new account holder.',
  'Register for council tax with Hennock District Council.',
  'Arrange broadband yourself; the landlord cannot do this for you.',
  'Know where things are',
  j(
    'Find the stopcock, the fuse box and the boiler controls before you need them. Your welcome pack has a photo of each. Test the',
    'smoke alarms on day one and then once a month.',
  ),
  'Save our numbers',
  j('Report repairs through the tenant app. For emergencies out of hours, such as a leak you cannot stop or no heating in winter,', 'call 01632 960 118.'),
];
const fNav = ['Rent a home', 'Landlords', 'Tenant guides', 'About', 'Contact'];
const fRel = ['Getting your deposit back', 'Renewing your tenancy', 'Ending your tenancy early'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 02 2027 11:20:44 GMT+0000 -->
<html data-wf-domain="www.quillandmoss.co.uk" data-wf-page="65f1c2a0e4b1" data-wf-site="65f1c29fe4b0" data-wf-collection="65f1c2a0e4b4"
data-wf-item-slug="moving-in"><head><meta charset="utf-8"><title>${fTitle} | Quill &amp; Moss Lettings</title>
<meta content="${fDek}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1c29fe4b0/css/quillandmoss.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65f1c29fe4b0/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65f1c29fe4b0/logo.svg" loading="lazy" alt="Quill &amp; Moss"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((n) => `<a href="/${n.length}" class="nav-link w-nav-link">${n}</a>`).join('\n')}
<a href="/book-a-viewing" class="button nav-button w-button">Book a viewing</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div>
</div></div></div>
<section class="guide-hero"><div class="container w-container"><a href="/tenant-guides" class="back-link">← All tenant guides</a>
<div class="guide-category">For tenants</div><h1 class="guide-title">${fTitle}</h1><p class="guide-summary">${fDek}</p>
<div class="guide-meta"><div class="text-block-meta">Last updated</div><div class="text-block-meta">March 2, 2027</div></div></div></section>
<section class="guide-body"><div class="container w-container"><div class="guide-layout"><div class="guide-content"><div class="rich-text-guide w-richtext">
${ps([at(fBody, 0)])}<h2>${at(fBody, 1)}</h2>${ps([at(fBody, 2)])}<h2>${at(fBody, 3)}</h2><ul role="list">${lis(fBody.slice(4, 8))}</ul>
<h2>${at(fBody, 8)}</h2>${ps([at(fBody, 9)])}<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65f1c29fe4b0/stopcock.jpg"
loading="lazy" alt="A stopcock under a kitchen sink"></div><figcaption>The stopcock is usually under the kitchen sink.</figcaption></figure>
<h2>${at(fBody, 10)}</h2>${ps([at(fBody, 11)])}</div></div>
<div class="guide-sidebar"><div class="sidebar-card"><h4 class="sidebar-heading">Need help?</h4><p class="sidebar-text">Our lettings team is in the office
Monday to Saturday, 9am to 5:30pm.</p><a href="/contact" class="button w-button">Contact us</a></div>
<div class="sidebar-card"><h4 class="sidebar-heading">Tenant newsletter</h4><div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter"
data-name="Newsletter" method="get">
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div></div></div></section>
<section class="related-guides"><div class="container w-container"><h3 class="section-heading">More tenant guides</h3><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">${fRel
  .map(
    (r) =>
      `<div role="listitem" class="w-dyn-item"><a href="/tenant-guides/${r.length}" class="related-card w-inline-block">
<div class="related-title">${r}</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-text">Quill &amp; Moss Lettings Ltd · 14 Fore Street, Hennock TQ9 4RP</div>
<div class="footer-text">Member of the Property Redress Scheme and Client Money Protect.</div><div class="footer-text">© 2027 Quill &amp; Moss</div></div>
</footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c29fe4b0" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f1c29fe4b0/js/webflow.b7c1d2.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout687-webflow-tenant-guide',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [at(fBody, 1), at(fBody, 3), at(fBody, 8), at(fBody, 10)],
  body: [fDek, ...texts(fBody.filter((_, i) => ![1, 3, 8, 10].includes(i)))],
  bylines: ['Last updated', 'March 2, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a viewing', '← All tenant guides', 'For tenants', 'The stopcock is usually under the kitchen sink.', 'Need help?',
    'Our lettings team is in the office Monday to Saturday, 9am to 5:30pm.', 'Contact us', 'Tenant newsletter', 'More tenant guides', ...fRel,
    'Quill & Moss Lettings Ltd · 14 Fore Street, Hennock TQ9 4RP', 'Member of the Property Redress Scheme and Client Money Protect.', '© 2027 Quill & Moss',
  ],
};

const eTitle = 'Landlord services and fees';
const eIntro = [
  j(
    'Whether you want us to find a tenant and hand over the keys, or look after everything for the length of the tenancy, our fees',
    'are fixed and published. There are no set-up charges and no fees for renewals.',
  ),
];
const ePlans = [
  {
    name: 'Let Only',
    price: '£650',
    period: 'one-off fee, inc. VAT',
    items: [
      'Rental valuation',
      'Photos, floorplan and portal listings',
      'Accompanied viewings',
      'Referencing and right to rent checks',
      'Tenancy agreement and deposit registration',
    ],
  },
  {
    name: 'Rent Collection',
    price: '8%',
    period: 'of monthly rent, inc. VAT',
    items: ['Everything in Let Only', 'Monthly rent collection and statements', 'Arrears chasing'],
  },
  {
    name: 'Fully Managed',
    price: '12%',
    period: 'of monthly rent, inc. VAT',
    items: [
      'Everything in Rent Collection',
      'Repairs arranged and paid from rent',
      'Six-monthly inspections with photo reports',
      'Annual safety certificates arranged',
      'Check-out and deposit negotiation',
    ],
  },
];
const eNote = 'Fees apply for the length of the tenancy. Legal expenses cover is available for £18 a month. See our full fee schedule for optional extras.';
const eWhy = [
  'Why landlords choose us',
  j(
    'We manage 640 homes across Eastcombe and the Tarn villages, and nine in ten of our landlords have been with us for more than',
    'three years. Each landlord has a named property manager who knows the home, and our maintenance team handles most small',
    'repairs in-house, which keeps costs and waiting times down.',
  ),
];
const eNav = ['Rent', 'Landlords', 'Sell', 'About us', 'Contact'];
const eSec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div>
</section>`;
const eWidget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const ePlan = (p: (typeof ePlans)[number]): string =>
  eWidget(
    'price-table',
    `<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">${p.name}</h3></div>
<div class="elementor-price-table__price"><span class="elementor-price-table__integer-part">${p.price}</span>
<span class="elementor-price-table__period elementor-typo-excluded">${p.period}</span></div><ul class="elementor-price-table__features-list">
${p.items
  .map(
    (i) => `<li class="elementor-repeater-item"><div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="fas fa-check"></i>
<span>${i}</span></div></li>`,
  )
  .join('\n')}
</ul><div class="elementor-price-table__footer">
<a class="elementor-price-table__button elementor-button elementor-size-md" href="/landlord-enquiry">Get started</a></div></div>`,
  );
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Tarnside Lettings</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="https://tarnsidelettings.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css"
href="https://tarnsidelettings.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="https://tarnsidelettings.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1712" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"}]}</script>
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/7f1a/script.js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
${eSec(
  '5c1e2a0',
  `${eWidget(
    'theme-site-logo',
    `<a href="https://tarnsidelettings.co.uk">
<img width="200" height="60" src="/wp-content/uploads/2025/01/tarnside-logo.png" alt=""></a>`,
  )}
${eWidget(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-7f2c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}
${eWidget(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/valuation"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Free rental valuation</span></span></a>`,
)}`,
)}</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${eSec('3f2a1c9', `${eWidget('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}${eWidget('text-editor', ps(eIntro))}`)}
${eSec('7b91d04', ePlans.map(ePlan).join('\n'))}
${eSec('a40c6e2', eWidget('text-editor', `<p><em>${eNote}</em></p>`))}
${eSec(
  'c8d1f33',
  `${eWidget('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eWhy, 0)}</h2>`)}${eWidget('text-editor', ps([at(eWhy, 1)]))}
${eWidget(
  'counter',
  `<div class="elementor-counter"><div class="elementor-counter-number-wrapper">
<span class="elementor-counter-number" data-duration="2000" data-to-value="640">0</span></div><div class="elementor-counter-title">Homes managed</div></div>`,
)}
${eWidget(
  'testimonial',
  `<div class="elementor-testimonial-wrapper">
<div class="elementor-testimonial-content">Tarnside found a tenant in nine days and have dealt with every repair since. I barely think about the flat
now.</div><div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Harriet Ovens</div>
<div class="elementor-testimonial-job">Landlord, Eastcombe</div></div></div></div>`,
)}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSec(
  'e02b7a1',
  `${eWidget(
    'text-editor',
    `<p>Tarnside Lettings, 2 Lake Road, Eastcombe EC4 9TT · 01632 960 247</p>
<p>Tarnside Lettings is a member of ARLA Propertymark and The Property Ombudsman. Client money protection provided by Propertymark.</p>`,
  )}
${eWidget('text-editor', `<p>© 2027 Tarnside Lettings. All rights reserved.</p>`)}`,
)}</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="notice-heading">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des"
data-cky-tag="notice-description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p>
</div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script src="https://tarnsidelettings.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.21.4"};</script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout687-elementor-landlord-fees',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...ePlans.map((p) => p.name), at(eWhy, 0)],
  body: texts([...eIntro, ...ePlans.flatMap((p) => [`${p.price} ${p.period}`, ...p.items]), eNote, at(eWhy, 1)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Sell', 'About us', 'Contact', 'Free rental valuation', 'Get started', 'Homes managed',
    'Tarnside found a tenant in nine days and have dealt with every repair since. I barely think about the flat now.', 'Harriet Ovens',
    'Landlord, Eastcombe', 'Tarnside Lettings, 2 Lake Road, Eastcombe EC4 9TT · 01632 960 247',
    'Tarnside Lettings is a member of ARLA Propertymark and The Property Ombudsman. Client money protection provided by Propertymark.',
    '© 2027 Tarnside Lettings. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT687_E: readonly TestPage[] = [webflow, elementor];
