import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout510-kit.js';

/**
 * Held-out batch 510, file b: an event-catering enquiry page on WordPress with Elementor (Hello theme, theme-builder header and
 * footer, Elementor form, CookieYes banner), and a meal-delivery caterer's allergen page on Shopify (Dawn theme) with a table.
 */
const eTitle = 'Plan Your Event With Us';
const eIntro = [
  j(
    'From a 20-person office lunch to a 250-guest wedding, Saffron & Slate cooks everything from scratch in our kitchen in Calder Mills.',
    'Tell us a little about your event and one of our planners will send you a tailored proposal within two working days.',
  ),
  'Not sure what you need yet? That is fine. Most of our clients start with a date, a rough guest count and a budget.',
];
const eHeads = ['What happens next', 'Good to know'];
const eSteps = [
  'We reply within two working days with questions and a first proposal.',
  'You book a tasting at our kitchen for up to four people ($95, credited to your booking).',
  'A 30% deposit secures your date. Final numbers are due 10 days before the event.',
];
const eKnow = [
  j(
    'We cater within 60 miles of Calder Mills. Beyond that a travel fee applies. For weddings we need at least three months notice;',
    'corporate lunches can often be arranged within a week.',
  ),
  'Rather talk it through? Call our events team on (555) 013-7781, Monday to Friday, 9 am to 5 pm.',
];
const eLabels = ['Your name', 'Email', 'Phone', 'Event date', 'Type of event', 'Number of guests', 'Tell us about your event'];
const eNav = ['Home', 'Menus', 'Weddings', 'Corporate', 'Gallery', 'Enquire'];
const eFoot = [
  'Saffron & Slate Catering',
  '14 Weir Lane, Calder Mills',
  'Privacy Policy',
  'Allergens',
  'Careers',
  '© 2027 Saffron & Slate. All rights reserved.',
];
const el = (id: string, widget: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${widget}" data-id="${id}" data-element_type="widget"
data-widget_type="${widget}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (
  id: string,
  inner: string,
): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed
elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">
${inner}</div></div></div></section>`;
const field = (
  l: string,
  i: number,
): string => `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-f${i} elementor-col-50">
<label for="form-field-f${i}" class="elementor-field-label">${l}</label><input size="1" type="text" name="form_fields[f${i}]" id="form-field-f${i}"
class="elementor-field elementor-size-sm elementor-field-textual"></div>`;
const eForm = `<form class="elementor-form" method="post" name="Event enquiry"><input type="hidden" name="post_id" value="41"><div
class="elementor-form-fields-wrapper elementor-labels-above">
${eLabels.slice(0, 4).map(field).join('\n')}
<div class="elementor-field-type-select elementor-field-group elementor-column elementor-col-50"><label for="form-field-type"
class="elementor-field-label">${eLabels[4]}</label>
<div class="elementor-field elementor-select-wrapper"><select name="form_fields[type]" id="form-field-type" class="elementor-field-textual elementor-size-sm">
<option value="Wedding">Wedding</option><option value="Corporate">Corporate</option><option value="Private party">Private party</option></select></div></div>
${field(eLabels[5] ?? '', 5)}
<div class="elementor-field-type-textarea elementor-field-group elementor-column elementor-col-100"><label for="form-field-msg"
class="elementor-field-label">${eLabels[6]}</label>
<textarea class="elementor-field-textual elementor-field elementor-size-sm" name="form_fields[msg]" id="form-field-msg" rows="4"></textarea></div>
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit"
class="elementor-button elementor-size-sm">
<span><span class="elementor-button-text">Send My Enquiry</span></span></button></div></div></form>`;
const eIcons = (items: readonly string[]): string => `<ul class="elementor-icon-list-items">
${items
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span
class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul>`;
const eHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Enquire &#8211; Saffron &amp; Slate Catering</title><meta name='robots' content='index, follow, max-image-preview:large'>
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Enquire","inLanguage":"en-US"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://saffronslate.example/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://saffronslate.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.1'
media='all'>
<style id="cookieyes-style">.cky-consent-container{position:fixed;width:440px;box-sizing:border-box;z-index:9999999}</style></head>
<body class="page-template-default page page-id-41 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-41">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="58" class="elementor elementor-58 elementor-location-header"
data-elementor-post-type="elementor_library">
${sec(
  '2c1e9a0',
  `${el(
    '6b1f2d3',
    'theme-site-logo',
    `<a href="https://saffronslate.example"><img width="180" height="60" src="/wp-content/uploads/2024/02/logo.svg"
alt="Saffron &amp; Slate"></a>`,
  )}
${el(
  'a0e4c71',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-a0e4c71" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true"
class="eicon-menu-bar"></i></div>`,
)}`,
)}
</header>
<main id="content" class="site-main post-41 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="41" class="elementor elementor-41" data-elementor-post-type="page">
${sec(
  '7d2a11f',
  `${el('1f0c6e2', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${el('3b7a9d0', 'text-editor', ps(eIntro))}`,
)}
${sec('9e4b2c8', `${el('4ac21f7', 'form', eForm)}`)}
${sec(
  'c31d7a5',
  `${el('e81b3c4', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[0]}</h2>`)}
${el('f2a9d16', 'icon-list', eIcons(eSteps))}
${el('0b8e5a3', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[1]}</h2>`)}
${el('5d6c2e9', 'text-editor', ps(eKnow))}
${el(
  '8a1f4b7',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/menus/"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Browse Our Menus</span></span></a></div>`,
)}`,
)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="63" class="elementor elementor-63 elementor-location-footer"
data-elementor-post-type="elementor_library">
${sec('b71e0d2', el('c4f8a21', 'text-editor', ps(eFoot.slice(0, 2).map((t) => t.replace(/&/g, '&amp;')))))}
${sec(
  'd90a3f6',
  `${el(
    'e2b5c08',
    'nav-menu',
    `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul
class="elementor-nav-menu">${links(eFoot.slice(2, 5))}</ul></nav>`,
  )}
