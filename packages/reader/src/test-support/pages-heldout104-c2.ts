import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 104, file c2: a product review on a Blogger blog with the Contempo theme (the post title as an h3, the
 * "Disclosure: I received this product for free ..." paragraph at the top of the post body, a product photo with a
 * table-caption, the share menu with "Get link" and its hidden items, labels, the "Post a Comment" box with one comment,
 * the sidebar's profile, search, popular posts and archive widgets, the Google cookie notice and "Powered by Blogger").
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
const bTitle = 'Brixley K4 hand grinder review: three months of morning coffee';
const bDisc = 'Disclosure: I received this product for free from Brixley for the purpose of this review. I was not paid, and all opinions are my own.';
const bP1 = paras(`
I have been grinding coffee by hand for about six years, mostly on a battered old grinder that was a present from my sister.
When Brixley got in touch and asked if I would try their new K4, I said yes on the condition that I could use it for a few
months before writing anything. This is that review.

The short version: it is the best hand grinder I have used, it is also heavy and expensive, and whether it is worth the money
depends on how you make your coffee.`);
const bH1 = 'Build and first impressions';
const bP2 = paras(`
The K4 is machined from a single piece of aluminium and it feels it. At 720 grams it is almost twice the weight of my old
grinder, which makes it steady in the hand but less fun to carry on a camping trip. The handle folds against the body for
storage, and the catch cup screws on firmly with a magnet holding the lid.

Adjustment is done with a numbered dial under the burrs, with 60 clicks per rotation. I found that useful, because I could
write down the setting for each coffee and get back to it, rather than guessing.`);
const bH2 = 'Grinding';
const bP3 = paras(`
For filter coffee, the K4 grinds 18 grams in about 35 seconds, a little faster than my old grinder, and the grounds are
noticeably more even. I brew with a pour-over cone most mornings, and my cups became sweeter and more consistent almost
straight away. I was surprised how obvious the difference was.

For espresso, it can grind fine enough, but it takes a lot of effort at those settings. If you mostly make espresso, I would
look at an electric grinder instead.`);
const bH3 = 'What I liked and what I did not';
const bPros = ['Very even grind for filter coffee', 'Numbered dial makes settings easy to repeat', 'Solid, stable and easy to clean'];
const bCons = ['Heavy for travel', 'Hard work at espresso settings', 'Expensive compared with most hand grinders'];
const bP4 = paras(`
Three months in, the K4 has replaced my old grinder completely. If you make filter coffee every day and want one grinder that will
last for years, I think it is worth saving for. If you travel a lot or drink mostly espresso, there are better choices.`);
const bCap = 'The K4 next to my old grinder on the kitchen windowsill.';
const bShare = ['Share', 'Get link', 'Facebook', 'X', 'Pinterest', 'Email', 'Other Apps'];
const bLabels = ['coffee', 'gear', 'reviews'];
const bComment = ['Tobias Lenk', 'November 20, 2024 at 7:12 AM', 'Great review. Did you notice any retention in the burrs after grinding?'];
const bPopular = ['My cheap and simple cold brew method', 'Five coffee shops worth the train ride', 'Why I stopped buying pre-ground coffee'];
const bArchive = ['2024 14', '2023 22', '2022 19'];
const bCookie = 'This site uses cookies from Google to deliver its services and to analyze traffic.';
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://steamandgrounds.blogspot.com/2024/11/brixley-k4-review.html" rel="canonical"><meta content="${bTitle}" property="og:title">
<title>Steam &amp; Grounds: ${bTitle}</title>
<link rel="stylesheet" type="text/css" href="https://www.blogger.example/dyn-css/authorization.css?targetBlogID=6021&amp;zx=contempo">
<script type="text/javascript">(function(){var a=window,b=a.performance;a._WidgetManager={};})();</script></head>
<body class="version-1-3-3 variant-indie_light"><div class="bg-photo-overlay"></div><div class="centered"><header class="centered-top-container sticky">
<div class="centered-top"><div class="blog-name container"><div class="section" id="header"><div class="widget Header" data-version="2" id="Header1">
<div class="header-widget"><h1><a href="https://steamandgrounds.blogspot.com/">Steam &amp; Grounds</a></h1>
<p>Notes from a home coffee obsessive</p></div></div></div></div>
<div class="search"><button aria-label="Search this blog" class="search-expand touch-icon-button">Search this blog</button></div></div></header>
<div class="centered-bottom"><main class="main-container container" id="main" role="main"><div class="main section" id="page_body" name="Page body">
<div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer">
<div class="post"><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${bTitle}",
"datePublished":"2024-11-18T09:30:00Z","author":{"@type":"Person","name":"Maeve Donnelly"}}</script>
<a name="7788012431"></a><h3 class="post-title entry-title">${bTitle}</h3>
<div class="post-share-buttons post-share-buttons-top"><div class="byline post-share-buttons goog-inline-block">
<div aria-owns="sharing-popup-Blog1-byline-7788" class="sharing" data-title="${bTitle}"><button class="sharing-button touch-icon-button"
aria-controls="sharing-popup-Blog1-byline-7788" aria-label="Share">Share</button><div class="share-buttons-container">
<ul aria-hidden="true" class="share-buttons hidden" id="sharing-popup-Blog1-byline-7788" role="menu">
${bShare
  .slice(1)
  .map((t) => `<li><span class="sharing-platform-button sharing-element-${t.toLowerCase()}" role="menuitem">${t}</span></li>`)
  .join('\n')}</ul></div></div></div></div>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="byline-label">By</span>
