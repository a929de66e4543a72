import { type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout348-kit.js';

/**
 * Held-out batch 348, file f2: a community garden's "Volunteer with us" page on Wix (Thunderbolt renderer: `SITE_CONTAINER`,
 * `comp-` ids, `wixui-rich-text` paragraphs with `font_` classes, a header with a dropdown menu, strip sections with image,
 * button and a Wix Forms newsletter box, a social bar, the footer, the Wix ad banner and the consent banner). The main text is
 * short and split over several rich-text components.
 */
const xTitle = 'Volunteer with us';
const x1 = paras(`
Our garden is run almost entirely by volunteers. Whether you can give an hour a month or a morning every
week, there is a job for you, and no experience is needed.

Our regular sessions are on Wednesday and Saturday mornings from 10am to 1pm. Just turn up at the green gate on Albion Lane;
tea, gloves and tools are provided, and one of our session leaders will show you what needs doing.
`);
const xJobs = [
  'Sowing, pricking out and potting on in the polytunnel',
  'Weeding, mulching and harvesting in the shared vegetable beds',
  'Looking after the orchard, pond and wildflower meadow',
  'Helping with our Friday lunch club and seasonal open days',
];
const x2 = paras(`
Everything we grow is shared between volunteers and the Albion Lane food pantry. Last year that came to just over 900kg of fruit
and vegetables.

The garden is step-free from the Albion Lane entrance and has an accessible toilet. If you have any access needs, let us know
and we will do our best to make the session work for you.
`);
const xNav = ['Home', 'About', 'Volunteer', 'Events', 'Grow a plot', 'Contact'];
const rt = (id: string, inner: string): string => `<div id="${id}" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const rp = (t: string, font = 'font_8'): string => `<p class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Volunteer | Brambleworth Community Garden</title>
<meta name="description" content="Join our friendly volunteer sessions on Wednesday and Saturday mornings."><link rel="canonical"
href="https://www.brambleworthgarden.example/volunteer"><meta property="og:title" content="Volunteer | Brambleworth Community Garden">
<meta property="og:site_name" content="Brambleworth Community Garden"><meta property="og:type" content="website">
<script type="application/json" id="wix-viewer-model">{"siteFeaturesConfigs":{"platform":{"bootstrapData":{"location":{"externalBaseUrl":
"https://www.brambleworthgarden.example"}}}},"site":{"metaSiteId":"8b4e2c","siteId":"a71c0f"},"language":{"userLanguage":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">.font_8{font:normal normal normal 17px/1.4em avenir-lt-w01_35-light1475496,sans-serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div data-testid="headerInlineContent">
${rt('comp-lq1a0', rp('Brambleworth Community Garden', 'font_0'))}
<nav id="comp-lq1a3" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase()}" class="StylableHorizontalMenu3372578893__menuItem">
<div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${n}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-lq1a5" class="comp-lq1a5 wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/donate" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Donate</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="uhs3k" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page"><div id="Containeruhs3k" class="Containeruhs3k SPY_vo">
<section id="comp-lr8x1" tabindex="-1" class="Oqnisf comp-lr8x1 wixui-section"><div data-testid="columns" class="comp-lr8x1-columns">
<div id="comp-lr8x2" class="comp-lr8x2 YzqVVZ wixui-column-strip__column">
${rt('comp-lr8x3', `<h1 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rt('comp-lr8x4', x1.map((t) => rp(t)).join(''))}
<div id="comp-lr8x5" class="MW5IWV wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lr8x5" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lr8x5","displayMode":"fill"}'><img src="https://static.wixstatic.example/media/3f1a_volunteers~mv2.jpg/v1/fill/w_640.jpg"
alt="Volunteers planting leeks" style="width:640px;height:427px;object-fit:cover"></wow-image></div></div>
${rt('comp-lr8x6', rp('Saturday volunteers planting leeks, April 2025', 'font_9'))}
</div></div></section>
<section id="comp-lr8y1" tabindex="-1" class="Oqnisf comp-lr8y1 wixui-section"><div data-testid="columns" class="comp-lr8y1-columns">
<div id="comp-lr8y2" class="comp-lr8y2 YzqVVZ wixui-column-strip__column">
${rt('comp-lr8y3', '<h2 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">What you could do</span></h2>')}
${rt(
  'comp-lr8y4',
  `<ul class="font_8 wixui-rich-text__text">${xJobs
    .map(
      (j) => `<li class="wixui-rich-text__text">
<p class="font_8 wixui-rich-text__text">${j}</p></li>`,
    )
    .join('')}</ul>`,
)}
${rt('comp-lr8y5', '<h2 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">Where it all goes</span></h2>')}
${rt('comp-lr8y6', x2.map((t) => rp(t)).join(''))}
<div id="comp-lr8y7" class="comp-lr8y7 wixui-button"><a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button"><span class="l7_2fn
wixui-button__label">Register your interest</span></a></div></div></div></section>
<section id="comp-lr8z1" class="Oqnisf comp-lr8z1 wixui-section"><div id="comp-lr8z2" class="comp-lr8z2 wixui-column-strip__column">
${rt('comp-lr8z3', rp('Get our garden news', 'font_5'))}
<form id="comp-lr8z4" class="JVi7i2 comp-lr8z4 wixui-form"><div class="wixui-text-input"><label class="wixui-text-input__label" for="input_comp-lr8z5">Email
*</label><input id="input_comp-lr8z5" type="email" class="KvoMHf wixui-text-input__input" required></div><div class="wixui-button"><button
class="uDW_Qe wixui-button" type="submit"><span class="l7_2fn wixui-button__label">Subscribe</span></button></div></form>
${rt('comp-lr8z6', rp('Thanks for subscribing!', 'font_8'))}</div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="footerInlineContent">
${rt('comp-lq1b1', rp('Brambleworth Community Garden, Albion Lane, Brambleworth', 'font_9') + rp('Registered charity no. 1177205', 'font_9'))}
<div id="comp-lq1b2" class="comp-lq1b2 wixui-social-bar"><ul class="wixui-social-bar" aria-label="Social Bar"><li id="dataItem-lq1b3"
class="wixui-social-bar__item"><a href="https://www.instagram.example/brambleworthgarden" target="_blank" class="Fi8fvj"><wow-image><img alt="Instagram"
src="https://static.wixstatic.example/media/ig.png"></wow-image></a></li><li class="wixui-social-bar__item"><a href="https://www.facebook.example/brambleworth"
class="Fi8fvj"><wow-image><img alt="Facebook" src="https://static.wixstatic.example/media/fb.png"></wow-image></a></li></ul></div>
${rt('comp-lq1b4', rp('© 2026 by Brambleworth Community Garden. Proudly created with Wix.com', 'font_9'))}</div></div></footer></div></div></div>
<div id="WIX_ADS" class="MW5IWV ytGGBw wix-ads"><a href="https://www.wix.example/lpviral/enviral?utm_campaign=vir_wixad_live" class="o2yBqI" target="_blank">
<span class="wfStqo">This site was designed with the <strong>Wix</strong> .com website builder. Create your website today.</span>
<span class="Xcnd2w">Start Now</span></a></div>
<div id="consent-banner-root" class="consent-banner-root" role="region" aria-label="Cookie banner"><div class="cb-container">
<p class="cb-text">This website uses
cookies. By accepting, you agree to our use of such cookies.</p><a href="/privacy" class="cb-link">Privacy Policy</a>
<button class="cb-settings">Settings</button>
<button class="cb-decline">Decline</button><button class="cb-accept">Accept</button></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.5d2e0f.bundle.min.js" async></script></body></html>`;
export const wixPage: TestPage = {
  name: 'heldout348-wix-community-garden-docs',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: ['What you could do', 'Where it all goes'],
  body: [...texts(x1), ...xJobs, ...texts(x2)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Brambleworth Community Garden', ...xNav, 'Donate', 'Saturday volunteers planting leeks, April 2025', 'Register your interest',
    'Get our garden news', 'Email *',
    'Subscribe', 'Thanks for subscribing!', 'Brambleworth Community Garden, Albion Lane, Brambleworth', 'Registered charity no. 1177205',
    '© 2026 by Brambleworth Community Garden. Proudly created with Wix.com',
    'This site was designed with the Wix .com website builder. Create your website today.',
    'Start Now', 'This website uses cookies. By accepting, you agree to our use of such cookies.', 'Privacy Policy', 'Settings', 'Decline', 'Accept',
  ],
};
