import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout537-kit.js';

/**
 * Held-out batch 537, file c: a charging app's help centre article on Zendesk Guide (Copenhagen theme) with its section
 * sidebar, votes, related articles and closed comments, and an EV owners' forum thread on Discourse (the rendered Ember page).
 */
const zTitle = 'Why was I charged an overstay fee?';
const zParas = [
  j(
    'Some chargers on the Plugsy network add an overstay fee when a car stays plugged in after it has finished charging. The fee',
    'keeps busy chargers free for the next driver. It is set by the charger owner, not by Plugsy, and it is always shown in the app',
    'before you start.',
  ),
  j(
    'The overstay fee starts after a grace period, which is usually 10 or 15 minutes. You can see the grace period and the fee',
    'per minute on the charger page under <strong>Price details</strong>.',
  ),
];
const zSteps = [
  'Open the <strong>Activity</strong> tab and tap the session.',
  'Scroll to <strong>Cost breakdown</strong>. The overstay fee is shown as a separate line with the number of minutes.',
  'Check the <strong>Charging ended</strong> and <strong>Unplugged</strong> times. The fee covers the time between them, minus the grace period.',
];
const zAfter = [
  j(
    'If you think the fee is wrong, for example because the charger stopped early or the cable would not release, send us a request',
    'from the session screen within 30 days. Add a photo of the charger screen if you have one. We check the charger log and refund',
    'the fee if the charger was at fault.',
  ),
  '<strong>Tip:</strong> turn on <em>Charging complete</em> notifications in Settings so the app tells you when to move your car.',
];
const zSide = ['Paying for a charging session', 'Why is there a hold on my card?', 'Getting a VAT receipt', 'See more'];
const zRel = ['Charger prices explained', 'Requesting a refund', 'My session did not stop'];
const zCrumbs = ['Plugsy Help Centre', 'Payments and pricing', 'Fees'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26870 -->
<title>${zTitle} &ndash; Plugsy Help Centre</title><meta content="Some chargers on the Plugsy network add an overstay fee..." name="description">
<meta content="width=device-width, initial-scale=1.0" name="viewport"><link rel="canonical" href="https://help.plugsy.example/hc/en-gb/articles/15530298410257">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-4b7e16a0.css" media="all"><link rel="stylesheet"
href="/hc/theming_assets/01HX/style.css">
<script src="https://static.zdassets.com/hc/assets/en-gb.3c1f2d.js"></script>
<script type="text/javascript">HelpCenter = {}; HelpCenter.account = {"subdomain":"plugsy"}; HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/hc/theming_assets/01HX/logo.png" alt="Plugsy Help Centre home page"></a>
</div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${links(zCrumbs)}</ol></nav><div class="search-container"><form role="search" class="search" data-search="" action="/hc/en-gb/search"
accept-charset="UTF-8" method="get"><input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
</button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
<li><a href="/hc/en-gb/articles/15530298410257" class="sidenav-item current-article" aria-current="page">${zTitle}</a></li>
${links(zSide.slice(0, 3), '')}</ul><a href="/hc/en-gb/sections/fees" class="article-sidebar-item">${zSide[3]}</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://plugsy.zendesk.com/system/photos/1.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/4419-Maya-Orsted">Maya Orsted</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-09-02T11:20:45Z" title="2026-09-02 11:20" data-datetime="relative">2 months ago</time></li><li class="meta-data">Updated</li></ul></div>
</div>
<a class="article-subscribe button-secondary" title="Opens a sign-in dialogue" rel="nofollow" role="button"
href="/hc/en-gb/articles/15530298410257/subscription.html">Follow</a>
</header><section class="article-info"><div class="article-content"><div class="article-body">${ps(zParas)}
<h3>How to see the fee on a session</h3><ol>${lis(zSteps)}</ol>
<h3>If you think the fee is wrong</h3>${ps(zAfter)}</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php" class="share-facebook"
aria-label="Facebook"></a></li><li><a href="https://twitter.com/share" class="share-twitter" aria-label="X Corp"></a></li></ul></div>
<a href="/hc/en-gb/articles/15530298410257/comments" class="article-comment-count"><span class="article-comment-count-icon"></span>0</a></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up"
aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down"
aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">12 out of 31 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRel)}</ul></div></section>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Plugsy Help Centre</a><div class="footer-language-selector">
<button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div></div><div class="powered-by-zendesk"><a
href="https://www.zendesk.com/service/help-center/"
target="_blank" rel="nofollow">Powered by Zendesk</a></div></footer>
<script type="text/javascript" src="/hc/theming_assets/01HX/script.js"></script></body></html>`;
const plugsy: TestPage = {
  name: 'heldout537-plugsy-zendesk',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: ['How to see the fee on a session', 'If you think the fee is wrong'],
  body: texts([...zParas, ...zSteps, ...zAfter]),
  bylines: ['Maya Orsted', '2 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSide, 'Follow', '0', 'Was this article helpful?',
    'Yes', 'No', '12 out of 31 found this helpful', 'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zRel, 'Comments',
    '0 comments', 'Article is closed for comments.', 'English (GB)', 'Powered by Zendesk',
  ],
};

const dTitle = 'Chargers at Kelling Services always showing “faulted”?';
const dPosts = [
  {
    user: 'wattwatcher',
    date: 'Oct 4',
    full: 'Oct 4, 2026 8:12 pm',
    paras: [
      j(
        'Third time this month I have pulled into Kelling Services northbound and found both of the 150 kW units showing faulted',
        'in the app. The screens on the units themselves were blank. Only the old 50 kW unit by the hotel was working.',
      ),
      'Is anyone else seeing this, or is it just bad luck on my part? I did report it through the app each time.',
    ],
  },
  {
    user: 'Gwen_R',
    date: 'Oct 4',
    full: 'Oct 4, 2026 9:40 pm',
    paras: ['Same on Saturday. I ended up doing 20 minutes on the 50 kW and limping to Brackley. Things I noticed:'],
    list: ['both rapid units had a handwritten “out of order” sign', 'the canopy lights were off too', 'the card reader was dark'],
    more: ['Looks like a power problem to the whole pod rather than the chargers themselves.'],
  },
  {
    user: 'mjolnir_ev',
    date: 'Oct 6',
    full: 'Oct 6, 2026 7:05 am',
    paras: [
      j(
        'I asked the operator on their forum page. They say the supply cable to the pod was damaged during the resurfacing of the',
        'lorry park and the distribution network operator has to replace it. No date yet.',
      ),
    ],
  },
  {
    user: 'wattwatcher',
    date: 'Oct 9',
    full: 'Oct 9, 2026 6:31 pm',
    paras: [
      'Thanks @mjolnir_ev, that explains it. Marking this as solved so people searching can find the answer.',
      'For anyone heading that way: Fenwick Farm Shop, 4 miles on at the next junction, has two working 120 kW units.',
    ],
  },
];
const dPostHtml = (p: (typeof dPosts)[number], i: number): string => `<div class="topic-post clearfix${i === 0 ? ' topic-owner' : ''} regular">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${88410 + i}" data-topic-id="5521"
class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}"
aria-hidden="true">
<img alt="" width="48" height="48" src="/user_avatar/forum.eastmarch-ev.example/${p.user.toLowerCase()}/96/2210_2.png" class="avatar" loading="lazy"></a>
</div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="widget-link post-date" href="/t/chargers-at-kelling-services-always-showing-faulted/5521/${i + 1}" title="Post date">
<span title="${p.full}" data-time="1791230000000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}${p.list === undefined ? '' : `\n<ul>${lis(p.list)}</ul>`}${ps(p.more ?? [])}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button
class="widget-button btn-flat toggle-like like
no-text btn-icon" aria-label="like this post" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-string"><use href="#far-heart"></use>
</svg></button></div>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" aria-label="Reply" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dSuggested = ['Per-minute pricing coming to Eastmarch Grid?', 'Best apps for checking charger status', 'Winter range on the A14 — real numbers'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Public charging - Eastmarch EV Owners</title><meta name="description" content="Third time this month I have pulled into Kelling Services…">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 9f36a1"><link rel="canonical"
href="https://forum.eastmarch-ev.example/t/chargers-at-kelling-services-always-showing-faulted/5521">
<link href="/stylesheets/desktop_ce7b3a.css?__ws=forum.eastmarch-ev.example" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"wattwatcher"}}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.eastmarch-ev.example" data-environment="production"></head>
<body class="archetype-regular category-public-charging tag-ccs docked"><div id="main" class="ember-application">
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/">
<img src="/uploads/default/original/1X/logo.png" alt="Eastmarch EV Owners" id="site-logo" class="logo-big"></a></div></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text"><span
class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" title="search topics, posts, users, or categories"
aria-label="Search"
class="icon btn-flat"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="5521"><span class="private-message-glyph-wrapper"></span>
<a href="/t/chargers-at-kelling-services-always-showing-faulted/5521" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/public-charging/6"><span data-category-id="6" class="badge-category --style-square">
<span class="badge-category__name">Public charging</span></span></a><div class="list-tags"><a href="/tag/ccs" class="discourse-tag simple">ccs</a>
<a href="/tag/outages" class="discourse-tag simple">outages</a></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="5521"><div class="posts-wrapper">
${dPosts.map(dPostHtml).join('\n')}
<div class="topic-map"><section class="map"><ul><li><h4 role="presentation">created</h4></li><li><h4 role="presentation">last reply</h4></li>
<li class="secondary replies"><span class="number">3</span><h4 role="presentation">replies</h4></li><li class="secondary views"><span class="number">412</span>
<h4 role="presentation">views</h4></li></ul></section></div></div></section></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><tbody>${dSuggested
  .map(
    (t) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${t.length}" class="title">${t}</a>
</td></tr>`,
  )
  .join('')}
</tbody></table></div></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/public-charging/6">Public charging</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div>
<div class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></div></div>
<script defer src="/assets/discourse-5c2b.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const eastmarch: TestPage = {
  name: 'heldout537-eastmarch-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => [...p.paras, ...(p.list ?? []), ...(p.more ?? [])])),
  bylines: ['wattwatcher', 'Gwen_R', 'Oct 4', 'Oct 6', 'Oct 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Public charging', 'ccs', 'outages', 'Reply', 'created', 'last reply', '3', 'replies', '412', 'views', 'Suggested Topics',
    ...dSuggested, 'Want to read more? Browse other topics in Public charging or view latest topics.', 'Powered by Discourse',
  ],
};

export const HELDOUT537_C: readonly TestPage[] = [plugsy, eastmarch];
