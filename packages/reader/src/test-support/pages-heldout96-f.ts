import { links, type TestPage, texts } from './page-kit.js';
import { phpbbTopic } from './pages-heldout96-f2.js';

/**
 * Held-out batch 96, file f: a Discourse support topic as the Ember app renders it for a signed-out visitor (d-header with
 * "Sign Up" / "Log In", the sidebar with sections, the topic title with category badge and tags, posts with full name,
 * username, user title and relative date, the Solved plugin's "Solved by" box in the first post and "Solution" label,
 * a quote and a code block in replies, like counts and reply buttons, the topic map, the timeline, the "Related topics"
 * table and the browse-more line) and, from file f2, a phpBB 3.3 prosilver topic.
 */
const dsTitle = 'Drives spin down but never wake up after 2.4 update';
type Post = { n: number; full: string; user: string; title?: string; date: string; when: string; html: string[]; likes?: string };
const dsPosts: Post[] = [
  {
    n: 1,
    full: 'Nadia Kowalczyk',
    user: 'nadia_k',
    date: 'Oct 3',
    when: 'Oct 3, 2025 7:42 pm',
    html: [
      '<p>Since updating my Cinderbox 4 to firmware 2.4 last week, the drives spin down after 20 minutes of idle as they should, ' +
        'but they don’t wake up again when I try to open a share from my laptop. The share just hangs and eventually times out.</p>',
      '<p>The only fix I’ve found is to log in to the admin page, which seems to wake everything up. After that, the shares work ' +
        'normally until the next spin-down.</p>',
      '<p>Things I’ve tried:</p>',
      '<li>Rebooting the box and my router</li>',
      '<li>Turning off SMB signing</li>',
      '<li>Setting the spin-down timer to 60 minutes (same thing, just later)</li>',
      '<p>Anyone else seeing this? It worked fine on 2.3.</p>',
    ],
    likes: '4',
  },
  {
    n: 2,
    full: 'Tom van den Berg',
    user: 'tomvdb',
    date: 'Oct 3',
    when: 'Oct 3, 2025 9:15 pm',
    html: ['<p>Same here on a Cinderbox 2. It seems to only affect SMB. My NFS mounts from the Linux machine wake the drives up ' + 'without any trouble.</p>'],
    likes: '2',
  },
  {
    n: 3,
    full: 'Elspeth Rayne',
    user: 'elspeth',
    title: 'Cinderbox Team',
    date: 'Oct 4',
    when: 'Oct 4, 2025 10:03 am',
    html: [
      '<p>Thanks for the reports. We can reproduce this in the lab. It looks like the new power manager in 2.4 doesn’t pass SMB ' +
        'requests through to the disk wake-up handler when the drives are in the deepest sleep state.</p>',
      '<p>Until we have a fix, you can work around it by switching the sleep mode from <strong>Deep</strong> to ' +
        '<strong>Standard</strong> under <em>Settings &gt; Power</em>. The drives will still spin down, but they wake on any network access.</p>',
      '<p>We’ll update this topic when the patch is ready.</p>',
    ],
    likes: '9',
  },
  {
    n: 4,
    full: 'Nadia Kowalczyk',
    user: 'nadia_k',
    date: 'Oct 4',
    when: 'Oct 4, 2025 1:27 pm',
    html: ['<p>That did it, thanks. Shares open after about eight seconds now while the drives spin up, which is fine by me.</p>'],
  },
  {
    n: 5,
    full: 'Glen Harrow',
    user: 'harrow_ops',
    date: 'Oct 6',
    when: 'Oct 6, 2025 8:51 am',
    html: [
      '<p>Confirming the workaround also works on the Cinderbox 4 Pro. One thing to note: with Standard sleep the drives seem to ' +
        'wake up for the nightly index job too, so power use went up a little for me. Here’s the log line in case it helps:</p>',
    ],
    likes: '1',
  },
  {
    n: 6,
    full: 'Elspeth Rayne',
    user: 'elspeth',
    title: 'Cinderbox Team',
    date: 'Oct 9',
    when: 'Oct 9, 2025 4:10 pm',
    html: [
      '<p>Firmware 2.4.1 is rolling out now and fixes this. Once you’ve updated you can switch back to Deep sleep if you prefer. ' +
        'The release notes are in the <a href="/t/cinderbox-2-4-1-release-notes/8840">2.4.1 announcement</a>.</p>',
    ],
    likes: '6',
  },
];
const dsQuote = `<aside class="quote no-group" data-username="elspeth" data-post="3" data-topic="8812"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/community.cinderbox.example/elspeth/48/311_2.png" class="avatar"> elspeth:</div>
<blockquote><p>switching the sleep mode from <strong>Deep</strong> to <strong>Standard</strong> under <em>Settings &gt; Power</em></p></blockquote></aside>`;
const dsCode = `<pre data-code-wrap="text"><code class="lang-text">2025-10-05 02:00:04 pwrmgr: wake request from indexd (standby=standard)</code></pre>`;
const dsSolved = `<aside class="quote accepted-answer" data-post="3" data-topic="8812" data-expanded="false"><div class="title title-only"><div
class="quote-controls">
</div><span class="accepted-answer--solver">Solved by <a href="/u/elspeth">elspeth</a> in <a href="/t/8812/3">post #3</a></span></div></aside>`;
const dsSideTop = ['Topics', 'My Posts', 'More'];
const dsCats = ['Support', 'Announcements', 'Feature requests', 'All categories'];
const dsTags = ['firmware', 'smb', 'All tags'];
const dsRelated = [
  ['Scheduled backup fails with error 17 after reboot', 'Support', '3', '118', 'Sep 28'],
  ['Fan runs at full speed after drive replacement', 'Support', '7', '342', 'Sep 12'],
  ['Wake-on-LAN from another subnet', 'Feature requests', '12', '905', 'Aug 30'],
];
const cooked = (p: Post): string => {
  const parts: string[] = [];
  let list: string[] = [];
  for (const h of p.html) {
    if (h.startsWith('<li>')) list.push(h);
    else {
      if (list.length) parts.push(`<ul>\n${list.join('\n')}\n</ul>`);
      list = [];
      parts.push(h);
    }
  }
  if (p.n === 1) parts.unshift(dsSolved);
  if (p.n === 4) parts.unshift(dsQuote);
  if (p.n === 5) parts.push(dsCode);
  return parts.join('\n');
};
const postHtml = (p: Post): string => `<div class="topic-post clearfix${p.n === 1 ? ' topic-owner' : ''} regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${40200 + p.n}" data-topic-id="8812"
data-user-id="${p.user.length}"
class="boxed onscreen-post${p.n === 3 ? ' accepted-answer' : ''}"><span class="tabLoc" aria-hidden="true" tabindex="-1"></span><div class="row"><div
class="topic-avatar">
<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1"><img alt=""
width="48" height="48" src="/user_avatar/community.cinderbox.example/${p.user}/96/${p.n}.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first full-name">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.full}</a></span><span class="second username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a>
</span>${p.title ? `<span class="user-title">${p.title}</span>` : ''}</div><div class="post-infos"><div class="post-info post-date"><a class="widget-link
post-date"
href="/t/drives-spin-down/8812/${p.n}" title="Post date"><span title="${p.when}" data-time="1728000000000"
class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${cooked(p)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
${p.n === 3 ? '<span class="accepted-text" title="This reply was marked as the solution"><span class="accepted-label">Solution</span></span>' : ''}${
  p.likes
    ? `<div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action regular-likes" title="number of people who
