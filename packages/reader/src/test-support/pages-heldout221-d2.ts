import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 221, file d2: a community garden's post on Blogger with the Simple theme (the navbar iframe placeholder, the
 * Header widget with the blog title and description, the PageList tabs, the date header above the post, the h3 post title,
 * the post body with its own h3 sections and a separator image with a caption table, the post footer with "Posted by", the
 * time, the share buttons and labels, "No comments:", the comment form, the blog pager and feed link, and the sidebar with
 * Follow by Email, the Blog Archive tree, the Profile widget and the Attribution widget).
 */
const bgTitle = 'Work day recap: new raised beds, a compost lesson, and tomato seedlings';
const bgP1 = [
  'What a morning! Twenty-six gardeners and neighbors showed up for our first spring work day on Saturday, which I think is a record. ' +
    'The rain held off until almost one o’clock, and by then we had finished nearly everything on the list.',
];
const bgH = ['Four new raised beds', 'Compost 101', 'Seedling giveaway', 'Next work day'];
const bgP2 = [
  'Thanks to the grant from the Oakridge Neighborhood Fund, we built four new cedar raised beds along the south fence. Two of them ' +
    'are 30 inches tall so that gardeners who use wheelchairs or cannot kneel can reach them comfortably. Hector and his daughter ' +
    'Luz cut every board, and the high school’s construction club helped us put them together.',
  'The beds have been filled with a mix of topsoil and our own compost, and they will be assigned from the waiting list this week. ' +
    'If you are on the list, watch your email.',
];
const bgCap = 'The two accessible beds, just before we filled them.';
const bgP3 = ['Our compost volunteer, Sharon, gave a short lesson on what goes in which bin. The short version:'];
const bgList = [
  'Green bin: vegetable scraps, coffee grounds, fresh garden trimmings.',
  'Brown bin: dry leaves, straw, shredded paper and cardboard.',
  'Never: meat, dairy, oils, diseased plants, or weeds that have gone to seed.',
];
const bgP4 = [
  'She also asked everyone to chop large stems before adding them. A bin full of whole sunflower stalks takes two years to break down.',
  'We gave away more than 200 tomato, pepper and basil seedlings that Marjorie started in her basement under grow lights in March. ' +
    'There are still about forty left in the cold frame by the shed. Gardeners can take up to six each; please sign the sheet on the ' +
    'clipboard so we know how many went out.',
  'Our next work day is Saturday, May 24, from 9 a.m. to noon. We will be mulching paths, fixing the drip line on the east side and ' +
    'planting the pollinator strip. Bring gloves and a water bottle. Coffee and donuts, as always, are on us.',
  'Happy growing!',
];
const bgTabs = ['Home', 'About the Garden', 'Plot Rules', 'Waiting List', 'Contact Us'];
const bgShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const bgLabels = ['compost', 'raised beds', 'work days'];
const bgForm = ['Post a Comment', 'Newer Post', 'Older Post', 'Home', 'Subscribe to:', 'Post Comments (Atom)'];
const bgArchive: [string, string, string][] = [
  ['▼ ', '2025', '(5)'],
  ['▼ ', 'May', '(1)'],
  ['► ', 'April', '(2)'],
  ['► ', 'March', '(2)'],
  ['► ', '2024', '(14)'],
  ['► ', '2023', '(11)'],
];
const bgArchivePosts = ['Work day recap: new raised beds, a compost lesson, and tomato seedlings'];
const bgProfile = ['About Me', 'Anneliese Brandt', 'Volunteer coordinator at Oakridge Community Garden since 2016.', 'View my complete profile'];
const bgHtml = `<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'
xmlns:data='http://www.google.com/2005/gml/data'>
<head><meta content='width=1100' name='viewport'><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'><meta content='blogger' name='generator'>
<link href='https://oakridgegarden.blogspot.example/favicon.ico' rel='icon' type='image/x-icon'>
<link href='https://oakridgegarden.blogspot.example/2025/05/work-day-recap.html' rel='canonical'>
<link rel="alternate" type="application/atom+xml" title="Oakridge Community Garden - Atom" href="https://oakridgegarden.blogspot.example/feeds/posts/default">
<meta content='${bgTitle}' property='og:title'><title>Oakridge Community Garden: ${bgTitle}</title>
<style id='page-skin-1' type='text/css'><!-- body { font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; } --></style>
<script type="text/javascript">(function() { var a = window; var b = "blogger"; a._gaq = a._gaq || []; })();</script></head>
<body class='loading variant-simplysimple'><div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'>
<script type="text/javascript">function setAttributeOnload(object, attribute, val) { window.addEventListener('load', function() {}); }</script>
<div id="navbar-iframe-container"></div></div></div>
<div class='body-fauxcolumns'></div><div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header-inner'><div class='main-inner section' id='header' name='Header'><div class='widget Header'
data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://oakridgegarden.blogspot.example/'>Oakridge Community Garden</a></h1></div>
<div class='descriptionwrapper'><p
class='description'><span>Forty-two plots, one compost pile, and a lot of zucchini.</span></p></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs-inner'><div class='tabs section' id='crosscol' name='Cross-Column'><div class='widget PageList' data-version='1'
id='PageList1'>
<div class='widget-content'><ul>${links(bgTabs)}</ul><div class='clear'></div></div></div></div></div></div>
<div class='main-outer'><div class='main-inner columns fauxcolumns'><div class='columns-inner'><div class='column-center-outer'><div
class='column-center-inner'>
<div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>Monday, May 12, 2025</span></h2><div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.example/img/b/R29vZ2xl/beds.jpg' itemprop='image_url'><meta content='7714' itemprop='blogId'>
<a name='4471882'></a><h3 class='post-title entry-title' itemprop='name'>${bgTitle}</h3><div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-4471882' itemprop='description articleBody'>
<p>${bgP1[0]}</p>
<h3>${bgH[0]}</h3>
${bgP2.map((p) => `<p>${p}</p>`).join('\n')}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td
style="text-align: center;">
<a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/beds.jpg" style="margin-left: auto; margin-right: auto;"><img border="0"
data-original-height="1200"
data-original-width="1600" height="300" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/w400-h300/beds.jpg" width="400"></a></td></tr>
<tr><td class="tr-caption" style="text-align: center;">${bgCap}</td></tr></tbody></table>
<h3>${bgH[1]}</h3>
<p>${bgP3[0]}</p>
<ul>${bgList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${bgP4[0]}</p>
<h3>${bgH[2]}</h3>
<p>${bgP4[1]}</p>
<h3>${bgH[3]}</h3>
<p>${bgP4[2]}</p>
<p>${bgP4[3]}</p>
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author'
itemscope='itemscope'
itemtype='http://schema.org/Person'><meta content='https://www.blogger.example/profile/0331' itemprop='url'><a class='g-profile'
href='https://www.blogger.example/profile/0331'
rel='author' title='author profile'><span itemprop='name'>Anneliese Brandt</span></a></span></span> <span class='post-timestamp'>at <meta
content='https://oakridgegarden.blogspot.example/2025/05/work-day-recap.html' itemprop='url'><a class='timestamp-link' href='#' rel='bookmark'
title='permanent link'><abbr
class='published' itemprop='datePublished' title='2025-05-12T19:42:00-05:00'>7:42 PM</abbr></a></span> <span class='post-comment-link'></span>
<span class='post-icons'><span class='item-control blog-admin pid-1180'><a href='https://www.blogger.example/post-edit.g' title='Edit Post'><img alt=''
class='icon-action'
height='18' src='https://resources.blogblog.example/img/icon18_edit_allbkg.gif' width='18'></a></span></span>
<div class='post-share-buttons goog-inline-block'>${bgShare
  .map((t) => `<a class='goog-inline-block share-button' href='#' title='${t}'><span class='share-button-link-text'>${t}</span></a>`)
  .join('')}</div></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: ${bgLabels
  .map(
    (t) => `<a href='/search/label/${t}'
