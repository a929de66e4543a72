import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 27, file a2: a NodeBB topic on the Harmony theme (the left sidebar of icons with their labels, the guest
 * "Your browser does not seem to support JavaScript" noscript, breadcrumbs, the topic title with its category badge, tags and
 * Posts/Posters/Views stats, four posts with avatars, names, timeago dates, "#1" indexes, a group badge, a quote with its
 * "said in" line, reply counts, Reply/Quote/vote tools, "last edited by", the thread navigator, the guest "Log in to reply"
 * prompt, "Suggested Topics" and the "Powered by NodeBB" footer).
 */
const nbTitle = 'Iron gall ink in a vintage piston filler: safe, or asking for trouble?';
const nbOp = [
  'I’ve just been given my grandfather’s 1950s piston filler, a grey-striped pen with a gold nib that still writes beautifully ' +
    'after a good flush. He used a blue-black iron gall ink in it for decades, and I’d love to keep that tradition going.',
  'Before I do, though, I’ve read enough horror stories about iron gall eating through steel nibs and clogging feeds to be ' +
    'nervous. Is a modern iron gall ink safe in a pen like this if I keep it in daily use? And what does “keep it clean” ' +
    'actually mean in practice: a flush every fill, every month, or only when I change inks?',
];
const nbQuoted = 'Is a modern iron gall ink safe in a pen like this if I keep it in daily use?';
const nbR1 = [
  'Short answer: yes, with a gold nib and daily use it’s about as safe as any ink. Modern iron gall inks contain far less iron ' +
    'than the old registrar’s inks your grandfather probably used, and they’re buffered so they don’t stay as acidic in the pen.',
  'The trouble comes when the pen sits. Ink evaporates in the feed, the iron compounds oxidise and you get a black crust that’s ' +
    'hard to shift. If you’re going away for more than a week, empty it and flush it first.',
];
const nbR2 = [
  'I’ve run a modern blue-black in a 1960s piston filler for about six years. My routine is a plain water flush every third fill ' +
    'and a soak in a weak ascorbic acid solution twice a year, which lifts the grey film from the ink window. The window on mine ' +
    'is still clear.',
  'What I keep on the desk for it:',
];
const nbR2List = [
  'A bulb syringe for flushing the feed',
  'Distilled water, since our tap water is very hard',
  'A jar of one percent ascorbic acid solution for the twice-yearly soak',
];
const nbR3 =
  'Thank you both, this is exactly what I needed. I filled it this morning and I’ve set a reminder to flush it on the first of ' +
  'each month. I’ll report back in the summer with how the window looks.';
const nbNav = ['Categories', 'Recent', 'Tags', 'Popular', 'World', 'Users', 'Groups', 'Search'];
const nbSuggested = [
  'Cleaning a sac filler that has sat dry for thirty years',
  'Which papers stop a wet broad nib from feathering?',
  'Shading inks for a fine nib: your recommendations',
];
const avatar = (user: string, uid: number, colour: string) =>
  `<div class="bg-body d-none d-sm-block rounded-circle" style="outline: 2px solid var(--bs-body-bg);"><a class="d-inline-block position-relative ` +
  `text-decoration-none" href="/user/${user}" aria-label="Profile page for user ${user}"><span title="${user}" data-uid="${uid}" class="avatar ` +
  `avatar-rounded" component="user/picture" style="--avatar-size: 48px; background-color: ${colour};">${user.charAt(0).toUpperCase()}</span>` +
  `<span component="user/status" class="position-absolute top-100 start-100 border border-white border-2 rounded-circle status offline">` +
  `<span class="visually-hidden">Offline</span></span></a></div>`;
const header = (user: string, uid: number, iso: string, shown: string, index: number, badge = '') =>
  `<div class="d-flex align-items-center gap-1 flex-wrap w-100 post-header mt-1" itemprop="author" itemscope itemtype="https://schema.org/Person">` +
  `<meta itemprop="name" content="${user}"><span class="text-nowrap"><a class="fw-bold text-nowrap text-truncate" href="/user/${user}" ` +
  `data-username="${user}" data-uid="${uid}">${user}</a></span>${badge}<div class="d-flex gap-1 align-items-center">` +
  `<span class="text-muted">wrote</span> <a href="/post/${9921 + index}" class="timeago text-muted" title="${iso}">${shown}</a></div>` +
  `<div class="d-flex align-items-center gap-1 flex-grow-1 justify-content-end"><span class="bookmarked opacity-0 text-primary">` +
  `<i class="fa fa-bookmark-o"></i></span><a href="/post/${9921 + index}" class="post-index text-muted d-none d-md-inline">#${index + 1}</a></div></div>`;
