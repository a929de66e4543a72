import { links, type TestPage, texts } from './page-kit.js';
import { tumblrPost } from './pages-heldout131-d2.js';

/**
 * Held-out batch 131, file d: a Blogger post on the Notable theme (skip link, the Header widget whose h1 is the blog
 * name, the blog description, the collapsible search widget, the page list with its "More…" overflow, the post title as an
 * h3, the timestamp, separator images and a caption table inside the post body, the post footer with "By" author and
 * labels, the share popup menu, the comment thread with Reply and hidden Delete links, "Add comment", "Load more...",
 * "Post a Comment", the newer/older pager, the hamburger sidebar with profile, archive, labels and Report Abuse, the
 * attribution footer and the EU cookie notice) and, from file d2, a Tumblr text post in the logged-out web view.
 */
const bgTitle = 'Walking the old Tarrow branch line, Coldharbour to Nettleford';
const bgP1 = [
  'The Tarrow branch closed to passengers in 1962 and to goods two years later, and for most of the time since it has been a line ' +
    'on old maps and a few cuttings full of brambles. Last year the county council finished turning the six miles between ' +
    'Coldharbour and Nettleford into a footpath and cycleway, and on Saturday I finally walked it.',
  'I went with my brother Huw, who remembers the last goods trains, and we took it slowly, stopping at everything that looked like ' +
    'it might once have belonged to the railway. There was a lot.',
];
const bgH1 = 'Coldharbour station';
const bgP2 = [
  'The walk starts in the car park of what was Coldharbour station. The platform is still there, now edged with planters, and the ' +
    'old goods shed has become a café that does a very good bacon roll. Look for the cast-iron boundary post by the gate, with the ' +
    'initials of the railway company still just readable.',
];
const bgH2 = 'The long cutting';
const bgP3 = [
  'A mile out of town the path drops into a deep cutting that was dug by hand in the 1870s. It is cool and green even in June, and ' +
    'the rock walls are covered in ferns. Halfway along there is a small brick hut, which Huw says was for the men who walked the ' +
    'line every morning checking for rockfalls.',
  'The cutting floods after heavy rain, so check the council’s path page before you set off in winter.',
];
const bgH3 = 'Mill Lane viaduct';
const bgP4 = [
  'The highlight of the walk is the five-arch viaduct over the river at Mill Lane. It was restored along with the path and you can ' +
    'now walk across it, with new railings and a view down the valley to the old corn mill. There is a bench at the far end, which ' +
    'is where we ate our sandwiches.',
];
const bgH4 = 'Nettleford';
const bgP5 = [
  'The last mile follows an embankment into Nettleford, where the station is now a private house. The owners have kept the name ' +
    'board on the gable end and seem happy for walkers to photograph it from the lane, but please do not go into the garden.',
  'From Nettleford there is a bus back to Coldharbour every two hours, or you can walk back the way you came. We caught the bus, ' +
    'and Huw spent the whole journey telling the driver about the goods trains.',
];
const bgH5 = 'If you go';
const bgList = [
  'Distance: six miles one way, flat and surfaced all the way',
  'Parking: Coldharbour station car park (free on Sundays)',
  'Refreshments: the café at Coldharbour and the Wheatsheaf in Nettleford',
  'Bus: the number 41 from Nettleford back to Coldharbour',
];
const bgDesc = 'Old railways, green lanes and the odd pub, mostly in the Tarrow Valley';
const bgPages = ['Home', 'About', 'Maps', 'Walks list'];
const bgCaption = 'The boundary post at Coldharbour. The letters T.V.R. are clearer in the morning sun.';
const bgLabels = ['disused railways', 'Tarrow Valley', 'walks'];
const bgShare = ['Get link', 'Facebook', 'X', 'Pinterest', 'Email', 'Other Apps'];
const bgComments = [
  {
    id: '7741',
    name: 'Anonymous',
    time: 'June 9, 2025 at 7:02 AM',
    text: 'My grandfather was a porter at Nettleford in the fifties. Lovely to see the name board is still there.',
  },
  {
    id: '7742',
    name: 'Gwen Ashdown',
    time: 'June 9, 2025 at 8:30 PM',
    text: 'How wonderful! If you have any photos of the station from then I would love to see them.',
  },
  {
    id: '7750',
    name: 'Peter Mallinson',
    time: 'June 11, 2025 at 5:47 PM',
    text: 'Walked it last autumn on a bike. The cutting was flooded to the axles, so your warning is a good one!',
  },
];
const bgBio = 'Retired geography teacher. I walk old railways so you know which ones have a pub at the end.';
const bgArchive = [
  ['2025', '9'],
  ['2024', '21'],
  ['2023', '17'],
];
const bgAllLabels = ['canals', 'disused railways', 'green lanes', 'pubs', 'Tarrow Valley', 'walks'];
const bgCookie = 'This site uses cookies from Google to deliver its services and to analyse traffic.';
const icon = (
  n: string,
): string => `<svg class="svg-icon-24 ${n}"><use xlink:href="/responsive/sprite_v1_6.css.svg#${n}" xmlns:xlink="http://www.w3.org/1999/xlink">
</use></svg>`;
const bgComment = (c: (typeof bgComments)[number], inner = ''): string => `<li class="comment" id="c${c.id}"><div class="avatar-image-container">
<img src="//resources.blogblog.example/img/blank.gif" alt=""></div><div class="comment-block"><div class="comment-header"><cite class="user">${
  c.name === 'Anonymous' ? c.name : `<a href="https://www.blogger.example/profile/0${c.id}" rel="nofollow">${c.name}</a>`
}</cite><span class="icon user ${c.name === 'Gwen Ashdown' ? 'blog-author' : ''}"></span><span class="datetime secondary-text">
<a href="https://branchlinesandbyways.blogspot.example/2025/06/tarrow-branch-line.html?showComment=17494${c.id}#c${c.id}"
rel="nofollow">${c.time}</a></span></div>
<p class="comment-content">${c.text}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="${c.id}">Reply</a>
<span class="item-control blog-admin blog-admin pid-1840927731"><a target="_self"
href="https://www.blogger.example/comment/delete/${c.id}">Delete</a></span></span>
</div><div class="comment-replies">${inner}</div><div class="comment-replybox-single" id="c${c.id}-ce"></div></li>`;
const bgHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Branch Lines and Byways: Walking the old Tarrow branch line, Coldharbour to Nettleford</title>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://branchlinesandbyways.blogspot.example/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://branchlinesandbyways.blogspot.example/2025/06/tarrow-branch-line.html" rel="canonical">
<meta content="The Tarrow branch closed to passengers in 1962. Now six miles of it are a footpath, and on Saturday I finally walked it." name="description">
<meta content="${bgTitle}" property="og:title"><meta content="https://branchlinesandbyways.blogspot.example/2025/06/tarrow-branch-line.html" property="og:url">
<link rel="stylesheet" href="https://www.blogger.example/static/v1/v-css/1803201421-css_bundle_v2.css" type="text/css">
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/dyn-css/authorization.css?targetBlogID=5521&amp;zx=2e8f">
<style>body{overflow-wrap:break-word;word-break:break-word;word-wrap:break-word}.hidden{display:none}.invisible{visibility:hidden}</style>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-7Q4RZ2"></script></head>
<body class="version-1-3-3 variant-notable_light"><a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="bg-photo-overlay"></div><div class="bg-photo-container"><div class="bg-photo"></div></div><div class="page_body"><div
class="centered">
<div class="centered-top-placeholder"></div><header class="centered-top-container" role="banner"><div class="centered-top"><a name="top"></a>
<div class="blog-name container"><div class="container section" id="header" name="Header"><div class="widget Header" data-version="2" id="Header1">
<div class="header-widget"><div><h1><a href="https://branchlinesandbyways.blogspot.example/">Branch Lines and Byways</a></h1></div><p>${bgDesc}</p></div></div>
</div></div><div class="search"><button aria-label="Search" class="search-expand touch-icon-button"><div class="flat-icon-button
ripple">${icon('ic_search_black_24dp')}
</div></button><div class="section" id="search_top" name="Search (Top)"><div class="widget BlogSearch" data-version="2" id="BlogSearch1">
<h3 class="title">Search This Blog</h3><div class="widget-content" role="search"><form action="https://branchlinesandbyways.blogspot.example/search"
target="_top">
<div class="search-input"><input aria-label="Search this blog" autocomplete="off" name="q" placeholder="Search this blog" value=""></div>
<input class="search-action flat-button" type="submit" value="Search"></form></div></div></div></div>
<div class="centered-top-secondline section" id="page_list_top" name="Page List (Top)"><div class="widget PageList" data-version="2" id="PageList2">
<div class="widget-content"><div class="overflowable-container"><div class="overflowable-contents"><div class="container"><ul class="tabs">
${links(bgPages, 'overflowable-item')}</ul></div></div><div class="overflow-button hidden"><a>More…</a></div></div></div></div></div></div></header>
<div class="sidebar-container container sidebar-invisible" role="complementary"><div class="navigation"><button class="svg-icon-24-button flat-icon-button
ripple sidebar-back">${icon('ic_arrow_back_black_24dp')}</button></div><div class="sidebar_top_wrapper"><div class="sidebar_top section" id="sidebar_top"
name="Sidebar (Top)"><div class="widget Profile" data-version="2" id="Profile1"><div class="wrapper solo"><div class="widget-content individual">
<a href="https://www.blogger.example/profile/04418" rel="nofollow"><img class="profile-img" height="80" src="//blogger.googleusercontent.example/img/gwen.jpg"
width="80" alt="My photo"></a><div class="profile-info"><dl class="profile-datablock"><dt class="profile-name"><a class="profile-link g-profile"
href="https://www.blogger.example/profile/04418" rel="author nofollow">Gwen Ashdown</a></dt><dd class="profile-textblock">${bgBio}</dd></dl>
<div class="profile-link visit-profile"><a class="profile-link" href="https://www.blogger.example/profile/04418" rel="author">Visit
profile</a></div></div></div>
</div></div></div></div><div class="sidebar_bottom section" id="sidebar_bottom" name="Sidebar (Bottom)">
<div class="widget BlogArchive" data-version="2" id="BlogArchive1"><details class="collapsible extendable"><summary><div class="collapsible-title">
<h3 class="title">Archive</h3>${icon('chevron-down')}</div></summary><div class="widget-content"><div id="ArchiveList"><div id="BlogArchive1_ArchiveList">
<ul class="hierarchy">${bgArchive
  .map(
    ([
      y,
      n,
    ]) => `<li class="archivedate"><div class="hierarchy-title"><a class="post-count-link" href="https://branchlinesandbyways.blogspot.example/${y}/">${y}</a>
<span class="post-count">${n}</span></div></li>`,
  )
  .join('\n')}</ul></div></div></div></details></div>
