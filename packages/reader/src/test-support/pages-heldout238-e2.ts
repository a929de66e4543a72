import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 238, file e2: a cosmetics review on a YouTube creator's companion blog on Blogger (Contempo theme): the
 * blog header with its description, the post header with "Posted by" and the timestamp, the embedded video, the post body
 * with a scores table, the labels and share buttons, the blog pager, comments with replies and "Post a Comment", the
 * sidebar (profile, "Watch on YouTube" button, popular posts, archive), the attribution and the cookie notice. The post's
 * title is an h3, as Blogger renders it.
 */
const yTitle = 'Lark & Ember Second Skin Foundation: 12-Hour Wear Test on Oily Skin';
const yIntro = [
  `Hi loves! If you are coming over from the video, welcome, and if not, the full wear test is embedded just below. As promised, here are all
the details I could not fit in, including the shade comparisons and my scores for each category.`,
  `Quick background for new readers: my skin is oily through the T-zone, a little dehydrated on the cheeks, and I am shade 3N in most brands.
I bought this foundation myself; nothing in this post is sponsored.`,
];
const yH = ['First impressions', 'The 12-hour wear test', 'Shades and undertones', 'Scores and final thoughts'];
const yS1 = [
  `The bottle is glass with a pump, which I always appreciate. The formula is thinner than I expected, almost watery, and it has a faint
cucumber scent that disappears within a minute. A single pump covered my whole face for a natural look, and two gave me medium coverage.`,
];
const yS2 = [
  `I applied it at 7 a.m. over my usual moisturiser and a mattifying primer, set only the T-zone with powder and went to work.`,
  'At 10 a.m. it looked better than when I put it on, having melted into the skin.',
  'At 2 p.m. a little shine on my nose and forehead, easily blotted.',
  'At 5 p.m. some separation around the nostrils, but no patchiness on the cheeks.',
  'At 7 p.m. still there, noticeably thinner on the chin, and it had not oxidised at all.',
  `For oily skin, that is a genuinely good result. I have paid twice as much for foundations that gave up by lunchtime.`,
];
const yS3 = [
  `There are thirty-six shades, split into cool, neutral, warm and olive undertones. My usual 3N matched well, although it leans very slightly
pink in daylight. My friend Deja, who wears deep shades and joins me in the video, found two close matches in the 8 range, which she says
is rare at this price.`,
];
const yTableCap = 'My scores out of 10';
const yScores = [
  ['Coverage', '7'],
  ['Finish', '8'],
  ['Longevity on oily skin', '8'],
  ['Shade range', '9'],
  ['Value', '9'],
];
const yS4 = [
  `Overall I would give it a strong recommendation for oily and combination skin. If you are dry, I would prep well or try it mixed with a
drop of facial oil. Let me know in the comments if you want a side-by-side with the Verdelle tint next!`,
];
const yComments: [string, string, string][] = [
  ['Anonymous', 'March 2, 2026 at 9:14 AM', 'Just watched the video, thanks for the timed photos. Does it transfer onto masks?'],
  ['Nadia Oyelaran', 'March 2, 2026 at 11:40 AM', 'A little on the nose bridge, but much less than my old one. Setting that area helps!'],
];
const yPopular = ['Five Drugstore Concealers for Dark Circles, Tested', 'My Current Oily Skin Routine (Morning and Night)'];
const yArchive = ['March 2026 (2)', 'February 2026 (5)', 'January 2026 (4)'];
const yLabels = ['Foundation Reviews', 'Lark and Ember', 'Wear Tests'];
const yShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const cmt = (c: [string, string, string], id: string): string => `<li class="comment" id="c${id}"><div class="avatar-image-container"><img
src="//resources.blogblog.example/img/blank.gif" width="35" height="35" alt=""/></div><div class="comment-block"><div class="comment-header">
<cite class="user">${c[0]}</cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c${id}">${c[1]}</a></span></div>
<p class="comment-content">${c[2]}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="${id}">Reply</a>
<span class="item-control blog-admin"><a target="_self" href="/delete-comment.g?blogID=77120&amp;postID=${id}">Delete</a></span></span></div>`;
const yHtml = `<!DOCTYPE html><html class="v2" dir="ltr" lang="en"><head><meta content="width=device-width, initial-scale=1" name="viewport"/>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/><meta content="blogger" name="generator"/>
<link href="https://glowwithtalia.blogspot.example/2026/03/lark-ember-second-skin-foundation.html" rel="canonical"/>
<title>Glow With Talia: ${yTitle}</title><meta content="${yTitle}" property="og:title"/>
<script type="text/javascript">(function() { var b = window, f = "chrome", g = "tick"; window.csiReportingEnabled = false; })();</script>
<style id="page-skin-1" type="text/css">body{font:15px Roboto, sans-serif;color:#202124;background-color:#fce4ec}</style></head>
<body class="version-1-3-3 variant-pink_light"><a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="bg-photo-overlay"></div><div class="page_body"><div class="centered"><div class="centered-top-container"><div
class="centered-top">
<div class="blog-name container"><div class="section" id="header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget">
<div><p class="title"><a href="https://glowwithtalia.blogspot.example/">Glow With Talia</a></p></div>
<p class="description">The blog behind the channel: full notes, swatches and links from every video.</p></div></div></div></div>
<nav role="navigation"><div class="widget PageList" id="PageList1"><ul><li><a href="/">Home</a></li><li><a href="/p/about.html">About Talia</a></li>
<li><a href="/p/shade-finder.html">Shade Finder</a></li><li><a href="/p/contact.html">Work With Me</a></li></ul></div></nav></div></div>
<main class="centered-bottom" id="main" role="main" tabindex="-1"><div class="main section" id="page_body"><div class="widget Blog" data-version="2" id="Blog1">
<div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer"><div class="post">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage"},"headline":"${yTitle}",
"datePublished":"2026-03-01T18:30:00-05:00","author":{"@type":"Person","name":"Talia Brooke"}}</script>
<a name="4418820231177092215"></a><h3 class="post-title entry-title">${yTitle}</h3>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="byline-label">Posted by</span>
<span class="fn"><meta content="https://www.blogger.example/profile/0412" itemprop="url"/><a class="g-profile" href="https://www.blogger.example/profile/0412"
rel="author" title="author profile"><span itemprop="name">Talia Brooke</span></a></span></span>
<span class="byline post-timestamp"><a class="timestamp-link" href="#" rel="bookmark"><time class="published" datetime="2026-03-01T18:30:00-05:00">March 01,
2026</time></a></span>
</div></div>
<div class="post-body-container"><div class="post-body entry-content float-container" id="post-body-4418820231177092215">
${ps(yIntro)}
<div class="separator" style="clear: both; text-align: center;"><iframe allowfullscreen="" class="BLOG_video_class" height="266" width="320"
youtube-src-id="q7LxE2mPaw0" src="https://www.youtube.example/embed/q7LxE2mPaw0"></iframe></div>
<h2>${yH[0]}</h2>
${ps(yS1)}
<h2>${yH[1]}</h2>
${ps(yS2.slice(0, 1))}
<ul>${yS2
  .slice(1, 5)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(yS2.slice(5))}
<div class="separator"><a href="https://blogger.googleusercontent.example/img/b/R29v/wear-test.jpg"><img border="0" height="320"
src="https://blogger.googleusercontent.example/img/b/R29v/s320/wear-test.jpg" width="240"/></a></div>
<p class="image-caption"><i>Left: 7 a.m. Right: 7 p.m. No retouching.</i></p>
<h2>${yH[2]}</h2>
${ps(yS3)}
<h2>${yH[3]}</h2>
<table class="scores"><caption>${yTableCap}</caption><tbody>${yScores.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
${ps(yS4)}
</div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="byline post-labels"><span class="byline-label">Labels:</span>
${yLabels.map((l) => `<a href="/search/label/${l.replace(/ /g, '%20')}" rel="tag">${l}</a>`).join(', ')}</span></div>
<div class="post-share-buttons goog-inline-block">${yShare
  .map(
    (s) => `<a class="goog-inline-block share-button" href="#" target="_blank" title="${s}"><span
