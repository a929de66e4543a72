import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout629-kit.js';

/** Held-out batch 629, file b2: a short soap maker's "Our Process" page built with Wix (rich text, dropdown menu, Wix ads banner). */

const xTitle = 'Our Process';
const xBody = [
  j(
    'Every bar of Lathe Hill soap starts in a twelve-litre steel pot on a farmhouse table. We make cold process soap the slow way:',
    'oils and butters are warmed just enough to melt, then blended with lye and stick-blended to a light trace.',
  ),
  j(
    'We scent only with essential oils and colour with clays and plant powders grown or gathered within a few miles of the farm,',
    'like nettle, madder root and woad. The soap is poured into wooden loaf moulds lined with baking paper and left under a',
    'blanket for two days.',
  ),
  j(
    'After cutting, the bars cure on pine racks in the old dairy for six to eight weeks. That wait makes a harder, milder bar that',
    'lasts longer in the shower. We make around 300 bars a month, and when a batch is gone, it is gone.',
  ),
];
const xNav = ['Home', 'Shop', 'Our Process', 'Markets', 'Contact'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/b1a2c3_fav.png">
<title>Our Process | Lathe Hill Soap</title><meta name="description" content="How we make cold process soap on the farm.">
<meta property="og:title" content="Our Process | Lathe Hill Soap"><meta property="og:site_name" content="Lathe Hill Soap">
<script type="application/json"
id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"language":{"userLanguage":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}.font_0{font:normal normal normal 48px/1.2em
"playfair display",serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button class="LHrbPP" tabindex="0">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lh01" class="comp-lh01 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text" style="font-size:22px;">
<span class="wixui-rich-text__text"><a href="https://www.lathehillsoap.example" target="_self" class="wixui-rich-text__text">Lathe Hill Soap</a></span></p>
</div>
<wix-dropdown-menu id="comp-lh02" class="XRwtpn comp-lh02 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true">
<nav class="StylableHorizontalMenu3372578893__root" aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu" data-testid="menu">
${xNav
  .map(
    (t, i) => `<li class="Zw9Rds${t === xTitle ? ' selected' : ''} wixui-dropdown-menu__item" data-testid="menuItem-${i}">
<a data-testid="linkElement" href="https://www.lathehillsoap.example/${t === 'Home' ? '' : t.toLowerCase().replace(/ /g, '-')}" target="_self"
class="UiHgGh"${t === xTitle ? ' aria-current="page"' : ''}><div class="yRj2ms"><div class="" id="comp-lh02${i}"><p
class="JS76Uv">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
<li class="Zw9Rds wixui-dropdown-menu__item" id="comp-lh02__more__" data-listposition="right" style="visibility:hidden" aria-hidden="true">
<p class="JS76Uv">More</p></li></ul></nav></wix-dropdown-menu>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars c1dmp">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-lh10" tabindex="-1" class="Oqnisf comp-lh10 wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lh10" data-hook="bgLayers" class="MW5IWV"></div>
<div data-mesh-id="comp-lh10inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-lh10inlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lh11" class="MazNVa comp-lh11 wixui-image"><div data-testid="linkElement" class="j7pOnl">
<wow-image id="img_comp-lh11" class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lh11","displayMode":"fill"}'>
<img src="https://static.wixstatic.com/media/b1a2c3_loaves.jpg/v1/fill/w_480,h_600,al_c,q_80/loaves.jpg" alt="Soap loaves curing on pine racks"
style="width:480px;height:600px;object-fit:cover"></wow-image></div></div>
<div id="comp-lh12" class="KcpHeO tz5f0K comp-lh12 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text" style="font-size:48px;"><span class="wixui-rich-text__text">${xTitle}</span></h1></div>
<div id="comp-lh13" class="KcpHeO tz5f0K comp-lh13 wixui-rich-text" data-testid="richTextElement">
${xBody
  .map(
    (p) => `<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span class="wixui-rich-text__text">${p}</span>
</p>\n<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span class="wixui-rich-text__text">&#8203;</span></p>`,
  )
  .join('\n')}</div>
<div id="comp-lh14" class="comp-lh14 R6ex7N" aria-disabled="false">
<a data-testid="linkElement" href="https://www.lathehillsoap.example/shop" target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false">
<span class="l7_2fn wixui-button__label">Shop the current batch</span></a></div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
<div id="comp-lh20" class="comp-lh20 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" style="text-align:center;">
<span class="wixui-rich-text__text">Lathe Hill Farm, Broadmoor Lane, Ashcombe</span></p>
<p class="font_9 wixui-rich-text__text" style="text-align:center;">
<span class="wixui-rich-text__text">© 2026 by Lathe Hill Soap. Powered and secured by <a href="https://www.wix.com/?utm_campaign=vir_created_with"
target="_blank" class="wixui-rich-text__text"><span style="text-decoration:underline;" class="wixui-rich-text__text">Wix</span></a></span></p></div>
</div></div></div></footer></div></div></div></div>
<div id="WIX_ADS" class="MW5IWV ytGGBw WIX_ADS" data-testid="wix-ads">
<a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live&amp;adsVersion=white" target="_blank" rel="nofollow"
class="xl4Ks8 b4Rk0K">
<span class="B1Mpjr"><span class="nw5qKy">This site was designed with the </span><span class="ZVxDZx">Wix</span><span class="nw5qKy">.com </span><span
class="nw5qKy">website builder. Create your website today.</span>
<span class="BgLVOQ">Start Now</span></span></a></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b1a2c3d4.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout629-wix-soap-process',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Lathe Hill Soap', ...xNav.filter((t) => t !== xTitle), 'Shop the current batch',
    'Lathe Hill Farm, Broadmoor Lane, Ashcombe', '© 2026 by Lathe Hill Soap. Powered and secured by Wix',
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
  ],
};

export const HELDOUT629_B2: readonly TestPage[] = [wix];
