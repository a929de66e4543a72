import { links, ps, type TestPage, texts } from './page-kit.js';
import { furn, j, lis } from './pages-heldout609-kit.js';

/**
 * Held-out batch 609, file d: a county league's perpetual trophy return and re-engraving notice on Drupal (Olivero), and an
 * artwork preparation article in an engraver's HubSpot knowledge base (category sidebar, "Was this article helpful?").
 */
const dTitle = 'Perpetual trophies: returns and re-engraving for the 2026 season';
const dParas = [
  j(
    'All perpetual trophies held by clubs from the 2025 season must be returned before the league can have them engraved with this',
    'year\u2019s winners. Please read the arrangements below and pass them on to whoever in your club looks after the silverware.',
  ),
];
const dRetH = 'Returning trophies';
const dRet = [
  'Return trophies to Marsh &amp; Tolley Engravers, 22 Castle Street, Fenby, between 1 and 19 September.',
  'Clean the trophy with a dry cloth only. Do not polish engraved plates, as polish fills the lettering.',
  'Bring the plinth and any loose shields with the cup. Missing parts are charged to the club.',
  'Ask for a receipt. Clubs without a receipt will be treated as not having returned the trophy.',
];
const dEngH = 'Engraving';
const dEng = j(
  'The league pays for engraving the winner\u2019s name, the season and, for individual awards, the player\u2019s club. Clubs that want',
  'extra text, such as a sponsor or a captain\u2019s name, must arrange and pay for it directly with Marsh &amp; Tolley before 19 September.',
);
const dFullH = 'When a trophy is full';
const dFull = j(
  'Where a trophy has no room left for another plate, Marsh &amp; Tolley will fit a new band to the plinth. The oldest plates are never',
  'removed. If a band cannot be fitted, the committee will decide at its October meeting whether to retire the trophy.',
);
const dNav = ['Fixtures', 'Results', 'Clubs', 'Competitions', 'News', 'Contact'];
const dCrumbs = ['Home', 'News'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.fenbyvalebowls.org.uk/news/perpetual-trophies-2026">
<title>${dTitle} | Fenby Vale Bowls League</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t8a1r2"><link rel="stylesheet" media="all"
href="/core/themes/olivero/css/layout/layout.css?t8a1r2">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214"},"olivero":{"mobile_nav_breakpoint":"75rem"}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner">
<span class="visually-hidden">Sticky header</span></button></div><div id="site-header__inner" class="site-header__inner"><div class="container
site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Fenby Vale Bowls League</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button"
data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation
menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title"
id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu
primary-nav__menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<form action="/search/node" method="get" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys"
class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search"></div>
<div class="form-actions"><input class="button js-form-submit form-submit" type="submit" value="Search"></div></form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block">
<article data-history-node-id="214" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>League Secretary</span></span></span>
<span class="node__meta--date">Mon, 18/08/2026 - 10:02</span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dParas)}
<h2>${dRetH}</h2><ol>${lis(dRet)}</ol>
<h2>${dEngH}</h2>${ps([dEng])}
<h2>${dFullH}</h2>${ps([dFull])}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3><ul class="links
field__items">
${links(['Trophies', 'Notices'], 'field__item')}</ul></div></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block
block-node block-node-syndicate-block">
<div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a
href="https://www.drupal.org">Drupal</a></span></div>
</div></div></div></footer><div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/core/themes/olivero/js/navigation.js?v=10.3.1"></script></body></html>`;
const dHeads = [dRetH, dEngH, dFullH];
const dBody = texts([...dParas, ...dRet, dEng, dFull]);
const olivero: TestPage = {
  name: 'heldout609-drupal-olivero-perpetual-trophies',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: dBody,
  bylines: ['League Secretary', 'Mon, 18/08/2026 - 10:02'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn([dTitle, ...dHeads, ...dBody], [
    'Skip to main content', 'Sticky header', 'Fenby Vale Bowls League', 'Menu', 'Main navigation', ...dNav, 'Search', 'Breadcrumb', ...dCrumbs,
    'Tags', 'Trophies', 'Notices', 'RSS feed', 'Powered by Drupal',
  ]),
};

const kTitle = 'Preparing artwork for laser engraving';
const kIntro = j(
  'Good artwork is the quickest way to a good engraving. This article explains which files we can use as they are, which need work',
  'from our design team, and how to check your file before you upload it with your order.',
);
const kSecs: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'File types we accept',
    ['Vector files are best, because the laser follows the lines in the file exactly:'],
    [
      '<strong>SVG, AI, EPS or PDF</strong> saved from a vector program, with text converted to outlines',
      '<strong>DXF</strong> for line work and technical drawings',
      '<strong>PNG or JPG</strong> only for photographs, at 300 dpi or more at the final size',
    ],
  ],
  [
    'Colours and fills',
    [
      j(
        'The laser works in one colour: everything in your file is either engraved or not. Set all artwork to solid black, remove',
        'gradients and shadows, and delete any white boxes behind your logo. Thin lines under 0.2 mm will not show on most metals.',
      ),
    ],
    [],
  ],
  [
    'Checking your file',
    ['Before you upload, open the file and check that:'],
    [
      'all text has been converted to outlines or curves',
      'the artwork is at the size you want it engraved',
      'there are no hidden layers or objects outside the artboard',
    ],
  ],
];
const kTail = j('If your file does not meet these guidelines, we can redraw it for a setup fee. We will always send a proof before anything is', 'engraved.');
const kCats = ['Ordering', 'Artwork & Proofs', 'Delivery', 'Care & Cleaning'];
const kRel = ['How to approve a proof', 'Which fonts can I choose?', 'Engraving photographs on slate'];
const kSec = (s: readonly [string, readonly string[], readonly string[]]): string =>
  `<h2>${s[0]}</h2>\n${ps(s[1])}${s[2].length > 0 ? `\n<ul>${lis(s[2])}</ul>` : ''}`;
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${kTitle}</title><link rel="shortcut icon" href="https://help.orrinlaser.com/hubfs/favicon.png">
<meta name="description" content="Which artwork files we accept and how to prepare them for laser engraving."><meta name="viewport"
content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.net/hubfs/7052064/hub_generated/template_assets/1/knowledge-base.min.css">
<meta property="og:title" content="${kTitle}"><meta name="twitter:card" content="summary"><link rel="canonical"
href="https://help.orrinlaser.com/preparing-artwork">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${kTitle}","dateModified":"2026-05-12"}</script>
<meta name="generator" content="HubSpot"></head><body class="kb-article-page hs-content-id-11829 hs-knowledge-article hs-knowledge-category-artwork">
<div class="body-wrapper"><div data-global-resource-path="Knowledge_base/partials/header.html"><header class="kb-header">
<a class="kb-header__skip" href="#main-content">Skip to content</a><div class="kb-header__container"><a class="kb-header__logo"
href="https://help.orrinlaser.com">
<img src="https://help.orrinlaser.com/hubfs/orrin-logo.svg" alt="Orrin Laser &amp; Engraving"><span class="kb-header__title">Help Centre</span></a>
<nav class="kb-header__nav"><a href="https://www.orrinlaser.com">Back to orrinlaser.com</a><a href="https://www.orrinlaser.com/contact">Contact
support</a></nav></div>
<div class="kb-search--header"><form class="kb-search__form" action="/kb-search-results"><label class="kb-search__label" for="kb-search-input">Search for
answers</label>
<input type="text" id="kb-search-input" class="kb-search__input" name="term" autocomplete="off" placeholder="Search for answers"><button
class="kb-search__button" type="submit">
Search</button></form></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="kb-article-wrapper"><div class="kb-breadcrumbs"><ul class="kb-breadcrumbs__list">
<li class="kb-breadcrumbs__item"><a href="/">Help Centre</a></li><li class="kb-breadcrumbs__item"><a href="/artwork-proofs">Artwork &amp; Proofs</a></li>
<li class="kb-breadcrumbs__item kb-breadcrumbs__item--current">${kTitle}</li></ul></div>
<div class="kb-sidebar"><div class="kb-sidebar__inner"><h3 class="kb-sidebar__title">Categories</h3><ul
class="kb-sidebar__list">${links(kCats, 'kb-sidebar__item')}</ul>
<h3 class="kb-sidebar__title">Related articles</h3><ul class="kb-sidebar__list">${links(kRel, 'kb-sidebar__item')}</ul></div></div>
<div class="kb-article"><div id="hs_cos_wrapper_kb_article" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><h1 class="kb-article__title">${kTitle}</h1>
<div class="kb-article__meta"><span class="kb-article__date">Last updated: May 12, 2026</span></div>
<div class="kb-article tinymce-content"><p>${kIntro}</p>
${kSecs.map(kSec).join('\n')}
<div class="kb-callout kb-callout--tip"><p><strong>Tip:</strong> export a PDF proof yourself and zoom to 400% to spot broken outlines.</p></div>
<p>${kTail}</p></div></div>
<div class="kb-feedback"><div class="kb-feedback__question"><p class="kb-feedback__title">Was this article helpful?</p>
<button class="kb-feedback__button" data-value="yes">Yes</button><button class="kb-feedback__button" data-value="no">No</button></div>
<div class="kb-feedback__thank-you" style="display:none">Thanks for your feedback!</div></div></div></div></main>
<div data-global-resource-path="Knowledge_base/partials/footer.html"><footer class="kb-footer"><p>© 2026 Orrin Laser &amp; Engraving. All rights reserved.</p>
</footer></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/7052064.js"></script></body></html>`;
const kHeads = kSecs.map(([h]) => h);
const kTip = '<strong>Tip:</strong> export a PDF proof yourself and zoom to 400% to spot broken outlines.';
const kBody = texts([kIntro, ...kSecs.flatMap(([, p, l]) => [...p, ...l]), kTip, kTail]);
const hubspot: TestPage = {
  name: 'heldout609-hubspot-kb-artwork',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: kBody,
  bylines: ['Last updated: May 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn([kTitle, ...kHeads, ...kBody], texts([
    'Skip to content', 'Help Centre', 'Back to orrinlaser.com', 'Contact support', 'Search for answers', 'Search', 'Artwork &amp; Proofs', 'Categories',
    ...kCats.map((t) => t.replace('&', '&amp;')), 'Related articles', ...kRel, 'Was this article helpful?', 'Yes', 'No',
    '© 2026 Orrin Laser &amp; Engraving. All rights reserved.',
  ])),
};

export const HELDOUT609_D: readonly TestPage[] = [olivero, hubspot];
