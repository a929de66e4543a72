import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout601-kit.js';

/**
 * Held-out batch 601, file e: a homeowners' forum thread on Discourse (the server-rendered crawler view: header with log in,
 * category badge and tags, four posts with a quote, likes, related topics table and the crawler footer), and a trade
 * association's guidance note on Drupal 10 with the Olivero theme (search, main menu, breadcrumb, node meta, a definition list,
 * inline reference and file fields, a related guidance block and the footer).
 */
const fTitle = 'Mortgage surveyor says “rising damp” in 1890s terrace – do I really need injection?';
const fPosts = [
  [
    'jmcallum',
    'January 9, 2026,  7:22pm',
    j(
      'We are buying a solid-brick mid-terrace from about 1890. The lender’s valuer has written “evidence of rising damp to front',
      'reception room, specialist report required” and the seller’s agent has already sent us a quote for £2,800 for chemical injection',
      'and replastering.',
    ),
    j(
      'The damp is a patch about 60 cm high under the front window. Outside there is a concrete path right up to the wall. Is injection',
      'the right thing, or are we being sold something?',
    ),
  ],
  [
    'oldbrick_owen',
    'January 9, 2026,  8:05pm',
    j(
      'A concrete path against the wall under a window is the first thing I would look at. In a house that age the path is often higher',
      'than the original damp proof course, if there ever was one, and rain splashing off it soaks the bottom of the wall.',
    ),
    'Get an independent damp survey from someone who does not sell injection. It will cost less than the quote and might save you all of it.',
  ],
  [
    'TessaK',
    'January 10, 2026,  9:41am',
    'specialist report required',
    j(
      'This phrase is boilerplate. Valuers write it whenever a meter beeps, it does not mean anyone has diagnosed anything. We had',
      'exactly the same and it turned out to be a leaking downpipe joint behind the bay.',
    ),
  ],
  [
    'jmcallum',
    'January 21, 2026,  6:12pm',
    j(
      'Update for anyone who finds this later: independent surveyor came on Saturday. The path is 40 mm above the inside floor and',
      'the window sill has no drip groove. Recommendation is to cut the path back, fit a gravel strip and a new sill, then monitor for',
      'six months. No injection. Thanks all.',
    ),
  ],
];
const fUsers = ['jmcallum', 'oldbrick_owen', 'TessaK'];
const fDates = fPosts.map((p) => at(p, 1).replace(/ +/g, ' '));
const fTags = ['rising-damp', 'buying', 'victorian'];
const fRel = [
  ['Salts coming through new plaster after DPC injection', '7', '403', 'Nov 2025'],
  ['Lime render or sand and cement on a 1900s gable?', '12', '1.1k', 'Dec 2025'],
];
const fPost = (p: readonly string[], n: number): string => {
  const q =
    n === 3
      ? `<aside class="quote no-group" data-username="jmcallum" data-post="1" data-topic="4471"><div class="title"><div class="quote-controls">
</div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.periodproperty.org.uk/jmcallum/48/812_2.png" class="avatar"> jmcallum:</div>
<blockquote><p>${at(p, 2)}</p></blockquote></aside>${ps(p.slice(3))}`
      : ps(p.slice(2));
  const likes = n === 2 ? '<span class="post-likes">5 Likes</span>' : n === 4 ? '<span class="post-likes">2 Likes</span>' : '';
  return `<div id="post_${n}" ${n > 1 ? "itemprop='comment' itemscope itemtype='http://schema.org/Comment' " : ''}class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href="https://forum.periodproperty.org.uk/u/${at(p, 0)}"><span itemprop="name">${at(p, 0)}</span></a></span><link itemprop="mainEntityOfPage"
href="https://forum.periodproperty.org.uk/t/mortgage-surveyor-says-rising-damp/4471"><span class="crawler-post-infos"><time itemprop="datePublished"
datetime="2026-01-09T19:22:41Z" class="post-time">${at(p, 1)}</time><meta itemprop="dateModified" content="2026-01-09T19:22:41Z">
<span itemprop="position">${n}</span></span></div><div class="post" itemprop="text">${q}</div><div itemprop="interactionStatistic" itemscope
itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/>${likes}</div></div>`;
};
const fHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${fTitle} - Damp &amp; Ventilation - Period Property Forum</title>
<meta name="description" content="We are buying a solid-brick mid-terrace from about 1890. The lender’s valuer has written “evidence of rising damp…">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2"><link rel="icon" type="image/png"
href="https://forum.periodproperty.org.uk/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color" media="all" content="#ffffff">
<link rel="canonical" href="https://forum.periodproperty.org.uk/t/mortgage-surveyor-says-rising-damp/4471">
<link href="/stylesheets/color_definitions_base__1_f2a3.css?__ws=forum.periodproperty.org.uk" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_e1c3.css?__ws=forum.periodproperty.org.uk" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"Mortgage surveyor says rising damp",
"author":{"@type":"Person","name":"jmcallum"}}</script>
</head><body class="crawler "><header><a href="/"><img src="https://forum.periodproperty.org.uk/uploads/default/original/1X/ppf-logo.png"
alt="Period Property Forum"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/mortgage-surveyor-says-rising-damp/4471">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/damp-ventilation/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Damp &amp; Ventilation</span></span></a><meta itemprop="position"
content="1">
</span></div><div class="topic-category"><div
class="discourse-tags list-tags">${fTags.map((t) => `<a href="/tag/${t}" class="discourse-tag" rel="tag">${t}</a>`).join(', ')}
</div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${fTitle}"><link itemprop="url"
href="https://forum.periodproperty.org.uk/t/mortgage-surveyor-says-rising-damp/4471"><meta itemprop="datePublished" content="2026-01-09T19:22:41Z">
<meta itemprop="articleSection" content="Damp &amp; Ventilation"><meta itemprop="keywords" content="rising-damp, buying, victorian">
${fPosts.map((p, i) => fPost(p, i + 1)).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta
itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th>
<th class="views">Views</th><th>Activity</th></tr></thead><tbody>${fRel
  .map(
    (r, i) => `<tr class="topic-list-item" id="topic-list-item-${4300 + i}">
<td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}"><span class="link-top-line">
<a itemprop="url" href="/t/${4300 + i}" class="title raw-link raw-topic-link">${at(r, 0)}</a></span></td><td></td><td class="replies"><span class="posts"
title="posts">${at(r, 1)}</span></td><td class="views"><span class="views" title="views">${at(r, 2)}</span></td><td>${at(r, 3)}</td></tr>`,
  )
  .join('')}</tbody>
</table></div></div>
</div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/${t.toLowerCase()}" itemprop="url">${t} </a>
</span></li>`,
  )
  .join('')}</ul></nav><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const forum: TestPage = {
  name: 'heldout601-discourse-rising-damp-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.slice(2)),
  bylines: [...fUsers, ...fDates],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Damp & Ventilation', 'victorian', '5 Likes', '2 Likes', 'Related topics', ...fRel.flat(), 'Home', 'Categories', 'Guidelines', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const dTitle = 'Guidance note 12: Investigating damp in solid-walled buildings';
const dBody = [
  j(
    'This note sets out the minimum steps the Association expects a member to take before recommending any damp treatment in a',
    'building with solid masonry walls. It replaces the 2019 edition and applies to all surveys carried out from 1 April 2026.',
  ),
  'Scope',
  j(
    'The note covers houses and small commercial buildings with solid walls of brick, stone or earth. It does not cover basements',
    'below external ground level, which are dealt with in guidance note 9.',
  ),
  'Minimum investigation',
  'record the history of the problem as reported by the occupier',
  'inspect and photograph all external elevations, ground levels and rainwater goods',
  'take surface moisture readings on a grid, not at isolated points',
  'where rising damp is suspected, take drilled samples at three heights and measure moisture content by oven drying or carbide test',
  'record any salts and, where practical, test for chlorides and nitrates',
  j(
    'A member must not recommend a chemical damp proof course on the basis of surface meter readings alone. Where the cause of',
    'damp cannot be established on the day, the report should say so and propose a period of monitoring.',
  ),
  'Terms used in this note',
  'Hygroscopic salts',
  'Salts, mainly chlorides and nitrates, that absorb moisture from the air and can keep a wall damp after the source of water has gone.',
  'Moisture content',
  'The weight of water in a sample expressed as a percentage of its dry weight.',
  'Hygroscopic moisture content',
  'The moisture content a sample reaches in air at 75 per cent relative humidity, used to separate salt-related dampness from liquid water.',
];
const dList = dBody.slice(4, 9);
const dDl = dBody.slice(11);
const dNav = ['Home', 'About the Association', 'Find a Member', 'Guidance', 'Training', 'News'];
const dCrumbs = ['Home', 'Guidance', 'Guidance notes'];
const dRel = ['Guidance note 9: Basements and structural waterproofing', 'Guidance note 14: Timber decay in suspended floors'];
const dFoot = ['Contact', 'Privacy', 'Accessibility statement', 'Member login'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Damp and Timber Surveyors’ Association</title><link rel="canonical" href="https://www.dtsa.org.uk/guidance/gn12-solid-walls">
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t2b4x1"><link rel="stylesheet" media="all"
href="/core/themes/olivero/css/layout/layout.css?t2b4x1">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/212","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script>
</head><body class="path-node page-node-type-guidance"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Damp and Timber Surveyors’ Association</a></div></div>
</div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
aria-label="Main Menu"
aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary search-form__submit button
js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span>
<span class="visually-hidden">Search</span></button></div></form></div></div><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title"
id="block-olivero-main-menu-menu">Main
navigation</h2><ul data-drupal-selector="primary-nav-menu--level-1" class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol
class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="212" class="node
node--type-guidance node--view-mode-full"><div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Technical Committee</span></span></span><span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2026-02-27T10:14:00Z" class="datetime">Fri, 27/02/2026 - 10:14</time></span></span></div><div class="node__content">
<div class="field field--name-field-reference field--type-string field--label-inline clearfix"><div class="field__label">Reference</div><div
class="field__item">DTSA-GN12-2026</div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([at(dBody, 0)])}<h2>${at(dBody, 1)}</h2>${ps([at(dBody, 2)])}<h2>${at(dBody, 3)}</h2><ol>${lis(dList)}</ol>${ps([at(dBody, 9)])}
<h2>${at(dBody, 10)}</h2><dl>${dDl.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('\n')}</dl></div>
<div class="field field--name-field-document field--type-file field--label-above"><div class="field__label">Download</div><div class="field__item">
<span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-02/DTSA-GN12-2026.pdf"
type="application/pdf">DTSA-GN12-2026.pdf</a></span>
<span>(412.6 KB)</span></div></div></div></article></div></div></div></main>
<div class="region region--sidebar"><div id="block-relatedguidance" class="block block-views block-views-blockrelated-guidance-block-1"><h2
class="block__title">Related
guidance</h2><div class="block__content"><ul>${links(dRel)}</ul></div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.5"></script>
<script src="/core/themes/olivero/js/navigation.js?v=10.2.5"></script></body></html>`;
const dtsa: TestPage = {
  name: 'heldout601-drupal-olivero-guidance-note',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [at(dBody, 1), at(dBody, 3), at(dBody, 10)],
  body: texts(dBody.filter((_, i) => ![1, 3, 10].includes(i))),
  bylines: ['Technical Committee', 'Fri, 27/02/2026 - 10:14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Damp and Timber Surveyors’ Association', 'Menu', 'Search', 'Main navigation', ...dNav.filter((t) => t !== 'Guidance'),
    'Breadcrumb', 'Guidance notes', 'Reference', 'DTSA-GN12-2026', 'Download', 'DTSA-GN12-2026.pdf', '(412.6 KB)', 'Related guidance', ...dRel, 'Footer',
    ...dFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT601_E: readonly TestPage[] = [forum, dtsa];
