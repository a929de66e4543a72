import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 18, file b2: a Blogger post on a modern Contempo-style template (blog header with description, page
 * list, the post in div.post-outer with post-title, post-body entry-content, "Posted by ... at ..." footer line, labels,
 * "Share" menu, "Newer Post Older Post Home" pager, a comments block with threaded comments, "Reply" and "Delete" links,
 * sidebar widgets: profile, blog archive, labels, popular posts, "Powered by Blogger", report abuse).
 */
const bgTitle = 'Restoring a 1962 Olivetti Lettera 22, part two: the carriage';
const bgBody = [
  'Last time I left the Lettera with a clean body and a ribbon that finally moved. This week it was the carriage, which had been ' +
    'skipping two or three spaces at a time whenever I typed faster than a hunt-and-peck pace.',
  'The culprit turned out to be the escapement, the small star wheel and pawl that lets the carriage move exactly one step per key. ' +
    'Sixty years of dust and dried oil had turned into a brown varnish on the teeth, and the pawl was sliding over them instead of catching.',
  'I took the carriage off, which on this model means removing four screws under the paper table and unhooking the draw band. ' +
    'Take a photograph of the draw band before you touch it. I did not, and spent an evening working out which way it winds.',
  'The escapement went into a jar of naphtha for an hour and came out looking new. I dried it with a hair dryer on the cool setting ' +
    'and put back a single drop of light oil on the pivot, nowhere else.',
  'With the carriage back on, the skipping has stopped completely. The margin stops still need adjusting, and the bell rings a good ' +
    'six characters too late, which will be next week’s job.',
  'If you are working on one of these, the things I would buy are:',
];
const bgList = ['a set of flat-blade screwdrivers ground thin at the tip', 'naphtha or lighter fluid, not WD-40', 'a small brass brush', 'patience'];
const bgLabels = ['Olivetti', 'restoration', 'typewriters'];
const bgComments = [
  { who: 'Marguerite L.', when: 'November 17, 2025 at 9:14 PM', text: 'The photograph tip is gold. I lost a whole weekend to a draw band on a Hermes Baby.' },
  {
    who: 'typebarTom',
    when: 'November 18, 2025 at 6:02 AM',
    text: 'For the bell, check the little tab on the right margin stop. On mine it had been bent by a previous owner.',
  },
  { who: 'Aldo Ferri', when: 'November 18, 2025 at 8:40 PM', text: 'Thanks Tom, that is exactly where I will start.' },
];
const bgPages = ['Home', 'My typewriters', 'Parts and suppliers', 'Contact'];
const bgArchive = ['► 2025 (14)', '▼ November (3)', '► October (4)', '► September (2)', '► 2024 (21)'];
const bgArchPosts = ['Restoring a 1962 Olivetti Lettera 22, part one', 'A Smith-Corona from a house clearance'];
const bgLabelCloud = ['Hermes', 'Olympia', 'Smith-Corona', 'ribbons', 'typewriters for sale'];
const bgPopular = ['Where to buy typewriter ribbons in 2025', 'Why I type my first drafts'];
const bgHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB"><head><meta content="blogger" name="generator"><title>Typebars and Tea: ${bgTitle}</title>
<link href="https://www.blogger.example/feeds/2718281828/posts/default" rel="alternate" title="Typebars and Tea - Atom" type="application/atom+xml">
<script type="text/javascript">(function() { var a=window,c="performance"; window.blogger_blog_id="2718281828"; })();</script>
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/3950009988-widget_css_bundle.css"></head>
<body class="version-1-3-3 variant-indie_light"><div class="page"><div class="bg-photo-overlay"></div>
<div class="centered"><header class="centered-top-container sticky" role="banner"><div class="centered-top"><div class="blog-name container">
<div class="section" id="header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget">
<h1><a href="https://typebarsandtea.blogspot.example/">Typebars and Tea</a></h1><p>Old typewriters, patiently brought back to life.</p></div></div></div></div>
<nav role="navigation"><div class="widget PageList" id="PageList1"><ul class="tabs">${links(bgPages, 'overflowable-item')}</ul></div></nav>
<div class="search"><form action="https://typebarsandtea.blogspot.example/search"><input name="q" placeholder="Search this blog" type="text"></form></div>
</div></header>
<main class="centered-bottom" id="main" role="main"><div class="main section" id="page_body"><div class="widget Blog" id="Blog1">
<div class="blog-posts hfeed container">
<article class="post-outer-container"><div class="post-outer"><div class="post">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting",
"headline":"${bgTitle}","datePublished":"2025-11-16T19:30:00Z","author":{"@type":"Person","name":"Aldo Ferri"}}</script>
<a name="4471802266"></a><h3 class="post-title entry-title">${bgTitle}</h3>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp">
<meta content="https://typebarsandtea.blogspot.example/2025/11/olivetti-2.html">
<a class="timestamp-link" href="/2025/11/olivetti-2.html" rel="bookmark"><time class="published" datetime="2025-11-16T19:30:00Z">November 16, 2025</time>
</a></span></div></div>
<div class="post-body entry-content float-container" id="post-body-4471802266">
<div class="separator" style="clear: both;"><a href="https://blogger.googleusercontent.example/img/b/R29v/s1600/escapement.jpg" style="display: block;">
<img border="0" height="300" src="https://blogger.googleusercontent.example/img/b/R29v/s400/escapement.jpg" width="400"></a></div>
${ps(bgBody)}
<ul>${bgList.map((l) => `<li>${l}</li>`).join('')}</ul>
</div>
<div class="post-bottom"><div class="post-footer float-container"><div class="post-footer-line post-footer-line-1">
<span class="byline post-author vcard"><span class="byline-label">Posted by</span> <span class="fn">
<a href="https://www.blogger.example/profile/0912" rel="author">Aldo Ferri</a></span></span>
<span class="byline post-timestamp">at <a class="timestamp-link" href="/2025/11/olivetti-2.html">
<abbr class="published" title="2025-11-16T19:30:00Z">7:30 PM</abbr></a></span>
<span class="byline post-comment-link"><a class="comment-link" href="#comments">3 comments</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="byline post-labels"><span class="byline-label">Labels:</span>
${bgLabels.map((l) => `<a href="/search/label/${l}" rel="tag">${l}</a>`).join(', ')}</span></div>
<div class="post-share-buttons post-share-buttons-bottom"><div class="byline post-share-buttons goog-inline-block">
<button class="share-button sharing-button">Share</button>
<ul class="share-buttons"><li><a href="#" class="share-link" data-url="x">Get link</a></li><li><a class="share-link" href="#">Facebook</a></li>
<li><a class="share-link" href="#">Email</a></li><li><a class="share-link" href="#">Other Apps</a></li></ul></div></div></div></div></div>
<section class="comments threaded" id="comments"><a name="comments"></a><h3 class="title">Comments</h3><div class="comments-content">
<ol id="top-ra">${bgComments
  .map(
    (c, i) => `<li class="comment" id="c${i}"><div class="comment-block"><div class="comment-header">
<cite class="user">${c.who}</cite>
<span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c${i}">${c.when}</a></span></div>
<p class="comment-content">${c.text}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a>
<span class="item-control blog-admin"><a target="_self" href="/delete-comment.g?postID=${i}">Delete</a></span></span></div></li>`,
  )
  .join('\n')}</ol>
