import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout521-kit.js';

/**
 * Held-out batch 521, file c: a students' union news post on Drupal 10 (Olivero theme) with a related-news view, and a
 * Discourse thread on a debating league's forum asking about a motion's adjudication.
 */
const dTitle = 'Union Council votes to fund free period products in every campus building';
const dBody = [
  j(
    'Union Council voted on Tuesday night to spend £18,000 from its reserves on free period products in every toilet on the',
    'Hollins and Marbury campuses, after a motion brought by the Women\u2019s Officer passed by 31 votes to 4, with two abstentions.',
  ),
  j(
    'The scheme will start in January and run for two years as a trial. Dispensers will be installed by the university\u2019s',
    'estates team, and the Union will buy stock through the same supplier that serves the library and sports centre.',
  ),
  j(
    '\u201cStudents told us in last year\u2019s survey that they were missing lectures because of cost and access,\u201d said',
    'Women\u2019s Officer Ifeoma Daragh. \u201cThis is a small amount of money for something that makes a real difference.\u201d',
  ),
  j(
    'Two councillors spoke against the motion, arguing that the university rather than the Union should meet the cost. Council',
    'agreed an amendment asking the Union President to press the university to take over funding after the trial.',
  ),
  'What happens next',
  j(
    'The Welfare Committee will report on use of the dispensers at the Council meeting in May. Students can suggest locations',
    'that have been missed by emailing the Advice Centre.',
  ),
];
const dNav = ['Your Union', 'Get involved', 'Advice and support', 'Food and drink', 'News', 'Events'];
const dCrumbs = ['Home', 'News'];
const dRel = ['Referendum on NUS affiliation: the results', 'Hardship fund reopens for spring term', 'Meet your new part-time officers'];
const dFoot = ['Accessibility statement', 'Privacy notice', 'Cookie settings', 'Contact the Union'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:212"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Hollins Students' Union</title><link rel="canonical" href="https://www.hollinsunion.org/news/period-products">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-11-26"}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero.css"><script>document.documentElement.classList.add('js');</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header"
aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div class="site-branding"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">Hollins Students' Union</a></div></div></div></div>
<div class="mobile-buttons"><button class="button-nav mobile-nav-button" aria-label="Main Menu"><span class="mobile-nav-button__label">Menu</span></button>
</div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" role="search"><form action="/search/node" method="get"><div class="js-form-item form-item">
<label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." type="search" id="edit-keys" name="keys">
</div>
<div class="form-actions"><input class="button--primary search-form__submit button js-form-submit form-submit" type="submit" value="Search"></div></form></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div class="region region--breadcrumb grid-full">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div>
<div class="region region--content-above grid-full"><div class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full" id="content"><div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="2231" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header"><div class="node__meta"><span class="node__author"><article class="profile">
<div class="field field--name-user-picture"><img src="/sites/default/files/styles/thumbnail/public/pictures/comms.jpg" alt="Profile picture for user comms">
</div></article></span><div><span class="node__author"><span>By </span><span class="field field--name-uid"><span>Union Communications</span></span></span>,
<span class="field field--name-created">26 November, 2026</span></div></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/2026-11/council.jpg" width="1200" height="675" alt="Union Council chamber">
</div><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 4))}<h2>${dBody[4]}</h2>${ps([dBody[5] ?? ''])}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">${links(['Union Council', 'Welfare'], 'field__item')}</ul></div></div></article></div></div>
<div class="views-element-container block block-views"><h2 class="block__title">More news</h2><div class="view view-related-news"><div class="view-content">
${dRel.map((t) => `<div class="views-row"><span class="field-content"><a href="/news/${t.length}" hreflang="en">${t}</a></span></div>`).join('\n')}</div>
</div></div>
</div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><nav role="navigation"
class="block block-menu navigation menu--footer"><ul class="menu">${links(dFoot)}</ul></nav>
<div class="block block-block-content"><p>Hollins Students' Union is a charity registered in England and Wales (1138844).</p></div></div></div></footer>
</div></div></div><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout521-drupal-olivero-union-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dBody[4] ?? ''],
  body: texts(dBody.filter((_, i) => i !== 4)),
  bylines: ['By Union Communications', '26 November, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', "Hollins Students' Union", 'Menu', 'Main navigation', ...dNav, 'Search', 'Breadcrumb',
    'Home', 'Tags', 'More news', ...dRel, ...dFoot,
    "Hollins Students' Union is a charity registered in England and Wales (1138844).",
  ]),
};

