import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, trs } from './pages-heldout339-kit.js';

/**
 * Held-out batch 339, file a2: a BigCommerce store's shipping and delivery page on the Cornerstone theme (user nav with gift
 * certificates, sign-in and cart pill, centred logo, category menu, breadcrumbs, the rates table, footer columns with the
 * newsletter form, payment icons, "Powered by BigCommerce" and the theme's cookie message).
 */
const title = 'Shipping & Delivery';
const intro = [
  j(
    'Trailhaven Outfitters ships from our warehouse in Cedar Bluff, Montana, to all 50 states and to APO/FPO addresses. Orders placed',
    'before 1 pm Mountain Time on a business day leave the same day; anything later goes out the following morning.',
  ),
];
const h1 = 'Shipping rates';
const rates: string[][] = [
  ['Economy (5–8 business days)', '$6.95', '$9.95', 'Free'],
  ['Standard (3–5 business days)', '$9.95', '$12.95', '$4.95'],
  ['Expedited (2 business days)', '$19.95', '$24.95', '$17.95'],
  ['Overnight (next business day)', '$34.95', '$42.95', '$32.95'],
];
const after = [
  j(
    'Oversized items such as kayaks, canoe paddles and four-person tents carry a flat surcharge of $25, shown on the product page and',
    'added at checkout. Overnight delivery is not available for oversized items or for orders to Alaska and Hawaii.',
  ),
];
const h2 = 'Delivery times';
const times = [
  j(
    'Delivery estimates start from the day your order ships, not the day you place it. Weekends and federal holidays are not counted.',
    'During our spring and Black Friday sales we may need an extra business day to pack orders.',
  ),
  'You will receive an email with a tracking number as soon as the carrier scans your parcel. Tracking can take up to 24 hours to update.',
];
const h3 = 'Where we ship';
const where = [
  'All 50 US states, including Alaska and Hawaii (Economy and Standard only).',
  'APO, FPO and DPO military addresses, by USPS Priority Mail.',
  'Puerto Rico and the US Virgin Islands, by USPS Priority Mail.',
  'PO boxes, for parcels under 20 lb that are not oversized.',
];
const intl = [
  j(
    'We do not currently ship outside the United States. Many of the brands we stock restrict international sales, and we would rather',
    'not accept an order we may have to cancel.',
  ),
];
const h4 = 'Missing or damaged parcels';
const missing = [
  j(
    'If your tracking shows the parcel as delivered but you cannot find it, check with neighbours and your building’s front desk first,',
    'then contact us within 10 days. We will open a claim with the carrier and send a replacement once it is approved. For parcels that',
    'arrive damaged, keep the box and packing and send us a photo so that we can file the claim on your behalf.',
  ),
];
const userNav = ['Gift Certificates', 'Sign in', 'Register'];
const cats = ['Camping', 'Hiking', 'Paddling', 'Climbing', 'Clothing', 'Sale', 'Brands'];
const navigate = ['Shipping & Delivery', 'Returns & Exchanges', 'Price Match', 'About Us', 'Contact Us', 'Blog', 'Sitemap'];
const footCats = ['Camping', 'Hiking', 'Paddling', 'Climbing', 'Clothing'];
const html = `<!DOCTYPE html>
<html class="no-js" lang="en"><head><title>Trailhaven Outfitters - Shipping &amp; Delivery</title>
<meta name="keywords" content="camping gear, hiking boots, kayaks"><meta name="description" content="Shipping rates and delivery times for Trailhaven orders.">
<link rel="canonical" href="https://trailhaven.example/shipping-delivery/"><meta name="platform" content="bigcommerce.stencil">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link data-stencil-stylesheet href="https://cdn11.bigcommerce.example/s-7hq2k1/stencil/5d1c0e20/css/theme-8a1b.css" rel="stylesheet">
<script>window.lazySizesConfig = window.lazySizesConfig || {}; window.lazySizesConfig.loadMode = 1;</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Trailhaven Outfitters",
"url":"https://trailhaven.example","address":{"@type":"PostalAddress","addressLocality":"Cedar Bluff","addressRegion":"MT"}}</script>
<script>var BCData = {"csrf_token":"f3a01e77c2b8","product_attributes":{}};</script></head>
<body class="page-type-page">
<svg data-src="https://cdn11.bigcommerce.example/s-7hq2k1/stencil/5d1c0e20/img/icon-sprite.svg" class="icons-svg-sprite"></svg>
<header class="header" role="banner"><a href="#" class="mobileMenu-toggle" data-mobile-menu-toggle="menu"><span class="mobileMenu-toggleIcon">Toggle
menu</span></a>
<nav class="navUser"><ul class="navUser-section navUser-section--alt">
<li class="navUser-item"><a class="navUser-action navUser-item--compare" href="/compare" data-compare-nav aria-label="Compare">Compare
<span class="countPill countPill--positive countPill--alt"></span></a></li>
<li class="navUser-item"><a class="navUser-action" href="/giftcertificates.php">Gift Certificates</a></li>
<li class="navUser-item"><button class="navUser-action navUser-action--quickSearch" type="button" data-search="quickSearch">Search</button></li>
<li class="navUser-item navUser-item--account"><a class="navUser-action" href="/login.php">Sign in</a>
<span class="navUser-or">or</span> <a class="navUser-action" href="/login.php?action=create_account">Register</a></li>
<li class="navUser-item navUser-item--cart"><a class="navUser-action" data-cart-preview data-dropdown="cart-preview-dropdown" href="/cart.php">
<span class="navUser-item-cartLabel">Cart</span> <span class="countPill cart-quantity"></span></a></li></ul>
<div class="dropdown dropdown--quickSearch" id="quickSearch" aria-hidden="true" data-prevent-quick-search-close><form class="form"
action="/search.php"><fieldset class="form-fieldset"><div class="form-field"><label class="is-srOnly" for="nav-quick-search">Search</label>
<input class="form-input" data-search-quick name="nav-quick-search" id="nav-quick-search" placeholder="Search the store" autocomplete="off">
</div></fieldset></form></div></nav>
<div class="header-logo header-logo--center"><a href="https://trailhaven.example/" class="header-logo__link" data-header-logo-link>
<span class="header-logo-text">Trailhaven Outfitters</span></a></div>
<div class="navPages-container" id="menu" data-menu><nav class="navPages"><ul class="navPages-list">
${links(cats, 'navPages-item')}</ul>
<ul class="navPages-list navPages-list--user"><li class="navPages-item"><a class="navPages-action" href="/giftcertificates.php">Gift
Certificates</a></li></ul></nav></div></header>
<div data-content-region="header_bottom"></div>
<main class="body" id="main-content" role="main" data-currency-code="USD"><div class="container">
<nav aria-label="Breadcrumb"><ol class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
<li class="breadcrumb " itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a class="breadcrumb-label" itemprop="item"
href="https://trailhaven.example/"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>
<li class="breadcrumb is-active" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a class="breadcrumb-label"
itemprop="item" href="https://trailhaven.example/shipping-delivery/" aria-current="page"><span itemprop="name">Shipping &amp; Delivery</span></a>
<meta itemprop="position" content="2"></li></ol></nav>
<main class="page"><h1 class="page-heading">Shipping &amp; Delivery</h1>
<div data-content-region="page_builder_content"></div>
<div id="page-content" class="page-content page-content--centered">
${ps(intro)}
<h2>${h1}</h2>
<table class="shipping-rates" style="width: 100%;" border="1"><thead><tr><th>Service</th><th>Orders under $75</th><th>Orders $75 and over</th>
<th>Trailhaven Club members</th></tr></thead>
<tbody>${trs(rates)}</tbody></table>
${ps(after)}
<h2>${h2}</h2>
${ps(times)}
<h2>${h3}</h2>
<ul>${lis(where)}</ul>
${ps(intl)}
<h2>${h4}</h2>
${ps(missing)}
</div><div data-content-region="page_builder_content_bottom"></div></main></div>
<div id="modal" class="modal" data-reveal data-prevent-quick-search-close><button class="modal-close" type="button" title="Close"><span
class="aria-description--hidden">Close</span></button><div class="modal-content"></div></div></main>
<footer class="footer" role="contentinfo"><h2 class="footer-title-sr-only">Footer Start</h2><div class="container">
<section class="footer-info">
<article class="footer-info-col footer-info-col--small" data-section-type="footer-webPages"><h3 class="footer-info-heading">Navigate</h3>
<ul class="footer-info-list">${links(navigate)}</ul></article>
<article class="footer-info-col footer-info-col--small" data-section-type="footer-categories"><h3 class="footer-info-heading">Categories</h3>
<ul class="footer-info-list">${links(footCats)}</ul></article>
<article class="footer-info-col footer-info-col--small" data-section-type="storeInfo"><h3 class="footer-info-heading">Info</h3>
<address>Trailhaven Outfitters<br>418 Larch Street<br>Cedar Bluff, MT 59730</address>
<strong>Call us at (406) 555-0172</strong></article>
<article class="footer-info-col" data-section-type="newsletterSubscription"><h3 class="footer-info-heading">Subscribe to our newsletter</h3>
<p>Trail reports, new arrivals and members-only sales, twice a month.</p>
<form class="form" action="/subscribe.php" method="post"><fieldset class="form-fieldset"><input type="hidden" name="action" value="subscribe">
<div class="form-field"><label class="form-label is-srOnly" for="nl_email">Email Address</label><div class="form-prefixPostfix wrap">
<input class="form-input" id="nl_email" name="nl_email" type="email" value="" placeholder="Your email address">
<input class="button button--primary form-prefixPostfix-button--postfix" type="submit" value="Subscribe"></div></div></fieldset></form>
<div class="footer-payment-icons"><svg class="footer-payment-icon"><use href="#icon-logo-visa"></use></svg></div></article></section>
<div class="footer-copyright"><p class="powered-by">© 2026 Trailhaven Outfitters </p></div>
<div class="footer-copyright"><p class="powered-by">Powered by <a href="https://www.bigcommerce.example?utm_source=merchant&amp;utm_medium=poweredbyBC"
rel="nofollow">BigCommerce</a></p></div></div></footer>
<div class="cookieMessage" data-cookie-message><div class="cookieMessage-container"><div class="cookieMessage-text">
<p>We use cookies to make your shopping trip smoother. By continuing to browse, you agree to our use of cookies.</p></div>
<div class="cookieMessage-actions"><button class="button button--primary button--small" data-cookie-message-button>Got it</button></div></div></div>
<script>window.__webpack_public_path__ = "https://cdn11.bigcommerce.example/s-7hq2k1/stencil/5d1c0e20/dist/";</script>
<script>window.stencilBootstrap("page", "{\\"themeSettings\\":{\\"show_powered_by\\":true},
\\"genericError\\":\\"Oops! Something went wrong.\\"}").load();</script>
</body></html>`;
export const bigcommerceShipping: TestPage = {
  name: 'heldout339-bigcommerce-cornerstone-shipping',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...rates.flat(), ...after, ...times, ...where, ...intl, ...missing]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Toggle menu', 'Compare', ...userNav, 'Search', 'Cart', ...cats, 'Home', 'Close', 'Footer Start', 'Navigate', ...navigate.filter((t) => t !== title),
    'Categories', 'Info', '418 Larch Street', 'Cedar Bluff, MT 59730', 'Call us at (406) 555-0172', 'Subscribe to our newsletter',
    'Trail reports, new arrivals and members-only sales, twice a month.', 'Email Address', '© 2026 Trailhaven Outfitters', 'Powered by BigCommerce',
    'We use cookies to make your shopping trip smoother. By continuing to browse, you agree to our use of cookies.', 'Got it',
  ],
};
