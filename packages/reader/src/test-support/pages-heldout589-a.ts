import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout589-kit.js';

/**
 * Held-out batch 589, file a: a refill shop's "how refilling works" blog article on Shopify (Dawn theme) with a comment,
 * and a greengrocer's weekly veg box page on WordPress (Astra theme) with a sidebar.
 */
const sTitle = 'How refilling works: a first-timer\u2019s guide';
const sIntro = [
  j(
    'If you have walked past our window on Brindle Street and wondered how it all works, this guide is for you. Refilling is',
    'simpler than it looks, and nobody minds if you ask us to walk you through it the first time.',
  ),
];
const sJars = [
  j(
    'Almost any clean, dry container will do: jam jars, old takeaway tubs, cotton bags, shampoo bottles. Glass is easiest to',
    'clean, but plastic you already own is better than new glass you buy for the purpose.',
  ),
  'Please make sure containers are completely dry for flour, sugar and spices, and rinsed well for liquids.',
];
const sWeigh = [
  j(
    'Before you fill anything, put your empty container on the scale by the door. Press the tare button and it prints a small',
    'label with the weight. Stick it on the lid.',
  ),
  'Fill up from the gravity bins, scoops or taps. Take as little or as much as you like; there is no minimum.',
  j(
    'At the till we weigh the full container and take off the weight on the label, so you only pay for what is inside.',
    'Prices on every bin are shown per 100g, which makes it easy to compare.',
  ),
];
const sForgot = [
  j('There is a shelf of donated jars by the till, washed and free to take. We also sell paper bags for 5p and', 'compostable bags for liquids at 20p.'),
];
const sWhat = ['Grains, pasta, rice and pulses', 'Nuts, seeds and dried fruit', 'Oils, vinegars and tamari', 'Washing-up liquid, laundry liquid and hand soap'];
const sOutro = [
  j('Our busiest time is Saturday morning. If you are refilling a lot of liquids, a weekday afternoon is quieter and we can help', 'you with the taps.'),
];
const sHeads = ['Bring your own containers', 'Weigh, fill, weigh again', 'Forgot your jars?', 'What you can refill'];
const sNav = ['Shop', 'Refill range', 'Our story', 'Journal', 'Visit us'];
const sQuick = ['Search', 'Delivery', 'Wholesale', 'Contact'];
const sPol = ['Refund policy', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://thefillingstation.co.uk/blogs/journal/how-refilling-works">
<title>How refilling works: a first-timer’s guide &ndash; The Filling Station</title>
<meta name="description" content="Bring your own containers, weigh, fill and pay by weight.">
<meta property="og:site_name" content="The Filling Station"><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "the-filling-station.myshopify.com";Shopify.theme = {"name":"Dawn","id":1402};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"If you have walked past our window...",
"headline":"How refilling works","datePublished":"2027-03-03T09:00:00Z","author":{"@type":"Person","name":"Maren Holt"}}</script>
<link href="//thefillingstation.co.uk/cdn/shop/t/4/assets/base.css?v=1411" rel="stylesheet" type="text/css" media="all">
<script src="//thefillingstation.co.uk/cdn/shop/t/4/assets/global.js?v=1388" defer="defer"></script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message center h5"><span>Free local delivery on orders over £30</span></p></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce" tabindex="-1"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(sNav, 'menu-drawer__menu-item')}</ul></nav>
<div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5">Log in</a></div></div></details>
</header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">The Filling Station</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item list-menu__item link')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link"
aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-adapt media" itemprop="image" style="padding-bottom: 56.25%;">
<img src="//thefillingstation.co.uk/cdn/shop/articles/bins.jpg?v=1&width=1100" alt="Gravity bins of oats and lentils" width="1100" height="619"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2027-03-03T09:00:00Z">March 3, 2027</time></span>
<span itemprop="author">By Maren Holt</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sIntro)}
<h2>${sHeads[0]}</h2>${ps(sJars)}
<h2>${sHeads[1]}</h2>${ps(sWeigh)}
<h3>${sHeads[2]}</h3>${ps(sForgot)}
<h2>${sHeads[3]}</h2><ul>${lis(sWhat)}</ul>
${ps(sOutro)}
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><span>Share</span></button><details id="Details-share-template--2__main">
<summary class="share-button__button"><span>Share</span></summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--2__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--2__main" value="https://thefillingstation.co.uk/blogs/journal/how-refilling-works" readonly>
<label class="field__label" for="ShareUrl-template--2__main">Link</label>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-591">1 comment</h2><div class="article-template__comments"><div class="article-template__comments-comment">
<article id="591" class="article-template__comments-comment"><div class="rte"><p>Went in on Saturday with my grandmother's jars and it took ten
minutes. The tare labels are a clever touch.</p></div><footer class="right"><span class="circle-divider caption-with-letter-spacing">Odile Fenwick</span>
<span class="caption-with-letter-spacing">March 5, 2027</span></footer></article></div></div>
<form method="post" action="/blogs/journal/how-refilling-works/comments" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div>
</article></section></main>
<div id="shopify-section-sections--3__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-background-1 gradient section-sections--3__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(sQuick, 'link link--text list-menu__item--active')}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Find us</h2><div class="footer-block__details-content rte">
<p>12 Brindle Street, Hollinsford. Open Tuesday to Saturday, 9am to 5pm.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--sections--3__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--3__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">The Filling Station</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sPol)}</ul></div></div></div></footer></div>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"article"}};</script></body></html>`;
const shopify: TestPage = {
  name: 'heldout589-shopify-dawn-refill-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sIntro, ...sJars, ...sWeigh, ...sForgot, ...sWhat, ...sOutro]),
  bylines: ['March 3, 2027', 'By Maren Holt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free local delivery on orders over £30', ...sNav, 'Log in', 'The Filling Station', 'Cart', 'Share', 'Link', 'Copy link',
    'Back to blog', '1 comment', "Went in on Saturday with my grandmother's jars and it took ten minutes. The tare labels are a clever touch.",
    'Odile Fenwick', 'March 5, 2027', 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Quick links', ...sQuick, 'Find us',
    '12 Brindle Street, Hollinsford. Open Tuesday to Saturday, 9am to 5pm.', 'Subscribe to our emails', '© 2027, The Filling Station',
    'Powered by Shopify', ...sPol,
  ],
};

