import { type TestPage } from './page-kit.js';
import { at, esc, j, lis } from './pages-heldout471-kit.js';

/** Held-out batch 471, file a2: an electrician's 24/7 emergency call-out page built with Wix (classic editor, consent banner). */
const wTitle = '24/7 Emergency Electrician in Harlow Falls';
const wDek = 'Day or night, weekends and holidays, a licensed electrician can be at your door within 90 minutes.';
const wH = ['Call us right away if you notice', 'What happens when you call', 'Emergency rates'];
const wSigns = [
  'A burning smell from an outlet, switch or the panel',
  'Sparks, scorch marks or a crackling sound behind a wall plate',
  'Power out in part of the house and a breaker that will not reset',
  'Water near the panel or outlets after a storm or a leak',
  'A buzzing panel or a breaker that is hot to the touch',
];
const wSafety = 'If you see smoke or flames, get everyone out of the house and call 911 first. Then call us.';
const wCall = [
  j(
    'A real person answers our emergency line, not a voicemail. We ask a few questions to make the situation safe, tell you which',
    'electrician is on the way and text you when they are 15 minutes out.',
  ),
  j(
    'On arrival we make the fault safe first, then explain what we found and what a permanent repair will cost. Many call-outs end there;',
    'if parts are needed, we do a temporary fix and come back at a time that suits you, at our normal daytime rates.',
  ),
];
const wRates = [
  'Weekday evenings, 5 p.m. to 10 p.m.: $129 call-out, then $95 an hour',
  'Nights, 10 p.m. to 7 a.m.: $179 call-out, then $125 an hour',
  'Weekends and public holidays: $179 call-out, then $125 an hour',
  'The call-out covers travel and the first 30 minutes on site.',
];
const wNav = ['Home', 'Services', 'Emergency', 'About', 'Gallery', 'Contact'];
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${esc(t)}</span></p>`;
const wSection = (id: string, inner: string): string =>
  `<section id="comp-${id}" tabindex="-1" class="Oqnisf comp-${id} wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-${id}" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-${id}1" class="comp-${id}1 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-${id}1inlineContent"
data-testid="inline-content"><div data-mesh-id="comp-${id}1inlineContent-gridContainer" data-testid="mesh-container-content">${inner}</div></div></div></div>
</section>`;
const wButton = (id: string, href: string, label: string): string =>
  `<div class="comp-${id} R6ex7N" id="comp-${id}" aria-disabled="false"><a data-testid="linkElement" href="${href}" class="uDW_Qe wixui-button PlZyDq"
aria-disabled="false"><span class="l7_2fn wixui-button__label">${label}</span></a></div>`;
const wMenu = wNav
  .map(
    (t, i) => `<li class="wixui-horizontal-menu__item${i === 2 ? ' selected' : ''}"><a data-testid="linkElement" href="https://www.lumenelectricva.com/${
      i === 0 ? '' : t.toLowerCase()
    }" class="wixui-horizontal-menu__item-link"><div class="itemDepth02233374943__itemFlexbox"><span class="wixui-horizontal-menu__item-label">${t}</span>
