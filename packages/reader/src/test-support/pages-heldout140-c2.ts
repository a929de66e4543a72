import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 140, file c2: a NodeBB 3 topic in the Harmony theme as a guest saves it: the skip link, the left sidebar
 * nav with its labels, the read-only <noscript> alert, breadcrumbs, the h1, the topic info (category badge, tags, post /
 * poster / view counts), the sort and reply tools, posts with avatar letters, offline status text, user names, group
 * badges, "wrote on" and timestamps, a "last edited by" line, a quoted post, a signature, reply counts and vote counts,
 * the topic navigator, "Suggested Topics", the reconnect toast, the cookie consent and the "Powered by NodeBB" footer.
 */
const nbTitle = 'Restore keeps failing at 99% when the target is an external drive';
type Nb = {
  pid: number;
  user: string;
  letter: string;
  group?: string;
  when: string;
  paras: string[];
  edited?: string;
  quote?: string;
  votes: string;
  sig?: string;
};
const nbPosts: Nb[] = [
  {
    pid: 9120,
    user: 'harlow_dev',
    letter: 'H',
    when: 'Nov 3, 2025, 9:11 AM',
    votes: '2',
    edited: 'last edited by harlow_dev',
    paras: [
      'I am trying to restore a full snapshot (about 410 GB) from my NAS repository to a new external USB drive. The restore runs for ' +
        'roughly four hours, reaches 99%, and then stops with “error writing chunk: file too large”. Nothing is left on the target drive ' +
        'afterwards.',
      'The same snapshot restores fine to the internal SSD, so the repository seems healthy. I have tried two different cables and two ' +
        'different USB ports. The drive is brand new and came formatted from the shop.',
      'Any ideas before I buy yet another drive?',
    ],
    sig: 'Pellucid 5.4 on Debian 12, repository on a Synology DS920+',
  },
  {
    pid: 9127,
    user: 'brackenmoor',
    letter: 'B',
    when: 'Nov 3, 2025, 10:02 AM',
    votes: '0',
    paras: [
      'What file system is the external drive using? If it came formatted from the shop there is a good chance it is FAT32, which cannot ' +
        'hold a single file larger than 4 GB. Restores of disk images or big virtual machine files will fail right at the end.',
    ],
  },
  {
    pid: 9131,
    user: 'ines',
    letter: 'I',
    group: 'Global Moderator',
    when: 'Nov 3, 2025, 10:20 AM',
    votes: '5',
    quote: 'If it came formatted from the shop there is a good chance it is FAT32',
    paras: [
      'That is almost certainly it. The restore writes files in the order they appear in the snapshot, and large files tend to come last ' +
        'because of how the index is sorted, which is why it gets so close before failing.',
      'Reformat the drive as exFAT if you need to use it on Windows and macOS as well, or as ext4 if it will only ever be used on this ' +
        'machine. We will also add a check in the next release that warns before the restore starts if any file in the snapshot is too ' +
        'big for the target file system.',
      'If you want to check an existing drive before you start, the Drives page under Settings shows the file system of every mounted ' +
        'target, and a restore preview lists the largest files in the snapshot with their sizes.',
    ],
  },
  {
    pid: 9150,
    user: 'harlow_dev',
    letter: 'H',
    when: 'Nov 3, 2025, 6:47 PM',
    votes: '1',
    paras: [
      'FAT32 it was. Reformatted as exFAT and the restore finished in just under four hours with everything intact. Thanks both, and a ' +
        'warning before the restore starts would have saved me an afternoon, so that is very welcome.',
    ],
  },
];
const nbNav = ['Categories', 'Recent', 'Tags', 'Popular', 'Users', 'Groups'];
const nbTools = ['Log in to reply', 'Sort by', 'Oldest to Newest', 'Newest to Oldest', 'Most Votes'];
const nbSuggested = [
  'Scheduled job skipped after daylight saving change',
  'Can I exclude node_modules folders everywhere?',
  'Prune is slow on S3 repositories',
];
const nbNoscript = [
  'Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished, and you have been placed in ' + 'read-only mode.',
  'Please download a browser that supports JavaScript, or enable it if it is disabled.',
];
const nbCookie = 'This website uses cookies to ensure you get the best experience on our website.';
const nbToast = 'Looks like your connection to Pellucid Community was lost, please wait while we try to reconnect.';
const nbPost = (p: Nb, i: number): string => `<li component="post" class="${i === 0 ? 'pt-4 topic-main-post' : 'pt-4'}" data-index="${i}" data-pid="${p.pid}"
data-uid="${p.letter.charCodeAt(0)}" data-timestamp="1762160000000" data-username="${p.user}" data-userslug="${p.user}" itemprop="comment"
itemtype="http://schema.org/Comment" itemscope><a component="post/anchor" data-index="${i}" id="${i + 1}"></a><meta itemprop="datePublished"
content="2025-11-03T09:11:04.000Z"><div class="d-flex align-items-start gap-3"><div class="bg-body d-none d-sm-block rounded-circle"><a class="d-inline-block
position-relative text-decoration-none" href="/user/${p.user}" aria-label="Profile page for user ${p.user}"><span title="${p.user}" data-uid="7" class="avatar
avatar-rounded" component="user/picture" style="--avatar-size: 48px; background-color: #1b5e20;">${p.letter}</span><span component="user/status"
class="position-absolute
top-100 start-100 border border-white border-2 rounded-circle status offline"><span class="visually-hidden">Offline</span></span></a></div>
<div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;"><div class="d-flex align-items-start justify-content-between gap-1
flex-nowrap w-100 post-header" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="d-flex gap-1 flex-wrap align-items-center
text-truncate">
<meta itemprop="name" content="${p.user}"><a class="fw-bold text-nowrap text-truncate" href="/user/${p.user}" data-username="${p.user}">${p.user}</a>${
  p.group
    ? ` <a href="/groups/global-moderators" class="badge rounded-1 text-uppercase text-truncate text-decoration-none" style="color:#ffffff;background-color:
