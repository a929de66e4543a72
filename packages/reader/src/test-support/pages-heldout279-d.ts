import { links, ps, type TestPage, texts } from './page-kit.js';
import { invision } from './pages-heldout279-d2.js';
import { j } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file d: a Discourse topic as saved from the browser (Ember markup) with the solved, topic-voting and
 * reactions plugins: header, category badge and tags, the vote box, four posts with avatars, dates and reaction counters,
 * the "Solved by" box in the first post, the solution mark, the timeline, the topic footer buttons, Related and Suggested
 * topics; from file d2, an Invision Community topic.
 */
const dTitle = 'Sensor hub drops all readings every night at 02:00';
const dPosts: [string, string, string, string[]][] = [
  [
    'marta_kov',
    'Mar 2',
    '',
    [
      j(
        'Since the last firmware update my Brindle hub stops reporting from every sensor at exactly 02:00 and comes back around',
        '02:07. It happens every night. The graphs show a flat gap for all fourteen sensors at the same time, so it is not the batteries.',
      ),
      'What I have checked so far:',
    ],
  ],
  [
    'deviner',
    'Mar 2',
    '',
    [
      j(
        'Same here on hub version 4.2.1. My gap starts at 02:00 too, but I am in a different time zone from you, so it looks like it',
        'follows the hub’s local time rather than a server schedule.',
      ),
      j(
        'I also noticed that automations still fire during the gap. My porch light turned on at 02:03 last night when the motion',
        'sensor saw a fox, so the hub clearly still hears the sensors. It just does not seem to record anything for those minutes.',
      ),
    ],
  ],
  [
    'Gus_Brindle',
    'Mar 3',
    'Brindle Staff',
    [
      j(
        'Thanks both, this is expected behaviour that we should have documented better. Since 4.2 the hub runs its nightly',
        'database compaction at 02:00 local time. While it runs, the radio stays up but readings are held in memory and only written',
        'once compaction is finished.',
      ),
      j(
        'The readings are not lost: they are written with their original timestamps once the job ends. The gap you see in the graphs',
        'comes from the dashboard caching the last hour. Reload the history view after 02:10 and the gap should be filled in.',
      ),
      j(
        'If you want to move the job, go to Settings, then Maintenance, and change the compaction window. Any time between 01:00 and',
        '05:00 is allowed. We will add a note about this to the release notes.',
      ),
    ],
  ],
  [
    'marta_kov',
    'Mar 3',
    '',
    [
      j(
        'Reloaded this morning and the readings are all there. I moved the window to 04:30 so it no longer overlaps with my',
        'heating schedule’s first check. Marking this as the solution, thanks.',
      ),
    ],
  ],
];
const dList = ['Rebooted the hub and the router', 'Moved the hub away from the microwave', 'Turned off the automatic backup in the app'];
const dRelated = ['Hub goes offline after 4.2 update', 'Door sensor reports open at night', 'How long are readings kept on the hub?'];
const dSuggested = ['Feature request: export history as CSV', 'Zigbee range with thick stone walls', 'Battery icon wrong on motion sensors'];
const dHeader = ['Log In', 'Sign Up'];
const dSide = ['Topics', 'More', 'Categories', 'Help', 'Announcements', 'Integrations', 'All categories', 'Tags', 'firmware', 'sensors'];
const dReact = ['7', '3', '15', '4'];
const dHead = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch"><head><meta charset="utf-8">
<title>Sensor hub drops all readings every night at 02:00 - Help - Brindle Community</title>
<meta name="description" content="Since the last firmware update my Brindle hub stops reporting from every sensor at exactly 02:00">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="canonical" href="https://community.brindle.example/t/sensor-hub-drops-all-readings-every-night-at-02-00/4411">
<meta property="og:site_name" content="Brindle Community"><meta property="og:type" content="website">
<meta property="article:published_time" content="2026-03-02T21:14:05+00:00"><meta property="article:section" content="Help">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${dTitle}","mainEntity":{"@type":"Question",
"name":"${dTitle}","answerCount":3,"upvoteCount":12,"author":{"@type":"Person","name":"marta_kov"},"acceptedAnswer":{"@type":"Answer",
"author":{"@type":"Person","name":"Gus_Brindle"}}}}</script>
<link href="/stylesheets/desktop_b6b5.css" media="all" rel="stylesheet" data-target="desktop">
<link href="/stylesheets/discourse-solved_b6b5.css" rel="stylesheet"><link href="/stylesheets/discourse-reactions_b6b5.css" rel="stylesheet">
<link href="/stylesheets/discourse-topic-voting_b6b5.css" rel="stylesheet"></head>`;
const dPost = (
  [user, date, title, paras]: [string, string, string, string[]],
  i: number,
) => `<div class="topic-post clearfix${i === 2 ? ' accepted-answer' : ''}"
data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region" data-post-id="${9001 + i}"
class="boxed onscreen-post${i === 0 ? ' topic-owner' : ''}"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card
main-avatar" href="/u/${user}" aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/${user}/48/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first
username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span>${title === '' ? '' : `<span class="user-title">${title}</span>`}</div>
<div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/4411/${i + 1}"><span class="relative-date"
data-time="1772486045000" data-format="tiny">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">
${ps(paras)}
${i === 0 ? `<ul>${dList.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}
${
  i === 0
    ? `<aside class="quote accepted-answer" data-post="3" data-topic="4411"><div class="title"><div class="accepted-answer--solver-accepter"><div
class="accepted-answer--solver">Solved by <a href="/u/Gus_Brindle">Gus_Brindle</a> in <a href="#post_3">post #3</a></div></div></div>
<blockquote>Thanks both, this is expected behaviour that we should have documented better …</blockquote></aside>`
    : ''
}
</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="discourse-reactions-actions can-toggle-reaction"><div
class="discourse-reactions-counter"><div class="discourse-reactions-list"><div class="reactions"><span class="reaction heart"></span><span class="reaction
open_mouth"></span></div></div><span class="reactions-counter">${dReact[i]}</span></div></div>
<div class="actions">${i === 2 ? '<span class="accepted-text"><span class="accepted-label">Solution</span></span>' : ''}<button class="btn no-text
btn-icon btn-flat share" title="copy a link to this post to clipboard"></button><button class="btn btn-icon-text btn-flat reply"
title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `${dHead}
<body class="crawler docs archetype-regular category-help tag-firmware tag-sensors"><section id="main">
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><a href="/" class="title"><img
src="/uploads/brindle-logo.png" alt="Brindle Community" id="site-logo" class="logo-big"></a></div>
<div class="panel"><span class="header-buttons">${dHeader.map((b) => `<button class="btn btn-small">${b}</button>`).join(' ')}</span></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><ul
class="sidebar-section-content">${links(dSide, 'sidebar-section-link-wrapper')}</ul></section></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4411"><a
href="/t/sensor-hub-drops-all-readings-every-night-at-02-00/4411" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/help/5"><span class="badge-category__name">Help</span></a>
<div class="list-tags"><a href="/tag/firmware" class="discourse-tag simple">firmware</a>
 <a href="/tag/sensors" class="discourse-tag simple">sensors</a></div></div>
<div class="voting title-voting"><div class="vote-count-wrapper">12 <span class="vote-count-label">votes</span></div><button class="btn btn-primary
vote-button">Vote</button></div></div></div>
<div class="topic-map"><section class="topic-map__contents"><div class="topic-map__stats"><span class="number">4</span> <span
class="topic-map__stats-label">replies</span> <span class="number">1.2k</span> <span class="topic-map__stats-label">views</span> <span
class="number">3</span> <span class="topic-map__stats-label">users</span></div></section></div>
<div class="post-stream">${dPosts.map(dPost).join('\n')}</div>
<div class="topic-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a class="start-date">Mar 2</a></div>
<div class="timeline-scrollarea"><div class="timeline-replies">1 / 4</div></div><div class="timeline-date-wrapper"><a class="now-date">2d ago</a>
</div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text share-and-invite">Share</button> <button class="btn
btn-icon-text bookmark">Bookmark</button> <button class="btn btn-primary btn-icon-text create">Reply</button></div><p class="reason">You will see a count of
new replies because you read this topic.</p></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="related-topics more-topics__list"><h3 class="more-topics__list-title">Related
topics</h3><table class="topic-list"><tbody>${dRelated
  .map(
    (t) => `<tr class="topic-list-item"><td class="main-link"><a class="title raw-link raw-topic-link"
href="#">${t}</a></td><td class="num posts">${t.length % 9}</td></tr>`,
  )
  .join('\n')}</tbody></table></div>
<div class="suggested-topics more-topics__list"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><tbody>${dSuggested
  .map((t) => `<tr class="topic-list-item"><td class="main-link"><a class="title raw-link" href="#">${t}</a></td></tr>`)
  .join('\n')}</tbody></table></div></div></div></div></div></div>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a> <a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a> <a href="/tos">Terms of Service</a> <a href="/privacy">Privacy Policy</a></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.example">Discourse</a>, best viewed with JavaScript enabled</p></footer></section>
<script src="/assets/discourse.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout279-discourse-solved-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: [...texts(dPosts[0]?.[3] ?? []), ...dList, ...dPosts.slice(1).flatMap((p) => texts(p[3]))],
  bylines: ['marta_kov', 'deviner', 'Gus_Brindle', 'Mar 2', 'Mar 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dHeader, ...dSide.filter((t) => t !== 'firmware' && t !== 'sensors'), 'Help', '12 votes', 'Vote', 'replies', '1.2k', 'views', 'users',
    'Solved by Gus_Brindle in post #3', 'Brindle Staff',
    'Solution', 'Reply', '1 / 4', '2d ago', 'Share', 'Bookmark', 'You will see a count of new replies because you read this topic.',
    'Related topics', ...dRelated, 'Suggested Topics', ...dSuggested, 'Home', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT279_D: readonly TestPage[] = [discourse, invision];
