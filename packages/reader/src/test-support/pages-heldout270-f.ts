import { ps, type TestPage, texts } from './page-kit.js';
import { rtd } from './pages-heldout270-f2.js';
import { j } from './pages-heldout270-kit.js';

/**
 * Held-out batch 270, file f: a Blogger post in Blogger's mobile template (the "?m=1" view: the blog's name as the h1 and
 * the post title as an h3, the date header, "Posted by ... at ...", the share button, the comments block with "said..."
 * authors and timestamps, "Post a Comment", the Newer / Home / Older pager, "View web version" and "Powered by Blogger")
 * and, from file f2, a Read the Docs page in its mobile layout.
 */
const bTitle = 'Bringing a 1962 Kestrel Model 9 sewing machine back to life';
const bP1 = [
  j(
    'My aunt Dorrit left me her sewing machine last autumn, along with a biscuit tin of bobbins and a note that said "it needs',
    'oil, not a new motor". She was right, as usual. It took three weekends, but the old Kestrel now sews as well as it did',
    'when she made my school uniform on it.',
  ),
  'I am writing up what I did, mostly so that I remember, but also because I could find almost nothing online about this model.',
];
const bH1 = 'What was wrong';
const bP2 = [
  'When I first plugged it in, the motor hummed but the needle barely moved. After a look underneath I made a list:',
  'old oil gone to varnish on every moving part',
  'a cracked rubber tyre on the bobbin winder',
  'the tension assembly put back together the wrong way round, probably decades ago',
  'a motor belt that had stretched and glazed',
];
const bH2 = 'Cleaning and oiling';
const bP3 = [
  j(
    'I took the bed plate and the face plate off and worked through every joint with a brush and kerosene, a few square',
    'inches at a time. The varnish came off slowly. Once everything moved freely I oiled each point with proper sewing',
    'machine oil, one drop each, and ran the machine without thread for ten minutes.',
  ),
  j('Do not use household multi-purpose oil. It is too thick and it is exactly what caused the varnish in the first place.'),
];
const bH3 = 'Tension and the test seam';
const bP4 = [
  j(
    'The tension discs should sit with the check spring on the left. Mine had been reversed, so the thread was catching on',
    'every stitch. With the assembly rebuilt and the new belt fitted, the first test seam on two layers of calico was',
    'perfectly even.',
  ),
  j(
    'The total cost was £14: a belt, a tyre, a bottle of oil and some kerosene. I have since made two cushion covers and',
    'taken up a pair of trousers, and I think Dorrit would be pleased.',
  ),
];
const bComments = [
  ['Hetty Pargeter', 'Thank you for this! I have the Model 7 and the tension diagram is the same. Mine was reversed too.', 'March 3, 2026 at 2:10 PM'],
  ['Anonymous', 'Did you need to take the hand wheel off to replace the belt?', 'March 4, 2026 at 9:37 AM'],
  ['Lorcan Webb', 'Yes, the hand wheel comes off after you loosen the clutch knob. Easy once you know.', 'March 4, 2026 at 11:02 AM'],
];
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data">
<head><meta content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://threadandtreadle.blogspot.com/2026/03/kestrel-model-9.html" rel="canonical">
<title>Thread and Treadle: ${bTitle}</title><meta content="${bTitle}" property="og:title">
<script type="text/javascript">(function() { var a=window,c="jstiming",d="tick";
a[c]={load:{tick:function(){}}};})();</script>
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/2975350028-css_bundle_v2.css"></head>
<body class="mobile variant-indie"><div class="navbar section" id="navbar"></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="header-inner region-inner">
<div class="header section" id="header"><div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper">
<h1 class="title"><a href="https://threadandtreadle.blogspot.com/?m=1">Thread and Treadle</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Old machines, new seams, and the occasional disaster.</span></p></div></div></div></div>
</div></div></header>
<div class="main-outer"><div class="main-inner"><div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1">
<div class="blog-posts hfeed"><div class="date-outer"><div class="date-header"><span>Tuesday, March 3, 2026</span></div><div class="date-posts">
<div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<meta content="5088129907431287344" itemprop="postId"><a name="5088129907431287344"></a>
<h3 class="post-title entry-title" itemprop="name">${bTitle}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-5088129907431287344" itemprop="articleBody">
${ps(bP1)}
<div class="separator" style="clear: both;"><a href="https://blogger.googleusercontent.example/img/b/R29v/kestrel.jpg" style="margin-left: 1em;">
<img border="0" data-original-height="900" data-original-width="1200" height="240" src="https://blogger.googleusercontent.example/img/b/R29v/s320/kestrel.jpg"
width="320"></a></div>
<table class="tr-caption-container"><tbody><tr><td class="tr-caption">The Kestrel before I started, still in its case</td></tr></tbody></table>
<h2>${bH1}</h2>
<p>${bP2[0]}</p>
<ul>${bP2
  .slice(1)
  .map((x) => `<li>${x}</li>`)
  .join('\n')}</ul>
