import { type TestPage, texts } from './page-kit.js';
import { typepadPost } from './pages-heldout143-d2.js';

/**
 * Held-out batch 143, file d: a Blogger post on the Contempo theme, a hill-walking blog (the header with the blog name as
 * h1 and its description, the "Search This Blog" widget, the post title as h3, the "Posted by" author and the date, the
 * hidden share menu with "Get link" and the platform names, a tr-caption-container image caption, labels, the threaded
 * comments with "Reply" / "Add comment" / "Load more...", the comment form heading, "Popular posts from this blog", the
 * hamburger sidebar with the profile, "Visit profile", archive and labels, "Report Abuse", "Powered by Blogger" and the
 * Google cookie notice) and, from file d2, a Typepad post.
 */
const blog = 'Hill Days and Bothy Nights';
const title = 'A winter walk to the Corrie Dubh bothy';
const p1 = [
  'There is a particular kind of January day in the hills that makes up for all the grey ones: hard frost, no wind, and a sky ' +
    'so clear you can see the snow on hills forty miles away. Last Saturday was one of them, and I finally made the walk in to ' +
    'the bothy at Corrie Dubh that I have been putting off for three winters.',
  'It is not a hard walk, about eleven kilometres each way from the car park at Invermallie, but the last third is pathless and ' +
    'it crosses the burn twice. In summer that is a paddle. In winter it deserves some respect.',
];
const h1 = 'The walk in';
const p2 = [
  'The first six kilometres follow the estate track up Glen Arrin, easy going even with a dusting of snow. I met two cyclists ' +
    'coming down and a herd of red deer who watched me from the slope above the track without much interest.',
  'Where the track ends at the old sheepfold, you drop to the burn and cross at the shingle bar. The water was low and half ' +
    'frozen at the edges, and I got across on stones without wetting my boots. After that it is a slow plod over tussocks and ' +
    'bog, frozen solid on the day, which made it much easier than I had feared.',
];
const caption = 'The second crossing of the Arrin burn, looking up towards the corrie.';
const h2 = 'The bothy';
const p3 = [
  'Corrie Dubh is a single-room stone cottage with a sleeping platform, a fireplace, a table made from an old door and a ' +
    'visitor book going back to 1989. Someone had left a neat pile of dry kindling by the hearth and a note asking the next ' +
    'visitor to do the same, which I did.',
  'I had lunch on the bench outside in the sun, then read the visitor book for far too long. My favourite entry was from a ' +
    'family in 2003 who had walked in with a pram, and had clearly regretted it.',
];
const h3 = 'If you go';
const tips = [
  'Check the river levels before setting off; after rain the first crossing can be impassable.',
  'Carry a map and compass. The last three kilometres have no path and no signs.',
  'Take your rubbish home, and if you use the fuel, bring some back next time.',
  'The Mountain Bothies Association asks that groups of six or more do not stay overnight.',
];
const p4 = ['I was back at the car just as the light went, with cold feet and a very happy head. I will go back in the spring and ' + 'stay the night.'];
const labels = ['bothies', 'Glen Arrin', 'winter walks'];
const share = ['Get link', 'Facebook', 'X', 'Pinterest', 'Email', 'Other Apps'];
const comments = [
  {
    id: '7261',
    name: 'Fiona Laird',
    when: 'January 20, 2025 at 8:14 PM',
    text: 'Lovely write-up. We stayed there in 2019 and the kindling note was already there then. Good to know it is still going.',
  },
  { id: '7265', name: 'Calum Rennie', when: 'January 21, 2025 at 7:02 AM', text: 'Thanks Fiona! Long may it last.' },
  {
    id: '7290',
    name: 'Anonymous',
    when: 'January 23, 2025 at 1:40 PM',
    text: 'Is the first crossing doable in trail shoes or do you really need boots?',
  },
];
const popular = [
  'Ten things I always carry in winter',
  'The first time I used an ice axe, I was mostly lying down. These are the bits of kit I now never leave at home.',
];
const bio = 'Walker, map collector and occasional bothy maintainer, based in Perth.';
const archive = ['2025', '2024', '2023'];
const cookie = 'This site uses cookies from Google to deliver its services and to analyse traffic.';
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const postBody = `${ps(p1)}
<h3 style="text-align: left;">${h1}</h3>
${ps(p2)}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr>
<td style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEh1/s4000/crossing.jpg" style="margin-left: auto;
margin-right: auto;"><img border="0" data-original-height="3000" data-original-width="4000" height="480"
src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEh1/w640-h480/crossing.jpg" width="640"></a></td></tr><tr><td class="tr-caption"
style="text-align: center;">${caption}</td></tr></tbody></table>
<h3 style="text-align: left;">${h2}</h3>
${ps(p3)}
<h3 style="text-align: left;">${h3}</h3>
<ul style="text-align: left;">${tips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}`;
const svg = (id: string): string => `<svg class="svg-icon-24"><use xlink:href="/responsive/sprite_v1_6.css.svg#${id}"
xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg>`;
const comment = (c: (typeof comments)[number], replies = ''): string => `<li class="comment" id="c${c.id}"><div class="avatar-image-container">
<img class="author-avatar" height="35" src="//resources.blogblog.example/img/blank.gif" width="35"></div><div class="comment-block"><div
class="comment-header"><cite class="user">${
  c.name === 'Anonymous'
    ? c.name
    : `<a href="https://www.blogger.example/profile/${c.id}"
