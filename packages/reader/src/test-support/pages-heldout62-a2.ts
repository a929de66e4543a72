import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 62, file a2: a NodeBB 4 topic on the Harmony theme, as a guest sees it (the collapsible left sidebar with
 * its icons and labels, breadcrumbs, the topic title with "Solved" label, category badge, tags and post/poster/view counts,
 * each post with avatar letter, username, group badge, "in reply to" button, timeago link, "edited" mark, signature, reply
 * count, vote count, the topic event line, the guest call-to-action box, the navigator, the ajaxify JSON and the login modal).
 */
const nbTitle = 'Thumbnails regenerate after every restart since moving the library to a NAS';
const nbP1 = [
  'I moved my Lumen Vault library (about 180,000 photos) from a local SSD to a Synology share mounted over NFS last weekend. ' +
    'Everything works, but every time the container restarts, the app starts regenerating thumbnails from scratch, which takes most of a day.',
  'The thumbnail folder is on the same share as the originals, and I can see the old thumbnails are still there after the restart. ' +
    'It is as if the app no longer recognises them.',
  'I am on version 2.8.3 with the official Docker image. Has anyone run into this before?',
];
const nbP2 = [
  'This usually comes down to file modification times. Lumen Vault decides whether a thumbnail is current by comparing its ' +
    'timestamp with the timestamp of the original, and some NFS setups report times rounded to the second, or shifted by the time zone of the server.',
  'Can you check whether the modification time of one original looks the same from inside the container and on the NAS itself? ' +
    'Running <code>stat</code> on the same file on both sides is enough.',
];
const nbP3 = [
  'Good call. Inside the container every file shows a time exactly one hour ahead of what the NAS shows for the same file. ' +
    'The NAS is set to local time and the container runs in UTC.',
];
const nbCode = `# on the NAS
Modify: 2025-03-08 14:02:11.000000000 +0100
# in the container
Modify: 2025-03-08 15:02:11.000000000 +0000`;
const nbP4 = [
  'That explains it: every original looks an hour newer than its thumbnail, so the app throws the thumbnail away and makes a new one. ' +
    'There are two ways to fix it:',
];
const nbP4List = [
  'Set the NAS to store file times in UTC, which is the cleaner fix if nothing else on the NAS depends on local times.',
  'Or add <code>THUMBNAIL_MTIME_TOLERANCE=3600</code> to the environment of the container, which tells the app to ignore ' + 'differences of up to an hour.',
];
const nbP4b = ['After either change, the next restart should keep the existing thumbnails.'];
const nbP5 = [
  'Had the same thing with a QNAP last year. Setting the tolerance worked for me, but be aware that it also means a photo you ' +
    'edit within that hour will not get a fresh thumbnail until you force a rebuild from the library settings.',
];
const nbP6 = ['Switched the NAS to UTC and restarted the container twice, with no regeneration either time. Thanks both, marking this one as solved.'];
const nbNav = ['Categories', 'Recent', 'Tags', 'Popular', 'World', 'Users', 'Groups'];
const nbCrumbs = ['Home', 'Help &amp; Support'];
const nbSig = 'Volunteer moderator. Please read the FAQ before posting logs.';

