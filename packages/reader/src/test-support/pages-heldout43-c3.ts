import { links } from './page-kit.js';

/**
 * Held-out batch 43, file c3: the bottom of the Shopify product page of file c2 (the Judge.me reviews widget, "You may also
 * like" and the footer with the newsletter, link blocks, country selector, payment icons, copyright and policies); split from
 * file c2 to keep it under 300 lines.
 */
const shRecs: [string, string][] = [
  ['Wax Restoring Kit', '£24.00 GBP'],
  ['Harbour Storm Hood', '£45.00 GBP'],
  ['Moleskin Overshirt', '£120.00 GBP'],
  ['Ribbed Lambswool Beanie', '£38.00 GBP'],
];
const shReviews: [string, string, string, string][] = [
  [
    'Ellie M.',
    '5 star review',
    'Dry after a whole day on the Wash',
    'Wore it birdwatching in sideways rain and stayed dry underneath. Sleeves are long, which I like.',
  ],
  ['Graham T.', '4 star review', 'Stiff at first', 'Took a month of wear to soften up. Size guide was spot on. Would have liked a slightly longer back.'],
];
const shPolicies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy', 'Contact information'];
export const shopifyReviews = `
<section id="shopify-section-template--24811932057876__judgeme" class="shopify-section"><div class="jdgm-widget jdgm-review-widget jdgm-outside-widget"
data-id="8841204310241">
<div class="jdgm-rev-widg" data-number-of-reviews="37" data-average-rating="4.73"><div class="jdgm-rev-widg__header"><h2 class="jdgm-rev-widg__title">Customer
Reviews</h2>
<div class="jdgm-rev-widg__summary"><div class="jdgm-rev-widg__summary-stars" aria-label="Average rating is 4.73 stars" role="img"></div>
<div class="jdgm-rev-widg__summary-text">Based on 37 reviews</div></div><div class="jdgm-row-actions"><a href="#" class="jdgm-write-rev-link"
role="button">Write a review</a></div></div>
<div class="jdgm-rev-widg__body"><div class="jdgm-rev-widg__reviews">
${shReviews
  .map(
    ([who, stars, head, text]) =>
      `<div class="jdgm-rev jdgm-divider-top" data-verified-buyer="true"><div class="jdgm-rev__header"><span class="jdgm-rev__rating" aria-label="${stars}"
role="img"></span>` +
      `<span class="jdgm-rev__timestamp" data-content="2026-01-11 08:14:02 UTC">01/11/2026</span><span class="jdgm-rev__author">${who}</span></div>` +
      `<div class="jdgm-rev__content"><b class="jdgm-rev__title">${head}</b><div class="jdgm-rev__body"><p>${text}</p></div></div></div>`,
  )
  .join('\n')}</div><div class="jdgm-paginate"><a class="jdgm-paginate__page jdgm-curt">1</a><a class="jdgm-paginate__page">2</a>
<a class="jdgm-paginate__next-page" aria-label="Next page"></a></div></div></div></div></section>
<section class="shopify-section section"><product-recommendations class="related-products page-width isolate scroll-trigger animate--slide-in"
data-url="/recommendations/products?section_id=template--24811932057876__related-products&amp;product_id=8841204310241&amp;limit=4">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop" role="list" aria-label="You
may also like">
${shRecs
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5"><a
href="/products/${n.toLowerCase().replace(/ /g, '-')}" class="full-unstyled-link">${n}</a></h3><div class="price"><span class="visually-hidden">Regular
price</span><span class="price-item price-item--regular">${p}</span></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></section>`;
export const shopifyFooter = `
<div id="shopify-section-sections--24811932188948__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1
gradient">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading
inline-richtext">Subscribe to our emails</h2>
<p>Be the first to know about new collections and exclusive offers.</p><form method="post" action="/contact#ContactFooter" id="ContactFooter"
class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer"><input type="hidden" name="contact[tags]" value="newsletter"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--24811932188948__footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label for="NewsletterForm--sections--24811932188948__footer" class="field__label">Email</label><button type="submit" class="newsletter-form__button
field__button" aria-label="Subscribe">
</button></div></div></form></div></div>
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu"><h2
class="footer-block__heading">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(['Delivery & returns', 'Size guide', 'Care & repairs', 'Stockists', 'Contact'])}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading">Our workshop</h2><div class="footer-block__details-content rte">
<p>We make waxed cotton outerwear in a small workshop in Leicestershire and repair every jacket we sell for as long as it is worn.</p></div></div></div></div>
<div class="footer__content-bottom"><div class="footer__column footer__localization"><localization-form><form method="post" action="/localization"
id="FooterCountryForm">
<h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2><button class="disclosure__button localization-form__select" type="button"
aria-expanded="false">
<span>United Kingdom | GBP £</span></button></form></localization-form></div>
<div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list
list-payment" role="list">
${['American Express', 'Apple Pay', 'Maestro', 'Mastercard', 'PayPal', 'Visa']
  .map(
    (m) => `<li class="list-payment__item"><svg class="icon icon--full-color"
viewBox="0 0 38 24" role="img" aria-labelledby="pi-${m.toLowerCase().replace(/ /g, '_')}"><title id="pi-${m
      .toLowerCase()
      .replace(/ /g, '_')}">${m}</title></svg></li>`,
  )
  .join('')}
</ul></div><div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/" title="">Fennick &amp; Rowe</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(shPolicies)}</ul></div></div></div></footer></div>`;
/**
 * Furniture texts of the bottom: the reviews with their reviewers' names, recommendations, newsletter, footer (the footer's
 * "Our workshop" heading is a body phrase: left out; the policies' "Privacy policy" is listed with file c2's privacy banner).
 */
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
export const shBottomFurniture = [
  'Customer Reviews', 'Based on 37 reviews', 'Write a review', ...shReviews.flatMap(([w, , h, t]) => [w, h, t]),
  '01/11/2026', 'You may also like', ...shRecs.flat(), 'Subscribe to our emails', 'Be the first to know about new collections and exclusive offers.',
  'Email', 'Quick links', 'Delivery & returns', 'Size guide', 'Care & repairs', 'Stockists', 'Contact',
  'We make waxed cotton outerwear in a small workshop in Leicestershire and repair every jacket we sell for as long as it is worn.', 'Country/region',
  'United Kingdom | GBP £', 'Payment methods', 'American Express', 'Apple Pay', 'Maestro', 'Mastercard', 'PayPal', 'Visa', '© 2026,', 'Powered by Shopify',
  ...shPolicies.filter((t) => t !== 'Privacy policy'),
];
