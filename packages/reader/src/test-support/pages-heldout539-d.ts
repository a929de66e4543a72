import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout539-kit.js';

/**
 * Held-out batch 539, file d: an insurance broker's news item on Drupal 10 (Olivero theme, breadcrumb, tags, comment form) and
 * a mortgage broker's community forum thread on Discourse (saved after the Ember app rendered it).
 */
const dTitle = 'Wynford Insurance opens a second office in Bryncoed';
const dPs = [
  j(
    'Wynford Insurance Services will open its second office on Monday 2 November, in the former bank building on Heol Fawr in',
    'Bryncoed. The office will have four staff and will concentrate on farm, equine and rural business insurance.',
  ),
  j(
    'The broker, founded in Llanwennog in 1986, now looks after around 3,100 farm and small business clients across the upper',
    'Teme and Wye valleys. About a third of them live closer to Bryncoed than to the main office.',
  ),
  j(
    '“Our clients want to sit across a table from someone who knows what a silage clamp is,” said managing director Gethin',
    'Harcombe. “Opening here means fewer hours in the car for them and for us.”',
  ),
  j(
    'The office will be open from 9am to 5pm on weekdays and until noon on market Saturdays. Existing clients can use either',
    'office and keep the same account handler.',
  ),
];
const dNav = ['Home', 'Farm insurance', 'Business', 'Home and motor', 'News', 'Contact us'];
const dFoot = ['Terms of business', 'Privacy notice', 'Complaints'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.wynfordinsurance.co.uk/news/wynford-insurance-opens-second-office-bryncoed">
<title>${dTitle} | Wynford Insurance Services</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2kL0m1.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxt">
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
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Wynford Insurance Services</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys"
class="form-search form-element form-element--type-search form-element--api-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit"
value="Search"><span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a
href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"
data-drupal-selector="primary-nav-menu-link-has-children"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news"
class="breadcrumb__link">News</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="88" role="article" about="/news/wynford-insurance-opens-second-office-bryncoed"
class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden">By <a
href="/user/7">Anwen Pryce</a></span></span>
<span><span class="field field--name-created field--type-created field--label-hidden">12 October, 2026</span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2026-10/bryncoed-office.jpg" width="1440" height="810"
alt="The new office on Heol Fawr, Bryncoed"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dPs)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items"><li class="field__item"><a href="/taxonomy/term/3" hreflang="en">Company news</a></li><li class="field__item"><a
href="/taxonomy/term/9" hreflang="en">Farm insurance</a></li></ul></div>
<section class="section comments" data-drupal-selector="comments"><h2 class="comments__title">Add new comment</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/88/comment" method="post" id="comment-form"
accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-name" class="form-item__label">Your name</label><input type="text" id="edit-name" name="name"
class="form-text"></div>
<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comment</label><textarea
id="edit-comment-body-0-value" class="form-textarea"></textarea></div>
<input type="submit" id="edit-submit--2" value="Save" class="button button--primary js-form-submit form-submit"></form></section>
</div></article></div></div></div></main></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2
class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2>
<ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div><div class="region region--footer-bottom grid-full"><div
class="region--footer_bottom__inner">
<div id="block-olivero-fca" class="block block-block-content"><div class="block__content"><div
class="text-content field field--name-body"><p>Wynford Insurance Services Ltd is authorised and regulated by the Financial Conduct Authority. FRN
302241.</p></div></div></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a
href="https://www.drupal.org">Drupal</a></span></div></div></div></div></footer>
</div></div></div><script src="/sites/default/files/js/js_8uXbGv.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const wynford: TestPage = settle({
  name: 'heldout539-drupal-olivero-broker-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPs),
  bylines: ['By Anwen Pryce', '12 October, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Wynford Insurance Services', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'Tags', 'Company news',
    'Farm insurance', 'Add new comment', 'Your name', 'Comment', 'Footer', ...dFoot,
    'Wynford Insurance Services Ltd is authorised and regulated by the Financial Conduct Authority. FRN 302241.', 'Powered by Drupal',
  ],
});

