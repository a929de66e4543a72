import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout627-kit.js';

/** Held-out batch 627, file b2: a short wheelchair hire page of a mobility shop built with Wix (Wix Editor, premium site). */
let n = 0;
const comp = (): string => `comp-lq${(0x8f21a + n++).toString(36)}`;
/** A Wix rich-text component holding `inner`. */
const rt = (inner: string): string => `<div id="${comp()}" class="KcpHeO tz5f0K comp-lq8f wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const para = (t: string): string =>
  `<p class="font_8 wixui-rich-text__text" style="font-size:17px; line-height:1.6em;"><span style="font-size:17px;"
class="wixui-rich-text__text">${t}</span></p>`;
/** A Wix menu item. */
const item = (t: string, current = false): string =>
  `<li data-testid="${comp()}" class="wixui-horizontal-menu__item"><a data-testid="linkElement"
href="https://www.pennantmobility.co.uk/${t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh" aria-current="${current ? 'page' : 'false'}"><div class="itemDepth02233374943__itemWrapper"><span
class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span>
</div></a></li>`;

const wTitle = 'Wheelchair hire';
const wBody = [
  j(
    'Need a wheelchair for a holiday, a wedding or a few weeks after an operation? We hire self-propelled and transit wheelchairs',
    'from our shop on Station Road, by the week or by the month.',
  ),
  'Self-propelled wheelchair: £25 for the first week, then £15 a week',
  'Transit wheelchair: £20 for the first week, then £12 a week',
  'Lightweight folding wheelchair: £30 for the first week, then £18 a week',
  j(
    'Every chair comes with a cushion and a lap belt. We ask for a £50 deposit, returned when the chair comes back clean and undamaged.',
    'Sorry, we cannot take bookings by email; please call in or ring us.',
  ),
];
const wMenu = ['Home', 'Shop', 'Wheelchair Hire', 'Scooter Servicing', 'Find Us'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta name="generator" content="Wix.com Website Builder"/><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7d4f2a_ico.png"/>
<title>Wheelchair Hire | Pennant Mobility | Harrowden</title><meta name="description"
content="Wheelchair hire by the week or month from Pennant Mobility, Station Road, Harrowden."/>
<link rel="canonical" href="https://www.pennantmobility.co.uk/wheelchair-hire"/><meta property="og:site_name" content="Pennant Mobility"/>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Pennant Mobility","address":{"@type":"PostalAddress",
"streetAddress":"22 Station Road","addressLocality":"Harrowden"},"telephone":"01632 960 771"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"b7e3c1d2","siteId":"0f4a9e21"},"language":{"userLanguage":"en"},
"requestUrl":"https://www.pennantmobility.co.uk/wheelchair-hire"};</script>
<style id="css_masterPage">#SITE_CONTAINER{--pinned-layer-in-container:0}#comp-lq8f{width:580px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<button id="SKIP_TO_CONTENT_BTN" data-testid="skipToContentButton" class="LHrbPP has-custom-focus" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"></div></div><div class="U4Bvut"><div
class="G5K6X8">
<div class="gUbusX"></div></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" class="SITE_HEADER-inlineContent">
<div id="${comp()}" class="MW5IWV"><a data-testid="linkElement" href="https://www.pennantmobility.co.uk" class="j7pOnl"><img
src="https://static.wixstatic.com/media/7d4f2a_logo.png"
alt="Pennant Mobility logo" style="width:96px;height:96px;object-fit:cover"/></a></div>
${rt(`<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">PENNANT MOBILITY</span></p>`)}
${rt(`<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Independent mobility shop in Harrowden since 1987</span></p>`)}
<wix-dropdown-menu id="${comp()}" class="XwCBRN NHM1d1 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true"
data-same-width-buttons="false" data-num-items="5" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0"
data-dropalign="center"><nav class="R_TAzU" id="comp-lq8fnav" aria-label="Site"><ul class="y7qwii" style="text-align:center">
${wMenu.map((t) => item(t, t === 'Wheelchair Hire')).join('\n')}</ul></nav></wix-dropdown-menu></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div
id="SITE_PAGES_TRANSITION_GROUP"
class="AnQkDU"><div id="dk4mw" class="dBAkHi theme-vars"><div class="PFkO7r wN7ZnF"></div><div id="Containerdk4mw" class="Containerdk4mw SPY_vo"><div
data-mesh-id="Containerdk4mwinlineContent"
class="Containerdk4mw-inlineContent"><div data-mesh-id="Containerdk4mwinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="${comp()}" class="xuzjBY comp-lq8f-section wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf"><div id="${comp()}"
class="comp-lq8f-col YzqVVZ wixui-column-strip__column">
<div data-testid="inline-content" class=""><div data-mesh-id="comp-lq8fcolinlineContent" data-testid="inline-content">
${rt(`<h1 class="font_0 wixui-rich-text__text" style="font-size:44px;"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt(para(wBody[0] ?? ''))}
${rt(
  `<ul class="font_8 wixui-rich-text__text">${wBody
    .slice(1, 4)
    .map(
      (t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">
<span class="wixui-rich-text__text">${t}</span></p></li>`,
    )
    .join('\n')}</ul>`,
)}
${rt(para(wBody[4] ?? ''))}
<div id="${comp()}" aria-disabled="false" class="comp-lq8f-btn R6ex7N wixui-button"><a data-testid="linkElement" href="tel:01632960771"
class="uDW_Qe wixui-button PlZyDq"
aria-disabled="false"><span class="M3I7Z2 wixui-button__label">Call 01632 960 771</span></a></div>
</div></div></div><div id="${comp()}" class="comp-lq8f-col2 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content"><div id="${comp()}"
class="MazNVa wixui-image">
<div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq8fimg" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lq8fimg","displayMode":"fill"}'>
<img src="https://static.wixstatic.com/media/7d4f2a_chairs.jpg/v1/fill/w_480,h_600,al_c,q_80/chairs.jpg" alt="Hire wheelchairs in the shop"
style="width:480px;height:600px"/>
</wow-image></div></div></div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div
data-mesh-id="SITE_FOOTERinlineContent"
class="SITE_FOOTER-inlineContent">
${rt(`<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">22 Station Road, Harrowden HX4 9LB</span></p>
<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Tue to Sat 9.30am to 4.30pm</span></p>`)}
${rt(`<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2026 by Pennant Mobility. Proudly created with </span>
<a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank" class="wixui-rich-text__text"><span
class="wixui-rich-text__text">Wix.com</span></a></p>`)}
</div></div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.fdc1a7e2.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout627-wix-wheelchair-hire',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'PENNANT MOBILITY', 'Independent mobility shop in Harrowden since 1987', 'Home', 'Scooter Servicing', 'Find Us',
    'Call 01632 960 771', '22 Station Road, Harrowden HX4 9LB', 'Tue to Sat 9.30am to 4.30pm', '© 2026 by Pennant Mobility. Proudly created with Wix.com',
  ],
};

export const HELDOUT627_B2: readonly TestPage[] = [wix];
