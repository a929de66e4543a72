import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page, row, trs } from './pages-heldout630-kit.js';

/**
 * Held-out batch 630, file d: a herb monograph of a herbalists' association on Drupal 10 (Olivero theme) and a tea cultivar
 * article on a MediaWiki tea wiki (Vector 2022 skin) with an infobox, contents, references and categories.
 */
const dTitle = 'Lemon balm (Melissa officinalis)';
const dH = ['Parts used', 'Traditional uses', 'Preparations and typical amounts', 'Cautions'];
const dParts = 'Aerial parts, gathered just before flowering and dried in the shade below 35 °C to keep the volatile oil.';
const dUses = [
  j(
    'Lemon balm has been used as a calming nervine and a carminative since at least the medieval physic gardens. Herbalists give it',
    'for restlessness, nervous indigestion and poor sleep, often in combination with chamomile or lime flowers.',
  ),
  'It is also applied as a cream or a strong infusion to cold sores, a use supported by a small number of trials.',
];
const dPrep = [
  'Infusion: 1.5 to 4.5 g of dried herb in 150 ml of freshly boiled water, covered, for 10 minutes, up to three times a day.',
  'Tincture (1:5, 45%): 2 to 6 ml, three times a day.',
  'Fresh leaf: a small handful, bruised, in hot water.',
];
const dCaut = j(
  'Lemon balm is generally well tolerated. People taking thyroid medication should speak to their prescriber first, as the herb',
  'may reduce thyroid hormone activity. Not enough is known about use in pregnancy to recommend it in medicinal amounts.',
);
const dNav = ['Find a herbalist', 'Monographs', 'Training', 'Membership', 'News'];
const dCrumb = ['Home', 'Monographs'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:142;--color--primary-saturation:40%;--color--primary-lightness:32"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Northern Guild of Herbal Practitioners</title><link rel="canonical" href="https://ngherbal.org.uk/monographs/lemon-balm">
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t8bh1c">
<script type="application/json" data-drupal-selector="drupal-settings-json">
{"path":{"baseUrl":"\\/","currentPath":"node\\/218","currentLanguage":"en"},"ajaxTrustedUrl":{"\\/search\\/node":true}}</script></head>
<body class="path-node page-node-type-monograph"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Northern Guild of Herbal Practitioners</a></div></div>
</div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div></form>
</div></div><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation
menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${links(dCrumb, 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main"><div data-drupal-messages-fallback class="hidden
messages-list"></div><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="218" role="article" about="/monographs/lemon-balm" class="node node--type-monograph node--promoted node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h2>${at(dH, 0)}</h2><p>${dParts}</p><h2>${at(dH, 1)}</h2>${ps(dUses)}<h2>${at(dH, 2)}</h2><ul>${lis(dPrep)}</ul><h2>${at(dH, 3)}</h2><p>${dCaut}</p></div>
<div class="field field--name-field-reviewed field--type-datetime field--label-inline"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2026-02-10T12:00:00Z" class="datetime">10 February 2026</time></div></div>
<div class="field field--name-field-herb-family field--type-entity-reference field--label-inline"><div class="field__label">Plant family</div>
<div class="field__item"><a href="/taxonomy/term/41" hreflang="en">Lamiaceae</a></div></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><h3 class="field__label">Tags</h3><ul class="links field__items">
<li><a href="/taxonomy/term/7" hreflang="en">Nervines</a></li><li><a href="/taxonomy/term/9" hreflang="en">Digestive herbs</a></li></ul></div></div></article>
</div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block
block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-disclaimer" class="block block-block-content"><div class="block__content"><div class="text-content field field--name-body"><p>Monographs are for
information and are not a substitute for a consultation with a qualified practitioner.</p></div></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation-utils.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = page({
  name: 'heldout630-drupal-olivero-lemon-balm',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([dParts, ...dUses, ...dPrep, dCaut]),
  bylines: ['Last reviewed', '10 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northern Guild of Herbal Practitioners', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumb,
    'Plant family', 'Lamiaceae', 'Tags', 'Nervines', 'Digestive herbs', 'RSS feed',
    'Monographs are for information and are not a substitute for a consultation with a qualified practitioner.', 'Powered by Drupal',
  ],
});

const mTitle = 'Qimar Red';
const mLead = j(
  '<b>Qimar Red</b> is a black tea from the hills around Qimar in the fictional Sorrel Valley, made from a small-leaf local variety',
  'and known for a faintly smoky, cocoa-like aroma.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
);
const mH = ['History', 'Production', 'Grades'];
const mHist = [
  j(
    'Black tea was first made in the valley in 1884 by a salt trader, Aurel Mensik, who had learnt the method on the coast and wanted',
    'a tea that would survive the long carry to the lowland markets.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
    'By 1910 some forty workshops were making it.',
  ),
];
const mProd = j(
  'Leaves are withered overnight, rolled for about ninety minutes, oxidised in baskets under damp cloth and then dried slowly over',
  'pine charcoal, which gives the tea its smoky edge. The best makers dry in two stages a day apart.',
);
const mGrades = [
  ['Mao Feng', 'Bud and one leaf', 'April'],
  ['First grade', 'Bud and two leaves', 'April to May'],
  ['Standard', 'Mixed leaf', 'May to August'],
];
const mRefs = ['Sorrel Valley Tea Bureau (2019). A Guide to Valley Teas. p. 12.', 'Halvorsen, E. (2004). Salt Roads and Tea Roads. Brennick Press.'];
const mBox = ['Type', 'Black', 'Other names', 'Qimar hong', 'Origin', 'Sorrel Valley', 'Quick description', 'Smoky, cocoa, dried fruit'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Leafwiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Qimar_Red","wgTitle":"Qimar Red","wgCurRevisionId":88213,"wgArticleId":1402,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="canonical" href="https://leafwiki.org/wiki/Qimar_Red"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Qimar_Red rootpage-Qimar_Red
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Leafwiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue
vector-search-box"><form action="/w/index.php" id="searchform" class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Leafwiki" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item">
<a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel"
class="vector-main-menu-landmark"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header
vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mH
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span>${h}</div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main"
class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Qimar_Red" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk"
class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Qimar_Red" rel="discussion"><span>Discussion</span></a></li></ul></nav><nav aria-label="Views"><ul>
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Qimar_Red"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item">
<a href="/w/index.php?title=Qimar_Red&amp;action=edit"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item">
<a href="/w/index.php?title=Qimar_Red&amp;action=history"><span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Leafwiki, the free tea encyclopedia</div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>${[0, 2, 4, 6]
  .map((i) => `<tr><th scope="row" class="infobox-label">${at(mBox, i)}</th><td class="infobox-data">${at(mBox, i + 1)}</td></tr>`)
  .join('')}</tbody></table>
<p>${mLead}</p>
<div class="mw-heading mw-heading2"><h2 id="History">${at(mH, 0)}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Qimar_Red&amp;action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></div>${ps(mHist)}
<div class="mw-heading mw-heading2"><h2 id="Production">${at(mH, 1)}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Qimar_Red&amp;action=edit&amp;section=2">edit</a><span class="mw-editsection-bracket">]</span></span></div><p>${mProd}</p>
<div class="mw-heading mw-heading2"><h2 id="Grades">${at(mH, 2)}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Qimar_Red&amp;action=edit&amp;section=3">edit</a><span class="mw-editsection-bracket">]</span></span></div>
<table class="wikitable"><tbody><tr><th>Grade</th><th>Leaf</th><th>Picked</th></tr>${trs(mGrades)}</tbody></table>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="reflist"><ol class="references">${mRefs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Black_teas">Black teas</a></li><li><a href="/wiki/Category:Sorrel_Valley">Sorrel Valley teas</a></li></ul></div></div></div>
</main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 January 2027,
at 17:40.</li><li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Leafwiki:Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a
href="/wiki/Leafwiki:About">About Leafwiki</a></li><li id="footer-places-disclaimers"><a href="/wiki/Leafwiki:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":121});});</script></body></html>`;
const mediawiki: TestPage = page({
  name: 'heldout630-mediawiki-qimar-red',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mLead, ...mHist, mProd, ...mGrades.map(row)]),
  bylines: ['This page was last edited on 3 January 2027, at 17:40.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Leafwiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', '1', '2', '3', 'Page', 'Discussion', 'Read',
    'Edit', 'View history', 'From Leafwiki, the free tea encyclopedia', ...mBox, '[', 'edit', ']', 'References', '^', ...mRefs, 'Categories', ':',
    'Black teas', 'Sorrel Valley teas', 'Text is available under the Creative Commons Attribution-ShareAlike License.', 'Privacy policy', 'About Leafwiki',
    'Disclaimers',
  ],
});

export const HELDOUT630_D: readonly TestPage[] = [drupal, mediawiki];
