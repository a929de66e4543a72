import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 54, file b2: a Blogger post on the Soho theme (the page skin style, the sidebar holding the blog title,
 * description, pages list, search, profile, archive, labels and "Report Abuse" widgets, the BlogPosting JSON-LD inside the post,
 * the date header, a body written in Blogger's compose mode with div and br soup and a tr-caption image table, the "Posted by"
 * and labels footer lines, the share popup, threaded comments with reply and delete links, "Popular posts from this blog" and
 * the "Powered by Blogger" attribution).
 */
const bgTitle = 'The Bramblings Are Back at the Feeders';
const bgPs = [
  'After two winters without a single one, the bramblings came back to the garden this week. I saw the first on Tuesday ' +
    'morning, a male with the orange shoulders just starting to show, picking at the spilled seed under the big feeder. By ' +
    'Thursday there were five of them, and this morning I counted eleven.',
  'For anyone who has not met them, bramblings are finches that breed in the birch forests of Scandinavia and come south for ' +
    'the winter, and how many reach us depends mostly on the beech mast. When the beech trees on the continent have a poor year, ' +
    'the birds move further to find food, and some of them end up in gardens like mine.',
  'I mentioned last autumn that the beeches along the old drove road had a huge crop, and I wondered then whether that would ' +
    'bring them in. It seems it has, although most of the birds here are feeding on the sunflower hearts rather than the beech nuts.',
  'A few things I have noticed so far:',
];
const bgList = [
  'They come in with the chaffinches and leave with them, usually in the first two hours after dawn.',
  'They prefer the ground to the feeders, so I now scatter a handful of seed on the patio each morning.',
  'They are far more nervous than the chaffinches and scatter at the slightest movement behind the window.',
];
const bgPs2 = [
  'I have sent my counts to the county bird club, who say there have been reports from at least a dozen gardens around the fen ' +
    'since Christmas. If you live nearby, it is worth looking carefully at every chaffinch flock this month.',
  'I will try for a better photo at the weekend. The one below was taken through the kitchen window, so please forgive the reflection.',
];
const bgCaption = 'Male brambling under the feeder, Thursday morning.';
const bgLabels = ['Garden birds', 'Winter visitors', 'Fenland'];
const bgShare = ['Get link', 'Facebook', 'X', 'Pinterest', 'Email', 'Other Apps'];
const bgC1 = 'Lucky you! We had one briefly in 2019 and never again. I will keep an eye on the chaffinches now.';
const bgC2 = 'Do, Ruth. They look like tired chaffinches until the light catches them.';
const bgPopular = [
  ['December 28, 2025', 'A Short-eared Owl over the Long Drain', 'Just before four this afternoon, with the light going, an owl came low over the reeds'],
  ['November 9, 2025', 'Counting Geese from the Sea Bank', 'The pink-footed geese have been coming in off the wash every morning this week'],
];
const icon = (name: string): string =>
  `<svg class='svg-icon-24'><use xlink:href='/responsive/sprite_v1_6.css.svg#${name}' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg>`;
