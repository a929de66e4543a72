import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, settle } from './pages-heldout625-kit.js';

/**
 * Held-out batch 625, file a: a grow kit instructions page on Shopify (Dawn theme) and a foraging walk booking page made with
 * The Events Calendar and Event Tickets on a WordPress (Astra) site.
 */
const sTitle = 'How to grow your Pink Oyster kit';
const sIntro = [
  j(
    'Thank you for buying a Hollowbrook grow kit. Inside the box is a block of pasteurised straw that has been fully colonised',
    'by pink oyster mycelium. All it needs from you is a little fresh air, water and a warm spot, and you should be picking your first',
    'mushrooms in ten to fourteen days.',
  ),
  j(
    'Please start your kit within a week of it arriving. If you need to wait, keep it in the box somewhere cool, but not in the fridge:',
    'pink oysters dislike cold.',
  ),
];
const sSteps = [
  '<strong>Choose a spot.</strong> A kitchen worktop or a bright shelf away from direct sun and radiators is ideal. Pink oysters like 18 to 28°C.',
  '<strong>Open the block.</strong> Cut a cross about 5&nbsp;cm wide through the plastic on the side marked with the sticker. Do not remove the bag.',
  '<strong>Mist it.</strong> Spray the cut two or three times, morning and evening, with the mister in the box. The surface should look damp, never wet.',
  '<strong>Wait for pins.</strong> Tiny pink bumps appear after five to eight days. From then on they roughly double in size every day.',
];
const sHarvest = [
  j(
    'Harvest the whole cluster when the caps begin to flatten and the edges are still slightly curled under. Twist it off at the base',
    'rather than cutting, so no stumps are left to rot on the block. Pink oysters do not keep well: cook them the same day, or within',
    'two days if kept in a paper bag in the fridge.',
  ),
  j(
    'Always cook pink oysters before eating them. They turn a pale orange in the pan and have a faint smoky, bacon-like flavour that',
    'goes well with eggs, noodles and anything with soy sauce.',
  ),
];
const sSecond = j(
  'After the first harvest, rest the block for a week, then soak it in cold water for four hours with the cut facing down. Let it',
  'drain and carry on misting. Most blocks give a second flush, smaller than the first, and some give a third.',
);
const sTrouble = [
  '<strong>Nothing after two weeks:</strong> the air is probably too dry. Mist more often or put a loose freezer bag over the cut, open at the bottom.',
  '<strong>Long stems and tiny caps:</strong> the mushrooms want more fresh air. Move the block out of cupboards and corners.',
  '<strong>Green patches:</strong> a mould has got in. Put the block in the garden waste and send us a photo, and we will replace it.',
];
const sHeads = ['Before you start', 'Step by step', 'Harvesting', 'A second flush', 'Troubleshooting'];
const sNav = ['Shop all', 'Grow kits', 'Liquid culture', 'Courses', 'Wholesale', 'Grow guides', 'Contact'];
const sFootA = ['Search', 'Delivery & returns', 'Grow guides', 'Refund policy', 'Terms of service'];
const sFootB = ['About us', 'Stockists', 'Trade enquiries'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://hollowbrookmushrooms.co.uk/pages/pink-oyster-instructions">
<title>${sTitle} &ndash; Hollowbrook Mushrooms</title>
<meta name="description" content="Step-by-step instructions for the Hollowbrook Pink Oyster grow kit.">
<meta property="og:site_name" content="Hollowbrook Mushrooms"><meta property="og:type" content="website"><meta property="og:title" content="${sTitle}">
<script src="//hollowbrookmushrooms.co.uk/cdn/shop/t/7/assets/constants.js?v=58251544750838685771712345678" defer="defer"></script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "hollowbrook-mushrooms.myshopify.com"; Shopify.locale = "en";
Shopify.currency = {"active":"GBP","rate":"1.0"}; Shopify.theme = {"name":"Dawn","id":142211,"theme_store_id":887,"role":"main"};</script>
<style data-shopify>:root { --font-body-family: Assistant, sans-serif; --page-width: 120rem; --color-base-background-1: 255, 255, 255; }</style>
<link href="//hollowbrookmushrooms.co.uk/cdn/shop/t/7/assets/base.css" rel="stylesheet" type="text/css" media="all">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £35</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span class="svg-wrapper"></span></summary>
</details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//hollowbrookmushrooms.co.uk/cdn/shop/files/logo.png?v=1&width=300" alt="Hollowbrook Mushrooms" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item list-menu__item link')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-label="Search">
<span class="svg-wrapper"></span></summary><div class="search-modal modal__content" role="dialog" aria-modal="true" aria-label="Search">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field">
<input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span>
<div class="cart-count-bubble"><span aria-hidden="true">1</span><span class="visually-hidden">1 item</span></div></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--1622__main" class="shopify-section section"><div class="page-width page-width--narrow section-template--1622__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1>
<div class="rte">
<h2>${at(sHeads, 0)}</h2>${ps(sIntro)}
<p><img src="//hollowbrookmushrooms.co.uk/cdn/shop/files/pink-kit-open.jpg?v=1&width=800" alt="An opened pink oyster grow kit"></p>
<h2>${at(sHeads, 1)}</h2><ol>${lis(sSteps)}</ol>
<h2>${at(sHeads, 2)}</h2>${ps(sHarvest)}
<h2>${at(sHeads, 3)}</h2>${ps([sSecond])}
<h2>${at(sHeads, 4)}</h2><ul>${lis(sTrouble)}</ul>
</div></div></div>
<div id="shopify-section-template--1622__rich_text" class="shopify-section section"><div class="isolate page-width"><div class="rich-text content-container
color-background-2 gradient rich-text--full-width content-container--full-width section-template--1622__rich_text-padding"><div class="rich-text__wrapper
rich-text__wrapper--center page-width"><div class="rich-text__blocks center"><h2 class="rich-text__heading rte inline-richtext h1">Still stuck?</h2>
<div class="rich-text__text rte"><p>Email a photo of your block to grow@hollowbrookmushrooms.co.uk and we will reply within a day.</p></div>
<div class="rich-text__buttons"><a href="/pages/contact" class="button button--primary">Contact us</a></div></div></div></div></div></div></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-background-1 gradient
section-sections--footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col
grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content
list-unstyled">
${links(sFootA)}</ul></div><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Hollowbrook</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFootB)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type"
value="customer"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]"
class="field__input" placeholder="Email" required><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><span class="svg-wrapper"></span></button></div></div>
</form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Hollowbrook Mushrooms</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></div></footer></div>
<ul hidden><li id="a11y-refresh-page-message">Choosing a selection results in a full page refresh.</li></ul>
<script src="//hollowbrookmushrooms.co.uk/cdn/shop/t/7/assets/global.js" defer="defer"></script></body></html>`;
const shopify: TestPage = settle({
  name: 'heldout625-shopify-grow-kit',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sIntro, ...sSteps, ...sHarvest, sSecond, ...sTrouble]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £35', ...sNav.filter((t) => t !== 'Grow guides'), 'Search', 'Log in', 'Cart', '1 item',
    'Still stuck?', 'Email a photo of your block to grow@hollowbrookmushrooms.co.uk and we will reply within a day.', 'Contact us', 'Help',
    ...sFootA.filter((t) => t !== 'Search'), 'Hollowbrook', ...sFootB, 'Subscribe to our emails',
    'Email', '© 2026, Hollowbrook Mushrooms', 'Powered by Shopify',
  ],
});

const eTitle = 'Autumn Fungi Walk: Coldharbour Woods';
const eBody = [
  j(
    'Join Marnie Tolland for a slow three-hour walk through the beech and oak of Coldharbour Woods at the height of the mushroom season.',
    'We will find, handle and identify as many species as the weather allows, and talk about which ones are worth eating, which ones are',
    'best left alone and which ones could kill you.',
  ),
  j(
    'This walk is for complete beginners and for people who have picked a few mushrooms before but want more confidence. Numbers are',
    'kept to twelve so everyone gets time with the finds.',
  ),
  'What to bring',
  'Sturdy boots or wellies and clothes for the weather',
  'A flat-bottomed basket (not a plastic bag) and a small knife',
  'A notebook and a hand lens if you have one',
  'Water and a snack; there is no café in the woods',
  'Good to know',
  j(
    'We meet at the Coldharbour Lane car park (free) at 10:00 am sharp. The route is about three kilometres on woodland paths with two',
    'short, muddy climbs. Dogs on leads are welcome. Children aged 12 and over may come with a paying adult.',
  ),
  j(
    'Coldharbour is a nature reserve, so we will collect only a few specimens for identification and will not be picking to take home.',
    'The walk runs in light rain; if we have to cancel for high winds you will be offered another date or a full refund.',
  ),
];
const eMeta = ['Details', 'Date:', 'October 10', 'Time:', '10:00 am - 1:30 pm', 'Cost:', '£45', 'Event Category:', 'Foraging Walks', 'Event Tags:'];
const eTags = ['beginners', 'woodland'];
const eNav = ['Home', 'Walks & Courses', 'Private Forays', 'Gift Vouchers', 'About', 'Contact'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Wildwood Foraging</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='astra-theme-css-css' href='https://wildwoodforaging.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all'>
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css'
href='https://wildwoodforaging.co.uk/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.3.2' media='all'>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"${eTitle}","startDate":"2026-10-10T10:00:00+01:00",
"endDate":"2026-10-10T13:30:00+01:00","location":{"@type":"Place","name":"Coldharbour Woods"},
"offers":{"@type":"Offer","price":"45","priceCurrency":"GBP"}}]</script>
<style id='astra-theme-css-inline-css'>.ast-container{max-width:1240px;}body,button,input{font-family:'Lato',sans-serif;}</style></head>
<body class="tribe_events-template-default single single-tribe_events postid-2291 ast-desktop ast-separate-container ast-no-sidebar astra-4.6.4
tribe-events-page-template">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon
ast-mobile-header-inline" id="masthead"><div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap
ast-builder-grid-row-container
site-header-focus-item ast-container"><div class="ast-builder-grid-row"><div class="site-header-primary-section-left site-header-section ast-flex">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://wildwoodforaging.co.uk/" class="custom-logo-link" rel="home"><img width="180" height="60"
src="https://wildwoodforaging.co.uk/wp-content/uploads/2024/02/wildwood-logo.png" class="custom-logo" alt="Wildwood Foraging"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop"
aria-label="Site Navigation"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex
submenu-with-border stack-on-mobile">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div>
</div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><main id="tribe-events-pg-template" class="tribe-events-pg-template" role="main">
<div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"><img class="tribe-events-spinner-medium"
src="https://wildwoodforaging.co.uk/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events"></span>
<div id="tribe-events-content" class="tribe-events-single">
<p class="tribe-events-back"><a href="https://wildwoodforaging.co.uk/events/"> &laquo; All Events</a></p>
<div class="tribe-events-notices"><ul><li>Only 3 places left!</li></ul></div>
<h1 class="tribe-events-single-event-title">${eTitle}</h1>
<div class="tribe-events-schedule tribe-clearfix"><div><span class="tribe-event-date-start">October 10 @ 10:00 am</span> - <span
class="tribe-event-time">1:30 pm</span></div><span class="tribe-events-cost">£45</span></div>
<div id="tribe-events-header" data-title="${eTitle} &#8211; Wildwood Foraging"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation">
<ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="/event/mushroom-id-evening/"><span>&laquo;</span> Mushroom ID Evening</a></li>
<li class="tribe-events-nav-next"><a href="/event/winter-trees-and-fungi/">Winter Trees and Fungi <span>&raquo;</span></a></li></ul></nav></div>
<div id="post-2291" class="post-2291 tribe_events type-tribe_events status-publish has-post-thumbnail tribe_events_cat-foraging-walks cat_foraging-walks">
<div class="tribe-events-event-image"><img width="1024" height="683" src="https://wildwoodforaging.co.uk/wp-content/uploads/2025/10/coldharbour-ceps.jpg"
class="attachment-full size-full wp-post-image" alt="Ceps in a basket" decoding="async"></div>
<div class="tribe-events-single-event-description tribe-events-content">
${ps(eBody.slice(0, 2))}
<h3>${at(eBody, 2)}</h3><ul>${lis(eBody.slice(3, 7))}</ul>
<h3>${at(eBody, 7)}</h3>${ps(eBody.slice(8))}
</div>
<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown">
<div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text"
aria-expanded="false">Add to calendar</button></div><div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">
<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.google.com/calendar/event?action=TEMPLATE"
class="tribe-events-c-subscribe-dropdown__list-item-link"
target="_blank" rel="noopener noreferrer nofollow noindex">Google Calendar</a></li><li class="tribe-events-c-subscribe-dropdown__list-item"><a
href="webcal://wildwoodforaging.co.uk/event/autumn-fungi-walk/?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link">iCalendar</a></li>
</ul></div></div></div></div>
<div class="tribe-common event-tickets tribe-tickets__tickets-wrapper"><form id="tribe-tickets__tickets-form" action="/cart/" class="tribe-tickets__tickets-form
tribe-tickets__form" method="post" novalidate><h2 class="tribe-common-h4 tribe-common-h--alt tribe-tickets__tickets-title">Tickets</h2>
<div class="tribe-tickets__tickets-item"><div class="tribe-tickets__tickets-item-content-title">Adult place</div><div class="tribe-tickets__tickets-item-extra">
<div class="tribe-tickets__tickets-item-extra-price"><span class="tribe-formatted-currency-wrap">£45.00</span></div>
<div class="tribe-tickets__tickets-item-extra-available">3 available</div></div><div class="tribe-tickets__tickets-item-quantity">
<button class="tribe-tickets__tickets-item-quantity-remove"
type="button"><span class="screen-reader-text">Decrease ticket quantity for Adult place</span>-</button>
<input type="number" class="tribe-tickets__tickets-item-quantity-number-input" min="0" max="3" value="0">
<button class="tribe-tickets__tickets-item-quantity-add"
type="button"><span class="screen-reader-text">Increase ticket quantity for Adult place</span>+</button>
</div></div><div class="tribe-tickets__tickets-footer"><button class="tribe-common-c-btn tribe-common-c-btn--small tribe-tickets__tickets-buy" type="submit"
name="tribe-tickets-submit">Get Tickets</button></div></form></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details">
<h2 class="tribe-events-single-section-title"> ${at(eMeta, 0)} </h2><dl><dt class="tribe-events-start-date-label"> ${at(eMeta, 1)} </dt><dd>
<abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2026-10-10"> ${at(eMeta, 2)} </abbr></dd>
<dt class="tribe-events-start-time-label"> ${at(eMeta, 3)} </dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2026-10-10">
${at(eMeta, 4)}</div></dd><dt class="tribe-events-event-cost-label"> ${at(eMeta, 5)} </dt><dd class="tribe-events-event-cost"> ${at(eMeta, 6)} </dd>
<dt class="tribe-events-event-categories-label">${at(eMeta, 7)}</dt><dd class="tribe-events-event-categories"><a href="/events/category/foraging-walks/"
rel="tag">${at(eMeta, 8)}</a></dd><dt class="tribe-event-tags-label">${at(eMeta, 9)}</dt><dd class="tribe-event-tags"><a href="/events/tag/beginners/"
rel="tag">${at(eTags, 0)}</a>, <a href="/events/tag/woodland/" rel="tag">${at(eTags, 1)}</a></dd></dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organiser</h2><dl>
<dd class="tribe-organizer">Marnie Tolland</dd><dt class="tribe-organizer-email-label">Email</dt><dd
class="tribe-organizer-email">walks@wildwoodforaging.co.uk</dd>
</dl></div><div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title"> Venue </h2><dl>
<dd class="tribe-venue"> Coldharbour Lane car park </dd><dd class="tribe-venue-location"><address class="tribe-events-address"><span class="tribe-address">
<span class="tribe-street-address">Coldharbour Lane</span> <span class="tribe-locality">Ashcombe</span>, <span class="tribe-postal-code">RH9 4QT</span>
</span></address></dd></dl></div></div></div>
<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">
<li class="tribe-events-nav-previous"><a href="/event/mushroom-id-evening/"><span>&laquo;</span> Mushroom ID Evening</a></li>
<li class="tribe-events-nav-next"><a href="/event/winter-trees-and-fungi/">Winter Trees and Fungi <span>&raquo;</span></a></li></ul></nav></div>
</div><div class="tribe-events-after-html"></div></main></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full
ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack"><div
class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div
class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item
ast-footer-copyright"
data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 Wildwood Foraging | Powered by Astra WordPress Theme</p>
</div></div></div></div></div></div></footer></div>
<script src='https://wildwoodforaging.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4'
id='astra-theme-js-js'></script></body></html>`;
const eventsCal: TestPage = settle({
  name: 'heldout625-tribe-events-walk',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [at(eBody, 2), at(eBody, 7)],
  body: eBody.filter((_, i) => i !== 2 && i !== 7),
  bylines: ['October 10 @ 10:00 am - 1:30 pm', 'Date:', 'October 10', 'Time:', '10:00 am - 1:30 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, '« All Events', 'Only 3 places left!', '£45', '« Mushroom ID Evening', 'Winter Trees and Fungi »', 'Add to calendar',
    'Google Calendar', 'iCalendar', 'Tickets', 'Adult place', '£45.00', '3 available',
    'Decrease ticket quantity for Adult place',
    'Increase ticket quantity for Adult place', 'Get Tickets', 'Details', 'Cost:', 'Event Category:', 'Foraging Walks',
    'Event Tags:', 'Organiser', 'Email', 'walks@wildwoodforaging.co.uk', 'Venue',
    'Coldharbour Lane Ashcombe, RH9 4QT', 'Copyright © 2026 Wildwood Foraging | Powered by Astra WordPress Theme',
  ],
});

export const HELDOUT625_A: readonly TestPage[] = [shopify, eventsCal];
