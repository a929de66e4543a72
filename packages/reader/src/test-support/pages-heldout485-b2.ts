import { type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout485-kit.js';

/** Held-out batch 485, file b2: a chamber orchestra's season announcement on Wix, one text box per concert with its booking button. */
const wTitle = 'Our 2027 season';
const wIntro = [
  j(
    'Five concerts, three new venues and our first ever commission: the Tarrow Chamber Orchestra&#39;s 2027 season is the most',
    'ambitious in our twenty-two years. Season tickets go on sale to Friends on 1 December and to everyone else on 15 December.',
  ),
];
const wConcerts: { h: string; when: string; text: string }[] = [
  {
    h: 'Winter Light',
    when: 'Saturday 6 February, 7.30pm · Tarrow Assembly Rooms',
    text: j(
      'We open the year with string serenades by candlelight, led from the violin by our concertmaster Anja Kessel, and a new',
      'arrangement of the folk tune that gave the Assembly Rooms their first dance in 1791.',
    ),
  },
  {
    h: 'The River Suite',
    when: 'Sunday 18 April, 3pm · Mill Quay Arts Centre',
    text: j(
      'The premiere of our first commission, a suite in five movements by Tarrow-born composer Lewis Adebayo-Grant, written',
      'for the orchestra and for the town&#39;s rowing club, whose oarsmen will beat time on the quay outside.',
    ),
  },
  {
    h: 'Summer Serenade',
    when: 'Saturday 19 June, 7pm · Hollins Park bandstand',
    text: 'A free open-air concert of light classics. Bring a picnic and a chair; if it rains, we move to St Cuthbert&#39;s Church.',
  },
  {
    h: 'Autumn Voices',
    when: 'Saturday 9 October, 7.30pm · St Cuthbert&#39;s Church',
    text: j(
      'We join the Tarrow Singers for a programme of psalm settings and part-songs, ending with a cantata that neither group',
      'has performed in living memory.',
    ),
  },
  {
    h: 'A Tarrow Christmas',
    when: 'Friday 10 December, 7.30pm · Tarrow Assembly Rooms',
    text: 'Our family Christmas concert, with carols for everyone, a visit from the town band and mince pies at the interval.',
  },
];
const wOutro = [
  j(
    'A season ticket for all five concerts costs £68, saving a quarter on the price of single tickets. Under-25s go free to',
    'every concert when they book in advance.',
  ),
];
const wNav = ['Home', 'Season 2027', 'About', 'Friends', 'Education', 'Contact'];
const comp = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 lq2cno YQcXTT comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wBlocks = wConcerts
  .map((c, i) =>
    [
      `<section id="comp-lq8s${i}" tabindex="-1" class="Oqnisf comp-lq8s${i} wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lq8c${i}"
class="comp-lq8c${i} YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq8c${i}inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-lq8c${i}inlineContent-gridContainer" data-testid="mesh-container-content">`,
      comp(`lq8h${i}`, `<h2 class="font_2 wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">${c.h}</span></h2>`),
      comp(`lq8d${i}`, `<p class="font_7 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">${c.when}</span></p>`),
      comp(`lq8t${i}`, `<p class="font_8 wixui-rich-text__text">${c.text}</p>`),
      `<div class="comp-lq8b${i} FubTgk" id="comp-lq8b${i}" aria-disabled="false">
<a data-testid="linkElement" href="https://www.tarrowchamber.org/event-details/${i}"
target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book Tickets</span></a></div>`,
      '</div></div></div></div></section>',
    ].join('\n'),
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7b1f2a_3c.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/7b1f2a_3c.png"
type="image/png">
<script type="text/javascript">window.viewerModel =
{"site":{"metaSiteId":"4d1f0a6e-2b8c-4a0b-9d8e-0a1e3c5d7f9b","siteId":"a1b2c3d4"},"language":{"userLanguage":"en"}};</script>
<script type="text/javascript">window.fedops = window.fedops || {}; window.fedops.data = { site: {"appName":"thunderbolt"} };</script>
<title>Season 2027 | Tarrow Chamber Orchestra</title><meta name="description" content="Five concerts, three new venues and our first ever commission.">
<link rel="canonical" href="https://www.tarrowchamber.org/season-2027"><meta property="og:title" content="Season 2027 | Tarrow Chamber Orchestra">
<meta property="og:site_name" content="Tarrow Chamber Orchestra"><meta name="twitter:card" content="summary_large_image">
<style
data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt[Button].css">.FubTgk{height:auto}</style>
<style id="css_masterPage">#comp-lq8hero{--font_0:normal normal normal 62px/1.2em 'playfair display',serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP">
<div id="pageBackground_x7q2a" data-media-height-override-type="" class="pageBackground_x7q2a"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"
tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"></div>
<div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div><div class="CJF7A2">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${comp(
  'kx9logo',
  `<p class="font_6 wixui-rich-text__text">
<a href="https://www.tarrowchamber.org" target="_self" class="wixui-rich-text__text">Tarrow Chamber Orchestra</a></p>`,
)}
<nav id="comp-kx9menu" aria-label="Site" class="comp-kx9menu wixui-horizontal-menu"><ul class="WGAoBu">
<li data-testid="itemWrapper" class="wixui-horizontal-menu__item">
${wNav
  .map(
    (n) => `<a data-testid="linkElement" href="https://www.tarrowchamber.org/${n.toLowerCase().replace(/ /g, '-')}" class="wixui-horizontal-menu__item-link"
${n === 'Season 2027' ? 'aria-current="page" ' : ''}><div class="HlRz5e"><div class="wixui-horizontal-menu__item-label">${n}</div></div></a>`,
  )
  .join('</li>\n<li data-testid="itemWrapper" class="wixui-horizontal-menu__item">')}
</li></ul></nav></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="kx9pg" class="dBAkHi theme-vars kx9pg"><div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div class="HT5ybB"><div id="Containerkx9pg" class="Containerkx9pg SPY_vo">
<div data-mesh-id="Containerkx9pginlineContent" data-testid="inline-content" class="">
<div data-mesh-id="Containerkx9pginlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lq8hero" tabindex="-1" class="Oqnisf comp-lq8hero wixui-section"><div id="bgLayers_comp-lq8hero" data-hook="bgLayers" class="MW5IWV">
<div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_comp-lq8hero" class="VgO9Yg">
<wow-image id="img_comp-lq8hero" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lq8hero","displayMode":"fill"}'>
<img src="https://static.wixstatic.com/media/7b1f2a_season.jpg/v1/fill/w_1200,h_600/orchestra.jpg"
alt="" style="width:1200px;height:600px;object-fit:cover"></wow-image></div></div>
${comp('lq8title', `<h1 class="font_0 wixui-rich-text__text"><span class="color_11 wixui-rich-text__text">${wTitle}</span></h1>`)}
${comp('lq8intro', wIntro.map((p) => `<p class="font_8 wixui-rich-text__text">${p}</p>`).join(''))}</section>
${wBlocks}
<section id="comp-lq8out" tabindex="-1" class="Oqnisf comp-lq8out wixui-section">
${comp('lq8outt', wOutro.map((p) => `<p class="font_8 wixui-rich-text__text">${p}</p>`).join(''))}
<div class="comp-lq8sub FubTgk" id="comp-lq8sub"><a data-testid="linkElement" href="https://www.tarrowchamber.org/friends" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Become a Friend</span></a></div></section>
</div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">
${comp('kx9ft1', '<p class="font_9 wixui-rich-text__text">Tarrow Chamber Orchestra is a registered charity, no. 1170233</p>')}
${comp('kx9ft2', '<p class="font_9 wixui-rich-text__text">info@tarrowchamber.org</p>')}
<div id="comp-kx9form" class="comp-kx9form"><form class="JVi7i2"><div class="TcFzl7">
<label for="input_comp-kx9email" class="wixui-text-input__label">Join our mailing list</label>
<input type="email" id="input_comp-kx9email" class="KvoMHf has-custom-focus wixui-text-input__input" placeholder="Email"></div>
<div class="comp-kx9btn FubTgk"><button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Subscribe</span>
</button></div></form></div>
${comp(
  'kx9ft3',
  `<p class="font_9 wixui-rich-text__text">© 2026 by Tarrow Chamber Orchestra. Proudly created with
<a href="https://wix.com" target="_blank">Wix.com</a></p>`,
)}
</div></div></div></div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.87e8b7c8.bundle.min.js" async></script></body></html>`;
const wix: TestPage = finish({
  name: 'heldout485-wix-season',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: wConcerts.map((c) => c.h),
  body: texts([...wIntro, ...wConcerts.flatMap((c) => [c.when, c.text]), ...wOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Tarrow Chamber Orchestra', ...wNav, 'Book Tickets', 'Become a Friend', 'Tarrow Chamber Orchestra is a registered charity, no. 1170233',
    'info@tarrowchamber.org', 'Join our mailing list', 'Subscribe', '© 2026 by Tarrow Chamber Orchestra. Proudly created with Wix.com', 'bottom of page',
  ],
});

export const HELDOUT485_B2: readonly TestPage[] = [wix];
