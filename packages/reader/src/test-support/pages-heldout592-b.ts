import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout592-kit.js';

/**
 * Held-out batch 592, file b: a commercial gallery's exhibition page with works and prices on WordPress with Elementor
 * (Hello theme, Elementor Pro header and footer), and an artist's CV on a Wix site (rich-text elements, Wix footer).
 */
const eTitle = 'Kiln Weather: new stoneware by Tobiah Rennick';
const eDates = '14 March – 26 April 2027 · Private view Thursday 13 March, 6–9pm';
const eIntro = [
  j(
    'Tobiah Rennick fires a wood kiln twice a year on a hillside above Calderwick, and each firing takes four days and nights.',
    'The pots in this exhibition come from the autumn and spring firings of the past year, and carry the marks of where they stood',
    'in the kiln: ash that has melted into glaze on one shoulder, bare clay flashed orange on the other.',
  ),
  j(
    'This is his first solo exhibition with the gallery. Alongside the large storage jars for which he is known, he shows a group',
    'of smaller tea bowls and bottles made for daily use, priced so that they can be used rather than kept in a cabinet.',
  ),
];
const eWorksH = 'Works in the exhibition';
const eWorks: [string, string][] = [
  ['Storage jar, north chamber', 'Stoneware, natural ash glaze, 2026 · 58 × 41 × 41 cm · £3,800'],
  ['Storage jar with lugs', 'Stoneware, shino and ash, 2026 · 49 × 38 × 38 cm · Sold'],
  ['Tall bottle, firebox', 'Stoneware, natural ash glaze, 2027 · 36 × 14 × 14 cm · £950'],
  ['Pair of tea bowls', 'Stoneware, iron slip, 2027 · each 8 × 12 × 12 cm · £320'],
  ['Lidded jar', 'Stoneware, nuka glaze, 2026 · 27 × 22 × 22 cm · £1,200'],
  ['Flask', 'Stoneware, ash and salt, 2027 · 31 × 24 × 11 cm · £870'],
];
const eOutro = [
  j('Prices include VAT. Works can be reserved by email or telephone and collected at the end of the exhibition, or delivered', 'within the UK for £40.'),
];
const eNav = ['Exhibitions', 'Artists', 'Shop', 'About', 'Contact'];
const eShare = ['Share on Facebook', 'Share on X', 'Share by email'];
const eFoot = ['Privacy Policy', 'Terms of Sale', 'Accessibility'];
const eWorkHtml = eWorks
  .map(
    ([t, d], i) => `<div class="elementor-element elementor-element-9c${i} elementor-widget elementor-widget-image-box" data-element_type="widget"
data-widget_type="image-box.default"><div class="elementor-widget-container"><div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img">
<img decoding="async" width="600" height="750" src="/wp-content/uploads/2027/02/rennick-${i + 1}.jpg" class="attachment-full size-full" alt="${t}"></figure>
<div class="elementor-image-box-content"><h3 class="elementor-image-box-title">${t}</h3><p
class="elementor-image-box-description">${d}</p></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="mailto:sales@fenwickgallery.example?subject=${encodeURIComponent(t)}">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Enquire</span></span></a></div></div></div>`,
  )
  .join('\n');
const eMenu = (cls: string, hidden: string): string => `<nav class="${cls} elementor-nav-menu__container"${hidden}><ul class="elementor-nav-menu">
${eNav
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page">
<a href="/${t.toLowerCase()}/" class="elementor-item">${t}</a></li>`,
  )
  .join('')}
