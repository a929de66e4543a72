import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout561-kit.js';

/** Held-out batch 561, file b2: a short British Sign Language interpreting page on Wix with a booking form. */
const wTitle = 'British Sign Language Interpreters';
const wIntro = [
  j(
    'Signwell provides qualified, registered BSL/English interpreters for medical appointments, job interviews, meetings,',
    'training days and family events across the Fenmoor region. All our interpreters hold full registration and an enhanced',
    'background check.',
  ),
];
const wWhereH = 'Where we work';
const wWhere = ['In person, anywhere within 60 miles of Fenmoor', 'Online, through Zoom, Teams or Google Meet', 'Video relay for short phone calls'];
const wBookH = 'How to book';
const wBook = [
  j(
    'Fill in the form below with the date, time and place of your booking. We will confirm within one working day. For events',
    'longer than two hours we send two interpreters, who take turns.',
  ),
];
const wNav = ['Home', 'BSL Interpreting', 'Deaf Awareness Training', 'About', 'Contact'];
const wForm = ['Your name', 'Email', 'Date of booking', 'Tell us about the assignment'];
const wRt = (tag: string, cls: string, t: string): string =>
  `<${tag} class="${cls} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></${tag}>`;
const wText = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>BSL Interpreting | Signwell Interpreting</title>
<meta name="description" content="Qualified, registered BSL/English interpreters for appointments, meetings and events in the Fenmoor region.">
<link rel="canonical" href="https://www.signwell-interpreting.example/bsl-interpreting"><meta property="og:site_name" content="Signwell Interpreting">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"7c1e0d2a-55f1-4c7e-9b7d-3f2a9e1c0b44","isPremiumDomain":true},
"language":"en"}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Signwell Interpreting",
"telephone":"+44 1632 960 772"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;} .font_0{font:normal normal bold 48px/1.2 "avenir-lt-w01_85-heavy1475544"}</style></head>
<body class="device-desktop"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContent" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBgCenter"></div>
</div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${wText('lk3a9b1', wRt('p', 'font_9', `<a href="https://www.signwell-interpreting.example">Signwell Interpreting</a>`))}
<nav id="comp-lk3a9b7" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItemDepth0"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="StylableHorizontalMenu3372578893__root"><div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">${t}</span></div></a>
</li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="lk3c2d0e" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page"></div><div class="HT5ybB"><div id="Containerlk3c2d0e"
class="Containerlk3c2d0e SPY_vo">
<div data-mesh-id="Containerlk3c2d0einlineContent" data-testid="inline-content"><section id="comp-lk3c2f11" tabindex="-1"
class="Oqnisf comp-lk3c2f11 wixui-section"
data-block-level-container="ClassicSection"><div id="bgLayers_comp-lk3c2f11" data-hook="bgLayers" class="MW5IWV"></div><div
data-mesh-id="comp-lk3c2f11inlineContent"
data-testid="inline-content" class="">
${wText('lk3c3a01', wRt('h1', 'font_0', wTitle))}
${wText('lk3c3a02', ps(wIntro).replace(`<p>`, `<p class="font_8 wixui-rich-text__text">`))}
${wText('lk3c3a03', wRt('h2', 'font_2', wWhereH))}
${wText(
  'lk3c3a04',
  `<ul class="font_8 wixui-rich-text__text">${lis(
    wWhere.map((t) => wRt('p', 'font_8', t)),
    'wixui-rich-text__text',
  )}</ul>`,
)}
${wText('lk3c3a05', wRt('h2', 'font_2', wBookH))}
${wText('lk3c3a06', wRt('p', 'font_8', wBook[0] ?? ''))}
<div id="comp-lk3c4b10" class="wixui-form"><form class="JVi7i2 comp-lk3c4b10" novalidate>${wForm
  .map(
    (l, i) => `<div class="kJ6qCN" data-hook="form-field"><label for="input_comp-lk3c4b1${i}" class="wixui-text-input__label">${l}</label>
<input id="input_comp-lk3c4b1${i}" class="KvoMHf has-custom-focus wixui-text-input__input" type="text" aria-required="false"></div>`,
  )
  .join('\n')}
<div class="comp-lk3c4b20 wixui-button"><button aria-disabled="false" data-testid="buttonElement" class="StylableButton2545352419__root wixui-button"
type="submit">
<span class="StylableButton2545352419__label wixui-button__label">Send request</span></button></div>
<div id="comp-lk3c4b21" class="wixui-rich-text" style="visibility:hidden" aria-hidden="true"><p class="font_8">Thanks, we will be in touch soon.</p></div>
</form></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content">
${wText('lk3d0a01', wRt('p', 'font_8', 'Signwell Interpreting, Unit 4, Mill Lane, Fenmoor FN2 8RD'))}
${wText('lk3d0a02', wRt('p', 'font_8', 'Text or WhatsApp: 07700 900 418'))}
${wText('lk3d0a03', wRt('p', 'font_8', '© 2026 by Signwell Interpreting. Proudly created with Wix.com'))}
</div></div></footer></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7a1b2c3d.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout561-wix-bsl-interpreters',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wWhereH, wBookH],
  body: texts([...wIntro, ...wWhere, ...wBook]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Signwell Interpreting', ...wNav, ...wForm, 'Send request',
    'Signwell Interpreting, Unit 4, Mill Lane, Fenmoor FN2 8RD',
    'Text or WhatsApp: 07700 900 418', '© 2026 by Signwell Interpreting. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT561_B2: readonly TestPage[] = [wix];
