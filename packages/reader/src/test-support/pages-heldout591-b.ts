import { type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout591-kit.js';

/**
 * Held-out batch 591, file b: a host family page of a Spanish school built with Wix (Thunderbolt renderer, rich-text
 * components, pro gallery, Wix Forms, consent banner), and a children's summer camp page on Webflow with a form.
 */
const hTitle = 'Living with a host family';
const hDek = j(
  'Most of our adult students and all students under 18 stay with a family in Valdecora. It is the quickest way to start using Spanish',
  'outside the classroom.',
);
const hSecs: { h: string; ps: string[]; list?: string[] }[] = [
  {
    h: 'Who our families are',
    ps: [
      j(
        'We work with 34 families, all of whom we visit at home before they take a student and again every year. Some are retired couples,',
        'some have young children, and a few are single parents with teenagers. What they share is an interest in meeting people from other',
        'countries and the patience to talk slowly at breakfast.',
      ),
      'Every family lives within 25 minutes of the school on foot or by bus. You will have your own room with a desk, and a key to the house.',
    ],
  },
  {
    h: 'What is included',
    ps: [
      j(
        'Families cook what they eat themselves, so expect Spanish home food rather than a hotel menu. Tell us about allergies or a vegetarian',
        'or vegan diet when you book, and we will match you with a family that can cater for it.',
      ),
    ],
    list: ['a single room with bed linen and towels', 'breakfast and dinner every day, and lunch at weekends', 'laundry once a week', 'Wi-Fi'],
  },
  {
    h: 'Students under 18',
    ps: [
      j(
        'Younger students are placed with families who have passed a background check and who agree to our house rules: home by 22:00 on',
        'school nights and 23:30 at weekends, and a phone call to the school if a student is not home on time. Only one student of each',
        'nationality lives in a family at a time.',
      ),
    ],
  },
  {
    h: 'Prices',
    ps: [
      j(
        'Arrival and departure are on Sundays. Extra nights cost €35 each, and an airport pickup from Valdecora-Costa airport can be booked',
        'for €45 each way.',
      ),
    ],
    list: ['Half board: €215 a week', 'Half board with weekend lunches, under 18: €240 a week', 'Placement fee: €60, paid once'],
  },
  {
    h: 'What our students say',
    ps: [
      j('“My host mother corrected every mistake I made at dinner. Two weeks later I was dreaming in Spanish.” – Ingrid, 52, from', 'Tromsvik'),
      '“The family took me to their village for the fiesta. I still write to them every month.” – Tomasz, 17, from Brzeźnica',
    ],
  },
];
const hNav = ['Home', 'Courses', 'Accommodation', 'Prices', 'Blog', 'Contact'];
const hCaps = ['The Morales family, Barrio del Puerto', 'A student room in Calle Hortelanos'];
const hForm = ['First name', 'Email', 'Arrival date', 'Message'];
const hFoot = ['Casa Lúmina Spanish School', 'Calle de la Lonja 14, 29870 Valdecora', 'info@casalumina.es'];
let hId = 0;
const rich = (inner: string): string =>
  `<div id="comp-lq8r${(hId++).toString(36)}" class="HcOXKn SxM0TO QxJLC3 lq2cno YQcXTT comp-lq8r${hId.toString(36)} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const wp = (t: string, font = 'font_8'): string => `<p class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${esc(t)}</span></p>`;
const hSecHtml = (s: (typeof hSecs)[number]): string =>
  `<section id="comp-lq8s${s.h.length}" tabindex="-1" class="Oqnisf comp-lq8s${s.h.length} wixui-section"><div id="bgLayers_comp-lq8s${s.h.length}"
data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lq8t${s.h.length}" class="comp-lq8t${s.h.length} YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq8t${s.h.length}inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-lq8t${s.h.length}inlineContent-gridContainer" data-testid="mesh-container-content">
${rich(`<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${s.h}</span></h2>`)}
${rich(
  s.ps.map((p) => wp(p)).join('\n') +
    (s.list === undefined
      ? ''
      : `<ul class="font_8 wixui-rich-text__text">${lis(s.list, 'wixui-rich-text__text')}
</ul>`),
)}
</div></div></div></div></section>`;
const hGallery = `<section id="comp-lq8u01" tabindex="-1" class="Oqnisf comp-lq8u01 wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq8u02" class="comp-lq8u02 wixui-gallery">
<div data-hook="gallery-root" class="pro-gallery-parent-container" role="region" aria-label="Host family photos">
<div id="pro-gallery-comp-lq8u02" class="pro-gallery inline-styles ltr"><div class="pro-gallery-margin-container">
<div class="gallery-horizontal-scroll gallery-horizontal-scroll-inner">
${hCaps
  .map(
    (c, i) => `<div data-hook="item-container" data-idx="${i}" class="gallery-item-container item-container-regular has-custom-focus visible" tabindex="-1"
role="button">
<div data-hook="item-wrapper" class="gallery-item-wrapper cube-type-fill">
<img alt="${c}" src="https://static.wixstatic.com/media/7c2e1f_host${i}~mv2.jpg/v1/fill/w_600,h_400,q_90/host${i}.jpg"
class="gallery-item-visible gallery-item gallery-item-preloaded" data-hook="gallery-item-image-img"></div>
<div class="gallery-item-common-info-outer gallery-item-bottom-info"><div data-hook="item-text-container" class="gallery-item-common-info">
<div class="info-member info-element-title"><span class="info-element-text">${c}</span></div></div></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></div></section>`;
const hFormHtml = `<section id="comp-lq8v01" tabindex="-1" class="Oqnisf comp-lq8v01 wixui-section"><div data-testid="columns" class="V5AUxf">
${rich('<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Ask about a host family</span></h2>')}
<form id="comp-lq8v02" class="JVi7i2 comp-lq8v02 wixui-form" data-testid="form-root"><div class="ONvQtx" data-hook="form-fields">
${hForm
  .map(
    (f, i) => `<div class="q_9mEj"><label for="input_comp-lq8v0${i + 3}" class="ZkRGwn wixui-text-input__label">${f}</label>
<input type="${f === 'Email' ? 'email' : 'text'}" name="${f.toLowerCase().replace(/ /g, '-')}" id="input_comp-lq8v0${i + 3}" class="KvoMHf has-custom-focus
wixui-text-input__input" value=""></div>`,
  )
  .join('\n')}
<div class="comp-lq8v09 wixui-button" aria-disabled="false"><button aria-disabled="false" data-testid="buttonElement" class="M3I7Z2 wixui-button">
<span class="l7_2fn wixui-button__label">Send</span></button></div>
<div id="comp-lq8v10" class="comp-lq8v10 wixui-rich-text" data-testid="richTextElement" aria-hidden="true" style="visibility:hidden">
<p class="font_8">Thanks for your message! We will reply within a day.</p></div>
</div></form></div></section>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7c2e1f_fav~mv2.png/v1/fill/w_192,h_192/7c2e1f_fav~mv2.png">
<title>Host Families | Casa Lúmina</title><meta name="description" content="Stay with a Spanish host family in Valdecora while you study at Casa Lúmina.">
<link rel="canonical" href="https://www.casalumina.es/host-families"><meta property="og:title" content="Host Families | Casa Lúmina">
<meta property="og:type" content="website">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","consentPolicy","cookiesManager","seo"],
"site":{"metaSiteId":"4c1e-9a2f","siteId":"b71d-33e0"},"language":"en"}</script>
<script async id="wix-perf-measure" src="https://static.parastorage.com/services/wix-thunderbolt/dist/wix-perf-measure.umd.min.js"></script>
<style id="css_masterPage">.font_0{font:normal normal bold 52px/1.2em playfair display,serif}.font_2{font:normal normal normal 32px/1.3em playfair
display,serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span>
</div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_c1dmp" class="pageBackground_c1dmp BmZ5pC"></div></div></div>
<div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${rich(wp('Casa Lúmina', 'font_6'))}
${rich(wp('Spanish School · Valdecora', 'font_9'))}
<nav id="comp-lq8h0nav" class="comp-lq8h0nav wixui-horizontal-menu" aria-label="Site"><ul class="hDJzl4">
${hNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item${t === 'Accommodation' ? ' selected' : ''}">
<a data-testid="linkElement" href="https://www.casalumina.es/${t.toLowerCase()}" class="UiHgGh"><div class="yRj2ms">
<div class="" data-testid="stylablebutton-label">${t}</div></div></a></li>`,
  )
  .join('\n')}
</ul></nav>
<div class="comp-lq8h0btn wixui-button" aria-disabled="false"><a data-testid="linkElement" href="https://www.casalumina.es/book" class="uUxqWY wixui-button">
<span class="l7_2fn wixui-button__label">Book now</span></a></div>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content">
<section id="comp-lq8r00" tabindex="-1" class="Oqnisf comp-lq8r00 wixui-section"><div data-testid="columns" class="V5AUxf">
${rich(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${hTitle}</span></h1>`)}
${rich(wp(hDek, 'font_7'))}
</div></section>
${hSecHtml(hSecs[0]!)}
${hGallery}
${hSecs.slice(1).map(hSecHtml).join('\n')}
${hFormHtml}
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${rich(hFoot.map((t) => wp(t, 'font_9')).join('\n'))}
<div id="comp-lq8f0soc" class="comp-lq8f0soc wixui-social-bar"><ul class="Nsu5wl" aria-label="Social Bar"><li class="ivSC5t">
<a data-testid="linkElement" href="https://www.instagram.com/casalumina" target="_blank" class="LJ6bVh">
<img alt="Instagram" src="https://static.wixstatic.com/media/01c3aff52f2a4dffa526d7a9843d46ea.png"></a></li></ul></div>
${rich(wp('© 2027 by Casa Lúmina. Proudly created with Wix.com', 'font_9'))}
</div></div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
</div></div>
<div data-hook="consent-banner-root" class="consent-banner-root">
<div data-hook="ccsu-banner-wrapper" class="banner-wrapper" role="region" aria-label="Cookie banner">
<div class="banner-text"><p data-hook="ccsu-banner-text">This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to
our use of such cookies.</p>
<a data-hook="ccsu-banner-policy-link" href="https://www.casalumina.es/privacy">Privacy Policy</a></div><div class="banner-buttons">
<button data-hook="ccsu-banner-settings-button" class="settings-button">Settings</button>
<button data-hook="ccsu-banner-decline-button" class="decline-button">Decline All</button>
<button data-hook="ccsu-banner-accept-button" class="accept-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4a0f7e5b.bundle.min.js" async></script>
</body></html>`;
const casaLumina: TestPage = {
  name: 'heldout591-casa-lumina-host-family',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map((s) => s.h),
  body: texts([hDek, ...hSecs.flatMap((s) => [...s.ps, ...(s.list ?? [])])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Casa Lúmina', 'Spanish School · Valdecora', 'Courses', 'Accommodation', 'Blog', 'Contact', 'Book now',
    ...hCaps, 'Ask about a host family', 'First name', 'Email', 'Arrival date', 'Message', 'Send', ...hFoot,
    '© 2027 by Casa Lúmina. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

const bTitle = 'Summer English camp for children aged 8 to 14';
const bDek = 'Five mornings a week of English through games, drama and outdoor projects, from 5 July to 13 August.';
const bDay = [
  '9:00 Warm-up games and songs',
  '9:30 Project time in small groups',
  '11:00 Snack break in the garden',
  '11:30 Drama, crafts or a scavenger hunt in English',
  '12:45 Pick-up at the front gate',
];
const bPrice = [
  j('Children can join for one week or more. A week costs £165, and brothers and sisters get 15% off. Lunch club until 14:30 is an extra', '£25 a week.'),
  'Groups are sorted by age and level on the first morning, with no more than 12 children and two teachers in each.',
];
const bNav = ['Courses', 'Camps', 'Our teachers', 'Parents', 'Contact'];
const bFoot = ['Brightkite English Club', '3 Linden Mews, Harrowfield', 'Term dates', 'Safeguarding', 'Privacy'];
const bHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Mon Feb 08 2027 10:14:52 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.brightkite.school" data-wf-page="65f1c0a2b3d4e5f60718293a" data-wf-site="65f1c0a2b3d4e5f607182930" lang="en"><head>
<meta charset="utf-8">
<title>Summer Camp | Brightkite English Club</title><meta content="English summer camp for children aged 8 to 14 in Harrowfield." name="description">
<meta content="Summer Camp | Brightkite English Club" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65f1c0a2b3d4e5f607182930/css/brightkite.webflow.shared.4b2c1d0e9.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8K2L4M6N0P"></script></head>
<body class="body-camp"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand">
<img src="https://cdn.prod.website-files.com/65f1c0a2b3d4e5f607182930/65f1c1d2_brightkite-logo.svg" loading="lazy" alt="Brightkite English Club" class="logo">
</a>
<nav role="navigation" class="nav-menu w-nav-menu">${bNav
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${t === 'Camps' ? ' w--current' : ''}">${t}</a>`)
  .join('')}
