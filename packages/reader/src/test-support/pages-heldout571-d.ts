import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout571-kit.js';

/**
 * Held-out batch 571, file d: a Discourse thread on a temp workers' community forum about agency holiday pay (posts are
 * body), and a contractor's guide to umbrella companies on a staffing firm's Drupal 10 site (Olivero theme).
 */
const fTitle = 'Agency says my holiday pay is "rolled up" – is that allowed?';
const fPosts: readonly (readonly [string, string, string[]])[] = [
  [
    'kez_warehouse',
    'Oct 3',
    [
      j(
        'I’ve been on a temp contract at a distribution centre for 7 months through an agency. My payslip shows £11.44 basic and',
        '£1.38 "holiday" on every hour. When I asked for a week off they said I\u2019d already been paid for it. Is that right?',
      ),
    ],
  ],
  [
    'Ravi_S',
    'Oct 3',
    [
      j(
        'For irregular-hours and part-year workers, rolled-up holiday pay is allowed again for leave years starting on or after',
        '1 April 2024. It has to be shown as a separate line on the payslip, which it sounds like yours is.',
      ),
      'So yes, you can take the week off, but it will be unpaid because the money has already been added to each hour.',
    ],
  ],
  ['kez_warehouse', 'Oct 4', ['Ah. Nobody explained that when I signed up. So I should be putting that £1.38 aside myself?']],
  [
    'MaggieB',
    'Oct 5',
    [
      j(
        'Pretty much. I move 12% of every payslip into a separate pot. It also helps to check your contract – some agencies let you',
        'choose accrued holiday instead, if you ask in writing.',
      ),
    ],
  ],
];
const fCats = ['Pay & Payslips'];
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle.replace(/"/g, '&quot;')} - Pay &amp; Payslips - TempTalk Community</title>
<meta name="description" content="I’ve been on a temp contract at a distribution centre for 7 months through an agency.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 1a2b3c">
<link rel="canonical" href="https://community.temptalk.org/t/agency-says-my-holiday-pay-is-rolled-up-is-that-allowed/8812">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle.replace(/"/g, '\\"')}",
"author":{"@type":"Person","name":"kez_warehouse"}}</script>
<link href="/stylesheets/desktop_1a2b.css?__ws=community.temptalk.org" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="TempTalk Community" id="site-logo" style="max-width: 150px;">
</a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/agency-says-my-holiday-pay-is-rolled-up-is-that-allowed/8812">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/pay/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Pay &amp; Payslips</span></span></a>
<meta itemprop="position" content="1"></span></div></div>
${fPosts
  .map(
    ([u, d, paras], i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${u}">
<span itemprop="name">${u}</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-10-0${i + 3}T10:21:00Z" class="post-time">${d}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${ps(paras.map((p) => p.replace(/&/g, '&amp;')))}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${3 - (i % 3)}">
<span class="post-likes">${3 - (i % 3)} Likes</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th>
<th>Activity</th></tr></thead><tbody>
<tr class="topic-list-item"><td class="main-link"><a href="/t/8100" class="title raw-link raw-topic-link">Night shift premium stopped after 12 weeks</a></td>
<td></td><td class="replies"><span class="posts">6</span></td><td class="views"><span class="views">412</span></td><td>Sep 2026</td></tr>
<tr class="topic-list-item"><td class="main-link"><a href="/t/7922" class="title raw-link raw-topic-link">Umbrella company took two lots of NI?</a></td><td>
</td><td class="replies"><span class="posts">11</span></td><td class="views"><span class="views">1.2k</span></td><td>Aug 2026</td></tr>
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul>
</nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<script defer src="/assets/start-discourse-1a2b.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout571-discourse-holiday-pay',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap(([, , p]) => p)),
  bylines: ['kez_warehouse', 'Ravi_S', 'MaggieB', 'Oct 3', 'Oct 4', 'Oct 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fCats, '3 Likes', '2 Likes', '1 Likes', 'Related topics', 'Night shift premium stopped after 12 weeks', 'Umbrella company took two lots of NI?',
    'Topic', 'Replies', 'Views', 'Activity', '6', '412', 'Sep 2026', '11', '1.2k', 'Aug 2026', 'Home', 'Categories', 'Guidelines', 'Terms of Service',
    'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const dTitle = 'Working through an umbrella company: a guide for contractors';
const dIntro = [
  j(
    'Many of the clients we supply ask that contractors inside IR35 are paid through an umbrella company rather than through',
    'their own limited company. This page explains how that works, what comes out of your day rate, and how to check that an',
    'umbrella is doing things properly.',
  ),
];
const dH1 = 'How the money flows';
const dFlow = [
  j(
    'The client pays Ferrand Technical Resourcing for the days you work. We pay your umbrella the agreed "assignment rate". The',
    'umbrella then employs you, runs PAYE, and pays you a salary after deducting its margin and the employment costs.',
  ),
];
const dH2 = 'What is deducted from the assignment rate';
const dDeduct = [
  'employer’s National Insurance (13.8% above the secondary threshold)',
  'the Apprenticeship Levy (0.5%)',
  'employer pension contributions, usually 3% of qualifying earnings',
  'the umbrella’s own margin, typically £15 to £30 a week',
];
const dAfter = [
  j(
    'Only after these come off is your gross salary worked out, from which your own income tax, National Insurance and pension',
    'contribution are deducted. Ask for a <a href="/contractors/umbrella-illustration">written illustration</a> before you sign.',
  ),
];
const dH3 = 'Warning signs';
const dWarn = [
  'a take-home figure that looks far higher than other umbrellas quote for the same rate',
  'part of your pay described as a "loan", "bonus" or "annuity"',
  'payslips that do not show the assignment rate, or that are not sent at all',
];
const dEnd = [
  j(
    'We only work with umbrellas on our preferred supplier list, each of which is audited every year. If you are unsure about',
    'a payslip, your Ferrand consultant can check it with you.',
  ),
];
const dNav = ['Contractors', 'Clients', 'Sectors', 'Jobs', 'News', 'Contact'];
const dCrumbs = ['Home', 'Contractors', 'Guides'];
const dSide = ['Limited company or umbrella?', 'IR35: what contractors need to know', 'Submitting timesheets in the portal'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.ferrandtech.co.uk/contractors/guides/umbrella-companies">
<title>${dTitle} | Ferrand Technical Resourcing</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/fonts.css?t4kx1q">
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t4kx1q">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412","currentLanguage":"en"},"ajaxTrustedUrl":[]}</script>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header"
aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Ferrand Technical Resourcing</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search form-element form-element--type-search"></div></form></div></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="412" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span>
<span class="field field--name-uid field--type-entity-reference field--label-hidden">By <a title="View user profile." href="/user/9"
class="username">Helen Okafor</a></span></span>,
<span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2026-06-18T10:02:44+01:00" title="Thursday, June 18, 2026 - 10:02" class="datetime">18 June, 2026</time></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}<h2>${dH1}</h2>${ps(dFlow)}<h2>${dH2}</h2><ul>${lis(dDeduct)}</ul>${ps(dAfter)}<h2>${dH3}</h2><ul>${lis(dWarn)}</ul>${ps(dEnd)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">
<li><a href="/taxonomy/term/4" hreflang="en">IR35</a></li><li><a href="/taxonomy/term/7" hreflang="en">Umbrella</a></li></ul></div></div></article></div></div>
<div class="region region--sidebar"><div class="views-element-container block block-views" id="block-contractor-guides">
<h2 class="block__title">More contractor guides</h2>
<div class="item-list"><ul>${links(dSide)}</ul></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate">
<div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block">
<div class="block-content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Ferrand Technical Resourcing Ltd · REC member 40211 · <a href="/privacy">Privacy</a></span></div></div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation-utils.js?v=10.3.1"></script></body></html>`;
const olivero: TestPage = {
  name: 'heldout571-drupal-umbrella-guide',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2, dH3],
  body: texts([...dIntro, ...dFlow, ...dDeduct, ...dAfter, ...dWarn, ...dEnd]),
  bylines: ['By Helen Okafor', '18 June, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...dNav.filter((t) => !['Contractors', 'Clients'].includes(t)), 'Home', 'Guides', 'Tags', 'More contractor guides', ...dSide,
    'RSS feed', 'Ferrand Technical Resourcing Ltd · REC member 40211 · Privacy',
  ],
};

export const HELDOUT571_D: readonly TestPage[] = [discourse, olivero];
