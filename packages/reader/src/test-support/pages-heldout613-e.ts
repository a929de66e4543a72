import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout613-kit.js';

/**
 * Held-out batch 613, file e: a cat charity's advice page on choosing a cattery on Drupal 10 (custom theme, Paragraphs,
 * EU Cookie Compliance) with a sidebar, and a pet shop chain's hamster cage guide on Next.js with product cards.
 */
const uTitle = 'Choosing a cattery';
const uSummary = 'What to look for, and what to ask, before you book your cat into boarding.';
const uHeads = ['Visit before you book', 'Questions to ask', 'Warning signs'];
const uParas = [
  j(
    'A good cattery is clean, calm and secure, and it will be happy for you to look round. Book early: the best catteries fill',
    'up months ahead of the summer holidays. In England, every cattery must hold a licence from the local council, and the',
    'licence has to be on display.',
  ),
  j(
    'Go at a time when cats are in residence, so you can see how they are kept. Each cat or family of cats should have its own',
    'unit with a sleeping area and a run, and there should be a gap or a solid screen between units so that cats cannot sneeze',
    'on each other. Look at the bedding, the litter trays and the food bowls: are they clean?',
  ),
];
const uAsk = [
  'How often are the cats checked, and is anyone on site overnight?',
  'Which vet do you use, and what happens if my cat becomes ill?',
  'Can I bring my cat\u2019s own food and bedding?',
  'How do you handle cats that need medication?',
  'Do you ask for proof of vaccination?',
];
const uWarn = j(
  'Be wary of a cattery that will not show you the cat units, does not ask for a vaccination certificate, or lets cats from',
  'different households mix. A strong smell of urine, dirty trays or cats that look stressed are all reasons to look elsewhere.',
);
const uNav = ['Cat care', 'Adopt a cat', 'Get involved', 'Shop', 'About us'];
const uCrumbs = ['Home', 'Cat care', 'Holidays and moving'];
const uRelated = ['Taking your cat to the vet', 'Leaving your cat with a sitter', 'Vaccinations: what your cat needs'];
const uFoot = ['Contact us', 'Privacy notice', 'Cookie policy', 'Accessibility'];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
<head><meta charset="utf-8"><meta name="description" content="${uSummary}">
<link rel="canonical" href="https://www.whiskerstrust.org.uk/cat-care/choosing-cattery">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${uTitle} | Whiskers Trust</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hx3k9Qv2pL1.css?delta=0&amp;language=en&amp;theme=whiskers&amp;include=eJxtjlEKwzAM">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script></head>
<body class="path-node page-node-type-advice-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header role="banner" class="site-header">
<div class="region region-header"><div id="block-whiskers-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo">
<img src="/themes/custom/whiskers/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-whiskers-main-menu-menu" id="block-whiskers-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-whiskers-main-menu-menu">Main navigation</h2><ul class="menu">${links(uNav, 'menu-item')}</ul></nav>
<div class="views-exposed-form block block-views block-views-exposed-filter-blocksearch-page-1" data-drupal-selector="views-exposed-form-search-page-1">
<form action="/search" method="get" id="views-exposed-form-search-page-1" accept-charset="UTF-8"><div class="js-form-item form-item">
<label for="edit-keys">Search</label><input data-drupal-selector="edit-keys" type="text" id="edit-keys" name="keys" size="30" maxlength="128"
class="form-text"></div>
<div class="form-actions js-form-wrapper form-wrapper"><input class="button js-form-submit form-submit" type="submit" value="Search"></div></form></div>
<div id="block-donatebutton" class="block block-block-content"><a href="/donate" class="button button--donate">Donate</a></div></div></header>
<div class="region region-breadcrumb"><div id="block-whiskers-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(uCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div data-drupal-messages-fallback class="hidden"></div>
<div id="block-whiskers-page-title" class="block block-core block-page-title-block"><h1 class="page-title">
<span class="field field--name-title field--type-string
field--label-hidden">${uTitle}</span></h1></div>
<div id="block-whiskers-content" class="block block-system block-system-main-block"><article data-history-node-id="412" class="node node--type-advice-page
node--view-mode-full"><div class="node__content"><div class="field field--name-field-summary field--type-string-long field--label-hidden field__item">
<p class="lead">${uSummary}</p></div>
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default">
<div class="clearfix text-formatted field field--name-field-text
field--type-text-long field--label-hidden field__item"><p>${uParas[0]}</p><h2>${uHeads[0]}</h2><p>${uParas[1]}</p></div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--image paragraph--view-mode--default"><figure>
<img loading="lazy" src="/sites/default/files/2025-06/cattery-unit.jpg"
width="800" height="533" alt="A cat in a cattery run"><figcaption>Each unit should have a covered run and a raised shelf.</figcaption></figure></div></div>
<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default">
<div class="clearfix text-formatted field field--name-field-text
field--type-text-long field--label-hidden field__item"><h2>${uHeads[1]}</h2><ul>${lis(uAsk)}</ul><h2>${uHeads[2]}</h2><p>${uWarn}</p></div></div></div></div>
<div class="field field--name-field-last-reviewed field--type-datetime field--label-inline clearfix"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2025-06-12T12:00:00Z" class="datetime">12 June 2025</time></div></div></div></article></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="views-element-container block block-views
block-views-blockrelated-advice-block-1" id="block-views-block-related-advice-block-1"><h2>Related advice</h2><div><div class="view view-related-advice
view-id-related_advice view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>${links(uRelated)}</ul></div></div></div></div></div>
<div id="block-helplinecallout" class="block block-block-content"><h2>Need advice?</h2><div class="clearfix text-formatted field field--name-body">
<p>Our cat care line is open weekdays, 9am to 5pm: 0300 555 0192.</p></div></div></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer"
class="block block-menu navigation menu--footer"><h2 class="visually-hidden" id="block-footer-menu">Footer</h2>
<ul class="menu">${links(uFoot, 'menu-item')}</ul></nav>
<div id="block-charitynumber" class="block block-block-content"><p>Whiskers Trust is a registered charity in England and Wales (1189004).</p></div></div>
</footer>
</div></div>
<div role="alertdialog" aria-live="polite" aria-describedby="popup-text" class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info
eu-cookie-compliance-banner--opt-in"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site</h2><p>Help us improve our website by accepting analytics cookies.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button><button type="button"
class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/sites/default/files/js/js_Qm1e8XvA3.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=whiskers"></script></body></html>`;
const drupalCattery: TestPage = {
  name: 'heldout613-choosing-cattery-drupal',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uHeads,
  body: texts([uSummary, uParas[0] ?? '', uParas[1] ?? '', ...uAsk, uWarn]),
  bylines: ['Last reviewed', '12 June 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main navigation', ...uNav, 'Search', 'Donate', 'Breadcrumb', 'Home', 'Holidays and moving',
    'Each unit should have a covered run and a raised shelf.', 'Related advice', ...uRelated, 'Need advice?',
    'Our cat care line is open weekdays, 9am to 5pm: 0300 555 0192.', 'Footer', ...uFoot,
    'Whiskers Trust is a registered charity in England and Wales (1189004).', 'We use cookies on this site',
    'Help us improve our website by accepting analytics cookies.', 'Accept', 'No, thanks',
  ],
};

