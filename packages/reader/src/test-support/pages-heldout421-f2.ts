import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file f2: a first-ascent report on a personal Blogger blog (Simple theme: the navbar iframe stand-in, the
 * blog title h1 and description, the date header, the post title in an h3 as Blogger writes it, the post footer with "Posted by",
 * time, labels and share links, reader comments, older / newer links, the profile, archive and blog list gadgets, the
 * attribution gadget). The post's h3 is the title; the blog's h1 is furniture.
 */
const faTitle = 'First ascent: The Salt Road (E4 6a), Penmorva Head';
const faHeads = ['Cleaning and inspecting', 'The lead', 'Description'];
const faIntro = [
  j(
    'I first noticed the line in the autumn of 2024, while abseiling in to the zawn at Penmorva Head to look at something else',
    'entirely. Right of the big black corner there is a thin, wandering crack system that fades out halfway up the wall and',
    'then reappears as a proper flake below the top. I could not find any record of it in the guidebook or the new routes',
    'book, and nobody I asked had tried it.',
  ),
];
const faClean = [
  j(
    'The lower wall was clean, as the sea scours it every winter, but the upper flake was full of thrift and loose blocks. It took',
    'two sessions on a static rope to clean it, and I removed one block about the size of a microwave that would have ended',
    'the route, and possibly me, on the first attempt.',
  ),
  j(
    'I top-roped the line twice on the second day. The climbing is never desperate, but the blank section in the middle is',
    'a long way above the last good gear and needs a committing rockover on a sloping hold. The rest goes at a steady 5c.',
  ),
];
const faLead = [
  j(
    'Ffion Carrow came down to belay on a calm evening in early June, with the tide well out and the rock dry and warm. I placed',
    'two small cams in the horizontal break at ten metres and a very good wire just above, then stepped left into the blank',
    'section. The rockover went first time, and after that it was just a matter of keeping it together on the flake.',
  ),
  j('Ffion seconded it cleanly and agreed with the grade. We named it The Salt Road after the old track the fishwives used', 'along the top of the headland.'),
];
const faDescr = [
  'The Salt Road, E4 6a, 32 m. Paul Arnison, Ffion Carrow, 6 June 2026.',
  j(
    'Start three metres right of the black corner. Climb the thin crack to a horizontal break (small cams). Step left and make a',
    'bold move up the blank wall to reach the base of the flake, then follow it to the top. Belay on stakes well back.',
  ),
];
const faComments: [string, string, string][] = [
  ['Gwen Tallis', '8 June 2026 at 21:40', 'Brilliant, I looked at that line years ago and decided it was a choss pile. Well done for the cleaning!'],
  ['Anonymous', '9 June 2026 at 07:12', 'Is the abseil stake still there from the old route to the left?'],
  ['Paul Arnison', '9 June 2026 at 09:30', 'It is, but it is rusting badly. Back it up or bring your own.'],
];
const faLabels = ['first ascents', 'Cornwall', 'sea cliffs'];
const faArchive = ['June 2026 (2)', 'May 2026 (3)', 'April 2026 (1)', '2025 (14)'];
const faBlogs = ['Zawn Diaries', 'The Wet Rock Report', 'Granite and Gorse'];
const faHtml = `<!DOCTYPE html><html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://slackwaterlog.blogspot.example/2026/06/first-ascent-salt-road.html" rel="canonical">
<title>Slack Water: ${faTitle}</title><meta content="${faTitle}" property="og:title">
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/widget_css_bundle.css">
<script type="text/javascript">window.blogger=window.blogger||{};_WidgetManager._Init("//www.blogger.example/rearrange?blogID=881",
"//slackwaterlog.blogspot.example/2026/06/first-ascent-salt-road.html","881");</script></head>
<body class="loading variant-simplysimple"><div class="navbar no-items section" id="navbar"></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="region-inner header-inner">
<div class="header section" id="header">
<div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title">
<a href="https://slackwaterlog.blogspot.example/">Slack Water</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Sea cliffs,
new routes and too much driving</span></p></div></div></div></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main">
<div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header">
<span>Sunday, 7 June 2026</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost"
itemscope="itemscope" itemtype="http://schema.org/BlogPosting"><meta content="881" itemprop="blogId"><a name="5521"></a>
<h3 class="post-title entry-title" itemprop="name">${faTitle}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-5521" itemprop="description articleBody">${ps(faIntro)}
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.example/salt-road.jpg"><img border="0"
src="https://blogger.googleusercontent.example/s640/salt-road.jpg" width="480"></a></div>
<table align="center" class="tr-caption-container"><tbody><tr><td class="tr-caption">Ffion on the flake, second ascent two days later</td></tr></tbody></table>
<h4>${faHeads[0]}</h4>${ps(faClean)}<h4>${faHeads[1]}</h4>${ps(faLead)}<h4>${faHeads[2]}</h4>${ps(faDescr)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author"
itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">Paul Arnison</span></span></span>
<span class="post-timestamp">at <a class="timestamp-link" href="#" rel="bookmark"><abbr class="published" title="2026-06-07T20:14:00+01:00">20:14</abbr>
</a></span>
<span class="post-comment-link"></span></div><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email"
href="#" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="share-button sb-blog" href="#" title="BlogThis!">
<span class="share-button-link-text">BlogThis!</span></a><a class="share-button sb-twitter" href="#"><span class="share-button-link-text">Share to X</span></a>
<a class="share-button sb-facebook" href="#"><span class="share-button-link-text">Share to Facebook</span></a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels:
${faLabels.map((l) => `<a href="/search/label/${l}" rel="tag">${l}</a>`).join(',\n')}</span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>3 comments:</h4><div class="comments-content"><div id="comment-holder">
<div class="comment-thread toplevel-thread"><ol id="top-ra">${faComments
  .map(
    ([w, d, t], i) => `<li class="comment" id="c${i}"><div class="comment-block">
