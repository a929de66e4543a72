import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 158, file b2: a Discourse topic whose first post holds a poll, as the Ember app renders it for a guest
 * (header "Sign Up" / "Log In", the sidebar, category badge and tags, the poll widget with its voter count and "Show
 * results" button, like counts, "Reply", the topic map, replies, "Suggested topics" and "Powered by Discourse").
 */
const dpTitle = 'Which day should the monthly repair café move to?';
const dpOpen = [
  'Hello neighbours! Since the community hall changed its booking rules in September, we can no longer have the main room on ' +
    'the first Saturday morning of the month. The hall committee has offered us three other slots, and the volunteers would like ' +
    'your views before we choose.',
  'A bit of background: last year the café fixed 412 items, from toasters to school bags, and kept an estimated 1.3 tonnes out ' +
    'of landfill. Most visitors come with one or two things, and the busiest hour is always the first one.',
];
const dpOptions = ['First Saturday, afternoon (1pm to 4pm)', 'Second Sunday, morning (10am to 1pm)', 'Last Thursday, evening (6pm to 9pm)'];
const dpClose = [
  'The poll stays open until the end of November. If none of these work for you, please reply and say why, especially if you ' +
    'are a volunteer fixer, because we cannot run the café without enough of you on the day.',
];
const dpReplies: [string, string, string, string, string[]][] = [
  [
    'Bernadette Kaye',
    'bkaye',
    'Nov 4',
    '6',
    ['Thursday evening would let people who work weekends come for once. I would happily bring the sewing machine on a weeknight.'],
  ],
  [
    'Osman Tully',
    'otully',
    'Nov 5',
    '3',
    [
      'I fix bikes on most Saturdays, so the Sunday morning suits me best. Evenings are hard for bike repairs, as the light in the ' +
        'car park is poor and that is where we set up.',
    ],
  ],
  [
    'Ruth Adeyemi',
    'ruth_a',
    'Nov 7',
    '4',
    [
      'Could we try the Thursday evening for two months and see how many people come? The hall is heated in the evenings, which ' + 'matters in January.',
      'Also, whatever we pick, please put it on the library noticeboard. Not everyone reads the forum.',
    ],
  ],
  [
    'Repair Café Team',
    'repaircafe',
    'Nov 9',
    '5',
    [
      'Thanks everyone, this is really helpful. We will announce the result at the December café and on the library noticeboard.',
      'For the fixers: we will also send a separate message to the volunteer list, so that nobody who does not use the forum misses out ' +
        'on having a say about the new day.',
    ],
  ],
];
const dpSide = ['Topics', 'More', 'Categories', 'Announcements', 'Repair café', 'Gardening', 'All categories', 'Tags', 'events', 'volunteers', 'All tags'];
const dpSuggested: [string, string, string, string][] = [
  ['Spare parts shelf: what should we stock?', '14', '302', 'Oct 22'],
  ['Volunteer rota for December', '8', '190', 'Nov 1'],
  ['Soldering workshop for beginners', '22', '451', 'Sep 30'],
];
const post = (
  n: number,
  name: string,
  user: string,
  date: string,
  likes: string,
  cooked: string,
  title = '',
): string => `<div class="topic-post clearfix regular"
data-post-number="${n}"><article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="${9000 + n}" data-user-id="${40 + n}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}"
aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/forum.greenhithe.example/${user}/96/1.png" class="avatar"></a></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first full-name"><a href="/u/${user}" data-user-card="${user}">${name}</a></span><span class="second username"><a href="/u/${user}">${user}</a>
</span>
${title ? `<span class="user-title">${title}</span>` : ''}</div><div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date"
href="/t/which-day/318/${n}"><span title="${date}, 2025" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${cooked}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="widget-button btn-flat button-count like-count">${likes}</button><button class="widget-button btn-flat toggle-like"
title="like this post"></button></div><button class="widget-button btn-flat share" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span>
</button></div></nav></section></div></div></div></article></div>`;
const poll = `<div class="poll" data-poll-status="open" data-poll-name="poll" data-poll-type="regular" data-poll-results="always" data-poll-public="false">
<div class="poll-container"><ul class="results"></ul><ul>${dpOptions
  .map(
    (o, i) => `<li data-poll-option-id="a${i}f3c"><button><svg class="fa d-icon d-icon-far-circle svg-icon" aria-hidden="true"></svg>
<span class="option-text">${o}</span></button></li>`,
  )
  .join('\n')}</ul></div><div class="poll-info"><div class="poll-info_counts"><div class="poll-info_counts-count"><span class="info-number">43</span>
<span class="info-text">voters</span></div></div><div class="poll-info_instructions"><ul><li><span>Results will be shown once you vote.</span></li>
<li><span>Closes Nov 30</span></li></ul></div></div><div class="poll-buttons"><button class="btn btn-default toggle-results">Show results</button></div></div>`;
const dpHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dpTitle} - Repair café - Greenhithe Neighbours</title><meta name="description" content="${dpOpen[0]?.slice(0, 150)}">
<meta name="generator" content="Discourse 3.5.0.beta3 - https://github.com/discourse/discourse version 1f0a9c2">
<link rel="canonical" href="https://forum.greenhithe.example/t/which-day-should-the-monthly-repair-cafe-move-to/318">
<meta property="og:site_name" content="Greenhithe Neighbours"><meta property="og:type" content="website"><meta property="og:title" content="${dpTitle}">
<link href="/stylesheets/desktop_d41c8a.css" media="all" rel="stylesheet" data-target="desktop"><script defer src="/assets/discourse-2c91d1.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dpTitle}",
"datePublished":"2025-11-03T18:02:11Z",
"author":{"@type":"Person","name":"repaircafe"},"interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":5}}</script>
</head><body class="crawler-view-off category-repair-cafe archetype-regular"><section id="main" class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/" data-auto-route="true"><img src="/uploads/default/original/1X/logo.png" alt="Greenhithe Neighbours" id="site-logo" class="logo-big"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button>
<button class="btn btn-primary btn-small login-button">Log In</button></span></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
${['Community', 'Categories', 'Tags']
  .map(
    (h, i) => `<div class="sidebar-section-wrapper"><div class="sidebar-section-header-text">${h}</div><ul class="sidebar-section-content">
${links(i === 0 ? dpSide.slice(0, 2) : i === 1 ? dpSide.slice(3, 7) : dpSide.slice(8), 'sidebar-section-link-wrapper')}</ul></div>`,
  )
  .join('\n')}</section></div>