const fTitle = 'Was the closing opposition call in the Grand Final right?';
const fPosts = [
  {
    user: 'mira_k',
    date: 'Nov 30, 2026 10:14 pm',
    paras: [
      j(
        'I watched the stream of the Northfield Cup final and I am still confused about the call. CO seemed to be the only team that',
        'engaged with the economic case, yet the panel put them fourth. Did anyone in the room follow the reasoning in the oral adjudication?',
      ),
      'The motion was: This House regrets the rise of unpaid internships.',
    ],
  },
  {
    user: 'adj_core_tom',
    date: 'Dec 1, 2026 8:02 am',
    paras: [
      j(
        'I was on the panel, so I can explain. CO\u2019s economic material was good, but most of it had already been made by opening',
        'opposition in their second speech. In BP a closing team has to add something new to be credited, and we felt the',
        'extension was largely a deeper version of the same argument.',
      ),
      j(
        'The split was 2-1, for what it is worth. The dissenting judge had CO second. Feedback forms for the final are open until Friday',
        'if any of the teams want to raise it formally.',
      ),
    ],
  },
  {
    user: 'mira_k',
    date: 'Dec 1, 2026 9:40 am',
    paras: ['Thanks, that makes sense. I did not realise OO had already run the wages point. Marking this as solved.'],
  },
];
const fCats = ['Tournaments', 'adjudication', 'northfield-cup'];
const fSug = ['Motion bank for novice training', 'How are break rounds seeded at regionals?', 'Equity complaint process for 2027'];
const postHtml = (p: (typeof fPosts)[number], n: number): string => `<div class="topic-post clearfix regular" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${4400 + n}" data-topic-id="812" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" data-user-card="${p.user}" aria-hidden="true">
<img alt="" width="48" height="48" src="/user_avatar/forum.bpleague.org/${p.user}/96/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/closing-opposition-call/812/${n}"><span title="${p.date}"
class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="widget-button btn-flat like" title="like this post">
<span class="d-button-label">Like</span></button><button class="widget-button btn-flat reply" title="begin composing a reply">
<span class="d-button-label">Reply</span>
</button></div></nav></section></div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Tournaments - BP League Forum</title><meta name="description" content="I watched the stream of the Northfield Cup final">
<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse version 1f3c0d8">
<link rel="canonical" href="/t/closing-opposition-call/812">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"mira_k"}}</script>
<link href="/stylesheets/desktop_3e1f.css?__ws=forum.bpleague.org" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler"><noscript data-path="/t/closing-opposition-call/812"></noscript>
<section id="main"><div id="ember3" class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/" data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" alt="BP League Forum"></a></div></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button>
</span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" title="search topics, posts, users, or categories"
aria-label="Search" class="icon btn-flat"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div id="main-outlet"><div class="container posts" id="main-container">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="812"><a href="/t/closing-opposition-call/812" class="fancy-title">${fTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper">${fCats
  .map(
    (c) => `<a class="badge-category__wrapper" href="/tag/${c}"><span
class="badge-category__name">${c}</span></a>`,
  )
  .join('\n')}</div></div></div></div>
<div class="posts-wrapper"><div class="topic-post-stream">${fPosts.map((p, i) => postHtml(p, i + 1)).join('\n')}</div></div>
<div id="topic-footer-buttons"><button class="btn btn-icon-text btn-primary create"><span class="d-button-label">Reply</span></button></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list">
<thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
${fSug
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title">${t}</a></td><td>${i + 3}</td><td>${80 + i * 31}</td>
<td>Nov ${20 + i}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div>
</div></div></div></div></section>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a><a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a><a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout521-discourse-adjudication-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: uniq(fPosts.flatMap((p) => [p.user, p.date])),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Sign Up', 'Log In', 'Tournaments', 'northfield-cup', 'Like', 'Reply', 'Suggested Topics',
    'Topic', 'Replies', 'Views', 'Activity', ...fSug, '3', '4', '5', '80', '111', '142',
    'Nov 20', 'Nov 21', 'Nov 22', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ]),
};

export const HELDOUT521_C: readonly TestPage[] = [drupal, discourse];
