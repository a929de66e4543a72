import { ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout679-kit.js';

/**
 * Held-out batch 679, file b2: an antique dealer's care article on a Shopify store (Dawn theme, announcement bar, share button,
 * comment form, newsletter footer).
 */
const gTitle = 'Why we never polish the brass on Georgian furniture';
const gBody = [
  j(
    'Almost every week someone brings a chest or a bureau into the shop and apologises for the state of the handles. They are',
    'dull, brown and a little uneven, and the owner has been wondering whether to give them a going-over with metal polish before',
    'selling. Our answer is always the same: please don’t.',
  ),
  j(
    'Brass handles on eighteenth-century furniture were cast, filed and often lacquered or fire-gilded. Two and a half centuries',
    'of handling have worn that finish into a soft, mellow tone that buyers look for. Modern polish strips it away in minutes and',
    'leaves a bright, brassy yellow that looks new, and to a trained eye it looks wrong.',
  ),
  j(
    'Worse, the polish itself does damage. The paste creeps into the timber around the back plates and dries as a white or green',
    'crust in the grain. Getting it out means scraping or solvents, and both put the surrounding patination at risk.',
  ),
  'If handles need attention, this is what we do instead:',
  'dust them with a soft brush',
  'wipe them with a cloth barely dampened with water, and dry at once',
  'buff lightly with a little microcrystalline wax',
  j(
    'Loose handles are a different matter. A loose bail will wear its own hole wider every time a drawer is pulled, so it is worth',
    'having the nuts tightened from inside the drawer. Replacement nuts should be of the old hand-cut pattern if they will show.',
  ),
  j(
    'If you are not sure whether your handles are original, send us a photograph of the inside of a drawer front. The marks of',
    'earlier fixings tell us a great deal, and we are always happy to take a look.',
  ),
];
const gNav = ['Home', 'Shop all', 'Furniture', 'Clocks', 'Silver & metalware', 'Journal', 'About'];
const gPolicies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const gNavHtml = gNav
  .map((n) => `<li><a href="/" class="header__menu-item list-menu__item link link--text focus-inset"><span>${n.replace(/&/g, '&amp;')}</span></a></li>`)
  .join('\n');
const gHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://garrowantiques.co.uk/blogs/journal/why-we-never-polish-the-brass"><title>${gTitle} &ndash; Garrow Antiques</title>
<meta name="description" content="Almost every week someone brings a chest or a bureau into the shop and apologises for the state of the handles.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Garrow Antiques">
<script src="//garrowantiques.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "garrow-antiques.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP"};
Shopify.theme = {"name":"Dawn","id":139418730712,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<link href="//garrowantiques.co.uk/cdn/shop/t/4/assets/base.css?v=165191016556652226921" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17362351112408__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £250</span></p></div></div></div>
<div id="shopify-section-sections--17362351112408__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search">
<span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Garrow Antiques</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${gNavHtml}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<svg class="icon icon-account" aria-hidden="true" focusable="false"></svg><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17362351276248__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image">
<img src="//garrowantiques.co.uk/cdn/shop/articles/brass-handle.jpg?v=1707640000&amp;width=1100"
alt="A Georgian swan-neck handle" width="1100" height="733" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${gTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2027-02-11T09:00:00Z">February 11, 2027</time>
</span><span class="caption-with-letter-spacing" itemprop="author">Eleanor Garrow</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${ps(gBody.slice(0, 4))}
<ul>${lis(gBody.slice(4, 7))}</ul>${ps(gBody.slice(7))}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--17362351276248__main" class="share-button">
<button class="share-button__button hidden"><svg width="13" height="12" class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-share-template--17362351276248__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--17362351276248__main" class="share-button__message hidden"
role="status"></span><input type="text" class="field__input" value="https://garrowantiques.co.uk/blogs/journal/why-we-never-polish-the-brass" readonly>
<label class="field__label" for="url">Link</label></div><button class="share-button__close hidden"><span class="visually-hidden">Close share</span></button>
<button class="share-button__copy focus-inset"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2>Leave a comment</h2>
<form method="post" action="/blogs/journal/why-we-never-polish-the-brass/comments" id="CommentForm" class="comment-form">
<div class="article-template__comment-fields"><div class="field"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input"
placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div>
<div class="field"><textarea id="CommentForm-body" name="comment[body]" class="text-area field__input" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--17362351177944__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">Visit the shop</h2><div class="footer-block__details-content rte"><p>14 Market Place, Ledbury HR8 1DX</p>
<p>Open Tuesday to Saturday, 10am to 5pm</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--17362351177944__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--17362351177944__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button>
</div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/" title="">Garrow Antiques</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${gPolicies.map((p) => `<li><a href="/policies/${p.toLowerCase().replace(/ /g, '-')}">${p}</a></li>`).join('')}</ul>
</div></div></div></div></footer>
<script src="//garrowantiques.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout679-shopify-dealer-journal',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: gBody,
  bylines: ['February 11, 2027', 'Eleanor Garrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £250', 'Garrow Antiques', ...gNav.filter((n) => n !== 'Furniture'),
    'Log in', 'Cart', 'Share', 'Back to blog',
    'Leave a comment', 'Name *', 'Email *', 'Comment *', 'Please note, comments need to be approved before they are published.', 'Visit the shop',
    '14 Market Place, Ledbury HR8 1DX', 'Open Tuesday to Saturday, 10am to 5pm', 'Subscribe to our emails', 'Email', 'Payment methods',
    '© 2027, Garrow Antiques', 'Powered by Shopify', ...gPolicies,
  ],
};

export const HELDOUT679_B2: readonly TestPage[] = [shopify];
