import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page } from './pages-heldout456-kit.js';

/**
 * Held-out batch 456, file d: a radio control boating forum thread on phpBB 3.3 (prosilver: post profiles, a quote, signatures,
 * jump box), and a model railway manufacturer's product page on Shopify (Dawn theme: price, variants, buy buttons, accordions).
 */
const pTitle = 'Brushless conversion for a 1m tug: prop size and ESC advice?';
const pPosts = [
  {
    id: 't1',
    who: 'sealock_steve',
    when: 'Tue Mar 09, 2027 7:41 pm',
    rank: 'Regular Member',
    count: 'Posts: 214',
    joined: 'Joined: Mon Aug 14, 2023 9:02 pm',
    sig: 'Currently building: Kittiwake harbour tug, 1:32',
    paras: [
      j(
        'I am finally giving up on the old brushed 700 in my Kittiwake tug. It is about a metre long and weighs 9 kg with ballast, and at',
        'the moment it struggles to tow anything bigger than a rowing boat at our pond.',
      ),
      j(
        'Plan is a 4250-size outrunner of around 500 kV on 3S with a 60 mm four-blade prop in a Kort nozzle. Is that sensible, and does the',
        'ESC need reverse for a tug or can I get away with a cheap car ESC?',
      ),
    ],
  },
  {
    id: 't2',
    who: 'Marnie H',
    when: 'Tue Mar 09, 2027 9:05 pm',
    rank: 'Moderator',
    count: 'Posts: 3902',
    joined: 'Joined: Sun Jan 04, 2015 11:30 am',
    sig: '',
    paras: [
      j(
        'You definitely want reverse. A tug spends half its life going backwards on the water, and most car ESCs have a delay on reverse',
        'that will catch you out when you are trying to stop against the pontoon.',
      ),
      j(
        '500 kV on 3S sounds about right for a scale speed, but I would start with a 55 mm prop and watch the temperatures. Four blades in',
        'a nozzle load the motor much more than you expect.',
      ),
    ],
  },
  {
    id: 't3',
    who: 'sealock_steve',
    when: 'Sun Mar 21, 2027 5:18 pm',
    rank: 'Regular Member',
    count: 'Posts: 214',
    joined: 'Joined: Mon Aug 14, 2023 9:02 pm',
    sig: 'Currently building: Kittiwake harbour tug, 1:32',
    paras: [
      j(
        'Update for anyone finding this later. Went with the 55 mm prop as suggested and a marine ESC with instant reverse. Ten minutes',
        'of towing the club barge and the motor was only warm. Bollard pull is roughly double what it was. Thanks all.',
      ),
    ],
  },
];
const pQuote = 'start with a 55 mm prop and watch the temperatures';
const pNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const pCrumbs = ['Board index', 'Working Scale Boats', 'Tugs and Workboats'];
const pProfile = (p: (typeof pPosts)[number]): string => `<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar">
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}" class="username">${p.who}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=1">${p.count.slice(7)}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong>
${p.joined.slice(8)}</dd></dl>`;
const pPost = (p: (typeof pPosts)[number], i: number): string => `<div id="p${p.id}" class="post has-profile bg${(i % 2) + 1}"><div class="inner">
${pProfile(p)}
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${p.id}">${i === 0 ? '' : 'Re: '}${pTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only"><i class="icon
fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i><span class="sr-only">Post</span></a> by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}"
class="username">${p.who}</a></strong> &raquo; <time datetime="2027-03-09T19:41:00+00:00">${p.when}</time></p>
<div class="content">${i === 2 ? `<blockquote><div><cite>Marnie H wrote: <a href="./viewtopic.php?p=t2#pt2">↑</a></cite>${pQuote}</div></blockquote>` : ''}
${p.paras.join('<br><br>\n')}</div>
${p.sig === '' ? '' : `<div id="sig${p.id}" class="signature">${p.sig}</div>`}</div></div><div class="back2top"><a href="#top" class="top" title="Top">
<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const pHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>${pTitle} - Scale Boat Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet"><link href="./assets/css/font-awesome.min.css?assets_version=41"
rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Scale Boat Forum</h1>
<p>Working scale models, tugs, warships and the ponds we sail them on</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords"
id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
class="sr-only">Search</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(pNav)}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">${pCrumbs.map((c) => `<span class="crumb"><a href="./viewforum.php">${c}</a></span>`).join('\n')}</li></ul>
</div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=8812">${pTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=8812" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon
fa-reply fa-fw" aria-hidden="true"></i></a><div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
${pPosts.map(pPost).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=8812" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=12" class="left-box arrow-left" accesskey="r">Return to “Tugs
and Workboats”</a></p><div class="jumpbox dropdown-container"><span class="button dropdown-trigger"><span>Jump to</span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist" role="menubar"><li class="rightside"><a href="/ucp.php?mode=delete_cookies">Delete cookies</a></li>
<li class="rightside">All times are <span title="UTC">UTC</span></li></ul></div></div><div class="copyright"><p class="footer-row"><span
class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p></div></div></div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=41"></script></body></html>`;
const phpbb: TestPage = page({
  name: 'heldout456-phpbb-tug-brushless',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([...at2(0), ...at2(1), pQuote, ...at2(2)]),
  bylines: pPosts.flatMap((p) => [p.who, p.when, `by ${p.who} » ${p.when}`]).concat(['Marnie H wrote: ↑']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Scale Boat Forum', 'Working scale models, tugs, warships and the ponds we sail them on', 'Skip to content', ...pNav, ...pCrumbs, 'Post Reply',
    '3 posts • Page 1 of 1', `Re: ${pTitle}`, ...pPosts.flatMap((p) => [p.rank, p.count, p.joined, p.sig]), 'Return to “Tugs and Workboats”', 'Jump to',
    'Who is online', 'Users browsing this forum: No registered users and 4 guests', 'Delete cookies', 'All times are UTC',
    'Powered by phpBB® Forum Software © phpBB Limited',
  ],
});
function at2(i: number): string[] {
  return pPosts[i]?.paras ?? [];
}

