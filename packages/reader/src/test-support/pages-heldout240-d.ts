import { links, ps, type TestPage, texts } from './page-kit.js';
import { dealerBlog } from './pages-heldout240-d2.js';
import { j } from './pages-heldout240-kit.js';

/**
 * Held-out batch 240, file d: a smallholder's blog post on Blogger (Simple theme: blog title h1 and description, date header,
 * h3 post title, "Posted by ... at ..." footer, share buttons, labels, four comments, Newer / Older / Home pager, sidebar with
 * About Me, Popular Posts, Blog Archive and Followers, the Blogger cookie notice) and, from file d2, a farm-equipment dealer's
 * blog post on HubSpot CMS.
 */
const kTitle = 'Three years of ducks on a wet half-acre';
const kBody1 = [
  j(
    'When we bought Thistledown the bottom paddock was a bog from November to April. Everyone told us to drain it. Instead, three',
    'years ago, we bought six Khaki Campbell ducklings, and I thought it was time I wrote down what we have learned since.',
  ),
];
const kH = ['What went right', 'What went wrong', 'The numbers', 'Would I do it again?'];
const kRight = [
  j(
    'The ducks love the wet ground. They spend all day dabbling in the soft margins, and the slug population in the vegetable beds next',
    'door has collapsed. Last summer I lost not a single lettuce to slugs, which has never happened in twenty years of gardening.',
  ),
  j(
    'Khaki Campbells are also astonishing layers. Our five girls (we lost one, see below) laid 1,140 eggs last year between them, and',
    'they lay through most of the winter without extra light.',
  ),
];
const kWrong = ['Plenty, to be honest. In no particular order:'];
const kWrongList = [
  'A fox took our drake in the first autumn because I was late shutting them in. Ducks do not put themselves to bed like hens do.',
  'They turn any water into mud within minutes. The plastic pool needs emptying and refilling every single day.',
  'The duck house floor rotted in eighteen months. We rebuilt it with a slatted floor over a gravel pit and it has been dry since.',
];
const kNum = [
  j(
    'Feed costs us about £14 a month for five ducks, plus straw and the odd vet bill. We sell surplus eggs at the gate for £3 a half',
    'dozen and last year that covered the feed with a little left over for a new feeder. I have not counted my time, and I do not',
    'intend to.',
  ),
];
const kAgain = [
  j(
    'Without a doubt. If you have a wet corner and you are tired of fighting it, ducks might be the answer. Just build the house better',
    'than I did, and shut the door every night.',
  ),
  'Next time: how we are planting willow along the ditch for the ducks to shelter under.',
];
const kComments = [
  [
    'Meg from Crossways',
    'March 1, 2026 at 9:14 PM',
    'Lovely update! Ours are Runners and they are just as messy. Did you try a shallow tray instead of a pool?',
  ],
  ['Tamsin Hale', 'March 2, 2026 at 7:03 AM', 'We did, Meg, but they tipped it over. The heavy rubber trough works best so far.'],
  ['Old Hob', 'March 2, 2026 at 11:40 AM', 'Slatted floor is the way. Mine has lasted eight years. Good post.'],
  ['Anonymous', 'March 3, 2026 at 4:22 PM', 'Where did you get the ducklings? Looking for Campbells near Exley.'],
];
const kPopular = ['How we built a hedge from bare-root whips', 'Making rhubarb cordial (the easy way)', 'Our first winter with a wood stove'];
const kHtml = `<!DOCTYPE html><html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://thistledownacre.blogspot.example/2026/03/three-years-of-ducks.html" rel="canonical">
<meta content="${kTitle}" property="og:title"><meta content="What three years of keeping Khaki Campbells on boggy ground taught us." property="og:description">
<title>Thistledown Acre: ${kTitle}</title>
<script type="text/javascript">(function() { var b=window,f="chrome",g="jstiming"; window.cookieChoices && window.cookieChoices.showCookieConsentBar &&
window.cookieChoices.showCookieConsentBar('This site uses cookies from Google to deliver its services and to analyze traffic.', 'Ok', 'Learn more',
'https://policies.google.example/technologies/cookies'); })();</script></head>
<body class="loading variant-wide"><div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"></div></div>
<div class="body-fauxcolumns"></div><div class="content"><div class="content-outer"><header><div class="header-outer"><div class="header-inner">
<div class="section" id="header"><div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper">
<h1 class="title"><a href="https://thistledownacre.blogspot.example/">Thistledown Acre</a></h1></div><div class="descriptionwrapper">
<p class="description"><span>Half an acre, two goats, a lot of mud and a few ducks.</span></p></div></div></div></div></div></div></header>
<div class="main-outer"><div class="main-inner columns-fix-sidebar"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Sunday, March 1, 2026</span></h2><div class="date-posts">
<div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.example/ducks.jpg" itemprop="image_url"><a name="4418029"></a>
<h3 class="post-title entry-title" itemprop="name">${kTitle}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-4418029" itemprop="description articleBody">
${ps(kBody1)}
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.example/ducks.jpg" style="margin-left: 1em;">
<img border="0" height="300" src="https://blogger.googleusercontent.example/s400/ducks.jpg" width="400"></a></div>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody><tr><td class="tr-caption" style="text-align: center;">
The girls inspecting the new slatted floor</td></tr></tbody></table>
<h4>${kH[0]}</h4>
${ps(kRight)}
<h4>${kH[1]}</h4>
${ps(kWrong)}
<ul>${kWrongList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h4>${kH[2]}</h4>
${ps(kNum)}
<h4>${kH[3]}</h4>
${ps(kAgain)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author"
itemscope itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.example/profile/0881" rel="author" title="author profile">
<span itemprop="name">Tamsin Hale</span></a></span></span> <span class="post-timestamp">at <meta content="2026-03-01T19:42:00Z" itemprop="url">
<a class="timestamp-link" href="https://thistledownacre.blogspot.example/2026/03/three-years-of-ducks.html" rel="bookmark" title="permanent link">
<abbr class="published" itemprop="datePublished" title="2026-03-01T19:42:00Z">7:42 PM</abbr></a></span>
<span class="post-comment-link"></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" target="_blank">
<span class="share-button-link-text">Email This</span></a>
<a class="goog-inline-block share-button sb-blog" href="#"><span class="share-button-link-text">BlogThis!</span></a>
<a class="goog-inline-block share-button sb-twitter" href="#"><span class="share-button-link-text">Share to X</span></a>
<a class="goog-inline-block share-button sb-facebook" href="#"><span class="share-button-link-text">Share to Facebook</span></a>
<a class="goog-inline-block share-button sb-pinterest" href="#"><span class="share-button-link-text">Share to Pinterest</span></a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/ducks" rel="tag">ducks</a>,
<a href="/search/label/poultry" rel="tag">poultry</a>, <a href="/search/label/smallholding" rel="tag">smallholding</a></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>4 comments:</h4><div class="comments-content"><div id="comment-holder">
<div class="comment-thread toplevel-thread"><ol id="top-ra">
${kComments
  .map(
    ([a, d, t], i) => `<li class="comment" id="c10${i}"><div class="avatar-image-container"><img src="//resources.blogblog.example/img/blank.gif"></div>
