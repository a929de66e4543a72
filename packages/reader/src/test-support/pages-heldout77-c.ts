import { type TestPage, texts } from './page-kit.js';
import { pydataPage } from './pages-heldout77-c2.js';

/**
 * Held-out batch 77, file c: a Blogger (blogspot) post on the Notable theme (skip link, the back and search buttons, the
 * blog name as h1 in the header, the post title as h3, the timestamp, the post body with a "tr-caption" image table and
 * h3 subheadings, the "By" author line, "Labels:", the share menu ("Get link", "Facebook", ... "Other Apps"), threaded
 * comments with "Replies", "Reply", "Delete", "Add comment" and "Load more...", "Post a Comment", the newer/older pager,
 * "Popular posts from this blog" with snippets and "Read more", the sidebar profile, archive, labels with counts and
 * "Report Abuse", the attribution footer and Blogger's cookie bar), and a Sphinx PyData-theme docs page (file c2).
 */
const bgTitle = 'Why my rye starter stopped rising (and how I got it back)';
const bgP1 = [
  'For three years my rye starter, Gunnar, has been the most reliable thing in my kitchen. I feed him once a day, he ' +
    'doubles in about six hours, and he has survived two house moves and a week in the fridge while I was away. Then, ' +
    'at the start of January, he simply stopped rising.',
  'He still smelled sour and still had a few bubbles on top, but he would barely grow by a third, and the loaves I baked ' +
    'with him came out dense and gummy in the middle. After two weeks of trying things at random, I finally worked out ' +
    'what had happened, so I am writing it down in case it helps someone else.',
];
const bgH = ['What I tried first', 'The real problem: a cold kitchen', 'What I do now'];
const bgP2 = [
  'My first thought was the flour. I had just opened a new sack of wholemeal rye from a different mill, and rye flours ' +
    'can vary a lot in how much they absorb. I went back to the old brand for a week. Nothing changed.',
  'Next I suspected the water. Our town had sent a letter about changes at the treatment works, and chlorine can slow a ' +
    'starter down. I left the water out overnight before using it, then tried bottled water. Still nothing.',
];
const bgP3 = [
  'It was only when I put a thermometer on the counter that I saw it. Since we had a new boiler fitted in December, the ' +
    'heating switches off at nine in the evening instead of eleven, and the kitchen drops to about 15°C overnight. My ' +
    'starter had been sitting in the cold for most of its feeding cycle.',
  'Rye starters are more sensitive to temperature than wheat ones, because the bacteria that make them sour carry on ' +
    'working in the cold while the yeast slows right down. So the starter got more and more acidic but had less and less ' +
    'lift. That matched everything I was seeing.',
];
const bgP4 = ['It took about five days to get Gunnar back to full strength. This is the routine I use now:'];
const bgList = [
  'Feed in the morning rather than at night, so the warmest part of the day is the rising time.',
  'Use water at about 30°C for the feed.',
  'Keep the jar in the oven with only the light switched on if the kitchen is below 20°C.',
  'Discard more than usual for a few days (I kept only 10 g and fed it 50 g flour and 50 g water) to bring the acidity down.',
];
const bgP5 = [
  'By the fourth day he was doubling again in seven hours, and the loaf I baked on the weekend had an open, even crumb. ' +
    'Next time the heating changes, I will check the thermometer before I blame the flour.',
];
const bgCaption = 'Gunnar on day five, back to doubling in seven hours';
const bgShare = ['Get link', 'Facebook', 'X', 'Pinterest', 'Email', 'Other Apps'];
const bgLabels = ['rye', 'sourdough', 'troubleshooting'];
const bgComments: [string, string, string, boolean][] = [
  ['Marta K.', 'February 17, 2025 at 6:12 AM', 'Same thing happened to mine in a rented flat with storage heaters. The oven-light trick is brilliant.', false],
  [
    'Tessa Lindgren',
    'February 17, 2025 at 8:40 AM',
    'Thank you Marta! It really does make a difference, just remember to take the jar out before preheating.',
    true,
  ],
  ['Owen Bright', 'February 19, 2025 at 9:03 PM', 'Do you think this would work for a spelt starter as well, or are they less fussy?', false],
];
const bgPolicy = 'Comments are moderated, so it may take a day for yours to appear. Thanks for reading!';
const bgPopular: [string, string, string][] = [
  ['How to make a rye starter from scratch', 'March 02, 2022', 'Everything you need is flour, water and about a week of patience. Here is the day-by-day…'],
  ['Danish rugbrød for beginners', 'October 11, 2023', 'This is the dense seeded rye bread I grew up with, and it is much easier than it looks…'],
];
const bgBio = 'Home baker in a cold northern kitchen. I write about rye, sourdough and the loaves that did not work.';
const bgArchive: [string, string][] = [
  ['2025', '4'],
  ['2024', '19'],
  ['2023', '23'],
];
const bgLabelCounts: [string, string][] = [
  ['bread', '31'],
  ['rye', '14'],
  ['sourdough', '22'],
  ['troubleshooting', '6'],
];
const bgCookie = 'This site uses cookies from Google to deliver its services and to analyze traffic.';
const bgComment = ([n, d, t, own]: [string, string, string, boolean], i: number): string => `<li class="comment" id="c81${i}">
<div class="avatar-image-container"><img class="author-avatar" height="35" src="//resources.blogblog.com/img/blank.gif" width="35"></div>
<div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/0${i}" rel="nofollow">${n}</a></cite>
<span class="icon user ${own ? 'blog-author' : ''}"></span><span class="datetime secondary-text"><a rel="nofollow"
href="https://crumbandcrust.blogspot.com/2025/02/rye-starter.html?showComment=173977${i}#c81${i}">${d}</a></span></div>
<p class="comment-content">${t}</p><span class="comment-actions secondary-text"><a class="comment-reply" data-comment-id="81${i}" target="_self">Reply</a>
<span class="item-control blog-admin blog-admin pid-1290"><a target="_self"
href="https://www.blogger.com/comment/delete/81${i}">Delete</a></span></span></div>`;
const bgPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const bgHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<title>${bgTitle}</title><meta content="blogger" name="generator"><link href="https://crumbandcrust.blogspot.com/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://crumbandcrust.blogspot.com/2025/02/rye-starter.html" rel="canonical">
<meta content="${bgP1[0]!.slice(0, 120)}" name="description"><meta content="${bgTitle}" property="og:title">
<style id="page-skin-1" type="text/css">body{font:15px Lato, sans-serif;background:#fdfaf3}</style>
<script type="text/javascript">(function(){var a=window;a._gaq=a._gaq||[];})();</script></head>
<body class="version-1-3-3 variant-indie_light">
<a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="page_body"><div class="main-page-body-content"><div class="centered-top-placeholder"></div>
<header class="centered-top-container" role="banner"><div class="centered-top"><a class="return_link" href="https://crumbandcrust.blogspot.com/">
<button class="svg-icon-24-button back-button rtl-reversible-icon flat-icon-button ripple"><svg class="svg-icon-24"><use
xlink:href="/responsive/sprite_v1_6.css.svg#ic_arrow_back_black_24dp"></use></svg></button></a>
<div class="search"><button aria-label="Search" class="search-expand touch-icon-button"><div class="flat-icon-button ripple"><svg class="svg-icon-24
search-expand-icon">
<use xlink:href="/responsive/sprite_v1_6.css.svg#ic_search_black_24dp"></use></svg></div></button>
<div class="section" id="search_top" name="Search (Top)"><div class="widget BlogSearch" data-version="2" id="BlogSearch1"><h3 class="title">Search This
Blog</h3>
<div class="widget-content" role="search"><form action="https://crumbandcrust.blogspot.com/search" target="_top"><div class="search-input">
<input aria-label="Search this blog" autocomplete="off" name="q" placeholder="Search this blog" value=""></div></form></div></div></div></div>
<div class="blog-name"><div class="section" id="header" name="Header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget">
<div><h1><a href="https://crumbandcrust.blogspot.com/">Crumb &amp; Crust</a></h1></div><p>Rye, sourdough and other slow breads</p></div></div></div></div>
</div></header>
<main class="centered-bottom" id="main" role="main" tabindex="-1"><div class="main section" id="page_body" name="Page body">
<div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer">
<div class="post"><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://crumbandcrust.blogspot.com/2025/02/rye-starter.html"},"headline":"${bgTitle}","datePublished":"2025-02-16T09:30:00-00:00",
"author":{"@type":"Person","name":"Tessa Lindgren"}}</script>
<a name="6521904431120556702"></a><h3 class="post-title entry-title">${bgTitle}</h3>
<div class="post-share-buttons post-share-buttons-top invisible"></div><div class="post-header"><div class="post-header-line-1">
<span class="byline post-timestamp"><meta content="https://crumbandcrust.blogspot.com/2025/02/rye-starter.html"><a class="timestamp-link"
href="https://crumbandcrust.blogspot.com/2025/02/rye-starter.html" rel="bookmark" title="permanent link"><time class="published" datetime="2025-02-16T09:30:00Z"
title="2025-02-16T09:30:00Z">February 16, 2025</time></a></span></div></div>
<div class="post-body-container"><div class="post-body entry-content float-container" id="post-body-6521904431120556702">
${bgPs(bgP1)}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td
style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh4qk/s1600/gunnar.jpg" style="margin-left: auto; margin-right:
auto;"><img border="0" data-original-height="1200" data-original-width="900" height="400"
src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh4qk/s400/gunnar.jpg"
width="300"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${bgCaption}</td></tr></tbody></table>
<h3>${bgH[0]}</h3>
${bgPs(bgP2)}
<h3>${bgH[1]}</h3>
${bgPs(bgP3)}
<h3>${bgH[2]}</h3>
${bgPs(bgP4)}
<ol>${bgList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${bgPs(bgP5)}
</div></div>
<div class="post-bottom"><div class="post-footer float-container"><div class="post-footer-line post-footer-line-1"><span class="byline post-author vcard">
<span class="byline-label">By</span><span class="fn"><meta content="https://www.blogger.com/profile/0413"><a class="g-profile"
href="https://www.blogger.com/profile/0413" rel="author" title="author profile"><span>Tessa Lindgren</span></a></span></span></div>
<div class="post-footer-line post-footer-line-2"><span class="byline post-labels"><span class="byline-label">Labels:</span>
${bgLabels.map((l) => `<a href="https://crumbandcrust.blogspot.com/search/label/${l}" rel="tag">${l}</a>`).join('\n')}</span></div>
<div class="post-footer-line post-footer-line-3"></div></div>
<div class="post-share-buttons post-share-buttons-bottom invisible"><div class="byline post-share-buttons goog-inline-block">
<div aria-owns="sharing-popup-Blog1-byline-65219" class="sharing" data-title="${bgTitle}"><button aria-controls="sharing-popup-Blog1-byline-65219"
aria-label="Share" class="sharing-button touch-icon-button" id="sharing-button-Blog1-byline-65219" role="button"><div class="flat-icon-button ripple">
<svg class="svg-icon-24"><use xlink:href="/responsive/sprite_v1_6.css.svg#ic_share_black_24dp"></use></svg></div></button>
<span class="share-buttons-container"><ul aria-hidden="true" class="share-buttons hidden" id="sharing-popup-Blog1-byline-65219" role="menu">
${bgShare
  .map(
    (s) => `<li><span aria-label="Share to ${s}" class="sharing-platform-button sharing-element-${s.toLowerCase()}" role="menuitem" tabindex="-1"
title="Share to ${s}"><svg class="svg-icon-24 touch-icon"></svg><span class="platform-sharing-text">${s}</span></span></li>`,
  )
  .join('\n')}</ul></span></div></div></div></div>
<section class="comments threaded" data-embed="true" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">Comments</h3>
<div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
${bgComment(bgComments[0]!, 0)}<div class="comment-replies"><div class="comment-thread inline-thread" id="c810-rt"><span class="thread-toggle thread-expanded">
<span class="thread-arrow"></span><span class="thread-count"><a target="_self">Replies</a></span></span><ol class="thread-chrome thread-expanded" id="c810-ra">
<div>${bgComment(bgComments[1]!, 1)}</li></div><div class="continue" id="c810-continue"><a class="comment-reply" data-comment-id="810"
target="_self">Reply</a></div>
</ol></div></div><div class="comment-replybox-single" id="c810-ce"></div></li>
${bgComment(bgComments[2]!, 2)}</li></ol><div class="continue" id="top-continue"><a class="comment-reply" target="_self">Add comment</a></div>
<div class="loadmore hidden" data-post-id="6521904431120556702"><a target="_self">Load more...</a></div></div></div></div>
<p class="comment-footer"></p><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a
Comment</h4><div><p>${bgPolicy}</p></div>
<a href="https://www.blogger.com/comment/frame/1290?po=65219&amp;hl=en-GB" id="comment-editor-src"></a><iframe allowtransparency="allowtransparency"
class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" width="100%"></iframe>
</div></section></div></div></article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link flat-button ripple" href="/2025/03/spelt.html"
id="Blog1_blog-pager-newer-link" title="Newer Post">Newer Post</a><a class="blog-pager-older-link flat-button ripple" href="/2025/01/rugbrod.html"
id="Blog1_blog-pager-older-link" title="Older Post">Older Post</a></div></div>
<div class="widget PopularPosts" data-version="2" id="PopularPosts1"><h3 class="title">Popular posts from this blog</h3><div class="widget-content">
${bgPopular
  .map(
    ([t, d, s], i) => `<div role="feed"><article class="post" role="article"><div class="post-content"><a class="post-content-link" href="/popular-${i}.html">
<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><time>${d}</time></span></div></div>
<h3 class="post-title">${t}</h3><div class="post-snippet snippet-container r-snippet-container"><div class="snippet-item
r-snippetized">${s}</div></div></a></div>
<div class="jump-link flat-button ripple"><a href="/popular-${i}.html" title="${t}">Read more</a></div></article></div>`,
  )
  .join('\n')}</div></div></div></main></div></div>
<footer class="footer section" id="footer" name="Footer"><div class="widget Attribution" data-version="2" id="Attribution1"><div class="blogger">
<a href="https://www.blogger.com" rel="nofollow"><svg class="svg-icon-24"></svg>Powered by Blogger</a></div>
<div class="image-attribution">Theme images by <a href="http://www.offset.com/photos/394244">Michael Elkan</a></div></div></footer></div>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="navigation"><button class="svg-icon-24-button flat-icon-button
ripple
sidebar-back"><svg class="svg-icon-24"></svg></button></div><div class="sidebar_top_wrapper"><div class="sidebar_top section" id="sidebar_top" name="Sidebar
(Top)">
<div class="widget Profile" data-version="2" id="Profile1"><div class="wrapper solo"><h3 class="title">About Me</h3><div class="widget-content individual">
<a href="https://www.blogger.com/profile/0413" rel="nofollow"><img class="profile-img" height="113" src="//blogger.googleusercontent.com/img/p.jpg"
width="113"></a>
<div class="profile-info"><dl class="profile-datablock"><dt class="profile-name"><a class="profile-name-link g-profile"
href="https://www.blogger.com/profile/0413"
rel="author">Tessa Lindgren</a></dt><dd class="profile-textblock">${bgBio}</dd></dl><a class="profile-link visit-profile"
href="https://www.blogger.com/profile/0413" rel="author">Visit profile</a></div></div></div></div></div></div>
<div class="sidebar_bottom section" id="sidebar_bottom" name="Sidebar (Bottom)"><div class="widget BlogArchive" data-version="2" id="BlogArchive1">
<details class="collapsible extendable" open><summary><div class="collapsible-title"><h3 class="title">Archive</h3></div></summary><div class="widget-content">
<div id="ArchiveList"><div id="BlogArchive1_ArchiveList"><ul class="hierarchy">${bgArchive
  .map(
    ([y, n]) => `<li class="archivedate"><div class="hierarchy-title"><a class="post-count-link" href="/${y}/">${y}</a>
<span class="post-count-wrapper"><span class="post-count">${n}</span></span></div></li>`,
  )
  .join('')}</ul></div></div></div></details></div>
<div class="widget Label" data-version="2" id="Label1"><details class="collapsible extendable" open><summary><div class="collapsible-title"><h3
class="title">Labels</h3>
</div></summary><div class="widget-content list-label-widget-content"><ul>${bgLabelCounts
  .map(
    ([l, n]) => `<li><a class="label-name" href="/search/label/${l}">
${l}
<span class="label-count">${n}</span></a></li>`,
  )
  .join('')}</ul></div></details></div>
<div class="widget ReportAbuse" data-version="2" id="ReportAbuse1"><h3 class="title"><a class="report_abuse" href="https://www.blogger.com/go/report-abuse"
rel="noopener nofollow" target="_blank">Report Abuse</a></h3></div></div></aside>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">${bgCookie}</span>
<span class="cookie-choices-buttons"><a class="cookie-choices-button" href="https://policies.google.com/technologies/cookies" target="_blank">Learn more</a>
<a id="cookieChoiceDismiss" class="cookie-choices-button" href="#">Ok, Got it</a></span></div></div>
<script src="https://www.blogger.com/static/v1/widgets/2458163478-widgets.js" type="text/javascript"></script></body></html>`;
const bloggerPost: TestPage = {
  html: bgHtml,
  name: 'heldout77-blogger-notable-baking-blog',
  kind: 'blog',
  // the post title is the theme's h3 (the blog name is the h1 of the header); "By" is in neither list; the reader
  // comments (and the author's reply among them) are furniture; the labels "rye", "sourdough" and "troubleshooting" are
  // body words but stand alone in the labels line and the labels widget, so they are furniture
  title: bgTitle,
  headings: bgH,
  body: [...texts(bgP1), ...texts(bgP2), ...texts(bgP3), ...bgP4, ...bgList, ...bgP5],
  bylines: ['February 16, 2025', 'Tessa Lindgren'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search This Blog', 'Crumb & Crust', 'Rye, sourdough and other slow breads', bgCaption, 'Labels:', ...bgLabels, ...bgShare,
    'Comments', 'Marta K.', 'Owen Bright', ...bgComments.map((c) => c[1]), ...bgComments.map((c) => c[2]), 'Reply', 'Delete', 'Replies', 'Add comment',
    'Load more...', 'Post a Comment', bgPolicy, 'Newer Post', 'Older Post', 'Popular posts from this blog', ...bgPopular.flat(), 'Read more',
    'Powered by Blogger', 'Theme images by Michael Elkan', 'About Me', bgBio, 'Visit profile', 'Archive', ...bgArchive.flat(), 'Labels', 'bread',
    '31', '14', '22', '6', 'Report Abuse', bgCookie, 'Learn more', 'Ok, Got it',
  ],
};

export const HELDOUT77_C: readonly TestPage[] = [bloggerPost, pydataPage];
