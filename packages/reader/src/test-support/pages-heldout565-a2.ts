import { links, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout565-kit.js';

/**
 * Held-out batch 565, file a2: a Wix roller rink birthday party page (free-plan ad bar, enquiry form).
 */
const gTitle = 'Birthday Parties';
const gDek = 'Two hours on the rink, a party host and your own room: we do the work, your skater has the fun.';
const gOrbit = [
  'Up to 12 skaters',
  'Admission and quad or inline skate rental for every skater',
  '45 minutes in the Moon Room party room',
  'Two large cheese or pepperoni pizzas and a pitcher of soda',
];
const gNova = [
  'Up to 20 skaters',
  'Admission and skate rental, plus a light-up skate upgrade for the birthday skater',
  '75 minutes in the Saturn Room with a dedicated party host',
  'Four large pizzas, two pitchers of soda and a slushie for every guest',
  'A song and spotlight skate called over the DJ booth',
];
const gHow = [
  j(
    'Parties run on Saturdays and Sundays at 11:00 am, 1:30 pm and 4:00 pm. Send us the enquiry form below and we will call you',
    'within two days to confirm your slot. A $75 deposit holds the date and is taken off the final bill.',
  ),
  j(
    'You are welcome to bring your own cake, candles and paper plates. We are a nut-aware venue, so please let us know about',
    'allergies when you book. Extra skaters can be added on the day for $16 each.',
  ),
];
const gNav = ['Home', 'Sessions', 'Parties', 'Lessons', 'Snack Bar', 'Contact'];
const gForm = ['Party Enquiry', 'First Name', 'Email', 'Phone', 'Preferred Date', 'Number of Skaters', 'Submit'];
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string, font = 'font_8'): string => `<p class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wlist = (items: readonly string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${lis(
    items.map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ul>`;
const field = (id: string, label: string, type: string): string =>
  `<div id="comp-${id}" class="MpKiNN wixui-text-input"><label for="input_comp-${id}" class="wPeA6j wixui-text-input__label">${label}</label>
<div class="pUnTVX"><input type="${type}" name="${label.toLowerCase().replace(/ /g, '-')}" id="input_comp-${id}"
class="KvoMHf has-custom-focus wixui-text-input__input"></div></div>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Birthday Parties | Galaxy Skate Centre</title>
<meta name="description" content="Roller skating birthday parties in Harlan Falls. Two packages for up to 20 skaters.">
<meta property="og:title" content="Birthday Parties | Galaxy Skate Centre"><meta property="og:site_name" content="Galaxy Skate Centre">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Galaxy Skate Centre",
"address":{"@type":"PostalAddress","addressLocality":"Harlan Falls"}}</script>
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"wix-thunderbolt","type":"GA","code":0},
"mode":{"qa":false}}</script>
<style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">
.KcpHeO{word-wrap:break-word}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="WIX_ADS" class="VczJMf ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow" class="Tz5B1j">
<span class="YbyQnk"><span data-hook="freemium-text-desktop">This site was designed with the <span class="wix-logo">Wix.com</span> website builder. Create
your website today.</span></span>
<span class="d2ROH0"><span>Start Now</span></span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="Fmhx2n" data-testid="inline-content">
<div data-testid="mesh-container-content">${rich(
  'kq3f1x2',
  `<p class="font_6 wixui-rich-text__text">
<a href="https://www.galaxyskatecentre.com" class="wixui-rich-text__text">GALAXY SKATE CENTRE</a></p>`,
)}
<nav id="comp-kq3f4b8" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${links(gNav, 'itemDepth02233374943__itemWrapper')}
<li class="itemDepth02233374943__itemWrapper" aria-hidden="true" style="visibility:hidden">More</li></ul></nav>
<a data-testid="linkElement" href="https://www.galaxyskatecentre.com/sessions" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Skate Times</span></a>
</div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div id="c1dmp" class="dBAkHi theme-vars">
<div data-mesh-id="c1dmpinlineContent" data-testid="inline-content"><div data-mesh-id="c1dmpinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lp2a9k1s" tabindex="-1" class="Oqnisf comp-lp2a9k1s wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lp2a9k1t" class="comp-lp2a9k1t YzqVVZ wixui-column-strip__column">
${rich(
  'lp2a9k2a',
  `<h1 class="font_0 wixui-rich-text__text" style="font-size:58px;">
