import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, trs } from './pages-heldout339-kit.js';

/**
 * Held-out batch 339, file c2: a bike shop's cookie policy on WordPress built with Elementor (theme-builder header and footer
 * templates, nav-menu widget, heading and text-editor widgets) with a Cookiebot cookie declaration embedded by shortcode (the
 * consent state line and its links, one table per category, the "last updated" line) and the Cookiebot consent dialog.
 */
const title = 'Cookie Policy';
const intro = [
  j(
    'This policy explains how Northwick Cycles uses cookies and similar technologies on northwickcycles.example, including our online',
    'shop and workshop booking pages. It should be read together with our notice on how we handle personal data.',
  ),
];
const h1 = 'What are cookies?';
const what = [
  j(
    'Cookies are small text files that can be used by websites to make a user’s experience more efficient. The law states that we can',
    'store cookies on your device if they are strictly necessary for the operation of this site. For all other types of cookies we',
    'need your permission.',
  ),
  j(
    'Some cookies are placed by third-party services that appear on our pages, such as the map on our contact page and the payment',
    'form at checkout. You can change or withdraw your consent at any time using the link at the foot of every page.',
  ),
];
const h2 = 'Cookies we use';
const necessaryHead = ['Necessary (3)'];
const necessaryDesc = ['Necessary cookies help make a website usable by enabling basic functions like page navigation and access to secure areas.'];
const necessary: string[][] = [
  ['CookieConsent', 'Cookiebot', 'Stores the user’s cookie consent state for the current domain', '1 year', 'HTTP Cookie'],
  ['woocommerce_cart_hash', 'northwickcycles.example', 'Keeps track of the items in the shopping basket', 'Session', 'HTTP Cookie'],
  ['wp_woocommerce_session_[x]', 'northwickcycles.example', 'Keeps a visitor’s basket and booking slot between pages', '2 days', 'HTTP Cookie'],
];
const statsHead = ['Statistics (2)'];
const statsDesc = ['Statistic cookies help us understand how visitors interact with the website by collecting and reporting information anonymously.'];
const stats: string[][] = [
  ['_ga', 'Google', 'Registers a unique ID used to generate statistical data on how the visitor uses the website', '2 years', 'HTTP Cookie'],
  ['_ga_#', 'Google', 'Used by Google Analytics to collect data on the number of times a user has visited the website', '2 years', 'HTTP Cookie'],
];
const marketingHead = ['Marketing (1)'];
const marketingDesc = ['Marketing cookies are used to show visitors offers for bikes and servicing that are relevant to them on other websites.'];
const marketing: string[][] = [['_fbp', 'Meta Platforms', 'Used to deliver a series of advertisement products', '3 months', 'HTTP Cookie']];
const h3 = 'Managing cookies in your browser';
const manage = [
  j(
    'Most browsers let you refuse or delete cookies in their settings. If you block necessary cookies, parts of the site such as the',
    'basket and the workshop booking calendar will stop working.',
  ),
  'If you have any questions about this policy, email hello@northwickcycles.example or call into the shop on Fennel Street.',
];
const updated = 'Cookie declaration last updated on 02/03/2026 by Cookiebot';
const thead = `<thead><tr><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Name</th>
<th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Provider</th><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Purpose</th>
<th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Maximum Storage Duration</th>
<th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Type</th></tr></thead>`;
const type = (id: string, head: string, desc: string, rows: string[][]): string => `<div class="CookieDeclarationType" lang="en" dir="ltr">
<p class="CookieDeclarationTypeHeader">${head}</p><p class="CookieDeclarationTypeDescription">${desc}</p>
<table class="CookieDeclarationTable" id="CookieDeclarationTable_${id}"><colgroup><col style="width: 20%;"><col style="width: 20%;">
<col style="width: 35%;"><col style="width: 15%;"><col style="width: 10%;"></colgroup>${thead}
<tbody>${trs(rows, 'td', ' class="CookieDeclarationTableCell"')}</tbody></table></div>`;
const w = (id: string, kind: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${kind}" data-id="${id}" data-element_type="widget" data-widget_type="${kind}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const menu = ['Bikes', 'E-Bikes', 'Workshop', 'Bike Fitting', 'Rides & Events', 'Visit Us'];
const foot = ['Privacy Notice', 'Terms of Sale', 'Delivery & Returns', 'Cycle to Work Scheme'];
const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie Policy - Northwick Cycles</title><link rel="canonical" href="https://northwickcycles.example/cookie-policy/">
<meta property="og:title" content="Cookie Policy - Northwick Cycles"><meta property="og:site_name" content="Northwick Cycles">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="3f0e2a41-8c5d-4b7e-9a10-2d6f5c8e7b31" data-blockingmode="auto"
type="text/javascript"></script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://northwickcycles.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6">
<link rel="stylesheet" id="elementor-post-311-css" href="https://northwickcycles.example/wp-content/uploads/elementor/css/post-311.css?ver=1740412211">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Cookie Policy","isPartOf":{"@type":"WebSite",
"name":"Northwick Cycles"}}</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-311 wp-custom-logo elementor-default elementor-template-full-width
elementor-kit-6 elementor-page elementor-page-311">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3c1a9f0 e-flex e-con-boxed e-con e-parent" data-id="3c1a9f0" data-element_type="container">
<div class="e-con-inner">${w('7d1e2b4', 'theme-site-logo', '<a href="https://northwickcycles.example"><img src="/logo.svg" alt="Northwick Cycles"></a>')}
${w(
  '91ab3c2',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-91ab3c2" class="elementor-nav-menu">${links(menu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${w(
  'c20f7a1',
  'button',
  '<a class="elementor-button elementor-button-link elementor-size-sm" href="/book-a-service/"><span class="elementor-button-text">Book a service</span></a>',
)}
</div></div></header>
<div data-elementor-type="wp-page" data-elementor-id="311" class="elementor elementor-311" data-elementor-post-type="page">
<div class="elementor-element elementor-element-5a2c1e7 e-flex e-con-boxed e-con e-parent" data-id="5a2c1e7" data-element_type="container">
<div class="e-con-inner">
${w('a81c0d2', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${title}</h1>`)}
${w('b02e9f3', 'text-editor', `${ps(intro)}\n<h2>${h1}</h2>\n${ps(what)}\n<h2>${h2}</h2>`)}
${w(
  'e7d13c5',
  'shortcode',
  `<div class="elementor-shortcode"><div id="CookieDeclaration"><div class="CookieDeclaration" lang="en" dir="ltr">
<p class="CookieDeclarationStatement">Your current state: Allow all. <a href="javascript: Cookiebot.renew()">Change your consent</a> |
<a href="javascript: Cookiebot.withdraw()">Withdraw your consent</a></p>
${type('necessary', necessaryHead[0] ?? '', necessaryDesc[0] ?? '', necessary)}
${type('statistics', statsHead[0] ?? '', statsDesc[0] ?? '', stats)}
${type('advertising', marketingHead[0] ?? '', marketingDesc[0] ?? '', marketing)}
<p class="CookieDeclarationLastUpdated">${updated}</p></div></div></div>`,
)}
${w('f4a20b6', 'text-editor', `<h2>${h3}</h2>\n${ps(manage)}`)}
</div></div></div>
<footer data-elementor-type="footer" data-elementor-id="40" class="elementor elementor-40 elementor-location-footer"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-1f0b6d2 e-flex e-con-boxed e-con e-parent" data-id="1f0b6d2" data-element_type="container">
<div class="e-con-inner">${w('2c9d8e1', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Ride with us</h2>')}
${w('3a1f5b7', 'text-editor', '<p>Saturday social rides leave the shop at 8:30 sharp. All speeds welcome, coffee stop guaranteed.</p>')}
${w('4e6c0a9', 'icon-list', `<ul class="elementor-icon-list-items">${links(foot, 'elementor-icon-list-item')}</ul>`)}
${w('5b7d2c3', 'text-editor', '<p>© 2026 Northwick Cycles Ltd · 14 Fennel Street, Northwick · Company no. 09876543</p>')}
</div></div></footer>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle"
class="CybotEdge CybotCookiebotDialogActive" lang="en" data-template="popup"><div class="CybotCookiebotDialogContentWrapper">
<div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and ads, to provide social media features and to analyse our
traffic.</div></div>
<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection" class="CybotCookiebotDialogBodyButton">Allow selection</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">Allow all</button>
<div id="CybotCookiebotDialogPoweredByText"><a href="https://www.cookiebot.example/en/what-is-behind-powered-by-cookiebot/" target="_blank">Powered by
Cookiebot by Usercentrics</a></div></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.27.6"};</script>
<script src="https://northwickcycles.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.6" id="elementor-frontend-js"></script>
</body></html>`;
export const elementorCookies: TestPage = {
  name: 'heldout339-elementor-cookiebot-cookie-policy',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([
    ...intro,
    ...what,
    ...necessaryHead,
    ...necessaryDesc,
    ...necessary.flat(),
    ...statsHead,
    ...statsDesc,
    ...stats.flat(),
    ...marketingHead,
    ...marketingDesc,
    ...marketing.flat(),
    ...manage,
  ]),
  bylines: [updated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...menu, 'Book a service', 'Your current state: Allow all.', 'Change your consent', 'Withdraw your consent', 'Ride with us',
    'Saturday social rides leave the shop at 8:30 sharp. All speeds welcome, coffee stop guaranteed.', ...foot,
    '© 2026 Northwick Cycles Ltd · 14 Fennel Street, Northwick · Company no. 09876543', 'This website uses cookies',
    'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.', 'Deny', 'Allow selection',
    'Allow all', 'Powered by Cookiebot by Usercentrics',
  ],
};
