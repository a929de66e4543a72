import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout666-kit.js';

/**
 * Held-out batch 666, file b: a hospice volunteer role page on Squarespace 7.1 (sections and blocks, cookie banner), and a
 * short children's hospice fun run page built with Wix.
 */
const vTitle = 'Bereavement Support Volunteer';
const vIntro = j(
  'Could you offer a listening ear to someone who has lost a person close to them? Our bereavement support volunteers meet',
  'adults who have been bereaved, one to one or in small groups, and give them time and space to talk.',
);
const vGlance = [
  '<strong>Where:</strong> Harrowby Hospice, Fenton Road, and our drop-in at Oakhurst Library',
  '<strong>When:</strong> 3 hours a week, daytime or early evening',
  '<strong>Commitment:</strong> at least 12 months',
  '<strong>Training:</strong> a 6-week course, starting in September',
];
const vDo = [
  'meeting clients for regular one-to-one sessions of up to an hour',
  'helping to run our monthly Coffee and Memories group',
  'keeping short, confidential notes after each session',
  'attending group supervision every six weeks',
];
const vYou = [
  j(
    'You do not need a counselling qualification. We are looking for people who are warm, patient and good at listening, and who',
    'can keep things confidential. If you have been bereaved yourself, we ask that at least two years have passed.',
  ),
  j(
    'All of our bereavement volunteers have an enhanced DBS check, which we arrange and pay for. You will be supported by our',
    'Family Support Lead, Odile Branwell, and by a team of paid counsellors.',
  ),
];
const vGain = j(
  'Many of our volunteers tell us this is the most rewarding thing they do. You will gain training that is recognised by the',
  'National Bereavement Alliance, and we will pay your travel expenses.',
);
const vQuote = 'People sometimes ask me if it is sad. Some days it is, but mostly it is a privilege to walk alongside someone for a while.';
const vApply = j(
  'Fill in our short application form and our Volunteer Services team will be in touch within two weeks to arrange an informal',
  'chat. The closing date for the September course is 30 June.',
);
const vHeads = ['Role at a glance', 'What you will do', 'Who we are looking for', 'What you will gain', 'How to apply'];
const vNav = ['Care', 'Support Us', 'Volunteer', 'Shops', 'About', 'Contact'];
const vFootNav = ['Jobs', 'Privacy', 'Accessibility', 'Press'];
const vHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${vTitle} &mdash; Harrowby Hospice</title>
<link rel="canonical" href="https://www.harrowbyhospice.org/volunteer/bereavement-support"><meta property="og:site_name" content="Harrowby Hospice">
<meta itemprop="name" content="${vTitle} — Harrowby Hospice"><meta name="twitter:card" content="summary">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.harrowbyhospice.org","name":"Harrowby Hospice","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64b0/8/5c5a/1.0/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64b0c2" class="primary-button-style-solid header-layout-nav-right tweak-global-animations-enabled view-list collection-type-page">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/64b0/logo.png?format=1500w" alt="Harrowby Hospice"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${vNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/donate">Donate</a></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box">
<div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="bottom-bun"></div></div></div></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64b0c2a9e1">
<section data-test="page-section" data-section-theme="white"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle white" data-section-id="64b0c2a9e2">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64b0c2a9e2">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1690"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${vTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${vIntro}</p></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${at(vHeads, 0)}</h3><ul data-rte-list="default">${lis(vGlance.map((g) => `<p style="white-space:pre-wrap;">${g}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">${at(vHeads, 1)}</h3><ul data-rte-list="default">${lis(vDo.map((g) => `<p style="white-space:pre-wrap;">${g}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">${at(vHeads, 2)}</h3>${ps(vYou, ' style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${at(vHeads, 3)}</h3>${ps([vGain], ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote" data-animation-override><span>“</span>${vQuote}<span>”</span></blockquote>
<figcaption class="source">— Anwen, volunteer since 2021</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${at(vHeads, 4)}</h3>${ps([vApply], ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left">
<a href="https://forms.harrowbyhospice.org/volunteer"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Apply now</a>
</div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small"
style="white-space:pre-wrap;">Questions? Email <a href="mailto:volunteering@harrowbyhospice.org">volunteering@harrowbyhospice.org</a> or call 01632 961 230.</p>
</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed light"
data-section-id="64b0c2a9e3">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Other ways to volunteer</h2></div></div></div>
<div class="sqs-block summary-v2-block sqs-block-summary-v2"><div class="sqs-block-content"><div class="summary-item-list-container sqs-gallery-container">
<div class="summary-item-list">${['Shop volunteer', 'Ward host', 'Gardening team']
  .map(
    (t) => `<div class="summary-item summary-item-record-type-text">
<div class="summary-title"><a href="/volunteer/${t.toLowerCase().replace(/ /g, '-')}" class="summary-title-link">${t}</a></div></div>`,
  )
  .join('\n')}</div></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">Harrowby Hospice<br>Fenton Road, Harrowby HB2 9LE</p><p style="white-space:pre-wrap;">Registered charity no. 1077777</p>
</div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(
  vFootNav.map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`),
  ' style="white-space:pre-wrap;"',
)}</div></div></div></div>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 TOP" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience. You can accept or decline our use of cookies.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const volunteer: TestPage = {
  name: 'heldout666-squarespace-bereavement-volunteer',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vHeads,
  body: texts([vIntro, ...vGlance, ...vDo, ...vYou, vGain, `“${vQuote}”`, '— Anwen, volunteer since 2021', vApply]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...vNav.filter((t) => t !== 'Volunteer'), 'Donate', 'Apply now',
    'Questions? Email volunteering@harrowbyhospice.org or call 01632 961 230.', 'Other ways to volunteer', 'Shop volunteer', 'Ward host',
    'Gardening team', 'Fenton Road, Harrowby HB2 9LE', 'Registered charity no. 1077777', ...vFootNav,
    'This website uses cookies to improve your experience. You can accept or decline our use of cookies.', 'Decline', 'Accept',
  ],
};

