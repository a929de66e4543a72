import { ps, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout473-kit.js';

/**
 * Held-out batch 473, file c: a family's memorial website built with Wix (free-plan Wix ad banner, photo gallery with captions,
 * recent tributes strip) and a funeral home's livestream page for one service on Webflow with an embedded player.
 */
const xTitle = 'Eleanor Vasquez-Hale';
const xLife = 'March 3, 1938 – October 9, 2026';
const xSecs: [string, string[]][] = [
  [
    'Her Life',
    [
      j(
        'Eleanor was born in Santa Lucía, New Mexico, the fourth of six children of Ramón and Beatriz Vasquez. She grew up helping in',
        "her father's hardware store, where she learned to mix paint, cut keys and talk to anyone who walked through the door.",
      ),
      j(
        'After earning her teaching certificate at Eastern Plains College, she taught third grade in Clovis Bend for 34 years.',
        'Former students still stopped her at the grocery store to recite the state capitals she had made them learn in a song.',
      ),
      j(
        'She married Walter Hale in 1961. They built a house on Cottonwood Lane with a garden that fed half the street every',
        'August, and they traveled to every national park in the West in a green camper they called the Pickle.',
      ),
    ],
  ],
  [
    'Family',
    [
      j(
        'Eleanor was preceded in death by Walter in 2015. She is survived by her children, Marisol (Dan) Ortiz and Peter (Yuki)',
        'Hale; five grandchildren; two great-grandchildren; and her sister, Inés Carrillo.',
      ),
    ],
  ],
  [
    'In Her Memory',
    [
      'The family asks that, in place of flowers, gifts be made to the Clovis Bend Public Library reading program.',
      'A celebration of her life will be held in the spring, when her garden is in bloom. Details will be posted here.',
    ],
  ],
];
const xNav = ['Home', 'Life Story', 'Photos', 'Tributes', 'Service Details'];
const xCaps = ['Eleanor and Walter on their wedding day, 1961', 'With her third-grade class, 1979', 'The Pickle at Bryce Canyon'];
const xTrib = [
  '"Mrs. Hale taught me to love reading. I still have the bookmark she gave me." — Dora P.',
  '"Our families shared that garden for forty years." — The Lindgrens',
];
const wixText = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Life Story | Remembering Eleanor</title><meta property="og:title" content="Life Story | Remembering Eleanor">
<meta property="og:site_name" content="Remembering Eleanor"><link rel="canonical" href="https://halefamily.wixsite.com/eleanor/life-story">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger"],"site":{"metaSiteId":"0b1c2d3e",
"isPremium":false}}</script>
<style id="css_masterPage">.comp-lq2x1a4b{--min-height:48px;width:980px}.KcpHeO{word-wrap:break-word}</style>
<script async src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b0ec0b1c.bundle.min.js"></script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="WIX_ADS" class="CX6ZNd ytGGBw"><a data-testid="linkElement"
href="https://www.wix.com/lpviral/enviral" target="_blank" class="uJ_QcS">
<span class="bTmh3F">This site was designed with the <strong>Wix</strong>.com website builder.
Create your website today.</span><span class="hTbGVE">Start Now</span></a></div>
<div id="SITE_ROOT" class="SITE_ROOT"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="Tpqh4f">
${wixText('kb0h1site', '<p class="font_6 wixui-rich-text__text">Remembering Eleanor</p>')}
<nav id="comp-kb0h2menu" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-kb0h2menu wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label
wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX">
<div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lq2x0sec" class="comp-lq2x0sec wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq2x0col" class="comp-lq2x0col wixui-column-strip__column">
<div data-mesh-id="comp-lq2x0colinlineContent" data-testid="inline-content"><div data-testid="mesh-container-content">
<div id="comp-lq2x0img" class="MazNVa comp-lq2x0img wixui-image"><div data-testid="linkElement" class="j7pOnl">
<img src="https://static.wixstatic.com/media/a1b2c3_portrait.jpg/v1/fill/w_320,h_400,al_c,q_80/eleanor.jpg"
alt="Eleanor in her garden" style="width:320px;height:400px;object-fit:cover"></div></div>
${wixText('lq2x1a4b', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${wixText('lq2x1a5c', `<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">${xLife}</span></p>`)}
${xSecs.map(([h, paras], i) => wixText(`lq2x2b${i}`, `<h3 class="font_3 wixui-rich-text__text">${h}</h3>${paras.map(wp).join('')}`)).join('\n')}
</div></div></div></div></section>
<section id="comp-lq2x3sec" class="comp-lq2x3sec wixui-section"><div id="comp-lq2x3gal" class="comp-lq2x3gal wixui-gallery" data-testid="gallery">
<div class="pro-gallery"><div class="gallery-column">${xCaps
  .map(
    (c, i) => `<div class="gallery-item-container" data-idx="${i}"><img class="gallery-item-visible"
src="https://static.wixstatic.com/media/a1b2c3_g${i}.jpg" alt=""><div class="info-member gallery-item-title"><span>${c}</span></div></div>`,
  )
  .join('\n')}</div></div></div>
${wixText('lq2x4trh', '<h2 class="font_2 wixui-rich-text__text">Recent Tributes</h2>')}
${xTrib.map((t, i) => wixText(`lq2x4t${i}`, wp(t))).join('\n')}
<a data-testid="linkElement" href="/tributes" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Leave a Tribute</span></a></section>
</div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1">${wixText(
  'kb0hfoot',
  wp('© 2026 by the Hale family. Proudly created with Wix.com'),
)}</footer>
</div></div></div></div>
<script type="text/javascript">window.viewerModel = {"requestUrl":"https://halefamily.wixsite.com/eleanor/life-story"};</script></body></html>`;
const wix: TestPage = {
  name: 'heldout473-wix-memorial-site',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xSecs.map(([h]) => h),
  body: [xLife, ...xSecs.flatMap(([, p]) => p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Remembering Eleanor', 'Home', 'Life Story',
    'Photos', 'Tributes', 'Service Details', ...xCaps, 'Recent Tributes', ...xTrib, 'Leave a Tribute',
    '© 2026 by the Hale family. Proudly created with Wix.com',
  ],
};

const vTitle = 'Livestream: Celebration of Life for Thomas A. Brooks';
const vBody = [
  j(
    'The service will be streamed live on Saturday, November 21, 2026, beginning at 11:00 a.m. Eastern.',
    'The player below will start about ten minutes before the service.',
  ),
  j(
    'The Brooks family is grateful to everyone who is joining from afar. If you are able, please light a virtual candle or share',
    'a memory on the tribute wall so the family can read it later.',
  ),
  'Having trouble watching?',
  'Refresh this page if the video has not started by 11:00 a.m.',
  'Use an up-to-date version of Chrome, Safari, Edge or Firefox.',
  'On a phone, turn the screen sideways for a larger picture.',
  'The recording will be available on this page for 90 days after the service.',
];
const vNav = ['Obituaries', 'Services', 'Livestreams', 'Pre-Arrange', 'Contact Us'];
const vHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu Nov 19 2026 21:14:07 GMT+0000 -->
<html data-wf-domain="www.ashfordchapel.com" data-wf-page="65a1f0c2e4b7d9a3c1e2f401" data-wf-site="65a1f0c2e4b7d9a3c1e2f3f0"
data-wf-collection="65a1f0c2e4b7d9a3c1e2f41a"
data-wf-item-slug="thomas-a-brooks"><head><meta charset="utf-8"><title>Livestream | Thomas A. Brooks | Ashford Chapel</title>
<meta content="Watch the Celebration of Life for Thomas A. Brooks live on Saturday, November 21." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2e4b7d9a3c1e2f3f0/css/ashford-chapel.webflow.8b1c2d.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<style>.w-embed-youtubevideo{position:relative;padding-bottom:56.25%}</style></head>
<body class="body-livestream"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65a1/ashford-logo.svg"
loading="lazy" alt="Ashford Chapel" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${vNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-livestream"><div class="container-narrow w-container"><div class="eyebrow-text">Live Service</div>
<h1 class="heading-livestream">${vTitle}</h1><div class="service-meta"><div class="text-block-date">Saturday, November 21, 2026 · 11:00 AM</div>
<div class="text-block-place">Ashford Chapel, 12 Orchard Street, Kenmore Falls, NY</div></div>
<div class="livestream-embed w-embed w-iframe"><div style="padding-top:56.17%;position:relative;"><iframe src="https://player.vimeo.com/event/4102290/embed"
frameborder="0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen style="position:absolute;top:0;left:0;width:100%;height:100%;"
title="Celebration of Life for Thomas A. Brooks"></iframe></div></div>
<div class="rich-text-livestream w-richtext">${ps(vBody.slice(0, 2))}<h3>${at(vBody, 2)}</h3><ul role="list">${lis(vBody.slice(3, 6))}</ul>
<p>${at(vBody, 6)}</p></div><div class="button-row"><a href="/obituaries/thomas-a-brooks" class="button w-button">View Obituary</a>
<a href="/obituaries/thomas-a-brooks#tribute-wall" class="button-secondary w-button">Light a Candle</a>
<a href="https://flowers.ashfordchapel.com/?oid=4102290" class="button-secondary w-button">Send Flowers</a></div></div></div>
<div class="footer"><div class="w-container"><div class="footer-grid w-layout-grid"><div class="footer-block"><div class="footer-heading">Ashford Chapel</div>
<p class="footer-text">12 Orchard Street<br>Kenmore Falls, NY 14899</p></div><div class="footer-block"><div class="footer-heading">Call Us</div>
<a href="tel:5855550161" class="footer-link">(585) 555-0161</a></div></div><div class="footer-copyright">© 2026 Ashford Chapel. All rights reserved.</div>
</div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e4b7d9a3c1e2f3f0" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1f0c2e4b7d9a3c1e2f3f0/js/webflow.4c2e1d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout473-webflow-livestream',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: [at(vBody, 2)],
  body: ['Saturday, November 21, 2026 · 11:00 AM', 'Ashford Chapel, 12 Orchard Street, Kenmore Falls, NY', ...vBody.filter((_, i) => i !== 2)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Obituaries', 'Services', 'Livestreams', 'Pre-Arrange', 'Contact Us', 'Live Service', 'View Obituary', 'Light a Candle', 'Send Flowers',
    'Kenmore Falls, NY 14899', 'Call Us', '(585) 555-0161', '© 2026 Ashford Chapel. All rights reserved.',
  ],
};

export const HELDOUT473_C: readonly TestPage[] = [wix, webflow];
