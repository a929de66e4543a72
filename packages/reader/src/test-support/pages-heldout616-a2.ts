import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout616-kit.js';

/** Held-out batch 616, file a2: a tack shop's riding hat standards guide on Shopify (Dawn theme) with a table and comments. */
const sTitle = 'Riding hat standards explained: what the labels inside your hat mean';
const sBlocks: Block[] = [
  {
    p: j(
      'Turn any riding hat upside down and you will find a small cluster of labels and stamps inside the shell. They are the most',
      'important thing about the hat, and the least read. This guide explains what each mark tells you and which ones our competition',
      'customers need to look for this season.',
    ),
  },
  { h: 2, t: 'Why there is more than one standard' },
  {
    p: j(
      'Each standard is written by a different body and tests different things. Some drop the hat onto a flat anvil, some onto a kerb',
      'shaped like the edge of a jump pole, and a few also crush it from the side. A hat that carries two or three marks has passed',
      'all of those tests, not just one.',
    ),
  },
  { h: 2, t: 'The marks you will see most often' },
  {
    head: ['Mark', 'What is tested', 'Accepted for'],
    rows: [
      ['EQ 210', 'Flat and kerb impacts, retention strap', 'All riding club and show classes'],
      ['EQ 240 (2024)', 'As EQ 210, plus lateral crush and a hotter conditioning test', 'Cross-country and racing'],
      ['Kitemark K6', 'Batch testing of hats taken from the factory line', 'Required alongside EQ marks for eventing'],
      ['NRS 7', 'Flat and hemispherical impacts only', 'Schooling and hacking; not for affiliated competition'],
    ],
  },
  {
    p: j(
      'A batch-testing mark matters more than it looks. It means an independent house has pulled hats at random from production and',
      'tested them again, rather than relying on a single sample sent in when the design was approved.',
    ),
  },
  { h: 2, t: 'Checking a hat before a competition' },
  {
    p: j(
      'Hat stewards check for the standard label and then add a coloured tag. Bring your hat with the cover off, and make sure the',
      'labels are readable: a label you have picked at or that has faded in the wash can mean a hat is turned away.',
    ),
  },
  {
    ul: [
      'The harness must be fastened and adjusted so that no more than two fingers fit under the chin.',
      'Any hat that has had a fall or a hard knock must be replaced, even if there is no visible damage.',
      'Stickers, cameras and extra peaks fixed to the shell are not allowed in most classes.',
    ],
  },
  { h: 2, t: 'How long does a hat last?' },
  {
    p: j(
      'Most makers recommend replacing a hat after five years of regular use, sooner if it is worn daily. The foam liner slowly loses',
      'its ability to absorb an impact, and sweat and sunlight weaken the shell. Write the date you bought it inside the lining.',
    ),
  },
  {
    p: j(
      'If you are not sure whether your hat still meets the current rules, bring it into the shop in Hollinsford. We will check the',
      'labels and the fit at no charge, whether or not you bought it from us.',
    ),
  },
];
const sNav = ['Riding Hats', 'Body Protectors', 'Saddlery', 'Rugs', 'Yard & Stable', 'Sale'];
const sFootShop = ['Riding Hats', 'Body Protectors', 'Gift Cards'];
const sFootHelp = ['Delivery', 'Returns', 'Hat Fitting Appointments', 'Contact'];
const sMenu = (items: readonly string[], cls: string): string =>
  items.map((t) => `<li><a href="/collections/x" class="${cls}"><span>${t.replace(/&/g, '&amp;')}</span></a></li>`).join('\n');
