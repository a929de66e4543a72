import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tr } from './pages-heldout476-kit.js';

/**
 * Held-out batch 476, file c: a kitchen appliance warranty page on a Shopify store (Dawn theme) with a coverage table,
 * and a short ceiling fan warranty page on Squarespace 7.1 (fluid engine sections, cookie banner).
 */
const dTitle = 'Warranty';
const dIntro = [
  j(
    'Every Östlund kettle, toaster and stand mixer comes with a guarantee against faults in materials and workmanship. The guarantee',
    'starts on the day you receive your order and covers the original buyer. It does not affect your statutory rights.',
  ),
];
const dTable = [
  ['Kettles and toasters', '2 years', '3 years'],
  ['Stand mixers', '3 years', '5 years on the motor'],
  ['Blenders and food processors', '2 years', '3 years'],
  ['Accessories and spare parts', '1 year', 'Not available'],
];
const dSections: { h: string; html: string; gold: string[] }[] = [
  {
    h: 'What is not covered',
    html: '',
    gold: [
      'Limescale damage, where the kettle has not been descaled as the manual describes.',
      'Glass jugs, blades and non-stick coatings after normal wear.',
      'Damage from dropping the product, using it commercially or running it on the wrong voltage.',
      'Products bought from sellers who are not Östlund or one of our listed retailers.',
    ],
  },
  {
    h: 'How to make a claim',
    html: '',
    gold: [
      j(
        'Email care@ostlundkitchen.co.uk with your order number, the model and serial number from the base of the product, and a short',
        'video or photo that shows the fault. We reply within two working days.',
      ),
      j(
        'If we can fix the fault with a part, we will post it to you free of charge. If not, we will send a prepaid label so you can',
        'return the product, and we will repair or replace it within 14 days of receiving it. Replacements carry the rest of the original guarantee.',
      ),
    ],
  },
];
dSections[0] = { ...dSections[0]!, html: `<ul>${lis(dSections[0]!.gold)}</ul>` };
dSections[1] = { ...dSections[1]!, html: ps(dSections[1]!.gold) };
const dExt = 'Register your product within 30 days to extend the guarantee, as shown in the table above.';
const dMenu = ['Shop all', 'Kettles', 'Toasters', 'Stand mixers', 'Spare parts', 'Our story'];
const dQuick = ['Search', 'Delivery', 'Returns', 'Warranty', 'Contact'];
const dHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://ostlundkitchen.co.uk/pages/warranty">
<title>Warranty &ndash; Östlund Kitchen</title><meta name="description" content="Östlund guarantees and how to make a claim.">
<meta property="og:site_name" content="Östlund Kitchen"><meta property="og:url" content="https://ostlundkitchen.co.uk/pages/warranty"><meta
property="og:type" content="website">
<script src="//ostlundkitchen.co.uk/cdn/shop/t/12/assets/constants.js?v=58251544750838685771714000000" defer="defer"></script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "ostlund-kitchen.myshopify.com"; Shopify.locale = "en"; Shopify.currency =
{"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":141277544639,"schema_name":"Dawn","schema_version":"15.0.0","role":"main"};</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta =
{"page":{"pageType":"page","resourceType":"page","resourceId":98765432}};</script>
<style data-shopify>:root { --font-body-family: Assistant, sans-serif; --page-width: 120rem; }</style>
<link href="//ostlundkitchen.co.uk/cdn/shop/t/12/assets/base.css?v=144997082486365258741714000000" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group --><div id="shopify-section-sections--17__announcement-bar" class="shopify-section shopify-section-group-header-group
announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--17__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Östlund Kitchen</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${dMenu
  .map(
    (t) =>
      `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text
focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"
focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<!-- END sections: header-group --><main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17__main" class="shopify-section section"><div class="page-width page-width--narrow section-template--17__main-padding">
<h1 class="main-page-title page-title h0 scroll-trigger animate--fade-in">${dTitle}</h1><div class="rte scroll-trigger animate--slide-in" data-cascade>
${ps(dIntro)}
<table><thead><tr><th>Product</th><th>Standard guarantee</th><th>With registration</th></tr></thead><tbody>
${dTable.map(tr).join('\n')}</tbody></table>
<p>${dExt} <a href="/pages/register">Register a product</a>.</p>
${dSections.map((s) => `<h2>${s.h}</h2>\n${s.html}`).join('\n')}
</div></div></section></main>
<!-- BEGIN sections: footer-group --><div id="shopify-section-sections--17__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--17__footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(dQuick, 'footer-block__item')}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type"
value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input"
placeholder="Email" required><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"
aria-hidden="true"></svg></button>
</div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Östlund
Kitchen</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by
Shopify</a></small></div></div>
</footer></div><!-- END sections: footer-group -->
<ul hidden><li id="a11y-refresh-page-message">Choosing a selection results in a full page refresh.</li></ul>
<script>window.shopUrl = 'https://ostlundkitchen.co.uk'; window.routes = { cart_add_url: '/cart/add', cart_url: '/cart' };</script></body></html>`;
const shopify: TestPage = {
  name: 'heldout476-shopify-kitchen-warranty',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dSections.map((s) => s.h),
  body: [...dIntro, ...dTable.map((r) => r.join(' ')), `${dExt} Register a product.`, ...dSections.flatMap((s) => s.gold)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', 'Östlund Kitchen', 'Shop all', 'Our story', 'Log in', 'Cart', 'Quick links',
    ...dQuick.filter((t) => t !== 'Warranty'),
    'Subscribe to our emails', '© 2026, Östlund Kitchen', 'Powered by Shopify',
  ],
};

const qTitle = 'Five-year motor warranty';
const qParas = [
  j(
    'Every Halden ceiling fan is built in our workshop in Grand Rapids and tested for twelve hours before it ships. We stand behind the',
    'motor for five years and behind the blades, light kit and remote for two.',
  ),
  j(
    'The warranty covers the fan in the home where it was first installed by a licensed electrician. It does not cover fans installed',
    'outdoors without a wet rating, or damage from incorrect wiring.',
  ),
];
const qClaim = [
  j(
    'Send us a short video of the fault and a photo of the label on top of the motor housing. We will',
    'ship a replacement part or a new motor, at no charge, within five business days.',
  ),
];
const qNav = ['Shop', 'Ceiling Fans', 'Installation', 'Warranty', 'Journal'];
const qBlock = (
  id: string,
  inner: string,
): string => `<div class="fe-block fe-block-${id}"><div class="sqs-block html-block sqs-block-html" data-blocks-version="2"
data-block-type="2" data-sqsp-block="text" id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>
${inner}</div></div></div></div>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Warranty &mdash; Halden Fan Co.</title>
<link rel="canonical" href="https://www.haldenfans.com/warranty"><meta property="og:site_name" content="Halden Fan Co."><meta property="og:title"
content="Warranty &mdash; Halden Fan Co.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script><script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"websiteSettings":{"id":"5f1c"},
"templateVersion":"7.1","pageType":2,"collection":{"title":"Warranty","id":"64a2b7"},"cookieSettings":{"isCookieBannerEnabled":true}};</script>
<script type="application/ld+json">{"url":"https://www.haldenfans.com","name":"Halden Fan Co.","@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f1c/17/site.css"></head>
<body id="collection-64a2b7" class="header-overlay-alignment-center tweak-social-icons-style-regular primary-button-style-solid form-use-theme-colors">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"
data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/" id="site-title">Halden Fan Co.</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart"><a href="/cart"
class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart" viewBox="0 0 31 24"></svg>
<div class="icon-cart-quantity"><span class="cart-quantity-zero"><span class="sqs-cart-quantity">0</span></span></div></span></a></div></div></div>
</div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a2b7aa">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle light" data-section-id="64a2b7ab"><div class="section-border"><div
class="section-background">
</div></div><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a2b7ac">
${qBlock('a1', `<h1 style="white-space:pre-wrap;">${qTitle}</h1>\n${ps(qParas, ' class="" style="white-space:pre-wrap;"')}`)}
${qBlock('a2', `<h3 style="white-space:pre-wrap;">How to claim</h3>\n${ps(qClaim, ' class="" style="white-space:pre-wrap;"')}`)}
<div class="fe-block fe-block-a3"><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-a3"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button"><a href="/warranty-claim"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Start a claim</a></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section has-background section-height--small
content-width--wide horizontal-alignment--center vertical-alignment--middle black"><div class="content-wrapper"><div class="content"><div
class="fluid-engine fe-64a2b7b0">
${qBlock('f1', ps(['Halden Fan Co. · 412 Ionia Ave SW · Grand Rapids, MI', '© 2026 Halden Fan Co.'], ' class="" style="white-space:pre-wrap;"'))}
<div class="fe-block fe-block-f2"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div
class="sqs-block-content">
<nav class="sqs-svg-icon--list"><a href="https://instagram.com/haldenfans" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth"
aria-label="Instagram">
<div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div></a></nav></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 ccpa-enabled"><div
class="sqs-cookie-banner-v2-text">
<p>We use cookies to analyze website traffic and optimize your website experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"
type="text/javascript"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout476-squarespace-fan-warranty',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: ['How to claim'],
  body: texts([...qParas, ...qClaim]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Halden Fan Co.', ...qNav.filter((t) => t !== 'Warranty'), '0', 'Start a claim',
    'Halden Fan Co. · 412 Ionia Ave SW · Grand Rapids, MI', '© 2026 Halden Fan Co.',
    'We use cookies to analyze website traffic and optimize your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT476_C: readonly TestPage[] = [shopify, squarespace];
