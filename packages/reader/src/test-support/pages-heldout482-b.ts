import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, outside, pick } from './pages-heldout482-kit.js';

/**
 * Held-out batch 482, file b: a community larder's year-in-numbers impact page built with Wix (rich-text components, stat
 * boxes, the free-plan Wix ad bar), and a food partnership's donation FAQ on Drupal 10 (Olivero theme) with a sidebar block.
 */
const wTitle = 'Our year in numbers: 2025 to 2026';
const wIntro = j(
  'Twelve months ago we were a shelf of tins in the back room of the Brackenfield scout hut. This year the larder moved into',
  'the old bank on Market Row, opened four days a week and became a place where people stay for a cup of tea as well as a bag of shopping.',
);
const wStats = ['12,480', 'shopping visits', '61 tonnes', 'of food saved from waste', '96', 'regular volunteers'];
const wBody = [
  'How the larder works',
  j(
    'Members pay £4 a visit and choose ten items, including fresh fruit and vegetables, bread and something from the fridge. Most of',
    'the food is surplus from supermarkets and wholesalers that would otherwise have been thrown away.',
  ),
  j(
    'Membership is open to anyone living in the BF7 and BF8 postcodes. Nobody is asked to prove their income, and about a third of',
    'our members first came to us through the health centre or the school next door.',
  ),
  'What changed this year',
  j(
    'With the new building came a walk-in fridge, which meant we could accept chilled food for the first time. Dairy and meat went',
    'from almost nothing to a fifth of everything we handed out.',
  ),
  j(
    'We also started a Wednesday lunch club. It began with eight people around one table in October and now feeds more than forty',
    'each week, cooked by volunteers from the food we receive that day.',
  ),
  'Thank you',
  j(
    'None of this would have happened without the volunteers, the Brackenfield Town Trust, which paid the first year\u2019s rent,',
    'and the 300 people who gave at our Christmas collection. Here is to the next year.',
  ),
];
const wNav = ['Home', 'About', 'Our Impact', 'Become a Member', 'Support Us', 'Contact'];
const rt = (tag: string, font: string, text: string, id: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement"><${tag} class="font_${font}
wixui-rich-text__text"><span class="wixui-rich-text__text">${text}</span></${tag}></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Our Impact | Brackenfield Larder</title><meta name="description" content="What the Brackenfield Community Larder did in its second year.">
<link rel="canonical" href="https://brackenfieldlarder.wixsite.com/home/our-impact"><meta property="og:site_name" content="Brackenfield Larder">
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"thunderbolt-seo-renderer","type":"Rollout","code":1}}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager","seo"]}</script>
<style id="css_masterPage">.font_0{font:normal normal bold 48px/1.2 'playfair display',serif}
.font_8{font:normal normal normal 17px/1.6 'lato',sans-serif}</style>
</head><body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope"><div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><a href="#PAGES_CONTAINER" class="skip-to-content">Skip
to Main Content</a></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content">${rt('p', '2', 'Brackenfield Larder', 'kx1a')}
<nav aria-label="Site" id="comp-kx1b" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) =>
      `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://brackenfieldlarder.wixsite.com/home/${t.toLowerCase()}"
class="aLQXnk"><div class="label wixui-horizontal-menu__item-label">${t}</div></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="k8d2f" class="dBAkHi
theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerk8d2f" class="Containerk8d2f
SPY_vo"><div data-mesh-id="Containerk8d2finlineContent" data-testid="inline-content">
<section id="comp-lm01" tabindex="-1" class="Oqnisf comp-lm01 wixui-section" data-block-level-container="ClassicSection"><div
data-mesh-id="comp-lm01inlineContent" data-testid="inline-content">${rt('h1', '0', wTitle, 'lm02')}
${rt('p', '8', wIntro, 'lm03')}
<div id="comp-lm04" class="MW5IWV comp-lm04 wixui-image"><wow-image class="HlRz5e"><img src="https://static.wixstatic.com/media/a1b2c3_larder~mv2.jpg"
alt="The larder on Market Row"></wow-image></div>
${wStats.map((t, i) => rt('p', i % 2 === 0 ? '2' : '8', t, `lm1${i}`)).join('\n')}
${rt('h2', '2', at(wBody, 0), 'lm20')}${rt('p', '8', at(wBody, 1), 'lm21')}${rt('p', '8', at(wBody, 2), 'lm22')}
${rt('h2', '2', at(wBody, 3), 'lm23')}${rt('p', '8', at(wBody, 4), 'lm24')}${rt('p', '8', at(wBody, 5), 'lm25')}
${rt('h2', '2', at(wBody, 6), 'lm26')}${rt('p', '8', at(wBody, 7), 'lm27')}
<div class="comp-lm30 R6ex7N wixui-button" id="comp-lm30" aria-disabled="false"><a data-testid="linkElement" href="/support-us" class="uDW_Qe
wixui-button"><span class="l7_2fn wixui-button__label">Support the larder</span></a></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${rt('p', '9', 'Brackenfield Community Larder CIO, charity number 1201554', 'kx2a')}
${rt('p', '9', '© 2026 by Brackenfield Larder. Proudly created with Wix.com', 'kx2b')}</div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Qd1aJK ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span>
</div></div></div>
<div id="WIX_ADS" class="VXAmO2 desktop-top"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live"
class="Ts_Ub9"><span class="ZUn8TM">This site was designed with the <span class="wix-logo">Wix</span>.com website builder. Create your website
today.</span><span class="gOmtOS">Start Now</span></a></div>
<script async src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4f2a8b1c.bundle.min.js"></script></body></html>`;
const impact: TestPage = {
  name: 'heldout482-wix-impact',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: pick(wBody, 0, 3, 6),
  body: [wIntro, ...wStats, ...pick(wBody, 1, 2, 4, 5, 7)],
  bylines: [],
  furniture: outside(
    [wTitle, wIntro, ...wStats, ...wBody],
    [
      'top of page',
      'Skip to Main Content',
      'Brackenfield Larder',
      ...wNav,
      'Support the larder',
      'Brackenfield Community Larder CIO, charity number 1201554',
      '© 2026 by Brackenfield Larder. Proudly created with Wix.com',
      'bottom of page',
      'This site was designed with the Wix.com website builder. Create your website today.',
      'Start Now',
    ],
  ),
};

