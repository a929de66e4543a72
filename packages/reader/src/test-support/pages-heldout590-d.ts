import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout590-kit.js';

/** Held-out batch 590, file d: a parents' forum thread on Discourse, and a tutoring agency's news item on Drupal (Olivero). */
const fTitle = 'Is an 11+ tutor worth it if we start in Year 4?';
const fPosts: [string, string, string, string[]][] = [
  [
    'jo_ashby',
    'Mar 4, 2027 8:12 pm',
    'Mar 4',
    [
      j(
        'Our son is in Year 4 and several families in his class have already started with 11+ tutors. He is doing fine at school',
        'but is not a natural test-taker. Is starting now sensible, or is it too early and likely to put him off?',
      ),
      'Grammar schools near us use the GL papers, if that makes a difference.',
    ],
  ],
  [
    'dmitri.h',
    'Mar 4, 2027 9:40 pm',
    'Mar 4',
    [
      j(
        'We started in the spring of Year 4 with our eldest. Honestly, the first six months were mostly reading widely and times',
        'tables, which we could have done ourselves. The tutor earned her money in Year 5 on the verbal and non-verbal reasoning.',
      ),
    ],
  ],
  [
    'PennyL',
    'Mar 5, 2027 7:05 am',
    'Mar 5',
    [
      j(
        'Tutor here (I have done 11+ prep for nine years). I usually suggest a single assessment lesson in Year 4 to see where the gaps',
        'are, then weekly sessions from September of Year 5. Starting earlier rarely changes the result, and you risk a child who is',
        'tired of practice papers by the time it counts.',
      ),
      'Whatever you do, make sure he reads for pleasure every day. It matters more than any paper.',
    ],
  ],
  [
    'jo_ashby',
    'Mar 5, 2027 6:30 pm',
    'Mar 5',
    ['Thank you both, this is really helpful. We will book an assessment after Easter and hold off on weekly lessons until September.'],
  ],
];
const fCat = 'Secondary transfer';
const fTags = ['11-plus', 'tutoring'];
const fSuggested: [string, string, string][] = [
  ['Mock 11+ exams: worth doing?', '14', 'Feb 2027'],
  ['Preparing for a grammar school appeal', '8', 'Jan 2027'],
  ['Year 6 SATs and secondary allocation dates', '3', 'Dec 2026'],
];
const post = (
  [u, full, short, ps_]: [string, string, string, string[]],
  i: number,
): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${u}" role="region" data-post-id="${9120 + i}" data-topic-id="3318" data-user-id="${200 + i}"
class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${u}" data-user-card="${u}"
aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.hollowayparents.org/${u}/96/1_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${u}" data-user-card="${u}">${u}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/3318/${i + 1}"
data-share-url="/t/3318/${i + 1}" data-post-number="${i + 1}"><span title="${full}" data-time="1804234320000" data-format="tiny"
class="relative-date">${short}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(ps_)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<button class="widget-button btn-flat like toggle-like like-count highlight-action btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked
svg-icon svg-string"
xmlns="http://www.w3.org/2000/svg"><use href="#far-heart"></use></svg></button>
<button class="widget-button btn-flat share btn-icon" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share svg-icon
svg-string"><use href="#link"></use></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${fTitle} - ${fCat} - Holloway Parents
Forum</title>
<meta name="description" content="Our son is in Year 4 and several families in his class have already started with 11+ tutors."><meta name="generator"
content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.hollowayparents.org/t/is-an-11-tutor-worth-it-if-we-start-in-year-4/3318">
<link href="/stylesheets/desktop_2d1b0a.css?__ws=forum.hollowayparents.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"jo_ashby"}}</script>
<meta property="og:site_name" content="Holloway Parents Forum"><meta name="discourse/config/environment" content="production">
<script defer src="/assets/start-discourse-4c2b1a.js"></script></head>
<body class="category-secondary-transfer archetype-regular"><noscript data-path="/t/is-an-11-tutor-worth-it-if-we-start-in-year-4/3318">You need JavaScript
enabled.</noscript>
<section id="main" class="ember-application"><div class="ember-view"><div id="main-container"><a href="#main-container" id="skip-link"
class="skip-link">Skip to main content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/" data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" width="160"
alt="Holloway Parents Forum"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button"
type="button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button"
type="button"><svg class="fa d-icon d-icon-user svg-icon"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><button class="btn no-text btn-icon icon btn-flat" aria-label="Search"
title="Search"></button></li>
<li class="header-dropdown-toggle hamburger-dropdown"><button class="btn no-text btn-icon icon btn-flat" aria-label="menu"
title="menu"></button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet">
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="3318"><a
href="/t/is-an-11-tutor-worth-it-if-we-start-in-year-4/3318" class="fancy-title">${fTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/secondary-transfer/7"><span data-category-id="7" class="badge-category --style-square">
<span class="badge-category__name">${fCat}</span></span></a><div class="list-tags">${fTags
  .map(
    (t) => `<a href="/tag/${t}" data-tag-name="${t}"
class="discourse-tag simple">${t}</a>`,
  )
  .join('')}</div></div>
</div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="3318"><div class="posts-wrapper"><div class="post-stream">
${fPosts.map(post).join('\n')}
</div></div>
<div class="topic-map --bottom"><section class="topic-map__contents"><div class="topic-map__stats"><span class="number">3</span><span
class="topic-map__stat-label">replies</span>
<span class="number">412</span><span class="topic-map__stat-label">views</span><span class="number">3</span><span
class="topic-map__stat-label">users</span></div></section></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" type="button"
title="begin composing a reply to this topic">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr>
<th class="default">Topic</th><th class="posts num">Replies</th><th class="activity num">Activity</th></tr></thead><tbody>
${fSuggested
  .map(
    ([t, r, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="#" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts"><span class="number">${r}</span></td><td class="num activity"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/secondary-transfer/7">${fCat}</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a
class="start-date">Mar 4</a></div>
<div class="timeline-scrollarea"><div class="timeline-handle"></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div>
<div class="timeline-ago">Mar 4</div></div></div><div class="timeline-date-wrapper"><a class="now-date">Mar 5</a></div></div></div></div>
</div></div></div></div></div></div></section>
<footer class="powered-by"><a href="https://discourse.org/powered-by">Powered by Discourse</a>, best viewed with JavaScript enabled</footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout590-discourse-eleven-plus',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap(([, , , p]) => p)),
  bylines: ['jo_ashby', 'dmitri.h', 'PennyL', 'Mar 4', 'Mar 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', fCat, ...fTags, 'Reply', 'replies', 'views', 'users', 'Suggested Topics',
    ...fSuggested.flatMap(([t, , a]) => [t, a]), 'Want to read more? Browse other topics in Secondary transfer or view latest topics.', '1 / 4',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const dTitle = 'Northfold Learning opens Saturday study centre in Ashcombe';
const dBody = [
  j(
    'Northfold Learning has opened its third study centre, in the former library building on Ashcombe High Street. The centre',
    'is open on Saturdays from 9am to 4pm and offers small-group lessons in maths, English and science for students in',
    'Years 5 to 11.',
  ),
  j(
    'Groups have no more than four students and are taught by qualified teachers. Each group meets for ninety minutes, with a',
    'break for a drink and a snack, and parents can wait in the café next door or collect their child at the end.',
  ),
  j(
    '“Families in Ashcombe have been travelling forty minutes to our Kelby centre for years,” said centre manager Tobias Renner.',
    '“Now they can walk here. We have kept prices the same as at Kelby, and the first session is free.”',
  ),
  j(
    'The building has step-free access and a quiet room for students who need a break. Places for the summer term can be booked',
    'online or by calling the centre.',
  ),
];
const dNav = ['Home', 'Centres', 'Courses', 'News', 'Contact'];
const dFoot = ['Safeguarding', 'Privacy notice', 'Careers', 'Accessibility'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" /><meta name="viewport"
content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://www.northfoldlearning.co.uk/news/saturday-study-centre-ashcombe" /><title>${dTitle} | Northfold Learning</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2x7mB1_olivero.css?delta=0&amp;language=en&amp;theme=olivero" />
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88","currentLanguage":"en"},"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Northfold Learning</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys"
class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" value="" size="15"
maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"
id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" type="submit" value="Search">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"
data-drupal-selector="primary-nav-menu-link-has-children"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div
data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content">
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news"
class="breadcrumb__link">News</a></li></ol></div></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<article data-history-node-id="88" class="node node--type-article node--promoted node--view-mode-full"><header class=""><div class="node__meta">
<div class="node__author-image"><article class="profile"></article></div><span>By
<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Laura Penhale</span></span></span>,
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2027-03-12T10:15:00+00:00"
title="Friday, March 12, 2027 - 10:15" class="datetime">12 March, 2027</time></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2027-03/ashcombe-centre.jpg"
width="1200" height="675" alt="The front of the Ashcombe study centre" /></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dBody)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items
field--tags__items">${links(['Centres', 'Ashcombe'], 'field--tags__item')}</ul></div></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block">
<a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer"
class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2>
<ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_7b2e1c_olivero.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout590-drupal-olivero-centre',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dBody),
  bylines: ['By Laura Penhale', '12 March, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', 'Home', 'Centres', 'Courses', 'News', 'Contact', 'Tags', 'RSS feed',
    ...dFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT590_D: readonly TestPage[] = [discourse, drupal];
