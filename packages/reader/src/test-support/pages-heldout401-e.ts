import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout401-kit.js';
import { civicPermit } from './pages-heldout401-e2.js';

/**
 * Held-out batch 401, file e: a public library's card sign-up page built with the Elementor page builder on an Astra WordPress
 * theme (top bar with today's hours, the Astra header menu, Elementor sections of heading, text-editor, icon-list and button
 * widgets, a card-types table, a newsletter form widget, a Complianz cookie banner and the footer widgets), a page-builder
 * page; and, from file e2, a CivicPlus building permit start page.
 */
const lTitle = 'Get a Library Card';
const lIntro = [
  j(
    'A Harrowgate Free Library card is free for anyone who lives, works, owns property or goes to school in Harrowgate County. With',
    'one card you can borrow books, films and music from all nine branches, reserve study rooms and use our e-book and streaming apps.',
  ),
  j(
    'You can start online and use your digital card number right away for e-books and databases. To borrow physical items, finish',
    'signing up at any branch within 30 days.',
  ),
];
const lBring = [
  'A photo ID, such as a driver’s license, passport or school ID',
  'Proof of your current address dated within the last 60 days, such as a utility bill, lease or bank statement',
  'For children under 14, a parent or guardian who signs the card agreement',
];
const lRows = [
  ['Adult', '14 and older', '3 years', 'Up to 50 items'],
  ['Youth', 'Under 14', '3 years', 'Up to 25 items'],
  ['Educator', 'Teachers at county schools', '1 year', 'Up to 100 items, 6-week loans'],
  ['Visitor', 'Non-residents', '1 year, $25 fee', 'Up to 10 items'],
];
const lKids = [
  j(
    'Children can have their own card from birth. Young readers’ cards have no late fees, and parents can choose whether the card',
    'can borrow from the whole collection or only from the children’s and teen shelves. Teens 14 and older can sign up on their own.',
  ),
  j(
    'Your card number and a four-digit PIN also let you log in to the catalog, renew loans, place holds and download e-books.',
    'You choose the PIN when you finish signing up, and staff at any branch can reset it if you forget it.',
  ),
];
const lLost = [
  j(
    'Report a lost card right away by calling any branch or using the chat on our website, so nobody else can borrow on your account.',
    'Your first replacement card is free; after that, each replacement costs $2.',
  ),
];
const lHeadings = ['What to bring', 'Card types', 'Lost or damaged cards'];
const lMenu = ['Catalog', 'Events', 'Locations & Hours', 'Kids & Teens', 'Research', 'Support the Library'];
const lFoot = ['Contact Us', 'Library Policies', 'Employment', 'Board of Trustees', 'Privacy Policy'];
const lHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Get a Library Card – Harrowgate Free Library</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://harrowgatelibrary.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all"><link rel="stylesheet" id="elementor-frontend-css"
href="https://harrowgatelibrary.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.0"
media="all"><link rel="stylesheet" id="elementor-post-214-css"
href="https://harrowgatelibrary.example/wp-content/uploads/elementor/css/post-214.css?ver=1712345678">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":
"https://harrowgatelibrary.example/get-a-card/","name":"Get a Library Card – Harrowgate Free Library","datePublished":"2023-08-14T15:02:11+00:00",
"dateModified":"2026-01-20T10:44:09+00:00"}]}</script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","consenttype":"optin","version":"7.0.4"};</script>
<meta name="generator" content="Elementor 3.21.0; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-214
ast-page-builder-template ast-no-sidebar elementor-default elementor-kit-6 elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header ast-primary-submenu-animation-fade header-main-layout-1 ast-primary-menu-enabled"
id="masthead"><div class="ast-above-header-wrap"><div class="ast-above-header-section">Open today: 9 am – 8 pm at Central Library</div></div>
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-builder-grid-row"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://harrowgatelibrary.example/" class="custom-logo-link" rel="home"><img class="custom-logo"
alt="Harrowgate Free Library"></a></span></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(lMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav>
<div class="ast-header-button-1"><a class="ast-custom-button-link" href="/account"><div class="ast-custom-button">My Account</div></a></div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-214 page type-page status-publish ast-article-single" id="post-214"><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5b1c2e0 elementor-section-boxed" data-id="5b1c2e0"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${lTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(lIntro)}</div></div>
<div class="elementor-element elementor-align-left elementor-widget elementor-widget-button" data-widget_type="button.default"><div
class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/get-a-card/apply"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Apply Online</span></span></a></div></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-9d03f7a" data-id="9d03f7a" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-50 elementor-top-column"><div
class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title
elementor-size-default">${lHeadings[0] ?? ''}</h2></div></div>
<div class="elementor-element elementor-icon-list--layout-traditional elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default">
<div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${lBring
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget
elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption"><img src="/wp-content/uploads/2024/02/card-desk.jpg"
alt="Library card desk"><figcaption class="widget-image-caption wp-caption-text">The welcome desk at Central Library. Photo: Dana Whitlock</figcaption></figure>
</div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-2ce81b4" data-element_type="section"><div
class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2
class="elementor-heading-title">${lHeadings[1] ?? ''}
</h2></div></div><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<table><thead><tr><th>Card</th><th>Who</th><th>Valid for</th><th>Borrowing limit</th></tr></thead><tbody>
${lRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2
class="elementor-heading-title">${lHeadings[2] ?? ''}
</h2></div></div><div class="elementor-element elementor-widget elementor-widget-text-editor"><div
class="elementor-widget-container">${ps(lLost)}${ps(lKids)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-form"><div class="elementor-widget-container"><form class="elementor-form" method="post"
name="Newsletter"><h3 class="elementor-heading-title">Stay in the loop</h3><p class="elementor-form-description">Get our monthly events newsletter in your
inbox.
</p><input type="email" name="form_fields[email]" placeholder="Email address"><button type="submit" class="elementor-button"><span
class="elementor-button-text">Subscribe</span></button></form></div></div></div></div></div></section></div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div
class="footer-widget-area">
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Central Library</h2><div class="textwidget"><p>88 Orchard Street, Harrowgate</p>
<p>(555) 014-2290</p></div></section><section id="nav_menu-2" class="widget widget_nav_menu"><ul class="menu">${links(lFoot, 'menu-item')}</ul></section>
</div></div><div class="ast-footer-copyright"><p>Copyright © 2026 Harrowgate Free Library | Powered by Harrowgate Free Library</p></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div
class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to optimize our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://harrowgatelibrary.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.0"
id="elementor-frontend-js"></script></body></html>`;
const library: TestPage = {
  name: 'heldout401-elementor-library-card',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lHeadings,
  body: texts([...lIntro, ...lBring, ...lRows.flat(), ...lLost, ...lKids]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Open today: 9 am – 8 pm at Central Library', ...lMenu, 'My Account', 'Apply Online',
    'The welcome desk at Central Library. Photo: Dana Whitlock', 'Valid for', 'Borrowing limit', 'Stay in the loop',
    'Get our monthly events newsletter in your inbox.',
    'Subscribe', 'Central Library', '88 Orchard Street, Harrowgate', '(555) 014-2290', ...lFoot,
    'Copyright © 2026 Harrowgate Free Library | Powered by Harrowgate Free Library', 'Manage Cookie Consent',
    'We use cookies to optimize our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT401_E: readonly TestPage[] = [library, civicPermit];
