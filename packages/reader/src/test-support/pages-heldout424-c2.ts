import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file c2: a horse feed brand's care article on a Shopify blog with the Dawn theme (announcement bar,
 * header with menu, search, account and cart icons, the article hero image, date and author line, an inline product card,
 * share button, "Back to blog" link, the Shopify comment form with one approved comment, an email sign-up section, the
 * footer with payment icons and the Shopify privacy banner).
 */
const hTitle = 'Keeping Older Horses in Condition Through Winter';
const hIntro = [
  j(
    'Many horses in their late teens and twenties lose weight as the days shorten, and it can happen faster than owners',
    'expect. A horse that looked well in September can be showing ribs by Christmas. The good news is that most senior horses',
    'hold their condition well with a few changes to their routine, made early rather than once the weight has gone.',
  ),
];
const hH1 = 'Start with teeth';
const hTeeth = [
  j(
    'Worn or missing teeth are the most common reason an older horse drops weight. If your horse is quidding, dropping',
    'half-chewed forage, or leaving long fibres in the droppings, book a dental check before changing anything else.',
    'Many vets recommend a check every six months for horses over eighteen.',
  ),
];
const hH2 = 'Forage first';
const hForage = [
  j(
    'Fibre should still make up the bulk of the diet, even for a horse that struggles to chew. Soaked hay cubes, short-chop',
    'chaff and unmolassed beet pulp are all easy to eat and can replace part or all of the hay ration when needed.',
  ),
  j(
    'As a rough guide, a horse needs around 1.5 to 2 percent of its bodyweight in forage each day. For a 500 kg horse that is',
    '7.5 to 10 kg of dry matter, which is more than many owners realise.',
  ),
];
const hH3 = 'Signs to watch for';
const hSigns = [
  'A dull or staring coat that is slow to shed in spring',
  'Ribs or hip bones becoming easier to feel under a winter rug',
  'Loss of topline along the back and over the quarters',
  'Eating more slowly than field companions, or walking away from the hay',
];
const hH4 = 'Adding calories safely';
const hCalories = [
  j(
    'If forage alone is not enough, add energy in the form of oil and digestible fibre rather than large cereal feeds. A',
    'cup of linseed or a good quality oil supplement adds a lot of calories without the risk that comes with big starch meals.',
  ),
  j(
    'Split the daily ration into three or four smaller feeds where possible. Weigh-tape your horse every two weeks and keep',
    'a note of the numbers: small changes are far easier to catch on paper than by eye.',
  ),
];
const hQuote = 'Rugging and shelter matter as much as the feed bucket. A cold horse burns its reserves just keeping warm.';
const hOutro = [
  j(
    'Finally, if your horse keeps losing weight despite these changes, speak to your vet. Weight loss in an older horse can be',
    'a sign of illness, and it is always worth ruling that out early.',
  ),
];
const hMenu = ['Shop all feeds', 'Senior range', 'Supplements', 'Feed advice', 'Our story'];
const hFootA = ['Delivery', 'Returns', 'Stockists', 'Contact us', 'Feed line: 0800 555 0192'];
const hFootB = ['Search', 'Terms of service', 'Refund policy', 'Privacy policy'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://greywell-feeds.example/blogs/feed-advice/keeping-older-horses-in-condition">
<title>${hTitle} &ndash; Greywell Feeds</title><meta name="description" content="How to help a senior horse hold condition through the winter months.">
<meta property="og:site_name" content="Greywell Feeds"><meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<script src="//greywell-feeds.example/cdn/shop/t/12/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "greywell-feeds.myshopify.example";Shopify.locale = "en";Shopify.currency = {"active":"GBP"};
Shopify.theme = {"name":"Dawn","id":139874,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"Many horses in their late teens...","mainEntityOfPage":
{"@type":"WebPage","@id":"https://greywell-feeds.example/blogs/feed-advice"},"author":{"@type":"Person","name":"Dr Freya Lambourne"},"headline":
"${hTitle}","datePublished":"2026-10-08T09:00:00Z"}</script>
<link href="//greywell-feeds.example/cdn/shop/t/12/assets/base.css?v=14468" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on orders over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--header"
class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width">
<h2 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Greywell Feeds</span></a></h2>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(hMenu, 'header__menu-item list-menu__item link')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><summary class="header__icon header__icon--search" aria-haspopup="dialog" aria-label="Search">
</summary></details-modal><a href="/account/login"
class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main-article" class="shopify-section section"><article class="article-template"
itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media">
<img src="//greywell-feeds.example/cdn/shop/articles/senior-horse.jpg?v=17"
alt="" width="1100" height="734"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${hTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"
itemprop="dateCreated pubdate datePublished"><time datetime="2026-10-08T09:00:00Z">October 8, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Dr Freya Lambourne</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(hIntro)}
<h2>${hH1}</h2>
${ps(hTeeth)}
<h2>${hH2}</h2>
${ps(hForage)}
<div class="product-card-inline"><a href="/products/senior-conditioning-mash"><strong>Greywell Senior Conditioning Mash</strong></a>
<span class="price">£17.49</span><a class="button button--secondary" href="/products/senior-conditioning-mash">Shop now</a></div>
<h2>${hH3}</h2>
<ul>
${hSigns.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2>${hH4}</h2>
${ps(hCalories)}
<blockquote><p>${hQuote}</p></blockquote>
${ps(hOutro)}
<p><em>Dr Freya Lambourne is an equine nutritionist and leads the Greywell feed advice line.</em></p>
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main-article"
class="share-button quick-add-hidden">
<button class="share-button__button hidden"><span>Share</span></button><details id="Details-share-template--main-article"><summary class="share-button__button">
<span>Share</span></summary><div class="share-button__fallback motion-reduce"><div class="field"><span class="visually-hidden">Link</span>
<input type="text" class="field__input" value="https://greywell-feeds.example/blogs/feed-advice/keeping-older-horses-in-condition"
readonly></div></div></details>
</share-button></div>
<div class="element-margin-top center"><a href="/blogs/feed-advice" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-567890">1 comment</h2><div class="article-template__comments"><article id="1290" class="article-template__comments-comment">
<div class="rte"><p>Really helpful. My 24 year old cob has done so much better since we switched him to soaked cubes in October.</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">Sally Hindmarsh</span>
<span class="caption-with-letter-spacing">October 11, 2026</span></footer></article></div>
<form method="post" action="/blogs/feed-advice/keeping-older-horses-in-condition/comments" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" class="field__input"
placeholder="Name">
<label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section>
<section id="shopify-section-template--newsletter"
class="shopify-section section"><div class="newsletter center"><div class="newsletter__wrapper color-scheme-2">
<h2 class="inline-richtext h1">Feed advice in your inbox</h2><div class="newsletter__subheading rte"><p>Seasonal care guides and 10% off your first order.</p>
</div>
<form method="post" action="/contact#contact_form" id="ContactSubscribe" class="newsletter-form"><div class="field"><input id="NewsletterForm--sub" type="email"
name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sub">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></form></div></div></section></main>
<div id="shopify-section-sections--footer"
class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-sections--footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(hFootA)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="list-unstyled">${links(hFootB)}</ul></div>
</div>
<div class="footer__content-bottom"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/" title="">Greywell Feeds</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.example">Powered by Shopify</a></small></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-labelledby="shopify-pc__banner__body-title">
<div class="shopify-pc__banner__wrapper"><div class="shopify-pc__banner__body"><h2 id="shopify-pc__banner__body-title">Cookies and your privacy</h2>
<p>We use cookies to give you the best shopping experience and to show you relevant offers.</p></div><div class="shopify-pc__banner__btns">
<button id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button><button id="shopify-pc__banner__btn-decline">Decline</button>
<button id="shopify-pc__banner__btn-accept">Accept</button></div></div></div>
<script src="//greywell-feeds.example/cdn/shop/t/12/assets/global.js?v=84" defer="defer"></script></body></html>`;
export const shopify: TestPage = {
  name: 'heldout424-shopify-dawn-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3, hH4],
  body: texts([...hIntro, ...hTeeth, ...hForage, ...hSigns, ...hCalories, hQuote, ...hOutro]),
  bylines: ['October 8, 2026', 'by Dr Freya Lambourne'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders over £60', 'Greywell Feeds', ...hMenu, 'Log in', 'Cart', 'Greywell Senior Conditioning Mash', '£17.49',
    'Shop now', 'Dr Freya Lambourne is an equine nutritionist and leads the Greywell feed advice line.', 'Share', 'Back to blog', '1 comment',
    'Really helpful. My 24 year old cob has done so much better since we switched him to soaked cubes in October.', 'Sally Hindmarsh',
    'October 11, 2026', 'Leave a comment', 'Please note, comments need to be approved before they are published.', 'Feed advice in your inbox',
    'Seasonal care guides and 10% off your first order.', 'Help', ...hFootA, 'Quick links', ...hFootB, 'Payment methods', 'Visa', '© 2026, Greywell Feeds',
    'Powered by Shopify', 'Cookies and your privacy', 'We use cookies to give you the best shopping experience and to show you relevant offers.',
    'Manage preferences', 'Decline', 'Accept',
  ],
};
