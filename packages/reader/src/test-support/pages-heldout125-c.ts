import { type TestPage, texts } from './page-kit.js';
import { ghostPost } from './pages-heldout125-c2.js';

/**
 * Held-out batch 125, file c: a Blogger post on the Contempo theme (skip link, the header widget with blog title and
 * description, the page tabs, the search box, the post title as an h3, the timestamp, a body written in Blogger's editor with
 * images in "tr-caption-container" tables carrying their captions, "Posted by", labels, the share menu with its hidden items,
 * threaded comments with hidden "Delete" admin links and "Replies" toggles, "Post a Comment", the pager, "Popular posts from
 * this blog", the hamburger sidebar with profile, archive, labels and "Report Abuse", "Powered by Blogger" and Google's cookie
 * notice) and, from file c2, a Ghost post on the Casper theme.
 */
const bgTitle = 'A wet weekend on Cairn Liath';
const bgP1 = [
  `The forecast on Thursday said showers. By Friday evening it said heavy rain, clearing from the west on Sunday afternoon. Euan and I
had been planning this trip since June, and we decided to go anyway, on the basis that we own waterproofs and are not made of sugar.`,
  'This is the story of how that went.',
];
const bgH1 = 'Friday: the walk in';
const bgP2 = [
  `We left the car at the Glenmora road end just after six and followed the estate track up the glen for about seven kilometres. The
track is easy going, if long, and the river beside it was already running high and brown.`,
  `The bothy at Ruigh Dubh sits on a flat shelf above the burn, and we reached it in the last of the light. Two walkers from Dundee were
already inside with the stove going, which was the best thing that happened all weekend.`,
];
const bgH2 = 'Saturday: the ridge';
const bgP3 = [
  `We set off at eight in drizzle and low cloud. The path up the shoulder of Cairn Liath is boggy at the bottom and rocky higher up, and
the cairns marking it are easy to miss in poor visibility. We took a bearing at the col and stuck to it.`,
  `The summit itself was a pile of wet stones in a cloud. We stayed for about four minutes, long enough to touch the trig point and eat a
flapjack each. The wind had picked up and was coming straight over the ridge from the south-west.`,
  `Our plan had been to carry on along the ridge to Sgorr nan Eun and drop down its north side. In the conditions, and with the burns
rising, we decided to come back the way we had come instead. That turned out to be the right call: the stream crossing below Sgorr
nan Eun was, according to the Dundee pair, thigh-deep by the middle of the afternoon.`,
];
const bgH3 = 'Sunday: out, and the forecast was right';
const bgP4 = [
  `It rained all night, hard enough that we could hear it over the stove. Then, at about eleven on Sunday morning, it stopped. By the
time we reached the car the sun was out and the whole glen was steaming.`,
  'A few notes for anyone heading up that way:',
];
const bgL1 = [
  'The bridge over the Allt Dearg is fine, but the stepping stones 2 km further on are not passable after heavy rain.',
  'Ruigh Dubh has a stove but no fuel. Carry some in, and carry your rubbish out.',
  'There is no phone signal from the second gate until you are back at the road end.',
];
const bgP5 = ['Would I do it again in that weather? Probably. But next time I will pack a second pair of dry socks for the walk out.'];
const bgCaps = ['The track up Glen Mora, about an hour before the rain really started.', 'Euan on the summit of Cairn Liath, visibility about thirty metres.'];
const bgDesc = 'Hill days, bothy nights and the odd long walk in the Southern Highlands';
const bgTabs = ['Home', 'Bothy list', 'Kit', 'About'];
const bgLabels = ['bothies', 'Cairn Liath', 'trip reports'];
const bgShare = ['Get link', 'Facebook', 'X', 'Pinterest', 'Email', 'Other Apps'];
const bgComments = [
  ['Morag Lennie', 'September 23, 2025 at 8:14 AM', 'Good decision on the ridge. We turned back at the same col in August for the same reason.'],
  ['Anonymous', 'September 24, 2025 at 6:52 PM', 'Is the track drivable past the first gate or is it locked these days?'],
];
const bgPopular = [
  [
    'Three nights at Corrie Bhan',
    'May 14, 2024',
    'The bothy at Corrie Bhan is one of the most remote in the area, and it rewards the effort of getting there...',
  ],
  [
    'What is in my winter pack',
    'December 02, 2024',
    'Every year somebody asks what I carry in winter, so here is the full list, down to the spare bootlaces...',
  ],
];
const bgArchive = ['September 2025', 'August 2025', 'June 2025', 'May 2025'];
const bgAllLabels = ['bothies', 'gear', 'Munros', 'trip reports', 'winter'];
const bgBio = 'Walker, occasional photographer and reluctant map-reader, based in Perth.';
const bgCookie = 'This site uses cookies from Google to deliver its services and to analyse traffic.';
const bgPs = (a: readonly string[]): string => a.map((p) => `<p style="text-align: left;">${p}</p>`).join('\n');
const bgH = (t: string): string => `<h3 style="text-align: left;">${t}</h3>`;
const bgImg = (n: number, cap: string): string => `<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"
style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a
href="https://blogger.googleusercontent.example/img/b/R29v/AVvX${n}/s1600/IMG_${
  4410 + n
}.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1200" data-original-width="1600" height="480"
src="https://blogger.googleusercontent.example/img/b/R29v/AVvX${n}/w640-h480/IMG_${4410 + n}.jpg" width="640" /></a></td></tr><tr><td class="tr-caption"
style="text-align: center;">${cap}</td></tr></tbody></table>`;
const bgComment = ([n, d, t]: string[], i: number): string => `<li class="comment" id="c70${i}"><div class="avatar-image-container"><img
src="https://resources.blogblog.example/img/blank.gif" alt=""/></div><div class="comment-block"><div class="comment-header"><cite class="user">${
  n === 'Anonymous' ? n : `<a href="https://www.blogger.example/profile/0${i}" rel="nofollow">${n}</a>`
}</cite><span class="icon user "></span><span class="datetime secondary-text"><a rel="nofollow"
href="https://ridgeandburn.blogspot.example/2025/09/a-wet-weekend-on-cairn-liath.html?showComment=17586${i}#c70${i}">${d}</a></span></div>
<p class="comment-content">${t}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="70${i}">Reply</a>
<span class="item-control blog-admin blog-admin pid-1391"><a target="_self"
href="https://www.blogger.example/comment/delete/70${i}">Delete</a></span></span></div>
<div class="comment-replies"><div id="c70${i}-rt" class="comment-thread inline-thread hidden"><span class="thread-toggle thread-expanded"><span
class="thread-arrow"></span><span class="thread-count"><a target="_self">Replies</a></span></span><ol id="c70${i}-ra"
class="thread-chrome thread-expanded"><div></div>
<div id="c70${i}-continue" class="continue"><a class="comment-reply" target="_self" data-comment-id="70${i}">Reply</a></div></ol></div></div>
<div class="comment-replybox-single" id="c70${i}-ce"></div></li>`;
const bgHtml = `<!DOCTYPE html>
<html dir='ltr' lang='en-GB'>
<head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<title>A wet weekend on Cairn Liath</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://ridgeandburn.blogspot.example/2025/09/a-wet-weekend-on-cairn-liath.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Ridge and Burn - Atom" href="https://ridgeandburn.blogspot.example/feeds/posts/default" />
<meta content='The forecast on Thursday said showers. By Friday evening it said heavy rain.' name='description'/>
<meta content='A wet weekend on Cairn Liath' property='og:title'/>
<style type="text/css">body{font:15px Roboto, sans-serif;}.item-control{display:none}.hidden{display:none}</style>
<script type="text/javascript">(function() { var b=window,f="jstiming",g="tick";(function(){function d(a){this.t={};this.tick=function(c,e){}})})();</script>
</head>
<body class='version-1-3-3 variant-indie_light'>
<a class='skip-navigation' href='#main' tabindex='0'>Skip to main content</a>
<div class='page'><div class='bg-photo-overlay'></div><div class='bg-photo-container'><div class='bg-photo'></div></div><div class='page_body'>
<div class='centered'><div class='centered-top-placeholder'></div>
<header class='centered-top-container' role='banner'><div class='centered-top'><a name='top'></a>
<div class='blog-name container'><div class='container section' id='header' name='Header'><div class='widget Header' data-version='2' id='Header1'>
<div class='header-widget'><div><h1><a href='https://ridgeandburn.blogspot.example/'>Ridge and Burn</a></h1></div><p>${bgDesc}</p></div></div></div>
<nav role='navigation'><div class='clearboth no-items section' id='page_list_top' name='Page List (Top)'><div class='widget PageList' data-version='2'
id='PageList2'>
<div class='widget-content'><ul class='tabs'>${bgTabs
  .map(
    (t, i) => `<li${i === 0 ? " class='selected'" : ''}><a
