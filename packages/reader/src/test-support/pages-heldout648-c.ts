import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout648-kit.js';

/**
 * Held-out batch 648, file c: a ballet school's auditions news article on Drupal 10 (Olivero theme, with tags and
 * comments), and a salsa forum thread on Discourse as served to a browser without JavaScript (crawler view).
 */
const dTitle = 'Auditions open for the 2027 Pre-Professional Programme';
const dBody = [
  j(
    'Northgate Ballet School is inviting applications for its full-time Pre-Professional Programme, which takes up to fourteen',
    'students aged 15 to 17 each year. Auditions will be held at our Calder Street studios on Saturday 6 and Sunday 7 February 2027.',
  ),
  j(
    'The programme offers daily classical technique, pointe and pas de deux, contemporary, and repertoire coached by guest',
    'artists, alongside academic study with our partner sixth-form college. Students perform in two full-length productions',
    'a year at the Alderton Playhouse.',
  ),
  'How to apply',
  'a completed application form, signed by a parent or guardian',
  'two photographs: first arabesque and a pointe tendu à la seconde',
  'a short letter from your current ballet teacher',
  'the audition fee of £35, which is waived for families receiving free school meals',
  j('The closing date is Friday 8 January 2027. Shortlisted candidates will be sent a time slot and a warm-up schedule by', '18 January.'),
  'On the day',
  j(
    'Each audition lasts about three hours: a barre, centre work, allegro and, for those who are ready, a short pointe section.',
    'Candidates will then have a brief conversation with the artistic director, Ilse Brandvold, and a physiotherapy screening.',
  ),
  j(
    '"We are looking for potential, not polish," said Ms Brandvold. "Some of our most successful graduates arrived with very',
    'little pointe experience but a real hunger to learn."',
  ),
  'Bursaries',
  j(
    'Means-tested bursaries covering up to 90% of fees are available through the Hepworth Dance Trust. Families should tick',
    'the bursary box on the application form and will be contacted separately after the audition.',
  ),
];
const dNav = ['Home', 'About the School', 'Junior Associates', 'Programmes', 'News', 'Support Us'];
const dComments: [string, string, string][] = [
  ['harriet_w', 'Tue, 14/04/2026 - 18:02', 'Is there a separate date for candidates who live overseas? We are in Norway.'],
  ['Northgate Admissions', 'Wed, 15/04/2026 - 09:15', 'Yes, overseas candidates can send a video audition. Please email admissions for the guidelines.'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="description" content="Applications are now open for full-time ballet training for students aged 15 to 17.">
<link rel="canonical" href="https://www.northgateballet.org.uk/news/auditions-open-2027-pre-professional-programme">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${dTitle} | Northgate Ballet School</title>
<link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Q2n9f0a1nH3z.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdjEEKwzAMBD_kWE8KSrJRHWTLKKLQ1_fUQ-kxhmGkXhEo">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Northgate Ballet School</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul>
</nav>
<div class="search-block-form block block-search-wide" data-drupal-selector="search-block-form-2" id="block-olivero-search-form-wide" role="search">
<button class="block-search-wide__button" aria-label="Search Form" data-drupal-selector="block-search-wide-button"><span
class="block-search-wide__button-close"></span></button>
<div class="block-search-wide__wrapper" data-drupal-selector="block-search-wide-wrapper" tabindex="-1"><div class="block-search-wide__container"><div
class="block-search-wide__grid grid-full">
<form action="/search/node" method="get" id="search-block-form--2" accept-charset="UTF-8" class="search-form search-block-form"><div
class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label">
<label for="edit-keys--2" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys--2" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search form-element--api-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input
class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit--2"
value="Search"></div></form></div></div></div></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(['Home', 'News'], 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<article data-history-node-id="48" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Miriam Oduya</span></span></span>,
<span class="field field--name-created field--type-created field--label-hidden">14 April, 2026</span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2026-04/studio-3.jpg" width="1200" height="675" alt="Students at the barre in Studio 3"
class="image-style-wide"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 2))}
<h2>${at(dBody, 2)}</h2><p>Send the following to admissions@northgateballet.org.uk:</p>
<ul>${lis(dBody.slice(3, 7))}</ul>
${ps([at(dBody, 7)])}
<h2>${at(dBody, 8)}</h2>${ps(dBody.slice(9, 11))}
<h2>${at(dBody, 11)}</h2>${ps([at(dBody, 12)])}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">${links(['Auditions', 'Vocational training'])}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${dComments
  .map(
    ([u, d, c], i) => `<article data-comment-user-id="${i + 7}" id="comment-${i + 21}" class="comment js-comment by-anonymous"><span class="hidden"
data-comment-timestamp="1776186120"></span>
<div class="comment__picture-wrapper"><div class="comment__picture"></div></div><div class="comment__text-wrapper"><footer class="comment__meta">
<p class="comment__author"><span>${u}</span></p><p class="comment__time">${d}</p></footer>
<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item">
<p>${c}</p></div>
<ul class="links inline comment__links"><li><a href="/comment/reply/node/48/comment/${i + 21}">Reply</a></li></ul></div></div></article>`,
  )
  .join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><p>Comments are moderated and will appear once approved.</p></section>
