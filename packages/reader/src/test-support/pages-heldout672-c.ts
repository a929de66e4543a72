import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, trs } from './pages-heldout672-kit.js';

/**
 * Held-out batch 672, file c: a numismatic society's meeting report on Drupal 10 (Olivero) with tags and a comment form, and
 * a coin-variety article on MediaWiki (Vector 2022) with an infobox, a varieties table and categories.
 */
const dTitle = 'October meeting report: hammered silver from the Wendle hoard';
const dBody = [
  j(
    'The October meeting heard Dr Ilse Varnham on the Wendle hoard, the 214 silver pennies ploughed up near Wendle Cross in 2019',
    'and now, after six years of study, on show at the county museum.',
  ),
  j(
    'Dr Varnham explained that the hoard was buried in a lead-lined pot no earlier than 1185, judging by the latest coin, and that',
    'nearly all of the pennies were struck at only four mints. Die links between the coins suggest that most of them reached',
    'the owner in two or three large payments rather than over many years.',
  ),
  'Questions from the floor',
  j(
    'Several members asked about the twelve cut halfpennies in the hoard. Dr Varnham said they were cut with a chisel after',
    'striking, and that their weights fit the idea of small change made on the spot by a trader.',
  ),
  j(
    'The chairman thanked the speaker and reminded members that the museum has lent the society twenty coins from the hoard for',
    'handling at the November meeting.',
  ),
];
const dNav = ['Home', 'Programme', 'Meeting Reports', 'Journal', 'Membership'];
const dCrumbs = ['Home', 'Meeting Reports'];
const dTags = ['Meetings', 'Hammered coinage', 'Hoards'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://tellmouthnumismatic.org/news/october-meeting-report" />
<title>${dTitle} | Tellmouth Numismatic Society</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hr4ZkFUn5gFXkjtmk8.css?delta=0&amp;language=en&amp;theme=olivero" />
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214"},"pluralDelimiter":"\\u0003"}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Tellmouth Numismatic Society</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-selector="primary-nav-menu-link-has-children">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow"
role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search"
id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
<button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit"
value="Search"><span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="214" role="article" about="/news/october-meeting-report" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><article class="profile"></article><span>
<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Derwent Castellane</span></span></span>
<span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2026-10-13T21:42:00+01:00" title="Tuesday, October 13, 2026 - 21:42" class="datetime">Tue, 10/13/2026 - 21:42</time></span></span></div>
</header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/2026-10/wendle-pennies.jpg" width="1200" height="700" alt="Silver pennies from the hoard laid out on a tray" />
</div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden
field__item">${ps(dBody.slice(0, 2))}<h2>${dBody[2]}</h2>${ps(dBody.slice(3))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2></section>
<ul class="links inline"><li>
<a href="/user/login?destination=/comment/reply/node/214/comment%23comment-form">Log in</a> or <a
href="/user/register?destination=/comment/reply/node/214/comment%23comment-form">register</a> to post comments</li></ul>
</div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate">
<div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block">
<div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer><div class="overlay" data-drupal-selector="overlay"></div></div>
</div></div>
<script src="/sites/default/files/js/js_9KxeBsS1C8.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout672-drupal-olivero-meeting-report',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dBody[2] ?? ''],
  body: texts(dBody.filter((_, i) => i !== 2)),
  bylines: ['Derwent Castellane', 'Tue, 10/13/2026 - 21:42'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tellmouth Numismatic Society', 'Menu', ...dNav, 'Tags', ...dTags, 'Comments', 'Log in or register to post comments',
    'RSS feed', 'Powered by Drupal',
  ],
};