href='https://ridgeandburn.blogspot.example/p/${i}.html'>${t}</a></li>`,
  )
  .join('')}
</ul></div></div></div></nav></div>
<div class='hamburger-menu-container'><div class='header-menu hamburger-menu'><button class='svg-icon-24-button hamburger-menu flat-icon-button ripple'>
<svg class='svg-icon-24'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_menu_black_24dp'
xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg></button></div></div>
<div class='search'><button aria-label='Search this blog' class='search-expand touch-icon-button'><div class='flat-icon-button ripple'><svg
class='svg-icon-24 search-expand-icon'>
</svg></div></button><div class='section' id='search_top' name='Search (Top)'><div class='widget BlogSearch' data-version='2' id='BlogSearch1'>
<h3 class='title'>Search This Blog</h3><div class='widget-content' role='search'><form action='https://ridgeandburn.blogspot.example/search' target='_top'>
<div class='search-input'><input aria-label='Search this blog' autocomplete='off' name='q' placeholder='Search this blog' value=''/></div>
<input class='search-action flat-button' type='submit' value='Search'/></form></div></div></div></div></div></header>
<div><div class='vertical-ad-placeholder'></div><main class='centered-bottom' id='main' role='main' tabindex='-1'>
<div class='main section' id='page_body' name='Page Body'><div class='widget Blog' data-version='2' id='Blog1'>
<div class='blog-posts hfeed container'><article class='post-outer-container'><div class='post-outer'><div class='post'>
<script type='application/ld+json'>{"@context":"http://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://ridgeandburn.blogspot.example/2025/09/a-wet-weekend-on-cairn-liath.html"},"headline":"A wet weekend on Cairn Liath","description":"",
"datePublished":"2025-09-22T19:41:00+01:00","dateModified":"2025-09-23T07:02:11+01:00","author":{"@type":"Person","name":"Alasdair Frew"}}</script>
<a name='4418209931'></a><h3 class='post-title entry-title'>${bgTitle}</h3>
<div class='post-header'><div class='post-header-line-1'><span class='byline post-timestamp'><meta
content='https://ridgeandburn.blogspot.example/2025/09/a.html'
itemprop='url'/><a class='timestamp-link' href='https://ridgeandburn.blogspot.example/2025/09/a-wet-weekend-on-cairn-liath.html' rel='bookmark'
title='permanent link'>
<time class='published' datetime='2025-09-22T19:41:00+01:00' title='2025-09-22T19:41:00+01:00'>September 22, 2025</time></a></span></div></div>
<div class='post-body-container'><div class='post-body entry-content float-container' id='post-body-4418209931'>
${bgPs(bgP1)}
${bgImg(1, bgCaps[0] ?? '')}
${bgH(bgH1)}
${bgPs(bgP2)}
${bgH(bgH2)}
${bgPs(bgP3)}
${bgImg(2, bgCaps[1] ?? '')}
${bgH(bgH3)}
${bgPs(bgP4)}
<ul style="text-align: left;">${bgL1.map((t) => `<li>${t}</li>`).join('')}</ul>
${bgPs(bgP5)}
</div></div>
<div class='post-bottom'><div class='post-footer float-container'><div class='post-footer-line post-footer-line-1'><span class='byline post-author vcard'>
<span class='byline-label'>Posted by</span>
<span class='fn'><meta content='https://www.blogger.example/profile/1391' itemprop='url'/><a class='g-profile' href='https://www.blogger.example/profile/1391'
rel='author' title='author profile'><span itemprop='name'>Alasdair Frew</span></a></span></span></div>
<div class='post-footer-line post-footer-line-2'><span class='byline post-labels'><span class='byline-label'>Labels:</span>
${bgLabels
  .map(
    (t) => `<a href='https://ridgeandburn.blogspot.example/search/label/${t.replace(' ', '%20')}'
