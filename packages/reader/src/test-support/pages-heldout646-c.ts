import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout646-kit.js';

/**
 * Held-out batch 646, file c: a canoe hire "product" on Shopify (Dawn) with its variant picker, price, description tabs and
 * "You may also like" grid, and a paddleboard school's course page on Webflow with a dates list and a testimonial slider.
 */
const pTitle = 'Two-Person Canadian Canoe – Full Day Hire';
const pDesc = [
  j(
    'Take a stable, roomy Canadian canoe out for the day from our base at Otterbank Lock and explore the upper Selver at your own',
    'pace. The canoe seats two adults and a small child, with space for a cool box between the seats.',
  ),
  j(
    'Pick the canoe up from 9am and bring it back by 5pm. We will show you the route on the map, fit your buoyancy aids and',
    'give you a quick lesson on the pontoon before you go.',
  ),
];
const pIncl = [
  'Canoe, three paddles and three buoyancy aids',
  'Waterproof barrel (30 litres)',
  'Laminated map of the upper Selver',
  'Free parking at the lock',
];
const pNotes = [
  j(
    'At least one adult in each canoe must be a confident swimmer. Children under 12 must sit in a canoe with an adult.',
    'Dogs are welcome if they are calm in a boat; please bring a dog buoyancy aid or hire one at the desk.',
  ),
  'Cancellations more than 72 hours ahead are refunded in full. Weather cancellations by us are always refunded.',
];
const pNav = ['Canoe Hire', 'Kayak Hire', 'Paddleboards', 'Shop', 'Gift Cards', 'Find Us'];
const pMore = ['Single Kayak – Half Day Hire', 'Family Canoe Trip with Shuttle', 'Paddleboard Hire – 2 Hours'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://otterbankoutdoors.co.uk/products/two-person-canadian-canoe-full-day">
<title>${pTitle} &ndash; Otterbank Outdoors</title><meta name="description" content="Take a stable, roomy Canadian canoe out for the day.">
<meta property="og:site_name" content="Otterbank Outdoors"><meta property="og:type" content="product"><meta property="og:price:amount" content="95.00">
<script>var Shopify = Shopify || {};Shopify.shop = "otterbank-outdoors.myshopify.com";Shopify.theme = {"name":"Dawn","id":141,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","offers":[{"@type":"Offer","price":"95.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//otterbankoutdoors.co.uk/cdn/shop/t/3/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all">
<script src="//otterbankoutdoors.co.uk/cdn/shop/t/3/assets/global.js?v=1" defer="defer"></script></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--header__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Open every day from 1 April &ndash; book online and save £5</span></p></div></div></div>
<div id="shopify-section-sections--header__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width"><a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Otterbank Outdoors</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon
header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section"><section class="page-width section-template--main-padding">
<div class="product product--large product--left grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery class="product__column-sticky"><ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image"><img
src="//otterbankoutdoors.co.uk/cdn/shop/files/canoe.jpg?v=1&width=1946" alt="Green Canadian canoe at Otterbank Lock"></div></li></ul>
</media-gallery></div><div class="product__info-wrapper grid__item"><section class="product__info-container product__column-sticky">
<div class="product__text inline-richtext caption-with-letter-spacing">OTTERBANK OUTDOORS</div>
<div class="product__title"><h1>${pTitle}</h1></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£95.00 GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-selects class="no-js-hidden"><fieldset class="js product-form__input product-form__input--pill"><legend class="form__label">Season</legend>
<input type="radio" id="opt-1" name="Season" value="Weekday" checked><label for="opt-1">Weekday</label>
<input type="radio" id="opt-2" name="Season" value="Weekend &amp; bank holiday"><label for="opt-2">Weekend &amp; bank holiday</label></fieldset>
</variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-1">Quantity</label></div>
<product-form class="product-form"><form method="post" action="/cart/add" class="form"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it now</button></div></div>
</form></product-form>
<div class="product__description rte quick-add-hidden">
${ps(pDesc)}
<h3>What's included</h3><ul>${lis(pIncl)}</ul>
<h3>Good to know</h3>${ps(pNotes)}
</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Shipping &amp; returns</h2></div></summary><div class="accordion__content rte" id="ProductAccordion-1">
<p>Hire bookings are not shipped. Your confirmation email is your ticket.</p></div></details></div>
<div class="share-button"><button class="share-button__button"><span>Share</span></button></div></section></div></div></section></section>
<section id="shopify-section-template--related" class="shopify-section section"><div class="color-scheme-1 gradient"><product-recommendations
class="related-products page-width isolate"><h2 class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid grid--4-col-desktop" role="list">${pMore
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper">
<h3 class="card__heading h5"><a href="/products/${t.length}" class="full-unstyled-link">${t}</a></h3></div></li>`,
  )
  .join('\n')}</ul>
</product-recommendations></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
</div></form></div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026,
<a href="/" title="">Otterbank Outdoors</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">
Powered by Shopify</a></small></div><ul class="policies list-unstyled">${links(['Refund policy', 'Privacy policy', 'Terms of service'])}</ul></div></footer>
<script src="//otterbankoutdoors.co.uk/cdn/shop/t/3/assets/product-info.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = page({
  name: 'heldout646-shopify-canoe-day-hire',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ["What's included", 'Good to know'],
  body: texts([...pDesc, ...pIncl, ...pNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Open every day from 1 April – book online and save £5', 'Otterbank Outdoors', ...pNav, 'Log in', 'Cart', 'Regular price',
    'OTTERBANK OUTDOORS', '£95.00 GBP',
    'Tax included.', 'Season', 'Weekday', 'Weekend & bank holiday', 'Quantity', 'Add to cart', 'Buy it now', 'Shipping & returns',
    'Hire bookings are not shipped. Your confirmation email is your ticket.', 'Share', 'You may also like', ...pMore, 'Subscribe to our emails', 'Email',
    '© 2026, Otterbank Outdoors', 'Powered by Shopify', 'Refund policy', 'Privacy policy', 'Terms of service',
  ],
});

const fTitle = 'Beginner Paddleboard Course';
const fDek = 'Two evenings on flat water. You leave able to launch, paddle straight, turn and get back on.';
const fBody = [
  j(
    'Our beginner course is the best way to start paddleboarding if you want to hire boards or buy your own afterwards. It runs',
    'over two three-hour sessions on Coldwater Reservoir, which is sheltered, shallow at the edges and free of boats.',
  ),
  j('Groups are never bigger than six. At the end you get the Flatwater Academy Discover card, which lets you hire boards from', 'us without a guide.'),
];
const fLearn = [
  'Launching from a pontoon and from the bank',
  'Forward stroke, sweep turns and stopping',
  'Falling in safely and climbing back on',
  'Reading the wind on open water',
];
const fDates = ['Tue 9 & Thu 11 June, 6pm–9pm – 2 places left', 'Tue 23 & Thu 25 June, 6pm–9pm – 5 places left', 'Sat 4 & Sun 5 July, 9am–12pm – Full'];
const fPrice = 'The course costs £110, including board, paddle, wetsuit and buoyancy aid.';
const fQuotes = [
  '"I was terrified of falling in. By the second night I was jumping off on purpose." – Priya',
  '"Patient, funny instructors. Worth every penny." – Alun',
];
const fNav = ['Courses', 'Hire', 'Tours', 'About', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon May 11 2026 08:14:02 GMT+0000 -->
<html data-wf-domain="www.flatwateracademy.co.uk" data-wf-page="65f0a1b2c3d4e5f6a7b8c9d1" data-wf-site="65f0a1b2c3d4e5f6a7b8c9d0" lang="en">
<head><meta charset="utf-8"><title>Beginner Paddleboard Course | Flatwater Academy</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65f0a1b2c3d4e5f6a7b8c9d0/css/flatwater-academy.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script>
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"${fTitle}",
"provider":{"@type":"Organization","name":"Flatwater Academy"}}</script>
</head><body class="body-course"><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65f0/logo.svg"
loading="lazy" alt="Flatwater Academy logo" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-course"><div class="container w-container"><div class="breadcrumbs"><a href="/courses" class="breadcrumb-link">Courses</a>
<div class="breadcrumb-divider">/</div><div class="breadcrumb-current">Beginner</div></div>
<h1 class="heading-xl">${fTitle}</h1><p class="paragraph-large">${fDek}</p></div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid grid-course"><div class="course-main">
<div class="rich-text w-richtext">${ps(fBody)}<h2>What you'll learn</h2><ul role="list">${lis(fLearn)}</ul>
<h2>Price</h2><p>${fPrice}</p></div>
<h2 class="heading-m">Upcoming dates</h2><div class="w-dyn-list"><div role="list" class="dates-list w-dyn-items">
${fDates.map((t) => `<div role="listitem" class="date-item w-dyn-item"><div class="date-text">${t.replace(/&/g, '&amp;')}</div></div>`).join('\n')}
</div></div></div><div class="course-side"><div class="enquiry-card"><h3 class="heading-s">Questions before you book?</h3><div class="w-form">
<form id="wf-form-Course-Enquiry" name="wf-form-Course-Enquiry" data-name="Course Enquiry" method="get"><label for="name">Name</label>
<input class="text-field w-input" maxlength="256" name="name" data-name="Name" type="text" id="name"><label for="email">Email address</label>
<input class="text-field w-input" maxlength="256" name="email" type="email" id="email" required=""><input type="submit" data-wait="Please wait..."
class="button w-button" value="Send"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Course Enquiry success">
<div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Course Enquiry failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></div></div></div></section>
<section class="section testimonials"><div class="container w-container"><h2 class="heading-m centered">What our learners say</h2>
<div data-delay="4000" data-animation="slide" class="slider w-slider" data-autoplay="true"><div class="mask w-slider-mask">
${fQuotes.map((t) => `<div class="slide w-slide"><p class="quote-text">${t}</p></div>`).join('\n')}</div>
<div class="w-slider-arrow-left"><div class="w-icon-slider-left"></div></div><div class="w-slider-arrow-right"><div class="w-icon-slider-right"></div></div>
<div class="w-slider-nav w-round"></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-text">Coldwater Reservoir Boathouse, Hensby</div>
<div class="footer-links">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div>
<div class="footer-copy">© 2026 Flatwater Academy Ltd. All rights reserved.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0a1b2c3d4e5f6a7b8c9d0" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65f0a1b2c3d4e5f6a7b8c9d0/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = page({
  name: 'heldout646-webflow-sup-course',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ["What you'll learn", 'Price', 'Upcoming dates'],
  body: texts([fDek, ...fBody, ...fLearn, fPrice, ...fDates]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book now', 'Beginner', 'Questions before you book?', 'Name', 'Email address', 'What our learners say', ...fQuotes,
    'Coldwater Reservoir Boathouse, Hensby', '© 2026 Flatwater Academy Ltd. All rights reserved.',
  ],
});

export const HELDOUT646_C: readonly TestPage[] = [shopify, webflow];