<div class="comment-footer"><div class="comment-form"><p>Add comment</p><a name="comment-form"></a><p>Load more...</p></div></div></div></section>
</div></article>
<div class="blog-pager container" id="blog-pager">
<a class="blog-pager-newer-link" href="/2025/11/typewriter-ribbons.html" id="Blog1_blog-pager-newer-link">Newer Post</a>
<a class="blog-pager-older-link" href="/2025/11/olivetti-1.html" id="Blog1_blog-pager-older-link">Older Post</a>
<a class="home-link" href="https://typebarsandtea.blogspot.example/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/4471802266/comments/default">Post Comments (Atom)</a></div>
</div>
</div></div></div>
<aside class="sidebar-container" role="complementary"><div class="sidebar section" id="sidebar">
<div class="widget Profile" id="Profile1"><h3 class="title">About Me</h3><div class="widget-content"><dl class="profile-datablock">
<dt class="profile-data"><a class="profile-name-link" href="https://www.blogger.example/profile/0912">Aldo Ferri</a></dt>
<dd class="profile-textblock">Retired lab technician in Leeds with too many typewriters and not enough shelves.</dd></dl>
<a class="profile-link" href="https://www.blogger.example/profile/0912">View my complete profile</a></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Blog Archive</h3>
<ul class="hierarchy">${bgArchive.map((a) => `<li class="archivedate">${a}</li>`).join('')}
</ul><ul class="posts">${links(bgArchPosts)}</ul></div>
<div class="widget Label" id="Label1"><h3 class="title">Labels</h3><ul>${links(bgLabelCloud)}</ul></div>
<div class="widget PopularPosts" id="PopularPosts1"><h3 class="title">Popular Posts</h3><ul>${links(bgPopular)}</ul></div>
<div class="widget ReportAbuse" id="ReportAbuse1"><h3 class="title">
<a class="report_abuse" href="https://www.blogger.example/go/report-abuse">Report Abuse</a></h3></div>
</div></aside></main>
<footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="blogger">
<a href="https://www.blogger.example" rel="nofollow">Powered by Blogger</a></div><div class="copyright">Theme images by Michael Elkan</div></div></footer>
</div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/2028843038-widgets.js"></script></body></html>`;
export const blogger: TestPage = {
  html: bgHtml,
  name: 'heldout18-blogger-post',
  kind: 'blog',
  // the post has no section headings; its six paragraphs and four list items are body; the post date, "Aldo Ferri" (author,
  // also the profile name and a commenter: once) and "7:30 PM" are bylines ("Posted by" and "at" in neither); the comments
  // section is furniture (an article's comments: commenter names and times, their text, Reply, Delete, "Comments",
  // "Add comment", "Load more..."); labels, share menu, pager, feed link, blog header, page list, sidebar widgets and footer
  // are furniture; the label "typewriters" is a word of the sidebar label "typewriters for sale" (still furniture) but not
  // of the body; "Olivetti" is a word of the title: left out; "Home" is in the page list and the pager: counted once
  title: bgTitle,
  headings: [],
  body: [...texts(bgBody), ...bgList],
  bylines: ['November 16, 2025', 'Aldo Ferri', '7:30 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Typebars and Tea', 'Old typewriters, patiently brought back to life.', ...bgPages, '3 comments', 'Labels:', 'restoration', 'typewriters',
    'Share', 'Get link', 'Facebook', 'Email', 'Other Apps', 'Comments', ...bgComments.flatMap((c) => [c.who, c.when, c.text]).filter((t) => t !== 'Aldo Ferri'),
    'Reply', 'Delete', 'Add comment', 'Load more...', 'Newer Post', 'Older Post', 'Subscribe to:', 'Post Comments (Atom)', 'About Me',
    'Retired lab technician in Leeds with too many typewriters and not enough shelves.', 'View my complete profile', 'Blog Archive', ...bgArchive,
    ...bgArchPosts, ...bgLabelCloud, 'Popular Posts', ...bgPopular, 'Report Abuse', 'Powered by Blogger', 'Theme images by Michael Elkan',
  ],
};