const sTitle = 'LMS 12-ton ventilated van, OO gauge kit';
const sDesc = [
  j(
    'A complete kit for the LMS standard 12-ton planked ventilated van, as built in large numbers from 1936 and seen on every part of',
    'the network until the late 1960s. The body is a one-piece moulding with separate doors, and the underframe is etched nickel silver',
    'with a choice of Morton or clasp brakes.',
  ),
  'Moulded body with fine planking and separate vent hoods',
  'Etched nickel silver underframe, brake gear and door bangers',
  'Turned brass axleguard bearings and 12.6 mm disc wheels',
  'Full-colour instructions with a painting and lettering guide',
  j(
    'Suitable for a first etched-brass build. You will need a soldering iron, 145-degree solder, superglue and paint. Couplings are not',
    'supplied, so the van can be fitted with your preferred type.',
  ),
];
const sTabs = [
  ["What's in the box", 'Body moulding, etched fret, wheels, bearings, transfers and a 12-page instruction booklet.'],
  ['Delivery and returns', 'Orders placed before 2pm ship the same working day by Royal Mail tracked. Unbuilt kits may be returned within 30 days.'],
];
const sNav = ['OO Gauge', 'N Gauge', 'O Gauge', 'Tools and Materials', 'New Releases'];
const sLike = ['LMS 20-ton brake van, OO gauge kit', 'GWR Mink A van, OO gauge kit', 'Etched brake lever set, OO'];
const sFoot = ['Search', 'Contact us', 'Shipping policy', 'Refund policy', 'Trade enquiries'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://kelbrookmodels.co.uk/products/lms-12-ton-vent-van"><title>${sTitle} &ndash; Kelbrook Models</title>
<meta name="description" content="A complete kit for the LMS standard 12-ton planked ventilated van."><meta property="og:type" content="product">
<script>var Shopify = Shopify || {};Shopify.shop = "kelbrook-models.myshopify.com";Shopify.theme = {"name":"Dawn","id":13377,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Kelbrook Models"},
"offers":[{"@type":"Offer","price":"34.50","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//kelbrookmodels.co.uk/cdn/shop/t/3/assets/base.css?v=1655" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section announcement-bar-section"><div class="announcement-bar color-accent-1 gradient"
role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over
£50</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper
color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"
aria-hidden="true"></svg></span></summary></details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span
class="h2">Kelbrook Models</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li><a
href="/collections/x" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"
aria-hidden="true"></svg></span></summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link
focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg><span class="visually-hidden">Log in</span></a><a href="/cart"
class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1__main"
class="shopify-section section"><section id="MainProduct-template--1__main" class="page-width section-template--1__main-padding">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--1__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer"><div id="GalleryStatus"
class="visually-hidden" role="status"></div><ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile"
role="list"><li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image"><div
class="product__media media media--transparent"><img src="//kelbrookmodels.co.uk/cdn/shop/products/vent-van.jpg?v=1690&amp;width=1946"
alt="Built and painted LMS ventilated van in bauxite" width="1946" height="1298" loading="lazy"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Kelbrook Models</p><div class="product__title"><h1>${sTitle}</h1><a
href="/products/lms-12-ton-vent-van" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£34.50
GBP</span></div></div></div></div><div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at
checkout.</div>
<variant-radios class="no-js-hidden" data-section="template--1__main"><fieldset class="js product-form__input"><legend class="form__label">Brakes</legend>
<input type="radio" id="brake-1" name="Brakes" value="Morton" checked><label for="brake-1">Morton</label><input type="radio" id="brake-2"
name="Brakes" value="Clasp"><label for="brake-2">Clasp</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity
for ${sTitle}</span></button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--1__main" value="1" min="1"><button
class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${sTitle}</span></button>
</quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" class="form" novalidate="novalidate"><div class="product-form__buttons">
<button id="ProductSubmitButton-template--1__main" type="submit" name="add" class="product-form__submit button button--full-width
button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button
class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps([at(sDesc, 0)])}<ul>${lis(sDesc.slice(1, 5))}</ul>${ps([at(sDesc, 5)])}</div>
<share-button id="Share-template--1__main" class="share-button quick-add-hidden"><details><summary class="share-button__button"><svg
class="icon icon-share" aria-hidden="true"></svg>Share</summary></details></share-button>
${sTabs
  .map(
    ([h, t], i) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_${i}"><summary><div
class="summary__title"><svg class="icon icon-accordion" aria-hidden="true"></svg><h2 class="h4 accordion__title inline-richtext">${h}</h2></div>
<svg class="icon icon-caret" aria-hidden="true"></svg></summary><div class="accordion__content rte" id="ProductAccordion-collapsible_tab_${i}">
<p>${t}</p></div></details></div>`,
  )
  .join('\n')}
</section></div></div></section></section>
<section class="shopify-section section"><div class="related-products page-width"><h2 class="related-products__heading inline-richtext h2">You may
also like</h2><ul class="grid product-grid" role="list">${sLike
  .map(
    (t, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div
class="card__content"><h3 class="card__heading h5"><a href="/products/p${i}" class="full-unstyled-link">${t}</a></h3><div class="price"><span
class="price-item price-item--regular">£${[38, 29, 8][i]}.00 GBP</span></div></div></div></li>`,
  )
  .join('')}</ul></div></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div
class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content
list-unstyled">${links(sFoot)}</ul></div><div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our
emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input"
placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/"
title="">Kelbrook Models</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by
Shopify</a></small></div></div></footer></body></html>`;
const shopify: TestPage = page({
  name: 'heldout456-shopify-vent-van-kit',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sTabs.map((t) => t[0] ?? ''),
  body: texts([...sDesc, ...sTabs.map((t) => t[1] ?? '')]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', 'Kelbrook Models', ...sNav, '£34.50 GBP', 'Tax included. Shipping calculated at checkout.',
    'Brakes', 'Morton', 'Clasp', 'Quantity', 'Add to cart', 'Buy it now', 'Share', 'You may also like', ...sLike, '£38.00 GBP', '£29.00 GBP',
    '£8.00 GBP', 'Quick links', ...sFoot, 'Subscribe to our emails', 'Email', '© 2027, Kelbrook Models', 'Powered by Shopify',
  ],
});

export const HELDOUT456_D: readonly TestPage[] = [phpbb, shopify];
