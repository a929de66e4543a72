import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Sec, secs } from './pages-heldout483-kit.js';

/**
 * Held-out batch 483, file a: a driving school's manual lessons page on WordPress (Astra theme, Complianz banner) with a
 * price list and an FAQ, and a short intensive-course page on Wix.
 */
const kTitle = 'Manual Driving Lessons in Thornbury Vale';
const kIntro = [
  j(
    'Our manual lessons are taught one to one in a dual-controlled Vauxhall Corsa, with pick-up from your home, school or work anywhere',
    'in Thornbury Vale, Ashcombe and the villages along the B4412.',
  ),
  j(
    'Every pupil gets a written plan after the first lesson, so you always know what comes next and roughly how many hours you have',
    'left before you are ready for your practical test.',
  ),
];
const kSecs: Sec[] = [
  {
    h: 'What your first lesson looks like',
    ps: [
      j(
        'We start on the quiet roads of the Meadowfield estate. Your instructor will set up the seat and mirrors with you, explain the',
        'pedals and the clutch bite point, and let you move off and stop a few times before you go anywhere near a junction.',
      ),
      j(
        'Most first lessons end with left turns and a few gentle hills. Nobody is pushed onto a busy road in the first two hours, however',
        'confident they feel.',
      ),
    ],
  },
  {
    h: 'Prices',
    ps: ['Lessons are paid for in advance by bank transfer or card. Block bookings must be used within six months.'],
  },
];
const kPrices = [
  '<strong>Single lesson (1 hour):</strong> £38',
  '<strong>Double lesson (2 hours):</strong> £74',
  '<strong>Block of 10 hours:</strong> £355',
  '<strong>Pass Plus (6 hours):</strong> £215',
];
const kFaq: Sec[] = [
  {
    h: 'Do I need my provisional licence before the first lesson?',
    ps: ['Yes. We will check your provisional licence and your eyesight at the start of the first lesson, so please bring the card.'],
  },
  {
    h: 'Can I use my own car for some lessons?',
    ps: [j('We only teach in our own cars, but we are happy to give advice on private practice with family. Ask your instructor for', 'our practice sheet.')],
  },
  {
    h: 'How many lessons will I need?',
    ps: [j('It depends on the learner. Our pupils who passed last year took 34 hours on average, plus about 20 hours of private practice.')],
  },
];
const kNav = ['Home', 'Manual Lessons', 'Automatic Lessons', 'Intensive Courses', 'Pass Plus', 'Reviews', 'Contact'];
const kNavF = ['Automatic Lessons', 'Intensive Courses', 'Reviews', 'Contact'];
const kFootNav = ['Privacy Policy', 'Terms of Booking', 'Cancellation Policy'];
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${kTitle} - Kestrel Lane Driving School</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://kestrellanedriving.co.uk/manual-lessons/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${kTitle}">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://kestrellanedriving.co.uk/manual-lessons/","name":"${kTitle} - Kestrel Lane Driving School","dateModified":"2026-01-14T10:21:44+00:00"},
{"@type":"LocalBusiness","name":"Kestrel Lane Driving School","telephone":"01632 960412"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://kestrellanedriving.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}body,button,input{font-family:'Nunito',sans-serif;}.entry-title{font-size:40px;}</style>
<link rel="stylesheet" id="cmplz-general-css"
href="https://kestrellanedriving.co.uk/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=6.5.6" media="all">
<script src="https://kestrellanedriving.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-42 wp-custom-logo ast-desktop ast-plain-container
ast-no-sidebar astra-4.6.4 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon
ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header
site-header-focus-item">
<div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-above-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item ast-header-html-1">
<div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>Call us on 01632 960412 – Mon to Sat, 8am to 6pm</p></div></div></div>
</div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"
data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row
ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a
href="https://kestrellanedriving.co.uk/" class="custom-logo-link" rel="home"><img width="220" height="64"
src="https://kestrellanedriving.co.uk/wp-content/uploads/2023/04/kestrel-logo.png" class="custom-logo" alt="Kestrel Lane Driving School"></a></span></div>
</div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility
site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement"
itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border
stack-on-mobile">
${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" data-section="section-hb-button-1"><div
class="ast-builder-button-wrap ast-button-size-">
<a class="ast-custom-button-link" href="https://kestrellanedriving.co.uk/book/" target="_self"><div class="ast-custom-button">Book Online</div></a></div>
</div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${kTitle}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(kIntro)}
${secs(kSecs.slice(0, 1), 'h2 class="wp-block-heading"')}
<h2 class="wp-block-heading">${kSecs[1]?.h}</h2>
<ul class="wp-block-list">${lis(kPrices)}</ul>
${ps(kSecs[1]?.ps ?? [])}
<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://kestrellanedriving.co.uk/book/">Book your first lesson</a></div></div>
<h2 class="wp-block-heading">Frequently asked questions</h2>
${secs(kFaq, 'h3 class="wp-block-heading"')}
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-footer-row-stack"
data-section="section-primary-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item
footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1">
<section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Find us</h2><p>Unit 3, Brookside Yard, Thornbury Vale TV4 7QE</p></section>
</aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><aside class="footer-widget-area widget-area site-footer-focus-item"
aria-label="Footer Widget 2">
<section id="nav_menu-2" class="widget widget_nav_menu"><nav class="menu-footer-container">
<ul id="menu-footer" class="menu">${links(kFootNav, 'menu-item')}</ul>
</nav></section></aside></div>
</div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-footer-row-stack"
data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div
class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
<div class="ast-footer-copyright"><p>Copyright © 2026 Kestrel Lane Driving School | Powered by <a href="https://wpastra.com" rel="nofollow noopener"
target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store
and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="https://kestrellanedriving.co.uk/cookie-policy-uk/">Cookie
Policy</a></li></ul></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_header_footer_builder_active":"1"};</script>
<script src="https://kestrellanedriving.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body>
</html>`;
const kestrel: TestPage = {
  name: 'heldout483-astra-manual-lessons',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [kSecs[0]?.h ?? '', kSecs[1]?.h ?? '', 'Frequently asked questions', ...kFaq.map((s) => s.h)],
  body: texts([...kIntro, ...(kSecs[0]?.ps ?? []), ...kPrices, ...(kSecs[1]?.ps ?? []), ...kFaq.flatMap((s) => s.ps)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call us on 01632 960412 – Mon to Sat, 8am to 6pm', ...kNavF, 'Book Online', 'Book your first lesson', 'Find us',
    'Unit 3, Brookside Yard, Thornbury Vale TV4 7QE', ...kFootNav, 'Copyright © 2026 Kestrel Lane Driving School | Powered by Astra WordPress Theme',
    'Manage Cookie Consent', 'To provide the best experiences, we use technologies like cookies to store and/or access device information.',
    'Accept', 'Deny', 'View preferences', 'Cookie Policy',
  ],
};

const gTitle = 'Intensive Driving Courses';
const gIntro = j(
  'Need to pass quickly? Our intensive courses pack your lessons into one or two weeks, with the practical test booked at the end.',
  'They suit learners who have a few free weeks and can practise every day.',
);
const gCourses = [
  'Beginner course – 40 hours over two weeks – £1,540',
  'Some experience – 25 hours over 8 days – £980',
  'Test ready – 10 hours over 3 days – £410',
];
const gNote = j(
  'You must have passed your theory test before we can book the practical. Prices include the use of the car for the test.',
  'A £200 deposit secures your dates.',
);
const gItems = gCourses.map((c) => `<p class="font_8 wixui-rich-text__text">${c}</p>`);
const gNav = ['Home', 'Lessons', 'Intensive Courses', 'Prices', 'About', 'Contact'];
const gRich = (id: string, inner: string): string =>
  `<div id="${id}" class="HcOXKn SxM0TO QxJLC3 ${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<title>Intensive Courses | Greenholm Driving Academy</title><meta name="description" content="One and two week intensive driving courses in Greenholm.">
<link rel="canonical" href="https://www.greenholmdriving.com/intensive-courses"><meta property="og:site_name" content="Greenholm Driving Academy">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],
"site":{"metaSiteId":"c0a1f5e2"}}</script>
<style>#comp-lk2a3 { --min-height:54px; } .font_0{font:normal normal bold 44px/1.2 'playfair display',serif;} .font_8{font:normal normal normal 17px/1.6
avenir-lt-w01_35-light1475496,sans-serif;}</style>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Greenholm Driving Academy",
"telephone":"07700 900184"}</script></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP" class="tcElKx i0UkO_ KIuNLC"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage
css-editing-layout">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP has-custom-focus" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div data-testid="headerInlineContent" class="Tt4z2R">
${gRich(
  'comp-kx0logo',
  `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.greenholmdriving.com"
class="wixui-rich-text__text">Greenholm Driving Academy</a></span></p>`,
)}
<nav id="comp-kx1menu" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${links(gNav, 'wixui-horizontal-menu__item')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="ju5cc" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerju5cc"
class="Containerju5cc SPY_vo">
<section id="comp-lk2a0" tabindex="-1" class="Oqnisf comp-lk2a0 wixui-section"><div id="bgLayers_comp-lk2a0" class="MW5IWV"><div class="LWbAav Kv1aVt"></div>
</div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lk2a1" class="comp-lk2a1 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content"
class="">
${gRich('comp-lk2a3', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${gTitle}</span></h1>`)}
${gRich('comp-lk2a4', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${gIntro}</span></p>`)}
${gRich('comp-lk2a5', `<ul class="font_8 wixui-rich-text__text">${lis(gItems, 'wixui-rich-text__text')}</ul>`)}
${gRich('comp-lk2a6', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${gNote}</span></p>`)}
<div class="comp-lk2a7 FubTgk" id="comp-lk2a7" aria-disabled="false"><a data-testid="linkElement" href="https://www.greenholmdriving.com/book" class="uDW_Qe
wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Reserve Your Dates</span></a></div>
</div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="footerInlineContent" class="Tt4z2R">
${gRich(
  'comp-kx9foot',
  `<p class="font_9 wixui-rich-text__text">07700 900184 · info@greenholmdriving.com</p>
<p class="font_9 wixui-rich-text__text">© 2026 by Greenholm Driving Academy. Proudly created with Wix.com</p>`,
)}
</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of
page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.8e2d3a1f.bundle.min.js" async></script></body></html>`;
const greenholm: TestPage = {
  name: 'heldout483-wix-intensive-courses',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [gIntro, ...gCourses, gNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Greenholm Driving Academy', 'Home', 'About', 'Contact', 'Reserve Your Dates',
    '07700 900184 · info@greenholmdriving.com', '© 2026 by Greenholm Driving Academy. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT483_A: readonly TestPage[] = [kestrel, greenholm];
