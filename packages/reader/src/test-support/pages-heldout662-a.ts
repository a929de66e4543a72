import { links, ps, type TestPage, texts } from './page-kit.js';
import { ew, j, lis } from './pages-heldout662-kit.js';

/**
 * Held-out batch 662, file a: a coach firm's fleet page built with Elementor Pro on the Hello Elementor theme (theme-builder
 * header and footer, CookieYes banner), and a wedding car page on Wix.
 */
const hTitle = 'Our Coach Fleet';
const hIntro = j(
  'Every vehicle in the Harrowden fleet is owned, maintained and cleaned at our own depot in Kettleby. We do not sub-contract',
  'to other operators, so the coach you see on this page is the coach that arrives at your door.',
);
const hCoaches = [
  {
    name: '16-seat Mercedes Sprinter',
    text: j(
      'Our smallest vehicle, ideal for airport runs, sports teams and small corporate groups. Leather seats, USB charging',
      'at every seat and a rear luggage area that takes sixteen medium suitcases.',
    ),
    spec: ['16 reclining seats with three-point belts', 'Air conditioning', 'Wheelchair lift on request'],
  },
  {
    name: '33-seat Irizar i4 midi coach',
    text: j(
      'A full-height coach in a shorter body, which makes it the right choice for village venues and narrow school',
      'driveways. Popular with primary schools and walking clubs.',
    ),
    spec: ['33 seats with belts', 'Under-floor luggage lockers', 'PA system and driver microphone'],
  },
  {
    name: '53-seat Van Hool executive coach',
    text: j(
      'Our flagship touring coaches carry most of our European tours. Each has a fridge, a toilet, a hot drinks machine',
      'and extra legroom, with 49 seats in the executive layout.',
    ),
    spec: ['53 seats (49 in executive layout)', 'Onboard toilet and kitchenette', 'Wi-Fi and 240V sockets', 'Euro VI engine'],
  },
];
const hAccess = j(
  'All coaches registered since 2019 meet the Public Service Vehicle Accessibility Regulations. If anyone in your group uses a',
  'wheelchair, tell us when you book and we will send a vehicle with a lift and a secured wheelchair bay.',
);
const hAge = j(
  'The average age of our fleet is 4.2 years. Coaches are inspected every six weeks at our own DVSA-approved workshop, and',
  'every driver carries out a walk-round check before each journey.',
);
const hNav = ['Home', 'Coach Hire', 'Fleet', 'Tours', 'School Transport', 'About Us', 'Contact'];
const hFootLinks = ['Hire Terms', 'Privacy Policy', 'Careers', 'Lost Property'];
const hCoachHtml = hCoaches
  .map(
    (c, i) => `<section class="elementor-section elementor-inner-section elementor-element elementor-element-c${i}a9 elementor-section-boxed" data-id="c${i}a9"
data-element_type="section"><div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-50 elementor-inner-column elementor-element elementor-element-c${i}b1" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${ew(
      `c${i}b2`,
      'image',
      `<img width="800" height="533" src="/wp-content/uploads/2026/05/coach-${i}.jpg"
class="attachment-large size-large" alt="${c.name}" loading="lazy">`,
    )}</div></div>
<div class="elementor-column elementor-col-50 elementor-inner-column elementor-element elementor-element-c${i}c1" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${ew(
      `c${i}c2`,
      'heading',
      `<h3
class="elementor-heading-title elementor-size-default">${c.name}</h3>`,
    )}
${ew(`c${i}c3`, 'text-editor', `<p>${c.text}</p>`)}
${ew(
  `c${i}c4`,
  'icon-list',
  `<ul class="elementor-icon-list-items">${c.spec
    .map(
      (s) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${s}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${ew(
  `c${i}c5`,
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/quote/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Get a Quote</span></span></a></div>`,
)}</div></div></div></section>`,
  )
  .join('\n');
const hHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our Coach Fleet - Harrowden Coaches</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="See the coaches, midi coaches and minibuses in the Harrowden Coaches fleet.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Our Coach Fleet - Harrowden Coaches",
"isPartOf":{"@id":"https://harrowdencoaches.example/#website"}},{"@type":"LocalBusiness","name":"Harrowden Coaches","telephone":"+44 1536 900212"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4" media="all">
<link rel="stylesheet" id="elementor-post-212-css" href="/wp-content/uploads/elementor/css/post-212.css?ver=1719912003" media="all">
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/3f0a9c1d/script.js"></script></head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-1b2c3d4 elementor-section-boxed" data-id="1b2c3d4"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-2a1"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${ew(
  '2a2',
  'theme-site-logo',
  `<a href="https://harrowdencoaches.example">
<img width="240" height="80" src="/wp-content/uploads/2024/02/harrowden-logo.png" alt="Harrowden Coaches"></a>`,
)}</div></div>
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-2b1" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${ew(
  '2b2',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container
elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-2b2" class="elementor-nav-menu">${links(hNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><span class="elementor-screen-only">Menu</span>
</div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul class="elementor-nav-menu">${links(hNav, 'menu-item')}</ul>
</nav>`,
)}
${ew(
  '2b3',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-sm" href="tel:+441536900212"><span class="elementor-button-text">
Call 01536 900212</span></a></div>`,
)}</div></div></div></section></div>
<main id="content" class="site-main post-212 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-7e1 elementor-section-height-min-height elementor-section-boxed"
data-id="7e1"
data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-background-overlay"></div>
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-7e2"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${ew('7e3', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${hTitle}</h1>`)}
${ew('7e4', 'text-editor', `<p>${hIntro}</p>`)}</div></div></div></section>
${hCoachHtml}
<section class="elementor-section elementor-top-section elementor-element elementor-element-9f1 elementor-section-boxed" data-id="9f1"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-9f2"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${ew('9f3', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Accessible travel</h2>')}
${ew('9f4', 'text-editor', `<p>${hAccess}</p>`)}
${ew('9f5', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Maintenance and safety</h2>')}
${ew('9f6', 'text-editor', `<p>${hAge}</p>`)}
${ew(
  '9f7',
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__content-item">
Not sure which coach you need?</h2><div class="elementor-cta__description elementor-cta__content-item">Tell us the size of your group and where you are
going.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-" href="/contact/">Ask our team</a></div></div>
</div>`,
)}
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="51" class="elementor elementor-51 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5c1 elementor-section-boxed" data-id="5c1"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-5c2"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${ew(
  '5c3',
  'text-editor',
  `<p>Harrowden Coaches Ltd, Unit 4 Brook Road,
Kettleby NN14 6QX</p><p>Operator licence PD1049321</p>`,
)}</div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-5c4" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${ew(
  '5c5',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul class="elementor-nav-menu">${links(hFootLinks, 'menu-item')}</ul></nav>`,
)}${ew('5c6', 'text-editor', '<p>© 2027 Harrowden Coaches. All rights reserved.</p>')}</div></div>
</div></section></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button>
</div></div></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.23.4"};</script></body></html>`;
const harrowden: TestPage = {
  name: 'heldout662-elementor-coach-fleet',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...hCoaches.map((c) => c.name), 'Accessible travel', 'Maintenance and safety'],
  body: texts([hIntro, ...hCoaches.flatMap((c) => [c.text, ...c.spec]), hAccess, hAge]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'Fleet' && t !== 'Tours'), 'Call 01536 900212', 'Get a Quote', 'Not sure which coach you need?',
    'Tell us the size of your group and where you are going.', 'Ask our team', 'Harrowden Coaches Ltd, Unit 4 Brook Road, Kettleby NN14 6QX',
    'Operator licence PD1049321', ...hFootLinks, '© 2027 Harrowden Coaches. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

const wTitle = 'Wedding Cars';
const wParas = [
  j(
    'Arrive in style on your wedding day. Our two ivory Rolls-Royce Silver Shadows and our 1962 Austin Princess limousine are',
    'dressed with ribbons in the colour of your choice and driven by uniformed chauffeurs.',
  ),
  j(
    'Every wedding package includes a visit from our team before the day to plan the route and timings, a red carpet at the',
    'ceremony, and a bottle of chilled sparkling wine for the journey to the reception.',
  ),
];
const wPack = ['Ceremony only: from £395', 'Ceremony and photographs: from £495', 'Full day with two cars: from £950'];
const wNote = 'We cover weddings within 40 miles of Larchfield. Dates for the summer fill quickly, so please book as early as you can.';
const wNav = ['Home', 'Wedding Cars', 'Proms', 'Airport Transfers', 'Gallery', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Wedding Cars | Ivory Lane Chauffeurs</title>
<meta name="description" content="Rolls-Royce and vintage wedding car hire in Larchfield."><meta property="og:site_name" content="Ivory Lane Chauffeurs">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Ivory Lane Chauffeurs",
"address":{"addressLocality":"Larchfield"}}</script>
<script>window.viewerModel = {"siteFeaturesConfigs":{"platform":{"bootstrapData":{}}},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}.font_0{font:normal normal normal 60px/1.2em playfair display,serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx2a1" class="comp-kx2a1 wixui-rich-text"
data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Ivory Lane Chauffeurs</span></p></div>
<nav id="comp-kx2a2" aria-label="Site" class="wixui-horizontal-menu"><ul class="ITnOsV">${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav>
<div id="comp-kx2a3" class="wixui-button"><a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Check a Date</span></a></div>
</div></header><main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dfu-page">
<section id="comp-lq7w1" class="wixui-section"><div data-testid="columns" class="comp-lq7w1-container"><div id="comp-lq7w2" class="wixui-column-strip__column">
<div id="comp-lq7w3" class="wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lq7w4" class="wixui-rich-text" data-testid="richTextElement">${ps(wParas, ' class="font_8 wixui-rich-text__text"')}</div>
<wow-image id="img_comp-lq7w5" class="HlRz5e" data-image-info='{"containerId":"comp-lq7w5","displayMode":"fill"}'>
<img src="https://static.wixstatic.com/media/a1b2c3_rolls.jpg"
alt="Ivory Rolls-Royce outside a church"></wow-image>
<div id="comp-lq7w6" class="wixui-rich-text" data-testid="richTextElement"><h2 class="font_4 wixui-rich-text__text">Packages</h2>
<ul class="font_8 wixui-rich-text__text">${lis(wPack, 'wixui-rich-text__text')}</ul><p class="font_8 wixui-rich-text__text">${wNote}</p></div>
</div></div></section>
<section id="comp-lq7x1" class="wixui-section"><div id="comp-lq7x2" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_7 wixui-rich-text__text">
“Our driver Marcus was wonderful and the car was spotless. Thank you for making our day!”</p>
<p class="font_9 wixui-rich-text__text">Hannah &amp; Theo, June 2026</p></div>
</section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-kx2b1" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">07700 900418 | bookings@ivorylane.example</p>
<p class="font_9 wixui-rich-text__text">© 2027 by Ivory Lane Chauffeurs. Proudly created with Wix.com</p>
</div></footer></div></div></div></div>
<div id="consent-banner-root" class="consentBanner"><div role="region" aria-label="Cookie banner">
<p>This website uses cookies. By using this site you agree to our use of cookies.</p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const ivoryLane: TestPage = {
  name: 'heldout662-wix-wedding-cars',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Packages'],
  body: texts([...wParas, ...wPack, wNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ivory Lane Chauffeurs', ...wNav.filter((t) => t !== wTitle), 'Check a Date',
    '“Our driver Marcus was wonderful and the car was spotless. Thank you for making our day!”', 'Hannah & Theo, June 2026',
    '07700 900418 | bookings@ivorylane.example', '© 2027 by Ivory Lane Chauffeurs. Proudly created with Wix.com',
    'This website uses cookies. By using this site you agree to our use of cookies.', 'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT662_A: readonly TestPage[] = [harrowden, ivoryLane];
