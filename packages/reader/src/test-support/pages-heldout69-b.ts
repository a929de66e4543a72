import { links, type TestPage, texts } from './page-kit.js';
import { invisionTopic } from './pages-heldout69-b2.js';

/**
 * Held-out batch 69, file b: a NodeBB 4 topic on the Harmony theme (left sidebar nav with "Register" and "Login", the brand
 * bar, breadcrumbs, the topic header with category badge, "Solved" label and counts, posts with group badges, "wrote on"
 * dates, hidden "last edited by" lines, signatures, vote counts and reply counters, a quote, a "moved this topic" event,
 * the topic tools, the navigator, "Suggested Topics", the NodeBB noscript alert, the cookie bar and the footer widget).
 */
interface NbPost {
  i: number;
  user: string;
  group?: string;
  date: string;
  edited?: string;
  sig?: string;
  votes: string;
  replies?: string;
  html: string;
}
const nbTitle = 'Restic backups to a NAS keep failing with “repository is already locked”';
const nb1a = [
  'My nightly restic job backs up the home server to a share on the NAS over SFTP. About twice a week it fails straight away with ' +
    '“unable to create lock in backend: repository is already locked by PID 2817 on homeserver”. The previous night’s run finished ' +
    'fine according to the log, so I don’t understand where the stale lock comes from.',
  'It’s a systemd timer calling a small shell script at 02:30:',
];
const nb1b = [
  'Running <code>restic unlock</code> by hand clears it until the next time. I’d rather not put an unlock at the top of the script ' +
    'if it could hide a real problem.',
];
const nb2 = [
  'Is anything else touching the repository? A prune or check job on a different schedule would explain it: if it runs long, it ' +
    'still holds its exclusive lock when the backup starts.',
  'Also worth checking whether the job gets killed. If systemd stops the service before restic exits, the lock file stays behind.',
];
const nb3 = [
  'That’s it, I think. The service has <code>TimeoutStartSec=2h</code>, and both failures this week came after nights when the ' +
    'forget and prune step ran, which takes well over an hour on this NAS.',
];
const nb4a = ['That fits. Two things help here:'];
const nb4List = [
  'Move forget and prune into their own weekly timer so the nightly job stays short.',
  'Give the backup service a realistic timeout, or none at all for a oneshot unit.',
];
const nb4b = [
  'Recent restic versions also remove stale locks left by a dead process on the same host once they are older than half an hour, ' +
    'so upgrading from the distribution package helps too.',
];
const nb5 = [
  'Moved prune to Sundays at 04:00 with its own service, removed the timeout and switched to the 0.17.3 release binary. Ten nights ' +
    'in a row without a single lock error, so I’m marking this solved. Thanks both!',
];
const nbPs = (a: readonly string[]): string => a.map((p) => `<p dir="auto">${p}</p>`).join('\n');
const nbQuote = `<blockquote>
<p dir="auto"><a class="plugin-mentions-user plugin-mentions-a" href="/user/bartek-z" aria-label="Profile: bartek-z">@bartek-z</a> said in
<a href="/post/1403">Restic backups to a NAS keep failing with “repository is already locked”</a>:</p>
<p dir="auto">If systemd stops the service before restic exits, the lock file stays behind.</p>
</blockquote>`;
const nbSig1 = 'Proxmox on a shoebox: 3 nodes, 1 NAS, 0 regrets';
const nbSig4 = 'Read the forum rules before posting. Backups are not optional.';
const nbPosts: NbPost[] = [
  {
    i: 0,
    user: 'nadia-sorensen',
    group: 'Contributors',
    date: 'Nov 3, 2025, 6:44 PM',
    edited: 'Nov 3, 2025, 7:02 PM',
    sig: nbSig1,
    votes: '6',
    html: `${nbPs(nb1a)}\n<pre><code class="language-ini">[Timer]\nOnCalendar=*-*-* 02:30:00\nPersistent=true</code></pre>\n${nbPs(nb1b)}`,
  },
  { i: 1, user: 'bartek-z', date: 'Nov 3, 2025, 7:20 PM', votes: '3', replies: '1 Reply', html: nbPs(nb2) },
  { i: 2, user: 'nadia-sorensen', group: 'Contributors', date: 'Nov 3, 2025, 8:05 PM', sig: nbSig1, votes: '2', html: `${nbQuote}\n${nbPs(nb3)}` },
  {
    i: 3,
    user: 'jpereira',
    group: 'Global Moderators',
    date: 'Nov 4, 2025, 9:12 AM',
    sig: nbSig4,
    votes: '9',
    html: `${nbPs(nb4a)}\n<ul>${nb4List.map((t) => `<li dir="auto">${t}</li>`).join('\n')}</ul>\n${nbPs(nb4b)}`,
  },
  { i: 4, user: 'nadia-sorensen', group: 'Contributors', date: 'Nov 14, 2025, 10:31 PM', sig: nbSig1, votes: '4', html: nbPs(nb5) },
];
const nbPost = (
  p: NbPost,
): string => `<li component="post" class="${p.i === 0 ? 'topic-owner-post' : ''}" data-index="${p.i}" data-pid="${1402 + p.i}" data-username="${p.user}"
itemprop="comment" itemscope itemtype="http://schema.org/Comment">
<a component="post/anchor" data-index="${p.i}" id="${p.i + 1}"></a><meta itemprop="datePublished" content="2025-11-03T18:44:10.000Z">
<div class="d-flex align-items-start gap-3"><div class="bg-body d-none d-sm-block rounded-circle">
<a class="d-inline-block position-relative text-decoration-none" href="/user/${p.user}" aria-label="Profile page for user ${p.user}">
<span title="${p.user}" class="avatar avatar-tooltip avatar-rounded" component="user/picture" style="--avatar-size: 48px; background-color:
#e65100;">${p.user[0]!.toUpperCase()}</span>
<span component="user/status" class="position-absolute top-100 start-100 border border-white border-2 rounded-circle status offline">
<span class="visually-hidden">Offline</span></span></a></div>
<div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;">
<div class="d-flex align-items-start justify-content-between gap-1 flex-nowrap w-100 post-header" itemprop="author" itemscope
itemtype="https://schema.org/Person">
<div class="d-flex gap-1 flex-wrap align-items-center text-truncate"><meta itemprop="name" content="${p.user}">
<div class="d-flex flex-nowrap gap-1 align-items-center text-truncate">
<a class="fw-bold text-nowrap text-truncate" href="/user/${p.user}" data-username="${p.user}">${p.user}</a></div>
${
  p.group
    ? `<a href="/groups/${p.group.toLowerCase().replace(' ', '-')}" class="badge rounded-1 text-uppercase text-truncate text-decoration-none"
