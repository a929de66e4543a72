import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout552-kit.js';

/**
 * Held-out batch 552, file c: a snooker club's news item on Drupal 10 with the Olivero theme (sidebar block, tags, comments
 * under it), and a pool league forum thread on Discourse as its crawler view serves it (posts, likes, related topics).
 */
const oTitle = 'Club closed 3 to 9 November while the tables are recovered';
const oBody = [
  j(
    'The club will be closed from Monday 3 November to Sunday 9 November while all six snooker tables are fitted with new cloth',
    'and cushion rubbers. We reopen at 11am on Monday 10 November.',
  ),
  j(
    'The cloths on tables one to four are now eight years old and have worn thin around the baulk line and the black spot. Members',
    'have also told us the cushions on table two have gone dead, and the fitters have confirmed that the rubbers need replacing.',
  ),
  'The work is paid for from the table fund, so there is no change to table rates or membership fees this season.',
];
const oList = [
  'new 6811 tournament cloth on all six tables',
  'new cushion rubbers on tables one, two and five',
  'levelling of every bed, and new pocket leathers where needed',
];
const oLeague = [
  j(
    'League matches due to be played at the club that week have been moved. The Monday night Division One games will be played at',
    'the Ropery Rooms, who have kindly offered us two tables, and the Thursday pool matches are postponed to 20 November.',
  ),
  'Lockers will be open on Saturday 8 November between 10am and 1pm if you need to collect a cue.',
];
const oComments = [
  ['Jim Tarrant', 'Tue, 28/10/2025 - 09:12', 'About time on table two! Will the match room table be done as well?'],
  ['Pete Marsh', 'Tue, 28/10/2025 - 10:40', 'Yes Jim, the match room table is one of the six, it will be done on the Monday.'],
];
const oNav = ['Home', 'News', 'Leagues', 'Membership', 'Coaching', 'Contact'];
const oFoot = ['Find us', 'Privacy policy', 'Club rules'];
const oComment = (c: readonly string[], i: number): string => `<article data-comment-user-id="${i + 4}" id="comment-${31 + i}" class="comment js-comment">
<div class="comment__picture-wrapper"><div class="comment__picture"><img class="comment__picture-image" src="/core/themes/olivero/images/placeholder.png"
alt="" width="100" height="100"></div></div><div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author">
<span>${c[0]}</span></p><p class="comment__time">${c[1]}</p></footer><div class="comment__content"><div class="text-content clearfix field
field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${c[2]}</p></div></div></div></article>`;
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:140;--color--primary-saturation:40%;--color--primary-lightness:30"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.castlegatesnooker.org.uk/news/club-closed-3-9-november">
<title>${oTitle} | Castlegate Snooker Club</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xo3qK8vJ1bq9.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxt">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"user":{"uid":0,"permissionsHash":"3f1d"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Castlegate Snooker Club</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search form-element--api-search"></div><div data-drupal-selector="edit-actions" class="form-actions">
<button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit"
value="Search"><span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list">${links(['Home', 'News'], 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="214" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Pete Marsh</span></span></span>
<span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden">Mon, 27/10/2025 - 18:05</span></span></div>
</header><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oBody)}
<h2>What the fitters will do</h2><ul>${lis(oList)}</ul>
<h2>League matches that week</h2>
${ps(oLeague)}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3
class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(['Club news', 'Tables'], 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${oComments.map(oComment).join('\n')}
<ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/node/214%23comment-form">Log in</a> or
<a href="/user/register?destination=/node/214%23comment-form">register</a> to post comments</li></ul></section></div></article></div></div></div></main>
<aside class="site-sidebar region region--sidebar"><div id="block-openinghours" class="block block-block-content"><h2 class="block__title">Opening hours</h2>
<div class="block__content"><div class="text-content clearfix field field--name-body"><p>Mon to Fri, 11am to 11pm</p><p>Sat and Sun, 10am to midnight</p></div>
</div></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav id="block-olivero-footer" class="block block-menu navigation menu--footer" role="navigation"><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav>
</div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_a8Gq2l.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalNews: TestPage = tidy({
  name: 'heldout552-drupal-olivero-snooker-club-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: ['What the fitters will do', 'League matches that week'],
  body: [...oBody, ...oList, ...oLeague],
  bylines: ['By Pete Marsh', 'Mon, 27/10/2025 - 18:05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Castlegate Snooker Club', 'Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb', 'Tags', 'Club news', 'Tables',
    'Comments', ...oComments.flat(), 'Log in or register to post comments', 'Opening hours', 'Mon to Fri, 11am to 11pm', 'Sat and Sun, 10am to midnight',
    ...oFoot, 'Powered by Drupal',
  ],
});

const fTitle = 'Ball in hand after a foul break: can you hit the black first?';
const fPosts: [string, string, string[], string][] = [
  [
    'deano_84',
    'February 11, 2025,  7:02pm',
    [
      j(
        'Bit of a row at the Mill last night. Their player fouled on the break (cue ball went in), so I had two visits with ball in hand.',
        'The table was still open and I played straight at the black to knock it off the cushion. They called a foul.',
      ),
      'Their captain said you can never hit the black first on an open table. Our lot said you can with a free shot. Who is right?',
    ],
    '2 Likes',
  ],
  [
    'Sue_Pengelly',
    'February 11, 2025,  8:30pm',
    [
      'You were right, as long as it was the first shot of your first visit. The rule in our book says:',
      j(
        'Rule 9.3: Following a foul, the incoming player has a free shot on the first visit and may play any ball first, including the',
        'black, without penalty. This applies whether or not groups have been decided.',
      ),
      j(
        'So on the first shot after their foul break, hitting the black first was fine. On your second shot of that visit, or on your',
        'second visit, it would have been a foul because the table was still open.',
      ),
      'If the frame was awarded to them because of it, your captain can put in a written complaint within seven days.',
    ],
    '5 Likes',
  ],
  ['deano_84', 'February 11, 2025,  8:47pm', ['Cheers Sue. It was my first shot, so I’ll get our captain to write in.'], ''],
  [
    'mattb',
    'February 12, 2025,  9:15am',
    [
      j(
        'Worth saying the free shot only covers what you hit first. If you had potted the black on that shot it would still have been',
        'loss of frame. I have seen that one argued about more than once.',
      ),
    ],
    '3 Likes',
  ],
  [
    'Sue_Pengelly',
    'February 12, 2025, 10:02am',
    ['Good point, Matt. Potting the black before your group is cleared loses the frame, free shot or not.'],
    '1 Like',
  ],
];
const fRelated = [
  ['Does a push out exist in our rules?', '6', '184', 'Jan 2025'],
  ['Score sheet sent late: do we lose the points?', '9', '302', 'Nov 2024'],
  ['Touching a ball while bridging', '4', '97', 'Dec 2024'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fPost = (p: [string, string, string[], string], i: number): string => `<div id='post_${i + 1}' itemprop='comment' itemscope
itemtype='http://schema.org/Comment' class='topic-body crawler-post'><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope
itemtype="http://schema.org/Person"><a itemprop="url" rel='nofollow' href='https://forum.northvalepool.co.uk/u/${p[0]}'><span itemprop='name'>${p[0]}</span></a>
</span><span class="crawler-post-infos"><time datetime='2025-02-11T19:02:33Z' class='post-time'>${p[1]}</time><meta itemprop='dateModified'
content='2025-02-11T19:02:33Z'><span itemprop='position'>${i + 1}</span></span></div><div class='post' itemprop='text'>
${p[2].map((t) => (t.startsWith('Rule 9.3') ? `<blockquote>\n<p>${t}</p>\n</blockquote>` : `<p>${t}</p>`)).join('\n')}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p[3].replace(/\D/g, '') || '0'}" />
${p[3] === '' ? '' : `<span class='post-likes'>${p[3]}</span>`}</div></div>`;
const fRow = (r: readonly string[]): string => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='1'><span class="link-top-line"><a itemprop='url' href='/t/412'
class='title raw-link raw-topic-link'>${r[0]}</a></span><div class="link-bottom-line"><a href='/c/rules/6' class='badge-wrapper bullet'>
<span class='badge-category-bg' style='background-color: #0E76BD'></span><span class='badge-category clear-badge'><span class='category-name'>Rules
&amp; Disputes</span></span></a></div></td><td class="replies"><span class='posts' title='posts'>${r[1]}</span></td><td class="views">
<span class='views' title='views'>${r[2]}</span></td><td>${r[3]}</td></tr>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Rules &amp; Disputes - North Vale Pool League Forum</title>
<meta name="description" content="Bit of a row at the Mill last night."><meta name="generator"
content="Discourse 3.4.0 - https://github.com/discourse/discourse">
<link rel="icon" type="image/png" href="https://forum.northvalepool.co.uk/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.northvalepool.co.uk/t/ball-in-hand-after-a-foul-break-can-you-hit-the-black-first/412">
<link href="/stylesheets/color_definitions_light_1_2_5d1e.css?__ws=forum.northvalepool.co.uk" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_3f8b.css?__ws=forum.northvalepool.co.uk" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="North Vale Pool League Forum"><meta property="og:type" content="website">
<meta property="og:title" content="${fTitle}"><meta property="article:section" content="Rules &amp; Disputes">
<meta name="twitter:label1" value="Reading time"><meta name="twitter:data1" value="2 mins 🕑"></head>
<body class="crawler "><header><a href="/"><img src="https://forum.northvalepool.co.uk/uploads/default/original/1X/logo.png" alt="North Vale Pool League Forum"
id="site-logo" style="max-width: 150px;"></a></header><div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/ball-in-hand-after-a-foul-break-can-you-hit-the-black-first/412">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/rules/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Rules &amp; Disputes</span></span></a><meta itemprop="position"
content="1" />
</span></div><div class="topic-category"><div class='discourse-tags list-tags'><a href='https://forum.northvalepool.co.uk/tag/fouls'
class='discourse-tag' rel="tag">fouls</a>, <a href='https://forum.northvalepool.co.uk/tag/blackball-rules' class='discourse-tag'
rel="tag">blackball-rules</a></div>
</div></div><div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${fTitle}'>
<link itemprop='url' href='https://forum.northvalepool.co.uk/t/ball-in-hand-after-a-foul-break-can-you-hit-the-black-first/412'>
<meta itemprop='datePublished' content='2025-02-11T19:02:33Z'><meta itemprop='articleSection' content='Rules &amp; Disputes'>
${fPosts.map(fPost).join('\n')}
</div><div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${fRelated.map(fRow).join('\n')}</tbody></table></div></div>
</div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${fFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourseThread: TestPage = tidy({
  name: 'heldout552-discourse-pool-rules-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p[2]),
  bylines: fPosts.flatMap((p) => [p[0], texts([p[1]])[0] ?? '']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rules & Disputes', 'fouls', 'blackball-rules', ...fPosts.map((p) => p[3]).filter((t) => t !== ''), '1', '2', '3', '4', '5', 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity', ...fRelated.flat(), ...fFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT552_C: readonly TestPage[] = [drupalNews, discourseThread];
