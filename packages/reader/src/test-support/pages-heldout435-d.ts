import type { TestPage } from './page-kit.js';
import { texts } from './page-kit.js';
import { bridge } from './pages-heldout435-d2.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file d: a choir's concert page built with the Wix editor (SITE_HEADER with the nav, the
 * PAGES_CONTAINER of wixui sections and rich-text elements, a gallery strip, "Buy Tickets" buttons, the consent banner,
 * SITE_FOOTER and the free-site WIX_ADS banner) and, from file d2, a bridge club's results page on a Bridgewebs-style site.
 */
const cTitle = 'Winter Light: Music for Candlemas';
const cHeads = ['The programme', 'About the performers', 'Tickets and access'];
const cP1 = [
  j(
    'Our choir returns to St Aldric&rsquo;s Church on Saturday 31 January at 7.30pm with a candlelit programme',
    'of music for the end of winter, from Renaissance motets to a new carol written for the choir by our patron.',
  ),
  j(
    'The concert is built around the old feast of Candlemas, when candles were blessed for the year ahead. The first half',
    'moves from darkness to light; the second half is looser, with folk arrangements and a sing-along for the audience.',
  ),
];
const cProg = [
  'Nunc dimittis in the setting by an anonymous Tudor composer from the Fenwater partbooks',
  'Three motets for the Purification, sung from the west gallery',
  'The Lantern Carol, a first performance, by Isobel Marwick',
  'Folk songs of the turning year, arranged by our director',
  'Audience carol: Light in the Darkness',
];
const cP2 = [
  j(
    'The choir has twenty-eight singers and rehearses weekly in Fenwater. It is conducted by Rhiannon Tysoe, who has led',
    'the choir since 2017, and this concert features the young organist Callum Ashdown, winner of last year&rsquo;s',
    'county organ competition.',
  ),
];
const cP3 = [
  j(
    'Tickets are £14, £5 for students and free for under-16s, including a glass of mulled wine or juice in the interval.',
    'The church has step-free access from the north door and a hearing loop. Unreserved seating; doors open at 6.45pm.',
  ),
  j('The church is cold in January even with the heating on, so please bring a warm layer. Some seats have a restricted', 'view of the west gallery.'),
];
const cNav = ['Home', 'Concerts', 'Join the Choir', 'Our Director', 'Support Us', 'Contact'];
const cFoot = ['Fenwater Chamber Choir is a registered charity, no. 1149920', '© 2025 by Fenwater Chamber Choir. Proudly created with Wix.com'];
const rt = (id: string, inner: string): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 lq2cno comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string =>
  `<p class="font_8 wixui-rich-text__text" style="font-size:17px; line-height:1.6em;"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text" style="font-size:30px;"><span class="wixui-rich-text__text">${t}</span></h2>`;