<a href="/book" class="nav-button w-button">Book a place</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-camp"><div class="w-layout-blockcontainer container-narrow w-container"><div class="eyebrow">Summer 2027</div>
<h1 class="heading-xl">${bTitle}</h1><p class="paragraph-large">${bDek}</p><a href="#book" class="button w-button">Reserve a place</a></div></section>
<section class="section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text-camp w-richtext">
<h2>A typical morning</h2><ul role="list">${lis(bDay)}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://cdn.prod.website-files.com/65f1c0a2b3d4e5f607182930/65f1c3e4_camp-garden.jpg" loading="lazy" alt=""></div>
<figcaption>Project time in the garden, summer 2026</figcaption></figure>
<h2>Dates and prices</h2><p>${bPrice[0]}</p><p>${bPrice[1]}</p></div></div></section>
<section id="book" class="section section-form"><div class="w-layout-blockcontainer container-narrow w-container"><h2 class="heading-m">Reserve a place</h2>
<div class="form-block w-form">
<form id="wf-form-Camp-booking" name="wf-form-Camp-booking" data-name="Camp booking" method="get" class="form" data-wf-page-id="65f1c0a2b3d4e5f60718293a"
data-wf-element-id="c2a1e0f9-8b7d-4c6e-9f01-2a3b4c5d6e7f"><label for="Parent-name" class="field-label">Parent's name</label>
<input class="text-field w-input" maxlength="256" name="Parent-name"
data-name="Parent name" type="text" id="Parent-name" required=""><label for="Child-age" class="field-label">Child's age</label>
<input class="text-field w-input" maxlength="256" name="Child-age"
type="number" id="Child-age"><input type="submit" data-wait="Please wait..." class="button w-button" value="Send request"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Camp booking success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Camp booking failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid w-layout-grid"><div class="footer-title">${bFoot[0]}
</div>
<div class="footer-text">${bFoot[1]}</div>${bFoot
  .slice(2)
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`)
  .join('')}</div>
<div class="footer-copyright">© 2027 Brightkite English Club Ltd. Registered in England no. 10482217.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c0a2b3d4e5f607182930" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/65f1c0a2b3d4e5f607182930/js/webflow.5e2a1b3c.js" type="text/javascript"></script></body></html>`;
const brightkite: TestPage = {
  name: 'heldout591-brightkite-summer-camp',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['A typical morning', 'Dates and prices'],
  body: [bDek, ...bDay, ...bPrice],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Courses', 'Camps', 'Our teachers', 'Parents', 'Contact', 'Book a place', 'Summer 2027', 'Reserve a place', 'Project time in the garden, summer 2026',
    "Parent's name", "Child's age", ...bFoot, '© 2027 Brightkite English Club Ltd. Registered in England no. 10482217.',
  ],
};

export const HELDOUT591_B: readonly TestPage[] = [casaLumina, brightkite];
