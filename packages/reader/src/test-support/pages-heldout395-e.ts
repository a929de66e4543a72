import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout395-kit.js';

/**
 * Held-out batch 395, file e: a sustainability commitment page on a Shopify store with the Dawn theme (announcement bar,
 * sticky header, main-page section with a rich-text body and a progress table, an image-with-text promo, the footer with
 * the email sign-up and payment icons, the Shopify privacy banner) and a press kit page on a Prezly newsroom (Next.js
 * markup with CSS-module class names, asset download tiles, a contacts card, the boilerplate, the subscribe form and the
 * "Powered by Prezly" footer).
 */
const sTitle = 'Our sustainability commitments';
const sIntro = [
  j(
    'Wrenhollow makes waterproof jackets and wool layers for people who walk in bad weather. Making clothes uses water, energy',
    'and chemistry, and we would rather tell you exactly how much than hide behind the word green.',
  ),
  'This page sets out what we have promised, how far we have come, and where we are behind. We update it every April.',
];
const sMat = [
  j(
    'Fabric accounts for about two thirds of the footprint of a Wrenhollow jacket. Since 2022 every shell fabric has been made',
    'from recycled polyester or recycled nylon, and all our wool comes from two farm groups in the Falklands and the Scottish',
    'Borders that we visit each year.',
  ),
  j(
    'We stopped using PFAS-based water repellents in 2024. The replacement finish needs reproofing more often, and we have',
    'added free reproofing to our repair service to make up for it.',
  ),
];
const sRows: readonly (readonly [string, string, string])[] = [
  ['Recycled or certified natural fibres', '88%', '100% by 2027'],
  ['Renewable electricity at our own sites', '100%', 'Met in 2024'],
  ['Supplier factories on renewable power', '41%', '75% by 2030'],
  ['Garments repaired per garment sold', '1 in 9', '1 in 5 by 2028'],
];
const sMake = [
  j(
    'Our jackets are sewn by three factories in Portugal and Vietnam. We publish their names and addresses, and each one is',
    'audited every year by an independent organisation that interviews workers away from the factory floor.',
  ),
];
const sBehind = ['Where we are behind:'];
const sBehindList = [
  'Freight: a quarter of our goods still travel part of the way by air when launches slip',
  'Packaging: our mailer bags are recycled, but most councils cannot yet collect them',
  'Supplier power: our Vietnamese factory still draws most of its electricity from coal',
];
const sClose = [
  j(
    'We will keep reporting the numbers we miss as openly as the ones we meet. If you have questions about any figure on this',
    'page, our materials team answers them directly at impact@wrenhollow.example, and we list every correction we make',
    'to this page at the bottom of our yearly impact report.',
  ),
];
const sAnn = 'Free repairs for the life of every jacket';
const sNav = ['Shop', 'Men', 'Women', 'Repairs', 'Journal', 'Sustainability'];
const sFoot1 = ['Shipping', 'Returns', 'Size guide', 'Warranty'];
const sFoot2 = ['Our story', 'Factories list', 'Impact report 2025', 'Stockists'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://wrenhollow.example/pages/sustainability">
<title>Our sustainability commitments &ndash; Wrenhollow</title><meta name="description" content="What we have promised, how far we have come, and
where we are behind.">
<meta property="og:site_name" content="Wrenhollow"><meta property="og:url" content="https://wrenhollow.example/pages/sustainability">
<meta property="og:title" content="Our sustainability commitments"><meta property="og:type" content="website">
<script src="//wrenhollow.example/cdn/shop/t/12/assets/constants.js?v=58251544750838685771716900000" defer="defer"></script>
<script>var Shopify = Shopify || {};Shopify.shop = "wrenhollow.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":141122,"schema_name":"Dawn","schema_version":"15.2.0","role":"main"};</script>
<link href="//wrenhollow.example/cdn/shop/t/12/assets/base.css?v=144968985024194912401716900000" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17001__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>${sAnn}</span></p></div></div></div></div>
<div id="shopify-section-sections--17001__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-account"><h1 class="header__heading"><a href="/" class="header__heading-link link link--text
focus-inset"><span class="h2">Wrenhollow</span></a></h1><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase()}" class="header__menu-item list-menu__item link link--text
focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17002__main" class="shopify-section section"><div class="page-width page-width--narrow
section-template--17002__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1><div class="rte">
${ps(sIntro)}
<h2>Materials</h2>${ps(sMat)}
<h2>Progress against our targets</h2><table><thead><tr><th>Commitment</th><th>Where we are</th><th>Target</th></tr></thead><tbody>
${sRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>Who makes our clothes</h2>${ps(sMake)}
<h2>Where we are behind</h2>${ps(sBehind)}<ul>${lis(sBehindList)}</ul>${ps(sClose)}
</div></div></section>
<section id="shopify-section-template--17002__image_with_text" class="shopify-section section"><div class="image-with-text
image-with-text--no-overlap page-width
isolate section-template--17002__image_with_text-padding"><div class="image-with-text__grid grid grid--gapless grid--1-col grid--2-col-tablet">
<div class="image-with-text__media-item grid__item"><div class="image-with-text__media media gradient color-scheme-1"><img
src="//wrenhollow.example/cdn/shop/files/repair-bench.jpg?v=1&amp;width=1500"
alt="" loading="lazy" width="1500" height="1000"></div></div><div class="image-with-text__text-item grid__item"><div class="image-with-text__content
image-with-text__content--middle content-container gradient color-scheme-1"><h2 class="image-with-text__heading inline-richtext h1">Wear it longer</h2>
<div class="image-with-text__text rte body"><p>Send us any Wrenhollow jacket, however old, and we will repair and reproof it for free.</p></div>
<a href="/pages/repairs" class="button button--primary">Book a repair</a></div></div></div></div></section></main>
<div id="shopify-section-sections--17003__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--17003__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col
grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul
class="footer-block__details-content list-unstyled">
${links(sFoot1)}</ul></div><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">About</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot2)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--17003__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--17003__footer">Email</label></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__payment"><span
class="visually-hidden">Payment methods</span>
<ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" aria-labelledby="pi-visa"><title
id="pi-visa">Visa</title></svg></li>
<li class="list-payment__item"><svg class="icon icon--full-color" aria-labelledby="pi-master"><title id="pi-master">Mastercard</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Wrenhollow</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.example?utm_campaign=poweredby">Powered by
Shopify</a></small></div></div></div>
</footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-labelledby="shopify-pc__banner__title"><div
class="shopify-pc__banner__body">
<h2 id="shopify-pc__banner__title" class="shopify-pc__banner__body-title">Cookie settings</h2><p>This website uses cookies to ensure you get the best
experience.</p></div>
<div class="shopify-pc__banner__btns"><button type="button" class="shopify-pc__banner__btn-manage-prefs"
id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
<button type="button" class="shopify-pc__banner__btn-decline" id="shopify-pc__banner__btn-decline">Decline</button>
<button type="button" class="shopify-pc__banner__btn-accept" id="shopify-pc__banner__btn-accept">Accept</button></div></div>
<script src="//wrenhollow.example/cdn/shop/t/12/assets/global.js?v=84921400000" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout395-shopify-dawn-sustainability',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Materials', 'Progress against our targets', 'Who makes our clothes', 'Where we are behind'],
  body: texts([...sIntro, ...sMat, ...sRows.flat(), ...sMake, ...sBehind, ...sBehindList, ...sClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', sAnn, 'Shop', 'Women', 'Repairs', 'Journal', 'Sustainability', 'Log in', 'Cart', 'Wear it longer',
    'Send us any Wrenhollow jacket, however old, and we will repair and reproof it for free.', 'Book a repair', 'Help', 'About', ...sFoot1, ...sFoot2,
    'Subscribe to our emails', 'Email', 'Payment methods', 'Visa', 'Mastercard', 'Powered by Shopify', 'Cookie settings',
    'This website uses cookies to ensure you get the best experience.', 'Manage preferences', 'Decline', 'Accept',
  ],
};

