import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file c2: a wine merchant's tasting-notes article on a Shopify Dawn theme (announcement bar, age
 * notice, header menu and cart icon, the article template's date, author and share button, a featured-product card with
 * price and "Add to cart", article tags, "Back to blog", the comment form, a newsletter section and the footer with
 * payment icons and the country selector).
 */
const wTitle = 'Tasting Notes: Four Reds for the First Cold Evenings';
const wIntro = [
  j(
    'Every year, somewhere around the clocks going back, the shop shifts. Customers stop asking for chilled rosé and start asking',
    'what goes with a stew. So last Thursday the team opened a dozen bottles after closing, and these are the four we kept',
    'coming back to.',
  ),
  j(
    'None of them costs more than twenty pounds, and none needs years in a cellar. They are wines for opening on a Tuesday, for',
    'pouring into the pot as well as the glass, and for the long evenings when the oven stays on.',
  ),
];
const wines = [
  [
    'Domaine Vallery Côtes du Rhône 2023',
    j(
      'Bright purple in the glass, with black cherry, crushed pepper and a little garrigue on the nose. Juicy and supple rather than',
      'heavy, with soft tannins that make it an easy match for a weeknight sausage casserole.',
    ),
  ],
  [
    'Bodega Sierra Alta Garnacha 2022',
    j(
      'Grown at altitude in old bush vines. Raspberry, dried herbs and a streak of orange peel; the acidity keeps it fresh even at',
      '14.5% alcohol. Our buyer Tomasz poured it with roast pork and apple sauce and it disappeared in minutes.',
    ),
  ],
  [
    'Castello di Pieve Chianti Classico 2021',
    j(
      'The most serious wine here. Sour cherry, violets and leather, with firm, drying tannins that want food. Decant it an hour',
      'ahead and serve it with anything involving tomatoes, mushrooms or a ragù that has cooked all afternoon.',
    ),
  ],
  [
    'Harrow Ridge Pinot Noir 2023',
    j(
      'A lighter red from a cool site in the south of the island. Strawberry, red plum and a hint of forest floor. Serve it slightly',
      'cool, around 14°C, alongside roast chicken or mushroom risotto.',
    ),
  ],
];
const wOutro = [
  j(
    'All four are open on the tasting counter this weekend. If you buy six bottles or more, mixed or not, we take 10% off, and',
    'we are always happy to suggest something for a particular dish.',
  ),
];
const wTable = [
  ['Côtes du Rhône', 'Medium', 'Sausage casserole'],
  ['Garnacha', 'Medium', 'Roast pork'],
  ['Chianti Classico', 'Full', 'Slow-cooked ragù'],
  ['Pinot Noir', 'Light', 'Roast chicken'],
];
const wNav = ['Shop Wine', 'Spirits', 'Gifts', 'Tastings & Events', 'Journal'];
const wFoot = ['Delivery', 'Returns', 'Contact Us', 'Refund policy', 'Privacy policy', 'Terms of service'];
const wHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${wTitle} – Cellar Lane Wines</title><meta name="description" content="Four autumn reds from our Thursday tasting.">
<meta property="og:site_name" content="Cellar Lane Wines"><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "cellar-lane-wines.myshopify.com";
Shopify.theme = {"name":"Dawn","id":14213,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","headline":"${wTitle}",
"author":{"@type":"Person","name":"Nell Hargreave"},
"datePublished":"2025-10-30T09:00:00Z","publisher":{"@type":"Organization","name":"Cellar Lane Wines"}}</script>
<link href="//cellarlane.example/cdn/shop/t/4/assets/section-blog-post.css" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar" role="region" aria-label="Announcement"><p
class="announcement-bar__message h5">Free delivery on 12 bottles or more</p></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><header class="header header--middle-left page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Cellar Lane Wines</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(wNav, '')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset"><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main-article" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media"><img
src="//cellarlane.example/cdn/shop/articles/autumn-reds.jpg"
alt="Four bottles of red wine on a wooden counter" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${wTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
datetime="2025-10-30T09:00:00Z">October 30, 2025</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Nell Hargreave</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main-article" class="share-button"><button
class="share-button__button"><span>Share</span></button></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(wIntro)}
${wines.map(([n, t]) => `<h3>${n}</h3>\n<p>${t}</p>`).join('\n')}
<p><em>Featured in this article:</em></p>
<div class="card-wrapper product-card-wrapper"><div class="card card--standard"><div class="card__content"><h3 class="card__heading"><a
href="/products/vallery-cdr-2023"
class="full-unstyled-link">Vallery Côtes du Rhône 2023, 75cl</a></h3><div class="price"><span class="price-item price-item--regular">£13.50</span></div>
<button class="quick-add__submit button button--full-width button--secondary">Add to cart</button></div></div></div>
<h2>At a glance</h2>
<table><thead><tr><th>Wine</th><th>Body</th><th>Try it with</th></tr></thead><tbody>
${wTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}
</tbody></table>
${ps(wOutro)}
<p class="age-note"><small>We do not sell alcohol to anyone under the age of 18. Please drink responsibly.</small></p>
</div>
<div class="article-template__tags page-width page-width--narrow"><ul class="tags-list"><li><a href="/blogs/journal/tagged/red-wine">Red Wine</a></li>
<li><a href="/blogs/journal/tagged/autumn-wines">Autumn Wines</a></li></ul></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal"
class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div class="page-width page-width--narrow"><form method="post"
action="/blogs/journal/four-reds/comments" class="comment-form"><h2>Leave a comment</h2><input type="text" placeholder="Name"><textarea
placeholder="Comment"></textarea><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding"><div
class="footer-block--newsletter"><h2 class="footer-block__heading">Subscribe to our emails</h2><form class="newsletter-form"><input type="email"
placeholder="Email"><button class="newsletter-form__button">Subscribe</button></form></div><ul class="footer-block__details-content list-unstyled">
${links(wFoot, '')}</ul><div class="footer__localization"><h2 class="caption-large">Country/region</h2><button class="disclosure__button">United Kingdom (GBP
£)</button></div><ul class="list list-payment" role="list"><li class="list-payment__item"><span class="visually-hidden">Visa</span></li><li
class="list-payment__item"><span class="visually-hidden">Mastercard</span></li></ul><small class="copyright__content">© 2026, Cellar Lane Wines. Licensed
premises, 17 Cellar Lane, Stowbridge</small></footer></div></body></html>`;
export const wineShop: TestPage = {
  name: 'heldout287-shopify-dawn-wine-notes-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [...wines.map(([n]) => n ?? ''), 'At a glance'],
  body: texts([...wIntro, ...wines.map(([, t]) => t ?? ''), ...wTable.flat(), ...wOutro]),
  bylines: ['October 30, 2025', 'by Nell Hargreave'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on 12 bottles or more', 'Cellar Lane Wines', ...wNav, 'Log in', 'Cart', 'Share', 'Featured in this article:',
    'Vallery Côtes du Rhône 2023, 75cl', '£13.50', 'Add to cart',
    'We do not sell alcohol to anyone under the age of 18. Please drink responsibly.', 'Red Wine',
    'Autumn Wines', 'Back to blog', 'Leave a comment', 'Please note, comments need to be approved before they are published.', 'Subscribe to our emails',
    'Subscribe', ...wFoot, 'Country/region', 'United Kingdom (GBP £)', 'Visa', 'Mastercard',
    '© 2026, Cellar Lane Wines. Licensed premises, 17 Cellar Lane, Stowbridge',
  ],
};
