/**
 * Held-out batch 121, file f4: the furniture blocks of the Blogger Contempo page of file f2 (the share menu, the threaded
 * comments with the "Post a Comment" form, the "Popular posts from this blog" widget, the hidden sidebar drawer and the
 * Google cookie notice), each as its HTML and the visible texts it holds.
 */
const base = 'https://uppertarrowbirding.blogspot.com';
const sprite = (icon: string): string =>
  `<svg class="svg-icon-24"><use xlink:href="/responsive/sprite_v1_6.css.svg#${icon}" xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg>`;
const platforms = [
  ['link', 'Get link'],
  ['facebook', 'Share to Facebook', 'Facebook'],
  ['twitter', 'Share to X', 'X'],
  ['pinterest', 'Share to Pinterest', 'Pinterest'],
  ['email', 'Email'],
  ['other', 'Other Apps'],
];
/** The Contempo share button with its hidden menu. */
export const bgShare = (
  id: string,
  where: 'top' | 'bottom',
): string => `<div class="post-share-buttons post-share-buttons-${where}${where === 'bottom' ? ' invisible' : ''}">
<div class="byline post-share-buttons goog-inline-block"><div aria-owns="sharing-popup-Blog1-${id}" class="sharing" data-title="A morning at Callow Marsh">
<button aria-controls="sharing-popup-Blog1-${id}" aria-label="Share" class="sharing-button touch-icon-button" id="sharing-button-Blog1-${id}" role="button"><div
class="flat-icon-button ripple">${sprite('ic_share_black_24dp')}</div></button><div class="share-buttons-container"><ul aria-hidden="true" aria-label="Share"
class="share-buttons hidden" id="sharing-popup-Blog1-${id}" role="menu">
${platforms
  .map(
    ([cls, label, text]) => `<li${cls === 'other' ? ' aria-hidden="true" class="hidden"' : ''}><span aria-label="${label}" class="sharing-platform-button
sharing-element-${cls}" data-href="https://www.blogger.com/share-widget?blogID=3310&amp;postID=5517&amp;target=${cls}" role="menuitem" tabindex="-1"
title="${label}">${sprite(`ic_share_${cls}_black_24dp`)}<span class="platform-sharing-text">${text ?? label}</span></span></li>`,
  )
  .join('\n')}</ul></div></div></div></div>`;
const cm = [
  {
    id: '7710',
    n: 'Ruth Ellerby',
    d: 'March 23, 2025 at 2:15 PM',
    t: 'Lovely write-up Eamon. No martins at Ashby Lock yet this morning, so I think Peter owes you that photo.',
  },
  { id: '7712', n: 'Eamon Feeney', d: 'March 23, 2025 at 6:02 PM', t: 'Ha! I shall hold him to it, Ruth.' },
  { id: '7731', n: 'Anonymous', d: 'March 24, 2025 at 9:47 AM', t: 'Were the little ringed plovers on the main scrape or the small pool by the hide?' },
];
const li = (c: (typeof cm)[number], inner: string): string => `<li class="comment" id="c${c.id}"><div class="avatar-image-container"><img
src="//resources.blogblog.example/img/blank.gif" alt=""></div><div class="comment-block"><div class="comment-header"><cite class="user">${
  c.n === 'Anonymous'
    ? c.n
    : `<a