<div id="main-outlet"><div class="container posts"><div class="title-wrapper"><div id="topic-title"><h1 data-topic-id="318">
<a href="/t/318" class="fancy-title">${dpTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/repair-cafe/7"><span class="badge-category__name">Repair café</span></a>
<div class="list-tags"><a href="/tag/events" class="discourse-tag simple">events</a> <a href="/tag/volunteers" class="discourse-tag simple">volunteers</a>
</div></div></div></div>
<div class="posts-wrapper"><div class="topic-post-stream">
${post(1, 'Repair Café Team', 'repaircafe', 'Nov 3', '12', `<p>${dpOpen[0]}</p>\n<p>${dpOpen[1]}</p>\n${poll}\n<p>${dpClose[0]}</p>`, 'Organiser')}
<div class="topic-map"><section class="map"><ul class="topic-map__stats"><li><span class="number">1.1k</span><span>views</span></li><li>
<span class="number">18</span>
<span>likes</span></li><li><span class="number">5</span><span>users</span></li></ul><button class="summarization-button">Summarize</button></section></div>
${dpReplies
  .map(([name, user, date, likes, ps], i) =>
    post(i + 2, name, user, date, likes, ps.map((p) => `<p>${p}</p>`).join('\n'), user === 'repaircafe' ? 'Organiser' : ''),
  )
  .join('\n')}
</div></div><div class="timeline-container"><div class="timeline-scrollarea"><div class="timeline-date-wrapper">Nov 2025</div>
<div class="timeline-replies">1 / 5</div></div></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th>
<th>Views</th><th>Activity</th></tr></thead><tbody>${dpSuggested
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r}"
class="title raw-link raw-topic-link">${t}</a></td><td class="num posts">${r}</td><td class="num views">${v}</td><td class="num activity">${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/repair-cafe/7">Repair café</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div>
<footer class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></footer></section></body></html>`;
export const discoursePoll: TestPage = {
  html: dpHtml,
  name: 'heldout158-discourse-poll-topic',
  kind: 'forum',
  // the first post and every reply are body; the poll's three options are list items of the post and body, while its voter
  // count, instructions and "Show results" button are furniture; names, usernames and dates are bylines
  title: dpTitle,
  headings: [],
  body: [...dpOpen, ...dpOptions, ...dpClose, ...dpReplies.flatMap((r) => texts(r[4]))],
  bylines: [...dpReplies.flatMap((r) => [r[0], r[1]]), 'Nov 3', 'Nov 4', 'Nov 5', 'Nov 7', 'Nov 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Community', ...dpSide, 'events', 'volunteers', 'Organiser', '12', 'voters', '43',
    'Results will be shown once you vote.', 'Closes Nov 30',
    'Show results', 'Reply', '1.1k', 'views', '18', 'likes', 'users', 'Summarize', '6', '3', '4', '5', 'Nov 2025', '1 / 5',
    'Suggested topics', 'Topic', 'Replies',
    'Views', 'Activity', ...dpSuggested.flat(), 'Want to read more? Browse other topics in Repair café or view latest topics.', 'Powered by Discourse',
  ].filter((t, i, a) => a.indexOf(t) === i),
};
