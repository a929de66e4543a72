import { ps, type TestPage, texts } from './page-kit.js';
import { j, settle, uniq } from './pages-heldout656-kit.js';

/** Held-out batch 656, file a2: a short quote request page of a tree surgeon on Wix, with its form. */
const qTitle = 'Request a Free Quote';
const qIntro = [
  j(
    'Tell us a little about the job and we will arrange a visit. Quotes are free and there is no obligation. For most jobs in Marlbury,',
    'Pewsham and the Vale villages we can visit within a week; for fallen trees and storm damage, please call us instead.',
  ),
  'What happens next',
];
const qSteps = [
  'One of our arborists calls you within two working days to book a visit.',
  'We look at the trees with you, check for protection orders and talk through the options.',
  'You receive a written quote by email, usually the same day, valid for 60 days.',
];
const qNav = ['Home', 'Services', 'Our Work', 'Reviews', 'Get a Quote'];
const qLabels = ['First name', 'Last name', 'Email', 'Phone', 'Postcode', 'Type of work', 'Tell us about the trees', 'Upload photos (optional)'];
const qField = (l: string, i: number): string =>
  `<div class="lsG_v6 wixui-form-field" data-testid="form-field-${i}"><label for="input_comp-lq9f${i}" class="VGmYAU wixui-form-field__label">${l}</label>
<input id="input_comp-lq9f${i}" class="KvoMHf has-custom-focus wixui-text-input__input" type="text" aria-required="${i < 5 ? 'true' : 'false'}"></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Get a Quote | Ridgeway Arborists | Tree Surgeons in Marlbury</title>
<meta name="description" content="Request a free, no-obligation quote for tree surgery, hedge cutting or stump grinding in Marlbury and the Vale.">
<meta property="og:title" content="Get a Quote | Ridgeway Arborists"><meta property="og:site_name" content="Ridgeway Arborists">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Ridgeway Arborists","telephone":"01632 960 771",
"address":{"@type":"PostalAddress","addressLocality":"Marlbury"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"3c1f0e2a-77b4-4c55-9d2b-6d1d1b2a9e10","isPremium":true},"language":{"userLanguage":"en"}};</script>
<style>#SITE_HEADER{z-index:50}.font_0{font:normal normal bold 44px/1.2 "Montserrat",sans-serif}.font_8{font:normal normal normal 17px/1.6 "Lato"}</style>
</head><body class="device-desktop"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"
tabindex="-1" role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skip-to-content">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="HHb8Bg"><div data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-kx2a1" class="Mq8sOW wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">RIDGEWAY ARBORISTS</p></div>
<nav id="comp-kx2a5" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${qNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" 
href="https://www.ridgewayarborists.co.uk/${t.toLowerCase().replace(/ /g, '-')}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__container">
<span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span>
</div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-kx2a9" class="wixui-button" data-testid="buttonElement">
<a href="tel:01632960771" class="uDW_Qe"><span class="l7_2fn">Call 01632 960 771</span></a></div>
</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div id="c1dmp" class="dBAkHi">
<section id="comp-lq9e1" class="wixui-section"><div data-testid="columns" class="comp-lq9e1-container"><div id="comp-lq9e2" class="wixui-column-strip__column">
<div id="comp-lq9e3" class="Mq8sOW wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">${qTitle}</span></h1></div>
<div id="comp-lq9e4" class="Mq8sOW wixui-rich-text" data-testid="richTextElement">${ps([qIntro[0] ?? ''], ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-lq9e5" class="Mq8sOW wixui-rich-text" data-testid="richTextElement"><h2 class="font_4 wixui-rich-text__text">${qIntro[1]}</h2>
<ol class="font_8 wixui-rich-text__text">
${qSteps.map((s) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${s}</p></li>`).join('\n')}</ol>
</div></div>
<div id="comp-lq9f0" class="wixui-column-strip__column"><form id="comp-lq9f" class="JVi7i2 wixui-form" aria-label="Quote request form" data-testid="form">
<div class="Mq8sOW wixui-rich-text" data-testid="richTextElement"><h2 class="font_5 wixui-rich-text__text">Your details</h2></div>
${qLabels.map(qField).join('\n')}
<div class="wixui-button" data-testid="buttonElement"><button class="uDW_Qe" type="submit"><span class="l7_2fn">Send request</span></button></div>
<div class="Mq8sOW wixui-rich-text" data-testid="richTextElement" style="display:none" aria-hidden="true"><p class="font_8">Thanks for your request! We will be
in touch within two working days.</p></div></form></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
<div class="Mq8sOW wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">Ridgeway Arborists, Unit 4, Chalkpit Lane,
Marlbury</p><p class="font_9 wixui-rich-text__text">info@ridgewayarborists.co.uk</p></div>
<div class="Mq8sOW wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">© 2026 by Ridgeway Arborists. Proudly created with
Wix.com</p></div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.0ad1b5f3.bundle.min.js" async></script></body></html>`;
const wixQuote: TestPage = {
  name: 'heldout656-wix-quote-request',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [qIntro[1] ?? ''],
  body: texts([qIntro[0] ?? '', ...qSteps]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'top of page', 'Skip to Main Content', 'RIDGEWAY ARBORISTS', ...qNav, 'Call 01632 960 771', 'Your details', ...qLabels, 'Send request',
    'Ridgeway Arborists, Unit 4, Chalkpit Lane, Marlbury', 'info@ridgewayarborists.co.uk', '© 2026 by Ridgeway Arborists. Proudly created with Wix.com',
  ]),
};

export const HELDOUT656_A2: readonly TestPage[] = [wixQuote].map(settle);
