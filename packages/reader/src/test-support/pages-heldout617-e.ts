import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout617-kit.js';

/**
 * Held-out batch 617, file e: an alpaca picnic experience page built in Webflow (Finsweet cookie banner, feature cards, enquiry
 * form) and a gift voucher page built with Elementor on Hello Elementor (header and footer templates, icon lists, Cookie Notice).
 */
const wTitle = 'The Alpaca Picnic';
const wDek = 'A long, lazy lunch in the orchard paddock, with six curious alpacas for company.';
const wCards = [
  ['Meet the herd', 'Half an hour with our keeper, feeding and grooming the girls before lunch.'],
  ['A hamper from our kitchen', 'Local cheese, cured ham, salads from the garden, homemade cake and a flask of tea or a bottle of fizz.'],
  ['Your own patch of orchard', 'Rugs, cushions and a parasol, set up under the apple trees and yours for two hours.'],
] as const;
const wH2 = ['How the afternoon works', 'Prices'];
const wHow = [
  j(
    'Picnics start at 12 noon on Fridays, Saturdays and Sundays from May to September. Park in the yard and follow the chalkboard signs',
    'to the orchard gate, where your keeper will meet you.',
  ),
  j(
    'After the introductions the alpacas are let into the orchard with you. They will graze around the rugs, and some of them will come',
    'for a closer look at the hamper. Please don&#39;t feed them from it: we will give you a bag of their own nuts.',
  ),
  'If the weather turns, we move the whole picnic into the old threshing barn, which has big doors on to the paddock.',
];
const wPrices = ['£95 for two people, including the hamper and a bottle of English sparkling wine.', 'Add a child (4–12) for £20. Under-4s are free.'];
const wNav = ['Experiences', 'Stay', 'Our Story', 'Visit'];
const wForm = ['Enquire about a date', 'Name', 'Email', 'Preferred date', 'Anything we should know? (dietary needs, celebrations)'];
const wFoot = ['Pennyfold Alpacas', 'Pennyfold Lane, Saxby St Clare', 'Instagram', 'Facebook', '© 2026 Pennyfold Alpacas'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 14 2026 09:12:33 GMT+0000
(Coordinated Universal Time) -->
<html data-wf-domain="www.pennyfoldalpacas.co.uk" data-wf-page="65b2c1d0e9f8a7b6c5d4e3f2" data-wf-site="65b2c1d0e9f8a7b6c5d4e3a1" lang="en"><head><meta
charset="utf-8">
<title>The Alpaca Picnic | Pennyfold Alpacas</title><meta content="${wDek}" name="description"><meta content="The Alpaca Picnic | Pennyfold Alpacas"
property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b2c1d0e9f8a7b6c5d4e3a1/css/pennyfold.webflow.4f1c2a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"The Alpaca Picnic","offers":{"@type":"Offer","price":"95",
"priceCurrency":"GBP"}}</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65b2c1d0e9f8a7b6c5d4e3a1/logo.svg"
loading="lazy" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="#enquire" class="button nav-button w-button">Book</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero"><div class="w-layout-blockcontainer container w-container"><div class="hero-grid w-layout-grid"><div class="hero-content">
<div class="eyebrow">Experiences</div><h1 class="heading-xl">${wTitle}</h1><p class="paragraph-lg">${wDek}</p><a href="#enquire"
class="button w-button">Check availability</a></div>
<img src="https://assets-global.website-files.com/65b2c1d0e9f8a7b6c5d4e3a1/picnic.webp" loading="eager" sizes="(max-width: 991px) 90vw, 45vw"
alt="Picnic rug with alpacas grazing nearby"
class="hero-image"></div></div></section>
<section class="section features"><div class="w-layout-blockcontainer container w-container"><div class="features-grid w-layout-grid">
${wCards
  .map(
    ([h, p]) => `<div class="feature-card"><img src="https://assets-global.website-files.com/65b2c1d0e9f8a7b6c5d4e3a1/icon.svg" loading="lazy" alt=""
class="feature-icon">
<h3 class="heading-sm">${h}</h3><p class="paragraph-muted">${p}</p></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section"><div class="w-layout-blockcontainer container narrow w-container"><div class="rich-text w-richtext">
<h2>${wH2[0]}</h2>${ps(wHow)}<h2>${wH2[1]}</h2>${ps(wPrices)}</div></div></section>
<section id="enquire" class="section enquire"><div class="w-layout-blockcontainer container narrow w-container"><h2 class="heading-md">${wForm[0]}</h2><div
class="w-form">
<form id="wf-form-Picnic-Enquiry" name="wf-form-Picnic-Enquiry" data-name="Picnic Enquiry" method="get" class="form"
data-wf-page-id="65b2c1d0e9f8a7b6c5d4e3f2"
data-wf-element-id="a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d6"><label for="name" class="field-label">${wForm[1]}</label><input class="text-field w-input"
maxlength="256" name="name"
data-name="Name" type="text" id="name" required=""><label for="email" class="field-label">${wForm[2]}</label><input class="text-field w-input" maxlength="256"
name="email"
data-name="Email" type="email" id="email" required=""><label for="date" class="field-label">${wForm[3]}</label><input class="text-field w-input" name="date"
type="date" id="date">
<label for="notes" class="field-label">${wForm[4]}</label><textarea id="notes" name="notes" maxlength="5000" data-name="Notes"
class="textarea w-input"></textarea>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Send enquiry"></form><div class="w-form-done" tabindex="-1" role="region"
aria-label="Picnic Enquiry success">
<div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Picnic Enquiry failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid w-layout-grid"><div class="footer-brand">
<div class="footer-title">${wFoot[0]}</div><p class="footer-text">${wFoot[1]}</p></div><div class="footer-links"><a
href="https://instagram.com/pennyfoldalpacas"
class="footer-link">${wFoot[2]}</a><a href="https://facebook.com/pennyfoldalpacas" class="footer-link">${wFoot[3]}</a></div></div><div
class="footer-copyright">${wFoot[4]}</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div
class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your
device to enhance site navigation, analyze site usage, and assist in our marketing efforts. View our <a href="/privacy"
class="fs-cc-banner_text-link">Privacy Policy</a> for more
information.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny"
href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b2c1d0e9f8a7b6c5d4e3a1" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65b2c1d0e9f8a7b6c5d4e3a1/js/webflow.8c2e1f.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout617-webflow-alpaca-picnic',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [...wCards.map(([h]) => h), ...wH2],
  body: texts([wDek, ...wCards.map(([, p]) => p), ...wHow, ...wPrices]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Book', 'Check availability', ...wForm, ...wFoot,
    j(
      'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our',
      'marketing efforts. View our Privacy Policy for more information.',
    ),
    'Preferences', 'Deny', 'Accept',
  ],
};

const eTitle = 'Give an Alpaca Experience';
const eIntro = [
  j(
    'Looking for a present for someone who has everything? Our gift vouchers can be used for any walk, picnic or meet-the-herd session,',
    'and they are valid for eighteen months from the date you buy them.',
  ),
];
const eVouchers = ['Meet the Herd for two – £40', 'Alpaca Walk for two – £90', 'Alpaca Picnic for two – £95', 'Any amount from £20'];
const eHow = 'Vouchers are emailed as a PDF within the hour, or we can post a printed card for £2.50. To redeem, quote the voucher code when you book.';
const eNav = ['Home', 'Walks', 'Picnics', 'Gift Vouchers', 'Contact'];
const eFoot = ['Quick Links', 'Booking Terms', 'Privacy Policy', 'FAQs', 'Opening Hours', 'Friday to Sunday, 10am – 5pm', 'Copyright © 2026 Pennyfold Alpacas'];
const wid = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div
class="elementor-column elementor-col-100 elementor-top-column elementor-element
elementor-element-c${id}" data-id="c${id}" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const button = (id: string, t: string): string =>
  wid(
    id,
    'button',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/shop/gift-voucher/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${t}</span></span></a></div>`,
  );
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>Gift Vouchers &#8211; Pennyfold Alpacas</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1712345678" media="all">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Gift Vouchers - Pennyfold Alpacas"}]}</script>
<script id="cookie-notice-front-js-before">var cnArgs = {"ajaxUrl":"\\/wp-admin\\/admin-ajax.php","hideEffect":"fade","position":"bottom","onScroll":false,
"cookieName":"cookie_notice_accepted"};</script>
</head><body class="page-template-default page page-id-88 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
${sec(
  '1a2b3c',
  `${wid(
    '4d5e6f',
    'theme-site-logo',
    `<a href="/"><img width="180" height="60" src="/wp-content/uploads/2024/02/pennyfold-logo.png"
class="attachment-full size-full wp-image-9" alt="Pennyfold Alpacas"></a>`,
  )}
${wid(
  '7a8b9c',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
<ul id="menu-1-7a8b9c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" role="presentation"
class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-7a8b9c"
class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
)}`,
)}
</header>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
${sec(
  '2b3c4d',
  `${wid('5e6f7a', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${wid('8b9c0d', 'text-editor', ps(eIntro))}
${wid(
  '1c2d3e',
  'icon-list',
  `<ul class="elementor-icon-list-items">${eVouchers
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-gift"></i></span><span class="elementor-icon-list-text">${esc(t)}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${button('4f5a6b', 'Buy a Voucher')}
${wid('7c8d9e', 'text-editor', ps([eHow]))}`,
)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="34" class="elementor elementor-34 elementor-location-footer"
data-elementor-post-type="elementor_library">
${sec(
  '9e0f1a',
  `${wid('2a3b4c', 'heading', `<h4 class="elementor-heading-title elementor-size-default">${eFoot[0]}</h4>`)}
${wid(
  '5d6e7f',
  'icon-list',
  `<ul class="elementor-icon-list-items">${eFoot
    .slice(1, 4)
    .map(
      (t) => `<li class="elementor-icon-list-item"><a href="/${t.toLowerCase().replace(/ /g, '-')}/">
<span class="elementor-icon-list-text">${t}</span></a></li>`,
    )
    .join('\n')}</ul>`,
)}
${wid('8a9b0c', 'heading', `<h4 class="elementor-heading-title elementor-size-default">${eFoot[4]}</h4>`)}
${wid('1d2e3f', 'text-editor', `<p>${eFoot[5]}</p>`)}
${wid('4a5b6c', 'text-editor', `<p>${eFoot[6]}</p>`)}`,
)}
</footer>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom cookie-notice-visible" aria-label="Cookie Notice"
style="background-color: rgba(50,50,58,1);">
<div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text"
class="cn-text-container">We use cookies to ensure that we give you the best experience on our
website. If you continue to use this site we will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a
href="#" id="cn-accept-cookie"
data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok" style="background-color: #00a99d">Ok</a></span><span id="cn-close-notice"
data-cookie-set="accept"
class="cn-close-icon" title="No"></span></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout617-elementor-gift-vouchers',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([...eIntro, ...eVouchers, eHow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Gift Vouchers'), 'Buy a Voucher', ...eFoot,
    j(
      'We use cookies to ensure that we give you the best experience on our website.',
      'If you continue to use this site we will assume that you are happy with it.',
    ),
    'Ok',
  ],
};

export const HELDOUT617_E: readonly TestPage[] = [webflow, elementor];
