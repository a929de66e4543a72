import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout506-kit.js';

/**
 * Held-out batch 506, file c: a call for artists on a Wix site (rich-text components in absolute sections, a Wix Forms block and a
 * cookie banner), and a residency announcement on Ghost with the Casper theme (member sign-up box and "read more" cards).
 */
const wTitle = 'Call for Artists: Harbour Walls Mural Commission 2027';
const wIntro = [
  j(
    'Brackenmouth Arts Trust invites artists and artist teams to propose a large-scale mural for the seaward face of the old',
    'harbour warehouse on Ropewalk. The wall is 24 metres long and 7 metres high and is seen by everyone who arrives in town',
    'by ferry.',
  ),
  'The commission fee is £18,000, which includes materials, equipment hire, insurance and travel. The wall will be primed before the artist arrives.',
];
const wS1 = 'The brief';
const wP1 = [
  j(
    'We are looking for a design that responds to the working life of the harbour, past and present: the herring fleet, the',
    'ropemakers, the ferry crews and the families who still fish from the quay. We welcome abstract and figurative approaches.',
  ),
  j(
    'The selected artist will spend at least two days meeting local groups before finalising the design, including the',
    'primary school and the Brackenmouth Fishermen’s Mission.',
  ),
];
const wS2 = 'Who can apply';
const wP2 = [
  'Artists and teams based anywhere in Scotland and the north of England.',
  'You should have completed at least one outdoor mural of over 30 square metres.',
  'Students in full-time education are not eligible, but recent graduates are welcome.',
];
const wS3 = 'How to apply';
const wP3 = [
  j(
    'Send a short statement (no more than 500 words) on how you would approach the wall, up to eight images of previous work',
    'and a CV. Do not send a finished design at this stage. Shortlisted artists will be paid £400 to develop a concept.',
  ),
  'Deadline: 5pm, Friday 12 February 2027. Shortlist interviews: week of 8 March. Painting: June and July 2027.',
];
const wFormLabels = ['First name', 'Last name', 'Email', 'Website or Instagram', 'Upload your application (PDF, max 10MB)'];
const wNav = ['Home', 'Projects', 'Open Calls', 'Our Story', 'Contact'];
const comp = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${esc(t)}</span></p>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${esc(t)}</span></h2>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>Harbour Walls Mural Commission | Brackenmouth Arts Trust</title><meta name="description" content="Open call: a mural for the harbour warehouse.">
<link rel="canonical" href="https://www.brackenmoutharts.example/open-calls"><meta property="og:site_name" content="Brackenmouth Arts Trust">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager","siteScrollBlocker"],
"site":{"metaSiteId":"2f6c0c1a-71b2","isResponsive":false},"language":{"userLanguage":"en"}}</script>
<script>window.fedops = window.fedops || {}; window.fedops.apps = window.fedops.apps || {};</script>
<style id="css_masterPage">#SITE_CONTAINER{min-width:980px}.font_0{font:normal normal bold 44px/1.2 'playfair display',serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX"></div></div><div class="CJF7A2"><div id="comp-kd91x2" class="HcOXKn c9GqVL QxJLC3 comp-kd91x2
wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><a href="https://www.brackenmoutharts.example" target="_self"
class="wixui-rich-text__text">BRACKENMOUTH ARTS TRUST</a></p></div>
<wix-dropdown-menu id="DrpDwnMn0" class="XRwtpn DrpDwnMn0 wixui-dropdown-menu hidden-during-prewarmup"><nav class="StylableHorizontalMenu3372578893__root"
aria-label="Site"><ul class="menu">${wNav
  .map(
    (t) => `<li class="UQ8g4d wixui-dropdown-menu__item"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh" data-testid="linkElement"><div class="yRj2ms"><div class="zKbzSQ"><p class="wixui-dropdown-menu__item">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="v1vm3"
class="dBAkHi theme-vars"><div class="PFkO7r wN7Ua0"></div><div id="Containerv1vm3" class="Containerv1vm3 SPY_vo"><div
data-mesh-id="Containerv1vm3inlineContent"
data-testid="inline-content"><section id="comp-lq2a8k1" tabindex="-1" class="Oqnisf comp-lq2a8k1 wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lq2a8k1" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>
<div data-mesh-id="comp-lq2a8k1inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq2a8k1inlineContent-gridContainer"
data-testid="mesh-container-content">
${comp('lq2a9m0', `<h1 class="font_0 wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${comp('lq2a9x4', wIntro.map(wp).join('<p class="font_8 wixui-rich-text__text">&nbsp;</p>\n'))}
<div id="comp-lq2abd2" class="MazNVa comp-lq2abd2 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq2abd2" class="HlRz5e
BI8PVQ" data-image-info='{"containerId":"comp-lq2abd2","displayMode":"fill"}'><img
src="https://static.wixstatic.example/media/8a1f2c_warehouse.jpg/v1/fill/w_980,h_420/warehouse.jpg"
alt="The harbour warehouse wall at low tide" style="width:980px;height:420px;object-fit:cover"></wow-image></div></div>
${comp('lq2ac1f', `${wh(wS1)}\n${wP1.map(wp).join('\n')}`)}
${comp(
  'lq2ac9q',
  `${wh(wS2)}\n<ul class="font_8 wixui-rich-text__text">${wP2
    .map(
      (t) => `<li class="wixui-rich-text__text"><p class="font_8
wixui-rich-text__text">${t}</p></li>`,
    )
    .join('\n')}</ul>`,
)}
${comp('lq2adk3', `${wh(wS3)}\n${wP3.map(wp).join('\n')}`)}
</div></div></section>
<section id="comp-lq2af07" class="Oqnisf comp-lq2af07 wixui-section"><div data-mesh-id="comp-lq2af07inlineContent" data-testid="inline-content">
<form id="comp-lq2afb8" class="JVi7i2 comp-lq2afb8 wixui-form" data-testid="form"><div
class="form-title">${comp('lq2afz1', '<h2 class="font_5 wixui-rich-text__text">Apply now</h2>')}</div>
${wFormLabels
  .map(
    (t, i) => `<div class="EmyVop comp-lq2ag${i} wixui-text-input"><label for="input_comp-lq2ag${i}" class="wPeA6j wixui-text-input__label">${t}</label>
<div class="pUnTVX"><input type="text" id="input_comp-lq2ag${i}" class="KvoMHf has-custom-focus wixui-text-input__input"></div></div>`,
  )
  .join('\n')}
<div class="comp-lq2ahx2 R6ex7N wixui-button" aria-disabled="false"><button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button
PlZyDq"><span class="l7_2fn wixui-button__label">Submit application</span></button></div>
</form></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2">
${comp('kd92f7', '<p class="font_9 wixui-rich-text__text">© 2027 by Brackenmouth Arts Trust. Scottish Charity No. SC051872</p>')}
${comp('kd92g0', '<p class="font_9 wixui-rich-text__text">The Old Net Loft, Ropewalk, Brackenmouth</p>')}
</div></div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of
page</span></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div class="xgOd9 root" data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie
consent banner"><div class="GGoRD"><p class="W1oBv" data-hook="ccsu-banner-text">This website uses cookies. We use cookies to see how you interact with it.
By accepting, you agree to our use of such cookies.</p><a class="jOuRy" href="/privacy" data-hook="ccsu-banner-policy-link">Privacy Policy</a></div>
<div class="ikr7h"><button data-hook="consent-banner-settings-button" class="S0MiQ">Settings</button><button data-hook="consent-banner-decline-button"
class="S0MiQ">Decline All</button><button data-hook="consent-banner-apply-button" class="kVVCP">Accept</button></div></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.renderer.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout506-wix-call-for-artists',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wS1, wS2, wS3],
  body: texts([...wIntro, ...wP1, ...wP2, ...wP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'BRACKENMOUTH ARTS TRUST', ...wNav, 'Apply now', ...wFormLabels, 'Submit application',
    '© 2027 by Brackenmouth Arts Trust. Scottish Charity No. SC051872',
    'The Old Net Loft, Ropewalk, Brackenmouth', 'bottom of page',
    'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.', 'Privacy Policy',
    'Settings', 'Decline All', 'Accept',
  ],
};

const gTitle = 'Three artists join the Fellside residency for 2027';
const gDek = 'A weaver, a sound artist and a painter will spend the spring in the converted barns above Skellbeck.';
const gBody = [
  j(
    'After reading more than 340 applications, the selection panel has chosen three artists for this year’s Fellside residency.',
    'Each will receive twelve weeks in a studio and cottage at Low Garth, a stipend of £4,500 and a materials budget, and will',
    'show new work in the barn gallery at the end of June.',
  ),
  j(
    '<strong>Saoirse Delaney-Hart</strong> is a weaver who works with undyed fleece from rare breeds. She plans to map the',
    'drystone walls of the upper valley in a series of long, narrow tapestries, each one following a single wall from the',
    'beck to the fell top.',
  ),
  j(
    '<strong>Tomasz Brzęk</strong> records sound in places where people no longer live. At Fellside he will work with the',
    'shepherds at Rake Head to record a full year of the farm compressed into the spring: lambing, gathering, shearing rehearsed',
    'early, and the silence of the barns at night.',
  ),
  j(
    '<strong>Juno Achterberg</strong> paints small, dense landscapes on copper. She will be working outdoors for most of the',
    'residency and has asked for the studio with the north light and the wood-burning stove.',
  ),
  j(
    'The panel said the standard of applications was the highest in the residency’s eleven years. “We could have filled the',
    'barns three times over,” said programme director Hester Lamb. “What drew us to these three was how closely each of them',
    'wanted to listen to the place.”',
  ),
  j('Open studio afternoons will be held on the last Sunday of each month from April to June. The end-of-residency exhibition', 'opens on Friday 26 June.'),
];
const gNav = ['Home', 'Residency', 'Journal', 'Exhibitions', 'Support us'];
const gMore = ['What we learned from ten years of residencies', 'Open studio afternoons: dates for spring', 'The barn gallery gets a new floor'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=6f0a1d9e1b"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.fellside.example/three-artists-2027/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-01-21T10:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fellside Journal"},
"author":{"@type":"Person","name":"Mara Quist"},"headline":"${gTitle}","datePublished":"2027-01-21T10:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Fellside Journal"
href="https://journal.fellside.example/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://journal.fellside.example/"
data-key="4f1c0a2b" data-api="https://journal.fellside.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;padding:40px 4vw}</style>
<style>:root {--ghost-accent-color: #6b7f3a;}</style></head>
<body class="post-template has-serif-title has-sans-body is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://journal.fellside.example">Fellside
Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"
aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a
href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this
site" data-ghost-search></button><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a
class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-residency tag-news">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/residency/">Residency</a></span>
<span class="post-card-featured">Featured</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/mara/" class="author-avatar" aria-label="Read more of Mara Quist"><img class="author-profile-image" src="/content/images/size/w100/mara.jpg"
alt="Mara Quist"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/mara/">Mara Quist</a></h4><div
class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-01-21">Jan 21, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2027/01/low-garth.jpg 600w" src="/content/images/size/w2000/2027/01/low-garth.jpg"
alt="Stone barns at Low Garth under snow"><figcaption><span style="white-space: pre-wrap;">The studios at Low Garth in January. Photo: Fellside
Trust</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody)}
<div class="kg-card kg-button-card kg-align-center"><a href="https://fellside.example/visit" class="kg-btn kg-btn-accent">Plan your visit</a></div>
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link"
href="/p/"><img class="post-card-image" src="/content/images/size/w300/x.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a
class="post-card-content-link"
href="/p/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2026-11-04">Nov 4, 2026</time></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.fellside.example">Fellside Journal</a> &copy;
2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=6f0a1d9e1b"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout506-ghost-residency',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gDek, ...gBody]),
  bylines: ['Mara Quist', 'Jan 21, 2027', 'Nov 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fellside Journal', ...gNav.filter((t) => t !== 'Residency'), 'Sign in', 'Subscribe', 'Featured', '• 3 min read',
    'The studios at Low Garth in January. Photo: Fellside Trust',
    'Plan your visit', 'Sign up for more like this.', 'Enter your email', ...gMore, 'Fellside Journal © 2027', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT506_C: readonly TestPage[] = [wix, ghost];
