import { links, ps, type TestPage, texts } from './page-kit.js';
import { squarespaceWarranty } from './pages-heldout339-d2.js';
import { j, lis, trs } from './pages-heldout339-kit.js';

/**
 * Held-out batch 339, file d: a clothing shop's size guide, a CMS page of Magento 2 on the Luma theme built with Page Builder
 * (panel header links with the welcome message, logo, minicart and search block, category navigation, breadcrumbs, page
 * title wrapper, rows of heading, text and table content types, footer newsletter block and links, the built-in cookie
 * notice and x-magento-init scripts), a page built with a page builder; and, from file d2, a Squarespace warranty page.
 */
const title = 'Size Guide';
const intro = [
  j(
    'Our clothes are cut in our Leeds studio to a relaxed, true-to-size fit. Measure yourself in light clothing and compare the numbers',
    'with the tables below. If you fall between two sizes, choose the larger one for outerwear and the smaller one for knitwear, which',
    'softens and gives a little with wear.',
  ),
];
const h1 = 'How to measure';
const measure = [
  'Chest or bust: measure around the fullest part, keeping the tape level under your arms.',
  'Waist: measure around your natural waistline, the narrowest part of your torso.',
  'Hips: stand with your feet together and measure around the fullest part of your hips.',
  'Inside leg: measure from the top of your inner thigh to the floor, without shoes.',
];
const h2 = 'Women’s clothing';
const women: string[][] = [
  ['8', '81–84', '63–66', '89–92'],
  ['10', '86–89', '68–71', '94–97'],
  ['12', '91–94', '73–76', '99–102'],
  ['14', '96–100', '78–82', '104–108'],
  ['16', '102–106', '84–88', '110–114'],
];
const h3 = 'Men’s clothing';
const men: string[][] = [
  ['S', '89–94', '74–79', '80'],
  ['M', '97–102', '81–86', '81'],
  ['L', '104–109', '89–94', '82'],
  ['XL', '112–117', '97–102', '83'],
];
const h4 = 'Still unsure?';
const unsure = [
  j(
    'Every product page lists the garment’s own measurements, taken flat, along with the height and size of the model wearing it. Our',
    'customer care team can also measure any piece for you before you order: send a message with the product name and your usual size.',
  ),
  'If something does not fit, you can exchange it free of charge within 28 days, as long as it is unworn and the tags are still attached.',
  j(
    'A note on fabrics: our wool and cashmere knits are washed before sale, so they will not shrink if you follow the care label, but',
    'the organic cotton shirts can tighten by up to 2% after the first hot wash. If you like a roomy fit, size up in shirts.',
  ),
];
const head = (cells: string[]): string => `<thead><tr>\n${cells.map((c) => `<th>${c}</th>`).join('\n')}\n</tr></thead>`;
const row = (inner: string): string => `<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0"
data-parallax-speed="0.5" data-background-images="{}" data-background-type="image" data-video-loop="true" data-element="inner"
style="justify-content: flex-start; display: flex; flex-direction: column; margin: 0px 0px 10px; padding: 10px;">${inner}</div></div>`;
const text = (inner: string): string => `<div data-content-type="text" data-appearance="default" data-element="main">${inner}</div>`;
const heading = (t: string): string => `<h2 data-content-type="heading" data-appearance="default" data-element="main">${t}</h2>`;
const topLinks = ['Sign In', 'Create an Account'];
const nav = ['New In', 'Womenswear', 'Menswear', 'Knitwear', 'Outerwear', 'Journal'];
const footLinks = ['About Us', 'Customer Service', 'Delivery & Returns', 'Privacy and Cookie Policy', 'Search Terms', 'Advanced Search', 'Contact Us'];
const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="title" content="Size Guide"><meta name="description" content="Find your size at Hollin & Reed.">
<meta name="robots" content="INDEX,FOLLOW"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Size Guide | Hollin &amp; Reed</title>
<link rel="stylesheet" type="text/css" media="all" href="https://hollinreed.example/static/version1740050112/frontend/Magento/luma/en_GB/css/styles-m.css">
<script type="text/javascript" src="https://hollinreed.example/static/version1740050112/frontend/Magento/luma/en_GB/requirejs/require.js"></script>
<script type="text/javascript">var BASE_URL = 'https://hollinreed.example/';
var require = {"baseUrl":"https://hollinreed.example/static/frontend/Magento/luma/en_GB"};</script>
<link rel="canonical" href="https://hollinreed.example/size-guide"></head>
<body data-container="body" data-mage-init='{"loaderAjax": {}, "loader": { "icon": "https://hollinreed.example/static/images/loader-2.gif"}}'
id="html-body" class="cms-size-guide cms-page-view page-layout-1column">
<div class="cookie-status-message" id="cookie-status">The store will not work correctly when cookies are disabled.</div>
<script type="text/x-magento-init">{"*": {"cookieStatus": {}}}</script>
<div role="alertdialog" tabindex="-1" class="message global cookie" id="notice-cookie-block"><div role="document" class="content" tabindex="0"><p>
<strong>We use cookies to make your experience better.</strong>
<span>To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.</span>
<a href="https://hollinreed.example/privacy-policy-cookie-restriction-mode/">Learn more</a>.</p>
<div class="actions"><button id="btn-cookie-allow" class="action allow primary"><span>Allow Cookies</span></button></div></div></div>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header">
<a class="action skip contentarea" href="#contentarea"><span>Skip to Content</span></a>
<ul class="header links"><li class="greet welcome" data-bind="scope: 'customer'"><span class="not-logged-in">Free delivery on UK orders over £75</span></li>
${links(topLinks)}</ul></div></div>
<div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Toggle Nav</span></span>
<a class="logo" href="https://hollinreed.example/" title="Hollin &amp; Reed" aria-label="store logo"><img src="/logo.svg" title="Hollin &amp; Reed"
alt="Hollin &amp; Reed" width="170" height="40"></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="https://hollinreed.example/checkout/cart/"
data-bind="scope: 'minicart_content'"><span class="text">My Cart</span><span class="counter qty empty"><span class="counter-number"></span>
<span class="counter-label"></span></span></a></div>
<div class="block block-search"><div class="block block-title"><strong>Search</strong></div><div class="block block-content">
<form class="form minisearch" id="search_mini_form" action="https://hollinreed.example/catalogsearch/result/" method="get"><div class="field search">
<label class="label" for="search" data-role="minisearch-label"><span>Search</span></label><div class="control"><input id="search" type="text" name="q"
placeholder="Search entire store here..." class="input-text" maxlength="128" role="combobox"></div></div></form></div></div></div></header>
<div class="sections nav-sections"><div class="section-items nav-sections-items" data-mage-init='{"tabs":{"openedState":"active"}}'>
<div class="section-item-content nav-sections-item-content" id="store.menu" data-role="content"><nav class="navigation" data-action="navigation">
<ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'>
${links(nav, 'level0 category-item level-top')}</ul></nav></div></div></div>
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="https://hollinreed.example/" title="Go to Home Page">Home</a></li>
<li class="item cms_page"><strong>Size Guide</strong></li></ul></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">${title}</span></h1></div>
<div class="page messages"><div data-placeholder="messages"></div></div>
<div class="columns"><div class="column main"><input name="form_key" type="hidden" value="Xq2Lr8VzP1aB3cD4">
${row(text(ps(intro)))}
${row(`${heading(h1)}\n${text(`<ul>${lis(measure)}</ul>`)}`)}
${row(
  `${heading(h2)}\n${text(`<table style="border-collapse: collapse; width: 100%;" border="1">${head(['UK size', 'Bust (cm)', 'Waist (cm)', 'Hips (cm)'])}
<tbody>${trs(women)}</tbody></table>`)}`,
)}
${row(
  `${heading(h3)}\n${text(`<table style="border-collapse: collapse; width: 100%;" border="1">${head(['Size', 'Chest (cm)', 'Waist (cm)', 'Inside leg (cm)'])}
<tbody>${trs(men)}</tbody></table>`)}`,
)}
${row(`${heading(h4)}\n${text(ps(unsure))}`)}
</div></div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Newsletter</strong></div>
<div class="content"><form class="form subscribe" novalidate action="https://hollinreed.example/newsletter/subscriber/new/" method="post"
id="newsletter-validate-detail"><div class="field newsletter"><div class="control"><label for="newsletter"><span class="label">Sign Up for Our
Newsletter:</span><input name="email" type="email" id="newsletter" placeholder="Enter your email address"></label></div></div>
<div class="actions"><button class="action subscribe primary" title="Subscribe" type="submit" aria-label="Subscribe"><span>Subscribe</span></button></div>
</form></div></div>
<ul class="footer links">${links(footLinks, 'nav item')}</ul></div></footer>
<small class="copyright"><span>Copyright © 2026 Hollin &amp; Reed Ltd. All rights reserved.</span></small></div>
<script type="text/x-magento-init">{"*": {"Magento_Ui/js/core/app": {"components": {"customer": {"component": "Magento_Customer/js/view/customer"}}}}}</script>
</body></html>`;
const magentoSizes: TestPage = {
  name: 'heldout339-magento-pagebuilder-size-guide',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...measure, ...women.flat(), ...men.flat(), ...unsure]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The store will not work correctly when cookies are disabled.', 'We use cookies to make your experience better.',
    'To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.', 'Learn more', 'Allow Cookies',
    'Skip to Content', 'Free delivery on UK orders over £75', ...topLinks, 'Toggle Nav', 'My Cart', 'Search', ...nav, 'Home', 'Newsletter',
    'Sign Up for Our Newsletter:', 'Subscribe', ...footLinks, 'Copyright © 2026 Hollin & Reed Ltd. All rights reserved.',
  ],
};

export const HELDOUT339_D: readonly TestPage[] = [magentoSizes, squarespaceWarranty];