#2e7d32;">
<i class="fa fa-shield"></i><span class="badge-text align-text-bottom">${p.group}</span></a>`
    : ''
}<div class="d-flex gap-1 align-items-center"><span class="text-muted">wrote on</span> <a href="/post/${p.pid}" class="timeago text-muted"
title="2025-11-03T09:11:04.000Z">${p.when}</a> <i component="post/edit-indicator" class="fa fa-edit text-muted edit-icon${p.edited ? '' : ' hidden'}"
title="Edited"></i><span data-editor="${p.edited ? p.user : ''}" component="post/editor" class="visually-hidden">${p.edited ?? ''}</span></div></div>
<div class="d-flex align-items-center gap-1 justify-content-end"><span class="bookmarked opacity-0 text-primary"><i class="fa fa-bookmark-o"></i></span>
<a href="/post/${p.pid}" class="post-index text-muted d-none d-md-inline">#${i + 1}</a></div></div>
<div component="post/content" class="content text-break" itemprop="text">${
  p.quote ? `<blockquote><p><a href="/post/9127">@brackenmoor</a> said in <a href="/post/9127">${nbTitle}</a>:</p><p>${p.quote}</p></blockquote>\n` : ''
}${p.paras.map((x) => `<p dir="auto">${x}</p>`).join('\n')}</div>
<div component="post/footer" class="post-footer border-bottom pb-2">${
  p.sig
    ? `<div component="post/signature" data-uid="7" class="text-xs text-muted
