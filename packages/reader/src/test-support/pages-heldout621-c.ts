import { ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout621-kit.js';

/**
 * Held-out batch 621, file c: an ironmonger's "Our Story" page built with Wix (rich-text components in a strip, Wix consent
 * banner), and a garden tool sharpening article on a Webflow CMS blog (with its w-form success and error messages).
 */
const xTitle = 'Our Story';
const xP = [
  j(
    'Colquhoun Ironmongery opened on Kirk Wynd in 1911, when Alexander Colquhoun bought the stock of a failed saddler and started',
    'selling nails by the pound from a window onto the street. The same oak counter is still in the shop, with the brass rule he',
    'screwed to it for measuring chain.',
  ),
  j(
    'Four generations later we still sell nails by weight, cut glass and keys, and mend what can be mended. We stock around nine',
    'thousand lines, from hinges for a 1930s kitchen dresser to the fixings a builder needs by seven in the morning.',
  ),
  'If we haven&#39;t got it, we will usually know who has.',
];
const xNav = ['Home', 'Our Story', 'Services', 'Visit'];
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5MDA comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Our Story | Colquhoun Ironmongery</title>
<meta property="og:title" content="Our Story | Colquhoun Ironmongery"><meta property="og:site_name" content="Colquhoun Ironmongery">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Colquhoun Ironmongery","address":{"@type":"PostalAddress",
"streetAddress":"7 Kirk Wynd","addressLocality":"Strathmore"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"8a1c","siteId":"2f7e"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}#comp-lq2a1{width:980px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent">
${rich('lq2a1', '<p class="font_6 wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">COLQUHOUN IRONMONGERY</span></p>')}
<nav id="comp-lq2a4" aria-label="Site" class="XwCBRN comp-lq2a4 wixui-horizontal-menu"><ul class="_lTwdr" role="menubar">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://www.colquhounironmongery.co.uk/${t.toLowerCase().replace(/ /g, '-')}"
class="wixui-horizontal-menu__item-label"><div class="_4J8pu"><span class="wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wN7S5e"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<section id="comp-lq2b1" class="comp-lq2b1 CohWsy wixui-column-strip"><div data-testid="columns" class="V5AUxf"><div id="comp-lq2b2"
class="comp-lq2b2 YzqVVZ wixui-column-strip__column"><div data-testid="columnBackground" class="MW5IWV"></div><div data-mesh-id="comp-lq2b2inlineContent">
${rich('lq2b5', `<h1 class="font_0 wixui-rich-text__text" style="font-size:64px;"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rich(
  'lq2b7',
  xP
    .map(
      (p) => `<p class="font_8 wixui-rich-text__text" style="line-height:1.7em;"><span class="wixui-rich-text__text">${p}</span>
</p>`,
    )
    .join('\n'),
)}
<div id="comp-lq2c0" class="MazNVa comp-lq2c0 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq2c0" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lq2c0","displayMode":"fill"}'><img src="https://static.wixstatic.com/media/4b1f_counter.jpg" alt="The oak counter"
style="width:440px;height:300px;object-fit:cover"></wow-image></div></div>
${rich(
  'lq2c3',
  '<p class="font_9 wixui-rich-text__text">' +
    '<span style="font-style:italic;" class="wixui-rich-text__text">The shop in 1923, with Alexander at the door.</span></p>',
)}
</div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent">
${rich('lq2d1', '<p class="font_8 wixui-rich-text__text">7 Kirk Wynd, Strathmore &nbsp;|&nbsp; 01307 555 261</p>')}
${rich('lq2d2', '<p class="font_8 wixui-rich-text__text">© 2025 by Colquhoun Ironmongery. Powered and secured by <a href="https://www.wix.com">Wix</a></p>')}
</div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner" role="region" aria-label="Cookie banner"><div class="banner-content">
<p data-hook="ccsu-banner-text">This website uses cookies. We use cookies to provide the best experience on our site.</p></div><div class="banner-buttons">
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout621-wix-our-story',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xP),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'COLQUHOUN IRONMONGERY', 'Home', 'Services', 'Visit', 'The shop in 1923, with Alexander at the door.',
    '7 Kirk Wynd, Strathmore | 01307 555 261', '© 2025 by Colquhoun Ironmongery. Powered and secured by Wix',
    'This website uses cookies. We use cookies to provide the best experience on our site.', 'Settings', 'Decline All', 'Accept',
  ],
};

const fTitle = 'How to sharpen secateurs, shears and spades at home';
const fH = ['What you need', 'Secateurs', 'Shears', 'Spades and hoes', 'When to bring them to us'];
const fP = [
  j(
    'A blunt blade crushes a stem instead of cutting it, and a crushed stem lets disease in. Ten minutes with a file and a stone at the',
    'start of spring will make every tool in the shed easier to use, and you don&#39;t need a workshop to do it.',
  ),
];
const fNeed = [
  'A 150mm flat mill file, second cut',
  'A diamond sharpening card or a small oilstone',
  'Wire wool, a rag and a light machine oil',
  'A vice or a clamp, and a pair of gloves',
];
const fSec = [
  j(
    'Undo the pivot bolt and take the blades apart if you can; it is much easier than sharpening them assembled. Scrub off sap with',
    'wire wool. Only the cutting blade is sharpened, and only on its bevelled side: hold the stone at the same angle as the existing',
    'bevel and stroke it towards the edge, following the curve, until you feel a slight burr on the flat side.',
  ),
  'Take the burr off with one or two light passes of the stone held flat against the back. Never grind the flat face.',
];
const fShears = j(
  'Shears are sharpened the same way, one blade at a time, but they have longer edges, so clamp them open in a vice and use the file',
  'first if they are badly nicked. Finish with the stone. Check the pivot nut afterwards: the blades should close with light friction',
  'and no gap at the tip.',
);
const fSpade = j(
  'Spades, edging irons and hoes need a working edge, not a razor. Clamp the tool and file the front face at about 45 degrees, pushing',
  'the file away from you, until the edge is bright along its length. A sharp spade cuts through roots and turf with half the effort.',
);
const fBring = j(
  'Anything with a serrated edge, deep rust pitting or a chipped hardened blade is better done on a wheel. Drop it at the counter',
  'and we will usually have it back to you within two days, for £5 a blade.',
);
const fNav = ['Shop', 'Sharpening', 'Workshop Notes', 'Visit'];
const fRel = ['Oiling wooden handles before the season starts', 'Choosing a pruning saw'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 04 2025 10:14:22 GMT+0000 -->
<html data-wf-domain="www.fenwrighttools.co.uk" data-wf-page="65e1a0c4f2" data-wf-site="65e19f8b7d" data-wf-collection="65e1a0c4e9"
data-wf-item-slug="sharpen-garden-tools">
<head><meta charset="utf-8"><title>How to sharpen secateurs, shears and spades at home | Fenwright Tools</title>
<meta content="Ten minutes with a file and a stone at the start of spring." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65e19f8b7d/css/fenwright.webflow.shared.css"
rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var
n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"How to sharpen secateurs, shears and spades at home",
"author":{"@type":"Person","name":"Iona Fenwright"},"datePublished":"2025-03-04"}</script></head>
<body class="body-2"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65e19f8b7d/logo.svg"
loading="lazy" alt="Fenwright Tools" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-post-header"><div class="container-narrow w-container"><a href="/workshop-notes" class="back-link">&larr; All notes</a>
<div class="post-category">Garden</div><h1 class="heading-post">${fTitle}</h1><div class="post-meta"><div class="post-date">March 4, 2025</div>
<div class="meta-dot">·</div><div class="written-by">Written by</div><div class="post-author">Iona Fenwright</div></div></div></section>
<section class="section-post-body"><div class="container-narrow w-container"><div class="post-rich-text w-richtext">
${ps(fP)}<h3>${at(fH, 0)}</h3><ul role="list">${fNeed.map((t) => `<li>${t}</li>`).join('')}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65e19f8b7d/secateurs.jpg"
loading="lazy" alt=""></div><figcaption>Follow the existing bevel; the flat face stays flat.</figcaption></figure>
<h3>${at(fH, 1)}</h3>${ps(fSec)}<h3>${at(fH, 2)}</h3>${ps([fShears])}<h3>${at(fH, 3)}</h3>${ps([fSpade])}<h3>${at(fH, 4)}</h3>${ps([fBring])}
</div></div></section>
<section class="section-related"><div class="w-container"><h2 class="heading-related">More workshop notes</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">${fRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/workshop-notes/x" class="related-card w-inline-block">
<div class="related-title">${t}</div><div class="read-more">Read more →</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<footer class="footer"><div class="footer-container w-container"><div class="footer-newsletter"><h4 class="footer-heading">Workshop notes by email</h4>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form">
<input class="newsletter-input w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="newsletter-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div>
<div class="footer-text">Fenwright Tools, Unit 3, Mill Yard, Hexley</div><div class="footer-text">© 2025 Fenwright Tools Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e19f8b7d" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65e19f8b7d/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout621-webflow-sharpening-notes',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...fP, ...fNeed, ...fSec, fShears, fSpade, fBring]),
  bylines: ['March 4, 2025', 'Written by', 'Iona Fenwright'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, '← All notes', 'Garden', '·', 'Follow the existing bevel; the flat face stays flat.', 'More workshop notes', ...fRel, 'Read more →',
    'Workshop notes by email', 'Fenwright Tools, Unit 3, Mill Yard, Hexley', '© 2025 Fenwright Tools Ltd',
  ],
};

export const HELDOUT621_C: readonly TestPage[] = [wix, webflow];
