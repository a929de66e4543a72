import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout493-kit.js';

/**
 * Held-out batch 493, file a: a farmers' market's stallholder list on Squarespace (7.1) and a pick-your-own page on Wix.
 */
const sTitle = 'Meet the Stallholders';
const sIntro = [
  j(
    'Every Saturday from 9am to 1pm, around thirty producers set up on the cobbles of Kestrel Quay. Everyone who sells here grows,',
    'rears, bakes or catches what they sell within thirty miles of the quay. These are our regular traders for the winter season.',
  ),
  'Stalls marked as fortnightly come on the first and third Saturday of the month.',
];
const sStalls: [string, string][] = [
  [
    'Haddow Lane Farm',
    'Mixed vegetables, salad leaves and eggs from a twelve-acre organic holding above Brackmoor. Look out for their purple sprouting in February.',
  ],
  ['Tideline Smokehouse', 'Cold-smoked mackerel, hot-smoked trout and potted shrimp, smoked over oak at the end of the harbour wall.'],
  [
    'The Old Dairy at Wenning',
    'Raw-milk cheeses from their own herd of Shorthorns, including the soft Wenning Blue and a hard cheese aged for eighteen months.',
  ],
  ['Saltmarsh Lamb Co.', 'Lamb and hogget raised on the estuary grazing, sold as half boxes, chops and mince. Fortnightly.'],
  ['Rook &amp; Rye Bakery', 'Sourdough, rye loaves and seasonal buns, baked overnight in a wood-fired oven in Ulverby.'],
  ['Greyfell Apiary', 'Heather and wildflower honey, beeswax candles and comb honey in season. Fortnightly.'],
];
const sNav = ['Visit', 'Stallholders', 'Become a Trader', 'Events', 'Contact'];
const sFoot = ['Kestrel Quay Farmers\u2019 Market', 'Kestrel Quay, Harbour Road, Ulverby', 'Saturdays 9am \u2013 1pm', 'Instagram', 'Facebook'];
const stallHtml = sStalls
  .map(
    ([n, d], i) => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_17${i}"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content><h3 style="white-space:pre-wrap;">${n}</h3><p class="" style="white-space:pre-wrap;">${d}</p>
</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/stallholders/${i}" class="sqs-block-button-element--small sqs-button-element--secondary sqs-block-button-element">Visit website</a></div></div>
</div>`,
  )
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Stallholders \u2014 Kestrel Quay Farmers' Market</title>
<link rel="canonical" href="https://www.kestrelquaymarket.co.uk/stallholders"><meta property="og:site_name" content="Kestrel Quay Farmers' Market">
<meta property="og:title" content="Stallholders \u2014 Kestrel Quay Farmers' Market"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.kestrelquaymarket.co.uk","name":"Kestrel Quay Farmers' Market",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"Kestrel Quay, Harbour Road, Ulverby","openingHours":"Sa 09:00-13:00",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-2af06f7948db5477d8f5-min.en-US.css" rel="stylesheet" type="text/css">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101"};</script>
<style>.header-nav-item a{letter-spacing:.04em}</style></head>
<body id="collection-64f2a91c0b1e5b2d4a7c3e10" class="primary-button-style-solid tweak-global-animations-enabled header-width-full
 tweak-transparent-header collection-type-page collection-layout-default view-item">
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 BOTTOM" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience.</div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/" id="site-title">Kestrel Quay</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu" aria-expanded="false">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span></button></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f2a91c0b1e5b2d4a7c3e11">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-section-1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-intro"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/quay-stalls.jpg" alt="Stalls on the quay">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>The quay on a December morning. Photo: Ines Varley</p></div></figcaption>
</figure></div></div>
${stallHtml}
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">What's on the quay this week</h2>
<div class="newsletter-form-header-description"><p>A short email every Friday with the stall list and what's in season.</p></div></div>
<form class="newsletter-form" data-form-id="64f2"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui">Email Address</label><input class="newsletter-form-field-element field-element" name="email"
type="email"></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button-layout
 sqs-block-button-element--medium" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form>
<div class="form-submission-text" hidden><p>Thank you!</p></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section">
<div class="content-wrapper"><div class="sqs-html-content">${ps(sFoot.slice(0, 3))}</div>
<div class="sqs-block socialaccountlinks-v2-block"><nav class="sqs-svg-icon--list">${sFoot
  .slice(3)
  .map((s) => `<a href="https://${s.toLowerCase()}.com/kestrelquay" class="sqs-svg-icon--wrapper"><span>${s}</span></a>`)
  .join('')}</nav></div>
</div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout493-squarespace-stallholders',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: texts(sStalls.map(([n]) => n)),
  body: texts([...sIntro, ...sStalls.map(([, d]) => d)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience.', 'Accept', 'Decline', 'Skip to Content', ...sNav.filter((n) => n !== 'Stallholders'),
    'The quay on a December morning. Photo: Ines Varley', 'Visit website', "What's on the quay this week",
    "A short email every Friday with the stall list and what's in season.", 'Email Address', 'Sign Up', 'We respect your privacy.', ...sFoot,
  ],
};

const wTitle = 'Pick Your Own 2026';
const wBody = [
  j(
    'Our fields are open for picking from mid-June until the end of September, weather and crops permitting. Bring your own',
    'containers if you like, or use our punnets and trays at the field gate. Everything is weighed and paid for at the farm shop on your way out.',
  ),
  'What to pick now',
  'Strawberries (Malling Centenary and Cambridge Favourite) \u2013 £4.20 per kg',
  'Raspberries \u2013 £7.50 per kg',
  'Broad beans \u2013 £2.80 per kg',
  'Sweet peas for cutting \u2013 50p a stem',
  'Opening times',
  j(
    'Tuesday to Sunday, 9am to 5pm (last entry to the fields at 4pm). Closed on Mondays, except bank holidays.',
    'We close the fields in heavy rain or when the crops need a rest, so please check our Facebook page before you set off.',
  ),
  'Before you come',
  'Dogs are welcome on leads in the car park and picnic area, but not in the fruit fields.',
  'Wear shoes you don\u2019t mind getting muddy; the paths between the rows are grass.',
  'Children must be supervised, and please no eating in the fields until you have paid!',
  j(
    'Groups of more than ten, including schools and nurseries, should ring us on 01632 960418 to book a time.',
    'We can lend wheelbarrows for the walk from the car park to the top field.',
  ),
];
const wNav = ['Home', 'Farm Shop', 'Pick Your Own', 'Pumpkins', 'Find Us'];
const wFoot = [
  'Brindle Hollow Farm, Stowe Lane, Marbury MB4 7TQ',
  '01632 960418 \u00b7 hello@brindlehollow.co.uk',
  '© 2026 by Brindle Hollow Farm. Proudly created with Wix.com',
];
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text" style="font-size:17px;"><span class="wixui-rich-text__text">${t}</span></p>`;
const wH = (t: string): string => `<h2 class="font_2 wixui-rich-text__text" style="font-size:30px;"><span class="wixui-rich-text__text">${t}</span></h2>`;
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Pick Your Own | Brindle Hollow Farm</title>
<meta name="description" content="Strawberries, raspberries and more to pick yourself at Brindle Hollow Farm, June to September.">
<meta property="og:title" content="Pick Your Own | Brindle Hollow Farm"><meta property="og:site_name" content="Brindle Hollow Farm">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Brindle Hollow Farm","telephone":"01632 960418"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"3f1b7c2e","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;z-index:50}.font_8{font:normal normal normal 17px/1.4em avenir-lt-w01_35-light1475496}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" aria-label="top of page"
role="region"></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div data-testid="inline-content"><div data-mesh-id="SITE_HEADERinlineContent-gridContainer">
${wRich('kq1', wP('<a href="/" class="wixui-rich-text__text">Brindle Hollow Farm</a>'))}
<nav id="comp-kq2" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemsContainer">
${wNav
  .map(
    (n) => `<li class="StylableHorizontalMenu3372578893__menuItem"><a href="/${n.toLowerCase().replace(/ /g, '-')}" class="label">${n}</a>
</li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp SPY_vo">
<section id="comp-lm8r1" class="comp-lm8r1 CohWsy wixui-column-strip"><div data-testid="columns" class="V5AUxf">
<div id="comp-lm8r2" class="comp-lm8r2 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lm8r2inlineContent">
${wRich('lm8r3', `<h1 class="font_0 wixui-rich-text__text" style="font-size:48px;"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('lm8r4', wP(at(wBody, 0)))}
<div id="comp-lm8r5" class="MazNVa comp-lm8r5 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lm8r5" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/strawberry-rows.jpg" alt="Rows of strawberries under netting"></wow-image></div></div>
${wRich('lm8r6', wH(at(wBody, 1)))}
${wRich(
  'lm8r7',
  `<ul class="font_8 wixui-rich-text__text">${lis(
    wBody.slice(2, 6).map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
${wRich('lm8r8', wP('<span style="font-style:italic;">Prices include VAT where applicable.</span>'))}
</div></div></div></section>
<section id="comp-lm8s1" class="comp-lm8s1 CohWsy wixui-column-strip"><div data-testid="columns" class="V5AUxf">
<div id="comp-lm8s2" class="comp-lm8s2 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lm8s2inlineContent">
${wRich('lm8s3', wH(at(wBody, 6)) + wP(at(wBody, 7)))}
${wRich('lm8s4', wH(at(wBody, 8)))}
${wRich('lm8s5', `<ul class="font_8 wixui-rich-text__text">${lis(wBody.slice(9, 12), 'wixui-rich-text__text')}</ul>`)}
${wRich('lm8s6', wP(at(wBody, 12)))}
<div class="comp-lm8s7 wixui-button" id="comp-lm8s7" aria-disabled="false"><a data-testid="linkElement" href="/find-us" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Plan your visit</span></a></div>
</div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="inline-content">
${wRich('kq9', wFoot.map(wP).join(''))}
</div></footer></div></div></div></div>
<div id="SKIP_TO_CONTENT_BTN" tabindex="0" role="button" class="LHrbPP">Skip to Main Content</div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.5b9ab0d7.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout493-wix-pick-your-own',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 1), at(wBody, 6), at(wBody, 8)],
  body: texts([at(wBody, 0), ...wBody.slice(2, 6), 'Prices include VAT where applicable.', at(wBody, 7), ...wBody.slice(9, 13)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brindle Hollow Farm', ...wNav.filter((n) => n !== 'Pick Your Own' && n !== 'Farm Shop'), 'Plan your visit',
    ...wFoot, 'Skip to Main Content',
  ],
};

export const HELDOUT493_A: readonly TestPage[] = [squarespace, wix];
