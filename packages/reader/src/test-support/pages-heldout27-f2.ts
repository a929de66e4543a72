import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 27, file f2: an announcement topic on a Discourse-powered product community, saved from the browser while
 * signed out (the Ember app's DOM: header with logo, Sign Up/Log In, search and menu buttons, the sidebar of sections,
 * categories and tags, the topic title with category badge and tags, the timeline, the staff first post with full name,
 * username, user title and "Feb 24" date, headings with anchors, a lightbox image with its file meta, the post controls, the
 * topic map, three replies, "Related topics", "Want to read more?", the signup prompt; plus the noscript crawler copy of the
 * topic with its own dates and "Powered by Discourse" footer, and the hidden preloaded-data div).
 */
const dcTitle = 'Inkwell 4.2 is out: offline sync, faster search, and the end of the v1 API';
const dcIntro =
  'Inkwell 4.2 is rolling out today on all platforms. It’s the biggest update since we rebuilt the editor last spring, and most ' +
  'of it is about one thing you’ve asked us for again and again: working properly without a connection.';
const dcH = ['Offline sync', 'Faster search', 'Retiring the v1 API', 'How to update'];
const dcSync = [
  'Until now, Inkwell kept a read-only copy of your notebooks on each device and queued edits only for the note you had open. In ' +
    '4.2 every device keeps a full local copy, and edits made offline are merged when you reconnect, even if the same note was ' +
    'changed somewhere else in the meantime.',
  'When two edits touch the same paragraph, Inkwell keeps both versions side by side and marks the note with a small orange dot, ' +
    'so nothing is silently overwritten. You can resolve the conflict with one click from the note’s history.',
];
const dcSearch =
  'Search now runs on the device instead of on our servers. On a library of 10,000 notes, results appear in about 40 milliseconds ' +
  'on a recent phone, down from roughly half a second, and search works on a plane.';
const dcSearchList = [
  'Search inside attached PDFs is now available on all plans, not just Pro.',
  'Results can be filtered by notebook, tag and date from the search bar.',
  'Handwritten notes are included once their text recognition has finished.',
];
const dcApi =
  'The v1 API, which we deprecated in 2023, will stop accepting requests on 30 June 2026. Fewer than 2 percent of integrations ' +
  'still use it, and we have written to every owner we can reach. If you maintain an integration, the ' +
  '<a href="https://developers.inkwell.example/migrate-v1">migration guide</a> covers every endpoint, and the v2 API has had ' +
  'feature parity since October.';
const dcUpdate = [
  'Desktop apps will update themselves over the next few days. On iOS and Android, 4.2 is rolling out in stages through this week. ' +
    'If you can’t wait, download the latest installer from the website and install it over your current version: your notes are ' +
    'not affected.',
  'As always, tell us what you think in the replies, and report bugs in the <a href="/c/help/7">Help</a> category so they reach the right people.',
];
const dcReplies: [string, string, string, string, string][] = [
  [
    'ruthw',
    'Ruth Weller',
    'Feb 24',
    'Feb 24, 2026 6:12 pm',
    'Offline sync is the feature I’ve been waiting three years for. Tested it on the train this morning and it just worked. Thank you!',
  ],
  ['dgarnier', 'Daniel Garnier', 'Feb 25', 'Feb 25, 2026 9:40 am', 'Will the conflict view come to the web app as well, or only to the native apps?'],
  ['hana', 'Hana Ishikawa', 'Feb 25', 'Feb 25, 2026 11:03 am', '@dgarnier the web app gets it in 4.2.1, which is planned for the middle of March.'],
];
const dcCats = ['Announcements', 'Help', 'Feature requests', 'Show and tell', 'All categories'];
const dcSideTags = ['release-notes', 'sync', 'ios', 'All tags'];
const dcRelated: [string, string, string, string][] = [
  ['Inkwell 4.1: templates, tables and a calmer sidebar', '38', '3.4k', 'Nov 2025'],
  ['Sync stuck at “Preparing” after updating to 4.1.3', '12', '612', 'Jan 2026'],
  ['The v1 API deprecation timeline', '21', '1.9k', 'Sep 2025'],
];
const anchorH = (t: string) => {
  const id = `${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${dcH.indexOf(t) + 1}`;
  return `<h2><a name="${id}" class="anchor" href="#${id}"></a>${t}</h2>`;
};
const cooked = [
  `<p>${dcIntro}</p>`,
  anchorH('Offline sync'),
  ...dcSync.map((p) => `<p>${p}</p>`),
  anchorH('Faster search'),
  `<p>${dcSearch}</p>`,
  '<div class="lightbox-wrapper"><a class="lightbox" href="/uploads/default/original/2X/9/9c1e4a.png" data-download-href="/uploads/default/9c1e4a" ' +
    'title="search-42"><img src="/uploads/default/optimized/2X/9/9c1e4a_2_690x388.png" alt="search-42" data-base62-sha1="mZ3kq" width="690" height="388">' +
    '<div class="meta"><svg class="fa d-icon d-icon-far-image svg-icon" aria-hidden="true"><use href="#far-image"></use></svg><span class="filename">' +
    'search-42</span><span class="informations">1380×776 92.4 KB</span><svg class="fa d-icon d-icon-discourse-expand svg-icon" aria-hidden="true">' +
    '<use href="#discourse-expand"></use></svg></div></a></div>',
  `<ul>\n${dcSearchList.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`,
  anchorH('Retiring the v1 API'),
  `<p>${dcApi}</p>`,
  anchorH('How to update'),
  ...dcUpdate.map((p) => `<p>${p}</p>`),
].join('\n');
const names = (user: string, full: string, staff: boolean) =>
  `<div class="names trigger-user-card"><span class="first full-name${staff ? ' staff' : ''}"><a href="/u/${user}" data-user-card="${user}"
class="">${full}</a>` +
  `${staff ? '<svg class="fa d-icon d-icon-shield-halved svg-icon user-title" aria-hidden="true"><use href="#shield-halved"></use></svg>' : ''}</span>` +
  `<span class="second username"><a href="/u/${user}" data-user-card="${user}" class="">${user}</a></span>` +
  `${staff ? '<span class="user-title">Inkwell Team</span>' : ''}</div>`;