const btn = (id: string, t: string): string => `<div class="comp-${id} FubTgk" id="comp-${id}" aria-disabled="false"><a data-testid="linkElement"
href="https://www.ticketsource.example/fenwater" target="_blank" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span
class="l7_2fn wixui-button__label">${t}</span></a></div>`;
const sec = (id: string, inner: string): string => `<section id="comp-${id}" tabindex="-1" class="Oqnisf comp-${id} wixui-section"
data-block-level-container="ClassicSection"><div id="bgLayers_comp-${id}" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay"
class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf"><div id="comp-${id}c" class="comp-${id}c YzqVVZ wixui-column-strip__column">
<div data-testid="inline-content" class=""><div data-mesh-id="comp-${id}inlineContent" data-testid="inline-content" class="">
${inner}</div></div></div></div></section>`;
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator"
content="Wix.com Website Builder">
<title>Winter Light | Fenwater Chamber Choir</title><meta name="description" content="A candlelit concert for Candlemas at St Aldric's Church, Fenwater.">
<meta property="og:title" content="Winter Light | Fenwater Chamber Choir"><meta property="og:site_name" content="Fenwater Chamber Choir">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","consentPolicy","cookiesManager"],
"site":{"metaSiteId":"7f1e0c6d"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"MusicEvent","name":"Winter Light: Music for Candlemas",
"startDate":"2026-01-31T19:30","location":{"@type":"Place","name":"St Aldric's Church, Fenwater"}}</script>
<script>window.viewerModel = {"requestUrl":"https://fenwaterchoir.wixsite.example/home/winter-light","siteRevision":211};</script>
<style id="css_c1dmp">#comp-kx1a{--fnt:normal normal normal 15px/1.4em helvetica-w01-light}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBgCenter">
</div></div><div class="U4Bvut"><div data-testid="inline-content" class=""><div id="comp-kx1a" class="comp-kx1a wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Fenwater Chamber Choir</span></p></div>
<nav id="comp-kx1b" aria-label="Site" class="comp-kx1b wixui-horizontal-menu"><ul class="itemDepth02233374943__menu">
${cNav
  .map(
    (t) => `<li class="itemDepth02233374943__item wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="itemDepth02233374943__itemWrapper"><div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label
wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="c1dmp"
class="dBAkHi theme-vars"><div class="PFkO7r wN7ipO"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent">
${sec(
  'hero1',
  `${rt(
    'hero1t',
    `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Saturday 31 January · 7.30pm · St Aldric&rsquo;s
Church</span></p><h1 class="font_0 wixui-rich-text__text" style="font-size:56px;"><span class="wixui-rich-text__text">${cTitle}</span></h1>`,
  )}
${btn('hero1b', 'Buy Tickets')}`,
)}
${sec('intro2', rt('intro2t', cP1.map(wp).join('\n')))}
${sec(
  'prog3',
  rt(
    'prog3t',
    `${wh(cHeads[0] ?? '')}<ul class="font_8 wixui-rich-text__text">${cProg
      .map(
        (t) => `<li class="wixui-rich-text__text"><p
class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p></li>`,
      )
      .join('\n')}</ul>`,
  ),
)}
${sec(
  'gal4',
  `<div id="comp-gal4g" class="comp-gal4g wixui-gallery" data-testid="gallery"><div data-testid="gallery-items-container"><div class="item-wrapper">
<img src="https://static.wixstatic.example/media/choir1.jpg" alt="The choir in the west gallery"><div class="info"><div class="title">The choir in the west
gallery</div><div class="description">Photo: Martin Ebb</div></div></div></div></div>`,
)}
${sec('perf5', rt('perf5t', `${wh(cHeads[1] ?? '')}${cP2.map(wp).join('\n')}`))}
${sec(
  'tix6',
  `${rt('tix6t', `${wh(cHeads[2] ?? '')}${cP3.map(wp).join('\n')}`)}
${btn('tix6b', 'Book Now')}`,
)}
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content" class="">
${rt('ft1', cFoot.map((t) => `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`).join('\n'))}
<div id="comp-ft2" class="comp-ft2 wixui-social-bar"><ul aria-label="Social Bar"><li><a href="https://www.facebook.example/fenwaterchoir"
aria-label="Facebook"></a></li><li><a href="https://www.instagram.example/fenwaterchoir" aria-label="Instagram"></a></li></ul></div>
</div></div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of
page</span></div>
<div id="WIX_ADS" class="MW5IWV ytGGBw"><a data-testid="linkElement" href="https://www.wix.example/lpviral/enviral" target="_blank" class="Vnv3Xj"><span
class="jqqpbu">This site was designed with the <span class="wix">Wix</span>.com website builder. Create your website today.</span><span
class="j8zE0S">Start Now</span></a></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-wrapper"><p data-hook="ccsu-banner-text">This website uses
cookies. We use cookies to see how you interact with the site. By accepting, you agree to our use of such cookies.</p><div><button
data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button><button
data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.example/unpkg/react@18.3.1/umd/react.production.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout435-wix-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...cP1, ...cProg, ...cP2, ...cP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Fenwater Chamber Choir', ...cNav, 'Saturday 31 January · 7.30pm · St Aldric’s Church', 'Buy Tickets', 'The choir in the west gallery',
    'Photo: Martin Ebb', 'Book Now', ...cFoot, 'bottom of page', 'This site was designed with the Wix.com website builder. Create your website today.',
    'Start Now', 'This website uses cookies. We use cookies to see how you interact with the site. By accepting, you agree to our use of such cookies.',
    'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT435_D: readonly TestPage[] = [wix, bridge];
