import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout537-kit.js';

/**
 * Held-out batch 537, file e: a small car park operator's season ticket page built with Wix (Thunderbolt markup, rich text
 * elements in absolutely placed components), and an on-street charging company's request page on Webflow with a form.
 */
const wTitle = 'Season tickets';
const wParas = [
  j(
    'Park every day at Station Road or Tanner’s Yard with a season ticket. Tickets are linked to your number plate, so there',
    'is nothing to display in the window.',
  ),
  'Monthly: £68 (Station Road) or £52 (Tanner’s Yard)',
  'Annual: £690 (Station Road) or £530 (Tanner’s Yard)',
  j(
    'Apply by email with your name, address and registration. Tickets start on the 1st of the month and can be cancelled with',
    'one month’s notice. Season tickets do not reserve a space.',
  ),
];
const wNav = ['Home', 'Our car parks', 'Season tickets', 'Contact'];
const rich = (id: string, inner: string): string =>
  `<div id="${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle} | Brackenford Car Parks</title>
<meta property="og:site_name" content="Brackenford Car Parks"><link rel="canonical" href="https://www.brackenfordcarparks.example/season-tickets">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger"],"site":{"metaSiteId":"5c0e"},"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#comp-lq2x1 {--txt-direction:ltr;width:980px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" class="">
${rich('comp-lq2x1', '<p class="font_6 wixui-rich-text__text"><span class="color_11 wixui-rich-text__text">BRACKENFORD CAR PARKS</span></p>')}
<nav id="comp-lq2x3" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lq3a0" class="xuzjBY comp-lq3a0 wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lq3a1"
class="comp-lq3a1 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq3a1inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq3a1inlineContent-gridContainer"
data-testid="mesh-container-content">
${rich('comp-lq3a2', `<h1 class="font_0 wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rich('comp-lq3a4', `<p class="font_8 wixui-rich-text__text">${wParas[0]}</p>`)}
${rich(
  'comp-lq3a6',
  `<ul class="font_8 wixui-rich-text__text">${lis(
    wParas.slice(1, 3).map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
${rich('comp-lq3a8', `<p class="font_8 wixui-rich-text__text">${wParas[3]}</p>`)}
<div id="comp-lq3aa" class="comp-lq3aa R6ex7N" aria-disabled="false"><a data-testid="linkElement" href="mailto:permits@brackenfordcarparks.example"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Email us to apply</span></a></div>
</div></div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_FOOTERinlineContent">
${rich('comp-lq2y0', '<p class="font_9 wixui-rich-text__text">© 2026 by Brackenford Car Parks. Proudly created with Wix.com</p>')}
</div></div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span
class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7f31b2.bundle.min.js" async></script></body></html>`;
const brackenford: TestPage = {
  name: 'heldout537-brackenford-wix',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wParas),
  bylines: [],
  furniture: [
    'top of page',
    'BRACKENFORD CAR PARKS',
    'Home',
    'Our car parks',
    'Contact',
    'Email us to apply',
    '© 2026 by Brackenford Car Parks. Proudly created with Wix.com',
    'bottom of page',
  ],
};

const kTitle = 'Ask for a charger on your street';
const kDek = 'No driveway? Tell us where you live and we will look at putting a charger in a lamppost near you, at no cost to you or your neighbours.';
const kSteps = [
  ['Tell us where', 'Fill in the form below with your postcode and the street where you park most nights.'],
  [
    'We check the lamppost',
    j('Our engineers check that the nearest lampposts are on the right side of the pavement and have a suitable power supply.', 'This takes about six weeks.'),
  ],
  ['The council agrees', 'Kerbside works with the highway authority, which has to approve every installation. We handle the paperwork.'],
  ['You plug in', 'Once the charger is live you pay 45p per kWh with the Kerbside app or any contactless card, using your own charging cable.'],
];
const kNote = j(
  'Requests are grouped by street, so the more neighbours who ask, the sooner we can make the case to the council. We do not',
  'reserve the space outside your home and the charger is open to anyone.',
);
const kNav = ['How it works', 'For councils', 'Pricing', 'FAQ'];
const kFoot = ['About', 'Jobs', 'Privacy', 'Terms', 'Status'];
const kHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu Oct 30 2026 14:02:11 GMT+0000 -->
<html data-wf-domain="www.kerbside.example" data-wf-page="6512c0a1f3b2" data-wf-site="6512c09ef3b1" lang="en"><head><meta charset="utf-8">
<title>${kTitle} | Kerbside</title><meta content="${kDek}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/6512c09ef3b1/css/kerbside.webflow.7a2c1e.css" rel="stylesheet"
type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,
document);</script>
</head><body class="body-request"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/6512c09ef3b1/logo.svg" alt=""
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${kNav
  .map(
    (t) => `<a
href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/request" aria-current="page" class="button nav-button w-button w--current">Request a charger</a></nav>
<div class="menu-button w-nav-button" aria-label="menu" role="button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-request"><div class="container w-container"><h1 class="heading-xl">${kTitle}</h1><p class="paragraph-large">${kDek}</p></div>
</section>
<section class="section"><div class="container w-container"><div class="rich-text w-richtext"><h2>How it works</h2></div>
<div class="w-layout-grid steps-grid">${kSteps
  .map(
    ([h, p], i) => `<div class="step-card"><div class="step-number">${i + 1}</div><h3 class="heading-s">${h}</h3>
<p class="paragraph-s">${p}</p></div>`,
  )
  .join('\n')}</div><div class="rich-text w-richtext"><p>${kNote}</p></div></div></section>
<section class="section form-section"><div class="container w-container"><div class="form-block w-form"><form id="wf-form-Charger-Request"
name="wf-form-Charger-Request"
data-name="Charger Request" method="get" class="form" aria-label="Charger Request"><label for="Postcode" class="field-label">Postcode</label>
<input class="text-field w-input" maxlength="256" name="Postcode" data-name="Postcode" type="text" id="Postcode" required>
<label for="Street" class="field-label">Street where you park</label><input class="text-field w-input" maxlength="256" name="Street" type="text" id="Street">
<label for="Email" class="field-label">Email address</label><input class="text-field w-input" maxlength="256" name="Email" type="email" id="Email" required>
<label class="w-checkbox checkbox-field"><input type="checkbox" id="Updates" name="Updates" class="w-checkbox-input"><span class="checkbox-label w-form-label"
for="Updates">Send me news about chargers near me</span></label><input type="submit" data-wait="Please wait..." class="button w-button" value="Send request">
</form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Charger Request success">
<div>Thanks! We have added your street to the list.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Charger Request failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-links">${kFoot
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="footer-link">${t}</a>`,
  )
  .join('')}</div>
<div class="footer-small">Kerbside Charging Ltd is registered in Scotland, company number SC744109.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6512c09ef3b1" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6512c09ef3b1/js/webflow.4f2a.js" type="text/javascript"></script></body></html>`;
const kerbside: TestPage = {
  name: 'heldout537-kerbside-webflow',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['How it works', ...kSteps.map(([h]) => h ?? '')],
  body: [kDek, ...kSteps.map(([, p]) => p ?? ''), kNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'For councils', 'Pricing', 'FAQ', 'Request a charger', '1', '2', '3', '4', 'Street where you park', 'Email address',
    'Send me news about chargers near me', ...kFoot.filter((t) => t !== 'About'), 'Kerbside Charging Ltd is registered in Scotland, company number SC744109.',
  ],
};

export const HELDOUT537_E: readonly TestPage[] = [brackenford, kerbside];
