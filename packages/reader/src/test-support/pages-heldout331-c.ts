import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout331-kit.js';
import { npsWildlife } from './pages-heldout331-c2.js';

/**
 * Held-out batch 331, file c: a conservation charity's species profile built with the Wix editor (page-builder markup: SITE_HEADER,
 * the Site dropdown menu, strips of wixui-section columns, every paragraph in its own richTextElement with font_ classes, buttons as
 * StylableButton links, an image gallery with titles, a donation strip, the Wix forms newsletter box, the footer with "Proudly
 * created with Wix.com" and the consent banner) and, from file c2, a national park's wildlife page on the NPS template.
 */
const wTitle = 'Eurasian Otter';
const wHeads = ['Key facts', 'Life on the river', 'Why otters need our help', 'What we are doing'];
const wIntro = [
  j(
    'Once common on almost every river in the region, the Eurasian otter came close to vanishing in the second half of the last',
    'century. Today it is back on most of our rivers, but its recovery is fragile, and our trust works to keep it that way.',
  ),
];
const wFacts = [
  'Adults are up to 1.2 metres long from nose to tail tip.',
  'A male can hold a territory along 20 kilometres of river.',
  'Otters breed at any time of year, with two or three cubs in a litter.',
  'Cubs stay with their mother for up to a year.',
];
const wLife = [
  j(
    'Otters are mostly active at dusk and through the night. They hunt by touch and sight in the water, using their long whiskers',
    'to feel for the movement of fish in murky water, and can stay under for around a minute.',
  ),
  j(
    'Fish make up most of their diet, especially eels, but they also take frogs, crayfish and the occasional water bird. During the',
    'day they rest in holts, dens in riverbank tree roots or rock piles, or in couches of flattened reed above the water line.',
  ),
  j(
    'The best sign that otters are about is their droppings, known as spraints. They are left on prominent rocks and under bridges',
    'to mark territory, and have a surprisingly sweet smell, often compared to jasmine tea.',
  ),
];
const wWhy = [
  j(
    'The crash of the 1960s and 1970s was caused mainly by pesticides that built up in the fish otters ate. Those chemicals were',
    'banned and otters slowly returned, but new problems have taken their place.',
  ),
  j(
    'Roads are now the biggest known cause of death. Otters follow the river under bridges, and where a bridge has no ledge at high',
    'water they climb out and cross the road instead. Poor water quality, loss of bankside cover and disturbance of breeding holts',
    'all make recovery harder.',
  ),
];
const wDoing = [
  j(
    'Since 2014 our volunteers have surveyed more than 300 river sites every spring, checking bridges for spraint and footprints.',
    'The results show otters present at 81 per cent of sites, up from just 24 per cent in our first survey.',
  ),
  j(
    'We work with the highways authority to fit otter ledges and fencing at accident hotspots, and with landowners to plant willow',
    'and alder along bare banks. Last year we built twelve artificial holts on the upper Tamsey, and cameras have already recorded',
    'cubs using three of them.',
  ),
];
const wMenu = ['Home', 'About', 'Species', 'Our projects', 'Get involved', 'Shop', 'Contact'];
const wGallery = ['Otter on the lower Tamsey at dawn', 'Spraint on a bridge footing', 'Volunteers fitting an otter ledge'];
const rt = (id: string, tag: string, cls: string, text: string): string => `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text"
data-testid="richTextElement"><${tag} class="${cls} wixui-rich-text__text"><span class="wixui-rich-text__text">${text}</span></${tag}></div>`;
const para = (pre: string, items: readonly string[]): string => items.map((t, i) => rt(`${pre}${i}`, 'p', 'font_8', t)).join('\n');
const btn = (id: string, label: string, href: string): string => `<div class="comp-${id} FubTgk" id="comp-${id}"><a data-testid="linkElement"
href="${href}" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">${label}</span></a></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<title>Eurasian Otter | Tidewater Otter Trust</title><meta name="description" content="Learn about the Eurasian otter and how we protect it.">
<link rel="canonical" href="https://www.tidewaterotters.example/species/eurasian-otter">
<meta property="og:title" content="Eurasian Otter | Tidewater Otter Trust">
<meta property="og:site_name" content="Tidewater Otter Trust"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Tidewater Otter Trust"
,"url":"https://www.tidewaterotters.example"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"3b1f0a77","siteId":"91e2c0d4"},"language":{"userLanguage":"en"}};</script>
<script>window.fedops = {"data":{"site":{"isResponsive":false}}};</script>
<style id="css_masterPage">.font_0{font:normal normal normal 48px/1.4em playfair display,serif}
.font_8{font:normal normal normal 17px/1.6em lato,sans-serif}</style>
</head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
${rt('lx0hdr1', 'p', 'font_7', 'Tidewater Otter Trust')}
<nav id="comp-lx0menu" aria-label="Site" class="wixui-dropdown-menu"><ul class="hDgi7H" role="menubar">${links(wMenu, 'wixui-dropdown-menu__item')}</ul></nav>
${btn('lx0don', 'Donate', '/donate')}</div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="page">
<section id="comp-lx1hero" class="wixui-section"><div data-testid="columns" class="comp-lx1hero-columns"><div class="wixui-column-strip__column">
<div id="comp-lx1img" class="MW5IWV wixui-image" data-testid="imageX">
<img src="https://static.wixstatic.example/media/8a2f1c_otter~mv2.jpg/v1/fill/w_980,h_520/otter.jpg"
alt="Eurasian otter on a rock"></div>
${rt('lx1ttl', 'h1', 'font_0', wTitle)}
${rt('lx1sub', 'p', 'font_9', 'Lutra lutra · Near Threatened')}
</div></div></section>
<section id="comp-lx2body" class="wixui-section"><div data-testid="columns" class="comp-lx2body-columns"><div class="wixui-column-strip__column">
${para('lx2i', wIntro)}
${rt('lx2h1', 'h2', 'font_2', wHeads[0] ?? '')}
<div id="comp-lx2facts" class="wixui-rich-text" data-testid="richTextElement"><ul class="font_8 wixui-rich-text__text">
${wFacts
  .map(
    (f) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${f}</span></p>
</li>`,
  )
  .join('\n')}
