import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowText, tr } from './pages-heldout627-kit.js';

/**
 * Held-out batch 627, file f: a rollator product page on Magento 2 (Luma theme, with tabs, reviews and upsells) and a repairs
 * page of a small mobility shop in an old table layout.
 */
const mTitle = 'Arden Lightweight Rollator with Seat';
const mShort = 'A four-wheel aluminium rollator that folds flat with one hand, with a padded seat, a bag and loop-lock brakes.';
const mDesc = [
  j(
    'At 6.8 kg the Arden is one of the lightest four-wheel rollators we sell, but it carries users up to 136 kg. Pull the strap in',
    'the middle of the seat and it folds flat to stand on its own, ready for the car boot or a hall cupboard.',
  ),
  j(
    'The 8-inch wheels roll easily over paving and shop doorways, and the loop-lock brakes can be set as parking brakes before you sit',
    'down. Handle height adjusts from 79 to 94 cm without tools.',
  ),
];
const mList = ['Removable shopping bag and cane holder', 'Padded seat with a rigid backrest', 'Reflective strips on the rear legs'];
const mSpecs = [
  ['Weight', '6.8 kg'],
  ['Max user weight', '136 kg'],
  ['Seat height', '56 cm'],
  ['Folded size', '64 x 58 x 28 cm'],
  ['Colour', 'Navy blue'],
];
const mNav = ['Walking Aids', 'Bathroom', 'Bedroom', 'Seating', 'Kitchen & Dining', 'Sale'];
const mUp = ['Arden Indoor Trolley', 'Arden Tri-Walker', 'Universal Rollator Bag'];
const mFoot = ['About us', 'Customer Service', 'Search Terms', 'Privacy and Cookie Policy', 'Advanced Search', 'Orders and Returns', 'Contact Us'];
const mHtml = `<!doctype html>
<html lang="en"><head><script>var BASE_URL = 'https://www.dalesideliving.co.uk/';
var require = {"baseUrl":"https://www.dalesideliving.co.uk/static/version1712/frontend/Magento/luma/en_GB"};</script>
<meta charset="utf-8"/><meta name="title" content="${mTitle} | Daleside Living"/><meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="format-detection"
content="telephone=no"/><title>${mTitle} | Daleside Living</title>
<link rel="stylesheet" type="text/css" media="all" href="https://www.dalesideliving.co.uk/static/version1712/frontend/Magento/luma/en_GB/css/styles-m.css" />
<script type="text/javascript" src="https://www.dalesideliving.co.uk/static/version1712/frontend/Magento/luma/en_GB/requirejs/require.js"></script>
<link rel="canonical" href="https://www.dalesideliving.co.uk/arden-lightweight-rollator-with-seat.html" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${mTitle}","sku":"ARD-RL4-NVY","offers":{"@type":"Offer",
"price":"149.00","priceCurrency":"GBP"}}</script></head>
<body data-container="body"
data-mage-init='{"loaderAjax": {}, "loader": { "icon": "https://www.dalesideliving.co.uk/static/version1712/frontend/Magento/luma/en_GB/images/loader-2.gif"}}'
id="html-body" class="catalog-product-view product-arden-lightweight-rollator-with-seat categorypath-walking-aids category-walking-aids page-layout-1column">
<div class="cookie-status-message" id="cookie-status">The store will not work correctly when cookies are disabled.</div>
<noscript><div class="message global noscript"><div class="content"><p><strong>JavaScript seems to be disabled in your browser.</strong>
<span>For the best experience on our site, be sure to turn on Javascript in your browser.</span></p></div></div></noscript>
<div role="alertdialog" tabindex="-1" class="message global cookie" id="notice-cookie-block"><div role="document" class="content" tabindex="0"><p>
<strong>We use cookies to make your experience better.</strong>
<span>To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.</span>
<a href="https://www.dalesideliving.co.uk/privacy-policy-cookie-restriction-mode/">Learn more</a>.</p><div class="actions"><button id="btn-cookie-allow"
class="action allow primary"><span>Allow Cookies</span></button></div></div></div>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea"
href="#contentarea">
<span>Skip to Content</span></a><ul class="header links"><li class="greet welcome" data-bind="scope: 'customer'"><span
class="not-logged-in">Free delivery on orders over £40</span></li>
<li class="authorization-link" data-label="or"><a href="https://www.dalesideliving.co.uk/customer/account/login/">Sign In</a></li>
<li><a href="https://www.dalesideliving.co.uk/customer/account/create/" id="idlHx3fw">Create an Account</a></li></ul></div></div>
<div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Toggle Nav</span></span><a class="logo"
href="https://www.dalesideliving.co.uk/"
title="Daleside Living" aria-label="store logo"><img src="https://www.dalesideliving.co.uk/static/version1712/frontend/Magento/luma/en_GB/images/logo.svg"
title="Daleside Living"
alt="Daleside Living" width="170" height="41" /></a><div data-block="minicart" class="minicart-wrapper"><a class="action showcart"
href="https://www.dalesideliving.co.uk/checkout/cart/"
data-bind="scope: 'minicart_content'"><span class="text">My Cart</span><span class="counter qty empty"><span class="counter-number"></span></span></a></div>
<div class="block block-search"><div class="block block-title"><strong>Search</strong></div><div class="block block-content"><form class="form minisearch"
id="search_mini_form"
action="https://www.dalesideliving.co.uk/catalogsearch/result/" method="get"><div class="field search"><label class="label" for="search"
data-role="minisearch-label">
<span>Search</span></label><div class="control"><input id="search" type="text" name="q" value="" placeholder="Search entire store here..." class="input-text"
maxlength="128"
role="combobox" aria-haspopup="false" aria-autocomplete="both" autocomplete="off" aria-expanded="false"/></div></div><div class="actions"><button
type="submit" title="Search"
class="action search" aria-label="Search"><span>Search</span></button></div></form></div></div></div></header>
<div class="sections nav-sections"><div class="section-items nav-sections-items" data-mage-init='{"tabs":{"openedState":"active"}}'><div
class="section-item-title nav-sections-item-title"
data-role="collapsible"><a class="nav-sections-item-switch" data-toggle="switch" href="#store.menu">Menu</a></div><div
class="section-item-content nav-sections-item-content"
id="store.menu" data-role="content"><nav class="navigation" data-action="navigation"><ul data-mage-init='{"menu":{"responsive":true, "expanded":true}}'>
${mNav
  .map(
    (t, i) => `<li class="level0 nav-${i + 1} category-item level-top"><a href="https://www.dalesideliving.co.uk/${t.length}.html"
