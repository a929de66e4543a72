import type { TestPage } from './page-kit.js';
import { gold, j, render } from './pages-heldout542-kit.js';

/**
 * Held-out batch 542, file b: a livery yard's rules page built with Wix (absolutely placed rich-text boxes, free-plan ad bar),
 * and a farrier's long blog post on WordPress with Hello Elementor and an Elementor Pro single-post template (comments).
 */
const wTitle = 'Yard Rules';
const wDek = 'Please read these before your horse arrives. They keep people and horses safe and the yard a pleasant place to be.';
const wRule = (t: string): string => `- <p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wSections: readonly [string, string[]][] = [
  [
    'General',
    [
      'The yard is open to liveries from 6.30am to 9pm. Please be off the yard by 9pm unless a horse is ill.',
      'Sign in and out on the board by the tack room door every time you visit.',
      'No smoking or vaping anywhere on the property. This includes cars parked in the yard.',
      'Children under twelve must be supervised by an adult at all times.',
    ],
  ],
  [
    'Safety',
    [
      'Hats to current standard must be worn when riding, lunging or leading young horses.',
      'Horses must be tied to baler twine loops, never directly to the rings.',
      'Report any injury to a person or horse, however small, to the yard manager the same day.',
      'Keep the fire exits and the route to the muck heap clear of barrows and haynets.',
    ],
  ],
  [
    'Stables and muck heap',
    [
      'Muck out before 11am. Barrows go back clean and upside down.',
      'Only put muck and bedding on the muck heap. Baling twine, feed bags and rubbish go in the skip.',
      'Sweep the walkway outside your stable when you finish.',
    ],
  ],
  [
    'Arena',
    [
      'Poo pick the arena straight after use. The fork is kept by the gate.',
      'Lessons with outside instructors must be booked on the arena calendar at least a day ahead.',
      'No jumping when the arena is shared unless everyone riding agrees.',
      'Jumps must be put back against the fence after use.',
    ],
  ],
  [
    'Turnout',
    [
      'Turnout is from April to October. In winter horses go out on the all-weather paddocks in rotation.',
      'Close every gate behind you, even if the field is empty.',
      'Check your horse\u2019s rugs before turnout. Broken straps are a danger to the whole herd.',
    ],
  ],
  [
    'Visitors and dogs',
    ['Visitors, farriers and instructors must sign in on the board.', 'Dogs must be kept on a lead and are not allowed in the barns or the arena.'],
  ],
];
const wBlocks = wSections.flatMap(([h, rules]) => [`## ${h}`, ...rules.map(wRule)]);
const wNav = ['Home', 'Livery', 'Facilities', 'Yard Rules', 'Contact'];
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wNavHtml = wNav
  .map(
    (t, i) => `<li class="wixui-horizontal-menu__item UnS6cs" data-testid="menuItem"><a data-testid="linkElement" href="https://www.brackenfoldlivery.co.uk/${
      i === 0 ? '' : t.toLowerCase().replace(' ', '-')
    }" class="GGqq_Q"${t === 'Yard Rules' ? ' aria-current="page"' : ''}><div class="rxCdYx"><div class="wUfU_1"><p class="fBzZ6j">${t}</p></div></div></a>
</li>`,
  )
  .join('\n');
const wLook = { h: ' class="font_2 wixui-rich-text__text"', ul: ' class="font_8 wixui-rich-text__text"' };
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Yard Rules | Brackenfold Livery</title>
<meta name="description" content="Rules for liveries and visitors at Brackenfold Livery, Cheshire.">
<meta property="og:title" content="Yard Rules | Brackenfold Livery"><meta property="og:site_name" content="Brackenfold Livery">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","seo","windowMessageRegistrar"],"site":{"metaSiteId":"9c2e"}}</script>
<style id="css_masterPage">#comp-lq8rules1{left:0;margin-left:0;width:100%;grid-area:2 / 1 / 3 / 2}#comp-lq8rules2{grid-area:3 / 1 / 4 / 2}</style>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span>
</div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button class="BPdV1M has-custom-focus" id="SKIP_TO_CONTENT_BTN" tabindex="0" data-testid="skipToContentButton">Skip to Main Content</button>
<div id="WIX_ADS" class="CxJX50 ytGGBw"><a data-testid="linkElement" href="http://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow" class="nZCumg"><span class="Aj0K5P"><span>This site was designed with the </span>
<span class="oVyGTk">Wix</span><span>.com website builder. Create your website today.</span></span>
<span class="j0cRTn">Start Now</span></a></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${wRich('kx1logo', '<p class="font_6 wixui-rich-text__text" style="font-size:26px;"><span class="wixui-rich-text__text">Brackenfold Livery</span></p>')}
<nav id="comp-kx1menu" aria-label="Site" class="comp-kx1menu wixui-horizontal-menu"><ul class="Yq6cYY" role="menubar">${wNavHtml}</ul></nav>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wN7ifd"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="Containerc1dmpinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lq8rsec1" tabindex="-1" class="Oqnisf comp-lq8rsec1 wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lq8rsec1" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>
<div data-mesh-id="comp-lq8rsec1inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-lq8rsec1inlineContent-gridContainer" data-testid="mesh-container-content">
${wRich(
  'lq8rules0',
  `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wDek}</span></p>`,
)}
${wRich(
  'lq8rdate',
  `<p class="font_9 wixui-rich-text__text"><span style="font-style:italic;" class="wixui-rich-text__text">Last reviewed: March 2025</span>
</p>`,
)}
${wRich('lq8rules1', render(wBlocks.slice(0, 10), wLook))}
<div id="comp-lq8rimg" class="MazNVa comp-lq8rimg wixui-image">
<div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq8rimg" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lq8rimg","displayMode":"fill"}'><img src="https://static.wixstatic.com/media/7d1a2b_barn.jpg/v1/fill/w_480,h_320/barn.jpg"
alt="The main barn at Brackenfold" style="width:480px;height:320px;object-fit:cover" width="480" height="320"></wow-image></div></div>
${wRich('lq8rules2', render(wBlocks.slice(10), wLook))}
${wRich(
  'lq8rsign',
  `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${j(
    'Breaking the rules more than once may lead to notice being given. If in doubt, ask Sue in the yard office.',
  )}</span></p>`,
)}
</div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
${wRich(
  'kx1foot1',
  `<p class="font_9 wixui-rich-text__text">Brackenfold Farm, Ollerton Road, Knutsford WA16 8RB</p>
<p class="font_9 wixui-rich-text__text">Tel: 01565 733 041</p>`,
)}
${wRich('kx1foot2', '<p class="font_9 wixui-rich-text__text">©2025 by Brackenfold Livery.</p>')}
</div></div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
const wGold = gold(wBlocks);
const wix: TestPage = {
  name: 'heldout542-wix-yard-rules',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wGold.headings,
  body: [wDek, ...wGold.body, 'Breaking the rules more than once may lead to notice being given. If in doubt, ask Sue in the yard office.'],
  bylines: ['Last reviewed: March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
    'Brackenfold Livery', ...wNav.filter((t) => t !== 'Yard Rules'), 'Brackenfold Farm, Ollerton Road, Knutsford WA16 8RB', 'Tel: 01565 733 041',
    '©2025 by Brackenfold Livery.', 'bottom of page',
  ],
};

export const HELDOUT542_B: readonly TestPage[] = [wix];