rel='tag'>${t}</a>`,
  )
  .join(',\n')}</span></div></div>
<div class='post-share-buttons post-share-buttons-bottom'><div class='byline post-share-buttons goog-inline-block'><div
aria-owns='sharing-popup-Blog1-byline-4418'
class='sharing' data-title='${bgTitle}'><button aria-controls='sharing-popup-Blog1-byline-4418' aria-label='Share' class='sharing-button touch-icon-button'
id='sharing-button-Blog1-byline-4418' role='button'><div class='flat-icon-button ripple'><svg class='svg-icon-24'></svg></div></button>
<div class='share-buttons-container'><ul aria-hidden='true' aria-label='Share' class='share-buttons hidden' id='sharing-popup-Blog1-byline-4418' role='menu'>
${bgShare
  .map(
    (t) => `<li><span aria-label='Share to ${t}' class='sharing-platform-button sharing-element-${t.toLowerCase()}' role='menuitem' tabindex='-1'
title='Share to ${t}'><svg class='svg-icon-24 touch-icon sharing-${t.toLowerCase()}'></svg><span class='platform-sharing-text'>${t}</span></span></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div></div></div>
<section class='comments threaded' data-embed='true' data-num-comments='2' id='comments'><a name='comments'></a><h3 class='title'>Comments</h3>
<div class='comments-content'><div id='comment-holder'><div class="comment-thread toplevel-thread"><ol id="top-ra">
${bgComments.map(bgComment).join('\n')}
</ol><div id="top-continue" class="continue"><a class="comment-reply" target="_self">Add comment</a></div><div class="comment-replybox-thread"
id="top-ce"></div>
<div class="loadmore hidden" data-post-id="4418209931"><a target="_self">Load more...</a></div></div></div></div>
<p class='comment-footer'></p><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Post a Comment</h4>
<iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor'
name='comment-editor' src='' width='100%'></iframe></div></section></article></div>
<div class='blog-pager container' id='blog-pager'><a class='blog-pager-newer-link flat-button ripple'
href='https://ridgeandburn.blogspot.example/2025/10/x.html'
id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a><a class='blog-pager-older-link flat-button ripple'
href='https://ridgeandburn.blogspot.example/2025/08/y.html' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></div></div>
<div class='widget PopularPosts' data-version='2' id='PopularPosts1'><h3 class='title'>Popular posts from this blog</h3><div
class='widget-content popular-posts'>
<div role='feed'>${bgPopular
  .map(
    ([t, d, s]) => `<article class='post' role='article'><h3 class='post-title'><a href='https://ridgeandburn.blogspot.example/p.html'>${t}</a></h3>
<div class='post-header'><div class='post-header-line-1'><span class='byline post-timestamp'><a class='timestamp-link'
href='https://ridgeandburn.blogspot.example/p.html'
rel='bookmark' title='permanent link'><time class='published' datetime='2024'>${d}</time></a></span></div></div><div class='item-content float-container'>
<div class='popular-posts-snippet snippet-container r-snippet-container'><div class='snippet-item r-snippetized'>${s}</div></div>
<div class='jump-link flat-button ripple'><a href='https://ridgeandburn.blogspot.example/p.html' title='${t}'>Read more</a></div></div></article>`,
  )
  .join('\n')}</div></div></div></div></main></div></div>
