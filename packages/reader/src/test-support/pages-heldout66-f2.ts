import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 66, file f2: a Blogger post on the Contempo theme (the blogspot head with its feeds, OpenID links and the
 * page-skin CSS, Google's cookie bar, the skip link, the centred top bar with the back button, search widget, blog name and
 * description, the post with its in-post BlogPosting JSON-LD, name anchors, an h3 title, "By" author and timestamp, a body
 * written by the Blogger editor (div and br runs, h3 subheadings, a tr-caption-container image table), labels, the share
 * popup, threaded comments with a reply, the comment form frame, the sidebar with the profile, the archive and labels
 * widgets and "Report Abuse", the attribution widget and the widget-manager scripts).
 */
const bgBlog = 'Ashcombe Remembered';
const bgTitle = 'The Mill Race at Ashcombe, Then and Now';
const bgP1 = [
  'Anyone who has walked the footpath from the church to Lower Farm will have crossed the little stone bridge over a dry, ' +
    'ivy-filled ditch without giving it a second look. That ditch was once the mill race for Ashcombe Mill, and for the best part ' +
    'of three hundred years it carried water from the River Ash to the wheel that ground the village&#39;s corn.',
  'I have been going through the parish papers and the old photographs that Mrs Dorothy Hext kindly lent to the society last ' +
    'year, and it is remarkable how much of the race&#39;s story can still be traced on the ground.',
];
const bgH1 = 'The race in its working days';
const bgP2 = [
  'The earliest mention I can find is in a lease of 1712, which requires the miller to &quot;keep the leat clear of weed and silt ' +
    'at his own charge&quot;. The race left the river about half a mile above the village, at a weir whose footings can still be ' +
    'seen when the water is low, and ran along the contour of the field before dropping to the wheel pit behind the mill house.',
  'By the 1890s the mill was grinding only animal feed, and the 1905 photograph shows the race already half choked with reeds. ' +
    'The last miller, Walter Pike, gave up the tenancy in 1931, and the sluice gate at the weir was taken out soon afterwards.',
];
const bgCaption = 'The mill and race about 1905, from Mrs Hext&#39;s collection. The footbridge is on the far left.';
const bgH2 = 'What survives today';
const bgP3 = [
  'Walking the line of the race last month with my grandson, we found rather more than I expected. The stone lining of the ' +
    'channel is intact for most of its length under the ivy, the footings of the weir are plain to see, and in the garden of the ' +
    'mill house, now a private home, the owners have kept the wheel pit as a fish pond.',
  'Please do remember that most of the route is on private land. The stretch beside the public footpath can be seen quite well ' +
    'from the bridge, and the owners of the mill house are happy for the society to arrange visits in small groups.',
  'If any reader has photographs of the mill or the race from before the last war, I should be very glad to hear from you, ' +
    'either in the comments below or at the society&#39;s meetings on the first Tuesday of each month.',
];
type BgComment = { id: string; name: string; when: string; text: string };
const bgC1: BgComment = {
  id: '7302',
  name: 'Pauline Crocker',
  when: 'February 10, 2025 at 7:02 AM',
  text: 'My father used to fish for eels in the race as a boy in the 1920s. I will look out his photographs for you.',
};
const bgC1r: BgComment = { id: '7318', name: 'Geoffrey Tallis', when: 'February 10, 2025 at 6:45 PM', text: 'That would be wonderful, Pauline. Thank you.' };
const bgC2: BgComment = {
  id: '7355',
  name: 'Anonymous',
  when: 'February 12, 2025 at 11:18 AM',
  text: 'Is the weir marked on the footpath map? I could not find it the last time I walked that way.',
};
const bgShare = ['Get link', 'Facebook', 'X', 'Pinterest', 'Email', 'Other Apps'];
const bgLabels = ['Mills', 'River Ash', 'Then and Now'];
const bgAllLabels = ['Church', 'Farms', 'Mills', 'River Ash', 'School', 'Then and Now', 'War Memorial'];
const bgArchive = ['February 2025', 'January 2025', 'December 2024', 'November 2024'];
const post = 'https://ashcombe-remembered.blogspot.com/2025/02/the-mill-race-at-ashcombe-then-and-now.html';
const svg = (id: string): string =>
  `<svg class="svg-icon-24"><use xlink:href="/responsive/sprite_v1_6.css.svg#${id}" xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg>`;