const footer = (votes: number, replies = '') =>
  `<div component="post/footer" class="post-footer border-bottom pb-2"><div class="d-flex flex-wrap-reverse gap-2 justify-content-end">${replies}` +
  `<div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools">` +
  `<a component="post/reply" href="#" class="btn btn-ghost btn-sm" title="Reply"><i class="fa fa-fw fa-reply text-primary"></i></a>` +
  `<a component="post/quote" href="#" class="btn btn-ghost btn-sm" title="Quote"><i class="fa fa-fw fa-quote-right text-primary"></i></a>` +
  `<div class="d-flex votes align-items-center"><a component="post/upvote" href="#" class="btn btn-ghost btn-sm" title="Upvote post">` +
  `<i class="fa fa-fw fa-chevron-up text-primary"></i></a><meta itemprop="upvoteCount" content="${votes}"><a href="#" class="px-2 mx-1 btn btn-ghost ` +
  `btn-sm" component="post/vote-count" data-votes="${votes}" title="Voters">${votes}</a><a component="post/downvote" href="#" class="btn btn-ghost ` +
  `btn-sm" title="Downvote post"><i class="fa fa-fw fa-chevron-down text-primary"></i></a></div></div></div></div>`;
const post = (i: number, user: string, uid: number, colour: string, iso: string, shown: string, content: string, tail: string, badge = '') =>
  `<li component="post" class="pt-4${i === 0 ? ' topic-owner-post' : ''}" data-index="${i}" data-pid="${9921 + i}" data-uid="${uid}" ` +
  `data-username="${user}" itemprop="comment" itemscope itemtype="http://schema.org/Comment"><a component="post/anchor" data-index="${i}" ` +
  `id="${i + 1}"></a><meta itemprop="datePublished" content="${iso}"><div class="d-flex align-items-start gap-3 post-container-parent">` +
  `${avatar(user, uid, colour)}<div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;">` +
  `${header(user, uid, iso, shown, i, badge)}<div class="content text-break" component="post/content" itemprop="text">\n${content}\n</div>${tail}` +
  `</div></div></li>`;
const navItem = (t: string) =>
  `<li class="nav-item mx-2" title="${t}"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" ` +
  `href="/${t.toLowerCase()}" aria-label="${t}"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><i class="fa fa-fw fa-list"></i>` +
  `<span class="nav-text small visible-open fw-semibold text-truncate">${t}</span></span></a></li>`;
const nbNavHtml = nbNav.map(navItem).join('\n');
const replyCount =
  '<a component="post/reply-count" href="#" class="d-flex gap-2 align-items-center btn btn-ghost ff-secondary border rounded-1 p-1 text-muted ' +
  'text-decoration-none text-xs"><span component="post/reply-count/text" class="d-none d-md-inline">1 Reply</span></a>';
const modBadge =
  '<a href="/groups/moderators"><span class="badge rounded-1 text-uppercase text-truncate" style="background-color: #2e7d32; color: #ffffff;">' +
  '<i class="fa fa-shield"></i><span class="badge-text">Moderator</span></span></a>';
const quote =
  `<p dir="auto"><a class="plugin-mentions-user plugin-mentions-a" href="/uid/388">@marguerite_v</a> said in <a href="/post/9921">${nbTitle}</a>:</p>\n` +
  `<blockquote><p dir="auto">${nbQuoted}</p></blockquote>\n`;
const edited =
  '<div component="post/editor" class="text-muted text-xs">last edited by <a href="/user/inkwell_ossie">inkwell_ossie</a> ' +
  '<span class="timeago" title="2026-01-20T09:20:11.000Z">Jan 20, 2026, 9:20 AM</span></div>';
