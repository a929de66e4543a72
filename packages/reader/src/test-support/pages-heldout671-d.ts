import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout671-kit.js';

/**
 * Held-out batch 671, file d: a community farm's "how a veg share works" page on Drupal 10 (Olivero theme) with a FAQ and a
 * sidebar, and a Discourse forum thread comparing veg box schemes.
 */
const aTitle = 'How a veg share works';
const aBody = [
  j(
    'Ashby Wold Community Farm is owned by its members. Instead of buying a box each week, you buy a share of the harvest for the',
    'season, from May to the end of February, and collect it every Friday from the farm or one of three pick-up points.',
  ),
  'Choosing a share',
  'Half share: enough veg for one or two people, £9 a week',
  'Full share: enough for a household of three to five, £16 a week',
  'Solidarity share: pay what you can, funded by members who pay a little extra',
  j(
    'Payment is monthly by standing order. Because we share the risk of a bad season with our growers, the amount in each share',
    'goes up and down with the weather; the price does not.',
  ),
  'Work mornings',
  j(
    'Members are asked, but not required, to help on four mornings a season. Work mornings run on the first Saturday of each',
    'month from 9am to noon and end with soup in the barn. No experience is needed and children are welcome.',
  ),
  'Frequently asked questions',
  'Can I pause my share while I am on holiday?',
  j(
    'Yes. Tell us by the Monday before and a friend can collect in your place, or we will give your share to the Ashby food',
    'bank. We cannot refund weeks you miss.',
  ),
  'What if I do not like something in the share?',
  'Leave it in the swap crate at the pick-up point and take something else from it.',
];
const aHeadIdx = [1, 6, 8, 9, 11];
const aNav = ['About the farm', 'Join', 'Volunteer', 'Events', 'News', 'Contact'];
const aCrumbs = ['Home', 'Join'];
const aSide = ['Membership form', 'Pick-up points', 'Share prices explained'];
const aHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:118;--color--primary-saturation:32%;--color--primary-lightness:34"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.ashbywold.org.uk/join/how-a-veg-share-works">
<title>${aTitle} | Ashby Wold Community Farm</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero5kPz.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/41"},"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container"><div id="block-olivero-site-branding"
class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">Ashby Wold Community Farm</a></div></div></div></div><div class="header-nav-overlay"
data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(aNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}
</ul></nav><div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search">
<form action="/search/node" method="get" id="search-block-form"><div class="js-form-item form-item"><label for="edit-keys"
class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"></div></form></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${links(aCrumbs, 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title
field--type-string field--label-hidden">${aTitle}</span></h1></div></div><div class="region region--content grid-full layout--pass--content-medium"
id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="41" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([aBody[0] ?? ''])}
<h2>${aBody[1]}</h2><ul>${lis(aBody.slice(2, 5))}</ul>${ps([aBody[5] ?? ''])}
<h2>${aBody[6]}</h2>${ps([aBody[7] ?? ''])}
<h2>${aBody[8]}</h2><h3>${aBody[9]}</h3>${ps([aBody[10] ?? ''])}<h3>${aBody[11]}</h3>${ps([aBody[12] ?? ''])}
</div></div></article></div></div></div></main>
<div class="region region--sidebar"><div class="block block-block-content block-block-content7c1e"><h2 class="block__title">Ready to join?</h2>
<div class="block__content"><div class="text-content field field--name-body"><ul>${links(aSide)}</ul></div></div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<div class="block block-block-content"><div class="block__content"><div class="text-content field field--name-body"><p>Ashby Wold Community Farm Ltd is a
community benefit society, registered number 8123.</p></div></div></div></div><div class="region region--footer-bottom grid-full">
<div class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div><script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/core/themes/olivero/js/navigation-utils.js?v=10.3.2"></script>
</body></html>`;
const ashby: TestPage = {
  name: 'heldout671-drupal-veg-share',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aHeadIdx.map((i) => aBody[i] ?? ''),
  body: texts(aBody.filter((_, i) => !aHeadIdx.includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Main navigation', ...aNav, 'Search', 'Breadcrumb', 'Home',
    'Ready to join?', ...aSide, 'Ashby Wold Community Farm Ltd is a community benefit society, registered number 8123.', 'Powered by Drupal',
  ],
};

const dTitle = 'Switched veg box schemes after six years – was it worth it?';
const dPosts: { user: string; date: string; paras: string[] }[] = [
  {
    user: 'parsnip_pete',
    date: 'Feb 11',
    paras: [
      j(
        'After six years with one of the big national box companies I moved to a local farm scheme in the autumn. Thought I would',
        'write up how it has gone, since a few people asked in the other thread.',
      ),
      j(
        'Good: the veg is noticeably fresher (kale that lasts a week in the fridge!), the farm picks up the boxes for reuse and the',
        'price is about the same. Less good: no choosing, no swaps, and in January it was a lot of roots.',
      ),
      'Anyone else made the jump? Would you go back?',
    ],
  },
  {
    user: 'MeadowSweet',
    date: 'Feb 11',
    paras: [
      j(
        'Same move here two years ago. The lack of swaps bothered me for about a month, then I started enjoying it. I cook things',
        'I would never have bought, and I waste less because I plan meals around the box instead of the other way round.',
      ),
    ],
  },
  {
    user: 'kh_allotment',
    date: 'Feb 12',
    paras: [
      j(
        'I went back, honestly. Our local scheme only delivered on Thursdays and we are out all day, so the box sat on the step.',
        'Worth checking the delivery arrangements before you sign up, not just the veg.',
      ),
      'Ours now leaves it in a cool box with the neighbours, which helps.',
    ],
  },
  {
    user: 'parsnip_pete',
    date: 'Feb 13',
    paras: ['Good point on delivery. Ours comes Tuesday evening, which is perfect for us. Sounds like it depends a lot on the farm.'],
  },
];
const dBody = dPosts.flatMap((p) => p.paras);
const dUsers = [...new Set(dPosts.map((p) => p.user))];
const dDates = [...new Set(dPosts.map((p) => p.date))];
const dPost = (p: { user: string; date: string; paras: string[] }, n: number): string => `<div class="topic-post clearfix regular" id="post_${n}">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${8800 + n}" data-topic-id="1207" data-user-id="${300 + n}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar"
href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"><img alt="" width="48" height="48"
src="/user_avatar/forum.growyourown.community/${p.user}/96/12.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/switched-veg-box-schemes/1207/${n}"><span title="${p.date}, 2027 8:14 pm" data-time="1802290000000"
class="relative-date">${p.date}</span>
</a></div></div></div><div class="regular contents"><div class="cooked">${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions"><button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post" title="like this post"></button>
<button class="widget-button btn-flat share no-text btn-icon" aria-label="copy a link to this post" title="share"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" aria-label="Begin composing a reply to this post" title="Begin composing a reply">
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Veg boxes &amp; local food - Grow Your Own Commons</title>
<meta name="description" content="After six years with one of the big national box companies I moved to a local farm scheme in the autumn.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3d2b"><link rel="canonical"
href="https://forum.growyourown.community/t/switched-veg-box-schemes/1207">
<link href="/stylesheets/desktop_8d1e.css?__ws=forum.growyourown.community" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"parsnip_pete"}}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.growyourown.community" data-environment="production" data-disable-custom-css="false">
</head><body class="crawler"><div id="main-outlet-wrapper" class="wrap" role="main"><header class="d-header"><div class="wrap"><div class="contents">
<div class="title"><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Grow Your Own Commons" id="site-logo"></a></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-icon-text" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button">
<span class="d-button-label">Log In</span></button></span></div></div></div></header>
<div id="main-outlet" class="wrap"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1207"><a href="/t/switched-veg-box-schemes/1207"
class="fancy-title">${dTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/local-food/9"><span data-category-id="9"
class="badge-category --style-square" style="--category-badge-color: #6B8E23;"><span class="badge-category__name">Veg boxes &amp; local food</span></span></a>
<div class="list-tags"><a href="/tag/veg-box" class="discourse-tag simple" data-tag-name="veg-box">veg-box</a></div></div></div></div>
<div class="container posts"><section class="topic-area" id="topic" data-topic-id="1207"><div class="posts-wrapper">
${dPosts.map((p, i) => dPost(p, i + 1)).join('\n')}
</div></section><div class="topic-map"><section class="map"><ul><li><h4 role="presentation">created</h4><span>Feb 11</span></li><li>
<h4 role="presentation">replies</h4><span class="number">3</span></li><li><h4 role="presentation">views</h4><span class="number">212</span></li></ul></section>
</div>
<div id="suggested-topics" class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><tbody>
<tr class="topic-list-item"><td class="main-link"><a href="/t/what-to-do-with-a-glut-of-courgettes/1180" class="title raw-link raw-topic-link">What to do with
a glut of courgettes</a></td><td class="num posts-map posts">14</td></tr></tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li>
<li><a href="/guidelines">Guidelines</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav></footer>
<footer class="container wrap"><div class="footer"><div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with
JavaScript enabled</p></div></div></footer></div></body></html>`;
const growYourOwn: TestPage = {
  name: 'heldout671-discourse-switching-schemes',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dBody,
  bylines: [...dUsers, ...dDates],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Veg boxes & local food', 'veg-box', 'Reply', 'created', 'replies', '3', 'views', '212', 'Suggested Topics',
    'What to do with a glut of courgettes', '14', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT671_D: readonly TestPage[] = [ashby, growYourOwn];
