import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file e2: a smartphone comparison on a Blogger blog (Contempo-like template: the blog name in the header,
 * the post title as an h3.post-title, body paragraphs as bare divs from the Blogger composer, a comparison table, the post
 * footer with "Posted by", labels and the share buttons, blog pager, comments with the comment form, the sidebar with About Me,
 * Popular Posts, Labels and Blog Archive, "Powered by Blogger" and Google's EU cookie notice).
 */
const pTitle = 'Lumo X3 vs Tessera 9a: which mid-range phone should you buy?';
const pIntro = [
  j(
    'Two of the most talked-about mid-range phones of the spring landed on my desk in the same week, and readers have been asking',
    'which one to get ever since. Both cost about the same, both promise two days of battery life, and both have cameras that',
    'look good on a spec sheet. After a fortnight with each as my main phone, here is how they compare.',
  ),
];
const pTable: string[][] = [
  ['', 'Lumo X3', 'Tessera 9a'],
  ['Price', '£399', '£429'],
  ['Screen', '6.5-inch OLED, 120Hz', '6.3-inch OLED, 90Hz'],
  ['Processor', 'Kestrel K7', 'Vantor 880'],
  ['Main camera', '50MP, optical stabilisation', '64MP, no stabilisation'],
  ['Battery', '5,100mAh, 45W charging', '4,600mAh, 30W charging'],
  ['Updates', '4 years', '6 years'],
];
const pDisplay = [
  j(
    'The Lumo has the bigger, smoother screen, and it is noticeably brighter outdoors. The Tessera’s panel is smaller and only runs',
    'at 90Hz, but its colours are more natural and it is easier to use one-handed.',
  ),
];
const pCam = [
  j(
    'On paper the Tessera’s 64-megapixel sensor should win, but the lack of optical stabilisation shows in low light, where its',
    'night shots were often soft. The Lumo took sharper photos indoors and at dusk, and its portrait mode handled hair far better.',
    'In bright daylight the two are very close, with the Tessera producing slightly more accurate skin tones.',
  ),
];
const pBattery = [
  j(
    'The Lumo lasted almost two full days of my normal use, which is a lot of messaging, maps and a podcast or two. The Tessera',
    'managed a day and a half, and takes longer to charge. Neither includes a charger in the box.',
  ),
];
const pVerdict = [
  j(
    'For most people, the Lumo X3 is the better buy: it is cheaper, has the better screen, the better low-light camera and the',
    'longer battery life. The one reason to choose the Tessera 9a is software support. Six years of updates is exceptional at',
    'this price, and if you keep your phones for a long time, that could matter more than anything in the table above.',
  ),
];
const pComments = [
  'Great comparison, thanks. I went for the Tessera for the updates and the smaller size and have no regrets so far.',
  'Did you notice any heating on the Lumo when gaming? Mine gets quite warm.',
];
const pPop = ['Five cheap phones that are actually worth buying', 'How I test phone batteries', 'The best budget earbuds under £50'];
const pLabels = ['comparison', 'phones', 'reviews'];
const pArchive = ['March 2026 (4)', 'February 2026 (6)', 'January 2026 (5)'];
const div = (paras: readonly string[]): string => paras.map((p) => `<div>${p}</div><div><br /></div>`).join('\n');
const pHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://pocketbench.blogspot.example/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://pocketbench.blogspot.example/2026/03/lumo-x3-vs-tessera-9a.html" rel="canonical"><title>Pocket Bench: ${pTitle}</title>
<meta content="${pTitle}" property="og:title"><meta content="Two of the most talked-about mid-range phones of the spring" property="og:description">
<style id="page-skin-1" type="text/css">body{font:15px Roboto,sans-serif}.post-title{font-size:24px}</style>
<script type="text/javascript">window._blogger = {"blogId":"8812230041","postId":"6617723001"};</script></head>
<body class="version-1-3-3 variant-indie_light"><div class="page"><header class="centered-top-container" role="banner"><div class="centered-top">
<div class="blog-name container"><div class="section" id="header" name="Header"><div class="widget Header" data-version="2" id="Header1"><div>
<a class="header-title" href="https://pocketbench.blogspot.example/">Pocket Bench</a><p class="description">Honest phone reviews from a small desk in Derby</p>
</div></div></div></div></div></header>
<div class="page_body"><div class="centered"><main class="centered-bottom" id="main" role="main"><div class="main section" id="page_body" name="Page body">
<div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="6617723001" itemprop="postId"><a name="6617723001"></a>
<h3 class="post-title entry-title" itemprop="name">${pTitle}</h3>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><meta content="2026-03-15" itemprop="url"><a
class="timestamp-link" href="#" rel="bookmark"><time class="published" datetime="2026-03-15T10:14:00Z" title="2026-03-15T10:14:00Z">March 15,
2026</time></a></span></div></div>
<div class="post-body entry-content float-container" id="post-body-6617723001">
${div(pIntro)}
<h2>Specs at a glance</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tbody>${pTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table><div><br /></div>
<h2>Display</h2>
${div(pDisplay)}
<h2>Cameras</h2>
${div(pCam)}
<h2>Battery life</h2>
${div(pBattery)}
<h2>Verdict</h2>
${div(pVerdict)}
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="byline post-author vcard"><span class="byline-label">Posted by</span>
<span class="fn" itemprop="author"><span itemprop="name">Gethin Pryce</span></span></span></div>
<div class="post-footer-line post-footer-line-2"><span class="byline post-labels"><span class="byline-label">Labels:</span>
${pLabels.map((l) => `<a href="/search/label/${l}" rel="tag">${l}</a>`).join(', ')}</span></div>
<div class="post-share-buttons post-share-buttons-bottom"><a class="goog-inline-block share-button sb-email" href="#"><span
class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="#"><span
class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-facebook" href="#"><span
class="share-button-link-text">Share to Facebook</span></a></div></div></div>
<section class="comments threaded" data-num-comments="2" id="comments"><h3 class="title">2 comments:</h3><div class="comments-content"><div
class="comment-thread"><ol>
<li class="comment" id="c1001"><div class="comment-block"><div class="comment-header"><cite class="user">Anwen L.</cite><span class="datetime
secondary-text"><a rel="nofollow" href="#">March 15, 2026 at 6:02 PM</a></span></div><p class="comment-content">${pComments[0]}</p><span
class="comment-actions secondary-text"><a class="comment-reply" href="#">Reply</a><span class="item-control blog-admin">Delete</span></span></div></li>
<li class="comment" id="c1002"><div class="comment-block"><div class="comment-header"><cite class="user">Unknown</cite><span class="datetime
secondary-text"><a rel="nofollow" href="#">March 16, 2026 at 8:47 AM</a></span></div><p class="comment-content">${pComments[1]}</p></div></li>
</ol></div></div><p class="comment-footer"><a href="#">Post a Comment</a></p></section></div></article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="#">Newer Post</a><a class="blog-pager-older-link"
href="#">Older Post</a><a class="home-link" href="/">Home</a></div>
<div class="blog-feeds container">Subscribe to: <a class="feed-link" href="#">Post Comments (Atom)</a></div></div></div></main></div>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar_top_wrapper"><div class="sidebar section"
id="sidebar_top"><div class="widget Profile" id="Profile1"><h3 class="title">About Me</h3><div class="widget-content"><a class="profile-name-link"
href="#">Gethin Pryce</a><a class="profile-link" href="#">View my complete profile</a></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h3 class="title">Popular Posts</h3><ul>${links(pPop)}</ul></div>
<div class="widget Label" id="Label1"><h3 class="title">Labels</h3><ul>${links(['batteries', 'cameras', 'earbuds'])}</ul></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Blog Archive</h3><ul class="hierarchy">${links(pArchive)}</ul></div>
<div class="widget ReportAbuse" id="ReportAbuse1"><h3 class="title"><a class="report_abuse" href="#">Report Abuse</a></h3></div></div></div></aside></div>
<footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="blogger">Powered by <a href="#">Blogger</a></div>
<div class="copyright">Theme images by Michael Elkan</div></div></footer></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><span class="cookie-choices-text">This site uses cookies from Google to deliver its services and to
analyse traffic.</span><span class="cookie-choices-buttons"><a class="cookie-choices-button" href="#">Learn more</a><a class="cookie-choices-button"
href="#">Ok</a></span></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3213516723-widgets.js"></script></body></html>`;
export const bloggerPhones: TestPage = {
  name: 'heldout275-blogger-phone-comparison',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['Specs at a glance', 'Display', 'Cameras', 'Battery life', 'Verdict'],
  body: texts([...pIntro, ...pTable.flat().filter((c) => c !== ''), ...pDisplay, ...pCam, ...pBattery, ...pVerdict]),
  bylines: ['March 15, 2026', 'Gethin Pryce'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pocket Bench', 'Honest phone reviews from a small desk in Derby', 'Posted by', 'Labels:', 'comparison', 'Email This', 'BlogThis!',
    'Share to Facebook', '2 comments:', 'Anwen L.', 'March 15, 2026 at 6:02 PM', ...pComments, 'Reply', 'Delete', 'Unknown', 'March 16, 2026 at 8:47 AM',
    'Post a Comment', 'Newer Post', 'Older Post', 'Subscribe to:', 'Post Comments (Atom)', 'About Me', 'View my complete profile', 'Popular Posts',
    ...pPop, 'Labels', 'batteries', 'earbuds', 'Home', 'Blog Archive', ...pArchive, 'Report Abuse', 'Powered by Blogger', 'Theme images by Michael Elkan',
    'This site uses cookies from Google to deliver its services and to analyse traffic.', 'Learn more',
  ],
};
