import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 214, file d2: a coffee roaster's V60 brew guide on WordPress with WooCommerce and Elementor Pro (the
 * Elementor header template with the shipping bar, menu, account and mini-cart, the Yoast breadcrumb, heading, text-editor,
 * icon-list, image and video widgets, the recipe table, numbered steps, a "Shop this guide" product carousel between the
 * sections, the "More brew guides" posts widget, the subscription call to action, the footer template with newsletter form,
 * and the CookieYes consent banner).
 */
const cgTitle = 'How to brew with a V60';
const cgIntro = [
  'The V60 is our favourite way to brew at home. It is quick, it is cheap to get started, and it shows off the clarity and ' +
    'sweetness of a good filter roast better than almost anything else. It is also a little unforgiving, so this guide sticks to ' +
    'a simple recipe that works with all of our filter coffees.',
];
const cgH1 = 'What you’ll need';
const cgNeed = [
  'A V60 dripper (size 02) and paper filters',
  'Digital scales that read to 0.1 g',
  'A gooseneck kettle',
  'A burr grinder, or pre-ground coffee from us on the “filter” setting',
  'A mug or carafe and a timer',
];
const cgH2 = 'The recipe';
const cgRecipe = [
  ['Coffee', '15 g'],
  ['Water', '250 g, just off the boil (around 94°C)'],
  ['Grind', 'Medium-fine, like table salt'],
  ['Total brew time', '2:45 to 3:15'],
];
const cgRows = cgRecipe.map(([k, v]) => `${k} ${v}`);
const cgH3 = 'Step by step';
const cgSteps = [
  'Put the filter paper in the dripper and rinse it with hot water. This removes any papery taste and warms the dripper. Tip the ' + 'rinse water away.',
  'Add 15 g of ground coffee, give the dripper a gentle shake to level the bed, and zero your scales.',
  'Start the timer and pour 40 g of water, making sure all the grounds are wet. Give it a swirl and leave it to bloom for 40 seconds.',
  'Pour slowly in small circles until the scales read 150 g, avoiding the very edge of the paper.',
  'At 1:15, pour again to 250 g. Give the dripper one more gentle swirl so the bed settles flat.',
  'Let it drain. It should finish between 2:45 and 3:15. Remove the dripper, swirl your coffee, and let it cool for a minute before tasting.',
];
const cgH4 = 'Troubleshooting';
const cgTrouble = [
  'If your coffee tastes sour, thin or a bit salty, it is probably under-extracted: grind a little finer next time, or use water ' +
    'that is slightly hotter. The brew will take a bit longer, which is what you want.',
  'If it tastes bitter, dry or hollow, and the brew took longer than three and a half minutes, go coarser. Change one thing at ' +
    'a time and write it down, and you will find the sweet spot for your grinder within a few brews.',
  'Finally, fresh coffee makes a bigger difference than any technique. We roast every Monday and Thursday and recommend brewing ' +
    'between one and five weeks after the roast date on the bag.',
];
const cgTop = 'Free UK shipping on orders over £25';
const cgNav = ['Shop Coffee', 'Subscriptions', 'Equipment', 'Brew Guides', 'Wholesale', 'Our Story'];
const cgHeadIcons = ['My account', 'Basket', '0'];
const cgCrumbs = ['Home', 'Brew Guides'];
const cgMeta = ['Brew time: 3 minutes', 'Difficulty: Medium'];
const cgVideo = 'Watch the two-minute video';
const cgShop = ['Shop this guide', 'Kintampo Washed, Ghana', '£11.00', 'Hario V60 Dripper 02', '£8.50', 'Hario V60 Papers (100)', '£5.00', 'Add to basket'];
const cgMore = ['More brew guides', 'AeroPress', 'French Press', 'Moka Pot', 'Chemex'];
const cgSub = ['Never run out', 'Fresh coffee every two, three or four weeks. Save 15% and skip or cancel any time.', 'Start a subscription'];
const cgFootHead = ['Shop', 'Help', 'Visit us'];
const cgFoot = ['Delivery & Returns', 'FAQs', 'Contact', 'Terms & Conditions', 'Privacy Policy'];
const cgVisit = 'Roastery & café, 9 Tanner Row, York YO1 6JB. Open Tuesday to Sunday, 8am to 4pm.';
const cgNews = ['Get 10% off your first order', 'Join our newsletter for new coffees, brewing tips and the occasional roastery event.', 'Email', 'Sign up'];
const cgCopy = '© 2026 Lowfield Coffee Roasters Ltd. Registered in England no. 11839204.';
const cgCookie = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking ' +
    '"Accept All", you consent to our use of cookies.',
  'Customise',
  'Reject All',
  'Accept All',
];
const cgAmp = (t: string): string => t.replace(/&/g, '&amp;');
const cgW = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const cgHead = (t: string, tag = 'h2'): string => cgW('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const cgText = (a: readonly string[]): string => cgW('text-editor', a.map((p) => `<p>${p}</p>`).join('\n'));
const cgCon = (inner: string): string =>
  `<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">\n${inner}\n</div></div>`;
const cgHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How to brew with a V60 | Lowfield Coffee Roasters</title><meta name="description" content="Our simple V60 recipe: 15 g coffee, 250 g water,
three minutes.">
<link rel="canonical" href="https://lowfieldcoffee.example/brew-guides/v60/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"How to brew with a V60",
"breadcrumb":{"@id":"https://lowfieldcoffee.example/brew-guides/v60/#breadcrumb"}},{"@type":"HowTo","name":"How to brew with a
V60","totalTime":"PT3M"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://lowfieldcoffee.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.3">
<link rel="stylesheet" id="elementor-post-842-css" href="https://lowfieldcoffee.example/wp-content/uploads/elementor/css/post-842.css?ver=1741012210">
<script id="cookieyes" src="https://cdn-cookieyes.example/client_data/8f3e2a/script.js"></script></head>
<body class="page-template page-template-elementor_header_footer page page-id-842 theme-hello-elementor woocommerce-js elementor-default
elementor-kit-6 elementor-page-842">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
${cgCon(cgW('text-editor', `<p>${cgTop}</p>`))}
${cgCon(`${cgW('theme-site-logo', '<a href="/"><img width="160" height="48" src="/wp-content/uploads/lowfield-logo.svg" alt="Lowfield Coffee Roasters"></a>')}
${cgW(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul
id="menu-1-3b1f"
class="elementor-nav-menu">${links(cgNav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}
${cgW('icon', `<a class="elementor-icon" href="/my-account/"><span class="elementor-screen-only">${cgHeadIcons[0]}</span></a>`)}
${cgW(
  'woocommerce-menu-cart',
  `<div class="elementor-menu-cart__toggle"><a href="#" class="elementor-menu-cart__toggle_button"><span
class="elementor-button-text">
${cgHeadIcons[1]}</span><span class="elementor-button-icon" data-counter="0"><span
class="elementor-button-icon-qty">${cgHeadIcons[2]}</span></span></a></div>`,
)}`)}
</header>
<main id="content" class="site-main post-842 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="842" class="elementor elementor-842" data-elementor-post-type="page">
${cgCon(`${cgW(
  'breadcrumbs',
  `<p id="breadcrumbs"><span><span><a href="/">${cgCrumbs[0]}</a></span> » <span><a
href="/brew-guides/">${cgCrumbs[1]}</a></span> »
<span class="breadcrumb_last" aria-current="page">V60</span></span></p>`,
)}
${cgHead(cgTitle, 'h1')}
${cgW(
  'icon-list',
  `<ul class="elementor-icon-list-items elementor-inline-items">${cgMeta
    .map(
      (m) => `<li class="elementor-icon-list-item
elementor-inline-item">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-clock"></i></span><span
class="elementor-icon-list-text">${m}</span></li>`,
    )
    .join('')}</ul>`,
)}
${cgText(cgIntro)}
${cgW(
  'video',
  `<div class="elementor-wrapper elementor-open-inline"><div class="elementor-video" data-src="https://www.youtube.example/embed/v60guide"></div>
<div class="elementor-custom-embed-image-overlay"><div class="elementor-custom-embed-play" role="button" aria-label="Play Video" tabindex="0"></div></div></div>
<p class="elementor-video-caption">${cgVideo}</p>`,
)}`)}
${cgCon(`${cgHead(cgH1)}
${cgW(
  'icon-list',
  `<ul class="elementor-icon-list-items">${cgNeed
    .map(
      (m) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${m}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${cgHead(cgH2)}
${cgW(
  'text-editor',
  `<table class="brew-recipe"><tbody>${cgRecipe
    .map(
      ([k, v]) => `<tr><td><strong>${k}</strong></td>
<td>${v}</td></tr>`,
    )
    .join('\n')}</tbody></table>`,
)}`)}
${cgCon(`${cgHead(cgShop[0] ?? '', 'h3')}
${cgW(
  'woocommerce-products',
  `<div class="woocommerce columns-3"><ul class="products elementor-grid columns-3">${[0, 1, 2]
    .map(
      (i) => `<li class="product type-product"><a href="#" class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><h2
class="woocommerce-loop-product__title">${cgShop[1 + 2 * i]}</h2><span class="price"><span class="woocommerce-Price-amount amount"><bdi>${
        cgShop[2 + 2 * i]
      }</bdi></span></span></a>
<a href="?add-to-cart=${i}" class="button product_type_simple add_to_cart_button ajax_add_to_cart">${cgShop[7]}</a></li>`,
    )
    .join('\n')}</ul></div>`,
)}`)}
${cgCon(`${cgHead(cgH3)}
${cgW('text-editor', `<ol>\n${cgSteps.map((s) => `<li>${s}</li>`).join('\n')}\n</ol>`)}
${cgHead(cgH4)}
${cgText(cgTrouble)}`)}
${cgCon(`${cgHead(cgMore[0] ?? '', 'h3')}
${cgW(
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-grid">${cgMore
    .slice(1)
    .map(
      (t) => `<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="#">${t}</a></h3>
</div></article>`,
    )
    .join('\n')}</div>`,
)}`)}
${cgCon(
  `${cgHead(cgSub[0] ?? '', 'h3')}${cgText([cgSub[1] ?? ''])}${cgW(
    'button',
    `<a class="elementor-button elementor-button-link elementor-size-md"
href="/subscriptions/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">${cgSub[2]}</span></span></a>`,
  )}`,
)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer">
${cgCon(`${cgHead(cgFootHead[0] ?? '', 'h4')}${cgW(
  'nav-menu',
  `<nav class="elementor-nav-menu--main"><ul
class="elementor-nav-menu">${links(cgNav.slice(0, 3))}</ul></nav>`,
)}
${cgHead(cgFootHead[1] ?? '', 'h4')}${cgW('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(cgFoot)}</ul></nav>`)}
${cgHead(cgFootHead[2] ?? '', 'h4')}${cgText([cgAmp(cgVisit)])}
${cgHead(cgNews[0] ?? '', 'h4')}${cgText([cgNews[1] ?? ''])}${cgW(
  'form',
  `<form class="elementor-form" method="post" name="Newsletter"><div
class="elementor-field-group">
<label for="form-field-email" class="elementor-field-label">${cgNews[2]}</label><input type="email" id="form-field-email" class="elementor-field"></div>
<button type="submit" class="elementor-button"><span class="elementor-button-text">${cgNews[3]}</span></button></form>`,
)}
${cgW('text-editor', `<p>${cgCopy}</p>`)}`)}
</footer>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="notice-title">${cgCookie[0]}</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="notice-description"><p>${cgCookie[1]}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">${cgCookie[2]}</button><button class="cky-btn cky-btn-reject"
data-cky-tag="reject-button">${cgCookie[3]}</button><button class="cky-btn cky-btn-accept"
data-cky-tag="accept-button">${cgCookie[4]}</button></div></div></div></div></div>
<script src="https://lowfieldcoffee.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.1" id="elementor-pro-frontend-js"></script>
</body></html>`;

export const brewGuide: TestPage = {
  html: cgHtml,
  name: 'heldout214-roaster-brew-guide',
  kind: 'docs',
  // each recipe-table row is one body entry; the guide's meta line (brew time, difficulty), the video caption and the product
  // carousel between the sections are furniture; the breadcrumb's last item "V60" is a word of the title and left out
  title: cgTitle,
  headings: [cgH1, cgH2, cgH3, cgH4],
  body: [...texts(cgIntro), ...texts(cgNeed), ...cgRows, ...texts(cgSteps), ...texts(cgTrouble)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', cgTop, ...cgNav, ...cgHeadIcons.slice(0, 2), ...cgCrumbs, ...cgMeta, cgVideo, ...cgShop, ...cgMore, ...cgSub, ...cgFootHead,
    ...cgFoot, cgVisit, ...cgNews, cgCopy, ...cgCookie,
  ],
};
