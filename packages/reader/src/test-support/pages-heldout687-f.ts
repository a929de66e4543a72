import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, rowTexts, trs } from './pages-heldout687-kit.js';

/**
 * Held-out batch 687, file f: a property auction results post on Drupal 10 (Olivero theme, tags, comments and the comment
 * form), and a landlord forum thread on Discourse as its crawler view serves it.
 */
const dTitle = 'February auction: 19 of 23 lots sold';
const dBody = [
  j(
    'Our February sale at the Corn Exchange in Bradwell raised £3.9 million, with 19 of the 23 lots selling in the room and two',
    'more agreed straight after. Around 180 bidders registered, a third of them online.',
  ),
  j(
    'Investors were most active on small terraced houses with tenants in place, several of which sold well above their guide. A',
    'derelict chapel in Orton Parva, Lot 17, drew eleven bidders and sold for more than double its guide price.',
  ),
];
const dRows = [
  ['3', '12 Tanyard Lane, Bradwell', '£95,000+', '£128,500'],
  ['7', '41 Station Road, Kemsey (let)', '£140,000+', '£151,000'],
  ['11', 'Land at Holme Farm, Orton Parva (4.2 acres)', '£60,000+', '£83,000'],
  ['17', 'The Old Chapel, Orton Parva', '£45,000+', '£101,000'],
];
const dAfter = [
  j(
    'Unsold lots remain available to buy before our next sale, on 22 April. Catalogues for the April sale will be online from 18',
    'March, and we are taking entries until 11 March.',
  ),
];
const dNav = ['Buying at auction', 'Selling at auction', 'Upcoming sales', 'Results', 'News', 'Contact'];
const dTags = ['Auction results', 'Bradwell'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:152;--color--primary-saturation:40%;--color--primary-lightness:30"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.pennockauctions.co.uk/news/february-auction-results"><title>${dTitle} | Pennock Property Auctions</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"NewsArticle","headline":"${dTitle}","datePublished":"2027-02-26T17:05:00+0000"}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_h7Dq1.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/318"},"olivero":{"mobile_nav_breakpoint":"1200px"}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" aria-label="Sticky header" aria-pressed="false">
<span class="sticky-header-toggle__icon"></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" rel="home" title="Home">Pennock Property Auctions</a>
</div></div></div></div><div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons">
<button class="mobile-nav-button"
aria-label="Main Menu" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu
primary-nav__menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" role="search"><form action="/search/node" method="get">
<label for="edit-keys" class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"></form></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item">
<a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="318" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><div class="node__author-image"><article class="profile"></article></div>
<span>By <span class="field field--name-uid field--type-entity-reference">
<span>Thomas Rudd</span></span>, 26 February, 2027</span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2027-02/sale-room.jpg" width="1440" height="810" alt="The sale room at the Corn Exchange"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dBody)}
<h2>Selected results</h2><table><thead><tr><th>Lot</th><th>Property</th><th>Guide</th><th>Sold</th></tr></thead><tbody>${trs(dRows)}</tbody></table>
${ps(dAfter)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div>
<div class="node__links"><ul class="links inline"><li class="comment-add">
<a href="/comment/reply/node/318/comment#comment-form" title="Share your thoughts">Add new comment</a>
</li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><div class="comments__count">
<span class="comments__item-count">1</span></div>
<article data-comment-user-id="0" id="comment-44" class="comment js-comment single-comment"><div class="comment__picture-wrapper"><div class="comment__picture">
<img src="/core/themes/olivero/images/comment-avatar.png" alt="" width="40" height="40"></div></div><div class="comment__text-wrapper">
<footer class="comment__meta">
<p class="comment__author"><span>Maureen Tilsley (not verified)</span></p><p class="comment__time">27 February, 2027</p></footer>
<div class="comment__content"><p>Glad to see the chapel sold. Does anyone know what the buyer plans to do with it?</p></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/318/comment/44">Reply</a></li></ul></div></article>
<div class="comment-form__title">Add new comment</div>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/318/comment"
method="post" id="comment-form"><div class="js-form-item form-item form-type-textfield"><label for="edit-name" class="form-item__label">Your name</label>
<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" class="form-text form-element form-element--type-text"></div>
<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comment</label>
<textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" class="form-textarea"></textarea></div>
<div data-drupal-selector="edit-actions" class="form-actions">
<input type="submit" id="edit-submit" name="op" value="Save" class="button button--primary js-form-submit form-submit">
<input type="submit" id="edit-preview" name="op" value="Preview" class="button js-form-submit form-submit"></div></form></section></div></article></div>
</div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate">
<div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block">
<a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="block block-block-content">
<p>Pennock Property Auctions, The Corn Exchange, Bradwell BD3 1RS. Regulated by RICS.</p></div></div><div class="region region--footer-bottom grid-full">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div>
</div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_5bQ1x.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout687-drupal-auction-results',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: ['Selected results'],
  body: texts([...dBody, ...rowTexts(dRows), ...dAfter]),
  bylines: ['By Thomas Rudd, 26 February, 2027', 'Maureen Tilsley (not verified)', '27 February, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Pennock Property Auctions', 'Menu', ...dNav.filter((n) => n !== 'Results'), 'Home', 'Tags', ...dTags,
    'Add new comment', 'Comments', '1',
    'Glad to see the chapel sold. Does anyone know what the buyer plans to do with it?', 'Reply', 'Your name', 'Comment', 'RSS feed',
    'Pennock Property Auctions, The Corn Exchange, Bradwell BD3 1RS. Regulated by RICS.', 'Powered by Drupal',
  ],
};

