import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout551-kit.js';

/**
 * Held-out batch 551, file b: a curtain workroom's measuring instructions on Squarespace 7.1 (numbered steps, a fullness table,
 * a newsletter block and a cookie banner), and a short blind-care page of a one-woman blind maker on Wix.
 */
const qTitle = 'How to Measure for Curtains';
const qIntro = [
  j(
    'Good curtains start with good measurements. Please measure in centimetres with a steel tape, not a dressmaker’s tape, and',
    'write every figure down as you go. It takes about ten minutes a window.',
  ),
  'If your pole or track is not up yet, fit it first. We make to the pole, not to the window.',
];
const qPoleH = 'Step 1: Measure the width of the pole or track';
const qPole = [
  j(
    'For a pole, measure between the finials, leaving them out. For a track, measure the full length of the track, including',
    'any overlap arms. This is your track width.',
  ),
];
const qDropH = 'Step 2: Measure the drop';
const qDrop = ['Decide where you would like the curtains to finish, then measure from the right point:'];
const qDropList = [
  'Eyelet curtains: from the top of the pole to the finish point, then add 3 cm.',
  'Pinch pleat on a pole: from the bottom of the rings to the finish point.',
  'Pinch pleat on a track: from the top of the track to the finish point, then add 1 cm.',
];
const qDropNote = j(
  'For curtains that just kiss the floor, take 1 cm off the floor measurement. For curtains that pool, add 8 to 15 cm. Measure',
  'the drop at both ends and in the middle, as floors and ceilings are rarely level, and use the shortest figure.',
);
const qFullH = 'Step 3: Choose your fullness';
const qFull = ['Fullness is how much fabric goes into the curtain for each centimetre of track. We work to these ratios:'];
const qHead = ['Heading', 'Fullness', 'Look'];
const qRows = [
  ['Eyelet', '1.5 times', 'Simple, even folds'],
  ['Pinch pleat', '2 times', 'Tailored, formal'],
  ['Double pleat', '2.25 times', 'Full and generous'],
  ['Wave', '2.2 times', 'Soft, continuous waves'],
];
const qSendH = 'Step 4: Send us your measurements';
const qSend = [
  j(
    'Enter your track width and drop in the order form and we will work out the fabric for you. If anything looks odd,',
    'Maud will call you before we cut, so you never pay for a mistake in the sums.',
  ),
];
const qNav = ['Curtains', 'Blinds', 'Fabrics', 'Measuring', 'About'];
const qFoot = ['Instagram', 'Pinterest', 'Terms', 'Privacy'];
const qBlock = (inner: string, id: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-sqsp-block="text"
id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>How to Measure for Curtains &mdash; Maud Ashworth Curtains</title><link rel="canonical" href="https://www.maudashworth.co.uk/measuring">
<meta property="og:site_name" content="Maud Ashworth Curtains"><meta property="og:title" content="How to Measure for Curtains &mdash; Maud Ashworth Curtains">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"62b1","siteTitle":"Maud Ashworth Curtains"},"templateId":"5c5a"};</script>
<script type="application/ld+json">{"url":"https://www.maudashworth.co.uk","name":"Maud Ashworth Curtains",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/62b1/28/5c5a/site.css"></head>
<body id="collection-64d0a9" class="primary-button-style-solid tweak-global-animations-enabled header-width-full
tweak-transparent-header tweak-blog-alternating-side-by-side-width-full form-field-style-solid
collection-type-page collection-layout-default mobile-style-available">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Maud Ashworth Curtains</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<span class="sqs-cart-quantity">0</span></span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64d0a9">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--narrow horizontal-alignment--center vertical-alignment--middle" data-section-id="64d0aa"><div class="section-border"><div
class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"
id="page-section-64d0aa"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${qBlock(`<h1 style="white-space:pre-wrap;">${qTitle}</h1>${ps(qIntro, ' class="" style="white-space:pre-wrap;"')}`, 'yui_3_17_2_1_1')}
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_2"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img src="https://images.squarespace-cdn.com/content/v1/62b1/tape.jpg"
alt="Steel tape along a curtain pole" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Measure between
the finials, not to the ends of the pole.</p></div></figcaption></figure></div></div>
${qBlock(
  `<h2>${qPoleH}</h2>${ps(qPole)}<h2>${qDropH}</h2>${ps(qDrop)}<ol data-rte-list="default">${lis(qDropList.map((t) => `<p>${t}</p>`))}</ol>
${ps([qDropNote])}<h2>${qFullH}</h2>${ps(qFull)}`,
  'yui_3_17_2_1_3',
)}
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_1_4"><div class="sqs-block-content">
<table class="fullness"><thead>${tr(qHead, 'th')}</thead><tbody>${qRows.map((r) => tr(r)).join('\n')}</tbody></table></div></div>
${qBlock(`<h2>${qSendH}</h2>${ps(qSend)}`, 'yui_3_17_2_1_5')}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_6"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button"><a href="/order"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Start your order</a></div></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section" data-section-id="64d0ab"><div class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_7"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64d0ac" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {Y.use('squarespace-form-submit', function(Y){
(new Y.Squarespace.FormSubmit(form)).submit({formId: '64d0ac', collectionId: '64d0a9', objectName: 'page-section-64d0ab'});});return false;})(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Fabric notes</h2><div class="newsletter-form-header-description">
<p>New cloths and workroom news, four times a year.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper
form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_3_17_2_1_8">Email Address</label><input id="email-yui_3_17_2_1_8" class="newsletter-form-field-element field-element" name="email"
type="email" placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-footnote">
<p>We respect your privacy.</p></div></div><div class="hidden form-submission-text">Thank you!</div></form></div></div></div>
</div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"
data-section-id="footer-1"><div class="content-wrapper"><div class="content">${qBlock(`<p>Maud Ashworth Curtains · The Old Dairy, Lyndham</p>`, 'f1')}
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div class="sqs-block-content"><nav>
<ul>${links(qFoot)}</ul></nav></div></div>${qBlock(`<p>© 2026 Maud Ashworth Curtains</p>`, 'f2')}</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to give you the best experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept sqs-button-element--primary" type="button">Accept</button><button
class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline sqs-button-element--secondary" type="button">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout551-squarespace-measure-curtains',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [qPoleH, qDropH, qFullH, qSendH],
  body: texts([...qIntro, ...qPole, ...qDrop, ...qDropList, qDropNote, ...qFull, ...qRows.map(rowText), ...qSend]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Maud Ashworth Curtains', ...qNav.filter((t) => t !== 'Curtains' && t !== 'About'), '0',
    'Measure between the finials, not to the ends of the pole.', 'Start your order', 'Fabric notes', 'New cloths and workroom news, four times a year.',
    'Email Address', 'Sign Up', 'We respect your privacy.', 'Maud Ashworth Curtains · The Old Dairy, Lyndham', ...qFoot, '© 2026 Maud Ashworth Curtains',
    'This website uses cookies to give you the best experience.', 'Accept', 'Decline',
  ],
};

