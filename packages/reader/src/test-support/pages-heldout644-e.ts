import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout644-kit.js';

/**
 * Held-out batch 644, file e: a watermill flour shop's blog article on Shopify (Dawn theme) with a product row and a comment
 * form, and a lighthouse tower tours page on Webflow with a CMS collection of tour dates and a booking form.
 */
const sTitle = 'From wheat to flour: how our watermill works';
const sIntro = [
  j(
    'Every bag of flour we sell is milled at Millbeck, on the River Brathay, in a mill that has stood on this spot since at least',
    '1620. People often ask what actually happens between the grain arriving and the flour going into a bag, so here it is, floor',
    'by floor.',
  ),
];
const sH = ['The water', 'The stones', 'Sifting and bagging', 'Why stoneground?'];
const sWater = [
  j(
    'Water is taken off the river at a weir half a mile upstream and carried along the mill leat to a pond behind the mill.',
    'When the miller lifts the sluice, it falls on to the top of the 14-foot overshot wheel and the weight of water in the buckets',
    'turns it.',
  ),
  'The wheel turns slowly, about eight times a minute, but gears inside the mill speed that up to around 120 turns a minute at the stones.',
];
const sStones = [
  'Grain is lifted by the sack hoist to the top floor and tipped into a wooden bin.',
  'It runs down a chute into the hopper above the stones, and a shaking shoe feeds it into the eye of the runner stone.',
  'The runner turns above a fixed bed stone. Grooves cut in both faces shear the grain and carry the meal out to the edge.',
  'The meal falls through a spout to the floor below, still warm, as wholemeal flour.',
];
const sSift = [
  j(
    'For our wholemeal nothing is taken out. For the light brown and the “85” flours the meal goes through a wire machine, a',
    'slowly turning drum of fine mesh that lets the flour through and carries the coarser bran out at the end.',
  ),
  'Everything is bagged by hand on the ground floor, weighed on the same scales the last commercial miller used in the 1950s.',
];
const sWhy = j(
  'Stones grind slowly and keep the wheatgerm in the flour, which is where much of the flavour is. The flour does not keep',
  'quite as long as roller-milled flour, so we mill little and often and put a milling date on every bag.',
);
const sNav = ['Shop all', 'Flour', 'Oats and meal', 'Gifts', 'Visit the mill', 'Journal'];
const sProducts = [
  ['Stoneground wholemeal, 1.5 kg', '£3.20'],
  ['Light brown “85” flour, 1.5 kg', '£3.40'],
  ['Millbeck oatmeal, 1 kg', '£2.90'],
];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://millbeckflour.co.uk/blogs/journal/from-wheat-to-flour"><title>${sTitle}
&ndash; Millbeck Flour</title><meta name="description" content="Every bag of flour we sell is milled at Millbeck, on the River Brathay.">
<meta property="og:site_name" content="Millbeck Flour"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//millbeckflour.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771702310155" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceId":558211}};</script>
<link href="//millbeckflour.co.uk/cdn/shop/t/4/assets/base.css?v=165191016556652226921702310155" rel="stylesheet" type="text/css" media="all" />
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}",
"author":{"@type":"Person","name":"Anna Threlkeld"}}
</script></head><body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-2 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"
aria-hidden="true"></svg></span></summary></details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Millbeck Flour</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav.map((t) => `<li><a href="/collections/all" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`).join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span>
</summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg
class="icon icon-account"
aria-hidden="true"></svg><span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset"
id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image"><img srcset="//millbeckflour.co.uk/cdn/shop/articles/wheel.jpg?v=1 1100w"
src="//millbeckflour.co.uk/cdn/shop/articles/wheel.jpg?v=1&width=1100" width="1100" height="733" alt="" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-05-14T08:00:00Z">May 14, 2026</time>
</span><span class="caption-with-letter-spacing" itemprop="author">by Anna Threlkeld</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody"><p>${sIntro[0]}</p>
<h2>${sH[0]}</h2>${ps(sWater)}<h2>${sH[1]}</h2><ol>${lis(sStones)}</ol>
<h2>${sH[2]}</h2>${ps(sSift)}<h2>${sH[3]}</h2><p>${sWhy}</p></div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg> Share</button><details id="Details-share-template--main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg> Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span class="visually-hidden">Link</span><input type="text" class="field__input" readonly
value="https://millbeckflour.co.uk/blogs/journal/x">
</div></div></details></share-button></div>
<div class="element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow"><span class="icon-wrap"><svg
aria-hidden="true"
class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div data-shopify-editor-block class="article-products page-width page-width--narrow"><h2 class="h3">Flour milled this month</h2><ul class="grid product-grid">
${sProducts
  .map(
    ([t, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5">
<a href="/products/x" class="full-unstyled-link">${t}</a></h3><div class="price"><span
class="price-item price-item--regular">${p}</span></div></div></div></li>`,
  )
  .join('\n')}</ul></div>
<div class="article-template__comment-wrapper background-secondary"><div id="Comments-558211" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/from-wheat-to-flour/comments#comment_form" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field"><textarea rows="5" id="CommentForm-body" class="text-area
field__input" name="comment[body]" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#contact_form"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email"
name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Millbeck Flour</a></small><small class="copyright__content"><a target="_blank"
rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'])}</ul></div></div></div></footer>
<script src="//millbeckflour.co.uk/cdn/shop/t/4/assets/global.js?v=149496944046504657681702310155" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout644-shopify-watermill-journal',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [...sH],
  body: texts([...sIntro, ...sWater, ...sStones, ...sSift, sWhy]),
  bylines: ['May 14, 2026', 'by Anna Threlkeld'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Millbeck Flour', 'Shop all', 'Oats and meal', 'Gifts', 'Visit the mill', 'Journal',
    'Log in', 'Cart', 'Share', 'Back to blog', 'Flour milled this month', ...sProducts.flat(), 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Subscribe to our emails', '© 2026, Millbeck Flour', 'Powered by Shopify',
    'Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy',
  ],
};

const fTitle = 'Lantern tours';
const fDek = 'Climb the 96 steps of Hesketh Head with one of our guides and step out on to the gallery beside the lens.';
const fBody = [
  j(
    'Tours last 45 minutes and take up to eight people. Your guide will tell you how the light was kept burning through the',
    'great gale of 1894, show you the clockwork that once turned the lens, and let you sound the hand foghorn on the gallery.',
  ),
  'Climbers must be at least 1.1 metres tall. The stairs are spiral and there is no lift. Tours run in most weather but are cancelled in winds above 40 mph.',
];
const fH = ['Upcoming tours', 'Good to know'];
const fDates = ['Saturday 4 July, 11:00', 'Saturday 4 July, 14:00', 'Sunday 5 July, 11:00', 'Saturday 11 July, 11:00'];
const fKnow = ['Tickets £12, under-16s £6', 'Bring a layer: the gallery is always windy', 'Cameras welcome, tripods not'];
const fNav = ['Visit', 'Tours', 'Events', 'Our story', 'Donate'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jun 16 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.heskethhead.org" data-wf-page="6651a2b3c4d5e6f708192a3b" data-wf-site="6651a2b3c4d5e6f708192a00"><head><meta charset="utf-8"/>
<title>Lantern tours | Hesketh Head Lighthouse</title><meta content="${fDek}" name="description"/><meta content="Lantern tours" property="og:title"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="https://assets-global.website-files.com/6651a2b3c4d5e6f708192a00/css/hesketh-head.webflow.1f2e3d.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head><body>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/6651/logo.svg" loading="lazy"
alt="Hesketh Head Lighthouse"
class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link${t === 'Tours' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section hero-tours"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-xl">${fTitle}</h1>
<p class="lead-text">${fDek}</p></div></section>
<section class="section"><div class="w-layout-blockcontainer container narrow w-container"><div class="rich-text w-richtext">${ps(fBody)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/6651/gallery.jpg" loading="lazy"
alt="The gallery"/></div><figcaption>The view north from the gallery</figcaption></figure></div>
<h2 class="heading-l">${fH[0]}</h2><div class="w-dyn-list"><div role="list" class="tour-list w-dyn-items">
${fDates.map((d) => `<div role="listitem" class="tour-item w-dyn-item"><div class="tour-date">${d}</div></div>`).join('\n')}</div></div>
<h2 class="heading-l">${fH[1]}</h2><ul role="list" class="list">${lis(fKnow, 'list-item')}</ul>
<div class="form-block w-form"><form id="wf-form-Tour-booking" name="wf-form-Tour-booking" data-name="Tour booking" method="get" class="form"
aria-label="Tour booking"><label for="name" class="field-label">Your name</label><input class="text-field w-input" maxlength="256" name="name" type="text"
id="name"/>
<label for="tour" class="field-label">Which tour?</label><select id="tour" name="tour" class="select-field w-select"><option value="">Select one...</option>
</select><input type="submit" data-wait="Please wait..." class="button w-button" value="Request places"/></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Tour booking success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Tour booking failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<section class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-text">Hesketh Head Lighthouse
Friends CIO · Hesketh, Cumbria CA28 4HH</div><div class="footer-text">© 2026 All rights reserved</div></div></div></section>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6651a2b3c4d5e6f708192a00" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/6651a2b3c4d5e6f708192a00/js/webflow.4a5b6c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout644-webflow-lantern-tours',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...fH],
  body: texts([fDek, ...fBody, ...fDates, ...fKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Visit', 'Events', 'Our story', 'Donate', 'The view north from the gallery', 'Your name', 'Which tour?',
    'Hesketh Head Lighthouse Friends CIO · Hesketh, Cumbria CA28 4HH', '© 2026 All rights reserved',
  ],
};

export const HELDOUT644_E: readonly TestPage[] = [shopify, webflow];
