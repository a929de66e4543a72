import type { TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout576-kit.js';

/** Held-out batch 576, file b2: a yurt site's accommodation page built with Wix (free-plan ad banner, rich-text components). */
const yTitle = 'Our Yurts';
const yIntro = j(
  'Four Mongolian-style yurts stand along the top of our wildflower meadow, each with its own deck, fire pit and a view down the',
  'valley to the river. They are spaced well apart, so you will hear the curlews before you hear your neighbours.',
);
const yYurts: [string, string, string][] = [
  ['Curlew', 'Our largest yurt, with a king-size bed and two single beds behind a woven curtain. Ideal for families.', 'Sleeps 4 · From £95 a night'],
  ['Heron', 'A yurt for two with a double bed, a roll-top bath on the deck and the best sunset view on the farm.', 'Sleeps 2 · From £80 a night'],
  ['Kestrel', 'Two rooms under one roof: a double bed in one and three singles in the other.', 'Sleeps 5 · From £105 a night'],
  ['Wren', 'Our smallest yurt and the only one where dogs are welcome, with a fenced garden around the deck.', 'Sleeps 2 + dog · From £78 a night'],
];
const yEvery = [
  'Wood-burning stove and a basket of logs',
  'Proper beds with cotton linen, blankets and hot-water bottles',
  'Camp kitchen with a gas hob, cool box, pans and crockery',
  'Private compost loo, and a shared hot shower block in the old dairy',
];
const yNav = ['Home', 'Our Yurts', 'The Farm', 'Find Us', 'FAQ', 'Book'];
let yN = 0;
const rt = (inner: string): string => {
  yN += 1;
  return `<div id="comp-lk3x9d${yN}" class="HcOXKn SxM0TO QxJLC3 comp-lk3x9d${yN} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
};
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const btn = (t: string, href: string): string =>
  `<div class="comp-lk3xb${t.length} R6ex7N" aria-disabled="false">
<a data-testid="linkElement" href="${href}" target="_self" class="uDW_Qe wixui-button PlZyDq"
aria-disabled="false"><span class="l7_2fn wixui-button__label">${t}</span></a></div>`;
const wSec = (id: string, inner: string): string =>
  `<section id="comp-${id}" tabindex="-1" class="Oqnisf comp-${id} wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-${id}" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt">
</div></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-${id}c" class="comp-${id}c YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-${id}cinlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-${id}cinlineContent-gridContainer"
data-testid="mesh-container-content">${inner}</div></div></div></div></section>`;
const yHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Our Yurts | Heddle Bank Yurts</title>
<meta name="description" content="Four yurts with wood-burners on a hill farm above the river.">
<link rel="canonical" href="https://www.heddlebankyurts.co.uk/our-yurts">
<meta property="og:title" content="Our Yurts | Heddle Bank Yurts"><meta property="og:site_name" content="Heddle Bank Yurts">
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"wix-thunderbolt","type":"GA","code":0},
"mode":{"qa":false}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#masterPage{--pinned-layer-in-container:51}.font_0{font:normal normal normal 46px/1.3em 'playfair display',serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="CAVh4h ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow" class="fMCaPS"><span class="_1wcLT">This site was designed with the <b>Wix</b>.com website builder. Create your website today.</span>
<span class="rk1H3H">Start Now</span></a></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button class="LHrbPP"
data-testid="skipToContentButton">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div data-testid="inline-content"><div id="comp-kb1logo" class="comp-kb1logo">${rt(`<p class="font_6 wixui-rich-text__text">
<a href="/">Heddle Bank Yurts</a></p>`)}</div>
<nav aria-label="Site" id="comp-kb1menu" class="comp-kb1menu wixui-horizontal-menu"><ul class="itemsContainer" data-testid="itemsContainer">
${yNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
${t === yTitle ? 'aria-current="page" ' : ''}class="label-link"><div class="itemContent"><span class="wixui-horizontal-menu__item-label">${t}</span>
</div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="c1dmp" class="c1dmp wixui-page">
${wSec('lk3x8f01', `${rt(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${yTitle}</span></h1>`)}${rt(wp(yIntro))}`)}
${yYurts
  .map(([n, d, f], i) =>
    wSec(
      `lk3y${i}a`,
      `<div id="comp-gal${i}" class="comp-gal${i} pro-gallery" data-hook="gallery-widget">
<img src="https://static.wixstatic.com/media/7f3a${i}.jpg" alt=""></div>
${rt(`<h2 class="font_2 wixui-rich-text__text">${n}</h2>`)}${rt(wp(d) + wp(f))}${btn('Check Dates', '/book')}`,
    ),
  )
  .join('\n')}
${wSec(
  'lk3z0001',
  `${rt('<h2 class="font_2 wixui-rich-text__text">In every yurt</h2>')}
${rt(`<ul class="font_8 wixui-rich-text__text">${lis(yEvery, 'wixui-rich-text__text')}</ul>`)}
${btn('Book a Stay', '/book')}`,
)}
</div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="inline-content">
${rt(wp('Heddle Bank Farm, Brockwell Lane, Marnford') + wp('Tel: 07700 900312'))}
${rt('<p class="font_9 wixui-rich-text__text">© 2026 by Heddle Bank Yurts. Proudly created with <a href="https://wix.com" target="_blank">Wix.com</a></p>')}
</div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.d2cd3a63.bundle.min.js"></script></body></html>`;
const heddle: TestPage = {
  name: 'heldout576-wix-yurts',
  kind: 'docs',
  html: yHtml,
  title: yTitle,
  headings: [...yYurts.map(([n]) => n), 'In every yurt'],
  body: [yIntro, ...yYurts.flatMap(([, d, f]) => [d, f]), ...yEvery],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Skip to Main Content', 'Heddle Bank Yurts',
    ...yNav.filter((t) => t !== yTitle), 'Check Dates', 'Book a Stay', 'Heddle Bank Farm, Brockwell Lane, Marnford', 'Tel: 07700 900312',
    '© 2026 by Heddle Bank Yurts. Proudly created with Wix.com',
  ],
};

export const HELDOUT576_B2: readonly TestPage[] = [heddle];