class="level-top"><span>${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div>
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="https://www.dalesideliving.co.uk/" title="Go to Home Page">Home</a></li>
<li class="item category12"><a href="https://www.dalesideliving.co.uk/walking-aids.html" title="">Walking Aids</a></li><li
class="item product"><strong>${mTitle}</strong></li></ul></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a><div class="page messages"><div data-placeholder="messages"></div></div>
<div class="columns"><div class="column main"><div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title"><span class="base"
data-ui-id="page-title-wrapper"
itemprop="name">${mTitle}</span></h1></div>
<div class="product-reviews-summary" itemprop="aggregateRating" itemscope itemtype="http://schema.org/AggregateRating"><div class="rating-summary"><span
class="label"><span>Rating:</span></span>
<div class="rating-result" title="90%"><span style="width:90%"><span><span itemprop="ratingValue">90</span>% of <span
itemprop="bestRating">100</span></span></span></div></div>
<div class="reviews-actions"><a class="action view" href="#reviews"><span itemprop="reviewCount">2</span>&nbsp;<span>Reviews</span></a><a class="action add"
href="#review-form">Add Your Review</a>
</div></div>
<div class="product-info-price"><div class="price-box price-final_price" data-role="priceBox" data-product-id="214"><span
class="price-container price-final_price tax weee">
<span id="product-price-214" data-price-amount="149" data-price-type="finalPrice" class="price-wrapper "><span class="price">£149.00</span></span></span></div>
<div class="product-info-stock-sku"><div class="stock available" title="Availability"><span>In stock</span></div><div class="product attribute sku"><strong
class="type">SKU</strong>
<div class="value" itemprop="sku">ARD-RL4-NVY</div></div></div></div>
<div class="product-add-form"><form data-product-sku="ARD-RL4-NVY" action="https://www.dalesideliving.co.uk/checkout/cart/add/product/214/" method="post"
id="product_addtocart_form">
<div class="box-tocart"><div class="fieldset"><div class="field qty"><label class="label" for="qty"><span>Qty</span></label><div class="control"><input
type="number" name="qty" id="qty"
min="0" value="1" title="Qty" class="input-text qty"/></div></div><div class="actions"><button type="submit" title="Add to Cart" class="action primary tocart"
id="product-addtocart-button">
<span>Add to Cart</span></button></div></div></div></form></div>
<div class="product-social-links"><div class="product-addto-links" data-role="add-to-links"><a href="#" class="action towishlist"
data-action="add-to-wishlist"><span>Add to Wish List</span></a>
<a href="#" class="action tocompare"><span>Add to Compare</span></a></div><a href="https://www.dalesideliving.co.uk/sendfriend/product/send/id/214/"
class="action mailto friend">
<span>Email</span></a></div>
<div class="product attribute overview"><div class="value" itemprop="description">${mShort}</div></div></div>
<div class="product media"><div class="gallery-placeholder _block-content-loading" data-gallery-role="gallery-placeholder"><img alt="main product photo"
class="gallery-placeholder__image"
src="https://www.dalesideliving.co.uk/media/catalog/product/cache/2765542505660baab28ecd555e27366e/a/r/arden-navy.jpg" /></div></div>
<div class="product info detailed"><div class="product data items" data-mage-init='{"tabs":{"openedState":"active"}}' role="tablist">
<div class="data item title active" data-role="collapsible" id="tab-label-description"><a class="data switch" tabindex="-1" data-toggle="trigger"
href="#description"
id="tab-label-description-title">Details</a></div><div class="data item content" aria-labelledby="tab-label-description-title" id="description"
data-role="content">
<div class="product attribute description"><div class="value">${ps(mDesc)}<ul>${lis(mList)}</ul></div></div></div>
<div class="data item title" data-role="collapsible" id="tab-label-additional"><a class="data switch" tabindex="-1" data-toggle="trigger" href="#additional"
id="tab-label-additional-title">More Information</a></div><div class="data item content" aria-labelledby="tab-label-additional-title" id="additional"
data-role="content">
<div class="additional-attributes-wrapper table-wrapper"><table class="data table additional-attributes" id="product-attribute-specs-table"><caption
class="table-caption">More Information
</caption><tbody>${mSpecs.map((r) => tr(r)).join('\n')}</tbody></table></div></div>
<div class="data item title" data-role="collapsible" id="tab-label-reviews"><a class="data switch" tabindex="-1" data-toggle="trigger" href="#reviews"
id="tab-label-reviews-title">
Reviews <span class="counter">2</span></a></div><div class="data item content" aria-labelledby="tab-label-reviews-title" id="reviews" data-role="content"><div
class="block review-list"
id="customer-reviews"><div class="block-title"><strong>Customer Reviews</strong></div><div class="block-content"><ol class="items review-items">
<li class="item review-item"><div class="review-title">Light and sturdy</div><div
class="review-content">Folds easily and fits in my small car. The bag is handy for shopping.</div>
<div class="review-details"><p class="review-author"><span class="review-details-label">Review by</span><strong
class="review-details-value">Maureen</strong></p>
<p class="review-date"><span class="review-details-label">Posted on</span><time class="review-details-value"
datetime="2026-01-08">08/01/2026</time></p></div></li>
<li class="item review-item"><div class="review-title">Good value</div><div class="review-content">Brakes are easy to use even with arthritis in my hands.</div>
<div class="review-details"><p class="review-author"><span class="review-details-label">Review by</span><strong
class="review-details-value">Colin W</strong></p>
<p class="review-date"><span class="review-details-label">Posted on</span><time class="review-details-value"
datetime="2025-11-21">21/11/2025</time></p></div></li></ol></div></div>
</div></div></div>
<div class="block upsell" data-mage-init='{"upsellProducts":{}}' data-limit="0" data-shuffle="0"><div class="block-title title"><strong
id="block-upsell-heading" role="heading"
aria-level="2">We found other products you might like!</strong></div><div class="block-content content"><div
class="products wrapper grid products-grid products-upsell">
<ol class="products list items product-items">${mUp
  .map(
    (t) => `<li class="item product product-item"><div class="product-item-info"><strong class="product name product-item-name">
<a class="product-item-link" href="https://www.dalesideliving.co.uk/${t.length}.html">${t}</a></strong></div></li>`,
  )
  .join('\n')}</ol></div></div></div></div></div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Newsletter</strong></div><div
class="content"><form class="form subscribe"
novalidate action="https://www.dalesideliving.co.uk/newsletter/subscriber/new/" method="post" id="newsletter-validate-detail"><div
class="field newsletter"><div class="control">
<label for="newsletter"><span class="label">Sign Up for Our Newsletter:</span><input name="email" type="email" id="newsletter"
placeholder="Enter your email address"/></label></div></div>
<div class="actions"><button class="action subscribe primary" title="Subscribe" type="submit"
aria-label="Subscribe"><span>Subscribe</span></button></div></form></div></div>
<ul class="footer links">${links(mFoot, 'nav item')}</ul></div></footer><small
class="copyright"><span>Copyright © 2013-present Daleside Living Ltd. All rights reserved.</span></small>
</div></body></html>`;
const magento: TestPage = {
  name: 'heldout627-magento-rollator-product',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([mShort, ...mDesc, ...mList, ...mSpecs.map(rowText)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The store will not work correctly when cookies are disabled.', 'We use cookies to make your experience better.',
    'To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.', 'Learn more', 'Allow Cookies', 'Skip to Content',
    'Free delivery on orders over £40', 'Sign In', 'Create an Account', 'Toggle Nav', 'My Cart', 'Search', 'Menu', ...mNav, 'Home', 'Rating:', '90% of 100',
    '2 Reviews',
    'Add Your Review', '£149.00', 'In stock', 'SKU', 'ARD-RL4-NVY', 'Qty', 'Add to Cart', 'Add to Wish List', 'Add to Compare', 'Email', 'Details',
    'More Information', 'Reviews 2', 'Customer Reviews', 'Light and sturdy', 'Folds easily and fits in my small car. The bag is handy for shopping.',
    'Review by',
    'Maureen', 'Posted on', '08/01/2026', 'Good value', 'Brakes are easy to use even with arthritis in my hands.', 'Colin W', '21/11/2025',
    'We found other products you might like!', ...mUp, 'Newsletter', 'Sign Up for Our Newsletter:', 'Subscribe', ...mFoot,
    'Copyright © 2013-present Daleside Living Ltd. All rights reserved.',
  ],
};

const tTitle = 'Repairs & Servicing';
const tBody = [
  j(
    'We repair and service all makes of mobility scooter, powerchair and manual wheelchair, whether or not you bought it from us.',
    'Our two engineers have over 40 years experience between them.',
  ),
  'Annual scooter service - £65 (includes a full safety check, brake test and battery load test)',
  'Powerchair service - £80',
  'Wheelchair service - £35 (tyres, brakes, bearings and upholstery checked)',
  'Call-out charge for home repairs - £30 within 15 miles of the shop',
  j(
    'Parts are charged extra. We will always ring you with a price before doing any work over £50. Most repairs are done within 3',
    'working days, and we can lend you a scooter while yours is with us.',
  ),
  'Batteries',
  j('We stock batteries for nearly all scooters and chairs and will fit them free of charge if you bring your scooter in. Old batteries', 'are recycled.'),
];
const tNav = ['Home', 'Scooters', 'Powerchairs', 'Wheelchairs', 'Bathing', 'Repairs', 'Find Us', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Greyling Mobility - Repairs &amp; Servicing - Scooter Repairs Brackenfield</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords"
content="mobility scooter repairs, wheelchair servicing, Brackenfield, batteries">
<meta name="description" content="Mobility scooter and wheelchair repairs and servicing in Brackenfield.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script>
<style type="text/css"><!-- body { margin: 0px; background-color: #E8EEF4; } .nav { font-family: Verdana; font-size: 12px; font-weight: bold; color: #FFFFFF; }
.bodytext { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 13px; color: #333333; }
.small { font-size: 10px; color: #666666; } --></style></head>
<body onLoad="MM_preloadImages('images/nav_home_on.gif','images/nav_repairs_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Greyling Mobility - Brackenfield's Mobility Specialists"></td></tr>
<tr><td colspan="2" bgcolor="#1F4E79" height="24" align="center"><font face="Verdana" size="2" color="#FFFFFF"><b>Call us on 01632 960 584</b> &nbsp;|&nbsp;
12 Mill Street, Brackenfield</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#DCE6F0"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tNav
  .map(
    (t) => `<tr><td class="nav" bgcolor="#2E75B6"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font
color="#FFFFFF">${t}</font></a></td></tr>`,
  )
  .join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20" alt=""></td></tr>
<tr><td class="small" align="center"><img src="images/bhta_logo.gif" width="120" height="60"
alt="BHTA member"><br>Members of the British Healthcare Trades Association</td></tr>
</table></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td class="bodytext">
<h1><font face="Verdana" color="#1F4E79">Repairs &amp; Servicing</font></h1>
<p>${at(tBody, 0)}</p>
<p><b>Our prices:</b></p>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
${tBody
  .slice(1, 5)
  .map((t) => `<tr><td width="20" valign="top"><img src="images/bullet.gif" width="9" height="9" alt=""></td><td class="bodytext">${t}</td></tr>`)
  .join('\n')}
</table>
<p>${at(tBody, 5)}</p>
<h3><font face="Verdana" color="#1F4E79">${at(tBody, 6)}</font></h3>
<p>${at(tBody, 7)}</p>
<p align="center"><img src="images/workshop.jpg" width="400" height="260" alt="Our workshop" border="1"><br><i>Our workshop behind the shop</i></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#1F4E79" align="center"><font face="Verdana" size="1" color="#FFFFFF">
${tNav.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${t}</font></a>`).join(' | ')}<br>
&copy; Greyling Mobility 2004-2012 &nbsp; Page last updated 14/03/2012<br>You are visitor number <img src="cgi-bin/counter.cgi?df=repairs.dat" alt="counter"
align="absmiddle">
</font></td></tr></table></body></html>`;
const tables: TestPage = {
  name: 'heldout627-table-layout-repairs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [at(tBody, 6)],
  body: texts([at(tBody, 0), 'Our prices:', ...tBody.slice(1, 6), at(tBody, 7)]),
  bylines: ['Page last updated 14/03/2012'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Call us on 01632 960 584', '|', '12 Mill Street, Brackenfield', 'Home', 'Powerchairs', 'Wheelchairs', 'Bathing', 'Find Us', 'Contact Us',
    'Members of the British Healthcare Trades Association', 'Our workshop behind the shop', '© Greyling Mobility 2004-2012', 'You are visitor number',
  ],
};

export const HELDOUT627_F: readonly TestPage[] = [magento, tables];
