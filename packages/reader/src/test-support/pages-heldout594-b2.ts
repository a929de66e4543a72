import type { TestPage } from './page-kit.js';
import { esc } from './pages-heldout594-kit.js';

/**
 * Held-out batch 594, file b2: a short balloon garland care and delivery FAQ page on Wix (free-plan Wix banner, rich text
 * components, consent banner).
 */
const wTitle = 'Garland Care & Delivery FAQ';
const wIntro =
  'Everything our customers usually ask before and after their garland arrives. Can’t see your question? Send us a message and we’ll reply the same day.';
const wQa: readonly (readonly [string, string])[] = [
  [
    'How far in advance should I book?',
    'Four to six weeks for weekends between May and September, two weeks the rest of the year. Midweek dates are often free at shorter notice.',
  ],
  [
    'Do you deliver and install?',
    'Yes. Every garland is delivered and hung by one of our team. We cover Ashby Vale and villages up to 20 miles away for a flat £25.',
  ],
  ['How long will my garland last?', 'Indoors and away from sunny windows, five to seven days. Foil accents last longer and can be taken home and used again.'],
  [
    'Can I keep the garland outside?',
    'For a few hours, yes, but heat and wind shorten its life. We use double-layered balloons for outdoor garlands and fix them to a frame.',
  ],
  [
    'What happens after the party?',
    'Pop the balloons with a pin and put them in your general waste, or book a collection for £15 and we’ll take everything away.',
  ],
];
const wNav = ['Home', 'Garlands', 'Arches', 'Book Online', 'FAQ', 'Contact'];
const wAds = 'This site was designed with the Wix.com website builder. Create your website today.';
const rich = (id: string, html: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${html}</div>`;
const wSpan = (t: string): string => `<span style="color:#3A3A3A;" class="wixui-rich-text__text">${esc(t)}</span>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>FAQ | Bloom &amp; Bounce Balloons</title>
<meta name="description" content="Answers about booking, delivery and caring for your balloon garland.">
<link rel="canonical" href="https://www.bloomandbounce.example/faq"><meta property="og:site_name" content="Bloom &amp; Bounce Balloons">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","cookiesManager","consentPolicy"],"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#comp-kx1m2{width:980px}.font_0{font:normal normal normal 46px/1.3em 'playfair display',serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span>
</div>
<div id="WIX_ADS" class="VR5Gvr wixui-banner" role="region" aria-label="banner">
<a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live"
target="_blank" rel="nofollow" class="lZ2SDb"><span class="BPi0u8">This site was designed with the </span><span class="Nk6n2m">Wix</span><span
class="BPi0u8">.com</span>
<span class="BPi0u8"> website builder. Create your website today.</span><span class="bJHRX4">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP has-custom-focus" tabindex="0" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="Fuo6Qw">
<div data-mesh-id="SITE_HEADERinlineContent" class="SITE_HEADER-inlineContent">
${rich('kx1logo', `<p class="font_6 wixui-rich-text__text"><a href="https://www.bloomandbounce.example">${wSpan('Bloom & Bounce Balloons')}</a></p>`)}
<nav id="comp-kx1m2" aria-label="Site" class="comp-kx1m2 wixui-horizontal-menu"><ul class="Ex6yRN" data-testid="menuItemsList">${wNav
  .map(
    (t) => `<li class="qA4IHo wixui-horizontal-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="gtCkQh"><div class="QVfuQe"><div class="Udsg84"><p class="ryWwTA">${t}</p></div></div></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp">
<section id="comp-lk3i9" class="xuzjBY comp-lk3i9 wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-lk3ia" class="comp-lk3ia YzqVVZ wixui-column-strip__column">
${rich('lk3j2', `<h1 class="font_0 wixui-rich-text__text">${wSpan(wTitle)}</h1>`)}
${rich('lk3j5', `<p class="font_8 wixui-rich-text__text">${wSpan(wIntro)}</p>`)}
${wQa
  .map(([q, a], i) =>
    rich(
      `lk3k${i}`,
      `<h2 class="font_2 wixui-rich-text__text">${wSpan(q)}</h2><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&nbsp;</span></p>
<p class="font_8 wixui-rich-text__text">${wSpan(a)}</p>`,
    ),
  )
  .join('\n')}
<div id="comp-lk3m1" class="comp-lk3m1 R6ex7N wixui-button" data-semantic-classname="button"><a data-testid="linkElement" href="/contact" class="uDW_Qe">
<span class="l7_2fn wixui-button__label">Ask a question</span></a></div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="Fuo6Qw"><div data-mesh-id="SITE_FOOTERinlineContent">
${rich(
  'kx1f1',
  `<p class="font_9 wixui-rich-text__text">${wSpan('hello@bloomandbounce.example')}</p>
<p class="font_9 wixui-rich-text__text">${wSpan('07700 900412')}</p>`,
)}
<div id="comp-kx1f3" class="comp-kx1f3 wixui-social-bar"><ul aria-label="Social Bar"><li>
<a href="https://www.instagram.com/bloomandbounce.example" target="_blank">
<img src="https://static.wixstatic.com/media/instagram.png" alt="Instagram"></a></li></ul></div>
${rich('kx1f2', `<p class="font_9 wixui-rich-text__text">${wSpan('© 2026 by Bloom & Bounce Balloons. Proudly created with Wix.com')}</p>`)}
</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span
class="mHZSwn">bottom of page</span></div>
</div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie Banner">
<p data-hook="consent-banner-text">This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of
such cookies.
<a href="/privacy-policy">Privacy Policy</a></p><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.f5b3a1c4.bundle.min.js" async></script></body></html>`;
const wixFaq: TestPage = {
  name: 'heldout594-wix-garland-faq',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wQa.map(([q]) => q),
  body: [wIntro, ...wQa.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', wAds, 'Start Now', 'Skip to Main Content', 'Bloom & Bounce Balloons', 'Arches', 'Book Online', 'Contact',
    'Ask a question', 'hello@bloomandbounce.example', '07700 900412', '© 2026 by Bloom & Bounce Balloons. Proudly created with Wix.com', 'bottom of page',
    'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT594_B2: readonly TestPage[] = [wixFaq];
