import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout433-kit.js';
import { listing } from './pages-heldout433-c2.js';

/**
 * Held-out batch 433, file c: a water park's safety rules page on a Wix site (free-plan Wix ads bar, site header with a
 * dropdown menu, rich-text elements for the rules, a button element, a contact strip in the footer, the Wix consent
 * banner and the viewer model script) and, from file c2, an attraction listing with reviews on a travel review site.
 */
const wTitle = 'Park Rules & Water Safety';
const wIntro = [
  j(
    'Splashcove Water Park is designed for fun, but water is never risk-free. Our lifeguards are trained to a national',
    'standard and are on duty whenever a pool or slide is open. Please read these rules before your visit and talk them',
    'through with your children. Guests who ignore the rules or a lifeguard’s instructions may be asked to leave.',
  ),
];
const wBefore = [
  'Shower before entering any pool; the showers are by the changing village.',
  'Children under 8 must be supervised in the water by an adult, at arm’s length, at all times.',
  'Non-swimmers and weak swimmers must wear one of our free buoyancy vests, available from the lifeguard hut.',
  'Swim nappies are required for babies and toddlers and are sold at reception.',
];
const wSlides = [
  'Go down feet first, lying on your back with your arms crossed, unless the slide sign shows otherwise.',
  'Wait for the green light or the lifeguard’s signal before you set off.',
  'Leave the splash pool straight away at the bottom; do not swim back up towards the slide.',
  'Only one rider at a time, except on the Tide Twister, which uses two-person rings.',
];
const wHeights = [
  'Lazy River and Wave Pool: no minimum, under 1.10 m with an adult in the water.',
  'Tide Twister: 1.10 m.',
  'Blue Cobra body slide: 1.20 m.',
  'The Plunge drop-floor slide: 1.37 m, maximum weight 136 kg.',
];
const wWave = [
  j(
    'The wave machine runs for ten minutes every half hour, and a horn sounds one minute before it starts. When the red flag',
    'is up, the deep end is closed to anyone under 1.20 m. Lifeguards may stop the waves at any time, so please listen out',
    'for the whistle: one long blast means everyone must stop and look at the nearest lifeguard.',
  ),
];
const wNot = [
  'No glass, alcohol or food from outside in the pool hall.',
  'No running, pushing, ducking or diving anywhere in the park.',
  'No jewellery, watches or loose clothing on the slides; rash vests and swim shorts are fine.',
];
const wClose = ['If you have a medical condition that could affect you in the water, please let our team know when you arrive.'];
const wMenu = ['Home', 'Tickets & Prices', 'Attractions', 'Parties', 'Visitor Info', 'Safety Rules', 'Contact'];
const wRich = (id: string, inner: string): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text"
data-testid="richTextElement">
${inner}
</div>`;
const wH = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const wP = (ps: readonly string[]): string =>
  ps.map((p) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p>`).join('\n');
const wUl = (items: readonly string[]): string => `<ul class="font_8 wixui-rich-text__text">
${items
  .map(
    (i) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${i}</span></p>
</li>`,
  )
  .join('\n')}
