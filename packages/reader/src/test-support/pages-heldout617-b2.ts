import { type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout617-kit.js';

/**
 * Held-out batch 617, file b2: a llama trekking page built with Wix (mesh layout, rich-text components, testimonial strip).
 */
const xTitle = 'Llama Trekking on Harrowgill Moor';
const xBody = [
  j(
    'Spend a morning in the hills with a llama to carry your lunch. Our treks leave the farm at 10am and climb through the old',
    'peat workings to the trig point on Harrowgill Moor, about four miles there and back.',
  ),
  j(
    'Llamas are bigger and bolder than alpacas, and they have been carrying packs for thousands of years. Each llama is led by one',
    'person, and you can swap over at the halfway stop. Ted, Monty and Figaro have done the route hundreds of times and know every puddle.',
  ),
  'We stop at the top for a picnic from the farm kitchen: soup in flasks, sandwiches and flapjack, with a vegetarian option on every trek.',
  'Treks cost £75 per llama, and a second walker can share a llama for £25. Minimum age to lead a llama is 12.',
];
const xH = ['The trek', 'What to bring'];
const xBring = ['Walking boots and a waterproof', 'A small rucksack for your own things', 'Suncream in summer, gloves the rest of the year'];
const xNav = ['Home', 'Treks', 'Meet the Llamas', 'Gift Cards', 'Find Us'];
const xQuotes = ['"Monty is now the fourth member of our family." – Claire, Leeds', '"Best morning of our holiday by a mile." – The Okafor family'];
const comp = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const span = (t: string): string => `<span style="color:#3D3A36;" class="wixui-rich-text__text">${t}</span>`;
const xPs = (list: readonly string[], id: string): string =>
  list.map((t, i) => comp(`${id}${i}`, `<p class="font_8 wixui-rich-text__text" style="font-size:17px;">${span(t)}</p>`)).join('\n');
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/5c1f2e_fav.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/5c1f2e_fav.png"
type="image/png">
<title>Llama Trekking | Longbarrow Llamas</title><meta name="description" content="Half-day llama treks on Harrowgill Moor with a picnic lunch.">
<link rel="canonical" href="https://www.longbarrowllamas.com/llama-trekking"><meta property="og:site_name" content="Longbarrow Llamas">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Longbarrow Llamas",
"url":"https://www.longbarrowllamas.com"}</script>
<script>window.__BROWSER_DEPRECATION__ = false; window.viewerModel = {"siteFeatures":["assetsLoader","businessLogger","cookiesManager","consentPolicy"],
"site":{"metaSiteId":"9a8b7c6d-1234-4f56-a789-0b1c2d3e4f50","isPremium":true}};</script>
<style id="css_masterPage">#comp-lt1a2b3c{width:980px;}.font_0{font:normal normal normal 54px/1.2em 'playfair display',serif;color:#3D3A36;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" tabindex="0" class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div
data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content"><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${comp(
  'lt0logo',
  `<p class="font_0 wixui-rich-text__text" style="font-size:28px;"><a href="https://www.longbarrowllamas.com" target="_self"
class="wixui-rich-text__text">${span('Longbarrow Llamas')}</a></p>`,
)}
<wix-dropdown-menu id="comp-lt0menu" class="XRwtpn comp-lt0menu wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"><nav
class="StylableHorizontalMenu3372578893__root"
aria-label="Site"><ul class="MNrfNX">${xNav
  .map(
    (t) =>
      `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.longbarrowllamas.com/${t
        .toLowerCase()
        .replace(/ /g, '-')}" class="UiHgGh"><div class="yRj2ms"><div class=""><p class="JS76Uv">${t}</p></div></div></a></li>`,
  )
  .join('\n')}</ul></nav></wix-dropdown-menu>