${el('f6c1a93', 'text-editor', `<p>${eFoot[5]?.replace(/&/g, '&amp;')}</p>`)}`,
)}
</footer>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title" role="heading"
aria-level="1">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic.
By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize"
aria-label="Customize">Customize</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept"
aria-label="Accept All">Accept All</button></div></div></div></div></div>
<script src='https://saffronslate.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.0'
id='elementor-pro-frontend-js'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout510-elementor-event-enquiry',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([...eIntro, ...eSteps, ...eKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, ...eLabels, 'Send My Enquiry', 'Browse Our Menus', ...eFoot, 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customize', 'Reject All', 'Accept All',
  ],
};

const aTitle = 'Allergen information';
const aIntro = [
  j(
    'All of our meals are cooked in one kitchen that handles all 14 major allergens. We keep separate boards, utensils and',
    'containers for gluten-free and nut-free dishes, but we cannot guarantee that any meal is completely free of traces.',
  ),
  'The table below shows which allergens each dish on the current weekly menu contains. It is updated every Thursday when the new menu goes live.',
];
const aHeads = ['This week’s menu', 'Allergen key', 'Questions?'];
const aCols = ['Dish', 'Allergens', 'Vegan'];
const aRows = [
  ['Lemon & herb chicken with freekeh', 'G, Ce', 'No'],
  ['Miso-glazed salmon with sesame greens', 'F, Se, So', 'No'],
  ['Black bean chilli with lime rice', 'none', 'Yes'],
  ['Beef ragù with pappardelle', 'G, E, Ce', 'No'],
  ['Peanut & coconut curry', 'P, So', 'Yes'],
  ['Cardamom rice pudding', 'M', 'No'],
];
const aKey = ['G – cereals containing gluten', 'Ce – celery', 'E – eggs', 'F – fish', 'M – milk', 'P – peanuts', 'Se – sesame', 'So – soya'];
const aEnd = 'If you have a severe allergy, please email us before ordering at kitchen@littlefennel.example and our head chef will call you back.';
const aNav = ['Shop meals', 'How it works', 'Delivery areas', 'About us'];
const aPolicies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const aHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://littlefennel.example/pages/allergens">
<title>${aTitle} &ndash; Little Fennel Kitchen</title><meta name="description" content="Which allergens are in each Little Fennel meal this week.">
<meta property="og:site_name" content="Little Fennel Kitchen"><meta property="og:type" content="website">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "little-fennel.myshopify.com";Shopify.theme = {"name":"Dawn","id":136412774599,
"schema_name":"Dawn","schema_version":"15.0.0"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Little Fennel Kitchen",
"url":"https:\\/\\/littlefennel.example"}</script>
<link href="//littlefennel.example/cdn/shop/t/4/assets/base.css?v=16534392784228263581" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar"
role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on orders of 10 meals or more</span></p></div></div></div></div>
<div id="shopify-section-sections--17__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account"><a href="/"
class="header__heading-link link link--text focus-inset">
<span class="h2">Little Fennel Kitchen</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${aNav
  .map(
    (n) => `<li><a href="/pages/${n.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${n}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span>
<svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"><use
href="#icon-search"></use></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg><span
class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--17__main"
class="shopify-section section">
<div class="page-width page-width--narrow section-template--17__main-padding"><h1 class="main-page-title page-title h0">${aTitle}</h1>
<div class="rte">${ps(aIntro)}
<h2>${aHeads[0]}</h2><div class="table-wrapper"><table><thead><tr>${aCols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${trs(aRows)}</tbody></table></div>
<h3>${aHeads[1]}</h3><ul>${lis(aKey)}</ul>
<h3>${aHeads[2]}</h3><p>${aEnd}</p></div></div></section></main>
<div id="shopify-section-sections--18__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--18__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="contact_form" class="footer__newsletter newsletter-form"><input type="hidden" name="contact[tags]"
value="newsletter">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--18__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--18__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small
class="copyright__content">&copy; 2027,
<a href="/" title="">Little Fennel Kitchen</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(aPolicies)}</ul></div></div></div></footer></div>
<script src="//littlefennel.example/cdn/shop/t/4/assets/global.js?v=13735543" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout510-shopify-allergens',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: texts([...aIntro, ...rowTexts(aRows), ...aKey, aEnd]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders of 10 meals or more', 'Little Fennel Kitchen', ...aNav, 'Log in', 'Cart', 'Subscribe to our emails', 'Email',
    '© 2027,', 'Powered by Shopify', ...aPolicies,
  ],
};

export const HELDOUT510_B: readonly TestPage[] = [elementor, shopify];
