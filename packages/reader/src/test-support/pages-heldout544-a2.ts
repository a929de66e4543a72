import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout544-kit.js';

/**
 * Held-out batch 544, file a2: a district council's tree preservation order guide page on LocalGov Drupal (guide contents,
 * previous / next links, EU Cookie Compliance banner).
 */

const nTitle = 'Protected trees';
const nPage = 'Tree preservation orders';
const nBody = [
  j(
    'A tree preservation order (TPO) is an order made by the council to protect a tree, a group of trees or a woodland that is',
    'important to the look of an area. There are about 1,900 orders in North Ambley, covering some 14,000 individual trees.',
  ),
  j(
    'An order can cover any kind of tree, including fruit trees and hedgerow trees, but not a hedge or shrub. It protects the',
    'whole tree: the roots, the trunk and the branches.',
  ),
  'Find out if a tree is protected',
  j(
    'You can search our <a href="/tree-map">protected trees map</a> by postcode or street. The map shows every order and the',
    'boundaries of our 23 conservation areas. If a tree is not on the map but you think it may be protected, email our tree officers',
    'with the address and a photograph before you do any work.',
  ),
  j(
    'Solicitors will normally check for orders when a property is bought or sold. The order stays in force when the land changes hands,',
    'and new owners must keep to it.',
  ),
  'Work that needs our consent',
  'You must apply to us before you or a contractor:',
  'cut down or uproot a protected tree',
  'prune, lop or top any part of it, including branches overhanging your garden',
  'cut or damage its roots, for example when digging foundations, trenches or a driveway',
  'do anything else that could harm or destroy it',
  j('This applies to the owner of the tree and to neighbours who want to cut back branches or roots that cross onto their land.'),
  'Work that does not need consent',
  j(
    'You do not need consent to remove dead branches from a living tree, or to cut back a tree that is an immediate risk of',
    "serious harm. You must give us five working days' notice before removing a tree that is dead, unless it is urgent, and you",
    'should keep photographs to show its condition.',
  ),
  j(
    'If you are unsure whether work is exempt, ask us first. Claiming an exemption that does not apply is treated the same as',
    'carrying out work without consent.',
  ),
  'How to apply',
  j(
    'Apply online using the national planning portal and choose "Works to trees". There is no fee. Include a sketch plan showing',
    'where the tree stands, a clear description of the work, such as "reduce the crown by 2 metres", and the reasons for it.',
  ),
  j(
    'We aim to decide applications within eight weeks. A tree officer may visit the site. If we refuse consent or attach conditions',
    'you disagree with, you can appeal within 28 days of the decision.',
  ),
  'If work is carried out without consent',
  j(
    'Cutting down or wilfully destroying a protected tree is a criminal offence. The courts can impose a large fine, and you will',
    'normally have to plant a replacement tree of a size and species we agree. Tree surgeons who carry out the work can be',
    'prosecuted as well as the person who asked for it.',
  ),
  j('To report work you think is being done to a protected tree without consent, call 01632 960750 during office hours.'),
];
const nHead = [2, 5, 12, 15, 18];
const nGuide = ['Overview', nPage, 'Trees in conservation areas', 'High hedges', 'Reporting damage to a tree'];
const nCrumbs = ['Home', 'Planning and building control', 'Trees'];
const nFoot = ['Contact us', 'Accessibility statement', 'Cookies', 'Privacy notice', 'Jobs', 'Councillors and committees'];
const nSection = (from: number, to: number): string =>
  nBody
    .slice(from, to)
    .map((t) => (t.startsWith('cut ') || t.startsWith('prune') || t.startsWith('do anything') ? `<li>${t}</li>` : `<p>${t}</p>`))
    .join('\n')
    .replace(/<\/p>\n<li>/, '</p>\n<ul><li>')
    .replace(/(<\/li>)\n<p>/, '$1</ul>\n<p>');
const nHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${nPage} | ${nTitle} | North Ambley District Council</title>
<link rel="canonical" href="https://www.northambley.example/protected-trees/tree-preservation-orders">
<meta name="description" content="What a tree preservation order is, how to check if a tree is protected and how to apply for works.">
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t2a8kd">
<link rel="stylesheet" media="all" href="/themes/custom/northambley/css/main.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",
"currentPath":"node\\/2214"},"eu_cookie_compliance":{"popup_enabled":true}}</script>
</head><body class="path-node page-node-type-localgov-guides-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-container"><header class="lgd-header" role="banner">
<div class="lgd-header__inner lgd-container padding-horizontal"><div class="lgd-header__nav lgd-header__nav--primary">
<div class="lgd-region lgd-region--header">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/northambley/logo.svg" alt="North Ambley District Council home"></a>
<form class="localgov-search-block" action="/search" method="get" role="search"><label for="edit-s" class="visually-hidden">Search this site</label>
<input id="edit-s" name="s" type="search" placeholder="Search"><button type="submit" class="button">Search</button></form></div></div></div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(nCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__full">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">${nTitle}</h1></div>
<article role="article" class="localgov-guides-page localgov-guides-page--full"><div class="lgd-guides">
<nav class="lgd-guides__nav" aria-labelledby="guide-contents"><h2 id="guide-contents" class="lgd-guides__nav-title">Guide contents</h2>
<ol class="lgd-guides__list">
${nGuide
  .map((t) =>
    t === nPage
      ? `<li class="lgd-guides__item"><span class="lgd-guides__link lgd-guides__link--current" aria-current="page">${t}</span></li>`
      : `<li class="lgd-guides__item"><a class="lgd-guides__link" href="/protected-trees/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('\n')}</ol></nav>
<div class="lgd-guides__content"><h2 class="lgd-guides__title">${nPage}</h2>
<div class="localgov_guides_page__body">${nSection(0, 2)}
<h3>${nBody[2]}</h3>${nSection(3, 5)}
<h3>${nBody[5]}</h3>${nSection(6, 12)}
<h3>${nBody[12]}</h3>${nSection(13, 15)}
<h3>${nBody[15]}</h3>${nSection(16, 18)}
<h3>${nBody[18]}</h3>${nSection(19, 21)}</div>
<nav class="lgd-prev-next" aria-label="Guide pages"><ul class="lgd-prev-next__list">
<li class="lgd-prev-next__list-item lgd-prev-next__list-item--prev"><a class="lgd-prev-next__link" href="/protected-trees" rel="prev">
<span class="lgd-prev-next__label">Previous</span><span class="lgd-prev-next__title">Overview</span></a></li>
<li class="lgd-prev-next__list-item lgd-prev-next__list-item--next">
<a class="lgd-prev-next__link" href="/protected-trees/trees-in-conservation-areas" rel="next">
<span class="lgd-prev-next__label">Next</span><span class="lgd-prev-next__title">Trees in conservation areas</span></a></li></ul></nav>
<div class="lgd-page-meta"><span class="lgd-page-meta__label">Last updated:</span> <time datetime="2026-03-12">12 March 2026</time></div>
</div></div></article></div></div></div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-footer__inner lgd-container padding-horizontal"><nav aria-label="Footer">
<ul class="lgd-footer__links">${links(nFoot, 'lgd-footer__item')}</ul></nav>
<p class="lgd-footer__address">North Ambley District Council, Council Offices, Bridge Street, Ambley AB4 1LQ</p>
<p class="lgd-footer__copyright">© North Ambley District Council 2026</p></div></footer></div></div>
<div aria-labelledby="popup-text" class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js"></script>
</body></html>`;
const northAmbley: TestPage = {
  name: 'heldout544-north-ambley-localgov-tpo',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [nPage, ...nHead.map((i) => nBody[i] ?? '')],
  body: texts(nBody.filter((_, i) => !nHead.includes(i))),
  bylines: ['Last updated:', '12 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search this site', 'Breadcrumb', 'Home', 'Planning and building control', 'Guide contents', 'Overview',
    'Trees in conservation areas', 'High hedges', 'Reporting damage to a tree', 'Previous', 'Next', ...nFoot,
    'North Ambley District Council, Council Offices, Bridge Street, Ambley AB4 1LQ', '© North Ambley District Council 2026',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info',
    'Accept', 'No, thanks',
  ],
};

export const HELDOUT544_A2: readonly TestPage[] = [northAmbley];
