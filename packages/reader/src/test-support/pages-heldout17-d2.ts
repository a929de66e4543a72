import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 17, file d2: a Discourse forum topic as the Ember app renders it (d-header with logo, Sign Up / Log In,
 * sidebar with Topics / More / Categories / Tags, topic title with category badge and tags, topic-post articles with
 * avatars, usernames and full names, relative post dates, "Solved by ... in post #3" in the first post and the accepted
 * answer quote, like counts and post controls, the topic map with views / users / likes / links, the topic timeline,
 * "Related topics" and "Suggested Topics" tables, footer-message and "Powered by Discourse").
 */
const dsTitle = 'Thumbnails stop generating after moving the photo library to a NAS share';
type DsPost = { n: number; user: string; name: string; date: string; title: string; paras: string[]; likes?: string };
const dsPosts: DsPost[] = [
  {
    n: 1,
    user: 'gwen_ashby',
    name: 'Gwen Ashby',
    date: 'Jan 14',
    title: 'Jan 14, 2025 9:31 am',
    paras: [
      'Last weekend I moved my library (about 48,000 photos) from the server’s internal disk to an SMB share on my Synology, and ' +
        'changed the library path in the settings. Browsing works and the originals open fine, but every photo added since then ' +
        'shows a grey placeholder instead of a thumbnail.',
      'The job queue page says the thumbnail jobs completed successfully, and there is nothing red in the logs, just a warning ' +
        'about a file lock that I do not understand. Restarting the container did not help. Has anyone else run into this?',
    ],
  },
  {
    n: 2,
    user: 'dietrich',
    name: 'Dietrich Hahn',
    date: 'Jan 14',
    title: 'Jan 14, 2025 11:02 am',
    paras: [
      'Which version are you on, and is the cache directory on the NAS too, or only the originals? The thumbnails are written to the ' +
        'cache path, not next to the photos, so it matters where that lives.',
    ],
    likes: '1',
  },
  {
    n: 3,
    user: 'priyam',
    name: 'Priya Mehta',
    date: 'Jan 15',
    title: 'Jan 15, 2025 8:47 pm',
    paras: [
      'This is almost certainly the SMB mount options. The thumbnailer writes to a temporary file and then renames it into place, and ' +
        'with the default mount options the rename fails silently when the share does not support the kind of lock it asks for.',
      'Mount the share with <code>nobrl</code> added to the options (in your compose file or fstab), restart, and then run “Regenerate ' +
        'missing thumbnails” from the maintenance page. The warning about the file lock should disappear as well.',
      'If you can, keep the cache directory on a local disk anyway. Thumbnails are small and read constantly, so they are much faster ' +
        'there, and only the originals need to be on the NAS.',
    ],
    likes: '9',
  },
  {
    n: 4,
    user: 'gwen_ashby',
    name: 'Gwen Ashby',
    date: 'Jan 16',
    title: 'Jan 16, 2025 7:15 am',
    paras: [
      'That was it. I added nobrl, moved the cache back to the SSD and ran the regenerate job overnight. All 1,900 missing thumbnails ' +
        'were there this morning. Thank you both!',
    ],
    likes: '2',
  },
  {
    n: 5,
    user: 'dietrich',
    name: 'Dietrich Hahn',
    date: 'Jan 17',
    title: 'Jan 17, 2025 3:20 pm',
    paras: [
      'Glad it is sorted. I have opened a documentation issue so the NAS page mentions the mount option, since this is the third time ' +
        'it has come up this month.',
    ],
  },
];
const dsSide = ['Topics', 'More', 'Categories', 'Announcements', 'Help & Support', 'Feature Requests', 'All categories', 'Tags', 'docker', 'nas', 'All tags'];
const dsTags = ['smb', 'thumbnails'];
const dsRelated = [
  { t: 'Library on NFS share: import is very slow', c: 'Help & Support', r: '6', a: 'Dec 2024' },
  { t: 'Thumbnail cache grows to 200 GB after upgrade', c: 'Help & Support', r: '11', a: 'Nov 2024' },
];
const dsSuggested = [
  { t: 'Face recognition misses people in group photos', c: 'Feature Requests', r: '23', a: '4d' },
  { t: 'Version 1.12 released: albums, sharing links and a new map view', c: 'Announcements', r: '41', a: '9d' },
  { t: 'Backing up the database while the server is running', c: 'Help & Support', r: '3', a: '12d' },
];
const dsSolved = `<p class="solved"><svg class="fa d-icon d-icon-far-square-check svg-icon">
</svg> Solved by <a href="/u/priyam" data-user-card="priyam">priyam</a>
in <a href="/t/thumbnails-stop-generating-after-moving-the-photo-library-to-a-nas-share/8812/3">post #3</a></p>`;
const dsAccepted = `<aside class="quote accepted-answer" data-post="3" data-topic="8812"><div class="title"><div class="accepted-answer--solver-accepter">
<div class="accepted-answer--solver">Solved by <a data-user-card="priyam">priyam</a> in <a href="/t/x/8812/3">post #3</a></div>
<div class="accepted-answer--accepter">Marked as solved by <a data-user-card="gwen_ashby">gwen_ashby</a></div></div></div>
<blockquote>This is almost certainly the SMB mount options. The thumbnailer writes to a temporary file and then renames it into place, and with the default
mount options the rename fails silently…</blockquote></aside>`;
const dsTopicMap = `<section class="topic-map --op"><ul class="topic-map__stats"><li class="topic-map__views"><span class="number">1.3k</span>
<span class="topic-map__stat-label">views</span></li><li class="topic-map__likes"><span class="number">12</span>
<span class="topic-map__stat-label">likes</span></li>
<li class="topic-map__links"><span class="number">2</span><span class="topic-map__stat-label">links</span></li><li class="topic-map__users">
<span class="number">3</span>
<span class="topic-map__stat-label">users</span></li></ul><div class="topic-map__additional-contents">
<button class="btn btn-primary topic-map__summarize">Summarize
</button></div></section>`;
const dsArticle = (p: DsPost): string => `<div class="topic-post clearfix ${p.n === 1 ? 'topic-owner' : ''} regular"><article id="post_${p.n}"
aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${40100 + p.n}" data-topic-id="8812" class="boxed onscreen-post"><div class="row">
<div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"><img
alt="" width="48" height="48" src="/user_avatar/forum.lumenframe.example/${p.user}/96/123_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a
href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span><span class="second full-name"><a href="/u/${p.user}">${p.name}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/x/8812/${p.n}" data-post-number="${p.n}"><span title="${p.title}"
data-time="1736847062000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}${p.n === 1 ? dsSolved : ''}</div>${p.n === 1 ? dsAccepted : ''}
<section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions">${p.likes ? `<button class="btn-flat button-count like-count">${p.likes}</button>` : ''}
<button class="btn-flat toggle-like like" title="like this post"></button><button class="btn-flat share" title="copy a link to this post to clipboard">
</button>
<button class="btn-flat reply create" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section>
${p.n === 1 ? dsTopicMap : ''}</div></div></div></article></div>`;
const dsTable = (
  rows: readonly { t: string; c: string; r: string; a: string }[],
): string => `<table class="topic-list"><thead><tr><th class="default">Topic</th>
<th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody>${rows
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x/1" class="title raw-link raw-topic-link">${r.t}</a><div class="link-bottom-line">
<a class="badge-category__wrapper" href="/c/x"><span class="badge-category__name">${r.c}</span></a></div></td><td class="num posts-map posts">
<span class="number">${r.r}
</span></td><td class="num views"><span class="number">—</span></td><td class="num activity"><span class="relative-date">${r.a}</span></td></tr>`,
  )
  .join('\n')}</tbody></table>`;
const dsHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dsTitle} - Help &amp; Support - Lumenframe
Community</title><meta name="discourse_theme_id" content="2">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 7c81a6f">
<meta property="og:site_name" content="Lumenframe Community"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dsTitle}",
"datePublished":"2025-01-14T09:31:02Z",
"author":{"@type":"Person","name":"gwen_ashby"},"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/LikeAction",
"userInteractionCount":12}]}</script>
<link href="/stylesheets/desktop_3f2e.css" media="all" rel="stylesheet" data-target="desktop"><script defer src="/assets/discourse-1f8c.br.js"></script>
</head>
<body class="crawler category-help-support tag-smb tag-thumbnails archetype-regular"><section id="main" class="ember-application"><div class="d-header-wrap">
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn btn-flat btn-sidebar-toggle"
aria-label="Toggle sidebar"></button></div><div class="title"><a href="/"><img src="/uploads/logo.png" alt="Lumenframe Community" id="site-logo"></a></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button>
<button class="btn btn-small login-button">
<span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown"><a href="/search" aria-label="Search"
class="icon btn-flat"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div class="sidebar-sections">
<ul class="sidebar-section-content">${links(dsSide, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="8812"><a href="/t/x/8812"
class="fancy-title">${dsTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/help-support/5"><span
class="badge-category__name">Help &amp; Support</span></a><div class="list-tags">${dsTags
  .map((t) => `<a href="/tag/${t}" class="discourse-tag simple">${t}</a>`)
  .join('')}</div></div></div></div>
<div class="posts-wrapper"><div class="topic-navigation"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date">Jan 14</a></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 5</div>
<div class="timeline-ago">Jan 14</div></div><div class="timeline-date-wrapper"><a class="now-date">Jan 17</a></div></div>
<div class="timeline-footer-controls">
<button class="btn btn-default reply-to-post">Reply</button></div></div></div></div>
<div class="post-stream">${dsPosts.map(dsArticle).join('\n')}</div>
<div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create">Reply</button></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" class="more-topics__list related-topics"><h3
class="more-topics__list-title">Related topics</h3>${dsTable(dsRelated)}</div>
<div role="complementary" class="more-topics__list suggested-topics"><h3 class="more-topics__list-title">Suggested Topics</h3>${dsTable(dsSuggested)}</div>
</div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/help-support/5">Help &amp; Support</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></div>
<footer class="footer-nav"><div class="powered-by-discourse"><a class="btn btn-flat" href="https://discourse.example/powered-by">Powered by Discourse</a>
</div>
<p class="footer-message">Lumenframe is open source software. This forum is run by volunteers: please be kind.</p></footer></section>
<noscript><p>Powered by Discourse, best viewed with JavaScript enabled</p></noscript></body></html>`;
export const discourse: TestPage = {
  html: dsHtml,
  name: 'heldout17-discourse-topic',
  kind: 'forum',
  // a forum thread: every post's cooked text is body (the solution post too); usernames, full names and the post dates
  // are bylines (the repeated ones once); the "Solved by priyam in post #3" line and the accepted-answer box (its solver
  // line, "Marked as solved by ..." and the quoted excerpt, which is word-for-word part of post #3's body: left out) are
  // thread chrome: furniture; category badge, tags, like counts (bare numbers, left out), Reply buttons, the topic map
  // and its labels, the timeline, related and suggested tables (titles, categories, activity), the browse line, header,
  // sidebar, footer and noscript notice are furniture; the tags "smb" and "thumbnails", the sidebar's "nas" and "More" are words of
  // the title or body: left out; the category "Help & Support" is in the sidebar, badge and tables and counts once
  title: dsTitle,
  headings: [],
  body: dsPosts.flatMap((p) => texts(p.paras)),
  bylines: ['gwen_ashby', 'Gwen Ashby', 'dietrich', 'Dietrich Hahn', 'priyam', 'Priya Mehta', 'Jan 14', 'Jan 15', 'Jan 16', 'Jan 17'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dsSide.filter((t) => !['nas', 'More'].includes(t)), 'Solved by priyam in post #3', 'Marked as solved by gwen_ashby',
    'Reply', 'likes', 'links', 'users', 'Summarize', '1 / 5', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dsRelated.flatMap((r) => [r.t, r.a]), 'Suggested Topics', ...dsSuggested.flatMap((r) => [r.t, r.a]), 'Want to read more? Browse other topics in',
    'view latest topics', 'Powered by Discourse', 'Lumenframe is open source software. This forum is run by volunteers: please be kind.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
