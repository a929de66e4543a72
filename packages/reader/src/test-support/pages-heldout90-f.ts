import type { TestPage } from './page-kit.js';
import { linkedinNewsletter } from './pages-heldout90-f2.js';

/**
 * Held-out batch 90, file f: a Blogger post in the classic "Simple" theme (the EU cookie bar Blogger injects at the top of
 * the body and its script text, the Navbar widget, the blog title as the page's h1 with its description, the PageList
 * tabs, the date header, the post title as an h3, a post body of div and p paragraphs with br spacers, a "tr-caption"
 * table caption and h3 subheadings, the post footer with "Posted by ... at ...", the comment link, share buttons and
 * "Labels:", threaded comments with the hidden "Delete" admin links, "Add comment" and "Load more...", the blog pager with
 * "Newer Post / Older Post / Home", "Subscribe to: Post Comments (Atom)", the sidebar profile, archive, labels and followers
 * widgets and the attribution) and, from file f2, a LinkedIn newsletter edition.
 */
const bgTitle = 'Hackmoor Drove to Saltby Sluice, and a Heron Who Would Not Move';
const bgP1 = [
  'Out early this morning with the flask and the old Ordnance Survey sheet, the one with the coffee ring over Hackmoor. The forecast ' +
    'said bright and cold and for once it was right. There was still frost in the ruts of the drove when I set off from the gate at ' +
    'half past seven.',
  'This is a walk I have been meaning to write up for years. It is only eleven miles there and back, flat as a table, of course, ' +
    'but it follows the line of the old Saltby Drain almost all the way and there is a good deal of history if you know where to look.',
];
const bgH1 = 'Along the drain';
const bgP2 = [
  'The first two miles are along the top of the bank on the north side. The drain itself was cut in the 1650s, and you can still see ' +
    'where the original course kinks to the east before the straight Victorian cut takes over. A farmer I met by the bridge told me ' +
    'his grandfather called the kink the Dutchman’s Elbow, though he had no idea why.',
  'About halfway along there is a brick pumping house with the date 1834 over the door. It has been empty since the diesel pumps ' +
    'came in, and the roof is going, but the engine bed is still there if you peer through the broken window.',
];
const bgCaption = 'The old pumping house, with the 1834 datestone just visible over the door.';
const bgP3 = [
  'Just past the pumping house I met the heron. He was standing on the bank path itself, dead centre, and showed no sign of moving ' +
    'as I came up. I stopped about ten yards away and we looked at each other for a good two minutes before he lifted off, very ' +
    'slowly, and settled again fifty yards further on. We repeated this four times before he gave up and crossed to the other bank.',
];
const bgH2 = 'Saltby Sluice';
const bgP4 = [
  'The sluice is the end of the walk, a great grey concrete thing from the 1950s that replaced the older wooden doors. The keeper’s ' +
    'cottage beside it is now a holiday let. I had my sandwiches on the bench by the gauge board, which read 1.2 metres, and ' +
    'watched a pair of marsh harriers working the reed beds on the far side.',
  'Back the same way, with the sun behind me this time, which makes the drain look quite different. Home by two, with cold feet ' +
    'and eleven and a half miles on the pedometer. Next time I shall try the south bank, which the map says is a right of way ' +
    'but which I have never once seen anyone walk.',
];
const bgDesc = 'Notes from long walks across the fens, with maps, old photographs and the odd bit of local history.';
const bgTabs = ['Home', 'About', 'Walks map'];
const bgShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const bgLabels = ['drains', 'history', 'walks', 'wildlife'];
const bgComments = [
  {
    name: 'Dennis Parfitt',
    date: '9 March 2025 at 18:40',
    text: 'Lovely write-up. I walked that bank as a boy and the pumping house still had its roof then.',
  },
  {
    name: 'Margaret Ellery',
    date: '9 March 2025 at 20:02',
    text: 'Thank you Dennis. I should love to see a photograph of it with the roof on if you have one.',
  },
  { name: 'Sue in Lincs', date: '11 March 2025 at 09:15', text: 'That heron sounds exactly like the one on our dyke. They own the place.' },
];
const bgCookie =
  'This site uses cookies from Google to deliver its services and to analyse traffic. Your IP address and user agent are shared ' +
  'with Google, together with performance and security metrics, to ensure quality of service, generate usage statistics and to ' +
  'detect and address abuse.';