rel='tag'>${t}</a>`,
  )
  .join(', ')}
</span></div><div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div></div></div>
<div class='comments' id='comments'><a name='comments'></a><h4>No comments:</h4><div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent'
id='comments-block'></dl></div><p class='comment-footer'></p><div class='comment-form'><a name='comment-form'></a><h4
id='comment-post-message'>${bgForm[0]}</h4>
<p></p><a href='https://www.blogger.example/comment/frame/7714?po=4471882' id='comment-editor-src'></a><iframe allowtransparency='true'
class='blogger-iframe-colorize
blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src=''
width='100%'></iframe></div></div></div></div></div></div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='#' title='${bgForm[1]}'>${bgForm[1]}</a></span>
<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='#' title='${bgForm[2]}'>${bgForm[2]}</a></span><a class='home-link'
href='/'>${bgForm[3]}</a></div>
<div class='clear'></div><div class='post-feeds'><div class='feed-links'>${bgForm[4]} <a class='feed-link' href='#'
type='application/atom+xml'>${bgForm[5]}</a></div></div>
</div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget FollowByEmail' data-version='1' id='FollowByEmail1'><h2 class='title'>Follow by Email</h2><div class='widget-content'><div
class='follow-by-email-inner'>
<form action='https://feedburner.example/fb/a/mailverify' method='post'><input class='follow-by-email-address' name='email' placeholder='Email address...'
type='text'>
<input class='follow-by-email-submit' type='submit' value='Submit'></form></div></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'>
${bgArchive
  .map(
    ([
      t,
      y,
      n,
    ]) => `<li class='archivedate'><a class='toggle' href='javascript:void(0)'><span class='zippy'>${t}</span></a><a class='post-count-link' href='#'>${y}</a>