</ul></nav>`;
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Fenwick Gallery</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"datePublished":"2027-02-20T10:12:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<style id="elementor-frontend-inline-css">.elementor-412 .elementor-element.elementor-element-2b1{--display:flex;--gap:24px;}</style></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f2a e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="/"><img width="240" height="60" src="/wp-content/uploads/2025/01/fenwick-logo.svg" class="attachment-full size-full" alt="Fenwick
Gallery"></a></div></div>
<div class="elementor-element elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<div class="elementor-widget-container">${eMenu('elementor-nav-menu--main elementor-nav-menu--layout-horizontal e--pointer-underline', '')}
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
${eMenu('elementor-nav-menu--dropdown', ' aria-hidden="true"')}</div></div></div></div></div>
<main id="content" class="site-main post-412 page type-page status-publish has-post-thumbnail hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<div class="elementor-element elementor-element-2b1 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<span class="elementor-heading-title elementor-size-default">Current exhibition</span></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div
class="elementor-widget-container"><p><strong>${eDates}</strong></p></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eIntro)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eWorksH}</h2></div></div></div></div>
<div class="elementor-element elementor-element-5d0 e-grid e-con-boxed e-con e-parent"><div class="e-con-inner">
${eWorkHtml}
</div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><div class="elementor-element elementor-widget
elementor-widget-text-editor">
<div class="elementor-widget-container">${ps(eOutro)}</div></div>
<div class="elementor-element elementor-share-buttons--view-icon elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container">
<div class="elementor-grid">${eShare
  .map(
    (t) => `<div class="elementor-grid-item"><div class="elementor-share-btn" role="button" tabindex="0"
aria-label="${t}"><span class="elementor-share-btn__icon"><span class="elementor-screen-only">${t}</span></span></div></div>`,
  )
  .join('')}</div></div></div>
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer"><div class="elementor-element e-flex
e-con-boxed
e-con e-parent"><div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Fenwick Gallery<br>22 Quarry Lane, Calderwick CW3 8RT<br>Tuesday – Saturday, 10am – 5.30pm</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-form"><div class="elementor-widget-container"><form class="elementor-form" method="post"
name="Newsletter">
<div class="elementor-form-fields-wrapper elementor-labels-above"><div class="elementor-field-group elementor-column elementor-field-type-email">
<label for="form-field-email" class="elementor-field-label">Join our mailing list for private view invitations</label><input size="1" type="email"
name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-sm" placeholder="Email address"></div>
<div class="elementor-field-group elementor-column elementor-field-type-submit"><button type="submit" class="elementor-button elementor-size-sm">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Sign up</span></span></button></div></div></form></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main
elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>© 2027 Fenwick Gallery Ltd.
Registered in England no. 10482211</p></div></div></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout592-elementor-exhibition-works-prices',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [eWorksH, ...eWorks.map(([t]) => t)],
  body: texts([eDates, ...eIntro, ...eWorks.map(([, d]) => d), ...eOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Current exhibition', 'Enquire', ...eShare, 'Fenwick Gallery', '22 Quarry Lane, Calderwick CW3 8RT',
    'Tuesday – Saturday, 10am – 5.30pm', 'Join our mailing list for private view invitations', 'Sign up', ...eFoot,
    '© 2027 Fenwick Gallery Ltd. Registered in England no. 10482211',
  ],
};

const wTitle = 'CV';
const wName = 'Saoirse Lindqvist (b. 1988, Dunmarra)';
const wSections: [string, string[]][] = [
  ['Education', ['2013 MA Fine Art (Printmaking), Harlow Vale School of Art', '2010 BA (Hons) Fine Art, University of Kestermouth']],
  [
    'Solo exhibitions',
    ['2027 Paper Weather, Fenwick Gallery, Calderwick', '2025 The Long Edition, Orrin Street Projects, Glasmoor', '2022 Plate Tone, Dunmarra Arts Centre'],
  ],
  [
    'Selected group exhibitions',
    [
      '2026 Impressions: New British Printmaking, The Tannery, Wexcombe',
      '2024 Open Print Biennial, Kestermouth Museum (prize winner)',
      '2021 Matrix, Westgate Print Studio, Harlow Vale',
      '2019 Small Works, Fenwick Gallery, Calderwick',
    ],
  ],
  [
    'Residencies and awards',
    [
      '2026 Artist in residence, Inchlaggan Paper Mill',
      '2024 Kestermouth Open Print Biennial, first prize',
      '2020 Emerging Printmaker Award, Society of Northern Etchers',
    ],
  ],
  ['Collections', ['Kestermouth Museum and Art Gallery', 'Harlow Vale School of Art', 'Private collections in the UK, Ireland and Norway']],
];
const wNav = ['Home', 'Work', 'CV', 'Editions', 'Contact'];
const wRt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5MVe comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wSectHtml = wSections
  .map(([h, items], i) =>
    wRt(`lq8${i}`, `<h2 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h2>\n${items.map(wP).join('\n')}`),
  )
  .join('\n');
const wNavHtml = wNav
  .map(
    (t, i) => `<li data-testid="comp-lnav${i}" class="wixui-horizontal-menu__item"><a data-testid="linkElement"
