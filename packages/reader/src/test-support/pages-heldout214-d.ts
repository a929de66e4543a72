import { type TestPage, texts } from './page-kit.js';
import { brewGuide } from './pages-heldout214-d2.js';

/**
 * Held-out batch 214, file d: a craft brewery's news post on a Shopify store with the Dawn theme (the age-verification popup,
 * "Skip to content", the announcement bar, the header with the menu drawer, search modal, account and cart icons, the hero
 * image, the title, date and author, the article text with lists and an image caption, the share button with its copy-link
 * fallback, "Back to blog", the comment form with its moderation note, the newsletter block, the footer menus and payment
 * line, and the empty cart drawer) and, from file d2, a coffee roaster's brew guide.
 */
const brTitle = 'Taproom news: spring releases, longer hours and a birthday';
const brIntro = [
  'It has been a long, grey winter on the industrial estate, but the tanks are full, the fermenters are bubbling and we finally ' +
    'have some news to share. Here is everything coming up at Slackwater Brewing over the next couple of months.',
];
const brH1 = 'Three new beers';
const brP1 = ['This month we are releasing three new beers in cans and on draught, all brewed on our new 20-barrel kit:'];
const brList1 = [
  'Low Tide, 3.8% – a crisp, hazy session pale with Citra and Nelson Sauvin. Our new everyday beer.',
  'Long Night, 6.5% – an oat stout brewed with cacao nibs from the chocolate makers two units down from us.',
  'Ferryman, 5.2% – a West Coast-style red ale, dry-hopped with Simcoe. It is a bit of an experiment, so tell us what you think.',
];
const brP2 = [
  'Cans of all three go on sale in the webshop from 9am on Friday 20 March, and local delivery is free on orders over £40. ' +
    'Low Tide will also be available in 30-litre kegs for pubs; if you run a bar and want to stock it, drop Hannah an email.',
];
const brH2 = 'Longer taproom hours';
const brP3 = [
  'From the first weekend of April the taproom will be open on Thursdays as well as Friday to Sunday. Thursday nights will be ' +
    'quieter, with no food truck, but you are welcome to bring your own food or order from the pizza place across the road, ' +
    'which will deliver to the bar.',
  'The new hours are:',
];
const brList2 = ['Thursday, 4pm to 10pm', 'Friday, 4pm to 11pm', 'Saturday, 12pm to 11pm', 'Sunday, 12pm to 6pm'];
const brH3 = 'Five years of Slackwater';
const brP4 = [
  'On Saturday 25 April we turn five. When Dan and I started brewing in a garage in 2021 we did not think we would make it to ' +
    'five months, so we are throwing a party: live music from 2pm, a barrel-aged imperial stout brewed only for the day, a ' +
    'tour of the brewhouse every hour and the return of Smokestack BBQ in the yard.',
  'Entry is free but we will be at capacity early, so tickets for the brewery tours are limited to 20 per slot and can be ' +
    'booked through the events page. Thank you to everyone who has bought a can, poured a pint or told a friend about us over ' +
    'the last five years. We could not have done it without you.',
  'See you at the bar.',
];
const brCaption = 'The new 20-barrel brewhouse, installed in January.';
const brNav = ['Shop', 'Beer', 'Taproom', 'Events', 'Trade', 'About', 'News'];
const brAge = ['Are you over 18?', 'You must be of legal drinking age to enter this site.', 'Yes, I am', 'No'];
const brAnnounce = 'Free local delivery on orders over £40';
const brShare = ['Share', 'Link', 'Copy link', 'Link copied to clipboard.'];
const brComment = ['Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.'];
const brNews = ['Subscribe to our emails', 'New releases, taproom events and brewery news. No spam, we promise.', 'Subscribe'];
const brFootMenus = ['Quick links', 'Info'];
const brFoot = ['Search', 'Trade enquiries', 'Delivery', 'Contact', 'Refund policy', 'Privacy policy', 'Terms of service'];
const brCart = ['Your cart is empty', 'Continue shopping', 'Have an account?', 'Log in', 'to check out faster.'];
const brAmp = (t: string): string => t.replace(/&/g, '&amp;');
const brPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const brUl = (a: readonly string[]): string => `<ul>\n${a.map((p) => `<li>${p}</li>`).join('\n')}\n</ul>`;
const brHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://slackwaterbrewing.example/blogs/news/taproom-news-spring-releases">
<title>Taproom news: spring releases, longer hours and a birthday &ndash; Slackwater Brewing Co.</title>
<meta name="description" content="It has been a long, grey winter on the industrial estate, but the tanks are full and we finally have some news to share.">
<meta property="og:site_name" content="Slackwater Brewing Co."><meta property="og:type" content="article"><meta property="og:title" content="${brTitle}">
<script src="//slackwaterbrewing.example/cdn/shop/t/7/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "slackwater-brewing.myshopify.com";Shopify.theme =
{"name":"Dawn","schema_version":"15.2.0"};</script>
<link href="//slackwaterbrewing.example/cdn/shop/t/7/assets/base.css?v=144968985024194912401" rel="stylesheet" type="text/css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"It has been a long, grey
winter...","headline":"${brTitle}",
"datePublished":"2026-03-16T10:02:11Z","author":{"@type":"Person","name":"Kate Morrow"},"publisher":{"@type":"Organization","name":"Slackwater Brewing
Co."}}</script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="age-check-popup" class="agecheck-modal" role="dialog" aria-modal="true"><div class="agecheck-modal__inner"><h2>${brAge[0]}</h2><p>${brAge[1]}</p>
<button class="button agecheck-yes">${brAge[2]}</button><button class="button button--secondary agecheck-no">${brAge[3]}</button></div></div>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div>
<div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Your cart" tabindex="-1"><div class="drawer__inner-empty"><div
class="cart-drawer__warnings center">
<div class="cart-drawer__empty-content"><h2 class="cart__empty-text">${brCart[0]}</h2><a href="/collections/all" class="button">${brCart[1]}</a>
<p class="cart__login-title h3">${brCart[2]}</p><p class="cart__login-paragraph"><a href="/account/login" class="link
underlined-link">${brCart[3]}</a> ${brCart[4]}</p>
</div></div></div></div></div></cart-drawer>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>${brAnnounce}</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center
page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon
header__icon--menu"
aria-label="Menu"><span></span></summary><div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">${brNav
  .map(
    (t) => `<li><a href="#" class="menu-drawer__menu-item list-menu__item
link">${t}</a></li>`,
  )
  .join('')}</ul>