const wTitle = 'The weekly veg box';
const wIntro = [
  j(
    'Every Thursday we pack boxes of whatever is best from the three farms we buy from, most of it picked on Tuesday or',
    'Wednesday. You choose a size, we choose what goes in, and you collect it from the shop or we bring it to your door.',
  ),
];
const wWeek = ['New potatoes, 1kg', 'Bunched carrots', 'Spring greens', 'Radishes', 'Red onions, 500g', 'Rhubarb, 3 sticks', 'Wild garlic'];
const wWeekNote = 'Medium and large boxes also get asparagus and a punnet of forced rhubarb while it lasts.';
const wSizes = [
  ['Small', 'Feeds 1 to 2', '£14.50'],
  ['Medium', 'Feeds 2 to 3', '£19.00'],
  ['Large', 'Feeds a family of 4 or more', '£26.00'],
  ['Fruit add-on', 'Apples, pears and one surprise', '£6.50'],
];
const wHow = [
  j(
    'Orders close at 8pm on Monday for that week\u2019s box. You can skip a week or pause your box from your account at any time before',
    'then, and there is no minimum number of weeks.',
  ),
  j(
    'Delivery is free within the Ashdean ring road and costs £2.50 for villages up to six miles out. Boxes come in a waxed',
    'cardboard crate; leave last week\u2019s crate out and the driver will take it back.',
  ),
];
const wSwap = [
  j(
    'If there is something you never eat, tell us when you order and we will always swap it. We can\u2019t take allergy requests for',
    'the box because it is packed in the same room as our loose nuts.',
  ),
];
const wHeads = ['In this week\u2019s box', 'Sizes and prices', 'Ordering and delivery', 'Swaps'];
const wNav = ['Home', 'Veg boxes', 'Shop online', 'Wholesale', 'About us', 'Contact'];
const wSide = ['Asparagus season has started', 'Our new Saturday market stall', 'Why our carrots are wonky'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>The weekly veg box &#8211; Furrow Lane Greengrocer</title>
<meta name="robots" content="max-image-preview:large"><link rel="alternate" type="application/rss+xml" title="Furrow Lane Greengrocer &raquo; Feed"
href="/feed/">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}.entry-content h2{font-size:1.6em;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"The weekly veg box",
"datePublished":"2024-02-01T10:00:00+00:00","dateModified":"2027-04-22T08:12:40+00:00"}]}</script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-42 wp-custom-logo ast-desktop ast-separate-container
ast-right-sidebar astra-4.6.4 ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header
main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity"
itemtype="https://schema.org/Organization"
itemscope="itemscope"><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home"
itemprop="url">Furrow Lane Greengrocer</a></span>
<p class="site-description" itemprop="description">Fruit, veg and dry goods since 1987</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop"
aria-label="Site Navigation: Primary Menu" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" data-section="section-hb-button-1">
<div class="ast-builder-button-wrap">
<a class="ast-custom-button-link" href="/my-account/"><div class="ast-custom-button">My account</div></a></div></div></div></div></div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${wTitle}</h1></header>
<div class="entry-content clear" itemprop="text">
${ps(wIntro)}
<h2 class="wp-block-heading">${wHeads[0]}</h2><ul class="wp-block-list">${lis(wWeek)}</ul>
<p class="has-small-font-size">${wWeekNote}</p>
<h2 class="wp-block-heading">${wHeads[1]}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Box</th><th>Who it suits</th><th>Price a week</th></tr></thead>
<tbody>${trs(wSizes)}</tbody></table></figure>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/product/veg-box/">Order your box</a></div></div>
<h2 class="wp-block-heading">${wHeads[2]}</h2>${ps(wHow)}
<h3 class="wp-block-heading">${wHeads[3]}</h3>${ps(wSwap)}
</div></article></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-4" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Opening hours</h2>
<p>Mon to Fri 8am to 6pm<br>
Saturday 8am to 4pm<br>
Closed Sunday</p></div></aside>
<aside id="block-5" class="widget widget_block widget_recent_entries"><h2 class="wp-block-heading">From the blog</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(wSide)}</ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full
ast-builder-grid-row-mobile-full ast-footer-row-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright"
data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2027 Furrow Lane Greengrocer | Powered by
<a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" style="display:block"><span>We use cookies to remember your box and basket.
<a role="button" data-cli_action="accept" id="cookie_action_close_header"
class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">Accept</a>
<a role="button" id="cookie_action_close_header_reject"
class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header_reject cli_action_button">Reject</a>
</span></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout589-wordpress-astra-veg-box',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([...wIntro, ...wWeek, wWeekNote, ...wSizes.map(rowText), ...wHow, ...wSwap]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Furrow Lane Greengrocer', 'Fruit, veg and dry goods since 1987', ...wNav, 'My account', 'Order your box', 'Opening hours',
    'Mon to Fri 8am to 6pm', 'Saturday 8am to 4pm', 'Closed Sunday', 'From the blog', ...wSide,
    'Copyright © 2027 Furrow Lane Greengrocer | Powered by Astra WordPress Theme', 'We use cookies to remember your box and basket.', 'Accept', 'Reject',
  ],
};

export const HELDOUT589_A: readonly TestPage[] = [shopify, astra];
