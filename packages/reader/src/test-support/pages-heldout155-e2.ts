import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 155, file e2: a Blogger post with the Soho theme (skip link, the header widget with blog title and
 * description, the search widget with its hidden title, the page list tabs, the post title as an h3 (as Blogger's 2017
 * themes print it on item pages), the timestamp link, the post body with a Blogger image table and caption, the footer
 * with "Posted by", labels and the share menu (hidden platform names), the threaded comments with "Reply", "Add comment",
 * "Load more..." and "Post a Comment", the pager, the hidden sidebar with profile, archive, labels, "Report Abuse", the
 * attribution footer and the cookie notice).
 */
const blTitle = 'The forgotten tram depot on Ashby Road';
const blP1 = [
  'Most people who walk along Ashby Road today pass the long brick building behind the tyre fitters without a second glance. It ' +
    'has been a furniture warehouse, a snooker hall and, for one strange summer in the 1980s, a roller disco. But it was built ' +
    'in 1903 as the depot for the Thornbury and District Tramways, and for thirty years every tram in the town started and ' +
    'finished its day there.',
];
const blP2 = [
  'The company opened its first line, from the market place to the railway station, in May 1903. The depot held eight cars on ' +
    'four tracks, with a repair pit at the back and a small office for the inspectors. By 1912 there were fourteen cars and the ' +
    'building had been extended twice, which is why the brickwork on the east end does not quite match.',
  'If you stand across the road and look at the front, you can still see the outline of the four tall arched doors, bricked up ' +
    'now, and above them the stone panel where the company name was carved. It was chiselled off when the trams stopped, but on ' +
    'a low winter sun you can just make out the T of Thornbury.',
  'Inside, almost nothing survives from the tram years except the inspection pit, which was covered with boards when the ' +
    'warehouse moved in and rediscovered by the snooker club when they lifted the floor.',
];
const blP3 = [
  'The last tram ran on 30 September 1933, replaced by buses that were cheaper to run and did not need the road dug up. The ' +
    'rails were lifted the following spring. My grandfather, who was nine at the time, remembered crowds lining the route and the ' +
    'driver ringing the bell all the way back to the depot.',
  'I would love to hear from anyone who has photographs of the building from before the war, or who remembers it as a warehouse. ' +
    'Please leave a comment below or write to the society at the usual address.',
];
const blCaption = 'The depot in about 1910, with car number 6 outside. Thornbury Local History Society collection.';
const blNav = ['Home', 'About the Society', 'Walks', 'Publications'];
const blShare = ['Get link', 'Facebook', 'X', 'Pinterest', 'Email', 'Other Apps'];
const blLabels = ['Ashby Road', 'transport', 'trams'];
const blComments = [
  [
    'Jean Atherley',
    'March 5, 2026 at 7:14 AM',
    'My father worked there when it was Bancroft’s furniture store. I have a photograph of the staff outside in 1958 and will send it in.',
  ],
  ['Keith Marland', 'March 5, 2026 at 9:30 AM', 'Thank you Jean, that would be wonderful.'],
  ['Anonymous', 'March 6, 2026 at 10:02 PM', 'I went to the roller disco! Nobody believes me when I tell them where it was.'],
] as const;
const blArchive = ['March 2026', 'February 2026', 'January 2026'];
const blSideLabels = ['buildings', 'maps', 'people', 'schools', 'trams', 'transport'];
const blCookie = 'This site uses cookies from Google to deliver its services and to analyse traffic.';
const comment = ([n, d, t]: readonly [string, string, string], i: number): string => `<li class="comment" id="c${i}"><div class="avatar-image-container">
<img class="author-avatar" height="35" src="//resources.blogblog.example/img/blank.gif" width="35"></div><div class="comment-block"><div class="comment-header">
<cite class="user">${n === 'Anonymous' ? n : `<a href="https://www.blogger.com/profile/${i}" rel="nofollow">${n}</a>`}</cite><span class="icon
user${i === 1 ? ' blog-author' : ''}">
</span><span class="datetime secondary-text"><a rel="nofollow"
href="https://oldthornbury.blogspot.example/2026/03/ashby-road-tram-depot.html?showComment=${i}#c${i}">${d}</a>
</span></div><p class="comment-content">${t}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self"
data-comment-id="${i}">Reply</a>
<span class="item-control blog-admin blog-admin pid-1"><a target="_self" href="https://www.blogger.com/comment/delete/${i}">Delete</a></span></span></div>
<div class="comment-replies"></div><div class="comment-replybox-single" id="c${i}-ce"></div></li>`;
const blHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB"><head><meta content="width=device-width, initial-scale=1" name="viewport"><title>Old Thornbury: ${blTitle}</title>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator"><link
href="https://oldthornbury.blogspot.example/favicon.ico"
rel="icon" type="image/x-icon"><link href="https://oldthornbury.blogspot.example/2026/03/ashby-road-tram-depot.html" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="Old Thornbury - Atom" href="https://oldthornbury.blogspot.example/feeds/posts/default">
<meta content="${blTitle}" property="og:title"><meta content="https://oldthornbury.blogspot.example/2026/03/ashby-road-tram-depot.html" property="og:url">
<style id="page-skin-1" type="text/css">body.variant-soho_light{background-color:#f7f7f7}.post-title{font:400 32px Playfair Display,serif}</style>
<script type="text/javascript">(function(){window.BLOG_v2 = true;})();</script><link type="text/css" rel="stylesheet"
href="https://www.blogger.com/static/v1/widgets/widget_css_bundle.css">
</head><body class="version-1-3-3 variant-soho_light"><a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="page_body"><div class="centered"><header class="centered-top-container" role="banner"><div class="centered-top">
<button class="svg-icon-24-button hamburger-menu flat-icon-button ripple"><svg class="svg-icon-24"><use
xlink:href="/responsive/sprite_v1_6.css.svg#ic_menu_black_24dp"></use>
</svg></button><div class="blog-name container"><div class="container section" id="header" name="Header"><div class="widget Header" data-version="2"
id="Header1">
<div class="header-widget"><div><h1><a href="https://oldthornbury.blogspot.example/">Old Thornbury</a></h1></div><p>Notes and pictures from the Thornbury Local
History Society</p>
</div></div></div></div><div class="search"><button aria-label="Search" class="search-expand touch-icon-button"><div class="flat-icon-button ripple"><svg
class="svg-icon-24
search-expand-icon"><use xlink:href="/responsive/sprite_v1_6.css.svg#ic_search_black_24dp"></use></svg></div></button><div class="section" id="search_top"
name="Search (Top)">
<div class="widget BlogSearch" data-version="2" id="BlogSearch1"><h3 class="title">Search This Blog</h3><div class="widget-content" role="search"><form
action="https://oldthornbury.blogspot.example/search" target="_top"><div class="search-input"><input aria-label="Search this blog" autocomplete="off" name="q"
placeholder="Search this blog" value=""></div><input class="search-action flat-button" type="submit" value="Search"></form></div></div></div></div>
<nav role="navigation"><div class="clearboth section" id="page_list_top" name="Page List (Top)"><div class="widget PageList" data-version="2" id="PageList1">
<div class="widget-content"><div class="overflowable-container"><div class="overflowable-contents"><div class="container"><ul
class="tabs">${links(blNav, 'overflowable-item')}
</ul></div></div></div></div></div></div></nav></div></header>
<main class="centered-bottom" id="main" role="main" tabindex="-1"><div class="main section" id="page_body" name="Page Body"><div class="widget Blog"
data-version="2" id="Blog1">
<div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer"><div class="post">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting",
"mainEntityOfPage":{"@type":"WebPage","@id":"https://oldthornbury.blogspot.example/2026/03/ashby-road-tram-depot.html"},
"headline":"${blTitle}","datePublished":"2026-03-04T18:20:00Z","dateModified":"2026-03-04T18:41:12Z",
"author":{"@type":"Person","name":"Keith Marland"}}</script>
<a name="7712019"></a><h3 class="post-title entry-title">${blTitle}</h3><div class="post-share-buttons post-share-buttons-top invisible"></div>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><meta
content="https://oldthornbury.blogspot.example/2026/03/ashby-road-tram-depot.html">
<a class="timestamp-link" href="https://oldthornbury.blogspot.example/2026/03/ashby-road-tram-depot.html" rel="bookmark" title="permanent link"><time
class="published"
datetime="2026-03-04T18:20:00Z" title="2026-03-04T18:20:00Z">March 04, 2026</time></a></span></div></div>
<div class="post-body-container"><div class="post-body entry-content float-container" id="post-body-7712019">
<div style="text-align: left;">${blP1[0]}</div><div><br></div>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td
style="text-align: center;">
<a href="https://blogger.googleusercontent.example/img/b/R29v/depot-1910.jpg" style="margin-left: auto; margin-right: auto;"><img border="0"
data-original-height="900"
data-original-width="1400" height="412" src="https://blogger.googleusercontent.example/img/b/R29v/w640-h412/depot-1910.jpg" width="640"></a></td></tr><tr>
<td class="tr-caption" style="text-align: center;">${blCaption}</td></tr></tbody></table>
<h3 style="text-align: left;">A depot for eight cars</h3>
${blP2.map((p) => `<div style="text-align: left;">${p}</div><div><br></div>`).join('\n')}
<h3 style="text-align: left;">The last tram</h3>
${blP3.map((p) => `<div style="text-align: left;">${p}</div><div><br></div>`).join('\n')}
</div></div>
<div class="post-bottom"><div class="post-footer float-container"><div class="post-footer-line post-footer-line-1"><span class="byline post-author vcard">
<span class="byline-label">Posted by</span>
<span class="fn"><meta content="https://www.blogger.com/profile/0481"><a class="g-profile" href="https://www.blogger.com/profile/0481"
rel="author" title="author profile"><span>Keith Marland</span></a></span></span></div><div class="post-footer-line post-footer-line-2"><span class="byline
post-labels">
<span class="byline-label">Labels:</span>${blLabels
  .map(
    (t) => `<a href="https://oldthornbury.blogspot.example/search/label/${t}"
rel="tag">${t}</a>`,
  )
  .join('\n')}</span></div></div>
