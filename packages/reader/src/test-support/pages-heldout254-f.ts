import { links, ps, type TestPage, texts } from './page-kit.js';
import { substack } from './pages-heldout254-f2.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file f: a mutual-aid network's Discourse forum thread, as the Ember app renders it (d-header with
 * search and log-in, the category and tag badges under the title, topic posts with names, post dates, like counts and
 * reply buttons, a quoted reply, the topic map with views and users, the "Suggested Topics" table, the topic footer
 * buttons and the login banner) and, from file f2, a nonprofit's Substack newsletter post.
 */
const dTitle = 'Setting up a tool and bike lending shelf at the Oakfield hub: what worked?';
const posts: { user: string; date: string; likes: string; paras: string[]; quote?: string }[] = [
  {
    user: 'marguerite_r',
    date: 'Feb 20',
    likes: '12',
    paras: [
      j(
        'We finally have a corner of the Oakfield community hub to ourselves on Tuesdays and Saturdays, and the plan is a free lending',
        'shelf for tools, kids’ bikes and helmets. Before we build anything, I wanted to ask the groups who have done this already.',
      ),
      'Three things I am stuck on:',
    ],
  },
  {
    user: 'dev_okonjo',
    date: 'Feb 20',
    likes: '9',
    paras: [
      j(
        'We ran one out of a church porch for two years. Honestly the spreadsheet was fine. A paper card on each item with the',
        'borrower’s first name and a return date worked better than any app, because anyone on shift could use it.',
      ),
      j(
        'On losses: we lost maybe one item in twenty, mostly cheap stuff. We stopped chasing and just asked people to bring',
        'something back if they could. Lots of people returned more than they took.',
      ),
    ],
  },
  {
    user: 'Hollie_B',
    date: 'Feb 21',
    likes: '7',
    quote: 'A paper card on each item with the borrower’s first name and a return date worked better than any app',
    paras: [
      j(
        'Seconding this. For bikes though, get a volunteer who can do a basic safety check before each loan: brakes, tyres, chain.',
        'Our insurer wanted a written log of the checks and it took five minutes a bike.',
      ),
    ],
  },
  {
    user: 'marguerite_r',
    date: 'Feb 23',
    likes: '4',
    paras: [
      j(
        'Thank you all, this is really helpful. We are going with paper cards and a check log for the bikes, and we will review after',
        'three months. I will post an update here once we open.',
      ),
    ],
  },
];
const dList = [
  'How do you keep track of who has what without a login system?',
  'What do you do about things that never come back?',
  'Any insurance issues with lending bikes to kids?',
];
const dSuggested = ['Running a warm space on a shoestring budget', 'Template: volunteer sign-up form for food runs', 'Does anyone have a spare chest freezer?'];
const post = (p: (typeof posts)[number], n: number): string => `<div class="topic-post clearfix regular" data-post-number="${n}"><article id="post_${n}"
aria-label="post #${n} by @${p.user}" role="region" data-post-id="${4400 + n}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">
<a class="trigger-user-card main-avatar" data-user-card="${p.user}" aria-hidden="true"><img alt="" width="48" height="48" class="avatar"
src="/user_avatar/forum.oakfieldmutualaid.example/${p.user}/96/1.png"></a></div><div class="topic-body clearfix"><div role="heading" class="topic-meta-data">
<div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/312/${n}"><span title="${p.date}, 2026" data-time="1771500000000"
class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${
  p.quote
    ? `<aside class="quote no-group" data-username="dev_okonjo" data-post="2" data-topic="312"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/dev_okonjo/48/1.png" class="avatar"> dev_okonjo:</div><blockquote><p>${p.quote}</p></blockquote></aside>`
    : ''
}
${ps(p.paras)}
${n === 1 ? `<ol>${dList.map((t) => `<li>${t}</li>`).join('\n')}</ol>` : ''}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button class="btn-flat
button-count like-count" title="view who liked this">${p.likes}</button><button class="btn-flat toggle-like like" title="like this post"></button></div>
<button class="btn-flat share" title="copy a link to this post"></button><button class="btn-flat reply" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Lending &amp; sharing -
Oakfield Mutual Aid Forum</title><meta name="description" content="We finally have a corner of the Oakfield community hub to ourselves on Tuesdays and
Saturdays"><meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 5c2d8e">
<meta property="og:site_name" content="Oakfield Mutual Aid Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"marguerite_r"},"datePublished":"2026-02-20T18:02:11Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":4}}</script>
<link href="/stylesheets/desktop_d7a1.css" media="all" rel="stylesheet" data-target="desktop"><script defer src="/assets/discourse-4f9a.br.js"></script>
<meta id="data-preloaded" data-preloaded="{&quot;topic_312&quot;:&quot;{}&quot;}"></head>
<body class="crawler ember-application category-lending-and-sharing archetype-regular"><section id="main" class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><a href="/"
data-auto-route="true"
class="title"><img src="/uploads/default/original/1X/logo.png" alt="Oakfield Mutual Aid Forum" id="site-logo" class="logo-big"></a></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons">
<li class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat" title="search topics, posts, users, or categories"></a></li>
<li class="header-dropdown-toggle hamburger-dropdown"><a href="#" class="icon btn-flat" title="menu"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section class="sidebar-sections"><div class="sidebar-section-header-text">
Categories</div><ul>${links(['Food runs', 'Lending & sharing', 'Housing help', 'Announcements'], 'sidebar-section-link-wrapper')}</ul></section></div>
<div id="main-outlet"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="312"><a href="/t/setting-up-a-tool-and-bike-lending-shelf/312"
class="fancy-title">${dTitle}</a></h1><div class="topic-category"><span class="badge-category__wrapper"><span class="badge-category"><span
class="badge-category__name">Lending &amp; sharing</span></span></span><div class="list-tags"><a href="/tag/bike-lending"
class="discourse-tag simple">bike-lending</a>
<a href="/tag/tool-library" class="discourse-tag simple">tool-library</a></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic"><div class="posts-wrapper"><div class="post-stream">
${posts.map((p, i) => post(p, i + 1)).join('\n')}
</div></div><section class="map map-collapsed"><div class="topic-map"><div class="topic-map__stats"><span class="number">4</span> <span
class="topic-map__stat-label">replies</span> <span class="number">186</span> <span class="topic-map__stat-label">views</span> <span class="number">3</span>
<span class="topic-map__stat-label">users</span></div></div></section></section></div></div>
<div id="topic-footer-buttons"><button class="btn btn-icon-text btn-default share-and-invite">Share</button><button class="btn btn-icon-text btn-default
bookmark">Bookmark</button><button class="btn btn-icon-text btn-primary create">Reply</button></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table
class="topic-list"><thead><tr><th>Topic</th> <th>Replies</th>
<th>Views</th> <th>Activity</th></tr></thead><tbody>${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title raw-link raw-topic-link">${t}</a></td> <td>${i + 2}</td>
<td>${[120, 88, 64][i]}</td> <td>${['Jan 30', 'Feb 2', 'Feb 15'][i]}</td></tr>`,
  )
  .join('\n')}</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in Lending &amp; sharing or view latest topics.</h3>
</div></div></div>
<div class="signup-cta alert alert-info"><div
class="signup-cta__content">Hello! Looks like you’re enjoying the discussion, but you haven’t signed up for an account
yet. When you create an account, we can remember what you’ve read.</div><button class="btn btn-primary">Sign Up</button><button
class="btn no-icon">Maybe later</button>
</div><footer class="powered-by-discourse"><a href="https://discourse.example/">Powered by Discourse</a>, best viewed with JavaScript enabled</footer></section>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout254-discourse-mutual-aid-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts([...(posts[0]?.paras ?? []), ...dList, ...posts.slice(1).flatMap((p) => p.paras)]),
  bylines: ['marguerite_r', 'Feb 20', 'dev_okonjo', 'Hollie_B', 'Feb 21', 'Feb 23'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Categories', 'Food runs', 'Lending & sharing', 'Housing help', 'Announcements', 'bike-lending', 'tool-library', 'dev_okonjo:',
    'Reply', 'replies', '186', 'views', 'users', 'Share', 'Bookmark', 'Suggested Topics', ...dSuggested, 'Topic', 'Replies', 'Views',
    'Activity', 'Jan 30', 'Feb 15', 'Want to read more? Browse other topics in Lending & sharing or view latest topics.',
    j(
      'Hello! Looks like you’re enjoying the discussion, but you haven’t signed up for an account yet.',
      'When you create an account, we can remember what you’ve read.',
    ),
    'Maybe later', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT254_F: readonly TestPage[] = [discourse, substack];
