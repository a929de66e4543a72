import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 111, file f2: a topic on a NodeBB forum (Harmony theme: the sidebar nav, the brand header, the breadcrumb,
 * the topic title line with the "Pinned", "Hot" and "Solved" labels, the category and tag labels, the post, poster and
 * view counts, the posts with avatars, user groups, relative times, "edited" lines, votes and "Reply" / "Quote" buttons,
 * the answer marked as solution, a quoted post inside a reply, the "Suggested Topics" list and the guest registration alert).
 */
const nbTitle = 'Heat pump short cycling in mild weather: what fixed it for us';
const nbPosts = [
  {
    name: 'gwynfor_b',
    group: 'Moderator',
    time: 'Jan 14, 2026, 8:12 PM',
    edited: 'Last edited by gwynfor_b Jan 20, 2026, 9:30 AM',
    text: [
      'Pinning this because the same question comes up every autumn. Our 7 kW air-to-water unit was switching on and off every six ' +
        'or seven minutes whenever it was above about 8 °C outside. It was noisy, and our electricity use went up, not down, as the ' +
        'weather got warmer.',
      'After a lot of reading and one visit from the installer, these were the changes that fixed it:',
    ],
    list: [
      'Lowered the flow temperature from 45 °C to 38 °C, and set a weather compensation curve instead of a fixed temperature.',
      'Opened up every thermostatic radiator valve in the house so the system has enough water to heat.',
      'Raised the minimum off time in the controller from 3 to 10 minutes.',
    ],
    after: ['Since then the unit runs for 40 to 90 minutes at a time in mild weather, and our January bill was 18 percent lower than in December.'],
  },
  {
    name: 'hollyoak',
    group: '',
    time: 'Jan 15, 2026, 7:45 AM',
    edited: '',
    text: [
      'Thanks for writing this up. We had the same problem and it turned out the installer had left the buffer tank bypass half ' +
        'closed. Worth checking if you have one.',
    ],
    list: [],
    after: [],
  },
  {
    name: 'priyam',
    group: '',
    time: 'Jan 16, 2026, 10:03 PM',
    edited: '',
    text: ['Quick question: did opening all the radiator valves make some rooms too warm? Our bedrooms are already warmer than we like.'],
    list: [],
    after: [],
  },
  {
    name: 'gwynfor_b',
    group: 'Moderator',
    time: 'Jan 17, 2026, 6:58 AM',
    edited: '',
    text: [
      'A little at first. We turned the lockshield valves down on the bedroom radiators instead of using the thermostatic heads, ' +
        'so the flow is balanced but nothing shuts off completely. After a week of small changes the rooms were fine.',
    ],
    list: [],
    after: [],
  },
  {
    name: 'hollyoak',
    group: '',
    time: 'Jan 22, 2026, 5:16 PM',
    edited: '',
    text: [
      'Update from me after a week: with the bypass fully open and the flow temperature down to 40 °C, our unit now runs for about ' +
        'an hour at a time. The outdoor fan is much quieter too, which the neighbours appreciate.',
      'One thing I would add to the list above: check the controller’s anti-legionella cycle. Ours was set to heat the hot water ' +
        'cylinder to 60 °C every single night, which was a lot of extra starts that we did not need. Once a week is plenty for us.',
    ],
    list: [],
    after: [],
  },
];
const nbQuote = 'Quick question: did opening all the radiator valves make some rooms too warm?';
const nbSide = ['Categories', 'Recent', 'Tags', 'Popular', 'World', 'Users', 'Groups', 'Search'];
const nbSuggested = [
  'Weather compensation curve settings for a 1930s semi',
  'Is a buffer tank really needed with a 7 kW unit?',
  'Defrost cycles every 40 minutes, normal?',
];
const nbPost = (p: (typeof nbPosts)[number], i: number): string => `<li component="post" class="pt-4" data-index="${i}" data-pid="${8801 + i}"
data-uid="${i + 12}" itemprop="comment" itemscope itemtype="http://schema.org/Comment">
<div class="d-flex align-items-start gap-3"><div class="bg-body d-none d-sm-block rounded-circle"><a class="d-inline-block position-relative"
href="/user/${p.name}">
<span title="${p.name}" class="avatar avatar-rounded" component="user/picture"
style="--avatar-size: 48px; background-color: #3f51b5;">${(p.name[0] ?? '').toUpperCase()}</span>
<span component="user/status" class="position-absolute translate-middle-y border border-white border-2 rounded-circle status online"><span
class="visually-hidden">Online</span>
</span></a></div><div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;">
<div class="d-flex align-items-start justify-content-between gap-1 flex-nowrap w-100 post-header" itemprop="author" itemscope
itemtype="https://schema.org/Person">
<div class="d-flex gap-1 flex-wrap align-items-center text-truncate"><a class="fw-bold text-nowrap text-truncate" href="/user/${p.name}" itemprop="name"
data-username="${p.name}">${p.name}</a>${
  p.group === ''
    ? ''
    : `<a href="/groups/moderators" class="badge rounded-1 text-uppercase text-truncate" style="color:#fff;background-color:#000;">