<div class="post-share-buttons post-share-buttons-bottom"><div class="byline post-share-buttons goog-inline-block"><div
aria-owns="sharing-popup-Blog1-byline-7712019"
class="sharing" data-title="${blTitle}"><button aria-controls="sharing-popup-Blog1-byline-7712019" aria-label="Share" class="sharing-button touchpad-button"
data-url="https://oldthornbury.blogspot.example/2026/03/ashby-road-tram-depot.html" title="Share"><svg class="svg-icon-24"><use
xlink:href="#ic_share_black_24dp"></use></svg>
</button><div class="share-buttons-container"><ul aria-hidden="true" aria-label="Share" class="share-buttons hidden" id="sharing-popup-Blog1-byline-7712019"
role="menu">
${blShare
  .map(
    (t) => `<li><span aria-label="Share to ${t}" class="sharing-platform-button" role="menuitem" tabindex="-1" title="Share to ${t}"><svg
class="svg-icon-24"></svg>
<span class="platform-sharing-text">${t}</span></span></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div>
<section class="comments threaded" data-embed="true" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">Comments</h3><div
class="comments-content">
<div class="comment-thread toplevel-thread"><ol id="top-ra">${blComments.map(comment).join('\n')}</ol><div class="continue" id="top-continue"><a
class="comment-reply"
target="_self">Add comment</a></div><div class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden" data-post-id="7712019"><a
target="_self">Load more...
</a></div></div></div><div class="footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4><a href=""
id="comment-editor-src"></a><iframe allowtransparency="allowtransparency" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0"
height="410px"
id="comment-editor" name="comment-editor" src="" width="100%"></iframe></div></div></section></div></div></article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="https://oldthornbury.blogspot.example/2026/03/mill-lane-school.html"
id="Blog1_blog-pager-newer-link"
title="Newer Post">Newer Post</a><a class="blog-pager-older-link" href="https://oldthornbury.blogspot.example/2026/02/town-maps.html"
id="Blog1_blog-pager-older-link"
title="Older Post">Older Post</a><a class="home-link" href="https://oldthornbury.blogspot.example/">Home</a></div></div></div></main></div></div>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="navigation"><button class="svg-icon-24-button flat-icon-button
ripple
sidebar-back"><svg class="svg-icon-24"></svg></button></div><div class="sidebar_top_wrapper"><div class="sidebar_top section" id="sidebar_top" name="Sidebar
(Top)">
<div class="widget Profile" data-version="2" id="Profile1"><div class="wrapper solo"><h3 class="title">Contributors</h3><div class="widget-content individual">
<a href="https://www.blogger.com/profile/0481" rel="nofollow"><img alt="My photo" class="profile-img" height="80"
src="//blogger.googleusercontent.example/profile.jpg"
width="80"></a><div class="profile-info"><dl class="profile-datablock"><dt class="profile-name"><a class="profile-link g-profile"
href="https://www.blogger.com/profile/0481"
rel="author">Keith Marland</a></dt></dl><a class="profile-link visit-profile" href="https://www.blogger.com/profile/0481" rel="author">Visit
profile</a></div></div></div></div></div>
</div><div class="sidebar_bottom section" id="sidebar_bottom" name="Sidebar (Bottom)"><div class="widget BlogArchive" data-version="2"
id="BlogArchive1"><details
class="collapsible extendable"><summary><div class="collapsible-title"><h3 class="title">Archive</h3></div></summary><div class="widget-content"><ul
class="hierarchy">
${links(blArchive, 'archivedate')}</ul></div></details></div><div class="widget Label" data-version="2" id="Label1"><details class="collapsible extendable">
<summary><div class="collapsible-title"><h3 class="title">Labels</h3></div></summary><div class="widget-content
list-label-widget-content"><ul>${links(blSideLabels)}</ul>
</div></details></div><div class="widget ReportAbuse" data-version="2" id="ReportAbuse1"><h3 class="title"><a class="report_abuse"
href="https://www.blogger.com/go/report-abuse"
rel="noopener noreferrer" target="_blank">Report Abuse</a></h3></div></div></aside>
<footer class="footer section" id="footer" name="Footer"><div class="widget Attribution" data-version="2" id="Attribution1"><div class="widget-content"><div
class="blogger">
<a href="https://www.blogger.com" rel="nofollow"><svg class="svg-icon-24"></svg>Powered by Blogger</a></div><div class="image-attribution">Theme images by
<a href="http://www.offset.com/photos/389967">Michael Elkan</a></div></div></div></footer></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">${blCookie}</span><span
class="cookie-choices-buttons">
<a class="cookie-choices-button" href="https://policies.google.com/technologies/cookies" target="_blank">Learn more</a><a id="cookieChoiceDismiss"
class="cookie-choices-button" href="#">Ok</a></span></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2349-widgets.js"></script></body></html>`;
export const bloggerSohoPost: TestPage = {
  html: blHtml,
  name: 'heldout155-blogger-soho-blog',
  kind: 'blog',
  // the post title is an h3 and the blog name the page's h1; the post's own h3s are its headings; the timestamp and
  // "Posted by" line are bylines; the caption (with its credit), labels, share menu, comments, pager, sidebar, attribution
  // and cookie notice are furniture
  title: blTitle,
  headings: ['A depot for eight cars', 'The last tram'],
  body: [...blP1, ...blP2, ...blP3],
  bylines: ['March 04, 2026', 'Posted by Keith Marland'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Old Thornbury', 'Notes and pictures from the Thornbury Local History Society', 'Search This Blog', ...blNav, blCaption,
    'Labels:', ...blLabels, ...blShare, 'Comments', ...blComments.flatMap(([n, d, t]) => (n === 'Keith Marland' ? [d, t] : [n, d, t])), 'Reply',
    'Delete', 'Add comment', 'Load more...', 'Post a Comment', 'Newer Post', 'Older Post', 'Contributors', 'Visit profile', 'Archive', ...blArchive,
    'Labels', 'buildings', 'maps', 'people', 'schools', 'Report Abuse', 'Powered by Blogger', 'Theme images by Michael Elkan', blCookie, 'Learn more', 'Ok',
  ],
};
