import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file c2: a moving checklist on a packing-supplies retailer's Shopify blog with the Dawn theme (announcement
 * bar, header with cart, the article template with hero image, date and author, the checklist by weeks, a product card for a
 * box bundle, the share button, "Back to blog", the comment form with the approval note, the newsletter and the footer).
 */
const kTitle = 'The only moving checklist you need: eight weeks to moving day';
const kIntro = [
  j(
    'We pack a lot of boxes. Between our warehouse team and the thousands of customers who write to us every spring, we have a',
    'pretty good idea of what goes wrong on a move, and almost all of it comes down to leaving things until the last week.',
  ),
  'So here is the checklist we give our own staff. Print it, stick it on the fridge and tick things off as you go.',
];
const kH = ['Eight weeks before', 'Four weeks before', 'One week before', 'Moving day'];
const k8 = [
  'Book your removals firm or van, and ask for a written quote rather than a phone estimate.',
  'Walk round every room and decide what is not coming with you. Sell, donate or recycle it now.',
  'Order boxes: a two-bedroom home usually needs 40 to 50, plus tape, paper and a marker for every room.',
  'If you rent, check your notice period and book the end-of-tenancy clean.',
];
const k4 = [
  'Start packing the rooms you use least: the loft, the spare room, books and out-of-season clothes.',
  'Tell your bank, employer, doctor, dentist and the council about your new address.',
  'Arrange to take final meter readings and set up energy and broadband at the new place.',
  'Book a parking suspension outside both homes if the street is busy.',
];
const k1 = [
  'Defrost the freezer at least 24 hours before the move and use up what is left in it.',
  'Pack an open-first box: kettle, mugs, tea, loo roll, phone chargers, bedding and a few tools.',
  'Label every box on two sides with the room it is going to, not the room it came from.',
  'Confirm the time and both addresses with your movers in writing.',
];
const kDay = [
  j(
    'Keep documents, keys, medication and anything valuable with you in the car, not in the van. Do a last walk round the old',
    'home with the movers: every cupboard, the shed, the loft hatch.',
  ),
  j('At the new place, put the beds together first. Whatever else happens, a made bed at the end of a long day is worth more than', 'an unpacked kitchen.'),
];
const kAnn = 'Free delivery on orders over £40 · Next-day dispatch before 2pm';
const kMenu = ['Shop all', 'Moving boxes', 'Packing materials', 'Bundles', 'Storage', 'Blog'];
const kFoot = ['Search', 'Delivery & returns', 'Contact us', 'Wholesale', 'Terms of service', 'Refund policy'];
const kHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://boxwell.example/blogs/moving-guides/moving-checklist"><title>${kTitle} – Boxwell</title>
<meta name="description" content="A week-by-week moving checklist from the Boxwell packing team."><meta property="og:site_name" content="Boxwell">
<meta property="og:type" content="article"><meta property="og:title" content="${kTitle}">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "boxwell-supplies.myshopify.example";Shopify.locale = "en";Shopify.currency = {"active":"GBP",
"rate":"1.0"};Shopify.theme = {"name":"Dawn","id":160512344321,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"We pack a lot of boxes.","headline":"${kTitle}",
"datePublished":"2026-03-02T09:00:00Z","author":{"@type":"Person","name":"Esme Trevanion"},"publisher":{"@type":"Organization","name":"Boxwell"}}</script>
<link href="//boxwell.example/cdn/shop/t/4/assets/base.css?v=144997082486365258741712345678" rel="stylesheet" type="text/css" media="all">
<link href="//boxwell.example/cdn/shop/t/4/assets/section-blog-post.css?v=48212716520357651711712345678" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16045__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-4 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>${kAnn}</span></p></div></div></div></div>
<div id="shopify-section-sections--16045__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-social header--has-account"><h2 class="header__heading"><a href="/" class="header__heading-link
link link--text focus-inset"><span class="h2">Boxwell</span></a></h2><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${kMenu
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text
focus-inset"><span>${t}</span>
</a></li>`,
  )
  .join('')}</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span
class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><div id="shopify-section-template--16046__main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div
class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img srcset="//boxwell.example/cdn/shop/articles/
checklist.jpg?v=1709370000&amp;width=1100 1100w" src="//boxwell.example/cdn/shop/articles/checklist.jpg?v=1709370000&amp;width=1100" width="1100" height="733"
alt="Boxes stacked in a hallway" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${kTitle}</h1><span class="circle-divider
caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-03-02T09:00:00Z">March 2, 2026</time></span><span
class="caption-with-letter-spacing" itemprop="author">Esme Trevanion</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${ps(kIntro)}
<h2>${kH[0]}</h2><ul>${lis(k8)}</ul>
<div class="product-card-inline"><a href="/products/two-bedroom-moving-bundle"><img src="//boxwell.example/cdn/shop/products/bundle.jpg?width=300" width="150"
alt=""><span class="product-card-inline__title">Two-bedroom moving bundle</span><span class="price-item price-item--regular">£54.99</span><span
class="button button--secondary">Shop the bundle</span></a></div>
<h2>${kH[1]}</h2><ul>${lis(k4)}</ul>
<h2>${kH[2]}</h2><ul>${lis(k1)}</ul>
<h2>${kH[3]}</h2>${ps(kDay)}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--16046__main" class="share-button
quick-add-hidden">
<button class="share-button__button hidden"> Share </button><details id="Details-share-template--16046__main"><summary class="share-button__button"> Share
</summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--16046__main" class="share-button__message
hidden"
role="status"></span><input type="text" class="field__input" id="ShareUrl-template--16046__main"
value="https://boxwell.example/blogs/moving-guides/moving-checklist"
readonly><label class="field__label" for="ShareUrl-template--16046__main">Link</label></div></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/moving-guides" class="article-template__link link animate-arrow">Back to
blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><form method="post"
action="/blogs/moving-guides/moving-checklist/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><input type="hidden"
name="form_type" value="new_comment"><h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input
type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name
</label></div></div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></div>
<div id="shopify-section-template--16046__newsletter" class="shopify-section"><div class="newsletter center"><h2 class="inline-richtext h1">Moving soon?</h2>
<div class="newsletter__subheading rte"><p>Get 10% off your first order and our printable labels pack.</p></div><form method="post"
action="/contact#contact_form"
class="newsletter-form"><input type="email" name="contact[email]" class="field__input" placeholder="Email"><button type="submit"
class="newsletter-form__button field__button" name="commit">Subscribe</button></form></div></div></main>
<div id="shopify-section-sections--16047__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--16047__footer-padding"><div class="footer__content-top page-width"><div class="footer-block grid__item"><h2 class="footer-block__heading
inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">${links(kFoot, '')}</ul></div></div><div class="footer__content-bottom"><div
class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/" title="">Boxwell</a></small><small class="copyright__content"><a
target="_blank" rel="nofollow" href="https://www.shopify.example?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-labelledby="shopify-pc__banner__body-title"><h2
class="shopify-pc__banner__body-title" id="shopify-pc__banner__body-title">Cookie policy</h2><div class="shopify-pc__banner__body">We use cookies and similar
technologies to provide the best experience on our website.</div><div class="shopify-pc__banner__btns"><button id="shopify-pc__banner__btn-manage-prefs"
class="shopify-pc__banner__btn-manage-prefs">Manage preferences</button><button id="shopify-pc__banner__btn-decline">Decline</button><button
id="shopify-pc__banner__btn-accept">Accept</button></div></div>
<script src="//boxwell.example/cdn/shop/t/4/assets/global.js?v=37284204640041572741712345678" defer="defer"></script></body></html>`;
export const checklistShopify: TestPage = {
  name: 'heldout445-shopify-dawn-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kIntro, ...k8, ...k4, ...k1, ...kDay]),
  bylines: ['March 2, 2026', 'Esme Trevanion'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', kAnn, 'Boxwell', ...kMenu, 'Log in', 'Cart', 'Two-bedroom moving bundle', '£54.99', 'Shop the bundle', 'Share', 'Link', 'Back to blog',
    'Leave a comment', 'Name', 'Please note, comments need to be approved before they are published.', 'Moving soon?',
    'Get 10% off your first order and our printable labels pack.', 'Subscribe', 'Help', ...kFoot, '© 2026, Boxwell', 'Powered by Shopify', 'Cookie policy',
    'We use cookies and similar technologies to provide the best experience on our website.', 'Manage preferences', 'Decline', 'Accept',
  ],
};