<div class="comment-block"><div class="comment-header"><cite class="user">${a}</cite><span class="icon user"></span><span class="datetime secondary-text">
<a rel="nofollow" href="#c10${i}">${d}</a></span></div><p class="comment-content">${t}</p><span class="comment-actions secondary-text">
<a class="comment-reply" target="_self">Reply</a><span class="item-control blog-admin"><a target="_self" href="#">Delete</a></span></span></div></li>`,
  )
  .join('\n')}
</ol></div></div></div><p class="comment-footer"><a href="https://www.blogger.example/comment/fullpage/post/4418029">Post a Comment</a></p></div>
</div></div></div></div><div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="#" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" data-version="1" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data">
<a class="profile-name-link g-profile" href="#">Tamsin Hale</a></dt><dd class="profile-textblock">Ex-nurse, now growing veg and raising too many animals
on the edge of Exley Moor.</dd></dl><a class="profile-link" href="#" rel="author">View my complete profile</a></div></div>
<div class="widget PopularPosts" data-version="1" id="PopularPosts1"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>
${links(kPopular)}</ul></div></div>
<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">
<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a>
<a class="post-count-link" href="/2026/">2026</a> <span class="post-count" dir="ltr">(6)</span></li>
<li class="archivedate collapsed"><a class="post-count-link" href="/2025/">2025</a> <span class="post-count" dir="ltr">(31)</span></li></ul></div></div></div>
<div class="widget Followers" data-version="1" id="Followers1"><h2 class="title">Followers</h2><div class="widget-content"></div></div>
</div></aside></div></div></div></div>
<footer><div class="footer-outer"><div class="foot section" id="footer-1"><div class="widget Attribution" data-version="1" id="Attribution1">
<div class="widget-content" style="text-align: center;">Simple theme. Powered by
<a href="https://www.blogger.example" target="_blank">Blogger</a>.</div></div></div>
</div></footer></div></div></body></html>`;
const smallholder: TestPage = {
  name: 'heldout240-blogger-smallholder-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kBody1, ...kRight, ...kWrong, ...kWrongList, ...kNum, ...kAgain]),
  bylines: ['Sunday, March 1, 2026', 'Tamsin Hale', '7:42 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thistledown Acre', 'Half an acre, two goats, a lot of mud and a few ducks.', 'The girls inspecting the new slatted floor', 'Posted by',
    'Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest', 'Labels:', 'poultry', 'smallholding', '4 comments:',
    ...kComments.flat().filter((t) => t !== 'Tamsin Hale'), 'Reply', 'Delete', 'Post a Comment', 'Newer Post', 'Older Post', 'Home',
    'Subscribe to:', 'Post Comments (Atom)',
    'About Me', 'Ex-nurse, now growing veg and raising too many animals on the edge of Exley Moor.', 'View my complete profile', 'Popular Posts',
    ...kPopular, 'Blog Archive', '2026', '(6)', '2025', '(31)', 'Followers', 'Simple theme. Powered by Blogger.',
  ],
};

export const HELDOUT240_D: readonly TestPage[] = [smallholder, dealerBlog];
