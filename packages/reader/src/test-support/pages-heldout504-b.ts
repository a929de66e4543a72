import { type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout504-kit.js';

/**
 * Held-out batch 504, file b: a dog walker's service area page built with Wix (free-plan ad banner, testimonial strip), and a
 * walking company's new-client form page on Webflow (hero, form with grouped fields, hidden success and error messages).
 */
const xTitle = 'Where We Walk';
const xBody = [
  j(
    'Muddy Paws Walking Co. covers the east side of Brantwell and the villages along the Osk Valley trail.',
    'Walkers start and finish every route at your front door, so you never have to drop your dog off anywhere.',
  ),
  'Neighborhoods we cover',
  'Old Mill District',
  'Ferncliff Heights',
  'Cobble Green and the Riverside flats',
  'Osk Valley (Harlow Bridge to Linden Cross)',
  j(
    'Homes more than 2 miles outside these areas can still book midday walks, with a $5 travel fee added to each visit.',
    'We do not offer group walks outside the core neighborhoods, because the van route would be too long for the dogs.',
  ),
  'Not sure if you\u2019re in our area?',
  j('Send us your street name and we will tell you within a day which walker covers your block and which time slots are open.'),
];
const xNav = ['Home', 'Services', 'Service Area', 'Meet the Walkers', 'FAQ', 'Contact'];
const xQuotes = [
  '\u201cLuna can\u2019t wait for Tuesdays. Dana always sends the best photos.\u201d – Priya, Ferncliff Heights',
  '\u201cReliable, friendly and they actually follow our feeding notes.\u201d – Mark, Old Mill District',
];
const xFoot = ['© 2026 by Muddy Paws Walking Co. Proudly created with Wix.com', 'hello@muddypawswalks.example', '(555) 017-3321'];
const wixText = (id: string, inner: string): string =>
  `<div id="${id}" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Service Area | Muddy Paws Walking Co.</title>
<meta name="description" content="Dog walking in Old Mill, Ferncliff Heights, Cobble Green and the Osk Valley."><link rel="canonical"
href="https://muddypawswalks.wixsite.com/home/service-area">
<meta property="og:title" content="Service Area | Muddy Paws Walking Co."><meta property="og:site_name" content="Muddy Paws Walking Co.">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"a3c1b7e2-55f0-4c2a-9b1e-7d2e0f6a9c11","isPremium":false},"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}#comp-lq2x8k0s{width:980px;}</style>
<script src="https://static.parastorage.com/unpkg/react@18.2.0/umd/react.production.min.js"></script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd1l4Z ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="yUa4vA ytYrSn"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
class="pe6gVm"><span class="IE62Z2">This site was designed with the <strong>Wix</strong>.com website builder. Create your website today.</span>
<span class="hJvUpn">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER"
class="xU8fqS SITE_HEADER wixui-header"
tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div data-testid="inline-content"
class=""><div data-mesh-id="SITE_HEADERinlineContent" data-testid="mesh-container-content">
${wixText(
  'comp-lq2x7l4f',
  '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">' +
    '<a href="https://muddypawswalks.wixsite.com/home" target="_self" class="wixui-rich-text__text">' +
    'Muddy Paws Walking Co.</a></span></p>',
)}
<nav aria-label="Site" id="comp-lq2x8k0s" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement"
href="https://muddypawswalks.wixsite.com/home/${t.toLowerCase().replace(/ /g, '-')}" class="wixui-horizontal-menu__item-label"><span class="label">${t}</span>
</a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="lq2xcc7e"
class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerlq2xcc7e"
class="Containerlq2xcc7e SPY_vo">
<section id="comp-lq2xd9n1" class="xuzjBY comp-lq2xd9n1 wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lq2xd9nb"
class="comp-lq2xd9nb YzqVVZ wixui-column-strip__column">
${wixText('comp-lq2xe3v2', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${wixText('comp-lq2xf0a7', wp(xBody[0] ?? ''))}
<div id="comp-lq2xg1k9" class="MW5IWV wixui-image"><img src="https://static.wixstatic.com/media/9d1a7b_walk-map~mv2.png/v1/fill/w_640,h_420/walk-map.png"
alt="Map of the Muddy Paws walking area" style="width:640px;height:420px;object-fit:cover"></div>
${wixText(
  'comp-lq2xh2c4',
  `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${xBody[1]}</span></h2>
<ul class="font_8 wixui-rich-text__text">${lis(xBody.slice(2, 6), 'wixui-rich-text__text')}</ul>${wp(xBody[6] ?? '')}`,
)}
${wixText('comp-lq2xi8d0', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${xBody[7]}</span></h2>${wp(xBody[8] ?? '')}`)}
<div class="comp-lq2xj5e1 FubTgk" id="comp-lq2xj5e1" aria-disabled="false"><a data-testid="linkElement" href="https://muddypawswalks.wixsite.com/home/contact"
target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Check My Address</span></a></div>
</div></div></section>
<section id="comp-lq2xk7q3" class="xuzjBY comp-lq2xk7q3 wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lq2xk7qb"
class="YzqVVZ wixui-column-strip__column">
${wixText('comp-lq2xl0p2', '<h4 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">What Our Neighbors Say</span></h4>')}
${xQuotes.map((q, i) => wixText(`comp-lq2xm${i}r`, wp(q))).join('\n')}
</div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content"><div
data-mesh-id="SITE_FOOTERinlineContent">
${wixText('comp-lq2xn4s8', xFoot.map(wp).join(''))}
<div id="comp-lq2xo2u5" class="wixui-social-bar"><ul aria-label="Social Bar" class="ot6yQ8"><li class="KS_6WY"><a data-testid="linkElement"
href="https://www.facebook.com/muddypawswalks" target="_blank" class="pLqd4R"><img src="https://static.wixstatic.com/media/facebook.png" alt="Facebook"></a>
</li></ul></div>
</div></div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout504-wix-walker-service-area',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [xBody[1] ?? '', xBody[7] ?? ''],
  body: xBody.filter((_, i) => i !== 1 && i !== 7),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
    ...xNav, 'Check My Address', 'What Our Neighbors Say', ...xQuotes, ...xFoot,
  ],
};