</ul></div>
${rt('lx2h2', 'h2', 'font_2', wHeads[1] ?? '')}
${para('lx2l', wLife)}
</div></div></section>
<section id="comp-lx3gal" class="wixui-section"><div id="comp-lx3pro" class="wixui-gallery" data-testid="gallery"><div class="gallery-items">
${wGallery
  .map(
    (g, i) => `<div class="gallery-item-container" data-idx="${i}"><img src="https://static.wixstatic.example/media/8a2f1c_g${i}~mv2.jpg"
alt=""><div class="gallery-item-info"><div class="gallery-item-title">${g}</div></div></div>`,
  )
  .join('\n')}
</div></div>
${rt('lx3cred', 'p', 'font_9', 'Photos © Mairi Caldwell and Trust volunteers')}</section>
<section id="comp-lx4body" class="wixui-section"><div class="wixui-column-strip__column">
${rt('lx4h1', 'h2', 'font_2', wHeads[2] ?? '')}
${para('lx4w', wWhy)}
${rt('lx4h2', 'h2', 'font_2', wHeads[3] ?? '')}
${para('lx4d', wDoing)}
</div></section>
<section id="comp-lx5don" class="wixui-section"><div class="wixui-column-strip__column">
${rt('lx5t', 'h3', 'font_4', 'Adopt an otter for £4 a month')}
${rt('lx5p', 'p', 'font_8', 'Your adoption pays for spraint surveys, new holts and otter ledges under dangerous bridges.')}
${btn('lx5b', 'Adopt now', '/adopt')}</div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div data-mesh-id="SITE_FOOTERinlineContent">
<div id="comp-lx6form" class="wixui-form" data-testid="form"><form>${rt('lx6t', 'h4', 'font_6', 'Join our mailing list')}
<input type="email" placeholder="Email*" aria-label="Email"><button class="wixui-button" type="submit"><span>Subscribe</span></button>
${rt('lx6thx', 'p', 'font_8', 'Thanks for subscribing!')}</form></div>
${rt('lx6addr', 'p', 'font_9', 'Tidewater Otter Trust, The Old Mill, Lower Tamsey TM4 9RD. Registered charity 1123907.')}
${rt('lx6c', 'p', 'font_9', '© 2026 by Tidewater Otter Trust. Proudly created with Wix.com')}</div></footer>
</div></div></div></div>
<div id="consent-banner-root" data-hook="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner">
<p data-hook="consent-banner-text">This website uses cookies. We use cookies to improve your experience and make sure our website works properly.</p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.example/unpkg/requirejs-bolt@2.3.6/requirejs.min.js"></script>
<script>window.__BROWSER_DEPS__ = {"thunderbolt":"1.14012.0"};</script>
</body></html>`;
const wixOtter: TestPage = {
  name: 'heldout331-wix-charity-species-profile',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([...wIntro, ...wFacts, ...wLife, ...wWhy, ...wDoing]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewater Otter Trust', ...wMenu, 'Donate', 'Lutra lutra · Near Threatened', ...wGallery, 'Photos © Mairi Caldwell and Trust volunteers',
    'Adopt an otter for £4 a month', 'Your adoption pays for spraint surveys, new holts and otter ledges under dangerous bridges.', 'Adopt now',
    'Join our mailing list', 'Subscribe', 'Thanks for subscribing!', 'Tidewater Otter Trust, The Old Mill, Lower Tamsey TM4 9RD. Registered charity 1123907.',
    '© 2026 by Tidewater Otter Trust. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience and make sure our website works properly.', 'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT331_C: readonly TestPage[] = [wixOtter, npsWildlife];