<h2>${bH2}</h2>
${ps(bP3)}
<h2>${bH3}</h2>
${ps(bP4)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn"
itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Maren Tolliver</span></span></span>
<span class="post-timestamp">at <meta content="https://threadandtreadle.blogspot.com/2026/03/kestrel-model-9.html" itemprop="url">
<a class="timestamp-link" href="https://threadandtreadle.blogspot.com/2026/03/kestrel-model-9.html?m=1" rel="bookmark" title="permanent link">
<abbr class="published" itemprop="datePublished" title="2026-03-03T10:24:00Z">10:24 AM</abbr></a></span></div>
<div class="post-footer-line post-footer-line-2"><div class="mobile-link-button goog-inline-block" id="mobile-share-button">
<a href="javascript:void(0);">Share</a></div></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>3 comments:</h4>
<div class="mobile-comments"><dl class="avatar-comment-indent" id="comments-block">
${bComments
  .map(
    ([a, t, d], i) => `<dt class="comment-author" id="c10${i}"><a name="c10${i}"></a>${a} said...</dt>
<dd class="comment-body" id="Blog1_cmt-10${i}"><p>${t}</p></dd>
<dd class="comment-footer"><span class="comment-timestamp"><a href="?showComment=10${i}#c10${i}" title="comment permalink">${d}</a></span></dd>`,
  )
  .join('\n')}
</dl></div><p class="comment-footer"><a href="https://www.blogger.example/comment/fullpage/post/7712/5088129907431287344">Post a Comment</a></p></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><a class="mobile-link-button" id="blog-pager-newer-link" href="/2026/03/hemming-by-hand.html?m=1">&lsaquo;</a>
<a class="home-link" href="https://threadandtreadle.blogspot.com/?m=1">Home</a>
<a class="mobile-link-button" id="blog-pager-older-link" href="/2026/02/treadle-belts.html?m=1">&rsaquo;</a>
<div class="mobile-desktop-link"><a class="home-link" href="https://threadandtreadle.blogspot.com/2026/03/kestrel-model-9.html?m=0">View web version</a></div>
</div></div></div></div></div>
<footer><div class="footer-outer"><div class="mobile-attribution">Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div></footer></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3845888474-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY7';_WidgetManager._Init('//www.blogger.com/rearrange?blogID=7712');</script></body></html>`;
const blogger: TestPage = {
  name: 'heldout270-blogger-mobile-template-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2, bH3],
  body: texts([...bP1, ...bP2, ...bP3, ...bP4]),
  bylines: ['Tuesday, March 3, 2026', 'Maren Tolliver', '10:24 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thread and Treadle', 'Old machines, new seams, and the occasional disaster.', 'The Kestrel before I started, still in its case', 'Posted by',
    'Share', '3 comments:', ...bComments.flatMap(([a, t, d]) => [`${a} said...`, t ?? '', d ?? '']), 'Post a Comment', 'Home', 'View web version',
    'Powered by Blogger.',
  ],
};

export const HELDOUT270_F: readonly TestPage[] = [blogger, rtd];