<aside class='sidebar-container container sidebar-invisible' role='complementary'><div class='navigation'><button
class='svg-icon-24-button flat-icon-button ripple
sidebar-back'><svg class='svg-icon-24'></svg></button></div><div class='sidebar_top_wrapper'><div class='sidebar_top section' id='sidebar_top'
name='Sidebar (Top)'>
<div class='widget Profile' data-version='2' id='Profile1'><div class='wrapper solo'><div class='widget-content individual'><a
href='https://www.blogger.example/profile/1391'
rel='nofollow'><img alt='My photo' class='profile-img' height='80' src='//blogger.googleusercontent.example/img/b/profile.jpg' width='80'/></a><div
class='profile-info'>
<dl class='profile-datablock'><dt class='profile-name'><a class='profile-link g-profile' href='https://www.blogger.example/profile/1391'
rel='author nofollow'>Alasdair Frew
</a></dt><dd class='profile-textblock'>${bgBio}</dd></dl><div class='profile-link visit-profile'><a class='profile-link'
href='https://www.blogger.example/profile/1391'
rel='author'>Visit profile</a></div></div></div></div></div></div></div>
<div class='sidebar_bottom section' id='sidebar_bottom' name='Sidebar (Bottom)'><div class='widget BlogArchive' data-version='2' id='BlogArchive1'>
<details class='collapsible extendable'><summary><div class='collapsible-title'><h3 class='title'>Archive</h3></div></summary><div class='widget-content'>
<div id='ArchiveList'><div class='first-items'><ul class='flat'>${bgArchive
  .map(
    (t, i) => `<li class='archivedate'><a href='https://ridgeandburn.blogspot.example/${i}/'>${t}</a>
<span class='post-count'>${3 - (i % 2)}</span></li>`,
  )
  .join('')}</ul></div></div></div></details></div>
