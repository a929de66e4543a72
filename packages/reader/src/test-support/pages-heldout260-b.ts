import { links, ps, type TestPage, texts } from './page-kit.js';
import { medium } from './pages-heldout260-b2.js';
import { j } from './pages-heldout260-kit.js';

/**
 * Held-out batch 260, file b: a Blogger post on the Contempo theme (the blog's name is the page's h1 and the post title an h3,
 * the date header, "Posted by" footer line, labels, share buttons, comments, "Newer Post / Older Post", the Blog Archive and
 * Popular Posts widgets and "Powered by Blogger") and, from file b2, a Medium story.
 */
const bTitle = 'Mending a Moth-Eaten Jumper with Swiss Darning';
const bP = [
  j(
    'My grandfather’s green fisherman’s jumper came out of the loft this autumn with eleven holes in it. Most were small,',
    'the size of a lentil, but two on the left elbow were big enough to put a thumb through. I did not want a patch, so I',
    'spent three evenings learning Swiss darning, which copies the knitted stitches over the damaged area.',
  ),
  j(
    'Swiss darning, also called duplicate stitch, works best when the surrounding knitting is still sound. You follow the path',
    'of the original yarn with a blunt needle, so the repair sits in the fabric instead of on top of it.',
  ),
];
const bH = ['What you need', 'Working the repair', 'How it held up'];
const bNeed = [
  'Wool of the same weight as the jumper, ideally a close colour match.',
  'A blunt tapestry needle with an eye big enough for the yarn.',
  'A darning mushroom, or an orange if you do not have one.',
  'Good daylight, because green wool in lamplight all looks the same.',
];
const bP2 = [
  j(
    'First I ran a loose line of running stitch around each hole, one stitch away from the damage, to stop it spreading while',
    'I worked. Then I built a ladder of horizontal strands across the hole itself, anchoring them in the live loops at the top',
    'and bottom.',
  ),
  j(
    'With the ladder in place, you trace each V of the knit stitch: up through the base of the stitch, under the two legs of',
    'the stitch above, and back down where you started. On the ladder rows you go around the strands instead of the loops.',
  ),
  j('The first hole took me an hour and looked like a scab. By the sixth I was doing one in twenty minutes, and you had to', 'look closely to find it.'),
];
const bP3 = [
  j(
    'I have worn the jumper twice a week since October, including a wet weekend of hedge laying, and none of the repairs has',
    'loosened. The elbows are now slightly thicker than the rest of the sleeve, which I count as an improvement.',
  ),
  'Next on the pile is a pair of walking socks, and I suspect the heels will teach me something new.',
];
const bLabels = ['Knitwear', 'Mending projects', 'Tutorials'];
const bShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const bCmts = [
  ['Aunt Perpetua', 'November 24, 2026 at 6:03 PM', 'Your grandfather would be delighted. He darned his own socks on the boat, you know.'],
  ['Tomasz K.', 'November 25, 2026 at 9:47 AM', 'Great tutorial. The orange tip made me laugh, but it really does work.'],
];
const bPopular = ['A patchwork quilt from forty shirts', 'Re-soling my hiking boots at the kitchen table', 'Visible mending on denim'];
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB"><head>
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://thriftandthread.blogspot.example/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://thriftandthread.blogspot.example/2026/11/mending-moth-eaten-jumper.html" rel="canonical">
<meta content="Swiss darning a moth-eaten jumper: what you need, how to work it, and how it held up." name="description">
<title>Thrift and Thread: ${bTitle}</title>
<style id="page-skin-1" type="text/css">body{font:15px Roboto, sans-serif;color:#757575;background-color:#eeeeee}</style>
<script type="text/javascript">(function(){window._gaq=window._gaq||[];})();</script></head>
<body class="version-1-3-3 variant-indie_light item-view"><a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="bg-photo-overlay"></div><div class="centered"><header class="centered-top-container sticky" role="banner">
<div class="centered-top"><div class="centered-top-firstline container"><div class="main_header_elements container">
<div class="blog-name container"><div class="section" id="header" name="Header"><div class="widget Header" data-version="2" id="Header1">
<div class="header-widget"><div><h1><a href="https://thriftandthread.blogspot.example/">Thrift and Thread</a></h1></div>
<p>Small repairs, slow clothes, and the odd disaster</p></div></div></div></div>
<div class="search"><input aria-label="Search this blog" class="search-input" name="q" placeholder="Search this blog" type="text"></div></div></div>
<nav role="navigation"><div class="clearboth no-items section" id="page_list_top" name="Page list (Top)"></div></nav></div></header>
<div><div class="page_body"><div class="centered"><main class="centered-bottom" id="main" role="main" tabindex="-1">
<div class="main section" id="page_body" name="Page body"><div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container">
<article class="post-outer-container"><div class="post-outer"><div class="post">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${bTitle}","datePublished":"2026-11-23T19:12:00Z",
"author":{"@type":"Person","name":"Rhiannon Bell"}}</script>
<a name="7712049813"></a><h3 class="post-title entry-title">${bTitle}</h3>
<div class="post-share-buttons post-share-buttons-top"></div><div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp">
<meta content="https://thriftandthread.blogspot.example/2026/11/mending-moth-eaten-jumper.html"><a class="timestamp-link" href="#" rel="bookmark">
<time class="published" datetime="2026-11-23T19:12:00Z" title="2026-11-23T19:12:00Z">November 23, 2026</time></a></span></div></div>
<div class="post-body entry-content float-container" id="post-body-7712049813">
${ps(bP)}
<div class="separator" style="clear: both;"><a href="https://blogger.googleusercontent.example/img/jumper.jpg"
style="display: block; padding: 1em 0; text-align: center;">
<img alt="" border="0" width="400" src="https://blogger.googleusercontent.example/img/jumper-s400.jpg"></a></div>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody><tr><td class="tr-caption" style="text-align: center;">The left elbow,
before and after.</td></tr></tbody></table>
<h3>${bH[0]}</h3>
<ul>${bNeed.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${bH[1]}</h3>
${ps(bP2)}
<h3>${bH[2]}</h3>
${ps(bP3)}
</div>
<div class="post-bottom"><div class="post-footer float-container"><div class="byline post-author">Posted by <span class="fn">Rhiannon Bell</span></div>
<div class="byline post-labels"><span class="byline-label">Labels:</span>
${bLabels.map((l) => `<a href="/search/label/${l.replace(/ /g, '%20')}" rel="tag">${l}</a>`).join('\n')}</div>
<div class="byline post-share-buttons goog-inline-block"><div class="share-buttons">
${bShare
  .map(
    (s) => `<a class="goog-inline-block share-button sb-email" href="#" target="_blank" title="${s}"><span
class="share-button-link-text">${s}</span></a>`,
  )
  .join('\n')}
</div></div></div></div></div>
<section class="comments threaded" data-embed="true" data-num-comments="2" id="comments"><a name="comments"></a><h3 class="title">Comments</h3>
<div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
${bCmts
  .map(
    (c) => `<li class="comment"><div class="avatar-image-container"><img alt="" src="//resources.blogblog.example/img/blank.gif"></div>
<div class="comment-block"><div class="comment-header"><cite class="user">${c[0]}</cite><span class="icon user"></span>
<span class="datetime secondary-text"><a rel="nofollow" href="#">${c[1]}</a></span></div><p class="comment-content">${c[2]}</p>
<span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a><span class="item-control blog-admin">
<a target="_self" href="#">Delete</a></span></span></div></li>`,
  )
  .join('\n')}</ol></div></div></div>
<p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4></div></p></section>
</div></article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="/2026/12/socks.html" id="Blog1_blog-pager-newer-link"
title="Newer Post">Newer Post</a>
<a class="blog-pager-older-link" href="/2026/11/denim.html" id="Blog1_blog-pager-older-link" title="Older Post">Older Post</a>
<a class="home-link" href="https://thriftandthread.blogspot.example/">Home</a></div></div></div></main></div></div></div>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="navigation"><button class="svg-icon-24-button flat-icon-button
ripple sidebar-back"></button></div><div class="sidebar_top_wrapper"><div class="sidebar_top section" id="sidebar_top" name="Sidebar (Top)">
<div class="widget Profile" data-version="2" id="Profile1"><div class="wrapper"><h3 class="title">About Me</h3><div class="widget-content individual">
<a href="https://www.blogger.example/profile/0412"><img class="profile-img" height="113" src="//blogger.example/img/avatar.jpg" width="113" alt="My photo"></a>
<div class="profile-info"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-link g-profile" href="#" rel="author">Rhiannon Bell</a></dt>
<dd class="profile-textblock">Sewing teacher in a market town, mending everything I own at least twice.</dd></dl>
<a class="profile-link visit-profile" href="#">Visit profile</a></div></div></div></div></div></div>
<div class="sidebar_bottom section" id="sidebar_bottom"><div class="widget BlogArchive" data-version="2" id="BlogArchive1"><details
class="collapsible extendable">
<summary><div class="collapsible-title"><h3 class="title">Archive</h3></div></summary><div class="widget-content"><ul class="hierarchy">
<li class="archivedate"><a class="post-count-link" href="/2026/">2026</a><span class="post-count">14</span></li>
<li class="archivedate"><a class="post-count-link" href="/2025/">2025</a><span class="post-count">22</span></li></ul></div></details></div>
<div class="widget PopularPosts" data-version="2" id="PopularPosts1"><h3 class="title">Popular Posts</h3><div class="widget-content"><ul>
${links(bPopular, 'post-title')}</ul></div></div>
<div class="widget ReportAbuse" data-version="2" id="ReportAbuse1"><h3 class="title"><a class="report_abuse" href="https://www.blogger.example/go/report-abuse"
rel="noopener nofollow" target="_blank">Report Abuse</a></h3></div></div>
<div class="attribution section" id="attribution"><div class="widget Attribution" data-version="2" id="Attribution1"><div class="widget-content">
<div class="blogger"><a href="https://www.blogger.example" rel="nofollow">Powered by Blogger</a></div>
<div class="image-attribution">Theme images by <a href="http://www.offset.example/">Michael Elkan</a></div></div></div></div></aside></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">This site uses cookies from Google to
deliver its services and to analyse traffic. Information about your use of this site is shared with Google. By using this site, you agree to its use of
cookies.</span><span class="cookie-choices-buttons"><a class="cookie-choices-button" href="#">Learn more</a><a id="cookieChoiceDismiss"
class="cookie-choices-button"
href="#">Ok</a></span></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/2101-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY7'; _WidgetManager._Init('//www.blogger.example/rearrange?blogID=4480');</script></body></html>`;
const blogger: TestPage = {
  name: 'heldout260-blogger-contempo-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bP, ...bNeed, ...bP2, ...bP3]),
  bylines: ['November 23, 2026', 'Posted by Rhiannon Bell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Thrift and Thread', 'Small repairs, slow clothes, and the odd disaster', 'The left elbow, before and after.', 'Labels:',
    ...bLabels, ...bShare, 'Comments', 'Aunt Perpetua', 'Tomasz K.', 'November 24, 2026 at 6:03 PM', 'November 25, 2026 at 9:47 AM',
    ...bCmts.map((c) => c[2] ?? ''), 'Reply', 'Delete', 'Post a Comment',
    'Newer Post', 'Older Post', 'Home', 'About Me', 'Sewing teacher in a market town, mending everything I own at least twice.', 'Visit profile', 'Archive',
    'Popular Posts', ...bPopular, 'Report Abuse', 'Powered by Blogger', 'Theme images by Michael Elkan',
    'This site uses cookies from Google to deliver its services and to analyse traffic.', 'Learn more',
  ],
};

export const HELDOUT260_B: readonly TestPage[] = [blogger, medium];
