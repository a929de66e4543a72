import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout529-kit.js';

/**
 * Held-out batch 529, file a: a trampoline park's safety rules on WordPress (Astra theme, CookieYes banner, footer widgets),
 * and another park's session times and prices on Wix (rich-text components, "top of page" anchors, Book Now button).
 */
const rTitle = 'Jump Safety Rules';
const rIntro = [
  j(
    'Trampolining is great fun, but it is a physical activity and injuries can happen if jumpers are careless. These rules apply to',
    'everyone in the park, whatever their age or experience, and our Court Marshals will enforce them in every session.',
  ),
  'Please read them with your children before you arrive. Jumpers who break the rules more than once will be asked to leave the courts.',
];
const rBefore = [
  'Every jumper must have a signed waiver. A parent or guardian must sign for anyone under 18.',
  'Watch the safety briefing video at check-in. Jumpers who miss it will be asked to watch it before entering the courts.',
  'Wear Bounce Republic grip socks. Ordinary socks are not allowed on any trampoline. Grip socks cost £2.50 and can be reused on later visits.',
  'Empty your pockets. Phones, keys, coins and jewellery go in the lockers next to the café.',
];
const rCourt = [
  'One person per trampoline square at all times.',
  'No double bouncing, and no more than one somersault in a row.',
  'Land on your feet, your bottom or your back, never on your head or neck.',
  'Do not sit or lie on the pads or the trampolines while other jumpers are nearby.',
  'Follow the instructions of our Court Marshals in the red T-shirts. Their word is final.',
];
const rZones = [
  j(
    'Each zone has its own sign at the entrance with age and height limits. The Ninja Course is for jumpers over 1.1 metres tall, and only',
    'one person may be on each obstacle. On the Air Bag, wait until the jumper in front has climbed off and left the landing area.',
  ),
  "In Dodgeball, throw below the shoulders only. Anyone who aims at a jumper's head will be asked to sit out the rest of the game.",
];
const rLittle = j(
  'The Little Jumpers area is for children aged five and under. Older children may only go in to help a younger brother or sister and must',
  'not bounce. Toddlers must be supervised by an adult who stays at the edge of the area throughout.',
);
const rHealth = [
  j(
    'Please do not jump if you are pregnant, have had recent surgery, or have a heart, back or neck condition. If you are unsure, ask',
    'your doctor before you book. Our first aiders are on site during every session and can be found at the front desk.',
  ),
  'We reserve the right to remove anyone who ignores these rules from the park without a refund.',
];
const rH = ['Before you jump', 'On the main court', 'Dodgeball, Ninja Course and Air Bag', 'Little Jumpers area', 'Health and pregnancy'];
const rNav = ['Home', 'Book Now', 'Prices', 'Parties', 'Park Rules', 'Online Waiver', 'Contact'];
const rCookie = j(
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic.',
  'By clicking "Accept All", you consent to our use of cookies.',
);
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} &#8211; Bounce Republic</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://bouncerepublic.co.uk/park-rules/"><meta property="og:title" content="${rTitle} - Bounce Republic">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${rTitle}",
"isPartOf":{"@id":"https://bouncerepublic.co.uk/#website"},"datePublished":"2025-02-03T10:12:44+00:00"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://bouncerepublic.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title{display:none}.entry-content h2{color:#e6007e}</style>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script></head>
<body class="page-template-default page page-id-42 wp-custom-logo ast-desktop ast-plain-container ast-no-sidebar astra-4.6.4 ast-single-post ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar main-header-bar">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-header-primary-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://bouncerepublic.co.uk/" class="custom-logo-link" rel="home"><img width="180" height="60"
src="https://bouncerepublic.co.uk/wp-content/uploads/2024/11/logo.png" class="custom-logo" alt="Bounce Republic"></a></span></div></div></div>
<div class="site-header-primary-section-right"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(rNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" data-section="section-hb-button-1">
<div class="ast-builder-button-wrap ast-builder-button-size-"><a class="ast-custom-button-link" href="/book/" target="_self">
<div class="ast-custom-button">Book Now</div></a></div></div></div></div></div></div></div>
<div id="ast-mobile-header" class="ast-mobile-header-wrap" data-type="dropdown"><button data-index="0" class="menu-toggle main-header-menu-toggle
ast-mobile-menu-trigger-minimal" aria-expanded="false"><span class="screen-reader-text">Main Menu</span><span class="mobile-menu-toggle-icon">
<span aria-hidden="true" class="ahfb-svg-iconset ast-inline-flex svg-baseline"></span></span></button></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${rTitle}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(rIntro)}
<h2 class="wp-block-heading">${rH[0]}</h2><ul class="wp-block-list">${lis(rBefore)}</ul>
<h2 class="wp-block-heading">${rH[1]}</h2><ol class="wp-block-list">${lis(rCourt)}</ol>
<h2 class="wp-block-heading">${rH[2]}</h2>${ps(rZones)}
<h2 class="wp-block-heading">${rH[3]}</h2>${ps([rLittle])}
<h2 class="wp-block-heading">${rH[4]}</h2>${ps(rHealth)}
<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/book/">Book a Jump Session</a></div></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal"><div class="ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section">
<aside class="footer-widget-area widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-widget-1">
<section id="block-7" class="widget widget_block"><h2 class="wp-block-heading widget-title">Opening Hours</h2>
<p>Mon–Fri 10am – 8pm</p><p>Sat–Sun 9am – 7pm</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area" data-section="sidebar-widgets-footer-widget-2">
<section id="block-8" class="widget widget_block"><h2 class="wp-block-heading widget-title">Find Us</h2>
<p>Unit 4, Marsh Lane Trading Estate, Kettleford KT9 3LB</p>
</section></aside></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full">
<div class="ast-builder-footer-grid-columns">
<div class="ast-footer-copyright"><p>Copyright &copy; 2026 Bounce Republic | Powered by Bounce Republic</p></div></div></div></footer></div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>${rCookie}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://bouncerepublic.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
const astraRules: TestPage = {
  name: 'heldout529-astra-park-rules',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rIntro, ...rBefore, ...rCourt, ...rZones, rLittle, ...rHealth]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...rNav, 'Main Menu', 'Book a Jump Session', 'Opening Hours', 'Mon–Fri 10am – 8pm', 'Sat–Sun 9am – 7pm', 'Find Us',
    'Unit 4, Marsh Lane Trading Estate, Kettleford KT9 3LB', 'Copyright © 2026 Bounce Republic | Powered by Bounce Republic',
    'We value your privacy', rCookie, 'Customise', 'Reject All', 'Accept All',
  ],
};