const dirP = (ps: readonly string[]) => ps.map((p) => `<p dir="auto">${p}</p>`).join('\n');
const nbPosts = [
  post(0, 'marguerite_v', 388, '#673ab7', '2026-01-19T20:12:44.000Z', 'Jan 19, 2026, 8:12 PM', dirP(nbOp), footer(3, replyCount)),
  post(1, 'Halvard', 12, '#e65100', '2026-01-19T21:40:02.000Z', 'Jan 19, 2026, 9:40 PM', quote + dirP(nbR1), footer(9), modBadge),
  post(
    2,
    'inkwell_ossie',
    907,
    '#009688',
    '2026-01-20T09:03:51.000Z',
    'Jan 20, 2026, 9:03 AM',
    `${dirP(nbR2)}\n<ul>${nbR2List.map((t) => `<li>${t}</li>`).join('\n')}</ul>`,
    edited + footer(5),
  ),
  post(3, 'marguerite_v', 388, '#673ab7', '2026-01-20T12:36:18.000Z', 'Jan 20, 2026, 12:36 PM', dirP([nbR3]), footer(2)),
].join('\n');
const nbSuggestedHtml = nbSuggested
  .map((t, i) => `<li component="category/topic" class="category-item"><a href="/topic/${1380 + i}" class="title text-reset fw-semibold">${t}</a></li>`)
  .join('\n');
