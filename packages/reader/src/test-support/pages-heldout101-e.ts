import { type TestPage, texts } from './page-kit.js';
import { wpcomPage } from './pages-heldout101-e2.js';

/**
 * Held-out batch 101, file e: a Blogger post on the "Simple" theme (the blog title as h1 and its description, the date
 * header, the post title as h3, image caption tables in the post body, "Posted by ... at ...", the share buttons, labels,
 * the reader comments with "said..." and timestamps, "Post a Comment", the blog pager, "Subscribe to: Post Comments
 * (Atom)", the sidebar with "About Me", "Popular Posts" and "Blog Archive", and the attribution footer) and, from file e2,
 * a WordPress.com travel blog post.
 */
const bgTitle = 'Bringing a 1962 Raleigh Lenton back to life';
const bgP1 = [
  'I found this one at the back of a barn sale near Ludlow in September, under a tarpaulin and a surprising number of flowerpots. The ' +
    'seller wanted thirty pounds for it and looked relieved when I didn’t haggle.',
  'Underneath the rust it turned out to be a 1962 Raleigh Lenton Sports in what was once Lenton green, with the original Sturmey-Archer ' +
    'four-speed hub and most of its decals. Here is how it went from barn find to Sunday rides in about six weeks of evenings.',
];
const bgH1 = 'Stripping it down';
const bgP2 = [
  'Everything came apart except the seat post, which had rusted solid into the frame. Three days of penetrating oil, a lot of patience ' +
    'and eventually some gentle heat from a hot air gun got it moving. If you are doing this yourself, don’t twist it with the saddle ' +
    'still on, or you will bend the rails.',
  'The hub was the part I was most worried about, but once opened up it was just full of old grease gone to tar. After a soak in ' +
    'paraffin and a rebuild with fresh oil it clicks through all four gears perfectly.',
];
const bgCaption = 'The frame after a first clean. The chrome on the forks came up better than I expected.';
const bgH2 = 'What I replaced';
const bgList = [
  'Tyres and inner tubes (27 x 1¼, still easy to find)',
  'Brake blocks and cables',
  'The chain, which was stretched well past saving',
  'Handlebar tape, in a brown cloth to match the saddle',
];
const bgP3 = [
  'I kept the original mudguards, saddle and pump, all of which just needed cleaning. I decided against respraying the frame. The paint ' +
    'is chipped, but it is the paint it left the factory with, and a bit of wax has brought out a lovely deep colour.',
  'Total spend, including the bike itself, was a little under one hundred pounds. Next job: the 1950s Dawes in the corner of the shed ' +
    'that has been giving me guilty looks all summer.',
];
const bgComments = [
  { name: 'Mike from Shrewsbury', text: 'Lovely job. I had one of these as a lad, same green. Brings back memories.', when: 'November 12, 2025 at 6:40 PM' },
  { name: 'Anonymous', text: 'Good tip about the saddle rails, I learned that one the hard way!', when: 'November 13, 2025 at 8:15 AM' },
];
const bgShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const bgLabels = ['Raleigh', 'restoration', 'Sturmey-Archer'];
const bgSide = [
  'About Me',
  'Alan Pritchard',
  'Retired engineer, Shropshire. Old bikes, long rides and too many spanners.',
  'View my complete profile',
  'Popular Posts',
  'Truing a wheel with nothing but zip ties',
  'The great Sturmey-Archer oil debate',
  'Blog Archive',
];
const bgArchive = ['2025 (9)', 'November (1)', 'October (2)', '2024 (14)'];
const bgFoot = 'Simple theme. Theme images by luoman. Powered by Blogger.';
const bgArch = (a: string, i: number): string =>
  `<li class="archivedate ${i < 2 ? 'expanded' : 'collapsed'}"><a class="toggle" href="#"><span class="zippy">${i < 2 ? '▼' : '►'}&nbsp;</span></a>` +
  `<a class="post-count-link" href="#">${a.replace(/ \(\d+\)$/, '')}</a> <span class="post-count" dir="ltr">${a.replace(/^.* /, '')}</span></li>`;