const fTitle = 'Willowmere Family Fun Run';
const fBody = [
  j(
    'Join us on Sunday 19 September at Ashgrove Park for a 3km fun run in aid of Willowmere Children’s Hospice. Run, jog, walk or',
    'dance your way round; fancy dress is very welcome!',
  ),
  'Entry is £8 for adults and £4 for children, and under 5s run for free. Every finisher gets a medal and an ice lolly.',
  j(
    'Friends of Willowmere is a small group of parents and volunteers. Since 2019 we have raised over £60,000 for the hospice’s',
    'sibling support service and music therapy room.',
  ),
];
const fWhen = [
  '9.30am  Registration opens by the bandstand',
  '10.15am  Warm-up with Coach Tilly',
  '10.30am  Fun run starts',
  '11.30am  Medals and raffle draw',
];
const fNav = ['Home', 'Fun Run', 'Our Story', 'Gallery', 'Contact'];
const wixRich = (id: string, inner: string): string =>
  `<div id="${id}" class="HcOXKn SxM0TO QxJLC3 lq2cno YQcXTT ${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wixP = (t: string): string =>
  `<p class="font_8 wixui-rich-text__text" style="font-size:17px; line-height:1.6em;"><span class="wixui-rich-text__text">${t}</span></p>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192"
href="https://static.wixstatic.com/media/a1b2c3_favicon.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/a1b2c3_favicon.png" type="image/png"/>
<title>Fun Run | Friends of Willowmere</title><meta name="description" content="A 3km family fun run at Ashgrove Park for Willowmere Children's Hospice.">
<link rel="canonical" href="https://www.friendsofwillowmere.org/fun-run"><meta property="og:title" content="Fun Run | Friends of Willowmere">
<meta property="og:site_name" content="Friends of Willowmere"><meta name="twitter:card" content="summary_large_image">
<script type="application/json"
id="wix-viewer-model">{"siteFeatures":["tpaCommons","seo","accessibility","cookiesManager"],"site":{"metaSiteId":"7d1f0b3e"}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255,1;}#comp-lt8a2xk1{width:980px;}</style></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="qhwIj ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page">
<span class="mrJN_">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${wixRich('comp-lt8a1q0f', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Friends of Willowmere</span></p>')}
<nav aria-label="Site" id="comp-lt8a2xk1" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${fNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://www.friendsofwillowmere.org/${t.toLowerCase().replace(/ /g, '-')}" class="wixui-horizontal-menu__item-label">
<div class="itemDepth02233374943__itemLabelContainer"><span class="itemDepth02233374943__label">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="b8k2d" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<section id="comp-lt8b0c4m" class="xuzjBY comp-lt8b0c4m wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lt8b0c4minlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-lt8b0c4minlineContent-gridContainer" data-testid="mesh-container-content">
${wixRich(
  'comp-lt8b1d2e',
  `<h1 class="font_0 wixui-rich-text__text" style="font-size:52px;"><span class="color_15 wixui-rich-text__text">${fTitle}</span>
</h1>`,
)}
${wixRich('comp-lt8b1f9a', fBody.slice(0, 2).map(wixP).join('\n'))}
<div id="comp-lt8b2a7c" class="comp-lt8b2a7c wixui-button" aria-disabled="false">
<a data-testid="linkElement" href="https://www.friendsofwillowmere.org/register" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Register now</span></a></div>
<div id="comp-lt8b3m1r" class="MazNVa comp-lt8b3m1r wixui-image"><div data-testid="linkElement" class="j7pOnl">
<wow-image id="img_comp-lt8b3m1r" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/a1b2c3_fr22.jpg/v1/fill/w_480,h_320,al_c,q_80/a1b2c3_fr22.jpg" alt="Children in fancy dress running"
width="480" height="320"></wow-image></div></div>
${wixRich('comp-lt8b4q6s', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">On the day</span></h2>`)}
${wixRich(
  'comp-lt8b5h3t',
  `<ul class="font_8 wixui-rich-text__text">${lis(
    fWhen.map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
${wixRich('comp-lt8b6k0u', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Who we are</span></h2>`)}
${wixRich('comp-lt8b7w2v', wixP(at(fBody, 2)))}
</div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${wixRich('comp-lt8c0a1b', wixP('Friends of Willowmere raises funds for Willowmere Children’s Hospice, registered charity 1144444.'))}
${wixRich('comp-lt8c0b2c', wixP('© 2027 by Friends of Willowmere. Proudly created with Wix.com'))}
<div id="comp-lt8c0c3d" class="comp-lt8c0c3d wixui-social-bar" aria-label="Social Bar"><ul class="social-list"><li>
<a href="https://www.facebook.com/friendsofwillowmere" target="_blank">
<img src="https://static.wixstatic.com/media/fb-icon.png" alt="Facebook"></a></li></ul></div></div></div></div></footer>
</div></div>
<div id="SCROLL_TO_BOTTOM" class="Qe6yzT ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mrJN_">bottom of page</span></div>
</div></div>
<script async id="wix-perf-measure" src="https://static.parastorage.com/services/wix-thunderbolt/dist/wix-perf-measure.umd.min.js"></script>
</body></html>`;
const funRun: TestPage = {
  name: 'heldout666-wix-fun-run',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: ['On the day', 'Who we are'],
  body: texts([...fBody.slice(0, 2), ...fWhen, at(fBody, 2)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Home', 'Our Story', 'Gallery', 'Contact', 'Register now',
    'Friends of Willowmere raises funds for Willowmere Children’s Hospice, registered charity 1144444.',
    '© 2027 by Friends of Willowmere. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT666_B: readonly TestPage[] = [volunteer, funRun];
