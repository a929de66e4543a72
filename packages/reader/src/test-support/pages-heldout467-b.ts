import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout467-kit.js';

/**
 * Held-out batch 467, file b: an illustrator's portfolio item on Squarespace 7.1 (fluid-engine sections, item pagination),
 * and an illustrator's case study on Webflow (CMS template page with a project facts grid and next-project links).
 */
const sTitle = 'The Lantern Keepers';
const sBody = [
  j(
    'A forty-page picture book for Harrow and Finch about two sisters who look after the lanterns of a canal town through one',
    'long winter. The brief asked for pictures that felt warm without being sweet, and for a town readers could almost map.',
  ),
  j(
    'I drew every spread in gouache on hot-pressed paper, then scanned and cleaned the pages digitally. The palette is limited to',
    'six colours, with the lantern orange used only where there is real light, so that the eye follows the glow from page to page.',
  ),
  j(
    'Before the final art I built the whole town as a rough paper model on my desk. It meant the bridges, the lock and the',
    "bakery stay in the same places from every angle, and children who read closely can trace the sisters' route home.",
  ),
];
const sNav = ['Work', 'Sketchbook', 'Shop', 'About', 'Contact'];
const sCaps = ['Spread 12: the first snow on the lock gates', 'Cover, final art', 'Paper model of the town, used for reference'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${sTitle} — Wren Alderly Illustration</title>
<link rel="canonical" href="https://www.wrenalderly.com/work/the-lantern-keepers"><meta property="og:site_name" content="Wren Alderly Illustration">
<meta property="og:title" content="${sTitle} — Wren Alderly Illustration"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"63f0a9","collectionId":"640b1c","itemId":"65d2e7",
"templateId":"5c5a519771c10ba3470d8101","templateVersion":"7.1","pageFeatures":[1,2,4]};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f0a9/42/5c5a519771c10ba3470d8101/63f0a9b2/1512/site.css" rel="stylesheet" type="text/css">
<script type="application/ld+json">{"url":"https://www.wrenalderly.com","name":"Wren Alderly Illustration",
"@context":"http://schema.org","@type":"WebSite"}</script>
</head><body id="item-65d2e7" class="header-layout-nav-right tweak-portfolio-grid-overlay-width-full primary-button-style-solid
collection-type-portfolio-grid-overlay view-item">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title">Wren Alderly</a></div></div><div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a>
</div>`,
  )
  .join('')}
</nav></div></div></div></div><div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65d2e7">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-65d2e7"><div class="fe-block fe-block-yui_3_17_2_1_1708">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqs-block-html-small" style="white-space:pre-wrap;">Picture book · Harrow and Finch · 2025</p>
${ps(sBody, ' style="white-space:pre-wrap;"')}
</div></div></div></div>
${sCaps
  .map(
    (c, i) => `<div class="fe-block fe-block-img${i}"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-fluid"><figure class="sqs-block-image-figure intrinsic">
<div class="fluid-image-container
sqs-image-content"><img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/63f0a9/lantern-${i}.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>${c}</p></div></figcaption></figure></div></div></div></div>`,
  )
  .join('\n')}
</div></div></div></section></article>
<section id="itemPagination" class="item-pagination item-pagination--prev-next" data-collection-type="portfolio-grid-overlay">
<a class="item-pagination-link item-pagination-link--prev" href="/work/salt-marsh-almanac"><div class="item-pagination-icon icon icon--stroke">
<svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Salt Marsh Almanac</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/work/owls-of-the-orchard"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Owls of the Orchard</h2></a></section></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-html-content"><p class="sqs-block-html-small">Represented by Tallis Agency · enquiries@tallisagency.co.uk</p>
<p class="sqs-block-html-small">All images © Wren Alderly. Please do not reproduce without permission.</p></div></div></section></footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout467-squarespace-portfolio',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Wren Alderly', ...sNav.filter((t) => t !== 'About'), 'Picture book · Harrow and Finch · 2025', ...sCaps, 'Previous',
    'Salt Marsh Almanac', 'Next', 'Owls of the Orchard', 'Represented by Tallis Agency · enquiries@tallisagency.co.uk',
    'All images © Wren Alderly. Please do not reproduce without permission.',
  ],
};