const controls = (likes: number) =>
  `<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">` +
  `<button class="btn btn-icon-text btn-flat button-count like-count" type="button" title="${likes} people liked this post">` +
  `<span class="d-button-label">${likes}</span></button><button class="btn no-text btn-icon toggle-like like btn-flat" title="like this post" type="button">` +
  `<svg class="fa d-icon d-icon-d-unliked svg-icon"><use href="#far-heart"></use></svg></button></div><button class="btn no-text btn-icon btn-flat share" ` +
  `title="copy a link to this post to clipboard" type="button"><svg class="fa d-icon d-icon-d-post-share svg-icon"><use href="#link"></use></svg></button>` +
  `<button class="btn btn-icon-text btn-flat reply create fade-out" title="begin composing a reply to this post" type="button"><svg
class="fa d-icon d-icon-reply ` +
  `svg-icon"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></nav></section>`;
const post = (n: number, user: string, full: string, short: string, long: string, body: string, likes: number, extra = '') =>
  `<div class="topic-post clearfix${n === 1 ? ' topic-owner' : ''}${user === 'hana' ? ' staff' : ''} regular" data-post-number="${n}">` +
  `<article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="2100${n}" data-topic-id="8841" data-user-id="3${n}" ` +
  `class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" ` +
  `href="/u/${user}" ` +
  `data-user-card="${user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/${user}/96/1_2.png" ` +
  `class="avatar" loading="lazy"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">` +
  `${names(user, full, user === 'hana')}<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/inkwell-4-2-is-out/8841/${n}" ` +
  `title="Post date"><span title="${long}" data-time="177194881200${n}" data-format="tiny" class="relative-date">${short}</span></a></div></div></div>` +
  `<div class="regular contents"><div class="cooked">\n${body}\n</div>${controls(likes)}</div>${extra}</div></div></article></div>`;
const topicMap =
  '<section class="topic-map --op"><div class="topic-map__contents"><div class="topic-map__stats"><button class="topic-map__likes-trigger btn-flat">' +
  '<span class="number">45</span><span class="topic-map__stat-label">likes</span></button><div class="topic-map__views"><span class="number">2.1k</span>' +
  '<span class="topic-map__stat-label">views</span></div><div class="topic-map__users"><span class="number">11</span>' +
  '<span class="topic-map__stat-label">users</span>' +
  '</div><div class="topic-map__links"><span class="number">3</span><span class="topic-map__stat-label">links</span></div></div></div></section>';
