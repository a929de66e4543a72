import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 119, file c3: a Discourse 3.x troubleshooting topic with the Solved plugin, saved from the rendered Ember page by
 * a signed-out visitor (skip link, the header with "Sign Up", "Log In" and search, the site banner topic, the sidebar with
 * Community / Categories / Tags sections, the topic title with category badge and tags, six posts with full names and
 * usernames, relative dates, like counts and post controls, the "Solved by" quote in the first post, the topic map, a quoted
 * reply, the "Solution" label, the auto-close small action, the topic timeline, the footer buttons and "Related topics").
 */
const dcTitle = 'Zigbee devices drop off after every restart of the Hearthlink container';
type P = { n: number; user: string; name: string; date: string; title: string; likes: string; ps: string[]; quote?: string };
const dcPosts: P[] = [
  {
    n: 1,
    user: 'tomas.reyes',
    name: 'Tomás Reyes',
    date: 'Oct 7',
    title: 'Oct 7, 2025 3:12 pm',
    likes: '2',
    ps: [
      'Every time I restart the Hearthlink container, about half of my Zigbee devices show as unavailable. They come back on their own ' +
        'after anything from twenty minutes to a few hours, but the motion sensors in particular can stay offline all evening.',
      'Setup: Hearthlink 2025.9.2 in Docker on a mini PC, with a USB Zigbee stick on a short extension cable. 41 devices, mostly bulbs and ' +
        'battery sensors. Nothing useful in the logs except timeouts.',
      'Is this normal after a restart, or is something wrong with my network?',
    ],
  },
  {
    n: 2,
    user: 'ingrid_s',
    name: 'Ingrid Solberg',
    date: 'Oct 7',
    title: 'Oct 7, 2025 3:40 pm',
    likes: '1',
    ps: [
      'Not normal, but very common. Two questions: does the container use a fixed path to the stick (by-id rather than /dev/ttyUSB0), and ' +
        'do you have mains-powered devices that act as routers near the coordinator?',
    ],
  },
  {
    n: 3,
    user: 'tomas.reyes',
    name: 'Tomás Reyes',
    date: 'Oct 7',
    title: 'Oct 7, 2025 4:05 pm',
    likes: '',
    quote: 'does the container use a fixed path to the stick',
    ps: ['It’s mapped as /dev/ttyUSB0. And most of my routers are bulbs on smart switches, so they’re often powered off.'],
  },
  {
    n: 4,
    user: 'ingrid_s',
    name: 'Ingrid Solberg',
    date: 'Oct 8',
    title: 'Oct 8, 2025 8:51 am',
    likes: '7',
    ps: [
      'That’s probably both of your problems, then.',
      'First, map the stick by its serial path under /dev/serial/by-id/. The ttyUSB number can change between restarts, and if another USB ' +
        'device grabs it first, Hearthlink talks to the wrong thing for a while before it recovers.',
      'Second, bulbs that lose power make terrible routers. When they disappear, the battery sensors that were using them have to find a ' +
        'new parent, and many sensors only look for one the next time they wake up, which can take hours. Either leave those bulbs powered ' +
        'all the time or add two or three smart plugs to act as permanent routers.',
      'Once the mesh is stable, a restart should take less than a minute to recover.',
    ],
  },
  {
    n: 5,
    user: 'tomas.reyes',
    name: 'Tomás Reyes',
    date: 'Oct 9',
    title: 'Oct 9, 2025 10:22 pm',
    likes: '1',
    ps: ['Switched to the by-id path and put in two plugs as routers. Restarted three times tonight and everything came back within a minute. Thanks, Ingrid!'],
  },
  {
    n: 6,
    user: 'mrunal',
    name: 'Mrunal Deshpande',
    date: 'Oct 10',
    title: 'Oct 10, 2025 7:03 am',
    likes: '3',
    ps: [
      'Adding this for anyone who finds the thread later: the same thing happens with the appliance install, not just Docker. The by-id ' +
        'option is under Settings, Zigbee, Serial port.',
    ],
  },
];
const dcSolvedExcerpt = 'That’s probably both of your problems, then. First, map the stick by its serial path under /dev/serial/by-id/.';
const dcBanner = 'Hearthlink 2025.10 is out! Read the release notes before upgrading, especially if you use the Zigbee add-on.';
const dcSideCommunity = ['Topics', 'Users', 'About', 'FAQ', 'Groups', 'Badges', 'More'];
const dcSideCats = ['Announcements', 'Troubleshooting', 'Integrations', 'Feature requests', 'Site Feedback', 'All categories'];
const dcSideTags = ['zigbee', 'docker', 'automations', 'All tags'];
const dcTags = ['zigbee', 'docker'];
const dcClosed = 'This topic was automatically closed 7 days after the last reply. New replies are no longer allowed.';
const dcRelated: [string, string, string, string, string][] = [
  ['Zigbee stick not found after host reboot', 'Troubleshooting', '4', '318', 'Jun 2024'],
  ['Battery sensors take hours to reconnect', 'Troubleshooting', '11', '1.2k', 'Feb 2025'],
  ['Best USB extension cable for Zigbee coordinators?', 'Integrations', '23', '2.9k', 'Aug 2025'],
];
const dcCategoryDesc = 'Help with installing, upgrading and running Hearthlink.';
const postHtml = (p: P): string => {
  const first = p.n === 1;
  const solved = p.n === 4;
  return `<div class="topic-post clearfix${p.user === 'tomas.reyes' ? ' topic-owner' : ''} regular${solved ? ' accepted-answer' : ''}"
data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${19000 + p.n}" data-topic-id="4821" data-user-id="4${p.n}"
class="boxed onscreen-post">
<span class="tabLoc" aria-hidden="true" tabindex="-1"></span><div class="row"><div class="topic-avatar"><div class="post-avatar"><a
class="trigger-user-card main-avatar"
href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/community.hearthlink.example/${p.user}/96/1.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.name}</a></span><span class="second username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span></div><div
class="post-infos">${solved ? '<span class="accepted-text" title="Solution"><span class="accepted-label">Solution</span></span>' : ''}
<div class="post-info post-date"><a class="post-date" href="/t/zigbee-devices-drop-off-after-every-restart/4821/${p.n}" data-post-number="${p.n}">
<span title="${p.title}" data-time="1759849920000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
    p.quote
      ? `<aside class="quote no-group" data-username="ingrid_s" data-post="2" data-topic="4821"><div class="title"><div class="quote-controls"><button
class="quote-toggle btn-flat" aria-expanded="true" aria-label="Collapse quote"></button><a href="/t/zigbee-devices-drop-off-after-every-restart/4821/2"
title="go to the quoted post"
class="btn-flat back"></a></div><img alt="" width="24" height="24" src="/user_avatar/x/ingrid_s/48/2.png" class="avatar"> ingrid_s:</div>
<blockquote><p>${p.quote}</p></blockquote></aside>`
      : ''
  }
${p.ps.map((t) => `<p>${t}</p>`).join('\n')}</div>${
    first
      ? `<aside class="quote accepted-answer" data-post="4" data-topic="4821" data-expanded="false"><div class="title"><div
class="accepted-answer--solver-accepter">
<div class="accepted-answer--solver">Solved by <a href="/u/ingrid_s" data-user-card="ingrid_s">ingrid_s</a> in <a
href="/t/zigbee-devices-drop-off-after-every-restart/4821/4">post #4</a>
</div></div><div class="quote-controls"></div></div><blockquote><p>${dcSolvedExcerpt}</p></blockquote></aside>`
      : ''
  }<section class="post-menu-area clearfix"><nav class="post-controls expand-post"><div class="actions">${
    p.likes === ''
      ? ''
      : `<div class="double-button"><button class="btn btn-flat button-count like-count highlight-action regular-likes"
title="${p.likes} people liked this post">
<span class="d-button-label">${p.likes}</span></button><button class="btn no-text btn-icon toggle-like btn-flat" title="like this post"><svg
class="fa d-icon d-icon-d-unliked svg-icon"></svg></button></div>`
  }<button class="btn no-text btn-icon btn-flat post-action-menu__copy-link" title="copy a link to this post to clipboard"><svg
class="fa d-icon d-icon-d-post-share svg-icon"></svg></button>
<button class="btn btn-icon-text btn-flat reply create fade-out" title="begin composing a reply to this post"><svg
class="fa d-icon d-icon-reply svg-icon"></svg>
<span class="d-button-label">Reply</span></button></div></nav></section>${
    first
      ? `<section class="topic-map --op"><ul class="topic-map__stats"><li class="topic-map__views"><span class="number">612</span><span
class="topic-map__stat-label">views</span></li>
<li class="topic-map__likes"><span class="number">14</span><span class="topic-map__stat-label">likes</span></li><li class="topic-map__users"><span
class="number">3</span>
<span class="topic-map__stat-label">users</span></li><li class="topic-map__links"><span class="number">1</span><span
class="topic-map__stat-label">link</span></li></ul></section>`
      : ''
  }</div></div></div></article></div>`;
};
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon has-sidebar-page discourse-no-touch"><head><meta charset="utf-8">
<title>Zigbee devices drop off after every restart of the Hearthlink container - Troubleshooting - Hearthlink Community</title>
<meta name="description" content="Every time I restart the Hearthlink container, about half of my Zigbee devices show as unavailable."><meta name="generator"
content="Discourse 3.5.0 - https://github.com/discourse/discourse version 7f1b2c">
<link rel="icon" type="image/png" href="https://community.hearthlink.example/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color"
media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover"><link rel="canonical"
href="https://community.hearthlink.example/t/zigbee-devices-drop-off-after-every-restart/4821">
<meta property="og:site_name" content="Hearthlink Community"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="og:title" content="${dcTitle}"><meta property="article:published_time" content="2025-10-07T15:12:04+00:00"><meta property="og:ignore_canonical"
content="true">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.hearthlink.example",
"potentialAction":{"@type":"SearchAction",
"target":"https://community.hearthlink.example/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<link href="/stylesheets/desktop_a1b2c3d4e5f6.css?__ws=community.hearthlink.example" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/start-discourse-9f8e7d6c.js" data-discourse-entrypoint="start-discourse"></script>
<script defer src="/assets/plugins/discourse-solved_extra-1a2b3c.js" data-discourse-plugin="discourse-solved"></script></head>
<body class="ember-application docs archetype-regular category-troubleshooting tags-zigbee tags-docker has-sidebar-page navigation-topics">
<section id="main" class="ember-application"><div class="discourse-root"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<div id="ember3" class="d-header-wrap ember-view"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle">
<button aria-controls="d-sidebar" aria-expanded="true" title="Hide sidebar" class="btn btn-flat btn-sidebar-toggle no-text btn-icon"><svg
class="fa d-icon d-icon-bars svg-icon"></svg>
</button></div><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true"><img id="site-logo" class="logo-big"
src="/uploads/default/original/1X/hearthlink-logo.png" width="" alt="Hearthlink Community"></a></div></div><div class="panel" role="navigation"><span
class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button btn-text"><span class="d-button-label">Sign Up</span></button><button
class="btn btn-primary btn-small login-button btn-icon-text">
<svg class="fa d-icon d-icon-user svg-icon"></svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li
class="search-dropdown header-dropdown-toggle">
<button class="btn no-text btn-icon icon btn-flat" aria-expanded="false" aria-label="Search" title="Search"><svg
class="fa d-icon d-icon-search svg-icon"></svg></button></li></ul>
</div></div></div></header></div><div id="banner" class="overlay"><div class="floated-buttons"><button class="btn no-text btn-icon btn-flat close"
title="dismiss this banner">
<svg class="fa d-icon d-icon-xmark svg-icon"></svg></button></div><div id="banner-content"><div class="cooked"><p>${dcBanner}</p></div></div></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections sidebar-sections-anonymous">
<div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><div class="sidebar-section-header-wrapper sidebar-row"><button
class="btn no-text sidebar-section-header
sidebar-section-header-collapsable btn-transparent" aria-controls="sidebar-section-content-community" aria-expanded="true" title="Toggle
section"><span class="sidebar-section-header-text">
Community</span></button></div><ul id="sidebar-section-content-community" class="sidebar-section-content">${dcSideCommunity
  .map(
    (t) =>
      `<li class="sidebar-section-link-wrapper"><a href="/${t.toLowerCase()}" class="ember-view sidebar-section-link sidebar-row"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div><div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div
class="sidebar-section-header-wrapper sidebar-row"><button class="btn
no-text sidebar-section-header btn-transparent"><span class="sidebar-section-header-text">Categories</span></button></div><ul
class="sidebar-section-content">${dcSideCats
  .map(
    (
      t,
    ) => `<li class="sidebar-section-link-wrapper"><a href="/c/${t.toLowerCase().replace(/ /g, '-')}" class="ember-view sidebar-section-link sidebar-row"><span
class="sidebar-section-link-prefix span"><span class="prefix-span" style="background: linear-gradient(90deg, #0088CC 50%, #0088CC 50%)"></span></span><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join(
    '',
  )}</ul></div><div class="sidebar-section-wrapper sidebar-section" data-section-name="tags"><div class="sidebar-section-header-wrapper sidebar-row"><button
class="btn no-text
sidebar-section-header btn-transparent"><span class="sidebar-section-header-text">Tags</span></button></div><ul class="sidebar-section-content">${dcSideTags
  .map(
    (t) =>
      `<li class="sidebar-section-link-wrapper"><a href="/tag/${t}" class="ember-view sidebar-section-link sidebar-row"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div></div><div class="sidebar-footer-wrapper"><div class="sidebar-footer-container"><div class="sidebar-footer-actions"><a
href="https://www.discourse.org"
class="powered-by-discourse">Powered by Discourse</a></div></div></div></section></div><div id="main-outlet" class=""><div class="container posts">
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="4821"><a href="/t/zigbee-devices-drop-off-after-every-restart/4821"
class="fancy-title">
<span dir="auto">${dcTitle}</span></a><span class="topic-status"><svg class="fa d-icon d-icon-square-check svg-icon"
title="This topic has a solution"></svg></span></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/troubleshooting/7"><span data-category-id="7"
class="badge-category"
title="${dcCategoryDesc}"><span class="badge-category__name">Troubleshooting</span></span></a></div><div class="list-tags">${dcTags
  .map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag simple">${t}</a>`)
  .join('')}</div></div></div></div></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="4821"><div class="posts-wrapper"><div class="topic-navigation with-timeline"><div
class="timeline-container">
<div class="topic-timeline"><div class="timeline-controls"></div><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a
class="start-date" href="#">Oct 2025</a>
</div><div class="timeline-scrollarea"><div class="timeline-padding"></div><div class="timeline-scroller"><div class="timeline-handle"></div><div
class="timeline-scroller-content">
<div class="timeline-replies">1 / 6</div><div class="timeline-ago">Oct 7</div></div></div></div><div class="timeline-date-wrapper"><a class="now-date"
href="#">Oct 10</a></div></div>
<div class="timeline-footer-controls"><button class="btn btn-icon-text btn-primary create" title="begin composing a reply to this topic"><span
class="d-button-label">Reply</span></button>
</div></div></div></div><div class="post-stream">${dcPosts.map(postHtml).join('\n')}
<div class="time-gap small-action"><div class="topic-avatar"></div><div class="small-action-desc timegap">7 days later</div></div>
<div class="small-action onscreen-post" id="post_7" role="region" aria-label="post #7 by @system"><div class="topic-avatar"><svg
class="fa d-icon d-icon-lock svg-icon"></svg></div>
<div class="small-action-desc"><div class="small-action-contents"><a class="trigger-user-card" data-user-card="system"><img alt="" width="24" height="24"
src="/images/system.png"
class="avatar"></a><p>Closed <span class="relative-date" title="Oct 17, 2025 7:03 am">Oct 17</span></p></div><div class="small-action-custom-message"><div
class="cooked">
<p>${dcClosed}</p></div></div></div></div></div></div><div id="topic-bottom"></div><div class="topic-footer-main-buttons"><button
class="btn btn-icon-text btn-primary create"
title="begin composing a reply to this topic"><span class="d-button-label">Reply</span></button></div><div class="more-topics__container"><div
class="nav nav-pills more-topics__lists">
<button class="btn btn-default more-topics__list-tab active"><span class="d-button-label">Related topics</span></button></div><div
class="more-topics__lists"><div class="topic-list-container">
<table class="topic-list"><thead><tr><th class="default" data-sort-order="default">Topic</th><th class="num posts">Replies</th><th class="num views">Views</th>
<th class="num activity">Activity</th></tr></thead><tbody class="topic-list-body">${dcRelated
  .map(
    ([
      t,
      c,
      r,
      v,
      a,
    ]) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/x/1" class="title raw-link raw-topic-link">${t}</a></span>
<div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/x"><span class="badge-category__name">${c}</span></a></div></td><td
class="num posts-map posts"><span
class="number">${r}</span></td><td class="num views"><span class="number">${v}</span></td><td class="num activity"><span
class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></section></div></div></div></div></div></section>
<script>Discourse.start();</script></body></html>`;
export const discourseTopic: TestPage = {
  html: dcHtml,
  name: 'heldout119-discourse-solved-topic',
  kind: 'forum',
  // every post is body; the "Solved by" quote in the first post and the quoted line in post 3 are quotes (neither list), as is
  // the quote's "ingrid_s:" header; full names, usernames and dates are bylines; the banner, Solution label, like counts, topic
  // map, the auto-close notice, timeline and related topics are furniture
  title: dcTitle,
  headings: [],
  body: texts(dcPosts.flatMap((p) => p.ps)),
  bylines: ['Tomás Reyes', 'tomas.reyes', 'Oct 7', 'Ingrid Solberg', 'ingrid_s', 'Oct 8', 'Oct 9', 'Mrunal Deshpande', 'mrunal', 'Oct 10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Skip to main content', 'Sign Up', 'Log In', dcBanner, 'Community', ...dcSideCommunity, 'Categories', ...dcSideCats, 'Tags', ...dcSideTags,
    'Powered by Discourse', 'Solved by ingrid_s in post #4', 'Solution', '612', 'views', '14', 'likes', 'users', 'link', 'Reply', 'Oct 2025', '1 / 6',
    '7 days later', 'Closed Oct 17', dcClosed, 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dcRelated.flat(),
    ]),
  ],
};