rel="nofollow">${c.name}</a>`
}</cite><span class="icon user${c.name === 'Calum Rennie' ? ' blog-author' : ''}"></span><span class="datetime secondary-text"><a
rel="nofollow"
href="https://hilldays.blogspot.example/2025/01/corrie-dubh-bothy.html?showComment=17${c.id}#c${c.id}">${c.when}</a></span></div><p
class="comment-content">${c.text}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="${c.id}">Reply</a>
<span class="item-control blog-admin blog-admin pid-1029384756"><a target="_self" href="https://www.blogger.example/comment/delete/${c.id}">Delete</a></span>
</span></div><div class="comment-replies">${replies}</div><div class="comment-replybox-single" id="c${c.id}-ce"></div></li>`;
const html = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<title>${blog}: ${title}</title><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://hilldays.blogspot.example/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://hilldays.blogspot.example/2025/01/corrie-dubh-bothy.html" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="${blog} - Atom" href="https://hilldays.blogspot.example/feeds/posts/default">
<meta content="${title}" property="og:title"><meta content="https://hilldays.blogspot.example/2025/01/corrie-dubh-bothy.html" property="og:url">
<meta content="There is a particular kind of January day in the hills that makes up for all the grey ones." property="og:description">
<style id="page-skin-1" type="text/css"><!--
/* Name: Contempo  Designer: Blogger  URL: www.blogger.com */
body{overflow-wrap:break-word;word-break:break-word;word-wrap:break-word}
--></style><script async="async" src="https://www.gstatic.example/external_hosted/clipboardjs/clipboard.min.js"></script>
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/2975350028-css_bundle_v2.css">
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/dyn-css/authorization.css?targetBlogID=1029384756">
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3845888474-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY5'; _WidgetManager._Init('//www.blogger.example/rearrange?blogID=1029384756',
'//hilldays.blogspot.example/2025/01/corrie-dubh-bothy.html','1029384756');</script></head>
<body class="version-1-3-3 variant-indie_light"><a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="bg-photo-overlay"></div><div class="bg-photo-container"><div class="bg-photo"></div></div><div class="page_body">
<div class="centered"><div class="centered-top-placeholder"></div><header class="centered-top-container sticky" role="banner"><div class="centered-top">
<a name="top"></a><div class="blog-name container"><div class="container section" id="header" name="Header"><div class="widget Header" data-version="2"
id="Header1"><div class="header-widget"><div><h1><a href="https://hilldays.blogspot.example/">${blog}</a></h1></div>
<p>Walks, weather and wee stone huts in the Scottish hills</p></div></div></div></div><div class="search"><button aria-label="Search"
class="search-expand touch-icon-button"><div class="flat-icon-button ripple">${svg('ic_search_black_24dp')}</div></button><div class="section"
id="search_top" name="Search (Top)"><div class="widget BlogSearch" data-version="2" id="BlogSearch1"><h3 class="title">Search This Blog</h3>
<div class="widget-content" role="search"><form action="https://hilldays.blogspot.example/search" target="_top"><div class="search-input"><input
aria-label="Search this blog" autocomplete="off" name="q" placeholder="Search this blog" value=""></div><input class="search-action flat-button"
type="submit" value="Search"></form></div></div></div></div><div class="centered-top-firstline container"><div class="main_header_elements
container"><button class="svg-icon-24-button hamburger-menu flat-icon-button ripple">${svg('ic_menu_black_24dp')}</button></div></div>
<nav role="navigation"><div class="clearboth no-items section" id="page_list_top" name="Page List (Top)"></div></nav></div></header>
<div><div class="vertical-ad-container no-items section" id="ads" name="Ads"></div><main class="centered-bottom" id="main" role="main" tabindex="-1">
<div class="main section" id="page_body" name="Page Body"><div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container">
<article class="post-outer-container"><div class="post-outer"><div class="post"><script type="application/ld+json">{"@context": "http://schema.org",
"@type": "BlogPosting","mainEntityOfPage": {"@type": "WebPage","@id": "https://hilldays.blogspot.example/2025/01/corrie-dubh-bothy.html"},
"headline": "${title}","description": "There is a particular kind of January day in the hills that makes up for all the grey ones.",
"datePublished": "2025-01-19T18:07:00Z","author": {"@type": "Person","name": "Calum Rennie"}}</script><a name="6650193847261"></a>
<h3 class="post-title entry-title">${title}</h3><div class="post-share-buttons post-share-buttons-top invisible"></div><div class="post-header">
<div class="post-header-line-1"><span class="byline post-author vcard"><span class="byline-label">Posted by</span> <span class="fn"><meta
content="https://www.blogger.example/profile/0517"><a class="g-profile" href="https://www.blogger.example/profile/0517" rel="author" title="author profile">
<span>Calum Rennie</span></a></span></span> <span class="byline post-timestamp"><meta
content="https://hilldays.blogspot.example/2025/01/corrie-dubh-bothy.html">
<a class="timestamp-link" href="https://hilldays.blogspot.example/2025/01/corrie-dubh-bothy.html" rel="bookmark" title="permanent link"><time class="published"
datetime="2025-01-19T18:07:00Z" title="2025-01-19T18:07:00Z">January 19, 2025</time></a></span></div></div><div class="post-body-container">
<div class="post-body entry-content float-container" id="post-body-6650193847261">
${postBody}
</div></div><div class="post-bottom"><div class="post-footer float-container"><div class="post-footer-line post-footer-line-1"></div><div
class="post-footer-line post-footer-line-2"><span class="byline post-labels"><span class="byline-label"></span>
${labels.map((l) => `<a href="https://hilldays.blogspot.example/search/label/${encodeURIComponent(l)}" rel="tag">${l}</a>`).join('\n')}</span></div>
</div><div class="post-share-buttons post-share-buttons-bottom invisible"><div class="byline post-share-buttons goog-inline-block"><div
aria-owns="sharing-popup-Blog1-byline-6650193847261" class="sharing" data-title="${title}"><button aria-controls="sharing-popup-Blog1-byline-6650193847261"
aria-label="Share" class="sharing-button touch-icon-button" id="sharing-button-Blog1-byline-6650193847261" role="button"><div class="flat-icon-button
ripple">${svg('ic_share_black_24dp')}</div></button><div class="share-buttons-container"><ul aria-hidden="true" aria-label="Share" class="share-buttons
hidden" id="sharing-popup-Blog1-byline-6650193847261" role="menu">
${share
  .map(
    (s) => `<li><span aria-label="${s === 'Get link' ? s : `Share to ${s}`}"
class="sharing-platform-button sharing-element-${s.toLowerCase().replace(' ', '-')}"
data-href="https://www.blogger.example/share-post.g?blogID=1029384756&amp;postID=6650193847261&amp;target=${s}"
data-url="https://hilldays.blogspot.example/2025/01/corrie-dubh-bothy.html" role="menuitem" tabindex="-1" title="${s}"><svg
class="svg-icon-24 touch-icon sharing-${s}"><use xlink:href="/responsive/sprite_v1_6.css.svg#ic_24_${s}_dark"
xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg><span class="platform-sharing-text">${s}</span></span></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div></div>
<section class="comments threaded" data-embed="true" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">Comments</h3>
<div class="comments-content"><script async="async" src="" type="text/javascript"></script><div id="comment-holder"><div class="comment-thread
toplevel-thread"><ol id="top-ra">
${comment(
  comments[0]!,
  `<div class="comment-thread inline-thread" id="c7261-rt"><span class="thread-toggle thread-expanded"><span
class="thread-arrow"></span><span class="thread-count"><a target="_self">Replies</a></span></span><ol class="thread-chrome thread-expanded"
id="c7261-ra"><div>${comment(comments[1]!)}</div><div class="continue" id="c7261-continue"><a class="comment-reply" target="_self"
data-comment-id="7261">Reply</a></div></ol></div>`,
)}
${comment(comments[2]!)}
</ol><div class="continue" id="top-continue"><a class="comment-reply" target="_self">Add comment</a></div><div class="comment-replybox-thread" id="top-ce">
</div><div class="loadmore hidden" data-post-id="6650193847261"><a target="_self">Load more...</a></div></div></div></div>
<p class="comment-footer"></p><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4><p></p><a
href="https://www.blogger.example/comment/frame/1029384756?po=6650193847261&amp;hl=en-GB" id="comment-editor-src"></a><iframe
allowtransparency="allowtransparency"
class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src=""
width="100%"></iframe></div></section></div></article></div></div>
<div class="widget PopularPosts" data-version="2" id="PopularPosts1"><h3 class="title">Popular posts from this blog</h3><div class="widget-content
popular-posts"><div role="feed"><article class="post" role="article"><h3 class="post-title"><a href="https://hilldays.blogspot.example/2024/11/ten-things.html">
${popular[0]}</a></h3><div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><a class="timestamp-link"
href="https://hilldays.blogspot.example/2024/11/ten-things.html" rel="bookmark"><time class="published" datetime="2024-11-10T19:30:00Z">November 10, 2024</time>
</a></span></div></div><div class="container post-body entry-content"><div class="snippet-container r-snippet-container"><div class="snippet-item
r-snippetized">${popular[1]}</div></div></div><div class="post-footer"><div class="jump-link flat-button ripple"><a
href="https://hilldays.blogspot.example/2024/11/ten-things.html" title="${popular[0]}">Read more</a></div></div></article></div></div></div>
</div></main></div></div></div>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="navigation"><button class="svg-icon-24-button
flat-icon-button ripple sidebar-back">${svg('ic_arrow_back_black_24dp')}</button></div><div class="sidebar_top_wrapper"><div class="sidebar_top section"
id="sidebar_top" name="Sidebar (Top)"><div class="widget Profile" data-version="2" id="Profile1"><div class="wrapper solo"><div class="widget-content
individual"><a href="https://www.blogger.example/profile/0517" rel="nofollow"><img alt="My photo" class="profile-img" height="80"
src="//blogger.googleusercontent.example/img/b/profile.jpg" width="80"></a><div class="profile-info"><dl class="profile-datablock"><dt
class="profile-name"><a class="profile-link g-profile" href="https://www.blogger.example/profile/0517" rel="author nofollow">Calum Rennie</a></dt>
<dd class="profile-textblock">${bio}</dd></dl><a class="profile-link visit-profile" href="https://www.blogger.example/profile/0517" rel="author">Visit
profile</a></div></div></div></div></div></div><div class="sidebar_bottom section" id="sidebar_bottom"><div class="widget BlogArchive" data-version="2"
id="BlogArchive1"><details class="collapsible extendable"><summary><div class="collapsible-title"><h3 class="title">Archive</h3></div></summary>
<div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">
${archive
  .map(
    (y, i) => `<li class="archivedate"><div class="hierarchy-title"><a class="post-count-link"
href="https://hilldays.blogspot.example/${y}/">${y}</a><span class="post-count">${[14, 22, 19][i]}</span></div></li>`,
  )
  .join('\n')}
</ul></div></div></details></div><div class="widget Label" data-version="2" id="Label1"><details class="collapsible extendable"><summary><div
class="collapsible-title"><h3 class="title">Labels</h3></div></summary><div class="widget-content list-label-widget-content"><div class="first-items"><ul>
${labels.map((l) => `<li><a class="label-name" href="https://hilldays.blogspot.example/search/label/${encodeURIComponent(l)}">${l}</a></li>`).join('\n')}
</ul></div></div></details></div><div class="widget ReportAbuse" data-version="2" id="ReportAbuse1"><h3 class="title"><a class="report_abuse"
href="https://www.blogger.example/go/report-abuse" rel="noopener nofollow" target="_blank">Report Abuse</a></h3></div></div></aside>
<footer class="footer section" id="footer" name="Footer"><div class="widget Attribution" data-version="2" id="Attribution1"><div class="widget-content">
<div class="blogger"><a href="https://www.blogger.example" rel="nofollow">${svg('ic_post_blogger_black_24dp')}Powered by Blogger</a></div></div></div>
</footer></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/jsbin/1666805676-indie_compiled.js"></script>
<script type="text/javascript" src="https://www.blogger.example/static/v1/jsbin/cookienotice.js"></script>
<script type="text/javascript">cookieChoices.showCookieConsentBar('${cookie}', 'Ok', 'Learn more',
'https://policies.google.example/technologies/cookies');</script>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">${cookie}</span></div>
<div class="cookie-choices-buttons"><a class="cookie-choices-button" href="https://policies.google.example/technologies/cookies" target="_blank">Learn more</a>
<a id="cookieChoiceDismiss" class="cookie-choices-button" href="#">Ok</a></div></div>
</body></html>`;
const contempo: TestPage = {
  html,
  name: 'heldout143-blogger-contempo-blog',
  kind: 'blog',
  // the post title is the h3 under the blog name's h1; the post's own h3s are the headings; the "Posted by" author and the
  // date are bylines; the caption, labels, share menu, comments, popular posts and the sidebar are furniture
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, ...tips, ...p4]),
  bylines: ['Posted by Calum Rennie', 'January 19, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', blog, 'Walks, weather and wee stone huts in the Scottish hills', 'Search This Blog', caption, ...labels, ...share,
    'Comments', ...comments.flatMap((c) => [c.when, c.text]), 'Fiona Laird', 'Anonymous', 'Reply', 'Delete', 'Replies', 'Add comment', 'Load more...',
    'Post a Comment', 'Popular posts from this blog', ...popular, 'November 10, 2024', 'Read more', bio, 'Visit profile', 'Archive', ...archive, '14',
    'Labels', 'Report Abuse', 'Powered by Blogger', cookie, 'Learn more', 'Ok',
  ],
};

export const HELDOUT143_D: readonly TestPage[] = [contempo, typepadPost];
