import { links } from './page-kit.js';

/**
 * Held-out batch 134, file b3: a Discourse topic in a personal-finance app's product community, as the Ember app leaves it
 * for a signed-out visitor: the d-header with custom header links, "Sign Up" and "Log In", the sidebar (topics, categories,
 * tags), the topic title with category badge and tags, posts with names, staff titles, dates, reply-to tabs, like counts
 * and post controls, the "Solved by ... in post #5" aside with its solution excerpt in the first post, the topic map, the
 * "Solution" marker, the auto-close small action, the timeline, footer buttons, related topics table and the site footer.
 */
export const dcTitle = 'Bank sync stopped importing transactions after updating to 5.3';
export interface DcPost {
  n: number;
  user: string;
  full?: string;
  utitle?: string;
  date: string;
  likes: string;
  replyTo?: string;
  replies?: string;
  paras: readonly string[];
  solution?: boolean;
}
export const dcPosts: readonly DcPost[] = [
  {
    n: 1,
    user: 'marta_k',
    date: 'Mar 3',
    likes: '4',
    replies: '1 Reply',
    paras: [
      `Since the app updated itself to 5.3 on Friday, my current account at Northfield Building Society has not imported a single
transaction. The connection page says the account is connected and the last sync shows as a few minutes ago, but nothing new appears.`,
      `My savings account at the same bank still updates normally, and so does my credit card with a different provider. I have tried
pulling down to refresh, logging out and back in, and restarting the phone. I am on iOS and the web app shows the same thing.`,
      'Is anyone else seeing this, or is there something I should check on my side before I start disconnecting accounts?',
    ],
  },
  {
    n: 2,
    user: 'jmoreno',
    full: 'Joel Moreno',
    utitle: 'Ledgerly Support',
    date: 'Mar 3',
    likes: '2',
    replyTo: 'marta_k',
    paras: [
      `Thanks for the detailed report, Marta. Could you tell us roughly what date the last imported transaction on that account was
from, and whether the account has any pending transactions at the moment? Please do not post account numbers here. If we need
anything private we will send you a message.`,
    ],
  },
  {
    n: 3,
    user: 'marta_k',
    date: 'Mar 4',
    likes: '1',
    replyTo: 'jmoreno',
    paras: [
      `The last one is from February 27, a card payment at a supermarket. There are three pending card payments on the account right now,
and I think there were some pending ones on the day of the update as well.`,
    ],
  },
  {
    n: 4,
    user: 'owen.tarrant',
    date: 'Mar 4',
    likes: '9',
    paras: [
      `Same here with a joint account at Northfield. The last transaction that came through is from the 28th. My partner's own account at
the same bank is fine, and that one hardly ever has pending payments, so the pending theory sounds plausible to me.`,
    ],
  },
  {
    n: 5,
    user: 'jmoreno',
    full: 'Joel Moreno',
    utitle: 'Ledgerly Support',
    date: 'Mar 5',
    likes: '17',
    solution: true,
    paras: [
      `Thank you both, the pending payments were the clue. Version 5.3 changed how we match pending transactions to the booked ones that
replace them. For a handful of banks, including Northfield, a pending transaction that was still open when the update was installed
blocks every transaction after it from being imported.`,
      `The fix is in 5.3.2, which is rolling out on iOS, Android and the web today. After updating, open the account and pull to refresh
once. The missing transactions should appear within a few minutes, with their original dates.`,
      `If they still have not appeared after an hour, disconnect the account under Settings, then Connections, and connect it again. You
will not lose categories or notes on transactions you have already imported. Sorry for the trouble.`,
    ],
  },
  {
    n: 6,
    user: 'marta_k',
    date: 'Mar 5',
    likes: '3',
    replyTo: 'jmoreno',
    paras: ['Updated this morning and everything back to February 27 is there now, in the right order. Thanks for sorting it so quickly.'],
  },
];
export const dcSolvedExcerpt =
  'Thank you both, the pending payments were the clue. Version 5.3 changed how we match pending transactions to the booked ones that ' +
  'replace them. For a handful …';
export const dcHeaderLinks = ['Ledgerly.example', 'Help Centre', 'Status'];
export const dcSidebar = ['Topics', 'More'];
export const dcCategories = ['Announcements', 'Getting Started', 'Bank Connections', 'Budgets & Reports', 'Feature Requests', 'All categories'];
export const dcTags = ['bank-sync', 'ios', 'web-app', 'All tags'];
export const dcTopicTags = ['bank-sync', 'ios'];
export const dcMap = [
  ['1.4k', 'views'],
  ['36', 'likes'],
  ['3', 'links'],
  ['4', 'users'],
];
export const dcClosed = 'This topic was automatically closed 7 days after the last reply. New replies are no longer allowed.';
export const dcRelated: readonly (readonly string[])[] = [
  ['Transactions imported twice after reconnecting', 'Bank Connections', '6', '418', 'Feb 11'],
  ['Pending card payments show the wrong merchant name', 'Bank Connections', '3', '207', 'Jan 29'],
  ['5.3 release notes: split transactions and a new reports tab', 'Announcements', '22', '2.9k', 'Feb 28'],
];
export const dcFooter = ['© 2025 Ledgerly Ltd', 'Privacy', 'Terms', 'Contact', 'Powered by Discourse'];
const dcPost = (p: DcPost): string => `<div class="topic-post clearfix ${p.user === 'marta_k' ? 'topic-owner ' : ''}${p.full ? 'staff moderator ' : ''}regular${
  p.solution ? ' accepted-answer' : ''
}"
data-post-number="${p.n}"><article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="21${p.n}77" data-topic-id="4821"
data-user-id="${p.user.length}" class="boxed onscreen-post"><span tabindex="-1"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1" data-user-card="${p.user}"><img alt="" width="48" height="48"
src="/user_avatar/community.ledgerly.example/${p.user}/96/1.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username${p.full ? ' staff moderator' : ''}"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>
${
  p.full
    ? `<span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.full}</a></span><span
