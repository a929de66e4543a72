import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout615-kit.js';

/**
 * Held-out batch 615, file b: a before-and-after restoration post on WordPress with the Divi theme (post meta line, captioned
 * images, sidebar and comments), and an upholsterer's blog post on Wix Blog (Ricos viewer, recent posts, comments, Wix ad).
 */
const dTitle = 'Before and after: a 1930s oak bureau brought back from the garden shed';
const dHeads = ['What we found', 'The repairs', 'The finish'];
const dBody = [
  j(
    'This bureau spent eleven years in a garden shed in Wetherby before its owner, Mrs Pell, asked us whether it was worth saving.',
    'Damp had lifted the veneer on the fall front and the bottom drawer had swollen shut, but the carcase was solid oak and every',
    'original handle was still in a biscuit tin inside it.',
  ),
  j(
    'The fall front had split along the grain where the hinges pull. Mice had eaten into the back boards, and the finish had gone',
    'milky white all over, which is what old shellac does when it has been damp for a long time.',
  ),
  j(
    'We steamed the lifted veneer down and glued it with hot hide glue, then let in two new oak strips along the split. The back',
    'boards were replaced with reclaimed oak from a wardrobe of the same age, so the inside still looks right when the flap is open.',
  ),
  'The swollen drawer needed only a few shavings off the runners once it had dried out in the workshop for a month.',
  j(
    'The milky finish came off with meths and fine wire wool. We coloured the new oak to match and built up two coats of button',
    'polish, then finished with a dark wax to settle the colour into the grain.',
  ),
  'Mrs Pell now writes her letters at it again. It took five weeks in all.',
];
const dCaps = ['Before: the fall front had split along the grain', 'After: two coats of button polish and a dark wax'];
const dNav = ['Home', 'Restoration', 'French Polishing', 'Upholstery', 'Blog', 'Contact'];
const dRecent = ['Why we stopped using polyurethane on antiques', 'A Windsor chair with three new spindles', 'Ring marks: what you can fix yourself'];
const dCats = ['Restoration', 'Polishing', 'Workshop news'];
const dComments = [
  ['Gill Armitage', 'March 5, 2026 at 9:12 am', 'What a transformation. I have a similar bureau in the loft and had assumed it was firewood.'],
  ['Kestrel Antiques', 'March 6, 2026 at 4:40 pm', 'Lovely work on the back boards. Reclaimed oak makes all the difference.'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Before and after: a 1930s oak bureau brought back from the garden shed | Pell &amp; Wray Restoration</title>
<meta name="description" content="A damp-damaged 1930s oak bureau restored with hide glue, reclaimed oak and button polish.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${dTitle}","datePublished":"2026-03-04"}</script>
<link rel="stylesheet" id="divi-style-css" href="https://pellwray.co.uk/wp-content/themes/Divi/style-static.min.css?ver=4.25.0" media="all">
<script>var et_site_url='https://pellwray.co.uk';var et_post_id='1423';</script></head>
<body class="post-template-default single single-post postid-1423 single-format-standard et_pb_button_helper_class et_fixed_nav et_show_nav
 et_primary_nav_dropdown_animation_fade et_header_style_left et_right_sidebar et_divi_theme et-db">
<div id="page-container"><div id="et-boc" class="et-boc"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="https://pellwray.co.uk/"><img src="/wp-content/uploads/pellwray-logo.png"
alt="Pell and Wray Restoration" id="logo" data-height-percentage="54"></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">${links(dNav, 'menu-item')}</ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar"></span></div></div>
</div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-1423" class="et_pb_post post-1423 post type-post status-publish format-standard has-post-thumbnail hentry category-restoration">
<div class="et_post_meta_wrapper"><h1 class="entry-title">${dTitle}</h1>
<p class="post-meta"> by <span class="author vcard"><a href="https://pellwray.co.uk/author/ruth/" title="Posts by Ruth Wray" rel="author">Ruth Wray</a></span>
 | <span class="published">Mar 4, 2026</span> | <a href="https://pellwray.co.uk/category/restoration/" rel="category tag">Restoration</a>
 | <a href="https://pellwray.co.uk/oak-bureau/#respond" class="comments-number">2 comments</a></p>
<img src="/wp-content/uploads/bureau-hero-1080x675.jpg" alt="The restored oak bureau" class="" width="1080" height="675"></div>
<div class="entry-content">${ps([dBody[0] ?? ''])}
<h2>${dHeads[0]}</h2>${ps([dBody[1] ?? ''])}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/bureau-before.jpg" alt=""><figcaption
class="wp-element-caption">${dCaps[0]}</figcaption></figure>
<h2>${dHeads[1]}</h2>${ps([dBody[2] ?? '', dBody[3] ?? ''])}
<h2>${dHeads[2]}</h2>${ps([dBody[4] ?? ''])}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/bureau-after.jpg" alt=""><figcaption
class="wp-element-caption">${dCaps[1]}</figcaption></figure>
${ps([dBody[5] ?? ''])}</div>
<div class="et_post_meta_wrapper"><section id="comment-wrap"><h1 id="comments" class="page_title">2 Comments</h1><ol class="commentlist clearfix">
${dComments
  .map(
    ([n, d, c], i) => `<li class="comment even thread-even depth-1" id="li-comment-${i + 88}"><article id="comment-${i + 88}" class="comment-body clearfix">
<div class="comment_avatar"><img alt="${n}" src="/avatar.png" height="80" width="80"></div><div class="comment_postinfo"><span class="fn">${n}</span>
<span class="comment_date">on ${d}</span></div><div class="comment_area"><div class="comment-content clearfix"><p>${c}</p>
<span class="reply-container"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></span></div></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address
will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name</label><input id="author" name="author" type="text"></p>
<p class="form-submit"><button name="submit" type="submit" id="submit" class="submit et_pb_button">Submit Comment</button></p></form></div></section></div>
</article></div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/">
<div><label class="screen-reader-text" for="s">Search for:</label><input type="text" value="" name="s" id="s"><input type="submit" id="searchsubmit"
value="Search">
</div></form></div><div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4><ul>${links(dRecent)}</ul></div>
<div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">Categories</h4><ul>${links(dCats, 'cat-item')}</ul></div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook">
<a href="#" class="icon"><span>Facebook</span></a></li></ul><div id="footer-info">Designed by <a href="https://www.elegantthemes.com">Elegant Themes</a> |
Powered
 by <a href="https://www.wordpress.org">WordPress</a></div></div></div></footer></div></div></div>
<script type="text/javascript" src="https://pellwray.co.uk/wp-content/themes/Divi/js/scripts.min.js?ver=4.25.0" id="divi-custom-script-js"></script>
</body></html>`;
const divi: TestPage = {
  name: 'heldout615-divi-bureau-before-after',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: dBody,
  bylines: ['Ruth Wray', 'Mar 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav.filter((t) => t !== 'Restoration'), 'Select Page', '2 comments', ...dCaps, '2 Comments',
    ...dComments.flatMap(([n, d, c]) => [n ?? '', `on ${d}`, c ?? '']),
    'Reply', 'Submit a Comment', 'Your email address will not be published. Required fields are marked *', 'Comment', 'Name', 'Search for:', 'Recent Posts',
    ...dRecent, 'Categories', 'Restoration', 'Polishing', 'Workshop news', 'Facebook', 'Designed by Elegant Themes | Powered by WordPress',
  ],
};

const xTitle = 'Choosing foam for a seat cushion';
const xHeads = ['Density', 'Firmness', 'Wrapping'];
const xBody = [
  j(
    'Most of the cushions we remake have not worn through their fabric at all. The foam inside has simply given up. If you are',
    'having a cushion recovered, it is almost always worth replacing the filling at the same time.',
  ),
  j(
    'Density is how much foam there is in a block, and it decides how long a cushion lasts. For seats we use nothing lighter than',
    '35 kilograms per cubic metre. Cheaper foam feels the same in the showroom but flattens within two years.',
  ),
  j(
    'Firmness is a separate thing. A firm seat suits a dining chair or a window seat; a softer grade suits a deep sofa. We keep',
    'offcuts of each grade in the workshop so you can sit on them before you choose.',
  ),
  j(
    'We wrap every seat in polyester wadding, and for sofas we often add a feather topper. The wrap fills the fabric so the',
    'corners stay crisp, and it stops the foam rubbing against the cover.',
  ),
];
const xNav = ['Home', 'Services', 'Blog', 'Fabrics', 'Contact'];
const xRecent = ['Why your sofa sags in the middle', 'Piping, welts and borders explained', 'What happens to your old stuffing'];
const para = (t: string, id: string): string =>
  `<p class="_1Ei0i mm8Nw _1j-51 _1atvN _1FoOD public-DraftStyleDefault-block-depth0 public-DraftStyleDefault-text-ltr" dir="auto" id="viewer-${id}">
<span style="font-style:normal;font-weight:400">${t}</span></p>`;
const h2 = (t: string, id: string): string =>
  `<h2 class="_1Ei0i mm8Nw _2ERv5 _1j-51 public-DraftStyleDefault-block-depth0" dir="auto" id="viewer-${id}"><span>${t}</span></h2>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Choosing foam for a seat cushion</title>
<link rel="canonical" href="https://www.lannerupholstery.com/post/choosing-foam-for-a-seat-cushion"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person","name":"Priya Lanner"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"a7e1","isWixSite":true},"language":{"userLanguage":"en"}};</script>
<style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">
#SITE_CONTAINER{position:relative}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus SScrollToTop" tabindex="-1"
role="region" aria-label="top of page"><span class="mIbHG">top of page</span></div>
<div id="WIX_ADS" class="CLhNB ytGGBw wixFreeAdsBanner"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" class="uDW_Qe wixui-button">
<span class="l7_2fn">This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span><span class="_1uxcq">Start
Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div data-testid="screenWidthContainerBg" class="_C0cVf"></div><div data-testid="inline-content" class="j7pOnl">
<div id="comp-lk2a1" class="comp-lk2a1 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text">LANNER UPHOLSTERY</span></p></div>
<nav id="comp-lk2a2" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a class="StylableHorizontalMenu3372578893__menuItem" href="/${t.toLowerCase()}"><span
class="label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-lk2a3" class="comp-lk2a3"><button class="Ja6Gf8 wixui-login-bar" aria-label="Log In"><span class="fzMYDM">Log In</span></button></div>
</div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="post-page-wrapper">
<div data-hook="post-page" class="blog-post-page-font"><article class="blog-card-background-color blog-card-border-color" data-hook="post">
<div class="post-metadata"><div data-hook="post-header" class="post-header"><div class="avatar-container"><img alt="Writer's picture" src="/avatar.jpg"></div>
<div class="user-info"><span data-hook="user-name" class="user-name blog-post-text-color">Priya Lanner</span>
<ul class="post-metadata__list"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Feb 3">Feb 3</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime">3 min read</span></li></ul></div></div>
<button data-hook="more-button" aria-label="More actions" class="more-button"></button></div>
<div class="post-title"><h1 class="blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text">${xTitle}</span></h1></div>
<div class="post-content" data-hook="post-description"><section data-hook="ricos-viewer"><div class="rich-content-viewer ricos-viewer" dir="ltr">
<div class="public-DraftEditor-content">${para(xBody[0] ?? '', '4a1k2')}
${h2(xHeads[0] ?? '', '8s0d1')}${para(xBody[1] ?? '', '2hd91')}
${h2(xHeads[1] ?? '', '9d8a2')}${para(xBody[2] ?? '', 'fl3p0')}
${h2(xHeads[2] ?? '', '1qq7s')}${para(xBody[3] ?? '', 'ab04x')}</div></div></section></div>
<div class="post-footer"><nav aria-label="tags" class="tags"><ul><li><a data-hook="tag" href="/blog/tags/foam">Foam</a></li>
<li><a data-hook="tag" href="/blog/tags/cushions">Cushions</a></li></ul></nav>
<div class="post-social-bar" data-hook="share-buttons"><button aria-label="Share via Facebook"></button><button aria-label="Share via LinkedIn"></button></div>
<div class="post-main-actions"><span data-hook="view-count">38 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"></button></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" class="recent-posts__see-all">See All</a></div><div class="recent-posts__list">
${xRecent.map((t) => `<div data-hook="post-list-item" class="post-list-item"><h3 data-hook="post-title"><a href="/post/x">${t}</a></h3></div>`).join('\n')}
</div></section><div data-hook="comments-widget" class="comments"><h2 class="comments__title">Comments</h2>
<div data-hook="comment-box-placeholder" class="comment-box" role="button">Write a comment...</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-lk2b1" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text">12 Rope Walk, Hexley, HX4 2PL</p><p class="font_8 wixui-rich-text__text">© 2026 by Lanner Upholstery. Proudly created
with
<a href="https://www.wix.com" target="_blank">Wix.com</a></p></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.a1b2.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout615-wix-seat-foam',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xHeads,
  body: xBody,
  bylines: ['Priya Lanner', 'Feb 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'LANNER UPHOLSTERY', ...xNav, 'Log In',
    '3 min read', 'Foam', 'Cushions', '38 views', '0 comments', 'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...',
    '12 Rope Walk, Hexley, HX4 2PL', '© 2026 by Lanner Upholstery. Proudly created with Wix.com',
  ],
};

export const HELDOUT615_B: readonly TestPage[] = [divi, wix].map(settle);
