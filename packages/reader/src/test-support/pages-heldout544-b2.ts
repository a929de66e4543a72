import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout544-kit.js';

/**
 * Held-out batch 544, file b2: a landscaper's services page built with Wix (rich-text elements, screen-reader "top of page"
 * marks, gallery, social bar).
 */
const wTitle = 'Landscaping Services';
const wIntro = j(
  'From a single patio to a complete garden makeover, Greystone Landscapes designs and builds outdoor spaces across Tamsford and',
  'the surrounding villages. Every project is run by one of our two directors from the first site visit to the final sweep-up.',
);
const wServices: [string, string][] = [
  ['Garden Design', j('We draw up a scaled plan and planting list for your garden, with 3D views so you can see it before a spade goes in the ground.')],
  [
    'Patios & Paving',
    j('Indian sandstone, porcelain and reclaimed brick, laid on a full mortar bed with proper falls and drainage. Most patios take', 'one to two weeks.'),
  ],
  ['Fencing & Decking', 'Close-board and slatted fencing, hardwood and composite decks, pergolas and raised beds built to last.'],
  [
    'Turfing & Planting',
    j(
      'New lawns laid on prepared, levelled ground, and planting schemes chosen for your soil, your aspect and how much time you want',
      'to spend looking after them.',
    ),
  ],
];
const wOutro = 'All our work comes with a five-year workmanship guarantee.';
const wNav = ['Home', 'Services', 'Our Work', 'Reviews', 'Contact'];
const wFoot = ['Greystone Landscapes Ltd', '07700 900312', 'info@greystonelandscapes.example', 'Privacy Policy'];
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wNavHtml = wNav
  .map(
    (t, i) => `<li class="${i === 1 ? 'wixui-dropdown-menu__item selected' : 'wixui-dropdown-menu__item'}" data-testid="dropdownMenuItem">
<a data-testid="linkElement"
href="https://www.greystonelandscapes.example/${t.toLowerCase().replace(/ /g, '-')}" class="UiHgGh"${i === 1 ? ' aria-current="page"' : ''}><div class="yRj2ms">
<div class="" data-testid="linkElement-inner"><p class="zKbzSQ">${t}</p></div></div></a></li>`,
  )
  .join('\n');
const wSvcHtml = wServices
  .map(
    ([h, p], i) =>
      `<div id="comp-svc${i}" class="comp-svc${i} YzqVVZ wixui-box" data-testid="container-bg">${wRich(
        `svh${i}`,
        `<h2 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">${h.replace('&', '&amp;')}</span></h2>`,
      )}${wRich(`svp${i}`, `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p>`)}</div>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a7f2c1_icon.png">
<title>Landscaping Services | Greystone Landscapes | Tamsford</title><meta name="description" content="Garden design, patios, fencing and turfing in Tamsford.">
<link rel="canonical" href="https://www.greystonelandscapes.example/services"><meta property="og:title" content="Landscaping Services | Greystone Landscapes">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Greystone Landscapes","telephone":"07700 900312"}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","commonConfig"],"language":"en"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}#comp-svh0{width:460px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage">
<div class="LHrbPP"><button class="oYe1sH" id="SKIP_TO_CONTENT_BTN" tabindex="0" aria-label="Skip to Main Content">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2">
<div data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content"><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${wRich(
  'logo1',
  `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">
<a href="https://www.greystonelandscapes.example">GREYSTONE</a></span></p>`,
)}
<nav id="comp-menu1" aria-label="Site" class="comp-menu1 wixui-dropdown-menu hidden-during-prewarmup" data-testid="navigation">
<ul class="q3CHsM" role="list">${wNavHtml}<li class="wixui-dropdown-menu__item" aria-hidden="true" style="visibility:hidden"
data-testid="more-button"><p>More</p></li></ul></nav>
<div id="comp-btnq" class="comp-btnq R6ex7N wixui-button" data-testid="linkElement"><a href="/contact" class="uDW_Qe">
<span class="l7_2fn wixui-button__label">Get a Free
Quote</span></a></div></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<section id="comp-hero" tabindex="-1" class="Oqnisf comp-hero wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="comp-hero-col">
${wRich('h1t', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('intro', `<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">${wIntro}</span></p>`)}</div></section>
<section id="comp-svcs" tabindex="-1" class="Oqnisf comp-svcs wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns">${wSvcHtml}</div>
${wRich('outro', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wOutro}</span></p>`)}</section>
<section id="comp-gal" class="Oqnisf comp-gal wixui-section">
<div id="comp-galt">${wRich('galt', '<h2 class="font_2 wixui-rich-text__text">Recent Projects</h2>')}</div>
<div id="comp-pro" class="comp-pro wixui-gallery" data-testid="gallery"><div class="pro-gallery" role="region" aria-label="Recent Projects gallery">
<img src="https://static.wixstatic.com/media/a7f2c1_patio.jpg" alt="Sandstone patio in Tamsford"><img src="https://static.wixstatic.com/media/a7f2c1_deck.jpg"
alt="Composite deck and pergola"></div></div>
</section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${wRich('ft1', `${wFoot.map((t) => `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`).join('\n')}`)}
<div id="comp-soc" class="comp-soc wixui-social-bar"><ul aria-label="Social Bar"><li><a href="https://www.instagram.com/greystone.example" target="_blank"
aria-label="Instagram"><img src="https://static.wixstatic.com/media/insta.png" alt="Instagram"></a></li></ul></div>
${wRich(
  'ft2',
  `<p class="font_9 wixui-rich-text__text">
<span class="wixui-rich-text__text">© 2026 by Greystone Landscapes. Proudly created with Wix.com</span></p>`,
)}
</div></footer></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.0c3c6f3a.bundle.min.js" async></script></body></html>`;
const greystone: TestPage = {
  name: 'heldout544-greystone-wix-services',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wServices.map(([h]) => h),
  body: [wIntro, ...wServices.map(([, p]) => p), wOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'GREYSTONE', 'Home', 'Reviews', 'Contact', 'Get a Free Quote', 'Recent Projects',
    ...wFoot, '© 2026 by Greystone Landscapes. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT544_B2: readonly TestPage[] = [greystone];