const bgBio = 'Retired land surveyor. Fenland born and bred. I walk most days and write some of them up here.';
const bgArchive = ['2025', '(6)', 'March', '(2)', 'Three Drains in a Day', 'February', '(4)', '2024', '(31)'];
const bgLabelList = ['walks (142)', 'history (63)', 'wildlife (48)', 'drains (21)'];
const bgDiv = (t: string): string => `<div style="text-align: justify;">${t}</div><div style="text-align: justify;"><br /></div>`;
const bgP = (t: string): string => `<p style="text-align: justify;">${t}</p>`;
const bgHtml = `<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en-GB' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'
xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'><head>
<meta content='width=1100' name='viewport'/><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><meta content='blogger' name='generator'/>
<link href='https://fenlanddrains.blogspot.example/2025/03/hackmoor-drove-to-saltby-sluice.html' rel='canonical'/>
<meta content='${bgTitle}' property='og:title'/><meta content='Out early this morning with the flask and the old Ordnance Survey sheet.'
property='og:description'/><title>Walking the Fenland Drains: ${bgTitle}</title>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/3566091532-css_bundle_v2.css'/>
<style id='page-skin-1' type='text/css'>body{font:normal normal 12px Arial,Tahoma,Helvetica,FreeSans,sans-serif;}.item-control{display:none}</style>
<script type="text/javascript">(function(){var a=window.cookieOptions||{};})();</script></head>
<body class='loading'><div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span
class="cookie-choices-text">${bgCookie}</span>
<span class="cookie-choices-buttons"><a id="cookieChoiceDismiss" class="cookie-choices-button" href="#">Ok</a><a class="cookie-choices-button"
href="https://policies.google.com/technologies/cookies" target="_blank">Learn more</a></span></div></div>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
function setAttributeOnload(object, attribute, val) { if (window.addEventListener) {
window.addEventListener('load', function(){ object[attribute] = val; }, false); } }
</script><div id="navbar-iframe-container"></div></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'><div class='cap-top'><div class='cap-left'></div><div class='cap-right'></div>
</div></div></div><div class='content'><div class='content-fauxcolumns'></div><div class='content-outer'><div class='content-cap-top cap-top'></div>
<div class='fauxborder-left content-fauxborder-left'><div class='content-inner'><header><div class='header-outer'><div class='header-cap-top cap-top'></div>
<div class='region-inner header-inner'><div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://fenlanddrains.blogspot.example/'>Walking the Fenland Drains</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>${bgDesc}</span></p></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='region-inner tabs-inner'><div class='tabs section' id='crosscol' name='Cross-Column'><div class='widget PageList'
data-version='1' id='PageList1'><div class='widget-content'><ul>${bgTabs
  .map((t, i) => `<li${i === 0 ? " class='selected'" : ''}><a href='https://fenlanddrains.blogspot.example/${i === 0 ? '' : `p/${i}.html`}'>${t}</a></li>`)
  .join('')}</ul><div class='clear'></div></div></div></div></div></div>
<div class='main-outer'><div class='region-inner main-inner'><div class='columns fauxcolumns'><div class='columns-inner'><div class='column-center-outer'>
<div class='column-center-inner'><div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>Sunday, 9 March 2025</span></h2><div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.example/img/b/R29vZ2xl/pumphouse.jpg' itemprop='image_url'/><meta content='7281946025412' itemprop='blogId'/>
<meta content='4410285063' itemprop='postId'/><a name='4410285063'></a><h3 class='post-title entry-title' itemprop='name'>${bgTitle}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-4410285063' itemprop='description articleBody'>
${bgP1.map(bgDiv).join('\n')}
<h3 style="text-align: left;">${bgH1}</h3>
${bgP2.map(bgP).join('\n')}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td
style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/s1600/pumphouse.jpg"
style="margin-left: auto; margin-right: auto;"><img
border="0" data-original-height="1200" data-original-width="1600" height="300"
src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/w400-h300/pumphouse.jpg"
width="400" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${bgCaption}</td></tr></tbody></table>
${bgP3.map(bgDiv).join('\n')}
<h3 style="text-align: left;">${bgH2}</h3>
${bgP4.map(bgP).join('\n')}
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope'
itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/0918273645' itemprop='url'/><a class='g-profile'
href='https://www.blogger.com/profile/0918273645' rel='author' title='author profile'><span itemprop='name'>Margaret Ellery</span></a></span></span>
<span class='post-timestamp'>at <meta content='https://fenlanddrains.blogspot.example/2025/03/hackmoor-drove-to-saltby-sluice.html' itemprop='url'/><a
class='timestamp-link' href='https://fenlanddrains.blogspot.example/2025/03/hackmoor-drove-to-saltby-sluice.html' rel='bookmark' title='permanent link'><abbr
class='published' itemprop='datePublished' title='2025-03-09T14:22:00Z'>14:22</abbr></a></span>
<span class='post-comment-link'></span><span class='post-icons'><span class='item-control blog-admin pid-1660451027'>
<a href='https://www.blogger.com/post-edit.g?blogID=7281946025412&amp;postID=4410285063&amp;from=pencil'
title='Edit Post'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.example/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'>${bgShare
  .map(
    (t) => `<a class='goog-inline-block share-button sb-${t.toLowerCase().replace(/[^a-z]+/g, '')}'
