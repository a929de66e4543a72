import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout619-kit.js';

/**
 * Held-out batch 619, file f: a walling school's weekend course sold as a product on Shopify (Dawn theme, variant picker, buy
 * buttons, recommendations, newsletter footer), and a regional newspaper's story on a volunteer wall rebuild on Next.js (CSS
 * module class names, __NEXT_DATA__, ad slots, in-article "read more" link and newsletter box, most-read rail).
 */
const pTitle = 'Beginners’ dry stone walling weekend';
const pBody = [
  j(
    'Learn to build a dry stone wall in two days on the fellside above Sedbergh. You will strip out a fallen length of field wall,',
    'sort the stone and build it back up to the coping, working in pairs alongside one of our instructors.',
  ),
  'What you will learn',
  'How a wall is put together: footings, faces, hearting, throughs and copes',
  'Sorting and grading stone so the work goes quickly',
  'Using a batter frame and lines to keep the wall true',
  'Safe lifting and looking after your hands and back',
  'Practical details',
  j(
    'The course runs from 9.30 to 4 on both days. Tea, coffee and cake are provided; bring a packed lunch. Wear stout boots and clothes',
    'you do not mind ruining. We lend gloves, hammers and safety glasses. The course is outdoors whatever the weather, so bring waterproofs.',
  ),
  'The course is limited to eight people. No experience is needed, but you should be able to lift and carry stones of up to 20 kilograms.',
];
const pNav = ['Courses', 'Gift vouchers', 'Walling services', 'About', 'Contact'];
const pDates = ['3–4 April 2027', '8–9 May 2027', '12–13 June 2027'];
const pRec = ['Hedge laying day', 'Improvers’ walling weekend', 'Gift voucher'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://fellsidewalling.co.uk/products/beginners-dry-stone-walling-weekend"><title>${pTitle} &ndash; Fellside Walling School</title>
<meta property="og:type" content="product"><meta property="og:price:amount" content="245.00"><meta property="og:price:currency" content="GBP">
<script>var Shopify = Shopify || {};Shopify.shop = "fellside-walling.myshopify.com";Shopify.theme =
{"name":"Dawn","id":1362,"schema_name":"Dawn","schema_version":"15.0.0"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}",
"offers":[{"@type":"Offer","price":"245.00","priceCurrency":"GBP"}]}</script>
<link href="//fellsidewalling.co.uk/cdn/shop/t/4/assets/base.css?v=1441" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1362__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div
class="announcement-bar"
role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message
h5"><span>Gift vouchers for any course, valid for two years</span></p></div></div></div>
<div id="shopify-section-sections--1362__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu">
<div class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Fellside Walling School</span></a></div>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${pNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"
focusable="false"></svg></span></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"
focusable="false"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1362__main" class="shopify-section
section">
<section id="MainProduct-template--1362__main" class="page-width section-template--1362__main-padding" data-section="template--1362__main"><div class="product
product--large
product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper"><media-gallery
id="MediaGallery-template--1362__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer"><ul class="product__media-list contains-media
grid grid--peek
list-unstyled slider slider--mobile" role="list"><li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container
media-type-image media-fit-contain
global-media-settings gradient constrain-height"><div class="product__media media media--transparent"><img
src="//fellsidewalling.co.uk/cdn/shop/files/course-1.jpg?v=17&amp;width=1946"
alt="" width="1946" height="1298" loading="lazy"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><product-info id="ProductInfo-template--1362__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Fellside Walling School</p><div class="product__title"><h1>${pTitle}</h1>
<a href="/products/beginners-dry-stone-walling-weekend" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1362__main" role="status"><div class="price price--large price--show-badge"><div class="price__container"><div
class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item
price-item--regular">£245.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included.</div>
<variant-selects id="variant-selects-template--1362__main" data-section="template--1362__main"><fieldset class="js product-form__input
product-form__input--pill">
<legend class="form__label">Date</legend>${pDates
  .map(
    (d, i) => `<input type="radio" id="template--1362__main-1-${i}" name="Date" value="${d}"${i === 0 ? ' checked' : ''}>
<label for="template--1362__main-1-${i}">${d}</label>`,
  )
  .join('\n')}</fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1362__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button"><span
class="visually-hidden">Decrease quantity for ${pTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--1362__main" value="1" min="1"><button class="quantity__button" name="plus"
type="button">
<span class="visually-hidden">Increase quantity for ${pTitle}</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" class="form"><div class="product-form__buttons"><button
id="ProductSubmitButton-template--1362__main"
type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div>
</div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps([at(pBody, 0)])}<h3>${at(pBody, 1)}</h3><ul>${lis(pBody.slice(2, 6))}</ul>
<h3>${at(pBody, 6)}</h3>${ps(pBody.slice(7))}</div>
<share-button id="Share-template--1362__main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg
aria-hidden="true"></svg>Share</button>
<details><summary class="share-button__button"><svg
aria-hidden="true"></svg>Share</summary></details></share-button></product-info></div></div></section></section>
<div id="shopify-section-template--1362__related" class="shopify-section"><product-recommendations class="related-products page-width
section-template--1362__related-padding
isolate" data-url="/recommendations/products?section_id=template--1362__related&amp;product_id=8812&amp;limit=3"><h2 class="related-products__heading
inline-richtext h2">You may also
like</h2><ul class="grid product-grid grid--3-col-desktop" role="list">${pRec
  .map(
    (t, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/${i}" class="full-unstyled-link">${t}</a></h3>
<div class="card-information"><div class="price"><span class="price-item
price-item--regular">${['£95.00 GBP', '£265.00 GBP', '£50.00 GBP'][i]}</span></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></main>
<div id="shopify-section-sections--1362__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--1362__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading
inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--1362__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--1362__footer">Email</label></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small
class="copyright__content">&copy; 2027,
<a href="/" title="">Fellside Walling School</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by
Shopify</a></small><ul class="policies list-unstyled">
${links(['Refund policy', 'Privacy policy', 'Terms of service'], '')}</ul></div></div></div></footer></div>
<script src="//fellsidewalling.co.uk/cdn/shop/t/4/assets/global.js?v=1441" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout619-shopify-walling-course',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [at(pBody, 1), at(pBody, 6)],
  body: pBody.filter((_, i) => i !== 1 && i !== 6),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Gift vouchers for any course, valid for two years', 'Fellside Walling School', ...pNav, 'Cart', 'Regular price', '£245.00 GBP',
    'Tax included.', 'Date', ...pDates, 'Quantity', 'Decrease quantity for Beginners’ dry stone walling weekend',
    'Increase quantity for Beginners’ dry stone walling weekend', 'Add to cart', 'Buy it now', 'Share', 'You may also like', ...pRec, '£95.00 GBP',
    '£265.00 GBP', '£50.00 GBP', 'Subscribe to our emails', 'Email', '© 2027, Fellside Walling School', 'Powered by Shopify', 'Refund policy',
    'Privacy policy', 'Terms of service',
  ],
};

const nTitle = 'Volunteers rebuild 200 metres of fallen wall above Kettlewick in a fortnight';
const nDek = 'Storm Ivo brought down the old pasture wall in November. Forty volunteers and two wallers have put it back.';
const nBody = [
  j(
    'A stretch of dry stone wall that collapsed during Storm Ivo has been rebuilt by volunteers in just two weeks, in what organisers',
    'say is the largest community walling project in the upper dale for a generation.',
  ),
  j(
    'Around 200 metres of the boundary wall between High Pasture and the common above Kettlewick came down in the gales of 14 November,',
    'leaving stone strewn across the footpath to Cray Moss and sheep wandering on to the road.',
  ),
  j(
    'The wall is owned by the Kettlewick Estate, which said it could not afford to pay contractors to rebuild it this year. Instead, the',
    'parish council and the local walling association put out a call for help on social media.',
  ),
  j(
    '"We expected a dozen people, maybe," said Harriet Coulby, chair of the Upper Dale Walling Association. "Forty turned up on the first',
    'Saturday, including three generations of one family. Some of them had never lifted a stone in their lives."',
  ),
  'Learning on the job',
  j(
    'Two professional wallers, Alan Brisco and Joe Metcalfe, gave their time to run the project. Volunteers were split into teams of',
    'four, each working on a five-metre length under the eye of one of the wallers or an association member.',
  ),
  j(
    '"The first day is all sorting," said Mr Brisco. "You lay every stone out on the grass so you can see what you have got: the big',
    'ones for the bottom, the long ones to go through the wall, the small stuff for filling. Once people understand that, they are away."',
  ),
  j(
    'Volunteers worked through frost and two days of sleet. The rebuilt wall stands about 1.4 metres high and uses almost entirely the',
    'original stone, with a few loads of new limestone from a quarry near Hawick Scar for the copes.',
  ),
  'Funding for more repairs',
  j(
    'The estate has since applied for a grant from the national park’s farming in protected landscapes fund to repair a further',
    'kilometre of walls damaged in the same storm. A decision is expected in March.',
  ),
  j(
    'Ms Coulby said the association hoped to run more volunteer days in the spring and had already had calls from two other villages.',
    '"People want to do something for the place they live," she said. "A wall is a good thing to do it with. You can see what you have',
    'done at the end of the day, and it will still be there when your grandchildren walk past."',
  ),
];
const nNav = ['News', 'Sport', 'What’s On', 'Farming', 'Property', 'Jobs', 'Announcements'];
const nMost = ['Road to Cray Moss closed for two weeks for culvert work', 'Village shop wins national award', 'Plans lodged for 14 homes at Low Garth'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Privacy notice', 'Cookie settings'];
const nData = JSON.stringify({
  props: { pageProps: { article: { headline: nTitle, standfirst: nDek, body: nBody.slice(0, 3) } } },
  page: '/[section]/[slug]',
  buildId: 'xK3f9',
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport"
content="width=device-width"/><title>${nTitle} | Dales Courier</title>
<meta name="description" content="${nDek}"/><meta property="og:type" content="article"/><link rel="canonical"
href="https://www.dalescourier.co.uk/news/kettlewick-wall-rebuild"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2027-01-23T06:00:00Z",
"author":[{"@type":"Person","name":"Ruth Kilburn"}],"publisher":{"@type":"Organization","name":"Dales Courier"}}</script>
<link rel="preload" href="/_next/static/css/6a1f2e.css" as="style"/><link rel="stylesheet" href="/_next/static/css/6a1f2e.css" data-n-g=""/>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js"
defer=""></script>
</head><body><div id="__next"><a class="SkipLink_skipLink__q2R1x" href="#main">Skip to main content</a>
<header class="Header_header__1rTzM"><div class="Header_top__9FaZk"><a href="/" class="Header_logo__Hx3pL" aria-label="Dales Courier home"><svg
role="img"></svg></a>
<button class="Header_subscribe__a8Kd2">Subscribe</button><button class="Header_signIn__Lk2P0">Sign in</button></div>
<nav class="Nav_nav__Q7wnD" aria-label="Sections"><ul class="Nav_list__c3B1s">${nNav
  .map(
    (t) => `<li class="Nav_item__0pXy1"><a class="Nav_link__mZ4eT"
href="/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('')}
</ul></nav></header>
<div class="AdSlot_leaderboard__R8h2w"><span class="AdSlot_label__Qm1cV">Advertisement</span><div id="div-gpt-ad-leaderboard"></div></div>
<main id="main" class="Layout_main__xB7tQ"><article class="Article_article__Zt9mB"><div class="ArticleHeader_wrap__p4Wc8"><nav aria-label="Breadcrumb"
class="Breadcrumb_crumbs__f1Kd0">
<ol><li><a href="/news">News</a></li><li><a href="/news/upper-dale">Upper Dale</a></li></ol></nav><h1 class="ArticleHeader_headline__3kLmN">${nTitle}</h1>
<p class="ArticleHeader_standfirst__Vb8sQ">${nDek}</p><div class="Byline_byline__Pz2hT"><span class="Byline_author__kE9aX">By <a
href="/author/ruth-kilburn">Ruth Kilburn</a></span>
<span class="Byline_role__u1Ym3">Local Democracy Reporter</span><time class="Byline_date__s4Lq2"
dateTime="2027-01-23T06:00:00Z">Saturday 23 January 2027, 6:00am</time></div>
<div class="ShareBar_share__W3xNn"><span class="ShareBar_label__gT0cR">Share</span><a aria-label="Share on Facebook" href="#"><svg></svg></a><a
aria-label="Share on X" href="#"><svg></svg></a>
<button aria-label="Copy link"><svg></svg></button></div></div>
<figure class="ArticleImage_figure__b7QeN"><img alt="" loading="eager" width="1200" height="800" decoding="async"
src="/_next/image?url=%2Fimg%2Fwall.jpg&amp;w=1200&amp;q=75"/>
<figcaption class="ArticleImage_caption__Jc2Tz">Volunteers at work on the High Pasture wall <span
class="ArticleImage_credit__r0sPl">(Photo: Mark Dent)</span></figcaption></figure>
<div class="ArticleBody_body__Ws5cD">${nBody
  .slice(0, 4)
  .map((t) => `<p class="ArticleBody_paragraph__aB12c">${t}</p>`)
  .join('\n')}
<p class="ArticleBody_paragraph__aB12c ArticleBody_readMore__oP3cX"><strong>Read more:</strong> <a
href="/news/storm-ivo-damage">Storm Ivo: the clean-up in the dales, a month on</a></p>
<h2 class="ArticleBody_subheading__h8Tg2">${at(nBody, 4)}</h2>${nBody
  .slice(5, 8)
  .map((t) => `<p class="ArticleBody_paragraph__aB12c">${t}</p>`)
  .join('\n')}
<div class="AdSlot_inArticle__N2k9c"><span class="AdSlot_label__Qm1cV">Advertisement</span><div id="div-gpt-ad-mpu-1"></div></div>
<aside class="NewsletterSignup_box__V0pQr"><h3
class="NewsletterSignup_title__L3bz8">The Dales Courier daily briefing</h3><p>The day’s news from the dales in your inbox every morning.</p>
<form><input type="email" placeholder="Your email address" aria-label="Email address"/><button type="submit">Sign up</button></form></aside>
<h2 class="ArticleBody_subheading__h8Tg2">${at(nBody, 8)}</h2>${nBody
  .slice(9)
  .map((t) => `<p class="ArticleBody_paragraph__aB12c">${t}</p>`)
  .join('\n')}</div>
<div class="Tags_tags__e2Rm1"><a href="/topics/dry-stone-walls">Dry stone walls</a><a href="/topics/storm-ivo">Storm Ivo</a><a
href="/topics/volunteering">Volunteering</a></div>
<div class="Comments_cta__lS0bA"><button>View comments (12)</button></div></article>
<aside class="MostRead_rail__t9UaE"><h2 class="MostRead_title__zM1bK">Most read</h2><ol>${nMost
  .map(
    (t) => `<li><a
href="#">${t}</a></li>`,
  )
  .join('')}</ol></aside></main>
<footer class="Footer_footer__sQ2Lm"><ul>${links(nFoot)}</ul><p>© 2027 Dales Courier Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout619-nextjs-volunteer-wall-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [at(nBody, 4), at(nBody, 8)],
  body: [nDek, ...nBody.filter((_, i) => i !== 4 && i !== 8)],
  bylines: ['By Ruth Kilburn', 'Local Democracy Reporter', 'Saturday 23 January 2027, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', 'Sign in', ...nNav.filter((t) => t !== 'Farming'), 'Advertisement', 'Share',
    'Volunteers at work on the High Pasture wall',
    '(Photo: Mark Dent)', 'Read more: Storm Ivo: the clean-up in the dales, a month on', 'The Dales Courier daily briefing',
    'The day’s news from the dales in your inbox every morning.', 'Sign up', 'Dry stone walls', 'Volunteering', 'View comments (12)',
    'Most read', ...nMost, ...nFoot, '© 2027 Dales Courier Ltd. All rights reserved.',
  ],
};

export const HELDOUT619_F: readonly TestPage[] = [shopify, nextjs];