mt-2">${p.sig}</div>`
    : ''
}
<div class="d-flex flex-wrap-reverse gap-2 justify-content-end">${
  i === 1
    ? '<a component="post/reply-count" data-target-component="post/replies/container" href="#" class="d-flex gap-2 align-items-center">' +
      '<span component="post/reply-count/text">1 Reply</span></a>'
    : ''
}<div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools"><a component="post/reply" href="#"
class="btn btn-ghost
btn-sm hidden" title="Reply"><i class="fa fa-fw fa-reply text-primary"></i></a><a component="post/quote" href="#" class="btn btn-ghost btn-sm hidden"
title="Quote">
<i class="fa fa-fw fa-quote-right text-primary"></i></a><div class="d-flex votes align-items-center"><a component="post/upvote" href="#" class="btn btn-ghost
btn-sm"
title="Upvote post"><i class="fa fa-fw fa-chevron-up text-primary"></i></a><meta itemprop="upvoteCount" content="${p.votes}"><a href="#" class="px-2 mx-1 btn
btn-ghost
btn-sm" component="post/vote-count" data-votes="${p.votes}" title="Voters">${p.votes}</a><a component="post/downvote" href="#" class="btn btn-ghost btn-sm"
title="Downvote post"><i class="fa fa-fw fa-chevron-down text-primary"></i></a></div></div></div></div></div></div></li>`;
const nbHtml = `<!DOCTYPE html>
<html lang="en-GB" data-dir="ltr" style="direction: ltr;"><head><title>${nbTitle} | Pellucid Community</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0"><meta name="content-type" content="text/html; charset=UTF-8"
http-equiv="Content-Type">
<meta name="apple-mobile-web-app-capable" content="yes"><meta property="og:site_name" content="Pellucid Community"><meta name="title" content="${nbTitle}">
<meta property="og:title" content="${nbTitle}"><meta property="og:type" content="article"><meta property="article:published_time"
content="2025-11-03T09:11:04.000Z">
<meta property="article:section" content="Help"><meta name="description" content="I am trying to restore a full snapshot (about 410 GB) from my NAS repository">
<link rel="stylesheet" type="text/css" href="/assets/client.css?v=8r2k1mq0ps"><link rel="canonical"
href="https://community.pellucid.example/topic/1842/restore-keeps-failing">
<link rel="alternate" type="application/rss+xml" href="/topic/1842.rss"><link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials">
<script>var config = JSON.parse('{"relative_path":"","upload_url":"/assets/uploads","siteTitle":"Pellucid
Community","theme:id":"nodebb-theme-harmony"}');</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${nbTitle}","author":{"@type":"Person",
"name":"harlow_dev"},
"datePublished":"2025-11-03T09:11:04.000Z","interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction",
"userInteractionCount":3}}</script>
</head>
<body class="page-topic page-topic-1842 page-topic-restore-keeps-failing template-topic page-topic-category-4 page-topic-category-help parent-category-4
page-status-200 theme-harmony user-guest skin-noskin"><a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index:
1021;"
href="#content">Skip to content</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0"><nav component="sidebar/left" class="text-dark bg-light sidebar sidebar-left start-0
border-end
vh-100 d-none d-lg-flex flex-column justify-content-between sticky-top"><ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2
overflow-y-auto">
${nbNav
  .map(
    (t) => `<li class="nav-item mx-2" title="${t}"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center"
href="/${t.toLowerCase()}"
aria-label="${t}"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><i class="fa fa-fw fa-list"></i><span class="nav-text small
visible-open
fw-semibold text-truncate">${t}</span></span></a></li>`,
  )
  .join(
    '\n',
  )}</ul><div class="d-flex flex-column gap-2 mb-2"><a class="nav-link d-flex gap-2 align-items-center" href="/register"><i class="fa fa-fw fa-user-plus"></i>
