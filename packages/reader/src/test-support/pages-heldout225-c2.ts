import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 225, file c2: an invented garden centre's blog post built with Elementor Pro on WordPress with WooCommerce
 * (the opening-times top bar, the header with the mini cart, the post info widget with author, date and category, the
 * post content with "Shop now" buttons between the sections, the author box, the share buttons widget, the Mailchimp
 * form, "You might also like" posts, the footer columns and the Complianz cookie banner).
 */
const title = 'Five shrubs for autumn colour in a small garden';
const intro = [
  'Autumn colour is not only for people with room for a maple avenue. Plenty of compact shrubs light up in October and November, ' +
    'and most of them earn their keep the rest of the year too, with spring flowers, summer foliage or winter berries.',
  'These are the five our plant area team recommend most often when customers ask for something that will fit a border or a ' +
    'large pot and still give a show in autumn.',
];
const shrubs = [
  {
    h: '1. Fothergilla major',
    p:
      'Honey-scented white bottlebrush flowers in April, then leaves that turn yellow, orange and scarlet, often all on the same ' +
      'branch. It needs acid or neutral soil and grows slowly to about 1.5m.',
  },
  {
    h: '2. Euonymus alatus ‘Compactus’',
    p:
      'The winged spindle turns an almost unnatural shade of pinkish red. This compact form reaches about a metre and copes with ' +
      'most soils, including chalk, in sun or light shade.',
  },
  {
    h: '3. Berberis thunbergii ‘Admiration’',
    p:
      'A neat dome of small red leaves edged in gold that deepen to orange in autumn. Ideal for the front of a border or a pot by ' +
      'the door, and prickly enough to put off cats.',
  },
  {
    h: '4. Cotinus ‘Grace’',
    p:
      'Purple smoke bush leaves glow like stained glass when the low autumn sun shines through them. Cut it back hard in spring ' +
      'if you want to keep it small and get bigger leaves.',
  },
  {
    h: '5. Nandina domestica ‘Obsessed’',
    p:
      'An evergreen that colours up rather than dropping its leaves, with red new growth and deep crimson tints from October to ' +
      'spring. It is tough, slow growing and happy in a container for years.',
  },
];
const tipH = 'Getting the best colour';
const tips = [
  'Autumn colour is brightest after a sunny summer and cold, clear nights, so plant where the shrub gets sun for at least half ' +
    'the day. Shrubs under stress from drought may drop their leaves before they colour, so water pots and new plantings through ' +
    'dry spells in late summer.',
  'All five are in stock in the plant area now, in 3 and 5 litre pots. Ask any of the team in green fleeces if you need help ' + 'choosing.',
];
const top = ['Open today 9am – 5.30pm', 'Free local delivery over £50', 'Call 01632 960 448'];
const menu = ['Plants', 'Garden', 'Home & Gifts', 'Café', 'Events', 'Blog', 'Visit us'];
const info = ['Orla Fenwick', '23 September 2025', 'Plant advice'];
const bio = 'Orla runs the plant area at Brackenhurst and has been growing shrubs in heavy clay for twenty years.';
const share = ['Share this post', 'Share on facebook', 'Share on pinterest', 'Share on email'];
const mc = ['Join our gardening club', 'Seasonal tips, event news and a 10% welcome voucher.', 'First name', 'Email address', 'Join now'];
const more = ['You might also like', 'Planting spring bulbs in pots', 'Our winter opening hours', 'Christmas tree collection is back'];
const footCols = ['Opening times', 'Monday to Saturday 9am – 5.30pm', 'Sunday 10.30am – 4.30pm', 'Find us', 'Brackenhurst Lane, Thornley, TN4 7QP'];
const footLinks = ['Delivery information', 'Returns', 'Gift cards', 'Careers', 'Privacy policy'];
const copy = '© 2025 Brackenhurst Garden Centre. All rights reserved.';
const cmp = ['Manage consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences', 'Cookie Policy'];
const shop = (s: string, i: number): string => `<div class="elementor-element elementor-widget elementor-widget-button" data-id="b${i}"
data-widget_type="button.default"><div class="elementor-widget-container"><div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link
elementor-size-sm" href="/shop/${i}"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Shop ${s}</span></span></a></div>
</div></div>`;
const shopNames = ['Fothergilla', 'Euonymus', 'Berberis', 'Cotinus', 'Nandina'];
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;

const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Brackenhurst Garden Centre</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.brackenhurstgc.example/five-shrubs-autumn-colour/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Orla Fenwick"},"datePublished":"2025-09-23T08:00:00+00:00","articleSection":["Plant advice"]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.1" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-4410 theme-hello-elementor woocommerce-js elementor-default elementor-kit-6 elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent top-bar">${top.map((t) => w('text-editor', `<p>${t}</p>`)).join('')}</div>
<div class="elementor-element e-flex e-con-boxed e-con
e-parent">${w('theme-site-logo', '<a href="/"><img src="/logo.svg" alt="Brackenhurst Garden Centre"></a>')}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(menu, 'menu-item')}</ul></nav>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul
class="elementor-nav-menu">${links(menu, 'menu-item')}</ul></nav>`,
)}
${w(
  'woocommerce-menu-cart',
  `<a class="elementor-menu-cart__toggle_button" href="#"><span class="elementor-button-text">£0.00</span><span class="elementor-button-icon">
