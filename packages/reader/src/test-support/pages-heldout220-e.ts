import { links, ps, type TestPage, texts } from './page-kit.js';
import { chabadArticle } from './pages-heldout220-e2.js';
import { dedupe } from './pages-heldout220-kit.js';

/**
 * Held-out batch 220, file e: a Catholic diocese's press release on a Drupal 10 site (the emergency alert bar, the utility
 * menu, the main menu, breadcrumbs, the "Press Release" type label, the release date field, "FOR IMMEDIATE RELEASE", a media
 * contact block, the "###" end mark and boilerplate "About the diocese" paragraph, the share links, the "Related News" view
 * and the footer with the safe environment reporting notice) and, from file e2, a Chabad.org article.
 */
const drTitle = 'Bishop Announces Parish Partnership Plan for the Northern Deanery';
const drP1 = [
  'VALLEJO FALLS — Bishop Anselm R. Kowalczyk announced on Tuesday a plan to group the eleven parishes of the Northern Deanery into ' +
    'four parish partnerships, beginning on the first Sunday of Advent, November 30, 2025.',
  'Under the plan, each partnership will share a pastor and a combined staff, while every parish will keep its church, its name and ' +
    'its weekend Mass. No churches will close as part of this plan.',
  '“This is not a story about decline. It is a story about a Church that wants to keep its doors open in every town where the faithful ' +
    'gather,” Bishop Kowalczyk said. “Our priests are stretched thin, and our parishes have asked us for a way to share their gifts.”',
];
const drH1 = 'Eighteen months of listening';
const drP2 = [
  'The plan follows eighteen months of consultation, including 34 listening sessions attended by more than 2,600 parishioners and ' +
    'an online survey that drew 4,100 responses. A planning committee of priests, deacons, religious sisters and lay leaders reviewed ' +
    'the results and presented its recommendations to the bishop in August.',
  'The four partnerships are:',
];
const drList = [
  'St. Casimir, Vallejo Falls, with Sacred Heart, Orrin and St. Joseph, Lake Tamsin',
  'Holy Family, Brookhollow, with St. Rose of Lima, Merritt',
  'St. Anne, Kessler, with Our Lady of the Valley, Drum Ridge and St. Patrick, Corliss',
  'Immaculate Conception, North Bend, with St. Isidore, Fallon and Christ the King, Wexham',
];
const drH2 = 'What parishioners can expect';
const drP3 = [
  'Mass schedules will be reviewed in each partnership over the coming months, and any changes will be announced at least six weeks ' +
    'in advance. Sacramental records, cemeteries and parish finances will remain separate.',
  'The diocese will host an information evening in each partnership during October. Dates and locations will be published in parish ' +
    'bulletins and on the diocesan website.',
  'Father Luis Echeverría, pastor of St. Casimir and a member of the planning committee, said the listening sessions changed the ' +
    'plan. “People told us again and again that they could accept a shared priest, but not a shuttered church. The bishop heard that.”',
];
const drAbout =
  'The Diocese of Vallejo Falls serves approximately 210,000 Catholics in 68 parishes across nine counties of the northern valley. ' +
  'It operates 24 Catholic schools and, through Catholic Charities, provides food, housing and counselling services to people of ' +
  'every faith.';
