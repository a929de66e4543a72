import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout577-kit.js';

/**
 * Held-out batch 577, file a: a caterer's wedding menu page on Squarespace 7.1 (page sections, image caption, button and
 * newsletter blocks), and a food truck's weekly locations page built with Wix (free-site banner, rich-text day headings).
 */
const sTitle = 'The Harvest Table Wedding Menu';
const sIntro = [
  j(
    'Our Harvest Table menu is built for couples who want dinner to feel like a long meal with family. Platters go down the middle',
    'of every table, guests pass and share, and nobody waits for a plated course to reach the far corner of the tent.',
  ),
  j(
    'Everything below is cooked on site from our mobile kitchen. We source from farms within ninety miles of Orrin Falls, so a few',
    'dishes change with the season; we will confirm the final list at your tasting.',
  ),
];
const sPassed = [
  '<strong>Smoked trout rillettes</strong> on rye crisps with pickled shallot',
  '<strong>Whipped ricotta crostini</strong> with hot honey and cracked pepper',
  '<strong>Lamb meatballs</strong> with mint yogurt (gluten free)',
  '<strong>Charred corn fritters</strong> with lime crema (vegetarian)',
];
const sDinner = [
  '<strong>Cider-brined pork loin</strong> with roasted apples and mustard jus',
  '<strong>Herb-roasted half chickens</strong>, carved at the table',
  '<strong>Wild mushroom and barley pilaf</strong> (vegan)',
  '<strong>Blistered green beans</strong> with toasted almonds and lemon',
  '<strong>Field greens</strong> with shaved radish, sunflower seeds and buttermilk dressing',
  '<strong>Warm sourdough</strong> from Kettle Hill Bakery with cultured butter',
];
const sLate = [
  j(
    'Around ten o’clock we bring out a late-night bite: hand-cut fries in paper cones and grilled cheese soldiers. Guests find',
    'the table on their own, and it is the most photographed thing we serve.',
  ),
];
const sPrice = [
  j(
    'The Harvest Table menu starts at $68 per guest for 80 to 200 guests. The price includes four passed hors d’oeuvres,',
    'the family-style dinner, the late-night bite, platters and serving ware, and a service team of one server for every',
    'twelve guests.',
  ),
  'Bar service, rentals and cake cutting are quoted separately. A 25 percent deposit holds your date.',
];
const sNav = ['Weddings', 'Corporate', 'Private Dinners', 'Gallery', 'About', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Pinterest'];
const sCaption = 'Family-style platters at a September wedding at Bellweather Barn. Photo by Ana Oduya.';
const sHtml = `<!DOCTYPE html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Wedding Menu — Marigold &amp; Rye Catering</title>
<link rel="canonical" href="https://www.marigoldandrye.com/weddings/harvest-table-menu">
<meta property="og:site_name" content="Marigold &amp; Rye Catering"><meta property="og:title" content="Wedding Menu — Marigold &amp; Rye Catering">
<meta property="og:type" content="website"><meta name="description" content="Family-style wedding catering from our mobile kitchen.">
<script type="application/ld+json">{"url":"https://www.marigoldandrye.com","name":"Marigold & Rye Catering","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Marigold & Rye Catering","address":"Orrin Falls","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a9c","siteTitle":"Marigold & Rye Catering"},"collection":{"title":"Wedding Menu"}};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f2a9c/12/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-61b8e2" class="header-width-full tweak-global-animations-enabled primary-button-style-solid
 collection-type-page collection-layout-default view-item">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/5f2a9c/logo.png" alt="Marigold &amp; Rye Catering"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
 data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta"
 data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Check Your Date</a></div></div></div></div></div></div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="61b8e2a4">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="61b8e2a5">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-61b8e2a6">
<div class="fe-block fe-block-yui_3_17_2_1_1"><div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2"
 id="block-yui_3_17_2_1_1"><div class="sqs-block-content"><div class="sqs-html-content">
<h4 style="white-space:pre-wrap;">Wedding Catering</h4>
<h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_2"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-fluid"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio">
<img data-stretch="false" src="https://images.squarespace-cdn.com/content/v1/5f2a9c/platters.jpg" alt="Long tables with shared platters"
 data-image-dimensions="2500x1667" loading="lazy"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCaption}</p></div></figcaption>
</figure></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed light"
 data-section-id="61b8e2a7">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-61b8e2a8">
<div class="fe-block fe-block-yui_3_17_2_1_3"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Passed Hors d’Oeuvres</h2>
${ps(sPassed, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">Family-Style Dinner</h2>
${ps(sDinner, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">Late-Night Bite</h2>
${ps(sLate, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">Pricing and What’s Included</h2>
${ps(sPrice, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_4"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a Tasting</a></div></div></div></div>
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section dark" data-section-id="61b8e2a9"><div class="content-wrapper"><div
 class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Seasonal menus in your inbox</h2>
<div class="newsletter-form-header-description"><p>Four letters a year, one for each season. No spam.</p></div></div>
<form class="newsletter-form" data-form-id="61b8e2aa" autocomplete="on" method="POST" novalidate>
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
 for="email-yui_1">Email Address</label>
<input id="email-yui_1" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button
 sqs-button-element--primary"
 type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="hidden form-submission-text">Thank you!</div></form></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Marigold &amp; Rye Catering · 14 Mill Race Road, Orrin Falls</p>
<p class="" style="white-space:pre-wrap;">© 2026 Marigold &amp; Rye Catering. All rights reserved.</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div class="sqs-block-content">
<nav class="sqs-svg-icon--list"><ul>${links(sFoot, 'sqs-svg-icon--wrapper')}</ul></nav></div></div></div></div></section></footer>
</div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--theme-dark" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816"/></symbol></svg>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout577-squarespace-wedding-menu',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Passed Hors d’Oeuvres', 'Family-Style Dinner', 'Late-Night Bite', 'Pricing and What’s Included'],
  body: texts([...sIntro, ...sPassed, ...sDinner, ...sLate, ...sPrice]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav, 'Check Your Date', 'Wedding Catering', sCaption, 'Book a Tasting', 'Seasonal menus in your inbox',
    'Four letters a year, one for each season. No spam.', 'Email Address', 'Sign Up', 'Marigold & Rye Catering · 14 Mill Race Road, Orrin Falls',
    '© 2026 Marigold & Rye Catering. All rights reserved.', ...sFoot, 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const wTitle = 'Where to Find the Truck This Week';
const wIntro = 'June 8 – June 14. We post the schedule every Sunday night; if the weather turns, check our Instagram before you head out.';
const wDays: readonly (readonly [string, string])[] = [
  ['Monday', '11am – 2pm · Corliss Tech Park, Lot C (by the fountain)'],
  ['Tuesday', 'Closed. Prep day and a new batch of green chile.'],
  ['Wednesday', '11am – 2pm · County Courthouse Plaza, Elm Street side'],
  ['Thursday', '5pm – 9pm · Hollow Creek Brewing, 210 Foundry Avenue'],
  ['Friday', '11am – 2pm · Saint Brendan’s Hospital staff lot (staff and visitors welcome)'],
  ['Saturday', '9am – 1pm · Ridgeview Farmers Market, stall 14'],
  ['Sunday', 'Private event. See you next week!'],
];
const wNote = j(
  'Want the truck at your office, block party or wedding? We book private events Tuesday and Sunday, and weekday lunches with',
  'two weeks’ notice.',
);
const wNav = ['Home', 'Menu', 'Schedule', 'Book the Truck', 'Contact'];
const wComp = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wDayHtml = wDays
  .map(([d, t], i) => wComp(`lx9d${i}`, `<h2 class="font_2 wixui-rich-text__text">${d}</h2><p class="font_8 wixui-rich-text__text">${t}</p>`))
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en" class="sr-only"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<title>Schedule | Green Chile Wagon</title><meta name="description" content="This week's stops for the Green Chile Wagon food truck.">
<link rel="canonical" href="https://greenchilewagon.wixsite.com/home/schedule"><meta property="og:title" content="Schedule | Green Chile Wagon">
<meta property="og:site_name" content="Green Chile Wagon"><script type="application/json" id="wix-viewer-model">{"siteFeatures":["seo","tpaCommons"]}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8b1f3c","isPremium":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">.font_0{font:normal normal bold 52px/1.2em anton,sans-serif}
.font_8{font:normal normal normal 17px/1.6em helvetica,sans-serif}</style>
</head><body class="" data-js-loaded="true"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="WIX_ADS" class="MW5IWV ytGGBw" data-testid="wix-ads"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank"
 class="m2kr5t"><span class="eCPe7d"
 data-testid="freemium-banner">This site was designed with the <span>Wix</span> website builder. Create your website today.</span>
<span class="IgkK6Y">Start Now</span></a></div>
<div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="L6zwpg"><div
 data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-hdr1" class="KcpHeO comp-hdr1 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://greenchilewagon.wixsite.com/home" class="wixui-rich-text__text">Green Chile Wagon</a></span></p></div>
<nav id="comp-hdrmenu" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-hdrmenu wixui-horizontal-menu"><ul
 class="StylableHorizontalMenu3372578893__menu">
${links(wNav, 'StylableHorizontalMenu3372578893__menuItem wixui-horizontal-menu__item')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="kbpxs" class="dBAkHi kbpxs"><div class="PFkO7r wixui-page">
<div data-mesh-id="Containerkbpxsinlineinner"><section id="comp-lx9c1" tabindex="-1" class="Oqnisf comp-lx9c1 wixui-section"
 data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lx9c1inlineContent">
${wComp('lx9c2', `<h1 class="font_0 wixui-rich-text__text"><span style="color:#2F5D3A;" class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wComp('lx9c3', `<p class="font_8 wixui-rich-text__text">${wIntro}</p>`)}
<div id="comp-lx9c4" class="MazNVa comp-lx9c4 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lx9c4" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/8b1f3c_truck.jpg/v1/fill/w_480,h_320/truck.jpg" alt="The wagon parked at the farmers market" width="480"
 height="320">