class="user-title">${p.utitle}</span>`
    : ''
}</div>
<div class="post-infos">${
  p.replyTo
    ? `<a class="reply-to-tab" tabindex="0" aria-label="in reply to post by ${p.replyTo}"><svg></svg><img alt="" width="24" height="24"
class="avatar"><span>${p.replyTo}</span></a>`
    : ''
}<div class="post-info post-date"><a class="widget-link post-date" href="/t/bank-sync-stopped-importing/4821/${p.n}"
title="Post date"><span title="${p.date}, 2025 9:12 am" data-time="17410${p.n}0000000" class="relative-date">${p.date}</span></a></div>
<div class="read-state read" title="Post is unread"><svg></svg></div></div></div>
<div class="regular contents"><div class="cooked">
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}
${
  p.n === 1
    ? `<aside class="quote accepted-answer" data-post="5" data-topic="4821" data-expanded="false"><div class="title"><div class="quote-controls">
<button aria-controls="quote-id-4821-5" aria-expanded="false" class="quote-toggle btn-flat"><svg></svg></button></div><div
class="accepted-answer--solver-accepter">
<div class="accepted-answer--solver">Solved by <a href="/u/jmoreno">jmoreno</a> in <a href="/t/bank-sync-stopped-importing/4821/5">post #5</a></div></div></div>
<blockquote id="quote-id-4821-5"><p>${dcSolvedExcerpt}</p></blockquote></aside>`
    : ''
}
</div><section class="post-menu-area clearfix"><nav class="post-controls expanded-controls"><div class="actions">
${
  p.replies
    ? `<button class="widget-button btn-flat show-replies btn-icon-text" aria-expanded="false" aria-label="1 reply"><span
class="d-button-label">${p.replies}</span></button>`
    : ''
}
${
  p.solution
    ? `<button class="widget-button btn-flat post-action-menu__solved-accepted accepted fade-out btn-icon-text"
