import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside, rowTexts, trs } from './pages-heldout548-kit.js';

/**
 * Held-out batch 548, file c: a borough council's car boot sale rules page on LocalGov Drupal with a dates and prices table,
 * and a pottery maker's "Markets & Fairs" page on Shopify (Dawn theme).
 */
const cTitle = 'Riverside car boot sale: information and rules for sellers';
const cIntro = [
  j(
    'The council runs a car boot sale at Riverside long-stay car park on selected Sundays between April and September. It is open',
    'to private sellers, charities and community groups. Commercial traders can sell only at the monthly trader sales listed below.',
  ),
  j(
    'The sale is managed by the Markets Team. Staff on site wear orange tabards and their instructions must be followed at all times,',
    'including where you are asked to park and when you are asked to leave.',
  ),
];
const cDatesHead = 'Dates and pitch fees for 2026';
const cRows = [
  ['19 April', 'Private sale', '£12', '£18'],
  ['17 May', 'Trader sale', '£20', '£28'],
  ['7 June', 'Private sale', '£12', '£18'],
  ['5 July', 'Private sale', '£12', '£18'],
  ['16 August', 'Trader sale', '£20', '£28'],
  ['13 September', 'Private sale', '£12', '£18'],
];
const cFees = j(
  'Fees are paid on arrival by card or contactless. We do not take cash. Registered charities pay half the private car fee and must',
  'show their charity number. Fees are not refunded if you choose to leave early.',
);
const cArrHead = 'Arriving and setting up';
const cArr = [
  j(
    'Sellers can enter from 6am by the Mill Street entrance only. Buyers are admitted from 7am. You must not sell or let anyone buy',
    'from your vehicle while you are queuing, and early buyers should not be allowed to go through your boxes before you have set up.',
  ),
  j(
    'Each pitch is one marked bay plus the space behind it. Tables must stay inside your pitch and must not block the fire lanes',
    'marked in yellow. Gazebos are allowed only if they are weighted at each leg; pegs cannot be used on tarmac.',
  ),
];
const cGoodsHead = 'Goods that cannot be sold';
const cGoodsIntro = 'The following must not be brought onto the site for sale:';
const cGoods = [
  'counterfeit or pirated goods, including copied DVDs and games',
  'bladed articles, fireworks, air weapons and ammunition',
  'prescription medicines, tobacco, e-cigarettes and alcohol',
  'food prepared at home, unless you hold a food business registration and have told us in advance',
  'electrical items that are not clearly labelled "sold as seen" or "for spares"',
  'pets and other animals',
];
const cGoodsNote = j(
  'Trading Standards officers attend some sales. Anyone found selling counterfeit goods will be asked to leave, will lose their fee',
  'and will not be allowed to book again. We may also pass your details to the police.',
);
const cSafeHead = 'Safety and waste';
const cSafe = [
  j(
    'Vehicles must not move between 7am and 12 noon except in an emergency or when a member of staff has agreed it. Children must be',
    'supervised at all times and should not play between parked cars.',
  ),
  j(
    'You must take all your rubbish and unsold goods away with you. Do not leave items beside the bins or the clothing bank. A fixed',
    'penalty notice of £400 may be issued for fly-tipping, and CCTV covers the whole car park.',
  ),
];
const cWeatherHead = 'Cancellations';
const cWeather = j(
  'If a sale is cancelled because of flooding or high winds, we will post a notice on this page and on our social media by 5pm on',
  'the Saturday. The river path floods quickly, so please check before you set off.',
);
const cNav = ['Bins and recycling', 'Council tax', 'Parking', 'Planning', 'Leisure and culture', 'Business'];
const cCrumbs = ['Home', 'Business', 'Markets', 'Car boot sales'];
const cToc = [cDatesHead, cArrHead, cGoodsHead, cSafeHead, cWeatherHead];
const cRel = ['Apply for a street trading licence', 'Ashworth Sunday market', 'Report fly-tipping'];
const cFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice', 'Jobs'];
const cHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${cTitle} | Ashworth Borough Council</title><link rel="canonical" href="https://www.ashworth.gov.example/riverside-car-boot-sale">
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t8k2q1">
<link rel="stylesheet" media="all" href="/themes/custom/ashworth/css/main.css?t8k2q1">
<script>window.dataLayer = window.dataLayer || [];</script></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="civic-cookie-control" class="ccc-notify"><div class="ccc-notify-text"><h3>This site uses cookies to store information on your computer.</h3>
<p>Some are essential to make our site work; others help us improve the site.</p></div><div class="ccc-notify-buttons">
<button class="ccc-notify-button ccc-accept-button">Accept recommended settings</button>
<button class="ccc-notify-button ccc-reject-button">Reject all</button></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-container">
<header class="lgd-header"><div class="lgd-header__inner lgd-container padding-horizontal"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/ashworth/logo.svg" alt="Ashworth Borough Council"></a></div>
<div class="lgd-header__search"><form action="/search" method="get" class="localgov-search-form">
<label for="edit-s" class="visually-hidden">Search this site</label>
<input type="text" id="edit-s" name="s"><input type="submit" value="Search" class="button"></form></div></div>
<nav class="lgd-header__nav" aria-label="Main navigation"><ul class="lgd-header__nav-list">${links(cNav, 'lgd-header__nav-item')}</ul></nav></header>
<div class="lgd-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(cCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main class="lgd-main" id="main-content"><div class="lgd-row"><div class="lgd-row__two-thirds">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title"><span class="field field--name-title">${cTitle}</span></h1></div>
<article class="localgov-services-page node node--type-localgov-services-page node--view-mode-full">
<nav class="page-contents" aria-labelledby="page-contents-title"><h2 id="page-contents-title" class="page-contents__title">On this page</h2>
<ul>${cToc.map((t, i) => `<li><a href="#section-${i + 1}">${t}</a></li>`).join('')}</ul></nav>
<div class="field field--name-localgov-subsites-content"><div class="paragraph paragraph--type--localgov-text">
<div class="clearfix text-formatted field field--name-localgov-text">${ps(cIntro)}</div></div>
<div class="paragraph paragraph--type--localgov-text"><h2 id="section-1">${cDatesHead}</h2>
<div class="table-wrapper"><table><thead><tr><th scope="col">Date</th><th scope="col">Type of sale</th><th scope="col">Car</th>
<th scope="col">Van or car with trailer</th></tr></thead><tbody>
${trs(cRows)}</tbody></table></div>${ps([cFees])}</div>
<div class="paragraph paragraph--type--localgov-text"><h2 id="section-2">${cArrHead}</h2>${ps(cArr)}</div>
<div class="paragraph paragraph--type--localgov-text"><h2 id="section-3">${cGoodsHead}</h2>${ps([cGoodsIntro])}<ul>${lis(cGoods)}</ul>${ps([cGoodsNote])}</div>
<div class="paragraph paragraph--type--localgov-text"><h2 id="section-4">${cSafeHead}</h2>${ps(cSafe)}</div>
<div class="paragraph paragraph--type--localgov-text"><h2 id="section-5">${cWeatherHead}</h2>${ps([cWeather])}</div></div>
<div class="localgov-services-page__updated"><p>Last updated: 3 February 2026</p></div></article></div>
<aside class="lgd-row__one-third lgd-sidebar"><div class="block block-localgov-services-related-links"><h2>Related pages</h2><ul>${links(cRel)}</ul></div>
<div class="block block-contact"><h2>Markets Team</h2><p>Telephone: 01632 960 214</p><p>Email: markets@ashworth.gov.example</p></div></aside></div>
<div class="lgd-row"><div class="block block-localgov-review-date"><div class="feedback"><h2>Was this page helpful?</h2>
<a class="button" href="/form/feedback?answer=yes">Yes</a><a class="button" href="/form/feedback?answer=no">No</a></div></div></div></main>
<footer class="lgd-footer"><div class="lgd-footer__inner"><nav aria-label="Footer"><ul class="lgd-footer__links">${links(cFoot)}</ul></nav>
<p class="lgd-footer__address">Town Hall, Market Square, Ashworth AW1 2TH</p><p class="lgd-footer__copyright">© Ashworth Borough Council 2026</p></div></footer>
</div></div><script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.3"></script></body></html>`;
const cHeads = [cDatesHead, cArrHead, cGoodsHead, cSafeHead, cWeatherHead];
const cBody = texts([...cIntro, ...rowTexts(cRows), cFees, ...cArr, cGoodsIntro, ...cGoods, cGoodsNote, ...cSafe, cWeather]);
const riverside: TestPage = {
  name: 'heldout548-localgov-drupal-car-boot-rules',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: cBody,
  bylines: ['Last updated: 3 February 2026'],
  furniture: outside(
    [cTitle, ...cHeads, ...cBody],
    // biome-ignore format: the furniture texts are packed several to a line to keep the file short
    [
      'Skip to main content', 'This site uses cookies to store information on your computer.',
      'Some are essential to make our site work; others help us improve the site.',
      'Accept recommended settings', 'Reject all', 'Search this site', ...cNav, ...cCrumbs, 'On this page', ...cToc, 'Related pages', ...cRel, 'Markets Team',
      'Telephone: 01632 960 214', 'Email: markets@ashworth.gov.example', 'Was this page helpful?', 'Yes', 'No', ...cFoot,
      'Town Hall, Market Square, Ashworth AW1 2TH', '© Ashworth Borough Council 2026',
    ],
  ),
};

