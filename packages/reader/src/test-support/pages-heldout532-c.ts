import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout532-kit.js';

/**
 * Held-out batch 532, file c: a small web design studio's short services page on Wix (free-plan ad bar, rich-text comps, consent banner).
 */
const wTitle = 'Website design';
const wBody = [
  j(
    'We design and build websites for independent shops, cafés and makers in the Tessel Valley. Every site is written with you,',
    'works on any phone, and is yours to edit once we hand it over.',
  ),
  'Starter site',
  'Up to five pages, a contact form and a map. Ready in three weeks.',
  'Shop site',
  'Sell online with up to 100 products, delivery zones and click-and-collect.',
  j('Not sure which you need? Send us a message with a few words about your business and we will reply within two working days.'),
];
const wNav = ['Home', 'Website design', 'Portfolio', 'About us', 'Contact'];
const wRt = (id: string, tag: string, font: string, text: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement"><${tag} class="${font} wixui-rich-text__text">
<span class="wixui-rich-text__text">${text}</span></${tag}></div>`;
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"8c2f41d0-7b3e-4a9c-a1d2-5e6f7a8b9c0d","isWixSite":true},"language":"en"};</script>
<script id="wix-viewer-model" type="application/json">{"requestUrl":"https://loomandladder.wixsite.com/studio/website-design","viewMode":"desktop"}</script>
<title>Website Design | Loom &amp; Ladder</title><meta name="description" content="Websites for independent shops, cafés and makers.">
<link rel="canonical" href="https://loomandladder.wixsite.com/studio/website-design"><meta property="og:site_name" content="Loom &amp; Ladder">
<style>#comp-lq2a8x1f{--min-height:52px}.font_0{font:normal normal bold 56px/1.2 'playfair display',serif}.font_8{font:normal 17px/1.6
avenir-lt-w01_35-light,sans-serif}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root">
<div id="WIX_ADS" class="VczJGs ytGGBw desktop_ad_top"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live"
target="_blank" class="y8T5VY"><span class="IRyOJg">This site was designed with the <span
class="JQdP2G">Wix</span>.com website builder. Create your website today.
</span><span class="pm7mt8">Start Now</span></a></div><div id="masterPage" class="mesh-layout">
<div id="SKIP_TO_CONTENT_BTN" tabindex="0" class="LHrbPP" data-testid="skipToContentButton" role="button">Skip to Main Content</div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div>
</div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">${wRt('kx8a1b2c', 'p', 'font_6', 'Loom &amp; Ladder')}
<wix-dropdown-menu id="comp-kx8a1b3d" class="XwCBRN NHM1d1 comp-kx8a1b3d wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" data-num-items="5" data-menuborder-y="0" data-menubtn-border="0"
data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0" data-dropalign="center"><nav class="R_TAzU" id="comp-kx8a1b3dnavContainer" aria-label="Site">
<ul class="y7qwii" id="comp-kx8a1b3ditemsContainer" style="text-align:right">${wNav
  .map(
    (t, i) => `<li id="comp-kx8a1b3d${i}" data-direction="ltr" data-listposition="${i === 0 ? 'left' : 'center'}" data-data-id="dataItem-kx8a1b${i}"
class="DBRIrv wixui-dropdown-menu__item"${t === wTitle ? ' data-state="menu selected idle link notMobile"' : ''}>
<a data-testid="linkElement" href="/${i === 0 ? '' : t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh"><div class="yRj2ms"><div class=""><p class="JS76Uv" id="comp-kx8a1b3d${i}label">${t}</p></div></div></a></li>`,
  )
  .join('')}</ul></nav></wix-dropdown-menu></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="c1dmp"><div class="b2nX_M"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent"
data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lq2a8x1f" tabindex="-1" class="Oqnisf comp-lq2a8x1f wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lq2a8x1f" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div>
</div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lq2a8x20" class="comp-lq2a8x20 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq2a8x20inlineContent"
data-testid="inline-content" class=""><div data-mesh-id="comp-lq2a8x20inlineContent-gridContainer" data-testid="mesh-container-content">
${wRt('lq2a9c01', 'h1', 'font_0', wTitle)}
${wRt('lq2a9c02', 'p', 'font_8', wBody[0] ?? '')}
${wRt('lq2a9c03', 'h2', 'font_4', wBody[1] ?? '')}
${wRt('lq2a9c04', 'p', 'font_8', wBody[2] ?? '')}
${wRt('lq2a9c05', 'h2', 'font_4', wBody[3] ?? '')}
${wRt('lq2a9c06', 'p', 'font_8', wBody[4] ?? '')}
${wRt('lq2a9c07', 'p', 'font_8', wBody[5] ?? '')}
<div class="comp-lq2a9c08 R6ex7N wixui-button" id="comp-lq2a9c08" aria-disabled="false">
<a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button PlZyDq"
aria-disabled="false"><span class="l7_2fn wixui-button__label">Get a quote</span></a></div>
<wix-image id="comp-lq2a9c09" class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lq2a9c09","displayMode":"fill"}'><img
src="https://static.wixstatic.com/media/8c2f41_3a9e1b7d.jpg/v1/fill/w_520,h_640,al_c,q_80/shopfront.webp" alt="Shop front with a new sign"
style="width:520px;height:640px;object-fit:cover"></wix-image></div></div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content" class="">${wRt('kx8a1c10', 'p', 'font_9', '12 Mill Lane, Tessel Bridge · 01632 960 418 · hello@loomandladder.co.uk')}
${wRt(
  'kx8a1c11',
  'p',
  'font_9',
  `© 2026 by Loom &amp; Ladder. Proudly created with <a href="https://www.wix.com/?utm_campaign=vir_created_with"
target="_blank">Wix.com</a>`,
)}
</div></div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" data-hook="consent-banner-root" role="region" aria-label="Cookie banner">
<div data-hook="ccsu-banner-text"
class="banner-text">This website uses cookies. By continuing to use this site, you accept our use of cookies.</div><div class="banner-buttons">
<button data-hook="consent-banner-apply-button" class="apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wixServices: TestPage = {
  name: 'heldout532-wix-studio-services',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wBody[1] ?? '', wBody[3] ?? ''],
  body: texts([wBody[0] ?? '', wBody[2] ?? '', wBody[4] ?? '', wBody[5] ?? '']),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    'Loom & Ladder', ...wNav.filter((t) => t !== wTitle && t !== 'Contact'), 'Get a quote',
    '12 Mill Lane, Tessel Bridge · 01632 960 418 · hello@loomandladder.co.uk',
    '© 2026 by Loom & Ladder. Proudly created with Wix.com',
    'This website uses cookies. By continuing to use this site, you accept our use of cookies.', 'Accept',
  ],
};

export const HELDOUT532_C: readonly TestPage[] = [wixServices];
