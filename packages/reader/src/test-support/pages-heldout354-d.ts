import { links, ps, type TestPage, texts } from './page-kit.js';
import { bankNotice } from './pages-heldout354-d2.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file d: a game studio's Discourse forum thread about a server outage, saved from the Ember app (the
 * d-header with the site logo and log-in buttons, the topic title with its category badge and tags, the posts with avatars,
 * names, user titles, dates, "Staff" flair, reply-to tabs, likes and the post-controls, the topic map with views and users,
 * the timeline scroller, "Suggested Topics" and the footer).
 */
const dTitle = 'Servers down? Cannot log in since the patch (Error 0x4C)';
const dPosts: readonly [string, string, string, readonly string[]][] = [
  [
    'gravelwyrm',
    'Mar 12',
    '',
    [
      j(
        'Since the 3.8 patch went live about an hour ago I cannot get past the login screen. It sits on "Connecting to realm" for a',
        'minute and then throws Error 0x4C. Tried restarting the launcher and verifying the game files, same thing.',
      ),
      'Anyone else? I am on EU-West, playing on PC.',
    ],
  ],
  [
    'Mossbeard',
    'Mar 12',
    '',
    [
      j(
        'Same here on EU-West and EU-North. My guild is half in and half out, the people who were already logged in before the patch',
        'are still playing, but nobody new can connect.',
      ),
    ],
  ],
  [
    'Kaari_Lindqvist',
    'Mar 12',
    'Community Manager',
    [
      j(
        'Hi all, thanks for the reports. We are aware that players in Europe cannot log in after the 3.8 patch and the team is working on',
        'it right now. This is a problem with the login service, not with your game client, so there is no need to reinstall anything.',
      ),
      'I will post here as soon as I have more to share.',
    ],
  ],
  [
    'thistle_and_tar',
    'Mar 12',
    '',
    [j('Does this mean the weekend event is delayed? The Frostfall rewards were supposed to end on Sunday and a lot of us lost a whole', 'evening.')],
  ],
  [
    'Kaari_Lindqvist',
    'Mar 12',
    'Community Manager',
    [
      'Update: logins in Europe are working again as of 21:40 CET. Here is what happened, in short:',
      j(
        'The patch changed the format of the session tokens that the login service hands to the realm servers. The realm servers in our',
        'European data center were updated a few minutes later than the login service, and in that window they rejected every new token.',
        'Because of a bug in the retry logic, the launcher kept the rejected token and never asked for a new one, so even after the',
        'servers were updated you could not get in until the token expired.',
      ),
      j(
        'We have pushed a small launcher hotfix (3.8.1) that fetches a fresh token after Error 0x4C. If you still see the error, close the',
        'launcher completely and open it again so the hotfix can download.',
      ),
      j(
        'About Frostfall: we are extending the event by two days, so it now ends on Tuesday at 10:00 CET. Everyone who logged in during the',
        'event will also get the Frostfall Sledge mount. Sorry for the lost evening, and thanks for your patience.',
      ),
    ],
  ],
  ['gravelwyrm', 'Mar 12', '', ['In and playing. Thanks for the quick fix and the explanation, much appreciated.']],
];
const post = ([user, date, title, body]: readonly [string, string, string, readonly string[]], i: number): string => `<div class="topic-post clearfix regular">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region" data-post-id="${88410 + i}" data-topic-id="14203" data-user-id="${300 + i}"
class="boxed onscreen-post${title === '' ? '' : ' moderator'}"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" data-user-card="${user}" aria-hidden="true"><img alt="" width="45" height="45"
src="/user_avatar/forum.emberfall.example/${user.toLowerCase()}/90/77_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username${title === '' ? '' : ' staff moderator'}"><a href="/u/${user}" data-user-card="${user}">${user}</a></span>
${title === '' ? '' : `<span class="user-title">${title}</span>`}</div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/servers-down/14203/${i + 1}"><span title="${date}, 2026 9:0${i} pm" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(body)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<button class="widget-button btn-flat like-count">${i === 4 ? '73' : ''}</button><button class="widget-button btn-flat toggle-like" title="like this post">
</button>
<button class="widget-button btn-flat share" title="share a link to this post"></button>
<button class="widget-button btn-flat reply create fade-out" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const dCats = ['Latest', 'Top', 'Categories'];
const dSug: readonly [string, string][] = [
  ['Frostfall event rewards not showing in inventory', 'Bug Reports'],
  ['Patch 3.8 notes discussion', 'General Discussion'],
  ['Matchmaking takes forever on EU-North', 'Bug Reports'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Bug Reports - Emberfall Forums</title><meta name="description" content="Since the 3.8 patch went live about an hour ago I cannot
get past the login screen."><meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 1a2b3c">
<meta property="og:site_name" content="Emberfall Forums"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:published_time" content="2026-03-12T20:02:11+00:00"><meta property="article:section" content="Bug Reports">
<link rel="canonical" href="https://forum.emberfall.example/t/servers-down-cannot-log-in/14203">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"gravelwyrm"},"datePublished":"2026-03-12T20:02:11Z"}</script>
<link href="/stylesheets/desktop_theme_3_4f2c.css?__ws=forum.emberfall.example" media="all" rel="stylesheet" data-target="desktop_theme">
<script defer src="/assets/discourse-3c1f.js"></script></head>
<body class="crawler archetype-regular category-bug-reports docked"><section id="main" class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet">
<div class="title"><a href="/"><img src="/uploads/default/original/1X/emberfall-logo.png" alt="Emberfall Forums" id="site-logo"></a></div></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button>
<button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button></span></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><ul class="sidebar-sections">${links(dCats, 'sidebar-section-link')}</ul>
</div>
<div id="main-outlet"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="14203">
<a href="/t/servers-down-cannot-log-in/14203" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/bug-reports/7"><span class="badge-category__name">Bug Reports</span></a>
<div class="list-tags"><a href="/tag/patch-3-8" class="discourse-tag simple">patch-3-8</a> <a href="/tag/outage" class="discourse-tag simple">outage</a>
</div></div>
</div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="14203"><div class="posts-wrapper">
${dPosts.map(post).join('\n')}
<div class="topic-map"><section class="map map-collapsed"><ul class="clearfix"><li><h4 role="presentation">created</h4><span>Mar 12</span></li>
<li><h4 role="presentation">last reply</h4><span>Mar 12</span></li><li><span class="number">41</span><h4 role="presentation">replies</h4></li>
<li class="secondary"><span class="number">2.6k</span><h4 role="presentation">views</h4></li></ul></section></div>
</div></section><div class="topic-timeline"><div class="timeline-container"><div class="timeline-scrollarea"><div class="timeline-date-wrapper">
<a class="start-date">Mar 12</a></div><div class="timeline-scroller-content">1 / 42</div></div></div></div></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
${dSug
  .map(
    ([t, c], i) => `<tr class="topic-list-item"><td class="main-link"><a href="#" class="title raw-link">${t}</a>
<span class="badge-category__name">${c}</span></td><td class="num posts">${7 + i}</td><td class="num views">${310 + i * 40}</td><td>Mar ${9 + i}</td></tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/bug-reports/7">Bug Reports</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div>
<footer class="footer"><nav><a href="https://emberfall.example">Emberfall Home</a> <a href="/tos">Terms of Service</a>
<a href="/privacy">Privacy Policy</a> <a href="/guidelines">Community Guidelines</a></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</section></body></html>`;
export const discourseThread: TestPage = {
  name: 'heldout354-discourse-game-outage-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => [...p[3]])),
  bylines: ['gravelwyrm', 'Mossbeard', 'Kaari_Lindqvist', 'thistle_and_tar', 'Mar 12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dCats, 'Bug Reports', 'patch-3-8', 'outage', 'Community Manager', 'Reply', 'created', 'last reply', 'replies', '2.6k',
    'views', '1 / 42', 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...dSug.map((s) => s[0]), 'General Discussion',
    'Want to read more? Browse other topics in Bug Reports or view latest topics.', 'Emberfall Home', 'Terms of Service', 'Privacy Policy',
    'Community Guidelines', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT354_D: readonly TestPage[] = [discourseThread, bankNotice];
