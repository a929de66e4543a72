import type { TestPage } from './page-kit.js';
import { esc, j } from './pages-heldout502-kit.js';

/** Held-out batch 502, file a2: a cake maker's order form page on Wix (Wix Forms, "Proudly created with Wix.com" footer). */
const wTitle = 'Celebration Cake Order Form';
const wIntro = j(
  'Please give us at least ten days\u2019 notice for celebration cakes, and three weeks for tiered cakes. Fill in the form below and',
  'Pip will reply within two working days with a quote and a link to pay your deposit.',
);
const wFields = [
  'First name',
  'Last name',
  'Email',
  'Phone',
  'Collection or delivery date',
  'Cake size',
  '6 inch round (serves 12)',
  '8 inch round (serves 20)',
  '10 inch round (serves 35)',
  'Flavour',
  'Message on the cake',
  'Allergies or dietary requirements',
  'Anything else we should know?',
  'I understand that a 50% deposit confirms my order',
];
const wH2 = 'What happens next';
const wNext = j(
  'Once your deposit is paid your date is booked. We will be in touch a week before to confirm the details and the collection time.',
  'Delivery is available within Castlebridge for £8.',
);
const wNav = ['Home', 'Cakes', 'Cupcakes', 'Order', 'Gallery', 'Contact'];
const wFoot = [
  'Pip & Crumb Cakes',
  'Collection from 14 Orchard Row, Castlebridge',
  'hello@pipandcrumb.co.uk',
  '© 2026 by Pip & Crumb Cakes. Proudly created with Wix.com',
];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const field = (label: string, i: number): string => {
  if (label.startsWith('6 inch') || label.startsWith('8 inch') || label.startsWith('10 inch'))
    return `<label class="Fg4Xdc wixui-radio-button" data-hook="radio-option"><input type="radio" name="size" value="${i}"><span
class="d7dd_f">${label}</span></label>`;
  if (label === 'Cake size') return `<fieldset class="x5KJd_" data-hook="radio-group"><legend class="WoJrCv" data-testid="label">${label}</legend>`;
  if (label === 'Flavour')
    return `</fieldset><div data-hook="form-field"><label class="yrzyr_ wixui-dropdown__label" for="input_comp-lw8f${i}">${label}</label>
<select id="input_comp-lw8f${i}" class="wixui-dropdown__input"><option value="">Choose a flavour</option><option>Lemon and elderflower</option>
<option>Chocolate fudge</option><option>Vanilla and raspberry</option><option>Carrot and walnut</option></select></div>`;
  if (label.startsWith('I understand'))
    return `<div data-hook="form-field" class="wixui-checkbox"><label><input type="checkbox" required><span class="OMkr3Z">${label}</span></label></div>`;
  const input =
    i >= 10
      ? '<textarea class="wixui-text-box__input" rows="3"></textarea>'
      : `<input class="wixui-text-input__input" type="text"
id="input_comp-lw8f${i}">`;
  return `<div data-hook="form-field" class="jB6ZzJ wixui-text-input"><label class="wixui-text-input__label" for="input_comp-lw8f${i}">${label}</label>
<span class="req" aria-hidden="true">*</span>${input}</div>`;
};
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Order | Pip &amp; Crumb Cakes</title>
<meta name="description" content="Order a celebration cake from Pip &amp; Crumb Cakes in Castlebridge."><link rel="canonical"
href="https://www.pipandcrumb.co.uk/order">
<meta property="og:title" content="Order | Pip &amp; Crumb Cakes"><meta property="og:site_name" content="Pip &amp; Crumb Cakes">
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"thunderbolt-seo-renderer","type":"Rollout","code":0},
"mode":{"qa":false}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Pip & Crumb Cakes",
"address":{"addressLocality":"Castlebridge"}}</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50}.font_0{font-size:44px}.font_8{font-size:16px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1" role="region"
 aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="pageBackground_wx9b1"
class="pageBackground_wx9b1"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${rt('kq1m2x8a', '<p class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Pip &amp; Crumb</span></p>')}
<nav aria-label="Site" id="comp-kq1m3a0b" class="XwCBRN comp-kq1m3a0b wixui-horizontal-menu" tabindex="-1"><ul
class="StylableHorizontalMenu3372578893__menu" role="menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItemDepth0"><a data-testid="linkElement"
href="https://www.pipandcrumb.co.uk/${t.toLowerCase()}"
 class="StylableHorizontalMenu3372578893__root"><div class="itemDepth02233374943__container"><span
class="itemDepth02233374943__label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="lw8f2q10" class="lw8f2q10"><div class="dBAkHi theme-vars"><section id="comp-lw8f3b1c" tabindex="-1" class="Oqnisf comp-lw8f3b1c wixui-section"
 data-block-level-container="ClassicSection"><div data-testid="columns" class="V5AUxf"><div id="comp-lw8f3b1d"
class="comp-lw8f3b1d YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lw8f3b1dinlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lw8f3b1dinlineContent-gridContainer"
data-testid="mesh-container-content">
${rt('lw8f3xa1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt('lw8f3xa2', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wIntro}</span></p>`)}
<div id="comp-lw8f4fm1" class="comp-lw8f4fm1"><form data-hook="form" class="FormContainer" novalidate aria-label="Cake order">
${wFields.map(field).join('\n')}
<div class="comp-lw8f4fm2 wixui-button"><button class="StylableButton2545352419__root wixui-button" type="submit" data-testid="buttonElement">
<span class="StylableButton2545352419__label wixui-button__label">Send order request</span></button></div></form></div>
${rt('lw8f3xa3', `<h2 class="font_4 wixui-rich-text__text">${wH2}</h2><p class="font_8 wixui-rich-text__text">${esc(wNext)}</p>`)}
</div></div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content">
${rt('kq1m5c2d', wFoot.map((t) => `<p class="font_9 wixui-rich-text__text">${esc(t)}</p>`).join(''))}
<div id="comp-kq1m5z9y" class="comp-kq1m5z9y wixui-social-bar"><ul class="ywmhUd" aria-label="Social Bar"><li class="mlWmc5"><a
href="https://www.instagram.com/pipandcrumb"
 target="_blank" aria-label="Instagram"><img src="https://static.wixstatic.com/media/01c3aff52f2a4dffa526d7a9843d46ea.png" alt="Instagram"></a></li></ul></div>
</div></div></footer></div></div></div></div>
<div id="consent-banner-root" data-hook="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner">
<p data-hook="consent-banner-text">This website uses cookies. By accepting, you agree to our use of such cookies. <a href="/privacy-policy">Privacy
Policy</a></p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout502-wix-cake-order-form',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wH2],
  body: [wIntro, ...wFields, wNext],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Pip & Crumb', ...wNav.filter((t) => t !== 'Cakes' && t !== 'Order'), 'Send order request', ...wFoot,
    'This website uses cookies. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT502_A2: readonly TestPage[] = [wix];