const qTitle = 'Tenant wants to leave after 5 months of a 12-month fixed term – can I refuse?';
const qPosts = [
  {
    user: 'dpenrose',
    date: 'March 3, 2027,  9:14am',
    paras: [
      j(
        'First-time landlord here, one flat in Ellerby let through a let-only agent. My tenant has emailed to say she has a new job',
        'in another city and wants to leave at the end of April. The AST is a 12-month fixed term that started in October, with no',
        'break clause.',
      ),
      j(
        'Am I within my rights to say no and keep charging rent until October? I do not want to be unreasonable, but I also cannot',
        'cover the mortgage for months if the flat sits empty.',
      ),
    ],
  },
  {
    user: 'hollyoak_lettings',
    date: 'March 3, 2027, 10:02am',
    paras: [
      j(
        'Legally, yes: without a break clause she is liable for the rent until the fixed term ends, and you do not have to accept an',
        'early surrender. In practice most landlords agree a surrender on condition that the tenant pays the rent until a new',
        'tenant moves in, plus the reasonable cost of re-letting.',
      ),
      j(
        'Get it in writing, and check the Tenant Fees Act before you ask for anything: you can only charge the loss you actually',
        'suffer or the reasonable costs of early termination, not a penalty.',
      ),
    ],
  },
  {
    user: 'dpenrose',
    date: 'March 3, 2027,  7:48pm',
    paras: [
      j(
        'Thanks, that is really helpful. I have asked the agent to start marketing now and told the tenant she can go as soon as',
        'someone is found, with her covering the agent&rsquo;s let-only fee.',
      ),
    ],
  },
];
const qRelated = [
  ['Break clause at 6 months – how much notice?', 'Tenancy agreements', '7', '412', 'Jan 2027'],
  ['Can I keep the deposit if the tenant leaves early?', 'Deposits &amp; disputes', '12', '1.1k', 'Nov 2026'],
];
const qFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const qPost = (p: (typeof qPosts)[number], i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href='https://forum.landlordhub.org.uk/u/${p.user}'>
<span itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.landlordhub.org.uk/t/tenant-wants-to-leave-early/8812"><span class="crawler-post-infos">
<time itemprop='datePublished' datetime='2027-03-03T09:14:00Z' class='post-time'>${p.date}</time><meta itemprop='dateModified' content='2027-03-03T09:14:00Z'>
<span itemprop='position'>${i + 1}</span></span></div><div class='post' itemprop='text'>${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${i + 2}"/><span class='post-likes'>${i + 2} Likes</span></div></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${qTitle} - Tenancy agreements - LandlordHub Forum</title>
<meta name="description" content="First-time landlord here, one flat in Ellerby let through a let-only agent.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.landlordhub.org.uk/uploads/default/optimized/1X/favicon_32x32.png">
<link rel="canonical" href="https://forum.landlordhub.org.uk/t/tenant-wants-to-leave-early/8812">
<link href="/stylesheets/color_definitions_light_3_1_a1b2.css?__ws=forum.landlordhub.org.uk" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_1c2d.css?__ws=forum.landlordhub.org.uk" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="LandlordHub Forum"><meta property="og:type" content="website"><meta property="og:title" content="${qTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.landlordhub.org.uk","name":"LandlordHub
Forum"}</script></head>
<body class="crawler "><header><a href="/">LandlordHub Forum</a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/tenant-wants-to-leave-early/8812">${qTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/tenancy-agreements/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Tenancy agreements</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-tags"><a href='/tag/break-clause' class='discourse-tag'>break-clause</a><a href='/tag/surrender' class='discourse-tag'>surrender</a></div>
</div>
${qPosts.map(qPost).join('\n')}
<div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement' class="topic-body crawler-post"><span itemprop='name'>
<b><a rel="next" itemprop="url" href="/t/tenant-wants-to-leave-early/8812?page=2">next page →</a></b></span></div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${qRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='1'>
<span class="link-top-line"><a itemprop='url' href='/t/${r[0]?.length}' class='title raw-link raw-topic-link'>${r[0]}</a></span><div class="link-bottom-line">
<a href='/c/${r[1]?.length}' class='badge-wrapper bullet'><span class='badge-category-bg'></span>${r[1]}</a></div></td><td class="replies">
<span class='posts' title='posts'>${r[2]}</span></td>
<td class="views"><span class='views' title='views'>${r[3]}</span></td><td>${r[4]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${qFoot
  .map(
    (f) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'><a href='/${f.length}' itemprop="url">${f} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer>
<div id="noscript-footer"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</div></body></html>`;
const discourse: TestPage = {
  name: 'heldout687-discourse-landlord-thread',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap((p) => p.paras)),
  bylines: ['dpenrose', 'hollyoak_lettings', ...qPosts.map((p) => p.date.replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'LandlordHub Forum', 'Tenancy agreements', 'break-clause', 'surrender', '1', '2', '3', '2 Likes', '3 Likes', '4 Likes', 'next page →', 'Related topics',
    'Replies', 'Views', 'Activity', ...qRelated.flatMap((r) => [at(r, 0), at(r, 2), at(r, 3), at(r, 4)]), 'Deposits & disputes', ...qFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT687_F: readonly TestPage[] = [drupal, discourse];
