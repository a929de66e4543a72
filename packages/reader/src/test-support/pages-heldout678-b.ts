import { links, ps, type TestPage, texts } from './page-kit.js';
import { clean, j, lis, rowText, tr } from './pages-heldout678-kit.js';

/**
 * Held-out batch 678, file b: an astronomy society's membership page built with Wix (tiers with Join buttons), and a university
 * observatory's public observing nights page on Drupal 10 (Olivero) with a schedule table and a sidebar block.
 */
const wTitle = 'Become a Member';
const wIntro = j(
  'Members of the Harrowgate Valley Astronomical Society get monthly talks, loan telescopes and access to our dark-sky site at Fellside',
  'Farm. Whether you have never looked through a telescope or you image galaxies from your garden, you will find people to learn from here.',
);
const wTiers: [string, string, string[]][] = [
  ['Junior', '£10 per year', ['For under-18s, with a parent or carer at site visits', 'Junior astronomer badge scheme', 'Free entry to all talks']],
  [
    'Individual',
    '£32 per year',
    ['Monthly talks at Harrowgate Library', 'Telescope loan scheme', 'Key to the Fellside Farm observing site', 'Quarterly journal, Valley Skies'],
  ],
  ['Family', '£45 per year', ['Everything in Individual for two adults and their children', 'One copy of Valley Skies per household']],
];
const wHow = j(
  'Choose a membership level and pay online, or bring a completed form to any meeting. Your membership runs for twelve months from the',
  'date you join. Please allow a week for your site key to be posted to you.',
);
const wGift = 'Memberships make a lovely gift. Tick the gift box at checkout and we will send a printed welcome pack to the person you name.';
const wCompTxt = ['wixui-rich-text', 'font_8 wixui-rich-text__text'];
const wNav = ['Home', 'About', 'Meetings', 'Observing', 'Join', 'Gallery', 'Contact'];
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} ${wCompTxt[0]}" data-testid="richTextElement">${inner}</div>`;
const wLi = (p: string): string => `<p class="font_8 wixui-rich-text__text">${p}</p>`;
const wP = (t: string): string => `<p class="${wCompTxt[1]}"><span class="wixui-rich-text__text">${t}</span></p>`;
const wTier = ([name, price, perks]: [string, string, string[]], i: number): string => `<div id="comp-lt${i}box" class="comp-lt${i}box wixui-box">
${wRich(`lt${i}h`, `<h3 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">${name}</span></h3>`)}
${wRich(`lt${i}p`, wP(price))}
${wRich(`lt${i}l`, `<ul class="font_8 wixui-rich-text__text">${lis(perks.map(wLi), 'wixui-rich-text__text')}</ul>`)}
<div class="comp-lt${i}btn R6ex7N wixui-button" data-testid="linkElement"><a href="https://www.hvas.org.uk/plans-pricing" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Join Now</span></a></div></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Join | Harrowgate Valley Astronomical Society</title>
<meta name="description" content="Join the Harrowgate Valley Astronomical Society: talks, telescope loans and a dark-sky observing site.">
<link rel="canonical" href="https://www.hvas.org.uk/join"><meta property="og:site_name" content="HVAS">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"a7c1e9b2-5d3f","isPremiumDomain":true},"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<style id="css_masterPage">#comp-lt0box{--bg:#101b35}.font_0{font:normal normal normal 52px/1.2em raleway,sans-serif}.font_4{font-size:28px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="-1"><button
class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1logo" class="comp-kx1logo ${wCompTxt[0]}">
<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.hvas.org.uk"
class="wixui-rich-text__text">HVAS</a></span></p></div>
<nav id="comp-kx1menu" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-kx1menu wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu"
data-testid="wixui-dropdown-menu">${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a href="/${t.toLowerCase()}" data-testid="linkElement"
class="wixui-horizontal-menu__item-label"><span class="wixui-horizontal-menu__item-label">${t}</span></a></li>`,
  )
  .join('')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="l9k2j" class="page"><div
id="Containerl9k2j"
class="Containerl9k2j SPY_vo"><section id="comp-lt1hero" class="comp-lt1hero wixui-section">
${wRich('lt1h1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('lt1i', wP(wIntro))}</section><section id="comp-lt2tiers" class="comp-lt2tiers wixui-section">
${wRich('lt2h', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Membership levels</span></h2>`)}
${wTiers.map(wTier).join('\n')}</section><section id="comp-lt3how" class="comp-lt3how wixui-section">
${wRich('lt3h', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">How to join</span></h2>`)}
${wRich('lt3p', wP(wHow) + wP(wGift))}
<div id="comp-lt3img" class="comp-lt3img wixui-image" data-testid="imageX"><img src="https://static.wixstatic.com/media/2b8e1f_fellside~mv2.jpg"
alt="Members at Fellside Farm"
width="620" height="400"></div>${wRich('lt3cap', wP('Members setting up at Fellside Farm, March 2025'))}
</section></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">${wRich(
  'kx2f1',
  wP('Harrowgate Valley Astronomical Society') + wP('Registered charity 1102934') + wP('© 2026 HVAS. Proudly created with Wix.com'),
)}
<div id="comp-kx2soc" class="comp-kx2soc wixui-social-bar"><ul aria-label="Social Bar"><li><a href="https://www.facebook.com/hvasastro" target="_blank"
aria-label="Facebook"><img alt="Facebook" src="https://static.wixstatic.com/media/fb.png"></a></li></ul></div></div></footer></div></div></div></div>
<div id="WIX_ADS" class="ytGGBw" style="display:none"><span>This site was designed with the Wix website builder.</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wixJoin: TestPage = clean({
  name: 'heldout678-wix-membership',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Membership levels', ...wTiers.map((t) => t[0]), 'How to join'],
  body: [wIntro, ...wTiers.flatMap(([, price, perks]) => [price, ...perks]), wHow, wGift],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'HVAS', ...wNav, 'Join Now', 'Members setting up at Fellside Farm, March 2025',
    'Harrowgate Valley Astronomical Society', 'Registered charity 1102934', '© 2026 HVAS. Proudly created with Wix.com',
  ],
});

