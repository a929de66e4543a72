import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file b2: a Blogger post on the Contempo theme (the Google cookie notice injected at the top of
 * the body, the search box and header widget, the post title as an h3, the timestamp link, image captions in a
 * tr-caption-container table, the "Posted by" footer line with the share popup and labels, the threaded comments with
 * Reply / Delete / "Add comment" / "Load more...", the "Post a Comment" box, the hidden sidebar drawer with profile,
 * archive, labels and "Report Abuse", and the "Powered by Blogger" attribution).
 */
const title = 'A winter morning at Sallow Marsh: bitterns, a merlin and far too much mud';
const p0 = [
  'I had not been down to Sallow Marsh since October, so when the forecast promised a still, frosty Saturday I was at the ' +
    'car park by half past seven with a flask and two pairs of socks. It turned out to be one of the best mornings I have had ' +
    'there in years.',
];
const h1 = 'The reedbed hide';
const p1 = [
  'The path to the reedbed hide was more water than path after the week of rain, and I was glad of my wellies. The hide ' +
    'itself was empty, which is unusual for a weekend, and I had the whole front window to myself for nearly an hour.',
  'The first bittern appeared at about quarter past eight, creeping along the edge of the cut reeds to the left of the hide. ' +
    'It stood frozen with its bill in the air for a good five minutes before walking out onto the ice and stabbing at ' +
    'something in a gap. A second bird flew across the pool twenty minutes later, low and heavy, and dropped into the reeds ' +
    'at the far end.',
  'Two bitterns in one morning is a first for me at this site. The warden told me later that at least four birds are ' +
    'wintering on the reserve this year, which is the highest count since the new pools were dug.',
];
const h2 = 'Along the sea wall';
const p2 = [
  'From the hide I walked out along the sea wall towards the sluice. The tide was coming in and pushing waders up onto the ' +
    'saltmarsh. My rough counts for the stretch between the hide and the sluice:',
];
const counts = [
  'Dunlin, about 600 in one tight flock',
  'Curlew, 38',
  'Grey plover, 12',
  'Brent geese, around 250 grazing on the fields behind the wall',
  'Little egret, 4',
];
const p3 = [
  'The highlight came just before the sluice, when every wader on the marsh went up at once. A merlin shot through the ' +
    'middle of the dunlin flock, missed, and carried on low over the fields without stopping. It was all over in about four ' +
    'seconds, and of course my camera was still in the bag.',
  'I was back at the car by half past eleven, muddy to the knees and very happy. If you go this month, take boots, go early, ' +
    'and give the reedbed hide at least an hour.',
];
const caption1 = 'The reedbed hide pool, still frozen at 8 am.';
const caption2 = 'Brent geese on the fields behind the sea wall.';
const cookie = [
  'This site uses cookies from Google to deliver its services and to analyse traffic. Information about your use of this site is ' +
    'shared with Google. By using this site, you agree to its use of cookies.',
  'Learn more',
  'Ok',
];
const share = ['Get link', 'Facebook', 'X', 'Pinterest', 'Email', 'Other Apps'];
const labels = ['bitterns', 'Sallow Marsh', 'winter'];
const comments = [
  {
    id: '7712',
    name: 'Ruth Faraday',
    time: 'January 19, 2025 at 4:12 PM',
    text: 'Brilliant, I was there on the Sunday and saw nothing but coots! Will try earlier next time.',
  },
  {
    id: '7718',
    name: 'Marsh Notes',
    time: 'January 19, 2025 at 6:40 PM',
    text: 'Thanks Ruth. The bitterns seemed to like the calm, cold weather. Sunday was much windier.',
  },
  { id: '7730', name: 'Anonymous', time: 'January 21, 2025 at 9:03 AM', text: 'Lovely write-up. Which end of the car park is the hide path?' },
];
const bio = 'Weekend birder on the Eastmere coast. Counts, notes and the odd blurry photo.';
const archive = ['2025', '2024', '2023'];
const archiveCounts = ['3', '41', '37'];
const labelList = ['bitterns', 'garden birds', 'Sallow Marsh', 'seabirds', 'winter'];
const comment = (c: (typeof comments)[number], replies = ''): string => `<li class="comment" id="c${c.id}">
<div class="avatar-image-container"><img src="//resources.blogblog.example/img/blank.gif" width="35" height="35" alt="" title="${c.name}"></div>
<div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.example/profile/${c.id}"
rel="nofollow">${c.name}</a></cite>
<span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="?showComment=${c.id}#c${c.id}">${c.time}</a></span></div>
<p class="comment-content">${c.text}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="${c.id}">Reply</a>
<span class="item-control blog-admin pid-1544"><a target="_self" href="https://www.blogger.example/comment/delete/${c.id}">Delete</a></span></span></div>
<div class="comment-replies">${replies}</div><div class="comment-replybox-single" id="c${c.id}-ce"></div></li>`;
const html = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Marsh Notes: ${title}</title><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://marshnotes.blogspot.example/2025/01/a-winter-morning-at-sallow-marsh.html" rel="canonical">
<meta content="${title}" property="og:title"><meta content="https://marshnotes.blogspot.example/2025/01/a-winter-morning-at-sallow-marsh.html"
property="og:url">
<style id="page-skin-1" type="text/css"><!-- body{font:15px Roboto, sans-serif;} .post-body{line-height:1.6;} --></style>
<script type="text/javascript">(function(){var a=window;a._gaq=a._gaq||[];})();</script>
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/2975350028-css_bundle_v2.css"></head>
<body class="version-1-3-3 variant-indie_light">
<div id="cookieChoiceInfo" class="cookie-choices-info" style="position:fixed;width:100%;margin:0;left:0;top:0;z-index:1000;">
<div class="cookie-choices-inner"><span class="cookie-choices-text">${cookie[0]}</span></div>
<div class="cookie-choices-buttons"><a class="cookie-choices-button" href="https://policies.google.example/technologies/cookies">${cookie[1]}</a>
<a id="cookieChoiceDismiss" class="cookie-choices-button" href="#">${cookie[2]}</a></div></div>
<a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="bg-photo-overlay"></div><div class="bg-photo-container"><div class="bg-photo"></div></div>
<div class="page_body"><div class="centered"><div class="centered-top-placeholder"></div><header class="centered-top-container" role="banner">
<div class="centered-top"><div class="return_link"><a class="svg-icon-24-button back-button rtl-reversible-icon flat-icon-button ripple" href="/"></a></div>
<div class="top-bar"><button class="svg-icon-24-button hamburger-menu flat-icon-button ripple"></button>
<div class="search"><button aria-label="Search" class="search-expand touch-icon-button"></button><div class="section" id="search_top" name="Search (Top)">
<div class="widget BlogSearch" data-version="2" id="BlogSearch1"><h3 class="title">Search This Blog</h3><div class="widget-content" role="search">
<form action="https://marshnotes.blogspot.example/search" target="_top"><div class="search-input"><input aria-label="Search this blog" autocomplete="off"
name="q" placeholder="Search this blog" value=""></div><input class="search-action flat-button" type="submit"
value="Search"></form></div></div></div></div></div>
<div class="clearboth"></div><div class="blog-name container"><div class="container section" id="header" name="Header">
<div class="widget Header" data-version="2" id="Header1"><div class="header-widget"><div><h1><a
href="https://marshnotes.blogspot.example/">Marsh Notes</a></h1></div>
<p>Birding the Eastmere coast, one muddy morning at a time</p></div></div></div></div></div></header>
<div><div class="vertical-ad-placeholder"></div><main class="centered-bottom" id="main" role="main" tabindex="-1">
<div class="main section" id="page_body" name="Page Body"><div class="widget Blog" data-version="2" id="Blog1">
<div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer"><div class="post">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://marshnotes.blogspot.example/2025/01/a-winter-morning-at-sallow-marsh.html"},"headline":"${title}","datePublished":"2025-01-18T19:22:00Z",
"author":{"@type":"Person","name":"Marsh Notes"}}</script>
<a name="8841592"></a><h3 class="post-title entry-title">${title}</h3>
<div class="post-share-buttons post-share-buttons-top"></div><div class="post-header"><div class="post-header-line-1">
<span class="byline post-timestamp"><meta content="https://marshnotes.blogspot.example/2025/01/a-winter-morning-at-sallow-marsh.html">
<a class="timestamp-link" href="https://marshnotes.blogspot.example/2025/01/a-winter-morning-at-sallow-marsh.html" rel="bookmark" title="permanent link">
<time class="published" datetime="2025-01-18T19:22:00Z" title="2025-01-18T19:22:00Z">January 18, 2025</time></a></span></div></div>
<div class="post-body-container"><div class="post-body entry-content float-container" id="post-body-8841592">
${ps(p0)}
<h3 style="text-align: left;">${h1}</h3>
${ps(p1)}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>
<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/s1600/hide.jpg" style="margin-left: auto;">
<img border="0" data-original-height="1067" data-original-width="1600" height="267" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/w400/hide.jpg"
width="400"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${caption1}</td></tr></tbody></table>
<h3 style="text-align: left;">${h2}</h3>
${ps(p2)}
<ul style="text-align: left;">${counts.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="separator" style="clear: both;"><table class="tr-caption-container" align="center"><tbody><tr><td><a href="#"><img border="0" height="240"
src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/w400/brents.jpg" width="400"></a></td></tr>
<tr><td class="tr-caption" style="text-align: center;">${caption2}</td></tr></tbody></table></div>
${ps(p3)}
</div></div>
<div class="post-bottom"><div class="post-footer float-container"><div class="post-footer-line post-footer-line-1">
<span class="byline post-author vcard"><span class="post-author-label">Posted by</span> <span class="fn"><meta
content="https://www.blogger.example/profile/0412">
<a class="g-profile" href="https://www.blogger.example/profile/0412" rel="author" title="author profile"><span>Marsh Notes</span></a></span></span></div>
<div class="post-footer-line post-footer-line-2"><span class="byline post-labels"><span class="byline-label">Labels:</span>
${labels.map((l) => `<a href="https://marshnotes.blogspot.example/search/label/${l}" rel="tag">${l}</a>`).join('\n')}</span></div></div>
<div class="post-share-buttons post-share-buttons-bottom invisible"><div class="byline post-share-buttons goog-inline-block">
<div aria-owns="sharing-popup-Blog1-byline-8841592" class="sharing" data-title="${title}"><button aria-controls="sharing-popup-Blog1-byline-8841592"
aria-label="Share" class="sharing-button touch-icon-button" id="sharing-button-Blog1-byline-8841592" role="button"></button>
<div class="share-buttons-container"><ul aria-hidden="true" aria-label="Share" class="share-buttons hidden" id="sharing-popup-Blog1-byline-8841592" role="menu">
${share.map((s) => `<li><span class="sharing-platform-button" role="menuitem"><span class="platform-sharing-text">${s}</span></span></li>`).join('\n')}
</ul></div></div></div></div></div></div></div>
<section class="comments threaded" data-embed="true" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">Comments</h3>
<div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
${comment(
  comments[0]!,
  `<div class="comment-thread inline-thread"><span class="thread-toggle thread-expanded"><span class="thread-arrow"></span>
<span class="thread-count"><a target="_self">Replies</a></span></span><ol class="thread-chrome thread-expanded"><div>${comment(comments[1]!)}</div>
<div class="continue"><a class="comment-reply" target="_self">Reply</a></div></ol></div>`,
)}
${comment(comments[2]!)}</ol><div class="continue" id="top-continue"><a class="comment-reply" target="_self">Add comment</a></div>
<div class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden" data-post-id="8841592"><a
target="_self">Load more...</a></div></div></div></div>
<div class="footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4>
<iframe allowtransparency="allowtransparency" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor"
name="comment-editor" src="" width="100%"></iframe></div></div></section></article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="/2025/02/" title="Newer Post">Newer Post</a>
<a class="blog-pager-older-link" href="/2025/01/" title="Older Post">Older Post</a><a class="home-link" href="/">Home</a></div></div></div></main></div>
<footer class="footer section" id="footer" name="Footer"><div class="widget Attribution" data-version="2" id="Attribution1"><div class="widget-content">
<div class="blogger"><a href="https://www.blogger.example" rel="nofollow"><svg class="svg-icon-24"></svg>Powered by Blogger</a></div>
<div class="image-attribution">Theme images by <a href="#">Lorna Pike</a></div></div></div></footer></div></div></div>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="navigation"><button class="sidebar-back"></button></div>
<div class="sidebar_top_wrapper"><div class="sidebar_top section" id="sidebar_top"><div class="widget Profile" data-version="2" id="Profile1">
<div class="wrapper solo"><div class="widget-content individual"><a href="https://www.blogger.example/profile/0412" rel="nofollow"><img class="profile-img"
alt="My photo"></a>
<div class="profile-info"><div class="profile-name-container"><dl class="profile-datablock"><dt class="profile-name"><a class="profile-link g-profile"
href="https://www.blogger.example/profile/0412">Marsh Notes</a></dt></dl></div><div class="profile-textblock">${bio}</div>
<a class="profile-link visit-profile" href="https://www.blogger.example/profile/0412">Visit profile</a></div></div></div></div></div></div>
<div class="sidebar_bottom section" id="page_list_top"><div class="widget BlogArchive" data-version="2" id="BlogArchive1">
<details class="collapsible extendable"><summary><div class="collapsible-title"><h3 class="title">Archive</h3></div></summary><div class="widget-content">
<div id="ArchiveList"><ul class="hierarchy">${archive
  .map(
    (y, i) => `<li class="archivedate"><div class="hierarchy-title"><a class="post-count-link" href="/${y}/">${y}</a>
<span class="post-count">${archiveCounts[i]}</span></div></li>`,
  )
  .join('\n')}</ul></div></div></details></div>
<div class="widget Label" data-version="2" id="Label1"><details class="collapsible extendable"><summary><h3 class="title">Labels</h3></summary>
<div class="widget-content list-label-widget-content"><ul>${links(labelList)}</ul></div></details></div>
<div class="widget ReportAbuse" data-version="2" id="ReportAbuse1"><h3 class="title"><a class="report_abuse" href="https://www.blogger.example/go/report-abuse"
target="_blank">Report Abuse</a></h3></div></div></aside>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/1667664774-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY5';
_WidgetManager._Init('//www.blogger.example/rearrange?blogID=55', '//marshnotes.blogspot.example/');</script>
</body></html>`;

export const bloggerPost: TestPage = {
  html,
  name: 'heldout109-blogger-contempo-blog',
  kind: 'blog',
  // the post's own h3s are its section headings; the author's display name ("Marsh Notes") is also the blog's name and
  // its byline role wins; the archive years and counts are furniture
  title,
  headings: [h1, h2],
  body: texts([...p0, ...p1, ...p2, ...counts, ...p3]),
  bylines: ['January 18, 2025', 'Posted by', 'Marsh Notes', ...comments.map((c) => c.time), 'Ruth Faraday', 'Anonymous'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cookie, 'Skip to main content', 'Search This Blog', 'Birding the Eastmere coast, one muddy morning at a time', caption1, caption2, 'Labels:',
    ...labels, ...share, 'Comments', ...comments.map((c) => c.text), 'Replies', 'Reply', 'Delete', 'Add comment', 'Load more...', 'Post a Comment',
    'Newer Post', 'Older Post', 'Home', 'Powered by Blogger', 'Theme images by', 'Lorna Pike', bio, 'Visit profile', 'Archive', ...archive,
    ...archiveCounts, 'Labels', 'garden birds', 'seabirds', 'Report Abuse',
  ],
};