const bgComment = (id: string, name: string, when: string, text: string, inner = ''): string => `<li class='comment' id='c${id}'>
<div class='avatar-image-container'><img src='//resources.blogblog.com/img/blank.gif' alt=''/></div><div class='comment-block'><div class='comment-header'>
<cite class='user'><a href='https://www.blogger.com/profile/0${id}' rel='nofollow'>${name}</a></cite><span class='icon user ${
  inner === '' ? 'blog-author' : ''
}'></span>
<span class='datetime secondary-text'><a rel='nofollow'
 href='https://harlowfen.blogspot.com/2026/01/bramblings-back.html?showComment=${id}#c${id}'>${when}</a></span>
</div><p class='comment-content'>${text}</p><span class='comment-actions secondary-text'><a class='comment-reply' target='_self'
 data-comment-id='${id}'>Reply</a>
<span class='item-control blog-admin blog-admin pid-1408227'><a target='_self'
 href='https://www.blogger.com/comment/delete/7731/${id}'>Delete</a></span></span></div>
<div class='comment-replies'>${inner}</div><div class='comment-replybox-single' id='c${id}-ce'></div></li>`;
const bgHtml = `<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en-GB'><head><meta content='width=device-width, initial-scale=1' name='viewport'/><title>${bgTitle}</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><meta content='blogger' name='generator'/>
<link href='https://harlowfen.blogspot.com/favicon.ico' rel='icon'
 type='image/x-icon'/><link href='https://harlowfen.blogspot.com/2026/01/bramblings-back.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Notes from Harlow Fen - Atom" href="https://harlowfen.blogspot.com/feeds/posts/default" />
<meta content='https://harlowfen.blogspot.com/2026/01/bramblings-back.html' property='og:url'/><meta content='${bgTitle}' property='og:title'/>
<style type="text/css">@font-face{font-family:'Lora';font-style:normal;font-weight:400;
src:url(https://fonts.gstatic.com/s/lora/v35/0QI6MX1D_JOuGQbT0gvTJPa787weuyJG.ttf)}</style>
<style id='page-skin-1' type='text/css'><!--
/*! normalize.css v3.0.1 | MIT License | git.io/normalize */html{font-family:sans-serif;-ms-text-size-adjust:100%}
body{overflow-wrap:break-word;word-break:break-word;word-wrap:break-word}.hidden{display:none}.invisible{visibility:hidden}
.sidebar-container{background-color:#f7f7f7;max-width:284px;overflow-y:auto}.post-title{font:normal 700 32px Lora, serif;color:#000}
--></style>
<script async='async' src='https://www.gstatic.com/external_hosted/clipboardjs/clipboard.min.js'></script>
<link rel="stylesheet" href="https://www.blogger.com/dyn-css/authorization.css?targetBlogID=7731&amp;zx=a1c2" media="none" onload="if(media!='all')media='all'">
</head>
<body class='item-view version-1-3-3 variant-soho_light'>
<a class='skip-navigation' href='#main' tabindex='0'>Skip to main content</a>
<div class='page'><div class='page_body'><div class='main-page-body-content'>
<div class='centered-top-placeholder'></div><header class='centered-top-container' role='banner'><div class='centered-top'>
<div class='search'><button aria-label='Search'
 class='search-expand touch-icon-button'><div class='flat-icon-button ripple'>${icon('ic_search_black_24dp')}</div></button>
<div class='section' id='search_top' name='Search (Top)'><div class='widget BlogSearch' data-version='2'
 id='BlogSearch1'><h3 class='title'>Search This Blog</h3>
<div class='widget-content' role='search'><form action='https://harlowfen.blogspot.com/search' target='_top'><div class='search-input'>
<input aria-label='Search this blog' autocomplete='off' name='q' placeholder='Search this blog' value=''/></div><label><input type='submit'/>
<div class='flat-icon-button ripple'>${icon('ic_search_black_24dp')}</div></label></form></div></div></div></div>
<div class='hamburger-menu-container'><button aria-label='Menu'
 class='svg-icon-24-button hamburger-menu flat-icon-button ripple'>${icon('ic_menu_black_24dp')}</button></div>
</div></header>
<main class='centered' id='main' role='main' tabindex='-1'><div class='main section' id='page_body' name='Page body'>
<div class='widget Blog' data-version='2' id='Blog1'><div class='blog-posts hfeed container'><article class='post-outer-container'>
<div class='post-outer'><div class='post'>
<script type='application/ld+json'>{
  "@context": "http://schema.org",
  "@type": "BlogPosting",
  "mainEntityOfPage": {"@type": "WebPage", "@id": "https://harlowfen.blogspot.com/2026/01/bramblings-back.html"},
  "headline": "${bgTitle}", "description": "After two winters without a single one, the bramblings came back to the garden this week.",
  "datePublished": "2026-01-10T15:22:00Z", "dateModified": "2026-01-10T15:40:12Z",
  "publisher": {"@type": "Organization", "name": "Blogger"}, "author": {"@type": "Person", "name": "Geoff Ashby"}
}</script>
<a name='4419022873307781234'></a>
<div class='post-header'><div class='post-header-line-1'><span class='byline post-timestamp'><meta
 content='https://harlowfen.blogspot.com/2026/01/bramblings-back.html'/>
<a class='timestamp-link' href='https://harlowfen.blogspot.com/2026/01/bramblings-back.html' rel='bookmark' title='permanent link'><time class='published'
 datetime='2026-01-10T15:22:00Z' title='2026-01-10T15:22:00Z'>January 10, 2026</time></a></span></div></div>
<h3 class='post-title entry-title'>${bgTitle}</h3>
<div class='post-body-container'><div class='post-body entry-content float-container' id='post-body-4419022873307781234'>
<div style="text-align: left;"><p>${bgPs[0]}</p><p>${bgPs[1]}&nbsp;</p><p>${bgPs[2]}<br /></p></div>
<div style="text-align: left;"><span style="font-family: inherit;">${bgPs[3]}</span></div><div><ul style="text-align: left;">
${bgList.map((t) => `<li>${t}</li>`).join('\n')}
</ul><div>${bgPs2[0]}</div><div><br /></div><div>${bgPs2[1]}</div><div><br /></div>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr>
<td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh7q/s1600/IMG_4471.JPG"
 style="margin-left: auto; margin-right: auto;">
<img border="0" data-original-height="1200" data-original-width="1600" height="300"
 src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh7q/s400/IMG_4471.JPG"
 width="400" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${bgCaption}</td></tr></tbody></table><br /></div>
</div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-0'><span class='byline post-author vcard'><span class='byline-label'>Posted by</span>
<span class='fn'><meta content='https://www.blogger.com/profile/05512348812'/><a class='g-profile' href='https://www.blogger.com/profile/05512348812'
 rel='author'
 title='author profile'><span>Geoff Ashby</span></a></span></span></div>
<div class='post-footer-line post-footer-line-1'><span class='byline post-labels'><span class='byline-label'>Labels:</span>
${bgLabels.map((l) => `<a href='https://harlowfen.blogspot.com/search/label/${encodeURIComponent(l)}' rel='tag'>${l}</a>`).join(',\n')}</span></div>
<div class='post-share-buttons post-share-buttons-bottom invisible'><div class='byline post-share-buttons goog-inline-block'>
<div aria-owns='sharing-popup-Blog1-byline-4419' class='sharing' data-title='${bgTitle}'><button aria-controls='sharing-popup-Blog1-byline-4419'
 aria-label='Share'
 class='sharing-button touch-icon-button' id='sharing-button-Blog1-byline-4419'
 role='button'><div class='flat-icon-button ripple'>${icon('ic_share_black_24dp')}</div>
</button><div class='share-buttons-container'><ul aria-hidden='true' aria-label='Share' class='share-buttons hidden' id='sharing-popup-Blog1-byline-4419'
 role='menu'>
${bgShare
  .map(
    (
      s,
    ) => `<li><span aria-label='${s === 'Get link' ? s : `Share to ${s}`}' class='sharing-platform-button sharing-element-${s.toLowerCase().replace(/ /g, '-')}'
 data-url='https://harlowfen.blogspot.com/2026/01/bramblings-back.html' role='menuitem' tabindex='-1'>${icon('ic_post_blogger_black_24dp')}
