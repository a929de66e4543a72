import { links, type TestPage } from './page-kit.js';
import { type Blocks, finish, gold, j, render } from './pages-heldout585-kit.js';

/**
 * Held-out batch 585, file a: a double glazing service page of a window installer on WordPress (Astra theme, Elementor page
 * builder, CookieYes banner), and a short emergency glazing page of a boarding-up firm built with Wix.
 */
const dTitle = 'Double Glazing in Harrowfield';
const dDek = 'A-rated uPVC, aluminium and timber windows, made to measure and fitted by our own installers.';
const dBlocks: Blocks = [
  j(
    'Brightpane has fitted double glazing across Harrowfield and the Lune valley since 1994. Every window we sell is made to',
    'measure in our Kelby Road workshop, surveyed by the person who will fit it, and registered with the competent person scheme',
    'so that you get a certificate for building control without any extra paperwork.',
  ),
  '## Why replace your windows?',
  j(
    'Old single glazed or early double glazed windows lose heat through the glass, the frame and the gaps around the sash. A modern',
    'A-rated unit with a warm edge spacer and argon gas fill keeps far more of that heat in, cuts draughts and noise from the road,',
    'and is much harder to force open.',
  ),
  '- Lower heating bills and fewer cold spots by the window',
  '- Less condensation on the inside of the glass',
  '- Laminated or toughened glass where the regulations ask for it',
  '- Multi-point locks and internally beaded glass as standard',
  '## Frames we fit',
  '### uPVC',
  j(
    'Our most popular frame. Six-chamber profiles in white, cream, anthracite grey and woodgrain foils. Low maintenance and the best',
    'value per square metre.',
  ),
  '### Aluminium',
  'Slim sightlines and a powder-coated finish in any RAL colour. Ideal for large openings, modern extensions and flush casements.',
  '### Timber',
  j(
    'Engineered Scandinavian redwood, factory painted. We recommend timber for listed buildings and conservation areas, where the',
    'planning office will often refuse uPVC.',
  ),
  '## How long does it take?',
  j(
    'From survey to fitting usually takes four to six weeks. Most houses are finished in one or two days, and we remove the old',
    'frames and make good the reveals the same day. You only pay the balance once you are happy with the work.',
  ),
];
const dG = gold(dBlocks);
const dNav = ['Home', 'Windows', 'Doors', 'Conservatories', 'Our Work', 'Reviews', 'Contact'];
const dFoot = ['Privacy Policy', 'Cookie Policy', 'Complaints Procedure', 'Finance Options'];
const dReviews = [
  '“Fitted eleven windows in a day and left the place spotless.” – Mrs P, Kelby',
  '“Much warmer house this winter. Would use again.” – Gareth, Harrowfield',
];
const dCookie = j(
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic.',
  'By clicking "Accept All", you consent to our use of cookies.',
);
const el = (w: string, html: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${w}"
data-widget_type="${w}.default"><div class="elementor-widget-container">${html}</div></div>`;
const dWrap = (html: string, kind: string): string => el(kind === 'h' ? 'heading' : 'text-editor', html);
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Double Glazing Harrowfield | A-Rated Windows | Brightpane Windows</title>
<meta name="description" content="Made-to-measure A-rated double glazing fitted across Harrowfield. Free survey and quote.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://brightpanewindows.co.uk/double-glazing/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Double Glazing Harrowfield",
"isPartOf":{"@id":"https://brightpanewindows.co.uk/#website"}},{"@type":"LocalBusiness","name":"Brightpane Windows","telephone":"01632 960 418"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://brightpanewindows.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://brightpanewindows.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title{font-size:26px}</style>
<script src="https://brightpanewindows.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo
ast-page-builder-template ast-no-sidebar astra-4.6.4 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon" id="masthead">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar"><div class="ast-builder-html-element">
<p>Call us free on 0800 046 0418 · Mon–Sat 8am–6pm</p></div></div></div>
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://brightpanewindows.co.uk/" class="custom-logo-link" rel="home"><img width="220" height="60"
src="https://brightpanewindows.co.uk/wp-content/uploads/2023/02/brightpane-logo.png" class="custom-logo" alt="Brightpane Windows"></a></span></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(dNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav>
<div class="ast-builder-button-wrap"><a class="ast-custom-button-link" href="/free-quote/"><div class="ast-custom-button">Get a Free Quote</div></a></div>
<button data-index="0" class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span></button></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 page type-page status-publish ast-article-single" id="post-412">
<header class="entry-header ast-no-title ast-header-without-markup"></header>
<div class="entry-content clear" itemprop="text"><div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5b1e2c0 elementor-section-boxed" data-id="5b1e2c0"
data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-background-overlay"></div>
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el('heading', `<h1 class="elementor-heading-title elementor-size-default">${dTitle}</h1>`)}
${el('text-editor', `<p>${dDek}</p>`)}
${el(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/free-quote/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a free survey</span></span></a></div>`,
)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-7d0a9f3 elementor-section-boxed" data-id="7d0a9f3"
data-element_type="section"><div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-66 elementor-top-column
elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${render(dBlocks, { wrap: dWrap })}
</div></div><div class="elementor-column elementor-col-33 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${el('image', '<img width="600" height="400" src="/wp-content/uploads/2024/05/fitter-anthracite-casement.jpg" alt="Fitter installing an anthracite casement">')}
${el('heading', '<h3 class="elementor-heading-title elementor-size-default">What our customers say</h3>')}
${el(
  'testimonial-carousel',
  `<div class="swiper-wrapper">${dReviews
    .map(
      (r) => `<div class="swiper-slide">
<div class="elementor-testimonial__text">${r}</div></div>`,
    )
    .join('')}</div>`,
)}
${el(
  'icon-list',
  `<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-check"></i></span><span class="elementor-icon-list-text">FENSA registered</span></li><li class="elementor-icon-list-item">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">10-year insurance-backed guarantee</span></li></ul>`,
)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-c11f4e8 elementor-section-full_width" data-id="c11f4e8"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column
elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el(
  'call-to-action',
  `<div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__item">Ready for warmer rooms?</h2>
<div class="elementor-cta__description elementor-cta__item">Free, no-obligation quotes within 48 hours.</div><div class="elementor-cta__button-wrapper">
<a class="elementor-cta__button elementor-button elementor-size-" href="/free-quote/">Request a quote</a></div></div>`,
)}
</div></div></div></section></div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item">
<div class="ast-builder-grid-row"><div class="site-footer-primary-section-1 site-footer-section">
<aside class="footer-widget-area widget-area site-footer-focus-item">
<section id="block-7" class="widget widget_block"><p>Brightpane Windows Ltd, Unit 4 Kelby Road, Harrowfield HF3 2QT</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><nav class="site-navigation" aria-label="Site Navigation: Footer"><ul id="astra-footer-menu"
class="ast-nav-menu">
${links(dFoot, 'menu-item')}</ul></nav></div></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2026 Brightpane Windows | Powered by Brightpane Windows</p></div>
</div></footer></div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>${dCookie}</p>
</div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise"
data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://brightpanewindows.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.1" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout585-elementor-double-glazing',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dG.headings,
  body: [dDek, ...dG.body],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call us free on 0800 046 0418 · Mon–Sat 8am–6pm', ...dNav, 'Get a Free Quote', 'Main Menu',
    'Book a free survey', 'What our customers say', ...dReviews, 'FENSA registered', '10-year insurance-backed guarantee', 'Ready for warmer rooms?',
    'Free, no-obligation quotes within 48 hours.', 'Request a quote', 'Brightpane Windows Ltd, Unit 4 Kelby Road, Harrowfield HF3 2QT', ...dFoot,
    'Copyright © 2026 Brightpane Windows | Powered by Brightpane Windows', 'We value your privacy',
    dCookie,
    'Customise', 'Reject All', 'Accept All',
  ],
};

