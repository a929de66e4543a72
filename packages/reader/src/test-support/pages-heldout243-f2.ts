import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout243-kit.js';

/**
 * Held-out batch 243, file f2: a party-planning how-to on a craft retailer's Shopify blog with the Dawn theme (announcement
 * bar, header menu with search, account and cart icons, the article hero, date and author, the share button, the rte body,
 * "Back to blog", the comments with the comment form, a "Shop the supplies" featured collection, the footer with the email
 * sign-up, country selector, payment icons and "Powered by Shopify", and the cookie banner).
 */
const title = 'How to Make a Paper Lantern Garland for a Garden Party';
const intro = [
  j(
    'Nothing makes a garden feel ready for a party quite like a string of glowing lanterns strung between the trees. Shop-bought',
    'lantern garlands can be pricey and a little plain, so this spring we have been making our own from patterned paper, and they',
    'take about an hour from the first fold to the last knot.',
  ),
  j(
    'This version makes a garland about three metres long with twelve small lanterns. Double everything for a longer run, or mix two',
    'or three papers for a scrappy, colourful look.',
  ),
];
const need = [
  'Six sheets of A4 patterned paper, 160gsm or heavier',
  'A three-metre string of battery fairy lights with warm white bulbs',
  'A ruler, a pencil and a craft knife or sharp scissors',
  'A glue stick and double-sided tape',
  'A cutting mat, if you are using a knife',
];
const step1 = [
  j(
    'Cut each sheet of paper in half widthways so you have twelve pieces, each roughly 15 by 21 centimetres. Fold each piece in half',
    'lengthways with the pattern on the outside and run your thumbnail along the fold to make it crisp.',
  ),
];
const step2 = [
  j(
    'With the fold towards you, rule a line two centimetres from the open edge. Then cut slits from the fold up to that line, a',
    'centimetre apart. Stop at the pencil line every time: if you cut through it, the lantern will fall apart.',
  ),
];
const step3 = [
  j(
    'Unfold the paper and roll it into a tube, overlapping the short edges by about a centimetre. Glue the overlap, then press the top',
    'and bottom gently towards each other so the slits bow outwards into the classic lantern shape.',
  ),
  j(
    'Cut a thin strip of paper, about one centimetre by twelve, and glue it across the top to make a handle. Leave the lanterns to dry',
    'for ten minutes before you move on.',
  ),
];
const step4 = [
  j(
    'Slide a lantern over every second or third bulb on the fairy lights, so the light sits inside the tube. A small piece of',
    'double-sided tape inside the handle will stop the lanterns sliding along the wire.',
  ),
];
const tip = j(
  'Tip: battery fairy lights stay cool, so they are safe inside paper. Never use real candles or mains-powered bulbs that get hot in',
  'paper lanterns.',
);
const outro = [
  j(
    'Hang the garland along a fence, between two branches or over a gazebo, and switch it on just as the light starts to fade. If',
    'rain is forecast, bring it inside; the paper will not survive a shower, but it makes a lovely indoor decoration for the next',
    'birthday too.',
  ),
];
const headings = ['You will need', 'Step 1: Cut and fold the paper', 'Step 2: Cut the slits', 'Step 3: Shape the lanterns', 'Step 4: Thread the lights'];
const menu = ['Shop All', 'Paper', 'Party', 'Kits', 'Workshops', 'Journal'];
const products = ['Meadow Print Paper Pack – £8.50', 'Warm White Fairy Lights, 3m – £6.00', 'Precision Craft Knife – £4.75'];
const comment = 'Made these for my daughter’s birthday and they looked gorgeous. We used old maps for half of them!';
const foot = ['Search', 'Delivery & Returns', 'Contact', 'Refund policy', 'Privacy policy', 'Terms of service'];
const html = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://paperbarkandco.example/blogs/journal/paper-lantern-garland">
<title>${title} – Paperbark &amp; Co.</title><meta name="description" content="A step-by-step guide to making a paper lantern garland.">
<meta property="og:site_name" content="Paperbark &amp; Co."><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"Nothing makes a garden feel ready...","headline":"${title}",
"datePublished":"2026-04-02T09:00:00Z","author":{"@type":"Person","name":"Tamsin Cole"}}</script>
<script>var Shopify = Shopify || {}; Shopify.shop = "paperbark-co.myshopify.example"; Shopify.theme = {"name":"Dawn","id":141022,"role":"main"};</script>
<link href="//paperbarkandco.example/cdn/shop/t/3/assets/base.css" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width"><a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Paperbark &amp; Co.</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(menu, 'header__menu-item list-menu__item link link--text')}</ul></nav><div class="header__icons"><details-modal class="header__search">
<summary class="header__icon header__icon--search"><span class="visually-hidden">Search</span></summary></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main-article"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media">
<img src="//paperbarkandco.example/cdn/shop/articles/lanterns.jpg"
alt="Paper lanterns on a string of lights"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${title}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-04-02T09:00:00Z">April 2, 2026</time>
</span><span class="caption-with-letter-spacing" itemprop="author">by Tamsin Cole</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><button class="share-button__button">
<span>Share</span></button><details><summary class="share-button__button">Share</summary><div class="share-button__fallback"><button class="share-button__copy">
<span class="visually-hidden">Copy link</span></button><div role="status"><span class="share-button__message hidden">Link copied!</span></div></div></details>
</share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(intro)}
<h2>${headings[0]}</h2><ul>${lis(need)}</ul>
<h2>${headings[1]}</h2>
${ps(step1)}
<h2>${headings[2]}</h2>
${ps(step2)}
<h2>${headings[3]}</h2>
${ps(step3)}
<h2>${headings[4]}</h2>
${ps(step4)}
<blockquote><p>${tip}</p></blockquote>
${ps(outro)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="Comments-558102" class="page-width page-width--narrow">
<h2 id="Comments-558102" class="h2">1 comment</h2><article id="22091" class="article-template__comments-comment"><p>${comment}</p>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">Hannah Lowe</span><span class="caption-with-letter-spacing">April 5, 2026</span>
</footer></article>
<form method="post" action="/blogs/journal/paper-lantern-garland/comments" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section>
<section id="shopify-section-template--featured_collection" class="shopify-section section"><div class="collection page-width">
<h2 class="title inline-richtext h2">Shop the supplies</h2><ul class="grid product-grid" role="list">${links(products, 'grid__item')}</ul>
<a href="/collections/party" class="button">View all</a></div></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer-block__newsletter"><h2 class="footer-block__heading">Subscribe to our emails</h2>
<p>New papers, workshop dates and project ideas, once a fortnight.</p><form class="newsletter-form"><input type="email" placeholder="Email">
<button type="submit">Subscribe</button></form></div><ul class="footer-block__details-content list-unstyled">${links(foot)}</ul></div>
<div class="footer__content-bottom"><div class="footer__localization"><h2 class="caption-large">Country/region</h2><span>United Kingdom (GBP £)</span>
</div><ul class="list list-payment" role="list"><li class="list-payment__item"><span class="visually-hidden">Visa</span></li>
<li class="list-payment__item"><span class="visually-hidden">Mastercard</span></li></ul>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, Paperbark &amp; Co.</small>
<small class="copyright__content"><a href="https://www.shopify.example" rel="nofollow">Powered by Shopify</a></small></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><p class="shopify-pc__banner__body">We use cookies and similar
technologies to give you a better shopping experience.</p><button class="shopify-pc__banner__btn-accept">Accept</button>
<button class="shopify-pc__banner__btn-decline">Decline</button><button class="shopify-pc__banner__btn-manage-prefs">Manage preferences</button></div>
<script src="//paperbarkandco.example/cdn/shop/t/3/assets/global.js" defer="defer"></script></body></html>`;
export const craftBlog: TestPage = {
  name: 'heldout243-shopify-dawn-craft-how-to',
  kind: 'blog',
  html,
  title,
  headings,
  body: texts([...intro, ...need, ...step1, ...step2, ...step3, ...step4, tip, ...outro]),
  bylines: ['April 2, 2026', 'by Tamsin Cole'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Paperbark & Co.', ...menu, 'Log in', 'Cart', 'Share', 'Copy link', 'Link copied!',
    'Back to blog', '1 comment', comment, 'Hannah Lowe', 'April 5, 2026', 'Leave a comment', 'Name', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Shop the supplies', ...products, 'View all', 'Subscribe to our emails',
    'New papers, workshop dates and project ideas, once a fortnight.', 'Subscribe', ...foot, 'Country/region', 'United Kingdom (GBP £)', 'Visa',
    'Mastercard', '© 2026, Paperbark & Co.', 'Powered by Shopify', 'We use cookies and similar technologies to give you a better shopping experience.',
    'Accept', 'Decline', 'Manage preferences',
  ],
};