<span class="elementor-screen-only">Cart</span></span></a><div class="elementor-menu-cart__main" aria-hidden="true">
<div class="woocommerce-mini-cart__empty-message">No products in the cart.</div></div>`,
)}
</div></div>
<div data-elementor-type="single-post" data-elementor-id="212" class="elementor elementor-212 elementor-location-single post-4410 post type-post">
<div class="elementor-element e-flex e-con-boxed e-con e-parent">${w(
  'theme-post-title',
  `<h1 class="elementor-heading-title
elementor-size-default">${title}</h1>`,
)}
${w(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">${info
    .map((t) => `<li class="elementor-icon-list-item elementor-repeater-item elementor-inline-item"><span class="elementor-icon-list-text">${t}</span></li>`)
    .join('')}</ul>`,
)}
${w('theme-post-featured-image', '<img src="/wp-content/uploads/2025/09/cotinus.jpg" alt="Cotinus leaves in autumn sun">')}
${w(
  'theme-post-content',
  `${intro.map((p) => `<p>${p}</p>`).join('\n')}
${shrubs.map((s, i) => `<h3>${s.h}</h3>\n<p>${s.p}</p>\n${shop(shopNames[i] ?? '', i)}`).join('\n')}
<h2>${tipH}</h2>
${tips.map((p) => `<p>${p}</p>`).join('\n')}`,
)}
${w(
  'author-box',
  `<div class="elementor-author-box"><div class="elementor-author-box__avatar"><img src="/orla.jpg" alt="Orla Fenwick"></div>
<div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Orla Fenwick</h4><div
class="elementor-author-box__bio"><p>${bio}</p></div></div></div>`,
)}
${w(
  'share-buttons',
  `<h4>${share[0]}</h4><div class="elementor-grid">${share
    .slice(1)
    .map((s) => `<div class="elementor-grid-item"><div class="elementor-share-btn" role="button"><span class="elementor-screen-only">${s}</span></div></div>`)
    .join('')}</div>`,
)}
${w(
  'form',
  `<h3>${mc[0]}</h3><p>${mc[1]}</p><form class="elementor-form" name="Mailchimp"><label for="f1">${mc[2]}</label><input id="f1">
<label for="f2">${mc[3]}</label><input id="f2" type="email"><button type="submit"><span class="elementor-button-text">${mc[4]}</span></button></form>`,
)}
${w(
  'posts',
  `<h2 class="elementor-heading-title">${more[0]}</h2><div class="elementor-posts-container elementor-posts elementor-grid">${more
    .slice(1)
    .map(
      (t) => `<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="#">${t}</a></h3>
<a class="elementor-post__read-more" href="#">Read More »</a></div></article>`,
    )
    .join('')}</div>`,
)}</div></div>
<footer data-elementor-type="footer" class="elementor elementor-location-footer"><div class="elementor-element e-con">${w(
  'text-editor',
  `<h4>${footCols[0]}</h4><p>${footCols[1]}</p><p>${footCols[2]}</p><h4>${footCols[3]}</h4><p>${footCols[4]}</p>`,
)}${w('nav-menu', `<ul class="elementor-nav-menu">${links(footLinks)}</ul>`)}${w('text-editor', `<p>${copy}</p>`)}</div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">${cmp[0]}</div></div><div class="cmplz-body"><div class="cmplz-message">
<p>${cmp[1]}</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${cmp[2]}</button><button class="cmplz-btn cmplz-deny">
${cmp[3]}</button><button class="cmplz-btn cmplz-view-preferences">${cmp[4]}</button></div><div class="cmplz-links"><a class="cmplz-link cookie-statement"
href="/cookie-policy-uk/">${cmp[5]}</a></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.0" id="elementor-pro-frontend-js"></script></body></html>`;

export const elementorPost: TestPage = {
  name: 'heldout225-elementor-garden-centre-blog',
  kind: 'blog',
  html,
  title,
  // the numbered shrub h3s are headings; the "Shop ..." buttons between them are furniture
  headings: [...shrubs.map((s) => s.h), tipH],
  body: texts([...intro, ...shrubs.map((s) => s.p), ...tips]),
  bylines: ['Orla Fenwick', '23 September 2025'],
  // biome-ignore format: packed furniture
  furniture: [
    'Skip to content', ...top, ...menu, '£0.00', 'Cart', 'No products in the cart.', 'Plant advice', ...shopNames.map((s) => `Shop ${s}`), bio,
    ...share, ...mc, ...more, 'Read More »', ...footCols, ...footLinks, copy, ...cmp,
  ],
};
