import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout370-kit.js';

/**
 * Held-out batch 370, file d2: a high-school yearbook club's post on Blogger (Contempo-style template: header with the
 * blog title and description, page list, post header with author and date, image in a caption table, labels, share
 * buttons, Blogger comments with the reply box, sidebar with the profile, archive and labels gadgets, attribution).
 */
const yTitle = 'Yearbook club update: portrait retakes, the cover vote, and what we still need from you';
const yBody1 = [
  j(
    'Hi everyone! We are officially past the halfway point for the 2026 Halyard. Forty-one of our 96 spreads are finished and',
    'sent to the printer for proofs, which is the furthest ahead the club has been in March since Mr. Delacroix started advising us.',
  ),
  'Here is what is happening over the next few weeks and how you can help.',
];
const yH1 = 'Portrait retakes';
const yBody2 = [
  j(
    'Retake day is Wednesday, March 18, in the library conference room from 7:30 to 10 a.m. If you missed picture day in',
    'September, or your photo came back with your eyes closed, this is your chance. Bring the proof card if you still have it.',
  ),
  'Seniors: this is also the last day to turn in baby photos for the senior tribute pages.',
];
const yH2 = 'The cover vote';
const yBody3 = [
  j(
    'The design team narrowed the cover down to three options, and the whole school gets to vote. Voting is open in homeroom',
    'through Friday. The three finalists are:',
  ),
];
const yList = [
  'Tide Line, a navy cover with a foil-stamped wave across the spine',
  'Open Door, a photo of the front entrance taken at sunrise on the first day of school',
  'Map, a hand-drawn illustration of the building by junior Priya Valdés-Moore',
];
const yH3 = 'What we still need';
const yBody4 = [
  j(
    'We need candid photos from the winter concert, the robotics regional and the February food drive. If you took pictures',
    'at any of those, drop them in the shared folder linked on the club page or email them to the club account.',
  ),
  j(
    'And a reminder that yearbooks are $55 until March 31 and $70 after that. Order forms are in the main office, and you can',
    'pay online through the school store. Thank you for all your help so far!',
  ),
];
const yComments = ['Can parents send photos from the robotics regional too? I have a few good ones of the team.', 'Voting for Map!!'];
const yLabels = ['club news', 'cover design', 'portraits'];
const yCmt = (id: string, who: string, when: string, text: string) => `<li class="comment" id="c${id}"><div class="avatar-image-container">
<img src="//resources.blogblog.example/img/blank.gif" alt=""></div><div class="comment-block"><div class="comment-header">
<cite class="user"><a href="https://www.blogger.example/profile/${id}" rel="nofollow">${who}</a></cite>
<span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c${id}">${when}</a></span></div>
<p class="comment-content">${text}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="${id}">Reply</a>
<span class="item-control blog-admin pid-1"><a target="_self" href="#">Delete</a></span></span></div></li>`;
const yHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Halyard Yearbook Club: ${yTitle}</title><meta content="blogger" name="generator">
<link href="https://halyardyearbook.blogspot.example/2026/03/yearbook-club-update.html" rel="canonical">
<meta content="${yTitle}" property="og:title"><meta content="Hi everyone! We are officially past the halfway point." property="og:description">
<style id="page-skin-1" type="text/css"><!-- body{font:14px Roboto,sans-serif} --></style>
<script type="text/javascript">(function(){ window.BLOG_data = {"blog":{"title":"Halyard Yearbook Club","locale":"en"}}; })();</script></head>
<body class="version-1-3-3 variant-indie_light"><div class="bg-photo-overlay"></div>
<div class="page"><header class="centered-top-container" role="banner"><div class="centered-top"><div class="blog-name container">
<div class="section" id="header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget">
<h1><a href="https://halyardyearbook.blogspot.example/">Halyard Yearbook Club</a></h1>
<p>News from the yearbook staff at Cobb Harbor High School</p></div></div></div></div>
<div class="centered-bottom"><div class="section" id="page_list_top"><div class="widget PageList" data-version="2" id="PageList1">
<div class="widget-content"><ul>${links(['Home', 'Order a Yearbook', 'Submit Photos', 'Meet the Staff'], 'overflowable-item')}</ul></div></div></div></div>
</div></header>
<div class="page_body"><div class="centered"><main class="centered-bottom" id="main" role="main"><div class="main section" id="page_body">
<div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container">
<div class="post-outer"><div class="post"><a name="4418822019"></a>
<h3 class="post-title entry-title">${yTitle}</h3>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="byline-label">Posted by</span>
<span class="fn"><a class="g-profile" href="https://www.blogger.example/profile/880" rel="author">Ms. Juniper Okonjo</a></span></span>
<span class="byline post-timestamp"><meta content="2026-03-09"><a class="timestamp-link" href="#" rel="bookmark"><time class="published"
datetime="2026-03-09T15:20:00-05:00">March 09, 2026</time></a></span></div></div>
<div class="post-body entry-content float-container" id="post-body-4418822019">
${ps(yBody1)}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody><tr><td style="text-align: center;">
<a href="https://blogger.googleusercontent.example/img/spreads.jpg"><img border="0" height="240"
src="https://blogger.googleusercontent.example/img/s320/spreads.jpg"
width="320"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">Finished spreads pinned up in room 118.</td></tr></tbody></table>
<h3>${yH1}</h3>
${ps(yBody2)}
<h3>${yH2}</h3>
${ps(yBody3)}
<ul>
${lis(yList)}
</ul>
<h3>${yH3}</h3>
${ps(yBody4)}
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="byline post-labels"><span class="byline-label">Labels:</span>
${yLabels.map((l) => `<a href="/search/label/${l.replace(' ', '%20')}" rel="tag">${l}</a>`).join('\n')}</span></div>
<div class="post-share-buttons post-share-buttons-bottom"><div class="byline post-share-buttons goog-inline-block">
<a class="goog-inline-block share-button sb-email" href="#" title="Email This"><span class="share-button-link-text">Email This</span></a>
<a class="goog-inline-block share-button sb-blog" href="#" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a>
<a class="goog-inline-block share-button sb-facebook" href="#" title="Share to Facebook"><span class="share-button-link-text">Share to Facebook</span></a>
</div></div></div></div></div>
<section class="comments threaded" data-num-comments="2" id="comments"><a name="comments"></a><h3 class="title">Comments</h3>
<div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
${yCmt('7001', 'Dana Whitfield', 'March 9, 2026 at 6:40 PM', yComments[0] ?? '')}
${yCmt('7002', 'Sam R.', 'March 10, 2026 at 7:55 AM', yComments[1] ?? '')}
</ol></div></div></div>
<div class="footer"><a href="#" class="comment-reply">Post a Comment</a></div></section></article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-older-link flat-button ripple" href="#" title="Older Posts">Older Posts</a></div>
</div></div></main>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar_top_wrapper"><div class="sidebar_top section"
id="sidebar_top">
<div class="widget Profile" data-version="2" id="Profile1"><h3 class="title">Contributors</h3><div class="widget-content"><ul>
${links(['Ms. Juniper Okonjo', 'Halyard Design Team'])}</ul></div></div>
<div class="widget BlogArchive" data-version="2" id="BlogArchive1"><h3 class="title">Archive</h3><div class="widget-content"><ul class="hierarchy">
${links(['March 2026 (2)', 'February 2026 (3)', 'January 2026 (1)'], 'archivedate')}</ul></div></div>
<div class="widget Label" data-version="2" id="Label1"><h3 class="title">Labels</h3><div class="widget-content list-label-widget-content"><ul>
${links(['club news', 'deadlines', 'photography'])}</ul></div></div></div></div></aside></div></div>
<footer class="footer section" id="footer"><div class="widget Attribution" data-version="2" id="Attribution1"><div class="widget-content">
<div class="blogger"><a href="https://www.blogger.example" rel="nofollow">Powered by Blogger</a></div>
<div class="image-attribution">Theme images by <a href="#">Michael Elkan</a></div></div></div></footer></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/2975350028-widgets.js"></script></body></html>`;
export const blogger: TestPage = {
  name: 'heldout370-blogger-blog',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: [yH1, yH2, yH3],
  body: texts([...yBody1, ...yBody2, ...yBody3, ...yList, ...yBody4]),
  bylines: ['Posted by', 'Ms. Juniper Okonjo', 'March 09, 2026'],
  furniture: [
    'Halyard Yearbook Club',
    'News from the yearbook staff at Cobb Harbor High School',
    'Home',
    'Order a Yearbook',
    'Submit Photos',
    'Meet the Staff',
    'Finished spreads pinned up in room 118.',
    'Labels:',
    ...yLabels,
    'Email This',
    'BlogThis!',
    'Share to Facebook',
    'Comments',
    'Dana Whitfield',
    'March 9, 2026 at 6:40 PM',
    ...yComments,
    'Sam R.',
    'March 10, 2026 at 7:55 AM',
    'Reply',
    'Delete',
    'Post a Comment',
    'Older Posts',
    'Contributors',
    'Halyard Design Team',
    'Archive',
    'March 2026 (2)',
    'February 2026 (3)',
    'January 2026 (1)',
    'Labels',
    'deadlines',
    'photography',
    'Powered by Blogger',
    'Theme images by',
    'Michael Elkan',
  ],
};
