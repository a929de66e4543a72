import { links, type TestPage } from './page-kit.js';
import { bodyOf, heads, j, lis, render, type Sec } from './pages-heldout685-kit.js';

/** Held-out batch 685, file a2: a window cleaner's service area page built with Wix (file a was past 300 lines). */

const xTitle = 'Areas We Cover';
const xSecs: Sec[] = [
  [
    '',
    [
      j(
        'Lattice Bright cleans windows, conservatories and gutters for homes and small shops across the Oakhollow valley.',
        'Our two vans work set rounds, so every street below is visited every four or eight weeks, whichever you prefer.',
      ),
    ],
  ],
  ['Towns and villages on our rounds', [['Oakhollow', 'Pelham Wick', 'Stanbridge Green', 'Little Marden', 'Coldharbour', 'Ashby Fen', 'Tollmere']]],
  [
    'Not on the list?',
    [
      j(
        'We add new streets when enough neighbours sign up to make a round worthwhile. Send us your postcode and we will let you',
        'know as soon as a van is nearby. We do not charge extra for travel within 10 miles of Oakhollow.',
      ),
    ],
  ],
];
const xNav = ['Home', 'Services', 'Prices', 'Areas We Cover', 'Reviews', 'Contact'];
const xP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span style="color:#2F3A45;" class="wixui-rich-text__text">${t}</span></p>`;
const xRich = (inner: string, id: string): string =>
  `<div id="${id}" class="wixui-rich-text" data-testid="richTextElement" data-motion-enter="done">${inner}</div>`;
const xShape = {
  h: (t: string) => `<h2 class="font_2 wixui-rich-text__text" style="font-size:28px;"><span class="wixui-rich-text__text">${t}</span></h2>`,
  p: xP,
  ul: (items: readonly string[]) =>
    `<ul class="font_8 wixui-rich-text__text">${lis(items.map(xP), 'wixui-rich-text__text')}</ul>\n<p class="font_8 wixui-rich-text__text">&#8203;</p>`,
};
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Areas We Cover | Lattice Bright Window Cleaning</title>
<meta name="description" content="Window cleaning rounds in Oakhollow, Pelham Wick, Stanbridge Green and nearby villages.">
<link rel="canonical" href="https://www.latticebright.co.uk/areas-we-cover"><meta property="og:site_name" content="Lattice Bright Window Cleaning">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Lattice Bright Window Cleaning",
"address":{"@type":"PostalAddress","addressLocality":"Oakhollow"},"telephone":"01632 960 771"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"3f1c9a0e","isWixSite":false},"language":{"siteLanguage":"en"},
"requestUrl":"https://www.latticebright.co.uk/areas-we-cover"}</script>
<script>window.fedops = window.fedops || {}; window.fedops.apps = {};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}#comp-lq8x2k1m{width:980px}.font_0{font:normal normal bold 46px/1.3em montserrat}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div id="comp-lq8x0aa1" class="wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">
<a href="https://www.latticebright.co.uk" target="_self" class="wixui-rich-text__text">Lattice Bright</a></span></p></div>
<nav id="comp-lq8x0aa4" aria-label="Site" class="wixui-horizontal-menu"><ul class="hCkn4Y" role="menubar">${links(xNav, 'wixui-horizontal-menu__item')}</ul>
</nav>
<div id="comp-lq8x0ab2" class="wixui-button" aria-disabled="false"><a data-testid="linkElement" href="https://www.latticebright.co.uk/contact"
class="wixui-button"><span class="StylableButton2545352419__label wixui-button__label">Get a Free Quote</span></a></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="page"><div class="wixui-page">
<section id="comp-lq8x2k1m" class="wixui-section" tabindex="-1"><div data-testid="columns" class="wixui-column-strip">
<div id="comp-lq8x2k1p" class="wixui-column-strip__column"><div data-testid="columns" class="mesh-container">
${xRich(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`, 'comp-lq8x2p7c')}
${xRich(render(xSecs.slice(0, 1), xShape), 'comp-lq8x2p9d')}
${xRich(render(xSecs.slice(1), xShape), 'comp-lq8x2qb1')}
</div></div><div id="comp-lq8x2k1t" class="wixui-column-strip__column"><wix-iframe id="comp-lq8x3c0z" title="Google Maps" aria-label="Google Maps">
<iframe title="Google Maps" src="https://www.google.com/maps/embed?pb=oakhollow" allowfullscreen></iframe></wix-iframe>
${xRich('<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Our rounds at a glance</span></p>', 'comp-lq8x3d41')}</div></div></section>
<section id="comp-lq8x4r2e" class="wixui-section"><div class="wixui-column-strip">
${xRich('<h4 class="font_4 wixui-rich-text__text">"Always on time and they text the day before." Marion, Pelham Wick</h4>', 'comp-lq8x4s0a')}
</div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer" tabindex="-1"><div class="_C0cVf">
${xRich('<p class="font_8 wixui-rich-text__text">01632 960 771 | hello@latticebright.co.uk</p>', 'comp-lq8x6a01')}
<ul class="wixui-social-bar" aria-label="Social Bar"><li><a href="https://www.facebook.com/latticebright" target="_blank"><img alt="Facebook"></a></li></ul>
${xRich('<p class="font_8 wixui-rich-text__text">©2026 by Lattice Bright Window Cleaning. Proudly created with Wix.com</p>', 'comp-lq8x6a03')}
</div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span>
</div></div>
<div class="consent-banner-root" data-hook="consent-banner-root"><div role="dialog" aria-label="Cookie banner" data-hook="ccsu-banner-wrapper">
<p data-hook="ccsu-banner-text">This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.
<a href="/privacy-policy">Privacy Policy</a></p><button data-hook="ccsu-banner-decline-all">Decline All</button>
<button data-hook="ccsu-banner-settings">Settings</button><button data-hook="ccsu-banner-accept-all">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7c1f4e2a.bundle.min.js" async></script></body></html>`;
const wixAreas: TestPage = {
  name: 'heldout685-wix-areas',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: heads(xSecs),
  body: bodyOf(xSecs),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', ...xNav.filter((t) => t !== xTitle), 'Get a Free Quote', 'Our rounds at a glance',
    '"Always on time and they text the day before." Marion, Pelham Wick', '01632 960 771 | hello@latticebright.co.uk',
    '©2026 by Lattice Bright Window Cleaning. Proudly created with Wix.com', 'bottom of page',
    'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies. Privacy Policy',
    'Decline All', 'Settings', 'Accept',
  ],
};

export const HELDOUT685_A2: readonly TestPage[] = [wixAreas];