<div class="comp-lt0btn R6ex7N wixui-button" id="comp-lt0btn" aria-disabled="false"><a data-testid="linkElement" href="https://www.longbarrowllamas.com/book"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span
class="l7_2fn wixui-button__label">Book a Trek</span></a></div></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="e4gh7" class="dBAkHi theme-vars e4gh7"><div class="PFkO7r wN7S6u"></div><div class="HT5ybB">
<div id="Containere4gh7" class="Containere4gh7 SPY_vo"><div data-mesh-id="Containere4gh7inlineContent" data-testid="inline-content" class="">
<section id="comp-lt1hero" tabindex="-1" class="Oqnisf comp-lt1hero wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf">
<div id="comp-lt1col" class="comp-lt1col YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lt1colinlineContent" data-testid="inline-content">
${comp('lt1h1', `<h1 class="font_0 wixui-rich-text__text">${span(xTitle)}</h1>`)}
<div id="comp-lt1img" class="MazNVa comp-lt1img wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lt1img"
class="HlRz5e BI8PVQ"
data-image-info="{}"><img src="https://static.wixstatic.com/media/5c1f2e_trek.jpg/v1/fill/w_980,h_520,al_c,q_85/5c1f2e_trek.jpg" alt="Llamas on the moor path"
style="width:980px;height:520px;object-fit:cover"></wow-image></div></div></div></div></div></section>
<section id="comp-lt2body" tabindex="-1" class="Oqnisf comp-lt2body wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf">
<div id="comp-lt2col" class="comp-lt2col YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lt2colinlineContent" data-testid="inline-content">
${comp('lt2h2a', `<h2 class="font_2 wixui-rich-text__text">${span(xH[0] ?? '')}</h2>`)}
${xPs(xBody, 'lt2p')}
${comp('lt2h2b', `<h2 class="font_2 wixui-rich-text__text">${span(xH[1] ?? '')}</h2>`)}
${comp(
  'lt2ul',
  `<ul class="font_8 wixui-rich-text__text">${lis(
    xBring.map((t) => `<p class="font_8 wixui-rich-text__text">${span(t)}</p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
<div class="comp-lt2btn R6ex7N wixui-button" id="comp-lt2btn" aria-disabled="false"><a data-testid="linkElement" href="https://www.longbarrowllamas.com/book"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Check Dates</span></a></div></div></div></div></section>
<section id="comp-lt3quotes" tabindex="-1" class="Oqnisf comp-lt3quotes wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf">
${xQuotes
  .map(
    (q, i) => `<div id="comp-lt3c${i}" class="comp-lt3c${i} YzqVVZ wixui-column-strip__column"><div data-testid="inline-content">
${comp(`lt3q${i}`, `<p class="font_7 wixui-rich-text__text" style="font-style:italic;">${span(q)}</p>`)}</div></div>`,
  )
  .join('\n')}
</div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div
data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content"><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">
${comp(
  'lt9addr',
  `<p class="font_9 wixui-rich-text__text">${span('Longbarrow Farm, Harrowgill, HG7 4LL')}</p><p
class="font_9 wixui-rich-text__text">${span('07700 900418')}</p>`,
)}
<div id="comp-lt9soc" class="comp-lt9soc wixui-social-bar"><ul class="UnzXvq" aria-label="Social Bar"><li class="Ce1Pi8" id="dataItem-lt9fb-comp-lt9soc">
<a data-testid="linkElement" href="https://www.facebook.com/longbarrowllamas" target="_blank" class="oRtuWN" aria-label="Facebook"><wow-image class="HlRz5e">
<img src="https://static.wixstatic.com/media/fb.png" alt="Facebook"></wow-image></a></li></ul></div>
${comp(
  'lt9copy',
  `<p class="font_9 wixui-rich-text__text"
style="text-align:center;">${span('© 2026 by Longbarrow Llamas. Proudly created with Wix.com')}</p>`,
)}
</div></div></div></div></footer></div></div></div></div>
<div id="consent-banner-root" class="consent-banner-root"><div class="ccsu-banner" role="dialog" aria-label="Cookie banner" data-hook="ccsu-banner">
<div class="ccsu-banner-text" data-hook="ccsu-banner-text">This website uses cookies. By accepting, you agree to our use of such cookies.
<a href="/privacy" data-hook="ccsu-banner-policy-link">Privacy Policy</a></div><div class="ccsu-banner-buttons"><button
data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.5e1d0b2a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout617-wix-llama-trek',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: texts([...xBody, ...xBring]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Longbarrow Llamas', ...xNav.filter((t) => t !== 'Treks'), 'Book a Trek', 'Check Dates',
    ...xQuotes, 'Longbarrow Farm, Harrowgill, HG7 4LL',
    '07700 900418', '© 2026 by Longbarrow Llamas. Proudly created with Wix.com',
    'This website uses cookies. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT617_B2: readonly TestPage[] = [wix];
