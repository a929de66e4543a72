import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout242-kit.js';

/**
 * Held-out batch 242, file c2: a furniture retailer's sofa buying guide on a Shopify Dawn-style blog template (announcement
 * bar, header menu, cart and account icons, dateline and author, share button, a size table, a "Shop the guide" product
 * grid with prices, "Back to blog" link, comment form and the footer with the email sign-up and payment icons).
 */
const bTitle = 'How to Choose a Sofa: The Oxley &amp; Finch Buying Guide';
const bTitleText = 'How to Choose a Sofa: The Oxley & Finch Buying Guide';
const bIntro = [
  j(
    'A sofa is usually the most expensive piece of furniture in a home and the one we use most. It is also the one people most',
    'often regret buying in a hurry. This guide walks through the questions our showroom team asks every customer, in the order',
    'we ask them.',
  ),
];
const bH1 = 'Measure the room, then the route in';
const bP1 = [
  j(
    'Start with a floor plan. Mark doors, radiators and windows, and leave at least 80 centimetres for walkways. Then measure every',
    'doorway, stair and corner between the front door and the room. More sofas are returned because they would not fit up the',
    'stairs than for any other reason.',
  ),
  'As a rough guide, these are the widths we suggest for common room sizes:',
];
const bTable = [
  ['Small living room or snug', 'Under 12 m²', '150 to 180 cm'],
  ['Average living room', '12 to 20 m²', '190 to 220 cm'],
  ['Large or open-plan room', 'Over 20 m²', '230 cm or a corner sofa'],
];
const bH2 = 'Decide how you sit';
const bP2 = [
  j(
    'Do you curl up, sit upright or lie full length? Upright sitters are happiest with a seat depth of around 55 centimetres and a',
    'firm cushion. Loungers should look for 60 centimetres or more, and a lower back that can take a scatter cushion or two.',
  ),
  'Seat cushions come in three common fillings:',
];
const bFill = [
  '<strong>Foam</strong> holds its shape, needs little plumping and suits a tailored look.',
  '<strong>Foam wrapped in fibre</strong> is softer on top while keeping a supportive core. This is our most popular option.',
  '<strong>Feather and down</strong> is the most relaxed and comfortable, but needs plumping every day.',
];
const bH3 = 'Check the frame and the fabric';
const bP3 = [
  j(
    'Ask what the frame is made of. Kiln-dried hardwood joined with dowels and glue will last for decades; chipboard and staples',
    'will not. Lift one front corner of the sofa: if the other front leg stays on the floor, the frame is probably flexing.',
  ),
  j(
    'For fabric, look for the rub count, the number of cycles a fabric survived in an abrasion test. We recommend at least 25,000',
    'for a family sofa. If you have pets, a tight weave or a performance velvet will resist claws better than a loose linen.',
  ),
];
const bH4 = 'Order swatches and live with them';
const bP4 = [
  j(
    'Colours change between morning and evening light. Order free swatches, pin them to the back of your current sofa and look at',
    'them for a week before deciding. Our made-to-order sofas take six to eight weeks, so there is no rush at this stage.',
  ),
];
const bProducts = [
  ['Hebden 3 Seater Sofa', '£1,295.00'],
  ['Arnside Corner Sofa', '£2,150.00'],
  ['Fabric Swatch Pack', '£0.00'],
];
const bMenu = ['Sofas', 'Armchairs', 'Beds', 'Tables', 'Lighting', 'Sale', 'Visit a Showroom'];
const bFoot = ['Delivery', 'Returns', 'Care Guides', 'Contact Us', 'Trade', 'Terms of Service', 'Refund policy'];
const bHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><title>${bTitle} &ndash; Oxley &amp; Finch</title>
<meta name="description" content="The questions our showroom team asks every customer before they choose a sofa.">
<meta property="og:site_name" content="Oxley &amp; Finch"><meta property="og:type" content="article"><meta property="og:title" content="${bTitle}">
<script>var Shopify = Shopify || {}; Shopify.shop = "oxley-finch.myshopify.example"; Shopify.theme = {"name":"Dawn","id":148213401};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"A sofa is usually the most expensive piece...",
"headline":"${bTitleText}","author":{"@type":"Person","name":"Naomi Teale"},"datePublished":"2026-03-02T09:00:00Z"}</script>
<link href="//oxleyfinch.example/cdn/shop/t/12/assets/base.css" rel="stylesheet"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on all orders over £500</span></p></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper"><header class="header header--middle-left">
<a href="/" class="header__heading-link"><span class="h2">Oxley &amp; Finch</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(bMenu, 'list-menu__item')}</ul></nav>
<div class="header__icons"><a href="/search" class="header__icon header__icon--search"><span class="visually-hidden">Search</span></a>
<a href="/account/login" class="header__icon header__icon--account"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div id="shopify-section-template--main-article" class="shopify-section">
<div class="article-template__hero-container"><div class="article-template__hero-medium media"><img src="//oxleyfinch.example/cdn/shop/articles/sofa-guide.jpg"
alt="" width="1100" height="550" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${bTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-03-02T09:00:00Z">March 2,
2026</time></span><span class="caption-with-letter-spacing" itemprop="author">By Naomi Teale</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button">
<button class="share-button__button hidden"><span>Share</span></button><details><summary class="share-button__button">Share</summary>
<div class="share-button__fallback"><input type="text" class="field__input" value="https://oxleyfinch.example/blogs/guides/how-to-choose-a-sofa">
<button class="share-button__copy"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(bIntro)}
<h2>${bH1}</h2>
${ps(bP1)}
<table><thead><tr><th>Room</th> <th>Floor area</th> <th>Sofa width</th></tr></thead><tbody>
${bTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}
</tbody></table>
<h2>${bH2}</h2>
${ps(bP2)}
<ul>${bFill.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h2>${bH3}</h2>
${ps(bP3)}
<h2>${bH4}</h2>
${ps(bP4)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/guides" class="article-template__link link">Back to blog</a></div>
</div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/guides/how-to-choose-a-sofa/comments" id="CommentForm" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comments-fields"><div class="field"><input type="text" name="comment[author]" id="CommentForm-author" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name</label></div><div class="field"><textarea name="comment[body]" id="CommentForm-body"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article>
<div id="shopify-section-featured-collection" class="shopify-section"><div class="collection page-width">
<h2 class="title inline-richtext h2">Shop the guide</h2>
<ul class="grid product-grid" role="list">${bProducts
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5">
<a href="/products/x" class="full-unstyled-link">${n}</a></h3><div class="price"><span class="price-item price-item--regular">${p}</span></div></div></div>
</li>`,
  )
  .join('\n')}</ul>
<div class="center collection__view-all"><a href="/collections/sofas" class="button">View all</a></div></div></div></main>
<footer class="footer color-background-1"><div class="footer__content-top page-width"><div class="footer-block__newsletter">
<h2 class="footer-block__heading">Subscribe to our emails</h2><p>Be the first to know about new collections and exclusive offers.</p>
<form class="newsletter-form"><input type="email" placeholder="Email"><button type="submit">Subscribe</button></form></div>
<ul class="footer-block__details-content list-unstyled">${links(bFoot, 'list-menu__item')}</ul></div>
<div class="footer__content-bottom"><ul class="list list-payment" role="list"><li class="list-payment__item"><span class="visually-hidden">Visa</span></li>
<li class="list-payment__item"><span class="visually-hidden">Mastercard</span></li></ul>
<small class="copyright__content">© 2026, Oxley &amp; Finch Furniture Ltd</small><small class="copyright__content">Powered by Shopify</small></div>
</footer></body></html>`;
export const shopifyGuide: TestPage = {
  name: 'heldout242-shopify-retailer-buying-guide',
  kind: 'blog',
  html: bHtml,
  title: bTitleText,
  headings: [bH1, bH2, bH3, bH4],
  body: texts([...bIntro, ...bP1, ...bTable.flat(), ...bP2, ...bFill, ...bP3, ...bP4]),
  bylines: ['March 2, 2026', 'By Naomi Teale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on all orders over £500', 'Oxley & Finch', ...bMenu, 'Search', 'Log in', 'Cart', 'Share', 'Copy link', 'Back to blog',
    'Leave a comment', 'Name', 'Comment', 'Please note, comments need to be approved before they are published.', 'Shop the guide', ...bProducts.flat(),
    'View all', 'Subscribe to our emails', 'Be the first to know about new collections and exclusive offers.', 'Subscribe', ...bFoot, 'Visa', 'Mastercard',
    '© 2026, Oxley & Finch Furniture Ltd', 'Powered by Shopify',
  ],
};