const drAlert = 'The Chancery will be closed on Monday, October 13. Offices reopen Tuesday at 8:30 am.';
const drUtil = ['Careers', 'Directory', 'Donate', 'Report Abuse'];
const drNav = ['About', 'Offices', 'Parishes', 'Schools', 'Sacraments', 'News'];
const drCrumbs = ['Home', 'News', 'Press Releases'];
const drShare = ['Share', 'Facebook', 'X', 'Email', 'Print'];
const drRelated = [
  'Related News',
  'Diocese Welcomes Four New Seminarians',
  'Catholic Charities Opens Warming Centre in North Bend',
  'Bishop Kowalczyk to Lead Pilgrimage',
];
const drRelDates = ['September 12, 2025', 'September 3, 2025', 'August 28, 2025'];
const drFoot = [
  'Diocese of Vallejo Falls',
  'Pastoral Center, 300 Cathedral Square, Vallejo Falls',
  'To report sexual abuse by clergy or church personnel, call the Victim Assistance Coordinator at (555) 902-1180, and contact law enforcement.',
  'Privacy Policy',
  'Accessibility',
  'Site Map',
  '© 2025 Roman Catholic Diocese of Vallejo Falls',
];
const drHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Bishop Announces Parish Partnership Plan for the Northern Deanery | Diocese of Vallejo Falls</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta property="og:title" content="${drTitle}">
<meta property="og:type" content="article"><link rel="canonical"
href="https://dioceseofvallejofalls.example/news/bishop-announces-parish-partnership-plan-northern-deanery">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${drTitle}",
"datePublished":"2025-09-23T10:00:00-0700",
"publisher":{"@type":"Organization","name":"Diocese of Vallejo Falls"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/6613",
"currentLanguage":"en"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Jr8bL0.css?delta=0&amp;language=en&amp;theme=dvf_theme"></head>
<body class="path-node page-node-type-press-release"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-alert"><div id="block-emergencyalert" class="block block-block-content alert-bar" role="alert"><div
class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p>${drAlert}</p></div></div></div>
<header role="banner" class="site-header"><div class="region region-utility"><nav role="navigation" aria-labelledby="block-utility-menu"
id="block-utility"><h2 class="visually-hidden" id="block-utility-menu">Utility</h2>
<ul class="menu menu--utility">${links(drUtil, 'menu-item')}</ul></nav></div>
<div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home"
class="site-logo"><img src="/themes/custom/dvf_theme/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main"><h2
class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--main">${links(drNav, 'menu-item menu-item--expanded')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb"
role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(drCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-dvf-theme-page-title" class="block block-core block-page-title-block"><div class="node-type-label">Press Release</div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${drTitle}</span></h1></div>
<div id="block-dvf-theme-content" class="block block-system block-system-main-block">
<article data-history-node-id="6613" class="node node--type-press-release node--view-mode-full">
<div class="node__content"><div class="field field--name-field-release-date field--type-datetime field--label-inline"><div
class="field__label">Release Date</div>
<div class="field__item"><time datetime="2025-09-23T17:00:00Z">September 23, 2025</time></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p><strong>FOR IMMEDIATE RELEASE</strong></p>
${ps(drP1)}
<h3>${drH1}</h3>
${ps(drP2)}
<ul>${drList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${drH2}</h3>
${ps(drP3)}
<p class="text-align-center">###</p>
<p><strong>About the Diocese of Vallejo Falls</strong><br>${drAbout}</p>
</div>
<div class="field field--name-field-media-contact field--type-text-long field--label-above"><div class="field__label">Media Contact</div>
<div class="field__item"><p>Teresa Munguía, Director of Communications<br>(555) 902-1144 | tmunguia@dioceseofvallejofalls.example</p></div></div>
</div>
<div class="share-links"><span class="share-links__label">${drShare[0]}</span><ul>${links(drShare.slice(1), 'share-links__item')}</ul></div>
</article></div>
<div class="views-element-container block block-views" id="block-views-block-related-news"><h2>${drRelated[0]}</h2><div
class="view view-related-news view-display-id-block_1"><div class="view-content">
${drRelated
  .slice(1)
  .map(
    (t, i) => `<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/news/r${i}"
hreflang="en">${t}</a></span></div>
<div class="views-field views-field-field-release-date"><div class="field-content"><time>${drRelDates[i]}</time></div></div></div>`,
  )
  .join('\n')}</div></div></div>
</div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div class="block footer-contact"><p
class="footer-name">${drFoot[0]}</p><p>${drFoot[1]}</p></div>
<div class="block footer-abuse"><p>${drFoot[2]}</p></div><nav class="menu--footer"><ul class="menu">${links(drFoot.slice(3, 6), 'menu-item')}</ul></nav>
<p class="copyright">${drFoot[6]}</p></div></footer></div></div>
<script src="/sites/default/files/js/js_b1Xk2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=dvf_theme"></script></body></html>`;
const diocesePress: TestPage = {
  html: drHtml,
  name: 'heldout220-drupal-diocese-press-release',
  kind: 'news',
  // the press release's "About the diocese" boilerplate and the media contact block are in neither list (as in batch 76);
  // "FOR IMMEDIATE RELEASE" and "###" are furniture; the release date is a byline
  title: drTitle,
  headings: [drH1, drH2],
  body: [...texts(drP1), ...drP2, ...drList, ...drP3],
  bylines: ['September 23, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([
    'Skip to main content', drAlert, 'Utility', ...drUtil, 'Main navigation', ...drNav, 'Breadcrumb', ...drCrumbs, 'Press Release', 'Release Date',
    'FOR IMMEDIATE RELEASE', '###', 'Media Contact', ...drShare, ...drRelated, ...drRelDates, ...drFoot,
  ]),
};

/** Batch 220, file e: the diocese's press release and the Chabad.org article. */
export const HELDOUT220_E: readonly TestPage[] = [diocesePress, chabadArticle];