title="this reply has been marked as a solution"><svg></svg><span class="d-button-label">Solution</span></button>`
    : ''
}
<div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-text"
title="${p.likes} people liked this post"
aria-pressed="false"><span class="d-button-label">${p.likes}</span></button><button class="widget-button btn-flat toggle-like like no-text btn-icon"
title="like this post"><svg></svg></button></div>
<button class="widget-button btn-flat post-action-menu__copy-link no-text btn-icon" title="copy a link to this post to clipboard"><svg></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><svg></svg><span
class="d-button-label">Reply</span></button>
</div></nav></section></div>
${
  p.n === 1
    ? `<section class="topic-map --op"><div class="topic-map__contents"><div class="topic-map__stats --single-stat">${dcMap
        .map(
          ([n, l]) =>
            `<button class="btn no-text topic-map__${l}-trigger"><span class="number">${n}</span><span class="topic-map__stat-label">${l}</span></button>`,
        )
        .join('')}</div></div></section>`
    : ''
}
</div></div></span></article></div>`;
export const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon has-sidebar-page"><head><meta charset="utf-8">
<title>${dcTitle} - Bank Connections - Ledgerly Community</title><meta name="description"
content="Since the app updated itself to 5.3 on Friday, my current account...">
<meta name="generator" content="Discourse 3.4.1 - https://github.com/discourse/discourse version 3.4.1"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<meta name="theme-color" media="all" content="#ffffff"><meta property="og:site_name" content="Ledgerly Community"><meta property="og:type" content="website">
<meta property="og:title" content="${dcTitle}"><meta property="og:url" content="https://community.ledgerly.example/t/bank-sync-stopped-importing/4821">
<meta property="article:published_time" content="2025-03-03T20:41:07+00:00"><meta property="article:section" content="Bank Connections">
<link rel="canonical" href="https://community.ledgerly.example/t/bank-sync-stopped-importing/4821">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"@id":"https://community.ledgerly.example/t/bank-sync-stopped-importing/4821",
"headline":"${dcTitle}","articleSection":"Bank Connections","keywords":["bank-sync","ios"],"datePublished":"2025-03-03T20:41:07Z",
"author":{"@type":"Person","name":"marta_k","url":"https://community.ledgerly.example/u/marta_k"},"commentCount":5}</script>
<link href="/stylesheets/desktop_4b1e2f0a.css" media="all" rel="stylesheet" data-target="desktop"><link href="/stylesheets/discourse-solved_4b1e2f0a.css"
rel="stylesheet">
<script defer src="/assets/discourse-7c2a1b.js"></script><script defer src="/theme-javascripts/9f0e1d2c.js" data-theme-id="4"></script></head>
<body class="crawler ember-application category-bank-connections tags-bank-sync tags-ios archetype-regular docked">
<div class="hidden" id="data-preloaded" data-preloaded="{}"></div><noscript data-path="/t/bank-sync-stopped-importing/4821"></noscript>
<section id="main" class="ember-application"><div id="ember4" class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main
content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button title="Toggle sidebar"
class="btn no-text btn-icon btn-flat"><svg></svg></button></div><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/ledgerly-logo.png" width="180" alt="Ledgerly Community"></a></div></div>
<div class="before-header-panel-outlet"><ul class="custom-header-links">${links(dcHeaderLinks, 'headerLink')}</ul></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button"><span
class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button"><svg></svg><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><button class="icon btn-flat" aria-label="Search"
title="Search"><svg></svg></button></li></ul>
</div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections sidebar-sections-anonymous">
<div class="sidebar-section" data-section-name="community"><ul class="sidebar-section-content">${links(dcSidebar, 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><span
class="sidebar-section-header-text">Categories</span></div>
<ul class="sidebar-section-content">${links(dcCategories, 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section" data-section-name="tags"><div class="sidebar-section-header-wrapper"><span class="sidebar-section-header-text">Tags</span></div>
<ul class="sidebar-section-content">${links(dcTags, 'sidebar-section-link-wrapper')}</ul></div></div></section></div>
<div id="main-outlet" class=""><div class="posts-wrapper"><div id="topic-title"><div class="container"><div class="title-wrapper">
<h1 data-topic-id="4821"><span class="topic-statuses"><span title="This topic has a solution" class="topic-status"><svg></svg></span></span>
<a href="/t/bank-sync-stopped-importing/4821" class="fancy-title">${dcTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/bank-connections/12"><span data-category-id="12"
style="--category-badge-color: #0E76BD;"
data-drop-close="true" class="badge-category" title="Questions and problems with connecting banks, cards and investment accounts."><span
class="badge-category__name">Bank Connections</span>
</span></a><div class="list-tags">${dcTopicTags.map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag box">${t}</a>`).join('')}</div></div>
</div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="4821"><div class="posts-wrapper"><div class="post-stream">
${dcPosts.map(dcPost).join('\n')}
<div class="time-gap small-action"><div class="topic-avatar"></div><div class="small-action-desc timegap">5 days later</div></div>
<div class="small-action onscreen-post" data-post-number="7" id="post_7" role="region" aria-label="post #7 by @system"><div
class="topic-avatar"><svg></svg></div>
<div class="small-action-desc"><div class="small-action-contents"><a class="trigger-user-card" data-user-card="system">system</a>
<p>Closed <span title="Mar 12, 2025 9:20 am" class="relative-date">Mar 12</span></p></div><div
class="small-action-custom-message"><p>${dcClosed}</p></div></div></div>
</div></div></section></div></div>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a class="start-date" title="Jump to the first post">Mar
3</a></div>
<div class="timeline-scrollarea-wrapper"><div class="timeline-scroller"><div class="timeline-scroller-content"><div class="timeline-replies">1 / 7</div>
<div class="timeline-ago">Mar 3</div></div></div></div><div class="timeline-date-wrapper"><a class="now-date" title="Jump to the last post">Mar
12</a></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text share-and-invite"><svg></svg><span
class="d-button-label">Share</span></button>
<button class="btn btn-icon-text btn-primary create" title="begin composing a reply to this topic"><svg></svg><span
class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists single-list"><div role="complementary" class="suggested-topics">
<h3 id="suggested-topics-title" class="suggested-topics-title">Related topics</h3><div class="topics"><table class="topic-list"><thead><tr><th
class="default">Topic</th>
<th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody>
${dcRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/4700"
class="title raw-link raw-topic-link">${r[0]}</a></span>
<div class="link-bottom-line"><span class="badge-category__name">${r[1]}</span></div></td><td class="num posts-map"><span class="number">${r[2]}</span></td>
<td class="num views"><span class="number">${r[3]}</span></td><td class="num activity"><span class="relative-date">${r[4]}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/bank-connections/12">Bank Connections</a> or <a href="/latest">view
latest topics</a>.</h3></div>
</div></div></div>
<footer class="custom-footer"><ul class="footer-links">${links(dcFooter.slice(1, 4), 'footer-link')}</ul><p class="footer-copyright">${dcFooter[0]}</p>
<div class="powered-by-discourse"><a href="https://discourse.org/powered-by">${dcFooter[4]}</a></div></footer>
</div></section><script defer src="/assets/start-discourse-7c2a1b.js"></script></body></html>`;
