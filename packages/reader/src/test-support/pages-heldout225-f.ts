import { links, type TestPage, texts } from './page-kit.js';
import { ebirdTrip } from './pages-heldout225-f2.js';

/**
 * Held-out batch 225, file f: a foraging blog post on Blogger (Simple theme: the navbar iframe placeholder, the header with
 * the blog title and description, the date header as an h2 above the post's h3 title, the safety notice at the top of the
 * post body, the post footer with "Posted by", time, "No comments:"-style links, the share buttons, "Labels:", the blog
 * pager with "Newer Post" / "Older Post" / "Home", "Subscribe to: Post Comments (Atom)", three comments with the comment
 * form, the sidebar "About Me", "Popular Posts" and "Blog Archive" widgets, "Powered by Blogger." and the EU cookie notice)
 * and, from file f2, an eBird trip report page.
 */
const title = 'Sweet chestnuts at Hollins Wood, and what to do with them';
const warn =
  'Please only pick what you can positively identify. Horse chestnuts (conkers) are poisonous and look quite different close up: ' + 'see the notes below.';
const paras1 = [
  'The sweet chestnuts are early this year. I went up to Hollins Wood on Thursday expecting to be a week too soon and found the ' +
    'rides already carpeted with split husks, and a family of jays working their way along the bank above the stream.',
  'It was a good year for them, too. After the wet spring the nuts are plump, and most husks held two or three decent ones rather ' +
    'than the flat, empty ones you get in a poor year. An hour’s gathering filled a cloth bag with about two kilos.',
];
const h1 = 'Telling them apart';
const paras2 = [
  'Sweet chestnut husks are covered in long, fine, very sharp spines, like a sea urchin, and usually hold two or three nuts with ' +
    'a pointed tip and a little tuft. Horse chestnut cases have a few short, stubby spikes and hold a single round, glossy conker. ' +
    'The leaves are different too: long and toothed on the sweet chestnut, hand-shaped on the horse chestnut.',
];
const h2 = 'Preparing them';
const steps = [
  'Sort them in a bowl of water. Any that float have usually been got at by weevils.',
  'Cut a cross in the flat side of each one with a sharp knife, otherwise they will burst in the oven.',
  'Roast at 200°C for 25 to 30 minutes, until the cuts open and the shells start to curl back.',
  'Wrap them in a tea towel for five minutes, then peel while still warm. The inner skin comes away far more easily.',
];
const paras3 = [
  'We ate most of this batch straight from the tea towel. The rest went into a chestnut and mushroom pie with some of the ' +
    'hedgehog fungus from the same walk, which I will write up next week.',
  'As always, take a share and leave plenty for the squirrels, the jays and the next person. And if the wood has a sign asking ' +
    'you not to gather, respect it.',
];
const blog = 'The Hedgerow Larder';
const desc = 'Wild food through the seasons in the Calder valley, one walk at a time.';
const date = 'Sunday, 28 September 2025';
const share = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const labels = ['autumn', 'nuts', 'sweet chestnut', 'woodland'];
const comments = [
  { who: 'Bramble Jo', when: '28 September 2025 at 19:02', text: 'Lovely post. We found loads at Ogden but nearly all empty, must be a later site.' },
  { who: 'Anonymous', when: '29 September 2025 at 08:47', text: 'Do you ever boil them instead of roasting?' },
  { who: 'Ellis Marsh', when: '29 September 2025 at 12:15', text: 'I do, Anonymous! 20 minutes simmering, then peel. Softer, good for soups.' },
];
const form = ['Post a Comment', 'Newer Post', 'Older Post', 'Home', 'Subscribe to:', 'Post Comments (Atom)'];
const about = [
  'About Me',
  'Ellis Marsh',
  'Forager, walker and occasional cook. I lead small wild food walks for local groups.',
  'View my complete profile',
] as const;
const popular = ['Popular Posts', 'Wild garlic pesto that keeps', 'Elderflower cordial, the lazy way', 'Field mushrooms and how not to confuse them'];
const archiveYears = ['Blog Archive', '► 2024 (31)', '▼ 2025 (27)', '▼ September (4)'];
const archive = [...archiveYears, 'Sweet chestnuts at Hollins Wood, and what to do with ...', '► August (3)'];
const cookie = ['This site uses cookies from Google to deliver its services and to analyse traffic.', 'Learn more', 'Ok'];
const theme = 'Simple theme. Powered by Blogger.';

