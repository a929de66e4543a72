import { links, ps, type TestPage, texts } from './page-kit.js';
import { newsCoaster } from './pages-heldout433-d2.js';
import { j } from './pages-heldout433-kit.js';

/**
 * Held-out batch 433, file d: a theme-park fan blog's trip report on Blogger (Contempo-style markup: blog title h1 and
 * description, date header, h3 post title, post body with separators and images with table captions, post footer with
 * "Posted by", timestamp, labels and share buttons, comments, blog pager, sidebar widgets and the Blogger attribution)
 * and, from file d2, a park news site's article on the Newspaper theme.
 */
const bTitle = 'Trip Report: Thornbury Vale, Stormcrow’s opening weekend';
const bP1 = [
  j(
    'I have been waiting for this one since the planning application went in back in 2023, so when Thornbury Vale put',
    'opening-weekend tickets on sale I booked two days before the email had finished loading. Here is how it went, queue',
    'times and all.',
  ),
];
const bP2 = [
  j(
    'We arrived at 8.40 for a 9.30 opening and were about two hundred people back from the gates. The park opened the',
    'Quarry Lands area at 9.15 for hotel guests, which caused a bit of grumbling in the main queue, but staff were handing',
    'out free hot chocolate, which cooled tempers nicely.',
  ),
  j(
    'The walk from the entrance to Stormcrow is longer than it looks on the map: a good eight minutes at a brisk pace. By the',
    'time we got there the posted wait was already 75 minutes.',
  ),
];
const bP3 = [
  j(
    'First impressions: it is loud. The launch is a linear motor rather than hydraulic, so you do not get the big bang, but',
    'the hum as the train rolls back into the launch track is the best build-up in the park. The launch itself is smooth and',
    'strong, and the top hat hangs you out over the lake for a second longer than you expect.',
  ),
  j(
    'The back row on the left-hand side is the one to wait for. You get the most airtime over the second hill, and the',
    'quarry wall pass feels genuinely close. The front row is more intense on the launch but tamer everywhere else.',
  ),
  'My ratings after five rides:',
];
const bRatings = ['Launch: 9/10', 'Top hat: 8/10', 'Inversions: 7/10, the zero-g roll is the highlight', 'Theming: 6/10, the station is unfinished'];
const bP4 = [
  j(
    'The wait never dropped below an hour on Saturday, and the ride broke down twice, for about forty minutes each time. On',
    'Sunday it was much better: 35 minutes at opening, creeping up to 70 after lunch and down to 20 in the last hour.',
  ),
  j(
    'If you are going soon, my advice is simple: do everything else in the morning and go to Stormcrow after 4pm. The',
    'single rider line was not open either day, but a host told us it will be from Easter.',
  ),
];
const bP5 = [
  j(
    'It is not the best coaster in the country, and the unfinished station is a shame, but it is the best thing Thornbury',
    'Vale has built in twenty years and I will be back before the summer.',
  ),
];
const bComments: readonly (readonly [string, string, string])[] = [
  ['Coasterkid_Jo', '15 March 2026 at 19:02', 'Great report! Did you try the back row on the right side too? I heard it is rougher.'],
  ['Stuart McAlpine', '15 March 2026 at 21:40', 'Ninety minutes on Saturday afternoon for us. Agree about going late.'],
  ['Loopy Laura', '16 March 2026 at 08:15', 'Anonymous question: is the rider test seat at the entrance or only in the station?'],
];
const bArchive = ['March 2026 (2)', 'February 2026 (3)', 'January 2026 (1)', '2025 (19)'];
const bLabels = ['Thornbury Vale', 'trip reports', 'new for 2026', 'wing coasters'];
const bPopular = ['Ranking every UK launched coaster', 'Why I still love the Hollow Mill Flume', 'Season pass maths: is it worth it?'];
const img = (src: string, cap: string): string => `<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"
style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29v/${src}"
style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1080" data-original-width="1440" height="300"
src="https://blogger.googleusercontent.example/img/b/R29v/${src}" width="400"></a></td></tr>
<tr><td class="tr-caption" style="text-align: center;">${cap}</td></tr></tbody></table>`;
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://looptheloopdiaries.blogspot.example/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://looptheloopdiaries.blogspot.example/2026/03/trip-report-thornbury-vale.html" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="Loop the Loop Diaries - Atom" href="https://looptheloopdiaries.blogspot.example/feeds/posts/default">
<meta content="Trip Report: Thornbury Vale, Stormcrow’s opening weekend" property="og:title">
<title>Loop the Loop Diaries: Trip Report: Thornbury Vale, Stormcrow’s opening weekend</title>
<script type="text/javascript">(function() { var a = window; a.BLOG_v2 = true; })();</script>
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/2975350028-css_bundle_v2.css"></head>
<body class="version-1-3-3 variant-indie_light"><div class="centered"><header class="centered-top-container" role="banner">
<div class="centered-top"><div class="blog-name container"><div class="section" id="header" name="Header"><div class="widget Header" data-version="2"
id="Header1"><div class="header-widget"><div><h1><a href="https://looptheloopdiaries.blogspot.example/">Loop the Loop Diaries</a></h1></div>
<p>Queue times, ride reviews and far too many photos of coaster track.</p></div></div></div></div>
<nav role="navigation"><div class="widget PageList" id="PageList1"><ul><li><a href="/">Home</a></li><li><a href="/p/ride-count.html">My ride count</a></li>
<li><a href="/p/about.html">About me</a></li></ul></div></nav></div></header>
<div class="page"><main class="centered-bottom" id="main" role="main" tabindex="-1"><div class="main section" id="page_body" name="Page body">
<div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container"><div class="date-outer">
<h2 class="date-header"><span>Sunday, 15 March 2026</span></h2><div class="date-posts"><div class="post-outer-container"><div class="post-outer">
<div class="post" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.example/img/b/R29v/queue.jpg" itemprop="image_url"><a name="7714502938812270413"></a>
<h3 class="post-title entry-title" itemprop="name">${bTitle}</h3>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><meta content="2026-03-15T17:22:00Z"
itemprop="datePublished"><a class="timestamp-link" href="/2026/03/trip-report-thornbury-vale.html" rel="bookmark"><time class="published"
datetime="2026-03-15T17:22:00Z" title="2026-03-15T17:22:00Z">March 15, 2026</time></a></span></div></div>
<div class="post-body entry-content float-container" id="post-body-7714502938812270413" itemprop="articleBody">
${ps(bP1)}
<h3>Rope drop</h3>
${ps(bP2)}
${img('queue.jpg', 'The opening-day queue at 9.20am')}
<h3>The ride</h3>
${ps(bP3)}
<ul>${bRatings.map((r) => `<li>${r}</li>`).join('\n')}</ul>
${img('tophat.jpg', 'Stormcrow’s top hat from the lake path')}
<h3>Queue times</h3>
${ps(bP4)}
<h3>Verdict</h3>
${ps(bP5)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="byline post-author vcard">
<span class="byline-label">Posted by</span><span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">
<meta content="https://www.blogger.example/profile/0412" itemprop="url"><a class="g-profile" href="https://www.blogger.example/profile/0412"
rel="author" title="author profile"><span itemprop="name">Rob Tennant</span></a></span></span>
<span class="byline post-labels"><span class="byline-label">Labels:</span>
${bLabels.map((l) => `<a href="/search/label/${encodeURIComponent(l)}" rel="tag">${l}</a>`).join(',\n')}</span></div>
<div class="post-share-buttons post-share-buttons-bottom"><a class="goog-inline-block share-button sb-email" href="#" title="Email This"><span
class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="#" title="BlogThis!"><span
class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" href="#" title="Share to X"><span
class="share-button-link-text">Share to X</span></a><a class="goog-inline-block share-button sb-facebook" href="#" title="Share to Facebook"><span
class="share-button-link-text">Share to Facebook</span></a></div></div></div>
<section class="comments threaded" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">Comments</h3>
<div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
${bComments
  .map(
    ([who, when, text], i) => `<li class="comment" id="c90${i}"><div class="avatar-image-container"><img src="//resources.blogblog.example/img/blank.gif"
alt=""></div><div class="comment-block"><div class="comment-header"><cite class="user">${who}</cite><span class="icon user"></span>
<span class="datetime secondary-text"><a rel="nofollow" href="?showComment=90${i}#c90${i}">${when}</a></span></div>
<p class="comment-content">${text}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a>
<span class="item-control blog-admin"><a target="_self" href="#">Delete</a></span></span></div></li>`,
  )
  .join('\n')}
</ol></div></div></div><p class="comment-footer"><a href="https://www.blogger.example/comment/fullpage/post/0412" onclick="">Post a Comment</a></p></section>
</div></div></div></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="/2026/03/easter-plans.html" title="Newer Post">Newer Post</a>
<a class="blog-pager-older-link" href="/2026/03/pre-opening.html" title="Older Post">Older Post</a><a class="home-link" href="/">Home</a></div>
</div></div></main>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="section" id="sidebar"><div class="widget Profile" id="Profile1">
<h3 class="title">About me</h3><div class="widget-content"><a class="profile-name-link g-profile" href="/profile/0412">Rob Tennant</a>
<p class="profile-textblock">Coaster count 312 and rising. Based in the Midlands, usually in a queue somewhere.</p></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Archive</h3><ul class="hierarchy">${links(bArchive, 'archivedate')}</ul></div>
<div class="widget PopularPosts" id="PopularPosts1"><h3 class="title">Popular Posts</h3><ul>${links(bPopular)}</ul></div>
<div class="widget Attribution" id="Attribution1"><div class="widget-content"><div class="blogger">Powered by
<a href="https://www.blogger.example" rel="nofollow">Blogger</a></div></div></div></div></aside></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3845888474-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY4'; _WidgetManager._Init('//www.blogger.example/rearrange?blogID=0412',
'//looptheloopdiaries.blogspot.example/2026/03/trip-report-thornbury-vale.html','0412');</script></body></html>`;
const blogger: TestPage = {
  name: 'heldout433-blogger-trip-report-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: ['Rope drop', 'The ride', 'Queue times', 'Verdict'],
  body: texts([...bP1, ...bP2, ...bP3, ...bRatings, ...bP4, ...bP5]),
  bylines: ['Sunday, 15 March 2026', 'March 15, 2026', 'Rob Tennant'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Loop the Loop Diaries', 'Queue times, ride reviews and far too many photos of coaster track.', 'My ride count', 'About me',
    'The opening-day queue at 9.20am', 'Stormcrow’s top hat from the lake path', 'Posted by', 'Labels:', ...bLabels.filter((l) => l !== 'Thornbury Vale'),
    'Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Comments', ...bComments.flat(), 'Reply', 'Delete', 'Post a Comment', 'Newer Post',
    'Older Post', 'Home', 'Coaster count 312 and rising. Based in the Midlands, usually in a queue somewhere.', 'Archive', ...bArchive, 'Popular Posts',
    ...bPopular, 'Powered by', 'Blogger',
  ],
};

export const HELDOUT433_D: readonly TestPage[] = [blogger, newsCoaster];
