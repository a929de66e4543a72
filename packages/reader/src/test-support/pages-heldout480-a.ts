import { links, ps, type TestPage, texts } from './page-kit.js';
import { apart, at, j, lis, rowTexts, trs } from './pages-heldout480-kit.js';

/**
 * Held-out batch 480, file a: a club ride report on WordPress (GeneratePress) with sidebar widgets and comments, and a bike
 * shop's workshop servicing page on Shopify (Dawn) with a price table, a booking call-out and a newsletter footer.
 */
const wTitle = 'Sunday club run: Kettle Cross into a headwind';
const wBody = [
  j(
    'Twenty-three riders met at the clock tower on Sunday morning, which is a good turnout for the first week of March and a sign',
    'that the winter miles are starting to pay off. The forecast promised a dry day with a stiff westerly, and for once it was right.',
  ),
  'The groups',
  j(
    'We split into three groups as usual. The A group set off at 8.30 for the long loop over Harl Moor, the B group followed at',
    '8.45 on the standard route, and six riders took the social route with Maureen leading. Nobody was dropped, which is the point.',
  ),
  'Out to Kettle Cross',
  j(
    'With the wind behind us the first 30 kilometres flew by. The B group averaged a little over 29 km/h to the bottom of Sallow',
    'Bank, where the road tilts up for two kilometres at around six per cent. Tom had a puncture at the top, his third this year,',
    'and he has promised to fit new tyres before next week.',
  ),
  j(
    'The lanes beyond Sallow Bank were muddy after the rain on Friday, so please give your bike a proper clean this week. Mudguards',
    'are still compulsory on club runs until the end of March, and the riders behind you will thank you for them.',
  ),
  'The café stop',
  j(
    'The Mill Yard café at Kettle Cross had kept the back room for us and the scones were, as always, enormous. Special thanks to',
    'Priya, who rode her first full club run since joining in January and did not look tired at all.',
  ),
  'Home into the wind',
  j(
    'The return leg was a different story. The westerly had picked up to around 35 km/h and we rode a tight through-and-off all the',
    "way back along the valley road. The A group caught us at Low Harnby and we came in together, a little after one o'clock.",
  ),
  j('Total distance for the B group was 84 km with 910 metres of climbing. Next Sunday we head north:'),
  'Meet at the clock tower at 8.30 for the A group, 8.45 for the B group and 9.00 for the social ride.',
  'Bring two inner tubes, a pump and enough food for the café stop.',
  'Lights front and rear are recommended until the clocks change.',
];
const wNav = ['Home', 'Club Runs', 'Ride Reports', 'Racing', 'Membership', 'Contact'];
const wRecent = ['Annual dinner: the 2027 award winners', 'Mudguard rule extended to the end of March', 'New kit order is open'];
const wTags = ['Sunday Club Run', 'Kettle Cross', 'Winter Miles'];
const wComments = [
  'Great write-up. That headwind on the valley road was brutal, glad I was sitting on the back!',
  'Thanks all for waiting at the top of Sallow Bank. New tyres are on order, I promise.',
];
const wTagLinks = wTags.map((t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ');
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Brackenmoor Wheelers</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Brackenmoor Wheelers &raquo; Feed" href="https://brackenmoorwheelers.org.uk/feed/">
<link rel="stylesheet" id="generate-style-css" href="https://brackenmoorwheelers.org.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222222;}.entry-title{font-size:32px;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"datePublished":"2027-03-07T17:42:10+00:00","author":{"name":"Graham Leys"}}]}</script></head>
<body class="post-template-default single single-post postid-2291 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://brackenmoorwheelers.org.uk/" rel="home">Brackenmoor Wheelers</a></p>
<p class="site-description" itemprop="description">Club rides, racing and tea since 1952</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true"><path d="M0 96h512v64H0z"/></svg></span>
<span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2291" class="post-2291 post type-post status-publish format-standard has-post-thumbnail hentry category-ride-reports"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="https://brackenmoorwheelers.org.uk/wp-content/uploads/2027/03/kettle-cross.jpg" class="attachment-full size-full wp-post-image"
alt="Riders at the Mill Yard cafe" itemprop="image" decoding="async"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2027-03-07T17:42:10+00:00" itemprop="datePublished">March 7, 2027</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="https://brackenmoorwheelers.org.uk/author/gleys/" title="View all posts by Graham Leys" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Graham Leys</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(wBody.slice(0, 1))}
<h2 class="wp-block-heading">${at(wBody, 1)}</h2>${ps(wBody.slice(2, 3))}
<h2 class="wp-block-heading">${at(wBody, 3)}</h2>${ps(wBody.slice(4, 6))}
<figure class="wp-block-image size-large"><img src="https://brackenmoorwheelers.org.uk/wp-content/uploads/2027/03/sallow-bank.jpg" alt="">
<figcaption class="wp-element-caption">The B group regroups at the top of Sallow Bank. Photo: Maureen Ashby</figcaption></figure>
<h2 class="wp-block-heading">${at(wBody, 6)}</h2>${ps(wBody.slice(7, 8))}
<h2 class="wp-block-heading">${at(wBody, 8)}</h2>${ps(wBody.slice(9, 11))}
<ul class="wp-block-list">${lis(wBody.slice(11))}</ul>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="https://brackenmoorwheelers.org.uk/category/ride-reports/" rel="category tag">Ride Reports</a></span>
<span class="tags-links"><span class="screen-reader-text">Tags </span>${wTagLinks}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="/2027/02/28/club-run-frost/" rel="prev">Club run: frost, fog and a flat tyre</a></span></div>
<div class="nav-next"><span class="next"><a href="/2027/03/14/club-run-north/" rel="next">Club run: north to the reservoir</a></span></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on &ldquo;${wTitle}&rdquo;</h3><ol class="comment-list">
<li id="comment-31" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-31" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author">
<cite itemprop="name" class="fn">Dave Pritchard</cite></div><div class="entry-meta comment-metadata"><a href="#comment-31">
<time datetime="2027-03-07T19:02:11+00:00" itemprop="datePublished">March 7, 2027 at 7:02 pm</time></a></div></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></footer>
<div class="comment-content" itemprop="text"><p>${at(wComments, 0)}</p></div></article></li>
<li id="comment-32" class="comment odd alt thread-odd depth-1"><article class="comment-body" id="div-comment-32" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><div class="comment-author-info"><div class="comment-author vcard">
<cite class="fn">Tom Varley</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-32"><time datetime="2027-03-07T21:15:40+00:00">March 7, 2027 at 9:15 pm</time></a></div></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></footer>
<div class="comment-content"><p>${at(wComments, 1)}</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment">
<label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" rows="8"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://brackenmoorwheelers.org.uk/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<button class="search-submit" aria-label="Search"><svg viewBox="0 0 512 512" aria-hidden="true"><path d="M208 48"/></svg></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Join the club</h2><div class="textwidget">
<p>Membership is £25 a year and your first three club runs are free. <a href="/membership/">Find out more</a></p></div></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="inside-footer-widgets"></div><div class="copyright-bar">
<span class="copyright">&copy; 2027 Brackenmoor Wheelers</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a>
</div></div>
</footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;}}();</script>
<script src="https://brackenmoorwheelers.org.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
</body></html>`;
const wordpressRide: TestPage = {
  name: 'heldout480-wp-club-run',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 1), at(wBody, 3), at(wBody, 6), at(wBody, 8)],
  body: texts(wBody.filter((_, i) => ![1, 3, 6, 8].includes(i))),
  bylines: ['March 7, 2027', 'by Graham Leys', 'Dave Pritchard', 'March 7, 2027 at 7:02 pm', 'Tom Varley', 'March 7, 2027 at 9:15 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Brackenmoor Wheelers', 'Club rides, racing and tea since 1952', 'Menu', ...wNav.filter((t) => t !== 'Ride Reports'),
    'The B group regroups at the top of Sallow Bank. Photo: Maureen Ashby', 'Categories', 'Ride Reports', 'Tags', ...wTags,
    'Club run: frost, fog and a flat tyre', 'Club run: north to the reservoir', `2 thoughts on “${wTitle}”`, ...wComments, 'Reply',
    'Leave a Comment', 'Comment', 'Name', 'Save my name, email, and website in this browser for the next time I comment.', 'Search for:',
    'Recent Posts', ...wRecent, 'Join the club', 'Membership is £25 a year and your first three club runs are free. Find out more',
    '© 2027 Brackenmoor Wheelers', 'Built with GeneratePress',
  ],
};

const sTitle = 'Workshop servicing';
const sIntro = [
  j(
    "Our workshop in Tanner Street services around forty bikes a week, from children's bikes to carbon race bikes and e-bikes.",
    'Every service starts with a free safety check, and we will always call you before doing any work that costs more than the quote.',
  ),
];
const sHead = ['Service packages', 'How booking works', 'Turnaround', 'E-bikes'];
const sRows = [
  ['Safety check', '£25', 'Brakes, gears and wheels adjusted, bolts torqued, tyres checked'],
  ['Standard service', '£69', 'Safety check plus drivetrain clean, hub and headset check, wheels trued'],
  ['Full strip service', '£149', 'Every bearing stripped, cleaned and regreased, new cables and outers fitted'],
  ['E-bike service', '£89', 'Standard service plus motor firmware update and battery health report'],
];
const sSteps = [
  'Book a slot online or call the workshop on 0161 555 0192.',
  'Drop your bike off between 8.30 and 10.00 on the day of your booking.',
  'We call you with a quote for any parts before we fit them.',
  'Collect your bike after 4 pm, or the next day for a full strip service.',
];
const sParas = [
  j(
    'Most services are finished on the day you drop the bike off. In spring the workshop gets busy, so we suggest booking two weeks',
    'ahead from March to May. Parts we do not stock can take three to five working days to arrive.',
  ),
  j(
    'We service e-bikes with Bosch, Shimano and Brose motors. We cannot repair battery cells, but we can test the battery and send it',
    'to the maker under warranty. Please bring your charger and the key for the battery lock.',
  ),
];
const sNav = ['Bikes', 'Parts', 'Clothing', 'Workshop', 'Bike fit', 'Contact'];
const sFoot = ['Search', 'Delivery and returns', 'Terms of service', 'Refund policy', 'Privacy policy'];
const sMenuCls = 'header__menu-item list-menu__item link link--text focus-inset';
const sInline = sNav.map((t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}" class="${sMenuCls}"><span>${t}</span></a></li>`).join('\n');
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://spokesmithcycles.co.uk/pages/workshop-servicing"><title>${sTitle} &ndash; Spokesmith Cycles</title>
<meta name="description" content="Bike servicing in Tanner Street: safety checks, standard and full strip services, e-bike servicing.">
<meta property="og:site_name" content="Spokesmith Cycles"><meta property="og:type" content="website">
<script>var Shopify = Shopify || {};Shopify.shop = "spokesmith-cycles.myshopify.com";Shopify.locale = "en";Shopify.theme = {"name":"Dawn","id":1364};</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"page","resourceType":"page"}};</script>
<link href="//spokesmithcycles.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2210__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free local collection and return for any full strip service</span></p></div></div></div></div>
<div id="shopify-section-sections--2210__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(sNav)}</ul></nav>
<div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5">Log in</a></div></div></div></details>
</header-drawer>
<h1 class="header__heading"></h1><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Spokesmith Cycles</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sInline}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="search-modal__content" tabindex="-1">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field">
<input class="search__input field__input" id="Search-In-Modal"
type="search" name="q" placeholder="Search"><label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2214__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--2214__main-padding">
<h1 class="main-page-title page-title h0 scroll-trigger animate--fade-in">${sTitle}</h1><div class="rte scroll-trigger animate--slide-in">
${ps(sIntro)}
<h2>${at(sHead, 0)}</h2><table><thead><tr><th>Service</th><th>Price</th><th>What we do</th></tr></thead><tbody>
${trs(sRows)}
</tbody></table>
<h2>${at(sHead, 1)}</h2><ol>${lis(sSteps)}</ol>
<h2>${at(sHead, 2)}</h2>${ps(sParas.slice(0, 1))}
<h2>${at(sHead, 3)}</h2>${ps(sParas.slice(1))}
</div></div></section>
<section id="shopify-section-template--2214__rich_text" class="shopify-section section"><div class="isolate page-width">
<div class="rich-text content-container color-scheme-2 gradient rich-text--full-width content-container--full-width section-template--2214__rich_text-padding">
<div class="rich-text__wrapper rich-text__wrapper--center page-width"><div class="rich-text__blocks center">
<h2 class="rich-text__heading rte inline-richtext h1">Ready to book?</h2><div class="rich-text__text rte">
<p>Pick a day that suits you and we will do the rest.</p></div>
<div class="rich-text__buttons"><a href="/pages/book-a-service" class="button button--primary">Book a service</a></div></div></div></div></div></section></main>
<div id="shopify-section-sections--2211__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input"
placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div>
</div>
</form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width">
<div class="footer__column footer__localization"></div>
<div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span>
<ul class="list list-payment" role="list">
<li class="list-payment__item"><svg role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/" title="">Spokesmith Cycles</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sFoot)}</ul></div></div></div></div></footer></div>
<script src="//spokesmithcycles.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopifyService: TestPage = {
  name: 'heldout480-shopify-workshop',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHead,
  body: texts([...sIntro, ...rowTexts(sRows), ...sSteps, ...sParas]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free local collection and return for any full strip service', 'Spokesmith Cycles', ...sNav, 'Log in', 'Cart',
    'Ready to book?', 'Pick a day that suits you and we will do the rest.', 'Book a service', 'Subscribe to our emails', 'Email',
    'Payment methods', '© 2027, Spokesmith Cycles', 'Powered by Shopify', ...sFoot,
  ],
};

export const HELDOUT480_A: readonly TestPage[] = [wordpressRide, shopifyService].map(apart);
