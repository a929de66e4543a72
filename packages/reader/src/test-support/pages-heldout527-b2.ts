import { type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout527-kit.js';

/** Held-out batch 527, file b2: a tea room's afternoon-tea booking page on Wix (Wix Bookings service page in a Wix site). */
const wTitle = 'Afternoon Tea for Two';
const wTag = 'Served in the glasshouse, Thursday to Sunday';
const wDetails = ['1 hr 30 min', '\u00a364'];
const wAbout = [
  j(
    'A pot of loose-leaf tea each from our list of twelve, finger sandwiches, two warm scones with clotted cream and damson jam,',
    'and a tier of small cakes baked that morning by Ada in our kitchen.',
  ),
  j(
    'Please tell us about allergies when you book; we can make every part of the tea gluten-free or vegan with two days\u2019 notice.',
    'Tables are held for 15 minutes after your booking time.',
  ),
];
const wNav = ['Home', 'Tea List', 'Afternoon Tea', 'Gift Vouchers', 'Contact'];
const wContact = ['Contact Details', '01632 960 418', 'hello@lindentearoom.co.uk', 'The Linden Tea Room, 12 Orchard Walk, Fenmoor'];
const navItem = (t: string, i: number): string =>
  `<li class="wixui-dropdown-menu__item" data-testid="comp-lq3x1menuItem${i}"><a data-testid="linkElement" href="https://www.lindentearoom.co.uk/${
    i ? t.toLowerCase().replace(/ /g, '-') : ''
  }" class="UiHgGh" aria-haspopup="false"><div class="Bd5Jrv"><div class="pGdw4F"><p class="wixui-dropdown-menu__item
ZVnh_I">${t}</p>
</div></div></a></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>Afternoon Tea for Two | The Linden Tea Room</title><meta name="description" content="Loose-leaf tea, sandwiches, scones and cakes in the glasshouse.">
<link rel="canonical" href="https://www.lindentearoom.co.uk/service-page/afternoon-tea-for-two"><meta property="og:title" content="Afternoon Tea for Two |
The Linden Tea Room">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["bookings"],"site":{"siteId":"2f7b0c71-5b1e"},
"language":{"userLanguage":"en"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Afternoon Tea for Two",
"offers":{"@type":"Offer","price":"64","priceCurrency":"GBP"}}</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}
.mHZSwn{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>
</head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
 aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div
id="pageBackground_x9k2"
 data-media-height-override-type="" class="pageBackground_x9k2 BmZ5pC"><div id="bgLayers_pageBackground_x9k2" data-hook="bgLayers" class="MW5IWV"><div
data-testid="colorUnderlay"
 class="LWbAav Kv1aVt"></div></div></div></div></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage
css-editing-scope">
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" role="region" aria-label="Skip to Main Content"><button class="LHrbPP" tabindex="0">Skip to Main
Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBgCenter"></div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div
data-mesh-id="SITE_HEADERinlineContent-gridContainer"
 data-testid="mesh-container-content"><div id="comp-lq3x0" class="KcpHeO tz5f0K comp-lq3x0 wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text" style="font-size:22px;"><span class="wixui-rich-text__text">THE LINDEN TEA ROOM</span></p></div>
<wix-dropdown-menu id="comp-lq3x1" class="XwCBRN NHM1d1 comp-lq3x1 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true"
 data-same-width-buttons="false" data-num-items="5" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0"
 data-dropalign="center"><nav class="R_TAzU" id="comp-lq3x1navContainer" aria-label="Site"><ul class="y7qwii" id="comp-lq3x1itemsContainer"
style="text-align:center">
${wNav.map(navItem).join('\n')}
<li class="a2sxB3" id="comp-lq3x1moreContainer"><ul class="Hf9c1x"></ul></li></ul></nav></wix-dropdown-menu></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="x9k2"
class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerx9k2" class="Containerx9k2 SPY_vo"><div
data-mesh-id="Containerx9k2inlineContent"
 data-testid="inline-content" class=""><div data-mesh-id="Containerx9k2inlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lq3y2" tabindex="-1" class="Oqnisf comp-lq3y2 wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf">
<div id="comp-lq3y3" class="comp-lq3y3 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq3y3inlineContent" data-testid="inline-content" class="">
<div id="TPASection_lq3y4" class="TPASection_lq3y4 tpa-section"><div class="wix-bookings-service-page" data-hook="BOOKINGS_SERVICE_PAGE_WRAPPER">
<div data-hook="header-wrapper" class="sc3hgXW"><div data-hook="header-media"><img
src="https://static.wixstatic.com/media/9a1c3e_tea-tier~mv2.jpg/v1/fill/w_980,h_420/tea.jpg"
 alt="Afternoon tea tiers"></div><h1 data-hook="header-title" class="sHzP2Tg">${wTitle}</h1><h2 data-hook="header-tagline" class="s1cCS2q">${wTag}</h2>
<div data-hook="header-book-button-wrapper"><button data-hook="book-button" class="s2Qv9yd sTtO1Ym" type="button"><span class="sMlJbfY">Book
Now</span></button></div></div>
<div data-hook="body-wrapper" class="sYx0qJb"><div data-hook="details-wrapper" class="sGq4n4J"><span data-hook="details-duration">${wDetails[0]}</span>
<span data-hook="details-price">${wDetails[1]}</span></div><div data-hook="description-wrapper"><h2 data-hook="description-title" class="sK3vT1t">About the
Service</h2>
<div data-hook="description" class="sRc8xVt">${wAbout.map((t) => `<p>${t}</p>`).join('\n')}</div></div>
<div data-hook="contact-details" class="s2yQ5Rx"><h2 data-hook="contact-details-title">${wContact[0]}</h2><ul>
${wContact
  .slice(1)
  .map((t) => `<li data-hook="contact-details-item">${t}</li>`)
  .join('\n')}</ul></div>
<div data-hook="book-button-wrapper"><button data-hook="book-button" class="s2Qv9yd sTtO1Ym" type="button"><span class="sMlJbfY">Book
Now</span></button></div>
</div></div></div></div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="O31LFi SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div id="comp-lq3z1" class="KcpHeO tz5f0K comp-lq3z1
wixui-rich-text"
 data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">
\u00a9 2026 by The Linden Tea Room. Proudly created with <a href="https://www.wix.com" target="_blank"
class="wixui-rich-text__text">Wix.com</a></span></p></div></div>
</footer></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout527-wix-tea-room-booking',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['About the Service'],
  body: texts([wTag, ...wDetails, ...wAbout]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'THE LINDEN TEA ROOM', ...wNav.filter((t) => t !== wTitle), 'Book Now', ...wContact,
    '\u00a9 2026 by The Linden Tea Room. Proudly created with Wix.com',
  ],
};

export const HELDOUT527_B2: readonly TestPage[] = [tidy(wix)];