class="share-button-link-text">${s}</span></a>`,
  )
  .join('\n')}</div></div></div>
<section class="comments threaded" data-num-comments="2" id="comments"><a name="comments"></a><h3 class="title">Comments</h3>
<div class="comments-content"><div class="comment-thread toplevel-thread"><ol id="top-ra">${cmt(yComments[0] as [string, string, string], '7781')}
<div class="comment-replies"><div class="comment-thread inline-thread"><ol>${cmt(yComments[1] as [string, string, string], '7790')}</li></ol></div></div>
</li></ol></div></div>
<div class="footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4></div></div></section></div>
</article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="#" title="Newer Post">Newer Post</a>
<a class="blog-pager-older-link" href="#" title="Older Post">Older Post</a><a class="home-link" href="/">Home</a></div></div></div></main>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar_top_wrapper"><div class="sidebar_top section"
id="sidebar_top">
<div class="widget Profile" id="Profile1"><h3 class="title">About Me</h3><div class="widget-content"><dl class="profile-datablock"><dt
class="profile-data">Talia Brooke</dt>
<dd class="profile-textblock">Makeup artist turned YouTuber. Honest wear tests for oily skin, every Sunday.</dd></dl>
<a class="profile-link" href="https://www.youtube.example/@glowwithtalia">Watch on YouTube</a></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h3 class="title">Popular Posts</h3><ul>${links(yPopular, 'post-title')}</ul></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Blog Archive</h3><ul class="hierarchy">${links(yArchive, 'archivedate')}</ul></div>
</div></div></aside>
<footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="widget-content"><div class="blogger">
<a href="https://www.blogger.example" rel="nofollow">Powered by Blogger</a></div><div class="image-attribution">Theme images by Michael Elkan</div></div>
</div></footer>
</div></div></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><span class="cookie-choices-text">This site uses cookies from Google to deliver its services and to
analyse traffic.</span><span class="cookie-choices-buttons"><a class="cookie-choices-button" href="/privacy">Learn more</a><a id="cookieChoiceDismiss"
class="cookie-choices-button" href="#">Ok</a></span></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/2271878333-widgets.js"></script></body></html>`;
export const blogger: TestPage = {
  name: 'heldout238-blogger-youtube-companion-review',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: yH,
  body: texts([...yIntro, ...yS1, ...yS2, ...yS3, yTableCap, ...yScores.flat(), ...yS4]),
  bylines: ['Posted by', 'Talia Brooke', 'March 01, 2026', ...yComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Glow With Talia', 'The blog behind the channel: full notes, swatches and links from every video.', 'Home', 'About Talia',
    'Shade Finder', 'Work With Me', 'Left: 7 a.m. Right: 7 p.m. No retouching.', 'Labels:', ...yLabels, ...yShare, 'Comments', ...yComments.map((c) => c[2]),
    'Reply', 'Delete', 'Post a Comment', 'Newer Post', 'Older Post', 'About Me',
    'Makeup artist turned YouTuber. Honest wear tests for oily skin, every Sunday.',
    'Watch on YouTube', 'Popular Posts', ...yPopular, 'Blog Archive', ...yArchive, 'Powered by Blogger', 'Theme images by Michael Elkan',
    'This site uses cookies from Google to deliver its services and to analyse traffic.', 'Learn more',
  ],
};
