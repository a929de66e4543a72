import type { TestPage } from './page-kit.js';
import { done, gold, j, type Sec, secsHtml } from './pages-heldout634-kit.js';

/** Held-out batch 634, file a2: a children's magician's party packages page on Wix (split from file a). */
const wTitle = 'Party Packages';
const wSecs: Sec[] = [
  {
    b: [
      j(
        'Magic, giggles and a rabbit called Custard. Every package includes travel within 15 miles of Harrowfield, all set-up',
        'and a quiet word with the birthday child before the show so nobody is nervous.',
      ),
    ],
  },
  {
    h: 'Little Wonders',
    b: [
      '£165 · up to 20 children',
      { ul: ['45-minute magic show for ages 3–6', 'A balloon animal for every child', 'The birthday child becomes the magician’s assistant'] },
    ],
  },
  {
    h: 'Grand Illusion',
    b: [
      '£245 · up to 30 children',
      {
        ul: [
          'One-hour show for ages 5–9 with Custard the rabbit',
          'Magic lesson: every child learns a trick to take home',
          'Party games and prizes between the show and food',
          'A balloon sword or hat for every child',
        ],
      },
    ],
  },
  {
    h: 'The Full Show',
    b: [
      '£320 · up to 40 children',
      {
        ul: [
          'Two hours of magic show, games, disco and balloon modelling',
          'Sound system and bubble machine included',
          'A magic wand gift for the birthday child',
          'Ideal for school halls and community centres',
        ],
      },
    ],
  },
  {
    h: 'Extras',
    b: [
      { ul: ['Face painting with a second entertainer: £70', 'An extra 30 minutes of games: £40', 'Travel beyond 15 miles: 50p per mile'] },
      'Weekends book up around eight weeks ahead. A £50 deposit holds your date, and the rest is paid on the day.',
    ],
  },
];
const wNav = ['Home', 'Party Packages', 'Schools &amp; Fêtes', 'Gallery', 'Reviews', 'Contact'];
let wc = 1040;
const wId = (): string => `comp-lq${(wc++).toString(36)}`;
const wText = (inner: string): string => {
  const id = wId();
  return `<div id="${id}" class="KcpHeO tz5f0K ${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
};
const wButton = (label: string, href: string): string => {
  const id = wId();
  return `<div class="${id} wixui-button zKbzSQ" id="${id}" aria-disabled="false"><a data-testid="linkElement" href="${href}" target="_self"
class="uUxqWY wixui-button PlZyDq" aria-disabled="false"><span class="w4Vxx6 wixui-button__label">${label}</span></a></div>`;
};
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text" style="font-size:17px;"><span class="wixui-rich-text__text">${t}</span></p>`;
const wMarks = {
  h: (t: string): string => `<h2 class="font_2 wixui-rich-text__text">${t}</h2>`,
  p: wP,
  ul: ' class="font_8 wixui-rich-text__text"',
  li: 'wixui-rich-text__text',
};
const wCard = (s: Sec): string =>
  `<div id="${wId()}" class="comp-repeater-item wixui-repeater__item" role="listitem">
${wText(secsHtml([s], wMarks))}
${s.h === 'Extras' ? '' : wButton('Book This Package', '/contact')}</div>`;
const wHead = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder"/>
<link rel="icon" sizes="192x192" href="https://static.parastorage.com/client/pfavico.ico" type="image/x-icon"/>
<script type="text/javascript">window.__BROWSER_DEPRECATION__ = false;</script>
<script id="wix-viewer-model" type="application/json">{"site":{"metaSiteId":"8c2a7e61-4d0b-4a55-9f43-1e7d0b2c9a11","isHttps":true},
"language":{"userLanguage":"en"},"siteFeaturesConfigs":{"ssrCache":{}}}</script>
<title>Party Packages | Professor Pockets | Magician &amp; Children's Entertainer</title>
<meta name="description" content="Children's party magic in Harrowfield: three packages from £165."/>
<link rel="canonical" href="https://www.professorpockets.co.uk/party-packages"/>
<meta property="og:title" content="Party Packages | Professor Pockets"/><meta property="og:type" content="website"/>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Professor Pockets","telephone":"07700 900418",
"address":{"@type":"PostalAddress","addressLocality":"Harrowfield","addressCountry":"GB"}}</script>
<style id="css_masterPage">#SITE_CONTAINER{}.font_0{font:normal normal normal 54px/1.4em 'bree serif',serif;}.font_8{font:16px/1.6em
avenir-lt-w01_35-light1475496,sans-serif;}</style>
</head>`;
const wHtml = `${wHead}
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wText(`<p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">
<a href="/" target="_self" class="wixui-rich-text__text">Professor Pockets</a></span></p>`)}
${wText(`<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Magician &amp; Children's Entertainer</span></p>`)}
<nav id="comp-lq1a2b" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="/" class="itemDepth02233374943__root">
<div class="itemDepth02233374943__label">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-lq2h9k1" class="comp-lq2h9k1 CohWsy wixui-column-strip"><div id="bgLayers_comp-lq2h9k1" data-hook="bgLayers" class="MW5IWV"></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lq2h9k2" class="comp-lq2h9k2 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq2h9k2inlineContent">
${wText(`<h1 class="font_0 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wText(secsHtml(wSecs.slice(0, 1), { p: wP }))}
</div></div></div></section>
<section id="comp-lq2h9k3" class="comp-lq2h9k3 CohWsy wixui-column-strip"><div id="comp-lq2h9k4" class="comp-lq2h9k4 wixui-repeater" role="list">
${wSecs.slice(1).map(wCard).join('\n')}
</div>${wButton('Check Availability', '/contact')}</section>
<section id="comp-lq2h9k5" class="comp-lq2h9k5 CohWsy wixui-column-strip">
${wText(`<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">What Parents Say</span></h2>`)}
${wText(`<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">“Custard stole the show. Forty children sat silent for an hour!”
— Jo, Harrowfield</span></p>`)}
</section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
${wText(`<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Call 07700 900418</span></p>`)}
${wText(`<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">
<a href="mailto:hello@professorpockets.co.uk">hello@professorpockets.co.uk</a></span></p>`)}
${wText(`<p class="font_9 wixui-rich-text__text">
<span class="wixui-rich-text__text">© 2025 by Professor Pockets. Proudly created with <a href="https://wix.com">Wix.com</a></span></p>`)}
</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
</div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie banner" class="_2ja1X">
<p data-hook="ccsu-banner-text">We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies.
<a data-hook="ccsu-banner-policy-link" href="/privacy-policy">Privacy Policy</a></p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b1e2c3d4.bundle.min.js" async></script>
</body></html>`;
const wGold = gold(wSecs);
const wix: TestPage = done({
  name: 'heldout634-magician-packages-wix',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wGold.headings,
  body: wGold.body,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Professor Pockets', "Magician & Children's Entertainer", ...wNav.map((t) => t.replace('&amp;', '&')), 'Book This Package',
    'Check Availability', 'What Parents Say', '“Custard stole the show. Forty children sat silent for an hour!” — Jo, Harrowfield', 'Call 07700 900418',
    'hello@professorpockets.co.uk', '© 2025 by Professor Pockets. Proudly created with Wix.com', 'bottom of page',
    'We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies. Privacy Policy',
    'Settings', 'Accept',
  ],
});

export const HELDOUT634_A2: readonly TestPage[] = [wix];
