import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file b2: a geology blog on Blogger (Contempo theme item page: blog header and description, post header
 * with date and author, share menu, figures with Blogger image captions, labels, threaded comments with replies and
 * "Post a Comment", blog pager, sidebar with About Me, Popular Posts, Labels and Blog Archive, attribution footer).
 */
const bTitle = 'Reading a roadcut: the folded cherts of Haldane Pass';
const bP1 = [
  j(
    'Every time I drive over Haldane Pass I promise myself I will stop at the big roadcut below the summit, and last Saturday I',
    'finally did. It is one of the best exposures of folded chert I know of, and it is right next to a wide gravel pullout, so',
    'there is no excuse not to visit.',
  ),
  j(
    'The cut is about 200 m long and 15 m high. From a distance it looks like a pile of red and green ribbons that someone has',
    'crumpled up and shoved into the hillside. Up close, each ribbon is a bed of chert a few centimetres thick, separated by thin',
    'partings of dark shale.',
  ),
];
const bP2 = [
  j(
    'Chert is made of microcrystalline quartz. Beds like these usually start as ooze on the deep sea floor, built from the',
    'silica skeletons of radiolarians, tiny plankton that have lived in the oceans for hundreds of millions of years. The shale',
    'partings are the mud that settled between blooms.',
  ),
  j(
    'If you look at a fresh surface with a hand lens you can sometimes see the radiolarians as little white specks. I found a few',
    'in the green beds near the east end of the cut, though the red beds were too recrystallised.',
  ),
];
const bP3 = [
  j(
    'The folds are the exciting part. Near the middle of the cut there is a tight syncline with a sharp hinge, and the beds on',
    'its limbs are thinned and stretched. Further west the folds become more open and lean towards the north, which tells you',
    'the rocks were pushed from the south.',
  ),
  'Things to look for while you are there:',
];
const bList = [
  'Quartz veins that cut across the folds, which must be younger than the folding',
  'Small faults that offset individual chert beds by a few centimetres',
  'Pale green beds that may be altered volcanic ash',
];
const bP4 = [
  j(
    'So how did deep sea floor end up on top of a mountain pass? These cherts were scraped off the ocean plate as it slid under',
    'the continent, and stacked up in an accretionary wedge. The folding happened in that wedge, long before the range was lifted.',
  ),
  j(
    'Please be careful at the cut: the shoulder is narrow past the pullout, and trucks come down the pass fast. Stay on the',
    'gravel, and leave your hammer in the car; there is plenty of loose material at the base to look at.',
  ),
];
const bComments = [
  'Great write-up! I stopped there on the way to Fenwick last year and had no idea what I was looking at.',
  'Thanks Orla. Next time look for the white specks, they are easier to see when the rock is wet.',
  'Do you know if anyone has dated the radiolarians? I would love to know how old the ocean floor is.',
];
const bLabels = ['roadside stops', 'structural geology', 'Coast Ranges'];
const bPopular = ['Pillow basalts at Corran Head', 'A beginner’s hand lens guide', 'Why are some beaches black?'];
const bArchive = ['2026 (4)', 'February (2)', 'January (2)', '2025 (19)', '2024 (23)'];
const bHtml = `<!DOCTYPE html><html class="v2" dir="ltr" lang="en"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://rocksbytheroad.blogspot.example/2026/02/reading-roadcut-folded-cherts.html" rel="canonical">
<meta content="${bTitle}" property="og:title"><meta content="https://rocksbytheroad.blogspot.example/" property="og:url">
<title>Rocks by the Road: ${bTitle}</title>
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/3566091532-css_bundle_v2.css">
<script type="text/javascript">var _gaq=_gaq||[];window['__wavt']='AOuZoY5';</script></head>
<body class="version-1-3-3 variant-indie_light item-view"><div class="bg-photo-overlay"></div><div class="centered">
<header class="centered-top-container" role="banner"><div class="centered-top"><div class="blog-name container">
<div class="section" id="header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget">
<div><p class="title"><a href="https://rocksbytheroad.blogspot.example/">Rocks by the Road</a></p></div>
<p class="description">Roadside geology, one pullout at a time</p></div></div></div></div>
<div class="search"><button aria-label="Search this blog" class="search-expand touch-icon-button"></button></div></div></header>
<main class="centered-bottom" id="main" role="main"><div class="main section" id="page_body"><div class="widget Blog" data-version="2" id="Blog1">
<div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer"><div class="post">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${bTitle}","datePublished":"2026-02-09T18:22:00-08:00",
"author":{"@type":"Person","name":"Marit Quell"}}</script>
<a name="4410918273645501"></a><h1 class="post-title entry-title">${bTitle}</h1>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp">
<meta content="https://rocksbytheroad.blogspot.example/2026/02/x.html">
<a class="timestamp-link" href="#" rel="bookmark"><time class="published" datetime="2026-02-09T18:22:00-08:00">February 09, 2026</time></a></span>
<span class="byline post-author vcard"><span class="post-author-label">By</span> <span class="fn">Marit Quell</span></span></div></div>
<div class="post-body entry-content float-container" id="post-body-4410918273645501">
${ps(bP1)}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody><tr><td><a href="#"><img border="0" height="400"
src="https://blogger.googleusercontent.example/img/b/R29v/haldane-cut.jpg" width="600"></a></td></tr>
<tr><td class="tr-caption">The Haldane Pass roadcut, looking west. The tight syncline is just left of the power pole.</td></tr></tbody></table>
<h3>Where the chert came from</h3>
${ps(bP2)}
<h3>The folds</h3>
${ps(bP3)}
<ul>${lis(bList)}</ul>
<h3>Putting it together</h3>
${ps(bP4)}
</div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><div class="byline post-share-buttons goog-inline-block">
<div class="share-button sb-email" title="Email This">Email This</div><div class="share-button sb-blog" title="BlogThis!">BlogThis!</div>
<div class="share-button sb-twitter" title="Share to X">Share to X</div>
<div class="share-button sb-facebook" title="Share to Facebook">Share to Facebook</div></div>
<div class="byline post-labels">
<span class="byline-label">Labels:</span> ${bLabels.map((l) => `<a href="/search/label/${l}" rel="tag">${l}</a>`).join(', ')}</div>
</div></div></div></div>
<section class="comments threaded" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">Comments</h3>
<div class="comments-content"><div class="comment-thread toplevel-thread"><ol id="top-ra">
<li class="comment" id="c101"><div class="comment-block"><div class="comment-header"><cite class="user">Orla Denning</cite>
<span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c101">February 10, 2026 at 7:41 AM</a></span></div>
<p class="comment-content">${bComments[0] ?? ''}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a>
<span class="item-control blog-admin"><a href="#">Delete</a></span></span></div>
<div class="comment-replies"><div class="comment-thread inline-thread"><ol><li class="comment" id="c102"><div class="comment-block">
<div class="comment-header"><cite class="user blog-author">Marit Quell</cite><span class="datetime secondary-text"><a rel="nofollow" href="#c102">February 10,
2026 at 9:03 AM</a></span></div><p class="comment-content">${bComments[1] ?? ''}</p></div></li></ol></div></div></li>
<li class="comment" id="c103"><div class="comment-block"><div class="comment-header"><cite class="user">Hamish Tarrant</cite>
<span class="datetime secondary-text"><a rel="nofollow" href="#c103">February 12, 2026 at 4:15 PM</a></span></div>
<p class="comment-content">${bComments[2] ?? ''}</p></div></li></ol></div></div>
<p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4></div></p></section>
</article></div><div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="#" id="Blog1_blog-pager-newer-link"
title="Newer Post">Newer Post</a><a class="blog-pager-older-link" href="#" id="Blog1_blog-pager-older-link" title="Older Post">Older Post</a>
<a class="home-link" href="/">Home</a></div></div></div></main>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar_top_wrapper"><div class="sidebar section" id="sidebar">
<div class="widget Profile" id="Profile1"><h3 class="title">About Me</h3><div class="widget-content"><a class="profile-name-link g-profile"
href="#">Marit Quell</a><p class="profile-textblock">Retired mapping geologist. I write about the rocks you can see without leaving the car.</p>
<a class="profile-link" href="#">View my complete profile</a></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h3 class="title">Popular Posts</h3><ul>${links(bPopular)}</ul></div>
<div class="widget Label" id="Label1"><h3 class="title">Labels</h3><ul>${links(bLabels)}</ul></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Blog Archive</h3><ul class="hierarchy">${links(bArchive, 'archivedate')}</ul></div>
<div class="widget ReportAbuse" id="ReportAbuse1"><h3 class="title"><a class="report_abuse" href="#">Report Abuse</a></h3></div></div></div></aside>
<footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="blogger">Powered by Blogger</div>
<div class="copyright">Theme images by Michael Elkan</div></div></footer></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/2028843038-widgets.js"></script></body></html>`;
export const blogger: TestPage = {
  name: 'heldout434-blogger-contempo-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: ['Where the chert came from', 'The folds', 'Putting it together'],
  body: texts([...bP1, ...bP2, ...bP3, ...bList, ...bP4]),
  bylines: [
    'February 09, 2026',
    'Marit Quell',
    'Orla Denning',
    'February 10, 2026 at 7:41 AM',
    'February 10, 2026 at 9:03 AM',
    'Hamish Tarrant',
    'February 12, 2026 at 4:15 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rocks by the Road', 'Roadside geology, one pullout at a time',
    'The Haldane Pass roadcut, looking west. The tight syncline is just left of the power pole.',
    'Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Labels:', ...bLabels, 'Comments', ...bComments, 'Reply', 'Delete', 'Post a Comment',
    'Newer Post', 'Older Post', 'Home', 'About Me', 'Retired mapping geologist. I write about the rocks you can see without leaving the car.',
    'View my complete profile', 'Popular Posts', ...bPopular, 'Blog Archive', ...bArchive, 'Report Abuse', 'Powered by Blogger',
    'Theme images by Michael Elkan',
  ],
};
