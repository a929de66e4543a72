import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout697-kit.js';

/**
 * Held-out batch 697, file d: a bulb seller's help-centre article on Zendesk Guide (Copenhagen theme) with its section sidebar,
 * votes and related articles, and a customer forum thread on Discourse (server-rendered crawler view) with replies and related topics.
 */
const zTitle = 'When will my bulbs be dispatched?';
const zBody = [
  j(
    'Spring-flowering bulbs are harvested in the summer and dried before they can travel, so we send them out in batches between',
    'early September and mid-December. Your order confirmation email shows the dispatch batch for each item.',
  ),
  'Dispatch batches',
  'Narcissi, crocus and alliums: from 1 September',
  'Tulips: from 1 October, because they are best planted in cold soil',
  'Lilies and camassias: from 20 October',
  j(
    'If your order contains items from more than one batch, we hold the whole order until the last batch is ready unless you chose',
    'split delivery at checkout. Split delivery costs £3.95 extra.',
  ),
  'Can I choose a delivery date?',
  j('Not at the moment. We will email you the day your parcel leaves our warehouse in Boston Fen, with a tracking link from the', 'courier.'),
];
const zSide = ['When will my bulbs be dispatched?', 'Changing your delivery address', 'Bulbs arrived soft or mouldy', 'Ordering from Ireland'];
const zRel = ['How do I track my parcel?', 'Planting bulbs late in the season'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26823 --><title>${zTitle} &ndash; Ashgrove Bulbs Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content=""><meta name="description"
content="Spring-flowering bulbs are harvested in the summer and
dried before they can travel..."><meta property="og:type" content="website"><meta property="og:site_name" content="Ashgrove Bulbs Help Centre">
<link rel="canonical" href="https://help.ashgrovebulbs.co.uk/hc/en-gb/articles/4410268031249-When-will-my-bulbs-be-dispatched">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-f34d73e002337ab267a13449ad9d7955.css" media="all">
<link rel="stylesheet" href="https://theme.zdassets.com/theme_assets/9204158/3a8c5b.css" media="all" id="page-stylesheet" type="text/css">
<script src="https://static.zdassets.com/hc/assets/en-gb.e4b7f2a9c5.js"></script><meta content="width=device-width, initial-scale=1.0" name="viewport">
<script type="text/javascript">HelpCenter = {};HelpCenter.account = {"subdomain":"ashgrovebulbs","environment":"production","name":"Ashgrove Bulbs"};
HelpCenter.user = {"identifier":"da39a3ee","email":null,"name":"","role":"anonymous","locale":"en-gb"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="https://theme.zdassets.com/theme_assets/9204158/logo.png"
alt="Help Centre home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list"><li>
<a class="submit-a-request"
href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button"
href="https://ashgrovebulbs.zendesk.com/access?brand_id=360001&amp;return_to=https%3A%2F%2Fhelp.ashgrovebulbs.co.uk">Sign in</a></li></ul></nav></div>
<div class="nav-wrapper-mobile"><button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false" aria-label="Toggle navigation menu">
<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-menu"></svg></button></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
<li title="Ashgrove Bulbs Help Centre"><a href="/hc/en-gb">Ashgrove Bulbs Help Centre</a></li><li title="Orders and delivery">
<a href="/hc/en-gb/categories/3600">Orders
and delivery</a></li><li title="Dispatch and tracking"><a href="/hc/en-gb/sections/3601">Dispatch and tracking</a></li></ol></nav>
<div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon"
aria-hidden="true"></svg>
<form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8"
value="&#x2713;"
autocomplete="off"><input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
<svg class="collapsible-sidebar-toggle-icon chevron-icon"
aria-hidden="true"></svg></button><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${zSide
  .map(
    (t, i) => `<li><a href="/hc/en-gb/articles/44102680${i}"
class="sidenav-item${i === 0 ? ' current-article' : ''}">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://ashgrovebulbs.zendesk.com/system/photos/3601/maren.png" alt=""
class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/3602-Maren-Fitch">Maren Fitch</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-08-04T09:12:44Z"
title="2026-08-04 10:12" data-datetime="relative">4 August 2026 10:12</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button-secondary" title="Opens a sign-in dialogue" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
href="/hc/en-gb/articles/4410268031249/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps([zBody[0] ?? ''])}
<h3>${zBody[1]}</h3><ul>${lis(zBody.slice(2, 5))}</ul>${ps([zBody[5] ?? ''])}<h3>${zBody[6]}</h3>${ps([zBody[7] ?? ''])}</div>
<div class="article-attachments"><ul class="attachments"></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=When+will"
class="share-facebook"
aria-label="Facebook"></a></li><li><a href="https://twitter.com/share?lang=en" class="share-twitter" aria-label="X Corp"></a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group"
aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin"
aria-label="This article was helpful"
aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down" data-auth-action="signin"
aria-label="This article was not helpful"
aria-pressed="false">No</button></div><small class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div><div class="article-return-to-top">
<a href="#article-container">Return to top<svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" aria-hidden="true"></svg></a></div>
</footer>
<section class="article-relatives"><div data-recent-articles></div><div class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRel)}</ul></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Ashgrove Bulbs</a><div class="footer-language-selector"></div></div></footer>
<script src="//static.zdassets.com/hc/assets/moment-3b62525bdab669b7b17d1a9d8b5d46b4.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout697-zendesk-dispatch-dates',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zBody[1] ?? '', zBody[6] ?? ''],
  body: zBody.filter((_, i) => i !== 1 && i !== 6),
  bylines: ['Maren Fitch', '4 August 2026 10:12', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Ashgrove Bulbs Help Centre', 'Orders and delivery', 'Dispatch and tracking',
    'Articles in this section', ...zSide.slice(1), 'Follow', 'Was this article helpful?', 'Yes', 'No', '14 out of 17 found this helpful',
    'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zRel, 'Ashgrove Bulbs',
  ],
};

const dTitle = 'Tulip bulbs arrived soft – is that normal?';
const dPosts: [string, string, string, string, string[]][] = [
  [
    'hedgerow_pete',
    'Pete',
    'October 21, 2026,  8:14am',
    '2 Likes',
    [
      j(
        'My order of 50 tulips came this morning. Most look fine but about eight of the Queen of Night bulbs are soft at the base and',
        'one has a bit of blue mould on the skin.',
      ),
      'Is it worth planting them or should I ask for replacements straight away?',
    ],
  ],
  [
    'wendyinthewolds',
    'Wendy',
    'October 21, 2026, 10:02am',
    '5 Likes',
    [
      j(
        'Blue mould on the papery tunic is usually harmless. Peel the tunic off and look at the bulb itself. If it is firm and white',
        'underneath, plant it. If it squashes when you press the base, it is rotten and will not flower.',
      ),
      'Soft ones will also infect the rest of the bag, so take them out today.',
    ],
  ],
  [
    'Ashgrove_Lena',
    'Lena',
    'October 21, 2026, 11:40am',
    '3 Likes',
    [
      j(
        'Sorry to hear that, Pete. Please send a photo of the soft ones to the help centre with your order number and we will post',
        'replacements this week. You do not need to send the old bulbs back.',
      ),
    ],
  ],
  [
    'hedgerow_pete',
    'Pete',
    'October 22, 2026,  7:55am',
    '',
    ['Thanks both. Peeled them all: five were firm, three went in the compost bin. Replacements already confirmed.'],
  ],
];
const dRel: [string, string, string, string, string][] = [
  ['Late planting tulips in January – worked for me', 'Growing advice', '12', '1.1k', 'Feb 2026'],
  ['Parcel left in the rain for two days', 'Orders and deliveries', '6', '388', 'Nov 2025'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dComment = "itemprop='comment' itemscope itemtype='http://schema.org/Comment'";
const dPostHtml = ([u, n, d, likes, ps2]: [string, string, string, string, string[]], i: number): string => `<div id='post_${i + 1}' ${i === 0 ? '' : dComment}
class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel='nofollow'
href='https://community.bulbbench.org/u/${u}'><span itemprop='name'>${u}</span></a>(${n})</span>
<link itemprop="mainEntityOfPage" href="https://community.bulbbench.org/t/tulip-bulbs-arrived-soft-is-that-normal/1843">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-10-2${i < 3 ? 1 : 2}T0${i}:14:02Z' class='post-time'>${d}</time>
<meta itemprop='position' content='${i + 1}'></span></div><div class='post' itemprop='text'>
${ps(ps2)}</div>
${
  likes === ''
    ? ''
    : `<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${likes[0]}" /><span class='post-likes'>${likes}</span></div>`
}
</div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Orders and deliveries - The Bulb Bench</title>
<meta name="description" content="My order of 50 tulips came this morning. Most look fine but about eight of the Queen of Night bulbs are soft at the base">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="icon" type="image/png" href="https://community.bulbbench.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://community.bulbbench.org/t/tulip-bulbs-arrived-soft-is-that-normal/1843">
<link rel="search" type="application/opensearchdescription+xml" href="https://community.bulbbench.org/opensearch.xml" title="The Bulb Bench Search">
<link href="/stylesheets/color_definitions_light_2_3_abc.css?__ws=community.bulbbench.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_abc.css?__ws=community.bulbbench.org" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="The Bulb Bench"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:published_time" content="2026-10-21T08:14:02+00:00"><meta property="og:ignore_canonical" content="true">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"hedgerow_pete"}}</script>
</head><body class="crawler"><header class="d-header"><div class="wrap"><div class="contents"><div class="row"><div class="col-xs-12"><a href="/">
<img src="https://community.bulbbench.org/uploads/default/original/1X/logo.png" alt="The Bulb Bench" id="site-logo" style="max-width: 150px;"></a></div>
</div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/tulip-bulbs-arrived-soft-is-that-normal/1843">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"
itemscope itemtype="http://schema.org/ListItem">
<a href="/c/orders-and-deliveries/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #8C6238'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Orders and deliveries</span></span></a><meta itemprop="position"
content="1" /></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'>
<a href='https://community.bulbbench.org/tag/tulips' class='discourse-tag' rel="tag">tulips</a>,
<a href='https://community.bulbbench.org/tag/replacements' class='discourse-tag' rel="tag">replacements</a></div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'><link itemprop='url'
href='https://community.bulbbench.org/t/tulip-bulbs-arrived-soft-is-that-normal/1843'><meta itemprop='datePublished' content='2026-10-21T08:14:02Z'>
<meta itemprop='articleSection' content='Orders and deliveries'><meta itemprop='keywords' content='tulips, replacements'>
${dPosts.map(dPostHtml).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, c, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link"
itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line">
<a itemprop='url' href='https://community.bulbbench.org/t/x/${1700 + i}' class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/x/${i + 3}' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #3AB54A'></span>
<span
class='badge-category clear-badge'><span class='category-name'>${c}</span></span></a></div></td><td class="replies">
<span class='posts' title='posts'>${r}</span></td>
<td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'>
<a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div class="buorg"><div class="buorg-pad"></div></div>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript
enabled</p></body></html>`;
const discourse: TestPage = {
  name: 'heldout697-discourse-soft-tulips',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , , , p]) => p),
  bylines: [...new Set(dPosts.flatMap(([u, n, d]) => [u, `(${n})`, d.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Orders and deliveries', '2 Likes', '5 Likes', '3 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRel.flatMap(([t, c, r, v, a]) => [t, c, r, v, a]).filter((t) => t !== 'Orders and deliveries'), ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT697_D: readonly TestPage[] = [zendesk, discourse];