<div class='widget Label' data-version='2' id='Label1'><details class='collapsible extendable'><summary><div class='collapsible-title'><h3
class='title'>Labels</h3></div>
</summary><div class='widget-content list-label-widget-content'><div class='first-items'><ul>${bgAllLabels
  .map(
    (t) => `<li><a class='label-name'
href='https://ridgeandburn.blogspot.example/search/label/${t}'>${t}<span class='label-count'>${t.length}</span></a></li>`,
  )
  .join('')}</ul></div></div></details></div>
<div class='widget ReportAbuse' data-version='2' id='ReportAbuse1'><h3 class='title'><a class='report_abuse' href='https://www.blogger.example/go/report-abuse'
rel='noopener nofollow' target='_blank'>Report Abuse</a></h3></div></div></aside>
<footer class='footer section' id='footer' name='Footer'><div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'>
<div class='blogger'><a href='https://www.blogger.example' rel='nofollow'><svg class='svg-icon-24'></svg>Powered by Blogger</a></div></div></div></footer>
</div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info" style="position: fixed; width: 100%; margin: 0px; left: 0px; bottom: 0px;"><div
class="cookie-choices-inner">
<span class="cookie-choices-text">${bgCookie}</span><span class="cookie-choices-buttons"><a class="cookie-choices-button"
href="https://policies.google.example/technologies/cookies">Learn more</a><a id="cookieChoiceDismiss" href="#"
class="cookie-choices-button">Ok</a></span></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3743118937-widgets.js"></script>
</body>
</html>`;
const bloggerPost: TestPage = {
  html: bgHtml,
  name: 'heldout125-blogger-blog',
  kind: 'blog',
  // Blogger puts the post title in an h3 and the writer's subheadings in h3s too; the captions (in their tables), labels,
  // share items, comments (reader comments) with the hidden "Delete" admin links, the popular posts, sidebar and cookie
  // notice are furniture; the timestamp and "Posted by Alasdair Frew" are bylines
  title: bgTitle,
  headings: [bgH1, bgH2, bgH3],
  body: texts([...bgP1, ...bgP2, ...bgP3, ...bgP4, ...bgL1, ...bgP5]),
  bylines: ['September 22, 2025', 'Posted by Alasdair Frew'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ridge and Burn', bgDesc, ...bgTabs, 'Search This Blog', ...bgCaps, 'Labels:', ...bgLabels, ...bgShare, 'Comments',
    ...bgComments.flat(), 'Reply', 'Delete', 'Replies', 'Add comment', 'Load more...', 'Post a Comment', 'Newer Post', 'Older Post',
    'Popular posts from this blog', ...bgPopular.flat(), 'Read more', bgBio, 'Visit profile', 'Archive', ...bgArchive, 'Labels', ...bgAllLabels.filter((l) =>
    !bgLabels.includes(l)), 'Report Abuse', 'Powered by Blogger', bgCookie, 'Learn more', 'Ok',
  ],
};

export const HELDOUT125_C: readonly TestPage[] = [bloggerPost, ghostPost];