const fTitle = 'Field Notes: a wayfinding system for Kettleby Wetland Park';
const fIntro = j(
  'Kettleby Wetland Park asked us for a family of illustrated signs that would help visitors find their way across 300 hectares of',
  'reed bed and open water, and tell them what they might see on the way.',
);
const fSecs: [string, string[]][] = [
  [
    'The brief',
    [
      j(
        'The park had grown from a single bird hide to eleven kilometres of boardwalk in ten years, and its signs had grown with it:',
        'four styles of map, three typefaces and a lot of laminated paper. Visitors told the rangers they got lost between the two car parks.',
      ),
      j(
        'The new system had to work for people who do not read maps, survive floods up to the second rail of the boardwalk and be cheap',
        'enough to replace a panel a year out of the maintenance budget.',
      ),
    ],
  ],
  [
    'Drawing the park',
    [
      j(
        'I spent six mornings walking every path with a ranger and a sketchbook. The overview map that came out of those walks is',
        'drawn as if from a low hill to the south, so that the lines of willows and the two lakes read as landmarks rather than shapes.',
      ),
      j(
        'Each waymarker carries a small drawing of something you can see from that spot: the heron post, the broken sluice, the',
        'lone alder. Visitors navigate by those drawings far more than by the arrows, which is what we hoped for.',
      ),
    ],
  ],
  [
    'Species panels',
    [
      j(
        'Twenty-four panels show the birds, insects and plants of each season. They are printed on enamelled steel, which costs more',
        'at first but survives flooding and can be cleaned with a brush.',
      ),
    ],
  ],
  [
    'What changed',
    [
      j(
        'In the first summer the rangers recorded a third fewer requests for directions, and the shop sold out of the folded map',
        'twice. The park has since commissioned a winter set of species panels.',
      ),
    ],
  ],
];
const fNav = ['Projects', 'Studio', 'Journal', 'Contact'];
const fFacts = ['Client', 'Kettleby Wetland Park Trust', '2025', 'Services', 'Illustration, wayfinding, signage'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Mar 02 2026 10:11:44 GMT+0000 -->
<html data-wf-domain="www.mossandmarrow.studio" data-wf-page="65a1f0c2e4b3d10a7c2f9e11" data-wf-site="65a1f0c2e4b3d10a7c2f9d80"
data-wf-collection="65a1f0c2e4b3d10a7c2f9e02" data-wf-item-slug="kettleby-wetland-park"><head><meta charset="utf-8"><title>${fTitle} | Moss &amp; Marrow</title>
<meta content="Illustrated wayfinding and species panels for a 300-hectare wetland park." name="description"><meta content="width=device-width, initial-scale=1"
name="viewport"><link href="https://assets-global.website-files.com/65a1f0c2e4b3d10a7c2f9d80/css/moss-and-marrow.webflow.b8c2e1.min.css" rel="stylesheet"
type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c
instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body class="body-project"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container
w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><div class="brand-text">Moss &amp; Marrow</div></a><nav role="navigation"
class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section project-hero"><div class="container w-container"><a href="/projects" class="back-link">← All projects</a>
<h1 class="project-title">${fTitle}</h1>
<p class="project-intro">${fIntro}</p><div class="project-facts w-layout-grid">
${fFacts.map((t, i) => `<div class="${i % 2 === 0 ? 'fact-label' : 'fact-value'}">${t}</div>`).join('')}
</div></div></div><div class="section"><div class="container narrow w-container"><div class="project-body w-richtext">
${fSecs.map(([h, p]) => `<h2>${h}</h2>\n${ps(p)}`).join('\n')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65a1f0c2/kettleby-map.jpg"
loading="lazy" alt="Illustrated overview map of the park"></div><figcaption>The overview map at the visitor centre, 2.4 metres wide</figcaption></figure>
</div></div></div><div class="section next-project"><div class="container w-container"><div class="eyebrow">Next project</div><div class="w-dyn-list">
<div role="list" class="w-dyn-items"><div role="listitem" class="w-dyn-item"><a href="/projects/the-orchard-almanac" class="next-link w-inline-block">
<h2 class="next-title">The Orchard Almanac</h2><div class="next-meta">Book illustration, 2024</div></a></div></div></div></div></div>
<div class="footer"><div class="container w-container"><div class="footer-cta">Have a place that needs drawing?</div><a href="mailto:hello@mossandmarrow.studio"
class="button w-button">Start a project</a><div class="footer-small">© 2026 Moss &amp; Marrow Studio, Norwich</div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e4b3d10a7c2f9d80" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f0c2e4b3d10a7c2f9d80/js/webflow.4a1b2c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout467-webflow-case-study',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fSecs.map(([h]) => h),
  body: [fIntro, ...texts(fSecs.flatMap(([, p]) => p))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Moss & Marrow', 'Projects', 'Studio', 'Journal', 'Contact', '← All projects', 'Client', 'Kettleby Wetland Park Trust', '2025', 'Services',
    'Illustration, wayfinding, signage', 'The overview map at the visitor centre, 2.4 metres wide', 'Next project', 'The Orchard Almanac',
    'Book illustration, 2024', 'Have a place that needs drawing?', 'Start a project', '© 2026 Moss & Marrow Studio, Norwich',
  ],
};

export const HELDOUT467_B: readonly TestPage[] = [squarespace, webflow];