href='https://www.blogger.com/share-post.g?blogID=7281946025412' target='_blank' title='${t}'><span class='share-button-link-text'>${t}</span></a>`,
  )
  .join('')}</div></div><div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: ${bgLabels
  .map((t) => `<a href='https://fenlanddrains.blogspot.example/search/label/${t}' rel='tag'>${t}</a>`)
  .join(',\n')}</span></div><div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div></div></div>
<div class='comments' id='comments'><a name='comments'></a><h4>3 comments:</h4><div class='comments-content'><div class='comment-thread toplevel-thread'>
<ol id="top-ra">${[0, 2]
  .map((i) => {
    const c = bgComments[i] as (typeof bgComments)[number];
    const reply = bgComments[1] as (typeof bgComments)[number];
    const block = (x: typeof c, id: string): string => `<div class="avatar-image-container"><img src="//resources.blogblog.example/img/blank.gif" alt=""/></div>
<div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/${id}" rel="nofollow">${x.name}</a></cite>
<span
class="icon user${x.name === 'Margaret Ellery' ? ' blog-author' : ''}"></span><span class="datetime secondary-text"><a rel="nofollow"
href="https://fenlanddrains.blogspot.example/2025/03/hackmoor-drove-to-saltby-sluice.html?showComment=17415${id}#c${id}">${x.date}</a></span></div>
<p class="comment-content">${x.text}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="${id}">Reply</a>
<span
class="item-control blog-admin blog-admin pid-1660451027"><a target="_self" href="https://www.blogger.com/comment/delete/7281946025412/${id}">Delete</a>
</span></span>
</div>`;
    return `<li class="comment" id="c90${i}">${block(c, `90${i}`)}<div class="comment-replies">${
      i === 0 ? `<div id="c901-rt" class="comment-thread inline-thread"><ol><li class="comment" id="c901">${block(reply, '901')}</li></ol></div>` : ''
    }</div><div class="comment-replybox-single" id="c90${i}-ce"></div></li>`;
  })
  .join('')}</ol><div id="top-continue" class="continue"><a class="comment-reply" target="_self">Add comment</a></div><div class="comment-replybox-thread"
id="top-ce"></div><div class="loadmore hidden" data-post-id="4410285063"><a target="_self">Load more...</a></div></div></div>
<p class='comment-footer'></p><div class='comment-form'><a name='comment-form'></a><p></p>
<a href='https://www.blogger.com/comment/frame/7281946025412?po=4410285063'
id='comment-editor-src'></a><iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px'
id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div></div>
</div></div></div></div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link'
href='https://fenlanddrains.blogspot.example/2025/03/three-drains-in-a-day.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a></span>
<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://fenlanddrains.blogspot.example/2025/02/frost-on-the-wash.html'
id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></span><a class='home-link' href='https://fenlanddrains.blogspot.example/'>Home</a></div>
<div class='clear'></div><div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link'
href='https://fenlanddrains.blogspot.example/feeds/4410285063/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a></div></div>
</div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'><div class='widget Profile'
data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'><a href='https://www.blogger.com/profile/0918273645'><img alt='My photo'
class='profile-img' height='80' src='//blogger.googleusercontent.example/img/b/R29vZ2xl/s80/margaret.jpg' width='60'/></a><dl class='profile-datablock'>
<dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0918273645' rel='author'>Margaret Ellery</a></dt>
<dd class='profile-textblock'>${bgBio}</dd></dl>
<a class='profile-link' href='https://www.blogger.com/profile/0918273645' rel='author'>View my complete profile</a>
<div class='clear'></div></div></div><div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'>
<div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'>
<span
class='zippy toggle-open'>▼&#160;</span></a><a class='post-count-link' href='https://fenlanddrains.blogspot.example/2025/'>${bgArchive[0]}</a> <span
class='post-count' dir='ltr'>${bgArchive[1]}</span><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span
class='zippy toggle-open'>▼&#160;</span></a><a class='post-count-link' href='https://fenlanddrains.blogspot.example/2025/03/'>${bgArchive[2]}</a> <span
class='post-count' dir='ltr'>${bgArchive[3]}</span><ul class='posts'><li><a href='https://fenlanddrains.blogspot.example/2025/03/three-drains-in-a-day.html'>
${bgArchive[4]}</a></li><li><a href='https://fenlanddrains.blogspot.example/2025/03/hackmoor-drove-to-saltby-sluice.html'>${bgTitle}</a></li></ul></li>
<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>►&#160;</span></a><a class='post-count-link'
href='https://fenlanddrains.blogspot.example/2025/02/'>${bgArchive[5]}</a> <span class='post-count' dir='ltr'>${bgArchive[6]}</span></li></ul></li>
<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>►&#160;</span></a><a class='post-count-link'
href='https://fenlanddrains.blogspot.example/2024/'>${bgArchive[7]}</a> <span class='post-count' dir='ltr'>${bgArchive[8]}</span></li></ul></div></div>
<div class='clear'></div></div></div><div class='widget Label' data-version='1' id='Label1'><h2>Labels</h2>
<div class='widget-content list-label-widget-content'>
<ul>${bgLabelList
  .map((t) => {
    const [name, count] = t.split(' ');
    return `<li><a dir='ltr' href='https://fenlanddrains.blogspot.example/search/label/${name}'>${name}</a> <span dir='ltr'>${count}</span></li>`;
  })
  .join('\n')}</ul><div class='clear'></div></div></div><div class='widget Followers' data-version='1' id='Followers1'><h2 class='title'>Followers</h2>
<div class='widget-content'><div id='Followers1-wrapper'><div style='margin-right:2px;'><div><script type="text/javascript"
src="https://apis.google.com/js/platform.js"></script><div id="followers-iframe-container"></div></div></div></div><div class='clear'></div></div></div></div>
</aside></div></div></div></div></div></div>
<footer><div class='footer-outer'><div class='region-inner footer-inner'><div class='foot section' id='footer-3' name='Footer'><div class='widget Attribution'
data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a href='https://www.blogger.com'
target='_blank'>Blogger</a>.</div><div class='clear'></div></div></div></div></div></footer></div></div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2028843038-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY5ya9ekkGQ:1741530000000';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d7281946025412',
'//fenlanddrains.blogspot.example/2025/03/hackmoor-drove-to-saltby-sluice.html','7281946025412');</script>
</body></html>`;
const blogger: TestPage = {
  html: bgHtml,
  name: 'heldout90-blogger-simple-walk-post',
  kind: 'blog',
  // the post title is the h3 (the page's h1 is the blog title, furniture); the two h3 subheadings are the headings; the
  // date header, the author name and the post time ("Posted by" / "at" in neither list) are bylines; the caption, share
  // buttons, labels, comments (the hidden "Delete" admin links included), pager, feed link, sidebar, attribution and
  // cookie bar are furniture; the archive counts are furniture, the archive's own link to this post repeats the title
  title: bgTitle,
  headings: [bgH1, bgH2],
  body: [...bgP1, ...bgP2, ...bgP3, ...bgP4],
  bylines: ['Sunday, 9 March 2025', 'Margaret Ellery', '14:22'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    bgCookie, 'Ok', 'Learn more', 'Walking the Fenland Drains', bgDesc, ...bgTabs, bgCaption, ...bgShare, 'Labels:', ...bgLabels, '3 comments:',
    ...bgComments.filter((c) => c.name !== 'Margaret Ellery').flatMap((c) => [c.name, c.date, c.text]), bgComments[1]?.date as string,
    bgComments[1]?.text as string, 'Reply', 'Delete', 'Add comment', 'Load more...', 'Newer Post', 'Older Post', 'Subscribe to:', 'Post Comments (Atom)',
    'About Me', bgBio, 'View my complete profile', 'Blog Archive', ...bgArchive, 'Labels', ...bgLabelList, 'Followers', 'Simple theme. Powered by Blogger.',
  ],
};

export const HELDOUT90_F: readonly TestPage[] = [blogger, linkedinNewsletter];
