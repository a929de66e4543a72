import { links, type TestPage } from './page-kit.js';
import { type Block, blocksHtml, bodyOf, headingsOf, j, page } from './pages-heldout586-kit.js';

/**
 * Held-out batch 586, file d: a blacksmiths' guild news article on Drupal 10 (Olivero theme) with tags and a related block, and
 * a smithing wiki article on MediaWiki (Vector 2022) with a contents box, an infobox, edit links and categories.
 */
const dTitle = 'Guild forge reopens after two-year restoration';
const dBlocks: Block[] = [
  [
    'p',
    j(
      'The Wendmoor Guild of Smiths reopened its teaching forge at Pellow Mill on Saturday, two years after a roof collapse closed',
      'the building. More than 300 members and visitors came to watch the first fires lit in the six restored hearths.',
    ),
  ],
  [
    'p',
    j(
      'The restoration cost £410,000, of which £260,000 came from members and local businesses. The rest was raised through',
      'a heritage grant and the sale of a commemorative set of forged bottle openers, of which 1,900 were made by volunteers.',
    ),
  ],
  ['h2', 'A working building again'],
  [
    'p',
    j(
      'The original 1860s bellows, rebuilt by a team of four members over eighteen months, now drive the central hearth. The other',
      'five hearths use electric blowers so that courses can run without a second pair of hands on the lever.',
    ),
  ],
  ['quote', '<p>"We did not want a museum. We wanted a forge that is loud and busy five days a week." – Guild chair Rowena Clift</p>'],
  ['h2', 'Courses resume in March'],
  [
    'p',
    j(
      'The guild’s beginners’ evenings restart on 3 March, and the intermediate tool-making course on 14 March. Members can book',
      'through the members’ area from next Monday; public places open a week later.',
    ),
  ],
];
const dNav = ['About the Guild', 'News', 'Courses', 'Find a Smith', 'Membership'];
const dRel = ['Bellows team completes final leather', 'Annual competition results: gate hardware'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:24;--color--primary-saturation:60%;--color--primary-lightness:40"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
 content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.wendmoorsmiths.org.uk/news/guild-forge-reopens"><title>${dTitle} | Wendmoor Guild of Smiths</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-02-21T17:05:00+0000"}]}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?s9q1xz"><script type="application/json"
 data-drupal-selector="drupal-settings-json">
{"path":{"baseUrl":"\\/","currentPath":"node\\/482","currentLanguage":"en"},"ajaxTrustedUrl":[]}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
 data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
 aria-controls="site-header__inner"
 aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Wendmoor Guild of Smiths</a></div></div></div></div>
<div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
 class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" role="search"><form action="/search/node" method="get" class="search-form"><div class="form-item">