const mTitle = 'Tellmouth Bridge halfpenny token';
const mBody = [
  j(
    'The <b>Tellmouth Bridge halfpenny token</b> is a copper trade token issued in 1794 by the proprietors of the Tellmouth toll',
    'bridge, one of the later provincial tokens struck during the shortage of small change. It shows the bridge on the obverse',
    'and the arms of the borough on the reverse.',
  ),
  'History',
  j(
    'The bridge proprietors ordered ten hundredweight of tokens from a Birmingham die-sinker in the spring of 1794, to pay the',
    'labourers who were then widening the approaches. The tokens were accepted at the toll house and in several shops in the',
    'town, and stayed in use until the regal copper of 1797 made them unnecessary.',
  ),
  'Design',
  j(
    'The obverse shows the five-arched bridge with a sailing barge passing beneath and the legend TELLMOUTH BRIDGE HALFPENNY.',
    'The reverse has the borough arms within a wreath and the date. The edge is usually lettered PAYABLE AT THE TOLL HOUSE.',
  ),
  'Varieties',
  j('Collectors recognise three main varieties, told apart by the edge and by the number of masts on the barge.'),
];
const mRows = [
  ['A', 'Lettered edge, barge with one mast', 'Common'],
  ['B', 'Lettered edge, barge with two masts', 'Scarce'],
  ['C', 'Plain edge, barge with one mast', 'Rare'],
];
const mInfo = [
  ['Country', 'Great Britain'],
  ['Value', 'Halfpenny'],
  ['Issued', '1794'],
  ['Metal', 'Copper'],
  ['Diameter', '29 mm'],
];
const mNav = ['Main page', 'Contents', 'Recent changes', 'Random page', 'Help'];
const mFoot = ['Privacy policy', 'About Colonial Coinage Wiki', 'Disclaimers'];
const editLink = (id: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Tellmouth_Bridge_halfpenny_token&amp;action=edit&amp;section=${id}" title="Edit section">edit</a>
<span class="mw-editsection-bracket">]</span></span>`;
const h2 = (t: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${t}">${t}</h2>${editLink(String(n))}</div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Colonial Coinage Wiki</title>
<script>(function(){var className="client-js vector-feature-main-menu-pinned-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Tellmouth_Bridge_halfpenny_token","wgTitle":"${mTitle}","wgCurRevisionId":40213,"wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="canonical" href="https://coinagewiki.org/wiki/Tellmouth_Bridge_halfpenny_token"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tellmouth_Bridge_halfpenny_token
rootpage-Tellmouth_Bridge_halfpenny_token skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Colonial Coinage Wiki</strong></span>
</a></div>
<div class="vector-header-end">
<div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only
search-toggle" title="Search Colonial Coinage Wiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search
mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Colonial Coinage Wiki"
aria-label="Search Colonial Coinage Wiki" autocapitalize="sentences" title="Search Colonial Coinage Wiki [f]" accesskey="f" id="searchInput"><button
class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu"><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin">
<span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation">
<nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned"
data-feature-name="main-menu-pinned" data-pinnable-element-id="vector-main-menu"
data-pinned-container-id="vector-main-menu-pinned-container" data-unpinned-container-id="vector-main-menu-unpinned-container">
<div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button"
data-event-name="pinnable-header.vector-main-menu.pin">move to sidebar</button><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-main-menu.unpin">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content">
<ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Tellmouth_Bridge_halfpenny_token" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item">
<a href="/index.php?title=Talk:Tellmouth_Bridge_halfpenny_token&amp;action=edit&amp;redlink=1" rel="discussion" class="new"
title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Tellmouth_Bridge_halfpenny_token"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item">
<a href="/index.php?title=Tellmouth_Bridge_halfpenny_token&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item">
<a href="/index.php?title=Tellmouth_Bridge_halfpenny_token&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View history</span>
</a></li></ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Colonial Coinage Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Tellmouth_bridge_token.jpg" class="mw-file-description">
<img src="/images/thumb/a/a4/Tellmouth_bridge_token.jpg/220px-Tellmouth_bridge_token.jpg" decoding="async" width="220" height="110" class="mw-file-element">
</a></span><div class="infobox-caption">Obverse and reverse, variety A</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mBody[0]}</p><meta property="mw:PageProp/toc" />
${h2('History', 1)}<p>${mBody[2]}</p>${h2('Design', 2)}<p>${mBody[4]}</p>${h2('Varieties', 3)}<p>${mBody[6]}</p>
<table class="wikitable"><tbody><tr><th>Variety</th><th>Description</th><th>Rarity</th></tr>${trs(mRows)}</tbody></table>
<!-- NewPP limit report Cached time: 20260503141230 CPU time usage: 0.041 seconds --></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://coinagewiki.org/index.php?title=Tellmouth_Bridge_halfpenny_token&amp;oldid=40213">
https://coinagewiki.org/index.php?title=Tellmouth_Bridge_halfpenny_token&amp;oldid=40213</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li>
<a href="/wiki/Category:Eighteenth-century_tokens" title="Category:Eighteenth-century tokens">Eighteenth-century tokens</a></li><li>
<a href="/wiki/Category:Bridge_tokens" title="Category:Bridge tokens">Bridge tokens</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 May 2026, at 14:12.</li></ul>
<ul id="footer-places">${mFoot.map((t) => `<li><a href="/wiki/Project:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout672-mediawiki-token-article',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: ['History', 'Design', 'Varieties'],
  body: texts([mBody[0] ?? '', mBody[2] ?? '', mBody[4] ?? '', mBody[6] ?? '', ...mRows.map(rowText)]),
  bylines: ['This page was last edited on 3 May 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Colonial Coinage Wiki', 'Search', 'Log in', 'move to sidebar', 'hide', 'Navigation', ...mNav, 'Page', 'Discussion',
    'Read', 'Edit', 'View history', 'From Colonial Coinage Wiki', 'Obverse and reverse, variety A',
    ...mInfo.flat().filter((t) => !['1794', 'Halfpenny', 'Copper'].includes(t)),
    'Categories', 'Eighteenth-century tokens', 'Bridge tokens', ...mFoot,
  ],
};

export const HELDOUT672_C: readonly TestPage[] = [drupal, mediawiki];