</wow-image></div></div>
${wDayHtml}
${wComp('lx9cn', `<p class="font_8 wixui-rich-text__text">${wNote}</p>`)}
<div class="comp-lx9cb R6ex7N wixui-button" id="comp-lx9cb" aria-disabled="false"><a data-testid="linkElement" href="/book-the-truck" class="uDW_Qe
 wixui-button">
<span class="l7_2fn wixui-button__label">Request a Date</span></a></div>
</div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${wComp('ftr1', '<p class="font_9 wixui-rich-text__text">Follow the wagon on Instagram @greenchilewagon</p>')}
${wComp('ftr2', '<p class="font_9 wixui-rich-text__text">© 2026 by Green Chile Wagon. Proudly created with Wix.com</p>')}
</div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Qd1tN ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" defer></script></body></html>`;
const wix: TestPage = {
  name: 'heldout577-wix-truck-week',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wDays.map(([d]) => d),
  body: texts([wIntro, ...wDays.map(([, t]) => t), wNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'top of page', 'Green Chile Wagon',
      ...wNav.filter((t) => t !== 'Schedule'),
    'Request a Date', 'Follow the wagon on Instagram @greenchilewagon', '© 2026 by Green Chile Wagon. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT577_A: readonly TestPage[] = [squarespace, wix];