<span class="nav-text small visible-open fw-semibold">Register</span></a><a class="nav-link d-flex gap-2 align-items-center" href="/login"><i class="fa fa-fw
fa-sign-in"></i>
<span class="nav-text small visible-open fw-semibold">Login</span></a></div></nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;"><div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5
mb-lg-0"
id="content"><noscript><div class="alert alert-danger"><p>${nbNoscript[0]}</p><p>${nbNoscript[1]}</p></div></noscript>
<ol class="breadcrumb mb-0" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList"><li itemscope itemprop="itemListElement"
class="breadcrumb-item"><a href="/" itemprop="item"><span class="fw-semibold" itemprop="name">Home</span></a></li><li class="breadcrumb-item"><a
href="/category/4/help">
<span class="fw-semibold">Help</span></a></li><li component="breadcrumb/current" class="breadcrumb-item active"><span
class="fw-semibold">${nbTitle}</span></li></ol>
<div class="d-flex flex-column gap-3" itemid="/topic/1842/restore-keeps-failing" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="${nbTitle}"><meta itemprop="url" content="/topic/1842/restore-keeps-failing">
<div class="d-flex flex-wrap"><div class="d-flex flex-column gap-3 flex-grow-1"><h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0
text-break">
<span class="topic-title" component="topic/title">${nbTitle}</span></h1><div class="topic-info d-flex gap-2 align-items-center flex-wrap"><span
component="topic/labels"
class="d-flex gap-2 hidden"><span component="topic/pinned" class="badge border text-body hidden">Pinned</span><span component="topic/locked" class="badge
border hidden">
Locked</span></span><a href="/category/4/help" class="badge px-1 text-truncate text-decoration-none border" style="color: #ffffff;background-color:
#6e40c9;">Help</a>
<div data-tid="1842" component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs hidden-empty gap-2"><a href="/tags/restore"><span
class="badge border
fw-normal tag tag-class-restore" data-tag="restore">restore</span></a><a href="/tags/usb"><span class="badge border fw-normal tag"
data-tag="usb">usb</span></a></div>
<div class="d-flex gap-2"><span class="badge text-body border stats text-xs"><span component="topic/post-count" title="4" class="fw-bold">4</span> <span
class="text-lowercase fw-normal">Posts</span></span><span class="badge text-body border stats text-xs"><span title="3" class="fw-bold">3</span> <span
class="text-lowercase fw-normal">Posters</span></span><span class="badge text-body border stats text-xs"><span class="fw-bold" title="381">381</span> <span
class="text-lowercase fw-normal">Views</span></span></div></div></div></div>
<div class="row mb-4 mb-lg-0"><div class="topic col-lg-9 col-sm-12"><div class="sticky-tools"><nav class="d-flex flex-nowrap my-2 p-0 border-0 rounded
topic-main-buttons">
<a component="topic/reply/guest" href="/login" class="btn btn-sm btn-primary">${nbTools[0]}</a><div class="btn-group bottom-sheet"
component="thread/sort"><button
class="btn btn-ghost btn-sm dropdown-toggle" data-bs-toggle="dropdown"><span class="visible-md-inline visible-lg-inline
fw-semibold">${nbTools[1]}</span></button>
<ul class="dropdown-menu p-1 text-sm">${links(nbTools.slice(2), 'dropdown-item')}</ul></div></nav></div>
<ul component="topic" class="posts timeline mt-sm-2 p-0 py-3" data-tid="1842" data-cid="4">
${nbPosts.map(nbPost).join('\n')}
</ul><div class="pagination-block text-center"><div class="loading-indicator hidden"><span class="spinner-border"></span> Loading More Posts</div></div>
<div component="topic/suggested" class="mt-5"><h3 class="fw-semibold fs-5">Suggested Topics</h3><ul class="topics-list
list-unstyled">${links(nbSuggested, 'category-item')}
</ul></div></div><div class="d-flex d-none d-lg-flex col-lg-3 gap-2 flex-column"><div class="sticky-top"><div component="topic/navigator"
class="topic-navigator">
<span class="text-xs">Nov 3, 2025</span><span class="pagination-text"><span component="topic/navigator/index">1</span> / 4</span><span class="text-xs">Nov 3,
2025</span>
</div></div></div></div></div></div>
<footer class="text-center text-sm my-3"><a href="https://nodebb.example" target="_blank">Powered by NodeBB</a> | <a
href="/contributors">Contributors</a></footer></main></div>
<div component="toaster/tray" class="alert-window fixed-bottom mb-5 mb-md-2 me-2 me-md-5 ms-auto" style="width:300px; z-index: 1090;"><div id="reconnect-alert"
class="alert alert-dismissible alert-warning fade hide" component="toaster/toast"><button type="button" class="btn-close" data-bs-dismiss="alert"></button>
<p class="mb-0">${nbToast}</p></div></div>
<div class="cookie-consent position-fixed bottom-0 start-0 end-0 p-3 bg-body border-top"><p class="mb-0">${nbCookie}</p><a
href="https://www.cookiesandyou.example"
target="_blank" rel="noopener noreferrer">Learn more</a><button class="btn btn-primary btn-sm">Got it!</button></div>
<script defer src="/assets/nodebb.min.js?v=8r2k1mq0ps"></script><script>document.documentElement.style.setProperty('--panel-offset', '0px');</script>
</body></html>`;
export const nodebb: TestPage = {
  html: nbHtml,
  name: 'heldout140-nodebb-topic',
  kind: 'forum',
  // all four posts are body; the quoted post (with its "said in" line) is in neither list; user names, "wrote on", the
  // post times and the "last edited by" line are bylines; the group badge, "Offline", counts, post numbers, votes, the
  // signature, tags, tools and rails are furniture
  title: nbTitle,
  headings: [],
  body: texts(nbPosts.flatMap((p) => p.paras)),
  bylines: ['harlow_dev', 'brackenmoor', 'ines', 'wrote on', ...new Set(nbPosts.map((p) => p.when)), 'last edited by harlow_dev'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nbNav, 'Register', 'Login', ...nbNoscript, 'Home', 'Help', 'restore', 'usb', '4 Posts', '3 Posters', '381 Views', ...nbTools,
    'Pinned', 'Locked', 'Offline', 'Global Moderator', '#1', '#2', '#3', '#4', nbPosts[0]?.sig ?? '', '1 Reply', 'Loading More Posts', 'Suggested Topics',
    ...nbSuggested, 'Nov 3, 2025', '1 / 4', 'Powered by NodeBB', 'Contributors', nbToast, nbCookie, 'Learn more', 'Got it!',
  ],
};