</div></article></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block">
<div class="block-content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full layout--pass--content-medium"><div
class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="block__title" id="block-olivero-footer-menu">Northgate Ballet School</h2><ul
class="menu">${links(['Safeguarding', 'Accessibility', 'Privacy notice'], 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full layout--pass--content-medium"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/core/themes/olivero/js/navigation-utils.js?v=10.2.5"></script></body>
</html>`;
const oliveroAuditions: TestPage = {
  name: 'heldout648-ballet-auditions-olivero',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [at(dBody, 2), at(dBody, 8), at(dBody, 11)],
  body: texts([...dBody.slice(0, 2), 'Send the following to admissions@northgateballet.org.uk:', ...dBody.slice(3, 8), ...dBody.slice(9, 11), at(dBody, 12)]),
  bylines: ['Miriam Oduya', '14 April, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Main navigation', 'Home', 'About the School', 'Junior Associates', 'Programmes', 'News', 'Support Us',
    'Search', 'Breadcrumb', 'Tags', 'Vocational training', 'Comments', ...dComments.flat(), 'Reply', 'Add new comment',
    'Comments are moderated and will appear once approved.', 'RSS feed', 'Safeguarding', 'Accessibility', 'Privacy notice', 'Powered by Drupal',
  ],
};

const fTitle = 'On1 or On2 for a complete beginner?';
const fPosts: [string, string, string[]][] = [
  [
    'jonty_steps',
    'February 2, 2026,  7:04pm',
    [
      j(
        'I have signed up for a ten-week beginners course starting next month and the school teaches both On1 and On2. The',
        'receptionist said it is up to me. I have no dance background at all. Which one should I pick, and does it matter later?',
      ),
    ],
  ],
  [
    'ritmo_rosa',
    'February 2, 2026,  8:31pm',
    [
      j(
        'Start with whatever most people at your local socials dance. Around here that is On1, so you will get far more dances',
        'in your first year. On2 is lovely but it is easier to learn once you can already hear the clave.',
      ),
      'You can switch later. Almost everyone I know who dances On2 started On1.',
    ],
  ],
  [
    'MarcoDelValle',
    'February 3, 2026,  9:12am',
    [
      j(
        'Teacher here. I would add: pick the teacher, not the count. A good On1 class where you actually learn to lead or follow',
        'is worth far more than the "right" timing taught badly.',
      ),
    ],
  ],
  ['jonty_steps', 'February 5, 2026, 10:47pm', ['Thanks both. Went to the first On1 class tonight and loved it. Sticking with it!']],
];
const fRelated: [string, string, string][] = [
  ['How long before I could go to a social?', '14', '388'],
  ['Shoes for a wooden floor vs a sticky one', '9', '201'],
];
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>On1 or On2 for a complete beginner? - Beginners - Salsa Floor Forum</title>
<meta name="description" content="I have signed up for a ten-week beginners course starting next month and the school teaches both On1 and On2.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3d1f2c4b"><link rel="icon" type="image/png"
href="https://forum.salsafloor.net/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.salsafloor.net/t/on1-or-on2-for-a-complete-beginner/412"><link rel="search"
type="application/opensearchdescription+xml" href="https://forum.salsafloor.net/opensearch.xml" title="Salsa Floor Forum Search">
<link href="/stylesheets/color_definitions_base__3_4c1a.css?__ws=forum.salsafloor.net" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_3d1f2c4b.css?__ws=forum.salsafloor.net" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Salsa Floor Forum"><meta property="og:type" content="website"><meta property="og:title" content="${fTitle}">
<meta property="article:published_time" content="2026-02-02T19:04:11+00:00"><meta property="article:section" content="Beginners">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.salsafloor.net",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.salsafloor.net/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<link rel="preload" href="/assets/start-discourse-d4c3b2a1.js" as="script" nonce="Kf0sL2x"></head>
<body class="crawler "><header><a href="/">Salsa Floor Forum</a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/on1-or-on2-for-a-complete-beginner/412">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/beginners/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #E45735'></span><span
class='badge-category clear-badge'>
<span class='category-name' itemprop='name'>Beginners</span></span></a><meta itemprop="position" content="1" /></span></div></div>
${fPosts
  .map(
    ([u, d, ps_], i) => `<div id='post_${i + 1}'
${i === 0 ? "itemscope itemtype='http://schema.org/DiscussionForumPosting'" : "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"}
class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href='https://forum.salsafloor.net/u/${u}'><span itemprop='name'>${u}</span></a></span>
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-02-0${i < 2 ? 2 : i + 1}T19:04:11Z' class='post-time'>${d}</time><meta
itemprop='dateModified' content='2026-02-02T19:04:11Z'>
<span itemprop='position'>#${i + 1}</span></span></div>
<div class='post' itemprop='text'>${ps(ps_)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${4 - i}" />
<span class='post-likes'>${4 - i} ${4 - i === 1 ? 'Like' : 'Likes'}</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th></tr></thead><tbody>
${fRelated
  .map(
    ([t, r, v], i) => `<tr class="topic-list-item" id="topic-list-item-${430 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${430 + i}'
class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/beginners/5' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #E45735'></span>
<span class='badge-category clear-badge'><span class='category-name'>Beginners</span></span></a></div></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) =>
      `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}'
itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer><div id="noscript-footer"><p class='powered-by-link'>Powered by <a
href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourseThread: TestPage = {
  name: 'heldout648-salsa-on1-on2-discourse',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap(([, , p]) => p)),
  bylines: [...new Set(fPosts.flatMap(([u, d]) => [u, d.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Salsa Floor Forum', '#1', '#2', '#3', '#4', '4 Likes', '3 Likes', '2 Likes', '1 Like', 'Related topics', 'Topic', 'Replies', 'Views',
    ...fRelated.flat(), 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT648_C: readonly TestPage[] = [oliveroAuditions, discourseThread];
