import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, rowTexts, trs } from './pages-heldout526-kit.js';

/**
 * Held-out batch 526, file c: a council's farmers' market page on LocalGov Drupal (services page, sidebar of related pages,
 * feedback box), and a pick-your-own farm's visitor FAQ on Webflow with collapsed accordion answers.
 */
const dTitle = 'Tollbridge Farmers’ Market';
const dSummary = 'A monthly market of local food and drink producers in the Corn Exchange forecourt, run by the council.';
const dParas = [
  j(
    'The farmers’ market is held on the first Sunday of each month from 9am to 1pm. All stallholders grow, rear, catch, brew or',
    'bake what they sell, and all produce comes from within 50 miles of Tollbridge.',
  ),
  'The market has between 18 and 30 stalls depending on the season. Card payments are taken by most traders.',
];
const dDates = ['2 February 2025', '2 March 2025', '6 April 2025', '4 May 2025', '1 June 2025', '6 July 2025'];
const dFeeRows = [
  ['Standard pitch (3m x 3m)', '£28'],
  ['Double pitch', '£50'],
  ['Electricity hook-up', '£6'],
];
const dTrade = [
  j(
    'To trade at the market you need public liability insurance of at least £5 million and, if you sell food, a food hygiene',
    'registration with your local council. Pitch fees are paid monthly in advance.',
  ),
  'New traders can apply at any time. We will let you know within four weeks whether there is space for your produce.',
];
const dAccess = j(
  'The forecourt is step-free. Blue badge holders can park in Exchange Street on market days. The nearest public toilets are in',
  'the Corn Exchange and open at 9am.',
);
const dNav = ['Bins, recycling and waste', 'Council tax', 'Parking and roads', 'Planning', 'Business and licensing', 'Leisure and culture'];
const dCrumbs = ['Home', 'Business and licensing', 'Markets'];
const dSide = ['Apply to trade at a market', 'Street trading licences', 'Tollbridge Charter Market'];
const dFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice', 'Sitemap'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="description" content="${esc(dSummary)}"><link rel="canonical" href="https://www.tollbridge.gov.example/farmers-market">
<title>${dTitle} | Tollbridge District Council</title>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?sdk3f1">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/318"},"localgov_base":{}}</script>
</head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="page-wrapper">
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="banner"><div class="eu-cookie-compliance-content">
<div class="eu-cookie-compliance-message"><h2>We use cookies on this site</h2>
<p>We use necessary cookies to make our site work and optional analytics cookies to
improve it.</p></div><div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button">Accept all cookies</button>
<button type="button" class="decline-button">Reject optional cookies</button></div></div></div>
<header class="lgd-header"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="lgd-header__logo"><img src="/sites/default/files/logo.svg" alt="Tollbridge District Council"></a></div>
<div class="lgd-header__search"><form action="/search" method="get" role="search"><label for="edit-s" class="visually-hidden">Search the site</label>
<input type="search" id="edit-s" name="s"><input type="submit" class="button" value="Search"></form></div></div></div>
<div class="lgd-header__nav lgd-header__nav--primary"><nav aria-label="Primary"><ul class="lgd-header__nav-list">${links(dNav)}</ul></nav></div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol class="lgd-breadcrumbs__items">${links(dCrumbs, 'lgd-breadcrumbs__item')}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title"><span class="field field--name-title">${dTitle}</span></h1>
<div class="lgd-page-title-block__subheader"><p>${dSummary}</p></div></div>
<article class="localgov-services-page localgov-services-page--full"><div class="field field--name-body lgd-prose">
${ps(dParas)}
<h2>Market dates</h2><ul>${lis(dDates)}</ul>
<h2>Stall fees</h2><table><caption>Stall fees 2025</caption><thead><tr><th>Pitch</th><th>Fee per market</th></tr></thead><tbody>${trs(dFeeRows)}</tbody></table>
<h2>Trading at the market</h2>${ps(dTrade)}
<h2>Getting there and accessibility</h2><p>${dAccess}</p>
</div><div class="lgd-page-last-updated"><p>Last updated: 14 January 2025</p></div></article></div>
<aside class="lgd-row__one-third sidebar"><div class="localgov-services-sidebar"><h2>Related pages</h2><ul>${links(dSide)}</ul></div></aside>
</div></div>
<div class="lgd-container"><div class="feedback-block"><h2>Was this page helpful?</h2><a class="button" href="/feedback?page=318">Yes</a>
<a class="button" href="/feedback?page=318&amp;helpful=0">No</a></div></div></main>
<footer class="lgd-footer"><div class="lgd-container padding-horizontal"><nav aria-label="Footer"><ul class="lgd-footer__nav">${links(dFoot)}</ul></nav>
<p class="lgd-footer__copyright">© Tollbridge District Council 2025</p></div></footer></div></div>
<script src="/core/misc/drupal.js?v=10.3.1"></script></body></html>`;
const drupalMarket: TestPage = {
  name: 'heldout526-council-market-localgov',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Market dates', 'Stall fees', 'Trading at the market', 'Getting there and accessibility'],
  body: [dSummary, ...dParas, ...dDates, ...rowTexts(dFeeRows), ...dTrade, dAccess],
  bylines: ['Last updated: 14 January 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies on this site', 'We use necessary cookies to make our site work and optional analytics cookies to improve it.',
    'Accept all cookies', 'Reject optional cookies', 'Search the site', ...dNav, 'Breadcrumb', 'Home', 'Markets', 'Stall fees 2025',
    'Related pages', ...dSide, 'Was this page helpful?', 'Yes', 'No', ...dFoot, '© Tollbridge District Council 2025',
  ],
};

const fTitle = 'Visiting the farm: your questions answered';
const fIntro = 'Everything you need to know before a day of picking at Coldharbour Fields. Can’t find your answer? Give the farm office a ring.';
const fQa: readonly (readonly [string, string])[] = [
  ['Do I need to book?', 'Only for the pumpkin and sunflower weekends. Strawberry and raspberry picking is walk-in, 9am to 5pm.'],
  [
    'How much does it cost?',
    j('Entry is free. You pay for what you pick, by weight, at the checkout shed. Strawberries are £5.50 a kilo and raspberries', '£8 a kilo this season.'),
  ],
  ['Can I bring my dog?', 'Sorry, no dogs in the fields, apart from assistance dogs. There is a shaded dog area next to the car park.'],
  ['Is there somewhere to eat?', 'The Tractor Shed café serves breakfasts, lunches and ice cream made with our own fruit.'],
  ['What should I wear?', 'Wellies or old trainers. The rows can be muddy after rain, even in July, and there is very little shade in the strawberry field.'],
  ['Are the fields pushchair friendly?', 'The main track is firm and flat. Between the rows it is grass, which can be tricky with small wheels.'],
];
const fNav = ['Pick Your Own', 'Pumpkin Patch', 'Tractor Shed Café', 'FAQ', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jun 10 2025 08:12:44 GMT+0000 -->
<html data-wf-domain="www.coldharbourfields.example" data-wf-page="6650a1c2e7f" data-wf-site="6650a1c2e7e" lang="en"><head><meta charset="utf-8">
<title>FAQ | Coldharbour Fields</title><meta content="Answers to common questions about pick your own at Coldharbour Fields." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/6650a1c2e7e/css/coldharbour.webflow.shared.4c1e2.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,
t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage",
"mainEntity":[{"@type":"Question","name":"Do I need to book?"}]}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand">
<img src="https://cdn.prod.website-files.com/6650a1c2e7e/logo.svg" alt="Coldharbour Fields"
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="nav-link w-nav-link">${t}</a>`)
  .join('')}<a href="/book" class="button nav-button w-button">Book tickets</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="container w-container"><h1 class="heading-hero">${fTitle}</h1><p class="paragraph-large">${esc(fIntro)}</p>
