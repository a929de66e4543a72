import type { TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j } from './pages-heldout616-kit.js';

/** Held-out batch 616, file c2: a tack shop's bridle fitting guide page built with Wix (free-plan ad bar, consent banner, rich-text comps). */
const xTitle = 'Bridle Fitting Guide';
const xBlocks: Block[] = [
  {
    p: j(
      'A well-fitted bridle sits quietly and lets your horse concentrate on you. Use this checklist when you try a new bridle,',
      'and again every few months, because heads change with condition and age just like backs do.',
    ),
  },
  { h: 2, t: 'Browband' },
  {
    p: j(
      'It should sit just below the ears without pulling the headpiece forward into the base of the ears. You should be able to slide',
      'a finger under it all the way along. Too short and it pinches; too long and it flaps.',
    ),
  },
  { h: 2, t: 'Cheekpieces and bit height' },
  {
    p: j(
      'Adjust the cheekpieces so the bit makes one or two small wrinkles at the corners of the mouth. The buckles should sit at about',
      'the same hole on each side, ideally in the middle holes, so there is room to adjust later.',
    ),
  },
  { h: 2, t: 'Noseband' },
  {
    p: j(
      'A cavesson sits about two fingers below the cheekbone. Check the fit with two fingers stacked flat between the noseband and',
      'the front of the nose, not at the side of the jaw.',
    ),
  },
  { h: 2, t: 'Throatlatch' },
  { p: 'Allow a full hand width between the throatlatch and the cheek, so your horse can flex at the poll and breathe freely.' },
  {
    p: j(
      'Not sure about the size? We stock pony, cob, full and extra full in most of our bridles, and can swap browbands and nosebands',
      'between sizes at no cost.',
    ),
  },
];
let xCompN = 0;
const xComp = (inner: string): string => {
  xCompN += 1;
  const id = `comp-lq8${(xCompN * 7919).toString(36)}`;
  return `<div id="${id}" class="HcOXKn c9GqVL QxJLC3 ${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
};
const xText = (b: Block): string => {
  if ('h' in b) return xComp(`<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${b.t}</span></h2>`);
  if ('p' in b) return xComp(`<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${b.p}</span></p>`);
  return '';
};
const xNav = ['Home', 'Shop', 'Bridle Fitting', 'Gallery', 'Contact'];
const xNavHtml = xNav
  .map((t, i) =>
    j(
      `<li class="wixui-dropdown-menu__item" data-testid="menuItem" data-index="${i}"><a data-testid="linkElement"`,
      `href="https://www.tarnandtether.com/${t.toLowerCase().replace(/ /g, '-')}" class="UiHgGh" aria-haspopup="false">`,
      `<div class="_pfxlW"><div class="wixui-dropdown-menu__item-label"><p class="zKbzSQ">${t}</p></div></div></a></li>`,
    ),
  )
  .join('\n');
const xCookie = 'This website uses cookies. By continuing to use this site, you accept our use of cookies.';
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>Bridle Fitting | Tarn &amp; Tether Tack</title><link rel="canonical" href="https://www.tarnandtether.com/bridle-fitting">
<meta property="og:title" content="Bridle Fitting | Tarn &amp; Tether Tack"><meta property="og:site_name" content="Tarn &amp; Tether Tack">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Tarn & Tether Tack","address":{"@type":"PostalAddress",
"addressLocality":"Kelderby"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"c41b7e2a",
"isWixSite":true},"language":{"userLanguage":"en"},"requestUrl":"https://www.tarnandtether.com/bridle-fitting"};</script>
<style id="css_masterPage">#SITE_HEADER{--shd:none;}.font_2{font:normal normal normal 28px/1.4em playfair display,serif;
}.font_8{font:normal normal normal 16px/1.6em lato,sans-serif;}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" role="region" tabindex="-1"
aria-label="top of page">
<span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="MW5IWV ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
class="nKphmK">
<span class="Cn9tz9">This site was designed with the <span class="x3AVvi">Wix</span>.com website builder. Create your website today.</span>
<span class="uWjd1z">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout" data-mesh-layout="grid">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div
data-mesh-id="SITE_HEADERinlineContent"
class="SITE_HEADERinlineContent" data-testid="inline-content"><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-kx1logo" class="HcOXKn c9GqVL QxJLC3 comp-kx1logo wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://www.tarnandtether.com" target="_self"
class="wixui-rich-text__text">Tarn &amp; Tether Tack</a></span></p></div>
<wix-dropdown-menu id="comp-kx1menu" class="XwCBRN NHM1d1 comp-kx1menu wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true"
data-same-width-buttons="false" data-num-items="6" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0"
data-dropalign="center"><nav class="R_TAzU" id="comp-kx1menunavContainer" aria-label="Site"><ul class="y7qwii" id="comp-kx1menuitemsContainer"
style="text-align:center"
data-marginallchildren="true">${xNavHtml}
<li class="wixui-dropdown-menu__item" data-testid="menuItem" data-index="__more__" data-dropdown="false" style="visibility:hidden"><div class="UiHgGh"><div
class="_pfxlW">
<div class="wixui-dropdown-menu__item-label"><p class="zKbzSQ">More</p></div></div></div></li></ul></nav></wix-dropdown-menu>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div class="JsJXaX">
<div id="ntqzf" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerntqzf"
class="Containerntqzf SPY_vo">
<div data-mesh-id="ContainerntqzfinlineContent" data-testid="inline-content" class=""><div data-mesh-id="ContainerntqzfinlineContent-gridContainer"
data-testid="mesh-container-content">
<section id="comp-lq8sec1" tabindex="-1" class="Oqnisf comp-lq8sec1 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq8sec1"
data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf">
<div id="comp-lq8col1" class="comp-lq8col1 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content" class="">
<div data-mesh-id="comp-lq8col1inlineContent-gridContainer" data-testid="mesh-container-content">
${xComp(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${xBlocks.map(xText).join('\n')}
<div class="comp-lq8btn1 R6ex7N" id="comp-lq8btn1" aria-disabled="false"><a data-testid="linkElement"
href="https://www.tarnandtether.com/booking-calendar/bridle-fitting"
target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book a Bridle Fitting</span></a></div>
</div></div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div
data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content"><div id="comp-kx1foot" class="HcOXKn c9GqVL QxJLC3 comp-kx1foot wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text" style="text-align:center;"><span
class="wixui-rich-text__text">Unit 4, Fellgate Barns, Kelderby · 01632 960 315</span></p>
<p class="font_9 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">© 2026 by Tarn &amp; Tether Tack. Proudly created with
<a href="https://wix.com?lang=en" target="_blank" class="wixui-rich-text__text">Wix.com</a></span></p></div></div></div></div></footer>
</div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" role="region" tabindex="-1" aria-label="bottom of page"><span
class="mHZSwn">bottom of page</span></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-wrapper" class="Ts1KP0" role="region" aria-label="Cookie banner">
<div class="ZQo8iS"><p data-hook="ccsu-banner-text" class="_3Vf0zN">${xCookie}</p><div class="Hh7Wd8"><button data-hook="consent-banner-settings-button"
class="LsR0_B">Settings</button><button data-hook="consent-banner-apply-button" class="rN3dYX">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.82c0bdb5.bundle.min.js" async></script></body></html>`;
const wixBridle: TestPage = {
  name: 'heldout616-wix-bridle-fitting',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: headingsOf(xBlocks),
  body: bodyOf(xBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Tarn & Tether Tack', 'Home', 'Shop',
    'Gallery', 'Contact', 'Book a Bridle Fitting', 'Unit 4, Fellgate Barns, Kelderby · 01632 960 315',
    '© 2026 by Tarn & Tether Tack. Proudly created with Wix.com', 'bottom of page', xCookie, 'Settings', 'Accept',
  ],
};

export const HELDOUT616_C2: readonly TestPage[] = [wixBridle];
