import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout518-kit.js';

/**
 * Held-out batch 518, file a: a print shop's artwork guidelines page on WordPress (Astra theme, CookieYes banner) and a
 * picture framer's price list on Squarespace 7.1 (fluid engine blocks, newsletter block, cookie banner).
 */
const aTitle = 'Artwork Guidelines';
const aIntro = [
  j(
    'Getting your files right first time is the quickest way to get your job on the press. These guidelines apply to everything',
    'we print on our digital and litho presses, from business cards to saddle-stitched brochures. Large-format work has its own',
    'page, linked at the bottom.',
  ),
  j(
    'Every file that comes in is checked by one of our prepress team before it is printed. If we find a problem we will email you',
    'the same day, but fixing files can push your job back a day, so it is worth a few minutes with the checklist below.',
  ),
];
const aFormats = [
  j(
    'We prefer print-ready PDFs exported to the <strong>PDF/X-4</strong> standard. Most design software has a preset for it.',
    'We can also accept high-resolution JPEG and TIFF files for single-sided work such as postcards and posters.',
  ),
  j(
    'We cannot print directly from Word, PowerPoint or Publisher files. If that is all you have, export a PDF and we will check',
    'it for you, or book our design desk to rebuild the artwork.',
  ),
];
const aBleed = [
  j(
    'Anything that runs to the edge of the page needs 3 mm of bleed on every side. Keep text and logos at least 4 mm inside the',
    'trim line, in the safe area, because the guillotine can move by up to a millimetre on a stack of cards.',
  ),
];
const aRows = [
  ['Business card', '85 × 55 mm', '91 × 61 mm'],
  ['A6 flyer', '105 × 148 mm', '111 × 154 mm'],
  ['A5 flyer', '148 × 210 mm', '154 × 216 mm'],
  ['A4 letterhead', '210 × 297 mm', '216 × 303 mm'],
  ['DL compliment slip', '99 × 210 mm', '105 × 216 mm'],
];
const aColour = [
  j(
    'Supply artwork in CMYK. RGB files will be converted on our press profile, and bright greens, blues and oranges can look',
    'duller once printed. If a colour matters, ask for a hard proof before the run.',
  ),
  j(
    'For large areas of black, use a rich black of 40% cyan, 30% magenta, 30% yellow and 100% black. Keep small text in 100% black',
    'only, so it stays sharp if the plates shift slightly.',
  ),
  j(
    'Spot colours should be named exactly as they are in the swatch book. If your file holds spot colours but the job is being',
    'printed in four colour, we will convert them for you.',
  ),
];
const aRes = [
  j(
    'Images should be 300 dpi at the size they are printed. An image that looks fine on screen at 72 dpi will look soft and',
    'blocky on paper. Do not scale a small image up in your layout: it adds pixels but not detail.',
  ),
];
const aFonts = [
  j(
    'Embed all fonts in your PDF, or convert text to outlines. Missing fonts are swapped for a default face, which changes line',
    'breaks and can push text off the page.',
  ),
];
const aCheck = [
  'The PDF is the finished size plus 3 mm bleed on every side',
  'Text and logos sit at least 4 mm inside the trim',
  'Colours are CMYK, with rich black only on large areas',
  'Images are 300 dpi at printed size',
  'Fonts are embedded or outlined',
  'Multi-page documents are supplied as single pages, in reading order',
];
const aEnd = [
  j(
    'Not sure? Send the file anyway and tick <em>Artwork check</em> on your order. Our prepress team will look it over and tell',
    'you what needs changing before anything is printed.',
  ),
];
const aHeads = ['File formats', 'Bleed and safe area', 'Colour', 'Resolution', 'Fonts', 'Before you send your file'];
const aNav = ['Home', 'Business Print', 'Signs and Banners', 'Stationery', 'Artwork Help', 'Contact'];
const aFootCols = ['Halberd Print Co.', '14 Ropewalk Lane, Deverell', 'Open Monday to Friday, 8.30am to 5pm'];
const aFootLinks = ['Delivery', 'Terms of Trade', 'Privacy Policy'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Artwork Guidelines &#8211; Halberd Print Co.</title><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://halberdprint.co.uk/artwork-guidelines/">
<link rel="stylesheet" id="astra-theme-css-css" href="https://halberdprint.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}.entry-content h2{font-size:1.6rem;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Artwork Guidelines",
"isPartOf":{"@id":"https://halberdprint.co.uk/#website"},"datePublished":"2025-02-11T09:14:02+00:00","dateModified":"2027-01-20T16:40:55+00:00"}]}</script>
<script src="https://halberdprint.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-42 wp-custom-logo ast-desktop ast-plain-container ast-no-sidebar astra-4.6.4 ast-normal-title-enabled">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element site-branding">
<div class="ast-site-identity"><span class="site-logo-img"><a href="https://halberdprint.co.uk/" class="custom-logo-link" rel="home">
<img width="180" height="48" src="/wp-content/uploads/2025/01/halberd-logo.png" class="custom-logo" alt="Halberd Print Co."></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1"><div class="ast-builder-button-wrap">
<a class="ast-custom-button-link" href="/get-a-quote/"><div class="ast-custom-button">Get a Quote</div></a></div></div></div></div></div></div></div></div>
</header><div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${aTitle}</h1></header>
<div class="entry-content clear" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading">${aHeads[0]}</h2>
${ps(aFormats)}
<h2 class="wp-block-heading">${aHeads[1]}</h2>
${ps(aBleed)}
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Product</th><th>Finished size</th><th>Size with bleed</th></tr></thead>
<tbody>${trs(aRows)}</tbody></table></figure>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/wp-content/uploads/2025/02/halberd-templates.zip">Download our InDesign templates</a></div></div>
<h2 class="wp-block-heading">${aHeads[2]}</h2>
${ps(aColour)}
<h2 class="wp-block-heading">${aHeads[3]}</h2>
${ps(aRes)}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2025/02/dpi-compare.jpg" alt="Two prints of the same photo">
<figcaption class="wp-element-caption">Left: 300 dpi. Right: the same image at 72 dpi, enlarged.</figcaption></figure>
<h2 class="wp-block-heading">${aHeads[4]}</h2>
${ps(aFonts)}
<h2 class="wp-block-heading">${aHeads[5]}</h2>
<ul class="wp-block-list">${lis(aCheck)}</ul>
${ps(aEnd)}
<p class="has-small-font-size">See also: <a href="/large-format-artwork/">Large-format artwork guidelines</a></p>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-footer-row-stack">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section">
<aside class="footer-widget-area widget-area site-footer-focus-item" aria-label="Footer Widget 1">
<section id="block-7" class="widget widget_block">${ps(aFootCols)}</section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area" aria-label="Footer Widget 2">
<section id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Useful links</h2><ul class="menu">${links(aFootLinks)}</ul></section>
</aside></div></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div class="ast-footer-copyright">
<p>Copyright &copy; 2027 Halberd Print Co. | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p>
</div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our
use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize">Customise</button>
<button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://halberdprint.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
const astra: TestPage = {
  name: 'heldout518-astra-artwork-guidelines',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: [...texts([...aIntro, ...aFormats, ...aBleed]), ...rowTexts(aRows), ...texts([...aColour, ...aRes, ...aFonts, ...aCheck, ...aEnd])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Get a Quote', 'Download our InDesign templates',
    'Left: 300 dpi. Right: the same image at 72 dpi, enlarged.', 'See also: Large-format artwork guidelines', ...aFootCols, 'Useful links',
    ...aFootLinks, 'Copyright © 2027 Halberd Print Co. | Powered by Astra WordPress Theme', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

const sTitle = 'Price List';
const sIntro = j(
  'Every frame we make is cut and joined by hand in our workshop behind the shop. The prices below are a guide for common sizes;',
  'we will always give you a written quote before we start, and there is no charge for a consultation.',
);
const sFrames = ['Small, up to 30 × 40 cm — from £48', 'Medium, up to 50 × 70 cm — from £82', 'Large, up to 70 × 100 cm — from £135'];
const sFramesNote = 'Oversize work is quoted individually. Hardwood mouldings in oak, walnut and ash add around 20% to these prices.';
const sMounts = ['Single mount — £14 to £28', 'Double mount with coloured inner — £22 to £40', 'Float mount for deckle-edged paper — £30 to £55'];
const sGlaze = [
  'Standard 2 mm float glass — included',
  'Non-reflective glass — add £18 to £46',
  'UV-filtering museum glass — add £45 to £120',
  'Acrylic for large or hanging-in-public work — add £20 to £60',
];
const sExtras = ['Canvas stretching — from £35', 'Box frame for objects and textiles — from £95', 'Re-framing in your own frame — from £25'];
const sOuter = j(
  'All prices include VAT. Most frames are ready in ten working days. A 50% deposit is taken when you place your order and the',
  'balance when you collect.',
);
const sHeads = ['Bespoke frames', 'Mounts', 'Glazing', 'Other services'];
const sNav = ['Services', 'Gallery', 'Price List', 'Visit'];
const sFoot = ['Tollgate Framing Studio', '3 Tollgate Row, Harnby', 'Tuesday to Saturday, 10am–5pm', 'Instagram', 'Facebook'];
const sNews = ['Join our mailing list', 'Framing tips and the odd offer, four times a year.', 'Sign Up', 'We respect your privacy.'];
const block = (id: string, inner: string): string =>
  `<div class="fe-block fe-block-yui_3_17_2_1_${id}"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div>`;
const sp = (t: readonly string[]): string => ps(t, ' class="" style="white-space:pre-wrap;"');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Price List &mdash; Tollgate Framing Studio</title><link rel="canonical" href="https://www.tollgateframing.co.uk/price-list">
<meta property="og:site_name" content="Tollgate Framing Studio"><meta property="og:title" content="Price List &mdash; Tollgate Framing Studio">
<script type="text/javascript" crossorigin="anonymous" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"61a0c3","siteTitle":"Tollgate Framing Studio"},"
templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.tollgateframing.co.uk","name":"Tollgate Framing Studio","@context":"http://schema.org","
@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"3 Tollgate Row, Harnby","openingHours":"Tu 10:00-17:00, We 10:00-17:00","@context":"http://schema.org","
@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61a0c3/52/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-61a0c3f2a" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
tweak-transparent-header tweak-fixed-header-style-basic form-field-style-solid collection-type-page collection-layout-default view-item">
<div class="header-announcement-bar-wrapper"><div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar">
<div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner"><p>Christmas framing orders close on 6 December</p></div></div>
</div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Tollgate Framing Studio</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61a0c4aa">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="61a0c4aa1"><div class="section-border">
<div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-61a0c4aa1">
${block('1', `<h1 style="white-space:pre-wrap;">${sTitle}</h1>${sp([sIntro])}`)}
${block('2', `<h2 style="white-space:pre-wrap;">${sHeads[0]}</h2>${sp(sFrames)}${sp([sFramesNote])}`)}
${block('3', `<h2 style="white-space:pre-wrap;">${sHeads[1]}</h2>${sp(sMounts)}`)}
${block('4', `<h2 style="white-space:pre-wrap;">${sHeads[2]}</h2>${sp(sGlaze)}`)}
${block('5', `<h2 style="white-space:pre-wrap;">${sHeads[3]}</h2>${sp(sExtras)}${sp([sOuter])}`)}
<div class="fe-block fe-block-yui_3_17_2_1_6"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/visit" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Book a consultation</a></div></div></div></div>
</div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small"
data-section-id="61a0c4aa2"><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-61a0c4aa2">
<div class="fe-block fe-block-yui_3_17_2_1_7"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">${sNews[0]}</h2><div class="newsletter-form-header-description"><p>${sNews[1]}</p></div></div>
<form class="newsletter-form" data-form-id="61a0c5"><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input id="email-yui" name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-editable-button sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">${sNews[2]}</span>
</button></div></div><div class="newsletter-form-footnote"><p>${sNews[3]}</p></div></form></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"
data-section-theme="dark"><div class="content-wrapper"><div class="content"><div class="fluid-engine">
${block('8', sp(sFoot.slice(0, 3)))}
<div class="fe-block fe-block-yui_3_17_2_1_9"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content">
<nav class="sqs-svg-icon--list">${sFoot
  .slice(3)
  .map(
    (t) =>
      `<a href="https://www.${t.toLowerCase()}.com/tollgateframing" class="sqs-svg-icon--wrapper"><div><span class="sqs-svg-icon--social">${t}</span></div>
</a>`,
  )
  .join('')}</nav></div></div></div></div></div></div></section></footer>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-light" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary">Decline</button>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout518-squarespace-framing-prices',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: [sIntro, ...sFrames, sFramesNote, ...sMounts, ...sGlaze, ...sExtras, sOuter],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Christmas framing orders close on 6 December', ...sNav.filter((t) => t !== sTitle && t !== 'Services'), 'Book a consultation', ...sNews,
    'Email Address', ...sFoot,
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

export const HELDOUT518_A: readonly TestPage[] = [astra, squarespace];