<span class='platform-sharing-text'>${s}</span></span></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div></div></div>
<section class='comments threaded' data-embed='true' data-num-comments='2' id='comments'><a name='comments'></a><h3 class='title'>Comments</h3>
<div class='comments-content'><script async='async' src='' type='text/javascript'></script><div id='comment-holder'><div class="comment-thread toplevel-thread">
<ol id="top-ra">${bgComment(
  '1768290840',
  'Ruth Pemberton',
  'January 11, 2026 at 8:14 AM',
  bgC1,
  `<div class="comment-thread inline-thread"><span class="thread-toggle thread-expanded"><span class="thread-arrow"></span><span class="thread-count">
<a target="_self">Replies</a></span></span><ol class="thread-chrome
 thread-expanded"><div>${bgComment('1768325412', 'Geoff Ashby', 'January 11, 2026 at 5:40 PM', bgC2)}
</div><div class="continue" id="c1768290840-continue"><a class="comment-reply" target="_self" data-comment-id="1768290840">Reply</a></div></ol></div>`,
)}</ol><div id="top-continue" class="continue"><a class="comment-reply" target="_self">Add comment</a></div>
<div class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden" data-post-id="4419022873307781234"><a target="_self">Load more...</a></div>
</div></div></div><p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Post a Comment</h4>
<a href='https://www.blogger.com/comment/frame/7731?po=4419022873307781234&amp;hl=en-GB' id='comment-editor-src'></a>
<iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor'
 name='comment-editor' src='' width='100%'></iframe></div></p></section></article></div></div>