</ul>`;
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.example/media/favicon.png">
<title>Safety Rules | Splashcove Water Park</title><meta name="description" content="Water safety rules and slide height limits at Splashcove.">
<link rel="canonical" href="https://www.splashcovewaterpark.example/safety-rules"><meta property="og:title" content="Safety Rules | Splashcove Water Park">
<meta property="og:site_name" content="Splashcove Water Park"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Splashcove Water Park",
"address":{"@type":"PostalAddress","addressLocality":"Brinmouth","addressCountry":"GB"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"7c2e91f4","isPremium":false},"language":{"siteLanguage":"en"},"requestUrl":"/safety-rules"};</script>
<style id="css_masterPage">.font_2{font:normal normal bold 34px/1.3em 'Poppins',sans-serif;}
.font_8{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif;}</style>
</head><body class="">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="ytGGBw czJOIz ytGGBw czJOIz"><a data-testid="linkElement" href="//www.wix.example/lpviral/enviral?utm_campaign=vir_wixad_live"
class="Ehq8Sa"><span class="nTiihL"><span class="ZeFm2L">This site was designed with the </span><span class="ke7exW">Wix</span>
<span class="ZeFm2L"> website builder. Create your website today.</span></span><span class="lTBM8r">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="LM3qTR"><div data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content"><div id="comp-lq2x8k1a" class="MW5IWV"><a data-testid="linkElement" href="https://www.splashcovewaterpark.example"
class="j7pOnl"><img src="https://static.wixstatic.example/media/a91c2e_logo.png" alt="Splashcove logo"></a></div>
<nav id="comp-lq2x8k3c" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu" role="list">
${wMenu
  .map(
    (m, i) => `<li class="wixui-horizontal-menu__item" data-testid="comp-lq2x8k3c${i}"><a data-testid="linkElement" href="/${i}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">${m}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="nzx4q" class="dBAkHi theme-vars"><div class="PFkO7r wN7nfA"></div><div id="Containernzx4q" class="Containernzx4q SPY_vo">
<section id="comp-lr9d2a0f" tabindex="-1" class="Oqnisf comp-lr9d2a0f wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lr9d2a0g" class="comp-lr9d2a0g YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lr9d2a0ginlineContent" data-testid="inline-content" class="">
${wRich('lr9d2b11', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('lr9d2b12', wP(wIntro))}
${wRich('lr9d2b13', `${wH('Before you swim')}\n${wUl(wBefore)}`)}
${wRich('lr9d2b14', `${wH('On the slides')}\n${wUl(wSlides)}`)}
${wRich('lr9d2b15', `${wH('Minimum heights')}\n${wUl(wHeights)}`)}
${wRich('lr9d2b16', `${wH('The wave pool')}\n${wP(wWave)}`)}
${wRich('lr9d2b17', `${wH('Not allowed')}\n${wUl(wNot)}\n${wP(wClose)}`)}
<div class="comp-lr9d2b18 R6ex7N" id="comp-lr9d2b18" aria-disabled="false"><a data-testid="linkElement" href="/tickets" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Buy Tickets</span></a></div>
</div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="LM3qTR"><div data-testid="inline-content">
${wRich('lq2x9f01', wP(['Splashcove Water Park', 'Harbour Road, Brinmouth BM3 8PL', 'Tel: 01632 960 418']))}
${wRich('lq2x9f02', wP(['Open daily in the school holidays, weekends all year']))}
${wRich('lq2x9f03', wP(['© 2026 by Splashcove Leisure. Proudly created with Wix.com']))}
</div></div></footer></div></div></div></div>
<div data-hook="ccsu-banner-wrapper"><div data-hook="consent-banner-root" class="Xa2Pq1" role="dialog" aria-label="Cookie banner">
<p data-hook="ccsu-banner-text" class="s4K7e">This website uses cookies. By accepting, you agree to our use of such cookies.
<a href="/privacy-policy" data-hook="ccsu-banner-policy-link">Privacy Policy</a></p><div class="Tm1bX">
<button data-hook="ccsu-banner-settings-button">Settings</button>
<button data-hook="ccsu-banner-decline-button">Decline</button><button data-hook="ccsu-banner-accept-button">Accept</button></div></div></div>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["consentPolicy","wixEmbedsApi"],"experiments":{},"fleetConfig":{"code":0}}</script>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.bc0d7a71.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout433-wix-water-park-rules-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Before you swim', 'On the slides', 'Minimum heights', 'The wave pool', 'Not allowed'],
  body: texts([...wIntro, ...wBefore, ...wSlides, ...wHeights, ...wWave, ...wNot, ...wClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the', 'website builder. Create your website today.', 'Start Now', ...wMenu, 'Buy Tickets',
    'Harbour Road, Brinmouth BM3 8PL', 'Tel: 01632 960 418', 'Open daily in the school holidays, weekends all year',
    '© 2026 by Splashcove Leisure. Proudly created with Wix.com', 'This website uses cookies. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT433_C: readonly TestPage[] = [wix, listing];