const nbHtml = `<!DOCTYPE html>
<html lang="en-GB" data-dir="ltr" style="direction: ltr;"><head><title>${nbTitle} | The Nib Exchange</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0"><meta name="content-type" content="text/html; charset=UTF-8" http-equiv="true">
<meta property="og:title" content="${nbTitle}"><meta property="article:published_time" content="2026-01-19T20:12:44.000Z">
<link rel="stylesheet" type="text/css" href="/assets/client.css?v=k2p9f7t8a1c">
<script>var config = JSON.parse('{"relative_path":"","upload_url":"/assets/uploads","siteTitle":"The Nib Exchange","loggedIn":false}');</script></head>
<body class="page-topic page-topic-1432 page-topic-category-7 page-topic-category-inks-paper parent-category-7 page-status-200 theme-harmony
user-guest skin-noskin">
<a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">Skip to content</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0">
<nav component="sidebar/left"
class="open text-dark bg-light sidebar sidebar-left start-0 border-end vh-100 d-none d-lg-flex flex-column justify-content-between sticky-top">
<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto">
${nbNavHtml}
</ul><div class="sidebar-toggle-container align-self-start"><div class="sidebar-toggle m-2 d-none d-lg-flex align-items-center gap-2 p-2 rounded-1"
role="button"
component="sidebar/toggle"><i class="fa fa-fw fa-angles-right"></i><span class="nav-text visible-open fw-semibold small lh-1">Collapse</span></div></div></nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;">
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<noscript><div class="alert alert-danger"><p>Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished, and
you have been
placed in <strong>read-only mode</strong>.</p><p>Please download a browser that supports JavaScript, or enable it if it's disabled (i.e.
NoScript).</p></div></noscript>
<ol class="breadcrumb mb-0" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">
<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item"><meta itemprop="position" content="1">
<a href="/" itemprop="item"><span class="fw-semibold" itemprop="name">Home</span></a></li>
<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item"><meta itemprop="position" content="2">
<a href="/categories" itemprop="item"><span class="fw-semibold" itemprop="name">Categories</span></a></li>
<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item"><meta itemprop="position" content="3">
<a href="/category/7/inks-paper" itemprop="item"><span class="fw-semibold" itemprop="name">Inks &amp; Paper</span></a></li>
<li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item active">
<meta itemprop="position" content="4"><span class="fw-semibold" itemprop="name">${nbTitle}</span></li></ol>
<div class="flex-fill" itemid="/topic/1432/iron-gall-ink-in-a-vintage-piston-filler-safe-or-asking-for-trouble" itemscope
itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="${nbTitle}"><meta itemprop="text" content="${nbTitle}"><meta itemprop="url" content="/topic/1432/iron-gall-ink">
<meta itemprop="datePublished" content="2026-01-19T20:12:44.000Z"><meta itemprop="author" itemscope itemtype="https://schema.org/Person" itemref="topicAuthor">
<div class="d-flex flex-column gap-3"><div class="d-flex gap-2 flex-wrap"><div class="d-flex flex-column gap-3 flex-1">
<h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break"><span class="topic-title" component="topic/title">${nbTitle}</span></h1>
<div class="topic-info d-flex gap-2 align-items-center flex-wrap"><span component="topic/labels" class="d-flex gap-2 hidden"></span>
<a href="/category/7/inks-paper" class="badge px-1 text-truncate text-decoration-none border"
style="color: #ffffff;background-color: #5b3a8e;border-color: #5b3a8e!important;">
<i class="fa fa-fw fa-droplet"></i>Inks &amp; Paper</a>
<div data-tid="1432" component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs hidden-empty gap-2">
<a href="/tags/iron-gall"><span class="badge border fw-normal tag tag-class-iron-gall" data-tag="iron-gall">iron-gall</span></a>
<a href="/tags/vintage"><span class="badge border fw-normal tag tag-class-vintage" data-tag="vintage">vintage</span></a>
<a href="/tags/maintenance"><span class="badge border fw-normal tag tag-class-maintenance" data-tag="maintenance">maintenance</span></a></div>
<div class="d-flex gap-2" component="topic/stats"><span class="badge text-body border stats text-xs"><span title="4" class="fw-bold">4</span>
<span class="text-lowercase fw-normal">Posts</span></span><span class="badge text-body border stats text-xs"><span title="3" class="fw-bold">3</span>
<span class="text-lowercase fw-normal">Posters</span></span><span class="badge text-body border stats text-xs"><span class="fw-bold" title="612">612</span>
<span class="text-lowercase fw-normal">Views</span></span></div></div></div></div>
<div class="row mb-4 mb-lg-0"><div class="topic col-lg-12">
<div class="sticky-tools d-flex gap-1 p-2"><a href="/login" class="btn btn-primary btn-sm" component="topic/reply/guest">Log in to reply</a>
<div class="btn-group" component="thread/sort"><button class="btn btn-ghost btn-sm dropdown-toggle" data-bs-toggle="dropdown" type="button">
<span class="d-none d-md-inline fw-semibold">Oldest to Newest</span></button></div></div>
<ul component="topic" class="posts timeline list-unstyled mt-sm-2 p-0 py-3" data-tid="1432" data-cid="7">
${nbPosts}
</ul>
<div component="topic/navigator" class="pagination-block d-none d-lg-block"><span class="pagination-text">1 / 4</span></div></div></div>
<div class="suggested-topics mt-3 pt-3"><h3 class="fw-semibold fs-5">Suggested Topics</h3><ul component="category" class="topics-list list-unstyled">
${nbSuggestedHtml}
</ul></div></div></div></div></main></div>
<footer class="container-lg text-center small text-muted py-3"><p>Powered by <a href="https://nodebb.org">NodeBB</a> | <a
href="/contributors">Contributors</a></p>
<p>The Nib Exchange is run by volunteers. Be kind to beginners.</p></footer>
<div class="cookie-consent fixed-bottom p-3"><span>This website uses cookies to ensure you get the best experience on our website.</span>
<a target="_blank" rel="noopener" href="https://www.cookiesandyou.com/">Learn more</a> <button class="btn btn-primary btn-sm">Got it!</button></div>
<script defer src="/assets/nodebb.min.js?v=k2p9f7t8a1c"></script></body></html>`;
export const nodebbTopic: TestPage = {
  html: nbHtml,
  name: 'heldout27-nodebb-topic',
  kind: 'forum',
  // the four posts are the body (the reply's list items too); the quote in Halvard's reply repeats the opening post word for
  // word and its "@marguerite_v said in ...:" line is the quote's attribution: both in neither list; the posters' names and
  // the shown dates (and "last edited by" with its date) are bylines; "wrote", "#1".."#4", "Moderator", the reply count,
  // "Offline", category badge, tags, stats labels, "Log in to reply", sort, navigator, "Suggested Topics", the sidebar,
  // noscript alert, breadcrumbs, cookie notice and footer are furniture; vote counts and the avatars' letters are left out
  // (the Reply/Quote/vote buttons are icons with titles only: no text)
  title: nbTitle,
  headings: [],
  body: [...texts(nbOp), ...texts(nbR1), ...texts(nbR2), ...nbR2List, nbR3],
  bylines: [
    'marguerite_v',
    'Halvard',
    'inkwell_ossie',
    'Jan 19, 2026, 8:12 PM',
    'Jan 19, 2026, 9:40 PM',
    'Jan 20, 2026, 9:03 AM',
    'Jan 20, 2026, 12:36 PM',
    'last edited by inkwell_ossie Jan 20, 2026, 9:20 AM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nbNav, 'Collapse', 'Offline', 'Your browser does not seem to support JavaScript.', 'Home', 'Inks & Paper', 'iron-gall', 'vintage',
    'maintenance', 'Posts', 'Posters', 'Views', 'Log in to reply', 'Oldest to Newest', 'wrote', '#1', '#2', '#3', '#4', 'Moderator', '1 Reply', '1 / 4',
    'Suggested Topics', ...nbSuggested, 'Powered by NodeBB | Contributors', 'The Nib Exchange is run by volunteers. Be kind to beginners.',
    'This website uses cookies to ensure you get the best experience on our website.', 'Learn more', 'Got it!',
  ],
};