liked this post">${p.likes}</button><button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post"></button></div>`
    : ''
}<button class="widget-button btn-flat share no-text btn-icon" aria-label="copy a link to this post to clipboard"></button><button class="widget-button btn-flat
reply create fade-out btn-icon-text" aria-label="Begin composing a reply to this post" title="Begin composing a reply to this post"><span
class="d-button-label">Reply
</span></button></div></nav></section></div>${
  p.n === 1
    ? `<section class="topic-map --op"><div class="topic-map__contents"><div class="topic-map__stats"><div class="topic-map__stat"><span class="number">5</span>
<span class="topic-map__stat-label">replies</span></div><div class="topic-map__stat"><span class="number">431</span><span
class="topic-map__stat-label">views</span>
</div><div class="topic-map__stat"><span class="number">4</span><span class="topic-map__stat-label">users</span></div><div class="topic-map__stat"><span
class="number">22</span><span class="topic-map__stat-label">likes</span></div></div></div><button class="btn topic-map__summarize">Summarize</button></section>`
    : ''
}</div></div></article></div>`;
const html = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dsTitle} - Support - Cinderbox
Community</title>
<meta name="description" content="Since updating my Cinderbox 4 to firmware 2.4 last week, the drives spin down after 20 minutes of idle.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0"><link rel="icon" type="image/png"
href="/uploads/favicon.png">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover"><meta name="discourse_theme_id" content="2">
<link rel="canonical" href="https://community.cinderbox.example/t/drives-spin-down-but-never-wake-up-after-2-4-update/8812"><meta property="og:type"
content="website">
<meta property="og:title" content="${dsTitle}"><meta property="article:published_time" content="2025-10-03T19:42:10+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dsTitle}",
"datePublished":"2025-10-03T19:42:10Z",
"author":{"@type":"Person","name":"nadia_k"},"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction",
"userInteractionCount":5}]}</script><link href="/stylesheets/desktop_3f2a.css?__ws=community.cinderbox.example" media="all" rel="stylesheet"
data-target="desktop"><script defer src="/assets/discourse-3a9d.js"></script></head>
<body class="crawler ember-application docs-topic category-support archetype-regular"><div id="main" class="ember-view"><section id="main"
class="ember-application"><div class="discourse-root"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text btn-icon toggle-hamburger-menu
sidebar-toggle btn-flat" aria-expanded="true" title="Hide sidebar" type="button"></button></div><div class="home-logo-wrapper-outlet"><div class="title"><a
href="/"><img id="site-logo" class="logo-big" src="/uploads/logo.png" alt="Cinderbox Community"></a></div></div><div class="panel" role="navigation"><span
class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-icon-text" type="button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><span class="d-button-label">Log In</span></button></span><ul class="icons
d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search" title="Search" aria-label="Search" class="icon btn-flat"></a></li></ul>
</div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
<div class="sidebar-section" data-section-name="community"><ul class="sidebar-section-content">${links(dsSideTop, 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><button class="sidebar-section-header"><span
class="sidebar-section-header-text">Categories</span></button></div><ul class="sidebar-section-content">${links(
  dsCats,
  'sidebar-section-link-wrapper',
)}</ul></div>
<div class="sidebar-section" data-section-name="tags"><div class="sidebar-section-header-wrapper"><button class="sidebar-section-header"><span
class="sidebar-section-header-text">Tags</span></button></div><ul class="sidebar-section-content">${links(dsTags, 'sidebar-section-link-wrapper')}</ul></div>
</div><div class="sidebar-footer-wrapper"><div class="sidebar-footer-container"><div class="sidebar-footer-actions"><a class="powered-by-discourse"
href="https://discourse.example/powered-by">Powered by Discourse</a></div></div></div></section></div>
<div id="main-outlet"><div class="regular ember-view"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="8812"><a
href="/t/drives-spin-down/8812"
class="fancy-title">${dsTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/support/4"><span data-category-id="4"
style="--category-badge-color: #3AB54A;" class="badge-category --style-square"><span class="badge-category__name" dir="auto">Support</span></span></a>
<div class="list-tags"><a href="/tag/firmware" data-tag-name="firmware" class="discourse-tag simple">firmware</a><span
class="discourse-tags__tag-separator">,</span>
<a href="/tag/smb" data-tag-name="smb" class="discourse-tag simple">smb</a></div></div></div></div>
<div class="container posts"><div class="topic-navigation"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a
class="start-date" href="/t/8812/1">Oct 3</a></div><div class="timeline-scrollarea"><div class="timeline-handle"></div><div
class="timeline-scroller-content"><div
class="timeline-replies">1 / 6</div><div class="timeline-ago">Oct 2025</div></div></div><div class="timeline-date-wrapper"><a class="now-date"
href="/t/8812/6">Oct 9</a></div></div></div></div>
<div class="post-stream">${dsPosts.map(postHtml).join('\n')}</div>
<div class="more-topics__container"><div class="more-topics__list"><h3 class="more-topics__list-title">Related topics</h3><table class="topic-list"><thead><tr>
<th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody>
${dsRelated
  .map(
    (
      [t, c, r, v, a],
      i,
    ) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/r${i}" class="title raw-link raw-topic-link">${t}</a>
</span><div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="num posts-map posts"><span
class="number">${r}</span></td>
<td class="num views"><span class="number">${v}</span></td><td class="num activity"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/support/4">Support</a> or <a
href="/latest">view latest topics</a>.</h3></div></div></div></div></div></div></section></div>
<script defer src="/assets/start-discourse-7a21.js"></script></body></html>`;
const discourse: TestPage = {
  html,
  name: 'heldout96-discourse-topic',
  kind: 'forum',
  // thread convention: every post is body (its list items as items); full names, usernames and post dates are bylines; the
  // quote in post 4, the "elspeth:" quote title and the code block in post 5 are in neither list; the Solved box, "Solution"
  // label, user title, like counts, topic map, timeline, sidebar and related topics are furniture (the "smb" tag, the "Topic"
  // column header and reply counts are left out: they are words of short posts' lines)
  title: dsTitle,
  headings: [],
  body: texts(dsPosts.flatMap((p) => p.html)),
  bylines: [...new Set(dsPosts.flatMap((p) => [p.full, p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dsSideTop, 'Categories', ...dsCats, 'Tags', ...dsTags.filter((t) => t !== 'smb'), 'Powered by Discourse',
    'Cinderbox Team',
    'Solved by elspeth in post #3', 'Solution', 'Reply', 'replies', 'views', 'users', 'likes', 'Summarize', '1 / 6', 'Oct 2025', 'Related topics',
    'Replies', 'Views', 'Activity', ...dsRelated.flatMap(([t, , , v, a]) => [t!, v!, a!]),
    'Want to read more? Browse other topics in Support or view latest topics.',
  ].filter((t, i, a) => a.findIndex((x) => x.toLowerCase() === t.toLowerCase()) === i),
};

export const HELDOUT96_F: readonly TestPage[] = [discourse, phpbbTopic];