const nTitle = 'How to Set Up a Hamster Cage';
const nDek = 'Space, bedding and a proper wheel matter more than any accessory. Here is our checklist for a happy Syrian or dwarf hamster.';
const nHeads = ['Choose a big enough cage', 'Bedding: deeper is better', 'The wheel', 'Where to put the cage'];
const nParas = [
  j(
    'Hamsters run several kilometres a night in the wild, and a small cage is the most common cause of bar chewing and',
    'climbing. Look for at least 100 x 50 cm of unbroken floor space for a Syrian hamster and 80 x 50 cm for dwarf species.',
    'A glass tank or a bin cage with mesh ventilation works just as well as a barred cage.',
  ),
  j(
    'Hamsters love to burrow. Fill at least half the cage with 20 cm of paper-based bedding, and add a handful of hay so',
    'the tunnels hold their shape. Avoid pine and cedar shavings, whose oils can irritate the airways.',
  ),
  j(
    'A Syrian hamster needs a solid wheel of at least 28 cm across; dwarf hamsters need 21 cm or more. If your hamster',
    'arches its back while running, the wheel is too small.',
  ),
  j(
    'Keep the cage in a quiet room away from radiators, windows and draughts, ideally between 18 and 24°C. Hamsters sleep',
    'through the day, so a bedroom is often a poor choice for both of you.',
  ),
];
const nList = ['A hide with more than one entrance', 'A sand bath of chinchilla sand (not dust)', 'A heavy ceramic food bowl', 'A water bottle and a bowl'];
const nListIntro = 'Finish the set-up with:';
const nProducts = [
  ['Burrow & Nest Paper Bedding 60L', '£12.99', 'Add to basket'],
  ['SilentSpin Hamster Wheel 28cm', '£24.00', 'Add to basket'],
];
const nNav = ['Dog', 'Cat', 'Small Pet', 'Fish', 'Bird', 'Vets', 'Grooming', 'Pet Advice'];
const card = (p: string[]): string => `<div class="ProductCard_card__q8Zr1" data-testid="product-card"><a href="/product/p" class="ProductCard_link__Kd2aP">
<img alt="" loading="lazy" width="160" height="160" decoding="async" data-nimg="1" class="ProductCard_image__f0hVb"
src="/_next/image?url=%2Fp.jpg&amp;w=384&amp;q=75">
<p class="ProductCard_name__3XbQm">${(p[0] ?? '').replace(/&/g, '&amp;')}</p></a><p class="ProductCard_price__mT9cE">${p[1]}</p>
<button type="button" class="Button_primary__Vz1yQ">${p[2]}</button></div>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>How to Set Up a Hamster Cage | Pet Advice | Paws &amp; Claws</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://www.pawsandclaws.co.uk/pet-advice/small-pet/how-to-set-up-a-hamster-cage"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/4b2a7c1e9d0f3a56.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b2a7c1e9d0f3a56.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","dateModified":"2026-02-04",
"author":{"@type":"Organization","name":"Paws & Claws Pet Care Team"}}</script>
<script src="/_next/static/chunks/webpack-8f1a2b3c4d5e.js" defer=""></script><script src="/_next/static/chunks/pages/_app-0a1b2c3d4e5f.js" defer=""></script>
<script src="/_next/static/chunks/pages/pet-advice/%5B...slug%5D-9e8d7c6b5a4f.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__p2Lq0">Skip to main content</a>
<div class="PromoBar_bar__uN3x8" role="region" aria-label="Promotions"><p>Free next-day delivery when you spend £39</p></div>
<header class="Header_header__x1Y2z"><div class="Header_inner__7aBcD"><a href="/" class="Header_logo__R4tFz" aria-label="Paws &amp; Claws home"><svg
viewBox="0 0 120 32" aria-hidden="true"></svg></a><form role="search" class="Search_form__b9VuN">
<label for="q" class="sr-only">Search products and advice</label>
<input id="q" type="search" placeholder="Search for products, brands and advice" class="Search_input__Tq2kW"/>
<button type="submit" class="Search_button__8cPqH">Search</button>
</form><nav aria-label="Account" class="Header_account__Pz3mN"><a href="/stores">Find a store</a><a href="/account">Sign in</a>
<a href="/basket">Basket (0)</a></nav></div>
<nav aria-label="Main" class="MegaNav_nav__gH4kL"><ul class="MegaNav_list__0pZrS">${links(nNav, 'MegaNav_item__dA2fB')}</ul></nav></header>
<main id="main" class="Layout_main__hQ8tB"><nav aria-label="Breadcrumb" class="Breadcrumbs_nav__e7WmP"><ol><li><a href="/">Home</a></li><li>
<a href="/pet-advice">
Pet Advice</a></li><li><a href="/pet-advice/small-pet">Small Pet</a></li><li aria-current="page">${nTitle}</li></ol></nav>
<article class="Article_article__Wm0cX"><header class="Article_header__n4UbE"><p class="Article_category__3Lq8j">Small pet advice</p>
<h1 class="Article_title__Sx2dE">${nTitle}</h1><p class="Article_dek__Hf6nR">${nDek}</p><div class="Article_meta__Yj1pV">
<span>By the Paws &amp; Claws Pet Care Team</span>
<span class="Article_dot__cQ2p9" aria-hidden="true">·</span><span>Updated 4 February 2026</span><span class="Article_dot__cQ2p9" aria-hidden="true">·</span>
<span>5 min read</span></div></header><div class="Article_body__Lm9tT RichText_rich__u2Zx0">
<h2>${nHeads[0]}</h2><p>${nParas[0]}</p><h2>${nHeads[1]}</h2><p>${nParas[1]}</p>
<aside class="ShopTheLook_wrap__P0aVz" aria-label="Shop this article"><h3 class="ShopTheLook_title__x7WbM">Shop this article</h3>
<div class="ShopTheLook_grid__kF3sA">
${nProducts.map(card).join('\n')}</div></aside>
<h2>${nHeads[2]}</h2><p>${nParas[2]}</p><p>${nListIntro}</p><ul>${lis(nList)}</ul><h2>${nHeads[3]}</h2><p>${nParas[3]}</p></div>
<div class="Feedback_box__M1sRd"><p class="Feedback_q__Gk4bN">Was this article helpful?</p><button type="button">Yes</button>
<button type="button">No</button></div>
</article><section class="Related_section__aD0eP"><h2 class="Related_title__wP2kS">More small pet advice</h2><ul class="Related_list__3vNcY">
${links(
  ['Hamster diet: what to feed and what to avoid', 'Taming a nervous hamster', 'Rabbit hutch or run? Housing rabbits well'],
  'Related_item__k8TqL',
)}</ul></section></main>
<footer class="Footer_footer__B3dKz"><div class="Footer_cols__H7sQw"><div><h2 class="Footer_heading__cC0kM">Customer service</h2><ul>${links([
  'Delivery',
  'Returns',
  'Contact us',
])}</ul></div><div><h2 class="Footer_heading__cC0kM">About us</h2><ul>${links(['Our stores', 'Careers'])}</ul></div></div>
<p class="Footer_legal__R2bTn">© 2026 Paws &amp; Claws Retail Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"title":"${nTitle}","slug":"how-to-set-up-a-hamster-cage",
"category":"small-pet","readingTime":5}}},"page":"/pet-advice/[...slug]","query":{"slug":["small-pet","how-to-set-up-a-hamster-cage"]},"buildId":"Yq3vB8sKd0",
"isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const nextHamster: TestPage = {
  name: 'heldout613-hamster-cage-nextjs',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: [nDek, nParas[0] ?? '', nParas[1] ?? '', nParas[2] ?? '', nListIntro, ...nList, nParas[3] ?? ''],
  bylines: ['By the Paws & Claws Pet Care Team', 'Updated 4 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Free next-day delivery when you spend £39', 'Search products and advice', 'Search', 'Find a store', 'Sign in', 'Basket (0)',
    'Dog', 'Cat', 'Small Pet', 'Fish', 'Bird', 'Vets', 'Grooming', 'Pet Advice', 'Home', 'Small pet advice', '5 min read', 'Shop this article',
    ...nProducts.flat().filter((t, i) => i !== 5), 'Was this article helpful?', 'Yes', 'No', 'More small pet advice',
    'Hamster diet: what to feed and what to avoid', 'Taming a nervous hamster', 'Rabbit hutch or run? Housing rabbits well', 'Customer service', 'Delivery',
    'Returns', 'Contact us', 'About us', 'Our stores', 'Careers', '© 2026 Paws & Claws Retail Ltd. All rights reserved.',
  ],
};

export const HELDOUT613_E: readonly TestPage[] = [drupalCattery, nextHamster];