<div class="widget Label" data-version="2" id="Label1"><details class="collapsible extendable"><summary><div class="collapsible-title"><h3
class="title">Labels</h3>
${icon('chevron-down')}</div></summary><div class="widget-content list-label-widget-content"><ul>${bgAllLabels
  .map((l) => `<li><a class="label-name" href="https://branchlinesandbyways.blogspot.example/search/label/${encodeURIComponent(l)}">${l}</a></li>`)
  .join('\n')}</ul></div></details></div>
<div class="widget ReportAbuse" data-version="2" id="ReportAbuse1"><h3 class="title"><a class="report_abuse" href="https://www.blogger.example/go/report-abuse"
rel="noopener nofollow" target="_blank">Report Abuse</a></h3></div></div></div>
<main class="centered-bottom" id="main" role="main" tabindex="-1"><div class="main section" id="page_body" name="Page Body">
<div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer">
<div class="post"><script type="application/ld+json">{"@context": "http://schema.org","@type": "BlogPosting","mainEntityOfPage": {"@type": "WebPage",
"@id": "https://branchlinesandbyways.blogspot.example/2025/06/tarrow-branch-line.html"},"headline": "${bgTitle}","description": "The Tarrow branch closed",
"datePublished": "2025-06-08T09:14:00+01:00","dateModified": "2025-06-11T21:02:17+01:00","author": {"@type": "Person","name": "Gwen Ashdown"}}</script>
<a name="1840927731"></a><h3 class="post-title entry-title">${bgTitle}</h3><div class="post-share-buttons post-share-buttons-top invisible"></div>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><meta
content="https://branchlinesandbyways.blogspot.example/2025/06/x.html">
<a class="timestamp-link" href="https://branchlinesandbyways.blogspot.example/2025/06/tarrow-branch-line.html" rel="bookmark" title="permanent link">
<time class="published" datetime="2025-06-08T09:14:00+01:00" title="2025-06-08T09:14:00+01:00">June 08, 2025</time></a></span></div></div>
<div class="post-body-container"><div class="post-body entry-content float-container" id="post-body-1840927731">
${bgP1.map((t) => `<p style="text-align: left;">${t}</p>`).join('\n')}
<h3 style="text-align: left;">${bgH1}</h3>
${bgP2.map((t) => `<p style="text-align: left;">${t}</p>`).join('\n')}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr>
<td style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEh1post/s1600/IMG_2041.JPG" style="margin-left: auto;
margin-right: auto;"><img border="0" data-original-height="1200" data-original-width="1600" height="300"
src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEh1post/w400-h300/IMG_2041.JPG" width="400"></a></td></tr>
<tr><td class="tr-caption" style="text-align: center;">${bgCaption}</td></tr></tbody></table>
<h3 style="text-align: left;">${bgH2}</h3>
${bgP3.map((t) => `<p style="text-align: left;">${t}</p>`).join('\n')}
<h3 style="text-align: left;">${bgH3}</h3>
${bgP4.map((t) => `<p style="text-align: left;">${t}</p>`).join('\n')}
<div class="separator" style="clear: both; text-align: center;"><a
href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEh2post/s1600/IMG_2077.JPG"
style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="1200" data-original-width="1600" height="300"
src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEh2post/w400-h300/IMG_2077.JPG" width="400"></a></div>
<h3 style="text-align: left;">${bgH4}</h3>
${bgP5.map((t) => `<p style="text-align: left;">${t}</p>`).join('\n')}
<h3 style="text-align: left;">${bgH5}</h3>
<ul style="text-align: left;">${bgList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div></div><div class="post-bottom"><div class="post-footer float-container"><div class="post-footer-line post-footer-line-1">
<span class="byline post-author vcard"><span class="byline-label">By</span> <span class="fn"><meta content="https://www.blogger.example/profile/04418">
<a class="g-profile" href="https://www.blogger.example/profile/04418" rel="author" title="author profile"><span>Gwen Ashdown</span></a></span></span></div>
<div class="post-footer-line post-footer-line-2"><span class="byline post-labels"><span class="byline-label">Labels:</span>
${bgLabels
  .map(
    (l) => `<a href="https://branchlinesandbyways.blogspot.example/search/label/${encodeURIComponent(l)}"
rel="tag">${l}</a>`,
  )
  .join('\n')}</span></div>
<div class="post-footer-line post-footer-line-3"></div></div><div class="post-share-buttons post-share-buttons-bottom invisible"><div class="byline
post-share-buttons goog-inline-block"><div aria-owns="sharing-popup-Blog1-byline-1840927731" class="sharing" data-title="${bgTitle}">
<button aria-controls="sharing-popup-Blog1-byline-1840927731" aria-label="Share" class="sharing-button touch-icon-button"
id="sharing-button-Blog1-byline-1840927731"
role="button"><div class="flat-icon-button ripple">${icon('ic_share_black_24dp')}</div></button><span class="share-button-link-text">Share</span>
<div class="share-buttons-container"><ul aria-hidden="true" aria-label="Share" class="share-buttons hidden" id="sharing-popup-Blog1-byline-1840927731"
role="menu">
${bgShare
  .map(
    (
      s,
    ) => `<li><span aria-label="${s === 'Get link' ? s : `Share to ${s}`}" class="sharing-platform-button sharing-element-${s.toLowerCase().replace(' ', '-')}"
data-href="https://www.blogger.example/share-post.g?blogID=5521&amp;postID=1840927731&amp;target=${s.toLowerCase()}" role="menuitem" tabindex="-1"
title="${s}">${icon(`ic_share_${s.toLowerCase().replace(' ', '_')}`)}<span class="platform-sharing-text">${s}</span></span></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div></div>
<section class="comments embed" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">Comments</h3><div class="comments-content">
<div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
${bgComment(bgComments[0]!, `<div class="comment-thread inline-thread"><ol>${bgComment(bgComments[1]!)}</ol></div>`)}
${bgComment(bgComments[2]!)}</ol><div class="continue" id="top-continue"><a class="comment-reply" target="_self">Add comment</a></div>
<div class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden" data-post-id="1840927731"><a target="_self">Load
more...</a></div></div></div>
</div><div class="comment-footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4><p></p>
<a href="https://www.blogger.example/comment/frame/5521?po=1840927731&amp;hl=en-GB" id="comment-editor-src"></a><iframe allowtransparency="allowtransparency"
class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" width="100%"></iframe>
</div></div></section></div></article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link flat-button ripple"
href="https://branchlinesandbyways.blogspot.example/2025/06/canal.html"
title="Newer Post">Newer Post</a><a class="blog-pager-older-link flat-button ripple" href="https://branchlinesandbyways.blogspot.example/2025/05/drove.html"
title="Older Post">Older Post</a><a class="home-link flat-button ripple" href="https://branchlinesandbyways.blogspot.example/" title="Home">Home</a></div>
</div></div></main></div></div>
<footer class="footer section" id="footer" name="Footer"><div class="widget Attribution" data-version="2" id="Attribution1"><div class="widget-content">
<div class="blogger"><a href="https://www.blogger.example" rel="nofollow">${icon('ic_post_blogger_black_24dp')}Powered by Blogger</a></div>
<div class="image-attribution">Theme images by <a href="https://www.istockphoto.example/portfolio/ivarga">Ilse Varga</a></div></div></div></footer></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">${bgCookie}</span>
<span class="cookie-choices-buttons"><a class="cookie-choices-button" href="https://policies.google.example/technologies/cookies" target="_blank">Learn more</a>
<a id="cookieChoiceDismiss" class="cookie-choices-button" href="#">Ok</a></span></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/2566385183-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY5x1eW:1749371120123';_WidgetManager._Init('//www.blogger.example/rearrange?blogID\\x3d5521',
'//branchlinesandbyways.blogspot.example/2025/06/tarrow-branch-line.html','5521');
_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'page_body', document.getElementById('Blog1'), {'cmtInteractionsEnabled': false},
'displayModeFull'));
</script></body></html>`;
const blogger: TestPage = {
  name: 'heldout131-blogger-notable-blog',
  kind: 'blog',
  html: bgHtml,
  // the header widget's h1 is the blog name (furniture); the post title is the h3.post-title; the caption table cell is furniture
  title: bgTitle,
  headings: [bgH1, bgH2, bgH3, bgH4, bgH5],
  body: texts([...bgP1, ...bgP2, ...bgP3, ...bgP4, ...bgP5, ...bgList]),
  bylines: ['June 08, 2025', 'Gwen Ashdown'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Branch Lines and Byways', bgDesc, 'Search This Blog', ...bgPages, 'More…', 'Visit profile', bgBio,
    'Archive', ...bgArchive.flat(), 'Labels', ...bgAllLabels, 'Report Abuse', bgCaption, 'Labels:', 'Share', ...bgShare, 'Comments',
    ...bgComments.flatMap((c) => [c.time, c.text]), 'Anonymous', 'Peter Mallinson', 'Reply', 'Delete', 'Add comment', 'Load more...', 'Post a Comment',
    'Newer Post', 'Older Post', 'Powered by Blogger', 'Theme images by Ilse Varga', bgCookie, 'Learn more', 'Ok',
  ],
};

export const HELDOUT131_D: readonly TestPage[] = [blogger, tumblrPost];