const bgP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const bgHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data"><head>
<meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://therustyspokes.blogspot.example/2025/11/bringing-1962-raleigh-lenton-back-to.html" rel="canonical">
<title>The Rusty Spokes: Bringing a 1962 Raleigh Lenton back to life</title><meta content="${bgP1[0]}" property="og:description">
<style id="page-skin-1" type="text/css">body { font: normal normal 13px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; }</style>
<script type="text/javascript">(function() { var a = window; a._gaq = a._gaq || []; })();</script>
<link href="https://www.blogger.example/dyn-css/authorization.css?targetBlogID=5512" rel="stylesheet"></head>
<body class="loading variant-simplysimple"><div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" id="Navbar1">
<iframe src="https://www.blogger.example/navbar/5512" height="30px" title="Blogger navbar"></iframe></div></div>
<div class="body-fauxcolumns"></div><div class="content"><div class="content-outer"><header><div class="header-outer"><div class="header-inner">
<div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a
href="https://therustyspokes.blogspot.example/">The Rusty Spokes</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Old bicycles, rescued one bolt at a time.</span></p></div></div></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Wednesday, November 12, 2025</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.example/img/raleigh.jpg" itemprop="image_url"><a name="8812345"></a>
<h3 class="post-title entry-title" itemprop="name">${bgTitle}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-8812345" itemprop="description articleBody">
${bgP(bgP1)}
<h3>${bgH1}</h3>
${bgP(bgP2)}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>
<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/frame.jpg" style="margin-left: auto; margin-right: auto;">
<img border="0" height="300" src="https://blogger.googleusercontent.example/img/frame.jpg" width="400"></a></td></tr>
<tr><td class="tr-caption" style="text-align: center;">${bgCaption}</td></tr></tbody></table>
<h3>${bgH2}</h3>
<ul style="text-align: left;">${bgList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${bgP(bgP3)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author">
<a class="g-profile" href="https://www.blogger.example/profile/0771" rel="author"><span itemprop="name">Alan Pritchard</span></a></span></span>
<span class="post-timestamp">at <meta content="https://therustyspokes.blogspot.example/2025/11/x.html" itemprop="url">
<a class="timestamp-link" href="#" rel="bookmark"><abbr class="published" itemprop="datePublished" title="2025-11-12T09:14:00Z">9:14 AM</abbr></a></span>
<span class="post-comment-link"></span><div class="post-share-buttons goog-inline-block">${bgShare
  .map((s) => `<a class="goog-inline-block share-button" href="#" title="${s}"><span class="share-button-link-text">${s}</span></a>`)
  .join('')}</div></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: ${bgLabels
  .map((l) => `<a href="https://therustyspokes.blogspot.example/search/label/${l}" rel="tag">${l}</a>`)
  .join(', ')}</span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>2 comments:</h4><div id="Blog1_comments-block-wrapper"><dl
class="avatar-comment-indent" id="comments-block">
${bgComments
  .map(
    (c, i) => `<dt class="comment-author" id="c${i}"><a name="c${i}"></a>${c.name} said...</dt>
<dd class="comment-body" id="Blog1_cmt-${i}"><p>${c.text}</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c${i}">${c.when}</a>
<span class="item-control blog-admin pid-1"><a href="#">Delete</a></span></span></dd>`,
  )
  .join('\n')}</dl></div><p class="comment-footer"><a href="https://www.blogger.example/comment/fullpage/post/5512/8812345">Post a Comment</a></p></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="#" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" id="Profile1"><h2>${bgSide[0]}</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data">
<a class="profile-name-link g-profile" href="#">${bgSide[1]}</a></dt><dd class="profile-textblock">${bgSide[2]}</dd></dl>
<a class="profile-link" href="#" rel="author">${bgSide[3]}</a></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>${bgSide[4]}</h2><div class="widget-content popular-posts"><ul>
<li><div class="item-title"><a href="#">${bgSide[5]}</a></div></li><li><div class="item-title"><a href="#">${bgSide[6]}</a></div></li></ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>${bgSide[7]}</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">
${bgArchive.map(bgArch).join('\n')}
</ul></div></div></div></div></aside></div></div></div></div></div>
<footer><div class="footer-outer"><div class="foot section" id="footer-3"><div class="widget Attribution" id="Attribution1"><div
class="widget-content" style="text-align: center;">
Simple theme. Theme images by <a href="http://www.istockphoto.example/luoman" target="_blank">luoman</a>. Powered by <a
href="https://www.blogger.example" target="_blank">Blogger</a>.
</div></div></div></div></footer></div></div>
<script src="https://www.blogger.example/static/v1/widgets/2975350028-widgets.js" type="text/javascript"></script></body></html>`;
const bloggerPage: TestPage = {
  html: bgHtml,
  name: 'heldout101-blogger-blog',
  kind: 'blog',
  // the post title is an h3 under the blog-title h1; the image caption table and reader comments are furniture
  title: bgTitle,
  headings: [bgH1, bgH2],
  body: texts([...bgP1, ...bgP2, ...bgList, ...bgP3]),
  bylines: ['Wednesday, November 12, 2025', 'Posted by Alan Pritchard', '9:14 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Rusty Spokes', 'Old bicycles, rescued one bolt at a time.', bgCaption, ...bgShare, 'Labels:', ...bgLabels, '2 comments:',
    ...bgComments.flatMap((c) => [`${c.name} said...`, c.text, c.when]), 'Delete', 'Post a Comment', 'Newer Post', 'Older Post', 'Home',
    'Subscribe to: Post Comments (Atom)', ...bgSide.filter((s) => s !== 'Alan Pritchard'), ...bgArchive, bgFoot,
  ],
};
export const HELDOUT101_E: readonly TestPage[] = [bloggerPage, wpcomPage];