href="https://www.blogger.com/profile/${c.id}" rel="nofollow">${c.n}</a>`
}</cite><span class="icon user${c.n === 'Eamon Feeney' ? ' blog-author' : ''}"></span><span
class="datetime secondary-text"><a rel="nofollow" href="${base}/2025/03/a-morning-at-callow-marsh.html?showComment=${c.id}#c${c.id}">${c.d}</a></span></div>
<p class="comment-content">${c.t}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self"
data-comment-id="${c.id}">Reply</a><span
class="item-control blog-admin blog-admin pid-1907"><a target="_self" href="https://www.blogger.com/comment/delete/3310/${c.id}">Delete</a></span></span></div>
${inner}<div class="comment-replybox-single" id="c${c.id}-ce"></div></li>`;
const [c0, c1, c2] = cm as [(typeof cm)[number], (typeof cm)[number], (typeof cm)[number]];
export const bgComments = {
  html: `<section class="comments threaded" data-embed="true" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">Comments</h3>
<div class="comments-content"><script async="async" src="" type="text/javascript"></script><div id="comment-holder"><div class="comment-thread toplevel-thread">
<ol id="top-ra">${li(
    c0,
    `<div class="comment-replies"><div id="c${c0.id}-rt" class="comment-thread inline-thread"><span class="thread-toggle thread-expanded"><span
class="thread-arrow"></span><span class="thread-count"><a target="_self">Replies</a></span></span><ol id="c${c0.id}-ra"
class="thread-chrome thread-expanded"><div>
${li(c1, '')}</div><div class="continue" id="c${c0.id}-continue"><a class="comment-reply" target="_self"
data-comment-id="${c0.id}">Reply</a></div></ol></div></div>`,
  )}
${li(c2, '')}</ol><div id="top-continue" class="continue"><a class="comment-reply" target="_self">Add comment</a></div><div class="comment-replybox-thread"
id="top-ce"></div><div class="loadmore hidden" data-post-id="5517206623418804917"><a target="_self">Load more...</a></div></div></div></div>
<p class="comment-footer"></p><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4><a
href="https://www.blogger.com/comment/frame/3310?po=5517&amp;hl=en-GB&amp;saa=85391" id="comment-editor-src"></a><iframe allowtransparency="allowtransparency"
class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src=""
width="100%"></iframe></div>
</section>`,
  texts: [
    'Comments',
    ...cm.filter((c) => c.n !== 'Eamon Feeney').map((c) => c.n),
    ...cm.flatMap((c) => [c.d, c.t]),
    'Reply',
    'Delete',
    'Replies',
    'Add comment',
    'Load more...',
    'Post a Comment',
  ],
};
const pop = [
  {
    t: 'Winter thrushes on Tarrow Common',
    d: 'January 14, 2025',
    s: 'Fieldfares in their hundreds this year, and a few redwings in the holly by the church. The best winter for thrushes I can remember since 2010…',
  },
  {
    t: 'Ten years of the garden moth trap',
    d: 'October 02, 2024',
    s: 'I ran the trap for the first time in the autumn of 2014, mainly to see what the fuss was about. Ten years on, here are the numbers…',
  },
];
export const bgPopular = {
  html: `<div class="centered-bottom"><div class="section" id="page_list_bottom" name="Popular Posts"><div class="widget PopularPosts" data-version="2"
id="PopularPosts1"><h3 class="title">Popular posts from this blog</h3><div class="widget-content"><div role="feed">
${pop
  .map(
    (p, i) => `<article class="post" role="article"><h3 class="post-title"><a href="${base}/popular-${i}.html">${p.t}</a></h3><div class="post-header"><div
class="post-header-line-1"><span class="byline post-timestamp"><a class="timestamp-link" href="${base}/popular-${i}.html" rel="bookmark"
title="permanent link"><time
class="published" datetime="2025-01-14T10:00:00Z">${p.d}</time></a></span></div></div><div class="item-content float-container"><div
class="popular-posts-snippet
snippet-container r-snippet-container"><div class="snippet-item r-snippetized">${p.s}</div><a class="snippet-fade r-snippet-fade hidden"
href="${base}/popular-${i}.html">
</a></div></div><div class="post-footer"><div class="post-footer-line post-footer-line-0"></div><div class="jump-link flat-button ripple"><a
href="${base}/popular-${i}.html" title="${p.t}">Read more</a></div></div></article>`,
  )
  .join('\n')}</div></div></div></div></div>`,
  texts: ['Popular posts from this blog', ...pop.flatMap((p) => [p.t, p.d, p.s]), 'Read more'],
};
const archive = [
  ['2025', '14'],
  ['2024', '61'],
  ['2023', '58'],
];
const labels = [
  ['Callow Marsh', '38'],
  ['garden birds', '22'],
  ['migration', '31'],
  ['moths', '17'],
  ['sand martin', '5'],
];
export const bgSidebar = {
  html: `<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="navigation"><button
class="svg-icon-24-button flat-icon-button
ripple sidebar-back">${sprite('ic_arrow_back_black_24dp')}</button></div><div class="sidebar_top_wrapper"><div class="sidebar_top section" id="sidebar_top"
name="Sidebar (Top)"><div class="widget Profile" data-version="2" id="Profile1"><div class="wrapper solo"><div class="widget-content individual"><a
href="https://www.blogger.com/profile/0312" rel="nofollow"><img class="profile-img" height="113"
src="//blogger.googleusercontent.example/img/profile.jpg" width="113"
alt="My photo"></a><div class="profile-info"><div class="profile-name-container"><a class="profile-link g-profile visit-profile"
href="https://www.blogger.com/profile/0312" rel="author">Eamon Feeney</a></div><span class="visit-profile-container"><a class="profile-link visit-profile"
href="https://www.blogger.com/profile/0312" target="_blank">Visit profile</a></span></div></div></div></div></div></div><div class="sidebar_bottom section"
id="sidebar_bottom" name="Sidebar (Bottom)"><div class="widget BlogArchive" data-version="2" id="BlogArchive1"><details
class="collapsible extendable"><summary><div
class="collapsible-title"><h3 class="title">Archive</h3><svg class="svg-icon-24 chevron-down"></svg></div></summary><div class="widget-content"><div
id="ArchiveList">
<ul class="hierarchy">${archive
    .map(
      ([y, n]) => `<li class="archivedate"><div class="hierarchy-title"><a class="post-count-link" href="${base}/${y}/">${y}</a><span
class="post-count">${n}</span></div>
</li>`,
    )
    .join('\n')}</ul></div></div></details></div><div class="widget Label" data-version="2" id="Label1"><details class="collapsible extendable"><summary><div
class="collapsible-title"><h3 class="title">Labels</h3></div></summary><div class="widget-content list-label-widget-content"><ul>${labels
    .map(([l, n]) => `<li><a class="label-name" href="${base}/search/label/${l?.replace(/ /g, '%20')}">${l}<span class="label-count">${n}</span></a></li>`)
    .join('\n')}</ul></div></details></div><div class="widget ReportAbuse" data-version="2" id="ReportAbuse1"><h3 class="title"><a class="report_abuse"
href="https://www.blogger.com/go/report-abuse" rel="noopener nofollow" target="_blank">Report Abuse</a></h3></div></div></aside>`,
  texts: [
    'Visit profile',
    'Archive',
    ...archive.flat(),
    'Labels',
    ...labels.map(([l]) => l ?? ''),
    ...labels.map(([, n]) => n ?? '').filter((n) => !archive.flat().includes(n)),
    'Report Abuse',
  ],
};
const cookie = 'This site uses cookies from Google to deliver its services and to analyse traffic.';
export const bgCookie = {
  html: `<div id="cookieChoiceInfo" class="cookie-choices-info"
style="position:fixed;width:100%;margin:0;left:0;top:0;padding:4px;z-index:1000;text-align:center;
background-color:#eee;"><div class="cookie-choices-inner"><span class="cookie-choices-text">${cookie}</span><span class="cookie-choices-buttons"><a
class="cookie-choices-button" href="https://policies.google.example/technologies/cookies" target="_blank" rel="noopener">Learn more</a><a
id="cookieChoiceDismiss"
class="cookie-choices-button" href="#">Ok</a></span></div></div>`,
  texts: [cookie, 'Learn more', 'Ok'],
};
