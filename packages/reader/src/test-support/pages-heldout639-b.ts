import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis, rowText, tr } from './pages-heldout639-kit.js';

/**
 * Held-out batch 639, file b: a storytelling festival's access page on Drupal 10 (Olivero) with a venue table, and a puppet
 * theatre's season listing built with Wix (Thunderbolt), with "Book Now" buttons and the free-plan Wix banner.
 */
const dTitle = 'Access at the Festival';
const dBody = [
  j(
    'We want everyone to be able to come and listen. This page sets out what we already do at the Carrowmore Storytelling Festival',
    '(4 – 7 June 2027), what each venue is like, and how to ask for anything that is not listed here.',
  ),
  'Getting here',
  j(
    'Carrowmore is on the 41 and 41A bus routes from Ballinroe station. Both buses are low-floor and stop on Quay Street, about',
    '150 metres from the Festival Hub. There are six Blue Badge spaces behind the Market House and two outside St Brigid’s Hall.',
  ),
  j(
    'On Saturday and Sunday a free accessible minibus runs a loop between the car park at the GAA grounds, the Hub and the Walled',
    'Garden every 20 minutes from 10am to 7pm. You do not need to book it.',
  ),
  'Venues',
  j(
    'Most of our venues are old buildings and some are outdoors. We have been to each one with a wheelchair user and a visually',
    'impaired storyteller and noted what we found.',
  ),
  'Tickets and companions',
  j(
    'If you need someone with you to attend, your companion’s ticket is free. Choose “Access companion” when you book online or',
    'tell the box office on the phone. We do not ask for proof.',
  ),
  j(
    'You can reserve a wheelchair space, an aisle seat or a seat near the front for any event. Seats close to the teller are',
    'held until 10 minutes before the start.',
  ),
  'Relaxed, captioned and signed events',
  j(
    'Every event marked Relaxed has the house lights partly up, no loud effects and a chill-out space nearby, and you are free',
    'to come and go. Three evening sessions have live captions on a screen beside the teller, and the Sunday family',
    'show and the closing session are interpreted in Irish Sign Language.',
  ),
  'Quiet spaces',
  j(
    'The Reading Room on the first floor of the Hub is kept quiet all weekend, with soft seating, ear defenders to borrow and',
    'water. There is a second quiet tent in the Walled Garden, next to the first aid point.',
  ),
  'Ask us',
  j(
    'Our access coordinator, Nuala Breen, can talk you through any venue before you book. Email access@carrowmorestories.ie or',
    'ring 094 963 1120 on weekdays between 10am and 4pm. We can also post you a large-print or audio version of the programme.',
  ),
];
const dRows = [
  ['Festival Hub (Market House)', 'Level entrance, lift to first floor', 'Yes', 'Yes, main hall'],
  ['St Brigid’s Hall', 'Ramp at side door, 1:12', 'Yes', 'Yes'],
  ['The Walled Garden', 'Gravel paths, matting to the tent', 'Portable, by the gate', 'No'],
  ['Carrowmore Library', 'Level entrance', 'Yes', 'Yes'],
  ['Tadhg’s Bar (late sessions)', 'Two steps, portable ramp on request', 'No, use the Hub', 'No'],
];
const dHeads = [1, 4, 6, 9, 11, 13];
const dNav = ['Programme', 'Tellers', 'Tickets', 'Plan your visit', 'Schools', 'Volunteer'];
const dCrumbs = ['Home', 'Plan your visit'];
const dFoot = ['Contact', 'Privacy notice', 'Child safeguarding policy', 'Annual reports'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.carrowmorestories.ie/access">
<title>Access at the Festival | Carrowmore Storytelling Festival</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hm3qk0E9mUe1aV4wN.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/12",
"currentLanguage":"en"},"ajaxTrustedUrl":{"\\/search\\/node":true}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-checked="false">
<span class="visually-hidden" data-drupal-selector="sticky-header-toggle-text">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home"
rel="home">Carrowmore Storytelling Festival</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content container-inline"><form action="/search/node" method="get" class="search-block-form">
<div class="js-form-item form-item"><label for="edit-keys"
class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div>
<div class="form-actions js-form-wrapper form-wrapper"><button class="button--primary search-form__submit button js-form-submit form-submit" type="submit">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(
  dCrumbs,
  'breadcrumb__item',
)}</ol></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string
field--label-hidden">${dTitle}</span></h1></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="12" class="node node--type-page
node--view-mode-full"><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary
field--label-hidden field__item">
${ps([at(dBody, 0)])}
<h2>${at(dBody, 1)}</h2>${ps(dBody.slice(2, 4))}
<h2>${at(dBody, 4)}</h2>${ps([at(dBody, 5)])}
<table><caption>What each venue is like</caption><thead><tr><th>Venue</th><th>Step-free access</th><th>Accessible toilet</th><th>Hearing loop</th></tr></thead>
<tbody>${dRows.map(tr).join('\n')}</tbody></table>
<h2>${at(dBody, 6)}</h2>${ps(dBody.slice(7, 9))}
<h2>${at(dBody, 9)}</h2>${ps([at(dBody, 10)])}
<h2>${at(dBody, 11)}</h2>${ps([at(dBody, 12)])}
<h2>${at(dBody, 13)}</h2>${ps([at(dBody, 14)])}
</div></div></article></div></div></div></main></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav>
<div id="block-funders" class="block block-block-content"><div class="block__content"><p>Carrowmore Storytelling Festival is supported by the Arts Council
and Mayo West County Council.</p></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const festivalAccess: TestPage = {
  name: 'heldout639-festival-access-drupal',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads.map((i) => at(dBody, i)),
  body: [...dBody.slice(0, 6), ...dRows.map(rowText), ...dBody.slice(6)].filter((t) => !dHeads.map((i) => at(dBody, i)).includes(t)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'Menu', 'Search', 'Main navigation', ...dNav.filter((t) => t !== 'Programme' && t !== 'Tickets'),
    'Home', 'Breadcrumb',
    'What each venue is like', 'Footer', ...dFoot,
    'Carrowmore Storytelling Festival is supported by the Arts Council and Mayo West County Council.', 'Powered by Drupal',
  ],
};

