import { type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout700-kit.js';

/**
 * Held-out batch 700, file c: a village blogger's parish council report on Blogger (the classic Simple template: blog
 * title in the h1, post title in an h3, date header, paragraphs as <div>s with <br> spacers, a captioned image in a
 * tr-caption table, post footer with share buttons and labels, comments, blog pager, profile and archive widgets, the
 * cookie notice), and a school board member's essay on Medium (atomic class names, subtitle, author / publication / read
 * time meta, clap and response counts, section headings as <h1> inside the body, a captioned figure, a blockquote,
 * tags, "Written by" card, "Recommended from Medium", footer).
 */
const gTitle = 'Parish council notes: the bus shelter saga continues';
const gP = [
  j(
    'Another parish council meeting on Tuesday, another forty minutes on the bus shelter. For those who have missed the',
    'previous instalments (lucky you), the wooden shelter by the green was hit by a delivery lorry in October and has been',
    'held up by two fence posts and a prayer ever since.',
  ),
  j('Eleven of us turned up in the public seats this time, which the chairman said was a record for a March meeting. I', 'suspect the free biscuits helped.'),
  j(
    'So, where are we? The money from the lorry firm’s insurers (£3,400) finally arrived in February. A new oak shelter of the',
    'same size is quoted at £6,150 by a firm in Thornby, and a steel and glass one like the one in Great Aldwick at £4,800.',
    'The council has £1,900 in its reserves for “street furniture”, which I assume a bus shelter is.',
  ),
  j(
    'Cllr Beale (who I think would quite like the whole thing to go away) suggested we just take the money and put up a bench.',
    'There was some muttering from the public seats. Mrs Okonedo pointed out that the number 41 bus still stops there six',
    'times a day and that a bench does not keep the rain off.',
  ),
  j(
    'In the end they voted, four to two, to go for the oak one, with the extra £850 or so to come from the village hall’s',
    'summer fair if the hall committee agrees. The clerk is going to ask Fenshire County Council whether there is any money in',
    'its rural transport fund, which there may be, though last time anyone asked it took them eight months to say no.',
  ),
];
const gHead = 'Other business';
const gList = [
  'The dog bin on Mill Lane will be emptied weekly instead of fortnightly from April, after complaints (mostly mine).',
  j('Planning: no objection to the extension at 4 Church View. Some objection to the floodlights at the equestrian centre,', 'which the council will pass on.'),
  'The speed watch group needs two more volunteers. You get a hi-vis jacket and a lot of rude gestures.',
  'The annual parish meeting is on 20 April at 7.30pm in the village hall. This is the one where anyone can speak, so do come.',
];
const gEnd = j(
  'I will report back when there is actually a shelter. Don’t hold your breath, and if you are waiting for the 41 in the',
  'meantime, bring an umbrella.',
);
const gCaption = 'What is left of the shelter, with its fence-post crutches';
const gDiv = (t: string): string => `<div style="text-align: left;">${t}</div><div style="text-align: left;"><br /></div>`;
const gCookie = j(
  'This site uses cookies from Google to deliver its services and to analyse traffic. Information about your use of this site',
  'is shared with Google. By using this site, you agree to its use of cookies.',
);
const gShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const gComments = [
  [
    'Roger Dunmore',
    '14 March 2027 at 18:02',
    'An oak shelter for the price of a small car. Still, it will outlast all of us, which is more than can be said for the 41.',
  ],
  ['Peggy Hume', '14 March 2027 at 19:15', 'Roger, the 41 has outlasted three bus companies. I have faith.'],
  ['Anonymous', '15 March 2027 at 08:47', 'Is the speed watch group still meeting at the Plough? Happy to help on Saturdays.'],
];
const gArchive = ['Parish council notes: the bus shelter saga continues', 'Snowdrops at St Wendreda’s'];
const gPopular = ['The great Little Aldwick pothole census', 'Why the church clock is always four minutes fast', 'Walking the old drove road to Thornby'];
const gComment = ([name, date, text]: string[], reply = ''): string => `<li class="comment" id="c${date?.length ?? 0}${name?.length ?? 0}">
<div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""></div><div class="comment-block"><div class="comment-header">
<cite class="user">${name === 'Anonymous' ? name : `<a href="https://www.blogger.com/profile/0${name?.length ?? 0}" rel="nofollow">${name}</a>`}</cite>
<span class="icon user ${name === 'Peggy Hume' ? 'blog-author' : ''}"></span><span class="datetime secondary-text"><a rel="nofollow"
href="https://littlealdwick.blogspot.com/2027/03/parish-council-notes-bus-shelter.html?showComment=1">${date}</a></span></div>
<p class="comment-content">${text}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a></span></div>
${
  reply === ''
    ? ''
    : `<div class="comment-replies"><div class="comment-thread inline-thread"><span class="thread-toggle thread-expanded"><span
class="thread-arrow">
</span><span class="thread-count"><a target="_self">Replies</a></span></span><ol class="thread-chrome thread-expanded"><div>${reply}</div></ol></div></div>`
}
<div class="comment-replybox-single" id="c-ce"></div></li>`;
const gHtml = `<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en-GB' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'
xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head><meta content='width=1100' name='viewport'/><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><meta content='blogger' name='generator'/>
<link href='https://littlealdwick.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://littlealdwick.blogspot.com/2027/03/parish-council-notes-bus-shelter.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Life in Little Aldwick - Atom" href="https://littlealdwick.blogspot.com/feeds/posts/default" />
<meta content='Another parish council meeting on Tuesday, another forty minutes on the bus shelter.' name='description'/>
<meta content='${gTitle}' property='og:title'/><title>Life in Little Aldwick: ${gTitle}</title>
<style id='page-skin-1' type='text/css'><!--
/* Content ----------------------------------------------- */
body { font: normal normal 13px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; color: #333333; background: #eeeeee none repeat scroll top left; }
.item-control { display: none; }
--></style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/3566091532-css_bundle_v2.css' />
<script type="text/javascript" src="https://www.blogger.com/static/v1/jsbin/2467295723-ieretrofit.js"></script>
<script type='text/javascript'>cookieOptions = {"msg": "${gCookie}",
"link": "https://www.blogger.com/go/blogspot-cookies", "close": "Ok", "learn": "Learn more"};</script>
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
function setAttributeOnload(object, attribute, val) { if(window.addEventListener) { window.addEventListener('load', function(){ object[attribute] = val; },
false); } }
</script><div id="navbar-iframe-container"></div></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'><div class='cap-top'><div class='cap-left'></div><div
class='cap-right'></div></div>
</div></div>
<div class='content'><div class='content-fauxcolumns'></div><div class='content-outer'><div class='content-cap-top cap-top'></div>
<div class='fauxborder-left content-fauxborder-left'><div class='content-inner'>
<header><div class='header-outer'><div class='header-cap-top cap-top'></div><div class='fauxborder-left header-fauxborder-left'><div class='region-inner
header-inner'>
<div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'>
<div class='titlewrapper'><h1 class='title'><a href='https://littlealdwick.blogspot.com/'>Life in Little Aldwick</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Village news, walks and the occasional grumble from a Fenshire parish</span></p></div>
</div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='region-inner tabs-inner'><div class='tabs section' id='crosscol' name='Cross-column'><div class='widget PageList'
data-version='1' id='PageList1'><div class='widget-content'><ul><li><a href='https://littlealdwick.blogspot.com/'>Home</a></li>
<li><a href='https://littlealdwick.blogspot.com/p/walks.html'>Walks</a></li><li><a href='https://littlealdwick.blogspot.com/p/parish-council.html'>Parish
council</a></li><li><a href='https://littlealdwick.blogspot.com/p/about.html'>About this blog</a></li></ul></div></div></div></div></div>
<div class='main-outer'><div class='main-cap-top cap-top'></div><div class='fauxborder-left main-fauxborder-left'><div class='region-inner main-inner'>
<div class='columns fauxcolumns'><div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>Sunday, 14 March 2027</span></h2><div class="date-posts">
<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh_shelter/s320/shelter.jpg' itemprop='image_url'/>
<meta content='4412089315550011' itemprop='blogId'/><meta content='7781250096314432' itemprop='postId'/><a name='7781250096314432'></a>
<h3 class='post-title entry-title' itemprop='name'>${gTitle}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-7781250096314432' itemprop='description articleBody'>
${gDiv(at(gP, 0))}
${gDiv(at(gP, 1))}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td
style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh_shelter/s1600/shelter.jpg" style="margin-left: auto;
margin-right: auto;"><img border="0" data-original-height="900" data-original-width="1200" height="240"
src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh_shelter/s320/shelter.jpg" width="320" /></a></td></tr>
<tr><td class="tr-caption" style="text-align: center;">${gCaption}</td></tr></tbody></table><div style="text-align: left;"><br /></div>
${gP.slice(2).map(gDiv).join('\n')}
<h3 style="text-align: left;">${gHead}</h3>
<ul style="text-align: left;">${lis(gList)}</ul>
<div style="text-align: left;">${gEnd}</div>
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author'
itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/0915' itemprop='url'/><a class='g-profile'
href='https://www.blogger.com/profile/0915' rel='author' title='author profile'><span itemprop='name'>Peggy Hume</span></a></span></span>
<span class='post-timestamp'>at <meta content='https://littlealdwick.blogspot.com/2027/03/parish-council-notes-bus-shelter.html' itemprop='url'/><a
class='timestamp-link' href='https://littlealdwick.blogspot.com/2027/03/parish-council-notes-bus-shelter.html' rel='bookmark' title='permanent link'><abbr
class='published' itemprop='datePublished' title='2027-03-14T16:20:00Z'>16:20</abbr></a></span>
<span class='post-comment-link'></span><span class='post-icons'><span class='item-control blog-admin pid-1650374521'><a
href='https://www.blogger.com/post-edit.g?blogID=4412089315550011&amp;postID=7781250096314432&amp;from=pencil' title='Edit Post'><img alt=''
class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'>${gShare
  .map(
    (t) => `<a class='goog-inline-block share-button sb-${t.toLowerCase().replace(/[^a-z]/g, '')}' href='https://www.blogger.com/share-post.g?blogID=1'
target='_blank' title='${t}'><span class='share-button-link-text'>${t}</span></a>`,
  )
  .join('')}</div></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels:
<a href='https://littlealdwick.blogspot.com/search/label/bus%20shelter' rel='tag'>bus shelter</a>,
<a href='https://littlealdwick.blogspot.com/search/label/parish%20council' rel='tag'>parish council</a></span></div>
<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div></div></div>
<div class='comments' id='comments'><a name='comments'></a><h4>3 comments:</h4><div class='comments-content'>
<div class='comment-thread toplevel-thread'><ol id='top-ra'>
${gComment(gComments[0] ?? [], gComment(gComments[1] ?? []))}
${gComment(gComments[2] ?? [])}
</ol><div id='top-continue' class='continue'><a class='comment-reply' target='_self'>Add comment</a></div>
<div class='comment-replybox-thread' id='top-ce'></div><div class='loadmore hidden' data-post-id='7781250096314432'><a target='_self'>Load more...</a></div>
</div></div>
<p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/4412089315550011/7781250096314432' onclick=''>Post a Comment</a></p></div>
</div></div></div></div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link'
href='https://littlealdwick.blogspot.com/2027/03/snowdrops.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a></span>
<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://littlealdwick.blogspot.com/2027/02/pothole-census.html'
id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></span><a class='home-link' href='https://littlealdwick.blogspot.com/'>Home</a></div>
<div class='clear'></div><div class='post-feeds'><div class='feed-links'>Subscribe to:
<a class='feed-link' href='https://littlealdwick.blogspot.com/feeds/7781250096314432/comments/default' target='_blank' type='application/atom+xml'>Post Comments
(Atom)</a></div></div></div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'><a href='https://www.blogger.com/profile/0915'><img
alt='My photo' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/b/peggy.jpg' width='60'/></a><dl class='profile-datablock'>
<dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0915' rel='author'>Peggy Hume</a></dt>
<dd class='profile-textblock'>Retired teacher, parish councillor 2011–2019, now just a nosy neighbour.</dd></dl>
<a class='profile-link' href='https://www.blogger.com/profile/0915' rel='author'>View my complete profile</a><div class='clear'></div></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Popular Posts</h2><div class='widget-content popular-posts'><ul>${gPopular
  .map((t) => `<li><div class='item-title'><a href='https://littlealdwick.blogspot.com/2026/popular.html'>${t}</a></div></li>`)
  .join('\n')}</ul><div class='clear'></div></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><div
id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy
toggle-open'>▼&nbsp;</span></a><a class='post-count-link' href='https://littlealdwick.blogspot.com/2027/'>2027</a>
<span class='post-count' dir='ltr'>(9)</span><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span
class='zippy toggle-open'>▼&nbsp;</span></a><a class='post-count-link' href='https://littlealdwick.blogspot.com/2027/03/'>March</a>
<span class='post-count' dir='ltr'>(2)</span><ul class='posts'>${gArchive
  .map(
    (t) => `<li><a
href='https://littlealdwick.blogspot.com/2027/03/p.html'>${t}</a></li>`,
  )
  .join('')}
</ul></li><li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>►&nbsp;</span></a><a class='post-count-link'
href='https://littlealdwick.blogspot.com/2027/02/'>February</a> <span class='post-count' dir='ltr'>(4)</span></li><li class='archivedate collapsed'><a
class='toggle' href='javascript:void(0)'><span class='zippy'>►&nbsp;</span></a><a class='post-count-link'
href='https://littlealdwick.blogspot.com/2027/01/'>January</a>
<span class='post-count' dir='ltr'>(3)</span></li></ul></li><li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span
class='zippy'>►&nbsp;</span></a><a class='post-count-link' href='https://littlealdwick.blogspot.com/2026/'>2026</a>
<span class='post-count' dir='ltr'>(31)</span></li></ul></div></div><div class='clear'></div></div></div>
</div></aside></div></div></div></div></div></div></div>
<footer><div class='footer-outer'><div class='region-inner footer-inner'><div class='foot section' id='footer-3' name='Footer 3'>
<div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a
href='https://www.blogger.com' target='_blank'>Blogger</a>.</div><div class='clear'></div></div></div></div></div></footer>
</div></div></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">This site uses cookies from Google
to deliver its services and to analyse traffic. Information about your use of this site is shared with Google. By using this site, you agree to its use of
cookies.</span><span class="cookie-choices-buttons"><a href="https://www.blogger.com/go/blogspot-cookies" target="_blank" class="cookie-choices-button">Learn
more</a><a id="cookieChoiceDismiss" href="#" class="cookie-choices-button">Ok</a></span></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975350028-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY5';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\x3d4412089315550011',
'//littlealdwick.blogspot.com/2027/03/parish-council-notes-bus-shelter.html','4412089315550011');</script></body></html>`;
const blogger: TestPage = gold({
  name: 'heldout700-blogger-bus-shelter',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gHead],
  body: texts([...gP, ...gList, gEnd]),
  bylines: ['Sunday, 14 March 2027', 'Posted by Peggy Hume at 16:20', ...gComments.flatMap(([n, d]) => [n ?? '', d ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Life in Little Aldwick', 'Village news, walks and the occasional grumble from a Fenshire parish', 'Home', 'Walks', 'Parish council', 'About this blog',
    gCaption, ...gShare, 'Labels:', 'bus shelter', 'parish council', '3 comments:', ...gComments.map(([, , t]) => t ?? ''), 'Reply', 'Replies', 'Add comment',
    'Post a Comment', 'Newer Post', 'Older Post', 'Subscribe to: Post Comments (Atom)', 'About Me',
    'Retired teacher, parish councillor 2011–2019, now just a nosy neighbour.', 'View my complete profile', 'Popular Posts', ...gPopular, 'Blog Archive',
    '2027', '(9)', 'March', '(2)', ...gArchive, 'February', '(4)', 'January', '(3)', '2026', '(31)', 'Simple theme. Powered by Blogger.',
    gCookie,
    'Learn more', 'Ok',
  ],
});

const mTitle = 'What two years on a small-town school board taught me';
const mDek = 'Nobody runs for school board to talk about bus routes. You end up talking about bus routes.';
const mBody: [string, string][] = [
  [
    'p',
    j(
      'Two years ago I won a seat on the Millbrook Unified School District board by 212 votes. I had been a reporter for eleven',
      'years, I had two kids in district schools, and I thought I understood how local government worked. I was wrong about',
      'most of it, in ways I think are worth writing down.',
    ),
  ],
  ['h', 'The agenda is where the power is'],
  [
    'p',
    j(
      'The most important document in any board meeting is the agenda, and it is mostly written before the public ever sees it.',
      'In Millbrook the superintendent and the board president set it together on the Thursday before a meeting. Items on the',
      '<em>consent agenda</em> are approved in one vote, without discussion, unless a member asks to pull them.',
    ),
  ],
  [
    'p',
    j(
      'In my first year I pulled exactly one item from consent: a $380,000 contract for a new student information system. It',
      'turned out nobody on the board had seen a demonstration of it. We delayed the vote by a month, saw the demonstration, and',
      'approved it anyway. But the next contract of that size went on the regular agenda without anyone having to ask.',
    ),
  ],
  ['h', 'Most of the job is logistics'],
  [
    'p',
    j(
      'I ran on curriculum and class sizes. I spent more hours on transportation than on both of those put together. When the',
      'district lost four bus drivers in one autumn, we had to consolidate three routes in the eastern part of the county, and',
      'for six weeks some kids were on a bus for 70 minutes each way.',
    ),
  ],
  ['fig', ''],
  [
    'p',
    j(
      'The parents who came to our meetings that autumn were angrier than anyone I met as a reporter, and they were right to be.',
      'What I learned was that the fix was not a policy. It was a $2-an-hour raise for drivers and a bonus for passing the',
      'commercial license test, and it took two meetings to approve because it had to go through the budget process first.',
    ),
  ],
  [
    'q',
    j(
      'If you want to know what a school board cares about, don’t read its mission statement. Read its budget, and then read',
      'the minutes of the meetings where the budget changed.',
    ),
  ],
  ['h', 'Public comment is not a conversation'],
  [
    'p',
    j(
      'Under state law, board members cannot respond to public comment about items that are not on the agenda. I knew that rule',
      'before I was elected. I did not know how it would feel to sit in silence while a parent told us, in tears, that her son',
      'had been bullied for a year, and then to move on to item 6B, the approval of the minutes.',
    ),
  ],
  [
    'p',
    j(
      'What I do now is stay after every meeting until the last person who wants to talk to me has done so. It is not a policy.',
      'It is just the only way I have found to make the three-minute limit feel less like a wall.',
    ),
  ],
  ['h', 'What I would tell someone thinking of running'],
  ['li', 'Read the last 12 months of board minutes before you file your papers. You will learn more from them than from any candidate forum.'],
  ['li', 'Find out who the district’s chief business officer is and take them to lunch. They know where every dollar goes.'],
  ['li', 'Expect the job to take 15 to 20 hours a week. The stipend in Millbrook is $240 a month.'],
  ['li', 'Don’t run against someone. Run for something you can explain in one sentence.'],
  [
    'p',
    j(
      'I am running again in November. I still think the board’s most important job is hiring and keeping a good',
      'superintendent, and I still think the public deserves to see us argue about the hard things in the open. I just know a',
      'lot more about bus routes than I used to.',
    ),
  ],
];
const mCaption = 'The board meets in the Millbrook High School library on the second and fourth Tuesday of each month. Photo by the author.';
const mTags = ['School Board', 'Local Government', 'Education', 'Civic Engagement', 'Elections'];
const mRec = [
  ['How a county budget actually gets made', 'Teo Lindqvist', '8 min read'],
  ['I went to every city council meeting for a year', 'Hannah Ferro', '11 min read'],
];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Terms', 'Text to speech', 'Teams'];
let mId = 0;
const mid = (): string => `${(0x3a11 + mId++ * 0x1f).toString(16)}`;
const mRender = (): string => {
  const out: string[] = [];
  let list: string[] = [];
  for (const [k, t] of mBody) {
    if (k !== 'li' && list.length > 0) {
      out.push(`<ul class="">${list.join('')}</ul>`);
      list = [];
    }
    if (k === 'p') {
      out.push(`<p id="${mid()}" class="pw-post-body-paragraph ns nt gx nu b nv nw nx ny nz oa ob oc od oe of og oh oi oj ok ol om on oo op gq bk"
data-selectable-paragraph="">${t}</p>`);
    } else if (k === 'h') {
      out.push(`<h1 id="${mid()}" class="oq or gx bf os ot ou ov ow ox oy oz pa pb pc pd pe pf pg ph pi pj pk pl pm pn bk"
data-selectable-paragraph="">${t}</h1>`);
    } else if (k === 'li') {
      list.push(`<li id="${mid()}" class="ns nt gx nu b nv nw nx ny nz oa ob oc od oe of og oh oi oj ok ol om on oo op qh qi qj bk"
data-selectable-paragraph="">${t}</li>`);
    } else if (k === 'q') {
      out.push(`<blockquote class="qk ql qm"><p id="${mid()}" class="ns nt qn nu b nv nw nx ny nz oa ob oc od oe of og oh oi oj ok ol om on oo op gq bk"
data-selectable-paragraph="">${t}</p></blockquote>`);
    } else {
      out.push(`<figure class="qo qp qq qr qs qt pu pv paragraph-image"><div role="button" tabindex="0" class="qu qv fk qw bh qx"><span class="fu"><div
class="pu pv qx"><picture><source srcset="https://miro.medium.com/v2/resize:fit:640/format:webp/1*boardroom.jpeg 640w" type="image/webp"><img alt=""
class="bh mo qy c" width="700" height="467" loading="lazy" role="presentation" src="https://miro.medium.com/v2/resize:fit:700/1*boardroom.jpeg"></picture>
</div></span></div><figcaption class="qz fg ra pu pv rb rc bf b bg z du" data-selectable-paragraph="">${mCaption}</figcaption></figure>`);
    }
  }
  if (list.length > 0) out.push(`<ul class="">${list.join('')}</ul>`);
  return out.join('\n');
};
const mMeta = (claps: string, responses: string): string => `<div class="ab q ki kj kk kl km kn ko kp kq kr ks kt ku kv kw kx"><div class="h k w fx
ga q"><div class="lr l"><div class="ab q ls lt"><div class="pw-multi-vote-icon fk mu lw lx ly"><div class=""><span class="lz ma mb"><svg width="24"
height="24" viewBox="0 0 24 24" aria-label="clap"></svg></span></div></div><div class="pw-multi-vote-count l mc md me mf mg mh mi"><p class="bf b dv z
du"><span class="mj">${claps}</span></p></div></div></div><div class="bq ab"><div><div class="bm" aria-hidden="false"><button class="ao lu mn mo ab q
fl mp mq" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24" class="mm"></svg><p class="bf b dv z du"><span
class="pw-responses-count ml mm">${responses}</span></p></button></div></div></div></div><div class="ab q"><div class="ep l iu"><button
aria-label="Listen" class="af ee ah ai aj ak al ms an ao ap ex mt mu mi mv mw mx my mz s na nb nc nd ne nf ng u nh ni nj"><div class="bf b bg z du">
<svg></svg><div class="j i d"><p class="bf b bg z du">Listen</p></div></div></button></div><div class="bm" aria-hidden="false"><button
aria-controls="postPageShareMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton" class="af ee ah ai aj ak al ms an
ao ap ex mt mu mi mv mw mx my mz s na nb nc nd ne nf ng u nh ni nj"><svg></svg><div class="j i d"><p class="bf b bg z du">Share</p></div></button></div>
</div></div>`;
const mHtml = `<!doctype html><html lang="en"><head><title>What two years on a small-town school board taught me | by Priscilla Navarro | Local Matters |
Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="article:published_time" content="2027-02-21T14:03:11.512Z"><meta data-rh="true" name="title" content="${mTitle}">
<meta data-rh="true" property="og:title" content="${mTitle}"><meta data-rh="true" name="description" content="${mDek}">
<meta data-rh="true" name="author" content="Priscilla Navarro"><meta data-rh="true" name="twitter:label1" content="Reading time">
<meta data-rh="true" name="twitter:data1" content="6 min read"><link data-rh="true" rel="author" href="https://medium.com/@pnavarro">
<link data-rh="true" rel="canonical" href="https://medium.com/local-matters/what-two-years-on-a-small-town-school-board-taught-me-3f9a1c2b7d11">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"datePublished":"2027-02-21T14:03:11.512Z","author":{"@type":"Person","name":"Priscilla Navarro","url":"https://medium.com/@pnavarro"},
"publisher":{"@type":"Organization","name":"Local Matters"},"isAccessibleForFree":true}</script>
<style type="text/css" data-fela-rehydration="563" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}*, *:before,
*:after{box-sizing:inherit}body{margin:0;padding:0;text-rendering:optimizeLegibility}</style>
<style type="text/css" data-fela-rehydration="563" data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font, -apple-system, sans-serif}
.b{font-weight:400}.c{background-color:rgba(255, 255, 255, 1)}.gx{color:rgba(36, 36, 36, 1)}.ns{letter-spacing:-0.003em}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l c"><div class="m c n o">
<div class="p q r s t u v w"><div class="ab q ae"><a data-testid="headerMediumLogo" href="https://medium.com/?source=post_page---top_nav_layout_nav"
aria-label="Homepage"><svg viewBox="0 0 1043.63 592.71" class="x y"></svg></a><div class="ag h"><div class="ab ah ai aj ak al"><div class="bm"
aria-hidden="false" aria-describedby="searchResults" aria-labelledby="searchResults"></div><div class="aq ar as at au"><svg></svg></div><input
role="combobox" aria-controls="searchResults" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="av ai aw ax
ay az ba bb bc bd" placeholder="Search" value=""></div></div></div><div class="h k w be bf"><div class="ab q"><div class="bm" aria-hidden="false"><a
class="af ag ah ai aj ak al am an ao ap aq ar as bo" data-testid="headerWriteButton"
href="https://medium.com/m/signin?operation=register&amp;redirect=new-story"
rel="noopener follow"><div class="bf b bg z bh bi bj bk bl"><svg></svg><div class="dt l">Write</div></div></a></div></div><div class="bm h k l"><span><a
class="bf b bg z bq br bs bt bu bv bw bx by bz bn ca cb" data-testid="headerSignUpButton" href="https://medium.com/m/signin?operation=register"
rel="noopener follow">Sign up</a></span></div><div class="bm h k l"><span><a class="af ag ah ai aj ak al am an ao ap aq ar as bo"
data-testid="headerSignInButton"
href="https://medium.com/m/signin?operation=login" rel="noopener follow">Sign in</a></span></div></div></div>
<div class="l"><div class="ab ae"><article><div class="l"><div class="l"><section><div><div class="fi fj fk fl fm"></div><div class="fn fo fp fq fr"><div
class="ab cb"><div class="ci bh fs ft fu fv"><div class="speechify-ignore ab co"><div class="speechify-ignore bh l"></div></div>
<h1 id="9f2c" class="pw-post-title gv gw gx bf gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs bk" data-testid="storyTitle"
data-selectable-paragraph="">${mTitle}</h1>
<h2 id="a7d1" class="pw-subtitle-paragraph ht gw gx bf b hu hv hw hx hy hz ia ib ic id ie if ig cp" data-selectable-paragraph="">${mDek}</h2>
<div class="speechify-ignore ab co"><div class="speechify-ignore bh l"><div class="ih ii ij ik il ab"><div><div class="ab im"><div><div class="bm"
aria-hidden="false"><a href="https://medium.com/@pnavarro?source=post_page---byline--3f9a1c2b7d11" rel="noopener follow"><div class="l in io by ip iq">
<div class="l fk"><img alt="Priscilla Navarro" class="l fd by dd de cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*pnavarro.jpeg" width="44"
height="44" loading="lazy" data-testid="authorPhoto"></div></div></a></div></div></div></div><div class="bn bh l"><div class="ab"><div style="flex:1"><span
class="bf b bg z bk"><div class="ir ab q"><div class="ab q is"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b it iu bk"><a
class="af ag ah ai aj ak al am an ao ap aq ar iv" data-testid="authorName" href="https://medium.com/@pnavarro?source=post_page---byline--3f9a1c2b7d11"
rel="noopener follow">Priscilla Navarro</a></p></div></div></div><span class="iw ix" aria-hidden="true"><span class="bf b bg z du">·</span></span><p
class="bf b it iu du"><span><a class="iy iz ah ai aj ak al am an ao ap aq ar ex ja jb" href="https://medium.com/m/signin?actionUrl=follow"
rel="noopener follow">Follow</a></span></p></div></div></span></div></div><div class="l jc"><span class="bf b bg z du"><div class="ab cn jd je jf"><div
class="jg jh ab"><div class="bf b bg z du ab ji"><span class="jj l jc">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai
aj ak al am an ao ap aq ar iv ab q" data-testid="publicationName" href="https://medium.com/local-matters?source=post_page---byline--3f9a1c2b7d11"
rel="noopener follow"><p class="bf b bg z jk jl jm jn jo jp jq jr bk">Local Matters</p></a></div></div></div><div class="h k"><span class="iw ix"
aria-hidden="true"><span class="bf b bg z du">·</span></span></div></div><span class="bf b bg z du"><div class="ab ae"><span data-testid="storyReadTime">6
min read</span><div class="js jt l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z du">·</span></span></div><span
data-testid="storyPublishDate">Feb 21, 2027</span></div></span></div></span></div></div></div>
${mMeta('412', '9')}</div></div></div></div></div>
<div class="gn go gp gq gr"><div class="ab cb"><div class="ci bh fs ft fu fv">
${mRender()}
</div></div></div></div></section></div></div></article></div>
<div class="ab cb"><div class="ci bh fs ft fu fv"><div class="sk sl ab ia"><div class="sm ab"><ul class="sn so sp">${mTags
  .map(
    (t) => `<li class="sq"><a href="https://medium.com/tag/${t.toLowerCase().replace(/ /g, '-')}?source=post_page-----3f9a1c2b7d11" rel="noopener follow"><div
class="sr fk cx ss ge st su bf b bg z bk sv">${t}</div></a></li>`,
  )
  .join('')}</ul></div></div>
${mMeta('412', '9')}</div></div>
<div class="l ia"><div class="ab cb"><div class="ci bh fs ft fu fv"><div class="tf tg th ti tj tk"><div class="ab"><a href="https://medium.com/@pnavarro"><img
alt="Priscilla Navarro" class="l fd by tl tm cx" src="https://miro.medium.com/v2/resize:fill:96:96/1*pnavarro.jpeg" width="48" height="48"
loading="lazy"></a></div><div class="tn ab"><div class="ab tp tq"><div class="l"><h2 class="bf b tr ts bk"><span class="tt">Written by
Priscilla Navarro</span></h2><div class="tu tv cw"><span class="pw-follower-count bf b bg z du"><a href="https://medium.com/@pnavarro/followers">1.2K
Followers</a></span><span class="tw l" aria-hidden="true"><span class="bf b bg z du">·</span></span><span class="bf b bg z du">Writer for <a
href="https://medium.com/local-matters">Local Matters</a></span></div><div class="tx l"><p class="bf b bg z bk"><span class="ty">School board member,
former reporter, parent of two. Writing about the unglamorous work of local government.</span></p></div></div></div><div class="ab"><a
class="iy iz ah ai aj ak al am an ao ap aq ar ex ja jb" href="https://medium.com/m/signin?actionUrl=follow" rel="noopener follow">Follow</a></div></div></div>
<div class="tz ua ub"><h2 class="bf uc ud ue ig">Responses (9)</h2></div></div></div></div>
<div class="ab cb"><div class="ci bh fs ft fu fv"><h2 class="bf b dv z bk">Recommended from Medium</h2><div class="uf ug uh">${mRec
  .map(
    ([t, a, r]) => `<div class="ui uj"><div class="uk ul"><a href="https://medium.com/@x/p"><p class="bf b ig z in um uo bk">${a}</p></a><a
href="https://medium.com/@x/p"><h2 class="bf uc up un uq ur us ut uu uv uw ux bk">${t}</h2></a><div class="uy uz"><span class="bf b bg z du">${r}</span>
</div></div></div>`,
  )
  .join('\n')}</div><a class="af ag ah ai aj ak al am an ao ap aq ar as" href="https://medium.com/?source=post_page---read_next_recirc">See more
recommendations</a></div></div>
<div class="va vb vc vd ve vf"><div class="vg vh ab"><div class="ab vi">${mFoot
  .map((t) => `<a class="vj vk" href="https://medium.com/${t.toLowerCase().replace(/ /g, '-')}" rel="noopener follow"><p class="bf b dv z du">${t}</p></a>`)
  .join('')}</div></div></div></div></div></div></div></div></div>
<script>window.__BUILD_ID__="main-20270220-181203-a1b2c3d4e5";window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>
<script>window.__APOLLO_STATE__ = {"Post:3f9a1c2b7d11":{"__typename":"Post","id":"3f9a1c2b7d11","title":"${mTitle}","clapCount":412}}</script>
<script src="https://cdn-client.medium.com/lite/static/js/manifest.a1b2c3d4.js"></script></body></html>`;
const mHeads = mBody.filter(([k]) => k === 'h').map(([, t]) => t);
const medium: TestPage = gold({
  name: 'heldout700-medium-school-board',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([mDek, ...mBody.filter(([k]) => k !== 'h' && k !== 'fig').map(([, t]) => t)]),
  bylines: ['Priscilla Navarro', '6 min read', 'Feb 21, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Write', 'Sign up', 'Sign in', 'Follow', 'Published in', 'Local Matters', '412', '9', 'Listen', 'Share', mCaption, ...mTags,
    'Written by Priscilla Navarro', '1.2K Followers', 'Writer for Local Matters',
    'School board member, former reporter, parent of two. Writing about the unglamorous work of local government.', 'Responses (9)',
    'Recommended from Medium', ...mRec.flat(), 'See more recommendations', ...mFoot,
  ],
});

export const HELDOUT700_C: readonly TestPage[] = [blogger, medium];