style="max-width: 150px;color:#ffffff;background-color: #2e7d32;"><i class="fa hidden"></i><span class="badge-text align-text-bottom">${p.group}</span>
</a>`
    : ''
}
<div class="d-flex gap-1 align-items-center">
<span class="text-muted">wrote <a href="/post/${1402 + p.i}" class="timeago text-muted" title="2025-11-03T18:44:10.000Z">on ${p.date}</a></span>
${
  p.edited
    ? `<i component="post/edit-indicator" class="fa fa-edit text-muted edit-icon" title="Edited ${p.edited}"></i>
<span data-editor="${p.user}" component="post/editor" class="visually-hidden">last edited by ${p.user} <span class="timeago text-muted">${p.edited}</span>
</span>`
    : ''
}
</div></div><div class="d-flex align-items-center gap-1 justify-content-end"><span class="bookmarked opacity-0 text-primary"><i class="fa fa-bookmark-o"></i>
</span>
<a href="/post/${1402 + p.i}" class="post-index text-muted d-none d-md-inline">#${p.i + 1}</a></div></div>
<div class="content text-break" component="post/content" itemprop="text">${p.html}</div>
<div component="post/footer" class="post-footer border-bottom pb-2">${
  p.sig
    ? `<div component="post/signature" data-uid="88" class="text-xs text-muted