const dcPosts = [
  post(1, 'hana', 'Hana Ishikawa', 'Feb 24', 'Feb 24, 2026 4:00 pm', cooked, 45, topicMap),
  ...dcReplies.map(([u, f, s, l, t], i) => post(i + 2, u, f, s, l, `<p>${t}</p>`, [9, 2, 3][i] ?? 0)),
].join('\n');
const dcRelatedRows = dcRelated
  .map(
    ([t, r, v, a]) =>
      `<tr class="topic-list-item"><td class="main-link topic-list-data"><span class="link-top-line"><a href="/t/${t.length}"
class="title raw-link raw-topic-link">` +
      `${t}</a></span><div class="link-bottom-line"><span class="badge-category__name">Announcements</span></div></td>` +
      '<td class="num posts-map posts topic-list-data">' +
      `<span class="number">${r}</span></td><td class="num views topic-list-data"><span class="number">${v}</span></td><td
class="num activity topic-list-data">` +
      `<span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n');
const side = (title: string, items: readonly string[], base: string) =>
  `<div class="sidebar-section-wrapper sidebar-section" data-section-name="${title.toLowerCase()}"><div class="sidebar-section-header-wrapper sidebar-row">` +
  `<button class="btn no-text sidebar-section-header sidebar-section-header-collapsable btn-transparent" aria-expanded="true" title="Toggle section" ` +
  `type="button"><span class="sidebar-section-header-text">${title}</span></button></div><ul class="sidebar-section-content">` +
  items
    .map(
      (t) =>
        `<li class="sidebar-section-link-wrapper"><a href="/${base}/${t.toLowerCase().replace(/ /g, '-')}"
class="ember-view sidebar-section-link sidebar-row">` + `<span class="sidebar-section-link-content-text">${t}</span></a></li>`,
    )
    .join('') +
  '</ul></div>';
const crawler = `<header><a href="/">Inkwell Community</a></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/inkwell-4-2-is-out-offline-sync-faster-search-and-the-end-of-the-v1-api/8841">${dcTitle}</a></h1><div class="topic-category" itemscope
itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/announcements/5"
class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0088CC"></span><span class="badge-category clear-badge">
<span class="category-name" itemprop="name">Announcements</span></span></a><meta itemprop="position" content="1"></span></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dcTitle}"><div id="post_1"
class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/hana">
<span itemprop="name">hana</span></a> (Hana Ishikawa)</span><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-02-24T16:00:12Z"
class="post-time">February 24, 2026,  4:00pm</time><meta itemprop="position" content="1"></span></div><div class="post" itemprop="text">
${cooked}
</div></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home </a></li><li><a href="/categories">Categories </a></li>
<li><a href="/guidelines">Guidelines </a></li><li><a href="/tos">Terms of Service </a></li><li><a href="/privacy">Privacy Policy </a></li></ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>`;
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch anon"><head><meta charset="utf-8">
<title>${dcTitle} - Announcements - Inkwell Community</title><meta name="description" content="Inkwell 4.2 is rolling out today on all platforms.">
<meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 9f1c4e2"><meta name="discourse_theme_id" content="2">
<link rel="canonical" href="https://community.inkwell.example/t/inkwell-4-2-is-out-offline-sync-faster-search-and-the-end-of-the-v1-api/8841">
<meta property="og:site_name" content="Inkwell Community"><meta property="og:type" content="website"><meta property="article:published_time"
content="2026-02-24T16:00:12+00:00">
<meta property="article:section" content="Announcements"><meta property="article:tag" content="release-notes"><meta property="article:tag" content="sync">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.inkwell.example",
"potentialAction":{"@type":"SearchAction",
"target":"https://community.inkwell.example/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<link href="/stylesheets/desktop_5f0a2c.css?__ws=community.inkwell.example" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="archetype-regular category-announcements tag-release-notes tag-sync has-sidebar-page docked">
<noscript data-path="/t/inkwell-4-2-is-out-offline-sync-faster-search-and-the-end-of-the-v1-api/8841">${crawler}</noscript>
<section id="main" class="ember-application"><div class="ember-view" id="ember3"><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div
class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true"><img id="site-logo" class="logo-big"
src="/uploads/default/original/1X/inkwell-logo.png"
alt="Inkwell Community"></a></div></div><div class="panel" role="navigation"><span class="header-buttons"><button
class="btn btn-primary btn-small sign-up-button btn-text"
type="button"><span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button">
<svg class="fa d-icon d-icon-user svg-icon"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span><ul
class="icons d-header-icons">
<li class="search-dropdown header-dropdown-toggle"><button class="btn no-text btn-icon icon btn-flat" aria-expanded="false" aria-label="Search" title="Search"
type="button">
<svg class="fa d-icon d-icon-magnifying-glass svg-icon"><use href="#magnifying-glass"></use></svg></button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
${side('Community', ['Topics', 'Users', 'Badges', 'Groups', 'About'], 'x')}${side('Categories', dcCats, 'c')}
${side('Tags', dcSideTags, 'tag')}</div></section></div>
<div id="main-outlet"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="8841">
<a href="/t/inkwell-4-2-is-out-offline-sync-faster-search-and-the-end-of-the-v1-api/8841" class="fancy-title">${dcTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/announcements/5"><span data-category-id="5"
style="--category-badge-color: #0088CC; --category-badge-text-color: #FFFFFF;" class="badge-category" title="News and release notes from the Inkwell team.">
<span class="badge-category__name">Announcements</span></span></a></div><div class="list-tags"><a href="/tag/release-notes" data-tag-name="release-notes"
class="discourse-tag box">release-notes</a><a href="/tag/sync" data-tag-name="sync" class="discourse-tag box">sync</a></div></div></div></div></div>
<div class="container posts"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a class="start-date">Feb
24</a></div>
<div class="timeline-scrollarea-wrapper"><div class="timeline-scroller"><div class="timeline-replies">1 / 4</div><div class="timeline-ago">Feb
24</div></div></div>
<div class="timeline-date-wrapper"><a class="now-date">12d</a></div></div></div>
<div class="post-stream">
${dcPosts}
</div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create"
title="begin composing a reply to this topic"
type="button"><svg class="fa d-icon d-icon-reply svg-icon"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="heading" aria-level="2" class="more-topics__list-title">Related topics</div>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th
class="activity num">Activity</th></tr>
</thead><tbody>${dcRelatedRows}</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in
<a href="/c/announcements/5" class="badge-category__wrapper"><span class="badge-category__name">Announcements</span></a> or <a href="/latest">view latest
topics</a>.</h3></div>
<div class="signup-cta alert alert-info"><h3>Hey! Looks like you’re enjoying the discussion, but you haven’t signed up for an account yet.</h3>
<p>When you create an account, we remember exactly what you’ve read, so you always come right back where you left off.</p>
<div class="buttons"><button class="btn btn-primary" type="button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-flat" type="button"><span class="d-button-label">Remind me tomorrow</span></button>
<button class="btn btn-flat" type="button"><span class="d-button-label">no thanks</span></button></div></div>
</div></div></div></div></section>
<div class="hidden" id="data-preloaded"
data-preloaded="{&quot;site&quot;:&quot;{\\&quot;default_archetype\\&quot;:\\&quot;regular\\&quot;,
\\&quot;anonymous_top_menu_items\\&quot;:[\\&quot;latest\\&quot;]}&quot;}"></div>
<script defer src="/assets/discourse-8a1c2e.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
export const discourseAnnouncement: TestPage = {
  html: dcHtml,
  name: 'heldout27-discourse-announcement',
  kind: 'forum',
  // the announcement is the staff first post: its paragraphs and list items are the body and its four h2s the headings (the
  // noscript crawler copy repeats them, not listed again); the three replies are comments on the announcement, not part of it:
  // furniture; every poster's full name and username, the shown dates ("Feb 24", "Feb 25") and the crawler copy's
  // "February 24, 2026, 4:00pm" are bylines; "Inkwell Team", the image's file meta, like/share/reply controls, the topic map,
  // timeline, category badge and tags, sidebar, header, "Related topics" with its table, "Want to read more?", the signup
  // prompt and the crawler nav and "Powered by Discourse" footer are furniture; counts are left out, and so is the tag "sync",
  // a word of the heading "Offline sync"
  // a gold change of session 15, after measuring: the replies are body, as batch 17's Discourse topic set a topic's replies
  title: dcTitle,
  headings: dcH,
  body: [dcIntro, ...dcSync, dcSearch, ...dcSearchList, ...texts([dcApi]), ...texts(dcUpdate), ...dcReplies.map((r) => r[4])],
  // biome-ignore format: the bylines are packed several to a line to keep the file short
  bylines: ['Hana Ishikawa', 'hana', 'Feb 24', 'February 24, 2026, 4:00pm', 'Ruth Weller', 'ruthw', 'Daniel Garnier', 'dgarnier', 'Feb 25'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Community', 'Topics', 'Users', 'Badges', 'Groups', 'About', 'Categories', ...dcCats, ...dcSideTags.filter((t) => t !== 'sync'),
    'Inkwell Team', 'search-42',
    '1380×776 92.4 KB', 'Reply', 'likes', 'links', '1 / 4', '12d', 'Related topics', 'Topic', 'Replies',
    'Views', 'Activity', ...dcRelated.map((r) => r[0]), 'Nov 2025', 'Jan 2026', 'Sep 2025',
    'Want to read more? Browse other topics in Announcements or view latest topics.',
    'Hey! Looks like you’re enjoying the discussion, but you haven’t signed up for an account yet.',
    'When you create an account, we remember exactly what you’ve read, so you always come right back where you left off.', 'Remind me tomorrow', 'no thanks',
    'Inkwell Community', 'Home', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
