import { links, plain, ps, type TestPage } from './page-kit.js';
import { at, gold, j, rowTexts, trs } from './pages-heldout651-kit.js';

/**
 * Held-out batch 651, file c: a brass band's article on a MediaWiki band-history wiki (Vector 2022) with an infobox, a table
 * of contents and a results table, and a community orchestra's concert page on Drupal 10 (Olivero).
 */
const mTitle = 'Thornbury Mills Band';
const mBody = [
  j(
    '<b>Thornbury Mills Band</b> is a brass band based in Thornbury Bridge in the Calder valley. It was formed in 1868 by workers',
    'at Ashworth\u2019s woollen mill and has competed in the Second Section of the regional championships for most of the',
    'last twenty years.',
  ),
  'History',
  j(
    'The band was founded as the Ashworth\u2019s Mills Reed and Brass Band, and played mostly at mill outings and chapel',
    'anniversaries. The reeds were dropped in 1881 and the band took its present name in 1902, when the mill owners bought a',
    'full set of instruments from a London maker.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  j(
    'The band\u2019s best years were the 1930s, when under the bandmaster Harold Pickles it won the Calder Valley Shield four times',
    'in a row. The mill closed in 1971 and the band moved into the former Co-operative Hall on Water Street, which it bought',
    'outright in 1988 with the help of a lottery of its own.',
  ),
  'Contest results',
  'The table shows the band\u2019s recent results at the regional championships.',
  'Notable members',
  'Harold Pickles (bandmaster 1927\u20131949), composer of the march <i>Thornbury Bridge</i>',
  'Edna Firth, the band\u2019s first woman player, who joined on tenor horn in 1944',
  'Walter Binns, principal cornet for 38 years',
];
const mRows = [
  ['2022', 'Second Section', '7th', 'Derek Hobson'],
  ['2023', 'Second Section', '4th', 'Derek Hobson'],
  ['2024', 'Second Section', '2nd', 'Sian Rowley'],
  ['2025', 'First Section', '11th', 'Sian Rowley'],
];
const mInfo = ['Founded', '1868', 'Location', 'Thornbury Bridge', 'Section', 'Second', 'Conductor', 'Sian Rowley', 'Band room', 'Water Street'];
const mRef = 'Thornbury Bridge Almanack, 1903, p. 41.';
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Bands A\u2013Z', 'Contests'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About Calder Brass Wiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Calder Brass Wiki</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";RLCONF={"wgPageName":"Thornbury_Mills_Band",
"wgTitle":"Thornbury Mills Band","wgCurRevisionId":18412,"wgArticleId":712,"wgIsArticle":true,"wgAction":"view","wgCategories":["Brass bands","Calder valley"]};
RLSTATE={"skins.vector.styles":"ready","ext.cite.styles":"ready"};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><meta name="viewport" content="width=1120"><link rel="edit" title="Edit"
href="/index.php?title=Thornbury_Mills_Band&amp;action=edit">
</head><body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr
mw-hide-empty-elt ns-0 ns-subject page-Thornbury_Mills_Band rootpage-Thornbury_Mills_Band
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header
class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">
<div class="vector-menu mw-portlet mw-portlet-navigation" id="p-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Calder Brass Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box"><div>
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Calder Brass Wiki" aria-label="Search Calder Brass Wiki"
id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div><nav class="vector-user-links" aria-label="Personal tools">
<div class="vector-menu mw-portlet mw-portlet-vector-user-menu-overflow"><ul class="vector-menu-content-list"><li
class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice"
data-nosnippet><p>The Calder Brass archive day is on 14 June at Hebble Library. Bring your programmes!</p></div></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${at(mBody, 1, 4, 6)
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span>${h}</div></a></li>`,
  )
  .join('\n')}
<li id="toc-References" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#References"><div class="vector-toc-text">
<span class="vector-toc-numb">4</span>References</div></a></li></ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div
class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Thornbury_Mills_Band"
title="View the content page [c]"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a
href="/index.php?title=Talk:Thornbury_Mills_Band&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li>
</ul></div></nav><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Thornbury_Mills_Band"><span>Read</span></a></li><li id="ca-edit"
class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Thornbury_Mills_Band&amp;action=edit"><span>Edit</span></a></li><li id="ca-history"
class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Thornbury_Mills_Band&amp;action=history"><span>View history</span></a></li></ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools">
<div class="vector-menu mw-portlet" id="p-tb"><div class="vector-menu-heading">Tools</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(mTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" data-mw-ve-target-container><div id="siteSub" class="noprint">From Calder Brass Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr">
<div class="mw-parser-output"><table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr>
${[0, 2, 4, 6, 8]
  .map(
    (i) => `<tr><th scope="row" class="infobox-label">${mInfo[i]}</th><td
class="infobox-data">${mInfo[i + 1]}</td></tr>`,
  )
  .join('\n')}</tbody></table>
<p>${mBody[0]}</p>
<meta property="mw:PageProp/toc">
<h2><span class="mw-headline" id="History">${mBody[1]}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Thornbury_Mills_Band&amp;action=edit&amp;section=1" title="Edit section: History">edit</a><span
class="mw-editsection-bracket">]</span></span></h2>
${ps(at(mBody, 2, 3))}
<h2><span class="mw-headline" id="Contest_results">${mBody[4]}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Thornbury_Mills_Band&amp;action=edit&amp;section=2">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>${mBody[5]}</p><table class="wikitable"><tbody><tr><th>Year</th><th>Section</th><th>Position</th><th>Conductor</th></tr>
${trs(mRows)}</tbody></table>
<h2><span class="mw-headline" id="Notable_members">${mBody[6]}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Thornbury_Mills_Band&amp;action=edit&amp;section=3">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<ul>${at(mBody, 7, 8, 9)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<h2><span class="mw-headline" id="References">References</span></h2><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">${mRef}</span></li></ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20270411093112 --></div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1"
alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="/index.php?title=Thornbury_Mills_Band&amp;oldid=18412">https://calderbrass.org.uk/index.php?title=Thornbury_Mills_Band&amp;oldid=18412</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Brass_bands">Brass bands</a></li><li><a
href="/wiki/Category:Calder_valley">Calder valley</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 11 April 2027,
at 09:31.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":121});});</script></body></html>`;
const wiki: TestPage = gold({
  name: 'heldout651-brass-band-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...at(mBody, 1, 4, 6), 'References'],
  body: [...at(mBody, 0, 2, 3, 5), ...rowTexts(mRows), ...at(mBody, 7, 8, 9), mRef].map((t) => plain(t.replace(/<sup[^>]*>.*?<\/sup>/g, ''))),
  bylines: ['This page was last edited on 11 April 2027, at 09:31.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'Calder Brass Wiki', 'Search', 'Create account', 'Log in',
    'The Calder Brass archive day is on 14 June at Hebble Library. Bring your programmes!', 'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'Tools', ...mTools, ...mInfo, 'edit', '^',
    'Categories:', 'Brass bands', 'Calder valley', ...mFoot,
  ],
});

const dTitle = 'Autumn Concert: Sibelius and Elgar';
const dBody = [
  j(
    'The Kestle Valley Sinfonia opens its season with two northern favourites: Sibelius\u2019s Second Symphony and Elgar\u2019s',
    'Cello Concerto, with soloist Anwen Pascoe, who grew up in the valley and played in our back desks as a teenager.',
  ),
  j(
    'The concert begins with Finlandia, which our conductor Rhodri Vaughan chose \u201cbecause the brass section asked nicely\u201d.',
    'There will be a short talk about the Sibelius from Rhodri at 6.45 pm in the church hall, free to ticket holders.',
  ),
  'Programme',
  'Sibelius: Finlandia',
  'Elgar: Cello Concerto in E minor (soloist Anwen Pascoe)',
  'Sibelius: Symphony No. 2 in D major',
  'Tickets',
  j(
    'Adults £14, concessions £11, under-18s and students free. Tickets are on sale from Kestle Books, online, or on the door',
    'from 7 pm. The church has step-free access from the north door and a hearing loop.',
  ),
];
const dFacts = [
  ['Date', 'Saturday 16 October 2027, 7.30 pm'],
  ['Venue', 'St Petroc\u2019s Church, Kestle'],
  ['Conductor', 'Rhodri Vaughan'],
];
const dNav = ['Home', 'Concerts', 'About us', 'Join', 'Friends of the Sinfonia', 'Contact'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://kestlesinfonia.org.uk/concerts/autumn-concert-sibelius-and-elgar"><link rel="shortlink"
href="https://kestlesinfonia.org.uk/node/88">
<title>${dTitle} | Kestle Valley Sinfonia</title><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Ol1v3r0.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script><script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></head>
<body class="path-node page-node-type-concert"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block"><div
class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Kestle Valley Sinfonia</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label><input
title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search form-element form-element--type-search"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><div class="primary-nav"><ul class="menu primary-nav__menu
primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}
</ul></div></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div
class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden
messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block
block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item">
<a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/concerts"
class="breadcrumb__link">Concerts</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><div class="block__content"><article data-history-node-id="88" class="node node--type-concert node--view-mode-full">
<div class="node__content"><div class="layout--content-medium"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2027-06/cellist.jpg.webp" width="1440" height="700" alt="Anwen Pascoe with her cello">
</div>${dFacts
  .map(
    ([l, v]) =>
      `<div class="field field--name-field-${l?.toLowerCase()} field--label-inline"><div class="field__label">${l}</div><div
class="field__item">${v}</div></div>`,
  )
  .join('\n')}
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(at(dBody, 0, 1))}
<h2>${dBody[2]}</h2><ul>${at(dBody, 3, 4, 5)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><h2>${dBody[6]}</h2>${ps(at(dBody, 7))}
<p><a class="button button--primary" href="https://www.ticketsource.co.uk/kestlesinfonia">Book tickets</a></p></div></div></div></article></div></div></div>
</div></div><div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
</div></div><footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full layout--pass--content-medium">
<div id="block-footerinfo" class="block block-block-content"><div class="block__content"><div class="text-content field field--name-body">
<p>Kestle Valley Sinfonia is a registered charity, no. 1092276. We rehearse on Thursdays at Kestle Community School.</p></div></div></div></div>
<div class="region region--footer-bottom grid-full layout--pass--content-medium"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer><div class="overlay"
data-drupal-selector="overlay"></div></div></div>
<script src="/sites/default/files/js/js_Ol1v3r0.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = gold({
  name: 'heldout651-orchestra-concert-drupal',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: at(dBody, 2, 6),
  body: [...dFacts.map((f) => f.join(' ')), ...dBody.filter((_, i) => i !== 2 && i !== 6)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Kestle Valley Sinfonia', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'Book tickets', 'RSS feed',
    'Kestle Valley Sinfonia is a registered charity, no. 1092276. We rehearse on Thursdays at Kestle Community School.', 'Powered by Drupal',
  ],
});

export const HELDOUT651_C: readonly TestPage[] = [wiki, drupal];