mt-2">${p.sig}</div>`
    : ''
}
<div class="d-flex flex-wrap-reverse gap-2 justify-content-end">${
  p.replies
    ? `<a component="post/reply-count" href="#" class="d-flex gap-2 align-items-center
btn btn-ghost ff-secondary border rounded-1 p-1 text-muted text-decoration-none text-xs">
<span component="post/reply-count/text" class="d-none d-md-inline">${p.replies}</span></a>`
    : ''
}
<div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools">
<a component="post/reply" href="#" class="btn btn-ghost btn-sm hidden" title="Reply"><i class="fa fa-fw fa-reply text-primary"></i></a>
<div class="d-flex votes align-items-center"><a component="post/upvote" href="#" class="btn btn-ghost btn-sm" title="Upvote post">
<i class="fa fa-fw fa-chevron-up text-primary"></i></a>
<meta itemprop="upvoteCount" content="${p.votes}">
<a href="#" class="px-2 mx-1 btn btn-ghost btn-sm" component="post/vote-count" data-votes="${p.votes}" title="Voters">${p.votes}</a>
<a component="post/downvote" href="#" class="btn btn-ghost btn-sm" title="Downvote post"><i class="fa fa-fw fa-chevron-down text-primary"></i></a></div>
<span component="post/tools" class="dropdown bottom-sheet">
<a class="btn btn-ghost btn-sm ff-secondary dropdown-toggle" href="#" data-bs-toggle="dropdown" aria-label="Post tools">
<i class="fa fa-fw fa-ellipsis-v text-primary"></i></a>
<ul class="dropdown-menu dropdown-menu-end p-1 text-sm" role="menu"></ul></span></div></div></div></div></div></li>`;
const nbEvent = `<li component="topic/event" class="timeline-event text-muted d-flex align-items-center gap-2 px-2 ms-4" data-topic-event-id="3"
data-topic-event-type="move">
<div class="timeline-badge"><i class="fa fa-arrow-circle-right"></i></div><span class="timeline-text small d-flex align-items-center gap-1 flex-wrap">
<a href="/user/jpereira" class="text-reset">jpereira</a> moved this topic from <a href="/category/2/general-discussion">General Discussion</a>
<a href="/post/1405" class="timeago text-muted" title="2025-11-04T09:10:02.000Z">on Nov 4, 2025, 9:10 AM</a></span></li>`;
const nbNav = ['Categories', 'Recent', 'Tags', 'Popular', 'World', 'Users', 'Groups'];
const nbSuggested = [
  'Borg or restic for an offsite copy at a friend’s house?',
  'ZFS scrub takes three days on a 4×8 TB pool',
  'Is it safe to run Nextcloud and Immich on the same VM?',
];
const nbSort = ['Oldest to Newest', 'Newest to Oldest', 'Most Votes'];
const nbNoscript = [
  'Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished, and you have been placed in read-only mode.',
  'Please download a browser that supports JavaScript, or enable it if it’s disabled (i.e. NoScript).',
];
const nbCookie = 'This forum uses cookies so that your session and preferences survive a reload.';
const nbHtml = `<!DOCTYPE html>
<html lang="en-GB" data-dir="ltr" style="direction: ltr;"><head><title>${nbTitle} | Homelab Commons</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0"><meta name="content-type" content="text/html; charset=UTF-8" charset="UTF-8">
<meta property="og:type" content="article"><meta property="article:section" content="Self-Hosting">
<link rel="stylesheet" type="text/css" href="/assets/client-harmony.css?v=k2b9s1">
<script>var config = JSON.parse('{"relative_path":"","upload_url":"/assets/uploads","version":"4.4.3","siteTitle":"Homelab Commons"}');</script>
</head>
<body class="page-topic page-topic-231 page-topic-category-5 page-topic-category-self-hosting parent-category-5 page-status-200 theme-harmony user-guest
skin-noskin">
<a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">Skip to content</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0">
<nav component="sidebar/left" class="text-dark bg-light sidebar sidebar-left start-0 border-end vh-100 d-none d-lg-flex flex-column justify-content-between
sticky-top">
<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto">
${nbNav
  .map(
    (t) => `<li class="nav-item mx-2" title="${t}">
<a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="/${t.toLowerCase()}" aria-label="${t}">
<span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><i class="fa fa-fw fa-list"></i>
<span class="nav-text small visible-open fw-semibold text-truncate">${t}</span></span></a></li>`,
  )
  .join('\n')}
