import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, tr } from './pages-heldout422-kit.js';
import { allergens } from './pages-heldout422-e2.js';

/**
 * Held-out batch 422, file e: a university research group's glycaemic index page on Drupal 10 (Olivero theme: site header with
 * the university's utility links, primary menu, breadcrumb, node with "Last updated" and author field, body field with a
 * table and a block quote, a "Search the GI database" block, related-pages block, EU-style cookie banner and footer) and,
 * from file e2, a bakery café chain's allergen information page on Squarespace.
 */
const gTitle = 'The glycaemic index explained';
const gUtil = ['Study', 'Research', 'Staff directory', 'Library'];
const gNav = ['Home', 'GI database', 'Testing services', 'Our research', 'Publications', 'Contact'];
const gP1 = [
  j(
    'The glycaemic index (GI) ranks carbohydrate-containing foods by how quickly they raise blood glucose after eating, compared',
    'with a reference food. Pure glucose is given a value of 100, and every other food is scored against it.',
  ),
  j(
    'Foods that are digested and absorbed slowly produce a gradual rise in blood glucose and have a low GI. Foods that are broken',
    'down quickly, such as many refined starches, produce a sharp peak and have a high GI.',
  ),
];
const gBands = ['Low GI: 55 or less', 'Medium GI: 56 to 69', 'High GI: 70 or more'];
const gP2 = [
  j(
    'Ten healthy volunteers each eat a portion of the test food containing 50 grams of available carbohydrate after an overnight',
    'fast. Their blood glucose is measured every 15 minutes for two hours, and the area under the curve is compared with the area',
    'after they drink 50 grams of glucose on a separate morning. The GI is the average of the ten ratios.',
  ),
  j(
    'Because GI is measured on real people eating real foods, the value depends on the variety, ripeness, processing and cooking',
    'of the food. The same product can test quite differently from one country to another.',
  ),
];
const gRows: readonly (readonly string[])[] = [
  ['Pearl barley, boiled', '28', 'Low'],
  ['Red lentils, boiled', '31', 'Low'],
  ['Apple, raw', '39', 'Low'],
  ['Rolled oat porridge', '57', 'Medium'],
  ['Basmati rice, boiled', '60', 'Medium'],
  ['Wholemeal bread, commercial', '73', 'High'],
  ['Puffed rice cereal', '84', 'High'],
];
const gP3 = [
  j(
    'GI tells you about the quality of the carbohydrate, not the quantity. Glycaemic load (GL) combines the two: it is the GI',
    'multiplied by the grams of available carbohydrate in a serving, divided by 100. Watermelon has a high GI but so little',
    'carbohydrate per slice that its glycaemic load is low.',
  ),
];
const gQuote = j(
  'A low GI is one useful guide to choosing carbohydrate foods, but it should never be the only one. Fibre, salt, saturated fat',
  'and portion size all still matter.',
);
const gP4 = [
  j(
    'For people living with diabetes, swapping some high-GI foods for low-GI alternatives can help to smooth out glucose levels',
    'across the day. Talk to your dietitian or diabetes educator before making big changes to your diet.',
  ),
];
const gRel = ['How we test foods for GI', 'Apply for the GI symbol programme', 'Glycaemic load: frequently asked questions'];
const gFoot = ['Accessibility', 'Privacy', 'Copyright and disclaimer', 'Emergency information'];
const gHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${gTitle} | Glycaemic Research Unit | University of Eastmere</title><link rel="canonical" href="https://gru.eastmere.example/gi-explained">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_qm3lX1.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/148"},"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" rel="home">Glycaemic Research Unit</a></div><div class="site-branding__slogan">University of Eastmere</div>
</div></div>
<nav class="secondary-nav" aria-labelledby="block-secondary-navigation-menu">
<ul class="menu secondary-nav__menu">${links(gUtil, 'secondary-nav__menu-item')}</ul></nav>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" role="navigation"><ul class="menu primary-nav__menu
primary-nav__menu--level-1">${links(gNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/gi-database" class="breadcrumb__link">About GI</a></li></ol></nav></div>
<div class="region region--content-above grid-full"><div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${gTitle}</span></h1></div></div>
<div class="region region--content grid-full" id="content"><div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="148" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="field field--name-field-author field--type-string field--label-inline"><div class="field__label">Written by</div>
<div class="field__item">Dr Ilka Summerhayes, Senior Research Dietitian</div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(gP1)}
<h2>GI bands</h2><ul>${gBands.map((b) => `<li>${b}</li>`).join('\n')}</ul>
<h2>How GI is tested</h2>
${ps(gP2)}
<h2>GI values of some common foods</h2><table><caption>Values measured by the unit between 2019 and 2025.</caption>
<thead>${tr(['Food', 'GI', 'Band'], 'th')}</thead><tbody>${gRows.map((r) => tr(r)).join('\n')}</tbody></table>
<h2>GI and glycaemic load</h2>
${ps(gP3)}
<blockquote><p>${gQuote}</p></blockquote>
${ps(gP4)}
</div><div class="field field--name-field-last-updated field--label-inline"><div class="field__label">Last updated</div>
<div class="field__item"><time datetime="2025-09-18T12:00:00Z">18 September 2025</time></div></div></div></article></div>
<div id="block-gi-search" class="block block-block-content"><h2 class="block__title">Search the GI database</h2><div class="block__content">
<form action="/gi-database/search"><label for="gi-q">Food name</label><input id="gi-q" type="text"><input type="submit" value="Search"></form></div></div>
<div id="block-related" class="block block-views"><h2 class="block__title">Related pages</h2><div class="block__content"><ul>${links(gRel)}</ul></div></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><ul class="menu">${links(gFoot)}</ul>
<p>© University of Eastmere 2026. CRICOS Provider Code 04417K. ABN 51 822 604 117.</p></div></div></footer></div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div
class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>We use cookies on this site to
enhance your user experience.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button"
class="agree-button eu-cookie-compliance-default-button">OK, I agree</button><button type="button" class="decline-button">No, thanks</button></div></div>
</div></div>
<script src="/sites/default/files/js/js_Vb8q0m.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const gi: TestPage = {
  name: 'heldout422-drupal-olivero-glycaemic-index',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['GI bands', 'How GI is tested', 'GI values of some common foods', 'GI and glycaemic load'],
  body: [
    ...texts(gP1),
    ...gBands,
    ...texts(gP2),
    'Values measured by the unit between 2019 and 2025.',
    ...rowTexts(gRows),
    ...texts(gP3),
    gQuote,
    ...texts(gP4),
  ],
  bylines: ['Dr Ilka Summerhayes, Senior Research Dietitian', '18 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Glycaemic Research Unit', 'University of Eastmere', ...gUtil, ...gNav, 'About GI', 'Written by', 'Last updated',
    'Search the GI database', 'Food name', 'Related pages', ...gRel, ...gFoot,
    '© University of Eastmere 2026. CRICOS Provider Code 04417K. ABN 51 822 604 117.',
    'We use cookies on this site to enhance your user experience.', 'OK, I agree', 'No, thanks',
  ],
};

export const HELDOUT422_E: readonly TestPage[] = [gi, allergens];