<span class="badge-text">${p.group}</span></a>`
}<div class="d-flex gap-1 align-items-center"><a href="/post/${8801 + i}" class="timeago text-muted" title="${p.time}">${p.time}</a>
${p.edited === '' ? '' : `<span component="post/edit-indicator" class="edit-icon text-muted">${p.edited}</span>`}</div></div>
<div class="d-flex align-items-center gap-1 justify-content-end"><span class="bookmarked opacity-0 text-primary"></span>
<a href="/post/${8801 + i}" class="post-index text-muted d-none d-md-inline">#${i + 1}</a></div></div>
<div class="content text-break" component="post/content" itemprop="text">${
  i === 3
    ? `<blockquote><p>@priyam said in <a href="/post/8803">${nbTitle}</a>:</p>
<p>${nbQuote}</p></blockquote>`
    : ''
}${p.text.map((t) => `<p dir="auto">${t}</p>`).join('\n')}${
  p.list.length === 0 ? '' : `<ol>${p.list.map((t) => `<li dir="auto">${t}</li>`).join('\n')}</ol>`
}${p.after.map((t) => `<p dir="auto">${t}</p>`).join('')}</div>
${i === 3 ? '<div class="post-solved-badge"><span class="badge text-bg-success">Solution</span></div>' : ''}
<div component="post/footer" class="post-footer border-bottom pb-2"><div class="d-flex flex-wrap-reverse gap-2 justify-content-end">
<a component="post/reply" href="#" class="btn btn-ghost btn-sm">Reply</a><a component="post/quote" href="#" class="btn btn-ghost btn-sm">Quote</a>
<div class="votes"><a component="post/upvote" href="#" class="btn btn-ghost btn-sm"><span class="visually-hidden">Upvote</span></a>
<span component="post/vote-count" class="votes-count">${[24, 6, 2, 9, 4][i]}</span></div></div></div></div></div></li>`;
const nbHtml = `<!DOCTYPE html>
<html lang="en-GB" data-dir="ltr" style="direction: ltr;"><head><title>${nbTitle} | Quiet Heat Forum</title><meta name="viewport"
content="width&#x3D;device-width, initial-scale&#x3D;1.0">
<meta content="NodeBB" name="generator"><meta name="title" content="${nbTitle}"><meta property="og:type" content="article"><meta property="og:title"
content="${nbTitle}">
<meta property="article:section" content="Air-to-water heat pumps"><link rel="stylesheet" type="text/css" href="/assets/client.css?v=c7a1ab2d4e">
<script>var config = JSON.parse('{"relative_path":"","version":"3.8.4","siteTitle":"Quiet Heat Forum","topicPostSort":"oldest_to_newest"}');</script></head>
<body class="page-topic page-topic-1742 page-topic-heat-pump-short-cycling template-topic page-topic-category-7 parent-category-7 page-status-200
theme-harmony user-guest skin-noskin">
<a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">Skip to content</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0"><nav component="sidebar/left"
class="text-dark bg-light sidebar sidebar-left start-0 border-end vh-100">
<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto">${links(nbSide, 'nav-item mx-2')}</ul>
<div class="sidebar-toggle-container"><a href="#" class="sidebar-toggle btn btn-ghost"><span class="d-none visible-open fw-semibold">Collapse</span></a></div>
</nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;"><div class="container-lg px-md-4 brand-container">
<div class="col-12 d-flex border-bottom pb-3"><a href="/" class="text-decoration-none"><h1 class="fs-6 fw-bold mb-0">Quiet Heat Forum</h1></a></div></div>
<script>const headerEl = document.getElementById('header-menu');</script><div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0"
id="content">
<ol class="breadcrumb mb-0" itemscope="itemscope" itemprop="breadcrumb"
itemtype="http://schema.org/BreadcrumbList">${links(['Home', 'Categories', 'Air-to-water heat pumps'], 'breadcrumb-item')}
</ol><div component="topic/header" class="topic-header sticky-top mb-3 bg-body"><div class="d-flex flex-wrap gap-3 border-bottom p-2">
<div class="d-flex flex-column gap-3 flex-grow-1"><h1 component="post/header" class="mb-0" itemprop="name"><div class="topic-title d-flex">
<span class="fs-3" component="topic/title">${nbTitle}</span></div></h1><div class="topic-info d-flex gap-2 align-items-center flex-wrap">
<span component="topic/pinned" class="badge badge border border-gray-300 text-body"><i class="fa fa-thumb-tack"></i><span> Pinned</span></span>
<span component="topic/hot" class="badge border border-gray-300 text-body"><i class="fa fa-fire text-danger"></i> Hot</span>
<span component="topic/solved" class="badge border border-success text-success"><i class="fa fa-check"></i> Solved</span>
<a component="topic/category" href="/category/7/air-to-water-heat-pumps" class="badge px-1 text-truncate text-decoration-none border"
style="color: #fff;background-color: #1b5e20;">
<i class="fa fa-fw fa-fire-flame-simple"></i>Air-to-water heat pumps</a><div data-tid="1742" component="topic/tags"
class="lh-1 tags tag-list d-flex flex-wrap hidden-xs hidden-empty gap-2">
<a href="/tags/short-cycling"><span class="badge border fw-normal tag tag-class-light" data-tag="short-cycling">short-cycling</span></a>
<a href="/tags/flow-temperature"><span class="badge border fw-normal tag tag-class-light" data-tag="flow-temperature">flow-temperature</span></a></div>
<div class="d-flex hidden-xs gap-2"><span class="badge text-body border stats text-xs"><span title="5" class="fw-bold">5</span> <span
class="text-lowercase fw-normal">Posts</span></span>
<span class="badge text-body border stats text-xs"><span title="3" class="fw-bold">3</span> <span class="text-lowercase fw-normal">Posters</span></span>
<span class="badge text-body border stats text-xs"><span title="2817" class="fw-bold">2.8k</span> <span class="text-lowercase fw-normal">Views</span></span>
</div></div></div>
</div></div><div class="row mb-4 mb-lg-0"><div class="topic col-lg-12"><ul component="topic" class="posts timeline mt-sm-2 p-0 py-3" data-tid="1742">
${nbPosts.map(nbPost).join('\n')}</ul></div></div>
<div class="alert alert-info" component="topic/guest-register">Hello! It looks like you're interested in this conversation, but you don't have an account yet.
Register to post replies and get notified of new ones.</div>
<div component="suggested-topics" class="suggested-topics"><h3 class="fw-semibold fs-5">Suggested Topics</h3><ul class="categories-list list-unstyled">${links(
  nbSuggested,
  'category-item',
)}</ul></div></div></main></div>
<script defer src="/assets/nodebb.min.js?v=c7a1ab2d4e"></script></body></html>`;
export const nodebbThread: TestPage = {
  html: nbHtml,
  name: 'heldout111-nodebb-forum-thread-badges',
  kind: 'forum',
  // thread convention: every post is body (the first post's numbered list too); the quoted post (with its "said in" line) is
  // in neither list; names, times and the "Last edited" line are bylines; the "Pinned", "Hot" and "Solved" labels, the
  // category and tag labels, counts, user group badges, "Solution", post numbers, votes, buttons, the guest alert and
  // suggested topics are furniture
  title: nbTitle,
  headings: [],
  body: texts(nbPosts.flatMap((p) => [...p.text, ...p.list, ...p.after])),
  bylines: [...new Set(nbPosts.flatMap((p) => [p.name, p.time, p.edited]).filter((t) => t !== ''))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nbSide, 'Collapse', 'Quiet Heat Forum', 'Home', 'Air-to-water heat pumps', 'Pinned', 'Hot', 'Solved', 'short-cycling',
    'flow-temperature', '5 Posts', '3 Posters', '2.8k Views', 'Moderator', 'Online', '#1', '#2', '#3', '#4', '#5', 'Solution', 'Reply', 'Quote', 'Upvote', '24',
    "Hello! It looks like you're interested in this conversation, but you don't have an account yet. Register to post replies and get notified of new ones.",
    'Suggested Topics', ...nbSuggested,
  ],
};