</div></section>
<section class="section faq"><div class="container w-container"><div class="faq-wrapper">${fQa
  .map(
    ([q, a]) =>
      `<div class="faq-item"><div data-w-id="a1b2" class="faq-question"><h3 class="faq-heading">${q}</h3>
<img src="https://cdn.prod.website-files.com/6650a1c2e7e/plus.svg" loading="lazy" alt="" class="faq-icon"></div><div style="height:0px" class="faq-answer">
<p class="faq-paragraph">${esc(a)}</p></div></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section cta"><div class="container w-container"><h2 class="heading-cta">Still got a question?</h2>
<p>Call the farm office on 01632 960 771, 8am to 4pm.</p><a href="/contact" class="button w-button">Get in touch</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div><div class="footer-heading">Find us</div>
<p>Coldharbour Lane, Weybourne Cross, WX9 2LP</p></div><div><div class="footer-heading">Follow</div>
<a href="https://instagram.com/" class="footer-link">Instagram</a>
<a href="https://facebook.com/" class="footer-link">Facebook</a></div></div><div class="footer-copyright">© 2025 Coldharbour Fields Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6650a1c2e7e" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/6650a1c2e7e/js/webflow.7b2c.js" type="text/javascript"></script></body></html>`;
const webflowFaq: TestPage = {
  name: 'heldout526-pyo-faq-webflow',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fQa.map(([q]) => q),
  body: texts([fIntro, ...fQa.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pick Your Own', 'Pumpkin Patch', 'FAQ', 'Contact', 'Book tickets', 'Still got a question?',
    'Call the farm office on 01632 960 771, 8am to 4pm.', 'Get in touch', 'Find us', 'Coldharbour Lane, Weybourne Cross, WX9 2LP', 'Follow',
    'Instagram', 'Facebook', '© 2025 Coldharbour Fields Ltd',
  ],
};

export const HELDOUT526_C: readonly TestPage[] = [drupalMarket, webflowFaq];