<div class="comment-header"><cite class="user">${w}</cite><span class="icon user"></span><span class="datetime secondary-text">
<a rel="nofollow" href="#c${i}">${d}</a>
</span></div><p class="comment-content">${t}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a>
</span></div></li>`,
  )
  .join('\n')}</ol></div></div></div><p class="comment-footer"><a href="#" onclick="">Post a Comment</a></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="#" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" data-version="1" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data">
<a class="profile-name-link g-profile" href="#">Paul Arnison</a></dt><dd class="profile-textblock">Cornish sea cliff climber, part-time bird surveyor.</dd></dl>
<a class="profile-link" href="#" rel="author">View my complete profile</a></div></div>
<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content">
<ul class="hierarchy">${links(faArchive, 'archivedate')}</ul>
</div></div><div class="widget BlogList" data-version="1" id="BlogList1"><h2 class="title">Blogs I read</h2><div class="widget-content">
<ul>${links(faBlogs)}</ul>
</div></div></div></aside></div></div></div></div>
<footer><div class="footer-outer"><div class="widget Attribution" data-version="1" id="Attribution1"><div class="widget-content" style="text-align: center;">
Simple theme. Powered by <a href="https://www.blogger.example" target="_blank">Blogger</a>.</div></div></div></footer></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/widgets.js"></script></body></html>`;
export const faBlog: TestPage = {
  name: 'heldout421-blogger-first-ascent-blog',
  kind: 'blog',
  html: faHtml,
  title: faTitle,
  headings: faHeads,
  body: texts([...faIntro, ...faClean, ...faLead, ...faDescr]),
  bylines: ['Sunday, 7 June 2026', 'Posted by', '20:14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Slack Water', 'Sea cliffs, new routes and too much driving', 'Ffion on the flake, second ascent two days later', 'Email This', 'BlogThis!',
    'Share to X', 'Share to Facebook', 'Labels:', ...faLabels, '3 comments:', 'Gwen Tallis', 'Anonymous', ...faComments.flatMap((c) => [c[1], c[2]]),
    'Reply', 'Post a Comment', 'Newer Post', 'Older Post', 'Home', 'Subscribe to:', 'Post Comments (Atom)', 'About Me',
    'Cornish sea cliff climber, part-time bird surveyor.', 'View my complete profile', 'Blog Archive', ...faArchive, 'Blogs I read', ...faBlogs,
    'Simple theme. Powered by Blogger.',
  ],
};