</ul><div class="sidebar-toggle-container align-self-start"><ul class="list-unstyled"><li class="nav-item mx-2"><a class="nav-link" href="/register">
<i class="fa fa-fw fa-user-plus"></i><span class="nav-text">Register</span></a></li>
<li class="nav-item mx-2"><a class="nav-link" href="/login"><i class="fa fa-fw fa-sign-in"></i><span class="nav-text">Login</span></a></li></ul></div></nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;"><div class="container-lg px-md-4 brand-container">
<div class="col-12 d-flex border-bottom pb-3"><div component="brand/wrapper" class="d-flex align-items-center gap-3 p-2 rounded-1 align-content-stretch">
<a component="brand/anchor" href="/" title="Brand Logo"><img component="brand/logo" alt="Homelab Commons" class="" src="/assets/uploads/system/site-logo.png">
</a>
<a component="siteTitle" class="text-truncate align-self-stretch align-items-center d-flex" href="/">
<h1 class="fs-6 fw-bold text-body mb-0">Homelab Commons</h1></a></div></div></div>
<script>const headerEl = document.getElementById('header-menu');</script>
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<noscript><div class="alert alert-danger"><p>${nbNoscript[0]}</p><p>${nbNoscript[1]}</p></div></noscript>
<div class="flex-fill" itemid="/topic/231/restic-backups" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="${nbTitle}">
<nav aria-label="Breadcrumb" class="d-flex flex-nowrap justify-content-between">
<ol component="breadcrumbs" class="breadcrumb mb-0" itemscope itemtype="http://schema.org/BreadcrumbList">
${['Home', 'Categories', 'Self-Hosting']
  .map(
    (t, i) => `<li itemscope itemprop="itemListElement" itemtype="http://schema.org/ListItem"
class="breadcrumb-item"><meta itemprop="position" content="${i + 1}"><a href="/${i}" itemprop="item"><span class="fw-semibold" itemprop="name">${t}</span></a>
</li>`,
  )
  .join('\n')}
<li class="breadcrumb-item active" aria-current="page"><span class="fw-semibold" itemprop="name">${nbTitle}</span></li></ol></nav>
<div class="d-flex flex-column gap-3"><h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break">
<span class="topic-title" component="topic/title">${nbTitle}</span></h1>
<div class="topic-info d-flex gap-2 align-items-center flex-wrap"><span component="topic/labels" class="d-flex gap-2">
<span class="badge border border-success text-success"><i class="fa fa-check"></i> Solved</span></span>
<a href="/category/5/self-hosting" class="badge px-1 text-truncate text-decoration-none border" style="color: #fff;background-color: #6b4fbb;">
<i class="fa fa-fw fa-server"></i> Self-Hosting</a>
<div data-tid="231" component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs hidden-empty
gap-2">${['backup', 'restic', 'systemd']
  .map(
    (t) => `<a href="/tags/${t}">
<span class="badge border border-gray-300 fw-normal tag tag-class-${t}" data-tag="${t}">${t}</span></a>`,
  )
  .join('')}</div>
