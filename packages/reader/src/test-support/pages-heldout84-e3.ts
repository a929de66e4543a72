/**
 * Held-out batch 84, file e3: the texts and HTML of a Blogger (blogspot) recipe post on the classic "Simple" theme: the
 * navbar section, the header widget with blog title and description, the Pages tab list, the date header, the post title
 * (an h3), Blogger's caption table under the photo, the ingredients and method lists under h3 headings, the post footer with
 * "Posted by", time, share buttons and labels, three comments with Reply / Delete and "Add comment", the blog pager, "Subscribe
 * to: Post Comments (Atom)", and the sidebar (About Me, Search This Blog, Popular Posts, Blog Archive, the theme attribution).
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);

export const bgTitle = 'Sticky Bonfire Night parkin (and why you must wait three days)';
export const bgP1 = paras(`
Every year on the fifth of November my mother made a tray of parkin, wrapped it in greaseproof paper and a tea towel, and put it
on top of the wardrobe where none of us could reach it. It would come down on the Saturday after, by which time it had gone
from a rather dry ginger cake to something dark, sticky and almost fudgy.

I have tried for years to find a shortcut. There isn’t one. Parkin needs to sit. So this is my recipe, which is really her recipe
with more ginger, and a plea: make it on Wednesday if you want to eat it at the weekend.
`);
export const bgH1 = 'Ingredients';
export const bgIngr = [
  '200g medium oatmeal (not rolled oats)',
  '100g self-raising flour',
  '4 tsp ground ginger',
  '1 tsp mixed spice',
  'a good pinch of salt',
  '200g golden syrup',
  '50g black treacle',
  '100g butter',
  '85g soft dark brown sugar',
  '1 large egg, beaten',
  '1 tbsp milk',
];
export const bgH2 = 'Method';
export const bgSteps = [
  'Heat the oven to 140°C (120°C fan) and line a 20cm square tin with baking paper.',
  'Mix the oatmeal, flour, ginger, mixed spice and salt in a large bowl.',
  'Put the syrup, treacle, butter and sugar in a pan over a low heat and stir until the butter has melted and the sugar dissolved. Do not let it boil.',
  'Pour the warm syrup mixture into the dry ingredients and stir well, then beat in the egg and the milk. It will be quite loose.',
  'Pour into the tin and bake for 50 minutes to an hour, until firm in the middle and just starting to pull away from the sides.',
  'Leave to cool in the tin, then lift out, wrap in greaseproof paper and foil and keep in a tin for at least three days before cutting.',
];
export const bgH3 = 'A few notes';
export const bgP2 = paras(`
Medium oatmeal gives the traditional slightly gritty texture. If you can only find rolled oats, blitz them briefly in a food
processor, but the parkin will be softer and less chewy.

It will sink a little in the middle as it cools. That is fine, and in our house the middle squares are the ones everybody
fights over.

Parkin keeps for two weeks in a tin and, honestly, it is better in the second week than the first. If you have any left by
then.
`);
export const bgCaption = 'Day three, finally cut. Mum’s old tin, still going.';
export const bgPages = ['Home', 'Recipe Index', 'Knitting Patterns', 'About'];
export const bgShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
export const bgLabels = ['baking', 'Bonfire Night', 'family recipes', 'Yorkshire'];
export const bgComments = [
  { n: 'Sue from Skipton', d: '9 November 2025 at 16:05', t: 'My nana used to say exactly the same thing about the wardrobe! Making this tonight.' },
  {
    n: 'Anonymous',
    d: '9 November 2025 at 19:48',
    t: 'Could I use all golden syrup instead of the treacle? My lot don’t like it too dark.',
  },
  {
    n: 'Maggie Thwaite',
    d: '9 November 2025 at 21:10',
    t: 'You can, Anonymous, but it will taste more like a ginger cake. Maybe try half the treacle first.',
  },
];
export const bgProfile = [
  'About Me',
  'Knitter, baker, allotment holder and retired dinner lady from the Aire valley. I write down what I cook so my grandchildren can find it.',
  'View my complete profile',
];
export const bgPopular = [
  { t: 'Grandma’s cheese and onion pie', s: 'This is the pie that every family in our street has seen at least once…' },
  { t: 'A simple ribbed hat for beginners', s: 'Four needles, one ball of wool and a long evening…' },
];
export const bgArchive: [string, string, string][] = [
  ['▼ ', '2025', '(14)'],
  ['▼ ', 'November', '(2)'],
  ['► ', 'October', '(3)'],
  ['► ', 'September', '(2)'],
  ['► ', '2024', '(22)'],
  ['► ', '2023', '(19)'],
];

const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');

export const bgHtml = `<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en-GB' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'
xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'><head>
<meta content='width=1100' name='viewport'/><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><meta content='blogger' name='generator'/>
<link href='https://crumbsatnumbernine.blogspot.example/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://crumbsatnumbernine.blogspot.example/2025/11/sticky-bonfire-night-parkin.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Crumbs at Number Nine - Atom" href="https://crumbsatnumbernine.blogspot.example/feeds/posts/default" />
<meta content='${bgTitle}' property='og:title'/><meta content='https://blogger.googleusercontent.example/img/b/R29vZ2xl/parkin.jpg' property='og:image'/>
<title>Crumbs at Number Nine: ${bgTitle}</title>
<style id='page-skin-1' type='text/css'><!--
/* Name: Simple  Designer: Blogger  URL: www.blogger.com */
body { font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; background: #f5efe6 none repeat scroll top left; }
--></style>
<script type="text/javascript">(function() { var a=window,c="jstiming",d="tick";var e=function(b){this.t={};this.tick=function(b,o,f){};};a[c]={};})();</script>
</head>
<body class='loading variant-simplysimple'><div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'>
<script type="text/javascript">function setAttributeOnload(object, attribute, val) {}</script><div id="navbar-iframe-container"></div></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'><div class='cap-top'><div class='cap-left'></div></div></div></div>
<div class='content'><div class='content-outer'><div class='content-cap-top cap-top'></div><div class='content-inner'>
<header><div class='header-outer'><div class='header-cap-top cap-top'></div><div class='fauxborder-left header-fauxborder-left'><div
class='region-inner header-inner'>
<div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'>
<h1 class='title'><a href='https://crumbsatnumbernine.blogspot.example/'>Crumbs at Number Nine</a></h1></div><div class='descriptionwrapper'>
<p class='description'><span>Baking, knitting and making do in a Yorkshire kitchen</span></p></div></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='region-inner tabs-inner'><div class='tabs section' id='crosscol' name='Cross-Column'><div class='widget PageList'
data-version='1'
id='PageList1'><h2>Pages</h2><div class='widget-content'><ul>${bgPages
  .map(
    (t, i) => `<li${i === 0 ? " class='selected'" : ''}><a
href='#'>${t}</a></li>`,
  )
  .join('')}
</ul><div class='clear'></div></div></div></div></div></div>
<div class='main-outer'><div class='main-inner columns-fix-right'><div class='columns fauxcolumns'><div class='columns-inner'><div class='column-center-outer'>
<div class='column-center-inner'><div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'><div
class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>Sunday, 9 November 2025</span></h2><div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.example/img/b/R29vZ2xl/parkin.jpg' itemprop='image_url'/><meta content='4411927308115520187'
itemprop='blogId'/>
<meta content='8120663951402947215' itemprop='postId'/><a name='8120663951402947215'></a><h3 class='post-title entry-title' itemprop='name'>${bgTitle}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-8120663951402947215' itemprop='description articleBody'>
${ps(bgP1)}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr>
<td style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/s1600/parkin.jpg"
style="margin-left: auto; margin-right: auto;">
<img border="0" data-original-height="1200" data-original-width="1600" height="300"
src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/w400-h300/parkin.jpg"
width="400" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${bgCaption}</td></tr></tbody></table>
<h3 style="text-align: left;">${bgH1}</h3>
<ul style="text-align: left;">${bgIngr.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3 style="text-align: left;">${bgH2}</h3>
<ol style="text-align: left;">${bgSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h3 style="text-align: left;">${bgH3}</h3>
${ps(bgP2)}
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author'
itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/0511' itemprop='url'/><a class='g-profile'
href='https://www.blogger.com/profile/0511' rel='author' title='author profile'><span itemprop='name'>Maggie Thwaite</span></a></span></span>
<span class='post-timestamp'>at <meta content='https://crumbsatnumbernine.blogspot.example/2025/11/sticky-bonfire-night-parkin.html' itemprop='url'/><a
class='timestamp-link' href='#' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished'
title='2025-11-09T14:32:00Z'>14:32</abbr></a></span>
<span class='post-comment-link'></span><span class='post-icons'><span class='item-control blog-admin pid-1288'><a href='https://www.blogger.com/post-edit.g'
title='Edit Post'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.example/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'>${bgShare
  .map((t) => `<a class='goog-inline-block share-button' href='#' target='_blank' title='${t}'><span class='share-button-link-text'>${t}</span></a>`)
  .join('')}</div></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: ${bgLabels
  .map(
    (t) => `<a href='#'
rel='tag'>${t}</a>`,
  )
  .join(',\n')}</span></div>
<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div></div></div>
<div class='comments' id='comments'><a name='comments'></a><h4>3 comments:</h4><div class='comments-content'><div class='comment-thread'><ol
id='top-ra'>${bgComments
  .map(
    (c, i) => `<li class='comment' id='c${7001 + i}'><div class='avatar-image-container'><img src='//resources.blogblog.example/img/blank.gif' alt=''/></div>
<div class='comment-block'><div class='comment-header'><cite class='user'>${c.n}</cite><span class='icon user'></span><span class='datetime secondary-text'>
<a rel='nofollow' href='#c${7001 + i}'>${c.d}</a></span></div><p class='comment-content'>${c.t}</p><span class='comment-actions secondary-text'>
<a class='comment-reply' target='_self' data-comment-id='${7001 + i}'>Reply</a><span class='item-control blog-admin blog-admin pid-1288'><a target='_self'
href='#'>Delete</a></span></span></div><div class='comment-replies'></div><div class='comment-replybox-single' id='c${7001 + i}-ce'></div></li>`,
  )
  .join('\n')}</ol><div id='top-continue' class='continue'><a class='comment-reply' target='_self'>Add comment</a></div>
<div class='comment-replybox-thread' id='top-ce'></div><div class='loadmore hidden' data-post-id='8120663951402947215'><a target='_self'>Load
more...</a></div></div></div>
<p class='comment-footer'></p><div class='comment-form'><a name='comment-form'></a><p></p><a href='#' id='comment-editor-src'></a><iframe
allowtransparency='true'
class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
</div></div></div></div></div></div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='#' title='Newer Post'>Newer Post</a></span>
<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='#' title='Older Post'>Older Post</a></span><a class='home-link' href='#'>Home</a></div>
<div class='clear'></div><div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='#' target='_blank'
type='application/atom+xml'>Post Comments (Atom)</a></div></div></div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>${bgProfile[0]}</h2><div class='widget-content'><a href='#'><img alt='My photo'
class='profile-img'
height='80' src='//blogger.googleusercontent.example/img/b/profile.jpg' width='60'/></a><dl class='profile-datablock'><dt class='profile-data'><a
class='profile-name-link g-profile' href='#' rel='author'>Maggie Thwaite</a></dt><dd class='profile-textblock'>${bgProfile[1]}</dd></dl><a class='profile-link'
href='#' rel='author'>${bgProfile[2]}</a><div class='clear'></div></div></div>
<div class='widget BlogSearch' data-version='1' id='BlogSearch1'><h2 class='title'>Search This Blog</h2><div class='widget-content'><div id='BlogSearch1_form'>
<form action='https://crumbsatnumbernine.blogspot.example/search' class='gsc-search-box' target='_top'><input autocomplete='off' class='gsc-input' name='q'
size='10' title='search' type='text' value=''/><input class='gsc-search-button' title='search' type='submit' value='Search'/></form></div></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Popular Posts</h2><div class='widget-content popular-posts'><ul>${bgPopular
  .map(
    (p) => `<li><div class='item-content'><div class='item-thumbnail'><a href='#'><img alt='' border='0' src='//blogger.googleusercontent.example/p.jpg'/></a>
</div><div class='item-title'><a href='#'>${p.t}</a></div><div class='item-snippet'>${p.s}</div></div><div style='clear: both;'></div></li>`,
  )
  .join('')}</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><div
id='BlogArchive1_ArchiveList'><ul class='hierarchy'>${bgArchive
  .map(
    ([
      z,
      t,
      n,
    ]) => `<li class='archivedate'><a class='toggle' href='javascript:void(0)'><span class='zippy'>${z.trim()}&nbsp;</span></a><a class='post-count-link'
href='#'>${t}</a> <span class='post-count' dir='ltr'>${n}</span>${t === 'November' ? `<ul class='posts'><li><a href='#'>${bgTitle}</a></li></ul>` : ''}</li>`,
  )
  .join('\n')}</ul></div></div><div class='clear'></div></div></div></div></aside></div></div></div></div></div></div>
<footer><div class='footer-outer'><div class='region-inner footer-inner'><div class='foot section' id='footer-3' name='Footer'><div class='widget Attribution'
data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a href='https://www.blogger.com'
target='_blank'>Blogger</a>.</div></div></div></div></div></footer></div></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/2975359450-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY5_Bq'; _WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d4411927308115520187');</script>
</body></html>`;