<span class='post-count' dir='ltr'>${n}</span></li>`,
  )
  .join('\n')}<ul class='posts'>${links(bgArchivePosts)}</ul></ul></div></div></div>
<div class='widget Profile' data-version='1' id='Profile1'><h2>${bgProfile[0]}</h2><div class='widget-content'><a href='#'><img alt='My photo'
class='profile-img' height='80'
src='https://blogger.googleusercontent.example/img/b/profile.jpg' width='60'></a><dl class='profile-datablock'><dt class='profile-data'><a
class='profile-name-link g-profile'
href='#' rel='author'>${bgProfile[1]}</a></dt><dd class='profile-textblock'>${bgProfile[2]}</dd></dl><a class='profile-link' href='#'
rel='author'>${bgProfile[3]}</a></div></div>
</div></aside></div></div></div></div></div>
<footer><div class='footer-outer'><div class='footer-inner'><div class='foot section' id='footer-3'><div class='widget Attribution' data-version='1'
id='Attribution1'>
<div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a href='https://www.blogger.example'
target='_blank'>Blogger</a>.</div></div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3566091532-widgets.js"></script></body></html>`;
export const bloggerGarden: TestPage = {
  name: 'heldout221-blogger-community-garden',
  kind: 'blog',
  html: bgHtml,
  // the date header above the post, "Posted by" with the author and the time are bylines; the image's caption table, share
  // buttons, labels, comment and pager texts, archive tree, profile widget and attribution are furniture
  title: bgTitle,
  headings: bgH,
  body: texts([...bgP1, ...bgP2, ...bgP3, ...bgList, ...bgP4]),
  bylines: ['Monday, May 12, 2025', 'Posted by Anneliese Brandt at 7:42 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Oakridge Community Garden', 'Forty-two plots, one compost pile, and a lot of zucchini.', ...bgTabs, bgCap, ...bgShare, 'Labels:', ...bgLabels,
    'No comments:',
    ...bgForm, 'Follow by Email', 'Blog Archive', ...bgArchive.flatMap(([, y, n]) => [y, n]), ...bgProfile.filter((t) => t !== 'Anneliese Brandt'),
    'Simple theme. Powered by Blogger.',
  ],
};