const sTitle = 'Session Times & Prices';
const sDek = 'Open jump sessions start on the hour, every hour. Book online to guarantee your slot; walk-ins are welcome when there is space.';
const sOpen = [
  'Monday to Friday: 10am – 8pm (last session starts 7pm)',
  'Saturday and Sunday: 9am – 7pm (last session starts 6pm)',
  'School holidays: 9am – 8pm every day',
];
const sPrice = '60 minutes £13.50 · 90 minutes £17 · 120 minutes £20';
const sTod = j(
  'Under-5s with one adult, Monday to Friday 9am – 10am in term time. £8 per child, adults go free.',
  'Includes a squash and a biscuit in the café afterwards.',
);
const sSen = j(
  'A quieter hour with the music turned down and the lights dimmed, every Sunday 8am – 9am.',
  '£9 per jumper, carers go free. Please tell us at the desk if your child needs a break room.',
);
const sNote = 'All jumpers need SkyHop grip socks (£2.50) and a waiver signed by a parent or guardian.';
const sH = ['Open Jump', 'Toddler Time', 'SEN Sessions'];
const sNav = ['Home', 'Opening Times', 'Birthday Parties', 'Groups & Schools', 'Gallery', 'Contact Us'];
const sFoot = ['Unit 9, Riverside Park, Dunmere DN4 7QA', '01632 960 418', 'hello@skyhopdunmere.co.uk'];
const wixText = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wixP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wixMenu = sNav
  .map(
    (t, i) =>
      `<li class="wixui-dropdown-menu__item xRUHf6" data-testid="comp-lq0m2n3k${i}"><a data-testid="linkElement" href="https://www.skyhopdunmere.co.uk/${i}"` +
      ` class="UiHgGh"><div class="yRj2ms"><div class="zKbzSQ"><p class="JS76Uv">${t.replace(/&/g, '&amp;')}</p></div></div></a></li>`,
  )
  .join('\n');
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><meta http-equiv="X-Wix-Meta-Site-Id" content="5b2d8e41-7c9a-4d1e-9f3a-2c6b8e0d4a17">
<title>Opening Times | SkyHop Trampoline Park</title><meta name="description" content="Session times and prices at SkyHop Trampoline Park, Dunmere.">
<meta property="og:title" content="Opening Times | SkyHop Trampoline Park"><meta name="format-detection" content="telephone=no">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness",
"name":"SkyHop Trampoline Park","telephone":"01632 960 418"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"5b2d8e41-7c9a-4d1e-9f3a-2c6b8e0d4a17"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11)}.font_0{font-family:futura-lt-w01-book,sans-serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd1tfU ignore-focus" role="region" tabindex="-1"
aria-label="top of page"><span class="mkvCBY">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="xU8fqS SITE_HEADER-inlineContent">
${wixText('kx2p0a1b', '<p class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">SkyHop</span></p>')}
<nav aria-label="Site" id="comp-lq0m2n3k" class="Tj01hh wixui-dropdown-menu"><ul class="HfAX0g" data-testid="menuItems">${wixMenu}</ul></nav>
<a data-testid="linkElement" href="https://www.skyhopdunmere.co.uk/book" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false">
<span class="l7_2fn wixui-button__label">Book Now</span></a></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" class="">
<section id="comp-lq0n5t1x" tabindex="-1" class="Oqnisf comp-lq0n5t1x wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lq0n5t2c" class="comp-lq0n5t2c YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq0n5t2cinlineContent" data-testid="inline-content" class="">
${wixText('lq0n6h3w', `<h1 class="font_0 wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">Session Times &amp; Prices</span></h1>`)}
${wixText('lq0n7c2d', wixP(sDek))}
${wixText('lq0n8a9e', `<h2 class="font_2 wixui-rich-text__text">${sH[0]}</h2>`)}
${wixText('lq0n8b0f', `<ul class="font_8 wixui-rich-text__text">${lis(sOpen.map(wixP), 'wixui-rich-text__text')}</ul>${wixP(sPrice)}`)}
${wixText('lq0n9d1g', `<h2 class="font_2 wixui-rich-text__text">${sH[1]}</h2>${wixP(sTod)}`)}
${wixText('lq0n9e2h', `<h2 class="font_2 wixui-rich-text__text">${sH[2]}</h2>${wixP(sSen)}`)}
${wixText('lq0nab3i', wixP(sNote))}
<a data-testid="linkElement" href="https://www.skyhopdunmere.co.uk/book" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Book Your Jump</span></a>
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="xU8fqS SITE_FOOTER-inlineContent">
${wixText('kx2q1c4d', `<p class="font_8 wixui-rich-text__text">SkyHop Trampoline Park</p>${sFoot.map(wixP).join('')}`)}
<div id="comp-kx2q3s5e" class="comp-kx2q3s5e wixui-social-bar"><ul class="ywI1XA" aria-label="Social Bar"><li class="O6KwRn"><a data-testid="linkElement"
href="https://www.facebook.com/skyhopdunmere" target="_blank" class="oRtuWN"><img src="https://static.wixstatic.com/media/e316f5.png" alt="Facebook"></a></li>
<li class="O6KwRn"><a data-testid="linkElement" href="https://www.instagram.com/skyhopdunmere" target="_blank" class="oRtuWN">
<img src="https://static.wixstatic.com/media/01c3ae.png" alt="Instagram"></a></li></ul></div>
${wixText('kx2q4t6f', wixP('© 2026 by SkyHop Trampoline Park. Proudly created with <a href="https://wix.com" target="_blank">Wix.com</a>'))}
</div></footer></div></div><div id="SCROLL_TO_BOTTOM" class="Qd1tfU ignore-focus" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mkvCBY">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4d1f0c6e.bundle.min.js" async></script></body></html>`;
const wixTimes: TestPage = {
  name: 'heldout529-wix-session-times',
  kind: 'docs',
  html: sHtml,
  title: 'Session Times & Prices',
  headings: sH,
  body: [sDek, ...sOpen, sPrice, sTod, sSen, sNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', ...sNav, 'Book Now', 'Book Your Jump', 'SkyHop Trampoline Park', ...sFoot,
    '© 2026 by SkyHop Trampoline Park. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT529_A: readonly TestPage[] = [astraRules, wixTimes];
