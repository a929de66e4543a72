import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render, tidy } from './pages-heldout593-kit.js';

/**
 * Held-out batch 593, file a: a costume hire shop's hire terms page on Shopify (Dawn theme), with the Shopify privacy banner,
 * announcement bar, header icons and footer newsletter.
 */
const sTitle = 'Hire Terms &amp; Conditions';
const sBlocks: Block[] = [
  j(
    'These terms apply to every costume, wig and accessory hired from Curtain Call Costume Hire, whether you book online, by phone',
    'or at the counter in Stallbridge. By paying a deposit you agree to them, so please read them before your fitting.',
  ),
  { h: 'Booking and deposits' },
  j(
    'A booking is confirmed when we receive a refundable deposit of £50 for each costume, or £150 for a group booking of six or more.',
    'The deposit is returned within five working days of the costume coming back complete, clean of make-up and undamaged.',
  ),
  j(
    'We hold costumes for up to three months ahead. For the busy weeks around Halloween, New Year and World Book Day we ask for',
    'the full hire fee at the time of booking.',
  ),
  { h: 'Hire periods' },
  {
    head: ['Hire', 'Collection and return', 'Fee'],
    rows: [
      ['Evening or day hire', 'Collect after 10am, return by 1pm the next day', 'Standard fee'],
      ['Weekend hire', 'Collect Friday, return by 1pm Monday', 'Standard fee plus £10'],
      ['Weekly hire', 'Seven days from collection', 'Twice the standard fee'],
    ],
  },
  { h: 'Collection and fittings' },
  j(
    'Every hire includes a free fitting of up to 30 minutes. Please bring the shoes you plan to wear, as hems and trouser lengths',
    'are set to them. Small alterations such as pinning or tacking are free; we do not cut or permanently alter any garment.',
  ),
  'You will need photo ID and a proof of address when you collect. Customers under 18 must be with a parent or guardian.',
  { h: 'Returns and late fees' },
  j(
    'Costumes must come back by the time shown on your receipt. Late returns are charged at half the standard fee for each day',
    'or part day, taken from your deposit. If a costume is more than seven days late we treat it as lost.',
  ),
  'Please do not wash, iron or dry-clean a hired costume. Cleaning is included in the hire fee and our garments need specialist care.',
  { h: 'Damage, stains and losses' },
  {
    ul: [
      'Small tears at the seams and ordinary wear are expected and are not charged.',
      'Stage blood, fake tan, body paint and hair dye stains are charged at the cost of specialist cleaning, from £15.',
      'Missing pieces (hats, belts, gloves, props) are charged at their replacement cost, listed on the hire card.',
      'A costume that is lost or damaged beyond repair is charged at its full replacement value.',
    ],
  },
  { h: 'Cancellations' },
  j(
    'Cancel more than 14 days before your collection date and we refund your deposit in full. Cancel within 14 days and we keep',
    '£20 of each deposit to cover the cleaning and preparation already done. We cannot refund a hire fee once a costume has left the shop.',
  ),
  j('If you have a question about these terms, speak to any of the team at the counter or email hire@curtaincallcostumes.co.uk', 'before you book.'),
].map((b) => (typeof b === 'string' ? { p: b } : b));
const sUpdated = 'Last updated: 4 February 2026';
const sNav = ['Adult costumes', 'Kids costumes', 'Wigs and hats', 'Theatre and schools', 'Book a fitting', 'Contact'];
const sQuick = ['Search', 'Hire terms', 'Delivery and returns', 'Opening hours', 'Gift vouchers'];
const sPolicies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Contact information'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://curtaincallcostumes.co.uk/pages/hire-terms"><title>Hire Terms &amp; Conditions
&ndash; Curtain Call Costume Hire</title><meta name="description" content="These terms apply to every costume, wig and accessory hired from Curtain Call.">
<meta property="og:site_name" content="Curtain Call Costume Hire"><meta property="og:type" content="website">
<script>var Shopify = Shopify || {};Shopify.shop = "curtain-call-hire.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":142118371490,"schema_name":"Dawn","schema_version":"15.2.0","role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script>
<link href="//curtaincallcostumes.co.uk/cdn/shop/t/4/assets/base.css?v=94266557971103095941" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--17829450__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Halloween fittings now booking &ndash; reserve your costume online</span></p></div></div></div></div>
<div id="shopify-section-sections--17829450__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span>
<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" class="icon icon-hamburger" fill="none" viewBox="0 0 18 16"></svg></span>
</summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Curtain Call Costume Hire</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17829451__main" class="shopify-section section">
<link rel="stylesheet" href="//curtaincallcostumes.co.uk/cdn/shop/t/4/assets/section-main-page.css?v=53143845" media="print" onload="this.media='all'">
<div class="page-width page-width--narrow section-template--17829451__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1>
<div class="rte"><p><em>${sUpdated}</em></p>
${render(sBlocks)}
</div></div></section></main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--17829452__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--17829452__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">
${links(sQuick)}</ul></div><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the shop</h2>
<div class="footer-block__details-content rte"><p>14 Weavers Lane, Stallbridge</p><p>Tuesday to Saturday, 10am to 5.30pm</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--17829452__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email" required><label class="field__label" for="NewsletterForm--sections--17829452__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button>
</div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Curtain Call Costume Hire</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${sPolicies.map((t) => `<li><small class="copyright__content"><a href="/policies/x">${t}</a></small></li>`).join('')}</ul>
</div></div></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="dialog" aria-modal="false" aria-labelledby="shopify-pc__banner__body-title">
<div class="shopify-pc__banner__wrapper"><div class="shopify-pc__banner__body"><h2 id="shopify-pc__banner__body-title">Cookie policy</h2>
<p class="shopify-pc__banner__body-text">We use cookies and similar technologies to provide the best experience on our website.
Refer to our <a href="/policies/privacy-policy">Privacy Policy</a> for more information.</p></div>
<div class="shopify-pc__banner__btns"><button type="button" class="shopify-pc__banner__btn-manage-prefs" id="shopify-pc__banner__btn-manage-prefs">
Manage preferences</button><button type="button" class="shopify-pc__banner__btn-decline" id="shopify-pc__banner__btn-decline">Decline</button>
<button type="button" class="shopify-pc__banner__btn-accept" id="shopify-pc__banner__btn-accept">Accept</button></div></div></div>
<script src="//curtaincallcostumes.co.uk/cdn/shop/t/4/assets/global.js?v=84577498" defer="defer"></script></body></html>`;
const shopifyTerms: TestPage = tidy({
  name: 'heldout593-shopify-hire-terms',
  kind: 'docs',
  html: sHtml,
  title: 'Hire Terms & Conditions',
  headings: headingsOf(sBlocks),
  body: bodyOf(sBlocks),
  bylines: [sUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Halloween fittings now booking – reserve your costume online', 'Curtain Call Costume Hire', ...sNav, 'Log in', 'Cart',
    'Quick links', ...sQuick, 'Visit the shop', '14 Weavers Lane, Stallbridge', 'Tuesday to Saturday, 10am to 5.30pm', 'Subscribe to our emails',
    'Email', 'Payment methods', '© 2026, Curtain Call Costume Hire', 'Powered by Shopify', ...sPolicies, 'Cookie policy',
    'We use cookies and similar technologies to provide the best experience on our website. Refer to our Privacy Policy for more information.',
    'Manage preferences', 'Decline', 'Accept',
  ],
});

export const HELDOUT593_A: readonly TestPage[] = [shopifyTerms];
