import { links, ps, type TestPage, texts } from './page-kit.js';
import { zendesk } from './pages-heldout361-c2.js';
import { j, lis } from './pages-heldout361-kit.js';

/**
 * Held-out batch 361, file c: an embassy's notice on a Wix site (Thunderbolt markup with comp- ids, wixui- classes and
 * richTextElement blocks, a site menu, a strip with the mission's opening hours, a contact strip, Wix consent banner and
 * footer; the notice is short) and, from file c2, a visa centre's appointment FAQ on a Zendesk Guide help center.
 */
const wTitle = 'Temporary suspension of walk-in passport and visa services';
const wDate = 'Published 4 March 2026';
const wBody = [
  j(
    'The Embassy of the Republic of Ostrevia in Kell informs the public that walk-in consular services will be suspended from',
    'Monday 16 March to Friday 3 April 2026 while the consular hall is renovated.',
  ),
  'During this period the consular section will only receive applicants who hold a confirmed appointment. Please note the following:',
];
const wList = [
  'Visa applications must be booked online through the appointment system and will be received at the temporary counter on the ground floor.',
  'Passport collections will take place on Tuesdays and Thursdays between 14:00 and 16:00, without an appointment.',
  'Emergency travel documents remain available every working day. Call the duty officer before coming to the embassy.',
  'Notarial services and legalisations are suspended and will resume on Monday 6 April.',
];
const wEnd = [
  j(
    'Applications already submitted will be processed as normal, and applicants will be informed by email when their documents',
    'are ready. The embassy apologises for any inconvenience and thanks the public for its understanding.',
  ),
];
const wMenu = ['Home', 'About the Embassy', 'Consular Services', 'Visas', 'Notices', 'Contact'];
const rt = (id: string, inner: string): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 lq2cno YQcXTT comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const sp = (t: string): string => `<span style="letter-spacing:normal;" class="wixui-rich-text__text">${t}</span>`;
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"
id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Notices | Embassy of Ostrevia in Kell</title>
<meta name="description" content="Walk-in consular services are suspended from 16 March to 3 April 2026."><link rel="canonical"
href="https://www.ostrevia-embassy-kell.example/notices/walk-in-suspension"><meta property="og:site_name" content="Embassy of Ostrevia in Kell">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","consentPolicy","cookiesManager"],"site":{"metaSiteId":"3f9e"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"WebPage","name":"${wTitle}"}</script>
<style id="css_masterPage">#SITE_HEADER{--shd:none;}#comp-lm2k9{width:980px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="Xq6tEs"><div class="_3LWOY">
${rt(
  'lm2k9',
  `<p class="font_6 wixui-rich-text__text">${sp('REPUBLIC OF OSTREVIA')}</p><p class="font_8
wixui-rich-text__text">${sp('Embassy in the Kingdom of Kell')}</p>`,
)}
<nav id="comp-lm2ka" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-lm2ka wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">${wMenu
  .map(
    (m) => `<li class="itemDepth02233374943__root wixui-horizontal-menu__item" data-testid="menuItemDepth0"><a data-testid="linkElement"
href="https://www.ostrevia-embassy-kell.example/${m.length}" class="itemDepth02233374943__container"><span class="itemDepth02233374943__label
wixui-horizontal-menu__item-label">${m}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="bv9lx"
class="dBAkHi theme-vars"><div class="PFkO7r wN7Ek0"><section id="comp-lm2kc" tabindex="-1" class="Oqnisf comp-lm2kc wixui-section"><div data-testid="columns"
class="V5AUxf"><div id="comp-lm2kd" class="comp-lm2kd YzqVVZ wixui-column-strip__column"><div data-testid="columns" class="kJ3NFv">
${rt('lm2ke', `<p class="font_9 wixui-rich-text__text">${sp('CONSULAR NOTICE · No. 07/2026')}</p>`)}
${rt('lm2kf', `<h1 class="font_0 wixui-rich-text__text" style="font-size:38px;">${sp(wTitle)}</h1>`)}
${rt('lm2kg', `<p class="font_9 wixui-rich-text__text">${sp(wDate)}</p>`)}
<div id="comp-lm2kh" class="comp-lm2kh wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lm2kh" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lm2kh","displayMode":"fill"}'><img src="https://static.wixstatic.example/media/8c1e_a7.jpg/v1/fill/w_640,h_300/hall.jpg"
alt="Consular hall" style="width:640px;height:300px;object-fit:cover"></wow-image></div></div>
${rt(
  'lm2ki',
  `${ps(wBody.map(sp), ' class="font_8 wixui-rich-text__text"')}
<ul class="font_8 wixui-rich-text__text">${lis(wList.map(sp), 'wixui-rich-text__text')}</ul>
${ps(wEnd.map(sp), ' class="font_8 wixui-rich-text__text"')}`,
)}
<div class="comp-lm2kj wixui-button" id="comp-lm2kj" aria-disabled="false"><a data-testid="linkElement" href="https://appointments.ostrevia.example"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book an appointment</span></a></div>
</div></div></div></section>
<section id="comp-lm2kk" class="Oqnisf comp-lm2kk wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lm2kl" class="comp-lm2kl
wixui-column-strip__column">
${rt('lm2km', `<h2 class="font_4 wixui-rich-text__text">${sp('Consular section opening hours')}</h2>`)}
${rt(
  'lm2kn',
  `<p class="font_8 wixui-rich-text__text">${sp('Monday to Friday, 09:00 to 12:30')}</p><p class="font_8 wixui-rich-text__text">${sp(
    'Closed on Kell and Ostrevian public holidays',
  )}</p>`,
)}
</div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="Xq6tEs"><div class="_3LWOY">
${rt(
  'lm2ko',
  `<p class="font_8 wixui-rich-text__text">${sp('22 Lindenvej, 1180 Kell')}</p><p class="font_8 wixui-rich-text__text">${sp(
    'Tel. +45 3300 4412 · consular.kell@ostrevia-mfa.example',
  )}</p><p class="font_9 wixui-rich-text__text">${sp('© 2026 Embassy of the Republic of Ostrevia. All rights reserved.')}</p>`,
)}
</div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-wrapper" role="region"
aria-label="Cookie banner"><div data-hook="ccsu-banner-text" class="ccsu-banner-text"><p>This website uses cookies. By continuing to use this website you
agree to their use.</p></div><button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline
all</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout361-wix-embassy-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([...wBody, ...wList, ...wEnd]),
  bylines: [wDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'REPUBLIC OF OSTREVIA', 'Embassy in the Kingdom of Kell', ...wMenu, 'CONSULAR NOTICE · No. 07/2026', 'Book an appointment',
    'Consular section opening hours', 'Monday to Friday, 09:00 to 12:30', 'Closed on Kell and Ostrevian public holidays', '22 Lindenvej, 1180 Kell',
    'Tel. +45 3300 4412 · consular.kell@ostrevia-mfa.example', '© 2026 Embassy of the Republic of Ostrevia. All rights reserved.',
    'This website uses cookies. By continuing to use this website you agree to their use.', 'Settings', 'Decline all', 'Accept',
  ],
};

export const HELDOUT361_C: readonly TestPage[] = [wix, zendesk];