type NbPost = { i: number; pid: number; user: string; uid: number; time: string; iso: string; html: string; votes: string; opts?: Record<string, string> };
const nbPost = (p: NbPost): string => `<li component="post" class="pt-4${p.opts?.owner ?? ''}" data-index="${p.i}" data-pid="${p.pid}" data-uid="${p.uid}"
 data-username="${p.user}" data-userslug="${p.user.replace('.', '-')}" itemprop="comment" itemtype="http://schema.org/Comment" itemscope>
<a component="post/anchor" data-index="${p.i}" id="${p.i + 1}"></a><meta itemprop="datePublished" content="${p.iso}">
<div class="d-flex align-items-start gap-3 post-container-parent"><div class="bg-body d-none d-sm-block rounded-circle">
<a class="d-inline-block position-relative text-decoration-none" href="/user/${p.user}" aria-label="Profile page for user ${p.user}">
<span title="${p.user}" data-uid="${p.uid}" class="avatar avatar-rounded" component="user/picture" style="--avatar-size: 48px; background-color:
 #e65100;">${p.user[0]!.toUpperCase()}</span>
<span component="user/status" class="position-absolute top-100 start-100 border border-white border-2 rounded-circle status offline"><span
 class="visually-hidden">Offline</span></span></a></div>
<div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;">
<div class="d-flex align-items-start justify-content-between gap-1 flex-nowrap w-100 post-header" itemprop="author" itemscope
 itemtype="https://schema.org/Person">
<div class="d-flex gap-1 flex-wrap align-items-center text-truncate"><meta itemprop="name" content="${p.user}">
<div class="d-flex flex-nowrap gap-1 align-items-center text-truncate"><a class="fw-bold text-nowrap text-truncate" href="/user/${p.user}"
 data-username="${p.user}"
 data-uid="${p.uid}">${p.user}</a></div>${p.opts?.badge ?? ''}
<div class="d-flex gap-1 align-items-center">${p.opts?.parent ?? ''}<a href="/post/${p.pid}" class="timeago text-muted" title="${p.iso}">${p.time}</a>
${p.opts?.edited ?? ''}</div></div>
<div class="d-flex align-items-center gap-1 justify-content-end"><span class="bookmarked opacity-0 text-primary"><i class="fa fa-bookmark-o"></i></span>
<a href="/post/${p.pid}" class="post-index text-muted d-none d-md-inline">#${p.i + 1}</a></div></div>
<div class="content text-break" component="post/content" itemprop="text">
${p.html}
</div>
<div component="post/footer" class="post-footer border-bottom pb-2">${p.opts?.sig ?? ''}
<div class="d-flex flex-wrap-reverse gap-2 justify-content-end">${p.opts?.replies ?? ''}
<div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools">
<a component="post/reply" href="#" class="btn btn-ghost btn-sm hidden" title="Reply"><i class="fa fa-fw fa-reply text-primary"></i></a>
<a component="post/quote" href="#" class="btn btn-ghost btn-sm hidden" title="Quote"><i class="fa fa-fw fa-quote-right text-primary"></i></a>
<div class="d-flex votes align-items-center"><a component="post/upvote" href="#" class="btn btn-ghost btn-sm" title="Upvote post"><i class="fa fa-fw
 fa-chevron-up text-primary"></i></a>
<meta itemprop="upvoteCount" content="${p.votes}"><a href="#" class="px-2 mx-1 btn btn-ghost btn-sm" component="post/vote-count" data-votes="${p.votes}"
 title="Voters">${p.votes}</a>
<a component="post/downvote" href="#" class="btn btn-ghost btn-sm" title="Downvote post"><i class="fa fa-fw fa-chevron-down text-primary"></i></a></div>
<span component="post/tools" class="dropdown bottom-sheet"><a class="btn btn-ghost btn-sm ff-secondary dropdown-toggle" href="#" data-bs-toggle="dropdown"
 aria-label="Post tools"><i class="fa fa-fw fa-ellipsis-v text-primary"></i></a><ul class="dropdown-menu dropdown-menu-end p-1 text-sm" role="menu"></ul></span>
</div></div></div></div></div></li>`;
const badge = `<a href="/groups/global-moderators"><span class="badge rounded-1 text-uppercase text-truncate text-decoration-none"
 style="max-width: 150px;color:#ffffff;background-color: #0b7285;"><i class="fa hidden"></i><span class="badge-text align-text-bottom">Global
 Moderator</span></span></a>`;
const parent = (user: string, pid: number): string =>
  `<a component="post/parent" class="btn btn-ghost btn-sm d-flex gap-1 align-items-center py-0 px-1" data-topid="${pid}" href="/post/${pid}">
<i class="fa fa-fw fa-reply text-primary"></i><span class="text-muted">${user}</span></a>`;
const replies = (n: string, when: string): string =>
  `<a component="post/reply-count" data-target-component="post/replies/container" href="#" class="d-flex gap-2 align-items-center btn btn-ghost ms-n2 ps-2
 pe-2 py-1 text-xs">
<span class="replies-count fw-semibold text-nowrap" component="post/reply-count/text" data-replies="${n[0]}">${n}</span>
<span class="replies-last hidden-xs fw-semibold">Last reply <span class="timeago" title="2025-03-10T09:30:00.000Z">${when}</span></span>
<i class="fa fa-fw fa-chevron-down" component="post/replies/open"></i></a>`;
const p = (paras: readonly string[]): string => paras.map((t) => `<p dir="auto">${t}</p>`).join('\n');

