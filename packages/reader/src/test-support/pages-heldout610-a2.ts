import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout610-kit.js';

/**
 * Held-out batch 610, file a2: a brow and lash studio's patch test and aftercare page on WordPress with Astra and Elementor
 * (Elementor heading, text editor, icon list and button widgets; CookieYes banner).
 */
const eTitle = 'Patch Tests &amp; Aftercare';
const eIntro = [
  j(
    'We carry out a patch test before every tint, lash lift and lash extension treatment. It only takes five minutes and it is',
    'the best way we have of spotting a reaction before it happens on your face.',
  ),
];
const eWhy = [
  j(
    'Tints, lift solutions and lash adhesives all contain ingredients that some people react to, even if they have used similar',
    'products for years. Sensitivity can build up over time, and changes in medication, pregnancy or illness can all affect how',
    'your skin responds.',
  ),
  j(
    'Our insurance also requires a patch test on record. If we cannot see a test from the last six months on your client card,',
    'we are not able to go ahead with the treatment, even if you have had it with us before.',
  ),
];
const eWhen = [
  'Book your patch test at least 48 hours before your appointment. Patch tests are free and can be booked online.',
  'Come with clean skin behind the ear or inside the elbow, with no perfume or body lotion on the area.',
  'Keep the test area dry and do not cover it with a plaster.',
  'If you have had a test with us in the last six months and nothing has changed, you do not need another one.',
];
const eSigns = [
  j(
    'Redness, itching, burning, swelling or a rash around the test area are all signs of a reaction. Wash the area gently with',
    'cool water, do not scratch it, and let us know straight away so that we can cancel your treatment without charge.',
  ),
  'If a reaction spreads or you have any swelling of the face or difficulty breathing, seek medical help immediately.',
];
const eTint = [
  'Avoid getting your brows wet for 12 hours after a tint.',
  'Do not use makeup, serums or oils on the brow area for 24 hours.',
  'Avoid saunas, steam rooms and swimming for 24 hours.',
  'Use an oil-free cleanser around the brows to keep the colour longer.',
];
const eLash = [
  j(
    'For the first 24 hours keep your lashes dry and avoid steam, including long hot showers. After that, wash your lashes every day',
    'with a lash foam and brush them through with a clean spoolie.',
  ),
  j(
    'Sleep on your back if you can, and avoid oil-based makeup removers, which break down the adhesive. Never pull at your',
    'extensions: if they feel uncomfortable, book a free check within 72 hours and we will adjust them.',
  ),
];
const eHeads = ['Why we patch test', 'When and how to book', 'Signs of a reaction', 'Aftercare for brow and lash tints', 'Aftercare for lash extensions'];
const eNav = ['Home', 'Brows', 'Lashes', 'Prices', 'Patch Tests', 'Gift Vouchers', 'Contact'];
const eFoot = ['Privacy Policy', 'Cancellation Policy', 'Terms of Service'];
const eWidget = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eHeading = (id: string, text: string, tag = 'h2'): string =>
  eWidget('heading', id, `<${tag} class="elementor-heading-title elementor-size-default">${text}</${tag}>`);
