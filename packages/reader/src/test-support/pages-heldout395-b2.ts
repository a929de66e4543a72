import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout395-kit.js';

/** Held-out batch 395, file b2: a Wix mission and values page (described in file b's doc comment). */
const xTitle = 'Our mission and values';
const xMission = [
  j(
    'We exist to keep small farms growing heritage wheat, and to put their flour in the hands of bakers who care',
    'where it comes from. We are a cooperative of forty-one growers, two millers and one very busy delivery van.',
  ),
];
type Value = readonly [name: string, text: string];
const xValues: readonly Value[] = [
  [
    'Pay the grower first',
    j(
      'We set the price for each harvest with our growers before the seed goes in the ground, and we pay within fourteen days of',
      'delivery. When a season goes badly, the cooperative shares the loss rather than leaving it with the farm.',
    ),
  ],
  [
    'Mill slowly',
    j(
      'Our stone mills run at a speed that keeps the flour cool, so the germ and its oils stay in. It takes three times longer than',
      'a roller mill. We think the taste is worth it, and our bakers tell us their doughs agree.',
    ),
  ],
  [
    'Know every field',
    j(
      'Every bag carries a lot number that traces back to the field it was grown in and the week it was milled. If a baker wants to',
      'visit that field, we will drive them there.',
    ),
  ],
  [
    'Leave the soil better',
    j(
      'Our growers rotate wheat with clover and beans, keep hedgerows uncut through the nesting season and test their soils every',
      'two years. The cooperative pays for the tests and publishes the results to its members.',
    ),
  ],
  [
    'Say what we do not know',
    j(
      'Heritage grains are less predictable than modern varieties. Protein levels move from year to year, and so do yields. We tell',
      'our customers early when a harvest will behave differently, and we share what we learn with other growers who ask.',
    ),
  ],
];
const xClose = [
  j(
    'These values were written by our members at the cooperative’s first general meeting in 2019 and are reread, and sometimes',
    'argued over, every winter. New members sign them when they join, and each value has a named grower who reports on it at',
    'the annual meeting. If you think we are not living up to them, we would like to hear from you.',
  ),
];
const xNav = ['Home', 'Our Flour', 'Our Growers', 'Home', 'Contact', 'Mission', 'Wholesale', 'Contact'];
const xRich = (id: string, inner: string): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const xWp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const xSection = (id: string, inner: string): string => `<section id="comp-${id}" tabindex="-1" class="Oqnisf comp-${id} wixui-section"
data-block-level-container="ClassicSection"><div id="bgLayers_comp-${id}" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay"
class="LWbAav Kv1aVt"></div></div><div data-mesh-id="comp-${id}inlineContent" data-testid="inline-content" class=""><div
data-mesh-id="comp-${id}inlineContent-gridContainer" data-testid="mesh-container-content">${inner}</div></div></section>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Mission | Orla Grain Co.</title>
<meta name="description" content="Orla Grain Co. is a cooperative of heritage wheat growers and stone millers."><link rel="canonical"
href="https://www.orlagrain.example/mission">
<meta property="og:title" content="Mission | Orla Grain Co."><meta property="og:url" content="https://www.orlagrain.example/mission">
<meta property="og:site_name" content="Orla Grain Co."><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Orla Grain Co.","address":{"@type":"PostalAddress",
"addressLocality":"Hallowmere"}}</script>
<script>window.viewerModel = {"siteFeaturesConfigs":{"platform":{"bootstrapData":{}}},"requestUrl":"https://www.orlagrain.example/mission",
"language":"en"};</script>
<script id="wix-viewer-model" type="application/json">{"site":{"metaSiteId":"b4c2a1e0","isPremium":false}}</script></head>
<body class="">
<div id="WIX_ADS" class="VczJMl ytGGBw mobile-ads-desktop"><a data-testid="linkElement" href="https://www.wix.example/lpviral/enviral" target="_blank"
class="nQo1U5"><span data-testid="bannerText" class="Vd0i8K">This site was designed with the <strong>Wix</strong> website builder. Create your website
today.</span><span data-testid="bannerButton" class="vtg7o8">Start Now</span></a></div>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer"
data-testid="mesh-container-content">
${xRich(
  'kx1logo',
  `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.orlagrain.example"