const wTitle = 'Autumn Season 2027';
const wIntro = j(
  'Five shows on our little stage between September and December, from a marionette circus for the very youngest to a late-night',
  'ghost story for grown-ups. All seats are unreserved, and the doors open 20 minutes before each show.',
);
/** Each show: title, dates, details, description. */
const wShows: readonly (readonly [string, string, string, string])[] = [
  [
    'The Tin Circus',
    '11 September – 3 October',
    'Ages 3+ · 40 minutes · £9',
    'A strongman, a tightrope mouse and a very nervous lion, all carved and strung in our own workshop.',
  ],
  [
    'Grandmother Hedge',
    '9 – 24 October',
    'Ages 5+ · 55 minutes · £10',
    'A hedgehog who has never left her garden is asked to carry a letter to the other side of the county.',
  ],
  [
    'Lanterns at the Window',
    '29 – 31 October (evenings only)',
    'Ages 14+ · 70 minutes · £14',
    'Three old ghost stories from the Fens, told with shadow puppets and a cello. Not suitable for younger children.',
  ],
  [
    'The Shoemaker’s Elves',
    '6 November – 5 December',
    'Ages 4+ · 50 minutes · £10',
    'Our Christmas show returns for its ninth year, with new elves and a snowstorm in the second half.',
  ],
  ['Puppet Club Open Day', 'Saturday 12 December', 'All ages · free', 'Go backstage, try the marionettes on the practice bridge and meet the puppeteers.'],
];
const wNav = ['Home', 'Season', 'Puppet Club', 'Our Story', 'Find Us', 'Gift Vouchers'];
const wFoot = ['© 2027 by Marrowby Marionette Theatre.', '12 Wherry Lane, Marrowby NR31 4JD', 'hello@marrowbymarionettes.co.uk'];
let wId = 100;
const wText = (html: string): string => `<div id="comp-lx${wId++}" class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement">${html}</div>`;
const wShowHtml = ([title, dates, details, desc]: readonly [string, string, string, string]): string => `<div id="comp-lx${wId++}"
class="MW5IWV wixui-box"><div class="LWbAav Kv1aVt"></div><div data-mesh-id="comp-lx${wId}inlineContent" class="VM7gjN">
<div id="comp-lx${wId++}" class="MazNVa wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image class="HlRz5e BI8PVQ"><img
src="https://static.wixstatic.com/media/5f2c1d_${wId}.jpg/v1/fill/w_320,h_240,al_c,q_80/show.jpg" alt="${title}" width="320"
height="240"></wow-image></div></div>
${wText(`<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${title}</span></h2>`)}
${wText(`<p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">${dates}</span></p>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${details}</span></p>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${desc}</span></p>`)}
<div class="comp-lx${wId++} FubTgk" id="comp-lx${wId}" aria-disabled="false"><a data-testid="linkElement" href="https://www.marrowbymarionettes.co.uk/book"
target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book Now</span></a></div></div></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Autumn Season | Marrowby Marionette Theatre</title>
<meta property="og:title" content="Autumn Season | Marrowby Marionette Theatre"><meta property="og:site_name" content="Marrowby Marionette Theatre">
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"3b2a","isHttps":true},"language":{"userLanguage":"en"}};</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Marrowby Marionette Theatre",
"address":{"@type":"PostalAddress","addressLocality":"Marrowby"}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);--shd:none}.font_0{font:normal normal normal 48px/1.2em georgia,serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_c1dmp" class="pageBackground"></div></div>
<div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" class="VM7gjN">
${wText('<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">MARROWBY MARIONETTE THEATRE</span></p>')}
<nav aria-label="Site" id="comp-kx2nav" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.length}" class="wixui-horizontal-menu__item-label">
<div class="itemDepth02233374943__itemWrapper"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div id="c1dmp"
class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" class="VM7gjN"><section id="comp-lx01" class="xuzjBY wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lx02" class="comp-lx02 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lx02inlineContent" class="VM7gjN">
${wText(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wText(`<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">${wIntro}</span></p>`)}
${wShows.map(wShowHtml).join('\n')}
${wText(`<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Running times include a short interval.
Prices include booking fees.</span></p>`)}
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer"
tabindex="-1"><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_FOOTERinlineContent"
class="VM7gjN">${wFoot.map((t) => wText(`<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`)).join('\n')}
<div id="comp-lx90" class="wixui-social-links"><ul aria-label="Social Bar"><li><a href="https://www.instagram.com/marrowbymarionettes" target="_blank">
<img alt="Instagram" src="https://static.wixstatic.com/media/insta.png"></a></li></ul></div></div></div></div></footer></div></div>
<div id="WIX_ADS" class="VnvSGV ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
class="Dcs8uf"><span class="aoHj_g">This site was designed with the <span class="ILC6xt">Wix</span>.com website builder. Create your website today.</span>
<span class="IrmJGj">Start Now</span></a></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b0c8fd3a.bundle.min.js"></script></body></html>`;
const puppetSeason: TestPage = {
  name: 'heldout639-puppet-season-wix',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wShows.map((s) => s[0]),
  body: [wIntro, ...wShows.flatMap((s) => s.slice(1)), 'Running times include a short interval. Prices include booking fees.'],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'MARROWBY MARIONETTE THEATRE', ...wNav.filter((t) => t !== 'Puppet Club' && t !== 'Season'), 'Book Now', ...wFoot,
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'bottom of page',
  ],
};

export const HELDOUT639_B: readonly TestPage[] = [festivalAccess, puppetSeason];