</nav><div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5">Log
in</a></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//slackwaterbrewing.example/cdn/shop/files/logo.png"
alt="Slackwater Brewing Co." class="header__heading-logo motion-reduce" width="180" height="64"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${brNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase()}" class="header__menu-item list-menu__item link link--text
focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span></span></summary><div class="search-modal modal__content gradient" role="dialog" aria-modal="true"
aria-label="Search">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input"
id="Search-In-Modal"
type="search" name="q" placeholder="Search"><label class="field__label" for="Search-In-Modal">Search</label></div></form></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--article__main"
class="shopify-section section"><article class="article-template">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" style="padding-bottom: 52.6%;"><img
src="//slackwaterbrewing.example/cdn/shop/articles/taproom-spring.jpg?v=1742119331&width=1100" alt="Three cans of the new spring beers on the taproom bar"
width="1100" height="579"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${brTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-03-16T10:02:11Z">March 16, 2026</time></span><span>Kate Morrow</span></header>
<div class="article-template__content page-width page-width--narrow rte">
${brPs(brIntro)}
<h2>${brH1}</h2>
${brPs(brP1)}
${brUl(brList1)}
${brPs(brP2)}
<p><img src="//slackwaterbrewing.example/cdn/shop/files/brewhouse.jpg?v=1742119001" alt="Stainless steel brewhouse"></p>
<p><em>${brCaption}</em></p>
<h2>${brH2}</h2>
${brPs(brP3)}
${brUl(brList2)}
<h2>${brH3}</h2>
${brPs(brP4)}
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--article__main" class="share-button
quick-add-hidden">
<button class="share-button__button hidden"><span class="svg-wrapper"></span>${brShare[0]}</button><details id="Details-share-template--article__main">
<summary class="share-button__button"><span class="svg-wrapper"></span>${brShare[0]}</summary><div class="share-button__fallback motion-reduce"><div
class="field">
<span id="ShareMessage-template--article__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
id="ShareUrl-template--article__main" value="https://slackwaterbrewing.example/blogs/news/taproom-news-spring-releases" readonly>
<label class="field__label" for="ShareUrl-template--article__main">${brShare[1]}</label></div><button class="share-button__close hidden no-js-hidden">
<span class="visually-hidden">Close share</span></button><button class="share-button__copy no-js-hidden"><span
class="visually-hidden">${brShare[2]}</span></button>
</div></details></share-button><span class="share-button__message hidden">${brShare[3]}</span></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-708412">${brComment[0]}</h2><form method="post" action="/blogs/news/taproom-news-spring-releases/comments#comment_form" id="comment_form"
accept-charset="UTF-8" class="comment-form"><div class="article-template__comments-fields"><div class="article-template__comment-fields"><div
class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label"
for="CommentForm-author">${brComment[1]}
<span aria-hidden="true">*</span></label></div><div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email"
class="field__input"
placeholder="Email"><label class="field__label" for="CommentForm-email">${brComment[2]} <span aria-hidden="true">*</span></label></div></div><div
class="field field--with-error">
<textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea><label
class="form__label field__label"
for="CommentForm-body">${brComment[3]} <span aria-hidden="true">*</span></label></div></div><p class="article-template__comment-warning
caption">${brComment[4]}</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">${brFootMenus[0]}</h2><ul
class="footer-block__details-content list-unstyled">
${brFoot
  .slice(0, 4)
  .map((t) => `<li><a href="#" class="link link--text list-menu__item list-menu__item--link">${brAmp(t)}</a></li>`)
  .join('\n')}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">${brFootMenus[1]}</h2><div class="footer-block__details-content rte">
<p>Slackwater Brewing Co., Unit 4, Millbrook Trading Estate, Bridgwater TA6 4RR</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading
inline-richtext">${brNews[0]}</h2><p>${brNews[1]}</p>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="${brNews[2]}"></button></div></div></form></div>
<ul class="footer__list-social list-unstyled list-social" role="list"><li class="list-social__item"><a href="#" class="link list-social__link">
<span class="visually-hidden">Instagram</span></a></li><li class="list-social__item"><a href="#" class="link list-social__link"><span
class="visually-hidden">Facebook</span>
</a></li></ul></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">© 2026, <a href="/" title="">Slackwater Brewing Co.</a></small><small class="copyright__content"><a target="_blank"
rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small><ul class="policies list-unstyled">
${brFoot
  .slice(4)
  .map((t) => `<li><small class="copyright__content"><a href="/policies/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></small></li>`)
  .join('\n')}</ul></div></div></div></footer>
<script src="//slackwaterbrewing.example/cdn/shop/t/7/assets/global.js?v=84921665117324819421" defer="defer"></script></body></html>`;

const brewery: TestPage = {
  html: brHtml,
  name: 'heldout214-shopify-brewery-news',
  kind: 'news',
  // the caption under the in-text image is furniture; the menu's "Taproom" and "News" are words of the title and left out
  title: brTitle,
  headings: [brH1, brH2, brH3],
  body: texts([...brIntro, ...brP1, ...brList1, ...brP2, ...brP3, ...brList2, ...brP4]),
  bylines: ['March 16, 2026', 'Kate Morrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...brAge, ...brCart, brAnnounce, ...brNav.filter((t) => t !== 'Taproom' && t !== 'News'), 'Cart', brCaption, ...brShare,
      'Close share', 'Back to blog', ...brComment.map((c, i) =>
    i > 0 && i < 4 ? `${c} *` : c), ...brFootMenus, ...brFoot, 'Slackwater Brewing Co., Unit 4, Millbrook Trading Estate, Bridgwater TA6 4RR',
      ...brNews.slice(0, 2),
    'Instagram', 'Facebook', '© 2026, Slackwater Brewing Co.', 'Powered by Shopify',
  ],
};

export const HELDOUT214_D: readonly TestPage[] = [brewery, brewGuide];
