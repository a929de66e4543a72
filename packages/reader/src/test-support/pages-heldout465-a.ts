import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout465-kit.js';

/**
 * Held-out batch 465, file a: a coworking location page built with Elementor on the Hello Elementor theme (WordPress), and a
 * membership plans page on Webflow with pricing cards and an FAQ.
 */
const eTitle = 'Harbourline Works, Quayside';
const eDek = 'Three floors of desks, studios and meeting rooms in a converted rope warehouse, two minutes from Quayside station.';
const eIntro = [
  j(
    'Harbourline Works opened in 2021 in the old Tennant rope store, a brick warehouse that ran the length of the east dock.',
    'We kept the timber beams and the long windows, added a lift and underfloor heating, and turned the loading bays into a café.',
  ),
  j(
    'The ground floor is open coworking with hot desks and a quiet zone. The first floor holds 24 private studios for teams of',
    'two to twelve, and the top floor is given over to meeting rooms and an events space that seats 80.',
  ),
];
const eAmen = [
  'Gigabit fibre with a backup line',
  'Staffed reception from 8am to 6pm, with post and parcel handling',
  'Unlimited tea, filter coffee and oat milk',
  '20 secure bike spaces, lockers and two showers',
  'Phone booths on every floor',
  'Dog-friendly on the ground floor',
];
const eHours = [
  'Members with a key fob can use the building at any time. Reception is staffed Monday to Friday, 8am to 6pm.',
  'The café opens from 8.30am to 3pm on weekdays and is open to the public.',
];
const eGet = [
  j(
    'Quayside station is a two-minute walk along Dock Road. Buses 14 and 31 stop outside the front door, and the harbour ferry',
    'lands at Tennant Steps, five minutes away. There is no car park, but the Dock Street multi-storey offers members a day rate.',
  ),
];
const eHeads = ['About the building', 'Amenities', 'Opening hours', 'Getting here'];
const eNav = ['Locations', 'Memberships', 'Meeting Rooms', 'Events', 'Journal', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms of Membership', 'House Rules', 'Careers'];
const eOther = ['Harbourline Mill, Northgate', 'Harbourline Yard, Southbank'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Coworking &amp; Private Studios | Harbourline</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"},
{"@type":"LocalBusiness","name":"Harbourline Works","address":{"@type":"PostalAddress","streetAddress":"4 Dock Road"}}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1716201931" media="all">
<script>var ElementorProFrontendConfig={"ajaxurl":"\\/wp-admin\\/admin-ajax.php","nonce":"5c1b2e7a0f"};</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="23" class="elementor elementor-23 elementor-location-header">
<div class="elementor-element elementor-element-6f1c2a0 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="/"><img width="180" height="40" src="/wp-content/uploads/2023/02/harbourline-logo.svg" alt="Harbourline"></a></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-7c3e" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"><span class="elementor-screen-only">Menu</span></div>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/book-a-tour/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Book a tour</span></span></a></div></div></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" id="content">
<div class="elementor-element elementor-element-1a2b3c4 e-flex e-con-boxed e-con e-parent elementor-hero"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${eDek}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="/wp-content/uploads/2023/03/works-ground-floor-1024x683.jpg" alt="Ground floor coworking">
<figcaption class="widget-image-caption wp-caption-text">The ground floor, looking towards the café.</figcaption></figure></div></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><div class="elementor-element e-con-full e-flex e-con e-child">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHeads[0]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eIntro)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHeads[1]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${eAmen
  .map(
    (a) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${a}</span></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div class="elementor-element e-con-full e-flex e-con e-child">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHeads[2]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eHours)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHeads[3]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eGet)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-google_maps"><div class="elementor-widget-container"><div class="elementor-custom-embed">
<iframe loading="lazy" src="https://maps.google.com/maps?q=4%20Dock%20Road&amp;t=m&amp;z=15&amp;output=embed" title="4 Dock Road"></iframe>
</div></div></div></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent elementor-cta-band"><div class="e-con-inner">
<div class="elementor-widget-container"><h3 class="elementor-heading-title">See it for yourself</h3>
<p>Tours run every weekday at 10am and 2pm and take about twenty minutes.</p>
<a class="elementor-button" href="/book-a-tour/"><span class="elementor-button-text">Book a tour</span></a></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><h3 class="elementor-heading-title">Our other spaces</h3>
<ul class="elementor-posts">${links(eOther, 'elementor-post')}</ul></div></div></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget-text-editor"><p>Harbourline Works, 4 Dock Road, Quayside QS1 4RD</p><p>hello@harbourline.work</p></div>
<div class="elementor-widget-form"><form class="elementor-form" method="post" name="Newsletter"><label for="form-field-email">Monthly news from the
docks</label>
<input type="email" id="form-field-email" placeholder="Email"><button type="submit" class="elementor-button"><span>Subscribe</span></button></form></div>
<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>
<p class="elementor-copyright">© 2024 Harbourline Workspace Ltd. Registered in England No. 13002817.</p></div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message">
<p>We use cookies to optimise our website and our service.</p></div></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = gold({
  name: 'heldout465-elementor-location',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: [eDek, ...eIntro, ...eAmen, ...eHours, ...eGet],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book a tour', 'The ground floor, looking towards the café.', 'See it for yourself',
    'Tours run every weekday at 10am and 2pm and take about twenty minutes.', 'Our other spaces', ...eOther,
    'Harbourline Works, 4 Dock Road, Quayside QS1 4RD', 'hello@harbourline.work', 'Monthly news from the docks', 'Subscribe', ...eFoot,
    '© 2024 Harbourline Workspace Ltd. Registered in England No. 13002817.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
});

const wTitle = 'Memberships that move with you';
const wDek = 'Pay monthly, change plan any month, and leave with 30 days’ notice. All prices exclude VAT.';
const plans = [
  { name: 'Flex', price: '£145 / month', note: 'Ten days a month at any hot desk.', items: ['Access 8am to 7pm', '2 hours of meeting rooms', 'Member events'] },
  {
    name: 'Resident',
    price: '£320 / month',
    note: 'Your own desk, every day, with a lockable pedestal.',
    items: ['24/7 access', '6 hours of meeting rooms', 'Business address and post', 'Guest passes for two visitors a month'],
  },
  {
    name: 'Studio',
    price: 'From £1,150 / month',
    note: 'A private, furnished room for teams of two to eight.',
    items: ['24/7 access', '12 hours of meeting rooms', 'Your logo on the door', 'Storage cupboard'],
  },
];
const faqs = [
  ['Can I try the space first?', 'Yes. Every plan starts with a free day pass, which you can book from the link in your welcome email.'],
  ['What happens to unused meeting room hours?', 'They reset on the first of each month and do not roll over.'],
  [
    'Can my company pay the invoice?',
    j('Yes. Add a billing contact when you sign up and we will send the monthly invoice to them. We take card payments and Direct', 'Debit.'),
  ],
];
const wNav = ['Spaces', 'Memberships', 'Meeting rooms', 'Community', 'Blog'];
const wFoot = ['About', 'Careers', 'Press', 'Privacy', 'Terms'];
const card = (p: (typeof plans)[number]): string => `<div role="listitem" class="w-dyn-item pricing-card"><div class="pricing-card_top">
<h3 class="heading-style-h4">${p.name}</h3><div class="pricing-card_price">${p.price}</div><p class="text-size-small">${p.note}</p></div>
<ul role="list" class="pricing-card_list w-list-unstyled">${lis(p.items, 'pricing-card_item')}</ul>
<a href="/join?plan=${p.name.toLowerCase()}" class="button is-secondary w-button">Choose ${p.name}</a></div>`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue May 14 2024 09:12:40 GMT+0000 -->
<html data-wf-domain="www.tidewaycommons.com" data-wf-page="65f1a0c2e4b7a1d0c9e3f112" data-wf-site="65f1a0c2e4b7a1d0c9e3f0aa" lang="en">
<head><meta charset="utf-8"><title>Membership plans | Tideway Commons</title>
<meta content="Flexible coworking memberships from £145 a month." name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65f1a0c2/css/tideway.webflow.6c1d.min.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"${faqs[0]?.[0]}"}]}</script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext>:first-child{margin-top:0}</style></div>
<div data-animation="default" class="navbar_component w-nav" data-collapse="medium" role="banner"><div class="navbar_container">
<a href="/" class="navbar_logo-link w-nav-brand"><img src="https://assets-global.website-files.com/65f1a0c2/logo.svg" loading="lazy" alt="Tideway Commons"></a>
<nav role="navigation" class="navbar_menu w-nav-menu">${wNav
  .map(
    (n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}"
class="navbar_link w-nav-link">${n}</a>`,
  )
  .join('')}
<a href="/tour" class="button is-small w-button">Book a tour</a></nav>
<div class="navbar_menu-button w-nav-button"><div class="menu-icon"></div></div></div></div>
<main class="main-wrapper"><header class="section_pricing-header"><div class="padding-global"><div class="container-medium"><div class="text-align-center">
<h1 class="heading-style-h1">${wTitle}</h1><p class="text-size-medium">${wDek}</p></div></div></div></header>
<section class="section_pricing"><div class="padding-global"><div class="container-large"><div class="w-dyn-list">
<div role="list" class="pricing_grid w-dyn-items">${plans.map(card).join('\n')}</div></div></div></div></section>
<section class="section_faq"><div class="padding-global"><div class="container-small"><h2 class="heading-style-h2">Questions about membership</h2>
${faqs
  .map(
    ([
      q,
      a,
    ]) => `<div class="faq_accordion"><div class="faq_question" role="button" aria-expanded="false"><div class="text-size-medium text-weight-bold">${q}</div>
<div class="faq_icon-wrapper"><div class="icon-embed-small w-embed"><svg viewBox="0 0 24 24"><path d="M12 5v14M5 12h14"></path></svg></div></div></div>
<div class="faq_answer" style="height:0px"><div class="margin-bottom margin-small"><p>${a}</p></div></div></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section_cta"><div class="padding-global"><h2 class="heading-style-h3">Not sure which plan fits?</h2><p>Our team will walk you round and help
you choose.</p>
<a href="/tour" class="button w-button">Book a tour</a></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="footer_top-wrapper"><div class="footer_left-wrapper">
<div class="text-size-small">Get the Tideway newsletter</div><div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" method="get">
<input class="form_input w-input" maxlength="256" name="email" placeholder="Enter your email" type="email"><input type="submit" value="Sign up"
class="button w-button">
</form><div class="w-form-done" tabindex="-1" role="region"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"><div>Oops! Something went wrong while submitting the form.</div></div></div></div>
<div class="footer_link-list">${wFoot.map((f) => `<a href="/${f.toLowerCase()}" class="footer_link">${f}</a>`).join('')}</div></div>
<div class="footer_credit-text">© 2024 Tideway Commons Ltd. All rights reserved.</div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f1a0c2/js/webflow.3a1b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = gold({
  name: 'heldout465-webflow-plans',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [...plans.map((p) => p.name), 'Questions about membership'],
  body: texts([wDek, ...plans.flatMap((p) => [p.price, p.note, ...p.items]), ...faqs.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Book a tour', ...plans.map((p) => `Choose ${p.name}`), 'Not sure which plan fits?', 'Our team will walk you round and help you choose.',
    'Get the Tideway newsletter', ...wFoot, '© 2024 Tideway Commons Ltd. All rights reserved.',
  ],
});

export const HELDOUT465_A: readonly TestPage[] = [elementor, webflow];
