import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout499-kit.js';

/**
 * Held-out batch 499, file e: a community dental service's emergency page on Drupal 10 (Olivero theme, with a sidebar block
 * and "Last updated" line), and a forum thread about tinnitus after a hearing aid fitting on Discourse (the crawler view).
 */
const dTitle = 'Dental emergencies and out-of-hours care';
const dLead = j(
  'The Ridings Community Dental Service treats urgent dental problems for people who do not have a regular dentist. Use this',
  'page to decide who to contact.',
);
const dWhen = [
  'severe toothache that painkillers are not controlling',
  'swelling of the face or gums',
  'a tooth that has been knocked out or broken in an accident',
  'bleeding that will not stop after an extraction',
];
const dA999 = j(
  'Go to A&amp;E or call 999 if you have swelling that is spreading to your eye or neck, difficulty breathing or swallowing, or',
  'heavy bleeding that will not stop after 15 minutes of firm pressure.',
);
const dHours = [
  j(
    'If you are registered with a dentist, contact your own practice first, even if you have not been for a while. Most practices',
    'keep some appointments free every day for urgent cases.',
  ),
  j(
    'If you do not have a dentist, call our Urgent Dental Line on 01632 960170, Monday to Friday, 8:30am to 5pm. A dental nurse',
    'will assess you over the phone and, if you need to be seen, book you into one of our clinics in Wexley, Holm Bridge or Aldcastle.',
  ),
  'Outside these hours, call NHS 111. They can book you into the weekend emergency clinic at Wexley Health Centre.',
];
const dKnock = [
  'Hold the tooth by the crown, not the root.',
  'If it is dirty, rinse it briefly in milk or cold water. Do not scrub it.',
  'Push it gently back into the socket and bite on a clean handkerchief to hold it in place.',
  'If you cannot put it back, keep it in milk and get to a dentist within an hour.',
];
const dKnockNote = 'Do not put a baby tooth back in. Contact a dentist for advice.';
const dCost = j(
  'An urgent appointment costs £27.40 under NHS charges, the same as a Band 1 course of treatment. Further treatment, such as a',
  'filling, may cost more. Children under 18, pregnant women and people on certain benefits do not pay.',
);
const dHeads = ['When to get urgent care', 'Who to contact', 'If a tooth is knocked out', 'What it costs'];
const dNav = ['Our services', 'Find a clinic', 'Referrals', 'For professionals', 'About us'];
const dCrumbs = ['Home', 'Our services', 'Urgent care'];
const dSide = ['Find a clinic near you', 'Referral form for dentists', 'Help with health costs'];
const dFoot = ['Accessibility statement', 'Privacy notice', 'Complaints', 'Freedom of information'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.ridingsdental.example/services/urgent-care">
<title>${dTitle} | Ridings Community Dental Service</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3c8vK1pXr2ZuJ7.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/57","currentLanguage":"en"},
"ajaxPageState":{"theme":"olivero"}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">Ridings Community Dental Service</a>
</div></div></div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span>
<span class="mobile-nav-button__icon"></span>
</button></div><div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search">
</div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string
field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="57" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>${dLead}</p>
<h2>${dHeads[0]}</h2><p>Contact a dentist the same day if you have:</p><ul>${lis(dWhen)}</ul>
<div class="callout callout--warning" role="note"><p><strong>${dA999}</strong></p></div>
<h2>${dHeads[1]}</h2>${ps(dHours)}
<h2>${dHeads[2]}</h2><ol>${lis(dKnock)}</ol><p><em>${dKnockNote}</em></p>
<h2>${dHeads[3]}</h2><p>${dCost}</p></div>
<div class="field field--name-field-last-reviewed field--type-datetime field--label-inline"><div class="field__label">Last updated</div>
<div class="field__item"><time datetime="2026-01-21T12:00:00Z">21 January 2026</time></div></div></div></article></div></div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-urgentcontacts" class="block block-block-content">
<h2 class="block__title">Urgent Dental Line</h2><div class="block__content"><div class="text-content field field--name-body">
<p class="phone-large">01632 960170</p>
<p>Monday to Friday, 8:30am to 5pm</p></div></div></div>
<nav id="block-relatedlinks" class="block block-menu navigation menu--related" aria-labelledby="block-relatedlinks-menu" role="navigation">
<h2 class="block__title" id="block-relatedlinks-menu">Related pages</h2><ul class="menu">${links(dSide, 'menu__item')}</ul></nav></aside></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<nav id="block-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-footer-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div>
<div class="region region--footer-bottom grid-full"><div id="block-copyright" class="block block-block-content"><div class="text-content">
<p>© 2026 Ridings Community Dental Service, part of Ridings Community Health NHS Trust</p></div></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div>
</div></div></footer><div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.5"></script></body></html>`;
const drupalEmergency: TestPage = {
  name: 'heldout499-drupal-dental-emergencies',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([dLead, 'Contact a dentist the same day if you have:', ...dWhen, dA999, ...dHours, ...dKnock, dKnockNote, dCost]),
  bylines: ['Last updated', '21 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ridings Community Dental Service', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs,
    'Urgent Dental Line', '01632 960170', 'Monday to Friday, 8:30am to 5pm', 'Related pages', ...dSide, 'RSS feed', 'Footer', ...dFoot,
    '© 2026 Ridings Community Dental Service, part of Ridings Community Health NHS Trust', 'Powered by Drupal',
  ],
};

const fTitle = 'Ringing got louder after my hearing aid fitting?';
type Post = readonly [user: string, name: string, iso: string, when: string, likes: string, paras: readonly string[]];
const fQuote = 'the ringing seems louder at night since I got them';
const fPosts: readonly Post[] = [
  [
    'marlow_k',
    'Marlow K',
    '2026-02-03T19:22:41Z',
    'February 3, 2026,  7:22pm',
    '2 Likes',
    [
      j(
        'I was fitted with my first pair of hearing aids ten days ago for mild to moderate loss in both ears. Daytime is great, I can',
        'finally hear my grandchildren, but the ringing seems louder at night since I got them. Is this normal or should I go back?',
      ),
      'I take them out around 10pm and put them in the charger, as the audiologist said.',
    ],
  ],
  [
    'audiologist_jen',
    'Jen Castellan',
    '2026-02-03T21:05:12Z',
    'February 3, 2026,  9:05pm',
    '7 Likes',
    [
      j(
        'Very common in the first few weeks, and usually not a sign that anything is wrong. During the day the aids bring back a lot',
        'of background sound that masks the tinnitus. When you take them out, the contrast makes the ringing stand out more.',
      ),
      'A few things that help many of my patients:',
      'Leave the aids in until you are ready to turn the light off, rather than an hour before bed.',
      'Use a fan, a sound pillow or a low radio to give your ears something else to listen to.',
      'Ask your clinic whether your aids have a tinnitus sound generator. Many models do, and it can be switched on at a follow-up.',
      'If the ringing is only in one ear, or comes with dizziness, mention it at your follow-up.',
    ],
  ],
  [
    'marlow_k',
    'Marlow K',
    '2026-02-04T08:40:03Z',
    'February 4, 2026,  8:40am',
    '',
    ['Thank you, that makes sense. Both ears, no dizziness. I will try the radio tonight and ask about the sound generator next week.'],
  ],
  [
    'deskbound_dev',
    'Piet',
    '2026-02-05T12:17:55Z',
    'February 5, 2026, 12:17pm',
    '1 Like',
    [
      j(
        'Same thing happened to me two years ago. It settled after about six weeks for me. The sound generator helped a lot at',
        'first, and now I barely use it.',
      ),
    ],
  ],
];
const fReplyQuote = `<aside class="quote no-group" data-username="marlow_k" data-post="1" data-topic="4821"><div class="title"><div class="quote-controls">
</div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/community.hearwell.example/marlow_k/48/912_2.png" class="avatar"> marlow_k:</div>
<blockquote><p>${fQuote}</p></blockquote></aside>`;
const fPostHtml = ([user, name, iso, when, likes, paras]: Post, i: number): string => {
  const inner = i === 1 ? `${fReplyQuote}${ps(paras.slice(0, 2))}<ul>${lis(paras.slice(2))}</ul>` : ps(paras);
  const like =
    likes === ''
      ? ''
      : `<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><span class='post-likes'>${likes}</span></div>`;
  return `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"} class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://community.hearwell.example/u/${user}'><span itemprop='name'>${user}</span></a>
(${name})</span><span class="crawler-post-infos"><time itemprop='datePublished' datetime='${iso}' class='post-time'>${when}</time>
<meta itemprop='dateModified' content='${iso}'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>${inner}</div>${like}</div>`;
};
const fRel: readonly (readonly [string, string, string, string])[] = [
  ['Tinnitus sound generator: worth it?', '12', '1.4k', 'Jan 2026'],
  ['How long did it take you to get used to your aids?', '31', '3.0k', 'Dec 2025'],
];
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Hearing aids - HearWell Community</title><meta name="description" content="I was fitted with my first pair of hearing aids ten days ago">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 5f8f7a2b0d3c1e4a9b6c2d8e7f1a3b5c9d0e2f4a">
<link rel="icon" type="image/png" href="https://community.hearwell.example/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://community.hearwell.example/t/ringing-got-louder-after-my-hearing-aid-fitting/4821">
<link href="/stylesheets/color_definitions_light_1_2_a1b2c3.css?__ws=community.hearwell.example" media="all" rel="stylesheet" class="light-scheme">
<meta property="og:site_name" content="HearWell Community"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"${fTitle}","author":{"@type":"Person","name":"marlow_k"},
"datePublished":"2026-02-03T19:22:41Z","interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction",
"userInteractionCount":3}]}</script>
</head><body class="crawler browser-update">
<header><a href="/"><img src="https://community.hearwell.example/uploads/default/original/1X/logo.png" alt="HearWell Community" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/ringing-got-louder-after-my-hearing-aid-fitting/4821">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/hearing-aids/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #25AAE2'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Hearing aids</span></span></a><meta itemprop="position" content="1">
</span></div>
<div class="topic-tags"><a href='https://community.hearwell.example/tag/tinnitus' class='discourse-tag' rel="tag">tinnitus</a>
<a href='https://community.hearwell.example/tag/new-user' class='discourse-tag' rel="tag">new-user</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${fTitle}'>
<link itemprop='url' href='https://community.hearwell.example/t/ringing-got-louder-after-my-hearing-aid-fitting/4821'>
<meta itemprop='datePublished' content='2026-02-03T19:22:41Z'><meta itemprop='articleSection' content='Hearing aids'>
<meta itemprop='keywords' content='tinnitus, new-user'>
${fPosts.map(fPostHtml).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRel
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<a href="/t/x/4700" class='title raw-link raw-topic-link' itemprop='item'><span itemprop='name'>${t}</span></a></td><td></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/' itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/categories' itemprop="url">Categories </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/guidelines' itemprop="url">Guidelines </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/tos' itemprop="url">Terms of Service </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/privacy' itemprop="url">Privacy Policy </a></span></li></ul></nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<div id="noscript-footer"></div></body></html>`;
const discourseTinnitus: TestPage = {
  name: 'heldout499-discourse-tinnitus-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap(([, , , , , paras], i) => (i === 1 ? [fQuote, ...paras] : paras))),
  bylines: [...fPosts.flatMap(([u, n, , w]) => [u, `(${n})`, w.replace(/\s+/g, ' ')]), 'marlow_k:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hearing aids', 'tinnitus', 'new-user', ...fPosts.map((_, i) => `${i + 1}`), ...fPosts.map((p) => p[4]).filter((l) => l !== ''),
    'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...fRel.flat(), 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT499_E: readonly TestPage[] = [drupalEmergency, discourseTinnitus].map(finish);
