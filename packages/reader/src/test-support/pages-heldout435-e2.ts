import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file e2: a rambling club's walk report on Blogger with the Notable theme (blog-name header and
 * page list, post header with the date, body with `<br>`-free paragraphs and a separator image with its tr-caption,
 * the post footer with author, labels and share menu, threaded comments with the comment form link, the sidebar with
 * profile, archive and labels widgets, the Attribution footer and Blogger's cookie notice).
 */
const wTitle = 'Walk Report: Crowdale Horseshoe in the Clag';
const wP = [
  j(
    'Fourteen of us gathered at the Crowdale village car park on Sunday morning under a sky the colour of wet slate. Our',
    'leader, Bethan, gave the usual briefing, checked that everyone had waterproofs and a map, and promised that the cloud',
    'would lift by lunchtime. It did not.',
  ),
  j(
    'We set off up the old peat road, which climbs steadily beside Crowdale Beck past a series of small waterfalls. The',
    'beck was in full spate after a week of rain, and the first stepping-stone crossing turned into a careful detour',
    'upstream to the footbridge. From there the path zigzags up to the shoulder of Hen Pike, and by the time we reached',
    'the first cairn we were firmly in the clag.',
  ),
  j(
    'Navigation along the ridge was good practice. Bethan handed the map and compass to two of our newer members, who took',
    'us from cairn to cairn with only one short excursion towards the wrong spur. The summit of Great Crowdale, at 712',
    'metres, was marked by a trig point, a lot of wind and absolutely no view.',
  ),
  j(
    'Lunch was taken in the lee of a drystone wall below the col, where the cloud briefly thinned and gave us a glimpse of',
    'the reservoir far below. There were cheers. Then it closed in again and we carried on over Lingmoor Top and down the',
    'steep grassy descent to Sourmilk Gill.',
  ),
  j(
    'The last three miles followed the valley track back to the village, past the old bobbin mill and the church. We were',
    'back at the cars by half past three, wet through but cheerful, and most of the group adjourned to the Packhorse for',
    'tea and an excellent ginger cake.',
  ),
  'Walk facts, for the record:',
];
const wList = [
  'Distance: 11.2 miles, with about 2,400 feet of ascent',
  'Time: six and a half hours including stops',
  'Terrain: good paths, boggy in places, one steep grassy descent',
  'Grade: B (moderate to strenuous)',
];
const wEnd = [
  j(
    'Thanks to Bethan for leading and to Aled for backmarking. Next Sunday is a gentler C grade walk around Ellerby Tarn,',
    'meeting at 9.30am at the tarn car park; details are on the programme page.',
  ),
];
const wComments: readonly (readonly [string, string, string])[] = [
  ['Morag Duffield', '13 October 2025 at 08:41', 'Great write-up. I think we will be talking about that glimpse of the reservoir for years.'],
  ['Aled Vickers', '13 October 2025 at 19:02', 'For the record, the excursion towards the wrong spur was only 200 metres. Lovely day regardless!'],
];
const wPages = ['Home', 'Walks Programme', 'Walk Grades', 'Join Us'];
const wArchive = ['October 2025 (3)', 'September 2025 (4)', 'August 2025 (5)'];
const wLabels = ['B grade', 'Crowdale Fells', 'Walk reports', 'Winter walks'];
const share = ['Get link', 'Facebook', 'Pinterest', 'Email', 'Other Apps'];
const cmt = (c: readonly [string, string, string], i: number): string => `<li class="comment" id="c81440${i}"><div class="avatar-image-container"><img
src="//resources.blogblog.example/img/blank.gif" width="35" height="35" alt=""></div><div class="comment-block"><div class="comment-header"><cite
class="user"><a
href="https://www.blogger.example/profile/0${i}" rel="nofollow">${c[0]}</a></cite><span class="icon user "></span><span class="datetime secondary-text"><a
rel="nofollow" href="#c81440${i}">${c[1]}</a></span></div><p class="comment-content">${c[2]}</p><span class="comment-actions secondary-text"><a
class="comment-reply" target="_self" data-comment-id="81440${i}">Reply</a><span class="item-control blog-admin blog-admin pid-118"><a target="_self"
href="#">Delete</a></span></span></div><div class="comment-replies"></div></li>`;
const wHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta content="width=device-width, initial-scale=1" name="viewport"><title>${wTitle}</title>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://fellfootramblers.blogspot.example/2025/10/walk-report-crowdale-horseshoe.html" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="Fellfoot Ramblers - Atom" href="https://fellfootramblers.blogspot.example/feeds/posts/default">
<meta content="Fourteen of us gathered at the Crowdale village car park on Sunday morning." property="og:description">
<style id="page-skin-1" type="text/css">body{font:15px Lora, serif;background:#fdfaf0}.post-title{font-size:36px}</style>
<script type="text/javascript">(function(){ window.BLOG_v2 = true; })();</script>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/2975350028-widgets.js"></script></head>
<body class="version-1-3-0 variant-notable_light"><a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="centered"><header class="centered-top-container" role="banner"><div class="centered-top"><div class="blog-name container">
<div class="section" id="header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget"><div><p class="blog-title"><a
href="https://fellfootramblers.blogspot.example/">Fellfoot Ramblers</a></p></div><p class="blog-description">Walks, wet days and cake from a fellside walking
club</p></div></div></div></div>
<nav role="navigation"><div class="clearboth no-items section" id="page_list_top"><div class="widget PageList" data-version="2" id="PageList1"><div
class="widget-content"><ul>${links(wPages, 'overflowable-item')}</ul></div></div></div></nav></div></header>
<div class="main-heading-container"></div><main class="centered-bottom" id="main" role="main" tabindex="-1"><div class="main section" id="page_body">
<div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer">
<div class="post"><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"datePublished":"2025-10-12T18:30:00+01:00","author":{"@type":"Person","name":"Gareth Ollerton"}}</script>
<a name="7731980442231100118"></a><div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><meta
content="https://fellfootramblers.blogspot.example/2025/10/walk-report.html"><a class="timestamp-link" href="#" rel="bookmark" title="permanent link"><time
class="published" datetime="2025-10-12T18:30:00+01:00" title="2025-10-12T18:30:00+01:00">October 12, 2025</time></a></span></div></div>
<h1 class="post-title entry-title">${wTitle}</h1>
<div class="post-body entry-content float-container" id="post-body-7731980442231100118">
<p>${wP[0]}</p>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left:auto;margin-right:auto"><tbody><tr><td
style="text-align:center"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/s1600/ridge.jpg" style="margin-left:auto;margin-right:auto"><img
border="0" height="300" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/s400/ridge.jpg" width="400"></a></td></tr><tr><td
class="tr-caption" style="text-align:center">The ridge above Hen Pike, as seen by us (photo: Aled)</td></tr></tbody></table>
${wP
  .slice(1)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
<ul>${wList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${wEnd[0]}</p>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="byline post-author vcard"><span
class="post-author-label">Posted by</span>
<span class="fn"><a class="g-profile" href="https://www.blogger.example/profile/118" rel="author"
title="author profile"><span>Gareth Ollerton</span></a></span></span>
<span class="byline post-labels"><span class="byline-label">Labels:</span> ${wLabels
  .slice(0, 3)
  .map((t) => `<a href="/search/label/${t}" rel="tag">${t}</a>`)
  .join(', ')}</span></div>
<div class="post-share-buttons post-share-buttons-bottom"><div class="byline post-share-buttons goog-inline-block"><div class="sharing"><button
class="sharing-button touch-icon-button" aria-label="Share"></button><div class="share-buttons-container"><ul class="share-buttons hidden" role="menu">
${share.map((t) => `<li><span class="sharing-platform-button" role="menuitem">${t}</span></li>`).join('\n')}</ul></div></div></div></div></div></div>
<section class="comments threaded" data-num-comments="2" id="comments"><a name="comments"></a><h3 class="title">Comments</h3><div class="comments-content">
<div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
${wComments.map(cmt).join('\n')}
</ol></div></div></div><p class="comment-footer"><a href="https://www.blogger.example/comment/fullpage/post/118" onclick="">Post a Comment</a></p></section>
</div></article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="#" title="Newer Post">Newer Post</a><a class="blog-pager-older-link"
href="#" title="Older Post">Older Post</a><a class="home-link" href="/">Home</a></div></div></div></main>
<aside class="sidebar-container container" role="complementary"><div class="section" id="sidebar"><div class="widget Profile" id="Profile1"><h3
class="title">About Us</h3><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data">Fellfoot Ramblers</dt><dd
class="profile-textblock">A friendly walking club meeting every Sunday and alternate Wednesdays.</dd></dl><a class="profile-link" href="#"
rel="author">Visit profile</a></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Archive</h3><div class="widget-content"><ul
class="flat">${links(wArchive, 'archivedate')}</ul>
</div></div><div class="widget Label" id="Label1"><h3 class="title">Labels</h3><div class="widget-content list-label-widget-content"><ul>${links(wLabels)}</ul>
</div></div><div class="widget ReportAbuse" id="ReportAbuse1"><h3 class="title"><a class="report_abuse" href="#">Report Abuse</a></h3></div></div></aside>
<footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="widget-content"><div class="blogger"><a
href="https://www.blogger.example" rel="nofollow">Powered by Blogger</a></div><div class="image-attribution">Theme images by Michael Elkan</div></div></div>
</footer></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">This site uses cookies from Google
to deliver its services and to analyse traffic.</span><div class="cookie-choices-buttons"><a class="cookie-choices-button" href="#">Learn more</a><a
class="cookie-choices-button" id="cookieChoiceDismiss">Ok</a></div></div></div>
<script type="text/javascript">window.___gcfg = {'lang': 'en_GB'};</script></body></html>`;
export const walk: TestPage = {
  name: 'heldout435-blogger-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([...wP, ...wList, ...wEnd]),
  bylines: ['October 12, 2025', 'Posted by Gareth Ollerton', ...wComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Fellfoot Ramblers', 'Walks, wet days and cake from a fellside walking club', ...wPages,
    'The ridge above Hen Pike, as seen by us (photo: Aled)', 'Labels: B grade, Crowdale Fells, Walk reports', ...share, 'Comments',
    ...wComments.map((c) => c[2]),
    'Reply', 'Delete', 'Post a Comment', 'Newer Post', 'Older Post', 'About Us', 'A friendly walking club meeting every Sunday and alternate Wednesdays.',
    'Visit profile', 'Archive', ...wArchive, 'Labels', ...wLabels, 'Report Abuse', 'Powered by Blogger', 'Theme images by Michael Elkan',
    'This site uses cookies from Google to deliver its services and to analyse traffic.', 'Learn more',
  ],
};