const dTitle = 'Public Observing Nights';
const dParas = [
  j(
    'On clear Wednesday evenings during term, the Kestrel Ridge Observatory opens its 0.6-metre telescope and the rooftop terrace to',
    'the public. Astronomy students run the telescopes and answer questions. Entry is free and no booking is needed.',
  ),
  j(
    'What you see depends on the season and the Moon: typical targets are the Moon itself, planets, double stars, star clusters and',
    'the brighter nebulae. On a good night we also set up solar-system and deep-sky targets on two smaller telescopes on the terrace.',
  ),
];
const dRows = [
  ['14 January 2026', '7:00–9:00 pm', 'Moon and Jupiter'],
  ['11 February 2026', '7:00–9:00 pm', 'Orion Nebula and winter clusters'],
  ['11 March 2026', '7:30–9:30 pm', 'Double stars and the spring galaxies'],
  ['15 April 2026', '8:30–10:30 pm', 'Moon and Saturn'],
];
const dWeather = j(
  'If the sky is overcast at 5 pm on the day, the evening is cancelled. We post a decision on this page and on the observatory',
  'phone line, 01632 960 418, by 5:30 pm. Partly cloudy nights go ahead.',
);
const dAccess = [
  'The dome is reached by 48 steps; the terrace and the visitor room can be reached by lift.',
  'Red torches are welcome, white torches and flash photography are not.',
  'Children under 14 must be accompanied by an adult.',
];
const dNav = ['Home', 'Research', 'Teaching', 'Visit Us', 'News', 'People'];
const dCrumbs = ['Home', 'Visit Us'];
const dSide = ['Group visits', 'Getting here', 'Live weather station'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://observatory.kestrel.ac.uk/visit/public-nights">
<title>${dTitle} | Kestrel Ridge Observatory</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm9hB2e.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/42","currentLanguage":"en"}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block"><div
class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Kestrel Ridge Observatory</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item
js-form-type-search form-type-search form-item-keys"><label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the
terms you wish to
search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" class="form-search form-element
form-element--type-search"></div>
</form></div></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol
class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}
</ol></div></nav></div></div></div><div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title field--type-string field--label-hidden">${dTitle}</span>
</h1></div></div><div class="sidebar-grid grid-full"><main role="main" class="site-main"><div
class="region region--content grid-full layout--pass--content-medium"
id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="42"
class="node node--type-page node--view-mode-full"><div class="node__content"><div
class="text-content clearfix field field--name-body field--type-text-with-summary
field--label-hidden field__item">${ps(dParas)}
<h2>Dates for spring 2026</h2><table><thead><tr><th>Date</th><th>Time</th><th>Highlights</th></tr></thead><tbody>
${dRows.map((r) => tr(r)).join('\n')}</tbody></table>
<h2>If the weather is bad</h2>${ps([dWeather])}
<h3>Access and safety</h3><ul>${lis(dAccess)}</ul></div></div></article></div></div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-olivero-visitlinks" class="block block-block-content">
<h2 class="block__title">Plan your visit</h2><div class="block__content"><div
class="text-content field field--name-body"><ul>${links(dSide)}</ul></div></div></div></aside>
</div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-footer-text"
class="block block-block-content"><div class="block__content"><p>Kestrel Ridge Observatory, Department of Physics, University of Kestrel, Ridge Road, KR4
9TT</p>
</div></div><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_r7bAq1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalNights: TestPage = clean({
  name: 'heldout678-olivero-public-nights',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Dates for spring 2026', 'If the weather is bad', 'Access and safety'],
  body: [...texts(dParas), ...dRows.map(rowText), dWeather, ...dAccess],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Kestrel Ridge Observatory', 'Menu', 'Main navigation', ...dNav, 'Search', 'Breadcrumb', 'Plan your visit', ...dSide,
    'Kestrel Ridge Observatory, Department of Physics, University of Kestrel, Ridge Road, KR4 9TT', 'Powered by Drupal',
  ],
});

export const HELDOUT678_B: readonly TestPage[] = [wixJoin, drupalNights];