const eText = (id: string, paras: readonly string[]): string => eWidget('text-editor', id, ps(paras));
const eIcons = (id: string, items: readonly string[]): string =>
  eWidget(
    'icon-list',
    id,
    `<ul class="elementor-icon-list-items">${items
      .map(
        (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-check"
viewBox="0 0 512 512"><path d="M173.9 439.4l-166.4-166.4"></path></svg></span><span class="elementor-icon-list-text">${t}</span></li>`,
      )
      .join('\n')}</ul>`,
  );
const eSection = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Patch Tests &amp; Aftercare &#8211; The Lash Loft Millbrook</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://thelashloftmillbrook.co.uk/patch-tests-aftercare/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","name":"Patch Tests &amp; Aftercare",
"isPartOf":{"@id":"https://thelashloftmillbrook.co.uk/#website"},
"datePublished":"2024-03-02T10:14:51+00:00","dateModified":"2025-01-20T16:02:11+00:00"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css'
href='https://thelashloftmillbrook.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<link rel='stylesheet' id='elementor-frontend-css'
href='https://thelashloftmillbrook.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.19.2' media='all'>
<style id='astra-theme-css-inline-css'>.ast-page-builder-template .entry-header{margin-top:0}.site-title{font-size:28px}</style></head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="page-template-default page page-id-412 wp-custom-logo ast-page-builder-template
ast-no-sidebar astra-4.6.4 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity"
itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="https://thelashloftmillbrook.co.uk/" class="custom-logo-link" rel="home"><img width="180" height="60"
src="https://thelashloftmillbrook.co.uk/wp-content/uploads/2024/01/logo.png" class="custom-logo" alt="The Lash Loft Millbrook"></a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1"
data-section="section-hb-button-1"><div class="ast-builder-button-wrap ast-builder-button-size-sm">
<a class="ast-custom-button-link" href="https://thelashloftmillbrook.co.uk/book/"
target="_self"><div class="ast-custom-button">Book Online</div></a></div></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 page type-page status-publish ast-article-single" id="post-412" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-title ast-header-without-markup"></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${eSection('5b1d2e7', eHeading('a3c91f0', eTitle, 'h1') + eText('c41e8b2', eIntro))}
${eSection('9d0e4a1', eHeading('1f7b3c9', eHeads[0] ?? '') + eText('77a0d5e', eWhy) + eHeading('e2b8f61', eHeads[1] ?? '') + eIcons('4c6a2d8', eWhen))}
${eSection('b8f2c03', eHeading('0a9d7e4', eHeads[2] ?? '') + eText('6e3f1b5', eSigns))}
${eSection('3e7a9b2', eHeading('8c2d0f7', eHeads[3] ?? '') + eIcons('d5b1e96', eTint) + eHeading('f0c4a8d', eHeads[4] ?? '') + eText('2b9e6c1', eLash))}
${eSection(
  '6f4c1d8',
  eWidget(
    'button',
    '91ad3e5',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md"
href="https://thelashloftmillbrook.co.uk/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a free patch test</span></span></a></div>`,
  ),
)}
</div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-2-equal ast-builder-grid-row-tablet-2-equal
ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright"
data-section="section-footer-builder"><div class="ast-footer-copyright">
<p>Copyright &copy; 2025 The Lash Loft Millbrook | 12 Tanner Row, Millbrook</p></div></div></div>
<div class="site-footer-below-section-2 site-footer-section site-footer-section-2"><div class="footer-widget-area widget-area site-footer-focus-item"
data-section="section-footer-menu"><nav id="footer-site-navigation" class="site-navigation"
aria-label="Site Navigation: Footer Menu"><div class="footer-navigation">
<ul id="astra-footer-menu" class="ast-nav-menu ast-flex astra-footer-horizontal-menu">
${links(eFoot, 'menu-item')}</ul></div></nav></div></div></div></div></footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cky-consent-container cky-banner-bottom"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyse our traffic.
By clicking “Accept All”, you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button>
<button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<script src='https://thelashloftmillbrook.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4' id='astra-theme-js-js'></script>
<script src='https://thelashloftmillbrook.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.19.2' id='elementor-frontend-js'></script>
</body></html>`;
const elementor: TestPage = finish({
  name: 'heldout610-elementor-patch-test-aftercare',
  kind: 'docs',
  html: eHtml,
  title: 'Patch Tests & Aftercare',
  headings: eHeads,
  body: texts([...eIntro, ...eWhy, ...eWhen, ...eSigns, ...eTint, ...eLash]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Patch Tests'), 'Book Online', 'Book a free patch test',
    'Copyright © 2025 The Lash Loft Millbrook | 12 Tanner Row, Millbrook',
    ...eFoot, 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking “Accept All”, you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
});

export const HELDOUT610_A2: readonly TestPage[] = [elementor];
