import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file e2: a Home Assistant Community guide on Discourse (d-header, category badge and tags under the title,
 * the guide as the first post with a wiki notice, three replies, post meta with names and relative dates, like counts, the topic
 * map with views and users, the timeline, "Suggested Topics", the crawler footer).
 */
const dTitle = 'Guide: Washing machine done notification with a smart plug';
const dPost1 = [
  j(
    'This guide shows how to get a phone notification when the washing machine finishes, using nothing but a smart plug that reports',
    'power. It works with any plug that exposes a power sensor in watts, and with any washer that does not have its own integration.',
  ),
  j(
    'The trick is that a washer never draws zero while it runs. It drops to a few watts between stages, though, so a simple',
    '"power below 5 W" trigger fires half way through the cycle. The fix is to require the power to stay low for a few minutes.',
  ),
];
const dSteps = [
  'Plug the washer into the smart plug and run a normal cycle while you watch the power sensor\u2019s history graph.',
  'Note the lowest power during the pauses (mine dips to 2 to 3 W) and the standby power after the end (0.8 W).',
  'Create a threshold helper on the power sensor with an upper limit between the two, and a hysteresis of 1 W.',
  'Create an automation that triggers when the helper turns off and stays off for five minutes.',
  'Add a condition that the helper was on for at least twenty minutes before, so a door-open blip does not count.',
];
const dPost1b = [
  j(
    'For the action, send a notification to your phone. I also announce it on the kitchen speaker, but only between 8 am and 9 pm,',
    'because the house voted against a midnight laundry announcement.',
  ),
  'If your washer has a delay start, the first condition keeps the automation quiet while it waits.',
];
const dReply1 = [
  j('Works nicely for a dishwasher as well, but I had to raise the delay to twelve minutes. Ours has a long drying phase where it draws', 'almost nothing.'),
];
const dReply2 = [
  j(
    'Good guide. One addition: if you restart Home Assistant during a cycle, the "stays off for five minutes" timer is lost. I added',
    'a second trigger on start-up that checks whether the helper is already off.',
  ),
];
const dReply3 = ['Thanks, both added to the guide above. I made it a wiki post so anyone can add their own washer\u2019s numbers.'];
const dSuggested = [
  'Dryer done notification using a vibration sensor',
  'Energy dashboard shows negative usage for a plug',
  'Template sensor for cycle time remaining',
];
const dFoot = ['About', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = (n: number, user: string, full: string, date: string, body: string, likes: string): string => `<div id="post_${n}"
class="topic-post clearfix regular" itemprop="${n === 1 ? 'mainEntity' : 'comment'}"
itemscope itemtype="http://schema.org/${n === 1 ? 'DiscussionForumPosting' : 'Comment'}">
<article class="boxed onscreen-post" data-post-id="${80120 + n}"><div class="row"><div class="topic-avatar"><img alt="" width="48" height="48" class="avatar">
</div>
<div class="topic-body clearfix"><div class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${user}">${user}</a></span>
<span class="second full-name">${full}</span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/724410/${n}">
<span title="${date}" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${body}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="btn-flat like-count">${likes}</button>
<button class="btn-flat reply"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Community Guides - Home Assistant Community</title>
<meta name="description" content="This guide shows how to get a phone notification when the washing machine finishes.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 5c1a">
<meta property="og:site_name" content="Home Assistant Community">
<meta property="og:type" content="website"><meta property="article:published_time" content="2026-01-14T18:22:00+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"gwenllian"},
"datePublished":"2026-01-14T18:22:00Z"}</script><link href="/stylesheets/desktop_theme.css" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse.js" data-discourse-entrypoint="discourse"></script></head>
<body class="crawler"><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">
<img src="/uploads/logo.png" alt="Home Assistant Community"
id="site-logo"></a></div><div class="panel"><a href="/login" class="btn btn-primary login-button">Log In</a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/guide-washing-machine-done/724410">${dTitle}</a></h1>
<div class="topic-category"><span class="badge-category__wrapper"><a class="badge-category" href="/c/community-guides/51">Community Guides</a></span>
<div class="discourse-tags"><a href="/tag/notifications" class="discourse-tag simple">notifications</a>
<a href="/tag/energy" class="discourse-tag simple">energy</a></div></div></div>
${dPost(
  1,
  'gwenllian',
  'Gwen Parry',
  'Jan 14',
  `<div class="wiki-notice">This is a wiki post; anyone with trust level 2 can edit it.</div>${ps(dPost1)}<h2>Steps</h2><ol>${lis(dSteps)}</ol>
<h2>The notification</h2>${ps(dPost1b)}`,
  '46',
)}
<div class="topic-map"><section class="map"><ul class="topic-map__stats"><li><span class="number">3.2k</span><span class="topic-map__stat-label">views</span>
</li>
<li><span class="number">4</span><span class="topic-map__stat-label">replies</span></li><li><span class="number">3</span>
<span class="topic-map__stat-label">users</span></li></ul></section></div>
${dPost(2, 'bram_dekker', 'Bram', 'Jan 16', ps(dReply1), '7')}
${dPost(3, 'sollyh', 'Solveig Hauge', 'Feb 2', ps(dReply2), '12')}
${dPost(4, 'gwenllian', 'Gwen Parry', 'Feb 3', ps(dReply3), '3')}
<div class="timeline-container"><div class="timeline-scrollarea"><span class="timeline-date">Jan 2026</span><span class="timeline-replies">1 / 4</span></div>
</div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><tbody>
${dSuggested.map((s) => `<tr class="topic-list-item"><td class="main-link"><a href="#" class="title raw-link raw-topic-link">${s}</a></td></tr>`).join('\n')}
</tbody></table></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(dFoot)}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
export const haCommunity: TestPage = {
  name: 'heldout321-discourse-home-assistant-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: ['Steps', 'The notification'],
  body: texts([...dPost1, ...dSteps, ...dPost1b, ...dReply1, ...dReply2, ...dReply3]),
  bylines: ['gwenllian', 'Gwen Parry', 'Jan 14', 'bram_dekker', 'Jan 16', 'sollyh', 'Solveig Hauge', 'Feb 2', 'Feb 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Community Guides', 'notifications', 'energy', 'This is a wiki post; anyone with trust level 2 can edit it.', '46', 'Reply', '3.2k', 'views',
    'replies', 'users', 'Jan 2026', '1 / 4', 'Suggested Topics', ...dSuggested, ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
