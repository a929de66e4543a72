import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, opts } from './pages-heldout517-kit.js';

/**
 * Held-out batch 517, file a: a hand car wash's price list built with Wix, and an independent garage's MOT booking page on
 * WordPress with Elementor (Hello Elementor theme, Elementor Pro header and footer, CookieYes banner).
 */
const wTitle = 'Wash and Valet Prices';
const wDek = j(
  'Every wash at Brightwater is done by hand with pH-neutral snow foam and clean microfibre mitts, never brushes.',
  'Prices below are for cars; vans, large SUVs and 7-seaters add £3 to any package.',
);
const wPacks = [
  { name: 'Exterior Wash', price: '£10', items: ['Snow foam pre-wash', 'Two-bucket hand wash', 'Wheels and arches rinsed', 'Hand dried'] },
  {
    name: 'Mini Valet',
    price: '£18',
    items: ['Everything in the Exterior Wash', 'Interior hoover', 'Dashboard and door cards wiped', 'Windows inside and out'],
  },
  { name: 'Full Valet', price: '£55', items: ['Everything in the Mini Valet', 'Seats shampooed or leather cleaned', 'Boot and mats deep cleaned', 'Hand wax'] },
];
const wExtras = ['Tyre shine – £2', 'Air freshener – £1', 'Pet hair removal – from £8', 'Engine bay clean – £15'];
const wClose = j(
  'No booking needed for washes and mini valets; just drive in. Full valets take around three hours and are by appointment only,',
  'so please call or message us the day before. We take card and contactless only.',
);
const wNav = ['Home', 'Prices', 'Gallery', 'Fleet Accounts', 'Contact'];
const wFoot = ['Brightwater Hand Car Wash', 'Unit 3, Mill Lane Retail Park, Kettleby KB4 2RT', 'Open 7 days, 8am – 6pm', '01632 960 418'];
const wPackHtml = wPacks
  .map(
    (p, i) => `<div id="comp-lq8pk${i}" class="comp-lq8pk${i} wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">${p.name}</h2><p class="font_7 wixui-rich-text__text"><span class="color_18">${p.price}</span></p>
<ul class="font_8 wixui-rich-text__text">${lis(p.items, 'wixui-rich-text__text')}</ul></div>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Prices | Brightwater Hand Car Wash</title>
<meta name="description" content="Hand car wash and valet prices in Kettleby. Exterior wash from £10.">
<meta property="og:title" content="Prices | Brightwater Hand Car Wash"><link rel="canonical" href="https://www.brightwaterhandwash.co.uk/prices">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"AutoWash","name":"Brightwater Hand Car Wash","telephone":"01632 960418",
"address":{"@type":"PostalAddress","streetAddress":"Unit 3, Mill Lane Retail Park","addressLocality":"Kettleby","postalCode":"KB4 2RT"}}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["cookiesManager","seo","tpaCommons"],"language":"en"}</script>
<style id="css_masterPage">.font_2{font:normal normal normal 28px/1.3em raleway,sans-serif}.color_18{color:#2E7DC4}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="an7Hcz">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage">
<div class="LHrbPP"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToMainContent">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content"><div data-testid="mesh-container-content">
<div id="comp-lq8h1a0" class="MazNVa comp-lq8h1a0 wixui-image"><a href="https://www.brightwaterhandwash.co.uk" data-testid="linkElement">
<img src="https://static.wixstatic.com/media/6a1b0c_logo~mv2.png" alt="Brightwater logo"></a></div>
<nav id="comp-lq8h1a3" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="itemsContainer">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="StylableHorizontalMenu__menuItem"><span class="label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-lq8h1a5" class="wixui-button"><a data-testid="linkElement" href="tel:01632960418" class="uDW_Qe"><span class="l7_2fn">Call 01632 960
418</span></a></div>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp">
<section id="comp-lq8pjz0" class="xuzjBY comp-lq8pjz0 wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq8pjz1" class="comp-lq8pjz1 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq8pjz1inlineContent" data-testid="inline-content">
<div id="comp-lq8pk00" class="comp-lq8pk00 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">${wTitle}</h1></div>
<div id="comp-lq8pk01" class="comp-lq8pk01 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">${wDek}</p></div>
${wPackHtml}
<div id="comp-lq8pk07" class="comp-lq8pk07 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">Extras</h2>
<ul class="font_8 wixui-rich-text__text">${lis(wExtras, 'wixui-rich-text__text')}</ul></div>
<div id="comp-lq8pk08" class="comp-lq8pk08 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">${wClose}</p></div>
<div id="comp-lq8pk09" class="comp-lq8pk09 wixui-button"><a data-testid="linkElement" href="/contact" class="uDW_Qe"><span class="l7_2fn">Book a Full
Valet</span></a></div>
</div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="mesh-container-content">
<div id="comp-lq8h2b1" class="comp-lq8h2b1 wixui-rich-text" data-testid="richTextElement">${ps(wFoot, ' class="font_9 wixui-rich-text__text"')}</div>
<div id="comp-lq8h2b4" class="comp-lq8h2b4 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">
© 2027 by Brightwater Hand Car Wash. Proudly created with <a href="https://www.wix.com" target="_blank">Wix.com</a></p></div></div></div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="an7Hcz">bottom of
page</span></div>
</div></div>
<div id="consent-banner-root"><div class="consent-banner" role="alertdialog" aria-label="Cookie banner" data-hook="ccsu-banner-wrapper">
<p data-hook="consent-banner-text">We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies.
<a href="/privacy-policy" data-hook="consent-banner-policy-link">Privacy Policy</a></p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
const wixPrices: TestPage = {
  name: 'heldout517-wix-car-wash-prices',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [...wPacks.map((p) => p.name), 'Extras'],
  body: texts([wDek, ...wPacks.flatMap((p) => [p.price, ...p.items]), ...wExtras, wClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', ...wNav.filter((t) => t !== 'Prices'), 'Call 01632 960 418', 'Book a Full Valet', ...wFoot,
    '© 2027 by Brightwater Hand Car Wash. Proudly created with Wix.com', 'bottom of page',
    'We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies. Privacy Policy',
    'Settings', 'Decline All', 'Accept',
  ],
};

const eTitle = 'Book Your MOT';
const eIntro = j(
  'Harcourt Road Garage is a DVSA-approved MOT test centre with two testing bays, so most tests can be booked for the same week.',
  'Book a slot using the form below and we will call you back within two working hours to confirm.',
);
const ePrices = ['Class 4 MOT (cars and small vans) – £45', 'Class 7 MOT (vans from 3,000 to 3,500 kg) – £58', 'Free retest within 10 working days'];
const eDayP = [
  j(
    'Please arrive ten minutes before your slot and bring the V5C logbook if the car is new to you. A test takes about 45 minutes,',
    'and you are welcome to wait in our customer lounge, where there is free Wi-Fi and a view of the test bay.',
  ),
  j(
    'If your car fails, the tester will go through every item with you and give you a written quote for the repairs. You are under',
    'no obligation to have the work done with us, but repairs booked the same day are carried out before any other work.',
  ),
];
const eFaq = [
  ['How early can I have my MOT done?', 'You can have an MOT up to a month (minus a day) before it runs out and keep the same renewal date.'],
  ['Can I drive my car if it fails?', 'Only if the old certificate is still valid and no dangerous faults were found. Ask us if you are unsure.'],
  ['Do you do MOTs on motorbikes?', 'No. We test cars and light vans only; our nearest partner for motorcycles is Denbridge Bike Centre.'],
];
const eNav = ['Home', 'Servicing', 'MOT', 'Repairs', 'Tyres', 'About Us', 'Contact'];
const eCky = j(
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic.',
  'By clicking "Accept All", you consent to our use of cookies.',
);
const eFoot = ['Privacy Policy', 'Terms', 'Cookie Policy'];
const eWidget = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eFaqHtml = eFaq
  .map(
    ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-711${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-711${i}" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span><a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-711${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"><p>${a}</p></div></div>`,
  )
  .join('\n');
