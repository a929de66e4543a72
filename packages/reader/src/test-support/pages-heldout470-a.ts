import { ps, type TestPage, texts } from './page-kit.js';
import { amp, clean, j, type PriceItem, priceText } from './pages-heldout470-kit.js';

/**
 * Held-out batch 470, file a: a barber shop's services and price list on Squarespace 7.1 (menu block, announcement bar),
 * and a tattoo artist's portfolio page built with Wix (rich text, pro gallery, free-site banner).
 */
const sTitle = 'Services & Prices';
const sIntro = [
  j(
    'Every cut at Gullhaven Barbers starts with a consultation and finishes with a hot towel and a neck shave.',
    'Prices are for the service only; we do not add a charge for longer hair.',
  ),
  'Under-12s are welcome on weekdays before 3pm. Cash and card accepted.',
];
const sMenu: [string, PriceItem[]][] = [
  [
    'Cuts',
    [
      { name: 'Classic Cut', price: '£24', note: 'Scissor or clipper cut, styled with product of your choice.' },
      { name: 'Skin Fade', price: '£28', note: 'Foil-shaver finish to the skin, blended by hand.' },
      { name: 'Long Hair Restyle', price: '£34', note: 'For hair past the collar that needs a new shape. Allow 50 minutes.' },
      { name: 'Junior Cut', price: '£16', note: 'Ages 4 to 12.' },
    ],
  ],
  [
    'Beard & Shave',
    [
      { name: 'Beard Trim & Line-up', price: '£15' },
      { name: 'Traditional Wet Shave', price: '£26', note: 'Two hot towels, pre-shave oil and a straight razor.' },
      { name: 'Cut & Beard', price: '£36' },
    ],
  ],
  [
    'Extras',
    [
      { name: 'Nose & Ear Wax', price: '£8' },
      { name: 'Grey Blending', price: '£18', note: 'Semi-permanent colour, fades out in four to six weeks.' },
    ],
  ],
];
const sNav = ['Home', 'Barbers', 'Gallery', 'Contact'];
const sFoot = ['14 Wharf Row, Gullhaven', 'Tue–Fri 9am–7pm · Sat 8am–4pm', 'Instagram', 'Facebook'];
const sItem = (p: PriceItem): string => `<div class="menu-item"><div class="menu-item-title">${amp(p.name)}</div>
<div class="menu-item-price-top">${p.price}</div>${p.note === undefined ? '' : `<div class="menu-item-description">${p.note}</div>`}
<div class="menu-item-price-bottom">${p.price}</div></div>`;
const sSections = sMenu
  .map(
    ([h, items]) => `<div class="menu-section"><div class="menu-section-header"><span class="menu-section-title">${amp(h)}</span></div>
<div class="menu-items">${items.map(sItem).join('\n')}</div></div>`,
  )
  .join('\n');
const sHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Services &amp; Prices &mdash; Gullhaven Barbers</title>
<link rel="canonical" href="https://www.gullhavenbarbers.co.uk/services"><meta property="og:site_name" content="Gullhaven Barbers">
<meta property="og:title" content="Services &amp; Prices &mdash; Gullhaven Barbers"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.gullhavenbarbers.co.uk","name":"Gullhaven Barbers","@context":"http://schema.org","@type":"WebSite"}
</script>
<script type="application/ld+json">{"address":"14 Wharf Row, Gullhaven",
"openingHours":"Tu-Fr 09:00-19:00, Sa 08:00-16:00","@context":"http://schema.org","@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/65d2/29/5c5a519771c10ba3470d8101/65d2/1524/site.css" rel="stylesheet"></head>
<body id="collection-65d21f0c7a" class="header--menu-open tweak-transition-effect-none tweak-global-animations-complexity-level-detailed
header-overlay-alignment-center tweak-portfolio-grid-overlay-width-full form-use-theme-colors primary-button-style-solid
collection-type-page collection-layout-default view-item mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar">
<a href="/contact" class="sqs-announcement-bar-url" aria-labelledby="announcement-bar-text-inner-id"></a>
<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button"
aria-label="Close Announcement"></span><div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Walk-ins welcome Tuesday to Thursday
&mdash; or book online below.</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header"
data-current-styles="{}"><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/65d21/logo.png" alt="Gullhaven Barbers" style="display:block"></a>
</div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('')}
<div class="header-nav-item header-nav-item--collection header-nav-item--active">
<a href="/services" data-animation-role="header-element" aria-current="page">Services</a></div>
</nav></div></div></div><div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="https://gullhaven.setmore.com">Book Now</a></div></div></div></div>
</div></header>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder">
<div class="header-menu-nav-folder-content">
${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase()}">
<div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></nav></div></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65d21f0c7a">
<section data-test="page-section" data-section-theme="white" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="65d21f0c7b">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-65d21f0c7c">
<div class="fe-block fe-block-yui_3_17_2_1_1708" >
<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" id="block-yui_3_17_2_1_1708">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${amp(sTitle)}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1709"><div class="sqs-block menu-block sqs-block-menu" data-block-type="18" id="block-yui_3_17_2_1_1709">
<div class="sqs-block-content"><div class="menu-block"><div class="menus-wrapper"><div class="menu-select-labels"></div><div class="menu-wrapper">
${sSections}
</div></div></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1710"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium">
<a href="https://gullhaven.setmore.com" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book an appointment</a>
</div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section
background-width--full-bleed section-height--small black"><div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content">
<div class="sqs-html-content">${ps(sFoot.slice(0, 2), ' style="white-space:pre-wrap;"')}</div></div></div><div class="sqs-block socialaccountlinks-v2-block">
<div class="sqs-block-content"><nav class="sqs-svg-icon--list">${sFoot
  .slice(2)
  .map(
    (t) => `<a href="https://${t.toLowerCase()}.com/gullhavenbarbers" target="_blank"
class="sqs-svg-icon--wrapper ${t.toLowerCase()}-unauth" aria-label="${t}"><div><span class="sqs-svg-icon--social">${t}</span></div></a>`,
  )
  .join('')}</nav></div></div>
</div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = clean({
  name: 'heldout470-squarespace-barber-prices',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sMenu.map(([h]) => h),
  body: [...texts(sIntro), ...sMenu.flatMap(([, items]) => items.map(priceText))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Walk-ins welcome Tuesday to Thursday — or book online below.', 'Skip to Content', ...sNav, 'Services', 'Book Now', 'Book an appointment', ...sFoot,
  ],
});

