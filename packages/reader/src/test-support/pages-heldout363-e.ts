import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout363-kit.js';

/**
 * Held-out batch 363, file e: a beer style guide page on Material for MkDocs (header with site and page topic, tabs, primary
 * navigation, table of contents, headerlinks, an admonition, a vital-statistics table, "Last update" date, previous / next
 * footer links, the Material cookie consent form) and a wine shop's product page on the Shopify Dawn theme (announcement bar,
 * vendor, price, variant picker, buy buttons, description and collapsible tabs, share button, "You may also like" grid,
 * footer with newsletter, the Shopify privacy banner).
 */
const kTitle = 'Baltic Porter';
const kHeads = ['Overview', 'History', 'Vital Statistics', 'Brewing Notes', 'Commercial Examples to Seek Out'];
const kOverview = [
  j(
    'Baltic Porter is a strong, dark lager-like beer with the roasty depth of an English porter and the clean, smooth body of a cold',
    'fermentation. Expect dark fruit, caramel, licorice and a gentle roast without the sharp, acrid edge of a stout.',
  ),
];
const kHistory = [
  j(
    'The style grew out of the strong English porters and stouts shipped across the North Sea to the ports of the Baltic in the',
    'eighteenth and nineteenth centuries. When import duties and wars cut off supply, brewers around the Baltic began making their',
    'own, and as lager brewing spread during the nineteenth century many of them moved the beer onto bottom-fermenting yeast.',
  ),
  j(
    'The result kept the strength and dark malt of its English ancestor but gained a rounder, less estery profile. It remains a',
    'winter staple in the region and has found a second home among craft brewers who enjoy its long cellaring potential.',
  ),
];
// biome-ignore format: label and value pairs of the vital statistics table
const kStats = [
  'Original gravity', '1.060 – 1.090', 'Final gravity', '1.016 – 1.024', 'Bitterness', '20 – 40 IBU',
  'Colour', '17 – 30 SRM', 'Strength', '6.5 – 9.5% ABV',
];
const kBrewing = [
  j(
    'Build the grist on a Munich or Vienna base with pale malt for extract. Add dehusked roasted malts for colour so the roast stays',
    'smooth, and a modest portion of dark crystal for plum and raisin notes. Keep total roast below about five percent.',
  ),
  'Ferment with a clean lager yeast at 10 to 12 °C, or a clean ale yeast held cool, below 16 °C.',
  'Allow a diacetyl rest at the end of fermentation, then lager near freezing for at least six weeks.',
  'Use restrained hopping with continental varieties; hop aroma should be low or absent.',
];
const kTip = j(
  'A long, cold conditioning period does more for this style than any recipe tweak. Young Baltic Porter tastes hot and disjointed;',
  'after three months it knits together.',
);
const kExamples = [
  'Look for bottles from the old harbour breweries of the southern Baltic coast, which still brew the style for the winter market.',
  'Craft versions aged in spirit barrels are common, but they should be judged in the specialty categories instead.',
];
const kNav = ['Home', 'Ales', 'Lagers', 'Dark Lagers', 'Baltic Porter', 'Schwarzbier', 'Specialty Beers', 'Judging'];
const kHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Style notes for judges and brewers from the Fenwold Brewers Guild."><link rel="canonical"
href="https://styles.fenwold.example/dark-lagers/baltic-porter/">
<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.5.49"><title>Baltic Porter - Fenwold Style Notes</title>
<link rel="stylesheet"
href="../../assets/stylesheets/main.6f8fc17f.min.css">
<script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),
__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="brown" data-md-color-accent="amber">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off"><label class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#overview" class="md-skip">Skip to content</a></div><div data-md-component="announce"></div>
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Fenwold Style Notes" class="md-header__button md-logo" aria-label="Fenwold Style Notes" data-md-component="logo"></a>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">
Fenwold Style Notes</span></div><div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">${kTitle}</span></div></div></div>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label><div class="md-search__inner"
role="search">
<form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search"
placeholder="Search"></form></div></div>
<div class="md-header__source"><a href="https://github.example/fenwold/style-notes" title="Go to repository" class="md-source" data-md-component="source">
<div class="md-source__repository">fenwold/style-notes</div></a></div></nav></header>
<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul
class="md-tabs__list">
${links(['Styles', 'Judging Guide', 'About'], 'md-tabs__item')}</ul></div></nav>
<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">
<nav class="md-nav md-nav--primary" aria-label="Navigation" data-md-level="0"><ul class="md-nav__list"
data-md-scrollfix>${links(kNav, 'md-nav__item')}</ul></nav>
</div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span class="md-nav__icon md-icon"></span>Table of
contents</label><ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>
${kHeads
  .map(
    (h) => `<li class="md-nav__item"><a href="#${h.toLowerCase().replace(/ /g, '-')}" class="md-nav__link"><span
class="md-ellipsis">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.example/fenwold/style-notes/edit/main/docs/dark-lagers/baltic-porter.md" title="Edit this page" class="md-content__button md-icon"></a>
<h1 id="baltic-porter">${kTitle}</h1>
${[kOverview, kHistory, null, kBrewing, kExamples]
  .map((block, i) => {
    const h = kHeads[i] ?? '';
    const id = h.toLowerCase().replace(/ /g, '-');
    const head = `<h2 id="${id}">${h}<a class="headerlink" href="#${id}" title="Permanent link">¶</a></h2>`;
    if (block === null) {
      const rows: string[] = [];
      for (let r = 0; r < kStats.length; r += 2) rows.push(`<tr><td>${kStats[r] ?? ''}</td><td>${kStats[r + 1] ?? ''}</td></tr>`);
      return `${head}\n<table><thead><tr><th>Parameter</th><th>Range</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
    }
    if (block === kBrewing) {
      return `${head}\n${ps(block.slice(0, 1))}\n<ul>${block
        .slice(1)
        .map((b) => `<li>${b}</li>`)
        .join('\n')}</ul>\n<div class="admonition tip"><p class="admonition-title">Tip</p><p>${kTip}</p></div>`;
    }
    return `${head}\n${ps(block)}`;
  })
  .join('\n')}
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"></span><span
class="git-revision-date-localized-plugin
git-revision-date-localized-plugin-date">March 2, 2026</span></span></aside>
</article></div></div></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../dark-lager/" class="md-footer__link md-footer__link--prev"
aria-label="Previous: Dark Lager"><div class="md-footer__title"><span class="md-footer__direction">Previous</span><div
class="md-ellipsis">Dark Lager</div></div></a>
<a href="../schwarzbier/" class="md-footer__link md-footer__link--next" aria-label="Next: Schwarzbier"><div class="md-footer__title"><span
class="md-footer__direction">Next</span><div class="md-ellipsis">Schwarzbier</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div
class="md-copyright__highlight">Copyright © 2026
Fenwold Brewers Guild</div>Made with <a href="https://squidfunk.github.example/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div>
</div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<div class="md-consent" data-md-component="consent" id="__consent" hidden><div class="md-consent__overlay"></div><aside class="md-consent__inner">
<form class="md-consent__form md-grid md-typeset" name="consent"><h4>Cookie consent</h4><p>We use cookies to recognize your repeated visits and preferences, as
well as to measure the effectiveness of our documentation.</p><div class="md-consent__controls"><button class="md-button md-button--primary">Accept</button>
<label class="md-button" for="__settings">Manage settings</label></div></form></aside></div>
<script id="__config"
type="application/json">{"base":"../..","features":["navigation.tabs","toc.follow"],"search":"../../assets/javascripts/workers/search.js"}</script>
<script src="../../assets/javascripts/bundle.60a45f97.min.js"></script></body></html>`;
const mkdocs: TestPage = {
  name: 'heldout363-mkdocs-material-style-guide',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([...kOverview, ...kHistory, ...kStats, ...kBrewing, kTip, ...kExamples]),
  bylines: ['March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fenwold Style Notes', 'fenwold/style-notes', 'Styles', 'Judging Guide', 'About',
    ...kNav.filter((n) => n !== kTitle), 'Table of contents',
    'Parameter', 'Range', 'Tip', 'Previous', 'Dark Lager', 'Next', 'Copyright © 2026 Fenwold Brewers Guild', 'Made with Material for MkDocs', 'Cookie consent',
    'We use cookies to recognize your repeated visits and preferences, as well as to measure the effectiveness of our documentation.', 'Accept',
    'Manage settings',
  ],
};

const hTitle = 'Arrazuri Tinto Reserva 2020, Rioja Alavesa';
const hDesc = [
  j(
    'A proper Rioja Reserva from a family estate in the hills above Laguardia: Tempranillo with a splash of Graciano, aged two years in',
    'American and French oak and another year in bottle before release.',
  ),
  j(
    'It is a wine that rewards a little patience in the glass. Open it half an hour before dinner and it moves from vanilla and',
    'sweet spice to dried cherry, tobacco leaf and a savoury, almost meaty depth.',
  ),
];
const hNotes = [
  'Nose: red cherry, vanilla pod, cedar and a hint of dill from the American oak.',
  'Palate: medium to full bodied, with supple tannins and a long, spicy finish.',
  'Drinking window: now until 2032.',
];
const hFood = 'Roast lamb with rosemary, chorizo and bean stew, or a plate of aged Manchego.';
const hRelated = ['Bodega Solana Crianza 2021', 'Viña Orcaz Rosado 2024', 'Arrazuri Blanco Fermentado en Barrica 2022'];
const hNav = ['Red', 'White', 'Rosé', 'Sparkling', 'Spirits', 'Gifts', 'Tastings'];
const hFoot = ['Search', 'Delivery', 'Returns', 'Contact us', 'Refund policy'];
const hHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical"
href="https://thebottleyard.example/products/arrazuri-tinto-reserva-2020"><title>${hTitle} – The Bottle Yard</title>
<meta name="description" content="A proper Rioja Reserva from a family estate in the hills above Laguardia."><meta property="og:type" content="product">
<meta property="og:price:amount" content="16.50"><meta property="og:price:currency" content="GBP">
<script>var Shopify = Shopify || {};Shopify.shop = "the-bottle-yard.myshopify.example";Shopify.theme = {"name":"Dawn","id":14210,"schema_name":"Dawn",
"schema_version":"15.2.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${hTitle}","brand":{"@type":"Brand","name":"Bodega Arrazuri"},
"offers":[{"@type":"Offer","price":"16.50","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//thebottleyard.example/cdn/shop/t/4/assets/base.css?v=1450" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2291__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free delivery on 6 bottles or more</span></p></div></div></div></div>
<div id="shopify-section-sections--2291__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu header--has-account"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">The Bottle Yard</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${hNav
  .map(
    (n) => `<li><a href="/collections/${n.toLowerCase()}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2301__main"