const qTitle = 'Fixed rate ends in March: product transfer now or shop around?';
type Post = { user: string; name: string; title: string; date: string; paras: string[] };
const qPosts: Post[] = [
  {
    user: 'dan_h',
    name: '',
    title: '',
    date: 'Nov 3',
    paras: [
      j(
        'Our five-year fix at 1.89% ends on 31 March. The lender has already emailed a product transfer offer at 4.61% for two',
        'years with no fee. Balance is £182,000, house valued at about £340,000.',
      ),
      'Is it worth waiting to see if rates drop, or should we lock this in now? Can we switch later if something better comes up?',
    ],
  },
  {
    user: 'Lena_Keystone',
    name: 'Lena Aldous',
    title: 'Mortgage adviser',
    date: 'Nov 4',
    paras: [
      j(
        'Hi Dan, good timing to be asking. Most lenders let you book a product transfer up to four months before the end date,',
        'and many let you cancel it and take a new one if their rates fall before it starts. Check the offer wording, but that',
        'usually means securing a rate now costs you nothing.',
      ),
      j(
        'At 54% loan to value you are in a good position to compare against other lenders too. A full remortgage means new',
        'valuations and legal work, so the rate would need to be noticeably better to be worth it.',
      ),
    ],
  },
  {
    user: 'priyanka.r',
    name: '',
    title: '',
    date: 'Nov 5',
    paras: [
      'We did exactly this in the summer. Booked the transfer in May, rates dropped in June and the lender swapped us to the cheaper deal with one phone call.',
    ],
  },
  {
    user: 'dan_h',
    name: '',
    title: '',
    date: 'Nov 6',
    paras: ['Thanks both. Booked the transfer today and set a reminder for February to look again.'],
  },
];
const qSuggested = ['Porting a mortgage when you move: what actually happens', 'Overpaying vs saving: which makes sense at 4%?'];
const post = (
  p: Post,
  n: number,
): string => `<div class="topic-post clearfix ${n === 1 ? 'topic-owner' : 'regular'}"><article id="post_${n}" aria-label="post #${n} by @${p.user}"
role="region" data-post-id="${5400 + n}" data-topic-id="1822" data-user-id="${20 + n}" class="boxed onscreen-post">
<span class="tabLoc" aria-hidden="true" tabindex="-1"></span><div class="row"><div class="topic-avatar"><div class="post-avatar"><a
class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="45" height="45" src="/user_avatar/community.keystonemortgages.co.uk/${p.user}/90/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first ${p.name ? 'full-name staff' : 'username'}"><a href="/u/${p.user}" data-user-card="${p.user}">${p.name || p.user}</a></span>${
  p.name
    ? `<span
class="second username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span><span class="user-title">${p.title}</span>`
    : ''
}</div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/fixed-rate-ends-in-march/1822/${n}"
data-share-url="/t/fixed-rate-ends-in-march/1822/${n}"><span title="${p.date}, 2026" data-time="1762200000000" data-format="tiny"
class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-icon-text"
title="${n + 1} people liked this post"><span class="d-button-label">${n + 1}</span></button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button></div><button
class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Fixed rate ends in March: product transfer now or shop around? - Remortgaging - Keystone Community</title>
<meta name="description" content="Our five-year fix at 1.89% ends on 31 March."><meta name="generator"
content="Discourse 3.4.0.beta2 - https://github.com/discourse/discourse version 6f2a1d">
<link rel="canonical" href="https://community.keystonemortgages.co.uk/t/fixed-rate-ends-in-march/1822">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${qTitle}","author":{"@type":"Person",
"name":"dan_h"}}</script>
<link href="/stylesheets/desktop_b1f2c.css?__ws=community.keystonemortgages.co.uk" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://community.keystonemortgages.co.uk" data-environment="production"></head>
<body class="crawler-disabled archetype-regular category-remortgaging docked"><div id="main-outlet-wrapper" class="wrap" role="main">
<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo"
class="logo-big" src="/uploads/default/original/1X/keystone.png" alt="Keystone Community"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button"><span
class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" title="Search" class="icon btn-flat"
aria-label="Search"></a></li>
<li class="header-dropdown-toggle hamburger-dropdown"><a href="" title="menu" class="icon btn-flat" aria-label="menu"></a></li></ul></div></div></div></header>
<div id="main-container" class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1822"><a
href="/t/fixed-rate-ends-in-march/1822" class="fancy-title">${qTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/remortgaging/6"><span data-category-id="6" class="badge-category --style-square"><span
class="badge-category__name">Remortgaging</span></span></a>
<div class="list-tags"><a href="/tag/product-transfer" class="discourse-tag simple">product-transfer</a></div></div></div></div>
<div class="posts-wrapper"><div class="topic-timeline"><div class="timeline-scrollarea"><div class="timeline-date-wrapper"><a
class="start-date">Nov 2026</a></div>
<div class="timeline-replies">1 / 4</div></div></div><div class="post-stream">${qPosts.map((p, i) => post(p, i + 1)).join('\n')}</div></div>
<div id="topic-footer-buttons"><button class="btn btn-icon-text btn-primary create" type="button"><span class="d-button-label">Reply</span></button></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><tbody>
${qSuggested.map((t) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/p" class="title raw-link raw-topic-link">${t}</a></td></tr>`).join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/remortgaging/6">Remortgaging</a> or <a
href="/latest">view latest topics</a>.</h3></div></div></div></div></section></div>
<footer class="noscript-footer-nav"><nav><a href="/about">About</a><a href="/faq">FAQ</a><a href="/privacy">Privacy</a></nav></footer>
<script defer src="/assets/start-discourse-4a7e.js"></script></body></html>`;
const keystone: TestPage = settle({
  name: 'heldout539-discourse-mortgage-forum',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: qPosts.flatMap((p) => p.paras),
  bylines: [...qPosts.flatMap((p) => [p.user, p.name, p.title, p.date].filter((t) => t !== '')), 'Nov 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Remortgaging', 'product-transfer', '1 / 4', ...qPosts.map((_, i) => String(i + 2)), 'Reply',
    'Suggested Topics', ...qSuggested, 'Want to read more? Browse other topics in Remortgaging or view latest topics.', 'About', 'FAQ', 'Privacy',
  ],
});

export const HELDOUT539_D: readonly TestPage[] = [wynford, keystone];
