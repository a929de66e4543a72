import { type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout642-kit.js';

/**
 * Held-out batch 642, file c: a harbour ghost walk page built with Wix (free plan, with the Wix ads banner), and a walking tour
 * route page on Webflow (a CMS template page with a key facts strip, a collection list of stops and a newsletter form).
 */
const wTitle = 'The Haunted Harbour Walk';
const wParas = [
  j(
    'Join us on the quay at dusk for an hour of shipwrecks, smugglers and the sailors who never came home. The Haunted Harbour Walk',
    'follows the old waterfront of Saltmere from the lifeboat station to the end of the North Pier.',
  ),
  j(
    'Your guide is Captain Morwen, who has told these stories on the harbour for eleven years. She will take you past the Customs',
    'House cellars, the net lofts and the chapel of the drowned, where the names of 212 lost fishermen are painted on the walls.',
  ),
];
const wWhen = [
  'Every Thursday, Friday and Saturday from April to October, 8pm. Daily in the Halloween half-term.',
  'We meet by the anchor outside the Saltmere Lifeboat Station, Harbour Road.',
  'Adults £12, children (8 to 15) £7. Payment in cash or by card on the night.',
];
const wNote = 'The pier can be windy and there are no railings on the last stretch. Children must hold an adult’s hand beyond the lighthouse.';
const wNav = ['Home', 'Haunted Harbour Walk', 'Private Tours', 'Reviews', 'Contact'];
const wRich = (id: string, inner: string): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 lq2cno YQcXTT comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wBtn = (id: string, label: string): string => `<div class="comp-${id} FubTgk" id="comp-${id}" aria-disabled="false"><a data-testid="linkElement"
href="https://www.saltmerespirits.com/book" target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span
class="l7_2fn wixui-button__label">${label}
</span></a></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><meta http-equiv="X-Wix-Meta-Site-Id" content="4e1b0f3a-7c2d-4f8e-9a61-2b5c8d0e7f14">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1b2c3_favicon.png"><title>Haunted Harbour Walk | Saltmere Spirits Tours</title>
<meta name="description" content="An hour of shipwrecks, smugglers and sailors on the Saltmere waterfront."><meta property="og:title"
content="Haunted Harbour Walk">
<meta property="og:site_name" content="Saltmere Spirits Tours"><meta name="twitter:card" content="summary_large_image">
<script type="application/json"
id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","consentPolicy","cookiesManager"],"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt_bootstrap.min.css">
.HcOXKn{direction:var(--text-direction);}.QxJLC3>*{word-break:break-word;}</style>
<style id="css_c1dmp">#comp-lq2{width:980px;}#comp-lq8{--rd:0px;}</style></head><body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHsXdZ">top of page</span></div>
<div id="WIX_ADS" class="QJ7Gsy ku3DBC"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow" class="cUs_Ap"><span class="u7-2Zn">This site was designed with the <span class="Wnb1gY">Wix</span> website builder. Create your website today.
</span><span class="ei2o0O">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBgCenter"></div>
</div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="u4cNtA"><div
data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${wRich('kx1', '<p class="font_9 wixui-rich-text__text" style="font-size:22px;"><span class="wixui-rich-text__text">Saltmere Spirits Tours</span></p>')}
<wix-dropdown-menu id="comp-kx2" class="XwCBRN NHM1d1 comp-kx2 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true"
data-same-width-buttons="false" data-num-items="5" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0"
data-dropalign="center"><nav class="R_TAzU" id="comp-kx2navContainer" aria-label="Site"><ul class="y7qwii" id="comp-kx2itemsContainer"
style="text-align:center" data-marginallchildren="true">
${wNav
  .map(
    (t, i) => `<li id="comp-kx2${i}" data-direction="ltr" data-listposition="center" data-data-id="dataItem-${i}" data-state="menu false  link"
data-index="${i}" class="Ory3Jg wixui-dropdown-menu__item ZLo7Eb"><a data-testid="linkElement" href="https://www.saltmerespirits.com/${i}" target="_self"
class="UiHgGh"><div class="yRj2ms"><div class=""><p class="zKbzSQ" id="comp-kx2${i}label">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
<li id="comp-kx2__more__" data-direction="ltr" data-listposition="right" data-state="menu false  header" data-index="__more__" data-dropdown="false"
aria-hidden="true" style="visibility:hidden"
class="p90CkU UiHgGh" tabindex="-1"><div class="yRj2ms"><div class=""><p class="zKbzSQ" id="comp-kx2__more__label" tabindex="-1">More</p></div></div></li>
</ul><div class="h3jCPd" id="comp-kx2dropWrapper" data-dropalign="center" data-dropdown-shown="false"><ul class="wkJ2fp" id="comp-kx2moreContainer"></ul></div>
</nav></wix-dropdown-menu></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="if7Vw2"><div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content"
class="">
<div data-mesh-id="Containerc1dmpinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lq1" tabindex="-1" class="Oqnisf comp-lq1 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq1"
data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>
<div data-mesh-id="comp-lq1inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq1inlineContent-gridContainer"
data-testid="mesh-container-content">
${wRich('lq2', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('lq3', wParas.map(wP).join('\n'))}
${wBtn('lq4', 'Book Now')}
<div id="comp-lq5" class="MazNVa comp-lq5 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq5" class="HlRz5e BI8PVQ"
data-image-info="{}" data-bg-effect-name="" data-has-ssr-src=""><img src="https://static.wixstatic.com/media/a1b2c3_pier.jpg/v1/fill/w_480,h_320/pier.jpg"
alt="North Pier at dusk"
style="width:480px;height:320px;object-fit:cover" width="480" height="320"></wow-image></div></div>
${wRich('lq6', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">When and where</span></h2>')}
${wRich('lq7', wWhen.map(wP).join('\n'))}
${wRich('lq8', `<p class="font_7 wixui-rich-text__text"><span style="font-style:italic;" class="wixui-rich-text__text">${wNote}</span></p>`)}
${wBtn('lq9', 'Check dates')}
</div></div></section></div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="u4cNtA"><div
data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">
${wRich('kx5', `${wP('Saltmere Spirits Tours · Harbour Road, Saltmere')}\n${wP('Tel: 01632 960 284')}`)}
<div id="comp-kx6" class="comp-kx6 wixui-social-bar"><ul class="ywEyH6 wixui-social-bar__link" aria-label="Social Bar"><li id="dataItem-kx7-comp-kx6"
class="comp-kx6"><a
data-testid="linkElement" href="https://www.facebook.com/saltmerespirits" target="_blank" aria-label="Facebook"><wow-image><img alt="Facebook"
src="https://static.wixstatic.com/media/fb.png"></wow-image></a></li></ul></div>
${wRich(
  'kx8',
  wP(`© 2035 by Saltmere Spirits Tours. Powered and secured by <a href="https://www.wix.com" target="_blank"
class="wixui-rich-text__text">Wix</a>`),
)}
</div></div></div></div></footer></div></div>
<div id="consent-banner-root"><div class="consent-banner" data-hook="consent-banner-root" role="region" aria-label="Cookie banner"><div
class="consent-banner__text"
data-hook="consent-banner-text"><p>This website uses cookies. By continuing to use it you agree to our use of cookies.</p></div><div
class="consent-banner__buttons">
<button data-hook="consent-banner-settings-button" class="consent-banner__settings">Settings</button><button data-hook="consent-banner-decline-button">Decline
All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4a9c3b1e.bundle.min.js" async></script></body></html>`;
const wix: TestPage = settle({
  name: 'heldout642-wix-harbour-walk',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['When and where'],
  body: texts([...wParas, ...wWhen, wNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Saltmere Spirits Tours', ...wNav,
    'Book Now', 'Check dates', 'Saltmere Spirits Tours · Harbour Road, Saltmere', 'Tel: 01632 960 284',
    '© 2035 by Saltmere Spirits Tours. Powered and secured by Wix',
    'This website uses cookies. By continuing to use it you agree to our use of cookies.', 'Settings', 'Decline All', 'Accept',
  ],
});

const fTitle = 'The Cathedral Quarter Walk';
const fIntro = j(
  'Two hours, eight stops and nine centuries of Wendlebury, from the Norman gate to the last of the medieval almshouses. This is',
  'our gentlest walk, with no ghosts and plenty of gossip, and the one we suggest for your first day in the city.',
);
const fFacts = [
  ['Duration', '2 hours'],
  ['Distance', '2.4 km'],
  ['Starts', 'Abbey Gate, Minster Yard'],
  ['Price', '£14, under 12s free'],
];
const fStops = [
  ['Abbey Gate', 'Built in 1120 and rebuilt twice after riots. Look for the masons’ marks on the inside of the arch.'],
  ['Minster Yard', 'Where the market stood before the Dean moved it out in 1340 for being too loud during services.'],
  ['Chantry Lane', 'The narrowest street in the city, with houses that lean so far that neighbours could shake hands across it.'],
  ['St Aldhelm’s Almshouses', 'Founded in 1437 for “twelve poor men of good life”, and still home to twelve residents today.'],
];
const fAfter = j(
  'The walk finishes at the Almshouses, a short walk from the railway station. If you would like to see inside the Minster, our',
  'guides can point you to the north door, where the afternoon tours begin.',
);
const fNav = ['Walks', 'Private Tours', 'Our Guides', 'Journal', 'Book'];
const fFoot = ['Walks', 'Gift Cards', 'FAQs', 'Contact', 'Terms'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Sep 22 2026 09:14:02 GMT+0000
(Coordinated Universal Time) --><html data-wf-domain="www.minsterwalks.co.uk" data-wf-page="64f1a2b3c4d5e6f708192a3b"
data-wf-site="64e0a1b2c3d4e5f607182930" data-wf-collection="64f1a2b3c4d5e6f708192a40" data-wf-item-slug="cathedral-quarter-walk" lang="en"><head>
<meta charset="utf-8"><title>${fTitle} | Minster Walks</title><meta content="Two hours, eight stops and nine centuries of Wendlebury." name="description">
<meta content="${fTitle} | Minster Walks" property="og:title"><meta property="og:type" content="website"><meta content="summary_large_image"
name="twitter:card">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64e0a1b2c3d4e5f607182930/css/minsterwalks.webflow.3f2c1a.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristTrip","name":"${fTitle}",
"provider":{"@type":"Organization","name":"Minster Walks"}}</script>
</head><body class="body-tour"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/64e0/logo.svg"
loading="lazy" alt="Minster Walks" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link${t === 'Book' ? ' nav-button' : ''} w-nav-link">${t}</a>`).join('\n')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-tour-hero"><div class="w-layout-blockcontainer container-large w-container">
<div class="breadcrumb-wrap"><a href="/walks" class="breadcrumb-link">Walks</a><div class="breadcrumb-divider">/</div><div
class="breadcrumb-current">${fTitle}</div></div>
<div class="tour-eyebrow">Daytime history walk</div><h1 class="tour-title">${fTitle}</h1><p class="tour-intro">${fIntro}</p>
<div class="w-layout-grid tour-facts-grid">${fFacts
  .map(
    (f) => `<div class="fact-card"><div class="fact-label">${f[0]}</div><div
class="fact-value">${f[1]}</div></div>`,
  )
  .join('\n')}
</div><a href="/book?walk=cathedral-quarter" class="button-primary w-button">Book this walk</a></div></section>
<section class="section-stops"><div class="w-layout-blockcontainer container-medium w-container"><h2 class="heading-stops">Stops on the route</h2>
<div class="w-dyn-list"><div role="list" class="stops-list w-dyn-items">
${fStops
  .map(
    (s) => `<div role="listitem" class="stop-item w-dyn-item"><img src="https://assets-global.website-files.com/64e0/stop.jpg" loading="lazy" alt=""
class="stop-image"><div class="stop-content"><h3 class="stop-name">${s[0]}</h3><div class="stop-text w-richtext"><p>${s[1]}</p></div></div></div>`,
  )
  .join('\n')}
</div></div><div class="w-richtext after-text"><h2>After the walk</h2><p>${fAfter}</p></div></div></section>
<section class="section-guide-cta"><div class="w-layout-blockcontainer container-small w-container"><div class="guide-card"><img
src="https://assets-global.website-files.com/64e0/hester.jpg"
loading="lazy" alt="" class="guide-photo"><div class="guide-text"><div class="guide-label">Usually led by</div><div class="guide-name">Hester Quayle</div>
<p class="guide-bio">Hester has guided in Wendlebury since 2009 and wrote the city’s blue plaque guide.</p></div></div></div></section>
<section class="section-related"><div class="w-layout-blockcontainer container-large w-container"><h2 class="heading-related">More walks</h2><div
class="w-dyn-list">
<div role="list" class="related-list w-dyn-items"><div role="listitem" class="w-dyn-item"><a href="/walks/wendlebury-after-dark"
class="related-card w-inline-block">
<div class="related-title">Wendlebury After Dark</div><div class="related-meta">90 min · Evenings</div></a></div><div role="listitem" class="w-dyn-item">
<a href="/walks/river-and-mills" class="related-card w-inline-block"><div class="related-title">The River and the Mills</div><div class="related-meta">2.5
hours ·
Weekends</div></a></div></div></div></div></section></main>
<footer class="footer"><div class="w-layout-blockcontainer container-large w-container"><div class="footer-grid"><div class="footer-newsletter">
<div class="footer-heading">Walk notes, once a month</div><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"
class="newsletter-form" data-wf-page-id="64f1a2b3c4d5e6f708192a3b" data-wf-element-id="b1c2d3e4"><input class="newsletter-input w-input" maxlength="256"
name="email" data-name="Email" placeholder="Your email" type="email" id="email" required=""><input type="submit" data-wait="Please wait..."
class="newsletter-button w-button" value="Join"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success">
<div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div><div class="footer-links">
${fFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('\n')}</div></div>
<div class="footer-bottom"><div class="footer-copy">© 2026 Minster Walks Ltd. Registered in England no. 09876543.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64e0a1b2c3d4e5f607182930" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64e0a1b2c3d4e5f607182930/js/webflow.4b2a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = settle({
  name: 'heldout642-webflow-cathedral-walk',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Stops on the route', ...fStops.map((s) => s[0] ?? ''), 'After the walk'],
  body: [fIntro, ...fFacts.map((f) => f.join(' ')), ...fStops.map((s) => s[1] ?? ''), fAfter],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Walks', 'Daytime history walk', 'Book this walk', 'Usually led by', 'Hester Quayle',
    'Hester has guided in Wendlebury since 2009 and wrote the city’s blue plaque guide.', 'More walks', 'Wendlebury After Dark', '90 min · Evenings',
    'The River and the Mills', '2.5 hours · Weekends', 'Walk notes, once a month', ...fFoot, '© 2026 Minster Walks Ltd. Registered in England no. 09876543.',
  ],
});

export const HELDOUT642_C: readonly TestPage[] = [wix, webflow];