<div class='widget PopularPosts' data-version='2' id='PopularPosts1'><h3 class='title'>Popular posts from this blog</h3><div class='widget-content'>
${bgPopular
  .map(
    ([
      d,
      t,
      s,
    ]) => `<div role='feed'><article class='post' role='article'><div class='post-header'><div class='post-header-line-1'><span class='byline post-timestamp'>
<a class='timestamp-link' href='#' rel='bookmark' title='permanent link'><time class='published' datetime='2025-12-28'>${d}</time></a></span></div></div>
<h3 class='post-title'><a href='#'>${t}</a></h3><div class='post-body'><div class='snippet-container'><div class='snippet-item r-snippetized'>
${s}</div><a class='snippet-fade r-snippet-fade hidden' href=''></a></div></div><div class='post-footer'><div class='jump-link flat-button ripple'>
<a href='#' title='${t}'>Read more</a></div></div></article></div>`,
  )
  .join('\n')}
</div></div></div></main></div></div>
<aside class='sidebar-container container sidebar-invisible'
 role='complementary'><div class='navigation'><button class='svg-icon-24-button flat-icon-button ripple
 sidebar-back'>${icon('ic_arrow_back_black_24dp')}</button></div><div class='sidebar_top_wrapper'><div class='sidebar_top section' id='sidebar_top'
 name='Sidebar (Top)'>
<div class='widget Header' data-version='2'
 id='Header1'><div class='header-widget'><div><h1><a href='https://harlowfen.blogspot.com/'>Notes from Harlow Fen</a></h1>
</div><p>Birds, weather and a small garden on the edge of the fen, written up most weekends.</p></div></div>
<div class='widget PageList' data-version='2' id='PageList1'><div class='widget-content'><ul><li><a href='https://harlowfen.blogspot.com/'>Home</a></li>
<li><a href='https://harlowfen.blogspot.com/p/about.html'>About this blog</a></li><li><a
 href='https://harlowfen.blogspot.com/p/garden-list.html'>My garden list</a></li>
</ul></div></div></div></div><div class='sidebar_bottom section' id='sidebar_bottom' name='Sidebar (Bottom)'>
<div class='widget Profile' data-version='2' id='Profile1'><div class='wrapper solo'><h3 class='title'>About me</h3><div class='widget-content individual'>
<a href='https://www.blogger.com/profile/05512348812' rel='nofollow'><img alt='My photo' class='profile-img' height='113'
 src='//blogger.googleusercontent.com/img/b/p.jpg'
 width='80'/></a><div class='profile-info'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-link g-profile'
 href='https://www.blogger.com/profile/05512348812'
 rel='author nofollow'>Geoff Ashby</a></dt><dd class='profile-textblock'>Retired surveyor, fen walker and keeper of far too many bird feeders.</dd></dl>