</div></a></li>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<title>24/7 Emergency Electrician | Harlow Falls, VA | Lumen Electric</title>
<meta name="description" content="Emergency electrician in Harlow Falls and Chesterbrook County. Licensed electrician at your door within 90 minutes, 24/7.">
<link rel="canonical" href="https://www.lumenelectricva.com/emergency"><meta property="og:site_name" content="Lumen Electric">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Electrician","name":"Lumen Electric","telephone":"+1-804-555-0173",
"address":{"@type":"PostalAddress","addressLocality":"Harlow Falls","addressRegion":"VA"},"openingHours":"Mo-Su 00:00-23:59"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"2b7f0c41-98e3-4d1a-a6c2-5e0f4b9d71aa","isResponsive":false},"language":{"userLanguage":"en"}};</script>
<script id="wix-essential-viewer-model" type="application/json">{"fleetConfig":{"fleetName":"thunderbolt-renderer","type":"GA"}}</script>
<style>#comp-lq8xv2k1 { --shd: none; --rd: 0px; } .font_0 { font: normal normal bold 44px/1.2 'avenir-lt-w01_85-heavy1475544',sans-serif; }</style>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button class="Tj01hh" id="SKIP_TO_CONTENT_BTN" tabindex="0" aria-label="Skip to Main Content" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content"><div data-mesh-id="SITE_HEADERinlineContent-gridContainer"
data-testid="mesh-container-content">${wRich(
  'kx2f8h4a',
  `<p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text">LUMEN ELECTRIC</span></p>`,
)}
${wRich('kx2f9c1b', '<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Licensed Class A Contractor · Harlow Falls, VA</span></p>')}
<nav id="comp-kx2fa7d3" aria-label="Site" class="comp-kx2fa7d3 wixui-horizontal-menu"><ul class="itemDepth02233374943__menu">${wMenu}
<li class="wixui-horizontal-menu__item" aria-hidden="true" style="visibility:hidden" data-testid="more-button">More</li></ul></nav>
${wButton('kx2fb0e9', 'tel:8045550173', 'Call Now (804) 555-0173')}</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="kv4d1" class="dBAkHi theme-vars kv4d1"><div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div class="HT5ybB"><div id="Containerkv4d1" class="Containerkv4d1 SPY_vo"><div data-mesh-id="Containerkv4d1inlineContent" data-testid="inline-content">
<div data-mesh-id="Containerkv4d1inlineContent-gridContainer" data-testid="mesh-container-content">
${wSection(
  'lq8xv2k1',
  `${wRich('lq8xv6p2', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('lq8xv9r4', wP(wDek))}${wButton('lq8xvc07', 'tel:8045550173', 'Tap to Call Now')}`,
)}
${wSection(
  'lq8y0a13',
  `${wRich(
    'lq8y0d55',
    `<h2 class="font_2 wixui-rich-text__text">${at(wH, 0)}</h2>
<ul class="font_8 wixui-rich-text__text">${lis(wSigns, 'wixui-rich-text__text')}</ul>`,
  )}
${wRich('lq8y0h62', `<p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">${wSafety}</span></p>`)}
${wRich('lq8y1b90', `<h2 class="font_2 wixui-rich-text__text">${at(wH, 1)}</h2>${wCall.map(wP).join('\n')}`)}
${wRich('lq8y1f27', `<h2 class="font_2 wixui-rich-text__text">${at(wH, 2)}</h2>${wRates.map(wP).join('\n')}`)}`,
)}
${wSection(
  'lq8y2k44',
  `${wRich('lq8y2n10', '<h5 class="font_5 wixui-rich-text__text">Not an emergency? Request a callback</h5>')}
<form id="comp-lq8y2q33" class="comp-lq8y2q33 wixui-form"><label for="input_comp-lq8y2t1" class="wixui-text-input__label">Name</label>
<input id="input_comp-lq8y2t1" type="text" class="wixui-text-input__input"><label for="input_comp-lq8y2w8" class="wixui-text-input__label">Phone</label>
<input id="input_comp-lq8y2w8" type="tel" class="wixui-text-input__input">${wButton('lq8y2z65', '#', 'Submit')}</form>`,
)}
</div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${wRich(
  'kx2g3a11',
  `<p class="font_9 wixui-rich-text__text">Lumen Electric LLC</p>
<p class="font_9 wixui-rich-text__text">118 Quarry Street, Harlow Falls, VA 23209</p>
<p class="font_9 wixui-rich-text__text">Virginia Class A License #2705 184622</p>`,
)}
${wRich('kx2g3d20', '<p class="font_9 wixui-rich-text__text">© 2024 by Lumen Electric. Proudly created with Wix.com</p>')}</div></footer>
</div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner_root" data-hook="consent-banner-root" role="region" aria-label="Cookie banner">
<div data-hook="consent-banner-text">This website uses cookies. By continuing to use this site, you accept our use of cookies.</div>
<button data-hook="consent-banner-apply-button" class="consent-banner_button">Accept</button></div></div>
<script src="https://static.parastorage.com/polyfill/v3/polyfill.min.js?features=default,es2019,es2020" crossorigin="anonymous"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout471-wix-emergency-electrician',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: [wDek, ...wSigns, wSafety, ...wCall, ...wRates],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'LUMEN ELECTRIC', 'Licensed Class A Contractor · Harlow Falls, VA',
    ...wNav.filter((t) => t !== 'Emergency'), 'Call Now (804) 555-0173',
    'Tap to Call Now', 'Not an emergency? Request a callback', 'Name', 'Phone', 'Submit', 'Lumen Electric LLC', '118 Quarry Street, Harlow Falls, VA 23209',
    'Virginia Class A License #2705 184622', '© 2024 by Lumen Electric. Proudly created with Wix.com',
    'This website uses cookies. By continuing to use this site, you accept our use of cookies.', 'Accept',
  ],
};

export const HELDOUT471_A2: readonly TestPage[] = [wix];
