import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, rowTexts, settle, trs } from './pages-heldout553-kit.js';

/**
 * Held-out batch 553, file b: a county show's rules for exhibitors on Wix (rich-text components, free-plan Wix banner), and a US
 * county fair's fair week schedule on Drupal 10 (Olivero) with a grandstand table.
 */
const wTitle = 'Rules for Exhibitors';
const wIntro = j(
  'These rules apply to every class in the Hartsmoor County Show schedule. By making an entry, an exhibitor agrees to be bound by them',
  'and by the decisions of the Show Committee.',
);
const wGenH = 'General';
const wGen = [
  'All entries must be made on the official entry form or online, and must reach the Show Secretary by the closing date.',
  'An exhibitor may make only one entry in each class, unless the schedule says otherwise.',
  j('All exhibits, except in the open craft classes, must be the work or produce of the exhibitor and must have been grown or made', 'since the last show.'),
  'Exhibitors must not stay in the marquee while judging is taking place.',
  'The Committee will take every care of exhibits but will not be responsible for any loss or damage.',
];
const wJudgeH = 'Judging and prizes';
const wJudge = [
  'The judges’ decision is final. Judges may withhold a prize where the exhibits are not of sufficient merit.',
  'Prize money is £3 for a first, £2 for a second and £1 for a third, and must be claimed on the day.',
  j('Any objection must be made in writing to the Show Secretary before 3pm, with a deposit of £5, which will be returned if the', 'objection is upheld.'),
];
const wStockH = 'Livestock';
const wStock = [
  'All cattle must be tagged and accompanied by a valid passport. Sheep and goats must carry official identification.',
  'Animals must arrive on the showground by 8.30am and may not leave before 4pm without the Chief Steward’s permission.',
];
const wNav = ['Home', 'Schedule', 'Rules for Exhibitors', 'Results', 'Gallery', 'Contact'];
const wRich = (tag: string, font: string, html: string): string =>
  `<div class="KcpHeO tz5f0K comp-lt8q wixui-rich-text" data-testid="richTextElement"><${tag} class="${font} wixui-rich-text__text">${html}</${tag}></div>`;
const wOl = (items: readonly string[], start: number): string =>
  wRich(
    `ol start="${start}"`,
    'font_8',
    items.map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${t}</p></li>`).join(''),
  ).replace(/<\/ol start="\d+">/, '</ol>');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta name="generator" content="Wix.com Website Builder"/><title>Rules for Exhibitors | Hartsmoor County Show</title>
<meta property="og:title" content="Rules for Exhibitors | Hartsmoor County Show"/><meta property="og:site_name" content="Hartsmoor County Show"/>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger"],"site":{"siteId":"5ad0c7f2","isWixSite":false}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">.font_0{font:normal normal normal 48px/1.4em playfair display,serif}
.font_8{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif}</style>
</head><body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="WIX_ADS" class="ytGGBw ku3DBC">
<a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank" class="VqtAkx">
<span class="aMByn1">This site was designed with the <span class="LqZ2dk">Wix</span> .com website builder. Create your website today.</span>
<span class="DVP_Bn">Start Now</span></a></div>
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" data-testid="skipToContentButton">Skip to Main Content</button>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
${wRich('p', 'font_2', '<span class="wixui-rich-text__text">Hartsmoor County Show</span>')}
${wRich('p', 'font_9', '<span class="wixui-rich-text__text">Saturday 14 &amp; Sunday 15 August · Hartsmoor Park</span>')}
<nav aria-label="Site" id="comp-lt8qmenu" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.hartsmoorshow.org/${t.toLowerCase().replace(/\W+/g, '-')}"
class="itemDepth02233374943__root wixui-horizontal-menu__item"><div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label
wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX">
<div id="b7nk2" class="dBAkHi theme-vars">
<section id="comp-lt8r1" tabindex="-1" class="Oqnisf comp-lt8r1 wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lt8r1inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-lt8r1inlineContent-gridContainer" data-testid="mesh-container-content">
${wRich('h1', 'font_0', `<span class="wixui-rich-text__text">${wTitle}</span>`)}
${wRich('p', 'font_8', `<span class="wixui-rich-text__text">${wIntro}</span>`)}
${wRich('h2', 'font_4', `<span class="wixui-rich-text__text">${wGenH}</span>`)}
${wOl(wGen, 1)}
${wRich('h2', 'font_4', `<span class="wixui-rich-text__text">${wJudgeH}</span>`)}
${wOl(wJudge, 6)}
${wRich('h2', 'font_4', `<span class="wixui-rich-text__text">${wStockH}</span>`)}
${wOl(wStock, 9)}
<div id="comp-lt8rbtn" class="comp-lt8rbtn R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement"
href="https://www.hartsmoorshow.org/_files/ugd/entry-form-2027.pdf" target="_blank" class="uDW_Qe wixui-button" aria-disabled="false">
<span class="l7_2fn wixui-button__label">Download an entry form</span></a></div>
</div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_FOOTERinlineContent">
${wRich('p', 'font_8', '<span class="wixui-rich-text__text">Show Secretary: Hartsmoor Park Lodge, Hartsmoor, HR7 4LP · 01432 760 118</span>')}
${wRich(
  'p',
  'font_8',
  `<span class="wixui-rich-text__text">${esc('© 2027 by Hartsmoor & District Agricultural Society. Proudly created with')}
<a href="https://wix.com" target="_blank"><span style="text-decoration:underline;">Wix.com</span></a></span>`,
)}
<ul class="social-bar" aria-label="Social Bar"><li><a href="https://www.facebook.com/hartsmoorshow">
<img alt="Facebook" src="https://static.wixstatic.com/media/fb.png"/></a></li></ul>
</div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" defer></script></body></html>`;
const wixRules: TestPage = settle({
  name: 'heldout553-wix-exhibitor-rules',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wGenH, wJudgeH, wStockH],
  body: texts([wIntro, ...wGen, ...wJudge, ...wStock]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix .com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    'Hartsmoor County Show', 'Saturday 14 & Sunday 15 August · Hartsmoor Park', ...wNav.filter((t) => t !== wTitle), 'Download an entry form',
    'Show Secretary: Hartsmoor Park Lodge, Hartsmoor, HR7 4LP · 01432 760 118',
    '© 2027 by Hartsmoor & District Agricultural Society. Proudly created with Wix.com',
  ],
});