<a class='profile-link visit-profile' href='https://www.blogger.com/profile/05512348812' rel='author' target='_blank'>Visit profile</a></div></div></div></div>
<div class='widget BlogArchive' data-version='2' id='BlogArchive1'><details class='collapsible extendable'><summary><div class='collapsible-title'>
<h3 class='title'>Archive</h3><div class='collapse-icon show-more'>${icon('ic_expand_more_black_24dp')}</div></div></summary><div class='widget-content'>
<div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate'><div class='hierarchy-title'><a class='post-count-link'
 href='https://harlowfen.blogspot.com/2026/'>2026</a><span class='post-count-wrapper'><span class='post-count'>1</span></span></div></li>
<li class='archivedate'><div class='hierarchy-title'><a class='post-count-link'
 href='https://harlowfen.blogspot.com/2025/'>2025</a><span class='post-count-wrapper'>
<span class='post-count'>38</span></span></div></li></ul></div></div></div></details></div>
<div class='widget Label' data-version='2'
 id='Label1'><details class='collapsible extendable'><summary><div class='collapsible-title'><h3 class='title'>Labels</h3>
</div></summary><div class='widget-content list-label-widget-content'><ul>${[...bgLabels, 'Moths', 'Weather']
  .map((l) => `<li><a class='label-name' href='https://harlowfen.blogspot.com/search/label/${encodeURIComponent(l)}'>${l}</a></li>`)
  .join('')}</ul></div></details></div>
<div class='widget ReportAbuse' data-version='2' id='ReportAbuse1'><h3 class='title'><a class='report_abuse' href='https://www.blogger.com/go/report-abuse'
 rel='noopener nofollow' target='_blank'>Report Abuse</a></h3></div></div>
<div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'><div class='blogger'><a href='https://www.blogger.com'
 rel='nofollow'>
${icon('ic_post_blogger_black_24dp')}Powered by Blogger</a></div></div></div></aside></div>
<script type="text/javascript" src="https://resources.blogblog.com/blogblog/data/res/2614853042-indie_compiled.js" async="true"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY4r:1768250000000';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d7731',
'//harlowfen.blogspot.com/2026/01/bramblings-back.html','7731');</script>
</body></html>`;
export const bloggerPost: TestPage = {
  html: bgHtml,
  name: 'heldout54-blogger-soho-post',
  kind: 'blog',
  // Blogger's compose mode gives no section headings: none; the "A few things I have noticed so far:" lead-in and the three
  // list items are body; the post date above the title and "Geoff Ashby" of the "Posted by" line are the bylines ("Posted by"
  // in neither), the comments are reader comments: furniture, the blogger's own reply included, with the commenters' names and
  // times as bylines; the tr-caption, labels, share popup, "Comments", reply/delete links, "Post a Comment", "Popular posts from
  // this blog" with dates, titles and snippets, the sidebar (blog title, description, pages, search, profile, archive, labels,
  // "Report Abuse") and "Powered by Blogger" are furniture; the label "Garden birds" is a word pair of no article sentence: kept
  title: bgTitle,
  headings: [],
  body: texts([...bgPs, ...bgList, ...bgPs2]),
  bylines: ['January 10, 2026', 'Geoff Ashby', 'Ruth Pemberton', 'January 11, 2026 at 8:14 AM', 'January 11, 2026 at 5:40 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search This Blog', bgCaption, 'Labels:', ...bgLabels, ...bgShare, 'Comments', bgC1, bgC2, 'Replies', 'Delete',
    'Add comment', 'Load more...', 'Post a Comment', 'Popular posts from this blog', ...bgPopular.flat(), 'Read more', 'Notes from Harlow Fen',
    'Birds, weather and a small garden on the edge of the fen, written up most weekends.', 'Home', 'About this blog', 'My garden list', 'About me',
    'Retired surveyor, fen walker and keeper of far too many bird feeders.', 'Visit profile', 'Archive', '2026', '2025', 'Labels', 'Moths', 'Weather',
    'Report Abuse', 'Powered by Blogger', 'Reply',
  ],
};
