import { type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout610-kit.js';

/**
 * Held-out batch 610, file b: a beauty salon's policies page built with Wix (rich text elements with empty guard paragraphs).
 */
const wTitle = 'Salon Policies';
const wSections: { head: string; paras: string[] }[] = [
  {
    head: 'Booking and deposits',
    paras: [
      j('A deposit of £15 is taken for every appointment over £40 and for all new clients. Your deposit comes off the price of your', 'treatment on the day.'),
      'Deposits are not refundable, but they can be moved once to a new date if you give us at least 48 hours’ notice.',
    ],
  },
  {
    head: 'Cancellations and late arrivals',
    paras: [
      j(
        'We ask for 48 hours’ notice to cancel or change an appointment. Cancellations with less notice lose the deposit, and a missed',
        'appointment without any notice will be charged at 50% of the treatment price.',
      ),
      j(
        'If you arrive more than 15 minutes late we may need to shorten your treatment so that the next client is not kept waiting.',
        'The full price will still apply.',
      ),
    ],
  },
  {
    head: 'Patch tests',
    paras: [
      'A patch test is needed at least 48 hours before any tint, lash lift, lash extension or first gel treatment.',
      'We cannot carry out these treatments without a patch test on record from the last six months.',
    ],
  },
  {
    head: 'Children and guests',
    paras: [
      j(
        'For safety reasons we are unable to look after children during appointments. Clients under 16 must be accompanied by a parent',
        'or guardian, and clients under 16 cannot have waxing, lash or brow lamination treatments.',
      ),
    ],
  },
  {
    head: 'Gel and BIAB fixes',
    paras: [
      j(
        'If a nail lifts or chips within five days, let us know and we will fix it free of charge. After five days, or if the nail was',
        'damaged by an accident, repairs are charged at £4 per nail.',
      ),
    ],
  },
];
const wIntro = 'Please take a moment to read our policies before booking. By booking an appointment you agree to the terms below.';
const wNav = ['Home', 'Treatments', 'Book Now', 'Gift Vouchers', 'Policies', 'Contact'];
const wFoot = ['Willow &amp; Finch Beauty', '22 Market Street, Aldersby AB4 2LN', 'Tel: 01632 960 418', 'hello@willowandfinch.co.uk'];
const wixP = (text: string, id: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span style="letter-spacing:normal;" class="wixui-rich-text__text">${text}</span></p>
<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span class="wixGuard wixui-rich-text__text">​</span></p></div>`;
const wixSection = (s: { head: string; paras: string[] }, n: number): string =>
  `<div id="comp-lq8r${n}h2" class="HcOXKn SxM0TO QxJLC3 comp-lq8r${n}h2 wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text" style="font-size:22px;"><span style="font-size:22px;" class="wixui-rich-text__text">${s.head}</span></h2></div>
${s.paras.map((p, i) => wixP(p, `lq8r${n}p${i}`)).join('\n')}`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8b1f3e_favicon.png">
<title>Salon Policies | Willow &amp; Finch Beauty</title><meta name="description" content="Booking, deposit and cancellation policies at Willow &amp; Finch.">
<link rel="canonical" href="https://www.willowandfinch.co.uk/policies"><meta property="og:title" content="Salon Policies | Willow &amp; Finch Beauty">
<meta property="og:type" content="website"><meta name="twitter:card" content="summary_large_image">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager","seo"],"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BeautySalon","name":"Willow &amp; Finch Beauty",
"address":{"@type":"PostalAddress","streetAddress":"22 Market Street","addressLocality":"Aldersby"},"telephone":"01632 960 418"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;--shd:none}.font_0{font:normal normal normal 48px/1.2em playfair display,serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_lq8rzr"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX"
data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lq8qkw1d" class="HcOXKn SxM0TO QxJLC3 comp-lq8qkw1d wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"
style="font-size:26px;"><span class="wixui-rich-text__text"><a href="https://www.willowandfinch.co.uk" target="_self" class="wixui-rich-text__text">
Willow &amp; Finch</a></span></p></div>
<wix-dropdown-menu id="comp-lq8qkw2a" class="XwCBRN NHM1d1 comp-lq8qkw2a wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true" data-dropdown-direction="none"><nav class="R_TAzU" id="comp-lq8qkw2anavContainer" aria-label="Site">
<ul class="y7qwii" id="comp-lq8qkw2aitemsContainer" style="text-align:right" data-marginallchildren="true">
${wNav
  .map(
    (t, i) => `<li id="comp-lq8qkw2a${i}" data-direction="ltr" data-listposition="center" data-data-id="dataItem-lq8qkw2c${i}"
class="wbSMXl wixui-dropdown-menu__item">
<a data-testid="linkElement" href="https://www.willowandfinch.co.uk/${t.toLowerCase().replace(/ /g, '-')}" target="_self" class="UiHgGh"><div class="yRj2ms">
<div class="" id="comp-lq8qkw2a${i}label">${t}</div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="lq8rzr" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerlq8rzr"
class="Containerlq8rzr SPY_vo">
<div data-mesh-id="Containerlq8rzrinlineContent" data-testid="inline-content"><div data-mesh-id="Containerlq8rzrinlineContent-gridContainer"
data-testid="mesh-container-content">
<section id="comp-lq8s01ab" tabindex="-1" class="Oqnisf comp-lq8s01ab wixui-section"
data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq8s01ab"
data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf">
<div id="comp-lq8s01ac" class="comp-lq8s01ac YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq8s01acinlineContent" data-testid="inline-content">
<div id="comp-lq8s0h1t" class="HcOXKn SxM0TO QxJLC3 comp-lq8s0h1t wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"
style="text-align:center;"><span class="wixui-rich-text__text">${wTitle}</span></h1></div>
${wixP(wIntro, 'lq8s0i2u')}
${wSections.map((s, n) => wixSection(s, n)).join('\n')}
<div class="comp-lq8s9k0b R6ex7N" id="comp-lq8s9k0b" aria-disabled="false"><a data-testid="linkElement" href="https://www.willowandfinch.co.uk/book-online"
target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book an Appointment</span></a></div>
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div data-testid="inline-content">
<div id="comp-lq8qkwcm" class="HcOXKn SxM0TO QxJLC3 comp-lq8qkwcm wixui-rich-text" data-testid="richTextElement">
${wFoot.map((t) => `<p class="font_9 wixui-rich-text__text" style="font-size:14px;"><span class="wixui-rich-text__text">${t}</span></p>`).join('\n')}</div>
<div id="comp-lq8qkwd1" class="comp-lq8qkwd1"><ul class="O0KR0u" aria-label="Social Bar"><li id="dataItem-lq8qkwd3-comp-lq8qkwd1" class="Ofa3_y">
<a data-testid="linkElement" href="https://www.instagram.com/willowandfinchbeauty" target="_blank" class="f8KfQ6"><wix-image class="HlRz5e BI8PVQ"
data-image-info="{}"><img src="https://static.wixstatic.com/media/01c3aff52f2a4dffa526d7a9843d46ea.png" alt="Instagram"></wix-image></a></li></ul></div>
<div id="comp-lq8qkwe7" class="HcOXKn SxM0TO QxJLC3 comp-lq8qkwe7 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"
style="text-align:center;"><span class="wixui-rich-text__text">© 2025 by Willow &amp; Finch Beauty. Powered and secured by
<a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank"
class="wixui-rich-text__text"><span style="text-decoration:underline;">Wix</span></a></span></p></div>
</div></div></div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div>
<div id="consent-banner-root"><div class="consent-banner-root" data-hook="consent-banner-root"><div class="banner-wrapper" role="dialog"
aria-label="Cookie banner">
<p data-hook="consent-banner-text" class="main-text">This website uses cookies. By clicking Accept, you consent to the use of cookies.</p>
<button data-hook="consent-banner-settings-button" class="settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline</button>
<button data-hook="consent-banner-apply-button" class="accept-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.c2b3e4f1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = finish({
  name: 'heldout610-wix-salon-policies',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSections.map((s) => s.head),
  body: [wIntro, ...wSections.flatMap((s) => s.paras)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'bottom of page', 'Willow & Finch', ...wNav, 'Book an Appointment',
    ...texts(wFoot), '© 2025 by Willow & Finch Beauty. Powered and secured by Wix',
    'This website uses cookies. By clicking Accept, you consent to the use of cookies.', 'Settings', 'Decline', 'Accept',
  ],
});

export const HELDOUT610_B: readonly TestPage[] = [wix];
