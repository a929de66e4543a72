import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout511-kit.js';

/**
 * Held-out batch 511, file e: a customer community thread on Discourse (rendered Ember markup with post avatars, names, dates,
 * post menus, a topic map and suggested topics), and a supplier's help-centre article on Zendesk Guide (Copenhagen theme, with
 * the section sidebar, votes, related articles and a comments box).
 */
const fTitle = 'Smart meter stopped sending readings after I switched supplier';
const fPosts: { user: string; date: string; paras: string[] }[] = [
  {
    user: 'glenmoor_dave',
    date: 'Feb 3',
    paras: [
      j(
        'Switched to Lumen Home on 12 January. Since then the in-home display still works but every bill has been estimated. The old',
        'supplier says the meter is no longer theirs to look at and Lumen say they can “see the meter” but not the readings.',
      ),
      'Is this a known thing with SMETS1 meters? Mine is a grey one installed in 2018.',
    ],
  },
  {
    user: 'Ffion_W',
    date: 'Feb 3',
    paras: [
      j(
        'Yes, very common with first-generation meters. They had to be moved over to the national network one by one, and after a',
        'switch the new supplier sometimes has to re-commission it. It can take six to eight weeks.',
      ),
      'In the meantime send manual readings through the app so the bills are at least based on real numbers.',
    ],
  },
  {
    user: 'Sam_LumenHome',
    date: 'Feb 4',
    paras: [
      j(
        'Hi Dave, sorry about this. I can see your meter has been migrated but the commissioning request failed on our side on',
        '19 January. I have raised it again and it should go through within 10 working days. I have also added a note so that your',
        'February bill uses the reading you sent on the 1st.',
      ),
    ],
  },
  {
    user: 'glenmoor_dave',
    date: 'Feb 17',
    paras: ['Update for anyone who finds this: readings started coming through yesterday and the last bill was corrected. Thanks Sam.'],
  },
];
const fSuggested = [
  'Export readings missing since the clocks changed',
  'In-home display says “No WAN” after engineer visit',
  'Economy 7 rates shown the wrong way round',
];
const post = (
  p: { user: string; date: string; paras: string[] },
  n: number,
): string => `<div class="topic-post clearfix ${n === 1 ? 'topic-owner ' : ''}regular">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${4100 + n}" data-topic-id="812" data-user-id="${200 + n}"
class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true">
<img alt="" width="48" height="48" src="/user_avatar/community.lumenhome.co.uk/${p.user.toLowerCase()}/96/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/smart-meter-stopped-sending-readings/812/${n}">
<span title="${p.date}, 2027" data-time="1706950000000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="btn-flat like-count">${n % 2 === 0 ? 2 : 1}</button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span></button></div></nav></section>
</div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Meters and readings - Lumen Home Community</title><meta name="description" content="Switched to Lumen Home on 12 January.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://community.lumenhome.co.uk/t/smart-meter-stopped-sending-readings/812">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"glenmoor_dave"}}</script>
<link href="/stylesheets/desktop_theme_4_1a2b.css?__ws=community.lumenhome.co.uk" media="all" rel="stylesheet" data-target="desktop_theme">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://community.lumenhome.co.uk" data-environment="production"></head>
<body class="crawler ember-application archetype-regular category-meters-and-readings"><div id="ember4" class="ember-view"><div class="d-header-wrap">
<header class="d-header clearfix"><div class="wrap"><div class="contents clearfix"><div class="title"><a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/lumen-community.png" alt="Lumen Home Community" id="site-logo" class="logo-big"></a></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button" type="button">
<span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown">
<a href="/search" title="search topics, posts, users, or categories" class="icon btn-flat" aria-label="search"></a></li></ul>
</div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet" class="">
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="812">
<a href="/t/smart-meter-stopped-sending-readings/812" class="fancy-title">${fTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/meters-and-readings/7">
<span data-category-id="7" class="badge-category">
<span class="badge-category__name">Meters and readings</span></span></a></div><div class="list-tags">
<a href="/tag/smets1" class="discourse-tag simple">smets1</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="812"><div class="posts-wrapper">
<div class="topic-post-stream">
${post(fPosts[0] ?? { user: '', date: '', paras: [] }, 1)}
<div class="topic-map"><section class="map map-collapsed"><ul><li><h4 role="presentation">created</h4><span class="relative-date">Feb 3</span></li>
<li><h4 role="presentation">last reply</h4><span class="relative-date">Feb 17</span></li><li><span class="number">3</span><h4 role="presentation">replies</h4>
</li>
<li class="secondary"><span class="number">264</span><h4 role="presentation">views</h4></li><li class="secondary"><span class="number">3</span>
<h4 role="presentation">users</h4></li></ul></section></div>
${fPosts
  .slice(1)
  .map((p, i) => post(p, i + 2))
  .join('\n')}
</div></div></section></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="heading" aria-level="2" class="more-topics__list-title">Suggested Topics</div>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="num posts">Replies</th><th class="num views">Views</th>
<th class="num activity">Activity</th></tr></thead>
<tbody>${fSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${900 + i}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts">${i + 2}</td><td class="num views">${120 + i * 37}</td><td class="num activity">Mar ${i + 1}</td></tr>`,
  )
  .join('\n')}</tbody></table>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/meters-and-readings/7">Meters and readings</a> or <a