<span style="color:#FFFFFF;" class="wixui-rich-text__text">${gTitle}</span></h1>`,
)}
${rich('lp2a9k2c', wp(gDek, 'font_7'))}
<a data-testid="linkElement" href="#comp-lp2c0m4e" class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">Enquire Now</span></a>
</div></div></section>
<section id="comp-lp2b1x7a" tabindex="-1" class="Oqnisf comp-lp2b1x7a wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf">
<div id="comp-lp2b1x7b" class="comp-lp2b1x7b YzqVVZ wixui-column-strip__column">
${rich('lp2b2e0a', '<h2 class="font_2 wixui-rich-text__text">Orbit Party</h2>')}
${rich('lp2b2e0b', wp('$219 for up to 12 skaters', 'font_5'))}
${rich('lp2b2e0c', wlist(gOrbit))}
</div><div id="comp-lp2b1x7c" class="comp-lp2b1x7c YzqVVZ wixui-column-strip__column">
${rich('lp2b3f1a', '<h2 class="font_2 wixui-rich-text__text">Supernova Party</h2>')}
${rich('lp2b3f1b', wp('$329 for up to 20 skaters', 'font_5'))}
${rich('lp2b3f1c', wlist(gNova))}
</div></div></section>
<section id="comp-lp2c0m4e" tabindex="-1" class="Oqnisf comp-lp2c0m4e wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf">
<div id="comp-lp2c0m4f" class="comp-lp2c0m4f YzqVVZ wixui-column-strip__column">
${rich('lp2c1a0a', '<h2 class="font_2 wixui-rich-text__text">How booking works</h2>')}
${rich('lp2c1a0b', gHow.map((t) => wp(t)).join('\n'))}
</div><div id="comp-lp2c0m4g" class="comp-lp2c0m4g YzqVVZ wixui-column-strip__column">
<form id="comp-lp2c2b9z" class="JVi7i2 comp-lp2c2b9z wixui-form" data-testid="form">
${rich('lp2c2c01', `<h3 class="font_4 wixui-rich-text__text">${gForm[0]}</h3>`)}
${field('lp2c2c02', 'First Name', 'text')}${field('lp2c2c03', 'Email', 'email')}${field('lp2c2c04', 'Phone', 'tel')}
${field('lp2c2c05', 'Preferred Date', 'text')}${field('lp2c2c06', 'Number of Skaters', 'number')}
<div id="comp-lp2c2c07" class="comp-lp2c2c07 wixui-button"><button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Submit</span></button></div>
<div id="comp-lp2c2c08" class="comp-lp2c2c08 wixui-rich-text" data-testid="richTextElement" aria-hidden="true" style="visibility:hidden">
<p class="font_8 wixui-rich-text__text">Thanks for submitting! We'll call you soon.</p></div></form>
</div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div data-testid="mesh-container-content">
${rich(
  'kq3g0d11',
  `<p class="font_8 wixui-rich-text__text">Galaxy Skate Centre</p>
<p class="font_8 wixui-rich-text__text">1840 County Road 12, Harlan Falls, NY 12602</p><p class="font_8 wixui-rich-text__text">Tel: 555-0148</p>`,
)}
<div id="comp-kq3g0f2a" class="comp-kq3g0f2a wixui-social-bar"><ul class="ZjHu1r" aria-label="Social Bar"><li class="yu4sf2">
<a href="https://www.facebook.com/wix"><img alt="Facebook"></a></li></ul></div>
${rich(
  'kq3g0g3b',
  `<p class="font_9 wixui-rich-text__text">© 2025 by Galaxy Skate Centre. Proudly created with <a href="https://wix.com"
target="_blank">Wix.com</a></p>`,
)}
</div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.2c4e1a5f.bundle.min.js" async></script></body></html>`;
const galaxy: TestPage = {
  name: 'heldout565-wix-roller-party',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Orbit Party', 'Supernova Party', 'How booking works'],
  body: [gDek, '$219 for up to 12 skaters', ...gOrbit, '$329 for up to 20 skaters', ...gNova, ...gHow],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    ...gNav.filter((t) => t !== 'Parties'), 'Skate Times', 'Enquire Now', ...gForm, 'Galaxy Skate Centre',
    '1840 County Road 12, Harlan Falls, NY 12602', 'Tel: 555-0148', '© 2025 by Galaxy Skate Centre. Proudly created with Wix.com',
  ],
};

export const HELDOUT565_A2: readonly TestPage[] = [galaxy];