const sC1 = 'Really helpful, I had no idea my old hat only had the schooling mark. Ordered a new one the same evening.';
const sC2 = "Does the two-finger rule apply to children's hats too?";
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://hollinstackroom.co.uk/blogs/news/riding-hat-standards-explained">
<title>${sTitle} &ndash; Hollins Tack Room</title><meta name="description" content="What the standard labels inside a riding hat mean.">
<meta property="og:site_name" content="Hollins Tack Room"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script>var Shopify = Shopify || {};Shopify.shop = "hollins-tack-room.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":136512045211,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-03-04T09:00:00Z",
"author":{"@type":"Person","name":"Tamsin Rook"},"publisher":{"@type":"Organization","name":"Hollins Tack Room"}}</script>
<link href="//hollinstackroom.co.uk/cdn/shop/t/4/assets/base.css?v=12345" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg
class="icon icon-hamburger"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">${sMenu(sNav, 'menu-drawer__menu-item list-menu__item link link--text focus-inset')}</ul>
</nav><div class="menu-drawer__utility-links"><a href="/account/login"
class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">Log in</a></div>
</div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//hollinstackroom.co.uk/cdn/shop/files/logo.png"
alt="Hollins Tack Room" width="180" height="60" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${sMenu(sNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><form action="/search" method="get" role="search"
class="search search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg><span
class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img
srcset="//hollinstackroom.co.uk/cdn/shop/articles/hats.jpg?width=1100 1100w"
src="//hollinstackroom.co.uk/cdn/shop/articles/hats.jpg?width=1100" loading="eager" fetchpriority="high" width="1100" height="600"
alt="Three riding hats on a tack room shelf"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
datetime="2026-03-04T09:00:00Z">March 4, 2026</time></span>
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Tamsin Rook</span></span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--17__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-share-template--17__main">
<summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--17__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="url"
value="https://hollinstackroom.co.uk/blogs/news/riding-hat-standards-explained" placeholder="Link" readonly><label class="field__label"
for="url">Link</label></div>
<button class="share-button__close hidden"><svg class="icon icon-close"></svg><span class="visually-hidden">Close share</span></button>
<button class="share-button__copy"><svg class="icon icon-clipboard"></svg><span
class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${render(sBlocks)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow"><span class="icon-wrap">
<svg class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-17" class="article-template__comment-count h3">2 comments</h2>
<article id="17001" class="article-template__comments-comment"><div class="rte">${sC1}</div><p class="article-template__comment-fields">
<span>Nell Forsyth</span><span class="circle-divider caption"><time datetime="2026-03-05T19:40:00Z">March 5, 2026</time></span></p></article>
<article id="17002" class="article-template__comments-comment"><div class="rte">${sC2}</div><p class="article-template__comment-fields">
<span>Dom Achterberg</span><span class="circle-divider caption"><time datetime="2026-03-07T08:12:00Z">March 7, 2026</time></span></p></article>
<form method="post" action="/blogs/news/riding-hat-standards-explained/comments#comment_form" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span
aria-hidden="true">*</span></label>
</div><div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field"><textarea rows="5" id="CommentForm-body"
name="comment[body]"
class="text-area field__input" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment
<span aria-hidden="true">*</span></label></div><p
class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--2-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid
grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Shop</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFootShop, 'list-menu__item--link')}</ul></div>
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFootHelp, 'list-menu__item--link')}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--2__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--2__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Hollins Tack Room</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></div></footer>
<script src="//hollinstackroom.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopifyHats: TestPage = {
  name: 'heldout616-shopify-riding-hat-standards',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: headingsOf(sBlocks),
  body: bodyOf(sBlocks),
  bylines: ['March 4, 2026', 'Tamsin Rook', 'Nell Forsyth', 'March 5, 2026', 'Dom Achterberg', 'March 7, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', ...sNav, 'Log in', 'Cart', 'Share', 'Back to blog', '2 comments', sC1, sC2,
    'Leave a comment', 'Name', 'Comment', 'Please note, comments need to be approved before they are published.', 'Help',
    'Gift Cards', ...sFootHelp, 'Subscribe to our emails', 'Email', '© 2026, Hollins Tack Room', 'Powered by Shopify',
  ],
};

export const HELDOUT616_A2: readonly TestPage[] = [shopifyHats];