const sig = `<div component="post/signature" data-uid="3" class="text-xs text-muted mt-2">${nbSig}</div>`;
const edited = `<span component="post/edit-indicator" class="edit-icon badge bg-transparent text-muted fw-normal"
 title="Edited Mar 10, 2025, 8:20 AM">edited</span>`;
const nbPosts = [
  {
    i: 0,
    pid: 18821,
    user: 'dara_okafor',
    uid: 412,
    time: 'Mar 9, 2025, 8:41 PM',
    iso: '2025-03-09T20:41:13.000Z',
    html: p(nbP1),
    votes: '2',
    opts: { owner: ' topic-owner-post', replies: replies('1 Reply', 'Mar 9, 2025, 9:58 PM') },
  },
  {
    i: 1,
    pid: 18824,
    user: 'kjell',
    uid: 3,
    time: 'Mar 9, 2025, 9:58 PM',
    iso: '2025-03-09T21:58:40.000Z',
    html: p(nbP2),
    votes: '4',
    opts: { badge, parent: parent('dara_okafor', 18821), sig },
  },
  {
    i: 2,
    pid: 18830,
    user: 'dara_okafor',
    uid: 412,
    time: 'Mar 10, 2025, 8:12 AM',
    iso: '2025-03-10T08:12:05.000Z',
    html: `${p(nbP3)}\n<pre><code>${nbCode}</code></pre>`,
    votes: '0',
    opts: { owner: ' topic-owner-post', parent: parent('kjell', 18824), edited },
  },
  {
    i: 3,
    pid: 18833,
    user: 'kjell',
    uid: 3,
    time: 'Mar 10, 2025, 9:30 AM',
    iso: '2025-03-10T09:30:00.000Z',
    html: `${p(nbP4)}\n<ol>\n${nbP4List.map((t) => `<li>${t}</li>`).join('\n')}\n</ol>\n${p(nbP4b)}`,
    votes: '7',
    opts: { badge, parent: parent('dara_okafor', 18830), sig },
  },
  { i: 4, pid: 18851, user: 'priya.n', uid: 877, time: 'Mar 10, 2025, 1:47 PM', iso: '2025-03-10T13:47:21.000Z', html: p(nbP5), votes: '3' },
  {
    i: 5,
    pid: 18902,
    user: 'dara_okafor',
    uid: 412,
    time: 'Mar 11, 2025, 7:03 PM',
    iso: '2025-03-11T19:03:55.000Z',
    html: p(nbP6),
    votes: '1',
    opts: { owner: ' topic-owner-post' },
  },
]
  .map(nbPost)
  .join('\n');

