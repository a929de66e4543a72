import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, tr } from './pages-heldout422-kit.js';
import { dietitian } from './pages-heldout422-b2.js';

/**
 * Held-out batch 422, file b: a restaurant chain's nutrition facts page built with Elementor (header menu with "Order Now",
 * Complianz cookie banner, intro text widget, per-category tables, PDF download button, allergen call-out, footer widgets)
 * and, from file b2, a dietitian's WordPress blog post on a nutrient.
 */
const cTitle = 'Nutrition Information';
const cNav = ['Menu', 'Locations', 'Catering', 'Rewards', 'Gift Cards', 'Careers'];
const cIntro = [
  j(
    'At Copperleaf Kitchen we cook every bowl, wrap and side to the same recipe in all of our restaurants, so the numbers below',
    'describe what you are served. Values are for a standard portion as listed on our menu boards and were calculated from',
    'recipe data by an independent food laboratory in January 2026.',
  ),
  j(
    '2,000 calories a day is used for general nutrition advice, but calorie needs vary. Additional nutrition information is',
    'available on request at the counter or from our guest care team.',
  ),
];
const cBowls: readonly (readonly string[])[] = [
  ['Harissa Chicken Bowl', '640', '24', '58', '44', '1,180'],
  ['Miso Salmon Bowl', '710', '31', '62', '39', '1,320'],
  ['Charred Cauliflower & Lentil Bowl', '520', '18', '68', '21', '940'],
  ['Smoky Black Bean Bowl', '590', '20', '79', '22', '1,050'],
];
const cWraps: readonly (readonly string[])[] = [
  ['Chipotle Steak Wrap', '780', '33', '71', '46', '1,610'],
  ['Falafel & Pickled Slaw Wrap', '690', '29', '84', '19', '1,270'],
  ['Grilled Halloumi Wrap', '720', '36', '66', '28', '1,490'],
];
const cSides: readonly (readonly string[])[] = [
  ['Sweet Potato Wedges', '310', '12', '47', '4', '420'],
  ['Garlic Flatbread', '260', '9', '38', '7', '510'],
  ['Sesame Greens', '140', '9', '10', '6', '380'],
];
const cAfter = [
  j(
    'Customizing your order changes these values. Swapping rice for extra greens in any bowl takes off roughly 180 calories, while',
    'adding a second scoop of protein adds between 150 and 210 calories depending on the choice.',
  ),
  j(
    'Sauces are included in the values above at the standard amount. Ask for sauce on the side if you would like to control how',
    'much you use; our Green Tahini and Lime Crema are the lightest options at under 70 calories a portion.',
  ),
  j('Recipes and suppliers change from time to time. We review this page whenever a recipe changes and at least twice a year.'),
];
const cHead = ['Item', 'Calories', 'Fat (g)', 'Carbs (g)', 'Protein (g)', 'Sodium (mg)'];
const cFoot1 = ['About Us', 'Our Sourcing', 'Franchising', 'Press'];
const cFoot2 = ['Contact Us', 'FAQs', 'Accessibility', 'Privacy Policy', 'Terms of Use'];
const table = (rows: readonly (readonly string[])[]): string => `<div class="elementor-element elementor-widget elementor-widget-text-editor"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><table class="nutrition-table"><thead>${tr(cHead, 'th')}</thead>
<tbody>${rows.map((r) => tr(r)).join('\n')}</tbody></table></div></div>`;
const heading = (t: string): string => `<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">${t}</h2></div></div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nutrition Information | Copperleaf Kitchen</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://copperleafkitchen.example/nutrition/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://copperleafkitchen.example/nutrition/","name":"Nutrition Information | Copperleaf Kitchen","dateModified":"2026-01-28T10:14:02+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1738060442" media="all"></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<div class="elementor-element elementor-element-3f1c e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-theme-site-logo"><a href="https://copperleafkitchen.example"><img src="/logo.svg"
alt="Copperleaf Kitchen"></a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-6c2e" class="elementor-nav-menu">${links(cNav, 'menu-item menu-item-type-post_type')}</ul></nav></div>
<div class="elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link" href="/order"><span
class="elementor-button-text">Order Now</span></a></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<div class="elementor-element elementor-element-7d21 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${cTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(cIntro)}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><a class="elementor-button"
href="/wp-content/uploads/2026/01/copperleaf-nutrition-guide.pdf"><span class="elementor-button-text">Download the full nutrition guide (PDF)</span></a>
</div></div></div></div>
<div class="elementor-element elementor-element-91ab e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
${heading('Bowls')}
${table(cBowls)}
${heading('Wraps')}
${table(cWraps)}
${heading('Sides')}
${table(cSides)}
${heading('Customizing your order')}
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(cAfter)}
</div></div></div></div>
<div class="elementor-element elementor-element-c4e0 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-call-to-action"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Have a food allergy?</h3>
<div class="elementor-cta__description">See our allergen guide before you order.</div><a class="elementor-cta__button elementor-button"
href="/allergens">View Allergens</a></div></div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer">
<div class="elementor-element e-con"><div class="elementor-widget elementor-widget-icon-list"><ul class="elementor-icon-list-items">
${links(cFoot1, 'elementor-icon-list-item')}</ul></div><div class="elementor-widget elementor-widget-icon-list"><ul class="elementor-icon-list-items">
${links(cFoot2, 'elementor-icon-list-item')}</ul></div>
<div class="elementor-widget elementor-widget-text-editor"><p>© 2026 Copperleaf Kitchen Restaurants LLC. All rights reserved.</p></div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimize our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.25.2" id="elementor-pro-frontend-js"></script></body></html>`;
const copperleaf: TestPage = {
  name: 'heldout422-elementor-restaurant-nutrition',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Bowls', 'Wraps', 'Sides', 'Customizing your order'],
  body: [...texts(cIntro), ...rowTexts(cBowls), ...rowTexts(cWraps), ...rowTexts(cSides), ...texts(cAfter)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Order Now', 'Download the full nutrition guide (PDF)', 'Have a food allergy?', 'See our allergen guide before you order.', 'View Allergens',
    ...cFoot1, ...cFoot2, '© 2026 Copperleaf Kitchen Restaurants LLC. All rights reserved.', 'Manage Cookie Consent',
    'We use cookies to optimize our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT422_B: readonly TestPage[] = [copperleaf, dietitian];