href="https://www.saoirselindqvist.example/${t.toLowerCase()}" class="UiHgGh wixui-horizontal-menu__item-link"><div class="yRj2ms"><div class="pfxlW4">
<p class="wixui-horizontal-menu__item-label">${t}</p></div></div></a></li>`,
  )
  .join('\n');
const wLogo = wRt(
  'lhd1',
  `<p class="font_0 wixui-rich-text__text" style="font-size:28px;"><span class="wixui-rich-text__text">
<a href="https://www.saoirselindqvist.example" target="_self" class="wixui-rich-text__text">SAOIRSE LINDQVIST</a></span></p>`,
);
const wFoot1 = wRt('lft1', '<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Represented by Fenwick Gallery, Calderwick</span></p>');
const wFoot2 = wRt(
  'lft2',
  `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2027 by Saoirse Lindqvist. Powered and secured by
<a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank" class="wixui-rich-text__text"><span style="text-decoration:underline;"
class="wixui-rich-text__text">Wix</span></a></span></p>`,
);
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<title>CV | Saoirse Lindqvist</title><meta property="og:title" content="CV | Saoirse Lindqvist"><meta property="og:site_name" content="Saoirse Lindqvist">
<link rel="canonical" href="https://www.saoirselindqvist.example/cv">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["bi","wixEmbedsApi"],"site":{"metaSiteId":"7b1c","isPremium":true}}</script>
<script>window.fedops = window.fedops || {}; window.fedops.apps = window.fedops.apps || {};</script>
<style id="css_masterPage">#comp-lq80{width:580px;}#SITE_HEADER{--bg:255,255,255;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd7VMp ignore-focus SCROLL_TO_TOP"
role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_c1dmp" class="pageBackground"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div class="ljqQia" data-testid="skipToContentButton"><button id="SKIP_TO_CONTENT_BTN" class="kzE8A3 has-custom-focus" tabindex="-1">Skip to Main
Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wLogo}
<nav id="comp-lnav" aria-label="Site" class="comp-lnav wixui-horizontal-menu"><ul class="itemDepth02233374943__container">${wNavHtml}</ul></nav>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer"
data-testid="mesh-container-content"><section id="comp-lq7z" tabindex="-1" class="Oqnisf comp-lq7z wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lq7z1" class="comp-lq7z1 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq7z1inlineContent"
data-testid="inline-content" class=""><div data-mesh-id="comp-lq7z1inlineContent-gridContainer" data-testid="mesh-container-content">
${wRt('lq7h', `<h1 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRt('lq7n', wP(wName))}
${wSectHtml}
<div id="comp-lq9b" class="comp-lq9b R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement"
href="https://www.saoirselindqvist.example/_files/cv.pdf"
target="_blank" class="wixui-button__link" aria-disabled="false"><span class="l7_2fn wixui-button__label">Download PDF</span></a></div>
</div></div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8"><div
data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content">${wFoot1}
${wFoot2}
</div></div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout592-wix-artist-cv',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wSections.map(([h]) => h),
  body: [wName, ...wSections.flatMap(([, items]) => items)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'SAOIRSE LINDQVIST', ...wNav.filter((t) => t !== wTitle), 'Download PDF',
    'Represented by Fenwick Gallery, Calderwick', '© 2027 by Saoirse Lindqvist. Powered and secured by Wix',
  ],
};

export const HELDOUT592_B: readonly TestPage[] = [elementor, wix];