target="_self" class="wixui-rich-text__text">Orla Grain Co.</a></span></p>`,
)}
<nav aria-label="Site" id="comp-kx1nav" class="dVAVvt comp-kx1nav wixui-dropdown-menu hidden-during-prewarmup"><ul class="mCNNyv"
id="comp-kx1navitemsContainer">
${xNav
  .map(
    (t, i) => `<li data-testid="comp-kx1nav${i}" class="wixui-dropdown-menu__item"><a data-testid="linkElement"
href="https://www.orlagrain.example/${t.toLowerCase().replace(/ /g, '-')}" target="_self" class="UiHgGh"><div class="yRj2ms"><div class=""><p
class="zKbzSQ">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c9x2f" class="dBAkHi theme-vars c9x2f"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc9x2f" class="Containerc9x2f SPY_vo"><div data-mesh-id="Containerc9x2finlineContent" data-testid="inline-content" class="">
${xSection(
  'lq01a',
  `${xRich('lq01b', `<h1 class="font_0 wixui-rich-text__text" style="font-size:52px;"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${xRich('lq01c', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Our mission</span></h2>${xMission.map(xWp).join('')}`)}`,
)}
${xSection(
  'lq02a',
  `${xRich('lq02b', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">What we value</span></h2>')}
${xValues
  .map(
    ([h, t], i) =>
      `${xRich(`lq02v${i}`, `<h3 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h3>${xWp(t)}`)}
<div id="comp-lq02i${i}" class="MazNVa comp-lq02i${i} wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq02i${i}"
class="HlRz5e BI8PVQ" data-image-info="{}"><img src="https://static.wixstatic.example/media/b4c2a1_${i}.jpg" alt=""
style="width:120px;height:120px"></wow-image>
</div></div>`,
  )
  .join('\n')}
${xRich('lq02c', xClose.map(xWp).join(''))}`,
)}
${xSection(
  'lq03a',
  `${xRich('lq03b', '<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">Questions about the cooperative?</span></p>')}
<div class="comp-lq03c R6ex7N wixui-button" id="comp-lq03c" aria-disabled="false"><a data-testid="linkElement" href="https://www.orlagrain.example/contact"
target="_self" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Write to us</span></a></div>`,
)}
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content" class="">
${xRich(
  'kx9ft1',
  `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Orla Grain Co. · Mill Yard, Hallowmere · 01632 960
417</span></p>`,
)}
${xRich(
  'kx9ft2',
  `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2026 by Orla Grain Co. Proudly created with
Wix.com</span></p>`,
)}
</div></div></footer></div></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-wrapper" class="_2Rw5m" role="dialog" aria-label="Cookie banner">
<p data-hook="ccsu-banner-text" class="_3q0e_">This website uses cookies. By using it you agree to our use of cookies.</p>
<button data-hook="ccsu-banner-decline-all" class="_1n2Xk">Decline all</button><button data-hook="ccsu-banner-settings-button" class="_1n2Xk">Settings</button>
<button data-hook="ccsu-banner-accept-button" class="_2Ar2O">Accept</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
export const wix: TestPage = {
  name: 'heldout395-wix-mission-values',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: ['Our mission', 'What we value', ...xValues.map((v) => v[0])],
  body: texts([...xMission, ...xValues.map((v) => v[1]), ...xClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'top of page', 'Orla Grain Co.', 'Our Flour',
    'Our Growers', 'Home', 'Contact', 'Mission', 'Wholesale', 'Questions about the cooperative?', 'Write to us',
    'Orla Grain Co. · Mill Yard, Hallowmere · 01632 960 417',
    '© 2026 by Orla Grain Co. Proudly created with Wix.com', 'This website uses cookies. By using it you agree to our use of cookies.',
    'Decline all', 'Settings', 'Accept',
  ],
};