const fTitle = 'Markets &amp; Fairs';
const fIntro = [
  j(
    'Most of what I make is sold face to face, and I love meeting the people who will be drinking from my mugs. Below are the markets',
    'and fairs where you can find my stall this year. Dates are confirmed unless marked otherwise.',
  ),
];
const fDates = [
  '<strong>14 March</strong> – Hebden Spring Makers Market, Picture House foyer',
  '<strong>25–26 April</strong> – Calder Valley Ceramics Weekend, Mytholm Mill',
  '<strong>6 June</strong> – Fernhollow Open Studio (at the workshop, 10am–4pm)',
  '<strong>8 August</strong> – Todmorden Night Market (to be confirmed)',
  '<strong>28–29 November</strong> – Winter Craft Fair, Halifax Square Chapel',
];
const fMore = [
  j(
    'At fairs I bring seconds as well as firsts, and seconds are only sold in person. I take cards and cash. If you would like me to',
    'bring a particular piece, send me a message the week before and I will put it aside for you.',
  ),
  j(
    'Organisers: I am always happy to hear about new events. I need a 6ft table or a 3m gazebo pitch and do not need power.',
    'Please get in touch through the contact page with dates and stall fees.',
  ),
];
const fNav = ['Shop all', 'Mugs', 'Bowls', 'Vases', 'Markets & Fairs', 'About', 'Contact'];
const fFoot = ['Search', 'Delivery & returns', 'Care instructions', 'Wholesale', 'Contact'];
const fHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="canonical" href="https://fernhollowpottery.example/pages/markets-fairs">
<title>Markets &amp; Fairs &ndash; Fernhollow Pottery</title><meta property="og:site_name" content="Fernhollow Pottery">
<meta property="og:type" content="website">
<script src="//fernhollowpottery.example/cdn/shop/t/4/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "fernhollow-pottery.myshopify.com";Shopify.theme = {"name":"Dawn","id":1320045,"role":"main"};
</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//fernhollowpottery.example/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2241__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--2241__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Fernhollow Pottery</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${fNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2280__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--2280__main-padding">
<h1 class="main-page-title page-title h0">${fTitle}</h1><div class="rte">
${ps(fIntro)}<ul>${lis(fDates)}</ul>${ps(fMore)}
<p><img src="//fernhollowpottery.example/cdn/shop/files/stall.jpg?v=1" alt="The Fernhollow stall at a winter fair"></p></div></div></section></main>
<div id="shopify-section-sections--2241__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--2241__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Information</h2><ul class="footer-block__details-content list-unstyled">${links(fFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Fernhollow Pottery</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div>
</footer></div><script src="//fernhollowpottery.example/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const fTitleText = 'Markets & Fairs';
const fBody = texts([...fIntro, ...fDates, ...fMore]);
const fernhollow: TestPage = {
  name: 'heldout548-shopify-dawn-maker-fairs',
  kind: 'blog',
  html: fHtml,
  title: fTitleText,
  headings: [],
  body: fBody,
  bylines: [],
  furniture: outside(
    [fTitleText, ...fBody],
    // biome-ignore format: the furniture texts are packed several to a line to keep the file short
    [
      'Skip to content', 'Free UK delivery on orders over £60', 'Fernhollow Pottery', ...fNav, 'Log in', 'Cart', 'Information', ...fFoot,
      'Subscribe to our emails', 'Email', '© 2026, Fernhollow Pottery', 'Powered by Shopify',
    ],
  ),
};

export const HELDOUT548_C: readonly TestPage[] = [riverside, fernhollow];
