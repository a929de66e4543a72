import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout510-kit.js';

/**
 * Held-out batch 510, file a: a caterer's drop-off catering menu with prices on Squarespace 7.1 (menu block, announcement
 * bar, cookie banner), and a food truck's weekly locations page built with Wix (rich-text components, free-site banner).
 */
const sTitle = 'Drop-off Catering Menu';
const sIntro = [
  j(
    'Everything on this menu is cooked the morning of your event in our kitchen on Tallow Street and delivered hot or chilled,',
    'ready to serve. Orders need 48 hours notice and a minimum of 12 guests.',
  ),
  'Prices are per person unless noted. Delivery within Marrowfield is free on orders over $300.',
];
type Item = readonly [title: string, price: string, desc: string];
const sSections: readonly (readonly [string, readonly Item[]])[] = [
  [
    'Breakfast',
    [
      ['Continental Board', '$11', 'Butter croissants, seeded loaf, whipped honey butter, seasonal fruit, yoghurt and granola cups.'],
      ['Hot Breakfast Trays', '$15', 'Scrambled eggs with chives, maple sausages or roasted mushrooms, rosemary potatoes, toast.'],
    ],
  ],
  [
    'Lunch',
    [
      ['Sandwich Platter', '$14', 'Choose three: roast turkey and cranberry, smoked ham and gruyère, chickpea smash, caprese on focaccia.'],
      ['Grain Bowl Bar', '$17', 'Farro and brown rice, charred broccoli, pickled onion, feta, tahini dressing, chicken or crispy tofu.'],
      ['Braised Short Rib', '$24', 'Slow-cooked for eight hours, with buttery mash and glazed carrots. Serves a minimum of 20.'],
    ],
  ],
  [
    'Sweets & Extras',
    [
      ['Cookie Box (24)', '$42', 'Brown butter chocolate chip, oat and cherry, ginger molasses.'],
      ['Lemonade & Iced Tea', '$4', 'Per person, with compostable cups and ice.'],
      ['Staffed Service', '$35/hr', 'One server per 30 guests for set-up, replenishing and clear-down.'],
    ],
  ],
];
const sNote = 'Gluten-free and vegan versions of most dishes are available. Tell us about allergies when you order; see our allergen guide for details.';
const sNav = ['Menus', 'Weddings', 'Corporate', 'About', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Privacy Policy', 'Terms'];
const sItems = (items: readonly Item[]): string =>
  items
    .map(
      ([t, p, d]) => `<div class="menu-item"><div class="menu-item-title">${t.replace(/&/g, '&amp;')}</div>
<div class="menu-item-price-top"><span class="menu-item-currency-sign">$</span>${p.slice(1)}</div><div class="menu-item-description">${d}</div></div>`,
    )
    .join('\n');
const sMenu = sSections
  .map(
    ([h, items]) => `<div class="menu-section"><div class="menu-section-header"><h3 class="menu-section-title">${h.replace(/&/g, '&amp;')}</h3></div>
<div class="menu-items">${sItems(items)}</div></div>`,
  )
  .join('\n');
const sHtml = `<!DOCTYPE html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible"
content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} &mdash; Copper Ladle Catering</title><link rel="canonical" href="https://www.copperladle.example/catering-menu">
<meta property="og:site_name" content="Copper Ladle Catering"><meta property="og:title" content="${sTitle} &mdash; Copper Ladle Catering">
<script type="application/ld+json">{"url":"https://www.copperladle.example","name":"Copper Ladle Catering","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"212 Tallow Street\\nMarrowfield","name":"Copper Ladle Catering","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-8b8f1b5a.min.css" rel="stylesheet" type="text/css">
<script>Static.SQUARESPACE_CONTEXT = {"websiteId":"63f1a2","collectionId":"64a0c8","templateId":"5c5a519771c10ba3470d8101",
"cookieSettings":{"isCookieBannerEnabled":true}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/63f1a2/12/site.css"></head>
<body id="collection-64a0c8" class="primary-button-style-solid header-layout-nav-right tweak-fixed-header-style-basic form-field-style-solid
collection-type-page collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/holiday" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><p>Holiday party dates are filling fast. Book by November 15.</p></div></div>
<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-controller="Header">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/logo.png"
alt="Copper Ladle Catering"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}"
data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/order">Order Now</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a0c9">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a0ca"><div class="section-border"><div
class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a0ca">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block menu-block sqs-block-menu" data-block-type="18" id="block-yui_3_17_2_1_2"><div class="sqs-block-content"><div class="menu-block">
<div class="menus-wrapper"><div class="menu-wrapper">${sMenu}</div></div></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;"><em>${sNote}</em></p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div
class="sqs-block-button-container sqs-block-button-container--center">
<a href="/order" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Start an Order</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section dark-bold">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h3
style="white-space:pre-wrap;">Copper Ladle Catering</h3>
<p class="" style="white-space:pre-wrap;">212 Tallow Street, Marrowfield</p><p class=""
style="white-space:pre-wrap;">hello@copperladle.example · (555) 014-2290</p>
</div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div
class="sqs-html-content">
<ul data-rte-list="default">${links(sFoot)}</ul></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--has-opt-out" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience. By continuing, you agree to our use of cookies.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept" type="button">Accept</button>
<button class="sqs-cookie-banner-v2-deny" type="button">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"
type="text/javascript"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout510-squarespace-catering-menu',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sSections.map(([h]) => h),
  body: texts([...sIntro, ...sSections.flatMap(([, items]) => items.flatMap((i) => [...i])), sNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Holiday party dates are filling fast. Book by November 15.', ...sNav, 'Order Now', 'Start an Order', 'Copper Ladle Catering',
    '212 Tallow Street, Marrowfield', 'hello@copperladle.example · (555) 014-2290', ...sFoot,
    'This website uses cookies to improve your experience. By continuing, you agree to our use of cookies.', 'Accept', 'Decline',
  ],
};

const wTitle = 'Where to find us this week';
const wDek = 'June 7 – June 13 · Updated every Sunday night';
type Stop = readonly [day: string, place: string, hours: string];
const wStops: readonly Stop[] = [
  ['Monday, June 7', "Brewer's Row Taproom, 418 Kessel Ave", '4 pm – 9 pm'],
  ['Tuesday, June 8', 'Closed (prep day)', 'Catering pick-ups only'],
  ['Wednesday, June 9', 'Linden Tech Park, Lot C', '11 am – 2 pm'],
  ['Thursday, June 10', 'Eastside Farmers Market, Pell Square', '3 pm – 7 pm'],
  ['Friday, June 11', 'Harbor Lights Night Market', '5 pm – 11 pm'],
  ['Saturday, June 12', 'Private event (Ortega–Blume wedding)', 'Not open to the public'],
  ['Sunday, June 13', 'Riverside Park Bandshell', '12 pm – 5 pm'],
];
const wNote = j(
  'Weather can move us around. If it storms we post changes on Instagram before 10 am. Want the truck at your office or party?',
  'Fill in the booking form and we will get back to you within two days.',
);
const wNav = ['Home', 'Menu', 'Locations', 'Book the Truck', 'Contact'];
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wDays = wStops
  .map(
    (
      [d, p, h],
      i,
    ) => `${rich(`lx${i}a`, `<h2 class="font_4 wixui-rich-text__text" style="font-size:24px;"><span class="wixui-rich-text__text">${d}</span></h2>`)}
${rich(
  `lx${i}b`,
  `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p><p class="font_8 wixui-rich-text__text"><span
style="font-weight:bold;" class="wixui-rich-text__text">${h}</span></p>`,
)}`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"
id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Locations | Rolling Ember BBQ</title>
<meta name="description" content="Find the Rolling Ember BBQ truck this week."><link rel="canonical" href="https://www.rollingember.example/locations">
<script type="application/json"
id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"language":"en","site":{"isPremiumDomain":false}}</script>
<style id="css_masterPage">.HcOXKn{position:relative}.c9GqVL{pointer-events:none}.font_4{font:normal normal normal 24px/1.4em montserrat}</style>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button class="LHrbPP"
data-testid="skipToContentButton">Skip to Main Content</button></div>
<div id="WIX_ADS" class="ytGGBw FLOATING_BAR"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
class="fJaN0V">
<span class="dKrvtC"><span class="sYMxCz">This site was designed with the </span><span class="ETLmTw">Wix</span><span
class="sYMxCz"> website builder. Create your website today.</span></span>
<span class="Ij3yhv">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER"
class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-hdr1" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://www.rollingember.example" target="_self"
class="wixui-rich-text__text">ROLLING EMBER BBQ</a></span></p></div>
<wix-dropdown-menu id="comp-hdr2" class="XRwtpn wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr" data-stretch-buttons-to-menu-width="true"
data-hovered-item="">
<nav class="StylableHorizontalMenu3372578893__root" aria-label="Site"><ul class="UQ7Pbm" id="comp-hdr2itemsContainer">
${wNav
  .map(
    (n) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase().replace(/ /g, '-')}" class="UiHgGh"><div
class="yRj2ms"><div class="" id="comp-hdr2label"><p class="zKbzSQ">${n}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="c1dmp"
class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div
data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content">
<section id="comp-lx7" tabindex="-1" class="Oqnisf comp-lx7 wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf">
${rich('lx-t', `<h1 class="font_0 wixui-rich-text__text" style="font-size:52px;"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rich('lx-d', `<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">${wDek}</span></p>`)}
${wDays}
${rich('lx-n', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wNote}</span></p>`)}
<div class="comp-lx7-btn R6ex7N wixui-button" id="comp-lx7btn" aria-disabled="false"><a data-testid="linkElement" href="/book-the-truck"
class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Book the Truck</span></a></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${rich('ftr1', '<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Catering &amp; events: book@rollingember.example</span></p>')}
${rich(
  'ftr2',
  `<p class="font_9 wixui-rich-text__text"><span
class="wixui-rich-text__text">© 2027 by Rolling Ember BBQ. Proudly created with Wix.com</span></p>`,
)}
</div></footer></div></div></div></div>
<script src="https://static.parastorage.com/unpkg/react@18.3.1/umd/react.production.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout510-wix-truck-locations',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wStops.map(([d]) => d),
  body: [wDek, ...wStops.flatMap(([, p, h]) => [p, h]), wNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now',
    'ROLLING EMBER BBQ', 'Home', 'Menu', 'Locations', 'Book the Truck', 'Contact', 'Catering & events: book@rollingember.example',
    '© 2027 by Rolling Ember BBQ. Proudly created with Wix.com',
  ],
};

export const HELDOUT510_A: readonly TestPage[] = [squarespace, wix];
