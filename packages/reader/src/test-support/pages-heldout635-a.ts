import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout635-kit.js';

/**
 * Held-out batch 635, file a: a stained glass studio's leaded window restoration page on WordPress with the Divi theme (builder
 * sections, a fullwidth header, testimonial band, Cookie Notice bar), and a glassblowing taster session sold as a Shopify product
 * (Dawn theme) with its price, date picker and "You may also like" grid.
 */
const dTitle = 'Leaded Window Restoration';
const dDek = 'Careful repair of historic leaded lights, from a single cracked quarry to a full releading of a church window.';
const dIntro = [
  j(
    'Most leaded windows we see are between eighty and one hundred and forty years old. The glass itself usually outlives the lead',
    'by a long way: lead came slowly fatigues as the window flexes in the wind and warms and cools through the seasons, and once',
    'the joints crack and the cement dries out, the panel begins to bow and let in water.',
  ),
  j(
    'At Harrowgate Glass we repair leaded lights in homes, chapels and listed buildings across the Wendle Valley. Our aim is always',
    'to keep as much of the original glass as possible, to match replacement pieces closely, and to leave a record of what was done',
    'so that the next restorer, perhaps a century from now, knows what they are looking at.',
  ),
];
const dH1 = 'Signs your window needs attention';
const dSigns = [
  'Bulging or bowing panels that move when pressed gently',
  'Rattling glass or daylight visible around the edges of a piece',
  'White powdery deposits on the lead, or lead that has split at the joints',
  'Damp on the sill or staining on the plaster below the window',
  'Cracked or missing pieces of glass',
];
const dH2 = 'Our restoration process';
const dProc = [
  j(
    'We begin with a survey. We photograph each panel in place, make a rubbing of the lead lines and note every crack, repair and',
    'later replacement. For listed buildings we share this survey with the conservation officer before any work starts.',
  ),
  j(
    'Where a panel can be repaired in place, we reinforce it with new saddle bars and copper ties, repair individual cracks with',
    'edge bonding or a fine lead, and re-cement the joints. Where it cannot, we remove it to the studio, fitting temporary glazing',
    'so the building stays secure and dry.',
  ),
  j(
    'In the studio the panel is dismantled piece by piece. Each piece is numbered against the rubbing, cleaned by hand and, where it',
    'is painted, checked for loose paint under the microscope. The panel is then releaded with new came of the original profile,',
    'soldered, cemented and left to cure for at least a week before it goes back in.',
  ),
];
const dH3 = 'Matching old glass';
const dGlass = [
  j(
    'Replacement glass is the hardest part of the job. Old cylinder glass has a wave and seed that modern float glass does not, so we',
    'keep a library of salvaged glass and buy mouth-blown sheet from two small European works. Painted pieces are copied by our',
    'painter, fired in our own kiln and marked discreetly on the edge with the year of the repair.',
  ),
];
const dH4 = 'Costs and timescales';
const dCost = [
  j(
    'A small domestic repair, such as replacing two or three cracked quarries in a front door, usually costs between £180 and £350',
    'and can often be done in a single visit. Releading a domestic panel of about half a square metre typically costs £450 to £700,',
    'with the panel out of the building for two to three weeks.',
  ),
  j(
    'Church and heritage work is priced after survey. We are happy to provide detailed written specifications for grant applications',
    'and faculty submissions, and we have worked with most of the major heritage funders in the region.',
  ),
];
const dNav = ['Home', 'Restoration', 'New Commissions', 'Classes', 'Gallery', 'About', 'Contact'];
const dQuote = j(
  '"The studio took out our three chancel windows in October and had them back before Christmas. You genuinely cannot tell which',
  'pieces are new." Reverend Alison Marle, St Cuthwin\'s, Lower Brayford',
);
const dFoot = ['Privacy Policy', 'Terms of Business', 'Sitemap'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Leaded Window Restoration | Harrowgate Glass</title><meta name="description" content="${dDek}">
<link rel="canonical" href="https://harrowgateglass.co.uk/restoration/"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${dTitle}"},
{"@type":"LocalBusiness","name":"Harrowgate Glass","telephone":"01632 960 418"}]}</script>
<link rel="stylesheet" id="divi-style-css" href="https://harrowgateglass.co.uk/wp-content/themes/Divi/style.min.css?ver=4.24.2">
<style id="et-divi-customizer-global-cached-inline-styles">#main-header{background:#1d2a2e}.et_pb_text_inner p{line-height:1.9em}</style>
<script>var et_site_url='https://harrowgateglass.co.uk';var et_post_id='214';</script></head>
<body class="page-template-default page page-id-214 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_pb_pagebuilder_layout et_right_sidebar et_divi_theme et-db">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info">
<span id="et-info-phone">01632 960 418</span><a href="mailto:studio@harrowgateglass.co.uk"><span id="et-info-email">studio@harrowgateglass.co.uk</span></a>
</div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container">
<span class="logo_helper"></span><a href="https://harrowgateglass.co.uk/"><img src="/wp-content/uploads/2023/02/hg-logo.png" alt="Harrowgate Glass"
id="logo" data-height-percentage="54"></a></div><div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav">
<ul id="top-menu" class="nav">${links(dNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div id="et_top_search"><span id="et_search_icon"></span></div><div id="et_mobile_nav_menu"><div class="mobile_nav closed">
<span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form"
action="https://harrowgateglass.co.uk/"><input type="search" class="et-search-field" placeholder="Search &hellip;" name="s"></form>
<span class="et_close_search_field"></span></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-214" class="post-214 page type-page status-publish hentry">
<div class="entry-content"><div id="et-boc" class="et-boc"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_fullwidth_section et_section_regular"><section class="et_pb_module et_pb_fullwidth_header
et_pb_fullwidth_header_0 et_pb_text_align_left et_pb_bg_layout_dark"><div class="et_pb_fullwidth_header_container left">
<div class="header-content-container center"><div class="header-content"><h1 class="et_pb_module_header">${dTitle}</h1>
<div class="et_pb_header_content_wrapper"><p>${dDek}</p></div>
<a class="et_pb_button et_pb_more_button et_pb_button_one" href="/contact/">Book a Survey</a></div></div></div>
<div class="et_pb_fullwidth_header_overlay"></div><div class="et_pb_fullwidth_header_scroll"></div></section></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_2_3
et_pb_column_0 et_pb_css_mix_blend_mode_passthrough"><div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light">
<div class="et_pb_text_inner">${ps(dIntro)}
<h2>${dH1}</h2><ul>${lis(dSigns)}</ul>
<h2>${dH2}</h2>${ps(dProc)}</div></div>
<div class="et_pb_module et_pb_image et_pb_image_0"><span class="et_pb_image_wrap"><img src="/wp-content/uploads/2024/05/releading-bench.jpg"
alt="A panel laid out on the releading bench" width="1200" height="800"></span></div>
<div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
<p class="wp-caption-text"><em>A vestry panel from Lower Brayford on the releading bench, each piece numbered against its rubbing.</em></p></div></div>
<div class="et_pb_module et_pb_text et_pb_text_2 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
<h2>${dH3}</h2>${ps(dGlass)}<h2>${dH4}</h2>${ps(dCost.map(esc))}</div></div></div>
<div class="et_pb_column et_pb_column_1_3 et_pb_column_1 et-last-child"><div class="et_pb_module et_pb_blurb et_pb_blurb_0">
<div class="et_pb_blurb_content"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>Free initial visit</span></h4>
<div class="et_pb_blurb_description"><p>We visit homes within 25 miles of Harrowgate at no charge to look at your windows and talk through the options.</p>
</div></div></div></div><div class="et_pb_module et_pb_blurb et_pb_blurb_1"><div class="et_pb_blurb_content"><div class="et_pb_blurb_container">
<h4 class="et_pb_module_header"><span>Accredited conservators</span></h4><div class="et_pb_blurb_description">
<p>Members of the Guild of Glass Conservators since 2009.</p></div></div></div></div></div></div></div>
<div class="et_pb_section et_pb_section_2 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_1">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_2"><div class="et_pb_module et_pb_testimonial et_pb_testimonial_0 clearfix">
<div class="et_pb_testimonial_description"><div class="et_pb_testimonial_description_inner"><div class="et_pb_testimonial_content">
<p>${dQuote}</p></div></div></div></div>
<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_button_alignment_center et_pb_module">
<a class="et_pb_button et_pb_button_0 et_pb_bg_layout_light" href="/contact/">Request a Quote</a></div></div></div></div>
</div></div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget">
<div id="text-2" class="fwidget et_pb_widget widget_text"><h4 class="title">Visit the studio</h4><div class="textwidget">
<p>Unit 4, Tanner's Yard, Harrowgate HG7 2LP</p><p>Open Tuesday to Saturday, 9am to 4pm</p></div></div></div>
<div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">Information</h4>
<div class="menu-footer-container"><ul id="menu-footer" class="menu">${links(dFoot, 'menu-item')}</ul></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">© 2025 Harrowgate Glass Ltd. Registered in England No. 06811524</div>
</div></div></footer></div></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"
style="background-color:rgba(50,50,58,1)"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">
We use cookies to ensure that we give you the best experience on our website.</span><span id="cn-notice-buttons" class="cn-buttons-container">
<a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="#" id="cn-refuse-cookie"
class="cn-set-cookie cn-button" aria-label="No">No</a></span></div></div>
<script src="https://harrowgateglass.co.uk/wp-content/themes/Divi/js/scripts.min.js?ver=4.24.2"></script></body></html>`;
const divi: TestPage = {
  name: 'heldout635-divi-leaded-restoration',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2, dH3, dH4],
  body: texts([dDek, ...dIntro, ...dSigns, ...dProc, ...dGlass, ...dCost]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '01632 960 418', 'studio@harrowgateglass.co.uk', ...dNav.filter((t) => t !== 'Restoration' && t !== 'About'), 'Select Page', 'Book a Survey',
    'A vestry panel from Lower Brayford on the releading bench, each piece numbered against its rubbing.', 'Free initial visit',
    'We visit homes within 25 miles of Harrowgate at no charge to look at your windows and talk through the options.', 'Accredited conservators',
    'Members of the Guild of Glass Conservators since 2009.', dQuote, 'Request a Quote', 'Visit the studio', "Unit 4, Tanner's Yard, Harrowgate HG7 2LP",
    'Open Tuesday to Saturday, 9am to 4pm', 'Information', ...dFoot, '© 2025 Harrowgate Glass Ltd. Registered in England No. 06811524',
    'We use cookies to ensure that we give you the best experience on our website.', 'Ok', 'No',
  ],
};

const sTitle = 'Glassblowing Taster Session (2 hours)';
const sDesc = [
  j(
    'Never touched hot glass before? This is where to start. In two hours at the furnace you will gather molten glass on the end of a',
    'blowpipe, shape it on the marver, and blow and finish your own paperweight or tumbler with one of our gaffers beside you the whole time.',
  ),
  'Sessions are for two people sharing a bench, so bring a friend or we will pair you with another guest.',
];
const sH1 = "What's included";
const sInc = [
  'A safety briefing and demonstration by the gaffer',
  'Two pieces per person: a paperweight and a tumbler or bowl',
  'Your choice of colours from our frit and powder range',
  'Tea, coffee and cake in the studio',
];
const sH2 = 'Good to know';
const sGood = [
  j(
    'Your pieces need to cool slowly in the annealer overnight. They are ready to collect from the shop after 48 hours, or we can post',
    'them to you for £6.50. Wear cotton clothing and closed-toe shoes; we provide safety glasses.',
  ),
  'Minimum age 14. Under-18s must be accompanied by a booking adult.',
];
const sMenu = ['Shop', 'Experiences', 'Gift Cards', 'Visit Us', 'Journal'];
const sRel = ['Paperweight Masterclass', 'Make Your Own Bauble', 'Gift Card'];
const sFoot = ['Search', 'Delivery & Returns', 'Booking Terms', 'Contact'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://emberlightglass.co.uk/products/glassblowing-taster-session"><title>${sTitle} &ndash; Emberlight Glass</title>
<meta name="description" content="Never touched hot glass before? This is where to start.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="95.00"><meta property="og:price:currency" content="GBP">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "emberlight-glass.myshopify.com";Shopify.theme = {"name":"Dawn","id":131245}</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}",
"offers":[{"@type":"Offer","price":"95.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//emberlightglass.co.uk/cdn/shop/t/4/assets/base.css?v=1449" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message center h5">Gift cards never expire &ndash; the perfect present</p>
</div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Emberlight Glass</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sMenu, 'header__menu-item list-menu__item link')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1618__main" class="shopify-section section"><section class="page-width section-template--1618__main-padding">
<div class="product product--large product--left grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery class="product__media-list"><ul class="product__media-list contains-media grid" role="list"><li class="product__media-item grid__item">
<div class="product-media-container media-type-image"><img src="//emberlightglass.co.uk/cdn/shop/products/taster-gather.jpg?v=1690&width=1946"
alt="A guest gathering glass from the furnace" width="1946" height="1297"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1618__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">EMBERLIGHT GLASS</p>
<div class="product__title"><h1>${sTitle}</h1></div>
<div class="no-js-hidden" id="price-template--1618__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£95.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included.</div>
<variant-radios class="no-js-hidden" data-section="template--1618__main"><fieldset class="js product-form__input">
<legend class="form__label">Date</legend><input type="radio" id="d-1" name="Date" value="Sat 14 June, 10am" checked>
<label for="d-1">Sat 14 June, 10am</label><input type="radio" id="d-2" name="Date" value="Sat 14 June, 2pm"><label for="d-2">Sat 14 June, 2pm</label>
<input type="radio" id="d-3" name="Date" value="Sun 22 June, 10am"><label for="d-3">Sun 22 June, 10am</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" id="Quantity" min="1" value="1"></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" class="form" enctype="multipart/form-data" novalidate="novalidate">
<div class="product-form__buttons"><button type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}
<h3>${sH1}</h3><ul>${lis(sInc)}</ul><h3>${sH2}</h3>${ps(sGood)}</div>
<share-button id="Share-template--1618__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary></details></share-button></section></div></div></section></section>
<div id="shopify-section-template--1618__related" class="shopify-section"><div class="color-background-1 gradient no-js-hidden">
<product-recommendations class="related-products page-width section-template--1618__related-padding isolate">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">
${sRel
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5"><a href="/products/x"
class="full-unstyled-link">${t}</a></h3><div class="price"><span class="price-item price-item--regular">£120.00 GBP</span></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></div></main>
<footer class="footer color-background-1 gradient section-sections--1618__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot, 'list-menu__item--link')}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2025,
<a href="/" title="">Emberlight Glass</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
<script src="//emberlightglass.co.uk/cdn/shop/t/4/assets/product-info.js?v=2011" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout635-shopify-glassblowing-taster',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2],
  body: texts([...sDesc, ...sInc, ...sGood]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Gift cards never expire – the perfect present', 'Emberlight Glass', ...sMenu.slice(1), 'Log in', 'Cart',
    'Regular price', '£95.00 GBP', 'Tax included.', 'Date', 'Sat 14 June, 10am', 'Sat 14 June, 2pm', 'Sun 22 June, 10am', 'Quantity', 'Add to cart',
    'Buy it now', 'Share', 'You may also like', ...sRel, '£120.00 GBP', 'Quick links', ...sFoot, 'Subscribe to our emails', 'Email',
    '© 2025, Emberlight Glass', 'Powered by Shopify',
  ],
};

export const HELDOUT635_A: readonly TestPage[] = [divi, shopify];
