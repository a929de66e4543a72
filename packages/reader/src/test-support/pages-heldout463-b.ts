import { links, type TestPage } from './page-kit.js';
import { type Block, j, lis, parts, render } from './pages-heldout463-kit.js';

/**
 * Held-out batch 463, file b: an engineering group's supplier code of conduct on Drupal 10 (an Olivero sub-theme), and a
 * carbon offset project page of a forest carbon developer built with Webflow.
 */
const dTitle = 'Supplier Code of Conduct';
const dBlocks: Block[] = [
  j(
    'Kestrel Engineering expects every company that supplies us with goods or services to meet the standards in this Code.',
    'It applies to our suppliers, their subcontractors and anyone working on their behalf on our projects.',
  ),
  { h: '1. Labour and human rights' },
  {
    ol: true,
    ul: [
      'Workers must not be forced, bonded or trafficked, and must be free to leave their employment after reasonable notice.',
      'No person under the age of 15, or under the local minimum working age if higher, may be employed.',
      'Working hours must not exceed 60 hours a week including overtime, and workers must have at least one day off in seven.',
      'Wages must meet at least the legal minimum, and deductions from wages must not be used as a disciplinary measure.',
      'Workers must be free to join or form trade unions and to bargain collectively.',
    ],
  },
  { h: '2. Health and safety' },
  j(
    'Suppliers must provide a safe and healthy workplace, train workers in the hazards of their work, and provide protective',
    'equipment free of charge. Serious accidents on Kestrel sites must be reported to us within 24 hours.',
  ),
  { h: '3. Environment' },
  j(
    'Suppliers must hold and keep up to date all environmental permits, and should measure their energy use, greenhouse gas',
    'emissions, water use and waste. From 2027, suppliers with annual sales to Kestrel above €5 million must set an emissions',
    'reduction target and report their scope 1 and 2 emissions to us each year.',
  ),
  { h: '4. Business ethics' },
  j(
    'Bribery, kickbacks and facilitation payments are forbidden. Gifts and hospitality offered to Kestrel employees must be',
    'modest and must never be connected to a tender. Suppliers must disclose any conflict of interest.',
  ),
  { h: '5. Responsible sourcing of minerals' },
  j(
    'Suppliers of components containing tin, tantalum, tungsten, gold or cobalt must carry out due diligence on their supply',
    'chains in line with the OECD guidance and share the results with us on request.',
  ),
  { h: '6. Monitoring and remedy' },
  j(
    'We may assess suppliers through questionnaires, document reviews and on-site audits, with notice or without it. Where we',
    'find a breach, we will agree a corrective action plan with the supplier. Serious or repeated breaches may lead us to end',
    'the business relationship.',
  ),
  j(
    'Workers and others can report concerns about a supplier, anonymously if they wish, through our SpeakUp line.',
    'We do not tolerate retaliation against anyone who raises a concern in good faith.',
  ),
];
const dNav = ['About us', 'Projects', 'Sustainability', 'Suppliers', 'Investors', 'Careers'];
const dSide = ['Supplier Code of Conduct', 'Supplier registration', 'Invoicing and payment', 'Supplier diversity', 'SpeakUp line'];
const dFoot = ['Contact us', 'Modern Slavery Statement', 'Privacy notice', 'Cookie policy', 'Terms of use'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>Supplier Code of Conduct | Kestrel Engineering</title><link rel="canonical" href="https://www.kestrel-eng.example/suppliers/code-of-conduct">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Supplier Code of Conduct",
"dateModified":"2026-03-01"}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Vb6vP3kT7hX2.css?delta=0&amp;language=en&amp;theme=kestrel_olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88","currentLanguage":"en"}}</script>
</head><body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div class="site-branding"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/kestrel_olivero/logo.svg" alt="Home"></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">Kestrel Engineering</a></div></div></div>
<div class="header-nav"><nav id="block-kestrel-olivero-main-menu" class="primary-nav block-menu navigation menu--main" aria-labelledby="primary-menu-title">
<h2 class="visually-hidden" id="primary-menu-title">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get" class="search-form">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input type="search" id="edit-keys" name="keys" class="form-search">
<input type="submit" value="Search" class="button js-form-submit"></form></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-kestrel-olivero-breadcrumbs" class="block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(['Home', 'Suppliers'], 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-kestrel-olivero-page-title" class="block">
<h1 class="title page-title"><span class="field field--name-title field--type-string">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-kestrel-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="88" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="layout-content-medium field field--name-field-version"><p class="version-note">Version 4.0 · Effective 1 March 2026</p></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field__item">
${render(dBlocks)}
</div>
<div class="field field--name-field-attachments"><h3 class="field__label">Downloads</h3><div class="field__items">
<span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-03/kestrel-supplier-code-v4-en.pdf"
type="application/pdf">kestrel-supplier-code-v4-en.pdf</a></span> (412.6 KB)</div></div>
</div></article></div></div></div></main>
<aside class="region region--sidebar" role="complementary"><nav id="block-suppliersmenu" class="block block-menu navigation menu--suppliers"
aria-labelledby="block-suppliersmenu-menu"><h2 class="block__title" id="block-suppliersmenu-menu">For suppliers</h2>
<ul class="menu">${links(dSide, 'menu__item')}
</ul></nav></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<nav class="block block-menu navigation menu--footer"><h2 class="visually-hidden">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav>
<div class="block block-block-content"><p>© Kestrel Engineering plc 2026. Registered in England and Wales, company no. 04471822.</p></div></div></div></footer>
</div></div></div>
<div role="dialog" aria-labelledby="eu-cookie-title" class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2 id="eu-cookie-title">We use cookies</h2>
<p>Some cookies are needed for this site to work. Others help us see how the site is used.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Necessary only</button></div></div></div>
<script src="/sites/default/files/js/js_K2mN8dQ0cYx1.js?scope=footer&amp;delta=0&amp;language=en"></script></body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const dFurn = [
  'Skip to main content', 'Kestrel Engineering', ...dNav, 'Search', 'Home', 'Suppliers', 'Downloads',
  'kestrel-supplier-code-v4-en.pdf', '(412.6 KB)', 'For suppliers', ...dSide, ...dFoot,
  '© Kestrel Engineering plc 2026. Registered in England and Wales, company no. 04471822.', 'We use cookies',
  'Some cookies are needed for this site to work. Others help us see how the site is used.', 'Accept all', 'Necessary only',
];
const drupal: TestPage = {
  name: 'heldout463-drupal-supplier-code',
  kind: 'docs',
  html: dHtml,
  ...parts(dTitle, dBlocks, [], ['Version 4.0 · Effective 1 March 2026'], dFurn),
};

const wTitle = 'Vale do Tapiri Forest Restoration';
const wDek = 'Restoring 6,200 hectares of degraded pasture to native Atlantic Forest in the state of Espírito Verde, Brazil.';
const wBlocks: Block[] = [
  { h: 'About the project' },
  j(
    'The Vale do Tapiri project works with 140 smallholder families to replant pasture that was cleared for cattle in the',
    '1970s. Families are paid for each hectare they set aside, plant and protect, and the project nursery grows more than',
    '90 native species, including several that are listed as threatened.',
  ),
  j(
    'The trees are planted in mixed blocks with fast-growing pioneer species that shade out grass within three years. Fire breaks',
    'are cleared each dry season, and local brigades are trained and equipped to respond to fires.',
  ),
  { h: 'How the carbon is measured' },
  j(
    'Carbon removals are estimated from permanent sample plots that are measured every two years, using allometric equations for',
    'Atlantic Forest species. A 20 percent share of every issuance is held in a buffer pool to cover the risk of reversal from',
    'fire or illegal clearing.',
  ),
  { h: 'Co-benefits' },
  {
    ul: [
      'Reconnects two fragments of forest used by the southern muriqui, a critically endangered primate.',
      'Protects the springs that feed the water supply of the town of São Caetano do Tapiri.',
      'Employs 65 people full-time in the nursery, planting and monitoring teams, over half of them women.',
    ],
  },
  { h: 'Risks and limitations' },
  j(
    'Restoration credits are issued only after the trees have grown, so early years yield few credits. Long-term storage depends',
    'on the forest being protected after the 40-year crediting period, which the landowners have committed to in registered',
    'conservation easements.',
  ),
];
const wFacts: readonly (readonly [string, string])[] = [
  ['Project type', 'Afforestation, reforestation and revegetation'],
  ['Standard', 'Verified Carbon Standard, VCS 3318'],
  ['Vintage', '2023 – 2025'],
  ['Price', '$38 per tonne CO₂e'],
];
const wNav = ['Projects', 'How it works', 'For business', 'Insights', 'About'];
const wFoot = ['Careers', 'Press', 'Contact', 'Terms', 'Privacy'];
const wRel = ['Lake Kivuma Cookstoves', 'Hollin Moor Peatland Restoration', 'Rio Cauto Mangroves'];
const wHtml = `<!DOCTYPE html><!-- Last Published: Tue Oct 13 2026 09:41:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.canopyledger.example" data-wf-page="65f0a1c2e3d4b5a6c7d8e9f0" data-wf-site="65f0a1c2e3d4b5a6c7d8e9a1"
data-wf-collection="65f0a1c2e3d4b5a6c7d8e9b2"
data-wf-item-slug="vale-do-tapiri"><head><meta charset="utf-8"><title>Vale do Tapiri Forest Restoration | Canopy Ledger</title>
<meta content="${wDek}" name="description"><meta content="Vale do Tapiri Forest Restoration | Canopy Ledger" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f0a1c2e3d4b5a6c7d8e9a1/css/canopy-ledger.webflow.4f1d2c3b.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${wTitle}","offers":{"@type":"Offer","price":"38",
"priceCurrency":"USD"}}</script>
</head><body class="body">
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65f0a1c2e3d4b5a6c7d8e9a1/logo.svg" loading="lazy" alt=""></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/contact-sales" class="button nav-button w-button">Talk to us</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section project-hero"><div class="container w-container"><div class="project-hero-grid">
<div class="project-hero-content"><a href="/projects" class="back-link w-inline-block"><div>← All projects</div></a>
<div class="project-tags"><div class="tag">Nature-based removal</div><div class="tag">Brazil</div></div>
<h1 class="heading-project">${wTitle}</h1><p class="project-lede">${wDek}</p></div>
<div class="project-hero-image-wrap"><img src="https://assets-global.website-files.com/65f0a1c2e3d4b5a6c7d8e9a1/tapiri-hero.jpg" loading="lazy"
alt="Young trees on a hillside" class="project-hero-image"><div class="image-credit">Photo: Instituto Tapiri</div></div></div></div></section>
<section class="section project-body"><div class="container w-container"><div class="project-body-grid">
<div class="project-rich-text w-richtext">${render(wBlocks, {
  ul: (items) => `<ul role="list">${lis(items)}</ul>`,
})}</div>
<div class="project-sidebar"><div class="facts-card"><h4 class="facts-heading">Project facts</h4>
${wFacts.map(([k, v]) => `<div class="fact-row"><div class="fact-label">${k}</div><div class="fact-value">${v}</div></div>`).join('\n')}
<a href="/contact-sales?project=vale-do-tapiri" class="button full-width w-button">Request credits</a>
<a href="https://registry.verra.example/app/projectDetail/VCS/3318" target="_blank" class="text-link">View on registry ↗</a></div></div>
</div></div></section>
<section class="section related-projects"><div class="container w-container"><h2 class="section-heading">More projects</h2>
<div class="w-dyn-list"><div role="list" class="projects-grid w-dyn-items">${wRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/projects/${t.toLowerCase().replace(/ /g, '-')}" class="project-card w-inline-block">
<h3 class="project-card-title">${t}</h3></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section cta-newsletter"><div class="container w-container"><h2 class="cta-heading">The Canopy Ledger briefing</h2>
<p class="cta-text">Monthly notes on project quality and carbon markets.</p><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" method="get">
<input class="text-field w-input" maxlength="256" name="Email" placeholder="Email address" type="email" required>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container">
<div class="footer-links">${wFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div>
<div class="footer-copyright">© 2026 Canopy Ledger Inc.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0a1c2e3d4b5a6c7d8e9a1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f0a1c2e3d4b5a6c7d8e9a1/js/webflow.2b1d8a7c.js" type="text/javascript"></script></body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const wFurn = [
  ...wNav, 'Talk to us', '← All projects', 'Nature-based removal', 'Brazil', 'Photo: Instituto Tapiri', 'Project facts', ...wFacts.flat(),
  'Request credits', 'View on registry ↗', 'More projects', ...wRel, 'The Canopy Ledger briefing', 'Monthly notes on project quality and carbon markets.',
  ...wFoot, '© 2026 Canopy Ledger Inc.',
];
const webflow: TestPage = { name: 'heldout463-webflow-offset-project', kind: 'docs', html: wHtml, ...parts(wTitle, wBlocks, [wDek], [], wFurn) };

export const HELDOUT463_B: readonly TestPage[] = [drupal, webflow];
