import { links, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout624-kit.js';

/**
 * Held-out batch 624, file d: a Discourse forum thread about mould on a home-cured coppa (posts, topic map, suggested topics),
 * and a labelling guidance page for small curers on a trade guild's Drupal 10 site (Olivero theme) with a table and a sidebar.
 */
const dTitle = 'White fuzzy mould on my first coppa - safe to keep going?';
const dPosts: [string, string, string, string[]][] = [
  [
    'pete_h',
    'Feb 14, 2027 9:41 pm',
    'Feb 14',
    [
      j(
        'Three weeks into drying my first coppa in a converted wine fridge (14°C, 75% RH). This morning there is a soft white fuzz',
        'over about a third of the casing, mostly on the side facing the back wall. No smell apart from the usual cured smell.',
      ),
      'Is this the good mould people talk about, or should I bin it? I did not inoculate with any mould culture.',
    ],
  ],
  [
    'ines_curemaster',
    'Feb 14, 2027 10:05 pm',
    'Feb 14',
    [
      j(
        'Powdery white mould that wipes off easily is almost always fine, and is often a Penicillium that got in from the air.',
        'What you do not want is anything fluffy and green, black or blue, or pink and slimy.',
      ),
      j(
        'I would wipe the whole thing with a cloth dampened in vinegar, turn it so the other side faces the wall, and keep an eye on',
        'it. Next time, spray the casing with a culture such as Mould 600 on day one so the good stuff gets there first.',
      ),
    ],
  ],
  ['pete_h', 'Feb 15, 2027 8:12 am', 'Feb 15', ['Wiped it down last night. It is all white and powdery, no colours. Will turn it daily from now on. Thanks!']],
  [
    'old_smokey',
    'Feb 15, 2027 1:30 pm',
    'Feb 15',
    [
      j(
        'One more thing: one side growing faster usually means poor airflow. A small USB fan on a timer, 15 minutes every hour,',
        'made a big difference in my fridge.',
      ),
    ],
  ],
];
const dSuggested = [
  ['Case hardening on bresaola - any fix?', 'Dry Curing', '7', '1.2k', 'Jan 30'],
  ['Building a curing chamber from a chest freezer', 'Equipment', '23', '4.8k', 'Dec 2026'],
  ['Nitrate dose for a 3kg lonzino', 'Dry Curing', '4', '610', 'Feb 9'],
];
const dPost = ([user, full, short, paras]: [string, string, string, string[]], n: number): string => `<div class="topic-post clearfix${
  n === 1 ? ' topic-owner' : ''
} regular" data-post-number="${n}"><article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="${4020 + n}"
data-topic-id="812" data-user-id="${90 + n}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/cureandsmoke.community/${user}/96/12_2.png" class="avatar" loading="lazy"></a></div></div><div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username${n === 1 ? ' new-user' : ''}">
<a href="/u/${user}" data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/white-fuzzy-mould-on-my-first-coppa/812/${n}" data-post-number="${n}"><span title="${full}" data-time="1802000000000"
class="relative-date">${short}</span>
</a></div></div></div><div class="regular contents"><div class="cooked">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls expand-post"><div class="actions"><div class="double-button"><button class="btn-flat
post-action-menu__like toggle-like like btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon
svg-string"><use href="#far-heart"></use>
</svg></button></div><button class="btn-flat post-action-menu__copy-link btn-icon" title="copy a link to this post to clipboard"><svg class="fa d-icon
d-icon-d-post-share svg-icon"><use href="#link"></use></svg></button><button class="btn-flat post-action-menu__reply reply create fade-out btn-icon-text"
title="begin composing a reply to this post"><svg class="fa d-icon d-icon-reply svg-icon"><use href="#reply"></use></svg><span
class="d-button-label">Reply</span>
</button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${dTitle} - Dry Curing - Cure &amp;
Smoke Community</title><meta name="description" content="Three weeks into drying my first coppa in a converted wine fridge">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://cureandsmoke.community/t/white-fuzzy-mould-on-my-first-coppa/812"><meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/desktop_e2f2c9.css?__ws=cureandsmoke.community" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"pete_h"},
"datePublished":"2027-02-14T21:41:00Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":3}}</script>
<script defer src="/assets/discourse.js"></script><meta id="data-discourse-setup" data-cdn="" data-base-url="https://cureandsmoke.community"></head>
<body class="crawler docked category-dry-curing tag-coppa tag-mould"><div class="hidden" id="data-preloaded" data-preloaded="{}"></div>
<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/" data-auto-route="true"><img src="/uploads/default/original/1X/logo.png" alt="Cure &amp; Smoke Community" id="site-logo"
class="logo-big"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-small btn-primary sign-up-button btn-text" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-small btn-primary login-button btn-icon-text" type="button"><svg
class="fa d-icon d-icon-user
svg-icon"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span><ul class="icons
d-header-icons"><li class="header-dropdown-toggle
search-dropdown"><a href="/search" aria-label="Search" title="Search" class="icon btn-flat"><svg class="fa d-icon d-icon-search
svg-icon"><use href="#search"></use>
</svg></a></li><li class="header-dropdown-toggle hamburger-dropdown"><a href="" aria-label="menu" title="menu"
class="icon btn-flat"></a></li></ul></div></div></div>
</header></div><div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div id="main-container"></div>
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="812"><a href="/t/white-fuzzy-mould-on-my-first-coppa/812"
class="fancy-title">${dTitle}</a></h1><div class="topic-category"><div class="badge-wrapper bullet"><a class="badge-category__wrapper" href="/c/dry-curing/5">
<span data-category-id="5" style="--category-badge-color: #8C6238; --category-badge-text-color: #FFFFFF;" class="badge-category --style-square">
<span class="badge-category__name">Dry Curing</span></span></a></div><div class="list-tags"><a href="/tag/coppa" class="discourse-tag simple">coppa</a>
<a href="/tag/mould" class="discourse-tag simple">mould</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="812"><div class="posts-wrapper"><div
class="topic-post-stream">
${dPosts.map(dPost).join('\n')}
<section class="topic-map"><ul class="clearfix"><li><h4 role="presentation">created</h4><div class="topic-map-post created-at"><span class="relative-date">Feb
14</span>
</div></li><li><h4 role="presentation">last reply</h4><div class="topic-map-post last-reply"><span class="relative-date">Feb 15</span></div></li>
<li><span class="number">3</span><h4 role="presentation">replies</h4></li><li class="secondary"><span class="number">241</span><h4
role="presentation">views</h4></li>
<li class="secondary"><span class="number">3</span><h4 role="presentation">users</h4></li></ul></section></div></div></section>
<div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a class="start-date">Feb 14</a></div>
<div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div><div class="timeline-ago">Feb 15</div></div></div></div></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics"
class="more-topics__list"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><div class="topic-list-container"><table
class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th
class="activity num">Activity</th>
</tr></thead><tbody class="topic-list-body">
${dSuggested
  .map(
    ([t, c, r, v, a]) =>
      `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/x" class="title raw-link raw-topic-link">
${t}</a></span><div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="num posts"><span
class="number">${r}</span></td>
<td class="num views"><span class="number">${v}</span></td><td class="num activity"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/dry-curing/5">Dry Curing</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></div></section>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a> <a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a> <a href="/tos">Terms of Service</a> <a href="/privacy">Privacy Policy</a></nav></footer>
<footer class="container wrap"><div class="noscript-footer-nav"><p>Powered by <a href="https://www.discourse.org">Discourse</a>,
best viewed with JavaScript enabled</p>
</div></footer></body></html>`;
const forum: TestPage = {
  name: 'heldout624-discourse-coppa-mould',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p[3]),
  bylines: ['pete_h', 'Feb 14', 'ines_curemaster', 'Feb 15', 'old_smokey'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Dry Curing', 'Reply', 'created', 'last reply', '3', 'replies', '241', 'views', 'users', '1 / 4',
    'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...dSuggested.flatMap((s) => s.filter((t) => t !== 'Dry Curing' && t !== 'Feb 14')),
    'Want to read more? Browse other topics in Dry Curing or view latest topics.', 'Home', 'Categories', 'Guidelines', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const uTitle = 'Labelling cured and smoked meats for market stalls';
const uBody = [
  j(
    'Members who sell cured or smoked products at farmers’ markets, food fairs or from the farm gate often ask what has to go on the',
    'label. This page summarises the rules for prepacked products. It is guidance, not legal advice; check with your local',
    'trading standards office if you are unsure.',
  ),
  'Prepacked or loose?',
  j(
    'A product is prepacked if it is packed before it is offered for sale and the packaging cannot be altered without opening it.',
    'A whole salami in a net, or slices in a sealed tray, are prepacked. Ham sliced to order at the stall is sold loose and needs',
    'only a sign giving the name of the food and any allergens.',
  ),
  'What the label must show',
  'Name of the food Describe what it is, for example “Dry-cured smoked bacon”',
  'Ingredients In descending order of weight, including the curing salts by name',
  'Allergens Emphasised in the ingredient list, for example in bold',
  'Net quantity In grams or kilograms, unless sold by number',
  'Date mark “Use by” for most sliced and hot-smoked products, “best before” for fully dried products',
  'Storage conditions Any special conditions, such as “Keep refrigerated below 5°C”',
  'Name and address Of the business responsible for the food',
  'Health mark or approval number',
  j(
    'If you cut and wrap meat on your own premises and sell it directly to the final consumer, you may not need an approval number.',
    'Once you sell through a shop or a wholesaler you almost certainly will.',
  ),
  'Common mistakes',
  'Writing “smoked” on a product that has only been treated with liquid smoke flavouring.',
  'Using “best before” on a cold-smoked product that needs a “use by” date.',
  'Leaving sodium nitrite or potassium nitrate out of the ingredient list because they are used in small amounts.',
];
const uRows = [4, 5, 6, 7, 8, 9, 10];
const uNav = ['About the Guild', 'Membership', 'Guidance', 'Training', 'Events', 'News'];
const uCrumbs = ['Home', 'Guidance', 'Selling'];
const uSide = ['Approval for small cutting plants', 'HACCP templates for curers', 'Nitrite limits explained'];
const uCell = (t: string): string => {
  const [k, ...v] = t.split(' ');
  const first = ['Name of the food', 'Net quantity', 'Date mark', 'Storage conditions', 'Name and address'].find((h) => t.startsWith(h)) ?? k ?? '';
  return `<td>${first}</td><td>${t.slice(first.length + 1) || v.join(' ')}</td>`;
};
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:24;--color--primary-saturation:60%;--color--primary-lightness:35"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://smallcurers.org.uk/guidance/labelling-market-stalls">
<title>${uTitle} | Guild of Small Curers</title><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Olv3.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/57","currentLanguage":"en"},
"olivero":{"mobileNavButton":true}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Guild of Small Curers</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
id="block-olivero-search-form-narrow"
role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys"
class="form-item__label visually-hidden">
Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search form-element form-element--type-search"></div><div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary
search-form__submit button js-form-submit
form-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span><span class="visually-hidden">
Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(uNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">
${links(uCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title
field--type-string field--label-hidden">${uTitle}</span></h1></div></div><div class="region region--content grid-full
layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="57" class="node
node--type-page node--view-mode-full"><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary
field--label-hidden field__item"><p>${at(uBody, 0)}</p><h2>${at(uBody, 1)}</h2><p>${at(uBody, 2)}</p><h2>${at(uBody, 3)}</h2>
<table><thead><tr><th>Item</th><th>What to show</th></tr></thead><tbody>
${uRows.map((i) => `<tr>${uCell(at(uBody, i))}</tr>`).join('\n')}
</tbody></table><p>${at(uBody, 11)}</p><p>${at(uBody, 12)}</p><h2>${at(uBody, 13)}</h2><ul>
${uBody
  .slice(14)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul></div>
<div class="field field--name-field-last-reviewed field--type-datetime field--label-inline"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2026-11-03T12:00:00Z">3 November 2026</time></div></div></div></article></div></div></div></main>
<aside class="region region--sidebar" role="complementary"><div class="views-element-container block block-views" id="block-related-guidance">
<h2 class="block__title">Related guidance</h2><div class="block__content"><div class="view view-related-guidance"><div
class="view-content"><ul>${links(uSide)}</ul></div>
</div></div></div><div id="block-memberscta" class="block block-block-content"><h2 class="block__title">Not a member yet?</h2><div class="block__content">
<div class="text-content field field--name-body"><p>Members get template labels, HACCP plans and a helpline.
<a href="/membership/join">Join the Guild</a></p></div>
</div></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner
layout--pass--content-medium"><nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation
menu--footer"><h2 class="visually-hidden
block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(['Contact us', 'Privacy', 'Accessibility'])}
</ul></nav></div></div><div class="region region--footer-bottom grid-full layout--pass--content-medium"><div id="block-olivero-powered"
class="block block-system
block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Olv3.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout624-drupal-olivero-labelling',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: [at(uBody, 1), at(uBody, 3), at(uBody, 13)],
  body: texts(uBody.filter((_, i) => ![1, 3, 13].includes(i))),
  bylines: ['Last reviewed', '3 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Guild of Small Curers', 'Menu', 'Search', 'Main navigation', 'Breadcrumb',
    ...uNav.filter((t) => t !== 'Guidance'), 'Home', 'Selling', 'Related guidance', ...uSide,
    'Not a member yet?', 'Members get template labels, HACCP plans and a helpline. Join the Guild', 'Footer', 'Contact us', 'Privacy', 'Accessibility',
    'Powered by Drupal',
  ],
};

export const HELDOUT624_D: readonly TestPage[] = [forum, drupal];