const html = `<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data"
xmlns:expr="http://www.google.com/2005/gml/expr"><head><meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8"
http-equiv="Content-Type"><meta content="blogger" name="generator"><link href="https://hedgerowlarder.blogspot.com/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://hedgerowlarder.blogspot.com/2025/09/sweet-chestnuts-hollins-wood.html" rel="canonical"><title>${blog}: ${title}</title>
<meta content="${title}" property="og:title"><meta content="The sweet chestnuts are early this year." property="og:description">
<style id="page-skin-1" type="text/css"><!-- body { font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; } --></style>
<script type="text/javascript">window._gaq = window._gaq || []; var BLOG_data = {'blogId':'4412','postId':'88120'};</script></head>
<body class="loading variant-simplysimple"><div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" data-version="1" id="Navbar1">
<script type="text/javascript">function setAttributeOnload(object, attribute, val) { }</script><div id="navbar-iframe-container"></div></div></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div><div class="content"><div class="content-outer">
<header><div class="header-outer"><div class="header section" id="header" name="Header"><div class="widget Header" data-version="1" id="Header1">
<div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://hedgerowlarder.blogspot.com/">${blog}</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>${desc}</span></p></div></div></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main" name="Main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>${date}</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.example/img/chestnuts.jpg" itemprop="image_url"><meta content="4412" itemprop="blogId">
<a name="88120"></a><h3 class="post-title entry-title" itemprop="name">${title}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-88120" itemprop="description articleBody">
<div style="background-color: #fff3cd; border: 1px solid #e0c36c; padding: 8px;"><b>${warn}</b></div><br>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.example/img/chestnuts-big.jpg"
style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="1200" data-original-width="1600" height="300"
src="https://blogger.googleusercontent.example/img/chestnuts.jpg" width="400"></a></div>
${paras1.map((p) => `<p>${p}</p>`).join('\n')}
<h4>${h1}</h4>
${paras2.map((p) => `<p>${p}</p>`).join('\n')}
<h4>${h2}</h4>
<ol>${steps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${paras3.map((p) => `<p>${p}</p>`).join('\n')}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author"
itemscope="itemscope" itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/0712" itemprop="url"><a class="g-profile"
href="https://www.blogger.com/profile/0712" rel="author" title="author profile"><span itemprop="name">Ellis Marsh</span></a></span></span>
<span class="post-timestamp">at <meta content="https://hedgerowlarder.blogspot.com/2025/09/sweet-chestnuts-hollins-wood.html" itemprop="url">
<a class="timestamp-link" href="#" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished"
title="2025-09-28T10:31:00+01:00">10:31</abbr>
</a></span><span class="post-comment-link"></span><span class="post-icons"><span class="item-control blog-admin pid-1120"><a href="#" title="Edit Post">
<img alt="" class="icon-action" height="18" src="https://resources.blogblog.example/img/icon18_edit_allbkg.gif" width="18"></a></span></span>
<div class="post-share-buttons goog-inline-block">${share
  .map(
    (s) => `<a class="goog-inline-block share-button sb-${s.length}" href="#" title="${s}"><span
class="share-button-link-text">${s}</span></a>`,
  )
  .join('')}</div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: ${labels
  .map(
    (l) => `<a href="/search/label/${l}"
rel="tag">${l}</a>`,
  )
  .join(', ')}
</span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>3 comments:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent"
id="comments-block">${comments
  .map(
    (c, i) => `<dt class="comment-author" id="c${i}"><a name="c${i}"></a>${c.who} said...</dt><dd class="comment-body" id="Blog1_cmt-${i}"><p>${c.text}</p></dd>
<dd class="comment-footer"><span class="comment-timestamp"><a href="#c${i}" title="comment permalink">${c.when}</a></span></dd>`,
  )
  .join('\n')}</dl></div><p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/4412/88120" onclick="">${form[0]}</a></p></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#" title="Newer Post">${form[1]}</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#" title="Older Post">${form[2]}</a></span><a class="home-link"
href="/">${form[3]}</a></div>
<div class="clear"></div><div class="post-feeds"><div class="feed-links">${form[4]} <a class="feed-link" href="#"
type="application/atom+xml">${form[5]}</a></div></div>
</div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile"
id="Profile1">
<h2>${about[0]}</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile"
href="#">${about[1]}</a>
</dt><dd class="profile-textblock">${about[2]}</dd></dl><a class="profile-link" href="#" rel="author">${about[3]}</a></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>${popular[0]}</h2><div class="widget-content
popular-posts"><ul>${links(popular.slice(1))}</ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>${archive[0]}</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">
${archive
  .slice(1)
  .map((a) => `<li class="archivedate"><a class="post-count-link" href="#">${a}</a></li>`)
  .join('')}</ul></div></div></div></div></aside></div></div></div></div></div>
<footer><div class="footer-outer"><div class="foot section" id="footer-3"><div class="widget Attribution" id="Attribution1"><div class="widget-content"
style="text-align: center;">${theme}</div></div></div></div></footer></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">${cookie[0]}</span>
<span class="cookie-choices-buttons"><a class="cookie-choices-button" href="https://policies.google.com/technologies/cookies">${cookie[1]}</a>
<a id="cookieChoiceDismiss" class="cookie-choices-button" href="#">${cookie[2]}</a></span></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975350028-widgets.js"></script></body></html>`;

const blogger: TestPage = {
  name: 'heldout225-blogger-foraging-blog',
  kind: 'blog',
  html,
  title,
  // the safety notice at the top of the post body is the author's own text and is body; reader comments are furniture
  headings: [h1, h2],
  body: texts([warn, ...paras1, ...paras2, ...steps, ...paras3]),
  bylines: [date, 'Posted by', 'Ellis Marsh', '10:31'],
  // biome-ignore format: packed furniture
  furniture: [
    blog, desc, ...share, 'Labels:', ...labels, '3 comments:', ...comments.flatMap((c) => [`${c.who} said...`, c.text, c.when]), ...form,
    about[0], about[2], about[3], ...popular, ...archive, theme, ...cookie,
  ],
};

export const HELDOUT225_F: readonly TestPage[] = [blogger, ebirdTrip];