const bgComment = (c: BgComment, replies: string): string => `<li class="comment" id="c${c.id}"><div class="avatar-image-container"><img class="author-avatar"
 height="35" src="//resources.blogblog.com/img/blank.gif" width="35"></div><div class="comment-block"><div class="comment-header"><cite class="user">${
   c.name === 'Anonymous' ? c.name : `<a href="https://www.blogger.com/profile/0${c.id}" rel="nofollow">${c.name}</a>`
 }</cite><span class="icon user${c.name === 'Geoffrey Tallis' ? ' blog-author' : ''}"></span><span class="datetime secondary-text"><a rel="nofollow"
 href="${post}?showComment=173917${c.id}#c${c.id}">${c.when}</a></span></div><p class="comment-content">${c.text}</p><span
 class="comment-actions secondary-text"><a
 class="comment-reply" target="_self" data-comment-id="${c.id}">Reply</a><span class="item-control blog-admin blog-admin pid-1630412077"><a target="_self"
 href="https://www.blogger.com/comment/delete/4410/${c.id}">Delete</a></span></span></div><div class="comment-replies">${replies}</div>
<div class="comment-replybox-single" id="c${c.id}-ce"></div></li>`;
const bgHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB">
<head>
<meta content="width=device-width, initial-scale=1" name="viewport">
<title>${bgBlog}: ${bgTitle}</title>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<link href="https://ashcombe-remembered.blogspot.com/favicon.ico" rel="icon" type="image/x-icon">
<link href="${post}" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="${bgBlog} - Atom" href="https://ashcombe-remembered.blogspot.com/feeds/posts/default">
<link rel="alternate" type="application/rss+xml" title="${bgBlog} - RSS" href="https://ashcombe-remembered.blogspot.com/feeds/posts/default?alt=rss">
<link rel="service.post" type="application/atom+xml" title="${bgBlog} - Atom" href="https://www.blogger.com/feeds/4410/posts/default">
<link rel="me" href="https://www.blogger.com/profile/07312">
<link rel="openid.server" href="https://www.blogger.com/openid-server.g">
<link rel="openid.delegate" href="https://ashcombe-remembered.blogspot.com/">
<meta content="${bgTitle}" property="og:title">
<meta content="${post}" property="og:url">
<style id="page-skin-1" type="text/css"><!--
/*! normalize.css v3.0.1 | MIT License | git.io/normalize */html{font-family:sans-serif;-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%}body{margin:0}
body.variant-indie_light{background-color:#eeeeee}.post-title{font:normal 400 36px Lora, serif}.centered-top-container .centered-top{position:relative}
--></style>
<script async="async" src="https://www.gstatic.com/external_hosted/clipboardjs/clipboard.min.js"></script>
</head>
<body class="version-1-3-3 variant-indie_light">
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">This site uses cookies from Google to
 deliver its services and to analyse traffic. Your IP address and user agent are shared with Google, together with performance and security metrics, to ensure
 quality of service, generate usage statistics and to detect and address abuse.</span><span class="cookie-choices-buttons"><a id="cookieChoiceDismiss" href="#"
 class="cookie-choices-button">Ok</a><a href="https://www.blogger.com/go/blogspot-cookies" target="_blank" class="cookie-choices-button">Learn
 more</a></span></div></div>
<a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="bg-photo-overlay"></div><div class="bg-photo-container"><div class="bg-photo"></div></div>
<div class="page_body"><div class="centered"><div class="centered-top-placeholder"></div>
<header class="centered-top-container" role="banner"><div class="centered-top">
<a class="return_link" href="https://ashcombe-remembered.blogspot.com/"><button
 class="svg-icon-24-button back-button rtl-reversible-icon flat-icon-button ripple">
${svg('ic_arrow_back_black_24dp')}</button></a>
<div class="search"><button aria-label="Search" class="search-expand touch-icon-button"><div
 class="flat-icon-button ripple">${svg('ic_search_black_24dp')}</div></button>
<div class="section" id="search_top" name="Search (Top)"><div class="widget BlogSearch" data-version="2" id="BlogSearch1"><h3 class="title">Search This
 Blog</h3>
<div class="widget-content" role="search"><form action="https://ashcombe-remembered.blogspot.com/search" target="_top"><div class="search-input"><input
 aria-label="Search this blog" autocomplete="off" name="q" placeholder="Search this blog" value=""></div><input class="search-action flat-button" type="submit"
 value="Search"></form></div></div></div></div>
<div class="clearboth"></div>
<div class="blog-name container"><div class="container section" id="header" name="Header"><div class="widget Header" data-version="2" id="Header1">
<div class="header-widget"><div><h1><a href="https://ashcombe-remembered.blogspot.com/">${bgBlog}</a></h1></div>
<p>Notes and photographs from the Ashcombe Local History Society</p></div></div></div></div>
<nav role="navigation"><div class="clearboth no-items section" id="page_list_top" name="Page List (Top)"></div></nav></div></header>
<div><div class="vertical-ad-placeholder no-items section" id="ads" name="Ads"></div></div>
<main class="centered-bottom" id="main" role="main" tabindex="-1"><div class="main section" id="page_body" name="Page Body">
<div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer">
<div class="post"><script type="application/ld+json">{
  "@context": "http://schema.org",
  "@type": "BlogPosting",
  "mainEntityOfPage": {"@type": "WebPage", "@id": "${post}"},
  "headline": "${bgTitle}", "description": "Anyone who has walked the footpath from the church to Lower Farm will have crossed the little stone bridge",
  "datePublished": "2025-02-09T14:31:00Z", "dateModified": "2025-02-09T14:37:12Z",
  "publisher": {"@type": "Organization", "name": "Blogger"},
  "author": {"@type": "Person", "name": "Geoffrey Tallis"}
}</script>
<a name="1630412077"></a>
<a name="1630412077"></a>
<h3 class="post-title entry-title">${bgTitle}</h3>
<div class="post-share-buttons post-share-buttons-top invisible"></div>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="post-author-label">By</span>
<span class="fn"><meta content="https://www.blogger.com/profile/07312" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/07312"
 rel="author" title="author profile"><span itemprop="name">Geoffrey Tallis</span></a></span></span>
<span class="byline post-timestamp"><meta content="${post}"><a class="timestamp-link" href="${post}" rel="bookmark" title="permanent link"><time
 class="published"
 datetime="2025-02-09T14:31:00Z" title="2025-02-09T14:31:00Z">February 09, 2025</time></a></span></div></div>
<div class="post-body-container"><div class="post-body entry-content float-container" id="post-body-1630412077">
<div style="text-align: justify;">${bgP1[0]}</div><div style="text-align: justify;"><br /></div><div style="text-align: justify;">${bgP1[1]}</div>
<h3 style="text-align: left;">${bgH1}</h3><div style="text-align: justify;">${bgP2[0]}</div><div style="text-align: justify;"><br /></div>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td
 style="text-align: center;">
<a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh4mill1905/s1600/mill-1905.jpg" style="margin-left: auto; margin-right: auto;"><img
 border="0"
 data-original-height="1067" data-original-width="1600" height="267"
 src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh4mill1905/w400-h267/mill-1905.jpg"
 width="400"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${bgCaption}</td></tr></tbody></table>
<div style="text-align: justify;"><br /></div><div style="text-align: justify;">${bgP2[1]}</div>
<h3 style="text-align: left;">${bgH2}</h3><div style="text-align: justify;">${bgP3[0]}<br /><br />${bgP3[1]}<br /><br />${bgP3[2]}</div><div><br /></div>
</div></div>
<div class="post-bottom"><div class="post-footer float-container"><div class="post-footer-line post-footer-line-1"></div><div
 class="post-footer-line post-footer-line-2">
<span class="byline post-labels"><span class="byline-label">Labels:</span>${bgLabels
  .map((l) => `<a href="https://ashcombe-remembered.blogspot.com/search/label/${l.replace(/ /g, '%20')}" rel="tag">${l}</a>`)
  .join('\n')}</span></div><div class="post-footer-line post-footer-line-3"></div></div>
<div class="post-share-buttons post-share-buttons-bottom invisible"><div class="byline post-share-buttons goog-inline-block"><div
 aria-owns="sharing-popup-Blog1-byline-1630412077"
 class="sharing" data-title="${bgTitle}"><button aria-controls="sharing-popup-Blog1-byline-1630412077" aria-label="Share"
 class="sharing-button touch-icon-button"
 id="sharing-button-Blog1-byline-1630412077" role="button"><div class="flat-icon-button ripple">${svg('ic_share_black_24dp')}</div></button>
<div class="share-buttons-container"><ul aria-hidden="true" aria-label="Share" class="share-buttons hidden" id="sharing-popup-Blog1-byline-1630412077"
 role="menu">
${bgShare
  .map(
    (s) => `<li><span aria-label="${s === 'Get link' || s === 'Email' ? s : `Share to ${s}`}" class="sharing-platform-button sharing-element-${s
      .toLowerCase()
      .replace(/ /g, '-')}" data-href="https://www.blogger.com/share-post.g?blogID=4410&amp;postID=1630412077&amp;target=${s.toLowerCase()}" data-url="${post}"
 role="menuitem" tabindex="-1" title="${s}">${svg(`ic_share_${s.toLowerCase().replace(/ /g, '_')}_color`)}<span
 class="platform-sharing-text">${s}</span></span></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div></div>
<section class="comments threaded" data-embed="true" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">Comments</h3>
<div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
${bgComment(
  bgC1,
  `<div class="comment-thread inline-thread" id="c${bgC1.id}-rt"><span class="thread-toggle thread-expanded"><span class="thread-arrow"></span><span
 class="thread-count"><a
 target="_self">Replies</a></span></span><ol class="thread-chrome thread-expanded" id="c${bgC1.id}-ra"><div>${bgComment(bgC1r, '')}</div>
<div class="continue" id="c${bgC1.id}-continue"><a class="comment-reply" data-comment-id="${bgC1.id}" target="_self">Reply</a></div></ol></div>`,
)}
${bgComment(bgC2, '')}
</ol><div class="continue" id="top-continue"><a class="comment-reply" target="_self">Add comment</a></div><div class="comment-replybox-thread"
 id="top-ce"></div>
<div class="loadmore hidden" data-post-id="1630412077"><a target="_self">Load more...</a></div></div></div></div>
<p class="comment-footer"></p><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4>
<a href="https://www.blogger.com/comment/frame/4410?po=1630412077&amp;hl=en-GB&amp;skin=contempo" id="comment-editor-src"></a><iframe
 allowtransparency="allowtransparency" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor"
 name="comment-editor"
 src="" title="Blogger comment form" width="100%"></iframe></div></section>
</div></article></div></div></div></main></div>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="navigation"><button
 class="svg-icon-24-button flat-icon-button ripple
 sidebar-back">${svg('ic_arrow_back_black_24dp')}</button></div>
<div class="sidebar_top_wrapper"><div class="sidebar_top section" id="sidebar_top" name="Sidebar (Top)"><div class="widget Profile" data-version="2"
 id="Profile1">
<div class="wrapper solo"><div class="widget-content individual"><a href="https://www.blogger.com/profile/07312" rel="nofollow"><img alt="My photo"
 class="profile-img"
 height="80" src="//blogger.googleusercontent.com/img/b/profile-gt.jpg" width="80"></a><div class="profile-info"><dl class="profile-datablock"><dt
 class="profile-name">
<a class="profile-name-link g-profile" href="https://www.blogger.com/profile/07312" rel="author">Geoffrey Tallis</a></dt><dd class="profile-textblock">Retired
 schoolmaster and secretary of the Ashcombe Local History Society.</dd></dl></div><a class="profile-link visit-profile"
 href="https://www.blogger.com/profile/07312"
 rel="author">Visit profile</a></div></div></div></div></div>
<div class="sidebar_bottom section" id="sidebar_bottom" name="Sidebar (Bottom)"><div class="widget BlogArchive" data-version="2" id="BlogArchive1">
<details class="collapsible extendable"><summary><div class="collapsible-title"><h3
 class="title">Archive</h3>${svg('ic_expand_more_black_24dp')}</div></summary>
<div class="widget-content"><div id="ArchiveList"><div id="BlogArchive1_ArchiveList"><ul class="flat">${bgArchive
  .map(
    (a, i) =>
      `<li class="archivedate"><a href="https://ashcombe-remembered.blogspot.com/2025/0${i}/">${a}</a><span class="post-count">${3 - (i % 2)}</span></li>`,
  )
  .join('')}</ul></div></div></div></details></div>
<div class="widget Label" data-version="2" id="Label1"><details class="collapsible extendable"><summary><div class="collapsible-title"><h3
 class="title">Labels</h3>
${svg('ic_expand_more_black_24dp')}</div></summary><div class="widget-content list-label-widget-content"><ul>
${bgAllLabels
  .map(
    (l) => `<li><a class="label-name"
 href="https://ashcombe-remembered.blogspot.com/search/label/${l.replace(/ /g, '%20')}">${l}</a></li>`,
  )
  .join('\n')}
</ul></div></details></div>
<div class="widget ReportAbuse" data-version="2" id="ReportAbuse1"><h3 class="title"><a class="report_abuse" href="https://www.blogger.com/go/report-abuse"
 rel="noopener nofollow" target="_blank">Report Abuse</a></h3></div></div>
<div class="section" id="attribution" name="Attribution"><div class="widget Attribution" data-version="2" id="Attribution1"><div class="widget-content"><div
 class="blogger"><a href="https://www.blogger.com" rel="nofollow">${svg('ic_post_blogger_black_24dp')}Powered by Blogger</a></div><div
 class="image-attribution">Theme
 images by <a href="http://www.offset.com/photos/394244">Michael Elkan</a></div></div></div></div></aside>
</div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1601900224-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY7mill';
_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d4410','//ashcombe-remembered.blogspot.com/2025/02/',
'4410');_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'page_body', document.getElementById('Blog1'), {}, 'displayModeFull'));</script>
</body>
</html>`;
export const bloggerContempoPost: TestPage = {
  html: bgHtml,
  name: 'heldout66-blogger-contempo-post',
  kind: 'blog',
  // the post title is the h3.post-title (the h1 is the blog's name: furniture); the body is the editor's div runs (blank
  // <div><br /></div> lines between them) and three paragraphs split by <br /><br /> inside one div, each a body text; the
  // two h3 subheadings are the headings; the image's tr-caption cell is a caption: furniture; "Geoffrey Tallis" (post, a
  // reply in the comments and the profile widget) and "February 09, 2025" are bylines ("By" in neither); the comments are
  // readers' comments on a blog post: furniture, the commenters' names ("Anonymous" included) and times bylines; labels,
  // share popup, comment links, the comment form heading, profile text, archive, labels widget, search, cookie bar and
  // attribution are furniture; the archive's post counts run into the month names in plain text, so the months are listed
  // bare; the labels "River Ash" and "Then and Now", the labels widget's "Church" and the comments heading "Comments" ("in
  // the comments below") are words of the title and body: left out
  title: bgTitle,
  headings: [bgH1, bgH2],
  body: [...texts(bgP1), ...texts(bgP2), ...texts(bgP3)],
  bylines: ['Geoffrey Tallis', 'February 09, 2025', bgC1.name, bgC2.name, bgC1.when, bgC1r.when, bgC2.when],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies from Google to deliver its services and to analyse traffic.', 'Ok', 'Learn more', 'Skip to main content',
    'Search This Blog', bgBlog, 'Notes and photographs from the Ashcombe Local History Society', texts([bgCaption])[0]!, 'Labels:', 'Mills',
    ...bgShare, bgC1.text, bgC1r.text, bgC2.text, 'Replies', 'Delete', 'Add comment', 'Load more...', 'Post a Comment',
    'Reply', 'Retired schoolmaster and secretary of the Ashcombe Local History Society.', 'Visit profile', 'Archive', ...bgArchive, 'Labels', 'Farms',
    'School', 'War Memorial', 'Report Abuse', 'Powered by Blogger', 'Theme images by Michael Elkan',
  ],
};