<div class="d-flex gap-3 hidden-empty"><span class="d-flex gap-1 align-items-center"><i class="fa fa-fw fa-message text-muted"></i>
<span class="fw-semibold">5</span> <span>Posts</span></span>
<span class="d-flex gap-1 align-items-center"><i class="fa fa-fw fa-user text-muted"></i><span class="fw-semibold">3</span> <span>Posters</span></span>
<span class="d-flex gap-1 align-items-center"><i class="fa fa-fw fa-eye text-muted"></i><span class="fw-semibold">412</span> <span>Views</span></span></div>
</div></div>
<div class="d-flex gap-0 gap-lg-5"><div class="posts-container" style="min-width: 0;">
<ul component="topic" class="posts timeline list-unstyled p-0 py-3" data-tid="231" data-cid="5">
${nbPosts.slice(0, 3).map(nbPost).join('\n')}
${nbEvent}
${nbPosts.slice(3).map(nbPost).join('\n')}
</ul></div><div class="d-flex d-none d-lg-block flex-shrink-0"><div class="sticky-top d-flex flex-column gap-3" style="top: 2rem;">
<div class="topic-main-buttons d-flex flex-column gap-2"><a component="topic/reply/guest" href="/login" class="btn btn-sm btn-primary">Log in to reply</a>
<div class="btn-group bottom-sheet" component="thread/sort">
<button class="btn btn-ghost btn-sm dropdown-toggle" data-bs-toggle="dropdown" type="button" aria-label="Post sort option, Oldest to Newest">
<i class="fa fa-fw fa-arrow-down-wide-short text-primary"></i></button>
<ul class="dropdown-menu p-1 text-sm" role="menu">${links(nbSort, 'dropdown-item')}</ul></div></div>
<div component="topic/navigator" class="pagination-block d-flex flex-column gap-2"><span class="pagination-text text-xs fw-semibold">1 / 5</span></div></div>
</div></div>
<div data-widget-area="mainpost-footer"></div><div class="suggested-topics mt-4"><h3 class="fw-semibold fs-5">Suggested Topics</h3>
<ul component="category" class="topics-list list-unstyled">
${nbSuggested
  .map(
    (t, i) => `<li component="category/topic" class="category-item"><h3 component="topic/header" class="title text-break fs-5 fw-semibold m-0">
<a class="text-reset" href="/topic/${200 + i}">${t}</a></h3><a href="/category/5/self-hosting" class="badge px-1">Self-Hosting</a>
<span class="fs-5 ff-secondary lh-1">${12 + i * 7}</span> <span class="d-none d-xl-flex text-lowercase">Posts</span></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div data-widget-area="footer"><footer class="footer text-center text-xs py-3">Powered by <a href="https://nodebb.org">NodeBB</a> | <a
href="//github.com/NodeBB/NodeBB/graphs/contributors">Contributors</a></footer></div>
</main></div>
<div class="cookie-consent d-flex align-items-center justify-content-center gap-3 p-3 position-fixed bottom-0 start-0 end-0">
<span>${nbCookie} <a target="_blank" rel="noopener noreferrer" href="/tos">Learn more</a></span>
<button class="btn btn-primary btn-sm">Got it!</button></div>
<script defer src="/assets/nodebb.min.js?v=k2b9s1"></script></body></html>`;
const nodebb: TestPage = {
  html: nbHtml,
  name: 'heldout69-nodebb-topic',
  kind: 'forum',
  // every post is body (list items of the fourth post too); the ini block is in neither list, nor is the quote of bartek-z's
  // post with its "said in <title>" line; usernames, the "on <date>" of each post and the hidden "last edited by" line are
  // bylines ("wrote" in neither); group badges, signatures, vote counts, "#n" indexes, "1 Reply", the "moved this topic"
  // event, the "Solved" label, counts, tools, sort menu, navigator, suggested topics, sidebar, noscript alert, cookie bar and
  // footer are furniture; the tags "backup", "restic", "systemd", the "Solved" label, the nav's "Recent" and the breadcrumb's
  // "Home" are body words: left out
  title: nbTitle,
  headings: [],
  body: [...texts(nb1a), ...texts(nb1b), ...texts(nb2), ...texts(nb3), ...nb4a, ...nb4List, ...nb4b, ...nb5],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'nadia-sorensen', 'bartek-z', 'jpereira', ...nbPosts.map((p) => `on ${p.date}`), 'last edited by nadia-sorensen Nov 3, 2025, 7:02 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nbNav.filter((t) => t !== 'Recent'), 'Register', 'Login', 'Homelab Commons', ...nbNoscript, 'Self-Hosting', 'Posts', 'Posters',
    '412', 'Views',
    'Contributors', 'Global Moderators', 'Offline', nbSig1, nbSig4, '#1', '#2', '#4', '#5', '6', '2', '9', '4', '12', '19', '26', '1 Reply',
    'moved this topic from', 'General Discussion', 'on Nov 4, 2025, 9:10 AM',
    'Log in to reply', ...nbSort, '1 / 5', 'Suggested Topics', ...nbSuggested, 'Powered by', 'NodeBB', nbCookie, 'Learn more', 'Got it!',
  ],
};

export const HELDOUT69_B: readonly TestPage[] = [nodebb, invisionTopic];
