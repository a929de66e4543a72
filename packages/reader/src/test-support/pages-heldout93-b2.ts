import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 93, file b2: a Discourse support topic, solved and then closed by the timer, as a signed-out visitor
 * saves the rendered page (header with "Sign Up" / "Log In", the sidebar with its sections, the h1 with the solved icon
 * and category / tag badges, the "Solved by ... in post #4" box with its quoted excerpt inside the first post, a
 * returning-user notice above a reply, like counts and post controls, the "Solution" label, the automatic-close small
 * action with its message, the topic map, the timeline, "Suggested Topics" and the "Want to read more?" line).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const dcTitle = 'Nightly backups fail with “permission denied” after moving data to a new volume';
const dcPosts = [
  paras(`
I moved the Pinewood Notes data folder from the system disk to a second volume mounted at <code>/srv/pinewood</code> last weekend, following the
storage section of the admin guide. The app itself starts and everything in the web interface works, but the nightly backup job has failed
every night since the move. This is what the job log shows:

I have checked that the folder exists and that it is owned by the same user as before. Running the backup by hand from the admin page fails in
the same way. I am on 3.8.2 with the official container image, on a Debian 12 host.`),
  paras(`
What does <code>ls -ln /srv/pinewood</code> show, with numeric ids? The container runs as uid 1000, and the owner name you see on the host may
belong to a different uid than the one inside the container. That catches a lot of people after a move.`),
  paras(`
Good thought, but the numeric owner is 1000 on both the folder and every file in it. I also tried running the container with
<code>--user 1000:1000</code> explicitly and got the same error.`),
  paras(`
The data folder is not the problem. The backup job does not write into the data folder at all; it writes its archive to a separate path that is
set in <code>backup.target</code> and defaults to <code>/var/lib/pinewood/backups</code> inside the container. When you moved the data you
almost certainly remounted the volume at the new path, and the old backup mount went with it, so the job is now trying to write to a folder
that only root can create.

To fix it:

The second step is the one people miss, because the setting lives in the backup section and not with the storage paths.`),
  paras(`
That was exactly it. I had dropped the second volume line when I edited the compose file. The backup ran cleanly tonight and the restore test
passed. Thank you, and I have suggested an edit to the admin guide so it mentions the backup path.`),
];
const dcSteps = [
  'Add a mount for the backups as well, for example <code>/srv/pinewood-backups:/var/lib/pinewood/backups</code>.',
  'Make sure the host folder is owned by uid 1000, the same as the data folder.',
  'If you prefer one volume, set <code>backup.target</code> to a folder inside <code>/srv/pinewood</code> in the admin settings and save.',
];
const dcPeople = [
  ['Lena Marsh', 'lmarsh', 'Mar 2'],
  ['Oskar Trent', 'otrent', 'Mar 2'],
  ['Lena Marsh', 'lmarsh', 'Mar 3'],
  ['Vesna Dukic', 'vesna', 'Mar 3'],
  ['Lena Marsh', 'lmarsh', 'Mar 4'],
] as const;
const dcLikes = ['', '1', '', '9', '3'];
const dcClosed = 'This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.';
const dcReturning = 'It’s been a while since we’ve seen vesna — their last post was 2 years ago.';
const dcSide = ['Topics', 'More', 'Categories', 'Announcements', 'Support', 'Feature requests', 'All categories', 'Tags', 'backups', 'docker', 'All tags'];
const dcSuggested = [
  ['Restore from backup hangs at 92 percent', 'Support', '4', '188', 'Feb 11'],
  ['Can the backup archive be encrypted at rest?', 'Feature requests', '12', '1.1k', 'Jan 27'],
  ['Upgrade to 3.8 breaks the LDAP login page', 'Support', '7', '402', 'Mar 28'],
];
const dcCode = `<pre><code class="lang-plaintext">2025-03-02 02:00:01 backup: starting nightly archive
2025-03-02 02:00:01 backup: error: mkdir /var/lib/pinewood/backups/2025-03-02: permission denied
2025-03-02 02:00:01 backup: job failed after 0.2s</code></pre>`;
const dcMeta = (i: number): string => {
  const [full, user, date] = dcPeople[i]!;
  return `<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first full-name">
<a href="/u/${user}" data-user-card="${user}">${full}</a></span><span class="second username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span>
</div><div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/nightly-backups-fail/5121/${i + 1}">
<span title="${date}, 2025 9:1${i} am" data-time="1740906000000" class="relative-date">${date}</span></a></div></div></div>`;
};
const dcSolution =
  '<button class="widget-button btn-flat post-action-menu__solved accepted fade-out" title="this reply has been marked as the solution">Solution</button>';