const nbHtml = `<!DOCTYPE html>
<html lang="en-GB" data-dir="ltr" style="direction: ltr;"><head><title>${nbTitle} | Lumen Vault Community</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0"><meta name="content-type" content="text/html; charset=UTF-8">
<meta property="og:title" content="${nbTitle}"><meta property="article:published_time" content="2025-03-09T20:41:13.000Z">
<link rel="stylesheet" type="text/css" href="/assets/client.css?v=b6f0a4c1e2d"><link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials">
<script>var config = JSON.parse('{"relative_path":"","upload_url":"/assets/uploads","asset_base_url":"/assets",'
 + '"siteTitle":"Lumen Vault Community","loggedIn":false}');</script>
</head>
<body class="page-topic page-topic-4127 template-topic page-topic-category-3 page-topic-category-help-support parent-category-3 page-status-200 theme-harmony
 user-guest skin-noskin">
<a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">Skip to content</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0">
<nav component="sidebar/left" class="text-dark bg-light sidebar sidebar-left start-0 border-end vh-100 d-none d-lg-flex flex-column justify-content-between
 sticky-top">
<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto">${links(nbNav, 'nav-item mx-2')}</ul>
<div class="sidebar-toggle-container align-self-start"><div class="sidebar-toggle m-2 d-none d-lg-block"><a href="#" role="button" component="sidebar/toggle"
 class="nav-link d-flex gap-2 align-items-center p-2 pointer w-100 text-nowrap" title="Expand" aria-label="Sidebar Toggle">
<i class="fa fa-fw fa-angles-right"></i><span class="nav-text visible-open fw-semibold small lh-1">Collapse</span></a></div></div></nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;">
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<noscript><div class="alert alert-danger"><p>Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished,
 and you have been placed in <strong>read-only mode</strong>.</p><p>Please download a browser that supports JavaScript, or enable it if it's disabled
 (i.e. NoScript).</p></div></noscript>
<ol class="breadcrumb mb-0" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">
${nbCrumbs
  .map(
    (c, i) => `<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item"><meta
 itemprop="position" content="${i + 1}"><a href="/${i === 0 ? '' : 'category/3/help-support'}" itemprop="item"><span class="fw-semibold"
 itemprop="name">${c}</span></a></li>`,
  )
  .join('\n')}
<li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item active">
<meta itemprop="position" content="3"><span class="fw-semibold" itemprop="name">${nbTitle}</span></li></ol>
<div itemid="/topic/4127/thumbnails-regenerate" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="${nbTitle}"><meta itemprop="url" content="/topic/4127/thumbnails-regenerate">
<div class="d-flex flex-column gap-3"><div class="d-flex gap-2 flex-wrap"><div class="d-flex flex-column gap-3 flex-1 mw-100">
<h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break" itemprop="name"><span class="topic-title"
 component="topic/title">${nbTitle}</span></h1>
<div class="topic-info d-flex gap-2 align-items-center flex-wrap"><span component="topic/labels" class="d-flex gap-2">
<span component="topic/solved" class="badge border border-success text-success"><i class="fa fa-check"></i> Solved</span></span>
<a href="/category/3/help-support" class="badge px-1 text-truncate text-decoration-none border" style="color: #fff;background-color: #0b7285;">
<i class="fa fa-fw fa-life-ring"></i> Help &amp; Support</a>
<div data-tid="4127" component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs gap-2">
<a href="/tags/docker"><span class="badge border border-gray-300 fw-normal tag tag-class-docker" data-tag="docker">docker</span></a>
<a href="/tags/storage"><span class="badge border border-gray-300 fw-normal tag tag-class-storage" data-tag="storage">storage</span></a></div>
<div class="d-flex hidden-xs gap-2"><span class="badge text-body border stats text-xs"><span component="topic/post-count" title="6" class="fw-bold">6</span>
<span class="text-lowercase fw-normal">Posts</span></span><span class="badge text-body border stats text-xs"><span title="3" class="fw-bold">3</span>
<span class="text-lowercase fw-normal">Posters</span></span><span class="badge text-body border stats text-xs"><span class="fw-bold" title="412">412</span>
<span class="text-lowercase fw-normal">Views</span></span></div></div></div>
<div class="d-flex flex-wrap gap-2 align-items-start mt-2 hidden-empty" component="topic/thumb/list"></div></div>
<div class="row mb-4 mb-lg-0"><div class="topic col-lg-12">
<div class="sticky-tools"><div class="d-flex gap-2 align-items-center"><div class="dropdown bottom-sheet" component="thread/sort"><button
 class="btn btn-ghost btn-sm ff-secondary d-flex gap-2 align-items-center dropdown-toggle" data-bs-toggle="dropdown"><i class="fa fa-fw
 fa-arrow-down-wide-short text-primary"></i>
<span class="d-none d-md-inline fw-semibold">Oldest to Newest</span></button></div>
<a href="/login" class="btn btn-sm btn-primary fw-semibold">Log in to reply</a></div></div>
<ul component="topic" class="posts timeline list-unstyled p-0 py-3" data-tid="4127" data-cid="3">
${nbPosts}
<li component="topic/event" class="timeline-event text-muted d-flex align-items-center gap-2 pt-4" data-topic-event-id="311" data-topic-event-type="solved">
<div class="timeline-badge"><i class="fa fa-check-circle"></i></div><span class="timeline-text small d-flex align-items-center gap-1 flex-wrap">
<a href="/user/dara_okafor">dara_okafor</a> marked this topic as solved <span class="timeago" title="2025-03-11T19:04:10.000Z">Mar 11, 2025, 7:04
 PM</span></span></li>
</ul>
<div component="topic/guest-cta" class="card card-body bg-light mt-4"><h5 class="fw-semibold">Hello! Looks like you're interested in this conversation,
 but you don't have an account yet.</h5><p>Tired of scrolling through the same posts each visit? With an account you come back to where you left off, get
 notified of
 new replies, and can save bookmarks and upvote posts.</p><div class="d-flex gap-2"><a href="/register" class="btn btn-primary">Register</a>
<a href="/login" class="btn btn-outline-primary">Login</a></div></div>
</div></div></div>
<nav component="topic/navigator" class="pagination-block d-flex gap-2 align-items-center text-sm"><span class="pagination-text">1 / 6</span>
<span class="timeago text-muted" title="2025-03-11T19:03:55.000Z">Mar 11, 2025, 7:03 PM</span></nav></div></div></main>
<nav component="sidebar/right" class="text-dark bg-light sidebar sidebar-right end-0 border-start vh-100 d-none d-lg-flex flex-column sticky-top">
<ul class="list-unstyled d-flex flex-column w-100 gap-2 mt-2"><li class="nav-item mx-2"><a class="nav-link" href="/register"><span
 class="nav-text">Register</span></a></li>
<li class="nav-item mx-2"><a class="nav-link" href="/login"><span class="nav-text">Login</span></a></li>
<li class="nav-item mx-2"><a class="nav-link" href="/search" title="Search"><i class="fa fa-fw fa-search"></i><span class="nav-text
 visually-hidden">Search</span></a></li></ul></nav></div>
<div id="reconnect-alert" class="alert alert-dismissible alert-warning fade hide position-fixed bottom-0 start-50 translate-middle-x" component="toaster/toast">
<p class="mb-0">Looks like your connection to Lumen Vault Community was lost, please wait while we try to reconnect.</p></div>
<script id="ajaxify-data" type="application/json">{"tid":4127,"uid":412,"cid":3,
"title":"${nbTitle}","slug":"4127/thumbnails-regenerate","postcount":6,"viewcount":412,
"isSolved":1,"tags":[{"value":"docker"},{"value":"storage"}],"template":{"name":"topic","topic":true},"loggedIn":false}</script>
<script defer src="/assets/nodebb.min.js?v=b6f0a4c1e2d"></script>
</body></html>`;
export const nodebbTopic: TestPage = {
  html: nbHtml,
  name: 'heldout62-nodebb-topic',
  kind: 'forum',
  // every post is body, the numbered fixes as list items; usernames, the "in reply to" buttons (a username each), the timeago
  // links and the "edited" mark are bylines; the moderator's group badge and signature, vote counts, "1 Reply" with its "Last
  // reply" time, post numbers, the "Solved" label, the "marked this topic as solved" event line, category, tags, counts, sort,
  // the guest box, navigator, sidebars, breadcrumbs, noscript and reconnect alert are furniture; the stat output is a code
  // block: in neither list; the avatar's hidden "Offline" is furniture; the post numbers ("#1"...) and vote counts are left out,
  // and so are the "Solved" label and the "docker" tag, words of the body
  title: nbTitle,
  headings: [],
  body: [...texts(nbP1), ...texts(nbP2), ...texts(nbP3), ...texts(nbP4), ...texts(nbP4List), ...texts(nbP4b), ...texts(nbP5), ...texts(nbP6)],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'dara_okafor', 'kjell', 'priya.n', 'Mar 9, 2025, 8:41 PM', 'Mar 9, 2025, 9:58 PM', 'Mar 10, 2025, 8:12 AM', 'edited', 'Mar 10, 2025, 9:30 AM',
    'Mar 10, 2025, 1:47 PM', 'Mar 11, 2025, 7:03 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nbNav, 'Offline', 'Collapse', 'Home', 'Help & Support', 'storage', 'Posts', 'Posters', 'Views', 'Oldest to Newest',
    'Log in to reply', 'Global Moderator', nbSig, '1 Reply', 'Last reply', 'marked this topic as solved', 'Mar 11, 2025, 7:04 PM',
    "Hello! Looks like you're interested in this conversation, but you don't have an account yet.",
    'Tired of scrolling through the same posts each visit? With an account you come back to where you left off, get notified of new replies, ' +
      'and can save bookmarks and upvote posts.',
    'Register', 'Login', '1 / 6', 'Search', 'Looks like your connection to Lumen Vault Community was lost, please wait while we try to reconnect.',
    'Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished, and you have been placed in read-only mode.',
  ],
};
