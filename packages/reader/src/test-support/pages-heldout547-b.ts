import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout547-kit.js';

/**
 * Held-out batch 547, file b: a paddleboard hire price list on a free Wix site (Thunderbolt markup, Wix ad bar).
 */
const wTitle = 'Hire Prices 2027';
const wIntro = j(
  'All hire includes a buoyancy aid, leash and a quick safety briefing on the beach. Boards are launched from the slipway at',
  'Kestle Cove, and you must be back on the beach by 5.30pm.',
);
const wGroups: { h: string; rows: string[] }[] = [
  { h: 'Stand-up paddleboards', rows: ['1 hour – £20', '2 hours – £32', 'Half day (4 hours) – £45', 'Giant SUP for up to 6 people, 1 hour – £70'] },
  { h: 'Sit-on-top kayaks', rows: ['Single kayak, 1 hour – £18', 'Double kayak, 1 hour – £28', 'Half day single – £40'] },
  { h: 'Wetsuits', rows: ['Adult wetsuit – £8', 'Child wetsuit – £5', 'Boots and gloves – £4'] },
];
const wSmall = [
  j(
    'Children under 12 must be with a paying adult on the water. A deposit of £50 per board is taken by card and released when the',
    'board comes back undamaged.',
  ),
  'We do not hire out boards when the offshore wind is above 12 mph. If we cancel, you get a full refund.',
];
const wNav = ['Home', 'Hire', 'Prices', 'Tours', 'FAQ', 'Contact'];
let wId = 0;
const wRt = (inner: string): string => {
  wId++;
  return `<div id="comp-lx9k${wId}q" class="HcOXKn SxM0TO QxJLC3 comp-lx9k${wId}q wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
};
const wP = (t: string, font = 'font_8'): string => `<p class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wGap = '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>';
const wSection = (
  inner: string,
  n: number,
): string => `<section id="comp-lx9s${n}" tabindex="-1" class="Oqnisf comp-lx9s${n} wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lx9s${n}" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div>
</div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lx9c${n}" class="comp-lx9c${n} YzqVVZ wixui-column-strip__column"><div
data-mesh-id="comp-lx9c${n}inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lx9c${n}inlineContent-gridContainer"
data-testid="mesh-container-content">
${inner}</div></div></div></div></section>`;
const wMenu = wNav
  .map(
    (t, i) => `<li id="comp-lx9menu${i}" data-direction="ltr" data-listposition="${i === 0 ? 'left' : 'center'}" class="wbgQXa wixui-dropdown-menu__item"
data-state="menu ${t === 'Prices' ? 'selected' : 'false'}  link">
<a data-testid="linkElement" href="https://kestlecovepaddle.wixsite.com/home/${t.toLowerCase()}" target="_self" class="UiHgGh"><div class="yRj2ms"><div
class="" style="text-align:center"><p class="zKbzSQ" id="comp-lx9menu${i}label">${t}</p></div></div></a></li>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://www.wix.com/favicon.ico" type="image/x-icon"><meta http-equiv="X-Wix-Meta-Site-Id"
content="3c1f9a20-5b7d-4c2e-9a1b-77e0d4c5f812">
<title>Prices | Kestle Cove Paddle Co</title><meta name="description" content="Paddleboard, kayak and wetsuit hire prices at Kestle Cove.">
<meta property="og:title" content="Prices | Kestle Cove Paddle Co"><meta property="og:site_name" content="Kestle Cove Paddle Co">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Kestle Cove Paddle Co","address":{"@type":"PostalAddress",
"addressLocality":"Kestle Cove"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"3c1f9a20-5b7d-4c2e-9a1b-77e0d4c5f812","isWixSite":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}.font_0{font:normal normal normal 44px/1.4em wfont_3b2d14_9f2a,sans-serif;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="CxyXFO ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow" class="zgkEOr">
<span class="SlIFbE">This site was designed with the </span><span class="VGPKaw">Wix</span><span class="SlIFbE">.com website builder. Create your website
today.</span><span class="HmdBPy">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP has-custom-focus"
tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="L6OoFI"><div data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content" class="">
<div id="comp-lx9logo" class="HcOXKn SxM0TO QxJLC3 comp-lx9logo wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span
class="wixui-rich-text__text">Kestle Cove Paddle Co</span></p></div>
<wix-dropdown-menu id="comp-lx9menu" class="XwCBRN NHM1d1 comp-lx9menu wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true" data-num-items="6">
<nav class="L3vKCy" id="comp-lx9menunavContainer" aria-label="Site"><ul class="ku3DBC" id="comp-lx9menuitemsContainer" style="text-align:center"
data-marginallchildren="true">${wMenu}</ul></nav></wix-dropdown-menu>
</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div
id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU">
<div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
${wSection(wRt(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`) + wRt(wP(wIntro)), 1)}
${wGroups
  .map((g, i) =>
    wSection(
      wRt(`<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${g.h}</span>
</h2>`) + wRt(g.rows.map((r) => wP(r)).join(wGap)),
      i + 2,
    ),
  )
  .join('\n')}
${wSection(
  `${wRt(wSmall.map((t) => wP(t, 'font_9')).join(wGap))}
<div class="comp-lx9btn R6ex7N wixui-button" id="comp-lx9btn" aria-disabled="false" data-semantic-classname="button"><a data-testid="linkElement"
href="https://kestlecovepaddle.wixsite.com/home/book-online" target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span
class="l7_2fn wixui-button__label">Book Online</span></a></div>`,
  9,
)}
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="L6OoFI"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content" class="">
${wRt(wP('The Slipway, Kestle Cove, Cornwall') + wP('07700 914 552') + wP('hello@kestlecovepaddle.co.uk'))}
${wRt(wP('© 2027 by Kestle Cove Paddle Co. Proudly created with Wix.com', 'font_9'))}
<div id="comp-lx9soc" class="comp-lx9soc wixui-social-bar" role="navigation" aria-label="Social Bar"><ul class="ywFBgV"><li class="ZPplQW"
id="dataItem-lx9soc0"><a href="https://www.instagram.com/kestlecovepaddle" target="_blank"><img src="https://static.wixstatic.com/media/instagram.png"
alt="Instagram"></a></li></ul></div>
</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of
page</span></div></div></div>
<div id="consent-banner-root" data-hook="consent-banner-root"><div class="consent-banner Banner_root" role="region" aria-label="Cookie banner"><div
class="Banner_content">
<p class="Banner_text">We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies. <a
href="/privacy-policy">Privacy Policy</a></p>
<div class="Banner_buttons"><button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline
All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout547-wix-hire-prices',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wGroups.map((g) => g.h),
  body: [wIntro, ...wGroups.flatMap((g) => g.rows), ...wSmall],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the', 'Wix', '.com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    'Kestle Cove Paddle Co', ...wNav.filter((t) => !['Hire', 'Prices'].includes(t)), 'Book Online', 'The Slipway, Kestle Cove, Cornwall', '07700 914 552',
    'hello@kestlecovepaddle.co.uk', '© 2027 by Kestle Cove Paddle Co. Proudly created with Wix.com', 'bottom of page',
    'We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies. Privacy Policy',
    'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT547_B: readonly TestPage[] = [wix];