const eTitle = '24 Hour Emergency Glazing';
const eParas = [
  j(
    'Broken window after a break-in, a storm or a stray football? Our emergency team covers Portmerrow and everywhere within',
    'twenty miles, day and night, every day of the year, including Christmas.',
  ),
  j(
    'We aim to be with you within an hour. If the glass cannot be replaced on the spot we board the opening with 18mm ply, make the',
    'frame secure and measure up for a new sealed unit, which we usually fit within three working days.',
  ),
  'We work with most home insurers and can send the report and photographs straight to your claims handler.',
  'No call-out charge before 10pm. Card payments taken on site.',
];
const eNav = ['Home', 'Emergency Glazing', 'Boarding Up', 'Glass Replacement', 'About', 'Contact'];
const wixP = (t: string, id: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">${t}</p></div>`;
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Emergency Glazing Portmerrow | 24/7 | Harbourside Glass &amp; Boarding</title>
<meta name="description" content="24 hour emergency glazing and boarding up in Portmerrow. One hour response."><link rel="canonical"
href="https://www.harboursideglass.co.uk/emergency-glazing">
<meta property="og:title" content="Emergency Glazing Portmerrow | 24/7 | Harbourside Glass &amp; Boarding"><meta property="og:site_name"
content="Harbourside Glass">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Harbourside Glass & Boarding","telephone":"07700 900 612",
"openingHours":"Mo-Su 00:00-23:59"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}#comp-lq3k9d2x{width:720px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-kx81c7u0" class="comp-kx81c7u0 wixui-rich-text" data-testid="richTextElement"><p class="font_7 wixui-rich-text__text">
<span class="color_15 wixui-rich-text__text">HARBOURSIDE GLASS &amp; BOARDING</span></p></div>
<wix-dropdown-menu id="comp-kx81c7u3" class="XRwtpn comp-kx81c7u3 wixui-dropdown-menu hidden-during-prewarmup"><nav class="R_TAzU"
id="comp-kx81c7u3navContainer"
aria-label="Site"><ul class="y7qwii" id="comp-kx81c7u3itemsContainer">
${eNav
  .map(
    (t) => `<li class="wbgQXa wixui-dropdown-menu__item" data-testid="comp-kx81c7u3-item"><a data-testid="linkElement"
href="/${t.toLowerCase().replace(/ /g, '-')}" class="UiHgGh"><div class="itemDepth02233374943__itemWrapper"><p class="itemDepth02233374943__label">${t}</p>
</div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu>
<div id="comp-kx81c7v1" class="comp-kx81c7v1 wixui-button"><a data-testid="linkElement" href="tel:07700900612" class="uDW_Qe wixui-button PlZyDq"
aria-disabled="false"><span class="l7_2fn wixui-button__label">Call 07700 900 612</span></a></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="r6wmf" class="dBAkHi theme-vars r6wmf"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerr6wmf" class="Containerr6wmf SPY_vo"><div data-mesh-id="Containerr6wmfinlineContent" data-testid="inline-content" class="">
<section id="comp-lq3k9c8a" tabindex="-1" class="Oqnisf comp-lq3k9c8a wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lq3k9c9b" class="comp-lq3k9c9b YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq3k9c9binlineContent" data-testid="inline-content" class="">
<div id="comp-lq3k9d2x" class="KcpHeO tz5f0K comp-lq3k9d2x wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"
style="font-size:52px;"><span style="font-weight:bold;" class="wixui-rich-text__text">${eTitle}</span></h1></div>
${eParas.map((t, i) => wixP(t, `lq3k9e${i}f`)).join('\n')}
<div id="comp-lq3kaa01" class="comp-lq3kaa01 wixui-button"><a data-testid="linkElement" href="tel:07700900612" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Call Now</span></a></div>
<wix-image id="comp-lq3kab77" class="Tj01hh comp-lq3kab77 wixui-image">
<img src="https://static.wixstatic.com/media/5b1c9e_board.jpg/v1/fill/w_480,h_320/board.jpg"
alt="Boarded shop window at night" style="width:480px;height:320px;object-fit:cover"></wix-image>
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${wixP('Harbourside Glass &amp; Boarding · 7 Quay Street, Portmerrow PM1 4LD', 'kx81c8a1')}
${wixP('© 2026 by Harbourside Glass. Proudly created with Wix.com', 'kx81c8a2')}</div></footer></div></div></div></div>
<div id="wix-first-paint"></div><script id="wix-viewer-model" type="application/json">{"site":{"metaSiteId":"7c2e3b1a"},"language":"en"}</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.5a2d8e1f.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout585-wix-emergency-glazing',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: eParas,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'HARBOURSIDE GLASS & BOARDING', ...eNav, 'Call 07700 900 612', 'Call Now',
    'Harbourside Glass & Boarding · 7 Quay Street, Portmerrow PM1 4LD', '© 2026 by Harbourside Glass. Proudly created with Wix.com',
  ],
};

export const HELDOUT585_A: readonly TestPage[] = [elementor, wix].map(finish);
