import { type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout624-kit.js';

/** Held-out batch 624, file b2: a short lamb butchery evening class page built with Wix (free plan, with the Wix ad bar). */
const xTitle = 'Whole Lamb Butchery Evening';
const xBody = [
  j(
    'Join us after hours in the shop for a hands-on evening breaking down a whole Herdwick lamb from our own fell farm. Working in',
    'pairs, you will learn the primal cuts, French trim a rack, bone and roll a shoulder and tie a leg for roasting.',
  ),
  'Thursdays, 6pm to 9pm · £95 per person · Six places each evening',
  j('Everything you cut goes home with you: roughly 4kg of lamb per pair, vacuum packed and labelled. Aprons, knives and a bowl of', 'hotpot are provided.'),
];
const xNav = ['Home', 'Our Farm', 'Butchery Classes', 'Order Boxes', 'Contact'];
const xRich = (id: string, inner: string): string => `<div id="comp-${id}" class="KcpHeO tz5MA1 wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Butchery Classes | Fell Side Butchery</title>
<meta name="description" content="Hands-on whole lamb butchery evening at Fell Side Butchery."><link rel="canonical"
href="https://fellsidebutchery.wixsite.com/shop/butchery-classes">
<meta property="og:site_name" content="Fell Side Butchery"><script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"7e2f","isFreeSite":true},
"language":{"userLanguage":"en"},"requestUrl":"https://fellsidebutchery.wixsite.com/shop/butchery-classes"};</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}.font_0{font:normal normal bold 48px/1.2em playfair display,serif;}</style>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.a1b2c3.bundle.min.js" async></script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="czJOIz ytGGBw wixui-wix-ads"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" rel="nofollow"
class="MW5IWV"><span class="tVn1B_">This site was designed with the <strong>Wix</strong> website builder.
Create your website today.</span><span class="zc7D0b">Start
Now</span></a></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button data-testid="skipToContentButton" id="SKIP_TO_CONTENT_BTN" class="LHrbPP">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div>
</div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div
data-mesh-id="SITE_HEADERinlineContent-gridContainer"
data-testid="mesh-container-content">${xRich(
  'khd81',
  '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">FELL SIDE BUTCHERY</span></p>',
)}
<wix-dropdown-menu id="comp-khd90" class="XRwtpn comp-khd90 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"><nav
class="StylableHorizontalMenu"
id="comp-khd90navContainer" aria-label="Site"><ul class="R_TAzU" id="comp-khd90itemsContainer">
${xNav
  .map(
    (n, i) => `<li id="comp-khd90${i}" data-direction="ltr"
class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/shop/${n.toLowerCase()}"
class="UiHgGh"><div class="yRj2ms"><div class=""><p class="JS76Uv" id="comp-khd90${i}label">${n}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="c1dmp"
class="dBAkHi theme-vars"><div class="PFkO7r wN7ypg"></div><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div
data-mesh-id="Containerc1dmpinlineContent"
data-testid="inline-content"><section id="comp-lq2a1" tabindex="-1" class="Oqnisf comp-lq2a1 wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lq2a1inlineContent" data-testid="inline-content"><div data-mesh-id="comp-lq2a1inlineContent-gridContainer"
data-testid="mesh-container-content">
${xRich('lq2a2', `<h1 class="font_0 wixui-rich-text__text" style="font-size:48px;"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
<div id="comp-lq2a3" class="MazNVa comp-lq2a3 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq2a3" class="HlRz5e BI8PVQ"
data-image-info="{}"><img src="https://static.wixstatic.com/media/9c1f3e_lamb.jpg/v1/fill/w_480,h_320,al_c,q_80/lamb.jpg" alt="lamb cuts on a block"
style="width:480px;height:320px;object-fit:cover"></wow-image></div></div>
${xRich('lq2a4', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(xBody, 0)}</span></p>`)}
${xRich('lq2a5', `<p class="font_7 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">${at(xBody, 1)}</span></p>`)}
${xRich('lq2a6', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(xBody, 2)}</span></p>`)}
<div class="comp-lq2a7 FubTgk" id="comp-lq2a7" aria-disabled="false"><a data-testid="linkElement"
href="https://fellsidebutchery.wixsite.com/shop/booking-calendar/lamb"
target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book Now</span></a></div>
</div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8"><div
data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content">${xRich(
  'khd95',
  `<p class="font_8 wixui-rich-text__text">Fell Side Butchery, High Street, Uldale</p>
<p class="font_8 wixui-rich-text__text">01768 000 412 · hello@fellside.example</p>`,
)}
${xRich('khd96', '<p class="font_9 wixui-rich-text__text">© 2027 by Fell Side Butchery. Proudly created with Wix.com</p>')}
</div></div></div></footer></div></div></div></div>
<script type="application/json" id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[]},"pages":{"c1dmp":{"title":"Butchery Classes"}}}</script></body></html>`;
const wixLamb: TestPage = {
  name: 'heldout624-wix-lamb-butchery',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Skip to Main Content', 'FELL SIDE BUTCHERY',
    ...xNav.filter((t) => t !== 'Home'), 'Book Now', 'Fell Side Butchery, High Street, Uldale', '01768 000 412 · hello@fellside.example',
    '© 2027 by Fell Side Butchery. Proudly created with Wix.com',
  ],
};

export const HELDOUT624_B2: readonly TestPage[] = [wixLamb];
