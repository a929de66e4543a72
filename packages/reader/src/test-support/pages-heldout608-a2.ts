import { links, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout608-kit.js';

/**
 * Held-out batch 608, file a2: a beginner quilt-along post on Blogger (Simple theme) with its date header, labels, share
 * buttons, comments, blog pager and profile / archive / popular posts sidebar.
 */
const bTitle = 'Starlight Sampler Quilt-Along, Week 1: fabric and cutting';
const bBody = [
  j(
    'Welcome, everyone! I am so pleased to see how many of you have signed up for the Starlight Sampler. Over the next eight weeks we',
    'will make nine star blocks, set them with sashing and finish with a simple border, and this first week is all about getting',
    'ready: choosing fabric, washing it (or not) and cutting the background pieces.',
  ),
  'Choosing your fabric',
  j(
    'You need about 2 metres of a light background and nine fat quarters for the stars. If you are new to this, pick prints that',
    'read clearly as light, medium and dark when you squint at them. A photo on your phone in black and white is a great check.',
  ),
  'Background: 2 m of solid or tone-on-tone cotton',
  'Stars: nine fat quarters, or a charm pack plus three fat quarters',
  'Sashing and border: 1 m of a medium print',
  'Binding: 0.4 m',
  'Cutting the background',
  j(
    'From the background fabric cut 36 squares of 3½ in and 36 rectangles of 3½ x 6½ in. Keep them in a labelled bag so they do',
    'not wander off. Do not cut the star fabrics yet; we will do that block by block so you can change your mind as you go.',
  ),
  j(
    'If your ruler is new to you, take five minutes to practise on scraps. Hold the ruler firmly with your fingertips spread,',
    'and always cut away from yourself.',
  ),
  j(
    'That is it for this week! Share your fabric pull in the Flickr group with the tag #starlightsampler and I will pick one person',
    'at random next Saturday for a little parcel of fat quarters.',
  ),
];
const bSide = ['► 2026 (14)', '► 2025 (61)', '► 2024 (58)'];
const bPop = ['Binding corners without tears', 'My sewing room, finally tidy', 'Quilt-along index'];
const bShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const bCom = [
  ['Jo in Kendal', '7 March 2026 at 11:02', 'Just the nudge I needed. Fabric ordered and the background is in the wash!'],
  ['Patchwork Pauline', '7 March 2026 at 14:45', 'Can I use a jelly roll for the stars instead? I have one that has been waiting for a project.'],
  ['Maggie', '7 March 2026 at 16:10', 'Pauline, yes, but the centre squares need 4½ in, so you will need a few extra scraps for those.'],
];
const bComHtml = bCom
  .map(
    ([who, when, txt], i) => `<li class="comment" id="c77${i}"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif"
alt=""></div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/0${i}" rel="nofollow">${who}</a>
</cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c77${i}">${when}</a></span></div>
<p class="comment-content">${txt}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a>
<span class="item-control blog-admin blog-admin pid-1"><a target="_self" href="https://www.blogger.com/delete-comment.g">Delete</a></span></span></div>
<div class="comment-replies"></div><div class="comment-replybox-single" id="c77${i}-ce"></div></li>`,
  )
  .join('\n');
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data"
xmlns:expr="http://www.google.com/2005/gml/expr"><head><link href="https://www.blogger.com/static/v1/widgets/2437439463-css_bundle_v2.css" rel="stylesheet"
type="text/css"><meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://patchworkatnumbernine.blogspot.com/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://patchworkatnumbernine.blogspot.com/2026/03/starlight-sampler-week-1.html" rel="canonical">
<title>Patchwork at Number Nine: ${bTitle}</title><meta content="${bTitle}" property="og:title">
<style id="page-skin-1" type="text/css"><!--
body{font:normal normal 14px Georgia, Utopia, 'Palatino Linotype', Palatino, serif;color:#4a3b3b;background:#f3eee6}
.post-body img{padding:4px;background:#fff;border:1px solid #eee}
--></style><script type="text/javascript">(function(){var a=document.createElement('script');a.src='//www.blogger.com/static/v1/jsbin/b.js';})();</script>
</head><body class="loading variant-simplysimple"><div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" data-version="1"
id="Navbar1">
<iframe src="https://www.blogger.com/navbar.g?targetBlogID=77&amp;blogName=Patchwork+at+Number+Nine" height="30" width="100%" title="Blogger navbar"></iframe>
</div></div><div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div><div class="content"><div class="content-outer">
<header><div class="header-outer"><div class="header-inner"><div class="main-inner header section" id="header" name="Header"><div class="widget Header"
data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://patchworkatnumbernine.blogspot.com/">
Patchwork at Number Nine</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Quilts, scraps and too much tea in a terraced
house in Macclesfield</span></p></div></div></div></div></div></div></header>
<div class="tabs-outer"><div class="tabs section" id="crosscol" name="Cross-Column"><div class="widget PageList" data-version="1" id="PageList1">
<div class="widget-content"><ul>${links(['Home', 'Quilt-alongs', 'Patterns', 'About me'])}</ul></div></div></div></div>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main" name="Main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Saturday, 7 March 2026</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.com/img/b/R29v/starlight.jpg" itemprop="image_url"><a name="7712"></a>
<h3 class="post-title entry-title" itemprop="name">${bTitle}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-7712" itemprop="description articleBody"><div style="text-align: left;">${at(bBody, 0)}</div><br>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29v/starlight.jpg"
style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="900" data-original-width="1200" height="300"
src="https://blogger.googleusercontent.com/img/b/R29v/s400/starlight.jpg" width="400"></a></div>
<h3 style="text-align: left;">${at(bBody, 1)}</h3><div>${at(bBody, 2)}</div><ul style="text-align: left;">${lis(bBody.slice(3, 7))}</ul>
<h3 style="text-align: left;">${at(bBody, 7)}</h3><div>${at(bBody, 8)}</div><div><br></div><div>${at(bBody, 9)}</div><div><br></div>
<div>${at(bBody, 10)}</div><div><br></div><div style="text-align: right;"><i>Happy stitching, Maggie x</i></div>
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author"
itemscope="itemscope" itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.com/profile/7" rel="author" title="author profile">
<span itemprop="name">Maggie</span></a></span></span> <span class="post-timestamp">at <meta content="https://patchworkatnumbernine.blogspot.com/2026/03/
starlight-sampler-week-1.html" itemprop="url"><a class="timestamp-link" href="#" rel="bookmark" title="permanent link"><abbr class="published"
itemprop="datePublished" title="2026-03-07T09:30:00Z">09:30</abbr></a></span> <span class="post-comment-link"></span>
<span class="post-icons"><span class="item-control blog-admin pid-1"><a href="https://www.blogger.com/post-edit.g?blogID=77&amp;postID=7712"
title="Edit Post"><img alt="" class="icon-action" height="18" src="https://resources.blogblog.com/img/icon18_edit_allbkg.gif" width="18"></a></span></span>
<div class="post-share-buttons goog-inline-block">${bShare
  .map(
    (t) => `<a class="goog-inline-block share-button" href="#" target="_blank"
title="${t}"><span class="share-button-link-text">${t}</span></a>`,
  )
  .join('\n')}</div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/quilt-along" rel="tag">quilt-along</a>,
<a href="/search/label/starlight%20sampler" rel="tag">starlight sampler</a></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>3 comments:</h4><div class="comments-content"><div id="comment-holder">
<div class="comment-thread toplevel-thread"><ol id="top-ra">${bComHtml}</ol></div></div></div>
<p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4><p></p>
<iframe allowtransparency="true" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor"
name="comment-editor" src="" width="100%"></iframe></div></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#" title="Newer Post">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#" title="Older Post">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="clear"></div><div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="#" target="_blank"
type="application/atom+xml">
Post Comments (Atom)</a></div></div></div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile"
data-version="1" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="https://www.blogger.com/profile/7"><img alt="My photo" class="profile-img"
height="80" src="//blogger.googleusercontent.com/img/maggie.jpg" width="80"></a><dl class="profile-datablock"><dt class="profile-data"><a
class="profile-name-link
g-profile" href="https://www.blogger.com/profile/7" rel="author">Maggie</a></dt><dd class="profile-textblock">Quilter since 1998, teacher since 2011,
never without a seam ripper in my pocket.</dd></dl><a class="profile-link" href="https://www.blogger.com/profile/7" rel="author">View my complete profile</a>
</div></div><div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><ul
class="hierarchy">${links(bSide, 'archivedate collapsed')}</ul></div></div></div><div class="widget PopularPosts" data-version="1" id="PopularPosts1">
<h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>${links(bPop)}</ul></div></div></div></aside></div></div></div></div>
<footer><div class="footer-outer"><div class="footer-inner"><div class="foot section" id="footer-3" name="Footer"><div class="widget Attribution"
data-version="1"
id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.com"
target="_blank">Blogger</a>.
</div></div></div></div></div></footer></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1988225428-widgets.js"></script>
<script type="text/javascript">window['__wavt'] =
'AOuZoY5';_WidgetManager._Init('//www.blogger.com/rearrange?blogID=77','//patchworkatnumbernine.blogspot.com/');
</script></body></html>`;
const blogger: TestPage = {
  name: 'heldout608-blogger-quilt-along',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [at(bBody, 1), at(bBody, 7)],
  body: texts(bBody.filter((_, i) => i !== 1 && i !== 7)),
  bylines: ['Saturday, 7 March 2026', 'Happy stitching, Maggie x', 'Posted by Maggie at 09:30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Patchwork at Number Nine', 'Quilts, scraps and too much tea in a terraced house in Macclesfield', 'Home', 'Quilt-alongs', 'Patterns', 'About me',
    ...bShare, 'Labels: quilt-along, starlight sampler', '3 comments:', ...bCom.flat(), 'Reply', 'Delete', 'Post a Comment', 'Newer Post',
    'Older Post', 'Subscribe to: Post Comments (Atom)', 'About Me', 'Quilter since 1998, teacher since 2011, never without a seam ripper in my pocket.',
    'View my complete profile', 'Blog Archive', ...bSide, 'Popular Posts', ...bPop, 'Simple theme. Powered by Blogger.',
  ],
};

export const HELDOUT608_A2: readonly TestPage[] = [blogger];
