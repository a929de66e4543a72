import { ps, type TestPage } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout671-kit.js';

/**
 * Held-out batch 671, file b: a veg box delivery area page on Squarespace 7.1 with a postcode checker and a table of delivery
 * days, and a farm shop visiting page built with Wix (rich-text components, free-site banner).
 */
const mTitle = 'Where we deliver';
const mIntro = [
  j(
    'We deliver Marrowfield boxes by electric van to homes within about fifteen miles of the farm. Each area has one delivery day',
    'a week so that our drivers can keep their rounds short and the veg spends as little time as possible on the road.',
  ),
  'Enter your postcode below to check, or look for your area in the table.',
];
const mRows = [
  ['Marrowfield &amp; Wetherby Cross', 'MF1, MF2', 'Tuesday', 'Free'],
  ['Ousebridge town centre', 'OB1, OB2, OB3', 'Wednesday', 'Free'],
  ['Ousebridge outskirts', 'OB4, OB7', 'Wednesday', '£1.50'],
  ['Kelder Valley villages', 'MF6, MF7, KV2', 'Thursday', '£1.50'],
  ['Harlow Moor', 'HM3', 'Friday', '£2.50'],
];
const mAfter = [
  j(
    'Your box arrives between 7am and 2pm on your delivery day. Please leave a note in your account if you would like it left',
    'somewhere particular; drivers will always choose a shaded spot if they can.',
  ),
];
const mOut = [
  j(
    'If you live just outside the areas above, you can pick up your box from one of our collection points for no charge. We are',
    'also keeping a waiting list for Harrowgate Lees and Fenby: once forty households have signed up, we add a new round.',
  ),
];
const mPoints = ['Fenby Village Hall, Thursdays from 3pm', 'The Corner Larder, Harrowgate Lees, Thursdays from noon', 'Marrowfield farm gate, any day'];
const mHeads = ['Delivery days by area', 'Outside our area?', 'Collection points'];
const mNav = ['Veg Boxes', 'How It Works', 'Delivery Areas', 'Our Growers', 'Journal'];
const sqp = ' class="" style="white-space:pre-wrap;"';
const mHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Delivery Areas &mdash; Marrowfield Veg Co.</title>
<link rel="canonical" href="https://www.marrowfieldveg.co.uk/delivery-areas"><meta property="og:site_name" content="Marrowfield Veg Co.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Marrowfield Veg Co."},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.marrowfieldveg.co.uk","name":"Marrowfield Veg Co.","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1b2" class="header-overlay-alignment-center tweak-social-icons-style-regular primary-button-style-solid form-use-theme-colors
collection-type-page collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1"><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text">
<a href="/" id="site-title">Marrowfield Veg Co.</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${mNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<svg class="icon icon--cart" viewBox="0 0 31 24"></svg><div class="icon-cart-quantity"><span class="cart-quantity-container">
<span class="sqs-cart-quantity">0</span></span></div></span></a></div></div><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/veg-boxes">Order a box</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1b3">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="64a1b4"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1b4"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${mTitle}</h1>${ps(mIntro, sqp)}</div></div></div>
<div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-a2"><div class="sqs-block-content"><div class="form-wrapper">
<div class="form-inner-wrapper"><form data-form-id="64a1c0" autocomplete="on" method="POST" novalidate><div class="field-list clear"><div class="form-item field
text required"><label class="title" for="text-postcode">Your postcode <span class="required" aria-hidden="true">*</span></label>
<input class="field-element text" type="text" id="text-postcode"></div></div><div class="form-button-wrapper form-button-wrapper--align-left">
<button class="button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit">Check my postcode</button></div></form>
</div></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${mHeads[0]}</h2></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-a4"><div class="sqs-block-content"><table class="delivery-table">
<thead><tr><th>Area</th><th>Postcodes</th><th>Delivery day</th><th>Delivery charge</th></tr></thead><tbody>
${trs(mRows)}</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a5"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(mAfter, sqp)}<h2 style="white-space:pre-wrap;">${mHeads[1]}</h2>
${ps(mOut, sqp)}
<h3 style="white-space:pre-wrap;">${mHeads[2]}</h3><ul data-rte-list="default">
${lis(mPoints.map((t) => `<p${sqp}>${t}</p>`))}</ul>
</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed"
data-section-theme="dark"><div class="content-wrapper">
<div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter"
data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="64a1d0"><header class="newsletter-form-header"><h2>What's in the box?</h2>
<div class="newsletter-form-header-description"><p>Get next week's box list every Friday.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-editable-button sqs-button-element--primary" type="submit"><span class="newsletter-form-button-label">Sign Up</span>
</button></div></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Marrowfield Veg Co., Lane End Farm, Marrowfield MF2 7QT</p>
<p class="" style="white-space:pre-wrap;"><a href="/terms">Terms</a> &nbsp;·&nbsp; <a href="/privacy">Privacy</a> &nbsp;·&nbsp;
<a href="mailto:hello@marrowfieldveg.co.uk">hello@marrowfieldveg.co.uk</a></p></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom">
<div class="sqs-cookie-banner-v2-cta-container"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div>
</div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const marrowfield: TestPage = {
  name: 'heldout671-squarespace-delivery-areas',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [...mIntro, ...rowTexts(mRows), ...mAfter, ...mOut, ...mPoints],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Marrowfield Veg Co.', ...mNav, '0', 'Order a box', 'Your postcode *', 'Check my postcode', "What's in the box?",
    "Get next week's box list every Friday.", 'Email Address', 'Sign Up', 'We respect your privacy.', 'Marrowfield Veg Co., Lane End Farm, Marrowfield MF2 7QT',
    'Terms', 'Privacy', 'hello@marrowfieldveg.co.uk', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const tTitle = 'Visit the Farm Shop';
const tBody = [
  j(
    "Tolley's Farm Shop sits in the old cart shed at the top of our lane. Almost everything on the shelves is grown, reared or made",
    'within ten miles of the farm, and the veg is picked every morning from the fields you can see from the car park.',
  ),
  'Opening hours',
  'Tuesday to Saturday, 9am to 5pm',
  'Sunday, 10am to 2pm',
  'Closed Mondays, except bank holidays',
  'On the shelves',
  j(
    'Seasonal veg and salad from our own fields, eggs from the hens in the orchard, lamb and beef from Tolley Down, bread from the',
    'Kingsholt bakery on Fridays and Saturdays, and cheese, honey and apple juice from neighbouring farms.',
  ),
  'Finding us',
  j(
    'We are a mile out of Ashcombe on the Wenlow road. Turn in by the white milk churn; there is parking for twelve cars and the',
    'shop is step-free. Dogs on leads are welcome.',
  ),
];
const tHeadIdx = [1, 5, 7];
const tNav = ['Home', 'Farm Shop', 'Pick Your Own', 'Veg Boxes', 'Contact'];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="wixui-rich-text" data-testid="richTextElement"><div class="rich-text-inner">${inner}</div></div>`;
const tp = (t: string): string => `<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span class="wixui-rich-text__text">${t}</span></p>`;
const th = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">${t}</span></h2>`;
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Farm Shop | Tolley's Farm</title>
<meta name="description" content="Seasonal veg, eggs, meat and local produce from Tolley's Farm Shop near Ashcombe."><link rel="canonical"
href="https://www.tolleysfarm.co.uk/farm-shop">
<meta property="og:site_name" content="Tolley's Farm"><script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness",
"name":"Tolley's Farm Shop","openingHours":["Tu-Sa 09:00-17:00","Su 10:00-14:00"]}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"9d1c2a","isPremium":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}.font_0{font:normal normal normal 58px/1.2em playfair display,serif}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ" tabindex="-1"></div>
<div id="WIX_ADS" class="ytGGBw ewMBBD"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" class="Tj01hh">
<span class="VbWBiL">This site was designed with the <span class="wix-logo">Wix</span>.com website builder. Create your website today.</span>
<span class="xxWx6F">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0">Skip to Main Content</button>
${rt('kx1hd', `<p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">Tolley's Farm</span></p>`)}
<nav id="comp-kx1nav" aria-label="Site" class="wixui-horizontal-menu"><ul class="ITHsxB" role="list">
${tNav
  .map(
    (t, i) => `<li class="wixui-horizontal-menu__item" data-testid="lineItem"><a data-testid="linkElement" href="/${i}" class="UiHgGh">
<div class="itemDepth02233374943__itemWrapper"><p class="itemDepth02233374943__label">${t}</p></div></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES" class="SITE_PAGES"><div id="c1dmp" class="dBAkHi">
<section id="comp-lrm1sec" class="comp-lrm1sec wixui-section"><div id="bgLayers_comp-lrm1sec" data-hook="bgLayers" class="MW5IWV">
<div class="LWbAav Kv1aVt"></div></div><div data-mesh-id="comp-lrm1secinlineContent" class="Z7Z4gT"><div data-mesh-id="comp-lrm1secinlineContent-gridContainer">
${rt('lrm2ttl', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${tTitle}</span></h1>`)}
<div id="comp-lrm2img" class="MazNVa comp-lrm2img wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lrm2img" class="HlRz5e">
<img src="https://static.wixstatic.com/media/9d1c2a_shop.jpg/v1/fill/w_980,h_551/shop.jpg" alt="The farm shop in the old cart shed"></wow-image></div></div>
${rt('lrm3txt', tp(tBody[0] ?? ''))}
${rt('lrm4hrs', [th(tBody[1] ?? ''), tp(tBody[2] ?? ''), tp(tBody[3] ?? ''), tp(tBody[4] ?? '')].join('\n'))}
${rt('lrm5stk', [th(tBody[5] ?? ''), tp(tBody[6] ?? '')].join('\n'))}
${rt('lrm6fnd', [th(tBody[7] ?? ''), tp(tBody[8] ?? '')].join('\n'))}
<div id="comp-lrm7btn" class="comp-lrm7btn wixui-button" aria-disabled="false"><a data-testid="linkElement" href="https://maps.google.com/?q=Tolleys+Farm"
target="_blank" class="uDW_Qe wixui-button"><span class="M3I7Z2 wixui-button__label">Get directions</span></a></div>
</div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="footer-inner">
${rt(
  'kx2ftr',
  [tp("Tolley's Farm, Wenlow Road, Ashcombe AC4 9JD"), tp('01632 960 441'), tp("© 2026 by Tolley's Farm. Proudly created with Wix.com")].join('\n'),
)}
<div id="comp-kx2soc" class="wixui-social-links-bar"><ul class="social-bar"
aria-label="Social Bar"><li class="social-item"><a href="https://www.facebook.com/tolleysfarm"
target="_blank" aria-label="Facebook"><img alt="Facebook" src="https://static.wixstatic.com/media/fb.png"></a></li></ul></div></div></footer></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b1f5c6.bundle.min.js" async></script></body></html>`;
const tolleys: TestPage = {
  name: 'heldout671-wix-farm-shop',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tHeadIdx.map((i) => tBody[i] ?? ''),
  body: tBody.filter((_, i) => !tHeadIdx.includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    ...tNav.filter((t) => t !== 'Farm Shop'), 'Get directions', "Tolley's Farm, Wenlow Road, Ashcombe AC4 9JD", '01632 960 441',
    "© 2026 by Tolley's Farm. Proudly created with Wix.com",
  ],
};

export const HELDOUT671_B: readonly TestPage[] = [marrowfield, tolleys];
