import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout507-kit.js';

/**
 * Held-out batch 507, file a: a village hall's room-hire page with a rates table on WordPress (Astra theme, CookieYes banner,
 * sidebar widgets), and a community centre's weekly activities timetable on Wix (rich-text day headings, Wix ad banner).
 */
const hTitle = 'Hire the Hall';
const hIntro = [
  j(
    'Orbury St Giles Village Hall is available to hire for parties, meetings, classes, wedding receptions and private functions.',
    'The hall is run by volunteers and every penny of hire income goes back into the upkeep of the building.',
  ),
  j(
    'We have three spaces that can be hired on their own or together. The Main Hall seats 120 for a meal or 160 theatre style;',
    'the Garden Room takes up to 30 and opens onto the lawn; the Committee Room is a quiet space for up to 12 around a table.',
  ),
];
const hRows = [
  ['Main Hall', '£18.00', '£24.00', '£14.00'],
  ['Garden Room', '£11.00', '£15.00', '£8.50'],
  ['Committee Room', '£8.00', '£10.00', '£6.00'],
  ['Whole building (Saturday, 9am to midnight)', '–', '£320.00', '£260.00'],
];
const hNote = j(
  'Evening rates apply after 6pm on weekdays and all day at weekends and on bank holidays. The local rate is for residents of the',
  'parish and for groups based in it. Regular hirers booking ten or more sessions in advance receive a further 10% discount.',
);
const hIncl = [
  'use of the kitchen with two ovens, a hob, a dishwasher and a tea urn',
  '14 round tables, 20 trestle tables and 160 stackable chairs',
  'a hearing loop, a projector and screen, and free Wi-Fi',
  'the car park for up to 25 cars, with two disabled bays by the entrance',
];
const hBook = [
  j(
    'To check a date, use the availability calendar or email our bookings secretary at bookings@orburyhall.org.uk. Provisional',
    'bookings are held for seven days. A booking is confirmed once we have received the signed hire agreement and the deposit.',
  ),
  j(
    'A refundable deposit of £100 is required for all parties and for any event where alcohol is served. Please read our',
    '<a href="/booking-conditions/">booking conditions</a> before you book.',
  ),
];
const hH = ['Hire rates 2027', 'What’s included', 'How to book'];
const hNav = ['Home', 'About the Hall', 'What’s On', 'Hire the Hall', 'Booking Conditions', 'News', 'Contact'];
const hNews = ['New LED lighting in the Main Hall', 'Quiz night raises £1,240 for the roof fund', 'Volunteers needed for the spring clean'];
const hFoot = ['Privacy Policy', 'Safeguarding', 'Trustees'];
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hire the Hall – Orbury St Giles Village Hall</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://orburyhall.org.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}body,button,input{font-family:-apple-system,BlinkMacSystemFont,sans-serif;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Hire the Hall",
"isPartOf":{"@id":"https://orburyhall.org.uk/#website"}},{"@type":"WebSite","@id":"https://orburyhall.org.uk/#website",
"name":"Orbury St Giles Village Hall"}]}</script>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/4f1e2a/script.js"></script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-27 wp-custom-logo ast-desktop ast-plain-container
ast-right-sidebar astra-4.6.4 ast-normal-title-enabled">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hfb-header" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap
main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap
ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left
site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity"
itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="https://orburyhall.org.uk/" class="custom-logo-link" rel="home"><img width="80" height="80"
src="/wp-content/uploads/2023/02/hall-logo.png" class="custom-logo" alt="Orbury St Giles Village Hall"></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://orburyhall.org.uk/" rel="home"
itemprop="url">Orbury St Giles Village Hall</a></span>
<p class="site-description" itemprop="description">At the heart of the village since 1921</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item" data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility
site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(hNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-27 page type-page status-publish ast-article-single" id="post-27" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${hTitle}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(hIntro)}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2024/05/main-hall-set-for-dinner.jpg" alt="The Main Hall laid for
dinner">
<figcaption class="wp-element-caption">The Main Hall set for a harvest supper</figcaption></figure>
<h2 class="wp-block-heading">${hH[0]}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Room</th><th>Weekday daytime (per hour)</th><th>Evenings and weekends (per hour)</th>
<th>Local rate (per hour)</th></tr></thead><tbody>${trs(hRows)}</tbody></table></figure>
${ps([hNote])}
<h2 class="wp-block-heading">${hH[1]}</h2><ul>${lis(hIncl)}</ul>
<h2 class="wp-block-heading">${hH[2]}</h2>${ps(hBook)}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/availability/">Check availability</a></div>
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button"
href="/wp-content/uploads/2027/01/hire-agreement-2027.pdf">Download the hire agreement (PDF)</a></div></div>
</div></article></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-4" class="widget widget_block"><h2 class="wp-block-heading">Find us</h2><p>Church Lane, Orbury St Giles, OX29 4QT</p></aside>
<aside id="block-5" class="widget widget_block widget_recent_entries"><h2 class="widget-title">Latest news</h2><ul class="wp-block-latest-posts__list
wp-block-latest-posts">
${links(hNews)}</ul></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="site-below-footer-wrap
ast-builder-grid-row-container site-footer-focus-item">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div
class="ast-footer-copyright"><p>Copyright © 2027 Orbury St Giles Village Hall |
Registered charity no. 304417</p></div></div><div class="site-footer-below-section-2 site-footer-section"><nav class="footer-navigation"><ul
class="ast-nav-menu">${links(hFoot)}</ul></nav>
</div></div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking “Accept All”, you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept
All">Accept All</button>
</div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_top":""};</script>
<script src="https://orburyhall.org.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astraHire: TestPage = {
  name: 'heldout507-astra-room-hire',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: [...texts(hIntro), ...rowTexts(hRows), ...texts([hNote, ...hIncl, ...hBook])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'At the heart of the village since 1921', ...hNav.filter((t) => t !== hTitle && t !== 'Booking Conditions'),
    'The Main Hall set for a harvest supper', 'Check availability', 'Download the hire agreement (PDF)', 'Find us', 'Church Lane, Orbury St Giles, OX29 4QT',
    'Latest news', ...hNews, 'Copyright © 2027 Orbury St Giles Village Hall | Registered charity no. 304417', ...hFoot, 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking “Accept All”, you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

const wTitle = 'Weekly Timetable';
const wIntro = j(
  'Here is what happens at Elmcroft Community Centre in a normal week during term time. Most sessions are drop-in; where you need',
  'to book, the organiser’s details are below. Sessions marked with a star run all year, including school holidays.',
);
const wDays: [string, string[]][] = [
  [
    'Monday',
    [
      '9.30–11.30am Little Acorns Toddler Group, Main Hall, £2 per family *',
      '1.00–3.00pm Knit and Natter, Lounge, free',
      '7.00–8.30pm Pilates for Beginners, Studio, £7',
    ],
  ],
  [
    'Tuesday',
    ['10.00am–12.00pm Elmcroft Community Larder, Lounge *', '6.00–7.00pm Junior Karate (ages 6–11), Main Hall, £5', '7.30–9.30pm Elmcroft Camera Club, Room 2'],
  ],
  [
    'Wednesday',
    [
      '10.00–11.00am Chair Yoga, Studio, £4',
      '12.00–2.00pm Lunch Club for over-60s, Main Hall, £6 for two courses *',
      '7.00–9.00pm Adult Ballroom, Main Hall, £6',
    ],
  ],
  ['Thursday', ['9.30–11.30am Baby Massage and Stay, Studio, booking needed', '2.00–4.00pm Memory Café, Lounge, free *']],
  ['Friday', ['10.00am–12.00pm Repair Café (first Friday of the month), Main Hall', '4.00–6.00pm Youth Club (ages 11–16), whole centre, £1']],
  ['Saturday and Sunday', ['The centre is available for private hire at weekends. Please contact the office for dates.']],
];
const wOutro = j(
  'Times can change at short notice, so please check our Facebook page before you set off. If you run a group and would like a',
  'regular slot, we have space on Thursday evenings and Friday mornings.',
);
const wNav = ['Home', 'About Us', 'Timetable', 'Room Hire', 'Events', 'Volunteer', 'Contact'];
const wBody = [wIntro, ...wDays.flatMap(([, s]) => s), wOutro];
const wText = (t: string, cls = 'font_8'): string =>
  `<p class="${cls} wixui-rich-text__text"><span class="wixui-rich-text__text" style="font-size:17px;">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="Wix.com Website Builder"><title>Timetable | Elmcroft Community Centre</title>
<meta name="description" content="What's on each week at Elmcroft Community Centre: toddler group, lunch club, yoga, youth club and more.">
<meta property="og:site_name" content="Elmcroft Community Centre"><link rel="canonical" href="https://www.elmcroftcentre.org/timetable">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],
"language":{"userLanguage":"en"}}</script>
<style id="css_masterPage">#comp-k3x1lp0c{--fnt:normal normal normal 17px/1.4em avenir-lt-w01_35-light1475496,sans-serif;}</style>
<script>window.viewerModel = {"site":{"metaSiteId":"5c0e7f"},"requestUrl":"https://www.elmcroftcentre.org/timetable"};</script></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"
role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root">
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" class="nahGoU"><span
class="VgO9Yg">
This site was designed with the <strong>Wix</strong>.com website builder. Create your website today.</span><span class="Ih4zSX">Start Now</span></a></div>
<div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div id="comp-k3x1kz7a" class="BaOVQ8 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span
class="wixui-rich-text__text">
<a href="https://www.elmcroftcentre.org" target="_self" class="wixui-rich-text__text">Elmcroft Community Centre</a></span></p></div>
<nav aria-label="Site" id="comp-k3x1l0q9" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lq2m8w1e" class="xuzjBY comp-lq2m8w1e wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lq2m8w1f" class="comp-lq2m8w1f
YzqVVZ wixui-column-strip__column">
<div id="comp-k3x1lp0a" class="BaOVQ8 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"><span
class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-k3x1lp0c" class="BaOVQ8 wixui-rich-text" data-testid="richTextElement">${wText(wIntro)}</div>
${wDays
  .map(
    ([d, s], i) => `<div id="comp-k3x1lq${i}d" class="BaOVQ8 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">
<span class="wixui-rich-text__text" style="color:#2F5233;">${d}</span></h2>${s.map((t) => wText(t)).join('\n')}</div>`,
  )
  .join('\n')}
<div id="comp-k3x1lr7b" class="BaOVQ8 wixui-rich-text" data-testid="richTextElement">${wText(wOutro)}</div>
<div id="comp-lq2mb3k1" class="comp-lq2mb3k1 R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement"
href="https://www.elmcroftcentre.org/room-hire"
class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">Enquire about a regular slot</span></a></div>
</div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-k3x1m2p4" class="BaOVQ8 wixui-rich-text"
data-testid="richTextElement">
${wText('Elmcroft Community Centre, 42 Pellow Road, Elmcroft, NG17 3RF', 'font_9')}
${wText('Office open Monday to Friday, 9am to 1pm. Tel: 01623 550 712', 'font_9')}
${wText('© 2027 by Elmcroft Community Centre. Proudly created with Wix.com', 'font_9')}</div>
<ul class="ZXcLe7" aria-label="Social Bar"><li id="dataItem-kxz1" class="DgVQjC"><a href="https://www.facebook.com/elmcroftcentre" target="_blank"
class="x0Xq3T">
<img src="https://static.wixstatic.com/media/e316f544f9094143b9eac01f1f19e697.png" alt="Facebook"></a></li></ul></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
const wixTimetable: TestPage = {
  name: 'heldout507-wix-timetable',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wDays.map(([d]) => d),
  body: wBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', ...wNav.filter((t) => t !== 'Timetable'),
    'Enquire about a regular slot', 'Elmcroft Community Centre, 42 Pellow Road, Elmcroft, NG17 3RF',
    'Office open Monday to Friday, 9am to 1pm. Tel: 01623 550 712', '© 2027 by Elmcroft Community Centre. Proudly created with Wix.com',
  ],
};

export const HELDOUT507_A: readonly TestPage[] = [astraHire, wixTimetable];