const wTitle = 'Caring for your blinds';
const wBody = [
  j(
    'A made-to-measure blind should last fifteen years or more with a little care. Dust it once a week with a soft brush or the',
    'upholstery tool of your vacuum cleaner, working from the top down with the blind fully lowered.',
  ),
  j(
    'Small marks can usually be lifted with a barely damp cloth and a drop of wool wash. Dab, do not rub, and test on the back',
    'of a fold first. Never put a Roman blind in the washing machine: the rods and the lining will not survive it.',
  ),
  j(
    'Raise and lower your blind gently and keep the cord taut in its cleat. If the blind starts to hang unevenly, send me a',
    'photo and I will talk you through re-levelling the cords, or collect it for a free check in its first two years.',
  ),
];
const wNav = ['Home', 'Blinds', 'Fabrics', 'Care', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Care | Bramble Blinds</title><link rel="canonical" href="https://www.brambleblinds.co.uk/care">
<meta property="og:title" content="Care | Bramble Blinds"><meta property="og:site_name" content="Bramble Blinds">
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"thunderbolt-renderer","type":"GA"},"mode":{"qa":false}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Bramble Blinds",
"address":{"addressLocality":"Coldwick"}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}#comp-lq2x7{width:980px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="pageBackground_c1dmp"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton"
tabindex="0">Skip to Main Content</button><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div
class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="headerScreenWidthBg">
</div></div><div class="u4cNtA"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div id="comp-lq2x1"
class="HcOXKn c9GqVL QxJLC3 comp-lq2x1 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span
class="wixui-rich-text__text">Bramble Blinds</span></p></div><nav class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu" aria-label="Site"
id="comp-lq2x2"><ul class="StylableHorizontalMenu3372578893__menu">${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItemDepth0">
<a data-testid="linkElement" href="https://www.brambleblinds.co.uk/${t.toLowerCase()}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__container">
<span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span>
</div></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div
id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-lq2x7" tabindex="-1" class="Oqnisf comp-lq2x7 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq2x7"
class="MW5IWV"></div><div data-mesh-id="comp-lq2x7inlineContent" data-testid="inline-content" class=""><div id="comp-lq2x8" class="HcOXKn c9GqVL QxJLC3
comp-lq2x8 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lq2x9" class="HcOXKn c9GqVL QxJLC3 comp-lq2x9 wixui-rich-text" data-testid="richTextElement">
${wBody.map((p) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p>`).join('\n')}
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p></div><div id="comp-lq2xa" class="comp-lq2xa
wixui-button" aria-disabled="false"><a data-testid="linkElement" href="https://www.brambleblinds.co.uk/contact" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">Book a free check</span></a></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="u4cNtA"><div data-mesh-id="SITE_FOOTERinlineContent">
<div id="comp-lq2xb" class="HcOXKn c9GqVL QxJLC3 comp-lq2xb wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"><span
class="wixui-rich-text__text">Bramble Blinds · Handmade in Coldwick · 07700 900412</span></p><p class="font_9 wixui-rich-text__text"><span
class="wixui-rich-text__text">© 2026 by Bramble Blinds.</span></p></div></div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout551-wix-blind-care',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: [],
  furniture: [
    'top of page',
    'Skip to Main Content',
    'Bramble Blinds',
    ...wNav.filter((t) => t !== 'Care' && t !== 'Blinds'),
    'Book a free check',
    'Bramble Blinds · Handmade in Coldwick · 07700 900412',
    '© 2026 by Bramble Blinds.',
  ],
};

export const HELDOUT551_B: readonly TestPage[] = [squarespace, wix];