class="shopify-section section">
<section id="MainProduct-template--2301__main" class="page-width section-template--2301__main-padding" data-section="template--2301__main">
<div class="product product--large product--left product--thumbnail_slider grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--2301__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer"><ul class="product__media-list
contains-media grid grid--peek list-unstyled slider slider--mobile" role="list"><li class="product__media-item grid__item slider__slide is-active"><div
class="product-media-container media-type-image media-fit-contain"><img src="//thebottleyard.example/cdn/shop/files/arrazuri-reserva.jpg" alt="Arrazuri Tinto
Reserva
2020 bottle" width="1200" height="1600"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><product-info id="ProductInfo-template--2301__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Bodega Arrazuri</p>
<div class="product__title"><h1>${hTitle}</h1><a href="/products/arrazuri-tinto-reserva-2020" class="product__title"><h2 class="h1">${hTitle}</h2></a></div>
<div id="price-template--2301__main" role="status"><div class="price price--large price--show-badge"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£16.50 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects class="no-js-hidden" data-section="template--2301__main"><fieldset class="js product-form__input product-form__input--pill"><legend
class="form__label">Size</legend><input type="radio" id="size-750" name="Size" value="75cl Bottle" checked><label for="size-750">75cl Bottle</label>
<input type="radio" id="size-case" name="Size" value="Case of 6"><label for="size-case">Case of 6</label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--2301__main">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" value="1" min="1"></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--2301__main"><div class="product-form__buttons">
<button id="ProductSubmitButton-template--2301__main" type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(hDesc)}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-tab-1"><summary><div class="summary__title"><h2 class="h4
accordion__title
inline-richtext">Tasting notes</h2></div></summary><div class="accordion__content
rte"><ul>${hNotes.map((n) => `<li>${n}</li>`).join('\n')}</ul></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-tab-2"><summary><div class="summary__title"><h2 class="h4
accordion__title
inline-richtext">Food pairing</h2></div></summary><div class="accordion__content rte"><p>${hFood}</p></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-tab-3"><summary><div class="summary__title"><h2 class="h4
accordion__title
inline-richtext">Delivery &amp; returns</h2></div></summary><div class="accordion__content rte"><p>Orders placed before 1pm ship the same day. Bottles arriving
damaged are replaced free of charge.</p></div></details></div>
<share-button id="Share-template--2301__main" class="share-button quick-add-hidden"><details><summary class="share-button__button">Share</summary>
<div class="share-button__fallback"><input type="text" class="field__input" value="https://thebottleyard.example/products/arrazuri-tinto-reserva-2020"
readonly><button class="share-button__copy">Copy link</button></div></details></share-button>
</product-info></div></div></section></section>
<div id="shopify-section-template--2301__related-products" class="shopify-section"><product-recommendations class="related-products page-width
section-template--2301
__related-products-padding"><h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop"
role="list">
${hRelated
  .map(
    (r, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><div class="card__information"><h3
class="card__heading
h5"><a href="/products/r${i}" class="full-unstyled-link">${r}</a></h3><div class="price"><span class="price-item
price-item--regular">£${12 + i * 3}.00 GBP</span></div>
</div></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></div></main>
<footer class="footer color-scheme-1 gradient section-sections--2292__footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content
list-unstyled">${links(hFoot)}</ul></div><div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Join our wine list</h2>
<form id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input
id="NewsletterForm--footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label></div></div></form>
</div></div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, <a
href="/">The Bottle Yard</a></small>
<small class="copyright__content"><a href="https://www.shopify.example?utm_campaign=poweredby" rel="nofollow">Powered by Shopify</a></small>
<small class="copyright__content">We do not sell alcohol to anyone under 18.</small></div></div></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="dialog" aria-label="cookie banner"><div class="shopify-pc__banner__body"><h2
id="shopify-pc__banner__body-title">Privacy preferences</h2><p>We use cookies and similar technologies to provide the best experience on our website.</p></div>
<div class="shopify-pc__banner__btns"><button id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button><button
id="shopify-pc__banner__btn-decline">Decline</button>
<button id="shopify-pc__banner__btn-accept">Accept</button></div></div>
<script src="//thebottleyard.example/cdn/shop/t/4/assets/global.js?v=1450" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout363-shopify-dawn-wine-product',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Tasting notes', 'Food pairing'],
  body: texts([...hDesc, ...hNotes, hFood]),
  bylines: ['Bodega Arrazuri'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on 6 bottles or more', 'The Bottle Yard', ...hNav, 'Log in', 'Cart', 'Regular price', '£16.50 GBP',
    'Tax included. Shipping calculated at checkout.', 'Size', '75cl Bottle', 'Case of 6', 'Quantity', 'Add to cart', 'Buy it now', 'Delivery & returns',
    'Orders placed before 1pm ship the same day. Bottles arriving damaged are replaced free of charge.', 'Share', 'Copy link', 'You may also like', ...hRelated,
    '£12.00 GBP', '£15.00 GBP', 'Quick links', ...hFoot, 'Join our wine list', 'Email', '© 2026, The Bottle Yard', 'Powered by Shopify',
    'We do not sell alcohol to anyone under 18.', 'Privacy preferences',
    'We use cookies and similar technologies to provide the best experience on our website.',
    'Manage preferences', 'Decline', 'Accept',
  ],
};

export const HELDOUT363_E: readonly TestPage[] = [mkdocs, shopify];
