import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, tr } from './pages-heldout564-kit.js';

/**
 * Held-out batch 564, file c: a screening ticket sold as a product on Shopify (Dawn theme), and a film society's history
 * page on a MediaWiki wiki (Vector 2022 skin) with an infobox and a table.
 */
const pTitle = 'Outdoor Screening: Harbour Lights (1957) — Pier Lawn, Sat 22 Aug';
const pDesc = [
  j(
    'Bring a blanket. Our summer open-air night returns to the Pier Lawn with a new digital restoration of <em>Harbour Lights</em>,',
    'the seaside musical shot on this very promenade in the summer of 1956.',
  ),
  'Gates open 7.30pm, film starts at sunset (about 8.45pm). Running time 97 minutes.',
  'Deckchairs can be hired on the night for £3, first come first served.',
  'Hot food and drinks from the Kiosk Collective; no glass on the lawn, please.',
  'If the screening is cancelled for bad weather we will refund every ticket automatically.',
];
const pNav = ['Tickets', 'Season Passes', 'Merch', 'Gift Cards', 'About the Club'];
const pFoot = ['Search', 'Refund policy', 'Privacy policy', 'Terms of service', 'Contact information'];
const pRel = ['Season Pass 2026', 'Enamel Pin: Seafront Cine Club', 'Outdoor Screening: The Gull Keepers, Sat 5 Sep'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://seafrontcineclub.com/products/outdoor-screening-harbour-lights">
<title>${pTitle} &ndash; Seafront Cine Club</title><meta name="description" content="Bring a blanket. Our summer open-air night returns to the Pier Lawn.">
<meta property="og:site_name" content="Seafront Cine Club"><meta property="og:type" content="product"><meta property="og:price:amount" content="8.50">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "seafront-cine-club.myshopify.com";Shopify.theme = {"name":"Dawn","id":142998,"schema_name":"Dawn",
"schema_version":"15.1.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","offers":[{"@type":"Offer","price":"8.50",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//seafrontcineclub.com/cdn/shop/t/4/assets/base.css?v=1443" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17951__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Season passes for 2026 are on sale now</span></p></div></div></div></div>
<div id="shopify-section-sections--17951__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details
class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Seafront Cine Club</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(pNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17952__main" class="shopify-section section"><product-info id="MainProduct-template--17952__main"
class="section-template--17952__main-padding
gradient color-scheme-1" data-section="template--17952__main"><div class="page-width"><div class="product product--large product--left grid grid--1-col
grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery class="product__column-sticky"><ul class="product__media-list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image"><img
src="//seafrontcineclub.com/cdn/shop/files/harbour-lights.jpg"
alt="Poster for Harbour Lights"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--17952__main" class="product__info-container">
<p class="product__text inline-richtext caption-with-letter-spacing">Seafront Cine Club</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/outdoor-screening-harbour-lights" class="product__title"><h2
class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--17952__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£8.50
GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-selects class="no-js-hidden"><fieldset class="js product-form__input product-form__input--pill"><legend class="form__label">Ticket</legend>
<input type="radio" id="v-adult" name="Ticket" value="Adult" checked><label for="v-adult">Adult</label>
<input type="radio" id="v-child" name="Ticket" value="Under 16"><label for="v-child">Under 16</label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--17952__main">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" id="Quantity-template--17952__main"
value="1"></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--17952__main" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--17952__main" type="submit" name="add"
class="product-form__submit button button--full-width
button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">
${ps(pDesc.slice(0, 2))}
<ul>${lis(pDesc.slice(2))}</ul></div>
<share-button id="Share-template--17952__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details id="Details-share-template--17952__main"><summary class="share-button__button">Share</summary></details></share-button>
</section></div></div></div></product-info></section>
<section id="shopify-section-template--17952__related" class="shopify-section section"><div class="color-scheme-1 gradient"><product-recommendations
class="related-products page-width section-template--17952__related-padding isolate" data-url="/recommendations/products"><h2
class="related-products__heading inline-richtext h2">
You may also like</h2><ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down" role="list">
${pRel
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content">
<h3 class="card__heading h5"><a href="/products/" class="full-unstyled-link">${t}</a></h3></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--17953__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#contact_form"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input
id="NewsletterForm--sections--17953__footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--17953__footer">Email</label>
</div></div></form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div
class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Seafront Cine Club</a></small><small class="copyright__content"><a target="_blank"
rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small><ul
class="policies list-unstyled">${links(pFoot)}</ul></div></div></div></footer>
<script src="//seafrontcineclub.com/cdn/shop/t/4/assets/product-info.js?v=1443" defer="defer"></script></body></html>`;
const shopifyTicket: TestPage = {
  name: 'heldout564-shopify-screening-ticket',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pDesc),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Season passes for 2026 are on sale now', 'Seafront Cine Club', ...pNav, 'Log in', 'Cart', '£8.50 GBP', 'Tax included.', 'Adult',
    'Under 16', 'Quantity', 'Add to cart', 'Buy it now', 'Share', 'You may also like', ...pRel, 'Subscribe to our emails', 'Email', '© 2026,',
'Powered by Shopify',
    ...pFoot,
  ],
};

const mTitle = 'Kestrel Street Film Society';
const mBody = [
  j(
    'The <b>Kestrel Street Film Society</b> is a members&#39; film club in Dunmore that has screened films in the back hall of the',
    'Kestrel Street Institute since 1949. It is one of the oldest continuously running film societies in the county.',
  ),
  'History',
  j(
    'The society was founded by a group of railway clerks who had been showing 16mm prints in a goods shed. Its first screening in',
    'the Institute, in October 1949, drew 61 people. Membership peaked at 412 in 1963 and fell to under 100 during the late 1980s.',
  ),
  j(
    'In 2004 the society bought its first digital projector with a grant from the Dunmore Arts Trust and began showing new releases',
    'alongside its archive programme.',
  ),
  'Venue',
  j(
    'The back hall seats 120 on raked wooden benches installed in 1958. The projection box, built into the former coal store, still',
    'holds the society&#39;s two Bell &amp; Howell 16mm machines, which are used once a year for the Founders&#39; Night screening.',
  ),
  'Chairs',
  'Period Chair',
  '1949–1961 Aldous Penhale',
  '1961–1984 Margery Lusk',
  '1984–2009 Tomasz Wieczorek',
  '2009–present Fenella Adeyemi-Roe',
];
const mHead = [at(mBody, 1), at(mBody, 4), at(mBody, 6)];
const mChairs = mBody.slice(8).map((r) => [r.slice(0, r.indexOf(' ')), r.slice(r.indexOf(' ') + 1)]);
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About Dunmore Wiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Dunmore Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Kestrel_Street_Film_Society","wgTitle":"${mTitle}","wgCurRevisionId":18842,"wgArticleId":2231};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.dunmore.org.uk/wiki/Kestrel_Street_Film_Society"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kestrel_Street_Film_Society
rootpage-Kestrel_Street_Film_Society
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header
mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Main
menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div
class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Dunmore Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Dunmore Wiki" aria-label="Search Dunmore Wiki" id="searchInput"><button
class="cdx-button cdx-search-input__end-button">
Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login" class="mw-list-item"><a
href="/index.php?title=Special:UserLogin">
<span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav
id="mw-panel-toc"
aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#"><div class="vector-toc-text">(Top)</div></a></li>
${mHead
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected mw-list-item"><a
href="/wiki/Kestrel_Street_Film_Society"><span>Page</span></a></li>
<li id="ca-talk" class="mw-list-item"><a href="/wiki/Talk:Kestrel_Street_Film_Society"><span>Discussion</span></a></li></ul></nav><nav aria-label="Views"><ul>
<li id="ca-view" class="selected mw-list-item"><a href="#"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item"><a
href="#"><span>Edit</span></a></li>
<li id="ca-history" class="mw-list-item"><a href="#"><span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Dunmore Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr>
<tr><th scope="row" class="infobox-label">Founded</th><td class="infobox-data">1949</td></tr><tr><th scope="row" class="infobox-label">Venue</th>
<td class="infobox-data">Kestrel Street Institute, Dunmore</td></tr><tr><th scope="row" class="infobox-label">Members</th><td class="infobox-data">188
(2025)</td></tr></tbody></table>
<p>${at(mBody, 0)}</p>
<div class="mw-heading mw-heading2"><h2 id="History">${mHead[0]}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="#">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>${ps(mBody.slice(2, 4))}
<div class="mw-heading mw-heading2"><h2 id="Venue">${mHead[1]}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="#">edit</a>
<span class="mw-editsection-bracket">]</span></span></div><p>${at(mBody, 5)}</p>
<div class="mw-heading mw-heading2"><h2 id="Chairs">${mHead[2]}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="#">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>
<table class="wikitable"><tbody><tr><th>Period</th><th>Chair</th></tr>${mChairs.map((c) => tr(c)).join('')}</tbody></table>
<div class="navbox" role="navigation"><table class="nowraplinks navbox-inner"><tbody><tr><th class="navbox-title">Clubs and societies in
Dunmore</th></tr><tr><td class="navbox-list">
<a href="#">Dunmore Camera Club</a> · <a href="#">Kestrel Street Institute</a> · <a href="#">Dunmore Operatic Society</a></td></tr></tbody></table></div>
</div></div><div class="printfooter">Retrieved from "https://wiki.dunmore.org.uk/index.php?title=Kestrel_Street_Film_Society&amp;oldid=18842"</div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul>
<li><a href="/wiki/Category:Film_societies">Film societies</a></li><li><a href="/wiki/Category:Founded_in_1949">Founded in
1949</a></li></ul></div></div></div></main>
</div><div class="vector-column-end"><nav class="vector-page-tools-landmark"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
<div class="vector-pinnable-header-label">Tools</div><div class="vector-menu-content"><ul>${links(mTools, 'mw-list-item')}</ul></div></div></nav></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 March 2026, at
21:14.</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/Dunmore_Wiki:Copyrights">Creative Commons Attribution-ShareAlike</a> unless otherwise
noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143});});</script></body></html>`;
const mediawikiSociety: TestPage = {
  name: 'heldout564-mediawiki-film-society',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHead,
  body: texts(['Founded 1949', 'Venue Kestrel Street Institute, Dunmore', 'Members 188 (2025)', ...mBody.filter((_, i) => ![1, 4, 6, 7].includes(i))]),
  bylines: ['This page was last edited on 3 March 2026, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Dunmore Wiki', 'Search', 'Log in', 'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'From Dunmore Wiki', 'Clubs and societies in Dunmore', 'Dunmore Camera Club', 'Dunmore Operatic Society',
    'Retrieved from "https://wiki.dunmore.org.uk/index.php?title=Kestrel_Street_Film_Society&oldid=18842"', 'Categories', 'Film societies',
    'Founded in 1949', 'Tools', ...mTools, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT564_C: readonly TestPage[] = [shopifyTicket, mediawikiSociety];