<span class="fn"><meta content="https://www.blogger.example/profile/0531" itemprop="url"><span itemprop="name">Maeve Donnelly</span></span></span>
<span class="byline post-timestamp"><meta content="https://steamandgrounds.blogspot.com/2024/11/brixley-k4-review.html">
<a class="timestamp-link" href="https://steamandgrounds.blogspot.com/2024/11/brixley-k4-review.html" rel="bookmark" title="permanent link">
<time class="published" datetime="2024-11-18T09:30:00Z" title="2024-11-18T09:30:00Z">November 18, 2024</time></a></span></div></div>
<div class="post-body entry-content float-container" id="post-body-7788012431">
<p><i>${bDisc}</i></p>
${ps(bP1)}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr>
<td style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29v/k4.jpg" style="margin-left: auto; margin-right: auto;">
<img border="0" data-original-height="1200" data-original-width="1600" height="300" src="https://blogger.googleusercontent.example/img/b/R29v/w400-h300/k4.jpg"
width="400"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${bCap}</td></tr></tbody></table>
<h3 style="text-align: left;">${bH1}</h3>
${ps(bP2)}
<h3 style="text-align: left;">${bH2}</h3>
${ps(bP3)}
<h3 style="text-align: left;">${bH3}</h3>
<ul style="text-align: left;">${bPros.map((t) => `<li>${t}</li>`).join('')}</ul>
<ul style="text-align: left;">${bCons.map((t) => `<li>${t}</li>`).join('')}</ul>
${ps(bP4)}
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-0"><div class="post-labels"><div class="byline post-labels">
<span class="byline-label">Labels:</span>
${bLabels.map((l) => `<a href="https://steamandgrounds.blogspot.com/search/label/${l}" rel="tag">${l}</a>`).join('\n')}</div></div></div></div></div></div>
<section class="comments threaded" data-num-comments="1" id="comments"><a name="comments"></a><h3 class="title">Comments</h3>
<div class="comments-content"><div class="comment-thread toplevel-thread"><ol id="top-ra"><li class="comment" id="c1044"><div class="comment-block">
<div class="comment-header"><cite class="user"><a href="https://www.blogger.example/profile/1177" rel="nofollow">${bComment[0]}</a></cite>
<span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c1044">${bComment[1]}</a></span></div>
<p class="comment-content">${bComment[2]}</p><span class="comment-actions secondary-text">
<a class="comment-reply" data-comment-id="1044" target="_self">Reply</a>
<span class="item-control blog-admin pid-2041"><a target="_self" href="https://www.blogger.example/comment/delete/6021/1044">Delete</a></span></span></div>
</li></ol></div></div>
<div class="footer"><h3 class="title">Post a Comment</h3><div id="comment-editor-container"><iframe id="comment-editor" title="comment editor"></iframe>
</div></div></section>
</article></div></div></div></main>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar section" id="sidebar">
<div class="widget Profile" id="Profile1">
<h3 class="title">About Me</h3><dl class="profile-datablock"><dt class="profile-data">
<a class="profile-name-link" href="https://www.blogger.example/profile/0531">Maeve
Donnelly</a></dt></dl><a class="profile-link visit-profile" href="https://www.blogger.example/profile/0531" rel="author">Visit profile</a></div>
<div class="widget BlogSearch" id="BlogSearch1"><h3 class="title">Search This Blog</h3><form><input type="text" name="q" placeholder="Search this blog">
</form></div>
<div class="widget PopularPosts" id="PopularPosts1"><h3 class="title">Popular Posts</h3><ul>${links(bPopular, 'post')}</ul></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Archive</h3><ul class="hierarchy">${links(bArchive, 'archivedate')}</ul></div>
<div class="widget ReportAbuse" id="ReportAbuse1"><h3 class="title">
<a class="report_abuse" href="https://www.blogger.example/go/report-abuse">Report Abuse</a></h3></div>
</div></aside><footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="blogger">
<a href="https://www.blogger.example" rel="nofollow">Powered by Blogger</a></div></div></footer></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">${bCookie}</span>
<span class="cookie-choices-buttons"><a class="cookie-choices-button" href="https://policies.google.example/technologies/cookies">Learn more</a>
<a id="cookieChoiceDismiss" class="cookie-choices-button">Ok</a></span></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3566091532-widgets.js"></script></body></html>`;
export const bloggerReview: TestPage = {
  name: 'heldout104-blogger-contempo-disclosure-review',
  kind: 'blog',
  html: bHtml,
  // the title is the post's h3; the disclosure paragraph at the top of the post body is furniture, as is the photo caption
  // (a Blogger table caption); the pros and cons list items are body; the comment is a blog's reader comment, so furniture
  title: bTitle,
  headings: [bH1, bH2, bH3],
  body: texts([...bP1, ...bP2, ...bP3, ...bPros, ...bCons, ...bP4]),
  bylines: ['By Maeve Donnelly', 'November 18, 2024', 'Maeve Donnelly'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Steam & Grounds', 'Notes from a home coffee obsessive', 'Search this blog', ...bShare, bDisc, bCap, 'Labels:', ...bLabels, 'Comments', ...bComment,
    'Reply', 'Delete', 'Post a Comment', 'About Me', 'Visit profile', 'Search This Blog', 'Popular Posts', ...bPopular, 'Archive',
    ...bArchive, 'Report Abuse', 'Powered by Blogger', bCookie, 'Learn more', 'Ok',
  ],
};
