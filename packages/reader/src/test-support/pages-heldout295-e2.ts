import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file e2: a nutrition supplement brand's "science" page on Shopify's Dawn theme (announcement bar, header with
 * the cart count, `shopify-section` blocks with the page title and an `rte` body holding an ingredients table, a featured-product
 * section with price and button, the references list, the supplement disclaimer, the email sign-up, payment icons and footer).
 */
const sTitle = 'The Science Behind Night Shift Magnesium';
const sHeads = ['Why magnesium?', "What's in each serving", 'What the research does and does not show', 'How we test every batch'];
const sIntro = [
  j(
    'We started our company because we were tired of supplements that promise everything and show nothing. This page sets out what is in',
    'our evening blend, why each ingredient is there, and where the evidence is still thin.',
  ),
];
const sWhy = [
  j(
    'Magnesium is involved in hundreds of reactions in the body, including those that relax muscles and calm the nervous system.',
    'National diet surveys suggest that many adults eat less than the recommended amount, often because they eat few leafy greens,',
    'nuts and whole grains.',
  ),
  j(
    'We use magnesium glycinate, a form bound to the amino acid glycine. It is gentler on the stomach than the cheaper oxide form,',
    'which is more likely to have a laxative effect.',
  ),
];
const sRows: [string, string, string][] = [
  ['Magnesium (as glycinate)', '200 mg', '53%'],
  ['L-theanine', '100 mg', 'No reference value'],
  ['Tart cherry extract', '250 mg', 'No reference value'],
  ['Vitamin B6', '1.4 mg', '100%'],
];
const sRows2 = ['Percentages are of the adult Nutrient Reference Value. Serving size: two capsules.'];
const sEvidence = [
  j(
    'Small trials in older adults with low magnesium levels found that supplements helped them fall asleep a little faster. In people',
    'who already get enough magnesium from food, the effect is less clear. L-theanine, an amino acid found in tea, has been studied',
    'mostly for calm alertness rather than sleep itself.',
  ),
  'We think it is only fair to be specific about this:',
];
const sEvidenceList = [
  'Our blend is not a sleeping pill and will not knock you out.',
  'It is most likely to help if your diet is low in magnesium.',
  'It is not a treatment for insomnia, which responds best to talking therapy.',
];
const sTest = [
  j(
    'Every batch is tested by an independent laboratory for heavy metals, microbes and the amount of each active ingredient. We publish',
    'the certificate for each batch number, so you can check the tub in your cupboard.',
  ),
  'If a batch falls outside our limits, it is destroyed rather than sold, and we note that on the certificates page too.',
];
const sNav = ['Shop', 'Science', 'Our Story', 'Reviews'];
const sRefs = [
  'Harlow T. et al. Magnesium status and sleep onset in older adults. Journal of Nutrition Practice. 2021.',
  'Ibe S., Marr K. L-theanine and relaxation: a review. Brightwater Food Science Review. 2023.',
];
const sFoot = ['Search', 'Shipping & returns', 'Batch certificates', 'Contact', 'Terms of service', 'Refund policy'];
const sec = (id: string, inner: string): string => `<div id="shopify-section-template--19874__${id}" class="shopify-section">${inner}</div>`;
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><title>The Science Behind Night Shift Magnesium &ndash; Oakroot</title>
<meta name="description" content="What is in our magnesium evening blend, why, and what the evidence shows."><link rel="canonical"
href="https://oakroot.example/pages/science"><meta property="og:site_name" content="Oakroot"><meta property="og:type" content="website">
<script>var Shopify = Shopify || {}; Shopify.shop = "oakroot-wellness.myshopify.example"; Shopify.theme = {"name":"Dawn","schema_name":"Dawn"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Oakroot","url":"https://oakroot.example"}</script>
<link href="//oakroot.example/cdn/shop/t/4/assets/base.css" rel="stylesheet" type="text/css"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--19874__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-2"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £30</span></p></div></div>
<div id="shopify-section-sections--19874__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
class="header-wrapper color-scheme-1"><header class="header header--middle-left page-width"><a href="/" class="header__heading-link">
<span class="h2">Oakroot</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item')}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account">Log in</a>
<a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Cart</span>
<div class="cart-count-bubble"><span aria-hidden="true">2</span></div></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
${sec(
  'main',
  `<div class="page-width page-width--narrow section-template--19874__main-padding"><h1 class="main-page-title page-title h0">${sTitle}</h1>
<div class="rte">${ps(sIntro)}<h2>${sHeads[0]}</h2>${ps(sWhy)}<h2>${sHeads[1]}</h2><table><tbody><tr><td><strong>Ingredient</strong></td>
<td><strong>Per serving</strong></td><td><strong>%NRV</strong></td></tr>
${sRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>${ps(sRows2)}
<h2>${sHeads[2]}</h2>${ps(sEvidence)}<ul>${lis(sEvidenceList)}</ul><h2>${sHeads[3]}</h2>${ps(sTest)}</div></div>`,
)}
${sec(
  'featured_product',
  `<section class="page-width section-featured-product"><div class="product"><div class="product__info-container">
<p class="product__text caption-with-letter-spacing">Oakroot</p><h2 class="h1">Night Shift Magnesium, 60 capsules</h2>
<div class="price"><span class="price-item price-item--regular">£19.00</span></div><p class="product__tax caption">Tax included.</p>
<button type="submit" name="add" class="product-form__submit button button--full-width">Add to cart</button>
<a href="/products/night-shift-magnesium" class="link product__view-details">View full details</a></div></div></section>`,
)}
${sec(
  'rich_text',
  `<div class="rich-text content-container"><h2 class="rich-text__heading h2">References</h2><div class="rich-text__text rte">
<ol>${lis(sRefs)}</ol><p>Food supplements should not be used as a substitute for a varied diet and a healthy lifestyle. If you are pregnant,
taking medication or under medical supervision, consult your doctor before use.</p></div></div>`,
)}</main>
<div id="shopify-section-sections--19874__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1">
<div class="footer__content-top page-width"><div class="footer-block__newsletter"><h2 class="footer-block__heading">Subscribe to our emails</h2>
<p>Be the first to know about new batches and research notes.</p><form class="newsletter-form"><input type="email" placeholder="Email">
<button class="newsletter-form__button">Subscribe</button></form></div>
<ul class="footer-block__details-content list-unstyled">${links(sFoot, 'list-menu__item')}
</ul></div><div class="footer__content-bottom"><ul class="list list-payment" role="list"><li class="list-payment__item">
<span class="visually-hidden">Visa</span></li><li class="list-payment__item"><span class="visually-hidden">Mastercard</span></li></ul>
<small class="copyright__content">© 2026, Oakroot</small><small class="copyright__content">Powered by Shopify</small></div></footer></div>
<script src="//oakroot.example/cdn/shop/t/4/assets/global.js" defer="defer"></script></body></html>`;
export const supplement: TestPage = {
  name: 'heldout295-shopify-supplement-science-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sIntro, ...sWhy, ...sRows.flat(), ...sRows2, ...sEvidence, ...sEvidenceList, ...sTest]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Oakroot', 'Free UK delivery on orders over £30', ...sNav, 'Log in', 'Cart',
    'Night Shift Magnesium, 60 capsules', '£19.00', 'Tax included.',
    'Add to cart', 'View full details', 'References', ...sRefs,
    j(
      'Food supplements should not be used as a substitute for a varied diet and a healthy lifestyle. If you are pregnant, taking medication or',
      'under medical supervision, consult your doctor before use.',
    ),
    'Subscribe to our emails', 'Be the first to know about new batches and research notes.', 'Subscribe', ...sFoot, 'Visa', 'Mastercard', '© 2026, Oakroot',
    'Powered by Shopify',
  ],
};