href="/latest">view latest topics</a>.</h3>
</div></div></div></div>
<footer class="footer" itemscope itemtype="http://schema.org/SiteNavigationElement"><nav>
<a href="/">Home</a> <a href="/categories">Categories</a> <a href="/guidelines">FAQ/Guidelines</a>
<a href="/tos">Terms of Service</a> <a href="/privacy">Privacy Policy</a></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout511-discourse-smart-meter-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Meters and readings', 'smets1', '1', '2', 'Reply', 'created', 'last reply', '3', 'replies', '264', 'views', 'users',
    'Suggested Topics', ...fSuggested, '4', '120', 'Mar 1', '157', 'Mar 2', '194', 'Mar 3',
    'Want to read more? Browse other topics in Meters and readings or view latest topics.', 'Home', 'Categories', 'FAQ/Guidelines', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const zTitle = 'Why has my monthly Direct Debit changed?';
const zIntro = j(
  'We review every Direct Debit twice a year, and again whenever prices change. The aim is for your balance to be close to zero',
  'after twelve months, so you are not building up a large credit or a debt.',
);
const zH1 = 'The most common reasons';
const zReasons = [
  'Your energy prices have gone up or down',
  'You have used more or less energy than we estimated when you joined',
  'Your account is in debit or in credit by more than one month’s payment',
  'We have received actual readings after a run of estimated bills',
];
const zH2 = 'Can I choose my own amount?';
const zChoose = [
  j(
    'Yes. You can change your payment in the app under Payments, as long as the new amount is within the range we show. If you',
    'want to pay less than the lowest amount, please contact us so we can check you will not fall into debt by the end of the year.',
  ),
  'We will always give you at least ten working days’ notice before we change the amount we collect.',
];
const zSide = ['Paying by Direct Debit', zTitle, 'How do I get a refund of my credit?', 'What is a standing charge?', 'Understanding your annual statement'];
const zRelated = ['How do I get a refund of my credit?', 'Understanding your annual statement', 'Payment plans if you are struggling'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><!-- v26880 -->
<title>${zTitle} – Lumen Home Help Centre</title><meta content="width=device-width, initial-scale=1.0" name="viewport">
<meta content="We review every Direct Debit twice a year, and again whenever prices change." name="description"><meta content="${zTitle}" property="og:title">
<link rel="canonical" href="https://help.lumenhome.co.uk/hc/en-gb/articles/4409917263377-Why-has-my-monthly-Direct-Debit-changed">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-1f0a2b3c.css" media="all" id="stylesheet">
<link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HQ2X/360002/style.css?digest=24771133">
<script src="//static.zdassets.com/hc/assets/en-gb.7c1d3e.js"></script>
<script type="text/javascript">window.HelpCenter = {}; HelpCenter.account = {"subdomain":"lumenhome","environment":"production"}; HelpCenter.user =
{"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb">
<img src="//theme.zdassets.com/theme_assets/360002/lumen-logo.png" alt="Lumen Home Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list"><li>
<a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav>
</div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
<li title="Lumen Home Help Centre"><a href="/hc/en-gb">Lumen Home Help Centre</a></li><li title="Bills and payments">
<a href="/hc/en-gb/categories/3600">Bills and payments</a></li>
<li title="Paying by Direct Debit"><a href="/hc/en-gb/sections/3601">Paying by Direct Debit</a></li></ol></nav>
<div class="search-container"><form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get">
<input type="hidden" name="utf8" value="&#x2713;">
<input type="search" name="query" id="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${zSide
  .slice(1)
  .map((t, i) => `<li><a href="/hc/en-gb/articles/44099${i}" class="sidenav-item${i === 0 ? ' current-article' : ''}">${t}</a></li>`)
  .join('\n')}
</ul><a href="/hc/en-gb/sections/3601" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar">
<img src="https://lumenhome.zendesk.com/system/photos/3600/agent.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/3609-Rhiannon-Pryce">Rhiannon Pryce</a><ul class="meta-group"><li class="meta-data">
<time datetime="2027-01-18T10:22:41Z"
title="2027-01-18 10:22" data-datetime="relative">2 months ago</time></li><li class="meta-data">Updated</li></ul></div></div>
<div class="article-subscribe"><a class="button" rel="nofollow" role="button" data-auth-action="signin"
href="/hc/en-gb/articles/4409917263377/subscription.html">Follow</a></div></header>
<section class="article-info"><div class="article-content"><div class="article-body"><p>${zIntro}</p>
<h2>${zH1}</h2><ul>${lis(zReasons)}</ul><h2>${zH2}</h2>${ps(zChoose)}</div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li>
<a href="https://www.facebook.com/share.php?title=Why" class="share-facebook" aria-label="Facebook"></a></li>
<li><a href="https://twitter.com/share?lang=en" class="share-twitter" aria-label="X Corp"></a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">18 out of 31 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>
${zRelated.map((t, i) => `<li><a href="/hc/en-gb/related/click?data=${i}" rel="nofollow">${t}</a></li>`).join('\n')}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Lumen Home Help Centre</a><div class="footer-language-selector"></div></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.co.uk/service/help-center/?utm_source=helpcenter" target="_blank">Powered by Zendesk</a></div>
</footer>
<script src="//static.zdassets.com/hc/assets/moment-f1a2.js"></script><script src="/hc/theming_assets/01HQ2X/360002/script.js?digest=24771133"></script></body>
</html>`;
const zendeskArticle: TestPage = {
  name: 'heldout511-zendesk-direct-debit',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zH1, zH2],
  body: texts([zIntro, ...zReasons, ...zChoose]),
  bylines: ['Rhiannon Pryce', '2 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Lumen Home Help Centre', 'Bills and payments', 'Paying by Direct Debit',
    'Articles in this section', ...zSide.slice(2), 'See more', 'Follow', 'Was this article helpful?', 'No', '18 out of 31 found this helpful',
    'Have more questions? Submit a request', 'Return to top', 'Related articles', 'Payment plans if you are struggling', 'Comments', '0 comments',
    'Article is closed for comments.', 'Powered by Zendesk',
  ],
};

export const HELDOUT511_E: readonly TestPage[] = [discourseThread, zendeskArticle];
