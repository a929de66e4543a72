import { ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout645-kit.js';

/**
 * Held-out batch 645, file d: a Discourse topic (the server-rendered crawler view) asking about a gala line-up, with its
 * related-topics table, and a trust's news article on Drupal 10 (Olivero) with the h1 outside the node, tags and comments.
 */
const dTitle = 'Hollin Vale spring gala – is 2871 definitely running?';
const dPosts: { user: string; time: string; likes: string; paras: string[] }[] = [
  {
    user: 'tankengine_tom',
    time: 'March 2, 2027,  7:14pm',
    likes: '2 Likes',
    paras: [
      j(
        'Planning a trip up for the Hollin Vale spring gala on the 20th and 21st. The poster shows 2871 but I heard at Corby',
        'Lane last week that she failed her steam test with a leaking tube. Does anyone know if she is still booked?',
      ),
      'It’s a four hour drive for me so I’d rather not go if it’s just the two home fleet tanks.',
    ],
  },
  {
    user: 'Margaret_HVR',
    time: 'March 2, 2027,  9:02pm',
    likes: '5 Likes',
    paras: [
      j(
        'I volunteer in the booking office there. The tube was replaced on Saturday and she passed a re-test on Tuesday, so as',
        'of tonight she is in the gala roster for both days. The roster goes on the website on Friday.',
      ),
      'The visiting engine from Tarnbeck is confirmed as well, so there will be four in steam on the Saturday.',
    ],
  },
  {
    user: 'tankengine_tom',
    time: 'March 3, 2027,  8:30am',
    likes: '',
    paras: ['Brilliant, thanks Margaret. Hotel booked!'],
  },
  {
    user: 'ColinW',
    time: 'March 4, 2027, 12:47pm',
    likes: '1 Like',
    paras: [
      j(
        'Worth knowing that the Sunday timetable has the 2871 turns on the first and last trains only. If you want photos at',
        'Ellerbeck, the 16:05 from Hollin Bridge is the one, the sun is right on the bank by then.',
      ),
    ],
  },
];
const dRel = [
  ['Tarnbeck footplate experience – worth the money?', 'Railways &amp; Lines', 'experiences', '14', '612', 'February 2027'],
  ['Best lineside spots on the Kelsdale &amp; Tarn', 'Photography', 'kelsdale', '9', '401', 'January 2027'],
];
const dCrawlNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const post = (p: (typeof dPosts)[number], i: number): string =>
  `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href="https://forum.heritagesteam.org.uk/u/${p.user}">
<span itemprop="name">${p.user}</span></a></span><link itemprop="mainEntityOfPage"
href="https://forum.heritagesteam.org.uk/t/hollin-vale-spring-gala-is-2871-definitely-running/4821">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-03-02T19:14:07Z" class="post-time">${p.time}</time><meta itemprop="position"
content="${i + 1}"></span></div>
<div class="post" itemprop="text">${ps(p.paras)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount"
content="${p.likes === '' ? 0 : p.likes.split(' ')[0]}">
${p.likes === '' ? '' : `<span class="post-likes">${p.likes}</span>`}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Railways &amp; Lines - Heritage Steam Forum</title>
<meta name="description" content="Planning a trip up for the Hollin Vale spring gala on the 20th and 21st."><meta name="generator"
content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="icon" type="image/png" href="https://forum.heritagesteam.org.uk/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color" media="all"
content="#ffffff">
<link href="/stylesheets/color_definitions_base__1_4c2e.css?__ws=forum.heritagesteam.org.uk" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_5ba1.css?__ws=forum.heritagesteam.org.uk" media="all" rel="stylesheet" data-target="desktop">
<link rel="canonical" href="https://forum.heritagesteam.org.uk/t/hollin-vale-spring-gala-is-2871-definitely-running/4821"><meta property="og:site_name"
content="Heritage Steam Forum">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.heritagesteam.org.uk",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.heritagesteam.org.uk/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">
<img src="https://forum.heritagesteam.org.uk/uploads/default/original/1X/hsf-logo.png" alt="Heritage Steam Forum" id="site-logo"
style="max-width: 150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/hollin-vale-spring-gala-is-2871-definitely-running/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/railways-lines/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Railways &amp; Lines</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-category"><div class="discourse-tags list-tags"><a href="https://forum.heritagesteam.org.uk/tag/hollin-vale" class="discourse-tag"
rel="tag">hollin-vale</a>,
<a href="https://forum.heritagesteam.org.uk/tag/galas" class="discourse-tag" rel="tag">galas</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}"><link itemprop="url" href="/t/4821">
${dPosts.map(post).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, c, tag, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="https://forum.heritagesteam.org.uk/t/x/${4700 + i}"
class="title raw-link raw-topic-link">${t}</a></span>
<div class="link-bottom-line"><a href="/c/x/${i + 5}" class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name">${c}</span></span></a><div class="discourse-tags"><a href="/tag/${tag}"
class="discourse-tag">${tag}</a></div></div></td>
<td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views"><span class="views" title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${dCrawlNav
  .map(
    (n, i) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/${i === 0 ? '' : n.toLowerCase().replace(/ /g, '-')}" itemprop="url">${n} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div class="buorg"><div>Unfortunately, <a href="https://www.discourse.org/faq/#browser">your browser is unsupported</a>. Please
<a href="https://browsehappy.com">switch to a supported browser</a> to view rich content, log in and reply.</div></div>
<footer id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = gold({
  name: 'heldout645-discourse-gala-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: [...dPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')]), ...dRel.map((r) => r[5] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Railways & Lines', 'hollin-vale', 'galas', ...dPosts.map((p) => p.likes).filter((l) => l !== ''), 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity',
    ...texts(dRel.flatMap((r) => r.slice(0, 5))), ...dCrawlNav,
    'Unfortunately, your browser is unsupported. Please switch to a supported browser to view rich content, log in and reply.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const oTitle = 'Heritage grant secures the future of the Wenn carriage shed';
const oP = [
  j(
    'The Garrowby &amp; Wenn Light Railway Trust has been awarded £412,000 by the National Heritage Buildings Fund to repair',
    'and extend the timber carriage shed at Wenn, the oldest surviving building on the line.',
  ),
  j(
    'The shed was put up by the original railway company in 1902 and has housed the line’s coaches ever since. Its roof',
    'trusses are rotten at the wall plates, and the trust had warned that it could not be used after 2028 without major work.',
  ),
  j(
    'The grant will pay for new roof trusses in matching pitch pine, a new slate roof, and a two-road extension at the',
    'east end so that all eleven of the railway’s historic carriages can be kept under cover for the first time.',
  ),
  j(
    '“Carriages left outside in the Wenn valley lose a year of their life every winter,” said trust chair Anne Ruddock.',
    '“This grant means the coaches our visitors ride in will still be here for their grandchildren.”',
  ),
  j(
    'Work is due to start in September, after the summer timetable ends, and to finish in spring 2029. The shed will open to',
    'visitors on heritage open days during the work, and volunteers are wanted to help record the old structure before it is taken apart.',
  ),
];
const oNav = ['Home', 'Visit', 'Timetable', 'News', 'Get involved', 'Donate'];
const oTags = ['Carriage shed', 'Grants', 'Wenn'];
const oComments = [
  {
    id: 31,
    user: 'Dave Tillotson (not verified)',
    time: 'Mon, 03/08/2027 - 14:22',
    subject: 'Brilliant news',
    text: 'Brilliant news. Count me in for the recording work, I did the survey of the goods shed at Garrowby in 2015.',
  },
  {
    id: 32,
    user: 'June Pell (not verified)',
    time: 'Tue, 03/09/2027 - 09:05',
    subject: 'Will the shed be open',
    text: 'Will the shed be open to visitors on normal running days once it is finished?',
  },
];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.gwlr.org.uk/news/heritage-grant-secures-future-wenn-carriage-shed">
<title>${oTitle} | Garrowby &amp; Wenn Light Railway</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yq2v4kP8e.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdjEEKwzAMBD_">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner" aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span><span class="visually-hidden">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Garrowby &amp; Wenn Light Railway</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys"
class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys"
name="keys" class="form-search form-element form-element--type-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary search-form__submit button js-form-submit form-submit" type="submit" value="Search">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">
${oNav
  .map(
    (n) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${n.toLowerCase().replace(/ /g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${n}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="214" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><div class="node__author-image"><article class="profile"></article></div><span>By <span
class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Helen Marsh</span></span></span>, <span class="field field--name-created field--type-created field--label-hidden"><time
datetime="2027-03-08T10:00:00+00:00" title="Monday, March 8, 2027 - 10:00"
class="datetime">8 March, 2027</time></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2027-03/wenn-shed.jpg" width="1200" height="800"
alt="The timber carriage shed at Wenn"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(oP)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${oTags
  .map(
    (t, i) => `<li class="field--tags__item"><a href="/taxonomy/term/${i + 4}"
hreflang="en">${t}</a></li>`,
  )
  .join('')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${oComments
  .map(
    (c) => `<article data-comment-user-id="0" id="comment-${c.id}" class="comment js-comment by-anonymous"><span class="hidden"
data-comment-timestamp="1804515720"></span>
<div class="comment__picture-wrapper"><div class="comment__picture"></div></div><div class="comment__text-wrapper"><footer class="comment__meta">
<p class="comment__author"><span>${c.user}</span></p><p class="comment__time">${c.time}</p></footer><div class="comment__content">
<h3><a href="/comment/${c.id}#comment-${c.id}" class="permalink" rel="bookmark" hreflang="en">${c.subject}</a></h3>
<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${c.text}</p></div></div>
<ul class="links inline comment__links"><li class="comment-reply"><a
href="/comment/reply/node/214/comment_node_article/${c.id}">Reply</a></li></ul></div></article>`,
  )
  .join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-node-article-form comment-form"
action="/comment/reply/node/214/comment_node_article" method="post">
<div class="js-form-item form-item"><label for="edit-name" class="form-item__label">Your name</label><input type="text" id="edit-name" name="name"
class="form-text form-element"></div>
<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="form-item__label form-required">Comment</label><textarea
id="edit-comment-body-0-value" name="comment_body[0][value]"></textarea></div>
<div class="form-actions"><input type="submit" id="edit-submit" value="Save" class="button button--primary js-form-submit form-submit"></div></form></section>
</div></article></div></div></div></main></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block">
<div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a
href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = gold({
  name: 'heldout645-drupal-olivero-grant-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oP),
  bylines: ['By Helen Marsh', '8 March, 2027', ...oComments.flatMap((c) => [c.user, c.time])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'Garrowby & Wenn Light Railway', 'Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb', 'Tags', ...oTags,
    'Comments', ...oComments.flatMap((c) => [c.subject, c.text]), 'Reply', 'Add new comment', 'Your name', 'Comment', 'RSS feed', 'Powered by Drupal',
  ],
});

export const HELDOUT645_D: readonly TestPage[] = [discourse, drupal];