const fTitle = 'New Client Registration';
const fLead = 'Tell us about you and your dog. It takes about five minutes.';
const fBody = [
  j(
    'Before your first walk we meet you and your dog at home for a free 30-minute Meet &amp; Greet. This form gives your walker',
    'everything they need for that visit: your contact details, your dog\u2019s routine and who to call in an emergency.',
  ),
  'What happens next',
  'We reply within one working day to book your Meet &amp; Greet.',
  'Your walker visits, meets your dog and collects a spare key.',
  'You pick a regular schedule in the client app and we start the following week.',
  'About you',
  'About your dog',
  'Vet and emergency contact',
  j('We keep your details private and only share your vet\u2019s number with the walker assigned to you.', 'You can ask us to delete your record at any time.'),
];
const fLabels = {
  you: ['Full name', 'Email', 'Phone', 'Home address'],
  dog: ['Dog\u2019s name', 'Breed', 'Age', 'Does your dog pull on the lead, react to other dogs or have any health issues?'],
  vet: ['Vet clinic and phone', 'Emergency contact (name and phone)'],
};
const fChecks = ['My dog is spayed or neutered', 'I agree to the Terms of Service'];
const fNav = ['Walks', 'Pricing', 'Team', 'Blog', 'Log in'];
const fFoot = ['Trailmix Walks is insured and bonded.', '© 2026 Trailmix Walks LLC', 'Privacy', 'Terms'];
const field = (l: string, i: number, area = false): string => {
  const id = `field-${i}`;
  const input = area
    ? `<textarea id="${id}" name="${id}" maxlength="5000" data-name="${l}" class="textarea w-input"></textarea>`
    : `<input class="text-field w-input" maxlength="256" name="${id}" data-name="${l}" type="text" id="${id}">`;
  return `<label for="${id}" class="field-label">${l}</label>${input}`;
};
const group = (h: string, labels: string[], start: number): string =>
  `<div class="form-group"><h3 class="form-heading">${h}</h3>${labels.map((l, i) => field(l, start + i, l.length > 40)).join('\n')}</div>`;
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Nov 03 2026 18:22:40 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.trailmixwalks.example" data-wf-page="6541c2e7a9d4f80012ab34cd" data-wf-site="6541c2e7a9d4f80012ab3411"><head><meta charset="utf-8">
<title>New Client Registration | Trailmix Walks</title><meta content="Register as a new Trailmix Walks client and book your free Meet &amp; Greet."
name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6541c2e7a9d4f80012ab3411/css/trailmix.webflow.a81c3f.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/6541c2e7a9d4f80012ab3411/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body class="body-2"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/6541c2e7a9d4f80012ab3411/logo.svg"
loading="lazy" alt="Trailmix Walks" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/new-client" aria-current="page" class="button nav-button w-button w--current">Get Started</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="w-layout-blockcontainer container-narrow w-container"><h1 class="heading-xl">${fTitle}</h1>
<p class="lead">${fLead}</p></div></section>
<section class="section form-section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text w-richtext">
<p>${fBody[0]}</p><h2>${fBody[1]}</h2><ol role="list">${lis(fBody.slice(2, 5))}</ol></div>
<div class="form-block w-form"><form id="wf-form-New-Client" name="wf-form-New-Client" data-name="New Client" method="get" class="client-form"
data-wf-page-id="6541c2e7a9d4f80012ab34cd" data-wf-element-id="e3b1c0d2-8f4a-7b21-1c9e-a1f0b2c3d4e5">
${group(fBody[5] ?? '', fLabels.you, 1)}
${group(fBody[6] ?? '', fLabels.dog, 5)}
<label class="w-checkbox checkbox-field"><input type="checkbox" id="fixed" name="fixed" data-name="fixed" class="w-checkbox-input">
<span class="checkbox-label w-form-label" for="fixed">${fChecks[0]}</span></label>
${group(fBody[7] ?? '', fLabels.vet, 9)}
<label class="w-checkbox checkbox-field"><input type="checkbox" id="terms" name="terms" data-name="terms" required class="w-checkbox-input">
<span class="checkbox-label w-form-label" for="terms">${fChecks[1]}</span></label>
<input type="submit" data-wait="Please wait..." class="button submit-button w-button" value="Send Registration"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="New Client success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="New Client failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div>
<p class="form-note">${fBody[8]}</p></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><p class="footer-text">${fFoot[0]}</p>
<p class="footer-copy">${fFoot[1]}</p><div class="footer-links"><a href="/privacy" class="footer-link">${fFoot[2]}</a><a href="/terms"
class="footer-link">${fFoot[3]}</a></div>
</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6541c2e7a9d4f80012ab3411" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6541c2e7a9d4f80012ab3411/js/webflow.3f2a1b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout504-webflow-new-client-form',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fBody[1] ?? '', fBody[5] ?? '', fBody[6] ?? '', fBody[7] ?? ''],
  body: texts([fLead, ...fBody.filter((_, i) => ![1, 5, 6, 7].includes(i))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Get Started', ...fLabels.you, ...fLabels.dog, ...fLabels.vet, ...fChecks, ...fFoot,
  ],
};

export const HELDOUT504_B: readonly TestPage[] = [wix, webflow];