const eField = (label: string, id: string, input: string): string =>
  `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-${id} elementor-col-50">
<label for="form-field-${id}" class="elementor-field-label">${label}</label>${input}</div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Book Your MOT – Harcourt Road Garage</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='https://harcourtroadgarage.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://harcourtroadgarage.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Book Your MOT"},
{"@type":"AutoRepair","name":"Harcourt Road Garage","telephone":"01632 960 772"}]}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-88 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5e1c2a0 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column" data-element_type="column">
<div
class="elementor-widget-wrap elementor-element-populated">${eWidget(
  'theme-site-logo',
  `<a href="/"><img src="/wp-content/uploads/2023/02/hrg-logo.png"
alt=""></a>`,
  '2a1f0c4',
)}
</div></div><div class="elementor-column elementor-col-66 elementor-top-column" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">
${eWidget(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-c2a" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
  'c2a81e9',
)}
${eWidget(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960772"><span class="elementor-button-text">01632 960
772</span></a>`,
  '9d3e1b7',
)}
</div></div></div></section></div>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3b2c1a1 elementor-section-boxed" data-id="3b2c1a1"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${eWidget('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`, '6f0b9d2')}
${eWidget('text-editor', `<p>${eIntro}</p>`, '1d7c4e8')}
${eWidget(
  'icon-list',
  `<ul class="elementor-icon-list-items">${ePrices
    .map(
      (t) => `<li class="elementor-icon-list-item"><span
class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span
class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
  '4b8a0f3',
)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-8e4d2c7 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${eWidget('heading', '<h2 class="elementor-heading-title elementor-size-default">What happens on the day</h2>', 'a07d3f1')}
${eWidget('text-editor', ps(eDayP), 'b61e2a9')}
${eWidget('heading', '<h2 class="elementor-heading-title elementor-size-default">Frequently asked questions</h2>', 'c39f0e4')}
${eWidget('accordion', `<div class="elementor-accordion">${eFaqHtml}</div>`, 'd5a71c0')}
</div></div><div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">
${eWidget('heading', '<h3 class="elementor-heading-title elementor-size-default">Request a booking</h3>', 'e2c84b6')}
${eWidget(
  'form',
  `<form class="elementor-form" method="post" name="MOT booking"><div class="elementor-form-fields-wrapper elementor-labels-above">
${eField('Registration', 'reg', '<input size="1" type="text" name="form_fields[reg]" id="form-field-reg" class="elementor-field elementor-size-sm" required>')}
${eField('Preferred date', 'date', '<input type="date" name="form_fields[date]" id="form-field-date" class="elementor-field elementor-size-sm">')}
${eField(
  'Morning or afternoon',
  'slot',
  `<select name="form_fields[slot]" id="form-field-slot"
class="elementor-field-textual">${opts(['Morning', 'Afternoon'])}</select>`,
)}
${eField('Your name', 'name', '<input type="text" name="form_fields[name]" id="form-field-name" class="elementor-field elementor-size-sm">')}
${eField('Phone number', 'tel', '<input type="tel" name="form_fields[tel]" id="form-field-tel" class="elementor-field elementor-size-sm">')}
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit"
class="elementor-button elementor-size-sm">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Send Booking Request</span></span></button></div></div></form>`,
  'f4b90d2',
)}
${eWidget(
  'testimonial',
  `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">Quick, honest and they showed me the worn bushes rather than just
telling me.</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Ruth K.</div>
<div class="elementor-testimonial-job">Google review</div></div></div></div>`,
  '07c3e55',
)}
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-6a2e9d0 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${eWidget('text-editor', '<p>Harcourt Road Garage, 14 Harcourt Road, Denbridge DN7 3LP</p><p>Mon–Fri 8:00–17:30, Sat 8:30–12:30</p>', 'b3d0c71')}
${eWidget(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-f7e"
class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`,
  'f7e12a8',
)}
${eWidget('text-editor', '<p>© 2027 Harcourt Road Garage Ltd. All rights reserved.</p>', 'c8a42e1')}
</div></div></div></section></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>${eCky}</p>
</div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize"
data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button><button class="cky-btn cky-btn-accept"
data-cky-tag="accept-button">Accept All</button>
</div></div></div></div></div>
<script src='https://harcourtroadgarage.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2' id='elementor-pro-frontend-js'></script>
</body></html>`;
const elementorMot: TestPage = {
  name: 'heldout517-elementor-mot-booking',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['What happens on the day', 'Frequently asked questions'],
  body: texts([eIntro, ...ePrices, ...eDayP, ...eFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'MOT' && t !== 'Repairs'), '01632 960 772',
    'Request a booking', 'Registration', 'Preferred date', 'Morning or afternoon', 'Your name',
    'Phone number', 'Send Booking Request', 'Quick, honest and they showed me the worn bushes rather than just telling me.', 'Ruth K.', 'Google review',
    'Harcourt Road Garage, 14 Harcourt Road, Denbridge DN7 3LP', 'Mon–Fri 8:00–17:30, Sat 8:30–12:30', ...eFoot,
    '© 2027 Harcourt Road Garage Ltd. All rights reserved.', 'We value your privacy',
    eCky,
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT517_A: readonly TestPage[] = [wixPrices, elementorMot];