<label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for."
 placeholder="Search by keyword or phrase." type="search"
 id="edit-keys" name="keys" class="form-search"></div></form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content"
 tabindex="-1"></a><div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
 aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb"
 class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(['Home', 'News'], 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
 class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
 class="block block-system block-system-main-block">
<article data-history-node-id="482" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><div class="node__author-image"><article class="profile"></article></div><span><span class="field field--name-uid
 field--type-entity-reference field--label-hidden">
<span>Harriet Ogden</span></span></span><span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2026-02-21T17:05:00Z" title="Saturday, February 21, 2026 - 17:05" class="datetime">21 February, 2026</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
 src="/sites/default/files/2026-02/hearths.jpg"
 width="1200" height="800" alt="The restored hearths at Pellow Mill"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${blocksHtml(dBlocks)}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label
 field--tags__label">Tags</h3>
<ul class="links field__items
 field--tags__items">${links(['Pellow Mill', 'Restoration', 'Guild news'], 'field--tags__item')}</ul></div></div></article></div></div>
<div class="region region--content-below"><div class="views-element-container block block-views
 block-views-blockrelated-block-1"><h2 class="block__title">Related news</h2>
<div class="view view-related"><div class="view-content">
${dRel.map((t) => `<div class="views-row"><a href="#">${t}</a></div>`).join('')}</div></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
 class="block block-node block-node-syndicate-block">
<a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="block block-block-content">
<p>Registered charity no. 1109284. Pellow Mill, Lower Wendmoor.</p></div></div><div class="region region--footer-bottom grid-full">
<div id="block-olivero-powered"
 class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div><script src="/core/themes/olivero/js/navigation.js?v=10.2.3"></script></body></html>`;
const drupal: TestPage = page({
  name: 'heldout586-drupal-olivero-guild-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: headingsOf(dBlocks),
  body: bodyOf(dBlocks),
  bylines: ['Harriet Ogden', '21 February, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Wendmoor Guild of Smiths', 'Menu', 'Main navigation', ...dNav, 'Search', 'Breadcrumb', 'Home', 'Tags', 'Pellow Mill',
     'Restoration',
    'Guild news', 'Related news', ...dRel, 'RSS feed', 'Registered charity no. 1109284. Pellow Mill, Lower Wendmoor.', 'Powered by Drupal',
  ],
});

const mTitle = 'Forge welding';
const mIntro = j(
  '<b>Forge welding</b> (also <b>fire welding</b>) is the joining of two pieces of iron or steel by heating them to a white heat and',
  'hammering them together, so that the metal fuses without a filler. It is the oldest method of welding and was the only one',
  'available to smiths until the late nineteenth century.',
);
const mSections: [string, Block[]][] = [
  [
    'Principle',
    [
      [
        'p',
        j(
          'At welding heat the surface of the steel is close to melting. If the two surfaces are clean and free of scale when they',
          'meet, the hammer blows press the grains of each piece into the other and the joint becomes continuous.',
        ),
      ],
      [
        'p',
        j(
          'The main obstacle is oxidation. Scale forms on hot steel within seconds, so the smith works in a reducing fire and usually',
          'applies a <a href="/wiki/Flux" title="Flux">flux</a>, which melts over the surface and carries the scale away.',
        ),
      ],
    ],
  ],
  [
    'Fluxes',
    [
      ['p', 'Common fluxes include:'],
      ['li', '<a href="/wiki/Borax" title="Borax">Borax</a>, the usual modern flux, often mixed with a little iron filings'],
      ['li', 'Fine silica sand, used for wrought iron, which welds more readily than steel'],
      ['li', 'Proprietary welding compounds sold as powders or pastes'],
    ],
  ],
  [
    'Common joints',
    [
      [
        'p',
        j(
          'The <b>scarf weld</b> joins two bars end to end; each end is upset and tapered so the joint keeps the bar’s thickness.',
          'The <b>faggot weld</b> folds a bar on itself and is used to build up stock. The <b>cleft weld</b> splits one bar and',
          'drives the tapered end of the other into it.',
        ),
      ],
    ],
  ],
  [
    'Faults',
    [
      [
        'p',
        j(
          'A <i>cold shut</i> is a joint that looks sound but never fused, usually because the heat was too low or scale was trapped.',
          'It shows as a dark line after the piece is filed and will open under load. Overheating burns the steel, leaving a',
          'sparkling, crumbly surface that cannot be recovered.',
        ),
      ],
    ],
  ],
];
const mInfo = ['Forge welding', 'Type', 'Solid-state welding', 'Heat source', 'Coal, coke or gas forge', 'Temperature', 'about 1,250–1,350 °C'];
const mCats = ['Welding', 'Blacksmithing techniques'];
const mFoot = ['Privacy policy', 'About Hearthwiki', 'Disclaimers', 'Mobile view'];
const mHead = (h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Forge_welding&amp;action=edit"
 title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>Forge welding - Hearthwiki</title>
<script>document.documentElement.className="client-js vector-toc-available";RLCONF={"wgPageName":"Forge_welding","wgTitle":"Forge welding",
"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
 content="MediaWiki 1.41.0">
<link rel="canonical" href="https://hearthwiki.org/wiki/Forge_welding"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Forge_welding rootpage-Forge_welding
 skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
 class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox"
 aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox"
 class="vector-dropdown-label cdx-button"
 aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu"
 class="vector-main-menu vector-pinnable-element"><div class="vector-menu mw-portlet mw-portlet-navigation" id="p-navigation">
<div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(['Main page', 'Recent changes', 'Random page', 'Help'], 'mw-list-item')}</ul>
</div></div></div></div></div></nav><a href="/wiki/Main_Page"
 class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Hearthwiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
 class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button vector-search-box-collapsed-button" title="Search Hearthwiki [f]"
 accesskey="f"><span>Search</span></a>
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
 name="search"
 placeholder="Search Hearthwiki" aria-label="Search Hearthwiki"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice"
 data-nosnippet=""><p>The spring hammer-in is on 18 April: volunteers wanted for the
demonstration forge.</p></div></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
 class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
 class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
 vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
 class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${mSections
  .map(
    ([h], i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub"
 class="noprint">From Hearthwiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
 lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mInfo[0]}</th></tr>
${[1, 3, 5]
  .map(
    (i) => `<tr><th scope="row"
 class="infobox-label">${mInfo[i]}</th><td class="infobox-data">${mInfo[i + 1]}</td></tr>`,
  )
  .join('\n')}</tbody></table>
<p>${mIntro}</p>
<meta property="mw:PageProp/toc">
${mSections.map(([h, bs]) => `${mHead(h)}\n${blocksHtml(bs)}`).join('\n')}
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
 title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 January 2026, at 14:22.</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/Hearthwiki:Copyrights">Creative Commons Attribution-ShareAlike</a>
 unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = page({
  name: 'heldout586-mediawiki-forge-welding',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSections.map(([h]) => h),
  body: bodyOf([['p', mIntro], ...mSections.flatMap(([, bs]) => bs)]),
  bylines: ['This page was last edited on 3 January 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Help', 'Hearthwiki', 'Search', 'Create account', 'Log in',
    'The spring hammer-in is on 18 April: volunteers wanted for the demonstration forge.', 'Contents', 'hide', '(Top)', '1', '2', '3', '4', 'Page',
    'Discussion', 'Read', 'Edit', 'View history', 'From Hearthwiki', ...mInfo, 'edit', 'Categories', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
});

export const HELDOUT586_D: readonly TestPage[] = [drupal, mediawiki];