const dTitle = 'Fair Week Schedule';
const dIntro = j(
  'The 131st Tamsett County Fair runs Tuesday, July 20 through Saturday, July 24. Gates open at 8:00 a.m. daily and the midway opens',
  'at noon. Times may change; check the board at the Fair Office for the latest.',
);
const dDays: readonly (readonly [string, readonly string[]])[] = [
  [
    'Tuesday, July 20',
    [
      '8:00 a.m. – Open class entries received, Exhibit Hall (until 6:00 p.m.)',
      '1:00 p.m. – 4-H and FFA livestock weigh-in, Swine and Sheep Barn',
      '6:30 p.m. – Opening ceremony and Fair Queen crowning, Grandstand',
    ],
  ],
  [
    'Wednesday, July 21',
    [
      '9:00 a.m. – Youth dairy cattle show, Show Arena',
      '10:00 a.m. – Open class judging: vegetables, canning and baked goods, Exhibit Hall',
      '2:00 p.m. – Pedal tractor pull for kids ages 4–10, Ag Pavilion',
    ],
  ],
  [
    'Thursday, July 22',
    [
      '9:00 a.m. – Youth market swine show, Show Arena',
      '3:00 p.m. – Rabbit and poultry showmanship, Small Animal Barn',
      '5:00 p.m. – Pie baking contest judging; pies auctioned at 6:30 p.m., Exhibit Hall',
    ],
  ],
  ['Friday, July 23', ['8:00 a.m. – Youth beef show, Show Arena', '6:00 p.m. – Youth Livestock Sale (buyers’ dinner at 5:00 p.m.), Show Arena']],
];
const dGrandH = 'Grandstand events';
const dGrand = [
  ['Tuesday', 'Opening ceremony', '6:30 p.m.', 'Free'],
  ['Wednesday', 'Truck and tractor pull', '7:00 p.m.', '$15'],
  ['Thursday', 'Demolition derby', '7:00 p.m.', '$18'],
  ['Saturday', 'Figure 8 races', '7:00 p.m.', '$15'],
];
const dOut = 'Open class exhibits are released on Sunday, July 25, from 9:00 a.m. to noon. Exhibits not picked up by noon become property of the fair.';
const dNav = ['Home', 'Tickets', 'Exhibitors', 'Entertainment', 'Camping', 'Contact Us'];
const dCrumbs = ['Home', 'Exhibitors'];
const dFoot = ['Fairgrounds Map', 'Rentals', 'Board Meetings', 'Employment'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<link rel="canonical" href="https://tamsettcountyfair.org/fair-week-schedule" /><title>${dTitle} | Tamsett County Fair</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2f0b.css?delta=1&amp;language=en&amp;theme=olivero" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/58"},"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Tamsett County Fair</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<form action="/search/node" method="get" id="search-block-form" class="search-form search-block-form">
<label for="edit-keys" class="form-item__label visually-hidden">
Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" />
</form></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul>
</nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" tabindex="-1"><div id="block-olivero-content" class="block block-system
block-system-main-block"><div class="block__content"><article data-history-node-id="58" class="node node--type-page node--view-mode-full">
<div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>${dIntro}</p>
${dDays.map(([h, items]) => `<h2>${h}</h2>\n<ul>${items.map((t) => `<li>${t}</li>`).join('\n')}</ul>`).join('\n')}
<h2>${dGrandH}</h2><table><thead><tr><th>Day</th><th>Event</th><th>Start</th><th>Admission</th></tr></thead><tbody>${trs(dGrand)}</tbody></table>
<p>${dOut}</p></div></div></article></div></div></div></div></div></div></div>
<div class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-contact" class="block block-block-content"><div class="block__content">
<p>Tamsett County Agricultural Society · 2200 Fairground Road, Millbury · (419) 555-0143</p></div></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div>
</div></div></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupalFair: TestPage = settle({
  name: 'heldout553-drupal-fair-week-schedule',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...dDays.map(([h]) => h), dGrandH],
  body: texts([dIntro, ...dDays.flatMap(([, items]) => items), ...rowTexts(dGrand), dOut]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tamsett County Fair', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', ...dFoot, 'Footer',
    'Tamsett County Agricultural Society · 2200 Fairground Road, Millbury · (419) 555-0143', 'Powered by Drupal',
  ],
});

export const HELDOUT553_B: readonly TestPage[] = [wixRules, drupalFair];
