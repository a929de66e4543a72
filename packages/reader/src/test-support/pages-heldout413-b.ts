import { links, ps, type TestPage, texts } from './page-kit.js';
import { genesis } from './pages-heldout413-b2.js';

/**
 * Held-out batch 413, file b: a sewing pattern company's instructions page built with Elementor on WordPress (theme
 * builder header with nav menu and cart, heading, text-editor, image, icon-list and button widgets, a "last updated" line,
 * the "shop the pattern" call, a newsletter form, the Elementor footer and a Complianz cookie banner) and, from file b2, a
 * quilting block tutorial on a Genesis child theme.
 */
const eTitle = 'Harbour Shirt Dress: Sewing Instructions';
const eIntro = [
  `These are the full instructions for the Harbour Shirt Dress, the same text as the printed booklet in the envelope with a few
extra photos. If you bought the PDF, you can follow along here on a tablet while you sew and keep the printout for the
pattern pieces.`,
  `Seam allowances are 1.5 cm throughout unless a step says otherwise. Press every seam as you go; it takes a minute and makes
the collar and placket steps far easier.`,
];
const eNeedH = 'What you need';
const eNeed = [
  '2.6 to 3.4 m of light to medium-weight woven fabric, 140 cm wide (see the size chart on the envelope)',
  '0.5 m of lightweight fusible interfacing',
  'Nine buttons, 12 mm across',
  'Matching thread and a fabric marker that washes out',
];
const eS1H = 'Step 1: Prepare the front bands';
const eS1 = [
  `Fuse interfacing to the wrong side of both front bands (piece 3). Fold each band in half lengthwise with wrong sides
together and press to mark the fold, then open it out again.`,
];
const eS2H = 'Step 2: Sew the shoulders and yoke';
const eS2 = [
  `Place the back (piece 2) between the two yoke pieces (piece 4), right sides of the outer yoke to the right side of the back
and the right side of the inner yoke to its wrong side. Stitch through all three layers, then press both yokes up.`,
  `Pin the front shoulders to the outer yoke only and stitch. Roll the dress up inside the yoke, pin the inner yoke to the
front shoulders and stitch again. Pull the dress out through the neck opening: this is the "burrito" method, and it leaves
no raw edges inside.`,
];
const eS3H = 'Step 3: Attach the collar';
const eS3 = [
  `Sew the collar (piece 5) to the collar stand (piece 6), trim and turn. Sandwich the collar between the two stand pieces,
matching the notches at the centre back, and stitch the stand to the neckline from band to band.`,
  `Clip the curve of the neckline every 1 cm, stopping just short of the stitching, so the stand sits flat when you topstitch it.`,
];
const eS4H = 'Step 4: Hem and buttonholes';
const eS4 = [
  `Turn the hem up 1 cm and then 2 cm, press and edgestitch. Mark nine buttonholes on the right front band, the first 1.5 cm
below the neckline and the rest 9 cm apart, and sew them horizontally on the collar stand and vertically on the band.`,
  `Sew on the buttons, give the whole dress a final press, and it is ready to wear.`,
];
const eAll = [...eIntro, ...eNeed, ...eS1, ...eS2, ...eS3, ...eS4];
const eNav = ['Patterns', 'Fabric', 'Sew-alongs', 'Size charts', 'About us'];
const eFoot = ['Shipping & returns', 'Wholesale', 'Pattern support', 'Contact', 'Privacy policy'];
const w = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const sect = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-element-${id} elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const h2 = (id: string, t: string): string => w(id, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const te = (id: string, p: readonly string[]): string => w(id, 'text-editor', ps(p));
const img = (id: string, cap: string): string =>
  w(
    id,
    'image',
    `<figure class="wp-caption"><img decoding="async" width="800" height="600" src="https://lindenandloom.example/wp-content/uploads/2026/01/${id}.jpg"
class="attachment-large size-large" alt=""><figcaption class="widget-image-caption wp-caption-text">${cap}</figcaption></figure>`,
  );
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbour Shirt Dress: Sewing Instructions – Linden &amp; Loom Patterns</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://lindenandloom.example/harbour-instructions/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${eTitle}">
<meta property="article:modified_time" content="2026-01-22T11:04:51+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"${eTitle}","dateModified":"2026-01-22T11:04:51+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://lindenandloom.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.1">
<link rel="stylesheet" id="elementor-post-412-css" href="https://lindenandloom.example/wp-content/uploads/elementor/css/post-412.css?ver=1737543891">
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.27.1","post":{"id":412}};</script>
</head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-template-full-width elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
${sect(
  '4c1e2a0',
  `${w('1b2f3d4', 'theme-site-logo', '<a href="https://lindenandloom.example"><img src="/wp-content/uploads/logo.svg" alt="Linden &amp; Loom Patterns"></a>')}
${w(
  '5a6b7c8',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5a6b7c8" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
)}
${w('9d0e1f2', 'woocommerce-menu-cart', '<a class="elementor-menu-cart__toggle_button" href="#"><span class="elementor-button-text">Basket</span></a>')}`,
)}</header>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
${sect(
  '7e21c4b',
  `${w('3f8a9b0', 'heading', `<h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1>`)}
${w('2c4d6e8', 'text-editor', '<p class="updated-note">Last updated: 22 January 2026</p>')}
${te('8a7b6c5', eIntro)}
${w(
  '0f1e2d3',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/harbour.pdf">
<span class="elementor-button-text">Download the printable PDF</span></a>`,
)}`,
)}
${sect(
  'b3c4d5e',
  `${h2('a1b2c3d', eNeedH)}
${w(
  'e4f5a6b',
  'icon-list',
  `<ul class="elementor-icon-list-items">${eNeed
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
)}`,
)}
${sect('c7d8e9f', `${h2('f0a1b2c', eS1H)}\n${te('d3e4f5a', eS1)}\n${img('yoke-step', 'Front bands fused and pressed, ready for step 3')}`)}
${sect('1a2b3c4', `${h2('5d6e7f8', eS2H)}\n${te('9a0b1c2', eS2)}\n${img('burrito', 'The yoke rolled up around the dress, just before the final seam')}`)}
${sect('3d4e5f6', `${h2('7a8b9c0', eS3H)}\n${te('1d2e3f4', eS3)}`)}
${sect('5a6b7c8', `${h2('9d0e1f2', eS4H)}\n${te('3a4b5c6', eS4)}`)}
${sect(
  '7d8e9f0',
  `${w(
    '1a2b3c5',
    'call-to-action',
    `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Don't have the pattern yet?</h3>
<div class="elementor-cta__description">The Harbour Shirt Dress comes in sizes 6 to 30, printed or as a PDF.</div>
<a class="elementor-cta__button elementor-button" href="/product/harbour">Shop the pattern</a></div>`,
  )}`,
)}</div>
<footer data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
${sect(
  '2e3f4a5',
  `${w(
    '6b7c8d9',
    'form',
    `<form class="elementor-form" method="post" name="Newsletter"><h4 class="elementor-heading-title">Sew with us</h4>
<p>New patterns, free sew-alongs and the odd fabric sale, once a month.</p><input type="email" name="form_fields[email]" placeholder="Email address">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Subscribe</span></button></form>`,
  )}
${w('0a1b2c3', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${w('4d5e6f7', 'text-editor', '<p>© 2026 Linden &amp; Loom Patterns Ltd. Designed in Norwich.</p>')}`,
)}</footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-message-title-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-optin"><p>We use cookies to remember your basket and to see which patterns
people look at. You can choose which ones we may use.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://lindenandloom.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.1" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout413-elementor-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eNeedH, eS1H, eS2H, eS3H, eS4H],
  body: texts(eAll),
  bylines: ['Last updated: 22 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Basket', 'Download the printable PDF', 'Front bands fused and pressed, ready for step 3',
    'The yoke rolled up around the dress, just before the final seam', "Don't have the pattern yet?",
    'The Harbour Shirt Dress comes in sizes 6 to 30, printed or as a PDF.', 'Shop the pattern', 'Sew with us',
    'New patterns, free sew-alongs and the odd fabric sale, once a month.', 'Subscribe', ...eFoot, '© 2026 Linden & Loom Patterns Ltd. Designed in Norwich.',
    'Manage Cookie Consent', 'We use cookies to remember your basket and to see which patterns people look at. You can choose which ones we may use.',
    'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT413_B: readonly TestPage[] = [elementor, genesis];