const wTitle = 'Sol Amaro — Fine Line & Botanical';
const wBody = [
  j(
    'I have been tattooing at Ironbloom since 2021, after three years apprenticing in Porto. Most of my work is single-needle fine line:',
    'pressed flowers, herbs, small script and the odd moth.',
  ),
  j(
    'I like pieces that sit with the body rather than on it, so I draw everything freehand on the day, around the shape of your arm,',
    'ankle or ribs. Bring reference photos, but expect the design to change once we see it on skin.',
  ),
  'Books and availability',
  j(
    'My books open on the first Monday of each month for the following month. I take a £60 deposit to hold a date, which comes off the',
    'price of the tattoo. I do not do cover-ups or colour realism, and I will not copy another artist’s piece.',
  ),
];
const wGallery = ['Foxglove sleeve, in progress', 'Lavender sprig, ankle', 'Luna moth, sternum', 'Pressed violets, forearm', 'Olive branch script'];
const wNav = ['Home', 'Artists', 'FAQ', 'Aftercare', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7d1a2c_f0.png">
<title>Sol Amaro | Ironbloom Tattoo</title><meta name="description" content="Fine line and botanical tattoos by Sol Amaro at Ironbloom Tattoo.">
<link rel="canonical" href="https://www.ironbloomtattoo.com/sol-amaro"><meta property="og:title" content="Sol Amaro | Ironbloom Tattoo">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","commonConfig","componentsLoader"],"language":"en"}
</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#comp-lt3x9k1a{--font:normal normal normal 15px/1.6em helvetica-w01-light,sans-serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lt3x8z0b" class="KcpHeO tz5f0K comp-lt3x8z0b wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text" style="font-size:22px;">
<span class="wixui-rich-text__text"><a href="https://www.ironbloomtattoo.com" target="_self" class="wixui-rich-text__text">IRONBLOOM TATTOO</a></span></p></div>
<nav id="comp-lt3x8z0c" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItemDepth0">
<a data-testid="linkElement" href="https://www.ironbloomtattoo.com/${t.toLowerCase()}"
class="f5Ex3n wixui-horizontal-menu__item-label"><div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">${t}</span></div></a>
</li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="cxv4q" class="dBAkHi theme-vars">
<section id="comp-lt3x9k0z" tabindex="-1" class="Oqnisf comp-lt3x9k0z wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf">
<div id="comp-lt3x9k10" class="comp-lt3x9k10 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lt3x9k10inlineContent" data-testid="inline-content">
<div id="comp-lt3x9k1a" class="KcpHeO tz5f0K comp-lt3x9k1a wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${amp(wTitle)}</span></h1></div>
<div id="comp-lt3x9k1b" class="KcpHeO tz5f0K comp-lt3x9k1b wixui-rich-text" data-testid="richTextElement">
${ps(wBody.slice(0, 2), ' class="font_8 wixui-rich-text__text"')}</div>
<div class="comp-lt3x9k1c R6ex7N" id="comp-lt3x9k1c" aria-disabled="false"><a data-testid="linkElement" href="https://www.ironbloomtattoo.com/contact"
class="StylableButton2545352419__root style-lt3xb8n1__root wixui-button"><div class="StylableButton2545352419__container">
<span class="StylableButton2545352419__label wixui-button__label">Book with Sol</span></div></a></div></div></div></div></section>
<section id="comp-lt3xa1aa" class="Oqnisf comp-lt3xa1aa wixui-section" data-block-level-container="ClassicSection">
<div id="comp-lt3xa1ab" class="pro-gallery-component-wrapper">
<div data-hook="gallery-root" class="pro-gallery inline-styles">
<div id="pro-gallery-container" class="pro-gallery-parent-container" role="region" aria-label="Portfolio gallery">
${wGallery
  .map(
    (t, i) => `<div data-hook="item-container" class="gallery-item-container item-container-regular visible" tabindex="${i === 0 ? 0 : -1}" aria-label="${t}">
<div data-hook="item-wrapper" class="gallery-item-wrapper"><picture>
<img class="gallery-item-visible gallery-item" alt="${t}" src="https://static.wixstatic.com/media/7d1a2c_${i}~mv2.jpg/v1/fill/w_480,h_600/sol-${i}.jpg">
</picture></div>
<div class="gallery-item-hover" data-hook="item-hover"><div class="info-element-title gallery-item-title"><span>${t}</span></div></div></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section id="comp-lt3xb2c4" class="Oqnisf comp-lt3xb2c4 wixui-section">
<div id="comp-lt3xb2c5" class="KcpHeO tz5f0K comp-lt3xb2c5 wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wBody[2]}</span>
</h2>${ps(wBody.slice(3), ' class="font_8 wixui-rich-text__text"')}
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1">
<div id="comp-lt3xc0a1" class="KcpHeO tz5f0K comp-lt3xc0a1 wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">© 2027 by Ironbloom Tattoo. Proudly created with Wix.com</p></div></footer></div></div></div>
<div id="WIX_ADS" class="VJQ3H8 ytGGBw"><a data-testid="linkElement" href="http://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow"
class="Y4Y8Wg"><span class="yfO8x0"><span>This site was designed with the </span><span class="wix-logo">Wix</span>
<span> website builder. Create your website today.</span></span>
<span class="tqv4Hw">Start Now</span></a></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
const wix: TestPage = clean({
  name: 'heldout470-wix-tattoo-portfolio',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wBody[2] ?? ''],
  body: wBody.filter((_, i) => i !== 2),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'IRONBLOOM TATTOO', ...wNav, 'Book with Sol', ...wGallery, '© 2027 by Ironbloom Tattoo. Proudly created with Wix.com',
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now',
  ],
});

export const HELDOUT470_A: readonly TestPage[] = [squarespace, wix];
