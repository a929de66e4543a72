import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout607-kit.js';

/**
 * Held-out batch 607, file a: a dive centre's beginner course page on WordPress (Astra theme, Gutenberg blocks, CookieYes
 * banner, booking widget in the sidebar), and a dive site guide with depths on Squarespace 7.1.
 */
const oTitle = 'Open Water Diver Course';
const oIntro = [
  j(
    'Our Open Water Diver course is where most people start. In four days you learn the skills and the theory to dive to 18 metres',
    'with a buddy, anywhere in the world, without a guide. No experience is needed, only reasonable fitness and the ability to swim.',
  ),
  j(
    'We teach in small groups of no more than four students to one instructor, and every pool session takes place in our own heated',
    'training pool at the centre in Porto Salvel, two minutes from the boat jetty.',
  ),
];
const oLearn = [
  'How to set up, check and take apart your scuba unit',
  'Clearing a flooded mask and recovering a lost regulator',
  'Controlling your buoyancy so you hover without touching the reef',
  'Planning a dive with a computer and sharing air with your buddy',
  'Safe ascents, safety stops and what to do if something goes wrong',
];
const oDays = [
  ['Day 1', 'Theory session one and two, first confined water dive in the pool'],
  ['Day 2', 'Theory session three, confined water dives two to four'],
  ['Day 3', 'Open water dives one and two from the boat at Cala Mirta (maximum 12 m)'],
  ['Day 4', 'Open water dives three and four (maximum 18 m), final exam and logbook'],
];
const oIncl = [
  'All equipment, including a 5 mm wetsuit, computer and torch',
  'Digital course manual and eLearning access for twelve months',
  'Four boat dives with a guide and a drink on the way home',
  'Certification card fee',
];
const oBefore = j(
  'Before the course you fill in a medical questionnaire. If you answer yes to any question, you will need a doctor to sign',
  'it before you can get in the water, so please check it a few weeks before you travel.',
);
const oPrice = j(
  'The course costs <strong>€495</strong> per person. Book with a friend and you each save €30. A deposit of €100 secures your place',
  'and the rest is paid on the first day.',
);
const oLast = 'Students must be at least 10 years old. Under 15s receive a Junior Open Water certificate and dive with an adult.';
const oH = ['What you will learn', 'Course schedule', 'What is included', 'Before you arrive', 'Price and booking'];
const oNav = ['Home', 'Courses', 'Fun Dives', 'Dive Sites', 'Kit Hire', 'About Us', 'Contact'];
const oSide = ['Try Scuba (Discover Scuba)', 'Advanced Open Water', 'Rescue Diver', 'Nitrox Diver'];
const oFoot = ['Privacy Policy', 'Terms of Booking', 'Cancellation Policy'];
const oHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${oTitle} – Coral Ledge Divers | Porto Salvel</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://coralledgedivers.com/courses/open-water/">
<meta property="og:type" content="article"><meta property="og:title" content="${oTitle} - Coral Ledge Divers">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":
"https://coralledgedivers.com/courses/open-water/","name":"${oTitle}","dateModified":"2026-03-02T09:14:11+00:00"},{"@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Courses"}]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://coralledgedivers.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.entry-title{font-size:2.4rem}</style>
<link rel="stylesheet" id="cookie-law-info-css" href="https://coralledgedivers.com/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css">
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/6f1c2d/script.js"></script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-412 page-child parent-pageid-37
wp-custom-logo ast-desktop ast-page-builder-template ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item"><div class="site-above-header-wrap">
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-">
<div class="ast-builder-html-element"><p>📞 +34 871 220 418 · Open daily 8:00–18:00</p></div></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://coralledgedivers.com/" class="custom-logo-link" rel="home"><img width="180" height="60"
src="/wp-content/uploads/2024/01/coral-ledge-logo.png" class="custom-logo" alt="Coral Ledge Divers"></a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(oNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-button-wrap"><a class="ast-custom-button-link" href="/book/"><div class="ast-custom-button">Book Now</div></a></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-412 page type-page status-publish has-post-thumbnail ast-article-single" id="post-412"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><header class="entry-header ast-header-without-markup"></header>
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">
<div class="ast-breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="https://coralledgedivers.com/"><span>Home</span></a></li>
<li class="trail-item"><a href="/courses/"><span>Courses</span></a></li>
<li class="trail-item trail-end"><span>${oTitle}</span></li></ul></div></nav></div></div>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<h1 class="wp-block-heading has-text-align-left">${oTitle}</h1>
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2025/06/ow-students-pool.jpg" alt="Students kneeling in the pool">
<figcaption class="wp-element-caption">Confined water session in our training pool</figcaption></figure>
${ps(oIntro)}
<h2 class="wp-block-heading">${at(oH, 0)}</h2><ul class="wp-block-list">${lis(oLearn)}</ul>
<h2 class="wp-block-heading">${at(oH, 1)}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Day</th><th>What we do</th></tr></thead><tbody>${trs(oDays)}</tbody></table></figure>
<h2 class="wp-block-heading">${at(oH, 2)}</h2><ul class="wp-block-list">${lis(oIncl)}</ul>
<h2 class="wp-block-heading">${at(oH, 3)}</h2>${ps([oBefore])}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/wp-content/uploads/medical-form.pdf">Download the medical form (PDF)</a></div></div>
<h2 class="wp-block-heading">${at(oH, 4)}</h2>${ps([oPrice, oLast])}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/book/?course=ow">Book
your course</a></div></div>
</div></article></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-7" class="widget widget_block"><div class="wp-block-group"><h3 class="wp-block-heading">Quick facts</h3>
<p>Duration: 4 days</p><p>Minimum age: 10</p><p>Maximum depth: 18 m</p></div></aside>
<aside id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">Other courses</h2><div class="menu-courses-container"><ul id="menu-courses"
class="menu">${links(oSide, 'menu-item')}</ul></div></aside>
<aside id="block-9" class="widget widget_block"><div class="wpcf7"><h3>Ask us a question</h3><form class="wpcf7-form" method="post"><p><label>Your name
<input type="text" name="your-name"></label></p><p><label>Email <input type="email" name="your-email"></label></p><p><input type="submit" value="Send"
class="wpcf7-submit"></p></form></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="site-primary-footer-wrap
ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-footer-row-stack">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area">
<section class="widget widget_block"><p>Coral Ledge Divers<br>Passeig del Moll 14, Porto Salvel</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><ul class="menu">${links(oFoot, 'menu-item')}</ul></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div class="ast-footer-copyright"><p>Copyright © 2026
Coral Ledge Divers | Powered by Coral Ledge Divers</p></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<a href="https://wa.me/34871220418" class="wa-float" aria-label="WhatsApp">Chat with us</a>
<script src="https://coralledgedivers.com/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
const astraCourse: TestPage = {
  name: 'heldout607-astra-open-water-course',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([...oIntro, ...oLearn, ...rowTexts(oDays), ...oIncl, oBefore, oPrice, oLast]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', '📞 +34 871 220 418 · Open daily 8:00–18:00', ...oNav, 'Book Now', 'Confined water session in our training pool',
    'Download the medical form (PDF)', 'Book your course', 'Quick facts', 'Duration: 4 days', 'Minimum age: 10', 'Maximum depth: 18 m',
    'Other courses', ...oSide, 'Ask us a question', 'Your name', 'Email', 'Coral Ledge Divers', 'Passeig del Moll 14, Porto Salvel', ...oFoot,
    'Copyright © 2026 Coral Ledge Divers | Powered by Coral Ledge Divers', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic.', 'Customise', 'Reject All', 'Accept All', 'Chat with us',
  ],
};

const sTitle = 'Dive Sites Around Punta Lobera';
const sIntro = j(
  'We visit eleven sites from our boat, all within twenty minutes of the harbour. These are the six our guests ask about most.',
  'Depths are the range you will dive, not the deepest point of the site; conditions are typical for May to October.',
);
const sSites: readonly { h: string; facts: string; text: string[] }[] = [
  {
    h: 'El Jardín',
    facts: 'Depth: 6–14 m · Level: Beginner · Current: none to mild',
    text: [
      j(
        'A sheltered bay of sea grass and boulders where we run most training dives. Look for cuttlefish on the sand at 8 m and',
        'for octopus under the big rock the locals call La Mesa. Visibility is often over 20 metres on calm mornings.',
      ),
    ],
  },
  {
    h: 'Las Catedrales',
    facts: 'Depth: 12–26 m · Level: Advanced · Current: mild',
    text: [
      j(
        'Three swim-throughs cut into the headland, the largest wide enough for two divers side by side. Light falls through a',
        'crack in the roof of the second arch around midday. Torches are useful but not essential.',
      ),
      'Please keep your fins off the walls: the red coral here grows less than a millimetre a year.',
    ],
  },
  {
    h: 'Bajo de la Gaviota',
    facts: 'Depth: 18–34 m · Level: Advanced, deep specialty for below 30 m · Current: moderate to strong',
    text: [
      j(
        'A pinnacle rising from 40 m to 16 m, where barracuda school on the current side and groupers sit in the cracks.',
        'We dive it only on slack water and always with a surface marker buoy.',
      ),
    ],
  },
  {
    h: 'The Marisol Wreck',
    facts: 'Depth: 21–29 m · Level: Advanced · Current: mild',
    text: [
      j(
        'A 48-metre coastal freighter that sank in a storm in 1971 and now sits upright on sand. The bridge and the bow are covered',
        'in yellow anemones. Penetration is not permitted; the holds are open from above and easy to look into.',
      ),
    ],
  },
  {
    h: 'Punta Negra',
    facts: 'Depth: 5–20 m · Level: Open Water · Current: none',
    text: ['A sloping reef ideal for a second dive, with moray eels, nudibranchs and shoals of saddled bream in the shallows.'],
  },
  {
    h: 'Cueva del Faro',
    facts: 'Depth: 8–16 m · Level: Open Water with a guide · Current: none',
    text: [
      j(
        'A short cave under the lighthouse whose entrance is always in view. Inside, shrimps and slipper lobsters cover the roof.',
        'We give a torch to every diver on this site.',
      ),
    ],
  },
];
const sOutro = j(
  'Site choice depends on the weather and the group, so your guide decides on the morning of the dive.',
  'If there is a site you would love to see, tell us when you book.',
);
const sNav = ['Courses', 'Fun Diving', 'Dive Sites', 'Rental', 'Prices', 'Contact'];
const sNavHtml = sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a></div>`)
  .join('\n');
const sSiteHtml = sSites
  .map(
    (s, i) => `<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1699${i}"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/site${i}.jpg"
alt="${s.h}"></div></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${s.h}</h2><p class="sqsrte-small" style="white-space:pre-wrap;"><strong>${s.facts}</strong></p>
${ps(s.text, ' style="white-space:pre-wrap;"')}</div></div></div>`,
  )
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Dive Sites — Lobera Blue Diving</title><link rel="canonical" href="https://www.loberablue.com/dive-sites">
<meta property="og:site_name" content="Lobera Blue Diving"><meta property="og:title" content="Dive Sites — Lobera Blue Diving">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a","siteTitle":"Lobera Blue Diving"},"pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.loberablue.com","name":"Lobera Blue Diving","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//assets.squarespace.com/universal/styles-compressed/user-account-core-ae8f1c-min.en-US.css" rel="stylesheet" type="text/css">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f2a/48/site.css"></head>
<body id="collection-6101a" class="tweak-global-animations-enabled header-width-full primary-button-style-solid form-use-theme-colors
tweak-blog-alternating-side-by-side-width-full collection-type-page view-item collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<div class="sqs-announcement-bar-text-inner"><p>Season opens 1 April — book your first dive online and pay on the day</p></div></div>
<a class="sqs-announcement-bar-close" aria-label="Close Announcement"></a></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="dark">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Lobera Blue
Diving</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNavHtml}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Dive</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6101a">
<section data-test="page-section" data-section-theme="bright" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6101a1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${sIntro}</p></div></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sSiteHtml}
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">${sOutro}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">See boat times and book</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Find us</h3><p style="white-space:pre-wrap;">Calle del Puerto 3, Punta Lobera</p>
<p style="white-space:pre-wrap;">hola@loberablue.com</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper">
<form class="newsletter-form"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Dive news, four times a year</h2>
<div class="newsletter-form-header-description"><p>Trip dates, new courses and the odd whale shark sighting.</p></div></div>
<div class="newsletter-form-body"><div class="form-item field email required"><label class="title" for="email-yui">Email Address</label>
<input class="field-element" name="email" type="email" placeholder="Email Address"></div></div><div class="form-button-wrapper">
<button class="newsletter-form-button sqs-system-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 BOTTOM" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-deny">Decline</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceSites: TestPage = {
  name: 'heldout607-squarespace-dive-sites',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sSites.map((s) => s.h),
  body: [sIntro, ...sSites.flatMap((s) => [s.facts, ...s.text]), sOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Season opens 1 April — book your first dive online and pay on the day', 'Skip to Content', 'Lobera Blue Diving', ...sNav.filter((n) => n[0] !== 'D'),
    'See boat times and book', 'Find us', 'Calle del Puerto 3, Punta Lobera', 'hola@loberablue.com', 'Dive news, four times a year',
    'Trip dates, new courses and the odd whale shark sighting.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept', 'Book a Dive',
  ],
};

export const HELDOUT607_A: readonly TestPage[] = [astraCourse, squarespaceSites];
