import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout676-kit.js';

/**
 * Held-out batch 676, file d: a cheer club's coaching wiki page on MediaWiki 1.42 (Vector 2022, sidebar menu and table of contents,
 * edit links, categories), and a trampoline association's competition entry notice on Drupal 10 (Olivero) with tags.
 */
const mTitle = 'Back handspring progression';
const mLead = j(
  'This page sets out the order in which Harbour Lights coaches teach the standing back handspring, from the first bridge to an',
  'unspotted skill on the sprung floor. Athletes should not skip stages, even if they can already throw the skill at home or at another gym.',
);
const mH = ['Prerequisites', 'Drill stages', 'Spotting', 'Common faults'];
const mPre = [
  'a bridge held for 10 seconds with straight arms',
  'a handstand against the wall held for 20 seconds',
  'a backward roll to straight arms (back extension roll)',
];
const mPreNote = 'Coaches should check all three before an athlete starts stage 1. Record the date in the skills tracker.';
const mStages = [
  'Stage 1: back walkover over the barrel, with two coaches spotting',
  'Stage 2: handspring over the barrel on to a raised mat',
  'Stage 3: handspring down the wedge mat with a spot',
  'Stage 4: handspring on the sprung floor with a spot',
  'Stage 5: handspring on the sprung floor with a coach standing by',
  'Stage 6: unspotted handspring, signed off by a level 2 coach',
];
const mSpot = [
  j(
    'The spotter stands to the side of the athlete, kneeling for stage 1 and standing from stage 2. One hand goes on the lower back and',
    'the other behind the thighs. Lift through the jump and rotate the athlete over, then let go as the hands reach the floor.',
  ),
  j('Only coaches who hold the club\u2019s tumbling spotting sign-off may spot stages 3 to 5. Assistant coaches may spot on the barrel.'),
];
const mFaults = [
  ['Bent arms on landing', 'Shoulders not open at the set', 'Return to wall handstand and bridge drills'],
  ['Throwing the head back early', 'Fear of the floor or not looking for the hands', 'More barrel work; cue "eyes on the hands"'],
  ['Sitting down into the jump', 'Weak set, knees too far forward', 'Chair sit drill against the wall'],
];
const mFaultsNote = 'If a fault is still there after two sessions, go back one stage rather than adding more spotting.';
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mCats = ['Tumbling', 'Progressions'];
const mFoot = ['Privacy policy', 'About Harbour Lights Coaches Wiki', 'Disclaimers', 'Mobile view'];
const mHead = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Back_handspring_progression&amp;action=edit&amp;section=${mH.indexOf(h) + 1}" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-feature-toc-pinned-clientpref-1"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Harbour Lights Coaches Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled";
document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgCanonicalNamespace":"","wgPageName":"Back_handspring_progression",
"wgTitle":"Back handspring progression","wgCurRevisionId":812,
"wgArticleId":146,"wgIsArticle":true,"wgUserName":null,"wgCategories":["Tumbling","Progressions"],"wgRelevantPageName":"Back_handspring_progression"};
RLSTATE={"skins.vector.styles":"ready","site.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><meta name="robots" content="max-image-preview:standard">
<link rel="edit" title="Edit" href="/w/index.php?title=Back_handspring_progression&amp;action=edit"><link rel="canonical"
href="https://wiki.harbourlightscheer.org/wiki/Back_handspring_progression">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-Back_handspring_progression skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo">
<img class="mw-logo-icon" src="/w/images/logo.png" alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container skin-invert">
<strong class="mw-logo-wordmark">Harbour Lights Coaches Wiki</strong></span></a></div><div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Harbour Lights Coaches Wiki [f]"
accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper"><input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Harbour Lights Coaches Wiki"
aria-label="Search Harbour Lights Coaches Wiki" autocomplete="off" id="searchInput"></div><button class="cdx-button cdx-search-input__end-button">Search
</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div
class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div>
</div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mH
  .map(
    (
      h,
      i,
    ) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div
class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Back_handspring_progression">
<span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Talk:Back_handspring_progression&amp;action=edit&amp;redlink=1">
<span>Discussion</span></a></li>
</ul></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs"><ul
class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Back_handspring_progression"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Back_handspring_progression&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Back_handspring_progression&amp;action=history"><span>View history</span>
</a></li></ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><label
class="vector-dropdown-label cdx-button cdx-button--fake-button"><span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Harbour Lights Coaches Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<p>${mLead}</p>
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Bhs_barrel.jpg" class="mw-file-description"><img
src="/w/images/thumb/b/b1/Bhs_barrel.jpg/250px-Bhs_barrel.jpg"
class="mw-file-element" width="250" height="167"></a><figcaption>Stage 2 on the barrel, with a coach at the athlete's side</figcaption></figure>
${mHead(mH[0] ?? '')}<ul>${lis(mPre)}</ul><p>${mPreNote}</p>
${mHead(mH[1] ?? '')}<ol>${lis(mStages)}</ol>
${mHead(mH[2] ?? '')}${ps(mSpot)}
${mHead(mH[3] ?? '')}<table class="wikitable"><tbody><tr><th>Fault</th><th>Usual cause</th><th>Fix</th></tr>
${trs(mFaults)}</tbody></table><p>${mFaultsNote}</p>
<!-- NewPP limit report Parsed by mw-web CPU time usage: 0.041 seconds Real time usage: 0.052 seconds -->
</div><noscript><img src="/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.harbourlightscheer.org/w/index.php?title=Back_handspring_progression&amp;oldid=812"
>https://wiki.harbourlightscheer.org/w/index.php?title=Back_handspring_progression&amp;oldid=812</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4
February 2026, at 19:22.</li>
<li id="footer-info-copyright">Content is available under <a class="external" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki"
width="88"
height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediaWiki: TestPage = {
  name: 'heldout676-mediawiki-handspring',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mLead, ...mPre, mPreNote, ...mStages, ...mSpot, ...mFaults.map(rowText), mFaultsNote]),
  bylines: ['This page was last edited on 4 February 2026, at 19:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Harbour Lights Coaches Wiki', 'Search', 'Create account', 'Log in', 'Main menu', 'hide', 'Navigation', ...mNav, 'Contents', '(Top)',
    'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'From Harbour Lights Coaches Wiki', "Stage 2 on the barrel, with a coach at the athlete's side",
    'Categories', 'Progressions', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const oTitle = 'Regional Trampoline League, Round 3: entry information';
const oIntro = j(
  'Round 3 of the Regional Trampoline League will be held on Sunday 8 March 2026. Entries are now open to all member clubs, and',
  'gymnasts who did not compete in rounds 1 and 2 are welcome to enter.',
);
const oH = ['Venue', 'Categories', 'Entry fees and deadline', 'Timings'];
const oVenue = j(
  'Castlebridge Sports Village, Fenmore Road. There are eight competition trampolines and a separate warm-up hall with two beds.',
  'Spectator seating is limited to two adults for each gymnast.',
);
const oCats = [
  ['Novice', '9 and under, 10–12, 13+', 'Two set routines'],
  ['Intermediate', '11 and under, 12–14, 15+', 'Set and voluntary routines'],
  ['Advanced', 'Open age', 'Two voluntary routines with difficulty'],
];
const oCatsNote = 'Gymnasts who have won a category medal at two rounds this season must move up for round 3.';
const oFees = [
  'Entry costs £14 a gymnast. Clubs must also provide one judge for every eight gymnasts entered, or pay a £30 levy.',
  'Entries close at midnight on Sunday 15 February. Late entries will not be accepted, as the draw is published a week later.',
];
const oTimes = [
  '8.00am: doors open and warm-up for flight 1',
  '9.00am: Novice competition',
  '12.30pm: Intermediate competition',
  '3.30pm: Advanced competition and presentations',
];
const oTimesNote = 'Exact flight times will be emailed to club contacts with the draw.';
const oNav = ['Home', 'Competitions', 'Clubs', 'Coaching', 'Judging', 'Welfare', 'Contact'];
const oTags = ['Trampoline', 'Regional League', 'Entries'];
const oFoot = ['Privacy notice', 'Accessibility', 'Cookies'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.mvta.org.uk/news/regional-league-round-3-entries">
<link rel="shortlink" href="https://www.mvta.org.uk/node/388"><title>${oTitle} | Marlow Vale Trampoline Association</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_P8mXq1b2.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdjEEOwjAMBD-UNk">
</link>
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/388","currentLanguage":"en"},"user":{"uid":0}}</script>
<script src="/sites/default/files/js/js_OlV3qxH8.js?scope=header&amp;delta=0&amp;language=en&amp;theme=olivero"></script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Marlow Vale Trampoline Association</a></div></div></div>
</div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label><input
title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys"
class="form-search form-element form-element--type-search"></div>
</form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol
class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a>
</li>
</ol></div></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="388" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><article class="profile"></article><span>By <span
class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>competition.secretary</span></span></span><span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2026-01-19T10:15:00Z" title="Monday, January 19, 2026 - 10:15" class="datetime">Mon, 01/19/2026 - 10:15</time></span></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>${oIntro}</p>
<h2>${oH[0]}</h2><p>${oVenue}</p>
<h2>${oH[1]}</h2><table><thead><tr><th>Category</th><th>Age groups</th><th>Routines</th></tr></thead><tbody>${trs(oCats)}</tbody></table><p>${oCatsNote}</p>
<h2>${oH[2]}</h2>${ps(oFees)}
<h2>${oH[3]}</h2><ul>${lis(oTimes)}</ul><p>${oTimesNote}</p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${oTags
  .map(
    (t) => `<li class="field--tags__item"><a href="/taxonomy/term/${t.length}" hreflang="en">${t}</a>
</li>`,
  )
  .join('')}</ul></div>
</div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block">
<div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav id="block-olivero-footer" class="block block-menu navigation menu--footer" role="navigation"><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav>
</div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_a3Xf1c9Q.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const olivero: TestPage = {
  name: 'heldout676-drupal-olivero-entries',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([oIntro, oVenue, ...oCats.map(rowText), oCatsNote, ...oFees, ...oTimes, oTimesNote]),
  bylines: ['By competition.secretary', 'Mon, 01/19/2026 - 10:15'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Marlow Vale Trampoline Association', 'Menu', 'Search', 'Main navigation', ...oNav.filter((t) => t !== 'Clubs'),
    'Breadcrumb', 'News', 'Tags', 'Regional League', 'RSS feed', ...oFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT676_D: readonly TestPage[] = [mediaWiki, olivero];