const dcControls = (i: number): string => `<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
${
  dcLikes[i]
    ? `<button class="widget-button btn-flat button-count like-count highlight-action" aria-label="${dcLikes[i]} people liked this
post">${dcLikes[i]}</button>`
    : ''
}
<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post" title="like this post"></button>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
${i === 3 ? dcSolution : ''}</div></nav></section>`;
const dcPost = (i: number, cooked: string, before = ''): string => `<div class="topic-post clearfix ${i === 0 ? 'topic-owner ' : ''}regular${
  i === 3 ? ' accepted-answer' : ''
}" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${dcPeople[i]![1]}" role="region" data-post-id="${88140 + i}"
class="boxed onscreen-post" tabindex="0"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar"
aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum.pinewood.example/${dcPeople[i]![1]}/96/1_2.png" class="avatar"></a>
</div></div><div class="topic-body clearfix">${dcMeta(i)}${before}<div class="regular contents"><div class="cooked">${cooked}</div>${dcControls(i)}</div>
</div></div></article></div>`;
const dcSolvedBox = `<aside class="quote accepted-answer" data-post="4" data-topic="5121" data-expanded="false"><div class="title">
<div class="accepted-answer--solver-accepter"><div class="accepted-answer--solver"><svg class="fa d-icon d-icon-square-check svg-icon"></svg>Solved by
<a href="/u/vesna" data-user-card="vesna">vesna</a> in <a href="/t/nightly-backups-fail/5121/4">post #4</a></div></div><div class="quote-controls">
<button aria-controls="quote-id-5121-4" class="quote-toggle btn-flat"></button></div></div><blockquote id="quote-id-5121-4"><p>The data folder is not the
problem. The backup job does not write into the data folder at all; it writes its archive to a separate path that is set in backup.target …</p>
</blockquote></aside>`;
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Nightly backups fail with “permission denied” after moving data to a new volume - Support - Pinewood Notes Community</title>
<meta name="description" content="I moved the Pinewood Notes data folder from the system disk to a second volume mounted at /srv/pinewood last weekend">
<meta name="generator" content="Discourse 3.5.0.beta3 - https://github.com/discourse/discourse version 2f4e6a1"><link rel="canonical"
href="https://forum.pinewood.example/t/nightly-backups-fail-with-permission-denied-after-moving-data-to-a-new-volume/5121">
<meta property="og:site_name" content="Pinewood Notes Community"><meta property="og:type" content="website"><meta property="og:title" content="${dcTitle}">
<meta name="twitter:card" content="summary"><meta property="article:section" content="Support"><meta property="article:tag" content="backups">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${dcTitle}","mainEntity":{"@type":"Question",
"name":"${dcTitle}","author":{"@type":"Person","name":"lmarsh"},"answerCount":4,"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person",
"name":"vesna"},"upvoteCount":9}}}</script>
<link href="/stylesheets/desktop_f1e2d3.css?__ws=forum.pinewood.example" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-6b1a.br.js" data-discourse-entrypoint="discourse"></script></head>
<body class="docked archetype-regular category-support tags-backups tags-docker has-sidebar-page navigation-topics">
<div id="data-preloaded" data-preloaded="{&quot;site&quot;:&quot;{}&quot;}"></div><section id="main" class="ember-application">
<a href="#main-container" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header">
<div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn-sidebar-toggle" aria-label="Open sidebar"></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/logo.png"
alt="Pinewood Notes Community"></a></div></div><div class="panel" role="navigation"><span class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button">Sign Up</button><button class="btn btn-primary btn-small login-button">Log In</button></span>
<ul class="icons d-header-icons"><li class="search-dropdown"><a href="/search" class="icon btn-flat" aria-label="Search" title="search topics, posts, users,
or categories"></a>
</li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous"><ul class="sidebar-section-content">${links(dcSide, 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-footer-wrapper"><a href="/about" class="sidebar-footer-link">Powered by Discourse</a></div></section></div>
<div id="main-outlet" class=""><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="5121">
<a href="/t/nightly-backups-fail/5121" class="fancy-title"><span class="topic-status"><svg class="fa d-icon d-icon-far-square-check svg-icon"
aria-hidden="true"></svg><span class="sr-only">Solved</span></span>${dcTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/support/4"><span data-category-id="4" class="badge-category" title="Ask for help with
installing and running Pinewood Notes."><span class="badge-category__name">Support</span></span></a><div class="list-tags"><a href="/tag/backups"
data-tag-name="backups" class="discourse-tag box">backups</a><a href="/tag/docker" data-tag-name="docker" class="discourse-tag box">docker</a></div></div>
</div></div><div class="posts-wrapper"><div class="post-stream">
${dcPost(0, `<p>${dcPosts[0]![0]}</p>\n${dcCode}\n<p>${dcPosts[0]![1]}</p>\n${dcSolvedBox}`)}
<section class="topic-map --op"><ul class="topic-map__stats"><li class="created-at"><h4 role="presentation">created</h4><span>Mar 2</span></li>
<li class="last-reply"><h4 role="presentation">last reply</h4><span>Mar 4</span></li><li class="replies"><span class="number">4</span><h4>replies</h4></li>
<li class="views"><span class="number">297</span><h4>views</h4></li><li class="users"><span class="number">3</span><h4>users</h4></li>
<li class="likes"><span class="number">13</span><h4>likes</h4></li></ul></section>
${dcPost(1, `<p>${dcPosts[1]![0]}</p>`)}
${dcPost(2, `<p>${dcPosts[2]![0]}</p>`)}
${dcPost(
  3,
  `<p>${dcPosts[3]![0]}</p>\n<p>${dcPosts[3]![1]}</p>\n<ol>${dcSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>\n<p>${dcPosts[3]![2]}</p>`,
  `<div class="post-notice returning-user"><svg class="fa d-icon d-icon-far-face-smile svg-icon"></svg><p>${dcReturning}</p></div>`,
)}
${dcPost(4, `<p>${dcPosts[4]![0]}</p>`)}
<div class="time-gap small-action"><div class="topic-avatar"></div><div class="small-action-desc timegap">29 days later</div></div>
<div class="small-action onscreen-post" id="post_6" role="article" aria-label="post #6 by @system" data-post-number="6"><div class="topic-avatar">
<svg class="fa d-icon d-icon-lock svg-icon" aria-hidden="true"></svg></div><div class="small-action-desc"><div class="small-action-contents">
<a class="trigger-user-card" data-user-card="system"><img alt="" width="25" height="25" src="/images/discourse-logo-sketch-small.png" class="avatar"></a>
<p>Closed on <span title="Apr 3, 2025 9:14 am" class="relative-date">Apr 3</span></p></div><div class="small-action-custom-message"><div class="cooked">
<p>${dcClosed}</p></div></div></div></div></div></div>
<div class="topic-navigation"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date">Mar 2</a></div><div class="timeline-scrollarea"><div class="timeline-handle"></div>
<div class="timeline-scroller-content"><div class="timeline-replies">1 / 6</div><div class="timeline-ago">Mar 2</div></div></div>
<div class="timeline-date-wrapper"><a class="now-date">Apr 3</a></div></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-default share-and-invite">Share</button>
<button class="btn btn-icon-text btn-default bookmark">Bookmark</button></div></div>
<div class="more-topics__container"><div class="more-topics__lists single-list"><div class="more-topics__list" role="complementary"
aria-labelledby="suggested-title">
<h3 id="suggested-title" class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th class="default">Topic</th>
<th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody>
${dcSuggested
  .map(
    ([t, c, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x/1" class="title raw-link raw-topic-link">${t}</a>
<div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="num posts"><span class="number">${r}</span></td>
<td class="num views"><span class="number">${v}</span></td><td class="num activity"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/support/4">Support</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></div></section>
<noscript><p>This forum needs JavaScript enabled to work properly.</p></noscript></body></html>`;
export const discourseClosed: TestPage = {
  html: dcHtml,
  name: 'heldout93-discourse-closed-solved-topic',
  kind: 'forum',
  // every post (with the solution's ordered list) is body, the log block in neither list, and so is the quoted excerpt
  // in the "Solved by" box; the solved icon's "Solved", the box's "Solved by vesna in post #4" line, the returning-user
  // notice, the close notice, like counts, the "Solution" label, topic map, timeline and suggested topics are furniture
  title: dcTitle,
  headings: [],
  body: [
    ...texts(dcPosts[0]!),
    ...texts(dcPosts[1]!),
    ...texts(dcPosts[2]!),
    ...texts(dcPosts[3]!.slice(0, 2)),
    ...texts(dcSteps),
    ...texts(dcPosts[3]!.slice(2)),
    ...dcPosts[4]!,
  ],
  bylines: ['Lena Marsh', 'lmarsh', 'Mar 2', 'Oskar Trent', 'otrent', 'Mar 3', 'Vesna Dukic', 'vesna', 'Mar 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dcSide, 'Powered by Discourse', 'Solved', 'Support', 'Solved by vesna in post #4',
    'Solution', 'Share', 'Bookmark',
    'created', 'last reply', 'replies', '297', 'views', 'users', 'likes', '9', dcReturning, '29 days later', 'Closed on Apr 3', dcClosed, '1 / 6', 'Apr 3',
    'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...dcSuggested.map((s) => s[0]!),
    '1.1k', 'Want to read more? Browse other topics in Support or view latest topics.', 'This forum needs JavaScript enabled to work properly.',
  ],
};
