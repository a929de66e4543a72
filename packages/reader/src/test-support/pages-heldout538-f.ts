import { links, type TestPage } from './page-kit.js';
import { esc, j } from './pages-heldout538-kit.js';

/**
 * Held-out batch 538, file f: a wedding planning forum thread on Discourse (the Ember-rendered topic page with topic map,
 * post controls and suggested topics), and a goldsmiths' guild guide to hallmarks on Drupal 10 (Olivero theme).
 */
const dTitle = 'Bridal shop says alterations need 10 weeks, is that normal?';
const dPosts = [
  [
    'hollyb',
    'Mar 3, 2026 7:14 pm',
    [
      j(
        'My wedding is on 20 June and my dress only arrived last week. The shop I bought it from says their seamstress needs 10 weeks',
        'and three fittings, which means starting now. It is a fairly simple crepe gown, I only need the hem taken up and a bustle.',
      ),
      'Is 10 weeks normal or are they just busy? Should I look for an independent seamstress instead?',
    ],
  ],
  [
    'seamstress_june',
    'Mar 3, 2026 8:02 pm',
    [
      j(
        'I do bridal alterations for a living. Ten weeks is on the long side for a hem and a bustle, but March to June is our busiest',
        'time and most of us are booked solid. The time is mostly waiting between fittings, not sewing.',
      ),
      'If you go independent, ask to see photos of bustles they have done and ask whether the price includes pressing.',
    ],
  ],
  [
    'Marnie_W',
    'Mar 4, 2026 9:40 am',
    [
      j(
        'Same happened to me last year. I stayed with the shop because their seamstress knew the designer and had altered the same',
        'gown many times. It took eight weeks in the end and was worth it.',
      ),
    ],
  ],
] as const;
const dNav = ['Topics', 'Users', 'Badges', 'Categories', 'Dresses', 'Venues', 'Budgets'];
const dSuggested = [
  ['Bustle styles: French vs American?', '14', '1.2k', 'Feb 12'],
  ['Cost of alterations for a lace mermaid dress', '9', '864', 'Jan 30'],
] as const;
const post = ([user, date, paras]: (typeof dPosts)[number], i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region" data-post-id="${20310 + i}" data-topic-id="4821" data-user-id="${310 + i}"
class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${user}" aria-hidden="true" tabindex="-1">
<img width="48" height="48" src="/user_avatar/forum.altaredplans.com/${user}/96/1_2.png" class="avatar" alt=""></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${user}"
data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="widget-link post-date" href="/t/bridal-shop-alterations/4821/${i + 1}"
title="Post date"><span title="${date}" data-time="1772565240000" class="relative-date">${date.replace(/, 2026.*/, '')}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="btn no-text btn-icon toggle-like like btn-flat"
title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-string"><use href="#far-heart"></use></svg></button></div>
<button class="btn no-text btn-icon share btn-flat" title="share a link to this post"></button><button class="btn btn-icon-text reply create fade-out btn-flat"
title="Begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Bridal shop says alterations need 10 weeks, is that normal? - Dresses - Altared Plans Forum</title>
<meta name="description" content="My wedding is on 20 June and my dress only arrived last week.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.altaredplans.com/t/bridal-shop-alterations/4821"><meta property="og:site_name" content="Altared Plans Forum">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"hollyb"}}</script>
<link href="/stylesheets/desktop_9d3b1c.css?__ws=forum.altaredplans.com" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.altaredplans.com" data-environment="production"></head>
<body class="crawler docs ember-application archetype-regular category-dresses"><div class="ember-view" id="ember3"><div id="main" class="ember-application">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/">
<img src="/uploads/default/original/1X/logo.png"
alt="Altared Plans Forum" id="site-logo" class="logo-big"></a></div></div><div class="extra-info-wrapper"><div class="extra-info"><div class="title-wrapper">
<h1 class="header-title">
<a class="topic-link" href="/t/bridal-shop-alterations/4821">${dTitle}</a></h1></div></div></div>
<div class="panel clearfix" role="navigation"><span class="auth-buttons"><button class="btn btn-primary btn-small sign-up-button btn-icon-text">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<a href="/search" class="icon btn-flat" title="Search" aria-label="Search"><svg class="fa d-icon d-icon-search svg-icon"></svg></a></li>
<li class="hamburger-dropdown header-dropdown-toggle"><a href="" class="icon btn-flat" title="Menu" aria-label="Menu"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections">
<ul class="sidebar-section-content">${dNav
  .map(
    (t) => `<li class="sidebar-section-link-wrapper">
<a class="sidebar-section-link sidebar-row" href="/c/${t.toLowerCase()}"><span class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('')}</ul>
</div></section></div><div id="main-outlet" class="">
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="4821">
<a href="/t/bridal-shop-alterations/4821" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/dresses/6"><span data-category-id="6" class="badge-category --style-square">
<span class="badge-category__name">Dresses</span></span></a>
<div class="list-tags"><a href="/tag/alterations" class="discourse-tag simple">alterations</a></div></div></div></div></div>
<div class="container posts" id="main-container"><div class="row"><section class="topic-area" id="topic" data-topic-id="4821"><div class="posts-wrapper">
<div class="post-stream">
${dPosts.map(post).join('\n')}
</div></div>
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><div class="topic-map__replies-trigger">
<span class="number">2</span><span class="topic-map__stat-label">replies</span></div>
<div class="topic-map__views-trigger"><span class="number">318</span><span class="topic-map__stat-label">views</span></div>
<div class="topic-map__users-trigger"><span class="number">3</span>
<span class="topic-map__stat-label">users</span></div></div></section></div></section></div></div>
<div class="more-topics__container"><div class="more-topics__list"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
${dSuggested
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${t.length}" class="title raw-link raw-topic-link">${t}</a>
</td><td class="num posts"><span class="number">${r}</span></td><td class="num views"><span class="number">${v}</span></td><td class="num activity">
<span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/dresses/6">Dresses</a> or <a
href="/latest">view latest topics</a>.</h3></div></div>
</div></div></div></div><footer class="footer"><nav class="links"><a href="/about">About</a><a href="/guidelines">FAQ</a><a href="/privacy">Privacy</a></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<script defer src="/assets/discourse-f2c1b8e.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout538-discourse-alterations-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , paras]) => [...paras]),
  bylines: [...dPosts.map(([u]) => u), 'Mar 3', 'Mar 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dNav, 'alterations', 'Reply', '2', 'replies', '318', 'views', '3', 'users', 'Suggested Topics',
    'Topic', 'Replies', 'Views', 'Activity', ...dSuggested.flat(), 'Want to read more? Browse other topics in Dresses or view latest topics.', 'About', 'FAQ',
    'Privacy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const uTitle = 'Understanding hallmarks: a guide for buyers';
const uIntro = [
  j(
    'Every piece of gold, silver, platinum or palladium sold as such above a small weight must carry a hallmark, applied by an',
    'independent assay office after the metal has been tested. A hallmark is your guarantee that the metal is what the seller says.',
  ),
  'A full hallmark is made of three compulsory marks, and may carry optional marks as well.',
];
const uMarksH = 'The three compulsory marks';
const uMarks = [
  ['Sponsor’s mark', 'The initials of the maker or the company that sent the piece for testing, inside a shield. No two sponsors share a mark.'],
  ['Fineness mark', 'A number giving the purity in parts per thousand, such as 375 for 9 carat gold, 750 for 18 carat gold or 925 for sterling silver.'],
  ['Assay office mark', 'The symbol of the office that tested and marked the piece, for example an anchor, a leopard’s head, a castle or a rose.'],
];
const uWeightH = 'Exemption weights';
const uWeight = j(
  'Items below a set weight do not need a hallmark: 1 gram for gold, 7.78 grams for silver, 0.5 grams for platinum and 1 gram for',
  'palladium. Many makers hallmark small pieces such as earrings anyway, and guild members are asked to do so.',
);
const uCheckH = 'Checking a piece before you buy';
const uCheck = j(
  'Use a loupe with ten times magnification and look on the inside of a ring shank, near the clasp of a chain or on the back of a',
  'pendant. If a piece sold as gold has no hallmark and is over the exemption weight, ask the seller why before you pay.',
);
const uMenu = ['Home', 'Find a goldsmith', 'Guides for buyers', 'Membership', 'Events', 'About the guild'];
const uCrumbs = ['Home', 'Guides for buyers'];
const uFoot = ['Contact', 'Accessibility', 'Privacy notice'];
const uHtml = `<!DOCTYPE html><html lang="en" dir="ltr" style="--color--primary-hue:24;--color--primary-saturation:40%;--color--primary-lightness:35"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${uTitle} | The Guild of Northern Goldsmiths</title><link rel="canonical" href="https://www.northerngoldsmiths.org.uk/guides/hallmarks">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk1pQ8mYw2.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/57","currentLanguage":"en"},
"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner" aria-label="Sticky header"
aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">The Guild of Northern Goldsmiths</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons">
<button class="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav"
aria-expanded="false"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${uMenu
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">
${links(uCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${uTitle}</span></h1></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="57" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${uIntro.map((p) => `<p>${esc(p)}</p>`).join('\n')}<h2>${uMarksH}</h2><dl>${uMarks.map(([t, d]) => `<dt>${t}</dt><dd>${esc(d ?? '')}</dd>`).join('\n')}</dl>
<h2>${uWeightH}</h2><p>${esc(uWeight)}</p><h2>${uCheckH}</h2><p>${esc(uCheck)}</p></div></div></article></div></div></div></main>
<div class="region region--sidebar"><div class="block block-block-content"><h2 class="block__title">Find a guild member</h2><div class="block__content">
<p>Every member is bound by our code of practice.</p><a href="/find-a-goldsmith" class="button">Search the directory</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<nav role="navigation" class="block block-menu navigation menu--footer">
<ul class="menu">${links(uFoot, 'menu__item')}</ul></nav></div><div class="region region--footer-bottom grid-full">
<div class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div><div class="block block-block-content">
<p>© 2026 The Guild of Northern Goldsmiths. Registered charity 1190457.</p></div>
</div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Qv7PqY1nE3.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout538-drupal-hallmarks-guide',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: [uMarksH, uWeightH, uCheckH],
  body: [...uIntro, ...uMarks.flat(), uWeight, uCheck],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Guild of Northern Goldsmiths', 'Menu', 'Main navigation', ...uMenu, 'Breadcrumb', 'Find a guild member',
    'Every member is bound by our code of practice.', 'Search the directory', ...uFoot, 'Powered by Drupal',
    '© 2026 The Guild of Northern Goldsmiths. Registered charity 1190457.',
  ],
};

export const HELDOUT538_F: readonly TestPage[] = [discourse, drupal];