const pTitle = 'Press kit';
const pIntro = [
  j(
    'Everything journalists, podcasters and event organisers need to write about Halvard Bikes: our story in brief, key facts,',
    'approved images and logos, and who to call. All assets may be used freely in editorial coverage of Halvard.',
  ),
];
const pAbout = [
  j(
    'Halvard Bikes designs cargo bicycles for families and small businesses. Founded in Aarhus in 2016 by Sanne Holmgaard and',
    'Jesper Thrane, the company builds its frames in Denmark and sells in nineteen countries through 240 specialist dealers.',
  ),
  j(
    'Its best-known model, the Halvard Long, carries two children or 80 kilograms of goods and has been chosen by several',
    'European cities for their postal and parcel trials.',
  ),
  j(
    'Halvard is owned by its founders and a foundation that funds cycling schools in Danish towns. In 2025 it opened a second',
    'assembly line and began offering a ten-year frame warranty, the longest in the cargo bike market.',
  ),
];
const pFacts = [
  'Founded: 2016, Aarhus, Denmark',
  'Employees: 164',
  'Bikes sold in 2025: 31,500',
  'Frame production: Halvard works, Hasselager',
  'Chief executive: Sanne Holmgaard',
];
const pGuide = [
  'Please do not crop, recolour or stretch the logo; use the dark version on light backgrounds',
  'Credit photos as “Photo: Halvard Bikes” unless another photographer is named in the file name',
  'Product images show pre-production bikes where marked; ask us for current images before print deadlines',
];
const pContact = [
  j(
    'For interviews, test bikes and high-resolution images, please contact our press office. We answer requests from journalists',
    'within one working day, and we can arrange visits to the Hasselager works on most weekdays.',
  ),
];
const pAssets: readonly (readonly [string, string])[] = [
  ['Logo pack (SVG, PNG)', '2.4 MB'],
  ['Product photos, spring 2026', '148 MB'],
  ['Founders portraits', '36 MB'],
  ['Fact sheet (PDF)', '420 KB'],
];
const pNav = ['Stories', 'Media', 'Press kit', 'Contacts'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>Press kit |
Halvard Bikes Newsroom</title>
<meta name="description" content="Logos, images, key facts and press contacts for Halvard Bikes."><meta property="og:site_name" content="Halvard
Bikes Newsroom">
<meta property="og:title" content="Press kit"><link rel="canonical" href="https://press.halvardbikes.example/press-kit"><meta name="next-head-count"
content="8">
<link rel="preload" href="/_next/static/css/2f91c0d4e8b1a7f3.css" as="style"><link rel="stylesheet" href="/_next/static/css/2f91c0d4e8b1a7f3.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Press
kit","publisher":{"@type":"Organization","name":"Halvard Bikes"}}</script>
</head><body><div id="__next"><div class="Layout_container__x1b2Q">
<div class="CookieConsentBar_wrapper__k2PqA"><div class="CookieConsentBar_container__Wm8Jr"><div class="CookieConsentBar_content__r3TqL">
<p class="CookieConsentBar_title__bN4vx">Like most websites, we use cookies.</p><p class="CookieConsentBar_text__p0Dz1">We use cookies to understand
how the newsroom is used.</p></div>
<div class="CookieConsentBar_actions__uT6sF"><button type="button" class="Button_button__aa12Z Button_secondary__n1cQe">Reject</button>
<button type="button" class="Button_button__aa12Z Button_primary__m7YhR">Accept</button></div></div></div>
<header class="Header_container__qm4Xd"><div class="Container_container__f2Kp1"><nav role="navigation" class="Header_header__7fJ2s">
<a class="Header_newsroom__zz0Dk" href="/"><img alt="Halvard Bikes" class="Logo_logo__e9Wq1"
src="https://cdn.uc.assets.prezly.example/7a3c/-/resize/320x/logo.png"></a>
<div class="Header_navigation__Jc3gY"><ul class="Header_navigationInner__Lq0rT">${pNav
  .map(
    (t) => `<li class="Header_navigationItem__v4x1D"><a
class="ButtonLink_button__Rt5yK Header_navigationButton__gH2kS" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul>
<button type="button" class="Button_button__aa12Z Header_searchToggle__pK9vS" aria-label="Toggle search"></button></div></nav></div></header>
<main class="Layout_content__Cw2oN"><div class="Container_container__f2Kp1"><article class="Page_container__sW1xQ"><div class="ContentRenderer_renderer__Fy3xL">
<h1 class="Heading_heading__d3Pz1 Heading_headingOne__yQ2sa">${pTitle}</h1>
${ps(pIntro, ' class="Paragraph_paragraph__v2QmT"')}
<h2 class="Heading_heading__d3Pz1 Heading_headingTwo__cX8Lk">About Halvard Bikes</h2>${ps(pAbout, ' class="Paragraph_paragraph__v2QmT"')}
<h2 class="Heading_heading__d3Pz1 Heading_headingTwo__cX8Lk">Key facts</h2><ul class="List_list__bulleted__a0Ts1">${lis(pFacts, 'List_listItem__t8Ww2')}</ul>
<h2 class="Heading_heading__d3Pz1 Heading_headingTwo__cX8Lk">Downloads</h2>
<div class="Attachments_attachments__z0Yk3">${pAssets
  .map(
    ([n, s]) => `<a class="Attachment_container__qQ3vM" href="https://cdn.uc.assets.prezly.example/${s.length}/download/">
<div class="Attachment_icon__h7Ax2" aria-hidden="true"></div><div class="Attachment_name__tK1pN">${n}</div><div class="Attachment_meta__oP6sC">${s}</div>
<span class="Attachment_downloadLabel__Ne9Vr">Download</span></a>`,
  )
  .join('\n')}</div>
<h2 class="Heading_heading__d3Pz1 Heading_headingTwo__cX8Lk">Using our brand</h2><ul
class="List_list__bulleted__a0Ts1">${lis(pGuide, 'List_listItem__t8Ww2')}</ul>
<h2 class="Heading_heading__d3Pz1 Heading_headingTwo__cX8Lk">Press enquiries</h2>${ps(pContact, ' class="Paragraph_paragraph__v2QmT"')}
</div></article>
<section class="Contacts_container__eY2Fz"><h2 class="Contacts_title__r7UaB">Contacts</h2><div class="ContactCard_container__Bv1Tn"><div
class="ContactCard_content__hh8Ws">
<h4 class="ContactCard_name__qF0Ka">Ida Skovgaard</h4><h5 class="ContactCard_position__xO2Ju">Head of Communications</h5>
<ul class="ContactCard_links__m3Pxs"><li><a href="mailto:press@halvardbikes.example" class="ContactCard_link__jK7Lo">press@halvardbikes.example</a></li>
<li><a href="tel:+4586120044" class="ContactCard_link__jK7Lo">+45 86 12 00 44</a></li></ul></div></div></section>
<section class="Boilerplate_container__gT5sR"><div class="Boilerplate_aboutUs__nQ8Hl"><h2 class="Boilerplate_heading__c1WrV">About Halvard Bikes</h2>
<div class="Boilerplate_about__i0LkE"><p>Halvard Bikes builds cargo bicycles in Denmark for families and small businesses.</p></div></div>
<div class="Boilerplate_contacts__Xy2Mv"><h2 class="Boilerplate_heading__c1WrV">Contact</h2><p class="Boilerplate_contact__a3Fq0">Halvard Bikes ApS,
Hasselager Allé 30, 8260 Viby J</p></div>
</section></div>
<div class="SubscribeForm_container__oV1tA"><div class="Container_container__f2Kp1"><h2 class="SubscribeForm_title__k0Yc8">Get updates in your mailbox</h2>
<form class="SubscribeForm_form__z4HnE" novalidate><div class="SubscribeForm_inlineForm__t2Kpe"><input type="email" name="email" placeholder="Your
email address"
class="FormInput_input__qQ1Aa"><button type="submit" class="Button_button__aa12Z Button_primary__m7YhR SubscribeForm_button__r9Ypx">Subscribe</button></div>
<p class="SubscribeForm_disclaimer__u2Nxd">By clicking "Subscribe" I confirm I have read and agree to the Privacy Policy.</p></form></div></div></main>
<footer class="Footer_container__fM0aS"><div class="Container_container__f2Kp1"><div class="Footer_footer__p4Vf2"><div class="Footer_links__aQ1dz">
<a href="https://halvardbikes.example" class="Footer_link__e0Pq3">halvardbikes.example</a><a href="/privacy" class="Footer_link__e0Pq3">Privacy policy</a></div>
<div class="Footer_madeWith__n5Hgk">Made with <a href="https://www.prezly.example"
class="Footer_prezly__hT2xY">Prezly</a></div></div></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"newsroomContextProps":{"newsroom":{"display_name":"Halvard
Bikes"},"localeCode":"en"}}},
"page":"/[slug]","query":{"slug":"press-kit"},"buildId":"prz-4.18.2","isFallback":false,"gssp":true}</script></body></html>`;
const prezly: TestPage = {
  name: 'heldout395-prezly-press-kit',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['About Halvard Bikes', 'Key facts', 'Downloads', 'Using our brand', 'Press enquiries'],
  body: texts([...pIntro, ...pAbout, ...pFacts, ...pGuide, ...pContact]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Like most websites, we use cookies.', 'We use cookies to understand how the newsroom is used.', 'Reject', 'Accept', 'Stories', 'Media', 'Contacts',
    ...pAssets.flat(), 'Download', 'Ida Skovgaard', 'Head of Communications', 'press@halvardbikes.example', '+45 86 12 00 44',
    'Halvard Bikes builds cargo bicycles in Denmark for families and small businesses.', 'Contact', 'Halvard Bikes ApS, Hasselager Allé 30, 8260 Viby J',
    'Get updates in your mailbox', 'Subscribe', 'By clicking "Subscribe" I confirm I have read and agree to the Privacy Policy.', 'halvardbikes.example',
    'Privacy policy', 'Made with Prezly',
  ],
};

export const HELDOUT395_E: readonly TestPage[] = [shopify, prezly];