const dTitle = 'Donating: your questions answered';
const dBody = [
  j(
    'We are grateful for every gift, large or small. These are the questions our supporters ask most often. If yours is not here,',
    'call the office on 0161 496 0732 between 9 am and 3 pm on weekdays.',
  ),
  'Giving money',
  'Can I set up a regular donation?',
  j(
    'Yes. You can give monthly by direct debit through our online form, or by standing order from your own bank. Regular gifts',
    'help us plan: we know in advance how much food we can buy each month.',
  ),
  'How much of my donation goes on food?',
  j(
    'In 2025, 84p of every £1 we received went directly on food, fuel vouchers and running our distribution centres. The rest paid',
    'for fundraising, insurance and our independent examination.',
  ),
  'Can I give in memory of someone?',
  j(
    'Many families ask for donations to Riverside Food Partnership instead of flowers. We can set up an online tribute page or',
    'send you collection envelopes, and we will write to the family with the total raised.',
  ),
  'Giving food',
  'What food do you need most?',
  j(
    'We always need tinned meat and fish, UHT milk, tinned vegetables, pasta sauce, cereal and toiletries. Our website shows a',
    'shortage list that we update every Monday.',
  ),
  'Do you accept fresh or homemade food?',
  j(
    'We cannot accept homemade food or anything past its use-by date. Fresh produce from allotments is welcome at our Canal Street',
    'centre on Tuesday mornings, when it can go straight out to families.',
  ),
  'Gift Aid and receipts',
  'Will I get a receipt?',
  j('We send an email receipt for every online gift. For cheques and standing orders we send one receipt a year in April, unless', 'you ask us for more.'),
];
const dHeads = [1, 2, 4, 6, 8, 9, 11, 13, 14];
const dNav = ['Home', 'Get help', 'Donate', 'Volunteer', 'Campaigns', 'About'];
const dCrumbs = ['Home', 'Donate'];
const dFoot = ['Accessibility', 'Privacy notice', 'Cookie policy', 'Contact'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://riversidefood.org.uk/donate/faq">
<title>${dTitle} | Riverside Food Partnership</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xy7q1w.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxd">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/41"}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle"
role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"></span>
</button></div><div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
<div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Riverside Food Partnership</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" data-drupal-selector=
"search-block-form" id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get"
id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search
</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search form-element form-element--type-search"></div><div class="form-actions"><input type="submit" value="Search" class="button"></div>
</form></div></div><nav id="block-olivero-main-menu" class="primary-nav block-menu" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu
primary-nav__menu--level-1">${dNav
  .map(
    (t) =>
      `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${dCrumbs
  .map((t) => `<li class="breadcrumb__item"><a href="/${t === 'Home' ? '' : 'donate'}" class="breadcrumb__link">${t}</a></li>`)
  .join('')}</ol></nav></div></div></div>
<div class="main-content__container container"><div class="sidebar-grid grid-full"><main role="main" class="site-main">
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
</div></div><div class="region region--content grid-full layout--pass--content-medium" id="content" tabindex="-1"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="41" class="node node--type-page
node--view-mode-full"><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary
field--label-hidden field__item">${ps([at(dBody, 0)])}
${dBody
  .slice(1)
  .map((t, k) => {
    const i = k + 1;
    if (!dHeads.includes(i)) return `<p>${t}</p>`;
    return dHeads.includes(i + 1) || i === 1 ? `<h2>${t}</h2>` : `<h3>${t}</h3>`;
  })
  .join('\n')}
</div></div></article></div></div></div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-donateonline" class="block block-block-content"><h2 class="block__title">Donate
online</h2><div class="block__content"><div class="text-content field field--name-body"><p>It takes two minutes and you can add Gift Aid as you go.</p>
<p><a class="button button--primary" href="/donate/online">Give now</a></p></div></div></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav id="block-olivero-footer" class="block block-menu navigation menu--footer" role="navigation"><ul class="menu">${dFoot
  .map((t) => `<li class="menu__item"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></nav></div></div><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block
block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div>
<div class="block block-block-content"><p>Riverside Food Partnership is a registered charity in England and Wales (1176209).</p></div></div></div>
</footer><div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.5"></script></body></html>`;
const faq: TestPage = {
  name: 'heldout482-drupal-olivero-faq',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: pick(dBody, ...dHeads),
  body: dBody.filter((_, i) => !dHeads.includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(
    [dTitle, ...dBody],
    [
      'Skip to main content', 'Riverside Food Partnership', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs, 'Donate online',
      'It takes two minutes and you can add Gift Aid as you go.', 'Give now', ...dFoot, 'Powered by Drupal',
      'Riverside Food Partnership is a registered charity in England and Wales (1176209).',
    ],
  ),
};

export const HELDOUT482_B: readonly TestPage[] = [impact, faq];
